/* nd-compare-view.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The Compare view: the statements of the articles the list shows, one row each, with every
 * outlet's wording one under another, the words that differ highlighted, the speaker each
 * outlet gives and the outlets that left it out. Disagreements about who said it come
 * first, marked. Clicking a version opens its article at the quotation.
 *
 * The statements come from the window's NdStatementList, which compares the articles off
 * the main thread whether this view exists or not; the view is built only when first
 * shown, since most sessions never open it and its widgets would slow every start-up. */

#define G_LOG_DOMAIN "nd-compare-view"

#include "config.h"

#include <glib/gi18n.h>

#include "nd-compare-view.h"

struct _NdCompareView
{
  GtkWidget        parent_instance;

  GtkLabel        *summary_label;
  GtkDropDown     *filter_dropdown;
  GtkStack        *stack;
  GtkListBox      *list_box;
  GtkSpinner      *spinner;
  GtkLabel        *empty_label;

  NdStatementList *list;
};

G_DEFINE_FINAL_TYPE (NdCompareView, nd_compare_view, GTK_TYPE_WIDGET)

enum {
  VERSION_ACTIVATED,
  ADD_TO_QUOTES,
  COMPARE_SIDE_BY_SIDE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

enum {
  PROP_0,
  PROP_LIST,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static gboolean
is_shown (NdStatement     *statement,
          NdCompareFilter  filter)
{
  switch (filter)
    {
    case ND_COMPARE_FILTER_SHARED:
      return nd_statement_get_n_outlets (statement) > 1;
    case ND_COMPARE_FILTER_SPEAKERS_DIFFER:
      return nd_statement_get_verdict (statement) == ND_STATEMENT_VERDICT_DIFFER;
    case ND_COMPARE_FILTER_ONE_OUTLET:
      return nd_statement_get_n_outlets (statement) == 1;
    case ND_COMPARE_FILTER_ALL:
    default:
      return TRUE;
    }
}

static GtkWidget *
make_badge (const char *text,
            const char *style)
{
  GtkWidget *badge = gtk_label_new (text);

  gtk_widget_add_css_class (badge, "nd-badge");
  gtk_widget_add_css_class (badge, style);
  gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);

  return badge;
}

/* The version's words with those that differ from the fullest version highlighted. */
static char *
dup_version_markup (const NdStatementVersion *version)
{
  const char *body = nd_article_get_body (version->article);
  g_autoptr(GString) markup = g_string_new ("“");
  guint at = version->start;

  for (guint r = 0; r <= version->differences->len; r++)
    {
      const NdTextRange *range = r < version->differences->len
                                 ? &g_array_index (version->differences, NdTextRange, r) : NULL;
      g_autofree char *plain = g_utf8_substring (body, at, range != NULL ? range->start : version->end);
      g_autofree char *escaped = g_markup_escape_text (plain, -1);

      g_string_append (markup, escaped);
      if (range == NULL)
        break;

      {
        g_autofree char *differing = g_utf8_substring (body, range->start, range->end);
        g_autofree char *escaped_differing = g_markup_escape_text (differing, -1);

        g_string_append_printf (markup, "<span background=\"#f5c211\" bgalpha=\"45%%\" "
                                "underline=\"single\">%s</span>", escaped_differing);
      }
      at = range->end;
    }

  g_string_append (markup, "”");
  return g_string_free (g_steal_pointer (&markup), FALSE);
}

static void
on_version_clicked_cb (GtkButton     *button,
                       NdCompareView *self)
{
  NdStatement *statement = g_object_get_data (G_OBJECT (button), "nd-statement");
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "nd-version"));
  const NdStatementVersion *version = nd_statement_get_version (statement, index);

  g_signal_emit (self, signals[VERSION_ACTIVATED], 0, version->article, version->start, version->end);
}

static GtkWidget *
make_version_button (NdCompareView *self,
                     NdStatement   *statement,
                     guint          index)
{
  const NdStatementVersion *version = nd_statement_get_version (statement, index);
  const char *source = nd_article_get_source (version->article);
  /* Translators: who said a statement, when the outlet does not say */
  const char *speaker = version->speaker != NULL ? version->speaker : _("speaker not given");
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  g_autofree char *heading = g_markup_printf_escaped ("<b>%s</b> · %s", source != NULL ? source : "", speaker);
  g_autofree char *text = dup_version_markup (version);
  g_autofree char *accessible = g_strdup_printf ("%s, %s: %s", source != NULL ? source : "", speaker, version->text);
  GtkWidget *heading_label = gtk_label_new (NULL);
  GtkWidget *text_label = gtk_label_new (NULL);

  gtk_label_set_markup (GTK_LABEL (heading_label), heading);
  if (version->speaker_differs)
    gtk_widget_add_css_class (heading_label, "nd-compare-speaker-differs");
  gtk_label_set_xalign (GTK_LABEL (heading_label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (heading_label), PANGO_ELLIPSIZE_END);
  gtk_label_set_markup (GTK_LABEL (text_label), text);
  gtk_label_set_xalign (GTK_LABEL (text_label), 0);
  gtk_label_set_wrap (GTK_LABEL (text_label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (text_label), PANGO_WRAP_WORD_CHAR);
  gtk_box_append (GTK_BOX (box), heading_label);
  gtk_box_append (GTK_BOX (box), text_label);

  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "nd-compare-version");
  gtk_widget_set_tooltip_text (button, _("Open the article at this quotation"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  g_object_set_data_full (G_OBJECT (button), "nd-statement", g_object_ref (statement), g_object_unref);
  g_object_set_data (G_OBJECT (button), "nd-version", GUINT_TO_POINTER (index));
  g_signal_connect (button, "clicked", G_CALLBACK (on_version_clicked_cb), self);

  return button;
}

static void
on_add_clicked_cb (GtkButton     *button,
                   NdCompareView *self)
{
  g_signal_emit (self, signals[ADD_TO_QUOTES], 0, g_object_get_data (G_OBJECT (button), "nd-statement"));
}

static GtkWidget *
make_add_button (NdCompareView *self,
                 NdStatement   *statement)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("bookmark-new-symbolic");

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_hexpand (button, TRUE);
  gtk_widget_set_halign (button, GTK_ALIGN_END);
  gtk_widget_set_tooltip_text (button, _("Add Every Version to Quotes"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Add Every Version to Quotes"), -1);
  g_object_set_data_full (G_OBJECT (button), "nd-statement", g_object_ref (statement), g_object_unref);
  g_signal_connect (button, "clicked", G_CALLBACK (on_add_clicked_cb), self);

  return button;
}

static void
on_side_by_side_clicked_cb (GtkButton     *button,
                            NdCompareView *self)
{
  g_signal_emit (self, signals[COMPARE_SIDE_BY_SIDE], 0, g_object_get_data (G_OBJECT (button), "nd-statement"));
}

/* Whether two different articles carry @statement: one outlet's pieces of a sentence are
 * versions too, but in one article. */
static gboolean
is_in_two_articles (NdStatement *statement)
{
  NdArticle *first = nd_statement_get_version (statement, 0)->article;

  for (guint v = 1; v < nd_statement_get_n_versions (statement); v++)
    if (nd_statement_get_version (statement, v)->article != first)
      return TRUE;

  return FALSE;
}

static GtkWidget *
make_side_by_side_button (NdCompareView *self,
                          NdStatement   *statement)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("view-paged-symbolic");

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Compare Side by Side"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Compare Side by Side"), -1);
  g_object_set_data_full (G_OBJECT (button), "nd-statement", g_object_ref (statement), g_object_unref);
  g_signal_connect (button, "clicked", G_CALLBACK (on_side_by_side_clicked_cb), self);

  return button;
}

static GtkWidget *
make_badges (NdCompareView *self,
             NdStatement   *statement)
{
  GtkWidget *badges = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  g_autofree char *outlets = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u outlet", "%u outlets",
                                                           nd_statement_get_n_outlets (statement)),
                                              nd_statement_get_n_outlets (statement));
  GtkWidget *outlets_label = gtk_label_new (outlets);

  if (nd_statement_get_verdict (statement) == ND_STATEMENT_VERDICT_DIFFER)
    gtk_box_append (GTK_BOX (badges), make_badge (_("Speakers differ"), "nd-badge-differ"));
  if (nd_statement_get_wording_differs (statement))
    gtk_box_append (GTK_BOX (badges), make_badge (_("Wording differs"), "nd-badge-wording"));
  gtk_widget_add_css_class (outlets_label, "dim-label");
  gtk_widget_add_css_class (outlets_label, "caption");
  gtk_box_append (GTK_BOX (badges), outlets_label);
  gtk_box_append (GTK_BOX (badges), make_add_button (self, statement));
  if (is_in_two_articles (statement))
    gtk_box_append (GTK_BOX (badges), make_side_by_side_button (self, statement));

  return badges;
}

static GtkWidget *
make_row (NdCompareView *self,
          NdStatement   *statement)
{
  const char * const *missing = nd_statement_get_missing (statement);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *row = gtk_list_box_row_new ();

  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_box_append (GTK_BOX (box), make_badges (self, statement));

  for (guint v = 0; v < nd_statement_get_n_versions (statement); v++)
    gtk_box_append (GTK_BOX (box), make_version_button (self, statement, v));

  if (missing[0] != NULL)
    {
      g_autofree char *joined = g_strjoinv (", ", (char **)missing);
      /* Translators: followed by the outlets that do not carry a statement */
      g_autofree char *text = g_strdup_printf (_("Not in: %s"), joined);
      GtkWidget *label = gtk_label_new (text);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_add_css_class (label, "nd-compare-missing");
      gtk_box_append (GTK_BOX (box), label);
    }

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  g_object_set_data_full (G_OBJECT (row), "nd-statement", g_object_ref (statement), g_object_unref);

  return row;
}

static const char *
describe_empty (NdCompareFilter filter)
{
  switch (filter)
    {
    case ND_COMPARE_FILTER_SHARED:
      return _("No statement is quoted by two or more outlets in these articles");
    case ND_COMPARE_FILTER_SPEAKERS_DIFFER:
      return _("No outlets give a statement to different people in these articles");
    case ND_COMPARE_FILTER_ONE_OUTLET:
      return _("Every statement here is quoted by more than one outlet");
    case ND_COMPARE_FILTER_ALL:
    default:
      return _("These articles quote nobody");
    }
}

static void
update_summary (NdCompareView *self)
{
  g_autoptr(GString) summary = g_string_new (NULL);
  GPtrArray *statements = nd_statement_list_get_statements (self->list);
  guint n_articles = nd_statement_list_get_n_articles (self->list);
  guint n_compared = nd_statement_list_get_n_compared (self->list);
  guint n_shared = 0;
  guint n_differ = 0;

  for (guint i = 0; statements != NULL && i < statements->len; i++)
    {
      NdStatement *statement = g_ptr_array_index (statements, i);

      n_shared += nd_statement_get_n_outlets (statement) > 1;
      n_differ += nd_statement_get_verdict (statement) == ND_STATEMENT_VERDICT_DIFFER;
    }

  g_string_append_printf (summary, g_dngettext (GETTEXT_PACKAGE,
                                                "%u statement shared by two or more outlets",
                                                "%u statements shared by two or more outlets",
                                                n_shared), n_shared);
  if (n_differ > 0)
    {
      g_string_append (summary, " · ");
      g_string_append_printf (summary, g_dngettext (GETTEXT_PACKAGE,
                                                    "speakers differ in %u",
                                                    "speakers differ in %u", n_differ), n_differ);
    }
  if (n_compared < n_articles)
    {
      g_string_append (summary, " · ");
      g_string_append_printf (summary, _("the first %u of %u articles: search or filter to compare the rest"),
                              n_compared, n_articles);
    }

  gtk_label_set_text (self->summary_label, summary->str);
  gtk_widget_set_visible (GTK_WIDGET (self->summary_label), TRUE);
}

static void
show_statements (NdCompareView *self)
{
  GPtrArray *statements = nd_statement_list_get_statements (self->list);
  NdCompareFilter filter = nd_compare_view_get_filter (self);
  guint n_shown = 0;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))) != NULL)
    gtk_list_box_remove (self->list_box, child);

  for (guint i = 0; statements != NULL && i < statements->len; i++)
    {
      NdStatement *statement = g_ptr_array_index (statements, i);

      if (!is_shown (statement, filter))
        continue;
      gtk_list_box_append (self->list_box, make_row (self, statement));
      n_shown++;
    }

  gtk_label_set_text (self->empty_label, describe_empty (filter));
  gtk_stack_set_visible_child_name (self->stack, n_shown > 0 ? "list" : "empty");
  update_summary (self);
}

/* The list stops being busy just before it says what changed. */
static void
on_busy_changed_cb (NdCompareView *self)
{
  if (!nd_statement_list_get_busy (self->list))
    return;

  gtk_spinner_start (self->spinner);
  gtk_stack_set_visible_child_name (self->stack, "busy");
}

static void
on_statements_changed_cb (NdCompareView *self)
{
  gtk_spinner_stop (self->spinner);
  show_statements (self);
}

static void
on_filter_changed_cb (NdCompareView *self)
{
  if (!nd_statement_list_get_busy (self->list))
    show_statements (self);
}

static void
nd_compare_view_dispose (GObject *object)
{
  NdCompareView *self = ND_COMPARE_VIEW (object);
  GtkWidget *child;

  if (self->list != NULL)
    g_signal_handlers_disconnect_by_data (self->list, self);
  g_clear_object (&self->list);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (nd_compare_view_parent_class)->dispose (object);
}

static void
nd_compare_view_constructed (GObject *object)
{
  NdCompareView *self = ND_COMPARE_VIEW (object);

  G_OBJECT_CLASS (nd_compare_view_parent_class)->constructed (object);

  g_signal_connect_object (self->list, "changed", G_CALLBACK (on_statements_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->list, "notify::busy", G_CALLBACK (on_busy_changed_cb), self, G_CONNECT_SWAPPED);
  if (nd_statement_list_get_busy (self->list))
    on_busy_changed_cb (self);
  else
    on_statements_changed_cb (self);
}

static void
nd_compare_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  NdCompareView *self = ND_COMPARE_VIEW (object);

  switch (prop_id)
    {
    case PROP_LIST:
      g_value_set_object (value, self->list);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nd_compare_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  NdCompareView *self = ND_COMPARE_VIEW (object);

  switch (prop_id)
    {
    case PROP_LIST:
      self->list = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nd_compare_view_class_init (NdCompareViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = nd_compare_view_constructed;
  object_class->dispose = nd_compare_view_dispose;
  object_class->get_property = nd_compare_view_get_property;
  object_class->set_property = nd_compare_view_set_property;

  /**
   * NdCompareView:list:
   *
   * The statements shown, compared elsewhere.
   */
  properties [PROP_LIST] =
    g_param_spec_object ("list", NULL, NULL, ND_TYPE_STATEMENT_LIST,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * NdCompareView::version-activated:
   * @self: the view
   * @article: the article of the version
   * @start: where the quotation starts in the body, in characters
   * @end: where it ends
   *
   * The user asked to read one outlet's version in its article.
   */
  signals[VERSION_ACTIVATED] =
    g_signal_new ("version-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 3, ND_TYPE_ARTICLE, G_TYPE_UINT, G_TYPE_UINT);

  /**
   * NdCompareView::add-to-quotes:
   * @self: the view
   * @statement: the statement
   *
   * The user asked to collect every version of @statement, each with its own source.
   */
  signals[ADD_TO_QUOTES] =
    g_signal_new ("add-to-quotes", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, ND_TYPE_STATEMENT);

  /**
   * NdCompareView::compare-side-by-side:
   * @self: the view
   * @statement: the statement
   *
   * The user asked to read the articles of the statement's first two versions next to
   * each other, at the statement.
   */
  signals[COMPARE_SIDE_BY_SIDE] =
    g_signal_new ("compare-side-by-side", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, ND_TYPE_STATEMENT);

  gtk_widget_class_set_css_name (widget_class, "compareview");
  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/NewsDesk/nd-compare-view.ui");
  gtk_widget_class_bind_template_child (widget_class, NdCompareView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, NdCompareView, filter_dropdown);
  gtk_widget_class_bind_template_child (widget_class, NdCompareView, stack);
  gtk_widget_class_bind_template_child (widget_class, NdCompareView, list_box);
  gtk_widget_class_bind_template_child (widget_class, NdCompareView, spinner);
  gtk_widget_class_bind_template_child (widget_class, NdCompareView, empty_label);
}

/* GtkDropDown names itself but not the button inside it, which screen readers reach. */
static void
name_filter_button (NdCompareView *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->filter_dropdown));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_TOGGLE_BUTTON (child))
      gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Show statements"), -1);
}

static void
nd_compare_view_init (NdCompareView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  name_filter_button (self);

  g_signal_connect_object (self->filter_dropdown, "notify::selected",
                           G_CALLBACK (on_filter_changed_cb), self, G_CONNECT_SWAPPED);
}

/**
 * nd_compare_view_new:
 * @list: the statements to show
 *
 * Returns: (transfer floating): a view of @list's statements
 */
GtkWidget *
nd_compare_view_new (NdStatementList *list)
{
  g_return_val_if_fail (ND_IS_STATEMENT_LIST (list), NULL);

  return g_object_new (ND_TYPE_COMPARE_VIEW, "list", list, NULL);
}

void
nd_compare_view_set_filter (NdCompareView   *self,
                            NdCompareFilter  filter)
{
  g_return_if_fail (ND_IS_COMPARE_VIEW (self));

  gtk_drop_down_set_selected (self->filter_dropdown, filter);
}

NdCompareFilter
nd_compare_view_get_filter (NdCompareView *self)
{
  g_return_val_if_fail (ND_IS_COMPARE_VIEW (self), ND_COMPARE_FILTER_SHARED);

  return (NdCompareFilter)gtk_drop_down_get_selected (self->filter_dropdown);
}

/**
 * nd_compare_view_is_busy:
 * @self: a compare view
 *
 * Returns: whether the view is comparing articles, or about to
 */
gboolean
nd_compare_view_is_busy (NdCompareView *self)
{
  g_return_val_if_fail (ND_IS_COMPARE_VIEW (self), FALSE);

  return nd_statement_list_get_busy (self->list);
}

/**
 * nd_compare_view_get_statements:
 * @self: a compare view
 *
 * Returns: (transfer none) (nullable) (element-type NdStatement): every statement of the
 *   articles last compared, whatever the filter shows, disagreements first
 */
GPtrArray *
nd_compare_view_get_statements (NdCompareView *self)
{
  g_return_val_if_fail (ND_IS_COMPARE_VIEW (self), NULL);

  return nd_statement_list_get_statements (self->list);
}

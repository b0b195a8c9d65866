/* nd-compare-with-popover.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What "Compare With…" asks: which other article to put beside the one being read. It
 * lists the articles the list shows, other outlets first (comparing one outlet with itself
 * is rarely the point) and, within each, those that share the most statements with it
 * (from the Compare view's comparison of the list), each as its outlet above its headline
 * and how many statements it shares, with a search field that narrows them by outlet or
 * headline. One click or Enter chooses.
 *
 * The list is only filtered and sorted while the popover shows: the article list may hold
 * thousands and change while a folder loads. */

#define G_LOG_DOMAIN "nd-compare-with-popover"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "compare/nd-statement.h"
#include "nd-compare-with-popover.h"
#include "search/nd-fold.h"

struct _NdCompareWithPopover
{
  GtkPopover          parent_instance;

  GtkLabel           *heading_label;
  GtkSearchEntry     *search_entry;
  GtkStack           *stack;
  GtkListView        *list_view;

  GListModel         *articles;     /* the list the window shows */
  NdArticle          *article;      /* the one to compare */
  GPtrArray          *statements;   /* NdStatement: the list compared, or NULL */
  GHashTable         *shared;       /* NdArticle → how many statements it shares with article */
  char               *folded_query; /* what the search field asks, folded */
  GtkFilterListModel *filter_model;
  GtkSortListModel   *sort_model;
  GtkSingleSelection *selection;
  GtkCustomFilter    *filter;
  GtkCustomSorter    *sorter;
};

G_DEFINE_FINAL_TYPE (NdCompareWithPopover, nd_compare_with_popover, GTK_TYPE_POPOVER)

enum {
  ARTICLE_CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
contains_folded (const char *text,
                 const char *folded_query)
{
  g_autofree char *folded = NULL;

  if (text == NULL)
    return FALSE;

  folded = nd_fold_word (text, -1);
  return strstr (folded, folded_query) != NULL;
}

static gboolean
filter_article (gpointer item,
                gpointer user_data)
{
  NdCompareWithPopover *self = user_data;
  NdArticle *article = item;

  if (article == self->article)
    return FALSE;
  if (self->folded_query == NULL || self->folded_query[0] == '\0')
    return TRUE;

  return contains_folded (nd_article_get_source (article), self->folded_query) ||
         contains_folded (nd_article_get_title (article), self->folded_query);
}

/* Other outlets before the article's own, and those sharing more statements with it first;
 * otherwise the list's order stays (the sort is stable). */
static int
sort_article (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  NdCompareWithPopover *self = user_data;
  const char *source = self->article != NULL ? nd_article_get_source (self->article) : NULL;
  gboolean same_a = g_strcmp0 (nd_article_get_source ((NdArticle *)a), source) == 0;
  gboolean same_b = g_strcmp0 (nd_article_get_source ((NdArticle *)b), source) == 0;
  guint shared_a, shared_b;

  if (same_a != same_b)
    return same_a - same_b;

  shared_a = nd_compare_with_popover_count_shared (self, (NdArticle *)a);
  shared_b = nd_compare_with_popover_count_shared (self, (NdArticle *)b);
  return (shared_a < shared_b) - (shared_a > shared_b);
}

static gboolean
has_version_in (NdStatement *statement,
                NdArticle   *article)
{
  for (guint v = 0; v < nd_statement_get_n_versions (statement); v++)
    if (nd_statement_get_version (statement, v)->article == article)
      return TRUE;

  return FALSE;
}

/* For each article, how many statements it shares with the one to compare: one pass over
 * the statements when the popover opens, not one per row. */
static void
count_shared (NdCompareWithPopover *self)
{
  g_clear_pointer (&self->shared, g_hash_table_unref);
  self->shared = g_hash_table_new (NULL, NULL);

  for (guint s = 0; self->statements != NULL && self->article != NULL && s < self->statements->len; s++)
    {
      NdStatement *statement = g_ptr_array_index (self->statements, s);
      g_autoptr(GHashTable) counted = NULL;

      if (!has_version_in (statement, self->article))
        continue;

      counted = g_hash_table_new (NULL, NULL);
      for (guint v = 0; v < nd_statement_get_n_versions (statement); v++)
        {
          NdArticle *other = nd_statement_get_version (statement, v)->article;

          if (other == self->article || !g_hash_table_add (counted, other))
            continue;
          g_hash_table_insert (self->shared, other,
                               GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (self->shared, other)) + 1));
        }
    }
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *outlet = gtk_label_new (NULL);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *shared;

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_label_set_xalign (GTK_LABEL (outlet), 0);
  gtk_label_set_ellipsize (GTK_LABEL (outlet), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (outlet, "heading");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (title), 2);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (title), 40);
  gtk_box_append (GTK_BOX (box), outlet);
  gtk_box_append (GTK_BOX (box), title);
  shared = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (shared), 0);
  gtk_widget_add_css_class (shared, "caption");
  gtk_widget_add_css_class (shared, "dim-label");
  gtk_box_append (GTK_BOX (box), shared);
  gtk_list_item_set_child (item, box);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  NdCompareWithPopover *self = user_data;
  NdArticle *article = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *outlet = gtk_widget_get_first_child (box);
  GtkWidget *title = gtk_widget_get_next_sibling (outlet);
  GtkWidget *shared = gtk_widget_get_next_sibling (title);
  guint n_shared = nd_compare_with_popover_count_shared (self, article);
  g_autofree char *shared_text = NULL;
  const char *source = nd_article_get_source (article);
  /* Translators: shown for an article whose outlet is not known */
  const char *source_text = source != NULL ? source : _("Unknown outlet");
  const char *headline = nd_article_get_title (article) != NULL ? nd_article_get_title (article) : "";
  g_autofree char *name = NULL;

  if (n_shared > 0)
    shared_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u statement in common",
                                                "%u statements in common", n_shared), n_shared);
  name = shared_text != NULL ? g_strdup_printf ("%s: %s, %s", source_text, headline, shared_text)
                             : g_strdup_printf (_("%s: %s"), source_text, headline);

  gtk_label_set_text (GTK_LABEL (outlet), source_text);
  gtk_label_set_text (GTK_LABEL (title), headline);
  gtk_label_set_text (GTK_LABEL (shared), shared_text != NULL ? shared_text : "");
  gtk_widget_set_visible (shared, shared_text != NULL);
  /* The row is what a screen reader lands on, not its labels. */
#if GTK_CHECK_VERSION (4, 12, 0)
  gtk_list_item_set_accessible_label (item, name);
#else
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
#endif
}

static void
update_page (NdCompareWithPopover *self)
{
  gboolean empty = g_list_model_get_n_items (G_LIST_MODEL (self->sort_model)) == 0;

  gtk_stack_set_visible_child_name (self->stack, empty ? "empty" : "list");
}

static void
on_search_changed_cb (NdCompareWithPopover *self)
{
  g_free (self->folded_query);
  self->folded_query = nd_fold_word (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), -1);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_page (self);
}

/* Enter in the search field takes the first article listed. */
static void
on_search_activate_cb (NdCompareWithPopover *self)
{
  if (g_list_model_get_n_items (G_LIST_MODEL (self->sort_model)) > 0)
    nd_compare_with_popover_choose (self, 0);
}

static void
on_activate_cb (NdCompareWithPopover *self,
                guint                 position)
{
  nd_compare_with_popover_choose (self, position);
}

/* Under "Compare With": the outlet and headline of the article compared. */
static void
update_heading (NdCompareWithPopover *self)
{
  g_autofree char *heading = NULL;
  const char *title = self->article != NULL ? nd_article_get_title (self->article) : NULL;
  const char *source = self->article != NULL ? nd_article_get_source (self->article) : NULL;

  heading = g_strdup_printf (_("%s: %s"), source != NULL ? source : _("Unknown outlet"),
                             title != NULL ? title : "");
  gtk_label_set_text (self->heading_label, heading);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->heading_label), heading);
}

/* The models only follow the article list while the popover shows. */
static void
on_show_cb (NdCompareWithPopover *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  g_clear_pointer (&self->folded_query, g_free);
  count_shared (self);
  gtk_filter_list_model_set_model (self->filter_model, self->articles);
  gtk_sorter_changed (GTK_SORTER (self->sorter), GTK_SORTER_CHANGE_DIFFERENT);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_heading (self);
  update_page (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
on_closed_cb (NdCompareWithPopover *self)
{
  gtk_filter_list_model_set_model (self->filter_model, NULL);
}

/* However the popover closes (a choice, Escape, a click elsewhere), the focus leaves it
 * while it is still mapped, for the button that opened it: a search field hidden with the
 * focus never learns that it lost it, and its cursor's blinking then complains
 * ("GtkText - did not receive a focus-out event"). */
static void
nd_compare_with_popover_hide (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (focus != NULL && gtk_widget_is_ancestor (focus, widget))
    {
      GtkWidget *opener = gtk_widget_get_parent (widget);

      if (opener == NULL || !gtk_widget_grab_focus (opener))
        gtk_root_set_focus (root, NULL);
    }

  GTK_WIDGET_CLASS (nd_compare_with_popover_parent_class)->hide (widget);
}

static void
nd_compare_with_popover_dispose (GObject *object)
{
  NdCompareWithPopover *self = ND_COMPARE_WITH_POPOVER (object);

  if (self->list_view != NULL)
    gtk_list_view_set_model (self->list_view, NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->articles);
  g_clear_object (&self->article);
  g_clear_pointer (&self->statements, g_ptr_array_unref);
  g_clear_pointer (&self->shared, g_hash_table_unref);
  g_clear_pointer (&self->folded_query, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), ND_TYPE_COMPARE_WITH_POPOVER);

  G_OBJECT_CLASS (nd_compare_with_popover_parent_class)->dispose (object);
}

static void
nd_compare_with_popover_class_init (NdCompareWithPopoverClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nd_compare_with_popover_dispose;
  widget_class->hide = nd_compare_with_popover_hide;

  /**
   * NdCompareWithPopover::article-chosen:
   * @self: the popover
   * @article: the article to put beside nd_compare_with_popover_get_article()
   */
  signals[ARTICLE_CHOSEN] =
    g_signal_new ("article-chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, ND_TYPE_ARTICLE);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/NewsDesk/nd-compare-with-popover.ui");
  gtk_widget_class_bind_template_child (widget_class, NdCompareWithPopover, heading_label);
  gtk_widget_class_bind_template_child (widget_class, NdCompareWithPopover, search_entry);
  gtk_widget_class_bind_template_child (widget_class, NdCompareWithPopover, stack);
  gtk_widget_class_bind_template_child (widget_class, NdCompareWithPopover, list_view);
}

static void
nd_compare_with_popover_init (NdCompareWithPopover *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->filter = gtk_custom_filter_new (filter_article, self, NULL);
  self->sorter = gtk_custom_sorter_new (sort_article, self, NULL);
  self->filter_model = gtk_filter_list_model_new (NULL, GTK_FILTER (self->filter));
  self->sort_model = gtk_sort_list_model_new (G_LIST_MODEL (self->filter_model), GTK_SORTER (self->sorter));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (self->sort_model));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  g_signal_connect_object (self->list_view, "activate", G_CALLBACK (on_activate_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "search-changed", G_CALLBACK (on_search_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "activate", G_CALLBACK (on_search_activate_cb),
                           self, G_CONNECT_SWAPPED);
  /* The search field takes Escape for itself; here it closes the popover, as elsewhere. */
  g_signal_connect_object (self->search_entry, "stop-search", G_CALLBACK (gtk_popover_popdown),
                           self, G_CONNECT_SWAPPED);
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));
  g_signal_connect (self, "show", G_CALLBACK (on_show_cb), NULL);
  g_signal_connect (self, "closed", G_CALLBACK (on_closed_cb), NULL);
}

GtkWidget *
nd_compare_with_popover_new (void)
{
  return g_object_new (ND_TYPE_COMPARE_WITH_POPOVER, NULL);
}

/**
 * nd_compare_with_popover_set_articles:
 * @articles: (nullable): the articles to choose from (the list the window shows)
 */
void
nd_compare_with_popover_set_articles (NdCompareWithPopover *self,
                                      GListModel           *articles)
{
  g_return_if_fail (ND_IS_COMPARE_WITH_POPOVER (self));

  if (!g_set_object (&self->articles, articles))
    return;
  if (gtk_widget_get_visible (GTK_WIDGET (self)))
    gtk_filter_list_model_set_model (self->filter_model, articles);
}

/**
 * nd_compare_with_popover_set_article:
 * @article: (nullable): the article to compare with another
 */
void
nd_compare_with_popover_set_article (NdCompareWithPopover *self,
                                     NdArticle            *article)
{
  g_return_if_fail (ND_IS_COMPARE_WITH_POPOVER (self));

  if (!g_set_object (&self->article, article))
    return;
  if (!gtk_widget_get_visible (GTK_WIDGET (self)))
    return;

  count_shared (self);
  gtk_sorter_changed (GTK_SORTER (self->sorter), GTK_SORTER_CHANGE_DIFFERENT);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_heading (self);
  update_page (self);
}

/**
 * nd_compare_with_popover_set_statements:
 * @statements: (nullable) (element-type NdStatement): the statements of the articles
 *   listed, as the Compare view found them
 *
 * Each article is listed with how many statements it shares with the one to compare, and
 * those sharing more come first within their group.
 */
void
nd_compare_with_popover_set_statements (NdCompareWithPopover *self,
                                        GPtrArray            *statements)
{
  g_return_if_fail (ND_IS_COMPARE_WITH_POPOVER (self));

  if (statements != NULL)
    g_ptr_array_ref (statements);
  g_clear_pointer (&self->statements, g_ptr_array_unref);
  self->statements = statements;
  /* Counted again when it next opens: rows already shown keep what they say meanwhile. */
}

/**
 * nd_compare_with_popover_count_shared:
 * @other: an article listed
 *
 * Returns: how many statements @other shares with the article to compare, as counted when
 *   the popover opened
 */
guint
nd_compare_with_popover_count_shared (NdCompareWithPopover *self,
                                      NdArticle            *other)
{
  g_return_val_if_fail (ND_IS_COMPARE_WITH_POPOVER (self), 0);

  if (self->shared == NULL)
    return 0;

  return GPOINTER_TO_UINT (g_hash_table_lookup (self->shared, other));
}

NdArticle *
nd_compare_with_popover_get_article (NdCompareWithPopover *self)
{
  g_return_val_if_fail (ND_IS_COMPARE_WITH_POPOVER (self), NULL);

  return self->article;
}

/**
 * nd_compare_with_popover_get_choices:
 *
 * Returns: (transfer none): the articles listed, in their order (empty while hidden)
 */
GListModel *
nd_compare_with_popover_get_choices (NdCompareWithPopover *self)
{
  g_return_val_if_fail (ND_IS_COMPARE_WITH_POPOVER (self), NULL);

  return G_LIST_MODEL (self->sort_model);
}

/**
 * nd_compare_with_popover_choose:
 * @position: a position in nd_compare_with_popover_get_choices()
 *
 * Chooses that article, as a click on it does, and closes the popover.
 */
void
nd_compare_with_popover_choose (NdCompareWithPopover *self,
                                guint                 position)
{
  g_autoptr(NdArticle) chosen = NULL;

  g_return_if_fail (ND_IS_COMPARE_WITH_POPOVER (self));

  chosen = g_list_model_get_item (G_LIST_MODEL (self->sort_model), position);
  g_return_if_fail (chosen != NULL);

  gtk_popover_popdown (GTK_POPOVER (self));
  g_signal_emit (self, signals[ARTICLE_CHOSEN], 0, chosen);
}

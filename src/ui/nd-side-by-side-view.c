/* nd-side-by-side-view.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Two articles next to each other, each in a reader under its outlet and headline. The
 * statements both carry are tinted in both, each in its own colour, the same on both
 * sides; Next and Previous (F8, Shift+F8 through the window) go from one to the next in
 * the order of the left article, marking it in both readers and scrolling both to it, as
 * a click on one in either reader does.
 *
 * The two articles are compared in a worker thread, as the Compare view compares the list:
 * finding the quotations of two long articles takes long enough to drop a frame. */

#define G_LOG_DOMAIN "nd-side-by-side-view"

#include "config.h"

#include <glib/gi18n.h>

#include "compare/nd-statement-grouper.h"
#include "nd-side-by-side-view.h"

struct _NdSideBySideView
{
  GtkWidget      parent_instance;

  GtkLabel      *summary_label;
  GtkSpinner    *spinner;
  GtkPaned      *paned;
  GtkLabel      *outlet_labels[2];
  GtkLabel      *title_labels[2];
  NdArticleView *readers[2];

  NdArticle     *articles[2];
  GPtrArray     *shared;         /* NdStatement: carried by both, in the left's order */
  GCancellable  *cancellable;
  int            current;
  int            pending_offset; /* in the left article: what to go to once compared */
  double         split;          /* the left reader's share of the width */
  int            placed_max;     /* the paned's max-position when the split was placed */
  guint          placing_split : 1;
};

G_DEFINE_FINAL_TYPE (NdSideBySideView, nd_side_by_side_view, GTK_TYPE_WIDGET)

enum {
  CLOSED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The first version of @statement in @article, or %NULL. */
static const NdStatementVersion *
find_version (NdStatement *statement,
              NdArticle   *article)
{
  const NdStatementVersion *first = NULL;

  for (guint v = 0; v < nd_statement_get_n_versions (statement); v++)
    {
      const NdStatementVersion *version = nd_statement_get_version (statement, v);

      if (version->article == article && (first == NULL || version->start < first->start))
        first = version;
    }

  return first;
}

static int
compare_left_position (gconstpointer a,
                       gconstpointer b,
                       gpointer      user_data)
{
  NdArticle *left = user_data;
  const NdStatementVersion *version_a = find_version (*(NdStatement **)a, left);
  const NdStatementVersion *version_b = find_version (*(NdStatement **)b, left);

  return (version_a->start > version_b->start) - (version_a->start < version_b->start);
}

/* The statements both articles carry, in the order one reads the left article. */
static GPtrArray *
keep_shared (NdSideBySideView *self,
             GPtrArray        *statements)
{
  GPtrArray *shared = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < statements->len; i++)
    {
      NdStatement *statement = g_ptr_array_index (statements, i);

      if (find_version (statement, self->articles[0]) != NULL &&
          find_version (statement, self->articles[1]) != NULL)
        g_ptr_array_add (shared, g_object_ref (statement));
    }
  g_ptr_array_sort_with_data (shared, compare_left_position, self->articles[0]);

  return shared;
}

static void
update_summary (NdSideBySideView *self)
{
  g_autofree char *text = NULL;
  guint n_shared = self->shared != NULL ? self->shared->len : 0;

  if (self->cancellable != NULL)
    text = g_strdup (_("Comparing the articles…"));
  else if (n_shared == 0)
    text = g_strdup (_("The two articles share no statement"));
  else if (self->current < 0)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u statement in both articles",
                                         "%u statements in both articles", n_shared), n_shared);
  else
    /* Translators: which of the statements both articles carry is marked */
    text = g_strdup_printf (_("Statement %u of %u in both articles"), self->current + 1, n_shared);

  gtk_label_set_text (self->summary_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->summary_label), TRUE);
}

static void
update_actions (NdSideBySideView *self)
{
  gboolean has_shared = self->shared != NULL && self->shared->len > 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "side-by-side.next", has_shared);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "side-by-side.previous", has_shared);
}

/* Marks the shared statement @index in both readers and scrolls both to it. */
static void
go_to (NdSideBySideView *self,
       int               index)
{
  self->current = index;
  for (guint side = 0; side < 2; side++)
    nd_article_view_go_to_paired (self->readers[side], index);
  update_summary (self);
}

/* The shared statement whose version in the left article holds @offset, or the first
 * after it. */
static int
find_shared_at (NdSideBySideView *self,
                guint             offset)
{
  for (guint i = 0; i < self->shared->len; i++)
    {
      const NdStatementVersion *version = find_version (g_ptr_array_index (self->shared, i),
                                                        self->articles[0]);

      if (offset < version->end)
        return (int)i;
    }

  return -1;
}

static void
on_grouped_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) statements = g_task_propagate_pointer (G_TASK (result), &error);
  NdSideBySideView *self;

  if (statements == NULL)
    return;

  self = ND_SIDE_BY_SIDE_VIEW (object);
  g_clear_object (&self->cancellable);
  gtk_spinner_stop (self->spinner);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), FALSE);
  g_clear_pointer (&self->shared, g_ptr_array_unref);
  self->shared = keep_shared (self, statements);

  for (guint side = 0; side < 2; side++)
    nd_article_view_set_paired_statements (self->readers[side], self->shared);
  update_actions (self);
  if (self->pending_offset >= 0)
    go_to (self, find_shared_at (self, (guint)self->pending_offset));
  else
    update_summary (self);
}

static void
compare_articles (NdSideBySideView *self)
{
  g_autoptr(GTask) task = NULL;
  GPtrArray *articles = g_ptr_array_new_with_free_func (g_object_unref);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  g_ptr_array_add (articles, g_object_ref (self->articles[0]));
  g_ptr_array_add (articles, g_object_ref (self->articles[1]));
  task = g_task_new (self, self->cancellable, on_grouped_cb, NULL);
  g_task_set_source_tag (task, compare_articles);
  g_task_set_task_data (task, articles, (GDestroyNotify)g_ptr_array_unref);
  g_task_run_in_thread (task, nd_statement_group_in_thread);

  gtk_widget_set_visible (GTK_WIDGET (self->spinner), TRUE);
  gtk_spinner_start (self->spinner);
}

/* The outlet above, the headline under it; the reader is named after both, so that a
 * screen reader tells the two apart. */
static void
show_heading (NdSideBySideView *self,
              guint             side)
{
  NdArticle *article = self->articles[side];
  const char *outlet = nd_article_get_source (article);
  const char *title = nd_article_get_title (article);
  g_autofree char *name = NULL;

  /* Translators: shown for an article whose outlet is not known */
  outlet = outlet != NULL ? outlet : _("Unknown outlet");
  title = title != NULL ? title : "";
  gtk_label_set_text (self->outlet_labels[side], outlet);
  gtk_label_set_text (self->title_labels[side], title);
  gtk_widget_set_visible (GTK_WIDGET (self->outlet_labels[side]), TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->title_labels[side]), title[0] != '\0');
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->title_labels[side]), title);

  /* Translators: the accessible name of one of the two readers side by side: the outlet,
   * then the headline */
  name = g_strdup_printf (_("%s: %s"), outlet, title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->readers[side]), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  name, -1);
}

/* GtkPaned keeps the left width when the window grows, and starts from the left
 * article's natural width; keeping a share instead leaves the two articles their halves,
 * or what the user made of them. */
static void
on_max_position_cb (NdSideBySideView *self)
{
  int max_position;

  g_object_get (self->paned, "max-position", &max_position, NULL);
  self->placed_max = max_position;
  self->placing_split = TRUE;
  /* GtkPaned keeps the position between its min- and max-position itself. */
  gtk_paned_set_position (self->paned, (int)(gtk_widget_get_width (GTK_WIDGET (self->paned)) * self->split + 0.5));
  self->placing_split = FALSE;
}

/* Only a move at an unchanged width is the user's: GTK's own clamping to a new width is
 * notified before the new width itself. */
static void
on_position_cb (NdSideBySideView *self)
{
  int max_position;
  int width = gtk_widget_get_width (GTK_WIDGET (self->paned));

  g_object_get (self->paned, "max-position", &max_position, NULL);
  if (!self->placing_split && width > 0 && max_position == self->placed_max)
    self->split = CLAMP ((double)gtk_paned_get_position (self->paned) / width, 0.1, 0.9);
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  nd_side_by_side_view_select_next (ND_SIDE_BY_SIDE_VIEW (widget),
                                    g_str_equal (action_name, "side-by-side.previous"));
}

/* A click on a tinted statement in either reader. */
static void
go_to_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  NdSideBySideView *self = ND_SIDE_BY_SIDE_VIEW (widget);
  int index = g_variant_get_int32 (parameter);

  if (self->shared != NULL && index >= 0 && (guint)index < self->shared->len)
    go_to (self, index);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  g_signal_emit (widget, signals[CLOSED], 0);
}

static void
nd_side_by_side_view_dispose (GObject *object)
{
  NdSideBySideView *self = ND_SIDE_BY_SIDE_VIEW (object);
  GtkWidget *child;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->shared, g_ptr_array_unref);
  g_clear_object (&self->articles[0]);
  g_clear_object (&self->articles[1]);
  gtk_widget_dispose_template (GTK_WIDGET (self), ND_TYPE_SIDE_BY_SIDE_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (nd_side_by_side_view_parent_class)->dispose (object);
}

static void
nd_side_by_side_view_class_init (NdSideBySideViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nd_side_by_side_view_dispose;

  /**
   * NdSideBySideView::closed:
   * @self: the view
   *
   * The user asked to go back to where the view was opened from.
   */
  signals[CLOSED] =
    g_signal_new ("closed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (ND_TYPE_ARTICLE_VIEW);
  gtk_widget_class_set_css_name (widget_class, "sidebysideview");
  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/NewsDesk/nd-side-by-side-view.ui");
  gtk_widget_class_bind_template_child (widget_class, NdSideBySideView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, NdSideBySideView, spinner);
  gtk_widget_class_bind_template_child (widget_class, NdSideBySideView, paned);
  gtk_widget_class_bind_template_child_full (widget_class, "left_outlet_label", FALSE,
                                             G_STRUCT_OFFSET (NdSideBySideView, outlet_labels[0]));
  gtk_widget_class_bind_template_child_full (widget_class, "right_outlet_label", FALSE,
                                             G_STRUCT_OFFSET (NdSideBySideView, outlet_labels[1]));
  gtk_widget_class_bind_template_child_full (widget_class, "left_title_label", FALSE,
                                             G_STRUCT_OFFSET (NdSideBySideView, title_labels[0]));
  gtk_widget_class_bind_template_child_full (widget_class, "right_title_label", FALSE,
                                             G_STRUCT_OFFSET (NdSideBySideView, title_labels[1]));
  gtk_widget_class_bind_template_child_full (widget_class, "left_reader", FALSE,
                                             G_STRUCT_OFFSET (NdSideBySideView, readers[0]));
  gtk_widget_class_bind_template_child_full (widget_class, "right_reader", FALSE,
                                             G_STRUCT_OFFSET (NdSideBySideView, readers[1]));

  gtk_widget_class_install_action (widget_class, "side-by-side.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "side-by-side.previous", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "side-by-side.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "side-by-side.go-to", "i", go_to_action);
}

static void
nd_side_by_side_view_init (NdSideBySideView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->current = -1;
  self->pending_offset = -1;
  self->split = 0.5;
  g_signal_connect_object (self->paned, "notify::max-position", G_CALLBACK (on_max_position_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->paned, "notify::position", G_CALLBACK (on_position_cb),
                           self, G_CONNECT_SWAPPED);
  update_actions (self);
}

GtkWidget *
nd_side_by_side_view_new (void)
{
  return g_object_new (ND_TYPE_SIDE_BY_SIDE_VIEW, NULL);
}

/**
 * nd_side_by_side_view_set_articles:
 * @left: the article on the left
 * @right: the article on the right
 * @left_offset: a body offset in @left: once the articles are compared, the statement
 *   there (or the next one) is gone to; -1 for none, both shown from the top
 *
 * Shows @left and @right next to each other and compares them in a worker thread.
 */
void
nd_side_by_side_view_set_articles (NdSideBySideView *self,
                                   NdArticle        *left,
                                   NdArticle        *right,
                                   int               left_offset)
{
  g_return_if_fail (ND_IS_SIDE_BY_SIDE_VIEW (self));
  g_return_if_fail (ND_IS_ARTICLE (left));
  g_return_if_fail (ND_IS_ARTICLE (right));

  g_set_object (&self->articles[0], left);
  g_set_object (&self->articles[1], right);
  g_clear_pointer (&self->shared, g_ptr_array_unref);
  self->current = -1;
  self->pending_offset = left_offset;

  for (guint side = 0; side < 2; side++)
    {
      nd_article_view_set_paired_statements (self->readers[side], NULL);
      /* Another article in the same reader starts at the top; the same one stays put. */
      nd_article_view_set_article (self->readers[side], self->articles[side]);
      nd_article_view_set_statements (self->readers[side], NULL);
      show_heading (self, side);
    }

  update_actions (self);
  compare_articles (self);
  update_summary (self);
}

/**
 * nd_side_by_side_view_get_article:
 * @side: 0 for the left, 1 for the right
 *
 * Returns: (transfer none) (nullable): the article shown on that side
 */
NdArticle *
nd_side_by_side_view_get_article (NdSideBySideView *self,
                                  guint             side)
{
  g_return_val_if_fail (ND_IS_SIDE_BY_SIDE_VIEW (self), NULL);
  g_return_val_if_fail (side < 2, NULL);

  return self->articles[side];
}

/**
 * nd_side_by_side_view_get_reader:
 * @side: 0 for the left, 1 for the right
 *
 * Returns: (transfer none): the reader on that side
 */
NdArticleView *
nd_side_by_side_view_get_reader (NdSideBySideView *self,
                                 guint             side)
{
  g_return_val_if_fail (ND_IS_SIDE_BY_SIDE_VIEW (self), NULL);
  g_return_val_if_fail (side < 2, NULL);

  return self->readers[side];
}

/**
 * nd_side_by_side_view_is_busy:
 *
 * Returns: whether the two articles are being compared
 */
gboolean
nd_side_by_side_view_is_busy (NdSideBySideView *self)
{
  g_return_val_if_fail (ND_IS_SIDE_BY_SIDE_VIEW (self), FALSE);

  return self->cancellable != NULL;
}

/**
 * nd_side_by_side_view_get_shared:
 *
 * Returns: (transfer none) (nullable) (element-type NdStatement): the statements both
 *   articles carry, in the order of the left article; %NULL until they are compared
 */
GPtrArray *
nd_side_by_side_view_get_shared (NdSideBySideView *self)
{
  g_return_val_if_fail (ND_IS_SIDE_BY_SIDE_VIEW (self), NULL);

  return self->shared;
}

/**
 * nd_side_by_side_view_get_current:
 *
 * Returns: the index in nd_side_by_side_view_get_shared() of the statement gone to, or -1
 */
int
nd_side_by_side_view_get_current (NdSideBySideView *self)
{
  g_return_val_if_fail (ND_IS_SIDE_BY_SIDE_VIEW (self), -1);

  return self->current;
}

/**
 * nd_side_by_side_view_select_next:
 * @backwards: go to the previous statement instead
 *
 * Goes to the next statement both articles carry (after the last, the first), marks it in
 * both readers and scrolls both to it.
 *
 * Returns: %FALSE if the articles share none, or are still being compared
 */
gboolean
nd_side_by_side_view_select_next (NdSideBySideView *self,
                                  gboolean          backwards)
{
  int n_shared;

  g_return_val_if_fail (ND_IS_SIDE_BY_SIDE_VIEW (self), FALSE);

  if (self->shared == NULL || self->shared->len == 0)
    return FALSE;

  n_shared = (int)self->shared->len;
  if (self->current < 0)
    go_to (self, backwards ? n_shared - 1 : 0);
  else
    go_to (self, (self->current + (backwards ? n_shared - 1 : 1)) % n_shared);

  return TRUE;
}

/**
 * nd_side_by_side_view_focus_reader:
 *
 * Gives the left reader the keyboard focus, where F6 arrives.
 *
 * Returns: whether it took the focus
 */
gboolean
nd_side_by_side_view_focus_reader (NdSideBySideView *self)
{
  g_return_val_if_fail (ND_IS_SIDE_BY_SIDE_VIEW (self), FALSE);

  return gtk_widget_grab_focus (GTK_WIDGET (nd_article_view_get_text_view (self->readers[0])));
}

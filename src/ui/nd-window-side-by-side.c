/* nd-window-side-by-side.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Two articles side by side in place of the reader: "Compare With…" (the header bar's
 * button, the reader's menu, Ctrl+Shift+B) asks which article to put beside the one being
 * read; a statement of the Compare view opens its first two outlets' articles at it.
 * F8 and Shift+F8 go through the statements both carry; Escape or the Back button returns
 * to the reader or the Compare view, wherever side by side was opened from. */

#define G_LOG_DOMAIN "nd-window"

#include "config.h"

#include "nd-window-private.h"

static void ensure_side_by_side_view    (NdWindow *self);
static void ensure_compare_with_popover (NdWindow *self);

static gboolean
is_side_by_side_shown (NdWindow *self)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->reader_stack), "side-by-side") == 0;
}

/* What "Compare With…" compares: the left article while side by side shows, else the one
 * being read. */
static NdArticle *
get_article_to_compare (NdWindow *self)
{
  if (is_side_by_side_shown (self))
    return nd_side_by_side_view_get_article (self->side_by_side_view, 0);

  return nd_sidebar_get_selected_article (self->sidebar);
}

void
_nd_window_update_side_by_side_actions (NdWindow *self)
{
  gboolean shown = is_side_by_side_shown (self);
  GListModel *articles = nd_sidebar_get_visible_articles (self->sidebar);
  gboolean can_compare = get_article_to_compare (self) != NULL && g_list_model_get_n_items (articles) > 1;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.compare-with", can_compare);
  gtk_widget_set_sensitive (GTK_WIDGET (self->compare_with_button), can_compare);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.next-shared-statement", shown);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.previous-shared-statement", shown);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.close-side-by-side", shown);
}

/**
 * _nd_window_open_side_by_side:
 * @left_offset: where in @left to go to once the two are compared, or -1
 *
 * Shows @left and @right next to each other in place of the reader or the Compare view,
 * which Back returns to.
 */
void
_nd_window_open_side_by_side (NdWindow  *self,
                              NdArticle *left,
                              NdArticle *right,
                              int        left_offset)
{
  const char *page = gtk_stack_get_visible_child_name (self->reader_stack);

  ensure_side_by_side_view (self);
  if (g_strcmp0 (page, "side-by-side") != 0)
    self->side_by_side_return = g_strcmp0 (page, "compare") == 0 ? "compare" : "reader";
  gtk_stack_set_visible_child_name (self->reader_stack, "side-by-side");
  gtk_toggle_button_set_active (self->compare_button, FALSE);
  nd_side_by_side_view_set_articles (self->side_by_side_view, left, right, left_offset);
  nd_side_by_side_view_focus_reader (self->side_by_side_view);
  _nd_window_update_actions (self);
}

/**
 * _nd_window_side_by_side_follow_selection:
 * @article: (nullable): the article chosen in the sidebar
 *
 * While two articles are side by side, the one chosen in the sidebar takes the left, the
 * place of the article being read, and the right stays; choosing the right one swaps them.
 * Otherwise a click in the list would only change the reader hidden behind them. The
 * focus stays in the list, so that the arrow keys go on stepping through it.
 */
void
_nd_window_side_by_side_follow_selection (NdWindow  *self,
                                          NdArticle *article)
{
  g_autoptr(NdArticle) left = NULL;
  g_autoptr(NdArticle) right = NULL;

  if (!is_side_by_side_shown (self) || article == NULL)
    return;

  g_set_object (&left, nd_side_by_side_view_get_article (self->side_by_side_view, 0));
  g_set_object (&right, nd_side_by_side_view_get_article (self->side_by_side_view, 1));
  if (article == left || left == NULL || right == NULL)
    return;

  nd_side_by_side_view_set_articles (self->side_by_side_view, article,
                                     article == right ? left : right, -1);
  _nd_window_update_actions (self);
}

static void
close_side_by_side (NdWindow *self)
{
  if (!is_side_by_side_shown (self))
    return;

  if (g_strcmp0 (self->side_by_side_return, "compare") == 0)
    {
      gtk_toggle_button_set_active (self->compare_button, TRUE);
      gtk_widget_child_focus (GTK_WIDGET (_nd_window_ensure_compare_view (self)), GTK_DIR_TAB_FORWARD);
    }
  else
    {
      gtk_stack_set_visible_child_name (self->reader_stack, "reader");
      gtk_widget_grab_focus (GTK_WIDGET (nd_article_view_get_text_view (self->article_view)));
    }
  _nd_window_update_actions (self);
}

static void
on_article_chosen_cb (NdWindow             *self,
                      NdArticle            *chosen,
                      NdCompareWithPopover *popover)
{
  NdArticle *article = nd_compare_with_popover_get_article (popover);

  if (article != NULL)
    _nd_window_open_side_by_side (self, article, chosen, -1);
}

/* The popover learns what to compare before it opens, however it was opened. */
static void
prepare_popover_cb (GtkMenuButton *button,
                    gpointer       user_data)
{
  NdWindow *self = ND_WINDOW (user_data);

  ensure_compare_with_popover (self);
  nd_compare_with_popover_set_article (self->compare_with_popover, get_article_to_compare (self));
}

static void
on_closed_cb (NdWindow *self)
{
  close_side_by_side (self);
}

static void
on_page_changed_cb (NdWindow *self)
{
  _nd_window_update_actions (self);
}

/* Closing what is open, or reading it again, takes the two articles away: the reader's
 * page says so better than two articles that are no longer open. */
static void
on_store_changed_cb (NdWindow   *self,
                     guint       position,
                     guint       removed,
                     guint       added,
                     GListModel *store)
{
  if (g_list_model_get_n_items (store) == 0)
    close_side_by_side (self);
}

static void
compare_with_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  NdWindow *self = ND_WINDOW (widget);

  gtk_menu_button_popup (self->compare_with_button);
}

static void
next_shared_statement_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  NdWindow *self = ND_WINDOW (widget);

  nd_side_by_side_view_select_next (self->side_by_side_view,
                                    g_str_equal (action_name, "win.previous-shared-statement"));
}

/**
 * _nd_window_select_next_shared:
 *
 * What F8 (or, @backwards, Shift+F8) does.
 *
 * Returns: %FALSE if no two articles are side by side, leaving F8 to others
 */
gboolean
_nd_window_select_next_shared (NdWindow *self,
                               gboolean  backwards)
{
  if (!is_side_by_side_shown (self))
    return FALSE;

  nd_side_by_side_view_select_next (self->side_by_side_view, backwards);
  return TRUE;
}

static void
close_side_by_side_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  close_side_by_side (ND_WINDOW (widget));
}

/* The readers side by side read as the main reader does. Not its font: the main reader's
 * style sheet already gives it to every reader on the display, and binding it too (a
 * second sheet of the same rules per reader) left test-preferences' main reader with
 * margins for another font. */
static void
bind_reader_preferences (NdWindow *self)
{
  static const char * const properties[] = { "text-scale", "line-width" };

  for (guint side = 0; side < 2; side++)
    for (guint i = 0; i < G_N_ELEMENTS (properties); i++)
      g_object_bind_property (self->article_view, properties[i],
                              nd_side_by_side_view_get_reader (self->side_by_side_view, side),
                              properties[i], G_BINDING_SYNC_CREATE);
}

/* Made the first time two articles are put side by side: two more readers in every window
 * would cost every start-up. */
static void
ensure_side_by_side_view (NdWindow *self)
{
  if (self->side_by_side_view != NULL)
    return;

  self->side_by_side_view = ND_SIDE_BY_SIDE_VIEW (nd_side_by_side_view_new ());
  gtk_stack_add_named (self->reader_stack, GTK_WIDGET (self->side_by_side_view), "side-by-side");
  g_signal_connect_object (self->side_by_side_view, "closed", G_CALLBACK (on_closed_cb), self,
                           G_CONNECT_SWAPPED);
  bind_reader_preferences (self);
}

/* Made the first time "Compare With…" opens. */
static void
ensure_compare_with_popover (NdWindow *self)
{
  if (self->compare_with_popover != NULL)
    return;

  self->compare_with_popover = ND_COMPARE_WITH_POPOVER (nd_compare_with_popover_new ());
  nd_compare_with_popover_set_articles (self->compare_with_popover,
                                        nd_sidebar_get_visible_articles (self->sidebar));
  nd_compare_with_popover_set_statements (self->compare_with_popover,
                                          nd_statement_list_get_statements (self->statements));
  gtk_menu_button_set_popover (self->compare_with_button, GTK_WIDGET (self->compare_with_popover));
  g_signal_connect_object (self->compare_with_popover, "article-chosen",
                           G_CALLBACK (on_article_chosen_cb), self, G_CONNECT_SWAPPED);
}

void
_nd_window_setup_side_by_side (NdWindow *self)
{
  self->side_by_side_return = "reader";
  gtk_menu_button_set_create_popup_func (self->compare_with_button, prepare_popover_cb, self, NULL);
  g_signal_connect_object (self->reader_stack, "notify::visible-child-name",
                           G_CALLBACK (on_page_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (nd_sidebar_get_visible_articles (self->sidebar), "items-changed",
                           G_CALLBACK (on_page_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "items-changed", G_CALLBACK (on_store_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

void
_nd_window_class_side_by_side_init (NdWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_bind_template_child (widget_class, NdWindow, compare_with_button);

  gtk_widget_class_install_action (widget_class, "win.compare-with", NULL, compare_with_action);
  gtk_widget_class_install_action (widget_class, "win.next-shared-statement", NULL,
                                   next_shared_statement_action);
  gtk_widget_class_install_action (widget_class, "win.previous-shared-statement", NULL,
                                   next_shared_statement_action);
  gtk_widget_class_install_action (widget_class, "win.close-side-by-side", NULL,
                                   close_side_by_side_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_b, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.compare-with", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_B, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.compare-with", NULL);
  /* F8 and Shift+F8 are caught before GtkPaned's own F8 (nd-window-keyboard.c). */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.close-side-by-side", NULL);
}

/* Only the tests call these; they make what they return if it was not made yet. */
GtkWidget *
nd_window_get_side_by_side_view (NdWindow *self)
{
  ensure_side_by_side_view (self);
  return GTK_WIDGET (self->side_by_side_view);
}

GtkWidget *
nd_window_get_compare_with_popover (NdWindow *self)
{
  ensure_compare_with_popover (self);
  return GTK_WIDGET (self->compare_with_popover);
}

/* nd-window-compare.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The window's Compare view: in place of the reader, the statements of the articles the
 * list shows (a search or a source filter narrows them), and back to the reader at a
 * quotation when one outlet's version is clicked. */

#define G_LOG_DOMAIN "nd-window"

#include "config.h"

#include "compare/nd-statement.h"
#include "compare/nd-statement-list.h"
#include "nd-compare-view.h"
#include "quotes/nd-quote.h"
#include "nd-window-private.h"

static void
on_compare_toggled_cb (NdWindow        *self,
                       GParamSpec      *pspec,
                       GtkToggleButton *button)
{
  /* Leaving the Compare view shows the reader; side by side, opened from the Compare
   * view, stays. */
  if (gtk_toggle_button_get_active (button))
    {
      _nd_window_ensure_compare_view (self);
      gtk_stack_set_visible_child_name (self->reader_stack, "compare");
    }
  else if (g_strcmp0 (gtk_stack_get_visible_child_name (self->reader_stack), "compare") == 0)
    gtk_stack_set_visible_child_name (self->reader_stack, "reader");
}

/* Opens the version's article at its quotation, selected, as the Quotes panel does. */
static void
on_version_activated_cb (NdWindow      *self,
                         NdArticle     *article,
                         guint          start,
                         guint          end,
                         NdCompareView *view)
{
  gtk_toggle_button_set_active (self->compare_button, FALSE);
  nd_sidebar_select_article (self->sidebar, article);
  if (nd_article_view_get_article (self->article_view) != article)
    nd_article_view_set_article (self->article_view, article);
  nd_article_view_select_body_range (self->article_view, start, end);
}

/* Every version becomes a quote of its own article: the citation of each outlet's wording
 * stays with it. */
static void
on_add_to_quotes_cb (NdWindow      *self,
                     NdStatement   *statement,
                     NdCompareView *view)
{
  g_autoptr(GPtrArray) quotes = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint v = 0; v < nd_statement_get_n_versions (statement); v++)
    {
      const NdStatementVersion *version = nd_statement_get_version (statement, v);

      g_ptr_array_add (quotes, nd_quote_new_from_article (version->article, version->start,
                                                          version->end, version->text,
                                                          version->speaker));
    }

  _nd_window_add_quotes (self, quotes);
}

/* The statement's first version on the left, beside the first version that another
 * article carries, both at the statement. */
static void
on_compare_side_by_side_cb (NdWindow      *self,
                            NdStatement   *statement,
                            NdCompareView *view)
{
  const NdStatementVersion *first = nd_statement_get_version (statement, 0);

  for (guint v = 1; v < nd_statement_get_n_versions (statement); v++)
    {
      const NdStatementVersion *version = nd_statement_get_version (statement, v);

      if (version->article != first->article)
        {
          _nd_window_open_side_by_side (self, first->article, version->article, (int)first->start);
          return;
        }
    }
}

/* The reader tints what other outlets carry from the same comparison. */
static void
on_statements_changed_cb (NdWindow        *self,
                          NdStatementList *statements)
{
  GPtrArray *compared = nd_statement_list_get_statements (statements);

  nd_article_view_set_statements (self->article_view, compared);
  if (self->compare_with_popover != NULL)
    nd_compare_with_popover_set_statements (self->compare_with_popover, compared);
}

static void
compare_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  NdWindow *self = ND_WINDOW (widget);

  gtk_toggle_button_set_active (self->compare_button,
                                !gtk_toggle_button_get_active (self->compare_button));
}

/**
 * _nd_window_ensure_compare_view:
 * @self: a window
 *
 * Builds the Compare view the first time it is needed: most sessions never open it, and
 * its widgets would cost every start-up.
 *
 * Returns: (transfer none): the Compare view
 */
NdCompareView *
_nd_window_ensure_compare_view (NdWindow *self)
{
  if (self->compare_view != NULL)
    return self->compare_view;

  self->compare_view = ND_COMPARE_VIEW (nd_compare_view_new (self->statements));
  gtk_stack_add_named (self->reader_stack, GTK_WIDGET (self->compare_view), "compare");
  g_signal_connect_object (self->compare_view, "version-activated",
                           G_CALLBACK (on_version_activated_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->compare_view, "add-to-quotes",
                           G_CALLBACK (on_add_to_quotes_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->compare_view, "compare-side-by-side",
                           G_CALLBACK (on_compare_side_by_side_cb), self, G_CONNECT_SWAPPED);

  return self->compare_view;
}

void
_nd_window_setup_compare (NdWindow *self)
{
  self->statements = nd_statement_list_new ();
  nd_statement_list_set_articles (self->statements, nd_sidebar_get_visible_articles (self->sidebar));
  g_signal_connect_object (self->statements, "changed",
                           G_CALLBACK (on_statements_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->compare_button, "notify::active",
                           G_CALLBACK (on_compare_toggled_cb), self, G_CONNECT_SWAPPED);
}

/* A comparison still running holds the list, not the window: stop it and let go. */
void
_nd_window_dispose_compare (NdWindow *self)
{
  if (self->statements != NULL)
    nd_statement_list_set_articles (self->statements, NULL);
  g_clear_object (&self->statements);
}

void
_nd_window_class_compare_init (NdWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_bind_template_child (widget_class, NdWindow, compare_button);
  gtk_widget_class_bind_template_child (widget_class, NdWindow, reader_stack);

  gtk_widget_class_install_action (widget_class, "win.compare", NULL, compare_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_C, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.compare", NULL);
}

/* Only the tests call this: the view is made if it was not yet. */
GtkWidget *
nd_window_get_compare_view (NdWindow *self)
{
  return GTK_WIDGET (_nd_window_ensure_compare_view (self));
}

/* Only the tests call this. */
NdStatementList *
nd_window_get_statement_list (NdWindow *self)
{
  return self->statements;
}

/* Only the tests call this: whether the Compare view was built yet. */
gboolean
nd_window_has_compare_view (NdWindow *self)
{
  return self->compare_view != NULL;
}

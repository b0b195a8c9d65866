/* nd-window-search.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The window's search bar: every keystroke runs the query over the index, the sidebar
 * lists the results, the reader marks the matches, Enter and Shift+Enter step through
 * them, and a search that finds nothing offers the nearest the index knows. */

#define G_LOG_DOMAIN "nd-window"

#include "config.h"

#include <glib/gi18n.h>

#include "nd-accessible.h"
#include "nd-window-private.h"
#include "search/nd-search-index.h"
#include "search/nd-search-results-model.h"

/* A search that finds nothing offers the nearest one the index can answer. */
static void
update_suggestion (NdWindow        *self,
                   const char      *text,
                   NdSearchResults *results)
{
  g_autofree char *suggestion = NULL;

  if (nd_search_results_get_n_items (results) == 0)
    suggestion = nd_search_index_suggest (ND_SEARCH_INDEX (nd_article_store_get_sink (self->store)), text);
  nd_sidebar_set_suggestion (self->sidebar, suggestion);
}

static void
on_suggestion_activated_cb (NdWindow   *self,
                            const char *suggestion,
                            NdSidebar  *sidebar)
{
  GtkEditable *entry = GTK_EDITABLE (self->search_entry);

  gtk_editable_set_text (entry, suggestion);
  gtk_editable_set_position (entry, -1);
}

/* Runs the query in the search bar over the index and shows the results in the sidebar and
 * the matches in the reader; every keystroke comes here. */
void
_nd_window_run_search (NdWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autoptr(NdSearchQuery) query = NULL;
  g_autoptr(NdSearchResults) results = NULL;
  g_autoptr(NdSearchResultsModel) model = NULL;
  g_autofree char *problems = NULL;
  gsize length = strlen (text);

  g_clear_handle_id (&self->research_source, g_source_remove);

  /* The last word is still being typed unless a space follows it. */
  query = nd_search_query_parse (text, length > 0 && !g_ascii_isspace (text[length - 1]));
  /* Every problem, one a line. */
  problems = g_strjoinv ("\n", (char **)nd_search_query_get_problems (query));
  gtk_label_set_text (self->search_problem_label, problems);
  nd_accessible_update_label (self->search_problem_label);
  gtk_widget_set_visible (GTK_WIDGET (self->search_problem_label), problems[0] != '\0');

  g_clear_pointer (&self->query, nd_search_query_unref);
  if (nd_search_query_is_empty (query))
    {
      nd_sidebar_set_search (self->sidebar, NULL, NULL);
      nd_article_view_set_query (self->article_view, NULL);
      return;
    }

  self->query = nd_search_query_ref (query);
  results = nd_search_index_search (ND_SEARCH_INDEX (nd_article_store_get_sink (self->store)), query,
                                    gtk_toggle_button_get_active (self->search_by_date_button)
                                      ? ND_SEARCH_ORDER_NEWEST : ND_SEARCH_ORDER_RELEVANCE);
  model = nd_search_results_model_new (results);
  nd_article_view_set_query (self->article_view, query);
  nd_sidebar_set_search (self->sidebar, query, G_LIST_MODEL (model));
  update_suggestion (self, text, results);
}

static gboolean
run_search_again_cb (gpointer user_data)
{
  NdWindow *self = user_data;

  self->research_source = 0;
  _nd_window_run_search (self);

  return G_SOURCE_REMOVE;
}

/* Articles that arrive while a search is shown are searched too, a little later, so a
 * load of many files does not redo the search for every batch. */
static void
on_store_items_changed_cb (NdWindow   *self,
                           guint       position,
                           guint       removed,
                           guint       added,
                           GListModel *model)
{
  if (self->query == NULL || self->research_source != 0)
    return;

  self->research_source = g_timeout_add (300, run_search_again_cb, self);
}

static void
on_search_changed_cb (NdWindow       *self,
                      GtkSearchEntry *entry)
{
  _nd_window_run_search (self);
}

/* Enter goes to the next match, on to the next article after the last one. */
void
_nd_window_select_match (NdWindow *self,
                         gboolean  backwards)
{
  if (self->query == NULL)
    return;

  if (nd_article_view_select_next_match (self->article_view, backwards))
    return;

  while (backwards ? nd_sidebar_select_previous (self->sidebar)
                   : nd_sidebar_select_next (self->sidebar))
    if (nd_article_view_select_next_match (self->article_view, backwards))
      return;
}

static void
on_search_activate_cb (NdWindow       *self,
                       GtkSearchEntry *entry)
{
  _nd_window_select_match (self, FALSE);
}

static void
on_search_previous_match_cb (NdWindow       *self,
                             GtkSearchEntry *entry)
{
  _nd_window_select_match (self, TRUE);
}

static gboolean
on_shift_return_cb (GtkWidget *widget,
                    GVariant  *args,
                    gpointer   user_data)
{
  _nd_window_select_match (ND_WINDOW (user_data), TRUE);
  return TRUE;
}

static void
setup_search_entry (NdWindow *self)
{
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();

  gtk_shortcut_controller_add_shortcut (
      GTK_SHORTCUT_CONTROLLER (shortcuts),
      gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Return, GDK_SHIFT_MASK),
                        gtk_callback_action_new (on_shift_return_cb, self, NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), shortcuts);

  g_object_bind_property (self->search_button, "active", self->search_bar,
                          "search-mode-enabled", G_BINDING_BIDIRECTIONAL);
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  gtk_search_bar_set_key_capture_widget (self->search_bar, GTK_WIDGET (self->sidebar));
  g_signal_connect_object (self->search_entry, "search-changed",
                           G_CALLBACK (on_search_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "activate",
                           G_CALLBACK (on_search_activate_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "next-match",
                           G_CALLBACK (on_search_activate_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "previous-match",
                           G_CALLBACK (on_search_previous_match_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->sidebar, "suggestion-activated",
                           G_CALLBACK (on_suggestion_activated_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_by_date_button, "toggled",
                           G_CALLBACK (_nd_window_run_search), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "items-changed",
                           G_CALLBACK (on_store_items_changed_cb), self, G_CONNECT_SWAPPED);
}

/* GtkSearchBar's own close button has only an icon, and GTK 4.8 names it after that:
 * "GtkImage". */
static void
name_search_close_button (NdWindow *self)
{
  for (GtkWidget *w = gtk_widget_get_first_child (GTK_WIDGET (self->search_bar)); w != NULL; )
    {
      if (GTK_IS_BUTTON (w) && !GTK_IS_TOGGLE_BUTTON (w) &&
          g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (w)), "window-close-symbolic") == 0)
        {
          gtk_accessible_update_property (GTK_ACCESSIBLE (w), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                          _("Close Search"), -1);
          gtk_widget_set_tooltip_text (w, _("Close Search"));
          return;
        }

      if (gtk_widget_get_first_child (w) != NULL)
        w = gtk_widget_get_first_child (w);
      else
        {
          while (w != GTK_WIDGET (self->search_bar) && gtk_widget_get_next_sibling (w) == NULL)
            w = gtk_widget_get_parent (w);
          w = w == GTK_WIDGET (self->search_bar) ? NULL : gtk_widget_get_next_sibling (w);
        }
    }
}

static void
on_search_mode_cb (NdWindow     *self,
                   GParamSpec   *pspec,
                   GtkSearchBar *bar)
{
  if (!gtk_search_bar_get_search_mode (bar))
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

/* What the Preferences window sets: the reader's font and line width, and whether the
 * timeline below the reader is shown (also win.show-timeline, in the main menu). */

/* Everything the search bar needs once the template is built. */
void
_nd_window_setup_search (NdWindow *self)
{
  setup_search_entry (self);
  name_search_close_button (self);
  g_signal_connect_object (self->search_bar, "notify::search-mode-enabled",
                           G_CALLBACK (on_search_mode_cb), self, G_CONNECT_SWAPPED);
}

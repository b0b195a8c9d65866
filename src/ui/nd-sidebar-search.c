/* nd-sidebar-search.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* NdSidebar showing a search: the results in their own order instead of the articles,
 * and a near search to suggest when nothing matches. */

#define G_LOG_DOMAIN "nd-sidebar"

#include "config.h"

#include <glib/gi18n.h>

#include "nd-sidebar-private.h"

enum {
  SUGGESTION_ACTIVATED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static void
on_suggestion_clicked_cb (NdSidebar *self,
                          GtkButton *button)
{
  g_autofree char *suggestion = g_strdup (self->suggestion);

  if (suggestion != NULL)
    g_signal_emit (self, signals [SUGGESTION_ACTIVATED], 0, suggestion);
}

/**
 * nd_sidebar_set_search:
 * @query: (nullable): the search, or %NULL to show every article again
 * @results: (nullable): the matching articles in the order to show them
 *
 * Shows @results instead of the model, as they come (by rank or by date: the search
 * decides), each row with the text around its first match. The sort order applies again
 * once the search ends; the source filter applies throughout.
 */
void
nd_sidebar_set_search (NdSidebar     *self,
                       NdSearchQuery *query,
                       GListModel    *results)
{
  g_return_if_fail (ND_IS_SIDEBAR (self));
  g_autofree char *old_text = NULL;
  gboolean new_search;

  g_return_if_fail ((query == NULL) == (results == NULL));

  old_text = self->query ? g_strdup (nd_search_query_get_text (self->query)) : NULL;
  new_search = query != NULL && g_strcmp0 (old_text, nd_search_query_get_text (query)) != 0;
  g_clear_pointer (&self->query, nd_search_query_unref);
  self->query = query ? nd_search_query_ref (query) : NULL;
  if (query == NULL)
    g_clear_pointer (&self->suggestion, g_free);

  gtk_sort_list_model_set_sorter (self->sort_model,
                                  query ? NULL : _nd_sidebar_get_sorter (self, self->sort_order));
  _nd_sidebar_stories_set_search (self, results);
  _nd_sidebar_show_model (self, query ? results : self->articles);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "sidebar.sort", query == NULL);

  /* Each new search opens its best match; the same search run again as more articles load,
   * or the end of the search, keeps the article being read. */
  if (new_search && g_list_model_get_n_items (G_LIST_MODEL (self->selection)) > 0)
    _nd_sidebar_select_position (self, 0);
  else
    _nd_sidebar_scroll_to (self, gtk_single_selection_get_selected (self->selection));
}

/**
 * nd_sidebar_set_suggestion:
 * @suggestion: (nullable): a search near the one shown that finds articles, or %NULL
 *
 * Offers @suggestion ("Search for “mueller report”") while the search shown finds nothing;
 * choosing it emits #NdSidebar::suggestion-activated. Ending the search drops it.
 */
void
nd_sidebar_set_suggestion (NdSidebar  *self,
                           const char *suggestion)
{
  g_autofree char *label = NULL;

  g_return_if_fail (ND_IS_SIDEBAR (self));

  g_free (self->suggestion);
  self->suggestion = g_strdup (suggestion);
  if (suggestion != NULL)
    {
      /* Translators: a button in the empty list of search results; %s is a search */
      label = g_strdup_printf (_("Search for “%s”"), suggestion);
      gtk_label_set_text (self->suggestion_label, label);
    }
  _nd_sidebar_update_empty_state (self);
}

void
_nd_sidebar_search_class_init (GtkWidgetClass *widget_class)
{
  /**
   * NdSidebar::suggestion-activated:
   * @suggestion: the search suggested
   *
   * The reader chose the search suggested when nothing matched (see
   * nd_sidebar_set_suggestion()).
   */
  signals [SUGGESTION_ACTIVATED] =
    g_signal_new ("suggestion-activated", G_TYPE_FROM_CLASS (widget_class), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_bind_template_callback (widget_class, on_suggestion_clicked_cb);
}

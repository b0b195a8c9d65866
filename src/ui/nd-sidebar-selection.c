/* nd-sidebar-selection.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The selection of NdSidebar: finding an article among the visible ones, keeping the
 * selected article across refilters, and moving to the next or previous one. */

#define G_LOG_DOMAIN "nd-sidebar"

#include "config.h"

#include "nd-sidebar-private.h"

/* Scrolling and selection. */

void
_nd_sidebar_scroll_to (NdSidebar *self,
                       guint      position)
{
  if (position == GTK_INVALID_LIST_POSITION ||
      position >= g_list_model_get_n_items (G_LIST_MODEL (self->selection)))
    return;

  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
}

void
_nd_sidebar_select_position (NdSidebar *self,
                             guint      position)
{
  gtk_single_selection_set_selected (self->selection, position);
  _nd_sidebar_scroll_to (self, position);
}

static gboolean
is_settled (NdSidebar *self)
{
  return gtk_filter_list_model_get_pending (self->filter_model) == 0 &&
         gtk_sort_list_model_get_pending (self->sort_model) == 0;
}

/* The visible model is in the sort order, and every order ends with the unique id, so a
 * settled model can be binary-searched. */
static guint
bisect_visible (NdSidebar *self,
                NdArticle *article)
{
  GListModel *visible = G_LIST_MODEL (self->sort_model);
  guint low = 0;
  guint high = g_list_model_get_n_items (visible);

  while (low < high)
    {
      guint middle = low + (high - low) / 2;
      g_autoptr(NdArticle) item = g_list_model_get_item (visible, middle);
      int cmp = _nd_sidebar_compare_in_sort_order (self, item, article);

      if (cmp == 0)
        return item == article ? middle : GTK_INVALID_LIST_POSITION;
      if (cmp < 0)
        low = middle + 1;
      else
        high = middle;
    }

  return GTK_INVALID_LIST_POSITION;
}

static guint
find_visible (NdSidebar *self,
              NdArticle *article)
{
  GListModel *visible = G_LIST_MODEL (self->sort_model);
  guint n_items = g_list_model_get_n_items (visible);
  guint position;

  if (article == gtk_single_selection_get_selected_item (self->selection))
    return gtk_single_selection_get_selected (self->selection);

  /* Search results come in their own order (rank or date), which no sorter describes. */
  if (is_settled (self) && self->query == NULL)
    {
      if (!gtk_filter_match (GTK_FILTER (self->every_filter), article))
        return GTK_INVALID_LIST_POSITION;

      position = bisect_visible (self, article);
      if (position != GTK_INVALID_LIST_POSITION)
        return position;
    }

  /* While the model is still being filtered or sorted; get_item() only takes a reference. */
  for (position = 0; position < n_items; position++)
    {
      NdArticle *item = g_list_model_get_item (visible, position);
      gboolean found = item == article;

      g_object_unref (item);
      if (found)
        return position;
    }

  return GTK_INVALID_LIST_POSITION;
}

/* Makes the properties follow the selection model. */
static void
publish_selection (NdSidebar *self)
{
  NdArticle *article = gtk_single_selection_get_selected_item (self->selection);
  guint position = gtk_single_selection_get_selected (self->selection);

  g_object_freeze_notify (G_OBJECT (self));

  if (g_set_object (&self->selected_article, article))
    _nd_sidebar_notify (self, PROP_SELECTED_ARTICLE);

  if (self->selected_position != position)
    {
      self->selected_position = position;
      _nd_sidebar_notify (self, PROP_SELECTED_POSITION);
    }

  g_object_thaw_notify (G_OBJECT (self));
}

/* Keeping the selected article across refilters.
 *
 * When a refilter runs in idle steps (large lists), GTK 4.8's filter model first removes
 * every row and then adds the matching ones back, step by step; by then GtkSingleSelection
 * has moved on to a neighbour. So when a change of the visible model takes the selected
 * article away, it is kept aside instead of publishing the neighbour: it is selected again if
 * a later change brings it back, and given up once filtering and sorting have settled. The
 * properties only ever show the outcome. Choosing another row clears it. The same mechanism
 * lets select_article() wait for an article that is still being filtered. */

static gboolean
settle_kept_article_cb (gpointer data)
{
  NdSidebar *self = data;

  self->settle_source_id = 0;

  if (self->kept_article != NULL && is_settled (self))
    {
      g_clear_object (&self->kept_article);
      publish_selection (self);
    }

  return G_SOURCE_REMOVE;
}

void
_nd_sidebar_queue_settle_kept_article (NdSidebar *self)
{
  if (self->kept_article == NULL || self->settle_source_id != 0)
    return;

  /* After the filter model's own idle steps. */
  self->settle_source_id = g_idle_add_full (G_PRIORITY_LOW, settle_kept_article_cb, self, NULL);
}

static guint
find_in_range (GListModel *model,
               NdArticle  *article,
               guint       position,
               guint       n_items)
{
  for (guint i = position; i < position + n_items; i++)
    {
      NdArticle *item = g_list_model_get_item (model, i);
      gboolean found = item == article;

      g_object_unref (item);
      if (found)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

/* Runs before GtkSingleSelection handles the change. */
void
_nd_sidebar_on_visible_items_changing_cb (NdSidebar  *self,
                                          guint       position,
                                          guint       removed,
                                          guint       added,
                                          GListModel *model)
{
  self->in_model_change++;
}

/* Runs after GtkSingleSelection handled the change. */
void
_nd_sidebar_on_visible_items_changed_cb (NdSidebar  *self,
                                         guint       position,
                                         guint       removed,
                                         guint       added,
                                         GListModel *model)
{
  g_assert (self->in_model_change > 0);
  self->in_model_change--;

  if (self->kept_article != NULL && self->in_model_change == 0)
    {
      guint found = find_in_range (model, self->kept_article, position, added);

      if (found != GTK_INVALID_LIST_POSITION)
        _nd_sidebar_select_position (self, found);
      else if (is_settled (self))
        {
          /* That was the last change: it is not coming back. */
          g_clear_object (&self->kept_article);
          publish_selection (self);
        }
      else
        _nd_sidebar_queue_settle_kept_article (self);
    }

  _nd_sidebar_update_visible (self);
}

void
_nd_sidebar_on_selection_changed_cb (NdSidebar  *self,
                                     GParamSpec *pspec,
                                     gpointer    selection)
{
  if (self->in_model_change > 0)
    {
      NdArticle *article = gtk_single_selection_get_selected_item (self->selection);

      if (self->kept_article == NULL && self->selected_article != NULL &&
          article != self->selected_article)
        self->kept_article = g_object_ref (self->selected_article);

      if (self->kept_article != NULL)
        return;
    }
  else
    g_clear_object (&self->kept_article);

  publish_selection (self);
}

/**
 * nd_sidebar_get_selected_article:
 *
 * Returns: (transfer none) (nullable): the selected article
 */
NdArticle *
nd_sidebar_get_selected_article (NdSidebar *self)
{
  g_return_val_if_fail (ND_IS_SIDEBAR (self), NULL);

  return self->selected_article;
}

/**
 * nd_sidebar_get_selected_position:
 *
 * Returns: the position of the selected article among the visible ones, or
 *   %GTK_INVALID_LIST_POSITION
 */
guint
nd_sidebar_get_selected_position (NdSidebar *self)
{
  g_return_val_if_fail (ND_IS_SIDEBAR (self), GTK_INVALID_LIST_POSITION);

  return self->selected_position;
}

/**
 * nd_sidebar_select_article:
 * @article: an article
 *
 * Selects @article and scrolls to it, if it is visible; otherwise nothing changes. An
 * article that the filters let through but that is still being filtered (just loaded) is
 * selected as soon as it appears.
 */
void
nd_sidebar_select_article (NdSidebar *self,
                           NdArticle *article)
{
  guint position;

  g_return_if_fail (ND_IS_SIDEBAR (self));
  g_return_if_fail (ND_IS_ARTICLE (article));

  position = find_visible (self, article);
  if (position != GTK_INVALID_LIST_POSITION)
    {
      _nd_sidebar_select_position (self, position);
      return;
    }

  /* Articles that just loaded are filtered in idle steps: select it when it shows up. */
  if (!is_settled (self) && gtk_filter_match (GTK_FILTER (self->every_filter), article))
    {
      g_set_object (&self->kept_article, article);
      _nd_sidebar_queue_settle_kept_article (self);
    }
}

/**
 * nd_sidebar_select_next:
 *
 * Selects the article below the selected one.
 *
 * Returns: %FALSE when there is none
 */
gboolean
nd_sidebar_select_next (NdSidebar *self)
{
  guint n_items;
  guint position;

  g_return_val_if_fail (ND_IS_SIDEBAR (self), FALSE);

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->selection));
  position = gtk_single_selection_get_selected (self->selection);

  if (position == GTK_INVALID_LIST_POSITION)
    position = 0;
  else if (position + 1 < n_items)
    position++;
  else
    return FALSE;

  if (position >= n_items)
    return FALSE;

  _nd_sidebar_select_position (self, position);
  return TRUE;
}

/**
 * nd_sidebar_select_previous:
 *
 * Selects the article above the selected one.
 *
 * Returns: %FALSE when there is none
 */
gboolean
nd_sidebar_select_previous (NdSidebar *self)
{
  guint position;

  g_return_val_if_fail (ND_IS_SIDEBAR (self), FALSE);

  position = gtk_single_selection_get_selected (self->selection);
  if (position == GTK_INVALID_LIST_POSITION || position == 0)
    return FALSE;

  _nd_sidebar_select_position (self, position - 1);
  return TRUE;
}

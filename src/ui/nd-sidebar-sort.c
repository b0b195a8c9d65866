/* nd-sidebar-sort.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* How NdSidebar sorts: the sorters of the orders in its sort menu, made when first chosen,
 * and switching between them (incrementally on large lists). */

#define G_LOG_DOMAIN "nd-sidebar"

#include "config.h"

#include "nd-sidebar-private.h"

static const char * const sort_order_names[N_SORT_ORDERS] = {
  "newest", "oldest", "source", "title",
};

/* Sorters. */

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b,
                      gpointer      user_data)
{
  return nd_article_compare_newest_first ((NdArticle *)a, (NdArticle *)b);
}

/* Oldest first, undated last, equal dates by title and id as in the store. */
static int
compare_oldest_first (gconstpointer a,
                      gconstpointer b,
                      gpointer      user_data)
{
  GDateTime *published_a = nd_article_get_published ((NdArticle *)a);
  GDateTime *published_b = nd_article_get_published ((NdArticle *)b);

  if (published_a != NULL && published_b != NULL)
    {
      int cmp = g_date_time_compare (published_a, published_b);

      if (cmp != 0)
        return cmp;
    }

  return nd_article_compare_newest_first ((NdArticle *)a, (NdArticle *)b);
}

static int
compare_unknown_source_last (gconstpointer a,
                             gconstpointer b,
                             gpointer      user_data)
{
  gboolean unknown_a = _nd_sidebar_source_key ((NdArticle *)a)[0] == '\0';
  gboolean unknown_b = _nd_sidebar_source_key ((NdArticle *)b)[0] == '\0';

  return (int)unknown_a - (int)unknown_b;
}

static int
compare_untitled_last (gconstpointer a,
                       gconstpointer b,
                       gpointer      user_data)
{
  const char *title_a = nd_article_get_title ((NdArticle *)a);
  const char *title_b = nd_article_get_title ((NdArticle *)b);
  gboolean untitled_a = title_a == NULL || title_a[0] == '\0';
  gboolean untitled_b = title_b == NULL || title_b[0] == '\0';

  return (int)untitled_a - (int)untitled_b;
}

/* GtkStringSorter in GTK 4.8 casefolds without checking for NULL, and a source may be
 * missing: these give it "" instead. */
static char *
dup_source_for_sorting (NdArticle *article)
{
  return g_strdup (_nd_sidebar_source_key (article));
}

static char *
dup_title_for_sorting (NdArticle *article)
{
  const char *title = nd_article_get_title (article);

  return g_strdup (title != NULL ? title : "");
}

/* Alphabetical by @get_text, ignoring case, the empty ones last, then newest first. */
static GtkSorter *
create_alphabetical_sorter (GCallback         get_text,
                            GCompareDataFunc  empty_last)
{
  GtkMultiSorter *sorter = gtk_multi_sorter_new ();
  GtkExpression *expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                                           get_text, NULL, NULL);
  GtkStringSorter *by_name = gtk_string_sorter_new (expression);

  gtk_string_sorter_set_ignore_case (by_name, TRUE);
  gtk_multi_sorter_append (sorter, GTK_SORTER (gtk_custom_sorter_new (empty_last, NULL, NULL)));
  gtk_multi_sorter_append (sorter, GTK_SORTER (by_name));
  gtk_multi_sorter_append (sorter, GTK_SORTER (gtk_custom_sorter_new (compare_newest_first,
                                                                      NULL, NULL)));

  return GTK_SORTER (sorter);
}

/* Returns: (transfer none) (nullable): the sorter of @order, %NULL for the store's own order */
GtkSorter *
_nd_sidebar_get_sorter (NdSidebar *self,
                        SortOrder  order)
{
  if (order == SORT_NEWEST || self->sorters[order] != NULL)
    return self->sorters[order];

  switch (order)
    {
    case SORT_OLDEST:
      self->sorters[order] = GTK_SORTER (gtk_custom_sorter_new (compare_oldest_first, NULL, NULL));
      break;

    case SORT_SOURCE:
      self->sorters[order] = create_alphabetical_sorter (G_CALLBACK (dup_source_for_sorting),
                                                         compare_unknown_source_last);
      break;

    case SORT_TITLE:
      self->sorters[order] = create_alphabetical_sorter (G_CALLBACK (dup_title_for_sorting),
                                                         compare_untitled_last);
      break;

    case SORT_NEWEST:
    case N_SORT_ORDERS:
    default:
      g_assert_not_reached ();
    }

  return self->sorters[order];
}

int
_nd_sidebar_compare_in_sort_order (NdSidebar *self,
                                   NdArticle *a,
                                   NdArticle *b)
{
  GtkSorter *sorter = self->sorters[self->sort_order];

  if (sorter == NULL)
    return nd_article_compare_newest_first (a, b);

  return gtk_sorter_compare (sorter, a, b);
}

void
_nd_sidebar_on_sort_pending_cb (NdSidebar  *self,
                                GParamSpec *pspec,
                                gpointer    sort_model)
{
  if (gtk_sort_list_model_get_pending (self->sort_model) == 0)
    gtk_sort_list_model_set_incremental (self->sort_model, FALSE);

  _nd_sidebar_queue_settle_kept_article (self);

  if (self->scroll_when_sorted && gtk_sort_list_model_get_pending (self->sort_model) == 0)
    {
      self->scroll_when_sorted = FALSE;
      _nd_sidebar_scroll_to (self, gtk_single_selection_get_selected (self->selection));
    }
}

const char *
nd_sidebar_get_sort_order (NdSidebar *self)
{
  g_return_val_if_fail (ND_IS_SIDEBAR (self), NULL);

  return sort_order_names[self->sort_order];
}

/**
 * nd_sidebar_set_sort_order:
 * @sort_order: "newest", "oldest", "source" (then newest first) or "title" (then newest
 *   first); undated articles come last in date orders, articles without a source or title
 *   last in the alphabetical ones
 *
 * Sorts the list. The selected article stays selected and is scrolled to once sorted.
 */
void
nd_sidebar_set_sort_order (NdSidebar  *self,
                           const char *sort_order)
{
  SortOrder order;

  g_return_if_fail (ND_IS_SIDEBAR (self));
  g_return_if_fail (sort_order != NULL);

  for (order = 0; order < N_SORT_ORDERS; order++)
    if (g_str_equal (sort_order, sort_order_names[order]))
      break;

  if (order == N_SORT_ORDERS)
    {
      g_warning ("Unknown sort order “%s”", sort_order);
      return;
    }

  if (order == self->sort_order)
    return;

  self->sort_order = order;
  if (self->query != NULL)
    {
      /* Applied when the search ends; results keep their own order. */
      _nd_sidebar_notify (self, PROP_SORT_ORDER);
      return;
    }

  /* Off again once sorted, in _nd_sidebar_on_sort_pending_cb(). */
  if (_nd_sidebar_is_large (self))
    gtk_sort_list_model_set_incremental (self->sort_model, TRUE);
  gtk_sort_list_model_set_sorter (self->sort_model, _nd_sidebar_get_sorter (self, order));

  if (gtk_sort_list_model_get_pending (self->sort_model) == 0)
    {
      gtk_sort_list_model_set_incremental (self->sort_model, FALSE);
      _nd_sidebar_scroll_to (self, gtk_single_selection_get_selected (self->selection));
    }
  else
    self->scroll_when_sorted = TRUE;

  _nd_sidebar_notify (self, PROP_SORT_ORDER);
}

/* nd-search-results-model.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nd-search-results-model"

#include "config.h"

#include "search/nd-search-results-model.h"

/* Search results as a list model, in their own order (rank or date). Wrapping them costs
 * nothing per result, so a list can show each keystroke's results without filtering every
 * loaded article again. */
struct _NdSearchResultsModel
{
  GObject          parent_instance;

  NdSearchResults *results;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (NdSearchResultsModel, nd_search_results_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
get_item_type (GListModel *model)
{
  return ND_TYPE_ARTICLE;
}

static guint
get_n_items (GListModel *model)
{
  return nd_search_results_get_n_items (ND_SEARCH_RESULTS_MODEL (model)->results);
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  NdSearchResults *results = ND_SEARCH_RESULTS_MODEL (model)->results;

  if (position >= nd_search_results_get_n_items (results))
    return NULL;

  return g_object_ref (nd_search_results_get_article (results, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static void
nd_search_results_model_finalize (GObject *object)
{
  NdSearchResultsModel *self = (NdSearchResultsModel *)object;

  g_clear_pointer (&self->results, nd_search_results_unref);

  G_OBJECT_CLASS (nd_search_results_model_parent_class)->finalize (object);
}

static void
nd_search_results_model_class_init (NdSearchResultsModelClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = nd_search_results_model_finalize;
}

static void
nd_search_results_model_init (NdSearchResultsModel *self)
{
}

NdSearchResultsModel *
nd_search_results_model_new (NdSearchResults *results)
{
  NdSearchResultsModel *self;

  g_return_val_if_fail (results != NULL, NULL);

  self = g_object_new (ND_TYPE_SEARCH_RESULTS_MODEL, NULL);
  self->results = nd_search_results_ref (results);

  return self;
}

/**
 * nd_search_results_model_get_results:
 *
 * Returns: (transfer none): the results the model shows
 */
NdSearchResults *
nd_search_results_model_get_results (NdSearchResultsModel *self)
{
  g_return_val_if_fail (ND_IS_SEARCH_RESULTS_MODEL (self), NULL);

  return self->results;
}

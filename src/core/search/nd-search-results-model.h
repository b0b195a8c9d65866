/* nd-search-results-model.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "search/nd-search-results.h"

G_BEGIN_DECLS

#define ND_TYPE_SEARCH_RESULTS_MODEL (nd_search_results_model_get_type ())

G_DECLARE_FINAL_TYPE (NdSearchResultsModel, nd_search_results_model, ND, SEARCH_RESULTS_MODEL, GObject)

NdSearchResultsModel *nd_search_results_model_new         (NdSearchResults      *results);
NdSearchResults      *nd_search_results_model_get_results (NdSearchResultsModel *self);

G_END_DECLS

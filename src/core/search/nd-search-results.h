/* nd-search-results.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "model/nd-article.h"

G_BEGIN_DECLS

#define ND_TYPE_SEARCH_RESULTS (nd_search_results_get_type ())

typedef struct _NdSearchResults NdSearchResults;

GType            nd_search_results_get_type    (void) G_GNUC_CONST;
NdSearchResults *nd_search_results_ref         (NdSearchResults *self);
void             nd_search_results_unref       (NdSearchResults *self);
guint            nd_search_results_get_n_items (NdSearchResults *self);
NdArticle       *nd_search_results_get_article (NdSearchResults *self,
                                                guint            position);
double           nd_search_results_get_score   (NdSearchResults *self,
                                                guint            position);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NdSearchResults, nd_search_results_unref)

G_END_DECLS

/* nd-search-results-private.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "search/nd-search-results.h"

G_BEGIN_DECLS

NdSearchResults *_nd_search_results_new (NdArticle      **articles,
                                         float           *scores,
                                         guint            n_items,
                                         gpointer         owner,
                                         GDestroyNotify   owner_release);

/* Only the tests call these: they stay out of the public header. */

gboolean         nd_search_results_find        (NdSearchResults *self,
                                                NdArticle       *article,
                                                guint           *position);

G_END_DECLS

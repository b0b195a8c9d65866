/* nd-search-index.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "model/nd-article-sink.h"
#include "search/nd-search-query.h"
#include "search/nd-search-results.h"

G_BEGIN_DECLS

/**
 * NdSearchOrder:
 * @ND_SEARCH_ORDER_RELEVANCE: best BM25 score first; equal scores newest first
 * @ND_SEARCH_ORDER_NEWEST: newest first, as nd_article_compare_newest_first() orders
 *
 * The order of search results.
 */
typedef enum
{
  ND_SEARCH_ORDER_RELEVANCE,
  ND_SEARCH_ORDER_NEWEST,
} NdSearchOrder;

/* How many words a prefix (the word being typed) stands for at most: the word itself if
 * it is one, and the most frequent words it begins. */
#define ND_SEARCH_MAX_PREFIX_TERMS 64

#define ND_TYPE_SEARCH_INDEX (nd_search_index_get_type ())

G_DECLARE_FINAL_TYPE (NdSearchIndex, nd_search_index, ND, SEARCH_INDEX, GObject)

char            *nd_search_index_suggest (NdSearchIndex *self,
                                          const char    *text);
NdSearchResults *nd_search_index_search  (NdSearchIndex *self,
                                          NdSearchQuery *query,
                                          NdSearchOrder  order);

G_END_DECLS

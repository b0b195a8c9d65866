/* nd-search-query.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define ND_TYPE_SEARCH_QUERY (nd_search_query_get_type ())

typedef struct _NdSearchQuery NdSearchQuery;

GType          nd_search_query_get_type    (void) G_GNUC_CONST;
NdSearchQuery *nd_search_query_parse       (const char    *text,
                                            gboolean       last_word_is_prefix);
NdSearchQuery *nd_search_query_ref         (NdSearchQuery *self);
void           nd_search_query_unref       (NdSearchQuery *self);
const char    *nd_search_query_get_text    (NdSearchQuery *self);
const char    *nd_search_query_get_problem (NdSearchQuery *self);
const char * const *
               nd_search_query_get_problems (NdSearchQuery *self);
gboolean       nd_search_query_is_empty    (NdSearchQuery *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NdSearchQuery, nd_search_query_unref)

G_END_DECLS

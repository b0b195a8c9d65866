/* nd-search-match.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "search/nd-search-query.h"

G_BEGIN_DECLS

/**
 * NdSearchField:
 * @ND_SEARCH_FIELD_BODY: the text is an article's body
 * @ND_SEARCH_FIELD_TITLE: the text is an article's title, where title: terms match too
 *
 * Which part of an article a text is.
 */
typedef enum
{
  ND_SEARCH_FIELD_BODY,
  ND_SEARCH_FIELD_TITLE,
} NdSearchField;

/**
 * NdSearchMatch:
 * @start: the first character of the match, in Unicode characters into the text
 * @end: the character after the match
 *
 * A stretch of text that a query matches.
 */
typedef struct
{
  guint start;
  guint end;
} NdSearchMatch;

GArray *nd_search_find_matches (NdSearchQuery *query,
                                const char    *text,
                                NdSearchField  field);

G_END_DECLS

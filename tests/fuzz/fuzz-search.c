/* fuzz-search.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The query parser and a search: the first line is the query, the rest an article's body.
 * Whatever they hold, the query parses (perhaps with a problem), the search runs, and every
 * match lies inside the text it was found in. */

#include "config.h"

#include "nd-fuzz.h"
#include "search/nd-search-index-private.h"
#include "search/nd-search-match.h"
#include "search/nd-search-query-private.h"

static void
assert_matches_inside (NdSearchQuery *query,
                       const char    *text,
                       NdSearchField  field)
{
  g_autoptr(GArray) matches = nd_search_find_matches (query, text, field);
  glong n_chars = g_utf8_strlen (text, -1);

  for (guint i = 0; matches != NULL && i < matches->len; i++)
    {
      const NdSearchMatch *match = &g_array_index (matches, NdSearchMatch, i);

      g_assert_cmpuint (match->start, <, match->end);
      g_assert_cmpuint (match->end, <=, (guint)n_chars);
    }
}

static void
search (NdSearchIndex *index,
        NdArticle     *article,
        const char    *text,
        gboolean       last_word_is_prefix)
{
  NdSearchQuery *query = nd_search_query_parse (text, last_word_is_prefix);
  g_autofree char *described = nd_search_query_to_string (query);

  nd_fuzz_assert_text (described);
  nd_fuzz_assert_text (nd_search_query_get_problem (query));

  for (NdSearchOrder order = ND_SEARCH_ORDER_RELEVANCE; order <= ND_SEARCH_ORDER_NEWEST; order++)
    {
      g_autoptr(NdSearchResults) results = nd_search_index_search (index, query, order);

      g_assert_cmpuint (nd_search_results_get_n_items (results), <=, 1);
    }

  assert_matches_inside (query, nd_article_get_body (article), ND_SEARCH_FIELD_BODY);
  assert_matches_inside (query, nd_article_get_title (article), ND_SEARCH_FIELD_TITLE);
  nd_search_query_unref (query);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  const uint8_t *newline = memchr (data, '\n', size);
  size_t query_size = newline != NULL ? (size_t)(newline - data) : size;
  size_t body_offset = newline != NULL ? query_size + 1 : size;
  g_autofree char *query = nd_fuzz_dup_string (data, query_size);
  g_autofree char *body = nd_fuzz_dup_string (data + body_offset, size - body_offset);
  g_autoptr(NdArticle) article = nd_fuzz_article_new (body);
  g_autoptr(NdSearchIndex) index = nd_search_index_new ();

  nd_search_index_add (index, article);
  search (index, article, query, FALSE);
  search (index, article, query, TRUE);
  return 0;
}

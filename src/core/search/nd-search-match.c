/* nd-search-match.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Where a query matches inside one text, for highlighting the open article and for the
 * "matches" of `newsdesk-cli search --json`. The text is tokenized the way the index
 * tokenizes articles, so a highlight is exactly a word (or phrase) the index matched on:
 * "Café" is highlighted for cafe, "co-operate" for cooperate. Excluded terms and the
 * filters (source:, author:, dates) highlight nothing. A prefix highlights every word it
 * begins, also beyond the ND_SEARCH_MAX_PREFIX_TERMS the index searches for; in a
 * phrase, a word still being typed is highlighted wherever it is, as the index finds it. */

#define G_LOG_DOMAIN "nd-search-match"

#include "config.h"

#include <string.h>

#include "search/nd-fold.h"
#include "search/nd-search-match.h"
#include "search/nd-search-query-private.h"

typedef struct
{
  char  *text;
  gsize  len;
  guint  start;
  guint  end;
} Word;

static void
collect_word_cb (const NdToken *token,
                 gpointer       user_data)
{
  GArray *words = user_data;
  Word word = { g_strndup (token->text, token->len), token->len, token->start, token->end };

  g_array_append_val (words, word);
}

static void
clear_word (gpointer data)
{
  Word *word = data;

  g_free (word->text);
}

static gboolean
word_matches (const Word *word,
              const char *query_word,
              gboolean    prefix)
{
  if (prefix)
    return g_str_has_prefix (word->text, query_word);

  return strcmp (word->text, query_word) == 0;
}

/* Adds the spans where @query_words follow each other in @words; the last one as a
 * prefix if @prefix. */
static void
find_words (GArray             *words,
            const char * const *query_words,
            guint               n_words,
            gboolean            prefix,
            GArray             *found)
{
  for (guint i = 0; i + n_words <= words->len; i++)
    {
      gboolean matches = TRUE;

      for (guint w = 0; w < n_words && matches; w++)
        matches = word_matches (&g_array_index (words, Word, i + w), query_words[w],
                                prefix && w == n_words - 1);

      if (matches)
        {
          NdSearchMatch match = {
            g_array_index (words, Word, i).start,
            g_array_index (words, Word, i + n_words - 1).end,
          };

          g_array_append_val (found, match);
        }
    }
}

static int
compare_matches (gconstpointer a,
                 gconstpointer b)
{
  const NdSearchMatch *ma = a;
  const NdSearchMatch *mb = b;

  if (ma->start != mb->start)
    return ma->start < mb->start ? -1 : 1;

  return ma->end < mb->end ? -1 : ma->end > mb->end;
}

/**
 * nd_search_find_matches:
 * @query: the query
 * @text: a title or a body
 * @field: which of the two @text is
 *
 * Finds where @query matches in @text: each word the query searches for (a prefix
 * matching the words it begins) and each phrase, as a whole. title: terms match only in
 * a title. Overlapping matches are merged.
 *
 * Returns: (transfer full) (element-type NdSearchMatch): the matches, in text order,
 *   in Unicode characters into @text
 */
GArray *
nd_search_find_matches (NdSearchQuery *query,
                        const char    *text,
                        NdSearchField  field)
{
  g_autoptr(GArray) words = NULL;
  g_autoptr(GArray) found = NULL;
  GArray *merged;
  GPtrArray *clauses;

  g_return_val_if_fail (query != NULL, NULL);
  g_return_val_if_fail (text != NULL, NULL);

  merged = g_array_new (FALSE, FALSE, sizeof (NdSearchMatch));
  clauses = _nd_search_query_get_clauses (query);
  if (clauses->len == 0)
    return merged;

  words = g_array_new (FALSE, FALSE, sizeof (Word));
  g_array_set_clear_func (words, clear_word);
  nd_tokenize (text, -1, collect_word_cb, words);

  found = g_array_new (FALSE, FALSE, sizeof (NdSearchMatch));

  for (guint c = 0; c < clauses->len; c++)
    {
      GPtrArray *clause = g_ptr_array_index (clauses, c);

      for (guint a = 0; a < clause->len; a++)
        {
          const NdSearchAtom *atom = g_ptr_array_index (clause, a);

          if (atom->kind != ND_SEARCH_ATOM_TEXT || atom->negated)
            continue;
          if (atom->title_only && field != ND_SEARCH_FIELD_TITLE)
            continue;

          /* In a phrase, a word still being typed matches on its own (as the index
           * searches it): the words before it form the phrase. */
          if (atom->prefix && atom->n_words > 1)
            {
              find_words (words, (const char * const *)atom->words, atom->n_words - 1, FALSE, found);
              find_words (words, (const char * const *)atom->words + atom->n_words - 1, 1, TRUE, found);
            }
          else
            find_words (words, (const char * const *)atom->words, atom->n_words, atom->prefix, found);
        }
    }

  g_array_sort (found, compare_matches);

  for (guint i = 0; i < found->len; i++)
    {
      NdSearchMatch *match = &g_array_index (found, NdSearchMatch, i);
      NdSearchMatch *last = merged->len > 0
                            ? &g_array_index (merged, NdSearchMatch, merged->len - 1)
                            : NULL;

      if (last != NULL && match->start < last->end)
        last->end = MAX (last->end, match->end);
      else
        g_array_append_val (merged, *match);
    }

  return merged;
}

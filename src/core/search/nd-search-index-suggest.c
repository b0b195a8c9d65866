/* nd-search-index-suggest.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Spelling suggestions of NdSearchIndex: for a search that found nothing, the nearest one
 * its terms can answer. */

#define G_LOG_DOMAIN "nd-search-index"

#include "config.h"

#include <string.h>

#include "search/nd-fold.h"
#include "search/nd-search-index-private.h"

/* The longest word a suggestion is looked for, in bytes: longer ones are names or
 * compounds whose nearest term says little. */
#define SUGGEST_MAX_LEN 32

typedef struct
{
  const char *text;      /* the folded word, as the index keeps terms */
  gsize       len;
  gsize       byte_start;
  gsize       byte_end;
  gboolean    known;     /* the index has it: kept as it is */
  const Term *best;
  guint       best_distance;
} SuggestWord;

/* How far apart @a and @b are in insertions, deletions, substitutions and swaps of two
 * neighbours (optimal string alignment), bytewise; @limit + 1 once they are further apart
 * than @limit. */
static guint
edit_distance (const char *a,
               gsize       a_len,
               const char *b,
               gsize       b_len,
               guint       limit)
{
  guint rows[3][SUGGEST_MAX_LEN + 1];
  guint *before = rows[0], *previous = rows[1], *current = rows[2];

  if ((a_len > b_len ? a_len - b_len : b_len - a_len) > limit)
    return limit + 1;

  for (gsize j = 0; j <= b_len; j++)
    previous[j] = (guint)j;

  for (gsize i = 1; i <= a_len; i++)
    {
      guint row_min;
      guint *spare;

      current[0] = (guint)i;
      row_min = current[0];
      for (gsize j = 1; j <= b_len; j++)
        {
          guint cost = a[i - 1] == b[j - 1] ? 0 : 1;
          guint d = MIN (MIN (previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);

          if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
            d = MIN (d, before[j - 2] + 1);
          current[j] = d;
          row_min = MIN (row_min, d);
        }
      if (row_min > limit)
        return limit + 1;

      spare = before;
      before = previous;
      previous = current;
      current = spare;
    }

  return MIN (previous[b_len], limit + 1);
}

/* How many edits a word of @len bytes may be away from its suggestion. */
static guint
allowed_distance (gsize len)
{
  return len <= 3 ? 0 : len <= 5 ? 1 : 2;
}

/* Whether the word at @start .. @end of @text is a search word, not an operator or the
 * name of a field (source:) or part of its value. */
static gboolean
is_plain_word (const char *text,
               gsize       start,
               gsize       end)
{
  const char *before;

  if (text[end] == ':' || (end - start == 2 && strncmp (text + start, "OR", 2) == 0))
    return FALSE;

  /* A field's value runs from its colon to the next space. */
  for (before = text + start; before > text && !g_ascii_isspace (before[-1]); before--)
    if (before[-1] == ':')
      return FALSE;

  return TRUE;
}

static void
collect_suggest_word_cb (const NdToken *token,
                         gpointer       user_data)
{
  GArray *words = user_data;
  SuggestWord word = { 0 };

  word.text = g_strndup (token->text, token->len);
  word.len = token->len;
  word.byte_start = token->byte_start;
  word.byte_end = token->byte_end;
  g_array_append_val (words, word);
}

static void
clear_suggest_word (gpointer data)
{
  g_free ((char *)((SuggestWord *)data)->text);
}

/* Whether @term is a better suggestion for @word than the one it has: fewer edits, then
 * in more articles. */
static void
offer_term (SuggestWord *word,
            const Term  *term)
{
  guint limit = word->best != NULL ? word->best_distance : allowed_distance (word->len);
  guint distance = edit_distance (word->text, word->len, term->text, term->len, limit);

  if (distance > limit)
    return;
  if (word->best != NULL && (distance > word->best_distance ||
                             (distance == word->best_distance && term->n_live <= word->best->n_live)))
    return;

  word->best = term;
  word->best_distance = distance;
}

/**
 * nd_search_index_suggest:
 * @text: a search as typed, which found nothing
 *
 * The nearest search the index can answer: each word of @text that no live article has
 * replaced by the indexed word fewest edits away (letters added, dropped, changed or two
 * swapped; one edit for words of four or five letters, two for longer ones), the word in
 * more articles when several are as near. Operators, fields and known words stay as typed;
 * so does the last word while it is typed (no blank after it) if it begins a known word.
 *
 * Returns: (transfer full) (nullable): the suggested search, or %NULL when every word is
 *   known or some unknown word has no near word
 */
char *
nd_search_index_suggest (NdSearchIndex *self,
                         const char    *text)
{
  g_autoptr(GArray) words = NULL;
  g_autoptr(GString) suggestion = NULL;
  gboolean changed = FALSE;
  gsize copied = 0;
  gboolean typing;

  g_return_val_if_fail (ND_IS_SEARCH_INDEX (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  if (!g_utf8_validate (text, -1, NULL))
    return NULL;

  words = g_array_new (FALSE, TRUE, sizeof (SuggestWord));
  g_array_set_clear_func (words, clear_suggest_word);
  nd_tokenize (text, -1, collect_suggest_word_cb, words);
  typing = text[0] != '\0' && !g_ascii_isspace (text[strlen (text) - 1]);

  g_rw_lock_reader_lock (&self->lock);

  for (guint32 i = 0; i < self->n_slots; i++)
    {
      const Term *term = self->slots[i];

      if (term == NULL || term->n_live == 0)
        continue;

      for (guint w = 0; w < words->len; w++)
        {
          SuggestWord *word = &g_array_index (words, SuggestWord, w);

          if (word->known || word->len > SUGGEST_MAX_LEN || term->len > SUGGEST_MAX_LEN)
            continue;
          if (term->len == word->len && memcmp (term->text, word->text, word->len) == 0)
            word->known = TRUE;
          /* The word still being typed begins words, as the search takes it. */
          else if (w == words->len - 1 && typing && term->len > word->len &&
                   memcmp (term->text, word->text, word->len) == 0)
            word->known = TRUE;
          else
            offer_term (word, term);
        }
    }

  suggestion = g_string_new (NULL);
  for (guint w = 0; w < words->len; w++)
    {
      SuggestWord *word = &g_array_index (words, SuggestWord, w);

      if (word->known || !is_plain_word (text, word->byte_start, word->byte_end))
        continue;
      if (word->best == NULL)
        {
          changed = FALSE;
          break;
        }

      g_string_append_len (suggestion, text + copied, (gssize)(word->byte_start - copied));
      g_string_append_len (suggestion, word->best->text, word->best->len);
      copied = word->byte_end;
      changed = TRUE;
    }

  g_rw_lock_reader_unlock (&self->lock);

  if (!changed)
    return NULL;

  g_string_append (suggestion, text + copied);
  return g_string_free (g_steal_pointer (&suggestion), FALSE);
}

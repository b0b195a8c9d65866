/* nd-search-index-rank.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* How NdSearchIndex orders what a search found: by BM25 score (summed up while the query
 * was evaluated, in nd-search-index-eval.c) or by date, newest first on ties. */

#define G_LOG_DOMAIN "nd-search-index"

#include "config.h"

#include <string.h>

#include "search/nd-search-index-private.h"

typedef struct
{
  guint64 key;
  guint32 doc;
  float   score;
} Item;

/* Newer is larger; undated is 0. Seconds outside 1902–2038 are clamped: ties are
 * settled by the exact comparison anyway. */
static inline guint32
date_key (gint64 published)
{
  gint64 key;

  if (published == UNDATED)
    return 0;

  key = published + (G_GINT64_CONSTANT (1) << 31);

  return (guint32)CLAMP (key, 1, (gint64)G_MAXUINT32);
}

/* Days since 1970 plus one, clamped to 16 bits; undated is 0. */
static inline guint32
day_key (gint64 published)
{
  gint64 day;

  if (published == UNDATED)
    return 0;

  day = published / 86400 + 1;

  return (guint32)CLAMP (day, 1, G_MAXUINT16);
}

#define RADIX_BITS 12
#define RADIX_SIZE (1 << RADIX_BITS)

/* Sorts by the low @key_bits bits of the key, largest first: a least-significant-digit
 * radix sort, linear where a comparison sort of 100,000 results takes several
 * milliseconds. All digit counts are made in one pass, and digits that are the same in
 * every key are not sorted on. Stable. */
static void
radix_sort_descending (Item  *items,
                       guint  n,
                       guint  key_bits)
{
  guint n_digits = (key_bits + RADIX_BITS - 1) / RADIX_BITS;
  g_autofree Item *scratch = g_new (Item, MAX (n, 1));
  g_autofree guint *count = g_new0 (guint, n_digits * RADIX_SIZE);
  Item *from = items;
  Item *to = scratch;

  for (guint i = 0; i < n; i++)
    {
      guint64 key = ~items[i].key;

      for (guint digit = 0; digit < n_digits; digit++)
        count[digit * RADIX_SIZE + ((key >> (digit * RADIX_BITS)) & (RADIX_SIZE - 1))]++;
    }

  for (guint digit = 0; digit < n_digits; digit++)
    {
      guint *digit_count = count + digit * RADIX_SIZE;
      guint shift = digit * RADIX_BITS;
      guint total = 0;
      gboolean trivial = FALSE;

      for (guint b = 0; b < RADIX_SIZE; b++)
        {
          guint c = digit_count[b];

          trivial |= c == n;
          digit_count[b] = total;
          total += c;
        }

      if (trivial)
        continue;

      for (guint i = 0; i < n; i++)
        to[digit_count[(~from[i].key >> shift) & (RADIX_SIZE - 1)]++] = from[i];

      {
        Item *swap = from;

        from = to;
        to = swap;
      }
    }

  if (from != items)
    memcpy (items, from, n * sizeof (Item));
}

#define SMALL_SORT 256

static int
compare_keys_descending (gconstpointer a,
                         gconstpointer b,
                         gpointer      user_data)
{
  guint64 ka = ((const Item *)a)->key;
  guint64 kb = ((const Item *)b)->key;

  return ka > kb ? -1 : ka < kb;
}

static int
compare_ties (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  const Item *ia = a;
  const Item *ib = b;
  const Doc *docs = user_data;
  int cmp = nd_article_compare_newest_first (docs[ia->doc].article, docs[ib->doc].article);

  if (cmp != 0)
    return cmp;

  return ia->doc < ib->doc ? -1 : ia->doc > ib->doc;
}

/* Best score first (or newest first, @by_date), then newest first: the key holds the
 * score's bits and the day, and runs of equal keys are ordered exactly. */
static void
sort_items (NdSearchIndex *self,
            Item          *items,
            guint          n,
            gboolean       by_date)
{
  for (guint i = 0; i < n; i++)
    {
      gint64 published = self->docs[items[i].doc].published;
      guint32 score_bits;

      /* Scores are never negative, so their bits order like the numbers. */
      memcpy (&score_bits, &items[i].score, sizeof score_bits);
      items[i].key = by_date ? date_key (published)
                             : (guint64)score_bits << 16 | day_key (published);
    }

  /* A radix pass clears and sums 4,096 counters a digit: dearer than comparing, below a
   * few hundred results, which is what most searches typed letter by letter give. */
  if (n < SMALL_SORT)
    g_qsort_with_data (items, n, sizeof (Item), compare_keys_descending, NULL);
  else
    radix_sort_descending (items, n, by_date ? 32 : 48);

  for (guint i = 0; i < n;)
    {
      guint j = i + 1;

      while (j < n && items[j].key == items[i].key)
        j++;
      if (j - i > 1)
        g_qsort_with_data (items + i, j - i, sizeof (Item), compare_ties, self->docs);
      i = j;
    }
}

/* The documents set in @result, as the articles and scores (all 0 when @scores is %NULL)
 * of search results: best score first, or newest first when @by_date. Under the reader
 * lock. Returns how many there are. */
guint
_nd_search_index_rank (NdSearchIndex   *self,
                       const guint64   *result,
                       const float     *scores,
                       gboolean         by_date,
                       NdArticle     ***articles,
                       float          **article_scores)
{
  guint32 n_words = (self->n_docs + 63) / 64;
  g_autofree Item *items = NULL;
  guint n_items = 0;

  for (guint32 w = 0; w < n_words; w++)
    n_items += __builtin_popcountll (result[w]);

  items = g_new (Item, MAX (n_items, 1));
  n_items = 0;
  for (guint32 w = 0; w < n_words; w++)
    {
      guint64 word = result[w];

      while (word != 0)
        {
          guint32 doc = w * 64 + __builtin_ctzll (word);

          word &= word - 1;
          items[n_items].doc = doc;
          items[n_items].score = scores != NULL ? scores[doc] : 0.0f;
          n_items++;
        }
    }

  sort_items (self, items, n_items, by_date);

  *articles = g_new (NdArticle *, MAX (n_items, 1));
  *article_scores = g_new (float, MAX (n_items, 1));
  for (guint i = 0; i < n_items; i++)
    {
      (*articles)[i] = self->docs[items[i].doc].article;
      (*article_scores)[i] = items[i].score;
    }

  return n_items;
}

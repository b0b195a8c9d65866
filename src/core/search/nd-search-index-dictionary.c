/* nd-search-index-dictionary.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The dictionary of NdSearchIndex: the hash table of its terms, the array of them in byte
 * order, and the terms a word or a prefix stands for. */

#define G_LOG_DOMAIN "nd-search-index"

#include "config.h"

#include <string.h>

#include "search/nd-search-index-private.h"

Term *
_nd_search_index_lookup_term (NdSearchIndex *self,
                              const char    *text,
                              guint32        len,
                              guint32        hash)
{
  guint32 mask = self->n_slots - 1;

  if (self->n_slots == 0)
    return NULL;

  for (guint32 i = hash & mask;; i = (i + 1) & mask)
    {
      Term *term = self->slots[i];

      if (term == NULL)
        return NULL;
      if (term->hash == hash && term->len == len && memcmp (term->text, text, len) == 0)
        return term;
    }
}

static void
insert_slot (Term    **slots,
             guint32   n_slots,
             Term     *term)
{
  guint32 mask = n_slots - 1;
  guint32 i = term->hash & mask;

  while (slots[i] != NULL)
    i = (i + 1) & mask;
  slots[i] = term;
}

static int
compare_terms (gconstpointer a,
               gconstpointer b)
{
  const Term *ta = *(Term * const *)a;
  const Term *tb = *(Term * const *)b;

  return strcmp (ta->text, tb->text);
}

/* Sorts the pending terms into the sorted array. */
static void
merge_pending (NdSearchIndex *self)
{
  Term **merged;
  guint32 i = 0;
  guint32 j = 0;
  guint32 k = 0;

  qsort (self->pending, self->n_pending, sizeof (Term *), compare_terms);

  merged = g_new (Term *, self->n_sorted + self->n_pending);
  while (i < self->n_sorted && j < self->n_pending)
    {
      if (strcmp (self->sorted[i]->text, self->pending[j]->text) < 0)
        merged[k++] = self->sorted[i++];
      else
        merged[k++] = self->pending[j++];
    }
  while (i < self->n_sorted)
    merged[k++] = self->sorted[i++];
  while (j < self->n_pending)
    merged[k++] = self->pending[j++];

  g_free (self->sorted);
  self->sorted = merged;
  self->n_sorted = k;
  self->n_pending = 0;
}

Term *
_nd_search_index_insert_term (NdSearchIndex *self,
                              const char    *text,
                              guint32        len,
                              guint32        hash)
{
  Term *term;

  if ((self->n_terms + 1) * 10 > self->n_slots * 7)
    {
      guint32 n_slots = MAX (1024, self->n_slots * 2);
      Term **slots = g_new0 (Term *, n_slots);

      for (guint32 i = 0; i < self->n_slots; i++)
        {
          if (self->slots[i] != NULL)
            insert_slot (slots, n_slots, self->slots[i]);
        }
      g_free (self->slots);
      self->slots = slots;
      self->n_slots = n_slots;
    }

  term = g_malloc0 (sizeof (Term) + len + 1);
  term->hash = hash;
  term->len = len;
  memcpy (term->text, text, len);
  term->text[len] = '\0';
  self->term_bytes += alloc_size (sizeof (Term) + len + 1);

  insert_slot (self->slots, self->n_slots, term);
  self->n_terms++;

  if (self->n_pending == self->pending_cap)
    {
      self->pending_cap = MAX (1024, self->pending_cap * 2);
      self->pending = g_renew (Term *, self->pending, self->pending_cap);
    }
  self->pending[self->n_pending++] = term;

  /* Merging costs a pass over all terms, so let the pending ones grow with the sorted
   * ones; searches scan the pending ones, so not too far. */
  if (self->n_pending >= MAX (8192, self->n_sorted / 8))
    merge_pending (self);

  return term;
}

static gboolean
term_is_better (const Term *a,
                const Term *b)
{
  if (a->n_live != b->n_live)
    return a->n_live > b->n_live;

  return strcmp (a->text, b->text) < 0;
}

/* A min-heap of the best terms found so far: the worst is at the root. */
static void
heap_offer (Term    **heap,
            guint32  *n,
            guint32   cap,
            Term     *term)
{
  guint32 i;

  if (cap == 0)
    return;

  if (*n < cap)
    {
      i = (*n)++;
      while (i > 0 && term_is_better (heap[(i - 1) / 2], term))
        {
          heap[i] = heap[(i - 1) / 2];
          i = (i - 1) / 2;
        }
      heap[i] = term;
      return;
    }

  if (!term_is_better (term, heap[0]))
    return;

  i = 0;
  for (;;)
    {
      guint32 child = 2 * i + 1;

      if (child >= *n)
        break;
      if (child + 1 < *n && term_is_better (heap[child], heap[child + 1]))
        child++;
      if (!term_is_better (term, heap[child]))
        break;
      heap[i] = heap[child];
      i = child;
    }
  heap[i] = term;
}

static gboolean
has_prefix (const Term *term,
            const char *prefix,
            gsize       len)
{
  return term->len >= len && memcmp (term->text, prefix, len) == 0;
}

/* The live terms @word stands for: itself, or as a prefix up to
 * ND_SEARCH_MAX_PREFIX_TERMS terms (see the top of nd-search-index.c). */
void
_nd_search_index_resolve_word (NdSearchIndex *self,
                               const char    *word,
                               gboolean       prefix,
                               GPtrArray     *out)
{
  gsize len = strlen (word);
  Term *exact = _nd_search_index_lookup_term (self, word, len, hash_bytes (word, len));
  Term *heap[ND_SEARCH_MAX_PREFIX_TERMS];
  guint32 n_heap = 0;
  guint32 cap = ND_SEARCH_MAX_PREFIX_TERMS;
  guint32 low = 0;
  guint32 high = self->n_sorted;

  if (exact != NULL && exact->n_live > 0)
    {
      g_ptr_array_add (out, exact);
      cap--;
    }

  if (!prefix)
    return;

  while (low < high)
    {
      guint32 mid = low + (high - low) / 2;

      if (strcmp (self->sorted[mid]->text, word) < 0)
        low = mid + 1;
      else
        high = mid;
    }

  for (guint32 i = low; i < self->n_sorted && has_prefix (self->sorted[i], word, len); i++)
    {
      if (self->sorted[i] != exact && self->sorted[i]->n_live > 0)
        heap_offer (heap, &n_heap, cap, self->sorted[i]);
    }

  for (guint32 i = 0; i < self->n_pending; i++)
    {
      Term *term = self->pending[i];

      if (term != exact && term->n_live > 0 && has_prefix (term, word, len))
        heap_offer (heap, &n_heap, cap, term);
    }

  for (guint32 i = 0; i < n_heap; i++)
    g_ptr_array_add (out, heap[i]);
}

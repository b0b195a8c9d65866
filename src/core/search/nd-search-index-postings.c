/* nd-search-index-postings.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* How NdSearchIndex appends an article's postings to its terms: the docs and pos streams,
 * and the bitmap and count bytes of dense terms (the layout is told at the top of
 * nd-search-index.c; reading it back is in the private header and
 * nd-search-index-eval.c). Runs under the writer lock. */

#define G_LOG_DOMAIN "nd-search-index"

#include "config.h"

#include <string.h>

#include "search/nd-search-index-private.h"

/* A term becomes dense once in at least one document of DENSE_RATIO. */
#define DENSE_RATIO        8
#define DENSE_MIN_POSTINGS 64

static void
term_grow (NdSearchIndex  *self,
           guint8        **data,
           guint32        *cap,
           guint32         need)
{
  /* Large lists grow by a quarter: the slack is memory held for nothing, and glibc
   * moves large blocks with mremap() rather than by copying. */
  guint32 new_cap = good_capacity (MAX (need, *cap + (*cap > 65536 ? *cap / 4 : *cap / 2)));

  self->term_bytes += alloc_size (new_cap) - alloc_size (*cap);
  *data = g_realloc (*data, new_cap);
  *cap = new_cap;
}

static inline void
term_reserve (NdSearchIndex  *self,
              guint8        **data,
              guint32        *cap,
              guint32         len,
              guint32         extra)
{
  if (G_UNLIKELY (len + extra > *cap))
    term_grow (self, data, cap, len + extra);
}

static void
grow_doc_bits (NdSearchIndex *self,
               Term          *term,
               guint32        n_words)
{
  guint32 old = term->n_doc_words;
  guint32 new_words = MAX (n_words, old * 2);

  self->term_bytes += alloc_size (new_words * sizeof (guint64)) -
                      alloc_size (old * sizeof (guint64));
  term->doc_bits = g_renew (guint64, term->doc_bits, new_words);
  memset (term->doc_bits + old, 0, (new_words - old) * sizeof (guint64));
  term->n_doc_words = new_words;
}

static inline void
append_dense (NdSearchIndex *self,
              Term          *term,
              guint32        doc,
              guint32        body_tf,
              guint32        title_tf)
{
  guint8 *p;

  if (doc / 64 >= term->n_doc_words)
    grow_doc_bits (self, term, doc / 64 + 1);
  term->doc_bits[doc / 64] |= G_GUINT64_CONSTANT (1) << (doc % 64);

  term_reserve (self, &term->docs, &term->docs_cap, term->docs_len, 1);
  term->docs[term->docs_len++] = MIN (body_tf, 127) << 1 | (title_tf > 0 ? 1 : 0);

  if (body_tf >= 127 || title_tf > 0)
    {
      term_reserve (self, &term->extra, &term->extra_cap, term->extra_len, 10);
      p = term->extra + term->extra_len;
      if (body_tf >= 127)
        p = write_varint (p, body_tf - 127);
      if (title_tf > 0)
        p = write_varint (p, title_tf);
      term->extra_len = p - term->extra;
    }
}

/* Turns the docs stream of @term into its bitmap and count bytes. */
static void
make_dense (NdSearchIndex *self,
            Term          *term)
{
  guint8 *stream = term->docs;
  guint32 stream_cap = term->docs_cap;
  const guint8 *d = stream;
  const guint8 *end = stream + term->docs_len;
  guint32 doc_plus1 = 0;

  term->docs = NULL;
  term->docs_len = 0;
  term->docs_cap = 0;
  grow_doc_bits (self, term, term->last_doc_plus1 / 64 + 1);

  while (d < end)
    {
      guint32 body_tf;
      guint32 title_tf;

      decode_posting (&d, &doc_plus1, &body_tf, &title_tf);
      append_dense (self, term, doc_plus1 - 1, body_tf, title_tf);
    }

  self->term_bytes -= alloc_size (stream_cap);
  g_free (stream);
}

/* The terms of an article lie all over the dictionary, and each takes a few cache misses
 * (its slot, the term, the ends of its two streams) while holding the lock that searches
 * and the other index threads wait for. So each miss is asked for a few terms ahead, in
 * two passes: the first finds the terms, the second appends to them. */
#define PREFETCH_AHEAD 8

static inline Term * const *
slot_of (NdSearchIndex *self,
         guint32        hash)
{
  return &self->slots[hash & (self->n_slots - 1)];
}

static void
resolve_terms (NdSearchIndex      *self,
               const TokenizedDoc *tokenized,
               Term              **terms)
{
  guint32 n_terms = tokenized->n_terms;

  for (guint32 t = 0; t < n_terms; t++)
    {
      const LocalTerm *lt = &tokenized->terms[t];
      const char *text = tokenized->text + lt->text_offset;
      Term *term;

      if (G_LIKELY (self->n_slots > 0))
        {
          if (t + 2 * PREFETCH_AHEAD < n_terms)
            __builtin_prefetch (slot_of (self, tokenized->terms[t + 2 * PREFETCH_AHEAD].hash));
          if (t + PREFETCH_AHEAD < n_terms)
            {
              const Term *ahead = *slot_of (self, tokenized->terms[t + PREFETCH_AHEAD].hash);

              /* An empty slot is NULL, and arithmetic on NULL is undefined even unused. */
              if (ahead != NULL)
                {
                  __builtin_prefetch (ahead);
                  __builtin_prefetch ((const char *)ahead + 64);
                }
            }
        }

      term = _nd_search_index_lookup_term (self, text, lt->len, lt->hash);
      if (term == NULL)
        term = _nd_search_index_insert_term (self, text, lt->len, lt->hash);
      terms[t] = term;
    }
}

void
_nd_search_index_append_postings (NdSearchIndex      *self,
                                  guint32             doc,
                                  const TokenizedDoc *tokenized)
{
  Term **terms;

  if (tokenized->n_terms > self->resolved_cap)
    {
      self->resolved_cap = MAX (tokenized->n_terms, self->resolved_cap * 2);
      self->resolved = g_renew (Term *, self->resolved, self->resolved_cap);
    }
  terms = self->resolved;
  resolve_terms (self, tokenized, terms);

  for (guint32 t = 0; t < tokenized->n_terms; t++)
    {
      const LocalTerm *lt = &tokenized->terms[t];
      Term *term = terms[t];
      guint32 tf = lt->body_tf + lt->title_tf;
      const guint32 *positions = tokenized->positions + lt->first;
      guint8 *p;

      if (t + PREFETCH_AHEAD < tokenized->n_terms)
        {
          const Term *ahead = terms[t + PREFETCH_AHEAD];

          /* A new term has no postings yet: NULL, which takes no offset, not even 0. */
          if (ahead->docs != NULL)
            __builtin_prefetch (ahead->docs + ahead->docs_len, 1);
          if (ahead->pos != NULL)
            __builtin_prefetch (ahead->pos + ahead->pos_len, 1);
        }

      if (term->doc_bits == NULL && term->n_postings >= DENSE_MIN_POSTINGS &&
          (guint64)term->n_postings * DENSE_RATIO >= doc + 1)
        make_dense (self, term);

      if (term->doc_bits != NULL)
        append_dense (self, term, doc, lt->body_tf, lt->title_tf);
      else
        {
          term_reserve (self, &term->docs, &term->docs_cap, term->docs_len, 15);
          p = term->docs + term->docs_len;
          p = write_varint (p, (doc + 1 - term->last_doc_plus1) << 4 |
                               MIN (lt->body_tf, 7) << 1 | (lt->title_tf > 0 ? 1 : 0));
          if (lt->body_tf >= 7)
            p = write_varint (p, lt->body_tf - 7);
          if (lt->title_tf > 0)
            p = write_varint (p, lt->title_tf);
          term->docs_len = p - term->docs;
        }

      term_reserve (self, &term->pos, &term->pos_cap, term->pos_len, 5 * tf);
      p = term->pos + term->pos_len;
      p = write_varint (p, positions[0]);
      for (guint32 i = 1; i < tf; i++)
        p = write_varint (p, positions[i] - positions[i - 1]);
      term->pos_len = p - term->pos;

      term->last_doc_plus1 = doc + 1;
      term->n_postings++;
      term->n_live++;
    }
}

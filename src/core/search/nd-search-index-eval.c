/* nd-search-index-eval.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* How NdSearchIndex evaluates a parsed query: the terms its words stand for, phrases,
 * title:, the source, author and date filters, negation, OR within a clause and AND
 * between clauses, with the BM25 scores added as the postings are read (see the top of
 * nd-search-index.c). Runs under the reader lock. */

#define G_LOG_DOMAIN "nd-search-index"

#include "config.h"

#include <math.h>
#include <string.h>

#include "search/nd-search-index-private.h"
#include "search/nd-search-query-private.h"

#define BM25_K1       1.2
#define BM25_B        0.75

/* Cursors over a term's postings -------------------------------------------------------- */

/* A position in a term's postings, moving forward only. */
typedef struct
{
  const Term   *term;
  const guint8 *d;
  const guint8 *end;
  const guint8 *p;
  /* Dense terms: the extra counts, the next word of the bitmap and what is left of the
   * current one. */
  const guint8 *extra;
  guint32       next_word;
  guint64       bits;
  guint32       doc_plus1;
  guint32       body_tf;
  guint32       title_tf;
  /* The positions of the current posting not read yet (skipped by cursor_next()). */
  guint32       pos_left;
} Cursor;

static void
cursor_init (Cursor     *cursor,
             const Term *term)
{
  memset (cursor, 0, sizeof *cursor);
  cursor->term = term;
  cursor->d = term->docs;
  cursor->end = term->docs + term->docs_len;
  cursor->p = term->pos;
  cursor->extra = term->extra;
}

/* Moves to the next posting; FALSE at the end. */
static inline gboolean
cursor_next (Cursor *cursor)
{
  const Term *term = cursor->term;

  if (cursor->pos_left > 0)
    cursor->p = skip_varints (cursor->p, cursor->pos_left);
  cursor->pos_left = 0;

  if (term->doc_bits != NULL)
    {
      while (cursor->bits == 0)
        {
          if (cursor->next_word >= term->n_doc_words)
            return FALSE;
          cursor->bits = term->doc_bits[cursor->next_word++];
        }

      cursor->doc_plus1 = (cursor->next_word - 1) * 64 + __builtin_ctzll (cursor->bits) + 1;
      cursor->bits &= cursor->bits - 1;
      decode_counts (&cursor->d, &cursor->extra, &cursor->body_tf, &cursor->title_tf);
    }
  else
    {
      if (cursor->d >= cursor->end)
        return FALSE;
      decode_posting (&cursor->d, &cursor->doc_plus1, &cursor->body_tf, &cursor->title_tf);
    }

  cursor->pos_left = cursor->body_tf + cursor->title_tf;

  return TRUE;
}

typedef struct
{
  guint32 *data;
  guint32  len;
  guint32  cap;
} PositionBuffer;

/* Reads the positions of the current posting into @out. The project builds with
 * -fno-strict-aliasing, so the loop works on locals: a store through @out would
 * otherwise make the compiler reload every field. */
static void
cursor_read_positions (Cursor         *cursor,
                       PositionBuffer *out)
{
  const guint8 *p = cursor->p;
  guint32 n = cursor->pos_left;
  guint32 position = 0;
  guint32 *data;

  if (n > out->cap)
    {
      out->cap = MAX (n, out->cap * 2);
      out->data = g_renew (guint32, out->data, out->cap);
    }

  data = out->data;
  for (guint32 i = 0; i < n; i++)
    {
      position += read_varint (&p);
      data[i] = position;
    }

  out->len = n;
  cursor->p = p;
  cursor->pos_left = 0;
}

/* Sets the bits of the current posting's positions in @bits, which must be long
 * enough. Locals again, for the same reason. */
static void
cursor_mark_positions (Cursor  *cursor,
                       guint64 *bits)
{
  const guint8 *p = cursor->p;
  guint32 position = 0;

  for (guint32 left = cursor->pos_left; left > 0; left--)
    {
      position += read_varint (&p);
      bits[position / 64] |= G_GUINT64_CONSTANT (1) << (position % 64);
    }

  cursor->p = p;
  cursor->pos_left = 0;
}

/* Evaluation --------------------------------------------------------------------------- */

typedef struct
{
  NdSearchIndex *self;
  guint32        n_docs;
  guint32        n_words;
  double         n_live;
  /* Per document, the score so far, and the BM25 length norm k1 × (1 - b + b × dl /
   * avgdl); NULL when nothing is scored. */
  float         *scores;
  float         *norms;
  /* The documents still in the running are neither nearly all nor nearly none. */
  gboolean       mask_is_mixed;
} Eval;

/* A query atom with the terms each of its words stands for. */
typedef struct
{
  const NdSearchAtom  *atom;
  GPtrArray          **terms;
  gboolean             matches_nothing;
} Prepared;

typedef struct
{
  Prepared *atoms;
  guint     n_atoms;
  guint     position;
  guint64   estimate;
} PreparedClause;

static inline float
idf (const Eval *eval,
     guint32     df)
{
  return (float)log (1.0 + (eval->n_live - df + 0.5) / (df + 0.5));
}

/* scan_term() for a dense term. Without scores or a title to check, whole words of the
 * bitmap are OR-ed at once. */
static void
scan_dense_term (Eval          *eval,
                 const Term    *term,
                 gboolean       title_only,
                 float          weight,
                 const guint64 *mask,
                 guint64       *bits)
{
  const guint64 *doc_bits = term->doc_bits;
  const guint8 *counts = term->docs;
  const guint8 *extra = term->extra;
  float *scores = weight > 0 ? eval->scores : NULL;
  const float *norms = eval->norms;
  guint32 n_words = MIN (term->n_doc_words, eval->n_words);

  if (scores == NULL && !title_only)
    {
      for (guint32 i = 0; i < n_words; i++)
        bits[i] |= doc_bits[i] & mask[i];
      return;
    }

  for (guint32 i = 0; i < n_words; i++)
    {
      guint64 word = doc_bits[i];
      guint64 wanted = mask[i];

      while (word != 0)
        {
          guint32 bit = __builtin_ctzll (word);
          guint32 doc = i * 64 + bit;
          guint32 body_tf;
          guint32 title_tf;

          word &= word - 1;
          decode_counts (&counts, &extra, &body_tf, &title_tf);

          if (eval->mask_is_mixed && !title_only)
            {
              guint64 in_mask = (wanted >> bit) & 1;
              float tf = body_tf + TITLE_WEIGHT * title_tf;

              bits[i] |= in_mask << bit;
              scores[doc] += (float)in_mask * (weight * tf / (tf + norms[doc]));
              continue;
            }

          if (((wanted >> bit) & 1) == 0 || (title_only && title_tf == 0))
            continue;

          bits[i] |= G_GUINT64_CONSTANT (1) << bit;
          if (scores != NULL)
            {
              float tf = body_tf + TITLE_WEIGHT * title_tf;

              scores[doc] += weight * tf / (tf + norms[doc]);
            }
        }
    }
}

/* Marks the documents in @mask holding @term (in the title, if @title_only) and, when
 * @score, adds the term's BM25 score to each.
 *
 * Whether a document is in @mask is a coin toss when the mask holds about half of them,
 * and a mispredicted branch per posting then costs more than the scoring: such masks are
 * applied without a branch, scoring every posting and keeping the score only where the
 * mask says so. */
static void
scan_term (Eval          *eval,
           const Term    *term,
           gboolean       title_only,
           gboolean       score,
           const guint64 *mask,
           guint64       *bits)
{
  const guint8 *d = term->docs;
  const guint8 *end = d + term->docs_len;
  float weight = idf (eval, term->n_live) * (float)(BM25_K1 + 1);
  float *scores = score ? eval->scores : NULL;
  const float *norms = eval->norms;
  guint32 doc_plus1 = 0;

  if (term->doc_bits != NULL)
    {
      scan_dense_term (eval, term, title_only, scores != NULL ? weight : 0, mask, bits);
      return;
    }

  if (eval->mask_is_mixed && !title_only)
    {
      while (d < end)
        {
          guint32 body_tf;
          guint32 title_tf;
          guint32 doc;
          guint64 in_mask;

          decode_posting (&d, &doc_plus1, &body_tf, &title_tf);
          doc = doc_plus1 - 1;
          in_mask = (mask[doc / 64] >> (doc % 64)) & 1;

          bits[doc / 64] |= in_mask << (doc % 64);
          if (scores != NULL)
            {
              float tf = body_tf + TITLE_WEIGHT * title_tf;

              scores[doc] += (float)in_mask * (weight * tf / (tf + norms[doc]));
            }
        }
      return;
    }

  while (d < end)
    {
      guint32 body_tf;
      guint32 title_tf;
      guint32 doc;

      decode_posting (&d, &doc_plus1, &body_tf, &title_tf);
      doc = doc_plus1 - 1;

      if (!get_bit (mask, doc) || (title_only && title_tf == 0))
        continue;

      set_bit (bits, doc);
      if (scores != NULL)
        {
          float tf = body_tf + TITLE_WEIGHT * title_tf;

          scores[doc] += weight * tf / (tf + norms[doc]);
        }
    }
}

typedef struct
{
  guint32 doc;
  guint32 tf;
} PhraseHit;

/* The idf of a phrase is the sum of the idfs of its words, as in Lucene: counting the
 * documents that hold the phrase would mean checking it in every document, where the
 * other clauses of the query let us check only a few. */
static float
phrase_idf (const Eval     *eval,
            const Prepared *prepared,
            guint           n)
{
  float sum = 0;

  for (guint w = 0; w < n; w++)
    sum += idf (eval, ((const Term *)g_ptr_array_index (prepared->terms[w], 0))->n_live);

  return sum;
}

/* What eval_phrase() keeps from one document to the next: a bitmap of the positions of
 * each word, and the positions of the word that drives the check. */
typedef struct
{
  guint64        **position_bits;
  guint32          n_position_words;
  PositionBuffer   starts;
} PhraseScratch;

/* How often the phrase occurs in @doc, where all @cursors stand (the title's occurrences
 * counting TITLE_WEIGHT times, as a term's do), read from the positions of the current
 * postings: those of the word with the fewest there are listed, those of the others set
 * in @scratch's bitmaps, and each listed position is checked against the bitmaps. */
static guint32
count_phrase (Eval          *eval,
              Cursor        *cursors,
              guint          n,
              guint32        doc,
              gboolean       title_only,
              PhraseScratch *scratch)
{
  NdSearchIndex *self = eval->self;
  guint32 title_len = self->docs[doc].title_len;
  /* The body starts at title_len + 1 and holds length - 2 × title_len words. */
  guint32 last_position = self->lengths[doc] - title_len;
  guint32 used_words = last_position / 64 + 1;
  guint64 **position_bits = scratch->position_bits;
  const guint32 *starts;
  guint32 n_starts;
  guint32 title_count = 0;
  guint32 body_count = 0;
  guint driver = 0;

  if (used_words > scratch->n_position_words)
    {
      scratch->n_position_words = MAX (used_words, scratch->n_position_words * 2);
      for (guint w = 0; w < n; w++)
        {
          g_free (position_bits[w]);
          position_bits[w] = g_new0 (guint64, scratch->n_position_words);
        }
    }

  for (guint w = 1; w < n; w++)
    {
      if (cursors[w].pos_left < cursors[driver].pos_left)
        driver = w;
    }

  for (guint w = 0; w < n; w++)
    {
      if (w == driver)
        cursor_read_positions (&cursors[w], &scratch->starts);
      else
        cursor_mark_positions (&cursors[w], position_bits[w]);
    }

  starts = scratch->starts.data;
  n_starts = scratch->starts.len;
  for (guint32 j = 0; j < n_starts; j++)
    {
      guint32 start;
      gboolean found = TRUE;

      if (starts[j] < driver)
        continue;
      start = starts[j] - driver;
      if (title_only && start >= title_len)
        break;

      for (guint w = 0; w < n && found; w++)
        found = w == driver ||
                (start + w <= last_position && get_bit (position_bits[w], start + w));

      if (!found)
        continue;
      /* The title ends with an empty position, so a phrase that starts in it lies in it. */
      if (start < title_len)
        title_count++;
      else
        body_count++;
    }

  for (guint w = 0; w < n; w++)
    {
      if (w != driver)
        memset (position_bits[w], 0, used_words * sizeof (guint64));
    }

  return body_count + TITLE_WEIGHT * title_count;
}

/* A phrase of exact words: the documents holding them all are found by moving one
 * cursor per word through the postings (each to the document of the one furthest ahead),
 * and in each the phrase is looked for with count_phrase(): a test per position, where
 * walking the lists of positions side by side mispredicts a branch at almost every step
 * when a word is as common as "the". The words of a phrase each stand for one term: a
 * word still being typed is no part of it (see eval_text()). */
static void
eval_phrase (Eval            *eval,
             const Prepared  *prepared,
             guint            n,
             gboolean         score,
             const guint64   *mask,
             guint64         *bits)
{
  gboolean title_only = prepared->atom->title_only;
  g_autofree Cursor *cursors = g_new0 (Cursor, n);
  g_autofree guint64 **position_bits = g_new0 (guint64 *, n);
  g_autoptr(GArray) hits = g_array_new (FALSE, FALSE, sizeof (PhraseHit));
  PhraseScratch scratch = { position_bits, 0, { NULL, 0, 0 } };
  gboolean more = TRUE;

  for (guint w = 0; w < n; w++)
    {
      cursor_init (&cursors[w], g_ptr_array_index (prepared->terms[w], 0));
      more &= cursor_next (&cursors[w]);
    }

  while (more)
    {
      guint32 doc_plus1 = 0;
      gboolean same = TRUE;
      gboolean wanted;
      guint32 doc;

      for (guint w = 0; w < n; w++)
        doc_plus1 = MAX (doc_plus1, cursors[w].doc_plus1);

      for (guint w = 0; w < n && more; w++)
        {
          while (cursors[w].doc_plus1 < doc_plus1 && (more = cursor_next (&cursors[w])))
            ;
          same &= cursors[w].doc_plus1 == doc_plus1;
        }

      if (!more || !same)
        continue;

      doc = doc_plus1 - 1;
      wanted = get_bit (mask, doc);
      for (guint w = 0; w < n && wanted && title_only; w++)
        wanted = cursors[w].title_tf > 0;

      if (wanted)
        {
          guint32 tf = count_phrase (eval, cursors, n, doc, title_only, &scratch);

          if (tf > 0)
            {
              PhraseHit hit = { doc, tf };

              set_bit (bits, doc);
              g_array_append_val (hits, hit);
            }
        }

      for (guint w = 0; w < n && more; w++)
        more = cursor_next (&cursors[w]);
    }

  if (score && eval->scores != NULL && hits->len > 0)
    {
      float weight = phrase_idf (eval, prepared, n) * (float)(BM25_K1 + 1);

      for (guint j = 0; j < hits->len; j++)
        {
          const PhraseHit *hit = &g_array_index (hits, PhraseHit, j);

          eval->scores[hit->doc] += weight * hit->tf / (hit->tf + eval->norms[hit->doc]);
        }
    }

  for (guint w = 0; w < n; w++)
    g_free (position_bits[w]);
  g_free (scratch.starts.data);
}

static void
scan_word (Eval           *eval,
           const Prepared *prepared,
           guint           w,
           const guint64  *mask,
           guint64        *bits)
{
  GPtrArray *terms = prepared->terms[w];

  for (guint t = 0; t < terms->len; t++)
    scan_term (eval, g_ptr_array_index (terms, t), prepared->atom->title_only,
               !prepared->atom->negated, mask, bits);
}

/* A word, a phrase, or a phrase whose last word is still being typed: that word is then
 * looked for anywhere (in the title, for title:), and the words before it must form the
 * phrase. Matching a prefix right after the phrase would mean reading the positions of
 * up to ND_SEARCH_MAX_PREFIX_TERMS terms, often the most common words of the language,
 * at every keystroke; once the word is finished the phrase is exact again. */
static void
eval_text (Eval           *eval,
           const Prepared *prepared,
           const guint64  *mask,
           guint64        *bits)
{
  const NdSearchAtom *atom = prepared->atom;
  gboolean score = !atom->negated;
  guint n_exact = atom->prefix ? atom->n_words - 1 : atom->n_words;
  g_autofree guint64 *last = NULL;

  if (atom->n_words == 1)
    {
      scan_word (eval, prepared, 0, mask, bits);
      return;
    }

  if (n_exact == 1)
    scan_word (eval, prepared, 0, mask, bits);
  else
    eval_phrase (eval, prepared, n_exact, score, mask, bits);

  if (!atom->prefix)
    return;

  last = g_new0 (guint64, eval->n_words);
  scan_word (eval, prepared, atom->n_words - 1, bits, last);
  for (guint32 i = 0; i < eval->n_words; i++)
    bits[i] &= last[i];
}

static void
eval_names (Eval               *eval,
            const NdSearchAtom *atom,
            const guint64      *mask,
            guint64            *bits)
{
  NdSearchIndex *self = eval->self;
  gboolean sources = atom->kind == ND_SEARCH_ATOM_SOURCE;
  GPtrArray *names = sources ? self->sources : self->authors;
  g_autofree gboolean *matches = g_new (gboolean, MAX (names->len, 1));
  gboolean any = FALSE;

  for (guint i = 0; i < names->len; i++)
    {
      matches[i] = strstr (g_ptr_array_index (names, i), atom->value) != NULL;
      any |= matches[i];
    }

  if (!any)
    return;

  for (guint32 doc = 0; doc < eval->n_docs; doc++)
    {
      const Doc *info = &self->docs[doc];

      if (!get_bit (mask, doc))
        continue;

      if (sources)
        {
          if (matches[info->source_id])
            set_bit (bits, doc);
          continue;
        }

      for (guint32 a = 0; a < info->n_authors; a++)
        {
          if (matches[g_array_index (self->doc_authors, guint32, info->authors_start + a)])
            {
              set_bit (bits, doc);
              break;
            }
        }
    }
}

static void
eval_date (Eval               *eval,
           const NdSearchAtom *atom,
           guint64            *bits)
{
  const Doc *docs = eval->self->docs;

  for (guint32 doc = 0; doc < eval->n_docs; doc++)
    {
      gint64 published = docs[doc].published;

      if (published == UNDATED)
        continue;

      if (atom->kind == ND_SEARCH_ATOM_AFTER ? published >= atom->time : published < atom->time)
        set_bit (bits, doc);
    }
}

/* Sets @bits (cleared by the caller) to the documents @prepared matches among those in
 * @mask; outside @mask, bits may be anything. */
static void
eval_atom (Eval           *eval,
           const Prepared *prepared,
           const guint64  *mask,
           guint64        *bits)
{
  const NdSearchAtom *atom = prepared->atom;

  switch (atom->kind)
    {
    case ND_SEARCH_ATOM_TEXT:
      if (!prepared->matches_nothing)
        eval_text (eval, prepared, mask, bits);
      break;

    case ND_SEARCH_ATOM_SOURCE:
    case ND_SEARCH_ATOM_AUTHOR:
      eval_names (eval, atom, mask, bits);
      break;

    case ND_SEARCH_ATOM_AFTER:
    case ND_SEARCH_ATOM_BEFORE:
      eval_date (eval, atom, bits);
      break;

    default:
      g_assert_not_reached ();
    }

  if (atom->negated)
    {
      for (guint32 i = 0; i < eval->n_words; i++)
        bits[i] = ~bits[i];
    }
}

/* Resolves the words of every atom to terms and estimates how many documents each
 * clause can match, which sets the order clauses are evaluated in. */
static PreparedClause *
prepare_clauses (NdSearchIndex *self,
                 GPtrArray     *clauses)
{
  PreparedClause *prepared = g_new0 (PreparedClause, MAX (clauses->len, 1));

  for (guint c = 0; c < clauses->len; c++)
    {
      GPtrArray *clause = g_ptr_array_index (clauses, c);
      PreparedClause *pc = &prepared[c];

      pc->atoms = g_new0 (Prepared, clause->len);
      pc->n_atoms = clause->len;
      pc->position = c;

      for (guint a = 0; a < clause->len; a++)
        {
          const NdSearchAtom *atom = g_ptr_array_index (clause, a);
          Prepared *pa = &pc->atoms[a];
          guint64 estimate = G_MAXUINT64;

          pa->atom = atom;

          if (atom->kind != ND_SEARCH_ATOM_TEXT)
            {
              pc->estimate += self->n_live / (atom->negated ? 1 : 2);
              continue;
            }

          pa->terms = g_new0 (GPtrArray *, atom->n_words);
          for (guint w = 0; w < atom->n_words; w++)
            {
              guint64 size = 0;

              pa->terms[w] = g_ptr_array_new ();
              _nd_search_index_resolve_word (self, atom->words[w],
                                             atom->prefix && w == atom->n_words - 1,
                                             pa->terms[w]);
              if (pa->terms[w]->len == 0)
                pa->matches_nothing = TRUE;
              for (guint t = 0; t < pa->terms[w]->len; t++)
                size += ((Term *)g_ptr_array_index (pa->terms[w], t))->n_live;
              estimate = MIN (estimate, size);
            }

          pc->estimate += atom->negated ? self->n_live : (pa->matches_nothing ? 0 : estimate);
        }
    }

  return prepared;
}

static void
free_prepared_clauses (PreparedClause *prepared,
                       guint           n_clauses)
{
  for (guint c = 0; c < n_clauses; c++)
    {
      for (guint a = 0; a < prepared[c].n_atoms; a++)
        {
          Prepared *pa = &prepared[c].atoms[a];

          for (guint w = 0; pa->terms != NULL && w < pa->atom->n_words; w++)
            g_ptr_array_unref (pa->terms[w]);
          g_free (pa->terms);
        }
      g_free (prepared[c].atoms);
    }
  g_free (prepared);
}

static int
compare_clauses (gconstpointer a,
                 gconstpointer b)
{
  const PreparedClause *ca = a;
  const PreparedClause *cb = b;

  if (ca->estimate != cb->estimate)
    return ca->estimate < cb->estimate ? -1 : 1;

  return ca->position < cb->position ? -1 : ca->position > cb->position;
}

static gboolean
mask_is_mixed (const guint64 *mask,
               guint32        n_words,
               guint32        n_docs)
{
  guint64 count = 0;

  for (guint32 i = 0; i < n_words; i++)
    count += __builtin_popcountll (mask[i]);

  return count > n_docs / 16 && count < n_docs - n_docs / 16;
}

static gboolean
query_has_scored_words (GPtrArray *clauses)
{
  for (guint i = 0; i < clauses->len; i++)
    {
      GPtrArray *clause = g_ptr_array_index (clauses, i);

      for (guint j = 0; j < clause->len; j++)
        {
          const NdSearchAtom *atom = g_ptr_array_index (clause, j);

          if (atom->kind == ND_SEARCH_ATOM_TEXT && !atom->negated)
            return TRUE;
        }
    }

  return FALSE;
}

/* Evaluates @clauses (those of an NdSearchQuery) under the reader lock. Returns the bitmap
 * of the live documents that match, and sets @scores to the BM25 score of each document,
 * or to %NULL when the query has no words to score. */
guint64 *
_nd_search_index_evaluate (NdSearchIndex  *self,
                           GPtrArray      *clauses,
                           float         **scores)
{
  PreparedClause *prepared;
  guint64 *result;
  g_autofree guint64 *clause_bits = NULL;
  g_autofree guint64 *atom_bits = NULL;
  Eval eval = { 0 };
  gsize bitmap_size;

  eval.self = self;
  eval.n_docs = self->n_docs;
  eval.n_words = (self->n_docs + 63) / 64;
  eval.n_live = self->n_live;
  bitmap_size = MAX (eval.n_words, 1) * sizeof (guint64);

  if (query_has_scored_words (clauses))
    {
      double average = self->n_live > 0 && self->total_length > 0
                       ? (double)self->total_length / self->n_live : 1.0;
      float norm_a = BM25_K1 * (1 - BM25_B);
      float norm_b = BM25_K1 * BM25_B / average;

      eval.scores = g_new0 (float, MAX (eval.n_docs, 1));
      eval.norms = g_new (float, MAX (eval.n_docs, 1));
      for (guint32 doc = 0; doc < eval.n_docs; doc++)
        eval.norms[doc] = norm_a + norm_b * self->lengths[doc];
    }

  result = g_malloc (bitmap_size);
  clause_bits = g_malloc (bitmap_size);
  atom_bits = g_malloc (bitmap_size);
  if (eval.n_words > 0)
    memcpy (result, self->live, eval.n_words * sizeof (guint64));

  prepared = prepare_clauses (self, clauses);
  qsort (prepared, clauses->len, sizeof (PreparedClause), compare_clauses);

  for (guint c = 0; c < clauses->len; c++)
    {
      const PreparedClause *clause = &prepared[c];

      /* Every atom only needs to look at the documents still in the result. */
      eval.mask_is_mixed = mask_is_mixed (result, eval.n_words, self->n_docs);
      memset (clause_bits, 0, bitmap_size);
      for (guint a = 0; a < clause->n_atoms; a++)
        {
          memset (atom_bits, 0, bitmap_size);
          eval_atom (&eval, &clause->atoms[a], result, atom_bits);
          for (guint32 w = 0; w < eval.n_words; w++)
            clause_bits[w] |= atom_bits[w];
        }

      for (guint32 w = 0; w < eval.n_words; w++)
        result[w] &= clause_bits[w];
    }

  free_prepared_clauses (prepared, clauses->len);
  g_free (eval.norms);

  *scores = eval.scores;
  return result;
}

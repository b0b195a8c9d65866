/* nd-search-index-private.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the files of NdSearchIndex share: the index itself, its terms and documents, the
 * encoding of the postings, the terms of an article on their way in, and what each file
 * lends the others. How the index works is told at the top of nd-search-index.c.
 *
 * The functions here that run per token, per term of an article or per posting are
 * inline, as they were when the index was one file: the project builds without link-time
 * optimization, and a call per posting is what the searches at every keystroke cannot
 * afford. Tests include this header for the API only they use. */

#pragma once

#include <string.h>

#include "search/nd-search-index.h"

G_BEGIN_DECLS

#define TITLE_WEIGHT  2
#define UNDATED       G_MININT64

typedef struct
{
  /* Sparse terms: the docs stream. Dense terms: one count byte per document. */
  guint8  *docs;
  guint8  *pos;
  /* Dense terms only: the documents as a bitmap, and the counts that do not fit their
   * byte, as varints. */
  guint64 *doc_bits;
  guint8  *extra;
  guint32  docs_len;
  guint32  docs_cap;
  guint32  pos_len;
  guint32  pos_cap;
  guint32  n_doc_words;
  guint32  extra_len;
  guint32  extra_cap;
  guint32  hash;
  /* Documents with this term, removed ones included, and live ones only. */
  guint32  n_postings;
  guint32  n_live;
  guint32  last_doc_plus1;
  guint32  len;
  char     text[];
} Term;

typedef struct
{
  NdArticle *article;
  gint64     published;
  guint32    title_len;
  guint32    source_id;
  guint32    authors_start;
  guint32    n_authors;
} Doc;

/* The removed articles that results made before their removal still show. Each search
 * takes a reference on the current Keepalive; remove() puts the article into it and
 * starts a new one, so the article goes when the last of those results goes. */
typedef struct
{
  gatomicrefcount  ref_count;
  GPtrArray       *articles;
} Keepalive;

struct _NdSearchIndex
{
  GObject      parent_instance;

  GRWLock      lock;

  /* Dictionary: open addressing, linear probing. */
  Term       **slots;
  guint32      n_slots;
  guint32      n_terms;
  /* All terms but the pending ones, in byte order. */
  Term       **sorted;
  guint32      n_sorted;
  Term       **pending;
  guint32      n_pending;
  guint32      pending_cap;
  /* What the terms and their postings take, malloc overhead included. */
  gsize        term_bytes;

  Doc         *docs;
  guint32     *lengths;
  guint64     *live;
  guint32      n_docs;
  guint32      docs_cap;
  guint32      n_live;
  guint64      total_length;
  /* NdArticle → document number + 1, live documents only. */
  GHashTable  *doc_by_article;

  /* Folded sources and author names, each stored once. */
  GPtrArray   *sources;
  GHashTable  *source_ids;
  GPtrArray   *authors;
  GHashTable  *author_ids;
  gsize        name_bytes;
  GArray      *doc_authors;

  Keepalive   *keepalive;
  /* Articles excluded before they were added (a reference each): add() leaves them out. */
  GHashTable  *excluded;

  /* _nd_search_index_append_postings()'s scratch space: the terms of the article being appended. */
  Term       **resolved;
  guint32      resolved_cap;
};

/* What malloc really takes for @n bytes: a header, 16-byte rounding, a minimum. */
static inline gsize
alloc_size (gsize n)
{
  if (n == 0)
    return 0;

  return MAX (32, (n + 8 + 15) & ~(gsize)15);
}

/* The largest capacity that malloc rounding gives for free past @need. */
static inline guint32
good_capacity (guint32 need)
{
  return (guint32)(alloc_size (need) - 8);
}

/* Varints ------------------------------------------------------------------------------ */

static inline guint8 *
write_varint (guint8  *p,
              guint32  value)
{
  while (value >= 0x80)
    {
      *p++ = (guint8)(value | 0x80);
      value >>= 7;
    }
  *p++ = (guint8)value;

  return p;
}

static inline guint32
read_varint (const guint8 **pp)
{
  const guint8 *p = *pp;
  guint32 value = *p & 0x7F;
  guint shift = 7;

  while (*p++ & 0x80)
    {
      value |= (guint32)(*p & 0x7F) << shift;
      shift += 7;
    }
  *pp = p;

  return value;
}

static inline const guint8 *
skip_varints (const guint8 *p,
              guint32       n)
{
  while (n > 0)
    {
      if ((*p++ & 0x80) == 0)
        n--;
    }

  return p;
}

/* Hashing terms ------------------------------------------------------------------------ */

/* Every token of every article is hashed, so eight bytes go in per multiplication rather
 * than one (as in FNV), and the few bytes after them are gathered with shifts. */
static inline guint32
hash_bytes (const char *text,
            gsize       len)
{
  guint64 hash = len * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15);
  guint64 tail = 0;

  while (len >= 8)
    {
      guint64 word;

      memcpy (&word, text, sizeof word);
      hash = (hash ^ word) * G_GUINT64_CONSTANT (0xFF51AFD7ED558CCD);
      hash ^= hash >> 32;
      text += 8;
      len -= 8;
    }

  for (gsize i = 0; i < len; i++)
    tail |= (guint64)(guchar)text[i] << (8 * i);

  hash = (hash ^ tail) * G_GUINT64_CONSTANT (0xC4CEB9FE1A85EC53);
  hash ^= hash >> 29;
  hash *= G_GUINT64_CONSTANT (0xFF51AFD7ED558CCD);
  hash ^= hash >> 32;

  return (guint32)hash;
}

/* hash_bytes() of a word of at most 8 bytes, given them zero-padded in @head (little-endian
 * order, as hash_bytes() reads them). */
static inline guint32
hash_head (guint64 head,
           gsize   len)
{
#if G_BYTE_ORDER == G_LITTLE_ENDIAN
  guint64 hash = len * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15);

  if (len == 8)
    {
      hash = (hash ^ head) * G_GUINT64_CONSTANT (0xFF51AFD7ED558CCD);
      hash ^= hash >> 32;
      head = 0;
    }

  hash = (hash ^ head) * G_GUINT64_CONSTANT (0xC4CEB9FE1A85EC53);
  hash ^= hash >> 29;
  hash *= G_GUINT64_CONSTANT (0xFF51AFD7ED558CCD);
  hash ^= hash >> 32;

  return (guint32)hash;
#else
  return hash_bytes ((const char *)&head, len);
#endif
}

static inline void
decode_posting (const guint8 **d,
                guint32       *doc_plus1,
                guint32       *body_tf,
                guint32       *title_tf)
{
  guint32 head = read_varint (d);

  *doc_plus1 += head >> 4;
  *body_tf = (head >> 1) & 7;
  if (*body_tf == 7)
    *body_tf += read_varint (d);
  *title_tf = (head & 1) ? read_varint (d) : 0;
}

static inline void
decode_counts (const guint8 **counts,
               const guint8 **extra,
               guint32       *body_tf,
               guint32       *title_tf)
{
  guint8 code = *(*counts)++;

  *body_tf = code >> 1;
  if (*body_tf == 127)
    *body_tf += read_varint (extra);
  *title_tf = (code & 1) ? read_varint (extra) : 0;
}

static inline void
set_bit (guint64 *bits,
         guint32  doc)
{
  bits[doc / 64] |= G_GUINT64_CONSTANT (1) << (doc % 64);
}

static inline gboolean
get_bit (const guint64 *bits,
         guint32        doc)
{
  return (bits[doc / 64] >> (doc % 64)) & 1;
}

/* The terms of one article, gathered outside the lock ---------------------------------- */

typedef struct
{
  /* The first eight bytes of the term, zero-padded: most words fit, and compare at once. */
  guint64 head;
  guint32 hash;
  guint32 local_hash;
  guint32 text_offset;
  guint32 len;
  guint32 body_tf;
  guint32 title_tf;
  /* Where its positions start in LocalDoc.positions once sorted. */
  guint32 first;
} LocalTerm;

typedef struct
{
  LocalTerm *terms;
  guint32    n_terms;
  guint32    terms_cap;
  guint32   *slots;
  guint32    slot_mask;
  char      *text;
  gsize      text_len;
  gsize      text_cap;
  /* Each occurrence's term, in text order; its position is its index, plus one in the
   * body (see local_doc_tokenize()). */
  guint32   *occ_term;
  guint32    n_occ;
  guint32    occ_cap;
  guint32   *positions;
  guint32   *fill;
  guint32    positions_cap;
  guint32    fill_cap;
  guint32    title_len;
  gboolean   in_title;
} LocalDoc;

/* Articles at most this many at a time are tokenized before their postings are appended
 * in add_many(), each into scratch space of its own. */
#define ADD_BATCH 64

/* What add() keeps of an article's tokens until it appends them under the lock: a view of
 * one of the thread's LocalDocs, and the article's folded names. */
typedef struct
{
  NdArticle       *article;
  const LocalTerm *terms;
  const char      *text;
  const guint32   *positions;
  guint32          n_terms;
  guint32          title_len;
  guint32          length;
  char            *source;
  GPtrArray       *authors;
} TokenizedDoc;


/* API that only the tests and benchmarks use: the application adds through
 * NdArticleSink. */
NdSearchIndex *nd_search_index_new             (void);
void           nd_search_index_add             (NdSearchIndex *self,
                                                NdArticle     *article);
void           nd_search_index_add_many        (NdSearchIndex  *self,
                                                NdArticle     **articles,
                                                guint           n_articles);
void           nd_search_index_remove          (NdSearchIndex *self,
                                                NdArticle     *article);
void           nd_search_index_exclude         (NdSearchIndex *self,
                                                NdArticle     *article);
guint          nd_search_index_get_n_documents (NdSearchIndex *self);
gsize          nd_search_index_get_memory_size (NdSearchIndex *self);

/* nd-search-index-tokenize.c */
LocalDoc *_nd_local_doc_get          (guint         i);
void      _nd_local_doc_tokenize     (LocalDoc     *local,
                                      NdArticle    *article);
void      _nd_tokenize_article       (NdArticle    *article,
                                      LocalDoc     *local,
                                      TokenizedDoc *tokenized);
void      _nd_tokenized_doc_clear    (TokenizedDoc *tokenized);

/* nd-search-index-dictionary.c */
Term *_nd_search_index_lookup_term  (NdSearchIndex *self,
                                     const char    *text,
                                     guint32        len,
                                     guint32        hash);
Term *_nd_search_index_insert_term  (NdSearchIndex *self,
                                     const char    *text,
                                     guint32        len,
                                     guint32        hash);
void  _nd_search_index_resolve_word (NdSearchIndex *self,
                                     const char    *word,
                                     gboolean       prefix,
                                     GPtrArray     *out);

/* nd-search-index-postings.c */
void _nd_search_index_append_postings (NdSearchIndex      *self,
                                       guint32             doc,
                                       const TokenizedDoc *tokenized);

/* nd-search-index-eval.c */
guint64 *_nd_search_index_evaluate (NdSearchIndex  *self,
                                    GPtrArray      *clauses,
                                    float         **scores);

/* nd-search-index-rank.c */
guint _nd_search_index_rank (NdSearchIndex   *self,
                             const guint64   *result,
                             const float     *scores,
                             gboolean         by_date,
                             NdArticle     ***articles,
                             float          **article_scores);

G_END_DECLS

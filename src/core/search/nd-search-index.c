/* nd-search-index.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* An inverted index over the titles and bodies of the articles, searched once per
 * keystroke over up to 100,000 articles (about 730 MB of text), while a loader thread may
 * still be adding articles.
 *
 * Layout. Each article gets a document number in the order it was added. Each folded
 * word (a "term", see nd-fold.c) has two byte streams of varints:
 *
 *   docs: per document holding the term, one varint (gap from the previous such
 *         document << 4 | MIN (body count, 7) << 1 | in the title), then the body count
 *         minus 7 when it is 7 or more, then the title count when in the title. A common
 *         word thus takes one byte per document;
 *   pos:  per document, the positions of the term, as gaps. The title takes positions
 *         0 .. T-1 and the body starts at T+1, so a phrase never runs from the title
 *         into the body.
 *
 * A term in at least one document of eight (the, government, ...) is "dense": instead
 * of the docs stream it keeps a bitmap of its documents and one byte of counts per
 * document (MIN (body count, 127) << 1 | in the title, the rest in varints aside). That
 * takes about as much memory at that density and reads several times faster: a
 * one-letter prefix stands for 64 such terms, millions of postings, at the first
 * keystroke. (A term turns dense once; it stays dense if later articles lack it.)
 *
 * Keeping the positions apart makes the common work (finding and scoring documents)
 * read only the small docs streams; phrases read the positions too. Together this takes
 * about 45% of the text it indexes.
 *
 * Words are found through an open-addressing hash table. The word being typed is a
 * prefix: its terms are found by binary search in an array of all terms sorted by their
 * bytes, plus a linear scan of the terms added since that array was last merged (at most
 * 8192 or an eighth of the sorted ones, merged by add()), so no search ever has to sort
 * the whole dictionary. A prefix stands for at most ND_SEARCH_MAX_PREFIX_TERMS terms: the
 * typed word itself when it is one, then the terms in the most documents (ties in byte
 * order). A one-letter prefix would otherwise stand for thousands of words.
 *
 * Evaluation works on bitmaps of document numbers: each atom of the query marks the
 * documents it matches (and adds its BM25 score to a per-document array), atoms OR-ed in
 * a clause are OR-ed, negated atoms inverted, and the clauses AND-ed with the live
 * documents. The clauses likely to match fewest documents go first, and later ones only
 * look at the documents still in the running: decoding a long posting list is cheap,
 * scoring it and checking phrase positions is what costs. A phrase is checked document
 * by document on the positions of its words (see eval_phrase()); in an unclosed phrase,
 * the word still being typed is only required somewhere in the article (eval_text()).
 *
 * Ranking is BM25 (k1 = 1.2, b = 0.75) with the non-negative idf of Lucene,
 * ln (1 + (N - df + 0.5) / (df + 0.5)), over the body and the title, the title counting
 * twice: tf = body tf + 2 × title tf and length = body words + 2 × title words. N, df and
 * the average length count live articles only. A phrase is scored as one term whose tf is
 * the number of times the phrase occurs and whose idf is the sum of its words' idfs. The
 * terms of a prefix are each scored as a word. Equal scores go newest first
 * (nd_article_compare_newest_first()).
 *
 * Threads: a GRWLock. add() tokenizes outside the lock and holds the writer lock only to
 * append to the postings; searches hold the reader lock while they run. remove() marks
 * the document dead (its postings stay, and are skipped); the results of searches made
 * before keep the removed article alive (see Keepalive). */

#define G_LOG_DOMAIN "nd-search-index"

#include "config.h"

#include <math.h>
#include <string.h>

#include "search/nd-fold.h"
#include "search/nd-fold-private.h"
#include "search/nd-search-index.h"
#include "search/nd-search-query-private.h"
#include "search/nd-search-results-private.h"

#define BM25_K1       1.2
#define BM25_B        0.75
#define TITLE_WEIGHT  2
#define UNDATED       G_MININT64
/* A document gap shares its varint with four bits of counts. */
#define MAX_DOCS      ((1u << 28) - 1)
/* A term becomes dense once in at least one document of DENSE_RATIO. */
#define DENSE_RATIO        8
#define DENSE_MIN_POSTINGS 64

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

  /* append_postings()'s scratch space: the terms of the article being appended. */
  Term       **resolved;
  guint32      resolved_cap;
};

static void nd_search_index_sink_init (NdArticleSinkInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (NdSearchIndex, nd_search_index, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (ND_TYPE_ARTICLE_SINK,
                                                      nd_search_index_sink_init))

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

static Keepalive *
keepalive_new (void)
{
  Keepalive *keepalive = g_new0 (Keepalive, 1);

  g_atomic_ref_count_init (&keepalive->ref_count);
  keepalive->articles = g_ptr_array_new_with_free_func (g_object_unref);

  return keepalive;
}

static Keepalive *
keepalive_ref (Keepalive *keepalive)
{
  g_atomic_ref_count_inc (&keepalive->ref_count);

  return keepalive;
}

static void
keepalive_unref (Keepalive *keepalive)
{
  if (g_atomic_ref_count_dec (&keepalive->ref_count))
    {
      g_ptr_array_unref (keepalive->articles);
      g_free (keepalive);
    }
}

typedef struct
{
  NdSearchIndex *index;
  Keepalive     *keepalive;
} ResultsOwner;

static void
results_owner_release (gpointer data)
{
  ResultsOwner *owner = data;

  keepalive_unref (owner->keepalive);
  g_object_unref (owner->index);
  g_free (owner);
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

/* Dictionary --------------------------------------------------------------------------- */

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

static Term *
lookup_term (NdSearchIndex *self,
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

static Term *
insert_term (NdSearchIndex *self,
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

static void
local_doc_init (LocalDoc *local)
{
  memset (local, 0, sizeof *local);
  local->terms_cap = 256;
  local->terms = g_new (LocalTerm, local->terms_cap);
  local->slot_mask = 1023;
  local->slots = g_new0 (guint32, local->slot_mask + 1);
  local->text_cap = 4096;
  local->text = g_malloc (local->text_cap);
  local->occ_cap = 1024;
  local->occ_term = g_new (guint32, local->occ_cap);
}

static void
local_doc_clear (LocalDoc *local)
{
  g_free (local->terms);
  g_free (local->slots);
  g_free (local->text);
  g_free (local->occ_term);
  g_free (local->positions);
  g_free (local->fill);
}

/* Articles at most this many at a time are tokenized before their postings are appended
 * in add_many(), each into scratch space of its own. */
#define ADD_BATCH 64

/* The scratch space for tokenizing articles: ADD_BATCH per thread, kept from one batch to
 * the next, so that indexing allocates nothing per article but what it keeps, and the
 * tokens of a batch wait for the lock where they were made, without being copied. */
typedef struct
{
  LocalDoc docs[ADD_BATCH];
  guint    n_ready;
} LocalDocs;

static void
local_docs_free (gpointer data)
{
  LocalDocs *locals = data;

  for (guint i = 0; i < locals->n_ready; i++)
    local_doc_clear (&locals->docs[i]);
  g_free (locals);
}

static GPrivate local_docs = G_PRIVATE_INIT (local_docs_free);

/* Scratch space grown past this many words (a book, not an article) is given back. */
#define LOCAL_DOC_MAX_KEPT_WORDS (1u << 18)

static void
local_doc_reset (LocalDoc *local)
{
  /* A thread keeps ADD_BATCH of these for as long as it lives, which for a pool thread
   * can be the life of the application. */
  if (G_UNLIKELY (local->occ_cap > LOCAL_DOC_MAX_KEPT_WORDS))
    {
      local_doc_clear (local);
      local_doc_init (local);
      return;
    }

  local->n_terms = 0;
  local->text_len = 0;
  local->n_occ = 0;
  local->title_len = 0;
  local->in_title = FALSE;

  /* A huge article grew the table; do not clear that much for every article after it. */
  if (local->slot_mask > 8191)
    {
      local->slot_mask = 1023;
      local->slots = g_renew (guint32, local->slots, local->slot_mask + 1);
    }
  memset (local->slots, 0, (local->slot_mask + 1) * sizeof (guint32));
}

/* The thread's scratch space for the @i-th article of a batch, emptied. */
static LocalDoc *
local_doc_get (guint i)
{
  LocalDocs *locals = g_private_get (&local_docs);

  if (locals == NULL)
    {
      locals = g_new0 (LocalDocs, 1);
      g_private_set (&local_docs, locals);
    }

  while (locals->n_ready <= i)
    local_doc_init (&locals->docs[locals->n_ready++]);

  local_doc_reset (&locals->docs[i]);
  return &locals->docs[i];
}

static void
local_doc_grow_slots (LocalDoc *local)
{
  guint32 mask = local->slot_mask * 2 + 1;
  guint32 *slots = g_new0 (guint32, mask + 1);

  for (guint32 t = 0; t < local->n_terms; t++)
    {
      guint32 i = local->terms[t].local_hash & mask;

      while (slots[i] != 0)
        i = (i + 1) & mask;
      slots[i] = t + 1;
    }

  g_free (local->slots);
  local->slots = slots;
  local->slot_mask = mask;
}

/* Keeps the first @len bytes (at most 8) of a word loaded eight bytes at a time. */
static inline guint64
head_mask (guint32 len)
{
  if (len >= 8)
    return G_MAXUINT64;

#if G_BYTE_ORDER == G_LITTLE_ENDIAN
  return (G_GUINT64_CONSTANT (1) << (8 * len)) - 1;
#else
  return len == 0 ? 0 : G_MAXUINT64 << (8 * (8 - len));
#endif
}

/* Only finds the term within one article among a few hundred, once per word of the text:
 * the head and the length are enough, and hash_bytes() waits for a new term. */
static inline guint32
local_hash (guint64 head,
            guint32 len)
{
  guint64 h = (head ^ ((guint64)len << 56)) * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15);

  /* The low bits of a product only depend on the low bits of the word: fold the high in. */
  return (guint32)(h ^ (h >> 29));
}

static inline gboolean
local_term_equal (const LocalDoc  *local,
                  const LocalTerm *term,
                  const NdToken   *token,
                  guint64          head)
{
  if (term->head != head || term->len != token->len)
    return FALSE;

  return token->len <= 8 ||
         memcmp (local->text + term->text_offset + 8, token->text + 8, token->len - 8) == 0;
}

static guint32
local_doc_add_term (LocalDoc      *local,
                    const NdToken *token,
                    guint64        head,
                    guint32        hash,
                    guint32        slot)
{
  LocalTerm *term;

  if (local->n_terms == local->terms_cap)
    {
      local->terms_cap *= 2;
      local->terms = g_renew (LocalTerm, local->terms, local->terms_cap);
    }
  if (local->text_len + token->len > local->text_cap)
    {
      local->text_cap = MAX (local->text_cap * 2, local->text_len + token->len);
      local->text = g_realloc (local->text, local->text_cap);
    }

  term = &local->terms[local->n_terms++];
  term->head = head;
  term->hash = token->len <= 8 ? hash_head (head, token->len)
                               : hash_bytes (token->text, token->len);
  term->local_hash = hash;
  term->text_offset = local->text_len;
  term->len = token->len;
  term->body_tf = 0;
  term->title_tf = 0;
  memcpy (local->text + local->text_len, token->text, token->len);
  local->text_len += token->len;

  local->slots[slot] = local->n_terms;
  if (local->n_terms * 2 > local->slot_mask)
    local_doc_grow_slots (local);

  return local->n_terms;
}

static void
local_token_cb (const NdToken *token,
                gpointer       user_data)
{
  LocalDoc *local = user_data;
  guint64 head;
  guint32 hash;
  guint32 i;
  guint32 t;

  /* nd_tokenize() leaves eight bytes past the text readable. */
  memcpy (&head, token->text, sizeof head);
  head &= head_mask (token->len);
  hash = local_hash (head, token->len);

  for (i = hash & local->slot_mask;; i = (i + 1) & local->slot_mask)
    {
      t = local->slots[i];
      if (t == 0 || local_term_equal (local, &local->terms[t - 1], token, head))
        break;
    }

  if (t == 0)
    t = local_doc_add_term (local, token, head, hash, i);

  if (local->in_title)
    local->terms[t - 1].title_tf++;
  else
    local->terms[t - 1].body_tf++;

  if (G_UNLIKELY (local->n_occ == local->occ_cap))
    {
      local->occ_cap *= 2;
      local->occ_term = g_renew (guint32, local->occ_term, local->occ_cap);
    }
  local->occ_term[local->n_occ++] = t - 1;
}

/* Tokenizes the title and the body, then groups the positions by term (a counting sort,
 * which keeps each term's positions in order). The title's words take positions 0 to
 * title_len - 1, and the body's start one further, so that no phrase spans the two. */
static void
local_doc_tokenize (LocalDoc  *local,
                    NdArticle *article)
{
  const char *title = nd_article_get_title (article);
  const char *body = nd_article_get_body (article);
  guint32 *fill;
  guint32 total = 0;

  local->in_title = TRUE;
  if (title != NULL)
    nd_tokenize_inline (title, -1, local_token_cb, local);
  local->title_len = local->n_occ;

  local->in_title = FALSE;
  if (body != NULL)
    nd_tokenize_inline (body, -1, local_token_cb, local);

  for (guint32 t = 0; t < local->n_terms; t++)
    {
      local->terms[t].first = total;
      total += local->terms[t].body_tf + local->terms[t].title_tf;
    }

  if (total > local->positions_cap)
    {
      local->positions_cap = MAX (total, local->positions_cap * 2);
      local->positions = g_renew (guint32, local->positions, local->positions_cap);
    }
  if (local->n_terms > local->fill_cap)
    {
      local->fill_cap = MAX (local->n_terms, local->fill_cap * 2);
      local->fill = g_renew (guint32, local->fill, local->fill_cap);
    }
  fill = local->fill;
  for (guint32 t = 0; t < local->n_terms; t++)
    fill[t] = local->terms[t].first;
  for (guint32 o = 0; o < local->title_len; o++)
    local->positions[fill[local->occ_term[o]]++] = o;
  for (guint32 o = local->title_len; o < local->n_occ; o++)
    local->positions[fill[local->occ_term[o]]++] = o + 1;
}

static guint32
local_doc_get_length (LocalDoc *local)
{
  guint32 body_len = local->n_occ - local->title_len;

  return body_len + TITLE_WEIGHT * local->title_len;
}

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

static void
tokenized_doc_clear (TokenizedDoc *tokenized)
{
  g_clear_pointer (&tokenized->source, g_free);
  g_clear_pointer (&tokenized->authors, g_ptr_array_unref);
}

/* Tokenizes @article and folds its names, all outside the lock. */
static void
tokenize_article (NdArticle    *article,
                  LocalDoc     *local,
                  TokenizedDoc *tokenized)
{
  const char *source = nd_article_get_source (article);
  const char * const *authors = nd_article_get_authors (article);

  local_doc_tokenize (local, article);

  tokenized->article = article;
  tokenized->terms = local->terms;
  tokenized->text = local->text;
  tokenized->positions = local->positions;
  tokenized->n_terms = local->n_terms;
  tokenized->title_len = local->title_len;
  tokenized->length = local_doc_get_length (local);
  tokenized->source = nd_fold_word (source != NULL ? source : "", -1);
  tokenized->authors = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; authors != NULL && authors[i] != NULL; i++)
    g_ptr_array_add (tokenized->authors, nd_fold_word (authors[i], -1));
}

/* Documents ---------------------------------------------------------------------------- */

static guint32
intern_name (NdSearchIndex *self,
             GPtrArray     *names,
             GHashTable    *ids,
             const char    *folded)
{
  gpointer value = g_hash_table_lookup (ids, folded);
  char *copy;

  if (value != NULL)
    return GPOINTER_TO_UINT (value) - 1;

  copy = g_strdup (folded);
  g_ptr_array_add (names, copy);
  g_hash_table_insert (ids, copy, GUINT_TO_POINTER (names->len));
  self->name_bytes += alloc_size (strlen (copy) + 1);

  return names->len - 1;
}

static void
grow_docs (NdSearchIndex *self)
{
  guint32 cap = MAX (1024, self->docs_cap * 2);
  guint32 old_words = (self->docs_cap + 63) / 64;
  guint32 new_words = (cap + 63) / 64;

  self->docs = g_renew (Doc, self->docs, cap);
  self->lengths = g_renew (guint32, self->lengths, cap);
  self->live = g_renew (guint64, self->live, new_words);
  memset (self->live + old_words, 0, (new_words - old_words) * sizeof (guint64));
  self->docs_cap = cap;
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

      term = lookup_term (self, text, lt->len, lt->hash);
      if (term == NULL)
        term = insert_term (self, text, lt->len, lt->hash);
      terms[t] = term;
    }
}

static void
append_postings (NdSearchIndex      *self,
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
 * ND_SEARCH_MAX_PREFIX_TERMS terms (see the top of the file). */
static void
resolve_word (NdSearchIndex *self,
              const char    *word,
              gboolean       prefix,
              GPtrArray     *out)
{
  gsize len = strlen (word);
  Term *exact = lookup_term (self, word, len, hash_bytes (word, len));
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

/* A phrase of exact words: the documents holding them all are found by moving one
 * cursor per word through the postings (each to the document of the one furthest ahead).
 * In each, the positions of the word with the fewest there are listed, those of the
 * others set in a bitmap per word, and each listed position is checked against the
 * bitmaps: a test per position, where walking the lists side by side mispredicts a
 * branch at almost every step when a word is as common as "the". The words of a phrase
 * each stand for one term: a word still being typed is no part of it (see eval_text()). */
static void
eval_phrase (Eval            *eval,
             const Prepared  *prepared,
             guint            n,
             gboolean         score,
             const guint64   *mask,
             guint64         *bits)
{
  NdSearchIndex *self = eval->self;
  gboolean title_only = prepared->atom->title_only;
  g_autofree Cursor *cursors = g_new0 (Cursor, n);
  g_autofree guint64 **position_bits = g_new0 (guint64 *, n);
  g_autoptr(GArray) hits = g_array_new (FALSE, FALSE, sizeof (PhraseHit));
  PositionBuffer starts = { NULL, 0, 0 };
  guint32 n_position_words = 0;
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
          guint32 title_len = self->docs[doc].title_len;
          /* The body starts at title_len + 1 and holds length - 2 × title_len words. */
          guint32 last_position = self->lengths[doc] - title_len;
          guint32 used_words = last_position / 64 + 1;
          guint32 title_count = 0;
          guint32 body_count = 0;
          guint driver = 0;

          if (used_words > n_position_words)
            {
              n_position_words = MAX (used_words, n_position_words * 2);
              for (guint w = 0; w < n; w++)
                {
                  g_free (position_bits[w]);
                  position_bits[w] = g_new0 (guint64, n_position_words);
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
                cursor_read_positions (&cursors[w], &starts);
              else
                cursor_mark_positions (&cursors[w], position_bits[w]);
            }

          for (guint32 j = 0; j < starts.len; j++)
            {
              guint32 start;
              gboolean found = TRUE;

              if (starts.data[j] < driver)
                continue;
              start = starts.data[j] - driver;
              if (title_only && start >= title_len)
                break;

              for (guint w = 0; w < n && found; w++)
                found = w == driver ||
                        (start + w <= last_position && get_bit (position_bits[w], start + w));

              if (!found)
                continue;
              /* The title ends with an empty position, so a phrase that starts in it
               * lies in it. */
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

          if (title_count + body_count > 0)
            {
              PhraseHit hit = { doc, body_count + TITLE_WEIGHT * title_count };

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
  g_free (starts.data);
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
              resolve_word (self, atom->words[w], atom->prefix && w == atom->n_words - 1,
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

/* Sorting ------------------------------------------------------------------------------ */

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

/* GObject ------------------------------------------------------------------------------ */

static void
nd_search_index_finalize (GObject *object)
{
  NdSearchIndex *self = (NdSearchIndex *)object;

  for (guint32 i = 0; i < self->n_slots; i++)
    {
      Term *term = self->slots[i];

      if (term == NULL)
        continue;
      g_free (term->docs);
      g_free (term->pos);
      g_free (term->doc_bits);
      g_free (term->extra);
      g_free (term);
    }
  g_free (self->slots);
  g_free (self->sorted);
  g_free (self->pending);
  g_free (self->resolved);

  for (guint32 doc = 0; doc < self->n_docs; doc++)
    g_clear_object (&self->docs[doc].article);
  g_free (self->docs);
  g_free (self->lengths);
  g_free (self->live);
  g_hash_table_unref (self->doc_by_article);
  g_hash_table_unref (self->excluded);

  g_hash_table_unref (self->source_ids);
  g_ptr_array_unref (self->sources);
  g_hash_table_unref (self->author_ids);
  g_ptr_array_unref (self->authors);
  g_array_unref (self->doc_authors);

  keepalive_unref (self->keepalive);
  g_rw_lock_clear (&self->lock);

  G_OBJECT_CLASS (nd_search_index_parent_class)->finalize (object);
}

/* The store hands the index what it loads, as it would to any NdArticleSink. */
static void
sink_add_many (NdArticleSink  *sink,
               NdArticle     **articles,
               guint           n_articles)
{
  nd_search_index_add_many (ND_SEARCH_INDEX (sink), articles, n_articles);
}

static void
sink_remove (NdArticleSink *sink,
             NdArticle     *article)
{
  nd_search_index_remove (ND_SEARCH_INDEX (sink), article);
}

static void
sink_exclude (NdArticleSink *sink,
              NdArticle     *article)
{
  nd_search_index_exclude (ND_SEARCH_INDEX (sink), article);
}

static void
nd_search_index_sink_init (NdArticleSinkInterface *iface)
{
  iface->add_many = sink_add_many;
  iface->remove = sink_remove;
  iface->exclude = sink_exclude;
}

static void
nd_search_index_class_init (NdSearchIndexClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = nd_search_index_finalize;
}

static void
nd_search_index_init (NdSearchIndex *self)
{
  g_rw_lock_init (&self->lock);
  self->doc_by_article = g_hash_table_new (NULL, NULL);
  self->excluded = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
  self->sources = g_ptr_array_new_with_free_func (g_free);
  self->source_ids = g_hash_table_new (g_str_hash, g_str_equal);
  self->authors = g_ptr_array_new_with_free_func (g_free);
  self->author_ids = g_hash_table_new (g_str_hash, g_str_equal);
  self->doc_authors = g_array_new (FALSE, FALSE, sizeof (guint32));
  self->keepalive = keepalive_new ();
}

/* Public API --------------------------------------------------------------------------- */

NdSearchIndex *
nd_search_index_new (void)
{
  return g_object_new (ND_TYPE_SEARCH_INDEX, NULL);
}

static gint64
published_seconds (NdArticle *article)
{
  GDateTime *published = nd_article_get_published (article);

  return published != NULL ? g_date_time_to_unix (published) : UNDATED;
}

/**
 * nd_search_index_add:
 * @article: the article to index; the index takes a reference
 *
 * Indexes the title and body of @article, and its source, authors and date for the
 * filters. Any thread may add while others search; an article already in the index is
 * not added again.
 */
void
nd_search_index_add (NdSearchIndex *self,
                     NdArticle     *article)
{
  g_return_if_fail (ND_IS_SEARCH_INDEX (self));
  g_return_if_fail (ND_IS_ARTICLE (article));

  nd_search_index_add_many (self, &article, 1);
}

/* Takes a document number for @tokenized and appends its postings; under the writer lock. */
static void
append_document_locked (NdSearchIndex      *self,
                        const TokenizedDoc *tokenized)
{
  NdArticle *article = tokenized->article;
  guint32 doc;
  Doc *info;

  if (g_hash_table_contains (self->doc_by_article, article))
    return;
  if (g_hash_table_remove (self->excluded, article))
    return;

  if (G_UNLIKELY (self->n_docs >= MAX_DOCS))
    {
      g_warning ("The search index is full; “%s” is not searchable",
                 nd_article_get_id (article));
      return;
    }

  if (self->n_docs == self->docs_cap)
    grow_docs (self);

  doc = self->n_docs++;
  info = &self->docs[doc];
  info->article = g_object_ref (article);
  info->published = published_seconds (article);
  info->title_len = tokenized->title_len;
  info->source_id = intern_name (self, self->sources, self->source_ids, tokenized->source);
  info->authors_start = self->doc_authors->len;
  info->n_authors = tokenized->authors->len;
  for (guint i = 0; i < tokenized->authors->len; i++)
    {
      guint32 id = intern_name (self, self->authors, self->author_ids,
                                g_ptr_array_index (tokenized->authors, i));

      g_array_append_val (self->doc_authors, id);
    }

  self->lengths[doc] = tokenized->length;
  self->total_length += self->lengths[doc];
  set_bit (self->live, doc);
  self->n_live++;
  g_hash_table_insert (self->doc_by_article, article, GUINT_TO_POINTER (doc + 1));

  append_postings (self, doc, tokenized);
}

/* Articles already indexed are not looked for here but when appending: taking the reader
 * lock here would wait for every append of another thread, which tokenizing is meant to
 * overlap. Adding an article twice is rare; it costs one wasted tokenizing. */
static void
tokenize_batch (NdArticle    **articles,
                guint          n_articles,
                TokenizedDoc  *batch)
{
  for (guint i = 0; i < n_articles; i++)
    tokenize_article (articles[i], local_doc_get (i), &batch[i]);
}

/**
 * nd_search_index_add_many:
 * @articles: (array length=n_articles): the articles to index; the index takes references
 *
 * Indexes @articles as nd_search_index_add() does, taking the lock that blocks searches
 * once per few hundred articles rather than once per article: a loader thread adding a
 * whole file at once then leaves the other threads (and searches) waiting less.
 */
void
nd_search_index_add_many (NdSearchIndex  *self,
                          NdArticle     **articles,
                          guint           n_articles)
{
  g_autofree TokenizedDoc *batch = NULL;

  g_return_if_fail (ND_IS_SEARCH_INDEX (self));
  g_return_if_fail (articles != NULL || n_articles == 0);

  batch = g_new0 (TokenizedDoc, MIN (n_articles, ADD_BATCH));

  for (guint first = 0; first < n_articles; first += ADD_BATCH)
    {
      guint n = MIN (ADD_BATCH, n_articles - first);

      /* Everything slow happens before taking the writer lock, which blocks searches. */
      tokenize_batch (articles + first, n, batch);

      g_rw_lock_writer_lock (&self->lock);
      for (guint i = 0; i < n; i++)
        append_document_locked (self, &batch[i]);
      g_rw_lock_writer_unlock (&self->lock);

      for (guint i = 0; i < n; i++)
        tokenized_doc_clear (&batch[i]);
    }
}

/* Takes @article's document out of the searches, if it has one; under the writer lock, with
 * @local holding the article's terms. Returns whether it had one. */
static gboolean
remove_locked (NdSearchIndex  *self,
               NdArticle      *article,
               const LocalDoc *local)
{
  gpointer value = g_hash_table_lookup (self->doc_by_article, article);
  guint32 doc;

  if (value == NULL)
    return FALSE;

  doc = GPOINTER_TO_UINT (value) - 1;
  g_hash_table_remove (self->doc_by_article, article);

  for (guint32 t = 0; t < local->n_terms; t++)
    {
      const LocalTerm *lt = &local->terms[t];
      Term *term = lookup_term (self, local->text + lt->text_offset, lt->len, lt->hash);

      if (term != NULL && term->n_live > 0)
        term->n_live--;
    }

  self->live[doc / 64] &= ~(G_GUINT64_CONSTANT (1) << (doc % 64));
  self->n_live--;
  self->total_length -= self->lengths[doc];

  g_ptr_array_add (self->keepalive->articles, g_steal_pointer (&self->docs[doc].article));
  keepalive_unref (self->keepalive);
  self->keepalive = keepalive_new ();

  return TRUE;
}

/**
 * nd_search_index_remove:
 * @article: an article added before
 *
 * Takes @article out of the index: searches no longer find it. Its postings stay (they
 * are skipped), so removing is cheap. Results of earlier searches keep the article alive
 * until they are freed. Removing an article that is not in the index does nothing.
 */
void
nd_search_index_remove (NdSearchIndex *self,
                        NdArticle     *article)
{
  LocalDoc *local;

  g_return_if_fail (ND_IS_SEARCH_INDEX (self));
  g_return_if_fail (ND_IS_ARTICLE (article));

  /* The terms whose document counts go down: the article's own, tokenized again. */
  local = local_doc_get (0);
  local_doc_tokenize (local, article);

  g_rw_lock_writer_lock (&self->lock);
  remove_locked (self, article, local);
  g_rw_lock_writer_unlock (&self->lock);
}

/**
 * nd_search_index_exclude:
 * @article: an article that is, or is about to be, added by another thread
 *
 * Keeps @article out of the index for good: removes it if it was added, and leaves it out
 * when it is added later. For the duplicates a load drops, which the loader's index threads
 * may not have reached yet.
 */
void
nd_search_index_exclude (NdSearchIndex *self,
                         NdArticle     *article)
{
  LocalDoc *local;

  g_return_if_fail (ND_IS_SEARCH_INDEX (self));
  g_return_if_fail (ND_IS_ARTICLE (article));

  local = local_doc_get (0);
  local_doc_tokenize (local, article);

  g_rw_lock_writer_lock (&self->lock);
  if (!remove_locked (self, article, local))
    g_hash_table_add (self->excluded, g_object_ref (article));
  g_rw_lock_writer_unlock (&self->lock);
}

/* Spelling suggestions. */

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

/**
 * nd_search_index_get_n_documents:
 *
 * Returns: how many articles the index holds (removed ones not counted)
 */
guint
nd_search_index_get_n_documents (NdSearchIndex *self)
{
  guint n;

  g_return_val_if_fail (ND_IS_SEARCH_INDEX (self), 0);

  g_rw_lock_reader_lock (&self->lock);
  n = self->n_live;
  g_rw_lock_reader_unlock (&self->lock);

  return n;
}

static gsize
hash_table_size (GHashTable *table)
{
  /* GLib keeps between a quarter and three quarters of its slots full, each slot a hash
   * and a key and a value pointer: count the middle. */
  return g_hash_table_size (table) * 2 * (sizeof (guint) + 2 * sizeof (gpointer));
}

/**
 * nd_search_index_get_memory_size:
 *
 * Estimates what the index takes in memory: the dictionary, the postings, the per-article
 * data and the name tables, with malloc's own overhead; not the articles themselves.
 *
 * Returns: the estimate, in bytes
 */
gsize
nd_search_index_get_memory_size (NdSearchIndex *self)
{
  gsize size;

  g_return_val_if_fail (ND_IS_SEARCH_INDEX (self), 0);

  g_rw_lock_reader_lock (&self->lock);

  size = sizeof *self;
  size += self->term_bytes;
  size += alloc_size (self->n_slots * sizeof (Term *));
  size += alloc_size (self->n_sorted * sizeof (Term *));
  size += alloc_size (self->pending_cap * sizeof (Term *));
  size += alloc_size (self->docs_cap * sizeof (Doc));
  size += alloc_size (self->docs_cap * sizeof (guint32));
  size += alloc_size ((self->docs_cap + 63) / 64 * sizeof (guint64));
  size += hash_table_size (self->doc_by_article);
  size += self->name_bytes;
  size += alloc_size ((self->sources->len + self->authors->len) * sizeof (gpointer));
  size += hash_table_size (self->source_ids) + hash_table_size (self->author_ids);
  size += alloc_size (self->doc_authors->len * sizeof (guint32));

  g_rw_lock_reader_unlock (&self->lock);

  return size;
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

/**
 * nd_search_index_search:
 * @query: what to find
 * @order: how to order the results
 *
 * Finds the live articles that match @query (every article for an empty query) and
 * scores them with BM25. May run on any thread, also while another thread adds.
 *
 * Returns: (transfer full): the results
 */
NdSearchResults *
nd_search_index_search (NdSearchIndex *self,
                        NdSearchQuery *query,
                        NdSearchOrder  order)
{
  GPtrArray *clauses;
  PreparedClause *prepared;
  g_autofree guint64 *result = NULL;
  g_autofree guint64 *clause_bits = NULL;
  g_autofree guint64 *atom_bits = NULL;
  g_autofree Item *items = NULL;
  NdArticle **articles;
  float *scores;
  ResultsOwner *owner;
  Eval eval = { 0 };
  gboolean scored;
  guint n_items = 0;
  gsize bitmap_size;

  g_return_val_if_fail (ND_IS_SEARCH_INDEX (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  clauses = _nd_search_query_get_clauses (query);
  scored = query_has_scored_words (clauses);

  g_rw_lock_reader_lock (&self->lock);

  eval.self = self;
  eval.n_docs = self->n_docs;
  eval.n_words = (self->n_docs + 63) / 64;
  eval.n_live = self->n_live;
  bitmap_size = MAX (eval.n_words, 1) * sizeof (guint64);

  if (scored)
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

  for (guint32 w = 0; w < eval.n_words; w++)
    n_items += __builtin_popcountll (result[w]);

  items = g_new (Item, MAX (n_items, 1));
  n_items = 0;
  for (guint32 w = 0; w < eval.n_words; w++)
    {
      guint64 word = result[w];

      while (word != 0)
        {
          guint32 doc = w * 64 + __builtin_ctzll (word);

          word &= word - 1;
          items[n_items].doc = doc;
          items[n_items].score = eval.scores != NULL ? eval.scores[doc] : 0.0f;
          n_items++;
        }
    }

  /* Without words every score is 0, and relevance order is date order. */
  sort_items (self, items, n_items, order == ND_SEARCH_ORDER_NEWEST || !scored);

  articles = g_new (NdArticle *, MAX (n_items, 1));
  scores = g_new (float, MAX (n_items, 1));
  for (guint i = 0; i < n_items; i++)
    {
      articles[i] = self->docs[items[i].doc].article;
      scores[i] = items[i].score;
    }

  owner = g_new (ResultsOwner, 1);
  owner->index = g_object_ref (self);
  owner->keepalive = keepalive_ref (self->keepalive);

  g_rw_lock_reader_unlock (&self->lock);

  g_free (eval.scores);
  g_free (eval.norms);

  return _nd_search_results_new (articles, scores, n_items, owner, results_owner_release);
}

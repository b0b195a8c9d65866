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
 * before keep the removed article alive (see Keepalive).
 *
 * Files: this one holds the class, the documents and the API; nd-search-index-private.h
 * the types the files share and the encoding of the postings. nd-search-index-tokenize.c
 * counts the terms of an article, -dictionary.c keeps the terms, -postings.c appends to
 * their postings, -eval.c evaluates a query, -rank.c orders what it found and -suggest.c
 * suggests spellings. */

#define G_LOG_DOMAIN "nd-search-index"

#include "config.h"

#include <string.h>

#include "search/nd-search-index-private.h"
#include "search/nd-search-query-private.h"
#include "search/nd-search-results-private.h"

/* A document gap shares its varint with four bits of counts. */
#define MAX_DOCS      ((1u << 28) - 1)

static void nd_search_index_sink_init (NdArticleSinkInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (NdSearchIndex, nd_search_index, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (ND_TYPE_ARTICLE_SINK,
                                                      nd_search_index_sink_init))

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

static gint64
published_seconds (NdArticle *article)
{
  GDateTime *published = nd_article_get_published (article);

  return published != NULL ? g_date_time_to_unix (published) : UNDATED;
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

  _nd_search_index_append_postings (self, doc, tokenized);
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
    _nd_tokenize_article (articles[i], _nd_local_doc_get (i), &batch[i]);
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
        _nd_tokenized_doc_clear (&batch[i]);
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
      Term *term = _nd_search_index_lookup_term (self, local->text + lt->text_offset,
                                                 lt->len, lt->hash);

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
  local = _nd_local_doc_get (0);
  _nd_local_doc_tokenize (local, article);

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

  local = _nd_local_doc_get (0);
  _nd_local_doc_tokenize (local, article);

  g_rw_lock_writer_lock (&self->lock);
  if (!remove_locked (self, article, local))
    g_hash_table_add (self->excluded, g_object_ref (article));
  g_rw_lock_writer_unlock (&self->lock);
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
  g_autofree guint64 *result = NULL;
  g_autofree float *doc_scores = NULL;
  NdArticle **articles;
  float *scores;
  ResultsOwner *owner;
  guint n_items;

  g_return_val_if_fail (ND_IS_SEARCH_INDEX (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  g_rw_lock_reader_lock (&self->lock);

  result = _nd_search_index_evaluate (self, _nd_search_query_get_clauses (query), &doc_scores);
  /* Without words every score is 0, and relevance order is date order. */
  n_items = _nd_search_index_rank (self, result, doc_scores,
                                   order == ND_SEARCH_ORDER_NEWEST || doc_scores == NULL,
                                   &articles, &scores);

  owner = g_new (ResultsOwner, 1);
  owner->index = g_object_ref (self);
  owner->keepalive = keepalive_ref (self->keepalive);

  g_rw_lock_reader_unlock (&self->lock);

  return _nd_search_results_new (articles, scores, n_items, owner, results_owner_release);
}

/* nd-search-index-tokenize.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* How NdSearchIndex counts the terms of an article: its title and body tokenized into
 * terms, each with its counts and positions, in scratch space kept per thread. All of it
 * runs outside the index's lock (see nd_search_index_add_many()). */

#define G_LOG_DOMAIN "nd-search-index"

#include "config.h"

#include <string.h>

#include "search/nd-fold.h"
#include "search/nd-fold-private.h"
#include "search/nd-search-index-private.h"

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
LocalDoc *
_nd_local_doc_get (guint i)
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
void
_nd_local_doc_tokenize (LocalDoc  *local,
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

void
_nd_tokenized_doc_clear (TokenizedDoc *tokenized)
{
  g_clear_pointer (&tokenized->source, g_free);
  g_clear_pointer (&tokenized->authors, g_ptr_array_unref);
}

/* Tokenizes @article and folds its names, all outside the lock. */
void
_nd_tokenize_article (NdArticle    *article,
                      LocalDoc     *local,
                      TokenizedDoc *tokenized)
{
  const char *source = nd_article_get_source (article);
  const char * const *authors = nd_article_get_authors (article);

  _nd_local_doc_tokenize (local, article);

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

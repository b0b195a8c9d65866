/* nd-search-results.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The articles a search found, best first, with their scores.
 *
 * A broad query finds every article, and the reader types a new one per keystroke, so the
 * results take no reference on each article (100,000 atomic increments and decrements
 * per keystroke would eat a good part of the time budget). Instead they hold one
 * reference on an owner that the search index hands over, which keeps every listed
 * article alive for as long as the results live, even if the index drops it meanwhile. */

#define G_LOG_DOMAIN "nd-search-results"

#include "config.h"

#include "search/nd-search-results-private.h"

struct _NdSearchResults
{
  gatomicrefcount   ref_count;
  NdArticle       **articles;
  float            *scores;
  guint             n_items;
  gpointer          owner;
  GDestroyNotify    owner_release;
  /* NdArticle → position + 1, built by the first nd_search_results_find(). */
  GHashTable       *positions;
};

G_DEFINE_BOXED_TYPE (NdSearchResults, nd_search_results, nd_search_results_ref,
                     nd_search_results_unref)

/* Takes @articles and @scores (g_malloc'ed, @n_items each) and a reference on @owner,
 * which @owner_release drops once the results are freed. */
NdSearchResults *
_nd_search_results_new (NdArticle      **articles,
                        float           *scores,
                        guint            n_items,
                        gpointer         owner,
                        GDestroyNotify   owner_release)
{
  NdSearchResults *self = g_new0 (NdSearchResults, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->articles = articles;
  self->scores = scores;
  self->n_items = n_items;
  self->owner = owner;
  self->owner_release = owner_release;

  return self;
}

NdSearchResults *
nd_search_results_ref (NdSearchResults *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);

  return self;
}

void
nd_search_results_unref (NdSearchResults *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_clear_pointer (&self->positions, g_hash_table_unref);
  g_free (self->articles);
  g_free (self->scores);
  if (self->owner_release != NULL)
    self->owner_release (self->owner);
  g_free (self);
}

guint
nd_search_results_get_n_items (NdSearchResults *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_items;
}

/**
 * nd_search_results_get_article:
 *
 * Returns: (transfer none): the article at @position, alive as long as @self is
 */
NdArticle *
nd_search_results_get_article (NdSearchResults *self,
                               guint            position)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (position < self->n_items, NULL);

  return self->articles[position];
}

/**
 * nd_search_results_get_score:
 *
 * Returns: the BM25 score of the article at @position (also when the results are in
 *   date order); 0 when the query had no words, only filters or exclusions
 */
double
nd_search_results_get_score (NdSearchResults *self,
                             guint            position)
{
  g_return_val_if_fail (self != NULL, 0.0);
  g_return_val_if_fail (position < self->n_items, 0.0);

  return self->scores[position];
}

/**
 * nd_search_results_find:
 * @position: (out) (optional): where @article is
 *
 * Tells whether @article is among the results, in constant time after the first call
 * (which builds a table). Not thread-safe: use the results from one thread at a time.
 *
 * Returns: whether @article was found
 */
gboolean
nd_search_results_find (NdSearchResults *self,
                        NdArticle       *article,
                        guint           *position)
{
  gpointer value;

  g_return_val_if_fail (self != NULL, FALSE);

  if (self->positions == NULL)
    {
      self->positions = g_hash_table_new (NULL, NULL);
      for (guint i = 0; i < self->n_items; i++)
        g_hash_table_insert (self->positions, self->articles[i], GUINT_TO_POINTER (i + 1));
    }

  value = g_hash_table_lookup (self->positions, article);
  if (value == NULL)
    return FALSE;

  if (position != NULL)
    *position = GPOINTER_TO_UINT (value) - 1;

  return TRUE;
}

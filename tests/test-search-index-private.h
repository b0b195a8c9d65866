/* test-search-index-private.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the files of test-search-index share: corpora written to a file, loaded and indexed,
 * and the ids a search finds, defined in test-search-index.c. */

#pragma once

#include <json-glib/json-glib.h>

#include "load/nd-article-store.h"
#include "search/nd-search-index-private.h"

/* Articles as the tests write them: NULL members are left out. */
typedef struct
{
  const char *id;
  const char *title;
  const char *source;
  const char *authors[4];
  const char *published;
  const char *body;
} Spec;

typedef struct
{
  char           *dir;
  NdArticleStore *store;
  NdSearchIndex  *index;
} Corpus;

void
add_spec (JsonBuilder *builder,
          const Spec  *spec);

void
corpus_load_json (Corpus      *corpus,
                  JsonBuilder *builder);

void
corpus_index_all (Corpus *corpus);

void
corpus_index_in_batches (Corpus *corpus,
                         GRand  *rand);

void
corpus_init (Corpus     *corpus,
             const Spec *specs,
             guint       n_specs);

void
corpus_clear (Corpus *corpus);

NdArticle *
corpus_get (Corpus     *corpus,
            const char *id);

char *
search_ids (NdSearchIndex *index,
            const char    *text,
            gboolean       prefix,
            NdSearchOrder  order);

int
compare_strings (gconstpointer a,
                 gconstpointer b);

char *
search_id_set (NdSearchIndex *index,
               const char    *text,
               gboolean       prefix);

/* test-search-index-generated.c */
void add_search_index_generated_tests (void);

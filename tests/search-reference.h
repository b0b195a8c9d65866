/* search-reference.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "model/nd-article.h"
#include "search/nd-search-query.h"

G_BEGIN_DECLS

/* A deliberately simple search, for the tests only: it keeps each article's words in
 * plain lists and checks every query against every article, with no index. The search
 * index must find exactly the articles it finds. */

typedef struct _SearchReference SearchReference;

SearchReference *search_reference_new      (void);
void             search_reference_free     (SearchReference *self);
void             search_reference_add      (SearchReference *self,
                                            NdArticle       *article);
void             search_reference_remove   (SearchReference *self,
                                            NdArticle       *article);
GPtrArray       *search_reference_find     (SearchReference *self,
                                            NdSearchQuery   *query);
GStrv            search_reference_tokenize (const char      *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SearchReference, search_reference_free)

G_END_DECLS

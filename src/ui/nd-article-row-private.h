/* nd-article-row-private.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nd-article-row.h"

G_BEGIN_DECLS

/* Only the tests call these: they stay out of the public header. */

NdArticle  *nd_article_row_get_article  (NdArticleRow *self);
char       *nd_article_row_dup_excerpt  (const char   *body);
char       *nd_article_row_dup_snippet_markup (NdSearchQuery *query,
                                               const char    *body);

G_END_DECLS

/* nd-article-row.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "model/nd-article.h"
#include "search/nd-search-query.h"

G_BEGIN_DECLS

#define ND_TYPE_ARTICLE_ROW (nd_article_row_get_type ())

G_DECLARE_FINAL_TYPE (NdArticleRow, nd_article_row, ND, ARTICLE_ROW, GtkWidget)

GtkWidget  *nd_article_row_new          (void);
void        nd_article_row_set_article  (NdArticleRow *self,
                                         NdArticle    *article);
void        nd_article_row_set_query    (NdArticleRow  *self,
                                         NdSearchQuery *query);

G_END_DECLS

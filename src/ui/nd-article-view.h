/* nd-article-view.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "model/nd-article.h"
#include "quotes/nd-quote-collection.h"
#include "search/nd-search-query.h"

G_BEGIN_DECLS

#define ND_TYPE_ARTICLE_VIEW (nd_article_view_get_type ())

G_DECLARE_FINAL_TYPE (NdArticleView, nd_article_view, ND, ARTICLE_VIEW, GtkWidget)

GtkWidget   *nd_article_view_new            (void);
NdArticle   *nd_article_view_get_article    (NdArticleView *self);
void         nd_article_view_set_article    (NdArticleView *self,
                                             NdArticle     *article);
double       nd_article_view_get_text_scale (NdArticleView *self);
void         nd_article_view_set_text_scale (NdArticleView *self,
                                             double         text_scale);
GtkTextView *nd_article_view_get_text_view  (NdArticleView *self);
const char  *nd_article_view_get_font       (NdArticleView *self);
void         nd_article_view_set_font       (NdArticleView *self,
                                             const char    *font);
int          nd_article_view_get_line_width (NdArticleView *self);
void         nd_article_view_set_line_width (NdArticleView *self,
                                             int            line_width);
gboolean     nd_article_view_scroll_to_offset (NdArticleView *self,
                                               guint          body_char_offset);

void         nd_article_view_set_query          (NdArticleView *self,
                                                 NdSearchQuery *query);
void         nd_article_view_set_statements     (NdArticleView *self,
                                                 GPtrArray     *statements);
void         nd_article_view_set_paired_statements (NdArticleView *self,
                                                    GPtrArray     *paired);
gboolean     nd_article_view_go_to_paired       (NdArticleView *self,
                                                 int            index);
gboolean     nd_article_view_select_next_match  (NdArticleView *self,
                                                 gboolean       backwards);

gboolean     nd_article_view_get_can_add_quote  (NdArticleView *self);
gboolean     nd_article_view_get_quote_range    (NdArticleView *self,
                                                 guint         *start,
                                                 guint         *end,
                                                 char         **text,
                                                 char         **speaker);
gboolean     nd_article_view_select_body_range  (NdArticleView *self,
                                                 guint          start,
                                                 guint          end);
void         nd_article_view_set_quote_collection (NdArticleView     *self,
                                                   NdQuoteCollection *collection);

G_END_DECLS

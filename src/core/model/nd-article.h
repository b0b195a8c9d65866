/* nd-article.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "model/nd-types.h"

G_BEGIN_DECLS

#define ND_TYPE_ARTICLE (nd_article_get_type ())

G_DECLARE_FINAL_TYPE (NdArticle, nd_article, ND, ARTICLE, GObject)

const char         *nd_article_get_id                (NdArticle  *self);
const char         *nd_article_get_title             (NdArticle  *self);
const char         *nd_article_get_source            (NdArticle  *self);
const char         *nd_article_get_raw_source        (NdArticle  *self);
const char * const *nd_article_get_authors           (NdArticle  *self);
const char         *nd_article_get_url               (NdArticle  *self);
GDateTime          *nd_article_get_published         (NdArticle  *self);
gboolean            nd_article_get_published_is_date (NdArticle  *self);
const char         *nd_article_get_language          (NdArticle  *self);
const char         *nd_article_get_body              (NdArticle  *self);
const char         *nd_article_get_file              (NdArticle  *self);
guint               nd_article_get_word_count        (NdArticle  *self);
char               *nd_article_dup_published_string  (NdArticle  *self);
int                 nd_article_compare_newest_first  (NdArticle  *a,
                                                      NdArticle  *b);

G_END_DECLS

/* nd-article-private.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "model/nd-article.h"

G_BEGIN_DECLS

/* Everything an article is made of, filled in by a format reader. The reader owns the
 * strings until _nd_article_new_take() steals them, so building an article from a parsed
 * file copies the (possibly large) body once, not twice. */
typedef struct
{
  char       *id;
  char       *title;
  char       *source;
  GStrv       authors;
  char       *url;
  GDateTime  *published;
  gboolean    published_is_date;
  char       *language;
  char       *body;
  char       *file;
  /* Set by a reader whose parser has checked that the body is UTF-8 (nd_json_read does),
   * which spares a second pass over the bulk of a file. Every other string is checked by
   * _nd_article_new_take(), so no article holds bytes that are not UTF-8, whichever parser
   * made them. */
  gboolean    body_checked;
} NdArticleFields;

NdArticle *_nd_article_new_take       (NdArticleFields *fields);
void       _nd_article_fields_clear   (NdArticleFields *fields);

G_END_DECLS

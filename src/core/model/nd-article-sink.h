/* nd-article-sink.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "model/nd-article.h"

G_BEGIN_DECLS

#define ND_TYPE_ARTICLE_SINK (nd_article_sink_get_type ())

G_DECLARE_INTERFACE (NdArticleSink, nd_article_sink, ND, ARTICLE_SINK, GObject)

/**
 * NdArticleSinkInterface:
 * @add_many: takes articles as soon as their file is parsed, from the loader's threads,
 *   before the store has dropped duplicates; must be safe to call from several threads
 * @remove: the store no longer holds @article (main thread)
 * @exclude: @article was a duplicate the store dropped: forget it, also if it is only
 *   added later (main thread)
 *
 * Whatever is derived from the articles as they load (the search index, say) without the
 * loading code knowing what it is: loading depends on the model, never on search.
 */
struct _NdArticleSinkInterface
{
  GTypeInterface parent_iface;

  void (*add_many) (NdArticleSink  *self,
                    NdArticle     **articles,
                    guint           n_articles);
  void (*remove)   (NdArticleSink  *self,
                    NdArticle      *article);
  void (*exclude)  (NdArticleSink  *self,
                    NdArticle      *article);
};

void nd_article_sink_add_many (NdArticleSink  *self,
                               NdArticle     **articles,
                               guint           n_articles);
void nd_article_sink_remove   (NdArticleSink  *self,
                               NdArticle      *article);
void nd_article_sink_exclude  (NdArticleSink  *self,
                               NdArticle      *article);

G_END_DECLS

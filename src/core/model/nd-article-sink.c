/* nd-article-sink.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "model/nd-article-sink.h"

G_DEFINE_INTERFACE (NdArticleSink, nd_article_sink, G_TYPE_OBJECT)

static void
nd_article_sink_default_init (NdArticleSinkInterface *iface)
{
}

void
nd_article_sink_add_many (NdArticleSink  *self,
                          NdArticle     **articles,
                          guint           n_articles)
{
  g_return_if_fail (ND_IS_ARTICLE_SINK (self));

  ND_ARTICLE_SINK_GET_IFACE (self)->add_many (self, articles, n_articles);
}

void
nd_article_sink_remove (NdArticleSink *self,
                        NdArticle     *article)
{
  g_return_if_fail (ND_IS_ARTICLE_SINK (self));

  ND_ARTICLE_SINK_GET_IFACE (self)->remove (self, article);
}

void
nd_article_sink_exclude (NdArticleSink *self,
                         NdArticle     *article)
{
  g_return_if_fail (ND_IS_ARTICLE_SINK (self));

  ND_ARTICLE_SINK_GET_IFACE (self)->exclude (self, article);
}

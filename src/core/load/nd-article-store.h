/* nd-article-store.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "model/nd-article.h"
#include "model/nd-load-error.h"
#include "model/nd-article-sink.h"

G_BEGIN_DECLS

#define ND_TYPE_ARTICLE_STORE (nd_article_store_get_type ())

G_DECLARE_FINAL_TYPE (NdArticleStore, nd_article_store, ND, ARTICLE_STORE, GObject)

NdArticleStore *nd_article_store_new              (void);
void            nd_article_store_load_async       (NdArticleStore       *self,
                                                   GFile               **files,
                                                   guint                 n_files,
                                                   GCancellable         *cancellable,
                                                   GAsyncReadyCallback   callback,
                                                   gpointer              user_data);
gboolean        nd_article_store_load_finish      (NdArticleStore       *self,
                                                   GAsyncResult         *result,
                                                   GError              **error);
gboolean        nd_article_store_load_sync        (NdArticleStore       *self,
                                                   GFile               **files,
                                                   guint                 n_files,
                                                   GCancellable         *cancellable,
                                                   GError              **error);
void            nd_article_store_clear            (NdArticleStore       *self);
guint           nd_article_store_forget_file      (NdArticleStore       *self,
                                                   const char           *file);
guint           nd_article_store_forget_folder    (NdArticleStore       *self,
                                                   const char           *folder);
guint           nd_article_store_keep_only        (NdArticleStore       *self,
                                                   GPtrArray            *articles);
NdArticle      *nd_article_store_lookup           (NdArticleStore       *self,
                                                   const char           *id);
gboolean        nd_article_store_get_loading      (NdArticleStore       *self);
guint           nd_article_store_get_files_done   (NdArticleStore       *self);
guint           nd_article_store_get_files_total  (NdArticleStore       *self);
guint64         nd_article_store_get_bytes_done   (NdArticleStore       *self);
guint64         nd_article_store_get_bytes_total  (NdArticleStore       *self);
GPtrArray      *nd_article_store_get_errors       (NdArticleStore       *self);
guint           nd_article_store_count_failures   (NdArticleStore       *self);

NdArticleSink  *nd_article_store_get_sink         (NdArticleStore       *self);
void            nd_article_store_set_sink_type    (NdArticleStore       *self,
                                                   GType                 sink_type);

GFile          *nd_article_store_sample_file      (void);

G_END_DECLS

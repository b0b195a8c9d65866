/* nd-article-loader.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "model/nd-article-sink.h"

G_BEGIN_DECLS

/* What the loader hands to the main context at a time: the articles (NdArticle) and
 * problems (NdLoadError) found since the last batch, in file order, and the progress. */
typedef struct
{
  GPtrArray *articles;
  GPtrArray *errors;
  guint      files_done;
  guint      files_total;
  guint64    bytes_done;
  guint64    bytes_total;
  gboolean   finished;
} NdLoadBatch;

/* Runs on the main context the loader was started from. The batch is borrowed: steal
 * what is kept. The call with `finished` set is the last one. */
typedef void (*NdLoadBatchFunc) (NdLoadBatch *batch,
                                 gpointer     user_data);

/* @sink, when given, receives every article as soon as its file is parsed, from a pool
 * of threads beside the parsers, so that (for the search index) search works while
 * loading. */
void _nd_article_loader_start (GPtrArray       *roots,
                               NdArticleSink   *sink,
                               GCancellable    *cancellable,
                               NdLoadBatchFunc  batch_func,
                               gpointer         user_data,
                               GDestroyNotify   user_data_free);

G_END_DECLS

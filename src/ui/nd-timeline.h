/* nd-timeline.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "model/nd-article.h"

G_BEGIN_DECLS

#define ND_TYPE_TIMELINE (nd_timeline_get_type ())

G_DECLARE_FINAL_TYPE (NdTimeline, nd_timeline, ND, TIMELINE, GtkWidget)

/**
 * NdTimelineMentionFinder:
 * @article: the article to read
 * @user_data: what was given with the finder
 *
 * Finds the dates an article mentions. Called in a worker thread, one article at a time.
 *
 * Returns: (transfer full) (element-type NdDateMention) (nullable): the mentions
 */
typedef GPtrArray *(*NdTimelineMentionFinder) (NdArticle *article,
                                               gpointer   user_data);

GtkWidget  *nd_timeline_new                   (void);
void        nd_timeline_set_model             (NdTimeline              *self,
                                               GListModel              *articles);
GListModel *nd_timeline_get_model             (NdTimeline              *self);
void        nd_timeline_set_visible_articles  (NdTimeline              *self,
                                               GListModel              *visible);
NdArticle  *nd_timeline_get_selected_article  (NdTimeline              *self);
void        nd_timeline_set_selected_article  (NdTimeline              *self,
                                               NdArticle               *article);
void        nd_timeline_set_mention_finder    (NdTimeline              *self,
                                               NdTimelineMentionFinder  finder,
                                               gpointer                 user_data,
                                               GDestroyNotify           destroy);
void        nd_timeline_get_visible_range     (NdTimeline              *self,
                                               double                  *start,
                                               double                  *end);
void        nd_timeline_set_visible_range     (NdTimeline              *self,
                                               double                   start,
                                               double                   end);
void        nd_timeline_zoom_to_fit           (NdTimeline              *self);
guint       nd_timeline_get_n_dated           (NdTimeline              *self);
guint       nd_timeline_get_n_undated         (NdTimeline              *self);
guint       nd_timeline_get_n_mentions        (NdTimeline              *self);
guint       nd_timeline_get_n_selected_mentions (NdTimeline            *self);
gboolean    nd_timeline_get_finding_mentions  (NdTimeline              *self);
gboolean    nd_timeline_get_mark_position     (NdTimeline              *self,
                                               NdArticle               *article,
                                               double                  *x,
                                               double                  *y);
gboolean    nd_timeline_find_cluster          (NdTimeline              *self,
                                               guint                    min_count,
                                               double                  *x,
                                               double                  *y,
                                               guint                   *count);
gboolean    nd_timeline_get_mention_position  (NdTimeline              *self,
                                               guint                    index,
                                               double                  *x,
                                               double                  *y);
gboolean    nd_timeline_is_dimmed             (NdTimeline              *self,
                                               NdArticle               *article);
char       *nd_timeline_dup_text_at           (NdTimeline              *self,
                                               double                   x,
                                               double                   y);

G_END_DECLS

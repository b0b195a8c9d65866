/* nd-timeline-test-private.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What NdTimeline shows tests and the benchmark beyond its public API: another way to find
 * mentions, the view, counts, where things are drawn and what their tooltips say. */

#pragma once

#include <gtk/gtk.h>

#include "nd-timeline.h"

G_BEGIN_DECLS

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

guint       _nd_timeline_get_source_color     (NdTimeline              *self,
                                               const char              *name);
guint       _nd_timeline_get_n_tooltips       (NdTimeline              *self);
guint       _nd_timeline_get_n_inputs         (NdTimeline              *self);

G_END_DECLS

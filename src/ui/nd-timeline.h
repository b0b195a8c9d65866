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

GtkWidget  *nd_timeline_new                   (void);
void        nd_timeline_set_model             (NdTimeline              *self,
                                               GListModel              *articles);
GListModel *nd_timeline_get_model             (NdTimeline              *self);
void        nd_timeline_set_visible_articles  (NdTimeline              *self,
                                               GListModel              *visible);
NdArticle  *nd_timeline_get_selected_article  (NdTimeline              *self);
void        nd_timeline_set_selected_article  (NdTimeline              *self,
                                               NdArticle               *article);

G_END_DECLS

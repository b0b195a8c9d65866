/* nd-side-by-side-view.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "model/nd-article.h"
#include "nd-article-view.h"

G_BEGIN_DECLS

#define ND_TYPE_SIDE_BY_SIDE_VIEW (nd_side_by_side_view_get_type ())

G_DECLARE_FINAL_TYPE (NdSideBySideView, nd_side_by_side_view, ND, SIDE_BY_SIDE_VIEW, GtkWidget)

GtkWidget     *nd_side_by_side_view_new            (void);
void           nd_side_by_side_view_set_articles   (NdSideBySideView *self,
                                                    NdArticle        *left,
                                                    NdArticle        *right,
                                                    int               left_offset);
NdArticle     *nd_side_by_side_view_get_article    (NdSideBySideView *self,
                                                    guint             side);
NdArticleView *nd_side_by_side_view_get_reader     (NdSideBySideView *self,
                                                    guint             side);
gboolean       nd_side_by_side_view_is_busy        (NdSideBySideView *self);
GPtrArray     *nd_side_by_side_view_get_shared     (NdSideBySideView *self);
int            nd_side_by_side_view_get_current    (NdSideBySideView *self);
gboolean       nd_side_by_side_view_select_next    (NdSideBySideView *self,
                                                    gboolean          backwards);
gboolean       nd_side_by_side_view_focus_reader   (NdSideBySideView *self);

G_END_DECLS

/* nd-sidebar.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "compare/nd-story-list.h"
#include "model/nd-article.h"
#include "search/nd-search-query.h"

G_BEGIN_DECLS

#define ND_TYPE_SIDEBAR (nd_sidebar_get_type ())

G_DECLARE_FINAL_TYPE (NdSidebar, nd_sidebar, ND, SIDEBAR, GtkWidget)

void        nd_sidebar_set_model            (NdSidebar   *self,
                                             GListModel  *articles);
GListModel *nd_sidebar_get_visible_articles (NdSidebar   *self);
NdArticle  *nd_sidebar_get_selected_article (NdSidebar   *self);
void        nd_sidebar_select_article       (NdSidebar   *self,
                                             NdArticle   *article);
gboolean    nd_sidebar_select_next          (NdSidebar   *self);
gboolean    nd_sidebar_select_previous      (NdSidebar   *self);
void        nd_sidebar_set_search           (NdSidebar     *self,
                                             NdSearchQuery *query,
                                             GListModel    *results);
void        nd_sidebar_set_suggestion       (NdSidebar     *self,
                                             const char    *suggestion);
void        nd_sidebar_set_stories          (NdSidebar     *self,
                                             NdStoryList   *stories);
gboolean    nd_sidebar_get_show_stories     (NdSidebar     *self);
void        nd_sidebar_set_show_stories     (NdSidebar     *self,
                                             gboolean       show_stories);
NdStory    *nd_sidebar_get_selected_story   (NdSidebar     *self);

G_END_DECLS

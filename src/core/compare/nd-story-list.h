/* nd-story-list.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "compare/nd-story.h"
#include "model/nd-article.h"

G_BEGIN_DECLS

#define ND_TYPE_STORY_LIST (nd_story_list_get_type ())

G_DECLARE_FINAL_TYPE (NdStoryList, nd_story_list, ND, STORY_LIST, GObject)

NdStoryList *nd_story_list_new          (void);
void         nd_story_list_set_articles (NdStoryList *self,
                                         GListModel  *articles);
GListModel  *nd_story_list_get_articles (NdStoryList *self);
gboolean     nd_story_list_get_busy     (NdStoryList *self);
NdStory     *nd_story_list_find_story   (NdStoryList *self,
                                         NdArticle   *article);
NdStory     *nd_story_list_lookup       (NdStoryList *self,
                                         const char  *id);

G_END_DECLS

/* nd-story-grouper.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "compare/nd-story.h"
#include "model/nd-article.h"

G_BEGIN_DECLS

#define ND_TYPE_STORY_GROUPER (nd_story_grouper_get_type ())

G_DECLARE_FINAL_TYPE (NdStoryGrouper, nd_story_grouper, ND, STORY_GROUPER, GObject)

NdStoryGrouper *nd_story_grouper_new            (void);
void            nd_story_grouper_add_article    (NdStoryGrouper *self,
                                                 NdArticle      *article);
guint           nd_story_grouper_get_n_articles (NdStoryGrouper *self);
GPtrArray      *nd_story_grouper_dup_stories    (NdStoryGrouper *self);
gsize           nd_story_grouper_get_memory     (NdStoryGrouper *self);

G_END_DECLS

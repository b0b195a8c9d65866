/* nd-story.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "model/nd-article.h"

G_BEGIN_DECLS

#define ND_TYPE_STORY (nd_story_get_type ())

G_DECLARE_FINAL_TYPE (NdStory, nd_story, ND, STORY, GObject)

const char         *nd_story_get_id         (NdStory *self);
const char         *nd_story_get_label      (NdStory *self);
guint               nd_story_get_n_articles (NdStory *self);
NdArticle          *nd_story_get_article    (NdStory *self,
                                             guint    index);
const char * const *nd_story_get_outlets    (NdStory *self);
GDateTime          *nd_story_get_first      (NdStory *self);
GDateTime          *nd_story_get_last       (NdStory *self);
gboolean            nd_story_contains       (NdStory   *self,
                                             NdArticle *article);

G_END_DECLS

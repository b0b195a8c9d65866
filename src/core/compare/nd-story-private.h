/* nd-story-private.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "compare/nd-story.h"

G_BEGIN_DECLS

/* @articles: (transfer full), newest first; @label_article: the member whose headline
 * names the story. */
NdStory *_nd_story_new (const char *id,
                        GPtrArray  *articles,
                        NdArticle  *label_article);

void     _nd_story_set_id (NdStory    *self,
                           const char *id);

G_END_DECLS

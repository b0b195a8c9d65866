/* nd-story-row.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "compare/nd-story.h"

G_BEGIN_DECLS

#define ND_TYPE_STORY_ROW (nd_story_row_get_type ())

G_DECLARE_FINAL_TYPE (NdStoryRow, nd_story_row, ND, STORY_ROW, GtkWidget)

GtkWidget *nd_story_row_new       (void);
void       nd_story_row_set_story (NdStoryRow *self,
                                   NdStory    *story);
NdStory   *nd_story_row_get_story (NdStoryRow *self);

G_END_DECLS

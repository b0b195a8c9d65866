/* nd-story-list-private.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "compare/nd-story-list.h"

G_BEGIN_DECLS

/* For the tests: gathering a few articles a turn lets them change the list meanwhile. */
void  _nd_story_list_set_gather_step (NdStoryList *self,
                                      guint        step);
guint _nd_story_list_get_n_gathered  (NdStoryList *self);

G_END_DECLS

/* nd-sidebar-test-private.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What NdSidebar shows tests and the benchmarks beyond its public API: the accessors of
 * the properties that the application only reaches through the properties themselves, and
 * choosing a story as a click on its row does. */

#pragma once

#include <gtk/gtk.h>

#include "nd-sidebar.h"

G_BEGIN_DECLS

GtkWidget  *nd_sidebar_new                  (void);

GListModel *nd_sidebar_get_model            (NdSidebar   *self);
guint       nd_sidebar_get_selected_position (NdSidebar *self);
const char *nd_sidebar_get_sort_order       (NdSidebar   *self);
void        nd_sidebar_set_sort_order       (NdSidebar   *self,
                                             const char  *sort_order);
void        nd_sidebar_set_filter           (NdSidebar   *self,
                                             GtkFilter   *filter);
GtkFilter  *nd_sidebar_get_filter           (NdSidebar   *self);
guint       nd_sidebar_get_n_visible        (NdSidebar   *self);
GtkWidget  *nd_sidebar_get_stories_view     (NdSidebar   *self);
void        nd_sidebar_select_story         (NdSidebar   *self,
                                             NdStory     *story);

G_END_DECLS

/* nd-sidebar-private.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nd-sidebar.h"

G_BEGIN_DECLS

/* Only the tests call these: they stay out of the public header. */

GtkWidget  *nd_sidebar_new                  (void);
GListModel *nd_sidebar_get_model            (NdSidebar   *self);
const char *nd_sidebar_get_sort_order       (NdSidebar   *self);
void        nd_sidebar_set_sort_order       (NdSidebar   *self,
                                             const char  *sort_order);
void        nd_sidebar_set_filter           (NdSidebar   *self,
                                             GtkFilter   *filter);
GtkFilter  *nd_sidebar_get_filter           (NdSidebar   *self);
guint       nd_sidebar_get_selected_position (NdSidebar *self);
guint       nd_sidebar_get_n_visible        (NdSidebar   *self);

G_END_DECLS

/* nd-folder-watcher-private.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "load/nd-folder-watcher.h"

G_BEGIN_DECLS

/* For tests: they wait for conditions, never for fixed times. */

gboolean nd_folder_watcher_is_walking      (NdFolderWatcher *self);
void     nd_folder_watcher_set_settle_time (NdFolderWatcher *self,
                                            guint            ms);
gboolean nd_folder_watcher_is_watching     (NdFolderWatcher *self,
                                            GFile           *folder);
guint    nd_folder_watcher_get_n_folders   (NdFolderWatcher *self);

G_END_DECLS

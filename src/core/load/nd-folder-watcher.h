/* nd-folder-watcher.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define ND_TYPE_FOLDER_WATCHER (nd_folder_watcher_get_type ())

G_DECLARE_FINAL_TYPE (NdFolderWatcher, nd_folder_watcher, ND, FOLDER_WATCHER, GObject)

/**
 * NdFolderChange:
 * @file: the article file or the folder that changed
 * @is_folder: whether @file is (or, when it went, was) a folder
 *
 * One entry of the #NdFolderWatcher::changed signal: whatever was read from @file (or,
 * for a folder, from anything inside it) is out of date, and @file is to be read again
 * if it still exists.
 */
typedef struct
{
  GFile    *file;
  gboolean  is_folder;
} NdFolderChange;

NdFolderWatcher *nd_folder_watcher_new            (void);
void             nd_folder_watcher_watch          (NdFolderWatcher *self,
                                                   GFile           *folder);

G_END_DECLS

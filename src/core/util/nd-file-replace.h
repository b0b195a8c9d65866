/* nd-file-replace.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

char     *nd_file_replace_resolve          (const char  *path,
                                            GError     **error);
gboolean  nd_file_replace_contents         (const char  *path,
                                            const char  *contents,
                                            gsize        length,
                                            int          new_mode,
                                            GError     **error);
guint     nd_file_replace_remove_leftovers (const char  *path);

G_END_DECLS

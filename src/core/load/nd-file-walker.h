/* nd-file-walker.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "model/nd-load-error.h"

G_BEGIN_DECLS

/* Larger files are refused rather than read whole into memory. */
#define ND_FILE_WALKER_MAX_FILE_SIZE (256u * 1024u * 1024u)

typedef struct
{
  GFile   *file;
  char    *display_name;   /* a path for local files, a URI otherwise */
  guint64  size;
} NdWalkEntry;

/* Called from the walking thread; each takes ownership of its argument. */
typedef void (*NdWalkEntryFunc) (NdWalkEntry *entry,
                                 gpointer     user_data);
typedef void (*NdWalkErrorFunc) (NdLoadError *error,
                                 gpointer     user_data);

void       nd_walk_entry_free     (NdWalkEntry     *entry);
void       nd_file_walker_walk    (GPtrArray       *roots,
                                   GCancellable    *cancellable,
                                   NdWalkEntryFunc  entry_func,
                                   NdWalkErrorFunc  error_func,
                                   gpointer         user_data);
char      *nd_file_walker_display_name (GFile   *file);
gboolean   nd_file_walker_is_article_name (const char *name);

G_END_DECLS

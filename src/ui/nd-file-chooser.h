/* nd-file-chooser.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef enum
{
  ND_FILE_CHOOSER_OPEN_FILES,
  ND_FILE_CHOOSER_OPEN_FOLDERS,
  ND_FILE_CHOOSER_SAVE,
} NdFileChooserAction;

/* What to ask; every field but @action and @title may be left unset. */
typedef struct
{
  NdFileChooserAction  action;
  const char          *title;
  const char          *accept_label;    /* GTK 4.8 only: GtkFileDialog picks its own */
  GFile               *initial_folder;
  const char          *initial_name;    /* for ND_FILE_CHOOSER_SAVE */
  GtkFileFilter       *filter;
} NdFileChooserRequest;

/* Called with what the user chose, at least one file; never if they cancelled. */
typedef void (*NdFileChooserFunc) (gpointer              owner,
                                   NdFileChooserAction   action,
                                   GFile               **files,
                                   guint                 n_files,
                                   gpointer              user_data);

void nd_file_chooser_run (GtkWindow                  *parent,
                          const NdFileChooserRequest *request,
                          gpointer                    owner,
                          NdFileChooserFunc           func,
                          gpointer                    user_data);

G_END_DECLS

/* nd-load-errors-dialog.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define ND_TYPE_LOAD_ERRORS_DIALOG (nd_load_errors_dialog_get_type ())

G_DECLARE_FINAL_TYPE (NdLoadErrorsDialog, nd_load_errors_dialog, ND, LOAD_ERRORS_DIALOG, GtkWindow)

GtkWindow *nd_load_errors_dialog_new       (GtkWindow *parent,
                                            GPtrArray *errors);

G_END_DECLS

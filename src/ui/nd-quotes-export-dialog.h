/* nd-quotes-export-dialog.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "quotes/nd-quote-export.h"

G_BEGIN_DECLS

#define ND_TYPE_QUOTES_EXPORT_DIALOG (nd_quotes_export_dialog_get_type ())

G_DECLARE_FINAL_TYPE (NdQuotesExportDialog, nd_quotes_export_dialog, ND, QUOTES_EXPORT_DIALOG,
                      GtkWindow)

NdQuotesExportDialog *nd_quotes_export_dialog_new        (GtkWindow            *parent,
                                                          guint                 n_quotes,
                                                          gboolean              selected);
void                  nd_quotes_export_dialog_set_format (NdQuotesExportDialog *self,
                                                          NdQuoteFormat         format);
gboolean              nd_quotes_export_dialog_get_byte_order_mark (NdQuotesExportDialog *self);
void                  nd_quotes_export_dialog_set_byte_order_mark (NdQuotesExportDialog *self,
                                                                   gboolean              byte_order_mark);

G_END_DECLS

/* nd-quotes-panel.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "quotes/nd-quote-collection.h"
#include "quotes/nd-quote-export.h"

G_BEGIN_DECLS

#define ND_TYPE_QUOTES_PANEL (nd_quotes_panel_get_type ())

G_DECLARE_FINAL_TYPE (NdQuotesPanel, nd_quotes_panel, ND, QUOTES_PANEL, GtkWidget)

GtkWidget         *nd_quotes_panel_new               (void);
NdQuoteCollection *nd_quotes_panel_get_collection    (NdQuotesPanel     *self);
void               nd_quotes_panel_set_collection    (NdQuotesPanel     *self,
                                                      NdQuoteCollection *collection);
GtkSelectionModel *nd_quotes_panel_get_selection     (NdQuotesPanel     *self);
GPtrArray         *nd_quotes_panel_dup_export_quotes (NdQuotesPanel     *self);
gboolean           nd_quotes_panel_export_to_file    (NdQuotesPanel     *self,
                                                      NdQuoteFormat      format,
                                                      GFile             *file,
                                                      GError           **error);
void               nd_quotes_panel_show_message      (NdQuotesPanel     *self,
                                                      const char        *message);
const char        *nd_quotes_panel_get_message       (NdQuotesPanel     *self);

G_END_DECLS

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
void               nd_quotes_panel_set_collection    (NdQuotesPanel     *self,
                                                      NdQuoteCollection *collection);
void               nd_quotes_panel_show_message      (NdQuotesPanel     *self,
                                                      const char        *message);

G_END_DECLS

/* nd-quote-row.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "quotes/nd-quote.h"

G_BEGIN_DECLS

#define ND_TYPE_QUOTE_ROW (nd_quote_row_get_type ())

G_DECLARE_FINAL_TYPE (NdQuoteRow, nd_quote_row, ND, QUOTE_ROW, GtkWidget)

GtkWidget *nd_quote_row_new          (void);
NdQuote   *nd_quote_row_get_quote    (NdQuoteRow *self);
void       nd_quote_row_set_quote    (NdQuoteRow *self,
                                      NdQuote    *quote);

G_END_DECLS

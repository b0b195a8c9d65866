/* nd-quotes-panel-private.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nd-quotes-panel.h"

G_BEGIN_DECLS

/* Only the tests call these: they stay out of the public header. */

NdQuoteCollection *nd_quotes_panel_get_collection    (NdQuotesPanel     *self);
GtkSelectionModel *nd_quotes_panel_get_selection     (NdQuotesPanel     *self);
GPtrArray         *nd_quotes_panel_dup_export_quotes (NdQuotesPanel     *self);
gboolean           nd_quotes_panel_export_to_file    (NdQuotesPanel     *self,
                                                      NdQuoteFormat      format,
                                                      GFile             *file,
                                                      GError           **error);
const char        *nd_quotes_panel_get_message       (NdQuotesPanel     *self);

G_END_DECLS

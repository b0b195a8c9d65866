/* nd-quotes-export-dialog-private.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nd-quotes-export-dialog.h"

G_BEGIN_DECLS

/* Only the tests call these: they stay out of the public header. */

NdQuoteFormat         nd_quotes_export_dialog_get_format (NdQuotesExportDialog *self);

G_END_DECLS

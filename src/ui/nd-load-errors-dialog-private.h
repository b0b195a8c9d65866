/* nd-load-errors-dialog-private.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nd-load-errors-dialog.h"

G_BEGIN_DECLS

/* Only the tests call these: they stay out of the public header. */

guint      nd_load_errors_dialog_get_n_rows (NdLoadErrorsDialog *self);

G_END_DECLS

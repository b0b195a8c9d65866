/* nd-quote-row-private.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nd-quote-row.h"

G_BEGIN_DECLS

/* Only the tests call these: they stay out of the public header. */

GtkEditable *nd_quote_row_get_speaker_entry (NdQuoteRow *self);
GtkEditable *nd_quote_row_get_note_entry    (NdQuoteRow *self);

G_END_DECLS

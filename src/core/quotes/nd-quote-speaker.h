/* nd-quote-speaker.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean nd_quote_speaker_same_person (const char *a,
                                       const char *b);

G_END_DECLS

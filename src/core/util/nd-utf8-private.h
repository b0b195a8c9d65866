/* nd-utf8-private.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char     *_nd_utf8_finish   (GString    *string);
gunichar *_nd_utf8_to_chars (const char *text,
                            glong      *n_chars);

G_END_DECLS

/* nd-date.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean  nd_date_parse         (const char  *text,
                                 GDateTime  **out_datetime,
                                 gboolean    *out_date_only);
char     *nd_date_format_json   (GDateTime   *datetime,
                                 gboolean     date_only);

G_END_DECLS

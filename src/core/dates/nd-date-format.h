/* nd-date-format.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *nd_date_format_relative (GDateTime *date,
                               gboolean   date_only,
                               GDateTime *now);
char *nd_date_format_full     (GDateTime *date,
                               gboolean   date_only);
char *nd_date_format_with_names (GDateTime  *datetime,
                                 const char *format);

G_END_DECLS

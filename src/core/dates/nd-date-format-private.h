/* nd-date-format-private.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dates/nd-date-format.h"

G_BEGIN_DECLS

/* Only the tests call these: they stay out of the public header. */

char *nd_date_format_time     (GDateTime *date);

G_END_DECLS

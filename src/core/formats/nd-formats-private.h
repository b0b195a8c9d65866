/* nd-formats-private.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "formats/nd-formats.h"

G_BEGIN_DECLS

/* Only the tests call these: they stay out of the public header. */

const char *nd_format_to_string (NdFormat     format);

G_END_DECLS

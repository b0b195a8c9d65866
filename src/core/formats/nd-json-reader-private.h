/* nd-json-reader-private.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "formats/nd-json-reader.h"

G_BEGIN_DECLS

/* Only the tests call these: they stay out of the public header. */

JsonNode *nd_json_read      (const char      *data,
                             gsize            length,
                             guint            depth_limit);

G_END_DECLS

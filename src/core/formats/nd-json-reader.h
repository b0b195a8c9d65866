/* nd-json-reader.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

typedef enum
{
  ND_JSON_READ_BIG_NUMBERS_AS_TEXT = 1 << 0,
} NdJsonReadFlags;

JsonNode *nd_json_read_full (const char      *data,
                             gsize            length,
                             guint            depth_limit,
                             NdJsonReadFlags  flags);

G_END_DECLS

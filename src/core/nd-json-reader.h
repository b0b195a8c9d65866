/* nd-json-reader.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

JsonNode *nd_json_read (const char *data,
                        gsize       length,
                        guint       depth_limit);

G_END_DECLS

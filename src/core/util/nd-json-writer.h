/* nd-json-writer.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

void nd_json_writer_append_string     (GString     *out,
                                       const char  *value);
void nd_json_writer_add_string_member (JsonBuilder *builder,
                                       const char  *name,
                                       const char  *value);

G_END_DECLS

/* nd-json-scan.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  ND_JSON_SCAN_OK,
  ND_JSON_SCAN_TOO_DEEP,
  ND_JSON_SCAN_TRUNCATED,
  ND_JSON_SCAN_UNTERMINATED_STRING,
} NdJsonScanStatus;

/* What a cheap structural pass over JSON text found, before json-glib is trusted with it:
 * json-glib recurses once per nesting level and happily accepts several values in a row,
 * so depth and the end of the first value have to be known up front. */
typedef struct
{
  NdJsonScanStatus status;
  gsize            first_value_end;   /* offset one past the first top-level value */
  gsize            next_value_start;  /* past the space and comments after it */
  gsize            problem_offset;    /* where the status other than OK was found */
  guint            max_depth;
  gboolean         has_more_values;   /* non-space text follows the first value */
} NdJsonScan;

void nd_json_scan          (const char *data,
                            gsize       length,
                            guint       depth_limit,
                            NdJsonScan *scan);
char *nd_json_blank_comments (const char *data,
                              gsize       length);
void nd_json_offset_to_position (const char *data,
                                 gsize       offset,
                                 guint      *line,
                                 guint      *column);

G_END_DECLS

/* nd-json-writer.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nd-json-writer"

#include "util/nd-json-writer.h"

/**
 * nd_json_writer_append_string:
 * @out: where to append
 * @value: (nullable): UTF-8 text
 *
 * Appends @value as a JSON string literal, or `null` for %NULL. Written by hand rather
 * than through JsonGenerator, which builds a node for every value: the quote collection
 * saves thousands of strings at every change, and the CLI prints a line per result.
 */
void
nd_json_writer_append_string (GString    *out,
                              const char *value)
{
  if (value == NULL)
    {
      g_string_append (out, "null");
      return;
    }

  g_string_append_c (out, '"');
  for (const char *p = value; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '"': g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\t': g_string_append (out, "\\t"); break;
        case '\b': g_string_append (out, "\\b"); break;
        case '\f': g_string_append (out, "\\f"); break;
        default:
          if ((guchar)*p < 0x20 || *p == 0x7f)
            g_string_append_printf (out, "\\u%04x", (guchar)*p);
          else
            g_string_append_c (out, *p);
        }
    }
  g_string_append_c (out, '"');
}

/**
 * nd_json_writer_add_string_member:
 * @builder: a #JsonBuilder inside an object
 * @name: the member's name
 * @value: (nullable): UTF-8 text
 *
 * Adds the member @name with @value as a string, or `null` for %NULL, so that a field
 * that is not set still appears in what the reader sees.
 */
void
nd_json_writer_add_string_member (JsonBuilder *builder,
                                  const char  *name,
                                  const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

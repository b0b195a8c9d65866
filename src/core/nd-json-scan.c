/* nd-json-scan.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nd-json-scan"

#include "config.h"

#include <string.h>

#include "nd-json-scan.h"

static gboolean
is_json_space (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static gsize
skip_space (const char *data,
            gsize       length,
            gsize       pos)
{
  while (pos < length && is_json_space (data[pos]))
    pos++;
  return pos;
}

/* Returns the offset just past the closing quote, or G_MAXSIZE when the string never ends. */
/* Article bodies are long strings: memchr() jumps from quote to quote, and a quote ends the
 * string when an even number of backslashes stands before it. */
static gsize
skip_string (const char *data,
             gsize       length,
             gsize       pos)
{
  const char *p = data + pos + 1;
  const char *end = data + length;

  while (p < end)
    {
      const char *quote = memchr (p, '"', end - p);
      const char *q;

      if (quote == NULL)
        return G_MAXSIZE;

      for (q = quote; q > data + pos + 1 && q[-1] == '\\'; q--)
        ;
      if ((quote - q) % 2 == 0)
        return quote - data + 1;

      p = quote + 1;
    }

  return G_MAXSIZE;
}

static gboolean
ends_scalar (char c)
{
  return is_json_space (c) || c == ',' || c == ']' || c == '}' || c == '[' || c == '{' ||
         c == '"';
}

void
nd_json_scan (const char *data,
              gsize       length,
              guint       depth_limit,
              NdJsonScan *scan)
{
  gsize pos;
  guint depth = 0;

  g_return_if_fail (data != NULL || length == 0);
  g_return_if_fail (scan != NULL);

  memset (scan, 0, sizeof *scan);
  pos = skip_space (data, length, 0);

  while (pos < length)
    {
      char c = data[pos];

      if (c == '"')
        {
          gsize end = skip_string (data, length, pos);

          if (end == G_MAXSIZE)
            {
              scan->status = ND_JSON_SCAN_UNTERMINATED_STRING;
              scan->problem_offset = pos;
              return;
            }
          pos = end;
        }
      else if (c == '[' || c == '{')
        {
          depth++;
          scan->max_depth = MAX (scan->max_depth, depth);
          if (depth > depth_limit)
            {
              scan->status = ND_JSON_SCAN_TOO_DEEP;
              scan->problem_offset = pos;
              return;
            }
          pos++;
        }
      else if (c == ']' || c == '}')
        {
          if (depth > 0)
            depth--;
          pos++;
        }
      else if (depth == 0 && !is_json_space (c))
        {
          /* A top-level scalar: it ends where a structural character or space starts. */
          while (pos < length && !ends_scalar (data[pos]))
            pos++;
        }
      else
        pos++;

      if (depth == 0)
        {
          scan->first_value_end = pos;
          scan->has_more_values = skip_space (data, length, pos) < length;
          return;
        }
    }

  scan->status = ND_JSON_SCAN_TRUNCATED;
  scan->problem_offset = length;
  scan->first_value_end = length;
}

/* Lines and columns count from 1, columns in characters, as editors show them. */
void
nd_json_offset_to_position (const char *data,
                            gsize       offset,
                            guint      *line,
                            guint      *column)
{
  const char *line_start = data;
  const char *p;
  guint n_line = 1;

  for (p = data; p < data + offset; p++)
    {
      if (*p == '\n')
        {
          n_line++;
          line_start = p + 1;
        }
    }

  *line = n_line;
  *column = 1 + (guint)g_utf8_strlen (line_start, data + offset - line_start);
}

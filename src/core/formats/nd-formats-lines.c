/* nd-formats-lines.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* JSON Lines: each line is read on its own, in one go or piece by piece. */

#define G_LOG_DOMAIN "nd-formats"

#include "config.h"

#include <string.h>

#include "formats/nd-formats-private.h"
#include "formats/nd-json-scan.h"

void
_nd_formats_read_json_lines (NdFormatsCtx *ctx,
                             const char   *data,
                             gsize         length)
{
  const char *end = data + length;
  const char *line_start = data;
  guint line = MAX (ctx->first_line, 1);

  ctx->format = ND_FORMAT_JSON_LINES;

  while (line_start < end)
    {
      const char *newline = memchr (line_start, '\n', end - line_start);
      const char *line_end = newline ? newline : end;
      const char *p = line_start;

      while (p < line_end && g_ascii_isspace (*p))
        p++;

      if (p < line_end)
        {
          /* A derived id names the line, which stays put when another line is fixed. */
          ctx->line = line;
          ctx->position = line - 1;
          _nd_formats_read_json_value (ctx, line_start, line_end - line_start, line);
          if (ctx->invalid_utf8)
            break;
        }

      line++;
      line_start = line_end + 1;
    }

  ctx->line = 0;
}

gboolean
nd_formats_has_json_lines_name (const char *file)
{
  g_autofree char *lower = g_ascii_strdown (file, -1);

  return g_str_has_suffix (lower, ".jsonl") || g_str_has_suffix (lower, ".ndjson");
}

/* One value per line with more after the first line is JSON Lines, even under a .json name;
 * a value that spans lines is a normal JSON document. */
gboolean
_nd_formats_looks_like_json_lines (const char *data,
                                   gsize       length)
{
  NdJsonScan scan;
  const char *newline;

  nd_json_scan (data, length, ND_FORMATS_MAX_DEPTH, &scan);
  if (scan.status == ND_JSON_SCAN_TOO_DEEP || scan.first_value_end == 0)
    return FALSE;

  newline = memchr (data, '\n', length);
  if (newline == NULL || (gsize)(newline - data) < scan.first_value_end)
    return FALSE;

  return newline < data + length - 1;
}

/**
 * nd_formats_parse_lines:
 * @first_line: the line in the file that @data starts on (from 1)
 * @position: (inout): articles met in the file so far, for derived ids
 *
 * Reads a piece of a JSON Lines file made of whole lines, so that files too large to hold
 * in memory can be read piece by piece with the same results as in one go.
 */
void
nd_formats_parse_lines (const char *file,
                        const char *data,
                        gsize       length,
                        guint       first_line,
                        guint      *position,
                        GPtrArray  *articles,
                        GPtrArray  *errors)
{
  NdFormatsCtx ctx = { 0 };
  guint n_articles = articles->len;
  guint n_errors = errors->len;

  g_return_if_fail (file != NULL);
  g_return_if_fail (data != NULL || length == 0);
  g_return_if_fail (position != NULL);

  ctx.file = file;
  ctx.basename = g_path_get_basename (file);
  ctx.articles = articles;
  ctx.errors = errors;
  ctx.first_line = first_line;
  ctx.position = *position;

  _nd_formats_read_json_lines (&ctx, data, length);
  if (ctx.invalid_utf8)
    {
      g_autofree char *repaired = NULL;

      _nd_formats_restart (&ctx, n_articles, n_errors);
      ctx.position = *position;
      ctx.first_line = first_line;
      repaired = _nd_formats_repair_utf8 (&ctx, data, length);
      _nd_formats_read_json_lines (&ctx, repaired, strlen (repaired));
    }

  *position = ctx.position;
  g_free (ctx.basename);
}

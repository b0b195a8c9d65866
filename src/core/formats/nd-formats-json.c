/* nd-formats-json.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Reading the JSON values in a piece of text: NewsDesk's own reader first, then repairs
 * (lone surrogates, comments) and json-glib for what only it understands, value after value
 * when there are several. */

#define G_LOG_DOMAIN "nd-formats"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "formats/nd-formats-private.h"
#include "formats/nd-json-reader.h"
#include "formats/nd-json-scan.h"

/* Ids are text: 18446744073709551615 stays that, where json-glib would make it -1. */
#define READ_FLAGS ND_JSON_READ_BIG_NUMBERS_AS_TEXT

/* Where @offset is, for messages about a value that starts after the file's first byte. */
static void
offset_to_file_position (const char *data,
                         gsize       offset,
                         guint       first_line,
                         guint       first_column,
                         guint      *line,
                         guint      *column)
{
  nd_json_offset_to_position (data, offset, line, column);
  if (*line == 1)
    *column += first_column - 1;
  *line += first_line - 1;
}

/* json-glib reports "<data>:LINE:COLUMN: Parse error: MESSAGE", with "Parse error" in the
 * user's language; the position is worth keeping, the label is not. */
static void
add_json_glib_error (NdFormatsCtx *ctx,
                     const GError *error,
                     guint         first_line,
                     guint         first_column)
{
  const char *message = error->message;
  guint line = 0, column = 0;
  const char *p;

  if (g_str_has_prefix (message, "<data>:"))
    {
      char *end;

      p = message + strlen ("<data>:");
      line = (guint)g_ascii_strtoull (p, &end, 10);
      if (*end == ':')
        column = (guint)g_ascii_strtoull (end + 1, &end, 10);
      p = strstr (end, ": ");
      message = p ? p + 2 : message;
      p = strstr (message, ": ");
      if (p != NULL)
        message = p + 2;
    }

  if (line == 1 && column > 0)
    column += first_column - 1;
  if (line > 0 && first_line > 1)
    line += first_line - 1;

  /* Translators: %s is json-glib's description of the syntax error */
  g_autofree char *text = g_strdup_printf (_("invalid JSON: %s"), message);
  _nd_formats_add_problem (ctx, ND_LOAD_SEVERITY_ERROR, line, column, text);
}

static void
add_scan_error (NdFormatsCtx     *ctx,
                const char       *data,
                const NdJsonScan *scan,
                guint             first_line,
                guint             first_column)
{
  guint line, column;
  g_autofree char *message = NULL;

  offset_to_file_position (data, scan->problem_offset, first_line, first_column, &line, &column);

  switch (scan->status)
    {
    case ND_JSON_SCAN_TOO_DEEP:
      /* Translators: %d is the greatest depth that is read, 256 */
      message = g_strdup_printf (_("JSON nested more than %d levels deep; not read"),
                                 ND_FORMATS_MAX_DEPTH);
      break;

    case ND_JSON_SCAN_UNTERMINATED_STRING:
      message = g_strdup (_("invalid JSON: a string that is never closed (is the file cut short?)"));
      break;

    case ND_JSON_SCAN_TRUNCATED:
    case ND_JSON_SCAN_OK:
    default:
      message = g_strdup (_("invalid JSON: unexpected end of file (is the file cut short?)"));
      break;
    }

  _nd_formats_add_problem (ctx, ND_LOAD_SEVERITY_ERROR, line, column, message);
}

static gboolean
is_high_surrogate (gunichar c)
{
  return c >= 0xD800 && c <= 0xDBFF;
}

static gboolean
is_low_surrogate (gunichar c)
{
  return c >= 0xDC00 && c <= 0xDFFF;
}

/* The code unit of the \uXXXX escape at @p, or G_MAXUINT when there is none. */
static gunichar
unicode_escape_at (const char *p,
                   const char *end)
{
  gunichar c = 0;

  if (end - p < 6 || p[0] != '\\' || p[1] != 'u')
    return G_MAXUINT;

  for (guint i = 2; i < 6; i++)
    {
      int digit = g_ascii_xdigit_value (p[i]);

      if (digit < 0)
        return G_MAXUINT;
      c = c << 4 | (gunichar)digit;
    }

  return c;
}

/* json-glib turns an escaped UTF-16 surrogate without its other half ("\ud800") into bytes
 * that are not UTF-8, and loses the character after it. Such an escape stands for no
 * character at all, so it becomes \uFFFD, the replacement character, before json-glib sees
 * the text: an escape of the same length, so every position in the text stays put.
 * Returns the repaired copy, or NULL when there is nothing to repair; @first_bad is the
 * offset of the first lone surrogate. */
static char *
repair_lone_surrogates (const char *data,
                        gsize       length,
                        gsize      *first_bad)
{
  const char *end = data + length;
  const char *p = data;
  char *copy = NULL;

  while (p < end && (p = memchr (p, '\\', end - p)) != NULL)
    {
      gunichar c = unicode_escape_at (p, end);

      if (c == G_MAXUINT)
        {
          p += MIN (2, end - p);   /* any other escape, "\\" included */
          continue;
        }

      if (is_high_surrogate (c) && is_low_surrogate (unicode_escape_at (p + 6, end)))
        {
          p += 12;
          continue;
        }

      if (is_high_surrogate (c) || is_low_surrogate (c))
        {
          if (copy == NULL)
            {
              copy = g_memdup2 (data, length + 1);
              copy[length] = '\0';
              *first_bad = p - data;
            }
          memcpy (copy + (p - data), "\\uFFFD", 6);
        }
      p += 6;
    }

  return copy;
}

/* Reads text that json-glib alone understands (comments, 'single quotes') or rejects;
 * FALSE when it rejects it. */
static gboolean
read_with_json_glib (NdFormatsCtx *ctx,
                     const char   *data,
                     gsize         length,
                     guint         first_line,
                     guint         first_column)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  if (!json_parser_load_from_data (parser, data, (gssize)length, &error))
    {
      /* json-glib checks the encoding itself; only then is it worth looking for the bad
       * byte, so valid files are never validated twice. */
      if (g_error_matches (error, JSON_PARSER_ERROR, JSON_PARSER_ERROR_INVALID_DATA) &&
          !g_utf8_validate_len (data, length, NULL))
        ctx->invalid_utf8 = TRUE;
      else
        add_json_glib_error (ctx, error, first_line, first_column);
      return FALSE;
    }

  /* json-glib takes text with no value in it (a byte order mark alone, or only comments)
   * for an empty document. */
  if (json_parser_get_root (parser) == NULL)
    {
      _nd_formats_add_problem (ctx, ND_LOAD_SEVERITY_ERROR, first_line, first_column,
                               _("no JSON value here, only a byte order mark or comments"));
      return FALSE;
    }

  ctx->tree_checked = FALSE;
  _nd_formats_read_root (ctx, json_parser_get_root (parser));
  return TRUE;
}

/* Reads one JSON value, alone in @data but for space and comments around it, which the scan
 * has found whole and not too deep. @first_line and @first_column are where it starts in
 * the file. FALSE when it is not JSON after all. */
static gboolean
read_one_value (NdFormatsCtx *ctx,
                const char   *data,
                gsize         length,
                guint         first_line,
                guint         first_column,
                gboolean      tried_reader)
{
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *repaired = NULL;
  gsize bad = 0;

  if (!tried_reader)
    root = nd_json_read_full (data, length, ND_FORMATS_MAX_DEPTH, READ_FLAGS);
  if (root != NULL)
    {
      ctx->tree_checked = TRUE;
      _nd_formats_read_root (ctx, root);
      return TRUE;
    }

  repaired = repair_lone_surrogates (data, length, &bad);
  if (repaired != NULL)
    {
      guint line, column;

      offset_to_file_position (data, bad, first_line, first_column, &line, &column);
      _nd_formats_add_problem (ctx, ND_LOAD_SEVERITY_WARNING, line, column,
                               _("an escaped UTF-16 surrogate without its other half; "
                                 "replaced with U+FFFD"));
      data = repaired;
      root = nd_json_read_full (data, length, ND_FORMATS_MAX_DEPTH, READ_FLAGS);
    }

  /* Comments are all that json-glib reads and NewsDesk's reader does not, in most files
   * that have them; without them, big ids keep their text there too. */
  if (root == NULL)
    {
      g_autofree char *uncommented = nd_json_blank_comments (data, length);

      if (uncommented != NULL)
        root = nd_json_read_full (uncommented, length, ND_FORMATS_MAX_DEPTH, READ_FLAGS);
    }

  if (root != NULL)
    {
      ctx->tree_checked = TRUE;
      _nd_formats_read_root (ctx, root);
      return TRUE;
    }

  return read_with_json_glib (ctx, data, length, first_line, first_column);
}

/* Reads every JSON value in @data, one after the other. json-glib would keep only the first
 * of several ({…}{…}, or two objects on one line of JSON Lines) and say nothing of the
 * rest; here each is read, or its problem reported where it is. @first_line is the line of
 * data[0] in the file. */
void
_nd_formats_read_json_value (NdFormatsCtx *ctx,
                             const char   *data,
                             gsize         length,
                             guint         first_line)
{
  g_autoptr(JsonNode) root = NULL;
  guint line = first_line, column = 1;
  gsize pos = 0;

  /* Well-formed text, nearly all there is, takes the fast way. */
  root = nd_json_read_full (data, length, ND_FORMATS_MAX_DEPTH, READ_FLAGS);
  if (root != NULL)
    {
      ctx->tree_checked = TRUE;
      _nd_formats_read_root (ctx, root);
      return;
    }

  for (guint n = 0; pos < length && !ctx->invalid_utf8; n++)
    {
      NdJsonScan scan;

      /* json-glib recurses once per level of nesting: the depth is checked before it sees
       * any of the text. */
      nd_json_scan (data + pos, length - pos, ND_FORMATS_MAX_DEPTH, &scan);
      if (scan.status != ND_JSON_SCAN_OK)
        {
          add_scan_error (ctx, data + pos, &scan, line, column);
          break;
        }

      /* Articles without id on the second value of a line get ids of their own. */
      if (n > 0 && ctx->line > 0)
        {
          ctx->position = ctx->line - 1;
          ctx->value_in_line = n;
        }

      if (!scan.has_more_values)
        {
          read_one_value (ctx, data + pos, length - pos, line, column, pos == 0);
          break;
        }

      /* After text that is not JSON, what follows is not worth an error of its own. */
      if (!read_one_value (ctx, data + pos, scan.first_value_end, line, column, FALSE))
        break;
      offset_to_file_position (data + pos, scan.next_value_start, line, column, &line, &column);
      pos += scan.next_value_start;
    }

  ctx->value_in_line = 0;
}

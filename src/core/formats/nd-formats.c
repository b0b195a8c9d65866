/* nd-formats.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Reading a whole file: refusing what is not JSON text, telling JSON Lines from one JSON
 * document, and reading a badly encoded file again once repaired. The parts it hands on to
 * are declared in nd-formats-private.h. */

#define G_LOG_DOMAIN "nd-formats"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "formats/nd-formats-private.h"
#include "formats/nd-json-scan.h"

/* Binary files give themselves away with a NUL early on; text never has one. */
#define BINARY_SNIFF_BYTES 8192

const char *
nd_format_to_string (NdFormat format)
{
  switch (format)
    {
    case ND_FORMAT_NEWSDESK:
      return "NewsDesk";

    case ND_FORMAT_JSON_LINES:
      return "JSON Lines";

    case ND_FORMAT_JSON_FEED:
      return "JSON Feed";

    case ND_FORMAT_NEWS_PLEASE:
      return "news-please";

    case ND_FORMAT_NEWSAPI:
      return "NewsAPI";

    case ND_FORMAT_UNKNOWN:
    default:
      return "unknown";
    }
}

static const char *
skip_space (const char *data,
            gsize      *length)
{
  const char *p = data;
  const char *end = data + *length;

  while (p < end && g_ascii_isspace (*p))
    p++;

  *length = end - p;
  return p;
}

static gboolean
check_is_json_text (NdFormatsCtx *ctx,
                    const char   *data,
                    const char   *start,
                    gsize         length)
{
  guint line, column;

  if (length == 0)
    {
      _nd_formats_add_problem (ctx, ND_LOAD_SEVERITY_ERROR, 0, 0,
                               start == data ? _("the file is empty")
                                             : _("the file holds only white space"));
      return FALSE;
    }

  if (*start == '{' || *start == '[')
    return TRUE;

  nd_json_offset_to_position (data, start - data, &line, &column);
  if (*start == '<')
    _nd_formats_add_problem (ctx, ND_LOAD_SEVERITY_ERROR, line, column,
                             _("not JSON: the file looks like HTML or XML"));
  else
    _nd_formats_add_problem (ctx, ND_LOAD_SEVERITY_ERROR, line, column,
                             _("not JSON: expected \"{\" or \"[\" at the start of the file"));

  return FALSE;
}

static gboolean
check_not_binary (NdFormatsCtx *ctx,
                  const char   *data,
                  gsize         length)
{
  const char *nul = memchr (data, '\0', MIN (length, BINARY_SNIFF_BYTES));

  if (nul == NULL)
    nul = memchr (data, '\0', length);
  if (nul == NULL)
    return TRUE;

  g_autofree char *message = g_strdup_printf (
      /* Translators: %zu is the offset of the first NUL byte from the start of the
       * file, counting from 0 */
      _("not a text file: binary data (a NUL byte at byte %zu)"),
      (size_t)(nul - data));
  _nd_formats_add_problem (ctx, ND_LOAD_SEVERITY_ERROR, 0, 0, message);

  return FALSE;
}

/* Returns a valid copy when @data is not valid UTF-8 (with a warning naming the first bad
 * byte), else NULL so that the caller keeps reading the original without a copy. */
char *
_nd_formats_repair_utf8 (NdFormatsCtx *ctx,
                         const char   *data,
                         gsize         length)
{
  const char *bad;
  guint line, column;

  if (g_utf8_validate_len (data, length, &bad))
    return NULL;

  nd_json_offset_to_position (data, bad - data, &line, &column);
  if (ctx->first_line > 1)
    line += ctx->first_line - 1;
  _nd_formats_add_problem (ctx, ND_LOAD_SEVERITY_WARNING, line, column,
                           _("invalid UTF-8; the bad bytes were replaced with U+FFFD"));

  return g_utf8_make_valid (data, (gssize)length);
}

static void
read_text (NdFormatsCtx *ctx,
           const char   *data,
           gsize         length)
{
  const char *start;
  gsize rest = length;
  guint line, column;

  start = skip_space (data, &rest);
  if (!check_is_json_text (ctx, data, start, rest))
    return;

  if (nd_formats_has_json_lines_name (ctx->file) || _nd_formats_looks_like_json_lines (start, rest))
    {
      _nd_formats_read_json_lines (ctx, data, length);
      return;
    }

  nd_json_offset_to_position (data, start - data, &line, &column);
  _nd_formats_read_json_value (ctx, start, rest, line);
}

/* Forgets what a first reading of a badly encoded file produced before it is read again. */
void
_nd_formats_restart (NdFormatsCtx *ctx,
                     guint         n_articles,
                     guint         n_errors)
{
  g_ptr_array_set_size (ctx->articles, n_articles);
  g_ptr_array_set_size (ctx->errors, n_errors);
  ctx->invalid_utf8 = FALSE;
  ctx->position = 0;
  ctx->line = 0;
  ctx->format = ND_FORMAT_UNKNOWN;
}

NdFormat
nd_formats_parse (const char *file,
                  const char *data,
                  gsize       length,
                  GPtrArray  *articles,
                  GPtrArray  *errors)
{
  NdFormatsCtx ctx = { 0 };
  guint n_articles = articles->len;
  guint n_errors = errors->len;

  g_return_val_if_fail (file != NULL, ND_FORMAT_UNKNOWN);
  g_return_val_if_fail (data != NULL || length == 0, ND_FORMAT_UNKNOWN);
  g_return_val_if_fail (articles != NULL, ND_FORMAT_UNKNOWN);
  g_return_val_if_fail (errors != NULL, ND_FORMAT_UNKNOWN);

  ctx.file = file;
  ctx.basename = g_path_get_basename (file);
  ctx.articles = articles;
  ctx.errors = errors;

  /* A byte order mark is legal in UTF-8 files but not in JSON. */
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
    }

  if (check_not_binary (&ctx, data, length))
    {
      read_text (&ctx, data, length);

      if (ctx.invalid_utf8)
        {
          g_autofree char *repaired = NULL;

          _nd_formats_restart (&ctx, n_articles, n_errors);
          repaired = _nd_formats_repair_utf8 (&ctx, data, length);
          read_text (&ctx, repaired, strlen (repaired));
        }
    }

  g_free (ctx.basename);
  return ctx.format;
}

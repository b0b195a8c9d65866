/* nd-json-scan.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nd-json-scan"

#include "config.h"

#include <string.h>

#include "formats/nd-json-scan.h"

static gboolean
is_json_space (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* json-glib 1.6 skips C comments wherever it skips white space, and so must this scan: a
 * quote or a bracket inside a comment is not one. Returns the offset past the comment,
 * G_MAXSIZE when it never ends, or @pos when no comment starts there. */
static gsize
skip_comment (const char *data,
              gsize       length,
              gsize       pos)
{
  const char *p;

  if (pos + 1 >= length || data[pos] != '/' || data[pos + 1] != '*')
    return pos;

  for (p = memchr (data + pos + 2, '*', length - pos - 2); p != NULL;
       p = memchr (p + 1, '*', data + length - p - 1))
    {
      if (p + 1 >= data + length)
        break;
      if (p[1] == '/')
        return p - data + 2;
    }

  return G_MAXSIZE;
}

/* Skips white space and comments; G_MAXSIZE when a comment never ends. */
static gsize
skip_space (const char *data,
            gsize       length,
            gsize       pos)
{
  for (;;)
    {
      gsize after;

      while (pos < length && is_json_space (data[pos]))
        pos++;

      after = skip_comment (data, length, pos);
      if (after == pos || after == G_MAXSIZE)
        return after;
      pos = after;
    }
}

/* json-glib also takes 'single-quoted' strings, with no escapes in them at all. */
static gsize
skip_single_quoted (const char *data,
                    gsize       length,
                    gsize       pos)
{
  const char *quote = memchr (data + pos + 1, '\'', length - pos - 1);

  return quote ? (gsize)(quote - data) + 1 : G_MAXSIZE;
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
         c == '"' || c == '\'' || c == '/';
}

static void
set_problem (NdJsonScan       *scan,
             NdJsonScanStatus  status,
             gsize             offset)
{
  scan->status = status;
  scan->problem_offset = offset;
}

/* Returns the offset past the token at @pos (a string, a comment, a bracket or a piece of a
 * scalar), updating @depth; G_MAXSIZE after setting a problem in @scan. */
static gsize
skip_token (const char *data,
            gsize       length,
            gsize       pos,
            guint       depth_limit,
            guint      *depth,
            NdJsonScan *scan)
{
  char c = data[pos];
  gsize end;

  switch (c)
    {
    case '"':
    case '\'':
      end = c == '"' ? skip_string (data, length, pos) : skip_single_quoted (data, length, pos);
      if (end == G_MAXSIZE)
        set_problem (scan, ND_JSON_SCAN_UNTERMINATED_STRING, pos);
      return end;

    case '/':
      end = skip_comment (data, length, pos);
      if (end == G_MAXSIZE)
        set_problem (scan, ND_JSON_SCAN_TRUNCATED, pos);
      return end == pos ? pos + 1 : end;

    case '[':
    case '{':
      ++*depth;
      scan->max_depth = MAX (scan->max_depth, *depth);
      if (*depth > depth_limit)
        {
          set_problem (scan, ND_JSON_SCAN_TOO_DEEP, pos);
          return G_MAXSIZE;
        }
      return pos + 1;

    case ']':
    case '}':
      if (*depth > 0)
        --*depth;
      return pos + 1;

    default:
      if (*depth > 0 || is_json_space (c))
        return pos + 1;
      /* A top-level scalar: it ends where a structural character or space starts. */
      for (end = pos; end < length && !ends_scalar (data[end]); end++)
        ;
      return MAX (end, pos + 1);
    }
}

/* Scans one value from @pos on; FALSE with a problem set in @scan when it is not whole. */
static gboolean
scan_value (const char *data,
            gsize       length,
            gsize       pos,
            guint       depth_limit,
            NdJsonScan *scan)
{
  guint depth = 0;

  while (pos < length)
    {
      pos = skip_token (data, length, pos, depth_limit, &depth, scan);
      if (pos == G_MAXSIZE)
        return FALSE;

      if (depth == 0)
        {
          scan->first_value_end = pos;
          pos = skip_space (data, length, pos);
          if (pos == G_MAXSIZE)
            {
              set_problem (scan, ND_JSON_SCAN_TRUNCATED, scan->first_value_end);
              return FALSE;
            }
          scan->next_value_start = pos;
          scan->has_more_values = pos < length;
          return TRUE;
        }
    }

  set_problem (scan, ND_JSON_SCAN_TRUNCATED, length);
  scan->first_value_end = length;
  return FALSE;
}

/**
 * nd_json_scan:
 *
 * Finds where the first JSON value in @data ends, and whether it nests deeper than
 * @depth_limit, lexing as json-glib 1.6 does: "strings", 'strings' and C comments.
 */
void
nd_json_scan (const char *data,
              gsize       length,
              guint       depth_limit,
              NdJsonScan *scan)
{
  gsize pos;

  g_return_if_fail (data != NULL || length == 0);
  g_return_if_fail (scan != NULL);

  memset (scan, 0, sizeof *scan);
  pos = skip_space (data, length, 0);
  if (pos == G_MAXSIZE)
    {
      set_problem (scan, ND_JSON_SCAN_TRUNCATED, 0);
      return;
    }

  if (pos >= length)
    {
      set_problem (scan, ND_JSON_SCAN_TRUNCATED, length);
      scan->first_value_end = length;
      return;
    }

  scan_value (data, length, pos, depth_limit, scan);
}

/**
 * nd_json_blank_comments:
 *
 * json-glib reads C comments, NewsDesk's own reader (nd_json_read) does not: with each
 * comment outside strings made spaces (its newlines kept, so lines stay put), text that is
 * JSON but for its comments takes the same way as strict JSON.
 *
 * Returns: (transfer full) (nullable): the copy, or %NULL when @data has no comment
 */
char *
nd_json_blank_comments (const char *data,
                        gsize       length)
{
  char *copy = NULL;
  gsize pos = 0;

  while (pos < length)
    {
      char c = data[pos];
      gsize end;

      if (c == '"' || c == '\'')
        end = c == '"' ? skip_string (data, length, pos) : skip_single_quoted (data, length, pos);
      else if (c == '/')
        end = skip_comment (data, length, pos);
      else
        end = pos;

      if (end == G_MAXSIZE)
        break;

      if (c == '/' && end > pos)
        {
          if (copy == NULL)
            {
              copy = g_memdup2 (data, length + 1);
              copy[length] = '\0';
            }
          for (gsize i = pos; i < end; i++)
            if (copy[i] != '\n')
              copy[i] = ' ';
        }

      pos = MAX (end, pos + 1);
    }

  return copy;
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

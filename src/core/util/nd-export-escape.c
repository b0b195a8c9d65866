/* nd-export-escape.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Text from articles put into exports so that no reader of the export interprets it:
 * Markdown punctuation, link destinations, CSV quotes and formulas, HTML markup. Shared by
 * the quote exporters and the statement report, so that both keep the same guarantees
 * (README, "Bad input"). */

#define G_LOG_DOMAIN "nd-export-escape"

#include "config.h"

#include <string.h>

#include "util/nd-export-escape.h"

static gboolean
is_markdown_special (char c)
{
  return strchr ("\\`*_{}[]<>#|~^$@&!", c) != NULL && c != '\0';
}

/* A line that would start a list, a heading underline or a numbered list. */
static gboolean
starts_block_marker (const char *line)
{
  const char *p = line;

  if (*line == '-' || *line == '+' || *line == '=')
    return TRUE;

  while (g_ascii_isdigit (*p))
    p++;

  return p > line && (*p == '.' || *p == ')');
}

/**
 * nd_export_escape_markdown_inline:
 * @out: where to append
 * @text: text from an article or the user
 *
 * Appends @text with a backslash before every character Markdown could read as markup
 * within a line, and line breaks and tabs as spaces. Only for text that does not start a
 * line: what would start a block there (a list, a heading underline) is not escaped.
 */
void
nd_export_escape_markdown_inline (GString    *out,
                                  const char *text)
{
  g_return_if_fail (out != NULL && text != NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '\n' || *p == '\r' || *p == '\t')
        {
          g_string_append_c (out, ' ');
          continue;
        }
      if (is_markdown_special (*p))
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
    }
}

/**
 * nd_export_escape_markdown:
 * @out: where to append
 * @text: text from an article or the user, which may start a line
 *
 * Backslash escapes are understood by CommonMark and pandoc for every ASCII punctuation
 * character, so the text comes out exactly as written, whatever it holds: leading blanks
 * and trailing spaces (a line break) are dropped, and a list or heading marker at the
 * start is escaped.
 */
void
nd_export_escape_markdown (GString    *out,
                           const char *text)
{
  const char *p = text;

  g_return_if_fail (out != NULL && text != NULL);

  while (*p == ' ' || *p == '\t')
    p++;

  if (starts_block_marker (p))
    {
      const char *q = p;

      while (g_ascii_isdigit (*q))
        g_string_append_c (out, *q++);
      g_string_append_c (out, '\\');
      p = q;
      g_string_append_c (out, *p++);
    }

  nd_export_escape_markdown_inline (out, p);

  /* Two trailing spaces would be a line break. */
  while (out->len > 0 && out->str[out->len - 1] == ' ')
    g_string_truncate (out, out->len - 1);
}

/**
 * nd_export_escape_markdown_url:
 * @out: where to append
 * @url: a URL that nd_sanitize_is_link_url() accepts
 *
 * A link destination must not hold spaces, parentheses, angle brackets or backslashes:
 * those are percent-encoded.
 */
void
nd_export_escape_markdown_url (GString    *out,
                               const char *url)
{
  g_return_if_fail (out != NULL && url != NULL);

  for (const char *p = url; *p != '\0'; p++)
    {
      if (strchr (" ()<>\\\n\r\t", *p) != NULL)
        g_string_append_printf (out, "%%%02X", (guchar)*p);
      else
        g_string_append_c (out, *p);
    }
}

/* Spreadsheets run a cell that starts with one of these as a formula (=HYPERLINK(…),
 * =cmd|…); OWASP's advice is a single quote in front, which they show as text. */
static gboolean
starts_formula (const char *value)
{
  return strchr ("=+-@\t\r", *value) != NULL && *value != '\0';
}

/**
 * nd_export_escape_csv_field:
 * @out: where to append
 * @value: (nullable): the cell; %NULL is an empty field
 *
 * Appends @value as one RFC 4180 field: quoted when it holds a quote, a comma or a line
 * break, and with a `'` in front when it starts with `=`, `+`, `-`, `@`, a tab or a
 * carriage return, so that no spreadsheet runs it.
 */
void
nd_export_escape_csv_field (GString    *out,
                            const char *value)
{
  const char *quote_prefix;

  g_return_if_fail (out != NULL);

  if (value == NULL)
    return;

  quote_prefix = starts_formula (value) ? "'" : "";

  if (strpbrk (value, "\",\r\n") == NULL)
    {
      g_string_append (out, quote_prefix);
      g_string_append (out, value);
      return;
    }

  g_string_append_c (out, '"');
  g_string_append (out, quote_prefix);
  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

/**
 * nd_export_escape_html:
 * @out: where to append
 * @text: text from an article, for an HTML element's content or a quoted attribute value
 *
 * Appends @text with `&`, `<`, `>` and `"` as character references, so that it can neither
 * open an element nor end an attribute (NewsDesk quotes every attribute with `"`). Control characters are left to
 * nd_sanitize_export(), which replaces them in the whole export (g_markup_escape_text()
 * would write them as references that HTML forbids).
 */
void
nd_export_escape_html (GString    *out,
                       const char *text)
{
  g_return_if_fail (out != NULL && text != NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '&': g_string_append (out, "&amp;"); break;
        case '<': g_string_append (out, "&lt;"); break;
        case '>': g_string_append (out, "&gt;"); break;
        case '"': g_string_append (out, "&quot;"); break;
        default: g_string_append_c (out, *p);
        }
    }
}

/* nd-sanitize.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Article text comes from anyone. Before it reaches a place that interprets characters
 * rather than showing them, it goes through one of these:
 *
 * - a terminal (newsdesk-cli's text and error lines): nd_sanitize_terminal() writes every
 *   control character as a visible escape, so no escape sequence from a file can clear
 *   the screen, recolour, retitle the window or plant a hyperlink, and no newline in a
 *   file name can fake an extra error line;
 * - JSON printed by newsdesk-cli: nd_sanitize_json_output() escapes what JSON lets
 *   through raw but a terminal may still act on;
 * - exports in Markdown, plain text, CSV and BibTeX, which may be printed too:
 *   nd_sanitize_export() replaces the control characters that none of them uses;
 * - the reader: nd_sanitize_display() takes the direction overrides and embeddings out
 *   of play, so that a U+202E cannot reverse the text after it;
 * - a link target: nd_sanitize_is_link_url() lets only http and https through, at a
 *   length a browser accepts. */

#define G_LOG_DOMAIN "nd-sanitize"

#include "config.h"

#include <string.h>

#include "util/nd-sanitize.h"

#define REPLACEMENT_CHARACTER 0xFFFD

/* U+202A–U+202E (embeddings, overrides, their end) and U+2066–U+2069 (isolates): the
 * characters that change the order in which the text after them is shown. */
static gboolean
is_bidi_control (gunichar c)
{
  return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

static gboolean
is_c0_or_del (gunichar c)
{
  return c < 0x20 || c == 0x7F;
}

static gboolean
is_c1 (gunichar c)
{
  return c >= 0x80 && c <= 0x9F;
}

/* Decodes the character at @p; a byte that starts no valid character gives -1 and a
 * length of one, so that the callers step over it alone. */
static gunichar
next_char (const char  *p,
           const char  *end,
           gsize       *length)
{
  gunichar c;

  if ((guchar)*p < 0x80)
    {
      *length = 1;
      return (guchar)*p;
    }

  c = g_utf8_get_char_validated (p, end - p);
  if (c == (gunichar)-1 || c == (gunichar)-2)
    {
      *length = 1;
      return (gunichar)-1;
    }

  *length = g_utf8_next_char (p) - p;
  return c;
}

/* Appends what stands for @c to @out and returns TRUE, or returns FALSE to keep @c as it
 * is. @c is (gunichar)-1 for a byte that starts no valid character. */
typedef gboolean (*EscapeFunc) (GString  *out,
                                gunichar  c,
                                gpointer  data);

/* The walk every rule below shares: each character of @text, escaped or kept. */
static char *
map_chars (const char *text,
           gsize       length,
           EscapeFunc  escape,
           gpointer    data)
{
  const char *end = text + length;
  GString *out = g_string_sized_new (length);

  for (const char *p = text; p < end;)
    {
      gsize n;
      gunichar c = next_char (p, end, &n);

      if (!escape (out, c, data))
        g_string_append_len (out, p, n);
      p += n;
    }

  return g_string_free (out, FALSE);
}

static gboolean
escape_for_terminal (GString  *out,
                     gunichar  c,
                     gpointer  data)
{
  if (c == (gunichar)-1)
    g_string_append_unichar (out, REPLACEMENT_CHARACTER);
  else if (c == '\t')
    g_string_append (out, "\\t");
  else if (c == '\n')
    g_string_append (out, "\\n");
  else if (c == '\r')
    g_string_append (out, "\\r");
  else if (is_c0_or_del (c))
    g_string_append_printf (out, "\\x%02x", c);
  else if (is_c1 (c) || is_bidi_control (c))
    g_string_append_printf (out, "\\u%04x", c);
  else
    return FALSE;

  return TRUE;
}

static gboolean
escape_for_json (GString  *out,
                 gunichar  c,
                 gpointer  data)
{
  if (c == (gunichar)-1)
    g_string_append (out, "\\ufffd");
  else if (is_c1 (c) || is_bidi_control (c))
    g_string_append_printf (out, "\\u%04x", c);
  else
    return FALSE;

  return TRUE;
}

/* Tab, line feed and carriage return are kept: every text format uses them. */
static gboolean
escape_for_export (GString  *out,
                   gunichar  c,
                   gpointer  data)
{
  if (c == '\t' || c == '\n' || c == '\r')
    return FALSE;
  if (c != (gunichar)-1 && !is_c0_or_del (c) && !is_c1 (c))
    return FALSE;

  g_string_append_unichar (out, REPLACEMENT_CHARACTER);
  return TRUE;
}

/* @data is TRUE when line feeds are kept. */
static gboolean
escape_for_display (GString  *out,
                    gunichar  c,
                    gpointer  data)
{
  if (c == '\t' || (c == '\n' && GPOINTER_TO_INT (data)))
    return FALSE;
  if (c != (gunichar)-1 && !is_c0_or_del (c) && !is_c1 (c) && !is_bidi_control (c))
    return FALSE;

  g_string_append_unichar (out, REPLACEMENT_CHARACTER);
  return TRUE;
}

/**
 * nd_sanitize_terminal:
 * @text: text from an article, a file name or the command line
 *
 * Makes @text safe to print to a terminal. Control characters are written as visible
 * escapes: tab, line feed and carriage return as `\t`, `\n` and `\r`, the other C0
 * characters and DEL as `\xNN` (ESC is `\x1b`, BEL `\x07`), the C1 characters and the
 * bidirectional controls (U+202A–U+202E, U+2066–U+2069) as `\uNNNN`. Bytes that are not
 * UTF-8 become U+FFFD. Everything else, a backslash too, is kept as it is.
 *
 * Returns: (transfer full): valid UTF-8 without a control character
 */
char *
nd_sanitize_terminal (const char *text)
{
  g_return_val_if_fail (text != NULL, NULL);

  return map_chars (text, strlen (text), escape_for_terminal, NULL);
}

/**
 * nd_sanitize_filename:
 * @filename: a path in the file system's encoding
 *
 * The name to show for @filename in a message: g_filename_display_name() (bytes that are
 * not UTF-8 become U+FFFD), then nd_sanitize_terminal(), so that a newline in the name is
 * `\n`, not a line of its own.
 *
 * Returns: (transfer full): the name to show
 */
char *
nd_sanitize_filename (const char *filename)
{
  g_autofree char *display = NULL;

  g_return_val_if_fail (filename != NULL, NULL);

  display = g_filename_display_name (filename);
  return nd_sanitize_terminal (display);
}

/**
 * nd_sanitize_json_output:
 * @json: JSON text
 *
 * JSON lets C1 and bidirectional control characters stand raw in a string, where a
 * terminal showing the output may still act on them; this writes them as `\uNNNN`, and a
 * byte that is not UTF-8 as `\ufffd`. Outside strings JSON is ASCII, so every such
 * character of @json is inside a string and the escape keeps the JSON's meaning.
 *
 * Returns: (transfer full): the same JSON as valid UTF-8 without those characters
 */
char *
nd_sanitize_json_output (const char *json)
{
  g_return_val_if_fail (json != NULL, NULL);

  return map_chars (json, strlen (json), escape_for_json, NULL);
}

/**
 * nd_sanitize_export:
 * @text: (transfer full): an export in Markdown, plain text, CSV or BibTeX
 *
 * Replaces the control characters that no text format uses (C0 other than tab, line feed
 * and carriage return, DEL, C1) with U+FFFD, so that an export printed to a terminal
 * carries no escape sequence; bytes that are not UTF-8 become U+FFFD too. Frees @text.
 *
 * Returns: (transfer full): the export
 */
char *
nd_sanitize_export (GString *text)
{
  char *out;

  g_return_val_if_fail (text != NULL, NULL);

  out = map_chars (text->str, text->len, escape_for_export, NULL);
  g_string_free (text, TRUE);
  return out;
}

/* Replaces every control character except tab and (when @keep_newlines) line feed, and
 * every bidirectional control, with U+FFFD: one character for one, so that character
 * offsets into @text (quotations, search matches) still hold. */
static char *
dup_display (const char *text,
             gboolean    keep_newlines)
{
  return map_chars (text, strlen (text), escape_for_display, GINT_TO_POINTER (keep_newlines));
}

/**
 * nd_sanitize_display:
 * @text: an article's text as the reader shows it
 *
 * Replaces the bidirectional controls U+202A–U+202E and U+2066–U+2069, and the control
 * characters other than tab and line feed, with U+FFFD. A right-to-left override in a
 * body then cannot reverse the text after it, and the reader shows that something was
 * there. Each character is replaced by one character, so offsets into @text still hold.
 *
 * Returns: (transfer full): the text to show
 */
char *
nd_sanitize_display (const char *text)
{
  g_return_val_if_fail (text != NULL, NULL);

  return dup_display (text, TRUE);
}

/**
 * nd_sanitize_display_url:
 * @url: an article's URL
 *
 * The URL as the reader shows it: sanitised as nd_sanitize_display() does (a line feed
 * too, the URL is one line), and beyond %ND_SANITIZE_MAX_SHOWN_URL characters cut in the
 * middle to its start, "…" and its last 20 characters.
 *
 * Returns: (transfer full): the text to show
 */
char *
nd_sanitize_display_url (const char *url)
{
  g_autofree char *shown = NULL;
  const char *head_end;
  const char *tail;
  glong n_chars;

  g_return_val_if_fail (url != NULL, NULL);

  shown = dup_display (url, FALSE);
  n_chars = g_utf8_strlen (shown, -1);
  if (n_chars <= ND_SANITIZE_MAX_SHOWN_URL)
    return g_steal_pointer (&shown);

  head_end = g_utf8_offset_to_pointer (shown, ND_SANITIZE_MAX_SHOWN_URL - 21);
  tail = g_utf8_offset_to_pointer (shown, n_chars - 20);

  return g_strdup_printf ("%.*s…%s", (int)(head_end - shown), shown, tail);
}

/**
 * nd_sanitize_is_link_url:
 * @url: (nullable): a URL from an article
 *
 * Whether @url may be a link target, in the reader and in every export: only http and
 * https (any case), and at most %ND_SANITIZE_MAX_LINK_LENGTH bytes. A `javascript:`,
 * `data:` or `file:` URL, or a custom scheme that would start a local program, never is.
 *
 * Returns: %TRUE if @url may be a link
 */
gboolean
nd_sanitize_is_link_url (const char *url)
{
  const char *scheme;

  if (url == NULL || *url == '\0')
    return FALSE;

  if (strnlen (url, ND_SANITIZE_MAX_LINK_LENGTH + 1) > ND_SANITIZE_MAX_LINK_LENGTH)
    return FALSE;

  /* g_uri_peek_scheme() gives the scheme in lower case, or NULL for no valid scheme
   * (a URL that starts with a space has none). */
  scheme = g_uri_peek_scheme (url);
  return scheme != NULL &&
         (g_str_equal (scheme, "http") || g_str_equal (scheme, "https"));
}

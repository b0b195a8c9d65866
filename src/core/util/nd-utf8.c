/* nd-utf8.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nd-utf8"

#include "util/nd-utf8-private.h"

#include <string.h>

/* Frees @string and returns its text, with invalid UTF-8 replaced by U+FFFD.  The
 * converters in nd-paragraphs.c and nd-html.c copy broken bytes through while they work
 * and repair them here, once, at the end; a valid result, the common case, costs one
 * check. */
char *
_nd_utf8_finish (GString *string)
{
  char *valid;

  if (g_utf8_validate_len (string->str, string->len, NULL))
    return g_string_free (string, FALSE);

  valid = g_utf8_make_valid (string->str, string->len);
  g_string_free (string, TRUE);

  return valid;
}

/* Decodes @text in one pass, each ASCII byte (most of any English body) stored without
 * a lookup: g_utf8_validate() followed by g_utf8_to_ucs4_fast() read the text twice and
 * decoded every byte through a table, an eighth of the quotation finder's time.  Text
 * that is not valid UTF-8 is read as if each stray sequence were U+FFFD, as
 * g_utf8_make_valid() would have it, rather than past its end. */
gunichar *
_nd_utf8_to_chars (const char *text,
                   glong      *n_chars)
{
  size_t length = strlen (text);
  gunichar *chars = g_new (gunichar, length + 1);
  const guchar *p = (const guchar *)text;
  const guchar *end = p + length;
  glong n = 0;

  while (p < end)
    {
      if (*p < 0x80)
        {
          chars[n++] = *p++;
          continue;
        }

      gunichar c = g_utf8_get_char_validated ((const char *)p, end - p);

      if (c == (gunichar)-1 || c == (gunichar)-2)
        {
          g_autofree char *valid = g_utf8_make_valid (text, -1);

          g_free (chars);
          return g_utf8_to_ucs4_fast (valid, -1, n_chars);
        }
      chars[n++] = c;
      p = (const guchar *)g_utf8_next_char (p);
    }
  chars[n] = 0;
  *n_chars = n;

  return chars;
}

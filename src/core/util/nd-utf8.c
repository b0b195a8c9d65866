/* nd-utf8.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nd-utf8"

#include "util/nd-utf8-private.h"

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

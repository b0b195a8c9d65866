/* nd-paragraphs.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nd-paragraphs"

#include <string.h>

#include "util/nd-paragraphs.h"
#include "util/nd-utf8-private.h"

/* Callers validate UTF-8 before they get here, but a broken byte must still not make us
 * read past the end, so nothing below trusts g_utf8_next_char () on its own. */

/* Returns the length of the line break at @p (LF, CR, U+2028 or U+2029), or 0.  CRLF is
 * two breaks with an empty line between, which is dropped like any empty line. */
static gsize
line_break_length (const char *p,
                   const char *end)
{
  if (*p == '\n' || *p == '\r')
    return 1;

  if (end - p >= 3 && p[0] == '\xE2' && p[1] == '\x80' && (p[2] == '\xA8' || p[2] == '\xA9'))
    return 3;

  return 0;
}

/* Returns the length of the blank at @p that collapses inside a line, or 0.  U+00A0 is
 * among them because scraped text is full of &nbsp; turned into characters. */
static gsize
blank_length (const char *p,
              const char *end)
{
  if (*p == ' ' || *p == '\t' || *p == '\f' || *p == '\v')
    return 1;

  if (end - p >= 2 && p[0] == '\xC2' && p[1] == '\xA0')
    return 2;

  return 0;
}

static gboolean
is_plain_byte (char c)
{
  return c != '\n' && c != '\r' && c != ' ' && c != '\t' && c != '\f' && c != '\v' &&
         c != '\0' && c != '\xC2' && c != '\xE2';
}

/* Decodes the character at @p, or returns FALSE for a byte that starts no valid one. */
static gboolean
read_char (const char *p,
           const char *end,
           gunichar   *c,
           gsize      *len)
{
  gunichar decoded;

  if ((guchar)*p < 0x80)
    {
      *c = (guchar)*p;
      *len = 1;
      return TRUE;
    }

  decoded = g_utf8_get_char_validated (p, end - p);
  if (decoded == (gunichar)-1 || decoded == (gunichar)-2)
    return FALSE;

  *c = decoded;
  *len = g_utf8_next_char (p) - p;
  return TRUE;
}

/**
 * nd_paragraphs_normalize:
 * @text: a plain-text article body
 * @length: the length of @text in bytes, or -1 if it is NUL-terminated
 *
 * Brings a plain-text body to NewsDesk's body form.  Every line is a paragraph, as
 * news-please and NewsAPI write them: lines are trimmed, their blanks collapsed, empty
 * lines dropped, and the rest joined with one blank line.
 *
 * Returns: (transfer full): the body
 */
char *
nd_paragraphs_normalize (const char *text,
                              gssize      length)
{
  const char *p;
  const char *end;
  gboolean line_started = FALSE;
  gboolean pending_space = FALSE;
  GString *out;

  g_return_val_if_fail (text != NULL || length == 0, NULL);

  if (text == NULL)
    return g_strdup ("");

  end = text + (length < 0 ? strlen (text) : (gsize)length);
  out = g_string_sized_new (end - text);

  for (p = text; p < end;)
    {
      const char *run = p;
      gsize len;

      if ((len = line_break_length (p, end)) > 0)
        {
          line_started = FALSE;
          pending_space = FALSE;
          p += len;
          continue;
        }

      if ((len = blank_length (p, end)) > 0)
        {
          pending_space = TRUE;
          p += len;
          continue;
        }

      if (*p == '\0')
        {
          p++;
          continue;
        }

      /* A lone 0xC2 or 0xE2 lead byte starts a character that is neither. */
      for (p++; p < end && is_plain_byte (*p); p++)
        ;

      if (!line_started)
        {
          if (out->len > 0)
            g_string_append (out, "\n\n");
          line_started = TRUE;
        }
      else if (pending_space)
        g_string_append_c (out, ' ');

      pending_space = FALSE;
      g_string_append_len (out, run, p - run);
    }

  return _nd_utf8_finish (out);
}

/**
 * nd_paragraphs_collapse_spaces:
 * @text: a NUL-terminated one-line field, such as a title or an author's name
 *
 * Trims @text and turns every run of white space in it, line breaks included, into one
 * space.
 *
 * Returns: (transfer full): the collapsed text
 */
char *
nd_paragraphs_collapse_spaces (const char *text)
{
  const char *p;
  const char *end;
  gboolean pending_space = FALSE;
  GString *out;

  g_return_val_if_fail (text != NULL, NULL);

  end = text + strlen (text);
  out = g_string_sized_new (end - text);

  for (p = text; p < end;)
    {
      gunichar c;
      gsize len;
      gboolean valid;

      /* A broken byte is copied for _nd_utf8_finish () to replace. */
      valid = read_char (p, end, &c, &len);
      if (!valid)
        len = 1;

      if (valid && g_unichar_isspace (c))
        {
          pending_space = TRUE;
          p += len;
          continue;
        }

      if (pending_space && out->len > 0)
        g_string_append_c (out, ' ');

      pending_space = FALSE;
      g_string_append_len (out, p, len);
      p += len;
    }

  return _nd_utf8_finish (out);
}

static gboolean
is_word_joiner (gunichar c)
{
  return c == '\'' || c == 0x2019 ||             /* apostrophes */
         c == '-' || c == 0x2010 || c == 0x2011;  /* hyphens */
}

/**
 * nd_paragraphs_count_words:
 * @text: a NUL-terminated text
 *
 * Counts words: runs of letters and digits, where an apostrophe or a hyphen between two
 * of them does not split the word ("don't", "co-operate" and "1999" are one word each).
 * Combining marks continue a word, so accents written apart and scripts such as
 * Devanagari are not cut into pieces.
 *
 * Returns: the number of words in @text
 */
guint
nd_paragraphs_count_words (const char *text)
{
  const char *p;
  const char *end;
  gboolean in_word = FALSE;
  gboolean after_joiner = FALSE;
  guint count = 0;

  g_return_val_if_fail (text != NULL, 0);

  end = text + strlen (text);

  for (p = text; p < end;)
    {
      gunichar c;
      gsize len;

      if (!read_char (p, end, &c, &len))
        {
          in_word = FALSE;
          p++;
          continue;
        }

      p += len;

      if (g_unichar_isalnum (c))
        {
          if (!in_word)
            count++;
          in_word = TRUE;
          after_joiner = FALSE;
        }
      else if (in_word && !after_joiner && g_unichar_ismark (c))
        ;
      else if (in_word && !after_joiner && is_word_joiner (c))
        after_joiner = TRUE;
      else
        in_word = FALSE;
    }

  return count;
}

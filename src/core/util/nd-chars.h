/* nd-chars.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Character classes on gunichar that the tokenizers of dates/ and quotes/ share. They run
 * on every character of every body, hence inline and quick for ASCII. Where two callers
 * want a class slightly differently, both are here under names that say how. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

static inline gboolean
nd_char_is_alnum (gunichar c)
{
  return c < 0x80 ? g_ascii_isalnum (c) : g_unichar_isalnum (c);
}

static inline gboolean
nd_char_is_alpha (gunichar c)
{
  return c < 0x80 ? g_ascii_isalpha (c) : g_unichar_isalpha (c);
}

/* Upper case only: "ǅ" (title case) is not. */
static inline gboolean
nd_char_is_upper (gunichar c)
{
  return c < 0x80 ? g_ascii_isupper (c) : g_unichar_isupper (c);
}

/* What starts a capitalised word: upper case or title case ("ǅ"). */
static inline gboolean
nd_char_is_capital (gunichar c)
{
  return c < 0x80 ? g_ascii_isupper (c) : g_unichar_isupper (c) || g_unichar_istitle (c);
}

/* White space, line breaks and no-break spaces included (g_unichar_isspace() counts
 * U+00A0 as a space). */
static inline gboolean
nd_char_is_space (gunichar c)
{
  return c < 0x80 ? g_ascii_isspace (c) : g_unichar_isspace (c);
}

/* As nd_char_is_space(), and NUL too: for readers that return NUL outside the text they
 * look at, so that its edges count as white space. */
static inline gboolean
nd_char_is_space_or_nul (gunichar c)
{
  return c == 0 || nd_char_is_space (c);
}

/* What a word token is made of: letters and digits, and underscores and combining marks
 * too, so that a handle like S_AND_YY stays one word. */
static inline gboolean
nd_char_is_word_char (gunichar c)
{
  return nd_char_is_alnum (c) || c == '_' || (c >= 0x80 && g_unichar_ismark (c));
}

/* ' and ’ (U+2019), whatever they stand for where they are. */
static inline gboolean
nd_char_is_apostrophe (gunichar c)
{
  return c == '\'' || c == 0x2019;
}

/* . ! ? and … (U+2026) */
static inline gboolean
nd_char_is_sentence_end (gunichar c)
{
  return c == '.' || c == '!' || c == '?' || c == 0x2026;
}

G_END_DECLS

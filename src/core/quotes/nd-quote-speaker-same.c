/* nd-quote-speaker-same.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Whether two speakers' names, from different articles, name one person: what is left of
 * each without titles, middle initials, suffixes, accents and case must have the same
 * surname, and the same first name when both give one. */

#define G_LOG_DOMAIN "nd-quote-speaker"

#include "config.h"

#include <string.h>

#include "quotes/nd-quote-speaker.h"
#include "quotes/nd-quote-speaker-private.h"

/* @word without accents, in lower case, without the full stops and commas around it,
 * with a straight apostrophe. */
static char *
fold_word (const char *word)
{
  g_autofree char *decomposed = g_utf8_normalize (word, -1, G_NORMALIZE_NFD);
  GString *folded = g_string_new (NULL);

  for (const char *p = decomposed; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_ismark (c) || c == '.' || c == ',')
        continue;
      /* "O’Brien" and "O'Brien" are one name. */
      if (c == 0x2019)
        c = '\'';
      g_string_append_unichar (folded, g_unichar_tolower (c));
    }

  return g_string_free (folded, FALSE);
}

static gboolean
is_lexicon_title (const char *word)
{
  g_autofree gunichar *chars = NULL;
  glong n = 0;
  guint32 hash;

  chars = g_utf8_to_ucs4_fast (word, -1, &n);

  return (_nd_speaker_classify_word (chars, 0, (guint)n, &hash) & WORD_TITLE) != 0;
}

/* "senator", "ms", and "sen" as the lexicon knows it, "sen.". */
static gboolean
is_title (const char *word)
{
  g_autofree char *abbreviation = g_strconcat (word, ".", NULL);

  return is_lexicon_title (word) || is_lexicon_title (abbreviation);
}

static gboolean
is_suffix (const char *word)
{
  static const char * const suffixes[] = { "jr", "sr", "ii", "iii", "iv" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    if (g_str_equal (word, suffixes[i]))
      return TRUE;

  return FALSE;
}

/* The words of @name that tell who it is: "Senator Elizabeth A. Warren" is "elizabeth",
 * "warren". */
static GPtrArray *
name_words (const char *name)
{
  g_auto(GStrv) words = g_strsplit_set (name, " \t\n", -1);
  GPtrArray *kept = g_ptr_array_new_with_free_func (g_free);
  gboolean leading = TRUE;

  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *word = fold_word (words[i]);

      if (*word == '\0')
        continue;
      /* Titles in front only: "Prince" may be a whole name. */
      if (leading && words[i + 1] != NULL && is_title (word))
        continue;
      leading = FALSE;
      if (g_utf8_strlen (word, -1) == 1 || is_suffix (word))
        continue;
      g_ptr_array_add (kept, g_steal_pointer (&word));
    }

  return kept;
}

/**
 * nd_quote_speaker_same_person:
 * @a: a speaker's name, as a quotation gives it
 * @b: another
 *
 * Tells whether @a and @b, names from different articles, are the same person's:
 * "Warren", "Senator Warren", "Ms. Warren" and "Elizabeth A. Warren" are, "Elizabeth
 * Warren" and "Mark Warren" are not. Titles in front, middle initials, "Jr." and the
 * like, accents and case do not count; a name given as a surname alone is the same as any
 * fuller name with that surname.
 *
 * Returns: whether they name one person
 */
gboolean
nd_quote_speaker_same_person (const char *a,
                              const char *b)
{
  g_autoptr(GPtrArray) first = NULL;
  g_autoptr(GPtrArray) second = NULL;
  const char *first_last, *second_last;

  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  _nd_speaker_lexicon_init ();
  first = name_words (a);
  second = name_words (b);
  if (first->len == 0 || second->len == 0)
    return FALSE;

  first_last = g_ptr_array_index (first, first->len - 1);
  second_last = g_ptr_array_index (second, second->len - 1);
  if (!g_str_equal (first_last, second_last))
    return FALSE;

  /* "Warren" and "Elizabeth Warren"; else the first names must agree, middle names
   * aside ("Donald John Trump" is "Donald Trump"). */
  if (first->len == 1 || second->len == 1)
    return TRUE;

  return g_str_equal (g_ptr_array_index (first, 0), g_ptr_array_index (second, 0));
}

/* nd-statement-speakers.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Whether the outlets give a statement to different people. Two names are one voice when
 * they name one person (nd_quote_speaker_same_person(): "Warren", "Elizabeth Warren"), are
 * one name spelt with or without hyphens ("Kim Jong-un", "Kim Jong Un"), when one is among
 * a joint credit ("Michael Sheen and Sarah Silverman"), when one body's name begins the
 * other's ("Halvorsen-Tate", "Halvorsen-Tate Marine"), or when the article ties a person to
 * the body (a spokeswoman for it): a person who speaks for a body does not disagree with
 * it. */

#define G_LOG_DOMAIN "nd-statement"

#include "config.h"

#include <string.h>

#include "compare/nd-statement-private.h"
#include "quotes/nd-quote-speaker.h"
#include "search/nd-fold.h"

/* The words of a body's name that tell it from others: folded, without "the", full stops
 * and the forms of a company ("Ltd", "Inc."). */
static GStrv
name_words (const char *name)
{
  static const char * const titles[] = { "the", "inc", "ltd", "llc", "plc", "corp",
                                         "corporation", "co", "group", "company" };
  g_autofree char *folded = nd_fold_word (name, -1);
  g_auto(GStrv) words = g_strsplit_set (folded, " .,", -1);
  g_autoptr(GStrvBuilder) kept = g_strv_builder_new ();

  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0' && !g_strv_contains (titles, words[i]))
      g_strv_builder_add (kept, words[i]);

  return g_strv_builder_end (kept);
}

/* "Halvorsen-Tate" for "Halvorsen-Tate Marine", "Broadcom" for "Broadcom Ltd": a body's
 * name that begins another's. */
static gboolean
is_short_form (const char *a,
               const char *b)
{
  g_auto(GStrv) wa = name_words (a);
  g_auto(GStrv) wb = name_words (b);
  guint n = 0;

  while (wa[n] != NULL && wb[n] != NULL && strcmp (wa[n], wb[n]) == 0)
    n++;

  return n > 0 && (wa[n] == NULL || wb[n] == NULL);
}

/* Words that name the kind of a body, not which one it is. */
static gboolean
is_generic_name_word (const char *word)
{
  static const char * const generic[] = { "National", "United", "States", "International",
                                          "Department", "Ministry", "Office", "Council",
                                          "Association", "Agency", "Committee", "Government" };

  for (gsize i = 0; i < G_N_ELEMENTS (generic); i++)
    if (g_str_equal (word, generic[i]))
      return TRUE;

  return FALSE;
}

/* The words of @name an article may call it by: its first word ("Halvorsen-Tate" of
 * "Halvorsen-Tate Marine"), and for a body's long name ("National Academy of Recording Arts
 * and Sciences", three words or more) its other telling words ("the Recording Academy"). */
static GStrv
calling_words (const char *name)
{
  g_auto(GStrv) words = g_strsplit (name, " ", -1);
  g_autoptr(GStrvBuilder) kept = g_strv_builder_new ();
  guint n = g_strv_length (words);

  for (guint i = 0; i < n; i++)
    if (words[i][0] != '\0' &&
        (i == 0 || (n >= 3 && g_ascii_isupper (words[i][0]) && strlen (words[i]) >= 4 &&
                    !is_generic_name_word (words[i]))))
      g_strv_builder_add (kept, words[i]);

  return g_strv_builder_end (kept);
}

/* Whether @version's article ties its speaker to @other: a word the other speaker is called
 * by stands near the speaker's name, as in "Dana Kowalczyk, a spokeswoman for
 * Halvorsen-Tate" or "Grammy president Neil Portnow" beside "the Recording Academy". A
 * person who speaks for a body does not disagree with the body. */
static gboolean
speaks_for (const NdStatementVersion *version,
            const char               *other)
{
  const char *body = nd_article_get_body (version->article);
  g_auto(GStrv) words = g_strsplit (version->speaker, " ", -1);
  g_auto(GStrv) other_words = calling_words (other);
  const char *last = words[0] != NULL ? words[g_strv_length (words) - 1] : NULL;
  const char *p;

  if (body == NULL || last == NULL || other_words[0] == NULL || *last == '\0')
    return FALSE;

  for (p = strstr (body, last); p != NULL; p = strstr (p + 1, last))
    {
      const char *from = MAX (body, p - 150);
      g_autofree char *near = g_strndup (from, MIN (strlen (from), (gsize)(p - from) + 150 + strlen (last)));

      for (guint i = 0; other_words[i] != NULL; i++)
        if (strstr (near, other_words[i]) != NULL)
          return TRUE;
    }

  return FALSE;
}

/* @name folded, without spaces and hyphens: "Kim Jong-un" and "Kim Jong Un" meet. */
static char *
squeeze_name (const char *name)
{
  g_autofree char *folded = nd_fold_word (name, -1);
  GString *squeezed = g_string_new (NULL);

  for (const char *p = folded; *p != '\0'; p++)
    if (*p != ' ' && *p != '-')
      g_string_append_c (squeezed, *p);

  return g_string_free (squeezed, FALSE);
}

/* Whether @joint names several speakers ("Michael Sheen and Sarah Silverman"), @name one of
 * them. */
static gboolean
is_one_of (const char *name,
           const char *joint)
{
  g_auto(GStrv) names = NULL;

  if (strstr (joint, " and ") == NULL)
    return FALSE;

  names = g_strsplit (joint, " and ", -1);
  for (guint i = 0; names[i] != NULL; i++)
    if (nd_quote_speaker_same_person (name, names[i]))
      return TRUE;

  return FALSE;
}

static gboolean
are_one_voice (const NdStatementVersion *a,
               const NdStatementVersion *b)
{
  g_autofree char *squeezed_a = squeeze_name (a->speaker);
  g_autofree char *squeezed_b = squeeze_name (b->speaker);

  return nd_quote_speaker_same_person (a->speaker, b->speaker) ||
         g_str_equal (squeezed_a, squeezed_b) ||
         is_one_of (a->speaker, b->speaker) || is_one_of (b->speaker, a->speaker) ||
         is_short_form (a->speaker, b->speaker) ||
         speaks_for (a, b->speaker) || speaks_for (b, a->speaker);
}

/* Groups the versions by who they give the statement to; when there are two voices or
 * more, marks the versions outside the voice most versions name (all that name someone,
 * when two voices are named as often). Returns whether the speakers differ. */
gboolean
_nd_statement_mark_speakers_differ (GPtrArray *versions)
{
  guint n = versions->len;
  g_autofree guint *voice = g_new (guint, MAX (n, 1));
  g_autofree guint *size = g_new0 (guint, MAX (n, 1));
  guint n_voices = 0;
  guint largest = 0;
  guint n_largest = 0;

  for (guint i = 0; i < n; i++)
    {
      const NdStatementVersion *version = g_ptr_array_index (versions, i);

      voice[i] = version->speaker != NULL ? i : G_MAXUINT;
      for (guint j = 0; j < i && voice[i] == i; j++)
        if (voice[j] != G_MAXUINT && are_one_voice (version, g_ptr_array_index (versions, j)))
          voice[i] = voice[j];
      if (voice[i] != G_MAXUINT)
        size[voice[i]]++;
    }

  for (guint i = 0; i < n; i++)
    {
      if (size[i] == 0)
        continue;
      n_voices++;
      n_largest = size[i] > largest ? 1 : n_largest + (size[i] == largest);
      largest = MAX (largest, size[i]);
    }

  if (n_voices < 2)
    return FALSE;

  for (guint i = 0; i < n; i++)
    if (voice[i] != G_MAXUINT)
      ((NdStatementVersion *)g_ptr_array_index (versions, i))->speaker_differs =
        n_largest > 1 || size[voice[i]] < largest;

  return TRUE;
}

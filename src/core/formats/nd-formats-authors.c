/* nd-formats-authors.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* news-please scrapes its `authors` from the page around the byline, so besides names it
 * brings back what stood near them: the words of an author's biography split at its commas
 * ("An Avid Reader", "Writer", "Motorcyclist", then whole sentences), credits and labels
 * ("Author", "Getty Images", "2 Min Read"), the site's own address, links to more of an
 * author's stories, and two names run together. The reader showed them all as a byline.
 * Only news-please's authors are tidied: the other formats' authors were written as such. */

#define G_LOG_DOMAIN "nd-formats"

#include "config.h"

#include <string.h>

#include "formats/nd-formats-private.h"

/* Labels that stand beside a byline, never a person's name (folded to lower case). */
static gboolean
is_label (const char *name)
{
  static const char * const labels[] = {
    "author", "authors", "writer", "reporter", "editor", "senior editor", "staff",
    "staff writer", "contributor", "correspondent", "image", "images", "photo", "photos",
    "getty", "getty images", "twitter", "facebook", "instagram", "min read", "email",
  };
  g_autofree char *folded = g_utf8_strdown (name, -1);

  return g_strv_contains (labels, folded);
}

static guint
count_words (const char *name)
{
  guint n = 0;
  gboolean in_word = FALSE;

  for (const char *p = name; *p != '\0'; p++)
    {
      gboolean space = *p == ' ';

      n += !space && !in_word;
      in_word = !space;
    }

  return n;
}

/* A piece of a biography: a sentence, or a phrase that opens with an article ("An Avid
 * Reader"). "Garrett M. Graff" has a full stop and a space but is three words. */
static gboolean
is_prose (const char *name)
{
  guint n_words = count_words (name);

  return n_words > 5 || (strstr (name, ". ") != NULL && n_words > 3) ||
         g_str_has_prefix (name, "A ") || g_str_has_prefix (name, "An ");
}

/* "Www.Dw.Com": the site's address, a word with full stops and no space. */
static gboolean
is_address (const char *name)
{
  return strchr (name, ' ') == NULL && strchr (name, '.') != NULL &&
         g_ascii_strncasecmp (name, "www.", 4) == 0;
}

/* "Neil Callanan Michael J Moore" beside "Neil Callanan" and "Michael J Moore". */
static gboolean
is_two_names_run_together (const char *name,
                           GStrv       names)
{
  for (guint i = 0; names[i] != NULL; i++)
    {
      gsize length = strlen (names[i]);

      if (length < strlen (name) && strncmp (name, names[i], length) == 0 &&
          name[length] == ' ' && g_strv_contains ((const char * const *)names, name + length + 1))
        return TRUE;
    }

  return FALSE;
}

/* "Neil Callanan" again, once "More Stories " is gone from a link to his stories. */
static gboolean
appears_before (GStrv names,
                guint index)
{
  for (guint i = 0; i < index; i++)
    if (g_str_equal (names[i], names[index]))
      return TRUE;

  return FALSE;
}

static const char *
skip_link_words (const char *name)
{
  static const char * const prefixes[] = { "More Stories ", "More from ", "By " };

  for (gsize i = 0; i < G_N_ELEMENTS (prefixes); i++)
    if (g_str_has_prefix (name, prefixes[i]) && name[strlen (prefixes[i])] != '\0')
      return name + strlen (prefixes[i]);

  return name;
}

/**
 * _nd_formats_tidy_scraped_authors:
 * @authors: (transfer full) (nullable): the authors as news-please scraped them
 *
 * Returns: (transfer full) (nullable): the names among @authors, in their order, without
 *   biographies, labels, addresses, links and names run together; %NULL if none is left
 */
GStrv
_nd_formats_tidy_scraped_authors (GStrv authors)
{
  g_autoptr(GStrvBuilder) names_builder = NULL;
  g_autoptr(GStrvBuilder) kept = NULL;
  g_auto(GStrv) names = NULL;
  /* Takes @authors: freed on return, whichever way. */
  G_GNUC_UNUSED g_auto(GStrv) owned = authors;
  gboolean has_prose = FALSE;
  guint n_kept = 0;

  if (authors == NULL)
    return NULL;

  for (guint i = 0; authors[i] != NULL; i++)
    has_prose |= is_prose (authors[i]);

  names_builder = g_strv_builder_new ();
  for (guint i = 0; authors[i] != NULL; i++)
    {
      const char *name = skip_link_words (authors[i]);

      /* Among the words of a biography, one word alone ("Writer") is one of them too. */
      if (is_prose (name) || is_label (name) || is_address (name) ||
          (has_prose && count_words (name) == 1))
        continue;
      g_strv_builder_add (names_builder, name);
    }
  names = g_strv_builder_end (names_builder);

  kept = g_strv_builder_new ();
  for (guint i = 0; names[i] != NULL; i++)
    if (!is_two_names_run_together (names[i], names) && !appears_before (names, i))
      {
        g_strv_builder_add (kept, names[i]);
        n_kept++;
      }

  return n_kept > 0 ? g_strv_builder_end (kept) : NULL;
}

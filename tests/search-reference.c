/* search-reference.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The brute-force search the property test compares the index with. It shares only the
 * query parser and nd_fold_word() with the real thing (both tested on their own); the
 * splitting into words, the matching and the prefix rule are written again here, as
 * plainly as possible, on arrays of code points. */

#include "config.h"

#include <string.h>

#include "search/nd-fold.h"
#include "search/nd-search-index.h"
#include "search/nd-search-query-private.h"
#include "search-reference.h"

typedef struct
{
  NdArticle *article;
  GStrv      title;
  GStrv      body;
  char      *source;
  GStrv      authors;
} Entry;

struct _SearchReference
{
  GPtrArray *entries;
};

enum { OTHER, LETTER, DIGIT, MARK, APOSTROPHE, HYPHEN };

static int
classify (gunichar c)
{
  if (c == '\'' || c == '`' || c == 0x2018 || c == 0x2019 || c == 0x2032 || c == 0x02BC)
    return APOSTROPHE;
  if (c == '-' || c == 0x2010 || c == 0x2011 || c == 0x00AD)
    return HYPHEN;
  if (g_unichar_ismark (c))
    return MARK;
  if (g_unichar_isalpha (c))
    return LETTER;
  if (g_unichar_isdigit (c))
    return DIGIT;

  return OTHER;
}

/* Words: runs of letters and digits, marks included, an apostrophe kept between two
 * letters and a hyphen between two letters or digits; each folded by nd_fold_word(). */
GStrv
search_reference_tokenize (const char *text)
{
  GPtrArray *words = g_ptr_array_new ();
  glong n = 0;
  gunichar *chars = g_utf8_to_ucs4_fast (text != NULL ? text : "", -1, &n);
  glong i = 0;

  while (i < n)
    {
      int last;
      glong j;
      g_autoptr(GString) raw = g_string_new (NULL);

      if (classify (chars[i]) != LETTER && classify (chars[i]) != DIGIT)
        {
          i++;
          continue;
        }

      last = classify (chars[i]);
      j = i + 1;
      while (j < n)
        {
          int cls = classify (chars[j]);
          int next = j + 1 < n ? classify (chars[j + 1]) : OTHER;

          if (cls == LETTER || cls == DIGIT)
            last = cls;
          else if (cls == MARK)
            ;
          else if (cls == APOSTROPHE && last == LETTER && next == LETTER)
            ;
          else if (cls == HYPHEN && (next == LETTER || next == DIGIT))
            ;
          else
            break;
          j++;
        }

      for (glong k = i; k < j; k++)
        g_string_append_unichar (raw, chars[k]);
      g_ptr_array_add (words, nd_fold_word (raw->str, raw->len));
      i = j;
    }

  g_free (chars);
  g_ptr_array_add (words, NULL);

  return (GStrv)g_ptr_array_free (words, FALSE);
}

static void
entry_free (gpointer data)
{
  Entry *entry = data;

  g_object_unref (entry->article);
  g_strfreev (entry->title);
  g_strfreev (entry->body);
  g_free (entry->source);
  g_strfreev (entry->authors);
  g_free (entry);
}

SearchReference *
search_reference_new (void)
{
  SearchReference *self = g_new0 (SearchReference, 1);

  self->entries = g_ptr_array_new_with_free_func (entry_free);

  return self;
}

void
search_reference_free (SearchReference *self)
{
  g_ptr_array_unref (self->entries);
  g_free (self);
}

void
search_reference_add (SearchReference *self,
                      NdArticle       *article)
{
  Entry *entry = g_new0 (Entry, 1);
  const char * const *authors = nd_article_get_authors (article);
  guint n_authors = authors != NULL ? g_strv_length ((GStrv)authors) : 0;

  entry->article = g_object_ref (article);
  entry->title = search_reference_tokenize (nd_article_get_title (article));
  entry->body = search_reference_tokenize (nd_article_get_body (article));
  entry->source = nd_fold_word (nd_article_get_source (article) ? nd_article_get_source (article) : "", -1);
  entry->authors = g_new0 (char *, n_authors + 1);
  for (guint i = 0; i < n_authors; i++)
    entry->authors[i] = nd_fold_word (authors[i], -1);

  g_ptr_array_add (self->entries, entry);
}

void
search_reference_remove (SearchReference *self,
                         NdArticle       *article)
{
  for (guint i = 0; i < self->entries->len; i++)
    {
      Entry *entry = g_ptr_array_index (self->entries, i);

      if (entry->article == article)
        {
          g_ptr_array_remove_index (self->entries, i);
          return;
        }
    }
}

typedef struct
{
  char  *word;
  guint  df;
} Candidate;

static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const Candidate *ca = a;
  const Candidate *cb = b;

  if (ca->df != cb->df)
    return ca->df > cb->df ? -1 : 1;

  return strcmp (ca->word, cb->word);
}

/* The words a query word stands for: itself, or as a prefix the word itself (if some
 * article has it) and then the words it begins in the most articles, ties in byte
 * order, ND_SEARCH_MAX_PREFIX_TERMS in all. */
static GPtrArray *
expand (SearchReference *self,
        const char      *word,
        gboolean         prefix)
{
  g_autoptr(GHashTable) df = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);
  GHashTableIter iter;
  gpointer key;
  gpointer value;
  guint cap = ND_SEARCH_MAX_PREFIX_TERMS;

  for (guint i = 0; i < self->entries->len; i++)
    {
      Entry *entry = g_ptr_array_index (self->entries, i);
      g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
      GStrv lists[] = { entry->title, entry->body };

      for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
        {
          for (guint k = 0; lists[l][k] != NULL; k++)
            {
              if (g_str_has_prefix (lists[l][k], word) && g_hash_table_add (seen, lists[l][k]))
                g_hash_table_insert (df, lists[l][k],
                                     GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (df, lists[l][k])) + 1));
            }
        }
    }

  if (g_hash_table_contains (df, word))
    {
      g_ptr_array_add (out, g_strdup (word));
      cap--;
    }

  if (!prefix)
    return out;

  g_hash_table_iter_init (&iter, df);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      Candidate candidate = { key, GPOINTER_TO_UINT (value) };

      if (strcmp (key, word) != 0)
        g_array_append_val (candidates, candidate);
    }
  g_array_sort (candidates, compare_candidates);

  for (guint i = 0; i < candidates->len && i < cap; i++)
    g_ptr_array_add (out, g_strdup (g_array_index (candidates, Candidate, i).word));

  return out;
}

static gboolean
in_words (GPtrArray  *words,
          const char *word)
{
  for (guint i = 0; i < words->len; i++)
    {
      if (strcmp (g_ptr_array_index (words, i), word) == 0)
        return TRUE;
    }

  return FALSE;
}

/* Whether the words follow each other somewhere in @list. */
static gboolean
list_has_phrase (GStrv       list,
                 GPtrArray **words,
                 guint       n_words)
{
  guint len = g_strv_length (list);

  for (guint i = 0; i + n_words <= len; i++)
    {
      gboolean all = TRUE;

      for (guint w = 0; w < n_words && all; w++)
        all = in_words (words[w], list[i + w]);

      if (all)
        return TRUE;
    }

  return FALSE;
}

/* The words each word of a text atom stands for, found once per query. */
static GPtrArray **
expand_atom (SearchReference    *self,
             const NdSearchAtom *atom)
{
  GPtrArray **words = g_new0 (GPtrArray *, atom->n_words);

  for (guint w = 0; w < atom->n_words; w++)
    words[w] = expand (self, atom->words[w], atom->prefix && w == atom->n_words - 1);

  return words;
}

static gboolean
in_title_or_body (Entry              *entry,
                  const NdSearchAtom *atom,
                  GPtrArray         **words,
                  guint               n_words)
{
  return list_has_phrase (entry->title, words, n_words) ||
         (!atom->title_only && list_has_phrase (entry->body, words, n_words));
}

/* In a phrase, a word still being typed is only looked for anywhere, as a prefix; the
 * words before it must form the phrase. */
static gboolean
text_matches (Entry              *entry,
              const NdSearchAtom *atom,
              GPtrArray         **words)
{
  if (atom->prefix && atom->n_words > 1)
    return in_title_or_body (entry, atom, words, atom->n_words - 1) &&
           in_title_or_body (entry, atom, words + atom->n_words - 1, 1);

  return in_title_or_body (entry, atom, words, atom->n_words);
}

static gboolean
atom_matches (Entry              *entry,
              const NdSearchAtom *atom,
              GPtrArray         **words)
{
  GDateTime *published = nd_article_get_published (entry->article);
  gboolean matches = FALSE;

  switch (atom->kind)
    {
    case ND_SEARCH_ATOM_TEXT:
      matches = text_matches (entry, atom, words);
      break;

    case ND_SEARCH_ATOM_SOURCE:
      matches = strstr (entry->source, atom->value) != NULL;
      break;

    case ND_SEARCH_ATOM_AUTHOR:
      for (guint i = 0; entry->authors[i] != NULL; i++)
        matches |= strstr (entry->authors[i], atom->value) != NULL;
      break;

    case ND_SEARCH_ATOM_AFTER:
      matches = published != NULL && g_date_time_to_unix (published) >= atom->time;
      break;

    case ND_SEARCH_ATOM_BEFORE:
      matches = published != NULL && g_date_time_to_unix (published) < atom->time;
      break;

    default:
      g_assert_not_reached ();
    }

  return atom->negated ? !matches : matches;
}

/* Returns: (transfer container): the articles that match @query, in the order added. */
GPtrArray *
search_reference_find (SearchReference *self,
                       NdSearchQuery   *query)
{
  GPtrArray *clauses = _nd_search_query_get_clauses (query);
  GPtrArray *found = g_ptr_array_new ();
  g_autoptr(GHashTable) expanded = g_hash_table_new (NULL, NULL);
  GHashTableIter iter;
  gpointer key;
  gpointer value;

  for (guint c = 0; c < clauses->len; c++)
    {
      GPtrArray *clause = g_ptr_array_index (clauses, c);

      for (guint a = 0; a < clause->len; a++)
        {
          const NdSearchAtom *atom = g_ptr_array_index (clause, a);

          if (atom->kind == ND_SEARCH_ATOM_TEXT)
            g_hash_table_insert (expanded, (gpointer)atom, expand_atom (self, atom));
        }
    }

  for (guint i = 0; i < self->entries->len; i++)
    {
      Entry *entry = g_ptr_array_index (self->entries, i);
      gboolean all = TRUE;

      for (guint c = 0; c < clauses->len && all; c++)
        {
          GPtrArray *clause = g_ptr_array_index (clauses, c);
          gboolean any = FALSE;

          for (guint a = 0; a < clause->len && !any; a++)
            {
              const NdSearchAtom *atom = g_ptr_array_index (clause, a);

              any = atom_matches (entry, atom, g_hash_table_lookup (expanded, atom));
            }

          all = any;
        }

      if (all)
        g_ptr_array_add (found, entry->article);
    }

  g_hash_table_iter_init (&iter, expanded);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const NdSearchAtom *atom = key;
      GPtrArray **words = value;

      for (guint w = 0; w < atom->n_words; w++)
        g_ptr_array_unref (words[w]);
      g_free (words);
    }

  return found;
}

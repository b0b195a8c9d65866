/* nd-search-query.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The query language of the search bar:
 *
 *   word               every word must match (case, accents, quotes and hyphens ignored)
 *   "exact phrase"     the words one after another, in the title or in the body
 *   -word, -"phrase"   leave out the articles that match (also -source:, -title: ...)
 *   a OR b             either; OR binds tighter than the implicit AND: a b OR c = a (b OR c)
 *   source:NAME        the source contains NAME (source:"Two words" for spaces)
 *   author:NAME        an author's name contains NAME
 *   title:word         the word (or title:"a phrase") is in the title
 *   after:DATE         published on or after DATE (UTC); YYYY-MM-DD, YYYY-MM or YYYY
 *   before:DATE        published on or before DATE (UTC), same forms
 *
 * Only OR in capitals is an operator. Field names ignore case. A word that folds into
 * several words ("U.S.", "10:30") is searched as a phrase of them.
 *
 * Whatever the reader typed is searched: a mistake is reported as a message (the first
 * one found) and the query goes on without the broken part, or with the most likely
 * reading of it: an unclosed quotation mark runs to the end of the text, an unknown
 * field is searched as plain words, a bad date or an empty field is left out, and so are
 * a lone minus sign and an OR without a term on both sides.
 *
 * When the caller says the last word is being typed, the last word of the text (also the
 * last word of an unclosed phrase or of title:) matches every word it begins, provided
 * nothing but an apostrophe or a hyphen follows it: "co-" and "don'" are words being
 * typed, "war." and a closed phrase are finished. An excluded word is never a prefix:
 * "-c" would otherwise hide almost everything while "-crime" is being typed. In an
 * unclosed phrase, the word being typed is matched anywhere in the article, and only the
 * words before it must follow each other: matching every word a letter or two begin
 * right after the phrase costs too much per keystroke. */

#define G_LOG_DOMAIN "nd-search-query"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "search/nd-fold.h"
#include "search/nd-search-query-private.h"

struct _NdSearchQuery
{
  gatomicrefcount  ref_count;
  char            *text;
  /* Every problem found, in the order of the text, each once; NULL-terminated. */
  GPtrArray       *problems;
  /* (element-type GPtrArray (element-type NdSearchAtom)) */
  GPtrArray       *clauses;
};

G_DEFINE_BOXED_TYPE (NdSearchQuery, nd_search_query, nd_search_query_ref, nd_search_query_unref)

typedef struct
{
  NdSearchQuery *query;
  const char    *text;
  gsize          len;
  gsize          pos;
  /* An OR has been read and waits for the term that follows it. */
  gboolean       pending_or;
  /* The last atom added, and where in the text its last word ends (0 if it has none). */
  NdSearchAtom  *last_atom;
  gsize          last_word_end;
} Parser;

static void
atom_free (gpointer data)
{
  NdSearchAtom *atom = data;

  g_strfreev (atom->words);
  g_free (atom->value);
  g_free (atom);
}

static void
set_problem (Parser     *parser,
             const char *format,
             ...) G_GNUC_PRINTF (2, 3);

static void
set_problem (Parser     *parser,
             const char *format,
             ...)
{
  GPtrArray *problems = parser->query->problems;
  g_autofree char *problem = NULL;
  va_list args;

  va_start (args, format);
  problem = g_strdup_vprintf (format, args);
  va_end (args);

  /* The same mistake twice ("a: b: c") is told once. */
  for (guint i = 0; i + 1 < problems->len; i++)
    if (g_str_equal (problems->pdata[i], problem))
      return;

  g_ptr_array_insert (problems, (int)problems->len - 1, g_steal_pointer (&problem));
}

static gboolean
is_quote (gunichar c)
{
  return c == '"' || c == 0x201C || c == 0x201D || c == 0x201E || c == 0x201F ||
         c == 0x00AB || c == 0x00BB;
}

/* The characters that may follow a word still being typed: the start of "don't" or of
 * "co-operate". */
static gboolean
is_joiner (gunichar c)
{
  return c == '\'' || c == '`' || c == 0x2018 || c == 0x2019 || c == 0x2032 || c == 0x02BC ||
         c == '-' || c == 0x2010 || c == 0x2011 || c == 0x00AD;
}

static gunichar
peek (Parser *parser)
{
  if (parser->pos >= parser->len)
    return 0;

  return g_utf8_get_char (parser->text + parser->pos);
}

static void
advance (Parser *parser)
{
  if (parser->pos < parser->len)
    parser->pos = g_utf8_next_char (parser->text + parser->pos) - parser->text;
}

static void
skip_spaces (Parser *parser)
{
  while (parser->pos < parser->len && g_unichar_isspace (peek (parser)))
    advance (parser);
}

typedef struct
{
  GPtrArray *words;
  gsize      last_end;
} Words;

static void
collect_word_cb (const NdToken *token,
                 gpointer       user_data)
{
  Words *words = user_data;

  g_ptr_array_add (words->words, g_strndup (token->text, token->len));
  words->last_end = token->byte_end;
}

/* Adds @atom to the query: to the clause before it after an OR, else as a new clause. */
static void
add_atom (Parser       *parser,
          NdSearchAtom *atom,
          gsize         last_word_end)
{
  GPtrArray *clauses = parser->query->clauses;

  if (parser->pending_or && clauses->len > 0)
    g_ptr_array_add (g_ptr_array_index (clauses, clauses->len - 1), atom);
  else
    {
      GPtrArray *clause = g_ptr_array_new_with_free_func (atom_free);

      g_ptr_array_add (clause, atom);
      g_ptr_array_add (clauses, clause);
    }

  parser->pending_or = FALSE;
  parser->last_atom = atom;
  parser->last_word_end = last_word_end;
}

/* Adds the words of text[start, end) as one atom: a word, or a phrase when it holds more
 * than one. Text without any word is dropped: returns whether an atom was added. */
static gboolean
add_text (Parser   *parser,
          gsize     start,
          gsize     end,
          gboolean  negated,
          gboolean  title_only)
{
  Words words = { g_ptr_array_new (), 0 };
  NdSearchAtom *atom;

  nd_tokenize (parser->text + start, end - start, collect_word_cb, &words);

  if (words.words->len == 0)
    {
      g_ptr_array_free (words.words, TRUE);
      return FALSE;
    }

  atom = g_new0 (NdSearchAtom, 1);
  atom->kind = ND_SEARCH_ATOM_TEXT;
  atom->negated = negated;
  atom->title_only = title_only;
  atom->n_words = words.words->len;
  g_ptr_array_add (words.words, NULL);
  atom->words = (GStrv)g_ptr_array_free (words.words, FALSE);

  add_atom (parser, atom, start + words.last_end);

  return TRUE;
}

/* Reads a quoted text starting at the opening quotation mark; sets *start and *end to
 * its contents. An unclosed quotation mark runs to the end. */
static void
read_quoted (Parser *parser,
             gsize  *start,
             gsize  *end)
{
  advance (parser);
  *start = parser->pos;

  while (parser->pos < parser->len && !is_quote (peek (parser)))
    advance (parser);

  *end = parser->pos;

  if (parser->pos < parser->len)
    advance (parser);
  else
    set_problem (parser, _("A quotation mark is not closed, so the rest of the search is "
                           "taken as one phrase."));
}

/* Reads a bare chunk: everything up to a space or a quotation mark. */
static void
read_bare (Parser *parser,
           gsize  *start,
           gsize  *end)
{
  *start = parser->pos;

  while (parser->pos < parser->len)
    {
      gunichar c = peek (parser);

      if (g_unichar_isspace (c) || is_quote (c))
        break;
      advance (parser);
    }

  *end = parser->pos;
}

/* Collapses runs of white space and trims, so source:" The  Times" finds "The Times". */
static char *
fold_value (const char *value,
            gsize       len)
{
  g_autofree char *folded = nd_fold_word (value, len);
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        {
          space = out->len > 0;
          continue;
        }

      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

static gboolean
read_digits (const char **p,
             guint        n,
             guint       *value)
{
  *value = 0;

  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit ((*p)[i]))
        return FALSE;
      *value = *value * 10 + ((*p)[i] - '0');
    }

  *p += n;

  return TRUE;
}

/* Parses YYYY, YYYY-MM or YYYY-MM-DD into the first second of that period and the first
 * second after it. */
static gboolean
parse_date (const char *value,
            gint64     *first,
            gint64     *after_last)
{
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) next = NULL;
  const char *p = value;
  guint year;
  guint month = 0;
  guint day = 0;

  if (!read_digits (&p, 4, &year) || year < 1)
    return FALSE;

  if (*p == '-')
    {
      p++;
      if (!read_digits (&p, 2, &month) || month < 1 || month > 12)
        return FALSE;

      if (*p == '-')
        {
          p++;
          if (!read_digits (&p, 2, &day) || !g_date_valid_dmy (day, month, year))
            return FALSE;
        }
    }

  if (*p != '\0')
    return FALSE;

  start = g_date_time_new_utc (year, month ? month : 1, day ? day : 1, 0, 0, 0);
  if (start == NULL)
    return FALSE;

  if (day != 0)
    next = g_date_time_add_days (start, 1);
  else if (month != 0)
    next = g_date_time_add_months (start, 1);
  else
    next = g_date_time_add_years (start, 1);

  *first = g_date_time_to_unix (start);
  *after_last = next != NULL ? g_date_time_to_unix (next) : G_MAXINT64;

  return TRUE;
}

static NdSearchAtomKind
field_kind (const char *name,
            gsize       len,
            gboolean   *known)
{
  static const struct {
    const char       *name;
    NdSearchAtomKind  kind;
  } fields[] = {
    { "source", ND_SEARCH_ATOM_SOURCE },
    { "author", ND_SEARCH_ATOM_AUTHOR },
    { "title", ND_SEARCH_ATOM_TEXT },
    { "after", ND_SEARCH_ATOM_AFTER },
    { "before", ND_SEARCH_ATOM_BEFORE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      if (strlen (fields[i].name) == len && g_ascii_strncasecmp (fields[i].name, name, len) == 0)
        {
          *known = TRUE;
          return fields[i].kind;
        }
    }

  *known = FALSE;

  return ND_SEARCH_ATOM_TEXT;
}

/* Length of the field name at the start of text[start, end) when it is one: ASCII
 * letters and a colon, with something after the colon. 0 otherwise. */
static gsize
field_name_length (const char *text,
                   gsize       start,
                   gsize       end,
                   gboolean    value_may_be_empty)
{
  gsize i = start;

  while (i < end && g_ascii_isalpha (text[i]))
    i++;

  if (i == start || i >= end || text[i] != ':')
    return 0;
  if (i + 1 >= end && !value_may_be_empty)
    return 0;

  return i - start;
}

static void
parse_field (Parser           *parser,
             NdSearchAtomKind  kind,
             const char       *name,
             gsize             name_len,
             gboolean          negated)
{
  g_autofree char *value = NULL;
  g_autofree char *field = g_ascii_strdown (name, name_len);
  gsize start;
  gsize end;
  gboolean quoted = FALSE;
  NdSearchAtom *atom;

  if (is_quote (peek (parser)))
    {
      read_quoted (parser, &start, &end);
      quoted = TRUE;
    }
  else
    read_bare (parser, &start, &end);

  if (kind == ND_SEARCH_ATOM_TEXT)
    {
      if (!add_text (parser, start, end, negated, TRUE))
        set_problem (parser, _("“%s:” needs a word right after the colon, for example "
                               "title:election."), field);
      return;
    }

  value = g_strndup (parser->text + start, end - start);
  if (kind == ND_SEARCH_ATOM_SOURCE || kind == ND_SEARCH_ATOM_AUTHOR)
    {
      g_autofree char *folded = fold_value (value, -1);

      if (folded[0] == '\0')
        {
          set_problem (parser, _("“%s:” needs a name right after the colon, for example "
                                 "source:Reuters."), field);
          return;
        }

      atom = g_new0 (NdSearchAtom, 1);
      atom->kind = kind;
      atom->negated = negated;
      atom->value = g_steal_pointer (&folded);
      add_atom (parser, atom, 0);
      return;
    }

  /* after: and before: */
  {
    gint64 first;
    gint64 after_last;

    if (value[0] == '\0' && !quoted)
      {
        set_problem (parser, _("“%s:” needs a date right after the colon, for example "
                               "%s:2024-03-01."), field, field);
        return;
      }

    if (!parse_date (value, &first, &after_last))
      {
        set_problem (parser, _("“%s” is not a date; write dates as YYYY-MM-DD, for "
                               "example %s:2024-03-01."), value, field);
        return;
      }

    atom = g_new0 (NdSearchAtom, 1);
    atom->kind = kind;
    atom->negated = negated;
    atom->time = kind == ND_SEARCH_ATOM_AFTER ? first : after_last;
    add_atom (parser, atom, 0);
  }
}

static void
parse_item (Parser *parser)
{
  gboolean negated = FALSE;
  gsize start;
  gsize end;
  gsize name_len;

  if (peek (parser) == '-')
    {
      advance (parser);
      if (parser->pos >= parser->len || g_unichar_isspace (peek (parser)))
        {
          set_problem (parser, _("A minus sign must be followed by the word or phrase to "
                                 "leave out, without a space."));
          return;
        }
      negated = TRUE;
    }

  if (is_quote (peek (parser)))
    {
      read_quoted (parser, &start, &end);
      add_text (parser, start, end, negated, FALSE);
      return;
    }

  start = parser->pos;
  name_len = field_name_length (parser->text, start, parser->len, TRUE);
  if (name_len > 0)
    {
      gsize after_colon = start + name_len + 1;
      gboolean known;
      NdSearchAtomKind kind = field_kind (parser->text + start, name_len, &known);
      gboolean has_value = after_colon < parser->len &&
                           !g_unichar_isspace (g_utf8_get_char (parser->text + after_colon));

      if (known)
        {
          parser->pos = after_colon;
          parse_field (parser, kind, parser->text + start, name_len, negated);
          return;
        }

      if (has_value)
        {
          g_autofree char *name = g_strndup (parser->text + start, name_len);

          set_problem (parser, _("“%s:” is not a search field; the fields are source:, "
                                 "author:, title:, after: and before:. Searching for the "
                                 "words instead."), name);
        }
    }

  read_bare (parser, &start, &end);

  if (!negated && end - start == 2 && memcmp (parser->text + start, "OR", 2) == 0)
    {
      if (parser->query->clauses->len == 0 || parser->pending_or)
        set_problem (parser, _("OR must stand between two search terms, as in "
                               "“election OR vote”."));
      else
        parser->pending_or = TRUE;
      return;
    }

  add_text (parser, start, end, negated, FALSE);
}

/* Whether only apostrophes and hyphens follow text[pos]. */
static gboolean
only_joiners_after (const char *text,
                    gsize       pos)
{
  for (const char *p = text + pos; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (!is_joiner (g_utf8_get_char (p)))
        return FALSE;
    }

  return TRUE;
}

/**
 * nd_search_query_parse:
 * @text: what the reader typed
 * @last_word_is_prefix: whether the reader is still typing the last word, which then
 *   matches every word it begins
 *
 * Parses @text; see the top of nd-search-query.c for the language. Never fails: a
 * mistake is reported by nd_search_query_get_problem() and the rest is still searched.
 *
 * Returns: (transfer full): the query
 */
NdSearchQuery *
nd_search_query_parse (const char *text,
                       gboolean    last_word_is_prefix)
{
  NdSearchQuery *self;
  Parser parser = { 0 };

  g_return_val_if_fail (text != NULL, NULL);

  self = g_new0 (NdSearchQuery, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->clauses = g_ptr_array_new_with_free_func ((GDestroyNotify)g_ptr_array_unref);
  self->problems = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->problems, NULL);

  if (g_utf8_validate (text, -1, NULL))
    self->text = g_strdup (text);
  else
    self->text = g_utf8_make_valid (text, -1);

  parser.query = self;
  parser.text = self->text;
  parser.len = strlen (self->text);

  for (;;)
    {
      skip_spaces (&parser);
      if (parser.pos >= parser.len)
        break;
      parse_item (&parser);
    }

  if (parser.pending_or)
    set_problem (&parser, _("OR must stand between two search terms, as in "
                            "“election OR vote”."));

  if (last_word_is_prefix && parser.last_atom != NULL &&
      parser.last_atom->kind == ND_SEARCH_ATOM_TEXT && !parser.last_atom->negated &&
      parser.last_word_end > 0 && only_joiners_after (parser.text, parser.last_word_end))
    parser.last_atom->prefix = TRUE;

  return self;
}

NdSearchQuery *
nd_search_query_ref (NdSearchQuery *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);

  return self;
}

void
nd_search_query_unref (NdSearchQuery *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_free (self->text);
  g_ptr_array_unref (self->problems);
  g_ptr_array_unref (self->clauses);
  g_free (self);
}

/**
 * nd_search_query_get_text:
 *
 * Returns: the text the query was parsed from (made valid UTF-8)
 */
const char *
nd_search_query_get_text (NdSearchQuery *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->text;
}

/**
 * nd_search_query_get_problem:
 *
 * Returns: (nullable): a translated sentence telling what was wrong with the query and
 *   how it was searched instead, or %NULL when it was fine; the first of
 *   nd_search_query_get_problems()
 */
const char *
nd_search_query_get_problem (NdSearchQuery *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->problems->pdata[0];
}

/**
 * nd_search_query_get_problems:
 *
 * Every mistake in the query, in the order of the text, each told once.
 *
 * Returns: (array zero-terminated=1) (transfer none): translated sentences as
 *   nd_search_query_get_problem() gives; empty when the query was fine
 */
const char * const *
nd_search_query_get_problems (NdSearchQuery *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return (const char * const *)self->problems->pdata;
}

/**
 * nd_search_query_is_empty:
 *
 * Returns: whether the query has no condition at all (blank, or only punctuation or
 *   mistakes); searching it finds every article
 */
gboolean
nd_search_query_is_empty (NdSearchQuery *self)
{
  g_return_val_if_fail (self != NULL, TRUE);

  return self->clauses->len == 0;
}

static void
append_quoted (GString    *out,
               const char *value)
{
  g_string_append_c (out, '"');
  g_string_append (out, value);
  g_string_append_c (out, '"');
}

static void
append_date (GString *out,
             gint64   time)
{
  g_autoptr(GDateTime) date = g_date_time_new_from_unix_utc (time);

  if (date != NULL)
    g_string_append_printf (out, "%04d-%02d-%02d", g_date_time_get_year (date),
                            g_date_time_get_month (date), g_date_time_get_day_of_month (date));
}

static void
append_atom (GString            *out,
             const NdSearchAtom *atom)
{
  if (atom->negated)
    g_string_append_c (out, '-');

  switch (atom->kind)
    {
    case ND_SEARCH_ATOM_TEXT:
      if (atom->title_only)
        g_string_append (out, "title:");
      if (atom->n_words > 1)
        g_string_append_c (out, '"');
      for (guint i = 0; i < atom->n_words; i++)
        {
          if (i > 0)
            g_string_append_c (out, ' ');
          g_string_append (out, atom->words[i]);
        }
      if (atom->prefix)
        g_string_append_c (out, '*');
      if (atom->n_words > 1)
        g_string_append_c (out, '"');
      break;

    case ND_SEARCH_ATOM_SOURCE:
      g_string_append (out, "source:");
      append_quoted (out, atom->value);
      break;

    case ND_SEARCH_ATOM_AUTHOR:
      g_string_append (out, "author:");
      append_quoted (out, atom->value);
      break;

    case ND_SEARCH_ATOM_AFTER:
      g_string_append (out, "after:");
      append_date (out, atom->time);
      break;

    case ND_SEARCH_ATOM_BEFORE:
      /* Shown as the last day that matches, the way it was written. */
      g_string_append (out, "before:");
      append_date (out, atom->time - 24 * 60 * 60);
      break;

    default:
      g_assert_not_reached ();
    }
}

/**
 * nd_search_query_to_string:
 *
 * Writes the query the way it was understood, with folded words, a star after a prefix,
 * OR groups in parentheses, quoted field values and full dates (before: shows the last
 * day it matches): `(cafe OR "co op") -war source:"the times" after:2024-01-01 elect*`.
 * Meant for tests and debugging output.
 *
 * Returns: (transfer full): the query as understood; empty for an empty query
 */
char *
nd_search_query_to_string (NdSearchQuery *self)
{
  GString *out;

  g_return_val_if_fail (self != NULL, NULL);

  out = g_string_new (NULL);

  for (guint i = 0; i < self->clauses->len; i++)
    {
      GPtrArray *clause = g_ptr_array_index (self->clauses, i);

      if (i > 0)
        g_string_append_c (out, ' ');
      if (clause->len > 1)
        g_string_append_c (out, '(');
      for (guint j = 0; j < clause->len; j++)
        {
          if (j > 0)
            g_string_append (out, " OR ");
          append_atom (out, g_ptr_array_index (clause, j));
        }
      if (clause->len > 1)
        g_string_append_c (out, ')');
    }

  return g_string_free (out, FALSE);
}

GPtrArray *
_nd_search_query_get_clauses (NdSearchQuery *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->clauses;
}

/* nd-date-match-private.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the matchers of dates mentioned share: a sentence's tokens, a match under way and
 * the questions every matcher asks of the tokens. The matchers of calendar dates (days,
 * months, years, decades, ranges, holidays: nd-date-match-calendar.c) and of dates told
 * from the publication (yesterday, last week, this Friday, three years ago:
 * nd-date-match-relative.c) fill a Match; nd-date-mention.c cuts the body into sentences
 * and turns each match into an NdDateMention. */

#pragma once

#include <glib.h>

#include "dates/nd-date-expression.h"
#include "dates/nd-date-tokens.h"

G_BEGIN_DECLS

/* One sentence being matched. */
typedef struct
{
  const NdDateToken *tokens;
  guint              n_tokens;
} Tokens;

/* A match under way: the expression read from tokens START to END (exclusive). */
typedef struct
{
  const Tokens     *tokens;
  NdDateExpression  expression;
  NdDateExpression  last;        /* the end of "between Feb. 7 and Feb. 14" */
  gboolean          has_last;
  guint             start;
  guint             end;
} Match;

/* What every matcher asks of the tokens around it: small, and asked for nearly every token
 * of every body, so inline. */

static inline const NdDateToken *
token_at (const Tokens *t,
          guint         i)
{
  return i < t->n_tokens ? &t->tokens[i] : NULL;
}

static inline gboolean
is_word (const Tokens    *t,
         guint            i,
         NdDateWordClass  word_class)
{
  const NdDateToken *token = token_at (t, i);

  return token != NULL && token->type == ND_DATE_TOKEN_WORD && token->word_class == word_class;
}

static inline gboolean
is_punct (const Tokens *t,
          guint         i,
          gunichar      c)
{
  const NdDateToken *token = token_at (t, i);

  return token != NULL && token->type == ND_DATE_TOKEN_PUNCT && token->punct == c;
}

static inline gboolean
is_apostrophe (const Tokens *t,
               guint         i)
{
  return is_punct (t, i, '\'') || is_punct (t, i, 0x2019);
}

static inline gboolean
is_dash (const Tokens *t,
         guint         i)
{
  return is_punct (t, i, '-') || is_punct (t, i, 0x2013) || is_punct (t, i, 0x2014);
}

/* Touches the token before it, as in "mid-April" and "’90s". */
static inline gboolean
is_attached (const Tokens *t,
             guint         i)
{
  const NdDateToken *token = token_at (t, i);

  return token != NULL && !token->space_before;
}

static inline gboolean
is_capitalized_word (const Tokens    *t,
                     guint            i,
                     NdDateWordClass  word_class)
{
  return is_word (t, i, word_class) && t->tokens[i].capitalized;
}

static inline gboolean
is_year_number (const Tokens *t,
                guint         i)
{
  const NdDateToken *token = token_at (t, i);

  return token != NULL && token->type == ND_DATE_TOKEN_NUMBER && token->n_digits == 4 &&
         token->value >= 1000 && token->value <= 2099;
}

static inline gboolean
is_day_number (const Tokens *t,
               guint         i)
{
  const NdDateToken *token = token_at (t, i);

  return token != NULL &&
         (token->type == ND_DATE_TOKEN_NUMBER || token->type == ND_DATE_TOKEN_ORDINAL) &&
         token->n_digits <= 2 && token->value >= 1 && token->value <= 31;
}

static inline gboolean
has_cue (const Tokens *t,
         guint         i,
         guint32       cue)
{
  const NdDateToken *token = i > 0 ? token_at (t, i - 1) : NULL;

  return token != NULL && token->type == ND_DATE_TOKEN_WORD && (token->cues & cue) != 0;
}

/* A month name, or an abbreviation with or without its full stop; returns the index after
 * it, or 0. Abbreviations only count when ALLOW_ABBREVIATION. */
static inline guint
match_month_name (const Tokens *t,
                  guint         i,
                  gboolean      allow_abbreviation,
                  int          *month)
{
  if (is_capitalized_word (t, i, ND_DATE_WORD_MONTH))
    {
      *month = t->tokens[i].value;
      return i + 1;
    }

  if (allow_abbreviation && is_capitalized_word (t, i, ND_DATE_WORD_MONTH_ABBREVIATION))
    {
      *month = t->tokens[i].value;
      return is_punct (t, i + 1, '.') && is_attached (t, i + 1) ? i + 2 : i + 1;
    }

  return 0;
}

/* nd-date-match-calendar.c */
gboolean _nd_date_speaks_of_future    (const Match  *match);
gboolean _nd_date_follows_as_early_as (const Tokens *t,
                                       guint         i);
gboolean _nd_date_follows_ahead_of    (const Tokens *t,
                                       guint         i);
gboolean _nd_date_match_day_range     (Match        *match,
                                       guint         i);
gboolean _nd_date_match_half_year     (Match        *match,
                                       guint         i);
gboolean _nd_date_match_dated_weekday (Match        *match,
                                       guint         i);
gboolean _nd_date_match_calendar_date (Match        *match,
                                       guint         i);
gboolean _nd_date_match_holiday       (Match        *match,
                                       guint         i);
gboolean _nd_date_match_year_range    (Match        *match,
                                       guint         i);
gboolean _nd_date_match_month_range   (Match        *match,
                                       guint         i);
gboolean _nd_date_match_decade        (Match        *match,
                                       guint         i);
gboolean _nd_date_match_year          (Match        *match,
                                       guint         i);
gboolean _nd_date_match_month         (Match        *match,
                                       guint         i);

/* nd-date-match-relative.c */
gboolean _nd_date_match_at            (Match        *match,
                                       guint         i);

G_END_DECLS

/* nd-date-match-relative.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Dates mentioned as told from the publication ("yesterday", "last week", "this Friday",
 * "three years ago", "that morning"), seasons, and the order in which every matcher is
 * tried at a token. */

#define G_LOG_DOMAIN "newsdesk-dates"

#include "config.h"

#include <string.h>

#include "dates/nd-date-match-private.h"

static guint
skip_time_of_day (const Tokens *t,
                  guint         i)
{
  return is_word (t, i, ND_DATE_WORD_TIME_OF_DAY) ? i + 1 : i;
}

/* "Florida Today" is a newspaper; "the most powerful rocket flying today", "than any
 * other flying today", "some of today's biggest companies" and "out of touch with today's
 * music" mean these days, not the day. */
static gboolean
means_nowadays (const Tokens *t,
                guint         i)
{
  if (t->tokens[i].capitalized && i > 0 && t->tokens[i - 1].type == ND_DATE_TOKEN_WORD &&
      t->tokens[i - 1].capitalized)
    return TRUE;

  if (has_cue (t, i, ND_DATE_CUE_OF_WITH) && is_apostrophe (t, i + 1) && is_attached (t, i + 1))
    return TRUE;

  for (guint k = 0; k < i; k++)
    if (t->tokens[k].type == ND_DATE_TOKEN_WORD && (t->tokens[k].cues & ND_DATE_CUE_NOWADAYS) != 0)
      return TRUE;

  return FALSE;
}

/* "day", "week", "month", "year" (not "days", "months": those count) or a time of day. */
static gboolean
is_singular_unit_or_night (const Tokens *t,
                           guint         i)
{
  const NdDateToken *token = token_at (t, i);
  gsize length;

  if (is_word (t, i, ND_DATE_WORD_TIME_OF_DAY))
    return TRUE;
  if (!is_word (t, i, ND_DATE_WORD_UNIT))
    return FALSE;

  length = token->byte_end - token->byte_start;
  switch ((NdDateUnit)token->value)
    {
    case ND_DATE_UNIT_DAY:
      return length == strlen ("day");
    case ND_DATE_UNIT_YEAR:
      return length == strlen ("year");
    case ND_DATE_UNIT_WEEK:
      return length == strlen ("week");
    case ND_DATE_UNIT_MONTH:
      return length == strlen ("month");
    case ND_DATE_UNIT_FORTNIGHT:
    case ND_DATE_UNIT_DECADE:
    default:
      return FALSE;
    }
}

/* "that summer", "that day", "that morning": of the date mentioned before. */
static gboolean
match_that (Match *match,
            guint  i)
{
  const Tokens *t = match->tokens;
  NdDateExpression *e = &match->expression;

  /* "that summer": of the year mentioned before; not "prices that fall" */
  if (is_word (t, i + 1, ND_DATE_WORD_SEASON) &&
      t->tokens[i + 1].byte_end - t->tokens[i + 1].byte_start != strlen ("fall"))
    {
      *e = (NdDateExpression) { .kind = ND_DATE_EXPRESSION_SEASON, .from_anchor = TRUE,
                                .season = t->tokens[i + 1].value };
      match->end = i + 2;
      return TRUE;
    }

  /* that day, that morning, that month, that year */
  if ((is_word (t, i + 1, ND_DATE_WORD_TIME_OF_DAY) ||
       (is_word (t, i + 1, ND_DATE_WORD_UNIT) && (t->tokens[i + 1].value == ND_DATE_UNIT_DAY ||
                                                  t->tokens[i + 1].value == ND_DATE_UNIT_MONTH ||
                                                  t->tokens[i + 1].value == ND_DATE_UNIT_YEAR) &&
        t->tokens[i + 1].byte_end - t->tokens[i + 1].byte_start <= strlen ("month"))))
    {
      *e = (NdDateExpression) { .kind = ND_DATE_EXPRESSION_ANCHORED, .from_anchor = TRUE,
                                .unit = is_word (t, i + 1, ND_DATE_WORD_TIME_OF_DAY)
                                        ? ND_DATE_UNIT_DAY : t->tokens[i + 1].value };
      match->end = i + 2;
      return TRUE;
    }

  return FALSE;
}

/* "the day before yesterday", "over the weekend", "that morning": phrases that open with
 * "the" or "that" and name a day or a span without a word of direction. */
static gboolean
match_the_or_that (Match *match,
                   guint  i)
{
  const Tokens *t = match->tokens;
  NdDateExpression *e = &match->expression;
  const NdDateToken *token = &t->tokens[i];

  /* the day before yesterday, the day after tomorrow */
  if (token->word_class == ND_DATE_WORD_THE && is_word (t, i + 1, ND_DATE_WORD_UNIT) &&
      t->tokens[i + 1].value == ND_DATE_UNIT_DAY && token_at (t, i + 2) != NULL &&
      (t->tokens[i + 2].cues & ND_DATE_CUE_BEFORE_AFTER) != 0 &&
      (is_word (t, i + 3, ND_DATE_WORD_YESTERDAY) || is_word (t, i + 3, ND_DATE_WORD_TOMORROW)))
    {
      *e = (NdDateExpression) { .kind = ND_DATE_EXPRESSION_DAYS_FROM_NOW,
                                .shift = t->tokens[i + 3].value * 2 };
      match->end = skip_time_of_day (t, i + 4);
      return TRUE;
    }

  /* "the day before", "the night before", "the week after": of the date mentioned before,
   * when nothing follows ("the day before the vote" is told from the vote); not "The
   * Morning After", a title */
  if (token->word_class == ND_DATE_WORD_THE && is_singular_unit_or_night (t, i + 1) &&
      !t->tokens[i + 1].capitalized &&
      token_at (t, i + 2) != NULL && (t->tokens[i + 2].cues & ND_DATE_CUE_BEFORE_AFTER) != 0 &&
      (token_at (t, i + 3) == NULL || t->tokens[i + 3].type == ND_DATE_TOKEN_PUNCT))
    {
      *e = (NdDateExpression) { .kind = ND_DATE_EXPRESSION_ANCHORED, .from_anchor = TRUE,
                                .unit = is_word (t, i + 1, ND_DATE_WORD_UNIT)
                                        ? t->tokens[i + 1].value : ND_DATE_UNIT_DAY,
                                .shift = t->tokens[i + 2].value };
      match->end = i + 3;
      return TRUE;
    }

  /* "the year ahead", "the week ahead" */
  if (token->word_class == ND_DATE_WORD_THE && is_singular_unit_or_night (t, i + 1) &&
      is_word (t, i + 1, ND_DATE_WORD_UNIT) && t->tokens[i + 1].value != ND_DATE_UNIT_DAY &&
      token_at (t, i + 2) != NULL && (t->tokens[i + 2].cues & ND_DATE_CUE_AHEAD) != 0 &&
      !is_word (t, i + 3, ND_DATE_WORD_OF))
    {
      *e = (NdDateExpression) { .kind = ND_DATE_EXPRESSION_CALENDAR_UNIT,
                                .unit = t->tokens[i + 1].value, .shift = 1 };
      match->end = i + 3;
      return TRUE;
    }

  /* over the weekend, at the weekend */
  if (token->word_class == ND_DATE_WORD_THE && is_word (t, i + 1, ND_DATE_WORD_WEEKEND))
    {
      match->end = i + 2;
      *e = (NdDateExpression) { .kind = ND_DATE_EXPRESSION_WEEKEND };
      e->lean = _nd_date_speaks_of_future (match) ? ND_DATE_LEAN_FUTURE : ND_DATE_LEAN_PAST;
      return TRUE;
    }

  if (token->word_class == ND_DATE_WORD_THAT)
    return match_that (match, i);

  return FALSE;
}

/* "last week", "this month", "next year": the calendar unit at the token @u. */
static gboolean
match_shifted_unit (Match *match,
                    guint  u,
                    int    shift)
{
  const Tokens *t = match->tokens;
  NdDateExpression *e = &match->expression;
  NdDateUnit unit = t->tokens[u].value;

  if (unit != ND_DATE_UNIT_WEEK && unit != ND_DATE_UNIT_MONTH && unit != ND_DATE_UNIT_YEAR)
    return FALSE;
  *e = (NdDateExpression) { .kind = ND_DATE_EXPRESSION_CALENDAR_UNIT, .unit = unit,
                            .shift = shift };
  /* "later this week", "the launch will come this week": on a Sunday, the coming one */
  if (shift == 0 && unit == ND_DATE_UNIT_WEEK &&
      ((match->start > 0 && is_word (t, match->start - 1, ND_DATE_WORD_LATER) &&
        t->tokens[match->start - 1].value > 0) ||
       _nd_date_speaks_of_future (match)))
    e->lean = ND_DATE_LEAN_FUTURE;
  return TRUE;
}

/* "next Friday", "this Thursday": the weekday at the token @w, before or after today as
 * @shift says, or as the sentence looks for "this". */
static gboolean
match_shifted_weekday (Match *match,
                       guint  w,
                       int    shift)
{
  const Tokens *t = match->tokens;
  NdDateExpression *e = &match->expression;
  Match dated = *match;

  /* "this Thursday, Dec. 28, 2017": the date says which Thursday */
  if (_nd_date_match_dated_weekday (&dated, w))
    return FALSE;

  *e = (NdDateExpression) { .kind = ND_DATE_EXPRESSION_WEEKDAY,
                            .weekday = t->tokens[w].value };
  e->lean = shift < 0 ? ND_DATE_LEAN_STRICTLY_PAST
          : shift > 0 ? ND_DATE_LEAN_STRICTLY_FUTURE
          : _nd_date_speaks_of_future (match) ? ND_DATE_LEAN_FUTURE : ND_DATE_LEAN_PAST;
  match->end = skip_time_of_day (t, w + 1);
  return TRUE;
}

/* What follows "this", "last" or "next" (SHIFT: 0, -1 or 1) at I: "last week", "this
 * coming winter", "next Friday", "last night", "last March". */
static gboolean
match_shifted (Match *match,
               guint  i,
               int    shift)
{
  const Tokens *t = match->tokens;
  NdDateExpression *e = &match->expression;
  const NdDateToken *token = &t->tokens[i];
  int month;

  /* "this coming winter" is the next one, "this past Sunday" the last */
  if (token->word_class == ND_DATE_WORD_THIS && is_word (t, i + 1, ND_DATE_WORD_COMING))
    {
      shift = 1;
      i++;
    }
  else if (token->word_class == ND_DATE_WORD_THIS && token_at (t, i + 1) != NULL &&
           (t->tokens[i + 1].cues & ND_DATE_CUE_PAST) != 0 &&
           (is_word (t, i + 2, ND_DATE_WORD_WEEKDAY) || is_word (t, i + 2, ND_DATE_WORD_WEEKEND)))
    {
      shift = -1;
      i++;
    }

  match->end = i + 2;

  if (is_word (t, i + 1, ND_DATE_WORD_TIME_OF_DAY))
    {
      /* this morning, last night */
      if (token->word_class == ND_DATE_WORD_NEXT ||
          (token->word_class == ND_DATE_WORD_LAST && t->tokens[i + 1].byte_end -
           t->tokens[i + 1].byte_start != strlen ("night")))
        return FALSE;
      *e = (NdDateExpression) { .kind = ND_DATE_EXPRESSION_DAYS_FROM_NOW, .shift = shift };
      return TRUE;
    }

  if (is_word (t, i + 1, ND_DATE_WORD_UNIT))
    return match_shifted_unit (match, i + 1, shift);

  if (is_word (t, i + 1, ND_DATE_WORD_WEEKEND))
    {
      *e = (NdDateExpression) { .kind = ND_DATE_EXPRESSION_WEEKEND, .shift = shift };
      return TRUE;
    }

  if (is_word (t, i + 1, ND_DATE_WORD_SEASON))
    {
      *e = (NdDateExpression) { .kind = ND_DATE_EXPRESSION_SEASON,
                                .season = t->tokens[i + 1].value, .shift = shift };
      return TRUE;
    }

  if (is_capitalized_word (t, i + 1, ND_DATE_WORD_WEEKDAY))
    return match_shifted_weekday (match, i + 1, shift);

  if (match_month_name (t, i + 1, FALSE, &month) != 0)
    {
      *e = (NdDateExpression) { .kind = ND_DATE_EXPRESSION_MONTH, .month = month };
      e->lean = shift < 0 ? ND_DATE_LEAN_STRICTLY_PAST
              : shift > 0 ? ND_DATE_LEAN_STRICTLY_FUTURE
              : ND_DATE_LEAN_NEAREST;
      return TRUE;
    }

  return FALSE;
}

static gboolean
match_relative (Match *match,
                guint  i)
{
  const Tokens *t = match->tokens;
  NdDateExpression *e = &match->expression;
  const NdDateToken *token = token_at (t, i);

  if (token == NULL || token->type != ND_DATE_TOKEN_WORD)
    return FALSE;

  if (match_the_or_that (match, i))
    return TRUE;

  switch ((int)token->word_class)
    {
    case ND_DATE_WORD_YESTERDAY:
    case ND_DATE_WORD_TOMORROW:
      *e = (NdDateExpression) { .kind = ND_DATE_EXPRESSION_DAYS_FROM_NOW, .shift = token->value };
      match->end = skip_time_of_day (t, i + 1);
      return TRUE;

    case ND_DATE_WORD_TODAY:
      if (means_nowadays (t, i))
        return FALSE;
      G_GNUC_FALLTHROUGH;

    case ND_DATE_WORD_TONIGHT:
      *e = (NdDateExpression) { .kind = ND_DATE_EXPRESSION_DAYS_FROM_NOW };
      match->end = i + 1;
      return TRUE;

    case ND_DATE_WORD_THIS:
    case ND_DATE_WORD_LAST:
    case ND_DATE_WORD_NEXT:
      /* "the last year" and "the next year" are something else */
      if (i > 0 && is_word (t, i - 1, ND_DATE_WORD_THE))
        return FALSE;
      return match_shifted (match, i, token->value);

    default:
      return FALSE;
    }
}

/* "summer 2025", "the summer of 2025" */
static gboolean
match_dated_season (Match *match,
                    guint  i)
{
  const Tokens *t = match->tokens;
  guint j = i + 1;

  if (!is_word (t, i, ND_DATE_WORD_SEASON))
    return FALSE;

  if (is_word (t, j, ND_DATE_WORD_OF))
    j++;
  if (!is_year_number (t, j))
    return FALSE;

  match->expression = (NdDateExpression) { .kind = ND_DATE_EXPRESSION_SEASON,
                                           .season = t->tokens[i].value,
                                           .year = t->tokens[j].value };
  match->end = j + 1;
  return TRUE;
}

/* A count before a unit: "3", "three", "twenty-five", "a", "a few", "several", "a couple
 * of". Returns the index after it, or 0. */
static guint
match_count (const Tokens *t,
             guint         i,
             int          *count,
             int          *count_max)
{
  const NdDateToken *token = token_at (t, i);

  if (token == NULL)
    return 0;

  if (token->type == ND_DATE_TOKEN_NUMBER && token->n_digits <= 4)
    {
      *count = *count_max = token->value;
      return i + 1;
    }

  if (token->type != ND_DATE_TOKEN_WORD)
    return 0;

  switch ((int)token->word_class)
    {
    case ND_DATE_WORD_NUMBER:
      *count = *count_max = token->value;
      /* twenty-five */
      if (token->value >= 20 && token->value % 10 == 0 && token->value < 100 &&
          is_dash (t, i + 1) && is_attached (t, i + 1) && is_word (t, i + 2, ND_DATE_WORD_NUMBER) &&
          is_attached (t, i + 2) && t->tokens[i + 2].value < 10)
        {
          *count = *count_max = token->value + t->tokens[i + 2].value;
          return i + 3;
        }
      return i + 1;

    case ND_DATE_WORD_A:
      if (is_word (t, i + 1, ND_DATE_WORD_VAGUE))
        {
          if (t->tokens[i + 1].value == 2 && t->tokens[i + 1].byte_end -
              t->tokens[i + 1].byte_start == strlen ("couple"))
            {
              *count = 2;
              *count_max = 3;
              return is_word (t, i + 2, ND_DATE_WORD_OF) ? i + 3 : i + 2;
            }
          *count = 2;
          *count_max = 4;
          return i + 2;
        }
      *count = *count_max = 1;
      return i + 1;

    case ND_DATE_WORD_VAGUE:
      if (token->value != 3)
        return 0;
      *count = 3;
      *count_max = 7;
      return i + 1;

    default:
      return 0;
    }
}

/* Where "nearly", "about", "more than" begin before the count at I, or I: they belong to
 * the mention ("nearly two decades ago"), as "less than" does. */
static guint
qualifier_start (const Tokens *t,
                 guint         i)
{
  if (i >= 2 && is_word (t, i - 1, ND_DATE_WORD_THAN) && has_cue (t, i - 1, ND_DATE_CUE_ABOUT))
    return i - 2;

  return has_cue (t, i, ND_DATE_CUE_ABOUT) ? i - 1 : i;
}

/* "three decades ago", "a few weeks ago", "two years later", "the following year" */
static gboolean
match_counted (Match *match,
               guint  i)
{
  const Tokens *t = match->tokens;
  NdDateExpression *e = &match->expression;
  int count = 0;
  int count_max = 0;
  guint j;

  if (is_word (t, i, ND_DATE_WORD_THE) && (is_word (t, i + 1, ND_DATE_WORD_FOLLOWING) ||
                                   is_word (t, i + 1, ND_DATE_WORD_NEXT)) &&
      is_word (t, i + 2, ND_DATE_WORD_UNIT) && t->tokens[i + 2].value != ND_DATE_UNIT_DECADE)
    {
      *e = (NdDateExpression) { .kind = ND_DATE_EXPRESSION_ANCHORED,
                                .unit = t->tokens[i + 2].value, .shift = t->tokens[i + 1].value };
      match->end = i + 3;
      return TRUE;
    }

  /* "the following morning", "the next evening": the day after the one mentioned before */
  if (is_word (t, i, ND_DATE_WORD_THE) && (is_word (t, i + 1, ND_DATE_WORD_FOLLOWING) ||
                                   is_word (t, i + 1, ND_DATE_WORD_NEXT)) &&
      is_word (t, i + 2, ND_DATE_WORD_TIME_OF_DAY))
    {
      *e = (NdDateExpression) { .kind = ND_DATE_EXPRESSION_ANCHORED, .from_anchor = TRUE,
                                .unit = ND_DATE_UNIT_DAY, .shift = t->tokens[i + 1].value };
      match->end = i + 3;
      return TRUE;
    }

  /* less than a fortnight ago */
  if (is_word (t, i, ND_DATE_WORD_LESS) && is_word (t, i + 1, ND_DATE_WORD_THAN) &&
      (j = match_count (t, i + 2, &count, &count_max)) != 0 && count == count_max &&
      is_word (t, j, ND_DATE_WORD_UNIT) && is_word (t, j + 1, ND_DATE_WORD_AGO))
    {
      *e = (NdDateExpression) { .kind = ND_DATE_EXPRESSION_AGO, .unit = t->tokens[j].value,
                                .count = count, .count_max = count, .within = TRUE };
      match->end = j + 2;
      return TRUE;
    }

  if ((j = match_count (t, i, &count, &count_max)) == 0 || !is_word (t, j, ND_DATE_WORD_UNIT))
    return FALSE;

  if (is_word (t, j + 1, ND_DATE_WORD_AGO))
    {
      *e = (NdDateExpression) { .kind = ND_DATE_EXPRESSION_AGO, .unit = t->tokens[j].value,
                                .count = count, .count_max = count_max };
      match->start = qualifier_start (t, i);
      match->end = j + 2;
      return TRUE;
    }

  if (is_word (t, j + 1, ND_DATE_WORD_LATER) && count == count_max)
    {
      *e = (NdDateExpression) { .kind = ND_DATE_EXPRESSION_ANCHORED, .unit = t->tokens[j].value,
                                .shift = count * t->tokens[j + 1].value };
      match->end = j + 2;
      return TRUE;
    }

  return FALSE;
}

static gboolean
match_weekday (Match *match,
               guint  i)
{
  const Tokens *t = match->tokens;

  if (!is_capitalized_word (t, i, ND_DATE_WORD_WEEKDAY))
    return FALSE;

  if (i > 0 && (is_word (t, i - 1, ND_DATE_WORD_HABIT) ||
                is_word (t, i - 1, ND_DATE_WORD_NAMED_DAY)))
    return FALSE;

  match->end = skip_time_of_day (t, i + 1);
  match->expression = (NdDateExpression) { .kind = ND_DATE_EXPRESSION_WEEKDAY,
                                           .weekday = t->tokens[i].value };
  match->expression.lean = _nd_date_speaks_of_future (match) ||
                           _nd_date_follows_as_early_as (t, i) ||
                           _nd_date_follows_ahead_of (t, i)
                           ? ND_DATE_LEAN_FUTURE : ND_DATE_LEAN_PAST;
  return TRUE;
}

typedef gboolean (*Matcher) (Match *match, guint i);

/* In order: the first that matches at a token wins, so longer forms come first. */
static const Matcher matchers[] = {
  _nd_date_match_day_range,
  _nd_date_match_half_year,
  _nd_date_match_dated_weekday,
  _nd_date_match_calendar_date,
  _nd_date_match_holiday,
  _nd_date_match_year_range,
  _nd_date_match_month_range,
  _nd_date_match_decade,
  _nd_date_match_year,
  _nd_date_match_month,
  match_dated_season,
  match_relative,
  match_counted,
  match_weekday,
};

/* Whether any matcher could start at the token: most words cannot, and skipping them
 * makes the search several times faster. */
static gboolean
may_start_match (const NdDateToken *token)
{
  switch (token->type)
    {
    case ND_DATE_TOKEN_NUMBER:
    case ND_DATE_TOKEN_ORDINAL:
    case ND_DATE_TOKEN_DECADE:
      return TRUE;
    case ND_DATE_TOKEN_PUNCT:
      return token->punct == '\'' || token->punct == 0x2019;
    case ND_DATE_TOKEN_WORD:
      return token->word_class != ND_DATE_WORD_OTHER && token->word_class != ND_DATE_WORD_COUNTED &&
             token->word_class != ND_DATE_WORD_WAS && token->word_class != ND_DATE_WORD_HABIT &&
             token->word_class != ND_DATE_WORD_QUARTER;
    case ND_DATE_TOKEN_AMOUNT:
    case ND_DATE_TOKEN_MIXED:
    default:
      return FALSE;
    }
}

gboolean
_nd_date_match_at (Match *match,
                   guint  i)
{
  if (!may_start_match (&match->tokens->tokens[i]))
    return FALSE;

  for (guint m = 0; m < G_N_ELEMENTS (matchers); m++)
    {
      match->start = i;
      match->end = i;
      memset (&match->expression, 0, sizeof match->expression);
      match->has_last = FALSE;
      if (matchers[m] (match, i) && match->end > i)
        return TRUE;
    }

  return FALSE;
}

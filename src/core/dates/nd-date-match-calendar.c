/* nd-date-match-calendar.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Dates mentioned by the calendar: "12 March", "March 12, 2024", "16-18 March", "between
 * 1987 and 1995", "the 1990s", "in 2014", "last June" aside, "the first half of 2009",
 * "Christmas Day", and the tense of the sentence that decides which year a day without
 * one falls in. */

#define G_LOG_DOMAIN "newsdesk-dates"

#include "config.h"

#include <string.h>

#include "dates/nd-date-match-private.h"

static guint match_month_year (const Tokens     *t,
                               guint             j,
                               NdDateExpression *e);

static gboolean
opens_speech (const NdDateToken *token)
{
  return token->type == ND_DATE_TOKEN_PUNCT &&
         (token->punct == ':' || token->punct == '"' || token->punct == 0x201C ||
          token->punct == 0x2018);
}

/* Whether the word at K looks ahead: "will", "due", "set to"; not "set up", not "was
 * scheduled to". */
static gboolean
is_future_cue (const Tokens *t,
               guint         k)
{
  const NdDateToken *token = &t->tokens[k];

  if (token->type != ND_DATE_TOKEN_WORD || (token->cues & ND_DATE_CUE_FUTURE) == 0)
    return FALSE;

  /* "set to", "poised to", "preparing to"; not "set up" */
  if ((token->cues & ND_DATE_CUE_BEFORE_TO) != 0 && !is_word (t, k + 1, ND_DATE_WORD_TO))
    return FALSE;

  /* "was scheduled to", "had been expected to" look back. */
  return (token->cues & ND_DATE_CUE_SCHEDULE) == 0 || k == 0 ||
         !is_word (t, k - 1, ND_DATE_WORD_WAS);
}

/* "was", "had", "said"; not "has" */
static gboolean
is_past_verb (const NdDateToken *token)
{
  return token->type == ND_DATE_TOKEN_WORD &&
         (token->word_class == ND_DATE_WORD_WAS ||
          (token->word_class == ND_DATE_WORD_HAS && (token->cues & ND_DATE_CUE_BE) == 0) ||
          (token->cues & ND_DATE_CUE_SAID) != 0);
}

/* Looks from the sentence's start up to LAST: a word that looks ahead, unless a verb of
 * saying comes after it. */
static gboolean
has_future_cue (const Tokens *t,
                guint         last)
{
  gboolean future = FALSE;

  for (guint k = 0; k < last && k < t->n_tokens; k++)
    {
      /* "The rocket will lift off, Musk tweeted late Friday": the day is the telling's */
      if ((t->tokens[k].cues & ND_DATE_CUE_SAID) != 0 && t->tokens[k].type == ND_DATE_TOKEN_WORD)
        future = FALSE;
      else if (is_future_cue (t, k))
        future = TRUE;
    }

  return future;
}

/* Looks from FIRST on for the verb of the main clause: the first that says the tense wins,
 * and quoted words (after a colon or quotation mark) have a tense of their own. "Sunday's
 * incident comes after the chief told staff the airline will ..." is told of the past. */
static gboolean
main_clause_looks_ahead (const Tokens *t,
                         guint         first)
{
  for (guint k = first; k < t->n_tokens; k++)
    {
      if (opens_speech (&t->tokens[k]) || is_past_verb (&t->tokens[k]))
        return FALSE;
      if (is_future_cue (t, k))
        return TRUE;
    }

  return FALSE;
}

/* Where the sentence's words begin, after a dateline ("BERLIN — As thousands ..."). */
static guint
first_word (const Tokens *t)
{
  for (guint k = 1; k < 4 && k < t->n_tokens; k++)
    if (is_dash (t, k))
      return k + 1;

  return 0;
}

/* Whether the match is in a clause that opens the sentence and leaves the tense to the
 * main clause after it: "On Monday, the council will vote", "When it launches on
 * Tuesday, the rocket will ...", "As crowds gather on Sunday night, medics will ...". */
static gboolean
is_in_opening_clause (const Match *match)
{
  const Tokens *t = match->tokens;
  guint first = first_word (t);

  if (match->start <= first + 2)
    return TRUE;

  if (t->tokens[first].type != ND_DATE_TOKEN_WORD ||
      (t->tokens[first].cues & ND_DATE_CUE_OPENS_CLAUSE) == 0)
    return FALSE;

  /* Up to the match, one clause: no comma, colon or quotation mark ("New Year's" goes) */
  for (guint k = first + 1; k < match->start; k++)
    if ((t->tokens[k].type == ND_DATE_TOKEN_PUNCT && !is_apostrophe (t, k)) ||
        is_past_verb (&t->tokens[k]))
      return FALSE;

  return TRUE;
}

/* The tense of the sentence around the match: what comes before it, the verb just after
 * it ("Monday will see the biggest full moon"), or the main clause when the expression is
 * in a clause that opens the sentence. */
gboolean
_nd_date_speaks_of_future (const Match *match)
{
  if (has_future_cue (match->tokens, match->start) ||
      (match->end < match->tokens->n_tokens && is_future_cue (match->tokens, match->end)))
    return TRUE;

  return is_in_opening_clause (match) && main_clause_looks_ahead (match->tokens, match->end);
}

/* "as early as Tuesday", "as early as 2024" */
gboolean
_nd_date_follows_as_early_as (const Tokens *t,
                              guint         i)
{
  return i >= 3 && is_word (t, i - 1, ND_DATE_WORD_AS) && is_word (t, i - 2, ND_DATE_WORD_PART) &&
         t->tokens[i - 2].value == ND_DATE_PART_EARLY && is_word (t, i - 3, ND_DATE_WORD_AS);
}

/* "filed", "tested"; not "is expected", "to be signed", which are no past. */
static gboolean
is_past_form (const Tokens *t,
              guint         k)
{
  return (t->tokens[k].cues & ND_DATE_CUE_PAST_FORM) != 0 &&
         (k == 0 || t->tokens[k - 1].type != ND_DATE_TOKEN_WORD ||
          (t->tokens[k - 1].cues & ND_DATE_CUE_BE) == 0);
}

/* Whether the sentence tells of the past where the match is: a verb in the past before
 * it ("was", "had", "said", "filed") that no "would", "could" or "was due" follows, or,
 * when the match opens the sentence, the main clause's first verb ("In March the regime
 * tested ..."). Asked once no word looks ahead. */
static gboolean
tells_of_past (const Match *match)
{
  const Tokens *t = match->tokens;
  gboolean past = FALSE;

  for (guint k = 0; k < match->start; k++)
    {
      const NdDateToken *token = &t->tokens[k];

      if (token->type != ND_DATE_TOKEN_WORD)
        continue;
      /* "was due for a March release" looked ahead from then: it says nothing of now */
      if ((token->cues & ND_DATE_CUE_MODAL) != 0 ||
          ((token->cues & ND_DATE_CUE_SCHEDULE) != 0 && k > 0 &&
           is_word (t, k - 1, ND_DATE_WORD_WAS)))
        past = FALSE;
      else if (is_past_verb (token) || is_past_form (t, k))
        past = TRUE;
    }

  if (past || !is_in_opening_clause (match))
    return past;

  for (guint k = match->end; k < t->n_tokens; k++)
    {
      const NdDateToken *token = &t->tokens[k];

      if (opens_speech (token) || (token->cues & ND_DATE_CUE_MODAL) != 0)
        return FALSE;
      if (token->type == ND_DATE_TOKEN_WORD && (is_past_verb (token) || is_past_form (t, k)))
        return TRUE;
    }

  return FALSE;
}

/* "ahead of Friday's vote", "ahead of the March 20 deadline" */
gboolean
_nd_date_follows_ahead_of (const Tokens *t,
                           guint         i)
{
  guint j = i > 0 && is_word (t, i - 1, ND_DATE_WORD_THE) ? i - 1 : i;

  return j >= 2 && is_word (t, j - 1, ND_DATE_WORD_OF) && has_cue (t, j - 1, ND_DATE_CUE_AHEAD);
}

static NdDateLean
lean_for_partial_date (const Match *match)
{
  if (has_cue (match->tokens, match->start, ND_DATE_CUE_SINCE))
    return ND_DATE_LEAN_STRICTLY_PAST;

  if (has_cue (match->tokens, match->start, ND_DATE_CUE_DEADLINE) ||
      _nd_date_speaks_of_future (match) ||
      _nd_date_follows_as_early_as (match->tokens, match->start) ||
      _nd_date_follows_ahead_of (match->tokens, match->start))
    return ND_DATE_LEAN_FUTURE;

  if (tells_of_past (match))
    return ND_DATE_LEAN_TOLD_PAST;

  return ND_DATE_LEAN_NEAREST;
}

/* "-18" after a day, as in "16-18 March": returns the index after it, or I. */
static guint
match_last_day (const Tokens *t,
                guint         i,
                int          *last_day)
{
  if (is_dash (t, i) && is_attached (t, i + 1) == is_attached (t, i) && is_day_number (t, i + 1))
    {
      *last_day = t->tokens[i + 1].value;
      return i + 2;
    }

  return i;
}

gboolean
_nd_date_match_calendar_date (Match *match,
                              guint  i)
{
  const Tokens *t = match->tokens;
  NdDateExpression *e = &match->expression;
  guint j;
  int month;

  /* 2026-03-12 */
  if (is_year_number (t, i) && is_punct (t, i + 1, '-') && is_attached (t, i + 1) &&
      token_at (t, i + 2) != NULL && t->tokens[i + 2].type == ND_DATE_TOKEN_NUMBER &&
      t->tokens[i + 2].n_digits == 2 && is_attached (t, i + 2) &&
      is_punct (t, i + 3, '-') && is_attached (t, i + 3) &&
      is_day_number (t, i + 4) && t->tokens[i + 4].n_digits == 2 && is_attached (t, i + 4))
    {
      *e = (NdDateExpression) { .kind = ND_DATE_EXPRESSION_DAY, .year = t->tokens[i].value,
                                .month = t->tokens[i + 2].value, .day = t->tokens[i + 4].value };
      match->end = i + 5;
      return TRUE;
    }

  /* March 12, March 12, 2026, Dec. 31st, March 2026, June 12 last year */
  if ((j = match_month_name (t, i, TRUE, &month)) != 0)
    {
      if (is_day_number (t, j))
        {
          *e = (NdDateExpression) { .kind = ND_DATE_EXPRESSION_DAY, .month = month,
                                    .day = t->tokens[j].value };
          j = match_last_day (t, j + 1, &e->last_day);
          if (is_punct (t, j, ',') && is_year_number (t, j + 1))
            {
              e->year = t->tokens[j + 1].value;
              j += 2;
            }
          else
            j = match_month_year (t, j, e);
        }
      else if (is_year_number (t, j))
        *e = (NdDateExpression) { .kind = ND_DATE_EXPRESSION_MONTH, .month = month,
                                  .year = t->tokens[j++].value };
      else
        return FALSE;

      match->end = j;
      if (!e->relative_year)
        e->lean = lean_for_partial_date (match);
      return TRUE;
    }

  /* 12 March, 12th of March 2026, 16-18 March, 12 March last year */
  if (is_day_number (t, i))
    {
      int last_day = 0;

      j = match_last_day (t, i + 1, &last_day);
      j = is_word (t, j, ND_DATE_WORD_OF) ? j + 1 : j;
      if ((j = match_month_name (t, j, TRUE, &month)) == 0)
        return FALSE;

      *e = (NdDateExpression) { .kind = ND_DATE_EXPRESSION_DAY, .month = month,
                                .day = t->tokens[i].value, .last_day = last_day };
      /* "the 21st of August, 2017" */
      if (is_punct (t, j, ',') && is_year_number (t, j + 1))
        {
          e->year = t->tokens[j + 1].value;
          j += 2;
        }
      match->end = match_month_year (t, j, e);
      if (!e->relative_year)
        e->lean = lean_for_partial_date (match);
      return TRUE;
    }

  return FALSE;
}

/* "between Feb. 7 and Feb. 14", "between Feb 8 and 25", "from April 17, 2016 to March 29,
 * 2017": one mention from the first day to the last. */
gboolean
_nd_date_match_day_range (Match *match,
                          guint  i)
{
  const Tokens *t = match->tokens;
  gboolean between = is_word (t, i, ND_DATE_WORD_BETWEEN);
  Match first = *match;
  Match last = *match;
  guint j;

  if (!between && !is_word (t, i, ND_DATE_WORD_FROM))
    return FALSE;

  first.start = i + 1;
  if (!_nd_date_match_calendar_date (&first, i + 1) ||
      first.expression.kind != ND_DATE_EXPRESSION_DAY || first.expression.last_day != 0)
    return FALSE;

  j = first.end;
  if (!is_word (t, j, between ? ND_DATE_WORD_AND : ND_DATE_WORD_TO))
    return FALSE;

  last.start = j + 1;
  if (_nd_date_match_calendar_date (&last, j + 1) &&
      last.expression.kind == ND_DATE_EXPRESSION_DAY && last.expression.last_day == 0)
    match->end = last.end;
  else if (is_day_number (t, j + 1) && t->tokens[j + 1].value > first.expression.day)
    {
      /* "between Feb 8 and 25": the same month */
      last.expression = first.expression;
      last.expression.day = t->tokens[j + 1].value;
      match->end = j + 2;
    }
  else
    return FALSE;

  match->expression = first.expression;
  match->last = last.expression;
  match->has_last = TRUE;
  return TRUE;
}

/* "Tuesday, March 3", "Sun. Dec. 31, 2017": the weekday belongs to the date. */
static guint
skip_weekday_prefix (const Tokens *t,
                     guint         i)
{
  guint j = i + 1;

  if (!is_capitalized_word (t, i, ND_DATE_WORD_WEEKDAY) &&
      !is_capitalized_word (t, i, ND_DATE_WORD_WEEKDAY_ABBREVIATION))
    return 0;

  if (is_punct (t, j, '.') && is_attached (t, j))
    j++;
  if (is_punct (t, j, ','))
    j++;

  return j;
}

gboolean
_nd_date_match_dated_weekday (Match *match,
                              guint  i)
{
  guint j = skip_weekday_prefix (match->tokens, i);

  return j != 0 && _nd_date_match_calendar_date (match, j) &&
         match->expression.kind == ND_DATE_EXPRESSION_DAY;
}

static gboolean
match_year_suffix (Match *match)
{
  if (!is_year_number (match->tokens, match->end))
    return FALSE;

  match->expression.year = match->tokens->tokens[match->end++].value;
  return TRUE;
}

/* A lower-case word that is nothing to dates: "lights", "market". */
static gboolean
is_common_word (const Tokens *t,
                guint         i)
{
  const NdDateToken *token = token_at (t, i);

  return token != NULL && token->type == ND_DATE_TOKEN_WORD && !token->capitalized &&
         token->word_class == ND_DATE_WORD_OTHER;
}

/* A holiday's value: month * 100 + day, plus weekday * 10000 for the first such weekday on
 * or after that day. */
static void
set_holiday (NdDateExpression *e,
             int               value)
{
  e->weekday = value / 10000;
  e->month = value % 10000 / 100;
  e->day = value % 100;
}

static gboolean
is_new_year_day_or_eve (const Tokens *t,
                        guint         i)
{
  return is_capitalized_word (t, i, ND_DATE_WORD_EVE) ||
         (is_capitalized_word (t, i, ND_DATE_WORD_UNIT) && t->tokens[i].value == ND_DATE_UNIT_DAY);
}

/* New Year's Eve, New Year's Day, and without the 's at the token @i: the token of "Eve" or
 * "Day", or 0. */
static guint
new_years_last (const Tokens *t,
                guint         i)
{
  if (!is_capitalized_word (t, i, ND_DATE_WORD_NEW) ||
      !is_capitalized_word (t, i + 1, ND_DATE_WORD_UNIT) ||
      t->tokens[i + 1].value != ND_DATE_UNIT_YEAR)
    return 0;
  if (is_new_year_day_or_eve (t, i + 2))
    return i + 2;
  if (is_apostrophe (t, i + 2) && token_at (t, i + 3) != NULL &&
      t->tokens[i + 3].type == ND_DATE_TOKEN_WORD &&
      t->tokens[i + 3].byte_end - t->tokens[i + 3].byte_start == 1 &&
      is_new_year_day_or_eve (t, i + 4))
    return i + 4;

  return 0;
}

gboolean
_nd_date_match_holiday (Match *match,
                        guint  i)
{
  const Tokens *t = match->tokens;
  NdDateExpression *e = &match->expression;
  guint last;

  *e = (NdDateExpression) { .kind = ND_DATE_EXPRESSION_DAY };

  /* "Christmas lights", "a Christmas market", "her Christmas list" name no day */
  if (is_capitalized_word (t, i, ND_DATE_WORD_CHRISTMAS) && is_common_word (t, i + 1))
    return FALSE;

  if (is_capitalized_word (t, i, ND_DATE_WORD_CHRISTMAS))
    {
      e->month = 12;
      e->day = 25;
      match->end = i + 1;
      if (is_capitalized_word (t, i + 1, ND_DATE_WORD_EVE))
        {
          e->day = 24;
          match->end++;
        }
      else if (is_word (t, i + 1, ND_DATE_WORD_UNIT) && t->tokens[i + 1].capitalized &&
               t->tokens[i + 1].value == ND_DATE_UNIT_DAY)
        match->end++;
    }
  else if ((last = new_years_last (t, i)) != 0)
    {
      gboolean eve = is_word (t, last, ND_DATE_WORD_EVE);

      e->month = eve ? 12 : 1;
      e->day = eve ? 31 : 1;
      match->end = last + 1;
    }
  else if (is_capitalized_word (t, i, ND_DATE_WORD_FOURTH) && is_word (t, i + 1, ND_DATE_WORD_OF) &&
           is_capitalized_word (t, i + 2, ND_DATE_WORD_MONTH) && t->tokens[i + 2].value == 7)
    {
      e->month = 7;
      e->day = 4;
      match->end = i + 3;
    }
  else if (is_capitalized_word (t, i, ND_DATE_WORD_HOLIDAY) &&
           is_capitalized_word (t, i + 1, ND_DATE_WORD_UNIT) &&
           t->tokens[i + 1].value == ND_DATE_UNIT_DAY &&
           t->tokens[i + 1].byte_end - t->tokens[i + 1].byte_start == strlen ("day"))
    {
      /* Bastille Day, Boxing Day, Independence Day, Remembrance Day, Labor Day */
      set_holiday (e, t->tokens[i].value);
      match->end = i + 2;
    }
  else if (is_capitalized_word (t, i, ND_DATE_WORD_THANKSGIVING))
    {
      set_holiday (e, t->tokens[i].value);
      match->end = i + 1;
      if (is_capitalized_word (t, i + 1, ND_DATE_WORD_UNIT) &&
          t->tokens[i + 1].value == ND_DATE_UNIT_DAY)
        match->end++;
    }
  else if (is_capitalized_word (t, i, ND_DATE_WORD_HALLOWEEN))
    {
      e->month = 10;
      e->day = 31;
      match->end = i + 1;
    }
  else if (is_capitalized_word (t, i, ND_DATE_WORD_VALENTINE) && is_apostrophe (t, i + 1) &&
           token_at (t, i + 3) != NULL && is_capitalized_word (t, i + 3, ND_DATE_WORD_UNIT) &&
           t->tokens[i + 3].value == ND_DATE_UNIT_DAY)
    {
      e->month = 2;
      e->day = 14;
      match->end = i + 4;
    }
  else
    return FALSE;

  match_year_suffix (match);
  e->lean = lean_for_partial_date (match);
  return TRUE;
}

/* "1987–95" is 1987 to 1995. */
static int
range_end_year (const Tokens *t,
                guint         i,
                int           first)
{
  const NdDateToken *token = token_at (t, i);
  int last;

  if (token == NULL || token->type != ND_DATE_TOKEN_NUMBER)
    return 0;

  if (token->n_digits == 4)
    last = token->value;
  else if (token->n_digits == 2)
    last = first / 100 * 100 + token->value;
  else
    return 0;

  return last > first && last <= 2099 ? last : 0;
}

gboolean
_nd_date_match_year_range (Match *match,
                           guint  i)
{
  const Tokens *t = match->tokens;
  int first;
  int last;

  /* between 1987 and 1995, from 1987 to 1995 */
  if ((is_word (t, i, ND_DATE_WORD_BETWEEN) || is_word (t, i, ND_DATE_WORD_FROM)) &&
      is_year_number (t, i + 1) &&
      is_word (t, i + 2, is_word (t, i, ND_DATE_WORD_BETWEEN) ? ND_DATE_WORD_AND
                                                              : ND_DATE_WORD_TO) &&
      is_year_number (t, i + 3) && t->tokens[i + 3].value > t->tokens[i + 1].value)
    {
      match->expression = (NdDateExpression) { .kind = ND_DATE_EXPRESSION_YEAR_RANGE,
                                               .year = t->tokens[i + 1].value,
                                               .last_year = t->tokens[i + 3].value };
      match->end = i + 4;
      return TRUE;
    }

  /* 1987–1995, 1987-95, 2015/16 */
  if (is_year_number (t, i) && (is_dash (t, i + 1) || is_punct (t, i + 1, '/')) &&
      is_attached (t, i + 1) == is_attached (t, i + 2) &&
      (first = t->tokens[i].value, last = range_end_year (t, i + 2, first)) != 0)
    {
      match->expression = (NdDateExpression) { .kind = ND_DATE_EXPRESSION_YEAR_RANGE,
                                               .year = first, .last_year = last };
      match->end = i + 3;
      return TRUE;
    }

  return FALSE;
}

static guint
match_part (const Tokens *t,
            guint         i,
            NdDatePart   *part)
{
  if (!is_word (t, i, ND_DATE_WORD_PART))
    return 0;

  *part = t->tokens[i].value;
  /* "mid-April", "the late 1990s" */
  return is_dash (t, i + 1) && is_attached (t, i + 1) ? i + 2 : i + 1;
}

gboolean
_nd_date_match_decade (Match *match,
                       guint  i)
{
  const Tokens *t = match->tokens;
  NdDatePart part = ND_DATE_PART_WHOLE;
  guint j = match_part (t, i, &part);
  const NdDateToken *token;

  if (j == 0)
    j = i;

  if (is_apostrophe (t, j) && is_attached (t, j + 1))
    {
      token = token_at (t, j + 1);
      if (token == NULL || token->type != ND_DATE_TOKEN_DECADE || token->n_digits != 2 ||
          token->value % 10 != 0)
        return FALSE;
    }
  else
    {
      token = token_at (t, j);
      if (token == NULL || token->type != ND_DATE_TOKEN_DECADE || token->n_digits != 4 ||
          token->value % 10 != 0 || token->value < 1000 || token->value > 2090)
        return FALSE;
    }

  match->expression = (NdDateExpression) { .kind = ND_DATE_EXPRESSION_DECADE,
                                           .year = token->value, .part = part };
  match->end = token - t->tokens + 1;
  return TRUE;
}

/* "2000 people", "2000 years", "2014%" */
static gboolean
is_counted_noun (const Tokens *t,
                 guint         i)
{
  return is_word (t, i, ND_DATE_WORD_COUNTED) || is_word (t, i, ND_DATE_WORD_UNIT) ||
         is_punct (t, i, '%');
}

/* "2017 has been a year of …", "2018 will test him", "2018 could see": a year that opens
 * the sentence before "was", "has", "will", "could". */
static gboolean
opens_sentence_as_year (const Tokens *t,
                        guint         j)
{
  const NdDateToken *next = token_at (t, j + 1);

  return j == 0 && t->tokens[j].value >= 1900 && next != NULL &&
         (is_word (t, j + 1, ND_DATE_WORD_WAS) || is_word (t, j + 1, ND_DATE_WORD_HAS) ||
          (next->type == ND_DATE_TOKEN_WORD &&
           (next->cues & (ND_DATE_CUE_FUTURE | ND_DATE_CUE_MODAL)) != 0));
}

/* "Trump's", "the company's" just before J. */
static gboolean
follows_possessive (const Tokens *t,
                    guint         j)
{
  return j >= 3 && t->tokens[j - 1].type == ND_DATE_TOKEN_WORD &&
         t->tokens[j - 1].byte_end - t->tokens[j - 1].byte_start == 1 && is_attached (t, j - 1) &&
         is_apostrophe (t, j - 2) && is_attached (t, j - 2) &&
         t->tokens[j - 3].type == ND_DATE_TOKEN_WORD;
}

/* A comma, "and" or "or" before I, as in a list. */
static gboolean
follows_list_word (const Tokens *t,
                   guint         i)
{
  return i >= 1 && (is_punct (t, i - 1, ',') || is_word (t, i - 1, ND_DATE_WORD_AND) ||
                    has_cue (t, i, ND_DATE_CUE_OR));
}

/* "an ambitious 2019 profit target", "Prince's own 2007 show", "the sleek 2018 LS 500":
 * a year after a determiner and one adjective, before a word. Not a round number ("the
 * nearly 2000 migrants" counts). */
static gboolean
follows_determiner_and_adjective (const Tokens *t,
                                  guint         j)
{
  const NdDateToken *adjective = j >= 2 ? &t->tokens[j - 1] : NULL;
  const NdDateToken *next = token_at (t, j + 1);

  return adjective != NULL && adjective->type == ND_DATE_TOKEN_WORD &&
         adjective->word_class == ND_DATE_WORD_OTHER && !adjective->capitalized &&
         (adjective->cues & ~ND_DATE_CUE_PAST_FORM) == 0 && t->tokens[j].value >= 1900 &&
         t->tokens[j].value % 10 != 0 &&
         next != NULL && next->type == ND_DATE_TOKEN_WORD &&
         (is_word (t, j - 2, ND_DATE_WORD_THE) || is_word (t, j - 2, ND_DATE_WORD_A) ||
          is_word (t, j - 2, ND_DATE_WORD_HABIT) || follows_possessive (t, j - 1));
}

/* "in 2006, 2009 and 2013", "in 2017 or 2018": the next year of a list. */
static gboolean
follows_year (const Tokens *t,
              guint         j)
{
  return j >= 2 && follows_list_word (t, j) && is_year_number (t, j - 2);
}

/* "2018's", "September's" at J. */
static gboolean
is_possessive (const Tokens *t,
               guint         j)
{
  const NdDateToken *s = token_at (t, j + 1);

  return is_apostrophe (t, j) && is_attached (t, j) && s != NULL &&
         s->type == ND_DATE_TOKEN_WORD && s->byte_end - s->byte_start == 1 && !s->space_before;
}

gboolean
_nd_date_match_year (Match *match,
                     guint  i)
{
  const Tokens *t = match->tokens;
  NdDatePart part = ND_DATE_PART_WHOLE;
  guint j = match_part (t, i, &part);

  if (j != 0)
    {
      /* late 2013 */
      if (!is_year_number (t, j))
        return FALSE;
    }
  else
    {
      j = i;
      if (!is_year_number (t, j) || is_counted_noun (t, j + 1))
        return FALSE;

      /* "the 2011 uprising", "her 2011 memoir", "a 2015 breach", "Trump's 2016 campaign",
       * "that 2005 film": a year before a noun, but "the 1500 workers" is a count */
      if (j > 0 && (is_word (t, j - 1, ND_DATE_WORD_THE) || is_word (t, j - 1, ND_DATE_WORD_A) ||
                    is_word (t, j - 1, ND_DATE_WORD_HABIT) ||
                    is_word (t, j - 1, ND_DATE_WORD_THIS) ||
                    is_word (t, j - 1, ND_DATE_WORD_THAT) || follows_possessive (t, j)))
        {
          if (t->tokens[j].value < 1900 || token_at (t, j + 1) == NULL ||
              t->tokens[j + 1].type != ND_DATE_TOKEN_WORD)
            return FALSE;
        }
      else if (!has_cue (t, j, ND_DATE_CUE_YEAR) && !follows_year (t, j) &&
               !_nd_date_follows_as_early_as (t, j) && !opens_sentence_as_year (t, j) &&
               !follows_determiner_and_adjective (t, j) &&
               /* "2018's Galaxy S9"; "1990's" is as often the decade */
               !(t->tokens[j].value >= 1900 && t->tokens[j].value % 10 != 0 &&
                 is_possessive (t, j + 1)))
        return FALSE;
    }

  match->expression = (NdDateExpression) { .kind = ND_DATE_EXPRESSION_YEAR,
                                           .year = t->tokens[j].value, .part = part };
  match->end = j + 1;

  /* "the 2015 New Year's Eve events": the day of that year */
  if (part == ND_DATE_PART_WHOLE)
    {
      Match holiday = *match;

      if (_nd_date_match_holiday (&holiday, j + 1) && holiday.expression.year == 0)
        {
          match->expression = holiday.expression;
          match->expression.year = t->tokens[j].value;
          match->end = holiday.end;
        }
    }

  return TRUE;
}

/* "of this year", "last year", "of 2017" after a month: returns the index after it, or J
 * when there is none. */
static guint
match_month_year (const Tokens     *t,
                  guint             j,
                  NdDateExpression *e)
{
  guint k = is_word (t, j, ND_DATE_WORD_OF) ? j + 1 : j;

  if (is_year_number (t, k))
    {
      e->year = t->tokens[k].value;
      return k + 1;
    }

  /* "late January of that year", "June that year" (not "that years of ...") */
  if (is_word (t, k, ND_DATE_WORD_THAT) && is_word (t, k + 1, ND_DATE_WORD_UNIT) &&
      t->tokens[k + 1].value == ND_DATE_UNIT_YEAR &&
      (k > j || t->tokens[k + 1].byte_end - t->tokens[k + 1].byte_start == strlen ("year")))
    {
      e->from_anchor = TRUE;
      return k + 2;
    }

  if ((is_word (t, k, ND_DATE_WORD_LAST) || is_word (t, k, ND_DATE_WORD_THIS) ||
       is_word (t, k, ND_DATE_WORD_NEXT)) &&
      is_word (t, k + 1, ND_DATE_WORD_UNIT) && t->tokens[k + 1].value == ND_DATE_UNIT_YEAR)
    {
      e->relative_year = TRUE;
      e->shift = t->tokens[k].value;
      return k + 2;
    }

  return j;
}

/* "between February and September of this year", "from March to May 2026", "from
 * January 2016 to March 2017" */
gboolean
_nd_date_match_month_range (Match *match,
                            guint  i)
{
  const Tokens *t = match->tokens;
  NdDateExpression *e = &match->expression;
  gboolean between = is_word (t, i, ND_DATE_WORD_BETWEEN);
  int month;
  int last_month;
  int first_year = 0;
  guint j;

  if (!between && !is_word (t, i, ND_DATE_WORD_FROM))
    return FALSE;

  if ((j = match_month_name (t, i + 1, FALSE, &month)) == 0)
    return FALSE;
  if (is_year_number (t, j))
    first_year = t->tokens[j++].value;
  if (!is_word (t, j, between ? ND_DATE_WORD_AND : ND_DATE_WORD_TO) ||
      (j = match_month_name (t, j + 1, FALSE, &last_month)) == 0)
    return FALSE;

  *e = (NdDateExpression) { .kind = ND_DATE_EXPRESSION_MONTH_RANGE, .month = month,
                            .last_month = last_month };
  match->end = match_month_year (t, j, e);

  /* Both months have their years, the last after the first. */
  if (first_year != 0)
    {
      if (e->year == 0 || e->relative_year || e->from_anchor || e->year < first_year ||
          (e->year == first_year && last_month <= month))
        return FALSE;
      e->last_year = e->year;
      e->year = first_year;
      return TRUE;
    }
  if (!e->relative_year)
    e->lean = lean_for_partial_date (match);
  return TRUE;
}

/* "the December ruling", "a March release": a month before a noun. Not May, which is
 * as often a name ("the May government"). */
static gboolean
is_month_before_noun (const Tokens *t,
                      guint         i)
{
  const NdDateToken *next = token_at (t, i + 1);

  return i > 0 && (is_word (t, i - 1, ND_DATE_WORD_THE) || is_word (t, i - 1, ND_DATE_WORD_A)) &&
         is_capitalized_word (t, i, ND_DATE_WORD_MONTH) && t->tokens[i].value != 5 &&
         next != NULL && next->type == ND_DATE_TOKEN_WORD && !next->capitalized &&
         next->word_class == ND_DATE_WORD_OTHER;
}

/* "in May and July", "in October or November": the next month of a list. */
static gboolean
follows_month (const Tokens *t,
               guint         i)
{
  return i >= 2 && follows_list_word (t, i) && is_capitalized_word (t, i - 2, ND_DATE_WORD_MONTH);
}

/* "last year", "this month", "next year" from J. */
static gboolean
is_relative_unit (const Tokens *t,
                  guint         j)
{
  return (is_word (t, j, ND_DATE_WORD_LAST) || is_word (t, j, ND_DATE_WORD_THIS) ||
          is_word (t, j, ND_DATE_WORD_NEXT)) &&
         is_word (t, j + 1, ND_DATE_WORD_UNIT) &&
         (t->tokens[j + 1].value == ND_DATE_UNIT_MONTH ||
          t->tokens[j + 1].value == ND_DATE_UNIT_YEAR);
}

/* "first", "third", "fourth" at J: 1 to 4; "final" and "last": LAST; 0 for none. */
static int
ordinal_at (const Tokens *t,
            guint         j,
            int           last)
{
  if (is_word (t, j, ND_DATE_WORD_ORDINAL))
    return t->tokens[j].value == 99 ? last : t->tokens[j].value;

  if (is_word (t, j, ND_DATE_WORD_LAST))
    return last;

  return is_word (t, j, ND_DATE_WORD_FOURTH) ? 4 : 0;
}

/* "the first half of 2009", "the second half of the year", "the first half of next year",
 * "the third quarter of 2017": a quarter only with its year, as "the fourth quarter" of a
 * game is none. */
gboolean
_nd_date_match_half_year (Match *match,
                          guint  i)
{
  const Tokens *t = match->tokens;
  NdDateExpression *e = &match->expression;
  guint j = is_word (t, i, ND_DATE_WORD_THE) ? i + 1 : i;
  gboolean half = is_word (t, j + 1, ND_DATE_WORD_HALF);
  int n = ordinal_at (t, j, half ? 2 : 4);
  int months;

  if (n == 0 || !is_word (t, j + 2, ND_DATE_WORD_OF))
    return FALSE;

  if (half && n <= 2)
    months = 6;
  else if (is_word (t, j + 1, ND_DATE_WORD_QUARTER))
    months = 3;
  else
    return FALSE;

  *e = (NdDateExpression) { .kind = ND_DATE_EXPRESSION_MONTH_RANGE,
                            .month = (n - 1) * months + 1, .last_month = n * months };
  j += 3;

  if (is_year_number (t, j))
    e->year = t->tokens[j].value;
  else if ((is_word (t, j, ND_DATE_WORD_THE) || is_word (t, j, ND_DATE_WORD_THIS) ||
            is_word (t, j, ND_DATE_WORD_LAST) || is_word (t, j, ND_DATE_WORD_NEXT)) &&
           is_word (t, j + 1, ND_DATE_WORD_UNIT) && t->tokens[j + 1].value == ND_DATE_UNIT_YEAR &&
           t->tokens[j + 1].byte_end - t->tokens[j + 1].byte_start == strlen ("year"))
    {
      e->relative_year = TRUE;
      e->shift = is_word (t, j, ND_DATE_WORD_THE) ? 0 : t->tokens[j].value;
      j++;
    }
  else
    return FALSE;

  match->end = j + 1;
  return TRUE;
}

/* "by year's end", "at year-end", "by month's end": the end of this one. */
static gboolean
match_unit_end (Match *match,
                guint  i)
{
  const Tokens *t = match->tokens;
  guint j;

  if (!is_word (t, i, ND_DATE_WORD_UNIT) ||
      (t->tokens[i].value != ND_DATE_UNIT_YEAR && t->tokens[i].value != ND_DATE_UNIT_MONTH) ||
      t->tokens[i].byte_end - t->tokens[i].byte_start !=
        (t->tokens[i].value == ND_DATE_UNIT_YEAR ? strlen ("year") : strlen ("month")))
    return FALSE;

  if (is_possessive (t, i + 1))
    j = i + 3;
  else if (is_dash (t, i + 1) && is_attached (t, i + 1) && is_attached (t, i + 2))
    j = i + 2;
  else
    return FALSE;

  if (!is_word (t, j, ND_DATE_WORD_EDGE) || t->tokens[j].value != ND_DATE_PART_LATE)
    return FALSE;

  match->expression = (NdDateExpression) { .kind = ND_DATE_EXPRESSION_CALENDAR_UNIT,
                                           .unit = t->tokens[i].value,
                                           .part = ND_DATE_PART_LATE,
                                           .end_of_year = t->tokens[i].value == ND_DATE_UNIT_YEAR };
  match->end = j + 1;
  return TRUE;
}

/* After "the end of", "the middle of" (@part) at the token @j: "the month", "next year",
 * "2016" or "that year". */
static gboolean
match_edge_of (Match      *match,
               guint       j,
               NdDatePart  part)
{
  const Tokens *t = match->tokens;
  NdDateExpression *e = &match->expression;

  /* the end of the month, the end of next year */
  if ((is_word (t, j, ND_DATE_WORD_THE) || is_word (t, j, ND_DATE_WORD_THIS) ||
       is_word (t, j, ND_DATE_WORD_LAST) ||
       is_word (t, j, ND_DATE_WORD_NEXT)) &&
      is_word (t, j + 1, ND_DATE_WORD_UNIT) &&
      (t->tokens[j + 1].value == ND_DATE_UNIT_MONTH ||
       t->tokens[j + 1].value == ND_DATE_UNIT_YEAR))
    {
      *e = (NdDateExpression) { .kind = ND_DATE_EXPRESSION_CALENDAR_UNIT,
                                .unit = t->tokens[j + 1].value, .part = part,
                                .shift = is_word (t, j, ND_DATE_WORD_THE)
                                         ? 0 : t->tokens[j].value };
      e->end_of_year = part == ND_DATE_PART_LATE && e->unit == ND_DATE_UNIT_YEAR;
      match->end = j + 2;
      return TRUE;
    }

  /* "the end of 2016", "the middle of 2009", "the end of that year"; "the start of
   * 2018" is as often its first moment as its first months, and is left to the year */
  if (part != ND_DATE_PART_EARLY &&
      (is_year_number (t, j) ||
       (is_word (t, j, ND_DATE_WORD_THAT) && is_word (t, j + 1, ND_DATE_WORD_UNIT) &&
        t->tokens[j + 1].value == ND_DATE_UNIT_YEAR &&
        t->tokens[j + 1].byte_end - t->tokens[j + 1].byte_start == strlen ("year"))))
    {
      gboolean from_anchor = !is_year_number (t, j);

      *e = (NdDateExpression) { .kind = ND_DATE_EXPRESSION_YEAR,
                                .year = from_anchor ? 0 : t->tokens[j].value,
                                .part = part, .end_of_year = part == ND_DATE_PART_LATE,
                                .from_anchor = from_anchor };
      match->end = from_anchor ? j + 2 : j + 1;
      return TRUE;
    }

  return FALSE;
}

/* "in January", "early July", "mid-April", "the end of May", "the end of the month" */
gboolean
_nd_date_match_month (Match *match,
                      guint  i)
{
  const Tokens *t = match->tokens;
  NdDateExpression *e = &match->expression;
  NdDatePart part = ND_DATE_PART_WHOLE;
  guint j = i;
  int month;

  if (match_unit_end (match, i))
    return TRUE;

  if (is_word (t, j, ND_DATE_WORD_THE) && is_word (t, j + 1, ND_DATE_WORD_EDGE))
    j++;

  if (is_word (t, j, ND_DATE_WORD_EDGE) && is_word (t, j + 1, ND_DATE_WORD_OF))
    {
      part = t->tokens[j].value;
      j += 2;

      if (match_edge_of (match, j, part))
        return TRUE;
    }
  else if ((j = match_part (t, i, &part)) != 0 && is_relative_unit (t, j))
    {
      /* late last year, early next month */
      *e = (NdDateExpression) { .kind = ND_DATE_EXPRESSION_CALENDAR_UNIT,
                                .unit = t->tokens[j + 1].value, .part = part,
                                .shift = t->tokens[j].value };
      match->end = j + 2;
      return TRUE;
    }
  else if (j == 0)
    {
      j = i;
      if (!has_cue (t, i, ND_DATE_CUE_MONTH) && !follows_month (t, i) &&
          !is_word (t, i - 1, ND_DATE_WORD_THAT) && !is_month_before_noun (t, i) &&
          !(is_capitalized_word (t, i, ND_DATE_WORD_MONTH) && t->tokens[i].value != 5 &&
            is_possessive (t, i + 1)))
        return FALSE;
    }

  if ((j = match_month_name (t, j, FALSE, &month)) == 0)
    return FALSE;

  *e = (NdDateExpression) { .kind = ND_DATE_EXPRESSION_MONTH, .month = month, .part = part };
  match->end = j;

  /* "that June": of the year just mentioned */
  if (i > 0 && is_word (t, i - 1, ND_DATE_WORD_THAT))
    {
      match->start = i - 1;
      e->from_anchor = TRUE;
      return TRUE;
    }

  /* "in May last year", "in May of 2016"; "in May and July of 2016" */
  match->end = match_month_year (t, j, e);
  if (match->end == j && (is_punct (t, j, ',') || is_word (t, j, ND_DATE_WORD_AND)) &&
      match_month_name (t, j + 1, FALSE, &month) != 0)
    {
      NdDateExpression next = *e;

      if (match_month_year (t, j + 2, &next) != j + 2 && !next.relative_year && !next.from_anchor)
        e->year = next.year;
    }
  if (!e->relative_year)
    e->lean = lean_for_partial_date (match);
  return TRUE;
}

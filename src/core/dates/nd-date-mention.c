/* nd-date-mention.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Finds the dates an English article body mentions ("on Tuesday", "last month",
 * "12 March", "between 1987 and 1995", "three decades ago", ...) and resolves them against
 * the publication date with nd-date-expression.c.
 *
 * The body is cut into sentences and the sentences into tokens (nd-date-tokens.c), and
 * the expressions are matched on the tokens of one sentence, longest first at each token.
 * The sentence also decides the tense: a weekday or a date without a year is looked for
 * ahead of the publication when the sentence says "will", "is due to", "is scheduled to"
 * and the like before it.
 *
 * What is not a date: a number is a year only after a word that introduces one ("in",
 * "since", "by", "of", "the", ...) and never with thousands separators ("1,999"), as an
 * amount ("$2014", "2014%"), before a counted noun ("in 2000 people") or as a time of day
 * ("10:15"); times of day ("9 p.m.", "ten to five") are never dates; a weekday after "my",
 * "her", "their", "every" and the like is a habit, not a date ("her Friday fish stew"), as
 * are "Good Friday" and "Super Tuesday". Durations ("for thirty years", "the next two
 * years", "over the past month") are not mentions either: they say how long, not when.
 */

#define G_LOG_DOMAIN "newsdesk-dates"

#include "config.h"

#include <string.h>

#include "dates/nd-date-expression.h"
#include "dates/nd-date-mention.h"
#include "dates/nd-date-tokens.h"

/* Each mention carries its sentence: a body made of nothing but dates ("Monday Monday
 * Monday ...", megabytes of it) must not cost gigabytes. No real article comes near. */
#define MAX_MENTIONS 10000

/* One sentence being matched. */
typedef struct
{
  const NdDateToken *tokens;
  guint              n_tokens;
} Tokens;

/* ---- Matching ----------------------------------------------------------------------- */

static const NdDateToken *
token_at (const Tokens *t,
          guint         i)
{
  return i < t->n_tokens ? &t->tokens[i] : NULL;
}

static gboolean
is_word (const Tokens    *t,
         guint            i,
         NdDateWordClass  word_class)
{
  const NdDateToken *token = token_at (t, i);

  return token != NULL && token->type == ND_DATE_TOKEN_WORD && token->word_class == word_class;
}

static gboolean
is_punct (const Tokens *t,
          guint         i,
          gunichar      c)
{
  const NdDateToken *token = token_at (t, i);

  return token != NULL && token->type == ND_DATE_TOKEN_PUNCT && token->punct == c;
}

static gboolean
is_apostrophe (const Tokens *t,
               guint         i)
{
  return is_punct (t, i, '\'') || is_punct (t, i, 0x2019);
}

static gboolean
is_dash (const Tokens *t,
         guint         i)
{
  return is_punct (t, i, '-') || is_punct (t, i, 0x2013) || is_punct (t, i, 0x2014);
}

/* Touches the token before it, as in "mid-April" and "’90s". */
static gboolean
is_attached (const Tokens *t,
             guint         i)
{
  const NdDateToken *token = token_at (t, i);

  return token != NULL && !token->space_before;
}

static gboolean
is_capitalized_word (const Tokens    *t,
                     guint            i,
                     NdDateWordClass  word_class)
{
  return is_word (t, i, word_class) && t->tokens[i].capitalized;
}

static gboolean
is_year_number (const Tokens *t,
                guint         i)
{
  const NdDateToken *token = token_at (t, i);

  return token != NULL && token->type == ND_DATE_TOKEN_NUMBER && token->n_digits == 4 &&
         token->value >= 1000 && token->value <= 2099;
}

static gboolean
is_day_number (const Tokens *t,
               guint         i)
{
  const NdDateToken *token = token_at (t, i);

  return token != NULL &&
         (token->type == ND_DATE_TOKEN_NUMBER || token->type == ND_DATE_TOKEN_ORDINAL) &&
         token->n_digits <= 2 && token->value >= 1 && token->value <= 31;
}

static gboolean
has_cue (const Tokens *t,
         guint         i,
         guint16       cue)
{
  const NdDateToken *token = i > 0 ? token_at (t, i - 1) : NULL;

  return token != NULL && token->type == ND_DATE_TOKEN_WORD && (token->cues & cue) != 0;
}

/* A month name, or an abbreviation with or without its full stop; returns the index after
 * it, or 0. Abbreviations only count when ALLOW_ABBREVIATION. */
static guint
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

static gboolean
opens_speech (const NdDateToken *token)
{
  return token->type == ND_DATE_TOKEN_PUNCT &&
         (token->punct == ':' || token->punct == '"' || token->punct == 0x201C ||
          token->punct == 0x2018);
}

/* Looks from FIRST up to LAST, or up to a colon or quotation mark when STOP_AT_SPEECH:
 * quoted words have a tense of their own. */
static gboolean
has_future_cue (const Tokens *t,
                guint         first,
                guint         last,
                gboolean      stop_at_speech)
{
  gboolean future = FALSE;

  for (guint k = first; k < last && k < t->n_tokens; k++)
    {
      const NdDateToken *token = &t->tokens[k];

      if (stop_at_speech && opens_speech (token))
        return future;

      /* "The rocket will lift off, Musk tweeted late Friday": the day is the telling's */
      if (token->type == ND_DATE_TOKEN_WORD && (token->cues & ND_DATE_CUE_SAID) != 0)
        future = FALSE;

      if (token->type != ND_DATE_TOKEN_WORD || (token->cues & ND_DATE_CUE_FUTURE) == 0)
        continue;

      /* "set to", "poised to", "preparing to"; not "set up" */
      if ((token->cues & ND_DATE_CUE_BEFORE_TO) != 0 && !is_word (t, k + 1, ND_DATE_WORD_TO))
        continue;

      /* "was scheduled to", "had been expected to" look back. */
      if ((token->cues & ND_DATE_CUE_SCHEDULE) != 0 && k > 0 &&
          is_word (t, k - 1, ND_DATE_WORD_WAS))
        continue;

      future = TRUE;
    }

  return future;
}

/* The tense of the sentence around the match: what comes before it, or the rest of the
 * sentence when the expression opens it ("On Monday, the council will vote"). */
static gboolean
speaks_of_future (const Match *match)
{
  const Tokens *t = match->tokens;

  if (has_future_cue (t, 0, match->start, FALSE))
    return TRUE;

  return match->start <= 2 && has_future_cue (t, match->end, t->n_tokens, TRUE);
}

/* "as early as Tuesday", "as early as 2024" */
static gboolean
follows_as_early_as (const Tokens *t,
                     guint         i)
{
  return i >= 3 && is_word (t, i - 1, ND_DATE_WORD_AS) && is_word (t, i - 2, ND_DATE_WORD_PART) &&
         t->tokens[i - 2].value == ND_DATE_PART_EARLY && is_word (t, i - 3, ND_DATE_WORD_AS);
}

static NdDateLean
lean_for_partial_date (const Match *match)
{
  if (has_cue (match->tokens, match->start, ND_DATE_CUE_SINCE))
    return ND_DATE_LEAN_STRICTLY_PAST;

  if (has_cue (match->tokens, match->start, ND_DATE_CUE_DEADLINE) || speaks_of_future (match) ||
      follows_as_early_as (match->tokens, match->start))
    return ND_DATE_LEAN_FUTURE;

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

static gboolean
match_calendar_date (Match *match,
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

  /* March 12, March 12, 2026, Dec. 31st, March 2026 */
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
          else if (is_year_number (t, j))
            e->year = t->tokens[j++].value;
        }
      else if (is_year_number (t, j))
        *e = (NdDateExpression) { .kind = ND_DATE_EXPRESSION_MONTH, .month = month,
                                  .year = t->tokens[j++].value };
      else
        return FALSE;

      match->end = j;
      e->lean = lean_for_partial_date (match);
      return TRUE;
    }

  /* 12 March, 12th of March 2026, 16-18 March */
  if (is_day_number (t, i))
    {
      int last_day = 0;

      j = match_last_day (t, i + 1, &last_day);
      j = is_word (t, j, ND_DATE_WORD_OF) ? j + 1 : j;
      if ((j = match_month_name (t, j, TRUE, &month)) == 0)
        return FALSE;

      *e = (NdDateExpression) { .kind = ND_DATE_EXPRESSION_DAY, .month = month,
                                .day = t->tokens[i].value, .last_day = last_day };
      if (is_year_number (t, j))
        e->year = t->tokens[j++].value;

      match->end = j;
      e->lean = lean_for_partial_date (match);
      return TRUE;
    }

  return FALSE;
}

/* "between Feb. 7 and Feb. 14", "between Feb 8 and 25", "from April 17, 2016 to March 29,
 * 2017": one mention from the first day to the last. */
static gboolean
match_day_range (Match *match,
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
  if (!match_calendar_date (&first, i + 1) ||
      first.expression.kind != ND_DATE_EXPRESSION_DAY || first.expression.last_day != 0)
    return FALSE;

  j = first.end;
  if (!is_word (t, j, between ? ND_DATE_WORD_AND : ND_DATE_WORD_TO))
    return FALSE;

  last.start = j + 1;
  if (match_calendar_date (&last, j + 1) && last.expression.kind == ND_DATE_EXPRESSION_DAY &&
      last.expression.last_day == 0)
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

static gboolean
match_dated_weekday (Match *match,
                     guint  i)
{
  guint j = skip_weekday_prefix (match->tokens, i);

  return j != 0 && match_calendar_date (match, j) &&
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

static gboolean
match_holiday (Match *match,
               guint  i)
{
  const Tokens *t = match->tokens;
  NdDateExpression *e = &match->expression;

  *e = (NdDateExpression) { .kind = ND_DATE_EXPRESSION_DAY };

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
  else if (is_capitalized_word (t, i, ND_DATE_WORD_NEW) &&
           is_capitalized_word (t, i + 1, ND_DATE_WORD_UNIT) &&
           t->tokens[i + 1].value == ND_DATE_UNIT_YEAR && is_apostrophe (t, i + 2) &&
           token_at (t, i + 3) != NULL && t->tokens[i + 3].type == ND_DATE_TOKEN_WORD &&
           t->tokens[i + 3].byte_end - t->tokens[i + 3].byte_start == 1 &&
           (is_capitalized_word (t, i + 4, ND_DATE_WORD_EVE) ||
            (is_capitalized_word (t, i + 4, ND_DATE_WORD_UNIT) &&
             t->tokens[i + 4].value == ND_DATE_UNIT_DAY)))
    {
      gboolean eve = is_word (t, i + 4, ND_DATE_WORD_EVE);

      e->month = eve ? 12 : 1;
      e->day = eve ? 31 : 1;
      match->end = i + 5;
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
      /* Bastille Day, Boxing Day, Independence Day, Remembrance Day */
      e->month = t->tokens[i].value / 100;
      e->day = t->tokens[i].value % 100;
      match->end = i + 2;
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

static gboolean
match_year_range (Match *match,
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

static gboolean
match_decade (Match *match,
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

static gboolean
is_counted_noun (const Tokens *t,
                 guint         i)
{
  return is_word (t, i, ND_DATE_WORD_COUNTED) || is_punct (t, i, '%');
}

/* "2017 has been a year of …", "2018 will test him": a year that opens the sentence
 * before "was", "has", "will". */
static gboolean
opens_sentence_as_year (const Tokens *t,
                        guint         j)
{
  const NdDateToken *next = token_at (t, j + 1);

  return j == 0 && t->tokens[j].value >= 1900 && next != NULL &&
         (is_word (t, j + 1, ND_DATE_WORD_WAS) || is_word (t, j + 1, ND_DATE_WORD_HAS) ||
          (next->type == ND_DATE_TOKEN_WORD && (next->cues & ND_DATE_CUE_FUTURE) != 0));
}

/* "in 2006, 2009 and 2013": the next year of a list. */
static gboolean
follows_year (const Tokens *t,
              guint         j)
{
  return j >= 2 && (is_punct (t, j - 1, ',') || is_word (t, j - 1, ND_DATE_WORD_AND)) &&
         is_year_number (t, j - 2);
}

static gboolean
match_year (Match *match,
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

      /* "the 2011 uprising", "her 2011 memoir", "a 2015 breach": a year before a noun,
       * but "the 1500 workers" is a count */
      if (j > 0 && (is_word (t, j - 1, ND_DATE_WORD_THE) || is_word (t, j - 1, ND_DATE_WORD_A) ||
                    is_word (t, j - 1, ND_DATE_WORD_HABIT)))
        {
          if (t->tokens[j].value < 1900 || token_at (t, j + 1) == NULL ||
              t->tokens[j + 1].type != ND_DATE_TOKEN_WORD)
            return FALSE;
        }
      else if (!has_cue (t, j, ND_DATE_CUE_YEAR) && !follows_year (t, j) &&
               !follows_as_early_as (t, j) && !opens_sentence_as_year (t, j))
        return FALSE;
    }

  match->expression = (NdDateExpression) { .kind = ND_DATE_EXPRESSION_YEAR,
                                           .year = t->tokens[j].value, .part = part };
  match->end = j + 1;

  /* "the 2015 New Year's Eve events": the day of that year */
  if (part == ND_DATE_PART_WHOLE)
    {
      Match holiday = *match;

      if (match_holiday (&holiday, j + 1) && holiday.expression.year == 0)
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

  /* "late January of that year" */
  if (k > j && is_word (t, k, ND_DATE_WORD_THAT) && is_word (t, k + 1, ND_DATE_WORD_UNIT) &&
      t->tokens[k + 1].value == ND_DATE_UNIT_YEAR)
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

/* "between February and September of this year", "from March to May 2026" */
static gboolean
match_month_range (Match *match,
                   guint  i)
{
  const Tokens *t = match->tokens;
  NdDateExpression *e = &match->expression;
  gboolean between = is_word (t, i, ND_DATE_WORD_BETWEEN);
  int month;
  int last_month;
  guint j;

  if (!between && !is_word (t, i, ND_DATE_WORD_FROM))
    return FALSE;

  if ((j = match_month_name (t, i + 1, FALSE, &month)) == 0 ||
      !is_word (t, j, between ? ND_DATE_WORD_AND : ND_DATE_WORD_TO) ||
      (j = match_month_name (t, j + 1, FALSE, &last_month)) == 0)
    return FALSE;

  *e = (NdDateExpression) { .kind = ND_DATE_EXPRESSION_MONTH_RANGE, .month = month,
                            .last_month = last_month };
  match->end = match_month_year (t, j, e);
  if (!e->relative_year)
    e->lean = lean_for_partial_date (match);
  return TRUE;
}

/* "the December ruling", "the March event": a month before a noun. Not May, which is
 * as often a name ("the May government"). */
static gboolean
is_month_before_noun (const Tokens *t,
                      guint         i)
{
  const NdDateToken *next = token_at (t, i + 1);

  return i > 0 && is_word (t, i - 1, ND_DATE_WORD_THE) &&
         is_capitalized_word (t, i, ND_DATE_WORD_MONTH) && t->tokens[i].value != 5 &&
         next != NULL && next->type == ND_DATE_TOKEN_WORD && !next->capitalized &&
         next->word_class == ND_DATE_WORD_OTHER;
}

/* "in May and July": the next month of a list. */
static gboolean
follows_month (const Tokens *t,
               guint         i)
{
  return i >= 2 && (is_punct (t, i - 1, ',') || is_word (t, i - 1, ND_DATE_WORD_AND)) &&
         is_capitalized_word (t, i - 2, ND_DATE_WORD_MONTH);
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

/* "the first half of 2009", "the second half of the year", "the first half of next year" */
static gboolean
match_half_year (Match *match,
                 guint  i)
{
  const Tokens *t = match->tokens;
  NdDateExpression *e = &match->expression;
  guint j = is_word (t, i, ND_DATE_WORD_THE) ? i + 1 : i;
  gboolean second;

  if (!is_word (t, j, ND_DATE_WORD_ORDINAL) || !is_word (t, j + 1, ND_DATE_WORD_HALF) ||
      !is_word (t, j + 2, ND_DATE_WORD_OF))
    return FALSE;

  second = t->tokens[j].value == 2;
  *e = (NdDateExpression) { .kind = ND_DATE_EXPRESSION_MONTH_RANGE, .month = second ? 7 : 1,
                            .last_month = second ? 12 : 6 };
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

/* "in January", "early July", "mid-April", "the end of May", "the end of the month" */
static gboolean
match_month (Match *match,
             guint  i)
{
  const Tokens *t = match->tokens;
  NdDateExpression *e = &match->expression;
  NdDatePart part = ND_DATE_PART_WHOLE;
  guint j = i;
  int month;

  if (is_word (t, j, ND_DATE_WORD_THE) && is_word (t, j + 1, ND_DATE_WORD_EDGE))
    j++;

  if (is_word (t, j, ND_DATE_WORD_EDGE) && is_word (t, j + 1, ND_DATE_WORD_OF))
    {
      part = t->tokens[j].value;
      j += 2;

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
          !is_word (t, i - 1, ND_DATE_WORD_THAT) && !is_month_before_noun (t, i))
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

static guint
skip_time_of_day (const Tokens *t,
                  guint         i)
{
  return is_word (t, i, ND_DATE_WORD_TIME_OF_DAY) ? i + 1 : i;
}

/* "Florida Today" is a newspaper; "the most powerful rocket flying today" and "than any
 * other flying today" mean these days, not the day. */
static gboolean
means_nowadays (const Tokens *t,
                guint         i)
{
  if (t->tokens[i].capitalized && i > 0 && t->tokens[i - 1].type == ND_DATE_TOKEN_WORD &&
      t->tokens[i - 1].capitalized)
    return TRUE;

  for (guint k = 0; k < i; k++)
    if (t->tokens[k].type == ND_DATE_TOKEN_WORD && (t->tokens[k].cues & ND_DATE_CUE_NOWADAYS) != 0)
      return TRUE;

  return FALSE;
}

static gboolean
match_relative (Match *match,
                guint  i)
{
  const Tokens *t = match->tokens;
  NdDateExpression *e = &match->expression;
  const NdDateToken *token = token_at (t, i);
  int shift;
  int month;

  if (token == NULL || token->type != ND_DATE_TOKEN_WORD)
    return FALSE;

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

  /* over the weekend, at the weekend */
  if (token->word_class == ND_DATE_WORD_THE && is_word (t, i + 1, ND_DATE_WORD_WEEKEND))
    {
      match->end = i + 2;
      *e = (NdDateExpression) { .kind = ND_DATE_EXPRESSION_WEEKEND };
      e->lean = speaks_of_future (match) ? ND_DATE_LEAN_FUTURE : ND_DATE_LEAN_PAST;
      return TRUE;
    }

  /* that day, that morning, that month, that year */
  if (token->word_class == ND_DATE_WORD_THAT &&
      (is_word (t, i + 1, ND_DATE_WORD_TIME_OF_DAY) ||
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
      shift = token->value;
      break;

    default:
      return FALSE;
    }

  /* "this coming winter" is the next one */
  if (token->word_class == ND_DATE_WORD_THIS && is_word (t, i + 1, ND_DATE_WORD_COMING))
    {
      shift = 1;
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
    {
      NdDateUnit unit = t->tokens[i + 1].value;

      if (unit != ND_DATE_UNIT_WEEK && unit != ND_DATE_UNIT_MONTH && unit != ND_DATE_UNIT_YEAR)
        return FALSE;
      *e = (NdDateExpression) { .kind = ND_DATE_EXPRESSION_CALENDAR_UNIT, .unit = unit,
                                .shift = shift };
      return TRUE;
    }

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
    {
      Match dated = *match;

      /* "this Thursday, Dec. 28, 2017": the date says which Thursday */
      if (match_dated_weekday (&dated, i + 1))
        return FALSE;

      *e = (NdDateExpression) { .kind = ND_DATE_EXPRESSION_WEEKDAY,
                                .weekday = t->tokens[i + 1].value };
      e->lean = shift < 0 ? ND_DATE_LEAN_STRICTLY_PAST
              : shift > 0 ? ND_DATE_LEAN_STRICTLY_FUTURE
              : speaks_of_future (match) ? ND_DATE_LEAN_FUTURE : ND_DATE_LEAN_PAST;
      match->end = skip_time_of_day (t, i + 2);
      return TRUE;
    }

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
  match->expression.lean = speaks_of_future (match) || follows_as_early_as (t, i)
                           ? ND_DATE_LEAN_FUTURE : ND_DATE_LEAN_PAST;
  return TRUE;
}

typedef gboolean (*Matcher) (Match *match, guint i);

/* In order: the first that matches at a token wins, so longer forms come first. */
static const Matcher matchers[] = {
  match_day_range,
  match_half_year,
  match_dated_weekday,
  match_calendar_date,
  match_holiday,
  match_year_range,
  match_month_range,
  match_decade,
  match_year,
  match_month,
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
             token->word_class != ND_DATE_WORD_WAS && token->word_class != ND_DATE_WORD_HABIT;
    case ND_DATE_TOKEN_AMOUNT:
    case ND_DATE_TOKEN_MIXED:
    default:
      return FALSE;
    }
}

static gboolean
match_at (Match *match,
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

/* ---- Mentions ----------------------------------------------------------------------- */

static NdDateMention *
new_mention (const char           *body,
             const NdDateSentence *sentence,
             const NdDateToken    *first,
             const NdDateToken    *last,
             const NdDateRange    *range)
{
  NdDateMention *mention = g_new0 (NdDateMention, 1);

  mention->from = range->from;
  mention->to = range->to;
  mention->precision = range->precision;
  mention->text = g_strndup (body + first->byte_start, last->byte_end - first->byte_start);
  mention->offset = first->char_start;
  mention->length = last->char_end - first->char_start;
  mention->sentence = g_strndup (body + sentence->byte_start,
                                 sentence->byte_end - sentence->byte_start);
  mention->sentence_offset = sentence->char_start;

  return mention;
}

/* The first day resolves as any date; the last, without a year, is the first on or after
 * it. */
static gboolean
resolve_day_range (Match       *match,
                   const GDate *published,
                   NdDateRange *range)
{
  NdDateRange last;

  if (!nd_date_expression_resolve (&match->expression, published, NULL, range))
    return FALSE;

  if (match->last.year == 0)
    {
      GDate first_day = range->from;

      match->last.year = g_date_get_year (&first_day);
      if (!nd_date_expression_resolve (&match->last, published, NULL, &last))
        return FALSE;
      if (g_date_compare (&last.to, &first_day) < 0)
        {
          match->last.year++;
          if (!nd_date_expression_resolve (&match->last, published, NULL, &last))
            return FALSE;
        }
    }
  else if (!nd_date_expression_resolve (&match->last, published, NULL, &last))
    return FALSE;

  if (g_date_compare (&last.to, &range->from) <= 0)
    return FALSE;

  range->to = last.to;
  range->precision = ND_DATE_PRECISION_DAY;
  return TRUE;
}

static void
find_in_sentence (const char           *body,
                  const NdDateSentence *sentence,
                  GArray               *token_array,
                  const GDate          *published,
                  NdDateRange          *anchor,
                  gboolean             *have_anchor,
                  GPtrArray            *mentions)
{
  Tokens tokens;
  Match match = { .tokens = &tokens };

  nd_date_tokenize (body, sentence, token_array);
  tokens.tokens = (const NdDateToken *)token_array->data;
  tokens.n_tokens = token_array->len;

  for (guint i = 0; i < tokens.n_tokens && mentions->len < MAX_MENTIONS;)
    {
      NdDateRange range;

      if (!match_at (&match, i))
        {
          i++;
          continue;
        }

      if (match.expression.kind != ND_DATE_EXPRESSION_ANCHORED && match.expression.from_anchor)
        {
          /* "that June", "January of that year": no year before, no date */
          if (!*have_anchor || g_date_get_year (&anchor->from) != g_date_get_year (&anchor->to))
            {
              i = match.end;
              continue;
            }
          match.expression.year = g_date_get_year (&anchor->from);
        }

      if (match.has_last && !resolve_day_range (&match, published, &range))
        {
          /* Not a range after all: the dates in it are read one by one. */
          i++;
          continue;
        }

      if (match.has_last ||
          nd_date_expression_resolve (&match.expression, published,
                                      *have_anchor ? anchor : NULL, &range))
        {
          g_ptr_array_add (mentions, new_mention (body, sentence, &tokens.tokens[match.start],
                                                  &tokens.tokens[match.end - 1], &range));
          *anchor = range;
          *have_anchor = TRUE;
        }

      i = match.end;
    }
}

G_DEFINE_BOXED_TYPE (NdDateMention, nd_date_mention, nd_date_mention_copy, nd_date_mention_free)

NdDateMention *
nd_date_mention_copy (const NdDateMention *self)
{
  NdDateMention *copy = g_memdup2 (self, sizeof *self);

  copy->text = g_strdup (self->text);
  copy->sentence = g_strdup (self->sentence);

  return copy;
}

void
nd_date_mention_free (NdDateMention *self)
{
  if (self == NULL)
    return;

  g_free (self->text);
  g_free (self->sentence);
  g_free (self);
}

const char *
nd_date_precision_to_string (NdDatePrecision precision)
{
  static const char * const names[] = { "day", "week", "month", "year", "decade", "approximate" };

  g_return_val_if_fail (precision < G_N_ELEMENTS (names), NULL);

  return names[precision];
}

/**
 * nd_date_mentions_find:
 * @body: an article's body, valid UTF-8
 * @published: (nullable): the article's publication date; without it, only absolute
 *   dates can be resolved
 *
 * Finds the dates and stretches of time that @body mentions. English only. The
 * publication date counts in its own time zone: an article published at 23:30 on a
 * Tuesday in New York says "yesterday" of Monday. Safe to call from any thread; it
 * reads about 55 MB of text a second on one core.
 *
 * Returns: (transfer full) (element-type NdDateMention): the mentions in body order, at
 *   most the first 10,000
 */
GPtrArray *
nd_date_mentions_find (const char *body,
                       GDateTime  *published)
{
  GPtrArray *mentions = g_ptr_array_new_with_free_func ((GDestroyNotify)nd_date_mention_free);
  g_autofree char *valid_body = NULL;
  g_autoptr(GArray) sentences = NULL;
  g_autoptr(GArray) tokens = NULL;
  GDate published_date;
  NdDateRange anchor = { 0 };
  gboolean have_anchor = FALSE;
  gsize length;

  if (body == NULL || *body == '\0')
    return mentions;

  length = strlen (body);
  if (!g_utf8_validate (body, length, NULL))
    {
      /* Offsets then count the replacement characters, as the loader would have. */
      valid_body = g_utf8_make_valid (body, length);
      body = valid_body;
      length = strlen (body);
    }

  if (published != NULL)
    {
      int year, month, day;

      g_date_time_get_ymd (published, &year, &month, &day);
      g_date_clear (&published_date, 1);
      g_date_set_dmy (&published_date, day, month, year);
    }

  sentences = nd_date_split_sentences (body, length);
  tokens = g_array_new (FALSE, FALSE, sizeof (NdDateToken));

  for (guint i = 0; i < sentences->len && mentions->len < MAX_MENTIONS; i++)
    find_in_sentence (body, &g_array_index (sentences, NdDateSentence, i), tokens,
                      published != NULL ? &published_date : NULL, &anchor, &have_anchor,
                      mentions);

  return mentions;
}

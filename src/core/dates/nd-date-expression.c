/* nd-date-expression.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The calendar arithmetic behind date mentions: what day, week, month, year or stretch an
 * expression covers, given the publication date and the date mentioned just before.
 *
 * Conventions (documented in the README):
 * - weeks run Monday to Sunday (ISO 8601); "last week" is the whole previous week, "last
 *   weekend" the Saturday and Sunday of the previous week (exact days, precision day);
 * - seasons are the meteorological ones of the northern hemisphere: spring is March to
 *   May, summer June to August, autumn September to November, winter December to February
 *   (winter 2025 starts in December 2025); they are approximate;
 * - early, mid and late cut a month into days 1-10, 11-20 and 21 to the end, a year into
 *   January-April, May-August and September-December, a decade into its years 0-3, 3-6 and
 *   7-9; all approximate;
 * - a date or month written without a year is taken in the year that puts it nearest the
 *   publication date, unless the sentence speaks of the future (then the next one, up to
 *   300 days ahead) or says "last" or "next";
 * - "N days ago" and "N weeks ago" are single days; "N months ago" a month; "N years ago"
 *   a year; "N decades ago" the year N decades back, approximate; "a few" (2 to 4),
 *   "several" (3 to 7) and "a couple of" (2 to 3) give an approximate range.
 */

#include "config.h"

#include "dates/nd-date-expression.h"

#define MAX_YEAR 9999
#define FUTURE_HORIZON_DAYS 300
#define NEAR_FUTURE_DAYS 31

static gboolean
set_dmy (GDate *date,
         int    day,
         int    month,
         int    year)
{
  if (year < 1 || year > MAX_YEAR || month < 1 || month > 12 || day < 1 ||
      !g_date_valid_dmy (day, month, year))
    return FALSE;

  g_date_clear (date, 1);
  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

static gboolean
set_month (NdDateRange *range,
           int          month,
           int          year)
{
  if (year < 1 || year > MAX_YEAR || month < 1 || month > 12)
    return FALSE;

  set_dmy (&range->from, 1, month, year);
  set_dmy (&range->to, g_date_get_days_in_month (month, year), month, year);
  range->precision = ND_DATE_PRECISION_MONTH;
  return TRUE;
}

static gboolean
set_years (NdDateRange     *range,
           int              first,
           int              last,
           NdDatePrecision  precision)
{
  if (first < 1 || last > MAX_YEAR || first > last)
    return FALSE;

  set_dmy (&range->from, 1, 1, first);
  set_dmy (&range->to, 31, 12, last);
  range->precision = precision;
  return TRUE;
}

static gboolean
set_single_day (NdDateRange *range,
                const GDate *day)
{
  if (!g_date_valid (day))
    return FALSE;

  range->from = *day;
  range->to = *day;
  range->precision = ND_DATE_PRECISION_DAY;
  return TRUE;
}

static gboolean
shift_days (GDate *date,
            int    days)
{
  guint julian = g_date_get_julian (date);

  if (days < 0 && (guint)-days >= julian)
    return FALSE;
  if (days > 0 && julian + (guint)days > 3652059) /* 31 December 9999 */
    return FALSE;

  g_date_set_julian (date, julian + days);
  return TRUE;
}

/* Moves by whole months, keeping the day where it exists (31 March less a month is
 * 28 or 29 February). */
static gboolean
shift_months (GDate *date,
              int    months)
{
  int index = g_date_get_year (date) * 12 + (g_date_get_month (date) - 1) + months;
  int year = index / 12;
  int month = index % 12 + 1;

  /* Before January of year 1 or after December 9999: off the calendar. */
  if (index < 12 || year > MAX_YEAR)
    return FALSE;

  return set_dmy (date, MIN (g_date_get_day (date), g_date_get_days_in_month (month, year)),
                  month, year);
}

static guint
distance_in_days (const NdDateRange *candidate,
                  const GDate       *day)
{
  guint d = g_date_get_julian (day);
  guint from = g_date_get_julian (&candidate->from);
  guint to = g_date_get_julian (&candidate->to);

  if (d < from)
    return from - d;
  if (d > to)
    return d - to;
  return 0;
}

/* News reports more than it announces: a month or day named without a year and without
 * a word that looks ahead is the coming one only when it is less than half as far as the
 * last ("in June" written in early February is the June gone, seven months back, rather
 * than the one four months ahead; "by July 4" in March is still the coming one). Ties go
 * to the earlier one. */
#define FUTURE_DISTANCE_WEIGHT 2

static guint
news_distance (const NdDateRange *candidate,
               const GDate       *published)
{
  guint distance = distance_in_days (candidate, published);

  return g_date_compare (&candidate->from, published) > 0 ? distance * FUTURE_DISTANCE_WEIGHT
                                                          : distance;
}

/* Picks among candidates in ascending order; -1 when none fits. */
static int
pick_candidate (const NdDateRange *candidates,
                int                n_candidates,
                const GDate       *published,
                NdDateLean         lean)
{
  int best = -1;

  switch (lean)
    {
    case ND_DATE_LEAN_PAST:
      for (int i = 0; i < n_candidates; i++)
        if (g_date_compare (&candidates[i].from, published) <= 0)
          best = i;
      return best;

    case ND_DATE_LEAN_STRICTLY_PAST:
      for (int i = 0; i < n_candidates; i++)
        if (g_date_compare (&candidates[i].to, published) < 0)
          best = i;
      return best;

    case ND_DATE_LEAN_STRICTLY_FUTURE:
      for (int i = 0; i < n_candidates; i++)
        if (g_date_compare (&candidates[i].from, published) > 0)
          return i;
      return -1;

    case ND_DATE_LEAN_TOLD_PAST:
      for (int i = 0; i < n_candidates; i++)
        if (g_date_compare (&candidates[i].from, published) <= 0)
          best = i;
        else
          {
            if (distance_in_days (&candidates[i], published) <= NEAR_FUTURE_DAYS || best < 0)
              best = i;
            break;
          }
      return best;

    case ND_DATE_LEAN_FUTURE:
      for (int i = 0; i < n_candidates; i++)
        if (g_date_compare (&candidates[i].to, published) >= 0)
          {
            if (distance_in_days (&candidates[i], published) <= FUTURE_HORIZON_DAYS)
              return i;
            break;
          }
      G_GNUC_FALLTHROUGH;

    case ND_DATE_LEAN_NEAREST:
    default:
      for (int i = 0; i < n_candidates; i++)
        if (best < 0 || news_distance (&candidates[i], published) <
                        news_distance (&candidates[best], published))
          best = i;
      return best;
    }
}

static void
cut_month (NdDateRange *range,
           NdDatePart   part)
{
  int year = g_date_get_year (&range->from);
  int month = g_date_get_month (&range->from);

  switch (part)
    {
    case ND_DATE_PART_EARLY:
      set_dmy (&range->to, 10, month, year);
      break;
    case ND_DATE_PART_MIDDLE:
      set_dmy (&range->from, 11, month, year);
      set_dmy (&range->to, 20, month, year);
      break;
    case ND_DATE_PART_LATE:
      set_dmy (&range->from, 21, month, year);
      break;
    case ND_DATE_PART_WHOLE:
    default:
      return;
    }

  range->precision = ND_DATE_PRECISION_APPROXIMATE;
}

/* "16-18 March": the range ends on LAST_DAY of the same month. */
static gboolean
extend_to_last_day (const NdDateExpression *expression,
                    NdDateRange            *range)
{
  if (expression->last_day == 0)
    return TRUE;

  return expression->last_day > expression->day &&
         set_dmy (&range->to, expression->last_day, g_date_get_month (&range->from),
                  g_date_get_year (&range->from));
}

/* The expression's day in YEAR: the first of its weekday on or after it when it has one
 * (Thanksgiving, Labor Day). */
static gboolean
set_day_in_year (GDate                  *day,
                 const NdDateExpression *expression,
                 int                     year)
{
  if (!set_dmy (day, expression->day, expression->month, year))
    return FALSE;

  if (expression->weekday >= G_DATE_MONDAY && expression->weekday <= G_DATE_SUNDAY)
    return shift_days (day, (expression->weekday - g_date_get_weekday (day) + 7) % 7);

  return TRUE;
}

static gboolean
resolve_day (const NdDateExpression *expression,
             const GDate            *published,
             NdDateRange            *range)
{
  NdDateRange candidates[9];
  int n_candidates = 0;
  int picked;
  GDate day;

  if (expression->year != 0)
    return set_day_in_year (&day, expression, expression->year) &&
           set_single_day (range, &day) && extend_to_last_day (expression, range);

  if (published == NULL)
    return FALSE;

  /* "June 12 last year" */
  if (expression->relative_year)
    return set_day_in_year (&day, expression, g_date_get_year (published) + expression->shift) &&
           set_single_day (range, &day) && extend_to_last_day (expression, range);

  /* Four years either way, so that 29 February finds a leap year. */
  for (int year = g_date_get_year (published) - 4; year <= g_date_get_year (published) + 4; year++)
    if (set_day_in_year (&day, expression, year))
      {
        candidates[n_candidates].from = day;
        candidates[n_candidates].to = day;
        n_candidates++;
      }

  picked = pick_candidate (candidates, n_candidates, published, expression->lean);
  return picked >= 0 && set_single_day (range, &candidates[picked].from) &&
         extend_to_last_day (expression, range);
}

static gboolean
resolve_month (const NdDateExpression *expression,
               const GDate            *published,
               NdDateRange            *range)
{
  NdDateRange candidates[3];
  int n_candidates = 0;
  int picked;

  if (expression->year != 0 || expression->relative_year)
    {
      int year = expression->year;

      if (expression->relative_year)
        {
          if (published == NULL)
            return FALSE;
          year = g_date_get_year (published) + expression->shift;
        }

      if (!set_month (range, expression->month, year))
        return FALSE;
      cut_month (range, expression->part);
      return TRUE;
    }

  if (published == NULL)
    return FALSE;

  for (int year = g_date_get_year (published) - 1; year <= g_date_get_year (published) + 1; year++)
    if (set_month (&candidates[n_candidates], expression->month, year))
      n_candidates++;

  picked = pick_candidate (candidates, n_candidates, published, expression->lean);
  if (picked < 0)
    return FALSE;

  *range = candidates[picked];
  cut_month (range, expression->part);
  return TRUE;
}

/* "between February and September": the first month as a month alone would be, the last
 * the first such month from there on (November to February runs into the next year). */
static gboolean
resolve_month_range (const NdDateExpression *expression,
                     const GDate            *published,
                     NdDateRange            *range)
{
  NdDateExpression first = *expression;
  int year;

  first.kind = ND_DATE_EXPRESSION_MONTH;
  first.part = ND_DATE_PART_WHOLE;
  if (!resolve_month (&first, published, range))
    return FALSE;

  year = g_date_get_year (&range->from);
  if (expression->last_year != 0)
    year = expression->last_year;
  else if (expression->last_month < expression->month)
    year++;

  return year <= MAX_YEAR &&
         set_dmy (&range->to, g_date_get_days_in_month (expression->last_month, year),
                  expression->last_month, year);
}

static gboolean
resolve_year (const NdDateExpression *expression,
              NdDateRange            *range)
{
  int year = expression->year;

  switch (expression->part)
    {
    case ND_DATE_PART_EARLY:
      return set_years (range, year, year, ND_DATE_PRECISION_APPROXIMATE) &&
             set_dmy (&range->to, 30, 4, year);
    case ND_DATE_PART_MIDDLE:
      return set_years (range, year, year, ND_DATE_PRECISION_APPROXIMATE) &&
             set_dmy (&range->from, 1, 5, year) && set_dmy (&range->to, 31, 8, year);
    case ND_DATE_PART_LATE:
      /* "late 2013" from September, "the end of 2013" its December */
      return set_years (range, year, year, ND_DATE_PRECISION_APPROXIMATE) &&
             set_dmy (&range->from, 1, expression->end_of_year ? 12 : 9, year);
    case ND_DATE_PART_WHOLE:
    default:
      return set_years (range, year, year, ND_DATE_PRECISION_YEAR);
    }
}

static gboolean
resolve_decade (const NdDateExpression *expression,
                const GDate            *published,
                NdDateRange            *range)
{
  int first = expression->year;

  /* The '90s: the latest such decade that has begun by the publication. */
  if (first < 100)
    {
      int published_year;

      if (published == NULL)
        return FALSE;

      published_year = g_date_get_year (published);
      first += published_year / 100 * 100;
      if (first > published_year)
        first -= 100;
    }

  switch (expression->part)
    {
    case ND_DATE_PART_EARLY:
      return set_years (range, first, first + 3, ND_DATE_PRECISION_APPROXIMATE);
    case ND_DATE_PART_MIDDLE:
      return set_years (range, first + 3, first + 6, ND_DATE_PRECISION_APPROXIMATE);
    case ND_DATE_PART_LATE:
      return set_years (range, first + 7, first + 9, ND_DATE_PRECISION_APPROXIMATE);
    case ND_DATE_PART_WHOLE:
    default:
      return set_years (range, first, first + 9, ND_DATE_PRECISION_DECADE);
    }
}

static gboolean
set_season (NdDateRange *range,
            NdSeason     season,
            int          year)
{
  static const int first_months[] = { 3, 6, 9, 12 };
  int first_month = first_months[season];
  int last_month = first_month == 12 ? 2 : first_month + 2;
  int last_year = first_month == 12 ? year + 1 : year;

  if (year < 1 || last_year > MAX_YEAR)
    return FALSE;

  set_dmy (&range->from, 1, first_month, year);
  set_dmy (&range->to, g_date_get_days_in_month (last_month, last_year), last_month, last_year);
  range->precision = ND_DATE_PRECISION_APPROXIMATE;
  return TRUE;
}

static gboolean
resolve_season (const NdDateExpression *expression,
                const GDate            *published,
                NdDateRange            *range)
{
  NdDateRange candidates[4];
  int n_candidates = 0;
  NdDateLean lean;
  int picked;

  if (expression->year != 0)
    return set_season (range, expression->season, expression->year);

  if (published == NULL)
    return FALSE;

  for (int year = g_date_get_year (published) - 2; year <= g_date_get_year (published) + 1; year++)
    if (set_season (&candidates[n_candidates], expression->season, year))
      n_candidates++;

  lean = expression->shift < 0 ? ND_DATE_LEAN_STRICTLY_PAST
       : expression->shift > 0 ? ND_DATE_LEAN_STRICTLY_FUTURE
       : ND_DATE_LEAN_NEAREST;
  picked = pick_candidate (candidates, n_candidates, published, lean);
  if (picked < 0)
    return FALSE;

  *range = candidates[picked];
  return TRUE;
}

static gboolean
resolve_weekday (const NdDateExpression *expression,
                 const GDate            *published,
                 NdDateRange            *range)
{
  int from = g_date_get_weekday (published);
  int to = expression->weekday;
  int back = (from - to + 7) % 7;
  int ahead = (to - from + 7) % 7;
  GDate day = *published;
  int shift;

  switch (expression->lean)
    {
    case ND_DATE_LEAN_FUTURE:
      shift = ahead;
      break;
    case ND_DATE_LEAN_STRICTLY_FUTURE:
      shift = ahead == 0 ? 7 : ahead;
      break;
    case ND_DATE_LEAN_STRICTLY_PAST:
      shift = back == 0 ? -7 : -back;
      break;
    case ND_DATE_LEAN_PAST:
    case ND_DATE_LEAN_NEAREST:
    default:
      shift = -back;
      break;
    }

  return shift_days (&day, shift) && set_single_day (range, &day);
}

static gboolean
set_week_of (NdDateRange *range,
             const GDate *day,
             int          weeks)
{
  GDate monday = *day;

  if (!shift_days (&monday, 1 - (int)g_date_get_weekday (day) + 7 * weeks))
    return FALSE;

  range->from = monday;
  range->to = monday;
  range->precision = ND_DATE_PRECISION_WEEK;
  return shift_days (&range->to, 6);
}

/* The week, month or year around DAY, moved by SHIFT of them. */
static gboolean
set_unit_of (NdDateRange *range,
             const GDate *day,
             NdDateUnit   unit,
             int          shift)
{
  GDate moved = *day;

  switch (unit)
    {
    case ND_DATE_UNIT_DAY:
      return shift_days (&moved, shift) && set_single_day (range, &moved);
    case ND_DATE_UNIT_WEEK:
      return set_week_of (range, day, shift);
    case ND_DATE_UNIT_FORTNIGHT:
      return set_week_of (range, day, 2 * shift);
    case ND_DATE_UNIT_MONTH:
      return shift_months (&moved, shift) &&
             set_month (range, g_date_get_month (&moved), g_date_get_year (&moved));
    case ND_DATE_UNIT_YEAR:
      return set_years (range, g_date_get_year (day) + shift, g_date_get_year (day) + shift,
                        ND_DATE_PRECISION_YEAR);
    case ND_DATE_UNIT_DECADE:
    default:
      return set_years (range, g_date_get_year (day) + 10 * shift,
                        g_date_get_year (day) + 10 * shift, ND_DATE_PRECISION_APPROXIMATE);
    }
}

/* The Saturday and Sunday of the publication's week (Monday to Sunday), moved by SHIFT
 * weeks: published on a Monday, "last weekend" is the two days before. */
static gboolean
resolve_weekend (const NdDateExpression *expression,
                 const GDate            *published,
                 NdDateRange            *range)
{
  int shift = expression->shift;

  /* "over the weekend": the last one begun by the publication; "at the weekend" ahead:
   * the one of the publication's week. */
  if (expression->lean == ND_DATE_LEAN_PAST)
    shift = g_date_get_weekday (published) >= G_DATE_SATURDAY ? 0 : -1;
  else if (expression->lean == ND_DATE_LEAN_FUTURE)
    shift = 0;

  if (!set_week_of (range, published, shift))
    return FALSE;

  /* Two days, as "a weekend" is annotated: whether Friday night counts is not said. */
  range->from = range->to;
  range->precision = ND_DATE_PRECISION_APPROXIMATE;
  return shift_days (&range->from, -1);
}

/* "this month", "last year", "the end of next month". */
static gboolean
resolve_calendar_unit (const NdDateExpression *expression,
                       const GDate            *published,
                       NdDateRange            *range)
{
  NdDateExpression year = { .kind = ND_DATE_EXPRESSION_YEAR, .part = expression->part };
  int shift = expression->shift;

  /* On a Sunday the week is all but over: "last week" is the one ending that day, and
   * "this week" looking ahead the one to come. */
  if (expression->unit == ND_DATE_UNIT_WEEK && g_date_get_weekday (published) == G_DATE_SUNDAY)
    {
      if (shift < 0)
        shift = 0;
      else if (shift == 0 && expression->lean == ND_DATE_LEAN_FUTURE)
        shift = 1;
    }

  if (!set_unit_of (range, published, expression->unit, shift))
    return FALSE;

  if (expression->unit == ND_DATE_UNIT_MONTH)
    cut_month (range, expression->part);
  else if (expression->unit == ND_DATE_UNIT_YEAR && expression->end_of_year)
    {
      set_dmy (&range->from, 1, 12, g_date_get_year (&range->from));
      range->precision = ND_DATE_PRECISION_APPROXIMATE;
    }
  else if (expression->unit == ND_DATE_UNIT_YEAR)
    {
      year.year = g_date_get_year (&range->from);
      return resolve_year (&year, range);
    }

  return TRUE;
}

static gboolean
go_back (GDate      *date,
         NdDateUnit  unit,
         int         count)
{
  switch (unit)
    {
    case ND_DATE_UNIT_DAY:
      return shift_days (date, -count);
    case ND_DATE_UNIT_WEEK:
      return shift_days (date, -7 * count);
    case ND_DATE_UNIT_FORTNIGHT:
      return shift_days (date, -14 * count);
    case ND_DATE_UNIT_MONTH:
      return shift_months (date, -count);
    case ND_DATE_UNIT_YEAR:
      return shift_months (date, -12 * count);
    case ND_DATE_UNIT_DECADE:
    default:
      return shift_months (date, -120 * count);
    }
}

static gboolean
resolve_ago (const NdDateExpression *expression,
             const GDate            *published,
             NdDateRange            *range)
{
  GDate from = *published;
  GDate to = *published;

  if (expression->count < 0 || expression->count > 10000)
    return FALSE;

  if (expression->within)
    {
      if (!go_back (&from, expression->unit, expression->count) || !shift_days (&to, -1))
        return FALSE;

      range->from = from;
      range->to = to;
      range->precision = ND_DATE_PRECISION_APPROXIMATE;
      return g_date_compare (&from, &to) <= 0;
    }

  if (expression->count_max > expression->count)
    {
      if (!go_back (&from, expression->unit, expression->count_max) ||
          !go_back (&to, expression->unit, expression->count))
        return FALSE;

      range->from = from;
      range->to = to;
      range->precision = ND_DATE_PRECISION_APPROXIMATE;
      return TRUE;
    }

  switch (expression->unit)
    {
    case ND_DATE_UNIT_DAY:
    case ND_DATE_UNIT_WEEK:
    case ND_DATE_UNIT_FORTNIGHT:
      return go_back (&from, expression->unit, expression->count) && set_single_day (range, &from);
    case ND_DATE_UNIT_MONTH:
    case ND_DATE_UNIT_YEAR:
    case ND_DATE_UNIT_DECADE:
    default:
      return set_unit_of (range, published, expression->unit, -expression->count);
    }
}

/**
 * nd_date_expression_resolve:
 * @expression: what was read
 * @published: (nullable): the publication date
 * @anchor: (nullable): the range the previous mention resolved to
 * @range: (out): where the result goes
 *
 * Returns: whether @expression could be resolved; relative expressions need @published,
 *   and "the following year" and the like need @anchor.
 */
/* "that day" and "three days later" need a day before them, "that month" a day or a month:
 * a year, or "last month", says no day. */
static gboolean
anchor_is_within (const NdDateRange *anchor,
                  NdDateUnit         unit)
{
  switch (unit)
    {
    case ND_DATE_UNIT_DAY:
    case ND_DATE_UNIT_WEEK:
    case ND_DATE_UNIT_FORTNIGHT:
      return anchor->precision == ND_DATE_PRECISION_DAY &&
             g_date_compare (&anchor->from, &anchor->to) == 0;
    case ND_DATE_UNIT_MONTH:
      return anchor->precision <= ND_DATE_PRECISION_MONTH &&
             g_date_get_month (&anchor->from) == g_date_get_month (&anchor->to);
    case ND_DATE_UNIT_YEAR:
    case ND_DATE_UNIT_DECADE:
      return g_date_get_year (&anchor->from) == g_date_get_year (&anchor->to);
    default:
      return FALSE;
    }
}

gboolean
nd_date_expression_resolve (const NdDateExpression *expression,
                            const GDate            *published,
                            const NdDateRange      *anchor,
                            NdDateRange            *range)
{
  GDate day;

  g_return_val_if_fail (expression != NULL, FALSE);
  g_return_val_if_fail (range != NULL, FALSE);

  if (published != NULL && !g_date_valid (published))
    published = NULL;

  switch (expression->kind)
    {
    case ND_DATE_EXPRESSION_DAY:
      return resolve_day (expression, published, range);

    case ND_DATE_EXPRESSION_MONTH:
      return resolve_month (expression, published, range);

    case ND_DATE_EXPRESSION_YEAR:
      return resolve_year (expression, range);

    case ND_DATE_EXPRESSION_YEAR_RANGE:
      return set_years (range, expression->year, expression->last_year, ND_DATE_PRECISION_YEAR);

    case ND_DATE_EXPRESSION_DECADE:
      return resolve_decade (expression, published, range);

    case ND_DATE_EXPRESSION_SEASON:
      return resolve_season (expression, published, range);

    case ND_DATE_EXPRESSION_DAYS_FROM_NOW:
      if (published == NULL)
        return FALSE;
      day = *published;
      return shift_days (&day, expression->shift) && set_single_day (range, &day);

    case ND_DATE_EXPRESSION_WEEKDAY:
      return published != NULL && resolve_weekday (expression, published, range);

    case ND_DATE_EXPRESSION_CALENDAR_UNIT:
      return published != NULL && resolve_calendar_unit (expression, published, range);

    case ND_DATE_EXPRESSION_AGO:
      return published != NULL && resolve_ago (expression, published, range);

    case ND_DATE_EXPRESSION_MONTH_RANGE:
      return expression->last_month >= 1 && expression->last_month <= 12 &&
             resolve_month_range (expression, published, range);

    case ND_DATE_EXPRESSION_WEEKEND:
      return published != NULL && resolve_weekend (expression, published, range);

    case ND_DATE_EXPRESSION_ANCHORED:
      return anchor != NULL && g_date_valid (&anchor->from) &&
             anchor_is_within (anchor, expression->unit) &&
             set_unit_of (range, &anchor->from, expression->unit, expression->shift);

    default:
      return FALSE;
    }
}

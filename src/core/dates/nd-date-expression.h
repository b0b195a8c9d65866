/* nd-date-expression.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "dates/nd-date-mention.h"

G_BEGIN_DECLS

/* What a temporal expression says, once read and before it is resolved: the calendar
 * arithmetic, apart from the reading, so that it can be tested on its own. */

typedef enum
{
  ND_DATE_EXPRESSION_DAY,           /* year (0: not written, or shift years from publication
                                     * when relative_year: "June 12 last year"), month, day
                                     * (to last_day); with a weekday, the first such weekday
                                     * on or after the day (Thanksgiving) */
  ND_DATE_EXPRESSION_MONTH,         /* year (0: not written, or shift years from publication
                                     * when relative_year: "May last year"), month, part */
  ND_DATE_EXPRESSION_YEAR,          /* year, part */
  ND_DATE_EXPRESSION_YEAR_RANGE,    /* year to last_year */
  ND_DATE_EXPRESSION_DECADE,        /* year: 1990 for the 1990s, 90 for the '90s; part */
  ND_DATE_EXPRESSION_SEASON,        /* season, year (0: from shift, relative to publication) */
  ND_DATE_EXPRESSION_DAYS_FROM_NOW, /* shift days from publication: yesterday, today */
  ND_DATE_EXPRESSION_WEEKDAY,       /* weekday, lean */
  ND_DATE_EXPRESSION_CALENDAR_UNIT, /* unit (week, month, year), shift: this, last, next */
  ND_DATE_EXPRESSION_AGO,           /* unit, count, count_max (larger when vague) */
  ND_DATE_EXPRESSION_ANCHORED,      /* unit, shift from the date mentioned just before */
  ND_DATE_EXPRESSION_MONTH_RANGE,   /* month to last_month, year as for MONTH; last_year
                                     * when written ("January 2016 to March 2017") */
  ND_DATE_EXPRESSION_WEEKEND,       /* shift: this, last, next weekend; or lean (past or
                                     * future) for "the weekend" */
} NdDateExpressionKind;

typedef enum
{
  ND_DATE_UNIT_DAY,
  ND_DATE_UNIT_WEEK,
  ND_DATE_UNIT_FORTNIGHT,
  ND_DATE_UNIT_MONTH,
  ND_DATE_UNIT_YEAR,
  ND_DATE_UNIT_DECADE,
} NdDateUnit;

/* Which of several candidate dates a partial one means. */
typedef enum
{
  ND_DATE_LEAN_NEAREST,        /* the closest to the publication date */
  ND_DATE_LEAN_PAST,           /* on or before it */
  ND_DATE_LEAN_FUTURE,         /* on or after it */
  ND_DATE_LEAN_STRICTLY_PAST,  /* before it: "last Monday" */
  ND_DATE_LEAN_STRICTLY_FUTURE,/* after it: "next Monday" */
  ND_DATE_LEAN_TOLD_PAST,      /* told in the past tense: on or before it, unless the next
                                * one begins within a month ("they met to prepare for New
                                * Year's Eve", written on 30 December) */
} NdDateLean;

/* A stretch of a month, year or decade: "early July", "the end of May", "late 2013". */
typedef enum
{
  ND_DATE_PART_WHOLE,
  ND_DATE_PART_EARLY,
  ND_DATE_PART_MIDDLE,
  ND_DATE_PART_LATE,
} NdDatePart;

typedef enum
{
  ND_SEASON_SPRING,
  ND_SEASON_SUMMER,
  ND_SEASON_AUTUMN,
  ND_SEASON_WINTER,
} NdSeason;

typedef struct
{
  NdDateExpressionKind kind;
  int                  year;
  int                  last_year;
  int                  month;
  int                  day;
  int                  last_day;     /* "16-18 March"; 0 for one day */
  int                  last_month;   /* "between February and September" */
  GDateWeekday         weekday;
  NdSeason             season;
  NdDateUnit           unit;
  int                  shift;
  int                  count;
  int                  count_max;
  NdDatePart           part;
  NdDateLean           lean;
  gboolean             relative_year;
  gboolean             end_of_year;  /* "the end of last year", "the end of 2016": its
                                      * December */
  gboolean             from_anchor;  /* "that day", "that June", "January of that year":
                                      * of the date mentioned just before */
  gboolean             within;       /* "less than a fortnight ago": up to the day before */
} NdDateExpression;

/* The range the previous mention resolved to, for "the following year". */
typedef struct
{
  GDate            from;
  GDate            to;
  NdDatePrecision  precision;
} NdDateRange;

gboolean nd_date_expression_resolve (const NdDateExpression *expression,
                                     const GDate            *published,
                                     const NdDateRange      *anchor,
                                     NdDateRange            *range);

G_END_DECLS

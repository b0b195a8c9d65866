/* nd-date-tokens.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Cuts a body into sentences and a sentence into tokens for nd-date-mention.c. A full stop
 * after a known abbreviation or a single letter ("Dr.", "Dec.", "U.S.", "p.m."), or before
 * a lower-case word, does not end a sentence; a line break always does. A token is a run
 * of letters and digits ("3,000", "2.5" and "10:15" stay one amount) or one other
 * character; the words that matter in dates are looked up in a table. */

#include "config.h"

#include <string.h>

#include "dates/nd-date-expression.h"
#include "dates/nd-date-tokens.h"
#include "util/nd-chars.h"

/* Longer runs without a sentence end are cut (see is_overlong()), so that a 20 MB body
 * without a full stop costs no more than ordinary text. */
#define MAX_SENTENCE_BYTES 4000
/* The longest word of the table below: longer words need no lookup. */
#define MAX_WORD_BYTES 12

typedef struct
{
  const char *word;
  guint8      word_class;
  gint32      value;
  guint32     cues;
} WordInfo;

static const WordInfo words[] = {
  { "january", ND_DATE_WORD_MONTH, 1, 0 },
  { "february", ND_DATE_WORD_MONTH, 2, 0 },
  { "march", ND_DATE_WORD_MONTH, 3, 0 },
  { "april", ND_DATE_WORD_MONTH, 4, 0 },
  { "may", ND_DATE_WORD_MONTH, 5, 0 },
  { "june", ND_DATE_WORD_MONTH, 6, 0 },
  { "july", ND_DATE_WORD_MONTH, 7, 0 },
  { "august", ND_DATE_WORD_MONTH, 8, 0 },
  { "september", ND_DATE_WORD_MONTH, 9, 0 },
  { "october", ND_DATE_WORD_MONTH, 10, 0 },
  { "november", ND_DATE_WORD_MONTH, 11, 0 },
  { "december", ND_DATE_WORD_MONTH, 12, 0 },
  { "jan", ND_DATE_WORD_MONTH_ABBREVIATION, 1, 0 },
  { "feb", ND_DATE_WORD_MONTH_ABBREVIATION, 2, 0 },
  { "mar", ND_DATE_WORD_MONTH_ABBREVIATION, 3, 0 },
  { "apr", ND_DATE_WORD_MONTH_ABBREVIATION, 4, 0 },
  { "jun", ND_DATE_WORD_MONTH_ABBREVIATION, 6, 0 },
  { "jul", ND_DATE_WORD_MONTH_ABBREVIATION, 7, 0 },
  { "aug", ND_DATE_WORD_MONTH_ABBREVIATION, 8, 0 },
  { "sep", ND_DATE_WORD_MONTH_ABBREVIATION, 9, 0 },
  { "sept", ND_DATE_WORD_MONTH_ABBREVIATION, 9, 0 },
  { "oct", ND_DATE_WORD_MONTH_ABBREVIATION, 10, 0 },
  { "nov", ND_DATE_WORD_MONTH_ABBREVIATION, 11, 0 },
  { "dec", ND_DATE_WORD_MONTH_ABBREVIATION, 12, 0 },
  { "monday", ND_DATE_WORD_WEEKDAY, G_DATE_MONDAY, 0 },
  { "tuesday", ND_DATE_WORD_WEEKDAY, G_DATE_TUESDAY, 0 },
  { "wednesday", ND_DATE_WORD_WEEKDAY, G_DATE_WEDNESDAY, 0 },
  { "thursday", ND_DATE_WORD_WEEKDAY, G_DATE_THURSDAY, 0 },
  { "friday", ND_DATE_WORD_WEEKDAY, G_DATE_FRIDAY, 0 },
  { "saturday", ND_DATE_WORD_WEEKDAY, G_DATE_SATURDAY, 0 },
  { "sunday", ND_DATE_WORD_WEEKDAY, G_DATE_SUNDAY, 0 },
  { "mon", ND_DATE_WORD_WEEKDAY_ABBREVIATION, G_DATE_MONDAY, 0 },
  { "tue", ND_DATE_WORD_WEEKDAY_ABBREVIATION, G_DATE_TUESDAY, 0 },
  { "tues", ND_DATE_WORD_WEEKDAY_ABBREVIATION, G_DATE_TUESDAY, 0 },
  { "wed", ND_DATE_WORD_WEEKDAY_ABBREVIATION, G_DATE_WEDNESDAY, 0 },
  { "thu", ND_DATE_WORD_WEEKDAY_ABBREVIATION, G_DATE_THURSDAY, 0 },
  { "thur", ND_DATE_WORD_WEEKDAY_ABBREVIATION, G_DATE_THURSDAY, 0 },
  { "thurs", ND_DATE_WORD_WEEKDAY_ABBREVIATION, G_DATE_THURSDAY, 0 },
  { "fri", ND_DATE_WORD_WEEKDAY_ABBREVIATION, G_DATE_FRIDAY, 0 },
  { "sat", ND_DATE_WORD_WEEKDAY_ABBREVIATION, G_DATE_SATURDAY, 0 },
  { "sun", ND_DATE_WORD_WEEKDAY_ABBREVIATION, G_DATE_SUNDAY, 0 },
  { "one", ND_DATE_WORD_NUMBER, 1, 0 },
  { "two", ND_DATE_WORD_NUMBER, 2, 0 },
  { "three", ND_DATE_WORD_NUMBER, 3, 0 },
  { "four", ND_DATE_WORD_NUMBER, 4, 0 },
  { "five", ND_DATE_WORD_NUMBER, 5, 0 },
  { "six", ND_DATE_WORD_NUMBER, 6, 0 },
  { "seven", ND_DATE_WORD_NUMBER, 7, 0 },
  { "eight", ND_DATE_WORD_NUMBER, 8, 0 },
  { "nine", ND_DATE_WORD_NUMBER, 9, 0 },
  { "ten", ND_DATE_WORD_NUMBER, 10, 0 },
  { "eleven", ND_DATE_WORD_NUMBER, 11, 0 },
  { "twelve", ND_DATE_WORD_NUMBER, 12, 0 },
  { "thirteen", ND_DATE_WORD_NUMBER, 13, 0 },
  { "fourteen", ND_DATE_WORD_NUMBER, 14, 0 },
  { "fifteen", ND_DATE_WORD_NUMBER, 15, 0 },
  { "sixteen", ND_DATE_WORD_NUMBER, 16, 0 },
  { "seventeen", ND_DATE_WORD_NUMBER, 17, 0 },
  { "eighteen", ND_DATE_WORD_NUMBER, 18, 0 },
  { "nineteen", ND_DATE_WORD_NUMBER, 19, 0 },
  { "twenty", ND_DATE_WORD_NUMBER, 20, 0 },
  { "thirty", ND_DATE_WORD_NUMBER, 30, 0 },
  { "forty", ND_DATE_WORD_NUMBER, 40, 0 },
  { "fifty", ND_DATE_WORD_NUMBER, 50, 0 },
  { "sixty", ND_DATE_WORD_NUMBER, 60, 0 },
  { "seventy", ND_DATE_WORD_NUMBER, 70, 0 },
  { "eighty", ND_DATE_WORD_NUMBER, 80, 0 },
  { "ninety", ND_DATE_WORD_NUMBER, 90, 0 },
  { "hundred", ND_DATE_WORD_NUMBER, 100, 0 },
  { "day", ND_DATE_WORD_UNIT, ND_DATE_UNIT_DAY, 0 },
  { "days", ND_DATE_WORD_UNIT, ND_DATE_UNIT_DAY, 0 },
  { "week", ND_DATE_WORD_UNIT, ND_DATE_UNIT_WEEK, 0 },
  { "weeks", ND_DATE_WORD_UNIT, ND_DATE_UNIT_WEEK, 0 },
  { "fortnight", ND_DATE_WORD_UNIT, ND_DATE_UNIT_FORTNIGHT, 0 },
  { "weekend", ND_DATE_WORD_WEEKEND, 0, 0 },
  { "coming", ND_DATE_WORD_COMING, 0, ND_DATE_CUE_FUTURE },
  { "fortnights", ND_DATE_WORD_UNIT, ND_DATE_UNIT_FORTNIGHT, 0 },
  { "month", ND_DATE_WORD_UNIT, ND_DATE_UNIT_MONTH, 0 },
  { "months", ND_DATE_WORD_UNIT, ND_DATE_UNIT_MONTH, 0 },
  { "year", ND_DATE_WORD_UNIT, ND_DATE_UNIT_YEAR, ND_DATE_CUE_YEAR },
  { "years", ND_DATE_WORD_UNIT, ND_DATE_UNIT_YEAR, 0 },
  { "decade", ND_DATE_WORD_UNIT, ND_DATE_UNIT_DECADE, 0 },
  { "decades", ND_DATE_WORD_UNIT, ND_DATE_UNIT_DECADE, 0 },
  { "morning", ND_DATE_WORD_TIME_OF_DAY, 0, 0 },
  { "afternoon", ND_DATE_WORD_TIME_OF_DAY, 0, 0 },
  { "evening", ND_DATE_WORD_TIME_OF_DAY, 0, 0 },
  { "night", ND_DATE_WORD_TIME_OF_DAY, 0, 0 },
  { "spring", ND_DATE_WORD_SEASON, ND_SEASON_SPRING, 0 },
  { "summer", ND_DATE_WORD_SEASON, ND_SEASON_SUMMER, 0 },
  { "autumn", ND_DATE_WORD_SEASON, ND_SEASON_AUTUMN, 0 },
  { "fall", ND_DATE_WORD_SEASON, ND_SEASON_AUTUMN, 0 },
  { "winter", ND_DATE_WORD_SEASON, ND_SEASON_WINTER, 0 },
  { "early", ND_DATE_WORD_PART, ND_DATE_PART_EARLY, 0 },
  { "mid", ND_DATE_WORD_PART, ND_DATE_PART_MIDDLE, 0 },
  { "late", ND_DATE_WORD_PART, ND_DATE_PART_LATE, 0 },
  { "beginning", ND_DATE_WORD_EDGE, ND_DATE_PART_EARLY, 0 },
  { "start", ND_DATE_WORD_EDGE, ND_DATE_PART_EARLY, 0 },
  { "middle", ND_DATE_WORD_EDGE, ND_DATE_PART_MIDDLE, 0 },
  { "end", ND_DATE_WORD_EDGE, ND_DATE_PART_LATE, 0 },
  { "yesterday", ND_DATE_WORD_YESTERDAY, -1, 0 },
  { "today", ND_DATE_WORD_TODAY, 0, 0 },
  { "tonight", ND_DATE_WORD_TONIGHT, 0, 0 },
  { "tomorrow", ND_DATE_WORD_TOMORROW, 1, ND_DATE_CUE_FUTURE },
  { "this", ND_DATE_WORD_THIS, 0, 0 },
  { "last", ND_DATE_WORD_LAST, -1, 0 },
  { "next", ND_DATE_WORD_NEXT, 1, ND_DATE_CUE_FUTURE },
  { "the", ND_DATE_WORD_THE, 0, 0 },
  { "following", ND_DATE_WORD_FOLLOWING, 1, 0 },
  { "previous", ND_DATE_WORD_FOLLOWING, -1, 0 },
  { "preceding", ND_DATE_WORD_FOLLOWING, -1, 0 },
  { "ago", ND_DATE_WORD_AGO, 0, 0 },
  { "later", ND_DATE_WORD_LATER, 1, 0 },
  { "earlier", ND_DATE_WORD_LATER, -1, 0 },
  { "of", ND_DATE_WORD_OF, 0, ND_DATE_CUE_YEAR | ND_DATE_CUE_OF_WITH },
  { "with", ND_DATE_WORD_OTHER, 0, ND_DATE_CUE_OF_WITH },
  { "a", ND_DATE_WORD_A, 1, 0 },
  { "an", ND_DATE_WORD_A, 1, 0 },
  { "few", ND_DATE_WORD_VAGUE, 2, 0 },
  { "several", ND_DATE_WORD_VAGUE, 3, 0 },
  { "couple", ND_DATE_WORD_VAGUE, 2, 0 },
  { "between", ND_DATE_WORD_BETWEEN, 0, 0 },
  { "and", ND_DATE_WORD_AND, 0, 0 },
  { "from", ND_DATE_WORD_FROM, 0, ND_DATE_CUE_YEAR | ND_DATE_CUE_MONTH },
  { "to", ND_DATE_WORD_TO, 0, ND_DATE_CUE_YEAR },
  { "through", ND_DATE_WORD_TO, 0, ND_DATE_CUE_YEAR | ND_DATE_CUE_MONTH },
  { "until", ND_DATE_WORD_TO, 0, ND_DATE_CUE_YEAR | ND_DATE_CUE_MONTH | ND_DATE_CUE_DEADLINE },
  { "till", ND_DATE_WORD_TO, 0, ND_DATE_CUE_YEAR | ND_DATE_CUE_MONTH | ND_DATE_CUE_DEADLINE },
  { "christmas", ND_DATE_WORD_CHRISTMAS, 0, 0 },
  { "new", ND_DATE_WORD_NEW, 0, 0 },
  { "eve", ND_DATE_WORD_EVE, 0, 0 },
  { "fourth", ND_DATE_WORD_FOURTH, 0, 0 },
  { "halloween", ND_DATE_WORD_HALLOWEEN, 0, 0 },
  { "valentine", ND_DATE_WORD_VALENTINE, 0, 0 },
  { "my", ND_DATE_WORD_HABIT, 0, 0 },
  { "your", ND_DATE_WORD_HABIT, 0, 0 },
  { "his", ND_DATE_WORD_HABIT, 0, 0 },
  { "her", ND_DATE_WORD_HABIT, 0, 0 },
  { "its", ND_DATE_WORD_HABIT, 0, 0 },
  { "our", ND_DATE_WORD_HABIT, 0, 0 },
  { "their", ND_DATE_WORD_HABIT, 0, 0 },
  { "every", ND_DATE_WORD_HABIT, 0, 0 },
  { "each", ND_DATE_WORD_HABIT, 0, 0 },
  { "good", ND_DATE_WORD_NAMED_DAY, 0, 0 },
  { "black", ND_DATE_WORD_NAMED_DAY, 0, 0 },
  { "super", ND_DATE_WORD_NAMED_DAY, 0, 0 },
  { "ash", ND_DATE_WORD_NAMED_DAY, 0, 0 },
  { "cyber", ND_DATE_WORD_NAMED_DAY, 0, 0 },
  { "holy", ND_DATE_WORD_NAMED_DAY, 0, 0 },
  { "maundy", ND_DATE_WORD_NAMED_DAY, 0, 0 },
  { "easter", ND_DATE_WORD_NAMED_DAY, 0, 0 },
  { "was", ND_DATE_WORD_WAS, 0, 0 },
  { "were", ND_DATE_WORD_WAS, 0, 0 },
  { "been", ND_DATE_WORD_WAS, 0, 0 },
  { "people", ND_DATE_WORD_COUNTED, 0, 0 },
  { "workers", ND_DATE_WORD_COUNTED, 0, 0 },
  { "employees", ND_DATE_WORD_COUNTED, 0, 0 },
  { "jobs", ND_DATE_WORD_COUNTED, 0, 0 },
  { "votes", ND_DATE_WORD_COUNTED, 0, 0 },
  { "signatures", ND_DATE_WORD_COUNTED, 0, 0 },
  { "troops", ND_DATE_WORD_COUNTED, 0, 0 },
  { "men", ND_DATE_WORD_COUNTED, 0, 0 },
  { "women", ND_DATE_WORD_COUNTED, 0, 0 },
  { "children", ND_DATE_WORD_COUNTED, 0, 0 },
  { "students", ND_DATE_WORD_COUNTED, 0, 0 },
  { "homes", ND_DATE_WORD_COUNTED, 0, 0 },
  { "cases", ND_DATE_WORD_COUNTED, 0, 0 },
  { "deaths", ND_DATE_WORD_COUNTED, 0, 0 },
  { "times", ND_DATE_WORD_COUNTED, 0, 0 },
  { "units", ND_DATE_WORD_COUNTED, 0, 0 },
  { "dollars", ND_DATE_WORD_COUNTED, 0, 0 },
  { "pounds", ND_DATE_WORD_COUNTED, 0, 0 },
  { "euros", ND_DATE_WORD_COUNTED, 0, 0 },
  { "miles", ND_DATE_WORD_COUNTED, 0, 0 },
  { "km", ND_DATE_WORD_COUNTED, 0, 0 },
  { "metres", ND_DATE_WORD_COUNTED, 0, 0 },
  { "meters", ND_DATE_WORD_COUNTED, 0, 0 },
  { "feet", ND_DATE_WORD_COUNTED, 0, 0 },
  { "tonnes", ND_DATE_WORD_COUNTED, 0, 0 },
  { "tons", ND_DATE_WORD_COUNTED, 0, 0 },
  { "points", ND_DATE_WORD_COUNTED, 0, 0 },
  { "seats", ND_DATE_WORD_COUNTED, 0, 0 },
  { "members", ND_DATE_WORD_COUNTED, 0, 0 },
  { "percent", ND_DATE_WORD_COUNTED, 0, 0 },
  { "per", ND_DATE_WORD_COUNTED, 0, 0 },
  { "residents", ND_DATE_WORD_COUNTED, 0, 0 },
  { "in", ND_DATE_WORD_OTHER, 0, ND_DATE_CUE_YEAR | ND_DATE_CUE_MONTH },
  { "since", ND_DATE_WORD_OTHER, 0, ND_DATE_CUE_YEAR | ND_DATE_CUE_MONTH | ND_DATE_CUE_SINCE },
  { "copyright", ND_DATE_WORD_OTHER, 0, ND_DATE_CUE_YEAR },
  { "as", ND_DATE_WORD_AS, 0, ND_DATE_CUE_OPENS_CLAUSE },
  { "when", ND_DATE_WORD_OTHER, 0, ND_DATE_CUE_OPENS_CLAUSE },
  { "once", ND_DATE_WORD_OTHER, 0, ND_DATE_CUE_OPENS_CLAUSE },
  { "if", ND_DATE_WORD_OTHER, 0, ND_DATE_CUE_OPENS_CLAUSE },
  { "unless", ND_DATE_WORD_OTHER, 0, ND_DATE_CUE_OPENS_CLAUSE },
  { "ahead", ND_DATE_WORD_OTHER, 0, ND_DATE_CUE_AHEAD },
  { "that", ND_DATE_WORD_THAT, 0, 0 },
  { "less", ND_DATE_WORD_LESS, 0, 0 },
  { "than", ND_DATE_WORD_THAN, 0, 0 },
  { "half", ND_DATE_WORD_HALF, 0, 0 },
  { "first", ND_DATE_WORD_ORDINAL, 1, 0 },
  { "second", ND_DATE_WORD_ORDINAL, 2, 0 },
  { "third", ND_DATE_WORD_ORDINAL, 3, 0 },
  { "final", ND_DATE_WORD_ORDINAL, 99, 0 },
  { "quarter", ND_DATE_WORD_QUARTER, 0, 0 },
  /* "has suggested a late February launch" tells of now, "had" of the past */
  { "has", ND_DATE_WORD_HAS, 0, ND_DATE_CUE_BE },
  { "have", ND_DATE_WORD_OTHER, 0, ND_DATE_CUE_BE },
  { "had", ND_DATE_WORD_HAS, 0, 0 },
  { "bastille", ND_DATE_WORD_HOLIDAY, 714, 0 },
  { "boxing", ND_DATE_WORD_HOLIDAY, 1226, 0 },
  { "independence", ND_DATE_WORD_HOLIDAY, 704, 0 },
  { "remembrance", ND_DATE_WORD_HOLIDAY, 1111, 0 },
  { "armistice", ND_DATE_WORD_HOLIDAY, 1111, 0 },
  { "veterans", ND_DATE_WORD_HOLIDAY, 1111, 0 },
  /* American holidays on a weekday; "Labour Day" is 1 May in much of the world */
  { "memorial", ND_DATE_WORD_HOLIDAY, G_DATE_MONDAY * 10000 + 525, 0 },
  { "labor", ND_DATE_WORD_HOLIDAY, G_DATE_MONDAY * 10000 + 901, 0 },
  { "thanksgiving", ND_DATE_WORD_THANKSGIVING, G_DATE_THURSDAY * 10000 + 1122, 0 },
  { "slated", ND_DATE_WORD_OTHER, 0, ND_DATE_CUE_FUTURE | ND_DATE_CUE_SCHEDULE },
  { "by", ND_DATE_WORD_OTHER, 0, ND_DATE_CUE_YEAR | ND_DATE_CUE_MONTH | ND_DATE_CUE_DEADLINE },
  { "into", ND_DATE_WORD_OTHER, 0, ND_DATE_CUE_YEAR },
  { "during", ND_DATE_WORD_OTHER, 0, ND_DATE_CUE_YEAR | ND_DATE_CUE_MONTH },
  { "before", ND_DATE_WORD_OTHER, -1,
    ND_DATE_CUE_YEAR | ND_DATE_CUE_MONTH | ND_DATE_CUE_BEFORE_AFTER },
  { "after", ND_DATE_WORD_OTHER, 1,
    ND_DATE_CUE_YEAR | ND_DATE_CUE_MONTH | ND_DATE_CUE_BEFORE_AFTER },
  { "or", ND_DATE_WORD_OTHER, 0, ND_DATE_CUE_OR },
  { "past", ND_DATE_WORD_OTHER, 0, ND_DATE_CUE_PAST },
  /* "for 2017", not "for May" (Theresa May as often as the month) */
  { "for", ND_DATE_WORD_OTHER, 0, ND_DATE_CUE_YEAR },
  { "around", ND_DATE_WORD_OTHER, 0, ND_DATE_CUE_YEAR | ND_DATE_CUE_ABOUT },
  { "about", ND_DATE_WORD_OTHER, 0, ND_DATE_CUE_ABOUT },
  { "nearly", ND_DATE_WORD_OTHER, 0, ND_DATE_CUE_ABOUT },
  { "almost", ND_DATE_WORD_OTHER, 0, ND_DATE_CUE_ABOUT },
  { "roughly", ND_DATE_WORD_OTHER, 0, ND_DATE_CUE_ABOUT },
  { "some", ND_DATE_WORD_OTHER, 0, ND_DATE_CUE_ABOUT },
  { "over", ND_DATE_WORD_OTHER, 0, ND_DATE_CUE_ABOUT },
  { "more", ND_DATE_WORD_OTHER, 0, ND_DATE_CUE_ABOUT },
  { "circa", ND_DATE_WORD_OTHER, 0, ND_DATE_CUE_YEAR },
  { "throughout", ND_DATE_WORD_OTHER, 0, ND_DATE_CUE_YEAR | ND_DATE_CUE_MONTH },
  { "said", ND_DATE_WORD_OTHER, 0, ND_DATE_CUE_SAID },
  { "told", ND_DATE_WORD_OTHER, 0, ND_DATE_CUE_SAID },
  { "tweeted", ND_DATE_WORD_OTHER, 0, ND_DATE_CUE_SAID },
  { "announced", ND_DATE_WORD_OTHER, 0, ND_DATE_CUE_SAID },
  { "wrote", ND_DATE_WORD_OTHER, 0, ND_DATE_CUE_SAID },
  { "added", ND_DATE_WORD_OTHER, 0, ND_DATE_CUE_SAID },
  { "reported", ND_DATE_WORD_OTHER, 0, ND_DATE_CUE_SAID },
  { "confirmed", ND_DATE_WORD_OTHER, 0, ND_DATE_CUE_SAID },
  { "revealed", ND_DATE_WORD_OTHER, 0, ND_DATE_CUE_SAID },
  { "stated", ND_DATE_WORD_OTHER, 0, ND_DATE_CUE_SAID },
  { "most", ND_DATE_WORD_OTHER, 0, ND_DATE_CUE_NOWADAYS },
  { "any", ND_DATE_WORD_OTHER, 0, ND_DATE_CUE_NOWADAYS },
  { "set", ND_DATE_WORD_OTHER, 0, ND_DATE_CUE_FUTURE | ND_DATE_CUE_SCHEDULE | ND_DATE_CUE_BEFORE_TO },
  { "poised", ND_DATE_WORD_OTHER, 0, ND_DATE_CUE_FUTURE | ND_DATE_CUE_SCHEDULE | ND_DATE_CUE_BEFORE_TO },
  { "prepares", ND_DATE_WORD_OTHER, 0, ND_DATE_CUE_FUTURE | ND_DATE_CUE_SCHEDULE | ND_DATE_CUE_BEFORE_TO },
  { "preparing", ND_DATE_WORD_OTHER, 0, ND_DATE_CUE_FUTURE | ND_DATE_CUE_SCHEDULE | ND_DATE_CUE_BEFORE_TO },
  { "plans", ND_DATE_WORD_OTHER, 0, ND_DATE_CUE_FUTURE | ND_DATE_CUE_SCHEDULE | ND_DATE_CUE_BEFORE_TO },
  { "planning", ND_DATE_WORD_OTHER, 0, ND_DATE_CUE_FUTURE | ND_DATE_CUE_SCHEDULE | ND_DATE_CUE_BEFORE_TO },
  { "will", ND_DATE_WORD_OTHER, 0, ND_DATE_CUE_FUTURE },
  { "shall", ND_DATE_WORD_OTHER, 0, ND_DATE_CUE_FUTURE },
  { "ll", ND_DATE_WORD_OTHER, 0, ND_DATE_CUE_FUTURE },
  { "must", ND_DATE_WORD_OTHER, 0, ND_DATE_CUE_FUTURE },
  { "upcoming", ND_DATE_WORD_OTHER, 0, ND_DATE_CUE_FUTURE },
  { "going", ND_DATE_WORD_OTHER, 0, ND_DATE_CUE_FUTURE | ND_DATE_CUE_BEFORE_TO },
  { "planned", ND_DATE_WORD_OTHER, 0, ND_DATE_CUE_FUTURE | ND_DATE_CUE_SCHEDULE },
  { "due", ND_DATE_WORD_OTHER, 0, ND_DATE_CUE_FUTURE | ND_DATE_CUE_SCHEDULE },
  { "scheduled", ND_DATE_WORD_OTHER, 0, ND_DATE_CUE_FUTURE | ND_DATE_CUE_SCHEDULE },
  { "expected", ND_DATE_WORD_OTHER, 0, ND_DATE_CUE_FUTURE | ND_DATE_CUE_SCHEDULE },
  { "would", ND_DATE_WORD_OTHER, 0, ND_DATE_CUE_MODAL },
  { "be", ND_DATE_WORD_OTHER, 0, ND_DATE_CUE_BE },
  { "being", ND_DATE_WORD_OTHER, 0, ND_DATE_CUE_BE },
  { "is", ND_DATE_WORD_OTHER, 0, ND_DATE_CUE_BE },
  { "are", ND_DATE_WORD_OTHER, 0, ND_DATE_CUE_BE },
  { "could", ND_DATE_WORD_OTHER, 0, ND_DATE_CUE_MODAL },
  { "might", ND_DATE_WORD_OTHER, 0, ND_DATE_CUE_MODAL },
  { "should", ND_DATE_WORD_OTHER, 0, ND_DATE_CUE_MODAL },
  { "can", ND_DATE_WORD_OTHER, 0, ND_DATE_CUE_MODAL },
  { "expect", ND_DATE_WORD_OTHER, 0, ND_DATE_CUE_FUTURE },
  { "expects", ND_DATE_WORD_OTHER, 0, ND_DATE_CUE_FUTURE },
  /* What a timetable says in the present tense: "the trial begins Monday" */
  { "begins", ND_DATE_WORD_OTHER, 0, ND_DATE_CUE_FUTURE },
  { "starts", ND_DATE_WORD_OTHER, 0, ND_DATE_CUE_FUTURE },
  { "resumes", ND_DATE_WORD_OTHER, 0, ND_DATE_CUE_FUTURE },
  { "expires", ND_DATE_WORD_OTHER, 0, ND_DATE_CUE_FUTURE },
};

/* The words by first letter, each bucket small enough to scan: faster than a hash table
 * for words that are mostly not in it. */
#define MAX_BUCKET 40

typedef struct
{
  const WordInfo *words[26][MAX_BUCKET];
  guint8          lengths[26][MAX_BUCKET];
  guint8          n_words[26];
} WordIndex;

static const WordIndex *
get_word_index (void)
{
  static WordIndex *index;

  if (g_once_init_enter (&index))
    {
      WordIndex *new_index = g_new0 (WordIndex, 1);

      for (guint i = 0; i < G_N_ELEMENTS (words); i++)
        {
          guint bucket = words[i].word[0] - 'a';
          guint n = new_index->n_words[bucket]++;

          g_assert (strlen (words[i].word) <= MAX_WORD_BYTES && n < MAX_BUCKET);
          new_index->words[bucket][n] = &words[i];
          new_index->lengths[bucket][n] = strlen (words[i].word);
        }

      g_once_init_leave (&index, new_index);
    }

  return index;
}

static const WordInfo *
lookup_word (const char *lower,
             gsize       length)
{
  const WordIndex *index = get_word_index ();
  guint bucket = lower[0] - 'a';

  for (guint i = 0; i < index->n_words[bucket]; i++)
    if (index->lengths[bucket][i] == length &&
        memcmp (index->words[bucket][i]->word, lower, length) == 0)
      return index->words[bucket][i];

  return NULL;
}

/* ---- Sentences ---------------------------------------------------------------------- */

/* Most of a body is ASCII: read it without the general UTF-8 decoder. */
static inline gunichar
char_at (const char *text,
         gsize       p,
         gsize      *next)
{
  guchar byte = (guchar)text[p];

  if (byte < 0x80)
    {
      *next = p + 1;
      return byte;
    }

  *next = g_utf8_next_char (text + p) - text;
  return g_utf8_get_char (text + p);
}

static gboolean
is_abbreviation (const char *word,
                 gsize       length)
{
  static const char * const abbreviations[] = {
    "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "gov", "sen", "rep", "rev",
    "lt", "col", "capt", "sgt", "no", "vs", "inc", "co", "corp", "ltd", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues",
    "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "approx", "est", "fig", "mt",
  };
  char lower[8];

  if (length >= sizeof lower)
    return FALSE;

  for (gsize i = 0; i < length; i++)
    lower[i] = g_ascii_tolower (word[i]);
  lower[length] = '\0';

  for (guint i = 0; i < G_N_ELEMENTS (abbreviations); i++)
    if (strcmp (lower, abbreviations[i]) == 0)
      return TRUE;

  return FALSE;
}

static gboolean
is_closing_mark (gunichar c)
{
  return c == '"' || c == '\'' || c == 0x201D || c == 0x2019 || c == ')' || c == ']' ||
         c == 0xBB;
}

static gboolean
is_line_break (gunichar c)
{
  return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029;
}

static gboolean
is_space_in_line (gunichar c)
{
  return g_unichar_isspace (c) && !is_line_break (c);
}

/* The position of the first character from P on that is not @skipped, or LENGTH. */
static gsize
skip_chars (const char *body,
            gsize       length,
            gsize       p,
            gboolean  (*skipped) (gunichar c))
{
  while (p < length && skipped (g_utf8_get_char (body + p)))
    p = g_utf8_next_char (body + p) - body;

  return p;
}

/* Whether the mark at END_MARK, followed by white space at AFTER, ends a sentence. */
static gboolean
ends_sentence (const char *body,
               gsize       length,
               gsize       sentence_start,
               gsize       mark,
               gunichar    mark_char,
               gsize       after)
{
  gsize next = skip_chars (body, length, after, is_space_in_line);

  if (next < length && g_unichar_islower (g_utf8_get_char (body + next)))
    return FALSE;

  if (mark_char == '.')
    {
      gsize word = mark;

      while (word > sentence_start && g_ascii_isalpha (body[word - 1]))
        word--;

      /* Initials, "U.S.", "p.m.", "Dr.", "Dec." */
      if (mark - word == 1 || is_abbreviation (body + word, mark - word))
        return FALSE;
    }

  return TRUE;
}

/* Cut at a space once long, anywhere once twice as long: "Monday,Monday,..." has none. */
static gboolean
is_overlong (gsize    length,
             gunichar c)
{
  return length >= 2 * MAX_SENTENCE_BYTES || (length >= MAX_SENTENCE_BYTES && nd_char_is_space (c));
}

static void
add_sentence (GArray     *sentences,
              const char *body,
              gsize       start,
              gsize       end,
              guint       char_start)
{
  NdDateSentence sentence = { start, end, char_start };

  while (sentence.byte_end > sentence.byte_start &&
         g_ascii_isspace (body[sentence.byte_end - 1]))
    sentence.byte_end--;

  if (sentence.byte_end > sentence.byte_start)
    g_array_append_val (sentences, sentence);
}

GArray *
nd_date_split_sentences (const char *body,
                         gsize       length)
{
  GArray *sentences = g_array_new (FALSE, FALSE, sizeof (NdDateSentence));
  gboolean in_sentence = FALSE;
  gsize start = 0;
  gsize end_at = G_MAXSIZE;
  guint start_char = 0;
  guint n_chars = 0;

  for (gsize p = 0; p < length; n_chars++)
    {
      gsize next;
      gunichar c = char_at (body, p, &next);

      if (in_sentence && (p == end_at || is_line_break (c) || is_overlong (p - start, c)))
        {
          add_sentence (sentences, body, start, p, start_char);
          in_sentence = FALSE;
          end_at = G_MAXSIZE;
        }

      if (!in_sentence && !nd_char_is_space (c))
        {
          in_sentence = TRUE;
          start = p;
          start_char = n_chars;
        }

      if (in_sentence && end_at == G_MAXSIZE &&
          (c == '.' || c == '!' || c == '?' || c == 0x2026))
        {
          gsize after = skip_chars (body, length, next, is_closing_mark);

          if ((after >= length || g_unichar_isspace (g_utf8_get_char (body + after))) &&
              ends_sentence (body, length, start, p, c, after))
            end_at = after;
        }

      p = next;
    }

  if (in_sentence)
    add_sentence (sentences, body, start, length, start_char);

  return sentences;
}

/* ---- Tokens ------------------------------------------------------------------------- */

static void
classify_word (NdDateToken *token,
               const char  *text,
               gsize        length)
{
  char lower[MAX_WORD_BYTES];
  const WordInfo *info;
  gboolean all_capitals = length > 1;

  token->type = ND_DATE_TOKEN_WORD;
  token->word_class = ND_DATE_WORD_OTHER;

  /* Two bytes a word: "filed", "tested", not "Ted" */
  if (length >= 4 && text[length - 1] == 'd' && text[length - 2] == 'e' && !token->capitalized)
    token->cues = ND_DATE_CUE_PAST_FORM;

  if (length > MAX_WORD_BYTES)
    return;

  for (gsize i = 0; i < length; i++)
    {
      char c = text[i];

      if (!g_ascii_isalpha (c))
        return;
      all_capitals &= c >= 'A' && c <= 'Z';
      lower[i] = c | 0x20;
    }

  /* "USA TODAY", "MORNING EDITION": names, not dates */
  if (all_capitals)
    return;

  info = lookup_word (lower, length);
  if (info == NULL)
    return;

  token->word_class = info->word_class;
  token->value = info->value;
  token->cues = info->cues;
}

static void
classify_run (NdDateToken *token,
              const char  *text,
              gsize        length,
              gboolean     has_separators)
{
  gsize n_digits = 0;

  while (n_digits < length && g_ascii_isdigit (text[n_digits]))
    n_digits++;

  if (n_digits == 0)
    {
      classify_word (token, text, length);
      return;
    }

  token->type = ND_DATE_TOKEN_MIXED;
  if (has_separators || n_digits > 9)
    {
      token->type = ND_DATE_TOKEN_AMOUNT;
      return;
    }

  token->value = (int)g_ascii_strtoll (text, NULL, 10);
  token->n_digits = n_digits;

  if (n_digits == length)
    token->type = ND_DATE_TOKEN_NUMBER;
  else if (length - n_digits == 2 && n_digits <= 2 &&
           (g_ascii_strncasecmp (text + n_digits, "st", 2) == 0 ||
            g_ascii_strncasecmp (text + n_digits, "nd", 2) == 0 ||
            g_ascii_strncasecmp (text + n_digits, "rd", 2) == 0 ||
            g_ascii_strncasecmp (text + n_digits, "th", 2) == 0))
    token->type = ND_DATE_TOKEN_ORDINAL;
  else if (length - n_digits == 1 && (text[n_digits] == 's' || text[n_digits] == 'S'))
    token->type = ND_DATE_TOKEN_DECADE;
}

void
nd_date_tokenize (const char           *body,
                  const NdDateSentence *sentence,
                  GArray               *tokens)
{
  gsize p = sentence->byte_start;
  gsize end = sentence->byte_end;
  guint n_chars = sentence->char_start;
  gboolean space_before = TRUE;

  g_array_set_size (tokens, 0);

  while (p < end)
    {
      gsize next;
      gunichar c = char_at (body, p, &next);
      NdDateToken token = { 0 };

      if (nd_char_is_space (c))
        {
          space_before = TRUE;
          p = next;
          n_chars++;
          continue;
        }

      token.byte_start = p;
      token.char_start = n_chars;
      token.space_before = space_before;
      space_before = FALSE;

      if (nd_char_is_alnum (c))
        {
          gboolean all_digits = TRUE;
          gboolean has_separators = FALSE;

          token.capitalized = nd_char_is_upper (c);

          /* One run of letters and digits; "3,000", "2.5" and "10:15" stay one amount. */
          while (p < end)
            {
              gsize after;
              gunichar d = char_at (body, p, &after);

              if (nd_char_is_alnum (d))
                all_digits &= g_ascii_isdigit (body[p]);
              else if ((d == ',' || d == '.' || d == ':') && all_digits &&
                       p > token.byte_start && p + 1 < end && g_ascii_isdigit (body[p + 1]))
                has_separators = TRUE;
              else
                break;

              p = after;
              n_chars++;
            }

          classify_run (&token, body + token.byte_start, p - token.byte_start, has_separators);
        }
      else
        {
          token.type = ND_DATE_TOKEN_PUNCT;
          token.punct = c;
          p = next;
          n_chars++;
        }

      token.byte_end = p;
      token.char_end = n_chars;
      g_array_append_val (tokens, token);
    }
}


/* test-date.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib.h>
#include <string.h>

#include "model/nd-date.h"

typedef struct
{
  const char *input;
  const char *expected;        /* nd_date_format_json() of the parsed value */
  gboolean    date_only;
  int         offset_minutes;  /* the UTC offset the parsed value must keep */
} ParseCase;

static const ParseCase iso8601_cases[] = {
  { "2024-03-05", "2024-03-05", TRUE, 0 },
  { "2024-03-05T14:07:09Z", "2024-03-05T14:07:09Z", FALSE, 0 },
  { "2024-03-05T00:00:00Z", "2024-03-05T00:00:00Z", FALSE, 0 },
  { "2024-03-05T14:07:09+01:00", "2024-03-05T13:07:09Z", FALSE, 60 },
  { "2024-03-05T14:07:09+0100", "2024-03-05T13:07:09Z", FALSE, 60 },
  { "2024-03-05T14:07:09+01", "2024-03-05T13:07:09Z", FALSE, 60 },
  { "2024-03-05T14:07:09-05:00", "2024-03-05T19:07:09Z", FALSE, -300 },
  { "2024-03-05T14:07:09-0500", "2024-03-05T19:07:09Z", FALSE, -300 },
  { "2024-03-05T14:07:09-05", "2024-03-05T19:07:09Z", FALSE, -300 },
  { "2024-03-05T14:07:09+05:30", "2024-03-05T08:37:09Z", FALSE, 330 },
  { "2024-03-05T14:07:09-09:30", "2024-03-05T23:37:09Z", FALSE, -570 },
  { "2024-03-05T14:07:09+00:00", "2024-03-05T14:07:09Z", FALSE, 0 },
  { "2024-03-05T14:07:09-00:00", "2024-03-05T14:07:09Z", FALSE, 0 },
  { "2024-03-05t14:07:09z", "2024-03-05T14:07:09Z", FALSE, 0 },
  { "2024-03-05T14:07:09", "2024-03-05T14:07:09Z", FALSE, 0 },
  { "2024-03-05T14:07:09.5Z", "2024-03-05T14:07:09.500Z", FALSE, 0 },
  { "2024-03-05T14:07:09.12Z", "2024-03-05T14:07:09.120Z", FALSE, 0 },
  { "2024-03-05T14:07:09.123Z", "2024-03-05T14:07:09.123Z", FALSE, 0 },
  { "2024-03-05T14:07:09.1234Z", "2024-03-05T14:07:09.123400Z", FALSE, 0 },
  { "2024-03-05T14:07:09.123456Z", "2024-03-05T14:07:09.123456Z", FALSE, 0 },
  { "2024-03-05T14:07:09.123456789Z", "2024-03-05T14:07:09.123456Z", FALSE, 0 },
  { "2024-03-05T14:07:09.999999999Z", "2024-03-05T14:07:09.999999Z", FALSE, 0 },
  { "2024-03-05T14:07:09.000001Z", "2024-03-05T14:07:09.000001Z", FALSE, 0 },
  { "2024-03-05T14:07:09.0000009Z", "2024-03-05T14:07:09Z", FALSE, 0 },
  { "2024-03-05T14:07:09.000Z", "2024-03-05T14:07:09Z", FALSE, 0 },
  { "2024-03-05T14:07:09.010Z", "2024-03-05T14:07:09.010Z", FALSE, 0 },
  { "2024-03-05T14:07:09,5Z", "2024-03-05T14:07:09.500Z", FALSE, 0 },
  { "2024-03-05T14:07:09.5", "2024-03-05T14:07:09.500Z", FALSE, 0 },
  { "2024-03-05T14:07:09.25+02:00", "2024-03-05T12:07:09.250Z", FALSE, 120 },
  { "2022-07-26 13:01:01", "2022-07-26T13:01:01Z", FALSE, 0 },
  { "2022-07-26 13:01:01Z", "2022-07-26T13:01:01Z", FALSE, 0 },
  { "2022-07-26 13:01:01+02:00", "2022-07-26T11:01:01Z", FALSE, 120 },
  { "2022-07-26 13:01:01.75", "2022-07-26T13:01:01.750Z", FALSE, 0 },
  { "2018-01-06T08:00", "2018-01-06T08:00:00Z", FALSE, 0 },
  { "2018-01-06T08:00Z", "2018-01-06T08:00:00Z", FALSE, 0 },
  { "2018-01-06T08:00+01:00", "2018-01-06T07:00:00Z", FALSE, 60 },
  { "2018-01-06 08:00", "2018-01-06T08:00:00Z", FALSE, 0 },
  { "20240305T140709Z", "2024-03-05T14:07:09Z", FALSE, 0 },
  { "20240305t140709z", "2024-03-05T14:07:09Z", FALSE, 0 },
  { "20240305T140709", "2024-03-05T14:07:09Z", FALSE, 0 },
  { "20240305T140709+0100", "2024-03-05T13:07:09Z", FALSE, 60 },
  { "20240305T140709-05", "2024-03-05T19:07:09Z", FALSE, -300 },
  { "20240305T140709.25Z", "2024-03-05T14:07:09.250Z", FALSE, 0 },
  { "20240305T1407Z", "2024-03-05T14:07:00Z", FALSE, 0 },
  { "  2024-03-05T14:07:09Z \n", "2024-03-05T14:07:09Z", FALSE, 0 },
  { "\t2024-03-05\r\n", "2024-03-05", TRUE, 0 },
};

static const ParseCase edge_cases[] = {
  /* Leap years */
  { "2024-02-29", "2024-02-29", TRUE, 0 },
  { "2024-02-29T12:00:00Z", "2024-02-29T12:00:00Z", FALSE, 0 },
  { "2000-02-29", "2000-02-29", TRUE, 0 },
  { "Thu, 29 Feb 2024 12:00:00 +0000", "2024-02-29T12:00:00Z", FALSE, 0 },
  { "2024-12-31", "2024-12-31", TRUE, 0 },
  { "2024-04-30", "2024-04-30", TRUE, 0 },

  /* Offsets that move the UTC date across a day, month or year */
  { "2023-12-31T23:30:00-01:00", "2024-01-01T00:30:00Z", FALSE, -60 },
  { "2024-01-01T00:30:00+01:00", "2023-12-31T23:30:00Z", FALSE, 60 },
  { "2024-03-01T00:30:00+01:00", "2024-02-29T23:30:00Z", FALSE, 60 },
  { "2023-03-01T00:30:00+01:00", "2023-02-28T23:30:00Z", FALSE, 60 },
  { "2024-03-05T14:07:09+14:00", "2024-03-05T00:07:09Z", FALSE, 840 },
  { "2024-03-05T14:07:09-12:00", "2024-03-06T02:07:09Z", FALSE, -720 },
  { "2024-03-05T23:59:59.999999-00:01", "2024-03-06T00:00:59.999999Z", FALSE, -1 },
  { "Sun, 31 Dec 2023 23:30:00 -0100", "2024-01-01T00:30:00Z", FALSE, -60 },

  /* The ends of the range */
  { "0001-01-01", "0001-01-01", TRUE, 0 },
  { "0001-01-01T00:00:00Z", "0001-01-01T00:00:00Z", FALSE, 0 },
  { "0999-06-15T10:00:00Z", "0999-06-15T10:00:00Z", FALSE, 0 },
  { "9999-12-31", "9999-12-31", TRUE, 0 },
  { "9999-12-31T23:59:59.999999Z", "9999-12-31T23:59:59.999999Z", FALSE, 0 },
  { "0001-01-01T00:30:00-01:00", "0001-01-01T01:30:00Z", FALSE, -60 },
  { "9999-12-31T23:30:00+01:00", "9999-12-31T22:30:00Z", FALSE, 60 },
  { "2024-03-05T23:59:59Z", "2024-03-05T23:59:59Z", FALSE, 0 },
  { "2024-03-05T00:00Z", "2024-03-05T00:00:00Z", FALSE, 0 },
};

static const ParseCase rfc2822_cases[] = {
  { "Tue, 05 Mar 2024 14:07:09 +0000", "2024-03-05T14:07:09Z", FALSE, 0 },
  { "05 Mar 2024 14:07:09 +0000", "2024-03-05T14:07:09Z", FALSE, 0 },
  { "Tue, 05 Mar 2024 14:07:09 +0100", "2024-03-05T13:07:09Z", FALSE, 60 },
  { "Tue, 05 Mar 2024 14:07:09 -0530", "2024-03-05T19:37:09Z", FALSE, -330 },
  { "Tue, 05 Mar 2024 14:07:09 +01:00", "2024-03-05T13:07:09Z", FALSE, 60 },
  { "Tue, 05 Mar 2024 14:07:09 -0000", "2024-03-05T14:07:09Z", FALSE, 0 },
  { "Tue, 05 Mar 2024 14:07:09 GMT", "2024-03-05T14:07:09Z", FALSE, 0 },
  { "Tue, 05 Mar 2024 14:07:09 UT", "2024-03-05T14:07:09Z", FALSE, 0 },
  { "Tue, 05 Mar 2024 14:07:09 UTC", "2024-03-05T14:07:09Z", FALSE, 0 },
  { "Tue, 05 Mar 2024 14:07:09 Z", "2024-03-05T14:07:09Z", FALSE, 0 },
  { "Tue, 05 Mar 2024 14:07:09 EST", "2024-03-05T19:07:09Z", FALSE, -300 },
  { "Tue, 05 Mar 2024 14:07:09 EDT", "2024-03-05T18:07:09Z", FALSE, -240 },
  { "Tue, 05 Mar 2024 14:07:09 CST", "2024-03-05T20:07:09Z", FALSE, -360 },
  { "Tue, 05 Mar 2024 14:07:09 CDT", "2024-03-05T19:07:09Z", FALSE, -300 },
  { "Tue, 05 Mar 2024 14:07:09 MST", "2024-03-05T21:07:09Z", FALSE, -420 },
  { "Tue, 05 Mar 2024 14:07:09 MDT", "2024-03-05T20:07:09Z", FALSE, -360 },
  { "Tue, 05 Mar 2024 14:07:09 PST", "2024-03-05T22:07:09Z", FALSE, -480 },
  { "Tue, 05 Mar 2024 14:07:09 PDT", "2024-03-05T21:07:09Z", FALSE, -420 },
  { "Tue, 05 Mar 2024 14:07 +0000", "2024-03-05T14:07:00Z", FALSE, 0 },
  { "Tue, 05 Mar 2024 14:07 GMT", "2024-03-05T14:07:00Z", FALSE, 0 },
  { "Tue, 5 Mar 2024 14:07:09 +0000", "2024-03-05T14:07:09Z", FALSE, 0 },
  { "5 Mar 2024 14:07:09 GMT", "2024-03-05T14:07:09Z", FALSE, 0 },
  { "Tue, 05 Mar 24 14:07:09 +0000", "2024-03-05T14:07:09Z", FALSE, 0 },
  { "Tue, 05 Mar 00 14:07:09 +0000", "2000-03-05T14:07:09Z", FALSE, 0 },
  { "Tue, 05 Mar 49 14:07:09 +0000", "2049-03-05T14:07:09Z", FALSE, 0 },
  { "Tue, 05 Mar 50 14:07:09 +0000", "1950-03-05T14:07:09Z", FALSE, 0 },
  { "Fri, 05 Mar 99 14:07:09 +0000", "1999-03-05T14:07:09Z", FALSE, 0 },
  { "tue, 05 mar 2024 14:07:09 gmt", "2024-03-05T14:07:09Z", FALSE, 0 },
  { "TUE, 05 MAR 2024 14:07:09 EST", "2024-03-05T19:07:09Z", FALSE, -300 },
  { "Tuesday, 05 March 2024 14:07:09 +0000", "2024-03-05T14:07:09Z", FALSE, 0 },
  { "Tue 05 Mar 2024 14:07:09 +0000", "2024-03-05T14:07:09Z", FALSE, 0 },
  { "Tue,05 Mar 2024 14:07:09 +0000", "2024-03-05T14:07:09Z", FALSE, 0 },
  { "Tue,  05  Mar  2024  14:07:09  +0000", "2024-03-05T14:07:09Z", FALSE, 0 },
  { "Tue, 05 Mar 2024 14:07:09", "2024-03-05T14:07:09Z", FALSE, 0 },
  { " Tue, 05 Mar 2024 14:07:09 +0000\n", "2024-03-05T14:07:09Z", FALSE, 0 },
  { "Wed, 01 Jan 2025 00:00:00 +0000", "2025-01-01T00:00:00Z", FALSE, 0 },
  { "Sat, 15 Jun 2024 08:30:00 +0200", "2024-06-15T06:30:00Z", FALSE, 120 },
  { "Mon, 02 Sep 2024 10:00:00 +0000", "2024-09-02T10:00:00Z", FALSE, 0 },
  { "Sun, 31 May 2026 10:00:00 +0000", "2026-05-31T10:00:00Z", FALSE, 0 },
  { "Sun, 01 Feb 2026 10:00:00 +0000", "2026-02-01T10:00:00Z", FALSE, 0 },
  { "Thu, 10 Apr 2025 10:00:00 +0000", "2025-04-10T10:00:00Z", FALSE, 0 },
  { "Fri, 11 Jul 2025 10:00:00 +0000", "2025-07-11T10:00:00Z", FALSE, 0 },
  { "Sat, 16 Aug 2025 10:00:00 +0000", "2025-08-16T10:00:00Z", FALSE, 0 },
  { "Sun, 12 Oct 2025 10:00:00 +0000", "2025-10-12T10:00:00Z", FALSE, 0 },
  { "Tue, 11 Nov 2025 10:00:00 +0000", "2025-11-11T10:00:00Z", FALSE, 0 },
  { "Fri, 12 Dec 2025 10:00:00 +0000", "2025-12-12T10:00:00Z", FALSE, 0 },
};

/* A weekday that does not match the date: the date wins. 2024-03-05 was a Tuesday. */
static const ParseCase wrong_weekday_cases[] = {
  { "Mon, 05 Mar 2024 14:07:09 +0000", "2024-03-05T14:07:09Z", FALSE, 0 },
  { "Sun, 05 Mar 2024 14:07:09 +0000", "2024-03-05T14:07:09Z", FALSE, 0 },
  { "Friday, 05 Mar 2024 14:07:09 GMT", "2024-03-05T14:07:09Z", FALSE, 0 },
};

static const char * const rejected_inputs[] = {
  "",
  " ",
  " \t\r\n",
  "yesterday",
  "now",
  "null",
  "2024-13-01",
  "2024-00-10",
  "2024-03-00",
  "2024-03-32",
  "2024-02-30",
  "2023-02-29",
  "1900-02-29",
  "2024-04-31",
  "0000-01-01",
  "0000-12-31T12:00:00Z",
  "10000-01-01",
  "12/03/2024",
  "03.05.2024",
  "2024/03/05",
  "2024-3-5",
  "2024-03-5",
  "24-03-05",
  "2024-03",
  "2024",
  "-2024-03-05",
  "+2024-03-05",
  "+002024-03-05",
  "2024-W10-2",
  "2024-065",
  "20240305",
  "1709647629",
  "1709647629000",
  "2024-03-05T25:00",
  "2024-03-05T24:00",
  "2024-03-05T24:00:00Z",
  "2024-03-05T23:60",
  "2024-03-05T23:59:60Z",
  "2024-03-05T23:59:60",
  "2024-03-05T23:59:99Z",
  "2024-03-05Tgarbage",
  "2024-03-05T",
  "2024-03-05 x",
  "2024-03-05garbage",
  "2024-03-05Z",
  "2024-03-05+01:00",
  "2024-03-05T14",
  "2024-03-05T14Z",
  "2024-03-05T14:7",
  "2024-03-05T14:07:9Z",
  "2024-03-05T14:07:",
  "2024-03-05T14:07:09.",
  "2024-03-05T14:07:09.Z",
  "2024-03-05T14:07:09.5.5Z",
  "2024-03-05T14:07.5Z",
  "2024-03-05T14:07:09ZZ",
  "2024-03-05T14:07:09Zjunk",
  "2024-03-05T14:07:09Z 2024",
  "2024-03-05T14:07:09 Z",
  "2024-03-05T14:07:09 +01:00",
  "2024-03-05T14:07:09+1",
  "2024-03-05T14:07:09+01:0",
  "2024-03-05T14:07:09+010",
  "2024-03-05T14:07:09+01:",
  "2024-03-05T14:07:09+01:00:00",
  "2024-03-05T14:07:09+24:00",
  "2024-03-05T14:07:09+25:00",
  "2024-03-05T14:07:09+01:60",
  "2024-03-05T14:07:09+",
  "2024-03-05T14:07:09UTC",
  "2024-03-05T14:07:09 GMT",
  "2024-03-05T140709Z",
  "20240305T14:07:09Z",
  "20240305T14Z",
  "20240305T140",
  "20240305 140709Z",
  "2024-03-05  14:07:09",
  "2024-03-05T 14:07:09",
  "0001-01-01T00:30:00+01:00",
  "9999-12-31T23:30:00-01:00",
  "0001-01-01T00:00:00+00:01",
  "9999-12-31T23:59:59.5-00:01",
  "Mon, 01 Jan 0001 00:00:00 +0100",
  "Tue, 05 Mar 2024",
  "Tue, 05 Mar 2024 14 +0000",
  "Tue, 05 Mar 2024 14:07:09 +0000 junk",
  "Tue, 05 Mar 2024 14:07:09 +0000 (UTC)",
  "Tue, 05 Mar 2024 14:07:09+0000",
  "Tue, 05 Mar 2024 14:07:09.5 +0000",
  "Tue, 32 Mar 2024 14:07:09 +0000",
  "Tue, 00 Mar 2024 14:07:09 +0000",
  "Tue, 005 Mar 2024 14:07:09 +0000",
  "Tue, 05 Foo 2024 14:07:09 +0000",
  "Tue, 05 Ma 2024 14:07:09 +0000",
  "Tue, 05 Marc 2024 14:07:09 +0000",
  "Tue, 05 Mar 124 14:07:09 +0000",
  "Tue, 05 Mar 02024 14:07:09 +0000",
  "Tue, 05 Mar 0000 14:07:09 +0000",
  "Tue, 05 Mar 2024 25:07:09 +0000",
  "Tue, 05 Mar 2024 14:60:09 +0000",
  "Tue, 05 Mar 2024 14:07:60 +0000",
  "Tue, 05 Mar 2024 9:07:09 +0000",
  "Tue, 05 Mar 2024 14:07:09 CET",
  "Tue, 05 Mar 2024 14:07:09 BST",
  "Tue, 05 Mar 2024 14:07:09 A",
  "Tue, 05 Mar 2024 14:07:09 +2400",
  "Tue, 05 Mar 2024 14:07:09 +01000",
  "Mon, 29 Feb 2023 12:00:00 +0000",
  "Xyz, 05 Mar 2024 14:07:09 +0000",
  "Tu, 05 Mar 2024 14:07:09 +0000",
  "Tue05 Mar 2024 14:07:09 +0000",
  ", 05 Mar 2024 14:07:09 +0000",
  "Tue, Mar 05 2024 14:07:09 +0000",
  "Mar 5, 2024",
  "March 5, 2024 14:07",
  "Tue Mar  5 14:07:09 2024",
  "5 days ago",
  "2024\xe2\x80\x93" "03\xe2\x80\x93" "05",
  "\xd9\xa2\xd9\xa0\xd9\xa2\xd9\xa4-03-05",
  "2024-03-05\xc2\xa0" "14:07:09",
  "\xef\xbb\xbf" "2024-03-05",
  "\x01\x02\x03\x04",
  "\xff\xfe\xfd\xfc\xfb",
  "\x7f" "2024-03-05",
  "2024-03-05\x1b[0m",
};

/* Everything that is checked, on one line, so that a failing g_assert_cmpstr() names the input. */
static char *
describe_parse (const char *input)
{
  g_autoptr(GDateTime) datetime = NULL;
  g_autofree char *formatted = NULL;
  gboolean date_only = FALSE;

  if (!nd_date_parse (input, &datetime, &date_only))
    return g_strdup_printf ("\"%s\": rejected", input);

  formatted = nd_date_format_json (datetime, date_only);
  return g_strdup_printf ("\"%s\": %s, %s, offset %+d min", input,
                          formatted != NULL ? formatted : "(unformattable)",
                          date_only ? "date only" : "date-time",
                          (int) (g_date_time_get_utc_offset (datetime) / G_TIME_SPAN_MINUTE));
}

static char *
describe_case (const ParseCase *test)
{
  return g_strdup_printf ("\"%s\": %s, %s, offset %+d min", test->input, test->expected,
                          test->date_only ? "date only" : "date-time", test->offset_minutes);
}

static void
check_parse_case (const ParseCase *test)
{
  g_autofree char *result = describe_parse (test->input);
  g_autofree char *expected = describe_case (test);

  g_assert_cmpstr (result, ==, expected);
}

static void
check_parse_cases (const ParseCase *cases,
                   gsize            n_cases)
{
  for (gsize i = 0; i < n_cases; i++)
    check_parse_case (&cases[i]);
}

static void
check_rejected (const char *input)
{
  g_autoptr(GDateTime) sentinel = g_date_time_new_utc (1999, 1, 2, 3, 4, 5);
  g_autofree char *result = describe_parse (input);
  g_autofree char *expected = g_strdup_printf ("\"%s\": rejected", input);
  GDateTime *datetime = sentinel;
  gboolean date_only = TRUE;

  g_assert_cmpstr (result, ==, expected);

  /* A failed parse must leave the outputs alone. */
  g_assert_false (nd_date_parse (input, &datetime, &date_only));
  g_assert_true (datetime == sentinel);
  g_assert_true (date_only);
}

static void
test_iso8601 (void)
{
  check_parse_cases (iso8601_cases, G_N_ELEMENTS (iso8601_cases));
}

static void
test_rfc2822 (void)
{
  check_parse_cases (rfc2822_cases, G_N_ELEMENTS (rfc2822_cases));
}

static void
test_edge_cases (void)
{
  check_parse_cases (edge_cases, G_N_ELEMENTS (edge_cases));
}

static void
test_wrong_weekday (void)
{
  check_parse_cases (wrong_weekday_cases, G_N_ELEMENTS (wrong_weekday_cases));
}

static void
test_date_only_is_midnight_utc (void)
{
  g_autoptr(GDateTime) datetime = NULL;
  gboolean date_only = FALSE;

  g_assert_true (nd_date_parse ("2024-03-05", &datetime, &date_only));
  g_assert_true (date_only);
  g_assert_cmpint (g_date_time_get_utc_offset (datetime), ==, 0);
  g_assert_cmpint (g_date_time_get_hour (datetime), ==, 0);
  g_assert_cmpint (g_date_time_get_minute (datetime), ==, 0);
  g_assert_cmpint (g_date_time_get_second (datetime), ==, 0);
  g_assert_cmpint (g_date_time_get_microsecond (datetime), ==, 0);
  g_assert_cmpint (g_date_time_to_unix (datetime), ==, 1709596800);
}

/* The local fields stay as written: the offset is really kept, not just the instant. */
static void
test_keeps_local_time (void)
{
  g_autoptr(GDateTime) datetime = NULL;
  gboolean date_only = TRUE;

  g_assert_true (nd_date_parse ("2023-12-31T23:30:00.25-01:00", &datetime, &date_only));
  g_assert_false (date_only);
  g_assert_cmpint (g_date_time_get_year (datetime), ==, 2023);
  g_assert_cmpint (g_date_time_get_month (datetime), ==, 12);
  g_assert_cmpint (g_date_time_get_day_of_month (datetime), ==, 31);
  g_assert_cmpint (g_date_time_get_hour (datetime), ==, 23);
  g_assert_cmpint (g_date_time_get_minute (datetime), ==, 30);
  g_assert_cmpint (g_date_time_get_microsecond (datetime), ==, 250000);
  g_assert_cmpint (g_date_time_get_utc_offset (datetime), ==, -G_TIME_SPAN_HOUR);
  g_assert_cmpint (g_date_time_to_unix (datetime), ==, 1704069000);
}

static void
test_rejected (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (rejected_inputs); i++)
    check_rejected (rejected_inputs[i]);
}

static void
test_long_digits (void)
{
  g_autofree char *nines = g_strnfill (10000, '9');
  g_autofree char *zeros = g_strnfill (10000, '0');
  g_autofree char *long_year = g_strconcat ("2024", zeros, "-03-05", NULL);
  g_autofree char *long_day = g_strconcat ("2024-03-05", zeros, NULL);
  g_autofree char *long_seconds = g_strconcat ("2024-03-05T14:07:09", nines, "Z", NULL);
  g_autofree char *long_offset = g_strconcat ("2024-03-05T14:07:09+", zeros, NULL);
  g_autofree char *long_rfc_day = g_strconcat ("Tue, ", zeros, "5 Mar 2024 14:07 GMT", NULL);
  g_autofree char *long_rfc_year = g_strconcat ("Tue, 05 Mar 2", zeros, " 14:07 GMT", NULL);
  g_autofree char *long_fraction_junk = g_strconcat ("2024-03-05T14:07:09.", nines, "x", NULL);

  check_rejected (nines);
  check_rejected (zeros);
  check_rejected ("99999999999999999999999999999999");
  check_rejected ("20240305140709");
  check_rejected (long_year);
  check_rejected (long_day);
  check_rejected (long_seconds);
  check_rejected (long_offset);
  check_rejected (long_rfc_day);
  check_rejected (long_rfc_year);
  check_rejected (long_fraction_junk);
}

/* "Any length" of fraction must not overflow: everything past microseconds is dropped. */
static void
test_long_fraction (void)
{
  g_autoptr(GString) input = g_string_new ("2024-03-05T14:07:09.");
  g_autoptr(GDateTime) datetime = NULL;
  g_autofree char *formatted = NULL;
  gboolean date_only = TRUE;

  for (guint i = 0; i < 1000; i++)
    g_string_append (input, "1234567890");
  g_string_append (input, "+02:00");

  g_assert_true (nd_date_parse (input->str, &datetime, &date_only));
  g_assert_false (date_only);
  formatted = nd_date_format_json (datetime, date_only);
  g_assert_cmpstr (formatted, ==, "2024-03-05T12:07:09.123456Z");
}

/* Seeded, so a failure names an input that can be reproduced. */
static void
test_binary_junk (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20240305);

  for (guint i = 0; i < 2000; i++)
    {
      guint length = g_rand_int_range (rand, 1, 65);
      g_autofree char *junk = g_malloc (length + 1);

      for (guint j = 0; j < length; j++)
        junk[j] = (char) g_rand_int_range (rand, 1, 256);
      junk[length] = '\0';

      check_rejected (junk);
    }
}

/* Random runs of the characters dates are made of, so that the parser goes deep into its branches
 * before failing. Some of these are real dates; the test is for crashes and sanitizer reports.
 */
static void
test_date_alphabet_junk (void)
{
  static const char alphabet[] = "0123456789-:T Z+.,tz";
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);

  for (guint i = 0; i < 5000; i++)
    {
      guint length = g_rand_int_range (rand, 1, 40);
      g_autofree char *junk = g_malloc (length + 1);
      g_autoptr(GDateTime) datetime = NULL;
      gboolean date_only = FALSE;

      for (guint j = 0; j < length; j++)
        junk[j] = alphabet[g_rand_int_range (rand, 0, sizeof alphabet - 1)];
      junk[length] = '\0';

      if (nd_date_parse (junk, &datetime, &date_only))
        {
          g_autofree char *formatted = nd_date_format_json (datetime, date_only);

          g_assert_nonnull (formatted);
        }
    }
}

/* Every prefix of a full date-time must either be one of the complete forms or be rejected. */
static void
test_prefixes (void)
{
  static const char full[] = "2024-03-05T14:07:09.123+01:00";
  static const ParseCase accepted[] = {
    { "2024-03-05", "2024-03-05", TRUE, 0 },
    { "2024-03-05T14:07", "2024-03-05T14:07:00Z", FALSE, 0 },
    { "2024-03-05T14:07:09", "2024-03-05T14:07:09Z", FALSE, 0 },
    { "2024-03-05T14:07:09.1", "2024-03-05T14:07:09.100Z", FALSE, 0 },
    { "2024-03-05T14:07:09.12", "2024-03-05T14:07:09.120Z", FALSE, 0 },
    { "2024-03-05T14:07:09.123", "2024-03-05T14:07:09.123Z", FALSE, 0 },
    { "2024-03-05T14:07:09.123+01", "2024-03-05T13:07:09.123Z", FALSE, 60 },
    { "2024-03-05T14:07:09.123+01:00", "2024-03-05T13:07:09.123Z", FALSE, 60 },
  };
  guint n_accepted = 0;

  for (gsize length = 0; length <= strlen (full); length++)
    {
      g_autofree char *prefix = g_strndup (full, length);
      const ParseCase *expected = NULL;

      for (gsize i = 0; i < G_N_ELEMENTS (accepted); i++)
        {
          if (strcmp (accepted[i].input, prefix) == 0)
            expected = &accepted[i];
        }

      if (expected != NULL)
        {
          check_parse_case (expected);
          n_accepted++;
        }
      else
        {
          check_rejected (prefix);
        }
    }

  g_assert_cmpuint (n_accepted, ==, G_N_ELEMENTS (accepted));
}

/* Whatever nd_date_format_json() writes, nd_date_parse() reads back to the same text, in UTC. */
static void
check_round_trips (const ParseCase *cases,
                   gsize            n_cases)
{
  for (gsize i = 0; i < n_cases; i++)
    {
      ParseCase again = { cases[i].expected, cases[i].expected, cases[i].date_only, 0 };

      check_parse_case (&again);
    }
}

static void
test_round_trip (void)
{
  check_round_trips (iso8601_cases, G_N_ELEMENTS (iso8601_cases));
  check_round_trips (edge_cases, G_N_ELEMENTS (edge_cases));
  check_round_trips (rfc2822_cases, G_N_ELEMENTS (rfc2822_cases));
}

static void
test_optional_outputs (void)
{
  g_autoptr(GDateTime) datetime = NULL;
  gboolean date_only = FALSE;

  g_assert_true (nd_date_parse ("2024-03-05", NULL, NULL));
  g_assert_true (nd_date_parse ("2024-03-05", NULL, &date_only));
  g_assert_true (date_only);
  g_assert_true (nd_date_parse ("2024-03-05T14:07:09Z", &datetime, NULL));
  g_assert_nonnull (datetime);
  g_assert_false (nd_date_parse ("2024-02-30", NULL, NULL));
}

static void
check_format (GDateTime  *datetime,
              gboolean    date_only,
              const char *expected)
{
  g_autofree char *formatted = nd_date_format_json (datetime, date_only);

  g_assert_cmpstr (formatted, ==, expected);
}

static void
check_format_microseconds (int         microsecond,
                           const char *expected)
{
  g_autoptr(GDateTime) whole = g_date_time_new_utc (2024, 3, 5, 13, 7, 9);
  g_autoptr(GDateTime) datetime = g_date_time_add (whole, microsecond);

  check_format (datetime, FALSE, expected);
}

static void
test_format (void)
{
  g_autoptr(GTimeZone) plus_one = g_time_zone_new_offset (3600);
  g_autoptr(GTimeZone) minus_five = g_time_zone_new_offset (-5 * 3600);
  g_autoptr(GDateTime) utc = g_date_time_new_utc (2024, 3, 5, 13, 7, 9);
  g_autoptr(GDateTime) early = g_date_time_new (plus_one, 2024, 3, 5, 0, 30, 0);
  g_autoptr(GDateTime) late = g_date_time_new (minus_five, 2024, 3, 5, 22, 0, 0);
  g_autoptr(GDateTime) old = g_date_time_new_utc (33, 4, 3, 9, 0, 0);

  check_format (NULL, FALSE, NULL);
  check_format (NULL, TRUE, NULL);

  check_format (utc, FALSE, "2024-03-05T13:07:09Z");
  check_format (utc, TRUE, "2024-03-05");

  /* The date of a date-only value is the date as stored, not the UTC date. */
  check_format (early, TRUE, "2024-03-05");
  check_format (early, FALSE, "2024-03-04T23:30:00Z");
  check_format (late, TRUE, "2024-03-05");
  check_format (late, FALSE, "2024-03-06T03:00:00Z");

  check_format (old, FALSE, "0033-04-03T09:00:00Z");
  check_format (old, TRUE, "0033-04-03");

  check_format_microseconds (0, "2024-03-05T13:07:09Z");
  check_format_microseconds (500000, "2024-03-05T13:07:09.500Z");
  check_format_microseconds (1000, "2024-03-05T13:07:09.001Z");
  check_format_microseconds (999000, "2024-03-05T13:07:09.999Z");
  check_format_microseconds (120000, "2024-03-05T13:07:09.120Z");
  check_format_microseconds (123456, "2024-03-05T13:07:09.123456Z");
  check_format_microseconds (120, "2024-03-05T13:07:09.000120Z");
  check_format_microseconds (1, "2024-03-05T13:07:09.000001Z");
  check_format_microseconds (999999, "2024-03-05T13:07:09.999999Z");
  check_format_microseconds (500001, "2024-03-05T13:07:09.500001Z");
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "UTC", TRUE);

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/nd/date/iso8601", test_iso8601);
  g_test_add_func ("/nd/date/rfc2822", test_rfc2822);
  g_test_add_func ("/nd/date/edge-cases", test_edge_cases);
  g_test_add_func ("/nd/date/wrong-weekday", test_wrong_weekday);
  g_test_add_func ("/nd/date/date-only-is-midnight-utc", test_date_only_is_midnight_utc);
  g_test_add_func ("/nd/date/keeps-local-time", test_keeps_local_time);
  g_test_add_func ("/nd/date/rejected", test_rejected);
  g_test_add_func ("/nd/date/long-digits", test_long_digits);
  g_test_add_func ("/nd/date/long-fraction", test_long_fraction);
  g_test_add_func ("/nd/date/binary-junk", test_binary_junk);
  g_test_add_func ("/nd/date/date-alphabet-junk", test_date_alphabet_junk);
  g_test_add_func ("/nd/date/prefixes", test_prefixes);
  g_test_add_func ("/nd/date/round-trip", test_round_trip);
  g_test_add_func ("/nd/date/optional-outputs", test_optional_outputs);
  g_test_add_func ("/nd/date/format", test_format);

  return g_test_run ();
}

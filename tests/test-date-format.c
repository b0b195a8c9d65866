/* test-date-format.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "dates/nd-date-format.h"
#include "dates/nd-date-format-private.h"

/* The local zone is UTC and the locale C.UTF-8 (tests/meson.build and main() below), so
 * "local time" is UTC, the clock has 24 hours and names are English. */

typedef struct
{
  const char *date;       /* ISO 8601, parsed by GLib */
  gboolean    date_only;
  const char *now;
  const char *expected;
} RelativeCase;

static const RelativeCase relative_cases[] = {
  /* Seconds and minutes. */
  { "2026-03-12T14:05:00Z", FALSE, "2026-03-12T14:05:00Z", "Just now" },
  { "2026-03-12T14:04:01Z", FALSE, "2026-03-12T14:05:00Z", "Just now" },
  { "2026-03-12T14:05:30Z", FALSE, "2026-03-12T14:05:00Z", "Just now" },      /* clock skew */
  { "2026-03-12T14:04:00Z", FALSE, "2026-03-12T14:05:00Z", "1 minute ago" },
  { "2026-03-12T14:03:01Z", FALSE, "2026-03-12T14:05:00Z", "1 minute ago" },
  { "2026-03-12T14:03:00Z", FALSE, "2026-03-12T14:05:00Z", "2 minutes ago" },
  { "2026-03-12T13:05:01Z", FALSE, "2026-03-12T14:05:00Z", "59 minutes ago" },
  /* Minutes win over "Yesterday" just after midnight. */
  { "2025-12-31T23:50:00Z", FALSE, "2026-01-01T00:10:00Z", "20 minutes ago" },
  /* Hours, the same day only. */
  { "2026-03-12T13:05:00Z", FALSE, "2026-03-12T14:05:00Z", "1 hour ago" },
  { "2026-03-12T11:35:00Z", FALSE, "2026-03-12T14:05:00Z", "2 hours ago" },
  { "2026-03-12T12:05:00Z", FALSE, "2026-03-12T23:59:00Z", "11 hours ago" },
  { "2026-03-12T11:59:00Z", FALSE, "2026-03-12T23:59:00Z", "11:59" },
  { "2026-03-12T00:00:00Z", FALSE, "2026-03-12T23:59:59Z", "00:00" },
  { "2026-03-11T23:00:00Z", FALSE, "2026-03-12T01:00:00Z", "Yesterday" },
  { "2026-03-11T00:00:00Z", FALSE, "2026-03-12T23:59:00Z", "Yesterday" },
  /* Other offsets are shown in local time. */
  { "2026-03-12T09:00:00+05:00", FALSE, "2026-03-12T23:00:00Z", "04:00" },
  { "2026-03-12T01:00:00+05:00", FALSE, "2026-03-12T23:00:00Z", "Yesterday" },
  /* The last week, by weekday: 2026-03-12 is a Thursday. */
  { "2026-03-10T09:00:00Z", FALSE, "2026-03-12T14:05:00Z", "Tuesday" },
  { "2026-03-06T09:00:00Z", FALSE, "2026-03-12T14:05:00Z", "Friday" },
  { "2026-03-05T23:59:59Z", FALSE, "2026-03-12T14:05:00Z", "5 March" },
  /* This year, then earlier years. */
  { "2026-01-01T00:00:00Z", FALSE, "2026-03-12T14:05:00Z", "1 January" },
  { "2025-12-31T23:59:59Z", FALSE, "2026-03-12T14:05:00Z", "31 December 2025" },
  { "1999-07-04T12:00:00Z", FALSE, "2026-03-12T14:05:00Z", "4 July 1999" },
  /* Across the new year, the weekday rule still applies, then the year is shown. */
  { "2025-12-31T18:00:00Z", FALSE, "2026-01-01T09:00:00Z", "Yesterday" },
  { "2025-12-28T18:00:00Z", FALSE, "2026-01-02T09:00:00Z", "Sunday" },
  { "2025-12-26T18:00:00Z", FALSE, "2026-01-02T09:00:00Z", "26 December 2025" },
  { "2025-01-01T00:00:00Z", FALSE, "2025-12-31T23:59:00Z", "1 January" },
  /* A leap day. */
  { "2024-02-29T10:00:00Z", FALSE, "2024-03-02T10:00:00Z", "Thursday" },
  { "2024-02-29T10:00:00Z", FALSE, "2025-03-02T10:00:00Z", "29 February 2024" },
  /* The future: the full date, with its time. */
  { "2026-03-12T14:07:00Z", FALSE, "2026-03-12T14:05:00Z", "12 March 2026, 14:07" },
  { "2027-01-05T08:00:00Z", FALSE, "2026-03-12T14:05:00Z", "5 January 2027, 08:00" },
  /* Date-only values never show a time, and keep the day the feed gave. */
  { "2026-03-12T00:00:00Z", TRUE, "2026-03-12T00:00:30Z", "Today" },
  { "2026-03-12T00:00:00Z", TRUE, "2026-03-12T14:05:00Z", "Today" },
  { "2026-03-12T00:00:00Z", TRUE, "2026-03-12T23:59:00Z", "Today" },
  { "2026-03-11T00:00:00Z", TRUE, "2026-03-12T00:30:00Z", "Yesterday" },
  { "2026-03-09T00:00:00Z", TRUE, "2026-03-12T14:05:00Z", "Monday" },
  { "2026-03-05T00:00:00Z", TRUE, "2026-03-12T14:05:00Z", "5 March" },
  { "2025-12-31T00:00:00Z", TRUE, "2026-01-01T08:00:00Z", "Yesterday" },
  { "2025-12-20T00:00:00Z", TRUE, "2026-01-01T08:00:00Z", "20 December 2025" },
  { "2026-03-13T00:00:00Z", TRUE, "2026-03-12T14:05:00Z", "13 March 2026" },
  { "2026-03-12T00:00:00-08:00", TRUE, "2026-03-12T14:05:00Z", "Today" },
};

static GDateTime *
parse (const char *iso8601)
{
  GDateTime *datetime = g_date_time_new_from_iso8601 (iso8601, NULL);

  g_assert_nonnull (datetime);

  return datetime;
}

static void
test_relative (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (relative_cases); i++)
    {
      const RelativeCase *c = &relative_cases[i];
      g_autoptr(GDateTime) date = parse (c->date);
      g_autoptr(GDateTime) now = parse (c->now);
      g_autofree char *text = nd_date_format_relative (date, c->date_only, now);

      g_test_message ("%s%s at %s", c->date, c->date_only ? " (date only)" : "", c->now);
      g_assert_cmpstr (text, ==, c->expected);
    }
}

static void
test_relative_null (void)
{
  g_autoptr(GDateTime) now = parse ("2026-03-12T14:05:00Z");

  g_assert_null (nd_date_format_relative (NULL, FALSE, now));
  g_assert_null (nd_date_format_relative (NULL, TRUE, now));
}

/* Every text for dates around a fixed "now" is short, non-empty and has no padding: the
 * list must never show an empty meta line or a stray figure space. */
static void
test_relative_sweep (void)
{
  g_autoptr(GDateTime) now = parse ("2026-01-03T10:30:00Z");

  for (int hours = -72; hours < 24 * 400; hours += 7)
    {
      g_autoptr(GDateTime) date = g_date_time_add_hours (now, -hours);

      for (int date_only = 0; date_only <= 1; date_only++)
        {
          g_autofree char *text = nd_date_format_relative (date, date_only, now);

          g_assert_nonnull (text);
          g_assert_cmpuint (strlen (text), >, 0);
          g_assert_cmpuint (strlen (text), <, 32);
          g_assert_false (g_ascii_isspace (text[0]));
          g_assert_false (g_ascii_isspace (text[strlen (text) - 1]));
          g_assert_true (g_utf8_validate (text, -1, NULL));
          if (date_only)
            g_assert_null (strchr (text, ':'));
        }
    }
}

static void
test_full (void)
{
  g_autoptr(GDateTime) morning = parse ("2026-03-05T08:07:00Z");
  g_autoptr(GDateTime) offset = parse ("2026-03-05T23:30:00-02:00");
  g_autoptr(GDateTime) date_only = parse ("2026-03-05T00:00:00-08:00");
  g_autofree char *text1 = nd_date_format_full (morning, FALSE);
  g_autofree char *text2 = nd_date_format_full (morning, TRUE);
  g_autofree char *text3 = nd_date_format_full (offset, FALSE);
  g_autofree char *text4 = nd_date_format_full (date_only, TRUE);

  g_assert_cmpstr (text1, ==, "Thursday, 5 March 2026, 08:07");
  g_assert_cmpstr (text2, ==, "Thursday, 5 March 2026");
  /* Shown in local time (UTC here), which is already the next day. */
  g_assert_cmpstr (text3, ==, "Friday, 6 March 2026, 01:30");
  /* A date-only value keeps its own day. */
  g_assert_cmpstr (text4, ==, "Thursday, 5 March 2026");
  g_assert_null (nd_date_format_full (NULL, FALSE));
}

static void
test_time (void)
{
  g_autoptr(GDateTime) afternoon = parse ("2026-03-05T14:05:09Z");
  g_autoptr(GDateTime) midnight = parse ("2026-03-05T00:00:00Z");
  g_autofree char *text1 = nd_date_format_time (afternoon);
  g_autofree char *text2 = nd_date_format_time (midnight);

  g_assert_cmpstr (text1, ==, "14:05");
  g_assert_cmpstr (text2, ==, "00:00");
}

/* A 12-hour locale, when one is installed (Debian images often have only C; it can be
 * generated with `localedef -i en_US -f UTF-8 DIR/en_US.UTF-8` and run with LOCPATH=DIR). */
static void
test_time_12_hour (void)
{
  g_autoptr(GDateTime) afternoon = parse ("2026-03-05T14:05:00Z");
  g_autoptr(GDateTime) morning = parse ("2026-03-05T08:05:00Z");
  g_autoptr(GDateTime) now = parse ("2026-03-05T23:00:00Z");
  g_autofree char *old_locale = g_strdup (setlocale (LC_TIME, NULL));
  g_autofree char *time = NULL;
  g_autofree char *relative = NULL;

  if (setlocale (LC_TIME, "en_US.UTF-8") == NULL)
    {
      g_test_skip ("en_US.UTF-8 is not installed");
      return;
    }

  time = nd_date_format_time (afternoon);
  relative = nd_date_format_relative (morning, FALSE, now);
  setlocale (LC_TIME, old_locale);

  g_assert_cmpstr (time, ==, "2:05 PM");
  g_assert_cmpstr (relative, ==, "8:05 AM");
}

int
main (int    argc,
      char **argv)
{
  g_setenv ("TZ", "UTC", TRUE);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/nd/date-format/relative", test_relative);
  g_test_add_func ("/nd/date-format/relative-null", test_relative_null);
  g_test_add_func ("/nd/date-format/relative-sweep", test_relative_sweep);
  g_test_add_func ("/nd/date-format/full", test_full);
  g_test_add_func ("/nd/date-format/time", test_time);
  g_test_add_func ("/nd/date-format/time-12-hour", test_time_12_hour);

  return g_test_run ();
}

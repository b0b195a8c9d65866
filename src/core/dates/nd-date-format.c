/* nd-date-format.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Human-readable publication dates, shown in local time and in the user's locale.
 *
 * The relative form, for the article list, follows what GNOME applications do:
 *
 *   less than a minute ago           "Just now"
 *   less than an hour ago            "5 minutes ago"
 *   today, less than 12 hours ago    "3 hours ago"
 *   today, earlier                   "08:15" (or "8:15 AM", see below)
 *   the day before today             "Yesterday"
 *   two to six days before today     "Tuesday"
 *   earlier this year                "5 March"
 *   earlier years                    "5 March 2025"
 *   in the future (by over a minute) "5 March 2027" ("5 March 2027, 08:15" with a time)
 *
 * "Today", "yesterday" and the year are calendar days in the local time zone. An article
 * that only has a date (published_is_date) never shows a time of day: it is "Today",
 * "Yesterday", a weekday or a date, and its day is the one the feed gave, not converted to
 * local time (a date-only value is stored as midnight UTC, which could be the previous day
 * west of Greenwich).
 *
 * Times use a 12-hour clock when the locale's time format (nl_langinfo (T_FMT)) does, as in
 * en_US, and a 24-hour clock otherwise (C, en_GB, de, fr, ...). Every format string is
 * translatable so that translators can reorder day and month.
 *
 * This file is in the core library: GLib only, no GTK.
 */

#define G_LOG_DOMAIN "nd-date-format"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <langinfo.h>
#include <string.h>

#include "dates/nd-date-format-private.h"

#define RECENT_HOURS 12
#define WEEKDAY_DAYS 6

static gboolean
locale_uses_12_hour_clock (void)
{
  const char *am = nl_langinfo (AM_STR);
  const char *time_format = nl_langinfo (T_FMT);

  if (am == NULL || am[0] == '\0' || time_format == NULL)
    return FALSE;

  return strstr (time_format, "%p") != NULL ||
         strstr (time_format, "%P") != NULL ||
         strstr (time_format, "%r") != NULL ||
         strstr (time_format, "%I") != NULL ||
         strstr (time_format, "%l") != NULL;
}

/* The names of months and weekdays, from NewsDesk's own catalogue. */
static const char *
get_month_name (int      month,
                gboolean abbreviated)
{
  static const char *names[12], *abbreviations[12];

  if (names[0] == NULL)
    {
      names[0] = C_("month name", "January");
      names[1] = C_("month name", "February");
      names[2] = C_("month name", "March");
      names[3] = C_("month name", "April");
      names[4] = C_("month name", "May");
      names[5] = C_("month name", "June");
      names[6] = C_("month name", "July");
      names[7] = C_("month name", "August");
      names[8] = C_("month name", "September");
      names[9] = C_("month name", "October");
      names[10] = C_("month name", "November");
      names[11] = C_("month name", "December");
      abbreviations[0] = C_("abbreviated month name", "Jan");
      abbreviations[1] = C_("abbreviated month name", "Feb");
      abbreviations[2] = C_("abbreviated month name", "Mar");
      abbreviations[3] = C_("abbreviated month name", "Apr");
      abbreviations[4] = C_("abbreviated month name", "May");
      abbreviations[5] = C_("abbreviated month name", "Jun");
      abbreviations[6] = C_("abbreviated month name", "Jul");
      abbreviations[7] = C_("abbreviated month name", "Aug");
      abbreviations[8] = C_("abbreviated month name", "Sep");
      abbreviations[9] = C_("abbreviated month name", "Oct");
      abbreviations[10] = C_("abbreviated month name", "Nov");
      abbreviations[11] = C_("abbreviated month name", "Dec");
    }

  return abbreviated ? abbreviations[month - 1] : names[month - 1];
}

static const char *
get_weekday_name (int      weekday,
                  gboolean abbreviated)
{
  static const char *names[7], *abbreviations[7];

  if (names[0] == NULL)
    {
      names[0] = C_("weekday name", "Monday");
      names[1] = C_("weekday name", "Tuesday");
      names[2] = C_("weekday name", "Wednesday");
      names[3] = C_("weekday name", "Thursday");
      names[4] = C_("weekday name", "Friday");
      names[5] = C_("weekday name", "Saturday");
      names[6] = C_("weekday name", "Sunday");
      abbreviations[0] = C_("abbreviated weekday name", "Mon");
      abbreviations[1] = C_("abbreviated weekday name", "Tue");
      abbreviations[2] = C_("abbreviated weekday name", "Wed");
      abbreviations[3] = C_("abbreviated weekday name", "Thu");
      abbreviations[4] = C_("abbreviated weekday name", "Fri");
      abbreviations[5] = C_("abbreviated weekday name", "Sat");
      abbreviations[6] = C_("abbreviated weekday name", "Sun");
    }

  return abbreviated ? abbreviations[weekday - 1] : names[weekday - 1];
}

/* Whether the interface is in a language NewsDesk is translated into.  Its dates then take
 * their names from the same catalogue as the formats around them; the C library would give
 * the names of LC_TIME's language, and a German interface in an English locale showed
 * "Wednesday, 1. April 2026".  Untranslated, the locale's own names are the better guess. */
static gboolean
catalogue_names_dates (void)
{
  const char *msgid = "January";

  return g_dpgettext2 (GETTEXT_PACKAGE, "month name", msgid) != msgid;
}

/* @format with %B, %b, %A and %a replaced by the catalogue's names for @datetime. */
static char *
dup_format_with_names (GDateTime  *datetime,
                       const char *format)
{
  GString *out = g_string_new (NULL);

  for (const char *p = format; *p != '\0'; p++)
    {
      const char *name = NULL;

      if (p[0] != '%' || p[1] == '\0')
        {
          g_string_append_c (out, *p);
          continue;
        }

      switch (p[1])
        {
        case 'B': name = get_month_name (g_date_time_get_month (datetime), FALSE); break;
        case 'b': name = get_month_name (g_date_time_get_month (datetime), TRUE); break;
        case 'A': name = get_weekday_name (g_date_time_get_day_of_week (datetime), FALSE); break;
        case 'a': name = get_weekday_name (g_date_time_get_day_of_week (datetime), TRUE); break;
        default: break;
        }

      if (name == NULL)
        {
          g_string_append_len (out, p, 2);
        }
      else
        {
          /* The name is text, not format: a '%' in it stays one. */
          for (const char *n = name; *n != '\0'; n++)
            {
              if (*n == '%')
                g_string_append_c (out, '%');
              g_string_append_c (out, *n);
            }
        }
      p++;
    }

  return g_string_free (out, FALSE);
}

/**
 * nd_date_format_with_names:
 * @datetime: a date-time, shown as it is (no conversion to local time)
 * @format: a g_date_time_format() format, usually a translated one
 *
 * g_date_time_format(), except that month and weekday names (%B, %b, %A, %a) are in the
 * interface's language whenever NewsDesk is translated into it.
 *
 * Returns: (transfer full) (nullable): the text, %NULL as from g_date_time_format()
 */
char *
nd_date_format_with_names (GDateTime  *datetime,
                           const char *format)
{
  g_autofree char *named = NULL;

  g_return_val_if_fail (datetime != NULL, NULL);
  g_return_val_if_fail (format != NULL, NULL);

  if (!catalogue_names_dates ())
    return g_date_time_format (datetime, format);

  named = dup_format_with_names (datetime, format);
  return g_date_time_format (datetime, named);
}

/* g_date_time_format() with the padding trimmed, and an ISO date when the locale's strings
 * cannot be converted (it returns NULL then). */
static char *
format_date_time (GDateTime  *datetime,
                  const char *format)
{
  char *text = nd_date_format_with_names (datetime, format);

  if (text == NULL)
    return g_strdup_printf ("%04d-%02d-%02d",
                            g_date_time_get_year (datetime),
                            g_date_time_get_month (datetime),
                            g_date_time_get_day_of_month (datetime));

  return g_strstrip (text);
}

/* The date as the reader should see it: local time, or the stored day for date-only values. */
static GDateTime *
dup_shown_date (GDateTime *date,
                gboolean   date_only)
{
  GDateTime *local;

  if (date_only)
    return g_date_time_ref (date);

  /* Fails only at the very ends of the representable range. */
  local = g_date_time_to_local (date);

  return local != NULL ? local : g_date_time_ref (date);
}

static void
set_gdate (GDate     *gdate,
           GDateTime *datetime)
{
  g_date_clear (gdate, 1);
  g_date_set_dmy (gdate,
                  (GDateDay)g_date_time_get_day_of_month (datetime),
                  (GDateMonth)g_date_time_get_month (datetime),
                  (GDateYear)g_date_time_get_year (datetime));
}

/**
 * nd_date_format_time:
 * @date: a date-time
 *
 * Returns: (transfer full): the time of day of @date in local time, "14:05" or, when the
 *   locale uses a 12-hour clock, "2:05 PM"
 */
char *
nd_date_format_time (GDateTime *date)
{
  g_autoptr(GDateTime) local = NULL;

  g_return_val_if_fail (date != NULL, NULL);

  local = dup_shown_date (date, FALSE);

  if (locale_uses_12_hour_clock ())
    /* Translators: a time of day on a 12-hour clock, see g_date_time_format() */
    return format_date_time (local, C_("time, 12-hour clock", "%-l:%M %p"));

  /* Translators: a time of day on a 24-hour clock, see g_date_time_format() */
  return format_date_time (local, C_("time, 24-hour clock", "%H:%M"));
}

static char *
format_date_with_year (GDateTime *shown,
                       GDateTime *date,
                       gboolean   date_only)
{
  g_autofree char *day = NULL;
  g_autofree char *time = NULL;

  /* Translators: a date with its year, see g_date_time_format() */
  day = format_date_time (shown, C_("date in another year", "%-e %B %Y"));
  if (date_only)
    return g_steal_pointer (&day);

  time = nd_date_format_time (date);

  /* Translators: a date and a time of day, as in "5 March 2027, 08:15" */
  return g_strdup_printf (C_("date and time", "%s, %s"), day, time);
}

/**
 * nd_date_format_relative:
 * @date: (nullable): the publication date
 * @date_only: whether only the day of @date is known
 * @now: the current time, g_date_time_new_now_local() outside of tests
 *
 * Formats @date relative to @now for the article list, in local time; the scheme is
 * described at the top of this file.
 *
 * Returns: (transfer full) (nullable): the text, %NULL when @date is %NULL
 */
char *
nd_date_format_relative (GDateTime *date,
                         gboolean   date_only,
                         GDateTime *now)
{
  g_autoptr(GDateTime) shown = NULL;
  g_autoptr(GDateTime) local_now = NULL;
  GDate shown_day;
  GDate today;
  GTimeSpan age;
  int days;

  g_return_val_if_fail (now != NULL, NULL);

  if (date == NULL)
    return NULL;

  shown = dup_shown_date (date, date_only);
  local_now = dup_shown_date (now, FALSE);
  age = g_date_time_difference (now, date);

  if (!date_only)
    {
      /* A minute of grace for clocks that are slightly ahead of ours. */
      if (age < -G_TIME_SPAN_MINUTE)
        return format_date_with_year (shown, date, FALSE);

      if (age < G_TIME_SPAN_MINUTE)
        return g_strdup (_("Just now"));

      if (age < G_TIME_SPAN_HOUR)
        {
          int minutes = (int)(age / G_TIME_SPAN_MINUTE);

          return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d minute ago",
                                               "%d minutes ago", minutes),
                                  minutes);
        }
    }

  set_gdate (&shown_day, shown);
  set_gdate (&today, local_now);
  days = g_date_days_between (&shown_day, &today);

  if (days < 0)
    return format_date_with_year (shown, date, date_only);

  if (days == 0)
    {
      if (date_only)
        return g_strdup (_("Today"));

      if (age < RECENT_HOURS * G_TIME_SPAN_HOUR)
        {
          int hours = (int)(age / G_TIME_SPAN_HOUR);

          return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d hour ago",
                                               "%d hours ago", hours),
                                  hours);
        }

      return nd_date_format_time (date);
    }

  if (days == 1)
    return g_strdup (_("Yesterday"));

  if (days <= WEEKDAY_DAYS)
    /* Translators: the day of the week of a date in the last week, see g_date_time_format() */
    return format_date_time (shown, C_("date in the last week", "%A"));

  if (g_date_get_year (&shown_day) == g_date_get_year (&today))
    /* Translators: a day and month in the current year, see g_date_time_format() */
    return format_date_time (shown, C_("date in the current year", "%-e %B"));

  return format_date_with_year (shown, date, TRUE);
}

/**
 * nd_date_format_full:
 * @date: (nullable): the publication date
 * @date_only: whether only the day of @date is known
 *
 * Formats @date in full for the reader, in local time: "Thursday, 5 March 2026, 14:05", or
 * "Thursday, 5 March 2026" for a date-only value.
 *
 * Returns: (transfer full) (nullable): the text, %NULL when @date is %NULL
 */
char *
nd_date_format_full (GDateTime *date,
                     gboolean   date_only)
{
  g_autoptr(GDateTime) shown = NULL;
  g_autofree char *day = NULL;
  g_autofree char *time = NULL;

  if (date == NULL)
    return NULL;

  shown = dup_shown_date (date, date_only);
  /* Translators: a full date with the day of the week, see g_date_time_format() */
  day = format_date_time (shown, C_("full date", "%A, %-e %B %Y"));
  if (date_only)
    return g_steal_pointer (&day);

  time = nd_date_format_time (date);

  /* Translators: a date and a time of day, as in "Thursday, 5 March 2026, 14:05" */
  return g_strdup_printf (C_("date and time", "%s, %s"), day, time);
}

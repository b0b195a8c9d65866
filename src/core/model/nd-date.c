/* nd-date.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nd-date"

#include "model/nd-date.h"

#include <string.h>

/* News JSON carries dates from every kind of producer: RFC 3339 from APIs, RFC 2822 copied out of
 * RSS items, "YYYY-MM-DD HH:MM:SS" dumped from SQL. g_date_time_new_from_iso8601() accepts a
 * different set (week and ordinal dates, local time when the offset is missing, no RFC 2822), and
 * strptime() depends on the locale, so this is a small hand-written parser that accepts exactly
 * the forms documented on nd_date_parse() and nothing else.
 */

/* 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z */
#define FIRST_UNIX_SECOND G_GINT64_CONSTANT (-62135596800)
#define LAST_UNIX_SECOND  G_GINT64_CONSTANT (253402300799)

typedef struct
{
  const char *pos;
  const char *end;
} Cursor;

typedef struct
{
  int      year;
  int      month;
  int      day;
  int      hour;
  int      minute;
  int      second;
  int      microsecond;
  int      offset;
  gboolean date_only;
} DateFields;

typedef struct
{
  const char *name;
  int         value;
} NamedValue;

static const char * const month_names[] = {
  "january", "february", "march", "april", "may", "june",
  "july", "august", "september", "october", "november", "december",
};

static const char * const weekday_names[] = {
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
};

/* RFC 2822 section 4.3. The one-letter military zones other than Z are left out on purpose: the
 * RFC itself says their sign was historically inverted and that they carry no information.
 */
static const NamedValue zone_names[] = {
  { "ut", 0 }, { "utc", 0 }, { "gmt", 0 }, { "z", 0 },
  { "est", -5 * 3600 }, { "edt", -4 * 3600 },
  { "cst", -6 * 3600 }, { "cdt", -5 * 3600 },
  { "mst", -7 * 3600 }, { "mdt", -6 * 3600 },
  { "pst", -8 * 3600 }, { "pdt", -7 * 3600 },
};

static gboolean
at_end (const Cursor *cursor)
{
  return cursor->pos >= cursor->end;
}

static gboolean
at_digit (const Cursor *cursor)
{
  return !at_end (cursor) && g_ascii_isdigit (*cursor->pos);
}

static gboolean
accept_char (Cursor *cursor,
             char    c)
{
  if (at_end (cursor) || *cursor->pos != c)
    return FALSE;

  cursor->pos++;
  return TRUE;
}

static gboolean
accept_letter (Cursor *cursor,
               char    upper)
{
  return accept_char (cursor, upper) || accept_char (cursor, g_ascii_tolower (upper));
}

static gsize
count_digits (const Cursor *cursor)
{
  const char *p = cursor->pos;

  while (p < cursor->end && g_ascii_isdigit (*p))
    p++;

  return (gsize) (p - cursor->pos);
}

/* Exactly @n_digits digits; callers never ask for more than four, so @out_value cannot overflow. */
static gboolean
read_digits (Cursor *cursor,
             gsize   n_digits,
             int    *out_value)
{
  int value = 0;

  if ((gsize) (cursor->end - cursor->pos) < n_digits)
    return FALSE;

  for (gsize i = 0; i < n_digits; i++)
    {
      if (!g_ascii_isdigit (cursor->pos[i]))
        return FALSE;
      value = value * 10 + (cursor->pos[i] - '0');
    }

  cursor->pos += n_digits;
  *out_value = value;
  return TRUE;
}

/* A run of @min_digits to @max_digits digits; a longer run is an error, not a number followed by
 * more digits, so "005 Mar" does not read as day 00.
 */
static gboolean
read_number (Cursor *cursor,
             gsize   min_digits,
             gsize   max_digits,
             int    *out_value,
             gsize  *out_n_digits)
{
  gsize n_digits = count_digits (cursor);

  if (n_digits < min_digits || n_digits > max_digits)
    return FALSE;

  if (out_n_digits != NULL)
    *out_n_digits = n_digits;

  return read_digits (cursor, n_digits, out_value);
}

static gboolean
skip_spaces (Cursor *cursor)
{
  const char *start = cursor->pos;

  while (!at_end (cursor) && (*cursor->pos == ' ' || *cursor->pos == '\t'))
    cursor->pos++;

  return cursor->pos > start;
}

/* Digits past the sixth are read and dropped rather than rounded: rounding .9999999 up would turn
 * second 59 into 60.
 */
static gboolean
read_fraction (Cursor *cursor,
               int    *out_microsecond)
{
  int microsecond = 0;
  int scale = 100000;

  if (!at_digit (cursor))
    return FALSE;

  while (at_digit (cursor))
    {
      microsecond += (*cursor->pos - '0') * scale;
      scale /= 10;
      cursor->pos++;
    }

  *out_microsecond = microsecond;
  return TRUE;
}

/* "Z", or a sign and hours with optional minutes, colon or not: "+01:00", "+0100" and "+01" all
 * occur in real feeds whichever form the rest of the date uses.
 */
static gboolean
read_numeric_offset (Cursor *cursor,
                     int    *out_offset)
{
  int sign;
  int hours;
  int minutes = 0;

  if (accept_letter (cursor, 'Z'))
    {
      *out_offset = 0;
      return TRUE;
    }

  if (accept_char (cursor, '+'))
    sign = 1;
  else if (accept_char (cursor, '-'))
    sign = -1;
  else
    return FALSE;

  if (!read_digits (cursor, 2, &hours))
    return FALSE;

  if (accept_char (cursor, ':') || at_digit (cursor))
    {
      if (!read_digits (cursor, 2, &minutes))
        return FALSE;
    }

  if (hours > 23 || minutes > 59)
    return FALSE;

  *out_offset = sign * (hours * 3600 + minutes * 60);
  return TRUE;
}

static gboolean
read_seconds_fraction (Cursor     *cursor,
                       DateFields *fields)
{
  if (!accept_char (cursor, '.') && !accept_char (cursor, ','))
    return TRUE;

  return read_fraction (cursor, &fields->microsecond);
}

/* "HH:MM" or "HH:MM:SS" with an optional fraction of a second. */
static gboolean
read_extended_time (Cursor     *cursor,
                    DateFields *fields)
{
  if (!read_digits (cursor, 2, &fields->hour) ||
      !accept_char (cursor, ':') ||
      !read_digits (cursor, 2, &fields->minute))
    return FALSE;

  if (!accept_char (cursor, ':'))
    return TRUE;

  if (!read_digits (cursor, 2, &fields->second))
    return FALSE;

  return read_seconds_fraction (cursor, fields);
}

/* "HHMM" or "HHMMSS" with an optional fraction of a second. */
static gboolean
read_basic_time (Cursor     *cursor,
                 DateFields *fields)
{
  if (!read_digits (cursor, 2, &fields->hour) ||
      !read_digits (cursor, 2, &fields->minute))
    return FALSE;

  if (!at_digit (cursor))
    return TRUE;

  if (!read_digits (cursor, 2, &fields->second))
    return FALSE;

  return read_seconds_fraction (cursor, fields);
}

/* Extended and basic forms are not mixed, as in ISO 8601: "2024-03-05T140709" is rejected. A
 * basic date needs a time so that a bare eight-digit number is not taken for a date.
 */
static gboolean
parse_iso8601 (Cursor      cursor,
               DateFields *fields)
{
  if (!read_digits (&cursor, 4, &fields->year))
    return FALSE;

  if (accept_char (&cursor, '-'))
    {
      if (!read_digits (&cursor, 2, &fields->month) ||
          !accept_char (&cursor, '-') ||
          !read_digits (&cursor, 2, &fields->day))
        return FALSE;

      if (at_end (&cursor))
        {
          fields->date_only = TRUE;
          return TRUE;
        }

      if (!accept_letter (&cursor, 'T') && !accept_char (&cursor, ' '))
        return FALSE;

      if (!read_extended_time (&cursor, fields))
        return FALSE;
    }
  else
    {
      if (!read_digits (&cursor, 2, &fields->month) ||
          !read_digits (&cursor, 2, &fields->day) ||
          !accept_letter (&cursor, 'T') ||
          !read_basic_time (&cursor, fields))
        return FALSE;
    }

  if (!at_end (&cursor) && !read_numeric_offset (&cursor, &fields->offset))
    return FALSE;

  return at_end (&cursor);
}

static gsize
read_word (Cursor *cursor)
{
  const char *start = cursor->pos;

  while (!at_end (cursor) && g_ascii_isalpha (*cursor->pos))
    cursor->pos++;

  return (gsize) (cursor->pos - start);
}

static gboolean
word_equals (const char *word,
             gsize       length,
             const char *name)
{
  return strlen (name) == length && g_ascii_strncasecmp (word, name, length) == 0;
}

/* Feeds use the three-letter abbreviation almost always, but the full English name now and then. */
static int
lookup_name (const char         *word,
             gsize               length,
             const char * const *names,
             guint               n_names)
{
  for (guint i = 0; i < n_names; i++)
    {
      if (word_equals (word, length, names[i]) ||
          (length == 3 && g_ascii_strncasecmp (word, names[i], 3) == 0))
        return (int) i;
    }

  return -1;
}

/* The weekday is checked for being a weekday name and otherwise ignored: feeds get it wrong often
 * enough that trusting the date over it loses fewer articles.
 */
static gboolean
skip_weekday (Cursor *cursor)
{
  const char *word = cursor->pos;
  gsize length = read_word (cursor);
  gboolean has_comma;
  gboolean has_spaces;

  if (length == 0)
    return TRUE;

  if (lookup_name (word, length, weekday_names, G_N_ELEMENTS (weekday_names)) < 0)
    return FALSE;

  /* The comma and the spaces are each optional, but something must end the name. */
  has_comma = accept_char (cursor, ',');
  has_spaces = skip_spaces (cursor);
  return has_comma || has_spaces;
}

static gboolean
read_month_name (Cursor *cursor,
                 int    *out_month)
{
  const char *word = cursor->pos;
  gsize length = read_word (cursor);
  int index = lookup_name (word, length, month_names, G_N_ELEMENTS (month_names));

  if (index < 0)
    return FALSE;

  *out_month = index + 1;
  return TRUE;
}

/* RFC 2822 section 4.3: two-digit years below 50 are in this century, the rest in the last. */
static gboolean
read_rfc2822_year (Cursor *cursor,
                   int    *out_year)
{
  gsize n_digits;
  int year;

  if (!read_number (cursor, 2, 4, &year, &n_digits) || n_digits == 3)
    return FALSE;

  if (n_digits == 2)
    year += year < 50 ? 2000 : 1900;

  *out_year = year;
  return TRUE;
}

static gboolean
read_rfc2822_zone (Cursor *cursor,
                   int    *out_offset)
{
  const char *word = cursor->pos;
  gsize length;

  if (!at_end (cursor) && (*cursor->pos == '+' || *cursor->pos == '-'))
    return read_numeric_offset (cursor, out_offset);

  length = read_word (cursor);
  for (guint i = 0; i < G_N_ELEMENTS (zone_names); i++)
    {
      if (word_equals (word, length, zone_names[i].name))
        {
          *out_offset = zone_names[i].value;
          return TRUE;
        }
    }

  return FALSE;
}

/* "[Tue,] 5 Mar 2024 14:07[:09] [zone]". A missing zone is read as UTC, as for ISO dates. */
static gboolean
parse_rfc2822 (Cursor      cursor,
               DateFields *fields)
{
  if (!skip_weekday (&cursor) ||
      !read_number (&cursor, 1, 2, &fields->day, NULL) ||
      !skip_spaces (&cursor) ||
      !read_month_name (&cursor, &fields->month) ||
      !skip_spaces (&cursor) ||
      !read_rfc2822_year (&cursor, &fields->year) ||
      !skip_spaces (&cursor) ||
      !read_digits (&cursor, 2, &fields->hour) ||
      !accept_char (&cursor, ':') ||
      !read_digits (&cursor, 2, &fields->minute))
    return FALSE;

  if (accept_char (&cursor, ':') && !read_digits (&cursor, 2, &fields->second))
    return FALSE;

  if (at_end (&cursor))
    return TRUE;

  if (!skip_spaces (&cursor) || !read_rfc2822_zone (&cursor, &fields->offset))
    return FALSE;

  return at_end (&cursor);
}

static gboolean
fields_are_valid (const DateFields *fields)
{
  if (fields->year < 1 || fields->year > 9999 ||
      fields->month < 1 || fields->month > 12)
    return FALSE;

  if (fields->day < 1 ||
      fields->day > g_date_get_days_in_month ((GDateMonth) fields->month, (GDateYear) fields->year))
    return FALSE;

  /* No 24:00 and no leap second: GDateTime cannot hold either, and clamping would invent a time. */
  return fields->hour <= 23 && fields->minute <= 59 && fields->second <= 59;
}

static GDateTime *
create_datetime (const DateFields *fields)
{
  g_autoptr(GTimeZone) zone = NULL;
  g_autoptr(GDateTime) whole_seconds = NULL;

  if (!fields_are_valid (fields))
    return NULL;

  zone = fields->offset == 0 ? g_time_zone_new_utc () : g_time_zone_new_offset (fields->offset);

  /* Microseconds are added as an integer span; passing them through the gdouble seconds argument
   * could come back one microsecond off.
   */
  whole_seconds = g_date_time_new (zone, fields->year, fields->month, fields->day,
                                   fields->hour, fields->minute, fields->second);
  if (whole_seconds == NULL)
    return NULL;

  /* GDateTime accepts 0001-01-01T00:30+01:00 but cannot convert it to UTC, and then it could not
   * be written back out; the instant itself has to lie within years 1 to 9999.
   */
  if (g_date_time_to_unix (whole_seconds) < FIRST_UNIX_SECOND ||
      g_date_time_to_unix (whole_seconds) > LAST_UNIX_SECOND)
    return NULL;

  if (fields->microsecond == 0)
    return g_steal_pointer (&whole_seconds);

  return g_date_time_add (whole_seconds, fields->microsecond);
}

static void
trim_spaces (Cursor *cursor)
{
  while (!at_end (cursor) && g_ascii_isspace (cursor->pos[0]))
    cursor->pos++;

  while (!at_end (cursor) && g_ascii_isspace (cursor->end[-1]))
    cursor->end--;
}

/**
 * nd_date_parse:
 * @text: a publication date as found in news JSON
 * @out_datetime: (out) (optional) (transfer full): the parsed date and time
 * @out_date_only: (out) (optional): %TRUE when @text had no time of day
 *
 * Reads ISO 8601 / RFC 3339 dates and date-times (extended or basic form, `T`, `t` or a space
 * before the time, seconds and fraction optional), and RFC 2822 dates as used in feeds. A
 * date-time without an offset is taken as UTC; a date alone is midnight UTC. The result keeps
 * the offset that @text gave.
 *
 * Returns: %TRUE on success; on failure the outputs are not touched
 */
gboolean
nd_date_parse (const char  *text,
               GDateTime  **out_datetime,
               gboolean    *out_date_only)
{
  DateFields fields = { 0 };
  GDateTime *datetime;
  Cursor cursor;

  g_return_val_if_fail (text != NULL, FALSE);

  cursor.pos = text;
  cursor.end = text + strlen (text);
  trim_spaces (&cursor);

  if (at_end (&cursor))
    return FALSE;

  if (!parse_iso8601 (cursor, &fields))
    {
      memset (&fields, 0, sizeof fields);
      if (!parse_rfc2822 (cursor, &fields))
        return FALSE;
    }

  datetime = create_datetime (&fields);
  if (datetime == NULL)
    return FALSE;

  if (out_datetime != NULL)
    *out_datetime = datetime;
  else
    g_date_time_unref (datetime);

  if (out_date_only != NULL)
    *out_date_only = fields.date_only;

  return TRUE;
}

/* Milliseconds when that loses nothing, since that is what most JSON producers write. */
static char *
format_fraction (int microsecond)
{
  if (microsecond == 0)
    return g_strdup ("");

  if (microsecond % 1000 == 0)
    return g_strdup_printf (".%03d", microsecond / 1000);

  return g_strdup_printf (".%06d", microsecond);
}

/**
 * nd_date_format_json:
 * @datetime: (nullable): a date-time
 * @date_only: whether only the date of @datetime matters
 *
 * Returns: (transfer full) (nullable): `YYYY-MM-DD` of @datetime as stored when @date_only,
 *   otherwise RFC 3339 in UTC ending in `Z`; %NULL when @datetime is %NULL
 */
char *
nd_date_format_json (GDateTime *datetime,
                     gboolean   date_only)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autofree char *fraction = NULL;

  if (datetime == NULL)
    return NULL;

  /* printf rather than g_date_time_format(): no locale, and years below 1000 keep four digits. */
  if (date_only)
    return g_strdup_printf ("%04d-%02d-%02d",
                            g_date_time_get_year (datetime),
                            g_date_time_get_month (datetime),
                            g_date_time_get_day_of_month (datetime));

  utc = g_date_time_to_utc (datetime);
  if (utc == NULL)
    return NULL;

  fraction = format_fraction (g_date_time_get_microsecond (utc));

  return g_strdup_printf ("%04d-%02d-%02dT%02d:%02d:%02d%sZ",
                          g_date_time_get_year (utc),
                          g_date_time_get_month (utc),
                          g_date_time_get_day_of_month (utc),
                          g_date_time_get_hour (utc),
                          g_date_time_get_minute (utc),
                          g_date_time_get_second (utc),
                          fraction);
}

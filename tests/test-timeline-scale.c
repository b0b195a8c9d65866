/* test-timeline-scale.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>

#include "dates/nd-timeline-scale.h"
#include "dates/nd-timeline-scale-private.h"

/* Unix times of midnights (UTC) the tests use, worked out by hand and checked with
 * Python's calendar.timegm. */
#define T_2024_02_01  1706745600
#define T_2024_03_10  1710028800
#define T_2025_11_15  1763164800
#define T_2026_03_01  1772323200
#define T_2026_03_02  1772409600
#define T_2026_03_03  1772496000
#define T_2026_04_15  1776211200
#define T_1960_01_01  (-315619200)
#define T_2030_01_01  1893456000

static void
test_position (void)
{
  NdTimelineScale scale = { 1000.0, 2000.0, 500.0 };
  NdTimelineScale empty = { 1000.0, 1000.0, 500.0 };

  g_assert_cmpfloat_with_epsilon (nd_timeline_scale_time_to_x (&scale, 1500.0), 250.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (nd_timeline_scale_time_to_x (&scale, 1000.0), 0.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (nd_timeline_scale_time_to_x (&scale, 500.0), -250.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (nd_timeline_scale_x_to_time (&scale, 100.0), 1200.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (nd_timeline_scale_x_to_time (&scale, 600.0), 2200.0, 1e-9);

  /* A span of nothing puts everything at the left edge instead of dividing by zero. */
  g_assert_cmpfloat (nd_timeline_scale_time_to_x (&empty, 1234.0), ==, 0.0);
}

static void
test_zoom_pan_fit (void)
{
  NdTimelineScale scale = { 0.0, 1000.0, 100.0 };

  /* Halving the span around x = 25 keeps time 250 at x = 25. */
  nd_timeline_scale_zoom (&scale, 0.5, 25.0, 1.0, 1e9);
  g_assert_cmpfloat_with_epsilon (scale.start, 125.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (scale.end, 625.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (nd_timeline_scale_x_to_time (&scale, 25.0), 250.0, 1e-9);

  /* Zooming in further than the smallest span stops there, still around the anchor. */
  nd_timeline_scale_zoom (&scale, 0.001, 50.0, 100.0, 1e9);
  g_assert_cmpfloat_with_epsilon (scale.start, 325.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (scale.end, 425.0, 1e-9);

  /* And out no further than the largest span. */
  nd_timeline_scale_zoom (&scale, 1000.0, 0.0, 100.0, 2000.0);
  g_assert_cmpfloat_with_epsilon (scale.start, 325.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (scale.end, 2325.0, 1e-9);

  /* Dragging 10 pixels to the right shows what was 200 seconds earlier (20 s a pixel). */
  nd_timeline_scale_pan (&scale, 10.0);
  g_assert_cmpfloat_with_epsilon (scale.start, 125.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (scale.end, 2125.0, 1e-9);

  nd_timeline_scale_fit (&scale, 1000, 2000, 0.0);
  g_assert_cmpfloat_with_epsilon (scale.start, 950.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (scale.end, 2050.0, 1e-9);

  /* A single moment is shown with the smallest span around it. */
  nd_timeline_scale_fit (&scale, 5000, 5000, 3600.0);
  g_assert_cmpfloat_with_epsilon (scale.start, 3200.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (scale.end, 6800.0, 1e-9);
}

typedef struct
{
  gint64      time;
  gboolean    major;
  const char *label;
} ExpectedTick;

static void
check_ticks (GArray             *ticks,
             const ExpectedTick *expected,
             guint               n_expected)
{
  for (guint i = 0; i < MIN (ticks->len, n_expected); i++)
    {
      NdTimelineTick *tick = &g_array_index (ticks, NdTimelineTick, i);

      g_test_message ("tick %u: %" G_GINT64_FORMAT " %s%s", i, tick->time, tick->label,
                      tick->major ? " (major)" : "");
      g_assert_cmpint (tick->time, ==, expected[i].time);
      g_assert_cmpstr (tick->label, ==, expected[i].label);
      g_assert_cmpint (tick->major, ==, expected[i].major);
    }
  g_assert_cmpuint (ticks->len, ==, n_expected);
}

static void
test_ticks_hours (void)
{
  /* One day over 800 pixels: an hour is 33 px, three hours 100 px, the first step of at
   * least 80 px. The end is included; midnights name the day. */
  NdTimelineScale scale = { T_2026_03_01, T_2026_03_02, 800.0 };
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GArray) ticks = nd_timeline_ticks_choose (&scale, 80.0, utc);
  const ExpectedTick expected[] = {
    { T_2026_03_01, TRUE, "1 Mar" },
    { T_2026_03_01 + 3 * 3600, FALSE, "03:00" },
    { T_2026_03_01 + 6 * 3600, FALSE, "06:00" },
    { T_2026_03_01 + 9 * 3600, FALSE, "09:00" },
    { T_2026_03_01 + 12 * 3600, FALSE, "12:00" },
    { T_2026_03_01 + 15 * 3600, FALSE, "15:00" },
    { T_2026_03_01 + 18 * 3600, FALSE, "18:00" },
    { T_2026_03_01 + 21 * 3600, FALSE, "21:00" },
    { T_2026_03_02, TRUE, "2 Mar" },
  };

  check_ticks (ticks, expected, G_N_ELEMENTS (expected));
}

static void
test_ticks_days_leap_february (void)
{
  /* 38 days over 760 px: 20 px a day, so every fifth day. February 2024 has 29 days: after
   * the 26th the next tick is 1 March, not "31 February". */
  NdTimelineScale scale = { T_2024_02_01, T_2024_03_10, 760.0 };
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GArray) ticks = nd_timeline_ticks_choose (&scale, 80.0, utc);
  const ExpectedTick expected[] = {
    { T_2024_02_01, TRUE, "Feb 2024" },
    { T_2024_02_01 + 5 * 86400, FALSE, "6 Feb" },
    { T_2024_02_01 + 10 * 86400, FALSE, "11 Feb" },
    { T_2024_02_01 + 15 * 86400, FALSE, "16 Feb" },
    { T_2024_02_01 + 20 * 86400, FALSE, "21 Feb" },
    { T_2024_02_01 + 25 * 86400, FALSE, "26 Feb" },
    { T_2024_02_01 + 29 * 86400, TRUE, "Mar 2024" },
    { T_2024_02_01 + 34 * 86400, FALSE, "6 Mar" },
  };

  check_ticks (ticks, expected, G_N_ELEMENTS (expected));
}

static void
test_ticks_months (void)
{
  /* Five months over 600 px: ten days are 40 px, a month 121 px. The first month and
   * January name the year. */
  NdTimelineScale scale = { T_2025_11_15, T_2026_04_15, 600.0 };
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GArray) ticks = nd_timeline_ticks_choose (&scale, 80.0, utc);
  const ExpectedTick expected[] = {
    { 1764547200, FALSE, "Dec 2025" },
    { 1767225600, TRUE, "Jan 2026" },
    { 1769904000, FALSE, "Feb" },
    { 1772323200, FALSE, "Mar" },
    { 1775001600, FALSE, "Apr" },
  };

  check_ticks (ticks, expected, G_N_ELEMENTS (expected));
}

/* Months without a January in view still say the year: the first label names it. */
static void
test_ticks_months_year (void)
{
  NdTimelineScale scale = { T_2026_03_01, T_2026_03_01 + 150 * 86400.0, 600.0 };
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GArray) ticks = nd_timeline_ticks_choose (&scale, 80.0, utc);
  const ExpectedTick expected[] = {
    { 1772323200, FALSE, "Mar 2026" },
    { 1775001600, FALSE, "Apr" },
    { 1777593600, FALSE, "May" },
    { 1780272000, FALSE, "Jun" },
    { 1782864000, FALSE, "Jul" },
  };

  g_assert_cmpint (nd_timeline_ticks_unit (&scale, 80.0), ==, ND_TIMELINE_UNIT_MONTH);
  check_ticks (ticks, expected, G_N_ELEMENTS (expected));
}

/* An hour axis that starts after midnight names the day at its first label. */
static void
test_ticks_hours_day (void)
{
  NdTimelineScale scale = { T_2026_03_01 + 7 * 3600, T_2026_03_01 + 13 * 3600, 600.0 };
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GArray) ticks = nd_timeline_ticks_choose (&scale, 80.0, utc);

  g_assert_cmpuint (ticks->len, ==, 7);
  g_assert_cmpstr (g_array_index (ticks, NdTimelineTick, 0).label, ==, "1 Mar 07:00");
  g_assert_cmpstr (g_array_index (ticks, NdTimelineTick, 1).label, ==, "08:00");
}

/* A date without a time covers its day on an axis of hours; elsewhere it is a line at the
 * day's start, as a mark with a time is everywhere. */
static void
test_mark_extent (void)
{
  NdTimelineScale hours = { T_2026_03_01 - 43200.0, T_2026_03_02 + 43200.0, 800.0 };
  NdTimelineScale days = { T_2024_02_01, T_2024_03_10, 760.0 };
  double x0, x1;

  g_assert_cmpint (nd_timeline_ticks_unit (&hours, 80.0), ==, ND_TIMELINE_UNIT_HOUR);
  g_assert_true (nd_timeline_mark_extent (&hours, 80.0, T_2026_03_01, TRUE, &x0, &x1));
  g_assert_cmpfloat_with_epsilon (x0, 200.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (x1, 600.0, 1e-9);

  g_assert_false (nd_timeline_mark_extent (&hours, 80.0, T_2026_03_01, FALSE, &x0, &x1));
  g_assert_cmpfloat_with_epsilon (x0, 200.0, 1e-9);
  g_assert_cmpfloat (x1, ==, x0);

  g_assert_cmpint (nd_timeline_ticks_unit (&days, 80.0), ==, ND_TIMELINE_UNIT_DAY);
  g_assert_false (nd_timeline_mark_extent (&days, 80.0, T_2024_02_01 + 86400, TRUE, &x0, &x1));
  g_assert_cmpfloat_with_epsilon (x0, 20.0, 1e-9);
  g_assert_cmpfloat (x1, ==, x0);
}

static void
test_ticks_decades (void)
{
  /* 70 years over 700 px: five years are 50 px, so decades; 2000 starts a century. */
  NdTimelineScale scale = { T_1960_01_01, T_2030_01_01, 700.0 };
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GArray) ticks = nd_timeline_ticks_choose (&scale, 80.0, utc);
  const ExpectedTick expected[] = {
    { T_1960_01_01, FALSE, "1960" },
    { 0, FALSE, "1970" },
    { 315532800, FALSE, "1980" },
    { 631152000, FALSE, "1990" },
    { 946684800, TRUE, "2000" },
    { 1262304000, FALSE, "2010" },
    { 1577836800, FALSE, "2020" },
    { T_2030_01_01, FALSE, "2030" },
  };

  check_ticks (ticks, expected, G_N_ELEMENTS (expected));
}

static void
test_ticks_time_zone (void)
{
  /* Two days over 200 px, one tick a day, at midnight in UTC+2: 22:00 UTC the day before. */
  NdTimelineScale scale = { T_2026_03_01, T_2026_03_03, 200.0 };
  g_autoptr(GTimeZone) east = g_time_zone_new_identifier ("+02:00");
  g_autoptr(GArray) ticks = NULL;
  const ExpectedTick expected[] = {
    { T_2026_03_02 - 2 * 3600, FALSE, "2 Mar 2026" },
    { T_2026_03_03 - 2 * 3600, FALSE, "3 Mar" },
  };

  g_assert_nonnull (east);
  ticks = nd_timeline_ticks_choose (&scale, 80.0, east);
  check_ticks (ticks, expected, G_N_ELEMENTS (expected));
}

static void
test_ticks_degenerate (void)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  NdTimelineScale no_width = { T_2026_03_01, T_2026_03_02, 0.0 };
  NdTimelineScale backwards = { T_2026_03_02, T_2026_03_01, 800.0 };
  NdTimelineScale beyond = { 0.0, 1e15, 800.0 };
  g_autoptr(GArray) a = nd_timeline_ticks_choose (&no_width, 80.0, utc);
  g_autoptr(GArray) b = nd_timeline_ticks_choose (&backwards, 80.0, utc);
  g_autoptr(GArray) c = nd_timeline_ticks_choose (&beyond, 80.0, utc);
  NdTimelineScale before_year_one = { -1e15, -7e13, 800.0 };
  g_autoptr(GArray) d = nd_timeline_ticks_choose (&before_year_one, 80.0, utc);

  g_assert_cmpuint (a->len, ==, 0);
  g_assert_cmpuint (b->len, ==, 0);
  g_assert_cmpuint (d->len, ==, 0);

  /* 31 million years in 800 px: the largest step, a millennium, and only where GDateTime
   * reaches (to the year 9999). */
  g_assert_cmpuint (c->len, ==, 8);
  g_assert_cmpstr (g_array_index (c, NdTimelineTick, 0).label, ==, "2000");
  g_assert_cmpstr (g_array_index (c, NdTimelineTick, 7).label, ==, "9000");
}

static void
check_cluster (GArray *clusters,
               guint   index,
               guint   first,
               guint   count,
               double  x_start,
               double  x_end)
{
  NdTimelineCluster *cluster = &g_array_index (clusters, NdTimelineCluster, index);

  g_assert_cmpuint (cluster->first, ==, first);
  g_assert_cmpuint (cluster->count, ==, count);
  g_assert_cmpfloat (cluster->x_start, ==, x_start);
  g_assert_cmpfloat (cluster->x_end, ==, x_end);
}

static void
test_cluster (void)
{
  const double xs[] = { 0, 3, 5, 20, 21, 40 };
  const double dense[] = { 0, 2, 4, 6, 8, 10 };
  g_autoptr(GArray) clusters = nd_timeline_cluster (xs, G_N_ELEMENTS (xs), 6.0, 1000.0);
  g_autoptr(GArray) capped = nd_timeline_cluster (dense, G_N_ELEMENTS (dense), 5.0, 5.0);
  g_autoptr(GArray) none = nd_timeline_cluster (NULL, 0, 5.0, 5.0);

  /* 0, 3 and 5 chain up (each less than 6 from the one before); 20 is 15 away. */
  g_assert_cmpuint (clusters->len, ==, 3);
  check_cluster (clusters, 0, 0, 3, 0, 5);
  check_cluster (clusters, 1, 3, 2, 20, 21);
  check_cluster (clusters, 2, 5, 1, 40, 40);

  /* A dense run is cut once a cluster would span more than 5 px. */
  g_assert_cmpuint (capped->len, ==, 2);
  check_cluster (capped, 0, 0, 3, 0, 4);
  check_cluster (capped, 1, 3, 3, 6, 10);

  g_assert_cmpuint (none->len, ==, 0);
}

static void
test_hit (void)
{
  const double xs[] = { 0, 3, 5, 20, 21, 40 };
  g_autoptr(GArray) clusters = nd_timeline_cluster (xs, G_N_ELEMENTS (xs), 6.0, 1000.0);
  g_autoptr(GArray) none = g_array_new (FALSE, FALSE, sizeof (NdTimelineCluster));

  g_assert_cmpint (nd_timeline_clusters_hit (clusters, 4.0, 4.0), ==, 0);
  g_assert_cmpint (nd_timeline_clusters_hit (clusters, 7.0, 4.0), ==, 0);
  g_assert_cmpint (nd_timeline_clusters_hit (clusters, -3.0, 4.0), ==, 0);
  g_assert_cmpint (nd_timeline_clusters_hit (clusters, 12.0, 4.0), ==, -1);
  /* 8 from the first cluster, 7 from the second: the nearer wins. */
  g_assert_cmpint (nd_timeline_clusters_hit (clusters, 13.0, 8.0), ==, 1);
  g_assert_cmpint (nd_timeline_clusters_hit (clusters, 21.0, 0.0), ==, 1);
  g_assert_cmpint (nd_timeline_clusters_hit (clusters, 43.0, 4.0), ==, 2);
  g_assert_cmpint (nd_timeline_clusters_hit (clusters, 45.0, 4.0), ==, -1);
  g_assert_cmpint (nd_timeline_clusters_hit (none, 0.0, 4.0), ==, -1);
}

static void
test_range_row (void)
{
  const gint64 day = 86400;

  /* Up to three days, up to two months (a week, a 31-day month, 62 days), then longer. */
  g_assert_cmpuint (nd_timeline_range_row (T_2026_03_01, T_2026_03_02), ==, 0);
  g_assert_cmpuint (nd_timeline_range_row (T_2026_03_01, T_2026_03_01 + 3 * day), ==, 0);
  g_assert_cmpuint (nd_timeline_range_row (T_2026_03_01, T_2026_03_01 + 4 * day), ==, 1);
  g_assert_cmpuint (nd_timeline_range_row (T_2026_03_01, T_2026_03_01 + 7 * day), ==, 1);
  g_assert_cmpuint (nd_timeline_range_row (T_2026_03_01, T_2026_03_01 + 31 * day), ==, 1);
  g_assert_cmpuint (nd_timeline_range_row (T_2026_03_01, T_2026_03_01 + 62 * day), ==, 1);
  g_assert_cmpuint (nd_timeline_range_row (T_2026_03_01, T_2026_03_01 + 63 * day), ==, 2);
  g_assert_cmpuint (nd_timeline_range_row (T_1960_01_01, T_2030_01_01), ==, 2);
  /* Part of a day still counts as a day. */
  g_assert_cmpuint (nd_timeline_range_row (T_2026_03_01, T_2026_03_01 + 3600), ==, 0);
}

static void
test_palette (void)
{
  const double dark_view = 0x24 / 255.0;

  g_assert_cmpfloat_with_epsilon (nd_timeline_contrast_ratio (0, 0, 0, 1, 1, 1), 21.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (nd_timeline_contrast_ratio (1, 1, 1, 1, 1, 1), 1.0, 1e-9);
  g_assert_cmpuint (nd_timeline_palette_size (), >=, 8);

  for (guint i = 0; i < nd_timeline_palette_size (); i++)
    {
      double r, g, b, r2, g2, b2;

      nd_timeline_palette_color (i, &r, &g, &b);
      g_assert_cmpfloat (nd_timeline_contrast_ratio (r, g, b, 1, 1, 1), >=, 3.0);
      g_assert_cmpfloat (nd_timeline_contrast_ratio (r, g, b, dark_view, dark_view, dark_view),
                         >=, 3.0);

      /* The palette repeats after its last colour. */
      nd_timeline_palette_color (i + nd_timeline_palette_size (), &r2, &g2, &b2);
      g_assert_cmpfloat (r, ==, r2);
      g_assert_cmpfloat (g, ==, g2);
      g_assert_cmpfloat (b, ==, b2);
    }
}

/* A source's wish for a colour comes from its name alone. */
static void
test_palette_by_name (void)
{
  guint gazette = nd_timeline_palette_index_for_name ("The Harbour Gazette");
  gboolean differ = FALSE;

  g_assert_cmpuint (gazette, <, nd_timeline_palette_size ());
  g_assert_cmpuint (nd_timeline_palette_index_for_name ("The Harbour Gazette"), ==, gazette);
  /* FNV-1a: the same on every machine and in every run. */
  g_assert_cmpuint (nd_timeline_palette_index_for_name (""), ==, 2166136261u % nd_timeline_palette_size ());
  for (char c = 'A'; c <= 'Z'; c++)
    {
      char name[2] = { c, '\0' };

      differ |= nd_timeline_palette_index_for_name (name) != nd_timeline_palette_index_for_name ("A");
    }
  g_assert_true (differ);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/nd/timeline-scale/position", test_position);
  g_test_add_func ("/nd/timeline-scale/zoom-pan-fit", test_zoom_pan_fit);
  g_test_add_func ("/nd/timeline-scale/ticks/hours", test_ticks_hours);
  g_test_add_func ("/nd/timeline-scale/ticks/days-leap-february", test_ticks_days_leap_february);
  g_test_add_func ("/nd/timeline-scale/ticks/months", test_ticks_months);
  g_test_add_func ("/nd/timeline-scale/ticks/months-year", test_ticks_months_year);
  g_test_add_func ("/nd/timeline-scale/ticks/hours-day", test_ticks_hours_day);
  g_test_add_func ("/nd/timeline-scale/mark-extent", test_mark_extent);
  g_test_add_func ("/nd/timeline-scale/ticks/decades", test_ticks_decades);
  g_test_add_func ("/nd/timeline-scale/ticks/time-zone", test_ticks_time_zone);
  g_test_add_func ("/nd/timeline-scale/ticks/degenerate", test_ticks_degenerate);
  g_test_add_func ("/nd/timeline-scale/cluster", test_cluster);
  g_test_add_func ("/nd/timeline-scale/hit", test_hit);
  g_test_add_func ("/nd/timeline-scale/range-row", test_range_row);
  g_test_add_func ("/nd/timeline-scale/palette", test_palette);
  g_test_add_func ("/nd/timeline-scale/palette-by-name", test_palette_by_name);

  return g_test_run ();
}

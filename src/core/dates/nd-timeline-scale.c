/* nd-timeline-scale.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The timeline's arithmetic, kept apart from the widget so that it can be tested without a
 * display and so that snapshot() only walks arrays.
 *
 * Ticks. The axis uses the finest step (1, 3, 6 or 12 hours; 1, 2, 5 or 10 days; 1, 3 or 6
 * months; 1, 2, 5, 10, ... years) whose ticks are at least min_spacing pixels apart, with
 * months and years taken at their average length. Ticks sit on calendar boundaries in the
 * given time zone: hours on multiples of the step, days on day 1, 1 + step, ... of each
 * month (a tick too close to the next month's first is left out), months on 1 January +
 * k × step, years on multiples of the step. */

#define G_LOG_DOMAIN "nd-timeline-scale"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "dates/nd-date-format.h"
#include "dates/nd-timeline-scale-private.h"

#define SECONDS_PER_HOUR  3600.0
#define SECONDS_PER_DAY   86400.0
#define SECONDS_PER_MONTH (30.436875 * SECONDS_PER_DAY)
#define SECONDS_PER_YEAR  (365.2425 * SECONDS_PER_DAY)
#define FIRST_TIME        (-62135596800.0)  /* 0001-01-01T00:00:00Z */
#define LAST_TIME         253402300799.0    /* 9999-12-31T23:59:59Z */

typedef struct
{
  NdTimelineUnit unit;
  guint          step;
} Step;

static const Step steps[] = {
  { ND_TIMELINE_UNIT_HOUR, 1 },
  { ND_TIMELINE_UNIT_HOUR, 3 },
  { ND_TIMELINE_UNIT_HOUR, 6 },
  { ND_TIMELINE_UNIT_HOUR, 12 },
  { ND_TIMELINE_UNIT_DAY, 1 },
  { ND_TIMELINE_UNIT_DAY, 2 },
  { ND_TIMELINE_UNIT_DAY, 5 },
  { ND_TIMELINE_UNIT_DAY, 10 },
  { ND_TIMELINE_UNIT_MONTH, 1 },
  { ND_TIMELINE_UNIT_MONTH, 3 },
  { ND_TIMELINE_UNIT_MONTH, 6 },
  { ND_TIMELINE_UNIT_YEAR, 1 },
  { ND_TIMELINE_UNIT_YEAR, 2 },
  { ND_TIMELINE_UNIT_YEAR, 5 },
  { ND_TIMELINE_UNIT_YEAR, 10 },
  { ND_TIMELINE_UNIT_YEAR, 20 },
  { ND_TIMELINE_UNIT_YEAR, 50 },
  { ND_TIMELINE_UNIT_YEAR, 100 },
  { ND_TIMELINE_UNIT_YEAR, 200 },
  { ND_TIMELINE_UNIT_YEAR, 500 },
  { ND_TIMELINE_UNIT_YEAR, 1000 },
};

/* Colours for the sources, each at least 3:1 against both a white view (light style) and
 * #242424 (the darkest view of the dark style is #1e1e1e, which only helps): marks stand
 * out as graphics (WCAG 1.4.11) in either style without a second palette. */
static const guint32 palette[] = {
  0x3584e4, /* blue */
  0x26a269, /* green */
  0xd0531a, /* orange */
  0xa05cd0, /* purple */
  0x1c8a9e, /* teal */
  0xa8780a, /* ochre */
  0xc0417f, /* pink */
  0x5e8a1a, /* olive */
  0x6a6fd6, /* indigo */
  0xe01b24, /* red */
};

/**
 * nd_timeline_scale_time_to_x:
 *
 * Returns: where @time is drawn, in pixels from the left edge
 */
double
nd_timeline_scale_time_to_x (const NdTimelineScale *scale,
                             double                 time)
{
  g_return_val_if_fail (scale != NULL, 0.0);

  if (scale->end <= scale->start)
    return 0.0;

  return (time - scale->start) * scale->width / (scale->end - scale->start);
}

/**
 * nd_timeline_scale_x_to_time:
 *
 * Returns: the time drawn at @x
 */
double
nd_timeline_scale_x_to_time (const NdTimelineScale *scale,
                             double                 x)
{
  g_return_val_if_fail (scale != NULL, 0.0);

  if (scale->width <= 0.0)
    return scale->start;

  return scale->start + x * (scale->end - scale->start) / scale->width;
}

/**
 * nd_timeline_scale_zoom:
 * @factor: the new span over the old one: below 1 zooms in
 * @anchor_x: the position that keeps its time, usually the pointer
 * @min_span: @max_span: the limits of the new span, in seconds
 *
 * Changes the span of @scale while the time under @anchor_x stays where it is.
 */
void
nd_timeline_scale_zoom (NdTimelineScale *scale,
                        double           factor,
                        double           anchor_x,
                        double           min_span,
                        double           max_span)
{
  double anchor_time, span, fraction;

  g_return_if_fail (scale != NULL);
  g_return_if_fail (factor > 0.0);

  if (scale->width <= 0.0)
    return;

  anchor_time = nd_timeline_scale_x_to_time (scale, anchor_x);
  fraction = anchor_x / scale->width;
  span = CLAMP ((scale->end - scale->start) * factor, min_span, max_span);
  scale->start = anchor_time - fraction * span;
  scale->end = scale->start + span;
}

/**
 * nd_timeline_scale_pan:
 * @dx: how far to move the drawing, in pixels: positive shows earlier times
 */
void
nd_timeline_scale_pan (NdTimelineScale *scale,
                       double           dx)
{
  double shift;

  g_return_if_fail (scale != NULL);

  if (scale->width <= 0.0)
    return;

  shift = dx * (scale->end - scale->start) / scale->width;
  scale->start -= shift;
  scale->end -= shift;
}

/**
 * nd_timeline_scale_fit:
 * @first: @last: the earliest and latest times to show
 * @min_span: the smallest span to show, in seconds
 *
 * Shows @first to @last with a twentieth of the span spare on each side, so the outer
 * marks are not cut in half; a span below @min_span is widened around its middle.
 */
void
nd_timeline_scale_fit (NdTimelineScale *scale,
                       gint64           first,
                       gint64           last,
                       double           min_span)
{
  double span = (double)last - (double)first;
  double middle = ((double)first + (double)last) / 2.0;

  g_return_if_fail (scale != NULL);

  span = MAX (span * 1.1, min_span);
  scale->start = middle - span / 2.0;
  scale->end = middle + span / 2.0;
}

static double
step_seconds (const Step *step)
{
  switch (step->unit)
    {
    case ND_TIMELINE_UNIT_HOUR:
      return step->step * SECONDS_PER_HOUR;

    case ND_TIMELINE_UNIT_DAY:
      return step->step * SECONDS_PER_DAY;

    case ND_TIMELINE_UNIT_MONTH:
      return step->step * SECONDS_PER_MONTH;

    case ND_TIMELINE_UNIT_YEAR:
    default:
      return step->step * SECONDS_PER_YEAR;
    }
}

static const Step *
choose_step (const NdTimelineScale *scale,
             double                 min_spacing)
{
  double pixels_per_second = scale->width / (scale->end - scale->start);

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (step_seconds (&steps[i]) * pixels_per_second >= min_spacing)
      return &steps[i];

  return &steps[G_N_ELEMENTS (steps) - 1];
}

/* A calendar position, normalised by GDateTime: hour 24 is the next day. */
typedef struct
{
  int year;
  int month;
  int day;
  int hour;
} Slot;

static GDateTime *
slot_to_date_time (const Slot *slot,
                   GTimeZone  *tz)
{
  g_autoptr(GDateTime) day = g_date_time_new (tz, slot->year, slot->month, slot->day, 0, 0, 0);

  if (day == NULL)
    return NULL;

  return g_date_time_add_hours (day, slot->hour);
}

static Slot
first_slot (GDateTime  *start,
            const Step *step)
{
  Slot slot = { g_date_time_get_year (start), 1, 1, 0 };
  int step_size = (int)step->step;

  switch (step->unit)
    {
    case ND_TIMELINE_UNIT_HOUR:
      slot.month = g_date_time_get_month (start);
      slot.day = g_date_time_get_day_of_month (start);
      slot.hour = g_date_time_get_hour (start) / step_size * step_size;
      break;

    case ND_TIMELINE_UNIT_DAY:
      slot.month = g_date_time_get_month (start);
      slot.day = 1 + (g_date_time_get_day_of_month (start) - 1) / step_size * step_size;
      break;

    case ND_TIMELINE_UNIT_MONTH:
      slot.month = 1 + (g_date_time_get_month (start) - 1) / step_size * step_size;
      break;

    case ND_TIMELINE_UNIT_YEAR:
    default:
      /* Floor division, for years before the common era. */
      slot.year = (int)floor ((double)slot.year / step_size) * step_size;
      slot.year = MAX (slot.year, 1);
      break;
    }

  return slot;
}

static void
advance_slot (Slot       *slot,
              const Step *step)
{
  int step_size = (int)step->step;

  switch (step->unit)
    {
    case ND_TIMELINE_UNIT_HOUR:
      slot->hour += step_size;
      if (slot->hour >= 24)
        {
          g_autoptr(GDate) date = g_date_new_dmy (slot->day, slot->month, slot->year);

          g_date_add_days (date, slot->hour / 24);
          slot->hour %= 24;
          slot->year = g_date_get_year (date);
          slot->month = g_date_get_month (date);
          slot->day = g_date_get_day (date);
        }
      break;

    case ND_TIMELINE_UNIT_DAY:
      {
        int days = g_date_get_days_in_month (slot->month, slot->year);

        slot->day += step_size;
        if (slot->day + step_size / 2.0 >= days + 1)
          {
            slot->day = 1;
            slot->month++;
          }
      }
      break;

    case ND_TIMELINE_UNIT_MONTH:
      slot->month += step_size;
      break;

    case ND_TIMELINE_UNIT_YEAR:
    default:
      slot->year += step_size;
      break;
    }

  if (slot->month > 12)
    {
      slot->year += (slot->month - 1) / 12;
      slot->month = (slot->month - 1) % 12 + 1;
    }
}

static gboolean
slot_is_major (const Slot *slot,
               const Step *step)
{
  switch (step->unit)
    {
    case ND_TIMELINE_UNIT_HOUR:
      return slot->hour == 0;

    case ND_TIMELINE_UNIT_DAY:
      return slot->day == 1;

    case ND_TIMELINE_UNIT_MONTH:
      return slot->month == 1;

    case ND_TIMELINE_UNIT_YEAR:
    default:
      return slot->year % (step->step < 10 ? 10 : 100) == 0;
    }
}

/* The first label in view also names the larger unit (the day of the first hour, the year
 * of the first day or month): where no midnight or 1 January is in view, the axis would
 * otherwise not say which day or year it shows. */
static const char *
label_format (const Step *step,
              gboolean    major,
              gboolean    first)
{
  switch (step->unit)
    {
    case ND_TIMELINE_UNIT_HOUR:
      if (major)
        /* Translators: timeline axis labels; see g_date_time_format(). A day among hours,
         * as in "4 Mar" */
        return C_("timeline axis", "%-d %b");
      /* Translators: the first hour on the timeline axis, with its day, as in
       * "4 Mar 18:00" */
      return first ? C_("timeline axis", "%-d %b %H:%M")
      /* Translators: an hour on the timeline axis, as in "18:00" */
                   : C_("timeline axis", "%H:%M");

    case ND_TIMELINE_UNIT_DAY:
      if (major)
        /* Translators: a month among days on the timeline axis, as in "Mar 2026" */
        return C_("timeline axis", "%b %Y");
      /* Translators: the first day on the timeline axis, with its year, as in
       * "4 Mar 2026" */
      return first ? C_("timeline axis", "%-d %b %Y")
      /* Translators: a day on the timeline axis, as in "4 Mar" */
                   : C_("timeline axis", "%-d %b");

    case ND_TIMELINE_UNIT_MONTH:
      /* Translators: January, or the first month, on the timeline axis, with its year, as
       * in "Mar 2026" */
      return major || first ? C_("timeline axis", "%b %Y")
      /* Translators: a month on the timeline axis, as in "Mar" */
                            : C_("timeline axis", "%b");

    case ND_TIMELINE_UNIT_YEAR:
    default:
      /* Translators: a year on the timeline axis, as in "2026" */
      return C_("timeline axis", "%Y");
    }
}

static void
clear_tick (gpointer data)
{
  NdTimelineTick *tick = data;

  g_clear_pointer (&tick->label, g_free);
}

/**
 * nd_timeline_ticks_choose:
 * @min_spacing: the least distance between two ticks, in pixels: room for a label
 * @tz: the time zone the calendar is read in, usually the local one
 *
 * Returns: (transfer full) (element-type NdTimelineTick): the ticks between the start and
 *   the end of @scale, in order, labelled in the user's locale
 */
GArray *
nd_timeline_ticks_choose (const NdTimelineScale *scale,
                          double                 min_spacing,
                          GTimeZone             *tz)
{
  GArray *ticks = g_array_new (FALSE, TRUE, sizeof (NdTimelineTick));
  g_autoptr(GDateTime) start_utc = NULL;
  g_autoptr(GDateTime) start = NULL;
  double first, last;
  const Step *step;
  Slot slot;

  g_return_val_if_fail (scale != NULL, ticks);
  g_return_val_if_fail (tz != NULL, ticks);

  g_array_set_clear_func (ticks, clear_tick);

  if (!(scale->end > scale->start) || scale->width <= 0.0 || min_spacing <= 0.0)
    return ticks;

  /* GDateTime covers the years 1 to 9999: ticks are only put there. */
  first = MAX (scale->start, FIRST_TIME);
  last = MIN (scale->end, LAST_TIME);
  if (first > last)
    return ticks;

  start_utc = g_date_time_new_from_unix_utc ((gint64)floor (first));
  if (start_utc != NULL)
    start = g_date_time_to_timezone (start_utc, tz);
  if (start == NULL)
    return ticks;

  step = choose_step (scale, min_spacing);
  slot = first_slot (start, step);

  for (guint guard = 0; guard < 100000; guard++)
    {
      g_autoptr(GDateTime) when = slot_to_date_time (&slot, tz);
      NdTimelineTick tick = { 0 };
      gint64 time;

      if (when == NULL)
        break;

      time = g_date_time_to_unix (when);
      if (time > last)
        break;

      if (time >= first)
        {
          tick.time = time;
          tick.major = slot_is_major (&slot, step);
          tick.label = nd_date_format_with_names (when, label_format (step, tick.major,
                                                                      ticks->len == 0));
          g_array_append_val (ticks, tick);
        }

      advance_slot (&slot, step);
    }

  return ticks;
}

/**
 * nd_timeline_ticks_unit:
 * @min_spacing: as for nd_timeline_ticks_choose()
 *
 * Returns: the unit of the ticks nd_timeline_ticks_choose() puts on the axis of @scale
 */
NdTimelineUnit
nd_timeline_ticks_unit (const NdTimelineScale *scale,
                        double                 min_spacing)
{
  g_return_val_if_fail (scale != NULL, ND_TIMELINE_UNIT_YEAR);

  if (!(scale->end > scale->start) || scale->width <= 0.0)
    return ND_TIMELINE_UNIT_YEAR;

  return choose_step (scale, min_spacing)->unit;
}

/**
 * nd_timeline_mark_extent:
 * @min_spacing: as for nd_timeline_ticks_choose()
 * @time: the time of an article: for a date without a time of day, the start of that day
 * @date_only: whether the article gave only a date
 * @x_start: (out): where its mark starts
 * @x_end: (out): where it ends
 *
 * Says where an article's mark goes. On an axis of hours, an article that gave only a date
 * covers its whole day: a mark at the day's start would claim it came out at midnight,
 * and one at noon would claim noon, and would come before articles of the same morning in
 * the lane's time order. A band over the day says what is known, that it came out some
 * time that day, while its start keeps the mark's place in the time order. On an axis of
 * days or longer a day is a tick's width or less, so the mark stays a line at the day's
 * start, which is where the tick names that day.
 *
 * Returns: %TRUE when the mark is a band over the day, %FALSE for a line at @x_start
 */
gboolean
nd_timeline_mark_extent (const NdTimelineScale *scale,
                         double                 min_spacing,
                         gint64                 time,
                         gboolean               date_only,
                         double                *x_start,
                         double                *x_end)
{
  gboolean band;

  g_return_val_if_fail (scale != NULL, FALSE);

  band = date_only && nd_timeline_ticks_unit (scale, min_spacing) == ND_TIMELINE_UNIT_HOUR;
  *x_start = nd_timeline_scale_time_to_x (scale, (double)time);
  *x_end = band ? nd_timeline_scale_time_to_x (scale, (double)time + SECONDS_PER_DAY) : *x_start;

  return band;
}

/**
 * nd_timeline_cluster:
 * @xs: (array length=n_xs): the positions of the marks, in increasing order
 * @min_gap: marks closer than this to the previous one join its cluster
 * @max_extent: no cluster spans more than this, so that a dense stretch becomes a row of
 *   clusters rather than one bar
 *
 * Returns: (transfer full) (element-type NdTimelineCluster): the clusters, in order; a
 *   mark on its own is a cluster of one
 */
GArray *
nd_timeline_cluster (const double *xs,
                     guint         n_xs,
                     double        min_gap,
                     double        max_extent)
{
  GArray *clusters = g_array_new (FALSE, FALSE, sizeof (NdTimelineCluster));
  NdTimelineCluster current = { 0 };

  g_return_val_if_fail (xs != NULL || n_xs == 0, clusters);

  for (guint i = 0; i < n_xs; i++)
    {
      if (current.count > 0 && xs[i] - current.x_end < min_gap &&
          xs[i] - current.x_start <= max_extent)
        {
          current.count++;
          current.x_end = xs[i];
          continue;
        }

      if (current.count > 0)
        g_array_append_val (clusters, current);
      current.first = i;
      current.count = 1;
      current.x_start = current.x_end = xs[i];
    }

  if (current.count > 0)
    g_array_append_val (clusters, current);

  return clusters;
}

static double
distance_to_cluster (const NdTimelineCluster *cluster,
                     double                   x)
{
  if (x < cluster->x_start)
    return cluster->x_start - x;
  if (x > cluster->x_end)
    return x - cluster->x_end;
  return 0.0;
}

/**
 * nd_timeline_clusters_hit:
 * @clusters: (element-type NdTimelineCluster): clusters as nd_timeline_cluster() makes them
 * @slop: how far from a cluster a pointer still hits it, in pixels
 *
 * Returns: the index of the cluster nearest to @x within @slop, or -1
 */
int
nd_timeline_clusters_hit (const GArray *clusters,
                          double        x,
                          double        slop)
{
  guint low = 0, high;
  int best = -1;
  double best_distance = G_MAXDOUBLE;

  g_return_val_if_fail (clusters != NULL, -1);

  /* The first cluster that does not end before x - slop. */
  high = clusters->len;
  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (g_array_index (clusters, NdTimelineCluster, middle).x_end < x - slop)
        low = middle + 1;
      else
        high = middle;
    }

  for (guint i = low; i < clusters->len; i++)
    {
      const NdTimelineCluster *cluster = &g_array_index (clusters, NdTimelineCluster, i);
      double distance = distance_to_cluster (cluster, x);

      if (cluster->x_start > x + slop)
        break;
      if (distance <= slop && distance < best_distance)
        {
          best = (int)i;
          best_distance = distance;
        }
    }

  return best;
}

/**
 * nd_timeline_range_row:
 * @from: the start of a range
 * @to: its end, exclusive
 *
 * Gives the row of the Mentioned track a range of time is drawn in: 0 for up to three days
 * (a date, a weekday, "16-18 March"), 1 for up to two months ("last week", "last month",
 * "in July"), 2 for anything longer (years, decades, "three decades ago"). Each row thus
 * holds ranges of about one length, and a week or a year never hides the days within it.
 *
 * Returns: the row, 0 to 2
 */
guint
nd_timeline_range_row (gint64 from,
                       gint64 to)
{
  gint64 days = (to - from + 86399) / 86400;

  if (days <= 3)
    return 0;
  if (days <= 62)
    return 1;
  return 2;
}

guint
nd_timeline_palette_size (void)
{
  return G_N_ELEMENTS (palette);
}

/**
 * nd_timeline_palette_color:
 * @index: any number: the palette repeats
 *
 * Gives the colour of the @index-th source, each component from 0 to 1.
 */
void
nd_timeline_palette_color (guint   index,
                           double *red,
                           double *green,
                           double *blue)
{
  guint32 rgb = palette[index % G_N_ELEMENTS (palette)];

  *red = ((rgb >> 16) & 0xff) / 255.0;
  *green = ((rgb >> 8) & 0xff) / 255.0;
  *blue = (rgb & 0xff) / 255.0;
}

/**
 * nd_timeline_palette_index_for_name:
 * @name: the name of a source
 *
 * Gives the colour a source would like, from its name alone (FNV-1a over its UTF-8
 * bytes), so that it does not change with which other sources are loaded or in what
 * order. The widget keeps the colour a source got for as long as it lives, and gives a
 * source whose wish is taken another colour; see nd-timeline-lanes.c.
 *
 * Returns: an index into the palette
 */
guint
nd_timeline_palette_index_for_name (const char *name)
{
  guint32 hash = 2166136261u;

  g_return_val_if_fail (name != NULL, 0);

  for (const guchar *p = (const guchar *)name; *p != '\0'; p++)
    {
      hash ^= *p;
      hash *= 16777619u;
    }

  return hash % G_N_ELEMENTS (palette);
}

static double
linear_component (double c)
{
  return c <= 0.03928 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

static double
relative_luminance (double red,
                    double green,
                    double blue)
{
  return 0.2126 * linear_component (red) + 0.7152 * linear_component (green) +
         0.0722 * linear_component (blue);
}

/**
 * nd_timeline_contrast_ratio:
 *
 * Returns: the WCAG contrast ratio of two sRGB colours, from 1 to 21
 */
double
nd_timeline_contrast_ratio (double red1,
                            double green1,
                            double blue1,
                            double red2,
                            double green2,
                            double blue2)
{
  double l1 = relative_luminance (red1, green1, blue1);
  double l2 = relative_luminance (red2, green2, blue2);

  return (MAX (l1, l2) + 0.05) / (MIN (l1, l2) + 0.05);
}

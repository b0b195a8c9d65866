/* nd-timeline-scale.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The arithmetic of the timeline, without GTK: where a moment is drawn, which ticks the
 * axis shows, which marks merge into clusters, what lies under the pointer, which row of
 * the Mentioned track a range goes in, and the colours of the sources. Times are seconds since 1970-01-01 UTC. */

/**
 * NdTimelineScale:
 * @start: the time at x = 0
 * @end: the time at x = @width
 * @width: the width of the drawing in pixels
 */
typedef struct
{
  double start;
  double end;
  double width;
} NdTimelineScale;

typedef enum
{
  ND_TIMELINE_UNIT_HOUR,
  ND_TIMELINE_UNIT_DAY,
  ND_TIMELINE_UNIT_MONTH,
  ND_TIMELINE_UNIT_YEAR,
} NdTimelineUnit;

/**
 * NdTimelineTick:
 * @time: where the tick is
 * @major: whether the tick starts a larger unit (a day among hours, a year among months)
 * @label: what the axis writes under it, in the user's locale
 */
typedef struct
{
  gint64    time;
  gboolean  major;
  char     *label;
} NdTimelineTick;

/**
 * NdTimelineCluster:
 * @first: the index of its first mark
 * @count: how many marks it holds (1 for a lone mark)
 * @x_start: the position of its first mark
 * @x_end: the position of its last mark
 */
typedef struct
{
  guint  first;
  guint  count;
  double x_start;
  double x_end;
} NdTimelineCluster;

double   nd_timeline_scale_time_to_x   (const NdTimelineScale *scale,
                                        double                 time);
double   nd_timeline_scale_x_to_time   (const NdTimelineScale *scale,
                                        double                 x);
void     nd_timeline_scale_zoom        (NdTimelineScale       *scale,
                                        double                 factor,
                                        double                 anchor_x,
                                        double                 min_span,
                                        double                 max_span);
void     nd_timeline_scale_pan         (NdTimelineScale       *scale,
                                        double                 dx);
void     nd_timeline_scale_fit         (NdTimelineScale       *scale,
                                        gint64                 first,
                                        gint64                 last,
                                        double                 min_span);

GArray  *nd_timeline_ticks_choose      (const NdTimelineScale *scale,
                                        double                 min_spacing,
                                        GTimeZone             *tz);

gboolean nd_timeline_mark_extent       (const NdTimelineScale *scale,
                                        double                 min_spacing,
                                        gint64                 time,
                                        gboolean               date_only,
                                        double                *x_start,
                                        double                *x_end);

GArray  *nd_timeline_cluster           (const double          *xs,
                                        guint                  n_xs,
                                        double                 min_gap,
                                        double                 max_extent);
int      nd_timeline_clusters_hit      (const GArray          *clusters,
                                        double                 x,
                                        double                 slop);

guint    nd_timeline_range_row         (gint64                 from,
                                        gint64                 to);

guint    nd_timeline_palette_size      (void);
guint    nd_timeline_palette_index_for_name (const char    *name);
void     nd_timeline_palette_color     (guint                  index,
                                        double                *red,
                                        double                *green,
                                        double                *blue);

G_END_DECLS

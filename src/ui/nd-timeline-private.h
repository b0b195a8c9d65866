/* nd-timeline-private.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the parts of NdTimeline share: its data and the functions one part calls in another.
 * nd-timeline.c is the widget (its properties, layout and public API), nd-timeline-marks.c
 * reads the model into marks, nd-timeline-lanes.c puts them in lanes and clusters,
 * nd-timeline-mentions.c finds the dates mentioned, nd-timeline-input.c handles input and
 * tooltips, nd-timeline-toolbar.c holds the toolbar and nd-timeline-draw.c draws. */

#pragma once

#include <gtk/gtk.h>

#include "dates/nd-timeline-scale.h"
#include "nd-timeline.h"
#include "nd-timeline-test-private.h"

G_BEGIN_DECLS

#define LANE_MIN_HEIGHT     14
#define LANE_MAX_HEIGHT     22
#define MENTION_ROWS        3
#define MENTION_ROW_HEIGHT  5
#define MENTION_TOP         4
#define MENTION_TRACK_HEIGHT (MENTION_ROWS * (MENTION_ROW_HEIGHT + 2) + 6)
#define PLOT_END_PADDING    14
#define MARK_WIDTH          4
#define CLUSTER_MIN_GAP     7
#define CLUSTER_MAX_EXTENT  40
#define HIT_SLOP            4
#define TICK_MIN_SPACING    90
#define TOOLTIP_WIDTH_CHARS 60
#define MIN_SPAN            (6 * 3600.0)
#define MAX_SPAN            (10000 * 365.2425 * 86400)
#define DIMMED_ALPHA        0.22
#define REBUILD_INTERVAL_MS 500
#define MENTION_BATCH       2000
/* Mentions are looked for once no articles arrived for this long: not beside the loader. */
#define MENTION_QUIET_MS    (REBUILD_INTERVAL_MS + 100)
/* A row with more mentions in view than this many per pixel is drawn as what it covers. */
#define DENSE_PER_PIXEL     2
#define UNIX_EPOCH_JULIAN   719163
#define DAY                 86400.0

typedef struct
{
  gint64 time;
  guint  position;  /* of the article in self->articles; equal times keep that order */
  guint  source : 31;
  guint  date_only : 1;  /* published gave no time of day: time is the day's start (UTC) */
} Mark;

typedef struct
{
  char  *name;
  guint  count;
  guint  color;
  guint  lane;
} Source;

typedef struct
{
  char        *label;
  int          color;          /* of its swatch, -1 for the lane of other sources */
  GArray      *marks;          /* guint, indices into self->marks in time order */
  GArray      *clusters;       /* NdTimelineCluster over the marks in view */
  guint        first_in_view;  /* the index in @marks of the first cluster's first mark */
  PangoLayout *layout;
} Lane;

/* A mention as the timeline keeps it: in days since 1970, without its text and sentence,
 * which a tooltip finds again. 100,000 articles can mention well over a million dates, so
 * each takes 20 bytes. */
typedef struct
{
  gint32  from;
  gint32  to;        /* exclusive: the day after the last */
  guint32 offset;    /* of the expression, in characters into the body */
} Range;

typedef struct
{
  gint32  from;
  gint32  to;
  guint32 offset;
  guint32 position;  /* of its article */
  guint8  row;
} Mention;

/* Where a row's mentions lie, overlaps merged (days): what a dense row draws. */
typedef struct
{
  gint32 from;
  gint32 to;
} Span;

/* The finder and its data, shared with the worker thread that may outlive a change. */
typedef struct
{
  NdTimelineMentionFinder finder;
  gpointer                user_data;
  GDestroyNotify          destroy;
} Finder;

struct _NdTimeline
{
  GtkWidget         parent_instance;

  GListModel       *model;
  GListModel       *visible;
  NdArticle        *selected;

  /* Built from the model by rebuild(). */
  GPtrArray        *articles;        /* NdArticle, a reference to each, in order of arrival */
  GPtrArray        *arrived;         /* NdArticle, added to the model since the last rebuild */
  GHashTable       *position_of;     /* NdArticle → its index in articles + 1 */
  GArray           *marks;           /* Mark, dated articles in time order */
  GArray           *mark_at;         /* guint per article: its mark, G_MAXUINT if undated */
  GPtrArray        *sources;         /* Source */
  GHashTable       *source_by_name;  /* name → index in sources + 1 */
  GHashTable       *color_by_name;   /* name → palette index + 1, kept while the widget lives */
  GPtrArray        *lanes;           /* Lane */
  GListStore       *undated;         /* NdArticle */
  guint8           *dimmed;          /* per mark, or NULL when nothing is dimmed */
  GArray           *mentions;        /* Mention, by row, then start */
  GArray           *reach;           /* gint32 per mention: the latest end in its row so far */
  GArray           *coverage[MENTION_ROWS]; /* Span, in order */
  guint             row_start[MENTION_ROWS + 1];
  GArray           *selected_mentions; /* guint, indices into mentions */
  GArray           *by_article;      /* guint, indices into mentions grouped by position */
  GArray           *article_start;   /* guint per position + 1: where its group starts */
  GHashTable       *mentions_read;   /* NdArticle: those whose mentions are known */
  Finder           *finder;          /* g_rc_box */
  GCancellable     *mention_cancellable;
  guint             n_lanes_max;

  NdTimelineScale   scale;
  NdTimelineScale   gesture_origin;
  double            gesture_anchor;
  double            pointer_x;
  double            pointer_y;

  /* Geometry, from size_allocate(). */
  int               plot_x;
  int               plot_width;
  int               axis_height;
  int               lane_height;
  int               mention_y;

  GtkWidget        *toolbar;
  GtkWidget        *undated_button;
  GtkWidget        *undated_list;
  GHashTable       *count_layouts;   /* count → PangoLayout */
  guint             n_tooltips;      /* tooltips given to GTK: for tests */
  guint             n_inputs;        /* clicks, keys, drags and scrolls handled: for tests */

  gint64            last_rebuild;
  guint             rebuild_source;
  guint             dim_source;
  guint             mention_source;
  guint             view_touched : 1;    /* the user zoomed or panned: no automatic fit */
  guint             clusters_dirty : 1;
  guint             dragged : 1;         /* since the last press: no click then */
  guint             dragging : 1;
  guint             mention_job_running : 1;
  guint             needs_full_rebuild : 1;  /* not only appended since the last rebuild */
};

/* nd-timeline.c: the widget, the selection and the view. */
char *_nd_timeline_dup_article_date (NdArticle *article);
const char *_nd_timeline_get_title (NdArticle *article);
const char *_nd_timeline_get_source_name (NdArticle *article);
void _nd_timeline_update_accessible (NdTimeline *self);
void _nd_timeline_select_article (NdTimeline *self,
                                  NdArticle *article,
                                  gboolean scroll);
void _nd_timeline_emit_mention_activated (NdTimeline *self,
                                          NdArticle *article,
                                          guint offset);
void _nd_timeline_set_scale (NdTimeline *self,
                             double start,
                             double end);
void _nd_timeline_fit_view (NdTimeline *self);

/* nd-timeline-marks.c: the marks, read from the model, and which are dimmed. */
const Mark *_nd_timeline_get_mark (NdTimeline *self,
                                   guint index);
int _nd_timeline_find_mark (NdTimeline *self,
                            NdArticle *article);
NdArticle *_nd_timeline_mark_article (NdTimeline *self,
                                      guint index);
gboolean _nd_timeline_mark_is_dimmed (NdTimeline *self,
                                      guint index);
double _nd_timeline_mark_x (NdTimeline *self,
                            guint index);
gboolean _nd_timeline_mark_extent (NdTimeline *self,
                                   guint index,
                                   double *x_start,
                                   double *x_end);
void _nd_timeline_rebuild (NdTimeline *self);
void _nd_timeline_on_items_changed_cb (NdTimeline *self,
                                       guint position,
                                       guint removed,
                                       guint added,
                                       GListModel *model);
void _nd_timeline_update_dimmed (NdTimeline *self);
void _nd_timeline_on_visible_items_changed_cb (NdTimeline *self,
                                               guint position,
                                               guint removed,
                                               guint added,
                                               GListModel *visible);

/* nd-timeline-lanes.c: the sources' lanes and colours, and the clusters in view. */
void _nd_timeline_clear_lane (gpointer data);
void _nd_timeline_clear_source (gpointer data);
guint _nd_timeline_lookup_source (NdTimeline *self,
                                  const char *name);
void _nd_timeline_color_sources (NdTimeline *self);
void _nd_timeline_assign_lanes (NdTimeline *self);
void _nd_timeline_ensure_clusters (NdTimeline *self);
guint _nd_timeline_cluster_mark (Lane *lane,
                                 const NdTimelineCluster *cluster,
                                 guint i);
gboolean _nd_timeline_cluster_is_dimmed (NdTimeline *self,
                                         Lane *lane,
                                         const NdTimelineCluster *cluster);

/* nd-timeline-mentions.c: the dates mentioned, and the worker that finds them. */
void _nd_timeline_clear_finder (gpointer data);
guint _nd_timeline_mention_mark (NdTimeline *self,
                                 const Mention *mention);
gboolean _nd_timeline_mention_is_long (const Mention *mention);
void _nd_timeline_find_mentions_in_range (NdTimeline *self,
                                          guint row,
                                          double start,
                                          double end,
                                          guint *first,
                                          guint *last);
void _nd_timeline_update_selected_mentions (NdTimeline *self);
void _nd_timeline_carry_mentions_over (NdTimeline *self,
                                       GArray *old_mentions,
                                       GPtrArray *old_articles);
GPtrArray *_nd_timeline_find_mentions_in_body (NdArticle *article,
                                               gpointer user_data);
void _nd_timeline_schedule_mention_work (NdTimeline *self);
void _nd_timeline_cancel_mention_work (NdTimeline *self);
char *_nd_timeline_dup_mention_sentence (NdTimeline *self,
                                         const Mention *mention);
char *_nd_timeline_dup_mentioned_days (gint32 from,
                                       gint32 to);

/* nd-timeline-input.c: keys, pointer and touch, hit testing, tooltips. */
void _nd_timeline_input_class_init (GtkWidgetClass *widget_class);
void _nd_timeline_input_init (NdTimeline *self);
gboolean _nd_timeline_query_tooltip (GtkWidget *widget,
                                     int x,
                                     int y,
                                     gboolean keyboard_tooltip,
                                     GtkTooltip *tooltip);

/* nd-timeline-toolbar.c: the zoom buttons and the undated articles. */
void _nd_timeline_toolbar_class_init (GtkWidgetClass *widget_class);
void _nd_timeline_create_toolbar (NdTimeline *self);
void _nd_timeline_update_undated_button (NdTimeline *self);

/* nd-timeline-draw.c */
void _nd_timeline_snapshot (GtkWidget *widget,
                            GtkSnapshot *snapshot);

G_END_DECLS

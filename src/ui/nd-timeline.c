/* nd-timeline.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The story in time: one lane per source with a mark per article at its publication date,
 * and below them the "Mentioned" track with the dates the articles talk about, as bars.
 *
 * Everything is drawn in snapshot(), from arrays built when the model changes: with 100,000
 * articles a widget per mark would cost far too much. Articles the model gains are taken
 * when it says so and merged into the time-ordered marks by rebuild(), at most every
 * REBUILD_INTERVAL_MS while a load goes on; only a removal makes it read the whole model
 * again. A frame only walks the marks in view of each lane (found by binary search), merges
 * those that would overlap into clusters (nd-timeline-scale.c) and draws one rectangle per
 * cluster, so the cost of a frame is bounded by the width of the widget, not by the number
 * of articles.
 *
 * Lanes. When the sources do not fit at the least lane height, the busiest keep a lane each
 * and the rest share an "other sources" lane; colours still follow the source.
 *
 * Mentions are found in a worker thread, a batch of articles at a time, and kept per article
 * so that articles arriving later do not make the earlier ones be read again.
 *
 * Articles the sidebar does not list (search misses, hidden sources) are dimmed and cannot
 * be selected from here: selecting them would leave the sidebar and the reader behind. */

#define G_LOG_DOMAIN "nd-timeline"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "dates/nd-date-format.h"
#include "dates/nd-date-mention.h"
#include "nd-timeline-private.h"
#include "nd-ui-resources.h"

G_DEFINE_FINAL_TYPE (NdTimeline, nd_timeline, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SELECTED_ARTICLE,
  N_PROPS
};

enum {
  MENTION_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void rebuild (NdTimeline *self);
static void start_mention_work (NdTimeline *self);
static gboolean start_mention_work_cb (gpointer user_data);

/* Data. */

static void
clear_lane (gpointer data)
{
  Lane *lane = data;

  g_free (lane->label);
  g_clear_pointer (&lane->marks, g_array_unref);
  g_clear_pointer (&lane->clusters, g_array_unref);
  g_clear_object (&lane->layout);
  g_free (lane);
}

static void
clear_source (gpointer data)
{
  Source *source = data;

  g_free (source->name);
  g_free (source);
}

static void
clear_finder (gpointer data)
{
  Finder *finder = data;

  if (finder->destroy != NULL)
    finder->destroy (finder->user_data);
}

const Mark *
_nd_timeline_get_mark (NdTimeline *self,
          guint       index)
{
  return &g_array_index (self->marks, Mark, index);
}

/* Returns: the index of the article's mark, or -1 when it has none */
int
_nd_timeline_find_mark (NdTimeline *self,
           NdArticle  *article)
{
  guint position, mark;

  if (article == NULL)
    return -1;

  position = GPOINTER_TO_UINT (g_hash_table_lookup (self->position_of, article));
  if (position == 0)
    return -1;

  mark = g_array_index (self->mark_at, guint, position - 1);

  return mark != G_MAXUINT ? (int)mark : -1;
}

static NdArticle *
mark_article (NdTimeline *self,
              guint       index)
{
  return g_ptr_array_index (self->articles, _nd_timeline_get_mark (self, index)->position);
}

guint
_nd_timeline_mention_mark (NdTimeline    *self,
              const Mention *mention)
{
  return g_array_index (self->mark_at, guint, mention->position);
}

gboolean
_nd_timeline_mark_is_dimmed (NdTimeline *self,
                guint       index)
{
  return self->dimmed != NULL && self->dimmed[index];
}

static int
compare_marks (gconstpointer a,
               gconstpointer b)
{
  const Mark *mark_a = a;
  const Mark *mark_b = b;

  if (mark_a->time != mark_b->time)
    return mark_a->time < mark_b->time ? -1 : 1;

  return mark_a->position < mark_b->position ? -1 : mark_a->position > mark_b->position;
}

static int
compare_source_names (gconstpointer a,
                      gconstpointer b)
{
  const Source *source_a = *(Source * const *)a;
  const Source *source_b = *(Source * const *)b;

  return g_utf8_collate (source_a->name, source_b->name);
}

static int
compare_source_counts (gconstpointer a,
                       gconstpointer b)
{
  const Source *source_a = *(Source * const *)a;
  const Source *source_b = *(Source * const *)b;

  if (source_a->count != source_b->count)
    return source_a->count > source_b->count ? -1 : 1;

  return g_utf8_collate (source_a->name, source_b->name);
}

double
_nd_timeline_mark_x (NdTimeline *self,
        guint       index)
{
  return nd_timeline_scale_time_to_x (&self->scale, (double)_nd_timeline_get_mark (self, index)->time);
}

/* Where a mark is drawn, in plot coordinates: a band over its day for a date without a
 * time on an axis of hours (see nd_timeline_mark_extent()). */
gboolean
_nd_timeline_mark_extent (NdTimeline *self,
                          guint       index,
                          double     *x_start,
                          double     *x_end)
{
  const Mark *mark = _nd_timeline_get_mark (self, index);

  return nd_timeline_mark_extent (&self->scale, TICK_MIN_SPACING, mark->time, mark->date_only,
                                  x_start, x_end);
}

/* A copy of the sources that does not own them (g_ptr_array_copy() keeps the free func). */
static GPtrArray *
borrow_sources (NdTimeline *self)
{
  GPtrArray *copy = g_ptr_array_copy (self->sources, NULL, NULL);

  g_ptr_array_set_free_func (copy, NULL);

  return copy;
}

/* Lanes: the busiest sources get a lane each; if they do not all fit, the rest share one. */
static void
assign_lanes (NdTimeline *self)
{
  g_autoptr(GPtrArray) by_count = borrow_sources (self);
  g_autoptr(GPtrArray) own = g_ptr_array_new ();
  guint n_own = by_count->len;
  gboolean others = FALSE;

  if (n_own > self->n_lanes_max)
    {
      n_own = MAX (self->n_lanes_max, 2) - 1;
      others = TRUE;
    }

  g_ptr_array_sort (by_count, compare_source_counts);
  for (guint i = 0; i < by_count->len; i++)
    {
      Source *source = g_ptr_array_index (by_count, i);

      source->lane = G_MAXUINT;
      if (i < n_own)
        g_ptr_array_add (own, source);
    }
  g_ptr_array_sort (own, compare_source_names);

  g_ptr_array_set_size (self->lanes, 0);
  for (guint i = 0; i < own->len; i++)
    {
      Source *source = g_ptr_array_index (own, i);
      Lane *lane = g_new0 (Lane, 1);

      lane->label = g_strdup (source->name);
      lane->color = (int)source->color;
      lane->marks = g_array_new (FALSE, FALSE, sizeof (guint));
      source->lane = i;
      g_ptr_array_add (self->lanes, lane);
    }

  if (others)
    {
      Lane *lane = g_new0 (Lane, 1);
      guint n_others = by_count->len - n_own;

      lane->label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u other source",
                                                  "%u other sources", n_others),
                                     n_others);
      lane->color = -1;
      lane->marks = g_array_new (FALSE, FALSE, sizeof (guint));
      g_ptr_array_add (self->lanes, lane);
    }

  for (guint i = 0; i < self->marks->len; i++)
    {
      Source *source = g_ptr_array_index (self->sources, _nd_timeline_get_mark (self, i)->source);
      Lane *lane = g_ptr_array_index (self->lanes,
                                      source->lane != G_MAXUINT ? source->lane
                                                                : self->lanes->len - 1);

      g_array_append_val (lane->marks, i);
    }

  self->clusters_dirty = TRUE;
}

static void
update_clusters (NdTimeline *self)
{
  g_autofree double *xs = NULL;
  double left_time = nd_timeline_scale_x_to_time (&self->scale, -CLUSTER_MAX_EXTENT);
  double right_time = nd_timeline_scale_x_to_time (&self->scale,
                                                   self->scale.width + CLUSTER_MAX_EXTENT);
  guint longest = 0;

  self->clusters_dirty = FALSE;

  for (guint l = 0; l < self->lanes->len; l++)
    longest = MAX (longest, ((Lane *)g_ptr_array_index (self->lanes, l))->marks->len);
  xs = g_new (double, MAX (longest, 1));

  for (guint l = 0; l < self->lanes->len; l++)
    {
      Lane *lane = g_ptr_array_index (self->lanes, l);
      const guint *indices = (const guint *)(gpointer)lane->marks->data;
      guint low = 0, high = lane->marks->len, n = 0;

      while (low < high)
        {
          guint middle = low + (high - low) / 2;

          if ((double)_nd_timeline_get_mark (self, indices[middle])->time < left_time)
            low = middle + 1;
          else
            high = middle;
        }

      for (guint i = low; i < lane->marks->len; i++)
        {
          if ((double)_nd_timeline_get_mark (self, indices[i])->time > right_time)
            break;
          xs[n++] = _nd_timeline_mark_x (self, indices[i]);
        }

      g_clear_pointer (&lane->clusters, g_array_unref);
      lane->clusters = nd_timeline_cluster (xs, n, CLUSTER_MIN_GAP, CLUSTER_MAX_EXTENT);
      lane->first_in_view = low;
    }
}

void
_nd_timeline_ensure_clusters (NdTimeline *self)
{
  if (self->clusters_dirty)
    update_clusters (self);
}

guint
_nd_timeline_cluster_mark (Lane                    *lane,
              const NdTimelineCluster *cluster,
              guint                    i)
{
  return g_array_index (lane->marks, guint, lane->first_in_view + cluster->first + i);
}

gboolean
_nd_timeline_cluster_is_dimmed (NdTimeline              *self,
                   Lane                    *lane,
                   const NdTimelineCluster *cluster)
{
  if (self->dimmed == NULL)
    return FALSE;

  for (guint i = 0; i < cluster->count; i++)
    if (!self->dimmed[_nd_timeline_cluster_mark (lane, cluster, i)])
      return FALSE;

  return TRUE;
}

static gint32
date_to_day (const GDate *date,
             int          days_after)
{
  return (gint32)((gint64)g_date_get_julian (date) + days_after - UNIX_EPOCH_JULIAN);
}

static int
compare_mentions (gconstpointer a,
                  gconstpointer b)
{
  const Mention *mention_a = a;
  const Mention *mention_b = b;

  if (mention_a->row != mention_b->row)
    return mention_a->row < mention_b->row ? -1 : 1;
  if (mention_a->from != mention_b->from)
    return mention_a->from < mention_b->from ? -1 : 1;
  if (mention_a->to != mention_b->to)
    return mention_a->to < mention_b->to ? -1 : 1;
  if (mention_a->position != mention_b->position)
    return mention_a->position < mention_b->position ? -1 : 1;

  return mention_a->offset < mention_b->offset ? -1 : mention_a->offset > mention_b->offset;
}

static void
update_selected_mentions (NdTimeline *self)
{
  guint position = self->selected != NULL
                   ? GPOINTER_TO_UINT (g_hash_table_lookup (self->position_of, self->selected))
                   : 0;

  g_array_set_size (self->selected_mentions, 0);
  if (position == 0 || position >= self->article_start->len)
    return;

  for (guint i = g_array_index (self->article_start, guint, position - 1);
       i < g_array_index (self->article_start, guint, position); i++)
    g_array_append_val (self->selected_mentions, g_array_index (self->by_article, guint, i));
}

/* Adds the mentions in @ranges, those of the article at @position, to @mentions. */
static void
append_ranges (GArray *mentions,
               guint   position,
               GArray *ranges)
{
  for (guint j = 0; ranges != NULL && j < ranges->len; j++)
    {
      const Range *range = &g_array_index (ranges, Range, j);
      Mention item = { range->from, range->to, range->offset, position, 0 };

      item.row = (guint8)MIN (nd_timeline_range_row ((gint64)range->from * 86400,
                                                     (gint64)range->to * 86400),
                              MENTION_ROWS - 1);
      g_array_append_val (mentions, item);
    }
}

/* The same, for an article that still has a mark: undated ones draw no mentions. */
static void
collect_mentions (NdTimeline *self,
                  guint       position,
                  GArray     *ranges,
                  GArray     *mentions)
{
  if (g_array_index (self->mark_at, guint, position) == G_MAXUINT)
    return;

  append_ranges (mentions, position, ranges);
}

/* The mentions of @row that may overlap @start to @end: from *first to *last, exclusive. */
void
_nd_timeline_find_mentions_in_range (NdTimeline *self,
                        guint       row,
                        double      start,
                        double      end,
                        guint      *first,
                        guint      *last)
{
  guint low = self->row_start[row], high = self->row_start[row + 1];

  /* The first whose row reaches start: reach only grows along a row. */
  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (g_array_index (self->reach, gint32, middle) * DAY < start)
        low = middle + 1;
      else
        high = middle;
    }
  *first = low;

  /* The first that starts after end. */
  high = self->row_start[row + 1];
  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (g_array_index (self->mentions, Mention, middle).from * DAY <= end)
        low = middle + 1;
      else
        high = middle;
    }
  *last = low;
}

gboolean
_nd_timeline_mention_is_long (const Mention *mention)
{
  return mention->row == MENTION_ROWS - 1;
}

/* The mentions in drawing order and what a frame and a selection look them up by: built
 * from the mentions alone, so that the worker that finds mentions can also build it, off
 * the main loop (with 100,000 articles that takes tens of milliseconds). */
typedef struct
{
  GArray *mentions;       /* Mention, by row, then start */
  GArray *reach;          /* gint32 per mention: the latest end in its row so far */
  GArray *coverage[MENTION_ROWS];
  guint   row_start[MENTION_ROWS + 1];
  GArray *by_article;     /* guint, indices into mentions grouped by position */
  GArray *article_start;  /* guint per position + 1: where its group starts */
} MentionIndex;

static void
mention_index_clear (MentionIndex *index)
{
  g_clear_pointer (&index->mentions, g_array_unref);
  g_clear_pointer (&index->reach, g_array_unref);
  for (guint r = 0; r < MENTION_ROWS; r++)
    g_clear_pointer (&index->coverage[r], g_array_unref);
  g_clear_pointer (&index->by_article, g_array_unref);
  g_clear_pointer (&index->article_start, g_array_unref);
}

/* The rows' bounds, the running latest end that lets a frame find the mentions in view by
 * binary search, and each row's coverage. */
static void
index_rows (MentionIndex *index)
{
  GArray *mentions = index->mentions;
  guint n = mentions->len;

  index->reach = g_array_sized_new (FALSE, FALSE, sizeof (gint32), n);
  g_array_set_size (index->reach, n);
  for (guint r = 0; r < MENTION_ROWS; r++)
    index->coverage[r] = g_array_new (FALSE, FALSE, sizeof (Span));

  for (guint r = 0, i = 0; r <= MENTION_ROWS; r++)
    {
      while (i < n && g_array_index (mentions, Mention, i).row < r)
        i++;
      index->row_start[r] = i;
    }

  for (guint i = 0; i < n; i++)
    {
      const Mention *mention = &g_array_index (mentions, Mention, i);
      GArray *coverage = index->coverage[mention->row];
      gint32 reach = mention->to;
      Span *last = coverage->len > 0 ? &g_array_index (coverage, Span, coverage->len - 1) : NULL;

      if (i > index->row_start[mention->row])
        reach = MAX (reach, g_array_index (index->reach, gint32, i - 1));
      g_array_index (index->reach, gint32, i) = reach;

      if (last != NULL && mention->from <= last->to)
        last->to = MAX (last->to, mention->to);
      else
        {
          Span span = { mention->from, mention->to };

          g_array_append_val (coverage, span);
        }
    }
}

/* Groups the mentions by article (a counting sort, each group in time order), so that a
 * selection finds its article's mentions without a pass over the million of them that
 * 100,000 articles have. */
static void
group_by_article (MentionIndex *index,
                  guint         n_positions)
{
  GArray *mentions = index->mentions;
  GArray *start = g_array_sized_new (FALSE, TRUE, sizeof (guint), n_positions + 1);
  guint *fill;

  g_array_set_size (start, n_positions + 1);
  for (guint i = 0; i < mentions->len; i++)
    {
      guint position = g_array_index (mentions, Mention, i).position;

      if (position < n_positions)
        g_array_index (start, guint, position + 1)++;
    }
  for (guint p = 0; p < n_positions; p++)
    g_array_index (start, guint, p + 1) += g_array_index (start, guint, p);

  index->by_article = g_array_sized_new (FALSE, FALSE, sizeof (guint),
                                         g_array_index (start, guint, n_positions));
  g_array_set_size (index->by_article, g_array_index (start, guint, n_positions));
  fill = g_memdup2 (start->data, (n_positions + 1) * sizeof (guint));
  for (guint i = 0; i < mentions->len; i++)
    {
      guint position = g_array_index (mentions, Mention, i).position;

      if (position < n_positions)
        g_array_index (index->by_article, guint, fill[position]++) = i;
    }
  g_free (fill);
  index->article_start = start;
}

/* Builds the whole index over @mentions (taking it) for @n_positions articles. */
static void
mention_index_build (MentionIndex *index,
                     GArray       *mentions,
                     guint         n_positions)
{
  index->mentions = mentions;
  index_rows (index);
  group_by_article (index, n_positions);
}

/* Merges @fresh, in order, into a copy of @mentions: linear, where sorting them all again
 * would cost far more. */
static GArray *
merge_sorted (GArray *mentions,
              GArray *fresh)
{
  GArray *merged;
  guint i = 0, j = 0;

  g_array_sort (fresh, compare_mentions);
  merged = g_array_sized_new (FALSE, FALSE, sizeof (Mention), mentions->len + fresh->len);
  while (i < mentions->len || j < fresh->len)
    {
      if (j == fresh->len ||
          (i < mentions->len &&
           compare_mentions (&g_array_index (mentions, Mention, i),
                             &g_array_index (fresh, Mention, j)) <= 0))
        g_array_append_val (merged, g_array_index (mentions, Mention, i++));
      else
        g_array_append_val (merged, g_array_index (fresh, Mention, j++));
    }

  return merged;
}

/* Puts @index in place of the timeline's mentions and their index, emptying @index. */
static void
install_mention_index (NdTimeline   *self,
                       MentionIndex *index)
{
  g_array_unref (self->mentions);
  self->mentions = g_steal_pointer (&index->mentions);
  g_array_unref (self->reach);
  self->reach = g_steal_pointer (&index->reach);
  for (guint r = 0; r < MENTION_ROWS; r++)
    {
      g_array_unref (self->coverage[r]);
      self->coverage[r] = g_steal_pointer (&index->coverage[r]);
    }
  memcpy (self->row_start, index->row_start, sizeof self->row_start);
  g_array_unref (self->by_article);
  self->by_article = g_steal_pointer (&index->by_article);
  g_array_unref (self->article_start);
  self->article_start = g_steal_pointer (&index->article_start);

  update_selected_mentions (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Drops every mention (replacing the array, never emptying it in place: a worker may be
 * reading the one it started from). */
static void
clear_mentions (NdTimeline *self)
{
  MentionIndex index = { 0 };

  mention_index_build (&index, g_array_new (FALSE, FALSE, sizeof (Mention)), self->articles->len);
  install_mention_index (self, &index);
}

static void
merge_mentions (NdTimeline *self,
                GArray     *fresh)
{
  MentionIndex index = { 0 };

  mention_index_build (&index, merge_sorted (self->mentions, fresh), self->articles->len);
  install_mention_index (self, &index);
}

/* Carries the mentions over a reading of the whole model: from the positions of
 * @old_articles to the new ones, leaving out those of articles that are gone. */
static void
carry_mentions_over (NdTimeline *self,
                     GArray     *old_mentions,
                     GPtrArray  *old_articles)
{
  g_autoptr(GArray) fresh = g_array_new (FALSE, FALSE, sizeof (Mention));

  for (guint i = 0; i < old_mentions->len; i++)
    {
      Mention mention = g_array_index (old_mentions, Mention, i);
      NdArticle *article = g_ptr_array_index (old_articles, mention.position);
      guint position = GPOINTER_TO_UINT (g_hash_table_lookup (self->position_of, article));

      if (position == 0 || g_array_index (self->mark_at, guint, position - 1) == G_MAXUINT)
        continue;

      mention.position = position - 1;
      g_array_append_val (fresh, mention);
    }

  merge_mentions (self, fresh);
}

static void
update_dimmed (NdTimeline *self)
{
  guint n_visible, n_all;

  g_clear_handle_id (&self->dim_source, g_source_remove);
  g_clear_pointer (&self->dimmed, g_free);
  gtk_widget_queue_draw (GTK_WIDGET (self));

  if (self->visible == NULL || self->marks->len == 0)
    return;

  n_visible = g_list_model_get_n_items (self->visible);
  n_all = self->articles->len;
  if (n_visible >= n_all)
    return;

  self->dimmed = g_malloc (self->marks->len);
  memset (self->dimmed, 1, self->marks->len);
  for (guint i = 0; i < n_visible; i++)
    {
      g_autoptr(NdArticle) article = g_list_model_get_item (self->visible, i);
      int mark = _nd_timeline_find_mark (self, article);

      if (mark >= 0)
        self->dimmed[mark] = 0;
    }
}

static gboolean
update_dimmed_cb (gpointer user_data)
{
  NdTimeline *self = user_data;

  self->dim_source = 0;
  update_dimmed (self);

  return G_SOURCE_REMOVE;
}

static void
on_visible_items_changed_cb (NdTimeline *self,
                             guint       position,
                             guint       removed,
                             guint       added,
                             GListModel *visible)
{
  /* An incremental filter reports in many small steps; one update after them is enough. */
  if (self->dim_source == 0)
    self->dim_source = g_timeout_add (50, update_dimmed_cb, self);
}

static void
set_scale (NdTimeline *self,
           double      start,
           double      end)
{
  self->scale.start = start;
  self->scale.end = end;
  self->clusters_dirty = TRUE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
fit_view (NdTimeline *self)
{
  NdTimelineScale scale = self->scale;

  if (self->marks->len == 0)
    return;

  nd_timeline_scale_fit (&scale, _nd_timeline_get_mark (self, 0)->time,
                         _nd_timeline_get_mark (self, self->marks->len - 1)->time, MIN_SPAN);
  set_scale (self, scale.start, scale.end);
}

static char *
dup_article_date (NdArticle *article)
{
  GDateTime *published = nd_article_get_published (article);

  if (published == NULL)
    return g_strdup (_("Undated"));

  return nd_date_format_full (published, nd_article_get_published_is_date (article));
}

static const char *
get_title (NdArticle *article)
{
  const char *title = nd_article_get_title (article);

  return title != NULL && *title != '\0' ? title : _("Untitled");
}

static const char *
get_source_name (NdArticle *article)
{
  const char *source = nd_article_get_source (article);

  return source != NULL && *source != '\0' ? source : _("Unknown source");
}

static void
update_accessible (NdTimeline *self)
{
  g_autofree char *label = NULL;
  g_autofree char *description = NULL;

  if (self->selected != NULL)
    {
      g_autofree char *date = dup_article_date (self->selected);

      /* Translators: the timeline's accessible name with the selected article: title,
       * source and date */
      label = g_strdup_printf (_("Timeline, selected: %s, %s, %s"), get_title (self->selected),
                               get_source_name (self->selected), date);
    }
  else
    label = g_strdup (_("Timeline"));

  description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%u dated article from %u sources, %u undated. "
                                              "Left and Right move between articles, plus and "
                                              "minus zoom, Home and End go to the first and "
                                              "the last.",
                                              "%u dated articles from %u sources, %u undated. "
                                              "Left and Right move between articles, plus and "
                                              "minus zoom, Home and End go to the first and "
                                              "the last.",
                                              self->marks->len),
                                 self->marks->len, self->sources->len,
                                 g_list_model_get_n_items (G_LIST_MODEL (self->undated)));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

/* The accessible label already names the selected article; GTK 4.14 can also say it at
 * once. Only while the timeline has the focus: selecting in the sidebar is announced there. */
static void
announce_selection (NdTimeline *self)
{
#if GTK_CHECK_VERSION (4, 14, 0)
  g_autofree char *date = NULL;
  g_autofree char *text = NULL;

  if (self->selected == NULL || !gtk_widget_has_focus (GTK_WIDGET (self)))
    return;

  date = dup_article_date (self->selected);
  text = g_strdup_printf ("%s, %s, %s", get_title (self->selected),
                          get_source_name (self->selected), date);
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_accessible_announce (GTK_ACCESSIBLE (self), text,
                           GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_MEDIUM);
  G_GNUC_END_IGNORE_DEPRECATIONS
#else
  (void)self;
#endif
}

static void
update_undated_button (NdTimeline *self)
{
  guint n_undated = g_list_model_get_n_items (G_LIST_MODEL (self->undated));
  g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u undated",
                                                        "%'u undated", n_undated),
                                           n_undated);

  gtk_menu_button_set_label (GTK_MENU_BUTTON (self->undated_button), text);
  gtk_widget_set_visible (self->undated_button, n_undated > 0);
}

static gboolean
article_is_gone (gpointer key,
                 gpointer value,
                 gpointer user_data)
{
  return !g_hash_table_contains (((NdTimeline *)user_data)->position_of, key);
}

static guint
lookup_source (NdTimeline *self,
               const char *name)
{
  guint index = GPOINTER_TO_UINT (g_hash_table_lookup (self->source_by_name, name));
  Source *source;

  if (index > 0)
    return index - 1;

  source = g_new0 (Source, 1);
  source->name = g_strdup (name);
  g_ptr_array_add (self->sources, source);
  g_hash_table_insert (self->source_by_name, source->name, GUINT_TO_POINTER (self->sources->len));

  return self->sources->len - 1;
}

/* A source keeps the colour it first got for as long as the timeline lives, whatever files
 * come and go: colours by order (of arrival or of name) changed whenever a source came or
 * went before another. A source new to the timeline gets the colour its name wishes for
 * (nd_timeline_palette_index_for_name(), the same in every run), or, when a loaded source
 * already has that one, the next colour no loaded source has; only when all are taken
 * does it share its wish. New sources are taken by name, so one load colours the same
 * whatever order its files came in. */
static void
color_sources (NdTimeline *self)
{
  guint n_colors = nd_timeline_palette_size ();
  g_autofree gboolean *taken = g_new0 (gboolean, n_colors);
  g_autoptr(GPtrArray) fresh = g_ptr_array_new ();

  for (guint i = 0; i < self->sources->len; i++)
    {
      Source *source = g_ptr_array_index (self->sources, i);
      guint known = GPOINTER_TO_UINT (g_hash_table_lookup (self->color_by_name, source->name));

      if (known == 0)
        {
          g_ptr_array_add (fresh, source);
          continue;
        }
      source->color = known - 1;
      taken[source->color] = TRUE;
    }

  g_ptr_array_sort (fresh, compare_source_names);
  for (guint i = 0; i < fresh->len; i++)
    {
      Source *source = g_ptr_array_index (fresh, i);
      guint wish = nd_timeline_palette_index_for_name (source->name);
      guint color = wish;

      for (guint k = 0; k < n_colors; k++)
        if (!taken[(wish + k) % n_colors])
          {
            color = (wish + k) % n_colors;
            break;
          }
      source->color = color;
      taken[color] = TRUE;
      g_hash_table_insert (self->color_by_name, g_strdup (source->name),
                           GUINT_TO_POINTER (color + 1));
    }
}

static void
forget_articles (NdTimeline *self)
{
  g_array_set_size (self->marks, 0);
  g_array_set_size (self->mark_at, 0);
  g_hash_table_remove_all (self->position_of);
  g_hash_table_remove_all (self->source_by_name);
  g_ptr_array_set_size (self->sources, 0);
  g_ptr_array_set_size (self->articles, 0);
  g_list_store_remove_all (self->undated);
}

/* Merges @fresh, in order, into the marks and indexes them by article. */
static void
merge_marks (NdTimeline *self,
             GArray     *fresh)
{
  GArray *merged = g_array_sized_new (FALSE, FALSE, sizeof (Mark),
                                      self->marks->len + fresh->len);
  guint i = 0, j = 0;

  while (i < self->marks->len || j < fresh->len)
    {
      if (j == fresh->len ||
          (i < self->marks->len &&
           compare_marks (&g_array_index (self->marks, Mark, i),
                          &g_array_index (fresh, Mark, j)) <= 0))
        g_array_append_val (merged, g_array_index (self->marks, Mark, i++));
      else
        g_array_append_val (merged, g_array_index (fresh, Mark, j++));
    }

  g_array_unref (self->marks);
  self->marks = merged;

  g_array_set_size (self->mark_at, self->articles->len);
  if (self->articles->len > 0)
    memset (self->mark_at->data, 0xff, (gsize)self->articles->len * sizeof (guint));
  for (guint m = 0; m < self->marks->len; m++)
    g_array_index (self->mark_at, guint, _nd_timeline_get_mark (self, m)->position) = m;
}

/* A date without a time names a day of the calendar, not an instant: its mark starts at
 * that day's midnight where the axis is read, in local time, as the ticks are. */
static gint64
local_day_start (GDateTime *date)
{
  g_autoptr(GDateTime) local = g_date_time_new_local (g_date_time_get_year (date),
                                                      g_date_time_get_month (date),
                                                      g_date_time_get_day_of_month (date),
                                                      0, 0, 0);

  return local != NULL ? g_date_time_to_unix (local) : g_date_time_to_unix (date);
}

/* Takes in the articles that arrived since the last rebuild. */
static void
read_arrived_articles (NdTimeline *self)
{
  g_autoptr(GArray) fresh = g_array_new (FALSE, FALSE, sizeof (Mark));
  g_autoptr(GPtrArray) undated = g_ptr_array_new ();

  for (guint j = 0; j < self->arrived->len; j++)
    {
      NdArticle *article = g_object_ref (g_ptr_array_index (self->arrived, j));
      GDateTime *published = nd_article_get_published (article);
      guint i = self->articles->len;
      Mark mark = { 0 };

      g_ptr_array_add (self->articles, article);
      g_hash_table_insert (self->position_of, article, GUINT_TO_POINTER (i + 1));
      if (published == NULL)
        {
          g_ptr_array_add (undated, article);
          continue;
        }

      mark.date_only = nd_article_get_published_is_date (article);
      mark.time = mark.date_only ? local_day_start (published) : g_date_time_to_unix (published);
      mark.position = i;
      mark.source = lookup_source (self, get_source_name (article));
      ((Source *)g_ptr_array_index (self->sources, mark.source))->count++;
      g_array_append_val (fresh, mark);
    }

  g_array_sort (fresh, compare_marks);
  merge_marks (self, fresh);
  g_list_store_splice (self->undated, g_list_model_get_n_items (G_LIST_MODEL (self->undated)),
                       0, undated->pdata, undated->len);
  g_ptr_array_set_size (self->arrived, 0);
}

static void
add_arrived (NdTimeline *self,
             guint       position,
             guint       n_added)
{
  for (guint i = position; i < position + n_added; i++)
    g_ptr_array_add (self->arrived, g_list_model_get_item (self->model, i));
}

/* Takes in what the model gained, or reads all of it again after a removal; see the comment
 * at the top. */
static void
rebuild (NdTimeline *self)
{
  gboolean from_scratch = self->needs_full_rebuild;
  guint n_before = from_scratch ? 0 : self->articles->len;
  gint64 start = g_get_monotonic_time ();
  g_autoptr(GPtrArray) old_articles = NULL;
  g_autoptr(GArray) old_mentions = NULL;

  g_clear_handle_id (&self->rebuild_source, g_source_remove);
  self->last_rebuild = g_get_monotonic_time ();
  self->needs_full_rebuild = FALSE;

  if (from_scratch)
    {
      /* Kept until the mentions are carried over to the new positions. */
      old_articles = g_steal_pointer (&self->articles);
      self->articles = g_ptr_array_new_with_free_func (g_object_unref);
      old_mentions = g_steal_pointer (&self->mentions);
      self->mentions = g_array_new (FALSE, FALSE, sizeof (Mention));
      forget_articles (self);
      g_ptr_array_set_size (self->arrived, 0);
      if (self->model != NULL)
        add_arrived (self, 0, g_list_model_get_n_items (self->model));
    }
  read_arrived_articles (self);
  color_sources (self);
  update_undated_button (self);

  if (!self->view_touched)
    fit_view (self);
  assign_lanes (self);
  update_dimmed (self);

  /* Articles only added leave the mentions in place: positions in self->articles stay. */
  if (from_scratch)
    {
      g_hash_table_foreach_remove (self->mentions_read, article_is_gone, self);
      carry_mentions_over (self, old_mentions, old_articles);
    }
  g_clear_handle_id (&self->mention_source, g_source_remove);
  self->mention_source = g_timeout_add (MENTION_QUIET_MS, start_mention_work_cb, self);

  update_accessible (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_debug ("%s %u articles to %u in %.1f ms", from_scratch ? "read" : "appended",
           self->articles->len - n_before, self->articles->len,
           (g_get_monotonic_time () - start) / 1000.0);
}

static gboolean
start_mention_work_cb (gpointer user_data)
{
  NdTimeline *self = user_data;

  self->mention_source = 0;
  start_mention_work (self);

  return G_SOURCE_REMOVE;
}

static gboolean
rebuild_cb (gpointer user_data)
{
  NdTimeline *self = user_data;

  self->rebuild_source = 0;
  rebuild (self);

  return G_SOURCE_REMOVE;
}

static void
on_items_changed_cb (NdTimeline *self,
                     guint       position,
                     guint       removed,
                     guint       added,
                     GListModel *model)
{
  gint64 since_last = (g_get_monotonic_time () - self->last_rebuild) / 1000;
  guint delay = since_last >= REBUILD_INTERVAL_MS ? 0 : REBUILD_INTERVAL_MS - (guint)since_last;

  /* The first articles show at once: an empty axis for half a second looks broken. */
  if (self->marks->len == 0)
    delay = 0;

  /* Added articles are taken now: by the rebuild, later changes may have moved them. */
  if (removed > 0)
    self->needs_full_rebuild = TRUE;
  else if (!self->needs_full_rebuild)
    add_arrived (self, position, added);

  if (self->rebuild_source != 0)
    return;

  self->rebuild_source = g_timeout_add (delay, rebuild_cb, self);
}

/* Mentions. */

static GPtrArray *
find_mentions_in_body (NdArticle *article,
                       gpointer   user_data)
{
  const char *body = nd_article_get_body (article);

  if (body == NULL)
    return NULL;

  return nd_date_mentions_find (body, nd_article_get_published (article));
}

typedef struct
{
  GPtrArray    *articles;    /* NdArticle */
  GPtrArray    *found;       /* GArray of Range, one per article */
  Finder       *finder;
  /* The mentions when the job started and where the articles were then (G_MAXUINT for
   * one without a mark): the worker merges what it finds into them and indexes the lot,
   * which the main loop takes as it is unless the mentions changed meanwhile. */
  GArray       *base;
  GArray       *positions;   /* guint per article */
  guint         n_positions;
  MentionIndex  index;
  gboolean      indexed;
} MentionJob;

static void
mention_job_free (MentionJob *job)
{
  g_clear_pointer (&job->articles, g_ptr_array_unref);
  g_clear_pointer (&job->found, g_ptr_array_unref);
  g_clear_pointer (&job->base, g_array_unref);
  g_clear_pointer (&job->positions, g_array_unref);
  mention_index_clear (&job->index);
  g_rc_box_release_full (job->finder, clear_finder);
  g_free (job);
}

static void
merge_and_index (MentionJob *job)
{
  g_autoptr(GArray) fresh = g_array_new (FALSE, FALSE, sizeof (Mention));

  for (guint i = 0; i < job->found->len; i++)
    {
      guint position = g_array_index (job->positions, guint, i);

      if (position != G_MAXUINT)
        append_ranges (fresh, position, g_ptr_array_index (job->found, i));
    }

  mention_index_build (&job->index, merge_sorted (job->base, fresh), job->n_positions);
  job->indexed = TRUE;
}

static void
find_mentions_worker (GTask        *task,
                      gpointer      source_object,
                      gpointer      task_data,
                      GCancellable *cancellable)
{
  MentionJob *job = task_data;

  for (guint i = 0; i < job->articles->len; i++)
    {
      g_autoptr(GPtrArray) found = NULL;
      GArray *ranges = g_array_new (FALSE, FALSE, sizeof (Range));

      if (g_cancellable_is_cancelled (cancellable))
        {
          g_array_unref (ranges);
          break;
        }

      found = job->finder->finder (g_ptr_array_index (job->articles, i), job->finder->user_data);
      for (guint j = 0; found != NULL && j < found->len; j++)
        {
          NdDateMention *mention = g_ptr_array_index (found, j);
          Range range;

          /* A range that ends before it starts is left out, not drawn backwards. */
          if (!g_date_valid (&mention->from) || !g_date_valid (&mention->to) ||
              g_date_compare (&mention->from, &mention->to) > 0)
            continue;

          range.from = date_to_day (&mention->from, 0);
          range.to = date_to_day (&mention->to, 1);
          range.offset = mention->offset;
          g_array_append_val (ranges, range);
        }
      g_ptr_array_add (job->found, ranges);
    }

  if (!g_cancellable_is_cancelled (cancellable))
    merge_and_index (job);

  g_task_return_boolean (task, TRUE);
}

static void
on_mentions_found_cb (GObject      *object,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  NdTimeline *self = ND_TIMELINE (object);
  MentionJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GArray) fresh = NULL;
  gboolean use_worker_index;

  if (g_task_get_cancellable (G_TASK (result)) != self->mention_cancellable ||
      g_cancellable_is_cancelled (self->mention_cancellable))
    return;

  /* What the worker merged and indexed holds unless the mentions were replaced since
   * (a new reading of the model, another finder); then they are merged here. */
  use_worker_index = job->indexed && job->base == self->mentions;

  self->mention_job_running = FALSE;
  fresh = g_array_new (FALSE, FALSE, sizeof (Mention));
  for (guint i = 0; i < job->found->len; i++)
    {
      NdArticle *article = g_ptr_array_index (job->articles, i);
      guint position = GPOINTER_TO_UINT (g_hash_table_lookup (self->position_of, article));

      /* Articles gone meanwhile are read again should they come back. */
      if (position == 0)
        continue;

      g_hash_table_add (self->mentions_read, g_object_ref (article));
      if (!use_worker_index)
        collect_mentions (self, position - 1, g_ptr_array_index (job->found, i), fresh);
    }

  if (use_worker_index)
    install_mention_index (self, &job->index);
  else
    merge_mentions (self, fresh);
  start_mention_work (self);
}

/* Reads the dated articles whose mentions are not known yet, a batch at a time. */
static void
start_mention_work (NdTimeline *self)
{
  g_autoptr(GTask) task = NULL;
  MentionJob *job;
  guint batch;

  if (self->mention_job_running || self->finder == NULL)
    return;

  job = g_new0 (MentionJob, 1);
  job->articles = g_ptr_array_new_with_free_func (g_object_unref);
  job->found = g_ptr_array_new_with_free_func ((GDestroyNotify)g_array_unref);
  job->finder = g_rc_box_acquire (self->finder);

  /* Batches grow with the corpus, so that merging each one in stays a small share. */
  batch = MAX (MENTION_BATCH, self->marks->len / 20);
  for (guint i = 0; i < self->marks->len && job->articles->len < batch; i++)
    {
      NdArticle *article = mark_article (self, i);

      if (!g_hash_table_contains (self->mentions_read, article))
        g_ptr_array_add (job->articles, g_object_ref (article));
    }

  if (job->articles->len == 0)
    {
      mention_job_free (job);
      return;
    }

  job->base = g_array_ref (self->mentions);
  job->n_positions = self->articles->len;
  job->positions = g_array_sized_new (FALSE, FALSE, sizeof (guint), job->articles->len);
  for (guint i = 0; i < job->articles->len; i++)
    {
      guint position = GPOINTER_TO_UINT (g_hash_table_lookup (self->position_of,
                                                              g_ptr_array_index (job->articles, i)));

      if (position == 0 || g_array_index (self->mark_at, guint, position - 1) == G_MAXUINT)
        position = G_MAXUINT;
      else
        position--;
      g_array_append_val (job->positions, position);
    }

  if (self->mention_cancellable == NULL)
    self->mention_cancellable = g_cancellable_new ();

  self->mention_job_running = TRUE;
  task = g_task_new (self, self->mention_cancellable, on_mentions_found_cb, NULL);
  g_task_set_source_tag (task, start_mention_work);
  g_task_set_task_data (task, job, (GDestroyNotify)mention_job_free);
  g_task_run_in_thread (task, find_mentions_worker);
}

static void
cancel_mention_work (NdTimeline *self)
{
  if (self->mention_cancellable != NULL)
    g_cancellable_cancel (self->mention_cancellable);
  g_clear_object (&self->mention_cancellable);
  self->mention_job_running = FALSE;
}

/* Selection. */

static void
ensure_mark_in_view (NdTimeline *self,
                     guint       index)
{
  double x = _nd_timeline_mark_x (self, index);
  double span = self->scale.end - self->scale.start;
  double time = (double)_nd_timeline_get_mark (self, index)->time;

  if (x >= 0 && x <= self->scale.width)
    return;

  set_scale (self, time - span / 2, time + span / 2);
}

static void
select_article (NdTimeline *self,
                NdArticle  *article,
                gboolean    scroll)
{
  int mark;

  if (!g_set_object (&self->selected, article))
    return;

  mark = _nd_timeline_find_mark (self, article);
  if (scroll && mark >= 0)
    ensure_mark_in_view (self, (guint)mark);

  update_selected_mentions (self);
  update_accessible (self);
  announce_selection (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ARTICLE]);
}

/* Selects the first article after mark @start in @direction that is not dimmed. */
static void
select_from (NdTimeline *self,
             int         start,
             int         direction)
{
  for (int i = start + direction; i >= 0 && i < (int)self->marks->len; i += direction)
    if (!_nd_timeline_mark_is_dimmed (self, (guint)i))
      {
        select_article (self, mark_article (self, (guint)i), TRUE);
        return;
      }

  gtk_widget_error_bell (GTK_WIDGET (self));
}

/* Moves the selection to the next article in time; with none selected, to the first or the
 * last. */
static void
select_step (NdTimeline *self,
             int         direction)
{
  int current = _nd_timeline_find_mark (self, self->selected);

  if (current < 0)
    current = direction > 0 ? -1 : (int)self->marks->len;

  select_from (self, current, direction);
}

/* Hit testing, on the clusters drawn last. */

typedef enum
{
  HIT_NOTHING,
  HIT_CLUSTER,
  HIT_MENTION,
} HitKind;

typedef struct
{
  HitKind kind;
  Lane   *lane;
  guint   cluster;
  guint   mention;
} Hit;

static int
lane_at (NdTimeline *self,
         double      y)
{
  double offset = y - self->axis_height;

  if (offset < 0 || self->lane_height <= 0)
    return -1;
  if (offset >= (double)self->lanes->len * self->lane_height)
    return -1;

  return (int)(offset / self->lane_height);
}

static int
mention_row_at (NdTimeline *self,
                double      y)
{
  double offset = y - (self->mention_y + MENTION_TOP);

  if (offset < -2 || offset >= MENTION_ROWS * (MENTION_ROW_HEIGHT + 2))
    return -1;

  return CLAMP ((int)(offset / (MENTION_ROW_HEIGHT + 2)), 0, MENTION_ROWS - 1);
}

static int
mention_at (NdTimeline *self,
            double      x,
            int         row)
{
  double time = nd_timeline_scale_x_to_time (&self->scale, x);
  double slop = HIT_SLOP * (self->scale.end - self->scale.start) / MAX (self->scale.width, 1);
  int best = -1;
  gint64 best_length = G_MAXINT64;
  guint first, last;

  /* The shortest range under the pointer: a day inside a week is the one pointed at. */
  _nd_timeline_find_mentions_in_range (self, (guint)row, time - slop, time + slop, &first, &last);
  for (guint i = first; i < last; i++)
    {
      const Mention *mention = &g_array_index (self->mentions, Mention, i);

      if (mention->to * DAY < time - slop || _nd_timeline_mark_is_dimmed (self, _nd_timeline_mention_mark (self, mention)))
        continue;
      if (mention->to - mention->from < best_length)
        {
          best = (int)i;
          best_length = mention->to - mention->from;
        }
    }

  return best;
}

/* The lone date-only mark whose band over its day (on an axis of hours) is under @x, or -1. */
static int
band_at (NdTimeline *self,
         Lane       *lane,
         double      x)
{
  for (guint c = 0; c < lane->clusters->len; c++)
    {
      const NdTimelineCluster *cluster = &g_array_index (lane->clusters, NdTimelineCluster, c);
      double x_start, x_end;

      if (cluster->x_start > x)
        break;
      if (cluster->count == 1 &&
          _nd_timeline_mark_extent (self, _nd_timeline_cluster_mark (lane, cluster, 0),
                                    &x_start, &x_end) &&
          x >= x_start && x <= x_end)
        return (int)c;
    }

  return -1;
}

static Hit
hit_test (NdTimeline *self,
          double      x,
          double      y)
{
  Hit hit = { HIT_NOTHING, NULL, 0, 0 };
  double plot_x = x - self->plot_x;
  int lane_index, row;

  if (plot_x < -HIT_SLOP || plot_x > self->plot_width + HIT_SLOP)
    return hit;

  _nd_timeline_ensure_clusters (self);

  lane_index = lane_at (self, y);
  if (lane_index >= 0)
    {
      Lane *lane = g_ptr_array_index (self->lanes, lane_index);
      int cluster = nd_timeline_clusters_hit (lane->clusters, plot_x, HIT_SLOP);

      if (cluster < 0)
        cluster = band_at (self, lane, plot_x);
      if (cluster >= 0)
        {
          hit.kind = HIT_CLUSTER;
          hit.lane = lane;
          hit.cluster = (guint)cluster;
        }
      return hit;
    }

  row = mention_row_at (self, y);
  if (row >= 0)
    {
      int mention = mention_at (self, plot_x, row);

      if (mention >= 0)
        {
          hit.kind = HIT_MENTION;
          hit.mention = (guint)mention;
        }
    }

  return hit;
}

static const NdTimelineCluster *
hit_cluster (const Hit *hit)
{
  return &g_array_index (hit->lane->clusters, NdTimelineCluster, hit->cluster);
}

/* A click on a cluster zooms in on it; where it cannot be pulled apart (the same minute),
 * its first article is selected instead. */
static void
activate_cluster (NdTimeline *self,
                  const Hit  *hit)
{
  const NdTimelineCluster *cluster = hit_cluster (hit);
  guint first = _nd_timeline_cluster_mark (hit->lane, cluster, 0);
  guint last = _nd_timeline_cluster_mark (hit->lane, cluster, cluster->count - 1);
  double span = self->scale.end - self->scale.start;
  NdTimelineScale scale = self->scale;

  if (cluster->count == 1 || span <= MIN_SPAN * 1.01)
    {
      for (guint i = 0; i < cluster->count; i++)
        {
          guint mark = _nd_timeline_cluster_mark (hit->lane, cluster, i);

          if (!_nd_timeline_mark_is_dimmed (self, mark))
            {
              select_article (self, mark_article (self, mark), FALSE);
              return;
            }
        }
      return;
    }

  nd_timeline_scale_fit (&scale, _nd_timeline_get_mark (self, first)->time, _nd_timeline_get_mark (self, last)->time,
                         MIN_SPAN);
  /* Never zoom out by clicking: a cluster of a few pixels can stand for a single day. */
  if (scale.end - scale.start > span)
    nd_timeline_scale_zoom (&scale, span / (scale.end - scale.start), scale.width / 2,
                            MIN_SPAN, MAX_SPAN);
  self->view_touched = TRUE;
  set_scale (self, scale.start, scale.end);
}

static void
activate_mention (NdTimeline *self,
                  guint       index)
{
  const Mention *mention = &g_array_index (self->mentions, Mention, index);
  NdArticle *article = g_ptr_array_index (self->articles, mention->position);

  if (_nd_timeline_mark_is_dimmed (self, _nd_timeline_mention_mark (self, mention)))
    return;

  select_article (self, article, FALSE);
  g_signal_emit (self, signals[MENTION_ACTIVATED], 0, article, mention->offset);
}

/* Input. */

static void
on_click_pressed_cb (GtkGestureClick *gesture,
                     int              n_press,
                     double           x,
                     double           y,
                     NdTimeline      *self)
{
  self->dragged = FALSE;
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

static void
on_click_released_cb (GtkGestureClick *gesture,
                      int              n_press,
                      double           x,
                      double           y,
                      NdTimeline      *self)
{
  Hit hit;

  if (!self->dragged)
    {
      hit = hit_test (self, x, y);
      if (hit.kind == HIT_CLUSTER)
        activate_cluster (self, &hit);
      else if (hit.kind == HIT_MENTION)
        activate_mention (self, hit.mention);
    }
  self->n_inputs++;
}

static void
on_drag_begin_cb (GtkGestureDrag *gesture,
                  double          x,
                  double          y,
                  NdTimeline     *self)
{
  self->gesture_origin = self->scale;
}

static void
on_drag_update_cb (GtkGestureDrag *gesture,
                   double          offset_x,
                   double          offset_y,
                   NdTimeline     *self)
{
  NdTimelineScale scale = self->gesture_origin;

  if (!self->dragged && fabs (offset_x) < 3 && fabs (offset_y) < 3)
    return;

  if (!self->dragging)
    gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grabbing");
  self->dragged = TRUE;
  self->dragging = TRUE;
  self->view_touched = TRUE;
  scale.width = self->scale.width;
  nd_timeline_scale_pan (&scale, offset_x);
  set_scale (self, scale.start, scale.end);
}

static void
on_drag_end_cb (GtkGestureDrag *gesture,
                double          offset_x,
                double          offset_y,
                NdTimeline     *self)
{
  if (self->dragging)
    gtk_widget_set_cursor_from_name (GTK_WIDGET (self), NULL);
  self->dragging = FALSE;
  self->n_inputs++;
}

static void
zoom_around (NdTimeline *self,
             double      factor,
             double      anchor_x)
{
  NdTimelineScale scale = self->scale;

  self->view_touched = TRUE;
  nd_timeline_scale_zoom (&scale, factor, anchor_x, MIN_SPAN, MAX_SPAN);
  set_scale (self, scale.start, scale.end);
}

static gboolean
on_scroll_cb (GtkEventControllerScroll *controller,
              double                    dx,
              double                    dy,
              NdTimeline               *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (
      GTK_EVENT_CONTROLLER (controller));
  gboolean smooth = gtk_event_controller_scroll_get_unit (controller) == GDK_SCROLL_UNIT_SURFACE;
  NdTimelineScale scale = self->scale;

  if (state & GDK_CONTROL_MASK)
    {
      zoom_around (self, smooth ? exp (dy * 0.01) : pow (1.25, dy),
                   self->pointer_x - self->plot_x);
      self->n_inputs++;
      return TRUE;
    }

  /* Down and right show later times. */
  self->view_touched = TRUE;
  nd_timeline_scale_pan (&scale, -(dx + dy) * (smooth ? 1.0 : self->scale.width / 12.0));
  set_scale (self, scale.start, scale.end);
  self->n_inputs++;

  return TRUE;
}

static void
on_motion_cb (GtkEventControllerMotion *controller,
              double                    x,
              double                    y,
              NdTimeline               *self)
{
  Hit hit;

  self->pointer_x = x;
  self->pointer_y = y;

  /* A hand over what a click acts on; a drag has its own. */
  if (self->dragging)
    return;
  hit = hit_test (self, x, y);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self),
                                   hit.kind != HIT_NOTHING ? "pointer" : NULL);
}

static void
on_zoom_begin_cb (GtkGesture       *gesture,
                  GdkEventSequence *sequence,
                  NdTimeline       *self)
{
  double x, y;

  self->gesture_origin = self->scale;
  if (gtk_gesture_get_bounding_box_center (gesture, &x, &y))
    self->gesture_anchor = x - self->plot_x;
  else
    self->gesture_anchor = self->scale.width / 2;
}

static void
on_zoom_scale_changed_cb (GtkGestureZoom *gesture,
                          double          scale_delta,
                          NdTimeline     *self)
{
  NdTimelineScale scale = self->gesture_origin;

  if (scale_delta <= 0)
    return;

  self->view_touched = TRUE;
  scale.width = self->scale.width;
  nd_timeline_scale_zoom (&scale, 1.0 / scale_delta, self->gesture_anchor, MIN_SPAN, MAX_SPAN);
  set_scale (self, scale.start, scale.end);
}

/* The sentence of a mention, found again: the timeline does not keep it. */
static char *
dup_mention_sentence (NdTimeline    *self,
                      const Mention *mention)
{
  g_autoptr(GPtrArray) found = NULL;

  if (self->finder == NULL)
    return NULL;

  found = self->finder->finder (g_ptr_array_index (self->articles, mention->position),
                                self->finder->user_data);
  for (guint i = 0; found != NULL && i < found->len; i++)
    {
      NdDateMention *candidate = g_ptr_array_index (found, i);

      if (candidate->offset == mention->offset)
        return g_strdup (candidate->sentence != NULL ? candidate->sentence : candidate->text);
    }

  return NULL;
}

static void
append_article_lines (GString   *text,
                      NdArticle *article)
{
  g_autofree char *date = dup_article_date (article);

  g_string_append_printf (text, "%s\n%s · %s", get_title (article),
                          get_source_name (article), date);
}

static GDateTime *
day_to_date_time (gint32 day)
{
  return g_date_time_new_from_unix_utc ((gint64)day * 86400);
}

/* The days @from to @to (exclusive, in days since 1970) as a person would name them: a
 * day, a month, a year, years, or the first and last day. */
static char *
dup_mentioned_days (gint32 from,
                    gint32 to)
{
  g_autoptr(GDateTime) first = day_to_date_time (from);
  g_autoptr(GDateTime) last = day_to_date_time (MAX (to - 1, from));
  g_autoptr(GDateTime) after = day_to_date_time (MAX (to, from + 1));
  g_autofree char *first_text = NULL;
  g_autofree char *last_text = NULL;

  if (first == NULL || last == NULL || after == NULL)
    return g_strdup ("?");

  if (to - from <= 1)
    return nd_date_format_full (first, TRUE);

  if (g_date_time_get_day_of_month (first) == 1 && g_date_time_get_day_of_month (after) == 1)
    {
      gboolean whole_years = g_date_time_get_month (first) == 1 &&
                             g_date_time_get_month (after) == 1;

      if (whole_years && g_date_time_get_year (last) == g_date_time_get_year (first))
        /* Translators: a year mentioned in an article, as in "1999" */
        return g_date_time_format (first, C_("mentioned date", "%Y"));
      if (whole_years)
        {
          first_text = g_date_time_format (first, C_("mentioned date", "%Y"));
          last_text = g_date_time_format (last, C_("mentioned date", "%Y"));
        }
      else if (g_date_time_get_year (last) == g_date_time_get_year (first) &&
               g_date_time_get_month (last) == g_date_time_get_month (first))
        /* Translators: a month mentioned in an article, as in "July 2025" */
        return g_date_time_format (first, C_("mentioned date", "%B %Y"));
    }

  if (first_text == NULL)
    {
      first_text = nd_date_format_full (first, TRUE);
      last_text = nd_date_format_full (last, TRUE);
    }

  /* Translators: a range of two dates, "4 March 2026 – 1 April 2026" */
  return g_strdup_printf (C_("date range", "%s – %s"), first_text, last_text);
}

/* What a tooltip at @x, @y says, or NULL where there is nothing. */
static char *
dup_text_at (NdTimeline *self,
             double      x,
             double      y)
{
  g_autoptr(GString) text = g_string_new (NULL);
  Hit hit = hit_test (self, x, y);

  if (hit.kind == HIT_CLUSTER)
    {
      const NdTimelineCluster *cluster = hit_cluster (&hit);
      NdArticle *first = mark_article (self, _nd_timeline_cluster_mark (hit.lane, cluster, 0));

      if (cluster->count == 1)
        append_article_lines (text, first);
      else
        {
          NdArticle *last = mark_article (self, _nd_timeline_cluster_mark (hit.lane, cluster,
                                                              cluster->count - 1));
          g_autofree char *from = dup_article_date (first);
          g_autofree char *to = dup_article_date (last);

          /* Translators: a cluster of marks on the timeline: "12 articles, 4 March 2026 –
           * 6 March 2026", then a hint */
          g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u article, %s – %s",
                                                     "%u articles, %s – %s", cluster->count),
                                  cluster->count, from, to);
          g_string_append_c (text, '\n');
          g_string_append (text, _("Click to zoom in"));
        }
    }
  else if (hit.kind == HIT_MENTION)
    {
      const Mention *mention = &g_array_index (self->mentions, Mention, hit.mention);
      g_autofree char *sentence = dup_mention_sentence (self, mention);
      g_autofree char *when = dup_mentioned_days (mention->from, mention->to);

      /* Translators: the first line of the tooltip of a bar in the Mentioned track: the
       * date (or the dates) it stands for, as in "Mentioned: Saturday, 4 July 2025" */
      g_string_append_printf (text, _("Mentioned: %s"), when);
      g_string_append (text, "\n\n");
      if (sentence != NULL)
        {
          g_string_append (text, sentence);
          g_string_append (text, "\n\n");
        }
      append_article_lines (text, g_ptr_array_index (self->articles, mention->position));
    }
  else
    return NULL;

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Appends @line to @text broken into lines of at most @width characters, at spaces where
 * it can, within a word where one is longer than a line. Returns the number of lines. */
static guint
append_wrapped_line (GString    *text,
                     const char *line,
                     guint       width)
{
  const char *start = line;
  guint n_lines = 1;

  while (g_utf8_strlen (start, -1) > (glong)width)
    {
      const char *end = g_utf8_offset_to_pointer (start, width);
      const char *space = NULL;

      /* The last space within the line, or the one just after it. */
      for (const char *p = start; p <= end && *p != '\0'; p = g_utf8_next_char (p))
        if (*p == ' ')
          space = p;

      if (space != NULL && space > start)
        {
          g_string_append_len (text, start, space - start);
          start = space + 1;
        }
      else
        {
          g_string_append_len (text, start, end - start);
          start = end;
        }
      g_string_append_c (text, '\n');
      n_lines++;
    }
  g_string_append (text, start);

  return n_lines;
}

/* Appends @line in as few lines of at most @width characters as it needs, and of about
 * equal length: "… barrier / plan" leaves a word alone on its last line. */
static void
append_balanced_line (GString    *text,
                      const char *line,
                      guint       width)
{
  g_autoptr(GString) scratch = g_string_new (NULL);
  guint n_lines = append_wrapped_line (scratch, line, width);
  guint length = (guint)g_utf8_strlen (line, -1);

  for (guint narrower = (length + n_lines - 1) / n_lines; narrower < width; narrower++)
    {
      g_string_truncate (scratch, 0);
      if (append_wrapped_line (scratch, line, narrower) == n_lines)
        {
          g_string_append (text, scratch->str);
          return;
        }
    }

  append_wrapped_line (text, line, width);
}

/* GTK's tooltip label does not wrap: a sentence, a long title, ran off the screen. Broken
 * into lines of at most sixty characters here, a tooltip stays a comfortable width to
 * read.
 * (A wrapping label of our own, set with gtk_tooltip_set_custom(), stopped showing after a
 * few tooltips in GTK 4.8.) */
static char *
wrap_tooltip (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  GString *wrapped = g_string_sized_new (strlen (text) + 16);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append_c (wrapped, '\n');
      append_balanced_line (wrapped, lines[i], TOOLTIP_WIDTH_CHARS);
    }

  return g_string_free (wrapped, FALSE);
}

/* What the tooltip at @x, @y, or for the selected article when @keyboard, says, broken into
 * lines; NULL where there is nothing to say. */
static char *
dup_tooltip_at (NdTimeline *self,
                double      x,
                double      y,
                gboolean    keyboard)
{
  g_autofree char *text = NULL;

  if (keyboard)
    {
      g_autoptr(GString) lines = g_string_new (NULL);

      if (self->selected == NULL)
        return NULL;
      append_article_lines (lines, self->selected);
      text = g_string_free (g_steal_pointer (&lines), FALSE);
    }
  else
    text = dup_text_at (self, x, y);

  return text != NULL ? wrap_tooltip (text) : NULL;
}

static gboolean
nd_timeline_query_tooltip (GtkWidget  *widget,
                           int         x,
                           int         y,
                           gboolean    keyboard_tooltip,
                           GtkTooltip *tooltip)
{
  NdTimeline *self = ND_TIMELINE (widget);
  g_autofree char *text = dup_tooltip_at (self, x, y, keyboard_tooltip);

  if (text == NULL)
    return FALSE;

  gtk_tooltip_set_text (tooltip, text);
  self->n_tooltips++;
  return TRUE;
}

/**
 * _nd_timeline_get_n_tooltips:
 *
 * Returns: how many times the timeline gave GTK a tooltip to show
 */
guint
_nd_timeline_get_n_tooltips (NdTimeline *self)
{
  g_return_val_if_fail (ND_IS_TIMELINE (self), 0);

  return self->n_tooltips;
}

/**
 * _nd_timeline_get_source_color:
 *
 * Returns: the palette index of the source called @name, G_MAXUINT if none is loaded
 */
guint
_nd_timeline_get_source_color (NdTimeline *self,
                               const char *name)
{
  guint index;

  g_return_val_if_fail (ND_IS_TIMELINE (self), G_MAXUINT);

  index = GPOINTER_TO_UINT (g_hash_table_lookup (self->source_by_name, name));
  if (index == 0)
    return G_MAXUINT;

  return ((Source *)g_ptr_array_index (self->sources, index - 1))->color;
}

/**
 * _nd_timeline_get_n_inputs:
 *
 * Returns: how many clicks, key presses, drags and scrolls the timeline has handled, so
 *   that a test can wait for one to be done
 */
guint
_nd_timeline_get_n_inputs (NdTimeline *self)
{
  g_return_val_if_fail (ND_IS_TIMELINE (self), 0);

  return self->n_inputs;
}

/* Actions. */

static void
step_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  NdTimeline *self = ND_TIMELINE (widget);

  if (g_str_equal (action_name, "timeline.previous"))
    select_step (self, -1);
  else if (g_str_equal (action_name, "timeline.next"))
    select_step (self, 1);
  else if (g_str_equal (action_name, "timeline.first"))
    select_from (self, -1, 1);
  else if (g_str_equal (action_name, "timeline.last"))
    select_from (self, (int)self->marks->len, -1);
  self->n_inputs++;
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  NdTimeline *self = ND_TIMELINE (widget);
  int selected = _nd_timeline_find_mark (self, self->selected);
  double anchor = self->scale.width / 2;

  /* Around the selected article when it is in view, so that it stays there. */
  if (selected >= 0)
    {
      double x = _nd_timeline_mark_x (self, (guint)selected);

      if (x >= 0 && x <= self->scale.width)
        anchor = x;
    }

  if (g_str_equal (action_name, "timeline.zoom-fit"))
    nd_timeline_zoom_to_fit (self);
  else
    zoom_around (self, g_str_equal (action_name, "timeline.zoom-in") ? 0.5 : 2.0, anchor);
  self->n_inputs++;
}

static void
show_undated_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  NdTimeline *self = ND_TIMELINE (widget);

  if (gtk_widget_get_visible (self->undated_button))
    gtk_menu_button_popup (GTK_MENU_BUTTON (self->undated_button));
}

/* Layout. */

static void
nd_timeline_measure (GtkWidget      *widget,
                     GtkOrientation  orientation,
                     int             for_size,
                     int            *minimum,
                     int            *natural,
                     int            *minimum_baseline,
                     int            *natural_baseline)
{
  NdTimeline *self = ND_TIMELINE (widget);
  int toolbar_minimum, toolbar_natural;

  gtk_widget_measure (self->toolbar, orientation, -1, &toolbar_minimum, &toolbar_natural,
                      NULL, NULL);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = toolbar_minimum + 120;
      *natural = toolbar_natural + 600;
    }
  else
    {
      guint n_lanes = MAX (self->sources->len, 1);

      *minimum = toolbar_minimum + LANE_MIN_HEIGHT + MENTION_TRACK_HEIGHT + 4;
      *natural = toolbar_natural + (int)MIN (n_lanes, 8) * LANE_MAX_HEIGHT +
                 MENTION_TRACK_HEIGHT + 4;
    }
}

static void
nd_timeline_size_allocate (GtkWidget *widget,
                           int        width,
                           int        height,
                           int        baseline)
{
  NdTimeline *self = ND_TIMELINE (widget);
  int toolbar_width, toolbar_height, lanes_height;
  guint n_lanes_max;

  gtk_widget_measure (self->toolbar, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &toolbar_width,
                      NULL, NULL);
  gtk_widget_measure (self->toolbar, GTK_ORIENTATION_VERTICAL, -1, NULL, &toolbar_height,
                      NULL, NULL);

  self->plot_x = MAX (toolbar_width + 8, CLAMP (width / 4, 140, 200));
  self->plot_width = MAX (width - self->plot_x - PLOT_END_PADDING, 1);
  self->axis_height = toolbar_height + 2;
  gtk_widget_size_allocate (self->toolbar,
                            &(GtkAllocation) { 4, 1, self->plot_x - 8, toolbar_height }, -1);

  lanes_height = MAX (height - self->axis_height - MENTION_TRACK_HEIGHT - 4, LANE_MIN_HEIGHT);
  n_lanes_max = MAX ((guint)(lanes_height / LANE_MIN_HEIGHT), 1);
  if (n_lanes_max != self->n_lanes_max)
    {
      self->n_lanes_max = n_lanes_max;
      assign_lanes (self);
    }

  self->lane_height = CLAMP (lanes_height / (int)MAX (self->lanes->len, 1), LANE_MIN_HEIGHT,
                             LANE_MAX_HEIGHT);
  self->mention_y = self->axis_height + (int)MAX (self->lanes->len, 1) * self->lane_height + 2;

  if (self->scale.width != self->plot_width)
    {
      self->scale.width = self->plot_width;
      self->clusters_dirty = TRUE;
    }
}

static void
nd_timeline_css_changed (GtkWidget         *widget,
                         GtkCssStyleChange *change)
{
  NdTimeline *self = ND_TIMELINE (widget);

  GTK_WIDGET_CLASS (nd_timeline_parent_class)->css_changed (widget, change);

  /* The layouts hold the old font. */
  g_hash_table_remove_all (self->count_layouts);
  for (guint i = 0; i < self->lanes->len; i++)
    g_clear_object (&((Lane *)g_ptr_array_index (self->lanes, i))->layout);
}

/* The undated articles, in a popover. */

static void
setup_undated_row_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *item,
                      gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (GTK_LABEL (label), 36);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 60);
  gtk_widget_set_margin_start (label, 6);
  gtk_widget_set_margin_end (label, 6);
  gtk_list_item_set_child (item, label);
}

static void
bind_undated_row_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *item,
                     gpointer                  user_data)
{
  NdArticle *article = gtk_list_item_get_item (item);
  g_autofree char *text = NULL;

  /* Translators: an undated article in the timeline's list: "Title — Source" */
  text = g_strdup_printf (C_("undated article", "%s — %s"), get_title (article),
                          get_source_name (article));
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text);
}

static void
on_undated_activate_cb (GtkListView *list,
                        guint        position,
                        NdTimeline  *self)
{
  g_autoptr(NdArticle) article = g_list_model_get_item (G_LIST_MODEL (self->undated), position);

  gtk_menu_button_popdown (GTK_MENU_BUTTON (self->undated_button));
  select_article (self, article, FALSE);
}

static GtkWidget *
create_icon_button (const char *icon_name,
                    const char *action_name,
                    const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_focus_on_click (button, FALSE);
  gtk_widget_add_css_class (button, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  tooltip, -1);

  return button;
}

static void
create_toolbar (NdTimeline *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *popover = gtk_popover_new ();

  self->toolbar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_set_parent (self->toolbar, GTK_WIDGET (self));

  gtk_box_append (GTK_BOX (self->toolbar),
                  create_icon_button ("zoom-fit-best-symbolic", "timeline.zoom-fit",
                                      _("Zoom to Fit")));
  gtk_box_append (GTK_BOX (self->toolbar),
                  create_icon_button ("zoom-out-symbolic", "timeline.zoom-out", _("Zoom Out")));
  gtk_box_append (GTK_BOX (self->toolbar),
                  create_icon_button ("zoom-in-symbolic", "timeline.zoom-in", _("Zoom In")));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_undated_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_undated_row_cb), NULL);
  self->undated_list = gtk_list_view_new (GTK_SELECTION_MODEL (gtk_no_selection_new (
                                            g_object_ref (G_LIST_MODEL (self->undated)))),
                                          factory);
  gtk_list_view_set_single_click_activate (GTK_LIST_VIEW (self->undated_list), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->undated_list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Undated articles"), -1);
  g_signal_connect_object (self->undated_list, "activate", G_CALLBACK (on_undated_activate_cb),
                           self, 0);

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), self->undated_list);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_propagate_natural_width (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 320);
  gtk_popover_set_child (GTK_POPOVER (popover), scrolled);

  self->undated_button = gtk_menu_button_new ();
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (self->undated_button), popover);
  gtk_menu_button_set_has_frame (GTK_MENU_BUTTON (self->undated_button), FALSE);
  gtk_widget_set_tooltip_text (self->undated_button,
                               _("Articles without a date, which the timeline cannot place"));
  gtk_widget_set_visible (self->undated_button, FALSE);
  gtk_box_append (GTK_BOX (self->toolbar), self->undated_button);
}

/* GObject. */

static void
nd_timeline_dispose (GObject *object)
{
  NdTimeline *self = ND_TIMELINE (object);

  cancel_mention_work (self);
  g_clear_handle_id (&self->rebuild_source, g_source_remove);
  g_clear_handle_id (&self->dim_source, g_source_remove);
  g_clear_handle_id (&self->mention_source, g_source_remove);
  nd_timeline_set_visible_articles (self, NULL);
  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_clear_object (&self->model);
  g_clear_pointer (&self->toolbar, gtk_widget_unparent);

  G_OBJECT_CLASS (nd_timeline_parent_class)->dispose (object);
}

static void
nd_timeline_finalize (GObject *object)
{
  NdTimeline *self = ND_TIMELINE (object);

  g_clear_object (&self->selected);
  g_clear_pointer (&self->lanes, g_ptr_array_unref);
  g_clear_pointer (&self->marks, g_array_unref);
  g_clear_pointer (&self->position_of, g_hash_table_unref);
  g_clear_pointer (&self->mark_at, g_array_unref);
  g_clear_pointer (&self->source_by_name, g_hash_table_unref);
  g_clear_pointer (&self->color_by_name, g_hash_table_unref);
  g_clear_pointer (&self->sources, g_ptr_array_unref);
  g_clear_pointer (&self->articles, g_ptr_array_unref);
  g_clear_pointer (&self->arrived, g_ptr_array_unref);
  g_clear_object (&self->undated);
  g_clear_pointer (&self->dimmed, g_free);
  g_clear_pointer (&self->mentions, g_array_unref);
  g_clear_pointer (&self->selected_mentions, g_array_unref);
  g_clear_pointer (&self->by_article, g_array_unref);
  g_clear_pointer (&self->article_start, g_array_unref);
  g_clear_pointer (&self->mentions_read, g_hash_table_unref);
  g_clear_pointer (&self->reach, g_array_unref);
  for (guint r = 0; r < MENTION_ROWS; r++)
    g_clear_pointer (&self->coverage[r], g_array_unref);
  g_clear_pointer (&self->count_layouts, g_hash_table_unref);
  if (self->finder != NULL)
    g_rc_box_release_full (self->finder, clear_finder);

  G_OBJECT_CLASS (nd_timeline_parent_class)->finalize (object);
}

static void
nd_timeline_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  NdTimeline *self = ND_TIMELINE (object);

  switch (prop_id)
    {
    case PROP_SELECTED_ARTICLE:
      g_value_set_object (value, self->selected);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nd_timeline_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  NdTimeline *self = ND_TIMELINE (object);

  switch (prop_id)
    {
    case PROP_SELECTED_ARTICLE:
      nd_timeline_set_selected_article (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
add_binding (GtkWidgetClass *widget_class,
             guint           keyval,
             const char     *action_name)
{
  gtk_widget_class_add_binding_action (widget_class, keyval, 0, action_name, NULL);
}

static void
nd_timeline_class_init (NdTimelineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nd_timeline_dispose;
  object_class->finalize = nd_timeline_finalize;
  object_class->get_property = nd_timeline_get_property;
  object_class->set_property = nd_timeline_set_property;

  widget_class->snapshot = _nd_timeline_snapshot;
  widget_class->measure = nd_timeline_measure;
  widget_class->size_allocate = nd_timeline_size_allocate;
  widget_class->query_tooltip = nd_timeline_query_tooltip;
  widget_class->css_changed = nd_timeline_css_changed;

  /**
   * NdTimeline:selected-article:
   *
   * The article whose mark is highlighted; set by a click, a key or the window.
   */
  properties[PROP_SELECTED_ARTICLE] =
    g_param_spec_object ("selected-article", NULL, NULL, ND_TYPE_ARTICLE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * NdTimeline::mention-activated:
   * @article: the article that mentions the date
   * @offset: where the mention starts, in characters into the body
   *
   * A mention was clicked: the reader should show the article at the mention.
   */
  signals[MENTION_ACTIVATED] =
    g_signal_new ("mention-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 2, ND_TYPE_ARTICLE, G_TYPE_UINT);

  gtk_widget_class_install_action (widget_class, "timeline.previous", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "timeline.next", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "timeline.first", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "timeline.last", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-fit", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "timeline.show-undated", NULL,
                                   show_undated_action);

  add_binding (widget_class, GDK_KEY_Left, "timeline.previous");
  add_binding (widget_class, GDK_KEY_KP_Left, "timeline.previous");
  add_binding (widget_class, GDK_KEY_Right, "timeline.next");
  add_binding (widget_class, GDK_KEY_KP_Right, "timeline.next");
  add_binding (widget_class, GDK_KEY_Home, "timeline.first");
  add_binding (widget_class, GDK_KEY_KP_Home, "timeline.first");
  add_binding (widget_class, GDK_KEY_End, "timeline.last");
  add_binding (widget_class, GDK_KEY_KP_End, "timeline.last");
  add_binding (widget_class, GDK_KEY_plus, "timeline.zoom-in");
  add_binding (widget_class, GDK_KEY_equal, "timeline.zoom-in");
  add_binding (widget_class, GDK_KEY_KP_Add, "timeline.zoom-in");
  add_binding (widget_class, GDK_KEY_minus, "timeline.zoom-out");
  add_binding (widget_class, GDK_KEY_KP_Subtract, "timeline.zoom-out");
  add_binding (widget_class, GDK_KEY_0, "timeline.zoom-fit");
  add_binding (widget_class, GDK_KEY_KP_0, "timeline.zoom-fit");

  gtk_widget_class_set_css_name (widget_class, "timeline");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
load_css_once (void)
{
  static GdkDisplay *loaded_for;
  g_autoptr(GtkCssProvider) provider = NULL;
  GdkDisplay *display = gdk_display_get_default ();

  /* Referencing the resource keeps the linker from dropping it, and its constructor that
   * registers it, when the widget is used without the window (the benchmark). */
  (void)nd_ui_get_resource ();

  if (display == NULL || display == loaded_for)
    return;

  loaded_for = display;
  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, "/com/example/NewsDesk/nd-timeline.css");
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

static void
nd_timeline_init (NdTimeline *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkGesture *drag = gtk_gesture_drag_new ();
  GtkGesture *zoom = gtk_gesture_zoom_new ();
  GtkEventController *scroll =
    gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  GtkEventController *motion = gtk_event_controller_motion_new ();

  self->articles = g_ptr_array_new_with_free_func (g_object_unref);
  self->arrived = g_ptr_array_new_with_free_func (g_object_unref);
  self->marks = g_array_new (FALSE, FALSE, sizeof (Mark));
  self->position_of = g_hash_table_new (NULL, NULL);
  self->mark_at = g_array_new (FALSE, FALSE, sizeof (guint));
  self->source_by_name = g_hash_table_new (g_str_hash, g_str_equal);
  self->color_by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->sources = g_ptr_array_new_with_free_func (clear_source);
  self->lanes = g_ptr_array_new_with_free_func (clear_lane);
  self->undated = g_list_store_new (ND_TYPE_ARTICLE);
  self->mentions = g_array_new (FALSE, FALSE, sizeof (Mention));
  self->selected_mentions = g_array_new (FALSE, FALSE, sizeof (guint));
  self->by_article = g_array_new (FALSE, FALSE, sizeof (guint));
  self->article_start = g_array_new (FALSE, FALSE, sizeof (guint));
  self->mentions_read = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
  self->reach = g_array_new (FALSE, FALSE, sizeof (gint32));
  for (guint r = 0; r < MENTION_ROWS; r++)
    self->coverage[r] = g_array_new (FALSE, FALSE, sizeof (Span));
  self->count_layouts = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  self->n_lanes_max = 1;
  self->scale = (NdTimelineScale) { 0, MIN_SPAN, 1 };
  self->clusters_dirty = TRUE;
  nd_timeline_set_mention_finder (self, find_mentions_in_body, NULL, NULL);

  load_css_once ();
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  create_toolbar (self);
  assign_lanes (self);

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "pressed", G_CALLBACK (on_click_pressed_cb), self);
  g_signal_connect (click, "released", G_CALLBACK (on_click_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (drag), GDK_BUTTON_PRIMARY);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (on_drag_begin_cb), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (on_drag_update_cb), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (on_drag_end_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));

  g_signal_connect (zoom, "begin", G_CALLBACK (on_zoom_begin_cb), self);
  g_signal_connect (zoom, "scale-changed", G_CALLBACK (on_zoom_scale_changed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (zoom));

  g_signal_connect (scroll, "scroll", G_CALLBACK (on_scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);

  g_signal_connect (motion, "enter", G_CALLBACK (on_motion_cb), self);
  g_signal_connect (motion, "motion", G_CALLBACK (on_motion_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  update_accessible (self);
}

/* Public API. */

GtkWidget *
nd_timeline_new (void)
{
  return g_object_new (ND_TYPE_TIMELINE, NULL);
}

/**
 * nd_timeline_set_model:
 * @articles: (nullable): the articles to show, in any order
 */
void
nd_timeline_set_model (NdTimeline *self,
                       GListModel *articles)
{
  g_return_if_fail (ND_IS_TIMELINE (self));
  g_return_if_fail (articles == NULL || G_IS_LIST_MODEL (articles));

  if (self->model == articles)
    return;

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_set_object (&self->model, articles);
  if (articles != NULL)
    g_signal_connect_swapped (articles, "items-changed", G_CALLBACK (on_items_changed_cb), self);

  self->view_touched = FALSE;
  self->needs_full_rebuild = TRUE;
  rebuild (self);
}

GListModel *
nd_timeline_get_model (NdTimeline *self)
{
  g_return_val_if_fail (ND_IS_TIMELINE (self), NULL);

  return self->model;
}

/**
 * nd_timeline_set_visible_articles:
 * @visible: (nullable): the articles that stand out, as the sidebar lists them; the others
 *   are dimmed. %NULL dims nothing.
 */
void
nd_timeline_set_visible_articles (NdTimeline *self,
                                  GListModel *visible)
{
  g_return_if_fail (ND_IS_TIMELINE (self));
  g_return_if_fail (visible == NULL || G_IS_LIST_MODEL (visible));

  if (self->visible == visible)
    return;

  if (self->visible != NULL)
    g_signal_handlers_disconnect_by_data (self->visible, self);
  g_set_object (&self->visible, visible);
  if (visible != NULL)
    g_signal_connect_swapped (visible, "items-changed",
                              G_CALLBACK (on_visible_items_changed_cb), self);
  if (self->marks != NULL)
    update_dimmed (self);
}

/**
 * nd_timeline_get_selected_article:
 *
 * Returns: (transfer none) (nullable): the highlighted article
 */
NdArticle *
nd_timeline_get_selected_article (NdTimeline *self)
{
  g_return_val_if_fail (ND_IS_TIMELINE (self), NULL);

  return self->selected;
}

/**
 * nd_timeline_set_selected_article:
 * @article: (nullable): the article to highlight; its mark is brought into view
 */
void
nd_timeline_set_selected_article (NdTimeline *self,
                                  NdArticle  *article)
{
  g_return_if_fail (ND_IS_TIMELINE (self));
  g_return_if_fail (article == NULL || ND_IS_ARTICLE (article));

  select_article (self, article, TRUE);
}

/**
 * nd_timeline_set_mention_finder:
 * @finder: (nullable): finds the dates an article mentions, in a worker thread; %NULL
 *   shows none
 *
 * Replaces how mentions are found (by default nd_date_mentions_find() on the body);
 * mentions found before are forgotten.
 */
void
nd_timeline_set_mention_finder (NdTimeline              *self,
                                NdTimelineMentionFinder  finder,
                                gpointer                 user_data,
                                GDestroyNotify           destroy)
{
  g_return_if_fail (ND_IS_TIMELINE (self));

  cancel_mention_work (self);
  if (self->finder != NULL)
    g_rc_box_release_full (self->finder, clear_finder);
  self->finder = NULL;

  if (finder != NULL)
    {
      self->finder = g_rc_box_new0 (Finder);
      self->finder->finder = finder;
      self->finder->user_data = user_data;
      self->finder->destroy = destroy;
    }

  g_hash_table_remove_all (self->mentions_read);
  clear_mentions (self);
  start_mention_work (self);
}

/**
 * nd_timeline_get_visible_range:
 * @start: (out): @end: (out): the times at the left and right ends of the drawing
 */
void
nd_timeline_get_visible_range (NdTimeline *self,
                               double     *start,
                               double     *end)
{
  g_return_if_fail (ND_IS_TIMELINE (self));

  *start = self->scale.start;
  *end = self->scale.end;
}

/**
 * nd_timeline_set_visible_range:
 *
 * Shows @start to @end (seconds since 1970 UTC); a range of nothing keeps the view.
 */
void
nd_timeline_set_visible_range (NdTimeline *self,
                               double      start,
                               double      end)
{
  g_return_if_fail (ND_IS_TIMELINE (self));

  if (!(end > start))
    return;

  self->view_touched = TRUE;
  set_scale (self, start, start + CLAMP (end - start, MIN_SPAN, MAX_SPAN));
}

void
nd_timeline_zoom_to_fit (NdTimeline *self)
{
  g_return_if_fail (ND_IS_TIMELINE (self));

  self->view_touched = FALSE;
  fit_view (self);
}

guint
nd_timeline_get_n_dated (NdTimeline *self)
{
  g_return_val_if_fail (ND_IS_TIMELINE (self), 0);

  return self->marks->len;
}

guint
nd_timeline_get_n_undated (NdTimeline *self)
{
  g_return_val_if_fail (ND_IS_TIMELINE (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->undated));
}

/* The mentions of the selected article, which the Mentioned track shows highlighted. */
guint
nd_timeline_get_n_selected_mentions (NdTimeline *self)
{
  g_return_val_if_fail (ND_IS_TIMELINE (self), 0);

  return self->selected_mentions->len;
}

guint
nd_timeline_get_n_mentions (NdTimeline *self)
{
  g_return_val_if_fail (ND_IS_TIMELINE (self), 0);

  return self->mentions->len;
}

/**
 * nd_timeline_get_finding_mentions:
 *
 * Returns: whether mentions are being looked for in the background
 */
gboolean
nd_timeline_get_finding_mentions (NdTimeline *self)
{
  g_return_val_if_fail (ND_IS_TIMELINE (self), FALSE);

  return self->mention_job_running;
}

/**
 * nd_timeline_get_mark_position:
 * @x: (out): @y: (out): the middle of the article's mark, in widget coordinates
 *
 * Returns: whether the article has a mark in view, on its own (not in a cluster)
 */
gboolean
nd_timeline_get_mark_position (NdTimeline *self,
                               NdArticle  *article,
                               double     *x,
                               double     *y)
{
  int mark;

  g_return_val_if_fail (ND_IS_TIMELINE (self), FALSE);

  mark = _nd_timeline_find_mark (self, article);
  if (mark < 0)
    return FALSE;

  _nd_timeline_ensure_clusters (self);
  for (guint l = 0; l < self->lanes->len; l++)
    {
      Lane *lane = g_ptr_array_index (self->lanes, l);

      for (guint c = 0; c < lane->clusters->len; c++)
        {
          const NdTimelineCluster *cluster = &g_array_index (lane->clusters, NdTimelineCluster, c);

          if (cluster->count != 1 || _nd_timeline_cluster_mark (lane, cluster, 0) != (guint)mark)
            continue;
          if (cluster->x_start < 0 || cluster->x_start > self->scale.width)
            return FALSE;

          *x = self->plot_x + cluster->x_start;
          *y = self->axis_height + (l + 0.5) * self->lane_height;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * nd_timeline_find_cluster:
 * @min_count: the least number of marks the cluster holds
 * @x: (out): @y: (out): its middle, in widget coordinates
 * @count: (out): how many marks it holds
 *
 * Returns: whether a cluster of at least @min_count marks is in view
 */
gboolean
nd_timeline_find_cluster (NdTimeline *self,
                          guint       min_count,
                          double     *x,
                          double     *y,
                          guint      *count)
{
  g_return_val_if_fail (ND_IS_TIMELINE (self), FALSE);

  _nd_timeline_ensure_clusters (self);
  for (guint l = 0; l < self->lanes->len; l++)
    {
      Lane *lane = g_ptr_array_index (self->lanes, l);

      for (guint c = 0; c < lane->clusters->len; c++)
        {
          const NdTimelineCluster *cluster = &g_array_index (lane->clusters, NdTimelineCluster, c);
          double middle = (cluster->x_start + cluster->x_end) / 2;

          if (cluster->count < min_count || middle < 0 || middle > self->scale.width)
            continue;

          *x = self->plot_x + middle;
          *y = self->axis_height + (l + 0.5) * self->lane_height;
          *count = cluster->count;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * nd_timeline_get_mention_position:
 * @index: a mention, in order of its start
 * @x: (out): @y: (out): the middle of its bar, in widget coordinates
 *
 * Returns: whether there is such a mention
 */
gboolean
nd_timeline_get_mention_position (NdTimeline *self,
                                  guint       index,
                                  double     *x,
                                  double     *y)
{
  const Mention *mention;

  g_return_val_if_fail (ND_IS_TIMELINE (self), FALSE);

  if (index >= self->mentions->len)
    return FALSE;

  mention = &g_array_index (self->mentions, Mention, index);
  *x = self->plot_x + (nd_timeline_scale_time_to_x (&self->scale, mention->from * DAY) +
                       nd_timeline_scale_time_to_x (&self->scale, mention->to * DAY)) / 2;
  *y = self->mention_y + MENTION_TOP + mention->row * (MENTION_ROW_HEIGHT + 2) + MENTION_ROW_HEIGHT / 2.0;

  return TRUE;
}

/**
 * nd_timeline_dup_text_at:
 * @x: @y: a point in widget coordinates
 *
 * Returns: (transfer full) (nullable): what the tooltip at that point says, broken into
 *   lines: the title, source and date of a mark, the extent of a cluster, the date a
 *   mention stands for with its sentence and article
 */
char *
nd_timeline_dup_text_at (NdTimeline *self,
                         double      x,
                         double      y)
{
  g_return_val_if_fail (ND_IS_TIMELINE (self), NULL);

  return dup_tooltip_at (self, x, y, FALSE);
}

gboolean
nd_timeline_is_dimmed (NdTimeline *self,
                       NdArticle  *article)
{
  int mark;

  g_return_val_if_fail (ND_IS_TIMELINE (self), FALSE);

  mark = _nd_timeline_find_mark (self, article);

  return mark >= 0 && _nd_timeline_mark_is_dimmed (self, (guint)mark);
}

/* nd-timeline-lanes.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The lanes of NdTimeline, one a source, and the clusters the marks in view are merged
 * into: what a frame draws and a click hits. Also the colours of the sources. */

#define G_LOG_DOMAIN "nd-timeline"

#include "config.h"

#include <glib/gi18n.h>

#include "nd-timeline-private.h"

void
_nd_timeline_clear_lane (gpointer data)
{
  Lane *lane = data;

  g_free (lane->label);
  g_clear_pointer (&lane->marks, g_array_unref);
  g_clear_pointer (&lane->clusters, g_array_unref);
  g_clear_object (&lane->layout);
  g_free (lane);
}

void
_nd_timeline_clear_source (gpointer data)
{
  Source *source = data;

  g_free (source->name);
  g_free (source);
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

guint
_nd_timeline_lookup_source (NdTimeline *self,
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
void
_nd_timeline_color_sources (NdTimeline *self)
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

/* A copy of the sources that does not own them (g_ptr_array_copy() keeps the free func). */
static GPtrArray *
borrow_sources (NdTimeline *self)
{
  GPtrArray *copy = g_ptr_array_copy (self->sources, NULL, NULL);

  g_ptr_array_set_free_func (copy, NULL);

  return copy;
}

/* Lanes: the busiest sources get a lane each; if they do not all fit, the rest share one. */
void
_nd_timeline_assign_lanes (NdTimeline *self)
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

/* For tests (nd-timeline-test-private.h). */

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

/* nd-timeline-marks.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The marks of NdTimeline: the model's dated articles in time order, taken in as the model
 * changes (see the comment at the top of nd-timeline.c), and which of them are dimmed. */

#define G_LOG_DOMAIN "nd-timeline"

#include "config.h"

#include <string.h>

#include "nd-timeline-private.h"

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

NdArticle *
_nd_timeline_mark_article (NdTimeline *self,
                           guint       index)
{
  return g_ptr_array_index (self->articles, _nd_timeline_get_mark (self, index)->position);
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

double
_nd_timeline_mark_x (NdTimeline *self,
                     guint       index)
{
  return nd_timeline_scale_time_to_x (&self->scale,
                                      (double)_nd_timeline_get_mark (self, index)->time);
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

/* Reading the model. */

static gboolean
article_is_gone (gpointer key,
                 gpointer value,
                 gpointer user_data)
{
  return !g_hash_table_contains (((NdTimeline *)user_data)->position_of, key);
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
      mark.source = _nd_timeline_lookup_source (self, _nd_timeline_get_source_name (article));
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
 * at the top of nd-timeline.c. */
void
_nd_timeline_rebuild (NdTimeline *self)
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
  _nd_timeline_color_sources (self);
  _nd_timeline_update_undated_button (self);

  if (!self->view_touched)
    _nd_timeline_fit_view (self);
  _nd_timeline_assign_lanes (self);
  _nd_timeline_update_dimmed (self);

  /* Articles only added leave the mentions in place: positions in self->articles stay. */
  if (from_scratch)
    {
      g_hash_table_foreach_remove (self->mentions_read, article_is_gone, self);
      _nd_timeline_carry_mentions_over (self, old_mentions, old_articles);
    }
  _nd_timeline_schedule_mention_work (self);

  _nd_timeline_update_accessible (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_debug ("%s %u articles to %u in %.1f ms", from_scratch ? "read" : "appended",
           self->articles->len - n_before, self->articles->len,
           (g_get_monotonic_time () - start) / 1000.0);
}

static gboolean
rebuild_cb (gpointer user_data)
{
  NdTimeline *self = user_data;

  self->rebuild_source = 0;
  _nd_timeline_rebuild (self);

  return G_SOURCE_REMOVE;
}

void
_nd_timeline_on_items_changed_cb (NdTimeline *self,
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

/* Dimming. */

void
_nd_timeline_update_dimmed (NdTimeline *self)
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
  _nd_timeline_update_dimmed (self);

  return G_SOURCE_REMOVE;
}

void
_nd_timeline_on_visible_items_changed_cb (NdTimeline *self,
                                          guint       position,
                                          guint       removed,
                                          guint       added,
                                          GListModel *visible)
{
  /* An incremental filter reports in many small steps; one update after them is enough. */
  if (self->dim_source == 0)
    self->dim_source = g_timeout_add (50, update_dimmed_cb, self);
}

/* For tests (nd-timeline-test-private.h). */

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

gboolean
nd_timeline_is_dimmed (NdTimeline *self,
                       NdArticle  *article)
{
  int mark;

  g_return_val_if_fail (ND_IS_TIMELINE (self), FALSE);

  mark = _nd_timeline_find_mark (self, article);

  return mark >= 0 && _nd_timeline_mark_is_dimmed (self, (guint)mark);
}

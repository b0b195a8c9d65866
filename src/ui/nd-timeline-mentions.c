/* nd-timeline-mentions.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The dates the articles mention, which the Mentioned track of NdTimeline shows: found in a
 * worker thread, a batch of articles at a time, and kept per article so that articles
 * arriving later do not make the earlier ones be read again. */

#define G_LOG_DOMAIN "nd-timeline"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "dates/nd-date-format.h"
#include "dates/nd-date-mention.h"
#include "nd-timeline-private.h"

static void start_mention_work (NdTimeline *self);

void
_nd_timeline_clear_finder (gpointer data)
{
  Finder *finder = data;

  if (finder->destroy != NULL)
    finder->destroy (finder->user_data);
}

guint
_nd_timeline_mention_mark (NdTimeline    *self,
                           const Mention *mention)
{
  return g_array_index (self->mark_at, guint, mention->position);
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

void
_nd_timeline_update_selected_mentions (NdTimeline *self)
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

  _nd_timeline_update_selected_mentions (self);
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
void
_nd_timeline_carry_mentions_over (NdTimeline *self,
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

/* The worker. */

GPtrArray *
_nd_timeline_find_mentions_in_body (NdArticle *article,
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
  g_rc_box_release_full (job->finder, _nd_timeline_clear_finder);
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
      NdArticle *article = _nd_timeline_mark_article (self, i);

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
      NdArticle *article = g_ptr_array_index (job->articles, i);
      guint position = GPOINTER_TO_UINT (g_hash_table_lookup (self->position_of, article));

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

static gboolean
start_mention_work_cb (gpointer user_data)
{
  NdTimeline *self = user_data;

  self->mention_source = 0;
  start_mention_work (self);

  return G_SOURCE_REMOVE;
}

/* Mentions are looked for once no articles arrived for MENTION_QUIET_MS. */
void
_nd_timeline_schedule_mention_work (NdTimeline *self)
{
  g_clear_handle_id (&self->mention_source, g_source_remove);
  self->mention_source = g_timeout_add (MENTION_QUIET_MS, start_mention_work_cb, self);
}

void
_nd_timeline_cancel_mention_work (NdTimeline *self)
{
  if (self->mention_cancellable != NULL)
    g_cancellable_cancel (self->mention_cancellable);
  g_clear_object (&self->mention_cancellable);
  self->mention_job_running = FALSE;
}

/* What a tooltip says of a mention. */

/* The sentence of a mention, found again: the timeline does not keep it. */
char *
_nd_timeline_dup_mention_sentence (NdTimeline    *self,
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

static GDateTime *
day_to_date_time (gint32 day)
{
  return g_date_time_new_from_unix_utc ((gint64)day * 86400);
}

/* The days @from to @to (exclusive, in days since 1970) as a person would name them: a
 * day, a month, a year, years, or the first and last day. */
char *
_nd_timeline_dup_mentioned_days (gint32 from,
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

/* For tests (nd-timeline-test-private.h). */

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

  _nd_timeline_cancel_mention_work (self);
  if (self->finder != NULL)
    g_rc_box_release_full (self->finder, _nd_timeline_clear_finder);
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
  *y = self->mention_y + MENTION_TOP + mention->row * (MENTION_ROW_HEIGHT + 2) +
       MENTION_ROW_HEIGHT / 2.0;

  return TRUE;
}

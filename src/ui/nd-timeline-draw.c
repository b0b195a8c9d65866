/* nd-timeline-draw.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* How NdTimeline draws itself: the axis, the lanes with their marks and clusters, the
 * Mentioned track, the selection. A frame only walks what is in view (see nd-timeline.c). */

#define G_LOG_DOMAIN "nd-timeline"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "nd-timeline-private.h"

static void
get_source_color (NdTimeline *self,
                  guint       source_index,
                  double      alpha,
                  GdkRGBA    *color)
{
  Source *source = g_ptr_array_index (self->sources, source_index);
  double red, green, blue;

  nd_timeline_palette_color (source->color, &red, &green, &blue);
  *color = (GdkRGBA) { red, green, blue, alpha };
}

static void
get_style_colors (NdTimeline *self,
                  GdkRGBA    *fg,
                  GdkRGBA    *accent)
{
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));

  gtk_style_context_get_color (context, fg);
  if (!gtk_style_context_lookup_color (context, "accent_bg_color", accent) &&
      !gtk_style_context_lookup_color (context, "theme_selected_bg_color", accent))
    gdk_rgba_parse (accent, "#3584e4");
}

static GdkRGBA
with_alpha (const GdkRGBA *color,
            double         alpha)
{
  return (GdkRGBA) { color->red, color->green, color->blue, color->alpha * alpha };
}

static void
append_rect (GtkSnapshot   *snapshot,
             const GdkRGBA *color,
             double         x,
             double         y,
             double         width,
             double         height)
{
  gtk_snapshot_append_color (snapshot, color, &GRAPHENE_RECT_INIT (x, y, width, height));
}

static void
append_text (GtkSnapshot   *snapshot,
             PangoLayout   *layout,
             const GdkRGBA *color,
             double         x,
             double         y)
{
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT ((float)x, (float)y));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

static PangoLayout *
get_count_layout (NdTimeline *self,
                  guint       count)
{
  PangoLayout *layout = g_hash_table_lookup (self->count_layouts, GUINT_TO_POINTER (count));

  if (layout == NULL)
    {
      g_autofree char *text = g_strdup_printf ("%u", count);
      PangoAttrList *attributes = pango_attr_list_new ();

      pango_attr_list_insert (attributes, pango_attr_scale_new (0.8));
      pango_attr_list_insert (attributes, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
      layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
      pango_layout_set_attributes (layout, attributes);
      pango_attr_list_unref (attributes);
      if (g_hash_table_size (self->count_layouts) > 4096)
        g_hash_table_remove_all (self->count_layouts);
      g_hash_table_insert (self->count_layouts, GUINT_TO_POINTER (count), layout);
    }

  return layout;
}

static void
snapshot_axis (NdTimeline    *self,
               GtkSnapshot   *snapshot,
               const GdkRGBA *fg,
               double         height)
{
  g_autoptr(GTimeZone) local = g_time_zone_new_local ();
  g_autoptr(GArray) ticks = nd_timeline_ticks_choose (&self->scale, TICK_MIN_SPACING, local);
  GdkRGBA grid = with_alpha (fg, 0.10);
  GdkRGBA major_grid = with_alpha (fg, 0.22);
  GdkRGBA label_color = with_alpha (fg, 0.75);
  double bottom = self->mention_y + MENTION_TRACK_HEIGHT;
  double last_label_end = -G_MAXDOUBLE;

  append_rect (snapshot, &major_grid, self->plot_x, self->axis_height - 1, self->plot_width, 1);

  for (guint i = 0; i < ticks->len; i++)
    {
      NdTimelineTick *tick = &g_array_index (ticks, NdTimelineTick, i);
      double x = self->plot_x + nd_timeline_scale_time_to_x (&self->scale, (double)tick->time);
      g_autoptr(PangoLayout) layout = NULL;
      int label_width, label_height;

      append_rect (snapshot, tick->major ? &major_grid : &grid, floor (x), 4, 1,
                   MIN (bottom, height) - 4);

      layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), tick->label);
      pango_layout_get_pixel_size (layout, &label_width, &label_height);
      if (x + 4 < last_label_end || x + 4 + label_width > self->plot_x + self->plot_width)
        continue;
      append_text (snapshot, layout, &label_color, x + 4,
                   (self->axis_height - label_height) / 2.0);
      last_label_end = x + 4 + label_width + 6;
    }
}

static void
snapshot_lane_labels (NdTimeline    *self,
                      GtkSnapshot   *snapshot,
                      const GdkRGBA *fg)
{
  GdkRGBA label_color = with_alpha (fg, 0.85);
  GdkRGBA stripe = with_alpha (fg, 0.035);
  int label_width = self->plot_x - 18;

  for (guint l = 0; l < self->lanes->len; l++)
    {
      Lane *lane = g_ptr_array_index (self->lanes, l);
      double y = self->axis_height + (double)l * self->lane_height;
      int text_height;

      if (l % 2 == 1)
        append_rect (snapshot, &stripe, 0, y, self->plot_x + self->plot_width, self->lane_height);

      if (lane->color >= 0)
        {
          double red, green, blue;

          nd_timeline_palette_color ((guint)lane->color, &red, &green, &blue);
          append_rect (snapshot, &(GdkRGBA) { red, green, blue, 1 }, 8, y + 3, 3,
                       self->lane_height - 6);
        }

      if (lane->layout == NULL)
        {
          lane->layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), lane->label);
          pango_layout_set_ellipsize (lane->layout, PANGO_ELLIPSIZE_END);
        }
      pango_layout_set_width (lane->layout, MAX (label_width, 1) * PANGO_SCALE);
      pango_layout_get_pixel_size (lane->layout, NULL, &text_height);
      if (text_height <= self->lane_height + 4)
        append_text (snapshot, lane->layout, &label_color, 16,
                     y + (self->lane_height - text_height) / 2.0);
    }
}

/* A lone mark: a line, or for a date without a time on an axis of hours a light band over
 * its day with solid ends (see nd_timeline_mark_extent()). */
static void
snapshot_mark (NdTimeline    *self,
               GtkSnapshot   *snapshot,
               guint          mark,
               const GdkRGBA *color,
               double         y)
{
  double x_start, x_end;

  if (!_nd_timeline_mark_extent (self, mark, &x_start, &x_end))
    {
      append_rect (snapshot, color, self->plot_x + x_start - MARK_WIDTH / 2.0, y + 3,
                   MARK_WIDTH, self->lane_height - 6);
      return;
    }

  {
    GdkRGBA band = with_alpha (color, 0.35);
    double left = self->plot_x + x_start;
    double width = MAX (x_end - x_start, 2.0);

    append_rect (snapshot, &band, left, y + 5, width, self->lane_height - 10);
    append_rect (snapshot, color, left, y + 3, 2, self->lane_height - 6);
    append_rect (snapshot, color, left + width - 2, y + 3, 2, self->lane_height - 6);
  }
}

static void
snapshot_marks (NdTimeline    *self,
                GtkSnapshot   *snapshot,
                const GdkRGBA *fg)
{
  GdkRGBA count_color = { 1, 1, 1, 1 };

  for (guint l = 0; l < self->lanes->len; l++)
    {
      Lane *lane = g_ptr_array_index (self->lanes, l);
      double y = self->axis_height + (double)l * self->lane_height;

      for (guint c = 0; c < lane->clusters->len; c++)
        {
          const NdTimelineCluster *cluster = &g_array_index (lane->clusters, NdTimelineCluster, c);
          const Mark *first = _nd_timeline_get_mark (self, _nd_timeline_cluster_mark (lane, cluster, 0));
          double alpha = _nd_timeline_cluster_is_dimmed (self, lane, cluster) ? DIMMED_ALPHA : 1.0;
          double x = self->plot_x + cluster->x_start;
          GdkRGBA color;

          get_source_color (self, first->source, alpha, &color);
          if (cluster->count == 1)
            {
              snapshot_mark (self, snapshot, _nd_timeline_cluster_mark (lane, cluster, 0),
                             &color, y);
              continue;
            }

          {
            double width = cluster->x_end - cluster->x_start + MARK_WIDTH + 2;
            PangoLayout *layout = get_count_layout (self, cluster->count);
            int text_width, text_height;

            append_rect (snapshot, &color, x - MARK_WIDTH / 2.0 - 1, y + 2, width,
                         self->lane_height - 4);
            pango_layout_get_pixel_size (layout, &text_width, &text_height);
            if (text_width + 4 <= width && text_height <= self->lane_height)
              append_text (snapshot, layout, &count_color,
                            x - MARK_WIDTH / 2.0 - 1 + (width - text_width) / 2.0,
                            y + (self->lane_height - text_height) / 2.0);
          }
        }
    }
}

static void
snapshot_mention_bar (NdTimeline    *self,
                      GtkSnapshot   *snapshot,
                      const Mention *mention,
                      const GdkRGBA *color,
                      double         grow)
{
  double x0 = nd_timeline_scale_time_to_x (&self->scale, mention->from * DAY);
  double x1 = nd_timeline_scale_time_to_x (&self->scale, mention->to * DAY);
  double y = self->mention_y + MENTION_TOP + mention->row * (MENTION_ROW_HEIGHT + 2);

  x0 = MAX (x0, -10);
  x1 = MIN (x1, self->scale.width + 10);
  if (x1 - x0 < 3)
    {
      double middle = (x0 + x1) / 2;

      x0 = middle - 1.5;
      x1 = middle + 1.5;
    }
  else if (x1 - x0 > 5)
    x1 -= 1;   /* a hairline between ranges that follow each other */

  append_rect (snapshot, color, self->plot_x + x0 - grow, y - grow, x1 - x0 + 2 * grow,
               MENTION_ROW_HEIGHT + 2 * grow);
}

static void
snapshot_span (NdTimeline    *self,
               GtkSnapshot   *snapshot,
               guint          row,
               const Span    *span,
               const GdkRGBA *color)
{
  Mention as_mention = { span->from, span->to, 0, 0, (guint8)row };

  snapshot_mention_bar (self, snapshot, &as_mention, color, 0);
}

/* A dense row (more mentions in view than DENSE_PER_PIXEL a pixel) shows where mentions
 * are, in one colour: its coverage, at most a bar per pixel. */
static void
snapshot_dense_row (NdTimeline    *self,
                    GtkSnapshot   *snapshot,
                    guint          row,
                    const GdkRGBA *fg)
{
  GArray *coverage = self->coverage[row];
  GdkRGBA color = with_alpha (fg, row == MENTION_ROWS - 1 ? 0.3 : 0.45);
  guint low = 0, high = coverage->len;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (g_array_index (coverage, Span, middle).to * DAY < self->scale.start)
        low = middle + 1;
      else
        high = middle;
    }

  for (guint i = low; i < coverage->len; i++)
    {
      const Span *span = &g_array_index (coverage, Span, i);

      if (span->from * DAY > self->scale.end)
        break;
      snapshot_span (self, snapshot, row, span, &color);
    }
}

static void
snapshot_mentions (NdTimeline    *self,
                   GtkSnapshot   *snapshot,
                   const GdkRGBA *fg,
                   const GdkRGBA *accent)
{
  double pixel = (self->scale.end - self->scale.start) / MAX (self->scale.width, 1);

  for (guint row = 0; row < MENTION_ROWS; row++)
    {
      double painted_to = -G_MAXDOUBLE;
      guint first, last;

      _nd_timeline_find_mentions_in_range (self, row, self->scale.start, self->scale.end, &first, &last);
      if (last - first > DENSE_PER_PIXEL * self->scale.width)
        {
          snapshot_dense_row (self, snapshot, row, fg);
          continue;
        }

      /* Bars that fall on pixels already painted are skipped, so that a frame draws at most
       * a row's width of bars however many mentions there are. */
      for (guint i = first; i < last; i++)
        {
          const Mention *mention = &g_array_index (self->mentions, Mention, i);
          guint mark = _nd_timeline_mention_mark (self, mention);
          double alpha = _nd_timeline_mark_is_dimmed (self, mark) ? DIMMED_ALPHA
                                                     : _nd_timeline_mention_is_long (mention) ? 0.5 : 0.9;
          GdkRGBA color;

          if (mention->to * DAY < self->scale.start || mention->to * DAY <= painted_to + pixel)
            continue;

          painted_to = MAX (mention->to * DAY, mention->from * DAY + 3 * pixel);
          get_source_color (self, _nd_timeline_get_mark (self, mark)->source, alpha, &color);
          snapshot_mention_bar (self, snapshot, mention, &color, 0);
        }
    }

  for (guint i = 0; i < self->selected_mentions->len; i++)
    {
      const Mention *mention = &g_array_index (self->mentions, Mention,
                                               g_array_index (self->selected_mentions, guint, i));
      GdkRGBA color;

      get_source_color (self, _nd_timeline_get_mark (self, _nd_timeline_mention_mark (self, mention))->source, 1, &color);
      snapshot_mention_bar (self, snapshot, mention, accent, 1.5);
      snapshot_mention_bar (self, snapshot, mention, &color, 0);
    }
}

static void
snapshot_selection (NdTimeline    *self,
                    GtkSnapshot   *snapshot,
                    const GdkRGBA *accent)
{
  int mark = _nd_timeline_find_mark (self, self->selected);
  GdkRGBA line = with_alpha (accent, 0.6);
  GdkRGBA color;
  Source *source;
  double x, y, x_start, x_end;

  if (mark < 0)
    return;

  x = self->plot_x + _nd_timeline_mark_x (self, (guint)mark);
  if (x < self->plot_x - MARK_WIDTH || x > self->plot_x + self->plot_width + MARK_WIDTH)
    return;

  source = g_ptr_array_index (self->sources, _nd_timeline_get_mark (self, (guint)mark)->source);
  y = self->axis_height + (double)(source->lane != G_MAXUINT ? source->lane
                                                              : self->lanes->len - 1) *
                          self->lane_height;

  append_rect (snapshot, &line, floor (x), self->axis_height, 1,
               self->mention_y + MENTION_TRACK_HEIGHT - self->axis_height);
  get_source_color (self, _nd_timeline_get_mark (self, (guint)mark)->source, 1, &color);
  if (_nd_timeline_mark_extent (self, (guint)mark, &x_start, &x_end))
    {
      double width = MAX (x_end - x_start, 2.0);

      append_rect (snapshot, accent, self->plot_x + x_start - 3, y, width + 6, self->lane_height);
      append_rect (snapshot, &(GdkRGBA) { 1, 1, 1, 1 }, self->plot_x + x_start - 1, y + 2,
                   width + 2, self->lane_height - 4);
      snapshot_mark (self, snapshot, (guint)mark, &color, y);
      return;
    }
  append_rect (snapshot, accent, x - MARK_WIDTH / 2.0 - 3, y, MARK_WIDTH + 6, self->lane_height);
  append_rect (snapshot, &(GdkRGBA) { 1, 1, 1, 1 }, x - MARK_WIDTH / 2.0 - 1, y + 2,
               MARK_WIDTH + 2, self->lane_height - 4);
  append_rect (snapshot, &color, x - MARK_WIDTH / 2.0, y + 3, MARK_WIDTH, self->lane_height - 6);
}

static void
snapshot_message (NdTimeline    *self,
                  GtkSnapshot   *snapshot,
                  const GdkRGBA *fg,
                  const char    *message,
                  double         y,
                  double         height)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), message);
  GdkRGBA color = with_alpha (fg, 0.55);
  int width, text_height;

  pango_layout_get_pixel_size (layout, &width, &text_height);
  append_text (snapshot, layout, &color, self->plot_x + (self->plot_width - width) / 2.0,
               y + (height - text_height) / 2.0);
}

static void
snapshot_mention_label (NdTimeline    *self,
                        GtkSnapshot   *snapshot,
                        const GdkRGBA *fg)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self),
                                                                  _("Mentioned"));
  GdkRGBA label_color = with_alpha (fg, 0.85);
  GdkRGBA rule = with_alpha (fg, 0.15);
  int text_height;

  append_rect (snapshot, &rule, 0, self->mention_y + 1, self->plot_x + self->plot_width, 1);
  pango_layout_get_pixel_size (layout, NULL, &text_height);
  append_text (snapshot, layout, &label_color, 16,
               self->mention_y + (MENTION_TRACK_HEIGHT - text_height) / 2.0);
}

static void
snapshot_mention_track (NdTimeline    *self,
                        GtkSnapshot   *snapshot,
                        const GdkRGBA *fg,
                        const GdkRGBA *accent)
{
  if (self->mentions->len == 0 && self->marks->len > 0)
    {
      snapshot_message (self, snapshot, fg,
                        self->mention_job_running || self->mention_source != 0
                          ? _("Reading the dates the articles mention…")
                          : _("No dates mentioned in the text"),
                        self->mention_y + 2, MENTION_TRACK_HEIGHT - 2);
      return;
    }

  snapshot_mentions (self, snapshot, fg, accent);
}

void
_nd_timeline_snapshot (GtkWidget   *widget,
                      GtkSnapshot *snapshot)
{
  NdTimeline *self = ND_TIMELINE (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  GdkRGBA fg, accent;

  if (width <= 0 || height <= 0)
    return;

  get_style_colors (self, &fg, &accent);
  _nd_timeline_ensure_clusters (self);

  snapshot_lane_labels (self, snapshot, &fg);
  snapshot_mention_label (self, snapshot, &fg);
  snapshot_axis (self, snapshot, &fg, height);

  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (self->plot_x - MARK_WIDTH, 0,
                                                         self->plot_width + 2 * MARK_WIDTH,
                                                         height));
  if (self->marks->len == 0)
    snapshot_message (self, snapshot, &fg,
                      self->articles->len > 0 ? _("No dated articles") : _("No articles"),
                      self->axis_height, self->mention_y - self->axis_height);
  snapshot_marks (self, snapshot, &fg);
  snapshot_mention_track (self, snapshot, &fg, &accent);
  snapshot_selection (self, snapshot, &accent);
  gtk_snapshot_pop (snapshot);

  if (gtk_widget_has_visible_focus (widget))
    {
      GdkRGBA ring = with_alpha (&accent, 0.5);

      append_rect (snapshot, &ring, 0, 0, width, 2);
      append_rect (snapshot, &ring, 0, height - 2, width, 2);
      append_rect (snapshot, &ring, 0, 0, 2, height);
      append_rect (snapshot, &ring, width - 2, 0, 2, height);
    }

  gtk_widget_snapshot_child (widget, self->toolbar, snapshot);
}

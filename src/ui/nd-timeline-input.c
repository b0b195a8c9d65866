/* nd-timeline-input.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What NdTimeline does with input: keys that move the selection and zoom, clicks on the
 * clusters and mentions it hit-tests, drags, pinches and scrolling that pan and zoom, and
 * the tooltips. */

#define G_LOG_DOMAIN "nd-timeline"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "nd-timeline-private.h"

/* Selects the first article after mark @start in @direction that is not dimmed. */
static void
select_from (NdTimeline *self,
             int         start,
             int         direction)
{
  for (int i = start + direction; i >= 0 && i < (int)self->marks->len; i += direction)
    if (!_nd_timeline_mark_is_dimmed (self, (guint)i))
      {
        _nd_timeline_select_article (self, _nd_timeline_mark_article (self, (guint)i), TRUE);
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

      if (mention->to * DAY < time - slop ||
          _nd_timeline_mark_is_dimmed (self, _nd_timeline_mention_mark (self, mention)))
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
              _nd_timeline_select_article (self, _nd_timeline_mark_article (self, mark), FALSE);
              return;
            }
        }
      return;
    }

  nd_timeline_scale_fit (&scale, _nd_timeline_get_mark (self, first)->time,
                         _nd_timeline_get_mark (self, last)->time, MIN_SPAN);
  /* Never zoom out by clicking: a cluster of a few pixels can stand for a single day. */
  if (scale.end - scale.start > span)
    nd_timeline_scale_zoom (&scale, span / (scale.end - scale.start), scale.width / 2,
                            MIN_SPAN, MAX_SPAN);
  self->view_touched = TRUE;
  _nd_timeline_set_scale (self, scale.start, scale.end);
}

static void
activate_mention (NdTimeline *self,
                  guint       index)
{
  const Mention *mention = &g_array_index (self->mentions, Mention, index);
  NdArticle *article = g_ptr_array_index (self->articles, mention->position);

  if (_nd_timeline_mark_is_dimmed (self, _nd_timeline_mention_mark (self, mention)))
    return;

  _nd_timeline_select_article (self, article, FALSE);
  _nd_timeline_emit_mention_activated (self, article, mention->offset);
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
  _nd_timeline_set_scale (self, scale.start, scale.end);
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
  _nd_timeline_set_scale (self, scale.start, scale.end);
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
  _nd_timeline_set_scale (self, scale.start, scale.end);
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
  _nd_timeline_set_scale (self, scale.start, scale.end);
}

/* Clicks, drags, pinches, scrolling and the pointer's moves. */
void
_nd_timeline_input_init (NdTimeline *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkGesture *drag = gtk_gesture_drag_new ();
  GtkGesture *zoom = gtk_gesture_zoom_new ();
  GtkEventController *scroll =
    gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  GtkEventController *motion = gtk_event_controller_motion_new ();

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
}

/* Tooltips. */

static void
append_article_lines (GString   *text,
                      NdArticle *article)
{
  g_autofree char *date = _nd_timeline_dup_article_date (article);

  g_string_append_printf (text, "%s\n%s · %s", _nd_timeline_get_title (article),
                          _nd_timeline_get_source_name (article), date);
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
      NdArticle *first = _nd_timeline_mark_article (
          self, _nd_timeline_cluster_mark (hit.lane, cluster, 0));

      if (cluster->count == 1)
        append_article_lines (text, first);
      else
        {
          NdArticle *last = _nd_timeline_mark_article (
              self, _nd_timeline_cluster_mark (hit.lane, cluster, cluster->count - 1));
          g_autofree char *from = _nd_timeline_dup_article_date (first);
          g_autofree char *to = _nd_timeline_dup_article_date (last);

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
      g_autofree char *sentence = _nd_timeline_dup_mention_sentence (self, mention);
      g_autofree char *when = _nd_timeline_dup_mentioned_days (mention->from, mention->to);

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

gboolean
_nd_timeline_query_tooltip (GtkWidget  *widget,
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
add_binding (GtkWidgetClass *widget_class,
             guint           keyval,
             const char     *action_name)
{
  gtk_widget_class_add_binding_action (widget_class, keyval, 0, action_name, NULL);
}

/* The actions that keys and the toolbar's buttons stand for, and the keys. */
void
_nd_timeline_input_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "timeline.previous", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "timeline.next", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "timeline.first", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "timeline.last", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-fit", NULL, zoom_action);

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
}

/* For tests (nd-timeline-test-private.h). */

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

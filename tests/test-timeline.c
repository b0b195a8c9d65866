/* test-timeline.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gdk/x11/gdkx.h>
#include <gtk/gtk.h>
#include <math.h>

#include "nd-article-view.h"
#include "nd-sidebar.h"
#include "nd-test-ui-utils.h"
#include "nd-test-utils.h"
#include "nd-timeline.h"
#include "nd-timeline-private.h"
#include "nd-timeline-test-private.h"
#include "nd-window.h"
#include "nd-window-private.h"
#include "test-timeline-private.h"

/* The sample story in time order (data/sample/STORY.md; `newsdesk-cli list --sample`). */
static const char * const sample_in_time_order[] = {
  "gazette-review-doubts",        /* 2026-03-04 07:30 */
  "ledger-barrier-review",        /* 2026-03-04 14:10 */
  "coastline-public-meeting",     /* 2026-03-05 06:00 */
  "gazette-cafe-mirador",         /* 2026-03-06 12:00 */
  "northfield-company-statement", /* 2026-03-06 23:45 */
  "ledger-vote-preview",          /* 2026-03-10 12:15 */
  "gazette-council-vote",         /* 2026-03-13 (a date only: midnight) */
  "northfield-plant-jobs",        /* 2026-03-13 21:30 */
  "ledger-talks-monday",          /* 2026-03-17 11:05 */
  "coastline-second-review",      /* 2026-03-30 17:00 */
  "gazette-cafe-reprieve",        /* 2026-04-01 08:00 */
};

NdTimeline *
get_timeline (NdWindow *window)
{
  return ND_TIMELINE (nd_window_get_timeline (window));
}

gboolean
timeline_ready (gpointer data)
{
  NdTimeline *timeline = data;

  return nd_timeline_get_n_dated (timeline) > 0 &&
         gtk_widget_get_height (GTK_WIDGET (timeline)) > 60;
}

NdWindow *
create_window_with_sample (void)
{
  NdWindow *window = nd_test_window_new_with_sample (1200, 760);

  g_assert_true (nd_test_wait_until (timeline_ready, get_timeline (window), 10000));
  nd_test_wait_for_frames (GTK_WIDGET (window), 2);

  return window;
}

NdArticle *
lookup (NdWindow   *window,
        const char *id)
{
  NdArticle *article = nd_article_store_lookup (nd_window_get_store (window), id);

  g_assert_nonnull (article);
  return article;
}

/* Real input through the X server (XTEST), as a person's: the events go through GTK's
 * event delivery and the widget's controllers. */
void
run_xdotool (const char *arguments)
{
  g_autofree char *command = g_strdup_printf ("xdotool %s", arguments);
  g_autoptr(GError) error = NULL;
  int status;

  g_test_message ("%s", command);
  g_assert_true (g_spawn_command_line_sync (command, NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
}

gulong
get_xid (GtkWidget *widget)
{
  GdkSurface *surface = gtk_native_get_surface (gtk_widget_get_native (widget));

  g_assert_true (GDK_IS_X11_SURFACE (surface));
  return (gulong)gdk_x11_surface_get_xid (surface);
}

/* (@x, @y) of @widget in its X window, where xdotool takes its coordinates. */
void
to_x_window (GtkWidget *widget,
             double     x,
             double     y,
             double    *x_window,
             double    *y_window)
{
  GtkNative *native = gtk_widget_get_native (widget);
  double window_x, window_y, surface_x, surface_y;

  g_assert_true (gtk_widget_translate_coordinates (widget, GTK_WIDGET (native), x, y,
                                                   &window_x, &window_y));
  gtk_native_get_surface_transform (native, &surface_x, &surface_y);
  *x_window = window_x + surface_x;
  *y_window = window_y + surface_y;
}

void
click_at (GtkWidget *widget,
          double     x,
          double     y)
{
  g_autofree char *arguments = NULL;
  double window_x, window_y;

  to_x_window (widget, x, y, &window_x, &window_y);
  arguments = g_strdup_printf ("mousemove --window %lu %d %d click 1", get_xid (widget),
                               (int)round (window_x), (int)round (window_y));
  run_xdotool (arguments);
}

static void
press_key (GtkWidget  *widget,
           const char *key)
{
  g_autofree char *arguments = NULL;

  gtk_widget_grab_focus (widget);
  g_assert_true (gtk_widget_has_focus (widget));
  arguments = g_strdup_printf ("key --window %lu %s", get_xid (widget), key);
  run_xdotool (arguments);
}

typedef struct
{
  NdTimeline *timeline;
  guint       n_inputs;
} InputCheck;

static gboolean
inputs_reached (gpointer data)
{
  InputCheck *check = data;

  return _nd_timeline_get_n_inputs (check->timeline) >= check->n_inputs;
}

/* Waits until the timeline has handled @n more clicks, keys, drags or scrolls since
 * @before. */
static void
wait_for_inputs (NdTimeline *timeline,
                 guint       before,
                 guint       n)
{
  InputCheck check = { timeline, before + n };

  g_assert_true (nd_test_wait_until (inputs_reached, &check, 5000));
}

typedef struct
{
  NdWindow  *window;
  NdArticle *article;
} Expected;

static gboolean
all_show (gpointer data)
{
  Expected *expected = data;
  NdTimeline *timeline = get_timeline (expected->window);

  return nd_window_get_selected_article (expected->window) == expected->article &&
         nd_article_view_get_article (ND_ARTICLE_VIEW (nd_window_get_article_view (expected->window))) ==
           expected->article &&
         nd_timeline_get_selected_article (timeline) == expected->article;
}

void
assert_all_show (NdWindow   *window,
                 const char *id)
{
  Expected expected = { window, lookup (window, id) };

  if (!nd_test_wait_until (all_show, &expected, 5000))
    {
      NdArticle *selected = nd_window_get_selected_article (window);

      g_error ("expected %s selected in the sidebar, reader and timeline; the sidebar has %s", id,
               selected ? nd_article_get_id (selected) : "nothing");
    }
}

static void
test_click_selects (void)
{
  NdWindow *window = create_window_with_sample ();
  NdTimeline *timeline = get_timeline (window);
  double x, y;
  guint inputs;

  /* The newest article is selected at first; click the oldest one's mark. */
  assert_all_show (window, "gazette-cafe-reprieve");
  g_assert_true (nd_timeline_get_mark_position (timeline, lookup (window, "gazette-review-doubts"),
                                                &x, &y));
  click_at (GTK_WIDGET (timeline), x, y);
  assert_all_show (window, "gazette-review-doubts");

  /* And one in another lane. */
  g_assert_true (nd_timeline_get_mark_position (timeline, lookup (window, "northfield-plant-jobs"),
                                                &x, &y));
  click_at (GTK_WIDGET (timeline), x, y);
  assert_all_show (window, "northfield-plant-jobs");

  /* A click on empty space selects nothing else. */
  inputs = _nd_timeline_get_n_inputs (timeline);
  click_at (GTK_WIDGET (timeline), x, gtk_widget_get_height (GTK_WIDGET (timeline)) - 2);
  wait_for_inputs (timeline, inputs, 1);
  assert_all_show (window, "northfield-plant-jobs");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Whether the pixel is Adwaita's accent blue, #3584e4. */
static gboolean
pixel_is_accent (GdkTexture *texture,
                 int         x,
                 int         y)
{
  int width = gdk_texture_get_width (texture);
  int height = gdk_texture_get_height (texture);
  g_autofree guchar *pixels = g_malloc ((gsize)width * height * 4);
  const guchar *pixel;

  gdk_texture_download (texture, pixels, (gsize)width * 4);
  pixel = pixels + ((gsize)y * width + x) * 4;   /* B, G, R, A */
  g_test_message ("pixel at %d,%d: #%02x%02x%02x", x, y, pixel[2], pixel[1], pixel[0]);

  return abs (pixel[2] - 0x35) <= 12 && abs (pixel[1] - 0x84) <= 12 && abs (pixel[0] - 0xe4) <= 12;
}

static void
test_sidebar_selects (void)
{
  NdWindow *window = create_window_with_sample ();
  NdTimeline *timeline = get_timeline (window);
  NdArticle *article = lookup (window, "ledger-vote-preview");
  g_autoptr(GdkTexture) before = NULL;
  g_autoptr(GdkTexture) after = NULL;
  double x, y;

  g_assert_true (nd_timeline_get_mark_position (timeline, article, &x, &y));
  before = nd_test_render (GTK_WIDGET (timeline));
  /* Beside the mark: the highlight frames it 3 px wide. */
  g_assert_false (pixel_is_accent (before, (int)x - 4, (int)y));

  nd_sidebar_select_article (ND_SIDEBAR (nd_window_get_sidebar (window)), article);
  assert_all_show (window, "ledger-vote-preview");
  nd_test_wait_for_frames (GTK_WIDGET (timeline), 1);
  after = nd_test_render (GTK_WIDGET (timeline));
  g_assert_true (pixel_is_accent (after, (int)x - 4, (int)y));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_keys_move_selection (void)
{
  NdWindow *window = create_window_with_sample ();
  GtkWidget *timeline = GTK_WIDGET (get_timeline (window));
  guint inputs;

  nd_sidebar_select_article (ND_SIDEBAR (nd_window_get_sidebar (window)),
                             lookup (window, "ledger-vote-preview"));
  assert_all_show (window, "ledger-vote-preview");

  press_key (timeline, "Right");
  assert_all_show (window, "gazette-council-vote");
  press_key (timeline, "Right");
  assert_all_show (window, "northfield-plant-jobs");
  press_key (timeline, "Left");
  press_key (timeline, "Left");
  press_key (timeline, "Left");
  assert_all_show (window, "northfield-company-statement");

  press_key (timeline, "Home");
  assert_all_show (window, sample_in_time_order[0]);
  /* Left at the first article stays there. */
  inputs = _nd_timeline_get_n_inputs (ND_TIMELINE (timeline));
  press_key (timeline, "Left");
  wait_for_inputs (ND_TIMELINE (timeline), inputs, 1);
  assert_all_show (window, sample_in_time_order[0]);

  press_key (timeline, "End");
  assert_all_show (window, sample_in_time_order[G_N_ELEMENTS (sample_in_time_order) - 1]);

  /* Every article in time order, from the first. */
  press_key (timeline, "Home");
  for (guint i = 1; i < G_N_ELEMENTS (sample_in_time_order); i++)
    {
      press_key (timeline, "Right");
      assert_all_show (window, sample_in_time_order[i]);
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

typedef struct
{
  NdTimeline *timeline;
  double      span;
} SpanCheck;

static gboolean
span_is (gpointer data)
{
  SpanCheck *check = data;
  double start, end;

  nd_timeline_get_visible_range (check->timeline, &start, &end);
  return fabs ((end - start) - check->span) < 1.0;
}

static void
assert_span (NdTimeline *timeline,
             double      span)
{
  SpanCheck check = { timeline, span };
  double start, end;

  if (!nd_test_wait_until (span_is, &check, 5000))
    {
      nd_timeline_get_visible_range (timeline, &start, &end);
      g_error ("the visible span is %.0f s, not %.0f s", end - start, span);
    }
}

static void
test_zoom_keys (void)
{
  NdWindow *window = create_window_with_sample ();
  NdTimeline *timeline = get_timeline (window);
  double start, end, fitted_start, fitted_end;

  /* Fitted: 4 March 07:30 to 1 April 08:00, 28 days and 30 minutes, a twentieth spare on
   * each side. */
  nd_timeline_get_visible_range (timeline, &fitted_start, &fitted_end);
  g_assert_cmpfloat_with_epsilon (fitted_end - fitted_start, (28 * DAY + 1800) * 1.1, 1.0);
  g_assert_cmpfloat_with_epsilon ((fitted_start + fitted_end) / 2,
                                  1772609400 + (28 * DAY + 1800) / 2, 1.0);

  /* The selected (newest) article is in view, so zooming keeps it where it is. */
  press_key (GTK_WIDGET (timeline), "plus");
  assert_span (timeline, (fitted_end - fitted_start) / 2);
  press_key (GTK_WIDGET (timeline), "plus");
  assert_span (timeline, (fitted_end - fitted_start) / 4);
  nd_timeline_get_visible_range (timeline, &start, &end);
  g_assert_cmpfloat (start, <=, 1775030400);   /* 1 April 08:00 */
  g_assert_cmpfloat (end, >=, 1775030400);

  press_key (GTK_WIDGET (timeline), "minus");
  assert_span (timeline, (fitted_end - fitted_start) / 2);

  /* Fit: back to where it started. */
  press_key (GTK_WIDGET (timeline), "0");
  assert_span (timeline, fitted_end - fitted_start);
  nd_timeline_get_visible_range (timeline, &start, &end);
  g_assert_cmpfloat_with_epsilon (start, fitted_start, 1.0);

  /* The zoom-to-fit button does the same. */
  nd_timeline_set_visible_range (timeline, fitted_start - 100 * DAY, fitted_end + 100 * DAY);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (timeline), "timeline.zoom-fit", NULL));
  assert_span (timeline, fitted_end - fitted_start);

  /* Zooming in stops at six hours. */
  for (guint i = 0; i < 16; i++)
    gtk_widget_activate_action (GTK_WIDGET (timeline), "timeline.zoom-in", NULL);
  assert_span (timeline, 6 * 3600);

  gtk_window_destroy (GTK_WINDOW (window));
}

typedef struct
{
  NdTimeline *timeline;
  double      max_span;
} Narrower;

static gboolean
span_below (gpointer data)
{
  Narrower *narrower = data;
  double start, end;

  nd_timeline_get_visible_range (narrower->timeline, &start, &end);
  return end - start < narrower->max_span;
}

static void
test_cluster_click (void)
{
  NdWindow *window = create_window_with_sample ();
  NdTimeline *timeline = get_timeline (window);
  Narrower narrower = { timeline, 60 * DAY };
  double x, y, start, end;
  guint count;

  /* Ten years in view: each lane's articles (all within a month, some 6 px) merge into one
   * cluster. */
  nd_timeline_set_visible_range (timeline, 1772323200 - 5 * 365 * DAY, 1772323200 + 5 * 365 * DAY);
  nd_test_wait_for_frames (GTK_WIDGET (timeline), 1);
  g_assert_true (nd_timeline_find_cluster (timeline, 2, &x, &y, &count));
  g_assert_cmpuint (count, >=, 2);
  /* The oldest article is no mark of its own but in a cluster. */
  g_assert_false (nd_timeline_get_mark_position (timeline, lookup (window, "gazette-review-doubts"),
                                                 &x, &y));
  g_assert_true (nd_timeline_find_cluster (timeline, 2, &x, &y, &count));

  click_at (GTK_WIDGET (timeline), x, y);
  g_assert_true (nd_test_wait_until (span_below, &narrower, 5000));
  nd_test_wait_for_frames (GTK_WIDGET (timeline), 1);

  /* The first lane is Coastline Radio News (lanes go by name), whose two articles, of 5 and
   * 30 March, were the cluster; they are apart now and both in view. */
  g_assert_cmpuint (count, ==, 2);
  nd_timeline_get_visible_range (timeline, &start, &end);
  g_test_message ("after the click: %.0f to %.0f", start, end);
  g_assert_cmpfloat (start, <=, 1772690400);   /* 5 March 06:00 */
  g_assert_cmpfloat (end, >=, 1774890000);     /* 30 March 17:00 */
  g_assert_true (nd_timeline_get_mark_position (timeline,
                                                lookup (window, "coastline-public-meeting"),
                                                &x, &y));
  g_assert_true (nd_timeline_get_mark_position (timeline,
                                                lookup (window, "coastline-second-review"),
                                                &x, &y));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_tooltips (void)
{
  NdWindow *window = create_window_with_sample ();
  NdTimeline *timeline = get_timeline (window);
  g_autofree char *mark_text = NULL;
  g_autofree char *cluster_text = NULL;
  g_autofree char *nothing = NULL;
  double x, y;
  guint count;

  g_assert_true (nd_timeline_get_mark_position (timeline, lookup (window, "gazette-review-doubts"),
                                                &x, &y));
  mark_text = nd_timeline_dup_text_at (timeline, x + 1, y);
  /* Lines longer than sixty characters are broken in lines of about equal length. */
  g_assert_cmpstr (mark_text, ==,
                   "Independent review casts doubt\n"
                   "on £48m Kestlehaven barrier plan\n"
                   "The Harbour Gazette · Wednesday, 4 March 2026, 07:30");
  /* The Gazette has nothing between 13 March and 1 April. */
  g_assert_true (nd_timeline_get_mark_position (timeline, lookup (window, "gazette-council-vote"),
                                                &x, &y));
  nothing = nd_timeline_dup_text_at (timeline, x + 60, y);
  g_assert_null (nothing);

  nd_timeline_set_visible_range (timeline, 1772323200 - 5 * 365 * DAY, 1772323200 + 5 * 365 * DAY);
  g_assert_true (nd_timeline_find_cluster (timeline, 2, &x, &y, &count));
  cluster_text = nd_timeline_dup_text_at (timeline, x, y);
  g_assert_cmpstr (cluster_text, ==,
                   "2 articles, Thursday, 5 March 2026,\n"
                   "06:00 – Monday, 30 March 2026, 17:00\n"
                   "Click to zoom in");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
drag (GtkWidget *widget,
      double     x,
      double     y,
      double     dx)
{
  g_autofree char *arguments = NULL;
  double window_x, window_y;
  gulong xid = get_xid (widget);

  to_x_window (widget, x, y, &window_x, &window_y);
  arguments = g_strdup_printf ("mousemove --window %lu %d %d mousedown 1 "
                               "mousemove --window %lu %d %d mousemove --window %lu %d %d "
                               "mouseup 1", xid, (int)window_x, (int)window_y,
                               xid, (int)(window_x + dx / 2), (int)window_y,
                               xid, (int)(window_x + dx), (int)window_y);
  run_xdotool (arguments);
}

static void
scroll_at (GtkWidget  *widget,
           double      x,
           double      y,
           const char *modifier,
           int         button)
{
  g_autofree char *arguments = NULL;
  double window_x, window_y;

  to_x_window (widget, x, y, &window_x, &window_y);
  if (modifier != NULL)
    arguments = g_strdup_printf ("mousemove --window %lu %d %d keydown %s click %d keyup %s",
                                 get_xid (widget), (int)window_x, (int)window_y, modifier,
                                 button, modifier);
  else
    arguments = g_strdup_printf ("mousemove --window %lu %d %d click %d", get_xid (widget),
                                 (int)window_x, (int)window_y, button);
  run_xdotool (arguments);
}

typedef struct
{
  NdTimeline *timeline;
  double      start;
  double      end;
} ViewRange;

static gboolean
range_changed (gpointer data)
{
  ViewRange *before = data;
  double start, end;

  nd_timeline_get_visible_range (before->timeline, &start, &end);
  return start != before->start || end != before->end;
}

/* Pixels per second, from two marks' positions. */
static double
get_pixels_per_second (NdWindow *window)
{
  NdTimeline *timeline = get_timeline (window);
  double x1, x2, y;

  g_assert_true (nd_timeline_get_mark_position (timeline, lookup (window, "gazette-review-doubts"),
                                                &x1, &y));
  g_assert_true (nd_timeline_get_mark_position (timeline, lookup (window, "gazette-cafe-reprieve"),
                                                &x2, &y));
  /* 4 March 07:30 to 1 April 08:00. */
  return (x2 - x1) / (28 * DAY + 1800);
}

static void
test_drag_and_scroll (void)
{
  NdWindow *window = create_window_with_sample ();
  NdTimeline *timeline = get_timeline (window);
  NdArticle *anchor = lookup (window, "ledger-vote-preview");
  double per_second = get_pixels_per_second (window);
  ViewRange before = { timeline, 0, 0 };
  double start, end, x, y, x_after;
  guint inputs;

  /* Dragging 100 px to the right shows what was 100 px earlier. */
  nd_timeline_get_visible_range (timeline, &before.start, &before.end);
  g_assert_true (nd_timeline_get_mark_position (timeline, anchor, &x, &y));
  inputs = _nd_timeline_get_n_inputs (timeline);
  drag (GTK_WIDGET (timeline), x + 20, y, 100);
  g_assert_true (nd_test_wait_until (range_changed, &before, 5000));
  /* The drag's end: the button is up. */
  wait_for_inputs (timeline, inputs, 1);
  nd_timeline_get_visible_range (timeline, &start, &end);
  g_assert_cmpfloat_with_epsilon ((before.start - start) * per_second, 100, 1.5);
  g_assert_cmpfloat_with_epsilon (end - start, before.end - before.start, 1.0);
  /* A drag is no click: the selection stays. */
  assert_all_show (window, "gazette-cafe-reprieve");

  /* Ctrl and the wheel zoom in around the pointer: the mark under it stays put. */
  nd_test_wait_for_frames (GTK_WIDGET (timeline), 1);
  g_assert_true (nd_timeline_get_mark_position (timeline, anchor, &x, &y));
  nd_timeline_get_visible_range (timeline, &before.start, &before.end);
  inputs = _nd_timeline_get_n_inputs (timeline);
  scroll_at (GTK_WIDGET (timeline), x, y, "ctrl", 4);
  g_assert_true (nd_test_wait_until (range_changed, &before, 5000));
  wait_for_inputs (timeline, inputs, 1);
  nd_timeline_get_visible_range (timeline, &start, &end);
  g_assert_cmpfloat_with_epsilon ((end - start) / (before.end - before.start), 0.8, 0.001);
  nd_test_wait_for_frames (GTK_WIDGET (timeline), 1);
  g_assert_true (nd_timeline_get_mark_position (timeline, anchor, &x_after, &y));
  g_assert_cmpfloat_with_epsilon (x_after, x, 1.0);

  /* The wheel alone pans: down shows later times, a twelfth of the width a step. */
  nd_timeline_get_visible_range (timeline, &before.start, &before.end);
  inputs = _nd_timeline_get_n_inputs (timeline);
  scroll_at (GTK_WIDGET (timeline), x, y, NULL, 5);
  g_assert_true (nd_test_wait_until (range_changed, &before, 5000));
  wait_for_inputs (timeline, inputs, 1);
  nd_timeline_get_visible_range (timeline, &start, &end);
  g_assert_cmpfloat_with_epsilon (start - before.start, (before.end - before.start) / 12, 1.0);

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
search_applied (gpointer data)
{
  NdWindow *window = data;

  return nd_timeline_is_dimmed (get_timeline (window), lookup (window, "gazette-cafe-reprieve"));
}

static gboolean
nothing_dimmed (gpointer data)
{
  NdWindow *window = data;

  return !nd_timeline_is_dimmed (get_timeline (window), lookup (window, "gazette-cafe-reprieve"));
}

static void
test_search_dims (void)
{
  NdWindow *window = create_window_with_sample ();
  NdTimeline *timeline = get_timeline (window);
  GtkWidget *entry = nd_window_get_search_entry (window);

  g_assert_false (nd_timeline_is_dimmed (timeline, lookup (window, "northfield-plant-jobs")));
  g_assert_false (nd_timeline_is_dimmed (timeline, lookup (window, "gazette-cafe-reprieve")));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  gtk_editable_set_text (GTK_EDITABLE (entry), "source:northfield ");
  g_assert_true (nd_test_wait_until (search_applied, window, 5000));

  g_assert_false (nd_timeline_is_dimmed (timeline, lookup (window, "northfield-plant-jobs")));
  g_assert_false (nd_timeline_is_dimmed (timeline, lookup (window, "northfield-company-statement")));
  for (guint i = 0; i < G_N_ELEMENTS (sample_in_time_order); i++)
    if (!g_str_has_prefix (sample_in_time_order[i], "northfield"))
      g_assert_true (nd_timeline_is_dimmed (timeline, lookup (window, sample_in_time_order[i])));

  /* Keys only visit the matches. */
  assert_all_show (window, "northfield-plant-jobs");
  press_key (GTK_WIDGET (timeline), "Left");
  assert_all_show (window, "northfield-company-statement");
  press_key (GTK_WIDGET (timeline), "Home");
  assert_all_show (window, "northfield-company-statement");
  press_key (GTK_WIDGET (timeline), "End");
  assert_all_show (window, "northfield-plant-jobs");
  nd_test_wait_for_frames (GTK_WIDGET (window), 2);
  nd_test_save_screenshot (GTK_WIDGET (window), "timeline-search.png");

  /* The end of the search lights everything again. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  g_assert_true (nd_test_wait_until (nothing_dimmed, window, 5000));
  for (guint i = 0; i < G_N_ELEMENTS (sample_in_time_order); i++)
    g_assert_false (nd_timeline_is_dimmed (timeline, lookup (window, sample_in_time_order[i])));

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  nd_test_init_gtk (&argc, &argv);

  g_test_add_func ("/nd/timeline/click-selects", test_click_selects);
  g_test_add_func ("/nd/timeline/sidebar-selects", test_sidebar_selects);
  g_test_add_func ("/nd/timeline/keys-move-selection", test_keys_move_selection);
  g_test_add_func ("/nd/timeline/zoom-keys", test_zoom_keys);
  g_test_add_func ("/nd/timeline/cluster-click", test_cluster_click);
  g_test_add_func ("/nd/timeline/tooltips", test_tooltips);
  g_test_add_func ("/nd/timeline/drag-and-scroll", test_drag_and_scroll);
  g_test_add_func ("/nd/timeline/search-dims", test_search_dims);
  add_timeline_content_tests ();

  return g_test_run ();
}

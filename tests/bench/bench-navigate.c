/* bench-navigate.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Measures how quickly NewsDesk moves from one article to the next with a large corpus
 * open: the time from "win.next-article" (Alt+Down) to the end of the frame that shows
 * its result, which is the latency a user sees.
 *
 * The window is the real NdWindow, in this process, with the application's style sheets.
 * Each step activates the action, queues a redraw (so that a frame always comes, even if
 * nothing changed) and runs the main loop until the window's frame clock has emitted
 * "after-paint" for a frame that began after the action.
 *
 * GDK paces frames: a frame never starts sooner than one refresh interval (16.7 ms on Xvfb,
 * which reports no refresh rate) after the previous one began. Stepping back to back
 * would therefore measure the pacing, not NewsDesk, and no step could ever come in under
 * 16 ms. So the latency passes wait until the frame clock has been idle for more than an
 * interval before each step, as it is when a person presses a key; what the pacing allows
 * when steps do come back to back is measured separately, as steps per second.
 *
 * The passes, in order: --steps forward one at a time, as many forward back to back, then
 * --back-steps backward one at a time ("win.previous-article").
 *
 * With --stories, a last pass turns the story list on and keeps the window drawing a frame
 * every refresh interval while the stories are grouped in their worker thread: the gaps
 * between frames say whether the window missed any (issue #16: none longer than 16 ms).
 * It begins once the window has done what opening and stepping left for idle time (the
 * comparison of the articles shown, the reader's layout of the rest of its text), so that
 * the frames are the story list's.
 *
 * This is a benchmark: it prints figures and their target, and exits 0 whatever they are.
 * It exits 1 only when it cannot measure (no display, nothing loaded, no frame). */

#define G_LOG_DOMAIN "bench-navigate"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "compare/nd-story-list.h"
#include "load/nd-article-store.h"
#include "nd-bench-utils.h"
#include "nd-sidebar.h"
#include "nd-sidebar-test-private.h"
#include "nd-window.h"
#include "nd-window-private.h"

#define TARGET_STEP_MS 16.0
#define DEFAULT_STEPS 1000
#define DEFAULT_BACK_STEPS 200
#define WINDOW_WIDTH 1200
#define WINDOW_HEIGHT 760

/* More than GDK's default refresh interval (16,667 µs) plus its rounding to whole
 * milliseconds, so that the next frame may start at once. */
#define IDLE_GAP_US 20000
/* While GTK animates (a transition, say) frames come every refresh interval
 * and the clock never goes idle; a step then waits this long at most, and is counted. */
#define MAX_GAP_US 1000000
/* After loading: how long without a frame counts as settled, and how long to wait for it. */
#define QUIET_US 200000
#define MAX_SETTLE_US (5 * G_USEC_PER_SEC)
#define FRAME_TIMEOUT_US (10 * G_USEC_PER_SEC)
#define LOAD_TIMEOUT_US (15 * 60 * G_USEC_PER_SEC)

typedef struct
{
  NdWindow       *window;
  NdSidebar      *sidebar;
  NdArticleStore *store;

  /* From the window's frame clock; monotonic µs. */
  guint           n_paints;
  gint64          before_paint_time;  /* of the latest frame */
  gint64          after_paint_time;

  gint64          loaded_time;        /* when the store stopped loading */
} Bench;

/* Per step of one pass, in milliseconds. */
typedef struct
{
  const char *label;
  GArray     *latency;     /* action to the end of the frame that shows it */
  GArray     *action;      /* the action itself, synchronously */
  GArray     *before;      /* from the action's end until the frame began: idle work, events,
                            * and the frame clock's pacing when it was not idle */
  GArray     *frame;       /* the frame: before-paint to after-paint */
  GArray     *more_frames; /* frames that followed before the clock went idle (a count) */
  guint       requested;
  guint       n_animating;  /* steps that began while frames were still coming */
  gboolean    reached_end;
} Pass;

typedef struct
{
  guint    requested;
  guint    done;
  double   seconds;
  double   longest_ms;
  gboolean reached_end;
} HeldPass;

/* Frames drawn while the stories were grouped. */
typedef struct
{
  GArray  *gaps;         /* between one frame's start and the next one's, ms */
  gint64   last_frame;   /* when the latest frame began, µs; 0 before the first */
  double   seconds;      /* from turning the story list on until the grouping finished */
  guint    n_stories;
  guint    n_frames_wanted;
} StoriesPass;

typedef gboolean (*ConditionFunc) (Bench    *bench,
                                   gpointer  data);

/* Statistics */

static double
elapsed_ms (gint64 from,
            gint64 to)
{
  return (to - from) / 1000.0;
}

/* Running the main loop */

static gboolean
on_timeout_cb (gpointer user_data)
{
  gboolean *fired = user_data;

  *fired = TRUE;
  return G_SOURCE_REMOVE;
}

static guint
ms_until (gint64 deadline)
{
  gint64 remaining = deadline - g_get_monotonic_time ();

  return remaining > 0 ? (guint)MIN ((remaining + 999) / 1000, G_MAXUINT) : 0;
}

/* Runs the main loop until @condition holds; FALSE if @timeout_us passed first. */
static gboolean
run_until (Bench         *bench,
           ConditionFunc  condition,
           gpointer       data,
           gint64         timeout_us)
{
  gboolean fired = FALSE;
  guint timeout_id;

  if (condition (bench, data))
    return TRUE;

  timeout_id = g_timeout_add ((guint)(timeout_us / 1000), on_timeout_cb, &fired);
  while (!condition (bench, data) && !fired)
    g_main_context_iteration (NULL, TRUE);

  if (!fired)
    g_source_remove (timeout_id);

  return condition (bench, data);
}

/* Runs the main loop, doing whatever is due, until @deadline. */
static void
run_until_time (gint64 deadline)
{
  while (g_get_monotonic_time () < deadline)
    {
      gboolean fired = FALSE;

      g_timeout_add (ms_until (deadline), on_timeout_cb, &fired);
      while (!fired)
        g_main_context_iteration (NULL, TRUE);
    }
}

static gboolean
painted_since (Bench    *bench,
               gpointer  data)
{
  return bench->n_paints > GPOINTER_TO_UINT (data);
}

static gboolean
store_loaded (Bench    *bench,
              gpointer  data)
{
  return !nd_article_store_get_loading (bench->store);
}

/* The sidebar filters and sorts incrementally, in idle time; until that is done the list
 * is not the one a user steps through. */
static gboolean
list_complete (Bench    *bench,
               gpointer  data)
{
  GListModel *visible = nd_sidebar_get_visible_articles (bench->sidebar);
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (bench->store));

  if (GTK_IS_SORT_LIST_MODEL (visible))
    {
      GListModel *filtered = gtk_sort_list_model_get_model (GTK_SORT_LIST_MODEL (visible));

      if (gtk_sort_list_model_get_pending (GTK_SORT_LIST_MODEL (visible)) > 0)
        return FALSE;
      if (GTK_IS_FILTER_LIST_MODEL (filtered) &&
          gtk_filter_list_model_get_pending (GTK_FILTER_LIST_MODEL (filtered)) > 0)
        return FALSE;
    }

  return nd_sidebar_get_n_visible (bench->sidebar) == n_items &&
         nd_window_get_selected_article (bench->window) != NULL;
}

/* Waits for one frame that begins after now, asking for it. */
static gboolean
paint_a_frame (Bench *bench)
{
  guint n_paints = bench->n_paints;

  gtk_widget_queue_draw (GTK_WIDGET (bench->window));
  return run_until (bench, painted_since, GUINT_TO_POINTER (n_paints), FRAME_TIMEOUT_US);
}

/* Lets whatever follows a load (revealer transitions, the story summary) finish: returns
 * once no frame has come for QUIET_US. */
static void
settle (Bench *bench)
{
  gint64 give_up = g_get_monotonic_time () + MAX_SETTLE_US;

  for (;;)
    {
      gint64 quiet_from = MAX (bench->after_paint_time, bench->loaded_time) + QUIET_US;
      gint64 now = g_get_monotonic_time ();

      if (now >= quiet_from || now >= give_up)
        return;

      run_until_time (MIN (quiet_from, give_up));
    }
}

/* Returns once the frame clock may start a frame at once: IDLE_GAP_US after the latest
 * frame began. Whatever the last step left for idle time is done meanwhile, as it would
 * be between two key presses. FALSE if frames kept coming for MAX_GAP_US. */
static gboolean
wait_for_idle_clock (Bench *bench)
{
  gint64 give_up = g_get_monotonic_time () + MAX_GAP_US;

  for (;;)
    {
      gint64 idle_from = bench->before_paint_time + IDLE_GAP_US;
      gint64 now = g_get_monotonic_time ();

      if (now >= idle_from)
        return TRUE;
      if (now >= give_up)
        return FALSE;

      run_until_time (MIN (idle_from, give_up));
    }
}

/* Signal handlers */

static void
on_before_paint_cb (GdkFrameClock *clock,
                    Bench         *bench)
{
  bench->before_paint_time = g_get_monotonic_time ();
}

static void
on_after_paint_cb (GdkFrameClock *clock,
                   Bench         *bench)
{
  bench->after_paint_time = g_get_monotonic_time ();
  bench->n_paints++;
}

static void
on_window_map_cb (GtkWidget *widget,
                  Bench     *bench)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);

  g_signal_connect (clock, "before-paint", G_CALLBACK (on_before_paint_cb), bench);
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb), bench);
}

static void
on_store_loading_cb (NdArticleStore *store,
                     GParamSpec     *pspec,
                     Bench          *bench)
{
  if (!nd_article_store_get_loading (store))
    bench->loaded_time = g_get_monotonic_time ();
}

/* Stepping */

static void
pass_init (Pass       *pass,
           const char *label,
           guint       requested)
{
  pass->label = label;
  pass->latency = g_array_new (FALSE, FALSE, sizeof (double));
  pass->action = g_array_new (FALSE, FALSE, sizeof (double));
  pass->before = g_array_new (FALSE, FALSE, sizeof (double));
  pass->frame = g_array_new (FALSE, FALSE, sizeof (double));
  pass->more_frames = g_array_new (FALSE, FALSE, sizeof (double));
  pass->requested = requested;
  pass->n_animating = 0;
  pass->reached_end = FALSE;
}

static void
pass_clear (Pass *pass)
{
  g_clear_pointer (&pass->latency, g_array_unref);
  g_clear_pointer (&pass->action, g_array_unref);
  g_clear_pointer (&pass->before, g_array_unref);
  g_clear_pointer (&pass->frame, g_array_unref);
  g_clear_pointer (&pass->more_frames, g_array_unref);
}

/* One step: the action, then the frame that shows it. @moved says whether the selection
 * moved (it does not past either end of the list). */
static gboolean
step (Bench       *bench,
      const char  *action_name,
      gint64      *start,
      gint64      *acted,
      gboolean    *moved,
      GError     **error)
{
  guint position = nd_sidebar_get_selected_position (bench->sidebar);
  guint n_paints = bench->n_paints;

  *start = g_get_monotonic_time ();
  gtk_widget_activate_action (GTK_WIDGET (bench->window), action_name, NULL);
  *acted = g_get_monotonic_time ();
  gtk_widget_queue_draw (GTK_WIDGET (bench->window));

  if (!run_until (bench, painted_since, GUINT_TO_POINTER (n_paints), FRAME_TIMEOUT_US))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT,
                   "no frame was painted within %d s of %s",
                   (int)(FRAME_TIMEOUT_US / G_USEC_PER_SEC), action_name);
      return FALSE;
    }

  *moved = nd_sidebar_get_selected_position (bench->sidebar) != position;
  return TRUE;
}

/* Waits for the frame clock to go idle, and counts the frames that came meanwhile: those
 * a step caused after its own (a transition, say). */
static gboolean
wait_after_step (Bench *bench,
                 Pass  *pass)
{
  guint n_paints = bench->n_paints;
  gboolean idle = wait_for_idle_clock (bench);
  double more = bench->n_paints - n_paints;

  g_array_append_val (pass->more_frames, more);
  return idle;
}

static gboolean
run_latency_pass (Bench       *bench,
                  const char  *action_name,
                  Pass        *pass,
                  GError     **error)
{
  for (guint i = 0; i < pass->requested; i++)
    {
      gint64 start, acted;
      gboolean idle, moved;
      double value;

      if (i == 0)
        idle = wait_for_idle_clock (bench);
      else
        idle = wait_after_step (bench, pass);

      if (!step (bench, action_name, &start, &acted, &moved, error))
        return FALSE;

      if (!moved)
        {
          pass->reached_end = TRUE;
          break;
        }

      if (!idle)
        pass->n_animating++;

      value = elapsed_ms (start, bench->after_paint_time);
      g_array_append_val (pass->latency, value);
      value = elapsed_ms (start, acted);
      g_array_append_val (pass->action, value);
      value = elapsed_ms (acted, bench->before_paint_time);
      g_array_append_val (pass->before, value);
      value = elapsed_ms (bench->before_paint_time, bench->after_paint_time);
      g_array_append_val (pass->frame, value);
    }

  if (!pass->reached_end && pass->latency->len > 0)
    wait_after_step (bench, pass);

  return TRUE;
}

/* Steps as fast as frames allow, each as soon as the previous one has been painted. */
static gboolean
run_held_pass (Bench       *bench,
               const char  *action_name,
               HeldPass    *held,
               GError     **error)
{
  gint64 first_start = 0;
  gint64 previous_end = 0;

  wait_for_idle_clock (bench);

  for (guint i = 0; i < held->requested; i++)
    {
      gint64 start, acted;
      gboolean moved;

      if (!step (bench, action_name, &start, &acted, &moved, error))
        return FALSE;

      if (!moved)
        {
          held->reached_end = TRUE;
          break;
        }

      if (i == 0)
        {
          first_start = start;
          previous_end = start;
        }

      held->longest_ms = MAX (held->longest_ms, elapsed_ms (previous_end, bench->after_paint_time));
      previous_end = bench->after_paint_time;
      held->done++;
    }

  if (held->done > 0)
    held->seconds = (previous_end - first_start) / (double)G_USEC_PER_SEC;

  return TRUE;
}

/* Whether the window has done what opening and stepping left for idle time: comparing the
 * articles shown (whose tints have the reader lay its text out again) and laying out the
 * rest of the article shown, a frame's worth of work each. The story pass times the
 * frames of the story list, not those. */
static gboolean
window_settled (Bench    *bench,
                gpointer  data)
{
  return !nd_statement_list_get_busy (bench->window->statements) && !g_main_context_pending (NULL);
}

static gboolean
stories_grouped (Bench    *bench,
                 gpointer  data)
{
  return !nd_story_list_get_busy (bench->window->stories);
}

/* Whether the story list's view has been handed every story: the sidebar hands them over
 * a few at a time after a grouping. */
static gboolean
stories_shown (Bench    *bench,
               gpointer  data)
{
  GtkListView *view = GTK_LIST_VIEW (nd_sidebar_get_stories_view (bench->sidebar));

  return g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (view))) >=
         g_list_model_get_n_items (G_LIST_MODEL (bench->window->stories));
}

/* @data: a StoriesPass; true once as many frames have begun as @pass->n_frames_wanted says. */
static gboolean
frames_drawn (Bench    *bench,
              gpointer  data)
{
  StoriesPass *pass = data;

  return pass->gaps->len >= pass->n_frames_wanted;
}

/* Asks for a frame every refresh interval, as an animation does, and notes the gap since
 * the previous one: a gap of two intervals or more is a frame the window missed. */
static gboolean
draw_every_frame_cb (GtkWidget     *widget,
                     GdkFrameClock *clock,
                     gpointer       user_data)
{
  StoriesPass *pass = user_data;
  gint64 now = g_get_monotonic_time ();

  if (pass->last_frame != 0)
    {
      double gap = elapsed_ms (pass->last_frame, now);

      g_array_append_val (pass->gaps, gap);
    }
  pass->last_frame = now;
  gtk_widget_queue_draw (widget);

  return G_SOURCE_CONTINUE;
}

static gboolean
run_stories_pass (Bench        *bench,
                  StoriesPass  *pass,
                  GError      **error)
{
  guint tick_id;
  gint64 start;
  gboolean grouped;

  pass->gaps = g_array_new (FALSE, FALSE, sizeof (double));
  run_until (bench, window_settled, NULL, 60 * G_USEC_PER_SEC);
  wait_for_idle_clock (bench);

  tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (bench->window), draw_every_frame_cb,
                                          pass, NULL);
  start = g_get_monotonic_time ();
  nd_sidebar_set_show_stories (bench->sidebar, TRUE);
  /* The worker starts at once; wait for it to report, then for it to finish. */
  grouped = run_until (bench, stories_grouped, NULL, LOAD_TIMEOUT_US);
  pass->seconds = (g_get_monotonic_time () - start) / (double)G_USEC_PER_SEC;
  /* The frames after it too: the list takes the stories just before it stops being busy,
   * and its view gets them over the next main loop turns. */
  if (grouped)
    {
      run_until (bench, stories_shown, NULL, 10 * G_USEC_PER_SEC);
      pass->n_frames_wanted = pass->gaps->len + 2;
      run_until (bench, frames_drawn, pass, 10 * G_USEC_PER_SEC);
    }
  gtk_widget_remove_tick_callback (GTK_WIDGET (bench->window), tick_id);

  if (!grouped)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT,
                   "the stories were not grouped within %d minutes",
                   (int)(LOAD_TIMEOUT_US / G_USEC_PER_SEC / 60));
      return FALSE;
    }

  pass->n_stories = g_list_model_get_n_items (G_LIST_MODEL (bench->window->stories));
  return TRUE;
}

static void
print_stories_pass (const StoriesPass *pass)
{
  guint missed = 0;

  if (pass->gaps == NULL || pass->gaps->len == 0)
    {
      g_print ("%-29s no frame was drawn while they were grouped\n", "stories:");
      return;
    }

  for (guint i = 0; i < pass->gaps->len; i++)
    missed += g_array_index (pass->gaps, double, i) >= 2 * 16.7;

  g_print ("%-29s %u grouped in %.2f s after the list was turned on; %u frames meanwhile\n",
           "stories:", pass->n_stories, pass->seconds, pass->gaps->len + 1);
  g_print ("%-29s gap between frames %.1f ms median  p99 %.1f  max %.1f; %u missed "
           "(a gap of two intervals or more)   (target: none longer than %.0f ms of work)\n",
           "", nd_bench_median (pass->gaps), nd_bench_quantile (pass->gaps, 0.99),
           nd_bench_quantile (pass->gaps, 1.0), missed, TARGET_STEP_MS);
}

/* Setup */

/* What the table says was opened: which copy of a generated corpus, and how large. */
static char *
describe_corpus (const char *path,
                 gboolean    generated)
{
  GStatBuf st;

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    return g_strdup_printf (generated ? "%s (folder of files)" : "%s (folder)", path);

  if (g_stat (path, &st) != 0)
    return g_strdup (path);

  return g_strdup_printf (generated ? "%s (JSON Lines, %.1f MB)" : "%s (%.1f MB)", path,
                          st.st_size / 1e6);
}

/* Of a folder written by nd-gen-corpus the JSON Lines copy is opened unless @folder; any
 * other folder or file as it is. */
static GFile *
resolve_corpus (const char  *name,
                gboolean     folder,
                char       **description,
                GError     **error)
{
  g_autofree char *path = NULL;
  gboolean generated;

  path = nd_bench_resolve_corpus (name, !folder, &generated, error);
  if (path == NULL)
    return NULL;

  *description = describe_corpus (path, generated);
  return g_file_new_for_path (path);
}

/* Hermetic settings (never the user's dconf), the build's compiled schema, no
 * accessibility bus and the cairo renderer, unless the caller chose otherwise. Set before
 * GTK starts, while this process has one thread. */
static void
set_default_environment (void)
{
  g_autofree char *schema_dir = g_build_filename (ND_BENCH_BUILD_ROOT, "data", NULL);

  g_setenv ("GSK_RENDERER", nd_bench_get_renderer (), TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", FALSE);
  g_setenv ("GSETTINGS_SCHEMA_DIR", schema_dir, FALSE);
  g_setenv ("GTK_A11Y", "none", FALSE);
}

/* NdApplication loads these in its startup; the window here has no application. */
static void
load_style_sheets (void)
{
  static const char * const names[] = { "window.css", "style.css" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_path ("/", RESOURCE_PREFIX, names[i], NULL);
      g_autoptr(GtkCssProvider) provider = NULL;

      if (!g_resources_get_info (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL, NULL, NULL))
        continue;

      provider = gtk_css_provider_new ();
      gtk_css_provider_load_from_resource (provider, path);
      gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                                  GTK_STYLE_PROVIDER (provider),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
    }
}

/* Output */

static void
print_pass (const Pass *pass)
{
  g_autofree char *title = g_strdup_printf ("%s, %u steps:", pass->label, pass->latency->len);

  if (pass->latency->len == 0)
    {
      g_print ("%-29s no step could be taken\n", title);
      return;
    }

  g_print ("%-29s %5.1f ms median  p95 %5.1f  p99 %5.1f  max %5.1f   (target < %.0f ms)\n",
           title, nd_bench_median (pass->latency), nd_bench_quantile (pass->latency, 0.95),
           nd_bench_quantile (pass->latency, 0.99), nd_bench_quantile (pass->latency, 1.0),
           TARGET_STEP_MS);
  g_print ("%-29s medians: action %.1f ms, then %.1f ms until the frame began, "
           "frame %.1f ms; %.0f more frames followed\n", "", nd_bench_median (pass->action),
           nd_bench_median (pass->before), nd_bench_median (pass->frame),
           nd_bench_median (pass->more_frames));
  if (pass->n_animating == 1)
    g_print ("%-29s (1 step began while GTK was still animating, so it waited for a paced "
             "frame)\n", "");
  else if (pass->n_animating > 1)
    g_print ("%-29s (%u steps began while GTK was still animating, so they waited for a "
             "paced frame)\n", "", pass->n_animating);
  if (pass->reached_end)
    g_print ("%-29s (the end of the list came after %u of %u steps)\n", "",
             pass->latency->len, pass->requested);
}

static void
print_table (const char     *corpus,
             guint           n_articles,
             guint           n_problems,
             double          load_s,
             double          ready_s,
             const Pass     *next,
             const Pass     *previous,
             const HeldPass *held)
{
  g_print ("navigate, %u articles in a %dx%d window (GSK_RENDERER=%s)\n",
           n_articles, WINDOW_WIDTH, WINDOW_HEIGHT, g_getenv ("GSK_RENDERER"));
  g_print ("corpus: %s\n", corpus);
  g_print ("%-29s %5.2f s, list complete and painted after %.2f s\n", "load:", load_s, ready_s);
  g_print ("%-29s %u", "articles loaded:", n_articles);
  if (n_problems > 0)
    g_print ("   (%u problems reported)", n_problems);
  g_print ("\n");

  print_pass (next);
  print_pass (previous);

  if (held->done > 0)
    g_print ("%-29s %5.1f steps/s   (%u steps each as soon as the last is painted; "
             "frames come at most every 16.7 ms; longest step %.1f ms)\n",
             "back to back, next article:", held->done / held->seconds, held->done,
             held->longest_ms);
  else if (held->reached_end)
    g_print ("%-29s none: the end of the list was reached before\n",
             "back to back, next article:");
  else
    g_print ("%-29s no step could be taken\n", "back to back, next article:");
  if (held->done > 0 && held->reached_end)
    g_print ("%-29s (the end of the list came after %u of %u steps)\n", "",
             held->done, held->requested);

  g_print ("target: each step painted within %.0f ms: p95 next %.1f ms, previous %.1f ms\n",
           TARGET_STEP_MS, nd_bench_quantile (next->latency, 0.95),
           nd_bench_quantile (previous->latency, 0.95));
}

static void
append_pass (GString    *json,
             const char *name,
             const Pass *pass)
{
  g_autofree char *steps = g_strconcat (name, "_steps", NULL);
  g_autofree char *median = g_strconcat (name, "_median_ms", NULL);
  g_autofree char *p95 = g_strconcat (name, "_p95_ms", NULL);
  g_autofree char *p99 = g_strconcat (name, "_p99_ms", NULL);
  g_autofree char *max = g_strconcat (name, "_max_ms", NULL);

  nd_bench_json_add_uint (json, steps, pass->latency->len);
  nd_bench_json_add_double (json, median, nd_bench_median (pass->latency), "%.2f");
  nd_bench_json_add_double (json, p95, nd_bench_quantile (pass->latency, 0.95), "%.2f");
  nd_bench_json_add_double (json, p99, nd_bench_quantile (pass->latency, 0.99), "%.2f");
  nd_bench_json_add_double (json, max, nd_bench_quantile (pass->latency, 1.0), "%.2f");
}

static void
print_json (guint           n_articles,
            double          load_s,
            double          ready_s,
            const Pass     *next,
            const Pass     *previous,
            const HeldPass *held)
{
  g_autoptr(GString) json = nd_bench_json_new ();
  double steps_per_s = held->done > 0 ? held->done / held->seconds : NAN;

  nd_bench_json_add_uint (json, "articles", n_articles);
  nd_bench_json_add_double (json, "load_seconds", load_s, "%.3f");
  nd_bench_json_add_double (json, "ready_seconds", ready_s, "%.3f");
  append_pass (json, "next", next);
  append_pass (json, "previous", previous);
  nd_bench_json_add_double (json, "steps_per_s", steps_per_s, "%.1f");
  nd_bench_json_add_double (json, "target_step_ms", TARGET_STEP_MS, "%.0f");
  nd_bench_json_print (json);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) corpus = NULL;
  g_autofree char *description = NULL;
  int steps = DEFAULT_STEPS;
  int back_steps = DEFAULT_BACK_STEPS;
  gboolean folder = FALSE;
  gboolean json = FALSE;
  gboolean stories = FALSE;
  Bench bench = { 0 };
  Pass next = { 0 };
  Pass previous = { 0 };
  HeldPass held = { 0 };
  StoriesPass stories_pass = { 0 };
  gint64 open_time;
  double load_s, ready_s;
  guint n_articles;
  int status = 0;
  const char *summary = "CORPUS - time stepping through articles in NewsDesk";
  const char *help_text =
    "CORPUS is a folder written by nd-gen-corpus (its articles.jsonl is opened, or its\n"
    "files/ folder with --folder), any folder of article files, or one file.\n"
    "Needs a display (run it under xvfb-run). GSK_RENDERER defaults to cairo.\n"
    "This is a benchmark: it prints figures and exits 0 whatever they are.";
  const GOptionEntry entries[] = {
    { "steps", 0, 0, G_OPTION_ARG_INT, &steps,
      "Steps forward, timed one by one and again back to back (default 1000)", "N" },
    { "back-steps", 0, 0, G_OPTION_ARG_INT, &back_steps,
      "Steps backward, timed one by one (default 200)", "N" },
    { "folder", 0, 0, G_OPTION_ARG_NONE, &folder,
      "Open the files/ folder of a generated corpus instead of its articles.jsonl", NULL },
    { "stories", 0, 0, G_OPTION_ARG_NONE, &stories,
      "Then turn the story list on and time the frames while stories are grouped", NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json,
      "Also print the figures as one JSON object on the last line", NULL },
    { NULL }
  };

  if (!nd_bench_parse_options (&argc, &argv, summary, help_text, entries))
    return 2;

  if (argc != 2 || steps < 1 || back_steps < 0)
    {
      g_printerr ("bench-navigate: usage: bench-navigate [--steps=N] [--back-steps=N] "
                  "[--folder] [--stories] [--json] CORPUS\n");
      return 2;
    }

  corpus = resolve_corpus (argv[1], folder, &description, &error);
  if (corpus == NULL)
    {
      g_printerr ("bench-navigate: %s\n", error->message);
      return 2;
    }

  set_default_environment ();
  if (!gtk_init_check ())
    {
      g_printerr ("bench-navigate: cannot open a display; run it under xvfb-run\n");
      return 1;
    }

  g_type_ensure (ND_TYPE_WINDOW);
  load_style_sheets ();

  bench.window = nd_window_new (NULL);
  bench.sidebar = ND_SIDEBAR (nd_window_get_sidebar (bench.window));
  bench.store = nd_window_get_store (bench.window);
  gtk_window_set_default_size (GTK_WINDOW (bench.window), WINDOW_WIDTH, WINDOW_HEIGHT);
  g_signal_connect (bench.window, "map", G_CALLBACK (on_window_map_cb), &bench);
  g_signal_connect (bench.store, "notify::loading", G_CALLBACK (on_store_loading_cb), &bench);
  gtk_window_present (GTK_WINDOW (bench.window));

  if (!paint_a_frame (&bench))
    {
      g_printerr ("bench-navigate: the window never painted a frame\n");
      status = 1;
      goto out;
    }

  open_time = g_get_monotonic_time ();
  nd_window_open_files (bench.window, &corpus, 1);

  if (!run_until (&bench, store_loaded, NULL, LOAD_TIMEOUT_US))
    {
      g_printerr ("bench-navigate: loading did not finish within %d minutes\n",
                  (int)(LOAD_TIMEOUT_US / G_USEC_PER_SEC / 60));
      status = 1;
      goto out;
    }
  if (bench.loaded_time == 0)
    bench.loaded_time = g_get_monotonic_time ();
  load_s = (bench.loaded_time - open_time) / (double)G_USEC_PER_SEC;

  n_articles = g_list_model_get_n_items (G_LIST_MODEL (bench.store));
  if (n_articles == 0)
    {
      g_printerr ("bench-navigate: no articles were loaded from %s\n", description);
      status = 1;
      goto out;
    }

  if (!run_until (&bench, list_complete, NULL, LOAD_TIMEOUT_US) || !paint_a_frame (&bench))
    {
      g_printerr ("bench-navigate: the article list was never complete and painted\n");
      status = 1;
      goto out;
    }
  ready_s = (bench.after_paint_time - open_time) / (double)G_USEC_PER_SEC;
  settle (&bench);

  pass_init (&next, "next article", (guint)steps);
  pass_init (&previous, "previous article", (guint)back_steps);
  held.requested = (guint)steps;

  if (!run_latency_pass (&bench, "win.next-article", &next, &error) ||
      !run_held_pass (&bench, "win.next-article", &held, &error) ||
      !run_latency_pass (&bench, "win.previous-article", &previous, &error) ||
      (stories && !run_stories_pass (&bench, &stories_pass, &error)))
    {
      g_printerr ("bench-navigate: %s\n", error->message);
      status = 1;
      goto out;
    }

  print_table (description, n_articles, nd_article_store_get_errors (bench.store)->len,
               load_s, ready_s, &next, &previous, &held);
  if (stories)
    print_stories_pass (&stories_pass);
  if (json)
    print_json (n_articles, load_s, ready_s, &next, &previous, &held);

out:
  pass_clear (&next);
  pass_clear (&previous);
  g_clear_pointer (&stories_pass.gaps, g_array_unref);
  if (bench.window != NULL)
    gtk_window_destroy (GTK_WINDOW (bench.window));

  return status;
}

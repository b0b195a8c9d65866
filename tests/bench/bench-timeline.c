/* bench-timeline.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Measures how long NdTimeline takes to draw a frame with a large corpus: the widget's
 * snapshot() plus rendering its nodes into an offscreen texture with the window's renderer
 * (GSK_RENDERER, cairo by default), which is the work a frame of the timeline costs.
 *
 * The timeline sits alone in a window of --width × --height. Articles are loaded into an
 * NdArticleStore first; the figures then are:
 *   - reading the model: one rebuild() over every article, the longest the main loop is
 *     held while articles arrive (it runs at most twice a second during a load);
 *   - zoomed out: every article in view, redrawn --frames times (as after a selection);
 *   - panning: every article in view, moved by 8 pixels each frame, so that the marks are
 *     clustered again every frame, as while dragging;
 *   - panning at one month in view, the same at the zoom a reader works at;
 *   - with --loading, first: the longest the main loop stalls while the corpus loads in the
 *     background, with a timeline showing the store and, in the same run, without.
 * Each drawing pass also has the Mentioned track filled: --mentions made-up date ranges per
 * article (years, months and days before its publication), or with --real-mentions what
 * nd_date_mentions_find finds in the bodies. It also prints how much more memory the process
 * holds once the timeline shows every article and mention.
 *
 * This is a benchmark: it prints figures and their targets, and exits 0 whatever they are.
 * It exits 1 only when it cannot measure (no display, nothing loaded). */

#define G_LOG_DOMAIN "bench-timeline"

#include "config.h"

#include <math.h>
#include <string.h>

#include <gtk/gtk.h>

#include "load/nd-article-store.h"
#include "nd-bench-utils.h"
#include "dates/nd-date-mention.h"
#include "nd-timeline.h"
#include "nd-timeline-test-private.h"

#define TARGET_ZOOMED_OUT_MS 4.0
#define TARGET_PANNING_MS    8.0
#define PAN_STEP_PX          8.0
#define MONTH                (30.44 * 86400)

/* --save: where each frame is written as PNG, to look at what was measured. */
static const char *save_path;

typedef struct
{
  const char *label;
  double      target_ms;
  GArray     *total;     /* double, ms */
  GArray     *snapshot;
  GArray     *render;
} Pass;

/* Made-up mentions: a deterministic mix of a day, a month and a year before publication. */
static GPtrArray *
synthetic_mentions (NdArticle *article,
                    gpointer   user_data)
{
  guint n_mentions = GPOINTER_TO_UINT (user_data);
  GPtrArray *found = g_ptr_array_new_with_free_func ((GDestroyNotify)nd_date_mention_free);
  GDateTime *published = nd_article_get_published (article);
  guint seed = g_str_hash (nd_article_get_id (article));

  if (published == NULL)
    return found;

  for (guint i = 0; i < n_mentions; i++)
    {
      NdDateMention *mention = g_new0 (NdDateMention, 1);
      guint kind = (seed >> (i * 3)) % 3;
      int days_before = (int)((seed >> (i * 5)) % 3650);

      g_date_set_dmy (&mention->from, (GDateDay)g_date_time_get_day_of_month (published),
                      (GDateMonth)g_date_time_get_month (published),
                      (GDateYear)g_date_time_get_year (published));
      g_date_subtract_days (&mention->from, (guint)days_before);
      mention->to = mention->from;
      if (kind == 1)
        {
          g_date_set_day (&mention->from, 1);
          mention->to = mention->from;
          g_date_add_months (&mention->to, 1);
          g_date_subtract_days (&mention->to, 1);
        }
      else if (kind == 2)
        {
          g_date_set_dmy (&mention->from, 1, 1, g_date_get_year (&mention->from));
          g_date_set_dmy (&mention->to, 31, 12, g_date_get_year (&mention->from));
        }
      mention->precision = kind == 0 ? ND_DATE_PRECISION_DAY
                                     : kind == 1 ? ND_DATE_PRECISION_MONTH
                                                 : ND_DATE_PRECISION_YEAR;
      mention->text = g_strdup ("made up");
      mention->sentence = g_strdup ("A made-up mention.");
      g_ptr_array_add (found, mention);
    }

  return found;
}

static gboolean wait_until_mapped (GtkWidget *widget);

typedef struct
{
  gint64 last;
  gint64 longest;
  guint  n_over_frame;  /* gaps longer than a frame at 60 Hz */
  gboolean done;
} Ticks;

static gboolean
tick_cb (gpointer user_data)
{
  Ticks *ticks = user_data;
  gint64 now = g_get_monotonic_time ();

  if (ticks->last != 0)
    {
      ticks->longest = MAX (ticks->longest, now - ticks->last);
      if (now - ticks->last > 16667)
        ticks->n_over_frame++;
    }
  ticks->last = now;

  return G_SOURCE_CONTINUE;
}

static void
on_loaded_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  Ticks *ticks = user_data;

  nd_article_store_load_finish (ND_ARTICLE_STORE (object), result, NULL);
  ticks->done = TRUE;
}

/* Loads @path in the background while a 1 ms timeout notes how long the main loop goes
 * without running it; with @with_timeline, a timeline in a window of its own shows the store. */
static void
measure_loading (const char *path,
                 gboolean    with_timeline,
                 Ticks      *ticks)
{
  g_autoptr(NdArticleStore) store = nd_article_store_new ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GtkWidget *window = NULL;
  guint tick_id;
  gint64 settle;

  if (with_timeline)
    {
      GtkWidget *timeline = nd_timeline_new ();

      window = gtk_window_new ();
      gtk_window_set_child (GTK_WINDOW (window), timeline);
      gtk_window_set_default_size (GTK_WINDOW (window), 1200, 240);
      gtk_window_present (GTK_WINDOW (window));
      wait_until_mapped (timeline);
      nd_timeline_set_model (ND_TIMELINE (timeline), G_LIST_MODEL (store));
    }

  tick_id = g_timeout_add (1, tick_cb, ticks);
  nd_article_store_load_async (store, &file, 1, NULL, on_loaded_cb, ticks);
  while (!ticks->done)
    g_main_context_iteration (NULL, TRUE);

  /* The last articles reach the timeline up to half a second later. */
  settle = g_get_monotonic_time () + 700000;
  while (g_get_monotonic_time () < settle)
    g_main_context_iteration (NULL, TRUE);

  g_source_remove (tick_id);
  if (window != NULL)
    gtk_window_destroy (GTK_WINDOW (window));
}

/* The resident memory now, in bytes: what the timeline's own arrays cost shows as the
 * difference before and after it is given the articles. */
static guint64
read_rss (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return 0;

  line = strstr (status, "\nVmRSS:");
  if (line == NULL)
    return 0;

  return g_ascii_strtoull (line + strlen ("\nVmRSS:"), NULL, 10) * 1024;
}

static void
pump (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static gboolean
wait_until_mapped (GtkWidget *widget)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!gtk_widget_get_mapped (widget) || gtk_widget_get_width (widget) <= 1)
    {
      if (g_get_monotonic_time () > deadline)
        return FALSE;
      g_main_context_iteration (NULL, TRUE);
    }

  /* The first frames: layout, style, the first paint. */
  for (guint i = 0; i < 20; i++)
    {
      pump ();
      g_usleep (10000);
    }

  return TRUE;
}

/* One frame of the timeline: its snapshot(), then its nodes rendered into a texture. The
 * class's snapshot is called directly: GTK only calls it from a frame of the window, and a
 * widget paintable shows the node of the last frame. */
static void
draw_frame (GtkWidget   *timeline,
            GskRenderer *renderer,
            Pass        *pass)
{
  int width = gtk_widget_get_width (timeline);
  int height = gtk_widget_get_height (timeline);
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GtkSnapshot *snapshot;
  gint64 start, snapshotted, rendered;
  double ms;

  start = g_get_monotonic_time ();
  snapshot = gtk_snapshot_new ();
  GTK_WIDGET_GET_CLASS (timeline)->snapshot (timeline, snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  snapshotted = g_get_monotonic_time ();
  g_assert (node != NULL);
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  rendered = g_get_monotonic_time ();
  if (save_path != NULL)
    gdk_texture_save_to_png (texture, save_path);

  ms = (rendered - start) / 1000.0;
  g_array_append_val (pass->total, ms);
  ms = (snapshotted - start) / 1000.0;
  g_array_append_val (pass->snapshot, ms);
  ms = (rendered - snapshotted) / 1000.0;
  g_array_append_val (pass->render, ms);
}

static void
pass_init (Pass       *pass,
           const char *label,
           double      target_ms)
{
  pass->label = label;
  pass->target_ms = target_ms;
  pass->total = g_array_new (FALSE, FALSE, sizeof (double));
  pass->snapshot = g_array_new (FALSE, FALSE, sizeof (double));
  pass->render = g_array_new (FALSE, FALSE, sizeof (double));
}

static void
pass_clear (Pass *pass)
{
  g_clear_pointer (&pass->total, g_array_unref);
  g_clear_pointer (&pass->snapshot, g_array_unref);
  g_clear_pointer (&pass->render, g_array_unref);
}

static void
print_pass (const Pass *pass)
{
  g_autofree char *title = g_strdup_printf ("%s, %u frames:", pass->label, pass->total->len);
  double median = nd_bench_median (pass->total);

  g_print ("%-34s %6.2f ms median  p95 %6.2f  max %6.2f   (target ≤ %.0f ms: %s)\n", title,
           median, nd_bench_quantile (pass->total, 0.95), nd_bench_quantile (pass->total, 1.0),
           pass->target_ms, median <= pass->target_ms ? "met" : "NOT met");
  g_print ("%-34s medians: snapshot %.2f ms, render %.2f ms\n", "",
           nd_bench_median (pass->snapshot), nd_bench_median (pass->render));
}

static void
add_pass_json (GString    *json,
               const char *key,
               const Pass *pass)
{
  g_autofree char *median = g_strdup_printf ("%s_median_ms", key);
  g_autofree char *p95 = g_strdup_printf ("%s_p95_ms", key);

  nd_bench_json_add_double (json, median, nd_bench_median (pass->total), "%.3f");
  nd_bench_json_add_double (json, p95, nd_bench_quantile (pass->total, 0.95), "%.3f");
}

static void
run_panning (NdTimeline  *timeline,
             GskRenderer *renderer,
             Pass        *pass,
             guint        n_frames)
{
  double start, end;

  for (guint i = 0; i < n_frames; i++)
    {
      double seconds_per_px;

      nd_timeline_get_visible_range (timeline, &start, &end);
      seconds_per_px = (end - start) / MAX (gtk_widget_get_width (GTK_WIDGET (timeline)), 1);
      /* Back and forth, so the view stays over the articles. */
      if ((i / 50) % 2 == 1)
        seconds_per_px = -seconds_per_px;
      nd_timeline_set_visible_range (timeline, start + PAN_STEP_PX * seconds_per_px,
                                     end + PAN_STEP_PX * seconds_per_px);
      draw_frame (GTK_WIDGET (timeline), renderer, pass);
    }
}

static gboolean
mentions_done (NdTimeline *timeline,
               guint       expected)
{
  gint64 deadline = g_get_monotonic_time () + 600 * G_USEC_PER_SEC;
  gint64 quiet = g_get_monotonic_time () + 800000;

  /* The timeline starts looking once no articles arrived for 0.6 s. */
  while (g_get_monotonic_time () < quiet)
    g_main_context_iteration (NULL, FALSE);

  while (nd_timeline_get_n_mentions (timeline) < expected ||
         nd_timeline_get_finding_mentions (timeline))
    {
      if (g_get_monotonic_time () > deadline)
        return FALSE;
      g_main_context_iteration (NULL, TRUE);
    }

  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NdArticleStore) store = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  GtkWidget *window, *timeline;
  GskRenderer *renderer;
  int frames = 200, width = 1200, height = 240, mentions = 2;
  gboolean folder = FALSE, json = FALSE, generated = FALSE, loading = FALSE, real = FALSE;
  Ticks with = { 0 }, without = { 0 };
  Pass zoomed_out = { 0 }, panning = { 0 }, panning_month = { 0 };
  gint64 start;
  guint64 rss_before, rss_after;
  double load_s, rebuild_ms, mentions_s;
  guint n_articles;
  const char *summary = "CORPUS - time drawing the timeline with many articles";
  const char *help_text =
    "CORPUS is a folder written by nd-gen-corpus (its articles.jsonl is read, or its\n"
    "files/ folder with --folder), any folder of article files, or one file.\n"
    "Needs a display (run it under xvfb-run). GSK_RENDERER defaults to cairo.\n"
    "This is a benchmark: it prints figures and exits 0 whatever they are.";
  const GOptionEntry entries[] = {
    { "frames", 0, 0, G_OPTION_ARG_INT, &frames, "Frames per pass (default 200)", "N" },
    { "width", 0, 0, G_OPTION_ARG_INT, &width, "Width of the timeline (default 1200)", "PX" },
    { "height", 0, 0, G_OPTION_ARG_INT, &height, "Height of the timeline (default 240)", "PX" },
    { "mentions", 0, 0, G_OPTION_ARG_INT, &mentions,
      "Made-up mentions per article (default 2)", "N" },
    { "real-mentions", 0, 0, G_OPTION_ARG_NONE, &real,
      "Find the mentions with nd_date_mentions_find instead of making them up", NULL },
    { "loading", 0, 0, G_OPTION_ARG_NONE, &loading,
      "First measure the main loop's longest stall while loading, with and without a "
      "timeline", NULL },
    { "folder", 0, 0, G_OPTION_ARG_NONE, &folder,
      "Read the files/ folder of a generated corpus instead of its articles.jsonl", NULL },
    { "save", 0, 0, G_OPTION_ARG_FILENAME, &save_path,
      "Write every frame to this PNG file (slow: for looking, not for measuring)", "FILE" },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json,
      "Also print the figures as one JSON object on the last line", NULL },
    { NULL }
  };

  if (!nd_bench_parse_options (&argc, &argv, summary, help_text, entries))
    return 2;

  if (argc != 2 || frames < 1 || width < 200 || height < 100 || mentions < 0)
    {
      g_printerr ("bench-timeline: usage: bench-timeline [--frames=N] [--width=PX] "
                  "[--height=PX] [--mentions=N] [--folder] [--json] CORPUS\n");
      return 2;
    }

  path = nd_bench_resolve_corpus (argv[1], !folder, &generated, &error);
  if (path == NULL)
    {
      g_printerr ("bench-timeline: %s\n", error->message);
      return 2;
    }

  g_setenv ("GSK_RENDERER", nd_bench_get_renderer (), TRUE);
  g_setenv ("GTK_A11Y", "none", FALSE);
  if (!gtk_init_check ())
    {
      g_printerr ("bench-timeline: cannot open a display; run it under xvfb-run\n");
      return 1;
    }

  if (loading)
    {
      measure_loading (path, FALSE, &without);
      measure_loading (path, TRUE, &with);
    }

  store = nd_article_store_new ();
  file = g_file_new_for_path (path);
  start = g_get_monotonic_time ();
  if (!nd_article_store_load_sync (store, &file, 1, NULL, &error))
    {
      g_printerr ("bench-timeline: %s\n", error->message);
      return 1;
    }
  load_s = nd_bench_seconds (g_get_monotonic_time () - start);
  n_articles = g_list_model_get_n_items (G_LIST_MODEL (store));
  if (n_articles == 0)
    {
      g_printerr ("bench-timeline: no articles in %s\n", path);
      return 1;
    }

  window = gtk_window_new ();
  timeline = nd_timeline_new ();
  gtk_window_set_child (GTK_WINDOW (window), timeline);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  if (!real)
    nd_timeline_set_mention_finder (ND_TIMELINE (timeline), synthetic_mentions,
                                    GUINT_TO_POINTER ((guint)mentions), NULL);
  gtk_window_present (GTK_WINDOW (window));
  if (!wait_until_mapped (timeline))
    {
      g_printerr ("bench-timeline: the window was never shown\n");
      return 1;
    }

  pump ();
  rss_before = read_rss ();
  start = g_get_monotonic_time ();
  nd_timeline_set_model (ND_TIMELINE (timeline), G_LIST_MODEL (store));
  rebuild_ms = (g_get_monotonic_time () - start) / 1000.0;

  start = g_get_monotonic_time ();
  if (!mentions_done (ND_TIMELINE (timeline), real ? 0 : nd_timeline_get_n_dated (ND_TIMELINE (timeline)) *
                                                     (guint)mentions))
    {
      g_printerr ("bench-timeline: the mentions were not all found within 10 minutes\n");
      return 1;
    }
  mentions_s = nd_bench_seconds (g_get_monotonic_time () - start);
  pump ();
  rss_after = read_rss ();

  renderer = gtk_native_get_renderer (GTK_NATIVE (window));
  pass_init (&zoomed_out, "zoomed out (all articles)", TARGET_ZOOMED_OUT_MS);
  pass_init (&panning, "panning, zoomed out", TARGET_PANNING_MS);
  pass_init (&panning_month, "panning, one month in view", TARGET_PANNING_MS);

  /* A few frames first, so that glyph caches and the like are warm. */
  nd_timeline_zoom_to_fit (ND_TIMELINE (timeline));
  for (guint i = 0; i < 5; i++)
    draw_frame (timeline, renderer, &zoomed_out);
  g_array_set_size (zoomed_out.total, 0);
  g_array_set_size (zoomed_out.snapshot, 0);
  g_array_set_size (zoomed_out.render, 0);

  for (int i = 0; i < frames; i++)
    draw_frame (timeline, renderer, &zoomed_out);
  run_panning (ND_TIMELINE (timeline), renderer, &panning, (guint)frames);
  {
    double first, last;

    nd_timeline_zoom_to_fit (ND_TIMELINE (timeline));
    nd_timeline_get_visible_range (ND_TIMELINE (timeline), &first, &last);
    nd_timeline_set_visible_range (ND_TIMELINE (timeline), (first + last) / 2,
                                   (first + last) / 2 + MONTH);
  }
  run_panning (ND_TIMELINE (timeline), renderer, &panning_month, (guint)frames);

  g_print ("corpus: %s\n", path);
  g_print ("%-34s %u (%u dated, %u undated), read in %.2f s\n", "articles:", n_articles,
           nd_timeline_get_n_dated (ND_TIMELINE (timeline)),
           nd_timeline_get_n_undated (ND_TIMELINE (timeline)), load_s);
  if (real)
    g_print ("%-34s %u found by nd_date_mentions_find in %.2f s in the background\n",
             "mentions:", nd_timeline_get_n_mentions (ND_TIMELINE (timeline)), mentions_s);
  else
    g_print ("%-34s %u made up (%d per article), found in %.2f s in the background\n",
             "mentions:", nd_timeline_get_n_mentions (ND_TIMELINE (timeline)), mentions,
             mentions_s);
  g_print ("%-34s %.1f MB more resident once it shows them all, mentions included\n",
           "timeline memory:", nd_bench_megabytes (rss_after > rss_before ? rss_after - rss_before
                                                                           : 0));
  g_print ("%-34s %s, timeline %d × %d px\n", "renderer:", nd_bench_get_renderer (),
           gtk_widget_get_width (timeline), gtk_widget_get_height (timeline));
  g_print ("%-34s %6.1f ms (once per load step, at most twice a second)\n",
           "reading the model:", rebuild_ms);
  if (loading)
    {
      g_print ("%-34s %6.1f ms with the timeline, %.1f ms without\n",
               "loading, longest main-loop stall:", with.longest / 1000.0,
               without.longest / 1000.0);
      g_print ("%-34s %6u with the timeline, %u without\n", "loading, stalls over 16.7 ms:",
               with.n_over_frame, without.n_over_frame);
    }
  print_pass (&zoomed_out);
  print_pass (&panning);
  print_pass (&panning_month);

  if (json)
    {
      g_autoptr(GString) object = nd_bench_json_new ();

      nd_bench_json_add_uint (object, "articles", n_articles);
      nd_bench_json_add_uint (object, "mentions", nd_timeline_get_n_mentions (ND_TIMELINE (timeline)));
      nd_bench_json_add_string (object, "renderer", nd_bench_get_renderer ());
      nd_bench_json_add_double (object, "rebuild_ms", rebuild_ms, "%.3f");
      if (loading)
        {
          nd_bench_json_add_double (object, "loading_stall_ms", with.longest / 1000.0, "%.3f");
          nd_bench_json_add_double (object, "loading_stall_without_ms", without.longest / 1000.0,
                                    "%.3f");
        }
      add_pass_json (object, "zoomed_out", &zoomed_out);
      add_pass_json (object, "panning", &panning);
      add_pass_json (object, "panning_month", &panning_month);
      nd_bench_json_print (object);
    }

  pass_clear (&zoomed_out);
  pass_clear (&panning);
  pass_clear (&panning_month);
  gtk_window_destroy (GTK_WINDOW (window));

  return 0;
}

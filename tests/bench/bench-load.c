/* bench-load.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Measures how fast NewsDesk loads a corpus compared with the least a json-glib program
 * has to do to read the same files, and how much memory it keeps per byte of article text.
 *
 * Each phase runs in a child process of its own (this program again, with the hidden
 * --child=MODE option), so that the peak RSS reported for a phase is that phase's alone and
 * neither phase inherits the other's heap or warm allocator. The parent reads every file
 * once before the phases, so that both see the same warm page cache. */

#define G_LOG_DOMAIN "bench-load"

#include "config.h"

#include <math.h>
#include <string.h>

#include <gio/gio.h>

#include "load/nd-article-store.h"
#include "nd-bench-utils.h"
#include "formats/nd-formats.h"

#define TARGET_RATIO 1.5
#define TARGET_RSS_PER_BODY_BYTE 2.0
#define TARGET_FIRST_ARTICLES_MS 200.0

typedef struct
{
  char     *path;        /* the folder or file that is read */
  gboolean  is_folder;
  gboolean  is_lines;    /* one JSON document per line */
  guint64   n_files;
  guint64   n_bytes;
} Corpus;

/* What a child reports to the parent (nd_bench_print_report). */
typedef struct
{
  gint64  wall_us;
  gint64  first_us;      /* load only; -1 when no items-changed came */
  guint64 documents;     /* bare: JSON documents parsed; load: articles in the store */
  guint64 failed;        /* bare: documents that did not parse; load: store errors */
  guint64 failures;      /* load: files with an error */
  guint64 body_bytes;
  guint64 peak_rss;      /* bytes */
} PhaseResult;

static const NdBenchFigure phase_figures[] = {
  { "wall_us", ND_BENCH_FIGURE_INT64, G_STRUCT_OFFSET (PhaseResult, wall_us) },
  { "first_us", ND_BENCH_FIGURE_INT64, G_STRUCT_OFFSET (PhaseResult, first_us) },
  { "documents", ND_BENCH_FIGURE_UINT64, G_STRUCT_OFFSET (PhaseResult, documents) },
  { "failed", ND_BENCH_FIGURE_UINT64, G_STRUCT_OFFSET (PhaseResult, failed) },
  { "failures", ND_BENCH_FIGURE_UINT64, G_STRUCT_OFFSET (PhaseResult, failures) },
  { "body_bytes", ND_BENCH_FIGURE_UINT64, G_STRUCT_OFFSET (PhaseResult, body_bytes) },
  { "peak_rss", ND_BENCH_FIGURE_UINT64, G_STRUCT_OFFSET (PhaseResult, peak_rss) },
};

static const NdBenchReport phase_report = {
  phase_figures, G_N_ELEMENTS (phase_figures), NULL
};

typedef struct
{
  GMainLoop *loop;
  gint64     start;
  gint64     first_items;
  gint64     finished;
  GError    *error;
} LoadRun;

/* The bare phase */

/* A JSON Lines file is parsed one line at a time, whether named so or read with --jsonl. */
static void
run_bare (const Corpus *corpus,
          PhaseResult  *result)
{
  g_autoptr(GPtrArray) entries = NULL;
  gint64 start = g_get_monotonic_time ();

  entries = nd_bench_collect_files (corpus->path);
  for (guint i = 0; i < entries->len; i++)
    {
      NdWalkEntry *entry = g_ptr_array_index (entries, i);
      const char *path = g_file_peek_path (entry->file);

      nd_bench_parse_json_file (path, corpus->is_lines || nd_formats_has_json_lines_name (path),
                                &result->documents, &result->failed);
    }

  result->wall_us = g_get_monotonic_time () - start;
}

/* The load phase */

static void
on_store_items_changed_cb (GListModel *model,
                           guint       position,
                           guint       removed,
                           guint       added,
                           gpointer    user_data)
{
  LoadRun *run = user_data;

  if (added > 0 && run->first_items < 0)
    run->first_items = g_get_monotonic_time ();
}

static void
on_load_done_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  LoadRun *run = user_data;

  run->finished = g_get_monotonic_time ();
  nd_article_store_load_finish (ND_ARTICLE_STORE (object), result, &run->error);
  g_main_loop_quit (run->loop);
}

static gboolean
run_load (const Corpus  *corpus,
          PhaseResult   *result,
          GError       **error)
{
  g_autoptr(NdArticleStore) store = nd_article_store_new ();
  g_autoptr(GFile) file = g_file_new_for_path (corpus->path);
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  LoadRun run = { loop, 0, -1, 0, NULL };

  g_signal_connect (store, "items-changed", G_CALLBACK (on_store_items_changed_cb), &run);

  run.start = g_get_monotonic_time ();
  nd_article_store_load_async (store, &file, 1, NULL, on_load_done_cb, &run);
  g_main_loop_run (loop);

  if (run.error != NULL)
    {
      g_propagate_error (error, run.error);
      return FALSE;
    }

  result->wall_us = run.finished - run.start;
  result->first_us = run.first_items >= 0 ? run.first_items - run.start : -1;
  result->body_bytes = nd_bench_count_body_bytes (store);
  result->documents = g_list_model_get_n_items (G_LIST_MODEL (store));
  result->failed = nd_article_store_get_errors (store)->len;
  result->failures = nd_article_store_count_failures (store);
  nd_bench_show_store_errors (store);

  /* Read before the store is freed: the figure is what holding the corpus costs. */
  result->peak_rss = nd_bench_read_peak_rss ();
  return TRUE;
}

static int
run_child (const char   *mode,
           const Corpus *corpus)
{
  g_autoptr(GError) error = NULL;
  PhaseResult result = { 0 };

  result.first_us = -1;

  if (g_str_equal (mode, "bare"))
    {
      run_bare (corpus, &result);
      result.peak_rss = nd_bench_read_peak_rss ();
    }
  else if (g_str_equal (mode, "load"))
    {
      if (!run_load (corpus, &result, &error))
        {
          g_printerr ("bench-load: loading failed: %s\n", error->message);
          return 1;
        }
    }
  else
    {
      g_printerr ("bench-load: unknown --child mode “%s”\n", mode);
      return 2;
    }

  nd_bench_print_report (&phase_report, &result);
  return 0;
}

/* The parent */

static gboolean
run_phase (const char    *self_path,
           const char    *mode,
           const Corpus  *corpus,
           PhaseResult   *result,
           GError       **error)
{
  const char *lines_args[] = { "--jsonl", corpus->path, NULL };
  const char *args[] = { corpus->path, NULL };

  return nd_bench_run_child (self_path, mode, corpus->is_lines ? lines_args : args,
                             &phase_report, result, error);
}

static guint64
count_lines (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  guint64 n_lines = 0;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return 0;

  for (const char *p = contents; (p = memchr (p, '\n', length - (gsize)(p - contents))); p++)
    n_lines++;
  if (length > 0 && contents[length - 1] != '\n')
    n_lines++;

  return n_lines;
}

/* Only a folder written by nd-gen-corpus has a JSON Lines copy to read with --jsonl. */
static gboolean
resolve_corpus (const char  *name,
                gboolean     lines,
                Corpus      *corpus,
                GError     **error)
{
  corpus->path = nd_bench_resolve_corpus (name, lines, NULL, error);
  if (corpus->path == NULL)
    return FALSE;

  corpus->is_folder = g_file_test (corpus->path, G_FILE_TEST_IS_DIR);
  if (lines && corpus->is_folder)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT,
                   "--jsonl needs a JSON Lines file, or a folder written by "
                   "nd-gen-corpus; %s is neither", corpus->path);
      g_clear_pointer (&corpus->path, g_free);
      return FALSE;
    }

  corpus->is_lines = lines || (!corpus->is_folder &&
                               nd_formats_has_json_lines_name (corpus->path));
  return TRUE;
}

/* Figures of a load that loaded nothing (a refused file, say) would only mislead. */
static double
load_seconds (const PhaseResult *load)
{
  return load->documents > 0 ? nd_bench_seconds (load->wall_us) : NAN;
}

static void
print_table (const Corpus      *corpus,
             const PhaseResult *bare,
             const PhaseResult *load)
{
  double corpus_mb = nd_bench_megabytes (corpus->n_bytes);
  double bare_s = nd_bench_seconds (bare->wall_us);
  double load_s = load_seconds (load);

  if (corpus->is_lines)
    g_print ("corpus: %s (JSON Lines, %" G_GUINT64_FORMAT " lines, %.1f MB)\n",
             corpus->path, count_lines (corpus->path), corpus_mb);
  else
    g_print ("corpus: %s (%" G_GUINT64_FORMAT " files, %.1f MB)\n",
             corpus->path, corpus->n_files, corpus_mb);

  g_print ("bare json-glib parse: %6.2f s  %6.1f MB/s   %" G_GUINT64_FORMAT " documents",
           bare_s, nd_bench_ratio (corpus_mb, bare_s), bare->documents);
  if (bare->failed > 0)
    g_print (", %" G_GUINT64_FORMAT " did not parse", bare->failed);
  g_print ("\n");

  g_print ("NewsDesk load:        %6.2f s  ", nd_bench_seconds (load->wall_us));
  if (load->documents > 0)
    g_print ("%6.1f MB/s  %6.0f articles/s   ",
             nd_bench_ratio (corpus_mb, load_s), nd_bench_ratio (load->documents, load_s));
  else
    g_print ("nothing was loaded   ");
  if (load->first_us >= 0)
    g_print ("first articles after %" G_GINT64_FORMAT " ms\n", load->first_us / 1000);
  else
    g_print ("no articles appeared\n");

  g_print ("articles loaded:      %6" G_GUINT64_FORMAT "     (%" G_GUINT64_FORMAT
           " problems reported, %" G_GUINT64_FORMAT " files with errors)\n",
           load->documents, load->failed, load->failures);

  g_print ("ratio load / bare:    ");
  nd_bench_print_figure (6, 2, nd_bench_ratio (load_s, bare_s));
  g_print ("     (target <= %.1f)\n", TARGET_RATIO);

  g_print ("peak RSS (load):     %7.1f MB   body text %.1f MB   RSS per body byte ",
           nd_bench_megabytes (load->peak_rss), nd_bench_megabytes (load->body_bytes));
  nd_bench_print_figure (0, 2, nd_bench_ratio (load->peak_rss, load->body_bytes));
  g_print (" (target <= %.1f)\n", TARGET_RSS_PER_BODY_BYTE);

  if (load->first_us >= 0)
    g_print ("first articles:       %6" G_GINT64_FORMAT " ms  (target <= %.0f ms)\n",
             load->first_us / 1000, TARGET_FIRST_ARTICLES_MS);
  else
    g_print ("first articles:          n/a  (target <= %.0f ms)\n", TARGET_FIRST_ARTICLES_MS);
}

static void
print_json (const Corpus      *corpus,
            const PhaseResult *bare,
            const PhaseResult *load)
{
  g_autoptr(GString) json = nd_bench_json_new ();
  double corpus_mb = nd_bench_megabytes (corpus->n_bytes);
  double bare_s = nd_bench_seconds (bare->wall_us);
  double load_s = load_seconds (load);
  double first_ms = load->first_us >= 0 ? load->first_us / 1000.0 : NAN;

  nd_bench_json_add_string (json, "corpus", corpus->path);
  nd_bench_json_add_string (json, "format", corpus->is_lines ? "jsonl" :
                                            corpus->is_folder ? "folder" : "file");
  nd_bench_json_add_uint (json, "files", corpus->n_files);
  nd_bench_json_add_uint (json, "bytes", corpus->n_bytes);
  nd_bench_json_add_double (json, "bare_seconds", bare_s, "%.3f");
  nd_bench_json_add_double (json, "bare_mb_per_s", nd_bench_ratio (corpus_mb, bare_s), "%.1f");
  nd_bench_json_add_uint (json, "bare_documents", bare->documents);
  nd_bench_json_add_uint (json, "bare_failed", bare->failed);
  nd_bench_json_add_uint (json, "bare_peak_rss_bytes", bare->peak_rss);
  nd_bench_json_add_double (json, "load_seconds", nd_bench_seconds (load->wall_us), "%.3f");
  nd_bench_json_add_double (json, "load_mb_per_s", nd_bench_ratio (corpus_mb, load_s), "%.1f");
  nd_bench_json_add_uint (json, "articles", load->documents);
  nd_bench_json_add_double (json, "articles_per_s", nd_bench_ratio (load->documents, load_s),
                            "%.0f");
  nd_bench_json_add_double (json, "first_articles_ms", first_ms, "%.1f");
  nd_bench_json_add_uint (json, "load_problems", load->failed);
  nd_bench_json_add_uint (json, "load_failed_files", load->failures);
  nd_bench_json_add_double (json, "ratio_load_bare", nd_bench_ratio (load_s, bare_s), "%.3f");
  nd_bench_json_add_uint (json, "peak_rss_bytes", load->peak_rss);
  nd_bench_json_add_uint (json, "body_bytes", load->body_bytes);
  nd_bench_json_add_double (json, "rss_per_body_byte",
                            nd_bench_ratio (load->peak_rss, load->body_bytes), "%.3f");
  nd_bench_json_add_double (json, "target_ratio", TARGET_RATIO, "%.1f");
  nd_bench_json_add_double (json, "target_rss_per_body_byte", TARGET_RSS_PER_BODY_BYTE,
                            "%.1f");
  nd_bench_json_add_double (json, "target_first_articles_ms", TARGET_FIRST_ARTICLES_MS,
                            "%.0f");
  nd_bench_json_print (json);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *child_mode = NULL;
  g_autofree char *self_path = NULL;
  gboolean lines = FALSE;
  gboolean json = FALSE;
  Corpus corpus = { 0 };
  PhaseResult bare = { 0 };
  PhaseResult load = { 0 };
  int status = 0;
  const char *summary = "DIR_OR_FILE - measure how fast NewsDesk loads a corpus";
  const char *help_text =
    "DIR_OR_FILE is a folder written by nd-gen-corpus (its files/ folder is read, or its\n"
    "articles.jsonl with --jsonl), any folder of article files, or one file.\n"
    "This is a benchmark: it prints figures and exits 0 whatever they are.";
  const GOptionEntry entries[] = {
    { "jsonl", 0, 0, G_OPTION_ARG_NONE, &lines,
      "Read the JSON Lines copy of a generated corpus (or a JSON Lines file)", NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json,
      "Also print the figures as one JSON object on the last line", NULL },
    { "child", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_STRING, &child_mode, NULL, NULL },
    { NULL }
  };

  if (!nd_bench_parse_options (&argc, &argv, summary, help_text, entries))
    return 2;

  if (argc != 2)
    {
      g_printerr ("bench-load: usage: bench-load [--jsonl] [--json] DIR_OR_FILE\n");
      return 2;
    }

  /* A child is handed the resolved path and reads exactly that. */
  if (child_mode != NULL)
    {
      corpus.path = g_strdup (argv[1]);
      corpus.is_lines = lines;
      status = run_child (child_mode, &corpus);
      g_free (corpus.path);
      return status;
    }

  if (!resolve_corpus (argv[1], lines, &corpus, &error))
    {
      g_printerr ("bench-load: %s\n", error->message);
      return 2;
    }

  self_path = nd_bench_find_own_executable (argv[0]);
  if (self_path == NULL)
    {
      g_printerr ("bench-load: cannot find its own executable to run the phases\n");
      g_free (corpus.path);
      return 1;
    }

  corpus.n_files = nd_bench_warm_page_cache (corpus.path, &corpus.n_bytes);
  if (corpus.n_files == 0)
    {
      g_printerr ("bench-load: %s holds no article files\n", corpus.path);
      g_free (corpus.path);
      return 1;
    }

  if (!run_phase (self_path, "bare", &corpus, &bare, &error) ||
      !run_phase (self_path, "load", &corpus, &load, &error))
    {
      g_printerr ("bench-load: %s\n", error->message);
      g_free (corpus.path);
      return 1;
    }

  print_table (&corpus, &bare, &load);
  if (json)
    print_json (&corpus, &bare, &load);

  g_free (corpus.path);
  return 0;
}

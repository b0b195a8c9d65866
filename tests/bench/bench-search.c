/* bench-search.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Measures NewsDesk's search on a corpus written by nd-gen-corpus, in one run:
 *
 *  - index build: the JSON Lines copy of the corpus is loaded with the index built on the
 *    way and without it, against the least a json-glib program does to read the same file
 *    (one JsonParser per line); the index's own estimate of its memory against the bytes
 *    of body text it indexes; the peak RSS of each load.
 *  - per-keystroke latency: every query of the queries file is typed one character at a
 *    time; each prefix is parsed as the search bar parses it (the last word is a prefix
 *    unless a space follows it) and searched in order of relevance, and the time of parse
 *    plus search is one keystroke. Prefixes that parse into an empty query ("-", a lone
 *    quotation mark) are skipped, because the window does not search those.
 *  - ripgrep: for each query, the time NewsDesk takes for the whole query (parsed as
 *    finished, median of QUERY_RUNS) against one `rg -i -l -F --no-ignore -e P1 -e P2 ...
 *    files/` over the same articles, one file each (median of --rg-runs). P1, P2 ... are
 *    the query's plain words and phrases; excluded terms, fields and OR are left out, and
 *    a query with nothing left is not compared. ripgrep finds the files holding ANY of
 *    them, without folding accents, without ranking, stopping at a file's first match and
 *    using every core: less than the query asks, so the comparison favours ripgrep.
 *
 * Each load runs in a child process of its own (this program again, with the hidden
 * --child=MODE option), so that the peak RSS of a phase is that phase's alone; the
 * keystroke and query timings run in the child that built the index, after its figures
 * are taken. The parent reads the corpus once first, so that every phase and ripgrep see
 * the same warm page cache. */

#define G_LOG_DOMAIN "bench-search"

#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>

#include <gio/gio.h>

#include "load/nd-article-store.h"
#include "search/nd-search-index-private.h"
#include "nd-bench-utils.h"

#define TARGET_INDEX_LOAD_RATIO   2.0
#define TARGET_INDEX_PER_BODY     1.0
#define TARGET_KEYSTROKE_MEDIAN   5.0
#define TARGET_KEYSTROKE_P99      16.0
#define TARGET_RG_RATIO           100.0

/* Runs of each whole query; the median is kept. */
#define QUERY_RUNS 5
/* The slowest keystrokes are listed, to show where the time goes. */
#define N_SLOWEST 5

#ifndef ND_BENCH_QUERIES
#define ND_BENCH_QUERIES "search-queries.txt"
#endif

typedef struct
{
  char    *dir;          /* the folder nd-gen-corpus wrote */
  char    *lines_path;   /* its articles.jsonl, which the phases load */
  char    *files_path;   /* its files/, which ripgrep reads */
  guint64  lines_bytes;
  guint64  n_files;
  guint64  files_bytes;
} Corpus;

typedef struct
{
  double  us;
  guint   hits;
  char   *text;
} Timed;

/* What a child reports to the parent (nd_bench_print_report), and then its slowest
 * keystrokes and its queries as "slow=" and "query=" lines (print_timed). */
typedef struct
{
  gint64     wall_us;
  gint64     wall_min_us;
  gint64     wall_max_us;
  guint64    documents;    /* bare: JSON documents parsed; load: articles in the store */
  guint64    failed;       /* bare: documents that did not parse; load: store problems */
  guint64    body_bytes;
  guint64    index_bytes;
  guint64    peak_rss;
  guint      keystrokes;
  guint      skipped;
  double     ks_median_us;
  double     ks_p90_us;
  double     ks_p99_us;
  double     ks_max_us;
  GPtrArray *slowest;      /* (element-type Timed) */
  GPtrArray *queries;      /* (element-type Timed): the whole queries, in file order */
} PhaseResult;

/* Helpers */

static void
timed_free (gpointer data)
{
  Timed *timed = data;

  if (timed == NULL)
    return;

  g_free (timed->text);
  g_free (timed);
}

static Timed *
timed_new (double      us,
           guint       hits,
           const char *text)
{
  Timed *timed = g_new0 (Timed, 1);

  timed->us = us;
  timed->hits = hits;
  timed->text = g_strdup (text);

  return timed;
}

static void
phase_result_init (PhaseResult *result)
{
  memset (result, 0, sizeof *result);
  result->slowest = g_ptr_array_new_with_free_func (timed_free);
  result->queries = g_ptr_array_new_with_free_func (timed_free);
}

static void
phase_result_clear (PhaseResult *result)
{
  g_clear_pointer (&result->slowest, g_ptr_array_unref);
  g_clear_pointer (&result->queries, g_ptr_array_unref);
}

/* A Timed goes from child to parent as "KEY=US<tab>HITS<tab>TEXT", in the C locale. */
static void
print_timed (const char  *key,
             const Timed *timed)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_print ("%s=%s\t%u\t%s\n", key, g_ascii_dtostr (buffer, sizeof buffer, timed->us),
           timed->hits, timed->text);
}

static Timed *
parse_timed (const char *value)
{
  g_auto(GStrv) fields = g_strsplit (value, "\t", 3);

  if (g_strv_length (fields) != 3)
    return NULL;

  return timed_new (g_ascii_strtod (fields[0], NULL),
                    (guint)g_ascii_strtoull (fields[1], NULL, 10), fields[2]);
}

static void
parse_timed_line (const char *key,
                  const char *value,
                  gpointer    user_data)
{
  PhaseResult *result = user_data;
  Timed *timed = parse_timed (value);

  if (timed == NULL)
    return;

  if (g_str_equal (key, "slow"))
    g_ptr_array_add (result->slowest, timed);
  else if (g_str_equal (key, "query"))
    g_ptr_array_add (result->queries, timed);
  else
    timed_free (timed);
}

static const NdBenchFigure phase_figures[] = {
  { "wall_us", ND_BENCH_FIGURE_INT64, G_STRUCT_OFFSET (PhaseResult, wall_us) },
  { "documents", ND_BENCH_FIGURE_UINT64, G_STRUCT_OFFSET (PhaseResult, documents) },
  { "failed", ND_BENCH_FIGURE_UINT64, G_STRUCT_OFFSET (PhaseResult, failed) },
  { "body_bytes", ND_BENCH_FIGURE_UINT64, G_STRUCT_OFFSET (PhaseResult, body_bytes) },
  { "index_bytes", ND_BENCH_FIGURE_UINT64, G_STRUCT_OFFSET (PhaseResult, index_bytes) },
  { "peak_rss", ND_BENCH_FIGURE_UINT64, G_STRUCT_OFFSET (PhaseResult, peak_rss) },
  { "keystrokes", ND_BENCH_FIGURE_UINT, G_STRUCT_OFFSET (PhaseResult, keystrokes) },
  { "skipped", ND_BENCH_FIGURE_UINT, G_STRUCT_OFFSET (PhaseResult, skipped) },
  { "ks_median_us", ND_BENCH_FIGURE_DOUBLE, G_STRUCT_OFFSET (PhaseResult, ks_median_us) },
  { "ks_p90_us", ND_BENCH_FIGURE_DOUBLE, G_STRUCT_OFFSET (PhaseResult, ks_p90_us) },
  { "ks_p99_us", ND_BENCH_FIGURE_DOUBLE, G_STRUCT_OFFSET (PhaseResult, ks_p99_us) },
  { "ks_max_us", ND_BENCH_FIGURE_DOUBLE, G_STRUCT_OFFSET (PhaseResult, ks_max_us) },
};

static const NdBenchReport phase_report = {
  phase_figures, G_N_ELEMENTS (phase_figures), parse_timed_line
};

/* Nanoseconds: g_get_monotonic_time() has only microseconds, and a keystroke can take
 * fewer. */
static gint64
now_ns (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return (gint64)ts.tv_sec * G_GINT64_CONSTANT (1000000000) + ts.tv_nsec;
}

static int
compare_timed_slowest_first (gconstpointer a,
                             gconstpointer b)
{
  const Timed *x = *(const Timed * const *)a;
  const Timed *y = *(const Timed * const *)b;

  return x->us > y->us ? -1 : x->us < y->us;
}

/* The non-empty lines of the queries file, without the spaces around them. */
static GPtrArray *
read_queries (const char  *path,
              GError     **error)
{
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  GPtrArray *queries;

  if (!g_file_get_contents (path, &contents, NULL, error))
    return NULL;

  queries = g_ptr_array_new_with_free_func (g_free);
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = g_strstrip (lines[i]);

      if (*line != '\0')
        g_ptr_array_add (queries, g_strdup (line));
    }

  return queries;
}

/* The bare phase: what bench-load --jsonl does, one JsonParser per line. */

static void
run_bare (const char  *path,
          PhaseResult *result)
{
  gint64 start = g_get_monotonic_time ();

  nd_bench_parse_json_file (path, TRUE, &result->documents, &result->failed);
  result->wall_us = g_get_monotonic_time () - start;
  result->peak_rss = nd_bench_read_peak_rss ();
}

/* The load phases */

static NdArticleStore *
run_load (const char  *path,
          gboolean     indexing,
          PhaseResult *result)
{
  NdArticleStore *store = nd_article_store_new ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  gint64 start;

  nd_article_store_set_sink_type (store, indexing ? ND_TYPE_SEARCH_INDEX : G_TYPE_NONE);

  start = g_get_monotonic_time ();
  if (!nd_article_store_load_sync (store, &file, 1, NULL, &error))
    g_printerr ("bench-search: loading failed: %s\n", error->message);
  result->wall_us = g_get_monotonic_time () - start;

  result->body_bytes = nd_bench_count_body_bytes (store);
  result->documents = g_list_model_get_n_items (G_LIST_MODEL (store));
  result->failed = nd_article_store_get_errors (store)->len;
  nd_bench_show_store_errors (store);

  if (indexing)
    {
      NdSearchIndex *index = ND_SEARCH_INDEX (nd_article_store_get_sink (store));

      result->index_bytes = nd_search_index_get_memory_size (index);
    }

  /* Before any search: the figure is what holding the corpus and its index costs. */
  result->peak_rss = nd_bench_read_peak_rss ();

  return store;
}

/* Types each query one character at a time, as into the search bar. */
static void
time_keystrokes (NdSearchIndex *index,
                 GPtrArray     *queries,
                 PhaseResult   *result)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (timed_free);

  for (guint q = 0; q < queries->len; q++)
    {
      const char *text = g_ptr_array_index (queries, q);

      for (const char *end = g_utf8_next_char (text); ; end = g_utf8_next_char (end))
        {
          g_autofree char *prefix = g_strndup (text, (gsize)(end - text));
          gsize length = (gsize)(end - text);
          g_autoptr(NdSearchQuery) query = NULL;
          g_autoptr(NdSearchResults) results = NULL;
          gint64 start;
          gint64 elapsed;
          double us;

          /* The rule of the search bar (nd-window.c): a prefix unless a space follows. */
          start = now_ns ();
          query = nd_search_query_parse (prefix, !g_ascii_isspace (prefix[length - 1]));
          if (nd_search_query_is_empty (query))
            {
              result->skipped++;
            }
          else
            {
              results = nd_search_index_search (index, query, ND_SEARCH_ORDER_RELEVANCE);
              elapsed = now_ns () - start;
              us = elapsed / 1000.0;

              g_array_append_val (times, us);
              g_ptr_array_add (all, timed_new (us,
                                               nd_search_results_get_n_items (results),
                                               prefix));
            }

          if (*end == '\0')
            break;
        }
    }

  result->keystrokes = times->len;
  result->ks_median_us = nd_bench_median (times);
  result->ks_p90_us = nd_bench_percentile (times, 0.90);
  result->ks_p99_us = nd_bench_percentile (times, 0.99);
  result->ks_max_us = nd_bench_quantile (times, 1.0);

  g_ptr_array_sort (all, compare_timed_slowest_first);
  for (guint i = 0; i < all->len && i < N_SLOWEST; i++)
    g_ptr_array_add (result->slowest, g_steal_pointer (&all->pdata[i]));
}

/* Each whole query, as `newsdesk-cli search` runs it: parsed as finished. */
static void
time_queries (NdSearchIndex *index,
              GPtrArray     *queries,
              PhaseResult   *result)
{
  for (guint q = 0; q < queries->len; q++)
    {
      const char *text = g_ptr_array_index (queries, q);
      g_autoptr(GArray) runs = g_array_new (FALSE, FALSE, sizeof (double));
      guint hits = 0;

      for (guint r = 0; r < QUERY_RUNS; r++)
        {
          g_autoptr(NdSearchQuery) query = NULL;
          g_autoptr(NdSearchResults) results = NULL;
          gint64 start = now_ns ();
          double us;

          query = nd_search_query_parse (text, FALSE);
          results = nd_search_index_search (index, query, ND_SEARCH_ORDER_RELEVANCE);
          us = (now_ns () - start) / 1000.0;

          g_array_append_val (runs, us);
          hits = nd_search_results_get_n_items (results);
        }

      g_ptr_array_add (result->queries, timed_new (nd_bench_median (runs), hits, text));
    }
}

static void
print_result (const PhaseResult *result)
{
  nd_bench_print_report (&phase_report, result);
  for (guint i = 0; i < result->slowest->len; i++)
    print_timed ("slow", g_ptr_array_index (result->slowest, i));
  for (guint i = 0; i < result->queries->len; i++)
    print_timed ("query", g_ptr_array_index (result->queries, i));
}

static int
run_child (const char *mode,
           const char *path,
           const char *queries_path)
{
  g_autoptr(GError) error = NULL;
  PhaseResult result;
  int status = 0;

  phase_result_init (&result);

  if (g_str_equal (mode, "bare"))
    run_bare (path, &result);
  else if (g_str_equal (mode, "load"))
    g_object_unref (run_load (path, FALSE, &result));
  else if (g_str_equal (mode, "index-load"))
    g_object_unref (run_load (path, TRUE, &result));
  else if (g_str_equal (mode, "index"))
    {
      g_autoptr(NdArticleStore) store = run_load (path, TRUE, &result);
      NdSearchIndex *index = ND_SEARCH_INDEX (nd_article_store_get_sink (store));
      g_autoptr(GPtrArray) queries = read_queries (queries_path, &error);

      if (queries == NULL)
        {
          g_printerr ("bench-search: %s\n", error->message);
          status = 1;
        }
      else
        {
          time_keystrokes (index, queries, &result);
          time_queries (index, queries, &result);
        }
    }
  else
    {
      g_printerr ("bench-search: unknown --child mode “%s”\n", mode);
      status = 2;
    }

  if (status == 0)
    print_result (&result);

  phase_result_clear (&result);
  return status;
}

/* The parent */

static gboolean
run_phase (const char    *self_path,
           const char    *mode,
           const Corpus  *corpus,
           const char    *queries_path,
           PhaseResult   *result,
           GError       **error)
{
  g_autofree char *queries_arg = g_strconcat ("--queries=", queries_path, NULL);
  const char *args[] = { queries_arg, corpus->lines_path, NULL };

  return nd_bench_run_child (self_path, mode, args, &phase_report, result, error);
}

/* Keeps the median of @walls as the phase's time and says how far the rounds spread. */
static void
keep_median_wall (PhaseResult *result,
                  GArray      *walls)
{
  double lowest = G_MAXDOUBLE, highest = 0;

  for (guint i = 0; i < walls->len; i++)
    {
      lowest = MIN (lowest, g_array_index (walls, double, i));
      highest = MAX (highest, g_array_index (walls, double, i));
    }
  result->wall_us = (gint64)nd_bench_median (walls);
  result->wall_min_us = (gint64)lowest;
  result->wall_max_us = (gint64)highest;
}

/* The bare parse and the two loads run @n_rounds times in turn, each in a process of its
 * own, and their medians are compared: on a shared machine one run of the bare parse
 * alone has been seen to take from 2.3 to 4.3 s. Only the first load with the index
 * also times the keystrokes and queries. */
static gboolean
run_rounds (const char    *self_path,
            const Corpus  *corpus,
            const char    *queries_path,
            guint          n_rounds,
            PhaseResult   *bare,
            PhaseResult   *load,
            PhaseResult   *index,
            GError       **error)
{
  g_autoptr(GArray) bare_walls = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) load_walls = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) index_walls = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint r = 0; r < n_rounds; r++)
    {
      PhaseResult extra;
      double wall;

      if (!run_phase (self_path, "bare", corpus, queries_path, bare, error) ||
          !run_phase (self_path, "load", corpus, queries_path, load, error))
        return FALSE;
      wall = (double)bare->wall_us;
      g_array_append_val (bare_walls, wall);
      wall = (double)load->wall_us;
      g_array_append_val (load_walls, wall);

      if (r == 0)
        {
          if (!run_phase (self_path, "index", corpus, queries_path, index, error))
            return FALSE;
          wall = (double)index->wall_us;
        }
      else
        {
          phase_result_init (&extra);
          if (!run_phase (self_path, "index-load", corpus, queries_path, &extra, error))
            {
              phase_result_clear (&extra);
              return FALSE;
            }
          wall = (double)extra.wall_us;
          phase_result_clear (&extra);
        }
      g_array_append_val (index_walls, wall);
    }

  keep_median_wall (bare, bare_walls);
  keep_median_wall (load, load_walls);
  keep_median_wall (index, index_walls);

  return TRUE;
}

static gboolean
resolve_corpus (const char  *name,
                Corpus      *corpus,
                GError     **error)
{
  corpus->dir = g_canonicalize_filename (name, NULL);
  if (!nd_bench_is_generated_corpus (corpus->dir, &corpus->files_path, &corpus->lines_path))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT,
                   "%s is not a folder written by nd-gen-corpus (with articles.jsonl and "
                   "files/)", corpus->dir);
      return FALSE;
    }

  return TRUE;
}

static void
corpus_clear (Corpus *corpus)
{
  g_clear_pointer (&corpus->dir, g_free);
  g_clear_pointer (&corpus->lines_path, g_free);
  g_clear_pointer (&corpus->files_path, g_free);
}

static gboolean
is_quote_char (gunichar c)
{
  return c == '"' || c == 0x201C || c == 0x201D || c == 0x201E || c == 0x00AB || c == 0x00BB;
}

/* The plain words and phrases of a query, for ripgrep: excluded terms (-word), fields
 * (source:x, after:x ...) and OR are left out. A simple reading of the query language,
 * enough for the queries of the queries file. */
static GPtrArray *
plain_patterns (const char *query)
{
  GPtrArray *patterns = g_ptr_array_new_with_free_func (g_free);
  const char *p = query;

  while (*p != '\0')
    {
      gboolean skip = FALSE;
      const char *start;

      while (*p != '\0' && g_unichar_isspace (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      if (*p == '\0')
        break;

      if (*p == '-')
        {
          skip = TRUE;
          p++;
        }

      /* A field name; its value is skipped below, quoted or not. */
      start = p;
      while (g_ascii_isalpha (*p))
        p++;
      if (*p == ':' && p > start)
        {
          skip = TRUE;
          p++;
        }
      else
        p = start;

      if (is_quote_char (g_utf8_get_char (p)))
        {
          p = g_utf8_next_char (p);
          start = p;
          while (*p != '\0' && !is_quote_char (g_utf8_get_char (p)))
            p = g_utf8_next_char (p);
          if (!skip && p > start)
            g_ptr_array_add (patterns, g_strndup (start, (gsize)(p - start)));
          if (*p != '\0')
            p = g_utf8_next_char (p);
          continue;
        }

      start = p;
      while (*p != '\0' && !g_unichar_isspace (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      if (!skip && p > start && strncmp (start, "OR", (gsize)(p - start)) != 0)
        g_ptr_array_add (patterns, g_strndup (start, (gsize)(p - start)));
    }

  return patterns;
}

static char *
join_patterns (GPtrArray *patterns)
{
  g_autoptr(GString) joined = g_string_new (NULL);

  for (guint i = 0; i < patterns->len; i++)
    g_string_append_printf (joined, "%s%s", i > 0 ? " | " : "",
                            (const char *)g_ptr_array_index (patterns, i));

  return g_string_free (g_steal_pointer (&joined), FALSE);
}

/* One ripgrep run: its wall time in microseconds (-1 when it failed) and how many files
 * it listed. */
static gint64
run_rg (const char *rg,
        GPtrArray  *patterns,
        const char *folder,
        guint      *n_files)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *output = NULL;
  int wait_status = 0;
  gint64 start;
  gint64 elapsed;

  g_ptr_array_add (argv, (char *)rg);
  g_ptr_array_add (argv, (char *)"-i");
  g_ptr_array_add (argv, (char *)"-l");
  g_ptr_array_add (argv, (char *)"-F");
  g_ptr_array_add (argv, (char *)"--no-ignore");
  for (guint i = 0; i < patterns->len; i++)
    {
      g_ptr_array_add (argv, (char *)"-e");
      g_ptr_array_add (argv, g_ptr_array_index (patterns, i));
    }
  g_ptr_array_add (argv, (char *)folder);
  g_ptr_array_add (argv, NULL);

  start = now_ns ();
  if (!g_spawn_sync (NULL, (char **)argv->pdata, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                     &output, NULL, &wait_status, &error))
    {
      g_printerr ("bench-search: %s\n", error->message);
      return -1;
    }
  elapsed = (now_ns () - start) / 1000;

  /* 1 is ripgrep's "nothing found". */
  if (!WIFEXITED (wait_status) || WEXITSTATUS (wait_status) > 1)
    return -1;

  *n_files = 0;
  for (const char *p = output; p != NULL && *p != '\0'; p++)
    *n_files += *p == '\n';

  return elapsed;
}

typedef struct
{
  char   *query;
  char   *patterns;
  double  nd_us;
  guint   nd_hits;
  gint64  rg_us;
  guint   rg_files;
} Comparison;

static void
comparison_clear (gpointer data)
{
  Comparison *comparison = data;

  g_free (comparison->query);
  g_free (comparison->patterns);
}

static GArray *
compare_with_rg (const char  *rg,
                 const char  *folder,
                 guint        rg_runs,
                 PhaseResult *index)
{
  GArray *comparisons = g_array_new (FALSE, TRUE, sizeof (Comparison));
  gboolean warm = FALSE;

  g_array_set_clear_func (comparisons, comparison_clear);

  for (guint q = 0; q < index->queries->len; q++)
    {
      const Timed *timed = g_ptr_array_index (index->queries, q);
      g_autoptr(GPtrArray) patterns = plain_patterns (timed->text);
      g_autoptr(GArray) runs = g_array_new (FALSE, FALSE, sizeof (double));
      Comparison comparison = { 0 };
      guint n_files = 0;

      if (patterns->len == 0)
        continue;

      /* ripgrep's own first run (loading itself, walking the folder) is not counted. */
      if (!warm)
        {
          run_rg (rg, patterns, folder, &n_files);
          warm = TRUE;
        }

      for (guint r = 0; r < rg_runs; r++)
        {
          gint64 us = run_rg (rg, patterns, folder, &n_files);
          double value = us;

          if (us < 0)
            break;
          g_array_append_val (runs, value);
        }

      comparison.query = g_strdup (timed->text);
      comparison.patterns = join_patterns (patterns);
      comparison.nd_us = timed->us;
      comparison.nd_hits = timed->hits;
      comparison.rg_us = runs->len == rg_runs ? (gint64)nd_bench_median (runs) : -1;
      comparison.rg_files = n_files;
      g_array_append_val (comparisons, comparison);
    }

  return comparisons;
}

static void
print_ms (int    width,
          double us)
{
  nd_bench_print_figure (width, 3, us / 1000);
  g_print (" ms");
}

/* Prints @text in @width columns (characters, not bytes), cut with … when longer. */
static void
print_cell (const char *text,
            guint       width)
{
  glong length = g_utf8_strlen (text, -1);

  if (length > (glong)width)
    {
      g_autofree char *cut = g_utf8_substring (text, 0, width - 1);

      g_print ("%s…", cut);
    }
  else
    g_print ("%s%*s", text, (int)(width - length), "");
}

static void
print_table (const Corpus      *corpus,
             guint              n_queries,
             const PhaseResult *bare,
             const PhaseResult *load,
             const PhaseResult *index,
             const char        *rg,
             GArray            *comparisons)
{
  double bare_s = nd_bench_seconds (bare->wall_us);
  double load_s = load->documents > 0 ? nd_bench_seconds (load->wall_us) : NAN;
  double index_s = index->documents > 0 ? nd_bench_seconds (index->wall_us) : NAN;
  g_autoptr(GArray) ratios = g_array_new (FALSE, FALSE, sizeof (double));

  g_print ("corpus: %s (JSON Lines, %.1f MB; files/ %" G_GUINT64_FORMAT " files, %.1f MB)\n",
           corpus->dir, nd_bench_megabytes (corpus->lines_bytes), corpus->n_files,
           nd_bench_megabytes (corpus->files_bytes));

  g_print ("\nIndex build (articles.jsonl; medians of the rounds, their range in brackets)\n");
  g_print ("bare json-glib parse:     %6.2f s   [%.2f–%.2f]   %" G_GUINT64_FORMAT " documents",
           bare_s, nd_bench_seconds (bare->wall_min_us), nd_bench_seconds (bare->wall_max_us),
           bare->documents);
  if (bare->failed > 0)
    g_print (", %" G_GUINT64_FORMAT " did not parse", bare->failed);
  g_print ("\n");
  g_print ("NewsDesk load, no index:  %6.2f s   [%.2f–%.2f]   peak RSS %7.1f MB\n",
           nd_bench_seconds (load->wall_us), nd_bench_seconds (load->wall_min_us),
           nd_bench_seconds (load->wall_max_us), nd_bench_megabytes (load->peak_rss));
  g_print ("NewsDesk load with index: %6.2f s   [%.2f–%.2f]   peak RSS %7.1f MB\n",
           nd_bench_seconds (index->wall_us), nd_bench_seconds (index->wall_min_us),
           nd_bench_seconds (index->wall_max_us), nd_bench_megabytes (index->peak_rss));
  g_print ("articles indexed:         %6" G_GUINT64_FORMAT "     (%" G_GUINT64_FORMAT
           " problems reported)\n", index->documents, index->failed);
  g_print ("load without index / bare: ");
  nd_bench_print_figure (5, 2, nd_bench_ratio (load_s, bare_s));
  g_print ("\n");
  g_print ("load with index / bare:    ");
  nd_bench_print_figure (5, 2, nd_bench_ratio (index_s, bare_s));
  g_print ("    (target <= %.1f); indexing adds ", TARGET_INDEX_LOAD_RATIO);
  nd_bench_print_figure (0, 2, index_s - load_s);
  g_print (" s\n");
  g_print ("index memory / body text:  ");
  nd_bench_print_figure (5, 2, nd_bench_ratio (index->index_bytes, index->body_bytes));
  g_print ("    (target <= %.1f); %.1f MB of index for %.1f MB of body text\n",
           TARGET_INDEX_PER_BODY, nd_bench_megabytes (index->index_bytes),
           nd_bench_megabytes (index->body_bytes));
  g_print ("peak RSS with index / without: ");
  nd_bench_print_figure (0, 2, nd_bench_ratio (index->peak_rss, load->peak_rss));
  g_print ("\n");

  g_print ("\nPer keystroke (%u queries typed a character at a time; parse + search, "
           "by relevance)\n", n_queries);
  g_print ("keystrokes timed:  %6u     (%u prefixes that parse empty skipped)\n",
           index->keystrokes, index->skipped);
  g_print ("keystroke median: ");
  print_ms (8, index->ks_median_us);
  g_print ("  (target <= %.0f ms)\n", TARGET_KEYSTROKE_MEDIAN);
  g_print ("keystroke p90:    ");
  print_ms (8, index->ks_p90_us);
  g_print ("\n");
  g_print ("keystroke p99:    ");
  print_ms (8, index->ks_p99_us);
  g_print ("  (target <= %.0f ms)\n", TARGET_KEYSTROKE_P99);
  g_print ("keystroke max:    ");
  print_ms (8, index->ks_max_us);
  g_print ("\n");
  for (guint i = 0; i < index->slowest->len; i++)
    {
      const Timed *timed = g_ptr_array_index (index->slowest, i);

      g_print ("  slowest: %8.3f ms  %6u hits  %s\n", timed->us / 1000.0, timed->hits,
               timed->text);
    }

  g_print ("\nWhole queries against ripgrep (NewsDesk: median of %d runs; rg -i -l -F "
           "--no-ignore -e WORD... files/)\n", QUERY_RUNS);
  g_print ("  %-36s %8s %11s  %-24s %8s %10s %8s\n", "query", "hits", "NewsDesk",
           "rg patterns", "rg files", "rg", "rg / ND");
  for (guint q = 0; q < index->queries->len; q++)
    {
      const Timed *timed = g_ptr_array_index (index->queries, q);
      const Comparison *comparison = NULL;

      for (guint c = 0; comparisons != NULL && c < comparisons->len; c++)
        if (g_str_equal (g_array_index (comparisons, Comparison, c).query, timed->text))
          comparison = &g_array_index (comparisons, Comparison, c);

      g_print ("  ");
      print_cell (timed->text, 36);
      g_print (" %8u ", timed->hits);
      print_ms (8, timed->us);
      g_print ("  ");
      if (comparison != NULL && comparison->rg_us >= 0)
        {
          double r = nd_bench_ratio (comparison->rg_us, comparison->nd_us);

          print_cell (comparison->patterns, 24);
          g_print (" %8u ", comparison->rg_files);
          print_ms (7, comparison->rg_us);
          g_print (" %7.0f×\n", r);
          g_array_append_val (ratios, r);
        }
      else if (comparison != NULL)
        g_print ("%-24s (rg failed)\n", comparison->patterns);
      else if (rg == NULL)
        g_print ("(rg not found)\n");
      else
        g_print ("(no plain words)\n");
    }

  g_print ("rg / NewsDesk median ratio: ");
  if (ratios->len > 0)
    g_print ("%.0f×", nd_bench_median (ratios));
  else
    g_print ("n/a");
  g_print ("  (target >= %.0f×) over %u queries%s\n", TARGET_RG_RATIO, ratios->len,
           rg == NULL ? "; rg not found (Debian package ripgrep)" : "");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) queries = NULL;
  g_autoptr(GArray) comparisons = NULL;
  g_autofree char *child_mode = NULL;
  g_autofree char *self_path = NULL;
  g_autofree char *queries_path = NULL;
  g_autofree char *rg = NULL;
  int rg_runs = 3;
  int rounds = 3;
  Corpus corpus = { 0 };
  PhaseResult bare;
  PhaseResult load;
  PhaseResult index;
  int status = 0;
  const GOptionEntry entries[] = {
    { "queries", 0, 0, G_OPTION_ARG_FILENAME, &queries_path,
      "The queries, one a line (default: the source tree's search-queries.txt)", "FILE" },
    { "rg-runs", 0, 0, G_OPTION_ARG_INT, &rg_runs,
      "How many times ripgrep runs each query; the median is kept (default 3)", "N" },
    { "rounds", 0, 0, G_OPTION_ARG_INT, &rounds,
      "How many times the three loads run, in turn; the medians are kept (default 3)", "N" },
    { "child", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_STRING, &child_mode, NULL, NULL },
    { NULL }
  };

  context = g_option_context_new ("CORPUS - measure NewsDesk's search index and queries");
  g_option_context_set_description (context,
    "CORPUS is a folder written by nd-gen-corpus: its articles.jsonl is loaded, its files/\n"
    "is what ripgrep reads. This is a benchmark: it prints figures and exits 0 whatever\n"
    "they are.");
  g_option_context_add_main_entries (context, entries, NULL);

  /* The table has "…" and "×" in it; the numbers stay in the C locale's format. */
  setlocale (LC_CTYPE, "");

  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("bench-search: %s\n", error->message);
      return 2;
    }

  if (argc != 2 || rg_runs < 1 || rounds < 1)
    {
      g_printerr ("bench-search: usage: bench-search [--queries FILE] [--rg-runs N] [--rounds N] CORPUS\n");
      return 2;
    }

  if (queries_path == NULL)
    queries_path = g_strdup (ND_BENCH_QUERIES);

  /* A child is handed the JSON Lines file and reads exactly that. */
  if (child_mode != NULL)
    return run_child (child_mode, argv[1], queries_path);

  queries = read_queries (queries_path, &error);
  if (queries == NULL)
    {
      g_printerr ("bench-search: %s\n", error->message);
      return 1;
    }

  if (!resolve_corpus (argv[1], &corpus, &error))
    {
      g_printerr ("bench-search: %s\n", error->message);
      corpus_clear (&corpus);
      return 1;
    }

  self_path = nd_bench_find_own_executable (argv[0]);
  if (self_path == NULL)
    {
      g_printerr ("bench-search: cannot find its own executable to run the phases\n");
      corpus_clear (&corpus);
      return 1;
    }

  nd_bench_warm_page_cache (corpus.lines_path, &corpus.lines_bytes);
  corpus.n_files = nd_bench_warm_page_cache (corpus.files_path, &corpus.files_bytes);

  phase_result_init (&bare);
  phase_result_init (&load);
  phase_result_init (&index);

  if (!run_rounds (self_path, &corpus, queries_path, (guint)rounds, &bare, &load, &index, &error))
    {
      g_printerr ("bench-search: %s\n", error->message);
      status = 1;
    }
  else
    {
      rg = g_find_program_in_path ("rg");
      if (rg != NULL)
        comparisons = compare_with_rg (rg, corpus.files_path, (guint)rg_runs, &index);

      print_table (&corpus, queries->len, &bare, &load, &index, rg, comparisons);
    }

  phase_result_clear (&bare);
  phase_result_clear (&load);
  phase_result_clear (&index);
  corpus_clear (&corpus);

  return status;
}

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

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "nd-article-store.h"

#define TARGET_RATIO 1.5
#define TARGET_RSS_PER_BODY_BYTE 2.0
#define TARGET_FIRST_ARTICLES_MS 200.0

/* How many of the store's problems a load child shows; a broken corpus would otherwise
 * drown the figures. */
#define MAX_ERRORS_SHOWN 5

typedef struct
{
  char     *path;        /* the folder or file that is read */
  gboolean  is_folder;
  gboolean  is_lines;    /* one JSON document per line */
  guint64   n_files;
  guint64   n_bytes;
} Corpus;

/* What a child reports, as key=value lines on its standard output. */
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

typedef void (*VisitFunc) (const char *path,
                           guint64     size,
                           gpointer    user_data);

typedef struct
{
  GMainLoop *loop;
  gint64     start;
  gint64     first_items;
  gint64     finished;
  GError    *error;
} LoadRun;

/* Helpers */

static gboolean
has_article_file_name (const char *name)
{
  static const char * const suffixes[] = { ".json", ".jsonl", ".ndjson", ".jsonfeed" };
  g_autofree char *lower = g_ascii_strdown (name, -1);

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    if (g_str_has_suffix (lower, suffixes[i]))
      return TRUE;

  return FALSE;
}

static gboolean
has_lines_file_name (const char *name)
{
  g_autofree char *lower = g_ascii_strdown (name, -1);

  return g_str_has_suffix (lower, ".jsonl") || g_str_has_suffix (lower, ".ndjson");
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *)a, *(const char * const *)b);
}

/* Visits the files below @folder the way NewsDesk's walker picks them (JSON-like names,
 * no hidden entries, sorted, recursive), so that the bare parse reads the same files. */
static void
walk_folder (const char *folder,
             VisitFunc   visit,
             gpointer    user_data)
{
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  const char *name;

  dir = g_dir_open (folder, 0, &error);
  if (dir == NULL)
    {
      g_printerr ("bench-load: %s\n", error->message);
      return;
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    if (name[0] != '.')
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_strings);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (folder, g_ptr_array_index (names, i), NULL);
      GStatBuf st;

      if (g_stat (path, &st) != 0)
        continue;

      if (S_ISDIR (st.st_mode))
        walk_folder (path, visit, user_data);
      else if (S_ISREG (st.st_mode) && has_article_file_name (g_ptr_array_index (names, i)))
        visit (path, (guint64)st.st_size, user_data);
    }
}

static void
visit_corpus (const Corpus *corpus,
              VisitFunc     visit,
              gpointer      user_data)
{
  GStatBuf st;

  if (corpus->is_folder)
    walk_folder (corpus->path, visit, user_data);
  else if (g_stat (corpus->path, &st) == 0)
    visit (corpus->path, (guint64)st.st_size, user_data);
}

/* VmHWM is the peak resident set size of this process; ru_maxrss says the same where
 * /proc is missing. */
static guint64
read_peak_rss (void)
{
  g_autofree char *status = NULL;
  struct rusage usage;

  if (g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    {
      const char *line = strstr (status, "\nVmHWM:");

      if (line != NULL)
        return g_ascii_strtoull (line + strlen ("\nVmHWM:"), NULL, 10) * 1024;
    }

  if (getrusage (RUSAGE_SELF, &usage) == 0)
    return (guint64)usage.ru_maxrss * 1024;

  return 0;
}

static void
print_result (const PhaseResult *result)
{
  g_print ("wall_us=%" G_GINT64_FORMAT "\n", result->wall_us);
  g_print ("first_us=%" G_GINT64_FORMAT "\n", result->first_us);
  g_print ("documents=%" G_GUINT64_FORMAT "\n", result->documents);
  g_print ("failed=%" G_GUINT64_FORMAT "\n", result->failed);
  g_print ("failures=%" G_GUINT64_FORMAT "\n", result->failures);
  g_print ("body_bytes=%" G_GUINT64_FORMAT "\n", result->body_bytes);
  g_print ("peak_rss=%" G_GUINT64_FORMAT "\n", result->peak_rss);
}

/* The bare phase */

static void
parse_document (const char  *data,
                gsize        length,
                PhaseResult *result)
{
  g_autoptr(JsonParser) parser = json_parser_new ();

  if (json_parser_load_from_data (parser, data, (gssize)length, NULL))
    result->documents++;
  else
    result->failed++;
}

/* Empty lines are skipped, as any JSON Lines reader does. */
static void
parse_lines (const char  *data,
             gsize        length,
             PhaseResult *result)
{
  const char *end = data + length;
  const char *line = data;

  while (line < end)
    {
      const char *newline = memchr (line, '\n', (gsize)(end - line));
      const char *line_end = newline != NULL ? newline : end;
      const char *p = line;

      while (p < line_end && g_ascii_isspace (*p))
        p++;
      if (p < line_end)
        parse_document (line, (gsize)(line_end - line), result);

      line = line_end + 1;
    }
}

typedef struct
{
  PhaseResult *result;
  gboolean     lines;
} BareRun;

static void
bare_visit (const char *path,
            guint64     size,
            gpointer    user_data)
{
  BareRun *run = user_data;
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    {
      run->result->failed++;
      return;
    }

  if (run->lines || has_lines_file_name (path))
    parse_lines (contents, length, run->result);
  else
    parse_document (contents, length, run->result);
}

static void
run_bare (const Corpus *corpus,
          PhaseResult  *result)
{
  BareRun run = { result, corpus->is_lines };
  gint64 start = g_get_monotonic_time ();

  visit_corpus (corpus, bare_visit, &run);
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

static void
show_store_errors (NdArticleStore *store)
{
  GPtrArray *errors = nd_article_store_get_errors (store);

  for (guint i = 0; i < errors->len && i < MAX_ERRORS_SHOWN; i++)
    {
      g_autofree char *text = nd_load_error_to_string (g_ptr_array_index (errors, i));

      g_printerr ("bench-load: %s\n", text);
    }

  if (errors->len > MAX_ERRORS_SHOWN)
    g_printerr ("bench-load: … and %u more problems\n", errors->len - MAX_ERRORS_SHOWN);
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
  guint n_items;

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

  /* Walking the model in order is what a list view or an exporter does, and what the
   * store's cursor is made for. */
  n_items = g_list_model_get_n_items (G_LIST_MODEL (store));
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(NdArticle) article = g_list_model_get_item (G_LIST_MODEL (store), i);
      const char *body = nd_article_get_body (article);

      if (body != NULL)
        result->body_bytes += strlen (body);
    }

  result->documents = n_items;
  result->failed = nd_article_store_get_errors (store)->len;
  result->failures = nd_article_store_count_failures (store);
  show_store_errors (store);

  /* Read before the store is freed: the figure is what holding the corpus costs. */
  result->peak_rss = read_peak_rss ();
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
      result.peak_rss = read_peak_rss ();
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

  print_result (&result);
  return 0;
}

/* The parent */

static gboolean
parse_child_output (const char   *output,
                    PhaseResult  *result)
{
  g_auto(GStrv) lines = g_strsplit (output, "\n", -1);
  guint found = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *equals = strchr (lines[i], '=');
      g_autofree char *key = NULL;
      const char *value;

      if (equals == NULL)
        continue;

      key = g_strndup (lines[i], (gsize)(equals - lines[i]));
      value = equals + 1;
      found++;

      if (g_str_equal (key, "wall_us"))
        result->wall_us = g_ascii_strtoll (value, NULL, 10);
      else if (g_str_equal (key, "first_us"))
        result->first_us = g_ascii_strtoll (value, NULL, 10);
      else if (g_str_equal (key, "documents"))
        result->documents = g_ascii_strtoull (value, NULL, 10);
      else if (g_str_equal (key, "failed"))
        result->failed = g_ascii_strtoull (value, NULL, 10);
      else if (g_str_equal (key, "failures"))
        result->failures = g_ascii_strtoull (value, NULL, 10);
      else if (g_str_equal (key, "body_bytes"))
        result->body_bytes = g_ascii_strtoull (value, NULL, 10);
      else if (g_str_equal (key, "peak_rss"))
        result->peak_rss = g_ascii_strtoull (value, NULL, 10);
      else
        found--;
    }

  return found == 7;
}

static char *
find_own_executable (const char *argv0)
{
  char *path = g_file_read_link ("/proc/self/exe", NULL);

  if (path != NULL)
    return path;

  if (g_path_is_absolute (argv0))
    return g_strdup (argv0);

  return g_find_program_in_path (argv0);
}

static gboolean
run_phase (const char    *self_path,
           const char    *mode,
           const Corpus  *corpus,
           PhaseResult   *result,
           GError       **error)
{
  g_autofree char *mode_arg = g_strconcat ("--child=", mode, NULL);
  g_autofree char *output = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  int wait_status = 0;

  g_ptr_array_add (argv, (char *)self_path);
  g_ptr_array_add (argv, mode_arg);
  if (corpus->is_lines)
    g_ptr_array_add (argv, (char *)"--jsonl");
  g_ptr_array_add (argv, corpus->path);
  g_ptr_array_add (argv, NULL);

  /* The child's standard error is left on ours, so that its complaints are seen. */
  if (!g_spawn_sync (NULL, (char **)argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                     &output, NULL, &wait_status, error))
    return FALSE;

  if (!g_spawn_check_wait_status (wait_status, error))
    {
      g_prefix_error (error, "the %s phase failed: ", mode);
      return FALSE;
    }

  if (!parse_child_output (output, result))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "the %s phase printed no figures", mode);
      return FALSE;
    }

  return TRUE;
}

/* Reading everything once puts the corpus in the page cache for both phases alike (the
 * generator usually has just written it, but not always). */
static void
scan_visit (const char *path,
            guint64     size,
            gpointer    user_data)
{
  Corpus *corpus = user_data;
  static char buffer[1 << 20];
  int fd;

  corpus->n_files++;
  corpus->n_bytes += size;

  fd = g_open (path, O_RDONLY, 0);
  if (fd < 0)
    return;
  while (read (fd, buffer, sizeof buffer) > 0)
    ;
  close (fd);
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

/* A folder written by nd-gen-corpus holds the same articles twice (files/ and
 * articles.jsonl); only one copy may be loaded, or every article would be a duplicate.
 * The path is made absolute, so that a child never mistakes it for an option. */
static gboolean
resolve_corpus (const char  *name,
                gboolean     lines,
                Corpus      *corpus,
                GError     **error)
{
  g_autofree char *argument = g_canonicalize_filename (name, NULL);
  g_autofree char *files_dir = g_build_filename (argument, "files", NULL);
  g_autofree char *lines_file = g_build_filename (argument, "articles.jsonl", NULL);
  gboolean generated = g_file_test (files_dir, G_FILE_TEST_IS_DIR) &&
                       g_file_test (lines_file, G_FILE_TEST_IS_REGULAR);

  if (g_file_test (argument, G_FILE_TEST_IS_DIR))
    {
      if (lines && !generated)
        {
          g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT,
                       "--jsonl needs a JSON Lines file, or a folder written by "
                       "nd-gen-corpus; %s is neither", argument);
          return FALSE;
        }

      corpus->is_lines = lines;
      corpus->is_folder = !lines;
      if (generated && lines)
        corpus->path = g_steal_pointer (&lines_file);
      else if (generated)
        corpus->path = g_steal_pointer (&files_dir);
      else
        corpus->path = g_steal_pointer (&argument);
      return TRUE;
    }

  if (g_file_test (argument, G_FILE_TEST_IS_REGULAR))
    {
      corpus->path = g_strdup (argument);
      corpus->is_folder = FALSE;
      corpus->is_lines = lines || has_lines_file_name (argument);
      return TRUE;
    }

  g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT, "%s: no such file or folder",
               argument);
  return FALSE;
}

static double
seconds (gint64 microseconds)
{
  return microseconds / 1e6;
}

static double
megabytes (guint64 bytes)
{
  return bytes / 1e6;
}

/* Division that gives NAN rather than a crash or infinity when a figure is missing. */
static double
ratio (double numerator,
       double denominator)
{
  return denominator > 0 ? numerator / denominator : NAN;
}

/* Figures of a load that loaded nothing (a refused file, say) would only mislead. */
static double
load_seconds (const PhaseResult *load)
{
  return load->documents > 0 ? seconds (load->wall_us) : NAN;
}

static void
print_figure (int    width,
              int    precision,
              double value)
{
  if (isnan (value))
    g_print ("%*s", width, "n/a");
  else
    g_print ("%*.*f", width, precision, value);
}

static void
print_table (const Corpus      *corpus,
             const PhaseResult *bare,
             const PhaseResult *load)
{
  double bare_s = seconds (bare->wall_us);
  double load_s = load_seconds (load);

  if (corpus->is_lines)
    g_print ("corpus: %s (JSON Lines, %" G_GUINT64_FORMAT " lines, %.1f MB)\n",
             corpus->path, count_lines (corpus->path), megabytes (corpus->n_bytes));
  else
    g_print ("corpus: %s (%" G_GUINT64_FORMAT " files, %.1f MB)\n",
             corpus->path, corpus->n_files, megabytes (corpus->n_bytes));

  g_print ("bare json-glib parse: %6.2f s  %6.1f MB/s   %" G_GUINT64_FORMAT " documents",
           bare_s, ratio (megabytes (corpus->n_bytes), bare_s), bare->documents);
  if (bare->failed > 0)
    g_print (", %" G_GUINT64_FORMAT " did not parse", bare->failed);
  g_print ("\n");

  g_print ("NewsDesk load:        %6.2f s  ", seconds (load->wall_us));
  if (load->documents > 0)
    g_print ("%6.1f MB/s  %6.0f articles/s   ",
             ratio (megabytes (corpus->n_bytes), load_s), ratio (load->documents, load_s));
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
  print_figure (6, 2, ratio (load_s, bare_s));
  g_print ("     (target <= %.1f)\n", TARGET_RATIO);

  g_print ("peak RSS (load):     %7.1f MB   body text %.1f MB   RSS per body byte ",
           megabytes (load->peak_rss), megabytes (load->body_bytes));
  print_figure (0, 2, ratio (load->peak_rss, load->body_bytes));
  g_print (" (target <= %.1f)\n", TARGET_RSS_PER_BODY_BYTE);

  if (load->first_us >= 0)
    g_print ("first articles:       %6" G_GINT64_FORMAT " ms  (target <= %.0f ms)\n",
             load->first_us / 1000, TARGET_FIRST_ARTICLES_MS);
  else
    g_print ("first articles:          n/a  (target <= %.0f ms)\n", TARGET_FIRST_ARTICLES_MS);
}

/* The JSON line is written by hand because json-glib prints every double with 17 digits
 * (0.019654999999999999); the figures are rounded to what they mean. */
static void
append_member_name (GString    *json,
                    const char *name)
{
  g_string_append (json, json->len > 1 ? ",\"" : "\"");
  g_string_append (json, name);
  g_string_append (json, "\":");
}

static void
append_string (GString    *json,
               const char *name,
               const char *value)
{
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_VALUE);
  g_autofree char *quoted = NULL;

  json_node_set_string (node, value);
  quoted = json_to_string (node, FALSE);
  append_member_name (json, name);
  g_string_append (json, quoted);
}

static void
append_uint (GString    *json,
             const char *name,
             guint64     value)
{
  append_member_name (json, name);
  g_string_append_printf (json, "%" G_GUINT64_FORMAT, value);
}

static void
append_double (GString    *json,
               const char *name,
               double      value,
               const char *format)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  append_member_name (json, name);
  if (isnan (value))
    g_string_append (json, "null");
  else
    g_string_append (json, g_ascii_formatd (buffer, sizeof buffer, format, value));
}

static void
print_json (const Corpus      *corpus,
            const PhaseResult *bare,
            const PhaseResult *load)
{
  g_autoptr(GString) json = g_string_new ("{");
  double bare_s = seconds (bare->wall_us);
  double load_s = load_seconds (load);

  append_string (json, "corpus", corpus->path);
  append_string (json, "format", corpus->is_lines ? "jsonl" :
                                 corpus->is_folder ? "folder" : "file");
  append_uint (json, "files", corpus->n_files);
  append_uint (json, "bytes", corpus->n_bytes);
  append_double (json, "bare_seconds", bare_s, "%.3f");
  append_double (json, "bare_mb_per_s", ratio (megabytes (corpus->n_bytes), bare_s), "%.1f");
  append_uint (json, "bare_documents", bare->documents);
  append_uint (json, "bare_failed", bare->failed);
  append_uint (json, "bare_peak_rss_bytes", bare->peak_rss);
  append_double (json, "load_seconds", seconds (load->wall_us), "%.3f");
  append_double (json, "load_mb_per_s", ratio (megabytes (corpus->n_bytes), load_s), "%.1f");
  append_uint (json, "articles", load->documents);
  append_double (json, "articles_per_s", ratio (load->documents, load_s), "%.0f");
  append_double (json, "first_articles_ms",
                 load->first_us >= 0 ? load->first_us / 1000.0 : NAN, "%.1f");
  append_uint (json, "load_problems", load->failed);
  append_uint (json, "load_failed_files", load->failures);
  append_double (json, "ratio_load_bare", ratio (load_s, bare_s), "%.3f");
  append_uint (json, "peak_rss_bytes", load->peak_rss);
  append_uint (json, "body_bytes", load->body_bytes);
  append_double (json, "rss_per_body_byte", ratio (load->peak_rss, load->body_bytes), "%.3f");
  append_double (json, "target_ratio", TARGET_RATIO, "%.1f");
  append_double (json, "target_rss_per_body_byte", TARGET_RSS_PER_BODY_BYTE, "%.1f");
  append_double (json, "target_first_articles_ms", TARGET_FIRST_ARTICLES_MS, "%.0f");
  g_string_append_c (json, '}');

  g_print ("%s\n", json->str);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *child_mode = NULL;
  g_autofree char *self_path = NULL;
  gboolean lines = FALSE;
  gboolean json = FALSE;
  Corpus corpus = { 0 };
  PhaseResult bare = { 0 };
  PhaseResult load = { 0 };
  int status = 0;
  const GOptionEntry entries[] = {
    { "jsonl", 0, 0, G_OPTION_ARG_NONE, &lines,
      "Read the JSON Lines copy of a generated corpus (or a JSON Lines file)", NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json,
      "Also print the figures as one JSON object on the last line", NULL },
    { "child", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_STRING, &child_mode, NULL, NULL },
    { NULL }
  };

  context = g_option_context_new ("DIR_OR_FILE - measure how fast NewsDesk loads a corpus");
  g_option_context_set_description (context,
    "DIR_OR_FILE is a folder written by nd-gen-corpus (its files/ folder is read, or its\n"
    "articles.jsonl with --jsonl), any folder of article files, or one file.\n"
    "This is a benchmark: it prints figures and exits 0 whatever they are.");
  g_option_context_add_main_entries (context, entries, NULL);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("bench-load: %s\n", error->message);
      return 2;
    }

  if (argc != 2)
    {
      g_printerr ("bench-load: usage: bench-load [--jsonl] [--json] DIR_OR_FILE\n");
      return 2;
    }

  /* A child is handed the resolved path and reads exactly that. */
  if (child_mode != NULL)
    {
      corpus.path = g_strdup (argv[1]);
      corpus.is_folder = g_file_test (corpus.path, G_FILE_TEST_IS_DIR);
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

  self_path = find_own_executable (argv[0]);
  if (self_path == NULL)
    {
      g_printerr ("bench-load: cannot find its own executable to run the phases\n");
      g_free (corpus.path);
      return 1;
    }

  visit_corpus (&corpus, scan_visit, &corpus);
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

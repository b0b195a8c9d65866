/* nd-bench-utils.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* One implementation of what several benchmarks need, so that they measure, count and
 * print alike: bench-load and bench-search must read the same files the same way for
 * their ratios to compare, and every figure that stands in the README must come out of
 * the same statistics. */

#define G_LOG_DOMAIN "nd-bench-utils"

#include "config.h"

#include "nd-bench-utils.h"

#include <fcntl.h>
#include <math.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

/* How many of the store's problems are shown; a broken corpus would otherwise drown the
 * figures. */
#define MAX_ERRORS_SHOWN 5

/* Helpers */

static gpointer
field_at (gconstpointer result,
          gsize         offset)
{
  return (char *)result + offset;
}

static void
print_figure_line (const NdBenchFigure *figure,
                   gconstpointer        field)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  switch (figure->type)
    {
    case ND_BENCH_FIGURE_INT64:
      g_print ("%s=%" G_GINT64_FORMAT "\n", figure->key, *(const gint64 *)field);
      break;

    case ND_BENCH_FIGURE_UINT64:
      g_print ("%s=%" G_GUINT64_FORMAT "\n", figure->key, *(const guint64 *)field);
      break;

    case ND_BENCH_FIGURE_UINT:
      g_print ("%s=%u\n", figure->key, *(const guint *)field);
      break;

    case ND_BENCH_FIGURE_DOUBLE:
    default:
      g_print ("%s=%s\n", figure->key,
               g_ascii_dtostr (buffer, sizeof buffer, *(const double *)field));
      break;
    }
}

static void
parse_figure_value (const NdBenchFigure *figure,
                    const char          *value,
                    gpointer             field)
{
  switch (figure->type)
    {
    case ND_BENCH_FIGURE_INT64:
      *(gint64 *)field = g_ascii_strtoll (value, NULL, 10);
      break;

    case ND_BENCH_FIGURE_UINT64:
      *(guint64 *)field = g_ascii_strtoull (value, NULL, 10);
      break;

    case ND_BENCH_FIGURE_UINT:
      *(guint *)field = (guint)g_ascii_strtoull (value, NULL, 10);
      break;

    case ND_BENCH_FIGURE_DOUBLE:
    default:
      *(double *)field = g_ascii_strtod (value, NULL);
      break;
    }
}

static const NdBenchFigure *
find_figure (const NdBenchReport *report,
             const char          *key)
{
  for (guint i = 0; i < report->n_figures; i++)
    if (g_str_equal (report->figures[i].key, key))
      return &report->figures[i];

  return NULL;
}

/* Fills @result from the child's "key=value" lines; FALSE unless every figure came. */
static gboolean
parse_report (const NdBenchReport *report,
              char                *output,
              gpointer             result)
{
  g_auto(GStrv) lines = g_strsplit (output, "\n", -1);
  guint found = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *equals = strchr (lines[i], '=');
      const NdBenchFigure *figure;

      if (equals == NULL)
        continue;

      *equals = '\0';
      figure = find_figure (report, lines[i]);
      if (figure != NULL)
        {
          parse_figure_value (figure, equals + 1, field_at (result, figure->offset));
          found++;
        }
      else if (report->other_line != NULL)
        report->other_line (lines[i], equals + 1, result);
    }

  return found == report->n_figures;
}

static void
on_walk_entry_cb (NdWalkEntry *entry,
                  gpointer     user_data)
{
  GPtrArray *entries = user_data;

  g_ptr_array_add (entries, entry);
}

/* The load finds the same problems and the store shows them (nd_bench_show_store_errors);
 * said here as well, each would be said three times. */
static void
on_walk_error_cb (NdLoadError *error,
                  gpointer     user_data)
{
  nd_load_error_free (error);
}

static void
read_whole_file (const char *path)
{
  static char buffer[1 << 20];
  int fd;

  fd = g_open (path, O_RDONLY, 0);
  if (fd < 0)
    return;
  while (read (fd, buffer, sizeof buffer) > 0)
    ;
  close (fd);
}

static void
parse_document (const char *data,
                gsize       length,
                guint64    *n_parsed,
                guint64    *n_failed)
{
  g_autoptr(JsonParser) parser = json_parser_new ();

  if (json_parser_load_from_data (parser, data, (gssize)length, NULL))
    (*n_parsed)++;
  else
    (*n_failed)++;
}

/* Empty lines are skipped, as any JSON Lines reader does. */
static void
parse_lines (const char *data,
             gsize       length,
             guint64    *n_parsed,
             guint64    *n_failed)
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
        parse_document (line, (gsize)(line_end - line), n_parsed, n_failed);

      line = line_end + 1;
    }
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *)a;
  double y = *(const double *)b;

  return (x > y) - (x < y);
}

/* The statistics leave the caller's array in the order it was measured in. */
static GArray *
sorted_copy (GArray *values)
{
  GArray *sorted = g_array_copy (values);

  g_array_sort (sorted, compare_doubles);
  return sorted;
}

static void
append_member_name (GString    *json,
                    const char *name)
{
  g_string_append (json, json->len > 1 ? ",\"" : "\"");
  g_string_append (json, name);
  g_string_append (json, "\":");
}

/* Options */

/* Every benchmark has its options, a description that ends in what its exit status
 * means, and says why it cannot run in the same words. */
gboolean
nd_bench_parse_options (int                 *argc,
                        char              ***argv,
                        const char          *parameter_string,
                        const char          *description,
                        const GOptionEntry  *entries)
{
  g_autoptr(GOptionContext) context = g_option_context_new (parameter_string);
  g_autoptr(GError) error = NULL;

  g_option_context_set_description (context, description);
  g_option_context_add_main_entries (context, entries, NULL);

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      g_printerr ("%s: %s\n", g_get_prgname (), error->message);
      return FALSE;
    }

  return TRUE;
}

/* The GUI benchmarks draw with GSK_RENDERER, cairo by default: on Xvfb's llvmpipe it is
 * about twice as fast as GL. An empty GSK_RENDERER makes GTK warn, so it counts as unset. */
const char *
nd_bench_get_renderer (void)
{
  const char *renderer = g_getenv ("GSK_RENDERER");

  return renderer != NULL && *renderer != '\0' ? renderer : "cairo";
}

/* Phases in child processes */

/* The peak resident set size of this process in bytes, what holding a corpus costs. VmHWM
 * is that figure; ru_maxrss says the same where /proc is missing. */
guint64
nd_bench_read_peak_rss (void)
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

/* A benchmark runs each phase as this same program again, so that a phase's peak RSS is
 * its own and no phase inherits another's heap; for that it needs its own path. */
char *
nd_bench_find_own_executable (const char *argv0)
{
  char *path = g_file_read_link ("/proc/self/exe", NULL);

  if (path != NULL)
    return path;

  if (g_path_is_absolute (argv0))
    return g_strdup (argv0);

  return g_find_program_in_path (argv0);
}

/* What a child says to its parent: one "key=value" line per figure on standard output,
 * doubles in the C locale with every digit, so that the parent reads back exactly what
 * was measured. */
void
nd_bench_print_report (const NdBenchReport *report,
                       gconstpointer        result)
{
  for (guint i = 0; i < report->n_figures; i++)
    print_figure_line (&report->figures[i], field_at (result, report->figures[i].offset));
}

/* Runs @self_path --child=@mode @args... and fills @result from the figures it prints
 * (nd_bench_print_report). Fails if it cannot start, does not exit with 0, or leaves out
 * a figure. */
gboolean
nd_bench_run_child (const char           *self_path,
                    const char           *mode,
                    const char * const   *args,
                    const NdBenchReport  *report,
                    gpointer              result,
                    GError              **error)
{
  g_autofree char *mode_arg = g_strconcat ("--child=", mode, NULL);
  g_autofree char *output = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  int wait_status = 0;

  g_ptr_array_add (argv, (char *)self_path);
  g_ptr_array_add (argv, mode_arg);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *)args[i]);
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

  if (!parse_report (report, output, result))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "the %s phase printed no figures", mode);
      return FALSE;
    }

  return TRUE;
}

/* The corpus */

/* nd-gen-corpus writes the same articles twice into one folder, as files/ (one file
 * each) and as articles.jsonl; only one copy may be read at a time, or every article would
 * be a duplicate. Returns whether @dir is such a folder; the two paths are set either way,
 * for messages. */
gboolean
nd_bench_is_generated_corpus (const char  *dir,
                              char       **files_dir,
                              char       **lines_file)
{
  *files_dir = g_build_filename (dir, "files", NULL);
  *lines_file = g_build_filename (dir, "articles.jsonl", NULL);

  return g_file_test (*files_dir, G_FILE_TEST_IS_DIR) &&
         g_file_test (*lines_file, G_FILE_TEST_IS_REGULAR);
}

/* The file or folder to read for a benchmark's argument @name: of a folder written by
 * nd-gen-corpus its articles.jsonl when @lines and its files/ otherwise (@generated, if not
 * NULL, says whether it was one); any other folder or file as it is. The path is absolute,
 * so that a child never mistakes it for an option. */
char *
nd_bench_resolve_corpus (const char  *name,
                         gboolean     lines,
                         gboolean    *generated,
                         GError     **error)
{
  g_autofree char *path = g_canonicalize_filename (name, NULL);
  g_autofree char *files_dir = NULL;
  g_autofree char *lines_file = NULL;
  gboolean is_generated = nd_bench_is_generated_corpus (path, &files_dir, &lines_file);

  if (generated != NULL)
    *generated = is_generated;

  if (is_generated && lines)
    return g_steal_pointer (&lines_file);
  if (is_generated)
    return g_steal_pointer (&files_dir);

  if (g_file_test (path, G_FILE_TEST_IS_DIR) || g_file_test (path, G_FILE_TEST_IS_REGULAR))
    return g_steal_pointer (&path);

  g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT, "%s: no such file or folder", path);
  return NULL;
}

/* The article files at @path (element-type NdWalkEntry), picked by NewsDesk's own walker:
 * @path itself if it is a file, else the JSON-like names below it, no hidden entries, in
 * sorted order. A bare parse thus reads exactly the files a load does. */
GPtrArray *
nd_bench_collect_files (const char *path)
{
  g_autoptr(GPtrArray) roots = g_ptr_array_new_with_free_func (g_object_unref);
  GPtrArray *entries = g_ptr_array_new_with_free_func ((GDestroyNotify)nd_walk_entry_free);

  g_ptr_array_add (roots, g_file_new_for_path (path));
  nd_file_walker_walk (roots, NULL, on_walk_entry_cb, on_walk_error_cb, entries);
  return entries;
}

/* Reading every file once before the phases puts the corpus in the page cache for all of
 * them alike (the generator usually has just written it, but not always). Returns how many
 * article files there are at @path, and their size in @n_bytes. */
guint64
nd_bench_warm_page_cache (const char *path,
                          guint64    *n_bytes)
{
  g_autoptr(GPtrArray) entries = nd_bench_collect_files (path);

  *n_bytes = 0;
  for (guint i = 0; i < entries->len; i++)
    {
      NdWalkEntry *entry = g_ptr_array_index (entries, i);

      *n_bytes += entry->size;
      read_whole_file (g_file_peek_path (entry->file));
    }

  return entries->len;
}

/* Reading */

/* The least a json-glib program does to read the articles of @path: one JsonParser for the
 * whole file, or one per line when @lines. This is the baseline NewsDesk's load is held
 * against. A file that cannot be read counts as a document that did not parse. */
void
nd_bench_parse_json_file (const char *path,
                          gboolean    lines,
                          guint64    *n_parsed,
                          guint64    *n_failed)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    {
      (*n_failed)++;
      return;
    }

  if (lines)
    parse_lines (contents, length, n_parsed, n_failed);
  else
    parse_document (contents, length, n_parsed, n_failed);
}

/* The bytes of body text in @store: what the memory figures are divided by. Walking the
 * model in order is what a list view or an exporter does, and what the store's cursor is
 * made for. */
guint64
nd_bench_count_body_bytes (NdArticleStore *store)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (store));
  guint64 body_bytes = 0;

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(NdArticle) article = g_list_model_get_item (G_LIST_MODEL (store), i);
      const char *body = nd_article_get_body (article);

      if (body != NULL)
        body_bytes += strlen (body);
    }

  return body_bytes;
}

/* Figures of a corpus with problems would mislead, so the first few problems are shown. */
void
nd_bench_show_store_errors (NdArticleStore *store)
{
  GPtrArray *errors = nd_article_store_get_errors (store);

  for (guint i = 0; i < errors->len && i < MAX_ERRORS_SHOWN; i++)
    {
      g_autofree char *text = nd_load_error_to_string (g_ptr_array_index (errors, i));

      g_printerr ("%s: %s\n", g_get_prgname (), text);
    }

  if (errors->len > MAX_ERRORS_SHOWN)
    g_printerr ("%s: … and %u more problems\n", g_get_prgname (),
                errors->len - MAX_ERRORS_SHOWN);
}

/* Statistics */

/* The @fraction quantile of @values (doubles in any order), interpolated between the two
 * nearest ranks: the median of an even count is the mean of the middle two, 0 gives the
 * minimum and 1 the maximum. NAN when there are no values. */
double
nd_bench_quantile (GArray *values,
                   double  fraction)
{
  g_autoptr(GArray) sorted = NULL;
  double rank;
  guint below;

  if (values->len == 0)
    return NAN;

  sorted = sorted_copy (values);
  rank = fraction * (sorted->len - 1);
  below = (guint)floor (rank);
  if (below + 1 >= sorted->len)
    return g_array_index (sorted, double, sorted->len - 1);

  return g_array_index (sorted, double, below) +
         (rank - below) * (g_array_index (sorted, double, below + 1) -
                           g_array_index (sorted, double, below));
}

double
nd_bench_median (GArray *values)
{
  return nd_bench_quantile (values, 0.5);
}

/* Nearest rank: the smallest of @values with at least @p of them at or below it, so always
 * a time that was measured, never one between two. NAN when there are no values. */
double
nd_bench_percentile (GArray *values,
                     double  p)
{
  g_autoptr(GArray) sorted = NULL;
  guint rank;

  if (values->len == 0)
    return NAN;

  sorted = sorted_copy (values);
  rank = (guint)ceil (p * sorted->len);
  return g_array_index (sorted, double, CLAMP (rank, 1, sorted->len) - 1);
}

/* Figures */

double
nd_bench_seconds (gint64 microseconds)
{
  return microseconds / 1e6;
}

double
nd_bench_megabytes (guint64 bytes)
{
  return bytes / 1e6;
}

/* Division that gives NAN rather than a crash or infinity when a figure is missing. */
double
nd_bench_ratio (double numerator,
                double denominator)
{
  return denominator > 0 ? numerator / denominator : NAN;
}

/* Prints @value in @width columns with @precision digits, or "n/a" when it is missing. */
void
nd_bench_print_figure (int    width,
                       int    precision,
                       double value)
{
  if (isnan (value))
    g_print ("%*s", width, "n/a");
  else
    g_print ("%*.*f", width, precision, value);
}

/* The figures as one line of JSON */

/* The line is written by hand because json-glib prints every double with 17 digits
 * (0.019654999999999999); each figure is rounded to what it means. Members are added in
 * order to the "{" this returns; nd_bench_json_print() closes and prints it. */
GString *
nd_bench_json_new (void)
{
  return g_string_new ("{");
}

void
nd_bench_json_add_string (GString    *json,
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

void
nd_bench_json_add_uint (GString    *json,
                        const char *name,
                        guint64     value)
{
  append_member_name (json, name);
  g_string_append_printf (json, "%" G_GUINT64_FORMAT, value);
}

/* @format is a printf format of one double; a figure that is missing (NAN) or infinite
 * is null, which JSON has in place of both. */
void
nd_bench_json_add_double (GString    *json,
                          const char *name,
                          double      value,
                          const char *format)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  append_member_name (json, name);
  if (isnan (value) || isinf (value))
    g_string_append (json, "null");
  else
    g_string_append (json, g_ascii_formatd (buffer, sizeof buffer, format, value));
}

void
nd_bench_json_print (GString *json)
{
  g_string_append_c (json, '}');
  g_print ("%s\n", json->str);
}

/* nd-bench-utils.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "load/nd-article-store.h"
#include "load/nd-file-walker.h"

G_BEGIN_DECLS

/* What the benchmarks in tests/bench have in common: GLib, GIO, json-glib and the core,
 * no GTK. Messages go to standard error, prefixed with the program's name. */

/* One figure a child reports, as a "key=value" line on its standard output: the field
 * at @offset (offsetof) of the caller's result structure, of @type. */
typedef enum
{
  ND_BENCH_FIGURE_INT64,
  ND_BENCH_FIGURE_UINT64,
  ND_BENCH_FIGURE_UINT,
  ND_BENCH_FIGURE_DOUBLE,
} NdBenchFigureType;

typedef struct
{
  const char        *key;
  NdBenchFigureType  type;
  gsize              offset;
} NdBenchFigure;

/* Called for a line whose key is not one of the figures (a list, say). */
typedef void (*NdBenchLineFunc) (const char *key,
                                 const char *value,
                                 gpointer    result);

/* Every figure a child prints, all of which the parent needs. */
typedef struct
{
  const NdBenchFigure *figures;
  guint                n_figures;
  NdBenchLineFunc      other_line;   /* nullable */
} NdBenchReport;

gboolean   nd_bench_parse_options          (int                  *argc,
                                            char               ***argv,
                                            const char           *parameter_string,
                                            const char           *description,
                                            const GOptionEntry   *entries);
const char *nd_bench_get_renderer          (void);

guint64    nd_bench_read_peak_rss          (void);
char      *nd_bench_find_own_executable    (const char           *argv0);
void       nd_bench_print_report           (const NdBenchReport  *report,
                                            gconstpointer         result);
gboolean   nd_bench_run_child              (const char           *self_path,
                                            const char           *mode,
                                            const char * const   *args,
                                            const NdBenchReport  *report,
                                            gpointer              result,
                                            GError              **error);

gboolean   nd_bench_is_generated_corpus    (const char           *dir,
                                            char                **files_dir,
                                            char                **lines_file);
char      *nd_bench_resolve_corpus         (const char           *name,
                                            gboolean              lines,
                                            gboolean             *generated,
                                            GError              **error);
GPtrArray *nd_bench_collect_files          (const char           *path);
guint64    nd_bench_warm_page_cache        (const char           *path,
                                            guint64              *n_bytes);

void       nd_bench_parse_json_file        (const char           *path,
                                            gboolean              lines,
                                            guint64              *n_parsed,
                                            guint64              *n_failed);
guint64    nd_bench_count_body_bytes       (NdArticleStore       *store);
void       nd_bench_show_store_errors      (NdArticleStore       *store);

double     nd_bench_quantile               (GArray               *values,
                                            double                fraction);
double     nd_bench_median                 (GArray               *values);
double     nd_bench_percentile             (GArray               *values,
                                            double                p);

double     nd_bench_seconds                (gint64                microseconds);
double     nd_bench_megabytes              (guint64               bytes);
double     nd_bench_ratio                  (double                numerator,
                                            double                denominator);
void       nd_bench_print_figure           (int                   width,
                                            int                   precision,
                                            double                value);

GString   *nd_bench_json_new               (void);
void       nd_bench_json_add_string        (GString              *json,
                                            const char           *name,
                                            const char           *value);
void       nd_bench_json_add_uint          (GString              *json,
                                            const char           *name,
                                            guint64               value);
void       nd_bench_json_add_double        (GString              *json,
                                            const char           *name,
                                            double                value,
                                            const char           *format);
void       nd_bench_json_print             (GString              *json);

G_END_DECLS

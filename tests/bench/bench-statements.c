/* bench-statements.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Times grouping quotations into statements across outlets, as the Compare view does for
 * the articles the list shows: CORPUS is cut into sets of SET_SIZE articles (in the order
 * of the list, newest first, so that a set holds articles of the same days), and each set
 * is grouped from scratch, finding its quotations included. Prints the median, p95 and
 * worst time per set, and the time of grouping alone with the quotations found before. */

#define G_LOG_DOMAIN "bench-statements"

#include "config.h"

#include <locale.h>

#include <gio/gio.h>

#include "compare/nd-statement-grouper.h"
#include "load/nd-article-store.h"
#include "nd-bench-utils.h"
#include "quotes/nd-quote-finder.h"

typedef struct
{
  GArray *whole;     /* ms per set, quotations found in the set */
  GArray *grouping;  /* ms per set, quotations found before */
  guint64 n_statements;
  guint64 n_shared;
} Timings;

static double
milliseconds_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

static void
time_set (GListModel *articles,
          guint       first,
          guint       n,
          GPtrArray  *quotations,
          Timings    *timings)
{
  g_autoptr(NdStatementGrouper) whole = nd_statement_grouper_new ();
  g_autoptr(NdStatementGrouper) grouping = nd_statement_grouper_new ();
  g_autoptr(GPtrArray) statements = NULL;
  g_autoptr(GPtrArray) again = NULL;
  gint64 start = g_get_monotonic_time ();
  double ms;

  for (guint i = first; i < first + n; i++)
    {
      g_autoptr(NdArticle) article = g_list_model_get_item (articles, i);

      nd_statement_grouper_add_article (whole, article, NULL);
    }
  statements = nd_statement_grouper_dup_statements (whole);
  ms = milliseconds_since (start);
  g_array_append_val (timings->whole, ms);

  start = g_get_monotonic_time ();
  for (guint i = first; i < first + n; i++)
    {
      g_autoptr(NdArticle) article = g_list_model_get_item (articles, i);

      nd_statement_grouper_add_article (grouping, article, g_ptr_array_index (quotations, i));
    }
  again = nd_statement_grouper_dup_statements (grouping);
  ms = milliseconds_since (start);
  g_array_append_val (timings->grouping, ms);

  timings->n_statements += statements->len;
  for (guint s = 0; s < statements->len; s++)
    timings->n_shared += nd_statement_get_n_outlets (g_ptr_array_index (statements, s)) > 1;
}

static void
print_times (const char *label,
             GArray     *ms)
{
  g_print ("%-34s median %7.2f ms   p95 %7.2f ms   max %7.2f ms\n", label,
           nd_bench_median (ms), nd_bench_percentile (ms, 0.95), nd_bench_quantile (ms, 1.0));
}

int
main (int    argc,
      char **argv)
{
  int set_size = 50;
  GOptionEntry entries[] = {
    { "set-size", 0, 0, G_OPTION_ARG_INT, &set_size, "Articles a set (50)", "N" },
    { NULL }
  };
  g_autoptr(NdArticleStore) store = nd_article_store_new ();
  g_autoptr(GPtrArray) quotations = g_ptr_array_new_with_free_func ((GDestroyNotify)g_ptr_array_unref);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  GListModel *articles = G_LIST_MODEL (store);
  Timings timings = { g_array_new (FALSE, FALSE, sizeof (double)),
                      g_array_new (FALSE, FALSE, sizeof (double)), 0, 0 };
  guint n;

  setlocale (LC_ALL, "");

  if (!nd_bench_parse_options (&argc, &argv, "CORPUS",
                               "Times grouping the quotations of CORPUS into statements, a set of articles at a time.",
                               entries))
    return 1;
  if (argc != 2 || set_size < 1)
    {
      g_printerr ("usage: bench-statements [--set-size=N] CORPUS\n");
      return 1;
    }

  path = nd_bench_resolve_corpus (argv[1], TRUE, NULL, &error);
  if (path == NULL)
    {
      g_printerr ("bench-statements: %s\n", error->message);
      return 1;
    }

  file = g_file_new_for_path (path);
  nd_article_store_load_sync (store, &file, 1, NULL, NULL);
  nd_bench_show_store_errors (store);

  n = g_list_model_get_n_items (articles);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(NdArticle) article = g_list_model_get_item (articles, i);
      const char *body = nd_article_get_body (article);

      g_ptr_array_add (quotations, nd_quote_finder_find (body != NULL ? body : ""));
    }

  for (guint first = 0; first + (guint)set_size <= n; first += set_size)
    time_set (articles, first, set_size, quotations, &timings);

  g_print ("corpus:                            %s\n", path);
  g_print ("articles:                          %u, in %u sets of %d\n", n, timings.whole->len, set_size);
  g_print ("statements a set:                  %.1f (%.1f shared by two outlets or more)\n",
           nd_bench_ratio (timings.n_statements, timings.whole->len),
           nd_bench_ratio (timings.n_shared, timings.whole->len));
  if (timings.whole->len > 0)
    {
      print_times ("a set, quotations found in it:", timings.whole);
      print_times ("a set, quotations found before:", timings.grouping);
    }

  g_array_unref (timings.whole);
  g_array_unref (timings.grouping);
  return 0;
}

/* bench-stories.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Times grouping every article of CORPUS (a folder, a JSON Lines file, or a corpus that
 * tests/bench/nd-gen-corpus made) into stories, beside the time the load itself took (with
 * the search index, as the window loads), and the memory the grouping keeps against the
 * bytes of the bodies. Issue #16 asks for the grouping within twice the load time and its
 * memory within 10% of the body bytes. With --statements it then compares the statements
 * within each story of two outlets or more, as the Compare view does for a story selected
 * (issue #15), finding the quotations included, and prints the time in all and per story. */

#define G_LOG_DOMAIN "bench-stories"

#include "config.h"

#include <locale.h>

#include <gio/gio.h>

#include "compare/nd-statement-grouper.h"
#include "compare/nd-story-grouper.h"
#include "load/nd-article-store.h"
#include "nd-bench-utils.h"
#include "search/nd-search-index.h"

static double
milliseconds_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* The statements of each story that two outlets or more report, each story from scratch. */
static void
time_statements (GPtrArray *stories)
{
  g_autoptr(GArray) per_story = g_array_new (FALSE, FALSE, sizeof (double));
  guint64 n_statements = 0, n_shared = 0;
  gint64 start = g_get_monotonic_time ();

  for (guint s = 0; s < stories->len; s++)
    {
      NdStory *story = g_ptr_array_index (stories, s);
      g_autoptr(NdStatementGrouper) grouper = NULL;
      g_autoptr(GPtrArray) statements = NULL;
      gint64 story_start;
      double ms;

      if (g_strv_length ((char **)nd_story_get_outlets (story)) < 2)
        continue;
      story_start = g_get_monotonic_time ();
      grouper = nd_statement_grouper_new ();
      for (guint a = 0; a < nd_story_get_n_articles (story); a++)
        nd_statement_grouper_add_article (grouper, nd_story_get_article (story, a), NULL);
      statements = nd_statement_grouper_dup_statements (grouper);
      ms = milliseconds_since (story_start);
      g_array_append_val (per_story, ms);
      n_statements += statements->len;
      for (guint i = 0; i < statements->len; i++)
        n_shared += nd_statement_get_n_outlets (g_ptr_array_index (statements, i)) > 1;
    }

  g_print ("statements, stories:     %u of two outlets or more\n", per_story->len);
  g_print ("statements, in all:      %.3f s, %" G_GUINT64_FORMAT " statements (%" G_GUINT64_FORMAT
           " quoted by two outlets or more)\n",
           milliseconds_since (start) / 1000.0, n_statements, n_shared);
  if (per_story->len > 0)
    g_print ("statements, per story:   median %.1f ms, p95 %.1f ms, worst %.1f ms\n",
             nd_bench_median (per_story), nd_bench_percentile (per_story, 0.95),
             nd_bench_percentile (per_story, 1.0));
}

int
main (int    argc,
      char **argv)
{
  gboolean lines = FALSE;
  gboolean statements = FALSE;
  GOptionEntry entries[] = {
    { "lines", 0, 0, G_OPTION_ARG_NONE, &lines, "Read a generated corpus as JSON Lines", NULL },
    { "statements", 0, 0, G_OPTION_ARG_NONE, &statements,
      "Then compare the statements within each story", NULL },
    { NULL }
  };
  g_autoptr(NdArticleStore) store = nd_article_store_new ();
  g_autoptr(NdStoryGrouper) grouper = nd_story_grouper_new ();
  g_autoptr(GPtrArray) stories = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  GListModel *articles = G_LIST_MODEL (store);
  guint64 body_bytes, rss_loaded, rss_grouped;
  gint64 start, loaded, added, grouped, finished;
  guint n, n_shared = 0, biggest = 0;

  setlocale (LC_ALL, "");

  if (!nd_bench_parse_options (&argc, &argv, "CORPUS",
                               "Times grouping every article of CORPUS into stories.", entries))
    return 1;
  if (argc != 2)
    {
      g_printerr ("usage: bench-stories [--lines] [--statements] CORPUS\n");
      return 1;
    }

  path = nd_bench_resolve_corpus (argv[1], lines, NULL, &error);
  if (path == NULL)
    {
      g_printerr ("bench-stories: %s\n", error->message);
      return 1;
    }

  file = g_file_new_for_path (path);
  nd_article_store_set_sink_type (store, ND_TYPE_SEARCH_INDEX);
  start = g_get_monotonic_time ();
  nd_article_store_load_sync (store, &file, 1, NULL, NULL);
  loaded = g_get_monotonic_time ();
  nd_bench_show_store_errors (store);
  rss_loaded = nd_bench_read_peak_rss ();

  n = g_list_model_get_n_items (articles);
  added = g_get_monotonic_time ();
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(NdArticle) article = g_list_model_get_item (articles, i);

      nd_story_grouper_add_article (grouper, article);
    }
  grouped = g_get_monotonic_time ();
  stories = nd_story_grouper_dup_stories (grouper);
  finished = g_get_monotonic_time ();
  rss_grouped = nd_bench_read_peak_rss ();

  for (guint s = 0; s < stories->len; s++)
    {
      NdStory *story = g_ptr_array_index (stories, s);

      n_shared += g_strv_length ((char **)nd_story_get_outlets (story)) > 1;
      biggest = MAX (biggest, nd_story_get_n_articles (story));
    }
  body_bytes = nd_bench_count_body_bytes (store);

  g_print ("corpus:                  %s\n", path);
  g_print ("articles:                %u, %.1f MB of bodies\n", n, nd_bench_megabytes (body_bytes));
  g_print ("stories:                 %u (%u of two outlets or more, the biggest %u articles)\n",
           stories->len, n_shared, biggest);
  g_print ("load with the index:     %.3f s\n", nd_bench_seconds (loaded - start));
  g_print ("stories, adding:         %.3f s\n", nd_bench_seconds (grouped - added));
  g_print ("stories, grouping:       %.3f s\n", nd_bench_seconds (finished - grouped));
  g_print ("stories, in all:         %.3f s (%.2f x the load)\n",
           nd_bench_seconds (finished - added), nd_bench_ratio (finished - added, loaded - start));
  g_print ("memory kept:             %.2f MB (%.1f%% of the body bytes)\n",
           nd_bench_megabytes (nd_story_grouper_get_memory (grouper)),
           100.0 * nd_bench_ratio (nd_story_grouper_get_memory (grouper), body_bytes));
  g_print ("peak RSS:                %.1f MB loaded, %.1f MB after grouping\n",
           nd_bench_megabytes (rss_loaded), nd_bench_megabytes (rss_grouped));

  if (statements)
    time_statements (stories);

  return stories->len > 0 || n == 0 ? 0 : 1;
}

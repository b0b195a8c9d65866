/* bench-stories.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Times grouping every article of CORPUS (a folder, a JSON Lines file, or a corpus that
 * tests/bench/nd-gen-corpus made) into stories, beside the time the load itself took, and
 * the memory the grouping keeps against the bytes of the bodies. Issue #16 asks for the
 * grouping within about twice the load time and its memory within 10% of the body bytes. */

#define G_LOG_DOMAIN "bench-stories"

#include "config.h"

#include <locale.h>

#include <gio/gio.h>

#include "compare/nd-story-grouper.h"
#include "load/nd-article-store.h"
#include "nd-bench-utils.h"

int
main (int    argc,
      char **argv)
{
  gboolean lines = FALSE;
  GOptionEntry entries[] = {
    { "lines", 0, 0, G_OPTION_ARG_NONE, &lines, "Read a generated corpus as JSON Lines", NULL },
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
      g_printerr ("usage: bench-stories [--lines] CORPUS\n");
      return 1;
    }

  path = nd_bench_resolve_corpus (argv[1], lines, NULL, &error);
  if (path == NULL)
    {
      g_printerr ("bench-stories: %s\n", error->message);
      return 1;
    }

  file = g_file_new_for_path (path);
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
  g_print ("load:                    %.3f s\n", nd_bench_seconds (loaded - start));
  g_print ("stories, adding:         %.3f s\n", nd_bench_seconds (grouped - added));
  g_print ("stories, grouping:       %.3f s\n", nd_bench_seconds (finished - grouped));
  g_print ("stories, in all:         %.3f s (%.2f x the load)\n",
           nd_bench_seconds (finished - added), nd_bench_ratio (finished - added, loaded - start));
  g_print ("memory kept:             %.2f MB (%.1f%% of the body bytes)\n",
           nd_bench_megabytes (nd_story_grouper_get_memory (grouper)),
           100.0 * nd_bench_ratio (nd_story_grouper_get_memory (grouper), body_bytes));
  g_print ("peak RSS:                %.1f MB loaded, %.1f MB after grouping\n",
           nd_bench_megabytes (rss_loaded), nd_bench_megabytes (rss_grouped));

  return stories->len > 0 || n == 0 ? 0 : 1;
}

/* bench-quotes.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Measures quotation finding and attribution (nd_quote_finder_find) over a corpus, on one
 * thread: the articles are loaded first (not timed), then every body goes through the
 * finder once, and the time is set against the bytes of body text and the number of
 * articles. In the same run, as a floor, the bodies are only decoded from UTF-8 into
 * characters, which is the first thing the finder does with each of them. The best of
 * --runs passes of each is kept, so that a busy machine costs less accuracy.
 *
 *   bench-quotes [--runs=N] CORPUS
 *
 * CORPUS is a folder written by nd-gen-corpus (its JSON Lines copy is read) or any file
 * or folder of articles. */

#define G_LOG_DOMAIN "bench-quotes"

#include "config.h"

#include <locale.h>
#include <string.h>

#include <gio/gio.h>

#include "load/nd-article-store.h"
#include "nd-bench-utils.h"
#include "quotes/nd-quote-finder.h"

typedef struct
{
  guint64 n_quotations;
  guint64 n_with_speaker;
  guint64 n_articles_with_quotations;
} Found;

static gint64
time_finder (GPtrArray *bodies,
             Found     *found)
{
  gint64 start = g_get_monotonic_time ();

  memset (found, 0, sizeof *found);
  for (guint i = 0; i < bodies->len; i++)
    {
      g_autoptr(GPtrArray) quotations = nd_quote_finder_find (g_ptr_array_index (bodies, i));

      found->n_quotations += quotations->len;
      found->n_articles_with_quotations += quotations->len > 0;
      for (guint j = 0; j < quotations->len; j++)
        {
          const NdQuotation *quotation = g_ptr_array_index (quotations, j);

          found->n_with_speaker += quotation->speaker != NULL;
        }
    }

  return g_get_monotonic_time () - start;
}

static gint64
time_decode (GPtrArray *bodies,
             guint64   *n_chars)
{
  gint64 start = g_get_monotonic_time ();

  *n_chars = 0;
  for (guint i = 0; i < bodies->len; i++)
    {
      glong n = 0;

      g_free (g_utf8_to_ucs4_fast (g_ptr_array_index (bodies, i), -1, &n));
      *n_chars += n;
    }

  return g_get_monotonic_time () - start;
}

static void
print_rate (const char *label,
            gint64      us,
            guint64     bytes,
            guint       n_articles)
{
  double seconds = nd_bench_seconds (us);

  g_print ("%-28s %8.2f s  %8.1f MB/s  %9.0f articles/s\n", label, seconds,
           nd_bench_megabytes (bytes) / seconds, n_articles / seconds);
}

int
main (int    argc,
      char **argv)
{
  int runs = 1;
  GOptionEntry entries[] = {
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs,
      "Passes of each measurement; the best counts (1)", "N" },
    { NULL }
  };
  g_autoptr(NdArticleStore) store = nd_article_store_new ();
  g_autoptr(GPtrArray) bodies = g_ptr_array_new ();
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  GListModel *articles = G_LIST_MODEL (store);
  guint64 body_bytes = 0;
  guint64 n_chars = 0;
  gint64 best_find = G_MAXINT64;
  gint64 best_decode = G_MAXINT64;
  Found found = { 0 };

  setlocale (LC_ALL, "");

  if (!nd_bench_parse_options (&argc, &argv, "CORPUS",
                               "Times quotation finding and attribution over CORPUS.",
                               entries))
    return 1;
  if (argc != 2 || runs < 1)
    {
      g_printerr ("usage: bench-quotes [--runs=N] CORPUS\n");
      return 1;
    }

  path = nd_bench_resolve_corpus (argv[1], TRUE, NULL, &error);
  if (path == NULL)
    {
      g_printerr ("bench-quotes: %s\n", error->message);
      return 1;
    }

  file = g_file_new_for_path (path);
  nd_article_store_load_sync (store, &file, 1, NULL, NULL);
  nd_bench_show_store_errors (store);

  /* The store owns the articles and keeps them alive; the bodies are only borrowed. */
  for (guint i = 0; i < g_list_model_get_n_items (articles); i++)
    {
      g_autoptr(NdArticle) article = g_list_model_get_item (articles, i);
      const char *body = nd_article_get_body (article);

      g_ptr_array_add (bodies, (gpointer)(body != NULL ? body : ""));
      body_bytes += strlen (g_ptr_array_index (bodies, i));
    }

  for (int run = 0; run < runs; run++)
    {
      best_decode = MIN (best_decode, time_decode (bodies, &n_chars));
      best_find = MIN (best_find, time_finder (bodies, &found));
    }

  g_print ("corpus:                      %s\n", path);
  g_print ("articles:                    %u\n", bodies->len);
  g_print ("body text:                   %.1f MB (%" G_GUINT64_FORMAT " characters)\n",
           nd_bench_megabytes (body_bytes), n_chars);
  g_print ("passes:                      %d (best kept), one thread\n", runs);
  print_rate ("UTF-8 decode only:", best_decode, body_bytes, bodies->len);
  print_rate ("finding and attribution:", best_find, body_bytes, bodies->len);
  g_print ("finding / decode time:       %.1f\n", nd_bench_ratio (best_find, best_decode));
  g_print ("quotations:                  %" G_GUINT64_FORMAT
           " (%.1f per article, in %.1f%% of articles)\n",
           found.n_quotations, nd_bench_ratio (found.n_quotations, bodies->len),
           100.0 * nd_bench_ratio (found.n_articles_with_quotations, bodies->len));
  g_print ("with a speaker:              %" G_GUINT64_FORMAT " (%.1f%%)\n",
           found.n_with_speaker, 100.0 * nd_bench_ratio (found.n_with_speaker, found.n_quotations));

  return 0;
}

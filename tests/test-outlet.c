/* test-outlet.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "load/nd-article-store.h"
#include "model/nd-outlet.h"
#include "nd-test-utils.h"

typedef struct
{
  const char *source;
  const char *name;
} Case;

static void
check (const Case *cases,
       guint       n_cases)
{
  for (guint i = 0; i < n_cases; i++)
    {
      g_autofree char *name = nd_outlet_dup_name (cases[i].source);

      g_test_message ("%s", cases[i].source ? cases[i].source : "(null)");
      g_assert_cmpstr (name, ==, cases[i].name);
    }
}

/* Short forms, full names and domains of one outlet give one name. */
static void
test_known (void)
{
  static const Case cases[] = {
    { "FOX", "Fox News" },
    { "Fox News", "Fox News" },
    { "foxnews.com", "Fox News" },
    { "https://www.foxnews.com/politics/story", "Fox News" },
    { "NYT", "The New York Times" },
    { "The New York Times", "The New York Times" },
    { "new york times", "The New York Times" },
    { "www.nytimes.com", "The New York Times" },
    { "m.nytimes.com", "The New York Times" },
    { "amp.theguardian.com", "The Guardian" },
    { "Guardian", "The Guardian" },
    { "the guardian", "The Guardian" },
    { "bbc.co.uk", "BBC News" },
    { "BBC", "BBC News" },
    { "edition.cnn.com", "CNN" },
    { "  Reuters  ", "Reuters" },
    { "AP", "Associated Press" },
    { "apnews.com", "Associated Press" },
    { "A.P.", "Associated Press" },
    { "WSJ", "The Wall Street Journal" },
    { "Süddeutsche Zeitung", "Süddeutsche Zeitung" },
    { "Sueddeutsche", "Süddeutsche Zeitung" },
    { "sueddeutsche.de", "Süddeutsche Zeitung" },
    { "El Pais", "El País" },
    { "news.sky.com", "Sky News" },
  };

  check (cases, G_N_ELEMENTS (cases));
}

/* Unknown outlets: a domain gives a readable name; a name stays as written. */
static void
test_unknown (void)
{
  static const Case cases[] = {
    { "The Harbour Gazette", "The Harbour Gazette" },
    { "Coastline  Radio\tNews", "Coastline Radio News" },
    { "gazette.example", "Gazette" },
    { "www.harbour-gazette.co.uk", "Harbour Gazette" },
    { "https://m.valley-times.com.au/news/1", "Valley Times" },
    { "localpaper.org", "Localpaper" },
    { "www.wsb.com", "WSB" },
    { "www.rt.com", "RT" },
    { "U.S. News", "U.S. News" },
    { "Fox Valley Herald", "Fox Valley Herald" },
    { "foxvalley.com", "Foxvalley" },
    { "", NULL },
    { "   ", NULL },
    { NULL, NULL },
  };

  check (cases, G_N_ELEMENTS (cases));
}

/* Loaded articles carry the outlet's one name, and the source as their file wrote it. */
static void
test_articles (void)
{
  g_autofree char *dir = nd_test_make_temp_dir ();
  g_autoptr(NdArticleStore) store = nd_article_store_new ();
  static const char *sources[][2] = {
    { "FOX", "Fox News" },
    { "foxnews.com", "Fox News" },
    { "Fox News", "Fox News" },
    { "www.nytimes.com", "The New York Times" },
    { "The Harbour Gazette", "The Harbour Gazette" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (sources); i++)
    {
      g_autofree char *name = g_strdup_printf ("a%u.json", i);
      g_autofree char *json = g_strdup_printf ("{\"id\": \"a%u\", \"title\": \"T\", "
                                               "\"source\": \"%s\", \"body\": \"B\"}",
                                               i, sources[i][0]);

      nd_test_write_file (dir, name, json, -1);
    }
  nd_test_load_path (store, dir);

  for (guint i = 0; i < G_N_ELEMENTS (sources); i++)
    {
      g_autofree char *id = g_strdup_printf ("a%u", i);
      NdArticle *article = nd_article_store_lookup (store, id);

      g_assert_cmpstr (nd_article_get_source (article), ==, sources[i][1]);
      g_assert_cmpstr (nd_article_get_raw_source (article), ==, sources[i][0]);
    }

  nd_test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/outlet/known", test_known);
  g_test_add_func ("/outlet/unknown", test_unknown);
  g_test_add_func ("/outlet/articles", test_articles);

  return g_test_run ();
}

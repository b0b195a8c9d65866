/* test-outlet.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "nd-outlet.h"

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
    { "U.S. News", "U.S. News" },
    { "A.P.", "Associated Press" },
    { "Fox Valley Herald", "Fox Valley Herald" },
    { "foxvalley.com", "Foxvalley" },
    { "", NULL },
    { "   ", NULL },
    { NULL, NULL },
  };

  check (cases, G_N_ELEMENTS (cases));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/outlet/known", test_known);
  g_test_add_func ("/outlet/unknown", test_unknown);

  return g_test_run ();
}

/* bench-quote-collection.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What a quote collection costs as it grows: reading it at start-up, the save after each
 * change (every keystroke in a speaker or a note is one), and each export format.  Prints
 * figures, never fails.
 *
 *   bench-quote-collection [N...]     collections of N quotes (default: 100 1000 10000)
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>

#include "nd-bench-utils.h"
#include "quotes/nd-quote-collection.h"
#include "quotes/nd-quote-export-private.h"
#include "quotes/nd-quote-private.h"

#define EDITS   21
#define REPEATS 5

static NdQuote *
make_quote (guint i)
{
  static const char * const authors[] = { "Ruth Penhallow", "José Álvarez", NULL };
  g_autofree char *id = g_strdup_printf ("https://harbourgazette.example/news/2026/03/%u", i / 3);
  g_autofree char *text = g_strdup_printf ("The modelling assumes a surge that this harbour has "
                                           "already exceeded twice since 2014, and a barrier "
                                           "designed on those numbers is a barrier designed for "
                                           "a town that no longer exists (%u).", i);

  return nd_quote_new (text, i % 4 == 0 ? NULL : "Dr Anil Rao", id,
                       "Independent review casts doubt on £48m Kestlehaven barrier plan",
                       "The Harbour Gazette", id, authors, "2026-03-04T07:30:00+00:00",
                       100 + i, 300 + i);
}

/* Writes the file directly: adding N quotes one by one would save N times. */
static void
write_collection (const char *path,
                  GPtrArray  *quotes)
{
  GString *out = g_string_new ("{\n  \"version\" : 1,\n  \"quotes\" : [");

  for (guint i = 0; i < quotes->len; i++)
    {
      g_string_append (out, i > 0 ? ",\n" : "\n");
      nd_quote_append_json (g_ptr_array_index (quotes, i), out, 4);
    }
  g_string_append (out, "\n  ]\n}\n");
  g_assert_true (g_file_set_contents (path, out->str, (gssize)out->len, NULL));
  g_string_free (out, TRUE);
}

static void
bench_size (guint n)
{
  g_autofree char *dir = g_dir_make_tmp ("nd-bench-quote-collection-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "quotes.json", NULL);
  g_autoptr(GPtrArray) quotes = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) loads = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) saves = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(NdQuoteCollection) collection = NULL;
  GStatBuf info;

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (quotes, make_quote (i));
  write_collection (path, quotes);
  g_stat (path, &info);

  for (guint r = 0; r < REPEATS; r++)
    {
      gint64 start = g_get_monotonic_time ();
      double ms;

      g_clear_object (&collection);
      collection = nd_quote_collection_new (path);
      g_assert_true (nd_quote_collection_load (collection, NULL));
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (loads, ms);
    }

  for (guint e = 0; e < EDITS; e++)
    {
      NdQuote *quote = nd_quote_collection_get_quote (collection, n / 2);
      gint64 start = g_get_monotonic_time ();
      double ms;

      nd_quote_set_speaker (quote, e % 2 ? "Anil Rao" : "Dr Anil Rao");
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (saves, ms);
    }

  g_print ("%6u quotes  file %7.2f MB  load %8.2f ms  save after a change %7.2f ms (median of %d)\n",
           n, nd_bench_megabytes ((guint64)info.st_size), nd_bench_median (loads),
           nd_bench_median (saves), EDITS);

  for (NdQuoteFormat format = 0; format < ND_QUOTE_N_FORMATS; format++)
    {
      g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
      gsize bytes = 0;

      for (guint r = 0; r < REPEATS; r++)
        {
          gint64 start = g_get_monotonic_time ();
          g_autofree char *text = nd_quote_export (format, quotes);
          double ms = (g_get_monotonic_time () - start) / 1000.0;

          bytes = strlen (text);
          g_array_append_val (times, ms);
        }

      g_print ("        export %-8s %8.2f ms  %7.2f MB  %7.1f MB/s\n",
               nd_quote_format_get_name (format), nd_bench_median (times),
               nd_bench_megabytes (bytes),
               nd_bench_megabytes (bytes) / (nd_bench_median (times) / 1000.0));
    }

  g_unlink (path);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  static const guint defaults[] = { 100, 1000, 10000 };

  if (argc > 1)
    for (int i = 1; i < argc; i++)
      bench_size ((guint)strtoul (argv[i], NULL, 10));
  else
    for (guint i = 0; i < G_N_ELEMENTS (defaults); i++)
      bench_size (defaults[i]);

  return 0;
}

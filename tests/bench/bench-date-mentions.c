/* bench-date-mentions.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* How fast nd_date_mentions_find() reads article bodies, to tell whether the timeline can
 * find the mentions of every article as it loads. Reads a JSON Lines file of NewsDesk
 * articles (the articles.jsonl of the generated corpus, see corpus.sh) line by line and
 * times only the finding, article by article:
 *
 *   bench-date-mentions [--limit N] FILE.jsonl
 *
 * Prints the articles, the body text, the mentions found, the total time, the throughput
 * in MB/s (1 MB = 10^6 bytes of UTF-8 body) and the median, p99 and largest time for one
 * article. */

#include "config.h"

#include <gio/gio.h>
#include <json-glib/json-glib.h>
#include <stdlib.h>

#include "model/nd-date.h"
#include "dates/nd-date-mention.h"

typedef struct
{
  guint    articles;
  guint64  bytes;
  guint64  mentions;
  gint64   total_us;
  GArray  *times_us;
  gint64   slowest_us;
  char    *slowest_id;
} Tally;

static int
compare_int64 (gconstpointer a,
               gconstpointer b)
{
  gint64 x = *(const gint64 *)a;
  gint64 y = *(const gint64 *)b;

  return x < y ? -1 : x > y;
}

static gint64
percentile (GArray *sorted,
            double  share)
{
  guint index;

  if (sorted->len == 0)
    return 0;

  index = MIN ((guint)(share * sorted->len), sorted->len - 1);
  return g_array_index (sorted, gint64, index);
}

static void
time_article (JsonObject *article,
              Tally      *tally)
{
  const char *body = json_object_get_string_member_with_default (article, "body", NULL);
  const char *published = json_object_get_string_member_with_default (article, "published",
                                                                      NULL);
  g_autoptr(GDateTime) datetime = NULL;
  g_autoptr(GPtrArray) mentions = NULL;
  gboolean date_only;
  gint64 start;
  gint64 elapsed;

  if (body == NULL)
    return;

  if (published != NULL)
    nd_date_parse (published, &datetime, &date_only);

  start = g_get_monotonic_time ();
  mentions = nd_date_mentions_find (body, datetime);
  elapsed = g_get_monotonic_time () - start;

  tally->articles++;
  tally->bytes += strlen (body);
  tally->mentions += mentions->len;
  tally->total_us += elapsed;
  g_array_append_val (tally->times_us, elapsed);

  if (elapsed > tally->slowest_us)
    {
      tally->slowest_us = elapsed;
      g_free (tally->slowest_id);
      tally->slowest_id = g_strdup (json_object_get_string_member_with_default (article, "id",
                                                                                "?"));
    }
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GDataInputStream) lines = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  Tally tally = { .times_us = g_array_new (FALSE, FALSE, sizeof (gint64)) };
  guint limit = G_MAXUINT;
  const char *path = NULL;
  char *line;
  double seconds;

  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--limit") && i + 1 < argc)
        limit = (guint)g_ascii_strtoull (argv[++i], NULL, 10);
      else
        path = argv[i];
    }

  if (path == NULL)
    {
      g_printerr ("usage: %s [--limit N] FILE.jsonl\n", argv[0]);
      return 1;
    }

  file = g_file_new_for_commandline_arg (path);
  stream = g_file_read (file, NULL, &error);
  if (stream == NULL)
    {
      g_printerr ("%s: %s\n", path, error->message);
      return 1;
    }
  lines = g_data_input_stream_new (G_INPUT_STREAM (stream));
  g_buffered_input_stream_set_buffer_size (G_BUFFERED_INPUT_STREAM (lines), 1 << 20);

  while (tally.articles < limit &&
         (line = g_data_input_stream_read_line_utf8 (lines, NULL, NULL, &error)) != NULL)
    {
      JsonNode *root;

      if (json_parser_load_from_data (parser, line, -1, NULL) &&
          (root = json_parser_get_root (parser)) != NULL && JSON_NODE_HOLDS_OBJECT (root))
        time_article (json_node_get_object (root), &tally);
      g_free (line);
    }

  if (error != NULL)
    {
      g_printerr ("%s: %s\n", path, error->message);
      return 1;
    }

  /* Nothing timed is a broken corpus or a broken finder, not a figure. */
  if (tally.articles == 0 || tally.mentions == 0)
    {
      g_printerr ("%s: %u articles, %" G_GUINT64_FORMAT " mentions: nothing to time\n", path,
                  tally.articles, tally.mentions);
      return 1;
    }

  g_array_sort (tally.times_us, compare_int64);
  seconds = tally.total_us / 1e6;

  g_print ("articles:                 %u\n", tally.articles);
  g_print ("body text:                %.1f MB\n", tally.bytes / 1e6);
  g_print ("mentions found:           %" G_GUINT64_FORMAT " (%.1f per article)\n",
           tally.mentions, tally.articles > 0 ? (double)tally.mentions / tally.articles : 0);
  g_print ("time finding:             %.2f s\n", seconds);
  g_print ("throughput:               %.1f MB/s\n", seconds > 0 ? tally.bytes / 1e6 / seconds : 0);
  g_print ("one article, median:      %" G_GINT64_FORMAT " us\n",
           percentile (tally.times_us, 0.5));
  g_print ("one article, p99:         %" G_GINT64_FORMAT " us\n",
           percentile (tally.times_us, 0.99));
  g_print ("one article, max:         %" G_GINT64_FORMAT " us (%s)\n",
           percentile (tally.times_us, 1.0), tally.slowest_id);

  g_array_unref (tally.times_us);
  g_free (tally.slowest_id);
  return 0;
}

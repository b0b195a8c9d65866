/* test-cli-quotes.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* test-cli on what newsdesk-cli reads from the text: timeline, quotes and export. */

#include "config.h"

#include <json-glib/json-glib.h>

#include "quotes/nd-quote-finder.h"
#include "nd-test-utils.h"
#include "test-cli-private.h"

/* timeline */

static void
assert_event (JsonObject *o,
              const char *article,
              const char *kind,
              const char *from,
              const char *to,
              const char *precision,
              const char *text,
              gint64      offset,
              const char *sentence)
{
  static const char *names[] = {
    "article", "kind", "from", "to", "precision", "text", "offset", "sentence"
  };
  g_autoptr(GList) members = json_object_get_members (o);
  guint i = 0;

  g_assert_cmpuint (g_list_length (members), ==, G_N_ELEMENTS (names));
  for (GList *l = members; l != NULL; l = l->next, i++)
    g_assert_cmpstr (l->data, ==, names[i]);

  g_assert_cmpstr (json_object_get_string_member (o, "article"), ==, article);
  g_assert_cmpstr (json_object_get_string_member (o, "kind"), ==, kind);
  g_assert_cmpstr (json_object_get_string_member (o, "from"), ==, from);
  g_assert_cmpstr (json_object_get_string_member (o, "to"), ==, to);
  g_assert_cmpstr (json_object_get_string_member (o, "precision"), ==, precision);
  g_assert_cmpstr (json_object_get_string_member (o, "text"), ==, text);

  if (offset < 0)
    assert_null_member (o, "offset");
  else
    g_assert_cmpint (json_object_get_int_member (o, "offset"), ==, offset);

  if (sentence == NULL)
    assert_null_member (o, "sentence");
  else
    g_assert_cmpstr (json_object_get_string_member (o, "sentence"), ==, sentence);
}

/* timeline.json: an article published late on Wednesday in New York (Thursday in UTC),
 * an untitled one published on the same Wednesday (date only), and an undated one whose
 * "Monday" cannot be placed. Ties: the earlier published article first, published before
 * mentioned. */
static void
test_timeline_json (void)
{
  g_autofree char *timeline = fixture ("timeline.json");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_auto(NdTestCliRun) run = { 0 };
  JsonArray *array;

  nd_test_run_cli (&run, "timeline", "--json", timeline, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);

  array = parse_array (parser, run.out);
  g_assert_cmpuint (json_array_get_length (array), ==, 9);
  assert_event (json_array_get_object_element (array, 0), "tl-vote", "mentioned",
                "1987-01-01", "1995-12-31", "year", "between 1987 and 1995", 54,
                "The barrier was built between 1987 and 1995.");
  assert_event (json_array_get_object_element (array, 1), "tl-cafe", "mentioned",
                "1999-01-01", "1999-12-31", "year", "1999", 23, "Zoë opened the café in 1999.");
  assert_event (json_array_get_object_element (array, 2), "tl-cafe", "mentioned",
                "2000-01-01", "2000-12-31", "year", "the following year", 47,
                "Her mother joined the following year.");
  assert_event (json_array_get_object_element (array, 3), "tl-cafe", "mentioned",
                "2026-03-03", "2026-03-03", "day", "yesterday", 74, "It was yesterday.");
  assert_event (json_array_get_object_element (array, 4), "tl-vote", "mentioned",
                "2026-03-03", "2026-03-03", "day", "Tuesday", 23,
                "The review came out on Tuesday.");
  assert_event (json_array_get_object_element (array, 5), "tl-cafe", "published",
                "2026-03-04", "2026-03-04", "day", "2026-03-04", -1, NULL);
  assert_event (json_array_get_object_element (array, 6), "tl-vote", "published",
                "2026-03-04", "2026-03-04", "day", "2026-03-05T04:30:00Z", -1,
                "Council votes on barrier");
  assert_event (json_array_get_object_element (array, 7), "tl-vote", "mentioned",
                "2026-03-09", "2026-03-15", "week", "next week", 96,
                "The council meets next week.");
  assert_event (json_array_get_object_element (array, 8), "tl-undated", "mentioned",
                "2026-03-12", "2026-03-12", "day", "12 March 2026", 40,
                "Talks were held on Monday, and again on 12 March 2026.");
}

static void
test_timeline_text (void)
{
  g_autofree char *timeline = fixture ("timeline.json");
  g_auto(NdTestCliRun) run = { 0 };

  nd_test_run_cli (&run, "timeline", timeline, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==,
                   "1987 – 1995                mentioned  tl-vote — “between 1987 and 1995”"
                   " in: The barrier was built between 1987 and 1995.\n"
                   "1999                       mentioned  tl-cafe — “1999”"
                   " in: Zoë opened the café in 1999.\n"
                   "2000                       mentioned  tl-cafe — “the following year”"
                   " in: Her mother joined the following year.\n"
                   "2026-03-03                 mentioned  tl-cafe — “yesterday”"
                   " in: It was yesterday.\n"
                   "2026-03-03                 mentioned  tl-vote — “Tuesday”"
                   " in: The review came out on Tuesday.\n"
                   "2026-03-04                 published  tl-cafe — (untitled)\n"
                   "2026-03-04                 published  tl-vote — Council votes on barrier\n"
                   "2026-03-09 – 2026-03-15    mentioned  tl-vote — “next week”"
                   " in: The council meets next week.\n"
                   "2026-03-12                 mentioned  tl-undated — “12 March 2026”"
                   " in: Talks were held on Monday, and again on 12 March 2026.\n");
}

static void
test_timeline_errors (void)
{
  g_autofree char *timeline = fixture ("timeline.json");
  g_autofree char *missing = fixture ("no-such-file.json");
  g_autofree char *expected_err = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_auto(NdTestCliRun) run = { 0 };

  nd_test_run_cli (&run, "timeline", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_nonnull (strstr (run.err, "timeline needs at least one file or folder"));
  nd_test_cli_run_clear (&run);

  nd_test_run_cli (&run, "timeline", "--bogus", timeline, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, "");
  nd_test_cli_run_clear (&run);

  /* What loaded is still printed; the exit status says something failed. */
  nd_test_run_cli (&run, "timeline", "--json", timeline, missing, NULL);
  g_assert_cmpint (run.status, ==, 2);
  expected_err = g_strdup_printf ("%s: cannot read: no such file or folder\n", missing);
  g_assert_cmpstr (run.err, ==, expected_err);
  g_assert_cmpuint (json_array_get_length (parse_array (parser, run.out)), ==, 9);
  nd_test_cli_run_clear (&run);

  /* Nothing dated at all: an empty array. */
  nd_test_run_cli (&run, "timeline", "--json", missing, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_cmpstr (run.out, ==, "[]\n");
}

/* The sample story: every article published once, and what STORY.md lists as traps. */
static void
test_timeline_sample (void)
{
  g_autofree char *sample = g_test_build_filename (G_TEST_DIST, "..", "data", "sample",
                                                   "sample-story.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_auto(NdTestCliRun) run = { 0 };
  JsonArray *array;
  guint published = 0;
  const char *previous = "";

  nd_test_run_cli (&run, "timeline", "--json", sample, NULL);
  g_assert_cmpint (run.status, ==, 0);

  array = parse_array (parser, run.out);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *o = json_array_get_object_element (array, i);
      const char *from = json_object_get_string_member (o, "from");

      g_assert_cmpstr (previous, <=, from);
      previous = from;
      published += g_str_equal (json_object_get_string_member (o, "kind"), "published");

      /* "Wednesday’s public meeting" in an article of Friday 6 March */
      if (g_str_equal (json_object_get_string_member (o, "article"), "gazette-cafe-mirador") &&
          g_str_equal (json_object_get_string_member (o, "text"), "Wednesday"))
        g_assert_cmpstr (from, ==, "2026-03-04");
    }
  g_assert_cmpuint (published, ==, 11);
}

/* quotes */

static void
test_quotes_text (void)
{
  g_autofree char *quotes = fixture ("quotes.json");
  g_auto(NdTestCliRun) run = { 0 };

  /* Newest article first, each in body order; tab-separated; a quotation over two
   * paragraphs on one line. */
  nd_test_run_cli (&run, "quotes", quotes, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpstr (run.out, ==,
                   "quay-2\tTom Reed\tThey have kept us dry for thirty years,\n"
                   "quay-2\tTom Reed\tBut they’re tired.\n"
                   "quay-2\tunknown\tSave Our Quay\n"
                   "quay-1\tunknown\tWe will consult. We will not gamble with people's homes.\n");
}

static void
assert_quotation (JsonArray  *array,
                  guint       index,
                  const char *article,
                  gint64      start,
                  gint64      end,
                  const char *text,
                  const char *speaker,
                  gboolean    title)
{
  JsonObject *object = json_array_get_object_element (array, index);
  g_autoptr(GList) members = json_object_get_members (object);

  g_assert_cmpuint (g_list_length (members), ==, 6);
  g_assert_cmpint (json_object_get_boolean_member (object, "title"), ==, title);
  g_assert_cmpstr (json_object_get_string_member (object, "article"), ==, article);
  g_assert_cmpint (json_object_get_int_member (object, "start"), ==, start);
  g_assert_cmpint (json_object_get_int_member (object, "end"), ==, end);
  g_assert_cmpstr (json_object_get_string_member (object, "text"), ==, text);
  if (speaker == NULL)
    g_assert_true (json_object_get_null_member (object, "speaker"));
  else
    g_assert_cmpstr (json_object_get_string_member (object, "speaker"), ==, speaker);
}

static void
test_quotes_json (void)
{
  g_autofree char *quotes = fixture ("quotes.json");
  g_autofree char *harbour = fixture ("harbour.json");
  g_autofree char *dir = NULL;
  g_autofree char *plain = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_auto(NdTestCliRun) run = { 0 };
  JsonArray *array;

  nd_test_run_cli (&run, "quotes", "--json", quotes, NULL);
  g_assert_cmpint (run.status, ==, 0);
  array = parse_array (parser, run.out);
  g_assert_cmpuint (json_array_get_length (array), ==, 4);

  /* Offsets in characters: “ and ’ before them count as one each. */
  assert_quotation (array, 0, "quay-2", 49, 88, "They have kept us dry for thirty years,", "Tom Reed", FALSE);
  assert_quotation (array, 1, "quay-2", 100, 118, "But they’re tired.", "Tom Reed", FALSE);
  /* A sign's words, which nobody is said to say: reported, marked as a title. */
  assert_quotation (array, 2, "quay-2", 136, 149, "Save Our Quay", NULL, TRUE);
  /* From inside the first mark to before the last one, the paragraphs joined by a line
   * break; the colon before names nobody. The '90s after it is no quotation. */
  assert_quotation (array, 3, "quay-1", 41, 99,
                    "We will consult.\nWe will not gamble with people's homes.", NULL, FALSE);
  nd_test_cli_run_clear (&run);

  /* "the mayor said": said by someone the article does not name. */
  nd_test_run_cli (&run, "quotes", "--json", harbour, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==,
                   "[\n  {\"article\": \"harbour-1\", \"start\": 32, \"end\": 49, "
                   "\"text\": \"We will continue,\", \"speaker\": null, \"title\": false}\n]\n");
  nd_test_cli_run_clear (&run);

  /* No quotations: an empty array. */
  dir = nd_test_make_temp_dir ();
  nd_test_write_file (dir, "plain.json",
                      "{\"id\": \"plain\", \"body\": \"The '90s and the boats' crews.\"}", -1);
  plain = g_build_filename (dir, "plain.json", NULL);
  nd_test_run_cli (&run, "quotes", "--json", plain, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "[]\n");
  nd_test_remove_tree (dir);
}

static void
test_quotes_errors (void)
{
  g_autofree char *quotes = fixture ("quotes.json");
  g_autofree char *broken = fixture ("broken.json");
  g_autofree char *expected_broken = NULL;
  g_auto(NdTestCliRun) run = { 0 };

  nd_test_run_cli (&run, "quotes", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_nonnull (strstr (run.err, "needs at least one file"));
  nd_test_cli_run_clear (&run);

  nd_test_run_cli (&run, "quotes", "--no-such-option", quotes, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_nonnull (strstr (run.err, "Unknown option"));
  nd_test_cli_run_clear (&run);

  /* Some input failed: the rest is still printed, the problem goes to stderr. */
  nd_test_run_cli (&run, "quotes", broken, quotes, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_cmpuint (count_lines (run.out), ==, 4);
  expected_broken = g_strdup_printf ("%s:1:1: not JSON: the file looks like HTML or XML\n", broken);
  g_assert_cmpstr (run.err, ==, expected_broken);
  nd_test_cli_run_clear (&run);

  nd_test_run_cli (&run, "quotes", "--help", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "quotes [--json] [--story=ID] PATH..."));
}

static void
test_quotes_sample (void)
{
  g_auto(NdTestCliRun) run = { 0 };

  /* The company statement in the sample runs over three paragraphs, introduced by
   * "Kowalczyk's statement reads in part:". */
  nd_test_run_cli (&run, "quotes", "--sample", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out,
                            "northfield-company-statement\tDana Kowalczyk\tHalvorsen-Tate will "
                            "cooperate fully with the council and with any independent review. "));
  g_assert_nonnull (strstr (run.out, "gazette-cafe-mirador\tunknown\tNo Wall on the Water\n"));
}

/* export */

/* Two articles whose quotations name nobody, so that any finder leaves the speaker
 * unknown: a scare-quoted fragment and a sign. */
static char *
write_export_fixture (const char *dir)
{
  nd_test_write_file (dir, "story.json",
                      "{\"articles\": ["
                      "{\"id\": \"older\", \"title\": \"Quay, \\\"signs\\\"\", "
                      "\"source\": \"Coastline Radio\", \"authors\": [\"Ann Writer\"], "
                      "\"url\": \"https://radio.example/2\", "
                      "\"published\": \"2026-03-01\", "
                      "\"body\": \"A sign on the quay read \\\"Save our harbour, again\\\" all week.\"},"
                      "{\"id\": \"newer\", \"title\": \"Barrier plan\", "
                      "\"source\": \"The Harbour Gazette\", "
                      "\"published\": \"2026-03-04T07:30:00+00:00\", "
                      "\"body\": \"The plan was hailed as a \\\"game changer\\\" in a leaflet.\"}"
                      "]}", -1);

  return g_build_filename (dir, "story.json", NULL);
}

static void
test_export_usage_errors (void)
{
  g_autofree char *dir = nd_test_make_temp_dir ();
  g_autofree char *story = write_export_fixture (dir);
  const char *bad[][4] = {
    { "export", story, NULL },
    { "export", "--format=docx", story, NULL },
    { "export", "--format", "md", NULL },
    { "export", "--format=md", "--colour", story },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_auto(NdTestCliRun) run = { 0 };

      nd_test_run_cli (&run, bad[i][0], bad[i][1], bad[i][2], bad[i][3], NULL);
      g_assert_cmpint (run.status, ==, 1);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_true (g_str_has_prefix (run.err, "newsdesk-cli: "));
    }

  nd_test_remove_tree (dir);
}

static void
test_export_csv (void)
{
  g_autofree char *dir = nd_test_make_temp_dir ();
  g_autofree char *story = write_export_fixture (dir);
  g_auto(NdTestCliRun) run = { 0 };

  /* Newest article first; each quotation with its article's details. */
  nd_test_run_cli (&run, "export", "--format=csv", story, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpstr (run.out, ==,
                   "text,speaker,note,article,title,source,authors,date,url,start,end\r\n"
                   "game changer,,,newer,Barrier plan,The Harbour Gazette,,2026-03-04,,26,38\r\n"
                   "\"Save our harbour, again\",,,older,\"Quay, \"\"signs\"\"\",Coastline Radio,"
                   "Ann Writer,2026-03-01,https://radio.example/2,25,48\r\n");

  nd_test_remove_tree (dir);
}

static void
test_export_to_file_and_article (void)
{
  g_autofree char *dir = nd_test_make_temp_dir ();
  g_autofree char *story = write_export_fixture (dir);
  g_autofree char *output = g_build_filename (dir, "out.md", NULL);
  g_autofree char *option = g_strconcat ("--output=", output, NULL);
  g_autofree char *blocked = g_build_filename (dir, "story.json", "out.md", NULL);
  g_autofree char *blocked_option = g_strconcat ("--output=", blocked, NULL);
  g_autofree char *contents = NULL;

  g_assert_true (g_file_set_contents (output, "old contents", -1, NULL));

  /* The articles asked for, in the order asked for, over the old file. */
  {
    g_auto(NdTestCliRun) run = { 0 };

    nd_test_run_cli (&run, "export", "--format=md", option, "--article=older", "--article", "newer",
                     story, NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_cmpstr (run.out, ==, "");
    g_assert_true (g_file_get_contents (output, &contents, NULL, NULL));
    g_assert_cmpstr (contents, ==,
                     "> Save our harbour, again\n"
                     ">\n"
                     "> — [Quay, \"signs\"](https://radio.example/2), Coastline Radio, 2026-03-01\n"
                     "\n"
                     "> game changer\n"
                     ">\n"
                     "> — Barrier plan, The Harbour Gazette, 2026-03-04\n");
  }

  /* An id that is not there is reported; the others are still written. */
  {
    g_auto(NdTestCliRun) run = { 0 };

    nd_test_run_cli (&run, "export", "--format=txt", "--article=nope", "--article=newer", story,
                     NULL);
    g_assert_cmpint (run.status, ==, 2);
    g_assert_nonnull (strstr (run.err, "nope"));
    g_assert_cmpstr (run.out, ==, "“game changer”\n— Barrier plan, The Harbour Gazette, 2026-03-04\n");
  }

  /* A file that cannot be written is an error, and nothing else is touched. */
  {
    g_auto(NdTestCliRun) run = { 0 };
    g_autofree char *after = NULL;

    nd_test_run_cli (&run, "export", "--format=json", blocked_option, story, NULL);
    g_assert_cmpint (run.status, ==, 2);
    g_assert_nonnull (strstr (run.err, "out.md"));
    g_assert_true (g_file_get_contents (output, &after, NULL, NULL));
    g_assert_cmpstr (after, ==, contents);
  }

  nd_test_remove_tree (dir);
}

/* Which speakers the finder sees is its business; the filter must pass exactly the
 * quotations whose speaker is the name or ends with it. */
static void
test_export_speaker (void)
{
  static const char body[] =
    "\"We will fix it,\" Elena Marsh said. \"Nobody wants delay,\" said Priya Sandhu.\n\n"
    "\"It is sized for the wrong sea,\" Dr Anil Rao said.";
  g_autofree char *dir = nd_test_make_temp_dir ();
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) article = NULL;
  g_autofree char *json = NULL;
  g_autofree char *story = NULL;
  g_autoptr(GPtrArray) found = nd_quote_finder_find (body);
  g_autoptr(GString) expected = g_string_new (NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, "council");
  json_builder_set_member_name (builder, "body");
  json_builder_add_string_value (builder, body);
  json_builder_end_object (builder);
  article = json_builder_get_root (builder);
  json = json_to_string (article, FALSE);
  nd_test_write_file (dir, "council.json", json, -1);
  story = g_build_filename (dir, "council.json", NULL);

  for (guint i = 0; i < found->len; i++)
    {
      const NdQuotation *quotation = g_ptr_array_index (found, i);

      if (quotation->speaker != NULL &&
          (g_str_has_suffix (quotation->speaker, "Marsh") ||
           g_str_has_suffix (quotation->speaker, "Anil Rao")))
        g_string_append_printf (expected, "%s|", quotation->text);
    }

  {
    g_auto(NdTestCliRun) run = { 0 };
    g_autoptr(JsonParser) parser = json_parser_new ();
    g_autoptr(GString) got = g_string_new (NULL);
    JsonArray *quotes;

    nd_test_run_cli (&run, "export", "--format=json", "--speaker=MARSH", "--speaker", "anil rao",
                     story, NULL);
    g_assert_cmpint (run.status, ==, 0);
    quotes = parse_array (parser, run.out);
    for (guint i = 0; i < json_array_get_length (quotes); i++)
      {
        JsonObject *quote = json_array_get_object_element (quotes, i);

        g_assert_cmpstr (json_object_get_string_member (quote, "article"), ==, "council");
        g_string_append_printf (got, "%s|", json_object_get_string_member (quote, "text"));
      }
    g_assert_cmpstr (got->str, ==, expected->str);
  }

  /* Part of a word is not a name: "arsh" finds nobody. */
  {
    g_auto(NdTestCliRun) run = { 0 };

    nd_test_run_cli (&run, "export", "--format=json", "--speaker=arsh", story, NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_cmpstr (run.out, ==, "[]\n");
  }

  nd_test_remove_tree (dir);
}

void
add_cli_quotes_tests (void)
{
  g_test_add_func ("/nd/cli/timeline-json", test_timeline_json);
  g_test_add_func ("/nd/cli/timeline-text", test_timeline_text);
  g_test_add_func ("/nd/cli/timeline-errors", test_timeline_errors);
  g_test_add_func ("/nd/cli/timeline-sample", test_timeline_sample);
  g_test_add_func ("/nd/cli/quotes-text", test_quotes_text);
  g_test_add_func ("/nd/cli/quotes-json", test_quotes_json);
  g_test_add_func ("/nd/cli/quotes-errors", test_quotes_errors);
  g_test_add_func ("/nd/cli/quotes-sample", test_quotes_sample);
  g_test_add_func ("/nd/cli/export-usage-errors", test_export_usage_errors);
  g_test_add_func ("/nd/cli/export-csv", test_export_csv);
  g_test_add_func ("/nd/cli/export-to-file-and-article", test_export_to_file_and_article);
  g_test_add_func ("/nd/cli/export-speaker", test_export_speaker);
}

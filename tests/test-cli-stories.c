/* test-cli-stories.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* newsdesk-cli stories, and --story=ID on statements, list, quotes, timeline and export,
 * through the real program's output. */

#include "config.h"

#include <json-glib/json-glib.h>

#include "nd-test-utils.h"

/* Two events: a flood barrier (three outlets over two days) and a rail strike (two
 * outlets); each quotes one sentence in two outlets. The strike's second title carries
 * an escape sequence. */
static const char *barrier_a =
  "{\"id\": \"barrier-a\", \"title\": \"Council backs Harbour flood barrier\", \"source\": \"The Gazette\","
  " \"published\": \"2026-03-10T08:00:00Z\", \"body\": \"Penhallow council voted to build the Harbour flood"
  " barrier across the estuary. \\\"The barrier will protect every home on the quay,\\\" Elena Marsh said."
  " Engineers expect the barrier to cost twelve million.\"}";
static const char *barrier_b =
  "{\"id\": \"barrier-b\", \"title\": \"Penhallow approves estuary flood barrier\", \"source\": \"Coast Radio\","
  " \"published\": \"2026-03-10T12:00:00Z\", \"body\": \"The Harbour flood barrier across the Penhallow estuary"
  " was approved by council. \\\"The barrier will protect every home on the quay,\\\" Marsh said. Engineers"
  " put the barrier cost at twelve million.\"}";
static const char *barrier_c =
  "{\"id\": \"barrier-c\", \"title\": \"Quay residents welcome Harbour barrier\", \"source\": \"Daily Tide\","
  " \"published\": \"2026-03-11T09:00:00Z\", \"body\": \"Residents of the quay welcomed the Penhallow council"
  " vote on the Harbour flood barrier across the estuary, which engineers say will cost twelve million.\"}";
static const char *strike_a =
  "{\"id\": \"strike-a\", \"title\": \"Rail drivers strike over Kestrel line pay\", \"source\": \"The Gazette\","
  " \"published\": \"2026-04-02T07:00:00Z\", \"body\": \"Drivers on the Kestrel railway line walked out over pay."
  " \\\"We have been ignored for two years,\\\" union leader Tom Brody said. Trains to Tremayne were cancelled.\"}";
static const char *strike_b =
  "{\"id\": \"strike-b\", \"title\": \"Kestrel line \\u001b[31mstrike\\u001b[0m cancels Tremayne trains\","
  " \"source\": \"Coast Radio\", \"published\": \"2026-04-03T10:00:00Z\", \"body\": \"The railway strike by"
  " Kestrel line drivers cancelled trains to Tremayne over pay. \\\"We have been ignored for two years,\\\""
  " Brody said.\"}";

static char *
write_story_folder (gboolean reversed)
{
  char *dir = nd_test_make_temp_dir ();
  const char *articles[] = { barrier_a, barrier_b, barrier_c, strike_a, strike_b };

  /* The folder is read in name order: reversed names give the grouper the other order. */
  for (guint i = 0; i < G_N_ELEMENTS (articles); i++)
    {
      g_autofree char *name = g_strdup_printf ("%u.json", reversed ? 9 - i : i);

      nd_test_write_file (dir, name, articles[i], -1);
    }

  return dir;
}

static JsonArray *
parse_array (JsonParser *parser,
             const char *text)
{
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_ARRAY (json_parser_get_root (parser)));
  return json_node_get_array (json_parser_get_root (parser));
}

static char *
join_strings (JsonArray *array)
{
  g_autoptr(GString) joined = g_string_new (NULL);

  for (guint i = 0; i < json_array_get_length (array); i++)
    g_string_append_printf (joined, "%s%s", i > 0 ? "," : "", json_array_get_string_element (array, i));
  return g_string_free (g_steal_pointer (&joined), FALSE);
}

static void
test_stories_json (void)
{
  g_autofree char *dir = write_story_folder (FALSE);
  g_auto(NdTestCliRun) run = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonArray *stories;
  JsonObject *first, *second;
  g_autofree char *articles = NULL;
  g_autofree char *sources = NULL;
  g_autoptr(GList) members = NULL;

  nd_test_run_cli (&run, "stories", "--json", dir, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");

  stories = parse_array (parser, run.out);
  g_assert_cmpuint (json_array_get_length (stories), ==, 2);

  first = json_array_get_object_element (stories, 0);
  members = json_object_get_members (first);
  g_assert_cmpuint (g_list_length (members), ==, 6);
  g_assert_cmpstr (json_object_get_string_member (first, "id"), ==, "story-1");
  articles = join_strings (json_object_get_array_member (first, "articles"));
  g_assert_cmpstr (articles, ==, "barrier-c,barrier-b,barrier-a");
  sources = join_strings (json_object_get_array_member (first, "sources"));
  g_assert_cmpstr (sources, ==, "Coast Radio,Daily Tide,The Gazette");
  g_assert_cmpstr (json_object_get_string_member (first, "from"), ==, "2026-03-10");
  g_assert_cmpstr (json_object_get_string_member (first, "to"), ==, "2026-03-11");
  g_assert_true (g_str_has_suffix (json_object_get_string_member (first, "label"), "barrier"));

  second = json_array_get_object_element (stories, 1);
  g_clear_pointer (&articles, g_free);
  articles = join_strings (json_object_get_array_member (second, "articles"));
  g_assert_cmpstr (json_object_get_string_member (second, "id"), ==, "story-2");
  g_assert_cmpstr (articles, ==, "strike-b,strike-a");
  g_assert_cmpstr (json_object_get_string_member (second, "from"), ==, "2026-04-02");
  g_assert_cmpstr (json_object_get_string_member (second, "to"), ==, "2026-04-03");

  nd_test_remove_tree (dir);
}

/* The same articles read in the other order give the same stories, ids included. */
static void
test_stories_order (void)
{
  g_autofree char *dir = write_story_folder (FALSE);
  g_autofree char *reversed = write_story_folder (TRUE);
  g_auto(NdTestCliRun) run = { 0 };
  g_auto(NdTestCliRun) again = { 0 };

  nd_test_run_cli (&run, "stories", "--json", dir, NULL);
  nd_test_run_cli (&again, "stories", "--json", reversed, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpint (again.status, ==, 0);
  g_assert_cmpstr (run.out, ==, again.out);

  nd_test_remove_tree (dir);
  nd_test_remove_tree (reversed);
}

static void
test_stories_text (void)
{
  g_autofree char *dir = write_story_folder (FALSE);
  g_auto(NdTestCliRun) run = { 0 };
  g_auto(GStrv) blocks = NULL;

  nd_test_run_cli (&run, "stories", dir, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_null (strchr (run.out, '\x1b'));

  blocks = g_strsplit (run.out, "\n\n", -1);
  g_assert_cmpuint (g_strv_length (blocks), ==, 3);
  g_assert_cmpstr (blocks[2], ==, "");
  g_assert_true (g_str_has_prefix (blocks[0], "story-1 · 2026-03-10 – 2026-03-11 · 3 articles · 3 outlets\n"));
  g_assert_nonnull (strstr (blocks[0], "\n  Coast Radio, Daily Tide, The Gazette\n"));
  g_assert_nonnull (strstr (blocks[0], "\n    2026-03-11 09:00  Daily Tide — Quay residents welcome Harbour barrier"));
  g_assert_true (g_str_has_prefix (blocks[1], "story-2 · 2026-04-02 – 2026-04-03 · 2 articles · 2 outlets\n"));
  g_assert_nonnull (strstr (blocks[1], "Kestrel line \\x1b[31mstrike\\x1b[0m cancels Tremayne trains"));

  nd_test_remove_tree (dir);
}

static void
test_stories_sample_and_usage (void)
{
  g_auto(NdTestCliRun) sample = { 0 };
  g_auto(NdTestCliRun) missing = { 0 };
  g_auto(NdTestCliRun) help = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonArray *stories;
  guint n_articles = 0;

  nd_test_run_cli (&sample, "stories", "--json", "--sample", NULL);
  g_assert_cmpint (sample.status, ==, 0);
  stories = parse_array (parser, sample.out);
  g_assert_cmpuint (json_array_get_length (stories), >=, 1);
  for (guint s = 0; s < json_array_get_length (stories); s++)
    n_articles += json_array_get_length (json_object_get_array_member (json_array_get_object_element (stories, s),
                                                                       "articles"));
  g_assert_cmpuint (n_articles, ==, 11);

  nd_test_run_cli (&missing, "stories", NULL);
  g_assert_cmpint (missing.status, ==, 1);
  g_assert_nonnull (strstr (missing.err, "stories needs at least one file or folder"));

  nd_test_run_cli (&help, "--help", NULL);
  g_assert_nonnull (strstr (help.out, "stories [--json] PATH..."));
  g_assert_nonnull (strstr (help.out, "[--story=ID]"));
}

static void
test_statements_story (void)
{
  g_autofree char *dir = write_story_folder (FALSE);
  g_auto(NdTestCliRun) all = { 0 };
  g_auto(NdTestCliRun) strike = { 0 };
  g_auto(NdTestCliRun) unknown = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonArray *statements;
  JsonArray *versions;

  nd_test_run_cli (&all, "statements", "--json", dir, NULL);
  g_assert_cmpint (all.status, ==, 0);
  g_assert_cmpuint (json_array_get_length (parse_array (parser, all.out)), ==, 2);

  nd_test_run_cli (&strike, "statements", "--json", "--story=story-2", dir, NULL);
  g_assert_cmpint (strike.status, ==, 0);
  statements = parse_array (parser, strike.out);
  g_assert_cmpuint (json_array_get_length (statements), ==, 1);
  versions = json_object_get_array_member (json_array_get_object_element (statements, 0), "versions");
  g_assert_cmpuint (json_array_get_length (versions), ==, 2);
  for (guint v = 0; v < 2; v++)
    g_assert_true (g_str_has_prefix (json_object_get_string_member (json_array_get_object_element (versions, v),
                                                                    "article"), "strike-"));

  nd_test_run_cli (&unknown, "statements", "--story=story-9", dir, NULL);
  g_assert_cmpint (unknown.status, ==, 2);
  g_assert_cmpstr (unknown.out, ==, "");
  g_assert_nonnull (strstr (unknown.err, "no story with the id “story-9”"));

  nd_test_remove_tree (dir);
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  return g_strcmp0 (*(const char * const *)a, *(const char * const *)b);
}

/* The ids of the "article" (or "id") members of a JSON array of objects, sorted. */
static char *
collect_article_ids (const char *json,
                     const char *member)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonArray *array = parse_array (parser, json);
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      const char *id = json_object_get_string_member (json_array_get_object_element (array, i), member);

      if (!g_ptr_array_find_with_equal_func (ids, id, g_str_equal, NULL))
        g_ptr_array_add (ids, (gpointer)id);
    }
  g_ptr_array_sort (ids, compare_ids);
  g_ptr_array_add (ids, NULL);

  return g_strjoinv (",", (char **)ids->pdata);
}

/* --story=ID narrows list, quotes, timeline and export alike: the runner they share keeps
 * that story's articles alone, as stories numbers them for the same paths. */
static void
test_story_option (void)
{
  g_autofree char *dir = write_story_folder (FALSE);
  g_auto(NdTestCliRun) list = { 0 };
  g_auto(NdTestCliRun) list_text = { 0 };
  g_auto(NdTestCliRun) quotes = { 0 };
  g_auto(NdTestCliRun) timeline = { 0 };
  g_auto(NdTestCliRun) export = { 0 };
  g_auto(NdTestCliRun) report = { 0 };
  g_autofree char *listed = NULL;
  g_autofree char *quoted = NULL;
  g_autofree char *dated = NULL;

  nd_test_run_cli (&list, "list", "--json", "--story=story-2", dir, NULL);
  g_assert_cmpint (list.status, ==, 0);
  g_assert_cmpstr (list.err, ==, "");
  listed = collect_article_ids (list.out, "id");
  g_assert_cmpstr (listed, ==, "strike-a,strike-b");

  /* The option may come after the paths too, and the text output follows it. */
  nd_test_run_cli (&list_text, "list", dir, "--story=story-1", NULL);
  g_assert_cmpint (list_text.status, ==, 0);
  g_assert_nonnull (strstr (list_text.out, "Quay residents welcome Harbour barrier"));
  g_assert_null (strstr (list_text.out, "Tremayne"));

  nd_test_run_cli (&quotes, "quotes", "--json", "--story=story-2", dir, NULL);
  g_assert_cmpint (quotes.status, ==, 0);
  quoted = collect_article_ids (quotes.out, "article");
  g_assert_cmpstr (quoted, ==, "strike-a,strike-b");

  nd_test_run_cli (&timeline, "timeline", "--json", "--story=story-1", dir, NULL);
  g_assert_cmpint (timeline.status, ==, 0);
  dated = collect_article_ids (timeline.out, "article");
  g_assert_cmpstr (dated, ==, "barrier-a,barrier-b,barrier-c");

  nd_test_run_cli (&export, "export", "--format=csv", "--story=story-2", dir, NULL);
  g_assert_cmpint (export.status, ==, 0);
  g_assert_nonnull (strstr (export.out, "ignored for two years"));
  g_assert_null (strstr (export.out, "protect every home"));

  nd_test_run_cli (&report, "export", "--statements", "--format=md", "--story=story-1", dir, NULL);
  g_assert_cmpint (report.status, ==, 0);
  g_assert_nonnull (strstr (report.out, "protect every home"));
  g_assert_null (strstr (report.out, "ignored for two years"));

  nd_test_remove_tree (dir);
}

/* An id that no story has is named on standard error, with exit status 2 and nothing
 * printed, whichever command was asked. */
static void
test_story_option_unknown (void)
{
  g_autofree char *dir = write_story_folder (FALSE);
  const char *commands[][2] = {
    { "list", "--json" }, { "quotes", "--json" }, { "timeline", "--json" },
    { "export", "--format=md" },
  };

  for (guint c = 0; c < G_N_ELEMENTS (commands); c++)
    {
      g_auto(NdTestCliRun) run = { 0 };

      nd_test_run_cli (&run, commands[c][0], commands[c][1], "--story=story-9", dir, NULL);
      g_assert_cmpint (run.status, ==, 2);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_nonnull (strstr (run.err, "no story with the id “story-9”"));
    }

  nd_test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/nd/cli/stories/json", test_stories_json);
  g_test_add_func ("/nd/cli/stories/order", test_stories_order);
  g_test_add_func ("/nd/cli/stories/text", test_stories_text);
  g_test_add_func ("/nd/cli/stories/sample-and-usage", test_stories_sample_and_usage);
  g_test_add_func ("/nd/cli/stories/statements-story", test_statements_story);
  g_test_add_func ("/nd/cli/stories/story-option", test_story_option);
  g_test_add_func ("/nd/cli/stories/story-option-unknown", test_story_option_unknown);

  return g_test_run ();
}

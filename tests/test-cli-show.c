/* test-cli-show.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* newsdesk-cli show, through the real program's output: the body it prints is the one
 * every offset of quotes, search and timeline counts in. */

#include "config.h"

#include <json-glib/json-glib.h>

#include "load/nd-article-store.h"
#include "nd-test-utils.h"

static char *
fixture (void)
{
  return g_test_build_filename (G_TEST_DIST, "data", "cli", "show.json", NULL);
}

/* The body show --json prints for @id in @path. */
static char *
show_body (const char *id,
           const char *path)
{
  g_auto(NdTestCliRun) run = { 0 };
  g_autoptr(JsonNode) root = NULL;

  nd_test_run_cli (&run, "show", "--json", id, path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  root = nd_test_parse_json (run.out);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (root));

  return g_strdup (json_object_get_string_member (json_node_get_object (root), "body"));
}

/* The characters [@start, @end) of @body, counted in Unicode characters. */
static char *
dup_chars (const char *body,
           gint64      start,
           gint64      end)
{
  glong length = g_utf8_strlen (body, -1);

  g_assert_cmpint (start, >=, 0);
  g_assert_cmpint (start, <=, end);
  g_assert_cmpint (end, <=, length);

  return g_utf8_substring (body, start, end);
}

/* Exactly the members of list --json, then the body as the loader gave it: here without
 * the headline the file repeats at its top. */
static void
test_json_body (void)
{
  const char *members[] = { "id", "title", "source", "authors", "url", "published",
                            "language", "file", "words", "body" };
  g_autofree char *path = fixture ();
  g_autoptr(NdArticleStore) store = nd_article_store_new ();
  g_autoptr(JsonNode) root = NULL;
  g_auto(NdTestCliRun) run = { 0 };
  g_autoptr(GList) names = NULL;
  JsonObject *object;
  NdArticle *article;
  guint i = 0;

  nd_test_load_path (store, path);
  article = nd_article_store_lookup (store, "show-1");
  g_assert_nonnull (article);

  nd_test_run_cli (&run, "show", "--json", "show-1", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  root = nd_test_parse_json (run.out);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (root));
  object = json_node_get_object (root);

  names = json_object_get_members (object);
  g_assert_cmpuint (g_list_length (names), ==, G_N_ELEMENTS (members));
  for (GList *l = names; l != NULL; l = l->next)
    g_assert_cmpstr (l->data, ==, members[i++]);

  g_assert_cmpstr (json_object_get_string_member (object, "id"), ==, "show-1");
  g_assert_cmpstr (json_object_get_string_member (object, "title"), ==,
                   "Café owners “relieved” as vote passes");
  g_assert_cmpstr (json_object_get_string_member (object, "body"), ==,
                   nd_article_get_body (article));
  g_assert_true (g_str_has_prefix (json_object_get_string_member (object, "body"),
                                   "The café’s owner"));
}

/* Every quotation quotes --json prints is at its offsets in show's body, counted in
 * characters: "é", "’", "—" and "“" before them are one each. */
static void
test_quote_offsets (void)
{
  g_autofree char *path = fixture ();
  g_autofree char *body = show_body ("show-1", path);
  g_autoptr(JsonNode) root = NULL;
  g_auto(NdTestCliRun) run = { 0 };
  JsonArray *quotations;
  guint checked = 0;

  nd_test_run_cli (&run, "quotes", "--json", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  root = nd_test_parse_json (run.out);
  quotations = json_node_get_array (root);

  for (guint i = 0; i < json_array_get_length (quotations); i++)
    {
      JsonObject *quotation = json_array_get_object_element (quotations, i);
      gint64 start = json_object_get_int_member (quotation, "start");
      gint64 end = json_object_get_int_member (quotation, "end");
      g_autofree char *quoted = NULL;

      if (!g_str_equal (json_object_get_string_member (quotation, "article"), "show-1"))
        continue;

      quoted = dup_chars (body, start, end);
      g_assert_cmpstr (quoted, ==, json_object_get_string_member (quotation, "text"));
      checked++;
    }

  g_assert_cmpuint (checked, ==, 2);
}

/* search --json's matches and timeline --json's offsets index the same body. */
static void
test_search_and_timeline_offsets (void)
{
  g_autofree char *path = fixture ();
  g_autofree char *body = show_body ("show-1", path);
  g_autoptr(JsonNode) search = NULL;
  g_autoptr(JsonNode) timeline = NULL;
  g_auto(NdTestCliRun) run = { 0 };
  JsonArray *matches;
  JsonArray *events;
  guint mentions = 0;

  nd_test_run_cli (&run, "search", "--json", "staying", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  search = nd_test_parse_json (run.out);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (search)), ==, 1);
  matches = json_object_get_array_member (json_array_get_object_element (json_node_get_array (search), 0),
                                          "matches");
  g_assert_cmpuint (json_array_get_length (matches), ==, 1);
  {
    JsonObject *match = json_array_get_object_element (matches, 0);
    g_autofree char *text = dup_chars (body, json_object_get_int_member (match, "start"),
                                       json_object_get_int_member (match, "end"));

    g_assert_cmpstr (text, ==, "staying");
  }
  nd_test_cli_run_clear (&run);

  nd_test_run_cli (&run, "timeline", "--json", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  timeline = nd_test_parse_json (run.out);
  events = json_node_get_array (timeline);
  for (guint i = 0; i < json_array_get_length (events); i++)
    {
      JsonObject *event = json_array_get_object_element (events, i);
      const char *text = json_object_get_string_member (event, "text");
      gint64 offset;
      g_autofree char *at = NULL;

      if (!g_str_equal (json_object_get_string_member (event, "kind"), "mentioned") ||
          !g_str_equal (json_object_get_string_member (event, "article"), "show-1"))
        continue;

      offset = json_object_get_int_member (event, "offset");
      at = dup_chars (body, offset, offset + g_utf8_strlen (text, -1));
      g_assert_cmpstr (at, ==, text);
      g_assert_cmpstr (text, ==, "Tuesday");
      mentions++;
    }
  g_assert_cmpuint (mentions, ==, 1);
}

/* Labelled fields, then the body line by line; what the data holds of control characters
 * is escaped, never sent to the terminal. */
static void
test_text (void)
{
  g_autofree char *path = fixture ();
  g_autofree char *expected = NULL;
  g_auto(NdTestCliRun) run = { 0 };

  nd_test_run_cli (&run, "show", "show-1", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  expected = g_strdup_printf ("Café owners “relieved” as vote passes\n"
                              "Source: The Test Gazette\n"
                              "Authors: Zoë Brandt, Ann Writer\n"
                              "Published: 2026-03-10 07:15\n"
                              "Link: https://gazette.example/show-1\n"
                              "Language: en\n"
                              "Id: show-1\n"
                              "File: %s\n"
                              "\n"
                              "The café’s owner — Zoë Brandt — said on Tuesday: “We’re staying "
                              "open, whatever it costs.”\n"
                              "\n"
                              "“The council listened,” said Ann Writer, a neighbour.\n", path);
  g_assert_cmpstr (run.out, ==, expected);
  nd_test_cli_run_clear (&run);
  g_clear_pointer (&expected, g_free);

  nd_test_run_cli (&run, "show", "show-2", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  expected = g_strdup_printf ("Note\n"
                              "Published: undated\n"
                              "Id: show-2\n"
                              "File: %s\n"
                              "\n"
                              "Line one.\n"
                              "\n"
                              "Click \\x1b]8;;https://evil.example/\\x07here\\x1b]8;;\\x07 now.\n"
                              "\n"
                              "Last paragraph.\n", path);
  g_assert_cmpstr (run.out, ==, expected);
  g_assert_null (strchr (run.out, '\x1b'));
  g_assert_null (strchr (run.out, '\x07'));
}

/* An id that is not there is named (made safe for the terminal) and fails the command. */
static void
test_unknown_id (void)
{
  g_autofree char *path = fixture ();
  g_auto(NdTestCliRun) run = { 0 };

  nd_test_run_cli (&run, "show", "--json", "no-such-article", path, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_cmpstr (run.err, ==, "newsdesk-cli: no article with the id “no-such-article”\n");
  nd_test_cli_run_clear (&run);

  nd_test_run_cli (&run, "show", "evil\x1b[2J", path, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_cmpstr (run.err, ==, "newsdesk-cli: no article with the id “evil\\x1b[2J”\n");
}

/* Nothing to show is a usage error; --sample reads the built-in story. */
static void
test_usage_and_sample (void)
{
  g_auto(NdTestCliRun) run = { 0 };
  g_autoptr(JsonNode) root = NULL;

  nd_test_run_cli (&run, "show", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_true (g_str_has_prefix (run.err, "newsdesk-cli: show needs an article id"));
  nd_test_cli_run_clear (&run);

  nd_test_run_cli (&run, "show", "show-1", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_true (g_str_has_prefix (run.err, "newsdesk-cli: show needs at least one file"));
  nd_test_cli_run_clear (&run);

  nd_test_run_cli (&run, "show", "--bogus", "show-1", NULL);
  g_assert_cmpint (run.status, ==, 1);
  nd_test_cli_run_clear (&run);

  nd_test_run_cli (&run, "show", "--json", "--sample", "gazette-cafe-reprieve", NULL);
  g_assert_cmpint (run.status, ==, 0);
  root = nd_test_parse_json (run.out);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (root), "id"), ==,
                   "gazette-cafe-reprieve");
  g_assert_true (g_str_has_prefix (json_object_get_string_member (json_node_get_object (root),
                                                                  "source"),
                                   "The Harbour Gazette"));
  nd_test_cli_run_clear (&run);

  nd_test_run_cli (&run, "show", "--help", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "show [--json] ID PATH..."));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/nd/cli-show/json-body", test_json_body);
  g_test_add_func ("/nd/cli-show/quote-offsets", test_quote_offsets);
  g_test_add_func ("/nd/cli-show/search-and-timeline-offsets", test_search_and_timeline_offsets);
  g_test_add_func ("/nd/cli-show/text", test_text);
  g_test_add_func ("/nd/cli-show/unknown-id", test_unknown_id);
  g_test_add_func ("/nd/cli-show/usage-and-sample", test_usage_and_sample);

  return g_test_run ();
}

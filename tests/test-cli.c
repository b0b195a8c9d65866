/* test-cli.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>

#include "nd-test-utils.h"
#include "test-cli-private.h"

char *
fixture (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "cli", name, NULL);
}

JsonArray *
parse_array (JsonParser *parser,
             const char *text)
{
  g_autoptr(GError) error = NULL;
  JsonNode *root;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  root = json_parser_get_root (parser);
  g_assert_true (JSON_NODE_HOLDS_ARRAY (root));

  return json_node_get_array (root);
}

void
assert_member_names (JsonObject *object)
{
  static const char *expected[] = {
    "id", "title", "source", "authors", "url", "published", "language", "file", "words"
  };
  g_autoptr(GList) members = json_object_get_members (object);
  guint i = 0;

  g_assert_cmpuint (g_list_length (members), ==, G_N_ELEMENTS (expected));
  for (GList *l = members; l != NULL; l = l->next, i++)
    g_assert_cmpstr (l->data, ==, expected[i]);
}

void
assert_null_member (JsonObject *object,
                    const char *name)
{
  g_assert_true (json_object_has_member (object, name));
  g_assert_true (JSON_NODE_HOLDS_NULL (json_object_get_member (object, name)));
}

static void
test_version (void)
{
  g_auto(NdTestCliRun) run = { 0 };

  nd_test_run_cli (&run, "--version", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "newsdesk-cli " PACKAGE_VERSION "\n");
}

static void
test_help (void)
{
  g_auto(NdTestCliRun) run = { 0 };

  nd_test_run_cli (&run, "--help", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "list [--json] [--story=ID] PATH..."));
  g_assert_nonnull (strstr (run.out, "--version"));
}

static void
test_usage_errors (void)
{
  struct {
    const char *args[3];
    const char *message;
  } cases[] = {
    { { NULL }, "no command given" },
    { { "frobnicate", NULL }, "unknown command" },
    { { "list", NULL }, "needs at least one file" },
    { { "list", "--no-such-option", NULL }, "Unknown option" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(NdTestCliRun) run = { 0 };

      nd_test_run_cli (&run, cases[i].args[0], cases[i].args[1], cases[i].args[2], NULL);
      g_assert_cmpint (run.status, ==, 1);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_nonnull (strstr (run.err, cases[i].message));
    }
}

static void
test_list_json (void)
{
  g_autofree char *harbour = fixture ("harbour.json");
  g_autofree char *radio = fixture ("radio.jsonl");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_auto(NdTestCliRun) run = { 0 };
  JsonArray *array;
  JsonObject *o;
  JsonArray *authors;

  nd_test_run_cli (&run, "list", "--json", harbour, radio, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);

  array = parse_array (parser, run.out);
  g_assert_cmpuint (json_array_get_length (array), ==, 4);

  /* Newest first: an RFC 2822 date, a date-only value, an offset converted to UTC. */
  o = json_array_get_object_element (array, 0);
  assert_member_names (o);
  g_assert_cmpstr (json_object_get_string_member (o, "id"), ==, "line-2");
  g_assert_cmpstr (json_object_get_string_member (o, "published"), ==, "2026-03-17T09:30:00Z");
  g_assert_cmpstr (json_object_get_string_member (o, "file"), ==, radio);
  g_assert_cmpint (json_object_get_int_member (o, "words"), ==, 7);
  assert_null_member (o, "url");

  o = json_array_get_object_element (array, 1);
  g_assert_cmpstr (json_object_get_string_member (o, "id"), ==, "line-1");
  g_assert_cmpstr (json_object_get_string_member (o, "published"), ==, "2026-03-12");
  g_assert_cmpstr (json_object_get_string_member (o, "source"), ==, "Coast Radio");

  o = json_array_get_object_element (array, 2);
  assert_member_names (o);
  g_assert_cmpstr (json_object_get_string_member (o, "id"), ==, "harbour-1");
  g_assert_cmpstr (json_object_get_string_member (o, "title"), ==, "Council backs flood barrier");
  g_assert_cmpstr (json_object_get_string_member (o, "source"), ==, "The Test Gazette");
  g_assert_cmpstr (json_object_get_string_member (o, "url"), ==, "https://gazette.example/1");
  g_assert_cmpstr (json_object_get_string_member (o, "published"), ==, "2026-03-10T07:15:00Z");
  g_assert_cmpstr (json_object_get_string_member (o, "language"), ==, "en");
  g_assert_cmpstr (json_object_get_string_member (o, "file"), ==, harbour);
  g_assert_cmpint (json_object_get_int_member (o, "words"), ==, 11);
  authors = json_object_get_array_member (o, "authors");
  g_assert_cmpuint (json_array_get_length (authors), ==, 2);
  g_assert_cmpstr (json_array_get_string_element (authors, 0), ==, "Ann Writer");
  g_assert_cmpstr (json_array_get_string_element (authors, 1), ==, "Bo Reporter");

  /* Undated last, with a derived id and nulls for what the file does not say. */
  o = json_array_get_object_element (array, 3);
  assert_member_names (o);
  g_assert_cmpstr (json_object_get_string_member (o, "id"), ==, "harbour.json#2");
  assert_null_member (o, "published");
  assert_null_member (o, "url");
  assert_null_member (o, "language");
  authors = json_object_get_array_member (o, "authors");
  g_assert_cmpuint (json_array_get_length (authors), ==, 1);
  g_assert_cmpstr (json_array_get_string_element (authors, 0), ==, "Cy Editor");
  g_assert_cmpint (json_object_get_int_member (o, "words"), ==, 3);
}

static void
test_list_text (void)
{
  g_autofree char *harbour = fixture ("harbour.json");
  g_auto(NdTestCliRun) run = { 0 };

  nd_test_run_cli (&run, "list", harbour, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==,
                   "2026-03-10 07:15  The Test Gazette — Council backs flood barrier\n"
                   "undated           The Test Gazette — Undated note\n");
}

static void
test_list_partial_failure (void)
{
  g_autofree char *harbour = fixture ("harbour.json");
  g_autofree char *broken = fixture ("broken.json");
  g_autofree char *missing = fixture ("no-such-file.json");
  g_autofree char *expected_broken = NULL;
  g_autofree char *expected_missing = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_auto(NdTestCliRun) run = { 0 };
  g_auto(GStrv) lines = NULL;

  nd_test_run_cli (&run, "list", "--json", broken, harbour, missing, NULL);
  g_assert_cmpint (run.status, ==, 2);

  /* The good file is still printed in full. */
  g_assert_cmpuint (json_array_get_length (parse_array (parser, run.out)), ==, 2);

  /* Problems come in the order of the inputs, on every run. */
  lines = g_strsplit (run.err, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 3);
  expected_missing = g_strdup_printf ("%s: cannot read: no such file or folder", missing);
  expected_broken = g_strdup_printf ("%s:1:1: not JSON: the file looks like HTML or XML", broken);
  g_assert_cmpstr (lines[0], ==, expected_broken);
  g_assert_cmpstr (lines[1], ==, expected_missing);
  g_assert_cmpstr (lines[2], ==, "");
}

static void
test_list_sample (void)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_auto(NdTestCliRun) run = { 0 };
  JsonArray *array;
  g_autoptr(GHashTable) sources = g_hash_table_new (g_str_hash, g_str_equal);

  nd_test_run_cli (&run, "list", "--sample", "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");

  array = parse_array (parser, run.out);
  g_assert_cmpuint (json_array_get_length (array), >=, 9);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *o = json_array_get_object_element (array, i);

      g_hash_table_add (sources, (char *)json_object_get_string_member (o, "source"));
      g_assert_true (g_str_has_prefix (json_object_get_string_member (o, "file"), "resource:///"));
    }
  g_assert_cmpuint (g_hash_table_size (sources), >=, 4);
}

/* search
 *
 * tests/data/cli/search.jsonl holds five short articles. Their lengths for BM25 are the body
 * words plus twice the title words (the title counts twice):
 *
 *   lamp-5  17 + 2 × 4 = 25   "lighthouse" 5 times in the body
 *   lamp-1  17 + 2 × 4 = 25   "lighthouse" once
 *   cafe    15 + 2 × 3 = 21   "Café" and "café" in the body, "café" in the title
 *   co-op   16 + 2 × 5 = 26   "co-operate", "flood barrier"
 *   split   13 + 2 × 3 = 19   "barrier" ... "flood", not as a phrase
 *
 * so N = 5 and the average length is 116 / 5 = 23.2. */

static void
test_search_help (void)
{
  g_auto(NdTestCliRun) run = { 0 };

  nd_test_run_cli (&run, "search", "--help", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "search [--json] QUERY PATH..."));
  g_assert_nonnull (strstr (run.out, "search --timings --queries FILE PATH..."));
  g_assert_nonnull (strstr (run.out, "--queries FILE"));
}

static void
test_search_usage_errors (void)
{
  g_autofree char *search = fixture ("search.jsonl");
  g_autofree char *queries = fixture ("queries.txt");
  struct {
    const char *args[6];
    const char *message;
  } cases[] = {
    { { "search", NULL }, "search needs a query and at least one file or folder" },
    { { "search", "--json", NULL }, "search needs a query and at least one file or folder" },
    { { "search", "lighthouse", NULL }, "search needs at least one file or folder" },
    { { "search", "  ", search, NULL }, "the query is empty" },
    { { "search", "--no-such-option", "lighthouse", search, NULL },
      "Unknown option --no-such-option" },
    { { "search", "--queries", queries, search, NULL }, "--queries needs --timings" },
    { { "search", "--timings", search, NULL }, "--timings needs --queries FILE" },
    { { "search", "--timings", "--json", "--queries", queries, search },
      "--timings prints no JSON" },
    { { "search", "--timings", "--queries", NULL }, "Missing argument for --queries" },
    { { "search", "--timings", "--queries", queries, NULL },
      "search needs at least one file or folder" },
    /* After --, --json is the query. */
    { { "search", "--", "--json", NULL }, "search needs at least one file or folder" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(NdTestCliRun) run = { 0 };

      nd_test_run_cli (&run, cases[i].args[0], cases[i].args[1], cases[i].args[2], cases[i].args[3],
                       cases[i].args[4], cases[i].args[5], NULL);
      g_assert_cmpint (run.status, ==, 1);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_true (g_str_has_prefix (run.err, "newsdesk-cli: "));
      g_assert_nonnull (strstr (run.err, cases[i].message));
    }
}

guint
count_lines (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p != '\0'; p++)
    n += *p == '\n';

  return n;
}

/* Runs a search on search.jsonl that must succeed without a word on standard error, and
 * returns its standard output. */
static char *
search_text (const char *query)
{
  g_autofree char *search = fixture ("search.jsonl");
  g_auto(NdTestCliRun) run = { 0 };

  nd_test_run_cli (&run, "search", query, search, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);

  return g_steal_pointer (&run.out);
}

static void
test_search_rank (void)
{
  g_autofree char *out = search_text ("lighthouse");

  /* df = 2: idf = ln (1 + (5 - 2 + 0.5) / (2 + 0.5)) = ln 2.4 = 0.8755. Both articles are
   * 25 words long: K = 1.2 × (0.25 + 0.75 × 25 / 23.2) = 1.2698.
   *   lamp-5: 0.8755 × 2.2 × 5 / (5 + 1.2698) = 1.536
   *   lamp-1: 0.8755 × 2.2 × 1 / (1 + 1.2698) = 0.849
   * The snippet shows up to 30 characters before the first match and 50 after it, cut at
   * spaces, with every match inside marked. */
  g_assert_cmpstr (out, ==,
                   " 1.54  2026-03-01 08:00  Coast Radio — Keepers of the coast — "
                   "The «lighthouse» stood tall. A «lighthouse» keeper loves the…\n"
                   " 0.85  2026-03-02 08:00  Coast Radio — Evening on the pier — "
                   "…a ferry waited and the old «lighthouse» blinked over water.\n");
}

static void
assert_search_member_names (JsonObject *object)
{
  static const char *expected[] = { "id", "title", "score", "matches" };
  g_autoptr(GList) members = json_object_get_members (object);
  guint i = 0;

  g_assert_cmpuint (g_list_length (members), ==, G_N_ELEMENTS (expected));
  for (GList *l = members; l != NULL; l = l->next, i++)
    g_assert_cmpstr (l->data, ==, expected[i]);
}

/* @expected holds start and end of each match, in that order. */
static void
assert_matches (JsonObject  *object,
                const guint *expected,
                guint        n_expected)
{
  JsonArray *matches = json_object_get_array_member (object, "matches");

  g_assert_cmpuint (json_array_get_length (matches), ==, n_expected / 2);
  for (guint i = 0; i < n_expected / 2; i++)
    {
      JsonObject *match = json_array_get_object_element (matches, i);
      g_autoptr(GList) members = json_object_get_members (match);

      g_assert_cmpuint (g_list_length (members), ==, 2);
      g_assert_cmpstr (members->data, ==, "start");
      g_assert_cmpstr (members->next->data, ==, "end");
      g_assert_cmpint (json_object_get_int_member (match, "start"), ==, expected[2 * i]);
      g_assert_cmpint (json_object_get_int_member (match, "end"), ==, expected[2 * i + 1]);
    }
}

static void
test_search_json (void)
{
  g_autofree char *search = fixture ("search.jsonl");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_auto(NdTestCliRun) run = { 0 };
  JsonArray *array;
  JsonObject *o;
  /* "Zoë Dvořák’s “Café Lumière” reopened on Friday; regulars say the café is busier than
   * ever.": Z o ë ␠ D v o ř á k ’ s ␠ “ are characters 0 to 13, so "Café" is 14 to 18,
   * although ë, ř, á (2 bytes each), ’ and “ (3 each) put it at byte 21. "café" is
   * characters 65 to 69: 18 + " Lumière” reopened on Friday; regulars say the " (47). */
  static const guint cafe_matches[] = { 14, 18, 65, 69 };
  /* "The lighthouse stood tall. A lighthouse keeper loves the lighthouse, and every
   * lighthouse needs one. Old lighthouse." */
  static const guint lamp5_matches[] = { 4, 14, 29, 39, 57, 67, 79, 89, 105, 115 };
  static const guint lamp1_matches[] = { 64, 74 };
  const char *body = "Zoë Dvořák’s “Café Lumière”";

  g_assert_cmpint (strstr (body, "Café") - body, ==, 21);

  nd_test_run_cli (&run, "search", "--json", "cafe", search, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  array = parse_array (parser, run.out);
  g_assert_cmpuint (json_array_get_length (array), ==, 1);
  o = json_array_get_object_element (array, 0);
  assert_search_member_names (o);
  g_assert_cmpstr (json_object_get_string_member (o, "id"), ==, "cafe");
  g_assert_cmpstr (json_object_get_string_member (o, "title"), ==, "Zoë’s café reopens");
  g_assert_true (JSON_NODE_HOLDS_VALUE (json_object_get_member (o, "score")));
  g_assert_cmpfloat (json_object_get_double_member (o, "score"), >, 0);
  assert_matches (o, cafe_matches, G_N_ELEMENTS (cafe_matches));
  nd_test_cli_run_clear (&run);

  /* Rank order, scores rounded to 4 places (see test_search_rank for the figures). */
  nd_test_run_cli (&run, "search", "--json", "lighthouse", search, NULL);
  g_assert_cmpint (run.status, ==, 0);
  array = parse_array (parser, run.out);
  g_assert_cmpuint (json_array_get_length (array), ==, 2);
  o = json_array_get_object_element (array, 0);
  assert_search_member_names (o);
  g_assert_cmpstr (json_object_get_string_member (o, "id"), ==, "lamp-5");
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (o, "score"), 1.536, 0.001);
  assert_matches (o, lamp5_matches, G_N_ELEMENTS (lamp5_matches));
  o = json_array_get_object_element (array, 1);
  g_assert_cmpstr (json_object_get_string_member (o, "id"), ==, "lamp-1");
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (o, "score"), 0.849, 0.001);
  assert_matches (o, lamp1_matches, G_N_ELEMENTS (lamp1_matches));
  nd_test_cli_run_clear (&run);

  /* A filter alone matches no words: score 0, no matches; then newest first. */
  nd_test_run_cli (&run, "search", "--json", "source:gazette", search, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==,
                   "[\n"
                   "  {\"id\": \"co-op\", \"title\": \"Port and fishers to co-operate\", "
                   "\"score\": 0.0000, \"matches\": []},\n"
                   "  {\"id\": \"cafe\", \"title\": \"Zoë’s café reopens\", "
                   "\"score\": 0.0000, \"matches\": []}\n"
                   "]\n");
  nd_test_cli_run_clear (&run);

  nd_test_run_cli (&run, "search", "--json", "nowhere", search, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "[]\n");
}

/* Defect: an article whose duplicate the load dropped was listed twice, the dropped copy
 * still being in the index. */
static void
test_search_duplicates (void)
{
  g_autofree char *dir = nd_test_make_temp_dir ();
  g_autofree char *search = fixture ("search.jsonl");
  g_autofree char *contents = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_auto(NdTestCliRun) run = { 0 };
  JsonArray *array;

  g_assert_true (g_file_get_contents (search, &contents, NULL, NULL));
  /* The same articles twice: b.jsonl's copies are the duplicates, read second. */
  nd_test_write_file (dir, "a.jsonl", contents, -1);
  nd_test_write_file (dir, "b.jsonl", contents, -1);

  nd_test_run_cli (&run, "search", "--json", "lighthouse", dir, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.err, "duplicate article id"));
  array = parse_array (parser, run.out);
  g_assert_cmpuint (json_array_get_length (array), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (array, 0), "id"),
                   ==, "lamp-5");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (array, 1), "id"),
                   ==, "lamp-1");

  nd_test_remove_tree (dir);
}

static void
test_search_folding (void)
{
  g_autofree char *cafe = search_text ("cafe");
  g_autofree char *cooperate = search_text ("cooperate");
  g_autofree char *apostrophe = search_text ("dvorak's");
  g_autofree char *curly = search_text ("“flood barrier”");

  /* Accents: cafe finds Café and café; the title's café adds to the score. */
  g_assert_cmpstr (cafe, ==,
                   " 2.39  2026-03-03        Harbour Gazette — Zoë’s café reopens — "
                   "Zoë Dvořák’s “«Café» Lumière” reopened on Friday; regulars say the…\n");

  /* Hyphens between letters go; the snippet starts at a space after the cut. */
  g_assert_cmpstr (cooperate, ==,
                   " 2.12  2026-03-04 09:30  Harbour Gazette — Port and fishers to co-operate — "
                   "…the port authority agreed to «co-operate» on a new flood barrier for "
                   "the harbour.\n");

  /* A straight apostrophe finds a curly one, ř and á fold to r and a. */
  g_assert_cmpstr (apostrophe, ==,
                   " 1.44  2026-03-03        Harbour Gazette — Zoë’s café reopens — "
                   "Zoë «Dvořák’s» “Café Lumière” reopened on Friday; regulars say…\n");

  /* Curly quotation marks make a phrase, as straight ones do. */
  g_assert_cmpstr (curly, ==,
                   " 1.67  2026-03-04 09:30  Harbour Gazette — Port and fishers to co-operate — "
                   "…to co-operate on a new «flood barrier» for the harbour.\n");
}

static void
test_search_operators (void)
{
  g_autofree char *words = search_text ("flood barrier");
  g_autofree char *phrase = search_text ("\"flood barrier\"");
  g_autofree char *excluded = search_text ("lighthouse -keeper");
  g_autofree char *source = search_text ("source:gazette");
  g_autofree char *after = search_text ("after:2026-03-02 lighthouse");
  g_autofree char *only_excluded = search_text ("-keeper");

  /* Both words, anywhere: the shorter article first. Its paragraph break is one space. */
  g_assert_cmpstr (words, ==,
                   " 1.89  2026-03-05 12:00  Coast Radio — Square under water — "
                   "The «barrier» held at the quay, but the «flood» still reached…\n"
                   " 1.67  2026-03-04 09:30  Harbour Gazette — Port and fishers to co-operate — "
                   "…to co-operate on a new «flood» «barrier» for the harbour.\n");

  /* The phrase only where the words follow each other. */
  g_assert_cmpstr (phrase, ==,
                   " 1.67  2026-03-04 09:30  Harbour Gazette — Port and fishers to co-operate — "
                   "…to co-operate on a new «flood barrier» for the harbour.\n");

  g_assert_cmpstr (excluded, ==,
                   " 0.85  2026-03-02 08:00  Coast Radio — Evening on the pier — "
                   "…a ferry waited and the old «lighthouse» blinked over water.\n");

  /* No word to score: newest first, the snippet from the start of the body. */
  g_assert_cmpstr (source, ==,
                   " 0.00  2026-03-04 09:30  Harbour Gazette — Port and fishers to co-operate — "
                   "Fishers and the port authority agreed to co-operate on a new flood barrier "
                   "for…\n"
                   " 0.00  2026-03-03        Harbour Gazette — Zoë’s café reopens — "
                   "Zoë Dvořák’s “Café Lumière” reopened on Friday; regulars say the café is "
                   "busier…\n");

  g_assert_cmpstr (after, ==,
                   " 0.85  2026-03-02 08:00  Coast Radio — Evening on the pier — "
                   "…a ferry waited and the old «lighthouse» blinked over water.\n");

  /* A query starting with a minus sign is a query, not an option. */
  g_assert_cmpuint (count_lines (only_excluded), ==, 4);
  g_assert_null (strstr (only_excluded, "Keepers of the coast"));
}

static void
test_search_query_problem (void)
{
  g_autofree char *search = fixture ("search.jsonl");
  g_auto(NdTestCliRun) run = { 0 };

  /* The unclosed phrase runs to the end of the query and is still searched. */
  nd_test_run_cli (&run, "search", "\"flood barrier", search, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.err, "newsdesk-cli: query: "));
  g_assert_nonnull (strstr (run.err, "quotation mark"));
  g_assert_cmpuint (count_lines (run.err), ==, 1);
  g_assert_cmpstr (run.out, ==,
                   " 1.67  2026-03-04 09:30  Harbour Gazette — Port and fishers to co-operate — "
                   "…to co-operate on a new «flood barrier» for the harbour.\n");
  nd_test_cli_run_clear (&run);

  /* A bad date is left out; the words are searched. */
  nd_test_run_cli (&run, "search", "after:2026-13-45 flood", search, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.err, "newsdesk-cli: query: "));
  g_assert_nonnull (strstr (run.err, "2026-13-45"));
  g_assert_cmpuint (count_lines (run.err), ==, 1);
  g_assert_cmpuint (count_lines (run.out), ==, 2);
}

static void
test_search_partial_failure (void)
{
  g_autofree char *search = fixture ("search.jsonl");
  g_autofree char *missing = fixture ("no-such-file.json");
  g_autofree char *expected_err = NULL;
  g_auto(NdTestCliRun) run = { 0 };

  nd_test_run_cli (&run, "search", "lighthouse", search, missing, NULL);
  g_assert_cmpint (run.status, ==, 2);
  expected_err = g_strdup_printf ("%s: cannot read: no such file or folder\n", missing);
  g_assert_cmpstr (run.err, ==, expected_err);
  g_assert_cmpuint (count_lines (run.out), ==, 2);
}

static gboolean
is_number (const char *text)
{
  if (*text == '\0')
    return FALSE;

  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p))
      return FALSE;

  return TRUE;
}

static void
test_search_timings (void)
{
  g_autofree char *search = fixture ("search.jsonl");
  g_autofree char *queries = fixture ("queries.txt");
  g_autofree char *missing = fixture ("no-such-queries.txt");
  g_autofree char *missing_arg = g_strconcat ("--queries=", missing, NULL);
  g_autofree char *expected_prefix = NULL;
  g_auto(NdTestCliRun) run = { 0 };
  g_auto(GStrv) lines = NULL;
  /* queries.txt: an empty line is skipped, and so are the spaces around "cafe". */
  static const struct {
    const char *hits;
    const char *query;
  } expected[] = {
    { "2", "lighthouse" },
    { "1", "cafe" },
    { "1", "\"flood barrier" },
    { "2", "source:gazette" },
    { "0", "nothing" },
  };

  nd_test_run_cli (&run, "search", "--timings", "--queries", queries, search, NULL);
  g_assert_cmpint (run.status, ==, 0);

  lines = g_strsplit (run.out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, G_N_ELEMENTS (expected) + 1);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", -1);

      g_assert_cmpuint (g_strv_length (fields), ==, 3);
      g_assert_cmpstr (fields[0], ==, expected[i].hits);
      g_assert_true (is_number (fields[1]));
      g_assert_cmpstr (fields[2], ==, expected[i].query);
    }
  g_assert_cmpstr (lines[G_N_ELEMENTS (expected)], ==, "");

  /* A problem names the line of the file it is on. */
  expected_prefix = g_strdup_printf ("newsdesk-cli: %s:4: query: ", queries);
  g_assert_true (g_str_has_prefix (run.err, expected_prefix));
  g_assert_cmpuint (count_lines (run.err), ==, 1);
  nd_test_cli_run_clear (&run);

  /* The equals form; a queries file that cannot be read is an input that failed. */
  nd_test_run_cli (&run, "search", "--timings", missing_arg, search, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_nonnull (strstr (run.err, "no-such-queries.txt"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/nd/cli/version", test_version);
  g_test_add_func ("/nd/cli/help", test_help);
  g_test_add_func ("/nd/cli/usage-errors", test_usage_errors);
  g_test_add_func ("/nd/cli/list-json", test_list_json);
  g_test_add_func ("/nd/cli/list-text", test_list_text);
  g_test_add_func ("/nd/cli/list-partial-failure", test_list_partial_failure);
  g_test_add_func ("/nd/cli/list-sample", test_list_sample);
  g_test_add_func ("/nd/cli/search-help", test_search_help);
  g_test_add_func ("/nd/cli/search-usage-errors", test_search_usage_errors);
  g_test_add_func ("/nd/cli/search-rank", test_search_rank);
  g_test_add_func ("/nd/cli/search-json", test_search_json);
  g_test_add_func ("/nd/cli/search-folding", test_search_folding);
  g_test_add_func ("/nd/cli/search-duplicates", test_search_duplicates);
  g_test_add_func ("/nd/cli/search-operators", test_search_operators);
  g_test_add_func ("/nd/cli/search-query-problem", test_search_query_problem);
  g_test_add_func ("/nd/cli/search-partial-failure", test_search_partial_failure);
  g_test_add_func ("/nd/cli/search-timings", test_search_timings);
  add_cli_quotes_tests ();
  add_cli_escapes_tests ();

  return g_test_run ();
}

/* test-cli.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>

typedef struct
{
  char *out;
  char *err;
  int   status;
} CliRun;

static void
cli_run_clear (CliRun *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CliRun, cli_run_clear)

/* Runs the real newsdesk-cli binary, as a user's shell would. */
static void
run_cli (CliRun     *run,
         const char *first_arg,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *cli = g_getenv ("NEWSDESK_CLI");
  const char *arg;
  int wait_status;
  va_list args;

  g_assert_nonnull (cli);
  g_ptr_array_add (argv, (char *)cli);
  va_start (args, first_arg);
  for (arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *)arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **)argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  run->status = WEXITSTATUS (wait_status);
}

static char *
fixture (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "cli", name, NULL);
}

static JsonArray *
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

static void
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

static void
assert_null_member (JsonObject *object,
                    const char *name)
{
  g_assert_true (json_object_has_member (object, name));
  g_assert_true (JSON_NODE_HOLDS_NULL (json_object_get_member (object, name)));
}

static void
test_version (void)
{
  g_auto(CliRun) run = { 0 };

  run_cli (&run, "--version", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "newsdesk-cli " PACKAGE_VERSION "\n");
}

static void
test_help (void)
{
  g_auto(CliRun) run = { 0 };

  run_cli (&run, "--help", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "list [--json] PATH..."));
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
      g_auto(CliRun) run = { 0 };

      run_cli (&run, cases[i].args[0], cases[i].args[1], cases[i].args[2], NULL);
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
  g_auto(CliRun) run = { 0 };
  JsonArray *array;
  JsonObject *o;
  JsonArray *authors;

  run_cli (&run, "list", "--json", harbour, radio, NULL);
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
  g_auto(CliRun) run = { 0 };

  run_cli (&run, "list", harbour, NULL);
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
  g_auto(CliRun) run = { 0 };
  g_auto(GStrv) lines = NULL;

  run_cli (&run, "list", "--json", broken, harbour, missing, NULL);
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
  g_auto(CliRun) run = { 0 };
  JsonArray *array;
  g_autoptr(GHashTable) sources = g_hash_table_new (g_str_hash, g_str_equal);

  run_cli (&run, "list", "--sample", "--json", NULL);
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

  return g_test_run ();
}

/* test-cli-escapes.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* test-cli on issue #12: nothing from a file reaches the terminal raw. */

#include "config.h"

#include <json-glib/json-glib.h>

#include "nd-test-utils.h"
#include "test-cli-private.h"

/* Issue #12: nothing from a file reaches the terminal raw. */

static char *
hostile (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "hostile", name, NULL);
}

#define HOSTILE_SOURCE "\\x1b[31mRed\\x1b[0m Gazette\\u009b1m"
#define HOSTILE_TITLE  "\\x1b[2J\\x1b[HCleared \\x1b]0;pwned\\x07title"

static void
assert_no_control_bytes (const char *text)
{
  g_assert_true (g_utf8_validate (text, -1, NULL));
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      g_assert_true (c == '\n' || c == '\t' || !g_unichar_iscntrl (c));
      g_assert_false (c >= 0x202A && c <= 0x202E);
    }
}

static void
test_terminal_escapes (void)
{
  g_autofree char *path = hostile ("inject-terminal.json");
  g_auto(NdTestCliRun) list = { 0 };
  g_auto(NdTestCliRun) search = { 0 };
  g_auto(NdTestCliRun) timeline = { 0 };

  nd_test_run_cli (&list, "list", path, NULL);
  g_assert_cmpint (list.status, ==, 0);
  g_assert_cmpstr (list.out, ==, "2026-03-10 08:15  " HOSTILE_SOURCE " — " HOSTILE_TITLE "\n");

  nd_test_run_cli (&search, "search", "barrier", path, NULL);
  g_assert_cmpint (search.status, ==, 0);
  g_assert_cmpstr (search.out, ==,
                   " 0.29  2026-03-10 08:15  " HOSTILE_SOURCE " — " HOSTILE_TITLE
                   " — …now on 12 March 2026 \\u202eevil\\u202c «barrier».\n");

  nd_test_run_cli (&timeline, "timeline", path, NULL);
  g_assert_cmpint (timeline.status, ==, 0);
  g_assert_cmpstr (timeline.out, ==,
                   "2026-03-10                 published  inject-1 — " HOSTILE_TITLE "\n"
                   "2026-03-12                 mentioned  inject-1 — “12 March 2026” in: "
                   "Click \\x1b]8;;https://evil.example/\\x07here\\x1b]8;;\\x07 now\\x07 on "
                   "12 March 2026 \\u202eevil\\u202c barrier.\n");

  assert_no_control_bytes (list.out);
  assert_no_control_bytes (search.out);
  assert_no_control_bytes (timeline.out);
}

/* JSON escapes C0 and DEL itself; C1 and bidirectional controls are escaped too. */
static void
test_json_escapes (void)
{
  g_autofree char *path = hostile ("inject-terminal.json");
  const char *commands[][2] = { { "list", NULL }, { "search", "barrier" }, { "timeline", NULL } };

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_auto(NdTestCliRun) run = { 0 };

      if (commands[i][1] != NULL)
        nd_test_run_cli (&run, commands[i][0], "--json", commands[i][1], path, NULL);
      else
        nd_test_run_cli (&run, commands[i][0], "--json", path, NULL);
      g_assert_cmpint (run.status, ==, 0);
      assert_no_control_bytes (run.out);
      g_assert_cmpuint (json_array_get_length (parse_array (parser, run.out)), >, 0);
    }
}

static void
test_hostile_file_names (void)
{
  g_autofree char *dir = nd_test_make_temp_dir ();
  /* A newline that would fake a second error line, and a name that is not UTF-8. */
  const char *newline_name = "bad\nfake.json:1:1: error.json";
  const char *latin1_name = "caf\xe9.json";
  const char *broken_name = "broken\xff.json";
  g_autofree char *newline_path = g_build_filename (dir, newline_name, NULL);
  g_autofree char *broken_path = g_build_filename (dir, broken_name, NULL);
  g_autofree char *latin1_path = g_build_filename (dir, latin1_name, NULL);
  g_autofree char *expected_err = NULL;
  g_autofree char *expected_file = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_auto(NdTestCliRun) run = { 0 };
  g_auto(NdTestCliRun) text = { 0 };
  JsonObject *article;

  nd_test_write_file (dir, newline_name, "<html></html>", -1);
  nd_test_write_file (dir, broken_name, "<html></html>", -1);
  nd_test_write_file (dir, latin1_name, "{\"title\": \"T\", \"body\": \"b\"}", -1);

  expected_err = g_strdup_printf ("%s/bad\\nfake.json:1:1: error.json:1:1: not JSON: the file "
                                  "looks like HTML or XML\n"
                                  "%s/broken\xef\xbf\xbd.json:1:1: not JSON: the file looks "
                                  "like HTML or XML\n", dir, dir);
  expected_file = g_strdup_printf ("%s/caf\xef\xbf\xbd.json", dir);

  nd_test_run_cli (&run, "list", "--json", newline_path, broken_path, latin1_path, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_cmpstr (run.err, ==, expected_err);
  g_assert_true (g_utf8_validate (run.out, -1, NULL));
  article = json_array_get_object_element (parse_array (parser, run.out), 0);
  g_assert_cmpstr (json_object_get_string_member (article, "file"), ==, expected_file);
  g_assert_cmpstr (json_object_get_string_member (article, "id"), ==, "caf\xef\xbf\xbd.json#1");

  nd_test_run_cli (&text, "list", newline_path, latin1_path, NULL);
  g_assert_cmpint (text.status, ==, 2);
  g_assert_true (g_str_has_prefix (text.err, dir));
  g_assert_cmpstr (strchr (text.err, '\n'), ==, "\n");
  g_assert_cmpstr (text.out, ==, "undated           T\n");

  nd_test_remove_tree (dir);
}

/* Quotations go to the terminal escaped; exports, which are files, carry U+FFFD instead
 * of the control characters none of their formats uses. */
static void
test_quotes_and_export_escapes (void)
{
  g_autofree char *path = hostile ("inject-quotes.json");
  const char *formats[] = { "md", "csv", "bibtex" };
  g_auto(NdTestCliRun) quotes = { 0 };
  g_auto(NdTestCliRun) text = { 0 };

  nd_test_run_cli (&quotes, "quotes", path, NULL);
  g_assert_cmpint (quotes.status, ==, 0);
  g_assert_cmpstr (quotes.out, ==, "inject-q\tunknown\ta \\x1b]0;pwned\\x07game \\u009bchanger\n");

  nd_test_run_cli (&text, "export", "--format=txt", path, NULL);
  g_assert_cmpint (text.status, ==, 0);
  g_assert_cmpstr (text.out, ==,
                   "“a \xef\xbf\xbd]0;pwned\xef\xbf\xbdgame \xef\xbf\xbd" "changer”\n"
                   "— Barrier \xef\xbf\xbd[5mvote, Gazette\xef\xbf\xbd" "2J, 2026-03-10\n"
                   "https://gazette.example/q\n");

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *option = g_strconcat ("--format=", formats[i], NULL);
      g_auto(NdTestCliRun) run = { 0 };

      nd_test_run_cli (&run, "export", option, path, NULL);
      g_assert_cmpint (run.status, ==, 0);
      g_assert_true (g_utf8_validate (run.out, -1, NULL));
      for (const char *p = run.out; *p != '\0'; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);

          g_assert_true (c == '\n' || c == '\r' || !g_unichar_iscntrl (c));
        }
      g_assert_nonnull (strstr (run.out, "pwned\xef\xbf\xbdgame \xef\xbf\xbd" "changer"));
    }
}

static void
test_usage_error_escapes (void)
{
  g_auto(NdTestCliRun) run = { 0 };

  nd_test_run_cli (&run, "list", "--\x1b]0;pwned\x07", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.err, ==, "newsdesk-cli: Unknown option --\\x1b]0;pwned\\x07\n"
                                "Try “newsdesk-cli --help” for more information.\n");
}

void
add_cli_escapes_tests (void)
{
  g_test_add_func ("/nd/cli/terminal-escapes", test_terminal_escapes);
  g_test_add_func ("/nd/cli/json-escapes", test_json_escapes);
  g_test_add_func ("/nd/cli/hostile-file-names", test_hostile_file_names);
  g_test_add_func ("/nd/cli/usage-error-escapes", test_usage_error_escapes);
  g_test_add_func ("/nd/cli/quotes-and-export-escapes", test_quotes_and_export_escapes);
}

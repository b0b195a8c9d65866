/* test-cli-statements.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* newsdesk-cli statements and export --statements, through the real program: the sample
 * story's statements as text and JSON (its top statement is the one that outlets credit
 * to José Álvarez and to Zoë Brennan), and the coverage report written as Markdown, CSV
 * and HTML, to standard output and atomically to a file. */

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "nd-test-utils.h"

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

static guint
count_occurrences (const char *text,
                   const char *part)
{
  guint n = 0;

  for (const char *p = strstr (text, part); p != NULL; p = strstr (p + 1, part))
    n++;

  return n;
}

/* The first block of statements' text output: the statement itself, its versions, the
 * outlets that left it out. */
static void
test_statements_text (void)
{
  g_auto(NdTestCliRun) run = { 0 };
  g_auto(GStrv) blocks = NULL;
  g_auto(GStrv) lines = NULL;

  nd_test_run_cli (&run, "statements", "--sample", NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);

  blocks = g_strsplit (run.out, "\n\n", -1);
  /* Four statements that two or more outlets share, each ending in a blank line. */
  g_assert_cmpuint (g_strv_length (blocks), ==, 5);
  g_assert_cmpstr (blocks[4], ==, "");

  lines = g_strsplit (blocks[0], "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 5);
  g_assert_cmpuint (strlen (lines[0]), >, 12);
  g_assert_cmpstr (lines[0] + 12, ==, " · speakers differ · 3 outlets");
  g_assert_true (g_str_has_prefix (lines[1], "  Coastline Radio News — José Álvarez: “They criticise us"));
  g_assert_true (g_str_has_prefix (lines[2], "  Northfield Post — Jose Alvarez: “They criticize us"));
  g_assert_cmpstr (lines[3], ==, "  The Morning Ledger — Zoë Brennan: “We are not against a barrier. "
                                 "We are against this barrier,”");
  g_assert_cmpstr (lines[4], ==, "  Not in: The Harbour Gazette");

  /* Only the first is a disagreement about the speaker. */
  g_assert_cmpuint (count_occurrences (run.out, "speakers differ"), ==, 1);
}

/* The body `show --json` gives for @id: what every offset counts in. */
static char *
dup_sample_body (const char *id)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_auto(NdTestCliRun) run = { 0 };

  nd_test_run_cli (&run, "show", "--json", "--sample", id, NULL);
  g_assert_cmpint (run.status, ==, 0);
  json_parser_load_from_data (parser, run.out, -1, &error);
  g_assert_no_error (error);

  return g_strdup (json_object_get_string_member (json_node_get_object (json_parser_get_root (parser)),
                                                  "body"));
}

static void
assert_statement_members (JsonObject *statement)
{
  static const char * const names[] = {
    "id", "verdict", "wording_differs", "outlets", "versions", "missing", "differences"
  };
  g_autoptr(GList) members = json_object_get_members (statement);
  guint i = 0;

  g_assert_cmpuint (g_list_length (members), ==, G_N_ELEMENTS (names));
  for (GList *l = members; l != NULL; l = l->next, i++)
    g_assert_cmpstr (l->data, ==, names[i]);
}

static void
test_statements_json (void)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonParser) all_parser = json_parser_new ();
  g_auto(NdTestCliRun) run = { 0 };
  g_auto(NdTestCliRun) all = { 0 };
  JsonArray *statements;
  JsonArray *every;
  JsonObject *top;
  JsonArray *versions;
  guint n_single = 0;

  nd_test_run_cli (&run, "statements", "--json", "--sample", NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  statements = parse_array (parser, run.out);
  g_assert_cmpuint (json_array_get_length (statements), ==, 4);

  top = json_array_get_object_element (statements, 0);
  assert_statement_members (top);
  g_assert_cmpstr (json_object_get_string_member (top, "verdict"), ==, "differ");
  g_assert_cmpint (json_object_get_int_member (top, "outlets"), ==, 3);
  versions = json_object_get_array_member (top, "versions");
  g_assert_cmpuint (json_array_get_length (versions), ==, 3);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (top, "differences")), ==, 3);
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (top, "missing"), 0), ==,
                   "The Harbour Gazette");

  /* Each version names its speaker, and its offsets hold its text in the body. */
  for (guint v = 0; v < 3; v++)
    {
      static const char * const speakers[] = { "José Álvarez", "Jose Alvarez", "Zoë Brennan" };
      JsonObject *version = json_array_get_object_element (versions, v);
      g_autofree char *body = dup_sample_body (json_object_get_string_member (version, "article"));
      g_autofree char *quoted = g_utf8_substring (body, json_object_get_int_member (version, "start"),
                                                  json_object_get_int_member (version, "end"));

      g_assert_cmpstr (json_object_get_string_member (version, "speaker"), ==, speakers[v]);
      g_assert_cmpstr (quoted, ==, json_object_get_string_member (version, "text"));
    }

  for (guint s = 1; s < json_array_get_length (statements); s++)
    {
      JsonObject *statement = json_array_get_object_element (statements, s);

      assert_statement_members (statement);
      g_assert_cmpstr (json_object_get_string_member (statement, "verdict"), !=, "differ");
      g_assert_cmpint (json_object_get_int_member (statement, "outlets"), >=, 2);
    }

  /* --all adds the statements that one outlet alone carries, after the shared ones. */
  nd_test_run_cli (&all, "statements", "--json", "--all", "--sample", NULL);
  g_assert_cmpint (all.status, ==, 0);
  every = parse_array (all_parser, all.out);
  g_assert_cmpuint (json_array_get_length (every), >, 4);
  for (guint s = 0; s < json_array_get_length (every); s++)
    n_single += json_object_get_int_member (json_array_get_object_element (every, s), "outlets") == 1;
  g_assert_cmpuint (n_single, ==, json_array_get_length (every) - 4);
}

static char *
dup_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

/* The header names the day of the export: the day before or after the run, should it
 * cross midnight. */
static void
assert_header (const char *report,
               const char *before,
               const char *after)
{
  g_autofree char *on_before = g_strdup_printf ("Compared 11 articles from 4 outlets on %s.", before);
  g_autofree char *on_after = g_strdup_printf ("Compared 11 articles from 4 outlets on %s.", after);

  g_assert_true (strstr (report, on_before) != NULL || strstr (report, on_after) != NULL);
}

static void
test_export_html_to_file (void)
{
  g_autofree char *dir = nd_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "report.html", NULL);
  g_autofree char *option = g_strdup_printf ("--output=%s", path);
  g_autofree char *before = dup_today ();
  g_autofree char *after = NULL;
  g_autofree char *html = NULL;
  g_auto(NdTestCliRun) run = { 0 };
  g_autoptr(GError) error = NULL;
  const char *top;
  const char *second;

  /* An older file there is replaced whole. */
  nd_test_write_file (dir, "report.html", "an older report, longer than nothing", -1);

  nd_test_run_cli (&run, "export", "--statements", "--format=html", "--sample", option, NULL);
  after = dup_today ();
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpstr (run.out, ==, "");
  g_assert_cmpint (run.status, ==, 0);

  g_file_get_contents (path, &html, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (html, "<!DOCTYPE html>\n<html lang=\"en\">\n"));
  g_assert_true (g_str_has_suffix (html, "</body>\n</html>\n"));
  assert_header (html, before, after);
  g_assert_cmpuint (count_occurrences (html, "<section class=\"statement\""), ==, 4);
  g_assert_null (strstr (html, "<script"));

  /* The disagreement comes first, Zoë Brennan's version flagged. */
  top = strstr (html, "<section class=\"statement\"");
  second = strstr (top + 1, "<section class=\"statement\"");
  g_assert_nonnull (second);
  g_assert_true (strstr (top, "José Álvarez") < second);
  g_assert_true (strstr (top, "<blockquote class=\"speaker-differs\">\n<p class=\"who\"><strong class=\"outlet\">"
                              "The Morning Ledger</strong> — <span class=\"speaker\">Zoë Brennan</span>") < second);
  g_assert_true (strstr (top, "Not in: The Harbour Gazette") < second);

  /* Nothing is left beside it: the temporary file was renamed. */
  {
    g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);

    g_assert_cmpstr (g_dir_read_name (listing), ==, "report.html");
    g_assert_null (g_dir_read_name (listing));
  }

  nd_test_remove_tree (dir);
}

static void
test_export_to_folder (void)
{
  g_autofree char *dir = nd_test_make_temp_dir ();
  g_autofree char *option = g_strdup_printf ("--output=%s", dir);
  g_auto(NdTestCliRun) run = { 0 };

  nd_test_write_file (dir, "kept.txt", "kept", -1);
  nd_test_run_cli (&run, "export", "--statements", "--format=md", "--sample", option, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_true (g_str_has_prefix (run.err, "newsdesk-cli: "));
  g_assert_true (g_file_test (dir, G_FILE_TEST_IS_DIR));

  {
    g_autofree char *kept = g_build_filename (dir, "kept.txt", NULL);
    g_autofree char *contents = NULL;

    g_assert_true (g_file_get_contents (kept, &contents, NULL, NULL));
    g_assert_cmpstr (contents, ==, "kept");
  }

  nd_test_remove_tree (dir);
}

static void
test_export_markdown_and_csv (void)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_auto(NdTestCliRun) md = { 0 };
  g_auto(NdTestCliRun) csv = { 0 };
  g_auto(NdTestCliRun) json = { 0 };
  g_autofree char *before = dup_today ();
  g_autofree char *after = NULL;
  JsonArray *statements;
  guint n_versions = 0;

  nd_test_run_cli (&md, "export", "--statements", "--format=md", "--sample", NULL);
  after = dup_today ();
  g_assert_cmpint (md.status, ==, 0);
  g_assert_true (g_str_has_prefix (md.out, "# Coverage Report\n\n"));
  assert_header (md.out, before, after);
  g_assert_nonnull (strstr (md.out, "\n## 1. Speakers differ · 3 outlets\n\n"
                                    "> **Coastline Radio News** — José Álvarez\n"));
  g_assert_nonnull (strstr (md.out, "> **The Morning Ledger** — Zoë Brennan *(speaker differs)*\n>\n"
                                    "> “We are not against a barrier. We are against this barrier,”\n"));
  g_assert_cmpuint (count_occurrences (md.out, "\n## "), ==, 4);

  /* One row per version of the statements that statements --json lists. */
  nd_test_run_cli (&csv, "export", "--statements", "--format=csv", "--sample", NULL);
  nd_test_run_cli (&json, "statements", "--json", "--sample", NULL);
  g_assert_cmpint (csv.status, ==, 0);
  statements = parse_array (parser, json.out);
  for (guint s = 0; s < json_array_get_length (statements); s++)
    n_versions += json_array_get_length (json_object_get_array_member (json_array_get_object_element (statements, s),
                                                                       "versions"));
  g_assert_true (g_str_has_prefix (csv.out, "statement,verdict,outlets,source,speaker,speaker_differs,text,"
                                            "differences,article,url,start,end\r\n"));
  g_assert_cmpuint (count_occurrences (csv.out, "\r\n"), ==, n_versions + 1);
  g_assert_nonnull (strstr (csv.out, ",differ,3,The Morning Ledger,Zoë Brennan,true,"));
}

/* Articles made to break a report: markup in an outlet's name and a headline, a
 * javascript: URL, and a formula and markup characters in a statement that two outlets
 * share, credited to different people. (A body with tags would be read as HTML.) */
static const char hostile_story[] =
  "[{\"id\": \"h1\", \"title\": \"<script>alert(1)</script>\", \"source\": \"<i>Outlet</i> One\","
  "  \"url\": \"javascript:alert(1)\","
  "  \"body\": \"Ann Lee said: \\u201c=cmd|' /C calc'!A0 & 1 < 2 is what we will never accept.\\u201d\"},"
  " {\"id\": \"h2\", \"title\": \"Plain\", \"source\": \"Outlet Two\", \"url\": \"https://two.example/h2\","
  "  \"body\": \"Bo Kim said: \\u201c=cmd|' /C calc'!A0 & 1 < 2 is what we will not accept.\\u201d\"}]";

static void
test_export_hostile (void)
{
  g_autofree char *dir = nd_test_make_temp_dir ();
  g_autofree char *story = g_build_filename (dir, "story.json", NULL);
  g_auto(NdTestCliRun) html = { 0 };
  g_auto(NdTestCliRun) csv = { 0 };
  g_auto(NdTestCliRun) md = { 0 };

  nd_test_write_file (dir, "story.json", hostile_story, -1);

  nd_test_run_cli (&html, "export", "--statements", "--format=html", story, NULL);
  g_assert_cmpstr (html.err, ==, "");
  g_assert_cmpint (html.status, ==, 0);
  g_assert_null (strstr (html.out, "<script"));
  g_assert_null (strstr (html.out, "<i>"));
  g_assert_null (strstr (html.out, "javascript:"));
  g_assert_nonnull (strstr (html.out, "<strong class=\"outlet\">&lt;i&gt;Outlet&lt;/i&gt; One</strong>"));
  g_assert_nonnull (strstr (html.out, "<p class=\"article\">&lt;script&gt;alert(1)&lt;/script&gt;</p>"));
  g_assert_nonnull (strstr (html.out, "“=cmd|' /C calc'!A0 &amp; 1 &lt; 2 is what we will <mark>not</mark> accept.”"));
  g_assert_nonnull (strstr (html.out, "<a href=\"https://two.example/h2\">Plain</a>"));
  g_assert_cmpuint (count_occurrences (html.out, "<a "), ==, 1);
  g_assert_nonnull (strstr (html.out, "<span class=\"badge differ\">Speakers differ</span>"));

  nd_test_run_cli (&csv, "export", "--statements", "--format=csv", story, NULL);
  g_assert_cmpint (csv.status, ==, 0);
  g_assert_nonnull (strstr (csv.out, ",Bo Kim,true,'=cmd|' /C calc'!A0 & 1 < 2 is what we will not accept.,not,h2,"));
  g_assert_null (strstr (csv.out, ",=cmd"));

  nd_test_run_cli (&md, "export", "--statements", "--format=md", story, NULL);
  g_assert_cmpint (md.status, ==, 0);
  g_assert_nonnull (strstr (md.out, "> **\\<i\\>Outlet\\</i\\> One** — Ann Lee"));
  g_assert_nonnull (strstr (md.out, "> “=cmd\\|' /C calc'\\!A0 \\& 1 \\< 2 is what we will **not** accept.”\n"));
  g_assert_nonnull (strstr (md.out, "> \\<script\\>alert(1)\\</script\\>\n"));
  g_assert_null (strstr (md.out, "javascript:"));

  nd_test_remove_tree (dir);
}

/* An article that names no outlet still has its quotations compared; it is no outlet of
 * its own, so none is missing for it. (The grouper once hashed its NULL source.) */
static void
test_article_without_source (void)
{
  g_autofree char *dir = nd_test_make_temp_dir ();
  g_autofree char *story = g_build_filename (dir, "story.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_auto(NdTestCliRun) run = { 0 };
  g_auto(NdTestCliRun) html = { 0 };
  JsonArray *statements;
  JsonObject *statement;

  nd_test_write_file (dir, "story.json",
                      "[{\"id\": \"n1\", \"title\": \"No outlet\", \"body\": \"\\u201cWe will build "
                      "the barrier this year,\\u201d Ann Lee said.\"},"
                      " {\"id\": \"n2\", \"title\": \"Two\", \"source\": \"Outlet Two\", \"body\": "
                      "\"\\u201cWe will build the barrier this year,\\u201d Ann Lee said.\"}]", -1);

  nd_test_run_cli (&run, "statements", "--json", "--all", story, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  statements = parse_array (parser, run.out);
  g_assert_cmpuint (json_array_get_length (statements), ==, 1);
  statement = json_array_get_object_element (statements, 0);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (statement, "versions")), ==, 2);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (statement, "missing")), ==, 0);

  nd_test_run_cli (&html, "export", "--statements", "--all", "--format=html", story, NULL);
  g_assert_cmpint (html.status, ==, 0);
  g_assert_nonnull (strstr (html.out, "<strong class=\"outlet\">Unknown source</strong> — <span class=\"speaker\">Ann Lee</span>"));

  nd_test_remove_tree (dir);
}

static void
test_export_usage_errors (void)
{
  const char *cases[][6] = {
    { "export", "--statements", "--sample", NULL },
    { "export", "--statements", "--format=txt", "--sample", NULL },
    { "export", "--statements", "--format=json", "--sample", NULL },
    { "export", "--statements", "--format=md", "--article=x", "--sample", NULL },
    { "export", "--statements", "--format=md", "--speaker=marsh", "--sample", NULL },
    { "export", "--all", "--format=md", "--sample", NULL },
    { "export", "--format=html", "--sample", NULL },
    { "export", "--statements", "--format=html", NULL },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(NdTestCliRun) run = { 0 };

      nd_test_run_cli (&run, cases[i][0], cases[i][1], cases[i][2], cases[i][3], cases[i][4], cases[i][5],
                       NULL);
      g_assert_cmpint (run.status, ==, 1);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_true (g_str_has_prefix (run.err, "newsdesk-cli: "));
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/nd/cli-statements/text", test_statements_text);
  g_test_add_func ("/nd/cli-statements/json", test_statements_json);
  g_test_add_func ("/nd/cli-statements/export-html-to-file", test_export_html_to_file);
  g_test_add_func ("/nd/cli-statements/export-to-folder", test_export_to_folder);
  g_test_add_func ("/nd/cli-statements/export-markdown-and-csv", test_export_markdown_and_csv);
  g_test_add_func ("/nd/cli-statements/export-hostile", test_export_hostile);
  g_test_add_func ("/nd/cli-statements/article-without-source", test_article_without_source);
  g_test_add_func ("/nd/cli-statements/export-usage-errors", test_export_usage_errors);

  return g_test_run ();
}

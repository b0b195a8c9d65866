/* test-sanitize.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Issue #12: the nd_sanitize_*() functions, and exports of hostile quotes
 * (tests/data/hostile/inject-export.json): CSV cells that a spreadsheet would run as
 * formulas start with a single quote, and only http and https URLs become link targets in
 * Markdown, BibTeX and CSL-JSON. */

#include "config.h"

#include <json-glib/json-glib.h>

#include "quotes/nd-quote-export-private.h"
#include "util/nd-sanitize.h"
#include "nd-test-utils.h"

static GPtrArray *
load_hostile_quotes (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "hostile",
                                                 "inject-export.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  GPtrArray *quotes = g_ptr_array_new_with_free_func (g_object_unref);
  JsonArray *array;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  array = json_node_get_array (json_parser_get_root (parser));

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      NdQuote *quote = nd_quote_new_from_json (json_array_get_element (array, i), &error);

      g_assert_no_error (error);
      g_ptr_array_add (quotes, quote);
    }

  return quotes;
}

/* nd_sanitize_*() on their own */

static void
test_terminal (void)
{
  struct {
    const char *in;
    const char *out;
  } cases[] = {
    { "plain — text\\", "plain — text\\" },
    { "\x1b[2Jcleared", "\\x1b[2Jcleared" },
    { "\x1b]8;;https://evil.example/\x07link\x1b]8;;\x07", "\\x1b]8;;https://evil.example/\\x07link\\x1b]8;;\\x07" },
    { "a\tb\nc\rd\x7f" "e\x01", "a\\tb\\nc\\rd\\x7fe\\x01" },
    { "csi\xc2\x9b" "1m", "csi\\u009b1m" },
    { "rlo\xe2\x80\xae" "txt.exe\xe2\x81\xa9", "rlo\\u202etxt.exe\\u2069" },
    { "caf\xe9", "caf\xef\xbf\xbd" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = nd_sanitize_terminal (cases[i].in);

      g_assert_cmpstr (out, ==, cases[i].out);
    }
}

static void
test_filename (void)
{
  g_autofree char *newline = nd_sanitize_filename ("/tmp/bad\nname.json");
  g_autofree char *latin1 = nd_sanitize_filename ("/tmp/caf\xe9\x1b.json");

  g_assert_cmpstr (newline, ==, "/tmp/bad\\nname.json");
  g_assert_cmpstr (latin1, ==, "/tmp/caf\xef\xbf\xbd\\x1b.json");
}

static void
test_json_output (void)
{
  g_autofree char *out = nd_sanitize_json_output ("[\"\xc2\x9b\", \"\xe2\x80\xae\", \"\xff\", \"é—\"]\n");

  g_assert_cmpstr (out, ==, "[\"\\u009b\", \"\\u202e\", \"\\ufffd\", \"é—\"]\n");
}

/* One character for one, so that offsets into the body still hold. */
static void
test_display (void)
{
  const char *in = "Tab\there.\n\nThe \xe2\x80\xae" "evil\xe2\x80\xac barrier \xe2\x81\xa6x\xe2\x81\xa9 \x1b[0m";
  g_autofree char *out = nd_sanitize_display (in);

  g_assert_cmpstr (out, ==, "Tab\there.\n\nThe \xef\xbf\xbd" "evil\xef\xbf\xbd barrier "
                            "\xef\xbf\xbdx\xef\xbf\xbd \xef\xbf\xbd[0m");
  g_assert_cmpint (g_utf8_strlen (out, -1), ==, g_utf8_strlen (in, -1));
}

static void
test_display_url (void)
{
  g_autofree char *path = nd_test_repeat ("a", 100000);
  g_autofree char *long_url = g_strconcat ("https://gazette.example/", path, "/end", NULL);
  g_autofree char *shown = nd_sanitize_display_url (long_url);
  g_autofree char *short_shown = nd_sanitize_display_url ("https://gazette.example/1\n");

  g_assert_cmpint (g_utf8_strlen (shown, -1), ==, ND_SANITIZE_MAX_SHOWN_URL);
  g_assert_cmpstr (shown, ==, "https://gazette.example/aaaaaaaaaaaaaaaaaaa"
                              "…aaaaaaaaaaaaaaaa/end");
  g_assert_cmpstr (short_shown, ==, "https://gazette.example/1\xef\xbf\xbd");
}

static void
test_is_link_url (void)
{
  g_autofree char *path = nd_test_repeat ("a", ND_SANITIZE_MAX_LINK_LENGTH);
  g_autofree char *too_long = g_strconcat ("https://x/", path, NULL);
  g_autofree char *longest = g_strndup (too_long, ND_SANITIZE_MAX_LINK_LENGTH);

  g_assert_true (nd_sanitize_is_link_url ("https://gazette.example/1"));
  g_assert_true (nd_sanitize_is_link_url ("http://gazette.example/1"));
  g_assert_true (nd_sanitize_is_link_url ("HTTPS://gazette.example/1"));
  g_assert_true (nd_sanitize_is_link_url (longest));
  g_assert_false (nd_sanitize_is_link_url (too_long));
  g_assert_false (nd_sanitize_is_link_url (NULL));
  g_assert_false (nd_sanitize_is_link_url (""));
  g_assert_false (nd_sanitize_is_link_url ("javascript:alert(1)"));
  g_assert_false (nd_sanitize_is_link_url ("JavaScript:alert(1)"));
  g_assert_false (nd_sanitize_is_link_url (" https://gazette.example/1"));
  g_assert_false (nd_sanitize_is_link_url ("data:text/html,x"));
  g_assert_false (nd_sanitize_is_link_url ("file:///etc/passwd"));
  g_assert_false (nd_sanitize_is_link_url ("mailto:a@example.com"));
  g_assert_false (nd_sanitize_is_link_url ("gazette.example/1"));
}

/* Exports of tests/data/hostile/inject-export.json */

static void
test_csv_formulas (void)
{
  g_autoptr(GPtrArray) quotes = load_hostile_quotes ();
  g_autofree char *csv = nd_quote_export_csv (quotes);

  g_assert_cmpstr (csv, ==,
    "text,speaker,note,article,title,source,authors,date,url,start,end\r\n"
    "\"'=HYPERLINK(\"\"https://evil.example/\"\",\"\"Click\"\")\",\"'+SUM(1,2)\",'-2+3,'@cmd,"
    "Tabbed,Returned,'=Ann Writer,2026-03-04,javascript:alert(document.cookie),1,2\r\n"
    "\"Plain words, -not a formula inside\",,,data-1,Data link,The Gazette,,,"
    "\"data:text/html,<script>alert(1)</script>\",0,5\r\n"
    "\"'\r@SUM(A1) returned\",Ann Writer,,web-1,Web link,The Gazette,,,"
    "HTTPS://gazette.example/1,0,5\r\n"
    "'\t=1+1 tabbed,,,file-1,,,,,file:///etc/passwd,0,5\r\n");
}

static void
test_markdown_links (void)
{
  g_autoptr(GPtrArray) quotes = load_hostile_quotes ();
  g_autofree char *markdown = nd_quote_export_markdown (quotes);

  g_assert_cmpstr (markdown, ==,
    "> \\=HYPERLINK(\"https://evil.example/\",\"Click\")\n"
    ">\n"
    "> — \\+SUM(1,2), Tabbed, Returned, 2026-03-04\n"
    "\n"
    "Note: \\-2+3\n"
    "\n"
    "> Plain words, -not a formula inside\n"
    ">\n"
    "> — Data link, The Gazette\n"
    "\n"
    "> \\@SUM(A1) returned\n"
    ">\n"
    "> — Ann Writer, [Web link](HTTPS://gazette.example/1), The Gazette\n"
    "\n"
    "> \\=1+1 tabbed\n"
    ">\n"
    "> —\n");
}

static void
test_bibtex_links (void)
{
  g_autoptr(GPtrArray) quotes = load_hostile_quotes ();
  g_autofree char *bibtex = nd_quote_export_bibtex (quotes);

  g_assert_cmpstr (bibtex, ==,
    "@article{annwriter2026tabbed,\n"
    "  author = {{=Ann Writer}},\n"
    "  title = {{Tabbed}},\n"
    "  journal = {Returned},\n"
    "  year = {2026},\n"
    "  month = {3},\n"
    "  day = {4},\n"
    "  note = {“=HYPERLINK(\"https://evil.example/\",\"Click\")” — +SUM(1,2) (-2+3)},\n"
    "  entrysubtype = {newspaper}\n"
    "}\n"
    "\n"
    "@article{thegazettedata,\n"
    "  title = {{Data link}},\n"
    "  journal = {The Gazette},\n"
    "  note = {“Plain words, -not a formula inside”},\n"
    "  entrysubtype = {newspaper}\n"
    "}\n"
    "\n"
    "@article{thegazettelink,\n"
    "  title = {{Web link}},\n"
    "  journal = {The Gazette},\n"
    "  url = {HTTPS://gazette.example/1},\n"
    "  note = {“ @SUM(A1) returned” — Ann Writer},\n"
    "  entrysubtype = {newspaper}\n"
    "}\n"
    "\n"
    "@article{article,\n"
    "  note = {“ =1+1 tabbed”},\n"
    "  entrysubtype = {newspaper}\n"
    "}\n");
}

static void
test_csl_json_links (void)
{
  g_autoptr(GPtrArray) quotes = load_hostile_quotes ();
  g_autofree char *csl = nd_quote_export_csl_json (quotes);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  const char *expected_urls[] = { NULL, NULL, "HTTPS://gazette.example/1", NULL };
  JsonArray *items;

  json_parser_load_from_data (parser, csl, -1, &error);
  g_assert_no_error (error);
  items = json_node_get_array (json_parser_get_root (parser));
  g_assert_cmpuint (json_array_get_length (items), ==, G_N_ELEMENTS (expected_urls));

  for (guint i = 0; i < G_N_ELEMENTS (expected_urls); i++)
    {
      JsonObject *item = json_array_get_object_element (items, i);

      g_assert_cmpstr (json_object_get_string_member_with_default (item, "URL", NULL), ==,
                       expected_urls[i]);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/nd/sanitize/terminal", test_terminal);
  g_test_add_func ("/nd/sanitize/filename", test_filename);
  g_test_add_func ("/nd/sanitize/json-output", test_json_output);
  g_test_add_func ("/nd/sanitize/display", test_display);
  g_test_add_func ("/nd/sanitize/display-url", test_display_url);
  g_test_add_func ("/nd/sanitize/is-link-url", test_is_link_url);
  g_test_add_func ("/nd/export-safety/csv-formulas", test_csv_formulas);
  g_test_add_func ("/nd/export-safety/markdown-links", test_markdown_links);
  g_test_add_func ("/nd/export-safety/bibtex-links", test_bibtex_links);
  g_test_add_func ("/nd/export-safety/csl-json-links", test_csl_json_links);

  return g_test_run ();
}

/* test-statement-export.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The coverage report of statements (nd-statement-export.c) on two statements made by
 * hand: one whose outlets credit different people and word it differently, and one that
 * a single outlet carries, with text made to break spreadsheets, Markdown and HTML.
 * Markdown and CSV are compared with output written by hand; the HTML page is parsed
 * (it is well-formed XML) and its structure checked. */

#include "config.h"

#include <string.h>

#include "compare/nd-statement-export.h"
#include "compare/nd-statement-private.h"
#include "model/nd-article-private.h"

static NdArticle *
article_new (const char *id,
             const char *source,
             const char *title,
             const char *url,
             GDateTime  *published,
             gboolean    published_is_date,
             const char *body)
{
  NdArticleFields fields = { 0 };

  fields.id = g_strdup (id);
  fields.source = g_strdup (source);
  fields.title = g_strdup (title);
  fields.url = g_strdup (url);
  fields.published = published != NULL ? g_date_time_ref (published) : NULL;
  fields.published_is_date = published_is_date;
  fields.body = g_strdup (body);
  fields.file = g_strdup ("test.json");

  return _nd_article_new_take (&fields);
}

/* Character offset of @part in @text, which holds it. */
static guint
char_offset (const char *text,
             const char *part)
{
  const char *found = strstr (text, part);

  g_assert_nonnull (found);
  return g_utf8_pointer_to_offset (text, found);
}

/* A version of @article's quotation @text, with @differing (NULL-terminated) as the
 * words that the fullest version words otherwise. */
static NdStatementVersion *
version_new (NdArticle          *article,
             const char         *text,
             const char         *speaker,
             const char * const *differing,
             gboolean            speaker_differs)
{
  const char *body = nd_article_get_body (article);
  guint start = char_offset (body, text);
  NdStatementVersion *version = _nd_statement_version_new (article, start,
                                                           start + g_utf8_strlen (text, -1),
                                                           text, speaker);

  for (guint i = 0; differing != NULL && differing[i] != NULL; i++)
    {
      NdTextRange range;

      range.start = start + char_offset (text, differing[i]);
      range.end = range.start + g_utf8_strlen (differing[i], -1);
      g_array_append_val (version->differences, range);
    }
  version->speaker_differs = speaker_differs;

  return version;
}

static NdStatement *
statement_new (NdStatementVersion **versions,
               guint                n_versions,
               guint                fullest,
               const char * const  *missing,
               gboolean             speakers_differ)
{
  GPtrArray *array = g_ptr_array_new_with_free_func ((GDestroyNotify)_nd_statement_version_free);

  for (guint i = 0; i < n_versions; i++)
    g_ptr_array_add (array, versions[i]);

  return _nd_statement_new (array, fullest, g_strdupv ((char **)missing), speakers_differ);
}

/* Statement 1: Coast Radio has Elena Marsh say "not", the fullest version (Gazette, with
 * markup in its name, title and words, and a javascript: URL) has Tom Reed say "never";
 * Valley News leaves it out. Statement 2: Valley News alone, no speaker, a formula and a
 * Markdown link to javascript: in the quotation. */
static GPtrArray *
make_statements (void)
{
  g_autoptr(GDateTime) march_10 = g_date_time_new_utc (2026, 3, 10, 0, 0, 0);
  g_autoptr(GTimeZone) plus_one = g_time_zone_new_offset (3600);
  g_autoptr(GDateTime) march_11 = g_date_time_new (plus_one, 2026, 3, 11, 9, 30, 0);
  g_autoptr(NdArticle) radio = article_new ("a1", "Coast Radio", "Council *backs* barrier",
                                            "https://radio.example/a?x=1&y=(2)", march_10, TRUE,
                                            "“We will not back down on the barrier,” Marsh said.\n");
  g_autoptr(NdArticle) gazette = article_new ("b1", "Gazette <b>&</b>",
                                              "Barrier <script>alert(1)</script>",
                                              "javascript:alert(1)", NULL, FALSE,
                                              "Tom Reed said: “We will never back down on the "
                                              "barrier <script>alert(1)</script>.”");
  g_autoptr(NdArticle) valley = article_new ("c1", "Valley News", NULL, "http://valley.example/c",
                                             march_11, FALSE,
                                             "On the wall: “=cmd|' /C calc'!A0, and "
                                             "[click](javascript:alert(1))”");
  static const char * const not[] = { "not", NULL };
  static const char * const valley_news[] = { "Valley News", NULL };
  static const char * const nobody[] = { NULL };
  NdStatementVersion *first[] = {
    version_new (radio, "We will not back down on the barrier,", "Elena Marsh", not, FALSE),
    version_new (gazette, "We will never back down on the barrier <script>alert(1)</script>.",
                 "Tom Reed", NULL, TRUE),
  };
  NdStatementVersion *second[] = {
    version_new (valley, "=cmd|' /C calc'!A0, and [click](javascript:alert(1))", NULL, NULL, FALSE),
  };
  GPtrArray *statements = g_ptr_array_new_with_free_func (g_object_unref);

  g_ptr_array_add (statements, statement_new (first, G_N_ELEMENTS (first), 1, valley_news, TRUE));
  g_ptr_array_add (statements, statement_new (second, G_N_ELEMENTS (second), 0, nobody, FALSE));

  return statements;
}

static char *
export (NdStatementFormat  format,
        GPtrArray         *statements,
        gboolean           with_date)
{
  g_autoptr(GDateTime) date = g_date_time_new_utc (2026, 3, 12, 10, 0, 0);
  NdStatementReport report = { 3, 3, TRUE, with_date ? date : NULL };

  return nd_statement_export (format, statements, &report);
}

static void
test_made_by_hand (void)
{
  g_autoptr(GPtrArray) statements = make_statements ();
  NdStatement *first = g_ptr_array_index (statements, 0);
  NdStatement *second = g_ptr_array_index (statements, 1);

  g_assert_cmpint (nd_statement_get_verdict (first), ==, ND_STATEMENT_VERDICT_DIFFER);
  g_assert_true (nd_statement_get_wording_differs (first));
  g_assert_cmpuint (nd_statement_get_n_outlets (first), ==, 2);
  g_assert_cmpint (nd_statement_get_verdict (second), ==, ND_STATEMENT_VERDICT_UNKNOWN);
  g_assert_false (nd_statement_get_wording_differs (second));
  g_assert_cmpuint (nd_statement_get_version (first, 0)->start, ==, 1);
  g_assert_cmpuint (nd_statement_get_version (first, 0)->end, ==, 38);
}

static void
test_format_names (void)
{
  NdStatementFormat format = ND_STATEMENT_N_FORMATS;

  g_assert_true (nd_statement_format_from_name ("md", &format));
  g_assert_cmpint (format, ==, ND_STATEMENT_FORMAT_MARKDOWN);
  g_assert_true (nd_statement_format_from_name ("csv", &format));
  g_assert_cmpint (format, ==, ND_STATEMENT_FORMAT_CSV);
  g_assert_true (nd_statement_format_from_name ("html", &format));
  g_assert_cmpint (format, ==, ND_STATEMENT_FORMAT_HTML);
  g_assert_false (nd_statement_format_from_name ("txt", &format));
  g_assert_false (nd_statement_format_from_name ("HTML", &format));
  g_assert_false (nd_statement_format_from_name (NULL, &format));
}

/* Differing words in bold, the speaker that differs flagged, every Markdown character
 * from the articles escaped, the javascript: URL not a link. */
static void
test_markdown (void)
{
  g_autoptr(GPtrArray) statements = make_statements ();
  g_autofree char *markdown = export (ND_STATEMENT_FORMAT_MARKDOWN, statements, TRUE);

  g_assert_cmpstr (markdown, ==,
                   "# Coverage Report\n"
                   "\n"
                   "Compared 3 articles from 3 outlets on 2026-03-12.\n"
                   "2 statements · speakers differ in 1.\n"
                   "\n"
                   "Words that differ from the fullest version are in bold.\n"
                   "\n"
                   "## 1. Speakers differ · Wording differs · 2 outlets\n"
                   "\n"
                   "> **Coast Radio** — Elena Marsh\n"
                   ">\n"
                   "> “We will **not** back down on the barrier,”\n"
                   ">\n"
                   "> [Council \\*backs\\* barrier](https://radio.example/a?x=1&y=%282%29), 2026-03-10\n"
                   "\n"
                   "> **Gazette \\<b\\>\\&\\</b\\>** — Tom Reed *(speaker differs)*\n"
                   ">\n"
                   "> “We will never back down on the barrier \\<script\\>alert(1)\\</script\\>.”\n"
                   ">\n"
                   "> Barrier \\<script\\>alert(1)\\</script\\>\n"
                   "\n"
                   "Not in: Valley News\n"
                   "\n"
                   "## 2. No speaker named · 1 outlet\n"
                   "\n"
                   "> **Valley News** — unknown\n"
                   ">\n"
                   "> “=cmd\\|' /C calc'\\!A0, and \\[click\\](javascript:alert(1))”\n"
                   ">\n"
                   "> [http://valley.example/c](http://valley.example/c), 2026-03-11\n");
}

static void
test_markdown_empty (void)
{
  g_autoptr(GPtrArray) none = g_ptr_array_new ();
  g_autoptr(GDateTime) date = g_date_time_new_utc (2026, 3, 12, 10, 0, 0);
  NdStatementReport shared = { 1, 1, FALSE, date };
  g_autofree char *markdown = nd_statement_export (ND_STATEMENT_FORMAT_MARKDOWN, none, &shared);
  g_autofree char *undated = export (ND_STATEMENT_FORMAT_MARKDOWN, none, FALSE);

  g_assert_cmpstr (markdown, ==,
                   "# Coverage Report\n"
                   "\n"
                   "Compared 1 article from 1 outlet on 2026-03-12.\n"
                   "0 statements shared by two or more outlets.\n"
                   "\n"
                   "No statement is quoted by two or more outlets in these articles.\n");
  g_assert_cmpstr (undated, ==,
                   "# Coverage Report\n"
                   "\n"
                   "Compared 3 articles from 3 outlets.\n"
                   "0 statements.\n"
                   "\n"
                   "No statement is quoted in these articles.\n");
}

/* One row per version; the formula gets its quote, commas and quotes are quoted, no
 * speaker is an empty field. */
static void
test_csv (void)
{
  g_autoptr(GPtrArray) statements = make_statements ();
  g_autofree char *csv = export (ND_STATEMENT_FORMAT_CSV, statements, TRUE);
  const char *first = nd_statement_get_id (g_ptr_array_index (statements, 0));
  const char *second = nd_statement_get_id (g_ptr_array_index (statements, 1));
  g_autofree char *expected =
    g_strdup_printf ("statement,verdict,outlets,source,speaker,speaker_differs,text,differences,"
                     "article,url,start,end\r\n"
                     "%s,differ,2,Coast Radio,Elena Marsh,false,"
                     "\"We will not back down on the barrier,\",not,a1,"
                     "https://radio.example/a?x=1&y=(2),1,38\r\n"
                     "%s,differ,2,Gazette <b>&</b>,Tom Reed,true,"
                     "We will never back down on the barrier <script>alert(1)</script>.,,b1,"
                     "javascript:alert(1),16,81\r\n"
                     "%s,unknown,1,Valley News,,false,"
                     "\"'=cmd|' /C calc'!A0, and [click](javascript:alert(1))\",,c1,"
                     "http://valley.example/c,14,66\r\n",
                     first, first, second);

  g_assert_cmpuint (strlen (first), ==, 12);
  g_assert_cmpstr (csv, ==, expected);
}

/* HTML: walked with GMarkup, which fails on anything not well-formed. */

typedef struct
{
  GString   *path;        /* the open elements, "html/body/main/…" */
  GString   *text;        /* all text, decoded */
  GString   *style;
  GString   *header;
  GPtrArray *marks;       /* the text of each <mark> */
  GPtrArray *links;       /* each <a>'s href */
  GPtrArray *flagged;     /* the text of each blockquote.speaker-differs */
  GString   *mark;
  GString   *quote;
  gboolean   in_mark;
  gboolean   in_flagged;
  guint      n_sections;
  guint      n_blockquotes;
  gboolean   has_charset;
  gboolean   has_print_media;
} Page;

static const char *
get_attribute (const char **names,
               const char **values,
               const char  *name)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_equal (names[i], name))
      return values[i];

  return NULL;
}

static void
page_start (GMarkupParseContext  *context,
            const char           *element,
            const char          **names,
            const char          **values,
            gpointer              data,
            GError              **error)
{
  static const char * const forbidden[] = {
    "script", "link", "iframe", "img", "object", "embed", "base", "form", "frame", "svg",
    "video", "audio", "source", "input", "button",
  };
  Page *page = data;
  const char *class = get_attribute (names, values, "class");

  for (gsize i = 0; i < G_N_ELEMENTS (forbidden); i++)
    g_assert_cmpstr (element, !=, forbidden[i]);
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_assert_false (g_str_has_prefix (names[i], "on"));
      g_assert_cmpstr (names[i], !=, "style");
      g_assert_cmpstr (names[i], !=, "src");
    }

  if (page->path->len > 0)
    g_string_append_c (page->path, '/');
  g_string_append (page->path, element);

  if (g_str_equal (element, "meta") && get_attribute (names, values, "charset") != NULL)
    page->has_charset = g_str_equal (get_attribute (names, values, "charset"), "utf-8");
  if (g_str_equal (element, "a"))
    g_ptr_array_add (page->links, g_strdup (get_attribute (names, values, "href")));
  if (g_str_equal (element, "mark"))
    {
      g_assert_false (page->in_mark);
      page->in_mark = TRUE;
      g_string_truncate (page->mark, 0);
    }
  if (g_str_equal (element, "section") && g_strcmp0 (class, "statement") == 0)
    page->n_sections++;
  if (g_str_equal (element, "blockquote"))
    {
      page->n_blockquotes++;
      page->in_flagged = g_strcmp0 (class, "speaker-differs") == 0;
      g_string_truncate (page->quote, 0);
    }
}

static void
page_end (GMarkupParseContext  *context,
          const char           *element,
          gpointer              data,
          GError              **error)
{
  Page *page = data;
  char *slash = strrchr (page->path->str, '/');

  if (g_str_equal (element, "mark"))
    {
      g_ptr_array_add (page->marks, g_strdup (page->mark->str));
      page->in_mark = FALSE;
    }
  if (g_str_equal (element, "blockquote") && page->in_flagged)
    g_ptr_array_add (page->flagged, g_strdup (page->quote->str));

  g_string_truncate (page->path, slash != NULL ? (gsize)(slash - page->path->str) : 0);
}

static void
page_text (GMarkupParseContext  *context,
           const char           *text,
           gsize                 length,
           gpointer              data,
           GError              **error)
{
  Page *page = data;

  g_string_append_len (page->text, text, length);
  if (page->in_mark)
    g_string_append_len (page->mark, text, length);
  if (strstr (page->path->str, "blockquote") != NULL)
    g_string_append_len (page->quote, text, length);
  if (g_str_equal (page->path->str, "html/head/style"))
    g_string_append_len (page->style, text, length);
  if (g_str_has_prefix (page->path->str, "html/body/header"))
    g_string_append_len (page->header, text, length);
}

static void
parse_page (const char *html,
            Page       *page)
{
  static const GMarkupParser parser = { page_start, page_end, page_text, NULL, NULL };
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_str_has_prefix (html, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"));

  context = g_markup_parse_context_new (&parser, 0, page, NULL);
  g_markup_parse_context_parse (context, html, -1, &error);
  g_assert_no_error (error);
  g_markup_parse_context_end_parse (context, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (page->path->str, ==, "");
}

static void
test_html (void)
{
  g_autoptr(GPtrArray) statements = make_statements ();
  g_autofree char *html = export (ND_STATEMENT_FORMAT_HTML, statements, TRUE);
  g_autoptr(GPtrArray) marks = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) links = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) flagged = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) path = g_string_new (NULL);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GString) style = g_string_new (NULL);
  g_autoptr(GString) header = g_string_new (NULL);
  g_autoptr(GString) mark = g_string_new (NULL);
  g_autoptr(GString) quote = g_string_new (NULL);
  Page page = { path, text, style, header, marks, links, flagged, mark, quote };

  parse_page (html, &page);

  /* Self-contained: no script anywhere (checked per element), no request from the style,
   * and only the articles' http(s) URLs as links: the javascript: one is not. */
  g_assert_true (page.has_charset);
  g_assert_null (strstr (style->str, "url("));
  g_assert_null (strstr (style->str, "@import"));
  g_assert_cmpuint (links->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (links, 0), ==, "https://radio.example/a?x=1&y=(2)");
  g_assert_cmpstr (g_ptr_array_index (links, 1), ==, "http://valley.example/c");
  g_assert_null (strstr (html, "javascript:alert(1)\""));

  /* Printable: a print stylesheet, statements kept whole on a page, no dark background. */
  g_assert_nonnull (strstr (style->str, "@media print"));
  g_assert_nonnull (strstr (style->str, "break-inside: avoid"));
  g_assert_nonnull (strstr (style->str, "background: #fff"));
  g_assert_null (strstr (style->str, "background: #0"));
  g_assert_null (strstr (style->str, "background: #1"));

  /* The header says what was compared and when. */
  g_assert_nonnull (strstr (header->str, "Coverage Report"));
  g_assert_nonnull (strstr (header->str, "Compared 3 articles from 3 outlets on 2026-03-12."));
  g_assert_nonnull (strstr (header->str, "2 statements · speakers differ in 1."));

  /* The hostile text is there as text, escaped in the source. */
  g_assert_nonnull (strstr (text->str, "We will never back down on the barrier <script>alert(1)</script>."));
  g_assert_nonnull (strstr (text->str, "Gazette <b>&</b>"));
  g_assert_nonnull (strstr (text->str, "“=cmd|' /C calc'!A0, and [click](javascript:alert(1))”"));
  g_assert_nonnull (strstr (html, "barrier &lt;script&gt;alert(1)&lt;/script&gt;."));
  g_assert_nonnull (strstr (html, "Gazette &lt;b&gt;&amp;&lt;/b&gt;"));

  /* Two statements, three versions; the one word that differs marked; Tom Reed's version
   * flagged, in words too. */
  g_assert_cmpuint (page.n_sections, ==, 2);
  g_assert_cmpuint (page.n_blockquotes, ==, 3);
  g_assert_cmpuint (marks->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (marks, 0), ==, "not");
  g_assert_cmpuint (flagged->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (flagged, 0), "Tom Reed"));
  g_assert_nonnull (strstr (g_ptr_array_index (flagged, 0), "(speaker differs)"));
  g_assert_nonnull (strstr (text->str, "Not in: Valley News"));
  g_assert_nonnull (strstr (html, "<span class=\"badge differ\">Speakers differ</span>"));
  g_assert_nonnull (strstr (html, "<span class=\"badge\">Wording differs</span>"));
}

/* The page shows direction overrides as U+FFFD, as the reader does, so that none can
 * reverse the text after it, and percent-encodes what a URL may not hold raw. */
static void
test_html_direction_and_url (void)
{
  g_autoptr(NdArticle) article = article_new ("d1", "Outlet \u202eenO", "Council \u202ebarrier\u202c backs",
                                              "https://x.example/\u202efdp.exe?a=\"b c\"&d=<e>", NULL, FALSE,
                                              "“We said \u202eon\u202c,” she said.");
  NdStatementVersion *versions[] = {
    version_new (article, "We said \u202eon\u202c,", "Ann \u202eLee", NULL, FALSE),
  };
  g_autoptr(GPtrArray) statements = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *html = NULL;

  g_ptr_array_add (statements, statement_new (versions, 1, 0, (const char *[]) { "Other \u202eOutlet", NULL },
                                              FALSE));
  html = export (ND_STATEMENT_FORMAT_HTML, statements, TRUE);

  g_assert_null (strstr (html, "\u202e"));
  g_assert_null (strstr (html, "\u202c"));
  g_assert_nonnull (strstr (html, "<a href=\"https://x.example/%E2%80%AEfdp.exe?a=%22b%20c%22&amp;d=%3Ce%3E\">"
                                  "Council \ufffdbarrier\ufffd backs</a>"));
  g_assert_nonnull (strstr (html, "Outlet \ufffdenO"));
  g_assert_nonnull (strstr (html, "Ann \ufffdLee"));
  g_assert_nonnull (strstr (html, "“We said \ufffdon\ufffd,”"));
  g_assert_nonnull (strstr (html, "Not in: Other \ufffdOutlet"));
}

/* A version whose place does not fit its body, or whose ranges run backwards or past it,
 * is written whole, without marks: no crash, nothing lost. */
static void
test_bad_ranges (void)
{
  g_autoptr(NdArticle) article = article_new ("x", "X", NULL, NULL, NULL, FALSE, "“Short,” she said.");
  NdStatementVersion *past_end = _nd_statement_version_new (article, 1, 400, "Short,", "Ann");
  NdStatementVersion *backwards = _nd_statement_version_new (article, 1, 7, "Short,", "Bo");
  NdTextRange ranges[] = { { 5, 3 }, { 2, 900 }, { 3, 5 }, { 1, 2 } };
  NdStatementVersion *versions[2];
  g_autoptr(GPtrArray) statements = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *markdown = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *html = NULL;

  g_array_append_vals (past_end->differences, ranges, G_N_ELEMENTS (ranges));
  g_array_append_vals (backwards->differences, ranges, G_N_ELEMENTS (ranges));
  versions[0] = past_end;
  versions[1] = backwards;
  g_ptr_array_add (statements, statement_new (versions, 2, 0, (const char *[]) { NULL }, FALSE));

  markdown = export (ND_STATEMENT_FORMAT_MARKDOWN, statements, TRUE);
  csv = export (ND_STATEMENT_FORMAT_CSV, statements, TRUE);
  html = export (ND_STATEMENT_FORMAT_HTML, statements, TRUE);

  g_assert_nonnull (strstr (markdown, "> **X** — Ann\n>\n> “Short,”\n"));
  /* Of the ranges of the second, only 3–5 is in order and inside the quotation. */
  g_assert_nonnull (strstr (markdown, "> **X** — Bo\n>\n> “Sh**or**t,”\n"));
  g_assert_nonnull (strstr (csv, ",Ann,false,\"Short,\",,x,,1,400\r\n"));
  g_assert_nonnull (strstr (html, "“Sh<mark>or</mark>t,”"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/statement-export/made-by-hand", test_made_by_hand);
  g_test_add_func ("/statement-export/format-names", test_format_names);
  g_test_add_func ("/statement-export/markdown", test_markdown);
  g_test_add_func ("/statement-export/markdown-empty", test_markdown_empty);
  g_test_add_func ("/statement-export/csv", test_csv);
  g_test_add_func ("/statement-export/html", test_html);
  g_test_add_func ("/statement-export/html-direction-and-url", test_html_direction_and_url);
  g_test_add_func ("/statement-export/bad-ranges", test_bad_ranges);

  return g_test_run ();
}

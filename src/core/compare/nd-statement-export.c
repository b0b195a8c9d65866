/* nd-statement-export.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A coverage report of statements, as a fact-checker sends it: per statement each outlet's
 * wording and speaker, the words that differ from the fullest version marked, and the
 * outlets that left it out; in Markdown, CSV or a self-contained HTML page. Each format is
 * a pure function from statements to a string, as the quote exporters are; writing the
 * file is the caller's (atomically, with nd_file_replace_contents()).
 *
 * Everything in a statement comes from untrusted articles, so it goes through the same
 * escaping as the quote exports (nd-export-escape.c): Markdown punctuation, CSV quotes and
 * formulas, HTML markup; only http and https URLs become links (nd_sanitize_is_link_url());
 * control characters become U+FFFD (nd_sanitize_export()). */

#define G_LOG_DOMAIN "nd-statement-export"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "compare/nd-statement-export.h"
#include "util/nd-export-escape.h"
#include "util/nd-sanitize.h"

static const char * const format_names[ND_STATEMENT_N_FORMATS] = {
  [ND_STATEMENT_FORMAT_MARKDOWN] = "md",
  [ND_STATEMENT_FORMAT_CSV] = "csv",
  [ND_STATEMENT_FORMAT_HTML] = "html",
};

/**
 * nd_statement_format_from_name:
 * @name: md, csv or html
 *
 * Returns: %TRUE if @name is a format, set in @format
 */
gboolean
nd_statement_format_from_name (const char        *name,
                               NdStatementFormat *format)
{
  g_return_val_if_fail (format != NULL, FALSE);

  for (guint i = 0; name != NULL && i < ND_STATEMENT_N_FORMATS; i++)
    if (g_str_equal (name, format_names[i]))
      {
        *format = (NdStatementFormat)i;
        return TRUE;
      }

  return FALSE;
}

/* What every format shares */

typedef void (*EscapeFunc) (GString    *out,
                            const char *text);

/* Characters @from to @to of @body, escaped. */
static void
append_body_part (GString    *out,
                  const char *body,
                  guint       from,
                  guint       to,
                  EscapeFunc  escape)
{
  g_autofree char *part = NULL;

  if (to <= from)
    return;

  part = g_utf8_substring (body, from, to);
  escape (out, part);
}

/* A differing range between @open and @close; blanks at its ends stay outside, where
 * Markdown's emphasis needs them. */
static void
append_marked_part (GString    *out,
                    const char *body,
                    guint       from,
                    guint       to,
                    EscapeFunc  escape,
                    const char *open,
                    const char *close)
{
  g_autofree char *part = g_utf8_substring (body, from, to);
  const char *start = part;
  const char *end = part + strlen (part);
  g_autofree char *leading = NULL;
  g_autofree char *inner = NULL;

  while (*start != '\0' && g_unichar_isspace (g_utf8_get_char (start)))
    start = g_utf8_next_char (start);
  while (end > start && g_unichar_isspace (g_utf8_get_char (g_utf8_prev_char (end))))
    end = g_utf8_prev_char (end);

  leading = g_strndup (part, start - part);
  escape (out, leading);
  if (end > start)
    {
      inner = g_strndup (start, end - start);
      g_string_append (out, open);
      escape (out, inner);
      g_string_append (out, close);
    }
  escape (out, end);
}

/* Whether the version's place fits its article's body, which the grouper always makes so;
 * a version that does not is written as its text, unmarked. */
static gboolean
fits_body (const NdStatementVersion *version)
{
  const char *body = nd_article_get_body (version->article);

  return body != NULL && version->start <= version->end &&
         (glong)version->end <= g_utf8_strlen (body, -1);
}

/* The version's differing ranges that can be marked: inside the quotation, in order, not
 * overlapping. */
static GArray *
dup_ranges (const NdStatementVersion *version)
{
  GArray *ranges = g_array_new (FALSE, FALSE, sizeof (NdTextRange));
  guint at = version->start;

  if (!fits_body (version))
    return ranges;

  for (guint r = 0; r < version->differences->len; r++)
    {
      const NdTextRange *range = &g_array_index (version->differences, NdTextRange, r);

      if (range->start < at || range->end > version->end || range->end <= range->start)
        continue;
      g_array_append_val (ranges, *range);
      at = range->end;
    }

  return ranges;
}

/* The version as its article's body words it, with the words that differ from the
 * fullest version between @open and @close. */
static void
append_marked_text (GString                  *out,
                    const NdStatementVersion *version,
                    EscapeFunc                escape,
                    const char               *open,
                    const char               *close)
{
  const char *body = nd_article_get_body (version->article);
  g_autoptr(GArray) ranges = NULL;
  guint at = version->start;

  if (!fits_body (version))
    {
      escape (out, version->text);
      return;
    }

  ranges = dup_ranges (version);
  for (guint r = 0; r < ranges->len; r++)
    {
      const NdTextRange *range = &g_array_index (ranges, NdTextRange, r);

      append_body_part (out, body, at, range->start, escape);
      append_marked_part (out, body, range->start, range->end, escape, open, close);
      at = range->end;
    }
  append_body_part (out, body, at, version->end, escape);
}

/* The words that differ, as written, joined by "; ". */
static char *
dup_differing_words (const NdStatementVersion *version)
{
  const char *body = nd_article_get_body (version->article);
  g_autoptr(GArray) ranges = dup_ranges (version);
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (g_free);

  for (guint r = 0; r < ranges->len; r++)
    {
      const NdTextRange *range = &g_array_index (ranges, NdTextRange, r);

      g_ptr_array_add (words, g_utf8_substring (body, range->start, range->end));
    }
  g_ptr_array_add (words, NULL);

  return g_strjoinv ("; ", (char **)words->pdata);
}

/* The outlet's name, or what stands for none. */
static const char *
get_outlet (const NdStatementVersion *version)
{
  const char *source = nd_article_get_source (version->article);

  return source != NULL && *source != '\0' ? source : _("Unknown source");
}

static const char *
get_speaker (const NdStatementVersion *version)
{
  /* Translators: who said a statement when the article does not say */
  return version->speaker != NULL && *version->speaker != '\0' ? version->speaker : _("unknown");
}

/* The article's headline, or NULL for none: an untitled article has an empty one. */
static const char *
get_title (const NdStatementVersion *version)
{
  const char *title = nd_article_get_title (version->article);

  return title != NULL && *title != '\0' ? title : NULL;
}

static char *
dup_day (GDateTime *date)
{
  return date != NULL ? g_date_time_format (date, "%Y-%m-%d") : NULL;
}

/* "Speakers differ · Wording differs · 2 outlets" */
static char *
dup_badges (NdStatement *statement)
{
  GString *badges = g_string_new (NULL);
  guint n_outlets = nd_statement_get_n_outlets (statement);

  switch (nd_statement_get_verdict (statement))
    {
    case ND_STATEMENT_VERDICT_DIFFER:
      g_string_append (badges, _("Speakers differ"));
      break;

    case ND_STATEMENT_VERDICT_AGREE:
      g_string_append (badges, _("Speakers agree"));
      break;

    case ND_STATEMENT_VERDICT_UNKNOWN:
    default:
      g_string_append (badges, _("No speaker named"));
      break;
    }
  if (nd_statement_get_wording_differs (statement))
    g_string_append_printf (badges, " · %s", _("Wording differs"));
  g_string_append (badges, " · ");
  g_string_append_printf (badges, g_dngettext (GETTEXT_PACKAGE, "%u outlet", "%u outlets", n_outlets),
                          n_outlets);

  return g_string_free (badges, FALSE);
}

/* "Compared 3 articles from 2 outlets on 2026-03-12." */
static char *
dup_compared (const NdStatementReport *report)
{
  g_autofree char *articles = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u article", "%u articles",
                                                            report->n_articles),
                                               report->n_articles);
  g_autofree char *outlets = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u outlet", "%u outlets",
                                                           report->n_outlets),
                                              report->n_outlets);
  g_autofree char *day = dup_day (report->date);

  if (day == NULL)
    /* Translators: the first %s is "3 articles", the second "2 outlets" */
    return g_strdup_printf (_("Compared %s from %s."), articles, outlets);

  /* Translators: the first %s is "3 articles", the second "2 outlets", the third the day
   * as YYYY-MM-DD */
  return g_strdup_printf (_("Compared %s from %s on %s."), articles, outlets, day);
}

/* "2 statements shared by two or more outlets · speakers differ in 1" */
static char *
dup_counts (GPtrArray               *statements,
            const NdStatementReport *report)
{
  GString *counts = g_string_new (NULL);
  guint n_differ = 0;

  for (guint i = 0; i < statements->len; i++)
    n_differ += nd_statement_get_verdict (g_ptr_array_index (statements, i)) == ND_STATEMENT_VERDICT_DIFFER;

  if (report->all)
    g_string_append_printf (counts, g_dngettext (GETTEXT_PACKAGE, "%u statement", "%u statements",
                                                 statements->len),
                            statements->len);
  else
    g_string_append_printf (counts, g_dngettext (GETTEXT_PACKAGE,
                                                 "%u statement shared by two or more outlets",
                                                 "%u statements shared by two or more outlets",
                                                 statements->len),
                            statements->len);
  if (n_differ > 0)
    {
      g_string_append (counts, " · ");
      g_string_append_printf (counts, g_dngettext (GETTEXT_PACKAGE, "speakers differ in %u",
                                                   "speakers differ in %u", n_differ),
                              n_differ);
    }

  return g_string_free (counts, FALSE);
}

static const char *
get_none_message (const NdStatementReport *report)
{
  return report->all ? _("No statement is quoted in these articles")
                     : _("No statement is quoted by two or more outlets in these articles");
}

static char *
dup_missing (NdStatement *statement,
             EscapeFunc   escape)
{
  const char * const *missing = nd_statement_get_missing (statement);
  g_autoptr(GString) joined = g_string_new (NULL);

  if (missing == NULL || missing[0] == NULL)
    return NULL;

  for (guint m = 0; missing[m] != NULL; m++)
    {
      if (m > 0)
        g_string_append (joined, ", ");
      escape (joined, missing[m]);
    }

  /* Translators: followed by the outlets that do not carry a statement */
  return g_strdup_printf (_("Not in: %s"), joined->str);
}

/* Markdown */

static void
append_markdown_version (GString                  *out,
                         const NdStatementVersion *version)
{
  const char *title = get_title (version);
  const char *url = nd_article_get_url (version->article);
  g_autofree char *day = dup_day (nd_article_get_published (version->article));
  g_autofree char *outlet = g_strstrip (g_strdup (get_outlet (version)));
  g_autoptr(GString) source = g_string_new (NULL);

  g_string_append (out, "> **");
  nd_export_escape_markdown_inline (out, outlet);
  g_string_append (out, "** — ");
  nd_export_escape_markdown_inline (out, get_speaker (version));
  if (version->speaker_differs)
    /* Translators: after the name of a speaker whom other outlets do not credit */
    g_string_append_printf (out, " *(%s)*", _("speaker differs"));
  g_string_append (out, "\n>\n> “");
  append_marked_text (out, version, nd_export_escape_markdown_inline, "**", "**");
  g_string_append (out, "”\n");

  /* Any other URL (javascript:, data:, file:) is left out rather than made a link. */
  if (nd_sanitize_is_link_url (url))
    {
      g_string_append_c (source, '[');
      nd_export_escape_markdown_inline (source, title != NULL ? title : url);
      g_string_append (source, "](");
      nd_export_escape_markdown_url (source, url);
      g_string_append_c (source, ')');
    }
  else if (title != NULL)
    nd_export_escape_markdown_inline (source, title);
  if (day != NULL)
    g_string_append_printf (source, "%s%s", source->len > 0 ? ", " : "", day);
  if (source->len > 0)
    g_string_append_printf (out, ">\n> %s\n", source->str);
}

static void
append_markdown_statement (GString     *out,
                           NdStatement *statement,
                           guint        number)
{
  g_autofree char *badges = dup_badges (statement);
  g_autofree char *missing = dup_missing (statement, nd_export_escape_markdown_inline);

  g_string_append_printf (out, "\n## %u. %s\n", number, badges);
  for (guint v = 0; v < nd_statement_get_n_versions (statement); v++)
    {
      g_string_append_c (out, '\n');
      append_markdown_version (out, nd_statement_get_version (statement, v));
    }
  if (missing != NULL)
    g_string_append_printf (out, "\n%s\n", missing);
}

static char *
export_markdown (GPtrArray               *statements,
                 const NdStatementReport *report)
{
  GString *out = g_string_new (NULL);
  g_autofree char *compared = dup_compared (report);
  g_autofree char *counts = dup_counts (statements, report);

  g_string_append_printf (out, "# %s\n\n%s\n%s.\n", _("Coverage Report"), compared, counts);
  if (statements->len == 0)
    g_string_append_printf (out, "\n%s.\n", get_none_message (report));
  else
    g_string_append_printf (out, "\n%s\n", _("Words that differ from the fullest version are in bold."));

  for (guint s = 0; s < statements->len; s++)
    append_markdown_statement (out, g_ptr_array_index (statements, s), s + 1);

  return nd_sanitize_export (out);
}

/* CSV */

static char *
export_csv (GPtrArray *statements)
{
  GString *out = g_string_new ("statement,verdict,outlets,source,speaker,speaker_differs,text,"
                               "differences,article,url,start,end\r\n");

  for (guint s = 0; s < statements->len; s++)
    {
      NdStatement *statement = g_ptr_array_index (statements, s);
      g_autofree char *n_outlets = g_strdup_printf ("%u", nd_statement_get_n_outlets (statement));

      for (guint v = 0; v < nd_statement_get_n_versions (statement); v++)
        {
          const NdStatementVersion *version = nd_statement_get_version (statement, v);
          g_autofree char *differences = dup_differing_words (version);
          const char *fields[] = {
            nd_statement_get_id (statement),
            nd_statement_verdict_to_string (nd_statement_get_verdict (statement)),
            n_outlets, nd_article_get_source (version->article), version->speaker,
            version->speaker_differs ? "true" : "false", version->text, differences,
            nd_article_get_id (version->article), nd_article_get_url (version->article),
          };

          for (guint f = 0; f < G_N_ELEMENTS (fields); f++)
            {
              nd_export_escape_csv_field (out, fields[f]);
              g_string_append_c (out, ',');
            }
          g_string_append_printf (out, "%u,%u\r\n", version->start, version->end);
        }
    }

  return nd_sanitize_export (out);
}

/* HTML */

/* The page is also well-formed XML (void elements closed with "/>", no "<" in the style),
 * which the tests parse with GMarkup. Printed, a statement stays on one page and nothing needs a background to be seen: the
 * marked words are underlined as well as tinted, the speaker that differs says so in
 * words, and each link's address is printed after it. */
static const char html_style[] =
  ":root { color-scheme: light; }\n"
  "body { margin: 2rem auto; max-width: 46rem; padding: 0 1rem; background: #fff; color: #1b1b1b;\n"
  "       font: 1rem/1.5 Georgia, \"Times New Roman\", serif; }\n"
  "header p, .who, .article, .missing, .badge { font-family: system-ui, sans-serif; }\n"
  "header p { margin: .25rem 0; color: #3d3d3d; }\n"
  "h1 { font-size: 1.6rem; margin: 0 0 .5rem; }\n"
  "h2 { font-size: 1.1rem; margin: 0 0 .5rem; }\n"
  ".statement { margin-top: 1.5rem; padding-top: 1rem; border-top: 1px solid #bdbdbd;\n"
  "             break-inside: avoid; page-break-inside: avoid; }\n"
  ".badge { display: inline-block; margin-right: .3rem; padding: 0 .45rem; border: 1px solid #6b6b6b;\n"
  "         border-radius: .3rem; font-size: .8rem; font-weight: 600; }\n"
  ".badge.differ { border-color: #a4001d; color: #a4001d; }\n"
  "blockquote { margin: .75rem 0; padding: .1rem 0 .1rem 1rem; border-left: 4px solid #c8c8c8; }\n"
  "blockquote.speaker-differs { border-left-color: #a4001d; }\n"
  "blockquote p { margin: .2rem 0; }\n"
  ".speaker-differs .speaker { color: #a4001d; font-weight: 700; }\n"
  ".flag { color: #a4001d; font-size: .85rem; font-weight: 600; }\n"
  ".article, .missing { color: #3d3d3d; font-size: .85rem; }\n"
  "mark { background: #ffe680; color: inherit; text-decoration: underline;\n"
  "       text-decoration-thickness: 2px; }\n"
  "@media print {\n"
  "  body { margin: 0; max-width: none; padding: 0; font-size: 11pt; color: #000; }\n"
  "  h2 { break-after: avoid; page-break-after: avoid; }\n"
  "  a { color: #000; }\n"
  "  a[href]::after { content: \" (\" attr(href) \")\"; font-size: .8em; word-break: break-all; }\n"
  "  mark { background: none; font-weight: 700; }\n"
  "}\n";

/* Text from an article as the reader shows it: a direction override (U+202E) cannot
 * reverse what follows it (nd_sanitize_display()), and no markup gets through. */
static void
append_html_text (GString    *out,
                  const char *text)
{
  g_autofree char *shown = nd_sanitize_display (text);

  nd_export_escape_html (out, shown);
}

/* An http(s) URL as a link target: what a URL may not hold raw (blanks, quotes, angle
 * brackets, characters beyond ASCII such as a direction override) is percent-encoded, byte
 * by byte of its UTF-8, as browsers do; & becomes &amp;. */
static void
append_html_url (GString    *out,
                 const char *url)
{
  for (const guchar *p = (const guchar *)url; *p != '\0'; p++)
    {
      if (*p <= 0x20 || *p >= 0x7F || strchr ("\"<>\\^`{|}", *p) != NULL)
        g_string_append_printf (out, "%%%02X", *p);
      else if (*p == '&')
        g_string_append (out, "&amp;");
      else
        g_string_append_c (out, *p);
    }
}

static void
append_html_version (GString                  *out,
                     const NdStatementVersion *version)
{
  const char *title = get_title (version);
  const char *url = nd_article_get_url (version->article);
  g_autofree char *day = dup_day (nd_article_get_published (version->article));

  g_string_append_printf (out, "<blockquote%s>\n<p class=\"who\"><strong class=\"outlet\">",
                          version->speaker_differs ? " class=\"speaker-differs\"" : "");
  append_html_text (out, get_outlet (version));
  g_string_append (out, "</strong> — <span class=\"speaker\">");
  append_html_text (out, get_speaker (version));
  g_string_append (out, "</span>");
  if (version->speaker_differs)
    g_string_append_printf (out, " <span class=\"flag\">(%s)</span>", _("speaker differs"));
  g_string_append (out, "</p>\n<p class=\"text\">“");
  append_marked_text (out, version, append_html_text, "<mark>", "</mark>");
  g_string_append (out, "”</p>\n");

  if (title == NULL && day == NULL && !nd_sanitize_is_link_url (url))
    {
      g_string_append (out, "</blockquote>\n");
      return;
    }

  g_string_append (out, "<p class=\"article\">");
  if (nd_sanitize_is_link_url (url))
    {
      g_string_append (out, "<a href=\"");
      append_html_url (out, url);
      g_string_append (out, "\">");
      append_html_text (out, title != NULL ? title : url);
      g_string_append (out, "</a>");
    }
  else if (title != NULL)
    append_html_text (out, title);
  if (day != NULL)
    g_string_append_printf (out, "%s<time datetime=\"%s\">%s</time>",
                            title != NULL || nd_sanitize_is_link_url (url) ? ", " : "", day, day);
  g_string_append (out, "</p>\n</blockquote>\n");
}

static void
append_html_badges (GString     *out,
                    NdStatement *statement)
{
  guint n_outlets = nd_statement_get_n_outlets (statement);

  switch (nd_statement_get_verdict (statement))
    {
    case ND_STATEMENT_VERDICT_DIFFER:
      g_string_append_printf (out, "<span class=\"badge differ\">%s</span>", _("Speakers differ"));
      break;

    case ND_STATEMENT_VERDICT_AGREE:
      g_string_append_printf (out, "<span class=\"badge\">%s</span>", _("Speakers agree"));
      break;

    case ND_STATEMENT_VERDICT_UNKNOWN:
    default:
      g_string_append_printf (out, "<span class=\"badge\">%s</span>", _("No speaker named"));
      break;
    }
  if (nd_statement_get_wording_differs (statement))
    g_string_append_printf (out, " <span class=\"badge\">%s</span>", _("Wording differs"));
  g_string_append (out, " <span class=\"badge\">");
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u outlet", "%u outlets", n_outlets),
                          n_outlets);
  g_string_append (out, "</span>");
}

static void
append_html_statement (GString     *out,
                       NdStatement *statement,
                       guint        number)
{
  g_autofree char *missing = dup_missing (statement, append_html_text);

  /* The id is twelve hex digits (nd-statement.c): safe in an attribute as it is. */
  g_string_append_printf (out, "<section class=\"statement\" id=\"statement-%s\">\n"
                               "<h2>%u. ",
                          nd_statement_get_id (statement), number);
  append_html_badges (out, statement);
  g_string_append (out, "</h2>\n");
  for (guint v = 0; v < nd_statement_get_n_versions (statement); v++)
    append_html_version (out, nd_statement_get_version (statement, v));
  if (missing != NULL)
    g_string_append_printf (out, "<p class=\"missing\">%s</p>\n", missing);
  g_string_append (out, "</section>\n");
}

static char *
export_html (GPtrArray               *statements,
             const NdStatementReport *report)
{
  GString *out = g_string_new (NULL);
  g_autofree char *compared = dup_compared (report);
  g_autofree char *counts = dup_counts (statements, report);
  g_autofree char *day = dup_day (report->date);
  /* Translators: the language code of an HTML coverage report in your language ("de") */
  const char *lang = C_("HTML language", "en");

  g_string_append_printf (out, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n"
                               "<meta charset=\"utf-8\" />\n"
                               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n"
                               "<meta name=\"referrer\" content=\"no-referrer\" />\n"
                               "<title>%s%s%s</title>\n<style>\n%s</style>\n</head>\n<body>\n"
                               "<header>\n<h1>%s</h1>\n<p>%s</p>\n<p>%s.</p>\n",
                          lang, _("Coverage Report"), day != NULL ? " — " : "", day != NULL ? day : "",
                          html_style, _("Coverage Report"), compared, counts);
  if (statements->len > 0)
    g_string_append_printf (out, "<p>%s</p>\n",
                            _("Words that differ from the fullest version are marked."));
  g_string_append (out, "</header>\n<main>\n");
  if (statements->len == 0)
    g_string_append_printf (out, "<p>%s.</p>\n", get_none_message (report));

  for (guint s = 0; s < statements->len; s++)
    append_html_statement (out, g_ptr_array_index (statements, s), s + 1);

  g_string_append (out, "</main>\n</body>\n</html>\n");

  return nd_sanitize_export (out);
}

/**
 * nd_statement_export:
 * @format: the format
 * @statements: (element-type NdStatement): the statements, in the order to report them
 * @report: what was compared, for the header (Markdown and HTML)
 *
 * Returns: (transfer full): the coverage report: a section per statement with the verdict
 *   and wording badges, each version's outlet, speaker (flagged when it differs), text with
 *   the words that differ marked (`**…**` in Markdown, `<mark>` in HTML) and article, then
 *   the outlets that left the statement out; in CSV one row per version with the header
 *   `statement,verdict,outlets,source,speaker,speaker_differs,text,differences,article,url,
 *   start,end`
 */
char *
nd_statement_export (NdStatementFormat        format,
                     GPtrArray               *statements,
                     const NdStatementReport *report)
{
  g_return_val_if_fail (statements != NULL, NULL);
  g_return_val_if_fail (report != NULL, NULL);

  switch (format)
    {
    case ND_STATEMENT_FORMAT_MARKDOWN:
      return export_markdown (statements, report);

    case ND_STATEMENT_FORMAT_CSV:
      return export_csv (statements);

    case ND_STATEMENT_FORMAT_HTML:
      return export_html (statements, report);

    case ND_STATEMENT_N_FORMATS:
    default:
      g_return_val_if_reached (NULL);
    }
}

/* fuzz-statement-export.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The coverage report on whatever a file loads: the statements of its first articles, in
 * each format. Each output is valid UTF-8; the CSV has twelve cells in every record and one
 * record per version; the HTML page is well-formed (GMarkup reads it), holds no element but
 * those the report writes, and links only to http and https URLs. */

#include "config.h"

#include <string.h>

#include "compare/nd-statement-export.h"
#include "compare/nd-statement-grouper.h"
#include "nd-fuzz.h"

#define MAX_ARTICLES 12

static const char * const report_elements[] = {
  "html", "head", "meta", "title", "style", "body", "header", "h1", "p", "main", "section",
  "h2", "span", "blockquote", "strong", "mark", "a", "time",
};

static void
page_start (GMarkupParseContext  *context,
            const char           *element,
            const char          **names,
            const char          **values,
            gpointer              data,
            GError              **error)
{
  gboolean known = FALSE;

  for (gsize i = 0; i < G_N_ELEMENTS (report_elements); i++)
    known |= g_str_equal (element, report_elements[i]);
  g_assert_true (known);

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_assert_false (g_str_has_prefix (names[i], "on"));
      /* The rule is the scheme's (nd_sanitize_is_link_url()), not a "//" after it:
       * "https:¤//host" is an https URL, however odd. */
      if (g_str_equal (element, "a") && g_str_equal (names[i], "href"))
        {
          const char *scheme = g_uri_peek_scheme (values[i]);  /* lower case */

          g_assert_true (g_strcmp0 (scheme, "http") == 0 || g_strcmp0 (scheme, "https") == 0);
        }
    }
}

static void
assert_well_formed (const char *html)
{
  static const GMarkupParser parser = { page_start, NULL, NULL, NULL, NULL };
  g_autoptr(GMarkupParseContext) context = g_markup_parse_context_new (&parser, 0, NULL, NULL);
  g_autoptr(GError) error = NULL;

  g_markup_parse_context_parse (context, html, -1, &error);
  g_assert_no_error (error);
  g_markup_parse_context_end_parse (context, &error);
  g_assert_no_error (error);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GPtrArray) articles = nd_fuzz_parse ("fuzz.json", data, size);
  g_autoptr(NdStatementGrouper) grouper = nd_statement_grouper_new ();
  g_autoptr(GPtrArray) statements = NULL;
  NdStatementReport report = { 0 };
  guint n_versions = 0;

  for (guint i = 0; i < articles->len && i < MAX_ARTICLES; i++)
    nd_statement_grouper_add_article (grouper, g_ptr_array_index (articles, i), NULL);
  statements = nd_statement_grouper_dup_statements (grouper);
  for (guint s = 0; s < statements->len; s++)
    n_versions += nd_statement_get_n_versions (g_ptr_array_index (statements, s));

  report.n_articles = nd_statement_grouper_get_n_articles (grouper);
  report.all = TRUE;
  for (NdStatementFormat format = 0; format < ND_STATEMENT_N_FORMATS; format++)
    {
      g_autofree char *out = nd_statement_export (format, statements, &report);

      g_assert_nonnull (out);
      nd_fuzz_assert_text (out);
      if (format == ND_STATEMENT_FORMAT_CSV)
        g_assert_cmpuint (nd_fuzz_count_csv_records (out, 12), ==, n_versions + 1);
      else if (format == ND_STATEMENT_FORMAT_HTML)
        assert_well_formed (out);
    }

  return 0;
}

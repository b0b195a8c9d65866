/* fuzz-export.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Every exporter on whatever a file loads: the articles of the input, each quoted in part
 * under its own title as speaker, are exported in each format; each output is valid UTF-8,
 * and the machine-readable ones read back: the JSON export gives the same quotes again,
 * CSL-JSON one item per article, CSV one row of eleven cells per quote. */

#include "config.h"

#include <json-glib/json-glib.h>

#include "nd-fuzz.h"
#include "quotes/nd-quote-export.h"
#include "quotes/nd-quote.h"

#define MAX_QUOTES 8

static GPtrArray *
quote_articles (GPtrArray *articles)
{
  GPtrArray *quotes = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < articles->len && i < MAX_QUOTES; i++)
    {
      NdArticle *article = g_ptr_array_index (articles, i);

      g_ptr_array_add (quotes, nd_quote_new_from_article (article, i, 200, NULL,
                                                          nd_article_get_title (article)));
    }

  return quotes;
}

static JsonNode *
parse_json (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

static void
assert_json_reads_back (const char *json,
                        GPtrArray  *quotes)
{
  g_autoptr(JsonNode) root = parse_json (json);
  JsonArray *array = json_node_get_array (root);

  g_assert_cmpuint (json_array_get_length (array), ==, quotes->len);
  for (guint i = 0; i < quotes->len; i++)
    {
      NdQuote *quote = g_ptr_array_index (quotes, i);
      g_autoptr(GError) error = NULL;
      g_autoptr(NdQuote) read = nd_quote_new_from_json (json_array_get_element (array, i), &error);

      g_assert_no_error (error);
      g_assert_cmpstr (nd_quote_get_text (read), ==, nd_quote_get_text (quote));
      g_assert_cmpstr (nd_quote_get_speaker (read), ==, nd_quote_get_speaker (quote));
      g_assert_cmpstr (nd_quote_get_article_id (read), ==, nd_quote_get_article_id (quote));
      g_assert_cmpstr (nd_quote_get_url (read), ==, nd_quote_get_url (quote));
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GPtrArray) articles = nd_fuzz_parse ("fuzz.json", data, size);
  g_autoptr(GPtrArray) quotes = quote_articles (articles);

  for (NdQuoteFormat format = 0; format < ND_QUOTE_N_FORMATS; format++)
    {
      g_autofree char *out = nd_quote_export (format, quotes);

      g_assert_nonnull (out);
      nd_fuzz_assert_text (out);
      if (format == ND_QUOTE_FORMAT_JSON)
        assert_json_reads_back (out, quotes);
      else if (format == ND_QUOTE_FORMAT_CSL_JSON)
        json_node_unref (parse_json (out));
      else if (format == ND_QUOTE_FORMAT_CSV)
        g_assert_cmpuint (nd_fuzz_count_csv_records (out, 11), ==, quotes->len + 1);
    }

  return 0;
}

/* nd-cli-quotes.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* newsdesk-cli quotes [--json] PATH...: every quotation the finder sees, article by
 * article in the order of list (newest first), each article's in body order. */

#define G_LOG_DOMAIN "newsdesk-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "load/nd-article-store.h"
#include "nd-cli.h"
#include "quotes/nd-quote-finder.h"
#include "util/nd-sanitize.h"
#include "util/nd-json-writer.h"

/* One line per quotation: a quotation over several paragraphs gets a space for each
 * paragraph break, as does a tab, so that the columns stay put; any other control
 * character is escaped for the terminal. */
static void
append_one_line (GString    *line,
                 const char *text)
{
  g_autofree char *spaced = g_strdup (text);
  g_autofree char *safe = NULL;

  g_strdelimit (spaced, "\n\r\t", ' ');
  safe = nd_sanitize_terminal (spaced);
  g_string_append (line, safe);
}

static void
print_quotations_text (NdArticle *article,
                       GPtrArray *quotations)
{
  g_autoptr(GString) line = g_string_new (NULL);

  for (guint i = 0; i < quotations->len; i++)
    {
      const NdQuotation *quotation = g_ptr_array_index (quotations, i);

      g_string_truncate (line, 0);
      append_one_line (line, nd_article_get_id (article));
      g_string_append_c (line, '\t');
      /* Translators: the speaker column of "newsdesk-cli quotes" when the finder does
       * not know who said a quotation */
      append_one_line (line, quotation->speaker != NULL ? quotation->speaker : _("unknown"));
      g_string_append_c (line, '\t');
      append_one_line (line, quotation->text);
      g_string_append_c (line, '\n');
      fputs (line->str, stdout);
    }
}

/* Written by hand, one quotation a line, as search --json does. */
static void
append_quotations_json (GString   *json,
                        NdArticle *article,
                        GPtrArray *quotations,
                        gboolean  *first)
{
  for (guint i = 0; i < quotations->len; i++)
    {
      const NdQuotation *quotation = g_ptr_array_index (quotations, i);

      g_string_append (json, *first ? "\n  {\"article\": " : ",\n  {\"article\": ");
      nd_json_writer_append_string (json, nd_article_get_id (article));
      g_string_append_printf (json, ", \"start\": %u, \"end\": %u, \"text\": ",
                              quotation->start, quotation->end);
      nd_json_writer_append_string (json, quotation->text);
      g_string_append (json, ", \"speaker\": ");
      nd_json_writer_append_string (json, quotation->speaker);
      /* The finder reports titles and terms in marks too: a script must be able to tell. */
      g_string_append (json, quotation->title ? ", \"title\": true}" : ", \"title\": false}");
      *first = FALSE;
    }
}

static int
run_quotes (NdArticleStore *store,
            gconstpointer   data)
{
  const NdCliReadOptions *options = data;
  g_autoptr(GString) json = g_string_new ("[");
  GListModel *articles = G_LIST_MODEL (store);
  gboolean first = TRUE;

  for (guint i = 0; i < g_list_model_get_n_items (articles); i++)
    {
      g_autoptr(NdArticle) article = g_list_model_get_item (articles, i);
      const char *body = nd_article_get_body (article);
      g_autoptr(GPtrArray) quotations = nd_quote_finder_find (body != NULL ? body : "");

      if (options->json)
        append_quotations_json (json, article, quotations, &first);
      else
        print_quotations_text (article, quotations);
    }

  if (options->json)
    {
      g_string_append (json, first ? "]\n" : "\n]\n");
      nd_cli_print_json (json->str);
    }

  return EXIT_OK;
}

int
nd_cli_quotes (int    argc,
               char **argv)
{
  return nd_cli_run_read_command (argc, argv, TRUE,
                                  _("quotes needs at least one file or folder, or --sample"),
                                  run_quotes);
}

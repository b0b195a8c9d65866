/* nd-cli-statements.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* newsdesk-cli statements [--json] [--all] [--story=ID] PATH...: the statements that several outlets
 * quote, each outlet's wording and speaker, the words that differ and the outlets that
 * left it out; disagreements about who said it first. Statements that one outlet alone
 * carries are left out unless --all asks for them: they are most of any story. --story=ID
 * takes only the articles of that story, as stories numbers them. */

#define G_LOG_DOMAIN "newsdesk-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "compare/nd-statement-grouper.h"
#include "load/nd-article-store.h"
#include "nd-cli.h"
#include "util/nd-json-writer.h"
#include "util/nd-sanitize.h"

typedef struct
{
  gboolean  json;
  gboolean  sample;
  gboolean  all;
  char     *story;
  GStrv     paths;
} StatementsOptions;

static void
append_ranges_json (GString                  *json,
                    const NdStatementVersion *version)
{
  g_string_append_c (json, '[');
  for (guint r = 0; r < version->differences->len; r++)
    {
      const NdTextRange *range = &g_array_index (version->differences, NdTextRange, r);

      g_string_append_printf (json, "%s[%u, %u]", r > 0 ? ", " : "", range->start, range->end);
    }
  g_string_append_c (json, ']');
}

static void
append_version_json (GString                  *json,
                     const NdStatementVersion *version)
{
  g_string_append (json, "{\"article\": ");
  nd_json_writer_append_string (json, nd_article_get_id (version->article));
  g_string_append (json, ", \"source\": ");
  nd_json_writer_append_string (json, nd_article_get_source (version->article));
  g_string_append_printf (json, ", \"start\": %u, \"end\": %u, \"text\": ",
                          version->start, version->end);
  nd_json_writer_append_string (json, version->text);
  g_string_append (json, ", \"speaker\": ");
  nd_json_writer_append_string (json, version->speaker);
  g_string_append_c (json, '}');
}

/* Written by hand, as quotes --json is; `differences` lists, for each version in the
 * order of `versions`, the ranges of its body that the fullest version words otherwise. */
static void
append_statement_json (GString     *json,
                       NdStatement *statement)
{
  const char * const *missing = nd_statement_get_missing (statement);
  guint n = nd_statement_get_n_versions (statement);

  g_string_append (json, "{\"id\": ");
  nd_json_writer_append_string (json, nd_statement_get_id (statement));
  g_string_append_printf (json, ", \"verdict\": \"%s\", \"wording_differs\": %s, \"outlets\": %u,\n   \"versions\": [",
                          nd_statement_verdict_to_string (nd_statement_get_verdict (statement)),
                          nd_statement_get_wording_differs (statement) ? "true" : "false",
                          nd_statement_get_n_outlets (statement));
  for (guint v = 0; v < n; v++)
    {
      g_string_append (json, v > 0 ? ",\n     " : "\n     ");
      append_version_json (json, nd_statement_get_version (statement, v));
    }
  g_string_append (json, "],\n   \"missing\": [");
  for (guint m = 0; missing[m] != NULL; m++)
    {
      g_string_append (json, m > 0 ? ", " : "");
      nd_json_writer_append_string (json, missing[m]);
    }
  g_string_append (json, "],\n   \"differences\": [");
  for (guint v = 0; v < n; v++)
    {
      g_string_append (json, v > 0 ? ", " : "");
      append_ranges_json (json, nd_statement_get_version (statement, v));
    }
  g_string_append (json, "]}");
}

/* The version's text with the words that differ from the fullest version in [brackets],
 * on one line, safe for the terminal. */
static char *
dup_marked_text (const NdStatementVersion *version)
{
  const char *body = nd_article_get_body (version->article);
  g_autoptr(GString) marked = g_string_new (NULL);
  guint at = version->start;
  g_autofree char *safe = NULL;

  for (guint r = 0; r <= version->differences->len; r++)
    {
      const NdTextRange *range = r < version->differences->len
                                 ? &g_array_index (version->differences, NdTextRange, r) : NULL;
      guint until = range != NULL ? range->start : version->end;
      g_autofree char *plain = g_utf8_substring (body, at, until);

      g_string_append (marked, plain);
      if (range == NULL)
        break;

      {
        g_autofree char *differing = g_utf8_substring (body, range->start, range->end);

        g_string_append_printf (marked, "[%s]", differing);
      }
      at = range->end;
    }

  g_strdelimit (marked->str, "\n\r\t", ' ');
  safe = nd_sanitize_terminal (marked->str);
  return g_steal_pointer (&safe);
}

static void
print_statement_text (NdStatement *statement)
{
  const char * const *missing = nd_statement_get_missing (statement);
  g_autoptr(GString) heading = g_string_new (nd_statement_get_id (statement));

  if (nd_statement_get_verdict (statement) == ND_STATEMENT_VERDICT_DIFFER)
    g_string_append_printf (heading, " · %s", _("speakers differ"));
  if (nd_statement_get_wording_differs (statement))
    g_string_append_printf (heading, " · %s", _("wording differs"));
  g_string_append (heading, " · ");
  g_string_append_printf (heading, g_dngettext (GETTEXT_PACKAGE, "%u outlet", "%u outlets",
                                                nd_statement_get_n_outlets (statement)),
                          nd_statement_get_n_outlets (statement));
  g_print ("%s\n", heading->str);

  for (guint v = 0; v < nd_statement_get_n_versions (statement); v++)
    {
      const NdStatementVersion *version = nd_statement_get_version (statement, v);
      g_autofree char *source = nd_sanitize_terminal (nd_article_get_source (version->article));
      /* Translators: who said a statement when the article does not say */
      g_autofree char *speaker = nd_sanitize_terminal (version->speaker != NULL ? version->speaker : _("unknown"));
      g_autofree char *text = dup_marked_text (version);

      g_print ("  %s — %s: “%s”\n", source, speaker, text);
    }

  if (missing[0] != NULL)
    {
      g_autofree char *joined = g_strjoinv (", ", (char **)missing);
      g_autofree char *safe = nd_sanitize_terminal (joined);

      /* Translators: followed by the outlets that do not carry a statement */
      g_print ("  %s %s\n", _("Not in:"), safe);
    }
  g_print ("\n");
}

/**
 * nd_cli_dup_statements:
 * @store: the articles loaded
 * @all: whether to keep the statements that one outlet alone carries
 * @n_articles: (out) (optional): how many articles were compared
 *
 * Groups the quotations of every article in @store into statements, disagreements about
 * the speaker first. Statements that one outlet alone carries are left out unless @all:
 * they are most of any story.
 *
 * Returns: (transfer container) (element-type NdStatement): the statements
 */
GPtrArray *
nd_cli_dup_statements (NdArticleStore *store,
                       gboolean        all,
                       guint          *n_articles)
{
  g_autoptr(NdStatementGrouper) grouper = nd_statement_grouper_new ();
  GListModel *articles = G_LIST_MODEL (store);
  GPtrArray *statements;

  for (guint i = 0; i < g_list_model_get_n_items (articles); i++)
    {
      g_autoptr(NdArticle) article = g_list_model_get_item (articles, i);

      nd_statement_grouper_add_article (grouper, article, NULL);
    }
  if (n_articles != NULL)
    *n_articles = nd_statement_grouper_get_n_articles (grouper);

  statements = nd_statement_grouper_dup_statements (grouper);
  for (guint s = statements->len; !all && s > 0; s--)
    if (nd_statement_get_n_outlets (g_ptr_array_index (statements, s - 1)) < 2)
      g_ptr_array_remove_index (statements, s - 1);

  return statements;
}

static int
run_statements (NdArticleStore *store,
                gconstpointer   data)
{
  const StatementsOptions *options = data;
  g_autoptr(GPtrArray) statements = NULL;
  g_autoptr(GString) json = g_string_new ("[");
  guint n_listed = 0;

  /* With --story, the runner has left only that story's articles in @store. */
  statements = nd_cli_dup_statements (store, options->all, NULL);

  for (guint s = 0; s < statements->len; s++)
    {
      NdStatement *statement = g_ptr_array_index (statements, s);

      if (options->json)
        {
          g_string_append (json, n_listed > 0 ? ",\n  " : "\n  ");
          append_statement_json (json, statement);
        }
      else
        print_statement_text (statement);
      n_listed++;
    }

  if (options->json)
    {
      g_string_append (json, n_listed > 0 ? "\n]\n" : "]\n");
      nd_cli_print_json (json->str);
    }

  return EXIT_OK;
}

int
nd_cli_statements (int    argc,
                   char **argv)
{
  StatementsOptions options = { 0 };
  g_autoptr(GError) error = NULL;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &options.json, NULL, NULL },
    { "sample", 0, 0, G_OPTION_ARG_NONE, &options.sample, NULL, NULL },
    { "all", 0, 0, G_OPTION_ARG_NONE, &options.all, NULL, NULL },
    { "story", 0, 0, G_OPTION_ARG_STRING, &options.story, NULL, NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &options.paths, NULL, NULL },
    { NULL }
  };
  int status;

  if (!nd_cli_parse_options (argc, argv, entries, &error))
    return nd_cli_usage_error (error->message);

  status = nd_cli_run_on_articles ((const char * const *)options.paths, options.sample,
                                   options.story, G_TYPE_INVALID,
                                   _("statements needs at least one file or folder, or --sample"),
                                   run_statements, &options);
  g_strfreev (options.paths);
  g_free (options.story);

  return status;
}

/* nd-cli-export.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* newsdesk-cli export: the quotations the finder sees, written with the same exporters
 * as the window's Export dialog; with --statements, a coverage report of the statements
 * that outlets share (nd-statement-export.c). Both go to standard output or through one
 * writer that replaces --output atomically. */

#define G_LOG_DOMAIN "newsdesk-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "compare/nd-statement-export.h"
#include "nd-cli.h"
#include "quotes/nd-quote-export.h"
#include "quotes/nd-quote-finder.h"
#include "util/nd-file-replace.h"
#include "util/nd-sanitize.h"

typedef struct
{
  char   *format_name;
  char   *output;
  GStrv   articles;
  GStrv   speakers;
  GStrv   paths;
  char   *story;
  gboolean statements;
  gboolean all;
  gboolean sample;
  NdQuoteFormat format;              /* format_name, understood, without --statements */
  NdStatementFormat statement_format; /* and with it */
} ExportOptions;

static void
export_options_clear (ExportOptions *options)
{
  g_clear_pointer (&options->format_name, g_free);
  g_clear_pointer (&options->output, g_free);
  g_clear_pointer (&options->articles, g_strfreev);
  g_clear_pointer (&options->speakers, g_strfreev);
  g_clear_pointer (&options->paths, g_strfreev);
  g_clear_pointer (&options->story, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ExportOptions, export_options_clear)

static gboolean
parse_export_options (int             argc,
                      char          **argv,
                      ExportOptions  *options,
                      GError        **error)
{
  GOptionEntry entries[] = {
    { "format", 0, 0, G_OPTION_ARG_STRING, &options->format_name, NULL, NULL },
    { "output", 0, 0, G_OPTION_ARG_FILENAME, &options->output, NULL, NULL },
    { "article", 0, 0, G_OPTION_ARG_STRING_ARRAY, &options->articles, NULL, NULL },
    { "speaker", 0, 0, G_OPTION_ARG_STRING_ARRAY, &options->speakers, NULL, NULL },
    { "statements", 0, 0, G_OPTION_ARG_NONE, &options->statements, NULL, NULL },
    { "all", 0, 0, G_OPTION_ARG_NONE, &options->all, NULL, NULL },
    { "sample", 0, 0, G_OPTION_ARG_NONE, &options->sample, NULL, NULL },
    { "story", 0, 0, G_OPTION_ARG_STRING, &options->story, NULL, NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &options->paths, NULL, NULL },
    { NULL }
  };

  return nd_cli_parse_options (argc, argv, entries, error);
}

static char *
fold_name (const char *name)
{
  g_autofree char *valid = g_utf8_make_valid (name, -1);
  g_autofree char *stripped = g_strstrip (g_strdup (valid));
  g_autofree char *normal = g_utf8_normalize (stripped, -1, G_NORMALIZE_ALL_COMPOSE);

  return g_utf8_casefold (normal, -1);
}

/* NAME is the speaker's whole name or its last words, whatever the case: "marsh" and
 * "Elena Marsh" both find "Elena Marsh". */
static gboolean
speaker_matches (const char *speaker,
                 GPtrArray  *wanted)
{
  g_autofree char *folded = NULL;
  gsize length;

  if (wanted->len == 0)
    return TRUE;
  if (speaker == NULL)
    return FALSE;

  folded = fold_name (speaker);
  length = strlen (folded);
  for (guint i = 0; i < wanted->len; i++)
    {
      const char *name = g_ptr_array_index (wanted, i);
      gsize name_length = strlen (name);

      if (name_length == 0 || name_length > length)
        continue;
      if (g_str_has_suffix (folded, name) &&
          (name_length == length || folded[length - name_length - 1] == ' '))
        return TRUE;
    }

  return FALSE;
}

static void
add_article_quotes (GPtrArray *quotes,
                    NdArticle *article,
                    GPtrArray *speakers)
{
  const char *body = nd_article_get_body (article);
  g_autoptr(GPtrArray) found = nd_quote_finder_find (body != NULL ? body : "");

  for (guint i = 0; i < found->len; i++)
    {
      const NdQuotation *quotation = g_ptr_array_index (found, i);

      if (speaker_matches (quotation->speaker, speakers))
        g_ptr_array_add (quotes, nd_quote_new_from_article (article, quotation->start,
                                                            quotation->end, quotation->text,
                                                            quotation->speaker));
    }
}

/* The articles asked for with --article, in the order asked, or every article newest
 * first; an id that is not there is reported and counts as a failed input. */
static GPtrArray *
collect_quotes (NdArticleStore      *store,
                const ExportOptions *options,
                GPtrArray           *speakers,
                gboolean            *missing)
{
  GPtrArray *quotes = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *articles = G_LIST_MODEL (store);

  if (options->articles == NULL)
    {
      for (guint i = 0; i < g_list_model_get_n_items (articles); i++)
        {
          g_autoptr(NdArticle) article = g_list_model_get_item (articles, i);

          add_article_quotes (quotes, article, speakers);
        }
      return quotes;
    }

  for (guint i = 0; options->articles[i] != NULL; i++)
    {
      NdArticle *article = nd_article_store_lookup (store, options->articles[i]);

      if (article == NULL)
        {
          g_autofree char *id = nd_sanitize_terminal (options->articles[i]);

          g_printerr (_("newsdesk-cli: no article with the id “%s”\n"), id);
          *missing = TRUE;
          continue;
        }
      add_article_quotes (quotes, article, speakers);
    }

  return quotes;
}

/* Every export goes out here: to standard output, or to FILE through a temporary file
 * renamed over it (nd_file_replace_contents()), so that an existing FILE is replaced whole
 * or left as it was; a folder, a device or a FIFO at FILE is an error and left alone. */
static gboolean
write_export (const char *text,
              const char *output)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  gboolean written;

  if (output == NULL || g_str_equal (output, "-"))
    {
      fputs (text, stdout);
      return fflush (stdout) == 0;
    }

  file = g_file_new_for_commandline_arg (output);
  path = g_file_get_path (file);
  if (path != NULL)
    written = nd_file_replace_contents (path, text, strlen (text), 0666, &error);
  else
    written = g_file_replace_contents (file, text, strlen (text), NULL, FALSE,
                                       G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL, &error);
  if (!written)
    {
      g_autofree char *message = nd_sanitize_terminal (error->message);

      g_printerr ("newsdesk-cli: %s\n", message);
      return FALSE;
    }

  return TRUE;
}

/* How many outlets the articles come from, for the report's header. */
static guint
count_outlets (NdArticleStore *store)
{
  g_autoptr(GHashTable) outlets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GListModel *articles = G_LIST_MODEL (store);

  for (guint i = 0; i < g_list_model_get_n_items (articles); i++)
    {
      g_autoptr(NdArticle) article = g_list_model_get_item (articles, i);
      const char *source = nd_article_get_source (article);

      if (source != NULL)
        g_hash_table_add (outlets, g_strdup (source));
    }

  return g_hash_table_size (outlets);
}

static int
run_statements_export (NdArticleStore      *store,
                       const ExportOptions *options)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  NdStatementReport report = { 0 };
  g_autoptr(GPtrArray) statements = NULL;
  g_autofree char *text = NULL;

  statements = nd_cli_dup_statements (store, options->all, &report.n_articles);
  report.n_outlets = count_outlets (store);
  report.all = options->all;
  report.date = now;

  text = nd_statement_export (options->statement_format, statements, &report);
  return write_export (text, options->output) ? EXIT_OK : EXIT_INPUT_FAILED;
}

static int
run_export (NdArticleStore *store,
            gconstpointer   data)
{
  const ExportOptions *options = data;
  g_autoptr(GPtrArray) speakers = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) quotes = NULL;
  g_autofree char *text = NULL;
  gboolean missing = FALSE;

  if (options->statements)
    return run_statements_export (store, options);

  for (guint i = 0; options->speakers != NULL && options->speakers[i] != NULL; i++)
    g_ptr_array_add (speakers, fold_name (options->speakers[i]));

  quotes = collect_quotes (store, options, speakers, &missing);
  text = nd_quote_export (options->format, quotes);
  if (!write_export (text, options->output))
    return EXIT_INPUT_FAILED;

  return missing ? EXIT_INPUT_FAILED : EXIT_OK;
}

/* export --statements: a coverage report in md, csv or html of all the articles; the
 * options that pick quotations do not apply. Returns EXIT_OK when the options fit. */
static int
check_statements_options (ExportOptions *options)
{
  if (options->articles != NULL || options->speakers != NULL)
    return nd_cli_usage_error (_("--article and --speaker do not go with --statements"));

  if (!nd_statement_format_from_name (options->format_name, &options->statement_format))
    {
      g_autofree char *message =
        g_strdup_printf (_("unknown format “%s” for --statements; use md, csv or html"),
                         options->format_name);

      return nd_cli_usage_error (message);
    }

  return EXIT_OK;
}

int
nd_cli_export (int    argc,
               char **argv)
{
  g_auto(ExportOptions) options = { 0 };
  g_autoptr(GError) error = NULL;

  if (!parse_export_options (argc, argv, &options, &error))
    return nd_cli_usage_error (error->message);

  if (options.format_name == NULL && options.statements)
    return nd_cli_usage_error (_("export --statements needs --format=FORMAT: md, csv or html"));

  if (options.format_name == NULL)
    return nd_cli_usage_error (_("export needs --format=FORMAT: md, txt, csv, json, "
                                 "csl-json or bibtex"));

  if (options.statements)
    {
      int status = check_statements_options (&options);

      if (status != EXIT_OK)
        return status;
    }
  else if (options.all)
    return nd_cli_usage_error (_("--all goes with --statements"));
  else if (!nd_quote_format_from_name (options.format_name, &options.format))
    {
      g_autofree char *message =
        g_strdup_printf (_("unknown format “%s”; use md, txt, csv, json, csl-json or bibtex"),
                         options.format_name);

      return nd_cli_usage_error (message);
    }

  return nd_cli_run_on_articles ((const char * const *)options.paths, options.sample,
                                 options.story, G_TYPE_INVALID,
                                 _("export needs at least one file or folder, or --sample"),
                                 run_export, &options);
}

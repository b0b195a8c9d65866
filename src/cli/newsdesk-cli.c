/* newsdesk-cli.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "newsdesk-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <locale.h>
#include <stdio.h>

#include "nd-article-store.h"

enum {
  EXIT_OK = 0,
  EXIT_USAGE = 1,
  EXIT_INPUT_FAILED = 2,
};

typedef struct
{
  gboolean   json;
  gboolean   sample;
  GStrv      paths;
} ListOptions;

/* Translators: keep the command and option names; "FILE:LINE:COLUMN: message" describes
 * the error lines, whose form does not change with the language */
static const char *usage_summary =
  N_("Commands:\n"
     "  list [--json] PATH...    List the articles in files and folders, newest first\n"
     "  list --sample            List the built-in sample story\n"
     "  search [--json] QUERY PATH...\n"
     "                           Search the articles, best match first\n"
     "  search --timings --queries FILE PATH...\n"
     "                           Load once, then time each line of FILE as a query\n"
     "\n"
     "Errors are printed to standard error as FILE:LINE:COLUMN: message.\n"
     "Exit status: 0 when every input loaded, 2 when some input failed, 1 for a usage error.");

/* Translators: keep the operators (OR, source:, author:, title:, after:, before:) as they
 * are; the search understands only these */
static const char *query_summary =
  N_("A QUERY finds the articles holding every word, whatever the case and accents:\n"
     "  \"a phrase\"  -word  a OR b  source:NAME  author:NAME  title:WORD\n"
     "  after:YYYY-MM-DD  before:YYYY-MM-DD\n"
     "Write -- before a QUERY that starts with --.");

static int
usage_error (const char *message)
{
  g_printerr ("newsdesk-cli: %s\n", message);
  g_printerr (_("Try “newsdesk-cli --help” for more information.\n"));
  return EXIT_USAGE;
}

static void
print_help (void)
{
  g_print ("%s\n\n%s\n\n%s\n",
           _("Usage: newsdesk-cli COMMAND [OPTION…] PATH…"),
           _(usage_summary),
           _(query_summary));
  g_print ("\n%s\n", _("Options:\n"
                        "  -h, --help       Show this help\n"
                        "  --version        Show the version\n"
                        "  --json           Print JSON instead of text\n"
                        "  --sample         Read the built-in sample story\n"
                        "  --timings        Print hits, microseconds and query per query\n"
                        "  --queries FILE   The queries to time, one a line"));
}

static GPtrArray *
files_from_options (const ListOptions *options)
{
  GPtrArray *files = g_ptr_array_new_with_free_func (g_object_unref);

  if (options->sample)
    g_ptr_array_add (files, nd_article_store_sample_file ());

  for (guint i = 0; options->paths != NULL && options->paths[i] != NULL; i++)
    g_ptr_array_add (files, g_file_new_for_commandline_arg (options->paths[i]));

  return files;
}

/* Every problem goes to stderr; the return value says whether any of them lost data. */
static gboolean
print_load_errors (NdArticleStore *store)
{
  GPtrArray *errors = nd_article_store_get_errors (store);
  gboolean failed = FALSE;

  for (guint i = 0; i < errors->len; i++)
    {
      const NdLoadError *error = g_ptr_array_index (errors, i);
      g_autofree char *line = nd_load_error_to_string (error);

      g_printerr ("%s\n", line);
      failed |= error->severity == ND_LOAD_SEVERITY_ERROR;
    }

  return failed;
}

static void
add_string_or_null (JsonBuilder *builder,
                    const char  *name,
                    const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_article_json (JsonBuilder *builder,
                  NdArticle   *article)
{
  const char * const *authors = nd_article_get_authors (article);
  g_autofree char *published = nd_article_dup_published_string (article);

  json_builder_begin_object (builder);
  add_string_or_null (builder, "id", nd_article_get_id (article));
  add_string_or_null (builder, "title", nd_article_get_title (article));
  add_string_or_null (builder, "source", nd_article_get_source (article));

  json_builder_set_member_name (builder, "authors");
  json_builder_begin_array (builder);
  for (guint i = 0; authors[i] != NULL; i++)
    json_builder_add_string_value (builder, authors[i]);
  json_builder_end_array (builder);

  add_string_or_null (builder, "url", nd_article_get_url (article));
  add_string_or_null (builder, "published", published);
  add_string_or_null (builder, "language", nd_article_get_language (article));
  add_string_or_null (builder, "file", nd_article_get_file (article));
  json_builder_set_member_name (builder, "words");
  json_builder_add_int_value (builder, nd_article_get_word_count (article));
  json_builder_end_object (builder);
}

static void
print_articles_json (GListModel *articles)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;

  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (articles); i++)
    {
      g_autoptr(NdArticle) article = g_list_model_get_item (articles, i);

      add_article_json (builder, article);
    }
  json_builder_end_array (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  text = json_generator_to_data (generator, NULL);

  fputs (text, stdout);
  fputc ('\n', stdout);
}

static char *
format_published_for_humans (NdArticle *article)
{
  GDateTime *published = nd_article_get_published (article);
  g_autoptr(GDateTime) utc = NULL;

  if (published == NULL)
    return g_strdup (_("undated"));

  if (nd_article_get_published_is_date (article))
    return g_date_time_format (published, "%Y-%m-%d");

  utc = g_date_time_to_utc (published);
  return g_date_time_format (utc, "%Y-%m-%d %H:%M");
}

static void
print_articles_text (GListModel *articles)
{
  for (guint i = 0; i < g_list_model_get_n_items (articles); i++)
    {
      g_autoptr(NdArticle) article = g_list_model_get_item (articles, i);
      g_autofree char *date = format_published_for_humans (article);
      const char *source = nd_article_get_source (article);
      const char *title = nd_article_get_title (article);

      g_print ("%-16s  %s%s%s\n", date,
               source ? source : "",
               source ? " — " : "",
               *title ? title : _("(untitled)"));
    }
}

static int
run_list (const ListOptions *options)
{
  g_autoptr(NdArticleStore) store = nd_article_store_new ();
  g_autoptr(GPtrArray) files = files_from_options (options);
  gboolean failed;

  nd_article_store_load_sync (store, (GFile **)files->pdata, files->len, NULL, NULL);
  failed = print_load_errors (store);

  if (options->json)
    print_articles_json (G_LIST_MODEL (store));
  else
    print_articles_text (G_LIST_MODEL (store));

  return failed ? EXIT_INPUT_FAILED : EXIT_OK;
}

static int
parse_list_options (int          argc,
                    char       **argv,
                    ListOptions *options,
                    GError     **error)
{
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &options->json, NULL, NULL },
    { "sample", 0, 0, G_OPTION_ARG_NONE, &options->sample, NULL, NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &options->paths, NULL, NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);

  g_option_context_set_help_enabled (context, FALSE);
  g_option_context_add_main_entries (context, entries, NULL);

  return g_option_context_parse (context, &argc, &argv, error);
}

static int
command_list (int    argc,
              char **argv)
{
  ListOptions options = { 0 };
  g_autoptr(GError) error = NULL;
  int status;

  if (!parse_list_options (argc, argv, &options, &error))
    return usage_error (error->message);

  if (!options.sample && (options.paths == NULL || options.paths[0] == NULL))
    {
      g_strfreev (options.paths);
      return usage_error (_("list needs at least one file or folder, or --sample"));
    }

  status = run_list (&options);
  g_strfreev (options.paths);

  return status;
}

static gboolean
is_option (const char *arg,
           const char *name)
{
  return g_strcmp0 (arg, name) == 0;
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (argc < 2)
    return usage_error (_("no command given"));

  if (is_option (argv[1], "--help") || is_option (argv[1], "-h") || is_option (argv[1], "help"))
    {
      print_help ();
      return EXIT_OK;
    }

  if (is_option (argv[1], "--version"))
    {
      g_print ("newsdesk-cli %s\n", PACKAGE_VERSION);
      return EXIT_OK;
    }

  if (is_option (argv[1], "list"))
    {
      for (int i = 2; i < argc; i++)
        if (is_option (argv[i], "--help") || is_option (argv[i], "-h"))
          {
            print_help ();
            return EXIT_OK;
          }
      return command_list (argc - 1, argv + 1);
    }

  g_autofree char *message = g_strdup_printf (_("unknown command “%s”"), argv[1]);
  return usage_error (message);
}

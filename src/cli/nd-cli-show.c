/* nd-cli-show.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* newsdesk-cli show [--json] ID PATH...: one article as NewsDesk loaded it. Its body is
 * the text every offset of quotes, search and timeline counts in, which is not always the
 * file's: a headline repeated at the top of a body is dropped, HTML becomes text. */

#define G_LOG_DOMAIN "newsdesk-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "load/nd-article-store.h"
#include "nd-cli.h"
#include "util/nd-json-writer.h"
#include "util/nd-sanitize.h"

typedef struct
{
  gboolean  json;
  gboolean  sample;
  char     *id;
  GStrv     paths;
} ShowOptions;

static void
show_options_clear (ShowOptions *options)
{
  g_clear_pointer (&options->id, g_free);
  g_clear_pointer (&options->paths, g_strfreev);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ShowOptions, show_options_clear)

/* Ids are UTF-8; the command line is in the locale's encoding. */
static char *
dup_id_text (const char *arg)
{
  g_autofree char *converted = NULL;

  if (!g_get_charset (NULL))
    converted = g_locale_to_utf8 (arg, -1, NULL, NULL, NULL);

  return g_utf8_make_valid (converted != NULL ? converted : arg, -1);
}

static void
print_article_json (NdArticle *article)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  nd_cli_add_article_members (builder, article);
  nd_json_writer_add_string_member (builder, "body", nd_article_get_body (article));
  json_builder_end_object (builder);

  nd_cli_print_builder (builder);
}

/* "LABEL: value" when there is a value; the value made safe for the terminal. */
static void
print_field (const char *label,
             const char *value)
{
  g_autofree char *safe = NULL;

  if (value == NULL || *value == '\0')
    return;

  safe = nd_sanitize_terminal (value);
  g_print ("%s %s\n", label, safe);
}

/* The body keeps its lines; each line is made safe on its own, so that only the line
 * breaks NewsDesk prints itself reach the terminal. */
static void
print_body_text (const char *body)
{
  g_auto(GStrv) lines = NULL;

  if (body == NULL)
    return;

  g_print ("\n");
  lines = g_strsplit (body, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *safe = nd_sanitize_terminal (lines[i]);

      g_print ("%s\n", safe);
    }
}

static void
print_article_text (NdArticle *article)
{
  g_autofree char *title = nd_sanitize_terminal (nd_article_get_title (article));
  g_autofree char *authors = g_strjoinv (", ", (char **)nd_article_get_authors (article));
  g_autofree char *published = nd_cli_format_published (article);
  g_autofree char *file = NULL;

  if (nd_article_get_file (article) != NULL)
    file = g_filename_display_name (nd_article_get_file (article));

  g_print ("%s\n", *title != '\0' ? title : _("(untitled)"));
  /* Translators: the labels of "newsdesk-cli show", each followed by its value */
  print_field (_("Source:"), nd_article_get_source (article));
  print_field (_("Authors:"), authors);
  print_field (_("Published:"), published);
  print_field (_("Link:"), nd_article_get_url (article));
  print_field (_("Language:"), nd_article_get_language (article));
  print_field (_("Id:"), nd_article_get_id (article));
  print_field (_("File:"), file);
  print_body_text (nd_article_get_body (article));
}

static int
run_show (NdArticleStore *store,
          gconstpointer   data)
{
  const ShowOptions *options = data;
  NdArticle *article = nd_article_store_lookup (store, options->id);

  if (article == NULL)
    {
      g_autofree char *id = nd_sanitize_terminal (options->id);

      g_printerr (_("newsdesk-cli: no article with the id “%s”\n"), id);
      return EXIT_INPUT_FAILED;
    }

  if (options->json)
    print_article_json (article);
  else
    print_article_text (article);

  return EXIT_OK;
}

int
nd_cli_show (int    argc,
             char **argv)
{
  g_auto(ShowOptions) options = { 0 };
  g_auto(GStrv) args = NULL;
  g_autoptr(GError) error = NULL;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &options.json, NULL, NULL },
    { "sample", 0, 0, G_OPTION_ARG_NONE, &options.sample, NULL, NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &args, NULL, NULL },
    { NULL }
  };

  if (!nd_cli_parse_options (argc, argv, entries, &error))
    return nd_cli_usage_error (error->message);

  if (args == NULL || args[0] == NULL || *args[0] == '\0')
    return nd_cli_usage_error (_("show needs an article id, then files or folders, or --sample"));

  options.id = dup_id_text (args[0]);
  options.paths = g_strdupv (args + 1);

  return nd_cli_run_on_articles ((const char * const *)options.paths, options.sample, NULL,
                                 G_TYPE_INVALID,
                                 _("show needs at least one file or folder after the id, "
                                   "or --sample"),
                                 run_show, &options);
}

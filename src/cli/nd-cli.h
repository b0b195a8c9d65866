/* nd-cli.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <json-glib/json-glib.h>

#include "compare/nd-story.h"
#include "load/nd-article-store.h"

G_BEGIN_DECLS

enum {
  EXIT_OK = 0,
  EXIT_USAGE = 1,
  EXIT_INPUT_FAILED = 2,
};

/* Shared by the commands, defined in newsdesk-cli.c. */
int        nd_cli_usage_error        (const char *message);
gboolean   nd_cli_print_load_errors  (NdArticleStore *store);
void       nd_cli_print_json         (const char     *json);
void       nd_cli_print_builder      (JsonBuilder    *builder);
char      *nd_cli_format_published   (NdArticle      *article);
void       nd_cli_add_article_members (JsonBuilder   *builder,
                                       NdArticle     *article);
gboolean   nd_cli_parse_options      (int                 argc,
                                      char              **argv,
                                      const GOptionEntry *entries,
                                      GError            **error);

/* What a command does with the articles it was given, once loaded: returns its exit
 * status. */
typedef int (*NdCliRunFunc) (NdArticleStore *store,
                             gconstpointer   options);

int        nd_cli_run_on_articles    (const char * const *paths,
                                      gboolean            sample,
                                      const char         *story,
                                      GType               sink_type,
                                      const char         *missing,
                                      NdCliRunFunc        run,
                                      gconstpointer       options);

/* The options of a command that reads articles and prints what it finds as text or
 * JSON: list, quotes and timeline. */
typedef struct
{
  gboolean  json;
  gboolean  sample;
  char     *story;
  GStrv     paths;
} NdCliReadOptions;

int        nd_cli_run_read_command   (int                 argc,
                                      char              **argv,
                                      gboolean            takes_sample,
                                      const char         *missing,
                                      NdCliRunFunc        run);

/* The statements of the articles in @store, shared by statements and export
 * --statements; defined in nd-cli-statements.c. */
GPtrArray *nd_cli_dup_statements     (NdArticleStore *store,
                                      gboolean        all,
                                      guint          *n_articles);

/* One function per command, each in its own nd-cli-COMMAND.c. ARGV[0] is the command
 * name; "--help" has already been handled. */
int nd_cli_quotes   (int    argc,
                     char **argv);
int nd_cli_export   (int    argc,
                     char **argv);
int nd_cli_timeline (int    argc,
                     char **argv);
int nd_cli_show     (int    argc,
                     char **argv);
int nd_cli_statements (int    argc,
                       char **argv);
int nd_cli_stories    (int    argc,
                       char **argv);

/* The loaded articles grouped into stories, as stories lists them (in nd-cli-stories.c). */
GPtrArray *nd_cli_group_stories (NdArticleStore *store);

G_END_DECLS

/* nd-cli-stories.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* newsdesk-cli stories [--json] PATH...: the articles grouped into stories, one real-world
 * event each as the outlets report it, the biggest story first. The story ids are those
 * that statements --story=ID takes. */

#define G_LOG_DOMAIN "newsdesk-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "compare/nd-story-grouper.h"
#include "load/nd-article-store.h"
#include "nd-cli.h"
#include "util/nd-json-writer.h"
#include "util/nd-sanitize.h"

/* The day in UTC, as timeline --json writes its days; NULL when undated. */
static char *
dup_day (GDateTime *time)
{
  g_autoptr(GDateTime) utc = NULL;

  if (time == NULL)
    return NULL;
  utc = g_date_time_to_utc (time);
  return g_date_time_format (utc, "%Y-%m-%d");
}

GPtrArray *
nd_cli_group_stories (NdArticleStore *store)
{
  g_autoptr(NdStoryGrouper) grouper = nd_story_grouper_new ();
  GListModel *articles = G_LIST_MODEL (store);

  for (guint i = 0; i < g_list_model_get_n_items (articles); i++)
    {
      g_autoptr(NdArticle) article = g_list_model_get_item (articles, i);

      nd_story_grouper_add_article (grouper, article);
    }

  return nd_story_grouper_dup_stories (grouper);
}

static void
append_story_json (GString *json,
                   NdStory *story)
{
  const char * const *outlets = nd_story_get_outlets (story);
  g_autofree char *from = dup_day (nd_story_get_first (story));
  g_autofree char *to = dup_day (nd_story_get_last (story));

  g_string_append (json, "{\"id\": ");
  nd_json_writer_append_string (json, nd_story_get_id (story));
  g_string_append (json, ", \"label\": ");
  nd_json_writer_append_string (json, nd_story_get_label (story));
  g_string_append (json, ",\n   \"articles\": [");
  for (guint a = 0; a < nd_story_get_n_articles (story); a++)
    {
      g_string_append (json, a > 0 ? ", " : "");
      nd_json_writer_append_string (json, nd_article_get_id (nd_story_get_article (story, a)));
    }
  g_string_append (json, "],\n   \"sources\": [");
  for (guint o = 0; outlets[o] != NULL; o++)
    {
      g_string_append (json, o > 0 ? ", " : "");
      nd_json_writer_append_string (json, outlets[o]);
    }
  g_string_append (json, "], \"from\": ");
  nd_json_writer_append_string (json, from);
  g_string_append (json, ", \"to\": ");
  nd_json_writer_append_string (json, to);
  g_string_append_c (json, '}');
}

static char *
dup_one_line (const char *text)
{
  g_autofree char *spaced = g_strdup (text != NULL ? text : "");

  g_strdelimit (spaced, "\n\r\t", ' ');
  return nd_sanitize_terminal (spaced);
}

/* A heading (id, days, counts), the label, the outlets, then one line per article:
 * its date, outlet and headline. */
static void
print_story_text (NdStory *story)
{
  g_autofree char *from = dup_day (nd_story_get_first (story));
  g_autofree char *to = dup_day (nd_story_get_last (story));
  g_autofree char *label = dup_one_line (nd_story_get_label (story));
  g_autofree char *joined = g_strjoinv (", ", (char **)nd_story_get_outlets (story));
  g_autofree char *outlets = dup_one_line (joined);
  g_autoptr(GString) heading = g_string_new (nd_story_get_id (story));
  guint n = nd_story_get_n_articles (story);
  guint n_outlets = g_strv_length ((char **)nd_story_get_outlets (story));

  g_string_append (heading, " · ");
  if (from == NULL)
    g_string_append (heading, _("undated"));
  else if (g_str_equal (from, to))
    g_string_append (heading, from);
  else
    g_string_append_printf (heading, "%s – %s", from, to);
  g_string_append (heading, " · ");
  g_string_append_printf (heading, g_dngettext (GETTEXT_PACKAGE, "%u article", "%u articles", n), n);
  g_string_append (heading, " · ");
  g_string_append_printf (heading, g_dngettext (GETTEXT_PACKAGE, "%u outlet", "%u outlets", n_outlets),
                          n_outlets);

  g_print ("%s\n  %s\n", heading->str, *label != '\0' ? label : _("(untitled)"));
  if (*outlets != '\0')
    g_print ("  %s\n", outlets);
  for (guint a = 0; a < n; a++)
    {
      NdArticle *article = nd_story_get_article (story, a);
      g_autofree char *date = nd_cli_format_published (article);
      g_autofree char *source = dup_one_line (nd_article_get_source (article));
      g_autofree char *title = dup_one_line (nd_article_get_title (article));

      g_print ("    %-16s  %s%s%s\n", date, source, *source != '\0' ? " — " : "",
               *title != '\0' ? title : _("(untitled)"));
    }
  g_print ("\n");
}

static int
run_stories (NdArticleStore *store,
             gconstpointer   data)
{
  const NdCliReadOptions *options = data;
  g_autoptr(GPtrArray) stories = nd_cli_group_stories (store);
  g_autoptr(GString) json = g_string_new ("[");

  for (guint s = 0; s < stories->len; s++)
    {
      NdStory *story = g_ptr_array_index (stories, s);

      if (options->json)
        {
          g_string_append (json, s > 0 ? ",\n  " : "\n  ");
          append_story_json (json, story);
        }
      else
        print_story_text (story);
    }

  if (options->json)
    {
      g_string_append (json, stories->len > 0 ? "\n]\n" : "]\n");
      nd_cli_print_json (json->str);
    }

  return EXIT_OK;
}

int
nd_cli_stories (int    argc,
                char **argv)
{
  return nd_cli_run_read_command (argc, argv, TRUE,
                                  _("stories needs at least one file or folder, or --sample"),
                                  run_stories);
}

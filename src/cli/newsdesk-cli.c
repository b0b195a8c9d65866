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
#include <string.h>

#include "load/nd-article-store.h"
#include "search/nd-search-index.h"
#include "nd-cli.h"
#include "util/nd-sanitize.h"
#include "search/nd-search-match.h"
#include "util/nd-json-writer.h"

/* Translators: keep the command and option names; "FILE:LINE:COLUMN: message" describes
 * the error lines, whose form does not change with the language */
static const char *usage_summary =
  N_("Commands:\n"
     "  list [--json] [--story=ID] PATH...\n"
     "                           List the articles in files and folders, newest first\n"
     "  list --sample            List the built-in sample story\n"
     "  search [--json] QUERY PATH...\n"
     "                           Search the articles, best match first\n"
     "  search --timings --queries FILE PATH...\n"
     "                           Load once, then time each line of FILE as a query\n"
     "  quotes [--json] [--story=ID] PATH...\n"
     "                           List every quotation in the articles, with its speaker\n"
     "  quotes --sample          The quotations of the built-in sample story\n"
     "  export --format=FORMAT [--output=FILE] [--article=ID]... [--speaker=NAME]...\n"
     "         [--story=ID] PATH...\n"
     "                           Write the quotations found as md, txt, csv, json,\n"
     "                           csl-json or bibtex\n"
     "  timeline [--json] [--story=ID] PATH...\n"
     "                           Dates published and mentioned in the articles, oldest first\n"
     "  show [--json] ID PATH...\n"
     "                           The article with that id, its body as loaded\n"
     "  statements [--json] [--all] [--story=ID] PATH...\n"
     "                           The statements several outlets quote: each outlet's\n"
     "                           wording and speaker, and the outlets that left it out\n"
     "  export --statements --format=md|csv|html [--all] [--output=FILE] PATH...\n"
     "                           Those statements as a coverage report to send on\n"
     "  stories [--json] PATH... The articles grouped into stories, one event each,\n"
     "                           with their outlets and days, the biggest first\n"
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

int
nd_cli_usage_error (const char *message)
{
  g_autofree char *safe = nd_sanitize_terminal (message);

  g_printerr ("newsdesk-cli: %s\n", safe);
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
                        "  --story=ID       Only the articles of the story ID, as stories numbers\n"
                        "                   them (list, quotes, timeline, export, statements)\n"
                        "  --timings        Print hits, microseconds and query per query\n"
                        "  --queries FILE   The queries to time, one a line"));
}

/* The files a command reads: the sample story first when asked for, then @paths. */
static GPtrArray *
files_from_strv (const char * const *paths,
                 gboolean            sample)
{
  GPtrArray *files = g_ptr_array_new_with_free_func (g_object_unref);

  if (sample)
    g_ptr_array_add (files, nd_article_store_sample_file ());

  for (guint i = 0; paths != NULL && paths[i] != NULL; i++)
    g_ptr_array_add (files, g_file_new_for_commandline_arg (paths[i]));

  return files;
}

/* The story of that id among the stories of every loaded article, as stories numbers
 * them. */
static NdStory *
find_story (NdArticleStore *store,
            const char     *id)
{
  g_autoptr(GPtrArray) stories = nd_cli_group_stories (store);

  for (guint s = 0; s < stories->len; s++)
    if (g_str_equal (nd_story_get_id (g_ptr_array_index (stories, s)), id))
      return g_object_ref (g_ptr_array_index (stories, s));

  return NULL;
}

/* Leaves in @store only the articles of the story @id, so that every command works on one
 * story without knowing about stories; an id that no story has is named and fails. */
static gboolean
keep_only_story (NdArticleStore *store,
                 const char     *id)
{
  g_autoptr(NdStory) story = find_story (store, id);
  g_autoptr(GPtrArray) articles = NULL;

  if (story == NULL)
    {
      g_autofree char *safe = nd_sanitize_terminal (id);

      g_printerr (_("newsdesk-cli: no story with the id “%s”\n"), safe);
      return FALSE;
    }

  articles = g_ptr_array_new ();
  for (guint i = 0; i < nd_story_get_n_articles (story); i++)
    g_ptr_array_add (articles, nd_story_get_article (story, i));
  nd_article_store_keep_only (store, articles);

  return TRUE;
}

/* Every command that reads articles starts here: nothing to read is a usage error
 * (@missing says so), then @paths (and the sample story if @sample) are loaded, with a
 * @sink_type sink if it is not G_TYPE_INVALID, their problems printed, the articles
 * narrowed to the story @story if it is not %NULL, and @run does the command's work.  A
 * load that lost data makes the exit status EXIT_INPUT_FAILED whatever @run returns, and
 * so does an unknown story, without running @run. */
int
nd_cli_run_on_articles (const char * const *paths,
                        gboolean            sample,
                        const char         *story,
                        GType               sink_type,
                        const char         *missing,
                        NdCliRunFunc        run,
                        gconstpointer       options)
{
  g_autoptr(NdArticleStore) store = NULL;
  g_autoptr(GPtrArray) files = NULL;
  gboolean failed;
  int status;

  if (!sample && (paths == NULL || paths[0] == NULL))
    return nd_cli_usage_error (missing);

  store = nd_article_store_new ();
  if (sink_type != G_TYPE_INVALID)
    nd_article_store_set_sink_type (store, sink_type);

  files = files_from_strv (paths, sample);
  nd_article_store_load_sync (store, (GFile **)files->pdata, files->len, NULL, NULL);
  failed = nd_cli_print_load_errors (store);

  if (story != NULL && !keep_only_story (store, story))
    return EXIT_INPUT_FAILED;

  status = run (store, options);

  return failed && status == EXIT_OK ? EXIT_INPUT_FAILED : status;
}

/**
 * nd_cli_run_read_command:
 * @takes_sample: whether --sample is an option of the command
 * @missing: the usage error when there is nothing to read
 * @run: does the command's work; its options are an #NdCliReadOptions
 *
 * Parses --json, --sample, --story and the paths, then goes on as nd_cli_run_on_articles().
 */
int
nd_cli_run_read_command (int            argc,
                         char         **argv,
                         gboolean       takes_sample,
                         const char    *missing,
                         NdCliRunFunc   run)
{
  NdCliReadOptions options = { 0 };
  g_autoptr(GError) error = NULL;
  GOptionEntry entries[5] = { { NULL } };
  guint n_entries = 0;
  int status;

  entries[n_entries++] = (GOptionEntry) {
    "json", 0, 0, G_OPTION_ARG_NONE, &options.json, NULL, NULL
  };
  /* Without it, --sample is an unknown option, as any other. */
  if (takes_sample)
    entries[n_entries++] = (GOptionEntry) {
      "sample", 0, 0, G_OPTION_ARG_NONE, &options.sample, NULL, NULL
    };
  entries[n_entries++] = (GOptionEntry) {
    "story", 0, 0, G_OPTION_ARG_STRING, &options.story, NULL, NULL
  };
  entries[n_entries++] = (GOptionEntry) {
    G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &options.paths, NULL, NULL
  };

  if (!nd_cli_parse_options (argc, argv, entries, &error))
    return nd_cli_usage_error (error->message);

  status = nd_cli_run_on_articles ((const char * const *)options.paths, options.sample,
                                   options.story, G_TYPE_INVALID, missing, run, &options);
  g_strfreev (options.paths);
  g_free (options.story);

  return status;
}

/* Every command parses its options alike; "--help" was handled before. */
gboolean
nd_cli_parse_options (int                 argc,
                      char              **argv,
                      const GOptionEntry *entries,
                      GError            **error)
{
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);

  g_option_context_set_help_enabled (context, FALSE);
  g_option_context_add_main_entries (context, entries, NULL);

  return g_option_context_parse (context, &argc, &argv, error);
}

/* JSON goes out through here: JSON lets C1 and bidirectional controls stand raw, and the
 * output may be read in a terminal. */
void
nd_cli_print_json (const char *json)
{
  g_autofree char *safe = nd_sanitize_json_output (json);

  fputs (safe, stdout);
}

/* Every problem goes to stderr, its file name and message made safe for a terminal by
 * nd_load_error_to_string(); the return value says whether any of them lost data. */
gboolean
nd_cli_print_load_errors (NdArticleStore *store)
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

/* The members of an article in list --json, which show --json adds the body to: written
 * into the object @builder has begun. */
void
nd_cli_add_article_members (JsonBuilder *builder,
                            NdArticle   *article)
{
  const char * const *authors = nd_article_get_authors (article);
  g_autofree char *published = nd_article_dup_published_string (article);

  nd_json_writer_add_string_member (builder, "id", nd_article_get_id (article));
  nd_json_writer_add_string_member (builder, "title", nd_article_get_title (article));
  nd_json_writer_add_string_member (builder, "source", nd_article_get_source (article));

  json_builder_set_member_name (builder, "authors");
  json_builder_begin_array (builder);
  for (guint i = 0; authors[i] != NULL; i++)
    json_builder_add_string_value (builder, authors[i]);
  json_builder_end_array (builder);

  nd_json_writer_add_string_member (builder, "url", nd_article_get_url (article));
  nd_json_writer_add_string_member (builder, "published", published);
  nd_json_writer_add_string_member (builder, "language", nd_article_get_language (article));
  /* The path is in the file system's encoding, which JSON cannot carry. */
  json_builder_set_member_name (builder, "file");
  if (nd_article_get_file (article) != NULL)
    {
      g_autofree char *file = g_filename_display_name (nd_article_get_file (article));

      json_builder_add_string_value (builder, file);
    }
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "words");
  json_builder_add_int_value (builder, nd_article_get_word_count (article));
}

static void
print_articles_json (GListModel *articles)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (articles); i++)
    {
      g_autoptr(NdArticle) article = g_list_model_get_item (articles, i);

      json_builder_begin_object (builder);
      nd_cli_add_article_members (builder, article);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  nd_cli_print_builder (builder);
}

/* What @builder built, indented, safe for the terminal, with a final newline. */
void
nd_cli_print_builder (JsonBuilder *builder)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = json_builder_get_root (builder);
  g_autofree char *text = NULL;

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  text = json_generator_to_data (generator, NULL);

  nd_cli_print_json (text);
  fputc ('\n', stdout);
}

char *
nd_cli_format_published (NdArticle *article)
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

static char *
dup_terminal_or_null (const char *text)
{
  return text != NULL ? nd_sanitize_terminal (text) : NULL;
}

static void
print_articles_text (GListModel *articles)
{
  for (guint i = 0; i < g_list_model_get_n_items (articles); i++)
    {
      g_autoptr(NdArticle) article = g_list_model_get_item (articles, i);
      g_autofree char *date = nd_cli_format_published (article);
      g_autofree char *source = dup_terminal_or_null (nd_article_get_source (article));
      g_autofree char *title = nd_sanitize_terminal (nd_article_get_title (article));

      g_print ("%-16s  %s%s%s\n", date,
               source ? source : "",
               source ? " — " : "",
               *title ? title : _("(untitled)"));
    }
}

static int
run_list (NdArticleStore *store,
          gconstpointer   data)
{
  const NdCliReadOptions *options = data;

  if (options->json)
    print_articles_json (G_LIST_MODEL (store));
  else
    print_articles_text (G_LIST_MODEL (store));

  return EXIT_OK;
}

static int
command_list (int    argc,
              char **argv)
{
  return nd_cli_run_read_command (argc, argv, TRUE,
                                  _("list needs at least one file or folder, or --sample"),
                                  run_list);
}

/* search */

/* How much of the body a snippet shows around the first match, in characters; the cut
 * is then moved to a space so that no word is split. */
#define SNIPPET_BEFORE 30
#define SNIPPET_AFTER  50
/* A body without a match in it (the title or a filter matched) is shown from its start. */
#define SNIPPET_PLAIN  80

#define MATCH_OPEN  "«"
#define MATCH_CLOSE "»"

typedef struct
{
  gboolean       json;
  gboolean       timings;
  char          *queries_file;
  char          *queries;        /* what queries_file holds, read before loading */
  char          *query;
  NdSearchQuery *parsed;         /* query, parsed before loading */
  GPtrArray     *paths;
} SearchOptions;

static void
search_options_clear (SearchOptions *options)
{
  g_clear_pointer (&options->queries_file, g_free);
  g_clear_pointer (&options->queries, g_free);
  g_clear_pointer (&options->query, g_free);
  g_clear_pointer (&options->parsed, nd_search_query_unref);
  g_clear_pointer (&options->paths, g_ptr_array_unref);
}

/* The query parser needs UTF-8. The command line comes in the locale's encoding, the
 * queries file in UTF-8; a stray byte becomes U+FFFD rather than a refusal. */
static char *
dup_query_text (const char *text,
                gboolean    locale_encoded)
{
  g_autofree char *converted = NULL;
  g_autofree char *valid = NULL;

  if (locale_encoded && !g_get_charset (NULL))
    converted = g_locale_to_utf8 (text, -1, NULL, NULL, NULL);

  valid = g_utf8_make_valid (converted != NULL ? converted : text, -1);

  return g_strdup (g_strstrip (valid));
}

/* Counts whitespace and control characters alike: a snippet is one line. */
static gboolean
is_snippet_space (gunichar c)
{
  return g_unichar_isspace (c) || g_unichar_iscntrl (c);
}

/* Where the snippet starts and ends: SNIPPET_BEFORE characters before the first match
 * and SNIPPET_AFTER after it (or the first SNIPPET_PLAIN characters when nothing in the
 * body matched), each end moved to a space so that no word is cut. */
static void
cut_around_first_match (const gunichar *chars,
                        glong           n_chars,
                        GArray         *matches,
                        glong          *from,
                        glong          *to)
{
  *from = 0;

  if (matches == NULL || matches->len == 0)
    {
      *to = MIN ((glong)SNIPPET_PLAIN, n_chars);
      if (*to < n_chars)
        {
          glong i = *to;

          while (i > 0 && !is_snippet_space (chars[i]))
            i--;
          if (i > 0)
            *to = i;
        }
      return;
    }

  const NdSearchMatch *first = &g_array_index (matches, NdSearchMatch, 0);
  glong start = MIN ((glong)first->start, n_chars);
  glong end = MIN ((glong)first->end, n_chars);

  *from = MAX (start - SNIPPET_BEFORE, 0);
  if (*from > 0)
    {
      /* Start after the first space, unless the match itself comes first. */
      glong i = *from;

      while (i < start && !is_snippet_space (chars[i]))
        i++;
      if (i < start)
        *from = i + 1;
    }

  *to = MIN (end + SNIPPET_AFTER, n_chars);
  if (*to < n_chars)
    {
      glong i = *to;

      while (i > end && !is_snippet_space (chars[i]))
        i--;
      if (i > end)
        *to = i;
    }
}

/* A match that the cut at *@to runs through is shown whole; matches before @from are
 * skipped. Returns the first match inside the snippet. */
static guint
take_whole_matches (GArray *matches,
                    glong   from,
                    glong  *to,
                    glong   n_chars)
{
  guint m = 0;

  if (matches == NULL)
    return 0;

  while (m < matches->len && (glong)g_array_index (matches, NdSearchMatch, m).start < from)
    m++;
  for (guint i = m; i < matches->len; i++)
    {
      const NdSearchMatch *match = &g_array_index (matches, NdSearchMatch, i);

      if ((glong)match->start < *to && (glong)match->end > *to)
        *to = MIN ((glong)match->end, n_chars);
    }

  return m;
}

/* Appends characters [@from, @to) of the body with matches @m and on marked, and runs of
 * white space (paragraph breaks too) turned into one space. */
static void
append_marked (GString        *snippet,
               const gunichar *chars,
               glong           from,
               glong           to,
               GArray         *matches,
               guint           m)
{
  gboolean in_match = FALSE;
  gboolean pending_space = FALSE;

  for (glong i = from; i < to; i++)
    {
      const NdSearchMatch *match = matches != NULL && m < matches->len
                                   ? &g_array_index (matches, NdSearchMatch, m) : NULL;

      if (in_match && match != NULL && (glong)match->end == i)
        {
          g_string_append (snippet, MATCH_CLOSE);
          in_match = FALSE;
          m++;
          match = m < matches->len ? &g_array_index (matches, NdSearchMatch, m) : NULL;
        }

      if (is_snippet_space (chars[i]))
        {
          /* Spaces are written when a word follows, so none lead or trail. */
          pending_space = snippet->len > 0;
          continue;
        }

      if (pending_space)
        g_string_append_c (snippet, ' ');
      pending_space = FALSE;

      if (!in_match && match != NULL && (glong)match->start == i)
        {
          g_string_append (snippet, MATCH_OPEN);
          in_match = TRUE;
        }

      g_string_append_unichar (snippet, chars[i]);
    }

  if (in_match)
    g_string_append (snippet, MATCH_CLOSE);
}

/* One line of @body around its first match, every match inside it marked; "…" where the
 * body goes on. */
static char *
make_snippet (const char *body,
              GArray     *matches)
{
  g_autofree gunichar *chars = NULL;
  g_autoptr(GString) snippet = g_string_new (NULL);
  glong n_chars = 0;
  glong from;
  glong to;
  guint m;

  if (body == NULL || *body == '\0')
    return g_strdup ("");

  chars = g_utf8_to_ucs4_fast (body, -1, &n_chars);
  cut_around_first_match (chars, n_chars, matches, &from, &to);
  m = take_whole_matches (matches, from, &to, n_chars);
  append_marked (snippet, chars, from, to, matches, m);

  if (snippet->len == 0)
    return g_strdup ("");

  if (from > 0)
    g_string_prepend (snippet, "…");
  if (to < n_chars)
    g_string_append (snippet, "…");

  return g_string_free (g_steal_pointer (&snippet), FALSE);
}

static GArray *
find_body_matches (NdSearchQuery *query,
                   NdArticle     *article)
{
  const char *body = nd_article_get_body (article);

  if (body == NULL)
    return g_array_new (FALSE, FALSE, sizeof (NdSearchMatch));

  return nd_search_find_matches (query, body, ND_SEARCH_FIELD_BODY);
}

static void
print_results_text (NdSearchQuery   *query,
                    NdSearchResults *results)
{
  for (guint i = 0; i < nd_search_results_get_n_items (results); i++)
    {
      NdArticle *article = nd_search_results_get_article (results, i);
      g_autoptr(GArray) matches = find_body_matches (query, article);
      g_autofree char *raw_snippet = make_snippet (nd_article_get_body (article), matches);
      g_autofree char *snippet = nd_sanitize_terminal (raw_snippet);
      g_autofree char *date = nd_cli_format_published (article);
      g_autofree char *source = dup_terminal_or_null (nd_article_get_source (article));
      g_autofree char *title = nd_sanitize_terminal (nd_article_get_title (article));
      char score[G_ASCII_DTOSTR_BUF_SIZE];

      /* The same figures in every locale: the output is also read by scripts. */
      g_ascii_formatd (score, sizeof score, "%.2f", nd_search_results_get_score (results, i));
      g_print ("%5s  %-16s  %s%s%s%s%s\n", score, date,
               source ? source : "",
               source ? " — " : "",
               *title ? title : _("(untitled)"),
               *snippet ? " — " : "",
               snippet);
    }
}

/* Written by hand, one result a line, because json-glib prints every double with 17
 * digits (0.81230002641677856): the scores are rounded to what they mean. */
static void
print_results_json (NdSearchQuery   *query,
                    NdSearchResults *results)
{
  g_autoptr(GString) json = g_string_new ("[");
  guint n_items = nd_search_results_get_n_items (results);

  for (guint i = 0; i < n_items; i++)
    {
      NdArticle *article = nd_search_results_get_article (results, i);
      g_autoptr(GArray) matches = find_body_matches (query, article);
      char score[G_ASCII_DTOSTR_BUF_SIZE];

      g_ascii_formatd (score, sizeof score, "%.4f", nd_search_results_get_score (results, i));

      g_string_append (json, i == 0 ? "\n  {\"id\": " : ",\n  {\"id\": ");
      nd_json_writer_append_string (json, nd_article_get_id (article));
      g_string_append (json, ", \"title\": ");
      nd_json_writer_append_string (json, nd_article_get_title (article));
      g_string_append_printf (json, ", \"score\": %s, \"matches\": [", score);
      for (guint j = 0; j < matches->len; j++)
        {
          const NdSearchMatch *match = &g_array_index (matches, NdSearchMatch, j);

          g_string_append_printf (json, "%s{\"start\": %u, \"end\": %u}",
                                  j == 0 ? "" : ", ", match->start, match->end);
        }
      g_string_append (json, "]}");
    }

  g_string_append (json, n_items > 0 ? "\n]\n" : "]\n");
  nd_cli_print_json (json->str);
}

static void
print_query_problem (NdSearchQuery *query,
                     const char    *where)
{
  const char *raw_problem = nd_search_query_get_problem (query);
  g_autofree char *problem = NULL;

  if (raw_problem == NULL)
    return;

  problem = nd_sanitize_terminal (raw_problem);
  if (where != NULL)
    g_printerr ("newsdesk-cli: %s: query: %s\n", where, problem);
  else
    g_printerr ("newsdesk-cli: query: %s\n", problem);
}

/* The store was loaded with the index built on the way, as the application does. */
static int
run_search (NdArticleStore *store,
            gconstpointer   data)
{
  const SearchOptions *options = data;
  g_autoptr(NdSearchResults) results = NULL;

  results = nd_search_index_search (ND_SEARCH_INDEX (nd_article_store_get_sink (store)),
                                    options->parsed, ND_SEARCH_ORDER_RELEVANCE);

  if (options->json)
    print_results_json (options->parsed, results);
  else
    print_results_text (options->parsed, results);

  return EXIT_OK;
}

/* Each query's time covers parsing and searching, not the printing. */
static int
run_timings (NdArticleStore *store,
             gconstpointer   data)
{
  const SearchOptions *options = data;
  g_auto(GStrv) lines = NULL;
  g_autofree char *queries_file = NULL;
  NdSearchIndex *index = ND_SEARCH_INDEX (nd_article_store_get_sink (store));

  queries_file = nd_sanitize_filename (options->queries_file);
  lines = g_strsplit (options->queries, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *text = dup_query_text (lines[i], FALSE);
      g_autofree char *shown = NULL;
      g_autofree char *where = NULL;
      g_autoptr(NdSearchQuery) query = NULL;
      g_autoptr(NdSearchResults) results = NULL;
      gint64 start;
      gint64 elapsed;

      if (*text == '\0')
        continue;

      start = g_get_monotonic_time ();
      query = nd_search_query_parse (text, FALSE);
      results = nd_search_index_search (index, query, ND_SEARCH_ORDER_RELEVANCE);
      elapsed = g_get_monotonic_time () - start;

      where = g_strdup_printf ("%s:%u", queries_file, i + 1);
      print_query_problem (query, where);
      shown = nd_sanitize_terminal (text);
      g_print ("%u\t%" G_GINT64_FORMAT "\t%s\n",
               nd_search_results_get_n_items (results), elapsed, shown);
    }

  return EXIT_OK;
}

/* Not GOptionContext: a query such as -crime would be taken for an option. Only words
 * starting with -- are options, and after a lone -- none is. The rest go to @positional. */
static gboolean
split_search_arguments (int             argc,
                        char          **argv,
                        SearchOptions  *options,
                        GPtrArray      *positional,
                        char          **message)
{
  gboolean options_done = FALSE;

  for (int i = 1; i < argc; i++)
    {
      const char *arg = argv[i];

      if (options_done || !g_str_has_prefix (arg, "--"))
        g_ptr_array_add (positional, argv[i]);
      else if (g_str_equal (arg, "--"))
        options_done = TRUE;
      else if (g_str_equal (arg, "--json"))
        options->json = TRUE;
      else if (g_str_equal (arg, "--timings"))
        options->timings = TRUE;
      else if (g_str_has_prefix (arg, "--queries=") && arg[strlen ("--queries=")] != '\0')
        {
          g_free (options->queries_file);
          options->queries_file = g_strdup (arg + strlen ("--queries="));
        }
      else if (g_str_equal (arg, "--queries") && i + 1 < argc)
        {
          g_free (options->queries_file);
          options->queries_file = g_strdup (argv[++i]);
        }
      else if (g_str_equal (arg, "--queries") || g_str_equal (arg, "--queries="))
        {
          *message = g_strdup_printf (_("Missing argument for %s"), "--queries");
          return FALSE;
        }
      else
        {
          *message = g_strdup_printf (_("Unknown option %s"), arg);
          return FALSE;
        }
    }

  return TRUE;
}

/* The options that only make sense together, or never do. */
static gboolean
check_timings_options (const SearchOptions  *options,
                       char                **message)
{
  if (options->queries_file != NULL && !options->timings)
    *message = g_strdup (_("--queries needs --timings"));
  else if (options->timings && options->queries_file == NULL)
    *message = g_strdup (_("--timings needs --queries FILE"));
  else if (options->timings && options->json)
    *message = g_strdup (_("--timings prints no JSON; leave out --json"));

  return *message == NULL;
}

static gboolean
parse_search_options (int             argc,
                      char          **argv,
                      SearchOptions  *options,
                      char          **message)
{
  g_autoptr(GPtrArray) positional = g_ptr_array_new ();

  options->paths = g_ptr_array_new_with_free_func (g_free);

  if (!split_search_arguments (argc, argv, options, positional, message) ||
      !check_timings_options (options, message))
    return FALSE;

  if (!options->timings)
    {
      if (positional->len == 0)
        {
          *message = g_strdup (_("search needs a query and at least one file or folder"));
          return FALSE;
        }

      options->query = dup_query_text (g_ptr_array_index (positional, 0), TRUE);
      g_ptr_array_remove_index (positional, 0);

      if (*options->query == '\0')
        {
          *message = g_strdup (_("the query is empty"));
          return FALSE;
        }
    }

  if (positional->len == 0)
    {
      *message = g_strdup (_("search needs at least one file or folder"));
      return FALSE;
    }

  for (guint i = 0; i < positional->len; i++)
    g_ptr_array_add (options->paths, g_strdup (g_ptr_array_index (positional, i)));

  return TRUE;
}

static int
command_search (int    argc,
                char **argv)
{
  SearchOptions options = { 0 };
  g_autofree char *message = NULL;
  int status;

  if (!parse_search_options (argc, argv, &options, &message))
    {
      search_options_clear (&options);
      return nd_cli_usage_error (message);
    }

  if (options.timings)
    {
      g_autoptr(GError) error = NULL;

      /* Read first: a missing file should not cost a load. */
      if (!g_file_get_contents (options.queries_file, &options.queries, NULL, &error))
        {
          g_autofree char *safe = nd_sanitize_terminal (error->message);

          g_printerr ("newsdesk-cli: %s\n", safe);
          search_options_clear (&options);
          return EXIT_INPUT_FAILED;
        }
    }
  else
    {
      /* Whatever the problem, the rest of the query is still searched, as in the window. */
      options.parsed = nd_search_query_parse (options.query, FALSE);
      print_query_problem (options.parsed, NULL);
    }

  g_ptr_array_add (options.paths, NULL);
  status = nd_cli_run_on_articles ((const char * const *)options.paths->pdata, FALSE, NULL,
                                   ND_TYPE_SEARCH_INDEX,
                                   _("search needs at least one file or folder"),
                                   options.timings ? run_timings : run_search, &options);
  search_options_clear (&options);

  return status;
}

static gboolean
is_option (const char *arg,
           const char *name)
{
  return g_strcmp0 (arg, name) == 0;
}

/* "--help" anywhere before "--" wins, so that it never gets taken for a path or query. */
static gboolean
asks_for_help (int    argc,
               char **argv)
{
  for (int i = 2; i < argc && !is_option (argv[i], "--"); i++)
    if (is_option (argv[i], "--help") || is_option (argv[i], "-h"))
      return TRUE;

  return FALSE;
}

static const struct {
  const char *name;
  int (*run) (int argc, char **argv);
} commands[] = {
  { "list", command_list },
  { "search", command_search },
  { "quotes", nd_cli_quotes },
  { "export", nd_cli_export },
  { "timeline", nd_cli_timeline },
  { "show", nd_cli_show },
  { "statements", nd_cli_statements },
  { "stories", nd_cli_stories },
};

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (argc < 2)
    return nd_cli_usage_error (_("no command given"));

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

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (is_option (argv[1], commands[i].name))
      {
        if (asks_for_help (argc, argv))
          {
            print_help ();
            return EXIT_OK;
          }
        return commands[i].run (argc - 1, argv + 1);
      }

  g_autofree char *message = g_strdup_printf (_("unknown command “%s”"), argv[1]);
  return nd_cli_usage_error (message);
}

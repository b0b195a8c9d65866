/* nd-cli-timeline.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* newsdesk-cli timeline [--json] PATH...: when each article was published and the dates
 * its body mentions, oldest first.
 *
 * Order: by the first day covered, then the last (a day before the month that holds it),
 * then published before mentioned, then by the article's publication time (undated
 * articles last, by id), then by where the mention is in the body. An undated article has
 * no "published" event; its mentions appear when they need no publication date ("in 1999",
 * "12 March 2026"). A "published" event's day is the publication date in the article's own
 * time zone, as mentions are resolved; its text is the publication time as `list --json`
 * writes it and its sentence the title (null when the article has none). */

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "load/nd-article-store.h"
#include "nd-cli.h"
#include "dates/nd-date-mention.h"
#include "util/nd-sanitize.h"
#include "util/nd-json-writer.h"

typedef struct
{
  NdArticle       *article;
  guint            article_rank;
  gboolean         published;
  GDate            from;
  GDate            to;
  NdDatePrecision  precision;
  char            *text;
  guint            offset;
  char            *sentence;
} Event;

static void
event_clear (gpointer data)
{
  Event *event = data;

  g_free (event->text);
  g_free (event->sentence);
}

static int
compare_events (gconstpointer a,
                gconstpointer b)
{
  const Event *x = a;
  const Event *y = b;
  int cmp;

  if ((cmp = g_date_compare (&x->from, &y->from)) != 0 ||
      (cmp = g_date_compare (&x->to, &y->to)) != 0)
    return cmp;

  if (x->published != y->published)
    return x->published ? -1 : 1;

  if (x->article_rank != y->article_rank)
    return x->article_rank < y->article_rank ? -1 : 1;

  return x->offset < y->offset ? -1 : x->offset > y->offset;
}

/* Oldest first, undated last, then by id: the order ties between articles follow. */
static int
compare_articles_oldest_first (gconstpointer a,
                               gconstpointer b)
{
  NdArticle *x = *(NdArticle **)a;
  NdArticle *y = *(NdArticle **)b;
  GDateTime *x_published = nd_article_get_published (x);
  GDateTime *y_published = nd_article_get_published (y);
  int cmp;

  if (x_published != NULL && y_published != NULL &&
      (cmp = g_date_time_compare (x_published, y_published)) != 0)
    return cmp;
  if ((x_published == NULL) != (y_published == NULL))
    return x_published == NULL ? 1 : -1;

  return g_strcmp0 (nd_article_get_id (x), nd_article_get_id (y));
}

static void
add_published_event (GArray    *events,
                     NdArticle *article,
                     guint      rank)
{
  GDateTime *published = nd_article_get_published (article);
  const char *title = nd_article_get_title (article);
  Event event = { .article = article, .article_rank = rank, .published = TRUE,
                  .precision = ND_DATE_PRECISION_DAY };
  int year, month, day;

  if (published == NULL)
    return;

  g_date_time_get_ymd (published, &year, &month, &day);
  g_date_clear (&event.from, 1);
  g_date_set_dmy (&event.from, day, month, year);
  event.to = event.from;
  event.text = nd_article_dup_published_string (article);
  event.sentence = title != NULL && *title != '\0' ? g_strdup (title) : NULL;
  g_array_append_val (events, event);
}

static void
add_mentioned_events (GArray    *events,
                      NdArticle *article,
                      guint      rank)
{
  g_autoptr(GPtrArray) mentions = nd_date_mentions_find (nd_article_get_body (article),
                                                         nd_article_get_published (article));

  for (guint i = 0; i < mentions->len; i++)
    {
      NdDateMention *mention = g_ptr_array_index (mentions, i);
      Event event = { .article = article, .article_rank = rank, .from = mention->from,
                      .to = mention->to, .precision = mention->precision,
                      .offset = mention->offset };

      event.text = g_steal_pointer (&mention->text);
      event.sentence = g_steal_pointer (&mention->sentence);
      g_array_append_val (events, event);
    }
}

static GArray *
collect_events (GListModel *articles)
{
  GArray *events = g_array_new (FALSE, TRUE, sizeof (Event));
  g_autoptr(GPtrArray) sorted = g_ptr_array_new_with_free_func (g_object_unref);

  g_array_set_clear_func (events, event_clear);

  for (guint i = 0; i < g_list_model_get_n_items (articles); i++)
    g_ptr_array_add (sorted, g_list_model_get_item (articles, i));
  g_ptr_array_sort (sorted, compare_articles_oldest_first);

  for (guint i = 0; i < sorted->len; i++)
    {
      add_published_event (events, g_ptr_array_index (sorted, i), i);
      add_mentioned_events (events, g_ptr_array_index (sorted, i), i);
    }

  /* The articles stay alive in the store; the events only borrow them. */
  g_array_sort (events, compare_events);

  return events;
}

static char *
format_date (const GDate *date)
{
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

/* "2026-03-03", "2026-02", "2014", "1990s", "2026-03-09 – 2026-03-15", "~1996": the
 * same in every locale, as list prints dates. */
static char *
format_span (const Event *event)
{
  g_autofree char *from = format_date (&event->from);
  g_autofree char *to = format_date (&event->to);

  switch (event->precision)
    {
    case ND_DATE_PRECISION_DAY:
      if (g_date_compare (&event->from, &event->to) == 0)
        return g_steal_pointer (&from);
      break;
    case ND_DATE_PRECISION_MONTH:
      return g_strndup (from, 7);
    case ND_DATE_PRECISION_YEAR:
      if (g_date_get_year (&event->from) == g_date_get_year (&event->to))
        return g_strndup (from, 4);
      return g_strdup_printf ("%.4s – %.4s", from, to);
    case ND_DATE_PRECISION_DECADE:
      return g_strdup_printf ("%.4ss", from);
    case ND_DATE_PRECISION_APPROXIMATE:
      if (g_date_get_year (&event->from) == g_date_get_year (&event->to) &&
          g_date_get_month (&event->from) == 1 && g_date_get_day (&event->from) == 1 &&
          g_date_get_month (&event->to) == 12 && g_date_get_day (&event->to) == 31)
        return g_strdup_printf ("~%.4s", from);
      return g_strdup_printf ("~%s – %s", from, to);
    case ND_DATE_PRECISION_WEEK:
    default:
      break;
    }

  return g_strdup_printf ("%s – %s", from, to);
}

/* printf pads bytes; the dash in a range is three of them. */
static char *
pad_to_width (const char *text,
              glong       width)
{
  glong length = g_utf8_strlen (text, -1);

  return g_strdup_printf ("%s%*s", text, (int)MAX (width - length, 0), "");
}

static void
print_events_text (GArray *events)
{
  for (guint i = 0; i < events->len; i++)
    {
      const Event *event = &g_array_index (events, Event, i);
      g_autofree char *span = format_span (event);
      g_autofree char *column = pad_to_width (span, 25);
      g_autofree char *id = nd_sanitize_terminal (nd_article_get_id (event->article));
      g_autofree char *text = nd_sanitize_terminal (event->text);
      g_autofree char *sentence = event->sentence != NULL ? nd_sanitize_terminal (event->sentence)
                                                          : NULL;

      if (event->published)
        /* Translators: a published event: date, article id, title */
        g_print (_("%s  published  %s — %s\n"), column, id,
                 sentence != NULL ? sentence : _("(untitled)"));
      else
        /* Translators: a mentioned event: date, article id, the expression, its sentence */
        g_print (_("%s  mentioned  %s — “%s” in: %s\n"), column, id, text,
                 sentence != NULL ? sentence : "");
    }
}

/* Written by hand, one event a line, in the shape of search --json. */
static void
print_events_json (GArray *events)
{
  g_autoptr(GString) json = g_string_new ("[");

  for (guint i = 0; i < events->len; i++)
    {
      const Event *event = &g_array_index (events, Event, i);
      g_autofree char *from = format_date (&event->from);
      g_autofree char *to = format_date (&event->to);

      g_string_append (json, i == 0 ? "\n  {\"article\": " : ",\n  {\"article\": ");
      nd_json_writer_append_string (json, nd_article_get_id (event->article));
      g_string_append_printf (json, ", \"kind\": \"%s\", \"from\": \"%s\", \"to\": \"%s\", "
                              "\"precision\": \"%s\", \"text\": ",
                              event->published ? "published" : "mentioned", from, to,
                              nd_date_precision_to_string (event->precision));
      nd_json_writer_append_string (json, event->text);
      if (event->published)
        g_string_append (json, ", \"offset\": null, \"sentence\": ");
      else
        g_string_append_printf (json, ", \"offset\": %u, \"sentence\": ", event->offset);
      nd_json_writer_append_string (json, event->sentence);
      g_string_append (json, "}");
    }

  g_string_append (json, events->len > 0 ? "\n]\n" : "]\n");
  nd_cli_print_json (json->str);
}

static int
run_timeline (NdArticleStore *store,
              gconstpointer   data)
{
  const NdCliReadOptions *options = data;
  g_autoptr(GArray) events = collect_events (G_LIST_MODEL (store));

  if (options->json)
    print_events_json (events);
  else
    print_events_text (events);

  return EXIT_OK;
}

int
nd_cli_timeline (int    argc,
                 char **argv)
{
  return nd_cli_run_read_command (argc, argv, FALSE,
                                  _("timeline needs at least one file or folder"),
                                  run_timeline);
}

/* test-timeline-content.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* test-timeline on what the timeline shows: dates mentioned, thousands of articles, loads
 * in steps, extreme dates, colours that stay, dates without a time, and the screenshots. */

#include "config.h"

#include <gtk/gtk.h>
#include <math.h>

#include "dates/nd-date-mention.h"
#include "nd-sidebar.h"
#include "nd-test-ui-utils.h"
#include "nd-test-utils.h"
#include "nd-timeline.h"
#include "nd-timeline-private.h"
#include "nd-timeline-test-private.h"
#include "nd-window.h"
#include "nd-window-private.h"
#include "dates/nd-timeline-scale-private.h"
#include "test-timeline-private.h"

/* Mentions the test makes up: the café article mentions 1999 and 4 July 2025. */
static GPtrArray *
fake_mentions (NdArticle *article,
               gpointer   user_data)
{
  GPtrArray *found = g_ptr_array_new_with_free_func ((GDestroyNotify)nd_date_mention_free);
  NdDateMention *year, *day;

  if (g_strcmp0 (nd_article_get_id (article), "gazette-cafe-reprieve") != 0)
    return found;

  year = g_new0 (NdDateMention, 1);
  g_date_set_dmy (&year->from, 1, 1, 1999);
  g_date_set_dmy (&year->to, 31, 12, 1999);
  year->precision = ND_DATE_PRECISION_YEAR;
  year->text = g_strdup ("in 1999");
  year->offset = 400;
  year->length = 7;
  year->sentence = g_strdup ("Zoë Brennan, who opened Café Mirador in 1999, heard the news.");
  g_ptr_array_add (found, year);

  day = g_new0 (NdDateMention, 1);
  g_date_set_dmy (&day->from, 4, 7, 2025);
  g_date_set_dmy (&day->to, 4, 7, 2025);
  day->precision = ND_DATE_PRECISION_DAY;
  day->text = g_strdup ("4 July");
  day->offset = 100;
  day->length = 6;
  day->sentence = g_strdup ("It opened on 4 July.");
  g_ptr_array_add (found, day);

  /* A range that ends before it starts is left out, not drawn backwards. */
  day = nd_date_mention_copy (day);
  g_date_set_dmy (&day->from, 5, 7, 2025);
  g_ptr_array_add (found, day);

  return found;
}

static gboolean
has_mentions (gpointer data)
{
  return nd_timeline_get_n_mentions (data) == 2;
}

/* A tooltip's lines are at most sixty characters long. */
static void
assert_lines_fit (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_test_message ("%2ld | %s", g_utf8_strlen (lines[i], -1), lines[i]);
      g_assert_cmpint (g_utf8_strlen (lines[i], -1), <=, TOOLTIP_WIDTH_CHARS);
    }
}

static void
test_mentions (void)
{
  NdWindow *window = create_window_with_sample ();
  NdTimeline *timeline = get_timeline (window);
  g_autofree char *text = NULL;
  double x, y;

  nd_timeline_set_mention_finder (timeline, fake_mentions, NULL, NULL);
  g_assert_true (nd_test_wait_until (has_mentions, timeline, 5000));

  /* Show 1990 to 2030; select another article first. */
  nd_sidebar_select_article (ND_SIDEBAR (nd_window_get_sidebar (window)),
                             lookup (window, "ledger-vote-preview"));
  assert_all_show (window, "ledger-vote-preview");
  g_assert_cmpuint (nd_timeline_get_n_selected_mentions (timeline), ==, 0);
  nd_timeline_set_visible_range (timeline, 631152000, 1893456000);
  nd_test_wait_for_frames (GTK_WIDGET (timeline), 1);

  /* In order of start: 1999 first. A click on its bar opens the article that mentions it. */
  g_assert_true (nd_timeline_get_mention_position (timeline, 0, &x, &y));
  g_assert_false (nd_timeline_get_mention_position (timeline, 2, &x, &y));
  g_assert_true (nd_timeline_get_mention_position (timeline, 0, &x, &y));
  /* In order of row, then start: the day (first row) before the year (last row). */
  text = nd_timeline_dup_text_at (timeline, x, y);
  g_assert_cmpstr (text, ==, "Mentioned: Friday, 4 July 2025\n\n"
                             "It opened on 4 July.\n\n"
                             "Café Mirador reprieve as pumping\n"
                             "station moves along the quay\n"
                             "The Harbour Gazette · Wednesday, 1 April 2026, 08:00");
  g_clear_pointer (&text, g_free);
  g_assert_true (nd_timeline_get_mention_position (timeline, 1, &x, &y));
  text = nd_timeline_dup_text_at (timeline, x, y);
  g_assert_true (g_str_has_prefix (text, "Mentioned: 1999\n\n"
                                         "Zoë Brennan, who opened Café\n"
                                         "Mirador in 1999, heard the news.\n\n"));
  assert_lines_fit (text);
  click_at (GTK_WIDGET (timeline), x, y);
  assert_all_show (window, "gazette-cafe-reprieve");
  /* Both of its mentions are highlighted with it. */
  g_assert_cmpuint (nd_timeline_get_n_selected_mentions (timeline), ==, 2);
  nd_test_wait_for_frames (GTK_WIDGET (window), 2);
  nd_test_save_screenshot (GTK_WIDGET (window), "timeline-mentions.png");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A few thousand articles over five years from twelve outlets, a tenth undated. */
static char *
write_generated_articles (guint n_articles)
{
  g_autofree char *dir = nd_test_make_temp_dir ();
  g_autoptr(GString) lines = g_string_new (NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (6);
  static const char * const outlets[] = {
    "The Harbour Gazette", "Coastline Radio News", "The Morning Ledger", "Northfield Post",
    "Daily Beacon", "The Evening Star", "Riverside Courier", "Metro Wire", "The Observer Bay",
    "Quayside Weekly", "National Bulletin", "The Tidewater Times",
  };

  for (guint i = 0; i < n_articles; i++)
    {
      /* The last outlet gets a fifth of the articles: one lane is busier than the rest. */
      int pick = g_rand_int_range (rand, 0, 15);
      const char *outlet = outlets[MIN (pick, 11)];

      g_string_append_printf (lines, "{\"id\": \"gen-%u\", \"title\": \"Generated article %u\", "
                              "\"source\": \"%s\", \"body\": \"Text.\"", i, i, outlet);
      if (i % 10 != 0)
        {
          g_autoptr(GDateTime) base = g_date_time_new_utc (2021, 1, 1, 0, 0, 0);
          g_autoptr(GDateTime) when = g_date_time_add_seconds (base,
                                                               g_rand_double_range (rand, 0,
                                                                                    5 * 365 * DAY));
          g_autofree char *iso = g_date_time_format_iso8601 (when);

          g_string_append_printf (lines, ", \"published\": \"%s\"", iso);
        }
      g_string_append (lines, "}\n");
    }

  nd_test_write_file (dir, "generated.jsonl", lines->str, (gssize)lines->len);
  return g_steal_pointer (&dir);
}

static GtkWidget *
show_undated (NdTimeline *timeline)
{
  GtkWidget *popover;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (timeline), "timeline.show-undated", NULL));
  popover = nd_test_find_widget (GTK_WIDGET (timeline), GTK_TYPE_POPOVER);
  g_assert_nonnull (popover);
  g_assert_true (nd_test_wait_until (nd_test_widget_is_shown, popover, 5000));
  nd_test_wait_for_frames (popover, 2);

  return popover;
}

static gboolean
all_generated_placed (gpointer data)
{
  return nd_timeline_get_n_dated (data) == 2700 && nd_timeline_get_n_undated (data) == 300;
}

static void
test_many_articles (void)
{
  g_autofree char *dir = write_generated_articles (3000);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  GtkSettings *settings = gtk_settings_get_default ();
  NdWindow *window = nd_test_window_new (1200, 760);
  NdTimeline *timeline = get_timeline (window);
  GtkWidget *popover;
  GtkListView *list;
  double x, y;
  guint count;

  nd_window_open_files (window, &folder, 1);
  g_assert_true (nd_test_wait_until (nd_test_window_loaded, window, 20000));
  g_assert_true (nd_test_wait_until (timeline_ready, timeline, 10000));
  /* Rebuilt at most twice a second while articles arrive: wait for the last rebuild. */
  g_assert_true (nd_test_wait_until (all_generated_placed, timeline, 10000));
  nd_test_wait_for_frames (GTK_WIDGET (window), 2);

  /* One article in ten has no date: they are listed apart, not placed at 1970. */
  g_assert_cmpuint (nd_timeline_get_n_dated (timeline), ==, 2700);
  g_assert_cmpuint (nd_timeline_get_n_undated (timeline), ==, 300);

  /* Five years over some 800 pixels: the marks merge into clusters. */
  g_assert_true (nd_timeline_find_cluster (timeline, 5, &x, &y, &count));
  nd_test_save_screenshot (GTK_WIDGET (window), "timeline-many.png");

  /* The undated ones are listed in a popover; picking one selects it everywhere. */
  popover = show_undated (timeline);
  nd_test_save_screenshot (popover, "timeline-undated.png");
  list = GTK_LIST_VIEW (nd_test_find_widget (popover, GTK_TYPE_LIST_VIEW));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (list))),
                    ==, 300);
  /* In the store's order: undated by title, "Generated article 0", "… 10", "… 100". */
  g_signal_emit_by_name (list, "activate", 2);
  g_assert_cmpstr (nd_article_get_id (nd_window_get_selected_article (window)), ==, "gen-100");
  g_assert_true (nd_timeline_get_selected_article (timeline) ==
                 nd_window_get_selected_article (window));
  g_assert_false (gtk_widget_get_visible (popover));

  g_object_set (settings, "gtk-application-prefer-dark-theme", TRUE, NULL);
  nd_test_wait_for_frames (GTK_WIDGET (window), 2);
  nd_test_save_screenshot (GTK_WIDGET (window), "timeline-many-dark.png");
  g_object_set (settings, "gtk-application-prefer-dark-theme", FALSE, NULL);

  gtk_window_destroy (GTK_WINDOW (window));
  nd_test_remove_tree (dir);
}

/* One made-up mention per dated article: its own day. */
static GPtrArray *
mention_own_day (NdArticle *article,
                 gpointer   user_data)
{
  GPtrArray *found = g_ptr_array_new_with_free_func ((GDestroyNotify)nd_date_mention_free);
  GDateTime *published = nd_article_get_published (article);
  NdDateMention *mention;

  if (published == NULL)
    return found;

  mention = g_new0 (NdDateMention, 1);
  g_date_set_dmy (&mention->from, (GDateDay)g_date_time_get_day_of_month (published),
                  (GDateMonth)g_date_time_get_month (published),
                  (GDateYear)g_date_time_get_year (published));
  mention->to = mention->from;
  mention->text = g_strdup ("today");
  mention->sentence = g_strdup ("Today.");
  g_ptr_array_add (found, mention);

  return found;
}

typedef struct
{
  NdTimeline *timeline;
  guint       n_dated;
  guint       n_undated;
} Counts;

static gboolean
counts_are (gpointer data)
{
  Counts *counts = data;

  return nd_timeline_get_n_dated (counts->timeline) == counts->n_dated &&
         nd_timeline_get_n_undated (counts->timeline) == counts->n_undated &&
         nd_timeline_get_n_mentions (counts->timeline) == counts->n_dated;
}

static void
assert_counts (NdTimeline *timeline,
               guint       n_dated,
               guint       n_undated)
{
  Counts counts = { timeline, n_dated, n_undated };

  if (!nd_test_wait_until (counts_are, &counts, 5000))
    g_error ("%u dated, %u undated, %u mentions; expected %u, %u and %u",
             nd_timeline_get_n_dated (timeline), nd_timeline_get_n_undated (timeline),
             nd_timeline_get_n_mentions (timeline), n_dated, n_undated, n_dated);
}

static void
assert_time_order (NdTimeline         *timeline,
                   const char * const *ids)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (timeline), "timeline.first", NULL));
  for (guint i = 0; ids[i] != NULL; i++)
    {
      if (i > 0)
        g_assert_true (gtk_widget_activate_action (GTK_WIDGET (timeline), "timeline.next", NULL));
      g_assert_cmpstr (nd_article_get_id (nd_timeline_get_selected_article (timeline)), ==, ids[i]);
    }
  /* Past the last, the selection stays. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (timeline), "timeline.next", NULL));
  g_assert_cmpstr (nd_article_get_id (nd_timeline_get_selected_article (timeline)), ==,
                   ids[g_strv_length ((char **)ids) - 1]);
}

/* Articles that arrive in a second load are merged in time order with the first; taking a
 * file away reads everything again. */
static void
test_loads_in_steps (void)
{
  g_autofree char *dir = nd_test_make_temp_dir ();
  g_autofree char *path_a = g_build_filename (dir, "a.json", NULL);
  g_autofree char *path_b = g_build_filename (dir, "b.json", NULL);
  g_autoptr(NdArticleStore) store = nd_article_store_new ();
  GtkWidget *window = gtk_window_new ();
  NdTimeline *timeline = ND_TIMELINE (nd_timeline_new ());
  const char * const after_a[] = { "a1", "a2", NULL };
  const char * const after_b[] = { "b1", "a1", "b0", "a2", NULL };
  const char * const without_a[] = { "b1", "b0", NULL };

  nd_test_write_file (dir, "a.json",
                      "[{\"id\": \"a0\", \"title\": \"A0\", \"source\": \"Alpha\"},"
                      " {\"id\": \"a1\", \"title\": \"A1\", \"source\": \"Alpha\","
                      "  \"published\": \"2026-01-10T09:00:00Z\"},"
                      " {\"id\": \"a2\", \"title\": \"A2\", \"source\": \"Beta\","
                      "  \"published\": \"2026-01-20T09:00:00Z\"}]", -1);
  nd_test_write_file (dir, "b.json",
                      "[{\"id\": \"b0\", \"title\": \"B0\", \"source\": \"Beta\","
                      "  \"published\": \"2026-01-15T09:00:00Z\"},"
                      " {\"id\": \"b1\", \"title\": \"B1\", \"source\": \"Gamma\","
                      "  \"published\": \"2026-01-05T09:00:00Z\"},"
                      " {\"id\": \"b2\", \"title\": \"B2\"}]", -1);

  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (timeline));
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 200);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (nd_test_wait_until (nd_test_widget_is_shown, timeline, 10000));
  nd_timeline_set_mention_finder (timeline, mention_own_day, NULL, NULL);
  nd_timeline_set_model (timeline, G_LIST_MODEL (store));

  nd_test_load_path (store, path_a);
  assert_counts (timeline, 2, 1);
  assert_time_order (timeline, after_a);

  nd_test_load_path (store, path_b);
  assert_counts (timeline, 4, 2);
  assert_time_order (timeline, after_b);

  g_assert_cmpuint (nd_article_store_forget_file (store, path_a), ==, 3);
  assert_counts (timeline, 2, 1);
  assert_time_order (timeline, without_a);

  gtk_window_destroy (GTK_WINDOW (window));
  nd_test_remove_tree (dir);
}

typedef struct
{
  NdTimeline *timeline;
  guint       n_dated;
} DatedCheck;

static gboolean
dated_is (gpointer data)
{
  DatedCheck *check = data;

  return nd_timeline_get_n_dated (check->timeline) == check->n_dated;
}

static void
wait_for_dated (NdTimeline *timeline,
                guint       n_dated)
{
  DatedCheck check = { timeline, n_dated };

  g_assert_true (nd_test_wait_until (dated_is, &check, 5000));
}

static const char * const first_names[] = { "Alpha", "Beta", "Gamma" };

static void
assert_colors (NdTimeline *timeline,
               const guint expected[3])
{
  for (guint i = 0; i < 3; i++)
    g_assert_cmpuint (_nd_timeline_get_source_color (timeline, first_names[i]), ==, expected[i]);
}

/* A source keeps its colour when files with other sources come and go, and when its own
 * file goes and comes back. */
static void
test_colors_stay (void)
{
  g_autofree char *dir = nd_test_make_temp_dir ();
  g_autofree char *path_a = g_build_filename (dir, "a.json", NULL);
  g_autofree char *path_b = g_build_filename (dir, "b.json", NULL);
  g_autoptr(NdArticleStore) store = nd_article_store_new ();
  GtkWidget *window = gtk_window_new ();
  NdTimeline *timeline = ND_TIMELINE (nd_timeline_new ());
  guint first[3];

  nd_test_write_file (dir, "a.json",
                      "[{\"id\": \"a1\", \"title\": \"A1\", \"source\": \"Alpha\","
                      "  \"published\": \"2026-01-10T09:00:00Z\"},"
                      " {\"id\": \"a2\", \"title\": \"A2\", \"source\": \"Beta\","
                      "  \"published\": \"2026-01-20T09:00:00Z\"},"
                      " {\"id\": \"a3\", \"title\": \"A3\", \"source\": \"Gamma\","
                      "  \"published\": \"2026-01-25T09:00:00Z\"}]", -1);
  /* Names before, between and after them: by order of name they would all move. */
  nd_test_write_file (dir, "b.json",
                      "[{\"id\": \"b1\", \"title\": \"B1\", \"source\": \"Aardvark Daily\","
                      "  \"published\": \"2026-01-05T09:00:00Z\"},"
                      " {\"id\": \"b2\", \"title\": \"B2\", \"source\": \"Bravo Wire\","
                      "  \"published\": \"2026-01-06T09:00:00Z\"},"
                      " {\"id\": \"b3\", \"title\": \"B3\", \"source\": \"Delta Post\","
                      "  \"published\": \"2026-01-07T09:00:00Z\"},"
                      " {\"id\": \"b4\", \"title\": \"B4\", \"source\": \"Zulu Times\","
                      "  \"published\": \"2026-01-08T09:00:00Z\"}]", -1);

  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (timeline));
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 300);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (nd_test_wait_until (nd_test_widget_is_shown, timeline, 10000));
  nd_timeline_set_model (timeline, G_LIST_MODEL (store));

  nd_test_load_path (store, path_a);
  wait_for_dated (timeline, 3);
  for (guint i = 0; i < 3; i++)
    first[i] = _nd_timeline_get_source_color (timeline, first_names[i]);
  g_test_message ("Alpha %u, Beta %u, Gamma %u", first[0], first[1], first[2]);
  /* Three sources, three colours. */
  g_assert_cmpuint (first[0], !=, first[1]);
  g_assert_cmpuint (first[0], !=, first[2]);
  g_assert_cmpuint (first[1], !=, first[2]);

  nd_test_load_path (store, path_b);
  wait_for_dated (timeline, 7);
  assert_colors (timeline, first);
  /* Seven sources, seven colours. */
  {
    static const char * const all[] = { "Alpha", "Beta", "Gamma", "Aardvark Daily", "Bravo Wire",
                                        "Delta Post", "Zulu Times" };
    g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);

    for (guint i = 0; i < G_N_ELEMENTS (all); i++)
      g_hash_table_add (seen, GUINT_TO_POINTER (_nd_timeline_get_source_color (timeline, all[i]) + 1));
    g_assert_cmpuint (g_hash_table_size (seen), ==, G_N_ELEMENTS (all));
  }

  /* The other file goes: everything is read again, the colours stay. */
  g_assert_cmpuint (nd_article_store_forget_file (store, path_b), ==, 4);
  wait_for_dated (timeline, 3);
  assert_colors (timeline, first);

  /* Their own file goes while the other is loaded, and comes back. */
  nd_test_load_path (store, path_b);
  g_assert_cmpuint (nd_article_store_forget_file (store, path_a), ==, 3);
  wait_for_dated (timeline, 4);
  g_assert_cmpuint (_nd_timeline_get_source_color (timeline, "Alpha"), ==, G_MAXUINT);
  nd_test_load_path (store, path_a);
  wait_for_dated (timeline, 7);
  assert_colors (timeline, first);

  gtk_window_destroy (GTK_WINDOW (window));
  nd_test_remove_tree (dir);
}

static double
pixels_per_second_in_view (NdTimeline *timeline)
{
  double start, end;

  nd_timeline_get_visible_range (timeline, &start, &end);
  return timeline->scale.width / (end - start);
}

/* "gazette-council-vote" gave only a date, 13 March 2026. On an axis of hours it covers
 * that day, not midnight; on an axis of days it is a line at the day's start. */
static void
test_date_only (void)
{
  NdWindow *window = create_window_with_sample ();
  NdTimeline *timeline = get_timeline (window);
  NdArticle *vote = lookup (window, "gazette-council-vote");
  g_autoptr(GDateTime) day = g_date_time_new_local (2026, 3, 13, 0, 0, 0);
  double midnight = (double)g_date_time_to_unix (day);
  g_autofree char *at_start = NULL;
  g_autofree char *at_noon = NULL;
  g_autofree char *beside = NULL;
  double x, y, noon_x;

  g_assert_true (nd_article_get_published_is_date (vote));

  /* Two days around it: an axis of hours. */
  nd_timeline_set_visible_range (timeline, midnight - 12 * 3600, midnight + 36 * 3600);
  nd_test_wait_for_frames (GTK_WIDGET (timeline), 1);
  g_assert_true (nd_timeline_get_mark_position (timeline, vote, &x, &y));
  /* Noon of that day: in the band, twelve hours from its start. */
  noon_x = x + 12 * 3600 * pixels_per_second_in_view (timeline);
  at_start = nd_timeline_dup_text_at (timeline, x, y);
  at_noon = nd_timeline_dup_text_at (timeline, noon_x, y);
  g_assert_nonnull (at_start);
  g_assert_true (g_str_has_suffix (at_start, "The Harbour Gazette · Friday, 13 March 2026"));
  g_assert_cmpstr (at_noon, ==, at_start);

  /* The whole story: an axis of days, where noon of that day is empty. */
  nd_timeline_zoom_to_fit (timeline);
  nd_test_wait_for_frames (GTK_WIDGET (timeline), 1);
  g_assert_true (nd_timeline_get_mark_position (timeline, vote, &x, &y));
  beside = nd_timeline_dup_text_at (timeline, x + 12 * 3600 * pixels_per_second_in_view (timeline), y);
  g_assert_null (beside);

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
has_selection (gpointer data)
{
  return nd_timeline_get_selected_article (data) != NULL;
}

/* Dates from 1066 to 9999 and forty articles of the same minute: nothing breaks, and the
 * cluster that no zoom can pull apart selects its first article when clicked. */
static void
test_extremes (void)
{
  g_autofree char *dir = nd_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "extremes.jsonl", NULL);
  g_autoptr(GString) lines = g_string_new (NULL);
  g_autoptr(NdArticleStore) store = nd_article_store_new ();
  GtkWidget *window = gtk_window_new ();
  NdTimeline *timeline = ND_TIMELINE (nd_timeline_new ());
  double x, y, start, end;
  guint count;

  for (guint i = 0; i < 40; i++)
    g_string_append_printf (lines, "{\"id\": \"same-%02u\", \"title\": \"Same %02u\", "
                            "\"source\": \"Wire\", \"published\": \"2026-03-01T12:00:00Z\"}\n",
                            i, i);
  g_string_append (lines, "{\"id\": \"hastings\", \"title\": \"Hastings\", "
                          "\"source\": \"Chronicle\", \"published\": \"1066-10-14\"}\n"
                          "{\"id\": \"far\", \"title\": \"Far\", "
                          "\"published\": \"9999-12-30\"}\n");
  nd_test_write_file (dir, "extremes.jsonl", lines->str, (gssize)lines->len);

  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (timeline));
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 200);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (nd_test_wait_until (nd_test_widget_is_shown, timeline, 10000));
  nd_timeline_set_model (timeline, G_LIST_MODEL (store));
  nd_test_load_path (store, path);
  g_assert_true (nd_test_wait_until (timeline_ready, timeline, 5000));
  nd_test_wait_for_frames (GTK_WIDGET (timeline), 2);
  g_assert_cmpuint (nd_timeline_get_n_dated (timeline), ==, 42);

  /* Nine millennia fit, and every zoom step out or in on them draws. */
  nd_timeline_get_visible_range (timeline, &start, &end);
  g_assert_cmpfloat (start, <, -28502755200.0);   /* 1066-10-14 */
  g_assert_cmpfloat (end, >, 253402128000.0);     /* 9999-12-30 */
  for (guint i = 0; i < 3; i++)
    {
      gtk_widget_activate_action (GTK_WIDGET (timeline), "timeline.zoom-out", NULL);
      nd_test_wait_for_frames (GTK_WIDGET (timeline), 1);
    }

  /* The smallest span, six hours, around the forty. */
  nd_timeline_set_visible_range (timeline, 1772366400 - 3 * 3600, 1772366400 + 3 * 3600);
  nd_test_wait_for_frames (GTK_WIDGET (timeline), 1);
  g_assert_true (nd_timeline_find_cluster (timeline, 40, &x, &y, &count));
  g_assert_cmpuint (count, ==, 40);
  click_at (GTK_WIDGET (timeline), x, y);
  g_assert_true (nd_test_wait_until (has_selection, timeline, 5000));
  g_assert_cmpstr (nd_article_get_id (nd_timeline_get_selected_article (timeline)), ==, "same-00");

  /* Right walks through them in the order they came, then on to the year 9999. */
  for (guint i = 1; i < 40; i++)
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (timeline), "timeline.next", NULL));
  g_assert_cmpstr (nd_article_get_id (nd_timeline_get_selected_article (timeline)), ==, "same-39");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (timeline), "timeline.next", NULL));
  g_assert_cmpstr (nd_article_get_id (nd_timeline_get_selected_article (timeline)), ==, "far");
  nd_test_wait_for_frames (GTK_WIDGET (timeline), 2);

  gtk_window_destroy (GTK_WINDOW (window));
  nd_test_remove_tree (dir);
}

static gboolean
real_mentions_found (gpointer data)
{
  return nd_timeline_get_n_mentions (data) > 0 && !nd_timeline_get_finding_mentions (data);
}

static void
move_pointer_to (GtkWidget *widget,
                 double     x,
                 double     y)
{
  g_autofree char *arguments = NULL;
  double window_x, window_y;

  to_x_window (widget, x, y, &window_x, &window_y);
  arguments = g_strdup_printf ("mousemove --window %lu %d %d", get_xid (widget),
                               (int)round (window_x), (int)round (window_y));
  run_xdotool (arguments);
}

typedef struct
{
  NdTimeline *timeline;
  double      x;
} PointerCheck;

static gboolean
pointer_is_at (gpointer data)
{
  PointerCheck *check = data;

  return fabs (check->timeline->pointer_x - check->x) < 1.5;
}

static void
wait_for_motion (NdTimeline *timeline,
                 double      x)
{
  PointerCheck check = { timeline, x };

  g_assert_true (nd_test_wait_until (pointer_is_at, &check, 5000));
}

typedef struct
{
  GtkWidget  *window;
  const char *text;
  GtkWidget  *tooltip;   /* out: the tooltip window */
} TooltipCheck;

/* A shown label, under @widget, that says @text. */
static gboolean
shows_label (GtkWidget  *widget,
             const char *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
      g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (shows_label (child, text))
      return TRUE;

  return FALSE;
}

/* GTK's tooltip window, a child of the window it belongs to, is shown with @text, and the
 * X server has mapped it. */
static gboolean
tooltip_shows (gpointer data)
{
  TooltipCheck *check = data;

  for (GtkWidget *child = gtk_widget_get_first_child (check->window); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (g_str_equal (G_OBJECT_TYPE_NAME (child), "GtkTooltipWindow") &&
        gtk_widget_get_mapped (child) && shows_label (child, check->text) &&
        gdk_surface_get_mapped (gtk_native_get_surface (GTK_NATIVE (child))))
      {
        check->tooltip = child;
        return TRUE;
      }

  return FALSE;
}

static gboolean
text_at_is (NdTimeline *timeline,
            double      x,
            double      y,
            const char *text)
{
  g_autofree char *found = nd_timeline_dup_text_at (timeline, x, y);

  return g_strcmp0 (found, text) == 0;
}

/* The first mention whose bar is in view, well inside the plot, with the same tooltip a
 * pixel to its left, where the pointer comes from. */
static gboolean
find_mention_in_view (NdTimeline *timeline,
                      double     *x,
                      double     *y)
{
  int width = gtk_widget_get_width (GTK_WIDGET (timeline));

  for (guint i = 0; nd_timeline_get_mention_position (timeline, i, x, y); i++)
    {
      g_autofree char *text = NULL;

      if (*x < timeline->plot_x + 20 || *x > width - 120)
        continue;
      text = nd_timeline_dup_text_at (timeline, *x, *y);
      if (text != NULL && g_str_has_prefix (text, "Mentioned: ") &&
          text_at_is (timeline, *x - 1, *y, text))
        return TRUE;
    }

  return FALSE;
}

/* Saves the window, then points at a mention as a person would and waits for GTK to show
 * its tooltip. (The tooltip is a window of its own: not in the PNG.) */
static void
save_mention_tooltip (NdWindow   *window,
                      const char *name)
{
  NdTimeline *timeline = get_timeline (window);
  g_autofree char *text = NULL;
  g_autofree char *window_png = g_strdup_printf ("timeline-%s.png", name);
  TooltipCheck check = { GTK_WIDGET (window), NULL, NULL };
  guint n_tooltips = _nd_timeline_get_n_tooltips (timeline);
  double x, y;

  nd_test_wait_for_frames (GTK_WIDGET (timeline), 1);
  nd_test_save_screenshot (GTK_WIDGET (window), window_png);
  g_assert_true (find_mention_in_view (timeline, &x, &y));
  text = nd_timeline_dup_text_at (timeline, x, y);
  assert_lines_fit (text);
  check.text = text;

  /* Onto the bar, then a pixel on: GTK starts a tooltip on motion within a widget, which
   * the move into the window is not. */
  move_pointer_to (GTK_WIDGET (timeline), x - 1, y);
  wait_for_motion (timeline, x - 1);
  move_pointer_to (GTK_WIDGET (timeline), x, y);
  if (!nd_test_wait_until (tooltip_shows, &check, 10000))
    g_error ("no tooltip for the mention at %.0f, %.0f", x, y);
  g_assert_cmpuint (_nd_timeline_get_n_tooltips (timeline), >, n_tooltips);
  /* Drawn: an X window mapped but not yet painted shows what lies below it. */
  nd_test_wait_for_frames (check.tooltip, 2);

  /* Out of the timeline, onto the reader, so that the next bar's tooltip is new. */
  move_pointer_to (GTK_WIDGET (timeline), timeline->plot_x + 200, -100);
}

/* With the real finder (nd_date_mentions_find) the sample story mentions dates: the
 * timeline at day, hour and month zoom with a mention's tooltip. */
static void
test_screenshots (void)
{
  GtkSettings *settings = gtk_settings_get_default ();
  NdWindow *window = create_window_with_sample ();
  NdTimeline *timeline = get_timeline (window);
  g_autoptr(GDateTime) day = g_date_time_new_local (2026, 3, 13, 0, 0, 0);
  double midnight = (double)g_date_time_to_unix (day);

  g_assert_true (nd_test_wait_until (real_mentions_found, timeline, 10000));
  g_test_message ("%u mentions in the sample story", nd_timeline_get_n_mentions (timeline));

  nd_test_wait_for_frames (GTK_WIDGET (window), 2);
  nd_test_save_screenshot (GTK_WIDGET (window), "timeline-sample.png");
  g_object_set (settings, "gtk-application-prefer-dark-theme", TRUE, NULL);
  nd_test_wait_for_frames (GTK_WIDGET (window), 2);
  nd_test_save_screenshot (GTK_WIDGET (window), "timeline-sample-dark.png");
  g_object_set (settings, "gtk-application-prefer-dark-theme", FALSE, NULL);

  /* The story fitted: an axis of days. */
  save_mention_tooltip (window, "zoom-days");

  /* 12 and 13 March, with the date-only council vote: an axis of hours. */
  nd_timeline_set_visible_range (timeline, midnight - 20 * 3600, midnight + 28 * 3600);
  g_assert_cmpint (nd_timeline_ticks_unit (&timeline->scale, TICK_MIN_SPACING), ==,
                   ND_TIMELINE_UNIT_HOUR);
  save_mention_tooltip (window, "zoom-hours");

  /* November to June: an axis of months. */
  nd_timeline_set_visible_range (timeline, midnight - 120 * DAY, midnight + 100 * DAY);
  g_assert_cmpint (nd_timeline_ticks_unit (&timeline->scale, TICK_MIN_SPACING), ==,
                   ND_TIMELINE_UNIT_MONTH);
  save_mention_tooltip (window, "zoom-months");

  gtk_window_destroy (GTK_WINDOW (window));
}

void
add_timeline_content_tests (void)
{
  g_test_add_func ("/nd/timeline/mentions", test_mentions);
  g_test_add_func ("/nd/timeline/many-articles", test_many_articles);
  g_test_add_func ("/nd/timeline/loads-in-steps", test_loads_in_steps);
  g_test_add_func ("/nd/timeline/extremes", test_extremes);
  g_test_add_func ("/nd/timeline/colors-stay", test_colors_stay);
  g_test_add_func ("/nd/timeline/date-only", test_date_only);
  g_test_add_func ("/nd/timeline/screenshots", test_screenshots);
}

/* test-sidebar-rows.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* test-sidebar on its rows: their texts and excerpts, a screenshot, 100,000 articles and 140
 * outlets. */

#include "config.h"

#include <gtk/gtk.h>
#include <string.h>

#include "nd-article-row.h"
#include "nd-article-row-private.h"
#include "load/nd-article-store.h"
#include "nd-sidebar.h"
#include "nd-sidebar-test-private.h"
#include "nd-test-ui-utils.h"
#include "nd-test-utils.h"
#include "test-sidebar-private.h"

static NdArticleRow *
find_row (NdSidebar  *sidebar,
          const char *id)
{
  g_autoptr(GPtrArray) rows = nd_test_find_widgets (GTK_WIDGET (sidebar), ND_TYPE_ARTICLE_ROW);

  for (guint i = 0; i < rows->len; i++)
    {
      NdArticle *article = nd_article_row_get_article (rows->pdata[i]);

      if (article != NULL && g_str_equal (nd_article_get_id (article), id))
        return rows->pdata[i];
    }

  return NULL;
}

typedef struct
{
  NdSidebar  *sidebar;
  const char *id;
} RowQuery;

static gboolean
row_is_shown (gpointer data)
{
  RowQuery *query = data;
  NdArticleRow *row = find_row (query->sidebar, query->id);

  return row != NULL && gtk_widget_get_mapped (GTK_WIDGET (row)) &&
         gtk_widget_get_height (GTK_WIDGET (row)) > 0;
}

/* The texts of a row's children, in order, joined by " | ". */
static char *
dup_row_texts (NdArticleRow *row)
{
  GString *texts = g_string_new (NULL);
  guint n_children = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (row));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *text;

      g_autofree char *joined = NULL;

      if (GTK_IS_LABEL (child))
        text = gtk_label_get_text (GTK_LABEL (child));
      else if (GTK_IS_BOX (child))
        {
          /* The meta line: source and date labels. */
          GtkWidget *source = gtk_widget_get_first_child (child);
          GtkWidget *date = gtk_widget_get_next_sibling (source);

          joined = g_strconcat (gtk_label_get_text (GTK_LABEL (source)),
                                gtk_label_get_text (GTK_LABEL (date)), NULL);
          text = joined;
        }
      else
        text = gtk_inscription_get_text (GTK_INSCRIPTION (child));

      if (n_children++ > 0)
        g_string_append (texts, " | ");
      if (gtk_widget_get_visible (child))
        g_string_append (texts, text != NULL ? text : "(null)");
      else
        g_string_append (texts, "(hidden)");
    }

  return g_string_free (texts, FALSE);
}

static void
test_rows (Fixture       *fixture,
           gconstpointer  data)
{
  NdSidebar *sidebar = fixture->sidebar;
  RowQuery query = { sidebar, "v1" };
  NdArticleRow *row;
  g_autofree char *texts_v1 = NULL;
  g_autofree char *texts_r2 = NULL;
  g_autofree char *texts_g3 = NULL;
  g_autofree char *texts_n1 = NULL;

  g_assert_true (nd_test_wait_until (row_is_shown, &query, 10000));

  /* Dates are relative to now, so only their presence is checked here; test-date-format
   * checks the texts. */
  row = find_row (sidebar, "v1");
  texts_v1 = dup_row_texts (row);
  g_assert_true (g_str_has_prefix (texts_v1, "Untitled | Valley Times · "));
  g_assert_true (g_str_has_suffix (texts_v1, " | A note without a title."));

  texts_r2 = dup_row_texts (find_row (sidebar, "r2"));
  g_assert_true (g_str_has_prefix (texts_r2, "apple harvest early | Coast Radio · "));
  g_assert_true (g_str_has_suffix (texts_r2, " | Growers were surprised."));

  texts_g3 = dup_row_texts (find_row (sidebar, "g3"));
  g_assert_cmpstr (texts_g3, ==, "Zebra crossing repainted | The Harbour Gazette | No date here.");

  texts_n1 = dup_row_texts (find_row (sidebar, "n1"));
  g_assert_true (g_str_has_prefix (texts_n1, "Mayor resigns | Unknown source · "));

  /* Recycling: a row given another article shows only that one. */
  nd_article_row_set_article (row, nd_article_store_lookup (fixture->store, "g3"));
  g_clear_pointer (&texts_v1, g_free);
  texts_v1 = dup_row_texts (row);
  g_assert_cmpstr (texts_v1, ==, "Zebra crossing repainted | The Harbour Gazette | No date here.");
  nd_article_row_set_article (row, NULL);
  g_clear_pointer (&texts_v1, g_free);
  texts_v1 = dup_row_texts (row);
  g_assert_cmpstr (texts_v1, ==, " |  | (hidden)");
}

static void
test_excerpt (void)
{
  g_autoptr(GString) long_line = g_string_new (NULL);
  g_autofree char *cut = NULL;
  g_autofree char *cut_utf8 = NULL;
  g_autofree char *exact = NULL;
  struct {
    const char *body;
    const char *excerpt;
  } cases[] = {
    { NULL, "" },
    { "", "" },
    { "One line.", "One line." },
    { "First paragraph.\n\nSecond paragraph.", "First paragraph." },
    { "\n\n  Indented start.\nNext", "Indented start." },
    { "Windows line.\r\nNext", "Windows line." },
    { "Trailing blanks.   \nNext", "Trailing blanks." },
    { "   \n\n", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *excerpt = nd_article_row_dup_excerpt (cases[i].body);

      g_assert_cmpstr (excerpt, ==, cases[i].excerpt);
    }

  /* A long first line is cut at 200 bytes and marked; the rest is never read. */
  for (guint i = 0; i < 1000; i++)
    g_string_append (long_line, "abcdefghij");
  cut = nd_article_row_dup_excerpt (long_line->str);
  g_assert_cmpuint (strlen (cut), ==, 200 + strlen ("…"));
  g_assert_true (g_str_has_suffix (cut, "…"));

  /* Never in the middle of a character: "é" is two bytes, the 200th byte starts one. */
  g_string_assign (long_line, "a");
  for (guint i = 0; i < 200; i++)
    g_string_append (long_line, "é");
  cut_utf8 = nd_article_row_dup_excerpt (long_line->str);
  g_assert_true (g_utf8_validate (cut_utf8, -1, NULL));
  g_assert_cmpuint (strlen (cut_utf8), ==, 199 + strlen ("…"));

  /* Exactly 200 bytes fit without a mark. */
  g_string_truncate (long_line, 0);
  for (guint i = 0; i < 20; i++)
    g_string_append (long_line, "abcdefghij");
  exact = nd_article_row_dup_excerpt (long_line->str);
  g_assert_cmpstr (exact, ==, long_line->str);
}

static void
test_screenshot (Fixture       *fixture,
                 gconstpointer  data)
{
  NdSidebar *sidebar = fixture->sidebar;
  RowQuery query = { sidebar, "g3" };
  GtkMenuButton *filter_button = find_menu_button (sidebar, "Filter Sources");
  GtkPopover *popover = GTK_POPOVER (gtk_menu_button_get_popover (filter_button));
  g_autoptr(GtkCustomFilter) nothing = gtk_custom_filter_new (match_nothing, NULL, NULL);

  g_assert_true (nd_test_wait_until (row_is_shown, &query, 10000));
  g_assert_true (nd_sidebar_select_next (sidebar));
  gtk_check_button_set_active (find_source_check (sidebar, "Coast Radio"), FALSE);
  wait_settled (sidebar);
  g_assert_true (nd_test_wait_until (row_is_shown, &query, 10000));
  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
  save_screenshot (GTK_WIDGET (fixture->window), "sidebar.png");

  /* Long texts in a narrow sidebar: two lines of title, then ellipsized. */
  nd_test_write_file (fixture->dir, "long.json",
              "{\"id\": \"l1\", \"title\": \"Harbour authority publishes the long-awaited report"
              " on the winter storm damage to the northern breakwater and the ferry terminal\","
              " \"source\": \"The Northern Coast Evening Chronicle and Advertiser\","
              " \"published\": \"2026-03-14T10:00:00Z\", \"body\": \"The report, running to"
              " three hundred pages, blames years of deferred maintenance and warns of more.\"}", -1);
  load_file (fixture->store, fixture->dir, "long.json");
  gtk_window_set_default_size (fixture->window, 240, 400);
  /* It came in above the rows in view, which stay put; selecting it scrolls to it. */
  nd_sidebar_select_article (sidebar, nd_article_store_lookup (fixture->store, "l1"));
  query.id = "l1";
  g_assert_true (nd_test_wait_until (row_is_shown, &query, 10000));
  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
  save_screenshot (GTK_WIDGET (fixture->window), "sidebar-narrow.png");

  nd_sidebar_set_filter (sidebar, GTK_FILTER (nothing));
  wait_settled (sidebar);
  g_assert_true (nd_test_wait_until (nd_test_widget_is_shown,
                                     find_label_with_text (GTK_WIDGET (sidebar), "No articles match"),
                                     10000));
  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
  save_screenshot (GTK_WIDGET (fixture->window), "sidebar-empty.png");

  gtk_menu_button_popup (filter_button);
  g_assert_true (nd_test_wait_until (nd_test_widget_is_shown, popover, 10000));
  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
  save_screenshot (GTK_WIDGET (popover), "sidebar-sources.png");
  gtk_menu_button_popdown (filter_button);
}

static gboolean
id_is_even (gpointer item,
            gpointer user_data)
{
  const char *id = nd_article_get_id (item);

  return (id[strlen (id) - 1] - '0') % 2 == 0;
}

/* 100,000 articles in one JSON Lines file, one a minute going back from a fixed time, so
 * that the newest-first position of "a%06u" is its number. */
static void
test_large (Fixture       *fixture,
            gconstpointer  data)
{
  const guint n_articles = 100000;
  g_autoptr(GString) lines = g_string_sized_new (n_articles * 200);
  g_autoptr(GDateTime) start = g_date_time_new_utc (2026, 3, 12, 12, 0, 0);
  NdSidebar *sidebar = fixture->sidebar;
  g_autofree char *source_labels = NULL;
  g_autofree char *title = NULL;
  GtkSortListModel *sort_model = GTK_SORT_LIST_MODEL (nd_sidebar_get_visible_articles (sidebar));
  GtkFilterListModel *filter_model =
    GTK_FILTER_LIST_MODEL (gtk_sort_list_model_get_model (sort_model));
  g_autoptr(GtkCustomFilter) even = gtk_custom_filter_new (id_is_even, NULL, NULL);
  NdArticle *article;
  guint n_article_notifies = 0;
  guint n_older = 0;

  for (guint i = 0; i < n_articles; i++)
    {
      g_autoptr(GDateTime) published = g_date_time_add_minutes (start, -(int)i);
      g_autofree char *iso = g_date_time_format_iso8601 (published);

      g_string_append_printf (lines,
                              "{\"id\": \"a%06u\", \"title\": \"Synthetic report %u on the harbour\","
                              " \"source\": \"Outlet %02u\", \"published\": \"%s\","
                              " \"body\": \"First paragraph %u.\\n\\nSecond paragraph.\"}\n",
                              i, i, i % 40, iso, i);
    }
  nd_test_write_file (fixture->dir, "large.jsonl", lines->str, (gssize)lines->len);
  load_file (fixture->store, fixture->dir, "large.jsonl");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->store)), ==, n_articles);

  nd_sidebar_set_model (sidebar, G_LIST_MODEL (fixture->store));
  wait_settled (sidebar);
  g_assert_cmpuint (nd_sidebar_get_n_visible (sidebar), ==, n_articles);
  g_assert_cmpstr (selected_id (sidebar), ==, "a000000");

  for (guint i = 0; i < 1000; i++)
    {
      g_assert_true (nd_sidebar_select_next (sidebar));
      /* Let the list scroll now and then, as it would between key presses. */
      if (i % 100 == 0)
        g_main_context_iteration (NULL, FALSE);
    }
  g_assert_cmpstr (selected_id (sidebar), ==, "a001000");
  g_assert_cmpuint (nd_sidebar_get_selected_position (sidebar), ==, 1000);

  /* Far away, by bisection. */
  article = nd_article_store_lookup (fixture->store, "a098765");
  nd_sidebar_select_article (sidebar, article);
  g_assert_cmpuint (nd_sidebar_get_selected_position (sidebar), ==, 98765);
  g_assert_true (nd_sidebar_select_next (sidebar));
  g_assert_cmpstr (selected_id (sidebar), ==, "a098766");

  source_labels = dup_source_labels (sidebar);
  g_assert_true (g_str_has_prefix (source_labels, "Outlet 00 (2500); Outlet 01 (2500); "));

  /* Hide one outlet of forty. With this many articles that runs in idle steps, during which
   * GTK empties the list and fills it again; the selected article stays selected throughout,
   * as far as the properties say. */
  g_signal_connect (sidebar, "notify::selected-article", G_CALLBACK (count_notify_cb),
                    &n_article_notifies);
  gtk_check_button_set_active (find_source_check (sidebar, "Outlet 01"), FALSE);
  g_assert_cmpuint (gtk_filter_list_model_get_pending (filter_model), >, 0);
  g_assert_cmpstr (selected_id (sidebar), ==, "a098766");
  wait_settled (sidebar);
  g_assert_cmpuint (nd_sidebar_get_n_visible (sidebar), ==, n_articles - 2500);
  g_assert_cmpstr (selected_id (sidebar), ==, "a098766");
  g_assert_cmpuint (n_article_notifies, ==, 0);
  g_assert_false (gtk_filter_list_model_get_incremental (filter_model));

  /* An article asked for while it is still being filtered is selected when it comes. */
  nd_sidebar_set_filter (sidebar, GTK_FILTER (even));
  g_assert_cmpuint (gtk_filter_list_model_get_pending (filter_model), >, 0);
  nd_sidebar_select_article (sidebar, nd_article_store_lookup (fixture->store, "a090000"));
  wait_settled (sidebar);
  g_assert_cmpstr (selected_id (sidebar), ==, "a090000");
  nd_sidebar_set_filter (sidebar, NULL);
  wait_settled (sidebar);
  g_assert_cmpstr (selected_id (sidebar), ==, "a090000");
  nd_sidebar_select_article (sidebar, nd_article_store_lookup (fixture->store, "a098766"));
  g_signal_handlers_disconnect_by_func (sidebar, count_notify_cb, &n_article_notifies);

  /* Then sort the rest oldest first. */

  nd_sidebar_set_sort_order (sidebar, "oldest");
  wait_settled (sidebar);
  g_assert_cmpstr (selected_id (sidebar), ==, "a098766");
  /* Before it come the visible articles that are older, a098767 to a099999. */
  for (guint i = 98767; i < n_articles; i++)
    if (i % 40 != 1)
      n_older++;
  g_assert_cmpuint (nd_sidebar_get_selected_position (sidebar), ==, n_older);
  g_assert_true (nd_sidebar_select_previous (sidebar));
  title = g_strdup (nd_article_get_title (nd_sidebar_get_selected_article (sidebar)));
  g_assert_cmpstr (title, ==, "Synthetic report 98767 on the harbour");
}

static void
collect_visible_source_rows (NdSidebar *sidebar,
                             guint     *n_rows)
{
  g_autoptr(GPtrArray) checks = find_source_checks (sidebar);

  *n_rows = 0;
  for (guint i = 0; i < checks->len; i++)
    if (gtk_widget_get_visible (gtk_widget_get_parent (checks->pdata[i])))
      (*n_rows)++;
}

static GtkButton *
find_only_button (NdSidebar  *sidebar,
                  const char *prefix)
{
  GtkCheckButton *check = find_source_check (sidebar, prefix);
  GtkWidget *only = gtk_widget_get_next_sibling (GTK_WIDGET (check));

  g_assert_true (GTK_IS_BUTTON (only));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (only), ==, "Only This Source");
  return GTK_BUTTON (only);
}

static GtkEditable *
find_sources_entry (NdSidebar *sidebar)
{
  GtkMenuButton *button = find_filter_button (sidebar);
  g_autoptr(GPtrArray) entries = nd_test_find_widgets (GTK_WIDGET (gtk_menu_button_get_popover (button)),
                                               GTK_TYPE_SEARCH_ENTRY);

  g_assert_cmpuint (entries->len, ==, 1);
  return entries->pdata[0];
}

static gboolean
popover_shown (gpointer data)
{
  GtkPopover *popover = gtk_menu_button_get_popover (find_filter_button (data));

  return nd_test_widget_is_shown (popover);
}

/* 140 outlets, three of them under several names: the filter finds one by typing, shows
 * one alone, and fits in the window. */
static void
test_many_outlets (void)
{
  Fixture fixture = { 0 };
  g_autoptr(GPtrArray) checks = NULL;
  g_autofree char *fox_ids = NULL;
  static const char *fox_names[] = { "FOX", "Fox News", "foxnews.com" };
  static const char *nyt_names[] = { "NYT", "The New York Times", "www.nytimes.com" };
  GtkPopover *popover;
  GtkEditable *entry;
  guint n_rows;

  fixture.dir = nd_test_make_temp_dir ();
  for (guint i = 0; i < 138; i++)
    {
      g_autofree char *name = g_strdup_printf ("outlet-%03u.json", i);
      g_autofree char *json = g_strdup_printf ("{\"id\": \"o%03u\", \"title\": \"Story %u\", "
                                               "\"source\": \"Outlet %03u\", "
                                               "\"published\": \"2026-03-01T10:00:00Z\", "
                                               "\"body\": \"Text.\"}", i, i, i);

      nd_test_write_file (fixture.dir, name, json, -1);
    }
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *fox = g_strdup_printf ("{\"id\": \"fox%u\", \"title\": \"Fox %u\", "
                                              "\"source\": \"%s\", \"body\": \"Text.\"}",
                                              i, i, fox_names[i]);
      g_autofree char *nyt = g_strdup_printf ("{\"id\": \"nyt%u\", \"title\": \"Times %u\", "
                                              "\"source\": \"%s\", \"body\": \"Text.\"}",
                                              i, i, nyt_names[i]);
      g_autofree char *fox_file = g_strdup_printf ("fox-%u.json", i);
      g_autofree char *nyt_file = g_strdup_printf ("nyt-%u.json", i);

      nd_test_write_file (fixture.dir, fox_file, fox, -1);
      nd_test_write_file (fixture.dir, nyt_file, nyt, -1);
    }

  fixture.store = nd_article_store_new ();
  present_sidebar (&fixture, 360, 640);
  nd_test_load_path (fixture.store, fixture.dir);
  nd_sidebar_set_model (fixture.sidebar, G_LIST_MODEL (fixture.store));
  wait_settled (fixture.sidebar);

  checks = find_source_checks (fixture.sidebar);
  g_assert_cmpuint (checks->len, ==, 140);
  g_assert_cmpstr (check_text (find_source_check (fixture.sidebar, "Fox News")), ==, "Fox News (3)");
  g_assert_cmpstr (check_text (find_source_check (fixture.sidebar, "The New York Times")), ==,
                   "The New York Times (3)");

  /* The popover fits in the window; the list scrolls. */
  popover = gtk_menu_button_get_popover (find_filter_button (fixture.sidebar));
  gtk_menu_button_popup (find_filter_button (fixture.sidebar));
  g_assert_true (nd_test_wait_until_settled (GTK_WIDGET (fixture.window), popover_shown,
                                             fixture.sidebar, 5000));
  nd_test_wait_for_frames (GTK_WIDGET (popover), 2);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (popover)), <=, 640);

  /* Typing finds outlets by part of their name. */
  entry = find_sources_entry (fixture.sidebar);
  gtk_editable_set_text (entry, "outlet 01");
  g_signal_emit_by_name (entry, "search-changed");
  collect_visible_source_rows (fixture.sidebar, &n_rows);
  g_assert_cmpuint (n_rows, ==, 10);
  gtk_editable_set_text (entry, "NEW YORK");
  g_signal_emit_by_name (entry, "search-changed");
  collect_visible_source_rows (fixture.sidebar, &n_rows);
  g_assert_cmpuint (n_rows, ==, 1);
  gtk_editable_set_text (entry, "");
  g_signal_emit_by_name (entry, "search-changed");
  collect_visible_source_rows (fixture.sidebar, &n_rows);
  g_assert_cmpuint (n_rows, ==, 140);

  /* Only This Source: one outlet's articles, whatever its files called it. */
  g_signal_emit_by_name (find_only_button (fixture.sidebar, "Fox News"), "clicked");
  wait_settled (fixture.sidebar);
  fox_ids = dup_visible_ids (fixture.sidebar);
  g_assert_cmpstr (fox_ids, ==, "fox0 fox1 fox2");
  g_assert_cmpstr (count_label_text (fixture.sidebar), ==, "3 of 144 articles");
  g_assert_false (gtk_check_button_get_active (find_source_check (fixture.sidebar, "Outlet 000")));
  g_assert_true (gtk_check_button_get_active (find_source_check (fixture.sidebar, "Fox News")));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.sidebar),
                                             "sidebar.show-all-sources", NULL));
  wait_settled (fixture.sidebar);
  g_assert_cmpuint (nd_sidebar_get_n_visible (fixture.sidebar), ==, 144);

  gtk_popover_popdown (popover);
  fixture_teardown (&fixture, NULL);
}

void
add_sidebar_rows_tests (void)
{
#define ADD(path, func, data) \
  g_test_add (path, Fixture, data, fixture_setup, func, fixture_teardown)

  ADD ("/nd/sidebar/rows", test_rows, NULL);
  g_test_add_func ("/nd/sidebar/excerpt", test_excerpt);
  g_test_add_func ("/nd/sidebar/many-outlets", test_many_outlets);
  ADD ("/nd/sidebar/screenshot", test_screenshot, NULL);
  ADD ("/nd/sidebar/large", test_large, "empty");

#undef ADD
}

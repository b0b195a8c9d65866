/* test-sidebar.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>
#include <string.h>

#include "load/nd-article-store.h"
#include "nd-sidebar.h"
#include "nd-sidebar-test-private.h"
#include "nd-test-ui-utils.h"
#include "nd-test-utils.h"
#include "test-sidebar-private.h"

/* Seven articles from three outlets and one without a source. In the store's order (newest
 * first, undated last) their ids are: n1 g2 r1 r2 g1 v1 g3. */
static const char gazette_json[] =
  "{\"articles\": ["
  " {\"id\": \"g1\", \"title\": \"Council backs flood barrier\", \"source\": \"The Harbour Gazette\","
  "  \"published\": \"2026-03-10T08:15:00Z\","
  "  \"body\": \"The council voted on Tuesday.\\n\\nThe mayor said work starts in May.\"},"
  " {\"id\": \"g2\", \"title\": \"Barrier costs rise\", \"source\": \"The Harbour Gazette\","
  "  \"published\": \"2026-03-12T09:30:00Z\", \"body\": \"Costs rose by a third.\"},"
  " {\"id\": \"g3\", \"title\": \"Zebra crossing repainted\", \"source\": \"The Harbour Gazette\","
  "  \"body\": \"No date here.\"}"
  "]}";

static const char radio_jsonl[] =
  "{\"id\": \"r1\", \"title\": \"Ferry strike ends\", \"source\": \"Coast Radio\","
  " \"published\": \"2026-03-12\", \"body\": \"Ferries run again.\"}\n"
  "{\"id\": \"r2\", \"title\": \"apple harvest early\", \"source\": \"Coast Radio\","
  " \"published\": \"2026-03-11T18:00:00Z\", \"body\": \"\\n\\n  Growers were surprised.\\nMore.\"}\n";

static const char valley_json[] =
  "{\"id\": \"v1\", \"title\": \"\", \"source\": \"Valley Times\","
  " \"published\": \"2026-03-09T12:00:00Z\", \"body\": \"A note without a title.\"}";

static const char unknown_json[] =
  "{\"id\": \"n1\", \"title\": \"Mayor resigns\","
  " \"published\": \"2026-03-13T07:00:00Z\", \"body\": \"The mayor resigned.\"}";

#define NEWEST_IDS "n1 g2 r1 r2 g1 v1 g3"

static gboolean
sidebar_settled (gpointer data)
{
  GListModel *visible = nd_sidebar_get_visible_articles (ND_SIDEBAR (data));
  GtkSortListModel *sort_model = GTK_SORT_LIST_MODEL (visible);
  GtkFilterListModel *filter_model =
    GTK_FILTER_LIST_MODEL (gtk_sort_list_model_get_model (sort_model));

  return gtk_sort_list_model_get_pending (sort_model) == 0 &&
         gtk_filter_list_model_get_pending (filter_model) == 0;
}

/* Filtering and sorting are done, and so is what the sidebar does after them. */
void
wait_settled (NdSidebar *sidebar)
{
  g_assert_true (nd_test_wait_until (sidebar_settled, sidebar, 30000));
  for (guint i = 0; i < 100 && g_main_context_pending (NULL); i++)
    g_main_context_iteration (NULL, FALSE);
}

void
load_file (NdArticleStore *store,
           const char     *dir,
           const char     *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  nd_test_load_path (store, path);
}

void
present_sidebar (Fixture *fixture,
                 int      width,
                 int      height)
{
  fixture->window = GTK_WINDOW (gtk_window_new ());
  fixture->sidebar = ND_SIDEBAR (nd_sidebar_new ());
  gtk_window_set_default_size (fixture->window, width, height);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->sidebar));
  gtk_window_present (fixture->window);
  g_assert_true (nd_test_wait_until (nd_test_widget_is_shown, fixture->sidebar, 10000));
}

void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture->dir = nd_test_make_temp_dir ();
  nd_test_write_file (fixture->dir, "gazette.json", gazette_json, -1);
  nd_test_write_file (fixture->dir, "radio.jsonl", radio_jsonl, -1);
  nd_test_write_file (fixture->dir, "valley.json", valley_json, -1);
  nd_test_write_file (fixture->dir, "unknown.json", unknown_json, -1);

  fixture->store = nd_article_store_new ();
  present_sidebar (fixture, 360, 640);

  /* Empty, unless the test asks for the articles. */
  if (data == NULL)
    {
      nd_test_load_path (fixture->store, fixture->dir);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->store)), ==, 7);
      nd_sidebar_set_model (fixture->sidebar, G_LIST_MODEL (fixture->store));
      wait_settled (fixture->sidebar);
    }
}

void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  g_clear_object (&fixture->store);
  nd_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static char *
dup_ids (GListModel *model)
{
  GString *ids = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(NdArticle) article = g_list_model_get_item (model, i);

      if (i > 0)
        g_string_append_c (ids, ' ');
      g_string_append (ids, nd_article_get_id (article));
    }

  return g_string_free (ids, FALSE);
}

char *
dup_visible_ids (NdSidebar *sidebar)
{
  wait_settled (sidebar);

  return dup_ids (nd_sidebar_get_visible_articles (sidebar));
}

const char *
selected_id (NdSidebar *sidebar)
{
  NdArticle *article = nd_sidebar_get_selected_article (sidebar);

  return article != NULL ? nd_article_get_id (article) : NULL;
}

GtkMenuButton *
find_menu_button (NdSidebar  *sidebar,
                  const char *tooltip)
{
  g_autoptr(GPtrArray) buttons = nd_test_find_widgets (GTK_WIDGET (sidebar), GTK_TYPE_MENU_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_widget_get_tooltip_text (buttons->pdata[i]), tooltip) == 0)
      return buttons->pdata[i];

  g_assert_not_reached ();
}

GtkMenuButton *
find_filter_button (NdSidebar *sidebar)
{
  return find_menu_button (sidebar, "Filter Sources");
}

GPtrArray *
find_source_checks (NdSidebar *sidebar)
{
  GtkMenuButton *button = find_menu_button (sidebar, "Filter Sources");

  return nd_test_find_widgets (GTK_WIDGET (gtk_menu_button_get_popover (button)), GTK_TYPE_CHECK_BUTTON);
}

static GtkButton *
find_show_all_button (NdSidebar *sidebar)
{
  GtkMenuButton *button = find_menu_button (sidebar, "Filter Sources");
  g_autoptr(GPtrArray) buttons = nd_test_find_widgets (GTK_WIDGET (gtk_menu_button_get_popover (button)),
                                               GTK_TYPE_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_button_get_label (buttons->pdata[i]), "_Show All") == 0)
      return buttons->pdata[i];

  g_assert_not_reached ();
}

const char *
check_text (GtkCheckButton *check)
{
  return gtk_label_get_text (GTK_LABEL (gtk_check_button_get_child (check)));
}

char *
dup_source_labels (NdSidebar *sidebar)
{
  g_autoptr(GPtrArray) checks = find_source_checks (sidebar);
  GString *labels = g_string_new (NULL);

  for (guint i = 0; i < checks->len; i++)
    {
      if (i > 0)
        g_string_append (labels, "; ");
      g_string_append (labels, check_text (checks->pdata[i]));
    }

  return g_string_free (labels, FALSE);
}

GtkCheckButton *
find_source_check (NdSidebar  *sidebar,
                   const char *prefix)
{
  g_autoptr(GPtrArray) checks = find_source_checks (sidebar);

  for (guint i = 0; i < checks->len; i++)
    if (g_str_has_prefix (check_text (checks->pdata[i]), prefix))
      return checks->pdata[i];

  g_assert_not_reached ();
}

static GtkStack *
find_stack (NdSidebar *sidebar)
{
  /* The sort menu has a stack of its own, deeper down. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (sidebar));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_STACK (child))
      return GTK_STACK (child);

  g_assert_not_reached ();
}

const char *
count_label_text (NdSidebar *sidebar)
{
  GtkWidget *toolbar = gtk_widget_get_first_child (GTK_WIDGET (sidebar));

  return gtk_label_get_text (GTK_LABEL (gtk_widget_get_first_child (toolbar)));
}

void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

/* A widget paintable only has something to show once the widget was drawn in a frame. */
void
save_screenshot (GtkWidget  *widget,
                 const char *name)
{
  nd_test_wait_for_frames (widget, 1);
  nd_test_save_screenshot (widget, name);
}

/* Tests. */

static void
test_initial_selection (Fixture       *fixture,
                        gconstpointer  data)
{
  NdSidebar *sidebar = fixture->sidebar;
  g_autofree char *ids = dup_visible_ids (sidebar);
  g_autofree char *sort_order = NULL;
  guint n_visible = 0;

  g_assert_cmpstr (ids, ==, NEWEST_IDS);
  g_assert_cmpstr (selected_id (sidebar), ==, "n1");
  g_assert_cmpuint (nd_sidebar_get_selected_position (sidebar), ==, 0);
  g_assert_cmpuint (nd_sidebar_get_n_visible (sidebar), ==, 7);
  g_object_get (sidebar, "n-visible", &n_visible, "sort-order", &sort_order, NULL);
  g_assert_cmpuint (n_visible, ==, 7);
  g_assert_cmpstr (sort_order, ==, "newest");
  g_assert_true (nd_sidebar_get_model (sidebar) == G_LIST_MODEL (fixture->store));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (find_stack (sidebar)), ==, "list");
  g_assert_cmpstr (count_label_text (sidebar), ==, "7 articles");
}

static void
test_next_previous (Fixture       *fixture,
                    gconstpointer  data)
{
  NdSidebar *sidebar = fixture->sidebar;
  const char *expected[] = { "n1", "g2", "r1", "r2", "g1", "v1", "g3" };
  guint n_notifies = 0;

  g_signal_connect (sidebar, "notify::selected-article", G_CALLBACK (count_notify_cb), &n_notifies);

  g_assert_false (nd_sidebar_select_previous (sidebar));
  g_assert_cmpstr (selected_id (sidebar), ==, "n1");
  g_assert_cmpuint (n_notifies, ==, 0);

  for (guint i = 1; i < G_N_ELEMENTS (expected); i++)
    {
      g_assert_true (nd_sidebar_select_next (sidebar));
      g_assert_cmpstr (selected_id (sidebar), ==, expected[i]);
      g_assert_cmpuint (nd_sidebar_get_selected_position (sidebar), ==, i);
    }
  g_assert_cmpuint (n_notifies, ==, 6);

  g_assert_false (nd_sidebar_select_next (sidebar));
  g_assert_cmpstr (selected_id (sidebar), ==, "g3");
  g_assert_cmpuint (n_notifies, ==, 6);

  for (guint i = G_N_ELEMENTS (expected) - 1; i > 0; i--)
    {
      g_assert_true (nd_sidebar_select_previous (sidebar));
      g_assert_cmpstr (selected_id (sidebar), ==, expected[i - 1]);
    }
  g_assert_false (nd_sidebar_select_previous (sidebar));
  g_assert_cmpuint (n_notifies, ==, 12);

  g_signal_handlers_disconnect_by_func (sidebar, count_notify_cb, &n_notifies);
}

static void
test_sort_orders (Fixture       *fixture,
                  gconstpointer  data)
{
  static const struct {
    const char *order;
    const char *ids;
  } cases[] = {
    { "oldest", "v1 g1 r2 r1 g2 n1 g3" },
    /* Alphabetical ignoring case, then newest first; no source last. */
    { "source", "r1 r2 g2 g1 g3 v1 n1" },
    /* Ignoring case ("apple" first), untitled last. */
    { "title", "r2 g2 g1 r1 n1 g3 v1" },
    { "newest", NEWEST_IDS },
    { "title", "r2 g2 g1 r1 n1 g3 v1" },
  };
  NdSidebar *sidebar = fixture->sidebar;

  g_assert_true (nd_sidebar_select_next (sidebar));
  g_assert_cmpstr (selected_id (sidebar), ==, "g2");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *ids = NULL;
      GListModel *visible;
      g_autoptr(NdArticle) at_position = NULL;

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (sidebar), "sidebar.sort", "s",
                                                 cases[i].order));
      g_assert_cmpstr (nd_sidebar_get_sort_order (sidebar), ==, cases[i].order);

      ids = dup_visible_ids (sidebar);
      g_assert_cmpstr (ids, ==, cases[i].ids);

      /* The selection follows its article, and the position follows the sort. */
      g_assert_cmpstr (selected_id (sidebar), ==, "g2");
      visible = nd_sidebar_get_visible_articles (sidebar);
      at_position = g_list_model_get_item (visible, nd_sidebar_get_selected_position (sidebar));
      g_assert_true (at_position == nd_sidebar_get_selected_article (sidebar));
      g_assert_cmpuint (nd_sidebar_get_n_visible (sidebar), ==, 7);
    }
}

static void
test_sort_order_property (Fixture       *fixture,
                          gconstpointer  data)
{
  NdSidebar *sidebar = fixture->sidebar;
  guint n_sort_notifies = 0;
  guint n_position_notifies = 0;
  guint n_article_notifies = 0;

  g_signal_connect (sidebar, "notify::sort-order", G_CALLBACK (count_notify_cb), &n_sort_notifies);
  g_signal_connect (sidebar, "notify::selected-position", G_CALLBACK (count_notify_cb),
                    &n_position_notifies);
  g_signal_connect (sidebar, "notify::selected-article", G_CALLBACK (count_notify_cb),
                    &n_article_notifies);

  /* n1 is first when newest first, and sixth by source. */
  g_object_set (sidebar, "sort-order", "source", NULL);
  wait_settled (sidebar);
  g_assert_cmpuint (n_sort_notifies, ==, 1);
  g_assert_cmpstr (selected_id (sidebar), ==, "n1");
  g_assert_cmpuint (nd_sidebar_get_selected_position (sidebar), ==, 6);
  g_assert_cmpuint (n_position_notifies, >=, 1);
  g_assert_cmpuint (n_article_notifies, ==, 0);

  /* Setting the same order again is not a change. */
  nd_sidebar_set_sort_order (sidebar, "source");
  g_assert_cmpuint (n_sort_notifies, ==, 1);

  /* The action's state follows the property (GSettings binds the property). */
  nd_sidebar_set_sort_order (sidebar, "oldest");
  g_assert_cmpuint (n_sort_notifies, ==, 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (sidebar), "sidebar.sort", "s", "newest"));
  g_assert_cmpuint (n_sort_notifies, ==, 3);
  g_assert_cmpstr (nd_sidebar_get_sort_order (sidebar), ==, "newest");
  wait_settled (sidebar);
  g_assert_cmpuint (nd_sidebar_get_selected_position (sidebar), ==, 0);
  g_assert_cmpuint (n_article_notifies, ==, 0);

  g_signal_handlers_disconnect_by_func (sidebar, count_notify_cb, &n_sort_notifies);
  g_signal_handlers_disconnect_by_func (sidebar, count_notify_cb, &n_position_notifies);
  g_signal_handlers_disconnect_by_func (sidebar, count_notify_cb, &n_article_notifies);
}

static void
test_source_filter (Fixture       *fixture,
                    gconstpointer  data)
{
  NdSidebar *sidebar = fixture->sidebar;
  g_autofree char *labels = dup_source_labels (sidebar);
  g_autofree char *ids = NULL;
  g_autofree char *ids_radio_hidden = NULL;
  g_autofree char *ids_all = NULL;
  GtkCheckButton *gazette;
  GtkCheckButton *radio;
  guint n_visible_notifies = 0;

  /* By name, with counts; the articles without a source last. */
  g_assert_cmpstr (labels, ==,
                   "Coast Radio (2); The Harbour Gazette (3); Valley Times (1); Unknown source (1)");
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (find_filter_button (sidebar))));
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (find_show_all_button (sidebar))));

  g_signal_connect (sidebar, "notify::n-visible", G_CALLBACK (count_notify_cb),
                    &n_visible_notifies);

  gazette = find_source_check (sidebar, "The Harbour Gazette");
  gtk_check_button_set_active (gazette, FALSE);
  ids = dup_visible_ids (sidebar);
  g_assert_cmpstr (ids, ==, "n1 r1 r2 v1");
  g_assert_cmpuint (nd_sidebar_get_n_visible (sidebar), ==, 4);
  g_assert_cmpuint (n_visible_notifies, >=, 1);
  g_assert_cmpstr (count_label_text (sidebar), ==, "4 of 7 articles");
  /* The counts are those of all the articles, not of the visible ones. */
  g_clear_pointer (&labels, g_free);
  labels = dup_source_labels (sidebar);
  g_assert_cmpstr (labels, ==,
                   "Coast Radio (2); The Harbour Gazette (3); Valley Times (1); Unknown source (1)");

  radio = find_source_check (sidebar, "Coast Radio");
  gtk_check_button_set_active (radio, FALSE);
  ids_radio_hidden = dup_visible_ids (sidebar);
  g_assert_cmpstr (ids_radio_hidden, ==, "n1 v1");

  /* Show All checks everything again. */
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (find_show_all_button (sidebar))));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (sidebar), "sidebar.show-all-sources",
                                             NULL));
  g_assert_true (gtk_check_button_get_active (gazette));
  g_assert_true (gtk_check_button_get_active (radio));
  ids_all = dup_visible_ids (sidebar);
  g_assert_cmpstr (ids_all, ==, NEWEST_IDS);
  g_assert_cmpstr (count_label_text (sidebar), ==, "7 articles");
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (find_show_all_button (sidebar))));

  g_signal_handlers_disconnect_by_func (sidebar, count_notify_cb, &n_visible_notifies);
}

static void
test_sources_follow_loading (Fixture       *fixture,
                             gconstpointer  data)
{
  NdSidebar *sidebar = fixture->sidebar;
  g_autofree char *labels0 = NULL;
  g_autofree char *labels1 = NULL;
  g_autofree char *labels2 = NULL;
  g_autofree char *labels3 = NULL;
  g_autofree char *ids = NULL;
  g_autofree char *ids_after = NULL;

  nd_sidebar_set_model (sidebar, G_LIST_MODEL (fixture->store));
  labels0 = dup_source_labels (sidebar);
  g_assert_cmpstr (labels0, ==, "");
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (find_filter_button (sidebar))));
  g_assert_null (nd_sidebar_get_selected_article (sidebar));
  g_assert_false (nd_sidebar_select_next (sidebar));
  g_assert_false (nd_sidebar_select_previous (sidebar));
  /* No articles at all is not "nothing matches". */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (find_stack (sidebar)), ==, "list");

  load_file (fixture->store, fixture->dir, "radio.jsonl");
  labels1 = dup_source_labels (sidebar);
  g_assert_cmpstr (labels1, ==, "Coast Radio (2)");
  g_assert_cmpstr (selected_id (sidebar), ==, "r1");

  /* A hidden source stays hidden while more articles arrive, new ones are shown. */
  gtk_check_button_set_active (find_source_check (sidebar, "Coast Radio"), FALSE);
  wait_settled (sidebar);
  g_assert_null (nd_sidebar_get_selected_article (sidebar));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (find_stack (sidebar)), ==, "empty");

  load_file (fixture->store, fixture->dir, "gazette.json");
  load_file (fixture->store, fixture->dir, "valley.json");
  labels2 = dup_source_labels (sidebar);
  g_assert_cmpstr (labels2, ==, "Coast Radio (2); The Harbour Gazette (3); Valley Times (1)");
  ids = dup_visible_ids (sidebar);
  g_assert_cmpstr (ids, ==, "g2 g1 v1 g3");
  g_assert_cmpstr (selected_id (sidebar), ==, "g2");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (find_stack (sidebar)), ==, "list");
  g_assert_false (gtk_check_button_get_active (find_source_check (sidebar, "Coast Radio")));

  /* Clearing removes every source, and with it the hidden state. */
  nd_article_store_clear (fixture->store);
  labels3 = dup_source_labels (sidebar);
  g_assert_cmpstr (labels3, ==, "");
  g_assert_cmpuint (nd_sidebar_get_n_visible (sidebar), ==, 0);
  g_assert_null (nd_sidebar_get_selected_article (sidebar));
  g_assert_cmpstr (count_label_text (sidebar), ==, "");

  load_file (fixture->store, fixture->dir, "radio.jsonl");
  ids_after = dup_visible_ids (sidebar);
  g_assert_cmpstr (ids_after, ==, "r1 r2");
  g_assert_true (gtk_check_button_get_active (find_source_check (sidebar, "Coast Radio")));

  nd_sidebar_set_model (sidebar, NULL);
  g_assert_cmpuint (nd_sidebar_get_n_visible (sidebar), ==, 0);
  g_assert_null (nd_sidebar_get_selected_article (sidebar));
}

static gboolean
title_has_letter_r (gpointer item,
                    gpointer user_data)
{
  return strchr (nd_article_get_title (item), 'r') != NULL;
}

gboolean
match_nothing (gpointer item,
               gpointer user_data)
{
  return FALSE;
}

static void
test_external_filter (Fixture       *fixture,
                      gconstpointer  data)
{
  NdSidebar *sidebar = fixture->sidebar;
  g_autoptr(GtkCustomFilter) filter = gtk_custom_filter_new (title_has_letter_r, NULL, NULL);
  g_autofree char *ids = NULL;
  g_autofree char *ids_combined = NULL;
  g_autofree char *ids_all = NULL;
  GtkFilter *property = NULL;

  /* "Council backs flood barrier", "Barrier costs rise", "Ferry strike ends", "apple harvest
   * early", "Mayor resigns", "Zebra crossing repainted"; not the untitled one. */
  nd_sidebar_set_filter (sidebar, GTK_FILTER (filter));
  g_object_get (sidebar, "filter", &property, NULL);
  g_assert_true (property == GTK_FILTER (filter));
  g_object_unref (property);
  ids = dup_visible_ids (sidebar);
  g_assert_cmpstr (ids, ==, "n1 g2 r1 r2 g1 g3");
  g_assert_cmpuint (nd_sidebar_get_n_visible (sidebar), ==, 6);

  /* With the source filter. */
  gtk_check_button_set_active (find_source_check (sidebar, "The Harbour Gazette"), FALSE);
  ids_combined = dup_visible_ids (sidebar);
  g_assert_cmpstr (ids_combined, ==, "n1 r1 r2");

  /* The sidebar follows changes of the filter itself. */
  gtk_custom_filter_set_filter_func (filter, match_nothing, NULL, NULL);
  wait_settled (sidebar);
  g_assert_cmpuint (nd_sidebar_get_n_visible (sidebar), ==, 0);

  gtk_check_button_set_active (find_source_check (sidebar, "The Harbour Gazette"), TRUE);
  nd_sidebar_set_filter (sidebar, NULL);
  g_assert_null (nd_sidebar_get_filter (sidebar));
  ids_all = dup_visible_ids (sidebar);
  g_assert_cmpstr (ids_all, ==, NEWEST_IDS);
}

GtkLabel *
find_label_with_text (GtkWidget  *root,
                      const char *text)
{
  g_autoptr(GPtrArray) labels = nd_test_find_widgets (root, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (gtk_label_get_text (labels->pdata[i]), text) == 0)
      return labels->pdata[i];

  return NULL;
}

static void
test_nothing_matches (Fixture       *fixture,
                      gconstpointer  data)
{
  NdSidebar *sidebar = fixture->sidebar;
  g_autoptr(GtkCustomFilter) filter = gtk_custom_filter_new (match_nothing, NULL, NULL);
  g_autoptr(GPtrArray) checks = find_source_checks (sidebar);
  GtkLabel *empty_label;
  guint n_article_notifies = 0;

  empty_label = find_label_with_text (GTK_WIDGET (sidebar), "No articles match");
  g_assert_nonnull (empty_label);
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (empty_label)));

  g_signal_connect (sidebar, "notify::selected-article", G_CALLBACK (count_notify_cb),
                    &n_article_notifies);

  nd_sidebar_set_filter (sidebar, GTK_FILTER (filter));
  wait_settled (sidebar);
  g_assert_cmpuint (nd_sidebar_get_n_visible (sidebar), ==, 0);
  g_assert_null (nd_sidebar_get_selected_article (sidebar));
  g_assert_cmpuint (nd_sidebar_get_selected_position (sidebar), ==, GTK_INVALID_LIST_POSITION);
  g_assert_cmpuint (n_article_notifies, ==, 1);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (find_stack (sidebar)), ==, "empty");
  g_assert_true (gtk_stack_get_visible_child (find_stack (sidebar)) ==
                 gtk_widget_get_parent (GTK_WIDGET (empty_label)));
  g_assert_cmpstr (count_label_text (sidebar), ==, "0 of 7 articles");

  /* Back: the first article is selected again. */
  nd_sidebar_set_filter (sidebar, NULL);
  wait_settled (sidebar);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (find_stack (sidebar)), ==, "list");
  g_assert_cmpstr (selected_id (sidebar), ==, "n1");
  g_assert_cmpuint (n_article_notifies, ==, 2);

  /* Unchecking every source does the same. */
  for (guint i = 0; i < checks->len; i++)
    gtk_check_button_set_active (checks->pdata[i], FALSE);
  wait_settled (sidebar);
  g_assert_cmpuint (nd_sidebar_get_n_visible (sidebar), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (find_stack (sidebar)), ==, "empty");

  g_signal_handlers_disconnect_by_func (sidebar, count_notify_cb, &n_article_notifies);
}

static void
test_selection_follows_filter (Fixture       *fixture,
                               gconstpointer  data)
{
  NdSidebar *sidebar = fixture->sidebar;
  guint n_article_notifies = 0;
  guint n_position_notifies = 0;

  g_signal_connect (sidebar, "notify::selected-article", G_CALLBACK (count_notify_cb),
                    &n_article_notifies);
  g_signal_connect (sidebar, "notify::selected-position", G_CALLBACK (count_notify_cb),
                    &n_position_notifies);

  /* Select r1 (third); hiding the gazette moves it up without changing the article. */
  nd_sidebar_select_article (sidebar, nd_article_store_lookup (fixture->store, "r1"));
  g_assert_cmpstr (selected_id (sidebar), ==, "r1");
  g_assert_cmpuint (nd_sidebar_get_selected_position (sidebar), ==, 2);
  n_article_notifies = n_position_notifies = 0;

  gtk_check_button_set_active (find_source_check (sidebar, "The Harbour Gazette"), FALSE);
  wait_settled (sidebar);
  g_assert_cmpstr (selected_id (sidebar), ==, "r1");
  g_assert_cmpuint (nd_sidebar_get_selected_position (sidebar), ==, 1);
  g_assert_cmpuint (n_article_notifies, ==, 0);
  g_assert_cmpuint (n_position_notifies, >=, 1);

  /* Hiding the selected article's own source selects a neighbour, and says so. */
  gtk_check_button_set_active (find_source_check (sidebar, "Coast Radio"), FALSE);
  wait_settled (sidebar);
  g_assert_nonnull (nd_sidebar_get_selected_article (sidebar));
  g_assert_cmpstr (nd_article_get_source (nd_sidebar_get_selected_article (sidebar)), !=,
                   "Coast Radio");
  g_assert_cmpuint (n_article_notifies, >=, 1);

  g_signal_handlers_disconnect_by_func (sidebar, count_notify_cb, &n_article_notifies);
  g_signal_handlers_disconnect_by_func (sidebar, count_notify_cb, &n_position_notifies);
}

static void
test_select_article (Fixture       *fixture,
                     gconstpointer  data)
{
  static const char * const orders[] = { "newest", "oldest", "source", "title" };
  static const char * const ids[] = { "n1", "g2", "r1", "r2", "g1", "v1", "g3" };
  NdSidebar *sidebar = fixture->sidebar;

  for (guint o = 0; o < G_N_ELEMENTS (orders); o++)
    {
      nd_sidebar_set_sort_order (sidebar, orders[o]);
      wait_settled (sidebar);

      for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
        {
          NdArticle *article = nd_article_store_lookup (fixture->store, ids[i]);
          g_autoptr(NdArticle) at_position = NULL;

          nd_sidebar_select_article (sidebar, article);
          g_assert_true (nd_sidebar_get_selected_article (sidebar) == article);
          at_position = g_list_model_get_item (nd_sidebar_get_visible_articles (sidebar),
                                               nd_sidebar_get_selected_position (sidebar));
          g_assert_true (at_position == article);
        }
    }

  /* A hidden article is not selected; the selection stays. */
  nd_sidebar_select_article (sidebar, nd_article_store_lookup (fixture->store, "r1"));
  gtk_check_button_set_active (find_source_check (sidebar, "Valley Times"), FALSE);
  wait_settled (sidebar);
  nd_sidebar_select_article (sidebar, nd_article_store_lookup (fixture->store, "v1"));
  g_assert_cmpstr (selected_id (sidebar), ==, "r1");
}

int
main (int    argc,
      char **argv)
{
  nd_test_init_gtk (&argc, &argv);

#define ADD(path, func, data) \
  g_test_add (path, Fixture, data, fixture_setup, func, fixture_teardown)

  ADD ("/nd/sidebar/initial-selection", test_initial_selection, NULL);
  ADD ("/nd/sidebar/next-previous", test_next_previous, NULL);
  ADD ("/nd/sidebar/sort-orders", test_sort_orders, NULL);
  ADD ("/nd/sidebar/sort-order-property", test_sort_order_property, NULL);
  ADD ("/nd/sidebar/source-filter", test_source_filter, NULL);
  ADD ("/nd/sidebar/sources-follow-loading", test_sources_follow_loading, "empty");
  ADD ("/nd/sidebar/external-filter", test_external_filter, NULL);
  ADD ("/nd/sidebar/nothing-matches", test_nothing_matches, NULL);
  ADD ("/nd/sidebar/selection-follows-filter", test_selection_follows_filter, NULL);
  ADD ("/nd/sidebar/select-article", test_select_article, NULL);

#undef ADD

  add_sidebar_rows_tests ();

  return g_test_run ();
}

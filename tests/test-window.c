/* test-window.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "load/nd-folder-watcher-private.h"
#include "nd-application.h"
#include "nd-article-view-private.h"
#include "nd-load-errors-dialog.h"
#include "nd-load-errors-dialog-private.h"
#include "nd-sidebar.h"
#include "nd-sidebar-test-private.h"
#include "nd-timeline.h"
#include "nd-timeline-test-private.h"
#include "nd-test-ui-utils.h"
#include "nd-test-utils.h"
#include "nd-window-private.h"

static gboolean
store_idle (gpointer data)
{
  NdArticleStore *store = nd_window_get_store (ND_WINDOW (data));

  return !nd_article_store_get_loading (store);
}

static NdTimeline *
get_timeline (NdWindow *window)
{
  return ND_TIMELINE (nd_window_get_timeline (window));
}

static gboolean
timeline_has_mentions (gpointer data)
{
  return !nd_timeline_get_finding_mentions (data) && nd_timeline_get_n_mentions (data) > 0;
}

static NdSidebar *
get_sidebar (NdWindow *window)
{
  return ND_SIDEBAR (nd_window_get_sidebar (window));
}

static NdArticleView *
get_reader (NdWindow *window)
{
  return ND_ARTICLE_VIEW (nd_window_get_article_view (window));
}

static char *
dup_reader_text (NdWindow *window)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (nd_article_view_get_text_view (get_reader (window)));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
test_sample_story (void)
{
  NdWindow *window = nd_test_window_new_with_sample (1200, 760);
  NdArticleStore *store = nd_window_get_store (window);
  NdSidebar *sidebar = get_sidebar (window);
  g_autofree char *text = NULL;
  NdArticle *selected;

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 11);
  g_assert_cmpuint (g_list_model_get_n_items (nd_sidebar_get_visible_articles (sidebar)), ==, 11);
  g_assert_cmpuint (nd_article_store_get_errors (store)->len, ==, 0);
  g_assert_cmpstr (nd_window_get_visible_page (window), ==, "articles");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Sample Story — 11 articles");
  g_assert_true (g_str_has_prefix (nd_window_get_story_summary (window), "11 articles from 4 sources, "));

  /* The newest article is selected and shown. */
  selected = nd_window_get_selected_article (window);
  g_assert_nonnull (selected);
  g_assert_cmpstr (nd_article_get_id (selected), ==, "gazette-cafe-reprieve");
  g_assert_true (nd_article_view_get_article (get_reader (window)) == selected);
  text = dup_reader_text (window);
  g_assert_true (g_str_has_prefix (text, nd_article_get_title (selected)));

  /* A newly shown article starts at its headline, and stays there once laid out. */
  g_assert_true (nd_test_wait_until_settled (GTK_WIDGET (window), nd_test_reader_at_top, window, 10000));

  /* The timeline has every dated article at once, and the dates they mention soon after. */
  g_assert_cmpuint (nd_timeline_get_n_dated (get_timeline (window)), ==, 11);
  g_assert_true (nd_test_wait_until (timeline_has_mentions, get_timeline (window), 10000));
  nd_test_wait_for_frames (GTK_WIDGET (window), 2);
  nd_test_save_screenshot (GTK_WIDGET (window), "main-window.png");
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_dark_screenshot (void)
{
  GtkSettings *settings = gtk_settings_get_default ();
  NdWindow *window;

  g_object_set (settings, "gtk-application-prefer-dark-theme", TRUE, NULL);
  window = nd_test_window_new_with_sample (1200, 760);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.next-article", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.next-article", NULL);
  g_assert_true (nd_test_wait_until (timeline_has_mentions, get_timeline (window), 10000));
  nd_test_wait_for_frames (GTK_WIDGET (window), 2);
  nd_test_save_screenshot (GTK_WIDGET (window), "main-window-dark.png");
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_set (settings, "gtk-application-prefer-dark-theme", FALSE, NULL);
}

static void
test_keyboard_actions (void)
{
  NdWindow *window = nd_test_window_new_with_sample (1200, 760);
  NdArticleView *reader = get_reader (window);
  NdArticle *first = nd_window_get_selected_article (window);
  NdArticle *second;
  double scale;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.next-article", NULL);
  second = nd_window_get_selected_article (window);
  g_assert_true (second != first);
  g_assert_true (nd_article_view_get_article (reader) == second);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.previous-article", NULL);
  g_assert_true (nd_window_get_selected_article (window) == first);

  /* At the top, "previous" stays put. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.previous-article", NULL);
  g_assert_true (nd_window_get_selected_article (window) == first);

  scale = nd_article_view_get_text_scale (reader);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-in", NULL);
  g_assert_cmpfloat (nd_article_view_get_text_scale (reader), >, scale);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-reset", NULL);
  g_assert_cmpfloat_with_epsilon (nd_article_view_get_text_scale (reader), 1.0, 0.001);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-out", NULL);
  g_assert_cmpfloat (nd_article_view_get_text_scale (reader), <, 1.0);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-reset", NULL);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.reload", NULL);
  g_assert_true (nd_test_wait_until (nd_test_window_loaded, window, 10000));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (nd_window_get_store (window))), ==, 11);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The main menu is built when first opened, not with the window. */
static void
test_primary_menu (void)
{
  NdWindow *window = nd_test_window_new_with_sample (1200, 760);
  GtkMenuButton *button = window->primary_menu_button;
  GMenuModel *model;
  g_autofree char *label = NULL;

  g_assert_null (gtk_menu_button_get_menu_model (button));
  gtk_menu_button_popup (button);
  model = gtk_menu_button_get_menu_model (button);
  g_assert_true (model == window->primary_menu);
  g_assert_nonnull (gtk_menu_button_get_popover (button));
  g_assert_true (nd_test_wait_until (nd_test_widget_is_shown, gtk_menu_button_get_popover (button), 5000));

  /* Its first section opens files. */
  model = g_menu_model_get_item_link (model, 0, G_MENU_LINK_SECTION);
  g_assert_true (g_menu_model_get_item_attribute (model, 0, G_MENU_ATTRIBUTE_LABEL, "s", &label));
  g_assert_cmpstr (label, ==, "_Open Files…");
  g_object_unref (model);

  gtk_menu_button_popdown (button);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_empty_state (void)
{
  NdWindow *window = nd_test_window_new (1200, 760);

  g_assert_cmpstr (nd_window_get_visible_page (window), ==, "empty");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "NewsDesk");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-sample", NULL);
  g_assert_true (nd_test_wait_until (nd_test_window_loaded, window, 10000));
  g_assert_cmpstr (nd_window_get_visible_page (window), ==, "articles");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_bad_file_banner (void)
{
  g_autofree char *dir = nd_test_make_temp_dir ();
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  NdWindow *window;
  GtkWindow *dialog;

  nd_test_write_file (dir, "good.json",
                      "{\"id\": \"g\", \"title\": \"Good\", \"body\": \"Fine.\"}", -1);
  nd_test_write_file (dir, "broken.json", "{\"title\": \"Cut", -1);
  nd_test_write_file (dir, "page.json", "<html></html>", -1);

  window = nd_test_window_new (1200, 760);
  g_assert_false (nd_window_get_banner_visible (window));
  nd_window_open_files (window, &folder, 1);
  g_assert_true (nd_test_wait_until (nd_test_window_loaded, window, 10000));

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (nd_window_get_store (window))), ==, 1);
  g_assert_true (nd_window_get_banner_visible (window));
  /* Neither a source nor a date: no "from 0 sources". */
  g_assert_cmpstr (nd_window_get_story_summary (window), ==, "1 article");
  g_assert_cmpstr (nd_window_get_visible_page (window), ==, "articles");

  /* Details lists every problem. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-load-errors", NULL);
  dialog = NULL;
  for (GList *l = gtk_window_list_toplevels (); l != NULL; l = l->next)
    if (ND_IS_LOAD_ERRORS_DIALOG (l->data))
      dialog = l->data;
  g_assert_nonnull (dialog);
  g_assert_cmpuint (nd_load_errors_dialog_get_n_rows (ND_LOAD_ERRORS_DIALOG (dialog)), ==, 2);
  gtk_window_destroy (dialog);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.dismiss-banner", NULL);
  g_assert_false (nd_window_get_banner_visible (window));

  gtk_window_destroy (GTK_WINDOW (window));
  nd_test_remove_tree (dir);
}

static gboolean
has_n_articles (gpointer data)
{
  NdWindow *window = ((gpointer *)data)[0];
  guint n = GPOINTER_TO_UINT (((gpointer *)data)[1]);

  return store_idle (window) &&
         g_list_model_get_n_items (G_LIST_MODEL (nd_window_get_store (window))) == n;
}

static gboolean
watcher_has_walked (gpointer data)
{
  NdWindow *window = data;

  return window->watcher != NULL && !nd_folder_watcher_is_walking (window->watcher);
}

static gboolean
selected_is_revised (gpointer window)
{
  NdArticle *selected = nd_window_get_selected_article (window);

  return selected != NULL && g_strcmp0 (nd_article_get_title (selected), "Second, revised") == 0;
}

static void
test_folder_watched (void)
{
  g_autofree char *dir = nd_test_make_temp_dir ();
  g_autofree char *early = g_build_filename (dir, "early", NULL);
  g_autofree char *late = g_build_filename (dir, "late", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  NdWindow *window;
  NdArticle *selected;
  gpointer data[2];

  g_assert_no_errno (g_mkdir (early, 0700));
  nd_test_write_file (dir, "a.json",
                      "{\"id\": \"a\", \"title\": \"First\", \"published\": \"2024-01-02\"}", -1);
  nd_test_write_file (dir, "b.json",
                      "{\"id\": \"b\", \"title\": \"Second\", \"published\": \"2024-01-01\"}", -1);

  window = nd_test_window_new (1200, 760);
  nd_window_open_files (window, &folder, 1);
  data[0] = window;
  data[1] = GUINT_TO_POINTER (2);
  g_assert_true (nd_test_wait_until (has_n_articles, data, 10000));

  nd_sidebar_select_next (get_sidebar (window));
  selected = nd_window_get_selected_article (window);
  g_assert_cmpstr (nd_article_get_id (selected), ==, "b");

  /* A new file appears without a restart, and the selection stays on "b". */
  nd_test_write_file (dir, "c.json",
                      "{\"id\": \"c\", \"title\": \"Third\", \"published\": \"2024-01-03\"}", -1);
  data[1] = GUINT_TO_POINTER (3);
  g_assert_true (nd_test_wait_until (has_n_articles, data, 10000));
  g_assert_cmpstr (nd_article_get_id (nd_window_get_selected_article (window)), ==, "b");

  /* Changing the selected article's own file keeps it selected, with the new text. */
  nd_test_write_file (dir, "b.json",
                      "{\"id\": \"b\", \"title\": \"Second, revised\","
                      " \"published\": \"2024-01-01\"}", -1);
  g_assert_true (nd_test_wait_until (selected_is_revised, window, 10000));
  g_assert_true (nd_test_wait_until (has_n_articles, data, 10000));
  selected = nd_window_get_selected_article (window);
  g_assert_cmpstr (nd_article_get_id (selected), ==, "b");
  g_assert_cmpstr (nd_article_get_title (selected), ==, "Second, revised");

  /* Subfolders are watched too: one there from the start (once the watcher has found
   * it: its walk runs beside the window, and a busy machine can hold it up for seconds),
   * and one made since. */
  g_assert_true (nd_test_wait_until (watcher_has_walked, window, 30000));
  nd_test_write_file (early, "d.json",
                      "{\"id\": \"d\", \"title\": \"Fourth\", \"published\": \"2024-01-04\"}", -1);
  data[1] = GUINT_TO_POINTER (4);
  g_assert_true (nd_test_wait_until (has_n_articles, data, 10000));
  g_assert_no_errno (g_mkdir (late, 0700));
  nd_test_write_file (late, "e.json",
                      "{\"id\": \"e\", \"title\": \"Fifth\", \"published\": \"2024-01-05\"}", -1);
  data[1] = GUINT_TO_POINTER (5);
  g_assert_true (nd_test_wait_until (has_n_articles, data, 10000));

  /* A subfolder that goes takes its articles along; the selection stays. */
  nd_test_remove_tree (early);
  data[1] = GUINT_TO_POINTER (4);
  g_assert_true (nd_test_wait_until (has_n_articles, data, 10000));
  g_assert_null (nd_article_store_lookup (nd_window_get_store (window), "d"));
  g_assert_cmpstr (nd_article_get_id (nd_window_get_selected_article (window)), ==, "b");

  gtk_window_destroy (GTK_WINDOW (window));
  nd_test_remove_tree (dir);
}

static GtkDropTarget *
find_drop_target (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        return GTK_DROP_TARGET (controller);
    }

  return NULL;
}

/* Files and folders dropped on the window are opened beside what is open. The drop is
 * handed to the window's drop target as a drag would hand it. */
static void
test_drop_files (void)
{
  g_autofree char *dir = nd_test_make_temp_dir ();
  g_autofree char *folder_path = g_build_filename (dir, "folder", NULL);
  g_autofree char *single_path = g_build_filename (dir, "single.json", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (folder_path);
  g_autoptr(GFile) single = g_file_new_for_path (single_path);
  GFile *files[] = { folder, single };
  g_auto(GValue) value = G_VALUE_INIT;
  NdWindow *window = nd_test_window_new_with_sample (1200, 760);
  GtkDropTarget *target = find_drop_target (GTK_WIDGET (window));
  gboolean accepted = FALSE;
  gpointer data[2];

  g_assert_no_errno (g_mkdir (folder_path, 0700));
  nd_test_write_file (folder_path, "a.json", "{\"id\": \"dropped-a\", \"title\": \"A\"}", -1);
  nd_test_write_file (folder_path, "b.json", "{\"id\": \"dropped-b\", \"title\": \"B\"}", -1);
  nd_test_write_file (dir, "single.json", "{\"id\": \"dropped-c\", \"title\": \"C\"}", -1);

  g_assert_nonnull (target);
  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, gdk_file_list_new_from_array (files, G_N_ELEMENTS (files)));
  g_signal_emit_by_name (target, "drop", &value, 100.0, 100.0, &accepted);
  g_assert_true (accepted);

  data[0] = window;
  data[1] = GUINT_TO_POINTER (11 + 3);
  g_assert_true (nd_test_wait_until (has_n_articles, data, 10000));
  g_assert_nonnull (nd_article_store_lookup (nd_window_get_store (window), "dropped-c"));

  gtk_window_destroy (GTK_WINDOW (window));
  nd_test_remove_tree (dir);
}

static void
test_settings_persist (void)
{
  g_autoptr(GSettings) settings = g_settings_new ("com.example.NewsDesk");
  NdWindow *window = nd_test_window_new_with_sample (1200, 760);
  g_autofree char *sort_order = NULL;
  NdWindow *second;

  g_object_set (get_sidebar (window), "sort-order", "title", NULL);
  sort_order = g_settings_get_string (settings, "sort-order");
  g_assert_cmpstr (sort_order, ==, "title");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-in", NULL);
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (settings, "text-scale"), 1.1, 0.001);
  gtk_window_destroy (GTK_WINDOW (window));

  /* A new window starts with what the last one left. */
  second = nd_test_window_new_with_sample (1200, 760);
  g_assert_cmpstr (nd_sidebar_get_sort_order (get_sidebar (second)), ==, "title");
  g_assert_cmpfloat_with_epsilon (nd_article_view_get_text_scale (get_reader (second)), 1.1, 0.001);
  gtk_widget_activate_action (GTK_WIDGET (second), "win.zoom-reset", NULL);
  g_object_set (get_sidebar (second), "sort-order", "newest", NULL);
  gtk_window_destroy (GTK_WINDOW (second));
}

static void
on_app_activate_cb (GApplication *app,
                    gpointer      user_data)
{
  /* The real activate runs first; nothing else to do. */
}

static gboolean
app_window_loaded (gpointer data)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (data));

  return window != NULL && nd_test_window_loaded (window);
}

static void
test_application_open (void)
{
  g_autoptr(NdApplication) app = nd_application_new ();
  g_autofree char *dir = nd_test_make_temp_dir ();
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  NdWindow *window;
  gpointer data[2];

  g_application_set_flags (G_APPLICATION (app),
                           G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "activate", G_CALLBACK (on_app_activate_cb), NULL);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  /* Started with nothing: the sample story. */
  g_application_activate (G_APPLICATION (app));
  g_assert_true (nd_test_wait_until (app_window_loaded, app, 10000));
  window = ND_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (nd_window_get_store (window))), ==, 11);

  /* Opening a file shows it in the open window, instead of the sample. */
  nd_test_write_file (dir, "extra.json",
                      "{\"id\": \"x\", \"title\": \"Extra\", \"body\": \"More.\"}", -1);
  file = g_file_new_build_filename (dir, "extra.json", NULL);
  g_application_open (G_APPLICATION (app), &file, 1, "");
  data[0] = window;
  data[1] = GUINT_TO_POINTER (1);
  g_assert_true (nd_test_wait_until (has_n_articles, data, 10000));
  g_assert_true (gtk_application_get_active_window (GTK_APPLICATION (app)) == GTK_WINDOW (window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "extra.json — 1 article");

  gtk_window_destroy (GTK_WINDOW (window));
  nd_test_remove_tree (dir);
}

typedef struct
{
  NdWindow *window;
  guint     n_visible;
} VisibleCount;

static gboolean
sidebar_shows (gpointer data)
{
  VisibleCount *count = data;

  return nd_sidebar_get_n_visible (get_sidebar (count->window)) == count->n_visible;
}

static const char *
selected_id (NdWindow *window)
{
  return nd_article_get_id (nd_window_get_selected_article (window));
}

static void
search_for (NdWindow   *window,
            const char *text,
            guint       n_expected)
{
  VisibleCount count = { window, n_expected };

  gtk_editable_set_text (GTK_EDITABLE (nd_window_get_search_entry (window)), text);
  g_assert_true (nd_test_wait_until (sidebar_shows, &count, 5000));
}

static void
test_search (void)
{
  NdWindow *window = nd_test_window_new_with_sample (1200, 760);
  GtkWidget *entry = nd_window_get_search_entry (window);
  NdArticleView *reader = get_reader (window);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);

  /* Hand-counted in data/sample: "Halloran" is in two articles, four times in the shorter
   * one, which therefore ranks first. */
  search_for (window, "halloran ", 2);
  g_assert_cmpstr (selected_id (window), ==, "coastline-second-review");
  g_assert_cmpuint (nd_article_view_get_n_matches (reader), ==, 4);
  g_assert_null (nd_window_get_search_problem (window));

  /* Enter goes through the matches, then on to the next article. */
  for (int i = 0; i < 4; i++)
    {
      g_signal_emit_by_name (entry, "activate");
      g_assert_cmpint (nd_article_view_get_current_match (reader), ==, i);
    }
  g_signal_emit_by_name (entry, "activate");
  g_assert_cmpstr (selected_id (window), ==, "gazette-cafe-reprieve");
  g_assert_cmpuint (nd_article_view_get_n_matches (reader), ==, 1);
  g_assert_cmpint (nd_article_view_get_current_match (reader), ==, 0);

  /* Shift+Enter (or Ctrl+Shift+G) goes back, to the last match of the article before. */
  g_signal_emit_by_name (entry, "previous-match");
  g_assert_cmpstr (selected_id (window), ==, "coastline-second-review");
  g_assert_cmpint (nd_article_view_get_current_match (reader), ==, 3);

  /* The prefix of the word being typed matches; accents and case do not matter. */
  search_for (window, "CAFE mira", 5);

  /* Nothing found: the list says so. */
  search_for (window, "zzzqqq", 0);
  g_assert_cmpuint (nd_article_view_get_n_matches (reader), ==, 0);

  /* A broken query is still searched, and the problem shown. */
  search_for (window, "\"halloran", 2);
  g_assert_nonnull (nd_window_get_search_problem (window));

  /* Escape clears and closes. */
  gtk_search_bar_set_search_mode (GTK_SEARCH_BAR (gtk_widget_get_ancestor (entry, GTK_TYPE_SEARCH_BAR)),
                                  FALSE);
  search_for (window, "", 11);
  g_assert_cmpuint (nd_article_view_get_n_matches (reader), ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  nd_test_init_gtk (&argc, &argv);

  g_test_add_func ("/nd/window/sample-story", test_sample_story);
  g_test_add_func ("/nd/window/dark-screenshot", test_dark_screenshot);
  g_test_add_func ("/nd/window/keyboard-actions", test_keyboard_actions);
  g_test_add_func ("/nd/window/primary-menu", test_primary_menu);
  g_test_add_func ("/nd/window/empty-state", test_empty_state);
  g_test_add_func ("/nd/window/bad-file-banner", test_bad_file_banner);
  g_test_add_func ("/nd/window/folder-watched", test_folder_watched);
  g_test_add_func ("/nd/window/drop-files", test_drop_files);
  g_test_add_func ("/nd/window/settings-persist", test_settings_persist);
  g_test_add_func ("/nd/window/application-open", test_application_open);
  g_test_add_func ("/nd/window/search", test_search);

  return g_test_run ();
}

/* test-first-hour.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What a new user meets in the first hour with the window: the first quote of a session,
 * opening and closing, the keyboard, small windows and what assistive technology is told.
 * XDG_DATA_HOME is a fresh temporary folder, so no real collection is touched. */

#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <string.h>

#include "nd-article-view.h"
#include "nd-quotes-export-dialog.h"
#include "nd-quotes-panel.h"
#include "nd-quotes-panel-private.h"
#include "nd-sidebar.h"
#include "nd-test-ui-utils.h"
#include "nd-test-utils.h"
#include "nd-window-private.h"
#include "load/nd-folder-watcher-private.h"

static char *data_home;

static gboolean
pointer_gone (gpointer data)
{
  return *(gpointer *)data == NULL;
}

/* Closes the window and waits until the shared quote collection is gone, as when the app
 * quits: the next window reads the file again. */
static void
close_window (NdWindow *window)
{
  gpointer collection = window->quote_collection;

  g_object_add_weak_pointer (collection, &collection);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_true (nd_test_wait_until (pointer_gone, &collection, 5000));
}

static char *
quotes_path (void)
{
  return g_build_filename (data_home, "newsdesk", "quotes.json", NULL);
}

static void
assert_removed_quotes_file (void)
{
  g_autofree char *path = quotes_path ();

  g_assert_cmpint (g_remove (path), ==, 0);
}

static void
remove_quotes_file (void)
{
  g_autofree char *path = quotes_path ();

  g_remove (path);
}

static char *
dup_file (const char *path)
{
  char *contents = NULL;

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    return g_strdup ("");
  return contents;
}

static NdArticleView *
get_reader (NdWindow *window)
{
  return ND_ARTICLE_VIEW (nd_window_get_article_view (window));
}

/* The first few words of the selected article's body. */
static char *
dup_opening_words (NdWindow *window,
                   guint     n_words)
{
  NdArticle *article = nd_article_view_get_article (get_reader (window));
  g_auto(GStrv) words = g_strsplit (nd_article_get_body (article), " ", (int)n_words + 1);

  g_assert_cmpuint (g_strv_length (words), >, n_words);
  g_clear_pointer (&words[n_words], g_free);

  return g_strjoinv (" ", words);
}

/* Defect 1: the first Add to Quotes of a session, with the panel never opened, used to lose
 * the selection when the panel was built and add nothing. */
static void
test_first_quote_of_session (void)
{
  NdWindow *window = nd_test_window_new_with_sample (1280, 800);
  g_autofree char *path = quotes_path ();
  g_autofree char *words = NULL;
  g_autofree char *saved = NULL;
  NdQuoteCollection *collection = window->quote_collection;

  g_assert_null (window->quotes_panel);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (collection)), ==, 0);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.next-article", NULL);
  nd_test_wait_for_frames (GTK_WIDGET (window), 1);
  words = dup_opening_words (window, 4);
  nd_test_select_in_reader (window, words);
  g_assert_true (nd_article_view_get_can_add_quote (get_reader (window)));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.add-to-quotes", NULL);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (collection)), ==, 1);
  g_assert_cmpstr (nd_quote_get_text (nd_quote_collection_get_quote (collection, 0)), ==, words);
  saved = dup_file (path);
  g_assert_nonnull (strstr (saved, words));
  g_assert_true (gtk_toggle_button_get_active (window->quotes_button));
  g_assert_nonnull (window->quotes_panel);
  g_assert_true (nd_test_wait_until (nd_test_widget_is_shown, window->quotes_panel, 5000));
  g_assert_cmpstr (nd_quotes_panel_get_message (window->quotes_panel), ==, "Added to Quotes");

  close_window (window);
  g_assert_cmpint (g_remove (path), ==, 0);
}

typedef struct
{
  NdWindow *window;
  guint     n_articles;
} ArticleCount;

static gboolean
shows_n_articles (gpointer data)
{
  ArticleCount *count = data;
  NdArticleStore *store = nd_window_get_store (count->window);

  return !nd_article_store_get_loading (store) &&
         g_list_model_get_n_items (G_LIST_MODEL (store)) == count->n_articles;
}

static void
wait_for_articles (NdWindow *window,
                   guint     n_articles)
{
  ArticleCount count = { window, n_articles };

  g_assert_true (nd_test_wait_until (shows_n_articles, &count, 10000));
}

/* A folder of @n articles, with ids @prefix-0 … */
static char *
make_story_folder (const char *prefix,
                   guint       n)
{
  char *dir = nd_test_make_temp_dir ();

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("%s-%u.json", prefix, i);
      g_autofree char *json = g_strdup_printf ("{\"id\": \"%s-%u\", \"title\": \"Story %u\", "
                                               "\"source\": \"Test\", \"body\": \"Words.\"}",
                                               prefix, i, i);

      nd_test_write_file (dir, name, json, -1);
    }

  return dir;
}

/* Runs the first of @widget's own keyboard shortcuts for @accelerator that acts, as GTK
 * does for a key press: a shortcut whose action is disabled lets the next one try.  Returns
 * the name of the action that ran ("(callback)" for a callback), or NULL. */
static const char *
press_shortcut (GtkWidget  *widget,
                const char *accelerator)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);
          g_autofree char *trigger = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));

          if (!g_str_equal (trigger, accelerator))
            continue;
          if (gtk_shortcut_action_activate (action, 0, widget, gtk_shortcut_get_arguments (shortcut)))
            return GTK_IS_NAMED_ACTION (action) ? gtk_named_action_get_action_name (GTK_NAMED_ACTION (action))
                                                : "(callback)";
        }
    }

  return NULL;
}

/* Defect 6: opening replaces what is open; the sample opened twice is still the sample. */
static void
test_open_replaces (void)
{
  NdWindow *window = nd_test_window_new_with_sample (1280, 800);
  g_autofree char *dir = make_story_folder ("harbour", 2);
  g_autofree char *name = g_path_get_basename (dir);
  g_autofree char *title = g_strdup_printf ("%s — 2 articles", name);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Sample Story — 11 articles");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-sample", NULL);
  wait_for_articles (window, 11);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Sample Story — 11 articles");

  /* What Open Folder does with the folder chosen. */
  nd_window_open_files (window, &folder, 1);
  wait_for_articles (window, 2);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, title);
  g_assert_cmpstr (gtk_label_get_text (window->title_label), ==, name);
  g_assert_cmpstr (gtk_label_get_text (window->subtitle_label), ==, "2 articles");
  g_assert_nonnull (nd_article_store_lookup (nd_window_get_store (window), "harbour-1"));
  g_assert_true (nd_folder_watcher_is_watching (window->watcher, folder));

  /* The sample replaces the folder, which is no longer watched. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-sample", NULL);
  wait_for_articles (window, 11);
  g_assert_null (nd_article_store_lookup (nd_window_get_store (window), "harbour-1"));
  g_assert_false (nd_folder_watcher_is_watching (window->watcher, folder));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Sample Story — 11 articles");

  gtk_window_destroy (GTK_WINDOW (window));
  nd_test_remove_tree (dir);
}

/* Adding keeps what is open beside what is added. */
static void
test_add_to_open (void)
{
  NdWindow *window = nd_test_window_new_with_sample (1280, 800);
  g_autofree char *dir = make_story_folder ("quay", 2);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  GMenuModel *menu = window->primary_menu;
  gboolean in_menu = FALSE;

  /* The main menu offers it. */
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

      for (int j = 0; section != NULL && j < g_menu_model_get_n_items (section); j++)
        {
          g_autofree char *action = NULL;

          if (g_menu_model_get_item_attribute (section, j, G_MENU_ATTRIBUTE_ACTION, "s", &action))
            in_menu |= g_str_equal (action, "win.add-files");
        }
    }
  g_assert_true (in_menu);

  /* What Add to Open Articles does with the folder chosen. */
  nd_window_add_files (window, &folder, 1);
  wait_for_articles (window, 13);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==,
                   "2 Files and Folders — 13 articles");
  g_assert_true (nd_folder_watcher_is_watching (window->watcher, folder));

  gtk_window_destroy (GTK_WINDOW (window));
  nd_test_remove_tree (dir);
}

static gboolean
shows_empty_page (gpointer data)
{
  return g_strcmp0 (nd_window_get_visible_page (ND_WINDOW (data)), "empty") == 0;
}

/* Close (Ctrl+W) goes back to the empty page, with nothing open and nothing watched. */
static void
test_close (void)
{
  NdWindow *window = nd_test_window_new (1280, 800);
  g_autofree char *dir = make_story_folder ("pier", 3);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);

  nd_window_open_files (window, &folder, 1);
  wait_for_articles (window, 3);
  g_assert_cmpstr (nd_window_get_visible_page (window), ==, "articles");
  gtk_search_bar_set_search_mode (window->search_bar, TRUE);

  g_assert_cmpstr (press_shortcut (GTK_WIDGET (window), "<Control>w"), ==, "win.close");
  g_assert_true (nd_test_wait_until (shows_empty_page, window, 5000));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (nd_window_get_store (window))), ==, 0);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "NewsDesk");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window->subtitle_label)));
  g_assert_false (nd_folder_watcher_is_watching (window->watcher, folder));
  g_assert_false (gtk_search_bar_get_search_mode (window->search_bar));
  g_assert_cmpstr (nd_window_get_story_summary (window), ==, "");
  g_assert_null (nd_article_view_get_article (get_reader (window)));

  /* Opening again after closing counts from nothing. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-sample", NULL);
  wait_for_articles (window, 11);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Sample Story — 11 articles");

  /* With nothing open, Ctrl+W closes the window, as before. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.close", NULL);
  g_object_ref (window);
  g_assert_cmpstr (press_shortcut (GTK_WIDGET (window), "<Control>w"), ==, "window.close");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_object_unref (window);

  nd_test_remove_tree (dir);
}

/* The sample open, the panel made, one quote collected from the first article. */
static NdWindow *
window_with_a_quote (void)
{
  NdWindow *window = nd_test_window_new_with_sample (1280, 800);
  g_autofree char *words = NULL;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.next-article", NULL);
  words = dup_opening_words (window, 5);
  nd_test_select_in_reader (window, words);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.add-to-quotes", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (window->quote_collection)), ==, 1);

  return window;
}

/* Defect 11: an export typed without an extension gets the format's. */
static void
test_export_adds_extension (void)
{
  NdWindow *window = window_with_a_quote ();
  NdQuotesPanel *panel = _nd_window_get_quotes_panel (window);
  g_autofree char *dir = nd_test_make_temp_dir ();
  g_autofree char *typed = g_build_filename (dir, "harbour-quotes", NULL);
  g_autofree char *with_extension = g_build_filename (dir, "harbour-quotes.md", NULL);
  g_autofree char *numbered = g_build_filename (dir, "harbour-quotes (2).md", NULL);
  g_autofree char *named = g_build_filename (dir, "notes.txt", NULL);
  g_autoptr(GFile) typed_file = g_file_new_for_path (typed);
  g_autoptr(GFile) named_file = g_file_new_for_path (named);
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;

  g_assert_true (nd_quotes_panel_export_to_file (panel, ND_QUOTE_FORMAT_MARKDOWN, typed_file, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (typed, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (with_extension, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpstr (nd_quotes_panel_get_message (panel), ==, "Exported 1 quote to “harbour-quotes.md”");

  /* The file chooser asked about replacing "harbour-quotes", not "harbour-quotes.md":
   * that one is kept, and the export goes beside it. */
  g_assert_true (g_file_set_contents (with_extension, "mine", -1, NULL));
  g_assert_true (nd_quotes_panel_export_to_file (panel, ND_QUOTE_FORMAT_MARKDOWN, typed_file, &error));
  first = dup_file (with_extension);
  g_assert_cmpstr (first, ==, "mine");
  g_assert_true (g_file_test (numbered, G_FILE_TEST_IS_REGULAR));

  /* A name with an extension is kept as typed. */
  g_assert_true (nd_quotes_panel_export_to_file (panel, ND_QUOTE_FORMAT_MARKDOWN, named_file, &error));
  g_assert_true (g_file_test (named, G_FILE_TEST_IS_REGULAR));

  close_window (window);
  nd_test_remove_tree (dir);
  assert_removed_quotes_file ();
}

/* For nd_test_find_widget_where (): a check button whose label holds @label_part. */
static gboolean
is_check_button_with (GtkWidget     *widget,
                      gconstpointer  label_part)
{
  const char *label;

  if (!GTK_IS_CHECK_BUTTON (widget))
    return FALSE;
  label = gtk_check_button_get_label (GTK_CHECK_BUTTON (widget));
  return label != NULL && strstr (label, label_part) != NULL;
}

static gboolean
no_export_dialog (gpointer data)
{
  return nd_test_find_export_dialog () == NULL;
}

/* CSV from the window starts with a byte-order mark, which the export dialog offers (on)
 * while CSV is chosen. */
static void
test_csv_byte_order_mark (void)
{
  NdWindow *window = window_with_a_quote ();
  NdQuotesPanel *panel = _nd_window_get_quotes_panel (window);
  g_autofree char *dir = nd_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "quotes.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  NdQuotesExportDialog *dialog;
  GtkWidget *mark_button;

  g_assert_true (nd_quotes_panel_export_to_file (panel, ND_QUOTE_FORMAT_CSV, file, &error));
  g_assert_no_error (error);
  contents = dup_file (path);
  g_assert_true (g_str_has_prefix (contents, "\xEF\xBB\xBF" "text,"));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.export-quotes", NULL);
  dialog = nd_test_find_export_dialog ();
  g_assert_nonnull (dialog);
  mark_button = nd_test_find_widget_where (GTK_WIDGET (dialog), is_check_button_with, "UTF-8");
  g_assert_nonnull (mark_button);
  nd_quotes_export_dialog_set_format (dialog, ND_QUOTE_FORMAT_CSV);
  g_assert_true (nd_quotes_export_dialog_get_byte_order_mark (dialog));
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (mark_button)));
  g_assert_true (gtk_widget_get_sensitive (mark_button));
  nd_quotes_export_dialog_set_format (dialog, ND_QUOTE_FORMAT_JSON);
  g_assert_false (gtk_widget_get_sensitive (mark_button));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL);
  g_assert_true (nd_test_wait_until (no_export_dialog, NULL, 5000));

  close_window (window);
  nd_test_remove_tree (dir);
  assert_removed_quotes_file ();
}

/* A drag that takes the comma or full stop after the words collects the words alone. */
static void
test_quote_without_trailing_punctuation (void)
{
  NdWindow *window = nd_test_window_new_with_sample (1280, 800);
  NdQuoteCollection *collection = window->quote_collection;
  NdArticle *article;
  const char *body;
  const char *comma;
  const char *word_start;
  g_autofree char *selected = NULL;
  g_autofree char *expected = NULL;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.next-article", NULL);
  article = nd_article_view_get_article (get_reader (window));
  body = nd_article_get_body (article);
  /* The words before the body's first comma, with the comma. */
  comma = strchr (body, ',');
  g_assert_nonnull (comma);
  word_start = comma;
  while (word_start > body && word_start[-1] != ' ' && word_start[-1] != '\n')
    word_start--;
  while (word_start > body && word_start[-1] == ' ')
    word_start--;
  while (word_start > body && word_start[-1] != ' ' && word_start[-1] != '\n')
    word_start--;
  selected = g_strndup (word_start, comma + 1 - word_start);
  expected = g_strndup (word_start, comma - word_start);

  nd_test_select_in_reader (window, selected);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.add-to-quotes", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (collection)), ==, 1);
  g_assert_cmpstr (nd_quote_get_text (nd_quote_collection_get_quote (collection, 0)), ==, expected);

  close_window (window);
  assert_removed_quotes_file ();
}

/* The accessible label of @widget, or NULL when it has none.  GTK 4.8 has no getter: the
 * test API's check answers with the value when it differs from what was asked. */
static char *
dup_accessible_label (GtkWidget *widget)
{
  if (!gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL))
    return NULL;

  return gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                             "\x01 no label is this");
}

/* "_Export…" as it reads, "Export…"; "__" is a literal underscore. */
static char *
dup_without_mnemonic (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '_' && p[1] == '_')
        p++;
      else if (*p == '_')
        continue;
      g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

/* The text a widget shows with a mnemonic, or NULL. */
static char *
dup_mnemonic_text (GtkWidget *widget)
{
  GObjectClass *klass = G_OBJECT_GET_CLASS (widget);
  gboolean use_underline = FALSE;
  char *text = NULL;

  if (g_object_class_find_property (klass, "use-underline") == NULL)
    return NULL;
  g_object_get (widget, "use-underline", &use_underline, NULL);
  if (!use_underline)
    return NULL;
  if (g_object_class_find_property (klass, "label") != NULL)
    g_object_get (widget, "label", &text, NULL);
  else if (g_object_class_find_property (klass, "text") != NULL)
    g_object_get (widget, "text", &text, NULL);

  return text;
}

static gboolean
is_accessible_hidden (GtkWidget *widget)
{
  g_autofree char *differs = NULL;

  if (!gtk_test_accessible_has_state (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_STATE_HIDDEN))
    return FALSE;
  differs = gtk_test_accessible_check_state (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE);
  return differs == NULL;
}

/* Every widget under @widget: a button with a mnemonic is named by its label as it reads,
 * without the underscore; a button with only an icon is named; a label without text is
 * hidden rather than announced by its class name. */
static void
check_accessible_labels (GtkWidget *widget,
                         gboolean   parent_shown,
                         GPtrArray *problems)
{
  g_autofree char *label = dup_accessible_label (widget);
  g_autofree char *mnemonic = dup_mnemonic_text (widget);
  /* What lies in a hidden widget is not announced, whatever its own visibility. */
  gboolean shown = parent_shown && gtk_widget_get_visible (widget);

  /* GTK's tooltips are GTK's business. */
  if (g_str_equal (G_OBJECT_TYPE_NAME (widget), "GtkTooltipWindow"))
    return;

  /* GTK 4.8 names a widget by its label property and by the widgets that label it, both:
   * a button labelled by the text inside it must not repeat it. */
  if (label != NULL && (GTK_IS_BUTTON (widget) || GTK_IS_CHECK_BUTTON (widget)) &&
      GTK_IS_LABEL (gtk_widget_get_first_child (widget)) &&
      gtk_test_accessible_has_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY))
    g_ptr_array_add (problems, g_strdup_printf ("%s named “%s” and by its label", G_OBJECT_TYPE_NAME (widget), label));
  if (!GTK_IS_LABEL (widget) && mnemonic != NULL && strchr (mnemonic, '_') != NULL && label != NULL)
    {
      g_autofree char *plain = dup_without_mnemonic (mnemonic);

      if (g_strcmp0 (label, plain) != 0)
        g_ptr_array_add (problems, g_strdup_printf ("%s labelled “%s”, shows “%s”",
                                                    G_OBJECT_TYPE_NAME (widget),
                                                    label ? label : "(none)", mnemonic));
    }
  if (label != NULL && (strchr (label, '_') != NULL || g_str_has_prefix (label, "Gtk")))
    g_ptr_array_add (problems, g_strdup_printf ("%s labelled “%s”", G_OBJECT_TYPE_NAME (widget), label));
  if (shown && GTK_IS_BUTTON (widget) && label == NULL && gtk_button_get_label (GTK_BUTTON (widget)) == NULL &&
      !GTK_IS_LABEL (gtk_button_get_child (GTK_BUTTON (widget))) &&
      !gtk_test_accessible_has_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY))
    g_ptr_array_add (problems, g_strdup_printf ("%s with no name in %s, “%s”", G_OBJECT_TYPE_NAME (widget),
                                                G_OBJECT_TYPE_NAME (gtk_widget_get_parent (widget)),
                                                gtk_button_get_icon_name (GTK_BUTTON (widget))));
  if (shown && GTK_IS_LABEL (widget) && gtk_label_get_text (GTK_LABEL (widget))[0] == '\0' &&
      label == NULL && !is_accessible_hidden (widget))
    g_ptr_array_add (problems, g_strdup_printf ("empty %s in %s, not hidden", G_OBJECT_TYPE_NAME (widget),
                                                G_OBJECT_TYPE_NAME (gtk_widget_get_parent (widget))));

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    check_accessible_labels (child, shown, problems);
}

static void
assert_accessible_labels (GtkWidget *widget)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);

  check_accessible_labels (widget, TRUE, problems);
  for (guint i = 0; i < problems->len; i++)
    g_test_message ("%s", (char *)g_ptr_array_index (problems, i));
  g_assert_cmpuint (problems->len, ==, 0);
}

/* For nd_test_find_widget_where (): a button with only @icon_name. */
static gboolean
is_icon_button (GtkWidget     *widget,
                gconstpointer  icon_name)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (widget)), icon_name) == 0;
}

static void
assert_label (GtkWidget  *widget,
              const char *expected)
{
  g_autofree char *label = NULL;

  g_assert_nonnull (widget);
  label = dup_accessible_label (widget);
  g_assert_cmpstr (label, ==, expected);
}

/* Defect 10: what a screen reader is told. */
static void
test_accessible_labels (void)
{
  NdWindow *window = window_with_a_quote ();
  NdQuotesPanel *panel = _nd_window_get_quotes_panel (window);
  g_autofree char *dir = nd_test_make_temp_dir ();
  g_autoptr(GFile) broken = NULL;
  GtkWidget *close_button;
  NdQuotesExportDialog *dialog;

  /* Before anything went wrong: the banner's label has no text yet. */
  assert_accessible_labels (GTK_WIDGET (window));

  /* The banner, with a file that cannot be read. */
  nd_test_write_file (dir, "broken.json", "{\"title\": ", -1);
  broken = g_file_new_build_filename (dir, "broken.json", NULL);
  nd_window_add_files (window, &broken, 1);
  g_assert_true (nd_test_wait_until ((NdTestCondition)nd_window_get_banner_visible, window, 10000));

  /* The search bar, open. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);

  /* The Undo of a removed quote. */
  gtk_widget_activate_action (GTK_WIDGET (panel), "quotes.select-all", NULL);
  gtk_widget_activate_action (GTK_WIDGET (panel), "quotes.remove-selected", NULL);
  nd_test_wait_for_frames (GTK_WIDGET (window), 2);

  assert_accessible_labels (GTK_WIDGET (window));

  close_button = nd_test_find_widget_where (GTK_WIDGET (window->search_bar), is_icon_button,
                                            "window-close-symbolic");
  assert_label (close_button, "Close Search");
  assert_label (GTK_WIDGET (window->banner_label), "1 file could not be read");

  /* The export dialog. */
  gtk_widget_activate_action (GTK_WIDGET (panel), "quotes.undo-remove", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.export-quotes", NULL);
  dialog = nd_test_find_export_dialog ();
  g_assert_nonnull (dialog);
  assert_accessible_labels (GTK_WIDGET (dialog));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL);
  g_assert_true (nd_test_wait_until (no_export_dialog, NULL, 5000));

  close_window (window);
  nd_test_remove_tree (dir);
  remove_quotes_file ();
}

static gboolean
focus_is_in (NdWindow  *window,
             GtkWidget *pane)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  return focus != NULL && (focus == pane || gtk_widget_is_ancestor (focus, pane));
}

static gboolean
panel_shown (gpointer data)
{
  NdWindow *window = data;

  return window->quotes_panel != NULL && nd_test_widget_is_shown (window->quotes_panel);
}

/* F6 goes round the parts of the window in order, Shift+F6 back. */
static void
test_f6_cycles_panes (void)
{
  NdWindow *window = nd_test_window_new_with_sample (1280, 800);
  GtkWidget *header_bar = gtk_window_get_titlebar (GTK_WINDOW (window));
  GtkWidget *sidebar = nd_window_get_sidebar (window);
  GtkWidget *reader = nd_window_get_article_view (window);
  GtkWidget *timeline = nd_window_get_timeline (window);
  GtkWidget *order[5];

  gtk_toggle_button_set_active (window->quotes_button, TRUE);
  g_assert_true (nd_test_wait_until (panel_shown, window, 5000));
  order[0] = sidebar;
  order[1] = reader;
  order[2] = timeline;
  order[3] = GTK_WIDGET (window->quotes_panel);
  order[4] = header_bar;

  g_assert_true (gtk_widget_grab_focus (sidebar));
  g_assert_true (focus_is_in (window, sidebar));
  for (guint i = 1; i <= 5; i++)
    {
      g_assert_cmpstr (press_shortcut (GTK_WIDGET (window), "F6"), ==, "(callback)");
      if (!focus_is_in (window, order[i % 5]))
        {
          GString *path = g_string_new (NULL);

          for (GtkWidget *w = gtk_root_get_focus (GTK_ROOT (window)); w != NULL; w = gtk_widget_get_parent (w))
            g_string_append_printf (path, "%s < ", G_OBJECT_TYPE_NAME (w));
          g_error ("F6 number %u went to %s", i, path->str);
        }
    }
  g_assert_true (focus_is_in (window, sidebar));
  g_assert_cmpstr (press_shortcut (GTK_WIDGET (window), "<Shift>F6"), ==, "(callback)");
  g_assert_true (focus_is_in (window, header_bar));
  g_assert_cmpstr (press_shortcut (GTK_WIDGET (window), "<Shift>F6"), ==, "(callback)");
  g_assert_true (focus_is_in (window, GTK_WIDGET (window->quotes_panel)));

  /* A closed panel is passed over. */
  gtk_toggle_button_set_active (window->quotes_button, FALSE);
  nd_test_wait_for_frames (GTK_WIDGET (window), 1);
  g_assert_true (gtk_widget_grab_focus (timeline));
  g_assert_cmpstr (press_shortcut (GTK_WIDGET (window), "F6"), ==, "(callback)");
  g_assert_true (focus_is_in (window, header_bar));

  close_window (window);
}

/* Tab leaves the article list in one press, for the reader. */
static void
test_tab_leaves_list (void)
{
  NdWindow *window = nd_test_window_new_with_sample (1280, 800);
  GtkWidget *sidebar = nd_window_get_sidebar (window);
  GtkWidget *reader = nd_window_get_article_view (window);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.next-article", NULL);
  g_assert_true (gtk_widget_grab_focus (sidebar));
  g_assert_nonnull (gtk_widget_get_ancestor (gtk_root_get_focus (GTK_ROOT (window)), GTK_TYPE_LIST_VIEW));
  g_assert_cmpstr (press_shortcut (GTK_WIDGET (window), "Tab"), ==, "(callback)");
  g_assert_true (focus_is_in (window, reader));

  /* Elsewhere Tab is left to GTK. */
  g_assert_null (press_shortcut (GTK_WIDGET (window), "Tab"));

  close_window (window);
}

/* Ctrl+Z brings back the quote removed, in the collection and in its file. */
static void
test_undo_removal (void)
{
  NdWindow *window = window_with_a_quote ();
  NdQuotesPanel *panel = _nd_window_get_quotes_panel (window);
  NdQuoteCollection *collection = window->quote_collection;
  g_autofree char *path = quotes_path ();
  g_autofree char *words = g_strdup (nd_quote_get_text (nd_quote_collection_get_quote (collection, 0)));
  g_autofree char *after_removal = NULL;
  g_autofree char *after_undo = NULL;

  gtk_widget_activate_action (GTK_WIDGET (panel), "quotes.select-all", NULL);
  gtk_widget_activate_action (GTK_WIDGET (panel), "quotes.remove-selected", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (collection)), ==, 0);
  after_removal = dup_file (path);
  g_assert_null (strstr (after_removal, words));

  /* The focus is wherever the user left it: in the reader, say. */
  gtk_widget_grab_focus (GTK_WIDGET (nd_article_view_get_text_view (get_reader (window))));
  g_assert_cmpstr (press_shortcut (GTK_WIDGET (window), "<Control>z"), ==, "win.undo");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (collection)), ==, 1);
  g_assert_cmpstr (nd_quote_get_text (nd_quote_collection_get_quote (collection, 0)), ==, words);
  after_undo = dup_file (path);
  g_assert_nonnull (strstr (after_undo, words));

  close_window (window);
  g_assert_cmpint (g_remove (path), ==, 0);
}

static void
collect_shortcut_accelerators (GtkWidget *widget,
                               GArray    *keys)
{
  if (GTK_IS_SHORTCUTS_SHORTCUT (widget))
    {
      g_autofree char *accelerators = NULL;
      g_auto(GStrv) each = NULL;

      g_object_get (widget, "accelerator", &accelerators, NULL);
      each = g_strsplit (accelerators != NULL ? accelerators : "", " ", -1);
      for (guint i = 0; each[i] != NULL; i++)
        {
          guint key[2] = { 0, 0 };
          GdkModifierType mods = 0;

          if (each[i][0] != '\0' && gtk_accelerator_parse (each[i], &key[0], &mods))
            {
              key[0] = gdk_keyval_to_lower (key[0]);
              key[1] = mods;
              g_array_append_vals (keys, key, 1);
            }
        }
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_shortcut_accelerators (child, keys);
}

static gboolean
keys_contain (GArray          *keys,
              guint            keyval,
              GdkModifierType  mods)
{
  for (guint i = 0; i < keys->len; i++)
    {
      guint *key = &g_array_index (keys, guint, 2 * i);

      if (key[0] == gdk_keyval_to_lower (keyval) && key[1] == (guint)mods)
        return TRUE;
    }

  return FALSE;
}

/* Other keys for what the shortcuts window lists once: the keypad's, Ctrl+= for Ctrl++,
 * Ctrl+R for F5 and so on. */
static gboolean
is_alternative_key (guint           keyval,
                    GdkModifierType mods)
{
  const char *name = gdk_keyval_name (keyval);

  return g_str_has_prefix (name, "KP_") ||
         keyval == GDK_KEY_equal ||
         (keyval == GDK_KEY_r && mods == GDK_CONTROL_MASK) ||
         (keyval == GDK_KEY_question && mods == (GDK_CONTROL_MASK | GDK_SHIFT_MASK)) ||
         (keyval == GDK_KEY_O && mods == (GDK_CONTROL_MASK | GDK_SHIFT_MASK));
}

/* Every key that @widget's own shortcuts answer is in @keys. */
static void
assert_keys_listed (GtkWidget *widget,
                    GArray    *keys)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);
          guint keyval;
          GdkModifierType mods;

          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);

          if (!GTK_IS_KEYVAL_TRIGGER (trigger))
            continue;
          /* GTK's own bindings (signals, "window.close", …) are not NewsDesk's to list. */
          if (GTK_IS_NAMED_ACTION (action))
            {
              const char *name = gtk_named_action_get_action_name (GTK_NAMED_ACTION (action));

              if (!g_str_has_prefix (name, "win.") && !g_str_has_prefix (name, "timeline.") &&
                  !g_str_has_prefix (name, "quotes.") && !g_str_has_prefix (name, "reader."))
                continue;
            }
          else if (!GTK_IS_CALLBACK_ACTION (action))
            continue;
          keyval = gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger));
          mods = gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger));
          /* Tab is GTK's own key, only kept from wandering through the article list. */
          if (is_alternative_key (keyval, mods) || keyval == GDK_KEY_Tab)
            continue;
          if (!keys_contain (keys, keyval, mods))
            {
              g_autofree char *label = gtk_accelerator_name (keyval, mods);

              g_error ("%s answers %s, which the shortcuts window does not list",
                       G_OBJECT_TYPE_NAME (widget), label);
            }
        }
    }
}

static gboolean
no_shortcuts_window (gpointer data)
{
  return nd_test_find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW) == NULL;
}

/* The shortcuts window lists every key of the window, the timeline, the Quotes panel and
 * the search field. */
static void
test_shortcuts_window (void)
{
  NdWindow *window = nd_test_window_new_with_sample (1280, 800);
  g_autoptr(GArray) keys = g_array_new (FALSE, FALSE, 2 * sizeof (guint));
  GtkWindow *shortcuts;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL);
  shortcuts = nd_test_find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW);
  g_assert_nonnull (shortcuts);
  collect_shortcut_accelerators (GTK_WIDGET (shortcuts), keys);

  assert_keys_listed (GTK_WIDGET (window), keys);
  assert_keys_listed (nd_window_get_timeline (window), keys);
  assert_keys_listed (GTK_WIDGET (_nd_window_get_quotes_panel (window)), keys);
  assert_keys_listed (nd_window_get_search_entry (window), keys);
  /* The search field's Enter is its "activate" signal, not a shortcut. */
  g_assert_true (keys_contain (keys, GDK_KEY_Return, 0));

  g_assert_true (nd_test_widget_is_shown (shortcuts) ||
                 nd_test_wait_until (nd_test_widget_is_shown, shortcuts, 5000));
  nd_test_wait_for_frames (GTK_WIDGET (shortcuts), 2);
  nd_test_save_screenshot (GTK_WIDGET (shortcuts), "shortcuts-window.png");
  gtk_window_destroy (shortcuts);
  g_assert_true (nd_test_wait_until (no_shortcuts_window, NULL, 5000));

  close_window (window);
}

/* How many characters of the reader's font fit on one line of its text now. */
static double
count_reader_line_chars (NdWindow *window)
{
  NdArticleView *reader = get_reader (window);
  GtkTextView *text_view = nd_article_view_get_text_view (reader);
  PangoFontMetrics *metrics = pango_context_get_metrics (gtk_widget_get_pango_context (GTK_WIDGET (text_view)),
                                                         NULL, NULL);
  double char_px = (double)pango_font_metrics_get_approximate_char_width (metrics) / PANGO_SCALE;
  double scale = 1.0;
  int text_px;

  g_object_get (reader, "text-scale", &scale, NULL);
  pango_font_metrics_unref (metrics);
  if (!gtk_widget_get_mapped (GTK_WIDGET (text_view)))
    return 0;
  text_px = gtk_widget_get_width (GTK_WIDGET (text_view)) - gtk_text_view_get_left_margin (text_view) -
            gtk_text_view_get_right_margin (text_view);

  return text_px / (char_px * scale);
}

static gboolean
reader_has_45_chars (gpointer data)
{
  return count_reader_line_chars (ND_WINDOW (data)) >= 45;
}

static gboolean
window_has_size (gpointer data)
{
  GtkWidget *window = data;

  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  return width == 800 && height == 600 && gtk_widget_get_width (window) <= 800 &&
         gtk_widget_get_height (window) <= 600;
}

/* At 800×600 with the Quotes panel open the reader keeps a readable line. */
static void
test_small_window_with_quotes (void)
{
  NdWindow *window = nd_test_window_new_with_sample (800, 600);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.next-article", NULL);
  gtk_toggle_button_set_active (window->quotes_button, TRUE);
  g_assert_true (nd_test_wait_until (panel_shown, window, 5000));
  if (!nd_test_wait_until (window_has_size, window, 5000))
    g_error ("the window is %d×%d", gtk_widget_get_width (GTK_WIDGET (window)), gtk_widget_get_height (GTK_WIDGET (window)));
  if (!nd_test_wait_until_settled (GTK_WIDGET (window), reader_has_45_chars, window, 5000))
    g_error ("the reader shows %.1f characters a line", count_reader_line_chars (window));
  g_assert_true (nd_test_widget_is_shown (window->quotes_panel));
  nd_test_save_screenshot (GTK_WIDGET (window), "small-window-quotes.png");

  /* With the panel closed again, the article list comes back. */
  gtk_toggle_button_set_active (window->quotes_button, FALSE);
  g_assert_true (nd_test_wait_until (nd_test_widget_is_shown, window->sidebar, 5000));

  close_window (window);
}

/* Where the body starts lies within what the reader shows. */
static gboolean
body_text_visible (gpointer data)
{
  NdWindow *window = data;
  GtkTextView *text_view = nd_article_view_get_text_view (get_reader (window));
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (text_view);
  NdArticle *article = nd_article_view_get_article (get_reader (window));
  g_autofree char *opening = NULL;
  GtkTextIter start, match, match_end;
  GdkRectangle visible, location;
  g_auto(GStrv) words = NULL;

  if (article == NULL || !nd_test_widget_is_shown (text_view) || gtk_widget_get_height (GTK_WIDGET (text_view)) < 40)
    return FALSE;

  words = g_strsplit (nd_article_get_body (article), " ", 4);
  opening = g_strjoin (" ", words[0], words[1], words[2], NULL);
  gtk_text_buffer_get_start_iter (buffer, &start);
  if (!gtk_text_iter_forward_search (&start, opening, 0, &match, &match_end, NULL))
    return FALSE;

  gtk_text_view_get_visible_rect (text_view, &visible);
  gtk_text_view_get_iter_location (text_view, &match, &location);

  return location.y >= visible.y && location.y + location.height <= visible.y + visible.height;
}

/* At 600×500 with the search bar open, the article's text is still in view. */
static void
test_small_window_with_search (void)
{
  NdWindow *window = nd_test_window_new_with_sample (600, 500);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.next-article", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  if (!nd_test_wait_until_settled (GTK_WIDGET (window), body_text_visible, window, 5000))
    {
      nd_test_save_screenshot (GTK_WIDGET (window), "small-window-search.png");
      g_error ("no body text in view at %d×%d", gtk_widget_get_width (GTK_WIDGET (window)),
               gtk_widget_get_height (GTK_WIDGET (window)));
    }
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 600);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (window)), <=, 500);
  nd_test_save_screenshot (GTK_WIDGET (window), "small-window-search.png");

  close_window (window);
}

/* The same for someone who turned animations off: the search bar then appears within one
 * frame, and the panes are fitted again all the same. */
static void
test_small_window_without_animations (void)
{
  GtkSettings *settings = gtk_settings_get_default ();

  g_object_set (settings, "gtk-enable-animations", FALSE, NULL);
  test_small_window_with_search ();
  g_object_set (settings, "gtk-enable-animations", TRUE, NULL);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  int status;

  /* Before GTK or anything else asks GLib for the data folder, which it then keeps. */
  data_home = g_dir_make_tmp ("nd-test-first-hour-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  /* GTK's own accessibility backend for tests keeps what the widgets tell assistive
   * technology, for the test API to read; "none" (tests/meson.build) keeps nothing. */
  g_setenv ("GTK_A11Y", "test", TRUE);

  nd_test_init_gtk (&argc, &argv);
  g_type_ensure (ND_TYPE_WINDOW);

  g_test_add_func ("/nd/first-hour/first-quote-of-session", test_first_quote_of_session);
  g_test_add_func ("/nd/first-hour/open-replaces", test_open_replaces);
  g_test_add_func ("/nd/first-hour/add-to-open", test_add_to_open);
  g_test_add_func ("/nd/first-hour/close", test_close);
  g_test_add_func ("/nd/first-hour/export-adds-extension", test_export_adds_extension);
  g_test_add_func ("/nd/first-hour/csv-byte-order-mark", test_csv_byte_order_mark);
  g_test_add_func ("/nd/first-hour/accessible-labels", test_accessible_labels);
  g_test_add_func ("/nd/first-hour/f6-cycles-panes", test_f6_cycles_panes);
  g_test_add_func ("/nd/first-hour/tab-leaves-list", test_tab_leaves_list);
  g_test_add_func ("/nd/first-hour/undo-removal", test_undo_removal);
  g_test_add_func ("/nd/first-hour/shortcuts-window", test_shortcuts_window);
  g_test_add_func ("/nd/first-hour/small-window-with-quotes", test_small_window_with_quotes);
  g_test_add_func ("/nd/first-hour/small-window-with-search", test_small_window_with_search);
  g_test_add_func ("/nd/first-hour/small-window-without-animations",
                   test_small_window_without_animations);
  g_test_add_func ("/nd/first-hour/quote-without-trailing-punctuation",
                   test_quote_without_trailing_punctuation);

  status = g_test_run ();
  nd_test_remove_tree (data_home);
  g_free (data_home);

  return status;
}

/* test-stories-ui.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The sidebar's story list on the sample story, driven through actions and checked through
 * widget state: the toggle and its setting, expanding a story, a story chosen narrowing the
 * Compare view, the timeline and the overview, and a search within a story. The sample
 * story groups into two stories: story-1 of six articles (the independent review, the
 * firm's side of it and the talks, in the Gazette, the Ledger and the Post) and story-2 of
 * five (the town's side: the meeting, the café, the council's pause, the second review and
 * the café's reprieve, in the Gazette and on Coastline Radio). */

#include "config.h"

#include <string.h>

#include "compare/nd-statement.h"
#include "compare/nd-story-list.h"
#include "nd-compare-view.h"
#include "nd-sidebar.h"
#include "nd-article-row.h"
#include "nd-sidebar-test-private.h"
#include "nd-story-row.h"
#include "nd-test-ui-utils.h"
#include "nd-timeline-test-private.h"
#include "nd-window-private.h"

#define N_SAMPLE_STORIES 2
#define N_FIRST_STORY    6
#define N_SECOND_STORY   5

static NdSidebar *
get_sidebar (NdWindow *window)
{
  return ND_SIDEBAR (nd_window_get_sidebar (window));
}

static GListModel *
get_story_rows (NdWindow *window)
{
  return G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (nd_sidebar_get_stories_view (get_sidebar (window)))));
}

static gboolean
stories_listed (gpointer data)
{
  NdWindow *window = data;

  return !nd_story_list_get_busy (window->stories) &&
         g_list_model_get_n_items (get_story_rows (window)) == N_SAMPLE_STORIES;
}

static gboolean
stories_idle (gpointer data)
{
  NdWindow *window = data;

  return !nd_story_list_get_busy (window->stories);
}

/* Listed, with the first story open. */
static gboolean
stories_listed_open (gpointer data)
{
  NdWindow *window = data;

  return !nd_story_list_get_busy (window->stories) &&
         g_list_model_get_n_items (get_story_rows (window)) == N_SAMPLE_STORIES + N_FIRST_STORY;
}

static void
reset_settings (void)
{
  g_autoptr(GSettings) settings = g_settings_new ("com.example.NewsDesk");

  g_settings_reset (settings, "show-stories");
}

/* The sample story, listed as stories through the toggle's action. */
static NdWindow *
open_story_list (void)
{
  NdWindow *window = nd_test_window_new_with_sample (1200, 800);

  gtk_widget_activate_action (GTK_WIDGET (get_sidebar (window)), "sidebar.show-stories", NULL);
  g_assert_true (nd_test_wait_until_settled (GTK_WIDGET (window), stories_listed, window, 10000));

  return window;
}

static NdStory *
select_story_row (NdWindow *window,
                  guint     position)
{
  GtkSingleSelection *selection = GTK_SINGLE_SELECTION (get_story_rows (window));

  gtk_single_selection_set_selected (selection, position);
  return nd_sidebar_get_selected_story (get_sidebar (window));
}

static GHashTable *
story_articles (NdStory *story)
{
  GHashTable *set = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < nd_story_get_n_articles (story); i++)
    g_hash_table_add (set, nd_story_get_article (story, i));

  return set;
}

static GHashTable *
visible_articles (NdWindow *window)
{
  GListModel *visible = nd_sidebar_get_visible_articles (get_sidebar (window));
  GHashTable *set = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (visible); i++)
    g_hash_table_add (set, g_list_model_get_item (visible, i));

  return set;
}

static void
test_toggle_remembered (void)
{
  g_autoptr(GSettings) settings = g_settings_new ("com.example.NewsDesk");
  NdWindow *window;
  NdWindow *again;

  reset_settings ();
  window = nd_test_window_new_with_sample (1200, 800);
  g_assert_false (nd_sidebar_get_show_stories (get_sidebar (window)));
  g_assert_false (nd_test_widget_is_shown (nd_sidebar_get_stories_view (get_sidebar (window))));
  gtk_window_destroy (GTK_WINDOW (window));

  window = open_story_list ();
  g_assert_true (nd_sidebar_get_show_stories (get_sidebar (window)));
  g_assert_true (g_settings_get_boolean (settings, "show-stories"));
  g_assert_true (nd_test_wait_until (nd_test_widget_is_shown,
                                     nd_sidebar_get_stories_view (get_sidebar (window)), 5000));
  /* No story is chosen until the reader picks one: every article stays visible. */
  g_assert_null (nd_sidebar_get_selected_story (get_sidebar (window)));
  g_assert_cmpuint (nd_sidebar_get_n_visible (get_sidebar (window)), ==, 11);
  gtk_window_destroy (GTK_WINDOW (window));

  /* A new window opens on the stories. */
  again = nd_test_window_new_with_sample (1200, 800);
  g_assert_true (nd_sidebar_get_show_stories (get_sidebar (again)));
  g_assert_true (nd_test_wait_until_settled (GTK_WIDGET (again), stories_listed, again, 10000));

  /* And back, through the window's key (Ctrl+Shift+S): the articles again, none narrowed. */
  select_story_row (again, 0);
  g_assert_cmpuint (nd_sidebar_get_n_visible (get_sidebar (again)), ==, N_FIRST_STORY);
  gtk_widget_activate_action (GTK_WIDGET (again), "win.show-stories", NULL);
  g_assert_false (g_settings_get_boolean (settings, "show-stories"));
  g_assert_null (nd_sidebar_get_selected_story (get_sidebar (again)));
  g_assert_cmpuint (nd_sidebar_get_n_visible (get_sidebar (again)), ==, 11);
  gtk_window_destroy (GTK_WINDOW (again));
  reset_settings ();
}

/* The widgets of @type shown under @widget, in order. */
static void
collect_shown (GtkWidget *widget,
               GType      type,
               GPtrArray *found)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_get_visible (child))
        continue;
      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        g_ptr_array_add (found, child);
      else
        collect_shown (child, type, found);
    }
}

static guint
count_shown (NdWindow *window,
             GType     type)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  collect_shown (nd_sidebar_get_stories_view (get_sidebar (window)), type, found);
  return found->len;
}

static gboolean
story_opened_shown (gpointer data)
{
  return count_shown (data, ND_TYPE_ARTICLE_ROW) == N_FIRST_STORY;
}

static gboolean
story_closed_shown (gpointer data)
{
  return count_shown (data, ND_TYPE_ARTICLE_ROW) == 0;
}

/* Each row shows what it holds: a story its headline in two lines at most, an opened
 * story's articles as article rows below it (made only when a row first shows one), and
 * none once it is closed again. */
static void
test_rows (void)
{
  NdWindow *window = open_story_list ();
  g_autoptr(GPtrArray) story_rows = g_ptr_array_new ();
  NdStory *first = select_story_row (window, 0);

  collect_shown (nd_sidebar_get_stories_view (get_sidebar (window)), ND_TYPE_STORY_ROW, story_rows);
  g_assert_cmpuint (story_rows->len, ==, N_SAMPLE_STORIES);
  g_assert_cmpuint (count_shown (window, ND_TYPE_ARTICLE_ROW), ==, 0);
  for (guint i = 0; i < story_rows->len; i++)
    {
      NdStoryRow *row = g_ptr_array_index (story_rows, i);
      g_autoptr(GPtrArray) headline = g_ptr_array_new ();
      NdStory *story = nd_story_row_get_story (row);

      g_assert_nonnull (story);
      collect_shown (GTK_WIDGET (row), GTK_TYPE_INSCRIPTION, headline);
      g_assert_cmpuint (headline->len, ==, 1);
      g_assert_cmpstr (gtk_inscription_get_text (g_ptr_array_index (headline, 0)), ==,
                       nd_story_get_label (story));
      g_assert_cmpuint (gtk_inscription_get_min_lines (g_ptr_array_index (headline, 0)), ==, 2);
    }

  gtk_widget_activate_action (GTK_WIDGET (get_sidebar (window)), "sidebar.expand-story", NULL);
  g_assert_true (nd_test_wait_until_settled (GTK_WIDGET (window), story_opened_shown, window, 10000));
  g_assert_cmpuint (count_shown (window, ND_TYPE_STORY_ROW), ==, N_SAMPLE_STORIES);
  g_assert_cmpstr (nd_story_get_id (first), ==, "story-1");

  gtk_widget_activate_action (GTK_WIDGET (get_sidebar (window)), "sidebar.collapse-story", NULL);
  g_assert_true (nd_test_wait_until_settled (GTK_WIDGET (window), story_closed_shown, window, 10000));
  g_assert_cmpuint (count_shown (window, ND_TYPE_STORY_ROW), ==, N_SAMPLE_STORIES);

  gtk_window_destroy (GTK_WINDOW (window));
  reset_settings ();
}

static void
test_expand (void)
{
  NdWindow *window = open_story_list ();
  NdSidebar *sidebar = get_sidebar (window);
  GListModel *rows = get_story_rows (window);
  NdStory *story = select_story_row (window, 0);

  g_assert_nonnull (story);
  g_assert_cmpstr (nd_story_get_id (story), ==, "story-1");

  gtk_widget_activate_action (GTK_WIDGET (sidebar), "sidebar.expand-story", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, N_SAMPLE_STORIES + N_FIRST_STORY);
  for (guint i = 1; i <= N_FIRST_STORY; i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (rows, i);
      g_autoptr(GObject) item = gtk_tree_list_row_get_item (row);

      g_assert_cmpuint (gtk_tree_list_row_get_depth (row), ==, 1);
      g_assert_true (item == (GObject *)nd_story_get_article (story, i - 1));
    }

  /* An article row opens the article, in its story. */
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (rows), 3);
  g_assert_true (nd_window_get_selected_article (window) == nd_story_get_article (story, 2));
  g_assert_true (nd_sidebar_get_selected_story (sidebar) == story);

  /* Grouping again (as when a watched folder gains a file) keeps the story open. */
  {
    g_autoptr(GListModel) articles = g_object_ref (nd_story_list_get_articles (window->stories));

    nd_story_list_set_articles (window->stories, NULL);
    g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 0);
    nd_story_list_set_articles (window->stories, articles);
    g_assert_true (nd_test_wait_until_settled (GTK_WIDGET (window), stories_listed_open, window, 10000));
    g_autoptr(GtkTreeListRow) first_row = g_list_model_get_item (rows, 0);
    g_autoptr(GObject) first_story = gtk_tree_list_row_get_item (first_row);

    g_assert_true (gtk_tree_list_row_get_expanded (first_row));
    g_assert_cmpstr (nd_story_get_id (ND_STORY (first_story)), ==, "story-1");
    story = select_story_row (window, 0);
    gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (rows), 3);
  }

  /* Collapsing from an article goes up to its story. */
  gtk_widget_activate_action (GTK_WIDGET (sidebar), "sidebar.collapse-story", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, N_SAMPLE_STORIES);
  g_assert_cmpuint (gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (rows)), ==, 0);
  g_assert_true (nd_sidebar_get_selected_story (sidebar) == story);

  gtk_window_destroy (GTK_WINDOW (window));
  reset_settings ();
}

/* Opening the folder again (here the sample) brings new articles for the same files: the
 * story chosen and opened is chosen and open again once they are grouped. */
static void
test_folder_opened_again (void)
{
  NdWindow *window = open_story_list ();
  NdSidebar *sidebar = get_sidebar (window);
  GListModel *rows = get_story_rows (window);
  NdArticleStore *store = nd_window_get_store (window);
  NdStory *story = select_story_row (window, 0);
  g_autofree char *first_id = g_strdup (nd_article_get_id (nd_story_get_article (story, 0)));
  g_autoptr(NdArticle) old_first = g_object_ref (nd_story_get_article (story, 0));
  g_autoptr(GtkTreeListRow) first_row = NULL;

  gtk_widget_activate_action (GTK_WIDGET (sidebar), "sidebar.expand-story", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, N_SAMPLE_STORIES + N_FIRST_STORY);

  nd_window_open_sample (window);
  g_assert_true (nd_article_store_lookup (store, first_id) != old_first);
  g_assert_true (nd_test_wait_until_settled (GTK_WIDGET (window), stories_listed_open, window, 10000));

  story = nd_sidebar_get_selected_story (sidebar);
  g_assert_nonnull (story);
  g_assert_cmpstr (nd_story_get_id (story), ==, "story-1");
  g_assert_true (nd_story_get_article (story, 0) == nd_article_store_lookup (store, first_id));
  first_row = g_list_model_get_item (rows, 0);
  g_assert_true (gtk_tree_list_row_get_expanded (first_row));
  g_assert_cmpuint (gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (rows)), ==, 0);
  g_assert_cmpuint (nd_sidebar_get_n_visible (sidebar), ==, N_FIRST_STORY);

  gtk_window_destroy (GTK_WINDOW (window));
  reset_settings ();
}

/* 300 articles with no word in common: 300 stories of one article each. */
static char *
write_unrelated_articles (void)
{
  static const char *letters = "bcdfghjklmnpqrstvwxz";
  g_autofree char *dir = nd_test_make_temp_dir ();
  g_autoptr(GString) lines = g_string_new (NULL);

  for (guint i = 0; i < 300; i++)
    {
      /* Words made of the article's number, spelt in consonants. */
      char word[4] = { letters[i / 100 % 20], letters[i / 10 % 10 + 10], letters[i % 10], 0 };

      g_string_append_printf (lines,
                              "{\"id\": \"a%u\", \"title\": \"Qa%s qe%s\", \"source\": \"Outlet %u\", "
                              "\"published\": \"2026-01-01T00:00:00Z\", \"body\": \"Qi%s qo%s qu%s.\"}\n",
                              i, word, word, i % 7, word, word, word);
    }
  nd_test_write_file (dir, "many.jsonl", lines->str, -1);

  return g_steal_pointer (&dir);
}

static gboolean
all_stories_shown (gpointer data)
{
  NdWindow *window = data;

  return !nd_story_list_get_busy (window->stories) &&
         g_list_model_get_n_items (G_LIST_MODEL (window->stories)) == 300 &&
         g_list_model_get_n_items (get_story_rows (window)) == 300;
}

/* Many stories reach the view a few rows at a time, then all: every one ends up listed,
 * and one far down can be chosen at any moment. */
static void
test_many_stories (void)
{
  g_autofree char *dir = write_unrelated_articles ();
  g_autofree char *path = g_build_filename (dir, "many.jsonl", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  NdWindow *window = nd_test_window_new (1200, 800);
  NdSidebar *sidebar = get_sidebar (window);

  nd_window_open_files (window, &file, 1);
  g_assert_true (nd_test_wait_until (nd_test_window_loaded, window, 10000));
  gtk_widget_activate_action (GTK_WIDGET (sidebar), "sidebar.show-stories", NULL);
  g_assert_true (nd_test_wait_until_settled (GTK_WIDGET (window), all_stories_shown, window, 10000));

  /* Grouping again hands them over again; the last story can be chosen meanwhile. */
  {
    g_autoptr(GListModel) articles = g_object_ref (nd_story_list_get_articles (window->stories));
    NdStory *last;

    nd_story_list_set_articles (window->stories, NULL);
    nd_story_list_set_articles (window->stories, articles);
    g_assert_true (nd_test_wait_until (all_stories_shown, window, 10000));
    nd_story_list_set_articles (window->stories, NULL);
    nd_story_list_set_articles (window->stories, articles);
    g_assert_true (nd_test_wait_until (stories_idle, window, 10000));
    last = ND_STORY (g_list_model_get_item (G_LIST_MODEL (window->stories), 299));
    nd_sidebar_select_story (sidebar, last);
    g_assert_true (nd_sidebar_get_selected_story (sidebar) == last);
    g_assert_cmpuint (gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (get_story_rows (window))), ==, 299);
    g_object_unref (last);
  }
  g_assert_true (nd_test_wait_until_settled (GTK_WIDGET (window), all_stories_shown, window, 10000));

  gtk_window_destroy (GTK_WINDOW (window));
  nd_test_remove_tree (dir);
  reset_settings ();
}

typedef struct
{
  NdWindow   *window;
  GHashTable *story;
} StoryCheck;

static gboolean
timeline_highlights_story (gpointer data)
{
  StoryCheck *check = data;
  NdTimeline *timeline = ND_TIMELINE (nd_window_get_timeline (check->window));
  GListModel *all = G_LIST_MODEL (nd_window_get_store (check->window));

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(NdArticle) article = g_list_model_get_item (all, i);

      if (nd_timeline_is_dimmed (timeline, article) == g_hash_table_contains (check->story, article))
        return FALSE;
    }

  return TRUE;
}

/* The Compare view has compared the story's articles alone. */
static gboolean
compared_story (gpointer data)
{
  StoryCheck *check = data;
  NdCompareView *view = ND_COMPARE_VIEW (nd_window_get_compare_view (check->window));
  GPtrArray *statements = nd_compare_view_get_statements (view);

  if (nd_compare_view_is_busy (view) || statements == NULL || statements->len == 0)
    return FALSE;

  for (guint s = 0; s < statements->len; s++)
    {
      NdStatement *statement = g_ptr_array_index (statements, s);

      for (guint v = 0; v < nd_statement_get_n_versions (statement); v++)
        if (!g_hash_table_contains (check->story, nd_statement_get_version (statement, v)->article))
          return FALSE;
    }

  return TRUE;
}

static void
test_story_narrows (void)
{
  NdWindow *window = open_story_list ();
  NdStory *story = select_story_row (window, 0);
  g_autoptr(GHashTable) members = story_articles (story);
  g_autoptr(GHashTable) visible = NULL;
  StoryCheck check = { window, members };
  NdCompareView *view = ND_COMPARE_VIEW (nd_window_get_compare_view (window));
  const char *summary;

  /* The visible articles, which Compare and the timeline follow, are the story's. */
  visible = visible_articles (window);
  g_assert_cmpuint (g_hash_table_size (visible), ==, N_FIRST_STORY);
  for (guint i = 0; i < N_FIRST_STORY; i++)
    g_assert_true (g_hash_table_contains (visible, nd_story_get_article (story, i)));
  g_assert_true (g_hash_table_contains (members, nd_window_get_selected_article (window)));

  summary = nd_window_get_story_summary (window);
  g_assert_true (g_str_has_prefix (summary, "Story “"));
  g_assert_nonnull (strstr (summary, nd_story_get_label (story)));
  g_assert_nonnull (strstr (summary, "6 articles from 3 sources"));

  g_assert_true (nd_test_wait_until_settled (GTK_WIDGET (window), timeline_highlights_story, &check, 5000));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.compare", NULL);
  g_assert_true (nd_test_wait_until (nd_test_widget_is_shown, view, 10000));
  g_assert_true (nd_test_wait_until_settled (GTK_WIDGET (window), compared_story, &check, 10000));

  /* Another story: the overview follows. */
  story = select_story_row (window, 1);
  g_assert_cmpstr (nd_story_get_id (story), ==, "story-2");
  g_assert_nonnull (strstr (nd_window_get_story_summary (window), nd_story_get_label (story)));
  g_assert_cmpuint (nd_sidebar_get_n_visible (get_sidebar (window)), ==, N_SECOND_STORY);

  gtk_window_destroy (GTK_WINDOW (window));
  reset_settings ();
}

typedef struct
{
  NdWindow *window;
  guint     n_expected;
} VisibleCount;

static gboolean
sidebar_shows (gpointer data)
{
  VisibleCount *count = data;

  return nd_sidebar_get_n_visible (get_sidebar (count->window)) == count->n_expected;
}

static void
search_for (NdWindow   *window,
            const char *text)
{
  GtkWidget *entry = nd_window_get_search_entry (window);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  /* The entry waits a moment before it says the text changed: it is told at once. */
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  g_signal_emit_by_name (entry, "search-changed");
}

/* "tide" finds five articles of the sample, all of them in story-1: within the story the
 * search shows those five, and the story list only the story it finds in. */
static void
test_search_within_story (void)
{
  NdWindow *window = open_story_list ();
  NdStory *story = select_story_row (window, 0);
  g_autoptr(GHashTable) members = story_articles (story);
  g_autoptr(GHashTable) visible = NULL;
  VisibleCount count = { window, 5 };
  GHashTableIter iter;
  gpointer article;

  search_for (window, "tide");
  g_assert_true (nd_test_wait_until_settled (GTK_WIDGET (window), sidebar_shows, &count, 5000));
  visible = visible_articles (window);
  g_hash_table_iter_init (&iter, visible);
  while (g_hash_table_iter_next (&iter, &article, NULL))
    g_assert_true (g_hash_table_contains (members, article));
  g_assert_true (nd_sidebar_get_selected_story (get_sidebar (window)) == story);

  /* One story holds a match, story-1; opened, it shows the five. */
  g_assert_cmpuint (g_list_model_get_n_items (get_story_rows (window)), ==, 1);
  gtk_widget_activate_action (GTK_WIDGET (get_sidebar (window)), "sidebar.expand-story", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (get_story_rows (window)), ==, 1 + 5);

  /* Back on the articles, the search alone narrows them. */
  gtk_widget_activate_action (GTK_WIDGET (get_sidebar (window)), "sidebar.show-stories", NULL);
  count.n_expected = 5;
  g_assert_true (nd_test_wait_until_settled (GTK_WIDGET (window), sidebar_shows, &count, 5000));

  gtk_window_destroy (GTK_WINDOW (window));
  reset_settings ();
}

/* The story list with the first story open and one of its articles read, in the light and
 * the dark style, for the README (data/screenshots/stories*.png). */
static void
save_story_screenshot (const char *name)
{
  NdWindow *window;
  GListModel *rows;

  reset_settings ();
  window = nd_test_window_new_with_sample (1100, 720);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  gtk_widget_activate_action (GTK_WIDGET (get_sidebar (window)), "sidebar.show-stories", NULL);
  g_assert_true (nd_test_wait_until_settled (GTK_WIDGET (window), stories_listed, window, 10000));
  select_story_row (window, 0);
  gtk_widget_activate_action (GTK_WIDGET (get_sidebar (window)), "sidebar.expand-story", NULL);
  rows = get_story_rows (window);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, N_SAMPLE_STORIES + N_FIRST_STORY);
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (rows), 2);
  g_assert_true (nd_test_wait_until_settled (GTK_WIDGET (window), nd_test_reader_at_top, window, 10000));
  nd_test_wait_for_frames (GTK_WIDGET (window), 2);
  nd_test_save_screenshot (GTK_WIDGET (window), name);
  gtk_window_destroy (GTK_WINDOW (window));
  reset_settings ();
}

static void
test_screenshots (void)
{
  GtkSettings *settings = gtk_settings_get_default ();

  save_story_screenshot ("stories.png");
  g_object_set (settings, "gtk-application-prefer-dark-theme", TRUE, NULL);
  save_story_screenshot ("stories-dark.png");
  g_object_set (settings, "gtk-application-prefer-dark-theme", FALSE, NULL);
}

int
main (int    argc,
      char **argv)
{
  nd_test_init_gtk (&argc, &argv);

  g_test_add_func ("/nd/stories-ui/toggle-remembered", test_toggle_remembered);
  g_test_add_func ("/nd/stories-ui/expand", test_expand);
  g_test_add_func ("/nd/stories-ui/rows", test_rows);
  g_test_add_func ("/nd/stories-ui/folder-opened-again", test_folder_opened_again);
  g_test_add_func ("/nd/stories-ui/many-stories", test_many_stories);
  g_test_add_func ("/nd/stories-ui/story-narrows", test_story_narrows);
  g_test_add_func ("/nd/stories-ui/search-within-story", test_search_within_story);
  g_test_add_func ("/nd/stories-ui/screenshots", test_screenshots);

  return g_test_run ();
}

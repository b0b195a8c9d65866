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
#include "nd-quotes-panel.h"
#include "nd-sidebar.h"
#include "nd-test-ui-utils.h"
#include "nd-test-utils.h"
#include "nd-window-private.h"

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

/* Selects @words in the reader's text as a drag would. */
static void
select_in_reader (NdWindow   *window,
                  const char *words)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (nd_article_view_get_text_view (get_reader (window)));
  GtkTextIter start, match_start, match_end;

  gtk_text_buffer_get_start_iter (buffer, &start);
  g_assert_true (gtk_text_iter_forward_search (&start, words, 0, &match_start, &match_end, NULL));
  gtk_text_buffer_select_range (buffer, &match_start, &match_end);
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
  select_in_reader (window, words);
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

  nd_test_init_gtk (&argc, &argv);
  g_type_ensure (ND_TYPE_WINDOW);

  g_test_add_func ("/nd/first-hour/first-quote-of-session", test_first_quote_of_session);

  status = g_test_run ();
  nd_test_remove_tree (data_home);
  g_free (data_home);

  return status;
}

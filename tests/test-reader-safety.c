/* test-reader-safety.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Issue #12: hostile articles in the reader. A 100,000-character URL must not keep the
 * window from painting, and bidirectional controls must not reorder what follows them. */

#include "config.h"

#include <gtk/gtk.h>
#include <string.h>

#include "load/nd-article-store.h"
#include "nd-article-view-private.h"
#include "util/nd-sanitize.h"
#include "nd-test-ui-utils.h"
#include "nd-test-utils.h"

#define REPLACEMENT "\xef\xbf\xbd"

/* Generous: only a view that lays out the whole URL misses it (about 26 s on the machine
 * where this was found); a view that does not paints in well under a second. */
#define FIRST_FRAME_LIMIT_US (8 * G_USEC_PER_SEC)

static NdArticleStore *
load_file (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  NdArticleStore *store = nd_article_store_new ();
  g_autoptr(GError) error = NULL;

  nd_article_store_load_sync (store, &file, 1, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (nd_article_store_get_errors (store)->len, ==, 0);

  return store;
}

static GtkWidget *
show_in_window (NdArticleView *view)
{
  GtkWidget *window = gtk_window_new ();

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (nd_test_wait_until (nd_test_widget_is_shown, view, 10000));
  nd_test_wait_for_frames (window, 2);

  return window;
}

static char *
dup_line (NdArticleView *view,
          int            line)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (nd_article_view_get_text_view (view));
  GtkTextIter start;
  GtkTextIter end;

  gtk_text_buffer_get_iter_at_line (buffer, &start, line);
  end = start;
  if (!gtk_text_iter_ends_line (&end))
    gtk_text_iter_forward_to_line_end (&end);

  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static gboolean
has_tag_at (NdArticleView *view,
            int            offset,
            const char    *name)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (nd_article_view_get_text_view (view));
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), name);
  GtkTextIter iter;

  g_assert_nonnull (tag);
  gtk_text_buffer_get_iter_at_offset (buffer, &iter, offset);
  return gtk_text_iter_has_tag (&iter, tag);
}

static void
on_after_paint_cb (GdkFrameClock *clock,
                   gpointer       user_data)
{
  gint64 *painted_at = user_data;

  if (*painted_at == 0)
    *painted_at = g_get_monotonic_time ();
}

static gboolean
has_painted (gpointer data)
{
  return *(gint64 *)data != 0;
}

/* The article of @n_chars-long path, written to @dir. */
static NdArticleStore *
load_long_url_article (const char *dir,
                       guint       n_chars)
{
  g_autofree char *path_part = nd_test_repeat ("a", n_chars);
  g_autofree char *json = g_strdup_printf ("{\"id\": \"long-url\", \"title\": \"Long link\", "
                                           "\"source\": \"Gazette\", \"url\": "
                                           "\"https://gazette.example/%s/end\", "
                                           "\"body\": \"Body.\"}", path_part);
  g_autofree char *path = g_build_filename (dir, "long-url.json", NULL);

  nd_test_write_file (dir, "long-url.json", json, -1);
  return load_file (path);
}

static void
test_long_url (void)
{
  g_autofree char *dir = nd_test_make_temp_dir ();
  g_autoptr(NdArticleStore) store = load_long_url_article (dir, 100000);
  NdArticleView *view = ND_ARTICLE_VIEW (nd_article_view_new ());
  GtkWidget *window = show_in_window (view);
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);
  NdArticle *article = nd_article_store_lookup (store, "long-url");
  g_autofree char *url_line = NULL;
  gint64 painted_at = 0;
  gint64 set_at;
  gulong handler;

  g_assert_nonnull (article);
  g_assert_cmpuint (strlen (nd_article_get_url (article)), >, 100000);

  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb), &painted_at);
  set_at = g_get_monotonic_time ();
  nd_article_view_set_article (view, article);
  gtk_widget_queue_draw (window);
  g_assert_true (nd_test_wait_until (has_painted, &painted_at, 120000));
  g_signal_handler_disconnect (clock, handler);
  g_test_message ("first frame after %.0f ms", (painted_at - set_at) / 1000.0);
  g_assert_cmpint (painted_at - set_at, <, FIRST_FRAME_LIMIT_US);

  /* Shown short, and not a link: no browser takes a URL of that length. */
  url_line = dup_line (view, 2);
  g_assert_cmpstr (url_line, ==, "https://gazette.example/aaaaaaaaaaaaaaaaaaa"
                                 "…aaaaaaaaaaaaaaaa/end");
  g_assert_false (has_tag_at (view, strlen ("Long link\nGazette\n"), "link"));

  gtk_window_destroy (GTK_WINDOW (window));
  nd_test_remove_tree (dir);
}

/* Within ND_SANITIZE_MAX_LINK_LENGTH a long URL is still a link, shown short. */
static void
test_long_url_link (void)
{
  g_autofree char *dir = nd_test_make_temp_dir ();
  g_autoptr(NdArticleStore) store = load_long_url_article (dir, 5000);
  NdArticleView *view = ND_ARTICLE_VIEW (nd_article_view_new ());
  GtkWidget *window = show_in_window (view);
  int url_at = strlen ("Long link\nGazette\n");
  g_autofree char *url_line = NULL;

  nd_article_view_set_article (view, nd_article_store_lookup (store, "long-url"));
  nd_test_wait_for_frames (window, 2);

  url_line = dup_line (view, 2);
  g_assert_cmpint (g_utf8_strlen (url_line, -1), ==, ND_SANITIZE_MAX_SHOWN_URL);
  g_assert_true (has_tag_at (view, url_at, "link"));
  g_assert_true (has_tag_at (view, url_at + ND_SANITIZE_MAX_SHOWN_URL - 1, "link"));
  g_assert_false (has_tag_at (view, url_at + ND_SANITIZE_MAX_SHOWN_URL, "link"));

  gtk_window_destroy (GTK_WINDOW (window));
  nd_test_remove_tree (dir);
}

/* tests/data/hostile/inject-reader.json: each bidirectional control is shown as U+FFFD,
 * one character for one, so the quotation after them is still marked where it is. */
static void
test_bidi_controls (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "hostile",
                                                 "inject-reader.json", NULL);
  g_autoptr(NdArticleStore) store = load_file (path);
  NdArticleView *view = ND_ARTICLE_VIEW (nd_article_view_new ());
  GtkWidget *window = show_in_window (view);
  g_autofree char *text = NULL;
  const char *quotation;

  nd_article_view_set_article (view, nd_article_store_lookup (store, "inject-bidi"));
  nd_test_wait_for_frames (window, 2);

  text = nd_article_view_dup_text (view);
  g_assert_cmpstr (text, ==,
                   "Council " REPLACEMENT "barrier" REPLACEMENT " backs\n"
                   "The " REPLACEMENT "Gazette" REPLACEMENT "\n"
                   "https://gazette.example/" REPLACEMENT "fdp.exe\n"
                   "Before " REPLACEMENT "evil txt.exe" REPLACEMENT " after "
                   REPLACEMENT REPLACEMENT REPLACEMENT REPLACEMENT REPLACEMENT " end.\n"
                   "\"We will build it,\" the mayor said.");

  quotation = strstr (text, "We will");
  g_assert_true (has_tag_at (view, g_utf8_pointer_to_offset (text, quotation), "quotation"));
  g_assert_false (has_tag_at (view, g_utf8_pointer_to_offset (text, quotation) - 2, "quotation"));

  nd_test_save_screenshot (window, "reader-bidi.png");
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  nd_test_init_gtk (&argc, &argv);

  g_test_add_func ("/nd/reader-safety/long-url", test_long_url);
  g_test_add_func ("/nd/reader-safety/long-url-link", test_long_url_link);
  g_test_add_func ("/nd/reader-safety/bidi-controls", test_bidi_controls);

  return g_test_run ();
}

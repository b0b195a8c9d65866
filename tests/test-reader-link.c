/* test-reader-link.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Opening an article's link where nothing can open it: the reader says so (defect 11).
 * The program runs with data and configuration folders of its own, empty, so that no web
 * browser is known; that is why this is not part of test-article-view. */

#include "config.h"

#include <gtk/gtk.h>
#include <string.h>

#include "load/nd-article-store.h"
#include "nd-article-view-private.h"
#include "nd-test-ui-utils.h"
#include "nd-test-utils.h"

#define URL "https://gazette.example/flood"

static const char articles_json[] =
  "[{\"id\": \"linked\", \"title\": \"Council backs flood barrier\", \"source\": \"Gazette\",\n"
  "  \"url\": \"" URL "\", \"body\": \"The council voted.\"},\n"
  " {\"id\": \"other\", \"title\": \"Another\", \"url\": \"https://gazette.example/2\",\n"
  "  \"body\": \"Text.\"}]\n";

static char *home_dir;

static gboolean
has_message (gpointer data)
{
  return nd_article_view_get_message (data) != NULL;
}

static gboolean
message_is_revealed (gpointer data)
{
  for (GtkWidget *child = gtk_widget_get_first_child (data); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_REVEALER (child))
      return gtk_revealer_get_child_revealed (GTK_REVEALER (child));

  return FALSE;
}

typedef struct
{
  char     *text;
  gboolean  done;
} ClipboardRead;

static void
on_clipboard_read_cb (GObject      *object,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  ClipboardRead *read = user_data;

  read->text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (object), result, NULL);
  read->done = TRUE;
}

static gboolean
is_read (gpointer data)
{
  return ((ClipboardRead *)data)->done;
}

static void
test_open_fails (void)
{
  g_autofree char *dir = nd_test_make_temp_dir ();
  g_autoptr(NdArticleStore) store = nd_article_store_new ();
  NdArticleView *view = ND_ARTICLE_VIEW (nd_article_view_new ());
  GtkWidget *window = gtk_window_new ();
  ClipboardRead read = { NULL, FALSE };
  const char *message;

  nd_test_write_file (dir, "articles.json", articles_json, -1);
  nd_test_load_path (store, dir);
  nd_article_view_set_article (view, nd_article_store_lookup (store, "linked"));

  gtk_window_set_default_size (GTK_WINDOW (window), 900, 600);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (nd_test_wait_until (nd_test_widget_is_shown, view, 10000));
  g_assert_null (nd_article_view_get_message (view));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "reader.open-link", NULL));
  g_assert_true (nd_test_wait_until (has_message, view, 20000));
  message = nd_article_view_get_message (view);
  g_test_message ("message: %s", message);
  g_assert_true (g_str_has_prefix (message, "The link could not be opened: "));
  g_assert_cmpuint (strlen (message), >, strlen ("The link could not be opened: "));
  g_assert_true (nd_test_wait_until (message_is_revealed, view, 10000));
  nd_test_wait_for_frames (window, 2);
  nd_test_save_screenshot (window, "reader-link-failed.png");

  /* The banner offers the link to copy. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "reader.copy-link", NULL));
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (GTK_WIDGET (view)), NULL,
                                 on_clipboard_read_cb, &read);
  g_assert_true (nd_test_wait_until (is_read, &read, 10000));
  g_assert_cmpstr (read.text, ==, URL);
  g_free (read.text);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "reader.dismiss-message", NULL));
  g_assert_null (nd_article_view_get_message (view));

  /* Another article does not inherit the message. */
  gtk_widget_activate_action (GTK_WIDGET (view), "reader.open-link", NULL);
  g_assert_true (nd_test_wait_until (has_message, view, 20000));
  nd_article_view_set_article (view, nd_article_store_lookup (store, "other"));
  g_assert_null (nd_article_view_get_message (view));

  gtk_window_destroy (GTK_WINDOW (window));
  nd_test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  int status;

  /* Before GTK and GIO look anything up: no desktop files, no URI handlers. */
  home_dir = nd_test_make_temp_dir ();
  {
    g_autofree char *data = g_build_filename (home_dir, "data", NULL);
    g_autofree char *data_dirs = g_build_filename (home_dir, "data-dirs", NULL);
    g_autofree char *config = g_build_filename (home_dir, "config", NULL);

    g_mkdir_with_parents (data, 0700);
    g_mkdir_with_parents (data_dirs, 0700);
    g_mkdir_with_parents (config, 0700);
    g_setenv ("XDG_DATA_HOME", data, TRUE);
    g_setenv ("XDG_DATA_DIRS", data_dirs, TRUE);
    g_setenv ("XDG_CONFIG_HOME", config, TRUE);
  }

  nd_test_init_gtk (&argc, &argv);

  /* The application's stylesheets, for the banner's look in the screenshot. */
  g_type_ensure (ND_TYPE_ARTICLE_VIEW);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();

      gtk_css_provider_load_from_resource (provider, i == 0 ? "/com/example/NewsDesk/window.css"
                                                            : "/com/example/NewsDesk/style.css");
      gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                                  GTK_STYLE_PROVIDER (provider),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
    }

  g_test_add_func ("/nd/reader-link/open-fails", test_open_fails);

  status = g_test_run ();
  nd_test_remove_tree (home_dir);
  g_free (home_dir);

  return status;
}

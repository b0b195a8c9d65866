/* test-window.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>

#include "nd-window.h"

typedef gboolean (*Condition) (gpointer data);

/* Pumps the main loop until @condition holds; never a fixed number of iterations, since
 * loading and drawing take as long as they take. */
static gboolean
wait_until (Condition condition,
            gpointer  data,
            guint     timeout_ms)
{
  gint64 deadline = g_get_monotonic_time () + (gint64)timeout_ms * 1000;

  while (!condition (data))
    {
      if (g_get_monotonic_time () > deadline)
        return FALSE;
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }

  return TRUE;
}

static gboolean
store_loaded (gpointer data)
{
  NdArticleStore *store = nd_window_get_store (ND_WINDOW (data));

  return !nd_article_store_get_loading (store) &&
         g_list_model_get_n_items (G_LIST_MODEL (store)) > 0;
}

static gboolean
window_drawn (gpointer data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (data)) && gtk_widget_get_width (GTK_WIDGET (data)) > 0;
}

static void
save_screenshot (GtkWidget  *window,
                 const char *name)
{
  int width = gtk_widget_get_width (window);
  int height = gtk_widget_get_height (window);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (window);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  GskRenderer *renderer;

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);

  renderer = gtk_native_get_renderer (GTK_NATIVE (window));
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  path = g_test_build_filename (G_TEST_BUILT, name, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot: %s", path);
}

static void
test_sample_story (void)
{
  NdWindow *window = nd_window_new (NULL);
  g_autoptr(GFile) sample = nd_article_store_sample_file ();
  NdArticleStore *store = nd_window_get_store (window);
  GListModel *model = G_LIST_MODEL (store);

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 640);
  nd_window_open_files (window, &sample, 1);
  gtk_window_present (GTK_WINDOW (window));

  g_assert_true (wait_until (store_loaded, window, 10000));
  g_assert_true (wait_until (window_drawn, window, 10000));

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 11);
  g_assert_cmpuint (nd_article_store_get_errors (store)->len, ==, 0);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "NewsDesk — 11 articles");

  /* Let the list view lay out its rows before taking the picture. */
  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
  save_screenshot (GTK_WIDGET (window), "main-window.png");

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    {
      g_printerr ("test-window needs a display: run it under xvfb-run\n");
      return 1;
    }

  g_test_add_func ("/nd/window/sample-story", test_sample_story);

  return g_test_run ();
}

/* nd-test-ui-utils.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "nd-article-view.h"
#include "nd-quotes-export-dialog.h"
#include "nd-test-ui-utils.h"
#include "nd-test-utils.h"
#include "nd-window-private.h"

#include <stdlib.h>

static void
on_after_paint_cb (GdkFrameClock *clock,
                   gboolean      *painted)
{
  *painted = TRUE;
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *)data;
}

/* What the main () of every UI test starts with: UTC, GTest and a display.  Without a
 * display the program fails rather than skips, so that a 'ui' suite run outside xvfb-run
 * cannot pass without having tested anything. */
void
nd_test_init_gtk (int    *argc,
                  char ***argv)
{
  g_autofree char *program = NULL;

  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (argc, argv, NULL);

  if (gtk_init_check ())
    return;

  program = g_path_get_basename (g_get_prgname ());
  g_printerr ("%s needs a display: run it under xvfb-run\n", program);
  exit (1);
}

/* A condition for nd_test_wait_until (): @widget is mapped and has been given a width,
 * which is what presenting a window leads to, some frames later. */
gboolean
nd_test_widget_is_shown (gpointer widget)
{
  return gtk_widget_get_mapped (GTK_WIDGET (widget)) && gtk_widget_get_width (GTK_WIDGET (widget)) > 0;
}

/* Waits until @widget has been drawn in @n_frames more frames.  A widget paintable only
 * has something to show once the widget was drawn in a frame, and work queued by one frame
 * (layout, idle validation) is only on screen in the next. */
void
nd_test_wait_for_frames (GtkWidget *widget,
                         guint      n_frames)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);

  g_assert_nonnull (clock);
  for (guint i = 0; i < n_frames; i++)
    {
      gboolean painted = FALSE;
      gulong handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb), &painted);

      gtk_widget_queue_draw (widget);
      g_assert_true (nd_test_wait_until (is_true, &painted, 10000));
      g_signal_handler_disconnect (clock, handler);
    }
}

/* Lets everything the display server has to say about what was done so far arrive and be
 * handled (an X selection claimed, say, is answered asynchronously), then two frames:
 * a round trip to the server is a condition, where a pause would be a guess. */
void
nd_test_settle_display (GtkWidget *widget)
{
  gdk_display_sync (gtk_widget_get_display (widget));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  nd_test_wait_for_frames (widget, 2);
}

/* Waits until @condition holds and still holds after two more frames: for what layout
 * may undo while it goes on in the background (a long text view validating lines below
 * what was scrolled to, say).  Returns FALSE if that did not happen within @timeout_ms. */
gboolean
nd_test_wait_until_settled (GtkWidget       *widget,
                            NdTestCondition  condition,
                            gpointer         data,
                            guint            timeout_ms)
{
  gint64 deadline = g_get_monotonic_time () + (gint64)timeout_ms * 1000;

  while (g_get_monotonic_time () < deadline)
    {
      if (!nd_test_wait_until (condition, data, timeout_ms))
        return FALSE;
      nd_test_wait_for_frames (widget, 2);
      if (condition (data))
        return TRUE;
    }

  return FALSE;
}

static gboolean
is_drawable (gpointer widget)
{
  return gtk_widget_is_drawable (widget) &&
         gtk_widget_get_width (widget) > 0 && gtk_widget_get_height (widget) > 0;
}

static GskRenderNode *
snapshot_widget (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();

  gdk_paintable_snapshot (paintable, snapshot, gtk_widget_get_width (widget),
                          gtk_widget_get_height (widget));
  return gtk_snapshot_free_to_node (snapshot);
}

/* @widget as it is drawn now, with its own window's (or popover's) renderer.  A widget
 * that waits for a new allocation draws nothing, so this waits for the frame that gives
 * it one. */
GdkTexture *
nd_test_render (GtkWidget *widget)
{
  g_autoptr(GskRenderNode) node = NULL;
  GskRenderer *renderer;

  g_assert_true (nd_test_wait_until (is_drawable, widget, 10000));
  for (guint frame = 0; frame < 600 && (node = snapshot_widget (widget)) == NULL; frame++)
    nd_test_wait_for_frames (widget, 1);
  g_assert_nonnull (node);

  renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  return gsk_renderer_render_texture (renderer, node,
                                      &GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (widget),
                                                           gtk_widget_get_height (widget)));
}

/* Renders @widget as it is now and saves it as the PNG @name beside the test program, for a
 * person to look at: the tests compare no pixels, but a screenshot shows what they cannot
 * check. */
void
nd_test_save_screenshot (GtkWidget  *widget,
                         const char *name)
{
  g_autoptr(GdkTexture) texture = nd_test_render (widget);
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, name, NULL);

  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot: %s", path);
}

/* A condition for nd_test_wait_until (): @window has finished loading and shows articles. */
gboolean
nd_test_window_loaded (gpointer window)
{
  NdArticleStore *store = nd_window_get_store (ND_WINDOW (window));

  return !nd_article_store_get_loading (store) &&
         g_list_model_get_n_items (G_LIST_MODEL (store)) > 0;
}

/* A window of the given size, presented and shown, with nothing open. */
NdWindow *
nd_test_window_new (int width,
                    int height)
{
  NdWindow *window = nd_window_new (NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (nd_test_wait_until (nd_test_widget_is_shown, window, 10000));

  return window;
}

/* The same, with the sample story loaded through the window's own action. */
NdWindow *
nd_test_window_new_with_sample (int width,
                                int height)
{
  NdWindow *window = nd_test_window_new (width, height);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-sample", NULL);
  g_assert_true (nd_test_wait_until (nd_test_window_loaded, window, 10000));

  return window;
}

static void
collect_widgets (GtkWidget *widget,
                 GType      type,
                 GPtrArray *found)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (g_type_is_a (G_OBJECT_TYPE (child), type))
        g_ptr_array_add (found, child);
      collect_widgets (child, type, found);
    }
}

/* The first widget of @type below @root, depth first, or NULL. */
GtkWidget *
nd_test_find_widget (GtkWidget *root,
                     GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (g_type_is_a (G_OBJECT_TYPE (child), type))
        return child;
      found = nd_test_find_widget (child, type);
      if (found != NULL)
        return found;
    }

  return NULL;
}

/* @widget itself, or else the first widget inside it, depth first, for which @test says
 * TRUE; NULL if there is none. */
GtkWidget *
nd_test_find_widget_where (GtkWidget        *widget,
                           NdTestWidgetTest  test,
                           gconstpointer     data)
{
  if (test (widget, data))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = nd_test_find_widget_where (child, test, data);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Every widget of @type below @root, depth first.  Free with g_ptr_array_unref (). */
GPtrArray *
nd_test_find_widgets (GtkWidget *root,
                      GType      type)
{
  GPtrArray *found = g_ptr_array_new ();

  collect_widgets (root, type, found);
  return found;
}

/* The first of GTK's toplevel windows that is a @type, or NULL. */
GtkWindow *
nd_test_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (g_type_is_a (G_OBJECT_TYPE (toplevel), type))
        return GTK_WINDOW (toplevel);
    }

  return NULL;
}

/* The Export dialog the Quotes panel opened, or NULL. */
NdQuotesExportDialog *
nd_test_find_export_dialog (void)
{
  GtkWindow *dialog = nd_test_find_toplevel (ND_TYPE_QUOTES_EXPORT_DIALOG);

  return dialog != NULL ? ND_QUOTES_EXPORT_DIALOG (dialog) : NULL;
}

/* Selects @words in the reader's text as a drag would. */
void
nd_test_select_in_reader (NdWindow   *window,
                          const char *words)
{
  NdArticleView *reader = ND_ARTICLE_VIEW (nd_window_get_article_view (window));
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (nd_article_view_get_text_view (reader));
  GtkTextIter start, match_start, match_end;

  gtk_text_buffer_get_start_iter (buffer, &start);
  g_assert_true (gtk_text_iter_forward_search (&start, words, 0, &match_start, &match_end, NULL));
  gtk_text_buffer_select_range (buffer, &match_start, &match_end);
}

/* A condition for nd_test_wait_until (): the reader of @window is scrolled to the top. */
gboolean
nd_test_reader_at_top (gpointer window)
{
  NdArticleView *reader = ND_ARTICLE_VIEW (nd_window_get_article_view (window));
  GtkTextView *view = nd_article_view_get_text_view (reader);
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view));

  return gtk_adjustment_get_value (adjustment) <= gtk_adjustment_get_lower (adjustment) + 4;
}

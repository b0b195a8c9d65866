/* bench-bare-window.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The baseline of bench-startup: the least a GtkApplication has to do to show a window
 * the size of NewsDesk's, with a header bar. It prints BARE_READY on standard error once
 * its first frame has been painted, and quits; NewsDesk does the same with
 * NEWSDESK_EXIT_WHEN_READY=1 (NEWSDESK_READY), so both are timed alike. */

#define G_LOG_DOMAIN "bench-bare-window"

#include "config.h"

#include <gtk/gtk.h>

/* NewsDesk's default window size (the window-width and window-height settings). */
#define WINDOW_WIDTH 1100
#define WINDOW_HEIGHT 720

static void
on_after_paint_cb (GdkFrameClock *clock,
                   gpointer       user_data)
{
  GtkWindow *window = GTK_WINDOW (user_data);

  g_signal_handlers_disconnect_by_func (clock, on_after_paint_cb, user_data);
  g_printerr ("BARE_READY\n");
  g_application_quit (G_APPLICATION (gtk_window_get_application (window)));
}

/* The frame clock exists once the window is mapped; asking for a paint makes sure a
 * frame comes even if the first one was already scheduled. */
static void
on_window_map_cb (GtkWidget *window,
                  gpointer   user_data)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);

  g_signal_connect_object (clock, "after-paint", G_CALLBACK (on_after_paint_cb), window, 0);
  gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_PAINT);
}

static void
on_activate_cb (GtkApplication *app,
                gpointer        user_data)
{
  GtkWidget *window = gtk_application_window_new (app);

  gtk_window_set_title (GTK_WINDOW (window), "NewsDesk Bench");
  gtk_window_set_default_size (GTK_WINDOW (window), WINDOW_WIDTH, WINDOW_HEIGHT);
  gtk_window_set_titlebar (GTK_WINDOW (window), gtk_header_bar_new ());
  g_signal_connect (window, "map", G_CALLBACK (on_window_map_cb), NULL);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GtkApplication) app = NULL;

  /* Non-unique, so that it never waits on the session bus for a name or hands its
   * activation to another instance. */
  app = gtk_application_new ("com.example.NewsDeskBench.Bare", G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "activate", G_CALLBACK (on_activate_cb), NULL);

  return g_application_run (G_APPLICATION (app), argc, argv);
}

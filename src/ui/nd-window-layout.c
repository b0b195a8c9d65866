/* nd-window-layout.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Small windows: the reader keeps a readable line and some of its text in view.
 *
 * - With the Quotes panel open in a window too narrow for the article list, a reader of
 *   READER_MIN_CHARS characters and the panel, the article list folds away until the panel
 *   closes or the window grows.
 * - Otherwise the article list gives up width, down to its minimum, before the reader goes
 *   below READER_MIN_CHARS.
 * - In a low window the timeline takes at most a third of the height below the header bar.
 *
 * None of this is saved: the widths and heights the user chose come back when there is
 * room for them. */

#define G_LOG_DOMAIN "nd-window-layout"

#include "config.h"

#include "nd-window-private.h"

#define READER_MIN_CHARS      45
#define READER_SIDE_MARGINS   (2 * 24)  /* the reader's smallest margins, nd-article-view.c */
#define SIDEBAR_MIN_WIDTH     220
#define QUOTES_PANEL_MIN      260
#define LOW_READER_HEIGHT     480
#define LOW_TIMELINE_SHARE    0.3
#define SIDEBAR_WIDTH         360
#define TIMELINE_HEIGHT       210

/* The width READER_MIN_CHARS characters of the reader's text take, with its margins. */
static int
get_reader_min_width (NdWindow *self)
{
  GtkWidget *text_view = GTK_WIDGET (nd_article_view_get_text_view (self->article_view));
  PangoFontMetrics *metrics = pango_context_get_metrics (gtk_widget_get_pango_context (text_view),
                                                         NULL, NULL);
  double char_px = (double)pango_font_metrics_get_approximate_char_width (metrics) / PANGO_SCALE;
  double scale = 1.0;

  pango_font_metrics_unref (metrics);
  g_object_get (self->article_view, "text-scale", &scale, NULL);

  return (int)(READER_MIN_CHARS * char_px * scale + 0.5) + READER_SIDE_MARGINS + 2;
}

static int
get_setting (NdWindow   *self,
             const char *key,
             int         fallback)
{
  return self->settings != NULL ? g_settings_get_int (self->settings, key) : fallback;
}

/* The panel at its chosen width, but never leaving the reader less than its minimum.
 * @width is what the panel and the reader share. */
static void
fit_quotes_panel (NdWindow *self,
                  int       width)
{
  int reader_min = get_reader_min_width (self);
  int wanted = get_setting (self, "quotes-width", 380);
  int position = MAX (width - wanted, reader_min);

  position = MIN (position, width - QUOTES_PANEL_MIN);
  if (position > 0 && gtk_paned_get_position (self->quotes_paned) != position)
    gtk_paned_set_position (self->quotes_paned, position);
}

static void
fit_sidebar (NdWindow *self,
             int       width)
{
  gboolean panel_open = self->quotes_panel != NULL &&
                        gtk_widget_get_visible (GTK_WIDGET (self->quotes_panel));
  int reader_min = get_reader_min_width (self);
  gboolean fits = !panel_open || width >= SIDEBAR_MIN_WIDTH + reader_min + QUOTES_PANEL_MIN;
  int wanted = get_setting (self, "sidebar-width", SIDEBAR_WIDTH);
  int position;

  if (gtk_widget_get_visible (GTK_WIDGET (self->sidebar)) != fits)
    gtk_widget_set_visible (GTK_WIDGET (self->sidebar), fits);
  if (panel_open)
    {
      fit_quotes_panel (self, fits ? width - gtk_paned_get_position (self->sidebar_paned) - 1 : width);
      return;
    }

  position = MAX (SIDEBAR_MIN_WIDTH, MIN (wanted, width - reader_min));
  if (gtk_paned_get_position (self->sidebar_paned) != position)
    gtk_paned_set_position (self->sidebar_paned, position);
}

static void
fit_timeline (NdWindow *self)
{
  int height = gtk_widget_get_height (GTK_WIDGET (self->main_stack));
  int wanted = get_setting (self, "timeline-height", TIMELINE_HEIGHT);
  int max_position, timeline_height;

  g_object_get (self->reader_paned, "max-position", &max_position, NULL);
  if (!self->timeline_height_restored || max_position <= 0)
    return;

  timeline_height = height < LOW_READER_HEIGHT ? MIN (wanted, (int)(height * LOW_TIMELINE_SHARE))
                                               : wanted;
  if (gtk_paned_get_position (self->reader_paned) != MAX (0, max_position - timeline_height))
    gtk_paned_set_position (self->reader_paned, MAX (0, max_position - timeline_height));
}

static gboolean
update_layout_cb (gpointer user_data)
{
  NdWindow *self = ND_WINDOW (user_data);
  int width = gtk_widget_get_width (GTK_WIDGET (self->main_stack));

  self->layout_source = 0;
  /* Hiding the article list while the stack fades between pages leaves GTK 4.8's stack
   * holding on to the page: the layout waits for the fade to end (see
   * _nd_window_setup_layout). */
  if (width <= 0 || gtk_stack_get_transition_running (self->main_stack))
    return G_SOURCE_REMOVE;

  self->adapting_layout = TRUE;
  fit_sidebar (self, width);
  fit_timeline (self);
  self->adapting_layout = FALSE;

  return G_SOURCE_REMOVE;
}

/**
 * _nd_window_queue_layout:
 *
 * Fits the panes to the window again, once the current allocation is over: after the
 * window's size changed, the Quotes panel opened or closed, or the text size changed.
 */
void
_nd_window_queue_layout (NdWindow *self)
{
  if (self->layout_source == 0)
    self->layout_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, update_layout_cb, self, NULL);
}

static void
on_transition_running_cb (NdWindow   *self,
                          GParamSpec *pspec,
                          GtkStack   *stack)
{
  if (!gtk_stack_get_transition_running (stack))
    _nd_window_queue_layout (self);
}

void
_nd_window_setup_layout (NdWindow *self)
{
  g_signal_connect_object (self->main_stack, "notify::transition-running",
                           G_CALLBACK (on_transition_running_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->article_view, "notify::text-scale",
                           G_CALLBACK (_nd_window_queue_layout), self, G_CONNECT_SWAPPED);
}

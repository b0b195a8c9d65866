/* test-preferences.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The Preferences window: the reader's font, text size and line width and the timeline's
 * visibility follow it at once, win.show-timeline agrees with it, and every choice is kept
 * in GSettings (the memory backend here) for windows opened later. */

#include "config.h"

#include <gtk/gtk.h>

#include "nd-article-view.h"
#include "nd-preferences-window.h"
#include "nd-test-ui-utils.h"
#include "nd-test-utils.h"
#include "nd-window-private.h"

static GtkWidget *
find_widget (GtkWidget  *widget,
             GType       type,
             const char *label,
             guint      *skip)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    {
      const char *text = GTK_IS_CHECK_BUTTON (widget)
                         ? gtk_check_button_get_label (GTK_CHECK_BUTTON (widget)) : NULL;

      if ((label == NULL || g_strcmp0 (text, label) == 0) && (*skip)-- == 0)
        return widget;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type, label, skip);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkCheckButton *
find_check (GtkWindow  *window,
            const char *label)
{
  guint skip = 0;
  GtkWidget *found = find_widget (GTK_WIDGET (window), GTK_TYPE_CHECK_BUTTON, label, &skip);

  g_assert_nonnull (found);
  return GTK_CHECK_BUTTON (found);
}

/* The spin buttons in the order the window shows them: text size, then line width. */
static GtkSpinButton *
find_spin (GtkWindow *window,
           guint      index)
{
  GtkWidget *found = find_widget (GTK_WIDGET (window), GTK_TYPE_SPIN_BUTTON, NULL, &index);

  g_assert_nonnull (found);
  return GTK_SPIN_BUTTON (found);
}

typedef struct
{
  NdArticleView *view;
  int            margin;
} MarginWait;

static int
expected_margin (NdArticleView *view)
{
  PangoContext *context =
    gtk_widget_create_pango_context (GTK_WIDGET (nd_article_view_get_text_view (view)));
  PangoFontMetrics *metrics = pango_context_get_metrics (context, NULL, NULL);
  double char_width = (double)pango_font_metrics_get_approximate_char_width (metrics) / PANGO_SCALE;
  int column = (int)(char_width * nd_article_view_get_line_width (view) *
                     nd_article_view_get_text_scale (view) + 0.5);

  pango_font_metrics_unref (metrics);
  g_object_unref (context);

  return MAX (24, (gtk_widget_get_width (GTK_WIDGET (view)) - column) / 2);
}

static gboolean
margins_match (gpointer data)
{
  NdArticleView *view = data;
  int margin = expected_margin (view);

  return gtk_text_view_get_left_margin (nd_article_view_get_text_view (view)) == margin &&
         gtk_text_view_get_right_margin (nd_article_view_get_text_view (view)) == margin;
}

/* The font the reader's text is laid out with. */
static PangoFontDescription *
dup_reader_font (NdArticleView *view)
{
  PangoContext *context =
    gtk_widget_create_pango_context (GTK_WIDGET (nd_article_view_get_text_view (view)));
  PangoFontDescription *desc = pango_font_description_copy (pango_context_get_font_description (context));

  g_object_unref (context);
  return desc;
}

/* Serif, italic, 15 points: GTK hands the size on in pixels. */
static gboolean
reader_font_is_serif_15 (gpointer data)
{
  PangoContext *context =
    gtk_widget_create_pango_context (GTK_WIDGET (nd_article_view_get_text_view (data)));
  double dpi = pango_cairo_context_get_resolution (context);
  PangoFontDescription *desc = dup_reader_font (data);
  int size = pango_font_description_get_size (desc);
  gboolean matches;

  if (dpi <= 0)
    dpi = 96.0;
  if (pango_font_description_get_size_is_absolute (desc))
    size = (int)(size * 72.0 / dpi + 0.5);
  matches = g_strcmp0 (pango_font_description_get_family (desc), "Serif") == 0 &&
            size == 15 * PANGO_SCALE &&
            pango_font_description_get_style (desc) == PANGO_STYLE_ITALIC;
  g_object_unref (context);

  pango_font_description_free (desc);
  return matches;
}

static gboolean
timeline_is_shown (gpointer data)
{
  return gtk_widget_get_mapped (nd_window_get_timeline (data));
}

static gboolean
timeline_is_hidden (gpointer data)
{
  return !gtk_widget_is_visible (nd_window_get_timeline (data));
}

static void
choose_font (GtkWidget  *button,
             const char *font)
{
#if GTK_CHECK_VERSION (4, 10, 0)
  PangoFontDescription *desc = pango_font_description_from_string (font);

  gtk_font_dialog_button_set_font_desc (GTK_FONT_DIALOG_BUTTON (button), desc);
  pango_font_description_free (desc);
#else
  gtk_font_chooser_set_font (GTK_FONT_CHOOSER (button), font);
  g_signal_emit_by_name (button, "font-set");
#endif
}

static void
test_preferences (void)
{
  g_autoptr(GSettings) settings = g_settings_new ("com.example.NewsDesk");
  NdWindow *window = nd_test_window_new_with_sample (1100, 720);
  NdArticleView *view = ND_ARTICLE_VIEW (nd_window_get_article_view (window));
  GtkWindow *preferences = nd_preferences_window_new (GTK_WINDOW (window));
  GtkCheckButton *system_font = NULL;
  GtkCheckButton *timeline_check = NULL;
  PangoFontDescription *theme_font;
  g_autoptr(GVariant) state = NULL;
  g_autofree char *font = NULL;
  NdWindow *second;

  gtk_window_present (preferences);
  g_assert_true (nd_test_wait_until (nd_test_widget_is_shown, preferences, 10000));
  g_assert_true (nd_test_wait_until (timeline_is_shown, window, 10000));
  g_assert_true (nd_test_wait_until (margins_match, view, 10000));
  theme_font = dup_reader_font (view);

  system_font = find_check (preferences, "Use the _system font");
  timeline_check = find_check (preferences, "Show the _timeline below the reader");
  g_assert_true (gtk_check_button_get_active (system_font));
  g_assert_true (gtk_check_button_get_active (timeline_check));
  g_assert_cmpfloat (gtk_spin_button_get_value (find_spin (preferences, 0)), ==, 100);
  g_assert_cmpfloat (gtk_spin_button_get_value (find_spin (preferences, 1)), ==, 70);
  nd_test_wait_for_frames (GTK_WIDGET (preferences), 2);
  nd_test_save_screenshot (GTK_WIDGET (preferences), "preferences.png");

  /* Line width: the column narrows at once. */
  gtk_spin_button_set_value (find_spin (preferences, 1), 45);
  g_assert_cmpint (g_settings_get_int (settings, "reader-line-width"), ==, 45);
  g_assert_cmpint (nd_article_view_get_line_width (view), ==, 45);
  g_assert_true (nd_test_wait_until_settled (GTK_WIDGET (window), margins_match, view, 10000));
  g_assert_cmpint (gtk_text_view_get_left_margin (nd_article_view_get_text_view (view)), >, 200);

  /* Text size, in percent. */
  gtk_spin_button_set_value (find_spin (preferences, 0), 150);
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (settings, "text-scale"), 1.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (nd_article_view_get_text_scale (view), 1.5, 1e-9);
  gtk_spin_button_set_value (find_spin (preferences, 0), 100);

  /* A font of one's own: the reader is laid out in it, and its column follows its width. */
  gtk_check_button_set_active (system_font, FALSE);
  font = g_settings_get_string (settings, "reader-font");
  g_assert_cmpstr (font, !=, "");
  choose_font (nd_preferences_window_get_font_button (ND_PREFERENCES_WINDOW (preferences)),
               "Serif Italic 15");
  g_clear_pointer (&font, g_free);
  font = g_settings_get_string (settings, "reader-font");
  g_assert_cmpstr (font, ==, "Serif Italic 15");
  g_assert_cmpstr (nd_article_view_get_font (view), ==, "Serif Italic 15");
  g_assert_true (nd_test_wait_until (reader_font_is_serif_15, view, 10000));
  g_assert_true (nd_test_wait_until_settled (GTK_WIDGET (window), margins_match, view, 10000));
  nd_test_wait_for_frames (GTK_WIDGET (window), 2);
  nd_test_save_screenshot (GTK_WIDGET (window), "preferences-reader-font.png");

  /* The timeline: hidden from Preferences, shown again from the menu's action. */
  gtk_check_button_set_active (timeline_check, FALSE);
  g_assert_false (g_settings_get_boolean (settings, "timeline-visible"));
  g_assert_true (nd_test_wait_until (timeline_is_hidden, window, 10000));
  state = g_action_group_get_action_state (G_ACTION_GROUP (window), "show-timeline");
  g_assert_false (g_variant_get_boolean (state));
  nd_test_wait_for_frames (GTK_WIDGET (window), 2);
  nd_test_save_screenshot (GTK_WIDGET (window), "preferences-no-timeline.png");

  g_action_group_activate_action (G_ACTION_GROUP (window), "show-timeline", NULL);
  g_assert_true (g_settings_get_boolean (settings, "timeline-visible"));
  g_assert_true (gtk_check_button_get_active (timeline_check));
  g_assert_true (nd_test_wait_until (timeline_is_shown, window, 10000));
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-timeline", NULL);
  g_assert_false (g_settings_get_boolean (settings, "timeline-visible"));
  g_assert_false (gtk_check_button_get_active (timeline_check));

  /* Kept: a window opened later starts with all of it. */
  second = nd_test_window_new_with_sample (900, 700);
  g_assert_cmpstr (nd_article_view_get_font (ND_ARTICLE_VIEW (nd_window_get_article_view (second))),
                   ==, "Serif Italic 15");
  g_assert_cmpint (nd_article_view_get_line_width (ND_ARTICLE_VIEW (nd_window_get_article_view (second))),
                   ==, 45);
  g_assert_true (nd_test_wait_until (timeline_is_hidden, second, 10000));
  gtk_window_destroy (GTK_WINDOW (second));

  /* Back to the system font. */
  gtk_check_button_set_active (system_font, TRUE);
  g_clear_pointer (&font, g_free);
  font = g_settings_get_string (settings, "reader-font");
  g_assert_cmpstr (font, ==, "");
  g_assert_cmpstr (nd_article_view_get_font (view), ==, "");
  {
    PangoFontDescription *now = dup_reader_font (view);

    g_assert_true (pango_font_description_equal (now, theme_font));
    pango_font_description_free (now);
  }

  pango_font_description_free (theme_font);
  gtk_window_destroy (preferences);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  nd_test_init_gtk (&argc, &argv);

  g_test_add_func ("/nd/preferences/follow-and-persist", test_preferences);

  return g_test_run ();
}

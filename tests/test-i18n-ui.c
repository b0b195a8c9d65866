/* test-i18n-ui.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The window as a German user sees it when NewsDesk runs from the build tree, as the README
 * says to start it: the translations are found there (nothing is installed, and this test
 * does not set NEWSDESK_LOCALEDIR), dates are German through and through, and the
 * application icon is found.  LANGUAGE=de picks the catalogue in the C.UTF-8 locale of the
 * tests, whose own month and weekday names are English. */

#include "config.h"

#include <gtk/gtk.h>
#include <string.h>

#include "nd-application.h"
#include "nd-application-private.h"
#include "nd-article-view.h"
#include "nd-quotes-export-dialog.h"
#include "nd-sidebar.h"
#include "nd-test-ui-utils.h"
#include "nd-test-utils.h"
#include "nd-window-private.h"

#define CAFE_ID "gazette-cafe-reprieve"

static const char * const english_names[] = {
  "January", "February", "March", "May", "June", "July", "October", "December",
  "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
};

static void
assert_no_english_names (const char *text)
{
  for (guint i = 0; i < G_N_ELEMENTS (english_names); i++)
    if (strstr (text, english_names[i]) != NULL)
      g_error ("“%s” names “%s” in English", text, english_names[i]);
}

static char *
dup_reader_text (NdWindow *window)
{
  GtkTextView *view = nd_article_view_get_text_view (ND_ARTICLE_VIEW (nd_window_get_article_view (window)));
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* Run from the build tree, the program reads the build tree's catalogues. */
static void
test_locale_dir (void)
{
  g_autofree char *expected = g_build_filename (BUILD_ROOT, "po", NULL);

  g_assert_null (g_getenv ("NEWSDESK_LOCALEDIR"));
  g_assert_cmpstr (nd_application_get_locale_dir (), ==, expected);
}

static gboolean
stack_settled (gpointer data)
{
  return !gtk_stack_get_transition_running (ND_WINDOW (data)->main_stack);
}

static void
test_german_window (void)
{
  NdWindow *window = nd_test_window_new_with_sample (1280, 800);
  NdArticle *cafe = nd_article_store_lookup (nd_window_get_store (window), CAFE_ID);
  g_autofree char *reader = NULL;
  const char *summary;

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Beispielgeschichte — 11 Artikel");
  {
    g_autofree char *placeholder = NULL;

    g_object_get (nd_window_get_search_entry (window), "placeholder-text", &placeholder, NULL);
    g_assert_cmpstr (placeholder, ==, "Artikel durchsuchen");
  }
  summary = nd_window_get_story_summary (window);
  g_assert_true (g_str_has_prefix (summary, "11 Artikel aus "));
  assert_no_english_names (summary);

  /* The reader's date line: weekday and month in German. */
  g_assert_nonnull (cafe);
  nd_sidebar_select_article (ND_SIDEBAR (nd_window_get_sidebar (window)), cafe);
  reader = dup_reader_text (window);
  {
    g_auto(GStrv) lines = g_strsplit (reader, "\n", 8);
    gboolean dated = FALSE;

    /* The header (the words of the body are the article's own, and English). */
    for (guint i = 0; lines[i] != NULL && i < 7; i++)
      if (strstr (lines[i], "2026") != NULL && strstr (lines[i], "://") == NULL)
        {
          if (strstr (lines[i], "Mittwoch, 1. April 2026") == NULL)
            g_error ("the date line reads “%s”", lines[i]);
          assert_no_english_names (lines[i]);
          dated = TRUE;
        }
    g_assert_true (dated);
  }

  g_assert_true (nd_test_wait_until_settled (GTK_WIDGET (window), stack_settled, window, 5000));
  nd_test_save_screenshot (GTK_WIDGET (window), "german-window.png");
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
has_default_icon (gpointer data)
{
  return gtk_window_get_default_icon_name () != NULL;
}

/* The icon of the About dialog, the window and the empty page, found with nothing installed. */
static void
test_app_icon (void)
{
  g_autoptr(NdApplication) app = nd_application_new ();
  GtkWindow *window;
  g_autoptr(GError) error = NULL;
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gdk_display_get_default ());

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  g_assert_true (gtk_icon_theme_has_icon (theme, APP_ID));
  g_assert_true (gtk_icon_theme_has_icon (theme, "com.example.NewsDesk-symbolic"));

  /* The window gets its icon once its first frame is painted, later windows at once. */
  g_assert_null (gtk_window_get_default_icon_name ());
  g_application_activate (G_APPLICATION (app));
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_assert_nonnull (window);
  g_assert_true (nd_test_wait_until (has_default_icon, NULL, 10000));
  g_assert_cmpstr (gtk_window_get_default_icon_name (), ==, APP_ID);
  g_assert_cmpstr (gtk_window_get_icon_name (window), ==, APP_ID);
  gtk_window_destroy (window);

  /* Drawn from PNGs: a scalable window icon would load librsvg before the first frame. */
  g_assert_true (g_resources_get_info ("/com/example/NewsDesk/icons/48x48/apps/" APP_ID ".png",
                                       0, NULL, NULL, NULL));
  g_assert_false (g_resources_get_info ("/com/example/NewsDesk/icons/scalable/apps/" APP_ID ".svg",
                                        0, NULL, NULL, NULL));
}

static void
assert_labels_inside (GtkWidget *widget,
                      GtkWidget *dialog)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget))
    {
      graphene_rect_t bounds;

      int text_width;

      /* The text fits the label, the label the dialog. */
      pango_layout_get_pixel_size (gtk_label_get_layout (GTK_LABEL (widget)), &text_width, NULL);
      if (text_width > gtk_widget_get_width (widget))
        g_error ("“%s” is %d pixels wide in a label of %d", gtk_label_get_text (GTK_LABEL (widget)),
                 text_width, gtk_widget_get_width (widget));
      g_assert_true (gtk_widget_compute_bounds (widget, dialog, &bounds));
      if (bounds.origin.x < 0 || bounds.origin.x + bounds.size.width > gtk_widget_get_width (dialog))
        g_error ("“%s” sticks out of the dialog", gtk_label_get_text (GTK_LABEL (widget)));
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    assert_labels_inside (child, dialog);
}

/* The export dialog in German: its longer descriptions wrap, within the dialog. */
static void
test_german_export_dialog (void)
{
  NdWindow *window = nd_test_window_new_with_sample (1280, 800);
  NdQuotesExportDialog *dialog = nd_quotes_export_dialog_new (GTK_WINDOW (window), 12, FALSE);

  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_true (nd_test_wait_until (nd_test_widget_is_shown, dialog, 5000));
  nd_test_wait_for_frames (GTK_WIDGET (dialog), 2);
  g_test_message ("export dialog: %d×%d", gtk_widget_get_width (GTK_WIDGET (dialog)),
                  gtk_widget_get_height (GTK_WIDGET (dialog)));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (dialog)), <=, 520);
  assert_labels_inside (GTK_WIDGET (dialog), GTK_WIDGET (dialog));
  nd_test_save_screenshot (GTK_WIDGET (dialog), "german-export-dialog.png");

  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  g_setenv ("LANGUAGE", "de", TRUE);
  g_unsetenv ("NEWSDESK_LOCALEDIR");
  nd_test_init_gtk (&argc, &argv);
  nd_application_bind_text_domain ();
  g_type_ensure (ND_TYPE_WINDOW);

  g_test_add_func ("/nd/i18n-ui/locale-dir", test_locale_dir);
  g_test_add_func ("/nd/i18n-ui/german-window", test_german_window);
  g_test_add_func ("/nd/i18n-ui/export-dialog", test_german_export_dialog);
  g_test_add_func ("/nd/i18n-ui/app-icon", test_app_icon);

  return g_test_run ();
}

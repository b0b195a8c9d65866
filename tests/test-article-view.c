/* test-article-view.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>
#include <string.h>

#include "load/nd-article-store.h"
#include "nd-article-view-private.h"
#include "nd-test-ui-utils.h"
#include "nd-test-utils.h"
#include "test-article-view-private.h"

#define TITLE_LITERAL "<b>&amp;</b> Council backs flood barrier"
#define FULL_URL      "https://gazette.example/flood"
#define LONG_WORDS    200000
#define LONG_PARA     100

static const char fixture_json[] =
  "{\"articles\": [\n"
  "  {\"id\": \"full\",\n"
  /* The reader decodes entities once, so the article's title is "<b>&amp;</b> ...". */
  "   \"title\": \"<b>&amp;amp;</b> Council backs flood barrier\",\n"
  "   \"source\": \"The Test Gazette\",\n"
  "   \"authors\": [\"Ann Writer\", \"Bo Reporter\"],\n"
  "   \"url\": \"" FULL_URL "\",\n"
  "   \"published\": \"2026-03-10T08:15:00+01:00\",\n"
  "   \"body\": \"The council voted on Tuesday to build a flood barrier along the harbour, "
  "ending a debate that has run for more than a decade. The barrier will cost an estimated "
  "forty million and protect some three thousand homes.\\n\\n"
  "\\\"We will continue to listen to residents,\\\" the mayor said after the vote, adding "
  "that construction would be phased to keep the harbour open to fishing boats.\\n\\n"
  "Work starts in May.\"},\n"
  "  {\"id\": \"undated\", \"title\": \"Undated note\", \"source\": \"Radio Nord\",\n"
  "   \"authors\": \"Cy Editor\", \"body\": \"No date here.\\n\\nSecond paragraph.\"},\n"
  "  {\"id\": \"date-only\", \"title\": \"Day only\", \"source\": \"Weekly\",\n"
  "   \"published\": \"2026-03-09\", \"body\": \"Only a day.\"},\n"
  "  {\"id\": \"script\", \"title\": \"<script>alert(1)</script>\",\n"
  "   \"url\": \"javascript:alert(1)\", \"body\": \"Body.\"}\n"
  "]}\n";

/* Waits until the window has painted two more frames, so that work queued by the first
 * one (layout, idle validation) is on screen too. */
void
wait_for_frames (GtkWidget *window)
{
  nd_test_wait_for_frames (window, 2);
}

GtkWidget *
show_in_window (NdArticleView *view,
                int            width,
                int            height)
{
  GtkWidget *window = gtk_window_new ();

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (nd_test_wait_until (nd_test_widget_is_shown, view, 10000));
  wait_for_frames (window);

  return window;
}

/* 200,000 words in paragraphs of 100: a book-length body. */
static char *
dup_long_json (void)
{
  GString *json = g_string_new ("{\"id\": \"long\", \"title\": \"A very long read\", "
                                "\"source\": \"Archive\", \"body\": \"");

  for (guint i = 0; i < LONG_WORDS; i++)
    {
      if (i > 0)
        g_string_append (json, i % LONG_PARA == 0 ? "\\n\\n" : " ");
      g_string_append_printf (json, "w%u", i);
    }
  g_string_append (json, "\"}\n");

  return g_string_free (json, FALSE);
}

void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *path = NULL;
  g_autofree char *long_json = NULL;
  g_autofree char *long_path = NULL;

  fixture->dir = nd_test_make_temp_dir ();

  nd_test_write_file (fixture->dir, "articles.json", fixture_json, -1);
  path = g_build_filename (fixture->dir, "articles.json", NULL);
  g_ptr_array_add (files, g_file_new_for_path (path));
  if (data != NULL)
    {
      long_json = dup_long_json ();
      nd_test_write_file (fixture->dir, "long.json", long_json, -1);
      long_path = g_build_filename (fixture->dir, "long.json", NULL);
      g_ptr_array_add (files, g_file_new_for_path (long_path));
    }

  /* Files, not the folder: only the reading of articles is under test here. */
  fixture->store = nd_article_store_new ();
  nd_article_store_load_sync (fixture->store, (GFile **)files->pdata, files->len, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (nd_article_store_get_errors (fixture->store)->len, ==, 0);
}

void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_clear_object (&fixture->store);
  nd_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

NdArticle *
lookup (Fixture    *fixture,
        const char *id)
{
  NdArticle *article = nd_article_store_lookup (fixture->store, id);

  g_assert_nonnull (article);
  return article;
}

GtkTextTag *
lookup_tag (NdArticleView *view,
            const char    *name)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (nd_article_view_get_text_view (view));
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), name);

  g_assert_nonnull (tag);
  return tag;
}

void
get_iter (NdArticleView *view,
          GtkTextIter   *iter,
          int            offset)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (nd_article_view_get_text_view (view));

  gtk_text_buffer_get_iter_at_offset (buffer, iter, offset);
}

gboolean
has_tag_at (NdArticleView *view,
            int            offset,
            const char    *name)
{
  GtkTextIter iter;

  get_iter (view, &iter, offset);
  return gtk_text_iter_has_tag (&iter, lookup_tag (view, name));
}

int
char_offset_of (const char *text,
                const char *needle)
{
  const char *found = strstr (text, needle);

  g_assert_nonnull (found);
  return (int)g_utf8_pointer_to_offset (text, found);
}

static GtkStack *
get_stack (NdArticleView *view)
{
  GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (view));

  g_assert_true (GTK_IS_STACK (child));
  return GTK_STACK (child);
}

static double
tag_double (NdArticleView *view,
            const char    *name,
            const char    *property)
{
  double value;

  g_object_get (lookup_tag (view, name), property, &value, NULL);
  return value;
}

static void
test_content (Fixture       *fixture,
              gconstpointer  data)
{
  NdArticleView *view = g_object_ref_sink (ND_ARTICLE_VIEW (nd_article_view_new ()));
  NdArticle *article = lookup (fixture, "full");
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  g_auto(GStrv) paragraphs = NULL;
  int meta_at;
  int url_at;
  int body_at;
  GtkTextIter iter;

  g_assert_cmpstr (nd_article_get_title (article), ==, TITLE_LITERAL);

  nd_article_view_set_article (view, article);
  g_assert_true (nd_article_view_get_article (view) == article);
  text = nd_article_view_dup_text (view);
  lines = g_strsplit (text, "\n", -1);
  paragraphs = g_strsplit (nd_article_get_body (article), "\n\n", -1);

  /* Headline, meta line, link, then one line per paragraph in order. */
  g_assert_cmpuint (g_strv_length (lines), ==, 3 + g_strv_length (paragraphs));
  g_assert_cmpstr (lines[0], ==, TITLE_LITERAL);
  g_assert_true (g_str_has_prefix (lines[1], "The Test Gazette · Ann Writer, Bo Reporter · "));
  g_assert_nonnull (strstr (lines[1], "2026"));
  g_assert_nonnull (strstr (lines[1], "07:15"));  /* 08:15+01:00 in TZ=UTC */
  g_assert_cmpstr (lines[2], ==, FULL_URL);
  for (guint i = 0; paragraphs[i] != NULL; i++)
    g_assert_cmpstr (lines[3 + i], ==, paragraphs[i]);

  /* Tags where they belong, and nowhere else. */
  meta_at = char_offset_of (text, "The Test Gazette");
  url_at = char_offset_of (text, FULL_URL);
  body_at = char_offset_of (text, "The council voted");

  g_assert_true (has_tag_at (view, 0, "headline"));
  get_iter (view, &iter, 0);
  g_assert_true (gtk_text_iter_forward_to_tag_toggle (&iter, lookup_tag (view, "headline")));
  g_assert_cmpint (gtk_text_iter_get_offset (&iter), >=, g_utf8_strlen (TITLE_LITERAL, -1));
  g_assert_false (has_tag_at (view, 0, "body"));

  g_assert_true (has_tag_at (view, meta_at, "meta"));
  g_assert_false (has_tag_at (view, meta_at, "headline"));
  g_assert_false (has_tag_at (view, meta_at, "link"));

  g_assert_true (has_tag_at (view, url_at, "link"));
  g_assert_true (has_tag_at (view, url_at + (int)strlen (FULL_URL) - 1, "link"));
  g_assert_false (has_tag_at (view, url_at + (int)strlen (FULL_URL), "link"));

  g_assert_true (has_tag_at (view, body_at, "body"));
  g_assert_false (has_tag_at (view, body_at, "meta"));
  g_assert_true (has_tag_at (view, (int)g_utf8_strlen (text, -1) - 1, "body"));

  g_assert_cmpstr (gtk_stack_get_visible_child_name (get_stack (view)), ==, "article");

  g_object_unref (view);
}

static void
test_variants (Fixture       *fixture,
               gconstpointer  data)
{
  NdArticleView *view = g_object_ref_sink (ND_ARTICLE_VIEW (nd_article_view_new ()));
  g_autofree char *undated = NULL;
  g_autofree char *date_only = NULL;
  g_autofree char *script = NULL;
  g_auto(GStrv) lines = NULL;

  /* No date and no link: the body follows the meta line. */
  nd_article_view_set_article (view, lookup (fixture, "undated"));
  undated = nd_article_view_dup_text (view);
  g_assert_cmpstr (undated, ==, "Undated note\nRadio Nord · Cy Editor\nNo date here.\nSecond paragraph.");

  /* A day without a time: the day as written, no time of day. */
  nd_article_view_set_article (view, lookup (fixture, "date-only"));
  date_only = nd_article_view_dup_text (view);
  lines = g_strsplit (date_only, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 3);
  g_assert_true (g_str_has_prefix (lines[1], "Weekly · "));
  g_assert_nonnull (strstr (lines[1], "9"));
  g_assert_nonnull (strstr (lines[1], "2026"));
  g_assert_null (strchr (lines[1], ':'));

  /* Markup-like text stays text, and a non-web link is shown but not clickable. */
  nd_article_view_set_article (view, lookup (fixture, "script"));
  script = nd_article_view_dup_text (view);
  g_assert_cmpstr (script, ==, "<script>alert(1)</script>\njavascript:alert(1)\nBody.");
  g_assert_true (has_tag_at (view, char_offset_of (script, "javascript"), "meta"));
  g_assert_false (has_tag_at (view, char_offset_of (script, "javascript"), "link"));

  g_object_unref (view);
}

static void
on_notify_cb (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
test_placeholder (Fixture       *fixture,
                  gconstpointer  data)
{
  NdArticleView *view = g_object_ref_sink (ND_ARTICLE_VIEW (nd_article_view_new ()));
  GtkStack *stack = get_stack (view);
  g_autofree char *empty = NULL;
  g_autofree char *cleared = NULL;
  guint notifies = 0;

  g_signal_connect (view, "notify::article", G_CALLBACK (on_notify_cb), &notifies);

  g_assert_null (nd_article_view_get_article (view));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
  empty = nd_article_view_dup_text (view);
  g_assert_cmpstr (empty, ==, "");
  g_assert_false (nd_article_view_scroll_to_offset (view, 0));

  nd_article_view_set_article (view, lookup (fixture, "full"));
  nd_article_view_set_article (view, lookup (fixture, "full"));
  g_assert_cmpuint (notifies, ==, 1);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "article");

  g_object_set (view, "article", NULL, NULL);
  g_assert_cmpuint (notifies, ==, 2);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
  cleared = nd_article_view_dup_text (view);
  g_assert_cmpstr (cleared, ==, "");

  g_object_unref (view);
}

static void
test_zoom (Fixture       *fixture,
           gconstpointer  data)
{
  NdArticleView *view = g_object_ref_sink (ND_ARTICLE_VIEW (nd_article_view_new ()));
  GtkWidget *widget = GTK_WIDGET (view);
  guint notifies = 0;

  nd_article_view_set_article (view, lookup (fixture, "full"));
  g_signal_connect (view, "notify::text-scale", G_CALLBACK (on_notify_cb), &notifies);

  g_assert_cmpfloat_with_epsilon (nd_article_view_get_text_scale (view), 1.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (tag_double (view, "headline", "scale"), 1.6, 1e-9);
  g_assert_cmpfloat_with_epsilon (tag_double (view, "meta", "scale"), 0.9, 1e-9);
  g_assert_cmpfloat_with_epsilon (tag_double (view, "body", "scale"), 1.0, 1e-9);

  g_assert_true (gtk_widget_activate_action (widget, "reader.zoom-in", NULL));
  g_assert_cmpfloat_with_epsilon (nd_article_view_get_text_scale (view), 1.1, 1e-9);
  g_assert_cmpfloat_with_epsilon (tag_double (view, "headline", "scale"), 1.6 * 1.1, 1e-9);
  g_assert_cmpfloat_with_epsilon (tag_double (view, "meta", "scale"), 0.9 * 1.1, 1e-9);
  g_assert_cmpfloat_with_epsilon (tag_double (view, "body", "scale"), 1.1, 1e-9);
  g_assert_cmpuint (notifies, ==, 1);

  gtk_widget_activate_action (widget, "reader.zoom-out", NULL);
  gtk_widget_activate_action (widget, "reader.zoom-out", NULL);
  g_assert_cmpfloat_with_epsilon (nd_article_view_get_text_scale (view), 0.9, 1e-9);
  g_assert_cmpfloat_with_epsilon (tag_double (view, "body", "scale"), 0.9, 1e-9);

  gtk_widget_activate_action (widget, "reader.zoom-reset", NULL);
  g_assert_cmpfloat_with_epsilon (nd_article_view_get_text_scale (view), 1.0, 1e-9);
  g_assert_cmpuint (notifies, ==, 4);

  /* Steps stay on tenths and stop at the ends of the range. */
  for (guint i = 0; i < 40; i++)
    gtk_widget_activate_action (widget, "reader.zoom-in", NULL);
  g_assert_cmpfloat_with_epsilon (nd_article_view_get_text_scale (view), 3.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (tag_double (view, "headline", "scale"), 1.6 * 3.0, 1e-9);
  for (guint i = 0; i < 40; i++)
    gtk_widget_activate_action (widget, "reader.zoom-out", NULL);
  g_assert_cmpfloat_with_epsilon (nd_article_view_get_text_scale (view), 0.5, 1e-9);

  /* The property clamps, and setting the same value does not notify. */
  notifies = 0;
  nd_article_view_set_text_scale (view, 7.0);
  g_assert_cmpfloat_with_epsilon (nd_article_view_get_text_scale (view), 3.0, 1e-9);
  g_object_set (view, "text-scale", 3.0, NULL);
  g_assert_cmpuint (notifies, ==, 1);
  g_object_set (view, "text-scale", 1.25, NULL);
  g_assert_cmpfloat_with_epsilon (tag_double (view, "body", "scale"), 1.25, 1e-9);

  g_object_unref (view);
}

gboolean
margins_are (gpointer data)
{
  MarginWait *wait = data;
  GtkTextView *text_view = nd_article_view_get_text_view (wait->view);

  return gtk_text_view_get_left_margin (text_view) == wait->margin &&
         gtk_text_view_get_right_margin (text_view) == wait->margin;
}

/* The column the view aims for: 70 average characters at the current text scale. */
int
expected_margin (NdArticleView *view)
{
  PangoContext *context =
    gtk_widget_create_pango_context (GTK_WIDGET (nd_article_view_get_text_view (view)));
  PangoFontMetrics *metrics = pango_context_get_metrics (context, NULL, NULL);
  double char_width = (double)pango_font_metrics_get_approximate_char_width (metrics) / PANGO_SCALE;
  int column = (int)(char_width * 70 * nd_article_view_get_text_scale (view) + 0.5);

  pango_font_metrics_unref (metrics);
  g_object_unref (context);

  return MAX (24, (gtk_widget_get_width (GTK_WIDGET (view)) - column) / 2);
}

static void
test_margins (Fixture       *fixture,
              gconstpointer  data)
{
  NdArticleView *view = ND_ARTICLE_VIEW (nd_article_view_new ());
  NdArticleView *narrow_view = ND_ARTICLE_VIEW (nd_article_view_new ());
  GtkWidget *window;
  GtkWidget *narrow;
  GtkTextView *text_view = nd_article_view_get_text_view (view);
  MarginWait wait = { view, 0 };
  GtkSettings *settings = gtk_settings_get_default ();
  g_autofree char *font_name = NULL;
  int width;
  int margin;
  int column;

  nd_article_view_set_article (view, lookup (fixture, "full"));
  window = show_in_window (view, 1200, 700);
  width = gtk_widget_get_width (GTK_WIDGET (view));
  g_assert_cmpint (width, >=, 1100);

  /* Centred: equal margins around a column of about 70 characters. */
  wait.margin = expected_margin (view);
  g_assert_true (nd_test_wait_until (margins_are, &wait, 5000));
  margin = gtk_text_view_get_left_margin (text_view);
  column = width - 2 * margin;
  g_test_message ("1200 px window: view %d px, margins %d px, column %d px", width, margin, column);
  g_assert_cmpint (margin, >, 24);
  g_assert_cmpint (column, >, 350);
  g_assert_cmpint (column, <, 900);

  /* A larger text widens the column, so the margins shrink. */
  nd_article_view_set_text_scale (view, 1.5);
  wait.margin = expected_margin (view);
  g_assert_cmpint (wait.margin, <, margin);
  g_assert_true (nd_test_wait_until (margins_are, &wait, 5000));

  /* So does a larger font. */
  nd_article_view_set_text_scale (view, 1.0);
  wait.margin = margin;
  g_assert_true (nd_test_wait_until (margins_are, &wait, 5000));
  g_object_get (settings, "gtk-font-name", &font_name, NULL);
  g_object_set (settings, "gtk-font-name", "Sans 16", NULL);
  wait_for_frames (window);
  wait.margin = expected_margin (view);
  g_test_message ("Sans 16: margins %d px", wait.margin);
  g_assert_cmpint (wait.margin, <, margin);
  g_assert_true (nd_test_wait_until (margins_are, &wait, 5000));
  g_object_set (settings, "gtk-font-name", font_name, NULL);
  wait_for_frames (window);
  wait.margin = margin;
  g_assert_true (nd_test_wait_until (margins_are, &wait, 5000));

  /* A narrow window keeps the minimum margins. */
  nd_article_view_set_article (narrow_view, lookup (fixture, "full"));
  narrow = show_in_window (narrow_view, 360, 500);
  wait.view = narrow_view;
  wait.margin = 24;
  g_assert_true (nd_test_wait_until (margins_are, &wait, 5000));

  gtk_window_destroy (GTK_WINDOW (narrow));
  gtk_window_destroy (GTK_WINDOW (window));
}

typedef struct
{
  GtkAdjustment *adjustment;
  double         value;
} ScrollWait;

/* The contract of nd_article_view_scroll_to_offset(): the target ends up on screen. */
gboolean
scroll_target_visible (gpointer data)
{
  GtkTextView *text_view = nd_article_view_get_text_view (data);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (text_view);
  GtkTextIter iter;
  GdkRectangle visible;
  GdkRectangle location;

  gtk_text_buffer_get_iter_at_mark (buffer, &iter,
                                    gtk_text_buffer_get_mark (buffer, "nd-scroll-target"));
  gtk_text_view_get_visible_rect (text_view, &visible);
  gtk_text_view_get_iter_location (text_view, &iter, &location);

  return location.y >= visible.y && location.y + location.height <= visible.y + visible.height;
}

static gboolean
scrolled_to_top (gpointer data)
{
  ScrollWait *wait = data;

  return gtk_adjustment_get_value (wait->adjustment) == gtk_adjustment_get_lower (wait->adjustment);
}

static gunichar
char_at_scroll_mark (NdArticleView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (nd_article_view_get_text_view (view));
  GtkTextMark *mark = gtk_text_buffer_get_mark (buffer, "nd-scroll-target");
  GtkTextIter iter;

  g_assert_nonnull (mark);
  gtk_text_buffer_get_iter_at_mark (buffer, &iter, mark);
  return gtk_text_iter_get_char (&iter);
}

static gunichar
body_char (NdArticle *article,
           guint      offset)
{
  return g_utf8_get_char (g_utf8_offset_to_pointer (nd_article_get_body (article), offset));
}

/* Book-length body: set without freezing the UI, scrolled by body offset, and reset to the
 * top on the next article. */
static void
test_long_body (Fixture       *fixture,
                gconstpointer  data)
{
  NdArticleView *view = ND_ARTICLE_VIEW (nd_article_view_new ());
  NdArticle *article = lookup (fixture, "long");
  GtkWidget *window = show_in_window (view, 1000, 700);
  GtkScrolledWindow *scroller;
  ScrollWait wait;
  guint body_len = (guint)g_utf8_strlen (nd_article_get_body (article), -1);
  guint offset;
  gint64 start;
  gint64 set_us;
  gint64 longest_us = 0;
  gint64 deadline;
  GtkTextView *text_view = nd_article_view_get_text_view (view);

  g_assert_cmpuint (nd_article_get_word_count (article), ==, LONG_WORDS);

  start = g_get_monotonic_time ();
  nd_article_view_set_article (view, article);
  set_us = g_get_monotonic_time () - start;

  /* Keep the loop running for a while and record its longest single iteration: that is
   * how long the UI would be frozen. */
  deadline = g_get_monotonic_time () + 1500 * 1000;
  while (g_get_monotonic_time () < deadline)
    {
      gint64 before = g_get_monotonic_time ();

      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
      longest_us = MAX (longest_us, g_get_monotonic_time () - before);
    }
  /* Only reported: how fast is for tests/bench/, where a busy machine cannot fail it. */
  g_test_message ("200,000 words: set_article %.0f ms, longest main-loop iteration %.0f ms",
                  set_us / 1000.0, longest_us / 1000.0);

  scroller = GTK_SCROLLED_WINDOW (gtk_widget_get_parent (GTK_WIDGET (text_view)));
  g_assert_true (GTK_IS_SCROLLED_WINDOW (scroller));
  wait.adjustment = gtk_scrolled_window_get_vadjustment (scroller);

  /* Body offsets, not buffer offsets: the mark lands on the same character. */
  g_assert_true (nd_article_view_scroll_to_offset (view, 0));
  g_assert_cmpuint (char_at_scroll_mark (view), ==, body_char (article, 0));

  offset = (guint)(strstr (nd_article_get_body (article), "w100050") - nd_article_get_body (article));
  g_assert_true (nd_article_view_scroll_to_offset (view, offset));
  g_assert_cmpuint (char_at_scroll_mark (view), ==, 'w');
  {
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (text_view);
    GtkTextIter iter;
    GtkTextIter end;
    g_autofree char *word = NULL;

    gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_mark (buffer, "nd-scroll-target"));
    end = iter;
    gtk_text_iter_forward_word_end (&end);
    word = gtk_text_iter_get_text (&iter, &end);
    g_assert_cmpstr (word, ==, "w100050");
  }

  /* The start of the next paragraph, and both newlines of the separator before it. */
  offset = (guint)(strstr (nd_article_get_body (article), "w1000 ") - nd_article_get_body (article));
  g_assert_true (nd_article_view_scroll_to_offset (view, offset));
  g_assert_cmpuint (char_at_scroll_mark (view), ==, 'w');
  g_assert_true (nd_article_view_scroll_to_offset (view, offset - 1));
  g_assert_cmpuint (char_at_scroll_mark (view), ==, '\n');
  g_assert_true (nd_article_view_scroll_to_offset (view, offset - 2));
  g_assert_cmpuint (char_at_scroll_mark (view), ==, '\n');

  g_assert_true (nd_article_view_scroll_to_offset (view, body_len / 2));
  g_assert_true (nd_test_wait_until_settled (window, scroll_target_visible, view, 30000));
  g_assert_cmpfloat (gtk_adjustment_get_value (wait.adjustment), >, 0);
  nd_test_save_screenshot (window, "article-view-long.png");

  g_assert_true (nd_article_view_scroll_to_offset (view, body_len));
  g_assert_cmpuint (char_at_scroll_mark (view), ==, 0);  /* the end iter */
  g_assert_false (nd_article_view_scroll_to_offset (view, body_len + 1));
  g_assert_true (nd_test_wait_until_settled (window, scroll_target_visible, view, 30000));

  /* A new article starts at the top. */
  nd_article_view_set_article (view, lookup (fixture, "full"));
  g_assert_true (nd_test_wait_until_settled (window, scrolled_to_top, &wait, 10000));

  gtk_window_destroy (GTK_WINDOW (window));
}

static double
luminance (const GdkRGBA *color)
{
  return 0.2126 * color->red + 0.7152 * color->green + 0.0722 * color->blue;
}

gboolean
meta_is_light (gpointer data)
{
  GdkRGBA *color = NULL;
  gboolean light;

  g_object_get (lookup_tag (data, "meta"), "foreground-rgba", &color, NULL);
  light = color != NULL && luminance (color) > 0.5;
  g_clear_pointer (&color, gdk_rgba_free);

  return light;
}

gboolean
meta_is_dark (gpointer data)
{
  GdkRGBA *color = NULL;
  gboolean dark;

  g_object_get (lookup_tag (data, "meta"), "foreground-rgba", &color, NULL);
  dark = color != NULL && luminance (color) < 0.5;
  g_clear_pointer (&color, gdk_rgba_free);

  return dark;
}

static void
assert_dimmed_tag (NdArticleView *view)
{
  GdkRGBA *color = NULL;

  g_object_get (lookup_tag (view, "meta"), "foreground-rgba", &color, NULL);
  g_assert_nonnull (color);
  g_assert_cmpfloat (color->alpha, >, 0.5);
  g_assert_cmpfloat (color->alpha, <, 0.7);
  gdk_rgba_free (color);

  g_object_get (lookup_tag (view, "link"), "foreground-rgba", &color, NULL);
  g_assert_nonnull (color);
  g_assert_cmpfloat (color->alpha, >, 0.9);
  gdk_rgba_free (color);
}

static void
test_screenshots (Fixture       *fixture,
                  gconstpointer  data)
{
  NdArticleView *view = ND_ARTICLE_VIEW (nd_article_view_new ());
  GtkSettings *settings = gtk_settings_get_default ();
  GtkWidget *window;

  nd_article_view_set_article (view, lookup (fixture, "full"));
  window = show_in_window (view, 1000, 640);
  g_assert_true (nd_test_wait_until (meta_is_dark, view, 5000));
  assert_dimmed_tag (view);
  wait_for_frames (window);
  nd_test_save_screenshot (window, "article-view-light.png");

  nd_article_view_set_text_scale (view, 1.5);
  wait_for_frames (window);
  nd_test_save_screenshot (window, "article-view-zoomed.png");
  nd_article_view_set_text_scale (view, 1.0);

  g_object_set (settings, "gtk-application-prefer-dark-theme", TRUE, NULL);
  g_assert_true (nd_test_wait_until (meta_is_light, view, 5000));
  assert_dimmed_tag (view);
  wait_for_frames (window);
  nd_test_save_screenshot (window, "article-view-dark.png");

  g_object_set (settings, "gtk-application-prefer-dark-theme", FALSE, NULL);
  g_assert_true (nd_test_wait_until (meta_is_dark, view, 5000));

  nd_article_view_set_article (view, NULL);
  wait_for_frames (window);
  nd_test_save_screenshot (window, "article-view-empty.png");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
on_css_parsing_error_cb (GtkCssProvider *provider,
                         GtkCssSection  *section,
                         const GError   *error,
                         gpointer        user_data)
{
  g_autofree char *where = gtk_css_section_to_string (section);

  g_error ("style.css: %s: %s", where, error->message);
}

/* The application's stylesheet, loaded the way NdApplication loads it. */
static void
load_app_css (void)
{
  g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();

  g_signal_connect (provider, "parsing-error", G_CALLBACK (on_css_parsing_error_cb), NULL);
  gtk_css_provider_load_from_resource (provider, "/com/example/NewsDesk/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

int
main (int    argc,
      char **argv)
{
  nd_test_init_gtk (&argc, &argv);

  /* Registers the UI resources before the stylesheet is read from them. */
  g_type_ensure (ND_TYPE_ARTICLE_VIEW);
  load_app_css ();

  g_test_add ("/nd/article-view/content", Fixture, NULL,
              fixture_setup, test_content, fixture_teardown);
  g_test_add ("/nd/article-view/variants", Fixture, NULL,
              fixture_setup, test_variants, fixture_teardown);
  g_test_add ("/nd/article-view/placeholder", Fixture, NULL,
              fixture_setup, test_placeholder, fixture_teardown);
  g_test_add ("/nd/article-view/zoom", Fixture, NULL,
              fixture_setup, test_zoom, fixture_teardown);
  g_test_add ("/nd/article-view/margins", Fixture, NULL,
              fixture_setup, test_margins, fixture_teardown);
  g_test_add ("/nd/article-view/long-body", Fixture, "long",
              fixture_setup, test_long_body, fixture_teardown);
  add_article_view_text_tests ();
  g_test_add ("/nd/article-view/screenshots", Fixture, NULL,
              fixture_setup, test_screenshots, fixture_teardown);

  return g_test_run ();
}

/* test-search-ui.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Searching in the window, as a user does it: the search bar, the list's rows and snippets,
 * what the reader opens, the problems of a query and the suggestion for a query without
 * results. */

#include "config.h"

#include <gtk/gtk.h>
#include <string.h>

#include "nd-article-row.h"
#include "nd-article-row-private.h"
#include "nd-article-view-private.h"
#include "nd-sidebar.h"
#include "nd-sidebar-test-private.h"
#include "nd-test-ui-utils.h"
#include "nd-test-utils.h"
#include "nd-window-private.h"

static NdSidebar *
get_sidebar (NdWindow *window)
{
  return ND_SIDEBAR (nd_window_get_sidebar (window));
}

static NdArticleView *
get_reader (NdWindow *window)
{
  return ND_ARTICLE_VIEW (nd_window_get_article_view (window));
}

static GtkSearchBar *
get_search_bar (NdWindow *window)
{
  return GTK_SEARCH_BAR (gtk_widget_get_ancestor (nd_window_get_search_entry (window),
                                                  GTK_TYPE_SEARCH_BAR));
}

typedef struct
{
  NdWindow *window;
  guint     n_expected;
} VisibleCount;

static gboolean
sidebar_shows (gpointer data)
{
  VisibleCount *count = data;
  NdSidebar *sidebar = get_sidebar (count->window);
  GListModel *visible = nd_sidebar_get_visible_articles (sidebar);

  return g_list_model_get_n_items (visible) == count->n_expected &&
         nd_sidebar_get_n_visible (sidebar) == count->n_expected;
}

static void
search_for (NdWindow   *window,
            const char *text,
            guint       n_expected)
{
  VisibleCount count = { window, n_expected };
  GtkWidget *entry = nd_window_get_search_entry (window);

  /* The entry waits a moment before it says the text changed; the list must not be
   * checked before the search ran, so it is told at once. */
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  g_signal_emit_by_name (entry, "search-changed");
  g_assert_true (nd_test_wait_until_settled (GTK_WIDGET (window), sidebar_shows, &count, 5000));
}

/* Whether @attributes make any of the text bold. */
static gboolean
has_bold (PangoAttrList *attributes)
{
  g_autoptr(GSList) list = NULL;
  gboolean bold = FALSE;

  if (attributes == NULL)
    return FALSE;

  list = pango_attr_list_get_attributes (attributes);
  for (GSList *l = list; l != NULL; l = l->next)
    {
      PangoAttribute *attribute = l->data;

      if (attribute->klass->type == PANGO_ATTR_WEIGHT &&
          ((PangoAttrInt *)attribute)->value >= PANGO_WEIGHT_SEMIBOLD)
        bold = TRUE;
      pango_attribute_destroy (attribute);
    }

  return bold;
}

/* The excerpt, under the title (an inscription too) and the meta line. */
static GtkInscription *
get_excerpt (NdArticleRow *row)
{
  g_autoptr(GPtrArray) inscriptions = nd_test_find_widgets (GTK_WIDGET (row), GTK_TYPE_INSCRIPTION);

  g_assert_cmpuint (inscriptions->len, ==, 2);
  g_assert_true (inscriptions->pdata[1] == (gpointer)gtk_widget_get_last_child (GTK_WIDGET (row)));
  return inscriptions->pdata[1];
}

/* Defect: after a search, rows showed bold fragments of the last snippet ("suppor**t**") in
 * their plain first lines: the inscription kept the snippet's attributes. */
static void
test_no_stale_bold (void)
{
  NdWindow *window = nd_test_window_new_with_sample (1200, 760);
  GtkWidget *entry = nd_window_get_search_entry (window);
  NdSidebar *sidebar = get_sidebar (window);
  GListModel *articles = nd_sidebar_get_model (sidebar);
  guint n_articles = g_list_model_get_n_items (articles);
  g_autoptr(GPtrArray) rows = NULL;
  guint n_bold = 0;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  search_for (window, "wall", 2);
  rows = nd_test_find_widgets (GTK_WIDGET (sidebar), ND_TYPE_ARTICLE_ROW);
  for (guint i = 0; i < rows->len; i++)
    if (nd_article_row_get_article (rows->pdata[i]) != NULL)
      n_bold += has_bold (gtk_inscription_get_attributes (get_excerpt (rows->pdata[i])));
  g_assert_cmpuint (n_bold, >, 0);
  g_clear_pointer (&rows, g_ptr_array_unref);

  for (int i = 0; i < 3; i++)
    g_signal_emit_by_name (entry, "activate");

  gtk_search_bar_set_search_mode (get_search_bar (window), FALSE);
  search_for (window, "", n_articles);

  rows = nd_test_find_widgets (GTK_WIDGET (sidebar), ND_TYPE_ARTICLE_ROW);
  for (guint i = 0; i < rows->len; i++)
    {
      NdArticle *article = nd_article_row_get_article (rows->pdata[i]);
      GtkInscription *excerpt = get_excerpt (rows->pdata[i]);
      g_autofree char *expected = NULL;

      if (article == NULL)
        continue;
      expected = nd_article_row_dup_excerpt (nd_article_get_body (article));
      g_assert_cmpstr (gtk_inscription_get_text (excerpt), ==, expected);
      g_assert_false (has_bold (gtk_inscription_get_attributes (excerpt)));
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

static double
entry_x (NdWindow *window)
{
  graphene_point_t point;

  g_assert_true (gtk_widget_compute_point (nd_window_get_search_entry (window), GTK_WIDGET (window),
                                           &GRAPHENE_POINT_INIT (0, 0), &point));
  return point.x;
}

static GtkLabel *
find_problem_label (NdWindow *window)
{
  g_autoptr(GPtrArray) labels = nd_test_find_widgets (GTK_WIDGET (window), GTK_TYPE_LABEL);
  const char *problem = nd_window_get_search_problem (window);

  for (guint i = 0; i < labels->len; i++)
    if (problem != NULL && g_str_equal (gtk_label_get_text (labels->pdata[i]), problem))
      return labels->pdata[i];

  return NULL;
}

static gboolean
problem_shown (gpointer data)
{
  GtkLabel *label = find_problem_label (data);

  return label != NULL && nd_test_widget_is_shown (label);
}

/* Defect: the problem was cut ("A quotation mark is not closed, so the rest of t…"), only
 * the first of two was told, and the entry jumped left to make room for it. */
static void
test_query_problems (void)
{
  NdWindow *window = nd_test_window_new_with_sample (1200, 760);
  GtkLabel *label;
  const char *problem;
  double x;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  search_for (window, "halloran ", 2);
  g_assert_null (nd_window_get_search_problem (window));
  g_assert_true (nd_test_wait_until_settled (GTK_WIDGET (window), nd_test_widget_is_shown,
                                             nd_window_get_search_entry (window), 5000));
  x = entry_x (window);

  search_for (window, "before:soon \"halloran", 2);
  g_assert_true (nd_test_wait_until_settled (GTK_WIDGET (window), problem_shown, window, 5000));
  problem = nd_window_get_search_problem (window);
  g_assert_nonnull (strstr (problem, "“soon” is not a date"));
  g_assert_nonnull (strstr (problem, "A quotation mark is not closed, so the rest of the search is "
                                     "taken as one phrase."));

  /* Shown whole, inside the window, and the entry stays where it was. */
  label = find_problem_label (window);
  g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (label)));
  g_assert_cmpint (gtk_label_get_ellipsize (label), ==, PANGO_ELLIPSIZE_NONE);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (label)), <=, gtk_widget_get_width (GTK_WIDGET (window)));
  g_assert_cmpfloat (entry_x (window), ==, x);
  nd_test_save_screenshot (GTK_WIDGET (window), "search-problems.png");

  gtk_window_destroy (GTK_WINDOW (window));
}

static char *
dup_visible_ids (NdWindow *window)
{
  GListModel *visible = nd_sidebar_get_visible_articles (get_sidebar (window));
  GString *ids = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (visible); i++)
    {
      g_autoptr(NdArticle) article = g_list_model_get_item (visible, i);

      g_string_append_printf (ids, "%s%s", i > 0 ? " " : "", nd_article_get_id (article));
    }

  return g_string_free (ids, FALSE);
}

static void
write_article (const char *dir,
               const char *name,
               const char *id,
               const char *source,
               const char *body)
{
  g_autofree char *json = g_strdup_printf ("{\"id\": \"%s\", \"title\": \"Article %s\", "
                                           "\"source\": \"%s\", \"body\": \"%s\"}",
                                           id, id, source, body);

  nd_test_write_file (dir, name, json, -1);
}

static NdWindow *
window_new_with_folder (const char *dir)
{
  NdWindow *window = nd_test_window_new (1200, 760);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);

  nd_window_open_files (window, &folder, 1);
  g_assert_true (nd_test_wait_until (nd_test_window_loaded, window, 10000));

  return window;
}

/* Defect: the list showed an article twice when loading had dropped its duplicate. */
static void
test_duplicates_listed_once (void)
{
  g_autofree char *dir = nd_test_make_temp_dir ();
  g_autofree char *ids = NULL;
  NdWindow *window;

  for (guint i = 0; i < 6; i++)
    {
      g_autofree char *name = g_strdup_printf ("copy-%u.json", i);

      write_article (dir, name, i % 2 ? "odd" : "even", "Test", "The harbour wall.");
    }
  window = window_new_with_folder (dir);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (nd_window_get_store (window))), ==, 2);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  search_for (window, "harbour", 2);
  ids = dup_visible_ids (window);
  g_assert_true (g_str_equal (ids, "even odd") || g_str_equal (ids, "odd even"));

  gtk_window_destroy (GTK_WINDOW (window));
  nd_test_remove_tree (dir);
}

static gboolean
word_on_screen (gpointer data)
{
  NdWindow *window = data;
  GtkTextView *view = nd_article_view_get_text_view (get_reader (window));
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GdkRectangle visible, location;
  GtkTextIter start, match;

  gtk_text_buffer_get_start_iter (buffer, &start);
  if (!gtk_text_iter_forward_search (&start, "zeppelin", GTK_TEXT_SEARCH_CASE_INSENSITIVE,
                                     &match, NULL, NULL))
    return FALSE;

  gtk_text_view_get_visible_rect (view, &visible);
  gtk_text_view_get_iter_location (view, &match, &location);
  return visible.height > 0 &&
         location.y >= visible.y && location.y + location.height <= visible.y + visible.height;
}

/* A search result opens at its first match, not at the top; Enter then selects that match. */
static void
test_opens_at_first_match (void)
{
  g_autofree char *dir = nd_test_make_temp_dir ();
  GString *body = g_string_new (NULL);
  NdWindow *window;

  for (guint i = 0; i < 120; i++)
    g_string_append_printf (body, "Paragraph %u says nothing in particular.\\n\\n", i);
  g_string_append (body, "At last the Zeppelin landed.");
  write_article (dir, "long.json", "long", "Test", body->str);
  write_article (dir, "short.json", "short", "Test", "Nothing here.");
  g_string_free (body, TRUE);

  window = window_new_with_folder (dir);
  nd_sidebar_select_article (get_sidebar (window),
                             nd_article_store_lookup (nd_window_get_store (window), "short"));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  search_for (window, "zeppelin", 1);
  g_assert_cmpstr (nd_article_get_id (nd_window_get_selected_article (window)), ==, "long");
  g_assert_true (nd_test_wait_until_settled (GTK_WIDGET (window), word_on_screen, window, 5000));
  g_assert_cmpint (nd_article_view_get_current_match (get_reader (window)), ==, -1);
  g_signal_emit_by_name (nd_window_get_search_entry (window), "activate");
  g_assert_cmpint (nd_article_view_get_current_match (get_reader (window)), ==, 0);

  /* Without a search, an article opens at its top. */
  gtk_search_bar_set_search_mode (get_search_bar (window), FALSE);
  search_for (window, "", 2);
  nd_sidebar_select_article (get_sidebar (window),
                             nd_article_store_lookup (nd_window_get_store (window), "short"));
  nd_sidebar_select_article (get_sidebar (window),
                             nd_article_store_lookup (nd_window_get_store (window), "long"));
  g_assert_true (nd_test_wait_until_settled (GTK_WIDGET (window), nd_test_reader_at_top, window, 5000));

  gtk_window_destroy (GTK_WINDOW (window));
  nd_test_remove_tree (dir);
}

static char *
dup_snippet (const char *text,
             const char *body)
{
  g_autoptr(NdSearchQuery) query = nd_search_query_parse (text, FALSE);

  return nd_article_row_dup_snippet_markup (query, body);
}

/* The snippet starts a few whole words before the match. */
static void
test_snippet_text (void)
{
  const char *body = "An engineer who helped design flood defences for three estuary towns has "
                     "been appointed to lead the second independent review of the barrier.";
  g_autofree char *late = dup_snippet ("appointed", body);
  g_autofree char *early = dup_snippet ("engineer", body);
  g_autofree char *none = dup_snippet ("zeppelin", body);
  g_autofree char *paragraphs = dup_snippet ("halloran", "The proposed tidal barrier.\n\n"
                                                         "Professor Halloran said.");
  g_autofree char *accented = dup_snippet ("cafe", "Le café, déjà vu: “Café Mirador” ferme.");

  g_assert_cmpstr (late, ==, "…estuary towns has been <b>appointed</b> to lead the second independent "
                             "review of the barrier.");
  g_assert_cmpstr (early, ==, "An <b>engineer</b> who helped design flood defences for three "
                              "estuary towns has been appointed to lead the second independent "
                              "review of the barrier.");
  g_assert_null (none);
  g_assert_cmpstr (accented, ==, "Le <b>café</b>, déjà vu: “Café Mirador” ferme.");
  g_assert_cmpstr (paragraphs, ==, "…barrier. Professor <b>Halloran</b> said.");
}

/* Whether the bold part of @inscription's text ends on its first two lines, as laid out at
 * its width. */
static gboolean
bold_within_two_lines (GtkInscription *inscription)
{
  PangoAttrList *attributes = gtk_inscription_get_attributes (inscription);
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (inscription),
                                                                  gtk_inscription_get_text (inscription));
  g_autoptr(GSList) list = NULL;
  guint bold_end = 0;
  int line, x;

  g_assert_nonnull (attributes);
  list = pango_attr_list_get_attributes (attributes);
  for (GSList *l = list; l != NULL; l = l->next)
    {
      PangoAttribute *attribute = l->data;

      if (attribute->klass->type == PANGO_ATTR_WEIGHT)
        bold_end = attribute->end_index;
      pango_attribute_destroy (attribute);
    }
  g_assert_cmpuint (bold_end, >, 0);

  pango_layout_set_width (layout, gtk_widget_get_width (GTK_WIDGET (inscription)) * PANGO_SCALE);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_index_to_line_x (layout, (int)bold_end - 1, FALSE, &line, &x);

  return line < 2 && gtk_widget_get_height (GTK_WIDGET (inscription)) >=
                     2 * pango_layout_get_baseline (layout) / PANGO_SCALE;
}

/* In the narrowest sidebar, every result's snippet shows its match whole. */
static void
test_snippet_shows_match (void)
{
  NdWindow *window = nd_test_window_new_with_sample (1200, 760);
  NdSidebar *sidebar = get_sidebar (window);
  g_autoptr(GPtrArray) rows = NULL;
  GtkPaned *paned = GTK_PANED (gtk_widget_get_ancestor (GTK_WIDGET (sidebar), GTK_TYPE_PANED));
  guint n_checked = 0;

  gtk_paned_set_position (paned, 0);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  search_for (window, "halloran", 2);
  g_assert_true (nd_test_wait_until_settled (GTK_WIDGET (window), nd_test_widget_is_shown, sidebar, 5000));

  rows = nd_test_find_widgets (GTK_WIDGET (sidebar), ND_TYPE_ARTICLE_ROW);
  for (guint i = 0; i < rows->len; i++)
    if (nd_article_row_get_article (rows->pdata[i]) != NULL)
      {
        g_assert_true (bold_within_two_lines (get_excerpt (rows->pdata[i])));
        n_checked++;
      }
  g_assert_cmpuint (n_checked, ==, 2);

  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkButton *
find_suggestion_button (NdWindow *window)
{
  g_autoptr(GPtrArray) buttons = nd_test_find_widgets (GTK_WIDGET (get_sidebar (window)), GTK_TYPE_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *child = gtk_button_get_child (buttons->pdata[i]);

      if (GTK_IS_LABEL (child) && g_str_has_prefix (gtk_label_get_text (GTK_LABEL (child)), "Search for"))
        return buttons->pdata[i];
    }

  return NULL;
}

static gboolean
suggestion_shown (gpointer data)
{
  GtkButton *button = find_suggestion_button (data);

  return button != NULL && nd_test_widget_is_shown (button);
}

/* A search that finds nothing offers the nearest one; choosing it searches that. */
static void
test_suggestion (void)
{
  NdWindow *window = nd_test_window_new_with_sample (1200, 760);
  GtkWidget *entry = nd_window_get_search_entry (window);
  GtkButton *button;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  search_for (window, "kestlehavn barier", 0);
  g_assert_true (nd_test_wait_until_settled (GTK_WIDGET (window), suggestion_shown, window, 5000));
  button = find_suggestion_button (window);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (gtk_button_get_child (button))), ==,
                   "Search for “kestlehaven barrier”");

  g_signal_emit_by_name (button, "clicked");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "kestlehaven barrier");
  search_for (window, "kestlehaven barrier", 11);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (button)));

  /* A search with results, or none, offers nothing. */
  search_for (window, "zzzqqq", 0);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (button)));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The list and the filter use the outlet's one name; the reader shows the file's own too. */
static void
test_outlet_names (void)
{
  g_autofree char *dir = nd_test_make_temp_dir ();
  g_autofree char *text = NULL;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  NdWindow *window;
  NdArticle *article;

  write_article (dir, "a.json", "a", "foxnews.com", "Text.");
  write_article (dir, "b.json", "b", "The Harbour Gazette", "Text.");
  window = window_new_with_folder (dir);

  article = nd_article_store_lookup (nd_window_get_store (window), "a");
  g_assert_cmpstr (nd_article_get_source (article), ==, "Fox News");
  nd_sidebar_select_article (get_sidebar (window), article);
  buffer = gtk_text_view_get_buffer (nd_article_view_get_text_view (get_reader (window)));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_nonnull (strstr (text, "Fox News (foxnews.com)"));
  g_clear_pointer (&text, g_free);

  nd_sidebar_select_article (get_sidebar (window),
                             nd_article_store_lookup (nd_window_get_store (window), "b"));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_nonnull (strstr (text, "The Harbour Gazette"));
  g_assert_null (strstr (text, "The Harbour Gazette ("));

  gtk_window_destroy (GTK_WINDOW (window));
  nd_test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  nd_test_init_gtk (&argc, &argv);

  g_test_add_func ("/nd/search-ui/no-stale-bold", test_no_stale_bold);
  g_test_add_func ("/nd/search-ui/duplicates-listed-once", test_duplicates_listed_once);
  g_test_add_func ("/nd/search-ui/query-problems", test_query_problems);
  g_test_add_func ("/nd/search-ui/opens-at-first-match", test_opens_at_first_match);
  g_test_add_func ("/nd/search-ui/snippet-text", test_snippet_text);
  g_test_add_func ("/nd/search-ui/snippet-shows-match", test_snippet_shows_match);
  g_test_add_func ("/nd/search-ui/suggestion", test_suggestion);
  g_test_add_func ("/nd/search-ui/outlet-names", test_outlet_names);

  return g_test_run ();
}

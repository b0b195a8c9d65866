/* test-compare-ui.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The Compare view on the sample story, driven through the window's actions: the statement
 * that one outlet gives to another person is at the top, marked; the filters show what
 * they say; a click on one outlet's version opens its article at the quotation. */

#include "config.h"

#include <string.h>

#include "compare/nd-statement.h"
#include "nd-article-view-private.h"
#include "nd-compare-view.h"
#include "nd-quotes-panel.h"
#include "nd-quotes-panel-private.h"
#include "nd-sidebar.h"
#include "quotes/nd-quote.h"
#include "nd-test-ui-utils.h"
#include "nd-window-private.h"

static gboolean
has_compared (gpointer data)
{
  NdCompareView *view = data;

  return !nd_compare_view_is_busy (view) && nd_compare_view_get_statements (view) != NULL;
}

/* The widgets of @type under @root that pass @keep. */
static GPtrArray *
find_widgets_where (GtkWidget *root,
                    GType      type,
                    gboolean (*keep) (GtkWidget *widget, gconstpointer data),
                    gconstpointer data)
{
  GPtrArray *found = nd_test_find_widgets (root, type);

  for (guint i = found->len; i > 0; i--)
    if (!keep (g_ptr_array_index (found, i - 1), data))
      g_ptr_array_remove_index (found, i - 1);

  return found;
}

static gboolean
has_text (GtkWidget     *widget,
          gconstpointer  text)
{
  return g_str_equal (gtk_label_get_text (GTK_LABEL (widget)), text);
}

static gboolean
is_version (GtkWidget     *widget,
            gconstpointer  data)
{
  return gtk_widget_has_css_class (widget, "nd-compare-version");
}

static GPtrArray *
find_rows (NdCompareView *view)
{
  return nd_test_find_widgets (GTK_WIDGET (view), GTK_TYPE_LIST_BOX_ROW);
}

static GPtrArray *
find_versions (GtkWidget *row)
{
  return find_widgets_where (row, GTK_TYPE_BUTTON, is_version, NULL);
}

static NdCompareView *
open_compare_view (NdWindow *window)
{
  NdCompareView *view;

  /* The action builds the view: the window is made without it. */
  g_assert_false (nd_window_has_compare_view (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.compare", NULL);
  g_assert_true (nd_window_has_compare_view (window));
  view = ND_COMPARE_VIEW (nd_window_get_compare_view (window));
  g_assert_true (nd_test_wait_until (nd_test_widget_is_shown, view, 10000));
  g_assert_true (nd_test_wait_until_settled (GTK_WIDGET (window), has_compared, view, 10000));

  return view;
}

static void
test_disagreement_first (void)
{
  NdWindow *window = nd_test_window_new_with_sample (1200, 800);
  NdCompareView *view = open_compare_view (window);
  g_autoptr(GPtrArray) rows = find_rows (view);
  g_autoptr(GPtrArray) badges = NULL;
  g_autoptr(GPtrArray) versions = NULL;
  NdStatement *first = g_ptr_array_index (nd_compare_view_get_statements (view), 0);

  g_assert_false (nd_test_widget_is_shown (nd_window_get_article_view (window)));
  g_assert_cmpuint (rows->len, >=, 3);
  g_assert_cmpint (nd_statement_get_verdict (first), ==, ND_STATEMENT_VERDICT_DIFFER);

  /* The top row is the statement the Ledger gives to Zoë Brennan and the others to José
   * Álvarez, with its badge. */
  badges = find_widgets_where (g_ptr_array_index (rows, 0), GTK_TYPE_LABEL, has_text, "Speakers differ");
  g_assert_cmpuint (badges->len, ==, 1);
  versions = find_versions (g_ptr_array_index (rows, 0));
  g_assert_cmpuint (versions->len, ==, nd_statement_get_n_versions (first));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_filters (void)
{
  NdWindow *window = nd_test_window_new_with_sample (1200, 800);
  NdCompareView *view = open_compare_view (window);
  GPtrArray *statements = nd_compare_view_get_statements (view);
  guint n_shared = 0, n_differ = 0, n_single = 0;

  for (guint i = 0; i < statements->len; i++)
    {
      NdStatement *statement = g_ptr_array_index (statements, i);

      n_shared += nd_statement_get_n_outlets (statement) > 1;
      n_differ += nd_statement_get_verdict (statement) == ND_STATEMENT_VERDICT_DIFFER;
      n_single += nd_statement_get_n_outlets (statement) == 1;
    }
  g_assert_cmpuint (n_differ, >=, 1);
  g_assert_cmpuint (n_single, >, n_shared);

  {
    g_autoptr(GPtrArray) rows = find_rows (view);

    g_assert_cmpuint (rows->len, ==, n_shared);
  }
  nd_compare_view_set_filter (view, ND_COMPARE_FILTER_SPEAKERS_DIFFER);
  {
    g_autoptr(GPtrArray) rows = find_rows (view);

    g_assert_cmpuint (rows->len, ==, n_differ);
  }
  nd_compare_view_set_filter (view, ND_COMPARE_FILTER_ONE_OUTLET);
  {
    g_autoptr(GPtrArray) rows = find_rows (view);

    g_assert_cmpuint (rows->len, ==, n_single);
  }
  nd_compare_view_set_filter (view, ND_COMPARE_FILTER_ALL);
  {
    g_autoptr(GPtrArray) rows = find_rows (view);

    g_assert_cmpuint (rows->len, ==, statements->len);
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Clicking the Ledger's version goes back to the reader, in the Ledger's article, with the
 * quotation selected. */
static void
test_open_version (void)
{
  NdWindow *window = nd_test_window_new_with_sample (1200, 800);
  NdCompareView *view = open_compare_view (window);
  g_autoptr(GPtrArray) rows = find_rows (view);
  g_autoptr(GPtrArray) versions = find_versions (g_ptr_array_index (rows, 0));
  NdStatement *first = g_ptr_array_index (nd_compare_view_get_statements (view), 0);
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  g_autofree char *selected = NULL;
  guint ledger = G_MAXUINT;

  for (guint i = 0; i < nd_statement_get_n_versions (first); i++)
    if (g_strcmp0 (nd_statement_get_version (first, i)->speaker, "Zoë Brennan") == 0)
      ledger = i;
  g_assert_cmpuint (ledger, <, versions->len);

  g_signal_emit_by_name (g_ptr_array_index (versions, ledger), "clicked");

  g_assert_true (nd_test_wait_until (nd_test_widget_is_shown, nd_window_get_article_view (window), 10000));
  g_assert_false (nd_test_widget_is_shown (view));
  g_assert_true (nd_window_get_selected_article (window) == nd_statement_get_version (first, ledger)->article);

  buffer = gtk_text_view_get_buffer (nd_article_view_get_text_view (ND_ARTICLE_VIEW (nd_window_get_article_view (window))));
  g_assert_true (gtk_text_buffer_get_selection_bounds (buffer, &start, &end));
  selected = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_cmpstr (selected, ==, nd_statement_get_version (first, ledger)->text);

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
has_statements (gpointer data)
{
  NdStatementList *statements = nd_window_get_statement_list (data);

  return !nd_statement_list_get_busy (statements) && nd_statement_list_get_statements (statements) != NULL;
}

/* Without opening the Compare view, which is not even built, the reader tints the
 * Ledger's quotation that the other outlets give to José Álvarez, and its tooltip says
 * so. */
static void
test_reader_marks (void)
{
  NdWindow *window = nd_test_window_new_with_sample (1200, 800);
  NdArticleView *reader = ND_ARTICLE_VIEW (nd_window_get_article_view (window));
  NdStatement *first;
  const NdStatementVersion *ledger = NULL;
  g_autofree char *tooltip = NULL;
  GtkTextTag *shared;
  GtkTextIter iter;

  g_assert_true (nd_test_wait_until (has_statements, window, 10000));
  g_assert_false (nd_window_has_compare_view (window));
  first = g_ptr_array_index (nd_statement_list_get_statements (nd_window_get_statement_list (window)), 0);
  for (guint i = 0; i < nd_statement_get_n_versions (first); i++)
    if (nd_statement_get_version (first, i)->speaker_differs)
      ledger = nd_statement_get_version (first, i);
  g_assert_nonnull (ledger);

  nd_sidebar_select_article (ND_SIDEBAR (nd_window_get_sidebar (window)), ledger->article);
  g_assert_true (nd_article_view_get_article (reader) == ledger->article);

  tooltip = nd_article_view_dup_quotation_tooltip (reader, ledger->start + 1);
  g_assert_nonnull (tooltip);
  g_assert_true (g_str_has_prefix (tooltip, "Said by Zoë Brennan\nAlso in 2 other outlets: "));
  g_assert_nonnull (strstr (tooltip, "Coastline Radio News gives it to José Álvarez"));
  g_assert_nonnull (strstr (tooltip, "Northfield Post gives it to Jose Alvarez"));

  /* The words are tinted as shared; the article's first word is not. */
  shared = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (gtk_text_view_get_buffer (nd_article_view_get_text_view (reader))), "shared");
  g_assert_nonnull (shared);
  gtk_text_buffer_get_start_iter (gtk_text_view_get_buffer (nd_article_view_get_text_view (reader)), &iter);
  g_assert_false (gtk_text_iter_has_tag (&iter, shared));
  g_assert_true (gtk_text_iter_forward_to_tag_toggle (&iter, shared));
  g_assert_true (gtk_text_iter_has_tag (&iter, shared));

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
has_tooltip_text (GtkWidget     *widget,
                  gconstpointer  text)
{
  return g_strcmp0 (gtk_widget_get_tooltip_text (widget), text) == 0;
}

/* "Add Every Version to Quotes" on the top statement collects each outlet's version with
 * its own article, source and speaker. */
static void
test_add_to_quotes (void)
{
  NdWindow *window = nd_test_window_new_with_sample (1200, 800);
  NdCompareView *view = open_compare_view (window);
  g_autoptr(GPtrArray) rows = find_rows (view);
  g_autoptr(GPtrArray) buttons = find_widgets_where (g_ptr_array_index (rows, 0), GTK_TYPE_BUTTON,
                                                     has_tooltip_text, "Add Every Version to Quotes");
  NdStatement *first = g_ptr_array_index (nd_compare_view_get_statements (view), 0);
  GListModel *quotes;
  guint before;

  g_assert_cmpuint (buttons->len, ==, 1);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.add-to-quotes", NULL);
  quotes = G_LIST_MODEL (nd_quotes_panel_get_collection (_nd_window_get_quotes_panel (window)));
  before = g_list_model_get_n_items (quotes);

  g_signal_emit_by_name (g_ptr_array_index (buttons, 0), "clicked");

  g_assert_cmpuint (g_list_model_get_n_items (quotes), ==, before + nd_statement_get_n_versions (first));
  for (guint v = 0; v < nd_statement_get_n_versions (first); v++)
    {
      const NdStatementVersion *version = nd_statement_get_version (first, v);
      gboolean found = FALSE;

      for (guint i = before; i < g_list_model_get_n_items (quotes); i++)
        {
          g_autoptr(NdQuote) quote = g_list_model_get_item (quotes, i);

          found |= g_str_equal (nd_quote_get_article_id (quote), nd_article_get_id (version->article)) &&
                   g_str_equal (nd_quote_get_source (quote), nd_article_get_source (version->article)) &&
                   g_strcmp0 (nd_quote_get_speaker (quote), version->speaker) == 0 &&
                   nd_quote_get_start (quote) == version->start;
        }
      g_assert_true (found);
    }
  g_assert_true (nd_test_wait_until (nd_test_widget_is_shown, _nd_window_get_quotes_panel (window), 10000));

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data_home = NULL;
  int status;

  /* The Quotes collection lives there: a fresh folder, before GLib is asked for it. */
  data_home = g_dir_make_tmp ("nd-test-compare-ui-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  nd_test_init_gtk (&argc, &argv);

  g_test_add_func ("/compare-ui/disagreement-first", test_disagreement_first);
  g_test_add_func ("/compare-ui/filters", test_filters);
  g_test_add_func ("/compare-ui/open-version", test_open_version);
  g_test_add_func ("/compare-ui/reader-marks", test_reader_marks);
  g_test_add_func ("/compare-ui/add-to-quotes", test_add_to_quotes);

  status = g_test_run ();
  nd_test_remove_tree (data_home);

  return status;
}

/* test-side-by-side-ui.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Two articles side by side on the sample story, driven through the window's actions:
 * "Compare With…" lists other outlets first and opens the chosen article beside the one
 * read; the statements both carry are tinted alike in both readers; Next and Previous mark
 * the same statement in both and scroll both to it; a statement of the Compare view opens
 * its articles at it; Back returns where side by side was opened from. */

#include "config.h"

#include <string.h>

#include "compare/nd-statement.h"
#include "nd-article-view-private.h"
#include "nd-compare-view.h"
#include "nd-compare-with-popover.h"
#include "nd-side-by-side-view.h"
#include "nd-sidebar.h"
#include "nd-test-ui-utils.h"
#include "nd-window-private.h"

static gboolean
has_statements (gpointer data)
{
  NdCompareView *view = ND_COMPARE_VIEW (nd_window_get_compare_view (data));

  return !nd_compare_view_is_busy (view) && nd_compare_view_get_statements (view) != NULL;
}

static gboolean
has_compared_pair (gpointer data)
{
  NdSideBySideView *view = data;

  return nd_test_widget_is_shown (view) && !nd_side_by_side_view_is_busy (view) &&
         nd_side_by_side_view_get_shared (view) != NULL;
}

/* The first statement of the sample that outlets give to different people: the Ledger's
 * version and another outlet's. */
static NdStatement *
find_disputed (NdWindow *window)
{
  NdCompareView *view = ND_COMPARE_VIEW (nd_window_get_compare_view (window));
  NdStatement *first;

  g_assert_true (nd_test_wait_until (has_statements, window, 10000));
  first = g_ptr_array_index (nd_compare_view_get_statements (view), 0);
  g_assert_cmpint (nd_statement_get_verdict (first), ==, ND_STATEMENT_VERDICT_DIFFER);

  return first;
}

static const NdStatementVersion *
find_version_by (NdStatement *statement,
                 gboolean     speaker_differs)
{
  for (guint v = 0; v < nd_statement_get_n_versions (statement); v++)
    if (nd_statement_get_version (statement, v)->speaker_differs == speaker_differs)
      return nd_statement_get_version (statement, v);

  g_assert_not_reached ();
}

static const NdStatementVersion *
find_first_version_in (NdStatement *statement,
                       NdArticle   *article)
{
  const NdStatementVersion *first = NULL;

  for (guint v = 0; v < nd_statement_get_n_versions (statement); v++)
    {
      const NdStatementVersion *version = nd_statement_get_version (statement, v);

      if (version->article == article && (first == NULL || version->start < first->start))
        first = version;
    }
  g_assert_nonnull (first);

  return first;
}

/* Opens "Compare With…" on @left and chooses @right in it, as a click would. */
static NdSideBySideView *
compare_with (NdWindow  *window,
              NdArticle *left,
              NdArticle *right)
{
  NdCompareWithPopover *popover;
  NdSideBySideView *view;
  GListModel *choices;
  guint position = G_MAXUINT;

  /* The popover is made as it first opens, the view as it is first needed: both are
   * looked up after that. */
  nd_sidebar_select_article (ND_SIDEBAR (nd_window_get_sidebar (window)), left);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.compare-with", NULL);
  popover = ND_COMPARE_WITH_POPOVER (nd_window_get_compare_with_popover (window));
  g_assert_true (nd_test_wait_until (nd_test_widget_is_shown, popover, 10000));
  g_assert_true (nd_compare_with_popover_get_article (popover) == left);

  choices = nd_compare_with_popover_get_choices (popover);
  for (guint i = 0; i < g_list_model_get_n_items (choices); i++)
    {
      g_autoptr(NdArticle) choice = g_list_model_get_item (choices, i);

      if (choice == right)
        position = i;
    }
  g_assert_cmpuint (position, <, g_list_model_get_n_items (choices));
  nd_compare_with_popover_choose (popover, position);

  view = ND_SIDE_BY_SIDE_VIEW (nd_window_get_side_by_side_view (window));
  g_assert_true (nd_test_wait_until (has_compared_pair, view, 10000));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (popover)));

  return view;
}

/* Whether the character at @body_offset of @reader's article is inside what its text view
 * shows. */
static gboolean
is_on_screen (NdArticleView *reader,
              guint          body_offset)
{
  GtkTextView *text_view = nd_article_view_get_text_view (reader);
  GtkTextIter iter;
  GdkRectangle location, visible;

  gtk_text_buffer_get_iter_at_offset (gtk_text_view_get_buffer (text_view), &iter,
                                      (int)_nd_article_view_body_to_buffer_offset (reader, body_offset));
  gtk_text_view_get_iter_location (text_view, &iter, &location);
  gtk_text_view_get_visible_rect (text_view, &visible);

  return location.y >= visible.y && location.y + location.height <= visible.y + visible.height;
}

typedef struct
{
  NdSideBySideView *view;
  int               index;
} GoneTo;

/* Both readers mark statement @index as gone to, at its first version in their article,
 * and show it. */
static gboolean
both_show (gpointer data)
{
  GoneTo *gone = data;
  NdStatement *statement = g_ptr_array_index (nd_side_by_side_view_get_shared (gone->view), gone->index);

  for (guint side = 0; side < 2; side++)
    {
      NdArticleView *reader = nd_side_by_side_view_get_reader (gone->view, side);
      const NdStatementVersion *version =
        find_first_version_in (statement, nd_side_by_side_view_get_article (gone->view, side));
      guint start, end;

      if (!nd_article_view_get_current_pair_range (reader, &start, &end) ||
          start != version->start || end != version->end || !is_on_screen (reader, version->start))
        return FALSE;
    }

  return TRUE;
}

static void
assert_gone_to (NdWindow         *window,
                NdSideBySideView *view,
                int               index)
{
  GoneTo gone = { view, index };

  g_assert_cmpint (nd_side_by_side_view_get_current (view), ==, index);
  g_assert_true (nd_test_wait_until_settled (GTK_WIDGET (window), both_show, &gone, 10000));
}

static double
get_scroll (NdArticleView *reader)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (GTK_WIDGET (nd_article_view_get_text_view (reader)),
                                                 GTK_TYPE_SCROLLED_WINDOW);

  return gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller)));
}

/* The choices list the article's own outlet last and leave the article out; within each
 * group, those sharing more statements with it come first. */
static void
test_choices (void)
{
  NdWindow *window = nd_test_window_new_with_sample (1200, 800);
  NdStatement *disputed = find_disputed (window);
  NdArticle *ledger = find_version_by (disputed, TRUE)->article;
  NdCompareWithPopover *popover;
  GListModel *choices;
  gboolean seen_own_outlet = FALSE;
  guint n_own = 0;
  guint last_shared = G_MAXUINT;

  nd_sidebar_select_article (ND_SIDEBAR (nd_window_get_sidebar (window)), ledger);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.compare-with", NULL);
  popover = ND_COMPARE_WITH_POPOVER (nd_window_get_compare_with_popover (window));
  g_assert_true (nd_test_wait_until (nd_test_widget_is_shown, popover, 10000));

  choices = nd_compare_with_popover_get_choices (popover);
  g_assert_cmpuint (g_list_model_get_n_items (choices), ==,
                    g_list_model_get_n_items (G_LIST_MODEL (nd_window_get_store (window))) - 1);
  for (guint i = 0; i < g_list_model_get_n_items (choices); i++)
    {
      g_autoptr(NdArticle) choice = g_list_model_get_item (choices, i);
      gboolean own = g_strcmp0 (nd_article_get_source (choice), nd_article_get_source (ledger)) == 0;

      guint shared = nd_compare_with_popover_count_shared (popover, choice);

      g_assert_true (choice != ledger);
      g_assert_true (own || !seen_own_outlet);
      if (own && !seen_own_outlet)
        last_shared = G_MAXUINT;
      g_assert_cmpuint (shared, <=, last_shared);
      last_shared = shared;
      seen_own_outlet |= own;
      n_own += own;
    }
  g_assert_cmpuint (n_own, >=, 1);
  /* The Ledger's version of the disputed statement is also in the first article listed. */
  {
    g_autoptr(NdArticle) first = g_list_model_get_item (choices, 0);
    gboolean carries = FALSE;

    g_assert_cmpuint (nd_compare_with_popover_count_shared (popover, first), >=, 1);
    for (guint v = 0; v < nd_statement_get_n_versions (disputed); v++)
      carries |= nd_statement_get_version (disputed, v)->article == first;
    g_assert_true (carries);
  }

  /* Escape in the search field, which has the focus, closes the popover. */
  {
    GtkWidget *entry = nd_test_find_widget (GTK_WIDGET (popover), GTK_TYPE_SEARCH_ENTRY);
    GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

    g_assert_nonnull (focus);
    g_assert_true (gtk_widget_is_ancestor (focus, entry));
    g_signal_emit_by_name (entry, "stop-search");
    g_assert_false (gtk_widget_get_visible (GTK_WIDGET (popover)));
    focus = gtk_root_get_focus (GTK_ROOT (window));
    g_assert_true (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (popover)));
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The Ledger's article beside another outlet's: the statements both carry have one tint
 * each, the same in both readers; Next, Next, Previous and Previous (wrapping to the last)
 * mark the same statement in both and bring it on screen in both. */
static void
test_next_previous (void)
{
  NdWindow *window = nd_test_window_new_with_sample (1200, 700);
  NdStatement *disputed = find_disputed (window);
  NdArticle *left = find_version_by (disputed, TRUE)->article;
  NdArticle *right = find_version_by (disputed, FALSE)->article;
  NdSideBySideView *view = compare_with (window, left, right);
  GPtrArray *shared = nd_side_by_side_view_get_shared (view);
  int last;

  g_assert_true (nd_side_by_side_view_get_article (view, 0) == left);
  g_assert_true (nd_side_by_side_view_get_article (view, 1) == right);
  g_assert_true (nd_article_view_get_article (nd_side_by_side_view_get_reader (view, 0)) == left);
  g_assert_true (nd_article_view_get_article (nd_side_by_side_view_get_reader (view, 1)) == right);
  g_assert_cmpstr (nd_window_get_visible_page (window), ==, "articles");
  g_assert_false (nd_test_widget_is_shown (nd_window_get_article_view (window)));
  g_assert_cmpuint (shared->len, >=, 2);
  g_assert_cmpint (nd_side_by_side_view_get_current (view), ==, -1);

  /* The keyboard lands in the left reader, and F6 comes back to it. */
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) ==
                 GTK_WIDGET (nd_article_view_get_text_view (nd_side_by_side_view_get_reader (view, 0))));
  _nd_window_focus_next_pane (window, FALSE);
  g_assert_false (gtk_root_get_focus (GTK_ROOT (window)) ==
                  GTK_WIDGET (nd_article_view_get_text_view (nd_side_by_side_view_get_reader (view, 0))));
  _nd_window_focus_next_pane (window, TRUE);
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) ==
                 GTK_WIDGET (nd_article_view_get_text_view (nd_side_by_side_view_get_reader (view, 0))));

  for (guint i = 0; i < shared->len; i++)
    {
      NdStatement *statement = g_ptr_array_index (shared, i);

      for (guint side = 0; side < 2; side++)
        {
          const NdStatementVersion *version = find_first_version_in (statement, side == 0 ? left : right);
          NdArticleView *reader = nd_side_by_side_view_get_reader (view, side);

          g_assert_cmpint (nd_article_view_get_pair_colour_at (reader, version->start), ==,
                           (int)(i % ND_ARTICLE_VIEW_N_PAIR_COLOURS));
          g_assert_cmpint (nd_article_view_get_pair_colour_at (reader, version->end - 1), ==,
                           (int)(i % ND_ARTICLE_VIEW_N_PAIR_COLOURS));
        }
    }
  /* The start of an article is no statement. */
  g_assert_cmpint (nd_article_view_get_pair_colour_at (nd_side_by_side_view_get_reader (view, 0), 0), ==, -1);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.next-shared-statement", NULL);
  assert_gone_to (window, view, 0);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.next-shared-statement", NULL);
  assert_gone_to (window, view, 1);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.previous-shared-statement", NULL);
  assert_gone_to (window, view, 0);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.previous-shared-statement", NULL);
  last = (int)shared->len - 1;
  assert_gone_to (window, view, last);

  /* The last statement is far enough down the Ledger's article that getting there
   * scrolled it. */
  g_assert_cmpfloat (get_scroll (nd_side_by_side_view_get_reader (view, 0)), >, 0);

  /* A click on the second statement in the right reader goes there in both. */
  {
    const NdStatementVersion *version = find_first_version_in (g_ptr_array_index (shared, 1), right);

    g_assert_true (nd_article_view_activate_paired_at (nd_side_by_side_view_get_reader (view, 1), version->start + 1));
    assert_gone_to (window, view, 1);
    g_assert_false (nd_article_view_activate_paired_at (nd_side_by_side_view_get_reader (view, 1), 0));
    g_assert_cmpint (nd_side_by_side_view_get_current (view), ==, 1);
  }

  gtk_widget_activate_action (GTK_WIDGET (window), "win.close-side-by-side", NULL);
  g_assert_true (nd_test_wait_until (nd_test_widget_is_shown, nd_window_get_article_view (window), 10000));
  g_assert_false (nd_test_widget_is_shown (view));
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (view)));

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
has_tooltip_text (GtkWidget     *widget,
                  gconstpointer  text)
{
  return g_strcmp0 (gtk_widget_get_tooltip_text (widget), text) == 0;
}

static gboolean
has_gone_to_some (gpointer data)
{
  return has_compared_pair (data) && nd_side_by_side_view_get_current (data) >= 0;
}

/* "Compare Side by Side" on the Compare view's top statement opens its first two articles
 * at it; Back returns to the Compare view. */
static void
test_from_statement (void)
{
  NdWindow *window = nd_test_window_new_with_sample (1200, 800);
  NdCompareView *compare = ND_COMPARE_VIEW (nd_window_get_compare_view (window));
  NdSideBySideView *view;
  NdStatement *first;
  const NdStatementVersion *left;
  GtkWidget *row;
  GtkWidget *button;
  GoneTo gone = { NULL, -1 };
  guint start, end;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.compare", NULL);
  g_assert_true (nd_test_wait_until (nd_test_widget_is_shown, compare, 10000));
  g_assert_true (nd_test_wait_until_settled (GTK_WIDGET (window), has_statements, window, 10000));
  first = g_ptr_array_index (nd_compare_view_get_statements (compare), 0);
  left = nd_statement_get_version (first, 0);

  row = nd_test_find_widget (GTK_WIDGET (compare), GTK_TYPE_LIST_BOX_ROW);
  button = nd_test_find_widget_where (row, has_tooltip_text, "Compare Side by Side");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");

  view = ND_SIDE_BY_SIDE_VIEW (nd_window_get_side_by_side_view (window));
  gone.view = view;
  g_assert_true (nd_test_wait_until (has_gone_to_some, view, 10000));
  g_assert_false (nd_test_widget_is_shown (compare));
  g_assert_true (nd_side_by_side_view_get_article (view, 0) == left->article);
  g_assert_true (nd_side_by_side_view_get_article (view, 1) == nd_statement_get_version (first, 1)->article);
  gone.index = nd_side_by_side_view_get_current (view);
  g_assert_true (nd_test_wait_until_settled (GTK_WIDGET (window), both_show, &gone, 10000));
  g_assert_true (nd_article_view_get_current_pair_range (nd_side_by_side_view_get_reader (view, 0), &start, &end));
  g_assert_cmpuint (start, <=, left->start);
  g_assert_cmpuint (left->start, <, end);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.close-side-by-side", NULL);
  g_assert_true (nd_test_wait_until (nd_test_widget_is_shown, compare, 10000));
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (view)));

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
is_unmapped (gpointer widget)
{
  return !gtk_widget_get_mapped (widget);
}

/* Closing what is open leaves side by side for the reader's page. */
static void
test_close_articles (void)
{
  NdWindow *window = nd_test_window_new_with_sample (1200, 800);
  NdStatement *disputed = find_disputed (window);
  NdSideBySideView *view = compare_with (window, find_version_by (disputed, TRUE)->article,
                                         find_version_by (disputed, FALSE)->article);
  GtkWidget *reader = nd_window_get_article_view (window);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.close", NULL);
  g_assert_true (nd_test_wait_until (is_unmapped, view, 10000));
  g_assert_cmpstr (nd_window_get_visible_page (window), ==, "empty");
  g_assert_true (gtk_stack_get_visible_child (GTK_STACK (gtk_widget_get_parent (reader))) == reader);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* While two articles are side by side, the one chosen in the sidebar takes the left and
 * the right stays; choosing the right one swaps them. */
static void
test_follows_sidebar (void)
{
  NdWindow *window = nd_test_window_new_with_sample (1200, 800);
  NdSidebar *sidebar = ND_SIDEBAR (nd_window_get_sidebar (window));
  NdStatement *disputed = find_disputed (window);
  NdArticle *left = find_version_by (disputed, TRUE)->article;
  NdArticle *right = find_version_by (disputed, FALSE)->article;
  NdSideBySideView *view = compare_with (window, left, right);
  GListModel *articles = G_LIST_MODEL (nd_window_get_store (window));
  g_autoptr(NdArticle) other = NULL;

  for (guint i = 0; other == NULL; i++)
    {
      g_autoptr(NdArticle) article = g_list_model_get_item (articles, i);

      if (article != left && article != right)
        other = g_steal_pointer (&article);
    }

  nd_sidebar_select_article (sidebar, other);
  g_assert_true (nd_side_by_side_view_get_article (view, 0) == other);
  g_assert_true (nd_side_by_side_view_get_article (view, 1) == right);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (view)));
  g_assert_true (nd_test_wait_until (has_compared_pair, view, 10000));

  nd_sidebar_select_article (sidebar, right);
  g_assert_true (nd_side_by_side_view_get_article (view, 0) == right);
  g_assert_true (nd_side_by_side_view_get_article (view, 1) == other);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The tooltip of a paired statement says which it is, and who the other article gives it
 * to when that is someone else. */
static void
test_tooltip (void)
{
  NdWindow *window = nd_test_window_new_with_sample (1200, 800);
  NdStatement *disputed = find_disputed (window);
  const NdStatementVersion *ledger = find_version_by (disputed, TRUE);
  const NdStatementVersion *other = find_version_by (disputed, FALSE);
  NdSideBySideView *view = compare_with (window, ledger->article, other->article);
  g_autofree char *tooltip = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *gives = NULL;
  guint index = G_MAXUINT;
  GPtrArray *shared = nd_side_by_side_view_get_shared (view);

  for (guint i = 0; i < shared->len; i++)
    if (nd_statement_get_version (g_ptr_array_index (shared, i), 0) != NULL &&
        find_first_version_in (g_ptr_array_index (shared, i), ledger->article)->start <= ledger->start &&
        ledger->start < find_first_version_in (g_ptr_array_index (shared, i), ledger->article)->end)
      index = i;
  g_assert_cmpuint (index, <, shared->len);

  tooltip = nd_article_view_dup_quotation_tooltip (nd_side_by_side_view_get_reader (view, 0), ledger->start + 1);
  expected = g_strdup_printf ("In both articles: statement %u of %u", index + 1, shared->len);
  gives = g_strdup_printf ("%s gives it to %s", nd_article_get_source (other->article), other->speaker);
  g_assert_nonnull (tooltip);
  g_assert_nonnull (strstr (tooltip, expected));
  g_assert_nonnull (strstr (tooltip, gives));

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
  data_home = g_dir_make_tmp ("nd-test-side-by-side-ui-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  nd_test_init_gtk (&argc, &argv);

  g_test_add_func ("/side-by-side-ui/choices", test_choices);
  g_test_add_func ("/side-by-side-ui/next-previous", test_next_previous);
  g_test_add_func ("/side-by-side-ui/from-statement", test_from_statement);
  g_test_add_func ("/side-by-side-ui/tooltip", test_tooltip);
  g_test_add_func ("/side-by-side-ui/close-articles", test_close_articles);
  g_test_add_func ("/side-by-side-ui/follows-sidebar", test_follows_sidebar);

  status = g_test_run ();
  nd_test_remove_tree (data_home);

  return status;
}

/* test-statement-list.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* NdStatementList: the statements of a list of articles, compared in a worker thread once
 * the list has settled, and again as it changes; what it holds is what NdStatementGrouper
 * gives for the same articles. */

#include "config.h"

#include "compare/nd-statement-grouper.h"
#include "compare/nd-statement-list.h"
#include "load/nd-article-store.h"
#include "nd-test-utils.h"

static gboolean
is_idle (gpointer data)
{
  return !nd_statement_list_get_busy (ND_STATEMENT_LIST (data));
}

/* "6b037f589231:differ:3|…": id, verdict and number of versions of each statement. */
static char *
describe (GPtrArray *statements)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; statements != NULL && i < statements->len; i++)
    {
      NdStatement *statement = g_ptr_array_index (statements, i);

      g_string_append_printf (text, "%s:%s:%u|", nd_statement_get_id (statement),
                              nd_statement_verdict_to_string (nd_statement_get_verdict (statement)),
                              nd_statement_get_n_versions (statement));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
describe_grouped (GListModel *articles)
{
  g_autoptr(NdStatementGrouper) grouper = nd_statement_grouper_new ();
  g_autoptr(GPtrArray) statements = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (articles); i++)
    {
      g_autoptr(NdArticle) article = g_list_model_get_item (articles, i);

      nd_statement_grouper_add_article (grouper, article, NULL);
    }
  statements = nd_statement_grouper_dup_statements (grouper);

  return describe (statements);
}

static void
count_cb (guint *count)
{
  (*count)++;
}

static void
test_compares_in_background (void)
{
  g_autoptr(NdArticleStore) store = nd_article_store_new ();
  g_autoptr(NdStatementList) list = nd_statement_list_new ();
  g_autofree char *listed = NULL;
  g_autofree char *expected = NULL;
  guint n_changed = 0;

  g_signal_connect_swapped (list, "changed", G_CALLBACK (count_cb), &n_changed);
  g_assert_null (nd_statement_list_get_statements (list));
  nd_test_load_sample (store);
  nd_statement_list_set_articles (list, G_LIST_MODEL (store));
  g_assert_true (nd_statement_list_get_busy (list));
  g_assert_true (nd_test_wait_until (is_idle, list, 10000));

  g_assert_cmpuint (n_changed, ==, 1);
  g_assert_cmpuint (nd_statement_list_get_n_articles (list), ==, 11);
  g_assert_cmpuint (nd_statement_list_get_n_compared (list), ==, 11);
  listed = describe (nd_statement_list_get_statements (list));
  expected = describe_grouped (G_LIST_MODEL (store));
  g_assert_cmpstr (listed, ==, expected);
  /* The sample's disagreement about who said it comes first. */
  g_assert_cmpint (nd_statement_get_verdict (g_ptr_array_index (nd_statement_list_get_statements (list), 0)),
                   ==, ND_STATEMENT_VERDICT_DIFFER);
}

/* A burst of changes, as a load's batches or a search being typed make, is compared once,
 * when it is over; clearing the list leaves no statement. */
static void
test_follows_changes (void)
{
  g_autoptr(NdArticleStore) store = nd_article_store_new ();
  g_autoptr(NdStatementList) list = nd_statement_list_new ();
  g_autoptr(GPtrArray) kept = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *listed = NULL;
  g_autofree char *expected = NULL;
  guint n_changed = 0;

  nd_test_load_sample (store);
  nd_statement_list_set_articles (list, G_LIST_MODEL (store));
  g_assert_true (nd_test_wait_until (is_idle, list, 10000));
  g_signal_connect_swapped (list, "changed", G_CALLBACK (count_cb), &n_changed);

  for (guint i = 0; i < 6; i++)
    g_ptr_array_add (kept, g_list_model_get_item (G_LIST_MODEL (store), i));
  for (guint n = kept->len; n > 3; n--)
    {
      g_ptr_array_set_size (kept, n);
      nd_article_store_keep_only (store, kept);
    }
  g_assert_true (nd_statement_list_get_busy (list));
  g_assert_true (nd_test_wait_until (is_idle, list, 10000));
  g_assert_cmpuint (n_changed, ==, 1);
  g_assert_cmpuint (nd_statement_list_get_n_articles (list), ==, 4);
  listed = describe (nd_statement_list_get_statements (list));
  expected = describe_grouped (G_LIST_MODEL (store));
  g_assert_cmpstr (listed, ==, expected);

  nd_article_store_clear (store);
  g_assert_true (nd_test_wait_until (is_idle, list, 10000));
  g_assert_cmpuint (n_changed, ==, 2);
  g_assert_cmpuint (nd_statement_list_get_statements (list)->len, ==, 0);

  /* Let go of the articles while a comparison waits: it never runs. */
  nd_test_load_sample (store);
  g_assert_true (nd_statement_list_get_busy (list));
  nd_statement_list_set_articles (list, NULL);
  g_assert_false (nd_statement_list_get_busy (list));
  g_assert_cmpuint (n_changed, ==, 2);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/nd/statement-list/compares-in-background", test_compares_in_background);
  g_test_add_func ("/nd/statement-list/follows-changes", test_follows_changes);

  return g_test_run ();
}

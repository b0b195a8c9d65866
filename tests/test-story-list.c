/* test-story-list.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* NdStoryList: the stories of a store, grouped in a worker thread and kept up to date as
 * articles come and go; what it lists is what NdStoryGrouper gives for the same articles. */

#include "config.h"

#include "compare/nd-story-grouper.h"
#include "compare/nd-story-list.h"
#include "compare/nd-story-list-private.h"
#include "load/nd-article-store.h"
#include "nd-test-utils.h"

static gboolean
is_idle (gpointer data)
{
  return !nd_story_list_get_busy (ND_STORY_LIST (data));
}

/* "story-1:5:label|story-2:1:label|…" */
static char *
describe (GListModel *stories)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint s = 0; s < g_list_model_get_n_items (stories); s++)
    {
      g_autoptr(NdStory) story = g_list_model_get_item (stories, s);

      g_string_append_printf (text, "%s:%u:%s|", nd_story_get_id (story),
                              nd_story_get_n_articles (story), nd_story_get_label (story));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
describe_grouped (GListModel *articles)
{
  g_autoptr(NdStoryGrouper) grouper = nd_story_grouper_new ();
  g_autoptr(GPtrArray) stories = NULL;
  g_autoptr(GListStore) list = g_list_store_new (ND_TYPE_STORY);

  for (guint i = 0; i < g_list_model_get_n_items (articles); i++)
    {
      g_autoptr(NdArticle) article = g_list_model_get_item (articles, i);

      nd_story_grouper_add_article (grouper, article);
    }
  stories = nd_story_grouper_dup_stories (grouper);
  g_list_store_splice (list, 0, 0, stories->pdata, stories->len);

  return describe (G_LIST_MODEL (list));
}

static void
test_groups_in_background (void)
{
  g_autoptr(NdArticleStore) store = nd_article_store_new ();
  g_autoptr(NdStoryList) list = nd_story_list_new ();
  g_autofree char *listed = NULL;
  g_autofree char *expected = NULL;
  NdStory *first;

  nd_test_load_sample (store);
  nd_story_list_set_articles (list, G_LIST_MODEL (store));
  g_assert_true (nd_story_list_get_busy (list));
  g_assert_true (nd_test_wait_until (is_idle, list, 10000));

  listed = describe (G_LIST_MODEL (list));
  expected = describe_grouped (G_LIST_MODEL (store));
  g_assert_cmpstr (listed, ==, expected);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 2);

  first = nd_story_list_lookup (list, "story-1");
  g_assert_nonnull (first);
  g_assert_cmpuint (nd_story_get_n_articles (first), ==, 6);
  for (guint i = 0; i < nd_story_get_n_articles (first); i++)
    g_assert_true (nd_story_list_find_story (list, nd_story_get_article (first, i)) == first);
  g_assert_null (nd_story_list_lookup (list, "story-99"));
}

/* Articles arriving after the list follows the store are added to the grouper it keeps,
 * and give what grouping them all at once gives. */
static void
test_incremental (void)
{
  g_autoptr(NdArticleStore) store = nd_article_store_new ();
  g_autoptr(NdStoryList) list = nd_story_list_new ();
  g_autofree char *listed = NULL;
  g_autofree char *expected = NULL;

  nd_story_list_set_articles (list, G_LIST_MODEL (store));
  g_assert_true (nd_test_wait_until (is_idle, list, 10000));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);

  nd_test_load_sample (store);
  g_assert_true (nd_story_list_get_busy (list));
  g_assert_true (nd_test_wait_until (is_idle, list, 10000));
  listed = describe (G_LIST_MODEL (list));
  expected = describe_grouped (G_LIST_MODEL (store));
  g_assert_cmpstr (listed, ==, expected);
}

/* Removing articles starts again from what is left; clearing empties the list. */
static void
test_removals (void)
{
  g_autoptr(NdArticleStore) store = nd_article_store_new ();
  g_autoptr(NdStoryList) list = nd_story_list_new ();
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();
  g_autofree char *listed = NULL;
  g_autofree char *expected = NULL;
  NdStory *first;

  nd_test_load_sample (store);
  nd_story_list_set_articles (list, G_LIST_MODEL (store));
  g_assert_true (nd_test_wait_until (is_idle, list, 10000));

  first = nd_story_list_lookup (list, "story-1");
  for (guint i = 0; i < nd_story_get_n_articles (first); i++)
    g_ptr_array_add (kept, nd_story_get_article (first, i));
  g_assert_cmpuint (nd_article_store_keep_only (store, kept), ==, 11 - kept->len);
  g_assert_true (nd_test_wait_until (is_idle, list, 10000));
  listed = describe (G_LIST_MODEL (list));
  expected = describe_grouped (G_LIST_MODEL (store));
  g_assert_cmpstr (listed, ==, expected);

  nd_article_store_clear (store);
  g_assert_true (nd_test_wait_until (is_idle, list, 10000));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);

  nd_story_list_set_articles (list, NULL);
  g_assert_false (nd_story_list_get_busy (list));
}

static gboolean
is_gathering (gpointer data)
{
  return _nd_story_list_get_n_gathered (ND_STORY_LIST (data)) > 0;
}

static void
assert_lists_grouped (NdStoryList *list,
                      GListModel  *articles)
{
  g_autofree char *listed = NULL;
  g_autofree char *expected = NULL;

  g_assert_true (nd_test_wait_until (is_idle, list, 10000));
  listed = describe (G_LIST_MODEL (list));
  expected = describe_grouped (articles);
  g_assert_cmpstr (listed, ==, expected);
}

/* A run from scratch gathers the articles a few at a time: articles added among those
 * already gathered, or after them, and removed meanwhile, are all accounted for. */
static void
test_changes_while_gathering (void)
{
  g_autoptr(NdArticleStore) store = nd_article_store_new ();
  g_autoptr(GListStore) articles = g_list_store_new (ND_TYPE_ARTICLE);
  g_autoptr(NdStoryList) list = nd_story_list_new ();
  g_autoptr(NdArticle) first = NULL;
  gpointer held[11];

  nd_test_load_sample (store);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, G_N_ELEMENTS (held));
  for (guint i = 0; i < G_N_ELEMENTS (held); i++)
    held[i] = g_list_model_get_item (G_LIST_MODEL (store), i);
  g_list_store_splice (articles, 0, 0, held, 6);

  _nd_story_list_set_gather_step (list, 2);
  nd_story_list_set_articles (list, G_LIST_MODEL (articles));
  g_assert_true (nd_test_wait_until (is_gathering, list, 10000));
  g_assert_cmpuint (_nd_story_list_get_n_gathered (list), ==, 2);
  g_list_store_splice (articles, 0, 0, held + 6, 2);
  g_list_store_append (articles, held[8]);
  assert_lists_grouped (list, G_LIST_MODEL (articles));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (articles)), ==, 9);

  /* A removal starts from scratch; one while gathering starts the gathering again. */
  first = g_list_model_get_item (G_LIST_MODEL (articles), 0);
  g_list_store_remove (articles, 0);
  g_assert_true (nd_test_wait_until (is_gathering, list, 10000));
  g_list_store_remove (articles, 0);
  g_list_store_splice (articles, 1, 0, held + 9, 2);
  g_list_store_insert (articles, 0, first);
  assert_lists_grouped (list, G_LIST_MODEL (articles));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (articles)), ==, 10);

  for (guint i = 0; i < G_N_ELEMENTS (held); i++)
    g_object_unref (held[i]);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/nd/story-list/groups-in-background", test_groups_in_background);
  g_test_add_func ("/nd/story-list/incremental", test_incremental);
  g_test_add_func ("/nd/story-list/removals", test_removals);
  g_test_add_func ("/nd/story-list/changes-while-gathering", test_changes_while_gathering);

  return g_test_run ();
}

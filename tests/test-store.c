/* test-store.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "load/nd-article-store.h"
#include "search/nd-search-index-private.h"
#include "nd-test-utils.h"

typedef struct
{
  char *dir;
} TempDir;

static void
temp_dir_setup (TempDir       *fixture,
                gconstpointer  data)
{
  fixture->dir = nd_test_make_temp_dir ();
}

static void
temp_dir_teardown (TempDir       *fixture,
                   gconstpointer  data)
{
  nd_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static void
write_article (const char *dir,
               const char *name,
               const char *id,
               const char *published)
{
  g_autofree char *json = NULL;

  json = g_strdup_printf ("{\"id\": \"%s\", \"title\": \"Article %s\", \"source\": \"Test\","
                          " %s%s%s \"body\": \"Words of %s.\"}",
                          id, id,
                          published ? "\"published\": \"" : "",
                          published ? published : "",
                          published ? "\"," : "", id);
  nd_test_write_file (dir, name, json, -1);
}

/* A mirror of the model that is only ever changed through items-changed, with the items
 * fetched during the emission: it catches any emission that does not match the model. */
typedef struct
{
  GPtrArray *rows;
  guint      n_emissions;
} Mirror;

static void
on_items_changed_cb (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     Mirror     *mirror)
{
  g_assert_cmpuint (position + removed, <=, mirror->rows->len);
  g_ptr_array_remove_range (mirror->rows, position, removed);
  for (guint i = 0; i < added; i++)
    g_ptr_array_insert (mirror->rows, (int)(position + i),
                        g_list_model_get_item (model, position + i));
  g_assert_cmpuint (mirror->rows->len, ==, g_list_model_get_n_items (model));
  mirror->n_emissions++;
}

static void
assert_mirror_matches (Mirror     *mirror,
                       GListModel *model)
{
  g_assert_cmpuint (mirror->rows->len, ==, g_list_model_get_n_items (model));
  for (guint i = 0; i < mirror->rows->len; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      g_assert_true (item == g_ptr_array_index (mirror->rows, i));
    }
}

static void
assert_newest_first (GListModel *model)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 1; i < n; i++)
    {
      g_autoptr(NdArticle) a = g_list_model_get_item (model, i - 1);
      g_autoptr(NdArticle) b = g_list_model_get_item (model, i);

      g_assert_cmpint (nd_article_compare_newest_first (a, b), <, 0);
    }
}

static void
test_sample (void)
{
  g_autoptr(NdArticleStore) store = nd_article_store_new ();
  g_autoptr(GFile) sample = nd_article_store_sample_file ();
  g_autoptr(GError) error = NULL;

  nd_article_store_load_sync (store, &sample, 1, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (nd_article_store_get_errors (store)->len, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), >=, 9);
  assert_newest_first (G_LIST_MODEL (store));
}

static void
test_order_and_mirror (TempDir       *fixture,
                       gconstpointer  data)
{
  g_autoptr(NdArticleStore) store = nd_article_store_new ();
  Mirror mirror = { g_ptr_array_new_with_free_func (g_object_unref), 0 };
  g_autoptr(NdArticle) first = NULL;
  g_autoptr(NdArticle) last = NULL;

  /* Shuffled dates, some undated, so insertions land all over the model. */
  for (guint i = 0; i < 300; i++)
    {
      g_autofree char *name = g_strdup_printf ("a%03u.json", i);
      g_autofree char *id = g_strdup_printf ("id-%03u", i);
      g_autofree char *date = g_strdup_printf ("20%02u-%02u-%02uT10:00:00Z",
                                               10 + (i * 7) % 15, 1 + (i * 5) % 12,
                                               1 + (i * 11) % 28);

      write_article (fixture->dir, name, id, i % 10 == 3 ? NULL : date);
    }

  g_signal_connect (store, "items-changed", G_CALLBACK (on_items_changed_cb), &mirror);
  nd_test_load_path (store, fixture->dir);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 300);
  assert_mirror_matches (&mirror, G_LIST_MODEL (store));
  assert_newest_first (G_LIST_MODEL (store));

  first = g_list_model_get_item (G_LIST_MODEL (store), 0);
  last = g_list_model_get_item (G_LIST_MODEL (store), 299);
  g_assert_nonnull (nd_article_get_published (first));
  g_assert_null (nd_article_get_published (last));

  g_assert_cmpuint (nd_article_store_get_files_done (store), ==, 300);
  g_assert_cmpuint (nd_article_store_get_files_total (store), ==, 300);
  g_assert_cmpuint (nd_article_store_get_bytes_done (store), ==,
                    nd_article_store_get_bytes_total (store));
  g_assert_cmpuint (nd_article_store_get_bytes_total (store), >, 300 * 60);
  g_assert_false (nd_article_store_get_loading (store));

  g_ptr_array_unref (mirror.rows);
}

static void
test_duplicates (TempDir       *fixture,
                 gconstpointer  data)
{
  g_autoptr(NdArticleStore) store = nd_article_store_new ();
  const NdLoadError *error;
  g_autofree char *second = g_build_filename (fixture->dir, "b.json", NULL);
  NdArticle *kept;

  write_article (fixture->dir, "a.json", "same", "2020-01-01");
  write_article (fixture->dir, "b.json", "same", "2021-01-01");
  write_article (fixture->dir, "c.json", "other", "2019-01-01");

  nd_test_load_path (store, fixture->dir);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 2);

  /* Files are read in name order, so a.json's copy is the first and is kept. */
  kept = nd_article_store_lookup (store, "same");
  g_assert_nonnull (kept);
  g_assert_true (g_str_has_suffix (nd_article_get_file (kept), "a.json"));

  g_assert_cmpuint (nd_article_store_get_errors (store)->len, ==, 1);
  error = g_ptr_array_index (nd_article_store_get_errors (store), 0);
  g_assert_cmpint (error->severity, ==, ND_LOAD_SEVERITY_WARNING);
  g_assert_cmpstr (error->file, ==, second);
  g_assert_nonnull (strstr (error->message, "duplicate article id \"same\""));
  g_assert_cmpuint (nd_article_store_count_failures (store), ==, 0);
}

/* Defect: search listed an article twice when loading had dropped its duplicate, because
 * the loader had indexed the dropped copy too. */
static void
test_duplicates_searched_once (TempDir       *fixture,
                               gconstpointer  data)
{
  g_autoptr(NdArticleStore) store = nd_article_store_new ();
  g_autoptr(NdSearchQuery) query = nd_search_query_parse ("words", FALSE);
  g_autoptr(NdSearchResults) results = NULL;
  NdSearchIndex *index;

  /* Several copies in several files, so that copies are indexed before and after the
   * store drops them. */
  for (guint i = 0; i < 12; i++)
    {
      g_autofree char *name = g_strdup_printf ("copy-%02u.json", i);

      write_article (fixture->dir, name, i % 3 == 0 ? "other" : "same", "2020-01-01");
    }

  nd_article_store_set_sink_type (store, ND_TYPE_SEARCH_INDEX);
  nd_test_load_path (store, fixture->dir);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 2);

  index = ND_SEARCH_INDEX (nd_article_store_get_sink (store));
  g_assert_cmpuint (nd_search_index_get_n_documents (index), ==, 2);
  results = nd_search_index_search (index, query, ND_SEARCH_ORDER_RELEVANCE);
  g_assert_cmpuint (nd_search_results_get_n_items (results), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      NdArticle *found = nd_search_results_get_article (results, i);

      g_assert_true (found == nd_article_store_lookup (store, nd_article_get_id (found)));
    }
}

typedef struct
{
  NdArticleStore *store;
  GCancellable   *cancellable;
  gboolean        done;
  GError         *error;
} CancelData;

static void
on_items_changed_cancel_cb (GListModel *model,
                            guint       position,
                            guint       removed,
                            guint       added,
                            CancelData *data)
{
  g_cancellable_cancel (data->cancellable);
}

static void
on_load_done_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  CancelData *data = user_data;

  nd_article_store_load_finish (ND_ARTICLE_STORE (object), result, &data->error);
  data->done = TRUE;
}

static void
test_cancel_midway (TempDir       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GFile) dir = g_file_new_for_path (fixture->dir);
  CancelData cancel = { 0 };
  guint n_loaded;

  for (guint i = 0; i < 2000; i++)
    {
      g_autofree char *name = g_strdup_printf ("a%04u.json", i);
      g_autofree char *id = g_strdup_printf ("id-%04u", i);

      write_article (fixture->dir, name, id, "2022-02-02");
    }

  cancel.store = nd_article_store_new ();
  cancel.cancellable = g_cancellable_new ();
  g_signal_connect (cancel.store, "items-changed", G_CALLBACK (on_items_changed_cancel_cb),
                    &cancel);

  nd_article_store_load_async (cancel.store, &dir, 1, cancel.cancellable,
                               on_load_done_cb, &cancel);
  while (!cancel.done)
    g_main_context_iteration (NULL, TRUE);

  g_assert_error (cancel.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  n_loaded = g_list_model_get_n_items (G_LIST_MODEL (cancel.store));
  g_assert_cmpuint (n_loaded, >, 0);
  g_assert_cmpuint (n_loaded, <, 2000);
  g_assert_false (nd_article_store_get_loading (cancel.store));

  /* The store stays usable: a new load after the cancelled one works. */
  g_signal_handlers_disconnect_by_func (cancel.store, on_items_changed_cancel_cb, &cancel);
  nd_article_store_clear (cancel.store);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (cancel.store)), ==, 0);
  g_assert_true (nd_article_store_load_sync (cancel.store, &dir, 1, NULL, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (cancel.store)), ==, 2000);

  g_clear_error (&cancel.error);
  g_object_unref (cancel.cancellable);
  g_object_unref (cancel.store);
}

/* Dropping the store while its worker still runs must neither crash nor leak. */
static void
test_clear_while_loading (TempDir       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GFile) dir = g_file_new_for_path (fixture->dir);
  CancelData load = { 0 };

  for (guint i = 0; i < 500; i++)
    {
      g_autofree char *name = g_strdup_printf ("a%04u.json", i);
      g_autofree char *id = g_strdup_printf ("id-%04u", i);

      write_article (fixture->dir, name, id, NULL);
    }

  load.store = nd_article_store_new ();
  nd_article_store_load_async (load.store, &dir, 1, NULL, on_load_done_cb, &load);
  g_assert_true (nd_article_store_get_loading (load.store));
  nd_article_store_clear (load.store);
  while (!load.done)
    g_main_context_iteration (NULL, TRUE);

  g_assert_error (load.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (load.store)), ==, 0);

  g_clear_error (&load.error);
  g_object_unref (load.store);
}

static void
test_two_loads_at_once (TempDir       *fixture,
                        gconstpointer  data)
{
  g_autofree char *one = g_build_filename (fixture->dir, "one", NULL);
  g_autofree char *two = g_build_filename (fixture->dir, "two", NULL);
  g_autoptr(GFile) file_one = g_file_new_for_path (one);
  g_autoptr(GFile) file_two = g_file_new_for_path (two);
  CancelData first = { 0 }, second = { 0 };
  NdArticleStore *store = nd_article_store_new ();

  g_mkdir (one, 0700);
  g_mkdir (two, 0700);
  for (guint i = 0; i < 50; i++)
    {
      g_autofree char *name = g_strdup_printf ("a%02u.json", i);
      g_autofree char *id_one = g_strdup_printf ("one-%02u", i);
      g_autofree char *id_two = g_strdup_printf ("two-%02u", i);

      write_article (one, name, id_one, "2001-01-01");
      write_article (two, name, id_two, "2002-02-02");
    }

  nd_article_store_load_async (store, &file_one, 1, NULL, on_load_done_cb, &first);
  nd_article_store_load_async (store, &file_two, 1, NULL, on_load_done_cb, &second);
  while (!first.done || !second.done)
    g_main_context_iteration (NULL, TRUE);

  g_assert_no_error (first.error);
  g_assert_no_error (second.error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 100);
  assert_newest_first (G_LIST_MODEL (store));
  g_assert_nonnull (nd_article_store_lookup (store, "one-49"));
  g_assert_nonnull (nd_article_store_lookup (store, "two-00"));
  g_assert_null (nd_article_store_lookup (store, "three"));
  g_object_unref (store);
}

/* JSON Lines are read in 4 MB pieces; lines, positions and problems must come out as if the
 * file had been read whole. */
static void
test_large_json_lines (TempDir       *fixture,
                       gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "big.jsonl", NULL);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GString) body = g_string_new (NULL);
  g_autoptr(NdArticleStore) store = nd_article_store_new ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GPtrArray *errors;
  const NdLoadError *error;
  NdArticle *article;

  for (guint i = 0; i < 100; i++)
    g_string_append (body, "lorem ipsum ");

  for (guint line = 1; line <= 12000; line++)
    {
      if (line == 9001)
        g_string_append (text, "{\"title\": \"broken\"\n");
      else if (line == 11000)
        g_string_append_printf (text, "{\"title\": \"Caf\xe9 %u\", \"body\": \"x\"}\n", line);
      else
        g_string_append_printf (text, "{\"title\": \"Line %u\", \"body\": \"%s\"}\n",
                                line, body->str);
    }
  g_assert_cmpuint (text->len, >, 12 * 1024 * 1024);
  g_assert_true (g_file_set_contents (path, text->str, text->len, NULL));

  nd_article_store_load_sync (store, &file, 1, NULL, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 11999);

  errors = nd_article_store_get_errors (store);
  g_assert_cmpuint (errors->len, ==, 2);
  error = g_ptr_array_index (errors, 0);
  g_assert_cmpuint (error->line, ==, 9001);
  g_assert_cmpint (error->severity, ==, ND_LOAD_SEVERITY_ERROR);
  error = g_ptr_array_index (errors, 1);
  g_assert_cmpuint (error->line, ==, 11000);
  g_assert_cmpint (error->severity, ==, ND_LOAD_SEVERITY_WARNING);

  /* Derived ids count articles through the whole file, across pieces. */
  article = nd_article_store_lookup (store, "big.jsonl#12000");
  g_assert_nonnull (article);
  g_assert_cmpstr (nd_article_get_title (article), ==, "Line 12000");
  article = nd_article_store_lookup (store, "big.jsonl#11000");
  g_assert_nonnull (article);
  g_assert_cmpstr (nd_article_get_title (article), ==, "Caf\xef\xbf\xbd 11000");
}

/* A file that changed and a folder that went: their articles and problems leave the
 * model in consistent items-changed, and nothing else goes with them. */
static void
test_forget (TempDir       *fixture,
             gconstpointer  data)
{
  g_autoptr(NdArticleStore) store = nd_article_store_new ();
  Mirror mirror = { g_ptr_array_new_with_free_func (g_object_unref), 0 };
  g_autofree char *news = g_build_filename (fixture->dir, "news", NULL);
  g_autofree char *news_old = g_build_filename (fixture->dir, "news-old", NULL);
  g_autofree char *deep = g_build_filename (news, "deep", NULL);
  g_autofree char *top = g_build_filename (fixture->dir, "top.json", NULL);

  g_assert_no_errno (g_mkdir_with_parents (deep, 0700));
  g_assert_no_errno (g_mkdir_with_parents (news_old, 0700));
  write_article (fixture->dir, "top.json", "top", "2024-01-05");
  write_article (news, "n1.json", "n1", "2024-01-04");
  write_article (deep, "n2.json", "n2", "2024-01-02");
  nd_test_write_file (deep, "broken.json", "{", -1);
  write_article (news_old, "o1.json", "o1", "2024-01-03");

  nd_test_load_path (store, fixture->dir);
  g_signal_connect (store, "items-changed", G_CALLBACK (on_items_changed_cb), &mirror);
  on_items_changed_cb (G_LIST_MODEL (store), 0, 0,
                       g_list_model_get_n_items (G_LIST_MODEL (store)), &mirror);
  g_assert_cmpuint (mirror.rows->len, ==, 4);
  g_assert_cmpuint (nd_article_store_get_errors (store)->len, ==, 1);

  /* "news" takes in what is below it, not its neighbour "news-old". */
  g_assert_cmpuint (nd_article_store_forget_folder (store, news), ==, 2);
  assert_mirror_matches (&mirror, G_LIST_MODEL (store));
  g_assert_null (nd_article_store_lookup (store, "n1"));
  g_assert_null (nd_article_store_lookup (store, "n2"));
  g_assert_nonnull (nd_article_store_lookup (store, "o1"));
  g_assert_cmpuint (nd_article_store_get_errors (store)->len, ==, 0);

  g_assert_cmpuint (nd_article_store_forget_file (store, top), ==, 1);
  assert_mirror_matches (&mirror, G_LIST_MODEL (store));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 1);
  g_assert_cmpuint (nd_article_store_forget_file (store, top), ==, 0);

  g_ptr_array_unref (mirror.rows);
}

int
main (int    argc,
      char **argv)
{
  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/nd/store/sample", test_sample);
  g_test_add ("/nd/store/order-and-items-changed", TempDir, NULL,
              temp_dir_setup, test_order_and_mirror, temp_dir_teardown);
  g_test_add ("/nd/store/forget", TempDir, NULL,
              temp_dir_setup, test_forget, temp_dir_teardown);
  g_test_add ("/nd/store/duplicates", TempDir, NULL,
              temp_dir_setup, test_duplicates, temp_dir_teardown);
  g_test_add ("/nd/store/duplicates-searched-once", TempDir, NULL,
              temp_dir_setup, test_duplicates_searched_once, temp_dir_teardown);
  g_test_add ("/nd/store/cancel-midway", TempDir, NULL,
              temp_dir_setup, test_cancel_midway, temp_dir_teardown);
  g_test_add ("/nd/store/clear-while-loading", TempDir, NULL,
              temp_dir_setup, test_clear_while_loading, temp_dir_teardown);
  g_test_add ("/nd/store/large-json-lines", TempDir, NULL,
              temp_dir_setup, test_large_json_lines, temp_dir_teardown);
  g_test_add ("/nd/store/two-loads-at-once", TempDir, NULL,
              temp_dir_setup, test_two_loads_at_once, temp_dir_teardown);

  return g_test_run ();
}

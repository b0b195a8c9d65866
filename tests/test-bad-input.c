/* test-bad-input.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <unistd.h>

#include "load/nd-article-store.h"
#include "nd-test-utils.h"

/* Every case loads a folder holding one bad file beside a good one: the bad file must be
 * named in a clear message, and the good one must still load. */
typedef struct
{
  char           *dir;
  NdArticleStore *store;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture->dir = nd_test_make_temp_dir ();
  nd_test_write_file (fixture->dir, "good.json",
                      "{\"id\": \"good\", \"title\": \"Good article\", \"body\": \"Fine.\"}",
                      -1);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_clear_object (&fixture->store);
  nd_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

/* Returns the path of the file written, which the problems name. */
static char *
write_bytes (Fixture    *fixture,
             const char *name,
             const char *contents,
             gssize      length)
{
  nd_test_write_file (fixture->dir, name, contents, length);

  return g_build_filename (fixture->dir, name, NULL);
}

static void
load_folder (Fixture *fixture)
{
  fixture->store = nd_article_store_new ();
  nd_test_load_path (fixture->store, fixture->dir);
  g_assert_nonnull (nd_article_store_lookup (fixture->store, "good"));
}

/* Asserts exactly one problem and returns it. */
static const NdLoadError *
only_problem (Fixture *fixture)
{
  GPtrArray *errors = nd_article_store_get_errors (fixture->store);

  nd_test_log_load_errors (errors);
  g_assert_cmpuint (errors->len, ==, 1);

  return g_ptr_array_index (errors, 0);
}

static void
test_empty (Fixture       *fixture,
            gconstpointer  data)
{
  g_autofree char *empty = write_bytes (fixture, "empty.json", "", 0);

  load_folder (fixture);
  nd_test_assert_load_error (only_problem (fixture), ND_LOAD_SEVERITY_ERROR, empty, 0, 0,
                             "the file is empty");
  g_assert_cmpuint (nd_article_store_count_failures (fixture->store), ==, 1);
}

static void
test_only_space (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *path = write_bytes (fixture, "space.json", " \n\t\n", -1);

  load_folder (fixture);
  nd_test_assert_load_error (only_problem (fixture), ND_LOAD_SEVERITY_ERROR, path, 0, 0,
                             "only white space");
}

static void
test_truncated (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = write_bytes (fixture, "cut.json",
                                       "[\n  {\"title\": \"One\", \"body\": \"x\"},\n"
                                       "  {\"title\": \"Two\", \"bo", -1);

  load_folder (fixture);
  nd_test_assert_load_error (only_problem (fixture), ND_LOAD_SEVERITY_ERROR, path, 3, 20,
                             "cut short");
}

static void
test_truncated_outside_string (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autofree char *path = write_bytes (fixture, "cut.json",
                                       "{\"articles\": [{\"title\": \"One\"}", -1);

  load_folder (fixture);
  nd_test_assert_load_error (only_problem (fixture), ND_LOAD_SEVERITY_ERROR, path, 1, 31,
                             "unexpected end of file");
}

static void
test_syntax_error (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = write_bytes (fixture, "syntax.json",
                                       "{\n  \"title\": \"One\",\n  \"body\" \"x\"\n}", -1);
  const NdLoadError *error;

  load_folder (fixture);
  error = only_problem (fixture);
  nd_test_assert_load_error (error, ND_LOAD_SEVERITY_ERROR, path, 3, error->column, "invalid JSON");
  g_assert_cmpuint (error->column, >, 0);
}

static void
test_html (Fixture       *fixture,
           gconstpointer  data)
{
  g_autofree char *path = write_bytes (fixture, "page.json",
                                       "\n\n<!DOCTYPE html>\n<html><body>x</body></html>", -1);

  load_folder (fixture);
  nd_test_assert_load_error (only_problem (fixture), ND_LOAD_SEVERITY_ERROR, path, 3, 1,
                             "looks like HTML");
}

static void
test_binary (Fixture       *fixture,
             gconstpointer  data)
{
  static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10";
  g_autofree char *path = write_bytes (fixture, "image.json", png, sizeof png - 1);

  load_folder (fixture);
  nd_test_assert_load_error (only_problem (fixture), ND_LOAD_SEVERITY_ERROR, path, 0, 0,
                             "binary data (a NUL byte at byte 8)");
}

static void
test_invalid_utf8 (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = write_bytes (fixture, "latin1.json",
                                       "{\"id\": \"latin\",\n \"title\": \"Caf\xe9 owner\","
                                       " \"body\": \"ok\"}", -1);
  NdArticle *article;

  load_folder (fixture);
  nd_test_assert_load_error (only_problem (fixture), ND_LOAD_SEVERITY_WARNING, path, 2, 15,
                             "invalid UTF-8");

  /* Repaired, not dropped: the user keeps the article. */
  article = nd_article_store_lookup (fixture->store, "latin");
  g_assert_nonnull (article);
  g_assert_cmpstr (nd_article_get_title (article), ==, "Caf\xef\xbf\xbd owner");
  g_assert_cmpuint (nd_article_store_count_failures (fixture->store), ==, 0);
}

static void
test_wrong_types (Fixture       *fixture,
                  gconstpointer  data)
{
  GPtrArray *errors;
  NdArticle *article;

  g_autofree char *path = write_bytes (fixture, "types.json",
                                       "{\"id\": 42, \"title\": [\"Not\", \"a string\"],"
                                       " \"authors\": 7, \"published\": true,"
                                       " \"body\": \"Still readable.\", \"url\": {}}", -1);

  load_folder (fixture);
  errors = nd_article_store_get_errors (fixture->store);
  g_assert_cmpuint (errors->len, ==, 4);
  for (guint i = 0; i < errors->len; i++)
    {
      const NdLoadError *error = g_ptr_array_index (errors, i);

      g_assert_cmpint (error->severity, ==, ND_LOAD_SEVERITY_WARNING);
      g_assert_cmpstr (error->file, ==, path);
      g_assert_true (g_str_has_prefix (error->message, "article 1: member \""));
    }

  article = nd_article_store_lookup (fixture->store, "42");
  g_assert_nonnull (article);
  g_assert_cmpstr (nd_article_get_title (article), ==, "");
  g_assert_cmpstr (nd_article_get_body (article), ==, "Still readable.");
  g_assert_null (nd_article_get_url (article));
  g_assert_null (nd_article_get_published (article));
  g_assert_cmpuint (g_strv_length ((GStrv)nd_article_get_authors (article)), ==, 0);
}

static void
test_without_title_or_body (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autofree char *path = write_bytes (fixture, "sparse.json",
                                       "[{\"id\": \"nothing\", \"source\": \"X\"},"
                                       " {\"id\": \"title-only\", \"title\": \"Headline\"},"
                                       " {\"id\": \"body-only\", \"body\": \"Text only.\"}]", -1);

  load_folder (fixture);
  nd_test_assert_load_error (only_problem (fixture), ND_LOAD_SEVERITY_ERROR, path, 0, 0,
                             "article 1: the article has neither a title nor a body");
  g_assert_null (nd_article_store_lookup (fixture->store, "nothing"));
  g_assert_nonnull (nd_article_store_lookup (fixture->store, "title-only"));
  g_assert_nonnull (nd_article_store_lookup (fixture->store, "body-only"));
}

static void
test_deep_nesting (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GString) deep = g_string_new ("{\"title\": \"x\", \"extra\": ");
  g_autofree char *path = NULL;

  for (guint i = 0; i < 100000; i++)
    g_string_append_c (deep, '[');
  path = write_bytes (fixture, "deep.json", deep->str, deep->len);

  load_folder (fixture);
  nd_test_assert_load_error (only_problem (fixture), ND_LOAD_SEVERITY_ERROR, path, 1, 280,
                             "nested more than 256 levels");
}

static void
test_huge_string (Fixture       *fixture,
                  gconstpointer  data)
{
  gsize n = 20 * 1024 * 1024;
  g_autoptr(GString) json = g_string_sized_new (n + 64);
  NdArticle *article;

  g_string_append (json, "{\"id\": \"huge\", \"title\": \"Huge\", \"body\": \"");
  for (gsize i = 0; i < n / 8; i++)
    g_string_append (json, "abcdefg ");
  g_string_append (json, "\"}");
  g_free (write_bytes (fixture, "huge.json", json->str, json->len));

  load_folder (fixture);
  g_assert_cmpuint (nd_article_store_get_errors (fixture->store)->len, ==, 0);
  article = nd_article_store_lookup (fixture->store, "huge");
  g_assert_nonnull (article);
  g_assert_cmpuint (strlen (nd_article_get_body (article)), ==, n - 1);
  g_assert_cmpuint (nd_article_get_word_count (article), ==, n / 8);
}

static void
test_dangling_link (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "gone.json", NULL);

  g_assert_cmpint (symlink ("/nonexistent/nowhere.json", path), ==, 0);

  load_folder (fixture);
  nd_test_assert_load_error (only_problem (fixture), ND_LOAD_SEVERITY_ERROR, path, 0, 0,
                             "the symbolic link is broken");
}

static void
test_unreadable (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *path = write_bytes (fixture, "secret.json", "{\"title\": \"x\"}", -1);

  g_chmod (path, 0);
  if (access (path, R_OK) == 0)
    {
      /* root reads everything; a folder that cannot be listed still can't be read. */
      g_test_message ("running as root: using a file inside a directory loop instead");
      g_chmod (path, 0644);
      g_unlink (path);
      g_free (path);
      path = g_build_filename (fixture->dir, "secret.json", NULL);
      g_assert_cmpint (symlink ("secret.json", path), ==, 0);
    }

  load_folder (fixture);
  nd_test_assert_load_error (only_problem (fixture), ND_LOAD_SEVERITY_ERROR, path, 0, 0, "");
  g_test_message ("%s", only_problem (fixture)->message);
}

static void
test_symlink_loop (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *sub = g_build_filename (fixture->dir, "sub", NULL);
  g_autofree char *loop = g_build_filename (sub, "loop", NULL);
  g_autofree char *inner = g_build_filename (sub, "inner.json", NULL);
  const NdLoadError *error;

  g_mkdir (sub, 0700);
  g_file_set_contents (inner, "{\"id\": \"inner\", \"title\": \"Inner\"}", -1, NULL);
  g_assert_cmpint (symlink ("..", loop), ==, 0);

  load_folder (fixture);
  g_assert_nonnull (nd_article_store_lookup (fixture->store, "inner"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->store)), ==, 2);

  error = only_problem (fixture);
  nd_test_assert_load_error (error, ND_LOAD_SEVERITY_WARNING, loop, 0, 0, "already read");
}

static void
test_json_lines_broken_line (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autofree char *path = write_bytes (fixture, "feed.jsonl",
                                       "{\"id\": \"l1\", \"title\": \"One\"}\n"
                                       "{\"id\": \"l2\", \"title\": \n"
                                       "\n"
                                       "{\"id\": \"l4\", \"title\": \"Four\"}\n", -1);

  load_folder (fixture);
  nd_test_assert_load_error (only_problem (fixture), ND_LOAD_SEVERITY_ERROR, path, 2, 23,
                             "unexpected end of file");
  g_assert_nonnull (nd_article_store_lookup (fixture->store, "l1"));
  g_assert_nonnull (nd_article_store_lookup (fixture->store, "l4"));
}

static void
test_not_an_article (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *path = write_bytes (fixture, "array.json",
                                       "[1, \"two\", null, {\"id\": \"real\", \"title\": \"R\"}]",
                                       -1);
  GPtrArray *errors;

  load_folder (fixture);
  errors = nd_article_store_get_errors (fixture->store);
  g_assert_cmpuint (errors->len, ==, 3);
  nd_test_assert_load_error (g_ptr_array_index (errors, 0), ND_LOAD_SEVERITY_ERROR, path, 0, 0,
                             "article 1: expected an article object, found a number");
  nd_test_assert_load_error (g_ptr_array_index (errors, 1), ND_LOAD_SEVERITY_ERROR, path, 0, 0,
                             "article 2: expected an article object, found a string");
  nd_test_assert_load_error (g_ptr_array_index (errors, 2), ND_LOAD_SEVERITY_ERROR, path, 0, 0,
                             "article 3: expected an article object, found null");
  g_assert_nonnull (nd_article_store_lookup (fixture->store, "real"));
}

static void
test_unreadable_date (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *path = write_bytes (fixture, "date.json",
                                       "{\"id\": \"d\", \"title\": \"T\", \"published\": \"soon\"}",
                                       -1);
  NdArticle *article;

  load_folder (fixture);
  nd_test_assert_load_error (only_problem (fixture), ND_LOAD_SEVERITY_WARNING, path, 0, 0,
                             "unreadable date \"soon\"");
  article = nd_article_store_lookup (fixture->store, "d");
  g_assert_nonnull (article);
  g_assert_null (nd_article_get_published (article));
}

static void
test_other_names_ignored_in_folders (Fixture       *fixture,
                                     gconstpointer  data)
{
  g_free (write_bytes (fixture, "README.md", "# not an article", -1));
  g_free (write_bytes (fixture, ".hidden.json", "broken", -1));

  load_folder (fixture);
  g_assert_cmpuint (nd_article_store_get_errors (fixture->store)->len, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->store)), ==, 1);
}

/* 100,000 files are made on a RAM file system when there is one: the test is about the
 * loader, not about how fast a disk creates files. */
static char *
make_many_files_dir (Fixture *fixture)
{
  g_autofree char *template = NULL;

  if (g_file_test ("/dev/shm", G_FILE_TEST_IS_DIR) && access ("/dev/shm", W_OK) == 0)
    {
      template = g_strdup ("/dev/shm/nd-test-many-XXXXXX");
      if (g_mkdtemp (template) != NULL)
        return g_steal_pointer (&template);
    }

  template = g_build_filename (fixture->dir, "many", NULL);
  g_mkdir (template, 0700);
  return g_steal_pointer (&template);
}

static void
write_small_file (const char *dir,
                  guint       i)
{
  char name[64];
  g_autofree char *path = NULL;
  FILE *file;

  g_snprintf (name, sizeof name, "%06u.json", i);
  path = g_build_filename (dir, name, NULL);
  file = g_fopen (path, "w");
  g_assert_nonnull (file);
  fprintf (file, "{\"id\": \"m%u\", \"title\": \"Item %u\"}", i, i);
  fclose (file);
}

static void
test_hundred_thousand_files (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autofree char *many = make_many_files_dir (fixture);
  g_autofree char *link = g_build_filename (fixture->dir, "many", NULL);

  for (guint i = 0; i < 100000; i++)
    write_small_file (many, i);
  if (!g_str_has_prefix (many, fixture->dir))
    g_assert_cmpint (symlink (many, link), ==, 0);

  load_folder (fixture);
  g_assert_cmpuint (nd_article_store_get_errors (fixture->store)->len, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->store)), ==, 100001);
  g_assert_cmpuint (nd_article_store_get_files_total (fixture->store), ==, 100001);

  nd_test_remove_tree (many);
}

#define ADD(path, func) \
  g_test_add ("/nd/bad-input/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)

int
main (int    argc,
      char **argv)
{
  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, NULL);

  ADD ("empty", test_empty);
  ADD ("only-space", test_only_space);
  ADD ("truncated-in-string", test_truncated);
  ADD ("truncated", test_truncated_outside_string);
  ADD ("syntax-error", test_syntax_error);
  ADD ("html", test_html);
  ADD ("binary", test_binary);
  ADD ("invalid-utf8", test_invalid_utf8);
  ADD ("wrong-types", test_wrong_types);
  ADD ("without-title-or-body", test_without_title_or_body);
  ADD ("deep-nesting", test_deep_nesting);
  ADD ("huge-string", test_huge_string);
  ADD ("dangling-link", test_dangling_link);
  ADD ("unreadable", test_unreadable);
  ADD ("symlink-loop", test_symlink_loop);
  ADD ("json-lines-broken-line", test_json_lines_broken_line);
  ADD ("not-an-article", test_not_an_article);
  ADD ("unreadable-date", test_unreadable_date);
  ADD ("other-names-ignored", test_other_names_ignored_in_folders);
  ADD ("hundred-thousand-files", test_hundred_thousand_files);

  return g_test_run ();
}

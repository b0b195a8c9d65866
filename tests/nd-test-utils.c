/* nd-test-utils.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "nd-test-utils.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/wait.h>

/* Pumps the default main context until @condition holds, and returns whether it did
 * before @timeout_ms ran out, for the caller to assert.  Tests wait for a condition, never
 * for a fixed number of iterations, since loading and drawing take as long as they take. */
gboolean
nd_test_wait_until (NdTestCondition condition,
                    gpointer        data,
                    guint           timeout_ms)
{
  gint64 deadline = g_get_monotonic_time () + (gint64)timeout_ms * 1000;

  while (!condition (data))
    {
      if (g_get_monotonic_time () > deadline)
        return FALSE;
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }

  return TRUE;
}

/* Makes a new, empty folder in the temporary directory, named after the test program so
 * that one left behind by a crash says where it came from.  Free it with g_free () after
 * nd_test_remove_tree (). */
char *
nd_test_make_temp_dir (void)
{
  const char *prgname = g_get_prgname ();
  g_autofree char *program = g_path_get_basename (prgname != NULL ? prgname : "test");
  g_autoptr(GError) error = NULL;
  g_autofree char *template = g_strdup_printf ("nd-%s-XXXXXX", program);
  char *dir = g_dir_make_tmp (template, &error);

  g_assert_no_error (error);
  return dir;
}

/* Removes @path and, if it is a folder, everything below it.  Symbolic links are removed,
 * never followed: tests link to folders elsewhere and make link loops on purpose. */
void
nd_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (g_file_test (path, G_FILE_TEST_IS_SYMLINK) || !g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_unlink (path);
      return;
    }

  dir = g_dir_open (path, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)))
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      nd_test_remove_tree (child);
    }
  g_rmdir (path);
}

/* Writes @length bytes of @contents (all of it up to the NUL if @length is -1) to the
 * file @name in @dir, and fails the test if that is not possible. */
void
nd_test_write_file (const char *dir,
                    const char *name,
                    const char *contents,
                    gssize      length)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
}

/* Loads the folder or file at @path into @store, as the application would, and fails the
 * test if the load as a whole fails.  The problems found in single files are collected in
 * the store for the test to check. */
void
nd_test_load_path (NdArticleStore *store,
                   const char     *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  gboolean loaded;

  loaded = nd_article_store_load_sync (store, &file, 1, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (loaded);
}

/* Loads the built-in sample story into @store, failing the test if it cannot. */
void
nd_test_load_sample (NdArticleStore *store)
{
  g_autoptr(GFile) sample = nd_article_store_sample_file ();
  g_autoptr(GError) error = NULL;

  g_assert_true (nd_article_store_load_sync (store, &sample, 1, NULL, &error));
  g_assert_no_error (error);
}

/* Returns @count copies of @unit, one after the other: the large inputs that would show
 * anything quadratic in the code under test. */
char *
nd_test_repeat (const char *unit,
                guint       count)
{
  GString *string = g_string_sized_new (strlen (unit) * count);

  for (guint i = 0; i < count; i++)
    g_string_append (string, unit);

  return g_string_free (string, FALSE);
}

/* Says every problem of a load in the test's log, for when an assertion about them fails. */
void
nd_test_log_load_errors (GPtrArray *errors)
{
  for (guint i = 0; i < errors->len; i++)
    {
      g_autofree char *text = nd_load_error_to_string (g_ptr_array_index (errors, i));
      g_test_message ("problem: %s", text);
    }
}

/* Asserts that @error is of @severity at @file:@line:@column and that its message holds
 * @message_part. */
void
nd_test_assert_load_error (const NdLoadError *error,
                           NdLoadSeverity     severity,
                           const char        *file,
                           guint              line,
                           guint              column,
                           const char        *message_part)
{
  g_assert_cmpint (error->severity, ==, severity);
  g_assert_cmpstr (error->file, ==, file);
  g_assert_cmpuint (error->line, ==, line);
  g_assert_cmpuint (error->column, ==, column);
  if (strstr (error->message, message_part) == NULL)
    g_error ("message “%s” lacks “%s”", error->message, message_part);
}

void
nd_test_cli_run_clear (NdTestCliRun *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

/* Runs the real newsdesk-cli binary ($NEWSDESK_CLI) with the arguments up to NULL, as a
 * user's shell would, and keeps what it wrote and its exit status in @run. */
void
nd_test_run_cli (NdTestCliRun *run,
                 const char   *first_arg,
                 ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *cli = g_getenv ("NEWSDESK_CLI");
  const char *arg;
  int wait_status;
  va_list args;

  g_assert_nonnull (cli);
  g_ptr_array_add (argv, (char *)cli);
  va_start (args, first_arg);
  for (arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *)arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **)argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  run->status = WEXITSTATUS (wait_status);
}

/* @text, which must be JSON, as a tree. */
JsonNode *
nd_test_parse_json (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);

  return json_node_copy (json_parser_get_root (parser));
}

/* A file of the annotated corpora: "sample" for the built-in sample story, otherwise a
 * path under ../shared/corpus, which sits beside the source tree. */
GFile *
nd_test_corpus_file (const char *name)
{
  g_autofree char *path = NULL;

  if (g_str_equal (name, "sample"))
    return nd_article_store_sample_file ();

  path = g_test_build_filename (G_TEST_DIST, "..", "..", "shared", "corpus", name, NULL);
  return g_file_new_for_path (path);
}

/* Accuracy tests print their mistakes only when asked, and only for the halves they were
 * tuned on: the caller never asks for a test half. */
gboolean
nd_test_accuracy_dump_wanted (const char *set)
{
  return g_strcmp0 (g_getenv ("ND_ACCURACY_DUMP"), set) == 0;
}

JsonObject *
nd_test_load_data_object (JsonParser *parser,
                          const char *folder,
                          const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", folder, name, NULL);
  g_autoptr(GError) error = NULL;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);

  return json_node_get_object (json_parser_get_root (parser));
}

/* test-folder-watcher.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <unistd.h>

#include "nd-folder-watcher.h"
#include "nd-test-utils.h"

#define SETTLE_MS 50

typedef struct
{
  char            *dir;
  NdFolderWatcher *watcher;
  /* Every "changed" so far, each as its sorted "path/ (folder)" or "path" entries,
   * relative to dir, joined by spaces. */
  GPtrArray       *emissions;
} Fixture;

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *)a, *(const char * const *)b);
}

static void
on_changed_cb (NdFolderWatcher *watcher,
               GPtrArray       *changes,
               Fixture         *fixture)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GFile) root = g_file_new_for_path (fixture->dir);

  for (guint i = 0; i < changes->len; i++)
    {
      const NdFolderChange *change = g_ptr_array_index (changes, i);
      g_autofree char *relative = g_file_get_relative_path (root, change->file);

      g_ptr_array_add (names, g_strconcat (relative, change->is_folder ? "/" : "", NULL));
    }
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  g_ptr_array_add (fixture->emissions, g_strjoinv (" ", (char **)names->pdata));
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture->dir = nd_test_make_temp_dir ();
  fixture->watcher = nd_folder_watcher_new ();
  fixture->emissions = g_ptr_array_new_with_free_func (g_free);
  nd_folder_watcher_set_settle_time (fixture->watcher, SETTLE_MS);
  g_signal_connect (fixture->watcher, "changed", G_CALLBACK (on_changed_cb), fixture);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_clear_object (&fixture->watcher);
  nd_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_ptr_array_unref (fixture->emissions);
}

static char *
make_folder (Fixture    *fixture,
             const char *relative)
{
  char *path = g_build_filename (fixture->dir, relative, NULL);

  g_assert_no_errno (g_mkdir_with_parents (path, 0700));
  return path;
}

typedef struct
{
  Fixture *fixture;
  guint    n;
} Count;

static gboolean
has_n_folders (gpointer data)
{
  Count *count = data;

  return nd_folder_watcher_get_n_folders (count->fixture->watcher) == count->n;
}

static gboolean
has_n_emissions (gpointer data)
{
  Count *count = data;

  return count->fixture->emissions->len >= count->n;
}

static void
watch_and_wait (Fixture *fixture,
                guint    n_folders)
{
  g_autoptr(GFile) root = g_file_new_for_path (fixture->dir);
  Count count = { fixture, n_folders };

  nd_folder_watcher_watch (fixture->watcher, root);
  g_assert_true (nd_test_wait_until (has_n_folders, &count, 5000));
}

/* Waits for the next "changed" and returns it; NULL if none came. */
static const char *
next_emission (Fixture *fixture)
{
  Count count = { fixture, fixture->emissions->len + 1 };

  if (!nd_test_wait_until (has_n_emissions, &count, 5000))
    return NULL;

  return g_ptr_array_index (fixture->emissions, count.n - 1);
}

static void
test_subfolders (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *deep = make_folder (fixture, "a/b/c");
  g_autofree char *other = make_folder (fixture, "other");
  g_autofree char *hidden = make_folder (fixture, ".git/objects");
  g_autofree char *a = g_build_filename (fixture->dir, "a", NULL);

  /* The root, a, a/b, a/b/c and other; never the hidden folder. */
  watch_and_wait (fixture, 5);
  nd_test_pump_for (SETTLE_MS * 2);
  g_assert_cmpuint (fixture->emissions->len, ==, 0);

  nd_test_write_file (deep, "new.json", "{}", -1);
  g_assert_cmpstr (next_emission (fixture), ==, "a/b/c/new.json");

  /* What is not an article file goes unnoticed. */
  nd_test_write_file (other, "README.txt", "text", -1);
  nd_test_write_file (other, ".draft.json", "{}", -1);
  nd_test_write_file (hidden, "x.json", "{}", -1);
  nd_test_pump_for (SETTLE_MS * 4);
  g_assert_cmpuint (fixture->emissions->len, ==, 1);

  /* Several files at once come in one emission, each once. */
  nd_test_write_file (other, "1.json", "{}", -1);
  nd_test_write_file (other, "2.jsonl", "{}", -1);
  nd_test_write_file (other, "1.json", "{\"changed\": true}", -1);
  g_assert_cmpstr (next_emission (fixture), ==, "other/1.json other/2.jsonl");

  /* A folder that goes takes its subfolders' watches with it. */
  nd_test_remove_tree (a);
  g_assert_cmpstr (next_emission (fixture), ==, "a/");
  g_assert_cmpuint (nd_folder_watcher_get_n_folders (fixture->watcher), ==, 2);
}

static void
test_new_folder (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *incoming = g_build_filename (fixture->dir, "incoming", NULL);
  /* Beside the watched folder, on the same file system, so that it can be moved in. */
  g_autofree char *staging = g_strconcat (fixture->dir, "-staging", NULL);
  g_autofree char *moved = g_build_filename (fixture->dir, "moved", NULL);
  g_autoptr(GFile) incoming_file = g_file_new_for_path (incoming);

  watch_and_wait (fixture, 1);

  /* A new folder with a file in it: the folder is read again, not the file besides. */
  g_assert_no_errno (g_mkdir (incoming, 0700));
  nd_test_write_file (incoming, "first.json", "{}", -1);
  g_assert_cmpstr (next_emission (fixture), ==, "incoming/");
  g_assert_true (nd_folder_watcher_is_watching (fixture->watcher, incoming_file));

  /* Now watched itself. */
  nd_test_write_file (incoming, "second.json", "{}", -1);
  g_assert_cmpstr (next_emission (fixture), ==, "incoming/second.json");

  /* A folder moved in from elsewhere, with its files. */
  g_assert_no_errno (g_mkdir (staging, 0700));
  nd_test_write_file (staging, "s.json", "{}", -1);
  g_assert_no_errno (g_rename (staging, moved));
  g_assert_cmpstr (next_emission (fixture), ==, "moved/");
}

static void
test_symlink_loop (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *sub = make_folder (fixture, "sub");
  g_autofree char *link = g_build_filename (sub, "up", NULL);

  g_assert_no_errno (symlink (fixture->dir, link));

  /* The root and sub: the link back up is not followed. */
  watch_and_wait (fixture, 2);
  nd_test_pump_for (SETTLE_MS * 2);
  g_assert_cmpuint (nd_folder_watcher_get_n_folders (fixture->watcher), ==, 2);
}

static void
test_not_a_folder (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "one.json", NULL);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent/newsdesk/folder");

  nd_test_write_file (fixture->dir, "one.json", "{}", -1);
  file = g_file_new_for_path (path);

  nd_folder_watcher_watch (fixture->watcher, file);
  nd_folder_watcher_watch (fixture->watcher, missing);
  g_assert_cmpuint (nd_folder_watcher_get_n_folders (fixture->watcher), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/nd/folder-watcher/subfolders", Fixture, NULL,
              fixture_setup, test_subfolders, fixture_teardown);
  g_test_add ("/nd/folder-watcher/new-folder", Fixture, NULL,
              fixture_setup, test_new_folder, fixture_teardown);
  g_test_add ("/nd/folder-watcher/symlink-loop", Fixture, NULL,
              fixture_setup, test_symlink_loop, fixture_teardown);
  g_test_add ("/nd/folder-watcher/not-a-folder", Fixture, NULL,
              fixture_setup, test_not_a_folder, fixture_teardown);

  return g_test_run ();
}

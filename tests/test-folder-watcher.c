/* test-folder-watcher.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <unistd.h>

#include "load/nd-folder-watcher-private.h"
#include "nd-test-utils.h"

#define SETTLE_MS 50

typedef struct
{
  char            *dir;
  NdFolderWatcher *watcher;
  /* Every "changed" so far, each as its sorted "path/ (folder)" or "path" entries,
   * relative to dir, joined by spaces. */
  GPtrArray       *emissions;
  guint            n_steps;
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

static gboolean
is_settled (gpointer data)
{
  Fixture *fixture = data;

  return !nd_folder_watcher_is_walking (fixture->watcher);
}

/* Starts watching and waits until every folder below has been found, so that what the
 * test then changes is seen through the watches it is meant to go through. */
static void
watch_and_wait (Fixture *fixture,
                guint    n_folders)
{
  g_autoptr(GFile) root = g_file_new_for_path (fixture->dir);

  nd_folder_watcher_watch (fixture->watcher, root);
  g_assert_true (nd_test_wait_until (is_settled, fixture, 10000));
  g_assert_cmpuint (nd_folder_watcher_get_n_folders (fixture->watcher), ==, n_folders);
}

typedef struct
{
  Fixture    *fixture;
  guint       first;
  const char *marker;
} MarkerWait;

static gboolean
has_emitted_marker (gpointer data)
{
  MarkerWait *wait = data;
  GPtrArray *emissions = wait->fixture->emissions;

  for (guint i = wait->first; i < emissions->len; i++)
    {
      g_auto(GStrv) names = g_strsplit (g_ptr_array_index (emissions, i), " ", -1);

      if (g_strv_contains ((const char * const *)names, wait->marker))
        return TRUE;
    }

  return FALSE;
}

static gboolean
is_inside_folder_of (const char *name,
                     GHashTable *names)
{
  GHashTableIter iter;
  gpointer other;

  g_hash_table_iter_init (&iter, names);
  while (g_hash_table_iter_next (&iter, &other, NULL))
    if (g_str_has_suffix (other, "/") && g_strcmp0 (other, name) != 0 &&
        g_str_has_prefix (name, other))
      return TRUE;

  return FALSE;
}

/* Everything emitted from @first on, as the application would read it again: each entry
 * once, sorted, without what lies inside a folder that is read again anyway. */
static char *
join_what_is_read_again (Fixture *fixture,
                         guint    first)
{
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer name;

  for (guint i = first; i < fixture->emissions->len; i++)
    {
      g_auto(GStrv) parts = g_strsplit (g_ptr_array_index (fixture->emissions, i), " ", -1);

      for (guint j = 0; parts[j] != NULL; j++)
        g_hash_table_add (names, g_strdup (parts[j]));
    }

  g_hash_table_iter_init (&iter, names);
  while (g_hash_table_iter_next (&iter, &name, NULL))
    if (!is_inside_folder_of (name, names))
      g_ptr_array_add (kept, name);

  g_ptr_array_sort (kept, compare_names);
  g_ptr_array_add (kept, NULL);
  return g_strjoinv (" ", (char **)kept->pdata);
}

/* Ends a step of a test: writes a marker file into the watched root and waits until it
 * is reported.  inotify delivers the events of all watches through one queue in order,
 * so by then everything the step did has been reported too, in however many emissions
 * the settle timer cut it.  Returns what the step made the application read again,
 * marker included.  No fixed wait: the answer is the same on a busy machine. */
static char *
finish_step (Fixture *fixture,
             guint    first)
{
  g_autofree char *marker = g_strdup_printf ("step-%u.json", fixture->n_steps++);
  MarkerWait wait = { fixture, first, marker };

  nd_test_write_file (fixture->dir, marker, "{}", -1);
  g_assert_true (nd_test_wait_until (has_emitted_marker, &wait, 10000));

  return join_what_is_read_again (fixture, first);
}

static void
assert_step (Fixture    *fixture,
             guint       first,
             const char *expected)
{
  g_autofree char *read_again = finish_step (fixture, first);

  g_assert_cmpstr (read_again, ==, expected);
}

static void
test_subfolders (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *deep = make_folder (fixture, "a/b/c");
  g_autofree char *other = make_folder (fixture, "other");
  g_autofree char *hidden = make_folder (fixture, ".git/objects");
  g_autofree char *a = g_build_filename (fixture->dir, "a", NULL);
  guint first;

  /* The root, a, a/b, a/b/c and other; never the hidden folder.  Watching alone reports
   * nothing. */
  watch_and_wait (fixture, 5);
  assert_step (fixture, 0, "step-0.json");

  first = fixture->emissions->len;
  nd_test_write_file (deep, "new.json", "{}", -1);
  assert_step (fixture, first, "a/b/c/new.json step-1.json");

  /* What is not an article file goes unnoticed. */
  first = fixture->emissions->len;
  nd_test_write_file (other, "README.txt", "text", -1);
  nd_test_write_file (other, ".draft.json", "{}", -1);
  nd_test_write_file (hidden, "x.json", "{}", -1);
  assert_step (fixture, first, "step-2.json");

  /* Several files at once are each read once. */
  first = fixture->emissions->len;
  nd_test_write_file (other, "1.json", "{}", -1);
  nd_test_write_file (other, "2.jsonl", "{}", -1);
  nd_test_write_file (other, "1.json", "{\"changed\": true}", -1);
  assert_step (fixture, first, "other/1.json other/2.jsonl step-3.json");

  /* A folder that goes takes its subfolders' watches with it, and is forgotten whole. */
  first = fixture->emissions->len;
  nd_test_remove_tree (a);
  assert_step (fixture, first, "a/ step-4.json");
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
  guint first;

  watch_and_wait (fixture, 1);

  /* A new folder with a file in it: the folder is read again, not the file besides. */
  first = fixture->emissions->len;
  g_assert_no_errno (g_mkdir (incoming, 0700));
  nd_test_write_file (incoming, "first.json", "{}", -1);
  assert_step (fixture, first, "incoming/ step-0.json");
  g_assert_true (nd_folder_watcher_is_watching (fixture->watcher, incoming_file));

  /* Now watched itself. */
  first = fixture->emissions->len;
  nd_test_write_file (incoming, "second.json", "{}", -1);
  assert_step (fixture, first, "incoming/second.json step-1.json");

  /* A folder moved in from elsewhere, with its files. */
  first = fixture->emissions->len;
  g_assert_no_errno (g_mkdir (staging, 0700));
  nd_test_write_file (staging, "s.json", "{}", -1);
  g_assert_no_errno (g_rename (staging, moved));
  assert_step (fixture, first, "moved/ step-2.json");
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

/* test-file-chooser.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* nd_file_chooser_run(), which the window's Open and Add and the quotes panel's Export
 * share: what the chooser is asked, what comes back, and that the asker is let go. */

#include "config.h"

#include <gtk/gtk.h>

#include "nd-file-chooser.h"
#include "nd-test-ui-utils.h"
#include "nd-test-utils.h"

typedef struct
{
  GtkWindow *parent;
  GObject   *owner;
  char      *dir;
  guint      n_calls;
  GPtrArray *files;
  NdFileChooserAction action;
  gpointer   user_data;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture->parent = GTK_WINDOW (gtk_window_new ());
  gtk_window_present (fixture->parent);
  fixture->owner = g_object_new (G_TYPE_OBJECT, NULL);
  g_object_set_data (fixture->owner, "fixture", fixture);
  fixture->dir = nd_test_make_temp_dir ();
  fixture->files = g_ptr_array_new_with_free_func (g_object_unref);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  gtk_window_destroy (fixture->parent);
  g_object_unref (fixture->owner);
  nd_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_ptr_array_unref (fixture->files);
}

static void
on_chosen (gpointer              owner,
           NdFileChooserAction   action,
           GFile               **files,
           guint                 n_files,
           gpointer              user_data)
{
  Fixture *fixture = g_object_get_data (G_OBJECT (owner), "fixture");

  fixture->n_calls++;
  fixture->action = action;
  fixture->user_data = user_data;
  for (guint i = 0; i < n_files; i++)
    g_ptr_array_add (fixture->files, g_object_ref (files[i]));
}

static GtkFileChooserDialog *
find_chooser (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (GTK_IS_FILE_CHOOSER_DIALOG (window) &&
          gtk_widget_get_visible (GTK_WIDGET (window)))
        return GTK_FILE_CHOOSER_DIALOG (window);
    }

  return NULL;
}

static gboolean
chooser_shown (gpointer data)
{
  return find_chooser () != NULL;
}

static gboolean
chooser_gone (gpointer data)
{
  return find_chooser () == NULL;
}

static gboolean
owner_released (gpointer data)
{
  return G_OBJECT (data)->ref_count == 1;
}

static gboolean
shows_expected_folder (gpointer data)
{
  GFile *expected = g_object_get_data (G_OBJECT (data), "expected-folder");
  g_autoptr(GFile) current = gtk_file_chooser_get_current_folder (GTK_FILE_CHOOSER (data));

  return current != NULL && g_file_equal (current, expected);
}

/* Runs the chooser and returns its dialog, once shown. */
static GtkFileChooserDialog *
run_chooser (Fixture                    *fixture,
             const NdFileChooserRequest *request,
             gpointer                    user_data)
{
  GtkFileChooserDialog *dialog;

  nd_file_chooser_run (fixture->parent, request, fixture->owner, on_chosen, user_data);

  g_assert_true (nd_test_wait_until (chooser_shown, NULL, 5000));
  dialog = find_chooser ();
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == fixture->parent);
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  g_assert_true (gtk_file_chooser_get_select_multiple (GTK_FILE_CHOOSER (dialog)) ==
                 (request->action != ND_FILE_CHOOSER_SAVE));

  return dialog;
}

/* Cancelling calls nothing, closes the chooser and lets the asker go. */
static void
cancel_chooser (Fixture              *fixture,
                GtkFileChooserDialog *dialog)
{
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);

  g_assert_true (nd_test_wait_until (owner_released, fixture->owner, 5000));
  g_assert_true (nd_test_wait_until (chooser_gone, NULL, 5000));
  g_assert_cmpuint (fixture->n_calls, ==, 0);
}

/* Save: the title, folder and name asked for are shown; the one file accepted comes back
 * to the asker with its value, and the asker is no longer held. */
static void
test_save_accepted (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GFile) folder = g_file_new_for_path (fixture->dir);
  g_autoptr(GFile) expected = g_file_get_child (folder, "quotes.md");
  g_autofree char *name = NULL;
  GtkFileChooserDialog *dialog;
  NdFileChooserRequest request = {
    .action = ND_FILE_CHOOSER_SAVE,
    .title = "Save the Test",
    .accept_label = "_Export",
    .initial_folder = folder,
    .initial_name = "quotes.md",
  };

  dialog = run_chooser (fixture, &request, GUINT_TO_POINTER (7));
  g_assert_cmpuint (fixture->owner->ref_count, ==, 2);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "Save the Test");
  g_assert_cmpint (gtk_file_chooser_get_action (GTK_FILE_CHOOSER (dialog)), ==,
                   GTK_FILE_CHOOSER_ACTION_SAVE);
  name = gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (dialog));
  g_assert_cmpstr (name, ==, "quotes.md");
  g_object_set_data (G_OBJECT (dialog), "expected-folder", folder);
  g_assert_true (nd_test_wait_until (shows_expected_folder, dialog, 5000));

  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);

  g_assert_true (nd_test_wait_until (owner_released, fixture->owner, 5000));
  g_assert_cmpuint (fixture->n_calls, ==, 1);
  g_assert_cmpint (fixture->action, ==, ND_FILE_CHOOSER_SAVE);
  g_assert_true (fixture->user_data == GUINT_TO_POINTER (7));
  g_assert_cmpuint (fixture->files->len, ==, 1);
  g_assert_true (g_file_equal (g_ptr_array_index (fixture->files, 0), expected));
  g_assert_true (nd_test_wait_until (chooser_gone, NULL, 5000));
}

/* Open folders: several may be chosen; cancelled. */
static void
test_open_cancelled (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GFile) folder = g_file_new_for_path (fixture->dir);
  GtkFileChooserDialog *dialog;
  NdFileChooserRequest request = {
    .action = ND_FILE_CHOOSER_OPEN_FOLDERS,
    .title = "Open the Test",
    .initial_folder = folder,
  };

  dialog = run_chooser (fixture, &request, NULL);
  g_assert_cmpint (gtk_file_chooser_get_action (GTK_FILE_CHOOSER (dialog)), ==,
                   GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER);

  cancel_chooser (fixture, dialog);
}

/* Open files: the filter asked for is the one offered. */
static void
test_open_files_filter (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GListModel) filters = NULL;
  GtkFileChooserDialog *dialog;
  NdFileChooserRequest request = {
    .action = ND_FILE_CHOOSER_OPEN_FILES,
    .title = "Open Files",
    .filter = filter,
  };

  gtk_file_filter_set_name (filter, "Test Files");
  gtk_file_filter_add_suffix (filter, "json");
  dialog = run_chooser (fixture, &request, NULL);
  g_assert_cmpint (gtk_file_chooser_get_action (GTK_FILE_CHOOSER (dialog)), ==,
                   GTK_FILE_CHOOSER_ACTION_OPEN);
  filters = gtk_file_chooser_get_filters (GTK_FILE_CHOOSER (dialog));
  g_assert_cmpuint (g_list_model_get_n_items (filters), ==, 1);
  {
    g_autoptr(GtkFileFilter) offered = g_list_model_get_item (filters, 0);

    g_assert_cmpstr (gtk_file_filter_get_name (offered), ==, "Test Files");
  }

  cancel_chooser (fixture, dialog);
}

int
main (int   argc,
      char *argv[])
{
  nd_test_init_gtk (&argc, &argv);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("/nd/file-chooser/save-accepted", test_save_accepted);
  ADD ("/nd/file-chooser/open-cancelled", test_open_cancelled);
  ADD ("/nd/file-chooser/open-files-filter", test_open_files_filter);

  return g_test_run ();
}

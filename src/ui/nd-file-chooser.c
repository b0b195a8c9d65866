/* nd-file-chooser.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The platform's file chooser, asked once for both the window (open files and folders)
 * and the quotes panel (export).  GTK 4.10 has GtkFileDialog; GTK 4.8, which Debian 12
 * ships, only GtkFileChooserNative, so both are here behind one call. */

#define G_LOG_DOMAIN "nd-file-chooser"

#include "config.h"

#include <glib/gi18n.h>

#include "nd-file-chooser.h"

typedef struct
{
  NdFileChooserAction action;
  GObject            *owner;
  NdFileChooserFunc   func;
  gpointer            user_data;
} ChooseData;

static void
choose_data_finish (ChooseData *data,
                    GListModel *files)
{
  g_autoptr(GPtrArray) array = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; files != NULL && i < g_list_model_get_n_items (files); i++)
    g_ptr_array_add (array, g_list_model_get_item (files, i));

  if (array->len > 0)
    data->func (data->owner, data->action, (GFile **)array->pdata, array->len,
                data->user_data);

  g_object_unref (data->owner);
  g_free (data);
}

#if GTK_CHECK_VERSION (4, 10, 0)

static void
on_dialog_done_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  ChooseData *data = user_data;
  GtkFileDialog *dialog = GTK_FILE_DIALOG (object);
  g_autoptr(GListModel) files = NULL;

  switch (data->action)
    {
    case ND_FILE_CHOOSER_OPEN_FILES:
      files = gtk_file_dialog_open_multiple_finish (dialog, result, NULL);
      break;

    case ND_FILE_CHOOSER_OPEN_FOLDERS:
      files = gtk_file_dialog_select_multiple_folders_finish (dialog, result, NULL);
      break;

    case ND_FILE_CHOOSER_SAVE:
    default:
      {
        g_autoptr(GFile) file = gtk_file_dialog_save_finish (dialog, result, NULL);

        if (file != NULL)
          {
            GListStore *store = g_list_store_new (G_TYPE_FILE);

            g_list_store_append (store, file);
            files = G_LIST_MODEL (store);
          }
      }
      break;
    }

  choose_data_finish (data, files);
}

static void
run_chooser (GtkWindow                  *parent,
             const NdFileChooserRequest *request,
             ChooseData                 *data)
{
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();

  gtk_file_dialog_set_modal (dialog, TRUE);
  gtk_file_dialog_set_title (dialog, request->title);
  gtk_file_dialog_set_initial_folder (dialog, request->initial_folder);
  if (request->initial_name != NULL)
    gtk_file_dialog_set_initial_name (dialog, request->initial_name);
  if (request->filter != NULL)
    {
      g_autoptr(GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);

      g_list_store_append (filters, request->filter);
      gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (filters));
    }

  switch (request->action)
    {
    case ND_FILE_CHOOSER_OPEN_FILES:
      gtk_file_dialog_open_multiple (dialog, parent, NULL, on_dialog_done_cb, data);
      break;

    case ND_FILE_CHOOSER_OPEN_FOLDERS:
      gtk_file_dialog_select_multiple_folders (dialog, parent, NULL, on_dialog_done_cb, data);
      break;

    case ND_FILE_CHOOSER_SAVE:
    default:
      gtk_file_dialog_save (dialog, parent, NULL, on_dialog_done_cb, data);
      break;
    }
}

#else

static void
on_native_response_cb (GtkNativeDialog *dialog,
                       int              response,
                       gpointer         user_data)
{
  ChooseData *data = user_data;
  g_autoptr(GListModel) files = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (dialog));

  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
  choose_data_finish (data, files);
}

static GtkFileChooserAction
get_chooser_action (NdFileChooserAction action)
{
  switch (action)
    {
    case ND_FILE_CHOOSER_OPEN_FILES:
      return GTK_FILE_CHOOSER_ACTION_OPEN;

    case ND_FILE_CHOOSER_OPEN_FOLDERS:
      return GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER;

    case ND_FILE_CHOOSER_SAVE:
    default:
      return GTK_FILE_CHOOSER_ACTION_SAVE;
    }
}

static void
run_chooser (GtkWindow                  *parent,
             const NdFileChooserRequest *request,
             ChooseData                 *data)
{
  GtkFileChooserNative *native;
  GtkFileChooser *chooser;

  native = gtk_file_chooser_native_new (request->title, parent,
                                        get_chooser_action (request->action),
                                        request->accept_label, _("_Cancel"));
  chooser = GTK_FILE_CHOOSER (native);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  if (request->action != ND_FILE_CHOOSER_SAVE)
    gtk_file_chooser_set_select_multiple (chooser, TRUE);
  if (request->initial_folder != NULL)
    gtk_file_chooser_set_current_folder (chooser, request->initial_folder, NULL);
  if (request->initial_name != NULL)
    gtk_file_chooser_set_current_name (chooser, request->initial_name);
  if (request->filter != NULL)
    gtk_file_chooser_add_filter (chooser, request->filter);

  g_signal_connect (native, "response", G_CALLBACK (on_native_response_cb), data);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

#endif

/**
 * nd_file_chooser_run:
 * @parent: (nullable): the window the chooser belongs to
 * @request: what to ask
 * @owner: (type GObject): the object asking, kept alive until the chooser answers
 * @func: called with the files chosen, if any
 * @user_data: for @func; not freed, so a value such as GINT_TO_POINTER (mode)
 *
 * Shows the platform's file chooser, modal to @parent.
 */
void
nd_file_chooser_run (GtkWindow                  *parent,
                     const NdFileChooserRequest *request,
                     gpointer                    owner,
                     NdFileChooserFunc           func,
                     gpointer                    user_data)
{
  ChooseData *data;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (request != NULL);
  g_return_if_fail (G_IS_OBJECT (owner));
  g_return_if_fail (func != NULL);

  data = g_new0 (ChooseData, 1);
  data->action = request->action;
  data->owner = g_object_ref (owner);
  data->func = func;
  data->user_data = user_data;

  run_chooser (parent, request, data);
}

/* nd-window-actions.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nd-window-actions"

#include "config.h"

#include <glib/gi18n.h>

#include "nd-window-private.h"

static GtkFileFilter *
create_article_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Article Files"));
  gtk_file_filter_add_mime_type (filter, "application/json");
  gtk_file_filter_add_mime_type (filter, "application/feed+json");
  gtk_file_filter_add_mime_type (filter, "application/x-ndjson");
  gtk_file_filter_add_suffix (filter, "json");
  gtk_file_filter_add_suffix (filter, "jsonl");
  gtk_file_filter_add_suffix (filter, "ndjson");
  gtk_file_filter_add_suffix (filter, "jsonfeed");

  return filter;
}

static GFile *
dup_last_folder (NdWindow *self)
{
  g_autofree char *path = NULL;

  if (self->settings == NULL)
    return NULL;

  path = g_settings_get_string (self->settings, "last-folder");
  if (path[0] == '\0' || !g_file_test (path, G_FILE_TEST_IS_DIR))
    return NULL;

  return g_file_new_for_path (path);
}

static void
remember_folder (NdWindow *self,
                 GFile    *file,
                 gboolean  is_folder)
{
  g_autoptr(GFile) folder = is_folder ? g_object_ref (file) : g_file_get_parent (file);

  if (self->settings != NULL && folder != NULL && g_file_peek_path (folder) != NULL)
    g_settings_set_string (self->settings, "last-folder", g_file_peek_path (folder));
}

/* How chosen files join what is open. */
typedef enum
{
  CHOOSE_OPEN,      /* instead of what is open */
  CHOOSE_ADD,       /* beside it */
} ChooseMode;

static void
open_chosen_files (NdWindow   *self,
                   GListModel *files,
                   gboolean    folders,
                   ChooseMode  mode)
{
  g_autoptr(GPtrArray) array = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (files); i++)
    g_ptr_array_add (array, g_list_model_get_item (files, i));

  if (array->len == 0)
    return;

  remember_folder (self, g_ptr_array_index (array, 0), folders);
  if (mode == CHOOSE_ADD)
    nd_window_add_files (self, (GFile **)array->pdata, array->len);
  else
    nd_window_open_files (self, (GFile **)array->pdata, array->len);
}

static const char *
get_chooser_title (gboolean   folders,
                   ChooseMode mode)
{
  if (mode == CHOOSE_ADD)
    return folders ? _("Add a Folder to Open Articles") : _("Add Files to Open Articles");

  return folders ? _("Open Folder") : _("Open Files");
}

#if GTK_CHECK_VERSION (4, 10, 0)

static void
on_files_chosen_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(NdWindow) self = user_data;
  g_autoptr(GListModel) files = NULL;
  GtkFileDialog *dialog = GTK_FILE_DIALOG (object);
  ChooseMode mode = GPOINTER_TO_INT (g_object_get_data (object, "nd-choose-mode"));

  files = gtk_file_dialog_open_multiple_finish (dialog, result, NULL);
  if (files != NULL)
    open_chosen_files (self, files, FALSE, mode);
}

static void
on_folders_chosen_cb (GObject      *object,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(NdWindow) self = user_data;
  g_autoptr(GListModel) files = NULL;
  GtkFileDialog *dialog = GTK_FILE_DIALOG (object);
  ChooseMode mode = GPOINTER_TO_INT (g_object_get_data (object, "nd-choose-mode"));

  files = gtk_file_dialog_select_multiple_folders_finish (dialog, result, NULL);
  if (files != NULL)
    open_chosen_files (self, files, TRUE, mode);
}

static void
choose_files (NdWindow   *self,
              gboolean    folders,
              ChooseMode  mode)
{
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  g_autoptr(GFile) last_folder = dup_last_folder (self);

  g_object_set_data (G_OBJECT (dialog), "nd-choose-mode", GINT_TO_POINTER (mode));
  gtk_file_dialog_set_modal (dialog, TRUE);
  gtk_file_dialog_set_initial_folder (dialog, last_folder);

  if (folders)
    {
      gtk_file_dialog_set_title (dialog, get_chooser_title (folders, mode));
      gtk_file_dialog_select_multiple_folders (dialog, GTK_WINDOW (self), NULL,
                                               on_folders_chosen_cb, g_object_ref (self));
    }
  else
    {
      g_autoptr(GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
      g_autoptr(GtkFileFilter) filter = create_article_filter ();

      g_list_store_append (filters, filter);
      gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (filters));
      gtk_file_dialog_set_title (dialog, get_chooser_title (folders, mode));
      gtk_file_dialog_open_multiple (dialog, GTK_WINDOW (self), NULL,
                                     on_files_chosen_cb, g_object_ref (self));
    }
}

#else

static void
on_native_response_cb (GtkNativeDialog *dialog,
                       int              response,
                       gpointer         user_data)
{
  NdWindow *self = ND_WINDOW (user_data);

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (dialog));
      gboolean folders = gtk_file_chooser_get_action (GTK_FILE_CHOOSER (dialog)) ==
                         GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER;
      ChooseMode mode = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "nd-choose-mode"));

      open_chosen_files (self, files, folders, mode);
    }

  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
  g_object_unref (self);
}

static void
choose_files (NdWindow   *self,
              gboolean    folders,
              ChooseMode  mode)
{
  GtkFileChooserNative *native;
  g_autoptr(GFile) last_folder = dup_last_folder (self);

  native = gtk_file_chooser_native_new (get_chooser_title (folders, mode),
                                        GTK_WINDOW (self),
                                        folders ? GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER
                                                : GTK_FILE_CHOOSER_ACTION_OPEN,
                                        mode == CHOOSE_ADD ? _("_Add") : _("_Open"),
                                        _("_Cancel"));
  g_object_set_data (G_OBJECT (native), "nd-choose-mode", GINT_TO_POINTER (mode));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (native), TRUE);
  if (last_folder != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (native), last_folder, NULL);
  if (!folders)
    {
      g_autoptr(GtkFileFilter) filter = create_article_filter ();
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
    }

  g_signal_connect (native, "response", G_CALLBACK (on_native_response_cb),
                    g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

#endif

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  choose_files (ND_WINDOW (widget), FALSE, CHOOSE_OPEN);
}

static void
open_folder_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  choose_files (ND_WINDOW (widget), TRUE, CHOOSE_OPEN);
}

static void
add_files_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  choose_files (ND_WINDOW (widget), FALSE, CHOOSE_ADD);
}

static void
add_folder_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  choose_files (ND_WINDOW (widget), TRUE, CHOOSE_ADD);
}

static void
close_articles_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  nd_window_close_articles (ND_WINDOW (widget));
}

static void
open_sample_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  nd_window_open_sample (ND_WINDOW (widget));
}

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  _nd_window_reload (ND_WINDOW (widget));
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  NdWindow *self = ND_WINDOW (widget);

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
next_article_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  nd_sidebar_select_next (ND_WINDOW (widget)->sidebar);
}

static void
previous_article_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *param)
{
  nd_sidebar_select_previous (ND_WINDOW (widget)->sidebar);
}

/* The reader owns the text size; the window only gives it the keyboard shortcuts. */
static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  NdWindow *self = ND_WINDOW (widget);
  const char *reader_action = g_str_equal (action_name, "win.zoom-in") ? "reader.zoom-in" :
                              g_str_equal (action_name, "win.zoom-out") ? "reader.zoom-out" :
                              "reader.zoom-reset";

  gtk_widget_activate_action (GTK_WIDGET (self->article_view), reader_action, NULL);
}

/* Built on first use, not with every window: the shortcuts window is a large widget tree
 * and would cost every start-up several milliseconds. */
static void
show_shortcuts_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  g_autoptr(GtkBuilder) builder = NULL;
  GtkWindow *shortcuts;

  builder = gtk_builder_new_from_resource ("/com/example/NewsDesk/nd-shortcuts-window.ui");
  shortcuts = GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
  gtk_window_set_transient_for (shortcuts, GTK_WINDOW (widget));
  gtk_window_present (shortcuts);
}

static void
show_load_errors_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *param)
{
  _nd_window_show_load_errors (ND_WINDOW (widget));
}

static void
dismiss_banner_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  _nd_window_dismiss_banner (ND_WINDOW (widget));
}

/* The one place that decides which commands make sense right now. */
void
_nd_window_update_actions (NdWindow *self)
{
  gboolean has_articles = g_list_model_get_n_items (G_LIST_MODEL (self->store)) > 0;
  gboolean has_selection = nd_sidebar_get_selected_article (self->sidebar) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.reload", self->roots->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.close", self->roots->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.search", has_articles);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.next-article", has_selection);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.previous-article", has_selection);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-load-errors",
                                 nd_article_store_get_errors (self->store)->len > 0);
}

static void
add_binding (GtkWidgetClass  *widget_class,
             guint            keyval,
             GdkModifierType  modifiers,
             const char      *action_name)
{
  gtk_widget_class_add_binding_action (widget_class, keyval, modifiers, action_name, NULL);
}

void
_nd_window_class_actions_init (NdWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-folder", NULL, open_folder_action);
  gtk_widget_class_install_action (widget_class, "win.add-files", NULL, add_files_action);
  gtk_widget_class_install_action (widget_class, "win.add-folder", NULL, add_folder_action);
  gtk_widget_class_install_action (widget_class, "win.open-sample", NULL, open_sample_action);
  gtk_widget_class_install_action (widget_class, "win.close", NULL, close_articles_action);
  gtk_widget_class_install_action (widget_class, "win.reload", NULL, reload_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.next-article", NULL, next_article_action);
  gtk_widget_class_install_action (widget_class, "win.previous-article", NULL,
                                   previous_article_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-reset", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL,
                                   show_shortcuts_action);
  gtk_widget_class_install_action (widget_class, "win.show-load-errors", NULL,
                                   show_load_errors_action);
  gtk_widget_class_install_action (widget_class, "win.dismiss-banner", NULL,
                                   dismiss_banner_action);

  add_binding (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open");
  add_binding (widget_class, GDK_KEY_o, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.open-folder");
  add_binding (widget_class, GDK_KEY_O, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.open-folder");
  add_binding (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search");
  add_binding (widget_class, GDK_KEY_F5, 0, "win.reload");
  add_binding (widget_class, GDK_KEY_r, GDK_CONTROL_MASK, "win.reload");
  add_binding (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "win.next-article");
  add_binding (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "win.previous-article");
  add_binding (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "win.zoom-in");
  add_binding (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "win.zoom-in");
  add_binding (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK, "win.zoom-in");
  add_binding (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "win.zoom-out");
  add_binding (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "win.zoom-out");
  add_binding (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "win.zoom-reset");
  add_binding (widget_class, GDK_KEY_KP_0, GDK_CONTROL_MASK, "win.zoom-reset");
  /* Ctrl+W closes what is open; with nothing open, the window. */
  add_binding (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "win.close");
  add_binding (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close");
  add_binding (widget_class, GDK_KEY_question, GDK_CONTROL_MASK, "win.show-help-overlay");
  add_binding (widget_class, GDK_KEY_question, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
               "win.show-help-overlay");
}

/* nd-window-actions.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nd-window-actions"

#include "config.h"

#include <glib/gi18n.h>

#include "nd-file-chooser.h"
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
open_chosen_files (gpointer              owner,
                   NdFileChooserAction   action,
                   GFile               **files,
                   guint                 n_files,
                   gpointer              user_data)
{
  NdWindow *self = ND_WINDOW (owner);

  remember_folder (self, files[0], action == ND_FILE_CHOOSER_OPEN_FOLDERS);
  if (GPOINTER_TO_INT (user_data) == CHOOSE_ADD)
    nd_window_add_files (self, files, n_files);
  else
    nd_window_open_files (self, files, n_files);
}

static const char *
get_chooser_title (gboolean   folders,
                   ChooseMode mode)
{
  if (mode == CHOOSE_ADD)
    return folders ? _("Add a Folder to Open Articles") : _("Add Files to Open Articles");

  return folders ? _("Open Folder") : _("Open Files");
}

static void
choose_files (NdWindow   *self,
              gboolean    folders,
              ChooseMode  mode)
{
  g_autoptr(GFile) last_folder = dup_last_folder (self);
  g_autoptr(GtkFileFilter) filter = folders ? NULL : create_article_filter ();
  NdFileChooserRequest request = {
    .action = folders ? ND_FILE_CHOOSER_OPEN_FOLDERS : ND_FILE_CHOOSER_OPEN_FILES,
    .title = get_chooser_title (folders, mode),
    .accept_label = mode == CHOOSE_ADD ? _("_Add") : _("_Open"),
    .initial_folder = last_folder,
    .filter = filter,
  };

  nd_file_chooser_run (GTK_WINDOW (self), &request, self, open_chosen_files,
                       GINT_TO_POINTER (mode));
}

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
  _nd_window_update_side_by_side_actions (self);
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

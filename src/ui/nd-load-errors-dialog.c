/* nd-load-errors-dialog.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nd-load-errors-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "model/nd-load-error.h"
#include "nd-accessible.h"
#include "nd-load-errors-dialog-private.h"
#include "util/nd-sanitize.h"

/* Lists every problem met while loading, one row a problem, so that the user can find the
 * file and the place; "Copy All" gives the same lines newsdesk-cli prints. */
struct _NdLoadErrorsDialog
{
  GtkWindow   parent_instance;

  GtkListBox *list_box;
  GPtrArray  *errors;
  guint       n_rows;
};

G_DEFINE_FINAL_TYPE (NdLoadErrorsDialog, nd_load_errors_dialog, GTK_TYPE_WINDOW)

static char *
dup_place (const NdLoadError *error)
{
  if (error->line > 0 && error->column > 0)
    return g_strdup_printf (_("Line %u, column %u"), error->line, error->column);
  if (error->line > 0)
    return g_strdup_printf (_("Line %u"), error->line);

  return NULL;
}

static GtkWidget *
create_label (const char *text,
              const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}

static GtkWidget *
create_row (const NdLoadError *error)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *text_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gboolean is_error = error->severity == ND_LOAD_SEVERITY_ERROR;
  GtkWidget *icon = gtk_image_new_from_icon_name (is_error ? "dialog-error-symbolic"
                                                           : "dialog-warning-symbolic");
  /* File names are in the file system's encoding and may hold anything, a newline too. */
  g_autofree char *file = nd_sanitize_filename (error->file ? error->file : "");
  g_autofree char *basename = g_path_get_basename (file);
  g_autofree char *place = dup_place (error);
  g_autofree char *accessible = NULL;

  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_widget_set_tooltip_text (icon, is_error ? _("Not loaded") : _("Loaded with a repair"));
  gtk_widget_add_css_class (icon, is_error ? "error" : "warning");
  gtk_box_append (GTK_BOX (box), icon);

  gtk_box_append (GTK_BOX (text_box), create_label (basename, "heading"));
  gtk_box_append (GTK_BOX (text_box), create_label (error->message, NULL));
  if (place != NULL)
    gtk_box_append (GTK_BOX (text_box), create_label (place, "caption"));
  gtk_box_append (GTK_BOX (text_box), create_label (file, "dim-label"));
  gtk_widget_set_hexpand (text_box, TRUE);
  gtk_box_append (GTK_BOX (box), text_box);

  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  accessible = nd_load_error_to_string (error);
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible, -1);

  return box;
}

static void
copy_all (NdLoadErrorsDialog *self)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < self->errors->len; i++)
    {
      g_autofree char *line = nd_load_error_to_string (g_ptr_array_index (self->errors, i));

      g_string_append_printf (text, "%s\n", line);
    }

  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), text->str);
}

static void
nd_load_errors_dialog_finalize (GObject *object)
{
  NdLoadErrorsDialog *self = (NdLoadErrorsDialog *)object;

  g_clear_pointer (&self->errors, g_ptr_array_unref);

  G_OBJECT_CLASS (nd_load_errors_dialog_parent_class)->finalize (object);
}

static void
nd_load_errors_dialog_class_init (NdLoadErrorsDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = nd_load_errors_dialog_finalize;

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
nd_load_errors_dialog_init (NdLoadErrorsDialog *self)
{
  GtkWidget *header = gtk_header_bar_new ();
  GtkWidget *copy = gtk_button_new_with_mnemonic (_("_Copy All"));
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  gtk_window_set_title (GTK_WINDOW (self), _("Problems While Loading"));
  gtk_window_set_default_size (GTK_WINDOW (self), 640, 480);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (self), TRUE);

  g_signal_connect_object (copy, "clicked", G_CALLBACK (copy_all), self, G_CONNECT_SWAPPED);
  gtk_header_bar_pack_start (GTK_HEADER_BAR (header), copy);
  gtk_window_set_titlebar (GTK_WINDOW (self), header);

  self->list_box = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list_box, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list_box), "boxed-list");
  gtk_widget_set_margin_top (GTK_WIDGET (self->list_box), 12);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->list_box), 12);
  gtk_widget_set_margin_start (GTK_WIDGET (self->list_box), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->list_box), 12);
  gtk_widget_set_valign (GTK_WIDGET (self->list_box), GTK_ALIGN_START);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Problems"), -1);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->list_box));
  gtk_window_set_child (GTK_WINDOW (self), scrolled);
  nd_accessible_name_mnemonics (header);
}

/**
 * nd_load_errors_dialog_new:
 * @errors: (element-type NdLoadError): the problems; copied
 */
GtkWindow *
nd_load_errors_dialog_new (GtkWindow *parent,
                           GPtrArray *errors)
{
  NdLoadErrorsDialog *self;

  g_return_val_if_fail (errors != NULL, NULL);

  self = g_object_new (ND_TYPE_LOAD_ERRORS_DIALOG, "transient-for", parent, NULL);
  self->errors = g_ptr_array_new_with_free_func ((GDestroyNotify)nd_load_error_free);

  /* Failures first: they are what the banner counted. */
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < errors->len; i++)
      {
        const NdLoadError *error = g_ptr_array_index (errors, i);
        gboolean is_error = error->severity == ND_LOAD_SEVERITY_ERROR;

        if (is_error != (pass == 0))
          continue;

        g_ptr_array_add (self->errors, nd_load_error_copy (error));
        gtk_list_box_append (self->list_box, create_row (error));
        self->n_rows++;
      }

  return GTK_WINDOW (self);
}

guint
nd_load_errors_dialog_get_n_rows (NdLoadErrorsDialog *self)
{
  g_return_val_if_fail (ND_IS_LOAD_ERRORS_DIALOG (self), 0);

  return self->n_rows;
}

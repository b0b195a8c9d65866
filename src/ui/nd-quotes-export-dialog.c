/* nd-quotes-export-dialog.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The first step of exporting quotes: which format.  "Export…" then emits ::format-chosen
 * and closes; the panel asks for the file name with the platform's file chooser, whose
 * filters cannot offer a choice of format on GTK 4.8. */

#define G_LOG_DOMAIN "nd-quotes-export-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "nd-accessible.h"
#include "nd-quotes-export-dialog-private.h"

struct _NdQuotesExportDialog
{
  GtkWindow       parent_instance;

  GtkCheckButton *buttons[ND_QUOTE_N_FORMATS];
  GtkCheckButton *byte_order_mark_button;
  GtkLabel       *summary_label;
};

G_DEFINE_FINAL_TYPE (NdQuotesExportDialog, nd_quotes_export_dialog, GTK_TYPE_WINDOW)

enum {
  FORMAT_CHOSEN,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

/* What each format is for, under its name. */
static const char *
describe_format (NdQuoteFormat format)
{
  switch (format)
    {
    case ND_QUOTE_FORMAT_MARKDOWN:
      return _("Block quotes with speaker, linked headline, source and date");
    case ND_QUOTE_FORMAT_TEXT:
      return _("Quotes and their sources as plain text");
    case ND_QUOTE_FORMAT_CSV:
      return _("One row per quote, for spreadsheets");
    case ND_QUOTE_FORMAT_JSON:
      return _("Every field of every quote, for scripts");
    case ND_QUOTE_FORMAT_CSL_JSON:
      return _("The quoted articles, for Zotero and pandoc citations");
    case ND_QUOTE_FORMAT_BIBTEX:
      return _("The quoted articles, for LaTeX and reference managers");
    case ND_QUOTE_N_FORMATS:
    default:
      g_return_val_if_reached ("");
    }
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  NdQuotesExportDialog *self = ND_QUOTES_EXPORT_DIALOG (widget);

  g_object_ref (self);
  gtk_widget_set_visible (widget, FALSE);
  g_signal_emit (self, signals [FORMAT_CHOSEN], 0, nd_quotes_export_dialog_get_format (self));
  gtk_window_destroy (GTK_WINDOW (self));
  g_object_unref (self);
}

static GtkWidget *
create_format_button (NdQuotesExportDialog *self,
                      NdQuoteFormat         format)
{
  GtkWidget *button = gtk_check_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (nd_quote_format_get_label (format));
  GtkWidget *description = gtk_label_new (describe_format (format));
  g_autofree char *extension = g_strdup_printf (".%s", nd_quote_format_get_extension (format));
  GtkWidget *heading = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *suffix = gtk_label_new (extension);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_widget_add_css_class (name, "heading");
  gtk_widget_add_css_class (suffix, "dim-label");
  gtk_box_append (GTK_BOX (heading), name);
  gtk_box_append (GTK_BOX (heading), suffix);
  gtk_label_set_xalign (GTK_LABEL (description), 0);
  gtk_label_set_wrap (GTK_LABEL (description), TRUE);
  /* A wrapping label asks for its whole text on one line unless told a width; longer
   * translations then made the dialog wider than its frame. */
  gtk_label_set_max_width_chars (GTK_LABEL (description), 44);
  gtk_label_set_width_chars (GTK_LABEL (description), 30);
  gtk_widget_add_css_class (description, "dim-label");
  gtk_widget_add_css_class (description, "caption");
  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), description);
  gtk_check_button_set_child (GTK_CHECK_BUTTON (button), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  nd_quote_format_get_label (format), -1);

  if (format > 0)
    gtk_check_button_set_group (GTK_CHECK_BUTTON (button), self->buttons[0]);
  self->buttons[format] = GTK_CHECK_BUTTON (button);

  return button;
}

/* The byte-order mark is a CSV matter: offered while CSV is chosen. */
static void
update_byte_order_mark_button (NdQuotesExportDialog *self)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->byte_order_mark_button),
                            gtk_check_button_get_active (self->buttons[ND_QUOTE_FORMAT_CSV]));
}

static GtkWidget *
create_byte_order_mark_button (NdQuotesExportDialog *self)
{
  GtkWidget *button = gtk_check_button_new_with_mnemonic (
      _("Mark CSV files as _UTF-8 for spreadsheet programs"));
  GtkWidget *label = gtk_check_button_get_child (GTK_CHECK_BUTTON (button));

  if (GTK_IS_LABEL (label))
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 44);
    }
  gtk_widget_set_tooltip_text (button, _("Starts the file with a byte-order mark, by which "
                                         "Excel and others recognise its accented letters"));
  gtk_widget_set_margin_start (button, 24);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (button), TRUE);
  self->byte_order_mark_button = GTK_CHECK_BUTTON (button);
  g_signal_connect_object (self->buttons[ND_QUOTE_FORMAT_CSV], "toggled",
                           G_CALLBACK (update_byte_order_mark_button), self, G_CONNECT_SWAPPED);

  return button;
}

static GtkWidget *
create_header_bar (void)
{
  GtkWidget *header = gtk_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *export = gtk_button_new_with_mnemonic (_("_Export…"));

  gtk_header_bar_set_show_title_buttons (GTK_HEADER_BAR (header), FALSE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "window.close");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (export), "export.export");
  gtk_widget_add_css_class (export, "suggested-action");
  gtk_header_bar_pack_start (GTK_HEADER_BAR (header), cancel);
  gtk_header_bar_pack_end (GTK_HEADER_BAR (header), export);

  return header;
}

static void
nd_quotes_export_dialog_class_init (NdQuotesExportDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  /**
   * NdQuotesExportDialog::format-chosen:
   * @format: the NdQuoteFormat picked
   *
   * Emitted when the user presses Export, before the dialog closes.
   */
  signals [FORMAT_CHOSEN] =
    g_signal_new ("format-chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_install_action (widget_class, "export.export", NULL, export_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "export.export", NULL);
}

static void
nd_quotes_export_dialog_init (NdQuotesExportDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *formats = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);

  gtk_window_set_title (GTK_WINDOW (self), _("Export Quotes"));
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_resizable (GTK_WINDOW (self), FALSE);
  gtk_window_set_titlebar (GTK_WINDOW (self), create_header_bar ());

  gtk_widget_set_margin_start (box, 18);
  gtk_widget_set_margin_end (box, 18);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 18);

  self->summary_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->summary_label, 0);
  gtk_label_set_wrap (self->summary_label, TRUE);
  gtk_label_set_max_width_chars (self->summary_label, 44);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->summary_label));

  for (NdQuoteFormat format = 0; format < ND_QUOTE_N_FORMATS; format++)
    {
      gtk_box_append (GTK_BOX (formats), create_format_button (self, format));
      if (format == ND_QUOTE_FORMAT_CSV)
        gtk_box_append (GTK_BOX (formats), create_byte_order_mark_button (self));
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (formats), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Format"), -1);
  gtk_box_append (GTK_BOX (box), formats);

  gtk_check_button_set_active (self->buttons[0], TRUE);
  update_byte_order_mark_button (self);
  gtk_window_set_child (GTK_WINDOW (self), box);
  nd_accessible_name_mnemonics (GTK_WIDGET (self));
  nd_accessible_name_mnemonics (gtk_window_get_titlebar (GTK_WINDOW (self)));
}

/**
 * nd_quotes_export_dialog_new:
 * @parent: the window to keep it above
 * @n_quotes: how many quotes will be exported
 * @selected: whether they are the selected ones, rather than all
 *
 * Returns: (transfer none): a new dialog; it destroys itself when closed
 */
NdQuotesExportDialog *
nd_quotes_export_dialog_new (GtkWindow *parent,
                             guint      n_quotes,
                             gboolean   selected)
{
  NdQuotesExportDialog *self = g_object_new (ND_TYPE_QUOTES_EXPORT_DIALOG,
                                             "transient-for", parent,
                                             "destroy-with-parent", TRUE,
                                             NULL);
  g_autofree char *summary = NULL;

  if (selected)
    summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Export the selected quote as:",
                                            "Export the %u selected quotes as:", n_quotes),
                               n_quotes);
  else
    summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Export the quote as:",
                                            "Export all %u quotes as:", n_quotes),
                               n_quotes);
  gtk_label_set_text (self->summary_label, summary);

  return self;
}

NdQuoteFormat
nd_quotes_export_dialog_get_format (NdQuotesExportDialog *self)
{
  g_return_val_if_fail (ND_IS_QUOTES_EXPORT_DIALOG (self), ND_QUOTE_FORMAT_MARKDOWN);

  for (NdQuoteFormat format = 0; format < ND_QUOTE_N_FORMATS; format++)
    if (gtk_check_button_get_active (self->buttons[format]))
      return format;

  return ND_QUOTE_FORMAT_MARKDOWN;
}

void
nd_quotes_export_dialog_set_format (NdQuotesExportDialog *self,
                                    NdQuoteFormat         format)
{
  g_return_if_fail (ND_IS_QUOTES_EXPORT_DIALOG (self));
  g_return_if_fail (format < ND_QUOTE_N_FORMATS);

  gtk_check_button_set_active (self->buttons[format], TRUE);
}

/* Whether a CSV export starts with a byte-order mark. */
gboolean
nd_quotes_export_dialog_get_byte_order_mark (NdQuotesExportDialog *self)
{
  g_return_val_if_fail (ND_IS_QUOTES_EXPORT_DIALOG (self), TRUE);

  return gtk_check_button_get_active (self->byte_order_mark_button);
}

void
nd_quotes_export_dialog_set_byte_order_mark (NdQuotesExportDialog *self,
                                             gboolean              byte_order_mark)
{
  g_return_if_fail (ND_IS_QUOTES_EXPORT_DIALOG (self));

  gtk_check_button_set_active (self->byte_order_mark_button, byte_order_mark);
}

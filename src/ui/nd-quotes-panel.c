/* nd-quotes-panel.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The Quotes panel: the collection as a list with multiple selection, drag-and-drop
 * reordering, export and copying.  Export and copy take the selected quotes, or all of
 * them when none is selected.  Going to a quote's article is the window's business: the
 * panel emits ::quote-activated. */

#define G_LOG_DOMAIN "nd-quotes-panel"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "nd-quote-row.h"
#include "nd-accessible.h"
#include "nd-file-chooser.h"
#include "nd-quotes-export-dialog.h"
#include "nd-quotes-panel-private.h"
#include "nd-ui-resources.h"

struct _NdQuotesPanel
{
  GtkWidget          parent_instance;

  NdQuoteCollection *collection;
  GtkMultiSelection *selection;
  NdQuoteFormat      last_format;
  GFile             *last_folder;   /* where the last export went */
  gboolean           csv_byte_order_mark;  /* as last chosen in the export dialog */

  GtkLabel          *count_label;
  GtkLabel          *problem_label;
  GtkLabel          *message_label;
  GtkWidget         *message_box;
  GtkWidget         *undo_button;

  /* The quotes the last removal took, with the positions they had, ascending; Undo puts
   * them back.  Cleared by the next message. */
  GPtrArray         *removed;
  GArray            *removed_positions;
  GtkStack          *stack;
  GtkListView       *list_view;
};

G_DEFINE_FINAL_TYPE (NdQuotesPanel, nd_quotes_panel, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_COLLECTION,
  N_PROPS
};

enum {
  QUOTE_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

static guint
count_quotes (NdQuotesPanel *self)
{
  return self->collection != NULL
         ? g_list_model_get_n_items (G_LIST_MODEL (self->collection)) : 0;
}

static guint
count_selected (NdQuotesPanel *self)
{
  g_autoptr(GtkBitset) selected = NULL;

  if (self->collection == NULL)
    return 0;

  selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  return (guint)gtk_bitset_get_size (selected);
}

/* The position of the one selected quote; only meaningful when exactly one is. */
static guint
get_single_selected (NdQuotesPanel *self)
{
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));

  return gtk_bitset_get_minimum (selected);
}

static int
find_position (NdQuotesPanel *self,
               NdQuote       *quote)
{
  for (guint i = 0; i < count_quotes (self); i++)
    if (nd_quote_collection_get_quote (self->collection, i) == quote)
      return (int)i;

  return -1;
}

static void
update_state (NdQuotesPanel *self)
{
  guint n_quotes = count_quotes (self);
  guint n_selected = count_selected (self);
  g_autofree char *count = NULL;

  if (n_selected > 0)
    /* Translators: beside "Quotes" in the panel's header: "2 of 5 selected" */
    count = g_strdup_printf (_("%u of %u selected"), n_selected, n_quotes);
  else
    count = n_quotes > 0 ? g_strdup_printf ("%u", n_quotes) : g_strdup ("");
  gtk_label_set_text (self->count_label, count);

  gtk_stack_set_visible_child_name (self->stack, n_quotes > 0 ? "list" : "empty");

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "quotes.export", n_quotes > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "quotes.copy-markdown", n_quotes > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "quotes.copy-text", n_quotes > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "quotes.select-all", n_quotes > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "quotes.select-none", n_selected > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "quotes.remove-selected", n_selected > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "quotes.move-up",
                                 n_selected == 1 && get_single_selected (self) > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "quotes.move-down",
                                 n_selected == 1 && get_single_selected (self) + 1 < n_quotes);
}

static void
update_problem (NdQuotesPanel *self)
{
  const char *problem = self->collection != NULL
                        ? nd_quote_collection_get_problem (self->collection) : NULL;

  gtk_label_set_text (self->problem_label, problem != NULL ? problem : "");
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), problem != NULL);
}

/**
 * nd_quotes_panel_show_message:
 * @message: (nullable): a short note on what just happened, or %NULL to hide it
 */
void
nd_quotes_panel_show_message (NdQuotesPanel *self,
                              const char    *message)
{
  g_return_if_fail (ND_IS_QUOTES_PANEL (self));

  g_ptr_array_set_size (self->removed, 0);
  g_array_set_size (self->removed_positions, 0);
  gtk_widget_set_visible (self->undo_button, FALSE);
  gtk_label_set_text (self->message_label, message != NULL ? message : "");
  gtk_widget_set_visible (self->message_box, message != NULL);
}

/**
 * nd_quotes_panel_get_message:
 *
 * Returns: (nullable): the note shown above the list
 */
const char *
nd_quotes_panel_get_message (NdQuotesPanel *self)
{
  g_return_val_if_fail (ND_IS_QUOTES_PANEL (self), NULL);

  if (!gtk_widget_get_visible (self->message_box))
    return NULL;

  return gtk_label_get_text (self->message_label);
}

/* Row signals */

static void
on_show_quote_cb (NdQuotesPanel *self,
                  NdQuote       *quote)
{
  g_signal_emit (self, signals [QUOTE_ACTIVATED], 0, quote);
}

/* Removes the quotes at @positions (ascending) and offers to undo it. */
static void
remove_quotes (NdQuotesPanel *self,
               GArray        *positions)
{
  g_autoptr(GPtrArray) removed = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *message = NULL;

  for (guint i = 0; i < positions->len; i++)
    g_ptr_array_add (removed, g_object_ref (nd_quote_collection_get_quote (
                                self->collection, g_array_index (positions, guint, i))));

  /* From the end, so that the positions still to remove stay valid. */
  for (guint i = positions->len; i > 0; i--)
    nd_quote_collection_remove (self->collection, g_array_index (positions, guint, i - 1));

  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Removed %u quote", "Removed %u quotes",
                                          positions->len),
                             positions->len);
  nd_quotes_panel_show_message (self, message);
  g_ptr_array_extend_and_steal (self->removed, g_steal_pointer (&removed));
  g_array_append_vals (self->removed_positions, positions->data, positions->len);
  gtk_widget_set_visible (self->undo_button, TRUE);
}

static void
on_remove_quote_cb (NdQuotesPanel *self,
                    NdQuote       *quote)
{
  g_autoptr(GArray) positions = g_array_new (FALSE, FALSE, sizeof (guint));
  int position = find_position (self, quote);

  if (position < 0)
    return;

  g_array_append_val (positions, position);
  remove_quotes (self, positions);
}

static void
on_quote_dropped_cb (NdQuoteRow *row,
                     NdQuote    *dropped,
                     gpointer    user_data)
{
  NdQuotesPanel *self = ND_QUOTES_PANEL (user_data);
  int from = find_position (self, dropped);
  int to = find_position (self, nd_quote_row_get_quote (row));

  if (from >= 0 && to >= 0)
    nd_quote_collection_move (self->collection, (guint)from, (guint)to);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              NdQuotesPanel            *self)
{
  GtkWidget *row = nd_quote_row_new ();

  g_signal_connect_object (row, "show-quote", G_CALLBACK (on_show_quote_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (row, "remove-quote", G_CALLBACK (on_remove_quote_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (row, "quote-dropped", G_CALLBACK (on_quote_dropped_cb), self, 0);
  gtk_list_item_set_child (item, row);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             NdQuotesPanel            *self)
{
  nd_quote_row_set_quote (ND_QUOTE_ROW (gtk_list_item_get_child (item)),
                          gtk_list_item_get_item (item));
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               NdQuotesPanel            *self)
{
  nd_quote_row_set_quote (ND_QUOTE_ROW (gtk_list_item_get_child (item)), NULL);
}

static void
on_activate_cb (NdQuotesPanel *self,
                guint          position)
{
  NdQuote *quote = nd_quote_collection_get_quote (self->collection, position);

  if (quote != NULL)
    g_signal_emit (self, signals [QUOTE_ACTIVATED], 0, quote);
}

/* Copy and export */

/**
 * nd_quotes_panel_dup_export_quotes:
 *
 * Returns: (transfer full) (element-type NdQuote): the selected quotes in panel order, or
 *   every quote when none is selected
 */
GPtrArray *
nd_quotes_panel_dup_export_quotes (NdQuotesPanel *self)
{
  GPtrArray *quotes = g_ptr_array_new_with_free_func (g_object_unref);
  gboolean only_selected;

  g_return_val_if_fail (ND_IS_QUOTES_PANEL (self), quotes);

  only_selected = count_selected (self) > 0;
  for (guint i = 0; i < count_quotes (self); i++)
    if (!only_selected || gtk_selection_model_is_selected (GTK_SELECTION_MODEL (self->selection), i))
      g_ptr_array_add (quotes, g_object_ref (nd_quote_collection_get_quote (self->collection, i)));

  return quotes;
}

static void
copy_quotes (NdQuotesPanel *self,
             NdQuoteFormat  format)
{
  g_autoptr(GPtrArray) quotes = nd_quotes_panel_dup_export_quotes (self);
  g_autofree char *text = nd_quote_export (format, quotes);
  g_autofree char *message = NULL;

  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), text);

  if (format == ND_QUOTE_FORMAT_MARKDOWN)
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Copied %u quote as Markdown",
                                            "Copied %u quotes as Markdown", quotes->len),
                               quotes->len);
  else
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Copied %u quote as text",
                                            "Copied %u quotes as text", quotes->len),
                               quotes->len);
  nd_quotes_panel_show_message (self, message);
}

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  copy_quotes (ND_QUOTES_PANEL (widget),
               g_str_equal (action_name, "quotes.copy-markdown") ? ND_QUOTE_FORMAT_MARKDOWN
                                                                 : ND_QUOTE_FORMAT_TEXT);
}

/* The first of "name.ext", "name (2).ext", … that does not exist yet. */
static GFile *
dup_free_file (GFile      *folder,
               const char *name,
               const char *extension)
{
  g_autofree char *first = g_strdup_printf ("%s.%s", name, extension);
  GFile *file = g_file_get_child (folder, first);

  for (guint i = 2; g_file_query_exists (file, NULL) && i < 1000; i++)
    {
      g_autofree char *numbered = g_strdup_printf ("%s (%u).%s", name, i, extension);

      g_object_unref (file);
      file = g_file_get_child (folder, numbered);
    }

  return file;
}

/* A name typed without an extension gets the format's, so that the file opens in the
 * programs meant for it.  The file chooser asked before replacing the name typed, not the
 * one with the extension, so an existing file of that name is not replaced either. */
static GFile *
dup_file_with_extension (GFile         *file,
                         NdQuoteFormat  format)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autoptr(GFile) folder = g_file_get_parent (file);
  const char *dot = name != NULL ? strrchr (name, '.') : NULL;

  /* A leading dot names a hidden file; it is not an extension. */
  if (folder == NULL || name == NULL || (dot != NULL && dot != name && dot[1] != '\0'))
    return g_object_ref (file);

  return dup_free_file (folder, name, nd_quote_format_get_extension (format));
}

/**
 * nd_quotes_panel_export_to_file:
 *
 * Writes what Export would (the selected quotes, or all) to @file, atomically, and says
 * so in the panel.  The export dialog ends here.  A name without an extension gets the
 * format's; CSV starts with a byte-order mark unless the export dialog was told otherwise.
 *
 * Returns: %TRUE on success
 */
gboolean
nd_quotes_panel_export_to_file (NdQuotesPanel  *self,
                                NdQuoteFormat   format,
                                GFile          *file,
                                GError        **error)
{
  g_autoptr(GPtrArray) quotes = NULL;
  g_autoptr(GFile) target = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;
  NdQuoteExportFlags flags = ND_QUOTE_EXPORT_NONE;

  g_return_val_if_fail (ND_IS_QUOTES_PANEL (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (format == ND_QUOTE_FORMAT_CSV && self->csv_byte_order_mark)
    flags |= ND_QUOTE_EXPORT_BYTE_ORDER_MARK;
  quotes = nd_quotes_panel_dup_export_quotes (self);
  target = dup_file_with_extension (file, format);
  if (!nd_quote_export_to_file_full (format, quotes, target, flags, NULL, error))
    return FALSE;

  self->last_format = format;
  g_clear_object (&self->last_folder);
  self->last_folder = g_file_get_parent (target);
  name = g_file_get_basename (target);
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Exported %u quote to “%s”",
                                          "Exported %u quotes to “%s”", quotes->len),
                             quotes->len, name);
  nd_quotes_panel_show_message (self, message);

  return TRUE;
}

static void
show_export_error (NdQuotesPanel *self,
                   const GError  *error)
{
  g_autofree char *message = g_strdup_printf (_("The quotes could not be exported: %s"),
                                              error->message);

  /* In the panel rather than a dialog on top of the file chooser just closed: the user
   * can read it and try again. */
  nd_quotes_panel_show_message (self, message);
  gtk_widget_error_bell (GTK_WIDGET (self));
}

static void
export_to_chosen_file (NdQuotesPanel *self,
                       NdQuoteFormat  format,
                       GFile         *file)
{
  g_autoptr(GError) error = NULL;

  if (!nd_quotes_panel_export_to_file (self, format, file, &error))
    show_export_error (self, error);
}

/* The folder of the last export, else Documents, else home. */
static GFile *
dup_initial_folder (NdQuotesPanel *self)
{
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);

  if (self->last_folder != NULL)
    return g_object_ref (self->last_folder);

  if (documents != NULL && g_file_test (documents, G_FILE_TEST_IS_DIR))
    return g_file_new_for_path (documents);

  return g_file_new_for_path (g_get_home_dir ());
}

static char *
dup_suggested_name (NdQuoteFormat format)
{
  /* Translators: the file name an export suggests, before its extension */
  return g_strdup_printf ("%s.%s", _("quotes"), nd_quote_format_get_extension (format));
}

static void
on_save_chosen (gpointer              owner,
                NdFileChooserAction   action,
                GFile               **files,
                guint                 n_files,
                gpointer              user_data)
{
  export_to_chosen_file (ND_QUOTES_PANEL (owner), GPOINTER_TO_UINT (user_data), files[0]);
}

static void
choose_file (NdQuotesPanel *self,
             NdQuoteFormat  format)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autofree char *name = dup_suggested_name (format);
  g_autoptr(GFile) folder = dup_initial_folder (self);
  NdFileChooserRequest request = {
    .action = ND_FILE_CHOOSER_SAVE,
    .title = _("Export Quotes"),
    .accept_label = _("_Export"),
    .initial_folder = folder,
    .initial_name = name,
  };

  nd_file_chooser_run (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, &request, self,
                       on_save_chosen, GUINT_TO_POINTER (format));
}

static void
on_format_chosen_cb (NdQuotesExportDialog *dialog,
                     guint                 format,
                     NdQuotesPanel        *self)
{
  self->last_format = (NdQuoteFormat)format;
  self->csv_byte_order_mark = nd_quotes_export_dialog_get_byte_order_mark (dialog);
  choose_file (self, (NdQuoteFormat)format);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  NdQuotesPanel *self = ND_QUOTES_PANEL (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  guint n_selected = count_selected (self);
  NdQuotesExportDialog *dialog;

  if (count_quotes (self) == 0)
    return;

  dialog = nd_quotes_export_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                        n_selected > 0 ? n_selected : count_quotes (self),
                                        n_selected > 0);
  nd_quotes_export_dialog_set_format (dialog, self->last_format);
  nd_quotes_export_dialog_set_byte_order_mark (dialog, self->csv_byte_order_mark);
  g_signal_connect_object (dialog, "format-chosen", G_CALLBACK (on_format_chosen_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
select_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  NdQuotesPanel *self = ND_QUOTES_PANEL (widget);

  if (g_str_equal (action_name, "quotes.select-all"))
    gtk_selection_model_select_all (GTK_SELECTION_MODEL (self->selection));
  else
    gtk_selection_model_unselect_all (GTK_SELECTION_MODEL (self->selection));
}

static void
remove_selected_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  NdQuotesPanel *self = ND_QUOTES_PANEL (widget);
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  g_autoptr(GArray) positions = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < gtk_bitset_get_size (selected); i++)
    {
      guint position = gtk_bitset_get_nth (selected, i);

      g_array_append_val (positions, position);
    }

  if (positions->len > 0)
    remove_quotes (self, positions);
}

/* Puts the quotes of the last removal back where they were. */
static void
undo_remove_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  NdQuotesPanel *self = ND_QUOTES_PANEL (widget);
  g_autoptr(GPtrArray) removed = g_ptr_array_ref (self->removed);
  g_autoptr(GArray) positions = g_array_ref (self->removed_positions);

  self->removed = g_ptr_array_new_with_free_func (g_object_unref);
  self->removed_positions = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < removed->len; i++)
    nd_quote_collection_insert (self->collection, g_array_index (positions, guint, i),
                                g_ptr_array_index (removed, i));

  nd_quotes_panel_show_message (self, NULL);
}

/* Reordering without a mouse: the selected quote one place up or down. */
static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  NdQuotesPanel *self = ND_QUOTES_PANEL (widget);
  gboolean up = g_str_equal (action_name, "quotes.move-up");
  guint from = get_single_selected (self);
  guint to;

  if (count_selected (self) != 1 || (up && from == 0) || (!up && from + 1 >= count_quotes (self)))
    return;

  to = up ? from - 1 : from + 1;

  nd_quote_collection_move (self->collection, from, to);
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), to, TRUE);
}

/* GObject */

static void
nd_quotes_panel_dispose (GObject *object)
{
  GtkWidget *child;
  NdQuotesPanel *self = ND_QUOTES_PANEL (object);

  if (self->list_view != NULL)
    gtk_list_view_set_model (self->list_view, NULL);
  g_clear_object (&self->selection);
  if (self->collection != NULL)
    g_signal_handlers_disconnect_by_data (self->collection, self);
  g_clear_object (&self->collection);
  g_clear_pointer (&self->removed, g_ptr_array_unref);
  g_clear_object (&self->last_folder);
  g_clear_pointer (&self->removed_positions, g_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), ND_TYPE_QUOTES_PANEL);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (nd_quotes_panel_parent_class)->dispose (object);
}

static void
nd_quotes_panel_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  NdQuotesPanel *self = ND_QUOTES_PANEL (object);

  switch (prop_id)
    {
    case PROP_COLLECTION:
      g_value_set_object (value, self->collection);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nd_quotes_panel_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  NdQuotesPanel *self = ND_QUOTES_PANEL (object);

  switch (prop_id)
    {
    case PROP_COLLECTION:
      nd_quotes_panel_set_collection (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nd_quotes_panel_class_init (NdQuotesPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  (void)nd_ui_get_resource ();

  object_class->dispose = nd_quotes_panel_dispose;
  object_class->get_property = nd_quotes_panel_get_property;
  object_class->set_property = nd_quotes_panel_set_property;

  properties [PROP_COLLECTION] =
    g_param_spec_object ("collection", NULL, NULL, ND_TYPE_QUOTE_COLLECTION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * NdQuotesPanel::quote-activated:
   * @quote: the quote to show in its article
   */
  signals [QUOTE_ACTIVATED] =
    g_signal_new ("quote-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                  NULL, NULL, G_TYPE_NONE, 1, ND_TYPE_QUOTE);

  gtk_widget_class_install_action (widget_class, "quotes.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "quotes.copy-markdown", NULL, copy_action);
  gtk_widget_class_install_action (widget_class, "quotes.copy-text", NULL, copy_action);
  gtk_widget_class_install_action (widget_class, "quotes.select-all", NULL, select_action);
  gtk_widget_class_install_action (widget_class, "quotes.select-none", NULL, select_action);
  gtk_widget_class_install_action (widget_class, "quotes.remove-selected", NULL,
                                   remove_selected_action);
  gtk_widget_class_install_action (widget_class, "quotes.undo-remove", NULL, undo_remove_action);
  gtk_widget_class_install_action (widget_class, "quotes.move-up", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "quotes.move-down", NULL, move_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0,
                                       "quotes.remove-selected", NULL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/example/NewsDesk/nd-quotes-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, NdQuotesPanel, count_label);
  gtk_widget_class_bind_template_child (widget_class, NdQuotesPanel, problem_label);
  gtk_widget_class_bind_template_child (widget_class, NdQuotesPanel, message_label);
  gtk_widget_class_bind_template_child (widget_class, NdQuotesPanel, message_box);
  gtk_widget_class_bind_template_child (widget_class, NdQuotesPanel, undo_button);
  gtk_widget_class_bind_template_child (widget_class, NdQuotesPanel, stack);
  gtk_widget_class_bind_template_child (widget_class, NdQuotesPanel, list_view);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "quotespanel");
}

static void
nd_quotes_panel_init (NdQuotesPanel *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  nd_accessible_name_mnemonics (GTK_WIDGET (self));
  self->csv_byte_order_mark = TRUE;
  self->removed = g_ptr_array_new_with_free_func (g_object_unref);
  self->removed_positions = g_array_new (FALSE, FALSE, sizeof (guint));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
  g_signal_connect_swapped (self->list_view, "activate", G_CALLBACK (on_activate_cb), self);

  update_state (self);
}

GtkWidget *
nd_quotes_panel_new (void)
{
  return g_object_new (ND_TYPE_QUOTES_PANEL, NULL);
}

/**
 * nd_quotes_panel_get_collection:
 *
 * Returns: (transfer none) (nullable): the quotes shown
 */
NdQuoteCollection *
nd_quotes_panel_get_collection (NdQuotesPanel *self)
{
  g_return_val_if_fail (ND_IS_QUOTES_PANEL (self), NULL);

  return self->collection;
}

void
nd_quotes_panel_set_collection (NdQuotesPanel     *self,
                                NdQuoteCollection *collection)
{
  g_return_if_fail (ND_IS_QUOTES_PANEL (self));

  if (self->collection == collection)
    return;

  if (self->collection != NULL)
    g_signal_handlers_disconnect_by_data (self->collection, self);
  g_set_object (&self->collection, collection);

  g_clear_object (&self->selection);
  if (collection != NULL)
    {
      self->selection = gtk_multi_selection_new (g_object_ref (G_LIST_MODEL (collection)));
      g_signal_connect_swapped (collection, "items-changed", G_CALLBACK (update_state), self);
      g_signal_connect_swapped (collection, "notify::problem", G_CALLBACK (update_problem), self);
      g_signal_connect_swapped (self->selection, "selection-changed",
                                G_CALLBACK (update_state), self);
    }
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  update_state (self);
  update_problem (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_COLLECTION]);
}

/**
 * nd_quotes_panel_get_selection:
 *
 * Returns: (transfer none) (nullable): the selection over the collection
 */
GtkSelectionModel *
nd_quotes_panel_get_selection (NdQuotesPanel *self)
{
  g_return_val_if_fail (ND_IS_QUOTES_PANEL (self), NULL);

  return GTK_SELECTION_MODEL (self->selection);
}

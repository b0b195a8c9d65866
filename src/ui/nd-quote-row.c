/* nd-quote-row.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* One collected quote in the Quotes panel: its words, where it was published, and entries
 * for the speaker and a note that change the quote as the user types (the collection
 * saves each change).  The row can be dragged onto another row to reorder; it reports
 * drops, removal and "show in article" as signals and leaves the work to the panel. */

#define G_LOG_DOMAIN "nd-quote-row"

#include "config.h"

#include <glib/gi18n.h>

#include "dates/nd-date-format.h"
#include "nd-quote-row-private.h"

struct _NdQuoteRow
{
  GtkWidget   parent_instance;

  NdQuote    *quote;
  gboolean    updating;

  GtkWidget  *box;
  GtkLabel   *text_label;
  GtkButton  *show_button;
  GtkButton  *remove_button;
  GtkLabel   *source_label;
  GtkEntry   *speaker_entry;
  GtkEntry   *note_entry;
};

G_DEFINE_FINAL_TYPE (NdQuoteRow, nd_quote_row, GTK_TYPE_WIDGET)

enum {
  SHOW_QUOTE,
  REMOVE_QUOTE,
  QUOTE_DROPPED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

/* "Headline · Source · 4 March 2026": whichever of them the quote has. */
static char *
dup_source_line (NdQuote *quote)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *date = nd_quote_dup_date (quote);

  if (nd_quote_get_article_title (quote) != NULL)
    g_ptr_array_add (parts, g_strdup (nd_quote_get_article_title (quote)));
  if (nd_quote_get_source (quote) != NULL)
    g_ptr_array_add (parts, g_strdup (nd_quote_get_source (quote)));
  if (date != NULL)
    {
      g_autoptr(GDateTime) day = NULL;
      g_autofree char *iso = g_strconcat (date, "T12:00:00Z", NULL);

      day = g_date_time_new_from_iso8601 (iso, NULL);
      /* Translators: the day an article was published, e.g. "4 March 2026"; see
       * g_date_time_format() */
      g_ptr_array_add (parts, day != NULL ? nd_date_format_with_names (day, _("%-d %B %Y"))
                                          : g_strdup (date));
    }
  g_ptr_array_add (parts, NULL);

  /* Translators: between the headline, the source and the date under a collected quote */
  return g_strjoinv (C_("quote source line", " · "), (char **)parts->pdata);
}

static void
set_entry_text (GtkEntry   *entry,
                const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), text != NULL ? text : "");
}

static void
on_speaker_changed_cb (NdQuoteRow *self,
                       GtkEditable *editable)
{
  if (self->quote != NULL && !self->updating)
    nd_quote_set_speaker (self->quote, gtk_editable_get_text (editable));
}

static void
on_note_changed_cb (NdQuoteRow  *self,
                    GtkEditable *editable)
{
  if (self->quote != NULL && !self->updating)
    nd_quote_set_note (self->quote, gtk_editable_get_text (editable));
}

static void
on_show_clicked_cb (NdQuoteRow *self)
{
  if (self->quote != NULL)
    g_signal_emit (self, signals [SHOW_QUOTE], 0, self->quote);
}

static void
on_remove_clicked_cb (NdQuoteRow *self)
{
  if (self->quote != NULL)
    g_signal_emit (self, signals [REMOVE_QUOTE], 0, self->quote);
}

static void
on_text_released_cb (GtkGestureClick *gesture,
                     int              n_press,
                     double           x,
                     double           y,
                     NdQuoteRow      *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture));

  /* Ctrl- and Shift-clicks select; a plain click goes to the quote. */
  if (n_press == 1 && (state & (GDK_CONTROL_MASK | GDK_SHIFT_MASK)) == 0)
    on_show_clicked_cb (self);
}

static GdkContentProvider *
on_drag_prepare_cb (GtkDragSource *source,
                    double         x,
                    double         y,
                    NdQuoteRow    *self)
{
  if (self->quote == NULL)
    return NULL;

  return gdk_content_provider_new_typed (ND_TYPE_QUOTE, self->quote);
}

static void
on_drag_begin_cb (GtkDragSource *source,
                  GdkDrag       *drag,
                  NdQuoteRow    *self)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (self));

  gtk_drag_source_set_icon (source, paintable, 0, 0);
}

static gboolean
on_drop_cb (GtkDropTarget *target,
            const GValue  *value,
            double         x,
            double         y,
            NdQuoteRow    *self)
{
  NdQuote *dropped = g_value_get_object (value);

  if (self->quote == NULL || dropped == NULL || dropped == self->quote)
    return FALSE;

  g_signal_emit (self, signals [QUOTE_DROPPED], 0, dropped);
  return TRUE;
}

static void
setup_dnd (NdQuoteRow *self)
{
  GtkDragSource *source = gtk_drag_source_new ();
  GtkDropTarget *target = gtk_drop_target_new (ND_TYPE_QUOTE, GDK_ACTION_MOVE);
  GtkGesture *click = gtk_gesture_click_new ();

  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (on_drag_prepare_cb), self);
  g_signal_connect (source, "drag-begin", G_CALLBACK (on_drag_begin_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->text_label), GTK_EVENT_CONTROLLER (source));

  g_signal_connect (target, "drop", G_CALLBACK (on_drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "released", G_CALLBACK (on_text_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->text_label), GTK_EVENT_CONTROLLER (click));
}

static void
nd_quote_row_dispose (GObject *object)
{
  GtkWidget *child;
  NdQuoteRow *self = ND_QUOTE_ROW (object);

  g_clear_object (&self->quote);
  gtk_widget_dispose_template (GTK_WIDGET (self), ND_TYPE_QUOTE_ROW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (nd_quote_row_parent_class)->dispose (object);
}

static void
nd_quote_row_class_init (NdQuoteRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nd_quote_row_dispose;

  /**
   * NdQuoteRow::show-quote:
   * @quote: the row's quote
   *
   * The user asked to see the quote in its article.
   */
  signals [SHOW_QUOTE] =
    g_signal_new ("show-quote", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, ND_TYPE_QUOTE);

  /**
   * NdQuoteRow::remove-quote:
   * @quote: the row's quote
   */
  signals [REMOVE_QUOTE] =
    g_signal_new ("remove-quote", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, ND_TYPE_QUOTE);

  /**
   * NdQuoteRow::quote-dropped:
   * @dropped: the quote dragged onto this row, to take its place
   */
  signals [QUOTE_DROPPED] =
    g_signal_new ("quote-dropped", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, ND_TYPE_QUOTE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/example/NewsDesk/nd-quote-row.ui");
  gtk_widget_class_bind_template_child (widget_class, NdQuoteRow, box);
  gtk_widget_class_bind_template_child (widget_class, NdQuoteRow, text_label);
  gtk_widget_class_bind_template_child (widget_class, NdQuoteRow, show_button);
  gtk_widget_class_bind_template_child (widget_class, NdQuoteRow, remove_button);
  gtk_widget_class_bind_template_child (widget_class, NdQuoteRow, source_label);
  gtk_widget_class_bind_template_child (widget_class, NdQuoteRow, speaker_entry);
  gtk_widget_class_bind_template_child (widget_class, NdQuoteRow, note_entry);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "quoterow");
}

static void
nd_quote_row_init (NdQuoteRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_swapped (self->speaker_entry, "changed", G_CALLBACK (on_speaker_changed_cb), self);
  g_signal_connect_swapped (self->note_entry, "changed", G_CALLBACK (on_note_changed_cb), self);
  g_signal_connect_swapped (self->show_button, "clicked", G_CALLBACK (on_show_clicked_cb), self);
  g_signal_connect_swapped (self->remove_button, "clicked", G_CALLBACK (on_remove_clicked_cb), self);
  setup_dnd (self);
}

GtkWidget *
nd_quote_row_new (void)
{
  return g_object_new (ND_TYPE_QUOTE_ROW, NULL);
}

/**
 * nd_quote_row_get_quote:
 *
 * Returns: (transfer none) (nullable): the quote shown
 */
NdQuote *
nd_quote_row_get_quote (NdQuoteRow *self)
{
  g_return_val_if_fail (ND_IS_QUOTE_ROW (self), NULL);

  return self->quote;
}

/**
 * nd_quote_row_set_quote:
 * @quote: (nullable): the quote to show; rows are recycled, so this may be called again
 */
void
nd_quote_row_set_quote (NdQuoteRow *self,
                        NdQuote    *quote)
{
  g_autofree char *source = NULL;
  g_autofree char *label = NULL;

  g_return_if_fail (ND_IS_QUOTE_ROW (self));

  if (!g_set_object (&self->quote, quote))
    return;

  self->updating = TRUE;
  if (quote != NULL)
    {
      source = dup_source_line (quote);
      /* Translators: a collected quote in the Quotes panel, in quotation marks */
      label = g_strdup_printf (_("“%s”"), nd_quote_get_text (quote));
      gtk_label_set_text (self->text_label, label);
      gtk_label_set_text (self->source_label, source);
      set_entry_text (self->speaker_entry, nd_quote_get_speaker (quote));
      set_entry_text (self->note_entry, nd_quote_get_note (quote));
    }
  else
    {
      gtk_label_set_text (self->text_label, "");
      gtk_label_set_text (self->source_label, "");
      set_entry_text (self->speaker_entry, NULL);
      set_entry_text (self->note_entry, NULL);
    }
  self->updating = FALSE;
}

GtkEditable *
nd_quote_row_get_speaker_entry (NdQuoteRow *self)
{
  g_return_val_if_fail (ND_IS_QUOTE_ROW (self), NULL);

  return GTK_EDITABLE (self->speaker_entry);
}

GtkEditable *
nd_quote_row_get_note_entry (NdQuoteRow *self)
{
  g_return_val_if_fail (ND_IS_QUOTE_ROW (self), NULL);

  return GTK_EDITABLE (self->note_entry);
}

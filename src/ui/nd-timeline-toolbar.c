/* nd-timeline-toolbar.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The toolbar of NdTimeline, left of its axis: the zoom buttons and the button with the
 * undated articles, which the timeline cannot place, in a popover. */

#define G_LOG_DOMAIN "nd-timeline"

#include "config.h"

#include <glib/gi18n.h>

#include "nd-timeline-private.h"

void
_nd_timeline_update_undated_button (NdTimeline *self)
{
  guint n_undated = g_list_model_get_n_items (G_LIST_MODEL (self->undated));
  g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u undated",
                                                        "%'u undated", n_undated),
                                           n_undated);

  gtk_menu_button_set_label (GTK_MENU_BUTTON (self->undated_button), text);
  gtk_widget_set_visible (self->undated_button, n_undated > 0);
}

static void
setup_undated_row_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *item,
                      gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (GTK_LABEL (label), 36);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 60);
  gtk_widget_set_margin_start (label, 6);
  gtk_widget_set_margin_end (label, 6);
  gtk_list_item_set_child (item, label);
}

static void
bind_undated_row_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *item,
                     gpointer                  user_data)
{
  NdArticle *article = gtk_list_item_get_item (item);
  g_autofree char *text = NULL;

  /* Translators: an undated article in the timeline's list: "Title — Source" */
  text = g_strdup_printf (C_("undated article", "%s — %s"), _nd_timeline_get_title (article),
                          _nd_timeline_get_source_name (article));
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text);
}

static void
on_undated_activate_cb (GtkListView *list,
                        guint        position,
                        NdTimeline  *self)
{
  g_autoptr(NdArticle) article = g_list_model_get_item (G_LIST_MODEL (self->undated), position);

  gtk_menu_button_popdown (GTK_MENU_BUTTON (self->undated_button));
  _nd_timeline_select_article (self, article, FALSE);
}

static GtkWidget *
create_icon_button (const char *icon_name,
                    const char *action_name,
                    const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_focus_on_click (button, FALSE);
  gtk_widget_add_css_class (button, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  tooltip, -1);

  return button;
}

void
_nd_timeline_create_toolbar (NdTimeline *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *popover = gtk_popover_new ();

  self->toolbar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_set_parent (self->toolbar, GTK_WIDGET (self));

  gtk_box_append (GTK_BOX (self->toolbar),
                  create_icon_button ("zoom-fit-best-symbolic", "timeline.zoom-fit",
                                      _("Zoom to Fit")));
  gtk_box_append (GTK_BOX (self->toolbar),
                  create_icon_button ("zoom-out-symbolic", "timeline.zoom-out", _("Zoom Out")));
  gtk_box_append (GTK_BOX (self->toolbar),
                  create_icon_button ("zoom-in-symbolic", "timeline.zoom-in", _("Zoom In")));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_undated_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_undated_row_cb), NULL);
  self->undated_list = gtk_list_view_new (GTK_SELECTION_MODEL (gtk_no_selection_new (
                                            g_object_ref (G_LIST_MODEL (self->undated)))),
                                          factory);
  gtk_list_view_set_single_click_activate (GTK_LIST_VIEW (self->undated_list), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->undated_list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Undated articles"), -1);
  g_signal_connect_object (self->undated_list, "activate", G_CALLBACK (on_undated_activate_cb),
                           self, 0);

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), self->undated_list);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_propagate_natural_width (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 320);
  gtk_popover_set_child (GTK_POPOVER (popover), scrolled);

  self->undated_button = gtk_menu_button_new ();
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (self->undated_button), popover);
  gtk_menu_button_set_has_frame (GTK_MENU_BUTTON (self->undated_button), FALSE);
  gtk_widget_set_tooltip_text (self->undated_button,
                               _("Articles without a date, which the timeline cannot place"));
  gtk_widget_set_visible (self->undated_button, FALSE);
  gtk_box_append (GTK_BOX (self->toolbar), self->undated_button);
}

static void
show_undated_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  NdTimeline *self = ND_TIMELINE (widget);

  if (gtk_widget_get_visible (self->undated_button))
    gtk_menu_button_popup (GTK_MENU_BUTTON (self->undated_button));
}

/* The zoom buttons' actions are nd-timeline-input.c's, which keys share. */
void
_nd_timeline_toolbar_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "timeline.show-undated", NULL,
                                   show_undated_action);
}

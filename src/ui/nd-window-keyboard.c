/* nd-window-keyboard.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Getting around the window without a mouse: F6 and Shift+F6 go from one part of the window
 * to the next (header bar, article list, reader, timeline, Quotes panel), Tab leaves the
 * article list at once rather than stepping through its rows, and Ctrl+Z brings back the
 * quotes removed last.
 *
 * Side by side, F6 goes to the left reader, and F8 and Shift+F8 go through the statements
 * both articles carry (GtkPaned's F8 would otherwise move the focus to a pane's handle).
 *
 * These shortcuts run in the capture phase, before the widget with the focus sees the key:
 * GtkPaned has an F6 of its own that would otherwise cycle only within one pane, and
 * GtkListView takes Tab to go from row to row. */

#define G_LOG_DOMAIN "nd-window-keyboard"

#include "config.h"

#include "nd-window-private.h"

enum {
  PANE_HEADER_BAR,
  PANE_SIDEBAR,
  PANE_READER,
  PANE_TIMELINE,
  PANE_QUOTES,
  PANE_EMPTY_PAGE,
  N_PANES
};

static GtkWidget *
get_pane (NdWindow *self,
          guint     pane)
{
  switch (pane)
    {
    case PANE_HEADER_BAR:
      return gtk_window_get_titlebar (GTK_WINDOW (self));
    case PANE_SIDEBAR:
      return GTK_WIDGET (self->sidebar);
    case PANE_READER:
      /* The reader, or what shows in its place: the Compare view, or two side by side. */
      return gtk_stack_get_visible_child (self->reader_stack);
    case PANE_TIMELINE:
      return GTK_WIDGET (self->timeline);
    case PANE_QUOTES:
      return GTK_WIDGET (self->quotes_panel);
    case PANE_EMPTY_PAGE:
      return gtk_stack_get_child_by_name (self->main_stack, "empty");
    default:
      g_return_val_if_reached (NULL);
    }
}

/* The pane that holds the focus, or N_PANES. */
static guint
find_focused_pane (NdWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  if (focus == NULL)
    return N_PANES;

  for (guint pane = 0; pane < N_PANES; pane++)
    {
      GtkWidget *widget = get_pane (self, pane);

      if (widget != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget)))
        return pane;
    }

  return N_PANES;
}

/* Gives @pane the focus, where a user would start in it. */
static gboolean
focus_pane (NdWindow *self,
            guint     pane)
{
  GtkWidget *widget = get_pane (self, pane);

  if (widget == NULL || !gtk_widget_get_mapped (widget) || !gtk_widget_is_sensitive (widget))
    return FALSE;
  /* While the stack fades from one page to the other, both are mapped. */
  if (pane != PANE_HEADER_BAR &&
      !gtk_widget_is_ancestor (widget, gtk_stack_get_visible_child (self->main_stack)) &&
      widget != gtk_stack_get_visible_child (self->main_stack))
    return FALSE;

  switch (pane)
    {
    case PANE_SIDEBAR:
    case PANE_TIMELINE:
      return gtk_widget_grab_focus (widget);
    case PANE_READER:
      if (widget == GTK_WIDGET (self->article_view))
        return gtk_widget_grab_focus (GTK_WIDGET (nd_article_view_get_text_view (self->article_view)));
      if (widget == GTK_WIDGET (self->side_by_side_view))
        return nd_side_by_side_view_focus_reader (self->side_by_side_view);
      return gtk_widget_child_focus (widget, GTK_DIR_TAB_FORWARD);
    default:
      return gtk_widget_child_focus (widget, GTK_DIR_TAB_FORWARD);
    }
}

static void
focus_next_pane (NdWindow *self,
                 gboolean  backwards)
{
  guint current = find_focused_pane (self);

  /* With nothing focused, forwards starts at the header bar, backwards at the last pane. */
  for (guint step = 1; step <= N_PANES; step++)
    {
      guint pane;

      if (current == N_PANES)
        pane = backwards ? N_PANES - step : step - 1;
      else
        pane = (current + (backwards ? N_PANES - step : step)) % N_PANES;

      if (focus_pane (self, pane))
        return;
    }
}

static gboolean
on_f6_cb (GtkWidget *widget,
          GVariant  *args,
          gpointer   user_data)
{
  focus_next_pane (ND_WINDOW (widget), GPOINTER_TO_INT (user_data));

  return TRUE;
}

/* Side by side, the next statement both articles carry; elsewhere F8 stays GtkPaned's. */
static gboolean
on_f8_cb (GtkWidget *widget,
          GVariant  *args,
          gpointer   user_data)
{
  return _nd_window_select_next_shared (ND_WINDOW (widget), GPOINTER_TO_INT (user_data));
}

/* The article list is one stop for Tab: within it, the arrow keys move. */
static gboolean
on_tab_cb (GtkWidget *widget,
           GVariant  *args,
           gpointer   user_data)
{
  NdWindow *self = ND_WINDOW (widget);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  GtkWidget *list = focus != NULL ? gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_VIEW) : NULL;

  if (list == NULL || !gtk_widget_is_ancestor (list, GTK_WIDGET (self->sidebar)))
    return FALSE;

  for (guint pane = PANE_READER; pane < N_PANES; pane++)
    if (focus_pane (self, pane))
      return TRUE;

  return FALSE;
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  NdWindow *self = ND_WINDOW (widget);

  if (self->quotes_panel != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self->quotes_panel), "quotes.undo-remove", NULL);
}

static void
add_shortcut (GtkShortcutController *controller,
              guint                  keyval,
              GdkModifierType        modifiers,
              GtkShortcutFunc        callback,
              gboolean               backwards)
{
  gtk_shortcut_controller_add_shortcut (
      controller,
      gtk_shortcut_new (gtk_keyval_trigger_new (keyval, modifiers),
                        gtk_callback_action_new (callback, GINT_TO_POINTER (backwards), NULL)));
}

void
_nd_window_setup_keyboard (NdWindow *self)
{
  GtkShortcutController *controller = GTK_SHORTCUT_CONTROLLER (gtk_shortcut_controller_new ());

  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (controller), GTK_PHASE_CAPTURE);
  gtk_event_controller_set_name (GTK_EVENT_CONTROLLER (controller), "nd-window-keyboard");
  add_shortcut (controller, GDK_KEY_F6, 0, on_f6_cb, FALSE);
  add_shortcut (controller, GDK_KEY_F6, GDK_SHIFT_MASK, on_f6_cb, TRUE);
  add_shortcut (controller, GDK_KEY_F8, 0, on_f8_cb, FALSE);
  add_shortcut (controller, GDK_KEY_F8, GDK_SHIFT_MASK, on_f8_cb, TRUE);
  add_shortcut (controller, GDK_KEY_Tab, 0, on_tab_cb, FALSE);
  add_shortcut (controller, GDK_KEY_KP_Tab, 0, on_tab_cb, FALSE);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (controller));
}

void
_nd_window_class_keyboard_init (NdWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
}

/**
 * _nd_window_focus_next_pane:
 *
 * What F6 (or, @backwards, Shift+F6) does.
 */
void
_nd_window_focus_next_pane (NdWindow *self,
                            gboolean  backwards)
{
  focus_next_pane (self, backwards);
}

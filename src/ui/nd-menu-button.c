/* nd-menu-button.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "nd-menu-button.h"

static void
create_popup_cb (GtkMenuButton *button,
                 gpointer       user_data)
{
  gtk_menu_button_set_menu_model (button, G_MENU_MODEL (user_data));
}

/**
 * nd_menu_button_set_menu_model_on_demand:
 * @model: the menu @button shows
 *
 * Gives @button its menu when it is first opened. A menu button builds the whole popover
 * of its menu as soon as it has the model, which would add to the time before a window's
 * first frame for menus nobody has opened yet.
 */
void
nd_menu_button_set_menu_model_on_demand (GtkMenuButton *button,
                                         GMenuModel    *model)
{
  g_return_if_fail (GTK_IS_MENU_BUTTON (button));
  g_return_if_fail (G_IS_MENU_MODEL (model));

  gtk_menu_button_set_create_popup_func (button, create_popup_cb, g_object_ref (model),
                                         g_object_unref);
}

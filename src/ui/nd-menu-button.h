/* nd-menu-button.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void nd_menu_button_set_menu_model_on_demand (GtkMenuButton *button,
                                              GMenuModel    *model);

G_END_DECLS

/* nd-preferences-window.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define ND_TYPE_PREFERENCES_WINDOW (nd_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (NdPreferencesWindow, nd_preferences_window, ND, PREFERENCES_WINDOW, GtkWindow)

GtkWindow *nd_preferences_window_new           (GtkWindow           *parent);
GtkWidget *nd_preferences_window_get_font_button (NdPreferencesWindow *self);

G_END_DECLS

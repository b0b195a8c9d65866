/* nd-empty-page.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define ND_TYPE_EMPTY_PAGE (nd_empty_page_get_type ())

G_DECLARE_FINAL_TYPE (NdEmptyPage, nd_empty_page, ND, EMPTY_PAGE, GtkBox)

GtkWidget *nd_empty_page_new (void);

G_END_DECLS

/* nd-accessible.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

char *nd_accessible_dup_without_mnemonic (const char *text);
void  nd_accessible_name_mnemonics       (GtkWidget  *root);
void  nd_accessible_update_label         (GtkLabel   *label);

G_END_DECLS

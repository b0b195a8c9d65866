/* nd-application.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define ND_TYPE_APPLICATION (nd_application_get_type ())

G_DECLARE_FINAL_TYPE (NdApplication, nd_application, ND, APPLICATION, GtkApplication)

NdApplication *nd_application_new              (void);
void           nd_application_bind_text_domain (void);

G_END_DECLS

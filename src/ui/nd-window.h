/* nd-window.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "nd-application.h"
#include "load/nd-article-store.h"

G_BEGIN_DECLS

#define ND_TYPE_WINDOW (nd_window_get_type ())

G_DECLARE_FINAL_TYPE (NdWindow, nd_window, ND, WINDOW, GtkApplicationWindow)

NdWindow       *nd_window_new                  (NdApplication  *application);
NdArticleStore *nd_window_get_store            (NdWindow       *self);
gboolean        nd_window_has_articles         (NdWindow       *self);
void            nd_window_open_files           (NdWindow       *self,
                                                GFile         **files,
                                                guint           n_files);
void            nd_window_add_files            (NdWindow       *self,
                                                GFile         **files,
                                                guint           n_files);
void            nd_window_open_sample          (NdWindow       *self);
void            nd_window_close_articles       (NdWindow       *self);

G_END_DECLS

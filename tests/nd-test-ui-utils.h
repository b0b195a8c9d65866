/* nd-test-ui-utils.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "nd-quotes-export-dialog.h"
#include "nd-test-utils.h"
#include "nd-window.h"

G_BEGIN_DECLS

/* Helpers for the tests of the 'ui' suite, which run with a display. */

void      nd_test_init_gtk        (int        *argc,
                                   char     ***argv);
gboolean  nd_test_widget_is_shown (gpointer    widget);
void      nd_test_wait_for_frames (GtkWidget  *widget,
                                   guint       n_frames);
void      nd_test_settle_display  (GtkWidget  *widget);
gboolean  nd_test_wait_until_settled (GtkWidget       *widget,
                                      NdTestCondition  condition,
                                      gpointer         data,
                                      guint            timeout_ms);
GtkWidget *nd_test_find_widget     (GtkWidget  *root,
                                   GType       type);
typedef gboolean (*NdTestWidgetTest) (GtkWidget     *widget,
                                      gconstpointer  data);
GtkWidget *nd_test_find_widget_where (GtkWidget        *widget,
                                      NdTestWidgetTest  test,
                                      gconstpointer     data);
GPtrArray *nd_test_find_widgets    (GtkWidget  *root,
                                   GType       type);
GdkTexture *nd_test_render         (GtkWidget  *widget);
void      nd_test_save_screenshot (GtkWidget  *widget,
                                   const char *name);
gboolean  nd_test_window_loaded   (gpointer    window);
NdWindow *nd_test_window_new      (int         width,
                                   int         height);
NdWindow *nd_test_window_new_with_sample (int  width,
                                          int  height);
GtkWindow *nd_test_find_toplevel  (GType       type);
NdQuotesExportDialog *nd_test_find_export_dialog (void);
void      nd_test_select_in_reader (NdWindow   *window,
                                    const char *words);
gboolean  nd_test_reader_at_top    (gpointer    window);

G_END_DECLS

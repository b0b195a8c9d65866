/* test-timeline-private.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the files of test-timeline share: the window with the sample story and real input
 * through the X server, defined in test-timeline.c. */

#pragma once

#include <gtk/gtk.h>

#include "nd-timeline.h"
#include "nd-window.h"

#define DAY 86400.0

NdTimeline *
get_timeline (NdWindow *window);

gboolean
timeline_ready (gpointer data);

NdWindow *
create_window_with_sample (void);

NdArticle *
lookup (NdWindow   *window,
        const char *id);

void
run_xdotool (const char *arguments);

gulong
get_xid (GtkWidget *widget);

void
to_x_window (GtkWidget *widget,
             double     x,
             double     y,
             double    *x_window,
             double    *y_window);

void
click_at (GtkWidget *widget,
          double     x,
          double     y);

void
assert_all_show (NdWindow   *window,
                 const char *id);

/* test-timeline-content.c */
void add_timeline_content_tests (void);

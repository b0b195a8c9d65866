/* test-sidebar-private.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the files of test-sidebar share: a sidebar over a store in a window, and finding
 * its widgets, defined in test-sidebar.c. */

#pragma once

#include <gtk/gtk.h>

#include "load/nd-article-store.h"
#include "nd-sidebar.h"

typedef struct
{
  char           *dir;
  NdArticleStore *store;
  GtkWindow      *window;
  NdSidebar      *sidebar;
} Fixture;

void
wait_settled (NdSidebar *sidebar);

void
load_file (NdArticleStore *store,
           const char     *dir,
           const char     *name);

void
present_sidebar (Fixture *fixture,
                 int      width,
                 int      height);

void
fixture_setup (Fixture       *fixture,
               gconstpointer  data);

void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data);

char *
dup_visible_ids (NdSidebar *sidebar);

const char *
selected_id (NdSidebar *sidebar);

GtkMenuButton *
find_menu_button (NdSidebar  *sidebar,
                  const char *tooltip);

GtkMenuButton *
find_filter_button (NdSidebar *sidebar);

GPtrArray *
find_source_checks (NdSidebar *sidebar);

const char *
check_text (GtkCheckButton *check);

char *
dup_source_labels (NdSidebar *sidebar);

GtkCheckButton *
find_source_check (NdSidebar  *sidebar,
                   const char *prefix);

const char *
count_label_text (NdSidebar *sidebar);

void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count);

void
save_screenshot (GtkWidget  *widget,
                 const char *name);

gboolean
match_nothing (gpointer item,
               gpointer user_data);

GtkLabel *
find_label_with_text (GtkWidget  *root,
                      const char *text);

/* test-sidebar-rows.c */
void add_sidebar_rows_tests (void);

/* test-article-view-private.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the files of test-article-view share: a view of the fixture's articles in a window,
 * its text tags, and the conditions the tests wait for, defined in test-article-view.c. */

#pragma once

#include <gtk/gtk.h>

#include "load/nd-article-store.h"
#include "nd-article-view-private.h"

typedef struct
{
  char           *dir;
  NdArticleStore *store;
} Fixture;

typedef struct
{
  NdArticleView *view;
  int            margin;
} MarginWait;

void
wait_for_frames (GtkWidget *window);

GtkWidget *
show_in_window (NdArticleView *view,
                int            width,
                int            height);

void
fixture_setup (Fixture       *fixture,
               gconstpointer  data);

void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data);

NdArticle *
lookup (Fixture    *fixture,
        const char *id);

GtkTextTag *
lookup_tag (NdArticleView *view,
            const char    *name);

void
get_iter (NdArticleView *view,
          GtkTextIter   *iter,
          int            offset);

gboolean
has_tag_at (NdArticleView *view,
            int            offset,
            const char    *name);

int
char_offset_of (const char *text,
                const char *needle);

gboolean
margins_are (gpointer data);

int
expected_margin (NdArticleView *view);

gboolean
scroll_target_visible (gpointer data);

gboolean
meta_is_light (gpointer data);

gboolean
meta_is_dark (gpointer data);

/* test-article-view-text.c */
void add_article_view_text_tests (void);

/* nd-window-private.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "compare/nd-story-list.h"
#include "nd-article-view.h"
#include "nd-compare-view.h"
#include "load/nd-folder-watcher.h"
#include "nd-quotes-panel.h"
#include "nd-compare-with-popover.h"
#include "nd-side-by-side-view.h"
#include "nd-sidebar.h"
#include "nd-timeline.h"
#include "nd-window.h"

G_BEGIN_DECLS

struct _NdWindow
{
  GtkApplicationWindow  parent_instance;

  NdArticleStore       *store;
  NdStoryList          *stories;           /* grouped while the sidebar lists stories */
  GCancellable         *cancellable;
  GSettings            *settings;
  GPtrArray            *roots;             /* GFile: what the user opened, for Reload */
  char                 *open_title;        /* names what is open; roots only change on open */
  NdFolderWatcher      *watcher;           /* the opened folders and all below them */
  NdSearchQuery        *query;             /* the search shown, or NULL */
  char                 *reselect_id;       /* the article to select again after a reload */
  guint                 research_source;
  guint                 failures_dismissed;
  guint                 layout_source;
  int                   laid_out_width;
  int                   laid_out_height;
  guint                 timeline_height_restored : 1;
  guint                 adapting_layout : 1;   /* a pane moved to fit: not the user's choice */

  GtkLabel             *title_label;
  GtkMenuButton        *primary_menu_button;
  GMenuModel           *primary_menu;
  GtkLabel             *subtitle_label;
  GtkToggleButton      *search_button;
  GtkSearchBar         *search_bar;
  GtkSearchEntry       *search_entry;
  GtkToggleButton      *search_by_date_button;
  GtkLabel             *search_problem_label;
  GtkRevealer          *banner_revealer;
  GtkLabel             *banner_label;
  GtkRevealer          *progress_revealer;
  GtkProgressBar       *progress_bar;
  GtkLabel             *progress_label;
  GtkStack             *main_stack;
  GtkPaned             *sidebar_paned;
  GtkPaned             *reader_paned;
  NdSidebar            *sidebar;
  NdArticleView        *article_view;
  GtkLabel             *story_summary_label;
  NdTimeline           *timeline;

  /* The Quotes panel and its toggle (nd-window-quotes.c) */
  GtkToggleButton      *quotes_button;
  GtkPaned             *quotes_paned;
  NdQuotesPanel        *quotes_panel;     /* made when first needed */
  NdQuoteCollection    *quote_collection; /* shared by the windows */

  /* The Compare view in place of the reader (nd-window-compare.c); the statements are
   * compared from the start, for the reader's tints, the view made when first shown. */
  GtkToggleButton      *compare_button;
  GtkStack             *reader_stack;
  NdStatementList      *statements;
  NdCompareView        *compare_view;

  /* Two articles side by side in place of the reader (nd-window-side-by-side.c); the
   * popover and the view are made when first needed, not with every window. */
  GtkMenuButton        *compare_with_button;
  NdCompareWithPopover *compare_with_popover;
  NdSideBySideView     *side_by_side_view;
  const char           *side_by_side_return; /* the page it goes back to */
};

void _nd_window_class_actions_init (NdWindowClass *klass);
void _nd_window_update_actions     (NdWindow      *self);
void _nd_window_reload             (NdWindow      *self);
void _nd_window_show_load_errors   (NdWindow      *self);
void _nd_window_dismiss_banner     (NdWindow      *self);
void _nd_window_setup_search       (NdWindow      *self);
void _nd_window_run_search         (NdWindow      *self);
void _nd_window_select_match       (NdWindow      *self,
                                    gboolean       backwards);

void _nd_window_setup_layout        (NdWindow      *self);
void _nd_window_queue_layout        (NdWindow      *self);

void _nd_window_class_keyboard_init (NdWindowClass *klass);
void _nd_window_setup_keyboard      (NdWindow      *self);
void _nd_window_focus_next_pane     (NdWindow      *self,
                                     gboolean       backwards);

void           _nd_window_class_quotes_init (NdWindowClass *klass);
void           _nd_window_setup_quotes      (NdWindow      *self);
NdQuotesPanel *_nd_window_get_quotes_panel  (NdWindow      *self);
void           _nd_window_bind_quotes_settings (NdWindow   *self);
void           _nd_window_add_quotes        (NdWindow      *self,
                                             GPtrArray     *quotes);

void           _nd_window_class_compare_init (NdWindowClass *klass);
void           _nd_window_setup_compare      (NdWindow      *self);
void           _nd_window_dispose_compare    (NdWindow      *self);
NdCompareView *_nd_window_ensure_compare_view (NdWindow     *self);

void           _nd_window_class_side_by_side_init (NdWindowClass *klass);
void           _nd_window_setup_side_by_side      (NdWindow      *self);
void           _nd_window_update_side_by_side_actions (NdWindow  *self);
gboolean       _nd_window_select_next_shared      (NdWindow      *self,
                                                   gboolean       backwards);
void           _nd_window_open_side_by_side       (NdWindow      *self,
                                                   NdArticle     *left,
                                                   NdArticle     *right,
                                                   int            left_offset);
void           _nd_window_side_by_side_follow_selection (NdWindow *self,
                                                         NdArticle *article);

/* Only the tests call these: they stay out of the public header. */

GtkWidget      *nd_window_get_compare_view     (NdWindow       *self);
NdStatementList *nd_window_get_statement_list  (NdWindow       *self);
gboolean        nd_window_has_compare_view     (NdWindow       *self);
GtkWidget      *nd_window_get_side_by_side_view (NdWindow      *self);
GtkWidget      *nd_window_get_compare_with_popover (NdWindow   *self);
NdArticle      *nd_window_get_selected_article (NdWindow       *self);
GtkWidget      *nd_window_get_sidebar          (NdWindow       *self);
GtkWidget      *nd_window_get_timeline         (NdWindow       *self);
GtkWidget      *nd_window_get_article_view     (NdWindow       *self);
gboolean        nd_window_get_banner_visible   (NdWindow       *self);
const char     *nd_window_get_story_summary    (NdWindow       *self);
const char     *nd_window_get_visible_page     (NdWindow       *self);
GtkWidget      *nd_window_get_search_entry     (NdWindow       *self);
const char     *nd_window_get_search_problem   (NdWindow       *self);

G_END_DECLS

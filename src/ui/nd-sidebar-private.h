/* nd-sidebar-private.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the parts of NdSidebar share: its data and the functions one part calls in another.
 * nd-sidebar.c is the widget (its model chain, properties, visible count and public API),
 * nd-sidebar-sources.c the source filter and its popover, nd-sidebar-sort.c the sort orders,
 * nd-sidebar-selection.c the selection, keeping it across refilters and moving it,
 * nd-sidebar-search.c the search results shown in the list and the suggestion, and
 * nd-sidebar-stories.c the list of stories shown instead of the articles. */

#pragma once

#include <gtk/gtk.h>

#include "compare/nd-story-list.h"
#include "nd-sidebar.h"
#include "nd-sidebar-test-private.h"

G_BEGIN_DECLS

typedef enum
{
  SORT_NEWEST,
  SORT_OLDEST,
  SORT_SOURCE,
  SORT_TITLE,
  N_SORT_ORDERS
} SortOrder;

/* Where GTK's documentation says incremental filtering starts to pay. */
#define INCREMENTAL_MIN_ITEMS 10000

/* One outlet in the source filter. */
typedef struct
{
  char      *name;       /* "" for articles without a source */
  char      *sort_key;
  GtkWidget *row;        /* owned by sources_box: the check and its Only button */
  GtkWidget *check;
  GtkLabel  *label;
  guint      count;
  guint      hidden : 1;
  guint      dirty : 1;  /* the label needs the new count */
} Source;

/* The source filter of nd-sidebar-sources.c: see there why it is a GtkFilter of its own. */
#define ND_TYPE_SIDEBAR_SOURCE_FILTER (nd_sidebar_source_filter_get_type ())

G_DECLARE_FINAL_TYPE (NdSidebarSourceFilter, nd_sidebar_source_filter,
                      ND, SIDEBAR_SOURCE_FILTER, GtkFilter)

struct _NdSidebar
{
  GtkWidget               parent_instance;

  GListModel             *model;
  GListModel             *articles;         /* what set_model() gave, kept during a search */
  GtkMenuButton          *sort_button;
  GMenuModel             *sort_menu;
  NdSearchQuery          *query;            /* the search shown, or NULL */
  char                   *suggestion;       /* a near search that finds something, or NULL */
  gulong                  items_changed_id;

  NdSidebarSourceFilter  *source_filter;
  GtkFilter              *filter;
  GtkEveryFilter         *every_filter;
  GtkFilterListModel     *filter_model;
  GtkSortListModel       *sort_model;
  GtkSingleSelection     *selection;
  GtkSorter              *sorters[N_SORT_ORDERS];
  SortOrder               sort_order;

  NdArticle              *selected_article;
  NdArticle              *kept_article;     /* to select again once a refilter brings it back */
  guint                   in_model_change;
  guint                   settle_source_id;
  guint                   selected_position;
  guint                   n_visible;

  GHashTable             *sources;          /* name → Source */
  GPtrArray              *sorted_sources;   /* Source, by name, the unknown source last */
  guint                   n_hidden;

  guint                   scroll_when_sorted : 1;
  guint                   showing_all : 1;

  GtkLabel               *count_label;
  GtkLabel               *empty_label;
  GtkButton              *suggestion_button;
  GtkLabel               *suggestion_label;
  GtkMenuButton          *filter_button;
  GtkBox                 *sources_box;
  GtkEditable            *sources_entry;
  GtkStack               *stack;
  GtkListView            *list_view;

  /* The stories shown instead of the articles (nd-sidebar-stories.c). */
  NdStoryList            *stories;
  NdStory                *selected_story;
  GHashTable             *story_articles;   /* of the selected story: what story_filter keeps */
  char                   *chosen_article_id; /* of the story chosen, kept while it regroups */
  GHashTable             *open_stories;     /* article ids: one of each story the user opened */
  GtkCustomFilter        *story_filter;     /* in every_filter, after the source filter */
  GHashTable             *search_hits;      /* NdArticle found by the search shown, or NULL */
  GtkCustomFilter        *hits_filter;
  GtkEveryFilter         *child_filter;     /* a story's articles: sources and search */
  GtkCustomFilter        *story_rows_filter;/* stories with an article child_filter keeps */
  gboolean                story_rows_match_all; /* child_filter keeps all: no function */
  GtkFilterListModel     *story_rows;
  GtkTreeListModel       *story_tree;
  GtkSliceListModel      *story_slice;      /* the rows the view has: grows after a regrouping */
  guint                   story_slice_source;
  GtkSingleSelection     *story_selection;
  GtkListView            *stories_view;
  GtkLabel               *stories_status;
  guint                   show_stories : 1;
};

typedef enum {
  PROP_0,
  PROP_MODEL,
  PROP_SELECTED_ARTICLE,
  PROP_SELECTED_POSITION,
  PROP_SORT_ORDER,
  PROP_N_VISIBLE,
  PROP_FILTER,
  PROP_SHOW_STORIES,
  PROP_SELECTED_STORY,
  N_PROPS
} NdSidebarProperty;


/* nd-sidebar.c: the widget, its properties and the visible count. */
void _nd_sidebar_notify (NdSidebar *self,
                         NdSidebarProperty prop);
gboolean _nd_sidebar_is_large (NdSidebar *self);
void _nd_sidebar_update_empty_state (NdSidebar *self);
void _nd_sidebar_update_count_label (NdSidebar *self);
void _nd_sidebar_update_visible (NdSidebar *self);
void _nd_sidebar_show_model (NdSidebar *self,
                             GListModel *articles);

/* nd-sidebar-sources.c: the source filter, its popover and the counts per source. */
void _nd_sidebar_sources_class_init (GtkWidgetClass *widget_class);
void _nd_sidebar_source_free (gpointer data);
const char *_nd_sidebar_source_key (NdArticle *article);
void _nd_sidebar_count_articles (NdSidebar *self,
                                 guint position,
                                 guint n_items);
void _nd_sidebar_recount_sources (NdSidebar *self);
void _nd_sidebar_update_source_widgets (NdSidebar *self);
void _nd_sidebar_clear_sources (NdSidebar *self);

/* nd-sidebar-sort.c: the sort orders. */
GtkSorter *_nd_sidebar_get_sorter (NdSidebar *self,
                                   SortOrder order);
int _nd_sidebar_compare_in_sort_order (NdSidebar *self,
                                       NdArticle *a,
                                       NdArticle *b);
void _nd_sidebar_on_sort_pending_cb (NdSidebar *self,
                                     GParamSpec *pspec,
                                     gpointer sort_model);

/* nd-sidebar-selection.c: scrolling, the selection and the article kept across refilters. */
void _nd_sidebar_scroll_to (NdSidebar *self,
                            guint position);
void _nd_sidebar_select_position (NdSidebar *self,
                                  guint position);
void _nd_sidebar_queue_settle_kept_article (NdSidebar *self);
void _nd_sidebar_on_visible_items_changing_cb (NdSidebar *self,
                                               guint position,
                                               guint removed,
                                               guint added,
                                               GListModel *model);
void _nd_sidebar_on_visible_items_changed_cb (NdSidebar *self,
                                              guint position,
                                              guint removed,
                                              guint added,
                                              GListModel *model);
void _nd_sidebar_on_selection_changed_cb (NdSidebar *self,
                                          GParamSpec *pspec,
                                          gpointer selection);

/* nd-sidebar-search.c: search results in the list and the suggestion. */
void _nd_sidebar_search_class_init (GtkWidgetClass *widget_class);

/* nd-sidebar-stories.c: the stories shown instead of the articles. */
void _nd_sidebar_stories_class_init (GtkWidgetClass *widget_class);
void _nd_sidebar_stories_init (NdSidebar *self);
void _nd_sidebar_stories_dispose (NdSidebar *self);
void _nd_sidebar_stories_set_search (NdSidebar *self,
                                     GListModel *results);
void _nd_sidebar_stories_update_status (NdSidebar *self);

G_END_DECLS

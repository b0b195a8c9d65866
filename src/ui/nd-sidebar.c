/* nd-sidebar.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The article list beside the reader, with its sort menu and source filter.
 *
 * The model chain is
 *
 *   articles (NdArticleStore, newest first)
 *     → GtkFilterListModel (GtkEveryFilter: the source filter, then the external filter slot)
 *     → GtkSortListModel (no sorter for "newest", since the store is already in that order)
 *     → GtkSingleSelection (autoselect, cannot unselect)
 *     → GtkListView of NdArticleRow.
 *
 * It has to stay smooth with 100,000 articles:
 *  - With many articles, refiltering (a source hidden, a new search) and resorting are
 *    incremental, in idle steps. Incremental mode is switched on for just those operations:
 *    in GTK 4.8 it also leaves newly added articles unfiltered, or unsorted at the end of the
 *    list, until an idle step, and it empties the list before filling it again on any
 *    stricter filter, which flickers for no gain on small lists. Articles that arrive are
 *    thus filtered and sorted at once, and are listed (and selectable) as soon as the store
 *    has them.
 *  - The source filter has no function at all while every source is shown, so the filter
 *    is "match all" and the filter model does no per-item work.
 *  - Alphabetical orders compare precomputed collation keys (GtkStringSorter) rather than
 *    collating strings in every comparison; custom sorters only add cheap tie-breaks.
 *  - Source counts are updated from the added rows only; removals (a cleared store) recount.
 *  - select_article() binary-searches the visible model, falling back to a linear scan that
 *    does not allocate.
 */

#define G_LOG_DOMAIN "nd-sidebar"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "nd-article-row.h"
#include "nd-menu-button.h"
#include "nd-sidebar-private.h"
#include "nd-ui-resources.h"

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

static const char * const sort_order_names[N_SORT_ORDERS] = {
  "newest", "oldest", "source", "title",
};

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

/* The source filter is a GtkFilter of its own rather than a GtkCustomFilter, for two reasons.
 * With nothing hidden it reports "match all", which the filter model handles without looking
 * at any item. And hiding or showing a source is announced as "more" or "less strict", so
 * the filter model only rechecks the rows that can change (the shown ones, or the hidden
 * ones), where changing a custom filter's function is "different" and rechecks them all. */
#define ND_TYPE_SIDEBAR_SOURCE_FILTER (nd_sidebar_source_filter_get_type ())

G_DECLARE_FINAL_TYPE (NdSidebarSourceFilter, nd_sidebar_source_filter,
                      ND, SIDEBAR_SOURCE_FILTER, GtkFilter)

struct _NdSidebarSourceFilter
{
  GtkFilter   parent_instance;

  GHashTable *hidden;  /* source names, "" for none */
};

G_DEFINE_FINAL_TYPE (NdSidebarSourceFilter, nd_sidebar_source_filter, GTK_TYPE_FILTER)

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
};

G_DEFINE_FINAL_TYPE (NdSidebar, nd_sidebar, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_MODEL,
  PROP_SELECTED_ARTICLE,
  PROP_SELECTED_POSITION,
  PROP_SORT_ORDER,
  PROP_N_VISIBLE,
  PROP_FILTER,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

enum {
  SUGGESTION_ACTIVATED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static void
source_free (gpointer data)
{
  Source *source = data;

  g_free (source->name);
  g_free (source->sort_key);
  g_free (source);
}

static const char *
source_key (NdArticle *article)
{
  const char *name = nd_article_get_source (article);

  return name != NULL ? name : "";
}

static gboolean
nd_sidebar_source_filter_match (GtkFilter *filter,
                                gpointer   item)
{
  NdSidebarSourceFilter *self = ND_SIDEBAR_SOURCE_FILTER (filter);

  return !g_hash_table_contains (self->hidden, source_key (item));
}

static GtkFilterMatch
nd_sidebar_source_filter_get_strictness (GtkFilter *filter)
{
  NdSidebarSourceFilter *self = ND_SIDEBAR_SOURCE_FILTER (filter);

  return g_hash_table_size (self->hidden) == 0 ? GTK_FILTER_MATCH_ALL : GTK_FILTER_MATCH_SOME;
}

static void
nd_sidebar_source_filter_finalize (GObject *object)
{
  NdSidebarSourceFilter *self = ND_SIDEBAR_SOURCE_FILTER (object);

  g_clear_pointer (&self->hidden, g_hash_table_unref);

  G_OBJECT_CLASS (nd_sidebar_source_filter_parent_class)->finalize (object);
}

static void
nd_sidebar_source_filter_class_init (NdSidebarSourceFilterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkFilterClass *filter_class = GTK_FILTER_CLASS (klass);

  object_class->finalize = nd_sidebar_source_filter_finalize;
  filter_class->match = nd_sidebar_source_filter_match;
  filter_class->get_strictness = nd_sidebar_source_filter_get_strictness;
}

static void
nd_sidebar_source_filter_init (NdSidebarSourceFilter *self)
{
  self->hidden = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

static void
source_filter_set_hidden (NdSidebarSourceFilter *self,
                          const char            *name,
                          gboolean               hidden)
{
  if (hidden && !g_hash_table_contains (self->hidden, name))
    {
      g_hash_table_add (self->hidden, g_strdup (name));
      gtk_filter_changed (GTK_FILTER (self), GTK_FILTER_CHANGE_MORE_STRICT);
    }
  else if (!hidden && g_hash_table_remove (self->hidden, name))
    gtk_filter_changed (GTK_FILTER (self), GTK_FILTER_CHANGE_LESS_STRICT);
}

/* Hides every name in @names but @shown, with one refilter. */
static void
source_filter_show_only (NdSidebarSourceFilter *self,
                         GPtrArray             *names,
                         const char            *shown)
{
  g_hash_table_remove_all (self->hidden);
  for (guint i = 0; i < names->len; i++)
    if (!g_str_equal (names->pdata[i], shown))
      g_hash_table_add (self->hidden, g_strdup (names->pdata[i]));
  gtk_filter_changed (GTK_FILTER (self), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
source_filter_show_all (NdSidebarSourceFilter *self)
{
  if (g_hash_table_size (self->hidden) == 0)
    return;

  g_hash_table_remove_all (self->hidden);
  gtk_filter_changed (GTK_FILTER (self), GTK_FILTER_CHANGE_LESS_STRICT);
}

static int
compare_sources (gconstpointer a,
                 gconstpointer b)
{
  const Source *source_a = *(const Source * const *)a;
  const Source *source_b = *(const Source * const *)b;
  gboolean unknown_a = source_a->name[0] == '\0';
  gboolean unknown_b = source_b->name[0] == '\0';
  int cmp;

  if (unknown_a != unknown_b)
    return unknown_a ? 1 : -1;

  cmp = strcmp (source_a->sort_key, source_b->sort_key);
  if (cmp != 0)
    return cmp;

  return strcmp (source_a->name, source_b->name);
}

/* Sorters. */

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b,
                      gpointer      user_data)
{
  return nd_article_compare_newest_first ((NdArticle *)a, (NdArticle *)b);
}

/* Oldest first, undated last, equal dates by title and id as in the store. */
static int
compare_oldest_first (gconstpointer a,
                      gconstpointer b,
                      gpointer      user_data)
{
  GDateTime *published_a = nd_article_get_published ((NdArticle *)a);
  GDateTime *published_b = nd_article_get_published ((NdArticle *)b);

  if (published_a != NULL && published_b != NULL)
    {
      int cmp = g_date_time_compare (published_a, published_b);

      if (cmp != 0)
        return cmp;
    }

  return nd_article_compare_newest_first ((NdArticle *)a, (NdArticle *)b);
}

static int
compare_unknown_source_last (gconstpointer a,
                             gconstpointer b,
                             gpointer      user_data)
{
  gboolean unknown_a = source_key ((NdArticle *)a)[0] == '\0';
  gboolean unknown_b = source_key ((NdArticle *)b)[0] == '\0';

  return (int)unknown_a - (int)unknown_b;
}

static int
compare_untitled_last (gconstpointer a,
                       gconstpointer b,
                       gpointer      user_data)
{
  const char *title_a = nd_article_get_title ((NdArticle *)a);
  const char *title_b = nd_article_get_title ((NdArticle *)b);
  gboolean untitled_a = title_a == NULL || title_a[0] == '\0';
  gboolean untitled_b = title_b == NULL || title_b[0] == '\0';

  return (int)untitled_a - (int)untitled_b;
}

/* GtkStringSorter in GTK 4.8 casefolds without checking for NULL, and a source may be
 * missing: these give it "" instead. */
static char *
dup_source_for_sorting (NdArticle *article)
{
  return g_strdup (source_key (article));
}

static char *
dup_title_for_sorting (NdArticle *article)
{
  const char *title = nd_article_get_title (article);

  return g_strdup (title != NULL ? title : "");
}

/* Alphabetical by @get_text, ignoring case, the empty ones last, then newest first. */
static GtkSorter *
create_alphabetical_sorter (GCallback         get_text,
                            GCompareDataFunc  empty_last)
{
  GtkMultiSorter *sorter = gtk_multi_sorter_new ();
  GtkExpression *expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                                           get_text, NULL, NULL);
  GtkStringSorter *by_name = gtk_string_sorter_new (expression);

  gtk_string_sorter_set_ignore_case (by_name, TRUE);
  gtk_multi_sorter_append (sorter, GTK_SORTER (gtk_custom_sorter_new (empty_last, NULL, NULL)));
  gtk_multi_sorter_append (sorter, GTK_SORTER (by_name));
  gtk_multi_sorter_append (sorter, GTK_SORTER (gtk_custom_sorter_new (compare_newest_first,
                                                                      NULL, NULL)));

  return GTK_SORTER (sorter);
}

/* Returns: (transfer none) (nullable): the sorter of @order, %NULL for the store's own order */
static GtkSorter *
get_sorter (NdSidebar *self,
            SortOrder  order)
{
  if (order == SORT_NEWEST || self->sorters[order] != NULL)
    return self->sorters[order];

  switch (order)
    {
    case SORT_OLDEST:
      self->sorters[order] = GTK_SORTER (gtk_custom_sorter_new (compare_oldest_first, NULL, NULL));
      break;

    case SORT_SOURCE:
      self->sorters[order] = create_alphabetical_sorter (G_CALLBACK (dup_source_for_sorting),
                                                         compare_unknown_source_last);
      break;

    case SORT_TITLE:
      self->sorters[order] = create_alphabetical_sorter (G_CALLBACK (dup_title_for_sorting),
                                                         compare_untitled_last);
      break;

    case SORT_NEWEST:
    case N_SORT_ORDERS:
    default:
      g_assert_not_reached ();
    }

  return self->sorters[order];
}

static int
compare_in_sort_order (NdSidebar *self,
                       NdArticle *a,
                       NdArticle *b)
{
  GtkSorter *sorter = self->sorters[self->sort_order];

  if (sorter == NULL)
    return nd_article_compare_newest_first (a, b);

  return gtk_sorter_compare (sorter, a, b);
}

/* Scrolling and selection. */

static void
scroll_to (NdSidebar *self,
           guint      position)
{
  if (position == GTK_INVALID_LIST_POSITION ||
      position >= g_list_model_get_n_items (G_LIST_MODEL (self->selection)))
    return;

  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
}

static void
select_position (NdSidebar *self,
                 guint      position)
{
  gtk_single_selection_set_selected (self->selection, position);
  scroll_to (self, position);
}

static gboolean
is_large (NdSidebar *self)
{
  return self->model != NULL && g_list_model_get_n_items (self->model) >= INCREMENTAL_MIN_ITEMS;
}

static gboolean
is_settled (NdSidebar *self)
{
  return gtk_filter_list_model_get_pending (self->filter_model) == 0 &&
         gtk_sort_list_model_get_pending (self->sort_model) == 0;
}

/* The visible model is in the sort order, and every order ends with the unique id, so a
 * settled model can be binary-searched. */
static guint
bisect_visible (NdSidebar *self,
                NdArticle *article)
{
  GListModel *visible = G_LIST_MODEL (self->sort_model);
  guint low = 0;
  guint high = g_list_model_get_n_items (visible);

  while (low < high)
    {
      guint middle = low + (high - low) / 2;
      g_autoptr(NdArticle) item = g_list_model_get_item (visible, middle);
      int cmp = compare_in_sort_order (self, item, article);

      if (cmp == 0)
        return item == article ? middle : GTK_INVALID_LIST_POSITION;
      if (cmp < 0)
        low = middle + 1;
      else
        high = middle;
    }

  return GTK_INVALID_LIST_POSITION;
}

static guint
find_visible (NdSidebar *self,
              NdArticle *article)
{
  GListModel *visible = G_LIST_MODEL (self->sort_model);
  guint n_items = g_list_model_get_n_items (visible);
  guint position;

  if (article == gtk_single_selection_get_selected_item (self->selection))
    return gtk_single_selection_get_selected (self->selection);

  /* Search results come in their own order (rank or date), which no sorter describes. */
  if (is_settled (self) && self->query == NULL)
    {
      if (!gtk_filter_match (GTK_FILTER (self->every_filter), article))
        return GTK_INVALID_LIST_POSITION;

      position = bisect_visible (self, article);
      if (position != GTK_INVALID_LIST_POSITION)
        return position;
    }

  /* While the model is still being filtered or sorted; get_item() only takes a reference. */
  for (position = 0; position < n_items; position++)
    {
      NdArticle *item = g_list_model_get_item (visible, position);
      gboolean found = item == article;

      g_object_unref (item);
      if (found)
        return position;
    }

  return GTK_INVALID_LIST_POSITION;
}

/* Makes the properties follow the selection model. */
static void
publish_selection (NdSidebar *self)
{
  NdArticle *article = gtk_single_selection_get_selected_item (self->selection);
  guint position = gtk_single_selection_get_selected (self->selection);

  g_object_freeze_notify (G_OBJECT (self));

  if (g_set_object (&self->selected_article, article))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SELECTED_ARTICLE]);

  if (self->selected_position != position)
    {
      self->selected_position = position;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SELECTED_POSITION]);
    }

  g_object_thaw_notify (G_OBJECT (self));
}

/* Visible count, empty state and the count in the toolbar. */

static void
update_count_label (NdSidebar *self)
{
  guint n_total = self->model != NULL ? g_list_model_get_n_items (self->model) : 0;
  g_autofree char *text = NULL;

  if (self->query != NULL)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u match", "%'u matches",
                                         self->n_visible),
                            self->n_visible);
  else if (n_total == 0)
    text = g_strdup ("");
  else if (self->n_visible == n_total)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u article", "%'u articles",
                                         n_total),
                            n_total);
  else
    /* Translators: the number of articles shown out of all loaded, "3 of 11 articles" */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u of %'u article",
                                         "%'u of %'u articles", n_total),
                            self->n_visible, n_total);

  gtk_label_set_text (self->count_label, text);
}

static void
update_empty_state (NdSidebar *self)
{
  guint n_total = self->model != NULL ? g_list_model_get_n_items (self->model) : 0;
  gboolean nothing_matches;
  gboolean suggesting;

  /* Not while a refilter is still under way: the count only reaches zero at its end. */
  nothing_matches = (n_total > 0 || self->query != NULL) && self->n_visible == 0 &&
                    gtk_filter_list_model_get_pending (self->filter_model) == 0;
  if (self->query != NULL)
    gtk_label_set_text (self->empty_label,
                        _("No articles match the search.\n"
                          "Try fewer or shorter words, check the spelling, "
                          "or remove a filter such as source: or after:."));
  else
    gtk_label_set_text (self->empty_label, _("No articles match"));
  suggesting = self->query != NULL && self->suggestion != NULL;
  gtk_widget_set_visible (GTK_WIDGET (self->suggestion_button), suggesting);
  /* The text in the middle, or just above the middle with the suggestion below it. */
  gtk_widget_set_valign (GTK_WIDGET (self->empty_label), suggesting ? GTK_ALIGN_END : GTK_ALIGN_CENTER);
  gtk_stack_set_visible_child_name (self->stack, nothing_matches ? "empty" : "list");
}

static void
update_visible (NdSidebar *self)
{
  guint n_visible = g_list_model_get_n_items (G_LIST_MODEL (self->sort_model));

  if (self->n_visible != n_visible)
    {
      self->n_visible = n_visible;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_N_VISIBLE]);
    }

  update_count_label (self);
  update_empty_state (self);
}

/* The source filter. */

static void
update_show_all_action (NdSidebar *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "sidebar.show-all-sources",
                                 self->n_hidden > 0);
}

static void
on_source_toggled_cb (NdSidebar      *self,
                      GtkCheckButton *check)
{
  Source *source = g_object_get_data (G_OBJECT (check), "nd-source");
  gboolean hidden = !gtk_check_button_get_active (check);

  g_assert (source != NULL);

  if (source->hidden == hidden)
    return;

  source->hidden = hidden;
  if (hidden)
    self->n_hidden++;
  else
    self->n_hidden--;

  if (!self->showing_all)
    {
      source_filter_set_hidden (self->source_filter, source->name, hidden);
      update_show_all_action (self);
    }
}

static void
update_source_label (Source *source)
{
  const char *name = source->name[0] != '\0' ? source->name : _("Unknown source");
  g_autofree char *text = NULL;

  /* Translators: a source in the filter with its number of articles, "The Gazette (3)" */
  text = g_strdup_printf (C_("source filter", "%s (%'u)"), name, source->count);
  gtk_label_set_text (source->label, text);
  source->dirty = FALSE;
}

/* Whether @source's name holds what is typed in the popover's search entry. */
static gboolean
source_matches_search (NdSidebar *self,
                       Source    *source)
{
  const char *text = gtk_editable_get_text (self->sources_entry);
  const char *name = source->name[0] != '\0' ? source->name : _("Unknown source");
  g_autofree char *folded_text = NULL;
  g_autofree char *folded_name = NULL;

  if (text[0] == '\0')
    return TRUE;

  folded_text = g_utf8_casefold (text, -1);
  folded_name = g_utf8_casefold (name, -1);
  return strstr (folded_name, folded_text) != NULL;
}

static void
on_sources_search_changed_cb (NdSidebar      *self,
                              GtkSearchEntry *entry)
{
  for (guint i = 0; i < self->sorted_sources->len; i++)
    {
      Source *source = g_ptr_array_index (self->sorted_sources, i);

      gtk_widget_set_visible (source->row, source_matches_search (self, source));
    }
}

/* Shows the articles of one outlet only: every other check off, one refilter. */
static void
show_only_source (NdSidebar *self,
                  Source    *shown)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  self->showing_all = TRUE;
  for (guint i = 0; i < self->sorted_sources->len; i++)
    {
      Source *source = g_ptr_array_index (self->sorted_sources, i);

      gtk_check_button_set_active (GTK_CHECK_BUTTON (source->check), source == shown);
      g_ptr_array_add (names, source->name);
    }
  self->showing_all = FALSE;

  source_filter_show_only (self->source_filter, names, shown->name);
  update_show_all_action (self);
}

static void
on_only_source_clicked_cb (NdSidebar *self,
                           GtkButton *button)
{
  Source *source = g_object_get_data (G_OBJECT (button), "nd-source");

  g_assert (source != NULL);
  show_only_source (self, source);
}

static Source *
add_source (NdSidebar  *self,
            const char *name)
{
  g_autofree char *folded = g_utf8_casefold (name, -1);
  Source *source = g_new0 (Source, 1);
  GtkWidget *after = NULL;
  GtkWidget *only;
  guint index = 0;

  source->name = g_strdup (name);
  source->sort_key = g_utf8_collate_key (folded, -1);

  /* Few outlets, many articles: finding the place by bisection is plenty. */
  for (guint high = self->sorted_sources->len; index < high;)
    {
      guint middle = index + (high - index) / 2;

      if (compare_sources (&g_ptr_array_index (self->sorted_sources, middle), &source) < 0)
        index = middle + 1;
      else
        high = middle;
    }
  if (index > 0)
    after = ((Source *)g_ptr_array_index (self->sorted_sources, index - 1))->row;

  source->label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (source->label, 0);
  gtk_label_set_ellipsize (source->label, PANGO_ELLIPSIZE_MIDDLE);
  gtk_label_set_max_width_chars (source->label, 36);
  source->check = gtk_check_button_new ();
  gtk_check_button_set_child (GTK_CHECK_BUTTON (source->check), GTK_WIDGET (source->label));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (source->check), TRUE);
  g_object_set_data (G_OBJECT (source->check), "nd-source", source);
  g_signal_connect_object (source->check, "toggled", G_CALLBACK (on_source_toggled_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_set_hexpand (source->check, TRUE);

  only = gtk_button_new_with_label (C_("source filter", "Only"));
  gtk_widget_add_css_class (only, "flat");
  gtk_widget_set_tooltip_text (only, _("Only This Source"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (only), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Only This Source"), -1);
  g_object_set_data (G_OBJECT (only), "nd-source", source);
  g_signal_connect_object (only, "clicked", G_CALLBACK (on_only_source_clicked_cb), self,
                           G_CONNECT_SWAPPED);

  source->row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_append (GTK_BOX (source->row), source->check);
  gtk_box_append (GTK_BOX (source->row), only);
  gtk_widget_set_visible (source->row, source_matches_search (self, source));
  gtk_box_insert_child_after (self->sources_box, source->row, after);

  g_ptr_array_insert (self->sorted_sources, (int)index, source);
  g_hash_table_insert (self->sources, source->name, source);

  return source;
}

static void
remove_source (NdSidebar *self,
               Source    *source)
{
  if (source->hidden)
    {
      self->n_hidden--;
      source_filter_set_hidden (self->source_filter, source->name, FALSE);
      update_show_all_action (self);
    }

  gtk_box_remove (self->sources_box, source->row);
  g_ptr_array_remove (self->sorted_sources, source);
  g_hash_table_remove (self->sources, source->name);
}

static void
count_articles (NdSidebar *self,
                guint      position,
                guint      n_items)
{
  for (guint i = position; i < position + n_items; i++)
    {
      g_autoptr(NdArticle) article = g_list_model_get_item (self->model, i);
      const char *name = source_key (article);
      Source *source = g_hash_table_lookup (self->sources, name);

      if (source == NULL)
        source = add_source (self, name);
      source->count++;
      source->dirty = TRUE;
    }
}

static void
update_source_widgets (NdSidebar *self)
{
  for (guint i = 0; i < self->sorted_sources->len; i++)
    {
      Source *source = g_ptr_array_index (self->sorted_sources, i);

      if (source->dirty)
        update_source_label (source);
    }

  gtk_widget_set_sensitive (GTK_WIDGET (self->filter_button), self->sorted_sources->len > 0);
}

/* After a removal the removed articles are gone, so count everything again; the store only
 * removes when it is cleared, which makes this cheap in practice. */
static void
recount_sources (NdSidebar *self)
{
  guint n_items = self->model != NULL ? g_list_model_get_n_items (self->model) : 0;

  for (guint i = 0; i < self->sorted_sources->len; i++)
    {
      Source *source = g_ptr_array_index (self->sorted_sources, i);

      source->count = 0;
      source->dirty = TRUE;
    }

  if (n_items > 0)
    count_articles (self, 0, n_items);

  for (guint i = self->sorted_sources->len; i > 0; i--)
    {
      Source *source = g_ptr_array_index (self->sorted_sources, i - 1);

      if (source->count == 0)
        remove_source (self, source);
    }
}

static void
clear_sources (NdSidebar *self)
{
  while (self->sorted_sources->len > 0)
    remove_source (self, g_ptr_array_index (self->sorted_sources,
                                            self->sorted_sources->len - 1));

  g_assert (self->n_hidden == 0);
}

static void
show_all_sources (NdSidebar *self)
{
  if (self->n_hidden == 0)
    return;

  /* One refilter for all of them, not one per check button. */
  self->showing_all = TRUE;
  for (guint i = 0; i < self->sorted_sources->len; i++)
    {
      Source *source = g_ptr_array_index (self->sorted_sources, i);

      gtk_check_button_set_active (GTK_CHECK_BUTTON (source->check), TRUE);
    }
  self->showing_all = FALSE;

  g_assert (self->n_hidden == 0);
  source_filter_show_all (self->source_filter);
  update_show_all_action (self);
}

/* Signal handlers. */

static void
on_model_items_changed_cb (NdSidebar  *self,
                           guint       position,
                           guint       removed,
                           guint       added,
                           GListModel *model)
{
  if (removed > 0)
    recount_sources (self);
  else
    count_articles (self, position, added);

  update_source_widgets (self);
  update_count_label (self);
  update_empty_state (self);
}

/* Keeping the selected article across refilters.
 *
 * When a refilter runs in idle steps (large lists), GTK 4.8's filter model first removes
 * every row and then adds the matching ones back, step by step; by then GtkSingleSelection
 * has moved on to a neighbour. So when a change of the visible model takes the selected
 * article away, it is kept aside instead of publishing the neighbour: it is selected again if
 * a later change brings it back, and given up once filtering and sorting have settled. The
 * properties only ever show the outcome. Choosing another row clears it. The same mechanism
 * lets select_article() wait for an article that is still being filtered. */

static gboolean
settle_kept_article_cb (gpointer data)
{
  NdSidebar *self = data;

  self->settle_source_id = 0;

  if (self->kept_article != NULL && is_settled (self))
    {
      g_clear_object (&self->kept_article);
      publish_selection (self);
    }

  return G_SOURCE_REMOVE;
}

static void
queue_settle_kept_article (NdSidebar *self)
{
  if (self->kept_article == NULL || self->settle_source_id != 0)
    return;

  /* After the filter model's own idle steps. */
  self->settle_source_id = g_idle_add_full (G_PRIORITY_LOW, settle_kept_article_cb, self, NULL);
}

static guint
find_in_range (GListModel *model,
               NdArticle  *article,
               guint       position,
               guint       n_items)
{
  for (guint i = position; i < position + n_items; i++)
    {
      NdArticle *item = g_list_model_get_item (model, i);
      gboolean found = item == article;

      g_object_unref (item);
      if (found)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

/* Runs before GtkSingleSelection handles the change. */
static void
on_visible_items_changing_cb (NdSidebar  *self,
                              guint       position,
                              guint       removed,
                              guint       added,
                              GListModel *model)
{
  self->in_model_change++;
}

/* Runs after GtkSingleSelection handled the change. */
static void
on_visible_items_changed_cb (NdSidebar  *self,
                             guint       position,
                             guint       removed,
                             guint       added,
                             GListModel *model)
{
  g_assert (self->in_model_change > 0);
  self->in_model_change--;

  if (self->kept_article != NULL && self->in_model_change == 0)
    {
      guint found = find_in_range (model, self->kept_article, position, added);

      if (found != GTK_INVALID_LIST_POSITION)
        select_position (self, found);
      else if (is_settled (self))
        {
          /* That was the last change: it is not coming back. */
          g_clear_object (&self->kept_article);
          publish_selection (self);
        }
      else
        queue_settle_kept_article (self);
    }

  update_visible (self);
}

static void
on_selection_changed_cb (NdSidebar  *self,
                         GParamSpec *pspec,
                         gpointer    selection)
{
  if (self->in_model_change > 0)
    {
      NdArticle *article = gtk_single_selection_get_selected_item (self->selection);

      if (self->kept_article == NULL && self->selected_article != NULL &&
          article != self->selected_article)
        self->kept_article = g_object_ref (self->selected_article);

      if (self->kept_article != NULL)
        return;
    }
  else
    g_clear_object (&self->kept_article);

  publish_selection (self);
}

/* Incremental filtering is switched on just before the filter model sees a filter change
 * (this handler is connected first), and off again once that refilter is done. */
static void
on_filter_changing_cb (NdSidebar       *self,
                       GtkFilterChange  change,
                       GtkFilter       *filter)
{
  if (is_large (self))
    gtk_filter_list_model_set_incremental (self->filter_model, TRUE);
}

static void
stop_incremental_filtering_when_done (NdSidebar *self)
{
  if (gtk_filter_list_model_get_pending (self->filter_model) == 0)
    gtk_filter_list_model_set_incremental (self->filter_model, FALSE);
}

static void
on_filter_changed_cb (NdSidebar       *self,
                      GtkFilterChange  change,
                      GtkFilter       *filter)
{
  stop_incremental_filtering_when_done (self);
}

static void
on_filter_pending_cb (NdSidebar  *self,
                      GParamSpec *pspec,
                      gpointer    filter_model)
{
  stop_incremental_filtering_when_done (self);
  update_empty_state (self);
  queue_settle_kept_article (self);
}

static void
on_sort_pending_cb (NdSidebar  *self,
                    GParamSpec *pspec,
                    gpointer    sort_model)
{
  if (gtk_sort_list_model_get_pending (self->sort_model) == 0)
    gtk_sort_list_model_set_incremental (self->sort_model, FALSE);

  queue_settle_kept_article (self);

  if (self->scroll_when_sorted && gtk_sort_list_model_get_pending (self->sort_model) == 0)
    {
      self->scroll_when_sorted = FALSE;
      scroll_to (self, gtk_single_selection_get_selected (self->selection));
    }
}

static void
on_factory_setup_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *item,
                     NdSidebar                *self)
{
  gtk_list_item_set_child (item, nd_article_row_new ());
}

static void
on_factory_bind_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    NdSidebar                *self)
{
  NdArticleRow *row = ND_ARTICLE_ROW (gtk_list_item_get_child (item));

  nd_article_row_set_query (row, self->query);
  nd_article_row_set_article (row, gtk_list_item_get_item (item));
}

static void
on_factory_unbind_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *item,
                      NdSidebar                *self)
{
  nd_article_row_set_article (ND_ARTICLE_ROW (gtk_list_item_get_child (item)), NULL);
}

static void
on_suggestion_clicked_cb (NdSidebar *self,
                          GtkButton *button)
{
  g_autofree char *suggestion = g_strdup (self->suggestion);

  if (suggestion != NULL)
    g_signal_emit (self, signals [SUGGESTION_ACTIVATED], 0, suggestion);
}

static void
show_all_sources_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  show_all_sources (ND_SIDEBAR (widget));
}

/* GObject and GtkWidget. */

static gboolean
nd_sidebar_grab_focus (GtkWidget *widget)
{
  NdSidebar *self = ND_SIDEBAR (widget);

  return gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

static void
nd_sidebar_dispose (GObject *object)
{
  NdSidebar *self = (NdSidebar *)object;
  GtkWidget *child;

  if (self->model != NULL)
    {
      g_clear_signal_handler (&self->items_changed_id, self->model);
      g_clear_object (&self->model);
    }
  g_clear_object (&self->articles);
  g_clear_pointer (&self->query, nd_search_query_unref);
  g_clear_pointer (&self->suggestion, g_free);

  /* Somebody may still hold the visible model: nothing in the chain may call back into us. */
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  if (self->sort_model != NULL)
    g_signal_handlers_disconnect_by_data (self->sort_model, self);
  if (self->filter_model != NULL)
    g_signal_handlers_disconnect_by_data (self->filter_model, self);
  if (self->every_filter != NULL)
    g_signal_handlers_disconnect_by_data (self->every_filter, self);

  g_clear_handle_id (&self->settle_source_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), ND_TYPE_SIDEBAR);
  /* dispose_template() only unparents the children bound to fields. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  if (self->sorted_sources != NULL)
    g_ptr_array_set_size (self->sorted_sources, 0);
  if (self->sources != NULL)
    g_hash_table_remove_all (self->sources);
  self->n_hidden = 0;

  g_clear_object (&self->selected_article);
  g_clear_object (&self->kept_article);
  g_clear_object (&self->selection);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->every_filter);
  g_clear_object (&self->source_filter);
  g_clear_object (&self->filter);
  for (guint i = 0; i < N_SORT_ORDERS; i++)
    g_clear_object (&self->sorters[i]);

  G_OBJECT_CLASS (nd_sidebar_parent_class)->dispose (object);
}

static void
nd_sidebar_finalize (GObject *object)
{
  NdSidebar *self = (NdSidebar *)object;

  g_clear_pointer (&self->sorted_sources, g_ptr_array_unref);
  g_clear_pointer (&self->sources, g_hash_table_unref);

  G_OBJECT_CLASS (nd_sidebar_parent_class)->finalize (object);
}

static void
nd_sidebar_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  NdSidebar *self = ND_SIDEBAR (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      g_value_set_object (value, self->model);
      break;

    case PROP_SELECTED_ARTICLE:
      g_value_set_object (value, self->selected_article);
      break;

    case PROP_SELECTED_POSITION:
      g_value_set_uint (value, self->selected_position);
      break;

    case PROP_SORT_ORDER:
      g_value_set_string (value, nd_sidebar_get_sort_order (self));
      break;

    case PROP_N_VISIBLE:
      g_value_set_uint (value, self->n_visible);
      break;

    case PROP_FILTER:
      g_value_set_object (value, self->filter);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nd_sidebar_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  NdSidebar *self = ND_SIDEBAR (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      nd_sidebar_set_model (self, g_value_get_object (value));
      break;

    case PROP_SORT_ORDER:
      nd_sidebar_set_sort_order (self, g_value_get_string (value));
      break;

    case PROP_FILTER:
      nd_sidebar_set_filter (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nd_sidebar_class_init (NdSidebarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  /* Keeps the resource, and the constructor that registers it, in the static library. */
  (void)nd_ui_get_resource ();

  object_class->dispose = nd_sidebar_dispose;
  object_class->finalize = nd_sidebar_finalize;
  object_class->get_property = nd_sidebar_get_property;
  object_class->set_property = nd_sidebar_set_property;

  widget_class->grab_focus = nd_sidebar_grab_focus;

  /**
   * NdSidebar:model:
   *
   * The articles to list, unfiltered: a #GListModel of #NdArticle in newest-first order,
   * usually the #NdArticleStore.
   */
  properties [PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * NdSidebar:selected-article:
   *
   * The selected article, %NULL when nothing is visible. Notified whenever it changes,
   * whether by the user, the API, a refilter or the model.
   */
  properties [PROP_SELECTED_ARTICLE] =
    g_param_spec_object ("selected-article", NULL, NULL, ND_TYPE_ARTICLE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * NdSidebar:selected-position:
   *
   * The position of the selected article in the visible articles, or
   * %GTK_INVALID_LIST_POSITION. Notified whenever it changes, also when the selected
   * article stays the same but moves (sorting, filtering, articles loading above it).
   */
  properties [PROP_SELECTED_POSITION] =
    g_param_spec_uint ("selected-position", NULL, NULL, 0, G_MAXUINT,
                       GTK_INVALID_LIST_POSITION,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * NdSidebar:sort-order:
   *
   * "newest", "oldest", "source" or "title", as the "sort-order" settings key.
   */
  properties [PROP_SORT_ORDER] =
    g_param_spec_string ("sort-order", NULL, NULL, "newest",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * NdSidebar:n-visible:
   *
   * The number of articles left by the source and external filters.
   */
  properties [PROP_N_VISIBLE] =
    g_param_spec_uint ("n-visible", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * NdSidebar:filter:
   *
   * An extra filter (the search), applied after the source filter.
   */
  properties [PROP_FILTER] =
    g_param_spec_object ("filter", NULL, NULL, GTK_TYPE_FILTER,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * NdSidebar::suggestion-activated:
   * @suggestion: the search suggested
   *
   * The reader chose the search suggested when nothing matched (see
   * nd_sidebar_set_suggestion()).
   */
  signals [SUGGESTION_ACTIVATED] =
    g_signal_new ("suggestion-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_install_property_action (widget_class, "sidebar.sort", "sort-order");
  gtk_widget_class_install_action (widget_class, "sidebar.show-all-sources", NULL,
                                   show_all_sources_action);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/example/NewsDesk/nd-sidebar.ui");
  gtk_widget_class_bind_template_child (widget_class, NdSidebar, count_label);
  gtk_widget_class_bind_template_child (widget_class, NdSidebar, sort_button);
  gtk_widget_class_bind_template_child (widget_class, NdSidebar, sort_menu);
  gtk_widget_class_bind_template_child (widget_class, NdSidebar, empty_label);
  gtk_widget_class_bind_template_child (widget_class, NdSidebar, suggestion_button);
  gtk_widget_class_bind_template_child (widget_class, NdSidebar, suggestion_label);
  gtk_widget_class_bind_template_callback (widget_class, on_suggestion_clicked_cb);
  gtk_widget_class_bind_template_child (widget_class, NdSidebar, filter_button);
  gtk_widget_class_bind_template_child (widget_class, NdSidebar, sources_box);
  gtk_widget_class_bind_template_child (widget_class, NdSidebar, sources_entry);
  gtk_widget_class_bind_template_callback (widget_class, on_sources_search_changed_cb);
  gtk_widget_class_bind_template_child (widget_class, NdSidebar, stack);
  gtk_widget_class_bind_template_child (widget_class, NdSidebar, list_view);
  gtk_widget_class_bind_template_callback (widget_class, on_factory_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_factory_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_factory_unbind_cb);

  gtk_widget_class_set_css_name (widget_class, "sidebar");
}

static void
nd_sidebar_init (NdSidebar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  nd_menu_button_set_menu_model_on_demand (self->sort_button, self->sort_menu);

  self->sort_order = SORT_NEWEST;
  self->selected_position = GTK_INVALID_LIST_POSITION;
  self->sources = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, source_free);
  self->sorted_sources = g_ptr_array_new ();

  self->source_filter = g_object_new (ND_TYPE_SIDEBAR_SOURCE_FILTER, NULL);
  self->every_filter = gtk_every_filter_new ();
  gtk_multi_filter_append (GTK_MULTI_FILTER (self->every_filter),
                           g_object_ref (GTK_FILTER (self->source_filter)));

  /* Before the filter model connects to it. */
  g_signal_connect_swapped (self->every_filter, "changed",
                            G_CALLBACK (on_filter_changing_cb), self);
  self->filter_model = gtk_filter_list_model_new (NULL,
                                                  g_object_ref (GTK_FILTER (self->every_filter)));
  g_signal_connect_swapped (self->every_filter, "changed",
                            G_CALLBACK (on_filter_changed_cb), self);

  self->sort_model = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filter_model)),
                                              NULL);
  g_signal_connect_swapped (self->sort_model, "items-changed",
                            G_CALLBACK (on_visible_items_changing_cb), self);

  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->sort_model)));
  gtk_single_selection_set_autoselect (self->selection, TRUE);
  gtk_single_selection_set_can_unselect (self->selection, FALSE);

  g_signal_connect_swapped (self->filter_model, "notify::pending",
                            G_CALLBACK (on_filter_pending_cb), self);
  g_signal_connect_swapped (self->sort_model, "notify::pending",
                            G_CALLBACK (on_sort_pending_cb), self);
  g_signal_connect_swapped (self->sort_model, "items-changed",
                            G_CALLBACK (on_visible_items_changed_cb), self);
  g_signal_connect_swapped (self->selection, "notify::selected",
                            G_CALLBACK (on_selection_changed_cb), self);
  g_signal_connect_swapped (self->selection, "notify::selected-item",
                            G_CALLBACK (on_selection_changed_cb), self);

  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "sidebar.show-all-sources", FALSE);
  update_source_widgets (self);
  update_visible (self);
}

/* Public API. */

GtkWidget *
nd_sidebar_new (void)
{
  return g_object_new (ND_TYPE_SIDEBAR, NULL);
}

/**
 * nd_sidebar_set_model:
 * @articles: (nullable): a #GListModel of #NdArticle, newest first
 *
 * Lists @articles. The sidebar follows its changes: the list, the source filter and its
 * counts update as articles load.
 */
static void
show_model (NdSidebar  *self,
            GListModel *articles)
{
  if (self->model == articles)
    return;

  if (self->model != NULL)
    {
      g_clear_signal_handler (&self->items_changed_id, self->model);
      g_clear_object (&self->model);
    }

  clear_sources (self);
  g_clear_object (&self->kept_article);

  /* The filter model connects first, so it has seen a change when our handler runs. */
  if (articles != NULL)
    self->model = g_object_ref (articles);
  gtk_filter_list_model_set_model (self->filter_model, articles);

  if (articles != NULL)
    {
      self->items_changed_id =
        g_signal_connect_swapped (articles, "items-changed",
                                  G_CALLBACK (on_model_items_changed_cb), self);
      count_articles (self, 0, g_list_model_get_n_items (articles));
    }

  update_source_widgets (self);
  update_visible (self);
}

void
nd_sidebar_set_model (NdSidebar  *self,
                      GListModel *articles)
{
  g_return_if_fail (ND_IS_SIDEBAR (self));
  g_return_if_fail (articles == NULL || G_IS_LIST_MODEL (articles));
  g_return_if_fail (articles == NULL ||
                    g_type_is_a (g_list_model_get_item_type (articles), ND_TYPE_ARTICLE));

  if (!g_set_object (&self->articles, articles))
    return;

  if (self->query == NULL)
    show_model (self, articles);

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_MODEL]);
}

/**
 * nd_sidebar_set_search:
 * @query: (nullable): the search, or %NULL to show every article again
 * @results: (nullable): the matching articles in the order to show them
 *
 * Shows @results instead of the model, as they come (by rank or by date: the search
 * decides), each row with the text around its first match. The sort order applies again
 * once the search ends; the source filter applies throughout.
 */
void
nd_sidebar_set_search (NdSidebar     *self,
                       NdSearchQuery *query,
                       GListModel    *results)
{
  g_return_if_fail (ND_IS_SIDEBAR (self));
  g_autofree char *old_text = NULL;
  gboolean new_search;

  g_return_if_fail ((query == NULL) == (results == NULL));

  old_text = self->query ? g_strdup (nd_search_query_get_text (self->query)) : NULL;
  new_search = query != NULL && g_strcmp0 (old_text, nd_search_query_get_text (query)) != 0;
  g_clear_pointer (&self->query, nd_search_query_unref);
  self->query = query ? nd_search_query_ref (query) : NULL;
  if (query == NULL)
    g_clear_pointer (&self->suggestion, g_free);

  gtk_sort_list_model_set_sorter (self->sort_model,
                                  query ? NULL : get_sorter (self, self->sort_order));
  show_model (self, query ? results : self->articles);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "sidebar.sort", query == NULL);

  /* Each new search opens its best match; the same search run again as more articles load,
   * or the end of the search, keeps the article being read. */
  if (new_search && g_list_model_get_n_items (G_LIST_MODEL (self->selection)) > 0)
    select_position (self, 0);
  else
    scroll_to (self, gtk_single_selection_get_selected (self->selection));
}

/**
 * nd_sidebar_set_suggestion:
 * @suggestion: (nullable): a search near the one shown that finds articles, or %NULL
 *
 * Offers @suggestion ("Search for “mueller report”") while the search shown finds nothing;
 * choosing it emits #NdSidebar::suggestion-activated. Ending the search drops it.
 */
void
nd_sidebar_set_suggestion (NdSidebar  *self,
                           const char *suggestion)
{
  g_autofree char *label = NULL;

  g_return_if_fail (ND_IS_SIDEBAR (self));

  g_free (self->suggestion);
  self->suggestion = g_strdup (suggestion);
  if (suggestion != NULL)
    {
      /* Translators: a button in the empty list of search results; %s is a search */
      label = g_strdup_printf (_("Search for “%s”"), suggestion);
      gtk_label_set_text (self->suggestion_label, label);
    }
  update_empty_state (self);
}

/**
 * nd_sidebar_get_model:
 *
 * Returns: (transfer none) (nullable): the unfiltered articles
 */
GListModel *
nd_sidebar_get_model (NdSidebar *self)
{
  g_return_val_if_fail (ND_IS_SIDEBAR (self), NULL);

  return self->articles;
}

/**
 * nd_sidebar_get_visible_articles:
 *
 * The articles as listed: filtered and sorted. Articles that load are in it at once. With
 * 10,000 articles or more, a filter change or a new sort order is applied incrementally and
 * the contents are not final until its "pending" property, and that of the
 * #GtkFilterListModel under it, are 0.
 *
 * Returns: (transfer none): the #GtkSortListModel shown by the list
 */
GListModel *
nd_sidebar_get_visible_articles (NdSidebar *self)
{
  g_return_val_if_fail (ND_IS_SIDEBAR (self), NULL);

  return G_LIST_MODEL (self->sort_model);
}

/**
 * nd_sidebar_get_selected_article:
 *
 * Returns: (transfer none) (nullable): the selected article
 */
NdArticle *
nd_sidebar_get_selected_article (NdSidebar *self)
{
  g_return_val_if_fail (ND_IS_SIDEBAR (self), NULL);

  return self->selected_article;
}

/**
 * nd_sidebar_get_selected_position:
 *
 * Returns: the position of the selected article among the visible ones, or
 *   %GTK_INVALID_LIST_POSITION
 */
guint
nd_sidebar_get_selected_position (NdSidebar *self)
{
  g_return_val_if_fail (ND_IS_SIDEBAR (self), GTK_INVALID_LIST_POSITION);

  return self->selected_position;
}

/**
 * nd_sidebar_select_article:
 * @article: an article
 *
 * Selects @article and scrolls to it, if it is visible; otherwise nothing changes. An
 * article that the filters let through but that is still being filtered (just loaded) is
 * selected as soon as it appears.
 */
void
nd_sidebar_select_article (NdSidebar *self,
                           NdArticle *article)
{
  guint position;

  g_return_if_fail (ND_IS_SIDEBAR (self));
  g_return_if_fail (ND_IS_ARTICLE (article));

  position = find_visible (self, article);
  if (position != GTK_INVALID_LIST_POSITION)
    {
      select_position (self, position);
      return;
    }

  /* Articles that just loaded are filtered in idle steps: select it when it shows up. */
  if (!is_settled (self) && gtk_filter_match (GTK_FILTER (self->every_filter), article))
    {
      g_set_object (&self->kept_article, article);
      queue_settle_kept_article (self);
    }
}

/**
 * nd_sidebar_select_next:
 *
 * Selects the article below the selected one.
 *
 * Returns: %FALSE when there is none
 */
gboolean
nd_sidebar_select_next (NdSidebar *self)
{
  guint n_items;
  guint position;

  g_return_val_if_fail (ND_IS_SIDEBAR (self), FALSE);

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->selection));
  position = gtk_single_selection_get_selected (self->selection);

  if (position == GTK_INVALID_LIST_POSITION)
    position = 0;
  else if (position + 1 < n_items)
    position++;
  else
    return FALSE;

  if (position >= n_items)
    return FALSE;

  select_position (self, position);
  return TRUE;
}

/**
 * nd_sidebar_select_previous:
 *
 * Selects the article above the selected one.
 *
 * Returns: %FALSE when there is none
 */
gboolean
nd_sidebar_select_previous (NdSidebar *self)
{
  guint position;

  g_return_val_if_fail (ND_IS_SIDEBAR (self), FALSE);

  position = gtk_single_selection_get_selected (self->selection);
  if (position == GTK_INVALID_LIST_POSITION || position == 0)
    return FALSE;

  select_position (self, position - 1);
  return TRUE;
}

const char *
nd_sidebar_get_sort_order (NdSidebar *self)
{
  g_return_val_if_fail (ND_IS_SIDEBAR (self), NULL);

  return sort_order_names[self->sort_order];
}

/**
 * nd_sidebar_set_sort_order:
 * @sort_order: "newest", "oldest", "source" (then newest first) or "title" (then newest
 *   first); undated articles come last in date orders, articles without a source or title
 *   last in the alphabetical ones
 *
 * Sorts the list. The selected article stays selected and is scrolled to once sorted.
 */
void
nd_sidebar_set_sort_order (NdSidebar  *self,
                           const char *sort_order)
{
  SortOrder order;

  g_return_if_fail (ND_IS_SIDEBAR (self));
  g_return_if_fail (sort_order != NULL);

  for (order = 0; order < N_SORT_ORDERS; order++)
    if (g_str_equal (sort_order, sort_order_names[order]))
      break;

  if (order == N_SORT_ORDERS)
    {
      g_warning ("Unknown sort order “%s”", sort_order);
      return;
    }

  if (order == self->sort_order)
    return;

  self->sort_order = order;
  if (self->query != NULL)
    {
      /* Applied when the search ends; results keep their own order. */
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SORT_ORDER]);
      return;
    }

  /* Off again once sorted, in on_sort_pending_cb(). */
  if (is_large (self))
    gtk_sort_list_model_set_incremental (self->sort_model, TRUE);
  gtk_sort_list_model_set_sorter (self->sort_model, get_sorter (self, order));

  if (gtk_sort_list_model_get_pending (self->sort_model) == 0)
    {
      gtk_sort_list_model_set_incremental (self->sort_model, FALSE);
      scroll_to (self, gtk_single_selection_get_selected (self->selection));
    }
  else
    self->scroll_when_sorted = TRUE;

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SORT_ORDER]);
}

/**
 * nd_sidebar_set_filter:
 * @filter: (nullable): a #GtkFilter of #NdArticle, or %NULL
 *
 * Shows only the articles that @filter matches (and whose source is checked). The sidebar
 * follows @filter's "changed" signal.
 */
void
nd_sidebar_set_filter (NdSidebar *self,
                       GtkFilter *filter)
{
  g_return_if_fail (ND_IS_SIDEBAR (self));
  g_return_if_fail (filter == NULL || GTK_IS_FILTER (filter));

  if (self->filter == filter)
    return;

  /* The every-filter holds the source filter at 0 and this one at 1. */
  if (self->filter != NULL)
    gtk_multi_filter_remove (GTK_MULTI_FILTER (self->every_filter), 1);

  g_set_object (&self->filter, filter);

  if (filter != NULL)
    gtk_multi_filter_append (GTK_MULTI_FILTER (self->every_filter), g_object_ref (filter));

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_FILTER]);
}

/**
 * nd_sidebar_get_filter:
 *
 * Returns: (transfer none) (nullable): the filter set with nd_sidebar_set_filter()
 */
GtkFilter *
nd_sidebar_get_filter (NdSidebar *self)
{
  g_return_val_if_fail (ND_IS_SIDEBAR (self), NULL);

  return self->filter;
}

/**
 * nd_sidebar_get_n_visible:
 *
 * Returns: the number of articles left by the filters
 */
guint
nd_sidebar_get_n_visible (NdSidebar *self)
{
  g_return_val_if_fail (ND_IS_SIDEBAR (self), 0);

  return self->n_visible;
}

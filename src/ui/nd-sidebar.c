/* nd-sidebar.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The article list beside the reader, with its sort menu and source filter. This file holds
 * the widget: its model chain, properties, visible count and public API; the other parts are
 * named in nd-sidebar-private.h.
 *
 * The model chain is
 *
 *   articles (NdArticleStore, newest first)
 *     → GtkFilterListModel (GtkEveryFilter: the source filter, the story chosen in the story
 *       list, then the external filter slot)
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

#include "nd-article-row.h"
#include "nd-menu-button.h"
#include "nd-sidebar-private.h"
#include "nd-ui-resources.h"

G_DEFINE_FINAL_TYPE (NdSidebar, nd_sidebar, GTK_TYPE_WIDGET)

static GParamSpec *properties [N_PROPS];

void
_nd_sidebar_notify (NdSidebar         *self,
                    NdSidebarProperty  prop)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties [prop]);
}

gboolean
_nd_sidebar_is_large (NdSidebar *self)
{
  return self->model != NULL && g_list_model_get_n_items (self->model) >= INCREMENTAL_MIN_ITEMS;
}

/* Visible count, empty state and the count in the toolbar. */

void
_nd_sidebar_update_count_label (NdSidebar *self)
{
  guint n_total = self->model != NULL ? g_list_model_get_n_items (self->model) : 0;
  g_autofree char *text = NULL;

  if (self->show_stories && self->stories != NULL)
    {
      guint n_stories = g_list_model_get_n_items (G_LIST_MODEL (self->story_rows));

      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u story", "%'u stories",
                                           n_stories),
                              n_stories);
    }
  else if (self->query != NULL)
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

void
_nd_sidebar_update_empty_state (NdSidebar *self)
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
  if (self->show_stories)
    gtk_stack_set_visible_child_name (self->stack, "stories");
  else
    gtk_stack_set_visible_child_name (self->stack, nothing_matches ? "empty" : "list");
}

void
_nd_sidebar_update_visible (NdSidebar *self)
{
  guint n_visible = g_list_model_get_n_items (G_LIST_MODEL (self->sort_model));

  if (self->n_visible != n_visible)
    {
      self->n_visible = n_visible;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_N_VISIBLE]);
    }

  _nd_sidebar_update_count_label (self);
  _nd_sidebar_update_empty_state (self);
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
    _nd_sidebar_recount_sources (self);
  else
    _nd_sidebar_count_articles (self, position, added);

  _nd_sidebar_update_source_widgets (self);
  _nd_sidebar_update_count_label (self);
  _nd_sidebar_update_empty_state (self);
}

/* Incremental filtering is switched on just before the filter model sees a filter change
 * (this handler is connected first), and off again once that refilter is done. */
static void
on_filter_changing_cb (NdSidebar       *self,
                       GtkFilterChange  change,
                       GtkFilter       *filter)
{
  if (_nd_sidebar_is_large (self))
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
  _nd_sidebar_update_empty_state (self);
  _nd_sidebar_queue_settle_kept_article (self);
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
  _nd_sidebar_stories_dispose (self);
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

    case PROP_SHOW_STORIES:
      g_value_set_boolean (value, self->show_stories);
      break;

    case PROP_SELECTED_STORY:
      g_value_set_object (value, self->selected_story);
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

    case PROP_SHOW_STORIES:
      nd_sidebar_set_show_stories (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Longer than 80 lines on purpose: most of it is the documentation of each property, which
 * reads best beside its GParamSpec; the parts add their own actions, signal and template
 * callbacks through _nd_sidebar_sources_class_init() and _nd_sidebar_search_class_init(). */
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

  /**
   * NdSidebar:show-stories:
   *
   * Whether the list shows the stories (each with its articles below it) instead of the
   * articles, as the "show-stories" settings key.
   */
  properties [PROP_SHOW_STORIES] =
    g_param_spec_boolean ("show-stories", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * NdSidebar:selected-story:
   *
   * The story chosen in the story list, or %NULL. While there is one, the visible
   * articles are its articles alone (the search and source filter still apply).
   */
  properties [PROP_SELECTED_STORY] =
    g_param_spec_object ("selected-story", NULL, NULL, ND_TYPE_STORY,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_property_action (widget_class, "sidebar.sort", "sort-order");

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/example/NewsDesk/nd-sidebar.ui");
  gtk_widget_class_bind_template_child (widget_class, NdSidebar, count_label);
  gtk_widget_class_bind_template_child (widget_class, NdSidebar, sort_button);
  gtk_widget_class_bind_template_child (widget_class, NdSidebar, sort_menu);
  gtk_widget_class_bind_template_child (widget_class, NdSidebar, empty_label);
  gtk_widget_class_bind_template_child (widget_class, NdSidebar, suggestion_button);
  gtk_widget_class_bind_template_child (widget_class, NdSidebar, suggestion_label);
  gtk_widget_class_bind_template_child (widget_class, NdSidebar, filter_button);
  gtk_widget_class_bind_template_child (widget_class, NdSidebar, sources_box);
  gtk_widget_class_bind_template_child (widget_class, NdSidebar, sources_entry);
  gtk_widget_class_bind_template_child (widget_class, NdSidebar, stack);
  gtk_widget_class_bind_template_child (widget_class, NdSidebar, list_view);
  gtk_widget_class_bind_template_callback (widget_class, on_factory_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_factory_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_factory_unbind_cb);
  _nd_sidebar_sources_class_init (widget_class);
  _nd_sidebar_search_class_init (widget_class);
  _nd_sidebar_stories_class_init (widget_class);

  gtk_widget_class_set_css_name (widget_class, "sidebar");
}

static void
nd_sidebar_init (NdSidebar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  nd_menu_button_set_menu_model_on_demand (self->sort_button, self->sort_menu);

  self->sort_order = SORT_NEWEST;
  self->selected_position = GTK_INVALID_LIST_POSITION;
  self->sources = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, _nd_sidebar_source_free);
  self->sorted_sources = g_ptr_array_new ();

  self->source_filter = g_object_new (ND_TYPE_SIDEBAR_SOURCE_FILTER, NULL);
  self->every_filter = gtk_every_filter_new ();
  gtk_multi_filter_append (GTK_MULTI_FILTER (self->every_filter),
                           g_object_ref (GTK_FILTER (self->source_filter)));
  /* The story filter sits at 1, matching everything until a story is chosen. */
  self->story_filter = gtk_custom_filter_new (NULL, NULL, NULL);
  gtk_multi_filter_append (GTK_MULTI_FILTER (self->every_filter),
                           g_object_ref (GTK_FILTER (self->story_filter)));

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
                            G_CALLBACK (_nd_sidebar_on_visible_items_changing_cb), self);

  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->sort_model)));
  gtk_single_selection_set_autoselect (self->selection, TRUE);
  gtk_single_selection_set_can_unselect (self->selection, FALSE);

  g_signal_connect_swapped (self->filter_model, "notify::pending",
                            G_CALLBACK (on_filter_pending_cb), self);
  g_signal_connect_swapped (self->sort_model, "notify::pending",
                            G_CALLBACK (_nd_sidebar_on_sort_pending_cb), self);
  g_signal_connect_swapped (self->sort_model, "items-changed",
                            G_CALLBACK (_nd_sidebar_on_visible_items_changed_cb), self);
  g_signal_connect_swapped (self->selection, "notify::selected",
                            G_CALLBACK (_nd_sidebar_on_selection_changed_cb), self);
  g_signal_connect_swapped (self->selection, "notify::selected-item",
                            G_CALLBACK (_nd_sidebar_on_selection_changed_cb), self);

  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  _nd_sidebar_stories_init (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "sidebar.show-all-sources", FALSE);
  _nd_sidebar_update_source_widgets (self);
  _nd_sidebar_update_visible (self);
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
void
_nd_sidebar_show_model (NdSidebar  *self,
                        GListModel *articles)
{
  if (self->model == articles)
    return;

  if (self->model != NULL)
    {
      g_clear_signal_handler (&self->items_changed_id, self->model);
      g_clear_object (&self->model);
    }

  _nd_sidebar_clear_sources (self);
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
      _nd_sidebar_count_articles (self, 0, g_list_model_get_n_items (articles));
    }

  _nd_sidebar_update_source_widgets (self);
  _nd_sidebar_update_visible (self);
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
    _nd_sidebar_show_model (self, articles);

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_MODEL]);
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

  /* The every-filter holds the source filter at 0, the story filter at 1 and this one at 2. */
  if (self->filter != NULL)
    gtk_multi_filter_remove (GTK_MULTI_FILTER (self->every_filter), 2);

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

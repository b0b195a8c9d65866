/* nd-sidebar-stories.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* NdSidebar showing stories instead of articles: one row per story (its label, outlets,
 * days and size), biggest first, that expands to the story's articles.
 *
 * The chain is
 *
 *   NdStoryList (worked out in a thread as articles load)
 *     → GtkFilterListModel (stories with an article the source filter and search keep)
 *     → GtkTreeListModel (a story's children: its articles, through the same filters)
 *     → GtkSliceListModel (all of them, but after a regrouping a step at a time)
 *     → GtkSingleSelection → stories_view of GtkTreeExpander.
 *
 * Choosing a story (or one of its articles) makes the story filter, in the article chain
 * beside the source filter, keep that story's articles alone: the visible articles, which
 * the Compare view, the timeline and the overview follow, are then the story's, and the
 * search and the source filter still narrow them. The article selection stays in the
 * article chain, hidden meanwhile, so the reader and the timeline work as before.
 *
 * With 100,000 articles the list stays cheap: rows are made only for what is on screen,
 * a story's articles only once it is expanded, and the hash sets that the filters look
 * in are built once per story chosen or search shown, not per row. But GtkListView in GTK
 * 4.8 makes the widgets of up to 200 rows at once when it is given them, and each row's
 * insertion restyles its siblings: after a grouping that held the window for 50-150 ms.
 * So the slice hands the rows over a few at a time, one step per main loop turn, until
 * the view has all the widgets it keeps; the rest then go at once, which costs little.
 * A step of 8 rows is about 18 M instructions (making, binding and laying out the rows,
 * and GTK restyling their siblings), a third of a frame. */

/* Rows handed to the view at a time after a regrouping, until it has this many. */
#define STORY_ROWS_STEP 8
#define STORY_ROWS_STEPPED 240

#define G_LOG_DOMAIN "nd-sidebar"

#include "config.h"

#include <glib/gi18n.h>

#include "load/nd-article-store.h"
#include "nd-article-row.h"
#include "nd-sidebar-private.h"
#include "nd-story-row.h"

/* Filters */

static gboolean
in_selected_story (gpointer item,
                   gpointer user_data)
{
  NdSidebar *self = user_data;

  return g_hash_table_contains (self->story_articles, item);
}

static gboolean
in_search_hits (gpointer item,
                gpointer user_data)
{
  NdSidebar *self = user_data;

  return self->search_hits == NULL || g_hash_table_contains (self->search_hits, item);
}

/* A story is listed while any of its articles would be. */
static gboolean
story_has_shown_article (gpointer item,
                         gpointer user_data)
{
  NdSidebar *self = user_data;
  NdStory *story = item;

  for (guint i = 0; i < nd_story_get_n_articles (story); i++)
    if (gtk_filter_match (GTK_FILTER (self->child_filter), nd_story_get_article (story, i)))
      return TRUE;

  return FALSE;
}

/* With no search and no outlet hidden, every story is listed: the rows' filter then matches
 * all without asking each story, so that the list passes the stories through as they are.
 * With 40,000 stories, asking each one held the window for a long frame whenever grouping
 * ended. */
static void
update_story_rows_filter (NdSidebar       *self,
                          GtkFilterChange  change)
{
  gboolean all = gtk_filter_get_strictness (GTK_FILTER (self->child_filter)) == GTK_FILTER_MATCH_ALL;

  if (all != self->story_rows_match_all)
    {
      self->story_rows_match_all = all;
      gtk_custom_filter_set_filter_func (self->story_rows_filter, all ? NULL : story_has_shown_article,
                                         all ? NULL : self, NULL);
    }
  else if (!all)
    gtk_filter_changed (GTK_FILTER (self->story_rows_filter), change);
}

static void
on_child_filter_changed_cb (NdSidebar       *self,
                            GtkFilterChange  change,
                            GtkFilter       *filter)
{
  update_story_rows_filter (self, change);
}

/* Handing the rows over */

static gboolean
grow_story_slice_cb (gpointer user_data)
{
  NdSidebar *self = user_data;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->story_tree));
  guint size = gtk_slice_list_model_get_size (self->story_slice);

  if (size < STORY_ROWS_STEPPED && size + STORY_ROWS_STEP < n)
    {
      gtk_slice_list_model_set_size (self->story_slice, size + STORY_ROWS_STEP);
      return G_SOURCE_CONTINUE;
    }

  /* All handed over: the slice passes every later change straight through. */
  gtk_slice_list_model_set_size (self->story_slice, G_MAXUINT);
  self->story_slice_source = 0;
  return G_SOURCE_REMOVE;
}

/* Before the stories are replaced, the view keeps a step of them, so that it loses and
 * gains few rows at once; the rest follow between frames. */
static void
on_stories_replacing_cb (NdSidebar  *self,
                         guint       position,
                         guint       removed,
                         guint       added,
                         GListModel *stories)
{
  if (removed + added <= STORY_ROWS_STEP)
    return;

  if (gtk_slice_list_model_get_size (self->story_slice) > STORY_ROWS_STEP)
    gtk_slice_list_model_set_size (self->story_slice, STORY_ROWS_STEP);
  if (self->story_slice_source == 0)
    self->story_slice_source = g_idle_add (grow_story_slice_cb, self);
}

/* A row the code wants now, such as the chosen story's, is handed over at once. */
static void
ensure_story_row_shown (NdSidebar *self,
                        guint      position)
{
  if (position != GTK_INVALID_LIST_POSITION &&
      position >= gtk_slice_list_model_get_size (self->story_slice))
    gtk_slice_list_model_set_size (self->story_slice, position + 1);
}

/* The tree */

static GListModel *
create_story_children (gpointer item,
                       gpointer user_data)
{
  NdSidebar *self = user_data;
  NdStory *story;
  GListStore *articles;

  if (!ND_IS_STORY (item))
    return NULL;

  story = item;
  articles = g_list_store_new (ND_TYPE_ARTICLE);
  for (guint i = 0; i < nd_story_get_n_articles (story); i++)
    g_list_store_append (articles, nd_story_get_article (story, i));

  return G_LIST_MODEL (gtk_filter_list_model_new (G_LIST_MODEL (articles),
                                                  g_object_ref (GTK_FILTER (self->child_filter))));
}

static GtkTreeListRow *
get_selected_row (NdSidebar *self)
{
  return gtk_single_selection_get_selected_item (self->story_selection);
}

/* The story of a row: its own, or its parent's for an article. */
static NdStory *
dup_row_story (GtkTreeListRow *row)
{
  g_autoptr(GObject) item = gtk_tree_list_row_get_item (row);
  g_autoptr(GtkTreeListRow) parent = NULL;

  if (ND_IS_STORY (item))
    return ND_STORY (g_steal_pointer (&item));

  parent = gtk_tree_list_row_get_parent (row);
  return parent != NULL ? ND_STORY (gtk_tree_list_row_get_item (parent)) : NULL;
}

/* The story's row in the tree: found among the listed stories, which is cheap, and asked
 * of the tree, so that opened stories above it do not matter. */
static guint
find_story_row (NdSidebar *self,
                NdStory   *story)
{
  GListModel *stories = G_LIST_MODEL (self->story_rows);
  guint n = g_list_model_get_n_items (stories);

  for (guint i = 0; i < n; i++)
    {
      NdStory *item = g_list_model_get_item (stories, i);
      gboolean found = item == story;

      g_object_unref (item);
      if (found)
        {
          g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_child_row (self->story_tree, i);
          guint position = row != NULL ? gtk_tree_list_row_get_position (row) : GTK_INVALID_LIST_POSITION;

          ensure_story_row_shown (self, position);
          return position;
        }
    }

  return GTK_INVALID_LIST_POSITION;
}

/* Stories are remembered by the id of an article they hold, not by the objects: grouping
 * again makes new stories, and a folder closed and opened again, or replaced, brings new
 * articles for the same files, and neither should lose the story the user chose or
 * opened. */
static NdStory *
find_story_holding (NdSidebar  *self,
                    const char *article_id)
{
  GListModel *articles = nd_story_list_get_articles (self->stories);
  guint n = articles != NULL ? g_list_model_get_n_items (articles) : 0;

  if (article_id == NULL)
    return NULL;

  if (ND_IS_ARTICLE_STORE (articles))
    {
      NdArticle *article = nd_article_store_lookup (ND_ARTICLE_STORE (articles), article_id);

      return article != NULL ? nd_story_list_find_story (self->stories, article) : NULL;
    }

  /* Any other list is searched: once a grouping, no slower than the grouping itself. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(NdArticle) article = g_list_model_get_item (articles, i);

      if (g_strcmp0 (nd_article_get_id (article), article_id) == 0)
        return nd_story_list_find_story (self->stories, article);
    }

  return NULL;
}

/* Choosing a story */

static void
set_selected_story (NdSidebar *self,
                    NdStory   *story)
{
  NdArticle *article;

  if (story != NULL && nd_story_get_n_articles (story) > 0)
    {
      g_free (self->chosen_article_id);
      self->chosen_article_id = g_strdup (nd_article_get_id (nd_story_get_article (story, 0)));
    }

  if (!g_set_object (&self->selected_story, story))
    return;

  g_hash_table_remove_all (self->story_articles);
  for (guint i = 0; story != NULL && i < nd_story_get_n_articles (story); i++)
    g_hash_table_add (self->story_articles, nd_story_get_article (story, i));

  /* No function is "match all": nothing is looked up while no story is chosen. */
  if (story != NULL)
    gtk_custom_filter_set_filter_func (self->story_filter, in_selected_story, self, NULL);
  else
    gtk_custom_filter_set_filter_func (self->story_filter, NULL, NULL, NULL);

  /* The reader moves into the story: to its newest article the filters show. */
  article = nd_sidebar_get_selected_article (self);
  if (story != NULL && (article == NULL || !g_hash_table_contains (self->story_articles, article)) &&
      g_list_model_get_n_items (G_LIST_MODEL (self->selection)) > 0)
    _nd_sidebar_select_position (self, 0);

  _nd_sidebar_notify (self, PROP_SELECTED_STORY);
}

static void
on_story_selection_cb (NdSidebar          *self,
                       GParamSpec         *pspec,
                       GtkSingleSelection *selection)
{
  GtkTreeListRow *row = get_selected_row (self);
  g_autoptr(NdStory) story = NULL;
  g_autoptr(GObject) item = NULL;

  /* Nothing selected: the rows were replaced; the story stays chosen. */
  if (row == NULL)
    return;

  story = dup_row_story (row);
  set_selected_story (self, story);

  item = gtk_tree_list_row_get_item (row);
  if (ND_IS_ARTICLE (item))
    nd_sidebar_select_article (self, ND_ARTICLE (item));
}

/* Regrouping makes new rows, closed: the stories the user had opened open again, found by
 * an article each held, so that a file arriving in a watched folder does not fold up the
 * story being read. */
static void
reopen_stories (NdSidebar *self)
{
  /* Opening a row adds to the set: go through a copy. */
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_free);
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, self->open_stories);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (articles, g_strdup (key));

  for (guint i = 0; i < articles->len; i++)
    {
      NdStory *story = find_story_holding (self, g_ptr_array_index (articles, i));
      guint position = story != NULL ? find_story_row (self, story) : GTK_INVALID_LIST_POSITION;
      g_autoptr(GtkTreeListRow) row = NULL;

      if (position == GTK_INVALID_LIST_POSITION)
        continue;
      row = gtk_tree_list_model_get_row (self->story_tree, position);
      gtk_tree_list_row_set_expanded (row, TRUE);
    }
}

/* New stories replace the old ones whenever grouping ends: the story chosen is followed
 * into the new story that holds its newest article. */
static void
on_stories_changed_cb (NdSidebar  *self,
                       guint       position,
                       guint       removed,
                       guint       added,
                       GListModel *stories)
{
  NdStory *story = NULL;
  guint row;

  /* Stories emptied while a folder is replaced: the choice waits for its articles. */
  story = find_story_holding (self, self->chosen_article_id);
  if (story != NULL || g_list_model_get_n_items (stories) > 0)
    set_selected_story (self, story);

  reopen_stories (self);
  row = story != NULL ? find_story_row (self, story) : GTK_INVALID_LIST_POSITION;
  if (row != GTK_INVALID_LIST_POSITION)
    gtk_single_selection_set_selected (self->story_selection, row);

  _nd_sidebar_stories_update_status (self);
  _nd_sidebar_update_count_label (self);
}

static void
on_stories_busy_cb (NdSidebar   *self,
                    GParamSpec  *pspec,
                    NdStoryList *stories)
{
  _nd_sidebar_stories_update_status (self);
}

void
_nd_sidebar_stories_update_status (NdSidebar *self)
{
  gboolean empty = g_list_model_get_n_items (G_LIST_MODEL (self->story_rows)) == 0;
  gboolean busy = self->stories != NULL && nd_story_list_get_busy (self->stories);

  const char *status = NULL;

  if (busy)
    status = _("Finding stories…");
  else if (self->model != NULL && g_list_model_get_n_items (self->model) > 0)
    status = _("No stories match");

  /* An empty label would be announced by its class name: it is hidden instead. */
  gtk_label_set_text (self->stories_status, status != NULL ? status : "");
  gtk_widget_set_visible (GTK_WIDGET (self->stories_status), empty && status != NULL);
}

/* Rows */

static void
on_story_factory_setup_cb (GtkSignalListItemFactory *factory,
                           GtkListItem              *item,
                           NdSidebar                *self)
{
  GtkWidget *expander = gtk_tree_expander_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  /* The story row or the article row is made when first bound to one: most items are
   * stories, and an article row is twice as dear to make. */
  gtk_widget_set_hexpand (box, TRUE);
  gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), box);
  gtk_list_item_set_child (item, expander);
}

/* The child of @box of @type, or NULL if it was never needed. */
static GtkWidget *
find_row_child (GtkWidget *box,
                GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (box); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
      return child;

  return NULL;
}

/* The child of @box of @type, made if it has none. */
static GtkWidget *
ensure_row_child (GtkWidget *box,
                  GType      type)
{
  GtkWidget *child = find_row_child (box, type);

  if (child == NULL)
    {
      child = type == ND_TYPE_STORY_ROW ? nd_story_row_new () : nd_article_row_new ();
      gtk_box_append (GTK_BOX (box), child);
    }

  return child;
}

/* A story opened or closed by the user, remembered by its first article. A row whose story
 * went with a regrouping says it closed too, with no story left: that is not the user's. */
static void
on_row_expanded_cb (NdSidebar      *self,
                    GParamSpec     *pspec,
                    GtkTreeListRow *row)
{
  g_autoptr(GObject) item = gtk_tree_list_row_get_item (row);
  NdArticle *first;

  if (!ND_IS_STORY (item) || nd_story_get_n_articles (ND_STORY (item)) == 0)
    return;

  first = nd_story_get_article (ND_STORY (item), 0);
  if (gtk_tree_list_row_get_expanded (row))
    g_hash_table_add (self->open_stories, g_strdup (nd_article_get_id (first)));
  else
    for (guint i = 0; i < nd_story_get_n_articles (ND_STORY (item)); i++)
      g_hash_table_remove (self->open_stories, nd_article_get_id (nd_story_get_article (ND_STORY (item), i)));
}

static void
on_story_factory_bind_cb (GtkSignalListItemFactory *factory,
                          GtkListItem              *item,
                          NdSidebar                *self)
{
  GtkTreeExpander *expander = GTK_TREE_EXPANDER (gtk_list_item_get_child (item));
  GtkWidget *box = gtk_tree_expander_get_child (expander);
  GtkTreeListRow *row = gtk_list_item_get_item (item);
  g_autoptr(GObject) object = gtk_tree_list_row_get_item (row);
  gboolean is_story = ND_IS_STORY (object);
  GtkWidget *shown = ensure_row_child (box, is_story ? ND_TYPE_STORY_ROW : ND_TYPE_ARTICLE_ROW);

  gtk_tree_expander_set_list_row (expander, row);
  for (GtkWidget *child = gtk_widget_get_first_child (box); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_set_visible (child, child == shown);

  if (is_story)
    {
      g_signal_connect_object (row, "notify::expanded", G_CALLBACK (on_row_expanded_cb), self,
                               G_CONNECT_SWAPPED);
      nd_story_row_set_story (ND_STORY_ROW (shown), ND_STORY (object));
    }
  else
    {
      nd_article_row_set_query (ND_ARTICLE_ROW (shown), self->query);
      nd_article_row_set_article (ND_ARTICLE_ROW (shown), ND_ARTICLE (object));
    }
}

static void
on_story_factory_unbind_cb (GtkSignalListItemFactory *factory,
                            GtkListItem              *item,
                            NdSidebar                *self)
{
  GtkTreeExpander *expander = GTK_TREE_EXPANDER (gtk_list_item_get_child (item));
  GtkWidget *box = gtk_tree_expander_get_child (expander);
  GtkTreeListRow *row = gtk_list_item_get_item (item);

  if (row != NULL)
    g_signal_handlers_disconnect_by_func (row, on_row_expanded_cb, self);
  GtkWidget *story_row = find_row_child (box, ND_TYPE_STORY_ROW);
  GtkWidget *article_row = find_row_child (box, ND_TYPE_ARTICLE_ROW);

  gtk_tree_expander_set_list_row (expander, NULL);
  if (story_row != NULL)
    nd_story_row_set_story (ND_STORY_ROW (story_row), NULL);
  if (article_row != NULL)
    nd_article_row_set_article (ND_ARTICLE_ROW (article_row), NULL);
}

/* Enter or a double click on a story shows or hides its articles. */
static void
on_story_activate_cb (NdSidebar   *self,
                      guint        position,
                      GtkListView *view)
{
  g_autoptr(GtkTreeListRow) row = g_list_model_get_item (G_LIST_MODEL (self->story_tree), position);

  if (row != NULL && gtk_tree_list_row_is_expandable (row))
    gtk_tree_list_row_set_expanded (row, !gtk_tree_list_row_get_expanded (row));
}

/* Keyboard: GtkTreeExpander in GTK 4.8 has no keys of its own once the row has the focus,
 * so the list offers them as actions. */
static void
expand_story_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  NdSidebar *self = ND_SIDEBAR (widget);
  GtkTreeListRow *row = get_selected_row (self);

  if (row != NULL && gtk_tree_list_row_is_expandable (row))
    {
      gtk_tree_list_row_set_expanded (row, TRUE);
      /* Its row may be scrolled out of sight, where no widget watches it. */
      on_row_expanded_cb (self, NULL, row);
    }
}

/* On an article, goes up to its story first, as tree views do. */
static void
collapse_story_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  NdSidebar *self = ND_SIDEBAR (widget);
  GtkTreeListRow *row = get_selected_row (self);
  g_autoptr(GtkTreeListRow) parent = NULL;

  if (row == NULL)
    return;

  if (gtk_tree_list_row_get_depth (row) > 0)
    {
      parent = gtk_tree_list_row_get_parent (row);
      row = parent;
      gtk_single_selection_set_selected (self->story_selection, gtk_tree_list_row_get_position (row));
      gtk_widget_activate_action (GTK_WIDGET (self->stories_view), "list.scroll-to-item", "u",
                                  gtk_tree_list_row_get_position (row));
    }
  gtk_tree_list_row_set_expanded (row, FALSE);
  on_row_expanded_cb (self, NULL, row);
}

static void
add_story_keys (NdSidebar *self)
{
  static const struct { guint key; const char *action; } keys[] = {
    { GDK_KEY_plus, "sidebar.expand-story" },
    { GDK_KEY_KP_Add, "sidebar.expand-story" },
    { GDK_KEY_Right, "sidebar.expand-story" },
    { GDK_KEY_minus, "sidebar.collapse-story" },
    { GDK_KEY_KP_Subtract, "sidebar.collapse-story" },
    { GDK_KEY_Left, "sidebar.collapse-story" },
  };
  GtkEventController *controller = gtk_shortcut_controller_new ();

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (keys[i].key, 0),
                                                            gtk_named_action_new (keys[i].action)));
  gtk_widget_add_controller (GTK_WIDGET (self->stories_view), controller);
}

void
_nd_sidebar_stories_init (NdSidebar *self)
{
  self->story_articles = g_hash_table_new (NULL, NULL);
  self->open_stories = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  self->hits_filter = gtk_custom_filter_new (NULL, NULL, NULL);
  self->child_filter = gtk_every_filter_new ();
  gtk_multi_filter_append (GTK_MULTI_FILTER (self->child_filter),
                           g_object_ref (GTK_FILTER (self->source_filter)));
  gtk_multi_filter_append (GTK_MULTI_FILTER (self->child_filter),
                           g_object_ref (GTK_FILTER (self->hits_filter)));
  self->story_rows_filter = gtk_custom_filter_new (NULL, NULL, NULL);
  self->story_rows_match_all = TRUE;
  update_story_rows_filter (self, GTK_FILTER_CHANGE_DIFFERENT);
  g_signal_connect_swapped (self->child_filter, "changed",
                            G_CALLBACK (on_child_filter_changed_cb), self);

  self->story_rows = gtk_filter_list_model_new (NULL, g_object_ref (GTK_FILTER (self->story_rows_filter)));
  self->story_tree = gtk_tree_list_model_new (g_object_ref (G_LIST_MODEL (self->story_rows)),
                                              FALSE, FALSE, create_story_children, self, NULL);
  self->story_slice = gtk_slice_list_model_new (g_object_ref (G_LIST_MODEL (self->story_tree)), 0, G_MAXUINT);
  self->story_selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->story_slice)));
  gtk_single_selection_set_autoselect (self->story_selection, FALSE);
  gtk_single_selection_set_can_unselect (self->story_selection, TRUE);
  gtk_single_selection_set_selected (self->story_selection, GTK_INVALID_LIST_POSITION);
  g_signal_connect_swapped (self->story_selection, "notify::selected-item",
                            G_CALLBACK (on_story_selection_cb), self);
  g_signal_connect_swapped (self->story_rows, "items-changed",
                            G_CALLBACK (on_stories_changed_cb), self);

  gtk_list_view_set_model (self->stories_view, GTK_SELECTION_MODEL (self->story_selection));
  add_story_keys (self);
  _nd_sidebar_stories_update_status (self);
}

void
_nd_sidebar_stories_dispose (NdSidebar *self)
{
  if (self->stories != NULL)
    g_signal_handlers_disconnect_by_data (self->stories, self);
  if (self->story_selection != NULL)
    g_signal_handlers_disconnect_by_data (self->story_selection, self);
  if (self->story_rows != NULL)
    g_signal_handlers_disconnect_by_data (self->story_rows, self);
  if (self->child_filter != NULL)
    g_signal_handlers_disconnect_by_data (self->child_filter, self);
  if (self->stories_view != NULL)
    gtk_list_view_set_model (self->stories_view, NULL);

  g_clear_handle_id (&self->story_slice_source, g_source_remove);
  g_clear_object (&self->story_selection);
  g_clear_object (&self->story_slice);
  g_clear_object (&self->story_tree);
  g_clear_object (&self->story_rows);
  g_clear_object (&self->story_rows_filter);
  g_clear_object (&self->child_filter);
  g_clear_object (&self->hits_filter);
  g_clear_object (&self->story_filter);
  g_clear_object (&self->stories);
  g_clear_object (&self->selected_story);
  g_clear_pointer (&self->story_articles, g_hash_table_unref);
  g_clear_pointer (&self->open_stories, g_hash_table_unref);
  g_clear_pointer (&self->chosen_article_id, g_free);
  g_clear_pointer (&self->search_hits, g_hash_table_unref);
}

/* The search shown narrows each story's articles, and the stories to those it finds in. */
void
_nd_sidebar_stories_set_search (NdSidebar  *self,
                                GListModel *results)
{
  g_clear_pointer (&self->search_hits, g_hash_table_unref);

  if (results != NULL)
    {
      guint n = g_list_model_get_n_items (results);

      self->search_hits = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
      for (guint i = 0; i < n; i++)
        g_hash_table_add (self->search_hits, g_list_model_get_item (results, i));
    }

  if (results != NULL)
    gtk_custom_filter_set_filter_func (self->hits_filter, in_search_hits, self, NULL);
  else
    gtk_custom_filter_set_filter_func (self->hits_filter, NULL, NULL, NULL);
}

void
_nd_sidebar_stories_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_property_action (widget_class, "sidebar.show-stories", "show-stories");
  gtk_widget_class_install_action (widget_class, "sidebar.expand-story", NULL, expand_story_action);
  gtk_widget_class_install_action (widget_class, "sidebar.collapse-story", NULL, collapse_story_action);

  gtk_widget_class_bind_template_child (widget_class, NdSidebar, stories_view);
  gtk_widget_class_bind_template_child (widget_class, NdSidebar, stories_status);
  gtk_widget_class_bind_template_callback (widget_class, on_story_factory_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_story_factory_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_story_factory_unbind_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_story_activate_cb);
}

/* Public API */

/**
 * nd_sidebar_set_stories:
 * @stories: (nullable): the stories of the sidebar's articles
 *
 * What the story list shows while #NdSidebar:show-stories is on.
 */
void
nd_sidebar_set_stories (NdSidebar   *self,
                        NdStoryList *stories)
{
  g_return_if_fail (ND_IS_SIDEBAR (self));
  g_return_if_fail (stories == NULL || ND_IS_STORY_LIST (stories));

  if (self->stories == stories)
    return;

  if (self->stories != NULL)
    g_signal_handlers_disconnect_by_data (self->stories, self);
  g_set_object (&self->stories, stories);
  if (stories != NULL)
    {
      g_signal_connect_swapped (stories, "notify::busy", G_CALLBACK (on_stories_busy_cb), self);
      /* Before the rows' filter hears of a change: connected first. */
      g_signal_connect_swapped (stories, "items-changed", G_CALLBACK (on_stories_replacing_cb), self);
    }

  gtk_filter_list_model_set_model (self->story_rows, G_LIST_MODEL (stories));
  _nd_sidebar_stories_update_status (self);
}

gboolean
nd_sidebar_get_show_stories (NdSidebar *self)
{
  g_return_val_if_fail (ND_IS_SIDEBAR (self), FALSE);

  return self->show_stories;
}

/**
 * nd_sidebar_set_show_stories:
 *
 * Lists the stories instead of the articles, or the articles again; back on the
 * articles, no story narrows them.
 */
void
nd_sidebar_set_show_stories (NdSidebar *self,
                             gboolean   show_stories)
{
  g_return_if_fail (ND_IS_SIDEBAR (self));

  show_stories = !!show_stories;
  if (self->show_stories == show_stories)
    return;

  self->show_stories = show_stories;
  if (!show_stories)
    {
      gtk_single_selection_set_selected (self->story_selection, GTK_INVALID_LIST_POSITION);
      set_selected_story (self, NULL);
      g_clear_pointer (&self->chosen_article_id, g_free);
    }

  _nd_sidebar_update_count_label (self);
  _nd_sidebar_update_empty_state (self);
  _nd_sidebar_notify (self, PROP_SHOW_STORIES);
}

/**
 * nd_sidebar_get_selected_story:
 *
 * Returns: (transfer none) (nullable): the story chosen in the story list
 */
NdStory *
nd_sidebar_get_selected_story (NdSidebar *self)
{
  g_return_val_if_fail (ND_IS_SIDEBAR (self), NULL);

  return self->selected_story;
}

/**
 * nd_sidebar_select_story:
 * @story: (nullable): a story of the list set with nd_sidebar_set_stories(), or %NULL
 *
 * Chooses @story, as a click on its row does; %NULL shows every article again.
 */
void
nd_sidebar_select_story (NdSidebar *self,
                         NdStory   *story)
{
  guint row;

  g_return_if_fail (ND_IS_SIDEBAR (self));
  g_return_if_fail (story == NULL || ND_IS_STORY (story));

  row = story != NULL ? find_story_row (self, story) : GTK_INVALID_LIST_POSITION;
  gtk_single_selection_set_selected (self->story_selection, row);
  if (row != GTK_INVALID_LIST_POSITION)
    gtk_widget_activate_action (GTK_WIDGET (self->stories_view), "list.scroll-to-item", "u", row);
  set_selected_story (self, story);
  if (story == NULL)
    g_clear_pointer (&self->chosen_article_id, g_free);
}

GtkWidget *
nd_sidebar_get_stories_view (NdSidebar *self)
{
  g_return_val_if_fail (ND_IS_SIDEBAR (self), NULL);

  return GTK_WIDGET (self->stories_view);
}

/* nd-story-list.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The stories of a list of articles as a GListModel of NdStory, the biggest first, kept
 * up to date as the articles load, off the main thread.
 *
 * Grouping 100,000 articles takes seconds, so it runs in a worker thread and the list
 * changes once a run ends. Runs are incremental where the grouper allows it: the grouper
 * lives on between runs and each run only adds the articles that arrived since the last
 * (counting an article's words is most of the cost); removals start a new grouper, since
 * the grouper cannot forget. One run at a time: changes during a run wait for the next,
 * which starts a little later so that a load's many batches make few runs. The grouper
 * only ever belongs to one run, so it needs no lock; the articles it reads do not change
 * once loaded. Results are deterministic whatever the order the articles came in, so a
 * run that saw fewer articles is only ever a step towards the final list, never wrong. */

#define G_LOG_DOMAIN "nd-story-list"

#include "config.h"

#include "compare/nd-story-grouper.h"
#include "compare/nd-story-list.h"
#include "compare/nd-story-list-private.h"

/* Long enough for a load's batches to gather, short enough to feel immediate. */
#define RUN_DELAY_MS 250

/* Articles gathered for a run from scratch in one main loop turn. Fetching an item
 * through GListModel costs a few hundred instructions: gathering 100,000 at once held the
 * window for a frame. */
#define GATHER_STEP 4096

struct _NdStoryList
{
  GObject          parent_instance;

  GListModel      *articles;
  gulong           items_changed_id;

  GPtrArray       *stories;        /* NdStory, as listed */
  GHashTable      *by_article;     /* NdArticle → NdStory, of the stories listed */
  GHashTable      *by_id;          /* id → NdStory */

  NdStoryGrouper  *grouper;        /* NULL while a run has it, or before the first */
  GPtrArray       *pending;        /* NdArticle added since the last run began */
  GPtrArray       *gathered;       /* NdArticle, for a run from scratch, while gathering */
  guint            n_gathered;     /* of the articles, from the first, how many it holds */
  guint            gather_step;
  GCancellable    *cancellable;
  guint            run_source;
  guint            running : 1;
  guint            reset : 1;      /* articles went: the next run starts from scratch */
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (NdStoryList, nd_story_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* What a run works on and gives back. */
typedef struct
{
  NdStoryGrouper *grouper;
  GPtrArray      *added;       /* NdArticle */
  GPtrArray      *stories;     /* out */
  GHashTable     *by_article;  /* out */
  GHashTable     *by_id;       /* out */
} Run;

static void
run_free (Run *run)
{
  g_clear_object (&run->grouper);
  g_clear_pointer (&run->added, g_ptr_array_unref);
  g_clear_pointer (&run->stories, g_ptr_array_unref);
  g_clear_pointer (&run->by_article, g_hash_table_unref);
  g_clear_pointer (&run->by_id, g_hash_table_unref);
  g_free (run);
}

static void schedule_run (NdStoryList *self);

/* GListModel */

static GType
nd_story_list_get_item_type (GListModel *model)
{
  return ND_TYPE_STORY;
}

static guint
nd_story_list_get_n_items (GListModel *model)
{
  return ND_STORY_LIST (model)->stories->len;
}

static gpointer
nd_story_list_get_item (GListModel *model,
                        guint       position)
{
  NdStoryList *self = ND_STORY_LIST (model);

  if (position >= self->stories->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->stories, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = nd_story_list_get_item_type;
  iface->get_n_items = nd_story_list_get_n_items;
  iface->get_item = nd_story_list_get_item;
}

/* Runs */

static gboolean
is_busy (NdStoryList *self)
{
  return self->running || self->run_source != 0;
}

static void
notify_busy_if_changed (NdStoryList *self,
                        gboolean     was_busy)
{
  if (was_busy != is_busy (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_BUSY]);
}

static void
group_worker (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  Run *run = task_data;

  for (guint i = 0; i < run->added->len; i++)
    {
      if (g_cancellable_is_cancelled (cancellable))
        break;
      nd_story_grouper_add_article (run->grouper, g_ptr_array_index (run->added, i));
    }
  if (g_task_return_error_if_cancelled (task))
    return;

  run->stories = nd_story_grouper_dup_stories (run->grouper);
  /* Built here, not on the main thread: with 100,000 articles it is a noticeable pause. */
  run->by_article = g_hash_table_new (NULL, NULL);
  run->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint s = 0; s < run->stories->len; s++)
    {
      NdStory *story = g_ptr_array_index (run->stories, s);

      g_hash_table_insert (run->by_id, (gpointer)nd_story_get_id (story), story);
      for (guint a = 0; a < nd_story_get_n_articles (story); a++)
        g_hash_table_insert (run->by_article, nd_story_get_article (story, a), story);
    }

  g_task_return_boolean (task, TRUE);
}

static void
replace_stories (NdStoryList *self,
                 GPtrArray   *stories,
                 GHashTable  *by_article,
                 GHashTable  *by_id)
{
  guint removed = self->stories->len;

  g_ptr_array_unref (self->stories);
  g_hash_table_unref (self->by_article);
  g_hash_table_unref (self->by_id);
  self->stories = stories;
  self->by_article = by_article;
  self->by_id = by_id;

  if (removed > 0 || stories->len > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, stories->len);
}

static void
on_run_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  NdStoryList *self = ND_STORY_LIST (object);
  Run *run = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    return;   /* cancelled: the list is being disposed or its articles replaced */

  self->running = FALSE;
  /* After a removal the run's stories may hold articles that are gone: the next run,
   * from scratch, replaces them; until then the list stays as it was. */
  if (!self->reset)
    {
      self->grouper = g_steal_pointer (&run->grouper);
      replace_stories (self, g_steal_pointer (&run->stories), g_steal_pointer (&run->by_article),
                       g_steal_pointer (&run->by_id));
    }

  if (self->reset || self->pending->len > 0)
    schedule_run (self);
  else
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_BUSY]);
}

/* @run takes @grouper and @added. */
static void
start_run (NdStoryList    *self,
           NdStoryGrouper *grouper,
           GPtrArray      *added)
{
  g_autoptr(GTask) task = NULL;
  Run *run = g_new0 (Run, 1);

  run->grouper = grouper;
  run->added = added;
  self->running = TRUE;
  task = g_task_new (self, self->cancellable, on_run_done_cb, NULL);
  g_task_set_source_tag (task, start_run);
  g_task_set_task_data (task, run, (GDestroyNotify)run_free);
  g_task_set_priority (task, G_PRIORITY_LOW);
  g_task_run_in_thread (task, group_worker);
}

/* Gathers the articles for a run from scratch a step at a time, then starts it. The list
 * of articles may change in between: on_articles_changed_cb keeps what is gathered
 * true to it. */
static gboolean
gather_step_cb (gpointer data)
{
  NdStoryList *self = data;
  guint n = self->articles != NULL ? g_list_model_get_n_items (self->articles) : 0;
  guint end = MIN (n, self->n_gathered + self->gather_step);

  for (; self->n_gathered < end; self->n_gathered++)
    g_ptr_array_add (self->gathered, g_list_model_get_item (self->articles, self->n_gathered));
  if (self->n_gathered < n)
    return G_SOURCE_CONTINUE;

  self->run_source = 0;
  self->reset = FALSE;
  self->n_gathered = 0;
  start_run (self, nd_story_grouper_new (), g_steal_pointer (&self->gathered));
  return G_SOURCE_REMOVE;
}

static gboolean
start_run_cb (gpointer data)
{
  NdStoryList *self = data;
  GPtrArray *added;

  self->run_source = 0;
  if (self->reset || self->grouper == NULL)
    {
      /* From now on, what arrives is gathered, not pending. */
      self->reset = TRUE;
      g_clear_object (&self->grouper);
      g_ptr_array_set_size (self->pending, 0);
      self->gathered = g_ptr_array_new_with_free_func (g_object_unref);
      self->n_gathered = 0;
      self->run_source = g_idle_add_full (G_PRIORITY_LOW, gather_step_cb, self, NULL);
      return G_SOURCE_REMOVE;
    }

  added = g_steal_pointer (&self->pending);
  self->pending = g_ptr_array_new_with_free_func (g_object_unref);
  start_run (self, g_steal_pointer (&self->grouper), added);
  return G_SOURCE_REMOVE;
}

static void
schedule_run (NdStoryList *self)
{
  gboolean was_busy = is_busy (self);

  if (self->running || self->run_source != 0)
    return;

  self->run_source = g_timeout_add_full (G_PRIORITY_LOW, RUN_DELAY_MS, start_run_cb, self, NULL);
  notify_busy_if_changed (self, was_busy);
}

static void
on_articles_changed_cb (NdStoryList *self,
                        guint        position,
                        guint        removed,
                        guint        added,
                        GListModel  *articles)
{
  if (removed > 0)
    {
      self->reset = TRUE;
      g_ptr_array_set_size (self->pending, 0);
      /* What was gathered may hold articles that went: gather again. */
      if (self->gathered != NULL)
        g_ptr_array_set_size (self->gathered, 0);
      self->n_gathered = 0;
    }
  else if (!self->reset)
    for (guint i = 0; i < added; i++)
      g_ptr_array_add (self->pending, g_list_model_get_item (articles, position + i));
  else if (self->gathered != NULL && position < self->n_gathered)
    {
      /* Added among the gathered: the ones after them moved along, so gathering goes on
       * where it was, and these are taken now. The grouper does not mind the order. */
      for (guint i = 0; i < added; i++)
        g_ptr_array_add (self->gathered, g_list_model_get_item (articles, position + i));
      self->n_gathered += added;
    }

  schedule_run (self);
}

/* GObject */

static void
stop (NdStoryList *self)
{
  gboolean was_busy = is_busy (self);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  self->running = FALSE;
  g_clear_handle_id (&self->run_source, g_source_remove);
  if (self->articles != NULL)
    g_clear_signal_handler (&self->items_changed_id, self->articles);
  g_clear_object (&self->articles);
  g_clear_object (&self->grouper);
  g_ptr_array_set_size (self->pending, 0);
  g_clear_pointer (&self->gathered, g_ptr_array_unref);
  self->n_gathered = 0;
  self->reset = FALSE;
  notify_busy_if_changed (self, was_busy);
}

static void
nd_story_list_dispose (GObject *object)
{
  NdStoryList *self = ND_STORY_LIST (object);

  stop (self);

  G_OBJECT_CLASS (nd_story_list_parent_class)->dispose (object);
}

static void
nd_story_list_finalize (GObject *object)
{
  NdStoryList *self = ND_STORY_LIST (object);

  g_clear_object (&self->cancellable);
  g_ptr_array_unref (self->pending);
  g_ptr_array_unref (self->stories);
  g_hash_table_unref (self->by_article);
  g_hash_table_unref (self->by_id);

  G_OBJECT_CLASS (nd_story_list_parent_class)->finalize (object);
}

static void
nd_story_list_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  NdStoryList *self = ND_STORY_LIST (object);

  switch (prop_id)
    {
    case PROP_BUSY:
      g_value_set_boolean (value, nd_story_list_get_busy (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nd_story_list_class_init (NdStoryListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = nd_story_list_dispose;
  object_class->finalize = nd_story_list_finalize;
  object_class->get_property = nd_story_list_get_property;

  /**
   * NdStoryList:busy:
   *
   * Whether the stories are being worked out: the list will change when it turns %FALSE.
   */
  properties [PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
nd_story_list_init (NdStoryList *self)
{
  self->stories = g_ptr_array_new_with_free_func (g_object_unref);
  self->by_article = g_hash_table_new (NULL, NULL);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->pending = g_ptr_array_new_with_free_func (g_object_unref);
  self->cancellable = g_cancellable_new ();
  self->gather_step = GATHER_STEP;
}

NdStoryList *
nd_story_list_new (void)
{
  return g_object_new (ND_TYPE_STORY_LIST, NULL);
}

/**
 * nd_story_list_set_articles:
 * @articles: (nullable): a #GListModel of #NdArticle, such as the #NdArticleStore
 *
 * Groups @articles into stories in the background, and again whenever they change; with
 * %NULL the list empties.
 */
void
nd_story_list_set_articles (NdStoryList *self,
                            GListModel  *articles)
{
  g_return_if_fail (ND_IS_STORY_LIST (self));
  g_return_if_fail (articles == NULL || G_IS_LIST_MODEL (articles));

  if (self->articles == articles)
    return;

  stop (self);
  replace_stories (self, g_ptr_array_new_with_free_func (g_object_unref),
                   g_hash_table_new (NULL, NULL), g_hash_table_new (g_str_hash, g_str_equal));
  if (articles == NULL)
    return;

  self->articles = g_object_ref (articles);
  self->items_changed_id = g_signal_connect_swapped (articles, "items-changed",
                                                     G_CALLBACK (on_articles_changed_cb), self);
  self->reset = TRUE;
  schedule_run (self);
}

/**
 * nd_story_list_get_articles:
 *
 * Returns: (transfer none) (nullable): the articles grouped
 */
GListModel *
nd_story_list_get_articles (NdStoryList *self)
{
  g_return_val_if_fail (ND_IS_STORY_LIST (self), NULL);

  return self->articles;
}

gboolean
nd_story_list_get_busy (NdStoryList *self)
{
  g_return_val_if_fail (ND_IS_STORY_LIST (self), FALSE);

  return is_busy (self);
}

/**
 * nd_story_list_find_story:
 *
 * Returns: (transfer none) (nullable): the listed story that holds @article; %NULL for
 *   an article that arrived after the last grouping ended
 */
NdStory *
nd_story_list_find_story (NdStoryList *self,
                          NdArticle   *article)
{
  g_return_val_if_fail (ND_IS_STORY_LIST (self), NULL);

  return g_hash_table_lookup (self->by_article, article);
}

/**
 * nd_story_list_lookup:
 *
 * Returns: (transfer none) (nullable): the listed story with @id
 */
NdStory *
nd_story_list_lookup (NdStoryList *self,
                      const char  *id)
{
  g_return_val_if_fail (ND_IS_STORY_LIST (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->by_id, id);
}

void
_nd_story_list_set_gather_step (NdStoryList *self,
                                guint        step)
{
  g_return_if_fail (ND_IS_STORY_LIST (self));
  g_return_if_fail (step > 0);

  self->gather_step = step;
}

guint
_nd_story_list_get_n_gathered (NdStoryList *self)
{
  g_return_val_if_fail (ND_IS_STORY_LIST (self), 0);

  return self->n_gathered;
}

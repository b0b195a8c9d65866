/* nd-statement-list.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The statements of a list of articles (the list the sidebar shows), kept up to date as
 * the list changes, off the main thread.
 *
 * The window owns one from the start, because the reader tints the quotations that other
 * outlets carry whether or not the Compare view was ever opened; the Compare view, built
 * only when first shown, merely displays it. A story of fifty articles takes a few
 * milliseconds, but the list may hold thousands: finding the quotations of every article
 * and grouping them runs in a worker thread, once the list has stopped changing for a
 * moment (typing a search or loading a folder changes it many times a second). */

#define G_LOG_DOMAIN "nd-statement-list"

#include "config.h"

#include "compare/nd-statement-grouper.h"
#include "compare/nd-statement-list.h"

/* More articles than this are not compared at once: the Compare view says so and asks
 * for a search or a filter that narrows them. */
#define MAX_COMPARED_ARTICLES 1000

/* How long the list must stay as it is before it is compared again. */
#define SETTLE_MS 250

struct _NdStatementList
{
  GObject       parent_instance;

  GListModel   *articles;
  GPtrArray    *statements;
  GCancellable *cancellable;    /* while a worker compares */
  guint         settle_source;  /* while the list settles */
  guint         n_articles;
  guint         n_compared;
};

G_DEFINE_FINAL_TYPE (NdStatementList, nd_statement_list, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static void
notify_busy_if_changed (NdStatementList *self,
                        gboolean         was_busy)
{
  if (was_busy != nd_statement_list_get_busy (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_BUSY]);
}

static void
on_grouped_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  NdStatementList *self = ND_STATEMENT_LIST (object);
  g_autoptr(GError) error = NULL;
  GPtrArray *statements = g_task_propagate_pointer (G_TASK (result), &error);
  gboolean was_busy;

  /* A cancelled run was replaced by a newer one, or the list went. */
  if (statements == NULL)
    return;

  was_busy = nd_statement_list_get_busy (self);

  g_clear_pointer (&self->statements, g_ptr_array_unref);
  self->statements = statements;
  g_clear_object (&self->cancellable);
  notify_busy_if_changed (self, was_busy);
  g_signal_emit (self, signals [CHANGED], 0);
}

static GPtrArray *
copy_articles (NdStatementList *self)
{
  GPtrArray *copy = g_ptr_array_new_with_free_func (g_object_unref);

  self->n_articles = self->articles != NULL ? g_list_model_get_n_items (self->articles) : 0;
  self->n_compared = MIN (self->n_articles, MAX_COMPARED_ARTICLES);
  for (guint i = 0; i < self->n_compared; i++)
    g_ptr_array_add (copy, g_list_model_get_item (self->articles, i));

  return copy;
}

static gboolean
compare_after_settling (gpointer user_data)
{
  NdStatementList *self = user_data;
  g_autoptr(GTask) task = NULL;

  /* Still busy throughout: no notification. */
  self->settle_source = 0;
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  task = g_task_new (self, self->cancellable, on_grouped_cb, NULL);
  g_task_set_source_tag (task, compare_after_settling);
  g_task_set_task_data (task, copy_articles (self), (GDestroyNotify)g_ptr_array_unref);
  g_task_run_in_thread (task, nd_statement_group_in_thread);

  return G_SOURCE_REMOVE;
}

static void
on_items_changed_cb (NdStatementList *self)
{
  gboolean was_busy = nd_statement_list_get_busy (self);

  g_clear_handle_id (&self->settle_source, g_source_remove);
  self->settle_source = g_timeout_add_full (G_PRIORITY_LOW, SETTLE_MS, compare_after_settling, self, NULL);
  notify_busy_if_changed (self, was_busy);
}

/* A worker still running holds the list: it is told to stop, and its result is dropped. */
static void
stop (NdStatementList *self)
{
  gboolean was_busy = nd_statement_list_get_busy (self);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->settle_source, g_source_remove);
  notify_busy_if_changed (self, was_busy);
}

static void
nd_statement_list_dispose (GObject *object)
{
  NdStatementList *self = ND_STATEMENT_LIST (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->settle_source, g_source_remove);
  if (self->articles != NULL)
    g_signal_handlers_disconnect_by_data (self->articles, self);
  g_clear_object (&self->articles);
  g_clear_pointer (&self->statements, g_ptr_array_unref);

  G_OBJECT_CLASS (nd_statement_list_parent_class)->dispose (object);
}

static void
nd_statement_list_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  NdStatementList *self = ND_STATEMENT_LIST (object);

  switch (prop_id)
    {
    case PROP_BUSY:
      g_value_set_boolean (value, nd_statement_list_get_busy (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nd_statement_list_class_init (NdStatementListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = nd_statement_list_dispose;
  object_class->get_property = nd_statement_list_get_property;

  /**
   * NdStatementList:busy:
   *
   * Whether the articles are being compared, or about to be.
   */
  properties [PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * NdStatementList::changed:
   * @self: the list
   *
   * The articles were compared again: nd_statement_list_get_statements() has the result.
   */
  signals [CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
nd_statement_list_init (NdStatementList *self)
{
}

NdStatementList *
nd_statement_list_new (void)
{
  return g_object_new (ND_TYPE_STATEMENT_LIST, NULL);
}

/**
 * nd_statement_list_set_articles:
 * @self: a statement list
 * @articles: (nullable): the articles to compare
 *
 * Compares @articles in a worker thread, and again whenever they change.
 */
void
nd_statement_list_set_articles (NdStatementList *self,
                                GListModel      *articles)
{
  g_return_if_fail (ND_IS_STATEMENT_LIST (self));
  g_return_if_fail (articles == NULL || G_IS_LIST_MODEL (articles));

  if (self->articles == articles)
    return;

  if (self->articles != NULL)
    g_signal_handlers_disconnect_by_data (self->articles, self);
  g_set_object (&self->articles, articles);
  if (articles != NULL)
    {
      g_signal_connect_swapped (articles, "items-changed", G_CALLBACK (on_items_changed_cb), self);
      on_items_changed_cb (self);
    }
  else
    stop (self);
}

/**
 * nd_statement_list_get_statements:
 * @self: a statement list
 *
 * Returns: (transfer none) (nullable) (element-type NdStatement): every statement of the
 *   articles last compared, disagreements first, or %NULL before the first comparison
 */
GPtrArray *
nd_statement_list_get_statements (NdStatementList *self)
{
  g_return_val_if_fail (ND_IS_STATEMENT_LIST (self), NULL);

  return self->statements;
}

gboolean
nd_statement_list_get_busy (NdStatementList *self)
{
  g_return_val_if_fail (ND_IS_STATEMENT_LIST (self), FALSE);

  return self->cancellable != NULL || self->settle_source != 0;
}

/**
 * nd_statement_list_get_n_articles:
 * @self: a statement list
 *
 * Returns: how many articles the list held when last compared
 */
guint
nd_statement_list_get_n_articles (NdStatementList *self)
{
  g_return_val_if_fail (ND_IS_STATEMENT_LIST (self), 0);

  return self->n_articles;
}

/**
 * nd_statement_list_get_n_compared:
 * @self: a statement list
 *
 * Returns: how many of them were compared: at most a thousand, the first the list holds
 */
guint
nd_statement_list_get_n_compared (NdStatementList *self)
{
  g_return_val_if_fail (ND_IS_STATEMENT_LIST (self), 0);

  return self->n_compared;
}

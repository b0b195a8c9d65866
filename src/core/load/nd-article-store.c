/* nd-article-store.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nd-article-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "load/nd-article-loader.h"
#include "load/nd-article-store.h"
#include "nd-resources.h"

/* The store keeps its articles sorted (newest first, undated last) in a GSequence so that
 * a batch arriving from the loader costs O(log n) per article and each insertion can be
 * announced with its real position, instead of resetting the whole model every batch. */
struct _NdArticleStore
{
  GObject        parent_instance;

  GSequence     *articles;
  GHashTable    *by_id;
  GPtrArray     *errors;
  GCancellable  *cancellable;
  NdArticleSink *sink;        /* NULL when sink_type is G_TYPE_NONE */
  GType          sink_type;

  /* A cursor for the sequential get_item() calls that list views and exporters make. */
  GSequenceIter *cursor_iter;
  guint          cursor_position;

  guint          n_loads;
  guint          files_done;
  guint          files_total;
  guint64        bytes_done;
  guint64        bytes_total;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (NdArticleStore, nd_article_store, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_N_ITEMS,
  PROP_LOADING,
  PROP_FILES_DONE,
  PROP_FILES_TOTAL,
  PROP_BYTES_DONE,
  PROP_BYTES_TOTAL,
  PROP_N_ERRORS,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* One load_async() call: the task to complete and the cancellable that stops its loader,
 * cancelled by the caller's cancellable and by clear(). */
typedef struct
{
  NdArticleStore *self;
  GTask          *task;
  GCancellable   *cancellable;
  GCancellable   *store_cancellable;
  GCancellable   *caller_cancellable;
  NdArticleSink  *sink;               /* what the loader hands articles to, or NULL */
  gulong          store_handler;
  gulong          caller_handler;
} LoadJob;

static void
replace_sink (NdArticleStore *self)
{
  g_clear_object (&self->sink);
  if (self->sink_type != G_TYPE_NONE)
    self->sink = g_object_new (self->sink_type, NULL);
}

static void
load_job_free (LoadJob *job)
{
  g_cancellable_disconnect (job->store_cancellable, job->store_handler);
  if (job->caller_cancellable != NULL)
    g_cancellable_disconnect (job->caller_cancellable, job->caller_handler);
  g_clear_object (&job->store_cancellable);
  g_clear_object (&job->caller_cancellable);
  g_clear_object (&job->cancellable);
  g_clear_object (&job->sink);
  g_clear_object (&job->task);
  g_free (job);
}

static void
invalidate_cursor (NdArticleStore *self)
{
  self->cursor_iter = NULL;
  self->cursor_position = 0;
}

static GType
nd_article_store_get_item_type (GListModel *model)
{
  return ND_TYPE_ARTICLE;
}

static guint
nd_article_store_get_n_items (GListModel *model)
{
  NdArticleStore *self = ND_ARTICLE_STORE (model);

  return (guint)g_sequence_get_length (self->articles);
}

static gpointer
nd_article_store_get_item (GListModel *model,
                           guint       position)
{
  NdArticleStore *self = ND_ARTICLE_STORE (model);
  GSequenceIter *iter = NULL;

  if (self->cursor_iter != NULL && position == self->cursor_position + 1)
    iter = g_sequence_iter_next (self->cursor_iter);
  else if (self->cursor_iter != NULL && position == self->cursor_position)
    iter = self->cursor_iter;
  else
    iter = g_sequence_get_iter_at_pos (self->articles, (int)position);

  if (g_sequence_iter_is_end (iter))
    return NULL;

  self->cursor_iter = iter;
  self->cursor_position = position;

  return g_object_ref (g_sequence_get (iter));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = nd_article_store_get_item_type;
  iface->get_n_items = nd_article_store_get_n_items;
  iface->get_item = nd_article_store_get_item;
}

static int
compare_articles (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  return nd_article_compare_newest_first ((NdArticle *)a, (NdArticle *)b);
}

static int
compare_article_pointers (gconstpointer a,
                          gconstpointer b)
{
  return nd_article_compare_newest_first (*(NdArticle **)a, *(NdArticle **)b);
}

static void
emit_items_added (NdArticleStore *self,
                  guint           position,
                  guint           n_added)
{
  if (n_added == 0)
    return;

  g_list_model_items_changed (G_LIST_MODEL (self), position, 0, n_added);
}

static void
report_duplicate (NdArticleStore *self,
                  NdArticle      *article,
                  NdArticle      *first)
{
  g_ptr_array_add (self->errors,
                   nd_load_error_new (ND_LOAD_SEVERITY_WARNING,
                                      nd_article_get_file (article), 0, 0,
                                      /* Translators: the first %s is the article's id, the
                                       * second the file that held the first article with
                                       * that id */
                                      _("duplicate article id \"%s\" (first loaded from %s); "
                                        "this copy was left out"),
                                      nd_article_get_id (article),
                                      nd_article_get_file (first)));
}

/* Drops the articles whose id is already known, keeping the first in load order; that
 * has to happen before the batch is sorted by date. The loader has handed every article to
 * @sink already, so a dropped one is excluded there, not just left out here. */
static void
remove_duplicates (NdArticleStore *self,
                   GPtrArray      *articles,
                   NdArticleSink  *sink)
{
  guint kept = 0;

  for (guint i = 0; i < articles->len; i++)
    {
      NdArticle *article = g_ptr_array_index (articles, i);
      NdArticle *first = g_hash_table_lookup (self->by_id, nd_article_get_id (article));

      if (first != NULL)
        {
          report_duplicate (self, article, first);
          if (sink != NULL)
            nd_article_sink_exclude (sink, article);
          g_object_unref (article);
          continue;
        }

      g_hash_table_insert (self->by_id, (gpointer)nd_article_get_id (article), article);
      articles->pdata[kept++] = article;
    }

  articles->len = kept;
}

/* Inserts a batch, announcing runs of adjacent new rows with one items-changed each. Every
 * emission happens while the sequence holds exactly the rows announced so far. */
static void
insert_articles (NdArticleStore *self,
                 GPtrArray      *articles,
                 NdArticleSink  *sink)
{
  guint run_start = 0;
  guint run_length = 0;

  remove_duplicates (self, articles, sink);
  g_ptr_array_sort (articles, compare_article_pointers);

  for (guint i = 0; i < articles->len; i++)
    {
      NdArticle *article = g_ptr_array_index (articles, i);
      GSequenceIter *iter;
      guint position;

      iter = g_sequence_search (self->articles, article, compare_articles, NULL);
      position = (guint)g_sequence_iter_get_position (iter);

      if (run_length > 0 && position != run_start + run_length)
        {
          invalidate_cursor (self);
          emit_items_added (self, run_start, run_length);
          run_length = 0;
        }
      if (run_length == 0)
        run_start = position;

      g_sequence_insert_before (iter, g_object_ref (article));
      run_length++;
    }

  invalidate_cursor (self);
  emit_items_added (self, run_start, run_length);
}

static void
set_progress (NdArticleStore    *self,
              const NdLoadBatch *batch)
{
  g_object_freeze_notify (G_OBJECT (self));

#define UPDATE(field, prop) \
  if (self->field != batch->field) \
    { \
      self->field = batch->field; \
      g_object_notify_by_pspec (G_OBJECT (self), properties [prop]); \
    }

  UPDATE (files_done, PROP_FILES_DONE);
  UPDATE (files_total, PROP_FILES_TOTAL);
  UPDATE (bytes_done, PROP_BYTES_DONE);
  UPDATE (bytes_total, PROP_BYTES_TOTAL);

#undef UPDATE

  g_object_thaw_notify (G_OBJECT (self));
}

static void
apply_batch (NdArticleStore *self,
             NdLoadBatch    *batch,
             NdArticleSink  *sink)
{
  guint n_items_before = (guint)g_sequence_get_length (self->articles);
  guint n_errors_before = self->errors->len;

  insert_articles (self, batch->articles, sink);

  for (guint i = 0; i < batch->errors->len; i++)
    g_ptr_array_add (self->errors, g_ptr_array_index (batch->errors, i));
  g_ptr_array_set_free_func (batch->errors, NULL);

  set_progress (self, batch);

  if ((guint)g_sequence_get_length (self->articles) != n_items_before)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_N_ITEMS]);
  if (self->errors->len != n_errors_before)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_N_ERRORS]);
}

static void
finish_load (LoadJob *job)
{
  NdArticleStore *self = job->self;

  self->n_loads--;
  if (self->n_loads == 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_LOADING]);

  /* GTask itself turns a cancelled caller's cancellable into G_IO_ERROR_CANCELLED. */
  if (g_cancellable_is_cancelled (job->store_cancellable))
    g_task_return_new_error (job->task, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                             _("Loading was cancelled"));
  else
    g_task_return_boolean (job->task, TRUE);
}

static void
on_batch_cb (NdLoadBatch *batch,
             gpointer     user_data)
{
  LoadJob *job = user_data;

  /* Articles read after a cancellation are dropped, as if they had never been read. */
  if (!g_cancellable_is_cancelled (job->cancellable))
    apply_batch (job->self, batch, job->sink);

  if (batch->finished)
    finish_load (job);
}

static void
on_cancelled_cb (GCancellable *cancellable,
                 GCancellable *job_cancellable)
{
  g_cancellable_cancel (job_cancellable);
}

static void
nd_article_store_dispose (GObject *object)
{
  NdArticleStore *self = (NdArticleStore *)object;

  g_cancellable_cancel (self->cancellable);

  G_OBJECT_CLASS (nd_article_store_parent_class)->dispose (object);
}

static void
nd_article_store_finalize (GObject *object)
{
  NdArticleStore *self = (NdArticleStore *)object;

  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->articles, g_sequence_free);
  g_clear_pointer (&self->errors, g_ptr_array_unref);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->sink);

  G_OBJECT_CLASS (nd_article_store_parent_class)->finalize (object);
}

static void
nd_article_store_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  NdArticleStore *self = ND_ARTICLE_STORE (object);

  switch (prop_id)
    {
    case PROP_N_ITEMS:
      g_value_set_uint (value, g_sequence_get_length (self->articles));
      break;

    case PROP_LOADING:
      g_value_set_boolean (value, nd_article_store_get_loading (self));
      break;

    case PROP_FILES_DONE:
      g_value_set_uint (value, self->files_done);
      break;

    case PROP_FILES_TOTAL:
      g_value_set_uint (value, self->files_total);
      break;

    case PROP_BYTES_DONE:
      g_value_set_uint64 (value, self->bytes_done);
      break;

    case PROP_BYTES_TOTAL:
      g_value_set_uint64 (value, self->bytes_total);
      break;

    case PROP_N_ERRORS:
      g_value_set_uint (value, self->errors->len);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nd_article_store_class_init (NdArticleStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = nd_article_store_dispose;
  object_class->finalize = nd_article_store_finalize;
  object_class->get_property = nd_article_store_get_property;

  properties [PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties [PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties [PROP_FILES_DONE] =
    g_param_spec_uint ("files-done", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties [PROP_FILES_TOTAL] =
    g_param_spec_uint ("files-total", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties [PROP_BYTES_DONE] =
    g_param_spec_uint64 ("bytes-done", NULL, NULL, 0, G_MAXUINT64, 0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties [PROP_BYTES_TOTAL] =
    g_param_spec_uint64 ("bytes-total", NULL, NULL, 0, G_MAXUINT64, 0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties [PROP_N_ERRORS] =
    g_param_spec_uint ("n-errors", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
nd_article_store_init (NdArticleStore *self)
{
  self->articles = g_sequence_new (g_object_unref);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->errors = g_ptr_array_new_with_free_func ((GDestroyNotify)nd_load_error_free);
  self->cancellable = g_cancellable_new ();
  self->sink_type = G_TYPE_NONE;
}

NdArticleStore *
nd_article_store_new (void)
{
  return g_object_new (ND_TYPE_ARTICLE_STORE, NULL);
}

/**
 * nd_article_store_load_async:
 * @files: (array length=n_files): files and folders; folders are read recursively
 *
 * Reads @files in a worker thread. Articles are added in batches while loading; problems
 * are collected in the store's error list and never stop the load. The callback runs on
 * the thread-default main context of the caller, after the last batch was added.
 */
void
nd_article_store_load_async (NdArticleStore      *self,
                             GFile              **files,
                             guint                n_files,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GPtrArray) roots = NULL;
  LoadJob *job;

  g_return_if_fail (ND_IS_ARTICLE_STORE (self));
  g_return_if_fail (files != NULL || n_files == 0);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  roots = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n_files; i++)
    g_ptr_array_add (roots, g_object_ref (files[i]));

  job = g_new0 (LoadJob, 1);
  job->self = self;
  job->task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (job->task, nd_article_store_load_async);
  job->cancellable = g_cancellable_new ();
  job->store_cancellable = g_object_ref (self->cancellable);
  job->store_handler = g_cancellable_connect (job->store_cancellable,
                                              G_CALLBACK (on_cancelled_cb),
                                              job->cancellable, NULL);
  if (cancellable != NULL)
    {
      job->caller_cancellable = g_object_ref (cancellable);
      job->caller_handler = g_cancellable_connect (cancellable, G_CALLBACK (on_cancelled_cb),
                                                   job->cancellable, NULL);
    }

  self->n_loads++;
  if (self->n_loads == 1)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_LOADING]);

  job->sink = self->sink != NULL ? g_object_ref (self->sink) : NULL;
  _nd_article_loader_start (roots, job->sink, job->cancellable,
                            on_batch_cb, job,
                            (GDestroyNotify)load_job_free);
}

gboolean
nd_article_store_load_finish (NdArticleStore  *self,
                              GAsyncResult    *result,
                              GError         **error)
{
  g_return_val_if_fail (ND_IS_ARTICLE_STORE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

typedef struct
{
  GAsyncResult *result;
} SyncData;

static void
on_load_sync_done_cb (GObject      *object,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  SyncData *data = user_data;

  data->result = g_object_ref (result);
}

/* For the command-line tool and tests: runs the same loader on a private main context, so
 * batches, errors and ordering are exactly what the application sees. */
gboolean
nd_article_store_load_sync (NdArticleStore  *self,
                            GFile          **files,
                            guint            n_files,
                            GCancellable    *cancellable,
                            GError         **error)
{
  g_autoptr(GMainContext) context = g_main_context_new ();
  SyncData data = { NULL };
  gboolean ret;

  g_return_val_if_fail (ND_IS_ARTICLE_STORE (self), FALSE);

  g_main_context_push_thread_default (context);
  nd_article_store_load_async (self, files, n_files, cancellable, on_load_sync_done_cb, &data);
  while (data.result == NULL)
    g_main_context_iteration (context, TRUE);
  g_main_context_pop_thread_default (context);

  ret = nd_article_store_load_finish (self, data.result, error);
  g_object_unref (data.result);

  return ret;
}

/* Removes every article and error and cancels loads that are still running. */
void
nd_article_store_clear (NdArticleStore *self)
{
  guint n_items;

  g_return_if_fail (ND_IS_ARTICLE_STORE (self));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  /* Loaders still running hold the old sink; they add to it, not to the new one. */
  replace_sink (self);

  n_items = g_sequence_get_length (self->articles);
  g_hash_table_remove_all (self->by_id);
  g_sequence_remove_range (g_sequence_get_begin_iter (self->articles),
                           g_sequence_get_end_iter (self->articles));
  invalidate_cursor (self);
  g_ptr_array_set_size (self->errors, 0);

  self->files_done = self->files_total = 0;
  self->bytes_done = self->bytes_total = 0;

  if (n_items > 0)
    {
      g_list_model_items_changed (G_LIST_MODEL (self), 0, n_items, 0);
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_N_ITEMS]);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_N_ERRORS]);
}

static void
remove_run (NdArticleStore *self,
            GSequenceIter  *first,
            guint           position,
            guint           n_removed)
{
  GSequenceIter *end = g_sequence_iter_move (first, (int)n_removed);

  for (GSequenceIter *iter = first; iter != end; iter = g_sequence_iter_next (iter))
    {
      g_hash_table_remove (self->by_id, nd_article_get_id (g_sequence_get (iter)));
      if (self->sink != NULL)
        nd_article_sink_remove (self->sink, g_sequence_get (iter));
    }

  g_sequence_remove_range (first, end);
  invalidate_cursor (self);
  g_list_model_items_changed (G_LIST_MODEL (self), position, n_removed, 0);
}

typedef gboolean (*FileMatchFunc) (const char *file,
                                   const char *wanted);

static gboolean
is_same_file (const char *file,
              const char *wanted)
{
  return g_strcmp0 (file, wanted) == 0;
}

/* @wanted ends with a separator, so "news" never takes in "news-old/a.json". */
static gboolean
is_inside_folder (const char *file,
                  const char *wanted)
{
  return file != NULL && g_str_has_prefix (file, wanted);
}

static void
forget_errors_of_files (NdArticleStore *self,
                        FileMatchFunc   matches,
                        const char     *wanted)
{
  guint n_before = self->errors->len;

  for (guint i = self->errors->len; i > 0; i--)
    {
      const NdLoadError *error = g_ptr_array_index (self->errors, i - 1);

      if (matches (error->file, wanted))
        g_ptr_array_remove_index (self->errors, i - 1);
    }

  if (self->errors->len != n_before)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_N_ERRORS]);
}

/* Removes the articles that @matches, in runs, so that articles next to each other go in
 * one items-changed. */
typedef gboolean (*ArticleMatchFunc) (NdArticle *article,
                                      gpointer   user_data);

static guint
remove_matching (NdArticleStore   *self,
                 ArticleMatchFunc  matches,
                 gpointer          user_data)
{
  GSequenceIter *iter;
  guint position = 0;
  guint n_removed = 0;

  iter = g_sequence_get_begin_iter (self->articles);
  while (!g_sequence_iter_is_end (iter))
    {
      GSequenceIter *run_start = iter;
      guint run_length = 0;

      while (!g_sequence_iter_is_end (iter) && matches (g_sequence_get (iter), user_data))
        {
          iter = g_sequence_iter_next (iter);
          run_length++;
        }

      if (run_length > 0)
        {
          remove_run (self, run_start, position, run_length);
          n_removed += run_length;
        }
      else
        {
          iter = g_sequence_iter_next (iter);
          position++;
        }
    }

  if (n_removed > 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_N_ITEMS]);

  return n_removed;
}

typedef struct
{
  FileMatchFunc  matches;
  const char    *wanted;
} FileMatch;

static gboolean
article_file_matches (NdArticle *article,
                      gpointer   user_data)
{
  const FileMatch *match = user_data;

  return match->matches (nd_article_get_file (article), match->wanted);
}

/* Removes the articles read from the files that @matches and the problems found in them. */
static guint
forget_files (NdArticleStore *self,
              FileMatchFunc   matches,
              const char     *wanted)
{
  FileMatch match = { matches, wanted };
  guint n_removed = remove_matching (self, article_file_matches, &match);

  forget_errors_of_files (self, matches, wanted);

  return n_removed;
}

static gboolean
is_not_kept (NdArticle *article,
             gpointer   user_data)
{
  GHashTable *kept = user_data;

  return !g_hash_table_contains (kept, article);
}

/**
 * nd_article_store_keep_only:
 * @articles: (element-type NdArticle): the articles to keep
 *
 * Removes every article that is not in @articles (the problems found while loading stay),
 * as when a command works on one story of what it read. Returns the number removed.
 */
guint
nd_article_store_keep_only (NdArticleStore *self,
                            GPtrArray      *articles)
{
  g_autoptr(GHashTable) kept = g_hash_table_new (NULL, NULL);

  g_return_val_if_fail (ND_IS_ARTICLE_STORE (self), 0);
  g_return_val_if_fail (articles != NULL, 0);

  for (guint i = 0; i < articles->len; i++)
    g_hash_table_add (kept, g_ptr_array_index (articles, i));

  return remove_matching (self, is_not_kept, kept);
}

/**
 * nd_article_store_forget_file:
 * @file: a file name as the articles' "file" property gives it
 *
 * Removes the articles read from @file and the problems found in it, so that a file that
 * changed on disk can be read again. Returns the number of articles removed.
 */
guint
nd_article_store_forget_file (NdArticleStore *self,
                              const char     *file)
{
  g_return_val_if_fail (ND_IS_ARTICLE_STORE (self), 0);
  g_return_val_if_fail (file != NULL, 0);

  return forget_files (self, is_same_file, file);
}

/**
 * nd_article_store_forget_folder:
 * @folder: the path of a folder
 *
 * Removes the articles read from files anywhere inside @folder and the problems found
 * in them, as when the folder was deleted. Returns the number of articles removed.
 */
guint
nd_article_store_forget_folder (NdArticleStore *self,
                                const char     *folder)
{
  g_autofree char *prefix = NULL;

  g_return_val_if_fail (ND_IS_ARTICLE_STORE (self), 0);
  g_return_val_if_fail (folder != NULL, 0);

  prefix = g_str_has_suffix (folder, G_DIR_SEPARATOR_S) ? g_strdup (folder)
                                                       : g_strconcat (folder, G_DIR_SEPARATOR_S, NULL);

  return forget_files (self, is_inside_folder, prefix);
}

/**
 * nd_article_store_lookup:
 *
 * Returns: (transfer none) (nullable): the article with @id
 */
NdArticle *
nd_article_store_lookup (NdArticleStore *self,
                         const char     *id)
{
  g_return_val_if_fail (ND_IS_ARTICLE_STORE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->by_id, id);
}

gboolean
nd_article_store_get_loading (NdArticleStore *self)
{
  g_return_val_if_fail (ND_IS_ARTICLE_STORE (self), FALSE);

  return self->n_loads > 0;
}

guint
nd_article_store_get_files_done (NdArticleStore *self)
{
  g_return_val_if_fail (ND_IS_ARTICLE_STORE (self), 0);

  return self->files_done;
}

guint
nd_article_store_get_files_total (NdArticleStore *self)
{
  g_return_val_if_fail (ND_IS_ARTICLE_STORE (self), 0);

  return self->files_total;
}

guint64
nd_article_store_get_bytes_done (NdArticleStore *self)
{
  g_return_val_if_fail (ND_IS_ARTICLE_STORE (self), 0);

  return self->bytes_done;
}

guint64
nd_article_store_get_bytes_total (NdArticleStore *self)
{
  g_return_val_if_fail (ND_IS_ARTICLE_STORE (self), 0);

  return self->bytes_total;
}

/**
 * nd_article_store_get_errors:
 *
 * Returns: (transfer none) (element-type NdLoadError): every problem met while loading,
 *   in the order found
 */
GPtrArray *
nd_article_store_get_errors (NdArticleStore *self)
{
  g_return_val_if_fail (ND_IS_ARTICLE_STORE (self), NULL);

  return self->errors;
}

/* The number of files with at least one ERROR: what "N files could not be read" counts. */
guint
nd_article_store_count_failures (NdArticleStore *self)
{
  g_autoptr(GHashTable) files = NULL;

  g_return_val_if_fail (ND_IS_ARTICLE_STORE (self), 0);

  files = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < self->errors->len; i++)
    {
      const NdLoadError *error = g_ptr_array_index (self->errors, i);

      if (error->severity == ND_LOAD_SEVERITY_ERROR)
        g_hash_table_add (files, error->file ? error->file : (char *)"");
    }

  return g_hash_table_size (files);
}

/**
 * nd_article_store_get_sink:
 *
 * What every article loaded is handed to, made from the type given to
 * nd_article_store_set_sink_type(): the search index, for the window and the CLI's search.
 * A new one replaces it when the store is cleared.
 *
 * Returns: (transfer none) (nullable): the sink, or %NULL when there is none
 */
NdArticleSink *
nd_article_store_get_sink (NdArticleStore *self)
{
  g_return_val_if_fail (ND_IS_ARTICLE_STORE (self), NULL);

  return self->sink;
}

/**
 * nd_article_store_set_sink_type:
 * @sink_type: a type implementing #NdArticleSink, or %G_TYPE_NONE
 *
 * Loads from now on hand every article to an object of @sink_type, made now and again
 * whenever the store is cleared. None by default: indexing costs more than parsing, and
 * listing or exporting articles does not need it.
 */
void
nd_article_store_set_sink_type (NdArticleStore *self,
                                GType           sink_type)
{
  g_return_if_fail (ND_IS_ARTICLE_STORE (self));
  g_return_if_fail (sink_type == G_TYPE_NONE || g_type_is_a (sink_type, ND_TYPE_ARTICLE_SINK));

  self->sink_type = sink_type;
  replace_sink (self);
}

/**
 * nd_article_store_sample_file:
 *
 * Returns: (transfer full): the built-in sample story, compiled into the library
 */
GFile *
nd_article_store_sample_file (void)
{
  /* Referencing the resource keeps the linker from dropping it, and its constructor that
   * registers it, from the static library. */
  (void)nd_get_resource ();

  return g_file_new_for_uri ("resource:///com/example/NewsDesk/sample/sample-story.json");
}

/* nd-folder-watcher.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Watches opened folders and every folder below them, as the loader reads them all, and
 * reports what changed once the changes settle: an editor saving a file, or a tool
 * writing a hundred files, makes one "changed" rather than a reload per event.
 *
 * A GFileMonitor watches one folder, not a tree, so each subfolder gets its own: the
 * ones there at first are found by an asynchronous walk (a folder of thousands of files
 * must not hold up the window), and folders that appear later are watched as they come.
 * Symbolic links to folders are not followed, so a link back up the tree cannot make the
 * walk endless, and at most MAX_FOLDERS folders are watched, well under the default
 * inotify limit of 8192 watches per user. */

#define G_LOG_DOMAIN "nd-folder-watcher"

#include "config.h"

#include "load/nd-file-walker.h"
#include "load/nd-folder-watcher-private.h"

#define MAX_FOLDERS          1024
#define DEFAULT_SETTLE_MS    300
#define ENUMERATE_BATCH      100
/* Not WALK_PRIORITY: a window busy drawing and taking in what its workers found held a
 * low-priority walk up for seconds, and changes in the folders it had not reached yet
 * were missed. Each step handles one batch, so the walk still never holds up a frame. */
#define WALK_PRIORITY        G_PRIORITY_DEFAULT
#define ENUMERATE_ATTRIBUTES G_FILE_ATTRIBUTE_STANDARD_NAME "," \
                             G_FILE_ATTRIBUTE_STANDARD_TYPE "," \
                             G_FILE_ATTRIBUTE_STANDARD_IS_HIDDEN "," \
                             G_FILE_ATTRIBUTE_STANDARD_IS_SYMLINK

enum {
  KIND_FILE = 1,
  KIND_FOLDER = 2,
};

struct _NdFolderWatcher
{
  GObject       parent_instance;

  GHashTable   *monitors;   /* GFile (folder) → GFileMonitor */
  GHashTable   *pending;    /* GFile → KIND_FILE or KIND_FOLDER */
  GCancellable *cancellable;
  guint         settle_source;
  guint         settle_ms;
  guint         n_walking;  /* folders whose subfolders are still being listed */
};

G_DEFINE_FINAL_TYPE (NdFolderWatcher, nd_folder_watcher, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static void watch_tree (NdFolderWatcher *self,
                        GFile           *folder);

static gboolean
is_inside_cb (GFile    *file,
              gpointer  kind,
              GFile    *folder)
{
  return g_file_has_prefix (file, folder);
}

/* A folder that is read again (or forgotten, when it went) brings the new state of
 * everything inside it, so nothing inside it is read once more on its own: a file would
 * add its articles twice, and a subfolder would only be read again for nothing.  inotify
 * reports a removed tree deepest first, from each folder's own watch, so without this a
 * removed folder would come with every subfolder it had. */
static void
drop_changes_inside_folders (NdFolderWatcher *self)
{
  g_autoptr(GPtrArray) folders = g_ptr_array_new_with_free_func (g_object_unref);
  GHashTableIter iter;
  gpointer file, kind;

  g_hash_table_iter_init (&iter, self->pending);
  while (g_hash_table_iter_next (&iter, &file, &kind))
    if (GPOINTER_TO_INT (kind) == KIND_FOLDER)
      g_ptr_array_add (folders, g_object_ref (file));

  for (guint i = 0; i < folders->len; i++)
    g_hash_table_foreach_remove (self->pending, (GHRFunc)is_inside_cb,
                                 g_ptr_array_index (folders, i));
}

static void
change_free (NdFolderChange *change)
{
  g_object_unref (change->file);
  g_free (change);
}

static gboolean
emit_changed_cb (gpointer user_data)
{
  NdFolderWatcher *self = user_data;
  g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func ((GDestroyNotify)change_free);
  GHashTableIter iter;
  gpointer file, kind;

  self->settle_source = 0;
  drop_changes_inside_folders (self);

  g_hash_table_iter_init (&iter, self->pending);
  while (g_hash_table_iter_next (&iter, &file, &kind))
    {
      NdFolderChange *change = g_new0 (NdFolderChange, 1);

      change->file = g_object_ref (file);
      change->is_folder = GPOINTER_TO_INT (kind) == KIND_FOLDER;
      g_ptr_array_add (changes, change);
    }
  g_hash_table_remove_all (self->pending);

  if (changes->len > 0)
    g_signal_emit (self, signals [CHANGED], 0, changes);

  return G_SOURCE_REMOVE;
}

static void
queue_change (NdFolderWatcher *self,
              GFile           *file,
              int              kind)
{
  if (GPOINTER_TO_INT (g_hash_table_lookup (self->pending, file)) == KIND_FOLDER)
    kind = KIND_FOLDER;

  g_hash_table_insert (self->pending, g_object_ref (file), GINT_TO_POINTER (kind));
  g_clear_handle_id (&self->settle_source, g_source_remove);
  self->settle_source = g_timeout_add (self->settle_ms, emit_changed_cb, self);
}

static gboolean
is_at_or_below_cb (GFile    *watched,
                   gpointer  monitor,
                   GFile    *folder)
{
  if (!g_file_equal (watched, folder) && !g_file_has_prefix (watched, folder))
    return FALSE;

  g_file_monitor_cancel (monitor);
  return TRUE;
}

static void
unwatch_tree (NdFolderWatcher *self,
              GFile           *folder)
{
  g_hash_table_foreach_remove (self->monitors, (GHRFunc)is_at_or_below_cb, folder);
}

static gboolean
is_article_file (GFile *file)
{
  g_autofree char *name = g_file_get_basename (file);

  return name != NULL && name[0] != '.' && nd_file_walker_is_article_name (name);
}

static void
note_appeared (NdFolderWatcher *self,
               GFile           *file)
{
  g_autofree char *name = g_file_get_basename (file);

  if (name == NULL || name[0] == '.')
    return;

  if (g_file_query_file_type (file, G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL) == G_FILE_TYPE_DIRECTORY)
    {
      watch_tree (self, file);
      queue_change (self, file, KIND_FOLDER);
    }
  else if (nd_file_walker_is_article_name (name))
    queue_change (self, file, KIND_FILE);
}

static void
note_gone (NdFolderWatcher *self,
           GFile           *file)
{
  if (g_hash_table_contains (self->monitors, file))
    {
      unwatch_tree (self, file);
      queue_change (self, file, KIND_FOLDER);
    }
  else if (is_article_file (file))
    queue_change (self, file, KIND_FILE);
}

static void
on_monitor_changed_cb (GFileMonitor      *monitor,
                       GFile             *file,
                       GFile             *other_file,
                       GFileMonitorEvent  event,
                       gpointer           user_data)
{
  NdFolderWatcher *self = user_data;

  switch (event)
    {
    case G_FILE_MONITOR_EVENT_CREATED:
    case G_FILE_MONITOR_EVENT_MOVED_IN:
      note_appeared (self, file);
      break;

    case G_FILE_MONITOR_EVENT_DELETED:
    case G_FILE_MONITOR_EVENT_MOVED_OUT:
      note_gone (self, file);
      break;

    case G_FILE_MONITOR_EVENT_RENAMED:
      note_gone (self, file);
      if (other_file != NULL)
        note_appeared (self, other_file);
      break;

    case G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT:
      if (is_article_file (file))
        queue_change (self, file, KIND_FILE);
      break;

    case G_FILE_MONITOR_EVENT_CHANGED:
    case G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED:
    case G_FILE_MONITOR_EVENT_PRE_UNMOUNT:
    case G_FILE_MONITOR_EVENT_UNMOUNTED:
    case G_FILE_MONITOR_EVENT_MOVED:
    default:
      break;
    }
}

static void
on_next_files_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  GFileEnumerator *enumerator = G_FILE_ENUMERATOR (object);
  g_autoptr(GError) error = NULL;
  GList *infos;
  NdFolderWatcher *self;
  GFile *folder;

  infos = g_file_enumerator_next_files_finish (enumerator, result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  /* Not cancelled, so the watcher is still alive. */
  self = user_data;
  if (infos == NULL)
    self->n_walking--;
  folder = g_file_enumerator_get_container (enumerator);

  for (GList *l = infos; l != NULL; l = l->next)
    {
      GFileInfo *info = l->data;

      if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY &&
          !g_file_info_get_is_hidden (info) && !g_file_info_get_is_symlink (info))
        {
          g_autoptr(GFile) child = g_file_get_child (folder, g_file_info_get_name (info));

          watch_tree (self, child);
        }
    }

  if (infos != NULL)
    g_file_enumerator_next_files_async (enumerator, ENUMERATE_BATCH, WALK_PRIORITY,
                                        self->cancellable, on_next_files_cb, self);
  else
    g_file_enumerator_close_async (enumerator, WALK_PRIORITY, NULL, NULL, NULL);

  g_list_free_full (infos, g_object_unref);
}

static void
on_enumerate_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GFileEnumerator) enumerator = NULL;
  g_autoptr(GError) error = NULL;
  NdFolderWatcher *self;

  enumerator = g_file_enumerate_children_finish (G_FILE (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = user_data;
  if (enumerator == NULL)
    {
      self->n_walking--;
      /* The folder itself is watched; only what is below it may be missed. */
      g_debug ("Cannot list %s: %s", g_file_peek_path (G_FILE (object)), error->message);
      return;
    }

  g_file_enumerator_next_files_async (enumerator, ENUMERATE_BATCH, WALK_PRIORITY,
                                      self->cancellable, on_next_files_cb, self);
}

static void
watch_tree (NdFolderWatcher *self,
            GFile           *folder)
{
  g_autoptr(GFileMonitor) monitor = NULL;
  g_autoptr(GError) error = NULL;

  if (g_hash_table_contains (self->monitors, folder))
    return;

  if (g_hash_table_size (self->monitors) >= MAX_FOLDERS)
    {
      g_debug ("Not watching %s: %u folders are watched already",
               g_file_peek_path (folder), MAX_FOLDERS);
      return;
    }

  monitor = g_file_monitor_directory (folder, G_FILE_MONITOR_WATCH_MOVES, self->cancellable, &error);
  if (monitor == NULL)
    {
      g_debug ("Not watching %s: %s", g_file_peek_path (folder), error->message);
      return;
    }

  g_signal_connect_object (monitor, "changed", G_CALLBACK (on_monitor_changed_cb), self, 0);
  g_hash_table_insert (self->monitors, g_object_ref (folder), g_steal_pointer (&monitor));

  self->n_walking++;
  g_file_enumerate_children_async (folder, ENUMERATE_ATTRIBUTES,
                                   G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, WALK_PRIORITY,
                                   self->cancellable, on_enumerate_cb, self);
}

static gboolean
cancel_monitor_cb (GFile        *folder,
                   GFileMonitor *monitor,
                   gpointer      user_data)
{
  g_file_monitor_cancel (monitor);
  return TRUE;
}

static void
nd_folder_watcher_dispose (GObject *object)
{
  NdFolderWatcher *self = (NdFolderWatcher *)object;

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->settle_source, g_source_remove);
  if (self->monitors != NULL)
    g_hash_table_foreach_remove (self->monitors, (GHRFunc)cancel_monitor_cb, NULL);

  G_OBJECT_CLASS (nd_folder_watcher_parent_class)->dispose (object);
}

static void
nd_folder_watcher_finalize (GObject *object)
{
  NdFolderWatcher *self = (NdFolderWatcher *)object;

  g_clear_pointer (&self->monitors, g_hash_table_unref);
  g_clear_pointer (&self->pending, g_hash_table_unref);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (nd_folder_watcher_parent_class)->finalize (object);
}

static void
nd_folder_watcher_class_init (NdFolderWatcherClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = nd_folder_watcher_dispose;
  object_class->finalize = nd_folder_watcher_finalize;

  /**
   * NdFolderWatcher::changed:
   * @changes: (element-type NdFolderChange): what changed, each file or folder once
   *
   * Emitted once the changes settle, that is when nothing changed for a moment.
   */
  signals [CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_PTR_ARRAY);
}

static void
nd_folder_watcher_init (NdFolderWatcher *self)
{
  self->monitors = g_hash_table_new_full (g_file_hash, (GEqualFunc)g_file_equal,
                                          g_object_unref, g_object_unref);
  self->pending = g_hash_table_new_full (g_file_hash, (GEqualFunc)g_file_equal,
                                         g_object_unref, NULL);
  self->cancellable = g_cancellable_new ();
  self->settle_ms = DEFAULT_SETTLE_MS;
}

NdFolderWatcher *
nd_folder_watcher_new (void)
{
  return g_object_new (ND_TYPE_FOLDER_WATCHER, NULL);
}

/**
 * nd_folder_watcher_watch:
 * @folder: a folder to watch, with everything below it
 *
 * Starts watching @folder and its subfolders. Anything but a local folder is ignored: a
 * file opened on its own is not watched, and remote folders are not watched either.
 */
void
nd_folder_watcher_watch (NdFolderWatcher *self,
                         GFile           *folder)
{
  g_return_if_fail (ND_IS_FOLDER_WATCHER (self));
  g_return_if_fail (G_IS_FILE (folder));

  if (!g_file_is_native (folder) ||
      g_file_query_file_type (folder, G_FILE_QUERY_INFO_NONE, NULL) != G_FILE_TYPE_DIRECTORY)
    return;

  watch_tree (self, folder);
}

gboolean
nd_folder_watcher_is_watching (NdFolderWatcher *self,
                               GFile           *folder)
{
  g_return_val_if_fail (ND_IS_FOLDER_WATCHER (self), FALSE);

  return g_hash_table_contains (self->monitors, folder);
}

guint
nd_folder_watcher_get_n_folders (NdFolderWatcher *self)
{
  g_return_val_if_fail (ND_IS_FOLDER_WATCHER (self), 0);

  return g_hash_table_size (self->monitors);
}

/* Whether subfolders found so far are still being listed: until they are, the number of
 * watched folders can still grow.  Tests wait for this to be FALSE. */
gboolean
nd_folder_watcher_is_walking (NdFolderWatcher *self)
{
  g_return_val_if_fail (ND_IS_FOLDER_WATCHER (self), FALSE);

  return self->n_walking > 0;
}

/* Tests wait less with a shorter settle time. */
void
nd_folder_watcher_set_settle_time (NdFolderWatcher *self,
                                   guint            ms)
{
  g_return_if_fail (ND_IS_FOLDER_WATCHER (self));

  self->settle_ms = ms;
}

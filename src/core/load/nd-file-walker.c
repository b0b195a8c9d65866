/* nd-file-walker.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nd-file-walker"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "load/nd-file-walker.h"

/* Deeper folder trees than this are almost certainly a mistake or a trap. */
#define MAX_FOLDER_DEPTH 64

#define WALK_ATTRIBUTES \
  G_FILE_ATTRIBUTE_STANDARD_NAME "," \
  G_FILE_ATTRIBUTE_STANDARD_TYPE "," \
  G_FILE_ATTRIBUTE_STANDARD_SIZE "," \
  G_FILE_ATTRIBUTE_STANDARD_IS_HIDDEN "," \
  G_FILE_ATTRIBUTE_STANDARD_IS_SYMLINK "," \
  G_FILE_ATTRIBUTE_ID_FILE

typedef struct
{
  GHashTable      *visited_folders;
  GCancellable    *cancellable;
  NdWalkEntryFunc  entry_func;
  NdWalkErrorFunc  error_func;
  gpointer         user_data;
} Walk;

static void walk_file (Walk      *walk,
                       GFile     *file,
                       GFileInfo *info,
                       gboolean   named_by_user,
                       guint      depth);

void
nd_walk_entry_free (NdWalkEntry *entry)
{
  g_clear_object (&entry->file);
  g_free (entry->display_name);
  g_free (entry);
}

char *
nd_file_walker_display_name (GFile *file)
{
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (g_file_is_native (file))
    return g_file_get_path (file);

  return g_file_get_uri (file);
}

/* GIO's messages repeat the path, which the error already names. */
static const char *
describe_io_error (const GError *error)
{
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    return _("no such file or folder");
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED))
    return _("permission denied");
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_TOO_MANY_LINKS))
    return _("too many levels of symbolic links");

  return error->message;
}

G_GNUC_PRINTF (4, 5)
static void
report (Walk           *walk,
        NdLoadSeverity  severity,
        GFile          *file,
        const char     *format,
        ...)
{
  g_autofree char *name = nd_file_walker_display_name (file);
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  walk->error_func (nd_load_error_new (severity, name, 0, 0, "%s", message), walk->user_data);
}

/* Inside folders only names that article files have are read, so that a README or an
 * image beside the articles is not reported as broken JSON. */
gboolean
nd_file_walker_is_article_name (const char *name)
{
  static const char * const suffixes[] = { ".json", ".jsonl", ".ndjson", ".jsonfeed" };
  g_autofree char *lower = g_ascii_strdown (name, -1);

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    if (g_str_has_suffix (lower, suffixes[i]))
      return TRUE;

  return FALSE;
}

static int
compare_infos_by_name (gconstpointer a,
                       gconstpointer b)
{
  GFileInfo *info_a = *(GFileInfo **)a;
  GFileInfo *info_b = *(GFileInfo **)b;

  return strcmp (g_file_info_get_name (info_a), g_file_info_get_name (info_b));
}

static GPtrArray *
list_folder (Walk  *walk,
             GFile *folder)
{
  g_autoptr(GFileEnumerator) enumerator = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *infos = g_ptr_array_new_with_free_func (g_object_unref);
  GFileInfo *info;

  enumerator = g_file_enumerate_children (folder, WALK_ATTRIBUTES, G_FILE_QUERY_INFO_NONE,
                                          walk->cancellable, &error);
  if (enumerator == NULL)
    {
      /* Translators: %s says why, such as "permission denied" */
      report (walk, ND_LOAD_SEVERITY_ERROR, folder, _("cannot read the folder: %s"),
              describe_io_error (error));
      return infos;
    }

  while ((info = g_file_enumerator_next_file (enumerator, walk->cancellable, &error)))
    g_ptr_array_add (infos, info);

  if (error != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    /* Translators: %s says why, such as "permission denied" */
    report (walk, ND_LOAD_SEVERITY_ERROR, folder, _("cannot read the whole folder: %s"),
            describe_io_error (error));

  /* Sorted, so that which of two duplicates counts as "first" does not depend on the
   * file system's order. */
  g_ptr_array_sort (infos, compare_infos_by_name);
  return infos;
}

static gboolean
enter_folder_once (Walk      *walk,
                   GFile     *folder,
                   GFileInfo *info)
{
  const char *id = g_file_info_get_attribute_string (info, G_FILE_ATTRIBUTE_ID_FILE);

  if (id == NULL)
    return TRUE;

  if (g_hash_table_contains (walk->visited_folders, id))
    {
      report (walk, ND_LOAD_SEVERITY_WARNING, folder,
              _("this folder was already read (a symbolic link loop?); skipped"));
      return FALSE;
    }

  g_hash_table_add (walk->visited_folders, g_strdup (id));
  return TRUE;
}

static void
walk_folder (Walk      *walk,
             GFile     *folder,
             GFileInfo *info,
             guint      depth)
{
  g_autoptr(GPtrArray) children = NULL;

  if (depth > MAX_FOLDER_DEPTH)
    {
      report (walk, ND_LOAD_SEVERITY_WARNING, folder,
              /* Translators: %d is the greatest folder depth that is read */
              _("folders nested more than %d deep; not read"), MAX_FOLDER_DEPTH);
      return;
    }

  if (!enter_folder_once (walk, folder, info))
    return;

  children = list_folder (walk, folder);
  for (guint i = 0; i < children->len; i++)
    {
      GFileInfo *child_info = g_ptr_array_index (children, i);
      g_autoptr(GFile) child = NULL;

      if (g_cancellable_is_cancelled (walk->cancellable))
        return;

      if (g_file_info_get_is_hidden (child_info))
        continue;

      child = g_file_get_child (folder, g_file_info_get_name (child_info));
      walk_file (walk, child, child_info, FALSE, depth + 1);
    }
}

static void
add_entry (Walk      *walk,
           GFile     *file,
           GFileInfo *info)
{
  NdWalkEntry *entry = g_new0 (NdWalkEntry, 1);

  entry->file = g_object_ref (file);
  entry->display_name = nd_file_walker_display_name (file);
  entry->size = (guint64)g_file_info_get_size (info);
  walk->entry_func (entry, walk->user_data);
}

static void
walk_file (Walk      *walk,
           GFile     *file,
           GFileInfo *info,
           gboolean   named_by_user,
           guint      depth)
{
  switch (g_file_info_get_file_type (info))
    {
    case G_FILE_TYPE_DIRECTORY:
      walk_folder (walk, file, info, depth);
      break;

    case G_FILE_TYPE_REGULAR:
      if (named_by_user || nd_file_walker_is_article_name (g_file_info_get_name (info)))
        add_entry (walk, file, info);
      break;

    case G_FILE_TYPE_SYMBOLIC_LINK:
      /* Links are followed, so a link that is still a link points nowhere. */
      report (walk, ND_LOAD_SEVERITY_ERROR, file,
              _("cannot read the file: the symbolic link is broken "
                "(it points to nothing, or in a circle)"));
      break;

    case G_FILE_TYPE_SPECIAL:
    case G_FILE_TYPE_SHORTCUT:
    case G_FILE_TYPE_MOUNTABLE:
    case G_FILE_TYPE_UNKNOWN:
    default:
      /* Reading a FIFO or a device would block or never end. */
      if (named_by_user)
        report (walk, ND_LOAD_SEVERITY_ERROR, file, _("not a regular file; not read"));
      break;
    }
}

static void
walk_root (Walk  *walk,
           GFile *root)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) error = NULL;

  info = g_file_query_info (root, WALK_ATTRIBUTES, G_FILE_QUERY_INFO_NONE,
                            walk->cancellable, &error);
  if (info == NULL)
    {
      /* Translators: %s says why, such as "no such file or folder" */
      report (walk, ND_LOAD_SEVERITY_ERROR, root, _("cannot read: %s"),
              describe_io_error (error));
      return;
    }

  walk_file (walk, root, info, TRUE, 0);
}

/**
 * nd_file_walker_walk:
 * @roots: (element-type GFile): files and folders named by the user
 *
 * Finds the article files below @roots: named files whatever their name, and inside
 * folders (recursively, following links, each folder once) files named like JSON. Each is
 * handed to @entry_func as soon as it is found, in a stable order, so that reading can
 * start before a large folder has been listed to the end.
 */
void
nd_file_walker_walk (GPtrArray       *roots,
                     GCancellable    *cancellable,
                     NdWalkEntryFunc  entry_func,
                     NdWalkErrorFunc  error_func,
                     gpointer         user_data)
{
  Walk walk = { 0 };

  g_return_if_fail (roots != NULL);
  g_return_if_fail (entry_func != NULL);
  g_return_if_fail (error_func != NULL);

  walk.visited_folders = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  walk.cancellable = cancellable;
  walk.entry_func = entry_func;
  walk.error_func = error_func;
  walk.user_data = user_data;

  for (guint i = 0; i < roots->len && !g_cancellable_is_cancelled (cancellable); i++)
    walk_root (&walk, g_ptr_array_index (roots, i));

  g_hash_table_unref (walk.visited_folders);
}

/* nd-file-replace.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Writing a whole file so that a crash, a kill or a full disk leaves either the old file or
 * the new one, never half of one: the contents go to a temporary file in the same folder,
 * which is renamed over the old file. g_file_set_contents() does that too, but it renames
 * over whatever is at the path: a symbolic link becomes a file of its own, a device node
 * (/dev/null) or a FIFO is replaced by a regular file, and a read-only file is overwritten.
 * Here a link is followed to its target, which is replaced in its own folder; anything but
 * a regular file is refused, and so is a file without write permission, whoever runs us. */

#define G_LOG_DOMAIN "nd-file-replace"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util/nd-file-replace.h"

/* Links are followed this many times at most, as the kernel does (ELOOP). */
#define MAX_LINKS 40

/* ".quotes.json.tmp-XXXXXX": hidden, and recognisable as ours when left over by a kill. */
#define TEMP_INFIX ".tmp-"
#define TEMP_RANDOM_LENGTH 6

static void
set_error_from_errno (GError    **error,
                      int         saved_errno,
                      const char *path)
{
  g_autofree char *name = g_filename_display_name (path);

  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               "%s: %s", name, g_strerror (saved_errno));
}

/**
 * nd_file_replace_resolve:
 * @path: (type filename): a file that may be a symbolic link, or a chain of them
 *
 * Returns: (transfer full) (type filename) (nullable): the path that @path finally names
 *   (which need not exist yet), or %NULL with @error set for a loop of links
 */
char *
nd_file_replace_resolve (const char  *path,
                         GError     **error)
{
  g_autofree char *current = g_strdup (path);

  g_return_val_if_fail (path != NULL, NULL);

  for (guint n = 0; n < MAX_LINKS; n++)
    {
      g_autofree char *target = g_file_read_link (current, NULL);
      g_autofree char *folder = NULL;

      /* Not a link (or not there): this is the file. */
      if (target == NULL)
        return g_steal_pointer (&current);

      if (g_path_is_absolute (target))
        {
          g_free (current);
          current = g_steal_pointer (&target);
          continue;
        }

      folder = g_path_get_dirname (current);
      g_free (current);
      current = g_build_filename (folder, target, NULL);
    }

  set_error_from_errno (error, ELOOP, path);
  return NULL;
}

static gboolean
write_all (int          fd,
           const char  *contents,
           gsize        length,
           const char  *path,
           GError     **error)
{
  while (length > 0)
    {
      gssize n = write (fd, contents, MIN (length, (gsize)G_MAXSSIZE));

      if (n < 0)
        {
          if (errno == EINTR)
            continue;
          set_error_from_errno (error, errno, path);
          return FALSE;
        }
      contents += n;
      length -= (gsize)n;
    }

  return TRUE;
}

/* Checks what is at @target before it is replaced; @mode gets the mode to keep, or -1 when
 * there is no file yet. */
static gboolean
check_target (const char  *target,
              int         *mode,
              GError     **error)
{
  g_autofree char *name = g_filename_display_name (target);
  GStatBuf st;

  if (g_lstat (target, &st) != 0)
    {
      if (errno != ENOENT)
        {
          set_error_from_errno (error, errno, target);
          return FALSE;
        }
      *mode = -1;
      return TRUE;
    }

  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                   /* Translators: %s is a file name */
                   _("“%s” is not a regular file (it is a folder, a device or a pipe); "
                     "nothing was written"), name);
      return FALSE;
    }

  /* Root may write anything, so the owner's write bit is what says "leave it alone". */
  if ((st.st_mode & S_IWUSR) == 0 || g_access (target, W_OK) != 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_READ_ONLY,
                   /* Translators: %s is a file name */
                   _("“%s” is read-only; it was left as it is"), name);
      return FALSE;
    }

  *mode = (int)(st.st_mode & 07777);
  return TRUE;
}

static char *
temp_template (const char *target)
{
  g_autofree char *folder = g_path_get_dirname (target);
  g_autofree char *base = g_path_get_basename (target);
  g_autofree char *name = g_strdup_printf (".%s" TEMP_INFIX "XXXXXX", base);

  return g_build_filename (folder, name, NULL);
}

/* Writes, flushes to disk and closes @fd; the temporary file is complete when this says so. */
static gboolean
finish_temp (int          fd,
             int          mode,
             const char  *contents,
             gsize        length,
             const char  *temp,
             GError     **error)
{
  gboolean ok = write_all (fd, contents, length, temp, error);

  /* A file that is replaced keeps its mode; a new one has its mode through the umask. */
  if (ok && mode >= 0 && fchmod (fd, (mode_t)mode) != 0)
    {
      set_error_from_errno (error, errno, temp);
      ok = FALSE;
    }

  if (ok && fsync (fd) != 0)
    {
      set_error_from_errno (error, errno, temp);
      ok = FALSE;
    }

  if (close (fd) != 0 && ok)
    {
      set_error_from_errno (error, errno, temp);
      ok = FALSE;
    }

  return ok;
}

/**
 * nd_file_replace_contents:
 * @path: (type filename): the file to write; a symbolic link is written through
 * @new_mode: the mode of the file when it does not exist yet (an existing one keeps its own)
 *
 * Replaces the file that @path names with @contents, atomically, through a temporary file
 * in the target's own folder. Refuses (and leaves alone) anything at the path that is not
 * a regular file, and a file that is read-only.
 *
 * Returns: %TRUE on success
 */
gboolean
nd_file_replace_contents (const char  *path,
                          const char  *contents,
                          gsize        length,
                          int          new_mode,
                          GError     **error)
{
  g_autofree char *target = NULL;
  g_autofree char *temp = NULL;
  int mode;
  int fd;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (contents != NULL || length == 0, FALSE);

  target = nd_file_replace_resolve (path, error);
  if (target == NULL || !check_target (target, &mode, error))
    return FALSE;

  temp = temp_template (target);
  fd = g_mkstemp_full (temp, O_RDWR | O_CLOEXEC, mode >= 0 ? 0600 : new_mode);
  if (fd < 0)
    {
      set_error_from_errno (error, errno, target);
      return FALSE;
    }

  if (!finish_temp (fd, mode, contents, length, temp, error))
    {
      g_unlink (temp);
      return FALSE;
    }

  if (g_rename (temp, target) != 0)
    {
      int saved_errno = errno;

      g_unlink (temp);
      set_error_from_errno (error, saved_errno, target);
      return FALSE;
    }

  return TRUE;
}

static gboolean
is_our_leftover (const char *name,
                 const char *base)
{
  gsize base_length = strlen (base);
  const char *rest;

  if (name[0] != '.' || strncmp (name + 1, base, base_length) != 0)
    return FALSE;

  rest = name + 1 + base_length;
  if (!g_str_has_prefix (rest, TEMP_INFIX))
    return FALSE;

  return strlen (rest + strlen (TEMP_INFIX)) == TEMP_RANDOM_LENGTH;
}

/**
 * nd_file_replace_remove_leftovers:
 * @path: (type filename): a file written with nd_file_replace_contents()
 *
 * Removes the temporary files that writers of @path killed before they finished left
 * behind. Only for callers that know no other writer is at work (they hold a lock).
 *
 * Returns: how many were removed
 */
guint
nd_file_replace_remove_leftovers (const char *path)
{
  g_autofree char *target = nd_file_replace_resolve (path, NULL);
  g_autofree char *folder = NULL;
  g_autofree char *base = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;
  guint removed = 0;

  if (target == NULL)
    return 0;

  folder = g_path_get_dirname (target);
  base = g_path_get_basename (target);
  dir = g_dir_open (folder, 0, NULL);
  if (dir == NULL)
    return 0;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *leftover = NULL;

      if (!is_our_leftover (name, base))
        continue;

      leftover = g_build_filename (folder, name, NULL);
      if (g_unlink (leftover) == 0)
        removed++;
    }

  return removed;
}

/* nd-quote-collection.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The user's collected quotes, in the user's order, as a GListModel.  Every change (an
 * added, removed or moved quote, an edited speaker or note) is saved at once by writing
 * the whole file anew and renaming it over the old one, so that a crash or a kill leaves
 * either the old or the new collection on disk, never half of one.
 *
 * A file that cannot be read back is never overwritten: it is renamed aside to
 * quotes.json.broken-DATE and the collection says so in its "problem"; if even that is
 * impossible, the collection stops saving rather than destroy what is there.
 *
 * Several NewsDesk processes may share the file. Each load and save holds an exclusive
 * flock() on a lock file beside it, and a save first merges what is on disk: quotes that
 * another process added since this one last read or wrote the file are kept, quotes that
 * it removed are removed here too, so that no process's quotes are lost to another's save.
 * A symbolic link is written through to its target; a read-only file is left alone and the
 * save fails with an error that says so (see nd-file-replace.c). */

#define G_LOG_DOMAIN "nd-quote-collection"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sys/file.h>
#include <unistd.h>

#include "util/nd-file-replace.h"
#include "formats/nd-formats.h"
#include "formats/nd-json-scan.h"
#include "quotes/nd-quote-collection-private.h"

#define FILE_VERSION 1

struct _NdQuoteCollection
{
  GObject    parent_instance;

  GPtrArray  *quotes;
  /* The identities (see quote_key()) of the quotes in the file as this collection last read
   * or wrote it: what a save finds on disk beyond these, another process added. */
  GHashTable *on_disk;
  char       *path;
  char       *problem;
  gboolean   saving_blocked;
  gboolean   problem_is_saving;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (NdQuoteCollection, nd_quote_collection, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_N_ITEMS,
  PROP_PROBLEM,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static GType
nd_quote_collection_get_item_type (GListModel *model)
{
  return ND_TYPE_QUOTE;
}

static guint
nd_quote_collection_get_n_items (GListModel *model)
{
  return ND_QUOTE_COLLECTION (model)->quotes->len;
}

static gpointer
nd_quote_collection_get_item (GListModel *model,
                              guint       position)
{
  NdQuoteCollection *self = ND_QUOTE_COLLECTION (model);

  if (position >= self->quotes->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->quotes, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = nd_quote_collection_get_item_type;
  iface->get_n_items = nd_quote_collection_get_n_items;
  iface->get_item = nd_quote_collection_get_item;
}

static void
set_problem (NdQuoteCollection *self,
             const char        *problem)
{
  if (g_strcmp0 (self->problem, problem) == 0)
    return;

  g_free (self->problem);
  self->problem = g_strdup (problem);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PROBLEM]);
}

/* Saving is what the user expects after every change; a failure is kept as the problem
 * (and logged) instead of interrupting, and the next change tries again. */
static void
autosave (NdQuoteCollection *self)
{
  g_autoptr(GError) error = NULL;

  if (!nd_quote_collection_save (self, &error))
    {
      g_autofree char *problem = NULL;

      g_message ("Could not save the quotes: %s", error->message);
      /* Translators: %s is the reason, e.g. "No space left on device" */
      problem = g_strdup_printf (_("Your quotes could not be saved: %s"), error->message);
      set_problem (self, problem);
      self->problem_is_saving = TRUE;
    }
}

static void
on_quote_notify_cb (NdQuoteCollection *self,
                    GParamSpec        *pspec,
                    NdQuote           *quote)
{
  autosave (self);
}

static void
forget_quote (gpointer data,
              gpointer user_data)
{
  g_signal_handlers_disconnect_by_func (data, on_quote_notify_cb, user_data);
}

static void
watch_quote (NdQuoteCollection *self,
             NdQuote           *quote)
{
  g_signal_connect_object (quote, "notify", G_CALLBACK (on_quote_notify_cb), self,
                           G_CONNECT_SWAPPED);
}

static void
nd_quote_collection_finalize (GObject *object)
{
  NdQuoteCollection *self = ND_QUOTE_COLLECTION (object);

  g_ptr_array_foreach (self->quotes, forget_quote, self);
  g_clear_pointer (&self->quotes, g_ptr_array_unref);
  g_clear_pointer (&self->on_disk, g_hash_table_unref);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->problem, g_free);

  G_OBJECT_CLASS (nd_quote_collection_parent_class)->finalize (object);
}

static void
nd_quote_collection_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  NdQuoteCollection *self = ND_QUOTE_COLLECTION (object);

  switch (prop_id)
    {
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->quotes->len);
      break;

    case PROP_PROBLEM:
      g_value_set_string (value, self->problem);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nd_quote_collection_class_init (NdQuoteCollectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = nd_quote_collection_finalize;
  object_class->get_property = nd_quote_collection_get_property;

  properties [PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * NdQuoteCollection:problem: (nullable)
   *
   * What went wrong reading or saving the file, in words for the user; %NULL when all
   * is well.
   */
  properties [PROP_PROBLEM] =
    g_param_spec_string ("problem", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
nd_quote_collection_init (NdQuoteCollection *self)
{
  self->quotes = g_ptr_array_new_with_free_func (g_object_unref);
  self->on_disk = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/**
 * nd_quote_collection_dup_default_path:
 *
 * Returns: (transfer full): `$XDG_DATA_HOME/newsdesk/quotes.json`
 */
char *
nd_quote_collection_dup_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "newsdesk", "quotes.json", NULL);
}

/**
 * nd_quote_collection_new:
 * @path: (nullable) (type filename): the file to keep the collection in; %NULL for
 *   nd_quote_collection_dup_default_path()
 *
 * The collection starts empty; nd_quote_collection_load() reads the file.
 *
 * Returns: (transfer full): a new collection
 */
NdQuoteCollection *
nd_quote_collection_new (const char *path)
{
  NdQuoteCollection *self = g_object_new (ND_TYPE_QUOTE_COLLECTION, NULL);

  self->path = path != NULL ? g_strdup (path) : nd_quote_collection_dup_default_path ();

  return self;
}

static GPtrArray *
parse_quotes (const char  *contents,
              gsize        length,
              GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GPtrArray) quotes = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) parse_error = NULL;
  JsonNode *root;
  JsonNode *member;
  JsonArray *array;
  NdJsonScan scan;

  /* json-glib recurses once per level: a file nested 200,000 deep would crash it, and with
   * it every start of the application, before the file could be set aside. */
  nd_json_scan (contents, length, ND_FORMATS_MAX_DEPTH, &scan);
  if (scan.status == ND_JSON_SCAN_TOO_DEEP)
    {
      guint line, column;

      nd_json_offset_to_position (contents, scan.problem_offset, &line, &column);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   /* Translators: %d is the greatest depth read (256), %u a line and a
                    * column of the file */
                   _("JSON nested more than %d levels deep at line %u, column %u"),
                   ND_FORMATS_MAX_DEPTH, line, column);
      return NULL;
    }

  if (!json_parser_load_from_data (parser, contents, (gssize)length, &parse_error))
    {
      /* json-glib quotes the text it stumbled on, cut by bytes: the panel shows this. */
      g_autofree char *message = g_utf8_make_valid (parse_error->message, -1);

      g_set_error_literal (error, parse_error->domain, parse_error->code, message);
      return NULL;
    }

  root = json_parser_get_root (parser);
  member = root != NULL && JSON_NODE_HOLDS_OBJECT (root)
           ? json_object_get_member (json_node_get_object (root), "quotes") : NULL;
  if (member == NULL || !JSON_NODE_HOLDS_ARRAY (member))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("The file holds no list of quotes"));
      return NULL;
    }

  array = json_node_get_array (member);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      NdQuote *quote = nd_quote_new_from_json (json_array_get_element (array, i), error);

      /* One bad entry is reason enough to keep the file aside: saving only the good ones
       * would silently drop the rest. */
      if (quote == NULL)
        return NULL;
      g_ptr_array_add (quotes, quote);
    }

  return g_steal_pointer (&quotes);
}

/* Keeps a file that could not be read beside the new one, under a name that says when. */
static char *
move_aside (const char  *path,
            GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *aside = g_strdup_printf ("%s.broken-%s", path, stamp);

  for (guint n = 2; g_file_test (aside, G_FILE_TEST_EXISTS); n++)
    {
      g_free (aside);
      aside = g_strdup_printf ("%s.broken-%s-%u", path, stamp, n);
    }

  if (g_rename (path, aside) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   "%s", g_strerror (saved_errno));
      return NULL;
    }

  return g_steal_pointer (&aside);
}

static void
replace_quotes (NdQuoteCollection *self,
                GPtrArray         *quotes)
{
  guint removed = self->quotes->len;

  g_ptr_array_foreach (self->quotes, forget_quote, self);
  g_ptr_array_set_size (self->quotes, 0);
  for (guint i = 0; i < quotes->len; i++)
    {
      NdQuote *quote = g_ptr_array_index (quotes, i);

      g_ptr_array_add (self->quotes, g_object_ref (quote));
      watch_quote (self, quote);
    }

  g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, self->quotes->len);
  if (removed != self->quotes->len)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_N_ITEMS]);
}

/* The file is there but useless: set it aside and start empty, or, when even that fails,
 * stop saving so that it stays as it is. */
static void
keep_broken_file (NdQuoteCollection *self,
                  const GError      *reason)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *aside = move_aside (self->path, &error);
  g_autofree char *problem = NULL;

  if (aside != NULL)
    {
      g_autofree char *name = g_filename_display_basename (aside);

      /* Translators: the first %s is a file name, the second the reason */
      problem = g_strdup_printf (_("Your saved quotes could not be read and were kept "
                                   "as “%s”: %s"), name, reason->message);
    }
  else
    {
      self->saving_blocked = TRUE;
      /* Translators: %s is the reason */
      problem = g_strdup_printf (_("Your saved quotes could not be read (%s); new quotes "
                                   "will not be saved until the file is fixed"),
                                 reason->message);
    }

  g_message ("%s", problem);
  set_problem (self, problem);
  self->problem_is_saving = FALSE;
}

static char *
quote_key (NdQuote *quote)
{
  return g_strdup_printf ("%u:%u:%s", nd_quote_get_start (quote), nd_quote_get_end (quote),
                          nd_quote_get_article_id (quote));
}

static void
remember_on_disk (NdQuoteCollection *self,
                  GPtrArray         *quotes)
{
  g_hash_table_remove_all (self->on_disk);
  for (guint i = 0; quotes != NULL && i < quotes->len; i++)
    g_hash_table_add (self->on_disk, quote_key (g_ptr_array_index (quotes, i)));
}

/* Waits for, then holds, the lock that every NewsDesk process takes to read or write the
 * collection: "quotes.json.lock" beside the file (beside a link's target). Returns the
 * descriptor to close, or -1 when no lock can be had (a read-only folder, where no one
 * writes either). */
static int
lock_collection (NdQuoteCollection *self)
{
  g_autofree char *target = nd_file_replace_resolve (self->path, NULL);
  g_autofree char *lock_path = g_strconcat (target ? target : self->path, ".lock", NULL);
  int fd = g_open (lock_path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);

  if (fd < 0)
    return -1;

  while (flock (fd, LOCK_EX) != 0)
    if (errno != EINTR)
      {
        close (fd);
        return -1;
      }

  return fd;
}

static void
unlock_collection (int fd)
{
  if (fd >= 0)
    close (fd);
}

/**
 * nd_quote_collection_load:
 *
 * Reads the collection's file, replacing what the collection holds.  A missing file is
 * an empty collection.  A file that cannot be read or understood is set aside (or, when
 * it cannot be, left alone and no longer saved over), and the problem says so.
 *
 * Returns: %TRUE if the file was read or did not exist; %FALSE with @error set otherwise
 */
gboolean
nd_quote_collection_load (NdQuoteCollection  *self,
                          GError            **error)
{
  g_autoptr(GPtrArray) quotes = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize length = 0;
  int lock;

  g_return_val_if_fail (ND_IS_QUOTE_COLLECTION (self), FALSE);

  self->saving_blocked = FALSE;
  self->problem_is_saving = FALSE;
  set_problem (self, NULL);

  lock = lock_collection (self);
  nd_file_replace_remove_leftovers (self->path);

  if (!g_file_get_contents (self->path, &contents, &length, &local_error))
    {
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        {
          g_autoptr(GPtrArray) none = g_ptr_array_new ();

          unlock_collection (lock);
          remember_on_disk (self, none);
          replace_quotes (self, none);
          return TRUE;
        }
    }
  else
    quotes = parse_quotes (contents, length, &local_error);

  if (quotes == NULL)
    {
      g_autoptr(GPtrArray) none = g_ptr_array_new ();

      keep_broken_file (self, local_error);
      unlock_collection (lock);
      remember_on_disk (self, none);
      replace_quotes (self, none);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  unlock_collection (lock);
  remember_on_disk (self, quotes);
  replace_quotes (self, quotes);
  return TRUE;
}

static char *
serialize (NdQuoteCollection *self)
{
  GString *out = g_string_sized_new (256 + self->quotes->len * 700);

  g_string_append_printf (out, "{\n  \"version\" : %d,\n  \"quotes\" : [", FILE_VERSION);
  for (guint i = 0; i < self->quotes->len; i++)
    {
      g_string_append (out, i > 0 ? ",\n" : "\n");
      nd_quote_append_json (g_ptr_array_index (self->quotes, i), out, 4);
    }
  g_string_append (out, self->quotes->len > 0 ? "\n  ]\n}\n" : "]\n}\n");

  return g_string_free (out, FALSE);
}

static gboolean
holds_key (GHashTable *keys,
           NdQuote    *quote)
{
  g_autofree char *key = quote_key (quote);

  return g_hash_table_contains (keys, key);
}

/* Takes into the collection what other processes changed in the file since this one last
 * read or wrote it: quotes they added are appended, quotes they removed are removed. The
 * caller holds the lock. Returns FALSE when the file is there but cannot be read, which
 * must not be overwritten. */
static gboolean
merge_from_disk (NdQuoteCollection  *self,
                 gboolean           *changed,
                 GError            **error)
{
  g_autoptr(GHashTable) disk_keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) disk = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (self->path, &contents, &length, &local_error))
    {
      /* A file that is gone tells nothing about removals: keep everything. */
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        return TRUE;
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  disk = parse_quotes (contents, length, &local_error);
  if (disk == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   /* Translators: %s is the reason */
                   _("The quotes file was changed by another program and cannot be read "
                     "(%s), so it is not overwritten"), local_error->message);
      return FALSE;
    }

  for (guint i = 0; i < disk->len; i++)
    g_hash_table_add (disk_keys, quote_key (g_ptr_array_index (disk, i)));

  for (guint i = self->quotes->len; i > 0; i--)
    {
      NdQuote *quote = g_ptr_array_index (self->quotes, i - 1);

      if (holds_key (self->on_disk, quote) && !holds_key (disk_keys, quote))
        {
          forget_quote (quote, self);
          g_ptr_array_remove_index (self->quotes, i - 1);
          *changed = TRUE;
        }
    }

  for (guint i = 0; i < disk->len; i++)
    {
      NdQuote *quote = g_ptr_array_index (disk, i);

      if (!holds_key (self->on_disk, quote) && nd_quote_collection_find (self, quote) < 0)
        {
          g_ptr_array_add (self->quotes, g_object_ref (quote));
          watch_quote (self, quote);
          *changed = TRUE;
        }
    }

  remember_on_disk (self, disk);
  return TRUE;
}

/* Saves under the lock; the list's signals wait until it is released, so that a handler
 * that changes the collection again cannot wait for a lock its own process holds. */
static gboolean
save_locked (NdQuoteCollection  *self,
             gboolean           *changed,
             GError            **error)
{
  g_autofree char *contents = NULL;

  if (!merge_from_disk (self, changed, error))
    return FALSE;

  contents = serialize (self);
  if (!nd_file_replace_contents (self->path, contents, strlen (contents), 0600, error))
    return FALSE;

  remember_on_disk (self, self->quotes);
  nd_file_replace_remove_leftovers (self->path);
  return TRUE;
}

/**
 * nd_quote_collection_save:
 *
 * Writes the collection to its file atomically: on failure the file on disk is as it was.
 * What other processes added to or removed from the file since it was last read is merged
 * in first. A read-only file is not written, and the error says so.
 * The collection saves itself after every change; this is for callers that need to know.
 *
 * Returns: %TRUE on success
 */
gboolean
nd_quote_collection_save (NdQuoteCollection  *self,
                          GError            **error)
{
  g_autofree char *folder = NULL;
  guint old_length;
  gboolean changed = FALSE;
  gboolean saved;
  int lock;

  g_return_val_if_fail (ND_IS_QUOTE_COLLECTION (self), FALSE);

  if (self->saving_blocked)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED,
                           _("The quotes file could not be read, so it is not overwritten"));
      return FALSE;
    }

  folder = g_path_get_dirname (self->path);
  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   "%s: %s", folder, g_strerror (saved_errno));
      return FALSE;
    }

  old_length = self->quotes->len;
  lock = lock_collection (self);
  saved = save_locked (self, &changed, error);
  unlock_collection (lock);

  if (changed)
    {
      g_list_model_items_changed (G_LIST_MODEL (self), 0, old_length, self->quotes->len);
      if (old_length != self->quotes->len)
        g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_N_ITEMS]);
    }

  if (!saved)
    return FALSE;

  /* A save that works again clears an earlier saving problem, not a reading one. */
  if (self->problem_is_saving)
    {
      self->problem_is_saving = FALSE;
      set_problem (self, NULL);
    }

  return TRUE;
}

/**
 * nd_quote_collection_get_path:
 *
 * Returns: (type filename): the file the collection is kept in
 */
const char *
nd_quote_collection_get_path (NdQuoteCollection *self)
{
  g_return_val_if_fail (ND_IS_QUOTE_COLLECTION (self), NULL);

  return self->path;
}

/**
 * nd_quote_collection_get_problem:
 *
 * Returns: (nullable): what went wrong with the file, for the user, or %NULL
 */
const char *
nd_quote_collection_get_problem (NdQuoteCollection *self)
{
  g_return_val_if_fail (ND_IS_QUOTE_COLLECTION (self), NULL);

  return self->problem;
}

/**
 * nd_quote_collection_get_quote:
 *
 * Returns: (transfer none) (nullable): the quote at @position
 */
NdQuote *
nd_quote_collection_get_quote (NdQuoteCollection *self,
                               guint              position)
{
  g_return_val_if_fail (ND_IS_QUOTE_COLLECTION (self), NULL);

  if (position >= self->quotes->len)
    return NULL;

  return g_ptr_array_index (self->quotes, position);
}

/**
 * nd_quote_collection_find:
 *
 * Returns: the position of a quote of the same words of the same article, or -1
 */
int
nd_quote_collection_find (NdQuoteCollection *self,
                          NdQuote           *quote)
{
  g_return_val_if_fail (ND_IS_QUOTE_COLLECTION (self), -1);
  g_return_val_if_fail (ND_IS_QUOTE (quote), -1);

  for (guint i = 0; i < self->quotes->len; i++)
    if (nd_quote_is_same_place (g_ptr_array_index (self->quotes, i), quote))
      return (int)i;

  return -1;
}

/**
 * nd_quote_collection_add:
 *
 * Appends @quote, unless the same words of the same article are there already.
 *
 * Returns: %TRUE if @quote was added
 */
gboolean
nd_quote_collection_add (NdQuoteCollection *self,
                         NdQuote           *quote)
{
  g_return_val_if_fail (ND_IS_QUOTE_COLLECTION (self), FALSE);

  return nd_quote_collection_insert (self, self->quotes->len, quote);
}

/**
 * nd_quote_collection_insert:
 * @position: where to put @quote; past the end appends
 *
 * Puts @quote at @position, unless the same words of the same article are there already
 * (undoing a removal puts quotes back where they were).
 *
 * Returns: %TRUE if @quote was inserted
 */
gboolean
nd_quote_collection_insert (NdQuoteCollection *self,
                            guint              position,
                            NdQuote           *quote)
{
  g_return_val_if_fail (ND_IS_QUOTE_COLLECTION (self), FALSE);
  g_return_val_if_fail (ND_IS_QUOTE (quote), FALSE);

  if (nd_quote_collection_find (self, quote) >= 0)
    return FALSE;

  position = MIN (position, self->quotes->len);
  g_ptr_array_insert (self->quotes, (int)position, g_object_ref (quote));
  watch_quote (self, quote);
  g_list_model_items_changed (G_LIST_MODEL (self), position, 0, 1);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_N_ITEMS]);
  autosave (self);

  return TRUE;
}

void
nd_quote_collection_remove (NdQuoteCollection *self,
                            guint              position)
{
  g_return_if_fail (ND_IS_QUOTE_COLLECTION (self));
  g_return_if_fail (position < self->quotes->len);

  forget_quote (g_ptr_array_index (self->quotes, position), self);
  g_ptr_array_remove_index (self->quotes, position);
  g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_N_ITEMS]);
  autosave (self);
}

/**
 * nd_quote_collection_move:
 * @from: the position of the quote to move
 * @to: its position afterwards
 */
void
nd_quote_collection_move (NdQuoteCollection *self,
                          guint              from,
                          guint              to)
{
  NdQuote *quote;

  g_return_if_fail (ND_IS_QUOTE_COLLECTION (self));
  g_return_if_fail (from < self->quotes->len);
  g_return_if_fail (to < self->quotes->len);

  if (from == to)
    return;

  quote = g_ptr_array_steal_index (self->quotes, from);
  g_ptr_array_insert (self->quotes, (int)to, quote);
  g_list_model_items_changed (G_LIST_MODEL (self), MIN (from, to),
                              MAX (from, to) - MIN (from, to) + 1,
                              MAX (from, to) - MIN (from, to) + 1);
  autosave (self);
}

/* nd-article-loader.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nd-article-loader"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "load/nd-article-loader-private.h"
#include "load/nd-file-walker.h"
#include "formats/nd-formats.h"
#include "model/nd-load-error.h"

#include <string.h>

/* JSON Lines files are read in pieces of this size, so that a file of any size loads with
 * little memory and its first articles show while the rest is read. */
/* JSON Lines are read in pieces that start small, so that the first articles (and the
 * sink threads' first work) come soon, and grow to this size. */
#define LINES_CHUNK_FIRST (256u * 1024u)
#define LINES_CHUNK_SIZE  (4u * 1024u * 1024u)
#define SINK_BATCH       64

/* A JSON Lines line is held whole while it is read, in a GByteArray, which counts in guint:
 * a line longer than that (4 GiB less a piece) is skipped with an error, and the lines after
 * it are read as usual. Tests lower it through _nd_article_loader_set_max_line_length(). */
static gsize max_line_length = G_MAXUINT - LINES_CHUNK_SIZE;

/* How long loaded articles may wait before the main loop takes them: about a frame or two,
 * so a large load costs the main loop a few dozen wake-ups a second, not one per file. */
#define DELIVERY_INTERVAL_MS 40

/* One thread lists the folders while parser threads read the files it has found so far,
 * so the first articles arrive before a folder of 100,000 files has been listed. Results
 * are handed over strictly in the order the files were found, whichever parser finished
 * first, so that "the first of two duplicates" is the same on every run. */
typedef struct
{
  GPtrArray *articles;
  GPtrArray *errors;
  guint      n_handed;    /* articles[0..n_handed) went to the sink already */
} FileResult;

typedef struct
{
  GPtrArray       *roots;
  NdArticleSink   *sink;
  GThreadPool     *sink_pool;        /* hands what the parsers read to the sink, on the other cores */
  GCancellable    *cancellable;
  GMainContext    *context;
  NdLoadBatchFunc  batch_func;
  gpointer         user_data;
  GDestroyNotify   user_data_free;

  gulong           cancelled_handler;

  GMutex           lock;
  GCond            more_entries;
  GPtrArray       *entries;          /* NdWalkEntry, in walk order */
  GPtrArray       *results;          /* FileResult or NULL, parallel to entries */
  guint            next_to_read;
  guint            next_to_deliver;
  guint            n_threads;
  gboolean         walk_done;
  gboolean         delivery_scheduled;
  gboolean         delivered_articles;
  NdLoadBatch      pending;
} Loader;

static void
batch_init (NdLoadBatch *batch)
{
  batch->articles = g_ptr_array_new_with_free_func (g_object_unref);
  batch->errors = g_ptr_array_new_with_free_func ((GDestroyNotify)nd_load_error_free);
  batch->finished = FALSE;
}

static void
batch_clear (NdLoadBatch *batch)
{
  g_clear_pointer (&batch->articles, g_ptr_array_unref);
  g_clear_pointer (&batch->errors, g_ptr_array_unref);
}

static void
file_result_free (FileResult *result)
{
  if (result == NULL)
    return;

  g_clear_pointer (&result->articles, g_ptr_array_unref);
  g_clear_pointer (&result->errors, g_ptr_array_unref);
  g_free (result);
}

static void
loader_free (Loader *loader)
{
  if (loader->user_data_free != NULL)
    loader->user_data_free (loader->user_data);

  g_cancellable_disconnect (loader->cancellable, loader->cancelled_handler);
  batch_clear (&loader->pending);
  g_clear_pointer (&loader->entries, g_ptr_array_unref);
  g_clear_pointer (&loader->results, g_ptr_array_unref);
  g_clear_pointer (&loader->roots, g_ptr_array_unref);
  g_clear_object (&loader->sink);
  g_clear_object (&loader->cancellable);
  g_clear_pointer (&loader->context, g_main_context_unref);
  g_mutex_clear (&loader->lock);
  g_cond_clear (&loader->more_entries);
  g_free (loader);
}

static gboolean
deliver_cb (gpointer user_data)
{
  Loader *loader = user_data;
  NdLoadBatch batch;

  g_mutex_lock (&loader->lock);
  batch = loader->pending;
  batch_init (&loader->pending);
  loader->pending.files_done = batch.files_done;
  loader->pending.files_total = batch.files_total;
  loader->pending.bytes_done = batch.bytes_done;
  loader->pending.bytes_total = batch.bytes_total;
  loader->delivery_scheduled = FALSE;
  g_mutex_unlock (&loader->lock);

  loader->batch_func (&batch, loader->user_data);

  if (batch.finished)
    loader_free (loader);
  batch_clear (&batch);

  return G_SOURCE_REMOVE;
}

/* The first articles go out at once so that they show without delay; later batches gather
 * for DELIVERY_INTERVAL_MS. Called with the lock held. */
static void
schedule_delivery_locked (Loader *loader)
{
  GSource *source;

  if (loader->delivery_scheduled)
    return;

  loader->delivery_scheduled = TRUE;
  if (loader->delivered_articles && !loader->pending.finished)
    source = g_timeout_source_new (DELIVERY_INTERVAL_MS);
  else
    source = g_idle_source_new ();
  loader->delivered_articles |= loader->pending.articles->len > 0;

  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_callback (source, deliver_cb, loader, NULL);
  g_source_set_static_name (source, "[nd-article-loader] deliver");
  g_source_attach (source, loader->context);
  g_source_unref (source);
}

/* Moves every finished result that is next in walk order into the pending batch. */
static void
collect_in_order_locked (Loader *loader)
{
  gboolean collected = FALSE;

  while (loader->next_to_deliver < loader->results->len)
    {
      guint i = loader->next_to_deliver;
      FileResult *result = g_ptr_array_index (loader->results, i);
      NdWalkEntry *entry = g_ptr_array_index (loader->entries, i);

      if (result == NULL)
        break;

      g_ptr_array_extend_and_steal (loader->pending.articles, g_steal_pointer (&result->articles));
      g_ptr_array_extend_and_steal (loader->pending.errors, g_steal_pointer (&result->errors));
      if (entry->file != NULL)
        {
          loader->pending.files_done++;
          loader->pending.bytes_done += entry->size;
        }
      file_result_free (result);
      loader->results->pdata[i] = NULL;
      loader->next_to_deliver++;
      collected = TRUE;
    }

  if (collected)
    schedule_delivery_locked (loader);
}

/* The last thread out waits for the sink's work still queued, so that a finished load has
 * been handed over whole (a complete search index). */
static void
thread_done (Loader *loader)
{
  gboolean last;

  g_mutex_lock (&loader->lock);
  last = --loader->n_threads == 0;
  g_mutex_unlock (&loader->lock);

  if (!last)
    return;

  if (loader->sink_pool != NULL)
    g_thread_pool_free (g_steal_pointer (&loader->sink_pool),
                        g_cancellable_is_cancelled (loader->cancellable), TRUE);

  g_mutex_lock (&loader->lock);
  loader->pending.finished = TRUE;
  schedule_delivery_locked (loader);
  g_mutex_unlock (&loader->lock);
}

static void
on_entry_found_cb (NdWalkEntry *entry,
                   gpointer     user_data)
{
  Loader *loader = user_data;

  g_mutex_lock (&loader->lock);
  g_ptr_array_add (loader->entries, entry);
  g_ptr_array_add (loader->results, NULL);
  loader->pending.files_total++;
  loader->pending.bytes_total += entry->size;
  g_cond_signal (&loader->more_entries);
  g_mutex_unlock (&loader->lock);
}

/* A problem found while listing takes a place in the file order like a file whose result
 * is already known, so that problems are reported in the same order on every run. */
static void
on_walk_error_cb (NdLoadError *error,
                  gpointer     user_data)
{
  Loader *loader = user_data;
  NdWalkEntry *placeholder = g_new0 (NdWalkEntry, 1);
  FileResult *result = g_new0 (FileResult, 1);

  result->articles = g_ptr_array_new_with_free_func (g_object_unref);
  result->errors = g_ptr_array_new_with_free_func ((GDestroyNotify)nd_load_error_free);
  g_ptr_array_add (result->errors, error);

  g_mutex_lock (&loader->lock);
  g_ptr_array_add (loader->entries, placeholder);
  g_ptr_array_add (loader->results, result);
  collect_in_order_locked (loader);
  g_cond_signal (&loader->more_entries);
  g_mutex_unlock (&loader->lock);
}

static gpointer
walk_worker (gpointer user_data)
{
  Loader *loader = user_data;

  nd_file_walker_walk (loader->roots, loader->cancellable,
                       on_entry_found_cb, on_walk_error_cb, loader);

  g_mutex_lock (&loader->lock);
  loader->walk_done = TRUE;
  g_cond_broadcast (&loader->more_entries);
  schedule_delivery_locked (loader);
  g_mutex_unlock (&loader->lock);

  thread_done (loader);
  return NULL;
}

static gboolean
read_file_contents (const NdWalkEntry  *entry,
                    char              **contents,
                    gsize              *length,
                    GError            **error)
{
  const char *path = g_file_peek_path (entry->file);

  /* Local files skip GIO's stream machinery: one stat and one read. */
  if (path != NULL)
    return g_file_get_contents (path, contents, length, error);

  return g_file_load_contents (entry->file, NULL, contents, length, NULL, error);
}

static FileResult *
file_result_new (void)
{
  FileResult *result = g_new0 (FileResult, 1);

  result->articles = g_ptr_array_new_with_free_func (g_object_unref);
  result->errors = g_ptr_array_new_with_free_func ((GDestroyNotify)nd_load_error_free);

  return result;
}

static void
sink_batch_worker (gpointer data,
                   gpointer user_data)
{
  g_autoptr(GPtrArray) articles = data;
  NdArticleSink *sink = user_data;

  nd_article_sink_add_many (sink, (NdArticle **)articles->pdata, articles->len);
}

/* The sink (the search index) runs in a thread pool beside the parsers, never on the main
 * loop, so search works while loading; a single large JSON Lines file is parsed by one
 * thread, and its indexing (which costs more than parsing) then still gets the other cores. */
static void
hand_to_sink (Loader     *loader,
              FileResult *result)
{
  if (loader->sink_pool == NULL)
    return;

  /* In small batches, so that the articles of one large piece are taken by all the sink
   * threads at once, above all the last piece, which nothing else overlaps. */
  while (result->n_handed < result->articles->len)
    {
      guint n = MIN (SINK_BATCH, result->articles->len - result->n_handed);
      GPtrArray *batch = g_ptr_array_new_full (n, g_object_unref);

      for (guint i = result->n_handed; i < result->n_handed + n; i++)
        g_ptr_array_add (batch, g_object_ref (g_ptr_array_index (result->articles, i)));
      result->n_handed += n;

      g_thread_pool_push (loader->sink_pool, batch, NULL);
    }
}

/* While a streamed file is the next one in order, what it has produced so far can go to
 * the main context at once instead of waiting for the end of the file. */
static void
hand_over_partial (Loader     *loader,
                   guint       index,
                   FileResult *partial)
{
  g_mutex_lock (&loader->lock);
  if (loader->next_to_deliver == index &&
      (partial->articles->len > 0 || partial->errors->len > 0))
    {
      g_ptr_array_extend_and_steal (loader->pending.articles, g_steal_pointer (&partial->articles));
      g_ptr_array_extend_and_steal (loader->pending.errors, g_steal_pointer (&partial->errors));
      partial->articles = g_ptr_array_new_with_free_func (g_object_unref);
      partial->errors = g_ptr_array_new_with_free_func ((GDestroyNotify)nd_load_error_free);
      partial->n_handed = 0;
      schedule_delivery_locked (loader);
    }
  g_mutex_unlock (&loader->lock);
}

static guint
count_lines (const char *data,
             gsize       length)
{
  const char *end = data + length;
  guint n = 0;

  for (const char *p = memchr (data, '\n', length); p != NULL; p = memchr (p + 1, '\n', end - p - 1))
    {
      n++;
      if (p + 1 >= end)
        break;
    }

  return n;
}

/* Parses the whole lines at the start of @buffer and keeps the unfinished last one. Only
 * the bytes from @unsearched on can hold the last newline (those before were looked at
 * already), so a line of many pieces is not searched again piece after piece. */
static void
parse_complete_lines (const NdWalkEntry *entry,
                      GByteArray        *buffer,
                      gsize              unsearched,
                      gboolean           at_end,
                      guint             *line,
                      guint             *position,
                      FileResult        *result)
{
  const char *data = (const char *)buffer->data;
  const char *last_newline = NULL;
  gsize length;

  for (gsize i = buffer->len; !at_end && i > unsearched && last_newline == NULL; i--)
    if (data[i - 1] == '\n')
      last_newline = data + i - 1;

  length = at_end ? buffer->len : last_newline ? (gsize)(last_newline - data + 1) : 0;
  if (length == 0)
    return;

  nd_formats_parse_lines (entry->display_name, data, length, *line, position,
                          result->articles, result->errors);
  *line += count_lines (data, length);
  g_byte_array_remove_range (buffer, 0, (guint)length);
}

/* Drops what is left of an overlong line from the piece just read into @buffer; FALSE while
 * the line goes on past it. */
static gboolean
skip_rest_of_line (GByteArray *buffer,
                   guint      *line)
{
  const guint8 *newline = memchr (buffer->data, '\n', buffer->len);

  if (newline == NULL)
    {
      g_byte_array_set_size (buffer, 0);
      return FALSE;
    }

  g_byte_array_remove_range (buffer, 0, (guint)(newline - buffer->data + 1));
  ++*line;
  return TRUE;
}

static void
add_line_too_long (FileResult        *result,
                   const NdWalkEntry *entry,
                   guint              line)
{
  g_ptr_array_add (result->errors,
                   nd_load_error_new (ND_LOAD_SEVERITY_ERROR, entry->display_name, line, 0,
                                      /* Translators: %lu is the limit in megabytes */
                                      _("a line longer than %lu MB; skipped"),
                                      (unsigned long)(max_line_length / (1024 * 1024))));
}

static void
stream_json_lines (Loader            *loader,
                   guint              index,
                   const NdWalkEntry *entry,
                   FileResult        *result)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GByteArray) buffer = g_byte_array_new ();
  g_autoptr(GError) error = NULL;
  guint line = 1, position = 0;
  gsize chunk_size = LINES_CHUNK_FIRST;
  gboolean skipping = FALSE;
  gssize n_read;

  stream = g_file_read (entry->file, NULL, &error);
  while (stream != NULL && !g_cancellable_is_cancelled (loader->cancellable))
    {
      guint old_len = buffer->len;

      g_byte_array_set_size (buffer, old_len + chunk_size);
      n_read = g_input_stream_read (G_INPUT_STREAM (stream), buffer->data + old_len,
                                    chunk_size, NULL, &error);
      chunk_size = MIN (chunk_size * 2, LINES_CHUNK_SIZE);
      g_byte_array_set_size (buffer, old_len + MAX (n_read, 0));
      if (n_read <= 0)
        break;

      if (skipping)
        {
          if (!skip_rest_of_line (buffer, &line))
            continue;
          skipping = FALSE;
          old_len = 0;
        }

      parse_complete_lines (entry, buffer, old_len, FALSE, &line, &position, result);
      hand_to_sink (loader, result);
      hand_over_partial (loader, index, result);

      /* The line is lost, never the rest of the file. */
      if (buffer->len > max_line_length)
        {
          add_line_too_long (result, entry, line);
          g_byte_array_set_size (buffer, 0);
          skipping = TRUE;
        }
    }

  if (error != NULL)
    g_ptr_array_add (result->errors,
                     nd_load_error_new (ND_LOAD_SEVERITY_ERROR, entry->display_name, 0, 0,
                                        /* Translators: %s is the system's description of
                                         * the problem */
                                        _("cannot read the file: %s"), error->message));
  else if (!skipping)
    parse_complete_lines (entry, buffer, 0, TRUE, &line, &position, result);
}

/**
 * _nd_article_loader_set_max_line_length:
 *
 * For tests only: sets the longest JSON Lines line that is read instead of skipped, so that
 * a test need not write gigabytes; 0 restores the default.
 */
void
_nd_article_loader_set_max_line_length (gsize length)
{
  max_line_length = length > 0 ? length : G_MAXUINT - LINES_CHUNK_SIZE;
}

static FileResult *
read_file (Loader            *loader,
           guint              index,
           const NdWalkEntry *entry)
{
  FileResult *result = file_result_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (nd_formats_has_json_lines_name (entry->display_name))
    stream_json_lines (loader, index, entry, result);
  else if (entry->size > ND_FILE_WALKER_MAX_FILE_SIZE)
    g_ptr_array_add (result->errors,
                     nd_load_error_new (ND_LOAD_SEVERITY_ERROR, entry->display_name, 0, 0,
                                        /* Translators: %llu is the size of the file and %u
                                         * the limit, both in megabytes */
                                        _("the file is too large (%llu MB; "
                                          "NewsDesk reads JSON files up to %u MB, and JSON Lines "
                                          "files named .jsonl or .ndjson of any size)"),
                                        (unsigned long long)(entry->size / (1024 * 1024)),
                                        ND_FILE_WALKER_MAX_FILE_SIZE / (1024 * 1024)));
  else if (!read_file_contents (entry, &contents, &length, &error))
    g_ptr_array_add (result->errors,
                     nd_load_error_new (ND_LOAD_SEVERITY_ERROR, entry->display_name, 0, 0,
                                        /* Translators: %s is the system's description of
                                         * the problem */
                                        _("cannot read the file: %s"), error->message));
  else
    nd_formats_parse (entry->display_name, contents, length, result->articles, result->errors);

  return result;
}

/* Returns the next file to read, or NULL when there is none left (or loading stopped). */
static const NdWalkEntry *
claim_entry_locked (Loader *loader,
                    guint  *index)
{
  for (;;)
    {
      /* Placeholders for listing problems have nothing to read. */
      while (loader->next_to_read < loader->entries->len &&
             ((NdWalkEntry *)g_ptr_array_index (loader->entries,
                                                loader->next_to_read))->file == NULL)
        loader->next_to_read++;

      if (loader->next_to_read < loader->entries->len || loader->walk_done ||
          g_cancellable_is_cancelled (loader->cancellable))
        break;

      g_cond_wait (&loader->more_entries, &loader->lock);
    }

  if (loader->next_to_read >= loader->entries->len ||
      g_cancellable_is_cancelled (loader->cancellable))
    return NULL;

  *index = loader->next_to_read++;
  return g_ptr_array_index (loader->entries, *index);
}

static gpointer
parse_worker (gpointer user_data)
{
  Loader *loader = user_data;
  const NdWalkEntry *entry;
  guint index;

  g_mutex_lock (&loader->lock);
  while ((entry = claim_entry_locked (loader, &index)) != NULL)
    {
      FileResult *result;

      g_mutex_unlock (&loader->lock);
      result = read_file (loader, index, entry);
      hand_to_sink (loader, result);
      g_mutex_lock (&loader->lock);

      loader->results->pdata[index] = result;
      collect_in_order_locked (loader);
    }
  g_mutex_unlock (&loader->lock);

  thread_done (loader);
  return NULL;
}

static void
on_cancelled_cb (GCancellable *cancellable,
                 Loader       *loader)
{
  /* Wake parsers that wait for the walk, so they notice. */
  g_mutex_lock (&loader->lock);
  g_cond_broadcast (&loader->more_entries);
  g_mutex_unlock (&loader->lock);
}

static guint
count_parse_threads (void)
{
  return CLAMP (g_get_num_processors (), 1, 4);
}

/**
 * _nd_article_loader_start:
 * @roots: (element-type GFile): files and folders to read
 * @cancellable: stops reading; the final batch is still delivered
 *
 * Reads @roots in worker threads and hands the results to @batch_func on the calling
 * thread's default main context, in batches, ending with one marked finished.
 */
void
_nd_article_loader_start (GPtrArray       *roots,
                          NdArticleSink   *sink,
                          GCancellable    *cancellable,
                          NdLoadBatchFunc  batch_func,
                          gpointer         user_data,
                          GDestroyNotify   user_data_free)
{
  Loader *loader = g_new0 (Loader, 1);
  guint n_parsers = count_parse_threads ();

  g_return_if_fail (roots != NULL);
  g_return_if_fail (G_IS_CANCELLABLE (cancellable));

  loader->roots = g_ptr_array_ref (roots);
  loader->sink = sink ? g_object_ref (sink) : NULL;
  if (sink != NULL)
    loader->sink_pool = g_thread_pool_new (sink_batch_worker, sink, (int)n_parsers, FALSE, NULL);
  loader->cancellable = g_object_ref (cancellable);
  loader->context = g_main_context_ref_thread_default ();
  loader->batch_func = batch_func;
  loader->user_data = user_data;
  loader->user_data_free = user_data_free;
  loader->entries = g_ptr_array_new_with_free_func ((GDestroyNotify)nd_walk_entry_free);
  loader->results = g_ptr_array_new_with_free_func ((GDestroyNotify)file_result_free);
  g_mutex_init (&loader->lock);
  g_cond_init (&loader->more_entries);
  batch_init (&loader->pending);

  loader->cancelled_handler = g_cancellable_connect (cancellable, G_CALLBACK (on_cancelled_cb),
                                                     loader, NULL);

  loader->n_threads = 1 + n_parsers;
  g_thread_unref (g_thread_new ("nd-walker", walk_worker, loader));
  for (guint i = 0; i < n_parsers; i++)
    g_thread_unref (g_thread_new ("nd-parser", parse_worker, loader));
}

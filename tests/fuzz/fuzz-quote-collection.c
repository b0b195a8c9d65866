/* fuzz-quote-collection.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The quote collection's file, whatever another program or a crash left in it: loading
 * either fails cleanly or gives quotes with valid text; what loaded is saved and loads
 * again the same. */

#include "config.h"

#include <glib/gstdio.h>

#include "nd-fuzz.h"
#include "quotes/nd-quote-collection-private.h"

static char *folder;

static void
remove_folder (void)
{
  g_autoptr(GDir) dir = folder != NULL ? g_dir_open (folder, 0, NULL) : NULL;
  const char *name;

  if (folder == NULL)
    return;
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);

      g_unlink (path);
    }
  g_rmdir (folder);
  g_clear_pointer (&folder, g_free);
}

static const char *
get_folder (void)
{
  if (folder == NULL)
    {
      static gboolean removed_at_exit;

      folder = g_dir_make_tmp ("nd-fuzz-quotes-XXXXXX", NULL);
      g_assert_nonnull (folder);
      if (!removed_at_exit)
        atexit (remove_folder);
      removed_at_exit = TRUE;
    }

  return folder;
}

static void
assert_same_quotes (NdQuoteCollection *loaded,
                    NdQuoteCollection *again)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (loaded));

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (again)), ==, n);
  for (guint i = 0; i < n; i++)
    {
      NdQuote *ours = nd_quote_collection_get_quote (loaded, i);
      NdQuote *theirs = nd_quote_collection_get_quote (again, i);

      nd_fuzz_assert_text (nd_quote_get_text (ours));
      nd_fuzz_assert_text (nd_quote_get_speaker (ours));
      g_assert_cmpstr (nd_quote_get_text (ours), ==, nd_quote_get_text (theirs));
      g_assert_cmpstr (nd_quote_get_speaker (ours), ==, nd_quote_get_speaker (theirs));
      g_assert_cmpstr (nd_quote_get_article_id (ours), ==, nd_quote_get_article_id (theirs));
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *path = NULL;
  g_autoptr(NdQuoteCollection) loaded = NULL;
  g_autoptr(NdQuoteCollection) again = NULL;
  g_autoptr(GError) error = NULL;

  /* A fresh folder each time: a folder keeps a trace of every name ever unlinked in it,
   * which each save's look for leftover temporary files then walks, ever slower. */
  remove_folder ();
  path = g_build_filename (get_folder (), "quotes.json", NULL);
  g_assert_true (g_file_set_contents (path, (const char *)data, (gssize)size, NULL));
  loaded = nd_quote_collection_new (path);
  if (!nd_quote_collection_load (loaded, &error))
    {
      nd_fuzz_assert_text (error->message);
      return 0;
    }

  /* A collection that loaded saves and loads back the same. */
  g_assert_true (nd_quote_collection_save (loaded, &error));
  g_assert_no_error (error);
  again = nd_quote_collection_new (path);
  g_assert_true (nd_quote_collection_load (again, &error));
  g_assert_no_error (error);
  assert_same_quotes (loaded, again);
  return 0;
}

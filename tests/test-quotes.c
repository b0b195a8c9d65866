/* test-quotes.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The collected quote, the collection that saves itself, and every export format: each
 * against hand-written expected output, and each read back by the real reader of its
 * format (Python's csv module, pandoc for Markdown, pandoc's citeproc for CSL-JSON and
 * pandoc's BibTeX reader). */

#include "config.h"

#include <json-glib/json-glib.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>

#include "quotes/nd-quote-collection-private.h"
#include "quotes/nd-quote-export-private.h"
#include "quotes/nd-quote-private.h"
#include "nd-test-utils.h"

#define Q1_TEXT "The modelling assumes a surge that this harbour has already exceeded twice since 2014."
#define Q1_TITLE "Independent review casts doubt on £48m Kestlehaven barrier plan"
#define Q2_TEXT "He said \"no, never\", then {left} *twice* & 50% — naïve #1\n1. Second paragraph, with a comma"
#define Q2_TITLE "Review: \"Flood\" {barrier} & costs_2026"

/* Three quotes as awkward as real ones: the first and third from one article, the second
 * with quotes, commas, a line break, braces, TeX and Markdown specials, accents, no
 * speaker, no date, no link and a note. */
static GPtrArray *
make_quotes (void)
{
  static const char * const gazette_authors[] = { "Ruth Penhallow", NULL };
  static const char * const ledger_authors[] = { "Jonathan Reyes", "Reuters", NULL };
  GPtrArray *quotes = g_ptr_array_new_with_free_func (g_object_unref);
  NdQuote *quote;

  g_ptr_array_add (quotes, nd_quote_new (Q1_TEXT, "Dr Anil Rao", "gazette-review-doubts",
                                         Q1_TITLE, "The Harbour Gazette",
                                         "https://harbourgazette.example/news/1",
                                         gazette_authors, "2026-03-04T07:30:00+00:00",
                                         10, 96));

  quote = nd_quote_new (Q2_TEXT, NULL, "ledger-1", Q2_TITLE, "The Morning Ledger", NULL,
                        ledger_authors, NULL, 0, 5);
  nd_quote_set_note (quote, "check, \"this\"");
  g_ptr_array_add (quotes, quote);

  g_ptr_array_add (quotes, nd_quote_new ("We paid for the truth.", "José Álvarez",
                                         "gazette-review-doubts", Q1_TITLE,
                                         "The Harbour Gazette",
                                         "https://harbourgazette.example/news/1",
                                         gazette_authors, "2026-03-04T07:30:00+00:00",
                                         200, 222));

  return quotes;
}

static char *
write_temp (const char *dir,
            const char *name,
            const char *contents)
{
  nd_test_write_file (dir, name, contents, -1);
  return g_build_filename (dir, name, NULL);
}

/* Runs a real program and returns what it printed; it must succeed. */
static char *
run_tool (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status;

  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status,
                &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s failed: %s", argv[0], err);

  return out;
}

/* NdQuote */

static void
test_quote_json_round_trip (void)
{
  g_autoptr(GPtrArray) quotes = make_quotes ();
  NdQuote *original = g_ptr_array_index (quotes, 1);
  g_autoptr(JsonNode) node = nd_quote_to_json (original);
  g_autoptr(NdQuote) copy = NULL;
  g_autoptr(GError) error = NULL;

  copy = nd_quote_new_from_json (node, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (nd_quote_get_text (copy), ==, Q2_TEXT);
  g_assert_null (nd_quote_get_speaker (copy));
  g_assert_cmpstr (nd_quote_get_note (copy), ==, "check, \"this\"");
  g_assert_cmpstr (nd_quote_get_article_id (copy), ==, "ledger-1");
  g_assert_cmpstr (nd_quote_get_article_title (copy), ==, Q2_TITLE);
  g_assert_cmpstr (nd_quote_get_source (copy), ==, "The Morning Ledger");
  g_assert_null (nd_quote_get_url (copy));
  g_assert_cmpstrv (nd_quote_get_authors (copy),
                    ((const char * const[]) { "Jonathan Reyes", "Reuters", NULL }));
  g_assert_null (nd_quote_get_published (copy));
  g_assert_null (nd_quote_dup_date (copy));
  g_assert_cmpuint (nd_quote_get_start (copy), ==, 0);
  g_assert_cmpuint (nd_quote_get_end (copy), ==, 5);
  g_assert_true (nd_quote_is_same_place (copy, original));
}

/* The hand-written JSON the collection saves reads back as the same quote, whatever
 * characters it holds. */
static void
test_quote_written_json (void)
{
  static const char * const authors[] = { "A \"B\"", "C\\D", NULL };
  static const char text[] = "tab\there, bell\x01, unit\x1f, del\x7f, “curly” é \\ / \r\n end";
  g_autoptr(NdQuote) quote = nd_quote_new (text, "Ann \"Q\"", "id\n1", NULL, NULL, NULL, authors,
                                           NULL, 3, 9);
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(NdQuote) copy = NULL;
  g_autoptr(JsonNode) expected = nd_quote_to_json (quote);

  nd_quote_append_json (quote, out, 0);
  g_assert_null (strchr (out->str, '\x01'));
  g_assert_null (strchr (out->str, '\x1f'));
  node = nd_test_parse_json (out->str);
  g_assert_true (json_node_equal (node, expected));
  copy = nd_quote_new_from_json (node, NULL);
  g_assert_cmpstr (nd_quote_get_text (copy), ==, text);
  g_assert_cmpstr (nd_quote_get_speaker (copy), ==, "Ann \"Q\"");
  g_assert_cmpstr (nd_quote_get_article_id (copy), ==, "id\n1");
  g_assert_cmpstrv (nd_quote_get_authors (copy), authors);
}

static void
test_quote_bad_json (void)
{
  static const char * const bad[] = {
    "[]", "\"text\"", "{}", "{\"text\": \"x\"}", "{\"article\": \"a\"}",
    "{\"text\": 5, \"article\": \"a\"}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(JsonNode) node = nd_test_parse_json (bad[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(NdQuote) quote = nd_quote_new_from_json (node, &error);

      g_assert_null (quote);
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
    }

  /* Members of the wrong type count as missing; offsets are clamped. */
  {
    g_autoptr(JsonNode) node = nd_test_parse_json ("{\"text\": \"x\", \"article\": \"a\", "
                                           "\"speaker\": 3, \"authors\": [1, \"A B\"], "
                                           "\"start\": -4, \"end\": \"9\", \"note\": \"  \"}");
    g_autoptr(NdQuote) quote = nd_quote_new_from_json (node, NULL);

    g_assert_nonnull (quote);
    g_assert_null (nd_quote_get_speaker (quote));
    g_assert_null (nd_quote_get_note (quote));
    g_assert_cmpstrv (nd_quote_get_authors (quote), ((const char * const[]) { "A B", NULL }));
    g_assert_cmpuint (nd_quote_get_start (quote), ==, 0);
    g_assert_cmpuint (nd_quote_get_end (quote), ==, 0);
  }
}

static void
on_notify_count_cb (GObject    *object,
                    GParamSpec *pspec,
                    guint      *count)
{
  (*count)++;
}

static void
test_quote_edit (void)
{
  g_autoptr(GPtrArray) quotes = make_quotes ();
  NdQuote *quote = g_ptr_array_index (quotes, 0);
  guint notifications = 0;

  g_signal_connect (quote, "notify", G_CALLBACK (on_notify_count_cb), &notifications);

  nd_quote_set_speaker (quote, "  Anil Rao ");
  g_assert_cmpstr (nd_quote_get_speaker (quote), ==, "Anil Rao");
  g_assert_cmpuint (notifications, ==, 1);
  nd_quote_set_speaker (quote, "Anil Rao");
  g_assert_cmpuint (notifications, ==, 1);
  nd_quote_set_speaker (quote, "");
  g_assert_null (nd_quote_get_speaker (quote));
  g_assert_cmpuint (notifications, ==, 2);
  nd_quote_set_note (quote, "ring him");
  g_assert_cmpstr (nd_quote_get_note (quote), ==, "ring him");
  g_assert_cmpuint (notifications, ==, 3);

  /* The date is the day of publication where it was published. */
  {
    g_autofree char *date = nd_quote_dup_date (quote);
    g_autoptr(NdQuote) late = nd_quote_new ("x", NULL, "a", NULL, NULL, NULL, NULL,
                                            "2026-03-04T23:30:00-05:00", 0, 1);
    g_autofree char *late_date = nd_quote_dup_date (late);

    g_assert_cmpstr (date, ==, "2026-03-04");
    g_assert_cmpstr (late_date, ==, "2026-03-04");
  }
}

static void
test_quote_from_article (void)
{
  g_autofree char *dir = nd_test_make_temp_dir ();
  g_autoptr(NdArticleStore) store = nd_article_store_new ();
  g_autoptr(NdQuote) quote = NULL;
  g_autoptr(NdQuote) given = NULL;
  NdArticle *article;

  nd_test_write_file (dir, "a.json",
                      "{\"id\": \"a1\", \"title\": \"T\", \"source\": \"S\", "
                      "\"authors\": [\"Ann Writer\"], \"url\": \"https://s.example/1\", "
                      "\"published\": \"2026-03-10T08:15:00+01:00\", "
                      "\"body\": \"Café owners said: “We stay.”\\n\\nThey did.\"}", -1);
  nd_test_load_path (store, dir);
  article = nd_article_store_lookup (store, "a1");
  g_assert_nonnull (article);

  quote = nd_quote_new_from_article (article, 19, 27, NULL, "Café owners");
  g_assert_cmpstr (nd_quote_get_text (quote), ==, "We stay.");
  g_assert_cmpstr (nd_quote_get_speaker (quote), ==, "Café owners");
  g_assert_cmpstr (nd_quote_get_article_id (quote), ==, "a1");
  g_assert_cmpstr (nd_quote_get_article_title (quote), ==, "T");
  g_assert_cmpstr (nd_quote_get_source (quote), ==, "S");
  g_assert_cmpstr (nd_quote_get_url (quote), ==, "https://s.example/1");
  g_assert_cmpstrv (nd_quote_get_authors (quote), ((const char * const[]) { "Ann Writer", NULL }));
  g_assert_cmpstr (nd_quote_get_published (quote), ==, "2026-03-10T08:15:00+01:00");
  g_assert_cmpuint (nd_quote_get_start (quote), ==, 19);
  g_assert_cmpuint (nd_quote_get_end (quote), ==, 27);

  /* Offsets past the body are clamped; a given text is kept as it is. */
  given = nd_quote_new_from_article (article, 30, 500, "They did", NULL);
  g_assert_cmpstr (nd_quote_get_text (given), ==, "They did");
  g_assert_cmpuint (nd_quote_get_end (given), ==, 39);

  nd_test_remove_tree (dir);
}

/* NdQuoteCollection */

typedef struct
{
  char              *dir;
  char              *path;
  NdQuoteCollection *collection;
} CollectionFixture;

static void
collection_setup (CollectionFixture *fixture,
                  gconstpointer      data)
{
  fixture->dir = nd_test_make_temp_dir ();
  fixture->path = g_build_filename (fixture->dir, "sub", "quotes.json", NULL);
  fixture->collection = nd_quote_collection_new (fixture->path);
}

static void
collection_teardown (CollectionFixture *fixture,
                     gconstpointer      data)
{
  g_clear_object (&fixture->collection);
  nd_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

/* The texts of the quotes in the file on disk, in order, joined by "|". */
static char *
dup_saved_texts (const char *path)
{
  g_autofree char *contents = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GPtrArray) texts = g_ptr_array_new ();
  JsonArray *array;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  root = nd_test_parse_json (contents);
  g_assert_cmpint (json_object_get_int_member (json_node_get_object (root), "version"), ==, 1);
  array = json_object_get_array_member (json_node_get_object (root), "quotes");
  for (guint i = 0; i < json_array_get_length (array); i++)
    g_ptr_array_add (texts, (char *)json_object_get_string_member (
                       json_array_get_object_element (array, i), "text"));
  g_ptr_array_add (texts, NULL);

  return g_strjoinv ("|", (char **)texts->pdata);
}

static char *
dup_model_texts (GListModel *model)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(NdQuote) quote = g_list_model_get_item (model, i);

      g_ptr_array_add (texts, (char *)nd_quote_get_text (quote));
    }
  g_ptr_array_add (texts, NULL);

  return g_strjoinv ("|", (char **)texts->pdata);
}

static void
on_items_changed_cb (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     GString    *log)
{
  g_string_append_printf (log, "%u-%u+%u ", position, removed, added);
}

static void
assert_saved (CollectionFixture *fixture,
              const char        *expected)
{
  g_autofree char *saved = dup_saved_texts (fixture->path);
  g_autofree char *model = dup_model_texts (G_LIST_MODEL (fixture->collection));

  g_assert_cmpstr (saved, ==, expected);
  g_assert_cmpstr (model, ==, expected);
}

static void
test_collection_saves_every_change (CollectionFixture *fixture,
                                    gconstpointer      data)
{
  g_autoptr(GPtrArray) quotes = make_quotes ();
  g_autoptr(GString) log = g_string_new (NULL);
  g_autoptr(NdQuoteCollection) reloaded = NULL;
  GListModel *model = G_LIST_MODEL (fixture->collection);

  g_assert_true (g_list_model_get_item_type (model) == ND_TYPE_QUOTE);
  g_assert_true (nd_quote_collection_load (fixture->collection, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));
  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed_cb), log);

  for (guint i = 0; i < quotes->len; i++)
    g_assert_true (nd_quote_collection_add (fixture->collection, g_ptr_array_index (quotes, i)));
  assert_saved (fixture, Q1_TEXT "|" Q2_TEXT "|We paid for the truth.");

  /* The same words of the same article are not added twice. */
  {
    g_autoptr(NdQuote) again = nd_quote_new (Q1_TEXT, NULL, "gazette-review-doubts", NULL,
                                             NULL, NULL, NULL, NULL, 10, 96);

    g_assert_false (nd_quote_collection_add (fixture->collection, again));
    g_assert_cmpint (nd_quote_collection_find (fixture->collection, again), ==, 0);
  }

  nd_quote_collection_move (fixture->collection, 2, 0);
  assert_saved (fixture, "We paid for the truth.|" Q1_TEXT "|" Q2_TEXT);
  nd_quote_collection_move (fixture->collection, 0, 1);
  assert_saved (fixture, Q1_TEXT "|We paid for the truth.|" Q2_TEXT);

  nd_quote_collection_remove (fixture->collection, 2);
  assert_saved (fixture, Q1_TEXT "|We paid for the truth.");
  g_assert_cmpstr (log->str, ==, "0-0+1 1-0+1 2-0+1 0-3+3 0-2+2 2-1+0 ");

  /* Putting a removed quote back where it was, as Undo does; not twice. */
  g_assert_true (nd_quote_collection_insert (fixture->collection, 0, g_ptr_array_index (quotes, 1)));
  assert_saved (fixture, Q2_TEXT "|" Q1_TEXT "|We paid for the truth.");
  g_assert_false (nd_quote_collection_insert (fixture->collection, 3, g_ptr_array_index (quotes, 1)));
  nd_quote_collection_remove (fixture->collection, 0);
  g_assert_cmpstr (log->str, ==, "0-0+1 1-0+1 2-0+1 0-3+3 0-2+2 2-1+0 0-0+1 0-1+0 ");

  /* A removed quote no longer saves the collection when edited. */
  nd_quote_set_speaker (g_ptr_array_index (quotes, 1), "Nobody");

  /* Edits are saved too, and all of it comes back in a new collection. */
  nd_quote_set_speaker (nd_quote_collection_get_quote (fixture->collection, 0), "Anil Rao");
  nd_quote_set_note (nd_quote_collection_get_quote (fixture->collection, 1), "lede");

  reloaded = nd_quote_collection_new (fixture->path);
  g_assert_true (nd_quote_collection_load (reloaded, NULL));
  g_assert_null (nd_quote_collection_get_problem (reloaded));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (reloaded)), ==, 2);
  g_assert_cmpstr (nd_quote_get_speaker (nd_quote_collection_get_quote (reloaded, 0)), ==,
                   "Anil Rao");
  g_assert_cmpstr (nd_quote_get_note (nd_quote_collection_get_quote (reloaded, 1)), ==, "lede");
  g_assert_cmpstr (nd_quote_get_source (nd_quote_collection_get_quote (reloaded, 1)), ==,
                   "The Harbour Gazette");
  g_assert_cmpuint (nd_quote_get_end (nd_quote_collection_get_quote (reloaded, 1)), ==, 222);
}

static guint
count_broken_copies (const char *dir,
                     char      **first_contents)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;
  guint count = 0;

  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)) != NULL)
    if (g_str_has_prefix (name, "quotes.json.broken-"))
      {
        g_autofree char *path = g_build_filename (dir, name, NULL);

        if (count++ == 0 && first_contents != NULL)
          g_assert_true (g_file_get_contents (path, first_contents, NULL, NULL));
      }

  return count;
}

static void
test_collection_keeps_broken_file (CollectionFixture *fixture,
                                   gconstpointer      data)
{
  static const char * const broken[] = {
    "{\"version\": 1, \"quotes\": [{\"text\": \"cut off",
    "not json at all",
    "{\"version\": 1}",
    "{\"version\": 1, \"quotes\": [{\"text\": \"fine\", \"article\": \"a\"}, {\"text\": 1}]}",
    "",
  };
  g_autofree char *folder = g_path_get_dirname (fixture->path);

  for (guint i = 0; i < G_N_ELEMENTS (broken); i++)
    {
      g_autoptr(NdQuoteCollection) collection = nd_quote_collection_new (fixture->path);
      g_autoptr(GPtrArray) quotes = make_quotes ();
      g_autoptr(GError) error = NULL;
      g_autofree char *kept = NULL;

      nd_test_remove_tree (folder);
      g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
      g_assert_true (g_file_set_contents (fixture->path, broken[i], -1, NULL));

      g_assert_false (nd_quote_collection_load (collection, &error));
      g_assert_nonnull (error);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (collection)), ==, 0);

      /* The file is kept aside as it was, and the user is told where. */
      g_assert_cmpuint (count_broken_copies (folder, &kept), ==, 1);
      g_assert_cmpstr (kept, ==, broken[i]);
      g_assert_nonnull (strstr (nd_quote_collection_get_problem (collection),
                                "quotes.json.broken-"));

      /* New quotes go to a new file. */
      g_assert_true (nd_quote_collection_add (collection, g_ptr_array_index (quotes, 0)));
      {
        g_autofree char *saved = dup_saved_texts (fixture->path);

        g_assert_cmpstr (saved, ==, Q1_TEXT);
      }
    }
}

/* A file that can be neither understood nor moved aside is left alone: the collection
 * keeps the quotes added meanwhile in memory and does not save them over it.  /proc is a
 * file system where renaming fails even for root. */
static void
test_collection_never_overwrites_unmovable (void)
{
  g_autoptr(NdQuoteCollection) collection = nd_quote_collection_new ("/proc/version");
  g_autoptr(GPtrArray) quotes = make_quotes ();
  g_autoptr(GError) error = NULL;

  g_assert_false (nd_quote_collection_load (collection, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_nonnull (strstr (nd_quote_collection_get_problem (collection), "will not be saved"));

  g_assert_true (nd_quote_collection_add (collection, g_ptr_array_index (quotes, 0)));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (collection)), ==, 1);
  g_assert_false (nd_quote_collection_save (collection, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
  g_assert_true (g_file_test ("/proc/version", G_FILE_TEST_IS_REGULAR));
}

/* A folder where the file should be is set aside like any unreadable file. */
static void
test_collection_folder_in_the_way (CollectionFixture *fixture,
                                   gconstpointer      data)
{
  g_autofree char *inside = g_build_filename (fixture->path, "keep.txt", NULL);
  g_autofree char *folder = g_path_get_dirname (fixture->path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) listing = NULL;
  const char *name;
  guint found = 0;

  g_assert_cmpint (g_mkdir_with_parents (fixture->path, 0700), ==, 0);
  g_assert_true (g_file_set_contents (inside, "precious", -1, NULL));

  g_assert_false (nd_quote_collection_load (fixture->collection, &error));
  g_assert_nonnull (nd_quote_collection_get_problem (fixture->collection));

  listing = g_dir_open (folder, 0, NULL);
  while ((name = g_dir_read_name (listing)) != NULL)
    if (g_str_has_prefix (name, "quotes.json.broken-"))
      {
        g_autofree char *kept = g_build_filename (folder, name, "keep.txt", NULL);
        g_autofree char *contents = NULL;

        g_assert_true (g_file_get_contents (kept, &contents, NULL, NULL));
        g_assert_cmpstr (contents, ==, "precious");
        found++;
      }
  g_assert_cmpuint (found, ==, 1);
}

/* Files may grow to @limit bytes until restore_file_size_limit(): writes past it fail
 * with EFBIG, for root too, which is how a full disk looks to the writer. */
static struct rlimit saved_limit;

static void
limit_file_size (rlim_t limit)
{
  struct rlimit small;

  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &saved_limit), ==, 0);
  small = saved_limit;
  small.rlim_cur = limit;
  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &small), ==, 0);
}

static void
restore_file_size_limit (void)
{
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &saved_limit), ==, 0);
}

static void
test_collection_failed_save_keeps_old_file (CollectionFixture *fixture,
                                            gconstpointer      data)
{
  g_autoptr(GPtrArray) quotes = make_quotes ();
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *big = nd_test_repeat ("long words ", 2000);
  g_autoptr(NdQuote) long_quote = nd_quote_new (big, NULL, "x", NULL, NULL, NULL, NULL, NULL,
                                                0, 1);

  g_assert_true (nd_quote_collection_add (fixture->collection, g_ptr_array_index (quotes, 0)));
  g_assert_true (g_file_get_contents (fixture->path, &before, NULL, NULL));
  g_assert_null (nd_quote_collection_get_problem (fixture->collection));

  limit_file_size (4096);
  g_assert_true (nd_quote_collection_add (fixture->collection, long_quote));
  restore_file_size_limit ();

  /* The quote is in the collection, the old file intact, and the problem said. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->collection)), ==, 2);
  g_assert_true (g_file_get_contents (fixture->path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, before);
  g_assert_nonnull (strstr (nd_quote_collection_get_problem (fixture->collection),
                            "could not be saved"));

  /* The next change saves everything, and the problem goes away. */
  nd_quote_collection_move (fixture->collection, 1, 0);
  g_assert_null (nd_quote_collection_get_problem (fixture->collection));
  {
    g_autofree char *saved = dup_saved_texts (fixture->path);
    g_autofree char *expected = g_strconcat (big, "|", Q1_TEXT, NULL);

    g_assert_cmpstr (saved, ==, expected);
  }
}

static void
test_collection_default_path (void)
{
  g_autofree char *path = nd_quote_collection_dup_default_path ();
  g_autofree char *expected = g_build_filename (g_get_user_data_dir (), "newsdesk",
                                                "quotes.json", NULL);
  g_autoptr(NdQuoteCollection) collection = nd_quote_collection_new (NULL);

  g_assert_cmpstr (path, ==, expected);
  g_assert_cmpstr (nd_quote_collection_get_path (collection), ==, expected);
}

/* Exporters: hand-written expected output */

static const char expected_markdown[] =
  "> The modelling assumes a surge that this harbour has already exceeded twice since 2014.\n"
  ">\n"
  "> — Dr Anil Rao, [Independent review casts doubt on £48m Kestlehaven barrier plan]"
  "(https://harbourgazette.example/news/1), The Harbour Gazette, 2026-03-04\n"
  "\n"
  "> He said \"no, never\", then \\{left\\} \\*twice\\* \\& 50% — naïve \\#1\n"
  ">\n"
  "> 1\\. Second paragraph, with a comma\n"
  ">\n"
  "> — Review: \"Flood\" \\{barrier\\} \\& costs\\_2026, The Morning Ledger\n"
  "\n"
  "Note: check, \"this\"\n"
  "\n"
  "> We paid for the truth.\n"
  ">\n"
  "> — José Álvarez, [Independent review casts doubt on £48m Kestlehaven barrier plan]"
  "(https://harbourgazette.example/news/1), The Harbour Gazette, 2026-03-04\n";

static const char expected_text[] =
  "“The modelling assumes a surge that this harbour has already exceeded twice since 2014.”\n"
  "— Dr Anil Rao, Independent review casts doubt on £48m Kestlehaven barrier plan, "
  "The Harbour Gazette, 2026-03-04\n"
  "https://harbourgazette.example/news/1\n"
  "\n"
  "“He said \"no, never\", then {left} *twice* & 50% — naïve #1\n"
  "1. Second paragraph, with a comma”\n"
  "— Review: \"Flood\" {barrier} & costs_2026, The Morning Ledger\n"
  "Note: check, \"this\"\n"
  "\n"
  "“We paid for the truth.”\n"
  "— José Álvarez, Independent review casts doubt on £48m Kestlehaven barrier plan, "
  "The Harbour Gazette, 2026-03-04\n"
  "https://harbourgazette.example/news/1\n";

static const char expected_csv[] =
  "text,speaker,note,article,title,source,authors,date,url,start,end\r\n"
  "The modelling assumes a surge that this harbour has already exceeded twice since 2014.,"
  "Dr Anil Rao,,gazette-review-doubts,Independent review casts doubt on £48m Kestlehaven "
  "barrier plan,The Harbour Gazette,Ruth Penhallow,2026-03-04,"
  "https://harbourgazette.example/news/1,10,96\r\n"
  "\"He said \"\"no, never\"\", then {left} *twice* & 50% — naïve #1\n"
  "1. Second paragraph, with a comma\",,\"check, \"\"this\"\"\",ledger-1,"
  "\"Review: \"\"Flood\"\" {barrier} & costs_2026\",The Morning Ledger,"
  "Jonathan Reyes; Reuters,,,0,5\r\n"
  "We paid for the truth.,José Álvarez,,gazette-review-doubts,Independent review casts "
  "doubt on £48m Kestlehaven barrier plan,The Harbour Gazette,Ruth Penhallow,2026-03-04,"
  "https://harbourgazette.example/news/1,200,222\r\n";

static const char expected_json[] =
  "[\n"
  "  {\n"
  "    \"text\" : \"The modelling assumes a surge that this harbour has already exceeded twice since 2014.\",\n"
  "    \"speaker\" : \"Dr Anil Rao\",\n"
  "    \"note\" : null,\n"
  "    \"article\" : \"gazette-review-doubts\",\n"
  "    \"title\" : \"Independent review casts doubt on £48m Kestlehaven barrier plan\",\n"
  "    \"source\" : \"The Harbour Gazette\",\n"
  "    \"authors\" : [\n"
  "      \"Ruth Penhallow\"\n"
  "    ],\n"
  "    \"url\" : \"https://harbourgazette.example/news/1\",\n"
  "    \"published\" : \"2026-03-04T07:30:00+00:00\",\n"
  "    \"start\" : 10,\n"
  "    \"end\" : 96\n"
  "  },\n"
  "  {\n"
  "    \"text\" : \"He said \\\"no, never\\\", then {left} *twice* & 50% — naïve #1\\n1. Second paragraph, with a comma\",\n"
  "    \"speaker\" : null,\n"
  "    \"note\" : \"check, \\\"this\\\"\",\n"
  "    \"article\" : \"ledger-1\",\n"
  "    \"title\" : \"Review: \\\"Flood\\\" {barrier} & costs_2026\",\n"
  "    \"source\" : \"The Morning Ledger\",\n"
  "    \"authors\" : [\n"
  "      \"Jonathan Reyes\",\n"
  "      \"Reuters\"\n"
  "    ],\n"
  "    \"url\" : null,\n"
  "    \"published\" : null,\n"
  "    \"start\" : 0,\n"
  "    \"end\" : 5\n"
  "  },\n"
  "  {\n"
  "    \"text\" : \"We paid for the truth.\",\n"
  "    \"speaker\" : \"José Álvarez\",\n"
  "    \"note\" : null,\n"
  "    \"article\" : \"gazette-review-doubts\",\n"
  "    \"title\" : \"Independent review casts doubt on £48m Kestlehaven barrier plan\",\n"
  "    \"source\" : \"The Harbour Gazette\",\n"
  "    \"authors\" : [\n"
  "      \"Ruth Penhallow\"\n"
  "    ],\n"
  "    \"url\" : \"https://harbourgazette.example/news/1\",\n"
  "    \"published\" : \"2026-03-04T07:30:00+00:00\",\n"
  "    \"start\" : 200,\n"
  "    \"end\" : 222\n"
  "  }\n"
  "]\n";

static const char expected_csl_json[] =
  "[\n"
  "  {\n"
  "    \"id\" : \"penhallow2026independent\",\n"
  "    \"type\" : \"article-newspaper\",\n"
  "    \"title\" : \"Independent review casts doubt on £48m Kestlehaven barrier plan\",\n"
  "    \"container-title\" : \"The Harbour Gazette\",\n"
  "    \"author\" : [\n"
  "      {\n"
  "        \"family\" : \"Penhallow\",\n"
  "        \"given\" : \"Ruth\"\n"
  "      }\n"
  "    ],\n"
  "    \"issued\" : {\n"
  "      \"date-parts\" : [\n"
  "        [\n"
  "          2026,\n"
  "          3,\n"
  "          4\n"
  "        ]\n"
  "      ]\n"
  "    },\n"
  "    \"URL\" : \"https://harbourgazette.example/news/1\",\n"
  "    \"note\" : \"“The modelling assumes a surge that this harbour has already exceeded twice since 2014.” — Dr Anil Rao\\n“We paid for the truth.” — José Álvarez\"\n"
  "  },\n"
  "  {\n"
  "    \"id\" : \"reyesreview\",\n"
  "    \"type\" : \"article-newspaper\",\n"
  "    \"title\" : \"Review: \\\"Flood\\\" {barrier} & costs_2026\",\n"
  "    \"container-title\" : \"The Morning Ledger\",\n"
  "    \"author\" : [\n"
  "      {\n"
  "        \"family\" : \"Reyes\",\n"
  "        \"given\" : \"Jonathan\"\n"
  "      },\n"
  "      {\n"
  "        \"literal\" : \"Reuters\"\n"
  "      }\n"
  "    ],\n"
  "    \"note\" : \"“He said \\\"no, never\\\", then {left} *twice* & 50% — naïve #1 1. Second paragraph, with a comma” (check, \\\"this\\\")\"\n"
  "  }\n"
  "]\n";

static const char expected_bibtex[] =
  "@article{penhallow2026independent,\n"
  "  author = {Penhallow, Ruth},\n"
  "  title = {{Independent review casts doubt on £48m Kestlehaven barrier plan}},\n"
  "  journal = {The Harbour Gazette},\n"
  "  year = {2026},\n"
  "  month = {3},\n"
  "  day = {4},\n"
  "  url = {https://harbourgazette.example/news/1},\n"
  "  note = {“The modelling assumes a surge that this harbour has already exceeded twice "
  "since 2014.” — Dr Anil Rao; “We paid for the truth.” — José Álvarez},\n"
  "  entrysubtype = {newspaper}\n"
  "}\n"
  "\n"
  "@article{reyesreview,\n"
  "  author = {Reyes, Jonathan and {Reuters}},\n"
  "  title = {{Review: \"Flood\" \\{barrier\\} \\& costs\\_2026}},\n"
  "  journal = {The Morning Ledger},\n"
  "  note = {“He said \"no, never\", then \\{left\\} *twice* \\& 50\\% — naïve \\#1 1. Second "
  "paragraph, with a comma” (check, \"this\")},\n"
  "  entrysubtype = {newspaper}\n"
  "}\n";

static void
test_export_expected (void)
{
  g_autoptr(GPtrArray) quotes = make_quotes ();
  g_autoptr(GPtrArray) none = g_ptr_array_new ();
  const char *expected[ND_QUOTE_N_FORMATS] = {
    [ND_QUOTE_FORMAT_MARKDOWN] = expected_markdown,
    [ND_QUOTE_FORMAT_TEXT] = expected_text,
    [ND_QUOTE_FORMAT_CSV] = expected_csv,
    [ND_QUOTE_FORMAT_JSON] = expected_json,
    [ND_QUOTE_FORMAT_CSL_JSON] = expected_csl_json,
    [ND_QUOTE_FORMAT_BIBTEX] = expected_bibtex,
  };
  const char *expected_empty[ND_QUOTE_N_FORMATS] = {
    "", "", "text,speaker,note,article,title,source,authors,date,url,start,end\r\n",
    "[]\n", "[]\n", "",
  };

  for (NdQuoteFormat format = 0; format < ND_QUOTE_N_FORMATS; format++)
    {
      g_autofree char *out = nd_quote_export (format, quotes);
      g_autofree char *empty = nd_quote_export (format, none);

      g_test_message ("format %s", nd_quote_format_get_name (format));
      g_assert_cmpstr (out, ==, expected[format]);
      g_assert_cmpstr (empty, ==, expected_empty[format]);
    }
}

static void
test_export_formats (void)
{
  static const char * const names[] = { "md", "txt", "csv", "json", "csl-json", "bibtex" };
  static const char * const extensions[] = { "md", "txt", "csv", "json", "json", "bib" };
  NdQuoteFormat format;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_assert_true (nd_quote_format_from_name (names[i], &format));
      g_assert_cmpint (format, ==, i);
      g_assert_cmpstr (nd_quote_format_get_name (format), ==, names[i]);
      g_assert_cmpstr (nd_quote_format_get_extension (format), ==, extensions[i]);
      g_assert_nonnull (nd_quote_format_get_label (format));
      g_assert_nonnull (nd_quote_format_get_mime_type (format));
    }

  g_assert_false (nd_quote_format_from_name ("markdown", &format));
  g_assert_false (nd_quote_format_from_name ("", &format));
  g_assert_false (nd_quote_format_from_name (NULL, &format));
}

/* Keys stay unique however alike the articles are; names that are not a person's are
 * kept whole. */
static void
test_export_citation_keys (void)
{
  static const char * const smith[] = { "Jane Smith", NULL };
  static const char * const agency[] = { "Staff reporter", NULL };
  g_autoptr(GPtrArray) quotes = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *bibtex = NULL;
  g_autofree char *csl = NULL;

  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *id = g_strdup_printf ("a%u", i);

      g_ptr_array_add (quotes, nd_quote_new ("x", NULL, id, "The Flood", NULL, NULL, smith,
                                             "2026-01-02", 0, 1));
    }
  g_ptr_array_add (quotes, nd_quote_new ("y", NULL, "b", "Über Ängste", "Le Monde", NULL,
                                         agency, NULL, 0, 1));
  g_ptr_array_add (quotes, nd_quote_new ("z", NULL, "c", NULL, "Le Monde", NULL, NULL, NULL,
                                         0, 1));
  g_ptr_array_add (quotes, nd_quote_new ("w", NULL, "d", NULL, NULL, NULL, NULL, NULL, 0, 1));

  bibtex = nd_quote_export_bibtex (quotes);
  g_assert_nonnull (strstr (bibtex, "@article{smith2026flood,\n"));
  g_assert_nonnull (strstr (bibtex, "@article{smith2026floodb,\n"));
  g_assert_nonnull (strstr (bibtex, "@article{smith2026floodc,\n"));
  g_assert_nonnull (strstr (bibtex, "@article{staffreporteruber,\n  author = {{Staff reporter}},\n"));
  g_assert_nonnull (strstr (bibtex, "@article{lemonde,\n  journal = {Le Monde},\n"));
  g_assert_nonnull (strstr (bibtex, "@article{article,\n  note = {“w”},\n"));

  csl = nd_quote_export_csl_json (quotes);
  g_assert_nonnull (strstr (csl, "\"literal\" : \"Staff reporter\""));
  g_assert_nonnull (strstr (csl, "\"id\" : \"smith2026floodc\""));
}

static void
test_export_to_file (void)
{
  g_autofree char *dir = nd_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "quotes.md", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) quotes = make_quotes ();
  g_autoptr(GPtrArray) big_quotes = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *big = nd_test_repeat ("more words ", 2000);
  g_autofree char *contents = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (nd_quote_export_to_file (ND_QUOTE_FORMAT_MARKDOWN, quotes, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, expected_markdown);

  /* A write that fails half-way leaves the existing file as it was. */
  g_ptr_array_add (big_quotes, nd_quote_new (big, NULL, "x", NULL, NULL, NULL, NULL, NULL, 0, 1));
  limit_file_size (4096);
  g_assert_false (nd_quote_export_to_file (ND_QUOTE_FORMAT_TEXT, big_quotes, file, NULL, &error));
  restore_file_size_limit ();
  g_assert_nonnull (error);
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, expected_markdown);

  /* No temporary file is left behind. */
  {
    g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);

    g_assert_cmpstr (g_dir_read_name (listing), ==, "quotes.md");
    g_assert_null (g_dir_read_name (listing));
  }

  nd_test_remove_tree (dir);
}

/* A CSV export for spreadsheet programs starts with a UTF-8 byte-order mark when asked;
 * nothing else changes. */
static void
test_export_byte_order_mark (void)
{
  g_autofree char *dir = nd_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "quotes.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) quotes = make_quotes ();
  g_autofree char *plain = nd_quote_export_csv (quotes);
  g_autofree char *marked = g_strconcat ("\xEF\xBB\xBF", plain, NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (nd_quote_export_to_file_full (ND_QUOTE_FORMAT_CSV, quotes, file,
                                               ND_QUOTE_EXPORT_BYTE_ORDER_MARK, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, marked);
  g_clear_pointer (&contents, g_free);

  g_assert_true (nd_quote_export_to_file_full (ND_QUOTE_FORMAT_CSV, quotes, file,
                                               ND_QUOTE_EXPORT_NONE, NULL, &error));
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, plain);

  nd_test_remove_tree (dir);
}

/* What a drag selects around a quote, and what Add to Quotes keeps of it. */
static void
test_quote_trim_range (void)
{
  static const struct { const char *selected; const char *kept; } cases[] = {
    { "We will rebuild the quay,", "We will rebuild the quay" },
    { "We will rebuild the quay.", "We will rebuild the quay" },
    { " “We will rebuild the quay,” ", "We will rebuild the quay" },
    { "“We will rebuild the quay”.", "We will rebuild the quay" },
    { ", we will rebuild;", "we will rebuild" },
    { "‘the boats’", "the boats" },
    { "the boats’", "the boats’" },
    { "the ’70s", "the ’70s" },
    { "talks with the U.S.", "talks with the U.S." },
    { "and then...", "and then..." },
    { "and then…", "and then…" },
    { "Is it over?", "Is it over?" },
    { "Never!”", "Never!" },
    { " , . ", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      glong n_chars;
      g_autofree gunichar *chars = g_utf8_to_ucs4_fast (cases[i].selected, -1, &n_chars);
      guint start = 0, end = (guint)n_chars;
      gboolean kept = nd_quote_trim_range (chars, &start, &end);

      if (cases[i].kept == NULL)
        {
          g_assert_false (kept);
          continue;
        }
      g_assert_true (kept);
      {
        g_autofree char *text = g_ucs4_to_utf8 (chars + start, end - start, NULL, NULL, NULL);

        g_assert_cmpstr (text, ==, cases[i].kept);
      }
    }
}

/* Exporters: read back by the real readers */

static void
test_csv_read_by_python (void)
{
  g_autofree char *dir = nd_test_make_temp_dir ();
  g_autoptr(GPtrArray) quotes = make_quotes ();
  g_autofree char *csv = nd_quote_export_csv (quotes);
  g_autofree char *path = write_temp (dir, "quotes.csv", csv);
  const char *argv[] = {
    "/usr/bin/python3", "-c",
    "import csv, json, sys\n"
    "with open(sys.argv[1], newline='', encoding='utf-8') as f:\n"
    "    print(json.dumps(list(csv.DictReader(f, strict=True))))\n",
    path, NULL
  };
  g_autofree char *out = run_tool (argv);
  g_autoptr(JsonNode) root = nd_test_parse_json (out);
  JsonArray *rows = json_node_get_array (root);

  g_assert_cmpuint (json_array_get_length (rows), ==, quotes->len);
  for (guint i = 0; i < quotes->len; i++)
    {
      NdQuote *quote = g_ptr_array_index (quotes, i);
      JsonObject *row = json_array_get_object_element (rows, i);
      g_autofree char *authors = g_strjoinv ("; ", (GStrv)nd_quote_get_authors (quote));
      g_autofree char *date = nd_quote_dup_date (quote);
      g_autofree char *start = g_strdup_printf ("%u", nd_quote_get_start (quote));

      g_assert_cmpuint (json_object_get_size (row), ==, 11);
      g_assert_cmpstr (json_object_get_string_member (row, "text"), ==, nd_quote_get_text (quote));
      g_assert_cmpstr (json_object_get_string_member (row, "speaker"), ==,
                       nd_quote_get_speaker (quote) ? nd_quote_get_speaker (quote) : "");
      g_assert_cmpstr (json_object_get_string_member (row, "note"), ==,
                       nd_quote_get_note (quote) ? nd_quote_get_note (quote) : "");
      g_assert_cmpstr (json_object_get_string_member (row, "title"), ==,
                       nd_quote_get_article_title (quote));
      g_assert_cmpstr (json_object_get_string_member (row, "authors"), ==, authors);
      g_assert_cmpstr (json_object_get_string_member (row, "date"), ==, date ? date : "");
      g_assert_cmpstr (json_object_get_string_member (row, "start"), ==, start);
    }

  nd_test_remove_tree (dir);
}

static void
test_markdown_read_by_pandoc (void)
{
  g_autofree char *dir = nd_test_make_temp_dir ();
  g_autoptr(GPtrArray) quotes = make_quotes ();
  g_autofree char *markdown = nd_quote_export_markdown (quotes);
  g_autofree char *path = write_temp (dir, "quotes.md", markdown);
  /* What the text, escaped for Markdown, must come out as: exactly the words, as HTML. */
  static const char expected_html[] =
    "<blockquote>\n"
    "<p>The modelling assumes a surge that this harbour has already exceeded twice since 2014.</p>\n"
    "<p>— Dr Anil Rao, <a href=\"https://harbourgazette.example/news/1\">Independent review "
    "casts doubt on £48m Kestlehaven barrier plan</a>, The Harbour Gazette, 2026-03-04</p>\n"
    "</blockquote>\n"
    "<blockquote>\n"
    "<p>He said \"no, never\", then {left} *twice* &amp; 50% — naïve #1</p>\n"
    "<p>1. Second paragraph, with a comma</p>\n"
    "<p>— Review: \"Flood\" {barrier} &amp; costs_2026, The Morning Ledger</p>\n"
    "</blockquote>\n"
    "<p>Note: check, \"this\"</p>\n"
    "<blockquote>\n"
    "<p>We paid for the truth.</p>\n"
    "<p>— José Álvarez, <a href=\"https://harbourgazette.example/news/1\">Independent review "
    "casts doubt on £48m Kestlehaven barrier plan</a>, The Harbour Gazette, 2026-03-04</p>\n"
    "</blockquote>\n";
  static const char * const readers[] = { "commonmark", "markdown-smart", "gfm" };

  for (guint i = 0; i < G_N_ELEMENTS (readers); i++)
    {
      const char *argv[] = { "pandoc", "-f", readers[i], "-t", "html", "--wrap=none", path, NULL };
      g_autofree char *html = run_tool (argv);

      g_test_message ("pandoc -f %s", readers[i]);
      g_assert_cmpstr (html, ==, expected_html);
    }

  nd_test_remove_tree (dir);
}

static void
test_csl_json_read_by_citeproc (void)
{
  g_autofree char *dir = nd_test_make_temp_dir ();
  g_autoptr(GPtrArray) quotes = make_quotes ();
  g_autofree char *csl = nd_quote_export_csl_json (quotes);
  g_autofree char *bibliography = write_temp (dir, "quotes.json", csl);
  g_autofree char *document = write_temp (dir, "paper.md",
                                          "As the review found [@penhallow2026independent], "
                                          "and @reyesreview reported.\n");
  g_autofree char *option = g_strconcat ("--bibliography=", bibliography, NULL);
  const char *argv[] = { "pandoc", "--citeproc", option, "-t", "plain", "--wrap=none",
                         document, NULL };
  g_autofree char *out = run_tool (argv);

  /* Both ids resolve (an unknown one would print as "???") and the references are
   * formatted from the fields, in pandoc's default style (Chicago author-date). */
  g_assert_cmpstr (out, ==,
                   "As the review found (Penhallow 2026), and Reyes and Reuters (n.d.) reported.\n"
                   "\n"
                   "Penhallow, Ruth. 2026. “Independent Review Casts Doubt on £48m Kestlehaven "
                   "Barrier Plan.” The Harbour Gazette, March 4, 2026. "
                   "https://harbourgazette.example/news/1.\n"
                   "\n"
                   "Reyes, Jonathan, and Reuters. n.d. “Review: ‘Flood’ {Barrier} & Costs_2026.” "
                   "The Morning Ledger.\n");

  nd_test_remove_tree (dir);
}

static void
test_bibtex_read_by_pandoc (void)
{
  g_autofree char *dir = nd_test_make_temp_dir ();
  g_autoptr(GPtrArray) quotes = make_quotes ();
  g_autofree char *bibtex = nd_quote_export_bibtex (quotes);
  g_autofree char *path = write_temp (dir, "quotes.bib", bibtex);
  const char *argv[] = { "pandoc", "-f", "bibtex", "-t", "csljson", path, NULL };
  g_autofree char *out = run_tool (argv);
  g_autoptr(JsonNode) read_back = nd_test_parse_json (out);
  g_autofree char *csl = nd_quote_export_csl_json (quotes);
  g_autoptr(JsonNode) ours = nd_test_parse_json (csl);

  JsonArray *items = json_node_get_array (ours);

  /* pandoc's BibTeX reader turns the entries into the same items the CSL-JSON export
   * writes: every title, name, date, link and note comes through unchanged, except that
   * BibTeX has no line breaks and separates the quotes of an article with "; ". */
  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonObject *item = json_array_get_object_element (items, i);
      g_auto(GStrv) lines = g_strsplit (json_object_get_string_member (item, "note"), "\n", -1);
      g_autofree char *note = g_strjoinv ("; ", lines);

      json_object_set_string_member (item, "note", note);
    }
  g_assert_cmpuint (json_array_get_length (json_node_get_array (read_back)), ==, 2);
  g_assert_true (json_node_equal (read_back, ours));

  nd_test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/nd/quote/json-round-trip", test_quote_json_round_trip);
  g_test_add_func ("/nd/quote/written-json", test_quote_written_json);
  g_test_add_func ("/nd/quote/bad-json", test_quote_bad_json);
  g_test_add_func ("/nd/quote/edit", test_quote_edit);
  g_test_add_func ("/nd/quote/from-article", test_quote_from_article);
  g_test_add ("/nd/quote-collection/saves-every-change", CollectionFixture, NULL,
              collection_setup, test_collection_saves_every_change, collection_teardown);
  g_test_add ("/nd/quote-collection/keeps-broken-file", CollectionFixture, NULL,
              collection_setup, test_collection_keeps_broken_file, collection_teardown);
  g_test_add_func ("/nd/quote-collection/never-overwrites-unmovable",
                   test_collection_never_overwrites_unmovable);
  g_test_add ("/nd/quote-collection/folder-in-the-way", CollectionFixture, NULL,
              collection_setup, test_collection_folder_in_the_way, collection_teardown);
  g_test_add ("/nd/quote-collection/failed-save-keeps-old-file", CollectionFixture, NULL,
              collection_setup, test_collection_failed_save_keeps_old_file,
              collection_teardown);
  g_test_add_func ("/nd/quote-collection/default-path", test_collection_default_path);
  g_test_add_func ("/nd/quote-export/expected", test_export_expected);
  g_test_add_func ("/nd/quote-export/formats", test_export_formats);
  g_test_add_func ("/nd/quote-export/citation-keys", test_export_citation_keys);
  g_test_add_func ("/nd/quote-export/to-file", test_export_to_file);
  g_test_add_func ("/nd/quote-export/byte-order-mark", test_export_byte_order_mark);
  g_test_add_func ("/nd/quote/trim-range", test_quote_trim_range);
  g_test_add_func ("/nd/quote-export/csv-python", test_csv_read_by_python);
  g_test_add_func ("/nd/quote-export/markdown-pandoc", test_markdown_read_by_pandoc);
  g_test_add_func ("/nd/quote-export/csl-json-citeproc", test_csl_json_read_by_citeproc);
  g_test_add_func ("/nd/quote-export/bibtex-pandoc", test_bibtex_read_by_pandoc);

  return g_test_run ();
}

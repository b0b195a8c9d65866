/* test-hostile.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Input made to break NewsDesk (issue #12), one case per way it once did: each file in
 * tests/data/hostile/ is loaded and the exact outcome checked, and what would be too large
 * for the repository (100,000 brackets, lines of megabytes) or is not a file at all (links,
 * FIFOs, read-only files, two processes at once) is made by the test in a temporary folder. */

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "load/nd-article-loader.h"
#include "load/nd-article-loader-private.h"
#include "model/nd-article-private.h"
#include "load/nd-article-store.h"
#include "model/nd-load-error.h"
#include "quotes/nd-quote-collection-private.h"
#include "quotes/nd-quote-private.h"
#include "nd-test-utils.h"

#define REPLACEMENT "\xEF\xBF\xBD"   /* U+FFFD */

static char *
hostile (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "hostile", name, NULL);
}

static NdArticleStore *
load (const char *path)
{
  NdArticleStore *store = nd_article_store_new ();

  nd_test_load_path (store, path);
  nd_test_log_load_errors (nd_article_store_get_errors (store));

  return store;
}

static guint
n_articles (NdArticleStore *store)
{
  return g_list_model_get_n_items (G_LIST_MODEL (store));
}

static void
assert_problem (NdArticleStore *store,
                guint           index,
                NdLoadSeverity  severity,
                const char     *file,
                guint           line,
                guint           column,
                const char     *message_part)
{
  GPtrArray *errors = nd_article_store_get_errors (store);

  g_assert_cmpuint (index, <, errors->len);
  nd_test_assert_load_error (g_ptr_array_index (errors, index), severity, file, line, column,
                             message_part);
}

static void
assert_n_problems (NdArticleStore *store,
                   guint           n)
{
  g_assert_cmpuint (nd_article_store_get_errors (store)->len, ==, n);
}

/* What the one problem of a load must be. */
typedef struct
{
  NdLoadSeverity  severity;
  guint           line;
  guint           column;
  const char     *message_part;
} Problem;

/* Loads tests/data/hostile/@name, which must give exactly @problem, or no problem at all
 * when @problem is NULL. */
static NdArticleStore *
load_hostile (const char    *name,
              const Problem *problem)
{
  g_autofree char *path = hostile (name);
  NdArticleStore *store = load (path);

  if (problem == NULL)
    {
      assert_n_problems (store, 0);
      return store;
    }

  assert_n_problems (store, 1);
  assert_problem (store, 0, problem->severity, path, problem->line, problem->column,
                  problem->message_part);
  return store;
}

static const char *
body_of (NdArticleStore *store,
         const char     *id)
{
  NdArticle *article = nd_article_store_lookup (store, id);

  g_assert_nonnull (article);
  return nd_article_get_body (article);
}

/* 1. A quote inside a comment or a single-quoted string hid the brackets after it from the
 * depth guard. */

static void
test_deep_behind_comment (void)
{
  g_autoptr(NdArticleStore) store =
    load_hostile ("comment-quote-deep.json",
                  &(Problem) { ND_LOAD_SEVERITY_ERROR, 1, 266, "nested more than 256" });

  g_assert_cmpuint (n_articles (store), ==, 0);
}

static void
test_deep_behind_single_quote (void)
{
  g_object_unref (load_hostile ("single-quote-deep.json",
                                &(Problem) { ND_LOAD_SEVERITY_ERROR, 1, 263, "nested more than 256" }));
}

static void
test_deep_behind_comment_json_lines (void)
{
  g_autoptr(NdArticleStore) store =
    load_hostile ("comment-quote-deep.jsonl",
                  &(Problem) { ND_LOAD_SEVERITY_ERROR, 2, 301, "nested more than 256" });

  g_assert_nonnull (nd_article_store_lookup (store, "before"));
  g_assert_nonnull (nd_article_store_lookup (store, "after"));
  g_assert_null (nd_article_store_lookup (store, "deep"));
}

/* The case of the report, which overflowed json-glib's stack: 100,000 brackets, between two
 * quotes the old scan took for one string. */
static void
test_hundred_thousand_behind_comment (void)
{
  g_autofree char *dir = nd_test_make_temp_dir ();
  g_autofree char *open = nd_test_repeat ("[", 100000);
  g_autofree char *close = nd_test_repeat ("]", 100000);
  g_autofree char *json = g_strconcat ("[ /* \" */ ", open, close, " /* \" */ ]", NULL);
  g_autofree char *lines = g_strconcat ("{\"id\": \"ok\", \"title\": \"OK\"}\n['\"', ", open,
                                        close, ", '\"']\n", NULL);
  g_autofree char *leading = g_strconcat ("/* \" */ ", open, NULL);
  g_autofree char *json_path = g_build_filename (dir, "deep.json", NULL);
  g_autofree char *lines_path = g_build_filename (dir, "deep.jsonl", NULL);
  g_autofree char *leading_path = g_build_filename (dir, "leading.json", NULL);
  g_autoptr(NdArticleStore) store = NULL;

  nd_test_write_file (dir, "deep.json", json, -1);
  nd_test_write_file (dir, "deep.jsonl", lines, -1);
  nd_test_write_file (dir, "leading.json", leading, -1);
  store = load (dir);

  assert_n_problems (store, 3);
  assert_problem (store, 0, ND_LOAD_SEVERITY_ERROR, json_path, 1, 266, "nested more than 256");
  assert_problem (store, 1, ND_LOAD_SEVERITY_ERROR, lines_path, 2, 262, "nested more than 256");
  /* json-glib reads a leading comment; NewsDesk wants a "[" or "{" first. */
  assert_problem (store, 2, ND_LOAD_SEVERITY_ERROR, leading_path, 1, 1,
                  "expected \"{\" or \"[\"");
  g_assert_nonnull (nd_article_store_lookup (store, "ok"));

  nd_test_remove_tree (dir);
}

/* 2. A deeply nested quotes.json crashed the collection, and with it every start. */

static void
assert_set_aside (const char *dir,
                  const char *original)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  g_autofree char *kept = NULL;
  const char *name;
  guint n_aside = 0;

  while ((name = g_dir_read_name (listing)) != NULL)
    if (g_str_has_prefix (name, "quotes.json.broken-"))
      {
        n_aside++;
        g_free (kept);
        kept = g_build_filename (dir, name, NULL);
      }

  g_assert_cmpuint (n_aside, ==, 1);
  if (original != NULL)
    {
      g_autofree char *contents = NULL;

      g_assert_true (g_file_get_contents (kept, &contents, NULL, NULL));
      g_assert_cmpstr (contents, ==, original);
    }
}

static void
check_deep_quotes (const char *contents)
{
  g_autofree char *dir = nd_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "quotes.json", NULL);
  g_autoptr(NdQuoteCollection) collection = nd_quote_collection_new (path);
  g_autoptr(GError) error = NULL;

  nd_test_write_file (dir, "quotes.json", contents, -1);

  g_assert_false (nd_quote_collection_load (collection, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_assert_nonnull (strstr (error->message, "nested more than 256 levels deep at line 1"));
  g_assert_nonnull (strstr (nd_quote_collection_get_problem (collection), "were kept as"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (collection)), ==, 0);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  assert_set_aside (dir, contents);

  nd_test_remove_tree (dir);
}

static void
test_quotes_deep (void)
{
  g_autofree char *fixture = hostile ("quotes-deep.json");
  g_autofree char *contents = NULL;

  g_assert_true (g_file_get_contents (fixture, &contents, NULL, NULL));
  check_deep_quotes (contents);
}

static void
test_quotes_two_hundred_thousand_deep (void)
{
  g_autofree char *brackets = nd_test_repeat ("[", 200000);
  g_autofree char *contents = g_strconcat ("{\"version\": 1, \"quotes\": ", brackets, NULL);

  check_deep_quotes (contents);
}

/* 3. A lone surrogate escape made json-glib store bytes that are not UTF-8. */

static void
test_lone_surrogate (void)
{
  g_autoptr(NdArticleStore) store =
    load_hostile ("lone-surrogate.json",
                  &(Problem) { ND_LOAD_SEVERITY_WARNING, 2, 12,
                                "surrogate without its other half; replaced with U+FFFD" });
  NdArticle *first;
  NdArticle *second;

  first = nd_article_store_lookup (store, "a" REPLACEMENT "X");
  second = nd_article_store_lookup (store, "b" REPLACEMENT "Z");
  g_assert_nonnull (first);
  g_assert_nonnull (second);
  g_assert_cmpstr (nd_article_get_title (first), ==, "T" REPLACEMENT "Y");
  g_assert_cmpstr (nd_article_get_url (first), ==, "https://example.org/" REPLACEMENT);
  g_assert_cmpstr (nd_article_get_body (first), ==,
                   "one " REPLACEMENT "X two \xF0\x9F\x98\x80 three");
  g_assert_cmpstr (nd_article_get_body (second), ==, "lone " REPLACEMENT " at the end");
}

/* Strict JSON (no comment) takes NewsDesk's own reader; the result must be the same. */
static void
test_lone_surrogate_strict (void)
{
  g_autofree char *dir = nd_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "s.jsonl", NULL);
  g_autoptr(NdArticleStore) store = NULL;

  nd_test_write_file (dir, "s.jsonl",
                      "{\"id\": \"s1\", \"title\": \"x\"}\n"
                      "{\"id\": \"s2\", \"title\": \"x\", \"body\": \"a\\udc00\\ud800b\"}\n", -1);
  store = load (dir);

  assert_n_problems (store, 1);
  assert_problem (store, 0, ND_LOAD_SEVERITY_WARNING, path, 2, 38, "U+FFFD");
  g_assert_cmpstr (body_of (store, "s2"), ==, "a" REPLACEMENT REPLACEMENT "b");

  nd_test_remove_tree (dir);
}

/* Whatever parser made them, strings reach an article only as UTF-8. */
static void
test_article_strings_made_valid (void)
{
  NdArticleFields fields = { 0 };
  const char *authors[] = { "Ann \xC3", NULL };
  g_autoptr(NdArticle) article = NULL;

  fields.id = g_strdup ("id\xFF");
  fields.title = g_strdup ("title \xED\xA0\x80X");
  fields.authors = g_strdupv ((char **)authors);
  fields.url = g_strdup ("https://example.org/\x80");
  fields.body = g_strdup ("body \xF0\x9F");
  article = _nd_article_new_take (&fields);

  g_assert_cmpstr (nd_article_get_id (article), ==, "id" REPLACEMENT);
  g_assert_true (g_utf8_validate (nd_article_get_title (article), -1, NULL));
  g_assert_true (g_str_has_suffix (nd_article_get_title (article), REPLACEMENT "X"));
  g_assert_cmpstr (nd_article_get_authors (article)[0], ==, "Ann " REPLACEMENT);
  g_assert_cmpstr (nd_article_get_url (article), ==, "https://example.org/" REPLACEMENT);
  g_assert_cmpstr (nd_article_get_body (article), ==, "body " REPLACEMENT REPLACEMENT);
}

/* 5. Several JSON values in one file, or on one line, were cut to the first. */

static void
test_several_values (void)
{
  g_autoptr(NdArticleStore) store = load_hostile ("several-values.json", NULL);

  g_assert_cmpuint (n_articles (store), ==, 4);
  for (guint i = 1; i <= 4; i++)
    {
      g_autofree char *id = g_strdup_printf ("v%u", i);
      g_assert_nonnull (nd_article_store_lookup (store, id));
    }
}

static void
test_several_values_json_lines (void)
{
  g_autoptr(NdArticleStore) store = load_hostile ("several-values.jsonl", NULL);

  g_assert_cmpuint (n_articles (store), ==, 4);
  /* The second value on line 1 gets an id of its own, clear of line 2's. */
  g_assert_cmpstr (nd_article_get_title (nd_article_store_lookup (store, "several-values.jsonl#1")),
                   ==, "A");
  g_assert_cmpstr (nd_article_get_title (nd_article_store_lookup (store, "several-values.jsonl#1.2")),
                   ==, "B");
  g_assert_cmpstr (nd_article_get_title (nd_article_store_lookup (store, "several-values.jsonl#2")),
                   ==, "C");
  g_assert_nonnull (nd_article_store_lookup (store, "d"));
}

/* Found by fuzz-smoke: a line that is only a byte order mark was read by json-glib as a
 * document with no value, and that missing value was read as an article. */
static void
test_bom_alone_on_a_line (void)
{
  g_autoptr(NdArticleStore) store =
    load_hostile ("bom-alone.jsonl",
                  &(Problem) { ND_LOAD_SEVERITY_ERROR, 2, 1, "no JSON value here" });

  g_assert_cmpuint (n_articles (store), ==, 2);
  g_assert_nonnull (nd_article_store_lookup (store, "bom-a"));
  g_assert_nonnull (nd_article_store_lookup (store, "bom-c"));
}

static void
test_trailing_garbage (void)
{
  g_autoptr(NdArticleStore) store =
    load_hostile ("trailing-garbage.json",
                  &(Problem) { ND_LOAD_SEVERITY_ERROR, 1, 38, "unexpected identifier" });

  g_assert_nonnull (nd_article_store_lookup (store, "t1"));
}

/* Stray brackets after a value are one error, not one per bracket. */
static void
test_stray_brackets (void)
{
  g_autoptr(NdArticleStore) store =
    load_hostile ("stray-brackets.json",
                  &(Problem) { ND_LOAD_SEVERITY_ERROR, 1, 23, "unexpected character `}'" });

  g_assert_nonnull (nd_article_store_lookup (store, "a"));
}

/* 6. Numeric ids of 2^63 and beyond wrapped, and distinct ids fell together. */

static void
test_big_ids (void)
{
  static const char * const ids[] = {
    "9223372036854775807", "9223372036854775808", "18446744073709551615",
    "18446744073709551616", "-9223372036854775809",
    "123456789012345678901234567890123456789012345678901234567890123456789",
  };
  g_autoptr(NdArticleStore) store = load_hostile ("big-ids.json", NULL);

  g_assert_cmpuint (n_articles (store), ==, G_N_ELEMENTS (ids));
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    g_assert_nonnull (nd_article_store_lookup (store, ids[i]));
}

/* Comments do not send big ids to json-glib, which would wrap them. */
static void
test_big_ids_with_comment (void)
{
  g_autoptr(NdArticleStore) store = load_hostile ("big-ids-comment.json", NULL);

  g_assert_cmpuint (n_articles (store), ==, 2);
  g_assert_nonnull (nd_article_store_lookup (store, "18446744073709551615"));
  g_assert_cmpstr (nd_article_get_title (nd_article_store_lookup (store, "18446744073709551616")),
                   ==, "Two /* not a comment */");
}

/* 7. The quote collection: two processes, links, read-only files, leftovers. */

static NdQuote *
make_quote (const char *article_id,
            guint       n)
{
  g_autofree char *text = g_strdup_printf ("Words number %u", n);

  return nd_quote_new (text, "A Speaker", article_id, "Title", "Outlet", NULL, NULL,
                       "2026-03-01", n * 100, n * 100 + 15);
}

/* The helper that test_two_processes runs twice: adds @n quotes, one save each. */
static int
add_quotes_main (const char *path,
                 const char *article_id,
                 guint       n)
{
  g_autoptr(NdQuoteCollection) collection = nd_quote_collection_new (path);

  nd_quote_collection_load (collection, NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(NdQuote) quote = make_quote (article_id, i);

      nd_quote_collection_add (collection, quote);
      if (nd_quote_collection_get_problem (collection) != NULL)
        {
          g_printerr ("%s\n", nd_quote_collection_get_problem (collection));
          return 1;
        }
    }

  return 0;
}

static const char *self_exe;

static void
test_two_processes (void)
{
  g_autofree char *dir = nd_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "quotes.json", NULL);
  g_autoptr(GSubprocess) first = NULL;
  g_autoptr(GSubprocess) second = NULL;
  g_autoptr(NdQuoteCollection) collection = nd_quote_collection_new (path);
  g_autoptr(GError) error = NULL;

  first = g_subprocess_new (G_SUBPROCESS_FLAGS_NONE, &error,
                            self_exe, "--add-quotes", path, "first", "50", NULL);
  g_assert_no_error (error);
  second = g_subprocess_new (G_SUBPROCESS_FLAGS_NONE, &error,
                             self_exe, "--add-quotes", path, "second", "50", NULL);
  g_assert_no_error (error);

  g_assert_true (g_subprocess_wait_check (first, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_subprocess_wait_check (second, NULL, &error));
  g_assert_no_error (error);

  g_assert_true (nd_quote_collection_load (collection, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (collection)), ==, 100);

  nd_test_remove_tree (dir);
}

/* A removal in one process is not undone by another's next save. */
static void
test_removal_seen_by_other (void)
{
  g_autofree char *dir = nd_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "quotes.json", NULL);
  g_autoptr(NdQuoteCollection) a = nd_quote_collection_new (path);
  g_autoptr(NdQuoteCollection) b = nd_quote_collection_new (path);
  g_autoptr(NdQuote) q1 = make_quote ("x", 1);
  g_autoptr(NdQuote) q2 = make_quote ("x", 2);
  g_autoptr(NdQuote) q3 = make_quote ("x", 3);
  g_autoptr(NdQuoteCollection) check = nd_quote_collection_new (path);

  g_assert_true (nd_quote_collection_add (a, q1));
  g_assert_true (nd_quote_collection_add (a, q2));
  g_assert_true (nd_quote_collection_load (b, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (b)), ==, 2);

  nd_quote_collection_remove (a, 0);             /* a removes q1 */
  g_assert_true (nd_quote_collection_add (b, q3)); /* b still holds q1 */

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (b)), ==, 2);
  g_assert_true (nd_quote_collection_load (check, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (check)), ==, 2);
  g_assert_cmpint (nd_quote_collection_find (check, q1), ==, -1);
  g_assert_cmpint (nd_quote_collection_find (check, q2), >=, 0);
  g_assert_cmpint (nd_quote_collection_find (check, q3), >=, 0);

  nd_test_remove_tree (dir);
}

static void
test_quotes_symlink (void)
{
  g_autofree char *dir = nd_test_make_temp_dir ();
  g_autofree char *real_dir = g_build_filename (dir, "real", NULL);
  g_autofree char *target = g_build_filename (real_dir, "my-quotes.json", NULL);
  g_autofree char *link = g_build_filename (dir, "quotes.json", NULL);
  g_autoptr(NdQuoteCollection) collection = nd_quote_collection_new (link);
  g_autoptr(NdQuote) quote = make_quote ("linked", 1);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;

  g_assert_cmpint (g_mkdir (real_dir, 0700), ==, 0);
  g_assert_cmpint (symlink ("real/my-quotes.json", link), ==, 0);

  g_assert_true (nd_quote_collection_load (collection, &error));
  g_assert_true (nd_quote_collection_add (collection, quote));
  g_assert_null (nd_quote_collection_get_problem (collection));

  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
  g_assert_true (g_file_get_contents (target, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "\"linked\""));

  nd_test_remove_tree (dir);
}

static void
test_quotes_read_only (void)
{
  g_autofree char *dir = nd_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "quotes.json", NULL);
  g_autoptr(NdQuoteCollection) first = nd_quote_collection_new (path);
  g_autoptr(NdQuoteCollection) collection = nd_quote_collection_new (path);
  g_autoptr(NdQuote) one = make_quote ("ro", 1);
  g_autoptr(NdQuote) two = make_quote ("ro", 2);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  GStatBuf st;

  g_assert_true (nd_quote_collection_add (first, one));
  g_assert_true (g_file_get_contents (path, &before, NULL, NULL));
  g_assert_cmpint (g_chmod (path, 0444), ==, 0);

  g_assert_true (nd_quote_collection_load (collection, NULL));
  g_assert_true (nd_quote_collection_add (collection, two));
  g_assert_nonnull (nd_quote_collection_get_problem (collection));
  g_assert_nonnull (strstr (nd_quote_collection_get_problem (collection), "is read-only"));
  g_assert_false (nd_quote_collection_save (collection, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_READ_ONLY);

  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0444);

  nd_test_remove_tree (dir);
}

static void
test_quotes_leftovers (void)
{
  g_autofree char *dir = nd_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "quotes.json", NULL);
  g_autofree char *leftover = g_build_filename (dir, ".quotes.json.tmp-Ab3dE9", NULL);
  g_autofree char *backup = g_build_filename (dir, "quotes.json.backup", NULL);
  g_autofree char *other = g_build_filename (dir, ".notes.json.tmp-Ab3dE9", NULL);
  g_autoptr(NdQuoteCollection) collection = nd_quote_collection_new (path);
  g_autoptr(GDir) listing = NULL;
  const char *name;

  nd_test_write_file (dir, "quotes.json", "{\"version\": 1, \"quotes\": []}", -1);
  nd_test_write_file (dir, ".quotes.json.tmp-Ab3dE9", "{\"version\": 1, \"quo", -1);
  nd_test_write_file (dir, "quotes.json.backup", "mine", -1);
  nd_test_write_file (dir, ".notes.json.tmp-Ab3dE9", "not ours", -1);

  g_assert_true (nd_quote_collection_load (collection, NULL));
  g_assert_false (g_file_test (leftover, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (backup, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (other, G_FILE_TEST_EXISTS));

  /* Saves leave none of their own behind either. */
  for (guint i = 0; i < 5; i++)
    {
      g_autoptr(NdQuote) quote = make_quote ("left", i);
      g_assert_true (nd_quote_collection_add (collection, quote));
    }
  listing = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (listing)) != NULL)
    g_assert_false (g_str_has_prefix (name, ".quotes.json.tmp-"));

  nd_test_remove_tree (dir);
}

/* 8. newsdesk-cli export --output renamed its file over whatever was there. */

static void
export_to (NdTestCliRun *run,
           const char   *output)
{
  g_autofree char *option = g_strconcat ("--output=", output, NULL);
  g_autofree char *article = hostile ("quote-article.json");

  nd_test_run_cli (run, "export", "--format=md", option, article, NULL);
  g_test_message ("export to %s: %d %s", output, run->status, run->err);
}

static void
test_export_not_regular (void)
{
  g_autofree char *dir = nd_test_make_temp_dir ();
  g_autofree char *fifo = g_build_filename (dir, "fifo", NULL);
  g_autofree char *folder = g_build_filename (dir, "folder", NULL);
  g_auto(NdTestCliRun) to_fifo = { 0 };
  g_auto(NdTestCliRun) to_folder = { 0 };
  GStatBuf st;

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);

  export_to (&to_fifo, fifo);
  g_assert_cmpint (to_fifo.status, ==, 2);
  g_assert_nonnull (strstr (to_fifo.err, "is not a regular file"));
  g_assert_cmpint (g_lstat (fifo, &st), ==, 0);
  g_assert_true (S_ISFIFO (st.st_mode));

  export_to (&to_folder, folder);
  g_assert_cmpint (to_folder.status, ==, 2);
  g_assert_nonnull (strstr (to_folder.err, "is not a regular file"));
  g_assert_cmpint (g_lstat (folder, &st), ==, 0);
  g_assert_true (S_ISDIR (st.st_mode));

  nd_test_remove_tree (dir);
}

static void
test_export_through_symlink (void)
{
  g_autofree char *dir = nd_test_make_temp_dir ();
  g_autofree char *target = g_build_filename (dir, "target.md", NULL);
  g_autofree char *link = g_build_filename (dir, "link.md", NULL);
  g_autofree char *contents = NULL;
  g_auto(NdTestCliRun) run = { 0 };

  nd_test_write_file (dir, "target.md", "old", -1);
  g_assert_cmpint (symlink ("target.md", link), ==, 0);

  export_to (&run, link);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
  g_assert_true (g_file_get_contents (target, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "> We will rebuild the harbour wall"));

  nd_test_remove_tree (dir);
}

static void
test_export_read_only (void)
{
  g_autofree char *dir = nd_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "kept.md", NULL);
  g_autofree char *contents = NULL;
  g_auto(NdTestCliRun) run = { 0 };

  nd_test_write_file (dir, "kept.md", "keep me", -1);
  g_assert_cmpint (g_chmod (path, 0444), ==, 0);

  export_to (&run, path);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "is read-only"));
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "keep me");

  nd_test_remove_tree (dir);
}

/* 9. JSON Lines: a line too long stopped the file; long lines were searched again and
 * again. */

static char *
article_line (const char *id,
              gsize       body_length)
{
  g_autofree char *body = nd_test_repeat ("word ", body_length / 5);

  return g_strdup_printf ("{\"id\": \"%s\", \"title\": \"T\", \"body\": \"%send\"}\n", id, body);
}

static void
test_overlong_line_skipped (void)
{
  g_autofree char *dir = nd_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "long.jsonl", NULL);
  g_autofree char *first = article_line ("first", 100);
  g_autofree char *too_long = article_line ("too-long", 3 * 1024 * 1024);
  g_autofree char *last = article_line ("last", 100);
  g_autofree char *contents = g_strconcat (first, too_long, last, NULL);
  g_autoptr(NdArticleStore) store = NULL;

  /* The real limit is 4 GiB; 1 MB stands in for it. */
  _nd_article_loader_set_max_line_length (1024 * 1024);
  nd_test_write_file (dir, "long.jsonl", contents, -1);
  store = load (dir);
  _nd_article_loader_set_max_line_length (0);

  assert_n_problems (store, 1);
  assert_problem (store, 0, ND_LOAD_SEVERITY_ERROR, path, 2, 0,
                  "a line longer than 1 MB; skipped");
  g_assert_nonnull (nd_article_store_lookup (store, "first"));
  g_assert_nonnull (nd_article_store_lookup (store, "last"));
  g_assert_null (nd_article_store_lookup (store, "too-long"));

  nd_test_remove_tree (dir);
}

/* A line of 10 MB spans three of the loader's 4 MB pieces. */
static void
test_long_line_read (void)
{
  g_autofree char *dir = nd_test_make_temp_dir ();
  g_autofree char *first = article_line ("first", 10);
  g_autofree char *long_line = article_line ("long", 10 * 1024 * 1024);
  g_autofree char *last = article_line ("last", 10);
  g_autofree char *contents = g_strconcat (first, long_line, last, NULL);
  g_autoptr(NdArticleStore) store = NULL;
  const char *body;

  nd_test_write_file (dir, "long.jsonl", contents, -1);
  store = load (dir);

  assert_n_problems (store, 0);
  g_assert_cmpuint (n_articles (store), ==, 3);
  body = body_of (store, "long");
  g_assert_cmpuint (strlen (body), ==, (10 * 1024 * 1024) / 5 * 5 + 3);
  g_assert_true (g_str_has_suffix (body, "word end"));
  g_assert_nonnull (nd_article_store_lookup (store, "last"));

  nd_test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  /* The writer that test_two_processes starts twice. */
  if (argc == 5 && g_str_equal (argv[1], "--add-quotes"))
    return add_quotes_main (argv[2], argv[3], (guint)g_ascii_strtoull (argv[4], NULL, 10));

  self_exe = argv[0];
  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/nd/hostile/deep-behind-comment", test_deep_behind_comment);
  g_test_add_func ("/nd/hostile/deep-behind-single-quote", test_deep_behind_single_quote);
  g_test_add_func ("/nd/hostile/deep-behind-comment-json-lines",
                   test_deep_behind_comment_json_lines);
  g_test_add_func ("/nd/hostile/hundred-thousand-behind-comment",
                   test_hundred_thousand_behind_comment);
  g_test_add_func ("/nd/hostile/quotes-deep", test_quotes_deep);
  g_test_add_func ("/nd/hostile/quotes-200000-deep", test_quotes_two_hundred_thousand_deep);
  g_test_add_func ("/nd/hostile/lone-surrogate", test_lone_surrogate);
  g_test_add_func ("/nd/hostile/lone-surrogate-strict", test_lone_surrogate_strict);
  g_test_add_func ("/nd/hostile/article-strings-made-valid", test_article_strings_made_valid);
  g_test_add_func ("/nd/hostile/several-values", test_several_values);
  g_test_add_func ("/nd/hostile/several-values-json-lines", test_several_values_json_lines);
  g_test_add_func ("/nd/hostile/bom-alone-on-a-line", test_bom_alone_on_a_line);
  g_test_add_func ("/nd/hostile/trailing-garbage", test_trailing_garbage);
  g_test_add_func ("/nd/hostile/stray-brackets", test_stray_brackets);
  g_test_add_func ("/nd/hostile/big-ids", test_big_ids);
  g_test_add_func ("/nd/hostile/big-ids-with-comment", test_big_ids_with_comment);
  g_test_add_func ("/nd/hostile/quotes-two-processes", test_two_processes);
  g_test_add_func ("/nd/hostile/quotes-removal-seen-by-other", test_removal_seen_by_other);
  g_test_add_func ("/nd/hostile/quotes-symlink", test_quotes_symlink);
  g_test_add_func ("/nd/hostile/quotes-read-only", test_quotes_read_only);
  g_test_add_func ("/nd/hostile/quotes-leftovers", test_quotes_leftovers);
  g_test_add_func ("/nd/hostile/export-not-regular", test_export_not_regular);
  g_test_add_func ("/nd/hostile/export-through-symlink", test_export_through_symlink);
  g_test_add_func ("/nd/hostile/export-read-only", test_export_read_only);
  g_test_add_func ("/nd/hostile/overlong-line-skipped", test_overlong_line_skipped);
  g_test_add_func ("/nd/hostile/long-line-read", test_long_line_read);

  return g_test_run ();
}

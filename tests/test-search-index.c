/* test-search-index.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "load/nd-article-store.h"
#include "search/nd-search-index-private.h"
#include "nd-test-utils.h"
#include "search/nd-search-query-private.h"
#include "search/nd-search-results-private.h"
#include "test-search-index-private.h"

static void
add_member (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  if (value == NULL)
    return;

  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value);
}

void
add_spec (JsonBuilder *builder,
          const Spec  *spec)
{
  json_builder_begin_object (builder);
  add_member (builder, "id", spec->id);
  add_member (builder, "title", spec->title);
  add_member (builder, "source", spec->source);
  add_member (builder, "published", spec->published);
  add_member (builder, "body", spec->body);
  if (spec->authors[0] != NULL)
    {
      json_builder_set_member_name (builder, "authors");
      json_builder_begin_array (builder);
      for (guint a = 0; a < G_N_ELEMENTS (spec->authors) && spec->authors[a] != NULL; a++)
        json_builder_add_string_value (builder, spec->authors[a]);
      json_builder_end_array (builder);
    }
  json_builder_end_object (builder);
}

/* Writes the articles to a JSON file in a new folder and loads it, the way the
 * application gets its articles. */
void
corpus_load_json (Corpus      *corpus,
                  JsonBuilder *builder)
{
  g_autoptr(JsonNode) root = json_builder_get_root (builder);
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *json = NULL;
  g_autofree char *path = NULL;

  json_generator_set_root (generator, root);
  json = json_generator_to_data (generator, NULL);

  corpus->dir = nd_test_make_temp_dir ();
  nd_test_write_file (corpus->dir, "articles.json", json, -1);
  path = g_build_filename (corpus->dir, "articles.json", NULL);
  corpus->store = nd_article_store_new ();
  nd_test_load_path (corpus->store, path);
  g_assert_cmpuint (nd_article_store_get_errors (corpus->store)->len, ==, 0);
}

void
corpus_index_all (Corpus *corpus)
{
  GListModel *model = G_LIST_MODEL (corpus->store);

  corpus->index = nd_search_index_new ();
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(NdArticle) article = g_list_model_get_item (model, i);

      nd_search_index_add (corpus->index, article);
    }
}

/* As the loader adds them: batches of any size, some articles in two batches or twice
 * in one, which must be indexed once. */
void
corpus_index_in_batches (Corpus *corpus,
                         GRand  *rand)
{
  GListModel *model = G_LIST_MODEL (corpus->store);
  guint n_items = g_list_model_get_n_items (model);
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func (g_object_unref);

  corpus->index = nd_search_index_new ();
  for (guint first = 0; first < n_items;)
    {
      guint wanted = (guint)g_rand_int_range (rand, 1, 300);
      guint size = MIN (wanted, n_items - first);

      g_ptr_array_set_size (batch, 0);
      for (guint i = first; i < first + size; i++)
        g_ptr_array_add (batch, g_list_model_get_item (model, i));
      g_ptr_array_add (batch, g_list_model_get_item (model, g_rand_int_range (rand, 0, first + size)));
      if (first > 0)
        g_ptr_array_add (batch, g_list_model_get_item (model, g_rand_int_range (rand, 0, first)));

      nd_search_index_add_many (corpus->index, (NdArticle **)batch->pdata, batch->len);
      first += size;
    }

  g_assert_cmpuint (nd_search_index_get_n_documents (corpus->index), ==, n_items);
}

void
corpus_init (Corpus     *corpus,
             const Spec *specs,
             guint       n_specs)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_array (builder);
  for (guint i = 0; i < n_specs; i++)
    add_spec (builder, &specs[i]);
  json_builder_end_array (builder);

  corpus_load_json (corpus, builder);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus->store)), ==, n_specs);
  corpus_index_all (corpus);
}

void
corpus_clear (Corpus *corpus)
{
  g_clear_object (&corpus->index);
  g_clear_object (&corpus->store);
  nd_test_remove_tree (corpus->dir);
  g_clear_pointer (&corpus->dir, g_free);
}

NdArticle *
corpus_get (Corpus     *corpus,
            const char *id)
{
  NdArticle *article = nd_article_store_lookup (corpus->store, id);

  g_assert_nonnull (article);

  return article;
}

/* The ids found, in result order, separated by spaces. */
char *
search_ids (NdSearchIndex *index,
            const char    *text,
            gboolean       prefix,
            NdSearchOrder  order)
{
  g_autoptr(NdSearchQuery) query = nd_search_query_parse (text, prefix);
  g_autoptr(NdSearchResults) results = nd_search_index_search (index, query, order);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < nd_search_results_get_n_items (results); i++)
    {
      if (i > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, nd_article_get_id (nd_search_results_get_article (results, i)));
    }

  return g_string_free (out, FALSE);
}

int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *)a, *(const char * const *)b);
}

/* The same, sorted by id, for queries whose ranking is not the point. */
char *
search_id_set (NdSearchIndex *index,
               const char    *text,
               gboolean       prefix)
{
  g_autofree char *ids = search_ids (index, text, prefix, ND_SEARCH_ORDER_RELEVANCE);
  g_auto(GStrv) parts = g_strsplit (ids, " ", -1);
  guint n = g_strv_length (parts);

  qsort (parts, n, sizeof (char *), compare_strings);

  return g_strjoinv (" ", parts);
}

/* The newsroom corpus ------------------------------------------------------------------ */

static const Spec newsroom[] = {
  { "a1", "Harbour council approves budget", "The Harbour Gazette", { "Anna Lindqvist" },
    "2024-03-01T10:00:00Z",
    "The council will continue to co-operate with the port. Residents criticize the plan." },
  { "a2", "Café owners protest", "Café Society Times", { "José Álvarez" },
    "2024-03-05T09:00:00Z",
    "Owners of the CAFÉ said: “We will continue.” The mayor didn’t reply." },
  { "a3", "Port strike ends", "Ørsted Daily", { "Anna Lindqvist", "Zoë O’Brien" },
    "2023-12-31T23:30:00Z",
    "Workers cooperate with managers; the strike is over. We criticise nothing." },
  { "a4", "Budget cuts criticised", "The Harbour Gazette", { NULL },
    NULL,
    "Critics say the cuts will hurt schools. Will the council continue? Nobody knows." },
  { "a5", "Weather", "Co-op News", { "Mary-Jane Watson" },
    "2024-01-15",
    "Rain will continue all week in the Straße district and in Ørsted park." },
  { "a6", "Election night", "Le Monde", { "Jo Lee" },
    "2022-06-01T00:00:00Z",
    "The election results: the council won. Turnout was low." },
};

typedef struct
{
  const char *query;
  gboolean    prefix;
  const char *ids;
} Expect;

static void
check_sets (Corpus       *corpus,
            const Expect *expects,
            guint         n_expects)
{
  for (guint i = 0; i < n_expects; i++)
    {
      g_autofree char *ids = search_id_set (corpus->index, expects[i].query, expects[i].prefix);

      g_test_message ("%s%s", expects[i].query, expects[i].prefix ? " (typing)" : "");
      g_assert_cmpstr (ids, ==, expects[i].ids);
    }
}

static void
test_words (void)
{
  Corpus corpus = { 0 };
  static const Expect expects[] = {
    { "continue", FALSE, "a1 a2 a4 a5" },
    { "will continue", FALSE, "a1 a2 a4 a5" },
    { "council", FALSE, "a1 a4 a6" },
    { "COUNCIL Budget", FALSE, "a1 a4" },
    { "zebra", FALSE, "" },
    { "council zebra", FALSE, "" },
    /* Accents, case and the letters that do not decompose */
    { "cafe", FALSE, "a2" },
    { "CAFÉ", FALSE, "a2" },
    { "strasse", FALSE, "a5" },
    { "ORSTED", FALSE, "a5" },
    /* Quotes and apostrophes */
    { "didn't", FALSE, "a2" },
    { "didn’t", FALSE, "a2" },
    { "didn`t", FALSE, "a2" },
    /* Hyphens inside words */
    { "co-operate", FALSE, "a1 a3" },
    { "cooperate", FALSE, "a1 a3" },
    { "co‐operate", FALSE, "a1 a3" },
    /* Different words stay different */
    { "criticize", FALSE, "a1" },
    { "criticise", FALSE, "a3" },
    { "criticised", FALSE, "a4" },
  };

  corpus_init (&corpus, newsroom, G_N_ELEMENTS (newsroom));
  check_sets (&corpus, expects, G_N_ELEMENTS (expects));
  g_assert_cmpuint (nd_search_index_get_n_documents (corpus.index), ==, 6);
  corpus_clear (&corpus);
}

static void
test_phrases (void)
{
  Corpus corpus = { 0 };
  static const Expect expects[] = {
    { "\"will continue\"", FALSE, "a1 a2 a5" },
    { "\"we will continue\"", FALSE, "a2" },
    { "“We will continue”", FALSE, "a2" },
    { "\"continue will\"", FALSE, "" },
    /* Across punctuation and closing quotes */
    { "\"continue the mayor\"", FALSE, "a2" },
    { "\"results the council\"", FALSE, "a6" },
    /* Not from the title into the body */
    { "\"strike ends workers\"", FALSE, "" },
    { "\"port strike ends\"", FALSE, "a3" },
    { "title:\"strike ends\"", FALSE, "a3" },
    { "title:\"the strike\"", FALSE, "" },
    /* A word that folds into several is a phrase */
    { "co-operate,with", FALSE, "a1 a3" },
    /* A phrase being typed: its last word may be anywhere */
    { "\"will cont", TRUE, "a1 a2 a4 a5" },
    { "\"will cont", FALSE, "" },
    { "\"will continue al", TRUE, "a5" },
    { "\"port strike e", TRUE, "a3" },
    { "\"strike en", TRUE, "a3" },
    { "title:\"strike ov", TRUE, "" },
    { "\"strike ov", TRUE, "a3" },
  };

  corpus_init (&corpus, newsroom, G_N_ELEMENTS (newsroom));
  check_sets (&corpus, expects, G_N_ELEMENTS (expects));
  corpus_clear (&corpus);
}

/* An article far longer than any other (a book pasted into one) grows the scratch space
 * of the thread that indexes it; that space is given back, and the articles after it
 * still index right. */
static void
test_huge_article (void)
{
  Corpus corpus = { 0 };
  g_autoptr(GString) body = g_string_new (NULL);
  Spec specs[G_N_ELEMENTS (newsroom) + 2];
  static const Expect expects[] = {
    { "\"needle haystack\"", FALSE, "huge" },
    { "\"haystack needle\"", FALSE, "" },
    { "word299999", FALSE, "huge" },
    { "\"will continue\"", FALSE, "a1 a2 a5" },
    { "council", FALSE, "a1 a4 a6" },
    { "\"co-operate with the port\"", FALSE, "a1" },
    { "tail", FALSE, "tail" },
  };

  for (guint i = 0; i < 300000; i++)
    g_string_append_printf (body, "word%u ", i);
  g_string_append (body, "needle haystack");

  specs[0] = (Spec) { "huge", "A book", "Pasted", { NULL }, "2024-01-01", body->str };
  for (guint i = 0; i < G_N_ELEMENTS (newsroom); i++)
    specs[i + 1] = newsroom[i];
  specs[G_N_ELEMENTS (specs) - 1] = (Spec) { "tail", "Tail", "After", { NULL }, "2024-01-02",
                                            "A tail after the book." };

  corpus_init (&corpus, specs, G_N_ELEMENTS (specs));
  check_sets (&corpus, expects, G_N_ELEMENTS (expects));
  corpus_clear (&corpus);
}

static void
test_operators (void)
{
  Corpus corpus = { 0 };
  static const Expect expects[] = {
    { "council -election", FALSE, "a1 a4" },
    { "-\"will continue\" council", FALSE, "a4 a6" },
    { "-council", FALSE, "a2 a3 a5" },
    { "-council -rain", FALSE, "a2 a3" },
    { "strike OR rain", FALSE, "a3 a5" },
    /* OR binds tighter than AND */
    { "will strike OR rain", FALSE, "a5" },
    { "strike OR rain will", FALSE, "a5" },
    { "will strike OR council", FALSE, "a1 a4" },
    { "rain OR -council", FALSE, "a2 a3 a5" },
    { "zebra OR strike", FALSE, "a3" },
    /* Prefixes */
    { "crit", TRUE, "a1 a3 a4" },
    { "crit", FALSE, "" },
    { "council crit", TRUE, "a1 a4" },
    { "crit council", TRUE, "" },
    { "title:cut", TRUE, "a4" },
    { "coo-", TRUE, "a1 a3" },
    { "didn’", TRUE, "a2" },
    /* Malformed queries still search what makes sense */
    { "\"will continue", FALSE, "a1 a2 a5" },
    { "council OR", FALSE, "a1 a4 a6" },
    { "council -", FALSE, "a1 a4 a6" },
    { "after:2024-13-01 council", FALSE, "a1 a4 a6" },
    { "foo:council", FALSE, "" },
    { "will:continue", FALSE, "a1 a2 a5" },
    /* The empty query finds everything */
    { "", FALSE, "a1 a2 a3 a4 a5 a6" },
    { "!!!", TRUE, "a1 a2 a3 a4 a5 a6" },
  };

  corpus_init (&corpus, newsroom, G_N_ELEMENTS (newsroom));
  check_sets (&corpus, expects, G_N_ELEMENTS (expects));
  corpus_clear (&corpus);
}

static void
test_fields (void)
{
  Corpus corpus = { 0 };
  static const Expect expects[] = {
    { "source:harbour", FALSE, "a1 a4" },
    { "source:\"the harbour gazette\"", FALSE, "a1 a4" },
    { "source:\"The  Harbour  Gazette\"", FALSE, "a1 a4" },
    { "source:gazette council -budget", FALSE, "" },
    { "source:CAFE", FALSE, "a2" },
    { "source:orsted", FALSE, "a3" },
    { "source:co-op", FALSE, "a5" },
    { "source:coop", FALSE, "a5" },
    { "-source:harbour", FALSE, "a2 a3 a5 a6" },
    { "source:monde OR source:cafe", FALSE, "a2 a6" },
    { "author:lindqvist", FALSE, "a1 a3" },
    { "author:zoe", FALSE, "a3" },
    { "author:\"o'brien\"", FALSE, "a3" },
    { "author:\"José Álvarez\"", FALSE, "a2" },
    { "author:mary-jane", FALSE, "a5" },
    { "author:nobody", FALSE, "" },
    /* Dates are inclusive, in UTC; undated articles match no date filter */
    { "after:2024-03-01", FALSE, "a1 a2" },
    { "after:2024-03-02", FALSE, "a2" },
    { "before:2023-12-31", FALSE, "a3 a6" },
    { "before:2023-12-30", FALSE, "a6" },
    { "after:2024-01-15 before:2024-01-15", FALSE, "a5" },
    { "after:2024-01 before:2024-01", FALSE, "a5" },
    { "after:2024", FALSE, "a1 a2 a5" },
    { "before:2022", FALSE, "a6" },
    { "before:2021", FALSE, "" },
    { "-after:2023", FALSE, "a4 a6" },
    { "continue after:2024-03-01", FALSE, "a1 a2" },
    /* title: */
    { "title:budget", FALSE, "a1 a4" },
    { "title:council", FALSE, "a1" },
    { "title:continue", FALSE, "" },
    { "-title:budget council", FALSE, "a6" },
  };

  corpus_init (&corpus, newsroom, G_N_ELEMENTS (newsroom));
  check_sets (&corpus, expects, G_N_ELEMENTS (expects));
  corpus_clear (&corpus);
}

static void
test_order_by_date (void)
{
  Corpus corpus = { 0 };
  g_autofree char *newest = NULL;
  g_autofree char *all = NULL;
  g_autofree char *filtered = NULL;

  corpus_init (&corpus, newsroom, G_N_ELEMENTS (newsroom));

  newest = search_ids (corpus.index, "continue", FALSE, ND_SEARCH_ORDER_NEWEST);
  g_assert_cmpstr (newest, ==, "a2 a1 a5 a4");

  /* Without words every score is 0: relevance order is then date order too. */
  all = search_ids (corpus.index, "", FALSE, ND_SEARCH_ORDER_RELEVANCE);
  g_assert_cmpstr (all, ==, "a2 a1 a5 a3 a6 a4");
  filtered = search_ids (corpus.index, "source:harbour", FALSE, ND_SEARCH_ORDER_RELEVANCE);
  g_assert_cmpstr (filtered, ==, "a1 a4");

  corpus_clear (&corpus);
}

/* BM25 ---------------------------------------------------------------------------------- */

static void
assert_scores (NdSearchIndex      *index,
               const char         *text,
               const char * const *ids,
               const double       *scores)
{
  g_autoptr(NdSearchQuery) query = nd_search_query_parse (text, FALSE);
  g_autoptr(NdSearchResults) results = nd_search_index_search (index, query,
                                                               ND_SEARCH_ORDER_RELEVANCE);
  guint n = g_strv_length ((GStrv)ids);

  g_assert_cmpuint (nd_search_results_get_n_items (results), ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_assert_cmpstr (nd_article_get_id (nd_search_results_get_article (results, i)), ==, ids[i]);
      g_assert_cmpfloat_with_epsilon (nd_search_results_get_score (results, i), scores[i], 1e-4);
    }
}

/* The scores below are worked out by hand from
 *   idf = ln (1 + (N - df + 0.5) / (df + 0.5))
 *   score = idf × tf × (k1 + 1) / (tf + k1 × (1 - b + b × length / average length))
 * with k1 = 1.2 and b = 0.75. */
static void
test_bm25 (void)
{
  static const Spec fruit[] = {
    { "b1", NULL, NULL, { NULL }, NULL, "apple banana apple" },
    { "b2", NULL, NULL, { NULL }, NULL, "apple cherry cherry cherry cherry" },
    { "b3", NULL, NULL, { NULL }, NULL, "banana cherry" },
  };
  static const Spec titled[] = {
    { "c1", "kiwi", NULL, { NULL }, NULL, "melon melon" },
    { "c2", "melon", NULL, { NULL }, NULL, "kiwi melon melon" },
  };
  Corpus corpus = { 0 };

  corpus_init (&corpus, fruit, G_N_ELEMENTS (fruit));

  /* N = 3, lengths 3, 5, 2, average 10/3; apple: df = 2, idf = ln 1.6 = 0.470004.
   * b1: tf 2, 0.470004 × 4.4 / (2 + 1.2 × (0.25 + 0.75 × 0.9)) = 0.664957
   * b2: tf 1, 0.470004 × 2.2 / (1 + 1.2 × (0.25 + 0.75 × 1.5)) = 0.390192 */
  assert_scores (corpus.index, "apple",
                 (const char *[]) { "b1", "b2", NULL }, (const double[]) { 0.664957, 0.390192 });

  /* banana and cherry: df = 2 each, the same idf.
   * b3: two words, tf 1, length 2: 2 × 0.470004 × 2.2 / (1 + 1.2 × 0.7) = 1.123922
   * b2: cherry tf 4, length 5: 0.470004 × 8.8 / (4 + 1.65) = 0.732041
   * b1: banana tf 1, length 3: 0.470004 × 2.2 / (1 + 1.11) = 0.490051 */
  assert_scores (corpus.index, "cherry OR banana",
                 (const char *[]) { "b3", "b2", "b1", NULL },
                 (const double[]) { 1.123922, 0.732041, 0.490051 });
  corpus_clear (&corpus);

  /* A title word counts twice, in tf and in the length.
   * c1: kiwi in the title: tf 2, length 2 + 2 × 1 = 4; c2: tf 1, length 3 + 2 = 5;
   * average 4.5; df = 2 of N = 2, idf = ln 1.2 = 0.182322.
   * c1: 0.182322 × 4.4 / (2 + 1.2 × (0.25 + 0.75 × 4 / 4.5)) = 0.258779
   * c2: 0.182322 × 2.2 / (1 + 1.2 × (0.25 + 0.75 × 5 / 4.5)) = 0.174395 */
  corpus_init (&corpus, titled, G_N_ELEMENTS (titled));
  assert_scores (corpus.index, "kiwi",
                 (const char *[]) { "c1", "c2", NULL }, (const double[]) { 0.258779, 0.174395 });
  corpus_clear (&corpus);
}

static void
test_ties_newest_first (void)
{
  static const Spec same[] = {
    { "old", "Zebra news", NULL, { NULL }, "2020-05-01T08:00:00Z", "zebra crossing" },
    { "undated", "Zebra news", NULL, { NULL }, NULL, "zebra crossing" },
    { "new", "Zebra news", NULL, { NULL }, "2024-05-01T08:00:00Z", "zebra crossing" },
    { "mid", "Zebra news", NULL, { NULL }, "2022-05-01T08:00:00+02:00", "zebra crossing" },
    { "other", "Lion news", NULL, { NULL }, "2025-01-01T00:00:00Z", "lion crossing" },
  };
  Corpus corpus = { 0 };
  g_autofree char *ids = NULL;

  corpus_init (&corpus, same, G_N_ELEMENTS (same));
  ids = search_ids (corpus.index, "zebra", FALSE, ND_SEARCH_ORDER_RELEVANCE);
  g_assert_cmpstr (ids, ==, "new mid old undated");
  corpus_clear (&corpus);
}

/* Removing ----------------------------------------------------------------------------- */

static void
test_remove (void)
{
  Corpus corpus = { 0 };
  g_autoptr(NdSearchQuery) query = nd_search_query_parse ("continue", FALSE);
  g_autoptr(NdSearchResults) before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *again = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *readded = NULL;
  NdArticle *a1;

  corpus_init (&corpus, newsroom, G_N_ELEMENTS (newsroom));
  a1 = corpus_get (&corpus, "a1");
  before = nd_search_index_search (corpus.index, query, ND_SEARCH_ORDER_NEWEST);
  g_assert_cmpuint (nd_search_results_get_n_items (before), ==, 4);

  nd_search_index_remove (corpus.index, a1);
  g_assert_cmpuint (nd_search_index_get_n_documents (corpus.index), ==, 5);
  after = search_id_set (corpus.index, "continue", FALSE);
  g_assert_cmpstr (after, ==, "a2 a4 a5");

  /* Words only a1 had are gone, also as prefixes. */
  again = search_id_set (corpus.index, "criticize", FALSE);
  g_assert_cmpstr (again, ==, "");
  prefix = search_id_set (corpus.index, "criticiz", TRUE);
  g_assert_cmpstr (prefix, ==, "");

  /* Removing twice, or what was never added, does nothing. */
  nd_search_index_remove (corpus.index, a1);
  g_assert_cmpuint (nd_search_index_get_n_documents (corpus.index), ==, 5);

  /* Results from before still hold the removed article, alive, even once the store and
   * the index are gone. */
  corpus_clear (&corpus);
  g_assert_cmpstr (nd_article_get_id (nd_search_results_get_article (before, 1)), ==, "a1");
  g_assert_cmpstr (nd_article_get_title (nd_search_results_get_article (before, 1)), ==,
                   "Harbour council approves budget");

  /* Adding it back finds it again; adding twice does not count twice. */
  corpus_init (&corpus, newsroom, G_N_ELEMENTS (newsroom));
  a1 = corpus_get (&corpus, "a1");
  nd_search_index_remove (corpus.index, a1);
  nd_search_index_add (corpus.index, a1);
  nd_search_index_add (corpus.index, a1);
  g_assert_cmpuint (nd_search_index_get_n_documents (corpus.index), ==, 6);
  readded = search_id_set (corpus.index, "continue", FALSE);
  g_assert_cmpstr (readded, ==, "a1 a2 a4 a5");

  corpus_clear (&corpus);
}

/* A load drops a duplicate once the loader's index threads may have added it, or before. */
static void
test_exclude (void)
{
  Corpus corpus = { 0 };
  g_autofree char *before_add = NULL;
  g_autofree char *after_add = NULL;
  NdArticle *a1, *a2;

  corpus_init (&corpus, newsroom, G_N_ELEMENTS (newsroom));
  a1 = corpus_get (&corpus, "a1");

  /* Excluded once added: as removed. */
  nd_search_index_exclude (corpus.index, a1);
  g_assert_cmpuint (nd_search_index_get_n_documents (corpus.index), ==, 5);
  after_add = search_id_set (corpus.index, "continue", FALSE);
  g_assert_cmpstr (after_add, ==, "a2 a4 a5");
  corpus_clear (&corpus);

  /* Excluded before it is added: the add leaves it out. */
  corpus_init (&corpus, newsroom, G_N_ELEMENTS (newsroom));
  a2 = corpus_get (&corpus, "a2");
  g_clear_object (&corpus.index);
  corpus.index = nd_search_index_new ();
  nd_search_index_exclude (corpus.index, a2);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (corpus.store)); i++)
    {
      g_autoptr(NdArticle) article = g_list_model_get_item (G_LIST_MODEL (corpus.store), i);

      nd_search_index_add (corpus.index, article);
    }
  g_assert_cmpuint (nd_search_index_get_n_documents (corpus.index), ==, 5);
  before_add = search_id_set (corpus.index, "continue", FALSE);
  g_assert_cmpstr (before_add, ==, "a1 a4 a5");

  corpus_clear (&corpus);
}

static const Spec inquiry[] = {
  { "m1", "Mueller report released", "Wire", { NULL }, "2019-04-18",
    "The Mueller report runs to 448 pages. The report says much." },
  { "m2", "Reading the Mueller report", "Wire", { NULL }, "2019-04-19",
    "Analysts read the report overnight." },
  { "m3", "Miller speaks", "Wire", { NULL }, "2019-04-20",
    "Stephen Miller spoke to reporters about the report." },
  { "m4", "Cellar flood", "Wire", { NULL }, "2019-04-21",
    "Water filled the cellar. Repairs begin, the caller said." },
};

static char *
suggest (Corpus     *corpus,
         const char *text)
{
  return nd_search_index_suggest (corpus->index, text);
}

/* A search without results suggests the nearest words of the index, by edit distance
 * (a swap of two letters is one edit), then by how many articles have them. */
static void
test_suggest (void)
{
  Corpus corpus = { 0 };
  static const struct { const char *text; const char *suggestion; } cases[] = {
    /* muller: mueller (an e added) and miller (u for i) are one edit away; "mueller" is in
     * two articles, "miller" in one. reprot is one swap from report. */
    { "muller reprot", "mueller report" },
    { "Muller REPROT", "mueller report" },
    /* Known words stay as typed, operators and fields too. */
    { "Mueller reprot", "Mueller report" },
    { "\"muller report\"", "\"mueller report\"" },
    { "reprot -cellar", "report -cellar" },
    { "source:wire reprot", "source:wire report" },
    { "reprot OR cellar", "report OR cellar" },
    /* Two edits for long words: "reporterz" is one from "reporters". */
    { "reporterz", "reporters" },
    { "ovrenigth", "overnight" },
    /* Nothing near enough, nothing unknown, or too short to guess. */
    { "zeppelin", NULL },
    { "mueller report", NULL },
    { "muller zeppelin", NULL },
    { "rpt", NULL },
    /* The word being typed may be the start of a word. */
    { "muller repo", "mueller repo" },
    /* Once typed, it is a word of its own: "repo" is two edits from "report". */
    { "muller repo ", NULL },
    { "", NULL },
  };

  corpus_init (&corpus, inquiry, G_N_ELEMENTS (inquiry));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *suggestion = suggest (&corpus, cases[i].text);

      g_test_message ("%s", cases[i].text);
      g_assert_cmpstr (suggestion, ==, cases[i].suggestion);
    }

  /* A removed article's words are not suggested. */
  nd_search_index_remove (corpus.index, corpus_get (&corpus, "m4"));
  {
    g_autofree char *removed = suggest (&corpus, "celar");

    g_assert_null (removed);
  }

  corpus_clear (&corpus);
}

static void
test_results_find (void)
{
  Corpus corpus = { 0 };
  g_autoptr(NdSearchQuery) query = nd_search_query_parse ("continue", FALSE);
  g_autoptr(NdSearchResults) results = NULL;
  guint position = G_MAXUINT;

  corpus_init (&corpus, newsroom, G_N_ELEMENTS (newsroom));
  results = nd_search_index_search (corpus.index, query, ND_SEARCH_ORDER_NEWEST);

  g_assert_true (nd_search_results_find (results, corpus_get (&corpus, "a5"), &position));
  g_assert_cmpuint (position, ==, 2);
  g_assert_false (nd_search_results_find (results, corpus_get (&corpus, "a3"), &position));
  g_assert_true (nd_search_results_find (results, corpus_get (&corpus, "a2"), NULL));

  corpus_clear (&corpus);
}

/* The prefix cap ------------------------------------------------------------------------- */

static void
test_prefix_cap (void)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  Corpus corpus = { 0 };
  g_autofree char *typed = NULL;
  g_autofree char *exact = NULL;
  g_autoptr(GString) expected = g_string_new (NULL);

  /* d000 … d099 each hold one word w000 … w099; ten more articles hold w090 … w099,
   * which are then in 11 articles each; one holds the word "w" itself. */
  json_builder_begin_array (builder);
  for (guint i = 0; i < 100; i++)
    {
      g_autofree char *id = g_strdup_printf ("d%03u", i);
      g_autofree char *body = g_strdup_printf ("w%03u", i);
      Spec spec = { id, "x", NULL, { NULL }, NULL, body };

      add_spec (builder, &spec);
    }
  for (guint i = 0; i < 10; i++)
    {
      g_autofree char *id = g_strdup_printf ("e%u", i);
      Spec spec = { id, "x", NULL, { NULL }, NULL,
                    "w090 w091 w092 w093 w094 w095 w096 w097 w098 w099" };

      add_spec (builder, &spec);
    }
  {
    Spec spec = { "w", "x", NULL, { NULL }, NULL, "w" };

    add_spec (builder, &spec);
  }
  json_builder_end_array (builder);
  corpus_load_json (&corpus, builder);
  corpus_index_all (&corpus);

  /* "w" stands for itself, then the ten words in 11 articles, then 53 of the words in
   * one article, in byte order: w000 … w052. */
  for (guint i = 0; i <= 52; i++)
    g_string_append_printf (expected, "d%03u ", i);
  for (guint i = 90; i < 100; i++)
    g_string_append_printf (expected, "d%03u ", i);
  for (guint i = 0; i < 10; i++)
    g_string_append_printf (expected, "e%u ", i);
  g_string_append (expected, "w");

  typed = search_id_set (corpus.index, "w", TRUE);
  g_assert_cmpstr (typed, ==, expected->str);

  /* A narrower prefix finds all it begins. */
  exact = search_id_set (corpus.index, "w05", TRUE);
  g_assert_cmpstr (exact, ==, "d050 d051 d052 d053 d054 d055 d056 d057 d058 d059");

  corpus_clear (&corpus);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/search/index/words", test_words);
  g_test_add_func ("/search/index/phrases", test_phrases);
  g_test_add_func ("/search/index/huge-article", test_huge_article);
  g_test_add_func ("/search/index/operators", test_operators);
  g_test_add_func ("/search/index/fields", test_fields);
  g_test_add_func ("/search/index/order-by-date", test_order_by_date);
  g_test_add_func ("/search/index/bm25", test_bm25);
  g_test_add_func ("/search/index/ties-newest-first", test_ties_newest_first);
  g_test_add_func ("/search/index/remove", test_remove);
  g_test_add_func ("/search/index/exclude", test_exclude);
  g_test_add_func ("/search/index/suggest", test_suggest);
  g_test_add_func ("/search/index/results-find", test_results_find);
  g_test_add_func ("/search/index/prefix-cap", test_prefix_cap);
  add_search_index_generated_tests ();

  return g_test_run ();
}

/* test-search-index-generated.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* test-search-index on generated corpora: random queries against the reference search, and
 * many articles searched while they are added. */

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "load/nd-article-store.h"
#include "search/nd-search-index-private.h"
#include "nd-test-utils.h"
#include "search-reference.h"
#include "search/nd-search-query-private.h"
#include "search/nd-search-results-private.h"
#include "test-search-index-private.h"

/* Generated corpora ---------------------------------------------------------------------- */

static const char *vocabulary[] = {
  "café", "Café", "CAFÉ", "cafe", "cafés", "caffeine", "cat", "catalog", "category",
  "co-operate", "cooperate", "co‐operate", "coop", "don't", "don’t", "dont", "we'll",
  "we’ll", "well", "will", "continue", "continued", "criticize", "criticise", "naïve",
  "naive", "Ørsted", "orsted", "Straße", "strasse", "Æble", "œuvre", "Łódź", "lodz",
  "résumé", "resume", "well-known", "wellknown", "state-of-the-art", "the", "The", "a",
  "and", "of", "government", "govern", "governor", "election", "elect", "elected", "vote",
  "voter", "1990-1995", "2024", "COVID-19", "mp3", "北京", "Σοφία", "l'État", "rock’n’roll",
  "e-mail", "email", "Þór", "thor", "ŁAD", "Đorđe", "rock",
};

static const char *separators[] = {
  " ", " ", " ", " ", " ", ", ", ". ", " — ", " - ", "; ", ": ", " “", "” ", "\n\n", " (",
  ") ", "’s ", "'s ", " -", "- ", "/",
};

static const char *sources[] = {
  "The Harbour Gazette", "Café Society Times", "Ørsted Daily", "Co-op News",
  "Le Monde Diplomatique", "ŁÓDŹ Express",
};

static const char *authors[] = {
  "Anna Lindqvist", "José Álvarez", "Zoë O’Brien", "Łukasz Nowak", "Mary-Jane Watson",
  "Jo Lee",
};

static char *
random_word (GRand *rand)
{
  const char *word = vocabulary[g_rand_int_range (rand, 0, G_N_ELEMENTS (vocabulary))];

  switch (g_rand_int_range (rand, 0, 6))
    {
    case 0:
      return g_utf8_strup (word, -1);

    case 1:
      return g_utf8_strdown (word, -1);

    default:
      return g_strdup (word);
    }
}

static char *
random_text (GRand *rand,
             guint  n_words)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < n_words; i++)
    {
      g_autofree char *word = random_word (rand);

      g_string_append (text, word);
      if (i + 1 < n_words)
        g_string_append (text, separators[g_rand_int_range (rand, 0, G_N_ELEMENTS (separators))]);
    }

  return g_string_free (text, FALSE);
}

static char *
random_date (GRand *rand)
{
  g_autoptr(GDateTime) start = g_date_time_new_utc (2019, 1, 1, 0, 0, 0);
  g_autoptr(GDateTime) date = g_date_time_add_seconds (start, g_rand_double_range (rand, 0, 6 * 365.25 * 86400));

  switch (g_rand_int_range (rand, 0, 5))
    {
    case 0:
      return g_date_time_format (date, "%Y-%m-%d");

    case 1:
      {
        g_autoptr(GTimeZone) zone = g_time_zone_new_offset (g_rand_int_range (rand, -12, 13) * 3600);
        g_autoptr(GDateTime) local = g_date_time_to_timezone (date, zone);

        return g_date_time_format (local, "%Y-%m-%dT%H:%M:%S%:z");
      }

    default:
      return g_date_time_format (date, "%Y-%m-%dT%H:%M:%SZ");
    }
}

/* Writes @n random articles; their ids start with @prefix. */
static void
corpus_init_random (Corpus     *corpus,
                    GRand      *rand,
                    const char *prefix,
                    guint       n)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("%s%04u", prefix, i);
      g_autofree char *title = random_text (rand, g_rand_int_range (rand, 1, 7));
      g_autofree char *body = random_text (rand, g_rand_int_range (rand, 0, 80));
      g_autofree char *published = g_rand_int_range (rand, 0, 10) > 0 ? random_date (rand) : NULL;
      Spec spec = { id, title, NULL, { NULL }, published, body };
      guint n_authors = g_rand_int_range (rand, 0, 4);

      if (g_rand_int_range (rand, 0, 10) > 0)
        spec.source = sources[g_rand_int_range (rand, 0, G_N_ELEMENTS (sources))];
      for (guint a = 0; a < n_authors; a++)
        spec.authors[a] = authors[g_rand_int_range (rand, 0, G_N_ELEMENTS (authors))];

      add_spec (builder, &spec);
    }
  json_builder_end_array (builder);

  corpus_load_json (corpus, builder);
  corpus_index_in_batches (corpus, rand);
}

/* A piece of a name (at least two characters), in a random case, quoted when needed. */
static char *
random_field_value (GRand      *rand,
                    const char *name)
{
  glong len = g_utf8_strlen (name, -1);
  glong start = g_rand_int_range (rand, 0, len - 1);
  glong end = g_rand_int_range (rand, start + 2, len + 1);
  g_autofree char *piece = g_utf8_substring (name, start, end);
  g_autofree char *cased = g_rand_boolean (rand) ? g_utf8_strup (piece, -1) : g_strdup (piece);

  if (strchr (cased, ' ') != NULL || g_rand_int_range (rand, 0, 4) == 0)
    return g_strdup_printf ("\"%s\"", cased);

  return g_steal_pointer (&cased);
}

/* A few words in a row from an article, without the quotation marks it may hold. */
static char *
random_phrase (GRand          *rand,
               NdArticleStore *store)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (store));
  g_autoptr(NdArticle) article = g_list_model_get_item (G_LIST_MODEL (store), g_rand_int_range (rand, 0, n));
  const char *text = g_rand_boolean (rand) ? nd_article_get_body (article) : nd_article_get_title (article);
  g_auto(GStrv) chunks = g_strsplit_set (text != NULL ? text : "", " \n", -1);
  guint n_chunks = g_strv_length (chunks);
  guint length = g_rand_int_range (rand, 2, 4);
  guint first = n_chunks > length ? g_rand_int_range (rand, 0, n_chunks - length + 1) : 0;
  GString *phrase = g_string_new (NULL);

  for (guint i = first; i < first + length && i < n_chunks; i++)
    {
      for (const char *p = chunks[i]; *p != '\0'; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);

          if (c != '"' && c != 0x201C && c != 0x201D)
            g_string_append_unichar (phrase, c);
        }
      g_string_append_c (phrase, ' ');
    }

  return g_string_free (phrase, FALSE);
}

static char *
random_query (GRand          *rand,
              NdArticleStore *store)
{
  GString *query = g_string_new (NULL);
  guint n_items = g_rand_int_range (rand, 1, 5);

  for (guint i = 0; i < n_items; i++)
    {
      guint kind = g_rand_int_range (rand, 0, 100);
      g_autofree char *word = random_word (rand);

      if (i > 0)
        g_string_append_c (query, ' ');

      if (kind < 25)
        g_string_append (query, word);
      else if (kind < 38)
        {
          /* The start of a word, as while typing */
          glong len = g_utf8_strlen (word, -1);
          g_autofree char *start = g_utf8_substring (word, 0, g_rand_int_range (rand, 1, MAX (len, 1) + 1));

          g_string_append (query, start);
        }
      else if (kind < 50)
        {
          g_autofree char *phrase = random_phrase (rand, store);

          g_string_append_printf (query, g_rand_boolean (rand) ? "\"%s\"" : "“%s”", phrase);
        }
      else if (kind < 58)
        g_string_append_printf (query, "-%s", word);
      else if (kind < 61)
        {
          g_autofree char *phrase = random_phrase (rand, store);

          g_string_append_printf (query, "-\"%s\"", phrase);
        }
      else if (kind < 67)
        {
          g_autofree char *value = random_field_value (rand, sources[g_rand_int_range (rand, 0, G_N_ELEMENTS (sources))]);

          g_string_append_printf (query, "%ssource:%s", g_rand_int_range (rand, 0, 5) ? "" : "-", value);
        }
      else if (kind < 72)
        {
          g_autofree char *value = random_field_value (rand, authors[g_rand_int_range (rand, 0, G_N_ELEMENTS (authors))]);

          g_string_append_printf (query, "author:%s", value);
        }
      else if (kind < 75)
        g_string_append_printf (query, "title:%s", word);
      else if (kind < 77)
        {
          g_autofree char *phrase = random_phrase (rand, store);

          g_string_append_printf (query, "title:\"%s\"", phrase);
        }
      else if (kind < 85)
        {
          g_autofree char *date = random_date (rand);

          date[g_rand_int_range (rand, 0, 6) == 0 ? 7 : 10] = '\0';
          g_string_append_printf (query, "%s:%s", g_rand_boolean (rand) ? "after" : "before", date);
        }
      else if (kind < 95)
        g_string_append_printf (query, "%s OR", word);
      else
        {
          static const char *broken[] = {
            "\"", "-", "OR", "foo:bar", "after:2024-13-40", "source:", "“unclosed", "title:",
          };

          g_string_append (query, broken[g_rand_int_range (rand, 0, G_N_ELEMENTS (broken))]);
        }
    }

  return g_string_free (query, FALSE);
}

static char *
sorted_ids (GPtrArray *articles)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();

  for (guint i = 0; i < articles->len; i++)
    g_ptr_array_add (ids, (gpointer)nd_article_get_id (g_ptr_array_index (articles, i)));
  g_ptr_array_sort (ids, compare_strings);
  g_ptr_array_add (ids, NULL);

  return g_strjoinv (" ", (GStrv)ids->pdata);
}

/* Compares the index with the reference on @n_queries random queries; returns how many
 * of them found something. */
static guint
compare_queries (Corpus          *corpus,
                 SearchReference *reference,
                 GRand           *rand,
                 guint            n_queries)
{
  guint n_found = 0;

  for (guint q = 0; q < n_queries; q++)
    {
      g_autofree char *text = random_query (rand, corpus->store);
      gboolean prefix = g_rand_boolean (rand);
      g_autoptr(NdSearchQuery) query = nd_search_query_parse (text, prefix);
      g_autoptr(NdSearchResults) results = nd_search_index_search (corpus->index, query,
                                                                   ND_SEARCH_ORDER_RELEVANCE);
      g_autoptr(GPtrArray) expected = search_reference_find (reference, query);
      g_autoptr(GPtrArray) found = g_ptr_array_new ();
      g_autofree char *expected_ids = NULL;
      g_autofree char *found_ids = NULL;
      guint n = nd_search_results_get_n_items (results);

      for (guint i = 0; i < n; i++)
        {
          NdArticle *article = nd_search_results_get_article (results, i);

          g_ptr_array_add (found, article);

          /* Best first; equal scores newest first. */
          if (i > 0)
            {
              NdArticle *previous = nd_search_results_get_article (results, i - 1);
              double previous_score = nd_search_results_get_score (results, i - 1);
              double score = nd_search_results_get_score (results, i);

              g_assert_cmpfloat (previous_score, >=, score);
              if (previous_score == score)
                g_assert_cmpint (nd_article_compare_newest_first (previous, article), <, 0);
            }
        }

      expected_ids = sorted_ids (expected);
      found_ids = sorted_ids (found);
      if (g_strcmp0 (expected_ids, found_ids) != 0)
        {
          g_autofree char *understood = nd_search_query_to_string (query);

          g_printerr ("query %s%s, understood as %s\n", text, prefix ? " (typing)" : "", understood);
        }
      g_assert_cmpstr (found_ids, ==, expected_ids);

      if (n > 0)
        n_found++;
    }

  return n_found;
}

static void
test_property (void)
{
  guint n_compared = 0;
  guint n_found = 0;

  for (guint seed = 1; seed <= 4; seed++)
    {
      g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
      g_autoptr(SearchReference) reference = search_reference_new ();
      g_autofree char *prefix = g_strdup_printf ("s%u-", seed);
      GListModel *model;
      Corpus corpus = { 0 };

      corpus_init_random (&corpus, rand, prefix, 300);
      model = G_LIST_MODEL (corpus.store);
      for (guint i = 0; i < g_list_model_get_n_items (model); i++)
        {
          g_autoptr(NdArticle) article = g_list_model_get_item (model, i);

          search_reference_add (reference, article);
        }

      n_found += compare_queries (&corpus, reference, rand, 550);
      n_compared += 550;

      /* Take some articles out of both, and compare again. */
      for (guint i = 0; i < 40; i++)
        {
          g_autoptr(NdArticle) article = g_list_model_get_item (model, g_rand_int_range (rand, 0, 300));

          nd_search_index_remove (corpus.index, article);
          search_reference_remove (reference, article);
        }

      n_found += compare_queries (&corpus, reference, rand, 150);
      n_compared += 150;

      corpus_clear (&corpus);
    }

  g_test_message ("compared %u random queries with the reference; %u found something",
                  n_compared, n_found);
  g_assert_cmpuint (n_compared, >=, 2000);
  /* The queries are worth comparing only if a fair share of them find something. */
  g_assert_cmpuint (n_found, >=, n_compared / 4);
}

/* Many articles ------------------------------------------------------------------------ */

/* Writes @n articles of plain made-up words: "common" in each, and every tenth one
 * "tenth". */
static void
corpus_init_generated (Corpus *corpus,
                       guint   n,
                       guint   n_words)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);

  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("g%05u", i);
      g_autoptr(GString) body = g_string_new ("common");
      Spec spec = { id, NULL, "Generated News", { "Gen Writer" }, "2024-01-01T00:00:00Z", NULL };

      for (guint w = 0; w < n_words; w++)
        {
          /* Zipf-like: a few frequent words, many rare ones. */
          guint rank = (guint)(g_rand_double (rand) * g_rand_double (rand) * 3000);

          g_string_append_printf (body, "%s word%u", w % 12 == 11 ? "." : "", rank);
        }
      if (i % 10 == 0)
        g_string_append (body, " tenth");
      spec.body = body->str;
      spec.title = i % 2 ? "Generated article" : "Another generated article";

      add_spec (builder, &spec);
    }
  json_builder_end_array (builder);

  corpus_load_json (corpus, builder);
}

typedef struct
{
  NdSearchIndex *index;
  GPtrArray     *articles;
  gint           done;
} AddJob;

static gpointer
add_worker (gpointer data)
{
  AddJob *job = data;

  for (guint i = 0; i < job->articles->len; i++)
    nd_search_index_add (job->index, g_ptr_array_index (job->articles, i));
  g_atomic_int_set (&job->done, TRUE);

  return NULL;
}

static guint
count_results (NdSearchIndex *index,
               const char    *text,
               gboolean       prefix)
{
  g_autoptr(NdSearchQuery) query = nd_search_query_parse (text, prefix);
  g_autoptr(NdSearchResults) results = nd_search_index_search (index, query,
                                                               ND_SEARCH_ORDER_RELEVANCE);

  return nd_search_results_get_n_items (results);
}

static void
test_search_while_adding (void)
{
  Corpus corpus = { 0 };
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *model;
  AddJob job;
  GThread *thread;
  guint last = 0;
  guint last_tenth = 0;
  guint n_searches = 0;
  guint n_between = 0;

  corpus_init_generated (&corpus, 20000, 20);
  model = G_LIST_MODEL (corpus.store);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (articles, g_list_model_get_item (model, i));
  g_assert_cmpuint (articles->len, ==, 20000);

  corpus.index = nd_search_index_new ();
  job.index = corpus.index;
  job.articles = articles;
  job.done = FALSE;
  thread = g_thread_new ("add", add_worker, &job);

  while (!g_atomic_int_get (&job.done))
    {
      guint n = count_results (corpus.index, "common", FALSE);
      guint tenth = count_results (corpus.index, "tenth generated", FALSE);

      /* Other shapes of query, on a dictionary that grows while they run. */
      count_results (corpus.index, "word1", TRUE);
      count_results (corpus.index, "\"common word", TRUE);
      count_results (corpus.index, "-word5 OR word7 source:generated", FALSE);

      g_assert_cmpuint (n, >=, last);
      g_assert_cmpuint (tenth, >=, last_tenth);
      if (n > 0 && n < 20000)
        n_between++;
      last = n;
      last_tenth = tenth;
      n_searches++;

      /* A reader types a few keys a second; searching back to back would only starve
       * the adding thread of the lock. */
      g_usleep (200);
    }
  g_thread_join (thread);

  g_test_message ("%u searches while adding, %u of them on a partial index", n_searches,
                  n_between);
  g_assert_cmpuint (count_results (corpus.index, "common", FALSE), ==, 20000);
  g_assert_cmpuint (count_results (corpus.index, "tenth", FALSE), ==, 2000);
  g_assert_cmpuint (nd_search_index_get_n_documents (corpus.index), ==, 20000);

  corpus_clear (&corpus);
}

static void
test_memory (void)
{
  Corpus corpus = { 0 };
  GListModel *model;
  guint64 body_bytes = 0;
  gsize size;

  corpus_init_generated (&corpus, 2000, 300);
  corpus_index_all (&corpus);
  model = G_LIST_MODEL (corpus.store);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(NdArticle) article = g_list_model_get_item (model, i);

      body_bytes += strlen (nd_article_get_body (article));
    }

  size = nd_search_index_get_memory_size (corpus.index);
  g_test_message ("index: %" G_GSIZE_FORMAT " bytes for %" G_GUINT64_FORMAT " bytes of body (%.0f%%)",
                  size, body_bytes, 100.0 * size / body_bytes);
  g_assert_cmpuint (size, >, body_bytes / 10);
  g_assert_cmpuint (size, <, body_bytes);

  corpus_clear (&corpus);
}

void
add_search_index_generated_tests (void)
{
  g_test_add_func ("/search/index/property", test_property);
  g_test_add_func ("/search/index/search-while-adding", test_search_while_adding);
  g_test_add_func ("/search/index/memory", test_memory);
}

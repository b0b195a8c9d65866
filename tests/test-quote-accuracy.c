/* test-quote-accuracy.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Measures the quote finder against quotations annotated by hand
 * (tests/data/quotes/annotations.json: the sample story and real articles from
 * ../shared/corpus) and fails below the targets of the issue. A quotation found matches
 * an annotated one when both offsets are the same; a speaker is right when it is the
 * annotated name, letter for letter.
 *
 *   detection recall     matched / annotated
 *   detection precision  matched / found
 *   speaker precision    right speakers / speakers given, over the matched quotations
 *   speaker coverage     annotated quotations with a speaker that got one / annotated
 *                        quotations with a speaker (a quotation not found got none) */

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "load/nd-article-store.h"
#include "quotes/nd-quote-finder.h"
#include "nd-test-utils.h"

#define MIN_RECALL             0.95
#define MIN_PRECISION          0.95
#define MIN_SPEAKER_PRECISION  0.90
#define MIN_SPEAKER_COVERAGE   0.80

typedef struct
{
  guint annotated;
  guint found;
  guint matched;
  guint speakers_given;
  guint speakers_right;
  guint with_speaker;
  guint with_speaker_given;
} Counts;

static JsonObject *
load_annotations (JsonParser *parser)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "quotes",
                                                 "annotations.json", NULL);
  g_autoptr(GError) error = NULL;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);

  return json_node_get_object (json_parser_get_root (parser));
}

static GFile *
annotated_file (const char *name)
{
  g_autofree char *path = NULL;

  if (g_str_equal (name, "sample"))
    return nd_article_store_sample_file ();

  path = g_test_build_filename (G_TEST_DIST, "..", "..", "shared", "corpus", name, NULL);
  return g_file_new_for_path (path);
}

static NdArticle *
find_article (NdArticleStore *store,
              const char     *id)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (store)); i++)
    {
      g_autoptr(NdArticle) article = g_list_model_get_item (G_LIST_MODEL (store), i);

      if (g_str_equal (nd_article_get_id (article), id))
        return g_steal_pointer (&article);
    }

  return NULL;
}

/* The annotation's text is the body between its offsets, each paragraph's reopening mark
 * left out: a check that the body the offsets were taken from has not changed. */
static void
assert_annotation_fits (const char *body,
                        JsonObject *quotation)
{
  guint start = json_object_get_int_member (quotation, "start");
  guint end = json_object_get_int_member (quotation, "end");
  const char *text = json_object_get_string_member (quotation, "text");
  const char *from = g_utf8_offset_to_pointer (body, start);
  const char *to = g_utf8_offset_to_pointer (body, end);
  g_autofree char *slice = g_strndup (from, to - from);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  g_assert_cmpuint (start, <, end);
  g_assert_cmpuint (end, <=, g_utf8_strlen (body, -1));

  if (lines[1] == NULL)
    {
      g_assert_cmpstr (slice, ==, text);
      return;
    }

  /* Over several paragraphs: every piece is there, in order. */
  for (guint i = 1; lines[i] != NULL; i++)
    {
      const char *piece = strstr (slice, lines[i]);

      g_assert_nonnull (piece);
    }
  g_assert_true (g_str_has_prefix (slice, lines[0]));
  g_assert_true (g_str_has_suffix (slice, lines[g_strv_length (lines) - 1]));
}

static const NdQuotation *
find_found (GPtrArray *found,
            guint      start,
            guint      end)
{
  for (guint i = 0; i < found->len; i++)
    {
      const NdQuotation *quotation = g_ptr_array_index (found, i);

      if (quotation->start == start && quotation->end == end)
        return quotation;
    }

  return NULL;
}

static gboolean
is_annotated (JsonArray *quotations,
              guint      start,
              guint      end)
{
  for (guint i = 0; i < json_array_get_length (quotations); i++)
    {
      JsonObject *quotation = json_array_get_object_element (quotations, i);

      if (json_object_get_int_member (quotation, "start") == start &&
          json_object_get_int_member (quotation, "end") == end)
        return TRUE;
    }

  return FALSE;
}

static void
score_article (const char *id,
               const char *body,
               JsonArray  *quotations,
               Counts     *counts)
{
  g_autoptr(GPtrArray) found = nd_quote_finder_find (body);

  counts->found += found->len;
  counts->annotated += json_array_get_length (quotations);

  for (guint i = 0; i < json_array_get_length (quotations); i++)
    {
      JsonObject *quotation = json_array_get_object_element (quotations, i);
      guint start = json_object_get_int_member (quotation, "start");
      guint end = json_object_get_int_member (quotation, "end");
      const char *speaker = json_object_get_null_member (quotation, "speaker")
                            ? NULL : json_object_get_string_member (quotation, "speaker");
      const NdQuotation *match;

      assert_annotation_fits (body, quotation);
      match = find_found (found, start, end);

      if (speaker != NULL)
        counts->with_speaker++;

      if (match == NULL)
        {
          g_test_message ("%s: missed %u-%u “%s”", id, start, end,
                          json_object_get_string_member (quotation, "text"));
          continue;
        }

      counts->matched++;
      if (match->speaker == NULL)
        {
          if (speaker != NULL)
            g_test_message ("%s: no speaker for %u “%s”, expected %s", id, start,
                            match->text, speaker);
          continue;
        }

      counts->speakers_given++;
      if (speaker != NULL)
        counts->with_speaker_given++;
      if (g_strcmp0 (speaker, match->speaker) == 0)
        counts->speakers_right++;
      else
        g_test_message ("%s: wrong speaker for %u “%s”: %s, expected %s", id, start,
                        match->text, match->speaker, speaker ? speaker : "none");
    }

  for (guint i = 0; i < found->len; i++)
    {
      const NdQuotation *quotation = g_ptr_array_index (found, i);

      if (!is_annotated (quotations, quotation->start, quotation->end))
        g_test_message ("%s: not a quotation %u-%u “%s”", id, quotation->start,
                        quotation->end, quotation->text);
    }
}

static double
ratio (guint part,
       guint whole)
{
  return whole == 0 ? 0.0 : (double)part / whole;
}

static void
test_accuracy (void)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(NdArticleStore) store = nd_article_store_new ();
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  JsonObject *root = load_annotations (parser);
  JsonArray *articles = json_object_get_array_member (root, "articles");
  Counts counts = { 0 };
  guint n_real = 0;
  double recall, precision, speaker_precision, coverage;

  for (guint i = 0; i < json_array_get_length (articles); i++)
    {
      JsonObject *article = json_array_get_object_element (articles, i);
      const char *file = json_object_get_string_member (article, "file");

      if (!g_hash_table_contains (seen, file))
        {
          g_hash_table_add (seen, (gpointer)file);
          g_ptr_array_add (files, annotated_file (file));
          n_real += !g_str_equal (file, "sample");
        }
    }

  g_assert_true (nd_article_store_load_sync (store, (GFile **)files->pdata, files->len,
                                             NULL, NULL));
  g_assert_cmpuint (nd_article_store_get_errors (store)->len, ==, 0);

  for (guint i = 0; i < json_array_get_length (articles); i++)
    {
      JsonObject *article = json_array_get_object_element (articles, i);
      const char *id = json_object_get_string_member (article, "id");
      g_autoptr(NdArticle) loaded = find_article (store, id);

      g_assert_nonnull (loaded);
      score_article (id, nd_article_get_body (loaded),
                     json_object_get_array_member (article, "quotations"), &counts);
    }

  recall = ratio (counts.matched, counts.annotated);
  precision = ratio (counts.matched, counts.found);
  speaker_precision = ratio (counts.speakers_right, counts.speakers_given);
  coverage = ratio (counts.with_speaker_given, counts.with_speaker);

  g_test_message ("%u articles (%u real), %u quotations annotated, %u with a speaker",
                  json_array_get_length (articles), n_real, counts.annotated,
                  counts.with_speaker);
  g_test_message ("detection recall %.3f (%u/%u), precision %.3f (%u/%u)",
                  recall, counts.matched, counts.annotated,
                  precision, counts.matched, counts.found);
  g_test_message ("speaker precision %.3f (%u/%u), coverage %.3f (%u/%u)",
                  speaker_precision, counts.speakers_right, counts.speakers_given,
                  coverage, counts.with_speaker_given, counts.with_speaker);

  /* The issue asks for at least ten real articles besides the sample story. */
  g_assert_cmpuint (n_real, >=, 10);
  g_assert_cmpfloat (recall, >=, MIN_RECALL);
  g_assert_cmpfloat (precision, >=, MIN_PRECISION);
  g_assert_cmpfloat (speaker_precision, >=, MIN_SPEAKER_PRECISION);
  g_assert_cmpfloat (coverage, >=, MIN_SPEAKER_COVERAGE);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/quote-finder/accuracy", test_accuracy);

  return g_test_run ();
}

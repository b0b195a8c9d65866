/* test-quote-accuracy.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Measures the quote finder against quotations annotated by hand and fails below the
 * targets. Two sets (tests/data/quotes/GUIDE.md):
 *
 *   annotations.json        the sample story and 20 real articles the rules were written on
 *   unseen-a.json, -b.json  78 real articles of 26 events the rules were never tuned on,
 *                           split by event into a dev half (tune on it) and a test half
 *                           (only ever measured); both are reported, each on its own
 *   unseen-c.json           20 more real articles of other stories, all in the dev half
 *   unseen-d.json           18 more real articles of other stories, "added dev set 2"
 *                           (half "dev2"): measured before any rule was tuned on them,
 *                           then tuned on like the dev half, reported on their own
 *   unseen-e.json           20 more real articles of other kinds of story and outlets,
 *                           "added dev set 3" (half "dev3"), made as set 2 was
 *
 * A quotation found matches an annotated one when both offsets are the same; a speaker is
 * right when it is the annotated name, letter for letter. What the finder marks as a title
 * (NdQuotation.title) is not counted as found; annotations.json marks with "title": true
 * the titles and single terms in marks that its older rules counted as quotations, and
 * these must come out as titles.
 *
 *   detection recall     matched / annotated
 *   detection precision  matched / found
 *   speaker precision    right speakers / speakers given, over the matched quotations
 *   speaker coverage     annotated quotations with a speaker that got one / annotated
 *                        quotations with a speaker (a quotation not found got none)
 *   speaker recall       annotated quotations with a speaker that got the right one /
 *                        annotated quotations with a speaker
 *
 * Each mistake (missed, not a quotation, no or wrong speaker) is printed only when
 * ND_ACCURACY_DUMP names the set: "dev" for the dev half, "dev2" for the added dev set 2,
 * "dev3" for the added dev set 3, "tuned" for annotations.json, "extra" for the set
 * ND_QUOTE_EXTRA names.
 * The test half prints its figures only, never its quotations, so that nobody tunes on it.
 *
 * ND_QUOTE_EXTRA=PATH measures one more annotation file, outside the repository, as its
 * own half "extra" (/quote-finder/extra, never failing): development data whose text may
 * not be committed (BASIL's articles, issue #14). Its articles have "half": "extra" and
 * absolute "file" paths; the format is that of unseen-e.json. */

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "load/nd-article-store.h"
#include "quotes/nd-quote-finder.h"
#include "nd-test-utils.h"

typedef struct
{
  double recall;
  double precision;
  double speaker_precision;
  double speaker_coverage;
  double speaker_recall;
} Targets;

/* On the articles the rules were written on. */
static const Targets tuned_targets = { 0.95, 0.95, 0.90, 0.80, 0.0 };

/* On the unseen test half: just under what the finder reaches (issue #14, part 2, round 7,
 * BASIL development data: recall 0.976, precision 0.948, speaker precision 0.839, coverage
 * 0.724, right speaker 0.623; round 6,
 * added dev set 3: recall 0.976, precision 0.949, speaker precision 0.832, coverage 0.716,
 * right speaker 0.613, so no floor was raised; round 5, added dev set 2: recall 0.980, precision 0.948, speaker precision 0.835, coverage 0.714,
 * right speaker 0.613; round 4, captions, pronoun runs and probed classes: recall 0.980,
 * precision 0.948, speaker precision 0.820, coverage 0.712, right speaker 0.611; tuned
 * on 20 more dev articles: recall 0.980, precision 0.948, speaker precision 0.827, coverage
 * 0.683, right speaker 0.591; before them: 0.980, 0.946, 0.812, 0.663, 0.562;
 * after part 1: 0.980, 0.941, 0.815, 0.644, 0.545; when the half was made: 0.981, 0.821,
 * 0.823, 0.580, 0.498), as a floor against regressions. Issue #14's targets (speaker
 * precision 0.95, right speaker 0.85, quotations 0.97 both ways) replace these when the
 * rules reach them. */
static const Targets unseen_floor = { 0.975, 0.945, 0.835, 0.72, 0.62 };

typedef struct
{
  guint annotated;
  guint found;
  guint matched;
  guint speakers_given;
  guint speakers_right;
  guint with_speaker;
  guint with_speaker_given;
  guint with_speaker_right;
  guint titles_annotated;
  guint titles_marked;
  gboolean dump;  /* print each mistake */
} Counts;

static JsonObject *
load_annotations (JsonParser *parser,
                  const char *name)
{
  g_autoptr(GError) error = NULL;

  if (!g_path_is_absolute (name))
    return nd_test_load_data_object (parser, "quotes", name);

  /* ND_QUOTE_EXTRA's file, outside tests/data. */
  json_parser_load_from_file (parser, name, &error);
  g_assert_no_error (error);

  return json_node_get_object (json_parser_get_root (parser));
}

/* A corpus file's name, or an absolute path for the articles of ND_QUOTE_EXTRA's set. */
static GFile *
article_file (const char *file)
{
  return g_path_is_absolute (file) ? g_file_new_for_path (file) : nd_test_corpus_file (file);
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
            guint      end,
            gboolean   title)
{
  for (guint i = 0; i < found->len; i++)
    {
      const NdQuotation *quotation = g_ptr_array_index (found, i);

      if (quotation->start == start && quotation->end == end && quotation->title == title)
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

  for (guint i = 0; i < found->len; i++)
    if (!((NdQuotation *)g_ptr_array_index (found, i))->title)
      counts->found++;

  for (guint i = 0; i < json_array_get_length (quotations); i++)
    {
      JsonObject *quotation = json_array_get_object_element (quotations, i);
      guint start = json_object_get_int_member (quotation, "start");
      guint end = json_object_get_int_member (quotation, "end");
      const char *speaker = json_object_get_null_member (quotation, "speaker")
                            ? NULL : json_object_get_string_member (quotation, "speaker");
      const NdQuotation *match;

      assert_annotation_fits (body, quotation);
      if (json_object_get_boolean_member_with_default (quotation, "title", FALSE))
        {
          counts->titles_annotated++;
          if (find_found (found, start, end, TRUE) != NULL)
            counts->titles_marked++;
          else if (counts->dump)
            g_test_message ("%s: title not marked %u-%u “%s”", id, start, end,
                            json_object_get_string_member (quotation, "text"));
          continue;
        }

      counts->annotated++;
      match = find_found (found, start, end, FALSE);

      if (speaker != NULL)
        counts->with_speaker++;

      if (match == NULL)
        {
          if (counts->dump)
            g_test_message ("%s: missed %u-%u “%s”", id, start, end,
                          json_object_get_string_member (quotation, "text"));
          continue;
        }

      counts->matched++;
      if (match->speaker == NULL)
        {
          if (speaker != NULL && counts->dump)
            g_test_message ("%s: no speaker for %u “%s”, expected %s", id, start,
                            match->text, speaker);
          continue;
        }

      counts->speakers_given++;
      if (speaker != NULL)
        counts->with_speaker_given++;
      if (g_strcmp0 (speaker, match->speaker) == 0)
        {
          counts->speakers_right++;
          counts->with_speaker_right++;
        }
      else if (counts->dump)
        g_test_message ("%s: wrong speaker for %u “%s”: %s, expected %s", id, start,
                        match->text, match->speaker, speaker ? speaker : "none");
    }

  for (guint i = 0; i < found->len; i++)
    {
      const NdQuotation *quotation = g_ptr_array_index (found, i);

      if (counts->dump && !quotation->title &&
          !is_annotated (quotations, quotation->start, quotation->end))
        g_test_message ("%s: not a quotation %u-%u “%s”", id, quotation->start,
                        quotation->end, quotation->text);
    }
}

/* Articles of annotations.json have no half: they are in the set only when no half is
 * asked for. */
static gboolean
is_in_half (JsonObject *article,
            const char *half)
{
  if (half == NULL)
    return TRUE;

  return json_object_has_member (article, "half") &&
         g_str_equal (json_object_get_string_member (article, "half"), half);
}

static double
ratio (guint part,
       guint whole)
{
  return whole == 0 ? 0.0 : (double)part / whole;
}

static void
add_files (JsonArray  *articles,
           const char *half,
           GPtrArray  *files,
           GHashTable *seen)
{
  for (guint i = 0; i < json_array_get_length (articles); i++)
    {
      JsonObject *article = json_array_get_object_element (articles, i);
      const char *file = json_object_get_string_member (article, "file");

      if (!is_in_half (article, half) || g_hash_table_contains (seen, file))
        continue;
      g_hash_table_add (seen, (gpointer)file);
      g_ptr_array_add (files, article_file (file));
    }
}

static void
score_annotations (NdArticleStore *store,
                   JsonArray      *articles,
                   const char     *half,
                   Counts         *counts,
                   guint          *n_articles)
{
  for (guint i = 0; i < json_array_get_length (articles); i++)
    {
      JsonObject *article = json_array_get_object_element (articles, i);
      const char *id = json_object_get_string_member (article, "id");
      g_autoptr(NdArticle) loaded = NULL;

      if (!is_in_half (article, half))
        continue;

      loaded = find_article (store, id);
      g_assert_nonnull (loaded);
      score_article (id, nd_article_get_body (loaded),
                     json_object_get_array_member (article, "quotations"), counts);
      (*n_articles)++;
    }
}

/* Loads the articles of @names (NULL-terminated annotation files), only those of @half
 * when it is not NULL, scores the finder on them, prints the figures and checks them
 * against @targets. */
static void
measure (const char * const *names,
         const char         *half,
         const Targets      *targets,
         guint               min_articles)
{
  g_autoptr(NdArticleStore) store = nd_article_store_new ();
  g_autoptr(GPtrArray) parsers = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  Counts counts = { 0 };
  guint n_articles = 0;
  double recall, precision, speaker_precision, coverage, speaker_recall;

  /* Never the test half's. */
  counts.dump = half == NULL ? nd_test_accuracy_dump_wanted ("tuned") : !g_str_equal (half, "test") && nd_test_accuracy_dump_wanted (half);

  for (guint n = 0; names[n] != NULL; n++)
    {
      JsonParser *parser = json_parser_new ();
      JsonObject *root = load_annotations (parser, names[n]);

      g_ptr_array_add (parsers, parser);
      add_files (json_object_get_array_member (root, "articles"), half, files, seen);
    }

  g_assert_true (nd_article_store_load_sync (store, (GFile **)files->pdata, files->len,
                                             NULL, NULL));
  g_assert_cmpuint (nd_article_store_get_errors (store)->len, ==, 0);

  for (guint n = 0; n < parsers->len; n++)
    {
      JsonObject *root = json_node_get_object (json_parser_get_root (g_ptr_array_index (parsers, n)));

      score_annotations (store, json_object_get_array_member (root, "articles"), half,
                         &counts, &n_articles);
    }

  recall = ratio (counts.matched, counts.annotated);
  precision = ratio (counts.matched, counts.found);
  speaker_precision = ratio (counts.speakers_right, counts.speakers_given);
  coverage = ratio (counts.with_speaker_given, counts.with_speaker);
  speaker_recall = ratio (counts.with_speaker_right, counts.with_speaker);

  g_test_message ("%s: %u articles, %u quotations annotated, %u with a speaker",
                  half ? half : "all", n_articles, counts.annotated, counts.with_speaker);
  g_test_message ("detection recall %.3f (%u/%u), precision %.3f (%u/%u)",
                  recall, counts.matched, counts.annotated,
                  precision, counts.matched, counts.found);
  g_test_message ("speaker precision %.3f (%u/%u), coverage %.3f (%u/%u), "
                  "right speaker %.3f (%u/%u)",
                  speaker_precision, counts.speakers_right, counts.speakers_given,
                  coverage, counts.with_speaker_given, counts.with_speaker,
                  speaker_recall, counts.with_speaker_right, counts.with_speaker);
  g_test_message ("titles marked %u/%u", counts.titles_marked, counts.titles_annotated);

  g_assert_cmpuint (n_articles, >=, min_articles);
  g_assert_cmpuint (counts.titles_marked, ==, counts.titles_annotated);
  g_assert_cmpfloat (recall, >=, targets->recall);
  g_assert_cmpfloat (precision, >=, targets->precision);
  g_assert_cmpfloat (speaker_precision, >=, targets->speaker_precision);
  g_assert_cmpfloat (coverage, >=, targets->speaker_coverage);
  g_assert_cmpfloat (speaker_recall, >=, targets->speaker_recall);
}

static const char * const tuned_set[] = { "annotations.json", NULL };
static const char * const unseen_set[] = { "unseen-a.json", "unseen-b.json", "unseen-c.json", NULL };
static const char * const added_set_2[] = { "unseen-d.json", NULL };
static const char * const added_set_3[] = { "unseen-e.json", NULL };

static void
test_tuned (void)
{
  /* The sample story and at least ten real articles besides. */
  measure (tuned_set, NULL, &tuned_targets, 21);
}

/* Reported, never checked: the half the rules are tuned on. */
static void
test_unseen_dev (void)
{
  static const Targets none = { 0 };

  measure (unseen_set, "dev", &none, 30);
}

/* Reported, never checked: added dev set 2, tuned on as the dev half is. */
static void
test_unseen_dev2 (void)
{
  static const Targets none = { 0 };

  measure (added_set_2, "dev2", &none, 15);
}

/* Reported, never checked: added dev set 3, tuned on as the dev half is. */
static void
test_unseen_dev3 (void)
{
  static const Targets none = { 0 };

  measure (added_set_3, "dev3", &none, 15);
}

/* Reported, never checked: the annotation file ND_QUOTE_EXTRA names. */
static void
test_extra (void)
{
  static const Targets none = { 0 };
  const char *extra_set[] = { g_getenv ("ND_QUOTE_EXTRA"), NULL };

  measure (extra_set, "extra", &none, 1);
}

static void
test_unseen_test (void)
{
  measure (unseen_set, "test", &unseen_floor, 30);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/quote-finder/accuracy", test_tuned);
  g_test_add_func ("/quote-finder/unseen/dev", test_unseen_dev);
  g_test_add_func ("/quote-finder/unseen/dev2", test_unseen_dev2);
  g_test_add_func ("/quote-finder/unseen/dev3", test_unseen_dev3);
  g_test_add_func ("/quote-finder/unseen/test", test_unseen_test);
  if (g_getenv ("ND_QUOTE_EXTRA") != NULL && *g_getenv ("ND_QUOTE_EXTRA") != '\0')
    g_test_add_func ("/quote-finder/extra", test_extra);

  return g_test_run ();
}

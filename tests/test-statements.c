/* test-statements.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Statements across outlets, on hand-written quotations whose right grouping is known:
 * spelling and contractions that outlets write otherwise, half a sentence quoted, a
 * quotation split by "he said", two sentences on one topic, speakers that differ. */

#include "config.h"

#include <string.h>

#include "compare/nd-statement-grouper.h"
#include "compare/nd-statement-private.h"
#include "model/nd-article-private.h"
#include "quotes/nd-quote-finder.h"

static NdArticle *
article_new (const char *id,
             const char *source,
             const char *body)
{
  NdArticleFields fields = { 0 };

  fields.id = g_strdup (id);
  fields.title = g_strdup (id);
  fields.source = g_strdup (source);
  fields.body = g_strdup (body);
  fields.file = g_strdup ("test.json");

  return _nd_article_new_take (&fields);
}

/* An article whose body is its quotations, each in marks and credited to @speaker, a
 * paragraph each or all in one paragraph: the offsets the grouper gets are real ones. */
static void
add_quotations (NdStatementGrouper *grouper,
                const char         *id,
                const char         *source,
                const char         *speaker,
                const char * const *texts,
                gboolean            one_paragraph)
{
  g_autoptr(GString) body = g_string_new (NULL);
  g_autoptr(GPtrArray) quotations = g_ptr_array_new_with_free_func ((GDestroyNotify)nd_quotation_free);
  g_autoptr(NdArticle) article = NULL;

  for (guint i = 0; texts[i] != NULL; i++)
    {
      NdQuotation quotation = { 0 };

      g_string_append (body, "\u201c");
      quotation.start = g_utf8_strlen (body->str, -1);
      quotation.end = quotation.start + g_utf8_strlen (texts[i], -1);
      quotation.text = (char *)texts[i];
      quotation.speaker = (char *)speaker;
      g_ptr_array_add (quotations, nd_quotation_copy (&quotation));
      g_string_append_printf (body, "%s\u201d he said.%s", texts[i], one_paragraph ? " " : "\n\n");
    }

  article = article_new (id, source, body->str);
  nd_statement_grouper_add_article (grouper, article, quotations);
}

static void
add_quoted (NdStatementGrouper *grouper,
            const char         *id,
            const char         *source,
            const char         *speaker,
            const char * const *texts)
{
  add_quotations (grouper, id, source, speaker, texts, FALSE);
}

/* The statement that holds the quotation of article @id, or NULL. */
static NdStatement *
find_statement (GPtrArray  *statements,
                const char *id)
{
  for (guint i = 0; i < statements->len; i++)
    {
      NdStatement *statement = g_ptr_array_index (statements, i);

      for (guint v = 0; v < nd_statement_get_n_versions (statement); v++)
        if (g_str_equal (nd_article_get_id (nd_statement_get_version (statement, v)->article), id))
          return statement;
    }

  return NULL;
}

static gboolean
grouped_together (const char * const *a,
                  const char * const *b)
{
  g_autoptr(NdStatementGrouper) grouper = nd_statement_grouper_new ();
  g_autoptr(GPtrArray) statements = NULL;

  add_quoted (grouper, "a", "Outlet A", NULL, a);
  add_quoted (grouper, "b", "Outlet B", NULL, b);
  statements = nd_statement_grouper_dup_statements (grouper);

  return find_statement (statements, "a") == find_statement (statements, "b");
}

static void
test_normalize (void)
{
  static const char * const cases[][2] = {
    { "criticise", "criticize" }, { "criticised", "criticized" },
    { "organisation", "organization" }, { "analyse", "analyze" },
    { "labour", "labor" }, { "favourite", "favorite" }, { "honoured", "honored" },
    { "four", "four" }, { "your", "your" }, { "hour", "hour" },
    { "centre", "center" }, { "dialogue", "dialog" }, { "travelled", "traveled" },
    { "defence", "defense" }, { "programme", "program" }, { "whilst", "while" },
    { "election", "election" }, { "paedophiles", "pedophiles" },
    { "anaesthetic", "anesthetic" }, { "aerial", "aerial" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *normalized = _nd_statement_normalize_word (cases[i][0]);

      g_assert_cmpstr (normalized, ==, cases[i][1]);
    }
}

/* The words of @text (placed as if it started at character 10) as "id@start-end", ids
 * counting from 0 in order of first sight. */
static char *
describe_words (const char *text)
{
  g_autoptr(NdStatementVocabulary) vocabulary = _nd_statement_vocabulary_new ();
  g_autoptr(GArray) words = _nd_statement_words_new (vocabulary, text, 10);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < words->len; i++)
    {
      const NdStatementWord *word = &g_array_index (words, NdStatementWord, i);

      g_string_append_printf (out, "%s%u@%u-%u", i > 0 ? " " : "", word->id, word->start, word->end);
    }

  return g_string_free (out, FALSE);
}

static void
test_contractions (void)
{
  g_autofree char *contracted = describe_words ("We\u2019ll go, don't worry, it's fine");
  g_autofree char *written_out = describe_words ("We will go, do not worry, it is fine");

  /* Same words (ids in order of first sight), the contraction's two at one place. */
  g_assert_cmpstr (contracted, ==, "0@10-15 1@10-15 2@16-18 3@20-25 4@20-25 5@26-31 6@33-37 7@33-37 8@38-42");
  g_assert_cmpstr (written_out, ==, "0@10-12 1@13-17 2@18-20 3@22-24 4@25-28 5@29-34 6@36-38 7@39-41 8@42-46");
}

static void
test_spelling_and_punctuation (void)
{
  static const char * const a[] = { "We will continue to criticise the government's co-operation with the regime", NULL };
  static const char * const b[] = { "We'll continue to criticize the government\u2019s cooperation with the regime.", NULL };

  g_assert_true (grouped_together (a, b));
}

static void
test_part_of_a_sentence (void)
{
  static const char * const whole[] = { "The tram was travelling at a significantly higher speed than is permitted on that bend", NULL };
  static const char * const part[] = { "significantly higher speed than is permitted", NULL };

  g_assert_true (grouped_together (whole, part));
}

static void
test_split_by_he_said (void)
{
  static const char * const whole[] = { "We have done nothing wrong and we will fight this ruling in every court in the land", NULL };
  static const char * const split[] = { "We have done nothing wrong", "we will fight this ruling in every court in the land", NULL };
  g_autoptr(NdStatementGrouper) grouper = nd_statement_grouper_new ();
  g_autoptr(GPtrArray) statements = NULL;
  NdStatement *statement;

  add_quoted (grouper, "whole", "Outlet A", "Jane Doe", whole);
  add_quotations (grouper, "split", "Outlet B", "Jane Doe", split, TRUE);
  statements = nd_statement_grouper_dup_statements (grouper);

  g_assert_cmpuint (statements->len, ==, 1);
  statement = g_ptr_array_index (statements, 0);
  g_assert_cmpuint (nd_statement_get_n_versions (statement), ==, 3);
  g_assert_cmpuint (nd_statement_get_n_outlets (statement), ==, 2);
  g_assert_cmpstr (nd_article_get_id (nd_statement_get_fullest (statement)->article), ==, "whole");
  g_assert_cmpint (nd_statement_get_verdict (statement), ==, ND_STATEMENT_VERDICT_AGREE);
  g_assert_false (nd_statement_get_wording_differs (statement));
}

/* Pieces that only "he said" separates are one statement even in one outlet; the same
 * pieces a paragraph apart are two. */
static void
test_split_in_one_outlet (void)
{
  static const char * const split[] = { "We have done nothing wrong", "we will fight this ruling", NULL };
  g_autoptr(NdStatementGrouper) grouper = nd_statement_grouper_new ();
  g_autoptr(NdStatementGrouper) paragraphs = nd_statement_grouper_new ();
  g_autoptr(GPtrArray) statements = NULL;
  g_autoptr(GPtrArray) apart = NULL;

  add_quotations (grouper, "split", "Outlet B", "Jane Doe", split, TRUE);
  add_quotations (paragraphs, "split", "Outlet B", "Jane Doe", split, FALSE);
  statements = nd_statement_grouper_dup_statements (grouper);
  apart = nd_statement_grouper_dup_statements (paragraphs);

  g_assert_cmpuint (statements->len, ==, 1);
  g_assert_cmpuint (nd_statement_get_n_versions (g_ptr_array_index (statements, 0)), ==, 2);
  g_assert_cmpuint (apart->len, ==, 2);
}

static void
test_same_topic_other_sentence (void)
{
  static const char * const a[] = { "We will continue to support Ukraine for as long as it takes", NULL };
  static const char * const b[] = { "We will continue to fight inflation with every tool we have", NULL };
  static const char * const c[] = { "The bill is a disgrace to this chamber", NULL };
  static const char * const d[] = { "This chamber has passed a bill that will be remembered", NULL };

  g_assert_false (grouped_together (a, b));
  g_assert_false (grouped_together (c, d));
}

static void
test_differences (void)
{
  static const char * const fullest[] = { "We will not accept any deal that harms British workers", NULL };
  static const char * const reworded[] = { "We won\u2019t accept any agreement that harms British workers", NULL };
  g_autoptr(NdStatementGrouper) grouper = nd_statement_grouper_new ();
  g_autoptr(GPtrArray) statements = NULL;
  const NdStatementVersion *version = NULL;
  NdStatement *statement;
  NdTextRange *range;
  g_autofree char *differing = NULL;

  add_quoted (grouper, "a", "Outlet A", "Keir Starmer", fullest);
  add_quoted (grouper, "b", "Outlet B", "Starmer", reworded);
  statements = nd_statement_grouper_dup_statements (grouper);
  g_assert_cmpuint (statements->len, ==, 1);
  statement = g_ptr_array_index (statements, 0);

  g_assert_true (nd_statement_get_wording_differs (statement));
  g_assert_cmpint (nd_statement_get_verdict (statement), ==, ND_STATEMENT_VERDICT_AGREE);
  g_assert_cmpuint (nd_statement_get_fullest (statement)->differences->len, ==, 0);
  for (guint i = 0; i < nd_statement_get_n_versions (statement); i++)
    if (g_str_equal (nd_article_get_id (nd_statement_get_version (statement, i)->article), "b"))
      version = nd_statement_get_version (statement, i);

  /* Only "agreement" differs: "won't" is "will not". */
  g_assert_nonnull (version);
  g_assert_cmpuint (version->differences->len, ==, 1);
  range = &g_array_index (version->differences, NdTextRange, 0);
  differing = g_utf8_substring (nd_article_get_body (version->article), range->start, range->end);
  g_assert_cmpstr (differing, ==, "agreement");
}

static void
test_speakers_differ (void)
{
  static const char * const text[] = { "This harbour will be open to every ship by the end of the summer", NULL };
  g_autoptr(NdStatementGrouper) grouper = nd_statement_grouper_new ();
  g_autoptr(GPtrArray) statements = NULL;
  NdStatement *statement;

  add_quoted (grouper, "a", "Outlet A", "Marta \u00c1lvarez", text);
  add_quoted (grouper, "b", "Outlet B", "Alvarez", text);
  add_quoted (grouper, "c", "Outlet C", "Zo\u00eb Brennan", text);
  add_quoted (grouper, "d", "Outlet D", NULL, (const char * const[]) { "Nothing to do with it at all, really", NULL });
  statements = nd_statement_grouper_dup_statements (grouper);

  g_assert_cmpuint (statements->len, ==, 2);
  statement = g_ptr_array_index (statements, 0);
  g_assert_cmpint (nd_statement_get_verdict (statement), ==, ND_STATEMENT_VERDICT_DIFFER);
  g_assert_cmpstr (nd_statement_verdict_to_string (nd_statement_get_verdict (statement)), ==, "differ");
  g_assert_cmpuint (nd_statement_get_n_outlets (statement), ==, 3);
  g_assert_cmpstrv (nd_statement_get_missing (statement), ((const char * const[]) { "Outlet D", NULL }));
  /* Two outlets name Álvarez: the one that names Brennan is the odd one out. */
  for (guint i = 0; i < nd_statement_get_n_versions (statement); i++)
    {
      const NdStatementVersion *version = nd_statement_get_version (statement, i);

      g_assert_cmpint (version->speaker_differs, ==, g_str_equal (version->speaker, "Zo\u00eb Brennan"));
    }

  statement = g_ptr_array_index (statements, 1);
  g_assert_cmpint (nd_statement_get_verdict (statement), ==, ND_STATEMENT_VERDICT_UNKNOWN);
  g_assert_cmpstrv (nd_statement_get_missing (statement),
                    ((const char * const[]) { "Outlet A", "Outlet B", "Outlet C", NULL }));
}

static void
test_same_names_agree (void)
{
  static const char * const text[] = { "The committee will hear from every witness before it votes", NULL };
  g_autoptr(NdStatementGrouper) grouper = nd_statement_grouper_new ();
  g_autoptr(NdStatementGrouper) other = nd_statement_grouper_new ();
  g_autoptr(GPtrArray) statements = NULL;
  g_autoptr(GPtrArray) companies = NULL;

  add_quoted (grouper, "a", "Outlet A", "Elizabeth Warren", text);
  add_quoted (grouper, "b", "Outlet B", "Warren", text);
  add_quoted (grouper, "c", "Outlet C", "Sen. Elizabeth A. Warren", text);
  add_quoted (other, "a", "Outlet A", "Broadcom Ltd", text);
  add_quoted (other, "b", "Outlet B", "Broadcom", text);
  statements = nd_statement_grouper_dup_statements (grouper);

  g_assert_cmpuint (statements->len, ==, 1);
  g_assert_cmpint (nd_statement_get_verdict (g_ptr_array_index (statements, 0)), ==,
                   ND_STATEMENT_VERDICT_AGREE);

  companies = nd_statement_grouper_dup_statements (other);
  g_assert_cmpint (nd_statement_get_verdict (g_ptr_array_index (companies, 0)), ==,
                   ND_STATEMENT_VERDICT_AGREE);
}

/* The same statements, with the same ids, whatever order the articles come in. */
static void
test_order_does_not_matter (void)
{
  static const char * const a[] = { "We have done nothing wrong", "Nobody expected the storm to turn north", NULL };
  static const char * const b[] = { "we have done nothing wrong at all", NULL };
  static const char * const c[] = { "nobody expected the storm to turn north so fast", NULL };
  g_autoptr(NdStatementGrouper) forward = nd_statement_grouper_new ();
  g_autoptr(NdStatementGrouper) backward = nd_statement_grouper_new ();
  g_autoptr(GPtrArray) one = NULL;
  g_autoptr(GPtrArray) two = NULL;

  add_quoted (forward, "a", "A", NULL, a);
  add_quoted (forward, "b", "B", NULL, b);
  add_quoted (forward, "c", "C", NULL, c);
  add_quoted (backward, "c", "C", NULL, c);
  add_quoted (backward, "b", "B", NULL, b);
  add_quoted (backward, "a", "A", NULL, a);
  one = nd_statement_grouper_dup_statements (forward);
  two = nd_statement_grouper_dup_statements (backward);

  g_assert_cmpuint (one->len, ==, 2);
  g_assert_cmpuint (two->len, ==, 2);
  for (guint i = 0; i < one->len; i++)
    {
      g_assert_cmpstr (nd_statement_get_id (g_ptr_array_index (one, i)), ==,
                       nd_statement_get_id (g_ptr_array_index (two, i)));
      g_assert_cmpuint (nd_statement_get_n_versions (g_ptr_array_index (one, i)), ==, 2);
    }
}

/* An article with @body whose quotations are @texts, each found in @body after the one
 * before, all credited to @speaker. */
static void
add_article (NdStatementGrouper *grouper,
             const char         *id,
             const char         *speaker,
             const char         *body,
             const char * const *texts)
{
  g_autoptr(GPtrArray) quotations = g_ptr_array_new_with_free_func ((GDestroyNotify)nd_quotation_free);
  g_autoptr(NdArticle) article = article_new (id, id, body);
  const char *from = body;

  for (guint i = 0; texts[i] != NULL; i++)
    {
      NdQuotation quotation = { 0 };
      const char *found = strstr (from, texts[i]);

      g_assert_nonnull (found);
      quotation.start = g_utf8_pointer_to_offset (body, found);
      quotation.end = quotation.start + g_utf8_strlen (texts[i], -1);
      quotation.text = (char *)texts[i];
      quotation.speaker = (char *)speaker;
      g_ptr_array_add (quotations, nd_quotation_copy (&quotation));
      from = found + strlen (texts[i]);
    }

  nd_statement_grouper_add_article (grouper, article, quotations);
}

/* How many statements one article's quotations make. */
static guint
count_statements (const char         *body,
                  const char * const *texts)
{
  g_autoptr(NdStatementGrouper) grouper = nd_statement_grouper_new ();
  g_autoptr(GPtrArray) statements = NULL;

  add_article (grouper, "a", NULL, body, texts);
  statements = nd_statement_grouper_dup_statements (grouper);

  return statements->len;
}

/* A split quotation's attribution may pause the sentence instead of ending it, or be no
 * more than marks where the page reopened a paragraph; a fragment woven into the writer's
 * sentence, or a second sentence of the writer's, starts another utterance. */
static void
test_split_pieces (void)
{
  static const char * const pause[] = { "That’s a deal,", "if it works.", NULL };
  static const char * const reopened[] = { "North Korea has conducted yet another illegal launch.", "We stand firmly by Japan.", NULL };
  static const char * const woven[] = { "cautiously pleased", "We have criticised the council a great deal.", NULL };
  static const char * const fragment[] = { "very happy hearing that they are free,", "All are our daughters.", NULL };
  static const char * const more[] = { "We did nothing wrong,", "We will appeal.", NULL };

  g_assert_cmpuint (count_statements ("“That’s a deal,” Holst says, “if it works.”", pause), ==, 1);
  g_assert_cmpuint (count_statements ("Johnson said: \"North Korea has conducted yet another illegal launch. \"We stand firmly by Japan.\"", reopened), ==, 1);
  g_assert_cmpuint (count_statements ("Members were “cautiously pleased”. “We have criticised the council a great deal.”", woven), ==, 2);
  g_assert_cmpuint (count_statements ("The parents are “very happy hearing that they are free,” he said. “All are our daughters.”", fragment), ==, 2);
  g_assert_cmpuint (count_statements ("“We did nothing wrong,” he said. The company later denied it. “We will appeal.”", more), ==, 2);
}

/* An introduction that repeats words of the body's quotation, and two words of it quoted
 * again, are that statement. */
static void
test_repeats_in_one_article (void)
{
  static const char * const texts[] = { "like something out of a film", "It was like something out of a film, there was blood everywhere.", "step up", "They need to step up, because I think they would be welcome.", NULL };

  g_assert_cmpuint (count_statements ("Witnesses said it was “like something out of a film”.\n\n"
                                      "“It was like something out of a film, there was blood everywhere.”\n\n"
                                      "He said women should “step up”.\n\n"
                                      "“They need to step up, because I think they would be welcome.”", texts), ==, 2);
}

/* Words a quotation quotes in its own marks are someone else's utterance: a quotation of
 * them alone is not the quoting one's statement, even where the quoting one also says those
 * words itself, or holds the words only through a third version. */
static void
test_inner_utterance (void)
{
  static const char * const tweet[] = { "We consciously uncoupled over Christmas. I mean, not 'over Christmas' - like that wasn't the fight that ended it.", NULL };
  static const char * const first[] = { "We consciously uncoupled over Christmas,", NULL };
  static const char * const inner[] = { "over Christmas", NULL };
  static const char * const pink[] = { "Women in music don't need to 'step up.' Women have been stepping up since the beginning of time", NULL };
  static const char * const remark[] = { "step up", NULL };
  g_autoptr(NdStatementGrouper) grouper = nd_statement_grouper_new ();
  g_autoptr(GPtrArray) statements = NULL;

  add_article (grouper, "tweet", "Sarah Silverman", "She wrote: “We consciously uncoupled over Christmas. I mean, not 'over Christmas' - like that wasn't the fight that ended it.”", tweet);
  add_article (grouper, "first", "Sarah Silverman", "“We consciously uncoupled over Christmas,” she tweeted.", first);
  add_article (grouper, "inner", NULL, "She wrote that it was not “over Christmas”.", inner);
  statements = nd_statement_grouper_dup_statements (grouper);

  g_assert_true (find_statement (statements, "tweet") == find_statement (statements, "first"));
  g_assert_true (find_statement (statements, "inner") != find_statement (statements, "first"));
  g_assert_false (grouped_together (pink, remark));
}

/* A fragment that two utterances share joins only one of them when an article quotes both
 * apart, the one its own article quotes; two outlets' wordings of one speech, which no
 * article quotes apart, it joins. */
static void
test_shared_fragment (void)
{
  static const char * const sentences[] = { "It is just a first step in what we believe will lead to the release of all our girls.", "We see this as a credible first step in the eventual release of all the girls in captivity.", NULL };
  static const char * const heading[] = { "first step", "We see this as a credible first step in the eventual release of all the girls in captivity.", NULL };
  static const char * const cnn[] = { "The entire mainland of the US is within the range of our nuclear weapons and the nuclear button is always on the desk of my office.", NULL };
  static const char * const reuters[] = { "The entire United States is within range of our nuclear weapons, and a nuclear button is always on my desk. This is reality, not a threat,", NULL };
  static const char * const fragment[] = { "nuclear button", NULL };
  g_autoptr(NdStatementGrouper) grouper = nd_statement_grouper_new ();
  g_autoptr(NdStatementGrouper) speech = nd_statement_grouper_new ();
  g_autoptr(GPtrArray) statements = NULL;
  g_autoptr(GPtrArray) versions = NULL;

  add_article (grouper, "afp", "Lai Mohammed", "“It is just a first step in what we believe will lead to the release of all our girls.”\n\n"
               "Later he said: “We see this as a credible first step in the eventual release of all the girls in captivity.”", sentences);
  add_article (grouper, "cnn", "Lai Mohammed", "“first step”\n\nHe said: “We see this as a credible first step in the eventual release of all the girls in captivity.”", heading);
  statements = nd_statement_grouper_dup_statements (grouper);
  g_assert_cmpuint (statements->len, ==, 2);

  add_article (speech, "cnn", "Kim Jong Un", "Kim said: “The entire mainland of the US is within the range of our nuclear weapons and the nuclear button is always on the desk of my office.”", cnn);
  add_article (speech, "reuters", "Kim", "“The entire United States is within range of our nuclear weapons, and a nuclear button is always on my desk. This is reality, not a threat,” he said.", reuters);
  add_article (speech, "mail", NULL, "He has a “nuclear button” on his table.", fragment);
  versions = nd_statement_grouper_dup_statements (speech);
  g_assert_cmpuint (versions->len, ==, 1);
  g_assert_cmpuint (nd_statement_get_n_versions (g_ptr_array_index (versions, 0)), ==, 3);
}

/* Without quotations given, the grouper finds them in the bodies. */
static void
test_finds_quotations (void)
{
  g_autoptr(NdStatementGrouper) grouper = nd_statement_grouper_new ();
  g_autoptr(GPtrArray) statements = NULL;
  g_autoptr(NdArticle) a = article_new ("a", "A", "\u201cWe will rebuild every home that the flood took from us,\u201d the mayor, Ann Lee, said on Monday.");
  g_autoptr(NdArticle) b = article_new ("b", "B", "Ann Lee said: \"We'll rebuild every home that the flood took from us.\"");

  nd_statement_grouper_add_article (grouper, a, NULL);
  nd_statement_grouper_add_article (grouper, b, NULL);
  statements = nd_statement_grouper_dup_statements (grouper);

  g_assert_cmpuint (nd_statement_grouper_get_n_articles (grouper), ==, 2);
  g_assert_cmpuint (statements->len, ==, 1);
  g_assert_cmpuint (nd_statement_get_n_outlets (g_ptr_array_index (statements, 0)), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/statements/normalize", test_normalize);
  g_test_add_func ("/statements/contractions", test_contractions);
  g_test_add_func ("/statements/spelling-and-punctuation", test_spelling_and_punctuation);
  g_test_add_func ("/statements/part-of-a-sentence", test_part_of_a_sentence);
  g_test_add_func ("/statements/split-by-he-said", test_split_by_he_said);
  g_test_add_func ("/statements/split-in-one-outlet", test_split_in_one_outlet);
  g_test_add_func ("/statements/same-topic-other-sentence", test_same_topic_other_sentence);
  g_test_add_func ("/statements/differences", test_differences);
  g_test_add_func ("/statements/speakers-differ", test_speakers_differ);
  g_test_add_func ("/statements/same-names-agree", test_same_names_agree);
  g_test_add_func ("/statements/order-does-not-matter", test_order_does_not_matter);
  g_test_add_func ("/statements/finds-quotations", test_finds_quotations);
  g_test_add_func ("/statements/split-pieces", test_split_pieces);
  g_test_add_func ("/statements/repeats-in-one-article", test_repeats_in_one_article);
  g_test_add_func ("/statements/inner-utterance", test_inner_utterance);
  g_test_add_func ("/statements/shared-fragment", test_shared_fragment);

  return g_test_run ();
}

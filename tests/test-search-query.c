/* test-search-query.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "search/nd-search-match.h"
#include "search/nd-search-query.h"
#include "search/nd-search-query-private.h"

typedef struct
{
  const char *text;
  gboolean    prefix;
  const char *understood;
  const char *problem;
} Case;

static void
check_cases (const Case *cases,
             guint       n_cases)
{
  for (guint i = 0; i < n_cases; i++)
    {
      g_autoptr(NdSearchQuery) query = nd_search_query_parse (cases[i].text, cases[i].prefix);
      g_autofree char *understood = nd_search_query_to_string (query);

      g_test_message ("%s%s", cases[i].text, cases[i].prefix ? " (typing)" : "");
      g_assert_cmpstr (understood, ==, cases[i].understood);
      g_assert_cmpstr (nd_search_query_get_problem (query), ==, cases[i].problem);
      g_assert_cmpint (nd_search_query_is_empty (query), ==, cases[i].understood[0] == '\0');
    }
}

static void
test_words (void)
{
  static const Case cases[] = {
    { "", FALSE, "", NULL },
    { "   \t ", TRUE, "", NULL },
    { "!!! ???", FALSE, "", NULL },
    { "Café", FALSE, "cafe", NULL },
    { "Café", TRUE, "cafe*", NULL },
    { "Café ", TRUE, "cafe", NULL },
    { "war  peace", FALSE, "war peace", NULL },
    { "war peace", TRUE, "war peace*", NULL },
    { "war.", TRUE, "war", NULL },
    /* A word still being typed may end in the start of "don't" or "co-operate". */
    { "co-", TRUE, "co*", NULL },
    { "don’", TRUE, "don*", NULL },
    { "co-operate Straße ØRSTED", FALSE, "cooperate strasse orsted", NULL },
    { "don’t we’ll", FALSE, "don't we'll", NULL },
    /* Words that fold into several are phrases of them. */
    { "U.S. policy", FALSE, "\"u s\" policy", NULL },
    { "10:30", TRUE, "\"10 30*\"", NULL },
    /* Only OR in capitals is an operator. */
    { "war or peace", FALSE, "war or peace", NULL },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_phrases (void)
{
  static const Case cases[] = {
    { "\"Will Continue\"", TRUE, "\"will continue\"", NULL },
    { "“we will continue”", FALSE, "\"we will continue\"", NULL },
    { "„so“ «oui là»", FALSE, "so \"oui la\"", NULL },
    { "\"will, continue!\" talks", FALSE, "\"will continue\" talks", NULL },
    { "\"\" war", FALSE, "war", NULL },
    { "war\"peace\"", FALSE, "war peace", NULL },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_operators (void)
{
  static const Case cases[] = {
    { "-war peace", FALSE, "-war peace", NULL },
    { "peace -war", TRUE, "peace -war", NULL },
    { "-\"war crimes\" trial", FALSE, "-\"war crimes\" trial", NULL },
    { "-“war crimes”", FALSE, "-\"war crimes\"", NULL },
    { "a b OR c", FALSE, "a (b OR c)", NULL },
    { "a OR b c", FALSE, "(a OR b) c", NULL },
    { "a OR b OR c d", FALSE, "(a OR b OR c) d", NULL },
    { "a OR -b", FALSE, "(a OR -b)", NULL },
    { "\"a b\" OR c", FALSE, "(\"a b\" OR c)", NULL },
    { "-OR war", FALSE, "-or war", NULL },
    { "a OR b", TRUE, "(a OR b*)", NULL },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_fields (void)
{
  static const Case cases[] = {
    { "source:Reuters", FALSE, "source:\"reuters\"", NULL },
    { "source:Reuters", TRUE, "source:\"reuters\"", NULL },
    { "SOURCE:bbc war", FALSE, "source:\"bbc\" war", NULL },
    { "source:\"The  Harbour Gazette \"", FALSE, "source:\"the harbour gazette\"", NULL },
    { "source:“Café Society”", FALSE, "source:\"cafe society\"", NULL },
    { "-source:bbc war", FALSE, "-source:\"bbc\" war", NULL },
    { "source:bbc OR source:cnn", FALSE, "(source:\"bbc\" OR source:\"cnn\")", NULL },
    { "author:Zoë", FALSE, "author:\"zoe\"", NULL },
    { "author:\"O’Brien\"", FALSE, "author:\"o'brien\"", NULL },
    { "title:Election", FALSE, "title:election", NULL },
    { "title:Elec", TRUE, "title:elec*", NULL },
    { "title:\"vote count\"", FALSE, "title:\"vote count\"", NULL },
    { "title:\"vote co", TRUE, "title:\"vote co*\"",
      "A quotation mark is not closed, so the rest of the search is taken as one phrase." },
    { "-title:sport", FALSE, "-title:sport", NULL },
    { "after:2024-03-01", FALSE, "after:2024-03-01", NULL },
    { "before:2024-03-01", FALSE, "before:2024-03-01", NULL },
    { "After:2024-03", FALSE, "after:2024-03-01", NULL },
    { "before:2024-02", FALSE, "before:2024-02-29", NULL },
    { "after:2024", FALSE, "after:2024-01-01", NULL },
    { "before:2023", FALSE, "before:2023-12-31", NULL },
    { "before:\"2023-12-31\"", FALSE, "before:2023-12-31", NULL },
    { "after:2024-01-01 before:2024-01-31 vote", TRUE,
      "after:2024-01-01 before:2024-01-31 vote*", NULL },
    /* A word with a colon that is no field, followed by a space, is just a word. */
    { "Update: war", FALSE, "update war", NULL },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_mistakes (void)
{
  static const Case cases[] = {
    { "\"unclosed phrase", FALSE, "\"unclosed phrase\"",
      "A quotation mark is not closed, so the rest of the search is taken as one phrase." },
    { "\"will cont", TRUE, "\"will cont*\"",
      "A quotation mark is not closed, so the rest of the search is taken as one phrase." },
    { "war \"", FALSE, "war",
      "A quotation mark is not closed, so the rest of the search is taken as one phrase." },
    { "after:2024-13-01 war", FALSE, "war",
      "“2024-13-01” is not a date; write dates as YYYY-MM-DD, for example after:2024-03-01." },
    { "before:yesterday", FALSE, "",
      "“yesterday” is not a date; write dates as YYYY-MM-DD, for example before:2024-03-01." },
    { "after:2023-02-29", FALSE, "",
      "“2023-02-29” is not a date; write dates as YYYY-MM-DD, for example after:2024-03-01." },
    { "after:2024-3-1", FALSE, "",
      "“2024-3-1” is not a date; write dates as YYYY-MM-DD, for example after:2024-03-01." },
    { "war - peace", FALSE, "war peace",
      "A minus sign must be followed by the word or phrase to leave out, without a space." },
    { "-", TRUE, "",
      "A minus sign must be followed by the word or phrase to leave out, without a space." },
    { "war OR", FALSE, "war", "OR must stand between two search terms, as in “election OR vote”." },
    { "war OR", TRUE, "war", "OR must stand between two search terms, as in “election OR vote”." },
    { "OR war", FALSE, "war", "OR must stand between two search terms, as in “election OR vote”." },
    { "war OR OR peace", FALSE, "(war OR peace)",
      "OR must stand between two search terms, as in “election OR vote”." },
    { "foo:bar war", FALSE, "\"foo bar\" war",
      "“foo:” is not a search field; the fields are source:, author:, title:, after: and "
      "before:. Searching for the words instead." },
    { "source:", FALSE, "",
      "“source:” needs a name right after the colon, for example source:Reuters." },
    { "source: bbc", FALSE, "bbc",
      "“source:” needs a name right after the colon, for example source:Reuters." },
    { "author:\"\" war", FALSE, "war",
      "“author:” needs a name right after the colon, for example source:Reuters." },
    { "title:", TRUE, "", "“title:” needs a word right after the colon, for example title:election." },
    { "after: 2024", FALSE, "2024",
      "“after:” needs a date right after the colon, for example after:2024-03-01." },
    /* The first mistake is the one reported. */
    { "foo:bar after:2024-99 -", FALSE, "\"foo bar\"",
      "“foo:” is not a search field; the fields are source:, author:, title:, after: and "
      "before:. Searching for the words instead." },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

static char *
dup_problems (const char *text)
{
  g_autoptr(NdSearchQuery) query = nd_search_query_parse (text, FALSE);

  return g_strjoinv (" | ", (char **)nd_search_query_get_problems (query));
}

/* Every mistake is told, in the order of the text, each once. */
static void
test_all_mistakes (void)
{
  g_autofree char *none = dup_problems ("war peace");
  g_autofree char *three = dup_problems ("foo:bar after:2024-99 -");
  g_autofree char *twice = dup_problems ("source: a source: b");
  g_autofree char *with_quote = dup_problems ("before:soon \"will cont");

  g_assert_cmpstr (none, ==, "");
  g_assert_cmpstr (three, ==,
                   "“foo:” is not a search field; the fields are source:, author:, title:, after: "
                   "and before:. Searching for the words instead. | "
                   "“2024-99” is not a date; write dates as YYYY-MM-DD, for example "
                   "after:2024-03-01. | "
                   "A minus sign must be followed by the word or phrase to leave out, without a "
                   "space.");
  g_assert_cmpstr (twice, ==,
                   "“source:” needs a name right after the colon, for example source:Reuters.");
  g_assert_cmpstr (with_quote, ==,
                   "“soon” is not a date; write dates as YYYY-MM-DD, for example "
                   "before:2024-03-01. | "
                   "A quotation mark is not closed, so the rest of the search is taken as one "
                   "phrase.");
}

static void
test_boxed (void)
{
  NdSearchQuery *query = nd_search_query_parse ("war", FALSE);
  GValue value = G_VALUE_INIT;

  g_assert_true (G_TYPE_IS_BOXED (ND_TYPE_SEARCH_QUERY));
  g_assert_cmpstr (nd_search_query_get_text (query), ==, "war");

  g_value_init (&value, ND_TYPE_SEARCH_QUERY);
  g_value_set_boxed (&value, query);
  nd_search_query_unref (query);
  g_assert_true (g_value_get_boxed (&value) == query);
  g_assert_cmpstr (nd_search_query_get_text (g_value_get_boxed (&value)), ==, "war");
  g_value_unset (&value);
}

static void
test_invalid_utf8 (void)
{
  g_autoptr(NdSearchQuery) query = nd_search_query_parse ("caf\xC3 war\xFF", FALSE);
  g_autofree char *understood = nd_search_query_to_string (query);

  g_assert_true (g_utf8_validate (nd_search_query_get_text (query), -1, NULL));
  g_assert_cmpstr (understood, ==, "caf war");
}

/* Writes the matches as "[start,end)" separated by spaces. */
static char *
describe_matches (const char    *query_text,
                  gboolean       prefix,
                  const char    *text,
                  NdSearchField  field)
{
  g_autoptr(NdSearchQuery) query = nd_search_query_parse (query_text, prefix);
  g_autoptr(GArray) matches = nd_search_find_matches (query, text, field);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < matches->len; i++)
    {
      NdSearchMatch *match = &g_array_index (matches, NdSearchMatch, i);

      g_string_append_printf (out, "%s[%u,%u)", i > 0 ? " " : "", match->start, match->end);
    }

  return g_string_free (out, FALSE);
}

static void
test_matches (void)
{
  static const struct {
    const char    *query;
    gboolean       prefix;
    const char    *text;
    NdSearchField  field;
    const char    *matches;
  } cases[] = {
    { "cafe co-operate", FALSE, "Café co-operate, we’ll see", ND_SEARCH_FIELD_BODY, "[0,4) [5,15)" },
    { "cooperate", FALSE, "Café co-operate, we’ll see", ND_SEARCH_FIELD_BODY, "[5,15)" },
    { "\"we'll see\"", FALSE, "Café co-operate, we’ll see", ND_SEARCH_FIELD_BODY, "[17,26)" },
    { "\"operate\"", FALSE, "Café co-operate, we’ll see", ND_SEARCH_FIELD_BODY, "" },
    { "co", TRUE, "Café co-operate, we’ll see", ND_SEARCH_FIELD_BODY, "[5,15)" },
    { "co", FALSE, "Café co-operate, we’ll see", ND_SEARCH_FIELD_BODY, "" },
    /* In a phrase, a word being typed is highlighted on its own, wherever it is. */
    { "\"cafe co", TRUE, "Café co-operate, we’ll see", ND_SEARCH_FIELD_BODY, "[0,4) [5,15)" },
    { "\"we'll s", TRUE, "see Café co-operate, we’ll see", ND_SEARCH_FIELD_BODY,
      "[0,3) [21,26) [27,30)" },
    /* Excluded words and filters highlight nothing. */
    { "see -cafe source:cafe after:2020", FALSE, "Café co-operate, we’ll see",
      ND_SEARCH_FIELD_BODY, "[23,26)" },
    { "", FALSE, "Café co-operate", ND_SEARCH_FIELD_BODY, "" },
    /* title: terms only in a title. */
    { "title:cafe see", FALSE, "Café co-operate, we’ll see", ND_SEARCH_FIELD_BODY, "[23,26)" },
    { "title:cafe see", FALSE, "Café co-operate, we’ll see", ND_SEARCH_FIELD_TITLE, "[0,4) [23,26)" },
    /* Overlapping matches merge; touching ones stay apart. */
    { "\"co-operate we’ll\" cooperate", FALSE, "Café co-operate, we’ll see",
      ND_SEARCH_FIELD_BODY, "[5,22)" },
    { "\"cafe cooperate\" \"cooperate we'll\"", FALSE, "Café co-operate, we’ll see",
      ND_SEARCH_FIELD_BODY, "[0,22)" },
    { "(a OR b)", FALSE, "a b", ND_SEARCH_FIELD_BODY, "[0,1) [2,3)" },
    { "the", FALSE, "The cat and the hat", ND_SEARCH_FIELD_BODY, "[0,3) [12,15)" },
    { "strasse naive", FALSE, "nai\xCC\x88ve Straße", ND_SEARCH_FIELD_BODY, "[0,6) [7,13)" },
    { "北京", FALSE, "在北京 北京", ND_SEARCH_FIELD_BODY, "[4,6)" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *got = describe_matches (cases[i].query, cases[i].prefix, cases[i].text,
                                               cases[i].field);

      g_test_message ("%s in %s", cases[i].query, cases[i].text);
      g_assert_cmpstr (got, ==, cases[i].matches);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/search/query/words", test_words);
  g_test_add_func ("/search/query/phrases", test_phrases);
  g_test_add_func ("/search/query/operators", test_operators);
  g_test_add_func ("/search/query/fields", test_fields);
  g_test_add_func ("/search/query/mistakes", test_mistakes);
  g_test_add_func ("/search/query/all-mistakes", test_all_mistakes);
  g_test_add_func ("/search/query/boxed", test_boxed);
  g_test_add_func ("/search/query/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/search/match/spans", test_matches);

  return g_test_run ();
}

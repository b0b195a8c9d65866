/* test-story-grouper.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* NdStoryGrouper on made-up articles whose right grouping is known: a chain of articles
 * each like the next and unlike the rest, which single link joins into one story end to
 * end (as it did with the 100,000 generated articles of one vocabulary), the same report
 * days or years apart, two towns' bans of one thing told in the same words but for the
 * towns' names, and a set whose stories must not depend on the order of adding. */

#include "config.h"

#include "compare/nd-story-grouper.h"
#include "model/nd-article-private.h"

#define CHAIN_LENGTH 24
#define N_FILLER     20

static NdArticle *
article_new_from (const char *source,
                  const char *id,
                  const char *title,
                  const char *body,
                  GDateTime  *published)
{
  NdArticleFields fields = { 0 };

  fields.id = g_strdup (id);
  fields.title = g_strdup (title);
  fields.source = g_strdup (source);
  fields.body = g_strdup (body);
  fields.file = g_strdup ("test.json");
  fields.published = g_date_time_ref (published);

  return _nd_article_new_take (&fields);
}

static NdArticle *
article_new (const char *id,
             const char *title,
             const char *body,
             GDateTime  *published)
{
  return article_new_from (id[0] == 'a' ? "Outlet A" : "Outlet B", id, title, body, published);
}

/* A made-up word of letters only, one per @n, that no other number gives. */
static char *
word_for (const char *stem,
          guint       n)
{
  return g_strdup_printf ("%s%c%c", stem, 'a' + n / 26, 'a' + n % 26);
}

/* Link @k of the chain: the words of topic k and of topic k + 1, in headline and body,
 * and words of its own, an hour after link k - 1. */
static NdArticle *
chain_article (guint k)
{
  g_autofree char *id = g_strdup_printf ("a-chain-%02u", k);
  g_autofree char *topic = word_for ("topic", k);
  g_autofree char *next = word_for ("topic", k + 1);
  g_autofree char *own = word_for ("own", k);
  g_autofree char *title = g_strdup_printf ("%s %s", topic, next);
  g_autofree char *body = g_strdup_printf ("The %s and the %s. Then %s, %s and %s again. "
                                           "Only here: %s, %s.",
                                           topic, next, topic, next, topic, own, own);
  g_autoptr(GDateTime) published = g_date_time_new_utc (2026, 3, 1 + k / 24, k % 24, 0, 0);

  return article_new (id, title, body, published);
}

/* Articles of words of their own, each its own story: a set of a few articles alone makes
 * every word rare or common only by its count, which is not what a folder is. */
static void
add_filler (NdStoryGrouper *grouper)
{
  for (guint f = 0; f < N_FILLER; f++)
    {
      g_autofree char *id = g_strdup_printf ("f-%02u", f);
      g_autofree char *title = word_for ("headline", f);
      g_autofree char *first = word_for ("filler", f);
      g_autofree char *second = word_for ("padding", f);
      g_autofree char *body = g_strdup_printf ("%s %s %s.", first, second, first);
      g_autoptr(GDateTime) published = g_date_time_new_utc (2026, 3, 1 + f, 12, 0, 0);
      g_autoptr(NdArticle) article = article_new (id, title, body, published);

      nd_story_grouper_add_article (grouper, article);
    }
}

static guint
biggest_story (GPtrArray *stories)
{
  guint biggest = 0;

  for (guint s = 0; s < stories->len; s++)
    biggest = MAX (biggest, nd_story_get_n_articles (g_ptr_array_index (stories, s)));
  return biggest;
}

/* Any two neighbours of the chain alone are one story, so single link would join the
 * whole chain; together, no story may hold more than a handful of its links. */
static void
test_no_chaining (void)
{
  g_autoptr(GPtrArray) chain = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(NdStoryGrouper) grouper = nd_story_grouper_new ();
  g_autoptr(GPtrArray) stories = NULL;

  for (guint k = 0; k < CHAIN_LENGTH; k++)
    g_ptr_array_add (chain, chain_article (k));

  for (guint k = 0; k + 1 < CHAIN_LENGTH; k++)
    {
      g_autoptr(NdStoryGrouper) pair = nd_story_grouper_new ();
      g_autoptr(GPtrArray) together = NULL;

      add_filler (pair);
      nd_story_grouper_add_article (pair, g_ptr_array_index (chain, k));
      nd_story_grouper_add_article (pair, g_ptr_array_index (chain, k + 1));
      together = nd_story_grouper_dup_stories (pair);
      g_assert_cmpuint (together->len, ==, N_FILLER + 1);
      g_assert_cmpuint (biggest_story (together), ==, 2);
    }

  add_filler (grouper);
  for (guint k = 0; k < CHAIN_LENGTH; k++)
    nd_story_grouper_add_article (grouper, g_ptr_array_index (chain, k));
  stories = nd_story_grouper_dup_stories (grouper);
  g_test_message ("a chain of %u: %u stories with the filler, the biggest %u articles",
                  CHAIN_LENGTH, stories->len, biggest_story (stories));
  g_assert_cmpuint (biggest_story (stories), <=, 6);
  g_assert_cmpuint (stories->len, >=, N_FILLER + CHAIN_LENGTH / 6);
}

/* Articles that all share their words are one story, however many they are: the check on
 * the average does not break up a story that is about one thing. */
static void
test_one_event (void)
{
  g_autoptr(NdStoryGrouper) grouper = nd_story_grouper_new ();
  g_autoptr(GPtrArray) stories = NULL;

  add_filler (grouper);
  for (guint k = 0; k < CHAIN_LENGTH; k++)
    {
      g_autofree char *id = g_strdup_printf ("%c-event-%02u", k % 2 ? 'a' : 'b', k);
      g_autofree char *own = word_for ("own", k);
      g_autofree char *body = g_strdup_printf ("Kestlehaven barrier vote: the council of "
                                               "Kestlehaven pauses the barrier contract. %s.",
                                               own);
      g_autoptr(GDateTime) published = g_date_time_new_utc (2026, 3, 1 + k % 5, k % 24, 0, 0);
      g_autoptr(NdArticle) article = article_new (id, "Kestlehaven barrier vote paused", body,
                                                  published);

      nd_story_grouper_add_article (grouper, article);
    }
  stories = nd_story_grouper_dup_stories (grouper);
  g_assert_cmpuint (stories->len, ==, N_FILLER + 1);
  g_assert_cmpuint (biggest_story (stories), ==, CHAIN_LENGTH);
}

static guint
n_stories_apart (GDateTime *first,
                 GDateTime *second)
{
  const char *body = "Marrowby engineers find the Kestlehaven barrier tide data stops in 2011.";
  g_autoptr(NdArticle) a = article_new ("a-report", "Kestlehaven barrier review", body, first);
  g_autoptr(NdArticle) b = article_new ("b-report", "Kestlehaven barrier review", body, second);
  g_autoptr(NdStoryGrouper) grouper = nd_story_grouper_new ();
  g_autoptr(GPtrArray) stories = NULL;

  add_filler (grouper);
  nd_story_grouper_add_article (grouper, a);
  nd_story_grouper_add_article (grouper, b);
  stories = nd_story_grouper_dup_stories (grouper);
  return stories->len - N_FILLER;
}

/* The same report days apart is one story; years apart, two. */
static void
test_time_apart (void)
{
  g_autoptr(GDateTime) first = g_date_time_new_utc (2026, 3, 4, 9, 0, 0);
  g_autoptr(GDateTime) days = g_date_time_add_days (first, 3);
  g_autoptr(GDateTime) years = g_date_time_add_years (first, 2);

  g_assert_cmpuint (n_stories_apart (first, days), ==, 1);
  g_assert_cmpuint (n_stories_apart (first, years), ==, 2);
}

static char *
describe (GPtrArray *stories)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint s = 0; s < stories->len; s++)
    {
      NdStory *story = g_ptr_array_index (stories, s);

      g_string_append_printf (text, "%s [%s]:", nd_story_get_id (story), nd_story_get_label (story));
      for (guint a = 0; a < nd_story_get_n_articles (story); a++)
        g_string_append_printf (text, " %s", nd_article_get_id (nd_story_get_article (story, a)));
      g_string_append_c (text, '\n');
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Two towns ban the same thing a day apart: each town's reports are one story, and the
 * two stories share their background (the survey, the silt, the council) but not the town
 * their headlines name, so they stay two, though alike enough on average (0.24) to be
 * joined if their headlines were not looked at. */
static void
test_headlines_apart (void)
{
  const char *towns[] = { "Ardmore", "Belcastle" };
  const char *titles[][2] = {
    { "Ardmore bans dredging in its harbour", "Dredging ban for Ardmore after silt survey" },
    { "Belcastle council halts harbour dredging", "Belcastle stops the dredgers" },
  };
  const char *details[] = {
    "Quillan Hobbs, who leads Ardmore council, said the lifeboat station at Pengarrow quay "
    "and the Ardmore oyster beds come first. Pengarrow oyster growers cheered Hobbs, and the "
    "lifeboat crew thanked the Ardmore oyster growers.",
    "Morwenna Tregear, who leads Belcastle council, said the ferry slip and the Tolverne "
    "boatyard at Belcastle come first. Tolverne ferrymen booed Tregear, and the boatyard "
    "owners wrote to the Belcastle ferrymen.",
  };
  g_autoptr(NdStoryGrouper) grouper = nd_story_grouper_new ();
  g_autoptr(GPtrArray) stories = NULL;

  add_filler (grouper);
  for (guint t = 0; t < G_N_ELEMENTS (towns); t++)
    for (guint k = 0; k < 2; k++)
      {
        g_autofree char *id = g_strdup_printf ("%c-%s-%u", k ? 'a' : 'b', towns[t], k);
        const char *title = titles[t][k];
        g_autofree char *body = g_strdup_printf ("The council of %s voted to ban dredging in its "
                                                 "harbour, after the Marrowby survey found the "
                                                 "estuary silt thick with old paint. %s",
                                                 towns[t], details[t]);
        g_autoptr(GDateTime) published = g_date_time_new_utc (2026, 3, 3 + t, 9 + k, 0, 0);
        g_autoptr(NdArticle) article = article_new (id, title, body, published);

        nd_story_grouper_add_article (grouper, article);
      }
  stories = nd_story_grouper_dup_stories (grouper);
  g_assert_cmpuint (stories->len, ==, N_FILLER + 2);
  g_assert_cmpuint (biggest_story (stories), ==, 2);
}

/* One town's ban, twice in each of two outlets whose headlines end with the outlet's name:
 * that name is no headline word of the outlet's reports, so all four are one story. */
static void
test_headlines_outlet (void)
{
  const char *outlets[] = { "Harbour Gazette", "Coastline Radio" };
  const char *titles[][2] = {
    { "Ardmore bans dredging in its harbour | Harbour Gazette",
      "Dredging ban for Ardmore after silt survey | Harbour Gazette" },
    { "Ardmore council halts harbour dredging - Coastline Radio",
      "Ardmore stops the dredgers - Coastline Radio" },
  };
  const char *details[] = {
    "Quillan Hobbs, who leads Ardmore council, said the lifeboat station at Pengarrow quay "
    "and the Ardmore oyster beds come first. Pengarrow oyster growers cheered Hobbs, and the "
    "lifeboat crew thanked the Ardmore oyster growers.",
    "Ferrymen at the Tolverne slip, across the water from Ardmore, said the ban comes late "
    "for them. Tolverne boatyard owners wrote to the ferrymen and to the harbour master, "
    "and the Tolverne ferrymen's union asks the boatyard for help.",
  };
  g_autoptr(NdStoryGrouper) grouper = nd_story_grouper_new ();
  g_autoptr(GPtrArray) stories = NULL;

  add_filler (grouper);
  for (guint o = 0; o < G_N_ELEMENTS (outlets); o++)
    for (guint k = 0; k < 2; k++)
      {
        g_autofree char *id = g_strdup_printf ("%c-ban-%u-%u", k ? 'a' : 'b', o, k);
        g_autofree char *body = g_strdup_printf ("The council of Ardmore voted to ban dredging in "
                                                 "its harbour, after the Marrowby survey found "
                                                 "the estuary silt thick with old paint. %s",
                                                 details[o]);
        g_autoptr(GDateTime) published = g_date_time_new_utc (2026, 3, 3, 9 + 2 * o + k, 0, 0);
        g_autoptr(NdArticle) article = article_new_from (outlets[o], id, titles[o][k], body,
                                                         published);

        nd_story_grouper_add_article (grouper, article);
      }
  stories = nd_story_grouper_dup_stories (grouper);
  g_assert_cmpuint (stories->len, ==, N_FILLER + 1);
  g_assert_cmpuint (biggest_story (stories), ==, 4);
}

/* The chain and the event together, added in shuffled orders, always give the same
 * stories: the links are taken in a fixed order whatever the order of adding. */
static void
test_any_order (void)
{
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *expected = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (16);

  for (guint k = 0; k < CHAIN_LENGTH; k++)
    {
      g_autoptr(GDateTime) published = g_date_time_new_utc (2026, 3, 1, k % 24, 30, 0);
      g_autofree char *id = g_strdup_printf ("b-same-%02u", k);

      g_ptr_array_add (articles, chain_article (k));
      /* Same time, same words: only the id tells them apart. */
      g_ptr_array_add (articles, article_new (id, "Harbour café spared", "Café Mirador stays on the quay.",
                                              published));
    }

  for (guint round = 0; round < 5; round++)
    {
      g_autoptr(NdStoryGrouper) grouper = nd_story_grouper_new ();
      g_autoptr(GPtrArray) stories = NULL;
      g_autofree char *described = NULL;

      for (guint i = articles->len; i > 1; i--)
        {
          guint j = g_rand_int_range (rand, 0, i);
          gpointer swap = articles->pdata[i - 1];

          articles->pdata[i - 1] = articles->pdata[j];
          articles->pdata[j] = swap;
        }
      for (guint i = 0; i < articles->len; i++)
        nd_story_grouper_add_article (grouper, g_ptr_array_index (articles, i));
      stories = nd_story_grouper_dup_stories (grouper);
      described = describe (stories);
      if (expected == NULL)
        expected = g_steal_pointer (&described);
      else
        g_assert_cmpstr (described, ==, expected);
    }
}

#define N_EVENTS         20
#define EVENT_ARTICLES   80
#define EVENT_WORDS      10
#define COMMON_WORDS     300

/* A word of @stem for each @n up to 26³. */
static char *
word_of (const char *stem,
         guint       n)
{
  return g_strdup_printf ("%s%c%c%c", stem, 'a' + n / 676, 'a' + n / 26 % 26, 'a' + n % 26);
}

/* A common word, the low ones far more often, as in prose. */
static char *
common_word (GRand *rand)
{
  double x = g_rand_double (rand);

  return word_of ("common", (guint)(x * x * COMMON_WORDS));
}

/* Article @a of event @e: a headline of three of the event's words and two common ones,
 * a body of mostly common words with a dozen of the event's, within three days of the
 * event's start; the events start a day apart, so that they overlap. */
static NdArticle *
event_article (GRand *rand,
               guint  e,
               guint  a)
{
  g_autoptr(GString) title = g_string_new (NULL);
  g_autoptr(GString) body = g_string_new (NULL);
  g_autofree char *id = g_strdup_printf ("%c-%02u-%02u", a % 2 ? 'a' : 'b', e, a);
  g_autoptr(GDateTime) start = g_date_time_new_utc (2026, 1, 1, 0, 0, 0);
  g_autoptr(GDateTime) published = g_date_time_add_seconds (start, e * 86400.0 + g_rand_double (rand) * 3 * 86400.0);

  for (guint w = 0; w < 5; w++)
    {
      g_autofree char *word = w < 3 ? word_of ("event", e * EVENT_WORDS + g_rand_int_range (rand, 0, EVENT_WORDS))
                                    : common_word (rand);

      g_string_append_printf (title, "%s%s", w > 0 ? " " : "", word);
    }
  for (guint w = 0; w < 120; w++)
    {
      g_autofree char *word = w % 10 == 0 ? word_of ("event", e * EVENT_WORDS + g_rand_int_range (rand, 0, EVENT_WORDS))
                                          : common_word (rand);

      g_string_append_printf (body, "%s%s", word, w % 12 == 11 ? ". " : " ");
    }
  return article_new (id, title->str, body->str, published);
}

/* Many events at once, each of more articles than a word's nearest ones the grouper looks
 * at, all written mostly in one common vocabulary: each event is found whole, or nearly,
 * and no story mixes two. */
static void
test_dense_events (void)
{
  g_autoptr(NdStoryGrouper) grouper = nd_story_grouper_new ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (1616);
  g_autoptr(GPtrArray) stories = NULL;
  g_autoptr(GHashTable) event_of = g_hash_table_new (NULL, NULL);
  guint in_biggest[N_EVENTS] = { 0 };
  guint mixed = 0, whole = 0;

  for (guint e = 0; e < N_EVENTS; e++)
    for (guint a = 0; a < EVENT_ARTICLES; a++)
      {
        g_autoptr(NdArticle) article = event_article (rand, e, a);

        g_hash_table_insert (event_of, article, GUINT_TO_POINTER (e));
        nd_story_grouper_add_article (grouper, article);
      }

  stories = nd_story_grouper_dup_stories (grouper);
  for (guint s = 0; s < stories->len; s++)
    {
      NdStory *story = g_ptr_array_index (stories, s);
      guint first = GPOINTER_TO_UINT (g_hash_table_lookup (event_of, nd_story_get_article (story, 0)));

      for (guint a = 1; a < nd_story_get_n_articles (story); a++)
        if (GPOINTER_TO_UINT (g_hash_table_lookup (event_of, nd_story_get_article (story, a))) != first)
          {
            mixed++;
            break;
          }
      in_biggest[first] = MAX (in_biggest[first], nd_story_get_n_articles (story));
    }
  for (guint e = 0; e < N_EVENTS; e++)
    whole += in_biggest[e] >= EVENT_ARTICLES * 9 / 10;

  g_test_message ("%u events of %u articles: %u stories, %u mixed, %u events 90%% in one story",
                  N_EVENTS, EVENT_ARTICLES, stories->len, mixed, whole);
  g_assert_cmpuint (mixed, ==, 0);
  g_assert_cmpuint (whole, ==, N_EVENTS);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/nd/story-grouper/no-chaining", test_no_chaining);
  g_test_add_func ("/nd/story-grouper/one-event", test_one_event);
  g_test_add_func ("/nd/story-grouper/time-apart", test_time_apart);
  g_test_add_func ("/nd/story-grouper/any-order", test_any_order);
  g_test_add_func ("/nd/story-grouper/dense-events", test_dense_events);
  g_test_add_func ("/nd/story-grouper/headlines-apart", test_headlines_apart);
  g_test_add_func ("/nd/story-grouper/headlines-outlet", test_headlines_outlet);

  return g_test_run ();
}

/* test-formats-json-feed.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* test-formats on JSON Feed: real feeds and fixtures. */

#include "config.h"

#include <string.h>

#include "model/nd-article.h"
#include "formats/nd-formats-private.h"
#include "model/nd-load-error.h"
#include "test-formats-private.h"

/* JSON Feed, real files */

/* gofeed's two fixtures say "version": "1.0" / "1.1" instead of a jsonfeed.org URL; their
 * `items` array still makes them feeds. Item `content_text` wins over `content_html`, the
 * item `author` object gives the author, ".52" seconds are 520 ms. */
static void
assert_gofeed (const char *name)
{
  g_autoptr(Parsed) parsed = parse_corpus (name);

  assert_format (parsed, ND_FORMAT_JSON_FEED);
  assert_n_articles (parsed, 1);
  assert_problems (parsed, 0, 0);
  assert_article (parsed, 0, &(Expected) {
    .id = "id",
    .title = "title",
    .source = "title",
    .authors = AUTHORS ("author_name"),
    .url = "https://sample-json-feed.com/id",
    .published = "2019-10-12T07:20:50.520Z",
    .body = "content_text",
  });
}

static void
test_json_feed_gofeed_10 (void)
{
  assert_gofeed ("jsonfeed/gofeed_version_json_10.json");
}

static void
test_json_feed_gofeed_11 (void)
{
  assert_gofeed ("jsonfeed/gofeed_version_json_11.json");
}

static void
test_json_feed_influxdata (void)
{
  g_autoptr(Parsed) parsed = parse_corpus ("jsonfeed/feedrs_influxdata_elastic_1.1.json");

  assert_format (parsed, ND_FORMAT_JSON_FEED);
  assert_n_articles (parsed, 3);
  assert_problems (parsed, 0, 0);

  /* Item authors[] wins over item author; RFC 2822 dates with an offset. */
  assert_article (parsed, 0, &(Expected) {
    .id = "https://www.influxdata.com/blog/influxdb-outperforms-graphite-in-time-series-data-metrics-benchmark",
    .title = "InfluxDB vs. Graphite for Time Series Data & Metrics Benchmark",
    .source = "Blog – InfluxData",
    .authors = AUTHORS ("Chris Churilo", "Fake Author 1"),
    .url = "https://www.influxdata.com/blog/influxdb-outperforms-graphite-in-time-series-data-metrics-benchmark",
    .published = "2019-05-31T19:17:58Z",
    .language = "en-US",
    .body_prefix = "This blog post has been updated on September 10, 2020 with the latest",
    .body_suffix = "At InfluxData, one of the common questions we regularly get...",
    .n_paragraphs = 1,
  });
  assert_article (parsed, 1, &(Expected) {
    .id = "https://www.influxdata.com/blog/influxdb-markedly-elasticsearch-in-time-series-data-metrics-benchmark",
    .title = "InfluxDB vs. Elasticsearch for Time Series Data & Metrics Benchmark",
    .source = "Blog – InfluxData",
    .authors = AUTHORS ("Chris Churilo"),
    .url = "https://www.influxdata.com/blog/influxdb-markedly-elasticsearch-in-time-series-data-metrics-benchmark",
    .published = "2018-02-06T13:34:12Z",
    .language = "en-AU",
    .body_prefix = "This blog post has been updated on July 17, 2020 with the latest",
    .body_suffix = "with the latest benchmark figures. At InfluxData, one...",
    .n_paragraphs = 1,
  });
  /* No authors of its own: the feed's `authors` (not its legacy `author`). */
  assert_article (parsed, 2, &(Expected) {
    .id = "https://example.com",
    .title = "Fake item",
    .source = "Blog – InfluxData",
    .authors = AUTHORS ("Fake Author 3", "Fake Author 4"),
    .url = "https://example.com",
    .language = "en-US",
  });
}

/* Every item has neither a title nor a body, so every item is skipped with an error. */
static void
test_json_feed_rsparser_authors (void)
{
  g_autoptr(Parsed) parsed = parse_corpus ("jsonfeed/rsparser_authors.json");

  assert_format (parsed, ND_FORMAT_JSON_FEED);
  assert_n_articles (parsed, 0);
  assert_problems (parsed, 4, 0);
  for (guint i = 0; i < 4; i++)
    assert_problem (parsed, i, ND_LOAD_SEVERITY_ERROR, 0);
}

/* `2022-07-26 13:01:01` dates, feed-level legacy author, HTML bodies with blockquotes. */
static void
test_json_feed_adactio (void)
{
  g_autoptr(Parsed) parsed = parse_corpus ("jsonfeed/feedextractor_adactio_realworld.json");

  assert_format (parsed, ND_FORMAT_JSON_FEED);
  assert_n_articles (parsed, 10);
  assert_problems (parsed, 0, 0);

  assert_article (parsed, 0, &(Expected) {
    .id = "19317",
    .title = "The line-up for dConstruct 2022 …revealed!",
    .source = "Adactio: Journal",
    .authors = AUTHORS ("Jeremy Keith"),
    .url = "https://adactio.com/journal/19317",
    .published = "2022-07-26T13:01:01Z",
    .body_prefix = "Alright, I’ve kept you in suspense for long enough. It’s time to reveal "
                   "the magnificent line-up for dConstruct 2022.\n\n"
                   "I’ll now put names to the teasing list of descriptions I previously "
                   "provided…\n\n"
                   "A technologist, product designer",
    .body_suffix = "With this line-up of eight supersmart speakers, you know it’s going to be "
                   "a fantastic day!",
  });
  assert_article (parsed, 1, &(Expected) {
    .id = "19315",
    .title = "Control",
    .source = "Adactio: Journal",
    .authors = AUTHORS ("Jeremy Keith"),
    .url = "https://adactio.com/journal/19315",
    .published = "2022-07-25T15:36:20Z",
    .body_prefix = "In two of my recent talks—In And Out Of Style and Design Principles For "
                   "The Web—I finish by looking at three different components:",
    .body_suffix = "It’s not what I would do, but I think I understand the motivation a bit "
                   "better now.",
  });
  assert_article (parsed, 9, &(Expected) {
    .id = "19216",
    .title = "Talking about style",
    .source = "Adactio: Journal",
    .authors = AUTHORS ("Jeremy Keith"),
    .url = "https://adactio.com/journal/19216",
    .published = "2022-06-24T12:17:39Z",
    .body_prefix = "I’ve published a transcription of the talk I gave at CSS Day:\n\n"
                   "In And Out Of Style.\n\n"
                   "The title is intended to have double meaning.",
    .body_suffix = "I invite you to read, watch, or listen to In And Out Of Style, whichever "
                   "you prefer.",
    .n_paragraphs = 9,
  });
}

/* Every `/` is written `\/`; URLs with query strings; an img after the text. */
static void
test_json_feed_npr (void)
{
  g_autoptr(Parsed) parsed = parse_corpus ("jsonfeed/trafilatura_npr_technology_feed.json");

  assert_format (parsed, ND_FORMAT_JSON_FEED);
  assert_n_articles (parsed, 25);
  assert_problems (parsed, 0, 0);

  assert_article (parsed, 0, &(Expected) {
    .id = "1050315385",
    .title = "Keller Rinaudo: How can delivery drones save lives?",
    .source = "Technology",
    .authors = AUTHORS ("Manoush Zomorodi"),
    .url = "https://www.npr.org/2021/10/29/1050315385/keller-rinaudo-how-can-delivery-drones-save-lives?utm_medium=JSONFeed&utm_campaign=technology",
    .published = "2021-10-29T14:26:00Z",
    .body = "In rural areas, basic health care can be out of reach. Keller Rinaudo founded "
            "Zipline, a delivery company that uses drones to deliver necessary medical "
            "supplies within hours, even minutes.",
  });
  assert_article (parsed, 2, &(Expected) {
    .id = "1050280500",
    .title = "Facebook wants to lean into the metaverse. Here's what it is and how it will work",
    .source = "Technology",
    .authors = AUTHORS ("The Associated Press"),
    .url = "https://www.npr.org/2021/10/28/1050280500/what-metaverse-is-and-how-it-will-work?utm_medium=JSONFeed&utm_campaign=technology",
    .published = "2021-10-29T00:20:19Z",
    .body = "It's a world of endless, interconnected virtual communities where people can "
            "meet, work and play, using virtual reality headsets, augmented reality "
            "glasses, smartphone apps or other devices.",
  });
  assert_article (parsed, 24, &(Expected) {
    .id = "1047307202",
    .title = "Netflix employees are staging a walkout as a fired organizer speaks out",
    .source = "Technology",
    .authors = AUTHORS ("Andrew Limbong"),
    .url = "https://www.npr.org/2021/10/20/1047307202/netflix-fired-trans-nonbinary-walkout-organizer-speaks?utm_medium=JSONFeed&utm_campaign=technology",
    .published = "2021-10-20T09:11:00Z",
    .body = "The Netflix employee resource group supporting trans and nonbinary people is "
            "demanding better representation, both on-screen and in management.",
  });
}

/* `2018-01-06T08:00` dates: minutes, no seconds, no offset. */
static void
test_json_feed_curt (void)
{
  g_autoptr(Parsed) parsed = parse_corpus ("jsonfeed/rsparser_curt.json");

  assert_format (parsed, ND_FORMAT_JSON_FEED);
  assert_n_articles (parsed, 26);
  assert_problems (parsed, 0, 0);

  assert_article (parsed, 0, &(Expected) {
    .id = "twitter-quitter",
    .title = "Twitter Quitter",
    .source = "curtclifton.net",
    .authors = AUTHORS ("Curt Clifton"),
    .url = "http://www.curtclifton.net/twitter-quitter",
    .published = "2018-01-06T08:00:00Z",
    .body_prefix = "I’ve decided to close my Twitter account. William Van Hecke makes a "
                   "convincing case for its diminishing utility",
    .body_contains = "And so I will.\n\nI’m taking my Twitter account private.",
    .body_suffix = "The positives there outweigh the negatives.)\n\n"
                   "Be well. Find the good in the world. Peace.",
    .n_paragraphs = 5,
  });
  assert_article (parsed, 25, &(Expected) {
    .id = "fifth-omniversary",
    .title = "Fifth Omniversary",
    .source = "curtclifton.net",
    .authors = AUTHORS ("Curt Clifton"),
    .url = "http://www.curtclifton.net/fifth-omniversary",
    .published = "2016-06-01T07:00:00Z",
    .body_prefix = "I’ve been a software developer with the Omni Group for five years now.",
    /* &#8239; is a narrow no-break space, which HTML does not collapse. */
    .body_contains = "Focus\u202F—\u202Fwe tend to drop the prefixes\u202F—\u202Fis one of my "
                     "favorite apps ever.",
    .body_suffix = "I can’t imagine a better place to practice my craft. It’s a privilege to "
                   "be part of the Omni Group.",
  });
}

/* Item and feed language, `<br />` inside a paragraph, a list. */
static void
test_json_feed_3960 (void)
{
  g_autoptr(Parsed) parsed = parse_corpus ("jsonfeed/rsparser_3960.json");

  assert_format (parsed, ND_FORMAT_JSON_FEED);
  assert_n_articles (parsed, 20);
  assert_problems (parsed, 0, 0);

  assert_article (parsed, 0, &(Expected) {
    .id = "user/posts/2020-02-21-lecker-lecker/index.md",
    .title = "Lecker, lecker",
    .source = "fboës - Der Blog | Startseite",
    .authors = AUTHORS ("Frank Boës"),
    .url = "https://journal.3960.org/posts/2020-02-21-lecker-lecker/",
    .published = "2020-02-21T17:08:06Z",
    .language = "de-DE",
    .body = "Da ist es zwar nicht ganz billig,\ndafür schmeckt's aber auch nicht.",
  });
  assert_article (parsed, 19, &(Expected) {
    .id = "user/posts/2019-02-14-simplex-duplex/index.md",
    .title = "Simplex, Duplex",
    .source = "fboës - Der Blog | Startseite",
    .authors = AUTHORS ("Frank Boës"),
    .url = "https://journal.3960.org/posts/2019-02-14-simplex-duplex/",
    .published = "2019-02-14T18:11:34Z",
    .language = "de-DE",
    .body = "Simplex: Es funktioniert nur eine Richtung gleichzeitig.\n\n"
            "Duplex: Es funktionieren beide Richtungen gleichzeitig.\n\n"
            "Durex: Es funktioniert keine Richtung… in 99% der Fälle jedenfalls.",
  });
}

/* JSON Feed, fixtures */

static void
test_json_feed_fixture_11 (void)
{
  g_autoptr(Parsed) parsed = parse_fixture ("feed-1.1.json");

  assert_format (parsed, ND_FORMAT_JSON_FEED);
  assert_n_articles (parsed, 5);
  /* "sometime last week" (warning) and the item with neither title nor body (error). */
  assert_problems (parsed, 1, 1);

  assert_article (parsed, 0, &(Expected) {
    .id = "item-1",
    .title = "Café prices “soar”",
    .source = "The Daily & Weekly",
    .authors = AUTHORS ("Desk Editor", "Night Desk"),
    .url = "https://daily.example/1",
    .published = "2024-03-01T00:30:00Z",
    .language = "en-GB",
    .body = "Prices at the café rose by 10% — again.\n\n"
            "Line one\nLine two\nLine three\n\n"
            "First\n\n"
            "Second\n\n"
            "Tom & Jerry <3 ☺ A",
  });
  /* Numeric id, external_url, date_modified as a date, content_text before content_html,
   * repeated and empty author names dropped. */
  assert_article (parsed, 1, &(Expected) {
    .id = "7",
    .title = "Text wins",
    .source = "The Daily & Weekly",
    .authors = AUTHORS ("Zoé Martin", "Luc Petit"),
    .url = "https://elsewhere.example/7",
    .published = "2024-03-01",
    .language = "fr",
    .body = "Plain text first.\n\nSecond line.",
  });
  assert_article (parsed, 2, &(Expected) {
    .id = "https://daily.example/3",
    .title = "Summary only",
    .source = "The Daily & Weekly",
    .authors = AUTHORS ("Legacy Person"),
    .url = "https://daily.example/3",
    .language = "en-GB",
    .body = "Just the summary.",
  });
  assert_article (parsed, 3, &(Expected) {
    .id = "feed-1.1.json#4",
    .title = "No id and no URL",
    .source = "The Daily & Weekly",
    .authors = AUTHORS ("Desk Editor", "Night Desk"),
    .language = "en-GB",
    .body = "Body.",
  });
  assert_article (parsed, 4, &(Expected) {
    .id = "https://daily.example/5",
    .source = "The Daily & Weekly",
    .authors = AUTHORS ("Desk Editor", "Night Desk"),
    .url = "https://daily.example/5",
    .language = "en-GB",
    .body = "Untitled but with a body",
  });
}

static void
test_json_feed_fixture_10 (void)
{
  g_autoptr(Parsed) parsed = parse_fixture ("feed-1.0.json");

  assert_format (parsed, ND_FORMAT_JSON_FEED);
  assert_n_articles (parsed, 3);
  assert_problems (parsed, 0, 0);

  assert_article (parsed, 0, &(Expected) {
    .id = "a",
    .title = "With item author",
    .source = "Old Feed",
    .authors = AUTHORS ("Item Author"),
    .url = "https://old.example/a",
    .published = "2019-05-06T07:08:09Z",
    .body = "One\n\nTwo",
  });
  assert_article (parsed, 1, &(Expected) {
    .id = "b",
    .title = "Feed author fallback",
    .source = "Old Feed",
    .authors = AUTHORS ("Feed Author"),
    .published = "2019-05-06T05:08:09Z",
    .body = "Plain",
  });
  /* url before external_url, date_published before date_modified, content_html before
   * summary, and the heading that repeats the title is dropped. */
  assert_article (parsed, 2, &(Expected) {
    .id = "c",
    .title = "Repeated & dropped",
    .source = "Old Feed",
    .authors = AUTHORS ("Feed Author"),
    .url = "https://old.example/c",
    .published = "2019-05-07T00:00:00Z",
    .body = "Only this stays.",
  });
}

/* rsparser_authors.json with titles, so that its items are kept. */
static void
test_json_feed_fixture_authors (void)
{
  g_autoptr(Parsed) parsed = parse_fixture ("feed-authors.json");

  assert_format (parsed, ND_FORMAT_JSON_FEED);
  assert_n_articles (parsed, 4);
  assert_problems (parsed, 0, 0);

  assert_article (parsed, 0, &(Expected) {
    .id = "none",
    .title = "Item without authors",
    .source = "Author test feed",
    .authors = AUTHORS ("Root Author 1", "Root Author 2"),
  });
  assert_article (parsed, 1, &(Expected) {
    .id = "legacy",
    .title = "Item with legacy author",
    .source = "Author test feed",
    .authors = AUTHORS ("Legacy Item Author"),
  });
  assert_article (parsed, 2, &(Expected) {
    .id = "modern",
    .title = "Item with modern authors",
    .source = "Author test feed",
    .authors = AUTHORS ("Item Author 1", "Item Author 2"),
  });
  assert_article (parsed, 3, &(Expected) {
    .id = "both",
    .title = "Item with both",
    .source = "Author test feed",
    .authors = AUTHORS ("Item Author 1", "Item Author 2"),
  });
}

static void
test_json_feed_fixture_legacy_author (void)
{
  g_autoptr(Parsed) parsed = parse_fixture ("feed-legacy-author.json");

  assert_format (parsed, ND_FORMAT_JSON_FEED);
  assert_n_articles (parsed, 1);
  assert_problems (parsed, 0, 0);
  assert_article (parsed, 0, &(Expected) {
    .id = "only",
    .title = "Falls back to the feed author",
    .source = "Only a legacy feed author",
    .authors = AUTHORS ("Legacy Root Author"),
  });
}

void
add_formats_json_feed_tests (void)
{
  g_test_add_func ("/nd/formats/json-feed/gofeed-1.0", test_json_feed_gofeed_10);
  g_test_add_func ("/nd/formats/json-feed/gofeed-1.1", test_json_feed_gofeed_11);
  g_test_add_func ("/nd/formats/json-feed/influxdata-rfc2822", test_json_feed_influxdata);
  g_test_add_func ("/nd/formats/json-feed/rsparser-authors", test_json_feed_rsparser_authors);
  g_test_add_func ("/nd/formats/json-feed/adactio-space-dates", test_json_feed_adactio);
  g_test_add_func ("/nd/formats/json-feed/npr-escaped-slashes", test_json_feed_npr);
  g_test_add_func ("/nd/formats/json-feed/curt-minute-dates", test_json_feed_curt);
  g_test_add_func ("/nd/formats/json-feed/3960-br-and-lists", test_json_feed_3960);
  g_test_add_func ("/nd/formats/json-feed/fixture-1.1", test_json_feed_fixture_11);
  g_test_add_func ("/nd/formats/json-feed/fixture-1.0", test_json_feed_fixture_10);
  g_test_add_func ("/nd/formats/json-feed/fixture-authors", test_json_feed_fixture_authors);
  g_test_add_func ("/nd/formats/json-feed/fixture-legacy-feed-author",
                   test_json_feed_fixture_legacy_author);
}

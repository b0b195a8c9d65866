/* test-formats.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Tests for the format readers. Every expected value below was written by hand from
 * docs/formats.md and the input files (the real ones in ../shared/corpus/ and the small
 * fixtures in tests/data/formats/); none was copied from NewsDesk's own output. */

#include "config.h"

#include <string.h>

#include "model/nd-article.h"
#include "formats/nd-formats-private.h"
#include "model/nd-load-error.h"

#define AUTHORS(...) ((const char * const []) { __VA_ARGS__, NULL })

/* What one article must look like. A NULL string means "no value" (NULL or empty), NULL
 * authors means "no authors". The body is checked exactly when @body is set, otherwise
 * through @body_prefix, @body_suffix and @body_contains; with none of the four set the
 * article must have no body. @n_paragraphs, when not 0, counts the body's paragraphs. */
typedef struct
{
  const char         *id;
  const char         *title;
  const char         *source;
  const char * const *authors;
  const char         *url;
  const char         *published;
  const char         *language;
  const char         *body;
  const char         *body_prefix;
  const char         *body_suffix;
  const char         *body_contains;
  guint               n_paragraphs;
} Expected;

typedef struct
{
  char      *path;
  NdFormat   format;
  GPtrArray *articles;
  GPtrArray *errors;
} Parsed;

static void
parsed_free (Parsed *parsed)
{
  g_clear_pointer (&parsed->path, g_free);
  g_clear_pointer (&parsed->articles, g_ptr_array_unref);
  g_clear_pointer (&parsed->errors, g_ptr_array_unref);
  g_free (parsed);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Parsed, parsed_free)

static Parsed *
parse_data (const char *path,
            const char *data,
            gsize       length)
{
  Parsed *parsed;

  parsed = g_new0 (Parsed, 1);
  parsed->path = g_strdup (path);
  parsed->articles = g_ptr_array_new_with_free_func (g_object_unref);
  parsed->errors = g_ptr_array_new_with_free_func ((GDestroyNotify) nd_load_error_free);
  parsed->format = nd_formats_parse (path, data, length, parsed->articles, parsed->errors);

  for (guint i = 0; i < parsed->errors->len; i++)
    {
      g_autofree char *text = nd_load_error_to_string (g_ptr_array_index (parsed->errors, i));

      g_test_message ("problem %u: %s", i, text);
    }

  return parsed;
}

static Parsed *
parse_path (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &data, &length, &error))
    g_error ("Cannot read %s: %s", path, error->message);

  return parse_data (path, data, length);
}

/* @relative is a path below ../shared/corpus/, e.g. "jsonfeed/x.json". */
static Parsed *
parse_corpus (const char *relative)
{
  return parse_path (g_test_get_filename (G_TEST_DIST, "..", "..", "shared", "corpus",
                                          relative, NULL));
}

static Parsed *
parse_fixture (const char *name)
{
  return parse_path (g_test_get_filename (G_TEST_DIST, "data", "formats", name, NULL));
}

static void
assert_format (Parsed   *parsed,
               NdFormat  format)
{
  g_assert_cmpstr (nd_format_to_string (parsed->format), ==, nd_format_to_string (format));
  g_assert_cmpint (parsed->format, ==, format);
}

static void
assert_n_articles (Parsed *parsed,
                   guint   n_articles)
{
  g_assert_cmpuint (parsed->articles->len, ==, n_articles);
}

static void
assert_problems (Parsed *parsed,
                 guint   n_errors,
                 guint   n_warnings)
{
  guint errors = 0;
  guint warnings = 0;

  for (guint i = 0; i < parsed->errors->len; i++)
    {
      const NdLoadError *problem = g_ptr_array_index (parsed->errors, i);

      if (problem->severity == ND_LOAD_SEVERITY_ERROR)
        errors++;
      else if (problem->severity == ND_LOAD_SEVERITY_WARNING)
        warnings++;
      else
        g_test_fail_printf ("problem %u has an unknown severity %d", i, problem->severity);
    }

  g_assert_cmpuint (errors, ==, n_errors);
  g_assert_cmpuint (warnings, ==, n_warnings);
}

/* @line 0 leaves the line unchecked. */
static void
assert_problem (Parsed         *parsed,
                guint           index,
                NdLoadSeverity  severity,
                guint           line)
{
  const NdLoadError *problem;

  if (index >= parsed->errors->len)
    {
      g_test_fail_printf ("expected a problem at index %u, there are only %u",
                          index, parsed->errors->len);
      return;
    }

  problem = g_ptr_array_index (parsed->errors, index);
  g_assert_cmpint (problem->severity, ==, severity);
  g_assert_cmpstr (problem->file, ==, parsed->path);
  if (line != 0)
    g_assert_cmpuint (problem->line, ==, line);
  g_assert_nonnull (problem->message);
  if (problem->message != NULL)
    g_assert_cmpstr (problem->message, !=, "");
}

static void
assert_str_or_absent (const char *what,
                      const char *got,
                      const char *expected)
{
  if (expected == NULL)
    {
      if (got != NULL && got[0] != '\0')
        g_test_fail_printf ("%s: expected no value, got \"%s\"", what, got);
      return;
    }

  if (g_strcmp0 (got, expected) != 0)
    g_test_fail_printf ("%s: expected \"%s\", got \"%s\"", what, expected, got ? got : "(null)");
}

static void
assert_authors (const char * const *got,
                const char * const *expected)
{
  g_autofree char *got_joined = NULL;
  g_autofree char *expected_joined = NULL;

  got_joined = got != NULL ? g_strjoinv (" | ", (char **) got) : g_strdup ("");
  expected_joined = expected != NULL ? g_strjoinv (" | ", (char **) expected) : g_strdup ("");

  g_assert_cmpstr (got_joined, ==, expected_joined);
  g_assert_cmpuint (got != NULL ? g_strv_length ((char **) got) : 0, ==,
                    expected != NULL ? g_strv_length ((char **) expected) : 0);
}

static guint
count_paragraphs (const char *body)
{
  const char *p = body;
  guint n = 1;

  if (body == NULL || body[0] == '\0')
    return 0;

  while ((p = strstr (p, "\n\n")) != NULL)
    {
      n++;
      p += 2;
    }

  return n;
}

static void
assert_body (const char     *body,
             const Expected *expected)
{
  gsize length = body != NULL ? strlen (body) : 0;

  if (expected->body != NULL)
    g_assert_cmpstr (body, ==, expected->body);

  if (expected->body_prefix != NULL)
    {
      gsize n = strlen (expected->body_prefix);

      if (body == NULL || !g_str_has_prefix (body, expected->body_prefix))
        g_test_fail_printf ("body: expected to start with \"%s\", got \"%.*s\"",
                            expected->body_prefix, (int) MIN (length, n + 20),
                            body ? body : "(null)");
    }

  if (expected->body_suffix != NULL)
    {
      gsize n = strlen (expected->body_suffix);

      if (body == NULL || !g_str_has_suffix (body, expected->body_suffix))
        g_test_fail_printf ("body: expected to end with \"%s\", got \"%s\"",
                            expected->body_suffix,
                            body == NULL ? "(null)" : body + length - MIN (length, n + 20));
    }

  if (expected->body_contains != NULL &&
      (body == NULL || strstr (body, expected->body_contains) == NULL))
    g_test_fail_printf ("body: expected to contain \"%s\", got \"%s\"",
                        expected->body_contains, body ? body : "(null)");

  if (expected->body == NULL && expected->body_prefix == NULL &&
      expected->body_suffix == NULL && expected->body_contains == NULL)
    assert_str_or_absent ("body", body, NULL);

  /* Paragraphs are separated by exactly one blank line: never two, never a trailing one. */
  if (body != NULL)
    {
      g_assert_null (strstr (body, "\n\n\n"));
      if (length > 0)
        {
          g_assert_false (g_ascii_isspace (body[0]));
          g_assert_false (g_ascii_isspace (body[length - 1]));
        }
    }

  if (expected->n_paragraphs != 0)
    g_assert_cmpuint (count_paragraphs (body), ==, expected->n_paragraphs);
}

static void
assert_article (Parsed         *parsed,
                guint           index,
                const Expected *expected)
{
  NdArticle *article;
  g_autofree char *published = NULL;

  if (index >= parsed->articles->len)
    {
      g_test_fail_printf ("expected an article at index %u (id %s), there are only %u",
                          index, expected->id, parsed->articles->len);
      return;
    }

  article = g_ptr_array_index (parsed->articles, index);
  g_assert_true (ND_IS_ARTICLE (article));

  g_assert_cmpstr (nd_article_get_id (article), ==, expected->id);
  assert_str_or_absent ("title", nd_article_get_title (article), expected->title);
  assert_str_or_absent ("source", nd_article_get_raw_source (article), expected->source);
  assert_authors (nd_article_get_authors (article), expected->authors);
  assert_str_or_absent ("url", nd_article_get_url (article), expected->url);
  assert_str_or_absent ("language", nd_article_get_language (article), expected->language);
  g_assert_cmpstr (nd_article_get_file (article), ==, parsed->path);

  published = nd_article_dup_published_string (article);
  g_assert_cmpstr (published, ==, expected->published);
  if (expected->published == NULL)
    g_assert_null (nd_article_get_published (article));
  else
    g_assert_cmpint (nd_article_get_published_is_date (article), ==,
                     strlen (expected->published) == strlen ("YYYY-MM-DD"));

  assert_body (nd_article_get_body (article), expected);
}

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

/* news-please, real files */

static void
test_news_please_sample (void)
{
  g_autoptr(Parsed) parsed = parse_corpus ("newsplease/newsplease_sample.json");

  assert_format (parsed, ND_FORMAT_NEWS_PLEASE);
  assert_n_articles (parsed, 1);
  assert_problems (parsed, 0, 0);
  assert_article (parsed, 0, &(Expected) {
    .id = "https://www.rt.com/news/203203-ukraine-russia-troops-border/",
    .title = "Moscow to Kiev: Stick to Minsk ceasefire, stop making false ‘invasion’ claims",
    .source = "www.rt.com",
    .url = "https://www.rt.com/news/203203-ukraine-russia-troops-border/",
    .published = "2017-07-17T17:03:00Z",
    .language = "en",
    .body = "Russia has called on Ukraine to stick to the Minsk peace process [news-please "
            "will extract the whole text but in this example file we needed to cut off here "
            "because of copyright laws].",
  });
}

static void
test_news_please_google_news_reuters (void)
{
  g_autoptr(Parsed) parsed = parse_corpus ("newsplease/google_news/29910dc81ae2a9edbbefac61c460f5c007a81f2c5dd6e6f76426d572.json");

  assert_format (parsed, ND_FORMAT_NEWS_PLEASE);
  assert_n_articles (parsed, 1);
  assert_problems (parsed, 0, 0);
  assert_article (parsed, 0, &(Expected) {
    .id = "https://www.reuters.com/article/us-trump-asia-japan/trump-says-japan-would-shoot-north-korean-missiles-out-of-sky-if-it-bought-u-s-weaponry-idUSKBN1D602F",
    .title = "Trump says Japan would shoot North Korean missiles 'out of sky' if it bought U.S. weaponry",
    .source = "www.reuters.com",
    .authors = AUTHORS ("Steve Holland", "Elaine Lies", "Min Read"),
    .url = "https://www.reuters.com/article/us-trump-asia-japan/trump-says-japan-would-shoot-north-korean-missiles-out-of-sky-if-it-bought-u-s-weaponry-idUSKBN1D602F",
    .published = "2017-11-06T22:18:21Z",
    .language = "en",
    .body_prefix = "TOKYO (Reuters) - U.S. President Donald Trump said on Monday that Japan "
                   "would shoot North Korean missiles “out of the sky”",
    .body_contains = "a stance it has avoided until now.\n\nNorth Korea is pursuing",
    .body_suffix = "Beijing and Danang, Vietnam.\n\nTrump's visit to Asia: tmsnrt.rs/2znSb0v",
    .n_paragraphs = 37,
  });
}

/* The first line of `text` is the title: it is dropped. */
static void
test_news_please_google_news_title_repeated (void)
{
  g_autoptr(Parsed) parsed = parse_corpus ("newsplease/google_news/32875daece08f7fe3a7ef738f5f8fca609f7125cd0d04dad8eeb0375.json");

  assert_format (parsed, ND_FORMAT_NEWS_PLEASE);
  assert_n_articles (parsed, 1);
  assert_problems (parsed, 0, 0);
  assert_article (parsed, 0, &(Expected) {
    .id = "http://www.wheels24.co.za/News/Industry_News/eu-raids-automaker-bmw-in-post-dieselgate-cartel-case-20171024",
    .title = "EU raids automaker BMW in post-Dieselgate cartel case",
    .source = "www.wheels24.co.za",
    .url = "http://www.wheels24.co.za/News/Industry_News/eu-raids-automaker-bmw-in-post-dieselgate-cartel-case-20171024",
    .published = "2017-10-24T08:11:27Z",
    .body_prefix = "Brussels - EU antitrust regulators have raided the offices of automaker "
                   "BMW in Munich",
    .body_suffix = "Fellow carmakers Daimler and Volkswagen fell by close to one percent each",
    .n_paragraphs = 23,
  });
}

/* `text` is null: the body is the description. */
static void
test_news_please_google_news_text_null (void)
{
  g_autoptr(Parsed) parsed = parse_corpus ("newsplease/google_news/aa6eb95c6b0f27b26efc73fdb128324c3282f2dc3e4832dcda3a017e.json");

  assert_format (parsed, ND_FORMAT_NEWS_PLEASE);
  assert_n_articles (parsed, 1);
  assert_problems (parsed, 0, 0);
  assert_article (parsed, 0, &(Expected) {
    .id = "http://www.techradar.com/news/the-latest-iphone-x-problem-is-a-bright-green-line-on-the-side-of-the-display",
    .title = "The latest iPhone X problem is a bright green line on the side of the display",
    .source = "www.techradar.com",
    .url = "http://www.techradar.com/news/the-latest-iphone-x-problem-is-a-bright-green-line-on-the-side-of-the-display",
    .published = "2017-11-10T17:02:21Z",
    .language = "en",
    .body = "If a mysterious green line has appeared down the side of your iPhone X screen, "
            "then you're not alone.",
  });
}

/* Title repeated as the first line; a time of 00:00:00 is still a time, not a date. */
static void
test_news_please_cluster_title_repeated (void)
{
  g_autoptr(Parsed) parsed = parse_corpus ("newsplease/news_cluster/0046d5ff09e56287742ed727ac712a7806d4dee16d5d46aafd7632f5.json");

  assert_format (parsed, ND_FORMAT_NEWS_PLEASE);
  assert_n_articles (parsed, 1);
  assert_problems (parsed, 0, 0);
  assert_article (parsed, 0, &(Expected) {
    .id = "http://africa.chinadaily.com.cn/world/2017-09/15/content_32041310.htm",
    .title = "China opposes DPRK's missile launch: FM spokesperson",
    .source = "africa.chinadaily.com.cn",
    .url = "http://africa.chinadaily.com.cn/world/2017-09/15/content_32041310.htm",
    .published = "2017-09-15T00:00:00Z",
    .body_prefix = "Xinhua | Updated: 2017-09-15 17:52\n\nBEIJING -- China on Friday said",
    .body_suffix = "avoid any acts that may escalate tensions,\" Hua said.",
    .n_paragraphs = 5,
  });
}

static void
test_news_please_cluster_authors (void)
{
  g_autoptr(Parsed) parsed = parse_corpus ("newsplease/news_cluster/0302058689a7d4ed34fcc2e78c4addbcf35932b4df5d16c44869da0d.json");

  assert_format (parsed, ND_FORMAT_NEWS_PLEASE);
  assert_n_articles (parsed, 1);
  assert_problems (parsed, 0, 0);
  assert_article (parsed, 0, &(Expected) {
    .id = "http://www.dw.com/en/germany-rhine-cruise-ship-hits-bridge-pylon-causing-injuries/a-41939790",
    .title = "Germany: Rhine cruise ship hits bridge pylon causing injuries",
    .source = "www.dw.com",
    .authors = AUTHORS ("Deutsche Welle", "Www.Dw.Com", "Author", "Carsten Grün"),
    .url = "http://www.dw.com/en/germany-rhine-cruise-ship-hits-bridge-pylon-causing-injuries/a-41939790",
    .published = "2017-12-30T00:00:00Z",
    .language = "en",
    .body_prefix = "The accident happened late Tuesday on the Rhine River near the north-west "
                   "German city of Duisburg.\n\nThere were 129 people",
    .body_suffix = "Author: Carsten Grün / uhe\n\njm/dm (AFP, dpa)",
    .n_paragraphs = 20,
  });
}

/* The first line starts with the title but says more: it is not a repeat and stays. */
static void
test_news_please_cluster_title_prefix (void)
{
  g_autoptr(Parsed) parsed = parse_corpus ("newsplease/news_cluster/6134ba149dcae1612e7639a2004f94bc6b540a8e08bb7a4b2ad928af.json");

  assert_format (parsed, ND_FORMAT_NEWS_PLEASE);
  assert_n_articles (parsed, 1);
  assert_problems (parsed, 0, 0);
  assert_article (parsed, 0, &(Expected) {
    .id = "http://usa.chinadaily.com.cn/epaper/2016-07/15/content_26104748.htm",
    .title = "Scores killed as truck rams crowd in France",
    .source = "usa.chinadaily.com.cn",
    .url = "http://usa.chinadaily.com.cn/epaper/2016-07/15/content_26104748.htm",
    .published = "2016-07-15T00:00:00Z",
    .body_prefix = "Scores killed as truck rams crowd in France Updated: 2016-07-15 13:14 By "
                   "Agencies(China Daily USA)\n\nNearly 80 people",
    .body_suffix = "(China Daily USA 07/15/2016 page1)",
    .n_paragraphs = 25,
  });
}

/* news-please, fixtures */

static void
test_news_please_fixture_maintext (void)
{
  g_autoptr(Parsed) parsed = parse_fixture ("newsplease.json");

  assert_format (parsed, ND_FORMAT_NEWS_PLEASE);
  assert_n_articles (parsed, 1);
  assert_problems (parsed, 0, 0);
  assert_article (parsed, 0, &(Expected) {
    .id = "https://www.example.it/capodanno",
    .title = "Capodanno a Roma",
    .source = "www.example.it",
    .authors = AUTHORS ("Maria Rossi", "Paolo Bianchi"),
    .url = "https://www.example.it/capodanno",
    .published = "2020-01-01T10:00:00Z",
    .language = "it",
    .body = "Roma, 1 gennaio.\n\nThe second paragraph.\n\nThe third paragraph.",
  });
}

static void
test_news_please_fixture_fallbacks (void)
{
  g_autoptr(Parsed) parsed = parse_fixture ("newsplease-list.json");

  assert_format (parsed, ND_FORMAT_NEWS_PLEASE);
  assert_n_articles (parsed, 3);
  assert_problems (parsed, 0, 0);

  /* title null: title_page; the body's first line repeats it and is dropped. */
  assert_article (parsed, 0, &(Expected) {
    .id = "https://a.example/1",
    .title = "From the page",
    .source = "a.example",
    .url = "https://a.example/1",
    .published = "2018-06-07T08:09:10Z",
    .body = "The actual first paragraph.",
  });
  assert_article (parsed, 1, &(Expected) {
    .id = "newsplease-list.json#2",
    .title = "Only RSS",
    .source = "b.example",
    .body = "Only a description.",
  });
  assert_article (parsed, 2, &(Expected) {
    .id = "https://c.example/3",
    .title = "Keep me",
    .source = "c.example",
    .url = "https://c.example/3",
    .published = "2018-06-08",
    .body = "Keep me too\n\nSecond.",
  });
}

/* NewsAPI, real file */

static void
test_newsapi_sauravkanchan (void)
{
  g_autoptr(Parsed) parsed = parse_corpus ("newsapi/sauravkanchan_data_news.json");

  assert_format (parsed, ND_FORMAT_NEWSAPI);
  assert_n_articles (parsed, 20);
  assert_problems (parsed, 0, 0);

  /* content is null: the description alone. */
  assert_article (parsed, 0, &(Expected) {
    .id = "https://www.dnaindia.com/india/report-centre-releases-information-on-use-of-necessary-medicines-for-covid-19-2821537",
    .title = "Centre releases information on use of necessary medicines for COVID-19 - DNA India",
    .source = "Dnaindia.com",
    .authors = AUTHORS ("DNA Web Team"),
    .url = "https://www.dnaindia.com/india/report-centre-releases-information-on-use-of-necessary-medicines-for-covid-19-2821537",
    .published = "2020-04-18T10:40:24Z",
    .body_prefix = "DNA India has",
    .body_suffix = "transcribed the message in the video released by MoHFW for readers:",
    .n_paragraphs = 1,
  });
  /* content does not start with the description ("--" vs "—"): both are kept. */
  assert_article (parsed, 1, &(Expected) {
    .id = "https://telanganatoday.com/covid-19-striking-more-children-than-expected-study",
    .title = "COVID-19 striking more children than expected: Study - Telangana Today",
    .source = "Telanganatoday.com",
    .authors = AUTHORS ("Telangana Today"),
    .url = "https://telanganatoday.com/covid-19-striking-more-children-than-expected-study",
    .published = "2020-04-18T09:47:00Z",
    .body_prefix = "New York: Contrary to what governments and a school of scientists claim",
    .body_contains = "a hidden detail that could vastly…\n\nNew York: Contrary to what governments",
    .body_suffix = "currently reported — a hidden detail that could vastly …",
    .n_paragraphs = 2,
  });
  /* author null. */
  assert_article (parsed, 2, &(Expected) {
    .id = "https://m.thewire.in/article/government/why-indias-stated-policy-on-hydroxychloroquine-makes-no-sense",
    .title = "Why India’s Stated Policy on Hydroxychloroquine Makes No Sense - The Wire",
    .source = "Thewire.in",
    .url = "https://m.thewire.in/article/government/why-indias-stated-policy-on-hydroxychloroquine-makes-no-sense",
    .published = "2020-04-18T09:40:48Z",
    .body = "The ICMR's reasoning for why it is recommending hydroxychloroquine as "
            "prophylaxis to healthcare workers is just unscientific.\n\n"
            "In a recent video published by ANI, the chief epidemiologist of the Indian "
            "Council of Medical Research (ICMR), Raman Gangakhedkar, made a couple of odd "
            "statements about hydroxychloroquine. He said that because there was so little "
            "evidence of the drug’s effica…",
  });
  /* An author that is a URL stays an author; \r\n lines in content. */
  assert_article (parsed, 3, &(Expected) {
    .id = "https://www.bbc.co.uk/news/health-52301633",
    .title = "Coronavirus: How long does it take to recover? - BBC News",
    .source = "BBC News",
    .authors = AUTHORS ("https://www.facebook.com/bbcnews"),
    .url = "https://www.bbc.co.uk/news/health-52301633",
    .published = "2020-04-18T08:44:02Z",
    .body = "Recovery from Covid-19 can be a lengthy process, depending on how seriously "
            "people get the virus.\n\n"
            "Image copyrightGetty Images\n\n"
            "Covid-19 only emerged at the end of 2019, but already there are signs it may "
            "take a long time for some patients to get back to full health.\n\n"
            "Recovery time will depend on how sick you become in the first place. Some "
            "people will sh…",
  });
  /* description is empty. */
  assert_article (parsed, 10, &(Expected) {
    .id = "http://www.daijiworld.com/news/newsDisplay.aspx?newsID=698096",
    .title = "How Hong Kong managed COVID-19 without complete lockdown - Daijiworld.com",
    .source = "Daijiworld.com",
    .url = "http://www.daijiworld.com/news/newsDisplay.aspx?newsID=698096",
    .published = "2020-04-18T07:11:45Z",
    .body = "Hong Kong, Apr 18 (IANS): With widespread testing, contact tracing and "
            "population behavioural changes Hong Kong appears to have managed to contain the "
            "first wave of COVID-19 without resorting to drastic measures like complete "
            "lockdown which now threaten to da…",
  });
  /* content null, a description with blank lines and trailing spaces. */
  assert_article (parsed, 11, &(Expected) {
    .id = "https://www.skynews.com.au/details/_6150404112001",
    .title = "University of Oxford could have coronavirus vaccine ready 'by spring' - Sky News Australia",
    .source = "Skynews.com.au",
    .url = "https://www.skynews.com.au/details/_6150404112001",
    .published = "2020-04-18T06:29:06Z",
    .body = "Euronews reporter Trent Murray says the University of Oxford could have a "
            "coronavirus vaccine ready early next year.\n\n"
            "The university expected it could have one million doses of the vaccine ready "
            "to distribute by spring in the UK.\n\n"
            "“The government’s very opt…",
  });
  assert_article (parsed, 16, &(Expected) {
    .id = "https://www.bbc.com/news/uk-52335561",
    .title = "Coronavirus: Concern over protective kit guidance change - BBC News",
    .source = "Bbc.com",
    .authors = AUTHORS ("https://www.facebook.com/bbcnews"),
    .url = "https://www.bbc.com/news/uk-52335561",
    .published = "2020-04-18T04:58:20Z",
    .body_prefix = "There are warnings patients could be at risk if NHS staff reuse equipment",
    .body_suffix = "such as plastic aprons with coveralls,…",
    .n_paragraphs = 3,
  });
  assert_article (parsed, 19, &(Expected) {
    .id = "https://www.indiatoday.in/india/story/coronavirus-india-elderly-covid-19-patient-tested-negative-dies-kerala-1668277-2020-04-18",
    .title = "Coronavirus in India: Covid-19 patient who tested negative dies in Kerala - India Today",
    .source = "Indiatoday.in",
    .url = "https://www.indiatoday.in/india/story/coronavirus-india-elderly-covid-19-patient-tested-negative-dies-kerala-1668277-2020-04-18",
    .published = "2020-04-18T04:14:08Z",
    .body_prefix = "An 85-year-old person, who had tested positive for Covid-19 and later "
                   "tested negative twice",
    .body_suffix = "confirmed that the patient tested negative for the third time as we…",
    .n_paragraphs = 3,
  });
}

/* NewsAPI, fixture */

static void
test_newsapi_fixture (void)
{
  g_autoptr(Parsed) parsed = parse_fixture ("newsapi.json");

  assert_format (parsed, ND_FORMAT_NEWSAPI);
  assert_n_articles (parsed, 3);
  assert_problems (parsed, 0, 0);

  /* content starts with the description, so the description is left out. */
  assert_article (parsed, 0, &(Expected) {
    .id = "https://desk.example/storm",
    .title = "Storm hits coast",
    .source = "The Desk",
    .authors = AUTHORS ("Pat Quinn"),
    .url = "https://desk.example/storm",
    .published = "2021-09-13T06:00:00Z",
    .body = "A storm hit the coast on Monday.\n\n"
            "Thousands lost power as winds reached 120 km/h…",
  });
  assert_article (parsed, 1, &(Expected) {
    .id = "https://other.example/2",
    .title = "Second story",
    .source = "Other & Co",
    .authors = AUTHORS ("https://www.facebook.com/other"),
    .url = "https://other.example/2",
    .published = "2021-09-13T05:30:00Z",
    .body = "Description two.\n\nContent two",
  });
  /* Empty author, null description and content. */
  assert_article (parsed, 2, &(Expected) {
    .id = "https://third.example/3",
    .title = "Third story",
    .source = "Third",
    .url = "https://third.example/3",
    .published = "2021-09-12",
  });
}

/* NewsDesk's own format, fixtures */

static void
test_newsdesk_single (void)
{
  g_autoptr(Parsed) parsed = parse_fixture ("own-single.json");

  assert_format (parsed, ND_FORMAT_NEWSDESK);
  assert_n_articles (parsed, 1);
  assert_problems (parsed, 0, 0);
  assert_article (parsed, 0, &(Expected) {
    .id = "nd-0001",
    .title = "Council approves & funds new bridge",
    .source = "Riverside & District Gazette",
    .authors = AUTHORS ("Ann Lee", "Bob & Co", "Cy Young"),
    .url = "https://gazette.example/bridge",
    .published = "2023-11-05T13:30:00Z",
    .language = "en",
    .body = "The council voted on Tuesday.\n\nWork starts in spring.\n\nCosts are shared.",
  });
}

/* Numeric id, id from the URL, NAME#N ids, one string of authors, date-only published,
 * HTML in the body. */
static void
test_newsdesk_array (void)
{
  g_autoptr(Parsed) parsed = parse_fixture ("own-array.json");

  assert_format (parsed, ND_FORMAT_NEWSDESK);
  assert_n_articles (parsed, 5);
  assert_problems (parsed, 0, 0);

  assert_article (parsed, 0, &(Expected) {
    .id = "42",
    .title = "Numeric id",
    .body = "Forty-two.",
  });
  assert_article (parsed, 1, &(Expected) {
    .id = "https://example.net/2",
    .title = "URL as id",
    .url = "https://example.net/2",
    .published = "2022-02-02",
    .body = "Second.",
  });
  assert_article (parsed, 2, &(Expected) {
    .id = "own-array.json#3",
    .title = "No id",
    .authors = AUTHORS ("Doe, Jane and Roe, John"),
    .body = "Derived.",
  });
  assert_article (parsed, 3, &(Expected) {
    .id = "own-array.json#4",
    .title = "Empty id",
    .body = "Also derived.",
  });
  assert_article (parsed, 4, &(Expected) {
    .id = "html-body",
    .title = "HTML body",
    .body = "First & foremost\n\nSecond\nline",
  });
}

static void
test_newsdesk_wrapped (void)
{
  g_autoptr(Parsed) parsed = parse_fixture ("own-wrapped.json");

  assert_format (parsed, ND_FORMAT_NEWSDESK);
  assert_n_articles (parsed, 2);
  assert_problems (parsed, 0, 0);

  assert_article (parsed, 0, &(Expected) {
    .id = "w1",
    .title = "Wrapped one",
    .published = "2020-05-06T07:08:09Z",
    .body = "One.",
  });
  assert_article (parsed, 1, &(Expected) {
    .id = "w2",
    .title = "Wrapped two",
    .published = "2020-05-06T07:08:00Z",
  });
}

static void
test_newsdesk_problems (void)
{
  g_autoptr(Parsed) parsed = parse_fixture ("own-problems.json");

  assert_format (parsed, ND_FORMAT_NEWSDESK);
  assert_n_articles (parsed, 3);
  /* The unreadable date and the array as language are warnings; p3 is skipped. */
  assert_problems (parsed, 1, 2);

  assert_article (parsed, 0, &(Expected) {
    .id = "p1",
    .title = "Bad date",
    .body = "Kept.",
  });
  assert_article (parsed, 1, &(Expected) {
    .id = "p2",
    .title = "Wrong type",
    .body = "Kept too.",
  });
  assert_article (parsed, 2, &(Expected) {
    .id = "p4",
    .title = "12345",
    .body = "Number as title.",
  });
}

static void
test_newsdesk_dates (void)
{
  g_autoptr(Parsed) parsed = parse_fixture ("own-dates.json");
  static const struct
  {
    const char *id;
    const char *title;
    const char *published;
  } dates[] = {
    { "d1", "Zulu", "2021-03-04T05:06:07Z" },
    { "d2", "Positive offset", "2021-03-03T23:36:07Z" },
    { "d4", "RFC 2822 GMT", "2021-03-04T05:06:07Z" },
    { "d5", "RFC 2822 offset", "2021-03-04T13:06:07Z" },
    { "d6", "Space separated", "2021-03-04T05:06:07Z" },
    { "d7", "Minutes only", "2021-03-04T05:06:00Z" },
    { "d8", "Date only", "2021-03-04" },
    { "d9", "No offset", "2021-03-04T05:06:07Z" },
  };
  NdArticle *fractions;
  GDateTime *published;

  assert_format (parsed, ND_FORMAT_NEWSDESK);
  assert_n_articles (parsed, 9);
  assert_problems (parsed, 0, 0);

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      guint index = i < 2 ? i : i + 1;

      assert_article (parsed, index, &(Expected) {
        .id = dates[i].id,
        .title = dates[i].title,
        .published = dates[i].published,
      });
    }

  /* 2021-03-04T05:06:07.250-02:00: the fraction is kept in the GDateTime. */
  if (parsed->articles->len < 3)
    return;

  fractions = g_ptr_array_index (parsed->articles, 2);
  g_assert_cmpstr (nd_article_get_id (fractions), ==, "d3");
  g_assert_false (nd_article_get_published_is_date (fractions));
  published = nd_article_get_published (fractions);
  g_assert_nonnull (published);
  if (published != NULL)
    {
      g_autoptr(GDateTime) utc = g_date_time_to_utc (published);
      g_autofree char *text = g_date_time_format (utc, "%Y-%m-%dT%H:%M:%S");
      g_autofree char *string = nd_article_dup_published_string (fractions);

      g_assert_cmpstr (text, ==, "2021-03-04T07:06:07");
      g_assert_cmpint (g_date_time_get_microsecond (utc), ==, 250000);
      g_assert_true (g_str_has_prefix (string, "2021-03-04T07:06:07"));
      g_assert_true (g_str_has_suffix (string, "Z"));
    }
}

/* JSON Lines */

static void
test_json_lines_broken_line (void)
{
  g_autoptr(Parsed) parsed = parse_fixture ("lines.jsonl");

  assert_format (parsed, ND_FORMAT_JSON_LINES);
  assert_n_articles (parsed, 2);
  assert_problems (parsed, 1, 0);
  assert_problem (parsed, 0, ND_LOAD_SEVERITY_ERROR, 2);

  assert_article (parsed, 0, &(Expected) {
    .id = "l1",
    .title = "Line one",
    .body = "First line article.",
  });
  assert_article (parsed, 1, &(Expected) {
    .id = "l3",
    .title = "Line three",
    .body = "Third line article.",
  });
}

/* Two values one after another in a file named .json: JSON Lines by content. */
static void
test_json_lines_named_json (void)
{
  g_autoptr(Parsed) parsed = parse_fixture ("lines-named.json");

  assert_format (parsed, ND_FORMAT_JSON_LINES);
  assert_n_articles (parsed, 2);
  assert_problems (parsed, 0, 0);

  assert_article (parsed, 0, &(Expected) {
    .id = "https://lines.example/1",
    .title = "First of two",
    .url = "https://lines.example/1",
    .published = "2019-01-02",
  });
  assert_article (parsed, 1, &(Expected) {
    .id = "https://lines.example/2",
    .title = "Second of two",
    .url = "https://lines.example/2",
    .published = "2019-01-03",
  });
}

/* A single value, but .ndjson: JSON Lines by name. */
static void
test_json_lines_ndjson_single (void)
{
  g_autoptr(Parsed) parsed = parse_fixture ("single.ndjson");

  assert_format (parsed, ND_FORMAT_JSON_LINES);
  assert_n_articles (parsed, 1);
  assert_problems (parsed, 0, 0);
  assert_article (parsed, 0, &(Expected) {
    .id = "n1",
    .title = "Only line",
    .body = "One value, read as JSON Lines because of the name.",
  });
}

/* CRLF line ends; the broken line is the last one. */
static void
test_json_lines_crlf (void)
{
  g_autoptr(Parsed) parsed = parse_fixture ("lines-crlf.jsonl");

  assert_format (parsed, ND_FORMAT_JSON_LINES);
  assert_n_articles (parsed, 2);
  assert_problems (parsed, 1, 0);
  assert_problem (parsed, 0, ND_LOAD_SEVERITY_ERROR, 3);

  assert_article (parsed, 0, &(Expected) {
    .id = "c1",
    .title = "CRLF one",
    .body = "First.",
  });
  assert_article (parsed, 1, &(Expected) {
    .id = "c2",
    .title = "CRLF two",
    .body = "Second.\n\nStill second article.",
  });
}

/* Each line is recognised on its own: news-please, NewsAPI, NewsDesk. */
static void
test_json_lines_mixed (void)
{
  g_autoptr(Parsed) parsed = parse_fixture ("lines-mixed.jsonl");

  assert_format (parsed, ND_FORMAT_JSON_LINES);
  assert_n_articles (parsed, 3);
  assert_problems (parsed, 0, 0);

  assert_article (parsed, 0, &(Expected) {
    .id = "https://np.example/1",
    .title = "NP line",
    .source = "np.example",
    .url = "https://np.example/1",
    .body = "NP body.",
  });
  assert_article (parsed, 1, &(Expected) {
    .id = "https://api.example/2",
    .title = "API line",
    .source = "API Source",
    .url = "https://api.example/2",
    .published = "2022-01-01T00:00:00Z",
    .body = "Desc.\n\nCont.",
  });
  assert_article (parsed, 2, &(Expected) {
    .id = "own-3",
    .title = "Own line",
    .source = "Own Source",
    .body = "Own body.",
  });
}

/* Whole-file failures */

static void
test_errors_broken_json (void)
{
  g_autoptr(Parsed) parsed = parse_fixture ("broken.json");

  assert_n_articles (parsed, 0);
  assert_problems (parsed, 1, 0);
  assert_problem (parsed, 0, ND_LOAD_SEVERITY_ERROR, 0);

  /* The comma is missing at the end of line 3, and a parser notices on line 4: either
   * line points the reader at the mistake. */
  if (parsed->errors->len > 0)
    {
      const NdLoadError *problem = g_ptr_array_index (parsed->errors, 0);

      if (problem->line != 3 && problem->line != 4)
        g_test_fail_printf ("expected the error on line 3 or 4, got line %u", problem->line);
    }
}

static void
test_errors_too_deep (void)
{
  g_autoptr(GString) data = g_string_new (NULL);
  g_autoptr(Parsed) parsed = NULL;

  for (guint i = 0; i < ND_FORMATS_MAX_DEPTH + 50; i++)
    g_string_append_c (data, '[');
  for (guint i = 0; i < ND_FORMATS_MAX_DEPTH + 50; i++)
    g_string_append_c (data, ']');

  parsed = parse_data ("deep.json", data->str, data->len);

  assert_n_articles (parsed, 0);
  assert_problems (parsed, 1, 0);
  assert_problem (parsed, 0, ND_LOAD_SEVERITY_ERROR, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, NULL);
  /* Report every mismatch in a case, not only the first one. */
  g_test_set_nonfatal_assertions ();

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

  g_test_add_func ("/nd/formats/news-please/sample", test_news_please_sample);
  g_test_add_func ("/nd/formats/news-please/google-news-reuters",
                   test_news_please_google_news_reuters);
  g_test_add_func ("/nd/formats/news-please/google-news-title-repeated",
                   test_news_please_google_news_title_repeated);
  g_test_add_func ("/nd/formats/news-please/google-news-text-null",
                   test_news_please_google_news_text_null);
  g_test_add_func ("/nd/formats/news-please/cluster-title-repeated",
                   test_news_please_cluster_title_repeated);
  g_test_add_func ("/nd/formats/news-please/cluster-authors", test_news_please_cluster_authors);
  g_test_add_func ("/nd/formats/news-please/cluster-title-prefix",
                   test_news_please_cluster_title_prefix);
  g_test_add_func ("/nd/formats/news-please/fixture-maintext", test_news_please_fixture_maintext);
  g_test_add_func ("/nd/formats/news-please/fixture-fallbacks",
                   test_news_please_fixture_fallbacks);

  g_test_add_func ("/nd/formats/newsapi/sauravkanchan", test_newsapi_sauravkanchan);
  g_test_add_func ("/nd/formats/newsapi/fixture", test_newsapi_fixture);

  g_test_add_func ("/nd/formats/newsdesk/single-object", test_newsdesk_single);
  g_test_add_func ("/nd/formats/newsdesk/array", test_newsdesk_array);
  g_test_add_func ("/nd/formats/newsdesk/articles-object", test_newsdesk_wrapped);
  g_test_add_func ("/nd/formats/newsdesk/problems", test_newsdesk_problems);
  g_test_add_func ("/nd/formats/newsdesk/dates", test_newsdesk_dates);

  g_test_add_func ("/nd/formats/json-lines/broken-line", test_json_lines_broken_line);
  g_test_add_func ("/nd/formats/json-lines/named-json", test_json_lines_named_json);
  g_test_add_func ("/nd/formats/json-lines/ndjson-single", test_json_lines_ndjson_single);
  g_test_add_func ("/nd/formats/json-lines/crlf", test_json_lines_crlf);
  g_test_add_func ("/nd/formats/json-lines/mixed-formats", test_json_lines_mixed);

  g_test_add_func ("/nd/formats/errors/broken-json", test_errors_broken_json);
  g_test_add_func ("/nd/formats/errors/too-deep", test_errors_too_deep);

  return g_test_run ();
}

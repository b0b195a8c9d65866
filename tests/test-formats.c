/* test-formats.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Tests for the format readers. Every expected value below was written by hand from
 * docs/formats.md and the input files (the real ones in ../shared/corpus/ and the small
 * fixtures in tests/data/formats/); none was copied from NewsDesk's own output.
 *
 * This file holds the shared checks, NewsDesk's own format, JSON Lines and whole-file
 * failures; test-formats-json-feed.c JSON Feed; test-formats-news.c news-please and NewsAPI. */

#include "config.h"

#include <string.h>

#include "model/nd-article.h"
#include "formats/nd-formats-private.h"
#include "model/nd-load-error.h"
#include "test-formats-private.h"

void
parsed_free (Parsed *parsed)
{
  g_clear_pointer (&parsed->path, g_free);
  g_clear_pointer (&parsed->articles, g_ptr_array_unref);
  g_clear_pointer (&parsed->errors, g_ptr_array_unref);
  g_free (parsed);
}

Parsed *
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
Parsed *
parse_corpus (const char *relative)
{
  return parse_path (g_test_get_filename (G_TEST_DIST, "..", "..", "shared", "corpus",
                                          relative, NULL));
}

Parsed *
parse_fixture (const char *name)
{
  return parse_path (g_test_get_filename (G_TEST_DIST, "data", "formats", name, NULL));
}

void
assert_format (Parsed   *parsed,
               NdFormat  format)
{
  g_assert_cmpstr (nd_format_to_string (parsed->format), ==, nd_format_to_string (format));
  g_assert_cmpint (parsed->format, ==, format);
}

void
assert_n_articles (Parsed *parsed,
                   guint   n_articles)
{
  g_assert_cmpuint (parsed->articles->len, ==, n_articles);
}

void
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
void
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

void
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

  add_formats_json_feed_tests ();
  add_formats_news_tests ();

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

/* test-formats-private.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the files of test-formats share: parsing a file and comparing what came out with what
 * was written by hand, defined in test-formats.c. */

#pragma once

#include <glib.h>

#include "formats/nd-formats-private.h"

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

void
parsed_free (Parsed *parsed);

Parsed *
parse_data (const char *path,
            const char *data,
            gsize       length);

Parsed *
parse_corpus (const char *relative);

Parsed *
parse_fixture (const char *name);

void
assert_format (Parsed   *parsed,
               NdFormat  format);

void
assert_n_articles (Parsed *parsed,
                   guint   n_articles);

void
assert_problems (Parsed *parsed,
                 guint   n_errors,
                 guint   n_warnings);

void
assert_problem (Parsed         *parsed,
                guint           index,
                NdLoadSeverity  severity,
                guint           line);

void
assert_article (Parsed         *parsed,
                guint           index,
                const Expected *expected);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Parsed, parsed_free)

/* test-formats-json-feed.c */
void add_formats_json_feed_tests (void);

/* test-formats-news.c */
void add_formats_news_tests (void);

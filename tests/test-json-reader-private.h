/* test-json-reader-private.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the files of test-json-reader share: the strict checker and the differential check
 * (test-json-reader-check.c), used by the hand-written cases (test-json-reader.c) and the
 * refused, random and corpus texts (test-json-reader-generated.c). */

#pragma once

#include <json-glib/json-glib.h>

#include "formats/nd-formats.h"

/* What read_json_value () in nd-formats.c asks for. */
#define DEPTH_LIMIT ND_FORMATS_MAX_DEPTH

/* Text for C string literals with the length the literal has, NULs included. */
#define TEXT(s) (s), (sizeof (s) - 1)

typedef enum
{
  STRICT_NOT_JSON,  /* not JSON by RFC 8259 (or not UTF-8) */
  STRICT_EXCLUDED,  /* JSON, but of a kind the reader leaves to JsonParser */
  STRICT_READ,      /* JSON the reader promises to read */
} StrictClass;

typedef struct
{
  guint texts;
  guint read;             /* the reader gave a tree */
  guint both_refused;     /* neither the reader nor JsonParser took the text */
  guint fallback[3];      /* JsonParser took a text the reader left to it, by StrictClass */
  guint n_examples;
} Stats;

extern const char *strict_class_names[];

StrictClass
strict_classify (const char *text,
                 gsize       length,
                 guint       depth_limit);

char *
describe_difference (JsonNode   *a,
                     JsonNode   *b,
                     const char *path);

void G_GNUC_PRINTF (4, 5)
fail_text (const char *origin,
           const char *text,
           gsize       length,
           const char *format,
           ...);

JsonNode *
check_text (Stats      *stats,
            const char *origin,
            const char *text,
            gsize       length);

void
print_stats (const char *what,
             Stats      *stats);

JsonNode *
read_ok (const char *text,
         gsize       length);

void
assert_refused (const char *text,
                gsize       length);

void
assert_string (JsonNode   *node,
               const char *expected);

void
assert_int (JsonNode *node,
            gint64    expected);

void
assert_double (JsonNode *node,
               double    expected);

void
assert_boolean (JsonNode *node,
                gboolean  expected);

JsonObject *
get_object (JsonNode *node,
            guint     size);

JsonArray *
get_array (JsonNode *node,
           guint     length);

void
assert_member_order (JsonObject *object,
                     const char *expected);

/* test-json-reader-generated.c */
void add_json_reader_generated_tests (void);

/* test-cli-private.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the files of test-cli share: fixtures and reading newsdesk-cli's JSON, defined in
 * test-cli.c. */

#pragma once

#include <json-glib/json-glib.h>

char *
fixture (const char *name);

JsonArray *
parse_array (JsonParser *parser,
             const char *text);

void
assert_member_names (JsonObject *object);

void
assert_null_member (JsonObject *object,
                    const char *name);

guint
count_lines (const char *text);

/* test-cli-quotes.c */
void add_cli_quotes_tests (void);

/* test-cli-escapes.c */
void add_cli_escapes_tests (void);

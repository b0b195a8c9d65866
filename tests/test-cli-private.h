/* test-cli-private.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the files of test-cli share: running the real newsdesk-cli and reading its JSON,
 * defined in test-cli.c. */

#pragma once

#include <json-glib/json-glib.h>

typedef struct
{
  char *out;
  char *err;
  int   status;
} CliRun;

void
cli_run_clear (CliRun *run);

void
run_cli (CliRun     *run,
         const char *first_arg,
         ...);

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

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CliRun, cli_run_clear)

/* test-cli-quotes.c */
void add_cli_quotes_tests (void);

/* test-cli-escapes.c */
void add_cli_escapes_tests (void);

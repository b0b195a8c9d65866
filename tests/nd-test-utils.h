/* nd-test-utils.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "load/nd-article-store.h"
#include "model/nd-load-error.h"

G_BEGIN_DECLS

/* Helpers every test may use: GLib, GIO and the core only, no GTK. */

typedef gboolean (*NdTestCondition) (gpointer data);

/* The accuracy tests: whether ND_ACCURACY_DUMP names @set, and an annotation file
 * tests/data/@folder/@name read whole (its root object, owned by @parser). */
gboolean    nd_test_accuracy_dump_wanted (const char *set);
JsonObject *nd_test_load_data_object     (JsonParser *parser,
                                          const char *folder,
                                          const char *name);

gboolean  nd_test_wait_until    (NdTestCondition  condition,
                                 gpointer         data,
                                 guint            timeout_ms);
char     *nd_test_make_temp_dir (void);
void      nd_test_remove_tree   (const char      *path);
void      nd_test_write_file    (const char      *dir,
                                 const char      *name,
                                 const char      *contents,
                                 gssize           length);
void      nd_test_load_path     (NdArticleStore  *store,
                                 const char      *path);
void      nd_test_load_sample   (NdArticleStore  *store);
char     *nd_test_repeat        (const char      *unit,
                                 guint            count);
void      nd_test_log_load_errors   (GPtrArray         *errors);
void      nd_test_assert_load_error (const NdLoadError *error,
                                     NdLoadSeverity     severity,
                                     const char        *file,
                                     guint              line,
                                     guint              column,
                                     const char        *message_part);

/* What newsdesk-cli wrote, and its exit status. */
typedef struct
{
  char *out;
  char *err;
  int   status;
} NdTestCliRun;

void      nd_test_cli_run_clear (NdTestCliRun    *run);
void      nd_test_run_cli       (NdTestCliRun    *run,
                                 const char      *first_arg,
                                 ...) G_GNUC_NULL_TERMINATED;

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (NdTestCliRun, nd_test_cli_run_clear)

JsonNode *nd_test_parse_json    (const char      *text);
GFile    *nd_test_corpus_file   (const char      *name);

G_END_DECLS

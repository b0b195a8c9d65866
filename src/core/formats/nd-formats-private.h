/* nd-formats-private.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "formats/nd-formats.h"
#include "model/nd-article-private.h"
#include "model/nd-load-error.h"

G_BEGIN_DECLS

/* Outside its own file only the tests call this: kept out of the public header. */
const char *nd_format_to_string (NdFormat format);

/* What the readers of nd-formats*.c share while they read one file (or one piece of a
 * JSON Lines file). */
typedef struct
{
  const char *file;
  char       *basename;
  GPtrArray  *articles;
  GPtrArray  *errors;
  guint       line;          /* line of the value being read (JSON Lines), else 0 */
  guint       first_line;    /* the line that data[0] is on, for files read in pieces */
  guint       position;      /* articles met so far in this file, for derived ids */
  NdFormat    format;
  guint       value_in_line; /* 0 for the first JSON value on a line, 1 for the next ... */
  gboolean    tree_checked;  /* nd_json_read made the tree: its strings are UTF-8 */
  gboolean    invalid_utf8;  /* json-glib refused the text: repair it and read again */
} NdFormatsCtx;

static inline void
_nd_formats_add_problem (NdFormatsCtx   *ctx,
                         NdLoadSeverity  severity,
                         guint           line,
                         guint           column,
                         const char     *message)
{
  g_ptr_array_add (ctx->errors,
                   nd_load_error_new (severity, ctx->file, line, column, "%s", message));
}

/* nd-formats.c: the whole file */
char       *_nd_formats_repair_utf8            (NdFormatsCtx    *ctx,
                                                const char      *data,
                                                gsize            length);
void        _nd_formats_restart                (NdFormatsCtx    *ctx,
                                                guint            n_articles,
                                                guint            n_errors);

/* nd-formats-json.c: one or several JSON values */
void        _nd_formats_read_json_value        (NdFormatsCtx    *ctx,
                                                const char      *data,
                                                gsize            length,
                                                guint            first_line);

/* nd-formats-lines.c: JSON Lines */
void        _nd_formats_read_json_lines        (NdFormatsCtx    *ctx,
                                                const char      *data,
                                                gsize            length);
gboolean    _nd_formats_looks_like_json_lines  (const char      *data,
                                                gsize            length);

/* nd-formats-fields.c: the articles in a parsed value, per format */
void        _nd_formats_read_root              (NdFormatsCtx    *ctx,
                                                JsonNode        *root);

/* nd-formats-members.c: members read the same way in every format */
G_GNUC_PRINTF (3, 4)
void        _nd_formats_add_item_problem       (NdFormatsCtx    *ctx,
                                                NdLoadSeverity   severity,
                                                const char      *format,
                                                ...);
const char *_nd_formats_node_type_name         (JsonNode        *node);
char       *_nd_formats_dup_member_text        (NdFormatsCtx    *ctx,
                                                JsonObject      *object,
                                                const char      *name);
char       *_nd_formats_dup_member_line        (NdFormatsCtx    *ctx,
                                                JsonObject      *object,
                                                const char      *name);
GStrv       _nd_formats_dup_member_authors     (NdFormatsCtx    *ctx,
                                                JsonObject      *object,
                                                const char      *name);
GStrv       _nd_formats_tidy_scraped_authors   (GStrv            authors);
void        _nd_formats_read_published         (NdFormatsCtx    *ctx,
                                                JsonObject      *object,
                                                const char      *name,
                                                NdArticleFields *fields);
char       *_nd_formats_text_to_body           (const char      *text);
char       *_nd_formats_dup_member_body        (NdFormatsCtx    *ctx,
                                                JsonObject      *object,
                                                const char      *name);
void        _nd_formats_finish_article         (NdFormatsCtx    *ctx,
                                                NdArticleFields *fields);

G_END_DECLS

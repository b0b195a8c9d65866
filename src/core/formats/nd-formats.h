/* nd-formats.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  ND_FORMAT_UNKNOWN,
  ND_FORMAT_NEWSDESK,
  ND_FORMAT_JSON_LINES,
  ND_FORMAT_JSON_FEED,
  ND_FORMAT_NEWS_PLEASE,
  ND_FORMAT_NEWSAPI,
} NdFormat;

/* Deeper JSON than this is refused before json-glib sees it: its parser recurses. */
#define ND_FORMATS_MAX_DEPTH 256

/* Reads every article in one file's contents. @file names the file in messages and in the
 * articles' "file" property. Articles (NdArticle, owned) are appended to @articles, problems
 * (NdLoadError, owned) to @errors. Returns the format that was detected; an article-less
 * result with an ERROR in @errors means the whole file failed. Safe to call from any thread. */
NdFormat    nd_formats_parse    (const char  *file,
                                 const char  *data,
                                 gsize        length,
                                 GPtrArray   *articles,
                                 GPtrArray   *errors);

gboolean    nd_formats_has_json_lines_name (const char *file);
void        nd_formats_parse_lines          (const char *file,
                                             const char *data,
                                             gsize       length,
                                             guint       first_line,
                                             guint      *position,
                                             GPtrArray  *articles,
                                             GPtrArray  *errors);

G_END_DECLS

/* nd-text.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char  *nd_text_normalize_paragraphs (const char *text,
                                     gssize      length);
char  *nd_text_collapse_spaces      (const char *text);
guint  nd_text_count_words          (const char *text);
void   nd_text_append_json_string   (GString    *out,
                                     const char *value);

G_END_DECLS

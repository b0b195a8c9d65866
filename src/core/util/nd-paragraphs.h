/* nd-paragraphs.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char  *nd_paragraphs_normalize       (const char *text,
                                      gssize      length);
char  *nd_paragraphs_collapse_spaces (const char *text);
guint  nd_paragraphs_count_words     (const char *text);

G_END_DECLS

/* nd-fuzz.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <stddef.h>
#include <stdint.h>

#include <glib.h>

#include "model/nd-article.h"

G_BEGIN_DECLS

/* Every harness defines this; libFuzzer calls it, and so does nd-fuzz-replay.c in builds
 * without libFuzzer, on the seed files. */
int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

/* What every harness checks of text the core hands out: valid UTF-8, or NULL. */
#define nd_fuzz_assert_text(text) nd_fuzz_assert_text_at ((text), G_STRLOC)

void        nd_fuzz_assert_text_at (const char *text,
                                    const char *where);

char       *nd_fuzz_dup_string  (const uint8_t *data,
                                 size_t         size);
NdArticle  *nd_fuzz_article_new (const char    *body);
GPtrArray  *nd_fuzz_parse       (const char    *name,
                                 const uint8_t *data,
                                 size_t         size);
void        nd_fuzz_assert_article (NdArticle  *article);
guint       nd_fuzz_count_csv_records (const char *csv,
                                       guint       n_cells);

G_END_DECLS

/* nd-fold.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * NdToken:
 * @text: the folded token, @len bytes, not NUL-terminated; the 8 bytes after it can be
 *   read (their values mean nothing), so that it can be read eight bytes at a time; only
 *   valid during the callback
 * @len: the length of @text in bytes
 * @start: where the token starts in the tokenized text, in Unicode characters
 * @end: where it ends (exclusive), in Unicode characters
 * @byte_start: where the token starts, in bytes
 * @byte_end: where it ends (exclusive), in bytes
 *
 * One word of a text, as nd_tokenize() hands it out.
 */
typedef struct
{
  const char *text;
  gsize       len;
  guint       start;
  guint       end;
  gsize       byte_start;
  gsize       byte_end;
} NdToken;

typedef void (*NdTokenFunc) (const NdToken *token,
                             gpointer       user_data);

char *nd_fold_word (const char  *word,
                    gssize       len);
void  nd_tokenize  (const char  *text,
                    gssize       len,
                    NdTokenFunc  func,
                    gpointer     user_data);

G_END_DECLS

/* nd-quote-speaker-private.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Where nd_quote_finder_find() found a quotation, in characters into the body: from the
 * opening mark (@open) to just past the closing mark (@close); @start and @end bound the
 * quoted words as in NdQuotation. */
typedef struct
{
  guint open;
  guint start;
  guint end;
  guint close;
} NdQuoteSpan;

/* Returns (element-type utf8) (nullable elements): one speaker per span, %NULL when
 * unknown. */
GPtrArray *_nd_quote_speaker_attribute (const gunichar    *chars,
                                        guint              n_chars,
                                        const NdQuoteSpan *spans,
                                        guint              n_spans);

G_END_DECLS

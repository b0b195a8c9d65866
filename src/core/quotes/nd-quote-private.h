/* nd-quote-private.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "quotes/nd-quote.h"

G_BEGIN_DECLS

/* Outside their own file only the tests call these: kept out of the public header. */
NdQuote            *nd_quote_new               (const char         *text,
                                                const char         *speaker,
                                                const char         *article_id,
                                                const char         *article_title,
                                                const char         *source,
                                                const char         *url,
                                                const char * const *authors,
                                                const char         *published,
                                                guint               start,
                                                guint               end);
const char         *nd_quote_get_published     (NdQuote            *self);

G_END_DECLS

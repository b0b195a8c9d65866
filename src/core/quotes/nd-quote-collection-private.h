/* nd-quote-collection-private.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "quotes/nd-quote-collection.h"

G_BEGIN_DECLS

/* Outside their own file only the tests call these: kept out of the public header. */
char              *nd_quote_collection_dup_default_path (void);
gboolean           nd_quote_collection_save             (NdQuoteCollection *self,
                                                         GError           **error);
const char        *nd_quote_collection_get_path         (NdQuoteCollection *self);
int                nd_quote_collection_find             (NdQuoteCollection *self,
                                                         NdQuote           *quote);

G_END_DECLS

/* nd-quote-collection.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "quotes/nd-quote.h"

G_BEGIN_DECLS

#define ND_TYPE_QUOTE_COLLECTION (nd_quote_collection_get_type ())

G_DECLARE_FINAL_TYPE (NdQuoteCollection, nd_quote_collection, ND, QUOTE_COLLECTION, GObject)

NdQuoteCollection *nd_quote_collection_new              (const char        *path);
gboolean           nd_quote_collection_load             (NdQuoteCollection *self,
                                                         GError           **error);
const char        *nd_quote_collection_get_problem      (NdQuoteCollection *self);
NdQuote           *nd_quote_collection_get_quote        (NdQuoteCollection *self,
                                                         guint              position);
gboolean           nd_quote_collection_add              (NdQuoteCollection *self,
                                                         NdQuote           *quote);
gboolean           nd_quote_collection_insert           (NdQuoteCollection *self,
                                                         guint              position,
                                                         NdQuote           *quote);
void               nd_quote_collection_remove           (NdQuoteCollection *self,
                                                         guint              position);
void               nd_quote_collection_move             (NdQuoteCollection *self,
                                                         guint              from,
                                                         guint              to);

G_END_DECLS

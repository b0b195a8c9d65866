/* nd-quote.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "model/nd-article.h"

G_BEGIN_DECLS

#define ND_TYPE_QUOTE (nd_quote_get_type ())

G_DECLARE_FINAL_TYPE (NdQuote, nd_quote, ND, QUOTE, GObject)

NdQuote            *nd_quote_new_from_article  (NdArticle          *article,
                                                guint               start,
                                                guint               end,
                                                const char         *text,
                                                const char         *speaker);
NdQuote            *nd_quote_new_from_json     (JsonNode           *node,
                                                GError            **error);
JsonNode           *nd_quote_to_json           (NdQuote            *self);
gboolean            nd_quote_trim_range        (const gunichar     *chars,
                                                guint              *start,
                                                guint              *end);
void                nd_quote_append_json       (NdQuote            *self,
                                                GString            *out,
                                                guint               indent);

const char         *nd_quote_get_text          (NdQuote            *self);
const char         *nd_quote_get_speaker       (NdQuote            *self);
void                nd_quote_set_speaker       (NdQuote            *self,
                                                const char         *speaker);
const char         *nd_quote_get_note          (NdQuote            *self);
void                nd_quote_set_note          (NdQuote            *self,
                                                const char         *note);
const char         *nd_quote_get_article_id    (NdQuote            *self);
const char         *nd_quote_get_article_title (NdQuote            *self);
const char         *nd_quote_get_source        (NdQuote            *self);
const char         *nd_quote_get_url           (NdQuote            *self);
const char * const *nd_quote_get_authors       (NdQuote            *self);
char               *nd_quote_dup_date          (NdQuote            *self);
guint               nd_quote_get_start         (NdQuote            *self);
guint               nd_quote_get_end           (NdQuote            *self);
gboolean            nd_quote_is_same_place     (NdQuote            *self,
                                                NdQuote            *other);

G_END_DECLS

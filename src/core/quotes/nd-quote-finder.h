/* nd-quote-finder.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define ND_TYPE_QUOTATION (nd_quotation_get_type ())

/**
 * NdQuotation:
 * @start: the first character inside the opening mark, in Unicode characters into the body
 * @end: one past the last character before the closing mark
 * @text: the quoted words without the marks; a quotation over several paragraphs has its
 *   paragraphs joined by "\n" and the reopening marks left out
 * @speaker: (nullable): the fullest name the article uses for who said it, or %NULL when
 *   the article does not say or the finder is unsure
 * @title: %TRUE when the marks hold a title, a name or a single word that nobody is said
 *   to say ("Space Oddity", "pandemonium"): not a quotation (tests/data/quotes/GUIDE.md),
 *   reported so that a reader may still show the marks
 *
 * A direct quotation in an article's body.
 */
typedef struct
{
  guint  start;
  guint  end;
  char  *text;
  char  *speaker;
  gboolean title;
} NdQuotation;

GType        nd_quotation_get_type (void) G_GNUC_CONST;
NdQuotation *nd_quotation_copy     (const NdQuotation *self);
void         nd_quotation_free     (NdQuotation *self);

GPtrArray   *nd_quote_finder_find  (const char  *body);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NdQuotation, nd_quotation_free)

G_END_DECLS

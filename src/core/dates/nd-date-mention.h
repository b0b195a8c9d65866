/* nd-date-mention.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define ND_TYPE_DATE_MENTION (nd_date_mention_get_type ())

/**
 * NdDatePrecision:
 *
 * How exactly a mentioned date is known. Written in the CLI's JSON as "day", "week",
 * "month", "year", "decade" and "approximate".
 */
typedef enum
{
  ND_DATE_PRECISION_DAY,
  ND_DATE_PRECISION_WEEK,
  ND_DATE_PRECISION_MONTH,
  ND_DATE_PRECISION_YEAR,
  ND_DATE_PRECISION_DECADE,
  ND_DATE_PRECISION_APPROXIMATE,
} NdDatePrecision;

/**
 * NdDateMention:
 * @from: the first day the expression covers
 * @to: the last day it covers, equal to @from for a single day
 * @precision: how exactly the date is known
 * @text: the expression as written in the body
 * @offset: where @text starts, in Unicode characters into the body
 * @length: the length of @text in Unicode characters
 * @sentence: the sentence holding the expression
 * @sentence_offset: where @sentence starts, in Unicode characters into the body
 *
 * A date or a stretch of time that an article's body mentions, resolved against its
 * publication date.
 */
typedef struct
{
  GDate            from;
  GDate            to;
  NdDatePrecision  precision;
  char            *text;
  guint            offset;
  guint            length;
  char            *sentence;
  guint            sentence_offset;
} NdDateMention;

GType          nd_date_mention_get_type       (void) G_GNUC_CONST;
NdDateMention *nd_date_mention_copy           (const NdDateMention *self);
void           nd_date_mention_free           (NdDateMention *self);
const char    *nd_date_precision_to_string    (NdDatePrecision precision);

GPtrArray     *nd_date_mentions_find          (const char *body,
                                               GDateTime  *published);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NdDateMention, nd_date_mention_free)

G_END_DECLS

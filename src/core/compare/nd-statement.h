/* nd-statement.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "model/nd-article.h"

G_BEGIN_DECLS

/**
 * NdStatementVerdict:
 * @ND_STATEMENT_VERDICT_UNKNOWN: no outlet says who said it
 * @ND_STATEMENT_VERDICT_AGREE: every outlet that names a speaker names the same person
 * @ND_STATEMENT_VERDICT_DIFFER: two outlets give it to different people
 *
 * What the outlets that carry a statement say about who said it.
 */
typedef enum
{
  ND_STATEMENT_VERDICT_UNKNOWN,
  ND_STATEMENT_VERDICT_AGREE,
  ND_STATEMENT_VERDICT_DIFFER,
} NdStatementVerdict;

/**
 * NdTextRange:
 * @start: the first character, in Unicode characters into an article's body
 * @end: one past the last character
 */
typedef struct
{
  guint start;
  guint end;
} NdTextRange;

/**
 * NdStatementVersion:
 * @article: the article that carries this version
 * @start: where the quotation starts in the article's body, in Unicode characters
 * @end: one past where it ends
 * @text: the quotation as the article words it
 * @speaker: (nullable): who the article says said it
 * @differences: (element-type NdTextRange): the words of this version that the fullest
 *   version words otherwise, as ranges of the body; empty for the fullest version and for
 *   versions that only leave words out
 * @speaker_differs: whether this version gives the statement to someone other than most
 *   versions do (every version that names someone, when no name has the most)
 *
 * One outlet's wording of a statement.
 */
typedef struct
{
  NdArticle *article;
  guint      start;
  guint      end;
  char      *text;
  char      *speaker;
  GArray    *differences;
  gboolean   speaker_differs;
} NdStatementVersion;

#define ND_TYPE_STATEMENT (nd_statement_get_type ())

G_DECLARE_FINAL_TYPE (NdStatement, nd_statement, ND, STATEMENT, GObject)

const char               *nd_statement_get_id             (NdStatement        *self);
NdStatementVerdict        nd_statement_get_verdict        (NdStatement        *self);
gboolean                  nd_statement_get_wording_differs (NdStatement       *self);
guint                     nd_statement_get_n_versions     (NdStatement        *self);
const NdStatementVersion *nd_statement_get_version        (NdStatement        *self,
                                                           guint               index);
const NdStatementVersion *nd_statement_get_fullest        (NdStatement        *self);
guint                     nd_statement_get_n_outlets      (NdStatement        *self);
const char * const       *nd_statement_get_missing        (NdStatement        *self);

const char               *nd_statement_verdict_to_string  (NdStatementVerdict  verdict);

G_END_DECLS

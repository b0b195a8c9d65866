/* nd-statement-private.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "compare/nd-statement.h"

G_BEGIN_DECLS

/* One word of a quotation as statements compare them: @id names its folded, spelling-
 * normalised form in an NdStatementVocabulary; @start and @end place it in the body;
 * @nested, whether it stands in marks inside the quotation (someone else's words). A
 * contraction gives two words at one place ("we'll": "we" and "will"). */
typedef struct
{
  guint    id;
  guint    start;
  guint    end;
  float    weight;
  gboolean nested;
} NdStatementWord;

/* The words statements have seen, each once, with how much it counts: words that every
 * sentence has ("the", "we", "will") count for little, so that two sentences do not become
 * one statement through them. */
typedef struct _NdStatementVocabulary NdStatementVocabulary;

NdStatementVocabulary *_nd_statement_vocabulary_new   (void);
void                   _nd_statement_vocabulary_free  (NdStatementVocabulary *self);
GArray                *_nd_statement_words_new        (NdStatementVocabulary *self,
                                                       const char            *text,
                                                       guint                  offset);
char                  *_nd_statement_normalize_word   (const char            *folded);

/* How two word sequences line up: for each word of @a, the index of its partner in @b or
 * -1, the longest common subsequence by weight; @longest_run counts the words of its
 * longest stretch of adjacent words in both. */
typedef struct
{
  int   *partner;
  float  shared_weight;
  float  run_weight;
  guint  n_shared;
  guint  longest_run;
} NdStatementAlignment;

void                   _nd_statement_align            (const GArray          *a,
                                                       const GArray          *b,
                                                       NdStatementAlignment  *alignment);
void                   _nd_statement_alignment_clear  (NdStatementAlignment  *alignment);
float                  _nd_statement_words_weight     (const GArray          *words);

NdStatementVersion    *_nd_statement_version_new      (NdArticle             *article,
                                                       guint                  start,
                                                       guint                  end,
                                                       const char            *text,
                                                       const char            *speaker);
void                   _nd_statement_version_free     (NdStatementVersion    *version);

gboolean               _nd_statement_mark_speakers_differ (GPtrArray         *versions);

NdStatement           *_nd_statement_new              (GPtrArray             *versions,
                                                       guint                  fullest,
                                                       GStrv                  missing,
                                                       gboolean               speakers_differ);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NdStatementVocabulary, _nd_statement_vocabulary_free)

G_END_DECLS

/* nd-gen-corpus-private.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the files of nd-gen-corpus share: the generator with its word lists and random
 * draws (nd-gen-corpus.c) and the grammar that writes titles and bodies with them
 * (nd-gen-corpus-text.c). */

#pragma once

#include <glib.h>

#define MIN_SENTENCE_WORDS 8
#define MAX_SENTENCE_WORDS 30
#define MIN_TITLE_WORDS 5
#define MAX_TITLE_WORDS 12

typedef struct
{
  const char * const  *words;
  guint                n_words;
  guint16             *table;
} WordList;

typedef struct
{
  const char *singular;
  const char *plural;
} Noun;

typedef struct
{
  const char *base;
  const char *past;
} Verb;

typedef struct
{
  GRand     *rand;

  /* The text being written: a title or a body. */
  GString   *text;
  gboolean   at_start;          /* no space before the next word */

  Noun      *nouns;
  Verb      *verbs;
  char     **outlet_slugs;

  WordList   noun_list;
  WordList   adjective_list;
  WordList   verb_list;
  WordList   catenative_list;
  WordList   modal_list;
  WordList   adverb_list;
  WordList   final_adverb_list;
  WordList   preposition_list;
  WordList   year_preposition_list;
  WordList   conjunction_list;
  WordList   singular_determiner_list;
  WordList   plural_determiner_list;
  WordList   number_qualifier_list;
  WordList   reporting_verb_list;
  WordList   title_list;
  WordList   first_name_list;
  WordList   last_name_list;
  WordList   place_list;
  WordList   outlet_list;
  WordList   author_list;
} Generator;

guint
draw_rank (Generator      *gen,
           const WordList *list);

const char *
draw_word (Generator      *gen,
           const WordList *list);

gboolean
chance (Generator *gen,
        guint      percent);

guint
between (Generator *gen,
         guint      low,
         guint      high);

void
generate_body (Generator *gen,
               guint      n_words);

void
generate_title (Generator *gen);

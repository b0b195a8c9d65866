/* nd-search-query-private.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "search/nd-search-query.h"

G_BEGIN_DECLS

/* A parsed query is an AND of clauses; a clause is an OR of atoms (one atom unless the
 * reader wrote OR); an atom is one condition on an article, possibly negated. The search
 * index, the match highlighter and the tests' reference implementation all walk this. */

typedef enum
{
  ND_SEARCH_ATOM_TEXT,
  ND_SEARCH_ATOM_SOURCE,
  ND_SEARCH_ATOM_AUTHOR,
  ND_SEARCH_ATOM_AFTER,
  ND_SEARCH_ATOM_BEFORE,
} NdSearchAtomKind;

typedef struct
{
  NdSearchAtomKind  kind;
  /* The article must NOT satisfy the condition. */
  gboolean          negated;
  /* TEXT: the words must be in the title. */
  gboolean          title_only;
  /* TEXT: the last word matches any word it begins (the reader is still typing it). In
   * a phrase, that word is then no part of the phrase: it may be anywhere in the title
   * or body (the title, for title:), and the words before it form the phrase. */
  gboolean          prefix;
  /* TEXT: the folded words, at least one; more than one make a phrase, whose words must
   * follow each other in the title or in the body. */
  GStrv             words;
  guint             n_words;
  /* SOURCE, AUTHOR: the folded text to find inside the source or an author's name. */
  char             *value;
  /* AFTER: the first second that matches; BEFORE: the first second that no longer
   * matches. Unix time, UTC. */
  gint64            time;
} NdSearchAtom;

/* (element-type GPtrArray): each clause is a GPtrArray of NdSearchAtom. */
GPtrArray *_nd_search_query_get_clauses (NdSearchQuery *self);

/* Only the tests call these: they stay out of the public header. */

char          *nd_search_query_to_string   (NdSearchQuery *self);

G_END_DECLS

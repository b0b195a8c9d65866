/* nd-quote-speaker-roles.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Role nouns: whom "the president replied", "the brother said" or "the North Korean
 * leader" stand for, a person the article names with that title in front or between
 * commas; nobody when no one, or two people named as near, fit. */

#define G_LOG_DOMAIN "nd-quote-speaker"

#include "config.h"

#include "quotes/nd-quote-speaker-private.h"

/* A title's word as a role noun says it: "Sen." is "senator". */
static guint32
canonical_title (guint32 hash)
{
  static const char * const abbreviations[][2] = {
    { "sen.", "senator" }, { "sen", "senator" }, { "sens.", "senator" },
    { "rep.", "representative" }, { "reps.", "representative" },
    { "rep", "representative" }, { "gov.", "governor" }, { "gov", "governor" },
    { "gen.", "general" }, { "pres.", "president" }, { "prof.", "professor" },
    { "prof", "professor" }, { "col.", "colonel" }, { "capt.", "captain" },
    { "lt.", "lieutenant" }, { "sgt.", "sergeant" }, { "det.", "detective" },
    /* "Rep. Tom Brandt ... the congressman said" */
    { "congressman", "representative" }, { "congresswoman", "representative" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (abbreviations); i++)
    if (hash == hash_string (abbreviations[i][0]))
      return hash_string (abbreviations[i][1]);

  return hash;
}

/* Whether the run @run has the title word @role in front of it ("President Donald
 * Trump", "former Sen. Warren") or in a role between commas after it ("Park Soo-hyun,
 * the spokesman for ..."), not counting the role words being resolved from @role_first
 * on ("cited by Haaretz, the prime minister told" is not Haaretz's). */
static gboolean
run_has_title (const Attributor *self,
               const Run        *run,
               guint32           role,
               guint             role_first)
{
  gint64 from = run->title_first;
  guint after = run->last + 1;

  while (from > 0 && (gint64)run->title_first - from < 2 &&
         token_has (token_at (self, from - 1), WORD_TITLE))
    from--;

  for (guint i = (guint)from; i < run->first; i++)
    {
      const Token *token = token_at (self, i);

      if (token_has (token, WORD_TITLE) && canonical_title (token->hash) == role)
        return TRUE;
    }

  /* "his brother, Eric Paddock," */
  if (token_is_punct (token_at (self, (gint64)run->title_first - 1), ',') &&
      token_is_punct (token_at (self, (gint64)run->last + 1), ','))
    {
      const Token *token = token_at (self, (gint64)run->title_first - 2);

      if (token_is_lower (token) && token_has (token, WORD_TITLE) &&
          canonical_title (token->hash) == role)
        return TRUE;
    }

  if (!token_is_punct (token_at (self, after), ','))
    return FALSE;
  after++;
  if (_nd_speaker_token_is_word (token_at (self, after), self->chars, "the"))
    after++;
  /* Role words only: not "Southern California, his brother ..." */
  for (guint i = after; i < after + ROLE_WORDS && i < role_first && token_is_lower (token_at (self, i)) &&
       !token_has (token_at (self, i), WORD_STOP); i++)
    if (token_has (token_at (self, i), WORD_TITLE) && canonical_title (token_at (self, i)->hash) == role)
      return TRUE;

  return FALSE;
}

/* The last run that ends before the token @before, or -1: runs are in body order. */
static gint
last_run_before (const Attributor *self,
                 guint             before)
{
  gint low = 0;
  gint high = (gint)self->runs->len - 1;
  gint found = -1;

  while (low <= high)
    {
      gint middle = low + (high - low) / 2;

      if (run_at (self, middle)->last < before)
        {
          found = middle;
          low = middle + 1;
        }
      else
        high = middle - 1;
    }

  return found;
}

/* "North Korean", "Israeli", "U.S.": a country's adjective in front of a role. */
static gboolean
is_country_word (const Attributor *self,
                 gint64            i)
{
  const Token *token = token_at (self, i);

  if (token == NULL || token->kind != TOKEN_WORD || !(token->shape & SHAPE_CAPITAL))
    return FALSE;
  if (token->word_class & WORD_DEMONYM)
    return TRUE;
  if ((_nd_speaker_token_is_word (token, self->chars, "north") ||
       _nd_speaker_token_is_word (token, self->chars, "south")) &&
      token_has (token_at (self, i + 1), WORD_DEMONYM))
    return TRUE;

  return _nd_speaker_is_dotted_abbreviation (self->chars, token);
}

/* Whether the word of @hash comes in the few words before @run's titles: "the North
 * Korean leader" is "North Korean leader Kim Jong Un", not "President Donald Trump". */
static gboolean
has_word_in_front (const Attributor *self,
                   const Run        *run,
                   guint32           hash)
{
  for (gint64 i = (gint64)run->title_first - 1;
       i >= 0 && (gint64)run->title_first - i <= ROLE_WORDS; i--)
    if (token_at (self, i)->kind == TOKEN_WORD && token_at (self, i)->hash == hash && hash != 0)
      return TRUE;

  return FALSE;
}

/* "the four-term congressman", "the two-time senator": a hyphenated word in lower case
 * among the role words, which says how long or how often, not which role. */
static gboolean
is_role_adjective (const Attributor *self,
                   gint64            i)
{
  const Token *token = token_at (self, i);

  if (!token_is_lower (token) || token_has (token, WORD_STOP | WORD_TITLE))
    return FALSE;
  for (guint c = token->start + 1; c + 1 < token->end; c++)
    if (self->chars[c] == '-')
      return TRUE;

  return FALSE;
}

/* Whether someone whose fullest name is @fullest is named between the tokens @from and
 * @to. */
static gboolean
is_named_since (const Attributor *self,
                const char       *fullest,
                guint             from,
                guint             to)
{
  for (gint r = last_run_before (self, to); r >= 0 && run_at (self, r)->first >= from; r--)
    if (g_strcmp0 (_nd_speaker_run_fullest (self, r), fullest) == 0)
      return TRUE;

  return FALSE;
}

/* "the president replied", "the former senator said": whom the role words [@first,
 * @last] stand for, the person named before @before with every one of them as a title;
 * SUBJECT_UNNAMED when nobody, or two people named as near, fit ("the former mayor added"
 * when no mayor is named). */
Subject
_nd_speaker_resolve_role (const Attributor *self,
                          guint             first,
                          guint             last,
                          guint             before)
{
  const char *found = NULL;
  gint found_run = -1;
  gint r = last_run_before (self, before);
  guint recent = _nd_speaker_paragraph_before_start (self, first);

  for (guint seen = 0; r >= 0 && seen < ROLE_RUNS; r--, seen++)
    {
      const Run *run = run_at (self, r);
      /* "President Dana Holt’s budget" names her president too: a possessive name
       * fits by a title in front of it. */
      gboolean fits = !run->organisation && (!run->possessive || run->titled);
      const char *fullest;

      for (guint i = first; fits && i <= last; i++)
        fits = is_role_adjective (self, i) ||
               (is_country_word (self, i)
                ? has_word_in_front (self, run, token_at (self, i)->hash)
                : run_has_title (self, run, canonical_title (token_at (self, i)->hash), first));
      if (!fits)
        continue;

      fullest = _nd_speaker_run_fullest (self, r);
      /* A title in front says it is a person; a role after a comma does not
       * ("Southern California, another brother, ..."). */
      if (!run->person && run->title_first == run->first &&
          !token_has (token_at (self, (gint64)run->title_first - 1), WORD_TITLE) &&
          !_nd_speaker_entity_is_person (self, fullest))
        continue;
      /* Of two people with the role, the one named in this paragraph or the one before
       * when the other is named only further back ("his brother, Eric Paddock, ... / Eric
       * Paddock said ... / “...,” the brother said"). */
      if (found != NULL && g_strcmp0 (found, fullest) != 0)
        {
          gboolean found_recent = is_named_since (self, found, recent, first);
          gboolean recent_too = is_named_since (self, fullest, recent, first);

          if (found_recent && !recent_too)
            continue;
          if (!recent_too || found_recent)
            return (Subject) { SUBJECT_UNNAMED, -1, -1, 0 };
        }
      found = fullest;
      found_run = r;
    }

  if (found_run < 0)
    return (Subject) { SUBJECT_UNNAMED, -1, -1, 0 };

  return (Subject) { SUBJECT_RUN, found_run, -1, 0 };
}

/* "The comedian even gushed over Sheen": whom the role words after "the" at @the stand
 * for, as for any role noun; SUBJECT_NONE when no title follows "the". */
Subject
_nd_speaker_role_after_the (const Attributor *self,
                            guint             the)
{
  guint last = the;

  if (!_nd_speaker_token_is_word (token_at (self, the), self->chars, "the"))
    return (Subject) { SUBJECT_NONE, -1, -1, 0 };
  while (last - the < ROLE_WORDS &&
         ((token_is_lower (token_at (self, (gint64)last + 1)) &&
           token_has (token_at (self, (gint64)last + 1), WORD_TITLE)) ||
          is_country_word (self, (gint64)last + 1) ||
          (last == the && is_role_adjective (self, (gint64)last + 1))))
    last++;
  if (last == the || !token_is_lower (token_at (self, last)))
    return (Subject) { SUBJECT_NONE, -1, -1, 0 };

  return _nd_speaker_resolve_role (self, the + 1, last, the);
}

/* The role words "the ... " that end at @last, from the token after "the", or 0 when
 * @last does not end such words. A country's adjective may stand among them ("the North
 * Korean leader", "the U.S. leader"); it is no title to match. */
guint
_nd_speaker_role_start (const Attributor *self,
                        gint64            last)
{
  gint64 i = last;

  if (!token_is_lower (token_at (self, last)) || !token_has (token_at (self, last), WORD_TITLE))
    return 0;
  while (i >= 0 && last - i < ROLE_WORDS + 2 &&
         ((token_is_lower (token_at (self, i)) && token_has (token_at (self, i), WORD_TITLE)) ||
          is_country_word (self, i) ||
          (is_role_adjective (self, i) &&
           _nd_speaker_token_is_word (token_at (self, i - 1), self->chars, "the"))))
    i--;

  if (i == last || !_nd_speaker_token_is_word (token_at (self, i), self->chars, "the"))
    return 0;

  return (guint)i + 1;
}

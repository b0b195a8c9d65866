/* nd-quote-speaker-subjects.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Who a verb of saying has as its subject: a name before or after it, a pair, a pronoun,
 * "the pair", or someone unnamed; see nd-quote-speaker.c. */

#define G_LOG_DOMAIN "nd-quote-speaker"

#include "config.h"

#include "quotes/nd-quote-speaker-private.h"
#include "util/nd-chars.h"

/* How far from a name the dashes of an aside may stand, in tokens. */
#define DASH_WINDOW 8

/* A role or a word for people, or its plural: "spokesman", "members", "officials",
 * "lawmakers". */
static gboolean
is_role_or_people_noun (const Attributor *self,
                        const Token      *token)
{
  guint32 hash;

  if (token->word_class & WORD_TITLE)
    return TRUE;
  if (token->end - token->start < 4 || self->chars[token->end - 1] != 's')
    return FALSE;

  return (_nd_speaker_classify_word (self->chars, token->start, token->end - 1, &hash) &
          (WORD_TITLE | WORD_PERSON_NOUN)) != 0;
}

static gboolean
is_dash (const Token *token)
{
  return token != NULL && token->kind == TOKEN_PUNCT &&
         (token->punct == 0x2013 || token->punct == 0x2014 || token->punct == 0x2015);
}

/* "The law — the Rural Water Act, or RWA — is a key issue, he
 * said": a name in an aside between dashes, within a few tokens either way. */
static gboolean
between_dashes (const Attributor *self,
                const Run        *run)
{
  gboolean before = FALSE;

  for (gint64 k = (gint64)run->title_first - 1; k >= 0 && run->title_first - k <= DASH_WINDOW; k--)
    {
      const Token *token = token_at (self, k);

      if (is_dash (token))
        {
          before = TRUE;
          break;
        }
      if (token->kind != TOKEN_WORD && !token_is_punct (token, ','))
        return FALSE;
    }
  if (!before)
    return FALSE;
  for (guint k = run->last + 1; k <= run->last + DASH_WINDOW; k++)
    {
      const Token *token = token_at (self, k);

      if (is_dash (token))
        return TRUE;
      if (token == NULL || (token->kind != TOKEN_WORD && !token_is_punct (token, ',')))
        return FALSE;
    }

  return FALSE;
}

static const char * const possessive_pronouns[] = {
  "his", "her", "its", "their", "our", "my", "your", NULL,
};

/* A name that is hardly the subject of its sentence: after a preposition (in Barbados,
 * founded by former candidate Tom Ward), an article or a possessive (the university's
 * Shorefield campus, his GOP colleagues), or before a role or a word for people
 * (Pentagon spokesman Col. Rob Manning, gathered Cabinet members, Senate leaders), or
 * between dashes (the program — Deferred Action for Childhood Arrivals — is). */
gboolean
_nd_speaker_run_is_aside (const Attributor *self,
                          const Run        *run)
{
  gint64 i = (gint64)run->title_first - 1;
  const Token *before = token_at (self, i);
  const Token *after = token_at (self, (gint64)run->last + 1);

  /* "for All Nippon" */
  while (before != NULL && before->kind == TOKEN_WORD && (before->shape & SHAPE_CAPITAL) &&
         (before->word_class & WORD_STOP) &&
         !(before->word_class & (WORD_INDEFINITE | WORD_PREPOSITION)))
    before = token_at (self, --i);

  if (token_has (before, WORD_PREPOSITION))
    return TRUE;
  /* "founded by former Republican presidential candidate Tom Ward": a preposition
   * before the role words in front of the name. */
  if (token_is_lower (before) && token_has (before, WORD_TITLE))
    {
      gint64 k = i - 1;

      while (i - k <= ROLE_WORDS + 1 &&
             ((token_is_lower (token_at (self, k)) && !token_has (token_at (self, k), WORD_STOP)) ||
              token_has (token_at (self, k), WORD_DEMONYM)))
        k--;
      if (token_has (token_at (self, k), WORD_PREPOSITION))
        return TRUE;
    }
  if (before != NULL && before->kind == TOKEN_WORD && (before->shape & SHAPE_POSSESSIVE))
    return TRUE;
  if (_nd_speaker_token_is_word (before, self->chars, "the") || token_has (before, WORD_INDEFINITE))
    return TRUE;
  /* "his GOP colleagues", "their Senate allies": a name after a possessive pronoun
   * says whose, not who. */
  if (before != NULL && before->kind == TOKEN_WORD && token_is_lower (before) &&
      _nd_speaker_token_is_one_of (before, self->chars, possessive_pronouns))
    return TRUE;

  if (between_dashes (self, run))
    return TRUE;

  return after != NULL && token_is_lower (after) && is_role_or_people_noun (self, after);
}

/* "Rao and Collins", "Dr Anil Rao, a coastal engineer, and Beatriz Collins": the run
 * before @run in a pair, or -1. */
gint
_nd_speaker_pair_partner (const Attributor *self,
                          const Run        *run)
{
  gint64 i = (gint64)run->title_first - 1;
  const Token *token = token_at (self, i);
  guint roles = 0;

  /* "Jon Hamm and filmmaker Jennifer Westfeldt", "Pavel and the co-author Robert Manning" */
  for (; roles < 2 && token_is_lower (token) && !token_has (token, WORD_STOP); roles++)
    token = token_at (self, --i);
  if (roles > 0 && _nd_speaker_token_is_word (token, self->chars, "the"))
    token = token_at (self, --i);

  if (!_nd_speaker_token_is_word (token, self->chars, "and") && !token_is_punct (token, '&'))
    return -1;
  i--;

  /* A role between commas after the first name. */
  if (token_is_punct (token_at (self, i), ','))
    {
      gint64 j = i - 1;

      while (j >= 0 && i - j <= APPOSITIVE_WINDOW && token_is_lower (token_at (self, j)))
        j--;
      if (!token_is_punct (token_at (self, j), ','))
        return -1;
      i = j - 1;
    }

  token = token_at (self, i);
  if (token == NULL || token->run < 0 || (guint)i != run_at (self, token->run)->last)
    return -1;

  return token->run;
}

/* The run after @run in a pair, or -1. */
gint
_nd_speaker_pair_second (const Attributor *self,
                         gint              run)
{
  for (guint i = run_at (self, run)->last + 1; i < self->tokens->len; i++)
    {
      const Token *token = token_at (self, i);

      if (token->kind == TOKEN_WORD && token->run >= 0)
        return _nd_speaker_pair_partner (self, run_at (self, token->run)) == run ? token->run : -1;
      if (token->kind != TOKEN_WORD && !token_is_punct (token, ',') && !token_is_punct (token, '&'))
        return -1;
      if (i > run_at (self, run)->last + APPOSITIVE_WINDOW)
        return -1;
    }

  return -1;
}

Subject
_nd_speaker_subject_of_run (const Attributor *self,
                            gint              run)
{
  gint partner = _nd_speaker_pair_partner (self, run_at (self, run));

  if (partner >= 0)
    return (Subject) { SUBJECT_PAIR, run, partner, 0 };

  return (Subject) { SUBJECT_RUN, run, -1, 0 };
}

/* "Erie, Pennsylvania": a one-word name right after a name and a comma is where, not
 * who, unless it is known as a person's. */
static gboolean
continues_place (const Attributor *self,
                 const Run        *run)
{
  const Token *comma = token_at (self, (gint64)run->title_first - 1);
  const Token *before = token_at (self, (gint64)run->title_first - 2);

  return !run->person && run->first == run->last &&
         token_is_punct (comma, ',') && before != NULL && before->kind == TOKEN_WORD &&
         before->run >= 0 && run_at (self, before->run)->last == run->title_first - 2;
}

/* "Ilan Gilon of the Meretz party", "Bezalel Smotrich of the right-wing party Habayit
 * Hayehudi": the name before "of", "from" or "at" in the words that end at @from, or -1. */
static gint
owner_of_phrase (const Attributor *self,
                 gint64            from,
                 guint             lower_bound)
{
  for (gint64 k = from; k > (gint64)lower_bound && from - k < ROLE_WORDS + 6; k--)
    {
      const Token *token = token_at (self, k);
      const Token *before = token_at (self, k - 1);
      const Run *run;

      if (token == NULL || token->kind != TOKEN_WORD)
        return -1;
      if (!_nd_speaker_token_is_word (token, self->chars, "of") &&
          !_nd_speaker_token_is_word (token, self->chars, "from") &&
          !_nd_speaker_token_is_word (token, self->chars, "at"))
        continue;
      if (before == NULL || before->kind != TOKEN_WORD || before->run < 0)
        return -1;
      run = run_at (self, before->run);
      if (run->last != k - 1 || run->possessive || run->organisation ||
          _nd_speaker_run_is_aside (self, run))
        return -1;
      return before->run;
    }

  return -1;
}

static gboolean
is_relative_pronoun (const Attributor *self,
                     const Token      *token)
{
  return _nd_speaker_token_is_word (token, self->chars, "who") ||
         _nd_speaker_token_is_word (token, self->chars, "which") ||
         _nd_speaker_token_is_word (token, self->chars, "whose");
}

/* NAME, role words, ..., VERB: the name that opens the chain of commas before @comma.
 * "Alex Trouteaud, director of policy at the organization Demand Abolition, told" is
 * Trouteaud's; "The council's director of place, Graham Petts, told" is Petts's. */
static Subject
find_appositive_subject (const Attributor *self,
                         gint64            comma,
                         guint             lower_bound)
{
  Subject found = { SUBJECT_NONE, -1, -1, 0 };

  for (guint commas = 0; commas < APPOSITIVE_COMMAS; commas++)
    {
      const Token *before = token_at (self, comma - 1);
      gboolean found_here = FALSE;
      gint64 j;

      if (comma - 1 < (gint64)lower_bound || before == NULL)
        break;

      if (before->kind == TOKEN_WORD && before->run >= 0 &&
          (guint)(comma - 1) == run_at (self, before->run)->last &&
          !run_at (self, before->run)->possessive &&
          !_nd_speaker_run_is_aside (self, run_at (self, before->run)) &&
          !continues_place (self, run_at (self, before->run)))
        {
          gint owner = owner_of_phrase (self,
                                        (gint64)run_at (self, before->run)->title_first - 1,
                                        lower_bound);

          found = _nd_speaker_subject_of_run (self, owner >= 0 ? owner : before->run);
          found_here = TRUE;
        }

      /* Back to the comma before this one. */
      for (j = comma - 1; j >= (gint64)lower_bound && comma - j <= APPOSITIVE_WINDOW; j--)
        {
          const Token *token = token_at (self, j);

          if (token->kind == TOKEN_QUOTE || token->kind == TOKEN_BREAK ||
              (token->kind == TOKEN_PUNCT && nd_char_is_sentence_end (token->punct)))
            return found;
          if (token_is_punct (token, ','))
            break;
        }
      /* "The star of the show, who has won two Oscars, insisted": a name that ends a
       * relative clause is not the subject, which stands before it. */
      if (is_relative_pronoun (self, token_at (self, j + 1)) && found_here)
        found = (Subject) { SUBJECT_NONE, -1, -1, 0 };
      if (j < (gint64)lower_bound || !token_is_punct (token_at (self, j), ','))
        {
          /* No comma before, and no name found between the commas: a name opening the
           * clause is its subject, "Mary Horomanski from Erie, Pennsylvania, said". */
          gint64 opening = MAX (j + 1, (gint64)lower_bound);

          for (gint64 k = opening; found.kind == SUBJECT_NONE && k < comma; k++)
            {
              const Token *token = token_at (self, k);
              const Run *run;

              if (token->kind != TOKEN_WORD)
                continue;
              /* "independent Sen. Paul Avery of Vermont, who ..., told", "the columnist
               * Rita Vance, who ..., wrote": a few words of role in lower case before the
               * name. */
              if (token->run < 0 && k - opening < ROLE_WORDS && token_is_lower (token) &&
                  (!(token->word_class & (WORD_STOP | WORD_SPEECH | WORD_PARTICIPLE | WORD_AUXILIARY)) ||
                   (k == opening && _nd_speaker_token_is_word (token, self->chars, "the"))))
                continue;
              if (token->run < 0)
                break;
              run = run_at (self, token->run);
              if (!run->possessive && !run->organisation && !_nd_speaker_run_is_aside (self, run) &&
                  run->title_first == k)
                return _nd_speaker_subject_of_run (self, token->run);
              break;
            }
          /* "The president, without offering details, said": role words that open the
           * sentence and end at the first comma stand for whom they name. */
          if (found.kind == SUBJECT_NONE && j < (gint64)lower_bound &&
              _nd_speaker_role_start (self, comma - 1) == lower_bound + 1)
            return _nd_speaker_resolve_role (self, lower_bound + 1, (guint)(comma - 1), (guint)comma);
          break;
        }
      comma = j;
    }

  return found;
}

/* "The Williams driver was making his final appearance ... and admitted": a name between
 * "the" and a role describes the subject, whom the sentence does not name. (A spokesperson
 * speaks for the name before it: spokesperson_of ().) */
static gboolean
describes_someone (const Attributor *self,
                   const Run        *run)
{
  const Token *after = token_at (self, (gint64)run->last + 1);

  return _nd_speaker_token_is_word (token_at (self, (gint64)run->title_first - 1), self->chars,
                                    "the") &&
         !run->possessive && token_is_lower (after) &&
         (after->word_class & (WORD_PERSON_NOUN | WORD_TITLE)) &&
         !_nd_speaker_token_is_word (after, self->chars, "spokesman") &&
         !_nd_speaker_token_is_word (after, self->chars, "spokeswoman") &&
         !_nd_speaker_token_is_word (after, self->chars, "spokesperson");
}

/* Whether @run comes right after a word in lower case that is no function word, role
 * or title: a verb whose object it is ("The ministry called Trump a “...”"). */
static gboolean
follows_verb (const Attributor *self,
              const Run        *run)
{
  const Token *before = token_at (self, (gint64)run->title_first - 1);

  return token_is_lower (before) &&
         !(before->word_class & (WORD_STOP | WORD_PREPOSITION | WORD_TITLE | WORD_PERSON_NOUN |
                                 WORD_INDEFINITE | WORD_CONJUNCTION));
}

/* The first name of the sentence that is not in a prepositional phrase, for "X did not
 * attend but said"; nobody named when that name is the object of a verb before it ("The
 * ministry called Trump a “destroyer” and said his “reckless remarks” ...": the subject
 * is not a name). */
static Subject
find_sentence_subject (const Attributor *self,
                       guint             from,
                       guint             to)
{
  from = look_back_bound (from, to);

  for (guint i = from; i < to; i++)
    {
      const Token *token = token_at (self, i);

      if (token->kind == TOKEN_WORD && (token->word_class & (WORD_HE | WORD_SHE | WORD_THEY)))
        return (Subject) { SUBJECT_PRONOUN, -1, -1, i };
      if (token->kind == TOKEN_WORD && token->run >= 0)
        {
          const Run *run = run_at (self, token->run);

          if (describes_someone (self, run))
            return (Subject) { SUBJECT_UNNAMED, -1, -1, 0 };
          if (!run->possessive && !_nd_speaker_run_is_aside (self, run) && !run->organisation)
            return follows_verb (self, run) ? (Subject) { SUBJECT_UNNAMED, -1, -1, 0 }
                                            : _nd_speaker_subject_of_run (self, token->run);
          /* "North Korea's Foreign Ministry called Trump a “...” and said his “...”": an
           * organisation opening the sentence is its subject, and a name after it is the
           * object of its verbs, not who speaks. Which of its names is meant is left
           * unsaid. */
          if (run->organisation && !run->possessive && !_nd_speaker_run_is_aside (self, run))
            return (Subject) { SUBJECT_UNNAMED, -1, -1, 0 };
          i = run->last;
        }
      if (token->kind == TOKEN_QUOTE)
        break;
    }

  return (Subject) { SUBJECT_NONE, -1, -1, 0 };
}

static gboolean
is_spokesperson_word (const Attributor *self,
                      const Token      *token)
{
  return _nd_speaker_token_is_word (token, self->chars, "spokesman") ||
         _nd_speaker_token_is_word (token, self->chars, "spokeswoman") ||
         _nd_speaker_token_is_word (token, self->chars, "spokesperson");
}

/* "A Met spokesman", "an Equifax spokesperson", "Equifax's spokesperson": the
 * organisation whose unnamed spokesperson is at @i speaks, or -1. */
static gint
spokesperson_of (const Attributor *self,
                 gint64            i)
{
  const Token *token = token_at (self, i);
  const Token *owner = token_at (self, i - 1);
  const Run *run;
  const Token *before;

  if (!is_spokesperson_word (self, token))
    return -1;
  if (owner == NULL || owner->kind != TOKEN_WORD || owner->run < 0)
    return -1;
  run = run_at (self, owner->run);
  if (run->last != i - 1)
    return -1;
  if (run->possessive)
    return owner->run;

  before = token_at (self, (gint64)run->title_first - 1);
  if (token_has (before, WORD_INDEFINITE) || _nd_speaker_token_is_word (before, self->chars, "the"))
    return owner->run;

  return -1;
}

static gboolean
is_word_of (const Attributor   *self,
            gint64              i,
            const char * const *words)
{
  return _nd_speaker_token_is_one_of (token_at (self, i), self->chars, words);
}

/* "the FBI", "the NAACP": a name of one word in capitals only, two to six of them, an
 * organisation's initials (but "in the UK" is a place). */
static gboolean
is_acronym_run (const Attributor *self,
                const Run        *run)
{
  const Token *token = token_at (self, run->first);
  guint n = token->end - token->start;

  if (run->first != run->last || run->titled || n < 2 || n > 6)
    return FALSE;
  for (guint i = token->start; i < token->end; i++)
    if (self->chars[i] < 'A' || self->chars[i] > 'Z')
      return FALSE;

  return TRUE;
}

/* Whether the token at @i opens the sentence that starts at @start or comes right after
 * a quotation in it ("“...,” a statement said"). */
static gboolean
opens_or_follows_quote (const Attributor *self,
                        guint             i,
                        guint             start)
{
  const Token *before = token_at (self, (gint64)i - 1);

  if (i == start)
    return TRUE;
  if (token_is_punct (before, ','))
    before = token_at (self, (gint64)i - 2);

  return before != NULL && before->kind == TOKEN_QUOTE;
}

/* "British Transport Police confirmed there had been loss of life. A spokesman added:",
 * "The European Commission ... said it “can confirm ...”. / “...,” a statement said.": a
 * spokesperson or a statement of no one named, at @i after "a" or "the", speaks for the
 * organisation that the sentence before has speaking, or -1 (for a person's, "the
 * statement" may as well be someone else's). */
static gint
organisation_of_sentence_before (const Attributor *self,
                                 gint64            i)
{
  const Token *token = token_at (self, i);
  guint start = sentence_start (self, (guint)i);
  gint64 k = (gint64)start - 1;
  guint before;

  static const char * const published[] = { "released", "issued", "published", NULL };

  if ((!is_spokesperson_word (self, token) && !token_has (token, WORD_STATEMENT) &&
       !_nd_speaker_token_is_word (token, self->chars, "report")) ||
      !(token_has (token_at (self, i - 1), WORD_INDEFINITE) ||
        _nd_speaker_token_is_word (token_at (self, i - 1), self->chars, "the")) ||
      !opens_or_follows_quote (self, (guint)i - 1, start))
    return -1;

  while (k >= 0 && token_at (self, k)->kind == TOKEN_BREAK)
    k--;
  if (k < 0)
    return -1;
  before = sentence_start (self, (guint)k);

  for (guint v = before; v <= (guint)k; v++)
    {
      Subject subject;
      const Run *run;

      /* "KCNA released a report Saturday ... / “...,” the report read." */
      if (token_is_lower (token_at (self, v)) && is_word_of (self, v, published))
        subject = _nd_speaker_find_subject_before (self, v, before);
      else if (is_tail_verb (token_at (self, v)))
        subject = _nd_speaker_find_speaker_of_verb (self, v, before);
      else
        continue;
      if (subject.kind != SUBJECT_RUN)
        continue;
      run = run_at (self, subject.run);
      if (run->possessive || !(run->organisation || is_acronym_run (self, run)))
        return -1;
      return subject.run;
    }

  return -1;
}

/* "2016": four digits, nothing else. */
static gboolean
is_year (const Attributor *self,
         gint64            j)
{
  const Token *token = token_at (self, j);

  if (token == NULL || token->kind != TOKEN_WORD || token->end - token->start != 4)
    return FALSE;
  for (guint c = token->start; c < token->end; c++)
    if (!g_unichar_isdigit (self->chars[c]))
      return FALSE;

  return TRUE;
}

/* "Trump on Monday said", "BMW in its statement Friday said", "Abe in a speech said":
 * the token before the day and the phrase that @j ends, which stand between a subject and
 * its verb. */
static gint64
skip_when_and_where (const Attributor *self,
                     gint64            j,
                     guint             lower_bound)
{
  static const char * const days[] = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
    "yesterday", "tonight", NULL,
  };
  static const char * const before_days[] = { "on", "late", "early", "last", "this", NULL };
  static const char * const occasions[] = {
    "statement", "interview", "speech", "tweet", "post", "letter", "email", NULL,
  };
  static const char * const determiners[] = { "a", "an", "the", "its", "his", "her", "their", NULL };
  static const char * const months[] = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", NULL,
  };

  /* Days are stop words: most tokens are not. */
  if (j > (gint64)lower_bound && token_has (token_at (self, j), WORD_STOP) &&
      is_word_of (self, j, days))
    {
      j--;
      if (j > (gint64)lower_bound && is_word_of (self, j, before_days))
        j--;
    }
  /* "Trump in July said", "Abe in 2016 said": a month or a year after "in" */
  if (j - 1 > (gint64)lower_bound &&
      _nd_speaker_token_is_word (token_at (self, j - 1), self->chars, "in") &&
      (is_word_of (self, j, months) || is_year (self, j)))
    j -= 2;
  /* "in a statement", "in its statement" */
  if (j - 2 > (gint64)lower_bound &&
      _nd_speaker_token_is_word (token_at (self, j - 2), self->chars, "in") &&
      is_word_of (self, j, occasions) && is_word_of (self, j - 1, determiners))
    j -= 3;

  return j;
}

/* "Tong Zhao, a fellow at the Carnegie-Tsinghua Center in Beijing told CNN": a role
 * between commas whose closing comma is missing. The person's name that opens the
 * sentence at @start, when a comma and "a" or "the" follow it and no other comma comes
 * before @verb, or -1 ("Nevertheless, the Brit has promised" opens with no one). */
static gint
unclosed_appositive_subject (const Attributor *self,
                             guint             start,
                             guint             verb)
{
  const Token *token = token_at (self, start);
  const Run *run;
  guint commas = 0;

  if (token == NULL || token->kind != TOKEN_WORD || token->run < 0)
    return -1;
  run = run_at (self, token->run);
  if (run->title_first != start || run->possessive || run->organisation ||
      !(run->person || _nd_speaker_entity_is_person (self, _nd_speaker_run_fullest (self, token->run))) ||
      !token_is_punct (token_at (self, (gint64)run->last + 1), ',') ||
      !(token_has (token_at (self, (gint64)run->last + 2), WORD_INDEFINITE) ||
        _nd_speaker_token_is_word (token_at (self, (gint64)run->last + 2), self->chars, "the")))
    return -1;

  for (guint i = run->last + 1; i < verb; i++)
    {
      const Token *between = token_at (self, i);

      if (between->kind == TOKEN_QUOTE || between->kind == TOKEN_BREAK)
        return -1;
      commas += token_is_punct (between, ',');
    }

  return commas == 1 ? token->run : -1;
}

/* "after Tillerson", "before Abe", "after President Donald Trump": a name (titles
 * included) right after a word that opens a clause as well as a phrase, and right before
 * its verb, is that clause's subject. */
static gboolean
opens_clause_after_conjunction (const Attributor *self,
                                const Run        *run)
{
  static const char * const conjunctions[] = { "after", "before", "since", "until", NULL };

  return is_word_of (self, (gint64)run->title_first - 1, conjunctions);
}

/* From the word before the verb at @verb back past auxiliaries, adverbs in -ly, when and
 * where, and an organisation's initials in brackets, to the word that may be the verb's
 * subject ("The Rail Accident Investigation Branch (RAIB) said"). */
static gint64
skip_to_subject (const Attributor *self,
                 guint             verb,
                 guint             lower_bound)
{
  gint64 j = (gint64)verb - 1;
  const Token *token;

  while (j >= (gint64)lower_bound)
    {
      token = token_at (self, j);
      if (token_has (token, WORD_AUXILIARY) ||
          (token_is_lower (token) && token->end - token->start > 3 &&
           self->chars[token->end - 1] == 'y' && self->chars[token->end - 2] == 'l'))
        j--;
      else
        break;
    }

  j = skip_when_and_where (self, j, lower_bound);

  /* "The Rail Accident Investigation Branch (RAIB) said" */
  if (j - 3 >= (gint64)lower_bound && token_is_punct (token_at (self, j), ')') &&
      token_is_punct (token_at (self, j - 2), '(') && token_at (self, j - 1)->kind == TOKEN_WORD)
    j -= 3;

  return j;
}

/* "Neil Portnow, who said", "Sean Parker who said": the name before "who" at @j. */
static Subject
subject_of_who (const Attributor *self,
                gint64            j,
                guint             lower_bound)
{
  gint64 k = token_is_punct (token_at (self, j - 1), ',') ? j - 2 : j - 1;
  const Token *name = token_at (self, k);

  if (k >= (gint64)lower_bound && name != NULL && name->kind == TOKEN_WORD && name->run >= 0 &&
      run_at (self, name->run)->last == (guint)k && !run_at (self, name->run)->possessive &&
      !run_at (self, name->run)->organisation)
    return _nd_speaker_subject_of_run (self, name->run);
  return (Subject) { SUBJECT_UNNAMED, -1, -1, 0 };
}

/* "David Wright of the Union of Concerned Scientists said", "Anna Holt at Harvard
 * University said": the person whose organisation @run (an aside) names, through at most
 * three "of", "at" or "from"; -1 when the name before is not known to be a person's. */
static gint
person_of_organisation (const Attributor *self,
                        const Run        *run)
{
  static const char * const joints[] = { "of", "at", "from", NULL };

  for (guint hops = 0; hops < 3; hops++)
    {
      gint64 k = (gint64)run->title_first - 1;
      const Token *before;

      if (_nd_speaker_token_is_word (token_at (self, k), self->chars, "the"))
        k--;
      if (!_nd_speaker_token_is_one_of (token_at (self, k), self->chars, joints))
        return -1;
      before = token_at (self, k - 1);
      if (before == NULL || before->kind != TOKEN_WORD || before->run < 0 ||
          run_at (self, before->run)->last != (guint)(k - 1))
        return -1;
      run = run_at (self, before->run);
      if (run->possessive)
        return -1;
      if (run->person && !run->organisation)
        return before->run;
    }

  return -1;
}

/* The subject when the word before the verb at @verb ends a name (@token, of run
 * @token->run): the name, its organisation, or someone the sentence names around it. */
/* "Head of the Foreign Affairs Committee Leonid Slutsky said": a person's name right
 * after an organisation's, both after "of" or "of the", is the head's, who speaks; "of"
 * belongs to the organisation. */
static gboolean
heads_organisation (const Attributor *self,
                    const Run        *run)
{
  gint64 i = (gint64)run->title_first - 1;
  gboolean organisation = FALSE;

  if (run->possessive || run->organisation)
    return FALSE;
  for (guint k = run->title_first; k < run->first; k++)
    organisation |= token_has (token_at (self, k), WORD_ORGANISATION);
  if (!organisation)
    return FALSE;

  /* "of the Russian Federation Council's Defense and Security Committee Franz
   * Klintsevich": the rest of the organisation's name, up to a few words. */
  for (guint n = 0; n < 8 && token_at (self, i) != NULL && token_at (self, i)->kind == TOKEN_WORD &&
       ((token_at (self, i)->shape & SHAPE_CAPITAL) ||
        _nd_speaker_token_is_word (token_at (self, i), self->chars, "and")); n++)
    i--;
  if (_nd_speaker_token_is_word (token_at (self, i), self->chars, "the"))
    i--;
  return _nd_speaker_token_is_word (token_at (self, i), self->chars, "of");
}

static Subject
subject_of_name (const Attributor *self,
                 const Token      *token,
                 guint             verb,
                 guint             lower_bound)
{
  const Run *run = run_at (self, token->run);

  /* "the Korean Central News Agency said", "the FBI said": an organisation credited
   * by its name or its initials; but "Sheriff Joseph Lombardo of the Las Vegas
   * Metropolitan Police Department described" is the sheriff's. */
  if ((run->organisation ||
       (is_acronym_run (self, run) &&
        !token_has (token_at (self, (gint64)run->title_first - 2), WORD_PREPOSITION))) &&
      !run->possessive &&
      _nd_speaker_token_is_word (token_at (self, (gint64)run->title_first - 1), self->chars,
                                 "the"))
    {
      const Token *joint = token_at (self, (gint64)run->title_first - 2);
      const Token *writer = token_at (self, (gint64)run->title_first - 3);
      gint owner;

      /* "Ann Lee in the New York Times today explains": who writes in the paper. */
      if (_nd_speaker_token_is_word (joint, self->chars, "in") && writer != NULL &&
          writer->kind == TOKEN_WORD && writer->run >= 0 &&
          run_at (self, writer->run)->last == run->title_first - 3 &&
          !run_at (self, writer->run)->possessive && !run_at (self, writer->run)->organisation &&
          !_nd_speaker_run_is_aside (self, run_at (self, writer->run)))
        return _nd_speaker_subject_of_run (self, writer->run);

      /* "the US Ambassador to the United Nations said" is the ambassador's, as "of
       * the", "from the" and "at the" are (but "a statement released by the Korean
       * Central News Agency read" is the agency's). */
      if (!_nd_speaker_token_is_word (joint, self->chars, "of") &&
          !_nd_speaker_token_is_word (joint, self->chars, "from") &&
          !_nd_speaker_token_is_word (joint, self->chars, "at") &&
          !_nd_speaker_token_is_word (joint, self->chars, "to"))
        return (Subject) { SUBJECT_RUN, token->run, -1, 0 };
      owner = owner_of_phrase (self, (gint64)run->title_first - 1, lower_bound);
      if (owner >= 0)
        return _nd_speaker_subject_of_run (self, owner);
      return (Subject) { SUBJECT_UNNAMED, -1, -1, 0 };
    }

  /* The organisation's name may hold "and": no pair. */
  if (heads_organisation (self, run))
    return (Subject) { SUBJECT_RUN, token->run, -1, 0 };

  /* "A spokesperson for All Nippon told", "the Joint Chiefs of Staff said"; but
   * "Three days after Tillerson said" opens a clause with its subject. */
  if (run->possessive ||
      (_nd_speaker_run_is_aside (self, run) && _nd_speaker_pair_partner (self, run) < 0 &&
       !opens_clause_after_conjunction (self, run)))
    {
      gint opener = unclosed_appositive_subject (self, lower_bound, verb);

      if (opener < 0 && !run->possessive)
        opener = person_of_organisation (self, run);
      if (opener >= 0 && !run->possessive)
        return _nd_speaker_subject_of_run (self, opener);
      return (Subject) { SUBJECT_UNNAMED, -1, -1, 0 };
    }
  /* "Mike Hawes, chief executive of the Society of Motor Manufacturers and Traders
   * said": a pair inside a role is not who speaks; the name before the role is. */
  if (_nd_speaker_pair_partner (self, run) >= 0 &&
      _nd_speaker_run_is_aside (self, run_at (self, _nd_speaker_pair_partner (self, run))))
    {
      for (gint64 k = run->title_first; k > (gint64)lower_bound &&
           (gint64)run->title_first - k < APPOSITIVE_WINDOW; k--)
        if (token_is_punct (token_at (self, k - 1), ','))
          return find_appositive_subject (self, k - 1, lower_bound);
      return (Subject) { SUBJECT_UNNAMED, -1, -1, 0 };
    }
  return _nd_speaker_subject_of_run (self, token->run);
}

/* The subject of the verb at @verb, looking no further back than @lower_bound. */
/* "campaign", "administration": with a person's name in front ("the Trump campaign",
 * "the Obama administration"), a group the article credits. */
static gboolean
is_campaign_noun (const Attributor *self,
                  const Token      *token)
{
  return token_is_lower (token) &&
         (_nd_speaker_token_is_word (token, self->chars, "campaign") ||
          _nd_speaker_token_is_word (token, self->chars, "administration"));
}

/* The run that ends at @last, after "the" (not after a preposition and "the"), with no
 * title and not a possessive or an organisation's name, for "the Trump campaign"; else
 * -1. */
static gint
campaign_name_at (const Attributor *self,
                  guint             last)
{
  const Token *token = token_at (self, last);
  const Run *run;

  if (token == NULL || token->kind != TOKEN_WORD || token->run < 0)
    return -1;
  run = run_at (self, token->run);
  /* Not "Critics of the Trump administration said". */
  if (run->last != last || run->possessive || run->organisation || run->titled ||
      !_nd_speaker_token_is_word (token_at (self, (gint64)run->title_first - 1), self->chars, "the") ||
      token_has (token_at (self, (gint64)run->title_first - 2), WORD_PREPOSITION))
    return -1;

  return token->run;
}

/* "“...,” said the statement from Ward's lawyer, Sam Kinney. / The statement said Ward
 * “...”": "the" and a statement's noun at @noun stand for the statement of the
 * paragraph or the one before whose sentence names it with the same word; the number of
 * the first quotation of that sentence whose speaker is known, else -1. */
static gint
quote_of_statement (const Attributor *self,
                    guint             noun)
{
  guint32 hash = token_at (self, noun)->hash;
  guint breaks = 0;

  if (!_nd_speaker_token_is_word (token_at (self, (gint64)noun - 1), self->chars, "the"))
    return -1;
  for (guint k = noun; k > look_back_bound (0, noun) && breaks < 2; k--)
    {
      const Token *token = token_at (self, k - 1);
      guint start;

      if (token->kind == TOKEN_BREAK)
        breaks++;
      if (token->kind != TOKEN_QUOTE || self->decisions[token->quote].kind != DECISION_FOUND)
        continue;
      start = sentence_start (self, k - 1);
      for (guint i = start; i < noun && token_at (self, i) != NULL; i++)
        {
          const Token *word = token_at (self, i);

          if (word->kind == TOKEN_PUNCT && nd_char_is_sentence_end (word->punct) && i > k - 1)
            break;
          if (word->kind == TOKEN_WORD && word->hash == hash && i != noun)
            return token->quote;
        }
    }

  return -1;
}

Subject
_nd_speaker_find_subject_before (const Attributor *self,
                                 guint             verb,
                                 guint             lower_bound)
{
  gint64 j = skip_to_subject (self, verb, lower_bound);
  const Token *token = token_at (self, j);

  if (j < (gint64)lower_bound || token == NULL)
    return (Subject) { SUBJECT_NONE, -1, -1, 0 };

  if (token->kind == TOKEN_WORD && (token->word_class & (WORD_HE | WORD_SHE | WORD_THEY | WORD_IT)))
    return (Subject) { SUBJECT_PRONOUN, -1, -1, (guint)j };

  /* "The Trump campaign said" */
  if (is_campaign_noun (self, token) && j >= 2 && campaign_name_at (self, (guint)j - 1) >= 0)
    return (Subject) { SUBJECT_CAMPAIGN, campaign_name_at (self, (guint)j - 1), -1, (guint)j };

  /* "the president replied"; but in "A source close to the chancellor said" the role
   * is the object of "to", and whoever speaks is not named. */
  if (_nd_speaker_role_start (self, j) > lower_bound)
    {
      guint the = _nd_speaker_role_start (self, j) - 1;

      if (the > 0 && token_has (token_at (self, the - 1), WORD_PREPOSITION))
        return (Subject) { SUBJECT_UNNAMED, -1, -1, 0 };
      return _nd_speaker_resolve_role (self, the + 1, (guint)j, verb);
    }

  /* "Neil Portnow, who said", "Sean Parker who said" */
  if (_nd_speaker_token_is_word (token, self->chars, "who") && j - 1 >= (gint64)lower_bound)
    return subject_of_who (self, j, lower_bound);

  if (token->kind == TOKEN_WORD && token->run >= 0)
    return subject_of_name (self, token, verb, lower_bound);

  if (token_has (token, WORD_PAIR_NOUN) &&
      _nd_speaker_token_is_word (token_at (self, j - 1), self->chars, "the"))
    return (Subject) { SUBJECT_PAIR_REFERENCE, -1, -1, (guint)j };

  /* "Kowalczyk's statement reads in part:" */
  if (token_has (token, WORD_STATEMENT))
    {
      const Token *owner = token_at (self, j - 1);
      gint quote;

      if (owner != NULL && owner->kind == TOKEN_WORD && owner->run >= 0 &&
          run_at (self, owner->run)->possessive)
        return (Subject) { SUBJECT_RUN, owner->run, -1, 0 };
      quote = quote_of_statement (self, (guint)j);
      if (quote >= 0)
        return (Subject) { SUBJECT_QUOTE_SPEAKER, -1, -1, (guint)quote };
    }

  if (token_is_punct (token, ','))
    return find_appositive_subject (self, j, lower_bound);

  if (token_has (token, WORD_CONJUNCTION))
    return find_sentence_subject (self, sentence_start (self, verb), (guint)j);

  if (token_has (token, WORD_PASSIVE))
    return (Subject) { SUBJECT_NONE, -1, -1, 0 };

  {
    gint organisation = spokesperson_of (self, j);

    if (organisation < 0)
      organisation = organisation_of_sentence_before (self, j);
    if (organisation >= 0)
      return (Subject) { SUBJECT_RUN, organisation, -1, 0 };
  }

  if (token->kind == TOKEN_WORD)
    {
      gint owner = owner_of_phrase (self, j, lower_bound);

      if (owner >= 0)
        return _nd_speaker_subject_of_run (self, owner);
      return (Subject) { SUBJECT_UNNAMED, -1, -1, 0 };
    }

  return (Subject) { SUBJECT_NONE, -1, -1, 0 };
}

/* Whether the token at @i is a word of a role before a name: "analyst", "23-year-old". */
static gboolean
is_role_word (const Attributor *self,
              guint             i)
{
  const Token *token = token_at (self, i);

  if (token_is_lower (token))
    return !(token->word_class & (WORD_STOP | WORD_PREPOSITION));

  return token != NULL && token->kind == TOKEN_WORD && (token->shape & SHAPE_DIGIT) &&
         self->chars[token->end - 1] != 's';
}

/* "the Southwest Research Institute's Alan Stern", "the spokeswoman, Hua Chunying":
 * where the name after "the" at @j starts, or @j when there is none. */
static guint
skip_the_role (const Attributor *self,
               guint             j)
{
  const Token *token = token_at (self, (gint64)j + 1);
  guint k = j + 1;

  if (!_nd_speaker_token_is_word (token_at (self, j), self->chars, "the") || token == NULL)
    return j;

  if (token->kind == TOKEN_WORD && token->run >= 0 && run_at (self, token->run)->possessive &&
      run_at (self, token->run)->title_first == k)
    return run_at (self, token->run)->last + 1;

  for (guint skipped = 0; skipped < ROLE_WORDS && token_is_lower (token_at (self, k)) &&
       (token_at (self, k)->word_class & (WORD_TITLE | WORD_PERSON_NOUN)); skipped++)
    k++;
  if (k > j + 1 && token_is_punct (token_at (self, k), ','))
    return k + 1;

  return j;
}

/* "SpaceX founder Elon Musk", "Harare resident Clinton Mandioper": the name after @run
 * and a role, or -1. */
static gint
name_after_role (const Attributor *self,
                 const Run        *run)
{
  guint k = run->last + 1;
  const Token *token;

  while (token_is_lower (token_at (self, k)) &&
         (token_at (self, k)->word_class & (WORD_TITLE | WORD_PERSON_NOUN)) &&
         k < run->last + 1 + ROLE_WORDS)
    k++;
  token = token_at (self, k);
  if (k == run->last + 1 || token == NULL || token->kind != TOKEN_WORD || token->run < 0 ||
      run_at (self, token->run)->title_first != k)
    return -1;

  return token->run;
}

/* Whether the token at @i starts the sentence that starts at @lower_bound or follows a
 * comma: "A couple of days later, Portnow walked back ...". */
static gboolean
opens_clause (const Attributor *self,
              guint             i,
              guint             lower_bound)
{
  return i == lower_bound || token_is_punct (token_at (self, (gint64)i - 1), ',');
}

/* "Ortiz's remarks came as Lee declined an invitation, saying": a name right after
 * a word that opens a clause, whose subject it is. */
static gboolean
follows_subordinator (const Attributor *self,
                      const Run        *run)
{
  static const char * const subordinators[] = {
    "as", "when", "while", "after", "before", "because", "since", "until", "although",
    "though", NULL,
  };
  const Token *before = token_at (self, (gint64)run->title_first - 1);

  return token_is_lower (before) && _nd_speaker_token_is_one_of (before, self->chars, subordinators);
}

/* Where the role words in front of @run begin: "Holt’s personal lawyer John Reed", "The
 * lawyer John Reed" open with the possessive name or "the" before a lower-case role (at
 * most ROLE_WORDS words, the last a title); else @run's own first token. */
static guint
role_phrase_start (const Attributor *self,
                   const Run        *run)
{
  gint64 i = (gint64)run->title_first - 1;
  const Token *token;

  if (!token_is_lower (token_at (self, i)) || !token_has (token_at (self, i), WORD_TITLE))
    return run->title_first;
  while (run->title_first - i <= ROLE_WORDS && token_is_lower (token_at (self, i - 1)) &&
         !token_has (token_at (self, i - 1), WORD_STOP))
    i--;
  token = token_at (self, i - 1);
  if (_nd_speaker_token_is_word (token, self->chars, "the"))
    return (guint)i - 1;
  if (token != NULL && token->kind == TOKEN_WORD && token->run >= 0 &&
      run_at (self, token->run)->possessive && run_at (self, token->run)->last == i - 1)
    return run_at (self, token->run)->title_first;

  return run->title_first;
}

/* "the HR warning", "a Trump posting": a short name without a title between an article
 * and a word that may be a noun or a participle is used as an adjective; the word is a
 * noun, and the name says nothing of who speaks. ("the UN Nikki Haley declaring" is a
 * person's name after a role's.) */
static gboolean
is_noun_modifier (const Attributor *self,
                  const Run        *run)
{
  const Token *before = token_at (self, (gint64)run->title_first - 1);

  return !run->titled && run->last - run->title_first < 2 &&
         (token_has (before, WORD_INDEFINITE) ||
          _nd_speaker_token_is_word (before, self->chars, "the"));
}

/* "reportedly", "allegedly": an adverb of more than three letters in -ly. */
static gboolean
is_ly_adverb (const Attributor *self,
              const Token      *token)
{
  return token_is_lower (token) && token->end - token->start > 4 &&
         self->chars[token->end - 1] == 'y' && self->chars[token->end - 2] == 'l';
}

/* "Pat Rooke, 72, described the scene as ..., adding:", "Mr. Netanyahu rejected the
 * criticism, saying in a statement,": the subject of the sentence a participle after a
 * comma at @participle belongs to, a name or a pronoun only. */
Subject
_nd_speaker_find_participle_subject (const Attributor *self,
                                     guint             participle,
                                     guint             lower_bound)
{
  Subject subject;
  const Token *before = token_at (self, (gint64)participle - 1);

  /* "with CEO Steve Mollenkopf arguing last year that", but not "the HR warning". */
  if (before != NULL && before->kind == TOKEN_WORD && before->run >= 0 &&
      run_at (self, before->run)->last == participle - 1)
    {
      const Run *run = run_at (self, before->run);

      if (run->possessive || run->organisation || is_noun_modifier (self, run))
        return (Subject) { SUBJECT_NONE, -1, -1, 0 };
      return _nd_speaker_subject_of_run (self, before->run);
    }

  /* "..., reportedly writing in a text:" */
  if (is_ly_adverb (self, before) && participle >= 2)
    {
      participle--;
      before = token_at (self, (gint64)participle - 1);
    }
  if (!token_is_punct (before, ','))
    return (Subject) { SUBJECT_NONE, -1, -1, 0 };

  /* "The Prime Minister's Bureau rejected any claims ..., stating": an organisation that
   * opens the sentence, which find_sentence_subject() leaves to "it". */
  {
    guint first = lower_bound;
    const Token *token;

    if (_nd_speaker_token_is_word (token_at (self, first), self->chars, "the"))
      first++;
    token = token_at (self, first);
    if (first < participle && token->kind == TOKEN_WORD && token->run >= 0 &&
        run_at (self, token->run)->title_first == first &&
        run_at (self, token->run)->organisation && !run_at (self, token->run)->possessive)
      return (Subject) { SUBJECT_RUN, token->run, -1, 0 };
  }

  subject = find_sentence_subject (self, lower_bound, participle);
  /* Not "Word of the seizure emerged ..., warning", nor a dateline's place. */
  if (subject.kind == SUBJECT_RUN &&
      (!(opens_clause (self, role_phrase_start (self, run_at (self, subject.run)), lower_bound) ||
         follows_subordinator (self, run_at (self, subject.run))) ||
       !_nd_speaker_entity_is_person (self, _nd_speaker_run_fullest (self, subject.run))))
    return (Subject) { SUBJECT_NONE, -1, -1, 0 };
  if (subject.kind == SUBJECT_PRONOUN && !opens_clause (self, subject.token, lower_bound))
    return (Subject) { SUBJECT_NONE, -1, -1, 0 };

  return subject;
}

/* The subject after the verb at @verb: said Regina Osei / said postdoctoral researcher
 * Eduardo Guerras / said one fisherman / asks Mr. Hemsworth's Norse god / said SpaceX
 * founder Elon Musk / said the spokeswoman, Hua Chunying. */
/* "said a city hall spokesman, Paul Dent.", "said the spokeswoman, Hua Chunying,",
 * "said the statement from Ward's lawyer, Sam Kinney.": after the verb at @verb,
 * "a", "an" or "the", a role of at most six words (lower-case words, prepositions and
 * names, the last a role or a word for a person), a comma, then a name that ends the
 * sentence or the clause. That name's run, else -1. */
static gint
name_after_role_phrase (const Attributor *self,
                        guint             verb)
{
  static const char * const articles[] = { "a", "an", "the", NULL };
  guint k = verb + 2;
  const Token *last_word = NULL;
  const Token *token;
  const Run *run;

  if (!_nd_speaker_token_is_one_of (token_at (self, (gint64)verb + 1), self->chars, articles))
    return -1;
  for (; k < verb + 8; k++)
    {
      token = token_at (self, k);
      /* "said the statement from Ward's lawyer, Sam Kinney." */
      if (token == NULL || token->kind != TOKEN_WORD ||
          (token_is_lower (token) && (token->word_class & (WORD_STOP | WORD_SPEECH)) &&
           !(token->word_class & WORD_PREPOSITION)))
        break;
      last_word = token;
    }
  if (last_word == NULL || !token_is_lower (last_word) ||
      !(last_word->word_class & (WORD_TITLE | WORD_PERSON_NOUN)) ||
      !token_is_punct (token_at (self, k), ','))
    return -1;
  token = token_at (self, (gint64)k + 1);
  if (token == NULL || token->kind != TOKEN_WORD || token->run < 0)
    return -1;
  run = run_at (self, token->run);
  if (run->title_first != k + 1 || run->possessive || run->organisation)
    return -1;
  token = token_at (self, (gint64)run->last + 1);
  if (token != NULL && token->kind != TOKEN_BREAK && !token_is_punct (token, ',') &&
      !(token->kind == TOKEN_PUNCT && nd_char_is_sentence_end (token->punct)))
    return -1;

  return token_at (self, (gint64)k + 1)->run;
}

Subject
_nd_speaker_find_subject_after (const Attributor *self,
                                guint             verb)
{
  guint j = verb + 1;
  const Token *token = token_at (self, j);

  if (token == NULL)
    return (Subject) { SUBJECT_NONE, -1, -1, 0 };

  if (token->kind == TOKEN_WORD && (token->word_class & (WORD_HE | WORD_SHE | WORD_THEY)))
    return (Subject) { SUBJECT_PRONOUN, -1, -1, j };

  {
    gint named = name_after_role_phrase (self, verb);

    if (named >= 0)
      return _nd_speaker_subject_of_run (self, named);
  }

  /* "said the Trump campaign" */
  if (_nd_speaker_token_is_word (token, self->chars, "the") && token_at (self, (gint64)j + 1) != NULL &&
      token_at (self, (gint64)j + 1)->run >= 0)
    {
      gint run = token_at (self, (gint64)j + 1)->run;
      const Token *noun = token_at (self, (gint64)run_at (self, run)->last + 1);

      if (is_campaign_noun (self, noun) && campaign_name_at (self, run_at (self, run)->last) == run)
        return (Subject) { SUBJECT_CAMPAIGN, run, -1, run_at (self, run)->last + 1 };
    }

  j = skip_the_role (self, j);
  for (guint skipped = 0; skipped < ROLE_WORDS && is_role_word (self, j); skipped++)
    j++;
  /* "“...,” said the European Commission", "reports the Federal Trade Commission": an
   * organisation credited by its name after "the" (not "according to the police", which
   * only passes the words on). */
  if (!_nd_speaker_token_is_word (token_at (self, verb), self->chars, "to") &&
      _nd_speaker_token_is_word (token_at (self, j), self->chars, "the") &&
      token_at (self, (gint64)j + 1) != NULL && token_at (self, (gint64)j + 1)->run >= 0 &&
      run_at (self, token_at (self, (gint64)j + 1)->run)->title_first == j + 1 &&
      run_at (self, token_at (self, (gint64)j + 1)->run)->organisation)
    j++;
  token = token_at (self, j);

  /* "“...,” said the senator." */
  if (_nd_speaker_token_is_word (token_at (self, verb + 1), self->chars, "the"))
    {
      guint k = verb + 2;

      while (k < verb + 2 + ROLE_WORDS && token_is_lower (token_at (self, k)) &&
             token_has (token_at (self, k), WORD_TITLE))
        k++;
      /* Not "said the spokeswoman, Hua Chunying" */
      if (k > verb + 2 && (token_at (self, k) == NULL ||
                           (token_at (self, k)->run < 0 && !token_is_punct (token_at (self, k), ','))))
        return _nd_speaker_resolve_role (self, verb + 2, k - 1, verb);
    }

  if (token != NULL && token->kind == TOKEN_WORD && token->run >= 0 &&
      run_at (self, token->run)->title_first == j)
    {
      const Run *run = run_at (self, token->run);
      const Token *after = token_at (self, (gint64)run->last + 1);
      gint named = name_after_role (self, run);

      if (named >= 0 && !run_at (self, named)->possessive)
        {
          run = run_at (self, named);
          token = token_at (self, run->title_first);
          after = token_at (self, (gint64)run->last + 1);
        }

      /* "according to British press reports": a name used as an adjective ("said Stern
       * while driving" is not one). */
      if (run->possessive || (token_is_lower (after) && !(after->word_class & WORD_STOP)))
        return (Subject) { SUBJECT_UNNAMED, -1, -1, 0 };

      /* "said Rao and Collins" */
      if (after != NULL && _nd_speaker_token_is_word (after, self->chars, "and"))
        {
          const Token *second = token_at (self, (gint64)run->last + 2);

          if (second != NULL && second->run >= 0 &&
              _nd_speaker_pair_partner (self, run_at (self, second->run)) == token->run)
            return (Subject) { SUBJECT_PAIR, second->run, token->run, 0 };
        }
      return (Subject) { SUBJECT_RUN, token->run, -1, 0 };
    }

  return (Subject) { SUBJECT_UNNAMED, -1, -1, 0 };
}

/* Who the verb at @verb says is speaking: after it when it follows a comma or a
 * quotation ("..., said Scott LaFoy" rather than "While Kim is keen ..."), else before
 * it ("Haynes called Plemons ...": the name after is who was spoken to or of). */
Subject
_nd_speaker_find_speaker_of_verb (const Attributor *self,
                                  guint             verb,
                                  guint             lower_bound)
{
  const Token *before = token_at (self, (gint64)verb - 1);
  Subject subject = { SUBJECT_NONE, -1, -1, 0 };

  if ((token_is_punct (before, ',') || (before != NULL && before->kind == TOKEN_QUOTE)) &&
      !token_has (token_at (self, verb), WORD_TAKES_OBJECT))
    subject = _nd_speaker_find_subject_after (self, verb);
  if (subject.kind != SUBJECT_RUN && subject.kind != SUBJECT_PAIR)
    subject = _nd_speaker_find_subject_before (self, verb, lower_bound);

  return subject;
}

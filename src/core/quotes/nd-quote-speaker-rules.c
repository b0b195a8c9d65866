/* nd-quote-speaker-rules.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The rules that pick the speaker of a quotation, in the order tried (see the comment at
 * the top of nd-quote-speaker.c). */

#define G_LOG_DOMAIN "nd-quote-speaker"

#include "config.h"

#include "quotes/nd-quote-speaker-private.h"
#include "util/nd-chars.h"

static gboolean
is_according_to (const Attributor *self,
                 guint             i)
{
  return _nd_speaker_token_is_word (token_at (self, i), self->chars, "according") &&
         _nd_speaker_token_is_word (token_at (self, (gint64)i + 1), self->chars, "to");
}

/* "according to a statement from Senate Majority Leader Mitch McConnell", "according to
 * the statement released by his office": after "to" at @to, an article, a statement's
 * noun, perhaps a participle in -ed, and "from" or "by": that word, after which the
 * source is named; else @to. */
static guint
statement_source (const Attributor *self,
                  guint             to)
{
  static const char * const articles[] = { "a", "an", "the", NULL };
  guint k = to + 1;
  const Token *token;

  if (!_nd_speaker_token_is_one_of (token_at (self, k), self->chars, articles) ||
      !token_has (token_at (self, (gint64)k + 1), WORD_STATEMENT))
    return to;
  k += 2;
  token = token_at (self, k);
  if (token_is_lower (token) && token->end - token->start > 3 &&
      self->chars[token->end - 2] == 'e' && self->chars[token->end - 1] == 'd')
    token = token_at (self, ++k);
  if (_nd_speaker_token_is_word (token, self->chars, "from") ||
      _nd_speaker_token_is_word (token, self->chars, "by"))
    return k;

  return to;
}

static gboolean
is_subordinator (const Attributor *self,
                 const Token      *token)
{
  static const char * const words[] = {
    "when", "while", "because", "although", "if", "unless", "until", NULL,
  };

  return token_is_lower (token) && _nd_speaker_token_is_one_of (token, self->chars, words);
}

/* The name whose first token (titles included) is token @i, or -1. */
static gint
name_opening_at (const Attributor *self,
                 guint             i)
{
  const Token *token = token_at (self, i);

  if (token == NULL || token->kind != TOKEN_WORD || token->run < 0 ||
      run_at (self, token->run)->title_first != i)
    return -1;

  return token->run;
}

/* How far the words that only say where, when or to whom may run after the verb:
 * "said at a news conference with Senator Tom Ross of Ohio, the Republican leader." */
#define SETTING_WORDS 16

/* Whether the words after the verb at @verb, to the end of its sentence, only say where,
 * when or to whom: "Bezos wrote via Twitter.", "Trump told reporters on Monday.". Not
 * another clause ("Smith said on Monday the deal was done", "Smith said he agreed"): no
 * pronoun, verb-like auxiliary, "that", quotation or word of saying, and words in lower
 * case only as prepositions, articles, the one object of "told" or "asked", up to three
 * words of a preposition's object ("in a statement", "on her Facebook page") or a
 * participle in -ed right after a statement's noun ("in a letter delivered Tuesday"). */
static gboolean
ends_with_setting (const Attributor *self,
                   guint             verb)
{
  static const char * const articles[] = { "the", "a", "an", NULL };
  static const char * const possessives[] = { "his", "her", "its", "their", "our", NULL };
  guint nouns = 0;       /* words in lower case since the last preposition */
  gboolean after_preposition = FALSE;

  for (guint k = verb + 1; k <= verb + SETTING_WORDS; k++)
    {
      const Token *token = token_at (self, k);

      if (token == NULL || token->kind == TOKEN_BREAK)
        return TRUE;
      if (token->kind == TOKEN_PUNCT)
        {
          if (nd_char_is_sentence_end (token->punct))
            return TRUE;
          if (token->punct != ',')
            return FALSE;
          continue;
        }
      /* "Lee wrote in a letter delivered Tuesday.", "in a statement posted online": a
       * participle that says which statement. */
      if (token_is_lower (token) && token_has (token_at (self, (gint64)k - 1), WORD_STATEMENT) &&
          token->end - token->start > 3 && self->chars[token->end - 2] == 'e' &&
          self->chars[token->end - 1] == 'd')
        continue;
      /* "in his statement", "on her Facebook page" */
      if (after_preposition && nouns == 0 && _nd_speaker_token_is_one_of (token, self->chars, possessives))
        continue;
      if (token->kind != TOKEN_WORD ||
          (token->word_class & (WORD_HE | WORD_SHE | WORD_THEY | WORD_IT | WORD_SPEECH |
                                WORD_PARTICIPLE | WORD_AUXILIARY | WORD_PASSIVE |
                                WORD_CONJUNCTION)))
        return FALSE;
      if (token_has (token, WORD_PREPOSITION))
        {
          after_preposition = TRUE;
          nouns = 0;
          continue;
        }
      if (!token_is_lower (token) || _nd_speaker_token_is_one_of (token, self->chars, articles))
        continue;
      if (k == verb + 1 && token_has (token_at (self, verb), WORD_TAKES_OBJECT))
        continue;
      /* "said in a statement.", "wrote in a letter to the committee.": the few words of
       * a preposition's object (not "that" or another function word). */
      if (after_preposition && nouns < 3 && !token_has (token, WORD_STOP))
        {
          nouns++;
          continue;
        }
      return FALSE;
    }

  return FALSE;
}

/* Only a bare "Black Panther growls." may follow a quotation at token @q that ends a
 * sentence, or one that only adds where, when or to whom ("Bezos wrote via Twitter.");
 * @i is the first token after it. */
static void
attribute_bare_name_verb (Attributor *self,
                          guint       q,
                          guint       i,
                          Decision   *decision)
{
  gint name = name_opening_at (self, i);
  const Token *after;
  const Run *run;
  Subject subject;

  if (name < 0)
    return;
  run = run_at (self, name);
  if (!is_tail_verb (token_at (self, (gint64)run->last + 1)))
    return;
  after = token_at (self, (gint64)run->last + 2);
  if (after != NULL && after->kind == TOKEN_WORD && !ends_with_setting (self, run->last + 1))
    return;
  subject = _nd_speaker_subject_of_run (self, name);
  self->consumed[run->last + 1] = token_at (self, q)->quote + 1;
  _nd_speaker_resolve_subject (self, &subject, decision);
}

/* The verb of saying at token @j, in the words that follow the quotation at token @q from
 * token @i: its subject said the words, unless the verb starts a clause of its own or only
 * passes the words on. */
static void
attribute_tail_verb (Attributor *self,
                     guint       q,
                     guint       i,
                     guint       j,
                     Decision   *decision)
{
  const Token *token = token_at (self, j);
  Subject subject;

  /* "calling him "old" and said he would ...": a clause of its own. */
  if (token_has (token_at (self, (gint64)j - 1), WORD_CONJUNCTION))
    return;
  subject = _nd_speaker_find_subject_before (self, j, i);
  if (subject.kind == SUBJECT_NONE)
    return;
  /* "“...,” that confirmed the raids": a clause about the words, which leaves who said
   * them to the sentence before. */
  if (subject.kind == SUBJECT_UNNAMED && j == i + 1 &&
      (_nd_speaker_token_is_word (token_at (self, i), self->chars, "that") ||
       _nd_speaker_token_is_word (token_at (self, i), self->chars, "which")))
    return;
  /* "“...”, South Korea's Yonhap news agency reported": who passed the words on, not who
   * said them; the sentence before the quotation may say. */
  if (subject.kind == SUBJECT_UNNAMED &&
      (_nd_speaker_token_is_word (token, self->chars, "reported") ||
       _nd_speaker_token_is_word (token, self->chars, "reports")))
    return;
  /* "The test was acclaimed as an “incredible accomplishment,” Reuters reported": words
   * inside a sentence that a paper or an agency reports were someone else's, whom the
   * sentence may not name. */
  if (subject.kind == SUBJECT_RUN && sentence_start (self, q) != q &&
      (_nd_speaker_token_is_word (token, self->chars, "reported") ||
       _nd_speaker_token_is_word (token, self->chars, "reports")))
    return;
  self->consumed[j] = token_at (self, q)->quote + 1;
  _nd_speaker_resolve_subject (self, &subject, decision);
}

/* "KCNA quoted Kim as saying": the name after "quoted" at token @i said the words, when
 * "as" and a participle of saying follow it; else -1. */
static gint
quoted_as_saying (const Attributor *self,
                  guint             i)
{
  gint name;
  const Run *run;

  if (!_nd_speaker_token_is_word (token_at (self, i), self->chars, "quoted"))
    return -1;
  name = name_opening_at (self, i + 1);
  if (name < 0)
    return -1;
  run = run_at (self, name);
  if (run->possessive || run->organisation ||
      !_nd_speaker_token_is_word (token_at (self, (gint64)run->last + 1), self->chars, "as") ||
      !token_has (token_at (self, (gint64)run->last + 2), WORD_PARTICIPLE))
    return -1;

  return name;
}

/* Whether a name opens at token @i and speaks right after it ("McConnell said"). */
static gboolean
opens_speaking_clause (const Attributor *self,
                       guint             i)
{
  gint name = name_opening_at (self, i);

  return name >= 0 && is_tail_verb (token_at (self, (gint64)run_at (self, name)->last + 1));
}

/* "“...,” a spokesman for the Foreign Ministry, Geng Shuang, said", "“...,” Japan’s
 * Ambassador to the United Nations, Koro Bessho, told reporters": a role phrase from
 * token @i, then a name between commas and a verb of saying right after: how many tokens
 * the words after the quotation are looked at for their verb, else @window. */
static guint
role_then_name_window (const Attributor *self,
                       guint             i,
                       guint             window)
{
  for (guint j = i + 1; j < i + APPOSITIVE_WINDOW; j++)
    {
      const Token *token = token_at (self, j);
      gint name;

      if (token == NULL || token->kind == TOKEN_QUOTE || token->kind == TOKEN_BREAK ||
          (token->kind == TOKEN_PUNCT && token->punct != ','))
        return window;
      if (!token_is_punct (token, ','))
        continue;
      name = name_opening_at (self, j + 1);
      if (name < 0)
        return window;
      j = run_at (self, name)->last + 1;
      if (!token_is_punct (token_at (self, j), ',') || !is_tail_verb (token_at (self, (gint64)j + 1)))
        return window;
      return j + 2 - i;
    }

  return window;
}

/* "“...,” the columnist Rita Vance, who has urged him to keep his pledge, wrote":
 * from the article at token @i, a few role words in lower case (the last a role), a name,
 * a comma and "who": the verb may stand after a clause between commas, as after a bare
 * name (tail_window ()); else @window. */
static guint
role_name_who_window (const Attributor *self,
                      guint             i,
                      guint             window)
{
  guint j = i + 1;
  gint name;

  while (j < i + 1 + ROLE_WORDS && token_is_lower (token_at (self, j)) &&
         !token_has (token_at (self, j), WORD_STOP | WORD_SPEECH))
    j++;
  if (j == i + 1 || !token_has (token_at (self, (gint64)j - 1), WORD_TITLE))
    return window;
  name = name_opening_at (self, j);
  if (name < 0 || run_at (self, name)->possessive ||
      !token_is_punct (token_at (self, (gint64)run_at (self, name)->last + 1), ',') ||
      !_nd_speaker_token_is_word (token_at (self, (gint64)run_at (self, name)->last + 2),
                                  self->chars, "who"))
    return window;

  return MAX (window, APPOSITIVE_WINDOW);
}

/* "“...,” missile expert David Wright of the Union of Concerned Scientists said": from
 * token @i, a name (after at most a few words of its role), "of", "at" or "from" and an
 * organisation's name (at most three of these), then a verb of saying, or a comma that
 * opens a role between commas: how many tokens the words after the quotation are looked
 * at for their verb, else @window. */
static guint
name_of_organisation_window (const Attributor *self,
                             guint             i,
                             guint             window)
{
  static const char * const prepositions[] = { "of", "at", "from", NULL };
  guint j = i;
  gint name;

  while (j < i + ROLE_WORDS && token_is_lower (token_at (self, j)) &&
         !token_has (token_at (self, j), WORD_STOP | WORD_SPEECH))
    j++;
  name = name_opening_at (self, j);
  if (name < 0 || run_at (self, name)->possessive)
    return window;
  /* "of the Union of Concerned Scientists": up to three organisations' names. */
  for (guint hops = 0; hops < 3; hops++)
    {
      j = run_at (self, name)->last + 1;
      if (hops > 0 && is_tail_verb (token_at (self, j)))
        return MAX (window, j + 1 - i);
      /* "“...,” Senator Ann Lee of Ohio, the top Republican on the committee, said": a
       * role between commas after the place, as after a bare name (tail_window ()). */
      if (hops > 0 && token_is_punct (token_at (self, j), ','))
        return MAX (window, APPOSITIVE_WINDOW);
      if (!_nd_speaker_token_is_one_of (token_at (self, j), self->chars, prepositions))
        return window;
      j++;
      if (_nd_speaker_token_is_word (token_at (self, j), self->chars, "the"))
        j++;
      name = name_opening_at (self, j);
      if (name < 0)
        return window;
    }

  return window;
}

/* How far after the quotation at the token @i the speaker may stand: further past a role
 * between commas ("“...,” Saeb Erekat, the secretary general of the Palestine Liberation
 * Organization, said"), a role before a name or an organisation's long name. */
static guint
tail_window (Attributor *self,
             guint       i)
{
  const Token *token = token_at (self, i);

  if (token->kind == TOKEN_WORD && token->run >= 0 &&
      token_is_punct (token_at (self, (gint64)run_at (self, token->run)->last + 1), ','))
    return APPOSITIVE_WINDOW;
  if (token_has (token, WORD_INDEFINITE) || _nd_speaker_token_is_word (token, self->chars, "the") ||
      (token->kind == TOKEN_WORD && token->run >= 0 && run_at (self, token->run)->possessive))
    return role_name_who_window (self, i, role_then_name_window (self, i, TAIL_WINDOW));
  if (token->kind == TOKEN_WORD)
    return name_of_organisation_window (self, i, TAIL_WINDOW);

  return TAIL_WINDOW;
}

/* "Dmitry Peskov was quoted by Tass news agency as saying": "was quoted" at token @j,
 * then, in the same sentence, "as" and a participle of saying. */
static gboolean
is_passive_quoted (const Attributor *self,
                   guint             j)
{
  static const char * const be[] = { "was", "were", "is", NULL };

  if (!_nd_speaker_token_is_one_of (token_at (self, j), self->chars, be) ||
      !_nd_speaker_token_is_word (token_at (self, (gint64)j + 1), self->chars, "quoted"))
    return FALSE;

  for (guint k = j + 2; k < j + 2 + TAIL_WINDOW; k++)
    {
      const Token *token = token_at (self, k);

      if (token == NULL || token->kind == TOKEN_QUOTE || token->kind == TOKEN_BREAK ||
          (token->kind == TOKEN_PUNCT && nd_char_is_sentence_end (token->punct)))
        return FALSE;
      if (_nd_speaker_token_is_word (token, self->chars, "as"))
        return token_has (token_at (self, (gint64)k + 1), WORD_PARTICIPLE);
    }

  return FALSE;
}

/* "“no surprise” given his 2016 campaign promises", "“...” after her remarks": the word
 * of saying at @verb ends a phrase that a preposition opens after the quotation (from
 * @i), with no name, pronoun or punctuation between: a noun, not the verb of a subject. */
static gboolean
in_prepositional_phrase (const Attributor *self,
                         guint             i,
                         guint             verb)
{
  for (guint k = verb; k > i; k--)
    {
      const Token *token = token_at (self, k - 1);

      if (token->kind != TOKEN_WORD || token->run >= 0 || !(token->shape & (SHAPE_LOWER | SHAPE_DIGIT)) ||
          (token->word_class & (WORD_HE | WORD_SHE | WORD_THEY | WORD_IT | WORD_TITLE |
                                WORD_PERSON_NOUN | WORD_SPEECH | WORD_PARTICIPLE)))
        return FALSE;
      if ((token->word_class & WORD_PREPOSITION) ||
          _nd_speaker_token_is_word (token, self->chars, "given"))
        return TRUE;
    }

  return FALSE;
}

/* Whether the token @j is a full stop between a word and a lower-case word with no space
 * on either side: "VoteNow.org", "Cleveland.com". */
static gboolean
is_glued_dot (const Attributor *self,
              guint             j)
{
  const Token *token = token_at (self, j);
  const Token *before = token_at (self, (gint64)j - 1);
  const Token *after = token_at (self, (gint64)j + 1);

  return token_is_punct (token, '.') && before != NULL && before->kind == TOKEN_WORD &&
         before->end == token->start && token_is_lower (after) && after->start == token->end;
}

/* Rule 1 from the token @i on, for @window tokens: the verb of saying, "according to", "quoted
 * X as saying", and where a clause of its own or a sentence end stops the search. */
static void
attribute_in_tail_window (Attributor *self,
                          guint       q,
                          guint       i,
                          guint       window,
                          Decision   *decision)
{
  const Token *token;
  Subject subject;

  for (guint j = i; j < i + window; j++)
    {
      token = token_at (self, j);
      /* "VoteNow.org Political Action Executive Director Carla Gomez said": a site's
       * name, not a sentence's end. */
      if (is_glued_dot (self, j))
        continue;
      /* "“...” line is a nod to Paltrow; she announced": a clause of its own. */
      if (token == NULL || token->kind == TOKEN_QUOTE || token->kind == TOKEN_BREAK ||
          (token->kind == TOKEN_PUNCT &&
           (nd_char_is_sentence_end (token->punct) || token->punct == ':' || token->punct == ';')))
        return;

      /* "according to chief executive Dana Kowalczyk"; "according to Cleveland.com" or
       * "according to police" only passes the words on, and leaves who said them to the
       * sentence before the quotation ("Li wrote in a text: “...,” according to ..."). */
      if (is_according_to (self, j))
        {
          subject = _nd_speaker_find_subject_after (self, statement_source (self, j + 1));
          if (subject.kind == SUBJECT_UNNAMED)
            return;
          _nd_speaker_resolve_subject (self, &subject, decision);
          return;
        }

      /* "“...” when asked why Lorde did not perform": a clause about the words, with no
       * subject of its own; the sentence before the quotation says who spoke. (Not
       * "“...” when he visited, Mr. Trump said".) */
      if (is_subordinator (self, token) &&
          (is_tail_verb (token_at (self, (gint64)j + 1)) ||
           token_has (token_at (self, (gint64)j + 1), WORD_PARTICIPLE)))
        return;

      if (is_tail_verb (token) && !in_prepositional_phrase (self, i, j))
        {
          attribute_tail_verb (self, q, i, j, decision);
          return;
        }

      /* "“...,” Kremlin spokesman Dmitry Peskov was quoted by Tass as saying": who was
       * quoted said the words, not who quoted him. */
      if (is_passive_quoted (self, j))
        {
          subject = _nd_speaker_find_subject_before (self, j, i);
          if (subject.kind == SUBJECT_RUN || subject.kind == SUBJECT_PAIR ||
              subject.kind == SUBJECT_PRONOUN)
            _nd_speaker_resolve_subject (self, &subject, decision);
          return;
        }

      if (quoted_as_saying (self, j) >= 0)
        {
          subject = _nd_speaker_subject_of_run (self, quoted_as_saying (self, j));
          _nd_speaker_resolve_subject (self, &subject, decision);
          return;
        }
      /* "the newspaper quoted him as saying": whom he or she stands for. */
      if (_nd_speaker_token_is_word (token, self->chars, "quoted") &&
          (_nd_speaker_token_is_word (token_at (self, (gint64)j + 1), self->chars, "him") ||
           _nd_speaker_token_is_word (token_at (self, (gint64)j + 1), self->chars, "her")) &&
          _nd_speaker_token_is_word (token_at (self, (gint64)j + 2), self->chars, "as") &&
          token_has (token_at (self, (gint64)j + 3), WORD_PARTICIPLE))
        {
          subject = (Subject) { SUBJECT_PRONOUN, -1, -1, j + 1 };
          _nd_speaker_resolve_subject (self, &subject, decision);
          return;
        }
    }
}

/* Rule 1: the words after the quotation at token @q. */
static void
attribute_from_tail (Attributor *self,
                     guint       q,
                     Decision   *decision)
{
  guint i = q + 1;
  const Token *token;
  Subject subject;

  /* A comma outside the marks, or a stray second mark: 'it probably is,'' Fandal said */
  while ((token = token_at (self, i)) != NULL && token->kind == TOKEN_PUNCT &&
         (token->punct == ',' || token->punct == '\'' || token->punct == 0x2019 ||
          token->punct == '"' || token->punct == 0x201D))
    i++;

  if (token == NULL || token->kind == TOKEN_BREAK)
    return;

  if (_nd_speaker_ends_sentence (self, q))
    {
      attribute_bare_name_verb (self, q, i, decision);
      return;
    }

  if (is_tail_verb (token))
    {
      subject = _nd_speaker_find_subject_after (self, i);
      self->consumed[i] = token_at (self, q)->quote + 1;
      _nd_speaker_resolve_subject (self, &subject, decision);
      return;
    }

  /* "Pelosi called the bill “Armageddon,” while McConnell said it was ...": a clause of
   * its own, with its own speaker, opens right after the quotation (but "“...” when he
   * visited, Mr. Trump said" is Trump's). */
  if ((is_subordinator (self, token) || token_has (token, WORD_CONJUNCTION) ||
       _nd_speaker_token_is_word (token, self->chars, "whereas") ||
       _nd_speaker_token_is_word (token, self->chars, "though")) &&
      opens_speaking_clause (self, i + 1))
    return;

  attribute_in_tail_window (self, q, i, tail_window (self, i), decision);
}

/* Whether [@from, @to) names someone or joins a clause: "Thanos declares, and Disney
 * hopes fans will be “very happy”" is not Thanos's. */
static gboolean
starts_new_clause (const Attributor *self,
                   guint             from,
                   guint             to)
{
  for (guint k = from; k < to; k++)
    {
      const Token *token = token_at (self, k);

      if (token->kind == TOKEN_WORD &&
          (token->run >= 0 || (token->word_class & (WORD_CONJUNCTION | WORD_HE | WORD_SHE | WORD_THEY))))
        return TRUE;
    }

  return FALSE;
}

static gboolean
has_dash_between (const Attributor *self,
                  guint             from,
                  guint             to)
{
  for (guint k = from; k < to; k++)
    {
      const Token *between = token_at (self, k);

      if (between->kind == TOKEN_PUNCT && (between->punct == 0x2013 || between->punct == 0x2014))
        return TRUE;
    }

  return FALSE;
}

/* "“...,” Ford said, before adding", "Ford said, after again claiming": "before",
 * "after" or "while" (and "again", "then" or an adverb in -ly) between the participle at
 * @verb and a comma right after a verb of saying that attributed an earlier quotation to
 * someone named: that quotation's number, else -1. */
static gint
earlier_speaker_before_conjunction (const Attributor *self,
                                    guint             verb,
                                    guint             from)
{
  static const char * const conjunctions[] = { "before", "after", "while", NULL };
  static const char * const adverbs[] = { "again", "then", "later", NULL };
  gint64 k = (gint64)verb - 1;
  guint quote;

  while (k > (gint64)from && token_is_lower (token_at (self, k)) &&
         (_nd_speaker_token_is_one_of (token_at (self, k), self->chars, adverbs) ||
          (token_at (self, k)->end - token_at (self, k)->start > 4 &&
           self->chars[token_at (self, k)->end - 1] == 'y' &&
           self->chars[token_at (self, k)->end - 2] == 'l')))
    k--;
  if (k < (gint64)from + 2 || !_nd_speaker_token_is_one_of (token_at (self, k), self->chars, conjunctions) ||
      !token_is_punct (token_at (self, k - 1), ',') || self->consumed[k - 2] == 0)
    return -1;
  quote = self->consumed[k - 2] - 1;
  if (self->decisions[quote].kind != DECISION_FOUND)
    return -1;

  return (gint)quote;
}

/* A participle at @verb that carries its subject's words ("calling", "describing") in the
 * sentence before a quotation. Returns FALSE when it tells nothing, and the search goes on
 * further back. */
static gboolean
attribute_participle (Attributor *self,
                      guint       verb,
                      guint       from,
                      Decision   *decision)
{
  Subject subject;
  gint went_before = earlier_speaker_before_conjunction (self, verb, from);

  /* "“...,” Ford said, before adding, “...”", "..., before again claiming that Smith
   * “...”": the participle goes on with whoever said the quotation before it. */
  if (went_before >= 0)
    {
      _nd_speaker_decide (decision, DECISION_FOUND, self->decisions[went_before].speaker,
                          self->decisions[went_before].gender);
      return TRUE;
    }

  /* "Kim had insulted him by calling him "old"": whoever is calling, it is not the subject
   * of a verb further back. */
  if (token_has (token_at (self, (gint64)verb - 1), WORD_PREPOSITION))
    {
      _nd_speaker_decide (decision, DECISION_UNNAMED, NULL, 0);
      return TRUE;
    }
  /* "“...,” Trump said, calling the tests “a threat”": the participle goes with the verb
   * that attributed the quotation before it. */
  if (token_is_punct (token_at (self, (gint64)verb - 1), ',') &&
      verb >= from + 2 && self->consumed[verb - 2] != 0 &&
      self->decisions[self->consumed[verb - 2] - 1].kind == DECISION_FOUND)
    {
      const Decision *earlier = &self->decisions[self->consumed[verb - 2] - 1];

      _nd_speaker_decide (decision, DECISION_FOUND, earlier->speaker, earlier->gender);
      return TRUE;
    }
  subject = _nd_speaker_find_participle_subject (self, verb, from);
  if (subject.kind == SUBJECT_NONE)
    return FALSE;
  _nd_speaker_resolve_subject (self, &subject, decision);
  return TRUE;
}

/* "Peskov said the claims were “utter nonsense”": a word of saying after an article, a
 * possessive or "of" is a noun ("the claims", "his remarks", "Trump's threats"), not the
 * verb of a subject. */
static gboolean
is_noun_use (const Attributor *self,
             guint             i)
{
  static const char * const determiners[] = {
    "the", "his", "her", "its", "their", "our", "my", "your", "these", "those", "such", "of",
    NULL,
  };
  const Token *before = token_at (self, (gint64)i - 1);

  if (before == NULL || before->kind != TOKEN_WORD)
    return FALSE;

  return (before->word_class & WORD_INDEFINITE) || (before->shape & SHAPE_POSSESSIVE) ||
         _nd_speaker_token_is_one_of (before, self->chars, determiners);
}

/* Rule 2 (and 3, with @colon): the sentence before the quotation, [from, to). */
static void
attribute_from_lead (Attributor *self,
                     guint       from,
                     guint       to,
                     gboolean    colon,
                     Decision   *decision)
{
  from = look_back_bound (from, to);

  for (guint v = to; v > from; v--)
    {
      guint verb = v - 1;
      const Token *token = token_at (self, verb);
      Subject subject;

      if (is_according_to (self, verb))
        {
          subject = _nd_speaker_find_subject_after (self, statement_source (self, verb + 1));
          _nd_speaker_resolve_subject (self, &subject, decision);
          return;
        }

      /* "Despite saying that Mr. Xi “treated me better”, Mr. Trump said that “they
       * have to help”: a verb that attributed a quotation before it in the sentence
       * attributes this one too. */
      if (self->consumed[verb] != 0 && !colon)
        {
          const Decision *earlier = &self->decisions[self->consumed[verb] - 1];

          /* ... and when it gave that one to someone unnamed ("“duck and cover” as
           * furious Americans vowed an “ironclad” response"), this one is theirs too, not
           * the subject of a verb further back. */
          if (earlier->kind != DECISION_NONE &&
              self->quote_token[self->consumed[verb] - 1] >= from &&
              !starts_new_clause (self, verb + 1, to))
            {
              _nd_speaker_decide (decision, earlier->kind, earlier->speaker, earlier->gender);
              return;
            }
          continue;
        }

      if (!token_has (token, WORD_SPEECH | WORD_PARTICIPLE) || !token_is_lower (token) ||
          token_has (token, WORD_TAIL_ONLY) || is_noun_use (self, verb))
        continue;

      /* An aside between dashes after the verb is not the subject's: Halloran said the
       * first review's central finding – that "..." – would be tested first. */
      if (!colon && has_dash_between (self, verb + 1, to))
        {
          _nd_speaker_decide (decision, DECISION_UNNAMED, NULL, 0);
          return;
        }

      /* "The lab was launched in 2011 and described as a “potent political symbol”": with
       * "as" right after it, such a verb is passive, and nobody named says the words. */
      if (token_has (token, WORD_NAMES_AS) &&
          _nd_speaker_token_is_word (token_at (self, (gint64)verb + 1), self->chars, "as"))
        {
          _nd_speaker_decide (decision, DECISION_UNNAMED, NULL, 0);
          return;
        }

      if (token->word_class & WORD_PARTICIPLE && !(token->word_class & WORD_SPEECH))
        {
          if (attribute_participle (self, verb, from, decision))
            return;
          continue;
        }

      subject = _nd_speaker_find_subject_before (self, verb, from);
      if (subject.kind == SUBJECT_NONE)
        continue;
      _nd_speaker_resolve_subject (self, &subject, decision);
      return;
    }
}

/* "Asked by one of her aides, “Is this final?” Mr. Marsh replied": a quotation in a
 * sentence that opens with "Asked by" and a comma before it is the asker's question, not
 * the words of whoever answers: a named asker's, else someone's the article does not
 * name. */
static void
attribute_to_asker (Attributor *self,
                    guint       start,
                    guint       q,
                    Decision   *decision)
{
  const Token *asker = token_at (self, (gint64)start + 2);

  if (q < start + 4 || !_nd_speaker_token_is_word (token_at (self, start), self->chars, "asked") ||
      !_nd_speaker_token_is_word (token_at (self, (gint64)start + 1), self->chars, "by") ||
      !token_is_punct (token_at (self, (gint64)q - 1), ','))
    return;
  for (guint k = start + 2; k + 1 < q; k++)
    if (token_at (self, k)->kind != TOKEN_WORD)
      return;

  if (asker->kind == TOKEN_WORD && asker->run >= 0 &&
      run_at (self, asker->run)->title_first == start + 2 &&
      run_at (self, asker->run)->last + 2 == q && !run_at (self, asker->run)->possessive)
    {
      Subject subject = _nd_speaker_subject_of_run (self, asker->run);

      _nd_speaker_resolve_subject (self, &subject, decision);
      return;
    }
  _nd_speaker_decide (decision, DECISION_UNNAMED, NULL, 0);
}

static gboolean
compute_title_case (const Attributor  *self,
                    const NdQuoteSpan *span)
{
  static const char * const small_words[] = {
    "a", "an", "the", "of", "on", "in", "and", "or", "for", "to", "at", "by", "with", "from",
  };
  g_autoptr(GArray) words = g_array_new (FALSE, FALSE, sizeof (Token));
  guint capitalised = 0;
  gboolean lower = FALSE;

  gboolean full_stop = FALSE;
  gboolean question = FALSE;
  gboolean named = FALSE;

  /* "No." and "Go!" are said, "Save Our Quay" and "Space Oddity." are not. */
  if (span->end > span->start && nd_char_is_sentence_end (self->chars[span->end - 1]))
    {
      if (self->chars[span->end - 1] == '!')
        return FALSE;
      full_stop = self->chars[span->end - 1] == '.';
    }

  _nd_speaker_tokenize (self->chars, span->start, span->end, NULL, 0, words, NULL);
  for (guint i = 0; i < words->len; i++)
    {
      const Token *token = &g_array_index (words, Token, i);
      gboolean small = FALSE;

      /* "Turn Left at Orion" is a title, and so is "Would You Baptize an
       * Extraterrestrial?" (but "Why?" and "Go Now!" are said). */
      if (token->kind == TOKEN_PUNCT && (token->punct == '!' ||
                                         (token->punct == '?' && i + 1 < words->len)))
        return FALSE;
      if (token->kind == TOKEN_PUNCT && token->punct == '?')
        question = TRUE;
      /* "Kneel, Portnow": an address, not a title (a comma at the end is the article's). */
      if (token_is_punct (token, ',') && i + 1 < words->len)
        return FALSE;
      if (token->kind != TOKEN_WORD)
        continue;
      named |= (token->word_class & (WORD_MALE_NAME | WORD_FEMALE_NAME)) != 0;
      for (guint c = token->start; c < token->end && !lower; c++)
        lower = g_unichar_islower (self->chars[c]);
      if (token->shape & (SHAPE_CAPITAL | SHAPE_DIGIT))
        {
          capitalised++;
          continue;
        }
      for (guint j = 0; j < G_N_ELEMENTS (small_words); j++)
        small |= _nd_speaker_token_is_word (token, self->chars, small_words[j]);
      if (!small)
        return FALSE;
    }

  /* "FIRE ONE BACK" is shouted, not a title; a question needs more than three
   * capitalised words and none a first name ("Are You Sure?" and "How's Michael/How's
   * Sarah?" are asked). */
  if (question && named)
    return FALSE;
  return capitalised > (full_stop ? 1 : question ? 3 : 0) && lower;
}

/* A quotation from a capital to a full stop, not a phrase inside someone else's
 * sentence. */
static gboolean
is_full_sentence (const Attributor  *self,
                  const NdQuoteSpan *span)
{
  return span->end > span->start &&
         nd_char_is_capital (self->chars[span->start]) &&
         nd_char_is_sentence_end (self->chars[span->end - 1]);
}

static gboolean
opens_paragraph (const Attributor *self,
                 guint             q)
{
  const Token *before = token_at (self, (gint64)q - 1);

  return before == NULL || before->kind == TOKEN_BREAK;
}

/* Whether the paragraph of token @q holds nothing but quotations and punctuation. */
static gboolean
paragraph_is_quotation (const Attributor *self,
                        guint             q)
{
  for (guint i = q; i < self->tokens->len; i++)
    {
      const Token *token = token_at (self, i);

      if (token->kind == TOKEN_BREAK)
        break;
      if (token->kind == TOKEN_WORD)
        return FALSE;
    }

  return TRUE;
}

static gboolean is_title_case (const Attributor *self,
                               guint             quote);

/* The quotation before token @q in the same paragraph, or in the paragraph before when
 * @previous_paragraph; -1 when none. */
static gint
find_earlier_quote (const Attributor *self,
                    guint             q,
                    gboolean          previous_paragraph)
{
  gboolean crossed = FALSE;

  for (guint i = q; i > look_back_bound (0, q); i--)
    {
      const Token *token = token_at (self, i - 1);

      if (token->kind == TOKEN_BREAK)
        {
          if (!previous_paragraph || crossed)
            return -1;
          crossed = TRUE;
        }
      /* "“...,” Ortiz said on WKXT’s the “Morning Desk” show. “...”": a title that nobody
       * says is passed over. */
      else if (token->kind == TOKEN_QUOTE &&
               !(self->decisions[token->quote].kind != DECISION_FOUND &&
                 is_title_case (self, token->quote)))
        return previous_paragraph && !crossed ? -1 : token->quote;
    }

  return -1;
}

/* "“That's a deal,” Holst says, “if it works.”": between the quotations at tokens
 * @earlier and @q of one sentence, only the verb that attributed the first, its subject
 * and commas. */
static gboolean
continues_after_attribution (const Attributor *self,
                             guint             earlier,
                             guint             q)
{
  gboolean attributed = FALSE;

  if (q - earlier > TAIL_WINDOW)
    return FALSE;

  for (guint k = earlier + 1; k < q; k++)
    {
      const Token *token = token_at (self, k);

      if (token->kind == TOKEN_BREAK || token->kind == TOKEN_QUOTE ||
          _nd_speaker_ends_sentence (self, k))
        return FALSE;
      if (token->kind == TOKEN_WORD && !self->consumed[k] && token->run < 0 &&
          !(token->word_class & (WORD_HE | WORD_SHE | WORD_TITLE)))
        return FALSE;
      attributed |= self->consumed[k] != 0;
    }

  return attributed && token_is_punct (token_at (self, q - 1), ',');
}

/* "Yoshihiro Naito, 77, opposed the idea. “The commitment we've made ...”": a sentence
 * [@from, @to) that opens with a person's name and names nobody else. */
static void
attribute_to_sentence_subject (Attributor *self,
                               guint       from,
                               guint       to,
                               Decision   *decision)
{
  gint name = name_opening_at (self, from);
  const Run *run;
  const char *fullest;

  if (name < 0)
    return;
  run = run_at (self, name);
  fullest = _nd_speaker_run_fullest (self, name);
  if (run->possessive || run->organisation || !_nd_speaker_entity_is_person (self, fullest))
    return;

  for (guint i = run->last + 1; i < to; i++)
    {
      const Token *token = token_at (self, i);

      if (token->kind == TOKEN_WORD &&
          (token->run >= 0 || (token->word_class & (WORD_HE | WORD_SHE | WORD_THEY))))
        return;
    }

  _nd_speaker_decide (decision, DECISION_FOUND, fullest, _nd_speaker_entity_gender (self, fullest));
}

/* Rule 5: "Ren said China's stance has not changed. “We're determined ...”": a
 * quotation that is a sentence of its own after a sentence of its paragraph with a verb
 * of saying and no quotation is that verb's subject's. */
static void
attribute_from_sentence_before (Attributor *self,
                                guint       q,
                                Decision   *decision)
{
  guint from;

  if (q == 0 || token_at (self, q - 1)->kind == TOKEN_BREAK)
    return;
  from = look_back_bound (sentence_start (self, q - 1), q);

  for (guint i = from; i < q; i++)
    if (token_at (self, i)->kind == TOKEN_QUOTE || token_at (self, i)->kind == TOKEN_BREAK)
      return;

  for (guint v = from; v < q; v++)
    {
      Subject subject;

      if (!is_tail_verb (token_at (self, v)))
        continue;
      subject = _nd_speaker_find_speaker_of_verb (self, v, from);
      if (subject.kind != SUBJECT_RUN && subject.kind != SUBJECT_PAIR &&
          subject.kind != SUBJECT_PRONOUN)
        return;
      _nd_speaker_resolve_subject (self, &subject, decision);
      return;
    }

  attribute_to_sentence_subject (self, from, q, decision);
}

/* "Wendt told the Neue Osnabruecker Zeitung that such a zone sends a “devastating
 * message.” ¶ “By doing so one is saying ...”": a paragraph that is only a quotation after
 * a paragraph whose last sentence has a verb of saying and no quotation is that verb's
 * subject's, the way a quotation sentence after such a sentence is (rule 5). */
/* "EA's John Reseburg laid out the credit change in an email to CNET. / “...”": a
 * paragraph that is only a quotation after a sentence [@from, @to) that ends with a full
 * stop or a colon, opens with a person (an organisation's possessive in front allowed)
 * and names no one else but in asides is that person's. */
static void
attribute_to_introducer (Attributor *self,
                         guint       from,
                         guint       to,
                         Decision   *decision)
{
  const Token *first = token_at (self, from);
  const Run *run;
  const char *fullest;

  /* A caption or a video's title ("Chris Grayling on Croydon tram crash") has no full
   * stop, and interrupts the quotations around it rather than introduces one. */
  if (first == NULL || first->kind != TOKEN_WORD || first->run < 0 || to == 0 ||
      !(token_is_punct (token_at (self, to - 1), '.') || token_is_punct (token_at (self, to - 1), ':')))
    return;
  run = run_at (self, first->run);
  /* "EA's John Reseburg" */
  if (run->possessive && token_at (self, (gint64)run->last + 1) != NULL &&
      token_at (self, (gint64)run->last + 1)->run >= 0)
    run = run_at (self, token_at (self, (gint64)run->last + 1)->run);
  fullest = _nd_speaker_run_fullest (self, token_at (self, run->first)->run);
  if (run->possessive || run->organisation || !_nd_speaker_entity_is_person (self, fullest))
    return;

  for (guint i = run->last + 1; i < to; i++)
    {
      const Token *token = token_at (self, i);

      if (token->kind == TOKEN_WORD && (token->word_class & (WORD_HE | WORD_SHE | WORD_THEY)))
        return;
      if (token->kind == TOKEN_WORD && token->run >= 0)
        {
          if (!_nd_speaker_run_is_aside (self, run_at (self, token->run)))
            return;
          i = run_at (self, token->run)->last;
        }
    }

  _nd_speaker_decide (decision, DECISION_FOUND, fullest, _nd_speaker_entity_gender (self, fullest));
}

static void
attribute_from_paragraph_before (Attributor *self,
                                 guint       q,
                                 Decision   *decision)
{
  guint end = q - 1;
  guint from;

  while (end > 0 && token_at (self, end - 1)->kind == TOKEN_BREAK)
    end--;
  if (end == 0)
    return;
  from = look_back_bound (sentence_start (self, end - 1), end);

  for (guint i = from; i < end; i++)
    if (token_at (self, i)->kind == TOKEN_QUOTE || token_at (self, i)->kind == TOKEN_BREAK)
      return;

  for (guint v = from; v < end; v++)
    {
      Subject subject;

      if (!is_tail_verb (token_at (self, v)))
        continue;
      subject = _nd_speaker_find_speaker_of_verb (self, v, from);
      if (subject.kind == SUBJECT_RUN || subject.kind == SUBJECT_PAIR ||
          subject.kind == SUBJECT_PRONOUN)
        _nd_speaker_resolve_subject (self, &subject, decision);
      return;
    }

  attribute_to_introducer (self, from, end, decision);
}

static void
copy_decision (Decision       *decision,
               const Decision *earlier)
{
  _nd_speaker_decide (decision, earlier->kind, earlier->speaker, earlier->gender);
}

/* "known as a “blue moon”", "the so-called “welcome mat”", "which translates as “lode
 * star”", "nicknamed the “Big F--king Rocket.”", "coining the phrase “once in a blue
 * moon”", "terms such as “AdBlue tank”", "the title of “research assistant professor.”":
 * words that say the quotation at token @q is a name, a term or a title. */
static gboolean
follows_naming_words (const Attributor *self,
                      guint             q)
{
  static const char * const naming[] = {
    "so-called", "phrase", "term", "terms", "nicknamed", "titled", "entitled", NULL,
  };
  static const char * const before_as[] = { "known", "translates", "translated", "such", NULL };
  static const char * const articles[] = { "a", "an", "the", NULL };
  gint64 i = (gint64)q - 1;

  if (_nd_speaker_token_is_one_of (token_at (self, i), self->chars, articles) ||
      token_is_punct (token_at (self, i), ':'))
    i--;
  if (_nd_speaker_token_is_one_of (token_at (self, i), self->chars, naming))
    return TRUE;
  if (_nd_speaker_token_is_word (token_at (self, i), self->chars, "as"))
    return _nd_speaker_token_is_one_of (token_at (self, i - 1), self->chars, before_as);

  return _nd_speaker_token_is_word (token_at (self, i), self->chars, "of") &&
         _nd_speaker_token_is_word (token_at (self, i - 1), self->chars, "title");
}

/* More words than a nickname or a title has. */
#define NAME_ONLY_WORDS 12

/* is_title_case () of the quotation @quote, worked out once: the names of the quotations
 * ask it, then the rules. */
static gboolean
is_title_case (const Attributor *self,
               guint             quote)
{
  if (self->title_case[quote] < 0)
    self->title_case[quote] = compute_title_case (self, &self->spans[quote]);

  return self->title_case[quote] != 0;
}

/* Whether the quotation @quote is only a name given to someone or something, a nickname
 * or a title ("nicknamed “Iron Ross”", "“Face the Nation”"): its names are no one's
 * fuller form (nd-quote-speaker.c). */
gboolean
_nd_speaker_quote_is_name_only (const Attributor *self,
                                guint             quote)
{
  const NdQuoteSpan *span = &self->spans[quote];
  guint spaces = 0;

  if (follows_naming_words (self, self->quote_token[quote]))
    return TRUE;
  /* A nickname or a title is short: a quotation of a dozen words or more is not read
   * word by word for this. */
  for (guint i = span->start; i < span->end && spaces < NAME_ONLY_WORDS; i++)
    spaces += self->chars[i] == ' ';
  if (spaces >= NAME_ONLY_WORDS)
    return FALSE;

  return is_title_case (self, quote);
}

/* "represented by a “number of lives” pool", "a “Nigerian prince” scam", "from a “welcome
 * to BFII” perspective": a few words in marks between "a", "an" or "the" and a noun are
 * a name for what the noun is, not anyone's words (but "a “holy grail” for conmen", "a
 * “lone wolf” whose intentions", "an “epochal event” in" are, and so is what someone
 * calls something "as a “...” investment"). Only for a quotation that nobody is said to
 * say (the older annotations have Sheriff Lombardo's "a “lone wolf” attacker"). */
static gboolean
is_noun_modifier (const Attributor *self,
                  guint             quote)
{
  static const char * const articles[] = { "a", "an", "the", NULL };
  static const char * const clause_words[] = {
    "that", "which", "who", "whose", "whom", "where", "when", "while", "than", "as", "if",
    "because", "so", "or", "nor", "not", "and", "but", NULL,
  };
  const NdQuoteSpan *span = &self->spans[quote];
  guint q = self->quote_token[quote];
  const Token *next = token_at (self, (gint64)q + 1);
  guint n;

  if (self->decisions[quote].kind == DECISION_FOUND || span->end <= span->start ||
      g_unichar_ispunct (self->chars[span->end - 1]) ||
      !_nd_speaker_token_is_one_of (token_at (self, (gint64)q - 1), self->chars, articles))
    return FALSE;
  /* "championed the replacement as a ‘once in a generation’ investment": someone's
   * words for it. */
  if (_nd_speaker_token_is_word (token_at (self, (gint64)q - 2), self->chars, "as"))
    return FALSE;
  if (next == NULL || next->kind != TOKEN_WORD || !(next->shape & SHAPE_LOWER) ||
      (next->word_class & (WORD_PREPOSITION | WORD_CONJUNCTION | WORD_AUXILIARY | WORD_PASSIVE |
                           WORD_SPEECH | WORD_PARTICIPLE | WORD_HE | WORD_SHE | WORD_THEY |
                           WORD_IT | WORD_TAKES_OBJECT)) ||
      _nd_speaker_token_is_one_of (next, self->chars, clause_words))
    return FALSE;
  /* "a “ticking fee” giving", "a “drone ship” floating": a verb's forms, not a noun. */
  n = next->end - next->start;
  if (n > 3 && ((self->chars[next->end - 3] == 'i' && self->chars[next->end - 2] == 'n' &&
                 self->chars[next->end - 1] == 'g') ||
                (self->chars[next->end - 2] == 'l' && self->chars[next->end - 1] == 'y') ||
                (self->chars[next->end - 2] == 'e' && self->chars[next->end - 1] == 'd')))
    return FALSE;

  return TRUE;
}

/* "pandemonium", she was “encouraged”: one word in marks is a term, a name or a scare
 * quote, unless it is someone's whole answer: a sentence of its own or cut off by a
 * comma, "!" or "?" ("“Fine,” Ann Lee said", "“Sad!” Trump said"). */
static gboolean
is_term (const Attributor *self,
         guint             quote)
{
  const NdQuoteSpan *span = &self->spans[quote];
  guint q = self->quote_token[quote];
  gunichar last;

  if (follows_naming_words (self, q) || is_noun_modifier (self, quote))
    return TRUE;
  for (guint i = span->start; i < span->end; i++)
    if (g_unichar_isspace (self->chars[i]))
      return FALSE;

  if (self->decisions[quote].kind != DECISION_FOUND)
    return TRUE;
  last = self->chars[span->end - 1];

  return sentence_start (self, q) != q && last != ',' && last != '!' && last != '?';
}

/* The bounds of @span's words without the punctuation that closes them ("OK," is "OK"). */
static void
trim_span (const Attributor  *self,
           const NdQuoteSpan *span,
           guint             *start,
           guint             *end)
{
  *start = span->start;
  *end = span->end;
  while (*end > *start && (g_unichar_ispunct (self->chars[*end - 1]) ||
                           g_unichar_isspace (self->chars[*end - 1])))
    (*end)--;
}

static inline gunichar
fold_case (gunichar c)
{
  return c < 0x80 ? (gunichar)g_ascii_tolower ((gchar)c) : g_unichar_tolower (c);
}

/* Whether the words of quotation @inner are, in any case, inside quotation @outer. */
static gboolean
repeats_words (const Attributor *self,
               guint             inner,
               guint             outer)
{
  guint from, to, outer_from, outer_to;

  gunichar first;

  trim_span (self, &self->spans[inner], &from, &to);
  trim_span (self, &self->spans[outer], &outer_from, &outer_to);
  if (to == from || to - from > outer_to - outer_from)
    return FALSE;
  first = fold_case (self->chars[from]);

  for (guint i = outer_from; i + (to - from) <= outer_to; i++)
    {
      guint n = 1;

      if (fold_case (self->chars[i]) != first)
        continue;

      while (n < to - from && fold_case (self->chars[i + n]) == fold_case (self->chars[from + n]))
        n++;
      if (n == to - from)
        return TRUE;
    }

  return FALSE;
}

/* "'The situation is quite OK'" as a subheading over ""The situation is quite OK because
 * they are now returning to their jobs," said Clinton Mandioper": four words or more that
 * nobody is said to say here, repeated inside a quotation near them that has a speaker,
 * are that speaker's; unless two speakers say them. (Three words or fewer are often a
 * slogan that others repeat.) */
void
_nd_speaker_attribute_repeats (Attributor *self)
{
  for (guint i = 0; i < self->n_spans; i++)
    {
      const char *found = NULL;
      guint from, to, spaces = 0;
      guint first = i > REPEAT_QUOTES ? i - REPEAT_QUOTES : 0;
      guint last = MIN (self->n_spans, i + REPEAT_QUOTES + 1);

      if (self->decisions[i].kind != DECISION_NONE)
        continue;
      trim_span (self, &self->spans[i], &from, &to);
      for (guint c = from; c < to; c++)
        spaces += g_unichar_isspace (self->chars[c]);
      if (spaces < 3)
        continue;

      for (guint j = first; j < last; j++)
        {
          if (j == i || self->decisions[j].kind != DECISION_FOUND || !repeats_words (self, i, j))
            continue;
          if (found != NULL && !g_str_equal (found, self->decisions[j].speaker))
            {
              found = NULL;
              break;
            }
          found = self->decisions[j].speaker;
        }
      if (found != NULL)
        {
          g_autofree char *speaker = g_strdup (found);

          _nd_speaker_decide (&self->decisions[i], DECISION_FOUND, speaker, 0);
        }
    }
}

/* "what it calls “Humane Design,” ... / Humane Design calls for ... to “...”": a name that
 * the article puts in marks as a title or a term is what it names, nobody who speaks. */
void
_nd_speaker_drop_title_speakers (Attributor *self)
{
  g_autoptr(GHashTable) terms = NULL;

  for (guint i = 0; i < self->n_spans; i++)
    {
      guint from, to;

      if (!self->titles[i])
        continue;
      if (terms == NULL)
        terms = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      trim_span (self, &self->spans[i], &from, &to);
      g_hash_table_add (terms, g_ucs4_to_utf8 (self->chars + from, to - from, NULL, NULL, NULL));
    }
  if (terms == NULL)
    return;

  for (guint i = 0; i < self->n_spans; i++)
    if (self->decisions[i].kind == DECISION_FOUND &&
        g_hash_table_contains (terms, self->decisions[i].speaker))
      _nd_speaker_decide (&self->decisions[i], DECISION_NONE, NULL, 0);
}

/* After every quotation has its speaker: which ones are titles or terms. */
void
_nd_speaker_mark_titles (Attributor *self)
{
  for (guint i = 0; i < self->n_spans; i++)
    {
      if (self->decisions[i].kind == DECISION_FOUND)
        self->titles[i] = FALSE;
      self->titles[i] |= is_term (self, i);
    }
}

/* "Most Read In TV & Showbiz LEW WANTED SEX WITH TWO ... 'IT'S THE RIGHT THING' Ant
 * confirms he will divorce": a block of links to other stories scraped into the body,
 * their headlines run together up to the paragraph's end. A quotation after "Most Read"
 * in its paragraph is not the story's, whoever the headline names. */
static gboolean
in_most_read_links (const Attributor *self,
                    guint             q)
{
  for (guint i = q; i > look_back_bound (0, q) + 1; i--)
    {
      const Token *token = token_at (self, i - 1);

      if (token->kind == TOKEN_BREAK)
        return FALSE;
      if (_nd_speaker_token_is_word (token, self->chars, "read") &&
          _nd_speaker_token_is_word (token_at (self, i - 2), self->chars, "most"))
        return TRUE;
    }

  return FALSE;
}

/* "In an interview on ABC's “This Week,” Mullen warned", "Netflix's “Black Mirror”": words
 * in title case right after an owner's name are the name of its show, book or film, even
 * with a verb of saying after them. */
static gboolean
is_owned_title (const Attributor *self,
                guint             quote)
{
  guint q = self->quote_token[quote];
  const Token *before = token_at (self, (gint64)q - 1);

  return before != NULL && before->kind == TOKEN_WORD && before->run >= 0 &&
         run_at (self, before->run)->possessive && run_at (self, before->run)->last == q - 1 &&
         is_title_case (self, quote);
}

void
_nd_speaker_attribute_quote (Attributor *self,
                             guint       quote)
{
  Decision *decision = &self->decisions[quote];
  guint q = self->quote_token[quote];
  guint start = sentence_start (self, q);
  const Token *before = token_at (self, (gint64)q - 1);
  gint earlier;

  if (in_most_read_links (self, q))
    {
      _nd_speaker_decide (decision, DECISION_UNNAMED, NULL, 0);
      return;
    }
  if (is_owned_title (self, quote))
    {
      _nd_speaker_decide (decision, DECISION_UNNAMED, NULL, 0);
      self->titles[quote] = TRUE;
      return;
    }

  attribute_to_asker (self, start, q, decision);
  if (decision->kind != DECISION_NONE)
    return;

  attribute_from_tail (self, q, decision);
  if (decision->kind != DECISION_NONE)
    return;

  /* Titles, names and slogans ("Save Our Quay", "Justice League,") are nobody's words,
   * unless someone is said to say them ("Hello," Ann Lee said). */
  if (is_title_case (self, quote))
    {
      _nd_speaker_decide (decision, DECISION_UNNAMED, NULL, 0);
      self->titles[quote] = TRUE;
      return;
    }

  attribute_from_lead (self, start, q, token_is_punct (before, ':'), decision);
  if (decision->kind != DECISION_NONE)
    return;

  if (opens_paragraph (self, q) && q >= 2 && token_is_punct (token_at (self, q - 2), ':'))
    {
      attribute_from_lead (self, sentence_start (self, q - 2), q - 2, TRUE, decision);
      if (decision->kind != DECISION_NONE)
        return;
    }

  /* "Nancy Pelosi disagreed: “It is immoral.”": a sentence that opens with a person and
   * leads to the quotation with a colon introduces that person's words, whoever spoke
   * before in the paragraph. */
  if (token_is_punct (before, ':') && start + 1 < q)
    {
      attribute_to_sentence_subject (self, start, q - 1, decision);
      if (decision->kind != DECISION_NONE)
        return;
    }

  earlier = find_earlier_quote (self, q, FALSE);
  if (earlier >= 0 &&
      (start == q || is_full_sentence (self, &self->spans[quote]) ||
       continues_after_attribution (self, self->quote_token[earlier], q)))
    {
      copy_decision (decision, &self->decisions[earlier]);
      return;
    }

  if (opens_paragraph (self, q) && paragraph_is_quotation (self, q))
    {
      earlier = find_earlier_quote (self, q, TRUE);
      /* A quotation in a caption between paragraphs ("Reuters Equifax claimed that
       * they 'had no knowledge that an intrusion'") starts no run of quotations. */
      if (earlier >= 0 && q >= 2 && _nd_speaker_paragraph_is_caption (self, q - 2, q))
        return;
      if (earlier >= 0 && self->decisions[earlier].kind == DECISION_FOUND)
        copy_decision (decision, &self->decisions[earlier]);
      else if (earlier < 0 && q > 0 && is_full_sentence (self, &self->spans[quote]))
        attribute_from_paragraph_before (self, q, decision);
      return;
    }

  if (start == q && is_full_sentence (self, &self->spans[quote]))
    attribute_from_sentence_before (self, q, decision);
}

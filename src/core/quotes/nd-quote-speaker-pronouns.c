/* nd-quote-speaker-pronouns.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Who the preceding sentences are about: whom he, she, they and "the pair" stand for, and
 * the decision a subject makes; see nd-quote-speaker.c. */

#define G_LOG_DOMAIN "nd-quote-speaker"

#include "config.h"

#include <string.h>

#include "quotes/nd-quote-speaker-private.h"

/* An unnamed person as the subject at the start of a sentence: "Another resident, a
 * woman who ...", "One regular, ...", "A council spokesperson said" (not "A resident,
 * Priscilla McBride, told"). */
static gboolean
starts_with_unnamed_person (const Attributor *self,
                            guint             from,
                            guint             to)
{
  const Token *first = token_at (self, from);

  if (!token_has (first, WORD_INDEFINITE))
    return FALSE;

  for (guint i = from + 1; i < to && i <= from + 3; i++)
    {
      const Token *token = token_at (self, i);

      /* "A resident, Priscilla McBride, told" is named after all. */
      if (token_has (token, WORD_PERSON_NOUN))
        return !(token_is_punct (token_at (self, (gint64)i + 1), ',') &&
                 token_at (self, (gint64)i + 2) != NULL && token_at (self, (gint64)i + 2)->run >= 0);
      if (token->kind != TOKEN_WORD || !token_is_lower (token))
        break;
    }

  return FALSE;
}

/* A sentence about someone it only describes: "Incredibly, the teenager managed to stay
 * ahead of Rosberg", "The former mayor added ...". The description most likely stands for
 * whom the sentences before are about, so he or she is looked for there; a name in this
 * sentence after a preposition ("ahead of Rosberg") is someone else. The sentence opens,
 * after an adverb and its comma, with "the" and a lower-case word, and names nobody but
 * after a preposition ("The council's director of place, Graham Petts, said" names its
 * subject). */
static gboolean
starts_with_description (const Attributor *self,
                         guint             from,
                         guint             to)
{
  guint i = from;

  if (i + 1 < to && token_at (self, i)->kind == TOKEN_WORD && token_at (self, i)->run < 0 &&
      token_is_punct (token_at (self, i + 1), ','))
    i += 2;
  if (i + 1 >= to || !_nd_speaker_token_is_word (token_at (self, i), self->chars, "the") ||
      !token_is_lower (token_at (self, i + 1)))
    return FALSE;

  for (i++; i < to; i++)
    {
      const Token *token = token_at (self, i);

      if (token->kind == TOKEN_WORD && token->run >= 0)
        return token_has (token_at (self, (gint64)run_at (self, token->run)->title_first - 1),
                          WORD_PREPOSITION);
    }

  return TRUE;
}

/* "The comedian even gushed over Sheen": a description that opens the sentence [@start,
 * @end) with a role the article gives one person of the pronoun's sex ("comedian Sarah
 * Silverman") stands for that person. Whether that decided. */
static gboolean
resolve_from_role (Attributor *self,
                   guint       start,
                   guint       end,
                   guint       wanted,
                   Decision   *decision)
{
  guint the = start;
  Subject subject;
  const char *fullest;

  if (the + 1 < end && token_at (self, the)->run < 0 && token_is_punct (token_at (self, the + 1), ','))
    the += 2;
  subject = _nd_speaker_role_after_the (self, the);
  if (subject.kind != SUBJECT_RUN)
    return FALSE;
  fullest = _nd_speaker_run_fullest (self, subject.run);
  if (!_nd_speaker_entity_is_person (self, fullest) ||
      !_nd_speaker_gender_fits (_nd_speaker_entity_gender (self, fullest), wanted))
    return FALSE;

  _nd_speaker_decide (decision, DECISION_FOUND, fullest, wanted);
  return TRUE;
}

/* "MOST READ IN TV & SHOWBIZ PLATT'S NOT ALL Martin Platt returns ...": links and
 * headlines between paragraphs, not the story; he and she are not looked for past them. */
static gboolean
is_shouted_junk (const Attributor *self,
                 guint             start,
                 guint             end)
{
  guint shouted = 0;

  for (guint i = start; i < end && shouted < 3; i++)
    shouted += token_at (self, i)->kind == TOKEN_WORD &&
               (token_at (self, i)->shape & SHAPE_SHOUTED) != 0;

  return shouted >= 3;
}

/* "More: Tesla questions linger", "Related: ...", "Read more": the sentence at @start is
 * in a link to another story between paragraphs, which he and she look past without
 * counting it as one. */
static gboolean
is_link_line (const Attributor *self,
              guint             start)
{
  const Token *first;
  const Token *second;

  /* The paragraph's first words: "More: Yowza! Mysterious bright light ..." */
  for (guint bound = look_back_bound (0, start);
       start > bound && token_at (self, start - 1)->kind != TOKEN_BREAK; start--)
    ;
  first = token_at (self, start);
  second = token_at (self, (gint64)start + 1);

  if (first == NULL || first->kind != TOKEN_WORD || !(first->shape & SHAPE_CAPITAL))
    return FALSE;
  if (token_is_punct (second, ':'))
    return _nd_speaker_token_is_word (first, self->chars, "more") ||
           _nd_speaker_token_is_word (first, self->chars, "related");

  return _nd_speaker_token_is_word (first, self->chars, "read") &&
         _nd_speaker_token_is_word (second, self->chars, "more");
}

/* "Jonathan Prime" alone between paragraphs: a photo's credit or a caption, no sentence
 * about anyone. */
static gboolean
is_lone_name (const Attributor *self,
              guint             start,
              guint             end)
{
  const Token *first = token_at (self, start);

  if (first == NULL || first->kind != TOKEN_WORD || first->run < 0 ||
      run_at (self, first->run)->title_first != start ||
      (start > 0 && token_at (self, start - 1)->kind != TOKEN_BREAK))
    return FALSE;

  for (guint i = run_at (self, first->run)->last + 1; i < end; i++)
    if (token_at (self, i)->kind != TOKEN_BREAK)
      return FALSE;

  return TRUE;
}

/* The name that speaks through the next verb of saying in [*@v, @end) of the sentence
 * that starts at @start, with *@v moved past that verb; -1 when there is none. */
static gint
next_speaking_run (Attributor *self,
                   guint      *v,
                   guint       start,
                   guint       end)
{
  for (; *v < end; (*v)++)
    {
      Subject subject;

      if (!is_tail_verb (token_at (self, *v)))
        continue;
      subject = _nd_speaker_find_speaker_of_verb (self, *v, start);
      if (subject.kind == SUBJECT_RUN)
        {
          (*v)++;
          return subject.run;
        }
    }

  return -1;
}

/* Whether a verb of saying in the sentence [@start, @end) has someone unnamed as its
 * subject: "said a former NASA engineer", "a witness told". */
static gboolean
speaks_unnamed (const Attributor *self,
                guint             start,
                guint             end)
{
  for (guint v = start; v < end; v++)
    {
      const Token *before = token_at (self, (gint64)v - 1);

      if (!is_tail_verb (token_at (self, v)))
        continue;
      if ((token_is_punct (before, ',') || (before != NULL && before->kind == TOKEN_QUOTE)) &&
          !token_has (token_at (self, v), WORD_TAKES_OBJECT) &&
          _nd_speaker_find_subject_after (self, v).kind == SUBJECT_UNNAMED)
        return TRUE;
      if (_nd_speaker_find_subject_before (self, v, start).kind == SUBJECT_UNNAMED)
        return TRUE;
    }

  return FALSE;
}

/* Who speaks in the sentence [@start, @end) comes first: "Sheen had lived in La La Land,
 * Silverman explained, but ...". Whether that decided. */
static gboolean
resolve_from_speaker (Attributor *self,
                      guint       start,
                      guint       end,
                      guint       wanted,
                      Decision   *decision)
{
  guint v = start;
  gint speaker;

  while ((speaker = next_speaking_run (self, &v, start, end)) >= 0)
    {
      const Run *run = run_at (self, speaker);
      const char *fullest = _nd_speaker_run_fullest (self, speaker);

      if (run->organisation || !_nd_speaker_entity_is_person (self, fullest) ||
          !_nd_speaker_gender_fits (_nd_speaker_entity_gender (self, fullest), wanted))
        continue;

      _nd_speaker_decide (decision, DECISION_FOUND, fullest, wanted);
      return TRUE;
    }

  return FALSE;
}

/* "A London Fire Brigade spokesman said ... / “...,” they added": they for an
 * organisation that speaks in the sentence [@start, @end), as British English has it.
 * Whether that decided. */
static gboolean
resolve_from_organisation (Attributor *self,
                           guint       start,
                           guint       end,
                           Decision   *decision)
{
  guint v = start;
  gint speaker;

  while ((speaker = next_speaking_run (self, &v, start, end)) >= 0)
    {
      const Run *run = run_at (self, speaker);

      if (!run->organisation || run->possessive)
        continue;

      _nd_speaker_decide (decision, DECISION_FOUND, _nd_speaker_run_fullest (self, speaker), 0);
      return TRUE;
    }

  return FALSE;
}

static gboolean
in_relative_clause (const Attributor *self,
                    const Run        *run)
{
  const Token *before = token_at (self, (gint64)run->title_first - 1);

  return _nd_speaker_token_is_word (before, self->chars, "which") ||
         _nd_speaker_token_is_word (before, self->chars, "whom") ||
         _nd_speaker_token_is_word (before, self->chars, "that");
}

/* The names of the sentence [@start, @end), subjects first: "... he said that he expected
 * an answer from Bernard Cazeneuve" is about whoever "he" was before (@chained: the
 * first such pronoun of the sentence, or G_MAXUINT), not about
 * the names after prepositions. Whether the search is over: decided, or stopped at someone
 * who may not be passed over. */
static gboolean
resolve_from_names (Attributor *self,
                    guint       start,
                    guint       end,
                    gboolean    plural,
                    guint       chained,
                    guint       wanted,
                    Decision   *decision)
{
  /* Pass 0: someone known to be of the pronoun's sex ("For Mr. Tan, ... Broadcom ...
   * he"); 1: names that may be the subject; 2: the others. */
  for (guint pass = plural || wanted == 0 ? 1 : 0; pass < (chained != G_MAXUINT ? 2 : 3); pass++)
    for (guint i = start; i < end; i++)
      {
        const Token *t = token_at (self, i);
        const Run *run;
        g_autofree char *fullest = NULL;

        if (t->kind != TOKEN_WORD || t->run < 0)
          continue;
        run = run_at (self, t->run);
        i = MAX (i, run->last);
        /* Names that are not the subject only when nothing else fits; never one in a
         * relative clause ("Citing the deal, which Mr. Netanyahu opposed, he said"). */
        if (run->possessive || run->organisation || in_relative_clause (self, run) ||
            (pass == 1 && _nd_speaker_run_is_aside (self, run)) ||
            (pass == 2 && !_nd_speaker_run_is_aside (self, run)) ||
            (pass == 0 && run->first > chained && _nd_speaker_run_is_aside (self, run)))
          continue;
        if (pass == 0)
          {
            const char *name = _nd_speaker_run_fullest (self, t->run);

            if (_nd_speaker_entity_gender (self, name) != wanted ||
                !_nd_speaker_entity_is_person (self, name))
              continue;
          }

        fullest = g_strdup (_nd_speaker_run_fullest (self, t->run));
        if (plural)
          {
            gint partner = _nd_speaker_pair_partner (self, run);
            gint second = _nd_speaker_pair_second (self, t->run);

            if (partner < 0 && second >= 0)
              {
                g_autofree char *pair = _nd_speaker_dup_pair_name (self, t->run, second);

                _nd_speaker_decide (decision, DECISION_FOUND, pair, 0);
                return TRUE;
              }
            if (partner < 0)
              {
                if (_nd_speaker_entity_is_person (self, fullest))
                  return TRUE;
                continue;
              }
            {
              g_autofree char *pair = _nd_speaker_dup_pair_name (self, partner, t->run);

              _nd_speaker_decide (decision, DECISION_FOUND, pair, 0);
            }
            return TRUE;
          }

        /* Someone of the other sex is passed over; but when the subject of the
         * sentence may not be a person at all, it is safer to stop. */
        if (!_nd_speaker_gender_fits (_nd_speaker_entity_gender (self, fullest), wanted))
          continue;
        if (!_nd_speaker_entity_is_person (self, fullest))
          {
            if (pass == 1)
              return TRUE;
            continue;
          }

        _nd_speaker_decide (decision, DECISION_FOUND, fullest, wanted);
        return TRUE;
      }

  return FALSE;
}

/* Whether the sentence at @start opens with the pronoun at @chained, or with "and" or
 * "but" and it. */
static gboolean
opens_with_pronoun (const Attributor *self,
                    guint             start,
                    guint             chained)
{
  return chained == start ||
         (chained == start + 1 && token_has (token_at (self, start), WORD_CONJUNCTION));
}

/* The speaker of @quote, the last quotation of the sentence with a decision. Whether the
 * search is over. */
static gboolean
resolve_from_quote (Attributor *self,
                    gint        quote,
                    gboolean    plural,
                    guint       wanted,
                    Decision   *decision)
{
  const Decision *earlier = &self->decisions[quote];

  if (earlier->kind == DECISION_UNNAMED)
    return TRUE;
  if (plural == (strstr (earlier->speaker, " and ") != NULL) &&
      _nd_speaker_gender_fits (earlier->gender, wanted))
    {
      _nd_speaker_decide (decision, DECISION_FOUND, earlier->speaker, wanted);
      return TRUE;
    }

  return FALSE;
}

/* "Mr. Lee’s letter did not name anyone. Instead, it ... / He said ...": a sentence that
 * opens with a person's possessive name (of the pronoun's sex, or not known) is about
 * that person. When what follows is a statement ("letter", "tweet"), he or she is its
 * author; otherwise the search stops there, as nobody can tell whether he or she is that
 * person or someone named further back. Returns whether the search is over. */
static gboolean
opens_with_possessive_person (Attributor *self,
                              guint       start,
                              guint       wanted,
                              Decision   *decision)
{
  const Token *token = token_at (self, start);
  const Run *run;
  const char *fullest;

  if (token == NULL || token->kind != TOKEN_WORD || token->run < 0)
    return FALSE;
  run = run_at (self, token->run);
  /* Not "Japan's Prime Minister Shinzo Abe has said": a name after it is the subject. */
  if (run->title_first != start || !run->possessive || run->organisation ||
      !token_is_lower (token_at (self, (gint64)run->last + 1)))
    return FALSE;
  fullest = _nd_speaker_run_fullest (self, token->run);
  if (!_nd_speaker_entity_is_person (self, fullest) ||
      !_nd_speaker_gender_fits (_nd_speaker_entity_gender (self, fullest), wanted))
    return FALSE;
  if (token_has (token_at (self, (gint64)run->last + 1), WORD_STATEMENT))
    _nd_speaker_decide (decision, DECISION_FOUND, fullest, wanted);

  return TRUE;
}

/* Whether the sentence [@start, @end) has a pronoun of @word_class as the subject of a
 * verb of saying: "Everyone ran to the nearest class, she said." */
static gboolean
has_speaking_pronoun (const Attributor *self,
                      guint             start,
                      guint             end,
                      guint             word_class)
{
  for (guint i = start; i < end; i++)
    if (token_has (token_at (self, i), word_class) &&
        (is_tail_verb (token_at (self, (gint64)i + 1)) ||
         (i > start && is_tail_verb (token_at (self, (gint64)i - 1)))))
      return TRUE;

  return FALSE;
}

/* he, she or they at token @pronoun: see the comment at the top of nd-quote-speaker.c. */
static void
resolve_pronoun (Attributor *self,
                 guint       pronoun,
                 Decision   *decision)
{
  const Token *token = token_at (self, pronoun);
  gboolean plural = (token->word_class & WORD_THEY) != 0;
  guint wanted = token->word_class & (WORD_MALE | WORD_FEMALE);
  guint end = pronoun;
  guint text_paragraphs = 0;

  for (guint sentences = 0; sentences < PRONOUN_SENTENCES && end > 0; sentences++)
    {
      guint start = MAX (sentence_start (self, end - 1), look_back_bound (0, pronoun));
      gboolean has_words = FALSE;
      guint chained = G_MAXUINT;
      gint last_quote = -1;

      /* Captions and headings are passed over as links are, but a list of links in
       * capitals stops the search below, as it always has. */
      if (is_link_line (self, start) || is_lone_name (self, start, end) ||
          (_nd_speaker_paragraph_is_caption (self, start, pronoun) &&
           !is_shouted_junk (self, start, end)))
        {
          end = start;
          continue;
        }
      if (start > 0 && token_at (self, start - 1)->kind == TOKEN_BREAK)
        text_paragraphs++;

      for (guint i = start; i < end; i++)
        {
          const Token *t = token_at (self, i);

          if (t->kind == TOKEN_WORD)
            has_words = TRUE;
          if (token_has (t, token->word_class & (WORD_HE | WORD_SHE | WORD_THEY)))
            chained = MIN (chained, i);
          if (t->kind == TOKEN_QUOTE && self->decisions[t->quote].kind != DECISION_NONE)
            last_quote = t->quote;
        }

      if (starts_with_unnamed_person (self, start, end) || is_shouted_junk (self, start, end))
        return;
      if (starts_with_description (self, start, end))
        {
          if (resolve_from_role (self, start, end, wanted, decision))
            return;
          end = start;
          continue;
        }

      if (!plural && resolve_from_speaker (self, start, end, wanted, decision))
        return;
      /* "“...,” said a former NASA engineer. / “...,” he added": someone unnamed
       * speaks in that sentence, and no name in it is he. */
      if (last_quote >= 0 && self->decisions[last_quote].kind == DECISION_UNNAMED &&
          !self->titles[last_quote] && speaks_unnamed (self, start, end))
        return;
      if (plural && resolve_from_organisation (self, start, end, decision))
        return;
      if (!plural && opens_with_possessive_person (self, start, wanted, decision))
        return;
      /* "He wants Qualcomm for its modem chips": a sentence whose subject is the same
       * pronoun, opening it, is about whom that pronoun stands for, and the names after
       * it are someone else; the search goes on before it. */
      if (!opens_with_pronoun (self, start, chained) &&
          resolve_from_names (self, start, end, plural, chained, wanted, decision))
        return;
      if (last_quote >= 0 && resolve_from_quote (self, last_quote, plural, wanted, decision))
        return;

      /* The same pronoun speaking in a sentence that names nobody stands for the same
       * person: the search goes on as it would from there, a paragraph further back
       * ("Anneika Mercer ... said she saw glass. / Everyone ran, she said. / "...," she
       * said."). */
      if (chained != G_MAXUINT &&
          has_speaking_pronoun (self, start, end, token->word_class & (WORD_HE | WORD_SHE | WORD_THEY)))
        text_paragraphs = start > 0 && token_at (self, start - 1)->kind == TOKEN_BREAK ? 1 : 0;
      if (has_words && text_paragraphs >= 2)
        return;
      end = start;
    }
}

/* "The Center for Human Technology": the name of @run with "for", "of" or "on" and the
 * name after it, or %NULL when none follows. */
static char *
dup_organisation_name (const Attributor *self,
                       gint              run)
{
  const Run *first = run_at (self, run);
  const Token *joint = token_at (self, (gint64)first->last + 1);
  const Token *next = token_at (self, (gint64)first->last + 2);
  GString *name;

  if (next == NULL || next->kind != TOKEN_WORD || next->run < 0 ||
      run_at (self, next->run)->title_first != first->last + 2 ||
      run_at (self, next->run)->possessive ||
      (!_nd_speaker_token_is_word (joint, self->chars, "for") &&
       !_nd_speaker_token_is_word (joint, self->chars, "of") &&
       !_nd_speaker_token_is_word (joint, self->chars, "on")))
    return NULL;

  name = g_string_new (NULL);
  for (guint i = first->first; i <= run_at (self, next->run)->last; i++)
    {
      const Token *token = token_at (self, i);

      if (i > first->first)
        g_string_append_c (name, ' ');
      for (guint c = token->start; c < token->end; c++)
        g_string_append_unichar (name, self->chars[c]);
    }

  return g_string_free (name, FALSE);
}

/* "Progress for Ohio": a name with no title, first name or sex known, "for" and the
 * name after it are one organisation's name (a run stops at "for"); %NULL when @run is
 * not followed so, or is known as a person's ("Mark Smith for America"). */
static char *
organisation_for_name (const Attributor *self,
                       gint              run)
{
  const Run *first = run_at (self, run);

  if (!_nd_speaker_token_is_word (token_at (self, (gint64)first->last + 1), self->chars, "for") ||
      first->possessive || first->titled || first->gender != 0 ||
      token_has (token_at (self, first->first), WORD_MALE_NAME | WORD_FEMALE_NAME))
    return NULL;

  return dup_organisation_name (self, run);
}

/* "“We know Facebook can help,” it said": "it" that says something is the organisation
 * that is the subject of a sentence just before, within this paragraph and the one
 * before; nobody when that sentence is about a person or about no name. */
static void
resolve_it (Attributor *self,
            guint       pronoun,
            Decision   *decision)
{
  guint end = pronoun;
  guint paragraphs = 0;

  for (guint sentences = 0; sentences < IT_SENTENCES && end > 0; sentences++)
    {
      guint start;
      guint first;
      const Token *token;
      const Run *run;
      const char *fullest;

      while (end > 0 && token_at (self, end - 1)->kind == TOKEN_BREAK)
        end--;
      if (end == 0)
        return;
      start = MAX (sentence_start (self, end - 1), look_back_bound (0, pronoun));
      first = start;

      if (start > 0 && token_at (self, start - 1)->kind == TOKEN_BREAK && ++paragraphs > 2)
        return;
      if (_nd_speaker_token_is_word (token_at (self, first), self->chars, "the"))
        first++;
      token = token_at (self, first);
      end = start;
      if (token == NULL || token->kind != TOKEN_WORD || token->run < 0)
        {
          /* "“...,” the Korean Central News Agency said": a sentence of quotation is the
           * organisation's that said it; one that opens with "it" again says nothing. */
          if (token != NULL && token->kind == TOKEN_QUOTE &&
              self->decisions[token->quote].kind == DECISION_FOUND &&
              !_nd_speaker_entity_is_person (self, self->decisions[token->quote].speaker) &&
              self->decisions[token->quote].gender == 0)
            {
              _nd_speaker_decide (decision, DECISION_FOUND, self->decisions[token->quote].speaker, 0);
              return;
            }
          /* Nor does the sentence of "it" when it opens with no name ("The world will
           * “...”, it said"). */
          if (token != NULL && (token->kind == TOKEN_QUOTE || token_has (token, WORD_IT) ||
                                sentences == 0))
            continue;
          return;
        }

      run = run_at (self, token->run);
      fullest = _nd_speaker_run_fullest (self, token->run);
      if (run->title_first != first || run->possessive || run->titled ||
          _nd_speaker_entity_gender (self, fullest) != 0)
        return;
      {
        g_autofree char *name = dup_organisation_name (self, token->run);

        _nd_speaker_decide (decision, DECISION_FOUND, name != NULL ? name : fullest, 0);
      }
      return;
    }
}

/* "the pair said": the nearest pair before @token. */
static void
resolve_pair_reference (Attributor *self,
                        guint       token,
                        Decision   *decision)
{
  guint end = token;

  for (guint sentences = 0; sentences < PRONOUN_SENTENCES && end > 0; sentences++)
    {
      guint start = MAX (sentence_start (self, end - 1), look_back_bound (0, token));

      for (guint i = end; i > start; i--)
        {
          const Token *t = token_at (self, i - 1);
          gint partner;

          if (t->kind != TOKEN_WORD || t->run < 0 || run_at (self, t->run)->last != i - 1)
            continue;
          partner = _nd_speaker_pair_partner (self, run_at (self, t->run));
          if (partner >= 0)
            {
              g_autofree char *pair = _nd_speaker_dup_pair_name (self, partner, t->run);

              _nd_speaker_decide (decision, DECISION_FOUND, pair, 0);
              return;
            }
        }
      end = start;
    }
}

/* "Protesters said", "Organisers told": a plural noun that opens a sentence, is used
 * nowhere else as a name and has no title, names a group, not someone. */
static gboolean
is_group_noun (const Attributor *self,
               const Run        *run)
{
  static const char * const endings[] = { "ers", "ors", "ists", "ants", "ents", "ians", "ives" };
  const Token *token = token_at (self, run->first);

  if (run->first != run->last || run->titled || run->possessive ||
      sentence_start (self, run->title_first) != run->title_first ||
      GPOINTER_TO_UINT (g_hash_table_lookup (self->name_set, run->name)) > 1)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (endings); i++)
    {
      guint n = strlen (endings[i]);
      guint length = token->end - token->start;

      if (length > n + 2)
        {
          gboolean match = TRUE;

          for (guint c = 0; c < n; c++)
            match &= self->chars[token->end - n + c] == (gunichar)endings[i][c];
          if (match)
            return TRUE;
        }
    }

  return FALSE;
}

void
_nd_speaker_resolve_subject (Attributor    *self,
                             const Subject *subject,
                             Decision      *decision)
{
  switch (subject->kind)
    {
    case SUBJECT_NONE:
      break;

    case SUBJECT_UNNAMED:
      _nd_speaker_decide (decision, DECISION_UNNAMED, NULL, 0);
      break;

    case SUBJECT_RUN:
      {
        const char *fullest = _nd_speaker_run_fullest (self, subject->run);
        g_autofree char *with_for = organisation_for_name (self, subject->run);

        if (is_group_noun (self, run_at (self, subject->run)))
          _nd_speaker_decide (decision, DECISION_UNNAMED, NULL, 0);
        else if (with_for != NULL)
          _nd_speaker_decide (decision, DECISION_FOUND, with_for, 0);
        else
          _nd_speaker_decide (decision, DECISION_FOUND, fullest,
                              _nd_speaker_entity_gender (self, fullest));
      }
      break;

    case SUBJECT_PAIR:
      {
        g_autofree char *pair = _nd_speaker_dup_pair_name (self, subject->other_run, subject->run);

        _nd_speaker_decide (decision, DECISION_FOUND, pair, 0);
      }
      break;

    case SUBJECT_PRONOUN:
      if (token_has (token_at (self, subject->token), WORD_IT))
        resolve_it (self, subject->token, decision);
      else
        resolve_pronoun (self, subject->token, decision);
      /* A pronoun nobody fits still says that someone said it. */
      if (decision->kind == DECISION_NONE)
        _nd_speaker_decide (decision, DECISION_UNNAMED, NULL, 0);
      break;

    case SUBJECT_QUOTE_SPEAKER:
      {
        const Decision *earlier = &self->decisions[subject->token];

        _nd_speaker_decide (decision, earlier->kind, earlier->speaker, earlier->gender);
      }
      break;

    case SUBJECT_CAMPAIGN:
      {
        const Token *noun = token_at (self, subject->token);
        GString *name = g_string_new (run_at (self, subject->run)->name);

        g_string_append_c (name, ' ');
        for (guint c = noun->start; c < noun->end; c++)
          g_string_append_unichar (name, self->chars[c]);
        _nd_speaker_decide (decision, DECISION_FOUND, name->str, 0);
        g_string_free (name, TRUE);
      }
      break;

    case SUBJECT_PAIR_REFERENCE:
      resolve_pair_reference (self, subject->token, decision);
      if (decision->kind == DECISION_NONE)
        _nd_speaker_decide (decision, DECISION_UNNAMED, NULL, 0);
      break;

    default:
      g_assert_not_reached ();
    }
}

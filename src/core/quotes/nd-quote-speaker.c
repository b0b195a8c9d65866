/* nd-quote-speaker.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Who said a quotation, from the shape of news writing rather than from a parser. A
 * wrong speaker is worse than none, so every rule below gives up (no speaker) as soon as
 * what it sees does not fit.
 *
 * The body is cut into tokens: words, punctuation, line breaks, and one token per
 * quotation (its words are read separately, only to learn names). Capitalised words in a
 * row form a name ("Mayor Elena Marsh"); titles in front are dropped ("Elena Marsh") and
 * remembered as a sign of a person; function words, days and months are never names.
 *
 * In the order tried, the speaker of a quotation is:
 *  1. after it in its sentence: "...," Marsh said / said Regina Osei / Rao and Collins
 *     wrote / she said / the pair said / one resident said (someone unnamed: none) /
 *     according to chief executive Dana Kowalczyk. A quotation that ends its sentence
 *     keeps only a bare "Black Panther growls." after it.
 *  2. before it in its sentence, through the last verb of saying that has a subject:
 *     Marsh said: "..." / Halvorsen-Tate said it would "co-operate fully" / Mayor Elena
 *     Marsh, who backs the project, said afterward that the council "will ...". Verbs that
 *     already attributed an earlier quotation after it do not count, and a quotation in an
 *     aside between dashes is nobody's.
 *  3. when it opens its paragraph and the paragraph before ends with a colon, the speaker
 *     of that sentence: Mayor Elena Marsh told reporters:
 *  4. the speaker of the quotation before it in the same paragraph ("...," Brennan said.
 *     "..."), and of the last quotation of the paragraph before when it makes up a
 *     paragraph of its own (the next paragraph of a speech).
 *  5. for a quotation that is a sentence of its own, the subject of a verb of saying in the
 *     sentence before it in its paragraph ("Ren said the stance has not changed. "..."),
 *     or the person that sentence opens with when it names nobody else; for a paragraph
 *     that is only a quotation, the subject of such a verb in the last sentence of the
 *     paragraph before.
 *
 * Before them all: a quotation among links to other stories ("Most Read In TV & Showbiz
 * ... 'IT'S THE RIGHT THING' Ant confirms") is nobody's here, and words in title case right
 * after an owner's name ("ABC's "This Week,"") are a title.
 *
 * Subjects also come from a participle after a clause or a name ("Pat Rooke described the
 * scene as ..., adding:", "with CEO Steve Mollenkopf arguing"), "X of the Y party said",
 * "X, who said", a verb that attributed an earlier quotation of the sentence, an unnamed
 * spokesperson of a named organisation ("A Met spokesman said": the Met), a verb that puts
 * the subject's own word on something ("described the sound as", "accused China of"), a
 * role noun for the one person named with that title ("the president replied", "said the
 * senator"), and "it said" for the organisation a sentence just before opens with.
 *
 * he, she and they stand for someone in the nearest sentence before them that names a
 * person (or whose quotation has a speaker), within that paragraph and the one before,
 * looking past captions, headings and credits (paragraphs with no full stop at the end)
 * and past sentences that open with the same pronoun, and giving up at a sentence where
 * someone unnamed speaks:
 * first whoever a verb of saying there has as its subject, then the first name that is
 * not an aside (after a preposition, an article or a possessive, or before a role:
 * "Pentagon spokesman ..."); "they" only for a pair. The search stops, without a
 * speaker, at a sentence about someone unnamed ("Another resident, a woman who did not
 * give her name, ...") and at a sentence whose first name may not be a person's. A name
 * counts as a person when it has a title or a role in front ("spokesman Pierre-Henry
 * Brandet", "her husband Tony"), says something somewhere in the article, is followed by
 * ", who", an age or a role between commas ("José Álvarez, the co-operative's chair,"),
 * or stands between commas after a role ("the council's director of place, Graham
 * Petts,"). He and she pass over people known to be of the other sex (from Mr, Mrs,
 * husband, daughter, ..., or a he or she right after them in a sentence about them).
 *
 * A pair is "Rao and Collins", also with roles between ("Dr Anil Rao, a coastal engineer,
 * and Beatriz Collins, a hydrologist,"); "the pair", "the couple" and "the two" stand for
 * the nearest pair.
 *
 * Names are reported in the fullest form the article uses: the longest name in the
 * article (quotations included, but not a nickname or a title in marks: "Iron Ross")
 * that ends with the word given (a surname: "Marsh" is "Elena Marsh"; "Trump Jr." is
 * "Donald Trump Jr."; "de Luna" is "Marco de Luna"), else starts with it ("Zoë" is "Zoë
 * Brennan", "Halvorsen-Tate" is "Halvorsen-Tate Marine"), or holds the words given
 * besides middle initials ("Donald Trump" is "Donald J. Trump"); but a word several
 * people share is the one person named in full in its paragraph or the one before, when
 * only one is ("Kim" after "Kim Dong-yup, an analyst,"); of two equally long, the one the article uses most, then
 * the first; never one known to be of the other sex ("Ms. Thurman" is not "her father,
 * Robert Thurman"). An acronym is the one name of the article whose initials it is ("the
 * NFU" after "The National Farmers Union"), and "X for Y" after a name that is no
 * known person's is one organisation's ("Progress for Ohio"). Words in front of a name that the article also uses in lower case,
 * "-based" adjectives and organisations' names are not part of it ("Splash News Michael
 * Sheen" is Michael Sheen), nor are a repeated word, capitals or an acronym glued in front
 * ("Equifax Equifax", "ELON MUSK Elon Musk", "DpolG Rainer Wendt"). A name ending in a
 * demonym ("Americans", "North Korean") is nobody's, and "Investigators" or "Officials"
 * are no name.
 *
 * The parts, behind nd-quote-speaker-private.h: the words the rules know (-lexicon.c),
 * tokens and sentences (-tokens.c), names, their fullest forms and what is known of the
 * people they name (-names.c), the subject of a verb of saying (-subjects.c), whom a role
 * noun stands for (-roles.c), whom he, she, they and "the pair" stand for (-pronouns.c)
 * and the rules above in their order (-rules.c); this file runs them over a body. */

#define G_LOG_DOMAIN "nd-quote-speaker"

#include "config.h"

#include <string.h>

#include "quotes/nd-quote-speaker-private.h"

static void
decision_clear (Decision *decision)
{
  g_clear_pointer (&decision->speaker, g_free);
  decision->kind = DECISION_NONE;
  decision->gender = 0;
}

void
_nd_speaker_decide (Decision     *decision,
                    DecisionKind  kind,
                    const char   *speaker,
                    guint         gender)
{
  decision_clear (decision);
  decision->kind = kind;
  decision->speaker = g_strdup (speaker);
  decision->gender = gender;
}

static void
attributor_clear (Attributor *self)
{
  for (guint i = 0; self->runs != NULL && i < self->runs->len; i++)
    {
      g_free (run_at (self, i)->name);
      g_free (run_at (self, i)->fullest);
    }
  for (guint i = 0; self->decisions != NULL && i < self->n_spans; i++)
    decision_clear (&self->decisions[i]);

  g_clear_pointer (&self->tokens, g_array_unref);
  g_clear_pointer (&self->runs, g_array_unref);
  g_clear_pointer (&self->all_names, g_ptr_array_unref);
  g_clear_pointer (&self->fullest, g_hash_table_unref);
  g_clear_pointer (&self->name_set, g_hash_table_unref);
  g_clear_pointer (&self->name_genders, g_hash_table_unref);
  g_clear_pointer (&self->entities, g_hash_table_unref);
  g_clear_pointer (&self->fullest_by_name, g_hash_table_unref);
  g_clear_pointer (&self->acronyms, g_hash_table_unref);
  g_clear_pointer (&self->sentence_starts, g_free);
  g_clear_pointer (&self->lower_words, g_free);
  g_clear_pointer (&self->quote_token, g_free);
  g_clear_pointer (&self->consumed, g_free);
  g_clear_pointer (&self->decisions, g_free);
  g_clear_pointer (&self->titles, g_free);
  g_clear_pointer (&self->title_case, g_free);
}

/* The apostrophe the article writes at @word (a word of a speaker's name, with a
 * straight apostrophe) where it first uses it, else the straight one. */
static gunichar
written_apostrophe (const Attributor *self,
                    const gunichar   *word,
                    glong             n)
{
  for (guint i = 0; i + n <= self->n_chars; i++)
    {
      gunichar apostrophe = '\'';
      glong j;

      for (j = 0; j < n; j++)
        {
          gunichar c = self->chars[i + j];

          if (word[j] == '\'' && (c == '\'' || c == 0x2019))
            apostrophe = c;
          else if (c != word[j])
            break;
        }
      if (j == n)
        return apostrophe;
    }

  return '\'';
}

/* Names are read with a straight apostrophe, so that "O’Brien" and "O'Brien" are one
 * person; a speaker is reported as the article writes the name ("Bill O’Brien"). */
static char *
dup_as_written (const Attributor *self,
                const char       *speaker)
{
  g_auto(GStrv) words = NULL;
  GString *written;

  if (strchr (speaker, '\'') == NULL)
    return g_strdup (speaker);

  words = g_strsplit (speaker, " ", -1);
  written = g_string_new (NULL);
  for (guint i = 0; words[i] != NULL; i++)
    {
      glong n = 0;
      g_autofree gunichar *word = g_utf8_to_ucs4_fast (words[i], -1, &n);
      gunichar apostrophe = strchr (words[i], '\'') != NULL
                            ? written_apostrophe (self, word, n) : '\'';

      if (i > 0)
        g_string_append_c (written, ' ');
      for (glong j = 0; j < n; j++)
        g_string_append_unichar (written, word[j] == '\'' ? apostrophe : word[j]);
    }

  return g_string_free (written, FALSE);
}

GPtrArray *
_nd_quote_speaker_attribute (const gunichar    *chars,
                             guint              n_chars,
                             const NdQuoteSpan *spans,
                             guint              n_spans,
                             gboolean          *titles)
{
  GPtrArray *speakers = g_ptr_array_new_full (n_spans, g_free);
  Attributor self = { 0 };

  _nd_speaker_lexicon_init ();

  self.chars = chars;
  self.n_chars = n_chars;
  self.spans = spans;
  self.n_spans = n_spans;
  /* About one token per five characters in English. */
  self.tokens = g_array_sized_new (FALSE, FALSE, sizeof (Token), n_chars / 5 + 16);
  self.runs = g_array_new (FALSE, FALSE, sizeof (Run));
  self.all_names = g_ptr_array_new_with_free_func ((GDestroyNotify)g_strfreev);
  self.name_set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self.name_genders = g_hash_table_new (g_str_hash, g_str_equal);
  self.fullest_by_name = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  self.acronyms = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self.quote_token = g_new0 (guint, n_spans);
  self.decisions = g_new0 (Decision, n_spans);
  self.titles = g_new0 (gboolean, n_spans);
  self.title_case = g_new (gint8, n_spans);
  memset (self.title_case, -1, n_spans);

  _nd_speaker_tokenize (chars, 0, n_chars, spans, n_spans, self.tokens, self.quote_token);
  self.consumed = g_new0 (guint, self.tokens->len + 1);
  _nd_speaker_find_sentences (&self);
  _nd_speaker_remember_lower_words (&self, self.tokens);
  _nd_speaker_find_names (&self, self.tokens, self.runs);

  /* Names inside the quotations count for the fullest form only; not those of a
   * nickname or a title ("nicknamed “Iron Ross”" is no fuller form of "Ross"). */
  for (guint i = 0; i < n_spans; i++)
    {
      g_autoptr(GArray) inside = NULL;

      if (_nd_speaker_quote_is_name_only (&self, i))
        continue;
      inside = g_array_new (FALSE, FALSE, sizeof (Token));
      _nd_speaker_tokenize (chars, spans[i].start, spans[i].end, NULL, 0, inside, NULL);
      _nd_speaker_find_names (&self, inside, NULL);
    }

  _nd_speaker_learn_genders (&self);
  for (guint i = 0; i < self.runs->len; i++)
    {
      const Run *run = run_at (&self, i);
      guint gender = GPOINTER_TO_UINT (g_hash_table_lookup (self.name_genders, run->name));

      g_hash_table_replace (self.name_genders, run->name, GUINT_TO_POINTER (gender | run->gender));
    }
  _nd_speaker_index_names (&self);
  _nd_speaker_mark_people (&self);
  _nd_speaker_gather_entities (&self);

  for (guint i = 0; i < n_spans; i++)
    _nd_speaker_attribute_quote (&self, i);
  _nd_speaker_attribute_repeats (&self);
  _nd_speaker_mark_titles (&self);
  _nd_speaker_drop_title_speakers (&self);

  for (guint i = 0; i < n_spans; i++)
    g_ptr_array_add (speakers, self.decisions[i].kind == DECISION_FOUND
                               ? dup_as_written (&self, self.decisions[i].speaker) : NULL);
  if (titles != NULL)
    memcpy (titles, self.titles, n_spans * sizeof (gboolean));

  attributor_clear (&self);

  return speakers;
}

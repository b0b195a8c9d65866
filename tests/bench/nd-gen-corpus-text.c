/* nd-gen-corpus-text.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* nd-gen-corpus's tiny grammar: titles and bodies of an exact number of words, from the
 * generator's word lists. */

#define G_LOG_DOMAIN "nd-gen-corpus"

#include "config.h"

#include <string.h>

#include <glib.h>

#include "nd-gen-corpus-private.h"

static void emit_clause (Generator *gen,
                         guint      n_words);

/* Words and phrases. Every emit_* function writes exactly the number of words it is asked
 * for (a word being what lies between spaces), which is how bodies get their exact length. */

static void
emit (Generator  *gen,
      const char *word)
{
  if (!gen->at_start)
    g_string_append_c (gen->text, ' ');
  g_string_append (gen->text, word);
  gen->at_start = FALSE;
}

static void
emit_number (Generator *gen)
{
  char buffer[32];

  switch (g_rand_int_range (gen->rand, 0, 6))
    {
    case 0:
      g_snprintf (buffer, sizeof buffer, "%u", between (gen, 2, 99));
      break;

    case 1:
      g_snprintf (buffer, sizeof buffer, "%u", between (gen, 100, 999));
      break;

    case 2:
      g_snprintf (buffer, sizeof buffer, "%u,%03u", between (gen, 1, 99), between (gen, 0, 999));
      break;

    case 3:
      g_snprintf (buffer, sizeof buffer, "%u.%u", between (gen, 1, 99), between (gen, 1, 9));
      break;

    case 4:
      g_snprintf (buffer, sizeof buffer, "%u%%", between (gen, 1, 99));
      break;

    default:
      g_snprintf (buffer, sizeof buffer, "%s%u",
                  chance (gen, 50) ? "$" : "€", between (gen, 2, 900));
      break;
    }

  emit (gen, buffer);
}

static void
emit_year (Generator *gen)
{
  char buffer[8];

  g_snprintf (buffer, sizeof buffer, "%u", between (gen, 1990, 2030));
  emit (gen, buffer);
}

static void
emit_name (Generator *gen)
{
  emit (gen, draw_word (gen, &gen->first_name_list));
  emit (gen, draw_word (gen, &gen->last_name_list));
}

/* "a" or "an" is decided by the word that follows it, so the phrase is chosen first. */
static void
emit_determiner (Generator  *gen,
                 const char *next_word)
{
  const char *determiner = draw_word (gen, &gen->singular_determiner_list);

  if (strcmp (determiner, "a") == 0 && strchr ("aeiouAEIOU", next_word[0]) != NULL)
    determiner = "an";
  emit (gen, determiner);
}

static void
emit_noun_phrase (Generator *gen,
                  guint      n_words)
{
  const Noun *noun = &gen->nouns[draw_rank (gen, &gen->noun_list)];
  guint roll = (guint)g_rand_int_range (gen->rand, 0, 100);

  switch (n_words)
    {
    case 1:
      if (roll < 75)
        emit (gen, noun->plural);
      else
        emit (gen, draw_word (gen, &gen->place_list));
      break;

    case 2:
      if (roll < 50)
        {
          emit_determiner (gen, noun->singular);
          emit (gen, noun->singular);
        }
      else if (roll < 68)
        {
          emit (gen, draw_word (gen, &gen->adjective_list));
          emit (gen, noun->plural);
        }
      else if (roll < 86)
        emit_name (gen);
      else
        {
          emit_number (gen);
          emit (gen, noun->plural);
        }
      break;

    case 3:
      if (roll < 55)
        {
          const char *adjective = draw_word (gen, &gen->adjective_list);

          emit_determiner (gen, adjective);
          emit (gen, adjective);
          emit (gen, noun->singular);
        }
      else if (roll < 70)
        {
          emit (gen, draw_word (gen, &gen->title_list));
          emit_name (gen);
        }
      else if (roll < 82)
        {
          emit (gen, draw_word (gen, &gen->number_qualifier_list));
          emit_number (gen);
          emit (gen, noun->plural);
        }
      else
        {
          emit (gen, draw_word (gen, &gen->plural_determiner_list));
          emit (gen, draw_word (gen, &gen->adjective_list));
          emit (gen, noun->plural);
        }
      break;

    default:
      g_assert (n_words == 4);
      if (roll < 40)
        {
          const char *adjective = draw_word (gen, &gen->adjective_list);

          emit_determiner (gen, adjective);
          emit (gen, adjective);
          emit (gen, draw_word (gen, &gen->adjective_list));
          emit (gen, noun->singular);
        }
      else if (roll < 75)
        {
          emit (gen, "the");
          emit (gen, noun->singular);
          emit (gen, "of");
          emit (gen, chance (gen, 30) ? draw_word (gen, &gen->place_list)
                                      : gen->nouns[draw_rank (gen, &gen->noun_list)].plural);
        }
      else
        {
          emit_name (gen);
          emit (gen, "and");
          emit (gen, draw_word (gen, &gen->last_name_list));
        }
      break;
    }
}

static void
emit_verb_phrase (Generator *gen,
                  guint      n_words)
{
  const Verb *verb = &gen->verbs[draw_rank (gen, &gen->verb_list)];

  switch (n_words)
    {
    case 1:
      emit (gen, verb->past);
      break;

    case 2:
      if (chance (gen, 55))
        {
          emit (gen, draw_word (gen, &gen->adverb_list));
          emit (gen, verb->past);
        }
      else
        {
          emit (gen, draw_word (gen, &gen->modal_list));
          emit (gen, verb->base);
        }
      break;

    default:
      g_assert (n_words == 3);
      if (chance (gen, 60))
        {
          emit (gen, draw_word (gen, &gen->catenative_list));
          emit (gen, "to");
        }
      else
        {
          emit (gen, "did");
          emit (gen, "not");
        }
      emit (gen, verb->base);
      break;
    }
}

static void
emit_prepositional_phrase (Generator *gen,
                           guint      n_words)
{
  if (n_words == 2 && chance (gen, 20))
    {
      emit (gen, draw_word (gen, &gen->year_preposition_list));
      emit_year (gen);
      return;
    }

  emit (gen, draw_word (gen, &gen->preposition_list));
  emit_noun_phrase (gen, n_words - 1);
}

/* Whatever follows the verb: an object, then prepositional phrases, a relative clause or
 * a second clause, until exactly @n_words words are written. */
static void
emit_predicate (Generator *gen,
                guint      n_words)
{
  guint object;

  if (n_words <= 4)
    {
      emit_noun_phrase (gen, n_words);
      return;
    }

  object = between (gen, 1, 4);
  emit_noun_phrase (gen, object);
  n_words -= object;

  while (n_words > 0)
    {
      guint roll = (guint)g_rand_int_range (gen->rand, 0, 100);

      if (n_words == 1)
        {
          emit (gen, draw_word (gen, &gen->final_adverb_list));
          return;
        }

      if (n_words >= 6 && roll < 18)
        {
          g_string_append_c (gen->text, ',');
          emit (gen, draw_word (gen, &gen->conjunction_list));
          emit_clause (gen, n_words - 1);
          return;
        }

      if (n_words >= 4 && roll < 24)
        {
          guint verb = between (gen, 1, MIN (2, n_words - 2));

          g_string_append_c (gen->text, ',');
          emit (gen, chance (gen, 80) ? "which" : "who");
          emit_verb_phrase (gen, verb);
          emit_predicate (gen, n_words - 1 - verb);
          return;
        }

      {
        guint phrase = between (gen, 2, MIN (4, n_words));

        emit_prepositional_phrase (gen, phrase);
        n_words -= phrase;
      }
    }
}

static void
emit_clause (Generator *gen,
             guint      n_words)
{
  guint subject;
  guint verb;

  g_assert (n_words >= 3);

  subject = between (gen, 1, MIN (3, n_words - 2));
  emit_noun_phrase (gen, subject);
  n_words -= subject;

  /* Mostly a plain past tense, as in news prose; "did not" and friends now and then. */
  verb = chance (gen, 60) ? 1 : chance (gen, 75) ? 2 : 3;
  verb = MIN (verb, n_words - 1);
  emit_verb_phrase (gen, verb);
  n_words -= verb;

  emit_predicate (gen, n_words);
}

static void
capitalise_at (GString *text,
               gsize    position)
{
  const char *p = text->str + position;
  gunichar c = g_utf8_get_char (p);
  gunichar upper = g_unichar_toupper (c);
  char encoded[6];
  int encoded_len;

  if (upper == c)
    return;

  /* Only ASCII is ever capitalised here, or a letter whose capital is as long. */
  encoded_len = g_unichar_to_utf8 (upper, encoded);
  if (encoded_len == g_utf8_skip[*(const guchar *)p])
    memcpy (text->str + position, encoded, (gsize)encoded_len);
}

/* One sentence of exactly @n_words words, with its capital and full stop. */
static void
emit_sentence (Generator *gen,
               guint      n_words)
{
  guint roll = (guint)g_rand_int_range (gen->rand, 0, 100);
  gsize start;

  g_assert (n_words >= MIN_SENTENCE_WORDS);

  if (roll < 12)
    {
      /* "Quoted words," said First Last. */
      if (!gen->at_start)
        g_string_append_c (gen->text, ' ');
      g_string_append_c (gen->text, '"');
      gen->at_start = TRUE;
      start = gen->text->len;
      emit_clause (gen, n_words - 3);
      capitalise_at (gen->text, start);
      g_string_append (gen->text, ",\"");
      if (chance (gen, 60))
        {
          emit (gen, draw_word (gen, &gen->reporting_verb_list));
          emit_name (gen);
        }
      else
        {
          emit_name (gen);
          emit (gen, draw_word (gen, &gen->reporting_verb_list));
        }
    }
  else if (roll < 22)
    {
      /* First Last said that ... */
      start = gen->text->len + (gen->at_start ? 0 : 1);
      emit_noun_phrase (gen, 2);
      emit (gen, draw_word (gen, &gen->reporting_verb_list));
      emit (gen, "that");
      emit_clause (gen, n_words - 4);
      capitalise_at (gen->text, start);
    }
  else if (roll < 27)
    {
      /* He said: "Quoted words." */
      start = gen->text->len + (gen->at_start ? 0 : 1);
      emit_name (gen);
      emit (gen, draw_word (gen, &gen->reporting_verb_list));
      g_string_append_c (gen->text, ':');
      g_string_append (gen->text, " \"");
      gen->at_start = TRUE;
      {
        gsize quote_start = gen->text->len;

        emit_clause (gen, n_words - 3);
        capitalise_at (gen->text, quote_start);
      }
      g_string_append (gen->text, ".\"");
      capitalise_at (gen->text, start);
      return;
    }
  else if (roll < 42)
    {
      /* In 2019, ... / After the meeting, ... */
      guint phrase = between (gen, 2, 3);

      start = gen->text->len + (gen->at_start ? 0 : 1);
      emit_prepositional_phrase (gen, phrase);
      g_string_append_c (gen->text, ',');
      emit_clause (gen, n_words - phrase);
      capitalise_at (gen->text, start);
    }
  else
    {
      start = gen->text->len + (gen->at_start ? 0 : 1);
      emit_clause (gen, n_words);
      capitalise_at (gen->text, start);
    }

  g_string_append_c (gen->text, '.');
}

/* Chooses a sentence length so that what is left is never too short for a sentence. */
static guint
next_sentence_length (Generator *gen,
                      guint      remaining)
{
  if (remaining <= MAX_SENTENCE_WORDS)
    return remaining;

  return between (gen, MIN_SENTENCE_WORDS,
                  MIN (MAX_SENTENCE_WORDS, remaining - MIN_SENTENCE_WORDS));
}

void
generate_body (Generator *gen,
               guint      n_words)
{
  guint remaining = n_words;

  g_string_truncate (gen->text, 0);

  while (remaining > 0)
    {
      guint n_sentences = between (gen, 3, 7);

      if (gen->text->len > 0)
        g_string_append (gen->text, "\n\n");
      gen->at_start = TRUE;

      for (guint i = 0; i < n_sentences && remaining > 0; i++)
        {
          guint length = next_sentence_length (gen, remaining);

          emit_sentence (gen, length);
          remaining -= length;
        }
    }
}

void
generate_title (Generator *gen)
{
  g_string_truncate (gen->text, 0);
  gen->at_start = TRUE;
  emit_clause (gen, between (gen, MIN_TITLE_WORDS, MAX_TITLE_WORDS));
  capitalise_at (gen->text, 0);
}

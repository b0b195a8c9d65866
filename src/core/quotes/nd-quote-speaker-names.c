/* nd-quote-speaker-names.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Names: capitalised words in a row that name someone, their fullest form in the article,
 * and what the article tells of each (a person? of which sex?); see nd-quote-speaker.c. */

#define G_LOG_DOMAIN "nd-quote-speaker"

#include "config.h"

#include <string.h>

#include "quotes/nd-quote-speaker-private.h"
#include "util/nd-chars.h"

/* A set of hashes, open addressing: whether a sentence's first word also comes in lower
 * case. A collision only makes a rare name look like an ordinary word. */
static guint32 *
lower_word_slot (const Attributor *self,
                 guint32     hash)
{
  for (guint i = hash & self->lower_words_mask;; i = (i + 1) & self->lower_words_mask)
    if (self->lower_words[i] == 0 || self->lower_words[i] == hash)
      return &self->lower_words[i];
}

static gboolean
seen_in_lower_case (const Attributor *self,
                    guint32     hash)
{
  return hash != 0 && *lower_word_slot (self, hash) == hash;
}

static gboolean
is_capital_name_word (const Attributor *self,
                      guint             i,
                      gboolean          at_sentence_start)
{
  const Token *token = token_at (self, i);
  char lower[LEXICON_WORD_MAX];

  if (token == NULL || token->kind != TOKEN_WORD || !(token->shape & SHAPE_CAPITAL) ||
      (token->shape & SHAPE_SHOUTED) || (token->word_class & WORD_STOP))
    return FALSE;

  if (!at_sentence_start)
    return TRUE;

  /* A capitalised word that opens a sentence is an ordinary word when the article also
   * has it in lower case ("Industry analysts said ..."), or an -ing form. */
  if (_nd_speaker_lower_ascii (self->chars, token->start, token->end, lower))
    {
      gsize n = strlen (lower);

      if (n > 4 && g_str_has_suffix (lower, "ing"))
        return FALSE;
      return !seen_in_lower_case (self, token->hash);
    }

  return TRUE;
}

void
_nd_speaker_remember_lower_words (Attributor *self,
                                  GArray     *tokens)
{
  guint size = 64;

  while (size < 2 * tokens->len)
    size *= 2;
  self->lower_words = g_new0 (guint32, size);
  self->lower_words_mask = size - 1;

  for (guint i = 0; i < tokens->len; i++)
    {
      const Token *token = &g_array_index (tokens, Token, i);

      if (token->kind == TOKEN_WORD && (token->shape & SHAPE_LOWER) && token->hash != 0)
        *lower_word_slot (self, token->hash) = token->hash;
    }
}

static char *
dup_words (const gunichar *chars,
           const Token    *tokens,
           guint           first,
           guint           last,
           gboolean        possessive)
{
  GString *name = g_string_new (NULL);

  for (guint i = first; i <= last; i++)
    {
      guint end = tokens[i].end;

      if (i == last && possessive)
        end -= 2;
      if (i > first)
        g_string_append_c (name, ' ');
      for (guint j = tokens[i].start; j < end; j++)
        g_string_append_unichar (name, chars[j] == 0x2019 ? '\'' : chars[j]);
    }

  return g_string_free (name, FALSE);
}

/* Singapore-based, Northfield-based: a capital, a hyphen, then lower case. */
static gboolean
is_hyphenated_adjective (const gunichar *chars,
                         const Token    *token)
{
  for (guint i = token->start + 1; i + 1 < token->end; i++)
    if (chars[i] == '-')
      return g_unichar_islower (chars[i + 1]);

  return FALSE;
}

static gboolean
same_word (const gunichar *chars,
           const Token    *a,
           const Token    *b)
{
  if (a->end - a->start != b->end - b->start)
    return FALSE;
  for (guint i = 0; i < a->end - a->start; i++)
    if (g_unichar_tolower (chars[a->start + i]) != g_unichar_tolower (chars[b->start + i]))
      return FALSE;

  return TRUE;
}

/* Whether the word at @first of the name [@first, @last] is not part of it: the same as
 * the word after it ("Equifax Equifax"), a picture agency's ("Reuters Equifax"), or,
 * before two words or more, capitals only
 * ("ELON MUSK Elon Musk", "MK Tzipi Livni") or ending in one ("DpolG Rainer Wendt"). */
static gboolean
drops_in_front (const gunichar *chars,
                const Token    *all,
                guint           first,
                guint           last)
{
  const Token *word = &all[first];
  gboolean lower = FALSE;

  if (same_word (chars, word, &all[first + 1]) || (word->word_class & WORD_AGENCY))
    return TRUE;
  if (last - first < 2 || word->end - word->start < 2)
    return FALSE;

  for (guint i = word->start; i < word->end; i++)
    lower |= g_unichar_islower (chars[i]);

  return !lower || nd_char_is_capital (chars[word->end - 1]);
}

/* "Rail Accident Investigation Branch (RAIB)": remembers the acronym in brackets after
 * the name [@first, @last] when its letters are the name's initials. */
static void
remember_acronym (Attributor  *self,
                  const Token *all,
                  guint        n_tokens,
                  guint        first,
                  guint        last,
                  const char  *name)
{
  const Token *acronym;
  guint n = 0;

  if (last + 3 >= n_tokens || all[last + 1].kind != TOKEN_PUNCT || all[last + 1].punct != '(' ||
      all[last + 3].kind != TOKEN_PUNCT || all[last + 3].punct != ')')
    return;
  acronym = &all[last + 2];
  if (acronym->kind != TOKEN_WORD || acronym->end - acronym->start != last - first + 1 ||
      last == first)
    return;

  for (guint i = first; i <= last; i++, n++)
    if (self->chars[acronym->start + n] != self->chars[all[i].start] ||
        !nd_char_is_capital (self->chars[all[i].start]))
      return;

  g_hash_table_replace (self->acronyms,
                        g_ucs4_to_utf8 (self->chars + acronym->start, acronym->end - acronym->start,
                                        NULL, NULL, NULL),
                        g_strdup (name));
}

/* "U.S.", "D.C.": letters each followed by a full stop, a place's or a country's
 * abbreviation ("In a Washington, D.C., speech"), never someone alone. */
gboolean
_nd_speaker_is_dotted_abbreviation (const gunichar *chars,
                                    const Token    *token)
{
  guint n = token->end - token->start;

  if (n < 4 || n % 2 != 0)
    return FALSE;
  for (guint i = token->start; i < token->end; i += 2)
    if (!nd_char_is_alpha (chars[i]) || chars[i + 1] != '.')
      return FALSE;

  return TRUE;
}

/* "D-Ore.", "R-Calif.", "I-Vt.": a senator's party and state; "I.", "C.": an initial
 * alone; "D.C.", "U.S.": an abbreviation. None is a name. */
static gboolean
is_tag_or_initial (const gunichar *chars,
                   const Token    *token)
{
  guint letters = 0;

  if (token->end - token->start >= 3 && chars[token->start + 1] == '-' &&
      (chars[token->start] == 'D' || chars[token->start] == 'R' || chars[token->start] == 'I') &&
      nd_char_is_capital (chars[token->start + 2]))
    return TRUE;
  if (_nd_speaker_is_dotted_abbreviation (chars, token))
    return TRUE;

  for (guint i = token->start; i < token->end; i++)
    letters += nd_char_is_alpha (chars[i]);

  return letters <= 1;
}

/* Republican(s), Democrat(s), Democratic: a party before a person's name. Only for
 * names of three words or more, so computing the hashes here costs little. */
static gboolean
is_party_word (const Token *token)
{
  static const char * const words[] = {
    "republican", "republicans", "democrat", "democrats", "democratic",
  };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (token->hash == hash_string (words[i]))
      return TRUE;

  return FALSE;
}

/* "Similarly, First Deputy Chairman ...", "Separately, ...", "Previously the NAACP": an
 * adverb that opens a sentence before a comma or an article, not a name. Short words ending in -ly ("Kelly, who") may be
 * names, so only longer ones count. */
static gboolean
is_opening_adverb (const gunichar *chars,
                   const Token    *all,
                   guint           i,
                   guint           n_tokens,
                   gboolean        at_start)
{
  static const char * const determiners[] = {
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", NULL,
  };
  const Token *word = &all[i];

  if (!at_start || i + 1 >= n_tokens || word->end - word->start < 7 ||
      chars[word->end - 2] != 'l' || chars[word->end - 1] != 'y')
    return FALSE;

  /* "Previously the NAACP issued ...": no comma, but an article right after. */
  return (all[i + 1].kind == TOKEN_PUNCT && all[i + 1].punct == ',') ||
         _nd_speaker_token_is_one_of (&all[i + 1], chars, determiners);
}

/* Whether the words [@first, @last] end with an organisation's word and hold no common
 * first name: "Justice Department", not "Chief Justice Helen Park". */
static gboolean
is_organisation_run (const Token *all,
                     guint        first,
                     guint        last)
{
  if (!(all[last].word_class & WORD_ORGANISATION))
    return FALSE;
  for (guint j = first; j <= last; j++)
    if (all[j].word_class & (WORD_MALE_NAME | WORD_FEMALE_NAME))
      return FALSE;

  return TRUE;
}

/* "New York", "The New York Times", "New Jersey": "New" (a stop word, "New research
 * shows") right before a capitalised word that may be a name's is part of that name. */
static gboolean
is_new_before_name (const Token *all,
                    guint        i,
                    guint        n_tokens)
{
  /* The cheap tests first: this is asked of every word. */
  return i + 1 < n_tokens && all[i].kind == TOKEN_WORD && (all[i].shape & SHAPE_CAPITAL) &&
         (all[i].word_class & WORD_STOP) && all[i].end - all[i].start == 3 &&
         all[i].hash == hash_string ("new") && all[i + 1].kind == TOKEN_WORD &&
         all[i + 1].start == all[i].end + 1 && (all[i + 1].shape & SHAPE_CAPITAL) &&
         !(all[i + 1].shape & SHAPE_SHOUTED) && !(all[i + 1].word_class & WORD_STOP);
}

/* "Ten minutes later, ...": a number that opens a sentence alone is no name ("Page Six"
 * is one). */
static gboolean
is_number_word (const Token *token)
{
  static const char * const numbers[] = {
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "hundreds", "thousands",
    "dozens",
  };

  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    if (token->hash == hash_string (numbers[i]))
      return TRUE;

  return FALSE;
}

static gboolean
is_credit (const gunichar *chars,
           const Token    *all,
           guint           first,
           guint           last,
           guint           n_tokens)
{
  static const char * const bylines[] = { "reporting", "editing", "writing", "additional" };
  guint after = all[last].end;

  if (first >= 2 && all[first - 1].kind == TOKEN_WORD && all[first - 2].kind == TOKEN_WORD &&
      _nd_speaker_token_is_word (&all[first - 1], chars, "by"))
    for (guint i = 0; i < G_N_ELEMENTS (bylines); i++)
      if (_nd_speaker_token_is_word (&all[first - 2], chars, bylines[i]))
        return TRUE;

  return last + 2 < n_tokens && chars[after] == '.' && all[last + 2].start == after + 1 &&
         all[last + 2].kind == TOKEN_WORD && g_unichar_islower (chars[after + 1]);
}

/* "three SpaceX Falcon 9 rockets", "a Google Pixel 2 XL": a name with a number right
 * after it is a product's or a model's, nobody's fuller name ("SpaceX" is not "SpaceX
 * Falcon"). */
static gboolean
is_model_name (const Token *all,
               guint        last,
               guint        n_tokens)
{
  return last + 1 < n_tokens && all[last + 1].kind == TOKEN_WORD &&
         (all[last + 1].shape & SHAPE_DIGIT) && !(all[last].shape & SHAPE_POSSESSIVE);
}

/* Finds the names in @tokens. With @runs, records them as Runs on the tokens; every name
 * also goes to all_names.
 *
 * Longer than 80 lines on purpose: the steps that settle one name's bounds (titles in
 * front, words seen in lower case, an organisation's name, "Secretary of State") share
 * first, name_first, titled and gender and read best in their order; split up, each would
 * take all four by pointer. */
/* A word of a government department's name after "Secretary of": "State", "Homeland
 * Security". */
static gboolean
is_department_word (const Token *token)
{
  static const char * const words[] = {
    "state", "defense", "defence", "homeland", "security", "energy", "labor", "commerce",
    "education", "agriculture", "transportation", "treasury", "interior", "justice",
    "veterans", "housing",
  };

  /* Asked only after "Secretary of": hashing the few words again costs nothing. */
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (token->hash == hash_string (words[i]))
      return TRUE;

  return FALSE;
}

void
_nd_speaker_find_names (Attributor *self,
                        GArray     *tokens,
                        GArray     *runs)
{
  Token *all = (Token *)(gpointer)tokens->data;
  guint i = 0;

  while (i < tokens->len)
    {
      gboolean at_start = i == 0 || (runs != NULL ? _nd_speaker_ends_sentence (self, i - 1)
                                                  : all[i - 1].kind == TOKEN_PUNCT &&
                                                    nd_char_is_sentence_end (all[i - 1].punct));
      guint first = i;
      guint last;
      guint name_first;
      gboolean titled = FALSE;
      guint gender = 0;
      Run run = { 0 };

      if (all[i].kind != TOKEN_WORD ||
          !(is_new_before_name (all, i, tokens->len) ||
            (runs != NULL ? is_capital_name_word (self, i, at_start)
                          : (all[i].shape & SHAPE_CAPITAL) && !(all[i].shape & SHAPE_SHOUTED) &&
                            !(all[i].word_class & WORD_STOP))))
        {
          i++;
          continue;
        }

      last = i;
      while (last + 1 < tokens->len && !(all[last].shape & SHAPE_POSSESSIVE))
        {
          const Token *next = &all[last + 1];

          if ((next->kind == TOKEN_WORD && (next->shape & SHAPE_CAPITAL) &&
               !(next->shape & SHAPE_SHOUTED) && !(next->word_class & WORD_STOP)) ||
              is_new_before_name (all, last + 1, tokens->len))
            last++;
          else if (next->kind == TOKEN_WORD && (next->word_class & WORD_NAME_PARTICLE) &&
                   last + 2 < tokens->len && all[last + 2].kind == TOKEN_WORD &&
                   (all[last + 2].shape & SHAPE_CAPITAL))
            last += 2;
          /* "George A Lopez": a middle initial without its full stop. */
          else if (next->kind == TOKEN_WORD && next->end == next->start + 1 &&
                   (next->shape & SHAPE_CAPITAL) && last + 2 < tokens->len &&
                   all[last + 2].kind == TOKEN_WORD && (all[last + 2].shape & SHAPE_CAPITAL) &&
                   !(all[last + 2].word_class & WORD_STOP))
            last += 2;
          else
            break;
        }

      /* Titles in front: "Japanese Prime Minister Shinzo Abe" is Shinzo Abe; but an
       * organisation's name keeps its words ("the Justice Department"; "Chief Justice
       * Helen Park" has a first name, and is a person's). */
      name_first = first;
      for (guint j = first; j < last && !is_organisation_run (all, first, last); j++)
        if (all[j].word_class & WORD_TITLE)
          {
            name_first = j + 1;
            titled = TRUE;
            gender |= all[j].word_class & (WORD_MALE | WORD_FEMALE);
          }
      /* "Democrats Chuck Schumer and Nancy Pelosi", "Republican Mitt Romney": a party in
       * front of a person's first name and surname is no part of the name (but
       * "Democratic National Committee" is one organisation's, and "American Airlines"
       * and "Japanese Red Cross" keep their people). */
      if (last - name_first >= 2 && is_party_word (&all[name_first]) &&
          !(all[last].word_class & WORD_ORGANISATION))
        name_first++;
      /* "Please Cast Cristin Milioti" in a caption, "Singapore-based Broadcom": words
       * the article also uses in lower case, and adjectives, are not the name. */
      while (last - name_first >= 2 && !(all[last].word_class & WORD_ORGANISATION) &&
             (seen_in_lower_case (self, all[name_first].hash) ||
              is_hyphenated_adjective (self->chars, &all[name_first])))
        name_first++;
      /* "San Diego-headquartered Qualcomm": the place goes with its adjective. */
      for (guint j = last; j > name_first; j--)
        if (is_hyphenated_adjective (self->chars, &all[j - 1]))
          {
            name_first = j;
            break;
          }
      /* "Special Representative for North Korea Policy Joseph Yun", "Someone Please Cast
       * Cristin Milioti": a heading's or a role's words up to the last ordinary one. */
      for (guint j = last - 1; last - name_first >= 2 && j > name_first &&
           !(all[last].word_class & WORD_ORGANISATION); j--)
        if (last - j >= 2 && seen_in_lower_case (self, all[j].hash))
          {
            name_first = j + 1;
            break;
          }

      /* "ELON MUSK Elon Musk", "Equifax Equifax holds", "DpolG Rainer Wendt": a caption's
       * words or an acronym glued in front of a name. */
      while (last - name_first >= 1 && drops_in_front (self->chars, all, name_first, last))
        name_first++;

      /* "Splash News Michael Sheen": a name after an organisation's (but "Park
       * Soo-hyun" is a name that starts with such a word, and "Korean Central News
       * Agency" is one organisation's). */
      for (guint j = name_first + 1; j < last && !(all[last].word_class & WORD_ORGANISATION); j++)
        if (all[j].word_class & WORD_ORGANISATION)
          name_first = j + 1;

      /* "her husband Tony", "his son Mateo" */
      if (first > 0 && all[first - 1].kind == TOKEN_WORD && (all[first - 1].shape & SHAPE_LOWER) &&
          (all[first - 1].word_class & WORD_TITLE))
        {
          gender |= all[first - 1].word_class & (WORD_MALE | WORD_FEMALE);
          titled = TRUE;
        }
      /* "her father, Robert Thurman," */
      if (first > 1 && all[first - 1].kind == TOKEN_PUNCT && all[first - 1].punct == ',' &&
          all[first - 2].kind == TOKEN_WORD && (all[first - 2].shape & SHAPE_LOWER) &&
          (all[first - 2].word_class & WORD_TITLE))
        gender |= all[first - 2].word_class & (WORD_MALE | WORD_FEMALE);

      /* "Secretary of State Rex Tillerson": the word after "of" ends the title; so do a
       * department's words, "Secretary of State Harmon", "Secretary of Homeland Security
       * Dana Ortiz". */
      if (!titled && last > first && first >= 2 &&
          all[first - 1].kind == TOKEN_WORD && all[first - 1].hash == hash_string ("of") &&
          all[first - 2].kind == TOKEN_WORD && (all[first - 2].word_class & WORD_TITLE))
        {
          guint skip = first;

          while (skip < last && is_department_word (&all[skip]))
            skip++;
          if (skip == first && last - first >= 2)
            skip = first + 1;
          if (skip > first)
            {
              name_first = skip;
              titled = TRUE;
              first -= 2;
            }
        }
      /* "Americans", "North Korean": people of a country or a party, not one of them;
       * "The London Mayor", "Similarly,": a role or an adverb, not a name;
       * "(Mark Schiefelbein/AP)", "Photo: Jane Doe/Reuters": a photo's credit;
       * "The Singapore-based firm": an adjective alone;
       * "(Reporting by Soyoung Kim; Editing by ...)": a byline; "Cleveland.com": a site. */
      if ((first == last && (all[first].word_class & WORD_TITLE)) ||
          (all[last].word_class & WORD_ROLE_ONLY) ||
          (first == last && is_opening_adverb (self->chars, all, first, tokens->len, at_start)) ||
          (first == last && at_start && is_number_word (&all[first])) ||
          is_credit (self->chars, all, first, last, tokens->len) ||
          (name_first == last && is_tag_or_initial (self->chars, &all[last])) ||
          (name_first == last && is_hyphenated_adjective (self->chars, &all[last])) ||
          (all[last].word_class & WORD_DEMONYM) || last - name_first >= MAX_NAME_WORDS ||
          (last + 1 < tokens->len && all[last + 1].kind == TOKEN_PUNCT && all[last + 1].punct == '/') ||
          (first > 0 && all[first - 1].kind == TOKEN_PUNCT && all[first - 1].punct == '/'))
        {
          i = last + 1;
          continue;
        }

      /* "Glynn" says nothing, "Mike" says he; "Mike Hawes" is someone's name. */
      if (gender == 0 && last > name_first)
        {
          gender = (all[name_first].word_class & WORD_MALE_NAME) ? WORD_MALE
                   : (all[name_first].word_class & WORD_FEMALE_NAME) ? WORD_FEMALE : 0;
          run.person = gender != 0 && !(all[last].word_class & WORD_ORGANISATION);
        }

      run.first = name_first;
      run.last = last;
      run.title_first = first;
      run.titled = titled;
      run.gender = gender;
      run.possessive = (all[last].shape & SHAPE_POSSESSIVE) != 0;
      run.organisation = (all[last].word_class & WORD_ORGANISATION) != 0;
      run.name = dup_words (self->chars, all, name_first, last, run.possessive);

      /* Each name once: the index needs no repeats. */
      if (!is_model_name (all, last, tokens->len))
        {
          guint count = GPOINTER_TO_UINT (g_hash_table_lookup (self->name_set, run.name));

          if (count == 0)
            g_ptr_array_add (self->all_names, g_strsplit (run.name, " ", -1));
          g_hash_table_replace (self->name_set, g_strdup (run.name), GUINT_TO_POINTER (count + 1));
        }

      if (runs != NULL)
        {
          remember_acronym (self, all, tokens->len, name_first, last, run.name);
          for (guint j = first; j <= last; j++)
            all[j].run = (gint)runs->len;
          g_array_append_val (runs, run);
        }
      else
        g_free (run.name);

      i = last + 1;
    }
}

static gboolean
is_initial (const char *word)
{
  const char *after = g_utf8_next_char (word);

  return *word != '\0' && after[0] == '.' && after[1] == '\0';
}

/* The words of a name without its middle initials: "Donald J. Trump" is also "Donald
 * Trump". */
static GPtrArray *
words_without_initials (GStrv words)
{
  GPtrArray *kept = g_ptr_array_new ();

  for (guint i = 0; words[i] != NULL; i++)
    if (!is_initial (words[i]) || i == 0)
      g_ptr_array_add (kept, words[i]);

  return kept;
}

/* @prefix followed by @words joined by spaces: a key of the fullest-name index. */
static char *
dup_key (char       prefix,
         GPtrArray *words)
{
  GString *key = g_string_new (NULL);

  g_string_append_c (key, prefix);
  for (guint i = 0; i < words->len; i++)
    {
      if (i > 0)
        g_string_append_c (key, ' ');
      g_string_append (key, g_ptr_array_index (words, i));
    }

  return g_string_free (key, FALSE);
}

static gboolean
lookup_long_name (GHashTable *names,
                  GStrv       words,
                  guint       from,
                  guint       to,
                  gpointer   *value)
{
  g_autofree char *name = NULL;
  char *saved = words[to];

  words[to] = NULL;
  name = g_strjoinv (" ", words + from);
  words[to] = saved;

  return g_hash_table_lookup_extended (names, name, NULL, value);
}

/* Looks up @words [@from, @to) joined by spaces, joined on the stack: this is asked for
 * every split of every name. */
static gboolean
lookup_name (GHashTable *names,
             GStrv       words,
             guint       from,
             guint       to,
             gpointer   *value)
{
  char name[256];
  gsize length = 0;

  for (guint w = from; w < to; w++)
    {
      gsize word_length = strlen (words[w]);

      if (length + word_length + 2 > sizeof name)
        return lookup_long_name (names, words, from, to, value);
      if (w > from)
        name[length++] = ' ';
      memcpy (name + length, words[w], word_length);
      length += word_length;
    }
  name[length] = '\0';

  return g_hash_table_lookup_extended (names, name, NULL, value);
}

static gboolean
is_known_name (const Attributor *self,
               GStrv             words,
               guint             from,
               guint             to)
{
  return lookup_name (self->name_set, words, from, to, NULL);
}

static gboolean
is_acronym (const char *word)
{
  guint letters = 0;

  for (const char *p = word; *p != '\0'; p++, letters++)
    if (!g_ascii_isupper (*p))
      return FALSE;

  return letters >= 2;
}

static gboolean
is_organisation_word (const char *word)
{
  return (_nd_speaker_classify_utf8 (word) & WORD_ORGANISATION) != 0;
}

/* Where the person's name starts in a name glued to a place's or an organisation's that
 * the article also uses alone: "(ambassador to the) United Nations Nikki Haley", "(Special
 * Representative for) North Korea Policy Joseph Yun", "(told) CNN Abe's opponents". The
 * head is two words or more, or an acronym, named alone elsewhere; the rest is a name of
 * its own elsewhere too, of two words or more unless the head is an acronym, and not an
 * organisation's ("South Korea Foreign Ministry" is one name). 0 when the name is not
 * glued. */
static guint
glued_person_start (const Attributor *self,
                    GStrv             words)
{
  guint n = g_strv_length (words);
  gboolean acronym_head;
  guint shortest_head = 0;

  if (n < 2)
    return 0;

  /* Most names have no head that the article uses alone: look for one first, since the
   * rest of the search joins words for every split. */
  acronym_head = is_acronym (words[0]);
  for (guint j = acronym_head ? 1 : 2; j < n && shortest_head == 0; j++)
    if (is_known_name (self, words, 0, j))
      shortest_head = j;
  if (shortest_head == 0 || is_organisation_word (words[n - 1]))
    return 0;

  for (guint k = shortest_head; k < n; k++)
    if ((n - k >= 2 || acronym_head) && is_known_name (self, words, k, n))
      return k;

  return 0;
}

/* How often the article uses @name, and the first word of it alone: who is meant when
 * two people share a surname. */
static guint
name_weight (const Attributor *self,
             GStrv             words)
{
  gpointer count = NULL;

  lookup_name (self->name_set, words, 0, g_strv_length (words), &count);

  return GPOINTER_TO_UINT (count) +
         (words[1] != NULL ? GPOINTER_TO_UINT (g_hash_table_lookup (self->name_set, words[0])) : 0);
}

/* Indexes name number @n (of two words or more: a name of one word is never the fuller
 * form of another) under all its words ("=Elena Marsh"), its last word ("<Marsh") and its
 * first word (">Elena"), keeping for each key the longest name, of equal ones the one
 * used most (name_weight()), then the first. */
/* Makes name @n (of @len words) the fullest form under @key (taken) when it is longer
 * than the one there, or as long and used more. */
static void
index_key (Attributor *self,
           char       *key,
           guint       n,
           guint       len,
           GArray     *weights)
{
  guint best = GPOINTER_TO_UINT (g_hash_table_lookup (self->fullest, key));
  guint best_len = best == 0 ? 0 : g_strv_length (g_ptr_array_index (self->all_names, best - 1));

  if (best == 0 || best_len < len ||
      (best_len == len && g_array_index (weights, guint, best - 1) < g_array_index (weights, guint, n)))
    g_hash_table_replace (self->fullest, key, GUINT_TO_POINTER (n + 1));
  else
    g_free (key);
}

/* Whether the last of @words is a generation's suffix after a surname: "Trump Jr.",
 * "Paddock II". */
static gboolean
is_suffixed (GPtrArray *words)
{
  static const char * const suffixes[] = { "Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV", NULL };

  return words->len == 2 && g_strv_contains (suffixes, g_ptr_array_index (words, 1));
}

static void
index_name (Attributor *self,
            guint       n,
            GArray     *weights)
{
  GStrv words = g_ptr_array_index (self->all_names, n);
  guint len = g_strv_length (words);
  g_autoptr(GPtrArray) kept = words_without_initials (words);
  char *keys[3] = {
    dup_key ('=', kept),
    g_strconcat ("<", (char *)g_ptr_array_index (kept, kept->len - 1), NULL),
    g_strconcat (">", (char *)g_ptr_array_index (kept, 0), NULL),
  };

  g_array_index (weights, guint, n) = name_weight (self, words);

  /* "Donald Trump Jr." is also the fullest form of "Trump Jr." (not of "Trump": "President
   * Trump" and "his son Donald Trump Jr." are two people). */
  if (kept->len >= 3)
    {
      g_autoptr(GPtrArray) tail = g_ptr_array_new ();

      g_ptr_array_add (tail, g_ptr_array_index (kept, kept->len - 2));
      g_ptr_array_add (tail, g_ptr_array_index (kept, kept->len - 1));
      if (is_suffixed (tail))
        index_key (self, dup_key ('<', tail), n, len, weights);
    }

  for (guint e = 0; e < G_N_ELEMENTS (keys); e++)
    index_key (self, keys[e], n, len, weights);
}

void
_nd_speaker_index_names (Attributor *self)
{
  g_autoptr(GArray) weights = g_array_new (FALSE, TRUE, sizeof (guint));

  self->fullest = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_array_set_size (weights, self->all_names->len);

  /* A glued name ("United Nations Nikki Haley") is no one's fuller form. */
  for (guint n = 0; n < self->all_names->len; n++)
    if (g_ptr_array_index (self->all_names, n) != NULL &&
        ((GStrv)g_ptr_array_index (self->all_names, n))[1] != NULL &&
        glued_person_start (self, g_ptr_array_index (self->all_names, n)) == 0)
      index_name (self, n, weights);
}

gboolean
_nd_speaker_gender_fits (guint known,
                         guint wanted)
{
  /* Unknown, or known both ways (two people of one name), does not rule anything out. */
  if (known == 0 || known == (WORD_MALE | WORD_FEMALE) || wanted == 0)
    return TRUE;

  return known == wanted;
}

/* Whether @words name a part of an organisation: three words or more, the last one
 * of an organisation's ("Equifax Workforce Solutions"). */
static gboolean
is_branch (GStrv words)
{
  guint n = g_strv_length (words);

  return n >= 3 && is_organisation_word (words[n - 1]);
}

/* "the 15-member Security Council said" after "The United Nations Security Council
 * said": an organisation's name of two words or more (its last word an organisation's)
 * stands for the one longer name of the article that ends with the same words. %NULL when
 * there is none, or several ("the Foreign Ministry" of an article that names China's and
 * Japan's): then nobody guesses which. Asked once per distinct name (fullest_by_name), and
 * only for organisations' names. */
static char *
dup_longer_organisation_name (const Attributor *self,
                              GStrv             words)
{
  guint n = g_strv_length (words);
  GStrv found = NULL;

  for (guint a = 0; a < self->all_names->len; a++)
    {
      GStrv other = g_ptr_array_index (self->all_names, a);
      guint m = other == NULL ? 0 : g_strv_length (other);
      guint w;

      if (m <= n)
        continue;
      for (w = 0; w < n && g_str_equal (other[m - n + w], words[w]); w++)
        ;
      if (w < n || glued_person_start (self, other) > 0)
        continue;
      if (found != NULL && !g_strv_equal ((const char * const *)found, (const char * const *)other))
        return NULL;
      found = other;
    }

  return found != NULL ? g_strjoinv (" ", found) : NULL;
}

/* "the NFU wrote" after "The National Farmers Union": the one name of the
 * article, of two words or more, whose capitals' initials are the acronym @acronym
 * (capitals only, at most six), or %NULL when none or several are. */
static const char *
name_of_initials (const Attributor *self,
                  const char       *acronym)
{
  gsize n = strlen (acronym);
  GStrv found = NULL;

  if (n > 6)
    return NULL;
  for (guint a = 0; a < self->all_names->len; a++)
    {
      GStrv words = g_ptr_array_index (self->all_names, a);
      guint w = 0;
      gsize k = 0;

      if (words == NULL || words[1] == NULL)
        continue;
      for (; words[w] != NULL && k < n; w++, k++)
        if (words[w][0] != acronym[k])
          break;
      if (k != n || words[w] != NULL)
        continue;
      if (found != NULL && !g_strv_equal ((const char * const *)found, (const char * const *)words))
        return NULL;
      found = words;
    }
  if (found == NULL)
    return NULL;

  /* Kept with the article's names, freed with them. */
  {
    char *joined = g_strjoinv (" ", found);

    g_hash_table_insert (self->acronyms, g_strdup (acronym), joined);
    return joined;
  }
}

/* The fullest form of @name: the longest name the article uses that is the same words
 * (besides middle initials), or, for one word, ends with it (a surname) or else starts
 * with it (a first name, or a company's short name). */
static char *
dup_fullest_name (const Attributor *self,
                  const char       *name)
{
  g_auto(GStrv) words = NULL;
  g_autoptr(GPtrArray) kept = NULL;
  g_autofree char *key = NULL;
  const char prefixes[] = { '=', '<', '>' };
  const char *expanded = g_hash_table_lookup (self->acronyms, name);

  guint glued;

  /* "An RAIB spokesman" is the Rail Accident Investigation Branch's. */
  if (expanded == NULL && is_acronym (name))
    expanded = name_of_initials (self, name);
  if (expanded != NULL)
    name = expanded;
  words = g_strsplit (name, " ", -1);
  glued = glued_person_start (self, words);
  if (glued > 0)
    {
      g_autofree char *person = g_strjoinv (" ", words + glued);

      return dup_fullest_name (self, person);
    }
  if (words[1] != NULL && is_organisation_word (words[g_strv_length (words) - 1]))
    {
      char *longer = dup_longer_organisation_name (self, words);

      if (longer != NULL)
        return longer;
    }
  kept = words_without_initials (words);
  /* One key for the three lookups, its first character the prefix: every distinct name
   * of every article comes here. */
  key = dup_key ('=', kept);

  /* "Trump Jr." is looked for, as a surname is, at the end of longer names: "Donald Trump
   * Jr." (index_name ()). */
  for (guint e = 0; e < (kept->len == 1 ? 3 : is_suffixed (kept) ? 2 : 1); e++)
    {
      guint best;

      key[0] = prefixes[e];
      best = GPOINTER_TO_UINT (g_hash_table_lookup (self->fullest, key));

      if (best != 0 && g_strv_length (g_ptr_array_index (self->all_names, best - 1)) > kept->len)
        {
          /* "Equifax" is not its "Equifax Workforce Solutions". */
          if (prefixes[e] == '>' && is_branch (g_ptr_array_index (self->all_names, best - 1)))
            break;

          char *fullest = g_strjoinv (" ", g_ptr_array_index (self->all_names, best - 1));
          guint known = GPOINTER_TO_UINT (g_hash_table_lookup (self->name_genders, name));
          guint wanted = GPOINTER_TO_UINT (g_hash_table_lookup (self->name_genders, fullest));

          /* "Ms. Thurman" is not "her father, Robert Thurman". */
          if (_nd_speaker_gender_fits (known, wanted))
            return fullest;
          g_free (fullest);
          break;
        }
    }

  /* "Mr. de Léon" is "Kevin de Léon": a surname with its particle. */
  if (kept->len == 2 && g_unichar_islower (g_utf8_get_char (g_ptr_array_index (kept, 0))))
    {
      g_autofree char *surname_key = g_strconcat ("<", (char *)g_ptr_array_index (kept, 1), NULL);
      guint best = GPOINTER_TO_UINT (g_hash_table_lookup (self->fullest, surname_key));
      GStrv found = best != 0 ? g_ptr_array_index (self->all_names, best - 1) : NULL;
      guint n = found != NULL ? g_strv_length (found) : 0;

      if (n > 2 && g_str_equal (found[n - 2], g_ptr_array_index (kept, 0)))
        return g_strjoinv (" ", found);
    }

  return g_strdup (name);
}

/* "Kim Jong Un fired a missile. ... / Kim Dong-yup, an analyst, said ... / “...,” Kim
 * said": a one-word name that several people of the article share stands for the one
 * named in full in its paragraph or the one before, when that is only one of them;
 * %NULL when none or several are, and the article-wide fullest form holds. The word is
 * a surname, or, where no name of the article ends with it, a surname written first;
 * never a company's short name before a product's ("Google Pixel"). */
static const char *
nearby_fuller_name (const Attributor *self,
                    gint              index)
{
  const Run *run = run_at (self, index);
  g_autofree char *surname_key = g_strconcat ("<", run->name, NULL);
  gboolean by_surname = g_hash_table_contains (self->fullest, surname_key);
  guint known = run->gender |
                GPOINTER_TO_UINT (g_hash_table_lookup (self->name_genders, run->name));
  gsize length = strlen (run->name);
  guint from = G_MAXUINT;
  const char *found = NULL;

  for (gint r = index - 1, seen = 0; r >= 0 && seen < NEARBY_RUNS; r--, seen++)
    {
      const Run *other = run_at (self, r);
      gsize other_length = strlen (other->name);
      const char *fullest;

      /* "Bill Clinton" ends with " Clinton", "Kim Dong-yup" starts with "Kim ". */
      if (other->organisation || other_length <= length + 1 ||
          (by_surname
           ? other->name[other_length - length - 1] != ' ' ||
             strcmp (other->name + other_length - length, run->name) != 0
           : other->name[length] != ' ' || strncmp (other->name, run->name, length) != 0))
        continue;
      if (from == G_MAXUINT)
        from = _nd_speaker_paragraph_before_start (self, run->title_first);
      if (other->first < from)
        break;
      fullest = _nd_speaker_run_fullest (self, r);
      if (!_nd_speaker_gender_fits (known, GPOINTER_TO_UINT (g_hash_table_lookup (self->name_genders,
                                                                                  fullest))))
        continue;
      if (found != NULL && strcmp (found, fullest) != 0)
        return NULL;
      /* Only someone known to be a person: "Google Pixel" is no Google's. */
      if (!other->person)
        return NULL;
      found = fullest;
    }

  return found;
}

/* The fullest form of the run's name, worked out once: names come back again and
 * again, so the answer is also kept per name; a one-word name may stand for someone
 * named nearby instead (nearby_fuller_name ()). */
const char *
_nd_speaker_run_fullest (const Attributor *self,
                         gint              index)
{
  Run *run = run_at (self, index);

  if (run->fullest == NULL)
    {
      const char *known = g_hash_table_lookup (self->fullest_by_name, run->name);
      const char *nearby = NULL;

      if (known == NULL)
        {
          known = dup_fullest_name (self, run->name);
          g_hash_table_insert (self->fullest_by_name, run->name, (gpointer)known);
        }
      if (strchr (run->name, ' ') == NULL && g_hash_table_lookup (self->acronyms, run->name) == NULL)
        nearby = nearby_fuller_name (self, index);
      run->fullest = g_strdup (nearby != NULL ? nearby : known);
    }

  return run->fullest;
}

/* Copies @fullest only the first time: most names come back many times. */
static void
add_entity_flags (GHashTable *entities,
                  const char *fullest,
                  guint       flags)
{
  gpointer key;
  gpointer value;

  /* Stolen, not looked up: inserting the table's own key again would free it. */
  if (g_hash_table_steal_extended (entities, fullest, &key, &value))
    g_hash_table_insert (entities, key, GUINT_TO_POINTER (GPOINTER_TO_UINT (value) | flags));
  else
    g_hash_table_insert (entities, g_strdup (fullest), GUINT_TO_POINTER (flags));
}

/* What the article tells of everyone it names, under their fullest name. */
void
_nd_speaker_gather_entities (Attributor *self)
{
  self->entities = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < self->runs->len; i++)
    {
      Run *run = run_at (self, i);
      gboolean person = run->person && !run->organisation;
      const char *fullest;
      guint flags;

      /* A name with nothing to tell gets its fullest form only when it is needed. */
      if (!person && run->gender == 0)
        continue;

      fullest = _nd_speaker_run_fullest (self, (gint)i);
      flags = run->gender | (person ? ENTITY_PERSON : 0);
      add_entity_flags (self->entities, fullest, flags);
    }
}

guint
_nd_speaker_entity_gender (const Attributor *self,
                           const char       *fullest)
{
  /* Nothing is known yet while the people are being marked. */
  if (self->entities == NULL)
    return 0;

  return GPOINTER_TO_UINT (g_hash_table_lookup (self->entities, fullest)) &
         (WORD_MALE | WORD_FEMALE);
}

gboolean
_nd_speaker_entity_is_person (const Attributor *self,
                              const char       *fullest)
{
  return self->entities != NULL &&
         (GPOINTER_TO_UINT (g_hash_table_lookup (self->entities, fullest)) & ENTITY_PERSON) != 0;
}

char *
_nd_speaker_dup_pair_name (const Attributor *self,
                           gint              first,
                           gint              second)
{
  return g_strdup_printf ("%s and %s", _nd_speaker_run_fullest (self, first),
                          _nd_speaker_run_fullest (self, second));
}

/* Whether @run is the object of a phrase that opens its sentence with a participle and
 * a preposition: "Taking to Instagram,", "Speaking to CNN,", "Writing on Twitter,". */
static gboolean
in_opening_participle (const Attributor *self,
                       const Run        *run)
{
  guint i = run->title_first;
  const Token *participle = token_at (self, (gint64)i - 2);
  gunichar c1, c2, c3;

  if (i < 2 || !token_has (token_at (self, i - 1), WORD_PREPOSITION) ||
      sentence_start (self, i) != i - 2 || participle->kind != TOKEN_WORD ||
      participle->end - participle->start < 5)
    return FALSE;

  c1 = g_unichar_tolower (self->chars[participle->end - 3]);
  c2 = self->chars[participle->end - 2];
  c3 = self->chars[participle->end - 1];

  return c1 == 'i' && c2 == 'n' && c3 == 'g';
}

/* Signs that a name is a person's: see the comment at the top of nd-quote-speaker.c. */
void
_nd_speaker_mark_people (Attributor *self)
{
  for (guint r = 0; r < self->runs->len; r++)
    {
      Run *run = run_at (self, r);
      const Token *after = token_at (self, (gint64)run->last + 1);
      const Token *after2 = token_at (self, (gint64)run->last + 2);
      const Token *before = token_at (self, (gint64)run->title_first - 1);
      const Token *before2 = token_at (self, (gint64)run->title_first - 2);

      if (run->titled)
        run->person = TRUE;
      if (token_is_punct (after, ',') &&
          (_nd_speaker_token_is_word (after2, self->chars, "who") ||
           (after2 != NULL && after2->kind == TOKEN_WORD && (after2->shape & SHAPE_DIGIT))))
        run->person = TRUE;
      /* "the council's director of place, Graham Petts,", "The head of the Israeli
       * Labor Party, Yitzhak Herzog," */
      if (token_is_punct (before, ',') && token_is_punct (after, ',') &&
          ((token_is_lower (before2) && !(before2->word_class & WORD_PREPOSITION)) ||
           (before2 != NULL && before2->kind == TOKEN_WORD && before2->run >= 0 &&
            run_at (self, before2->run)->organisation)))
        run->person = TRUE;
      /* "José Álvarez, the co-operative's chair," (but "Taking to Instagram, the
       * singer posted": the role after the comma is the sentence's subject) */
      if (token_is_punct (after, ',') && !in_opening_participle (self, run))
        for (guint i = run->last + 2; i < run->last + 2 + APPOSITIVE_WINDOW; i++)
          {
            const Token *role = token_at (self, i);

            if (role == NULL || role->kind != TOKEN_WORD)
              break;
            if (token_is_lower (role) && (role->word_class & (WORD_PERSON_NOUN | WORD_TITLE)))
              {
                run->person = TRUE;
                break;
              }
          }
    }

  for (guint i = 0; i < self->tokens->len; i++)
    {
      const Token *token = token_at (self, i);
      Subject subject;

      if (!is_tail_verb (token))
        continue;

      subject = _nd_speaker_find_speaker_of_verb (self, i, sentence_start (self, i));
      if (subject.kind == SUBJECT_RUN || subject.kind == SUBJECT_PAIR)
        run_at (self, subject.run)->person = TRUE;
      if (subject.kind == SUBJECT_PAIR)
        run_at (self, subject.other_run)->person = TRUE;
    }
}

static gboolean
run_after_preposition (const Attributor *self,
                       const Run        *run)
{
  return token_has (token_at (self, (gint64)run->title_first - 1), WORD_PREPOSITION);
}

/* "Rihanna is mourning the death of her cousin": the first name of a sentence and the
 * first he or she after it, with no other name between. */
void
_nd_speaker_learn_genders (Attributor *self)
{
  gint subject = -1;

  for (guint i = 0; i < self->tokens->len; i++)
    {
      const Token *token = token_at (self, i);

      if (token->kind == TOKEN_WORD && token->run >= 0)
        {
          const Run *run = run_at (self, token->run);

          subject = (subject == -1 && !run_after_preposition (self, run)) ? token->run : -2;
          i = run->last;
          continue;
        }

      if (subject >= 0 && token_has (token, WORD_MALE | WORD_FEMALE) &&
          !token_has (token, WORD_TITLE))
        {
          run_at (self, subject)->gender |= token->word_class & (WORD_MALE | WORD_FEMALE);
          subject = -2;
        }

      if (_nd_speaker_ends_sentence (self, i) || token->kind == TOKEN_QUOTE)
        subject = -1;
    }
}

/* nd-quote-speaker-tokens.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Cutting a body into the tokens the speaker rules look at (words, punctuation, line
 * breaks, one token per quotation) and into sentences; see nd-quote-speaker.c. */

#define G_LOG_DOMAIN "nd-quote-speaker"

#include "config.h"

#include <string.h>

#include "quotes/nd-quote-speaker-private.h"
#include "util/nd-chars.h"

/* Reads one word from @i: letters and digits, with hyphens and apostrophes inside, and
 * the full stop of an initial (J.), an abbreviation (Dr.) or a string of initials
 * (U.S.). Returns its end. */
static guint
scan_word (const gunichar *chars,
           guint           i,
           guint           to)
{
  guint start = i;

  while (i < to)
    {
      if (nd_char_is_word_char (chars[i]))
        i++;
      else if ((chars[i] == '-' || chars[i] == 0x2010 || nd_char_is_apostrophe (chars[i])) &&
               i + 1 < to && nd_char_is_word_char (chars[i + 1]) && i > start)
        i++;
      else
        break;
    }

  while (i < to && chars[i] == '.')
    {
      gboolean initial = i - start == 1 || (i >= 2 && chars[i - 2] == '.');
      /* "D-Ore.", "R-Calif.": a party tag takes its state's full stop. */
      gboolean tag = i - start >= 3 && chars[start + 1] == '-' &&
                     (chars[start] == 'D' || chars[start] == 'R' || chars[start] == 'I') &&
                     nd_char_is_capital (chars[start + 2]);

      guint32 hash;

      if (!initial && !tag &&
          !(_nd_speaker_classify_word (chars, start, i, &hash) & WORD_ABBREVIATION))
        break;
      i++;
      /* U.S., U.N.: a letter and a full stop again. */
      if (i + 1 < to && nd_char_is_alpha (chars[i]) && chars[i + 1] == '.')
        {
          i++;
          continue;
        }
      break;
    }

  return i;
}

static guint
word_shape (const gunichar *chars,
            guint           start,
            guint           end)
{
  guint shape = 0;
  guint letters = 0;
  gboolean all_upper = TRUE;

  if (nd_char_is_capital (chars[start]))
    shape |= SHAPE_CAPITAL;
  else if (g_unichar_isdigit (chars[start]))
    shape |= SHAPE_DIGIT;
  else
    shape |= SHAPE_LOWER;

  for (guint i = start; i < end; i++)
    if (nd_char_is_alpha (chars[i]))
      {
        letters++;
        all_upper &= nd_char_is_capital (chars[i]);
      }
  if ((shape & SHAPE_CAPITAL) && all_upper && letters > 4)
    shape |= SHAPE_SHOUTED;

  if (end - start > 2 && nd_char_is_apostrophe (chars[end - 2]) && chars[end - 1] == 's')
    shape |= SHAPE_POSSESSIVE;

  return shape;
}

static void
add_token (GArray    *tokens,
           TokenKind  kind,
           guint      start,
           guint      end)
{
  Token token = { start, end, kind, 0, 0, 0, -1, -1, 0 };

  g_array_append_val (tokens, token);
}

/* Cuts [from, to) into tokens; with @spans, each quotation becomes one token. */
void
_nd_speaker_tokenize (const gunichar    *chars,
                      guint              from,
                      guint              to,
                      const NdQuoteSpan *spans,
                      guint              n_spans,
                      GArray            *tokens,
                      guint             *quote_token)
{
  guint next_span = 0;
  guint i = from;

  while (i < to)
    {
      gunichar c = chars[i];

      if (spans != NULL && next_span < n_spans && i == spans[next_span].open)
        {
          Token *token;

          add_token (tokens, TOKEN_QUOTE, i, spans[next_span].close);
          token = &g_array_index (tokens, Token, tokens->len - 1);
          token->quote = (gint)next_span;
          quote_token[next_span] = tokens->len - 1;
          i = MAX (spans[next_span].close, i + 1);
          next_span++;
          continue;
        }

      if (c == '\n')
        {
          if (tokens->len == 0 ||
              g_array_index (tokens, Token, tokens->len - 1).kind != TOKEN_BREAK)
            add_token (tokens, TOKEN_BREAK, i, i + 1);
          i++;
        }
      else if (nd_char_is_space (c))
        i++;
      else if (nd_char_is_word_char (c))
        {
          guint end = scan_word (chars, i, to);
          Token *token;

          add_token (tokens, TOKEN_WORD, i, end);
          token = &g_array_index (tokens, Token, tokens->len - 1);
          token->word_class = _nd_speaker_classify_word (chars, i, end, &token->hash);
          token->shape = word_shape (chars, i, end);
          if (token->shape & SHAPE_POSSESSIVE)
            {
              guint32 stem_hash;

              token->word_class |= _nd_speaker_classify_word (chars, i, end - 2, &stem_hash);
            }
          i = end;
        }
      else
        {
          add_token (tokens, TOKEN_PUNCT, i, i + 1);
          g_array_index (tokens, Token, tokens->len - 1).punct = c;
          i++;
        }

      /* A quotation may start inside what was read as a word. */
      while (spans != NULL && next_span < n_spans && spans[next_span].open < i)
        next_span++;
    }
}

/* Whether @token is one of @words (lower case, %NULL-terminated): the word is lowered
 * once for them all. */
gboolean
_nd_speaker_token_is_one_of (const Token        *token,
                             const gunichar     *chars,
                             const char * const *words)
{
  char lower[LEXICON_WORD_MAX];

  if (token == NULL || token->kind != TOKEN_WORD ||
      !_nd_speaker_lower_ascii (chars, token->start, token->end, lower))
    return FALSE;
  for (guint w = 0; words[w] != NULL; w++)
    if (strcmp (lower, words[w]) == 0)
      return TRUE;

  return FALSE;
}

gboolean
_nd_speaker_token_is_word (const Token *token,
                           const gunichar *chars,
                           const char  *word)
{
  char lower[LEXICON_WORD_MAX];

  return token != NULL && token->kind == TOKEN_WORD && token->hash == hash_string (word) &&
         _nd_speaker_lower_ascii (chars, token->start, token->end, lower) &&
         strcmp (lower, word) == 0;
}

static gboolean
quote_ends_with_sentence (const Attributor *self,
                          gint              quote)
{
  const NdQuoteSpan *span = &self->spans[quote];

  return span->end > span->start && nd_char_is_sentence_end (self->chars[span->end - 1]);
}

/* Whether a sentence ends after token @i. */
gboolean
_nd_speaker_ends_sentence (const Attributor *self,
                           guint             i)
{
  const Token *token = token_at (self, i);
  const Token *next = token_at (self, (gint64)i + 1);

  if (token == NULL || next == NULL || token->kind == TOKEN_BREAK)
    return TRUE;

  if (token->kind == TOKEN_PUNCT)
    return nd_char_is_sentence_end (token->punct);

  if (token->kind == TOKEN_QUOTE)
    return quote_ends_with_sentence (self, token->quote) &&
           !token_is_lower (next) && !token_is_punct (next, ',');

  return FALSE;
}

/* Whether the paragraph that token @i is in ends with a word, or with words in marks
 * that end no sentence, before its line break: a photo's caption ("Memphis Hustle coach
 * Glynn Cyprien tweeted that American Airlines needs 'sensitivity training'"), a
 * heading or a credit glued between paragraphs, not a sentence of the story. A paragraph
 * that runs into the end of the body or past @limit is not one. */
gboolean
_nd_speaker_paragraph_is_caption (const Attributor *self,
                                  guint             i,
                                  guint             limit)
{
  const Token *last = NULL;

  for (limit = MIN (limit, self->tokens->len); i < limit; i++)
    {
      const Token *token = token_at (self, i);

      if (token->kind == TOKEN_BREAK)
        break;
      last = token;
    }
  if (i >= limit || last == NULL)
    return FALSE;

  /* "... in the U.S." ends with the full stop of its abbreviation. */
  if (last->kind == TOKEN_WORD)
    return self->chars[last->end - 1] != '.';
  if (last->kind == TOKEN_QUOTE)
    {
      const NdQuoteSpan *span = &self->spans[last->quote];
      gunichar c = span->end > span->start ? self->chars[span->end - 1] : '.';

      return !nd_char_is_sentence_end (c) && c != ',' && c != ':' && c != ';';
    }

  return FALSE;
}

void
_nd_speaker_find_sentences (Attributor *self)
{
  self->sentence_starts = g_new0 (guint, self->tokens->len + 1);

  for (guint i = 1; i <= self->tokens->len; i++)
    self->sentence_starts[i] = _nd_speaker_ends_sentence (self, i - 1)
                               ? i : self->sentence_starts[i - 1];
}

/* Where the paragraph before the one of the token @i starts (looking no further back than
 * LOOK_BACK_TOKENS); a blank line between paragraphs counts once. */
guint
_nd_speaker_paragraph_before_start (const Attributor *self,
                                    guint             i)
{
  guint bound = look_back_bound (0, i);
  guint breaks = 0;

  for (; i > bound; i--)
    if (token_at (self, i - 1)->kind == TOKEN_BREAK &&
        (i < 2 || token_at (self, i - 2)->kind != TOKEN_BREAK) && ++breaks == 2)
      return i;

  return bound;
}

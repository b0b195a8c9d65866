/* nd-date-mention.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Finds the dates an English article body mentions ("on Tuesday", "last month",
 * "12 March", "between 1987 and 1995", "three decades ago", ...) and resolves them against
 * the publication date with nd-date-expression.c.
 *
 * The body is cut into sentences and the sentences into tokens (nd-date-tokens.c), and
 * the expressions are matched on the tokens of one sentence, longest first at each token
 * (nd-date-match-calendar.c, nd-date-match-relative.c); this file turns the matches into
 * mentions.
 * The sentence also decides the tense: a weekday or a date without a year is looked for
 * ahead of the publication when the sentence says "will", "is due to", "is scheduled to",
 * "begins" and the like before it, or in its main clause when the date is in a clause
 * that opens it ("When it launches on Tuesday, the rocket will ..."); a month or a day
 * without a year told in the past tense ("was inaugurated on Jan. 20") is the last one
 * unless the next begins within a month; otherwise the nearest, the coming one counting
 * double its distance (news reports more than it announces).
 *
 * What is not a date: a number is a year only after a word that introduces one ("in",
 * "since", "by", "of", "the", ...) and never with thousands separators ("1,999"), as an
 * amount ("$2014", "2014%"), before a counted noun ("in 2000 people") or as a time of day
 * ("10:15"); times of day ("9 p.m.", "ten to five") are never dates; a weekday after "my",
 * "her", "their", "every" and the like is a habit, not a date ("her Friday fish stew"), as
 * are "Good Friday" and "Super Tuesday". Durations ("for thirty years", "the next two
 * years", "over the past month") are not mentions either: they say how long, not when.
 */

#define G_LOG_DOMAIN "newsdesk-dates"

#include "config.h"

#include <string.h>

#include "dates/nd-date-match-private.h"
#include "dates/nd-date-mention.h"

/* Each mention carries its sentence: a body made of nothing but dates ("Monday Monday
 * Monday ...", megabytes of it) must not cost gigabytes. No real article comes near. */
#define MAX_MENTIONS 10000

static NdDateMention *
new_mention (const char           *body,
             const NdDateSentence *sentence,
             const NdDateToken    *first,
             const NdDateToken    *last,
             const NdDateRange    *range)
{
  NdDateMention *mention = g_new0 (NdDateMention, 1);

  mention->from = range->from;
  mention->to = range->to;
  mention->precision = range->precision;
  mention->text = g_strndup (body + first->byte_start, last->byte_end - first->byte_start);
  mention->offset = first->char_start;
  mention->length = last->char_end - first->char_start;
  mention->sentence = g_strndup (body + sentence->byte_start,
                                 sentence->byte_end - sentence->byte_start);
  mention->sentence_offset = sentence->char_start;

  return mention;
}

/* The first day resolves as any date; the last, without a year, is the first on or after
 * it. */
static gboolean
resolve_day_range (Match       *match,
                   const GDate *published,
                   NdDateRange *range)
{
  NdDateRange last;

  if (!nd_date_expression_resolve (&match->expression, published, NULL, range))
    return FALSE;

  if (match->last.year == 0)
    {
      GDate first_day = range->from;

      match->last.year = g_date_get_year (&first_day);
      if (!nd_date_expression_resolve (&match->last, published, NULL, &last))
        return FALSE;
      if (g_date_compare (&last.to, &first_day) < 0)
        {
          match->last.year++;
          if (!nd_date_expression_resolve (&match->last, published, NULL, &last))
            return FALSE;
        }
    }
  else if (!nd_date_expression_resolve (&match->last, published, NULL, &last))
    return FALSE;

  if (g_date_compare (&last.to, &range->from) <= 0)
    return FALSE;

  range->to = last.to;
  range->precision = ND_DATE_PRECISION_DAY;
  return TRUE;
}

/* The dates mentioned so far that the next may be told from: the last, and the last
 * single day ("that night" and "the next day" are told from a day even when a year was
 * mentioned since: "on New Year's Eve ... This year ... what happened that night"). */
typedef struct
{
  NdDateRange last;
  gboolean    have_last;
  NdDateRange day;
  gboolean    have_day;
} Anchors;

static const NdDateRange *
anchor_for (const Anchors          *anchors,
            const NdDateExpression *expression)
{
  if (expression->kind == ND_DATE_EXPRESSION_ANCHORED && expression->unit == ND_DATE_UNIT_DAY &&
      anchors->have_day)
    return &anchors->day;

  return anchors->have_last ? &anchors->last : NULL;
}

static void
remember (Anchors           *anchors,
          const NdDateRange *range)
{
  anchors->last = *range;
  anchors->have_last = TRUE;
  if (range->precision == ND_DATE_PRECISION_DAY && g_date_compare (&range->from, &range->to) == 0)
    {
      anchors->day = *range;
      anchors->have_day = TRUE;
    }
}

static void
find_in_sentence (const char           *body,
                  const NdDateSentence *sentence,
                  GArray               *token_array,
                  const GDate          *published,
                  Anchors              *anchors,
                  GPtrArray            *mentions)
{
  Tokens tokens;
  Match match = { .tokens = &tokens };

  nd_date_tokenize (body, sentence, token_array);
  tokens.tokens = (const NdDateToken *)token_array->data;
  tokens.n_tokens = token_array->len;

  for (guint i = 0; i < tokens.n_tokens && mentions->len < MAX_MENTIONS;)
    {
      NdDateRange range;

      if (!_nd_date_match_at (&match, i))
        {
          i++;
          continue;
        }

      if (match.expression.kind != ND_DATE_EXPRESSION_ANCHORED && match.expression.from_anchor)
        {
          /* "that June", "January of that year": no year before, no date */
          if (!anchors->have_last ||
              g_date_get_year (&anchors->last.from) != g_date_get_year (&anchors->last.to))
            {
              i = match.end;
              continue;
            }
          match.expression.year = g_date_get_year (&anchors->last.from);
        }

      if (match.has_last && !resolve_day_range (&match, published, &range))
        {
          /* Not a range after all: the dates in it are read one by one. */
          i++;
          continue;
        }

      if (match.has_last ||
          nd_date_expression_resolve (&match.expression, published,
                                      anchor_for (anchors, &match.expression), &range))
        {
          g_ptr_array_add (mentions, new_mention (body, sentence, &tokens.tokens[match.start],
                                                  &tokens.tokens[match.end - 1], &range));
          remember (anchors, &range);
        }

      i = match.end;
    }
}

G_DEFINE_BOXED_TYPE (NdDateMention, nd_date_mention, nd_date_mention_copy, nd_date_mention_free)

NdDateMention *
nd_date_mention_copy (const NdDateMention *self)
{
  NdDateMention *copy = g_memdup2 (self, sizeof *self);

  copy->text = g_strdup (self->text);
  copy->sentence = g_strdup (self->sentence);

  return copy;
}

void
nd_date_mention_free (NdDateMention *self)
{
  if (self == NULL)
    return;

  g_free (self->text);
  g_free (self->sentence);
  g_free (self);
}

const char *
nd_date_precision_to_string (NdDatePrecision precision)
{
  static const char * const names[] = { "day", "week", "month", "year", "decade", "approximate" };

  g_return_val_if_fail (precision < G_N_ELEMENTS (names), NULL);

  return names[precision];
}

/**
 * nd_date_mentions_find:
 * @body: an article's body, valid UTF-8
 * @published: (nullable): the article's publication date; without it, only absolute
 *   dates can be resolved
 *
 * Finds the dates and stretches of time that @body mentions. English only. The
 * publication date counts in its own time zone: an article published at 23:30 on a
 * Tuesday in New York says "yesterday" of Monday. Safe to call from any thread; it
 * reads about 55 MB of text a second on one core.
 *
 * Returns: (transfer full) (element-type NdDateMention): the mentions in body order, at
 *   most the first 10,000
 */
GPtrArray *
nd_date_mentions_find (const char *body,
                       GDateTime  *published)
{
  GPtrArray *mentions = g_ptr_array_new_with_free_func ((GDestroyNotify)nd_date_mention_free);
  g_autofree char *valid_body = NULL;
  g_autoptr(GArray) sentences = NULL;
  g_autoptr(GArray) tokens = NULL;
  GDate published_date;
  Anchors anchors = { 0 };
  gsize length;

  if (body == NULL || *body == '\0')
    return mentions;

  length = strlen (body);
  if (!g_utf8_validate (body, length, NULL))
    {
      /* Offsets then count the replacement characters, as the loader would have. */
      valid_body = g_utf8_make_valid (body, length);
      body = valid_body;
      length = strlen (body);
    }

  if (published != NULL)
    {
      int year, month, day;

      g_date_time_get_ymd (published, &year, &month, &day);
      g_date_clear (&published_date, 1);
      g_date_set_dmy (&published_date, day, month, year);
    }

  sentences = nd_date_split_sentences (body, length);
  tokens = g_array_new (FALSE, FALSE, sizeof (NdDateToken));

  for (guint i = 0; i < sentences->len && mentions->len < MAX_MENTIONS; i++)
    find_in_sentence (body, &g_array_index (sentences, NdDateSentence, i), tokens,
                      published != NULL ? &published_date : NULL, &anchors, mentions);

  return mentions;
}

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
 * The body is cut into sentences (a full stop after a known abbreviation or a single
 * letter, or before a lower-case word, does not end one; a line break always does), each
 * sentence into tokens (words, numbers, punctuation), and the expressions are matched on
 * the tokens of one sentence, longest first at each token. The sentence also decides the
 * tense: a weekday or a date without a year is looked for ahead of the publication when
 * the sentence says "will", "is due to", "is scheduled to" and the like before it.
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

#include "nd-date-expression.h"
#include "nd-date-mention.h"

/* Longer runs without a sentence end are cut (see is_overlong()), so that a 20 MB body
 * without a full stop costs no more than ordinary text. */
#define MAX_SENTENCE_BYTES 4000
/* The longest word of the table below: longer words need no lookup. */
#define MAX_WORD_BYTES 10

/* Each mention carries its sentence: a body made of nothing but dates ("Monday Monday
 * Monday ...", megabytes of it) must not cost gigabytes. No real article comes near. */
#define MAX_MENTIONS 10000

typedef enum
{
  TOKEN_WORD,
  TOKEN_NUMBER,
  TOKEN_ORDINAL,   /* 31st */
  TOKEN_DECADE,    /* 1990s, 90s */
  TOKEN_AMOUNT,    /* 3,000 2.5 10:15 */
  TOKEN_MIXED,     /* HA446, 5pm */
  TOKEN_PUNCT,
} TokenType;

/* What a word can be in a date expression. */
typedef enum
{
  WORD_OTHER,
  WORD_MONTH,
  WORD_MONTH_ABBREVIATION,
  WORD_WEEKDAY,
  WORD_WEEKDAY_ABBREVIATION,
  WORD_NUMBER,
  WORD_UNIT,
  WORD_TIME_OF_DAY,
  WORD_SEASON,
  WORD_PART,          /* early, mid, late */
  WORD_EDGE,          /* beginning, start, middle, end */
  WORD_YESTERDAY,
  WORD_TODAY,
  WORD_TONIGHT,
  WORD_TOMORROW,
  WORD_THIS,
  WORD_LAST,
  WORD_NEXT,
  WORD_THE,
  WORD_FOLLOWING,     /* following (+1), previous, preceding (-1) */
  WORD_AGO,
  WORD_LATER,         /* later (+1), earlier (-1) */
  WORD_OF,
  WORD_A,
  WORD_VAGUE,         /* few, several, couple */
  WORD_BETWEEN,
  WORD_AND,
  WORD_FROM,
  WORD_TO,            /* to, until, till, through */
  WORD_CHRISTMAS,
  WORD_NEW,
  WORD_EVE,
  WORD_FOURTH,
  WORD_HALLOWEEN,
  WORD_VALENTINE,
  WORD_HABIT,         /* my, his, her, their, every, ... */
  WORD_NAMED_DAY,     /* good (Friday), super (Tuesday), ... */
  WORD_WAS,           /* was, were, been */
  WORD_COUNTED,       /* people, workers, ... */
} WordClass;

enum
{
  CUE_YEAR = 1 << 0,      /* "in 1999" */
  CUE_MONTH = 1 << 1,     /* "in January" */
  CUE_FUTURE = 1 << 2,    /* "will", "due", ... */
  CUE_DEADLINE = 1 << 3,  /* "by", "until" */
  CUE_SCHEDULE = 1 << 4,  /* "due", "scheduled": future unless after "was" */
};

typedef struct
{
  const char *word;
  guint8      word_class;
  gint16      value;
  guint8      cues;
} WordInfo;

static const WordInfo words[] = {
  { "january", WORD_MONTH, 1, 0 }, { "february", WORD_MONTH, 2, 0 },
  { "march", WORD_MONTH, 3, 0 }, { "april", WORD_MONTH, 4, 0 },
  { "may", WORD_MONTH, 5, 0 }, { "june", WORD_MONTH, 6, 0 },
  { "july", WORD_MONTH, 7, 0 }, { "august", WORD_MONTH, 8, 0 },
  { "september", WORD_MONTH, 9, 0 }, { "october", WORD_MONTH, 10, 0 },
  { "november", WORD_MONTH, 11, 0 }, { "december", WORD_MONTH, 12, 0 },
  { "jan", WORD_MONTH_ABBREVIATION, 1, 0 }, { "feb", WORD_MONTH_ABBREVIATION, 2, 0 },
  { "mar", WORD_MONTH_ABBREVIATION, 3, 0 }, { "apr", WORD_MONTH_ABBREVIATION, 4, 0 },
  { "jun", WORD_MONTH_ABBREVIATION, 6, 0 }, { "jul", WORD_MONTH_ABBREVIATION, 7, 0 },
  { "aug", WORD_MONTH_ABBREVIATION, 8, 0 }, { "sep", WORD_MONTH_ABBREVIATION, 9, 0 },
  { "sept", WORD_MONTH_ABBREVIATION, 9, 0 }, { "oct", WORD_MONTH_ABBREVIATION, 10, 0 },
  { "nov", WORD_MONTH_ABBREVIATION, 11, 0 }, { "dec", WORD_MONTH_ABBREVIATION, 12, 0 },
  { "monday", WORD_WEEKDAY, G_DATE_MONDAY, 0 }, { "tuesday", WORD_WEEKDAY, G_DATE_TUESDAY, 0 },
  { "wednesday", WORD_WEEKDAY, G_DATE_WEDNESDAY, 0 },
  { "thursday", WORD_WEEKDAY, G_DATE_THURSDAY, 0 }, { "friday", WORD_WEEKDAY, G_DATE_FRIDAY, 0 },
  { "saturday", WORD_WEEKDAY, G_DATE_SATURDAY, 0 }, { "sunday", WORD_WEEKDAY, G_DATE_SUNDAY, 0 },
  { "mon", WORD_WEEKDAY_ABBREVIATION, G_DATE_MONDAY, 0 },
  { "tue", WORD_WEEKDAY_ABBREVIATION, G_DATE_TUESDAY, 0 },
  { "tues", WORD_WEEKDAY_ABBREVIATION, G_DATE_TUESDAY, 0 },
  { "wed", WORD_WEEKDAY_ABBREVIATION, G_DATE_WEDNESDAY, 0 },
  { "thu", WORD_WEEKDAY_ABBREVIATION, G_DATE_THURSDAY, 0 },
  { "thur", WORD_WEEKDAY_ABBREVIATION, G_DATE_THURSDAY, 0 },
  { "thurs", WORD_WEEKDAY_ABBREVIATION, G_DATE_THURSDAY, 0 },
  { "fri", WORD_WEEKDAY_ABBREVIATION, G_DATE_FRIDAY, 0 },
  { "sat", WORD_WEEKDAY_ABBREVIATION, G_DATE_SATURDAY, 0 },
  { "sun", WORD_WEEKDAY_ABBREVIATION, G_DATE_SUNDAY, 0 },
  { "one", WORD_NUMBER, 1, 0 }, { "two", WORD_NUMBER, 2, 0 }, { "three", WORD_NUMBER, 3, 0 },
  { "four", WORD_NUMBER, 4, 0 }, { "five", WORD_NUMBER, 5, 0 }, { "six", WORD_NUMBER, 6, 0 },
  { "seven", WORD_NUMBER, 7, 0 }, { "eight", WORD_NUMBER, 8, 0 }, { "nine", WORD_NUMBER, 9, 0 },
  { "ten", WORD_NUMBER, 10, 0 }, { "eleven", WORD_NUMBER, 11, 0 },
  { "twelve", WORD_NUMBER, 12, 0 }, { "thirteen", WORD_NUMBER, 13, 0 },
  { "fourteen", WORD_NUMBER, 14, 0 }, { "fifteen", WORD_NUMBER, 15, 0 },
  { "sixteen", WORD_NUMBER, 16, 0 }, { "seventeen", WORD_NUMBER, 17, 0 },
  { "eighteen", WORD_NUMBER, 18, 0 }, { "nineteen", WORD_NUMBER, 19, 0 },
  { "twenty", WORD_NUMBER, 20, 0 }, { "thirty", WORD_NUMBER, 30, 0 },
  { "forty", WORD_NUMBER, 40, 0 }, { "fifty", WORD_NUMBER, 50, 0 },
  { "sixty", WORD_NUMBER, 60, 0 }, { "seventy", WORD_NUMBER, 70, 0 },
  { "eighty", WORD_NUMBER, 80, 0 }, { "ninety", WORD_NUMBER, 90, 0 },
  { "hundred", WORD_NUMBER, 100, 0 },
  { "day", WORD_UNIT, ND_DATE_UNIT_DAY, 0 }, { "days", WORD_UNIT, ND_DATE_UNIT_DAY, 0 },
  { "week", WORD_UNIT, ND_DATE_UNIT_WEEK, 0 }, { "weeks", WORD_UNIT, ND_DATE_UNIT_WEEK, 0 },
  { "fortnight", WORD_UNIT, ND_DATE_UNIT_FORTNIGHT, 0 },
  { "fortnights", WORD_UNIT, ND_DATE_UNIT_FORTNIGHT, 0 },
  { "month", WORD_UNIT, ND_DATE_UNIT_MONTH, 0 }, { "months", WORD_UNIT, ND_DATE_UNIT_MONTH, 0 },
  { "year", WORD_UNIT, ND_DATE_UNIT_YEAR, CUE_YEAR },
  { "years", WORD_UNIT, ND_DATE_UNIT_YEAR, 0 },
  { "decade", WORD_UNIT, ND_DATE_UNIT_DECADE, 0 },
  { "decades", WORD_UNIT, ND_DATE_UNIT_DECADE, 0 },
  { "morning", WORD_TIME_OF_DAY, 0, 0 }, { "afternoon", WORD_TIME_OF_DAY, 0, 0 },
  { "evening", WORD_TIME_OF_DAY, 0, 0 }, { "night", WORD_TIME_OF_DAY, 0, 0 },
  { "spring", WORD_SEASON, ND_SEASON_SPRING, 0 }, { "summer", WORD_SEASON, ND_SEASON_SUMMER, 0 },
  { "autumn", WORD_SEASON, ND_SEASON_AUTUMN, 0 }, { "fall", WORD_SEASON, ND_SEASON_AUTUMN, 0 },
  { "winter", WORD_SEASON, ND_SEASON_WINTER, 0 },
  { "early", WORD_PART, ND_DATE_PART_EARLY, 0 }, { "mid", WORD_PART, ND_DATE_PART_MIDDLE, 0 },
  { "late", WORD_PART, ND_DATE_PART_LATE, 0 },
  { "beginning", WORD_EDGE, ND_DATE_PART_EARLY, 0 }, { "start", WORD_EDGE, ND_DATE_PART_EARLY, 0 },
  { "middle", WORD_EDGE, ND_DATE_PART_MIDDLE, 0 }, { "end", WORD_EDGE, ND_DATE_PART_LATE, 0 },
  { "yesterday", WORD_YESTERDAY, -1, 0 }, { "today", WORD_TODAY, 0, 0 },
  { "tonight", WORD_TONIGHT, 0, 0 }, { "tomorrow", WORD_TOMORROW, 1, CUE_FUTURE },
  { "this", WORD_THIS, 0, 0 }, { "last", WORD_LAST, -1, 0 }, { "next", WORD_NEXT, 1, CUE_FUTURE },
  { "the", WORD_THE, 0, 0 },
  { "following", WORD_FOLLOWING, 1, 0 }, { "previous", WORD_FOLLOWING, -1, 0 },
  { "preceding", WORD_FOLLOWING, -1, 0 },
  { "ago", WORD_AGO, 0, 0 }, { "later", WORD_LATER, 1, 0 }, { "earlier", WORD_LATER, -1, 0 },
  { "of", WORD_OF, 0, CUE_YEAR }, { "a", WORD_A, 1, 0 }, { "an", WORD_A, 1, 0 },
  { "few", WORD_VAGUE, 2, 0 }, { "several", WORD_VAGUE, 3, 0 }, { "couple", WORD_VAGUE, 2, 0 },
  { "between", WORD_BETWEEN, 0, 0 }, { "and", WORD_AND, 0, 0 },
  { "from", WORD_FROM, 0, CUE_YEAR | CUE_MONTH },
  { "to", WORD_TO, 0, CUE_YEAR }, { "through", WORD_TO, 0, CUE_YEAR | CUE_MONTH },
  { "until", WORD_TO, 0, CUE_YEAR | CUE_MONTH | CUE_DEADLINE },
  { "till", WORD_TO, 0, CUE_YEAR | CUE_MONTH | CUE_DEADLINE },
  { "christmas", WORD_CHRISTMAS, 0, 0 }, { "new", WORD_NEW, 0, 0 }, { "eve", WORD_EVE, 0, 0 },
  { "fourth", WORD_FOURTH, 0, 0 }, { "halloween", WORD_HALLOWEEN, 0, 0 },
  { "valentine", WORD_VALENTINE, 0, 0 },
  { "my", WORD_HABIT, 0, 0 }, { "your", WORD_HABIT, 0, 0 }, { "his", WORD_HABIT, 0, 0 },
  { "her", WORD_HABIT, 0, 0 }, { "its", WORD_HABIT, 0, 0 }, { "our", WORD_HABIT, 0, 0 },
  { "their", WORD_HABIT, 0, 0 }, { "every", WORD_HABIT, 0, 0 }, { "each", WORD_HABIT, 0, 0 },
  { "good", WORD_NAMED_DAY, 0, 0 }, { "black", WORD_NAMED_DAY, 0, 0 },
  { "super", WORD_NAMED_DAY, 0, 0 }, { "ash", WORD_NAMED_DAY, 0, 0 },
  { "cyber", WORD_NAMED_DAY, 0, 0 }, { "holy", WORD_NAMED_DAY, 0, 0 },
  { "maundy", WORD_NAMED_DAY, 0, 0 }, { "easter", WORD_NAMED_DAY, 0, 0 },
  { "was", WORD_WAS, 0, 0 }, { "were", WORD_WAS, 0, 0 }, { "been", WORD_WAS, 0, 0 },
  { "people", WORD_COUNTED, 0, 0 }, { "workers", WORD_COUNTED, 0, 0 },
  { "employees", WORD_COUNTED, 0, 0 }, { "jobs", WORD_COUNTED, 0, 0 },
  { "votes", WORD_COUNTED, 0, 0 }, { "signatures", WORD_COUNTED, 0, 0 },
  { "troops", WORD_COUNTED, 0, 0 }, { "men", WORD_COUNTED, 0, 0 },
  { "women", WORD_COUNTED, 0, 0 }, { "children", WORD_COUNTED, 0, 0 },
  { "students", WORD_COUNTED, 0, 0 }, { "homes", WORD_COUNTED, 0, 0 },
  { "cases", WORD_COUNTED, 0, 0 }, { "deaths", WORD_COUNTED, 0, 0 },
  { "times", WORD_COUNTED, 0, 0 }, { "units", WORD_COUNTED, 0, 0 },
  { "dollars", WORD_COUNTED, 0, 0 }, { "pounds", WORD_COUNTED, 0, 0 },
  { "euros", WORD_COUNTED, 0, 0 }, { "miles", WORD_COUNTED, 0, 0 },
  { "km", WORD_COUNTED, 0, 0 }, { "metres", WORD_COUNTED, 0, 0 },
  { "meters", WORD_COUNTED, 0, 0 }, { "feet", WORD_COUNTED, 0, 0 },
  { "tonnes", WORD_COUNTED, 0, 0 }, { "tons", WORD_COUNTED, 0, 0 },
  { "points", WORD_COUNTED, 0, 0 }, { "seats", WORD_COUNTED, 0, 0 },
  { "members", WORD_COUNTED, 0, 0 }, { "percent", WORD_COUNTED, 0, 0 },
  { "per", WORD_COUNTED, 0, 0 }, { "residents", WORD_COUNTED, 0, 0 },
  { "in", WORD_OTHER, 0, CUE_YEAR | CUE_MONTH }, { "since", WORD_OTHER, 0, CUE_YEAR | CUE_MONTH },
  { "by", WORD_OTHER, 0, CUE_YEAR | CUE_MONTH | CUE_DEADLINE },
  { "into", WORD_OTHER, 0, CUE_YEAR }, { "during", WORD_OTHER, 0, CUE_YEAR | CUE_MONTH },
  { "before", WORD_OTHER, 0, CUE_YEAR | CUE_MONTH },
  { "after", WORD_OTHER, 0, CUE_YEAR | CUE_MONTH },
  { "around", WORD_OTHER, 0, CUE_YEAR }, { "circa", WORD_OTHER, 0, CUE_YEAR },
  { "throughout", WORD_OTHER, 0, CUE_YEAR | CUE_MONTH },
  { "will", WORD_OTHER, 0, CUE_FUTURE }, { "shall", WORD_OTHER, 0, CUE_FUTURE },
  { "ll", WORD_OTHER, 0, CUE_FUTURE }, { "must", WORD_OTHER, 0, CUE_FUTURE },
  { "upcoming", WORD_OTHER, 0, CUE_FUTURE }, { "going", WORD_OTHER, 0, CUE_FUTURE },
  { "planned", WORD_OTHER, 0, CUE_FUTURE | CUE_SCHEDULE },
  { "due", WORD_OTHER, 0, CUE_FUTURE | CUE_SCHEDULE },
  { "scheduled", WORD_OTHER, 0, CUE_FUTURE | CUE_SCHEDULE },
  { "expected", WORD_OTHER, 0, CUE_FUTURE | CUE_SCHEDULE },
};

typedef struct
{
  guint      byte_start;
  guint      byte_end;
  guint      char_start;
  guint      char_end;
  TokenType  type;
  WordClass  word_class;
  int        value;
  guint8     cues;
  guint8     n_digits;
  gboolean   capitalized;
  gboolean   space_before;
  gunichar   punct;
} Token;

typedef struct
{
  guint byte_start;
  guint byte_end;
  guint char_start;
} Sentence;

/* One sentence being matched. */
typedef struct
{
  const Token *tokens;
  guint        n_tokens;
} Tokens;

/* The words by first letter, each bucket small enough to scan: faster than a hash table
 * for words that are mostly not in it. */
#define MAX_BUCKET 40

typedef struct
{
  const WordInfo *words[26][MAX_BUCKET];
  guint8          lengths[26][MAX_BUCKET];
  guint8          n_words[26];
} WordIndex;

static const WordIndex *
get_word_index (void)
{
  static WordIndex *index;

  if (g_once_init_enter (&index))
    {
      WordIndex *new_index = g_new0 (WordIndex, 1);

      for (guint i = 0; i < G_N_ELEMENTS (words); i++)
        {
          guint bucket = words[i].word[0] - 'a';
          guint n = new_index->n_words[bucket]++;

          g_assert (strlen (words[i].word) <= MAX_WORD_BYTES && n < MAX_BUCKET);
          new_index->words[bucket][n] = &words[i];
          new_index->lengths[bucket][n] = strlen (words[i].word);
        }

      g_once_init_leave (&index, new_index);
    }

  return index;
}

static const WordInfo *
lookup_word (const char *lower,
             gsize       length)
{
  const WordIndex *index = get_word_index ();
  guint bucket = lower[0] - 'a';

  for (guint i = 0; i < index->n_words[bucket]; i++)
    if (index->lengths[bucket][i] == length && memcmp (index->words[bucket][i]->word, lower, length) == 0)
      return index->words[bucket][i];

  return NULL;
}

/* ---- Sentences ---------------------------------------------------------------------- */

/* Most of a body is ASCII: read it without the general UTF-8 decoder. */
static inline gunichar
char_at (const char *text,
         gsize       p,
         gsize      *next)
{
  guchar byte = (guchar)text[p];

  if (byte < 0x80)
    {
      *next = p + 1;
      return byte;
    }

  *next = g_utf8_next_char (text + p) - text;
  return g_utf8_get_char (text + p);
}

static inline gboolean
is_space (gunichar c)
{
  return c < 0x80 ? g_ascii_isspace (c) : g_unichar_isspace (c);
}

static inline gboolean
is_alnum (gunichar c)
{
  return c < 0x80 ? g_ascii_isalnum (c) : g_unichar_isalnum (c);
}

static gboolean
is_abbreviation (const char *word,
                 gsize       length)
{
  static const char * const abbreviations[] = {
    "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "gov", "sen", "rep", "rev",
    "lt", "col", "capt", "sgt", "no", "vs", "inc", "co", "corp", "ltd", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues",
    "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "approx", "est", "fig", "mt",
  };
  char lower[8];

  if (length >= sizeof lower)
    return FALSE;

  for (gsize i = 0; i < length; i++)
    lower[i] = g_ascii_tolower (word[i]);
  lower[length] = '\0';

  for (guint i = 0; i < G_N_ELEMENTS (abbreviations); i++)
    if (strcmp (lower, abbreviations[i]) == 0)
      return TRUE;

  return FALSE;
}

static gboolean
is_closing_mark (gunichar c)
{
  return c == '"' || c == '\'' || c == 0x201D || c == 0x2019 || c == ')' || c == ']' ||
         c == 0xBB;
}

static gboolean
is_line_break (gunichar c)
{
  return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029;
}

/* Whether the mark at END_MARK, followed by white space at AFTER, ends a sentence. */
static gboolean
ends_sentence (const char *body,
               gsize       length,
               gsize       sentence_start,
               gsize       mark,
               gunichar    mark_char,
               gsize       after)
{
  gsize next = after;

  while (next < length && g_unichar_isspace (g_utf8_get_char (body + next)) &&
         !is_line_break (g_utf8_get_char (body + next)))
    next = g_utf8_next_char (body + next) - body;

  if (next < length && g_unichar_islower (g_utf8_get_char (body + next)))
    return FALSE;

  if (mark_char == '.')
    {
      gsize word = mark;

      while (word > sentence_start && g_ascii_isalpha (body[word - 1]))
        word--;

      /* Initials, "U.S.", "p.m.", "Dr.", "Dec." */
      if (mark - word == 1 || is_abbreviation (body + word, mark - word))
        return FALSE;
    }

  return TRUE;
}

/* Cut at a space once long, anywhere once twice as long: "Monday,Monday,..." has none. */
static gboolean
is_overlong (gsize    length,
             gunichar c)
{
  return length >= 2 * MAX_SENTENCE_BYTES || (length >= MAX_SENTENCE_BYTES && is_space (c));
}

static void
add_sentence (GArray     *sentences,
              const char *body,
              gsize       start,
              gsize       end,
              guint       char_start)
{
  Sentence sentence = { start, end, char_start };

  while (sentence.byte_end > sentence.byte_start &&
         g_ascii_isspace (body[sentence.byte_end - 1]))
    sentence.byte_end--;

  if (sentence.byte_end > sentence.byte_start)
    g_array_append_val (sentences, sentence);
}

static GArray *
split_sentences (const char *body,
                 gsize       length)
{
  GArray *sentences = g_array_new (FALSE, FALSE, sizeof (Sentence));
  gboolean in_sentence = FALSE;
  gsize start = 0;
  gsize end_at = G_MAXSIZE;
  guint start_char = 0;
  guint n_chars = 0;

  for (gsize p = 0; p < length; n_chars++)
    {
      gsize next;
      gunichar c = char_at (body, p, &next);

      if (in_sentence && (p == end_at || is_line_break (c) || is_overlong (p - start, c)))
        {
          add_sentence (sentences, body, start, p, start_char);
          in_sentence = FALSE;
          end_at = G_MAXSIZE;
        }

      if (!in_sentence && !is_space (c))
        {
          in_sentence = TRUE;
          start = p;
          start_char = n_chars;
        }

      if (in_sentence && end_at == G_MAXSIZE &&
          (c == '.' || c == '!' || c == '?' || c == 0x2026))
        {
          gsize after = next;

          while (after < length && is_closing_mark (g_utf8_get_char (body + after)))
            after = g_utf8_next_char (body + after) - body;

          if ((after >= length || g_unichar_isspace (g_utf8_get_char (body + after))) &&
              ends_sentence (body, length, start, p, c, after))
            end_at = after;
        }

      p = next;
    }

  if (in_sentence)
    add_sentence (sentences, body, start, length, start_char);

  return sentences;
}

/* ---- Tokens ------------------------------------------------------------------------- */

static void
classify_word (Token      *token,
               const char *text,
               gsize       length)
{
  char lower[MAX_WORD_BYTES];
  const WordInfo *info;
  gboolean all_capitals = length > 1;

  token->type = TOKEN_WORD;
  token->word_class = WORD_OTHER;

  if (length > MAX_WORD_BYTES)
    return;

  for (gsize i = 0; i < length; i++)
    {
      char c = text[i];

      if (!g_ascii_isalpha (c))
        return;
      all_capitals &= c >= 'A' && c <= 'Z';
      lower[i] = c | 0x20;
    }

  /* "USA TODAY", "MORNING EDITION": names, not dates */
  if (all_capitals)
    return;

  info = lookup_word (lower, length);
  if (info == NULL)
    return;

  token->word_class = info->word_class;
  token->value = info->value;
  token->cues = info->cues;
}

static void
classify_run (Token      *token,
              const char *text,
              gsize       length,
              gboolean    has_separators)
{
  gsize n_digits = 0;

  while (n_digits < length && g_ascii_isdigit (text[n_digits]))
    n_digits++;

  if (n_digits == 0)
    {
      classify_word (token, text, length);
      return;
    }

  token->type = TOKEN_MIXED;
  if (has_separators || n_digits > 9)
    {
      token->type = TOKEN_AMOUNT;
      return;
    }

  token->value = (int)g_ascii_strtoll (text, NULL, 10);
  token->n_digits = n_digits;

  if (n_digits == length)
    token->type = TOKEN_NUMBER;
  else if (length - n_digits == 2 && n_digits <= 2 &&
           (g_ascii_strncasecmp (text + n_digits, "st", 2) == 0 ||
            g_ascii_strncasecmp (text + n_digits, "nd", 2) == 0 ||
            g_ascii_strncasecmp (text + n_digits, "rd", 2) == 0 ||
            g_ascii_strncasecmp (text + n_digits, "th", 2) == 0))
    token->type = TOKEN_ORDINAL;
  else if (length - n_digits == 1 && (text[n_digits] == 's' || text[n_digits] == 'S'))
    token->type = TOKEN_DECADE;
}

static void
tokenize (const char     *body,
          const Sentence *sentence,
          GArray         *tokens)
{
  gsize p = sentence->byte_start;
  gsize end = sentence->byte_end;
  guint n_chars = sentence->char_start;
  gboolean space_before = TRUE;

  g_array_set_size (tokens, 0);

  while (p < end)
    {
      gsize next;
      gunichar c = char_at (body, p, &next);
      Token token = { 0 };

      if (is_space (c))
        {
          space_before = TRUE;
          p = next;
          n_chars++;
          continue;
        }

      token.byte_start = p;
      token.char_start = n_chars;
      token.space_before = space_before;
      space_before = FALSE;

      if (is_alnum (c))
        {
          gboolean all_digits = TRUE;
          gboolean has_separators = FALSE;

          token.capitalized = c < 0x80 ? g_ascii_isupper (c) : g_unichar_isupper (c);

          /* One run of letters and digits; "3,000", "2.5" and "10:15" stay one amount. */
          while (p < end)
            {
              gsize after;
              gunichar d = char_at (body, p, &after);

              if (is_alnum (d))
                all_digits &= g_ascii_isdigit (body[p]);
              else if ((d == ',' || d == '.' || d == ':') && all_digits &&
                       p > token.byte_start && p + 1 < end && g_ascii_isdigit (body[p + 1]))
                has_separators = TRUE;
              else
                break;

              p = after;
              n_chars++;
            }

          classify_run (&token, body + token.byte_start, p - token.byte_start, has_separators);
        }
      else
        {
          token.type = TOKEN_PUNCT;
          token.punct = c;
          p = next;
          n_chars++;
        }

      token.byte_end = p;
      token.char_end = n_chars;
      g_array_append_val (tokens, token);
    }
}

/* ---- Matching ----------------------------------------------------------------------- */

static const Token *
token_at (const Tokens *t,
          guint         i)
{
  return i < t->n_tokens ? &t->tokens[i] : NULL;
}

static gboolean
is_word (const Tokens *t,
         guint         i,
         WordClass     word_class)
{
  const Token *token = token_at (t, i);

  return token != NULL && token->type == TOKEN_WORD && token->word_class == word_class;
}

static gboolean
is_punct (const Tokens *t,
          guint         i,
          gunichar      c)
{
  const Token *token = token_at (t, i);

  return token != NULL && token->type == TOKEN_PUNCT && token->punct == c;
}

static gboolean
is_apostrophe (const Tokens *t,
               guint         i)
{
  return is_punct (t, i, '\'') || is_punct (t, i, 0x2019);
}

static gboolean
is_dash (const Tokens *t,
         guint         i)
{
  return is_punct (t, i, '-') || is_punct (t, i, 0x2013) || is_punct (t, i, 0x2014);
}

/* Touches the token before it, as in "mid-April" and "’90s". */
static gboolean
is_attached (const Tokens *t,
             guint         i)
{
  const Token *token = token_at (t, i);

  return token != NULL && !token->space_before;
}

static gboolean
is_capitalized_word (const Tokens *t,
                     guint         i,
                     WordClass     word_class)
{
  return is_word (t, i, word_class) && t->tokens[i].capitalized;
}

static gboolean
is_year_number (const Tokens *t,
                guint         i)
{
  const Token *token = token_at (t, i);

  return token != NULL && token->type == TOKEN_NUMBER && token->n_digits == 4 &&
         token->value >= 1000 && token->value <= 2099;
}

static gboolean
is_day_number (const Tokens *t,
               guint         i)
{
  const Token *token = token_at (t, i);

  return token != NULL && (token->type == TOKEN_NUMBER || token->type == TOKEN_ORDINAL) &&
         token->n_digits <= 2 && token->value >= 1 && token->value <= 31;
}

static gboolean
has_cue (const Tokens *t,
         guint         i,
         guint8        cue)
{
  const Token *token = i > 0 ? token_at (t, i - 1) : NULL;

  return token != NULL && token->type == TOKEN_WORD && (token->cues & cue) != 0;
}

/* A month name, or an abbreviation with or without its full stop; returns the index after
 * it, or 0. Abbreviations only count when ALLOW_ABBREVIATION. */
static guint
match_month_name (const Tokens *t,
                  guint         i,
                  gboolean      allow_abbreviation,
                  int          *month)
{
  if (is_capitalized_word (t, i, WORD_MONTH))
    {
      *month = t->tokens[i].value;
      return i + 1;
    }

  if (allow_abbreviation && is_capitalized_word (t, i, WORD_MONTH_ABBREVIATION))
    {
      *month = t->tokens[i].value;
      return is_punct (t, i + 1, '.') && is_attached (t, i + 1) ? i + 2 : i + 1;
    }

  return 0;
}

typedef struct
{
  const Tokens     *tokens;
  guint             sentence_first;
  NdDateExpression  expression;
  guint             start;
  guint             end;
} Match;

static gboolean
opens_speech (const Token *token)
{
  return token->type == TOKEN_PUNCT &&
         (token->punct == ':' || token->punct == '"' || token->punct == 0x201C ||
          token->punct == 0x2018);
}

/* Looks from FIRST up to LAST, or up to a colon or quotation mark when STOP_AT_SPEECH:
 * quoted words have a tense of their own. */
static gboolean
has_future_cue (const Tokens *t,
                guint         first,
                guint         last,
                gboolean      stop_at_speech)
{
  for (guint k = first; k < last && k < t->n_tokens; k++)
    {
      const Token *token = &t->tokens[k];

      if (stop_at_speech && opens_speech (token))
        return FALSE;

      if (token->type != TOKEN_WORD || (token->cues & CUE_FUTURE) == 0)
        continue;

      /* "was scheduled to", "had been expected to" look back. */
      if ((token->cues & CUE_SCHEDULE) != 0 && k > 0 && is_word (t, k - 1, WORD_WAS))
        continue;

      return TRUE;
    }

  return FALSE;
}

/* The tense of the sentence around tokens START..END: what comes before, or the rest of
 * the sentence when the expression opens it ("On Monday, the council will vote"). */
static gboolean
speaks_of_future (const Match *match)
{
  const Tokens *t = match->tokens;

  if (has_future_cue (t, 0, match->start, FALSE))
    return TRUE;

  return match->start <= 2 && has_future_cue (t, match->end, t->n_tokens, TRUE);
}

static NdDateLean
lean_for_partial_date (const Match *match)
{
  if (has_cue (match->tokens, match->start, CUE_DEADLINE) || speaks_of_future (match))
    return ND_DATE_LEAN_FUTURE;

  return ND_DATE_LEAN_NEAREST;
}

static gboolean
match_calendar_date (Match *match,
                     guint  i)
{
  const Tokens *t = match->tokens;
  NdDateExpression *e = &match->expression;
  guint j;
  int month;

  /* 2026-03-12 */
  if (is_year_number (t, i) && is_punct (t, i + 1, '-') && is_attached (t, i + 1) &&
      token_at (t, i + 2) != NULL && t->tokens[i + 2].type == TOKEN_NUMBER &&
      t->tokens[i + 2].n_digits == 2 && is_attached (t, i + 2) &&
      is_punct (t, i + 3, '-') && is_attached (t, i + 3) &&
      is_day_number (t, i + 4) && t->tokens[i + 4].n_digits == 2 && is_attached (t, i + 4))
    {
      *e = (NdDateExpression) { .kind = ND_DATE_EXPRESSION_DAY, .year = t->tokens[i].value,
                                .month = t->tokens[i + 2].value, .day = t->tokens[i + 4].value };
      match->end = i + 5;
      return TRUE;
    }

  /* March 12, March 12, 2026, Dec. 31st, March 2026 */
  if ((j = match_month_name (t, i, TRUE, &month)) != 0)
    {
      if (is_day_number (t, j))
        {
          *e = (NdDateExpression) { .kind = ND_DATE_EXPRESSION_DAY, .month = month,
                                    .day = t->tokens[j].value };
          j++;
          if (is_punct (t, j, ',') && is_year_number (t, j + 1))
            {
              e->year = t->tokens[j + 1].value;
              j += 2;
            }
          else if (is_year_number (t, j))
            e->year = t->tokens[j++].value;
        }
      else if (is_year_number (t, j))
        *e = (NdDateExpression) { .kind = ND_DATE_EXPRESSION_MONTH, .month = month,
                                  .year = t->tokens[j++].value };
      else
        return FALSE;

      match->end = j;
      e->lean = lean_for_partial_date (match);
      return TRUE;
    }

  /* 12 March, 12th of March 2026 */
  if (is_day_number (t, i))
    {
      j = is_word (t, i + 1, WORD_OF) ? i + 2 : i + 1;
      if ((j = match_month_name (t, j, TRUE, &month)) == 0)
        return FALSE;

      *e = (NdDateExpression) { .kind = ND_DATE_EXPRESSION_DAY, .month = month,
                                .day = t->tokens[i].value };
      if (is_year_number (t, j))
        e->year = t->tokens[j++].value;

      match->end = j;
      e->lean = lean_for_partial_date (match);
      return TRUE;
    }

  return FALSE;
}

/* "Tuesday, March 3", "Sun. Dec. 31, 2017": the weekday belongs to the date. */
static guint
skip_weekday_prefix (const Tokens *t,
                     guint         i)
{
  guint j = i + 1;

  if (!is_capitalized_word (t, i, WORD_WEEKDAY) &&
      !is_capitalized_word (t, i, WORD_WEEKDAY_ABBREVIATION))
    return 0;

  if (is_punct (t, j, '.') && is_attached (t, j))
    j++;
  if (is_punct (t, j, ','))
    j++;

  return j;
}

static gboolean
match_dated_weekday (Match *match,
                     guint  i)
{
  guint j = skip_weekday_prefix (match->tokens, i);

  return j != 0 && match_calendar_date (match, j) &&
         match->expression.kind == ND_DATE_EXPRESSION_DAY;
}

static gboolean
match_year_suffix (Match *match)
{
  if (!is_year_number (match->tokens, match->end))
    return FALSE;

  match->expression.year = match->tokens->tokens[match->end++].value;
  return TRUE;
}

static gboolean
match_holiday (Match *match,
               guint  i)
{
  const Tokens *t = match->tokens;
  NdDateExpression *e = &match->expression;

  *e = (NdDateExpression) { .kind = ND_DATE_EXPRESSION_DAY };

  if (is_capitalized_word (t, i, WORD_CHRISTMAS))
    {
      e->month = 12;
      e->day = 25;
      match->end = i + 1;
      if (is_capitalized_word (t, i + 1, WORD_EVE))
        {
          e->day = 24;
          match->end++;
        }
      else if (is_word (t, i + 1, WORD_UNIT) && t->tokens[i + 1].capitalized &&
               t->tokens[i + 1].value == ND_DATE_UNIT_DAY)
        match->end++;
    }
  else if (is_capitalized_word (t, i, WORD_NEW) && is_capitalized_word (t, i + 1, WORD_UNIT) &&
           t->tokens[i + 1].value == ND_DATE_UNIT_YEAR && is_apostrophe (t, i + 2) &&
           token_at (t, i + 3) != NULL && t->tokens[i + 3].type == TOKEN_WORD &&
           t->tokens[i + 3].byte_end - t->tokens[i + 3].byte_start == 1 &&
           (is_capitalized_word (t, i + 4, WORD_EVE) ||
            (is_capitalized_word (t, i + 4, WORD_UNIT) &&
             t->tokens[i + 4].value == ND_DATE_UNIT_DAY)))
    {
      gboolean eve = is_word (t, i + 4, WORD_EVE);

      e->month = eve ? 12 : 1;
      e->day = eve ? 31 : 1;
      match->end = i + 5;
    }
  else if (is_capitalized_word (t, i, WORD_FOURTH) && is_word (t, i + 1, WORD_OF) &&
           is_capitalized_word (t, i + 2, WORD_MONTH) && t->tokens[i + 2].value == 7)
    {
      e->month = 7;
      e->day = 4;
      match->end = i + 3;
    }
  else if (is_capitalized_word (t, i, WORD_HALLOWEEN))
    {
      e->month = 10;
      e->day = 31;
      match->end = i + 1;
    }
  else if (is_capitalized_word (t, i, WORD_VALENTINE) && is_apostrophe (t, i + 1) &&
           token_at (t, i + 3) != NULL && is_capitalized_word (t, i + 3, WORD_UNIT) &&
           t->tokens[i + 3].value == ND_DATE_UNIT_DAY)
    {
      e->month = 2;
      e->day = 14;
      match->end = i + 4;
    }
  else
    return FALSE;

  match_year_suffix (match);
  e->lean = lean_for_partial_date (match);
  return TRUE;
}

/* "1987–95" is 1987 to 1995. */
static int
range_end_year (const Tokens *t,
                guint         i,
                int           first)
{
  const Token *token = token_at (t, i);
  int last;

  if (token == NULL || token->type != TOKEN_NUMBER)
    return 0;

  if (token->n_digits == 4)
    last = token->value;
  else if (token->n_digits == 2)
    last = first / 100 * 100 + token->value;
  else
    return 0;

  return last > first && last <= 2099 ? last : 0;
}

static gboolean
match_year_range (Match *match,
                  guint  i)
{
  const Tokens *t = match->tokens;
  int first;
  int last;

  /* between 1987 and 1995, from 1987 to 1995 */
  if ((is_word (t, i, WORD_BETWEEN) || is_word (t, i, WORD_FROM)) && is_year_number (t, i + 1) &&
      (is_word (t, i + 2, is_word (t, i, WORD_BETWEEN) ? WORD_AND : WORD_TO)) &&
      is_year_number (t, i + 3) && t->tokens[i + 3].value > t->tokens[i + 1].value)
    {
      match->expression = (NdDateExpression) { .kind = ND_DATE_EXPRESSION_YEAR_RANGE,
                                               .year = t->tokens[i + 1].value,
                                               .last_year = t->tokens[i + 3].value };
      match->end = i + 4;
      return TRUE;
    }

  /* 1987–1995, 1987-95 */
  if (is_year_number (t, i) && is_dash (t, i + 1) &&
      is_attached (t, i + 1) == is_attached (t, i + 2) &&
      (first = t->tokens[i].value, last = range_end_year (t, i + 2, first)) != 0)
    {
      match->expression = (NdDateExpression) { .kind = ND_DATE_EXPRESSION_YEAR_RANGE,
                                               .year = first, .last_year = last };
      match->end = i + 3;
      return TRUE;
    }

  return FALSE;
}

static guint
match_part (const Tokens *t,
            guint         i,
            NdDatePart   *part)
{
  if (!is_word (t, i, WORD_PART))
    return 0;

  *part = t->tokens[i].value;
  /* "mid-April", "the late 1990s" */
  return is_dash (t, i + 1) && is_attached (t, i + 1) ? i + 2 : i + 1;
}

static gboolean
match_decade (Match *match,
              guint  i)
{
  const Tokens *t = match->tokens;
  NdDatePart part = ND_DATE_PART_WHOLE;
  guint j = match_part (t, i, &part);
  const Token *token;

  if (j == 0)
    j = i;

  if (is_apostrophe (t, j) && is_attached (t, j + 1))
    {
      token = token_at (t, j + 1);
      if (token == NULL || token->type != TOKEN_DECADE || token->n_digits != 2 ||
          token->value % 10 != 0)
        return FALSE;
    }
  else
    {
      token = token_at (t, j);
      if (token == NULL || token->type != TOKEN_DECADE || token->n_digits != 4 ||
          token->value % 10 != 0 || token->value < 1000 || token->value > 2090)
        return FALSE;
    }

  match->expression = (NdDateExpression) { .kind = ND_DATE_EXPRESSION_DECADE,
                                           .year = token->value, .part = part };
  match->end = token - t->tokens + 1;
  return TRUE;
}

static gboolean
is_counted_noun (const Tokens *t,
                 guint         i)
{
  return is_word (t, i, WORD_COUNTED) || is_punct (t, i, '%');
}

static gboolean
match_year (Match *match,
            guint  i)
{
  const Tokens *t = match->tokens;
  NdDatePart part = ND_DATE_PART_WHOLE;
  guint j = match_part (t, i, &part);

  if (j != 0)
    {
      /* late 2013 */
      if (!is_year_number (t, j))
        return FALSE;
    }
  else
    {
      j = i;
      if (!is_year_number (t, j) || is_counted_noun (t, j + 1))
        return FALSE;

      /* "the 2011 uprising": a year before a noun, but "the 1500 workers" is a count */
      if (j > 0 && is_word (t, j - 1, WORD_THE))
        {
          if (t->tokens[j].value < 1900 || token_at (t, j + 1) == NULL ||
              t->tokens[j + 1].type != TOKEN_WORD)
            return FALSE;
        }
      else if (!has_cue (t, j, CUE_YEAR))
        return FALSE;
    }

  match->expression = (NdDateExpression) { .kind = ND_DATE_EXPRESSION_YEAR,
                                           .year = t->tokens[j].value, .part = part };
  match->end = j + 1;
  return TRUE;
}

/* "in January", "early July", "mid-April", "the end of May", "the end of the month" */
static gboolean
match_month (Match *match,
             guint  i)
{
  const Tokens *t = match->tokens;
  NdDateExpression *e = &match->expression;
  NdDatePart part = ND_DATE_PART_WHOLE;
  guint j = i;
  int month;

  if (is_word (t, j, WORD_THE) && is_word (t, j + 1, WORD_EDGE))
    j++;

  if (is_word (t, j, WORD_EDGE) && is_word (t, j + 1, WORD_OF))
    {
      part = t->tokens[j].value;
      j += 2;

      /* the end of the month, the end of next year */
      if ((is_word (t, j, WORD_THE) || is_word (t, j, WORD_THIS) || is_word (t, j, WORD_LAST) ||
           is_word (t, j, WORD_NEXT)) &&
          is_word (t, j + 1, WORD_UNIT) &&
          (t->tokens[j + 1].value == ND_DATE_UNIT_MONTH ||
           t->tokens[j + 1].value == ND_DATE_UNIT_YEAR))
        {
          *e = (NdDateExpression) { .kind = ND_DATE_EXPRESSION_CALENDAR_UNIT,
                                    .unit = t->tokens[j + 1].value, .part = part,
                                    .shift = is_word (t, j, WORD_THE) ? 0 : t->tokens[j].value };
          match->end = j + 2;
          return TRUE;
        }
    }
  else if ((j = match_part (t, i, &part)) == 0)
    {
      j = i;
      if (!has_cue (t, i, CUE_MONTH))
        return FALSE;
    }

  if ((j = match_month_name (t, j, FALSE, &month)) == 0)
    return FALSE;

  *e = (NdDateExpression) { .kind = ND_DATE_EXPRESSION_MONTH, .month = month, .part = part };
  match->end = j;

  /* "in May last year" */
  if ((is_word (t, j, WORD_LAST) || is_word (t, j, WORD_THIS) || is_word (t, j, WORD_NEXT)) &&
      is_word (t, j + 1, WORD_UNIT) && t->tokens[j + 1].value == ND_DATE_UNIT_YEAR)
    {
      e->relative_year = TRUE;
      e->shift = t->tokens[j].value;
      match->end = j + 2;
      return TRUE;
    }

  match_year_suffix (match);
  e->lean = lean_for_partial_date (match);
  return TRUE;
}

static guint
skip_time_of_day (const Tokens *t,
                  guint         i)
{
  return is_word (t, i, WORD_TIME_OF_DAY) ? i + 1 : i;
}

static gboolean
match_relative (Match *match,
                guint  i)
{
  const Tokens *t = match->tokens;
  NdDateExpression *e = &match->expression;
  const Token *token = token_at (t, i);
  int shift;
  int month;

  if (token == NULL || token->type != TOKEN_WORD)
    return FALSE;

  switch ((int)token->word_class)
    {
    case WORD_YESTERDAY:
    case WORD_TOMORROW:
      *e = (NdDateExpression) { .kind = ND_DATE_EXPRESSION_DAYS_FROM_NOW, .shift = token->value };
      match->end = skip_time_of_day (t, i + 1);
      return TRUE;

    case WORD_TODAY:
    case WORD_TONIGHT:
      *e = (NdDateExpression) { .kind = ND_DATE_EXPRESSION_DAYS_FROM_NOW };
      match->end = i + 1;
      return TRUE;

    case WORD_THIS:
    case WORD_LAST:
    case WORD_NEXT:
      /* "the last year" and "the next year" are something else */
      if (i > 0 && is_word (t, i - 1, WORD_THE))
        return FALSE;
      shift = token->value;
      break;

    default:
      return FALSE;
    }

  match->end = i + 2;

  if (is_word (t, i + 1, WORD_TIME_OF_DAY))
    {
      /* this morning, last night */
      if (token->word_class == WORD_NEXT ||
          (token->word_class == WORD_LAST && t->tokens[i + 1].byte_end -
           t->tokens[i + 1].byte_start != strlen ("night")))
        return FALSE;
      *e = (NdDateExpression) { .kind = ND_DATE_EXPRESSION_DAYS_FROM_NOW, .shift = shift };
      return TRUE;
    }

  if (is_word (t, i + 1, WORD_UNIT))
    {
      NdDateUnit unit = t->tokens[i + 1].value;

      if (unit != ND_DATE_UNIT_WEEK && unit != ND_DATE_UNIT_MONTH && unit != ND_DATE_UNIT_YEAR)
        return FALSE;
      *e = (NdDateExpression) { .kind = ND_DATE_EXPRESSION_CALENDAR_UNIT, .unit = unit,
                                .shift = shift };
      return TRUE;
    }

  if (is_word (t, i + 1, WORD_SEASON))
    {
      *e = (NdDateExpression) { .kind = ND_DATE_EXPRESSION_SEASON,
                                .season = t->tokens[i + 1].value, .shift = shift };
      return TRUE;
    }

  if (is_capitalized_word (t, i + 1, WORD_WEEKDAY))
    {
      Match dated = *match;

      /* "this Thursday, Dec. 28, 2017": the date says which Thursday */
      if (match_dated_weekday (&dated, i + 1))
        return FALSE;

      *e = (NdDateExpression) { .kind = ND_DATE_EXPRESSION_WEEKDAY,
                                .weekday = t->tokens[i + 1].value };
      e->lean = shift < 0 ? ND_DATE_LEAN_STRICTLY_PAST
              : shift > 0 ? ND_DATE_LEAN_STRICTLY_FUTURE
              : speaks_of_future (match) ? ND_DATE_LEAN_FUTURE : ND_DATE_LEAN_PAST;
      match->end = skip_time_of_day (t, i + 2);
      return TRUE;
    }

  if (match_month_name (t, i + 1, FALSE, &month) != 0)
    {
      *e = (NdDateExpression) { .kind = ND_DATE_EXPRESSION_MONTH, .month = month };
      e->lean = shift < 0 ? ND_DATE_LEAN_STRICTLY_PAST
              : shift > 0 ? ND_DATE_LEAN_STRICTLY_FUTURE
              : ND_DATE_LEAN_NEAREST;
      return TRUE;
    }

  return FALSE;
}

/* "summer 2025", "the summer of 2025" */
static gboolean
match_dated_season (Match *match,
                    guint  i)
{
  const Tokens *t = match->tokens;
  guint j = i + 1;

  if (!is_word (t, i, WORD_SEASON))
    return FALSE;

  if (is_word (t, j, WORD_OF))
    j++;
  if (!is_year_number (t, j))
    return FALSE;

  match->expression = (NdDateExpression) { .kind = ND_DATE_EXPRESSION_SEASON,
                                           .season = t->tokens[i].value,
                                           .year = t->tokens[j].value };
  match->end = j + 1;
  return TRUE;
}

/* A count before a unit: "3", "three", "twenty-five", "a", "a few", "several", "a couple
 * of". Returns the index after it, or 0. */
static guint
match_count (const Tokens *t,
             guint         i,
             int          *count,
             int          *count_max)
{
  const Token *token = token_at (t, i);

  if (token == NULL)
    return 0;

  if (token->type == TOKEN_NUMBER && token->n_digits <= 4)
    {
      *count = *count_max = token->value;
      return i + 1;
    }

  if (token->type != TOKEN_WORD)
    return 0;

  switch ((int)token->word_class)
    {
    case WORD_NUMBER:
      *count = *count_max = token->value;
      /* twenty-five */
      if (token->value >= 20 && token->value % 10 == 0 && token->value < 100 &&
          is_dash (t, i + 1) && is_attached (t, i + 1) && is_word (t, i + 2, WORD_NUMBER) &&
          is_attached (t, i + 2) && t->tokens[i + 2].value < 10)
        {
          *count = *count_max = token->value + t->tokens[i + 2].value;
          return i + 3;
        }
      return i + 1;

    case WORD_A:
      if (is_word (t, i + 1, WORD_VAGUE))
        {
          if (t->tokens[i + 1].value == 2 && t->tokens[i + 1].byte_end -
              t->tokens[i + 1].byte_start == strlen ("couple"))
            {
              *count = 2;
              *count_max = 3;
              return is_word (t, i + 2, WORD_OF) ? i + 3 : i + 2;
            }
          *count = 2;
          *count_max = 4;
          return i + 2;
        }
      *count = *count_max = 1;
      return i + 1;

    case WORD_VAGUE:
      if (token->value != 3)
        return 0;
      *count = 3;
      *count_max = 7;
      return i + 1;

    default:
      return 0;
    }
}

/* "three decades ago", "a few weeks ago", "two years later", "the following year" */
static gboolean
match_counted (Match *match,
               guint  i)
{
  const Tokens *t = match->tokens;
  NdDateExpression *e = &match->expression;
  int count = 0;
  int count_max = 0;
  guint j;

  if (is_word (t, i, WORD_THE) && (is_word (t, i + 1, WORD_FOLLOWING) ||
                                   is_word (t, i + 1, WORD_NEXT)) &&
      is_word (t, i + 2, WORD_UNIT) && t->tokens[i + 2].value != ND_DATE_UNIT_DECADE)
    {
      *e = (NdDateExpression) { .kind = ND_DATE_EXPRESSION_ANCHORED,
                                .unit = t->tokens[i + 2].value, .shift = t->tokens[i + 1].value };
      match->end = i + 3;
      return TRUE;
    }

  if ((j = match_count (t, i, &count, &count_max)) == 0 || !is_word (t, j, WORD_UNIT))
    return FALSE;

  if (is_word (t, j + 1, WORD_AGO))
    {
      *e = (NdDateExpression) { .kind = ND_DATE_EXPRESSION_AGO, .unit = t->tokens[j].value,
                                .count = count, .count_max = count_max };
      match->end = j + 2;
      return TRUE;
    }

  if (is_word (t, j + 1, WORD_LATER) && count == count_max)
    {
      *e = (NdDateExpression) { .kind = ND_DATE_EXPRESSION_ANCHORED, .unit = t->tokens[j].value,
                                .shift = count * t->tokens[j + 1].value };
      match->end = j + 2;
      return TRUE;
    }

  return FALSE;
}

static gboolean
match_weekday (Match *match,
               guint  i)
{
  const Tokens *t = match->tokens;

  if (!is_capitalized_word (t, i, WORD_WEEKDAY))
    return FALSE;

  if (i > 0 && (is_word (t, i - 1, WORD_HABIT) || is_word (t, i - 1, WORD_NAMED_DAY)))
    return FALSE;

  match->end = skip_time_of_day (t, i + 1);
  match->expression = (NdDateExpression) { .kind = ND_DATE_EXPRESSION_WEEKDAY,
                                           .weekday = t->tokens[i].value };
  match->expression.lean = speaks_of_future (match) ? ND_DATE_LEAN_FUTURE : ND_DATE_LEAN_PAST;
  return TRUE;
}

typedef gboolean (*Matcher) (Match *match, guint i);

/* In order: the first that matches at a token wins, so longer forms come first. */
static const Matcher matchers[] = {
  match_dated_weekday,
  match_calendar_date,
  match_holiday,
  match_year_range,
  match_decade,
  match_year,
  match_month,
  match_dated_season,
  match_relative,
  match_counted,
  match_weekday,
};

/* Whether any matcher could start at the token: most words cannot, and skipping them
 * makes the search several times faster. */
static gboolean
may_start_match (const Token *token)
{
  switch (token->type)
    {
    case TOKEN_NUMBER:
    case TOKEN_ORDINAL:
    case TOKEN_DECADE:
      return TRUE;
    case TOKEN_PUNCT:
      return token->punct == '\'' || token->punct == 0x2019;
    case TOKEN_WORD:
      return token->word_class != WORD_OTHER && token->word_class != WORD_COUNTED &&
             token->word_class != WORD_WAS && token->word_class != WORD_HABIT;
    case TOKEN_AMOUNT:
    case TOKEN_MIXED:
    default:
      return FALSE;
    }
}

static gboolean
match_at (Match *match,
          guint  i)
{
  if (!may_start_match (&match->tokens->tokens[i]))
    return FALSE;

  for (guint m = 0; m < G_N_ELEMENTS (matchers); m++)
    {
      match->start = i;
      match->end = i;
      memset (&match->expression, 0, sizeof match->expression);
      if (matchers[m] (match, i) && match->end > i)
        return TRUE;
    }

  return FALSE;
}

/* ---- Mentions ----------------------------------------------------------------------- */

static NdDateMention *
new_mention (const char        *body,
             const Sentence    *sentence,
             const Token       *first,
             const Token       *last,
             const NdDateRange *range)
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

static void
find_in_sentence (const char     *body,
                  const Sentence *sentence,
                  GArray         *token_array,
                  const GDate    *published,
                  NdDateRange    *anchor,
                  gboolean       *have_anchor,
                  GPtrArray      *mentions)
{
  Tokens tokens;
  Match match = { .tokens = &tokens };

  tokenize (body, sentence, token_array);
  tokens.tokens = (const Token *)token_array->data;
  tokens.n_tokens = token_array->len;

  for (guint i = 0; i < tokens.n_tokens && mentions->len < MAX_MENTIONS;)
    {
      NdDateRange range;

      if (!match_at (&match, i))
        {
          i++;
          continue;
        }

      if (nd_date_expression_resolve (&match.expression, published,
                                      *have_anchor ? anchor : NULL, &range))
        {
          g_ptr_array_add (mentions, new_mention (body, sentence, &tokens.tokens[match.start],
                                                  &tokens.tokens[match.end - 1], &range));
          *anchor = range;
          *have_anchor = TRUE;
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
 * Tuesday in New York says "yesterday" of Monday.
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
  NdDateRange anchor = { 0 };
  gboolean have_anchor = FALSE;
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

  sentences = split_sentences (body, length);
  tokens = g_array_new (FALSE, FALSE, sizeof (Token));

  for (guint i = 0; i < sentences->len && mentions->len < MAX_MENTIONS; i++)
    find_in_sentence (body, &g_array_index (sentences, Sentence, i), tokens,
                      published != NULL ? &published_date : NULL, &anchor, &have_anchor,
                      mentions);

  return mentions;
}

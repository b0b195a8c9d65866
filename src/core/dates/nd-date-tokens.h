/* nd-date-tokens.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Sentences and words, as nd-date-mention.c matches date expressions on them. */

typedef enum
{
  ND_DATE_TOKEN_WORD,
  ND_DATE_TOKEN_NUMBER,
  ND_DATE_TOKEN_ORDINAL,   /* 31st */
  ND_DATE_TOKEN_DECADE,    /* 1990s, 90s */
  ND_DATE_TOKEN_AMOUNT,    /* 3,000 2.5 10:15 */
  ND_DATE_TOKEN_MIXED,     /* HA446, 5pm */
  ND_DATE_TOKEN_PUNCT,
} NdDateTokenType;

/* What a word can be in a date expression. */
typedef enum
{
  ND_DATE_WORD_OTHER,
  ND_DATE_WORD_MONTH,
  ND_DATE_WORD_MONTH_ABBREVIATION,
  ND_DATE_WORD_WEEKDAY,
  ND_DATE_WORD_WEEKDAY_ABBREVIATION,
  ND_DATE_WORD_NUMBER,
  ND_DATE_WORD_UNIT,
  ND_DATE_WORD_TIME_OF_DAY,
  ND_DATE_WORD_SEASON,
  ND_DATE_WORD_PART,          /* early, mid, late */
  ND_DATE_WORD_EDGE,          /* beginning, start, middle, end */
  ND_DATE_WORD_YESTERDAY,
  ND_DATE_WORD_TODAY,
  ND_DATE_WORD_TONIGHT,
  ND_DATE_WORD_TOMORROW,
  ND_DATE_WORD_THIS,
  ND_DATE_WORD_LAST,
  ND_DATE_WORD_NEXT,
  ND_DATE_WORD_THE,
  ND_DATE_WORD_FOLLOWING,     /* following (+1), previous, preceding (-1) */
  ND_DATE_WORD_AGO,
  ND_DATE_WORD_LATER,         /* later (+1), earlier (-1) */
  ND_DATE_WORD_OF,
  ND_DATE_WORD_A,
  ND_DATE_WORD_VAGUE,         /* few, several, couple */
  ND_DATE_WORD_BETWEEN,
  ND_DATE_WORD_AND,
  ND_DATE_WORD_FROM,
  ND_DATE_WORD_TO,            /* to, until, till, through */
  ND_DATE_WORD_CHRISTMAS,
  ND_DATE_WORD_NEW,
  ND_DATE_WORD_EVE,
  ND_DATE_WORD_FOURTH,
  ND_DATE_WORD_HALLOWEEN,
  ND_DATE_WORD_VALENTINE,
  ND_DATE_WORD_HABIT,         /* my, his, her, their, every, ... */
  ND_DATE_WORD_NAMED_DAY,     /* good (Friday), super (Tuesday), ... */
  ND_DATE_WORD_WAS,           /* was, were, been */
  ND_DATE_WORD_COUNTED,       /* people, workers, ... */
  ND_DATE_WORD_WEEKEND,
  ND_DATE_WORD_COMING,        /* "this coming winter" */
  ND_DATE_WORD_AS,            /* "as early as" */
  ND_DATE_WORD_THAT,          /* "that day", "that June" */
  ND_DATE_WORD_LESS,          /* "less than a fortnight ago" */
  ND_DATE_WORD_THAN,
  ND_DATE_WORD_HALF,          /* "the first half of 2009" */
  ND_DATE_WORD_ORDINAL,       /* first (1), second (2), third (3); final, the last one (99) */
  ND_DATE_WORD_HAS,           /* has, had */
  ND_DATE_WORD_HOLIDAY,       /* "Bastille (Day)", "Boxing (Day)": month * 100 + day; plus
                               * weekday * 10000 for the first such weekday on or after
                               * it ("Labor (Day)": the first Monday from 1 September) */
  ND_DATE_WORD_THANKSGIVING,  /* the fourth Thursday of November */
  ND_DATE_WORD_QUARTER,       /* "the first quarter of 2018" */
} NdDateWordClass;

enum
{
  ND_DATE_CUE_YEAR = 1 << 0,      /* "in 1999" */
  ND_DATE_CUE_MONTH = 1 << 1,     /* "in January" */
  ND_DATE_CUE_FUTURE = 1 << 2,    /* "will", "due", ... */
  ND_DATE_CUE_DEADLINE = 1 << 3,  /* "by", "until" */
  ND_DATE_CUE_SCHEDULE = 1 << 4,  /* "due", "scheduled": future unless after "was" */
  ND_DATE_CUE_BEFORE_AFTER = 1 << 5,
  ND_DATE_CUE_NOWADAYS = 1 << 6,  /* "the most powerful rocket flying today" */
  ND_DATE_CUE_BEFORE_TO = 1 << 7, /* "set", "poised": future only before "to" */
  ND_DATE_CUE_SINCE = 1 << 8,     /* "since February": before the publication */
  ND_DATE_CUE_SAID = 1 << 9,      /* "it will fly, Musk tweeted Friday": said before */
  ND_DATE_CUE_OPENS_CLAUSE = 1 << 10, /* "When it launches Tuesday, it will ...": the main
                                       * clause after the comma has the tense */
  ND_DATE_CUE_AHEAD = 1 << 11,    /* "ahead of Friday's vote", "the year ahead" */
  ND_DATE_CUE_OR = 1 << 12,       /* "in October or November" */
  ND_DATE_CUE_PAST = 1 << 13,     /* "this past Sunday" */
  ND_DATE_CUE_OF_WITH = 1 << 14,  /* "of today's biggest companies", "with today's music" */
  ND_DATE_CUE_PAST_FORM = 1 << 15, /* "filed", "tested": a lower-case word ending in -ed,
                                    * most often a verb in the past; "would", "could" and the
                                    * like undo it ("said it would close in March") */
  ND_DATE_CUE_MODAL = 1 << 16,
  ND_DATE_CUE_BE = 1 << 17,       /* "is", "be", "has": "is expected", "to be signed", "has
                                   * suggested" are no past */
  ND_DATE_CUE_ABOUT = 1 << 18,    /* "nearly two decades ago", "more than a year ago": part
                                   * of the mention, as "less than a fortnight ago" is */
};

/* A token of a sentence; offsets count from the start of the body. */
typedef struct
{
  guint            byte_start;
  guint            byte_end;
  guint            char_start;
  guint            char_end;
  NdDateTokenType  type;
  NdDateWordClass  word_class;
  int              value;       /* a number's value, or the word's (month, weekday, ...) */
  guint32          cues;
  guint8           n_digits;
  /* bytes, not gboolean: a token is 40 bytes, and a body is cut into many */
  guint8           capitalized;
  guint8           space_before;
  gunichar         punct;
} NdDateToken;

typedef struct
{
  guint byte_start;
  guint byte_end;
  guint char_start;
} NdDateSentence;

GArray *nd_date_split_sentences (const char           *body,
                                 gsize                 length);
void    nd_date_tokenize        (const char           *body,
                                 const NdDateSentence *sentence,
                                 GArray               *tokens);

G_END_DECLS

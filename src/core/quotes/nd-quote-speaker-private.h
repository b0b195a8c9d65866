/* nd-quote-speaker-private.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Where nd_quote_finder_find() found a quotation, in characters into the body: from the
 * opening mark (@open) to just past the closing mark (@close); @start and @end bound the
 * quoted words as in NdQuotation. */
typedef struct
{
  guint open;
  guint start;
  guint end;
  guint close;
} NdQuoteSpan;

/* Returns (element-type utf8) (nullable elements): one speaker per span, %NULL when
 * unknown. @titles (nullable), one per span, is set to whether the span is not a
 * quotation: a title or a name in marks ("Space Oddity") that nobody is said to say, or a
 * single word that is not someone's whole answer. */
GPtrArray *_nd_quote_speaker_attribute (const gunichar    *chars,
                                        guint              n_chars,
                                        const NdQuoteSpan *spans,
                                        guint              n_spans,
                                        gboolean          *titles);

/* The rest is shared by the parts of the speaker rules only: nd-quote-speaker.c (the
 * overview and the driver), -lexicon.c, -tokens.c, -names.c, -subjects.c, -roles.c,
 * -pronouns.c and -rules.c. */

/* How far a rule looks for its verb or its name, in tokens or sentences. */
#define TAIL_WINDOW        10
#define APPOSITIVE_COMMAS  6
#define APPOSITIVE_WINDOW  32
#define ROLE_WORDS         3
#define ROLE_RUNS          200   /* names looked back at for whom "the president" is */
#define PRONOUN_SENTENCES  8
#define IT_SENTENCES       3
#define NEARBY_RUNS        40    /* names looked back at for whom "Clinton" is nearby */
#define REPEAT_QUOTES      12    /* quotations looked at, either way, for the same words */
#define LEXICON_WORD_MAX   24
/* Bounds that keep pathological input (a 20 MB sentence, a thousand capitalised words in
 * a row) linear: no rule reads further back than this many tokens, and a longer run of
 * capitalised words is not a name. */
#define LOOK_BACK_TOKENS   400
#define MAX_NAME_WORDS     8

enum
{
  ENTITY_PERSON = 1 << 30,
};

typedef enum
{
  WORD_SPEECH       = 1 << 0,  /* said, says, told, wrote, added, ... */
  WORD_PARTICIPLE   = 1 << 1,  /* adding, saying, tweeting, ...: no subject of its own */
  WORD_HE           = 1 << 2,
  WORD_SHE          = 1 << 3,
  WORD_THEY         = 1 << 4,
  WORD_STOP         = 1 << 5,  /* never part of a name, even capitalised */
  WORD_TITLE        = 1 << 6,
  WORD_MALE         = 1 << 7,
  WORD_FEMALE       = 1 << 8,
  WORD_PREPOSITION  = 1 << 9,
  WORD_AUXILIARY    = 1 << 10, /* may stand between a subject and its verb */
  WORD_PERSON_NOUN  = 1 << 11, /* resident, woman, spokesman, ... */
  WORD_INDEFINITE   = 1 << 12, /* a, an, one, another, some */
  WORD_PAIR_NOUN    = 1 << 13, /* pair, couple, two */
  WORD_STATEMENT    = 1 << 14, /* statement, tweet, ... */
  WORD_CONJUNCTION  = 1 << 15, /* and, but */
  WORD_PASSIVE      = 1 << 16, /* was, were, ... before a participle */
  WORD_ORGANISATION = 1 << 17, /* the last word of a name that is not a person */
  WORD_NAME_PARTICLE = 1 << 18, /* de, van, bin: inside a name in lower case */
  WORD_ABBREVIATION = 1 << 19, /* takes a full stop: Dr. Mr. St. */
  WORD_TAIL_ONLY    = 1 << 20, /* a verb of saying only right after a quotation */
  WORD_TAKES_OBJECT = 1 << 21, /* told CNN, asked the minister: who follows is not who speaks */
  WORD_DEMONYM      = 1 << 22, /* American, Britons: a name never ends with one */
  WORD_MALE_NAME    = 1 << 23, /* a first name mostly men have: John, Mike */
  WORD_FEMALE_NAME  = 1 << 24, /* Mary, Sarah */
  WORD_IT           = 1 << 25, /* "it said": an organisation */
  WORD_ROLE_ONLY    = 1 << 26, /* mayor, minister: a title that is nobody's surname */
  WORD_NAMES_AS     = 1 << 27, /* described, dubbed: "X described Y as “...”" */
  WORD_AGENCY       = 1 << 28, /* Reuters, AFP: a photo credit glued in front of a name */
} WordClass;

typedef enum
{
  TOKEN_WORD,
  TOKEN_PUNCT,
  TOKEN_QUOTE,
  TOKEN_BREAK,
} TokenKind;

enum
{
  SHAPE_CAPITAL    = 1 << 0,
  SHAPE_POSSESSIVE = 1 << 1,
  SHAPE_DIGIT      = 1 << 2,
  SHAPE_LOWER      = 1 << 3,
  SHAPE_SHOUTED    = 1 << 4,  /* all capitals, longer than an acronym: a dateline */
};

typedef struct
{
  guint     start;
  guint     end;
  TokenKind kind;
  guint     word_class;
  guint     shape;
  gunichar  punct;
  gint      quote;  /* TOKEN_QUOTE: the span */
  gint      run;    /* TOKEN_WORD: the name it is part of, or -1 */
  guint32   hash;   /* TOKEN_WORD: of the lower-case word (hash_string), or 0 */
} Token;

typedef struct
{
  guint    first;       /* tokens of the name itself */
  guint    last;
  guint    title_first; /* the first token, titles included */
  gboolean titled;
  gboolean possessive;
  gboolean organisation;
  gboolean person;
  guint    gender;      /* WORD_MALE, WORD_FEMALE, both when unclear, or 0 */
  char    *name;        /* the words, without titles and "'s" */
  char    *fullest;     /* the fullest form of the name in the article */
} Run;

typedef enum
{
  DECISION_NONE,     /* nothing known: later rules may try */
  DECISION_UNNAMED,  /* said by someone the article does not name */
  DECISION_FOUND,
} DecisionKind;

typedef struct
{
  DecisionKind kind;
  char        *speaker;
  guint        gender;
} Decision;

typedef enum
{
  SUBJECT_NONE,
  SUBJECT_UNNAMED,
  SUBJECT_RUN,
  SUBJECT_PAIR,
  SUBJECT_PRONOUN,
  SUBJECT_PAIR_REFERENCE,
  SUBJECT_QUOTE_SPEAKER,  /* "the statement said": whoever said the quotation @token */
  SUBJECT_CAMPAIGN,       /* "the Trump campaign": @run's name and the noun at @token */
} SubjectKind;

typedef struct
{
  SubjectKind kind;
  gint        run;
  gint        other_run;  /* SUBJECT_PAIR: the first of the two */
  guint       token;      /* SUBJECT_PRONOUN, SUBJECT_PAIR_REFERENCE, SUBJECT_CAMPAIGN;
                           * SUBJECT_QUOTE_SPEAKER: the quotation's number */
} Subject;

typedef struct
{
  const gunichar    *chars;
  guint              n_chars;
  const NdQuoteSpan *spans;
  guint              n_spans;
  GArray            *tokens;        /* outside the quotations */
  GArray            *runs;          /* names outside the quotations */
  GPtrArray         *all_names;     /* every name's words (GStrv), quotations included */
  GHashTable        *name_set;      /* the names in all_names -> how often they are used */
  GHashTable        *name_genders;  /* a name as written -> WORD_MALE | WORD_FEMALE */
  GHashTable        *fullest;       /* a name's first or last words -> index in all_names + 1 */
  GHashTable        *entities;      /* fullest name -> ENTITY_PERSON | WORD_MALE | WORD_FEMALE */
  GHashTable        *fullest_by_name; /* a run's name -> its fullest form */
  GHashTable        *acronyms;      /* "RAIB" -> "Rail Accident Investigation Branch" */
  guint             *sentence_starts;
  guint32           *lower_words;   /* hashes of the words seen in lower case */
  guint              lower_words_mask;
  guint             *quote_token;   /* per span, its token */
  guint             *consumed;      /* per token: a verb that attributed a quotation: its
                                     * number + 1, else 0 */
  Decision          *decisions;
  gboolean          *titles;        /* per span: a title nobody says */
  gint8             *title_case;    /* per span: is_title_case () once worked out, else -1 */
} Attributor;

/* The lexicon's hash of a lower-case ASCII word (FNV-1a), which tokenizing computes anyway. */
static inline guint32
hash_step (guint32 hash,
           char    c)
{
  return (hash ^ (guchar)c) * 16777619u;
}

static inline guint32
hash_string (const char *word)
{
  guint32 hash = 2166136261u;

  for (const char *p = word; *p != '\0'; p++)
    hash = hash_step (hash, *p);

  return hash | 1;  /* 0 stands for "no hash" */
}

/* Tokens, runs and sentences, asked about by every part: inline, so that the parts call
 * them as cheaply as one file did. */
static inline Token *
token_at (const Attributor *self,
          gint64            i)
{
  if (i < 0 || i >= (gint64)self->tokens->len)
    return NULL;

  return &g_array_index (self->tokens, Token, i);
}

static inline Run *
run_at (const Attributor *self,
        gint              i)
{
  return &g_array_index (self->runs, Run, i);
}

static inline gboolean
token_is_punct (const Token *token,
                gunichar     c)
{
  return token != NULL && token->kind == TOKEN_PUNCT && token->punct == c;
}

static inline gboolean
token_has (const Token *token,
           guint        word_class)
{
  return token != NULL && token->kind == TOKEN_WORD && (token->word_class & word_class) != 0;
}

static inline gboolean
token_is_lower (const Token *token)
{
  return token != NULL && token->kind == TOKEN_WORD && (token->shape & SHAPE_LOWER) != 0;
}

static inline guint
sentence_start (const Attributor *self,
                guint             i)
{
  return self->sentence_starts[i];
}

/* The lower bound of a look back from @i that starts at @from. */
static inline guint
look_back_bound (guint from,
                 guint i)
{
  return i > from + LOOK_BACK_TOKENS ? i - LOOK_BACK_TOKENS : from;
}

static inline gboolean
is_tail_verb (const Token *token)
{
  return token_has (token, WORD_SPEECH) && token_is_lower (token);
}

/* nd-quote-speaker-lexicon.c */
void         _nd_speaker_lexicon_init            (void);
gboolean     _nd_speaker_lower_ascii             (const gunichar    *chars,
                                                  guint              start,
                                                  guint              end,
                                                  char              *out);
guint        _nd_speaker_classify_word           (const gunichar    *chars,
                                                  guint              start,
                                                  guint              end,
                                                  guint32           *hash);
guint        _nd_speaker_classify_utf8           (const char        *word);

/* nd-quote-speaker-tokens.c */
void         _nd_speaker_tokenize                (const gunichar    *chars,
                                                  guint              from,
                                                  guint              to,
                                                  const NdQuoteSpan *spans,
                                                  guint              n_spans,
                                                  GArray            *tokens,
                                                  guint             *quote_token);
gboolean     _nd_speaker_token_is_word           (const Token       *token,
                                                  const gunichar    *chars,
                                                  const char        *word);
gboolean     _nd_speaker_token_is_one_of         (const Token       *token,
                                                  const gunichar    *chars,
                                                  const char * const *words);
gboolean     _nd_speaker_ends_sentence           (const Attributor  *self,
                                                  guint              i);
void         _nd_speaker_find_sentences          (Attributor        *self);
gboolean     _nd_speaker_paragraph_is_caption    (const Attributor  *self,
                                                  guint              i,
                                                  guint              limit);
guint        _nd_speaker_paragraph_before_start  (const Attributor  *self,
                                                  guint              i);

/* nd-quote-speaker-names.c */
gboolean     _nd_speaker_is_dotted_abbreviation  (const gunichar    *chars,
                                                  const Token       *token);
void         _nd_speaker_remember_lower_words    (Attributor        *self,
                                                  GArray            *tokens);
void         _nd_speaker_find_names              (Attributor        *self,
                                                  GArray            *tokens,
                                                  GArray            *runs);
void         _nd_speaker_index_names             (Attributor        *self);
gboolean     _nd_speaker_gender_fits             (guint              known,
                                                  guint              wanted);
const char  *_nd_speaker_run_fullest             (const Attributor  *self,
                                                  gint               index);
void         _nd_speaker_gather_entities         (Attributor        *self);
guint        _nd_speaker_entity_gender           (const Attributor  *self,
                                                  const char        *fullest);
gboolean     _nd_speaker_entity_is_person        (const Attributor  *self,
                                                  const char        *fullest);
char        *_nd_speaker_dup_pair_name           (const Attributor  *self,
                                                  gint               first,
                                                  gint               second);
void         _nd_speaker_mark_people             (Attributor        *self);
void         _nd_speaker_learn_genders           (Attributor        *self);

/* nd-quote-speaker-subjects.c */
gboolean     _nd_speaker_run_is_aside            (const Attributor  *self,
                                                  const Run         *run);
gint         _nd_speaker_pair_partner            (const Attributor  *self,
                                                  const Run         *run);
gint         _nd_speaker_pair_second             (const Attributor  *self,
                                                  gint               run);
Subject      _nd_speaker_subject_of_run          (const Attributor  *self,
                                                  gint               run);
Subject      _nd_speaker_role_after_the          (const Attributor  *self,
                                                  guint              the);
Subject      _nd_speaker_find_subject_before     (const Attributor  *self,
                                                  guint              verb,
                                                  guint              lower_bound);
gboolean     _nd_speaker_quote_is_name_only      (const Attributor  *self,
                                                 guint              quote);
Subject      _nd_speaker_find_participle_subject (const Attributor  *self,
                                                  guint              participle,
                                                  guint              lower_bound);
Subject      _nd_speaker_find_subject_after      (const Attributor  *self,
                                                  guint              verb);
Subject      _nd_speaker_find_speaker_of_verb    (const Attributor  *self,
                                                  guint              verb,
                                                  guint              lower_bound);

/* nd-quote-speaker-roles.c */
Subject      _nd_speaker_resolve_role            (const Attributor  *self,
                                                  guint              first,
                                                  guint              last,
                                                  guint              before);
guint        _nd_speaker_role_start              (const Attributor  *self,
                                                  gint64             last);

/* nd-quote-speaker-pronouns.c */
void         _nd_speaker_resolve_subject         (Attributor        *self,
                                                  const Subject     *subject,
                                                  Decision          *decision);

/* nd-quote-speaker-rules.c */
void         _nd_speaker_attribute_quote         (Attributor        *self,
                                                  guint              quote);
void         _nd_speaker_attribute_repeats       (Attributor        *self);
void         _nd_speaker_mark_titles             (Attributor        *self);
void         _nd_speaker_drop_title_speakers     (Attributor        *self);

/* nd-quote-speaker.c */
void         _nd_speaker_decide                  (Decision          *decision,
                                                  DecisionKind       kind,
                                                  const char        *speaker,
                                                  guint              gender);

G_END_DECLS

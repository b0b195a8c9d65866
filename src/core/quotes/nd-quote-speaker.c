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
 *
 * he, she and they stand for someone in the nearest sentence before them that names a
 * person (or whose quotation has a speaker), within that paragraph and the one before:
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
 * article (quotations included) that ends with the word given (a surname: "Marsh" is
 * "Elena Marsh"), else starts with it ("Zoë" is "Zoë Brennan", "Halvorsen-Tate" is
 * "Halvorsen-Tate Marine"), or holds the words given besides middle initials ("Donald
 * Trump" is "Donald J. Trump"); of two equally long, the one the article uses most, then
 * the first; never one known to be of the other sex ("Ms. Thurman" is not "her father,
 * Robert Thurman"). Words in front of a name that the article also uses in lower case,
 * "-based" adjectives and organisations' names are not part of it ("Splash News Michael
 * Sheen" is Michael Sheen). */

#define G_LOG_DOMAIN "nd-quote-speaker"

#include "config.h"

#include <string.h>

#include "quotes/nd-quote-speaker-private.h"

/* How far a rule looks for its verb or its name, in tokens or sentences. */
#define TAIL_WINDOW        10
#define APPOSITIVE_COMMAS  4
#define APPOSITIVE_WINDOW  32
#define ROLE_WORDS         3
#define PRONOUN_SENTENCES  8
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
} SubjectKind;

typedef struct
{
  SubjectKind kind;
  gint        run;
  gint        other_run;  /* SUBJECT_PAIR: the first of the two */
  guint       token;      /* SUBJECT_PRONOUN, SUBJECT_PAIR_REFERENCE */
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
  guint             *sentence_starts;
  guint32           *lower_words;   /* hashes of the words seen in lower case */
  guint              lower_words_mask;
  guint             *quote_token;   /* per span, its token */
  gboolean          *consumed;      /* per token: a verb that attributed a quotation */
  Decision          *decisions;
} Attributor;

/* The lexicon: an open-addressing table of lower-case ASCII words, looked up by the
 * FNV-1a hash that tokenizing computes anyway. */
#define LEXICON_SIZE 2048

typedef struct
{
  guint32     hash;
  const char *word;
  guint       word_class;
} LexiconEntry;

static LexiconEntry *lexicon;

static const struct {
  const char *words;
  guint       word_class;
} lexicon_entries[] = {
  { "said says say told tells tell added adds wrote writes asked asks explained explains "
    "insisted insists noted notes stated states declared declares warned "
    "warns argued argues recalled recalls replied replies claimed claims admitted admits "
    "acknowledged acknowledges announced announces tweeted tweets posted posts commented "
    "remarked remarks suggested suggests concluded concludes cautioned stressed stresses "
    "growled growls shouted shouts yelled yells exclaimed whispered whispers joked jokes "
    "quipped quips called calls reads captioned testified urged urges responded responds "
    "conceded concedes vowed vows promised promises predicted predicts revealed reveals "
    "emailed texted messaged blogged wrote", WORD_SPEECH },
  { "continued continues", WORD_SPEECH | WORD_TAIL_ONLY },
  { "told tells tell asked asks called calls urged urges warned warns reminded",
    WORD_TAKES_OBJECT },
  { "adding saying telling writing tweeting noting explaining asking calling warning "
    "arguing insisting declaring posting", WORD_PARTICIPLE },
  { "he", WORD_HE | WORD_STOP | WORD_MALE },
  { "she", WORD_SHE | WORD_STOP | WORD_FEMALE },
  { "his him himself", WORD_STOP | WORD_MALE },
  { "her hers herself", WORD_STOP | WORD_FEMALE },
  { "they", WORD_THEY | WORD_STOP },
  { "the this that these those it its we i you our their your my me us them who whom "
    "whose which what where when why how if while as so yet or nor not no all many most "
    "more several each every both either neither other such there here then than also "
    "however meanwhile although though because since until unless whether after before "
    "once only even still just now today yesterday tomorrow tonight last next new "
    "speaking according read follow photo image file close copyright story highlights "
    "mon tue wed thu fri sat sun monday tuesday wednesday thursday friday saturday sunday "
    "january february march april june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec christmas thanksgiving easter halloween "
    "ramadan hanukkah diwali", WORD_STOP },
  { "and but", WORD_STOP | WORD_CONJUNCTION },
  { "a an one another some", WORD_STOP | WORD_INDEFINITE },
  { "mr mr. sir lord king prince father brother son husband boyfriend", WORD_TITLE | WORD_MALE },
  { "mrs mrs. ms ms. miss dame lady queen princess mother sister daughter wife girlfriend",
    WORD_TITLE | WORD_FEMALE },
  { "dr dr. prof prof. professor mayor councillor cllr councilman councilwoman "
    "councilmember president vice prime minister secretary senator sen. rep. representative "
    "gov. governor judge chancellor sheriff chief col. colonel gen. general lt. lieutenant "
    "capt. captain sgt. sergeant inspector detective det. superintendent commissioner "
    "chairman chairwoman chair director founder spokesman spokeswoman spokesperson pope "
    "rev. reverend bishop archbishop singer actor actress rapper comedian star "
    "harbourmaster harbormaster officer coach ambassador premier chancellor dean "
    "deputy assistant acting former coastal chief executive ceo cfo cto secretary-general "
    "director-general attorney manager analyst adviser advisor", WORD_TITLE },
  { "at in on from of to for with by into onto near inside outside across under over "
    "about against between among via per like through during within without toward "
    "towards around behind beyond upon off before after since", WORD_PREPOSITION | WORD_STOP },
  { "also then later again once previously earlier has had have would will never "
    "subsequently repeatedly first only just recently always often did does do could "
    "might may must should shall reportedly", WORD_AUXILIARY },
  { "was were is are be been being", WORD_PASSIVE | WORD_STOP },
  { "resident woman man spokesman spokeswoman spokesperson official fisherman regular "
    "worker witness neighbour neighbor source customer member person student teacher "
    "friend passenger driver employee protester voter insider aide girl boy gentleman "
    "guest visitor shopper diner owner caller reader viewer user local", WORD_PERSON_NOUN },
  { "pair couple duo two", WORD_PAIR_NOUN },
  { "statement tweet post email e-mail message letter note release", WORD_STATEMENT },
  { "university college institute council company capital department ministry agency "
    "news times post party bank group inc inc. ltd ltd. corp corp. foundation association "
    "union committee commission court police service office hospital school museum club "
    "team network press radio television tv review journal gazette ledger street avenue "
    "road square hall centre center airport station co-operative cooperative fund trust "
    "board authority government administration force army navy organisation organization "
    "federation league alliance house palace church mosque temple bridge park river "
    "island city county state states kingdom republic branch division bureau unit "
    "institution", WORD_ORGANISATION },
  { "de van von der den da del di du la le bin ibn al el", WORD_NAME_PARTICLE },
  { "mr mrs ms dr prof st sen rep gov col gen lt capt sgt det rev jr sr mt ft vs etc "
    "inc ltd corp co no", WORD_ABBREVIATION },
};

static guint32
hash_step (guint32 hash,
           char    c)
{
  return (hash ^ (guchar)c) * 16777619u;
}

static guint32
hash_string (const char *word)
{
  guint32 hash = 2166136261u;

  for (const char *p = word; *p != '\0'; p++)
    hash = hash_step (hash, *p);

  return hash | 1;  /* 0 stands for "no hash" */
}

static LexiconEntry *
lexicon_slot (LexiconEntry *table,
              guint32       hash,
              const char   *word)
{
  for (guint i = hash & (LEXICON_SIZE - 1);; i = (i + 1) & (LEXICON_SIZE - 1))
    if (table[i].hash == 0 || (table[i].hash == hash && strcmp (table[i].word, word) == 0))
      return &table[i];
}

static gpointer
build_lexicon (gpointer data)
{
  LexiconEntry *table = g_new0 (LexiconEntry, LEXICON_SIZE);

  for (guint i = 0; i < G_N_ELEMENTS (lexicon_entries); i++)
    {
      char **words = g_strsplit (lexicon_entries[i].words, " ", -1);

      for (guint j = 0; words[j] != NULL; j++)
        {
          guint32 hash = hash_string (words[j]);
          LexiconEntry *entry;

          if (*words[j] == '\0')
            {
              g_free (words[j]);
              continue;
            }

          entry = lexicon_slot (table, hash, words[j]);
          entry->word_class |= lexicon_entries[i].word_class;
          /* The table lives as long as the process and keeps the first copy of each
           * word; the rest go. */
          if (entry->hash == 0)
            {
              entry->hash = hash;
              entry->word = words[j];
            }
          else
            g_free (words[j]);
        }
      g_free (words);
    }

  return table;
}

/* The character classes the tokenizer asks about, quick for ASCII. */
static inline gboolean
is_alnum (gunichar c)
{
  return c < 0x80 ? g_ascii_isalnum (c) : g_unichar_isalnum (c);
}

static inline gboolean
is_alpha (gunichar c)
{
  return c < 0x80 ? g_ascii_isalpha (c) : g_unichar_isalpha (c);
}

static inline gboolean
is_upper (gunichar c)
{
  return c < 0x80 ? g_ascii_isupper (c) : g_unichar_isupper (c) || g_unichar_istitle (c);
}

static inline gboolean
is_space_char (gunichar c)
{
  return c < 0x80 ? g_ascii_isspace (c) : g_unichar_isspace (c) || c == 0x00A0;
}

/* The token's letters in lower case when they are ASCII and short, for the lexicon. */
static gboolean
lower_ascii (const gunichar *chars,
             guint           start,
             guint           end,
             char           *out)
{
  guint n = end - start;

  if (n == 0 || n >= LEXICON_WORD_MAX)
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      gunichar c = chars[start + i];

      if (c == 0x2019)
        c = '\'';
      if (c >= 0x80)
        return FALSE;
      out[i] = g_ascii_tolower ((char)c);
    }
  out[n] = '\0';

  return TRUE;
}

/* The lexicon's classes of the word at [start, end); its hash in *@hash, 0 when it is
 * not short ASCII. */
static guint
classify_word (const gunichar *chars,
               guint           start,
               guint           end,
               guint32        *hash)
{
  char word[LEXICON_WORD_MAX];
  LexiconEntry *entry;

  *hash = 0;
  if (!lower_ascii (chars, start, end, word))
    return 0;

  *hash = hash_string (word);
  entry = lexicon_slot (lexicon, *hash, word);
  return entry->word_class;
}

/* Underscores too, so that a handle like S_AND_YY stays one word. */
static gboolean
is_word_char (gunichar c)
{
  return is_alnum (c) || c == '_' || (c >= 0x80 && g_unichar_ismark (c));
}

static gboolean
is_apostrophe_char (gunichar c)
{
  return c == '\'' || c == 0x2019;
}

static gboolean
is_sentence_end_char (gunichar c)
{
  return c == '.' || c == '!' || c == '?' || c == 0x2026;
}

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
      if (is_word_char (chars[i]))
        i++;
      else if ((chars[i] == '-' || chars[i] == 0x2010 || is_apostrophe_char (chars[i])) &&
               i + 1 < to && is_word_char (chars[i + 1]) && i > start)
        i++;
      else
        break;
    }

  while (i < to && chars[i] == '.')
    {
      gboolean initial = i - start == 1 || (i >= 2 && chars[i - 2] == '.');

      guint32 hash;

      if (!initial && !(classify_word (chars, start, i, &hash) & WORD_ABBREVIATION))
        break;
      i++;
      /* U.S., U.N.: a letter and a full stop again. */
      if (i + 1 < to && is_alpha (chars[i]) && chars[i + 1] == '.')
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

  if (is_upper (chars[start]))
    shape |= SHAPE_CAPITAL;
  else if (g_unichar_isdigit (chars[start]))
    shape |= SHAPE_DIGIT;
  else
    shape |= SHAPE_LOWER;

  for (guint i = start; i < end; i++)
    if (is_alpha (chars[i]))
      {
        letters++;
        all_upper &= is_upper (chars[i]);
      }
  if ((shape & SHAPE_CAPITAL) && all_upper && letters > 4)
    shape |= SHAPE_SHOUTED;

  if (end - start > 2 && is_apostrophe_char (chars[end - 2]) && chars[end - 1] == 's')
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
static void
tokenize (const gunichar    *chars,
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
      else if (is_space_char (c))
        i++;
      else if (is_word_char (c))
        {
          guint end = scan_word (chars, i, to);
          Token *token;

          add_token (tokens, TOKEN_WORD, i, end);
          token = &g_array_index (tokens, Token, tokens->len - 1);
          token->word_class = classify_word (chars, i, end, &token->hash);
          token->shape = word_shape (chars, i, end);
          if (token->shape & SHAPE_POSSESSIVE)
            {
              guint32 stem_hash;

              token->word_class |= classify_word (chars, i, end - 2, &stem_hash);
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

static Token *
token_at (const Attributor *self,
          gint64            i)
{
  if (i < 0 || i >= (gint64)self->tokens->len)
    return NULL;

  return &g_array_index (self->tokens, Token, i);
}

static Run *
run_at (const Attributor *self,
        gint              i)
{
  return &g_array_index (self->runs, Run, i);
}

static gboolean
token_is_punct (const Token *token,
                gunichar     c)
{
  return token != NULL && token->kind == TOKEN_PUNCT && token->punct == c;
}

static gboolean
token_has (const Token *token,
           guint        word_class)
{
  return token != NULL && token->kind == TOKEN_WORD && (token->word_class & word_class) != 0;
}

static gboolean
token_is_lower (const Token *token)
{
  return token != NULL && token->kind == TOKEN_WORD && (token->shape & SHAPE_LOWER) != 0;
}

static gboolean
token_is_word (const Token *token,
               const gunichar *chars,
               const char  *word)
{
  char lower[LEXICON_WORD_MAX];

  return token != NULL && token->kind == TOKEN_WORD && token->hash == hash_string (word) &&
         lower_ascii (chars, token->start, token->end, lower) && strcmp (lower, word) == 0;
}

static gboolean
quote_ends_with_sentence (const Attributor *self,
                          gint              quote)
{
  const NdQuoteSpan *span = &self->spans[quote];

  return span->end > span->start && is_sentence_end_char (self->chars[span->end - 1]);
}

/* Whether a sentence ends after token @i. */
static gboolean
ends_sentence (const Attributor *self,
               guint             i)
{
  const Token *token = token_at (self, i);
  const Token *next = token_at (self, (gint64)i + 1);

  if (token == NULL || next == NULL || token->kind == TOKEN_BREAK)
    return TRUE;

  if (token->kind == TOKEN_PUNCT)
    return is_sentence_end_char (token->punct);

  if (token->kind == TOKEN_QUOTE)
    return quote_ends_with_sentence (self, token->quote) &&
           !token_is_lower (next) && !token_is_punct (next, ',');

  return FALSE;
}

static guint
sentence_start (const Attributor *self,
                guint             i)
{
  return self->sentence_starts[i];
}

static void
find_sentences (Attributor *self)
{
  self->sentence_starts = g_new0 (guint, self->tokens->len + 1);

  for (guint i = 1; i <= self->tokens->len; i++)
    self->sentence_starts[i] = ends_sentence (self, i - 1) ? i : self->sentence_starts[i - 1];
}

/* The lower bound of a look back from @i that starts at @from. */
static guint
look_back_bound (guint from,
                 guint i)
{
  return i > from + LOOK_BACK_TOKENS ? i - LOOK_BACK_TOKENS : from;
}

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
  if (lower_ascii (self->chars, token->start, token->end, lower))
    {
      gsize n = strlen (lower);

      if (n > 4 && g_str_has_suffix (lower, "ing"))
        return FALSE;
      return !seen_in_lower_case (self, token->hash);
    }

  return TRUE;
}

static void
remember_lower_words (Attributor *self,
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

/* Finds the names in @tokens. With @runs, records them as Runs on the tokens; every name
 * also goes to all_names. */
static void
find_names (Attributor *self,
            GArray     *tokens,
            GArray     *runs)
{
  Token *all = (Token *)(gpointer)tokens->data;
  guint i = 0;

  while (i < tokens->len)
    {
      gboolean at_start = i == 0 || (runs != NULL ? ends_sentence (self, i - 1)
                                                  : all[i - 1].kind == TOKEN_PUNCT &&
                                                    is_sentence_end_char (all[i - 1].punct));
      guint first = i;
      guint last;
      guint name_first;
      gboolean titled = FALSE;
      guint gender = 0;
      Run run = { 0 };

      if (all[i].kind != TOKEN_WORD ||
          !(runs != NULL ? is_capital_name_word (self, i, at_start)
                         : (all[i].shape & SHAPE_CAPITAL) && !(all[i].shape & SHAPE_SHOUTED) &&
                           !(all[i].word_class & WORD_STOP)))
        {
          i++;
          continue;
        }

      last = i;
      while (last + 1 < tokens->len && !(all[last].shape & SHAPE_POSSESSIVE))
        {
          const Token *next = &all[last + 1];

          if (next->kind == TOKEN_WORD && (next->shape & SHAPE_CAPITAL) &&
              !(next->shape & SHAPE_SHOUTED) && !(next->word_class & WORD_STOP))
            last++;
          else if (next->kind == TOKEN_WORD && (next->word_class & WORD_NAME_PARTICLE) &&
                   last + 2 < tokens->len && all[last + 2].kind == TOKEN_WORD &&
                   (all[last + 2].shape & SHAPE_CAPITAL))
            last += 2;
          else
            break;
        }

      /* Titles in front: "Japanese Prime Minister Shinzo Abe" is Shinzo Abe. */
      name_first = first;
      for (guint j = first; j < last; j++)
        if (all[j].word_class & WORD_TITLE)
          {
            name_first = j + 1;
            titled = TRUE;
            gender |= all[j].word_class & (WORD_MALE | WORD_FEMALE);
          }
      /* "Please Cast Cristin Milioti" in a caption, "Singapore-based Broadcom": words
       * the article also uses in lower case, and adjectives, are not the name. */
      while (runs != NULL && last - name_first >= 2 &&
             !(all[last].word_class & WORD_ORGANISATION) &&
             (seen_in_lower_case (self, all[name_first].hash) ||
              is_hyphenated_adjective (self->chars, &all[name_first])))
        name_first++;
      while (runs != NULL && last > name_first &&
             is_hyphenated_adjective (self->chars, &all[name_first]))
        name_first++;

      /* "Splash News Michael Sheen": a name after an organisation's. */
      for (guint j = name_first; j < last; j++)
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

      /* "Secretary of State Rex Tillerson": the word after "of" ends the title. */
      if (!titled && last - first >= 2 && first >= 2 &&
          all[first - 1].kind == TOKEN_WORD && all[first - 1].hash == hash_string ("of") &&
          all[first - 2].kind == TOKEN_WORD && (all[first - 2].word_class & WORD_TITLE))
        {
          name_first = first + 1;
          titled = TRUE;
          first -= 2;
        }
      if ((first == last && (all[first].word_class & WORD_TITLE)) ||
          last - name_first >= MAX_NAME_WORDS)
        {
          i = last + 1;
          continue;
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
      {
        guint count = GPOINTER_TO_UINT (g_hash_table_lookup (self->name_set, run.name));

        if (count == 0)
          g_ptr_array_add (self->all_names, g_strsplit (run.name, " ", -1));
        g_hash_table_replace (self->name_set, g_strdup (run.name), GUINT_TO_POINTER (count + 1));
      }

      if (runs != NULL)
        {
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

static char *
join_words (GPtrArray *words,
            guint      from,
            guint      to)
{
  GString *key = g_string_new (NULL);

  for (guint i = from; i < to; i++)
    {
      if (i > from)
        g_string_append_c (key, ' ');
      g_string_append (key, g_ptr_array_index (words, i));
    }

  return g_string_free (key, FALSE);
}

/* How often the article uses @name, and the first word of it alone: who is meant when
 * two people share a surname. */
static guint
name_weight (const Attributor *self,
             GStrv             words)
{
  g_autofree char *name = g_strjoinv (" ", words);

  return GPOINTER_TO_UINT (g_hash_table_lookup (self->name_set, name)) +
         (words[1] != NULL ? GPOINTER_TO_UINT (g_hash_table_lookup (self->name_set, words[0])) : 0);
}

/* Indexes name number @n (of two words or more: a name of one word is never the fuller
 * form of another) under all its words ("=Elena Marsh"), its last word ("<Marsh") and its
 * first word (">Elena"), keeping for each key the longest name, of equal ones the one
 * used most (name_weight()), then the first. */
static void
index_name (Attributor *self,
            guint       n,
            GArray     *weights)
{
  GStrv words = g_ptr_array_index (self->all_names, n);
  guint len = g_strv_length (words);
  g_autoptr(GPtrArray) kept = words_without_initials (words);
  g_autofree char *first = join_words (kept, 0, 1);
  g_autofree char *last = join_words (kept, kept->len - 1, kept->len);
  g_autofree char *all = join_words (kept, 0, kept->len);
  char *keys[3] = {
    g_strconcat ("=", all, NULL),
    g_strconcat ("<", last, NULL),
    g_strconcat (">", first, NULL),
  };

  g_array_index (weights, guint, n) = name_weight (self, words);

  for (guint e = 0; e < G_N_ELEMENTS (keys); e++)
    {
      guint best = GPOINTER_TO_UINT (g_hash_table_lookup (self->fullest, keys[e]));
      guint best_len = best == 0
                       ? 0 : g_strv_length (g_ptr_array_index (self->all_names, best - 1));

      if (best == 0 || best_len < len ||
          (best_len == len &&
           g_array_index (weights, guint, best - 1) < g_array_index (weights, guint, n)))
        g_hash_table_replace (self->fullest, keys[e], GUINT_TO_POINTER (n + 1));
      else
        g_free (keys[e]);
    }
}

static void
index_names (Attributor *self)
{
  g_autoptr(GArray) weights = g_array_new (FALSE, TRUE, sizeof (guint));

  self->fullest = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_array_set_size (weights, self->all_names->len);

  for (guint n = 0; n < self->all_names->len; n++)
    if (g_ptr_array_index (self->all_names, n) != NULL &&
        ((GStrv)g_ptr_array_index (self->all_names, n))[1] != NULL)
      index_name (self, n, weights);
}

static gboolean
gender_fits (guint known,
             guint wanted)
{
  /* Unknown, or known both ways (two people of one name), does not rule anything out. */
  if (known == 0 || known == (WORD_MALE | WORD_FEMALE) || wanted == 0)
    return TRUE;

  return known == wanted;
}

/* The fullest form of @name: the longest name the article uses that is the same words
 * (besides middle initials), or, for one word, ends with it (a surname) or else starts
 * with it (a first name, or a company's short name). */
static char *
dup_fullest_name (const Attributor *self,
                  const char       *name)
{
  g_auto(GStrv) words = g_strsplit (name, " ", -1);
  g_autoptr(GPtrArray) kept = words_without_initials (words);
  g_autofree char *all = join_words (kept, 0, kept->len);
  const char prefixes[] = { '=', '<', '>' };

  for (guint e = 0; e < (kept->len == 1 ? 3 : 1); e++)
    {
      g_autofree char *key = g_strdup_printf ("%c%s", prefixes[e], all);
      guint best = GPOINTER_TO_UINT (g_hash_table_lookup (self->fullest, key));

      if (best != 0 && g_strv_length (g_ptr_array_index (self->all_names, best - 1)) > kept->len)
        {
          char *fullest = g_strjoinv (" ", g_ptr_array_index (self->all_names, best - 1));

          /* "Ms. Thurman" is not "her father, Robert Thurman". */
          if (gender_fits (GPOINTER_TO_UINT (g_hash_table_lookup (self->name_genders, name)),
                           GPOINTER_TO_UINT (g_hash_table_lookup (self->name_genders, fullest))))
            return fullest;
          g_free (fullest);
          break;
        }
    }

  return g_strdup (name);
}

static gboolean
run_after_preposition (const Attributor *self,
                       const Run        *run)
{
  return token_has (token_at (self, (gint64)run->title_first - 1), WORD_PREPOSITION);
}

/* A name that is hardly the subject of its sentence: after a preposition (in Barbados),
 * an article or a possessive (the university's Shorefield campus), or before a role
 * (Pentagon spokesman Col. Rob Manning). */
static gboolean
run_is_aside (const Attributor *self,
              const Run        *run)
{
  gint64 i = (gint64)run->title_first - 1;
  const Token *before = token_at (self, i);
  const Token *after = token_at (self, (gint64)run->last + 1);

  /* "for All Nippon" */
  while (before != NULL && before->kind == TOKEN_WORD && (before->shape & SHAPE_CAPITAL) &&
         (before->word_class & WORD_STOP) &&
         !(before->word_class & (WORD_INDEFINITE | WORD_PREPOSITION)))
    before = token_at (self, --i);

  if (token_has (before, WORD_PREPOSITION))
    return TRUE;
  if (before != NULL && before->kind == TOKEN_WORD && (before->shape & SHAPE_POSSESSIVE))
    return TRUE;
  if (token_is_word (before, self->chars, "the") || token_has (before, WORD_INDEFINITE))
    return TRUE;

  return after != NULL && token_is_lower (after) && (after->word_class & WORD_TITLE);
}

/* "Rao and Collins", "Dr Anil Rao, a coastal engineer, and Beatriz Collins": the run
 * before @run in a pair, or -1. */
static gint
pair_partner (const Attributor *self,
              const Run        *run)
{
  gint64 i = (gint64)run->title_first - 1;
  const Token *token = token_at (self, i);

  if (!token_is_word (token, self->chars, "and") && !token_is_punct (token, '&'))
    return -1;
  i--;

  /* A role between commas after the first name. */
  if (token_is_punct (token_at (self, i), ','))
    {
      gint64 j = i - 1;

      while (j >= 0 && i - j <= APPOSITIVE_WINDOW && token_is_lower (token_at (self, j)))
        j--;
      if (!token_is_punct (token_at (self, j), ','))
        return -1;
      i = j - 1;
    }

  token = token_at (self, i);
  if (token == NULL || token->run < 0 || (guint)i != run_at (self, token->run)->last)
    return -1;

  return token->run;
}

/* The run after @run in a pair, or -1. */
static gint
pair_second (const Attributor *self,
             gint              run)
{
  for (guint i = run_at (self, run)->last + 1; i < self->tokens->len; i++)
    {
      const Token *token = token_at (self, i);

      if (token->kind == TOKEN_WORD && token->run >= 0)
        return pair_partner (self, run_at (self, token->run)) == run ? token->run : -1;
      if (token->kind != TOKEN_WORD && !token_is_punct (token, ',') && !token_is_punct (token, '&'))
        return -1;
      if (i > run_at (self, run)->last + APPOSITIVE_WINDOW)
        return -1;
    }

  return -1;
}

static Subject
subject_of_run (const Attributor *self,
                gint              run)
{
  gint partner = pair_partner (self, run_at (self, run));

  if (partner >= 0)
    return (Subject) { SUBJECT_PAIR, run, partner, 0 };

  return (Subject) { SUBJECT_RUN, run, -1, 0 };
}

/* "Erie, Pennsylvania": a one-word name right after a name and a comma is where, not
 * who, unless it is known as a person's. */
static gboolean
continues_place (const Attributor *self,
                 const Run        *run)
{
  const Token *comma = token_at (self, (gint64)run->title_first - 1);
  const Token *before = token_at (self, (gint64)run->title_first - 2);

  return !run->person && run->first == run->last &&
         token_is_punct (comma, ',') && before != NULL && before->kind == TOKEN_WORD &&
         before->run >= 0 && run_at (self, before->run)->last == run->title_first - 2;
}

/* NAME, role words, ..., VERB: the name that opens the chain of commas before @comma.
 * "Alex Trouteaud, director of policy at the organization Demand Abolition, told" is
 * Trouteaud's; "The council's director of place, Graham Petts, told" is Petts's. */
static Subject
find_appositive_subject (const Attributor *self,
                         gint64            comma,
                         guint             lower_bound)
{
  Subject found = { SUBJECT_NONE, -1, -1, 0 };

  for (guint commas = 0; commas < APPOSITIVE_COMMAS; commas++)
    {
      const Token *before = token_at (self, comma - 1);
      gint64 j;

      if (comma - 1 < (gint64)lower_bound || before == NULL)
        break;

      if (before->kind == TOKEN_WORD && before->run >= 0 &&
          (guint)(comma - 1) == run_at (self, before->run)->last &&
          !run_at (self, before->run)->possessive &&
          !run_is_aside (self, run_at (self, before->run)) &&
          !continues_place (self, run_at (self, before->run)))
        found = subject_of_run (self, before->run);

      /* Back to the comma before this one. */
      for (j = comma - 1; j >= (gint64)lower_bound && comma - j <= APPOSITIVE_WINDOW; j--)
        {
          const Token *token = token_at (self, j);

          if (token->kind == TOKEN_QUOTE || token->kind == TOKEN_BREAK ||
              (token->kind == TOKEN_PUNCT && is_sentence_end_char (token->punct)))
            return found;
          if (token_is_punct (token, ','))
            break;
        }
      if (j < (gint64)lower_bound || !token_is_punct (token_at (self, j), ','))
        {
          /* No comma before, and no name found between the commas: a name opening the
           * clause is its subject, "Mary Horomanski from Erie, Pennsylvania, said". */
          for (gint64 k = MAX (j + 1, (gint64)lower_bound);
               found.kind == SUBJECT_NONE && k < comma; k++)
            {
              const Token *token = token_at (self, k);
              const Run *run;

              if (token->kind != TOKEN_WORD)
                continue;
              if (token->run < 0)
                break;
              run = run_at (self, token->run);
              if (!run->possessive && !run->organisation && !run_is_aside (self, run) &&
                  run->title_first == k)
                return subject_of_run (self, token->run);
              break;
            }
          break;
        }
      comma = j;
    }

  return found;
}

/* The first name of the sentence that is not in a prepositional phrase, for "X did not
 * attend but said". */
static Subject
find_sentence_subject (const Attributor *self,
                       guint             from,
                       guint             to)
{
  from = look_back_bound (from, to);

  for (guint i = from; i < to; i++)
    {
      const Token *token = token_at (self, i);

      if (token->kind == TOKEN_WORD && (token->word_class & (WORD_HE | WORD_SHE | WORD_THEY)))
        return (Subject) { SUBJECT_PRONOUN, -1, -1, i };
      if (token->kind == TOKEN_WORD && token->run >= 0)
        {
          const Run *run = run_at (self, token->run);

          if (!run->possessive && !run_is_aside (self, run) && !run->organisation)
            return subject_of_run (self, token->run);
          i = run->last;
        }
      if (token->kind == TOKEN_QUOTE)
        break;
    }

  return (Subject) { SUBJECT_NONE, -1, -1, 0 };
}

/* The subject of the verb at @verb, looking no further back than @lower_bound. */
static Subject
find_subject_before (const Attributor *self,
                     guint             verb,
                     guint             lower_bound)
{
  gint64 j = (gint64)verb - 1;
  const Token *token;

  while (j >= (gint64)lower_bound)
    {
      token = token_at (self, j);
      if (token_has (token, WORD_AUXILIARY) ||
          (token_is_lower (token) && token->end - token->start > 3 &&
           self->chars[token->end - 1] == 'y' && self->chars[token->end - 2] == 'l'))
        j--;
      else
        break;
    }

  token = token_at (self, j);
  if (j < (gint64)lower_bound || token == NULL)
    return (Subject) { SUBJECT_NONE, -1, -1, 0 };

  if (token->kind == TOKEN_WORD && (token->word_class & (WORD_HE | WORD_SHE | WORD_THEY)))
    return (Subject) { SUBJECT_PRONOUN, -1, -1, (guint)j };

  if (token->kind == TOKEN_WORD && token->run >= 0)
    {
      const Run *run = run_at (self, token->run);

      /* "A spokesperson for All Nippon told", "the Joint Chiefs of Staff said" */
      if (run->possessive || (run_is_aside (self, run) && pair_partner (self, run) < 0))
        return (Subject) { SUBJECT_UNNAMED, -1, -1, 0 };
      return subject_of_run (self, token->run);
    }

  if (token_has (token, WORD_PAIR_NOUN) &&
      token_is_word (token_at (self, j - 1), self->chars, "the"))
    return (Subject) { SUBJECT_PAIR_REFERENCE, -1, -1, (guint)j };

  /* "Kowalczyk's statement reads in part:" */
  if (token_has (token, WORD_STATEMENT))
    {
      const Token *owner = token_at (self, j - 1);

      if (owner != NULL && owner->kind == TOKEN_WORD && owner->run >= 0 &&
          run_at (self, owner->run)->possessive)
        return (Subject) { SUBJECT_RUN, owner->run, -1, 0 };
    }

  if (token_is_punct (token, ','))
    return find_appositive_subject (self, j, lower_bound);

  if (token_has (token, WORD_CONJUNCTION))
    return find_sentence_subject (self, sentence_start (self, verb), (guint)j);

  if (token_has (token, WORD_PASSIVE))
    return (Subject) { SUBJECT_NONE, -1, -1, 0 };

  if (token->kind == TOKEN_WORD)
    return (Subject) { SUBJECT_UNNAMED, -1, -1, 0 };

  return (Subject) { SUBJECT_NONE, -1, -1, 0 };
}

/* The subject after the verb at @verb: said Regina Osei / said postdoctoral researcher
 * Eduardo Guerras / said one fisherman / asks Mr. Hemsworth's Norse god. */
static Subject
find_subject_after (const Attributor *self,
                    guint             verb)
{
  guint j = verb + 1;
  const Token *token = token_at (self, j);

  if (token == NULL)
    return (Subject) { SUBJECT_NONE, -1, -1, 0 };

  if (token->kind == TOKEN_WORD && (token->word_class & (WORD_HE | WORD_SHE | WORD_THEY)))
    return (Subject) { SUBJECT_PRONOUN, -1, -1, j };

  for (guint skipped = 0; skipped < ROLE_WORDS && token_is_lower (token) &&
       !(token->word_class & (WORD_STOP | WORD_PREPOSITION)); skipped++)
    token = token_at (self, ++j);

  if (token != NULL && token->kind == TOKEN_WORD && token->run >= 0 &&
      run_at (self, token->run)->title_first == j)
    {
      const Run *run = run_at (self, token->run);
      const Token *after = token_at (self, (gint64)run->last + 1);

      /* "according to British press reports": a name used as an adjective. */
      if (run->possessive || token_is_lower (after))
        return (Subject) { SUBJECT_UNNAMED, -1, -1, 0 };

      /* "said Rao and Collins" */
      if (after != NULL && token_is_word (after, self->chars, "and"))
        {
          const Token *second = token_at (self, (gint64)run->last + 2);

          if (second != NULL && second->run >= 0 &&
              pair_partner (self, run_at (self, second->run)) == token->run)
            return (Subject) { SUBJECT_PAIR, second->run, token->run, 0 };
        }
      return (Subject) { SUBJECT_RUN, token->run, -1, 0 };
    }

  return (Subject) { SUBJECT_UNNAMED, -1, -1, 0 };
}

/* Who the verb at @verb says is speaking: after it when it follows a comma or a
 * quotation ("..., said Scott LaFoy" rather than "While Kim is keen ..."), else before
 * it ("Haynes called Plemons ...": the name after is who was spoken to or of). */
static Subject
find_speaker_of_verb (const Attributor *self,
                      guint             verb,
                      guint             lower_bound)
{
  const Token *before = token_at (self, (gint64)verb - 1);
  Subject subject = { SUBJECT_NONE, -1, -1, 0 };

  if ((token_is_punct (before, ',') || (before != NULL && before->kind == TOKEN_QUOTE)) &&
      !token_has (token_at (self, verb), WORD_TAKES_OBJECT))
    subject = find_subject_after (self, verb);
  if (subject.kind != SUBJECT_RUN && subject.kind != SUBJECT_PAIR)
    subject = find_subject_before (self, verb, lower_bound);

  return subject;
}

static void
decision_clear (Decision *decision)
{
  g_clear_pointer (&decision->speaker, g_free);
  decision->kind = DECISION_NONE;
  decision->gender = 0;
}

static void
decide (Decision     *decision,
        DecisionKind  kind,
        const char   *speaker,
        guint         gender)
{
  decision_clear (decision);
  decision->kind = kind;
  decision->speaker = g_strdup (speaker);
  decision->gender = gender;
}

/* The fullest form of the run's name, worked out once: names come back again and
 * again, so the answer is also kept per name. */
static const char *
run_fullest (const Attributor *self,
             gint              index)
{
  Run *run = run_at (self, index);

  if (run->fullest == NULL)
    {
      const char *known = g_hash_table_lookup (self->fullest_by_name, run->name);

      if (known == NULL)
        {
          known = dup_fullest_name (self, run->name);
          g_hash_table_insert (self->fullest_by_name, run->name, (gpointer)known);
        }
      run->fullest = g_strdup (known);
    }

  return run->fullest;
}

/* What the article tells of everyone it names, under their fullest name. */
static void
gather_entities (Attributor *self)
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

      fullest = run_fullest (self, (gint)i);
      flags = GPOINTER_TO_UINT (g_hash_table_lookup (self->entities, fullest)) | run->gender;
      if (person)
        flags |= ENTITY_PERSON;
      g_hash_table_replace (self->entities, g_strdup (fullest), GUINT_TO_POINTER (flags));
    }
}

static guint
entity_gender (const Attributor *self,
               const char       *fullest)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (self->entities, fullest)) &
         (WORD_MALE | WORD_FEMALE);
}

static gboolean
entity_is_person (const Attributor *self,
                  const char       *fullest)
{
  return (GPOINTER_TO_UINT (g_hash_table_lookup (self->entities, fullest)) & ENTITY_PERSON) != 0;
}

static char *
dup_pair_name (const Attributor *self,
               gint              first,
               gint              second)
{
  return g_strdup_printf ("%s and %s", run_fullest (self, first), run_fullest (self, second));
}

/* An unnamed person as the subject at the start of a sentence: "Another resident, a
 * woman who ...", "One regular, ...", "A council spokesperson said". */
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

      if (token_has (token, WORD_PERSON_NOUN))
        return TRUE;
      if (token->kind != TOKEN_WORD || !token_is_lower (token))
        break;
    }

  return FALSE;
}

static void resolve_subject (Attributor    *self,
                             const Subject *subject,
                             Decision      *decision);

static gboolean
is_tail_verb (const Token *token)
{
  return token_has (token, WORD_SPEECH) && token_is_lower (token);
}

/* he, she or they at token @pronoun: see the comment at the top. */
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
      gboolean chained = FALSE;
      gint last_quote = -1;

      if (start > 0 && token_at (self, start - 1)->kind == TOKEN_BREAK)
        text_paragraphs++;

      for (guint i = start; i < end; i++)
        {
          const Token *t = token_at (self, i);

          if (t->kind == TOKEN_WORD)
            has_words = TRUE;
          if (token_has (t, token->word_class & (WORD_HE | WORD_SHE | WORD_THEY)))
            chained = TRUE;
          if (t->kind == TOKEN_QUOTE && self->decisions[t->quote].kind != DECISION_NONE)
            last_quote = t->quote;
        }

      if (starts_with_unnamed_person (self, start, end))
        return;

      /* Who speaks in the sentence comes first: "Sheen had lived in La La Land,
       * Silverman explained, but ..." */
      if (!plural)
        for (guint v = start; v < end; v++)
          {
            Subject subject;
            const Run *run;

            if (!is_tail_verb (token_at (self, v)))
              continue;
            subject = find_speaker_of_verb (self, v, start);
            if (subject.kind != SUBJECT_RUN)
              continue;
            run = run_at (self, subject.run);
            if (run->organisation || !entity_is_person (self, run_fullest (self, subject.run)) ||
                !gender_fits (entity_gender (self, run_fullest (self, subject.run)), wanted))
              continue;

            decide (decision, DECISION_FOUND, run_fullest (self, subject.run), wanted);
            return;
          }

      /* "... he said that he expected an answer from Bernard Cazeneuve": the sentence
       * is about whoever "he" was before, not about the names after prepositions. */
      for (guint pass = 0; pass < (chained ? 1 : 2); pass++)
        for (guint i = start; i < end; i++)
          {
            const Token *t = token_at (self, i);
            const Run *run;
            g_autofree char *fullest = NULL;

            if (t->kind != TOKEN_WORD || t->run < 0)
              continue;
            run = run_at (self, t->run);
            i = MAX (i, run->last);
            /* Names that are not the subject only when nothing else fits. */
            if (run->possessive || run->organisation ||
                (pass == 0) == run_is_aside (self, run))
              continue;

            fullest = g_strdup (run_fullest (self, t->run));
            if (plural)
              {
                gint partner = pair_partner (self, run);
                gint second = pair_second (self, t->run);

                if (partner < 0 && second >= 0)
                  {
                    g_autofree char *pair = dup_pair_name (self, t->run, second);

                    decide (decision, DECISION_FOUND, pair, 0);
                    return;
                  }
                if (partner < 0)
                  {
                    if (entity_is_person (self, fullest))
                      return;
                    continue;
                  }
                {
                  g_autofree char *pair = dup_pair_name (self, partner, t->run);

                  decide (decision, DECISION_FOUND, pair, 0);
                }
                return;
              }

            /* Someone of the other sex is passed over; but when the subject of the
             * sentence may not be a person at all, it is safer to stop. */
            if (!gender_fits (entity_gender (self, fullest), wanted))
              continue;
            if (!entity_is_person (self, fullest))
              {
                if (pass == 0)
                  return;
                continue;
              }

            decide (decision, DECISION_FOUND, fullest, wanted);
            return;
          }

      if (last_quote >= 0)
        {
          const Decision *earlier = &self->decisions[last_quote];

          if (earlier->kind == DECISION_UNNAMED)
            return;
          if (plural == (strstr (earlier->speaker, " and ") != NULL) &&
              gender_fits (earlier->gender, wanted))
            {
              decide (decision, DECISION_FOUND, earlier->speaker, wanted);
              return;
            }
        }

      if (has_words && text_paragraphs >= 2)
        return;
      end = start;
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
          partner = pair_partner (self, run_at (self, t->run));
          if (partner >= 0)
            {
              g_autofree char *pair = dup_pair_name (self, partner, t->run);

              decide (decision, DECISION_FOUND, pair, 0);
              return;
            }
        }
      end = start;
    }
}

static void
resolve_subject (Attributor    *self,
                 const Subject *subject,
                 Decision      *decision)
{
  switch (subject->kind)
    {
    case SUBJECT_NONE:
      break;

    case SUBJECT_UNNAMED:
      decide (decision, DECISION_UNNAMED, NULL, 0);
      break;

    case SUBJECT_RUN:
      {
        const char *fullest = run_fullest (self, subject->run);

        decide (decision, DECISION_FOUND, fullest, entity_gender (self, fullest));
      }
      break;

    case SUBJECT_PAIR:
      {
        g_autofree char *pair = dup_pair_name (self, subject->other_run, subject->run);

        decide (decision, DECISION_FOUND, pair, 0);
      }
      break;

    case SUBJECT_PRONOUN:
      resolve_pronoun (self, subject->token, decision);
      /* A pronoun nobody fits still says that someone said it. */
      if (decision->kind == DECISION_NONE)
        decide (decision, DECISION_UNNAMED, NULL, 0);
      break;

    case SUBJECT_PAIR_REFERENCE:
      resolve_pair_reference (self, subject->token, decision);
      if (decision->kind == DECISION_NONE)
        decide (decision, DECISION_UNNAMED, NULL, 0);
      break;

    default:
      g_assert_not_reached ();
    }
}

static gboolean
is_according_to (const Attributor *self,
                 guint             i)
{
  return token_is_word (token_at (self, i), self->chars, "according") &&
         token_is_word (token_at (self, (gint64)i + 1), self->chars, "to");
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

  if (ends_sentence (self, q))
    {
      /* Only a bare "Black Panther growls." may follow a quotation that ends a sentence. */
      const Run *run;
      const Token *after;

      if (token->kind != TOKEN_WORD || token->run < 0)
        return;
      run = run_at (self, token->run);
      if (run->title_first != i || !is_tail_verb (token_at (self, (gint64)run->last + 1)))
        return;
      after = token_at (self, (gint64)run->last + 2);
      if (after != NULL && after->kind == TOKEN_WORD)
        return;
      subject = subject_of_run (self, token->run);
      self->consumed[run->last + 1] = TRUE;
      resolve_subject (self, &subject, decision);
      return;
    }

  if (is_tail_verb (token))
    {
      subject = find_subject_after (self, i);
      self->consumed[i] = TRUE;
      resolve_subject (self, &subject, decision);
      return;
    }

  for (guint j = i; j < i + TAIL_WINDOW; j++)
    {
      token = token_at (self, j);
      if (token == NULL || token->kind == TOKEN_QUOTE || token->kind == TOKEN_BREAK ||
          (token->kind == TOKEN_PUNCT &&
           (is_sentence_end_char (token->punct) || token->punct == ':')))
        return;

      if (is_according_to (self, j))
        {
          subject = find_subject_after (self, j + 1);
          resolve_subject (self, &subject, decision);
          return;
        }

      if (is_tail_verb (token))
        {
          /* "calling him "old" and said he would ...": a clause of its own. */
          if (token_has (token_at (self, (gint64)j - 1), WORD_CONJUNCTION))
            return;
          subject = find_subject_before (self, j, i);
          if (subject.kind == SUBJECT_NONE)
            return;
          self->consumed[j] = TRUE;
          resolve_subject (self, &subject, decision);
          return;
        }
    }
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
          subject = find_subject_after (self, verb + 1);
          resolve_subject (self, &subject, decision);
          return;
        }

      if (!token_has (token, WORD_SPEECH | WORD_PARTICIPLE) || !token_is_lower (token) ||
          token_has (token, WORD_TAIL_ONLY) || self->consumed[verb])
        continue;

      /* An aside between dashes after the verb is not the subject's: Halloran said the
       * first review's central finding – that "..." – would be tested first. */
      if (!colon)
        for (guint k = verb + 1; k < to; k++)
          {
            const Token *between = token_at (self, k);

            if (between->kind == TOKEN_PUNCT &&
                (between->punct == 0x2013 || between->punct == 0x2014))
              {
                decide (decision, DECISION_UNNAMED, NULL, 0);
                return;
              }
          }

      if (token->word_class & WORD_PARTICIPLE && !(token->word_class & WORD_SPEECH))
        {
          /* "Kim had insulted him by calling him "old"": whoever is calling, it is not
           * the subject of a verb further back. */
          if (token_has (token_at (self, (gint64)verb - 1), WORD_PREPOSITION))
            {
              decide (decision, DECISION_UNNAMED, NULL, 0);
              return;
            }
          continue;
        }

      subject = find_subject_before (self, verb, from);
      if (subject.kind == SUBJECT_NONE)
        continue;
      resolve_subject (self, &subject, decision);
      return;
    }
}

static gboolean
is_title_case (const Attributor  *self,
               const NdQuoteSpan *span)
{
  static const char * const small_words[] = {
    "a", "an", "the", "of", "on", "in", "and", "or", "for", "to", "at", "by", "with", "from",
  };
  g_autoptr(GArray) words = g_array_new (FALSE, FALSE, sizeof (Token));
  guint capitalised = 0;

  /* "No." is said, "Save Our Quay" is not. */
  if (span->end > span->start && is_sentence_end_char (self->chars[span->end - 1]))
    return FALSE;

  tokenize (self->chars, span->start, span->end, NULL, 0, words, NULL);
  for (guint i = 0; i < words->len; i++)
    {
      const Token *token = &g_array_index (words, Token, i);
      gboolean small = FALSE;

      if (token->kind == TOKEN_PUNCT && (token->punct == '?' || token->punct == '!'))
        return FALSE;
      if (token->kind != TOKEN_WORD)
        continue;
      if (token->shape & (SHAPE_CAPITAL | SHAPE_DIGIT))
        {
          capitalised++;
          continue;
        }
      for (guint j = 0; j < G_N_ELEMENTS (small_words); j++)
        small |= token_is_word (token, self->chars, small_words[j]);
      if (!small)
        return FALSE;
    }

  return capitalised > 0;
}

/* A quotation from a capital to a full stop, not a phrase inside someone else's
 * sentence. */
static gboolean
is_full_sentence (const Attributor  *self,
                  const NdQuoteSpan *span)
{
  return span->end > span->start &&
         is_upper (self->chars[span->start]) &&
         is_sentence_end_char (self->chars[span->end - 1]);
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
      else if (token->kind == TOKEN_QUOTE)
        return previous_paragraph && !crossed ? -1 : token->quote;
    }

  return -1;
}

static void
copy_decision (Decision       *decision,
               const Decision *earlier)
{
  decide (decision, earlier->kind, earlier->speaker, earlier->gender);
}

static void
attribute_quote (Attributor *self,
                 guint       quote)
{
  Decision *decision = &self->decisions[quote];
  guint q = self->quote_token[quote];
  guint start = sentence_start (self, q);
  const Token *before = token_at (self, (gint64)q - 1);
  gint earlier;

  attribute_from_tail (self, q, decision);
  if (decision->kind != DECISION_NONE)
    return;

  /* Titles, names and slogans ("Save Our Quay", "Justice League,") are nobody's words,
   * unless someone is said to say them ("Hello," Ann Lee said). */
  if (is_title_case (self, &self->spans[quote]))
    {
      decide (decision, DECISION_UNNAMED, NULL, 0);
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

  earlier = find_earlier_quote (self, q, FALSE);
  if (earlier >= 0 && (start == q || is_full_sentence (self, &self->spans[quote])))
    {
      copy_decision (decision, &self->decisions[earlier]);
      return;
    }

  if (opens_paragraph (self, q) && paragraph_is_quotation (self, q))
    {
      earlier = find_earlier_quote (self, q, TRUE);
      if (earlier >= 0 && self->decisions[earlier].kind == DECISION_FOUND)
        copy_decision (decision, &self->decisions[earlier]);
    }
}

/* Signs that a name is a person's: see the comment at the top. */
static void
mark_people (Attributor *self)
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
          (token_is_word (after2, self->chars, "who") ||
           (after2 != NULL && after2->kind == TOKEN_WORD && (after2->shape & SHAPE_DIGIT))))
        run->person = TRUE;
      if (token_is_punct (before, ',') && token_is_punct (after, ',') &&
          token_is_lower (before2) && !(before2->word_class & WORD_PREPOSITION))
        run->person = TRUE;
      /* "José Álvarez, the co-operative's chair," */
      if (token_is_punct (after, ','))
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

      subject = find_speaker_of_verb (self, i, sentence_start (self, i));
      if (subject.kind == SUBJECT_RUN || subject.kind == SUBJECT_PAIR)
        run_at (self, subject.run)->person = TRUE;
      if (subject.kind == SUBJECT_PAIR)
        run_at (self, subject.other_run)->person = TRUE;
    }
}

/* "Rihanna is mourning the death of her cousin": the first name of a sentence and the
 * first he or she after it, with no other name between. */
static void
learn_genders (Attributor *self)
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

      if (ends_sentence (self, i) || token->kind == TOKEN_QUOTE)
        subject = -1;
    }
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
  g_clear_pointer (&self->sentence_starts, g_free);
  g_clear_pointer (&self->lower_words, g_free);
  g_clear_pointer (&self->quote_token, g_free);
  g_clear_pointer (&self->consumed, g_free);
  g_clear_pointer (&self->decisions, g_free);
}

GPtrArray *
_nd_quote_speaker_attribute (const gunichar    *chars,
                             guint              n_chars,
                             const NdQuoteSpan *spans,
                             guint              n_spans)
{
  static GOnce once = G_ONCE_INIT;
  GPtrArray *speakers = g_ptr_array_new_full (n_spans, g_free);
  Attributor self = { 0 };

  lexicon = g_once (&once, build_lexicon, NULL);

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
  self.quote_token = g_new0 (guint, n_spans);
  self.decisions = g_new0 (Decision, n_spans);

  tokenize (chars, 0, n_chars, spans, n_spans, self.tokens, self.quote_token);
  self.consumed = g_new0 (gboolean, self.tokens->len + 1);
  find_sentences (&self);
  remember_lower_words (&self, self.tokens);
  find_names (&self, self.tokens, self.runs);

  /* Names inside the quotations count for the fullest form only. */
  for (guint i = 0; i < n_spans; i++)
    {
      g_autoptr(GArray) inside = g_array_new (FALSE, FALSE, sizeof (Token));

      tokenize (chars, spans[i].start, spans[i].end, NULL, 0, inside, NULL);
      find_names (&self, inside, NULL);
    }

  learn_genders (&self);
  for (guint i = 0; i < self.runs->len; i++)
    {
      const Run *run = run_at (&self, i);
      guint gender = GPOINTER_TO_UINT (g_hash_table_lookup (self.name_genders, run->name));

      g_hash_table_replace (self.name_genders, run->name, GUINT_TO_POINTER (gender | run->gender));
    }
  index_names (&self);
  mark_people (&self);
  gather_entities (&self);

  for (guint i = 0; i < n_spans; i++)
    attribute_quote (&self, i);

  for (guint i = 0; i < n_spans; i++)
    g_ptr_array_add (speakers, self.decisions[i].kind == DECISION_FOUND
                               ? g_strdup (self.decisions[i].speaker) : NULL);

  attributor_clear (&self);

  return speakers;
}

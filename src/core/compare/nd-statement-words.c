/* nd-statement-words.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The words of a quotation as the comparison of outlets sees them. Search's folding already
 * makes case, accents, curly apostrophes and hyphens ("co-operate") meet; outlets also differ
 * in spelling ("criticise"/"criticize", "labour"/"labor") and in contractions ("we'll"/"we
 * will"), so each folded word is normalised further here. A normalisation only has to be the
 * same on both sides: "rise" becoming "rize" harms nothing, because both outlets' "rise"
 * becomes it. */

#define G_LOG_DOMAIN "nd-statement"

#include "config.h"

#include <string.h>

#include "compare/nd-statement-private.h"
#include "search/nd-fold.h"

#define STOPWORD_WEIGHT 0.25f
#define CONTENT_WEIGHT  1.0f

/* Quotations longer than this are compared on their first words only: the alignment costs
 * the product of the two lengths. */
#define MAX_ALIGNED_WORDS 400

/* A token as folded, and the ids of the one or two words it stands for: most tokens come
 * again and again, and splitting and normalising them is the dear part. */
typedef struct
{
  guint n_ids;
  guint ids[2];
} TokenWords;

struct _NdStatementVocabulary
{
  GHashTable *ids;
  GHashTable *tokens;
  GArray     *weights;
};

static const char * const stopwords[] = {
  "a", "about", "after", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be",
  "because", "been", "but", "by", "can", "could", "did", "do", "does", "for", "from", "had",
  "has", "have", "he", "her", "here", "him", "his", "how", "i", "if", "in", "into", "is",
  "it", "its", "just", "me", "more", "my", "no", "not", "of", "on", "one", "or", "our",
  "out", "she", "so", "some", "than", "that", "the", "their", "them", "then", "there",
  "these", "they", "this", "those", "to", "up", "us", "very", "was", "we", "were", "what",
  "when", "which", "who", "will", "with", "would", "you", "your",
};

/* Words whose British and American spellings no ending rule joins. */
static const char * const spellings[][2] = {
  { "ageing", "aging" }, { "aluminium", "aluminum" }, { "amongst", "among" },
  { "cheque", "check" }, { "defence", "defense" }, { "enrol", "enroll" },
  { "fulfil", "fulfill" }, { "grey", "gray" }, { "judgement", "judgment" },
  { "licence", "license" }, { "mum", "mom" }, { "offence", "offense" },
  { "practise", "practice" }, { "pretence", "pretense" }, { "programme", "program" },
  { "towards", "toward" }, { "tyre", "tire" }, { "whilst", "while" },
};

/* Endings that British spelling writes otherwise, longest first within each family. */
static const char * const endings[][2] = {
  { "isations", "izations" }, { "isation", "ization" }, { "ising", "izing" },
  { "ised", "ized" }, { "ises", "izes" }, { "ise", "ize" },
  { "ysing", "yzing" }, { "ysed", "yzed" }, { "yse", "yze" },
  { "ogues", "ogs" }, { "ogue", "og" },
  { "tres", "ters" }, { "tre", "ter" },
};

/* -our words that are not British spellings of -or words. */
static const char * const our_words[] = {
  "amour", "contour", "detour", "devour", "flour", "four", "hour", "hours", "our", "ours",
  "pour", "scour", "sour", "tour", "tours", "your", "yours",
};

static gboolean
is_in (const char        *word,
       const char * const *list,
       gsize               n)
{
  for (gsize i = 0; i < n; i++)
    if (strcmp (word, list[i]) == 0)
      return TRUE;

  return FALSE;
}

static gboolean
has_suffix (const char *word,
            gsize       len,
            const char *suffix,
            gsize       min_stem)
{
  gsize suffix_len = strlen (suffix);

  return len >= suffix_len + min_stem && memcmp (word + len - suffix_len, suffix, suffix_len) == 0;
}

static char *
replace_suffix (const char *word,
                gsize       len,
                gsize       suffix_len,
                const char *replacement)
{
  return g_strdup_printf ("%.*s%s", (int)(len - suffix_len), word, replacement);
}

static char *
normalize_our (const char *word,
               gsize       len)
{
  static const char * const suffixes[] = { "ourites", "ourite", "ourable", "ouring", "oured",
                                           "ourful", "ours", "our" };

  if (is_in (word, our_words, G_N_ELEMENTS (our_words)))
    return NULL;

  for (gsize i = 0; i < G_N_ELEMENTS (suffixes); i++)
    if (has_suffix (word, len, suffixes[i], 3))
      return g_strdup_printf ("%.*so%s", (int)(len - strlen (suffixes[i])), word, suffixes[i] + 2);

  return NULL;
}

/* "travelled", "cancelling": American spelling doubles no l after a vowel. */
static char *
normalize_double_l (const char *word,
                    gsize       len)
{
  static const char * const suffixes[] = { "llers", "lling", "ller", "lled" };

  for (gsize i = 0; i < G_N_ELEMENTS (suffixes); i++)
    if (has_suffix (word, len, suffixes[i], 2) &&
        strchr ("aeiou", word[len - strlen (suffixes[i]) - 1]) != NULL)
      return replace_suffix (word, len, strlen (suffixes[i]), suffixes[i] + 1);

  return NULL;
}

static gboolean
is_consonant (char c)
{
  return g_ascii_isalpha (c) && strchr ("aeiouy", c) == NULL;
}

/* "paedophile", "haemorrhage", "anaesthetic": British spelling writes "ae" where American
 * writes "e", between consonants. Returns %NULL when @word has no such "ae". */
static char *
normalize_ae (const char *word,
              gsize       len)
{
  for (gsize i = 1; i + 2 < len; i++)
    if (word[i] == 'a' && word[i + 1] == 'e' && is_consonant (word[i - 1]) && is_consonant (word[i + 2]))
      return g_strdup_printf ("%.*s%s", (int)i, word, word + i + 1);

  return NULL;
}

/**
 * _nd_statement_normalize_word:
 * @folded: a word as nd_tokenize() folds it
 *
 * Returns: (transfer full): @folded in the one spelling both sides of the Atlantic meet in
 */
char *
_nd_statement_normalize_word (const char *folded)
{
  g_autofree char *without_ae = normalize_ae (folded, strlen (folded));
  gsize len;
  char *normalized;

  if (without_ae != NULL)
    folded = without_ae;
  len = strlen (folded);

  for (gsize i = 0; i < G_N_ELEMENTS (spellings); i++)
    if (strcmp (folded, spellings[i][0]) == 0)
      return g_strdup (spellings[i][1]);

  for (gsize i = 0; i < G_N_ELEMENTS (endings); i++)
    if (has_suffix (folded, len, endings[i][0], 2))
      return replace_suffix (folded, len, strlen (endings[i][0]), endings[i][1]);

  if ((normalized = normalize_our (folded, len)) != NULL ||
      (normalized = normalize_double_l (folded, len)) != NULL)
    return normalized;

  return g_strdup (folded);
}

NdStatementVocabulary *
_nd_statement_vocabulary_new (void)
{
  NdStatementVocabulary *self = g_new0 (NdStatementVocabulary, 1);

  self->ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->tokens = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->weights = g_array_new (FALSE, FALSE, sizeof (float));

  return self;
}

void
_nd_statement_vocabulary_free (NdStatementVocabulary *self)
{
  if (self == NULL)
    return;

  g_hash_table_unref (self->ids);
  g_hash_table_unref (self->tokens);
  g_array_unref (self->weights);
  g_free (self);
}

/* Takes @word. */
static guint
vocabulary_intern (NdStatementVocabulary *self,
                   char                  *word)
{
  gpointer id;
  float weight;

  if (g_hash_table_lookup_extended (self->ids, word, NULL, &id))
    {
      g_free (word);
      return GPOINTER_TO_UINT (id);
    }

  weight = is_in (word, stopwords, G_N_ELEMENTS (stopwords)) ? STOPWORD_WEIGHT : CONTENT_WEIGHT;
  g_array_append_val (self->weights, weight);
  g_hash_table_insert (self->ids, word, GUINT_TO_POINTER (self->weights->len - 1));

  return self->weights->len - 1;
}

static guint
set_parts (char       *parts[2],
           char       *first,
           const char *second)
{
  parts[0] = first;
  parts[1] = g_strdup (second);

  return second != NULL ? 2 : 1;
}

/* "n't": "don't" → "do", "won't" → "will". Takes @base, which ends with the "n". */
static char *
base_of_not (char *base)
{
  static const char * const irregular[][2] = { { "wo", "will" }, { "ca", "can" }, { "sha", "shall" } };

  base[strlen (base) - 1] = '\0';
  for (gsize i = 0; i < G_N_ELEMENTS (irregular); i++)
    if (strcmp (base, irregular[i][0]) == 0)
      {
        g_free (base);
        return g_strdup (irregular[i][1]);
      }

  return base;
}

/* "we'll" → "we" "will", "don't" → "do" "not", "it's" → "it" "is"; a possessive "'s"
 * stays part of its word. Returns how many parts it wrote to @parts (one or two). */
static guint
split_contraction (const char *word,
                   char       *parts[2])
{
  static const char * const is_pronouns[] = { "he", "here", "how", "it", "she", "that",
                                              "there", "what", "where", "who" };
  static const char * const suffixes[][2] = { { "ll", "will" }, { "re", "are" },
                                              { "ve", "have" }, { "m", "am" }, { "d", "would" } };
  const char *apostrophe = strchr (word, '\'');
  char *base;
  const char *rest;

  if (apostrophe == NULL)
    return strcmp (word, "cannot") == 0 ? set_parts (parts, g_strdup ("can"), "not")
                                        : set_parts (parts, g_strdup (word), NULL);

  base = g_strndup (word, apostrophe - word);
  rest = apostrophe + 1;
  for (gsize i = 0; i < G_N_ELEMENTS (suffixes); i++)
    if (strcmp (rest, suffixes[i][0]) == 0)
      return set_parts (parts, base, suffixes[i][1]);

  if (strcmp (rest, "t") == 0 && g_str_has_suffix (base, "n"))
    return set_parts (parts, base_of_not (base), "not");

  if (strcmp (rest, "s") == 0 && is_in (base, is_pronouns, G_N_ELEMENTS (is_pronouns)))
    return set_parts (parts, base, "is");

  g_free (base);
  return set_parts (parts, g_strdup (word), NULL);
}

typedef struct
{
  NdStatementVocabulary *vocabulary;
  GArray                *words;
  guint                  offset;
} WordsData;

static const TokenWords *
lookup_token (NdStatementVocabulary *self,
              const char            *text,
              gsize                  len)
{
  g_autofree char *folded = g_strndup (text, len);
  TokenWords *words = g_hash_table_lookup (self->tokens, folded);
  char *parts[2] = { NULL, NULL };

  if (words != NULL)
    return words;

  words = g_new0 (TokenWords, 1);
  words->n_ids = split_contraction (folded, parts);
  for (guint i = 0; i < words->n_ids; i++)
    {
      words->ids[i] = vocabulary_intern (self, _nd_statement_normalize_word (parts[i]));
      g_free (parts[i]);
    }
  g_hash_table_insert (self->tokens, g_steal_pointer (&folded), words);

  return words;
}

static void
add_token (const NdToken *token,
           gpointer       user_data)
{
  WordsData *data = user_data;
  const TokenWords *words = lookup_token (data->vocabulary, token->text, token->len);

  for (guint i = 0; i < words->n_ids; i++)
    {
      NdStatementWord word;

      word.id = words->ids[i];
      word.start = data->offset + token->start;
      word.end = data->offset + token->end;
      word.weight = g_array_index (data->vocabulary->weights, float, word.id);
      word.nested = FALSE;
      g_array_append_val (data->words, word);
    }
}

/* The straight apostrophe too: outlets that print straight marks quote inside a quotation
 * with it ("I used two words, 'step up,' that..."). */
static gboolean
is_opening_mark (gunichar c)
{
  return c == 0x201C || c == 0x2018 || c == '"' || c == '\'' || c == 0x00AB;
}

static gboolean
is_closing_mark (gunichar c)
{
  return c == 0x201D || c == 0x2019 || c == '"' || c == '\'' || c == 0x00BB;
}

/* Words inside marks within a quotation are someone else's (the speaker quoting what
 * others call it, "a game changer"): the grouper must not make the quotation one statement
 * with a quotation of those words alone. A mark opens after a space or at the start and
 * closes before one or at the end, so the apostrophe of "don’t" does neither; one still
 * open at the end closed with the quotation ("…stop askin, "How's Sarah?" where one mark
 * closes both). */
static void
mark_nested_between (GArray *words,
                     guint   start,
                     guint   end)
{
  for (guint i = 0; i < words->len; i++)
    {
      NdStatementWord *word = &g_array_index (words, NdStatementWord, i);

      if (word->start >= start && word->end <= end)
        word->nested = TRUE;
    }
}

static void
mark_nested_words (const char *text,
                   GArray     *words,
                   guint       offset)
{
  gboolean inside = FALSE;
  guint nested_start = 0;
  guint position = offset;
  gunichar before = ' ';

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p), position++)
    {
      gunichar c = g_utf8_get_char (p);
      gunichar after = g_utf8_get_char (g_utf8_next_char (p));

      if (!inside && is_opening_mark (c) && !g_unichar_isalnum (before) && g_unichar_isalnum (after))
        {
          inside = TRUE;
          nested_start = position;
        }
      else if (inside && is_closing_mark (c) && !g_unichar_isalnum (after) && !g_unichar_isspace (before))
        {
          mark_nested_between (words, nested_start, position);
          inside = FALSE;
        }
      before = c;
    }

  if (inside)
    mark_nested_between (words, nested_start, position);
}

/**
 * _nd_statement_words_new:
 * @self: the vocabulary the words are interned in
 * @text: a quotation's text
 * @offset: where @text starts in its article's body, in characters
 *
 * Returns: (transfer full) (element-type NdStatementWord): the words of @text, placed in
 *   the body
 */
GArray *
_nd_statement_words_new (NdStatementVocabulary *self,
                         const char            *text,
                         guint                  offset)
{
  WordsData data = { self, g_array_new (FALSE, FALSE, sizeof (NdStatementWord)), offset };

  nd_tokenize (text, -1, add_token, &data);
  mark_nested_words (text, data.words, offset);

  return data.words;
}

float
_nd_statement_words_weight (const GArray *words)
{
  float weight = 0;

  for (guint i = 0; i < words->len; i++)
    weight += g_array_index (words, NdStatementWord, i).weight;

  return weight;
}

static void
trace_back (const float          *table,
            guint                 width,
            const NdStatementWord *a,
            guint                 n_a,
            const NdStatementWord *b,
            guint                 n_b,
            NdStatementAlignment  *alignment)
{
  guint i = n_a;
  guint j = n_b;

  while (i > 0 && j > 0)
    {
      if (a[i - 1].id == b[j - 1].id)
        {
          alignment->partner[i - 1] = (int)(j - 1);
          alignment->shared_weight += MIN (a[i - 1].weight, b[j - 1].weight);
          alignment->n_shared++;
          i--, j--;
        }
      else if (table[(i - 1) * width + j] >= table[i * width + j - 1])
        i--;
      else
        j--;
    }
}

/* Shared words count twice as much when their neighbours are shared too: a run of words is
 * a quotation, scattered common words are chance. */
static void
weigh_runs (const GArray         *a,
            const GArray         *b,
            NdStatementAlignment *alignment)
{
  guint run = 0;

  for (guint i = 0; i < a->len; i++)
    {
      int p = alignment->partner[i];
      gboolean before = i > 0 && p >= 0 && alignment->partner[i - 1] == p - 1;
      gboolean after = i + 1 < a->len && p >= 0 && alignment->partner[i + 1] == p + 1;

      if (before || after)
        alignment->run_weight += MIN (g_array_index (a, NdStatementWord, i).weight,
                                      g_array_index (b, NdStatementWord, p).weight);
      run = before ? run + 1 : p >= 0;
      alignment->longest_run = MAX (alignment->longest_run, run);
    }
}

/**
 * _nd_statement_align:
 * @a: (element-type NdStatementWord): words
 * @b: (element-type NdStatementWord): words
 * @alignment: (out caller-allocates): where to write the alignment; clear it with
 *   _nd_statement_alignment_clear()
 *
 * Lines @a up with @b: the common subsequence of the same words that weighs most.
 */
void
_nd_statement_align (const GArray         *a,
                     const GArray         *b,
                     NdStatementAlignment *alignment)
{
  guint n_a = MIN (a->len, MAX_ALIGNED_WORDS);
  guint n_b = MIN (b->len, MAX_ALIGNED_WORDS);
  guint width = n_b + 1;
  const NdStatementWord *wa = (const NdStatementWord *)(gpointer)a->data;
  const NdStatementWord *wb = (const NdStatementWord *)(gpointer)b->data;
  g_autofree float *table = g_new0 (float, (gsize)(n_a + 1) * width);

  memset (alignment, 0, sizeof *alignment);
  alignment->partner = g_new (int, MAX (a->len, 1));
  for (guint i = 0; i < a->len; i++)
    alignment->partner[i] = -1;

  for (guint i = 1; i <= n_a; i++)
    for (guint j = 1; j <= n_b; j++)
      table[i * width + j] = wa[i - 1].id == wb[j - 1].id
                             ? table[(i - 1) * width + j - 1] + MIN (wa[i - 1].weight, wb[j - 1].weight)
                             : MAX (table[(i - 1) * width + j], table[i * width + j - 1]);

  trace_back (table, width, wa, n_a, wb, n_b, alignment);
  weigh_runs (a, b, alignment);
}

void
_nd_statement_alignment_clear (NdStatementAlignment *alignment)
{
  g_clear_pointer (&alignment->partner, g_free);
}

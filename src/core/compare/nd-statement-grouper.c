/* nd-statement-grouper.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Groups the quotations of a set of articles into statements. Two quotations (of two
 * articles, or one article's repeat of its own) are one statement when, once their words
 * are folded and normalised, the shorter one's words mostly stand in the longer one in
 * order and in runs: an outlet that quotes half a sentence, or splits it with "he said",
 * still lines up with one that quotes it whole; two sentences on one topic share scattered
 * words, not runs. The statements are the connected groups of that relation, so a
 * quotation split in one outlet joins the whole one in another through both pieces; only
 * a quotation of another's inner words, and a fragment that two utterances share, do not
 * carry the groups together (see regroup()).
 *
 * Articles are added one at a time: each quotation is compared only with the earlier
 * quotations that share a pair of adjacent words with it (an index of word pairs), so
 * adding an article costs what its quotations share, not the size of the set. */

#define G_LOG_DOMAIN "nd-statement"

#include "config.h"

#include <string.h>

#include "compare/nd-statement-grouper.h"
#include "compare/nd-statement-private.h"
#include "quotes/nd-quote-finder.h"

/* The shorter quotation's weight that must stand in the longer one, in order... */
#define MIN_SHARED_SHARE 0.7f
/* ...and in runs of adjacent words, at least this much... */
#define MIN_RUN_WEIGHT   1.5f
/* ...and at least this share of it... */
#define MIN_RUN_SHARE    0.4f
/* ...with every word of weight of the shorter one in the longer, or a clause of this many
 * words in both and at most one word of weight in ten missing ("onto" / "on to"). */
#define MIN_CLAUSE_WORDS 5
/* A fragment of two words ("step up") lines up whole, so it needs less weight. */
#define MIN_WHOLE_WEIGHT 1.25f
/* A quotation of at most this many words is a fragment: it may stand in more than one
 * utterance ("first step"). */
#define MAX_FRAGMENT_WORDS 4
/* The words of the shorter quotation span at most this many times its length in the
 * longer, plus a few. */
#define MAX_SPREAD       2
#define MAX_SPREAD_SLACK 4

typedef struct
{
  NdArticle *article;
  guint      article_index;
  guint      start;
  guint      end;
  char      *text;
  char      *speaker;
  GArray    *words;
  float      weight;
  gboolean   has_nested;
  gboolean   inner;
  guint      parent;
} Quote;

struct _NdStatementGrouper
{
  GObject                parent_instance;

  NdStatementVocabulary *vocabulary;
  GPtrArray             *articles;
  GPtrArray             *quotes;
  GHashTable            *pairs;
  GArray                *links;
};

/* A pair found to be one statement; @fragment is the index + 1 of its shorter quotation
 * when that is a fragment of a few words that lined up whole, 0 otherwise. */
typedef struct
{
  guint a;
  guint b;
  guint fragment;
} Link;

G_DEFINE_FINAL_TYPE (NdStatementGrouper, nd_statement_grouper, G_TYPE_OBJECT)

static void
quote_free (Quote *quote)
{
  g_free (quote->text);
  g_free (quote->speaker);
  g_array_unref (quote->words);
  g_free (quote);
}

static void
nd_statement_grouper_finalize (GObject *object)
{
  NdStatementGrouper *self = ND_STATEMENT_GROUPER (object);

  g_clear_pointer (&self->vocabulary, _nd_statement_vocabulary_free);
  g_ptr_array_unref (self->articles);
  g_ptr_array_unref (self->quotes);
  g_hash_table_unref (self->pairs);
  g_array_unref (self->links);

  G_OBJECT_CLASS (nd_statement_grouper_parent_class)->finalize (object);
}

static void
nd_statement_grouper_class_init (NdStatementGrouperClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = nd_statement_grouper_finalize;
}

static void
nd_statement_grouper_init (NdStatementGrouper *self)
{
  self->vocabulary = _nd_statement_vocabulary_new ();
  self->articles = g_ptr_array_new_with_free_func (g_object_unref);
  self->quotes = g_ptr_array_new_with_free_func ((GDestroyNotify)quote_free);
  self->pairs = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                       (GDestroyNotify)g_array_unref);
  self->links = g_array_new (FALSE, FALSE, sizeof (Link));
}

NdStatementGrouper *
nd_statement_grouper_new (void)
{
  return g_object_new (ND_TYPE_STATEMENT_GROUPER, NULL);
}

static guint
find_root (NdStatementGrouper *self,
           guint               index)
{
  Quote *quote = g_ptr_array_index (self->quotes, index);

  while (quote->parent != index)
    {
      Quote *parent = g_ptr_array_index (self->quotes, quote->parent);

      quote->parent = parent->parent;
      index = quote->parent;
      quote = g_ptr_array_index (self->quotes, index);
    }

  return index;
}

/* Every pair found to be one statement is kept as well as the groups it makes, so that
 * the groups can be made again without some pairs (see regroup()). */
static void
join (NdStatementGrouper *self,
      guint               a,
      guint               b,
      guint               fragment)
{
  guint root_a = find_root (self, a);
  guint root_b = find_root (self, b);
  Link link = { a, b, fragment };
  Quote *child;

  g_array_append_val (self->links, link);

  if (root_a == root_b)
    return;

  /* The lower index stays the root, whatever order the pairs were joined in. */
  child = g_ptr_array_index (self->quotes, MAX (root_a, root_b));
  child->parent = MIN (root_a, root_b);
}

/* Whether the words that count (not "the", "we") of @words all have a partner, or all but
 * a few in a clause: a dropped or reworded word, not another sentence on the same topic. */
static gboolean
is_whole_or_clause (const GArray               *words,
                    const NdStatementAlignment *alignment)
{
  guint n_content = 0;
  guint n_missing = 0;

  for (guint i = 0; i < words->len; i++)
    if (g_array_index (words, NdStatementWord, i).weight >= 1.0f)
      {
        n_content++;
        n_missing += alignment->partner[i] < 0;
      }

  return n_missing == 0 ||
         (alignment->longest_run >= MIN_CLAUSE_WORDS && n_missing <= MAX (1, n_content / 10));
}

/* Whether @shorter lines up with words that @longer quotes inside its own marks: then it
 * is that inner utterance ("Save Our Quay" on the placards, not the councillor's sentence
 * that mentions them), even if the longer one also says those words itself ("consciously
 * uncoupled over Christmas. I mean, not 'over Christmas'"). */
static gboolean
is_nested_in (const Quote *shorter,
              const Quote *longer)
{
  g_autoptr(GArray) nested = NULL;
  NdStatementAlignment alignment;
  gboolean inner;

  for (guint i = 0; i < longer->words->len; i++)
    if (g_array_index (longer->words, NdStatementWord, i).nested)
      {
        if (nested == NULL)
          nested = g_array_new (FALSE, FALSE, sizeof (NdStatementWord));
        g_array_append_val (nested, g_array_index (longer->words, NdStatementWord, i));
      }

  if (nested == NULL)
    return FALSE;

  _nd_statement_align (shorter->words, nested, &alignment);
  inner = alignment.shared_weight >= MIN_SHARED_SHARE * shorter->weight;
  _nd_statement_alignment_clear (&alignment);

  return inner;
}

/* Whether the words of @words that have partners stand close together in the other
 * quotation, as a passage of it does, give or take a cut word or two: "I will miss the
 * game" is not a passage of "I'll miss coming out of the locker room … in touch with the
 * game". */
static gboolean
is_compact (const GArray               *words,
            const NdStatementAlignment *alignment)
{
  int first = -1;
  int last = -1;

  for (guint i = 0; i < words->len; i++)
    if (alignment->partner[i] >= 0)
      {
        if (first < 0)
          first = alignment->partner[i];
        last = alignment->partner[i];
      }

  return first < 0 || (guint)(last - first + 1) <= MAX_SPREAD * words->len + MAX_SPREAD_SLACK;
}

/* Two sentences on one topic can share most of their words ("protect our minds" and
 * "hijacking our minds and society"); one quoting the other shares all the words that
 * count, up to a dropped "that" or "We", or a whole clause. */
static gboolean
are_one_statement (const Quote *a,
                   const Quote *b)
{
  const Quote *shorter = a->weight <= b->weight ? a : b;
  const Quote *longer = shorter == a ? b : a;
  NdStatementAlignment alignment;
  gboolean same;

  if (shorter->weight <= 0 || is_nested_in (shorter, longer))
    return FALSE;

  _nd_statement_align (shorter->words, longer->words, &alignment);
  same = alignment.shared_weight >= MIN_SHARED_SHARE * shorter->weight &&
         alignment.run_weight >= MIN_RUN_SHARE * shorter->weight &&
         is_whole_or_clause (shorter->words, &alignment) &&
         is_compact (shorter->words, &alignment) &&
         (alignment.run_weight >= MIN_RUN_WEIGHT ||
          (alignment.longest_run == shorter->words->len && alignment.run_weight >= MIN_WHOLE_WEIGHT));
  _nd_statement_alignment_clear (&alignment);

  return same;
}

static gint64
pair_key (const GArray *words,
          guint         i)
{
  return (gint64)g_array_index (words, NdStatementWord, i).id << 32 |
         g_array_index (words, NdStatementWord, i + 1).id;
}

/* The earlier quotations that share a pair of adjacent words with @quote; then @quote's
 * own pairs go into the index. Those of @quote's own article count too: an article repeats
 * a quotation in a heading or a caption, or quotes a few of its words again. */
static GArray *
take_candidates (NdStatementGrouper *self,
                 const Quote        *quote,
                 guint               index)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  GArray *candidates = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i + 1 < quote->words->len; i++)
    {
      gint64 key = pair_key (quote->words, i);
      GArray *holders;

      /* "of the" is in every other quotation: only pairs with a word of weight lead to
       * candidates worth aligning. */
      if (g_array_index (quote->words, NdStatementWord, i).weight < 1.0f &&
          g_array_index (quote->words, NdStatementWord, i + 1).weight < 1.0f)
        continue;

      holders = g_hash_table_lookup (self->pairs, &key);

      if (holders == NULL)
        {
          holders = g_array_new (FALSE, FALSE, sizeof (guint));
          g_hash_table_insert (self->pairs, g_memdup2 (&key, sizeof key), holders);
        }

      for (guint h = 0; h < holders->len; h++)
        {
          guint other = g_array_index (holders, guint, h);

          if (other != index &&
              g_hash_table_add (seen, GUINT_TO_POINTER (other + 1)))
            g_array_append_val (candidates, other);
        }

      if (holders->len == 0 || g_array_index (holders, guint, holders->len - 1) != index)
        g_array_append_val (holders, index);
    }

  return candidates;
}

/* The index + 1 of the shorter of two quotations found to be one statement when it is a
 * fragment of a few words, 0 otherwise. */
static guint
fragment_of (NdStatementGrouper *self,
             guint               a,
             guint               b)
{
  const Quote *qa = g_ptr_array_index (self->quotes, a);
  const Quote *qb = g_ptr_array_index (self->quotes, b);
  guint shorter = qa->weight <= qb->weight ? a : b;
  const Quote *quote = g_ptr_array_index (self->quotes, shorter);

  return quote->words->len <= MAX_FRAGMENT_WORDS ? shorter + 1 : 0;
}

static void
add_quote (NdStatementGrouper *self,
           NdArticle          *article,
           const NdQuotation  *quotation)
{
  Quote *quote = g_new0 (Quote, 1);
  guint index = self->quotes->len;
  g_autoptr(GArray) candidates = NULL;

  quote->article = article;
  quote->article_index = self->articles->len - 1;
  quote->start = quotation->start;
  quote->end = quotation->end;
  quote->text = g_strdup (quotation->text);
  quote->speaker = g_strdup (quotation->speaker);
  quote->words = _nd_statement_words_new (self->vocabulary, quotation->text, quotation->start);
  quote->weight = _nd_statement_words_weight (quote->words);
  for (guint i = 0; i < quote->words->len && !quote->has_nested; i++)
    quote->has_nested = g_array_index (quote->words, NdStatementWord, i).nested;
  quote->parent = index;
  g_ptr_array_add (self->quotes, quote);

  candidates = take_candidates (self, quote, index);
  for (guint i = 0; i < candidates->len; i++)
    {
      guint other = g_array_index (candidates, guint, i);

      const Quote *other_quote = g_ptr_array_index (self->quotes, other);

      if (are_one_statement (quote, other_quote))
        join (self, index, other, fragment_of (self, index, other));
    }
}

static gboolean
is_saying_word (const char *word)
{
  static const char * const verbs[] = { "said", "says", "say", "told", "tells", "noted",
                                        "notes", "reads", "explained", "explains",
                                        "continued", "insisted", "insists", "recalled",
                                        "added", "adds", "wrote", "writes", "began",
                                        "begins", "remarked", "tweeted", "posted",
                                        "stated", "declared", "replied", "asked",
                                        "warned", "argued", "admitted" };

  for (gsize i = 0; i < G_N_ELEMENTS (verbs); i++)
    if (g_ascii_strcasecmp (word, verbs[i]) == 0)
      return TRUE;

  return FALSE;
}

static gboolean
is_mark (gunichar c)
{
  return c == '"' || c == 0x201C || c == 0x201D || c == 0x2018 || c == 0x2019 ||
         c == 0x00AB || c == 0x00BB;
}

/* Marks with no words between them (`.” “`, or `. “` where the page never closed the
 * first paragraph) go on with one quotation; a full stop after the closing mark (`were
 * “cautiously pleased”. “We…`) ends the writer's sentence that wove the first piece in. */
static gboolean
is_reopened_quotation (const char *gap)
{
  gboolean after_mark = FALSE;

  for (const char *p = gap; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c) || (after_mark && c == '.'))
        return FALSE;
      after_mark = after_mark || is_mark (c);
    }

  return TRUE;
}

/* Whether @gap reports something more besides who spoke: "he said, adding that…",
 * "the president said, confirming the investigation will begin Monday." */
static gboolean
reports_more (const char *gap)
{
  static const char * const participles[] = { "adding", "confirming", "noting", "saying",
                                              "claiming", "insisting", "explaining",
                                              "warning", "stressing", "arguing",
                                              "suggesting", "announcing" };

  for (gsize i = 0; i < G_N_ELEMENTS (participles); i++)
    if (strstr (gap, participles[i]) != NULL)
      return TRUE;

  return FALSE;
}

/* Whether the full stop at @stop ends an abbreviation ("Mr.", "U.S.", "Inc."), not a
 * sentence: the word before it is short and capitalised. */
static gboolean
is_abbreviation (const char *gap,
                 const char *stop)
{
  const char *word = stop;

  while (word > gap && g_ascii_isalpha (word[-1]))
    word--;

  return stop - word <= 3 && g_ascii_isupper (*word);
}

/* Whether @gap holds a sentence that ends before @end: then the writer says more between
 * the pieces than who said them ("he said. The company later denied it. “"). */
static gboolean
has_sentence_before (const char *gap,
                     const char *end)
{
  for (const char *p = gap; p < end; p++)
    if ((*p == '.' || *p == '!' || *p == '?') && p[1] == ' ' && g_ascii_isupper (p[2]) &&
        !is_abbreviation (gap, p))
      return TRUE;

  return FALSE;
}

/* Whether the text between two quotations is only who said them, within one paragraph:
 * `,” he said. “`, `” Musk told CBS News on Monday. “`, or `,” Holst says, “` when the
 * sentence goes on in the next piece, or nothing but marks. "He added: “" or ", adding
 * that" open a new utterance, so a colon or a line break ends the run. */
static gboolean
is_attribution_gap (const char *gap,
                    gboolean    left_open)
{
  g_auto(GStrv) words = NULL;
  gboolean saying = FALSE;
  gsize len = strlen (gap);
  const char *last_stop;

  if (len > 200 || strpbrk (gap, "\n:") != NULL || reports_more (gap))
    return FALSE;
  if (is_reopened_quotation (gap))
    return TRUE;

  /* The clause ends a sentence just before the next quotation opens, or pauses in one that
   * the first piece left open with a comma. */
  last_stop = strrchr (gap, '.');
  if ((last_stop == NULL || g_utf8_strlen (last_stop, -1) > 4) && (left_open || gap[0] == ','))
    last_stop = strrchr (gap, ',');
  if (last_stop == NULL || g_utf8_strlen (last_stop, -1) > 4 || has_sentence_before (gap, last_stop))
    return FALSE;

  words = g_strsplit_set (gap, " ,.\"\u201c\u201d", -1);
  for (guint i = 0; words[i] != NULL && !saying; i++)
    saying = is_saying_word (words[i]);

  return saying;
}

static gboolean
speakers_compatible (const Quote *a,
                     const Quote *b)
{
  return a->speaker == NULL || b->speaker == NULL || g_str_equal (a->speaker, b->speaker);
}

/* Whether the quotation opening at @start (just inside its mark) goes on the writer's own
 * sentence, as in `parents are “very happy…,” he said. “All…”`: a word stands just before
 * the mark. Such a fragment is the writer's report, and what follows its attribution is
 * another utterance. */
static gboolean
is_woven_in (const char *body,
             const char *start)
{
  const char *p = start;

  if (p == body)
    return FALSE;
  p = g_utf8_prev_char (p);
  if (!is_mark (g_utf8_get_char (p)))
    return FALSE;

  while (p > body)
    {
      gunichar c;

      p = g_utf8_prev_char (p);
      c = g_utf8_get_char (p);
      if (c != ' ')
        return g_unichar_isalnum (c);
    }

  return FALSE;
}

/* One outlet's quotation that "he said" splits in two is one statement even when no other
 * outlet quotes it whole: the quotations of @article (from @first on, in the order given)
 * that only an attribution separates are joined. */
static void
join_split_quotations (NdStatementGrouper *self,
                       NdArticle          *article,
                       guint               first)
{
  const char *body = nd_article_get_body (article);
  const char *cursor = body;
  guint cursor_offset = 0;
  guint n_chars = body != NULL ? g_utf8_strlen (body, -1) : 0;

  for (guint i = first + 1; i < self->quotes->len; i++)
    {
      const Quote *before = g_ptr_array_index (self->quotes, i - 1);
      const Quote *after = g_ptr_array_index (self->quotes, i);
      const char *before_start;
      const char *gap_start;
      const char *gap_end;
      g_autofree char *gap = NULL;

      if (after->start < before->end || before->start < cursor_offset || after->start > n_chars)
        continue;

      before_start = g_utf8_offset_to_pointer (cursor, before->start - cursor_offset);
      gap_start = g_utf8_offset_to_pointer (cursor, before->end - cursor_offset);
      gap_end = g_utf8_offset_to_pointer (gap_start, after->start - before->end);
      cursor = gap_start;
      cursor_offset = before->end;
      gap = g_strndup (gap_start, gap_end - gap_start);

      if (speakers_compatible (before, after) && !is_woven_in (body, before_start) &&
          is_attribution_gap (gap, g_str_has_suffix (before->text, ",")))
        join (self, i - 1, i, 0);
    }
}

/**
 * nd_statement_grouper_add_article:
 * @self: a grouper
 * @article: an article to compare with those added before
 * @quotations: (nullable) (element-type NdQuotation): @article's quotations, when the
 *   caller has found them already; %NULL to find them here
 *
 * Adds @article's quotations to the statements.
 */
void
nd_statement_grouper_add_article (NdStatementGrouper *self,
                                  NdArticle          *article,
                                  GPtrArray          *quotations)
{
  g_autoptr(GPtrArray) found = NULL;
  guint first;

  g_return_if_fail (ND_IS_STATEMENT_GROUPER (self));
  g_return_if_fail (ND_IS_ARTICLE (article));

  if (quotations == NULL)
    quotations = found = nd_quote_finder_find (nd_article_get_body (article));

  first = self->quotes->len;
  g_ptr_array_add (self->articles, g_object_ref (article));
  for (guint i = 0; i < quotations->len; i++)
    {
      const NdQuotation *quotation = g_ptr_array_index (quotations, i);

      /* A title in marks is nobody's statement. */
      if (!quotation->title)
        add_quote (self, article, quotation);
    }
  join_split_quotations (self, article, first);
}

guint
nd_statement_grouper_get_n_articles (NdStatementGrouper *self)
{
  g_return_val_if_fail (ND_IS_STATEMENT_GROUPER (self), 0);

  return self->articles->len;
}

static int
compare_quotes_in_reading_order (gconstpointer a,
                                 gconstpointer b)
{
  const Quote *qa = *(const Quote * const *)a;
  const Quote *qb = *(const Quote * const *)b;
  int cmp = g_strcmp0 (nd_article_get_source (qa->article), nd_article_get_source (qb->article));

  if (cmp == 0)
    cmp = g_strcmp0 (nd_article_get_id (qa->article), nd_article_get_id (qb->article));
  if (cmp == 0)
    cmp = qa->start < qb->start ? -1 : qa->start > qb->start;

  return cmp;
}

static float
shared_weight (const Quote *a,
               const Quote *b)
{
  NdStatementAlignment alignment;
  float shared;

  _nd_statement_align (a->words, b->words, &alignment);
  shared = alignment.shared_weight;
  _nd_statement_alignment_clear (&alignment);

  return shared;
}

/* What @quote is compared with to find its differing words: the fullest version, unless
 * that is another piece of a quotation that "he said" split (it then shares little with
 * @quote), when it is the version of another article that shares the most with it. */
static const Quote *
choose_reference (GPtrArray   *quotes,
                  const Quote *quote,
                  const Quote *fullest)
{
  const Quote *best = fullest;
  float best_shared;

  if (quote == fullest)
    return NULL;

  best_shared = shared_weight (quote, fullest);
  if (best_shared >= 0.5f * quote->weight)
    return fullest;

  for (guint i = 0; i < quotes->len; i++)
    {
      const Quote *other = g_ptr_array_index (quotes, i);
      float shared;

      if (other->article == quote->article)
        continue;
      shared = shared_weight (quote, other);
      if (shared > best_shared)
        {
          best = other;
          best_shared = shared;
        }
    }

  return best;
}

/* The words of @version that @reference words otherwise, merged into ranges. */
static void
mark_differences (NdStatementVersion *version,
                  const Quote        *quote,
                  const Quote        *reference)
{
  NdStatementAlignment alignment;
  NdTextRange range = { 0, 0 };

  _nd_statement_align (quote->words, reference->words, &alignment);
  for (guint i = 0; i <= quote->words->len; i++)
    {
      const NdStatementWord *word = i < quote->words->len
                                    ? &g_array_index (quote->words, NdStatementWord, i) : NULL;

      if (word != NULL && alignment.partner[i] < 0)
        {
          if (range.end == 0)
            range.start = word->start;
          range.end = word->end;
        }
      else if (range.end != 0)
        {
          g_array_append_val (version->differences, range);
          range.end = 0;
        }
    }
  _nd_statement_alignment_clear (&alignment);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *)a, *(const char * const *)b);
}

static GStrv
list_missing (NdStatementGrouper *self,
              GPtrArray          *quotes)
{
  g_autoptr(GHashTable) present = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) listed = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GStrvBuilder) missing = g_strv_builder_new ();
  g_autoptr(GPtrArray) sources = g_ptr_array_new ();

  /* An article may name no outlet: it is then none that could be missing. */
  for (guint i = 0; i < quotes->len; i++)
    {
      const char *source = nd_article_get_source (((Quote *)g_ptr_array_index (quotes, i))->article);

      if (source != NULL)
        g_hash_table_add (present, (gpointer)source);
    }

  for (guint i = 0; i < self->articles->len; i++)
    {
      const char *source = nd_article_get_source (g_ptr_array_index (self->articles, i));

      if (source != NULL && !g_hash_table_contains (present, source) &&
          g_hash_table_add (listed, (gpointer)source))
        g_ptr_array_add (sources, (gpointer)source);
    }

  g_ptr_array_sort (sources, compare_strings);
  for (guint i = 0; i < sources->len; i++)
    g_strv_builder_add (missing, g_ptr_array_index (sources, i));

  return g_strv_builder_end (missing);
}

static NdStatement *
make_statement (NdStatementGrouper *self,
                GPtrArray          *quotes)
{
  GPtrArray *versions = g_ptr_array_new_with_free_func ((GDestroyNotify)_nd_statement_version_free);
  const Quote *fullest = NULL;
  guint fullest_index = 0;

  g_ptr_array_sort (quotes, compare_quotes_in_reading_order);
  for (guint i = 0; i < quotes->len; i++)
    {
      const Quote *quote = g_ptr_array_index (quotes, i);

      if (fullest == NULL || quote->words->len > fullest->words->len)
        fullest = quote, fullest_index = i;
    }

  for (guint i = 0; i < quotes->len; i++)
    {
      const Quote *quote = g_ptr_array_index (quotes, i);
      NdStatementVersion *version = _nd_statement_version_new (quote->article, quote->start,
                                                               quote->end, quote->text,
                                                               quote->speaker);

      const Quote *reference = choose_reference (quotes, quote, fullest);

      if (reference != NULL)
        mark_differences (version, quote, reference);
      g_ptr_array_add (versions, version);
    }

  return _nd_statement_new (versions, fullest_index, list_missing (self, quotes),
                            _nd_statement_mark_speakers_differ (versions));
}

/* Disagreements first, then what most outlets carry, then where the wording differs; the
 * rest in reading order. */
static int
compare_statements (gconstpointer a,
                    gconstpointer b)
{
  NdStatement *sa = *(NdStatement * const *)a;
  NdStatement *sb = *(NdStatement * const *)b;
  gboolean differ_a = nd_statement_get_verdict (sa) == ND_STATEMENT_VERDICT_DIFFER;
  gboolean differ_b = nd_statement_get_verdict (sb) == ND_STATEMENT_VERDICT_DIFFER;
  const NdStatementVersion *first_a = nd_statement_get_version (sa, 0);
  const NdStatementVersion *first_b = nd_statement_get_version (sb, 0);
  int cmp;

  if (differ_a != differ_b)
    return differ_a ? -1 : 1;
  if (nd_statement_get_n_outlets (sa) != nd_statement_get_n_outlets (sb))
    return nd_statement_get_n_outlets (sa) > nd_statement_get_n_outlets (sb) ? -1 : 1;
  if (nd_statement_get_wording_differs (sa) != nd_statement_get_wording_differs (sb))
    return nd_statement_get_wording_differs (sa) ? -1 : 1;

  cmp = g_strcmp0 (nd_article_get_source (first_a->article), nd_article_get_source (first_b->article));
  if (cmp == 0)
    cmp = g_strcmp0 (nd_article_get_id (first_a->article), nd_article_get_id (first_b->article));
  if (cmp == 0)
    cmp = first_a->start < first_b->start ? -1 : first_a->start > first_b->start;

  return cmp;
}

/* The quotations by group: @roots[i] names the group of the i-th. */
static GHashTable *
collect_groups (NdStatementGrouper *self,
                const guint        *roots)
{
  GHashTable *groups = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify)g_ptr_array_unref);

  for (guint i = 0; i < self->quotes->len; i++)
    {
      gpointer root = GUINT_TO_POINTER (roots[i] + 1);
      GPtrArray *group = g_hash_table_lookup (groups, root);

      if (group == NULL)
        g_hash_table_insert (groups, root, group = g_ptr_array_new ());
      g_ptr_array_add (group, g_ptr_array_index (self->quotes, i));
    }

  return groups;
}

/* Marks the quotations that are the words another of their group quotes in its own marks
 * (GUIDE rule 9): "over Christmas" alone in an embedded tweet joins the tweet through its
 * first sentence, "consciously uncoupled over Christmas", but it is the inner "not 'over
 * Christmas'" the tweet quotes. Returns whether any was marked. */
static gboolean
mark_inner_utterances (GHashTable *groups)
{
  GHashTableIter iter;
  gpointer members;
  gboolean any = FALSE;

  g_hash_table_iter_init (&iter, groups);
  while (g_hash_table_iter_next (&iter, NULL, &members))
    {
      GPtrArray *group = members;

      for (guint i = 0; i < group->len; i++)
        {
          Quote *quote = g_ptr_array_index (group, i);

          quote->inner = FALSE;
          for (guint j = 0; j < group->len && !quote->inner; j++)
            {
              const Quote *other = g_ptr_array_index (group, j);

              quote->inner = other != quote && other->has_nested && quote->weight < other->weight &&
                             is_nested_in (quote, other);
            }
          any = any || quote->inner;
        }
    }

  return any;
}

static int
compare_indices (gconstpointer a,
                 gconstpointer b)
{
  guint ia = GPOINTER_TO_UINT (a);
  guint ib = GPOINTER_TO_UINT (b);

  return ia < ib ? -1 : ia > ib;
}

static guint
find_in (guint *roots,
         guint  i)
{
  while (roots[i] != i)
    i = roots[i] = roots[roots[i]];

  return i;
}

static void
unite (guint *roots,
       guint *sizes,
       guint  a,
       guint  b)
{
  guint root_a = find_in (roots, a);
  guint root_b = find_in (roots, b);

  if (root_a == root_b)
    return;
  roots[MAX (root_a, root_b)] = MIN (root_a, root_b);
  sizes[MIN (root_a, root_b)] += sizes[MAX (root_a, root_b)];
}

/* Of the groups @fragment lines up with (given by a member each in @partners), the one it
 * belongs to first: a fragment is a passage of one utterance, so when it stands in two that
 * an article quotes apart ("first step" in two sentences of one minister), it goes with the
 * one its own article quotes (a subheading over its body, GUIDE rule 6), else with the one
 * most versions carry. */
static guint
choose_group (NdStatementGrouper *self,
              guint              *roots,
              const guint        *sizes,
              guint               fragment,
              GArray             *partners)
{
  const Quote *quote = g_ptr_array_index (self->quotes, fragment);
  guint best = G_MAXUINT;
  gboolean best_own = FALSE;

  for (guint i = 0; i < partners->len; i++)
    {
      guint partner = g_array_index (partners, guint, i);
      guint root = find_in (roots, partner);
      const Quote *other = g_ptr_array_index (self->quotes, partner);
      gboolean own = other->article == quote->article;

      if (best == G_MAXUINT || (own && !best_own) ||
          (own == best_own && sizes[root] > sizes[find_in (roots, best)]))
        {
          best = partner;
          best_own = own;
        }
    }

  return best;
}

/* Whether the groups of @a and @b (two groups) hold quotations of one article: that article
 * then quotes them apart, as two utterances. Two groups of different articles may be one
 * utterance in two wordings (two translations of one speech) that a fragment of both
 * rightly joins. */
static gboolean
groups_share_article (NdStatementGrouper *self,
                      guint              *roots,
                      guint               a,
                      guint               b)
{
  g_autoptr(GHashTable) articles = g_hash_table_new (NULL, NULL);
  guint root_a = find_in (roots, a);
  guint root_b = find_in (roots, b);

  if (root_a == root_b)
    return FALSE;

  for (guint i = 0; i < self->quotes->len; i++)
    if (find_in (roots, i) == root_a)
      g_hash_table_add (articles, ((Quote *)g_ptr_array_index (self->quotes, i))->article);

  for (guint i = 0; i < self->quotes->len; i++)
    if (find_in (roots, i) == root_b &&
        g_hash_table_contains (articles, ((Quote *)g_ptr_array_index (self->quotes, i))->article))
      return TRUE;

  return FALSE;
}

/* Makes the groups again, in @roots, from the pairs found: without those that join an inner
 * utterance to the rest of its group, and without a fragment joining groups that one
 * article quotes apart. */
static void
regroup (NdStatementGrouper *self,
         guint              *roots)
{
  g_autofree guint *sizes = g_new (guint, MAX (self->quotes->len, 1));
  g_autoptr(GHashTable) fragments = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify)g_array_unref);
  g_autoptr(GList) keys = NULL;

  for (guint i = 0; i < self->quotes->len; i++)
    {
      roots[i] = i;
      sizes[i] = 1;
    }

  for (guint i = 0; i < self->links->len; i++)
    {
      const Link *link = &g_array_index (self->links, Link, i);
      const Quote *a = g_ptr_array_index (self->quotes, link->a);
      const Quote *b = g_ptr_array_index (self->quotes, link->b);
      GArray *partners;
      guint partner;

      if (a->inner != b->inner)
        continue;
      if (link->fragment == 0)
        {
          unite (roots, sizes, link->a, link->b);
          continue;
        }

      partners = g_hash_table_lookup (fragments, GUINT_TO_POINTER (link->fragment));
      if (partners == NULL)
        {
          partners = g_array_new (FALSE, FALSE, sizeof (guint));
          g_hash_table_insert (fragments, GUINT_TO_POINTER (link->fragment), partners);
        }
      partner = link->fragment - 1 == link->a ? link->b : link->a;
      g_array_append_val (partners, partner);
    }

  /* In the order the fragments came, so that the groups do not depend on a hash order. */
  keys = g_list_sort (g_hash_table_get_keys (fragments), compare_indices);
  for (GList *l = keys; l != NULL; l = l->next)
    {
      guint fragment = GPOINTER_TO_UINT (l->data) - 1;
      GArray *partners = g_hash_table_lookup (fragments, l->data);

      unite (roots, sizes, fragment, choose_group (self, roots, sizes, fragment, partners));
      for (guint i = 0; i < partners->len; i++)
        {
          guint partner = g_array_index (partners, guint, i);

          if (!groups_share_article (self, roots, fragment, partner))
            unite (roots, sizes, fragment, partner);
        }
    }

  for (guint i = 0; i < self->quotes->len; i++)
    roots[i] = find_in (roots, i);
}

/**
 * nd_statement_grouper_dup_statements:
 * @self: a grouper
 *
 * The statements of the articles added so far, one for each group of quotations (a
 * quotation no other article carries is a statement of one version). Speakers that differ
 * come first, then statements by how many outlets carry them.
 *
 * Returns: (transfer full) (element-type NdStatement): the statements
 */
GPtrArray *
nd_statement_grouper_dup_statements (NdStatementGrouper *self)
{
  g_autoptr(GHashTable) groups = NULL;
  g_autofree guint *roots = NULL;
  GPtrArray *statements = g_ptr_array_new_with_free_func (g_object_unref);
  GHashTableIter iter;
  gpointer members;

  g_return_val_if_fail (ND_IS_STATEMENT_GROUPER (self), NULL);

  roots = g_new (guint, MAX (self->quotes->len, 1));
  for (guint i = 0; i < self->quotes->len; i++)
    roots[i] = find_root (self, i);
  groups = collect_groups (self, roots);
  mark_inner_utterances (groups);
  g_clear_pointer (&groups, g_hash_table_unref);
  regroup (self, roots);
  groups = collect_groups (self, roots);

  g_hash_table_iter_init (&iter, groups);
  while (g_hash_table_iter_next (&iter, NULL, &members))
    g_ptr_array_add (statements, make_statement (self, members));

  g_ptr_array_sort (statements, compare_statements);

  return statements;
}

/**
 * nd_statement_group_in_thread:
 * @task: the task, whose data is a #GPtrArray of #NdArticle
 *
 * A #GTaskThreadFunc for g_task_run_in_thread(): groups the quotations of the task's
 * articles, stopping early if @cancellable is cancelled, and returns the statements as
 * nd_statement_grouper_dup_statements() gives them. The articles are the task's own
 * references, so the list they came from may change meanwhile.
 */
void
nd_statement_group_in_thread (GTask        *task,
                              gpointer      source_object,
                              gpointer      task_data,
                              GCancellable *cancellable)
{
  GPtrArray *articles = task_data;
  g_autoptr(NdStatementGrouper) grouper = nd_statement_grouper_new ();

  for (guint i = 0; i < articles->len; i++)
    {
      if (g_task_return_error_if_cancelled (task))
        return;
      nd_statement_grouper_add_article (grouper, g_ptr_array_index (articles, i), NULL);
    }

  g_task_return_pointer (task, nd_statement_grouper_dup_statements (grouper),
                         (GDestroyNotify)g_ptr_array_unref);
}

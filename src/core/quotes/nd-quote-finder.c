/* nd-quote-finder.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Finding quotations. The body is read once, paragraph by paragraph (a paragraph ends at
 * a line break), as an array of characters, so that offsets are character offsets.
 *
 * Marks come in two families, double (" “ ” „ « ») and single (' ‘ ’ ‚ ‹ ›); any closing
 * mark of a family closes any opening mark of the same family, so that a quotation opened
 * with “ and closed with " (it happens) is still found. „ and ‚ are closed by “ and ‘ as
 * in German. The ambiguous marks (" ' ’ and the guillemets, which also run »like this«)
 * open when they follow a space or an opening bracket and precede a non-space, and close
 * when they follow a non-space and precede a space or punctuation.
 *
 * ’ and ' between two letters (we’re, the company’s) or before two digits (’90s) are
 * apostrophes. A ’ after an "s" and before a lower-case word (the boats’ crews) is a
 * plural possessive rather than the end of a single-quoted quotation when a later mark in
 * the paragraph could close it instead.
 *
 * Quotations nest: the marks of the other family inside a quotation open and close an
 * inner one, which stays part of the outer quotation's text; only the outermost ones are
 * reported. A quotation still open at the end of its paragraph goes on when the next
 * paragraph starts with an opening mark of its family (each paragraph reopens, only the
 * last closes); otherwise its opening mark was not one, and the paragraph is read again
 * from just after it. An opening mark of the open family right after the end of a
 * sentence inside the quotation ("... a firm protest. "We have ...) reopens it: a
 * paragraph break was lost, and the first part ends before the space.
 *
 * A quotation must hold a letter or a digit: "" and “ … ” are not quotations. A title
 * that nobody is said to say ("Space Oddity", "Man of the Woods,": see is_title_case()
 * in nd-quote-speaker-rules.c) or a single word in marks ("pandemonium", she was
 * “encouraged”), unless it is someone's whole answer ("“No,” Abe said") is reported with
 * its title flag set: what is in marks, but not a quotation.
 *
 * Who said each quotation is worked out afterwards, in nd-quote-speaker.c. */

#define G_LOG_DOMAIN "nd-quote-finder"

#include "config.h"

#include "quotes/nd-quote-finder-private.h"
#include "quotes/nd-quote-speaker-private.h"
#include "util/nd-chars.h"
#include "util/nd-utf8-private.h"

/* Deeper nesting than this is not writing but noise; the extra marks are ignored. */
#define MAX_DEPTH 16
/* How often one paragraph may be read again after an opening mark turned out not to be
 * one; bounds the work on pathological input to a few passes. */
#define MAX_RESCANS 4

typedef enum
{
  FAMILY_NONE,
  FAMILY_DOUBLE,
  FAMILY_SINGLE,
} Family;

typedef struct
{
  Family   family;
  gunichar mark;
  guint    start;
} OpenMark;

/* A quotation being read: its pieces, one per paragraph. */
typedef struct
{
  guint   open;
  GArray *pieces;
} Pending;

typedef struct
{
  guint start;
  guint end;
} Piece;

typedef struct
{
  const gunichar *chars;
  guint           n_chars;
  GArray         *spans;
  GPtrArray      *texts;
  OpenMark        stack[MAX_DEPTH];
  guint           depth;
  Pending         pending;
} Finder;

G_DEFINE_BOXED_TYPE (NdQuotation, nd_quotation, nd_quotation_copy, nd_quotation_free)

NdQuotation *
nd_quotation_new (guint       start,
                  guint       end,
                  const char *text,
                  const char *speaker)
{
  NdQuotation *self = g_new0 (NdQuotation, 1);

  self->start = start;
  self->end = end;
  self->text = g_strdup (text);
  self->speaker = g_strdup (speaker);

  return self;
}

NdQuotation *
nd_quotation_copy (const NdQuotation *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  NdQuotation *copy = nd_quotation_new (self->start, self->end, self->text, self->speaker);

  copy->title = self->title;

  return copy;
}

void
nd_quotation_free (NdQuotation *self)
{
  if (self == NULL)
    return;

  g_free (self->text);
  g_free (self->speaker);
  g_free (self);
}

static Family
family_of (gunichar c)
{
  switch (c)
    {
    case '"':
    case 0x201C: /* “ */
    case 0x201D: /* ” */
    case 0x201E: /* „ */
    case 0x201F: /* ‟ */
    case 0x00AB: /* « */
    case 0x00BB: /* » */
      return FAMILY_DOUBLE;

    case '\'':
    case 0x2018: /* ‘ */
    case 0x2019: /* ’ */
    case 0x201A: /* ‚ */
    case 0x201B: /* ‛ */
    case 0x2039: /* ‹ */
    case 0x203A: /* › */
      return FAMILY_SINGLE;

    default:
      return FAMILY_NONE;
    }
}

static gboolean
is_opening_context (gunichar before)
{
  switch (before)
    {
    case '(':
    case '[':
    case '{':
    case '<':
    case '/':
    case '-':
    case 0x2013: /* – */
    case 0x2014: /* — */
      return TRUE;

    default:
      return nd_char_is_space_or_nul (before) || family_of (before) != FAMILY_NONE;
    }
}

static gboolean
is_closing_context (gunichar after)
{
  switch (after)
    {
    case '.':
    case ',':
    case ';':
    case ':':
    case '!':
    case '?':
    case ')':
    case ']':
    case '}':
    case '>':
    case '/':
    case '-':
    case 0x2013: /* – */
    case 0x2014: /* — */
    case 0x2026: /* … */
      return TRUE;

    default:
      return nd_char_is_space_or_nul (after) || family_of (after) != FAMILY_NONE;
    }
}

/* The character at @i, or 0 outside [from, to). */
static gunichar
char_at (const Finder *self,
         gint64        i,
         guint         from,
         guint         to)
{
  if (i < (gint64)from || i >= (gint64)to)
    return 0;
  return self->chars[i];
}

/* ’70s, '90s: an apostrophe standing for the century. */
static gboolean
starts_decade (const Finder *self,
               guint         i,
               guint         to)
{
  gunichar third = char_at (self, i + 3, 0, to);

  return g_unichar_isdigit (char_at (self, i + 1, 0, to)) &&
         g_unichar_isdigit (char_at (self, i + 2, 0, to)) &&
         (third == 's' || !nd_char_is_alnum (third));
}

static gboolean
is_apostrophe (const Finder *self,
               guint         i,
               guint         from,
               guint         to)
{
  gunichar c = self->chars[i];
  gunichar before = char_at (self, (gint64)i - 1, from, to);
  gunichar after = char_at (self, i + 1, from, to);

  if (c != '\'' && c != 0x2019 && c != 0x2018)
    return FALSE;

  if (nd_char_is_alnum (before) && nd_char_is_alnum (after))
    return TRUE;

  /* rock ’n’ roll */
  if ((after == 'n' && family_of (char_at (self, i + 2, from, to)) == FAMILY_SINGLE) ||
      (before == 'n' && family_of (char_at (self, (gint64)i - 2, from, to)) == FAMILY_SINGLE))
    return TRUE;

  return !nd_char_is_alnum (before) && starts_decade (self, i, to);
}

static gboolean
can_open (const Finder *self,
          guint         i,
          guint         from,
          guint         to)
{
  gunichar c = self->chars[i];
  gunichar before = char_at (self, (gint64)i - 1, from, to);
  gunichar after = char_at (self, i + 1, from, to);

  if (nd_char_is_space_or_nul (after))
    return FALSE;

  switch (c)
    {
    case 0x201C: /* “ */
    case 0x201E: /* „ */
    case 0x201F: /* ‟ */
    case 0x2018: /* ‘ */
    case 0x201A: /* ‚ */
    case 0x201B: /* ‛ */
      return TRUE;

    case 0x201D: /* ” opens only in the Swedish and Finnish style, ”like this” */
      return is_opening_context (before) && self->depth == 0;

    case 0x2019: /* ’ before a word is an apostrophe: ’tis, ’em */
      return FALSE;

    default:
      /* "...the same time and place."My thinking is ...": a lost space after a sentence;
       * with no quotation open, a mark between its end and a capital opens the next. */
      return is_opening_context (before) ||
             (self->depth == 0 && nd_char_is_sentence_end (before) && nd_char_is_capital (after));
    }
}

static gboolean
can_close (const Finder *self,
           guint         i,
           guint         from,
           guint         to)
{
  gunichar c = self->chars[i];
  gunichar before = char_at (self, (gint64)i - 1, from, to);
  gunichar after = char_at (self, i + 1, from, to);

  switch (c)
    {
    case 0x201D: /* ” */
      return TRUE;

    case 0x00BB: /* » and › also open, »like this« */
    case 0x203A:
      return !nd_char_is_space_or_nul (before) || !is_opening_context (before);

    case 0x201C: /* “ closes „ */
      return self->depth > 0 && self->stack[self->depth - 1].mark == 0x201E;

    case 0x2018: /* ‘ closes ‚ */
      return self->depth > 0 && self->stack[self->depth - 1].mark == 0x201A;

    default:
      return !nd_char_is_space_or_nul (before) && is_closing_context (after);
    }
}

/* The innermost open mark of @family, or -1. */
static gint
find_open (const Finder *self,
           Family        family)
{
  for (gint i = (gint)self->depth - 1; i >= 0; i--)
    if (self->stack[i].family == family)
      return i;

  return -1;
}

/* The first mark after @i in [from, to) that could close a single-quoted quotation, or
 * @to. */
static guint
find_later_single_close (Finder *self,
                         guint   i,
                         guint   from,
                         guint   to)
{
  for (guint j = i + 1; j < to; j++)
    if (family_of (self->chars[j]) == FAMILY_SINGLE &&
        !is_apostrophe (self, j, from, to) && can_close (self, j, from, to))
      return j;

  return to;
}

/* @next_close caches the last look-ahead, so that a paragraph full of possessives is
 * still read in linear time. */
static gboolean
is_plural_possessive (Finder *self,
                      guint   i,
                      guint   from,
                      guint   to,
                      guint  *next_close)
{
  gunichar c = self->chars[i];

  if (c != 0x2019 && c != '\'')
    return FALSE;
  if (char_at (self, (gint64)i - 1, from, to) != 's' ||
      char_at (self, i + 1, from, to) != ' ' ||
      !g_unichar_islower (char_at (self, i + 2, from, to)))
    return FALSE;

  if (*next_close <= i)
    *next_close = find_later_single_close (self, i, from, to);

  return *next_close < to;
}

static gboolean
holds_word (const Finder *self,
            GArray       *pieces)
{
  for (guint p = 0; p < pieces->len; p++)
    {
      const Piece *piece = &g_array_index (pieces, Piece, p);

      for (guint i = piece->start; i < piece->end; i++)
        if (nd_char_is_alnum (self->chars[i]))
          return TRUE;
    }

  return FALSE;
}

static void
emit (Finder *self,
      guint   close)
{
  GArray *pieces = self->pending.pieces;
  const Piece *first = &g_array_index (pieces, Piece, 0);
  const Piece *last = &g_array_index (pieces, Piece, pieces->len - 1);
  NdQuoteSpan span = { self->pending.open, first->start, last->end, close };
  GString *text;

  if (!holds_word (self, pieces))
    return;

  text = g_string_sized_new (last->end - first->start + 8);
  for (guint p = 0; p < pieces->len; p++)
    {
      const Piece *piece = &g_array_index (pieces, Piece, p);

      if (p > 0)
        g_string_append_c (text, '\n');
      for (guint i = piece->start; i < piece->end; i++)
        g_string_append_unichar (text, self->chars[i]);
    }

  g_array_append_val (self->spans, span);
  g_ptr_array_add (self->texts, g_string_free (text, FALSE));
}

static void
begin_pending (Finder *self,
               guint   open)
{
  Piece piece = { open + 1, open + 1 };

  self->pending.open = open;
  g_array_set_size (self->pending.pieces, 0);
  g_array_append_val (self->pending.pieces, piece);
}

static void
push (Finder   *self,
      gunichar  mark,
      guint     i)
{
  if (self->depth == MAX_DEPTH)
    return;

  if (self->depth == 0)
    begin_pending (self, i);

  self->stack[self->depth].family = family_of (mark);
  self->stack[self->depth].mark = mark;
  self->stack[self->depth].start = i + 1;
  self->depth++;
}

static void
end_piece (Finder *self,
           guint   end)
{
  Piece *piece = &g_array_index (self->pending.pieces, Piece, self->pending.pieces->len - 1);

  piece->end = MAX (end, piece->start);
}

/* The last non-space character before @i is the end of a sentence. */
static gboolean
follows_sentence_end (const Finder *self,
                      guint         i,
                      guint         from,
                      guint        *end)
{
  guint j = i;

  while (j > from && nd_char_is_space_or_nul (self->chars[j - 1]))
    j--;

  *end = j;
  return j > from && nd_char_is_sentence_end (self->chars[j - 1]);
}

/* Reads the marks of [from, to), a paragraph or the rest of one. Returns the index after
 * the opening mark that turned out not to be one, or 0 when the paragraph ended well. */
static guint
scan_marks (Finder *self,
            guint   from,
            guint   to)
{
  guint next_close = from;

  for (guint i = from; i < to; i++)
    {
      gunichar c = self->chars[i];
      Family family = family_of (c);
      gint open;
      guint sentence_end;

      if (family == FAMILY_NONE || is_apostrophe (self, i, from, to))
        continue;

      open = find_open (self, family);
      if (open >= 0 && can_close (self, i, from, to))
        {
          if (family == FAMILY_SINGLE && is_plural_possessive (self, i, from, to, &next_close))
            continue;

          self->depth = open;
          if (open == 0)
            {
              end_piece (self, i);
              emit (self, i + 1);
            }
          continue;
        }

      if (!can_open (self, i, from, to))
        continue;

      if (open == 0 && self->depth == 1 && follows_sentence_end (self, i, from, &sentence_end))
        {
          end_piece (self, sentence_end);
          emit (self, sentence_end);
          self->depth = 0;
          push (self, c, i);
        }
      else if (open < 0 || (c != '"' && c != '\''))
        push (self, c, i);
    }

  if (self->depth == 0)
    return 0;

  /* A quotation reopened at the start of this paragraph is read again from just after
   * the reopening mark. */
  return g_array_index (self->pending.pieces, Piece, self->pending.pieces->len - 1).start;
}

static guint
skip_spaces (const Finder *self,
             guint         i)
{
  while (i < self->n_chars && self->chars[i] != '\n' && nd_char_is_space_or_nul (self->chars[i]))
    i++;

  return i;
}

/* The paragraph starting at @from ends at the next line break. */
static guint
paragraph_end (const Finder *self,
               guint         from)
{
  guint i = from;

  while (i < self->n_chars && self->chars[i] != '\n')
    i++;

  return i;
}

/* The next paragraph with something in it, or n_chars. */
static guint
next_paragraph (const Finder *self,
                guint         end)
{
  guint i = end;

  while (i < self->n_chars && nd_char_is_space_or_nul (self->chars[i]))
    i++;

  return i;
}

/* Whether the paragraph at @next reopens the quotation open at the end of the one
 * before. */
static gboolean
reopens (Finder *self,
         guint   next)
{
  guint end;
  guint i;

  if (next >= self->n_chars)
    return FALSE;

  end = paragraph_end (self, next);
  i = skip_spaces (self, next);
  return i < end && family_of (self->chars[i]) == self->stack[0].family &&
         !is_apostrophe (self, i, next, end) && can_open (self, i, next, end);
}

/* Whether the double-quoted quotation open at the end of a paragraph goes on, without a
 * reopening mark, into the short paragraphs from @next: a post or a tweet cut into
 * paragraphs ("...the deal is done. / We won!” Ann Lee wrote"). The first of
 * them opens with a capital, and the first mark of the family in them closes. */
static gboolean
continues_unmarked (Finder *self,
                    guint   next)
{
  if (self->stack[0].family != FAMILY_DOUBLE)
    return FALSE;

  for (guint paragraphs = 0; paragraphs < 4 && next < self->n_chars; paragraphs++)
    {
      guint end = paragraph_end (self, next);
      guint i = skip_spaces (self, next);

      if (end - next > 400 || i >= end ||
          (paragraphs == 0 && !nd_char_is_capital (self->chars[i])))
        return FALSE;
      for (guint k = i; k < end; k++)
        {
          if (family_of (self->chars[k]) != FAMILY_DOUBLE)
            continue;
          if (can_open (self, k, next, end))
            return FALSE;
          return can_close (self, k, next, end);
        }
      next = next_paragraph (self, end);
    }

  return FALSE;
}

/* Where the words of the quotation open at the end of a paragraph go on in the paragraph
 * at @next: after its reopening mark, or at its start when it goes on unmarked; G_MAXUINT
 * when the quotation does not go on. */
static guint
words_going_on_at (Finder *self,
                   guint   next)
{
  if (reopens (self, next))
    return skip_spaces (self, next) + 1;
  if (continues_unmarked (self, next))
    return skip_spaces (self, next);

  return G_MAXUINT;
}

/* Ends the quotation's piece in the paragraph @from..@end, blanks trimmed, and opens its
 * next piece at @first, in the paragraph after. */
static void
carry_into_paragraph (Finder *self,
                      guint   from,
                      guint   end,
                      guint   first)
{
  Piece piece = { first, first };
  guint trimmed = end;

  while (trimmed > from && nd_char_is_space_or_nul (self->chars[trimmed - 1]))
    trimmed--;
  end_piece (self, trimmed);
  g_array_append_val (self->pending.pieces, piece);
  self->depth = 1;
}

static void
scan_paragraphs (Finder *self)
{
  guint from = 0;

  while (from < self->n_chars)
    {
      guint end = paragraph_end (self, from);
      guint scan_from = from;
      guint rescans = 0;
      guint failed;

      while ((failed = scan_marks (self, scan_from, end)) != 0)
        {
          guint next = next_paragraph (self, end);
          guint first = words_going_on_at (self, next);

          if (first != G_MAXUINT)
            {
              carry_into_paragraph (self, from, end, first);
              from = next;
              end = paragraph_end (self, from);
              scan_from = first;
              continue;
            }

          /* Not a quotation after all: read on from just after the false opening mark,
           * within this paragraph. */
          self->depth = 0;
          if (++rescans > MAX_RESCANS)
            break;
          scan_from = failed;
        }

      self->depth = 0;
      from = end + 1;
    }
}

/**
 * nd_quote_finder_find:
 * @body: an article's body, in UTF-8 (invalid bytes count as U+FFFD)
 *
 * Finds every direct quotation in @body and, where the article says, who said it.
 *
 * Returns: (transfer full) (element-type NdQuotation): the quotations in body order
 */
GPtrArray *
nd_quote_finder_find (const char *body)
{
  GPtrArray *quotations = g_ptr_array_new_with_free_func ((GDestroyNotify)nd_quotation_free);
  g_autofree gunichar *chars = NULL;
  g_autoptr(GPtrArray) texts = NULL;
  g_autoptr(GArray) spans = NULL;
  g_autoptr(GPtrArray) speakers = NULL;
  g_autofree gboolean *titles = NULL;
  glong n_chars = 0;
  Finder finder = { 0 };

  g_return_val_if_fail (body != NULL, quotations);

  chars = _nd_utf8_to_chars (body, &n_chars);
  spans = g_array_new (FALSE, FALSE, sizeof (NdQuoteSpan));
  texts = g_ptr_array_new_with_free_func (g_free);

  finder.chars = chars;
  finder.n_chars = (guint)n_chars;
  finder.spans = spans;
  finder.texts = texts;
  finder.pending.pieces = g_array_new (FALSE, FALSE, sizeof (Piece));

  scan_paragraphs (&finder);
  g_array_unref (finder.pending.pieces);

  if (spans->len == 0)
    return quotations;

  titles = g_new0 (gboolean, spans->len);
  speakers = _nd_quote_speaker_attribute (chars, (guint)n_chars,
                                          (const NdQuoteSpan *)spans->data, spans->len,
                                          titles);

  for (guint i = 0; i < spans->len; i++)
    {
      const NdQuoteSpan *span = &g_array_index (spans, NdQuoteSpan, i);
      NdQuotation *quotation = g_new0 (NdQuotation, 1);

      quotation->title = titles[i];

      quotation->start = span->start;
      quotation->end = span->end;
      quotation->text = g_steal_pointer (&texts->pdata[i]);
      quotation->speaker = g_steal_pointer (&speakers->pdata[i]);
      g_ptr_array_add (quotations, quotation);
    }

  return quotations;
}

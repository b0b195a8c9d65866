/* nd-fold.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Folding makes the words a reader types meet the words an article was written with:
 *
 *  - case is folded the Unicode way (g_utf8_casefold: "Straße" and "STRASSE" meet);
 *  - accents go: the text is decomposed (NFD) and combining marks are dropped, and the
 *    letters that do not decompose are spelled out: ø→o, ß→ss, æ→ae, œ→oe, ł→l, đ/ð→d,
 *    þ→th, ı→i;
 *  - curly and straight apostrophes (’ ‘ ′ ` ʼ) become ', and double quotes (“ ” „ ‟ « »)
 *    become ";
 *  - a hyphen (-, U+2010, U+2011, soft hyphen) between two letters or digits is dropped, so
 *    "co-operate" meets "cooperate"; a dash between words separates them.
 *
 * Indexing runs this over every character of every article (hundreds of megabytes), so
 * ASCII goes through tables (and SSE2, 16 bytes at a time, for runs of letters and of
 * separators), and other characters through a cache built 256 code points at a time on
 * first use: GLib's Unicode calls are far too slow to make per character. The cache
 * blocks are published with a compare-and-exchange, so any thread may fold. */

#define G_LOG_DOMAIN "nd-fold"

#include "config.h"

#include <string.h>

#include "search/nd-fold.h"
#include "search/nd-fold-private.h"

#define BLOCK_SHIFT 8
#define BLOCK_SIZE  (1 << BLOCK_SHIFT)
#define N_BLOCKS    (0x110000 >> BLOCK_SHIFT)

static FoldEntry *blocks[N_BLOCKS];

/* Letters that neither case folding nor canonical decomposition turns into ASCII. */
static const char *
spell_out (gunichar c)
{
  switch (c)
    {
    case 0x00D8: case 0x00F8:
      return "o";

    case 0x00C6: case 0x00E6:
      return "ae";

    case 0x0152: case 0x0153:
      return "oe";

    case 0x0141: case 0x0142:
      return "l";

    case 0x0110: case 0x0111: case 0x00D0: case 0x00F0:
      return "d";

    case 0x00DE: case 0x00FE:
      return "th";

    case 0x00DF: case 0x1E9E:
      return "ss";

    case 0x0131:
      return "i";

    default:
      return NULL;
    }
}

static guint8
classify (gunichar c)
{
  switch (c)
    {
    case '\'': case '`': case 0x2018: case 0x2019: case 0x2032: case 0x02BC:
      return CLASS_APOSTROPHE;

    case '-': case 0x2010: case 0x2011: case 0x00AD:
      return CLASS_HYPHEN;

    case '"': case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB:
      return CLASS_QUOTE;

    default:
      break;
    }

  if (c >= 0xD800 && c <= 0xDFFF)
    return CLASS_SEPARATOR;
  if (g_unichar_ismark (c))
    return CLASS_MARK;
  if (g_unichar_isalpha (c))
    return CLASS_LETTER;
  if (g_unichar_isdigit (c))
    return CLASS_DIGIT;

  return CLASS_SEPARATOR;
}

/* The slow, exact folding of one letter or digit: case fold, decompose, drop the marks. */
static void
fold_letter (gunichar  c,
             GString  *out)
{
  const char *spelled = spell_out (c);
  g_autofree char *folded = NULL;
  char utf8[8];
  int n;

  if (spelled != NULL)
    {
      g_string_append (out, spelled);
      return;
    }

  n = g_unichar_to_utf8 (c, utf8);
  folded = g_utf8_casefold (utf8, n);

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar decomposed[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
      gsize n_decomposed;

      n_decomposed = g_unichar_fully_decompose (g_utf8_get_char (p), FALSE, decomposed,
                                                G_N_ELEMENTS (decomposed));
      for (gsize i = 0; i < n_decomposed; i++)
        {
          if (g_unichar_ismark (decomposed[i]))
            continue;

          spelled = spell_out (decomposed[i]);
          if (spelled != NULL)
            g_string_append (out, spelled);
          else
            g_string_append_unichar (out, decomposed[i]);
        }
    }
}

static FoldEntry *
build_block (guint index)
{
  FoldEntry *block = g_new0 (FoldEntry, BLOCK_SIZE);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < BLOCK_SIZE; i++)
    {
      gunichar c = (index << BLOCK_SHIFT) | i;
      FoldEntry *entry = &block[i];

      entry->cls = classify (c);
      g_string_truncate (out, 0);

      switch (entry->cls)
        {
        case CLASS_LETTER:
        case CLASS_DIGIT:
          fold_letter (c, out);
          break;

        case CLASS_APOSTROPHE:
          g_string_append_c (out, '\'');
          break;

        case CLASS_QUOTE:
          g_string_append_c (out, '"');
          break;

        case CLASS_HYPHEN:
          /* A soft hyphen is invisible: it folds to nothing wherever it is. */
          if (c != 0x00AD)
            g_string_append_c (out, '-');
          break;

        case CLASS_MARK:
          break;

        default:
          if (c < 0xD800 || c > 0xDFFF)
            g_string_append_unichar (out, c);
          break;
        }

      if (out->len <= FOLD_INLINE_MAX)
        {
          memcpy (entry->out, out->str, out->len);
          entry->len = out->len;
        }
      else
        entry->len = FOLD_LONG;
    }

  if (!g_atomic_pointer_compare_and_exchange (&blocks[index], NULL, block))
    {
      g_free (block);
      block = g_atomic_pointer_get (&blocks[index]);
    }

  return block;
}

const FoldEntry *
_nd_fold_lookup (gunichar c)
{
  FoldEntry *block = g_atomic_pointer_get (&blocks[c >> BLOCK_SHIFT]);

  if (G_UNLIKELY (block == NULL))
    block = build_block (c >> BLOCK_SHIFT);

  return &block[c & (BLOCK_SIZE - 1)];
}

void
_nd_token_buffer_grow (TokenBuffer *buf,
                   gsize        extra)
{
  gsize cap = MAX (buf->cap * 2, buf->len + extra + TOKEN_PAD);

  if (buf->data == buf->stack)
    {
      buf->data = g_malloc (cap);
      memcpy (buf->data, buf->stack, buf->len);
    }
  else
    buf->data = g_realloc (buf->data, cap);

  buf->cap = cap;
}

void
_nd_fold_append (TokenBuffer     *buf,
             const FoldEntry *entry,
             gunichar         c)
{
  g_autoptr(GString) out = NULL;

  if (G_LIKELY (entry->len != FOLD_LONG))
    {
      token_buffer_append (buf, entry->out, entry->len);
      return;
    }

  out = g_string_new (NULL);
  fold_letter (c, out);
  token_buffer_append (buf, out->str, out->len);
}

/**
 * nd_fold_word:
 * @word: UTF-8 text
 * @len: its length in bytes, or -1 if it is NUL-terminated
 *
 * Folds @word the way nd_tokenize() folds each token: case folded, accents removed,
 * apostrophes and quotes made straight, hyphens between letters or digits dropped.
 * Everything else (spaces, punctuation, a dash between words) is kept, so this also folds
 * whole phrases and names for substring matching. Bytes that are not valid UTF-8 are
 * dropped.
 *
 * Returns: (transfer full): the folded text
 */
char *
nd_fold_word (const char *word,
              gssize      len)
{
  const guchar *p;
  const guchar *end;
  TokenBuffer buf;
  guint8 last = CLASS_SEPARATOR;

  g_return_val_if_fail (word != NULL || len == 0, NULL);

  if (len < 0)
    len = strlen (word);

  buf.data = buf.stack;
  buf.len = 0;
  buf.cap = sizeof buf.stack;

  p = (const guchar *)word;
  end = p + len;

  while (p < end)
    {
      const FoldEntry *entry = NULL;
      gunichar c = *p;
      gsize clen = 1;
      guint8 cls;

      if (c < 0x80)
        cls = ascii_class[c];
      else
        {
          clen = decode (p, end, &c);
          if (clen == 0)
            {
              p++;
              continue;
            }
          entry = _nd_fold_lookup (c);
          cls = entry->cls;
        }

      if (cls == CLASS_HYPHEN && is_alnum_class (last) && is_alnum_class (class_at (p + clen, end)))
        {
          p += clen;
          continue;
        }

      if (entry != NULL)
        _nd_fold_append (&buf, entry, c);
      else if (cls == CLASS_LETTER)
        token_buffer_append_c (&buf, (char)(c | 0x20));
      else if (cls == CLASS_APOSTROPHE)
        token_buffer_append_c (&buf, '\'');
      else
        token_buffer_append_c (&buf, (char)c);

      if (cls != CLASS_MARK)
        last = cls;
      p += clen;
    }

  if (buf.data == buf.stack)
    return g_strndup (buf.data, buf.len);

  buf.data[buf.len] = '\0';
  return buf.data;
}

/**
 * nd_tokenize:
 * @text: UTF-8 text
 * @len: its length in bytes, or -1 if it is NUL-terminated
 * @func: called with each token, in order
 * @user_data: passed to @func
 *
 * Splits @text into words and hands each to @func folded (see nd_fold_word()), with its
 * place in @text both in characters and in bytes.
 *
 * A word is a run of letters and digits. Combining marks continue a word. An apostrophe
 * between two letters stays inside it ("don’t" → "don't"); a hyphen between two letters
 * or digits joins the two sides ("co-operate" → "cooperate"). Anything else separates
 * words. A byte that is not valid UTF-8 separates words and counts as one character.
 */
void
nd_tokenize (const char  *text,
             gssize       len,
             NdTokenFunc  func,
             gpointer     user_data)
{
  nd_tokenize_inline (text, len, func, user_data);
}

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

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "nd-fold.h"

enum {
  CLASS_SEPARATOR,
  CLASS_LETTER,
  CLASS_DIGIT,
  CLASS_MARK,
  CLASS_APOSTROPHE,
  CLASS_HYPHEN,
  CLASS_QUOTE,
};

/* The folded form of one character, when it fits in out[]; FOLD_LONG otherwise (a few
 * ligatures and precomposed Greek letters), which is then folded on the spot. */
#define FOLD_INLINE_MAX 6
#define FOLD_LONG       0xff

typedef struct
{
  guint8 cls;
  guint8 len;
  char   out[FOLD_INLINE_MAX];
} FoldEntry;

#define BLOCK_SHIFT 8
#define BLOCK_SIZE  (1 << BLOCK_SHIFT)
#define N_BLOCKS    (0x110000 >> BLOCK_SHIFT)

static FoldEntry *blocks[N_BLOCKS];

static const guint8 ascii_class[128] = {
  ['0' ... '9'] = CLASS_DIGIT,
  ['A' ... 'Z'] = CLASS_LETTER,
  ['a' ... 'z'] = CLASS_LETTER,
  ['\''] = CLASS_APOSTROPHE,
  ['`'] = CLASS_APOSTROPHE,
  ['-'] = CLASS_HYPHEN,
  ['"'] = CLASS_QUOTE,
};

/* For every byte: its folded form when it is an ASCII letter or digit, else 0. Bytes of
 * multibyte characters are 0 too, so a scan for a run of ASCII word characters stops at
 * them without a separate test. */
static const guint8 ascii_word[256] = {
  ['0'] = '0', ['1'] = '1', ['2'] = '2', ['3'] = '3', ['4'] = '4',
  ['5'] = '5', ['6'] = '6', ['7'] = '7', ['8'] = '8', ['9'] = '9',
  ['A'] = 'a', ['B'] = 'b', ['C'] = 'c', ['D'] = 'd', ['E'] = 'e', ['F'] = 'f', ['G'] = 'g',
  ['H'] = 'h', ['I'] = 'i', ['J'] = 'j', ['K'] = 'k', ['L'] = 'l', ['M'] = 'm', ['N'] = 'n',
  ['O'] = 'o', ['P'] = 'p', ['Q'] = 'q', ['R'] = 'r', ['S'] = 's', ['T'] = 't', ['U'] = 'u',
  ['V'] = 'v', ['W'] = 'w', ['X'] = 'x', ['Y'] = 'y', ['Z'] = 'z',
  ['a'] = 'a', ['b'] = 'b', ['c'] = 'c', ['d'] = 'd', ['e'] = 'e', ['f'] = 'f', ['g'] = 'g',
  ['h'] = 'h', ['i'] = 'i', ['j'] = 'j', ['k'] = 'k', ['l'] = 'l', ['m'] = 'm', ['n'] = 'n',
  ['o'] = 'o', ['p'] = 'p', ['q'] = 'q', ['r'] = 'r', ['s'] = 's', ['t'] = 't', ['u'] = 'u',
  ['v'] = 'v', ['w'] = 'w', ['x'] = 'x', ['y'] = 'y', ['z'] = 'z',
};

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

static inline const FoldEntry *
lookup (gunichar c)
{
  FoldEntry *block = g_atomic_pointer_get (&blocks[c >> BLOCK_SHIFT]);

  if (G_UNLIKELY (block == NULL))
    block = build_block (c >> BLOCK_SHIFT);

  return &block[c & (BLOCK_SIZE - 1)];
}

/* Decodes the multibyte character at @p, or returns 0 for a byte that starts no valid
 * one (which then counts as a one-character separator): a broken byte must never make
 * us read past @end. */
static inline gsize
decode (const guchar *p,
        const guchar *end,
        gunichar     *out)
{
  guchar b = p[0];
  gunichar c;

  if (b < 0xC2)
    return 0;

  if (b < 0xE0)
    {
      if (end - p < 2 || (p[1] & 0xC0) != 0x80)
        return 0;
      *out = ((b & 0x1F) << 6) | (p[1] & 0x3F);
      return 2;
    }

  if (b < 0xF0)
    {
      if (end - p < 3 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80)
        return 0;
      c = ((b & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
      if (c < 0x800 || (c >= 0xD800 && c <= 0xDFFF))
        return 0;
      *out = c;
      return 3;
    }

  if (b < 0xF5)
    {
      if (end - p < 4 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80 ||
          (p[3] & 0xC0) != 0x80)
        return 0;
      c = ((b & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
      if (c < 0x10000 || c > 0x10FFFF)
        return 0;
      *out = c;
      return 4;
    }

  return 0;
}

/* The class of the character at @p (a separator at the end or on a broken byte). */
static inline guint8
class_at (const guchar *p,
          const guchar *end)
{
  gunichar c;

  if (p >= end)
    return CLASS_SEPARATOR;
  if (*p < 0x80)
    return ascii_class[*p];
  if (decode (p, end, &c) == 0)
    return CLASS_SEPARATOR;

  return lookup (c)->cls;
}

static inline gboolean
is_alnum_class (guint8 cls)
{
  return cls == CLASS_LETTER || cls == CLASS_DIGIT;
}

/* A token's folded text: on the stack for any sensible word, on the heap for the rest.
 * TOKEN_PAD bytes past the text can always be read (see NdToken). */
#define TOKEN_PAD 8

typedef struct
{
  char  *data;
  gsize  len;
  gsize  cap;
  char   stack[256];
} TokenBuffer;

static void
token_buffer_grow (TokenBuffer *buf,
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

static inline void
token_buffer_append (TokenBuffer *buf,
                     const char  *bytes,
                     gsize        n)
{
  if (G_UNLIKELY (buf->len + n + TOKEN_PAD > buf->cap))
    token_buffer_grow (buf, n);
  memcpy (buf->data + buf->len, bytes, n);
  buf->len += n;
}

static inline void
token_buffer_append_c (TokenBuffer *buf,
                       char         c)
{
  if (G_UNLIKELY (buf->len + 1 + TOKEN_PAD > buf->cap))
    token_buffer_grow (buf, 1);
  buf->data[buf->len++] = c;
}

static inline void
emit_token (TokenBuffer *buf,
            NdToken     *token,
            NdTokenFunc  func,
            gpointer     user_data)
{
  /* Not even a NUL goes after the text: a load of its first eight bytes right after this
   * would then span two stores, and wait for both to reach the cache. */
  token->text = buf->data;
  token->len = buf->len;
  func (token, user_data);
}

static void
append_fold (TokenBuffer     *buf,
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

#ifdef __SSE2__
/* Sixteen bytes at a time (SSE2 is in every x86-64): bit i of the masks tells whether
 * p[i] is an ASCII letter or digit, and whether it is anything but an ASCII separator.
 * Most of the text is runs of these, and a branch per byte to find where each run ends
 * mispredicts at almost every word. */
static inline guint
word_mask16 (__m128i v)
{
  __m128i lower = _mm_or_si128 (v, _mm_set1_epi8 (0x20));
  __m128i letter = _mm_and_si128 (_mm_cmpgt_epi8 (lower, _mm_set1_epi8 ('a' - 1)),
                                  _mm_cmplt_epi8 (lower, _mm_set1_epi8 ('z' + 1)));
  __m128i digit = _mm_and_si128 (_mm_cmpgt_epi8 (v, _mm_set1_epi8 ('0' - 1)),
                                 _mm_cmplt_epi8 (v, _mm_set1_epi8 ('9' + 1)));

  return _mm_movemask_epi8 (_mm_or_si128 (letter, digit));
}

static inline guint
special_mask16 (__m128i v)
{
  __m128i quotes = _mm_or_si128 (_mm_cmpeq_epi8 (v, _mm_set1_epi8 ('\'')),
                                 _mm_cmpeq_epi8 (v, _mm_set1_epi8 ('`')));
  __m128i dashes = _mm_or_si128 (_mm_cmpeq_epi8 (v, _mm_set1_epi8 ('-')),
                                 _mm_cmpeq_epi8 (v, _mm_set1_epi8 ('"')));
  __m128i joiner = _mm_or_si128 (quotes, dashes);

  /* The sign bit is set for the bytes of multibyte characters. */
  return word_mask16 (v) | _mm_movemask_epi8 (joiner) | _mm_movemask_epi8 (v);
}

/* Stores the 16 bytes @v at @dest with ASCII capitals made small. */
static inline void
store_lower16 (char    *dest,
               __m128i  v)
{
  __m128i upper = _mm_and_si128 (_mm_cmpgt_epi8 (v, _mm_set1_epi8 ('A' - 1)),
                                 _mm_cmplt_epi8 (v, _mm_set1_epi8 ('Z' + 1)));

  _mm_storeu_si128 ((__m128i *)dest,
                    _mm_add_epi8 (v, _mm_and_si128 (upper, _mm_set1_epi8 (0x20))));
}
#endif

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
          entry = lookup (c);
          cls = entry->cls;
        }

      if (cls == CLASS_HYPHEN && is_alnum_class (last) && is_alnum_class (class_at (p + clen, end)))
        {
          p += clen;
          continue;
        }

      if (entry != NULL)
        append_fold (&buf, entry, c);
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
  const guchar *start = (const guchar *)text;
  const guchar *end;
  const guchar *p;
  TokenBuffer buf;
  NdToken token = { 0 };
  gboolean in_token = FALSE;
  guint8 last = CLASS_SEPARATOR;
  guint n_chars = 0;

  g_return_if_fail (text != NULL || len == 0);
  g_return_if_fail (func != NULL);

  if (len < 0)
    len = strlen (text);

  buf.data = buf.stack;
  buf.len = 0;
  buf.cap = sizeof buf.stack;

  end = start + len;
  p = start;

  while (p < end)
    {
      const FoldEntry *entry = NULL;
      gunichar c = *p;
      gsize clen = 1;
      guint8 cls;

      if (c < 0x80)
        {
          cls = ascii_class[c];

          /* The common case, a run of ASCII letters and digits: found, and copied
           * folded, 16 bytes at a time where SSE2 is there, then byte by byte. */
          if (cls == CLASS_LETTER || cls == CLASS_DIGIT)
            {
              const guchar *segment = p;
              const guchar *run = p;
              gsize n;

              if (!in_token)
                {
                  in_token = TRUE;
                  buf.len = 0;
                  token.byte_start = p - start;
                  token.start = n_chars;
                }

#ifdef __SSE2__
              while (end - p >= 16)
                {
                  __m128i v = _mm_loadu_si128 ((const __m128i *)p);
                  guint stop = ~word_mask16 (v) & 0xFFFF;

                  if (G_UNLIKELY (buf.len + 16 + TOKEN_PAD > buf.cap))
                    token_buffer_grow (&buf, 16);
                  /* All 16 are stored; only the run counts. */
                  store_lower16 (buf.data + buf.len, v);
                  /* Where the run ends is known: no byte-by-byte look at it. */
                  if (stop != 0)
                    {
                      buf.len += __builtin_ctz (stop);
                      p += __builtin_ctz (stop);
                      goto run_done;
                    }
                  buf.len += 16;
                  p += 16;
                }
              run = p;
#endif
              while (p < end && ascii_word[*p] != 0)
                p++;
              n = p - run;

              if (G_UNLIKELY (buf.len + n + TOKEN_PAD > buf.cap))
                token_buffer_grow (&buf, n);
              for (gsize i = 0; i < n; i++)
                buf.data[buf.len + i] = (char)ascii_word[run[i]];
              buf.len += n;

#ifdef __SSE2__
            run_done:
#endif
              last = ascii_class[p[-1]];
              n_chars += p - segment;
              token.byte_end = p - start;
              token.end = n_chars;
              continue;
            }

          /* A run of ASCII separators: any word ends here. */
          if (cls == CLASS_SEPARATOR)
            {
              const guchar *separators;

              if (in_token)
                {
                  emit_token (&buf, &token, func, user_data);
                  in_token = FALSE;
                }
              last = CLASS_SEPARATOR;
              separators = p;
              p++;
#ifdef __SSE2__
              while (end - p >= 16)
                {
                  guint stop = special_mask16 (_mm_loadu_si128 ((const __m128i *)p));

                  if (stop != 0)
                    {
                      p += __builtin_ctz (stop);
                      goto separators_done;
                    }
                  p += 16;
                }
#endif
              while (p < end && *p < 0x80 && ascii_class[*p] == CLASS_SEPARATOR)
                p++;
#ifdef __SSE2__
            separators_done:
#endif
              n_chars += p - separators;
              continue;
            }
        }
      else
        {
          clen = decode (p, end, &c);
          if (clen == 0)
            {
              cls = CLASS_SEPARATOR;
              clen = 1;
            }
          else
            {
              entry = lookup (c);
              cls = entry->cls;
            }
        }

      switch (cls)
        {
        case CLASS_LETTER:
        case CLASS_DIGIT:
          if (!in_token)
            {
              in_token = TRUE;
              buf.len = 0;
              token.byte_start = p - start;
              token.start = n_chars;
            }
          append_fold (&buf, entry, c);
          last = cls;
          p += clen;
          n_chars++;
          token.byte_end = p - start;
          token.end = n_chars;
          continue;

        case CLASS_MARK:
          p += clen;
          n_chars++;
          if (in_token)
            {
              token.byte_end = p - start;
              token.end = n_chars;
            }
          continue;

        case CLASS_APOSTROPHE:
          if (in_token && last == CLASS_LETTER && class_at (p + clen, end) == CLASS_LETTER)
            {
              token_buffer_append_c (&buf, '\'');
              p += clen;
              n_chars++;
              continue;
            }
          break;

        case CLASS_HYPHEN:
          if (in_token && is_alnum_class (class_at (p + clen, end)))
            {
              p += clen;
              n_chars++;
              continue;
            }
          break;

        default:
          break;
        }

      /* A separator. */
      if (in_token)
        {
          emit_token (&buf, &token, func, user_data);
          in_token = FALSE;
        }
      last = CLASS_SEPARATOR;
      p += clen;
      n_chars++;
    }

  if (in_token)
    {
      emit_token (&buf, &token, func, user_data);
    }

  if (buf.data != buf.stack)
    g_free (buf.data);
}

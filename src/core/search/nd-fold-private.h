/* nd-fold-private.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The tokenizer of nd-fold.c (nd_tokenize() is this function, not inlined) and what it
 * needs, as inline functions for the search index. Tokenizing is half of the cost of
 * indexing; inlined there, the hundred million words of 100,000 articles go to the
 * index's callback by a direct call rather than through a pointer, which took about 3% of
 * the CPU time of loading them with the index. */

#pragma once

#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "search/nd-fold.h"

G_BEGIN_DECLS

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

const FoldEntry *_nd_fold_lookup (gunichar c);

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

  return _nd_fold_lookup (c)->cls;
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

void _nd_token_buffer_grow (TokenBuffer     *buf,
                            gsize            extra);
void _nd_fold_append       (TokenBuffer     *buf,
                            const FoldEntry *entry,
                            gunichar         c);

static inline void
token_buffer_append (TokenBuffer *buf,
                     const char  *bytes,
                     gsize        n)
{
  if (G_UNLIKELY (buf->len + n + TOKEN_PAD > buf->cap))
    _nd_token_buffer_grow (buf, n);
  memcpy (buf->data + buf->len, bytes, n);
  buf->len += n;
}

static inline void
token_buffer_append_c (TokenBuffer *buf,
                       char         c)
{
  if (G_UNLIKELY (buf->len + 1 + TOKEN_PAD > buf->cap))
    _nd_token_buffer_grow (buf, 1);
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

static inline __attribute__ ((always_inline)) void
nd_tokenize_inline (const char  *text,
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
                    _nd_token_buffer_grow (&buf, 16);
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
                _nd_token_buffer_grow (&buf, n);
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
              entry = _nd_fold_lookup (c);
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
          _nd_fold_append (&buf, entry, c);
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

G_END_DECLS

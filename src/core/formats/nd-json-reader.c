/* nd-json-reader.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A reader for strict JSON (RFC 8259) that builds the same JsonNode tree as JsonParser,
 * several times faster: json-glib 1.6 scans its input a character at a time through a
 * copy of GScanner, which made parsing most of the cost of loading 100,000 articles.
 * Long strings (article bodies) are copied here 16 bytes at a time, and only the bytes
 * above ASCII go through a UTF-8 check.
 *
 * It takes only what it is sure of and answers NULL for anything else: invalid JSON or
 * UTF-8, raw control characters in strings, \u0000 and lone surrogates, numbers that do
 * not fit a gint64 or a double (unless asked to keep them as text), text after the value,
 * nesting deeper than the limit. The caller then hands the same text to JsonParser, which decides what such text means and
 * says where it is wrong, exactly as before this reader existed. */

#define G_LOG_DOMAIN "nd-json-reader"

#include "config.h"

#include <errno.h>
#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "formats/nd-json-reader-private.h"

typedef struct
{
  const char *p;
  const char *end;
  guint       depth;
  guint       depth_limit;
  NdJsonReadFlags flags;
  /* The unescaped text of the string being read, reused from string to string. */
  char       *buf;
  gsize       len;
  gsize       cap;
} Reader;

static JsonNode *read_value (Reader *reader);

static inline void
skip_space (Reader *reader)
{
  while (reader->p < reader->end &&
         (*reader->p == ' ' || *reader->p == '\n' || *reader->p == '\r' || *reader->p == '\t'))
    reader->p++;
}

static void
buf_reserve (Reader *reader,
             gsize   extra)
{
  if (reader->len + extra + 1 <= reader->cap)
    return;

  reader->cap = MAX (reader->cap * 2, reader->len + extra + 1);
  reader->buf = g_realloc (reader->buf, reader->cap);
}

static inline void
buf_append (Reader     *reader,
            const char *bytes,
            gsize       n)
{
  buf_reserve (reader, n);
  memcpy (reader->buf + reader->len, bytes, n);
  reader->len += n;
}

static void
buf_append_unichar (Reader   *reader,
                    gunichar  c)
{
  buf_reserve (reader, 6);
  reader->len += g_unichar_to_utf8 (c, reader->buf + reader->len);
}

/* The offset of the first byte from @p on that a string cannot simply copy: a quote, a
 * backslash, a control character or a byte above ASCII; or @end - @p. */
static inline gsize
plain_run (const char *p,
           const char *end)
{
  const char *start = p;

#ifdef __SSE2__
  const __m128i quote = _mm_set1_epi8 ('"');
  const __m128i backslash = _mm_set1_epi8 ('\\');
  const __m128i space = _mm_set1_epi8 (0x20);

  while (end - p >= 16)
    {
      __m128i v = _mm_loadu_si128 ((const __m128i *)p);
      /* As signed bytes, those above ASCII are negative, so below 0x20 as well. */
      __m128i special = _mm_or_si128 (_mm_or_si128 (_mm_cmpeq_epi8 (v, quote),
                                                    _mm_cmpeq_epi8 (v, backslash)),
                                      _mm_cmplt_epi8 (v, space));
      guint mask = (guint)_mm_movemask_epi8 (special);

      if (mask != 0)
        return (gsize)(p - start) + __builtin_ctz (mask);
      p += 16;
    }
#endif

  while (p < end)
    {
      guchar c = (guchar)*p;

      if (c == '"' || c == '\\' || c < 0x20 || c >= 0x80)
        break;
      p++;
    }

  return (gsize)(p - start);
}

static gboolean
read_hex4 (Reader   *reader,
           gunichar *value)
{
  gunichar v = 0;

  if (reader->end - reader->p < 4)
    return FALSE;

  for (guint i = 0; i < 4; i++)
    {
      int digit = g_ascii_xdigit_value (reader->p[i]);

      if (digit < 0)
        return FALSE;
      v = v << 4 | (gunichar)digit;
    }

  reader->p += 4;
  *value = v;
  return TRUE;
}

/* After "\u": one code point, from a surrogate pair if need be. */
static gboolean
read_unicode_escape (Reader *reader)
{
  gunichar c;
  gunichar low;

  if (!read_hex4 (reader, &c) || c == 0 || (c >= 0xDC00 && c <= 0xDFFF))
    return FALSE;

  if (c >= 0xD800 && c <= 0xDBFF)
    {
      if (reader->end - reader->p < 2 || reader->p[0] != '\\' || reader->p[1] != 'u')
        return FALSE;
      reader->p += 2;
      if (!read_hex4 (reader, &low) || low < 0xDC00 || low > 0xDFFF)
        return FALSE;
      c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
    }

  buf_append_unichar (reader, c);
  return TRUE;
}

static gboolean
read_escape (Reader *reader)
{
  char c;

  if (reader->p >= reader->end)
    return FALSE;

  c = *reader->p++;
  switch (c)
    {
    case '"':
    case '\\':
    case '/':
      buf_append (reader, &c, 1);
      return TRUE;
    case 'b':
      buf_append (reader, "\b", 1);
      return TRUE;
    case 'f':
      buf_append (reader, "\f", 1);
      return TRUE;
    case 'n':
      buf_append (reader, "\n", 1);
      return TRUE;
    case 'r':
      buf_append (reader, "\r", 1);
      return TRUE;
    case 't':
      buf_append (reader, "\t", 1);
      return TRUE;
    case 'u':
      return read_unicode_escape (reader);
    default:
      return FALSE;
    }
}

/* Bytes above ASCII come in runs; a run of whole, valid characters is copied as it is. */
static gboolean
read_non_ascii (Reader *reader)
{
  const char *start = reader->p;
  const char *valid_end;

  while (reader->p < reader->end && (guchar)*reader->p >= 0x80)
    reader->p++;

  if (!g_utf8_validate_len (start, reader->p - start, &valid_end) || valid_end != reader->p)
    return FALSE;

  buf_append (reader, start, reader->p - start);
  return TRUE;
}

/* Reads the string that starts at the quote under the cursor into reader->buf. */
static gboolean
read_string (Reader *reader)
{
  reader->p++;
  reader->len = 0;

  for (;;)
    {
      gsize run = plain_run (reader->p, reader->end);

      buf_append (reader, reader->p, run);
      reader->p += run;

      if (reader->p >= reader->end)
        return FALSE;

      if (*reader->p == '"')
        {
          reader->p++;
          reader->buf[reader->len] = '\0';
          return TRUE;
        }

      if (*reader->p == '\\')
        {
          reader->p++;
          if (!read_escape (reader))
            return FALSE;
        }
      else if ((guchar)*reader->p >= 0x80)
        {
          if (!read_non_ascii (reader))
            return FALSE;
        }
      else
        {
          /* A raw control character: not JSON, but json-glib has its own view of it. */
          return FALSE;
        }
    }
}

static gboolean
is_digit (const char *p,
          const char *end)
{
  return p < end && g_ascii_isdigit (*p);
}

/* The grammar of RFC 8259: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? */
static JsonNode *
read_number (Reader *reader)
{
  const char *start = reader->p;
  const char *p = reader->p;
  const char *end = reader->end;
  gboolean integer = TRUE;
  g_autofree char *text = NULL;
  char *text_end;

  if (p < end && *p == '-')
    p++;
  if (!is_digit (p, end))
    return NULL;
  if (*p == '0')
    p++;
  else
    while (is_digit (p, end))
      p++;

  if (p < end && *p == '.')
    {
      integer = FALSE;
      p++;
      if (!is_digit (p, end))
        return NULL;
      while (is_digit (p, end))
        p++;
    }

  if (p < end && (*p == 'e' || *p == 'E'))
    {
      integer = FALSE;
      p++;
      if (p < end && (*p == '+' || *p == '-'))
        p++;
      if (!is_digit (p, end))
        return NULL;
      while (is_digit (p, end))
        p++;
    }

  /* Long numbers (and their rounding) are left to json-glib, unless kept as text. */
  if ((gsize)(p - start) >= 64 && !(reader->flags & ND_JSON_READ_BIG_NUMBERS_AS_TEXT))
    return NULL;
  reader->p = p;
  text = g_strndup (start, p - start);

  errno = 0;
  if (integer)
    {
      gint64 value = g_ascii_strtoll (text, &text_end, 10);

      if (errno == 0 && *text_end == '\0')
        return json_node_init_int (json_node_alloc (), value);
    }
  else
    {
      double value = g_ascii_strtod (text, &text_end);

      if (errno == 0 && *text_end == '\0')
        return json_node_init_double (json_node_alloc (), value);
    }

  /* Left to json-glib, which wraps 2^64 - 1 to -1, unless the caller wants the text. */
  if (!(reader->flags & ND_JSON_READ_BIG_NUMBERS_AS_TEXT))
    return NULL;
  return json_node_init_string (json_node_alloc (), text);
}

static gboolean
read_literal (Reader     *reader,
              const char *word)
{
  gsize len = strlen (word);

  if ((gsize)(reader->end - reader->p) < len || memcmp (reader->p, word, len) != 0)
    return FALSE;

  reader->p += len;
  return TRUE;
}

static JsonNode *
read_boolean (Reader *reader)
{
  if (read_literal (reader, "true"))
    return json_node_init_boolean (json_node_alloc (), TRUE);
  if (read_literal (reader, "false"))
    return json_node_init_boolean (json_node_alloc (), FALSE);

  return NULL;
}

/* After the opening bracket: TRUE when @close follows at once (and is read). */
static gboolean
read_empty (Reader *reader,
            char    close)
{
  reader->p++;
  skip_space (reader);
  if (reader->p >= reader->end || *reader->p != close)
    return FALSE;

  reader->p++;
  return TRUE;
}

/* After a member or an element: TRUE with @done set at @close, which ends the object or
 * array, TRUE at a comma, which says another follows; FALSE at anything else. */
static gboolean
read_separator (Reader   *reader,
                char      close,
                gboolean *done)
{
  skip_space (reader);
  if (reader->p >= reader->end || (*reader->p != close && *reader->p != ','))
    return FALSE;

  *done = *reader->p++ == close;
  return TRUE;
}

/* The node of an object or array is made before its contents, so that each member and
 * element can be linked to it as JsonParser links them: JsonReader climbs back up the tree
 * through json_node_get_parent (), and without the links it lands on the root instead. */
static JsonNode *
read_object (Reader *reader)
{
  g_autoptr(JsonObject) object = json_object_new ();
  g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), object);
  gboolean done = read_empty (reader, '}');

  while (!done)
    {
      g_autofree char *name = NULL;
      JsonNode *member;

      skip_space (reader);
      if (reader->p >= reader->end || *reader->p != '"' || !read_string (reader))
        return NULL;
      name = g_strndup (reader->buf, reader->len);

      skip_space (reader);
      if (reader->p >= reader->end || *reader->p != ':')
        return NULL;
      reader->p++;

      member = read_value (reader);
      if (member == NULL)
        return NULL;
      json_node_set_parent (member, node);
      json_object_set_member (object, name, member);

      if (!read_separator (reader, '}', &done))
        return NULL;
    }

  return g_steal_pointer (&node);
}

static JsonNode *
read_array (Reader *reader)
{
  g_autoptr(JsonArray) array = json_array_new ();
  g_autoptr(JsonNode) node = json_node_init_array (json_node_alloc (), array);
  gboolean done = read_empty (reader, ']');

  while (!done)
    {
      JsonNode *element = read_value (reader);

      if (element == NULL)
        return NULL;
      json_node_set_parent (element, node);
      json_array_add_element (array, element);

      if (!read_separator (reader, ']', &done))
        return NULL;
    }

  return g_steal_pointer (&node);
}

static JsonNode *
read_container (Reader *reader)
{
  JsonNode *node;

  if (++reader->depth > reader->depth_limit)
    return NULL;

  node = *reader->p == '{' ? read_object (reader) : read_array (reader);
  reader->depth--;

  return node;
}

static JsonNode *
read_value (Reader *reader)
{
  skip_space (reader);
  if (reader->p >= reader->end)
    return NULL;

  switch (*reader->p)
    {
    case '{':
    case '[':
      return read_container (reader);

    case '"':
      if (!read_string (reader))
        return NULL;
      return json_node_init_string (json_node_alloc (), reader->buf);

    case 't':
    case 'f':
      return read_boolean (reader);

    case 'n':
      return read_literal (reader, "null") ? json_node_init_null (json_node_alloc ()) : NULL;

    default:
      return read_number (reader);
    }
}

/**
 * nd_json_read_full:
 * @data: JSON text
 * @length: its length in bytes
 * @depth_limit: the deepest nesting of objects and arrays to accept
 * @flags: %ND_JSON_READ_BIG_NUMBERS_AS_TEXT reads a number that fits neither a gint64 nor
 *   a double as a string of the text it is written as, where JsonParser would wrap it
 *
 * Reads @data as one JSON value, the same tree as json_parser_load_from_data() builds.
 *
 * Returns: (transfer full) (nullable): the value, or %NULL when @data is anything but
 *   strict JSON this reader is sure of; JsonParser then has the last word on it
 */
JsonNode *
nd_json_read_full (const char      *data,
                   gsize            length,
                   guint            depth_limit,
                   NdJsonReadFlags  flags)
{
  Reader reader = { 0 };
  JsonNode *root;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  reader.p = data;
  reader.end = data + length;
  reader.depth_limit = depth_limit;
  reader.flags = flags;
  reader.cap = 256;
  reader.buf = g_malloc (reader.cap);

  root = read_value (&reader);
  skip_space (&reader);
  if (root != NULL && reader.p != reader.end)
    g_clear_pointer (&root, json_node_unref);

  g_free (reader.buf);
  return root;
}

/**
 * nd_json_read:
 *
 * nd_json_read_full() without flags: exactly JsonParser's tree, or %NULL.
 */
JsonNode *
nd_json_read (const char *data,
              gsize       length,
              guint       depth_limit)
{
  return nd_json_read_full (data, length, depth_limit, 0);
}

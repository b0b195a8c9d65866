/* test-json-reader.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Tests for nd_json_read (), the fast reader of strict JSON, against three references:
 *
 * - expected values written by hand for each kind of value, escape and character;
 * - json-glib's JsonParser, which the reader stands in for: whenever the reader gives a tree,
 *   JsonParser must accept the same text and build the same tree, compared strictly (value
 *   types, exact values, member order, the links from each node to its parent), and whenever
 *   JsonParser refuses a text the reader must refuse it too;
 * - a small strict RFC 8259 checker written here, independent of the reader, which tells for
 *   every text whether it is strict JSON that the reader promises to read (then the reader
 *   must not fall back to JsonParser), strict JSON of a kind the reader leaves to JsonParser
 *   (\u0000, lone surrogates, numbers that do not fit, nesting deeper than the limit), or no
 *   JSON at all.
 *
 * The differential test runs over every hand-written case, a few thousand random documents,
 * random mutations of them, and the real files in ../shared/corpus/. Its random seed comes
 * from GTest (printed as "random seed" in the TAP output, given back with --seed) unless
 * ND_TEST_JSON_SEED is set; failures print the seed and the text. */

#include "config.h"

#include <errno.h>
#include <math.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "formats/nd-formats.h"
#include "formats/nd-json-reader.h"
#include "formats/nd-json-reader-private.h"

/* What read_json_value () in nd-formats.c asks for. */
#define DEPTH_LIMIT ND_FORMATS_MAX_DEPTH

#define N_RANDOM_DOCUMENTS 3000
#define N_MUTATIONS        4

/* Text for C string literals with the length the literal has, NULs included. */
#define TEXT(s) (s), (sizeof (s) - 1)

/* ------------------------------------------------------------------------------------------ */
/* The strict checker: RFC 8259, UTF-8 after RFC 3629, and the reader's documented limits. */

typedef enum
{
  STRICT_NOT_JSON,  /* not JSON by RFC 8259 (or not UTF-8) */
  STRICT_EXCLUDED,  /* JSON, but of a kind the reader leaves to JsonParser */
  STRICT_READ,      /* JSON the reader promises to read */
} StrictClass;

static const char *strict_class_names[] = { "not JSON", "JSON the reader leaves to JsonParser",
                                            "JSON the reader reads" };

typedef struct
{
  const guchar *p;
  const guchar *end;
  guint         depth;
  guint         depth_limit;
  gboolean      excluded;
} Strict;

static gboolean strict_value (Strict *s);

static void
strict_space (Strict *s)
{
  while (s->p < s->end && (*s->p == ' ' || *s->p == '\t' || *s->p == '\n' || *s->p == '\r'))
    s->p++;
}

static gboolean
strict_literal (Strict     *s,
                const char *word)
{
  gsize len = strlen (word);

  if ((gsize)(s->end - s->p) < len || memcmp (s->p, word, len) != 0)
    return FALSE;
  s->p += len;
  return TRUE;
}

/* One character of two to four bytes, by the table of RFC 3629, section 4: no overlong forms,
 * no surrogates, nothing above U+10FFFF. */
static gboolean
strict_utf8 (Strict *s)
{
  const guchar *p = s->p;
  guchar lead = p[0];
  guchar low = 0x80;
  guchar high = 0xBF;
  gsize n_more;

  if (lead >= 0xC2 && lead <= 0xDF)
    n_more = 1;
  else if (lead == 0xE0)
    n_more = 2, low = 0xA0;
  else if ((lead >= 0xE1 && lead <= 0xEC) || lead == 0xEE || lead == 0xEF)
    n_more = 2;
  else if (lead == 0xED)
    n_more = 2, high = 0x9F;
  else if (lead == 0xF0)
    n_more = 3, low = 0x90;
  else if (lead >= 0xF1 && lead <= 0xF3)
    n_more = 3;
  else if (lead == 0xF4)
    n_more = 3, high = 0x8F;
  else
    return FALSE;

  if ((gsize)(s->end - p) < n_more + 1 || p[1] < low || p[1] > high)
    return FALSE;
  for (gsize i = 2; i <= n_more; i++)
    if (p[i] < 0x80 || p[i] > 0xBF)
      return FALSE;

  s->p += n_more + 1;
  return TRUE;
}

static gboolean
hex4_at (const guchar *p,
         const guchar *end,
         guint        *value)
{
  guint v = 0;

  if (end - p < 4)
    return FALSE;
  for (guint i = 0; i < 4; i++)
    {
      int digit = g_ascii_xdigit_value (p[i]);

      if (digit < 0)
        return FALSE;
      v = v << 4 | (guint)digit;
    }

  *value = v;
  return TRUE;
}

static gboolean
strict_string (Strict *s)
{
  s->p++;

  for (;;)
    {
      guchar c;
      guint unit;
      guint low;

      if (s->p >= s->end)
        return FALSE;

      c = *s->p;
      if (c == '"')
        {
          s->p++;
          return TRUE;
        }
      if (c < 0x20)
        return FALSE;
      if (c >= 0x80)
        {
          if (!strict_utf8 (s))
            return FALSE;
          continue;
        }
      s->p++;
      if (c != '\\')
        continue;

      if (s->p >= s->end)
        return FALSE;
      c = *s->p++;
      if (c == '"' || c == '\\' || c == '/' || c == 'b' || c == 'f' || c == 'n' || c == 'r' ||
          c == 't')
        continue;
      if (c != 'u' || !hex4_at (s->p, s->end, &unit))
        return FALSE;
      s->p += 4;

      /* Each escape is valid JSON on its own; what the reader leaves to JsonParser is a NUL
       * and a surrogate that is not half of a pair. */
      if (unit == 0 || (unit >= 0xDC00 && unit <= 0xDFFF))
        s->excluded = TRUE;
      else if (unit >= 0xD800 && unit <= 0xDBFF)
        {
          if (s->end - s->p >= 6 && s->p[0] == '\\' && s->p[1] == 'u' &&
              hex4_at (s->p + 2, s->end, &low) && low >= 0xDC00 && low <= 0xDFFF)
            s->p += 6;
          else
            s->excluded = TRUE;
        }
    }
}

static gboolean
is_ascii_digit (Strict *s)
{
  return s->p < s->end && *s->p >= '0' && *s->p <= '9';
}

/* -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? ; an integer must fit a gint64 (counted
 * here digit by digit), a fraction must be read by strtod without a range error, and the
 * reader leaves any number of 64 characters or more to JsonParser. */
static gboolean
strict_number (Strict *s)
{
  const guchar *start = s->p;
  gboolean negative = FALSE;
  gboolean integer = TRUE;
  gboolean too_big = FALSE;
  guint64 magnitude = 0;
  gsize len;

  if (s->p < s->end && *s->p == '-')
    {
      negative = TRUE;
      s->p++;
    }
  if (!is_ascii_digit (s))
    return FALSE;
  if (*s->p == '0')
    s->p++;
  else
    while (is_ascii_digit (s))
      {
        guint digit = *s->p++ - '0';

        if (magnitude > (G_MAXUINT64 - digit) / 10)
          too_big = TRUE;
        else
          magnitude = magnitude * 10 + digit;
      }

  if (s->p < s->end && *s->p == '.')
    {
      integer = FALSE;
      s->p++;
      if (!is_ascii_digit (s))
        return FALSE;
      while (is_ascii_digit (s))
        s->p++;
    }
  if (s->p < s->end && (*s->p == 'e' || *s->p == 'E'))
    {
      integer = FALSE;
      s->p++;
      if (s->p < s->end && (*s->p == '+' || *s->p == '-'))
        s->p++;
      if (!is_ascii_digit (s))
        return FALSE;
      while (is_ascii_digit (s))
        s->p++;
    }

  len = s->p - start;
  if (len >= 64)
    s->excluded = TRUE;
  else if (integer)
    {
      if (too_big || magnitude > (negative ? (guint64)G_MAXINT64 + 1 : (guint64)G_MAXINT64))
        s->excluded = TRUE;
    }
  else
    {
      char text[64];

      memcpy (text, start, len);
      text[len] = '\0';
      errno = 0;
      g_ascii_strtod (text, NULL);
      if (errno == ERANGE)
        s->excluded = TRUE;
    }

  return TRUE;
}

static gboolean
strict_object (Strict *s)
{
  s->p++;
  strict_space (s);
  if (s->p < s->end && *s->p == '}')
    {
      s->p++;
      return TRUE;
    }

  for (;;)
    {
      if (s->p >= s->end || *s->p != '"' || !strict_string (s))
        return FALSE;
      strict_space (s);
      if (s->p >= s->end || *s->p != ':')
        return FALSE;
      s->p++;
      if (!strict_value (s))
        return FALSE;
      strict_space (s);
      if (s->p >= s->end)
        return FALSE;
      if (*s->p == '}')
        {
          s->p++;
          return TRUE;
        }
      if (*s->p != ',')
        return FALSE;
      s->p++;
      strict_space (s);
    }
}

static gboolean
strict_array (Strict *s)
{
  s->p++;
  strict_space (s);
  if (s->p < s->end && *s->p == ']')
    {
      s->p++;
      return TRUE;
    }

  for (;;)
    {
      if (!strict_value (s))
        return FALSE;
      strict_space (s);
      if (s->p >= s->end)
        return FALSE;
      if (*s->p == ']')
        {
          s->p++;
          return TRUE;
        }
      if (*s->p != ',')
        return FALSE;
      s->p++;
    }
}

static gboolean
strict_value (Strict *s)
{
  gboolean ok;

  strict_space (s);
  if (s->p >= s->end)
    return FALSE;

  switch (*s->p)
    {
    case '{':
    case '[':
      if (++s->depth > s->depth_limit)
        s->excluded = TRUE;
      ok = *s->p == '{' ? strict_object (s) : strict_array (s);
      s->depth--;
      return ok;

    case '"':
      return strict_string (s);

    case 't':
      return strict_literal (s, "true");

    case 'f':
      return strict_literal (s, "false");

    case 'n':
      return strict_literal (s, "null");

    default:
      return strict_number (s);
    }
}

static StrictClass
strict_classify (const char *text,
                 gsize       length,
                 guint       depth_limit)
{
  Strict s = { (const guchar *)text, (const guchar *)text + length, 0, depth_limit, FALSE };

  if (!strict_value (&s))
    return STRICT_NOT_JSON;
  strict_space (&s);
  if (s.p != s.end)
    return STRICT_NOT_JSON;

  return s.excluded ? STRICT_EXCLUDED : STRICT_READ;
}

/* ------------------------------------------------------------------------------------------ */
/* Comparing trees. json_node_equal () is too lenient for this: it compares an int and a
 * double by value (4 equals 4.0) and objects as unordered sets of members. */

static char *
describe_difference (JsonNode   *a,
                     JsonNode   *b,
                     const char *path)
{
  JsonNodeType type = json_node_get_node_type (a);

  if (type != json_node_get_node_type (b))
    return g_strdup_printf ("%s: node types %s and %s", path, json_node_type_name (a),
                            json_node_type_name (b));

  switch (type)
    {
    case JSON_NODE_NULL:
      return NULL;

    case JSON_NODE_VALUE:
      {
        GType value_type = json_node_get_value_type (a);

        if (value_type != json_node_get_value_type (b))
          return g_strdup_printf ("%s: value types %s and %s", path, g_type_name (value_type),
                                  g_type_name (json_node_get_value_type (b)));

        if (value_type == G_TYPE_INT64)
          {
            if (json_node_get_int (a) != json_node_get_int (b))
              return g_strdup_printf ("%s: %" G_GINT64_FORMAT " and %" G_GINT64_FORMAT, path,
                                      json_node_get_int (a), json_node_get_int (b));
          }
        else if (value_type == G_TYPE_DOUBLE)
          {
            double x = json_node_get_double (a);
            double y = json_node_get_double (b);

            /* Bit for bit, so that -0.0 and 0.0 differ. */
            if (memcmp (&x, &y, sizeof x) != 0)
              return g_strdup_printf ("%s: %.17g and %.17g", path, x, y);
          }
        else if (value_type == G_TYPE_BOOLEAN)
          {
            if (json_node_get_boolean (a) != json_node_get_boolean (b))
              return g_strdup_printf ("%s: booleans differ", path);
          }
        else if (value_type == G_TYPE_STRING)
          {
            if (g_strcmp0 (json_node_get_string (a), json_node_get_string (b)) != 0)
              return g_strdup_printf ("%s: \"%s\" and \"%s\"", path, json_node_get_string (a),
                                      json_node_get_string (b));
          }
        else
          return g_strdup_printf ("%s: unexpected value type %s", path, g_type_name (value_type));
        return NULL;
      }

    case JSON_NODE_ARRAY:
      {
        JsonArray *x = json_node_get_array (a);
        JsonArray *y = json_node_get_array (b);
        guint length = json_array_get_length (x);

        if (length != json_array_get_length (y))
          return g_strdup_printf ("%s: arrays of %u and %u elements", path, length,
                                  json_array_get_length (y));

        for (guint i = 0; i < length; i++)
          {
            g_autofree char *child = g_strdup_printf ("%s[%u]", path, i);
            char *difference = describe_difference (json_array_get_element (x, i),
                                                    json_array_get_element (y, i), child);

            if (difference != NULL)
              return difference;
          }
        return NULL;
      }

    case JSON_NODE_OBJECT:
      {
        JsonObject *x = json_node_get_object (a);
        JsonObject *y = json_node_get_object (b);
        g_autoptr(GList) names_x = json_object_get_members (x);
        g_autoptr(GList) names_y = json_object_get_members (y);
        GList *l = names_x;
        GList *m = names_y;

        if (json_object_get_size (x) != json_object_get_size (y) ||
            g_list_length (names_x) != g_list_length (names_y))
          return g_strdup_printf ("%s: objects of %u and %u members", path,
                                  json_object_get_size (x), json_object_get_size (y));

        for (; l != NULL && m != NULL; l = l->next, m = m->next)
          {
            g_autofree char *child = g_strdup_printf ("%s.\"%s\"", path, (const char *)l->data);
            char *difference;

            if (strcmp (l->data, m->data) != 0)
              return g_strdup_printf ("%s: member \"%s\" where the other has \"%s\"", child,
                                      (const char *)l->data, (const char *)m->data);

            difference = describe_difference (json_object_get_member (x, l->data),
                                               json_object_get_member (y, m->data), child);
            if (difference != NULL)
              return difference;
          }
        return NULL;
      }

    default:
      return g_strdup_printf ("%s: unknown node type %d", path, type);
    }
}

/* JsonParser links every element and member to the node of its array or object (and the root
 * to nothing); JsonReader climbs back up through those links. Says where @node's tree lacks
 * them. */
static char *
describe_bad_parent (JsonNode   *node,
                     JsonNode   *parent,
                     const char *path)
{
  if (json_node_get_parent (node) != parent)
    return g_strdup_printf ("%s: the parent link is %s", path,
                            json_node_get_parent (node) == NULL ? "missing" : "wrong");

  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          g_autofree char *child = g_strdup_printf ("%s[%u]", path, i);
          char *bad = describe_bad_parent (json_array_get_element (array, i), node, child);

          if (bad != NULL)
            return bad;
        }
    }
  else if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      g_autoptr(GList) names = json_object_get_members (object);

      for (GList *l = names; l != NULL; l = l->next)
        {
          g_autofree char *child = g_strdup_printf ("%s.\"%s\"", path, (const char *)l->data);
          char *bad = describe_bad_parent (json_object_get_member (object, l->data), node, child);

          if (bad != NULL)
            return bad;
        }
    }

  return NULL;
}

/* ------------------------------------------------------------------------------------------ */
/* The differential check. */

typedef struct
{
  guint texts;
  guint read;             /* the reader gave a tree */
  guint both_refused;     /* neither the reader nor JsonParser took the text */
  guint fallback[3];      /* JsonParser took a text the reader left to it, by StrictClass */
  guint n_examples;
} Stats;

static char *
escape_text (const char *text,
             gsize       length)
{
  GString *out = g_string_new (NULL);
  gsize shown = MIN (length, 600);

  for (gsize i = 0; i < shown; i++)
    {
      guchar c = text[i];

      if (c == '"' || c == '\\')
        g_string_append_printf (out, "\\%c", c);
      else if (c >= 0x20 && c < 0x7F)
        g_string_append_c (out, c);
      else if (c == '\n')
        g_string_append (out, "\\n");
      else if (c == '\t')
        g_string_append (out, "\\t");
      else if (c == '\r')
        g_string_append (out, "\\r");
      else
        g_string_append_printf (out, "\\x%02X", c);
    }
  if (shown < length)
    g_string_append_printf (out, "\" ... (%" G_GSIZE_FORMAT " bytes)", length);

  return g_string_free (out, FALSE);
}

/* Fails the test with @origin, the text and what is wrong with it. */
static void G_GNUC_PRINTF (4, 5)
fail_text (const char *origin,
           const char *text,
           gsize       length,
           const char *format,
           ...)
{
  g_autofree char *escaped = escape_text (text, length);
  g_autofree char *what = NULL;
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);

  message = g_strdup_printf ("%s: %s; text: \"%s\"", origin, what, escaped);
  g_assertion_message (G_LOG_DOMAIN, __FILE__, __LINE__, G_STRFUNC, message);
}

/* JsonParser's answer: whether it took the text, and its root (NULL for empty text). */
static gboolean
parse_with_json_glib (const char  *text,
                      gsize        length,
                      JsonNode   **root)
{
  g_autoptr(JsonParser) parser = json_parser_new ();

  *root = NULL;
  if (!json_parser_load_from_data (parser, text, (gssize)length, NULL))
    return FALSE;

  *root = json_parser_steal_root (parser);
  return TRUE;
}

/* Runs the reader, JsonParser and the strict checker on one text and fails the test unless
 * they agree; counts the outcome in @stats. Returns the reader's tree. */
static JsonNode *
check_text (Stats      *stats,
            const char *origin,
            const char *text,
            gsize       length)
{
  g_autoptr(JsonNode) reference = NULL;
  JsonNode *node = nd_json_read (text, length, DEPTH_LIMIT);
  StrictClass strict = strict_classify (text, length, DEPTH_LIMIT);
  gboolean accepted = parse_with_json_glib (text, length, &reference);

  stats->texts++;

  if (node != NULL)
    {
      g_autofree char *difference = NULL;
      g_autofree char *reference_links = NULL;
      g_autofree char *links = NULL;

      stats->read++;
      if (!accepted)
        fail_text (origin, text, length, "the reader gave a tree, JsonParser refused the text");
      if (reference == NULL)
        fail_text (origin, text, length, "the reader gave a tree, JsonParser gave no root");
      if (!json_node_equal (node, reference))
        fail_text (origin, text, length, "json_node_equal () says the trees differ");
      difference = describe_difference (node, reference, "$");
      if (difference != NULL)
        fail_text (origin, text, length, "the trees of the reader and of JsonParser differ at %s",
                   difference);
      reference_links = describe_bad_parent (reference, NULL, "$");
      if (reference_links != NULL)
        fail_text (origin, text, length, "JsonParser's tree: %s", reference_links);
      links = describe_bad_parent (node, NULL, "$");
      if (links != NULL)
        fail_text (origin, text, length, "the reader's tree: %s", links);
      if (strict != STRICT_READ)
        fail_text (origin, text, length, "the reader gave a tree for %s",
                   strict_class_names[strict]);
    }
  else
    {
      if (strict == STRICT_READ)
        fail_text (origin, text, length, "the reader fell back on strict JSON it promises to read"
                   " (JsonParser %s it)", accepted ? "took" : "refused");
      if (accepted)
        {
          stats->fallback[strict]++;
          if (stats->n_examples < 8)
            {
              g_autofree char *escaped = escape_text (text, MIN (length, 80));

              stats->n_examples++;
              g_test_message ("information: %s falls back, %s that JsonParser takes: \"%s\"",
                              origin, strict_class_names[strict], escaped);
            }
        }
      else
        stats->both_refused++;
    }

  return node;
}

static void
print_stats (const char *what,
             Stats      *stats)
{
  g_test_message ("%s: %u texts; %u read by the reader; %u refused by both; JsonParser took "
                  "%u that are not JSON and %u that are JSON the reader leaves to it",
                  what, stats->texts, stats->read, stats->both_refused,
                  stats->fallback[STRICT_NOT_JSON], stats->fallback[STRICT_EXCLUDED]);
}

/* The reader's tree for @text, which it must read; checked against JsonParser as well. */
static JsonNode *
read_ok (const char *text,
         gsize       length)
{
  Stats stats = { 0 };
  JsonNode *node = check_text (&stats, "hand-written case", text, length);

  if (node == NULL)
    fail_text ("hand-written case", text, length, "the reader refused it");
  return node;
}

static void
assert_refused (const char *text,
                gsize       length)
{
  Stats stats = { 0 };
  g_autoptr(JsonNode) node = check_text (&stats, "hand-written case", text, length);

  if (node != NULL)
    fail_text ("hand-written case", text, length, "the reader must refuse it");
}

static void
assert_string (JsonNode   *node,
               const char *expected)
{
  g_assert_nonnull (node);
  g_assert_cmpint (json_node_get_node_type (node), ==, JSON_NODE_VALUE);
  g_assert_true (json_node_get_value_type (node) == G_TYPE_STRING);
  g_assert_cmpstr (json_node_get_string (node), ==, expected);
}

static void
assert_int (JsonNode *node,
            gint64    expected)
{
  g_assert_nonnull (node);
  g_assert_cmpint (json_node_get_node_type (node), ==, JSON_NODE_VALUE);
  g_assert_true (json_node_get_value_type (node) == G_TYPE_INT64);
  g_assert_cmpint (json_node_get_int (node), ==, expected);
}

static void
assert_double (JsonNode *node,
               double    expected)
{
  double value;

  g_assert_nonnull (node);
  g_assert_cmpint (json_node_get_node_type (node), ==, JSON_NODE_VALUE);
  g_assert_true (json_node_get_value_type (node) == G_TYPE_DOUBLE);
  value = json_node_get_double (node);
  g_assert_cmpfloat (value, ==, expected);
  g_assert_cmpint (signbit (value) != 0, ==, signbit (expected) != 0);
}

static void
assert_boolean (JsonNode *node,
                gboolean  expected)
{
  g_assert_nonnull (node);
  g_assert_cmpint (json_node_get_node_type (node), ==, JSON_NODE_VALUE);
  g_assert_true (json_node_get_value_type (node) == G_TYPE_BOOLEAN);
  g_assert_cmpint (json_node_get_boolean (node), ==, expected);
}

static JsonObject *
get_object (JsonNode *node,
            guint     size)
{
  g_assert_nonnull (node);
  g_assert_cmpint (json_node_get_node_type (node), ==, JSON_NODE_OBJECT);
  g_assert_cmpuint (json_object_get_size (json_node_get_object (node)), ==, size);
  return json_node_get_object (node);
}

static JsonArray *
get_array (JsonNode *node,
           guint     length)
{
  g_assert_nonnull (node);
  g_assert_cmpint (json_node_get_node_type (node), ==, JSON_NODE_ARRAY);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (node)), ==, length);
  return json_node_get_array (node);
}

static void
assert_member_order (JsonObject *object,
                     const char *expected)
{
  g_autoptr(GList) names = json_object_get_members (object);
  g_autoptr(GString) joined = g_string_new (NULL);

  for (GList *l = names; l != NULL; l = l->next)
    g_string_append_printf (joined, "%s%s", joined->len > 0 ? "," : "", (const char *)l->data);
  g_assert_cmpstr (joined->str, ==, expected);
}

/* ------------------------------------------------------------------------------------------ */
/* 1. Hand-written cases with expected results. */

static void
test_compare (void)
{
  g_autoptr(JsonNode) four = json_node_init_int (json_node_alloc (), 4);
  g_autoptr(JsonNode) four_point_zero = json_node_init_double (json_node_alloc (), 4.0);
  g_autoptr(JsonNode) zero = json_node_init_double (json_node_alloc (), 0.0);
  g_autoptr(JsonNode) minus_zero = json_node_init_double (json_node_alloc (), -0.0);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonNode) ab = NULL;
  g_autoptr(JsonNode) ba = NULL;
  g_autofree char *difference = NULL;

  /* Why the comparison here is stricter than json_node_equal (): json-glib 1.6 calls an int
   * and a double of the same value equal, and objects whose members come in another order. */
  g_assert_true (json_node_equal (four, four_point_zero));
  difference = describe_difference (four, four_point_zero, "$");
  g_assert_cmpstr (difference, ==, "$: value types gint64 and gdouble");
  g_clear_pointer (&difference, g_free);

  difference = describe_difference (zero, minus_zero, "$");
  g_assert_nonnull (difference);
  g_clear_pointer (&difference, g_free);

  g_assert_true (json_parser_load_from_data (parser, "{\"a\":1,\"b\":[true,\"x\"]}", -1, NULL));
  ab = json_parser_steal_root (parser);
  g_assert_true (json_parser_load_from_data (parser, "{\"b\":[true,\"x\"],\"a\":1}", -1, NULL));
  ba = json_parser_steal_root (parser);
  g_assert_true (json_node_equal (ab, ba));
  difference = describe_difference (ab, ba, "$");
  g_assert_cmpstr (difference, ==, "$.\"a\": member \"a\" where the other has \"b\"");
  g_clear_pointer (&difference, g_free);

  g_assert_true (json_parser_load_from_data (parser, "{\"b\":[true,\"y\"],\"a\":1}", -1, NULL));
  g_clear_pointer (&ab, json_node_unref);
  ab = json_parser_steal_root (parser);
  difference = describe_difference (ab, ba, "$");
  g_assert_cmpstr (difference, ==, "$.\"b\"[1]: \"y\" and \"x\"");
  g_clear_pointer (&difference, g_free);

  difference = describe_difference (ba, ba, "$");
  g_assert_null (difference);

  /* The strict checker itself. */
  g_assert_cmpint (strict_classify (TEXT ("{\"a\": [1, -2.5e3, \"\\u00e9\\ud83d\\ude00\"]}"), 8),
                   ==, STRICT_READ);
  g_assert_cmpint (strict_classify (TEXT ("[\"\\u0000\"]"), 8), ==, STRICT_EXCLUDED);
  g_assert_cmpint (strict_classify (TEXT ("[\"\\ud800\"]"), 8), ==, STRICT_EXCLUDED);
  g_assert_cmpint (strict_classify (TEXT ("9223372036854775807"), 8), ==, STRICT_READ);
  g_assert_cmpint (strict_classify (TEXT ("9223372036854775808"), 8), ==, STRICT_EXCLUDED);
  g_assert_cmpint (strict_classify (TEXT ("-9223372036854775808"), 8), ==, STRICT_READ);
  g_assert_cmpint (strict_classify (TEXT ("-9223372036854775809"), 8), ==, STRICT_EXCLUDED);
  g_assert_cmpint (strict_classify (TEXT ("1e400"), 8), ==, STRICT_EXCLUDED);
  g_assert_cmpint (strict_classify (TEXT ("[[1]]"), 1), ==, STRICT_EXCLUDED);
  g_assert_cmpint (strict_classify (TEXT ("[01]"), 8), ==, STRICT_NOT_JSON);
  g_assert_cmpint (strict_classify (TEXT ("\"\xC0\xAF\""), 8), ==, STRICT_NOT_JSON);
  g_assert_cmpint (strict_classify (TEXT ("\"\xED\xA0\x80\""), 8), ==, STRICT_NOT_JSON);
  g_assert_cmpint (strict_classify (TEXT ("\"\xF4\x8F\xBF\xBF\""), 8), ==, STRICT_READ);
  g_assert_cmpint (strict_classify (TEXT ("\"a\tb\""), 8), ==, STRICT_NOT_JSON);
}

static void
test_object (void)
{
  g_autoptr(JsonNode) node =
    read_ok (TEXT ("{\"title\":\"Hello\",\"count\":2,\"ok\":true,\"none\":null,"
                   "\"\":\"empty key\"}"));
  JsonObject *object = get_object (node, 5);

  assert_member_order (object, "title,count,ok,none,");
  assert_string (json_object_get_member (object, "title"), "Hello");
  assert_int (json_object_get_member (object, "count"), 2);
  assert_boolean (json_object_get_member (object, "ok"), TRUE);
  g_assert_cmpint (json_node_get_node_type (json_object_get_member (object, "none")), ==,
                   JSON_NODE_NULL);
  assert_string (json_object_get_member (object, ""), "empty key");
}

static void
test_array (void)
{
  g_autoptr(JsonNode) node =
    read_ok (TEXT ("[1,\"two\",3.0,false,null,{\"x\":1},[2],\"\",-4]"));
  JsonArray *array = get_array (node, 9);

  assert_int (json_array_get_element (array, 0), 1);
  assert_string (json_array_get_element (array, 1), "two");
  assert_double (json_array_get_element (array, 2), 3.0);
  assert_boolean (json_array_get_element (array, 3), FALSE);
  g_assert_true (json_node_is_null (json_array_get_element (array, 4)));
  assert_int (json_object_get_member (get_object (json_array_get_element (array, 5), 1), "x"), 1);
  assert_int (json_array_get_element (get_array (json_array_get_element (array, 6), 1), 0), 2);
  assert_string (json_array_get_element (array, 7), "");
  assert_int (json_array_get_element (array, 8), -4);
}

static void
test_nesting (void)
{
  g_autoptr(JsonNode) node =
    read_ok (TEXT ("{\"a\":{\"b\":{\"c\":[1,[2,[3,{\"d\":\"deep\"}]]]}},\"e\":[[],[[]]]}"));
  JsonObject *a = get_object (json_object_get_member (get_object (node, 2), "a"), 1);
  JsonObject *b = get_object (json_object_get_member (a, "b"), 1);
  JsonArray *c = get_array (json_object_get_member (b, "c"), 2);
  JsonArray *c1 = get_array (json_array_get_element (c, 1), 2);
  JsonArray *c11 = get_array (json_array_get_element (c1, 1), 2);
  JsonArray *e = get_array (json_object_get_member (get_object (node, 2), "e"), 2);

  assert_int (json_array_get_element (c, 0), 1);
  assert_int (json_array_get_element (c1, 0), 2);
  assert_int (json_array_get_element (c11, 0), 3);
  assert_string (json_object_get_member (get_object (json_array_get_element (c11, 1), 1), "d"),
                 "deep");
  get_array (json_array_get_element (e, 0), 0);
  get_array (json_array_get_element (get_array (json_array_get_element (e, 1), 1), 0), 0);
}

static void
test_empty (void)
{
  g_autoptr(JsonNode) object = read_ok (TEXT ("{}"));
  g_autoptr(JsonNode) array = read_ok (TEXT ("[]"));
  g_autoptr(JsonNode) spaced_object = read_ok (TEXT ("{ \n\t\r }"));
  g_autoptr(JsonNode) spaced_array = read_ok (TEXT ("[ \n\t\r ]"));
  g_autoptr(JsonNode) in_array = read_ok (TEXT ("[{},[],{}]"));
  g_autoptr(JsonNode) in_object = read_ok (TEXT ("{\"o\":{},\"a\":[]}"));
  g_autoptr(JsonNode) string = read_ok (TEXT ("\"\""));
  JsonArray *elements;
  JsonObject *members;

  get_object (object, 0);
  get_array (array, 0);
  get_object (spaced_object, 0);
  get_array (spaced_array, 0);
  elements = get_array (in_array, 3);
  get_object (json_array_get_element (elements, 0), 0);
  get_array (json_array_get_element (elements, 1), 0);
  get_object (json_array_get_element (elements, 2), 0);
  members = get_object (in_object, 2);
  get_object (json_object_get_member (members, "o"), 0);
  get_array (json_object_get_member (members, "a"), 0);
  assert_string (string, "");
}

static void
test_escapes (void)
{
  static const struct
  {
    const char *json;
    const char *expected;
  } cases[] = {
    { "\"\\\"\"", "\"" },
    { "\"\\\\\"", "\\" },
    { "\"\\/\"", "/" },
    { "\"\\b\"", "\b" },
    { "\"\\f\"", "\f" },
    { "\"\\n\"", "\n" },
    { "\"\\r\"", "\r" },
    { "\"\\t\"", "\t" },
    { "\"\\u0041\"", "A" },
    { "\"\\u0001\"", "\x01" },
    { "\"\\u001f\"", "\x1f" },
    { "\"\\u007F\"", "\x7f" },
    { "\"\\u00e9\"", "é" },
    { "\"\\u00E9\"", "é" },
    { "\"\\u4e2d\\u6587\"", "中文" },
    { "\"\\uFFFF\"", "\xEF\xBF\xBF" },
    { "\"\\ud83d\\ude00\"", "😀" },
    { "\"\\uD83D\\uDE00\"", "😀" },
    { "\"\\udbff\\udfff\"", "\xF4\x8F\xBF\xBF" },
    { "\"\\ud800\\udc00\"", "\xF0\x90\x80\x80" },
    { "\"a\\\"b\\\\c\\/d\\be\\ff\\ng\\rh\\ti\\u0041j\\ud83d\\ude00k\"",
      "a\"b\\c/d\be\ff\ng\rh\ti" "Aj😀k" },
    { "\"\\\\u0041\"", "\\u0041" },
    { "\"\\\"\\\"\\\"\"", "\"\"\"" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(JsonNode) node = read_ok (cases[i].json, strlen (cases[i].json));
      g_autofree char *as_key = g_strdup_printf ("{%s:%s}", cases[i].json, cases[i].json);
      g_autoptr(JsonNode) object = read_ok (as_key, strlen (as_key));
      g_autoptr(GList) names = json_object_get_members (get_object (object, 1));

      assert_string (node, cases[i].expected);
      g_assert_cmpstr (names->data, ==, cases[i].expected);
      assert_string (json_object_get_member (json_node_get_object (object), cases[i].expected),
                     cases[i].expected);
    }
}

static void
test_utf8 (void)
{
  static const char *texts[] = {
    "é", "ü", "中文", "😀", "é at the start", "at the end é", "Grüße aus München",
    "中文 and 😀 mixed with ASCII", "\xF4\x8F\xBF\xBF", "\xEF\xBF\xBF", "\xC2\x80", "\x7F",
    "ü😀中é",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *json = g_strdup_printf ("[\"%s\",{\"%s\":\"%s\"}]", texts[i], texts[i],
                                               texts[i]);
      g_autoptr(JsonNode) node = read_ok (json, strlen (json));
      JsonArray *array = get_array (node, 2);

      assert_string (json_array_get_element (array, 0), texts[i]);
      assert_string (json_object_get_member (get_object (json_array_get_element (array, 1), 1),
                                             texts[i]),
                     texts[i]);
    }
}

/* One character, as written in JSON and as it must come out. */
typedef struct
{
  const char *json;
  const char *text;
} Special;

static const Special specials[] = {
  { "é", "é" },
  { "ü", "ü" },
  { "中", "中" },
  { "😀", "😀" },
  { "\x7F", "\x7F" },
  { "\\n", "\n" },
  { "\\\"", "\"" },
  { "\\\\", "\\" },
  { "\\/", "/" },
  { "\\t", "\t" },
  { "\\u00e9", "é" },
  { "\\u4E2D", "中" },
  { "\\ud83d\\ude00", "😀" },
};

/* What makes a string not JSON, or JSON the reader leaves to JsonParser. */
static const char *bad_specials[] = {
  "\t", "\n", "\r", "\x01", "\x1F",
  "\xC0\xAF", "\xE0\x80\xAF", "\x80", "\xBF", "\xE4\xB8", "\xF0\x9F\x98", "\xC3", "\xFF", "\xFE",
  "\xED\xA0\x80", "\xF4\x90\x80\x80",
  "\\x", "\\U0041", "\\u1g", "\\u0000", "\\ud800", "\\udc00", "\\ud83d\\u0041", "\\'", "\\0",
};

/* Strings of 15, 16, 17, 31, 32 and 33 characters with a special character at each position,
 * so that it comes before, across and after each 16-byte block the reader copies at once. */
static void
test_utf8_boundaries (void)
{
  static const guint lengths[] = { 15, 16, 17, 31, 32, 33 };
  Stats stats = { 0 };
  guint n_valid = 0;

  for (gsize l = 0; l < G_N_ELEMENTS (lengths); l++)
    for (guint pos = 0; pos < lengths[l]; pos++)
      {
        for (gsize k = 0; k < G_N_ELEMENTS (specials); k++)
          {
            g_autoptr(GString) json = g_string_new ("\"");
            g_autoptr(GString) expected = g_string_new (NULL);
            g_autoptr(GString) twice = NULL;
            g_autoptr(JsonNode) node = NULL;
            g_autoptr(JsonNode) pair = NULL;
            JsonArray *array;

            for (guint i = 0; i < lengths[l]; i++)
              {
                if (i == pos)
                  {
                    g_string_append (json, specials[k].json);
                    g_string_append (expected, specials[k].text);
                  }
                else
                  {
                    g_string_append_c (json, 'a' + i % 26);
                    g_string_append_c (expected, 'a' + i % 26);
                  }
              }
            g_string_append_c (json, '"');
            n_valid++;

            node = check_text (&stats, "boundary string", json->str, json->len);
            if (node == NULL)
              fail_text ("boundary string", json->str, json->len, "the reader refused it");
            assert_string (node, expected->str);

            /* The same string twice, as key and value, after a longer and a shorter one: the
             * reader reuses one buffer for all its strings. */
            twice = g_string_new ("[\"0123456789012345678901234567890123456789\",{");
            g_string_append_printf (twice, "%s:%s},\"x\",%s]", json->str, json->str, json->str);
            pair = check_text (&stats, "boundary string", twice->str, twice->len);
            if (pair == NULL)
              fail_text ("boundary string", twice->str, twice->len, "the reader refused it");
            array = get_array (pair, 4);
            assert_string (json_object_get_member (get_object (json_array_get_element (array, 1),
                                                               1),
                                                   expected->str),
                           expected->str);
            assert_string (json_array_get_element (array, 2), "x");
            assert_string (json_array_get_element (array, 3), expected->str);
          }

        for (gsize k = 0; k < G_N_ELEMENTS (bad_specials); k++)
          {
            g_autoptr(GString) json = g_string_new ("\"");
            g_autoptr(JsonNode) node = NULL;

            for (guint i = 0; i < lengths[l]; i++)
              {
                if (i == pos)
                  g_string_append (json, bad_specials[k]);
                else
                  g_string_append_c (json, 'a' + i % 26);
              }
            g_string_append_c (json, '"');

            node = check_text (&stats, "boundary string", json->str, json->len);
            if (node != NULL)
              fail_text ("boundary string", json->str, json->len, "the reader must refuse it");
          }
      }

  print_stats ("boundary strings", &stats);
  /* Each valid string was read alone and inside a document, and nothing else was read. */
  g_assert_cmpuint (n_valid, ==, (15 + 16 + 17 + 31 + 32 + 33) * G_N_ELEMENTS (specials));
  g_assert_cmpuint (stats.read, ==, 2 * n_valid);
}

static void
test_integers (void)
{
  g_autoptr(JsonNode) zero = read_ok (TEXT ("0"));
  g_autoptr(JsonNode) minus_zero = read_ok (TEXT ("-0"));
  g_autoptr(JsonNode) max = read_ok (TEXT ("9223372036854775807"));
  g_autoptr(JsonNode) min = read_ok (TEXT ("-9223372036854775808"));
  g_autoptr(JsonNode) array =
    read_ok (TEXT ("[1,-1,10,1234567890123,-9223372036854775807,9223372036854775806]"));
  JsonArray *elements = get_array (array, 6);

  assert_int (zero, 0);
  assert_int (minus_zero, 0);
  assert_int (max, G_MAXINT64);
  assert_int (min, G_MININT64);
  assert_int (json_array_get_element (elements, 0), 1);
  assert_int (json_array_get_element (elements, 1), -1);
  assert_int (json_array_get_element (elements, 2), 10);
  assert_int (json_array_get_element (elements, 3), G_GINT64_CONSTANT (1234567890123));
  assert_int (json_array_get_element (elements, 4), -G_MAXINT64);
  assert_int (json_array_get_element (elements, 5), G_MAXINT64 - 1);
}

static void
test_doubles (void)
{
  static const struct
  {
    const char *json;
    double      expected;
  } cases[] = {
    { "1.5", 1.5 },
    { "-2e10", -2e10 },
    { "1E-3", 1E-3 },
    { "1e+2", 100.0 },
    { "2.5E+0", 2.5 },
    { "0.0", 0.0 },
    { "-0.0", -0.0 },
    { "-0e5", -0.0 },
    { "0.1", 0.1 },
    { "123.456e-7", 123.456e-7 },
    { "1.7976931348623157e308", 1.7976931348623157e308 },
    { "2.2250738585072014e-308", 2.2250738585072014e-308 },
    { "1e007", 1e7 },
    { "3.141592653589793238462643383279", 3.141592653589793238462643383279 },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(JsonNode) node = read_ok (cases[i].json, strlen (cases[i].json));
      g_autofree char *in_array = g_strdup_printf ("[%s,%s]", cases[i].json, cases[i].json);
      g_autoptr(JsonNode) array = read_ok (in_array, strlen (in_array));

      assert_double (node, cases[i].expected);
      assert_double (json_array_get_element (get_array (array, 2), 1), cases[i].expected);
    }
}

static void
test_number_length (void)
{
  /* 63 characters are read here, 64 are left to JsonParser. */
  g_autofree char *digits_63 = g_strnfill (63, '1');
  g_autofree char *fraction_63 = g_strdup_printf ("0.%s", digits_63 + 2);
  g_autofree char *fraction_64 = g_strdup_printf ("0.%s", digits_63 + 1);
  g_autoptr(JsonNode) node = read_ok (fraction_63, strlen (fraction_63));

  g_assert_cmpuint (strlen (fraction_63), ==, 63);
  assert_double (node, g_ascii_strtod (fraction_63, NULL));
  assert_refused (fraction_64, strlen (fraction_64));
  assert_refused (digits_63, strlen (digits_63));
}

static void
test_literals (void)
{
  g_autoptr(JsonNode) yes = read_ok (TEXT ("true"));
  g_autoptr(JsonNode) no = read_ok (TEXT ("false"));
  g_autoptr(JsonNode) nothing = read_ok (TEXT ("null"));
  g_autoptr(JsonNode) array = read_ok (TEXT ("[true,false,null]"));
  JsonArray *elements = get_array (array, 3);

  assert_boolean (yes, TRUE);
  assert_boolean (no, FALSE);
  g_assert_cmpint (json_node_get_node_type (nothing), ==, JSON_NODE_NULL);
  g_assert_true (json_node_is_null (nothing));
  assert_boolean (json_array_get_element (elements, 0), TRUE);
  assert_boolean (json_array_get_element (elements, 1), FALSE);
  g_assert_true (json_node_is_null (json_array_get_element (elements, 2)));
}

static void
test_whitespace (void)
{
  g_autoptr(JsonNode) node =
    read_ok (TEXT (" \t\r\n{ \t\r\n\"a\" \t\r\n: \t\r\n[ \t\r\n1 \t\r\n, \t\r\n\"x y\" \t\r\n]"
                   " \t\r\n, \t\r\n\"b\"\n:\n{\n}\n,\"c\":true\r,\"d\"\t:\tnull } \t\r\n"));
  JsonObject *object = get_object (node, 4);
  JsonArray *a = get_array (json_object_get_member (object, "a"), 2);
  g_autoptr(JsonNode) scalar = read_ok (TEXT ("\n\n  42 \r\n"));

  assert_member_order (object, "a,b,c,d");
  assert_int (json_array_get_element (a, 0), 1);
  assert_string (json_array_get_element (a, 1), "x y");
  get_object (json_object_get_member (object, "b"), 0);
  assert_boolean (json_object_get_member (object, "c"), TRUE);
  g_assert_true (json_node_is_null (json_object_get_member (object, "d")));
  assert_int (scalar, 42);
}

static void
test_scalar (void)
{
  g_autoptr(JsonNode) number = read_ok (TEXT ("42"));
  g_autoptr(JsonNode) fraction = read_ok (TEXT ("-1.25"));
  g_autoptr(JsonNode) string = read_ok (TEXT ("\"just a string\""));
  g_autoptr(JsonNode) boolean = read_ok (TEXT ("false"));
  g_autoptr(JsonNode) nothing = read_ok (TEXT ("null"));

  assert_int (number, 42);
  assert_double (fraction, -1.25);
  assert_string (string, "just a string");
  assert_boolean (boolean, FALSE);
  g_assert_true (json_node_is_null (nothing));
}

static void
test_duplicate_keys (void)
{
  g_autoptr(JsonNode) node = read_ok (TEXT ("{\"a\":1,\"b\":2,\"a\":[3],\"c\":4,\"b\":\"5\"}"));
  g_autoptr(JsonNode) nested =
    read_ok (TEXT ("[{\"k\":{\"x\":1},\"k\":{\"y\":2}},{\"\\u0061\":1,\"a\":2}]"));
  JsonObject *object = get_object (node, 3);
  JsonArray *elements = get_array (nested, 2);
  JsonObject *k;

  /* As JsonParser does (read_ok () compared the trees): the last value wins, the member keeps
   * the place of its first appearance. */
  assert_member_order (object, "a,b,c");
  assert_int (json_array_get_element (get_array (json_object_get_member (object, "a"), 1), 0),
              3);
  assert_string (json_object_get_member (object, "b"), "5");
  assert_int (json_object_get_member (object, "c"), 4);

  k = get_object (json_object_get_member (get_object (json_array_get_element (elements, 0), 1),
                                          "k"),
                  1);
  assert_int (json_object_get_member (k, "y"), 2);
  assert_int (json_object_get_member (get_object (json_array_get_element (elements, 1), 1), "a"),
              2);
}

/* JsonReader climbs back up the tree through the nodes' parent links: without them it lands
 * on the root instead of "a" and finds no "x" there. */
static void
walk_with_json_reader (JsonNode *root)
{
  g_autoptr(JsonReader) reader = json_reader_new (root);

  g_assert_true (json_reader_read_member (reader, "a"));
  g_assert_true (json_reader_read_member (reader, "b"));
  g_assert_true (json_reader_read_member (reader, "c"));
  g_assert_cmpint (json_reader_get_int_value (reader), ==, 1);
  json_reader_end_member (reader);
  json_reader_end_member (reader);
  g_assert_true (json_reader_read_member (reader, "x"));
  g_assert_true (json_reader_read_element (reader, 1));
  g_assert_true (json_reader_read_element (reader, 0));
  g_assert_cmpint (json_reader_get_int_value (reader), ==, 20);
  json_reader_end_element (reader);
  json_reader_end_element (reader);
  g_assert_true (json_reader_read_element (reader, 0));
  g_assert_cmpint (json_reader_get_int_value (reader), ==, 10);
  json_reader_end_element (reader);
  json_reader_end_member (reader);
  json_reader_end_member (reader);

  g_assert_true (json_reader_read_member (reader, "d"));
  g_assert_cmpstr (json_reader_get_string_value (reader), ==, "last");
  json_reader_end_member (reader);
  g_assert_null (json_reader_get_error (reader));
}

static void
test_parents (void)
{
  static const char text[] = "{\"a\":{\"b\":{\"c\":1},\"x\":[10,[20,30]]},\"d\":\"last\"}";
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonNode) node = read_ok (TEXT (text));
  JsonObject *object = get_object (node, 2);
  JsonNode *a = json_object_get_member (object, "a");
  JsonNode *x = json_object_get_member (get_object (a, 2), "x");

  /* The same links as JsonParser makes (read_ok () checked every one of them). */
  g_assert_null (json_node_get_parent (node));
  g_assert_true (json_node_get_parent (a) == node);
  g_assert_true (json_node_get_parent (x) == a);
  g_assert_true (json_node_get_parent (json_array_get_element (get_array (x, 2), 1)) == x);

  g_assert_true (json_parser_load_from_data (parser, text, -1, NULL));
  walk_with_json_reader (json_parser_get_root (parser));
  walk_with_json_reader (node);
}

static void
test_depth_limit (void)
{
  static const struct
  {
    const char *json;
    guint       depth;
  } cases[] = {
    { "1", 0 },
    { "[]", 1 },
    { "{}", 1 },
    { "[[[1]]]", 3 },
    { "[[[]]]", 3 },
    { "{\"a\":{\"b\":[1]}}", 3 },
    { "[{\"a\":[]},[[]],{}]", 3 },
    { "[[[[1]]]]", 4 },
    { "{\"a\":{\"b\":[[1]]}}", 4 },
    { "[1,[2,[3,[4]]]]", 4 },
    { "[[],[[]],[[[]]],[[[[]]]]]", 5 },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gsize length = strlen (cases[i].json);

      for (guint limit = 0; limit <= 6; limit++)
        {
          g_autoptr(JsonNode) node = nd_json_read (cases[i].json, length, limit);

          if ((node != NULL) != (cases[i].depth <= limit))
            fail_text ("depth limit", cases[i].json, length, "depth %u with limit %u: %s",
                       cases[i].depth, limit, node != NULL ? "read" : "refused");
        }
      json_node_unref (read_ok (cases[i].json, length));
    }
}

static void
test_deep_nesting (void)
{
  g_autofree char *opens = g_strnfill (DEPTH_LIMIT + 1, '[');
  g_autofree char *closes = g_strnfill (DEPTH_LIMIT + 1, ']');
  g_autofree char *at_limit = g_strdup_printf ("%s%s", opens + 1, closes + 1);
  g_autofree char *over_limit = g_strdup_printf ("%s%s", opens, closes);
  g_autofree char *very_deep = g_strnfill (1000000, '[');
  g_autoptr(JsonNode) node = read_ok (at_limit, strlen (at_limit));
  JsonNode *inner = node;

  for (guint depth = 1; depth < DEPTH_LIMIT; depth++)
    inner = json_array_get_element (get_array (inner, 1), 0);
  get_array (inner, 0);

  assert_refused (over_limit, strlen (over_limit));

  /* Far deeper than anything JsonParser could read; refused without going that deep. */
  g_assert_null (nd_json_read (very_deep, strlen (very_deep), DEPTH_LIMIT));
}

/* ------------------------------------------------------------------------------------------ */
/* 2. Texts the reader must refuse. */

/* A sample with every kind of value, escape and character. */
static const char sample[] =
  "{\"title\": \"Caf\xC3\xA9 \xE4\xB8\xAD\xE6\x96\x87 \xF0\x9F\x98\x80\",\n"
  " \"escapes\": \"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\ud83d\\ude00\",\n"
  " \"numbers\": [0, -0, 12, -9223372036854775808, 1.5, -2e10, 1E-3, 0.25e+2],\n"
  " \"flags\": [true, false, null],\n"
  " \"nested\": {\"empty\": {}, \"list\": [], \"deep\": [[{\"x\": \"y\"}]]},\n"
  " \"long\": \"0123456789abcdef0123456789abcdef\xC3\xBC\"\r\n"
  "}";

static void
test_truncated (void)
{
  Stats stats = { 0 };
  gsize length = sizeof sample - 1;
  g_autoptr(JsonNode) whole = read_ok (sample, length);

  get_object (whole, 6);

  for (gsize prefix = 0; prefix < length; prefix++)
    {
      /* A copy of just the prefix, so that the sanitizers see any read past its end. */
      g_autofree char *text = g_memdup2 (sample, MAX (prefix, 1));
      g_autoptr(JsonNode) node = check_text (&stats, "truncated sample", text, prefix);

      if (node != NULL)
        fail_text ("truncated sample", text, prefix, "the reader must refuse a truncated text");
    }

  print_stats ("truncated sample", &stats);
  g_assert_cmpuint (stats.read, ==, 0);
  g_assert_cmpuint (stats.texts, ==, length);
}

static void
test_refused (void)
{
  static const struct
  {
    const char *json;
    gsize       length;
  } cases[] = {
    /* nothing */
    { TEXT ("") }, { TEXT (" ") }, { TEXT ("\n\t\r ") },
    /* trailing garbage and two values */
    { TEXT ("{} x") }, { TEXT ("[1]]") }, { TEXT ("1 x") }, { TEXT ("{}}") }, { TEXT ("truex") },
    { TEXT ("nullx") }, { TEXT ("[1]\0") }, { TEXT ("1\0") }, { TEXT ("\"a\"\"b\"") },
    { TEXT ("1 2") }, { TEXT ("{} {}") }, { TEXT ("[1][2]") }, { TEXT ("[] []") },
    { TEXT ("\"a\" \"b\"") }, { TEXT ("[1],") }, { TEXT ("true false") },
    /* invalid escapes */
    { TEXT ("\"\\x\"") }, { TEXT ("\"\\a\"") }, { TEXT ("\"\\U0041\"") }, { TEXT ("\"\\u12\"") },
    { TEXT ("\"\\u12G4\"") }, { TEXT ("\"\\'\"") }, { TEXT ("\"\\0\"") }, { TEXT ("\"\\\"") },
    { TEXT ("\"\\u\"") }, { TEXT ("\"\\ \"") }, { TEXT ("\"\\\n\"") }, { TEXT ("\"\\") },
    { TEXT ("{\"\\x\":1}") },
    /* \u0000 */
    { TEXT ("\"\\u0000\"") }, { TEXT ("\"a\\u0000b\"") }, { TEXT ("{\"\\u0000\":1}") },
    { TEXT ("[\"\\u0000\"]") },
    /* lone surrogates */
    { TEXT ("\"\\ud800\"") }, { TEXT ("\"\\uD83D x\"") }, { TEXT ("\"\\ud800\\u0041\"") },
    { TEXT ("\"\\ud800\\ud800\"") }, { TEXT ("\"\\ud800\\n\"") }, { TEXT ("\"\\udbff\"") },
    { TEXT ("\"\\udc00\"") }, { TEXT ("\"\\uDE00\\uD83D\"") }, { TEXT ("\"\\udfff\"") },
    { TEXT ("\"\\ud83d\\u") }, { TEXT ("\"\\ud83d\\ude0\"") }, { TEXT ("{\"\\ud800\":1}") },
    /* raw control characters in strings */
    { TEXT ("\"a\tb\"") }, { TEXT ("\"a\nb\"") }, { TEXT ("\"a\rb\"") }, { TEXT ("\"\x01\"") },
    { TEXT ("\"\x1f\"") }, { TEXT ("\"\0\"") }, { TEXT ("{\"a\tb\":1}") },
    { TEXT ("[\"0123456789abcdef\t\"]") },
    /* invalid UTF-8 */
    { TEXT ("\"\xC0\xAF\"") }, { TEXT ("\"\xC1\xBF\"") }, { TEXT ("\"\xE0\x80\xAF\"") },
    { TEXT ("\"\xF0\x80\x80\xAF\"") }, { TEXT ("\"\x80\"") }, { TEXT ("\"a\xBF b\"") },
    { TEXT ("\"\xE4\xB8\"") }, { TEXT ("\"\xE4\xB8x\"") }, { TEXT ("\"\xF0\x9F\x98\"") },
    { TEXT ("\"\xC3\"") }, { TEXT ("\"\xFF\"") }, { TEXT ("\"\xFE\"") },
    { TEXT ("\"\xF8\x88\x80\x80\x80\"") },
    { TEXT ("\"\xED\xA0\x80\"") }, { TEXT ("\"\xED\xBF\xBF\"") }, { TEXT ("\"\xF4\x90\x80\x80\"") },
    { TEXT ("\"\xC3\xA9\x80\"") }, { TEXT ("{\"\xFF\":1}") },
    { TEXT ("\"0123456789abcdef\xC3\"") }, { TEXT ("\"0123456789abcde\xE4\xB8\"") },
    { TEXT ("\xC3\xA9") }, { TEXT ("[\xC3\xA9]") }, { TEXT ("\xEF\xBB\xBF{}") },
    /* numbers */
    { TEXT ("01") }, { TEXT ("-01") }, { TEXT ("00") }, { TEXT ("[01]") }, { TEXT ("1.") },
    { TEXT ("1.e5") }, { TEXT (".5") }, { TEXT ("-.5") }, { TEXT ("+1") }, { TEXT ("-") },
    { TEXT ("--1") }, { TEXT ("- 1") }, { TEXT ("1e") }, { TEXT ("1e+") }, { TEXT ("1E-") },
    { TEXT ("0x10") }, { TEXT ("1_000") }, { TEXT ("1.5.2") }, { TEXT ("1e5.5") },
    { TEXT ("[1.]") }, { TEXT ("[-]") }, { TEXT ("{\"a\":-}") }, { TEXT ("1 000") },
    { TEXT ("9223372036854775808") }, { TEXT ("-9223372036854775809") },
    { TEXT ("99999999999999999999") }, { TEXT ("[18446744073709551616]") },
    { TEXT ("1e400") }, { TEXT ("-1e400") }, { TEXT ("1e-400") }, { TEXT ("4.9e-324") },
    { TEXT ("1234567890123456789012345678901234567890123456789012345678901234") },
    { TEXT ("0.00000000000000000000000000000000000000000000000000000000000001") },
    { TEXT ("-1.000000000000000000000000000000000000000000000000000000000000e1") },
    /* NaN and Infinity */
    { TEXT ("NaN") }, { TEXT ("-NaN") }, { TEXT ("nan") }, { TEXT ("Infinity") },
    { TEXT ("-Infinity") }, { TEXT ("inf") }, { TEXT ("[NaN]") }, { TEXT ("{\"a\":Infinity}") },
    /* comments */
    { TEXT ("/* c */ 1") }, { TEXT ("1 // c") }, { TEXT ("[1, /* c */ 2]") },
    { TEXT ("// c\n1") }, { TEXT ("# c\n1") }, { TEXT ("{\"a\":1 /* c */}") },
    /* single quotes */
    { TEXT ("'a'") }, { TEXT ("{'a':1}") }, { TEXT ("['a']") }, { TEXT ("{\"a\":'b'}") },
    /* trailing and missing commas */
    { TEXT ("[1,]") }, { TEXT ("{\"a\":1,}") }, { TEXT ("[,]") }, { TEXT ("[1,,2]") },
    { TEXT ("{,}") }, { TEXT ("[,1]") }, { TEXT ("[1 2]") }, { TEXT ("{\"a\":1 \"b\":2}") },
    /* bare words */
    { TEXT ("abc") }, { TEXT ("tru") }, { TEXT ("True") }, { TEXT ("NULL") }, { TEXT ("nul") },
    { TEXT ("fals") }, { TEXT ("undefined") }, { TEXT ("{a:1}") }, { TEXT ("[abc]") },
    { TEXT ("var x = 1") }, { TEXT ("var x = [1];") }, { TEXT ("[true1]") },
    /* broken structure */
    { TEXT ("{") }, { TEXT ("}") }, { TEXT ("[") }, { TEXT ("]") }, { TEXT ("{\"a\"}") },
    { TEXT ("{\"a\" 1}") }, { TEXT ("{1:2}") }, { TEXT ("{\"a\"::1}") }, { TEXT ("{\"a\":}") },
    { TEXT ("[}") }, { TEXT ("{]") }, { TEXT ("\"abc") }, { TEXT ("[\"a\",") },
    /* whitespace JSON does not allow */
    { TEXT ("\f1") }, { TEXT ("\v1") }, { TEXT ("\xC2\xA0" "1") }, { TEXT ("[1,\f2]") },
  };
  Stats stats = { 0 };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_memdup2 (cases[i].json, cases[i].length + 1);
      g_autoptr(JsonNode) node = check_text (&stats, "refused case", text, cases[i].length);

      if (node != NULL)
        fail_text ("refused case", text, cases[i].length, "the reader must refuse it");
    }

  print_stats ("refused cases", &stats);
  g_assert_cmpuint (stats.read, ==, 0);
}

/* ------------------------------------------------------------------------------------------ */
/* 3. Random documents and their mutations. */

typedef struct
{
  GRand   *rand;
  GString *out;
  guint    max_depth;
} Generator;

static gboolean
chance (GRand *rand,
        gint   percent)
{
  return g_rand_int_range (rand, 0, 100) < percent;
}

static void
gen_space (Generator *gen)
{
  static const char spaces[] = " \t\n\r";

  if (!chance (gen->rand, 25))
    return;

  for (gint n = g_rand_int_range (gen->rand, 1, 4); n > 0; n--)
    g_string_append_c (gen->out, spaces[g_rand_int_range (gen->rand, 0, 4)]);
}

static gunichar
gen_code_point (GRand *rand)
{
  static const gunichar favourites[] = { 0xE9, 0xFC, 0x4E2D, 0x6587, 0x1F600, 0xFFFF, 0xFEFF,
                                         0x2028, 0x80, 0x7FF, 0x800, 0x10000, 0x10FFFF };
  gunichar c;

  switch (g_rand_int_range (rand, 0, 4))
    {
    case 0:
      return g_rand_int_range (rand, 0x80, 0x800);

    case 1:
      do
        c = g_rand_int_range (rand, 0x800, 0x10000);
      while (c >= 0xD800 && c <= 0xDFFF);
      return c;

    case 2:
      return g_rand_int_range (rand, 0x10000, 0x110000);

    default:
      return favourites[g_rand_int_range (rand, 0, G_N_ELEMENTS (favourites))];
    }
}

static void
gen_unicode_escape (Generator *gen,
                    guint      unit)
{
  g_string_append_printf (gen->out, chance (gen->rand, 50) ? "\\u%04x" : "\\u%04X", unit);
}

static void
gen_string (Generator *gen,
            gboolean   key)
{
  static const char *escapes[] = { "\\\"", "\\\\", "\\/", "\\b", "\\f", "\\n", "\\r", "\\t" };
  gint n;

  if (key)
    n = g_rand_int_range (gen->rand, 0, 8);
  else if (chance (gen->rand, 20))
    n = g_rand_int_range (gen->rand, 0, 120);
  else
    n = g_rand_int_range (gen->rand, 0, 14);

  g_string_append_c (gen->out, '"');
  for (gint i = 0; i < n; i++)
    {
      switch (g_rand_int_range (gen->rand, 0, 12))
        {
        case 0:
          g_string_append (gen->out, escapes[g_rand_int_range (gen->rand, 0,
                                                               G_N_ELEMENTS (escapes))]);
          break;

        case 1:
          {
            guint unit;

            do
              unit = chance (gen->rand, 30) ? g_rand_int_range (gen->rand, 1, 0x80)
                                            : g_rand_int_range (gen->rand, 1, 0x10000);
            while (unit >= 0xD800 && unit <= 0xDFFF);
            gen_unicode_escape (gen, unit);
          }
          break;

        case 2:
          {
            guint c = g_rand_int_range (gen->rand, 0x10000, 0x110000) - 0x10000;

            gen_unicode_escape (gen, 0xD800 + (c >> 10));
            gen_unicode_escape (gen, 0xDC00 + (c & 0x3FF));
          }
          break;

        case 3:
        case 4:
          g_string_append_unichar (gen->out, gen_code_point (gen->rand));
          break;

        default:
          {
            char c;

            do
              c = g_rand_int_range (gen->rand, 0x20, 0x80);
            while (c == '"' || c == '\\');
            g_string_append_c (gen->out, c);
          }
          break;
        }
    }
  g_string_append_c (gen->out, '"');
}

static void
gen_digits (Generator *gen,
            gint       min,
            gint       max)
{
  for (gint n = g_rand_int_range (gen->rand, min, max + 1); n > 0; n--)
    g_string_append_c (gen->out, '0' + g_rand_int_range (gen->rand, 0, 10));
}

static void
gen_number (Generator *gen)
{
  static const char *extremes[] = { "0", "-0", "1", "-1", "9223372036854775807",
                                    "-9223372036854775808", "-9223372036854775807", "0.0",
                                    "-0.0", "1e0", "1E+0", "0e-0" };

  switch (g_rand_int_range (gen->rand, 0, 6))
    {
    case 0:
      g_string_append_printf (gen->out, "%d", g_rand_int_range (gen->rand, -1000, 1001));
      break;

    case 1:
      {
        guint64 bits = (guint64)g_rand_int (gen->rand) << 32 | g_rand_int (gen->rand);

        g_string_append_printf (gen->out, "%" G_GINT64_FORMAT, (gint64)bits);
      }
      break;

    case 2:
      g_string_append (gen->out, extremes[g_rand_int_range (gen->rand, 0,
                                                            G_N_ELEMENTS (extremes))]);
      break;

    default:
      {
        gboolean fraction = chance (gen->rand, 70);

        /* At most 9 + 17 digits and an exponent below 100: always a normal double. */
        if (chance (gen->rand, 50))
          g_string_append_c (gen->out, '-');
        if (chance (gen->rand, 30))
          g_string_append_c (gen->out, '0');
        else
          {
            g_string_append_c (gen->out, '1' + g_rand_int_range (gen->rand, 0, 9));
            gen_digits (gen, 0, 8);
          }
        if (fraction)
          {
            g_string_append_c (gen->out, '.');
            gen_digits (gen, 1, 17);
          }
        if (!fraction || chance (gen->rand, 40))
          {
            g_string_append_c (gen->out, chance (gen->rand, 50) ? 'e' : 'E');
            if (chance (gen->rand, 60))
              g_string_append_c (gen->out, chance (gen->rand, 50) ? '+' : '-');
            gen_digits (gen, 1, 2);
          }
      }
      break;
    }
}

static void
gen_value (Generator *gen,
           guint      depth)
{
  static const char *literals[] = { "true", "false", "null" };
  gint kind = g_rand_int_range (gen->rand, 0, depth < gen->max_depth ? 10 : 6);

  /* Mostly containers at the top. */
  if (depth == 0 && gen->max_depth > 0 && chance (gen->rand, 80))
    kind = g_rand_int_range (gen->rand, 6, 10);

  gen_space (gen);
  switch (kind)
    {
    case 0:
    case 1:
      gen_string (gen, FALSE);
      break;

    case 2:
    case 3:
      gen_number (gen);
      break;

    case 4:
    case 5:
      g_string_append (gen->out, literals[g_rand_int_range (gen->rand, 0, 3)]);
      break;

    case 6:
    case 7:
      {
        gint n = chance (gen->rand, 15) ? 0 : g_rand_int_range (gen->rand, 1, 6);

        g_string_append_c (gen->out, '[');
        gen_space (gen);
        for (gint i = 0; i < n; i++)
          {
            if (i > 0)
              g_string_append_c (gen->out, ',');
            gen_value (gen, depth + 1);
          }
        g_string_append_c (gen->out, ']');
      }
      break;

    default:
      {
        gint n = chance (gen->rand, 15) ? 0 : g_rand_int_range (gen->rand, 1, 6);
        g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);

        g_string_append_c (gen->out, '{');
        gen_space (gen);
        for (gint i = 0; i < n; i++)
          {
            gsize key_start;

            if (i > 0)
              {
                g_string_append_c (gen->out, ',');
                gen_space (gen);
              }
            key_start = gen->out->len;
            if (keys->len > 0 && chance (gen->rand, 10))
              g_string_append (gen->out, g_ptr_array_index (keys, g_rand_int_range (gen->rand, 0,
                                                                                    keys->len)));
            else
              gen_string (gen, TRUE);
            g_ptr_array_add (keys, g_strndup (gen->out->str + key_start,
                                              gen->out->len - key_start));
            gen_space (gen);
            g_string_append_c (gen->out, ':');
            gen_value (gen, depth + 1);
          }
        g_string_append_c (gen->out, '}');
      }
      break;
    }
  gen_space (gen);
}

static void
generate_document (GRand   *rand,
                   GString *out)
{
  Generator gen = { rand, out, g_rand_int_range (rand, 0, 8) };

  g_string_truncate (out, 0);
  gen_value (&gen, 0);
}

static char
random_byte (GRand *rand)
{
  static const char interesting[] = "\"\\{}[],:-+.eE0123456789 \t\n\rtfnu/'x\0\x7F\x80\xBF\xC3"
                                    "\xE4\xED\xF0\xF4\xFF";

  if (chance (rand, 60))
    return interesting[g_rand_int_range (rand, 0, sizeof interesting - 1)];
  return (char)g_rand_int_range (rand, 0, 256);
}

static void
mutate (GRand   *rand,
        GString *text)
{
  gint op = text->len == 0 ? 1 : g_rand_int_range (rand, 0, 3);
  gsize pos = g_rand_int_range (rand, 0, text->len + (op == 1 ? 1 : 0));

  switch (op)
    {
    case 0:
      g_string_erase (text, pos, 1);
      break;

    case 1:
      g_string_insert_c (text, pos, random_byte (rand));
      break;

    default:
      if (chance (rand, 50))
        text->str[pos] ^= 1 << g_rand_int_range (rand, 0, 8);
      else
        text->str[pos] = random_byte (rand);
      break;
    }
}

static guint32
get_seed (void)
{
  const char *env = g_getenv ("ND_TEST_JSON_SEED");

  if (env != NULL)
    return (guint32)g_ascii_strtoull (env, NULL, 10);
  return (guint32)g_test_rand_int ();
}

static void
test_random (void)
{
  guint32 seed = get_seed ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(GString) document = g_string_new (NULL);
  g_autoptr(GString) mutated = g_string_new (NULL);
  Stats valid = { 0 };
  Stats mutations = { 0 };
  gsize total_bytes = 0;

  g_test_message ("seed %u (ND_TEST_JSON_SEED=%u repeats this run)", seed, seed);

  for (guint i = 0; i < N_RANDOM_DOCUMENTS; i++)
    {
      g_autofree char *origin = g_strdup_printf ("seed %u, document %u", seed, i);
      g_autoptr(JsonNode) node = NULL;

      generate_document (rand, document);
      total_bytes += document->len;

      /* The generator writes only strict JSON the reader promises to read. */
      if (strict_classify (document->str, document->len, DEPTH_LIMIT) != STRICT_READ)
        fail_text (origin, document->str, document->len, "the generator wrote %s",
                   strict_class_names[strict_classify (document->str, document->len,
                                                       DEPTH_LIMIT)]);
      node = check_text (&valid, origin, document->str, document->len);
      g_assert_nonnull (node);

      for (guint m = 0; m < N_MUTATIONS; m++)
        {
          g_autofree char *mutation_origin = g_strdup_printf ("%s, mutation %u", origin, m);
          g_autoptr(JsonNode) mutated_node = NULL;

          g_string_assign (mutated, document->str);
          g_string_truncate (mutated, document->len);
          for (guint n = 0; n <= m % 2; n++)
            mutate (rand, mutated);
          mutated_node = check_text (&mutations, mutation_origin, mutated->str, mutated->len);
        }
    }

  print_stats ("random documents", &valid);
  print_stats ("mutated documents", &mutations);
  g_test_message ("random documents: %" G_GSIZE_FORMAT " bytes in all", total_bytes);

  /* Every generated document took the fast way; none fell back. */
  g_assert_cmpuint (valid.texts, ==, N_RANDOM_DOCUMENTS);
  g_assert_cmpuint (valid.read, ==, N_RANDOM_DOCUMENTS);
  g_assert_cmpuint (mutations.texts, ==, N_RANDOM_DOCUMENTS * N_MUTATIONS);
  /* The mutations reached both sides: some still read, some refused. */
  g_assert_cmpuint (mutations.read, >, 0);
  g_assert_cmpuint (mutations.both_refused, >, 0);
}

/* ------------------------------------------------------------------------------------------ */
/* 4. The real corpus. */

typedef struct
{
  Stats stats;
  guint n_json_files;
  guint n_jsonl_files;
  guint n_jsonl_lines;
  guint n_strict;
} Corpus;

static void
check_corpus_text (Corpus     *corpus,
                   const char *origin,
                   const char *text,
                   gsize       length)
{
  g_autoptr(JsonNode) node = NULL;

  if (strict_classify (text, length, DEPTH_LIMIT) == STRICT_READ)
    corpus->n_strict++;
  node = check_text (&corpus->stats, origin, text, length);
}

static void
walk_corpus (Corpus     *corpus,
             const char *dir_path,
             const char *relative)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, &error);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc)g_strcmp0);

  for (guint i = 0; i < names->len; i++)
    {
      const char *child_name = g_ptr_array_index (names, i);
      g_autofree char *path = g_build_filename (dir_path, child_name, NULL);
      g_autofree char *child = relative[0] != '\0' ? g_build_filename (relative, child_name, NULL)
                                                   : g_strdup (child_name);
      g_autofree char *data = NULL;
      gsize length;

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        {
          walk_corpus (corpus, path, child);
          continue;
        }

      if (!g_str_has_suffix (child_name, ".json") && !g_str_has_suffix (child_name, ".jsonl"))
        continue;

      g_file_get_contents (path, &data, &length, &error);
      g_assert_no_error (error);

      if (g_str_has_suffix (child_name, ".json"))
        {
          corpus->n_json_files++;
          check_corpus_text (corpus, child, data, length);
        }
      else
        {
          const char *end = data + length;
          const char *line = data;
          guint number = 1;

          /* Each line as read_json_lines () in nd-formats.c hands it over. */
          corpus->n_jsonl_files++;
          for (; line < end; number++)
            {
              const char *newline = memchr (line, '\n', end - line);
              const char *line_end = newline != NULL ? newline : end;
              const char *p = line;

              while (p < line_end && g_ascii_isspace (*p))
                p++;
              if (p < line_end)
                {
                  g_autofree char *origin = g_strdup_printf ("%s:%u", child, number);

                  corpus->n_jsonl_lines++;
                  check_corpus_text (corpus, origin, line, line_end - line);
                }
              line = line_end + 1;
            }
        }
    }
}

static void
test_corpus (void)
{
  g_autofree char *root = g_test_build_filename (G_TEST_DIST, "..", "..", "shared", "corpus",
                                                 NULL);
  Corpus corpus = { 0 };

  walk_corpus (&corpus, root, "");

  g_test_message ("corpus: %u JSON files, %u JSON Lines files with %u lines; %u texts are strict "
                  "JSON the reader promises to read, %u took the fast way",
                  corpus.n_json_files, corpus.n_jsonl_files, corpus.n_jsonl_lines,
                  corpus.n_strict, corpus.stats.read);
  print_stats ("corpus", &corpus.stats);

  /* ../shared/corpus/PROVENANCE.md lists 429 JSON files; more may come. */
  g_assert_cmpuint (corpus.n_json_files, >=, 429);
  g_assert_cmpuint (corpus.stats.texts, ==, corpus.n_json_files + corpus.n_jsonl_lines);
  g_assert_cmpuint (corpus.stats.read, ==, corpus.n_strict);
  /* They are all strict JSON as published. */
  g_assert_cmpuint (corpus.n_strict, ==, corpus.stats.texts);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/nd/json-reader/compare", test_compare);
  g_test_add_func ("/nd/json-reader/object", test_object);
  g_test_add_func ("/nd/json-reader/array", test_array);
  g_test_add_func ("/nd/json-reader/nesting", test_nesting);
  g_test_add_func ("/nd/json-reader/empty", test_empty);
  g_test_add_func ("/nd/json-reader/escapes", test_escapes);
  g_test_add_func ("/nd/json-reader/utf8", test_utf8);
  g_test_add_func ("/nd/json-reader/utf8-boundaries", test_utf8_boundaries);
  g_test_add_func ("/nd/json-reader/integers", test_integers);
  g_test_add_func ("/nd/json-reader/doubles", test_doubles);
  g_test_add_func ("/nd/json-reader/number-length", test_number_length);
  g_test_add_func ("/nd/json-reader/literals", test_literals);
  g_test_add_func ("/nd/json-reader/whitespace", test_whitespace);
  g_test_add_func ("/nd/json-reader/scalar", test_scalar);
  g_test_add_func ("/nd/json-reader/duplicate-keys", test_duplicate_keys);
  g_test_add_func ("/nd/json-reader/parents", test_parents);
  g_test_add_func ("/nd/json-reader/depth-limit", test_depth_limit);
  g_test_add_func ("/nd/json-reader/deep-nesting", test_deep_nesting);
  g_test_add_func ("/nd/json-reader/truncated", test_truncated);
  g_test_add_func ("/nd/json-reader/refused", test_refused);
  g_test_add_func ("/nd/json-reader/random", test_random);
  g_test_add_func ("/nd/json-reader/corpus", test_corpus);

  return g_test_run ();
}

/* test-json-reader-check.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The two references of test-json-reader: a strict RFC 8259 checker and the comparison with
 * json-glib's JsonParser, with the assertions the cases share. */

#include "config.h"

#include <errno.h>
#include <math.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "formats/nd-json-reader.h"
#include "formats/nd-json-reader-private.h"
#include "test-json-reader-private.h"

/* ------------------------------------------------------------------------------------------ */
/* The strict checker: RFC 8259, UTF-8 after RFC 3629, and the reader's documented limits. */

const char *strict_class_names[] = { "not JSON", "JSON the reader leaves to JsonParser",
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

StrictClass
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

char *
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
void G_GNUC_PRINTF (4, 5)
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
JsonNode *
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

void
print_stats (const char *what,
             Stats      *stats)
{
  g_test_message ("%s: %u texts; %u read by the reader; %u refused by both; JsonParser took "
                  "%u that are not JSON and %u that are JSON the reader leaves to it",
                  what, stats->texts, stats->read, stats->both_refused,
                  stats->fallback[STRICT_NOT_JSON], stats->fallback[STRICT_EXCLUDED]);
}

/* The reader's tree for @text, which it must read; checked against JsonParser as well. */
JsonNode *
read_ok (const char *text,
         gsize       length)
{
  Stats stats = { 0 };
  JsonNode *node = check_text (&stats, "hand-written case", text, length);

  if (node == NULL)
    fail_text ("hand-written case", text, length, "the reader refused it");
  return node;
}

void
assert_refused (const char *text,
                gsize       length)
{
  Stats stats = { 0 };
  g_autoptr(JsonNode) node = check_text (&stats, "hand-written case", text, length);

  if (node != NULL)
    fail_text ("hand-written case", text, length, "the reader must refuse it");
}

void
assert_string (JsonNode   *node,
               const char *expected)
{
  g_assert_nonnull (node);
  g_assert_cmpint (json_node_get_node_type (node), ==, JSON_NODE_VALUE);
  g_assert_true (json_node_get_value_type (node) == G_TYPE_STRING);
  g_assert_cmpstr (json_node_get_string (node), ==, expected);
}

void
assert_int (JsonNode *node,
            gint64    expected)
{
  g_assert_nonnull (node);
  g_assert_cmpint (json_node_get_node_type (node), ==, JSON_NODE_VALUE);
  g_assert_true (json_node_get_value_type (node) == G_TYPE_INT64);
  g_assert_cmpint (json_node_get_int (node), ==, expected);
}

void
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

void
assert_boolean (JsonNode *node,
                gboolean  expected)
{
  g_assert_nonnull (node);
  g_assert_cmpint (json_node_get_node_type (node), ==, JSON_NODE_VALUE);
  g_assert_true (json_node_get_value_type (node) == G_TYPE_BOOLEAN);
  g_assert_cmpint (json_node_get_boolean (node), ==, expected);
}

JsonObject *
get_object (JsonNode *node,
            guint     size)
{
  g_assert_nonnull (node);
  g_assert_cmpint (json_node_get_node_type (node), ==, JSON_NODE_OBJECT);
  g_assert_cmpuint (json_object_get_size (json_node_get_object (node)), ==, size);
  return json_node_get_object (node);
}

JsonArray *
get_array (JsonNode *node,
           guint     length)
{
  g_assert_nonnull (node);
  g_assert_cmpint (json_node_get_node_type (node), ==, JSON_NODE_ARRAY);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (node)), ==, length);
  return json_node_get_array (node);
}

void
assert_member_order (JsonObject *object,
                     const char *expected)
{
  g_autoptr(GList) names = json_object_get_members (object);
  g_autoptr(GString) joined = g_string_new (NULL);

  for (GList *l = names; l != NULL; l = l->next)
    g_string_append_printf (joined, "%s%s", joined->len > 0 ? "," : "", (const char *)l->data);
  g_assert_cmpstr (joined->str, ==, expected);
}

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
 * ND_TEST_JSON_SEED is set; failures print the seed and the text.
 *
 * This file holds the hand-written cases; test-json-reader-check.c the strict checker and the
 * comparison, test-json-reader-generated.c the refused, random and corpus texts. */

#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "formats/nd-formats.h"
#include "formats/nd-json-reader.h"
#include "formats/nd-json-reader-private.h"
#include "test-json-reader-private.h"

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
  add_json_reader_generated_tests ();

  return g_test_run ();
}

/* test-json-writer.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <json-glib/json-glib.h>

#include "util/nd-json-writer.h"

/* Every escape JSON needs, and text json-glib reads back as it was written. */
static void
test_append_string (void)
{
  const char *value = "say \"hi\"\\ \n\r\t\b\f \x01\x1f\x7f Größe – ok";
  g_autoptr(GString) out = g_string_new ("");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  nd_json_writer_append_string (out, value);
  g_assert_cmpstr (out->str, ==,
                   "\"say \\\"hi\\\"\\\\ \\n\\r\\t\\b\\f \\u0001\\u001f\\u007f Größe – ok\"");

  json_parser_load_from_data (parser, out->str, out->len, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (json_node_get_string (json_parser_get_root (parser)), ==, value);
}

static void
test_append_null (void)
{
  g_autoptr(GString) out = g_string_new ("[");

  nd_json_writer_append_string (out, NULL);
  g_string_append_c (out, ',');
  nd_json_writer_append_string (out, "");
  g_string_append_c (out, ']');

  g_assert_cmpstr (out->str, ==, "[null,\"\"]");
}

/* A field that is not set is still there, as null. */
static void
test_add_string_member (void)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  JsonObject *object;

  json_builder_begin_object (builder);
  nd_json_writer_add_string_member (builder, "title", "A \"title\"");
  nd_json_writer_add_string_member (builder, "url", NULL);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  object = json_node_get_object (root);
  g_assert_cmpuint (json_object_get_size (object), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (object, "title"), ==, "A \"title\"");
  g_assert_true (json_object_has_member (object, "url"));
  g_assert_true (JSON_NODE_HOLDS_NULL (json_object_get_member (object, "url")));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/nd/json-writer/append/string", test_append_string);
  g_test_add_func ("/nd/json-writer/append/null", test_append_null);
  g_test_add_func ("/nd/json-writer/member/string-or-null", test_add_string_member);

  return g_test_run ();
}

/* fuzz-json-reader.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The fast JSON reader against json-glib: whatever the reader accepts, JsonParser accepts
 * too and builds the very same tree (types, exact numbers, member order, parent links).
 * The reader may refuse what it is unsure of; loading then falls back to JsonParser, which
 * fuzz-load covers. */

#include "config.h"

#include <json-glib/json-glib.h>

#include "formats/nd-formats.h"
#include "nd-fuzz.h"
#include "formats/nd-json-reader.h"
#include "formats/nd-json-reader-private.h"

static void assert_same_node (JsonNode *ours,
                              JsonNode *theirs);

static void
assert_same_object (JsonObject *ours,
                    JsonObject *theirs,
                    JsonNode   *ours_node)
{
  g_autoptr(GList) our_names = json_object_get_members (ours);
  g_autoptr(GList) their_names = json_object_get_members (theirs);
  GList *o = our_names;
  GList *t = their_names;

  for (; o != NULL && t != NULL; o = o->next, t = t->next)
    {
      JsonNode *our_member = json_object_get_member (ours, o->data);

      g_assert_cmpstr (o->data, ==, t->data);
      g_assert_true (json_node_get_parent (our_member) == ours_node);
      assert_same_node (our_member, json_object_get_member (theirs, t->data));
    }
  g_assert_true (o == NULL && t == NULL);
}

static void
assert_same_array (JsonArray *ours,
                   JsonArray *theirs,
                   JsonNode  *ours_node)
{
  guint length = json_array_get_length (ours);

  g_assert_cmpuint (length, ==, json_array_get_length (theirs));
  for (guint i = 0; i < length; i++)
    {
      JsonNode *our_element = json_array_get_element (ours, i);

      g_assert_true (json_node_get_parent (our_element) == ours_node);
      assert_same_node (our_element, json_array_get_element (theirs, i));
    }
}

static void
assert_same_value (JsonNode *ours,
                   JsonNode *theirs)
{
  GType type = json_node_get_value_type (ours);

  g_assert_true (type == json_node_get_value_type (theirs));
  if (type == G_TYPE_INT64)
    g_assert_cmpint (json_node_get_int (ours), ==, json_node_get_int (theirs));
  else if (type == G_TYPE_DOUBLE)
    /* Exact: the reader must round as json-glib's g_ascii_strtod does. */
    g_assert_true (memcmp (&(double){ json_node_get_double (ours) },
                           &(double){ json_node_get_double (theirs) }, sizeof (double)) == 0);
  else if (type == G_TYPE_BOOLEAN)
    g_assert_cmpint (json_node_get_boolean (ours), ==, json_node_get_boolean (theirs));
  else
    g_assert_cmpstr (json_node_get_string (ours), ==, json_node_get_string (theirs));
}

static void
assert_same_node (JsonNode *ours,
                  JsonNode *theirs)
{
  g_assert_cmpint (json_node_get_node_type (ours), ==, json_node_get_node_type (theirs));

  switch (json_node_get_node_type (ours))
    {
    case JSON_NODE_OBJECT:
      assert_same_object (json_node_get_object (ours), json_node_get_object (theirs), ours);
      break;
    case JSON_NODE_ARRAY:
      assert_same_array (json_node_get_array (ours), json_node_get_array (theirs), ours);
      break;
    case JSON_NODE_VALUE:
      assert_same_value (ours, theirs);
      break;
    case JSON_NODE_NULL:
    default:
      break;
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = g_malloc (size + 1);
  g_autoptr(JsonNode) ours = NULL;
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) error = NULL;

  memcpy (text, data, size);
  text[size] = '\0';

  ours = nd_json_read (text, size, ND_FORMATS_MAX_DEPTH);
  if (ours == NULL)
    return 0;

  /* Only now: the reader has bounded the depth, so json-glib's recursion is safe. */
  parser = json_parser_new ();
  json_parser_load_from_data (parser, text, (gssize)size, &error);
  g_assert_no_error (error);
  assert_same_node (ours, json_parser_get_root (parser));
  return 0;
}

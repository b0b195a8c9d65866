/* test-json-reader-generated.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* test-json-reader's texts that are not written by hand one by one: texts to refuse,
 * random documents and their mutations, and the real corpus. */

#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "test-json-reader-private.h"

#define N_RANDOM_DOCUMENTS 3000
#define N_MUTATIONS        4

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

void
add_json_reader_generated_tests (void)
{
  g_test_add_func ("/nd/json-reader/truncated", test_truncated);
  g_test_add_func ("/nd/json-reader/refused", test_refused);
  g_test_add_func ("/nd/json-reader/random", test_random);
  g_test_add_func ("/nd/json-reader/corpus", test_corpus);
}

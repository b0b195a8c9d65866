/* test-paragraphs.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "util/nd-paragraphs.h"
#include "nd-test-utils.h"

typedef struct
{
  const char *input;
  const char *expected;
} Case;

typedef struct
{
  const char *input;
  guint       words;
} WordCase;

/* Big enough that anything quadratic would never finish. */
#define LARGE_SIZE (20 * 1024 * 1024)

static void
check_paragraphs (const Case *cases,
                  gsize       n_cases)
{
  for (gsize i = 0; i < n_cases; i++)
    {
      g_autofree char *text = nd_paragraphs_normalize (cases[i].input, -1);

      if (g_strcmp0 (text, cases[i].expected) != 0)
        g_test_message ("nd_paragraphs_normalize (\"%s\")", cases[i].input);
      g_assert_cmpstr (text, ==, cases[i].expected);
    }
}

static void
check_collapse (const Case *cases,
                gsize       n_cases)
{
  for (gsize i = 0; i < n_cases; i++)
    {
      g_autofree char *text = nd_paragraphs_collapse_spaces (cases[i].input);

      if (g_strcmp0 (text, cases[i].expected) != 0)
        g_test_message ("nd_paragraphs_collapse_spaces (\"%s\")", cases[i].input);
      g_assert_cmpstr (text, ==, cases[i].expected);
    }
}

static void
check_words (const WordCase *cases,
             gsize           n_cases)
{
  for (gsize i = 0; i < n_cases; i++)
    {
      guint words = nd_paragraphs_count_words (cases[i].input);

      if (words != cases[i].words)
        g_test_message ("nd_paragraphs_count_words (\"%s\")", cases[i].input);
      g_assert_cmpuint (words, ==, cases[i].words);
    }
}

static void
test_paragraphs_empty (void)
{
  static const Case cases[] = {
    { "", "" },
    { "   ", "" },
    { "\n\n\r\n  \t \n", "" },
    { "\xC2\xA0\n\xC2\xA0", "" },
  };
  g_autofree char *from_null = nd_paragraphs_normalize (NULL, 0);

  check_paragraphs (cases, G_N_ELEMENTS (cases));
  g_assert_cmpstr (from_null, ==, "");
}

static void
test_paragraphs_lines (void)
{
  static const Case cases[] = {
    { "One line", "One line" },
    { "One\nTwo", "One\n\nTwo" },
    { "One\n\nTwo", "One\n\nTwo" },
    { "One\n\n\n\n\nTwo", "One\n\nTwo" },
    { "One\n \t \nTwo", "One\n\nTwo" },
    { "\n\nOne\nTwo\n\n", "One\n\nTwo" },
    { "First paragraph.\nSecond paragraph.\nThird.",
      "First paragraph.\n\nSecond paragraph.\n\nThird." },
  };

  check_paragraphs (cases, G_N_ELEMENTS (cases));
}

static void
test_paragraphs_line_endings (void)
{
  static const Case cases[] = {
    { "One\r\nTwo", "One\n\nTwo" },
    { "One\rTwo\rThree", "One\n\nTwo\n\nThree" },
    { "One\r\n\r\nTwo\r\n", "One\n\nTwo" },
    { "One\n\rTwo", "One\n\nTwo" },
    { "One\xE2\x80\xA8Two\xE2\x80\xA9Three", "One\n\nTwo\n\nThree" },
  };

  check_paragraphs (cases, G_N_ELEMENTS (cases));
}

static void
test_paragraphs_spaces (void)
{
  static const Case cases[] = {
    { "  lead and trail  ", "lead and trail" },
    { "a  \t b", "a b" },
    { "\ta\t\tb\t", "a b" },
    { "a\xC2\xA0\xC2\xA0" "b", "a b" },
    { "\xC2\xA0x\xC2\xA0", "x" },
    { "a \xC2\xA0 \t b", "a b" },
    { "a\fb\vc", "a b c" },
    /* Only blanks collapse: other Unicode spaces are content. */
    { "a\xE3\x80\x80" "b", "a\xE3\x80\x80" "b" },
    { "a \xE2\x80\x83 b", "a \xE2\x80\x83 b" },
    /* Bytes that start U+00A0 or U+2028 but end elsewhere. */
    { "\xC2\xA9\xC2\xA0 2026", "\xC2\xA9 2026" },
    { "a \xE2\x80\x94 b", "a \xE2\x80\x94 b" },
    { "caf\xC3\xA9  au  lait\nna\xC3\xAFve", "caf\xC3\xA9 au lait\n\nna\xC3\xAFve" },
  };

  check_paragraphs (cases, G_N_ELEMENTS (cases));
}

static void
test_paragraphs_length (void)
{
  g_autofree char *cut = nd_paragraphs_normalize ("a\nb\nc", 3);
  g_autofree char *nul = nd_paragraphs_normalize ("a\0b\nc", 5);
  g_autofree char *zero = nd_paragraphs_normalize ("abc", 0);

  g_assert_cmpstr (cut, ==, "a\n\nb");
  g_assert_cmpstr (nul, ==, "ab\n\nc");
  g_assert_cmpstr (zero, ==, "");
}

static void
test_paragraphs_invalid (void)
{
  static const Case cases[] = {
    { "a\xC2", "a\xEF\xBF\xBD" },
    { "\xE2\x80", "\xEF\xBF\xBD\xEF\xBF\xBD" },
    { "x\xFFy\nz", "x\xEF\xBF\xBDy\n\nz" },
    { "\xE2", "\xEF\xBF\xBD" },
  };

  check_paragraphs (cases, G_N_ELEMENTS (cases));
}

static void
test_paragraphs_large (void)
{
  guint count = LARGE_SIZE / strlen ("  Some   words\there.  \r\n\r\n");
  g_autofree char *text = nd_test_repeat ("  Some   words\there.  \r\n\r\n", count);
  g_autofree char *result = nd_paragraphs_normalize (text, -1);
  g_autofree char *expected = nd_test_repeat ("Some words here.\n\n", count);

  /* The last paragraph has no separator after it. */
  expected[strlen (expected) - 2] = '\0';

  g_assert_nonnull (result);
  g_assert_cmpuint (strlen (result), ==, strlen (expected));
  g_assert_true (strcmp (result, expected) == 0);
}

static void
test_collapse (void)
{
  static const Case cases[] = {
    { "", "" },
    { "   ", "" },
    { "Hello", "Hello" },
    { "  Hello   world  ", "Hello world" },
    { "a\n\tb\r\nc", "a b c" },
    { "Title\nwith\n\nbreaks", "Title with breaks" },
    { "a\xC2\xA0" "b", "a b" },
    { "a\xE2\x80\x83\xE3\x80\x80" "b", "a b" },
    { "\xE2\x80\xA8x\xE2\x80\xA9", "x" },
    { "no-change", "no-change" },
    { "Z\xC3\xBCrich  Caf\xC3\xA9", "Z\xC3\xBCrich Caf\xC3\xA9" },
    /* A zero-width space is not white space. */
    { "\xE2\x80\x8Bx", "\xE2\x80\x8Bx" },
    { "a\xFF b", "a\xEF\xBF\xBD b" },
    { "a \xE2\x80", "a \xEF\xBF\xBD\xEF\xBF\xBD" },
  };

  check_collapse (cases, G_N_ELEMENTS (cases));
}

static void
test_collapse_large (void)
{
  guint count = LARGE_SIZE / strlen (" word \t\n\xC2\xA0");
  g_autofree char *text = nd_test_repeat (" word \t\n\xC2\xA0", count);
  g_autofree char *result = nd_paragraphs_collapse_spaces (text);
  g_autofree char *expected = nd_test_repeat ("word ", count);

  expected[strlen (expected) - 1] = '\0';

  g_assert_nonnull (result);
  g_assert_cmpuint (strlen (result), ==, strlen (expected));
  g_assert_true (strcmp (result, expected) == 0);
}

static void
test_words (void)
{
  static const WordCase cases[] = {
    { "", 0 },
    { "   \n\t ", 0 },
    { "hello", 1 },
    { "hello world", 2 },
    { "  hello,   world!  ", 2 },
    { "1999", 1 },
    { "In 1999, we met.", 4 },
    { "3.14", 2 },
    { "... --- !!!", 0 },
  };

  check_words (cases, G_N_ELEMENTS (cases));
}

static void
test_words_joiners (void)
{
  static const WordCase cases[] = {
    { "don't", 1 },
    { "don\xE2\x80\x99t", 1 },
    { "co-operate", 1 },
    { "e-mail co\xE2\x80\x90op non\xE2\x80\x91stop", 3 },
    { "O'Neil's co-op's", 2 },
    { "don't-stop", 1 },
    { "1999-2000", 1 },
    { "rock 'n' roll", 3 },
    { "'quoted'", 1 },
    { "-hyphen", 1 },
    { "trailing-", 1 },
    { "well--known", 2 },
    { "a''b", 2 },
    { "a - b", 2 },
    { "a -b", 2 },
    { "''", 0 },
    { "-", 0 },
    /* An en dash is not a hyphen. */
    { "1999\xE2\x80\x93" "2000", 2 },
  };

  check_words (cases, G_N_ELEMENTS (cases));
}

static void
test_words_unicode (void)
{
  static const WordCase cases[] = {
    { "Stra\xC3\x9F" "e", 1 },
    { "\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82, \xD0\xBC\xD0\xB8\xD1\x80", 2 },
    { "\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E", 1 },
    /* Combining marks continue a word. */
    { "nai\xCC\x88ve", 1 },
    { "e\xCC\x81", 1 },
    { "\xCC\x81", 0 },
    { "हिन्दी भाषा", 2 },
    { "caf\xC3\xA9\xC2\xA0noir", 2 },
    { "\xD9\xA1\xD9\xA2\xD9\xA3", 1 },
  };

  check_words (cases, G_N_ELEMENTS (cases));
}

static void
test_words_invalid (void)
{
  static const WordCase cases[] = {
    { "x\xFFy", 2 },
    { "hello\xE2", 1 },
    { "hello\xE2\x80", 1 },
    { "\xC3", 0 },
    { "ab\xF4\x90\x80\x80" "cd", 2 },
  };

  check_words (cases, G_N_ELEMENTS (cases));
}

static void
test_words_large (void)
{
  guint count = LARGE_SIZE / strlen ("don't co-operate, 1999 words\xE2\x80\x94 ");
  g_autofree char *text = nd_test_repeat ("don't co-operate, 1999 words\xE2\x80\x94 ", count);

  g_assert_cmpuint (nd_paragraphs_count_words (text), ==, 4 * count);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/nd/paragraphs/normalize/empty", test_paragraphs_empty);
  g_test_add_func ("/nd/paragraphs/normalize/lines", test_paragraphs_lines);
  g_test_add_func ("/nd/paragraphs/normalize/line-endings", test_paragraphs_line_endings);
  g_test_add_func ("/nd/paragraphs/normalize/spaces", test_paragraphs_spaces);
  g_test_add_func ("/nd/paragraphs/normalize/length", test_paragraphs_length);
  g_test_add_func ("/nd/paragraphs/normalize/invalid", test_paragraphs_invalid);
  g_test_add_func ("/nd/paragraphs/normalize/large", test_paragraphs_large);
  g_test_add_func ("/nd/paragraphs/collapse/cases", test_collapse);
  g_test_add_func ("/nd/paragraphs/collapse/large", test_collapse_large);
  g_test_add_func ("/nd/paragraphs/words/basic", test_words);
  g_test_add_func ("/nd/paragraphs/words/joiners", test_words_joiners);
  g_test_add_func ("/nd/paragraphs/words/unicode", test_words_unicode);
  g_test_add_func ("/nd/paragraphs/words/invalid", test_words_invalid);
  g_test_add_func ("/nd/paragraphs/words/large", test_words_large);

  return g_test_run ();
}

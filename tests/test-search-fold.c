/* test-search-fold.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "search/nd-fold.h"

static void
test_fold_table (void)
{
  static const struct {
    const char *in;
    const char *out;
  } cases[] = {
    /* Case */
    { "Hello WORLD", "hello world" },
    { "ÉCOLE", "ecole" },
    { "ΣΟΦΊΑ", "σοφια" },
    { "İstanbul", "istanbul" },
    /* Accents, precomposed and decomposed */
    { "naïve café", "naive cafe" },
    { "nai\xCC\x88ve cafe\xCC\x81", "naive cafe" },
    { "Šťastný Łódź", "stastny lodz" },
    { "Göteborg Wójcik Schröder López", "goteborg wojcik schroder lopez" },
    /* Letters that do not decompose */
    { "Ørsted ø", "orsted o" },
    { "Straße STRASSE ẞ", "strasse strasse ss" },
    { "Æbeltoft æ", "aebeltoft ae" },
    { "Œuvre œ", "oeuvre oe" },
    { "Đorđević", "dordevic" },
    { "Þór þ", "thor th" },
    { "ﬁle", "file" },
    /* Quotes and apostrophes */
    { "don’t", "don't" },
    { "don‘t don′t don`t donʼt", "don't don't don't don't" },
    { "“Hi” „so“ «oui» ‟x”", "\"hi\" \"so\" \"oui\" \"x\"" },
    /* Hyphens inside words go, a dash between words stays */
    { "co-operate", "cooperate" },
    { "co‐operate co‑operate", "cooperate cooperate" },
    { "co\xC2\xADoperate", "cooperate" },
    { "1990-1995 COVID-19", "19901995 covid19" },
    { "war - peace", "war - peace" },
    { "war—peace war–peace", "war—peace war–peace" },
    { "-start end-", "-start end-" },
    { "co--op", "co--op" },
    /* Digits and scripts without case stay */
    { "2024 ٢٠٢٤", "2024 ٢٠٢٤" },
    { "北京欢迎你", "北京欢迎你" },
    { "x² ½", "x² ½" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *folded = nd_fold_word (cases[i].in, -1);

      g_assert_cmpstr (folded, ==, cases[i].out);
    }
}

static void
test_fold_length (void)
{
  g_autofree char *part = nd_fold_word ("Café Society", 5);
  g_autofree char *broken = nd_fold_word ("ab\xFF" "cd\xC3", -1);

  g_assert_cmpstr (part, ==, "cafe");
  /* Broken bytes are dropped, and the result is valid UTF-8. */
  g_assert_cmpstr (broken, ==, "abcd");
}

typedef struct
{
  char  *text;
  guint  start;
  guint  end;
  gsize  byte_start;
  gsize  byte_end;
} Tok;

static void
collect_cb (const NdToken *token,
            gpointer       user_data)
{
  GArray *tokens = user_data;
  Tok tok = { g_strndup (token->text, token->len), token->start, token->end,
              token->byte_start, token->byte_end };

  /* The text has no NUL, and the 8 bytes after it can be read (AddressSanitizer sees to
   * that in the ASan build). */
  g_assert_null (memchr (token->text, '\0', token->len));
  for (guint i = 0; i < 8; i++)
    {
      volatile char after = token->text[token->len + i];

      (void)after;
    }
  g_array_append_val (tokens, tok);
}

static void
clear_tok (gpointer data)
{
  g_free (((Tok *)data)->text);
}

static GArray *
tokenize (const char *text)
{
  GArray *tokens = g_array_new (FALSE, FALSE, sizeof (Tok));

  g_array_set_clear_func (tokens, clear_tok);
  nd_tokenize (text, -1, collect_cb, tokens);

  return tokens;
}

/* Writes the tokens as "word[start,end)" separated by spaces. */
static char *
describe (const char *text)
{
  g_autoptr(GArray) tokens = tokenize (text);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < tokens->len; i++)
    {
      Tok *tok = &g_array_index (tokens, Tok, i);

      g_string_append_printf (out, "%s%s[%u,%u)", i > 0 ? " " : "", tok->text, tok->start, tok->end);
    }

  return g_string_free (out, FALSE);
}

static void
test_tokenize_offsets (void)
{
  const char *text = "Café co-operate, we’ll see";
  g_autoptr(GArray) tokens = tokenize (text);
  static const Tok expected[] = {
    { "cafe", 0, 4, 0, 5 },
    { "cooperate", 5, 15, 6, 16 },
    { "we'll", 17, 22, 18, 25 },
    { "see", 23, 26, 26, 29 },
  };

  g_assert_cmpuint (tokens->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < tokens->len; i++)
    {
      Tok *tok = &g_array_index (tokens, Tok, i);

      g_assert_cmpstr (tok->text, ==, expected[i].text);
      g_assert_cmpuint (tok->start, ==, expected[i].start);
      g_assert_cmpuint (tok->end, ==, expected[i].end);
      g_assert_cmpuint (tok->byte_start, ==, expected[i].byte_start);
      g_assert_cmpuint (tok->byte_end, ==, expected[i].byte_end);
    }
}

static void
test_tokenize_rules (void)
{
  static const struct {
    const char *in;
    const char *out;
  } cases[] = {
    { "", "" },
    { "  ,.;  ", "" },
    { "Hello, World!", "hello[0,5) world[7,12)" },
    /* Apostrophes between two letters stay; quotes around words go */
    { "don't stop", "don't[0,5) stop[6,10)" },
    { "'quoted' ‘single’", "quoted[1,7) single[10,16)" },
    { "rock’n’roll", "rock'n'roll[0,11)" },
    { "90's dogs'", "90[0,2) s[3,4) dogs[5,9)" },
    { "l'État", "l'etat[0,6)" },
    /* Hyphens between letters or digits join; dashes and loose hyphens separate */
    { "e-mail well-known—fact", "email[0,6) wellknown[7,17) fact[18,22)" },
    { "a - b", "a[0,1) b[4,5)" },
    { "co--op", "co[0,2) op[4,6)" },
    { "-start end-", "start[1,6) end[7,10)" },
    { "1990-1995", "19901995[0,9)" },
    { "co‐operate co‑operate", "cooperate[0,10) cooperate[11,21)" },
    { "co\xC2\xADoperate", "cooperate[0,10)" },
    { "a-'b", "a[0,1) b[3,4)" },
    /* Combining marks continue a word, and count as characters */
    { "nai\xCC\x88ve", "naive[0,6)" },
    { " \xCC\x81" "abc", "abc[2,5)" },
    /* Scripts without spaces are one run of letters */
    { "北京欢迎你 ok", "北京欢迎你[0,5) ok[6,8)" },
    { "I ❤ NY", "i[0,1) ny[4,6)" },
    { "Straße 1:30", "strasse[0,6) 1[7,8) 30[9,11)" },
    /* A broken byte separates and counts as one character */
    { "ab\xFF" "cd", "ab[0,2) cd[3,5)" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *got = describe (cases[i].in);

      g_assert_cmpstr (got, ==, cases[i].out);
    }
}

static void
test_tokenize_length (void)
{
  g_autofree char *got = NULL;
  GString *described = g_string_new (NULL);
  g_autoptr(GArray) tokens = g_array_new (FALSE, FALSE, sizeof (Tok));

  g_array_set_clear_func (tokens, clear_tok);
  nd_tokenize ("one two three", 7, collect_cb, tokens);
  for (guint i = 0; i < tokens->len; i++)
    g_string_append_printf (described, "%s ", g_array_index (tokens, Tok, i).text);
  got = g_string_free (described, FALSE);

  g_assert_cmpstr (got, ==, "one two ");
}

static void
test_tokenize_long_word (void)
{
  GString *text = g_string_new ("x ");
  g_autoptr(GArray) tokens = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *input = NULL;

  /* Past the tokenizer's stack buffer, with multibyte letters. */
  for (guint i = 0; i < 700; i++)
    g_string_append (text, i % 2 ? "É" : "a");
  g_string_append (text, " y");
  input = g_string_free (text, FALSE);

  expected = g_malloc (701);
  for (guint i = 0; i < 700; i++)
    expected[i] = i % 2 ? 'e' : 'a';
  expected[700] = '\0';

  tokens = tokenize (input);
  g_assert_cmpuint (tokens->len, ==, 3);
  g_assert_cmpstr (g_array_index (tokens, Tok, 1).text, ==, expected);
  g_assert_cmpuint (g_array_index (tokens, Tok, 1).start, ==, 2);
  g_assert_cmpuint (g_array_index (tokens, Tok, 1).end, ==, 702);
  g_assert_cmpuint (g_array_index (tokens, Tok, 2).start, ==, 703);
}

/* Random text from a mix of ASCII and other characters: each token is exactly the folded
 * text between its byte offsets, its character offsets agree with its byte offsets, and
 * tokens neither overlap nor touch (a separator lies between two). */
static void
test_tokenize_consistency (void)
{
  static const char *pieces[] = {
    "a", "B", "z", "7", "é", "E\xCC\x81", "ø", "ß", "Æ", "œ", "ł", "Þ", "北", "Σ", "ﬁ",
    "'", "’", "‘", "`", "-", "‐", "‑", "\xC2\xAD", "—", " ", " ", "  ", ",", ".", "\"",
    "“", "»", "\n\n", "\xCC\x81", "❤", "²", "İ",
    /* Long runs, for the tokenizer's 16-bytes-at-a-time paths */
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ", "0123456789012345678", "WordWordWordWord",
    "                    ", ",,,,,,,,,,,,,,,,,,", " ( ) [ ] { } ! ? ; : ",
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (4242);
  guint n_tokens = 0;

  for (guint round = 0; round < 2000; round++)
    {
      GString *text = g_string_new (NULL);
      g_autoptr(GArray) tokens = NULL;
      g_autofree char *input = NULL;
      gsize last_end = 0;
      guint n = g_rand_int_range (rand, 0, 40);

      for (guint i = 0; i < n; i++)
        g_string_append (text, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);
      input = g_string_free (text, FALSE);

      tokens = tokenize (input);
      for (guint i = 0; i < tokens->len; i++)
        {
          Tok *tok = &g_array_index (tokens, Tok, i);
          g_autofree char *refolded = nd_fold_word (input + tok->byte_start,
                                                    tok->byte_end - tok->byte_start);

          g_assert_cmpstr (tok->text, ==, refolded);
          g_assert_cmpuint (tok->start, ==, g_utf8_pointer_to_offset (input, input + tok->byte_start));
          g_assert_cmpuint (tok->end, ==, g_utf8_pointer_to_offset (input, input + tok->byte_end));
          g_assert_cmpuint (tok->byte_start, <, tok->byte_end);
          if (i > 0)
            g_assert_cmpuint (tok->byte_start, >, last_end);
          last_end = tok->byte_end;
          n_tokens++;
        }
    }

  g_test_message ("checked %u tokens", n_tokens);
}

typedef struct
{
  const char *text;
  char       *folded;
} FoldJob;

static gpointer
fold_worker (gpointer data)
{
  FoldJob *job = data;

  job->folded = nd_fold_word (job->text, -1);

  return NULL;
}

/* The character cache fills on first use; threads racing to fill it agree. */
static void
test_fold_threads (void)
{
  GString *text = g_string_new (NULL);
  g_autofree char *input = NULL;
  g_autofree char *expected = NULL;
  FoldJob jobs[4];
  GThread *threads[4];

  /* One letter from many cache blocks none of the tests above touched. */
  for (gunichar c = 0x0400; c < 0x3000; c += 37)
    {
      if (g_unichar_isalpha (c))
        g_string_append_unichar (text, c);
    }
  input = g_string_free (text, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (jobs); i++)
    {
      jobs[i].text = input;
      threads[i] = g_thread_new ("fold", fold_worker, &jobs[i]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (jobs); i++)
    g_thread_join (threads[i]);

  expected = nd_fold_word (input, -1);
  for (guint i = 0; i < G_N_ELEMENTS (jobs); i++)
    {
      g_assert_cmpstr (jobs[i].folded, ==, expected);
      g_free (jobs[i].folded);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/search/fold/table", test_fold_table);
  g_test_add_func ("/search/fold/length", test_fold_length);
  g_test_add_func ("/search/fold/threads", test_fold_threads);
  g_test_add_func ("/search/tokenize/offsets", test_tokenize_offsets);
  g_test_add_func ("/search/tokenize/rules", test_tokenize_rules);
  g_test_add_func ("/search/tokenize/length", test_tokenize_length);
  g_test_add_func ("/search/tokenize/long-word", test_tokenize_long_word);
  g_test_add_func ("/search/tokenize/consistency", test_tokenize_consistency);

  return g_test_run ();
}

/* test-html.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "formats/nd-html.h"
#include "nd-test-utils.h"

typedef struct
{
  const char *input;
  const char *expected;
} Case;

/* Big enough that anything quadratic would never finish. */
#define LARGE_SIZE (20 * 1024 * 1024)

static void
check_to_text (const Case *cases,
               gsize       n_cases)
{
  for (gsize i = 0; i < n_cases; i++)
    {
      g_autofree char *text = nd_html_to_text (cases[i].input, -1);

      if (g_strcmp0 (text, cases[i].expected) != 0)
        g_test_message ("nd_html_to_text (\"%s\")", cases[i].input);
      g_assert_cmpstr (text, ==, cases[i].expected);
    }
}

static void
check_decode (const Case *cases,
              gsize       n_cases)
{
  for (gsize i = 0; i < n_cases; i++)
    {
      g_autofree char *text = nd_html_decode_entities (cases[i].input, -1);

      if (g_strcmp0 (text, cases[i].expected) != 0)
        g_test_message ("nd_html_decode_entities (\"%s\")", cases[i].input);
      g_assert_cmpstr (text, ==, cases[i].expected);
    }
}

static char *
repeat_string (const char *unit,
               gsize       size,
               guint      *count)
{
  gsize unit_len = strlen (unit);
  GString *string = g_string_sized_new (size + unit_len);
  guint n = 0;

  while (string->len < size)
    {
      g_string_append_len (string, unit, unit_len);
      n++;
    }

  if (count != NULL)
    *count = n;

  return g_string_free (string, FALSE);
}

/* Large outputs are compared by length and content, not with g_assert_cmpstr (), which
 * would print 20 MB on failure. */
static void
assert_large_equal (const char *text,
                    const char *expected,
                    const char *what)
{
  g_assert_nonnull (text);
  if (strcmp (text, expected) != 0)
    g_test_message ("large input built from \"%s\"", what);
  g_assert_cmpuint (strlen (text), ==, strlen (expected));
  g_assert_true (strcmp (text, expected) == 0);
}

static void
test_empty (void)
{
  static const Case cases[] = {
    { "", "" },
    { "   \n\t  ", "" },
    { "<p></p>", "" },
    { "<p> </p><div>\n</div>", "" },
    { "<br><br><br>", "" },
    { "<!-- nothing -->", "" },
    { "<img src=\"a.png\" alt=\"Alt text\">", "" },
  };
  g_autofree char *from_null = nd_html_to_text (NULL, 0);

  check_to_text (cases, G_N_ELEMENTS (cases));
  g_assert_cmpstr (from_null, ==, "");
}

static void
test_plain (void)
{
  static const Case cases[] = {
    { "Hello world", "Hello world" },
    { "  Hello   \n\t world  ", "Hello world" },
    { "One\n\nTwo", "One Two" },
    { "a\tb\rc\fd\r\ne", "a b c d e" },
  };

  check_to_text (cases, G_N_ELEMENTS (cases));
}

static void
test_paragraphs (void)
{
  static const Case cases[] = {
    { "<p>One</p><p>Two</p>", "One\n\nTwo" },
    { "<p>One</p>\n\n\n<p>Two</p>\n", "One\n\nTwo" },
    { "Intro<p>Para</p>Tail", "Intro\n\nPara\n\nTail" },
    { "<div><div><p>Deep</p></div></div>", "Deep" },
    { "<p>  spaced   out  </p>", "spaced out" },
    { "<P>Upper</P><DIV>case</DiV>", "Upper\n\ncase" },
    { "<p>First<p>Second<p>Third", "First\n\nSecond\n\nThird" },
    { "<p class=\"lead\" id='x'>Lead</p><p>Body</p>", "Lead\n\nBody" },
    { "<h1>Title</h1><p>Text <b>bold</b>.</p>", "Title\n\nText bold." },
    { "<blockquote><p>Quoted</p></blockquote><p>After</p>", "Quoted\n\nAfter" },
    { "<p>a</p><hr><p>b</p>", "a\n\nb" },
    { "<p>a</p><hr/><p>b</p>", "a\n\nb" },
    { "a<hr>b", "a\n\nb" },
    { "<figure><img src=x><figcaption>Caption</figcaption></figure>Text", "Caption\n\nText" },
    { "<dl><dt>Term</dt><dd>Definition</dd></dl>", "Term\n\nDefinition" },
  };

  check_to_text (cases, G_N_ELEMENTS (cases));
}

static void
test_block_elements (void)
{
  static const char * const names[] = {
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "pre",
    "table", "tr", "section", "article", "header", "footer", "figure", "figcaption", "hr",
    "dl", "dt", "dd", "address", "aside", "nav", "main", "form", "fieldset", "details",
    "summary", "caption", "center", "dialog", "dir", "hgroup", "legend", "menu",
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *html = g_strdup_printf ("before<%s>inside</%s>after", names[i], names[i]);
      g_autofree char *upper = g_ascii_strup (html, -1);
      g_autofree char *text = nd_html_to_text (html, -1);
      g_autofree char *upper_text = nd_html_to_text (upper, -1);

      if (g_strcmp0 (text, "before\n\ninside\n\nafter") != 0)
        g_test_message ("element %s", names[i]);
      g_assert_cmpstr (text, ==, "before\n\ninside\n\nafter");
      g_assert_cmpstr (upper_text, ==, "BEFORE\n\nINSIDE\n\nAFTER");
    }
}

static void
test_inline_elements (void)
{
  static const Case cases[] = {
    { "a<b>bold</b> and <i>it</i>alic", "abold and italic" },
    { "<a href=\"http://example.com/\">link</a> text", "link text" },
    { "<span>a</span><span>b</span>", "ab" },
    { "<em>x</em> <strong>y</strong>", "x y" },
    { "<custom-tag attr=1>x</custom-tag>", "x" },
    { "<o:p>x</o:p>", "x" },
    { "a<wbr>b", "ab" },
    { "<p>Para with <a href=\"#\">a <em>nested</em> link</a>.</p>", "Para with a nested link." },
    { "<html><body><p>x</p></body></html>", "x" },
    { "<averyveryverylongelementname>x</averyveryverylongelementname>", "x" },
  };

  check_to_text (cases, G_N_ELEMENTS (cases));
}

static void
test_line_breaks (void)
{
  static const Case cases[] = {
    { "a<br>b", "a\nb" },
    { "a <br> b", "a\nb" },
    { "a<br/>b", "a\nb" },
    { "a<br />b", "a\nb" },
    { "a<BR>b", "a\nb" },
    { "a<Br class=\"x\">b", "a\nb" },
    { "a</br>b", "a\nb" },
    { "one<br>two<br>three", "one\ntwo\nthree" },
    { "a<br><br>b", "a\n\nb" },
    { "a<br><br><br><br>b", "a\n\nb" },
    { "a<br> <br>\n<br>b", "a\n\nb" },
    { "a<br><span> </span><br>b", "a\n\nb" },
    { "<p>a<br></p><p>b</p>", "a\n\nb" },
    { "<p>a</p><br><p>b</p>", "a\n\nb" },
    { "a<br><p>b</p>", "a\n\nb" },
    { "<br>a<br>", "a" },
    { "<p><br>a</p>", "a" },
  };

  check_to_text (cases, G_N_ELEMENTS (cases));
}

static void
test_lists (void)
{
  static const Case cases[] = {
    { "<ul><li>One</li><li>Two</li></ul>", "One\n\nTwo" },
    { "<ol>\n  <li>First\n  <li>Second\n</ol>", "First\n\nSecond" },
    { "<p>Intro</p><ul><li>A<ul><li>A1</li></ul></li><li>B</li></ul><p>End</p>",
      "Intro\n\nA\n\nA1\n\nB\n\nEnd" },
    { "<li> <p>Item para</p> </li>", "Item para" },
  };

  check_to_text (cases, G_N_ELEMENTS (cases));
}

static void
test_whitespace (void)
{
  static const Case cases[] = {
    { "<p>a\n\nb</p>", "a b" },
    { "a&nbsp;&nbsp;b", "a b" },
    { "&nbsp;a&nbsp;", "a" },
    { "a\xC2\xA0\xC2\xA0" "b", "a b" },
    { "\xC2\xA0 a \xC2\xA0", "a" },
    { "<p>  </p><p>&nbsp;</p><p>x</p>", "x" },
    { "a &emsp; b", "a \xE2\x80\x83 b" },
    { "10&thinsp;000", "10\xE2\x80\x89" "000" },
    { "<p>a</p>   <p>b</p>", "a\n\nb" },
    { "x <b> y </b> z", "x y z" },
    { "x<b> y</b>z", "x yz" },
    { "a&#10;b&#9;c&#13;d", "a b c d" },
    { "&#x20;&#x20;x&#32;", "x" },
    { "\xC2\xA9 2026", "\xC2\xA9 2026" },
  };

  check_to_text (cases, G_N_ELEMENTS (cases));
}

static void
test_pre (void)
{
  static const Case cases[] = {
    { "<pre>line one\nline two</pre>", "line one\nline two" },
    { "<pre>\n  indented\n\n  second para\n</pre>", "indented\n\nsecond para" },
    { "<pre>a\r\nb\rc</pre>", "a\nb\nc" },
    { "x<pre>code</pre>y", "x\n\ncode\n\ny" },
    { "<pre>a</pre>b\nc", "a\n\nb c" },
    { "<pre>a&#10;b</pre>", "a\nb" },
    { "<pre><code>int  x;\nint y;</code></pre>", "int x;\nint y;" },
    { "</pre>a\nb", "a b" },
  };

  check_to_text (cases, G_N_ELEMENTS (cases));
}

static void
test_tables (void)
{
  static const Case cases[] = {
    { "<table><tr><td>a</td><td>b</td></tr><tr><th>c</th><td>d</td></tr></table>",
      "a b\n\nc d" },
    { "<table><caption>Cap</caption><tr><td>1</td><td></td><td>3</td></tr></table>",
      "Cap\n\n1 3" },
  };

  check_to_text (cases, G_N_ELEMENTS (cases));
}

static void
test_hidden_elements (void)
{
  static const char * const names[] = {
    "script", "style", "template", "noscript", "head", "iframe", "svg", "object",
    "audio", "video", "canvas",
  };
  static const Case cases[] = {
    { "<script>if (a < b && c > d) document.write('</p>');</script>x", "x" },
    { "<script type=\"text/javascript\">var s = \"<div>\";</script>Text", "Text" },
    { "<STYLE>p { color: red }</Style>x", "x" },
    { "a<script>x</script >b", "ab" },
    { "a<script>x</scripts></script>b", "ab" },
    { "<svg><g><text>Label</text></g></svg>after", "after" },
    { "<svg><svg>inner</svg>outer</svg>shown", "shown" },
    { "<object><object>inner</object>still hidden</object>shown", "shown" },
    { "<svg><script>\"</svg>\"</script></svg>after", "after" },
    { "<svg><!-- </svg> --></svg>after", "after" },
    { "<svg><![CDATA[</svg>]]></svg>after", "after" },
    { "<svg>&amp;<br><p>x</p></svg>after", "after" },
    { "before<svg/>after", "beforeafter" },
    { "before<svg viewBox=\"0 0 1 1\" />after", "beforeafter" },
    { "<iframe src=\"x\" />after", "after" },
    { "<noscript><img src=\"x\"></noscript>x", "x" },
    { "<template><p>Later</p></template>Now", "Now" },
    { "<video src=\"x\">Your browser does not support video.</video>Caption", "Caption" },
    { "<html><head><title>T</title><meta charset=\"utf-8\"></head><body><p>Body</p></body></html>",
      "Body" },
    { "<head><title>T</title><body>Body", "Body" },
    { "<head><title>T</title><p>Body", "Body" },
    { "Text<script>var x = 1;", "Text" },
    { "Text<svg><g>", "Text" },
    { "</script>x</svg>y", "xy" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *html = g_strdup_printf ("a<%s>hidden <b>text</b></%s>b", names[i], names[i]);
      g_autofree char *text = nd_html_to_text (html, -1);

      if (g_strcmp0 (text, "ab") != 0)
        g_test_message ("element %s", names[i]);
      g_assert_cmpstr (text, ==, "ab");
    }

  check_to_text (cases, G_N_ELEMENTS (cases));
}

static void
test_comments (void)
{
  static const Case cases[] = {
    { "a<!-- hidden -->b", "ab" },
    { "a <!-- <p>x</p> --> b", "a b" },
    { "a<!---->b", "ab" },
    { "a<!-->b", "ab" },
    { "a<!--->b", "ab" },
    { "a<!-- x -- y -->b", "ab" },
    { "a<!-- unterminated <p>b</p>", "a" },
    { "<!DOCTYPE html><p>x</p>", "x" },
    { "<?xml version=\"1.0\"?><p>x</p>", "x" },
    { "a<!x>b", "ab" },
  };

  check_to_text (cases, G_N_ELEMENTS (cases));
}

static void
test_cdata (void)
{
  static const Case cases[] = {
    { "<![CDATA[a < b & c]]>", "a < b & c" },
    { "x<![CDATA[  spaced   text ]]>y", "x spaced text y" },
    { "<![CDATA[&amp;]]>", "&amp;" },
    { "<![CDATA[<p>not a tag</p>]]>", "<p>not a tag</p>" },
    { "<![CDATA[unterminated", "unterminated" },
    { "<p><![CDATA[]]></p>x", "x" },
  };

  check_to_text (cases, G_N_ELEMENTS (cases));
}

static void
test_attributes (void)
{
  static const Case cases[] = {
    { "<a title=\"a > b\" href='x'>link</a>", "link" },
    { "<div data-x=\"<p>\">t</div>", "t" },
    { "<a title='it\"s'>x</a>", "x" },
    { "<a href=/>x</a>", "x" },
    { "<p class=x>t</p>", "t" },
    { "<img alt=\"Some alt text\" title=\"A title\">", "" },
    { "<p title = \"spaced\" >t</p>", "t" },
    { "<a href=\"unterminated>text</a> and more", "" },
  };

  check_to_text (cases, G_N_ELEMENTS (cases));
}

static void
test_text_entities (void)
{
  static const Case cases[] = {
    { "Tom &amp; Jerry", "Tom & Jerry" },
    { "&lt;p&gt;not a tag&lt;/p&gt;", "<p>not a tag</p>" },
    { "it&rsquo;s", "it\xE2\x80\x99s" },
    { "it&#8217;s &#x201C;quoted&#x201D;", "it\xE2\x80\x99s \xE2\x80\x9Cquoted\xE2\x80\x9D" },
    { "a&shy;b", "ab" },
    { "&foo; & bar", "&foo; & bar" },
    { "AT&T", "AT&T" },
    { "Q&amp A", "Q& A" },
    { "<p>caf&eacute;</p>", "caf\xC3\xA9" },
    { "&amp;lt;", "&lt;" },
  };

  check_to_text (cases, G_N_ELEMENTS (cases));
}

static void
test_malformed (void)
{
  static const Case cases[] = {
    { "a < b", "a < b" },
    { "x < y and y > z", "x < y and y > z" },
    { "3<4", "3<4" },
    { "a > b", "a > b" },
    { "stray > here", "stray > here" },
    { "<", "<" },
    { "a<", "a<" },
    { "a</", "a</" },
    { "a <=b", "a <=b" },
    { "<<<p>x", "<<\n\nx" },
    { "a <b", "a" },
    { "a <p class=\"x", "a" },
    { "<p>unclosed", "unclosed" },
    { "</p>text", "text" },
    { "</>x", "x" },
    { "</ 3>x", "x" },
    { "a<\xC3\xA9>b", "a<\xC3\xA9>b" },
    { "<p>a</p></div></div>b", "a\n\nb" },
    { "<b><i>x</b></i>", "x" },
    { "<p>a<p>", "a" },
    { "a<p/>b", "a\n\nb" },
    { "&", "&" },
    { "&#", "&#" },
    { "&#x", "&#x" },
    { "<p>x</p><", "x\n\n<" },
  };

  check_to_text (cases, G_N_ELEMENTS (cases));
}

static void
test_utf8 (void)
{
  static const Case cases[] = {
    { "<p>Ünïcödé — “quotes”</p>", "Ünïcödé — “quotes”" },
    { "<p>\xF0\x9F\x98\x80 &#x1F600;</p>", "\xF0\x9F\x98\x80 \xF0\x9F\x98\x80" },
    { "a\xFF" "b", "a\xEF\xBF\xBD" "b" },
    { "<p>a\xC2</p>", "a\xEF\xBF\xBD" },
  };

  check_to_text (cases, G_N_ELEMENTS (cases));
}

static void
test_length (void)
{
  g_autofree char *first = nd_html_to_text ("<p>abc</p><p>def</p>", 10);
  g_autofree char *nul = nd_html_to_text ("a\0b", 3);
  g_autofree char *cut_tag = nd_html_to_text ("abc<p>", 5);
  g_autofree char *cut_entity = nd_html_to_text ("x&amp;", 5);

  g_assert_cmpstr (first, ==, "abc");
  g_assert_cmpstr (nul, ==, "ab");
  g_assert_cmpstr (cut_tag, ==, "abc");
  g_assert_cmpstr (cut_entity, ==, "x&");
}

static void
test_large (void)
{
  static const Case units[] = {
    /* Ordinary markup. */
    { "<p>Hello &amp; <b>world</b>&nbsp;!</p>\n", "Hello & world !" },
    /* Stray '<' and '&', which must not be rescanned. */
    { "a < b && c &lt d ", NULL },
    { "<<&&", NULL },
    /* Names that look like references, up to the longest we try. */
    { "&abcdefghijklmnopqrstuvwxyzabcdefgh ", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    {
      g_autofree char *html = NULL;
      g_autofree char *text = NULL;
      GString *expected = g_string_new (NULL);
      guint count;

      html = repeat_string (units[i].input, LARGE_SIZE, &count);
      text = nd_html_to_text (html, -1);

      if (units[i].expected != NULL)
        for (guint j = 0; j < count; j++)
          {
            if (j > 0)
              g_string_append (expected, "\n\n");
            g_string_append (expected, units[i].expected);
          }
      else
        {
          g_autofree char *decoded = nd_html_decode_entities (html, -1);

          /* These units hold no tags or white space runs; only "&lt " is decoded. */
          g_string_append (expected, decoded);
          g_strchomp (expected->str);
          expected->len = strlen (expected->str);
        }

      assert_large_equal (text, expected->str, units[i].input);
      g_string_free (expected, TRUE);
    }
}

static void
test_large_unclosed (void)
{
  static const char * const prefixes[] = {
    "<a href=\"", "<!--", "<script>", "<svg>", "<b", "<![CDATA[",
  };
  static const char * const fillers[] = {
    "x y ", "x y ", "</scrip <", "<p>x</p>", "x y ", "x y ",
  };
  static const char * const expected[] = {
    "", "", "", "", "", NULL,
  };

  for (guint i = 0; i < G_N_ELEMENTS (prefixes); i++)
    {
      g_autofree char *filler = repeat_string (fillers[i], LARGE_SIZE, NULL);
      g_autofree char *html = g_strconcat ("Start ", prefixes[i], filler, NULL);
      g_autofree char *text = nd_html_to_text (html, -1);

      if (expected[i] != NULL)
        g_assert_cmpstr (text, ==, "Start");
      else
        {
          g_autofree char *all = g_strconcat ("Start ", filler, NULL);

          g_strchomp (all);
          assert_large_equal (text, all, prefixes[i]);
        }
    }
}

static void
test_large_nesting (void)
{
  guint depth = LARGE_SIZE / 2 / strlen ("<div><svg>");
  g_autofree char *opens = nd_test_repeat ("<div><svg>", depth);
  g_autofree char *closes = nd_test_repeat ("</svg></div>", depth);
  g_autofree char *one_short = nd_test_repeat ("</svg></div>", depth - 1);
  g_autofree char *unbalanced = g_strconcat (opens, "hidden", one_short, "still hidden", NULL);
  g_autofree char *unbalanced_text = nd_html_to_text (unbalanced, -1);
  g_autofree char *html = g_strconcat (opens, "hidden", closes, "shown", NULL);
  g_autofree char *text = nd_html_to_text (html, -1);

  g_assert_cmpstr (text, ==, "shown");
  g_assert_cmpstr (unbalanced_text, ==, "");
}

static void
test_decode_named (void)
{
  static const Case cases[] = {
    { "&amp;", "&" }, { "&lt;", "<" }, { "&gt;", ">" }, { "&quot;", "\"" }, { "&apos;", "'" },
    { "&nbsp;", " " }, { "&ndash;", "\xE2\x80\x93" }, { "&mdash;", "\xE2\x80\x94" },
    { "&hellip;", "\xE2\x80\xA6" }, { "&lsquo;", "\xE2\x80\x98" }, { "&rsquo;", "\xE2\x80\x99" },
    { "&ldquo;", "\xE2\x80\x9C" }, { "&rdquo;", "\xE2\x80\x9D" }, { "&sbquo;", "\xE2\x80\x9A" },
    { "&bdquo;", "\xE2\x80\x9E" }, { "&laquo;", "\xC2\xAB" }, { "&raquo;", "\xC2\xBB" },
    { "&copy;", "\xC2\xA9" }, { "&reg;", "\xC2\xAE" }, { "&trade;", "\xE2\x84\xA2" },
    { "&deg;", "\xC2\xB0" }, { "&middot;", "\xC2\xB7" }, { "&bull;", "\xE2\x80\xA2" },
    { "&eacute;", "\xC3\xA9" }, { "&egrave;", "\xC3\xA8" }, { "&ecirc;", "\xC3\xAA" },
    { "&euml;", "\xC3\xAB" }, { "&aacute;", "\xC3\xA1" }, { "&agrave;", "\xC3\xA0" },
    { "&acirc;", "\xC3\xA2" }, { "&auml;", "\xC3\xA4" }, { "&atilde;", "\xC3\xA3" },
    { "&aring;", "\xC3\xA5" }, { "&ccedil;", "\xC3\xA7" }, { "&iacute;", "\xC3\xAD" },
    { "&igrave;", "\xC3\xAC" }, { "&icirc;", "\xC3\xAE" }, { "&iuml;", "\xC3\xAF" },
    { "&oacute;", "\xC3\xB3" }, { "&ograve;", "\xC3\xB2" }, { "&ocirc;", "\xC3\xB4" },
    { "&ouml;", "\xC3\xB6" }, { "&otilde;", "\xC3\xB5" }, { "&oslash;", "\xC3\xB8" },
    { "&uacute;", "\xC3\xBA" }, { "&ugrave;", "\xC3\xB9" }, { "&ucirc;", "\xC3\xBB" },
    { "&uuml;", "\xC3\xBC" }, { "&ntilde;", "\xC3\xB1" }, { "&szlig;", "\xC3\x9F" },
    { "&yacute;", "\xC3\xBD" }, { "&yuml;", "\xC3\xBF" },
    { "&Eacute;", "\xC3\x89" }, { "&Egrave;", "\xC3\x88" }, { "&Ecirc;", "\xC3\x8A" },
    { "&Euml;", "\xC3\x8B" }, { "&Aacute;", "\xC3\x81" }, { "&Agrave;", "\xC3\x80" },
    { "&Acirc;", "\xC3\x82" }, { "&Auml;", "\xC3\x84" }, { "&Atilde;", "\xC3\x83" },
    { "&Aring;", "\xC3\x85" }, { "&Ccedil;", "\xC3\x87" }, { "&Iacute;", "\xC3\x8D" },
    { "&Igrave;", "\xC3\x8C" }, { "&Icirc;", "\xC3\x8E" }, { "&Iuml;", "\xC3\x8F" },
    { "&Oacute;", "\xC3\x93" }, { "&Ograve;", "\xC3\x92" }, { "&Ocirc;", "\xC3\x94" },
    { "&Ouml;", "\xC3\x96" }, { "&Otilde;", "\xC3\x95" }, { "&Oslash;", "\xC3\x98" },
    { "&Uacute;", "\xC3\x9A" }, { "&Ugrave;", "\xC3\x99" }, { "&Ucirc;", "\xC3\x9B" },
    { "&Uuml;", "\xC3\x9C" }, { "&Ntilde;", "\xC3\x91" }, { "&Yacute;", "\xC3\x9D" },
    { "&Yuml;", "\xC5\xB8" },
    { "&euro;", "\xE2\x82\xAC" }, { "&pound;", "\xC2\xA3" }, { "&yen;", "\xC2\xA5" },
    { "&cent;", "\xC2\xA2" }, { "&sect;", "\xC2\xA7" }, { "&para;", "\xC2\xB6" },
    { "&times;", "\xC3\x97" }, { "&divide;", "\xC3\xB7" }, { "&plusmn;", "\xC2\xB1" },
    { "&frac12;", "\xC2\xBD" }, { "&frac14;", "\xC2\xBC" }, { "&frac34;", "\xC2\xBE" },
    { "&shy;", "" }, { "&zwj;", "\xE2\x80\x8D" }, { "&zwnj;", "\xE2\x80\x8C" },
    { "&lrm;", "\xE2\x80\x8E" }, { "&rlm;", "\xE2\x80\x8F" }, { "&thinsp;", "\xE2\x80\x89" },
    { "&ensp;", "\xE2\x80\x82" }, { "&emsp;", "\xE2\x80\x83" }, { "&prime;", "\xE2\x80\xB2" },
    { "&Prime;", "\xE2\x80\xB3" }, { "&dagger;", "\xE2\x80\xA0" }, { "&Dagger;", "\xE2\x80\xA1" },
    /* Beyond the list: the first and last of the table, Greek, and HTML 5 names. */
    { "&AElig;", "\xC3\x86" }, { "&alpha;&Omega;", "\xCE\xB1\xCE\xA9" },
    { "&rarr;", "\xE2\x86\x92" }, { "&AMP;&LT;&GT;&QUOT;", "&<>\"" },
    { "&hairsp;", "\xE2\x80\x8A" },
  };

  check_decode (cases, G_N_ELEMENTS (cases));
}

static void
test_decode_numeric (void)
{
  static const Case cases[] = {
    { "&#65;", "A" },
    { "&#x41;", "A" },
    { "&#X41;", "A" },
    { "&#x6a;&#x6A;", "jj" },
    { "&#0065;", "A" },
    { "&#8217;", "\xE2\x80\x99" },
    { "&#x2019;", "\xE2\x80\x99" },
    { "&#x1F600;", "\xF0\x9F\x98\x80" },
    { "&#0;", "\xEF\xBF\xBD" },
    { "&#x0;", "\xEF\xBF\xBD" },
    { "&#xD800;", "\xEF\xBF\xBD" },
    { "&#xDFFF;", "\xEF\xBF\xBD" },
    { "&#55357;&#56832;", "\xEF\xBF\xBD\xEF\xBF\xBD" },
    { "&#x110000;", "\xEF\xBF\xBD" },
    { "&#x10FFFF;", "\xF4\x8F\xBF\xBF" },
    { "&#99999999999999999999999;", "\xEF\xBF\xBD" },
    { "&#xFFFFFFFFFFFFFFFFFFFF41;", "\xEF\xBF\xBD" },
    /* Windows-1252, as HTML 5 reads these. */
    { "&#150;", "\xE2\x80\x93" },
    { "&#x80;", "\xE2\x82\xAC" },
    { "&#146;", "\xE2\x80\x99" },
    { "&#129;", "\xC2\x81" },
    { "&#160;", " " },
    { "&#xA0;", " " },
    { "&#173;", "" },
    { "&#65", "A" },
    { "&#65x", "Ax" },
    { "&#65 b", "A b" },
    { "&#;", "&#;" },
    { "&#x;", "&#x;" },
    { "&#xG;", "&#xG;" },
    { "&#a;", "&#a;" },
    { "&#", "&#" },
    { "&#10;&#9;", "\n\t" },
  };

  check_decode (cases, G_N_ELEMENTS (cases));
}

static void
test_decode_legacy (void)
{
  static const Case cases[] = {
    { "&amp ", "& " },
    { "&amp", "&" },
    { "&lt", "<" },
    { "&gt,", ">," },
    { "&quot.", "\"." },
    { "&nbsp;x", " x" },
    { "&nbsp x", "  x" },
    { "&nbspx", "&nbspx" },
    { "&ampx", "&ampx" },
    { "&copy 2026", "&copy 2026" },
    { "&eacute", "&eacute" },
    { "&apos", "&apos" },
    { "?a=1&lt=2", "?a=1<=2" },
  };

  check_decode (cases, G_N_ELEMENTS (cases));
}

static void
test_decode_unknown (void)
{
  static const Case cases[] = {
    { "&foo;", "&foo;" },
    { "& ", "& " },
    { "&", "&" },
    { "&&amp;", "&&" },
    { "&;", "&;" },
    { "&Amp;", "&Amp;" },
    { "&EACUTE;", "&EACUTE;" },
    { "&aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa;", "&aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa;" },
    { "&amp;amp;", "&amp;" },
    { "Fish & Chips &amp; Peas", "Fish & Chips & Peas" },
    { "&\xC3\xA9;", "&\xC3\xA9;" },
  };

  check_decode (cases, G_N_ELEMENTS (cases));
}

static void
test_decode_untouched (void)
{
  static const Case cases[] = {
    { "", "" },
    { "No references here", "No references here" },
    { "<p>a  b</p>\n", "<p>a  b</p>\n" },
    { "  a \n\t b  ", "  a \n\t b  " },
    { "<b>&lt;tag&gt;</b>", "<b><tag></b>" },
    { "a\xC2\xA0" "b", "a\xC2\xA0" "b" },
  };
  g_autofree char *cut = nd_html_decode_entities ("&amp;&amp;", 5);
  g_autofree char *legacy_cut = nd_html_decode_entities ("&amp;", 4);
  g_autofree char *nul = nd_html_decode_entities ("a\0&lt;", 6);
  g_autofree char *from_null = nd_html_decode_entities (NULL, 0);

  check_decode (cases, G_N_ELEMENTS (cases));
  g_assert_cmpstr (cut, ==, "&");
  g_assert_cmpstr (legacy_cut, ==, "&");
  g_assert_cmpstr (nul, ==, "a<");
  g_assert_cmpstr (from_null, ==, "");
}

static void
test_decode_large (void)
{
  guint count;
  g_autofree char *text = repeat_string ("Fish &amp; chips &#8217; & &zz; ", LARGE_SIZE, &count);
  g_autofree char *decoded = nd_html_decode_entities (text, -1);
  g_autofree char *expected = nd_test_repeat ("Fish & chips ’ & &zz; ", count);

  assert_large_equal (decoded, expected, "Fish &amp; chips");
}

static void
test_looks_like_html (void)
{
  static const char * const html[] = {
    "<p>Hello</p>",
    "Line<br>break",
    "Line<br/>",
    "Line<br />",
    "<div class=\"x\">",
    "<a href=\"http://example.com\">link</a>",
    "text </span> more",
    "text </custom>",
    "<P>UPPER",
    "<!-- comment -->",
    "<img src=x>",
    "<div\nclass=x>",
    "<a  href = 'x'>",
    "x < y but <b>bold</b>",
    "<p data-id=\"1\">x",
    /* The price of conservative rules that still catch "<b>": this too is taken for HTML. */
    "a<b>",
  };
  static const char * const plain[] = {
    "",
    "plain text",
    "x < y and y > z",
    "a<b and c>d",
    "if a<b then c",
    "1 <2",
    "<3 love",
    "email <someone@example.com>",
    "<http://example.com>",
    "a <= b",
    "<unknown>",
    "</ p>",
    "<p",
    "<br",
    "</p",
    "<b and>",
    "&lt;p&gt; is how you write a paragraph",
    "Tom &amp; Jerry",
  };

  for (guint i = 0; i < G_N_ELEMENTS (html); i++)
    {
      if (!nd_html_looks_like_html (html[i]))
        g_test_message ("\"%s\" is HTML", html[i]);
      g_assert_true (nd_html_looks_like_html (html[i]));
    }

  for (guint i = 0; i < G_N_ELEMENTS (plain); i++)
    {
      if (nd_html_looks_like_html (plain[i]))
        g_test_message ("\"%s\" is plain text", plain[i]);
      g_assert_false (nd_html_looks_like_html (plain[i]));
    }
}

static void
test_looks_like_html_large (void)
{
  g_autofree char *plain = repeat_string ("a<b c< <x-y z ", LARGE_SIZE, NULL);
  g_autofree char *html = g_strconcat (plain, "<br>", NULL);

  g_assert_false (nd_html_looks_like_html (plain));
  g_assert_true (nd_html_looks_like_html (html));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/nd/html/to-text/empty", test_empty);
  g_test_add_func ("/nd/html/to-text/plain", test_plain);
  g_test_add_func ("/nd/html/to-text/paragraphs", test_paragraphs);
  g_test_add_func ("/nd/html/to-text/block-elements", test_block_elements);
  g_test_add_func ("/nd/html/to-text/inline-elements", test_inline_elements);
  g_test_add_func ("/nd/html/to-text/line-breaks", test_line_breaks);
  g_test_add_func ("/nd/html/to-text/lists", test_lists);
  g_test_add_func ("/nd/html/to-text/whitespace", test_whitespace);
  g_test_add_func ("/nd/html/to-text/pre", test_pre);
  g_test_add_func ("/nd/html/to-text/tables", test_tables);
  g_test_add_func ("/nd/html/to-text/hidden-elements", test_hidden_elements);
  g_test_add_func ("/nd/html/to-text/comments", test_comments);
  g_test_add_func ("/nd/html/to-text/cdata", test_cdata);
  g_test_add_func ("/nd/html/to-text/attributes", test_attributes);
  g_test_add_func ("/nd/html/to-text/entities", test_text_entities);
  g_test_add_func ("/nd/html/to-text/malformed", test_malformed);
  g_test_add_func ("/nd/html/to-text/utf8", test_utf8);
  g_test_add_func ("/nd/html/to-text/length", test_length);
  g_test_add_func ("/nd/html/to-text/large", test_large);
  g_test_add_func ("/nd/html/to-text/large-unclosed", test_large_unclosed);
  g_test_add_func ("/nd/html/to-text/large-nesting", test_large_nesting);
  g_test_add_func ("/nd/html/decode/named", test_decode_named);
  g_test_add_func ("/nd/html/decode/numeric", test_decode_numeric);
  g_test_add_func ("/nd/html/decode/legacy", test_decode_legacy);
  g_test_add_func ("/nd/html/decode/unknown", test_decode_unknown);
  g_test_add_func ("/nd/html/decode/untouched", test_decode_untouched);
  g_test_add_func ("/nd/html/decode/large", test_decode_large);
  g_test_add_func ("/nd/html/looks-like-html/cases", test_looks_like_html);
  g_test_add_func ("/nd/html/looks-like-html/large", test_looks_like_html_large);

  return g_test_run ();
}

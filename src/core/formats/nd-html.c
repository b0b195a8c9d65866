/* nd-html.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nd-html"

#include <stdlib.h>
#include <string.h>

#include "formats/nd-html.h"
#include "util/nd-utf8-private.h"

/* A small, forgiving HTML-to-text converter for article bodies.  It is not an HTML 5
 * parser: it builds no tree and never goes back, so hostile input (unclosed tags, a
 * thousand stray '<') still costs linear time.  Where it has to guess, it keeps what a
 * browser would show: a tag, comment or quoted attribute left open at the end of the
 * input swallows the rest of it, as it does in a browser. */

/* Longer than any name in named_entities, so a longer run of letters is never one. */
#define MAX_ENTITY_NAME 31

/* Longer than any element name in elements. */
#define MAX_TAG_NAME 15

/* The size of the UTF-8 text of one character reference. */
#define REFERENCE_TEXT_SIZE 8

typedef struct
{
  const char *name;
  gunichar    code;
} NamedEntity;

/* HTML 4's list, plus the HTML 5 names feeds actually use.  Sorted by strcmp () for
 * bsearch (); upper case sorts first. */
static const NamedEntity named_entities[] = {
  { "AElig",    0x00C6 }, { "AMP",      0x0026 }, { "Aacute",   0x00C1 }, { "Acirc",    0x00C2 },
  { "Agrave",   0x00C0 }, { "Alpha",    0x0391 }, { "Aring",    0x00C5 }, { "Atilde",   0x00C3 },
  { "Auml",     0x00C4 }, { "Beta",     0x0392 }, { "COPY",     0x00A9 }, { "Ccedil",   0x00C7 },
  { "Chi",      0x03A7 }, { "Dagger",   0x2021 }, { "Delta",    0x0394 }, { "ETH",      0x00D0 },
  { "Eacute",   0x00C9 }, { "Ecirc",    0x00CA }, { "Egrave",   0x00C8 }, { "Epsilon",  0x0395 },
  { "Eta",      0x0397 }, { "Euml",     0x00CB }, { "GT",       0x003E }, { "Gamma",    0x0393 },
  { "Iacute",   0x00CD }, { "Icirc",    0x00CE }, { "Igrave",   0x00CC }, { "Iota",     0x0399 },
  { "Iuml",     0x00CF }, { "Kappa",    0x039A }, { "LT",       0x003C }, { "Lambda",   0x039B },
  { "Mu",       0x039C }, { "Ntilde",   0x00D1 }, { "Nu",       0x039D }, { "OElig",    0x0152 },
  { "Oacute",   0x00D3 }, { "Ocirc",    0x00D4 }, { "Ograve",   0x00D2 }, { "Omega",    0x03A9 },
  { "Omicron",  0x039F }, { "Oslash",   0x00D8 }, { "Otilde",   0x00D5 }, { "Ouml",     0x00D6 },
  { "Phi",      0x03A6 }, { "Pi",       0x03A0 }, { "Prime",    0x2033 }, { "Psi",      0x03A8 },
  { "QUOT",     0x0022 }, { "REG",      0x00AE }, { "Rho",      0x03A1 }, { "Scaron",   0x0160 },
  { "Sigma",    0x03A3 }, { "THORN",    0x00DE }, { "TRADE",    0x2122 }, { "Tau",      0x03A4 },
  { "Theta",    0x0398 }, { "Uacute",   0x00DA }, { "Ucirc",    0x00DB }, { "Ugrave",   0x00D9 },
  { "Upsilon",  0x03A5 }, { "Uuml",     0x00DC }, { "Xi",       0x039E }, { "Yacute",   0x00DD },
  { "Yuml",     0x0178 }, { "Zeta",     0x0396 }, { "aacute",   0x00E1 }, { "acirc",    0x00E2 },
  { "acute",    0x00B4 }, { "aelig",    0x00E6 }, { "agrave",   0x00E0 }, { "alefsym",  0x2135 },
  { "alpha",    0x03B1 }, { "amp",      0x0026 }, { "and",      0x2227 }, { "ang",      0x2220 },
  { "apos",     0x0027 }, { "aring",    0x00E5 }, { "asymp",    0x2248 }, { "atilde",   0x00E3 },
  { "auml",     0x00E4 }, { "bdquo",    0x201E }, { "beta",     0x03B2 }, { "brvbar",   0x00A6 },
  { "bull",     0x2022 }, { "cap",      0x2229 }, { "ccedil",   0x00E7 }, { "cedil",    0x00B8 },
  { "cent",     0x00A2 }, { "chi",      0x03C7 }, { "circ",     0x02C6 }, { "clubs",    0x2663 },
  { "cong",     0x2245 }, { "copy",     0x00A9 }, { "crarr",    0x21B5 }, { "cup",      0x222A },
  { "curren",   0x00A4 }, { "dArr",     0x21D3 }, { "dagger",   0x2020 }, { "darr",     0x2193 },
  { "dash",     0x2010 }, { "deg",      0x00B0 }, { "delta",    0x03B4 }, { "diams",    0x2666 },
  { "divide",   0x00F7 }, { "eacute",   0x00E9 }, { "ecirc",    0x00EA }, { "egrave",   0x00E8 },
  { "empty",    0x2205 }, { "emsp",     0x2003 }, { "ensp",     0x2002 }, { "epsilon",  0x03B5 },
  { "equiv",    0x2261 }, { "eta",      0x03B7 }, { "eth",      0x00F0 }, { "euml",     0x00EB },
  { "euro",     0x20AC }, { "exist",    0x2203 }, { "fnof",     0x0192 }, { "forall",   0x2200 },
  { "frac12",   0x00BD }, { "frac14",   0x00BC }, { "frac34",   0x00BE }, { "frasl",    0x2044 },
  { "gamma",    0x03B3 }, { "ge",       0x2265 }, { "gt",       0x003E }, { "hArr",     0x21D4 },
  { "hairsp",   0x200A }, { "harr",     0x2194 }, { "hearts",   0x2665 }, { "hellip",   0x2026 },
  { "hyphen",   0x2010 }, { "iacute",   0x00ED }, { "icirc",    0x00EE }, { "iexcl",    0x00A1 },
  { "igrave",   0x00EC }, { "image",    0x2111 }, { "infin",    0x221E }, { "int",      0x222B },
  { "iota",     0x03B9 }, { "iquest",   0x00BF }, { "isin",     0x2208 }, { "iuml",     0x00EF },
  { "kappa",    0x03BA }, { "lArr",     0x21D0 }, { "lambda",   0x03BB }, { "lang",     0x2329 },
  { "laquo",    0x00AB }, { "larr",     0x2190 }, { "lceil",    0x2308 }, { "ldquo",    0x201C },
  { "le",       0x2264 }, { "lfloor",   0x230A }, { "lowast",   0x2217 }, { "loz",      0x25CA },
  { "lrm",      0x200E }, { "lsaquo",   0x2039 }, { "lsquo",    0x2018 }, { "lt",       0x003C },
  { "macr",     0x00AF }, { "mdash",    0x2014 }, { "micro",    0x00B5 }, { "middot",   0x00B7 },
  { "minus",    0x2212 }, { "mu",       0x03BC }, { "nabla",    0x2207 }, { "nbsp",     0x00A0 },
  { "ndash",    0x2013 }, { "ne",       0x2260 }, { "ni",       0x220B }, { "not",      0x00AC },
  { "notin",    0x2209 }, { "nsub",     0x2284 }, { "ntilde",   0x00F1 }, { "nu",       0x03BD },
  { "numsp",    0x2007 }, { "oacute",   0x00F3 }, { "ocirc",    0x00F4 }, { "oelig",    0x0153 },
  { "ograve",   0x00F2 }, { "oline",    0x203E }, { "omega",    0x03C9 }, { "omicron",  0x03BF },
  { "oplus",    0x2295 }, { "or",       0x2228 }, { "ordf",     0x00AA }, { "ordm",     0x00BA },
  { "oslash",   0x00F8 }, { "otilde",   0x00F5 }, { "otimes",   0x2297 }, { "ouml",     0x00F6 },
  { "para",     0x00B6 }, { "part",     0x2202 }, { "permil",   0x2030 }, { "perp",     0x22A5 },
  { "phi",      0x03C6 }, { "pi",       0x03C0 }, { "piv",      0x03D6 }, { "plusmn",   0x00B1 },
  { "pound",    0x00A3 }, { "prime",    0x2032 }, { "prod",     0x220F }, { "prop",     0x221D },
  { "psi",      0x03C8 }, { "puncsp",   0x2008 }, { "quot",     0x0022 }, { "rArr",     0x21D2 },
  { "radic",    0x221A }, { "rang",     0x232A }, { "raquo",    0x00BB }, { "rarr",     0x2192 },
  { "rceil",    0x2309 }, { "rdquo",    0x201D }, { "real",     0x211C }, { "reg",      0x00AE },
  { "rfloor",   0x230B }, { "rho",      0x03C1 }, { "rlm",      0x200F }, { "rsaquo",   0x203A },
  { "rsquo",    0x2019 }, { "sbquo",    0x201A }, { "scaron",   0x0161 }, { "sdot",     0x22C5 },
  { "sect",     0x00A7 }, { "shy",      0x00AD }, { "sigma",    0x03C3 }, { "sigmaf",   0x03C2 },
  { "sim",      0x223C }, { "spades",   0x2660 }, { "sub",      0x2282 }, { "sube",     0x2286 },
  { "sum",      0x2211 }, { "sup",      0x2283 }, { "sup1",     0x00B9 }, { "sup2",     0x00B2 },
  { "sup3",     0x00B3 }, { "supe",     0x2287 }, { "szlig",    0x00DF }, { "tau",      0x03C4 },
  { "there4",   0x2234 }, { "theta",    0x03B8 }, { "thetasym", 0x03D1 }, { "thinsp",   0x2009 },
  { "thorn",    0x00FE }, { "tilde",    0x02DC }, { "times",    0x00D7 }, { "trade",    0x2122 },
  { "uArr",     0x21D1 }, { "uacute",   0x00FA }, { "uarr",     0x2191 }, { "ucirc",    0x00FB },
  { "ugrave",   0x00F9 }, { "uml",      0x00A8 }, { "upsih",    0x03D2 }, { "upsilon",  0x03C5 },
  { "uuml",     0x00FC }, { "weierp",   0x2118 }, { "xi",       0x03BE }, { "yacute",   0x00FD },
  { "yen",      0x00A5 }, { "yuml",     0x00FF }, { "zeta",     0x03B6 }, { "zwj",      0x200D },
  { "zwnj",     0x200C }
};

/* HTML 5 decodes these (and a hundred more) without their ';'.  Feeds do write "&amp"
 * and "&nbsp", but "&copy" in a query string is far more likely than a lazy copyright
 * sign, so the list stops here. */
static const char * const legacy_entities[] = { "amp", "gt", "lt", "nbsp", "quot" };

/* HTML 5 reads &#128; to &#159; as Windows-1252, because that is what the authors of
 * such pages meant; the five holes in that code page stay control characters. */
static const gunichar windows_1252_c1[32] = {
  0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
  0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

typedef enum
{
  ELEMENT_INLINE,      /* anything not listed: the tag goes, the text stays */
  ELEMENT_BLOCK,       /* ends the paragraph */
  ELEMENT_PRE,         /* a block whose line breaks are kept */
  ELEMENT_BREAK,       /* <br> */
  ELEMENT_CELL,        /* table cells sit side by side, so they only need a space */
  ELEMENT_HIDDEN,      /* content dropped; the tags inside are still read */
  ELEMENT_RAW_HIDDEN,  /* content dropped unread, up to the end tag (script, style...) */
} ElementKind;

typedef struct
{
  const char  *name;
  ElementKind  kind;
} Element;

/* Sorted by strcmp () for bsearch (). */
static const Element elements[] = {
  { "address",    ELEMENT_BLOCK },
  { "article",    ELEMENT_BLOCK },
  { "aside",      ELEMENT_BLOCK },
  { "audio",      ELEMENT_HIDDEN },      /* what is inside is fallback for old browsers */
  { "blockquote", ELEMENT_BLOCK },
  { "br",         ELEMENT_BREAK },
  { "canvas",     ELEMENT_HIDDEN },
  { "caption",    ELEMENT_BLOCK },
  { "center",     ELEMENT_BLOCK },
  { "dd",         ELEMENT_BLOCK },
  { "details",    ELEMENT_BLOCK },
  { "dialog",     ELEMENT_BLOCK },
  { "dir",        ELEMENT_BLOCK },
  { "div",        ELEMENT_BLOCK },
  { "dl",         ELEMENT_BLOCK },
  { "dt",         ELEMENT_BLOCK },
  { "fieldset",   ELEMENT_BLOCK },
  { "figcaption", ELEMENT_BLOCK },
  { "figure",     ELEMENT_BLOCK },
  { "footer",     ELEMENT_BLOCK },
  { "form",       ELEMENT_BLOCK },
  { "h1",         ELEMENT_BLOCK },
  { "h2",         ELEMENT_BLOCK },
  { "h3",         ELEMENT_BLOCK },
  { "h4",         ELEMENT_BLOCK },
  { "h5",         ELEMENT_BLOCK },
  { "h6",         ELEMENT_BLOCK },
  { "head",       ELEMENT_HIDDEN },
  { "header",     ELEMENT_BLOCK },
  { "hgroup",     ELEMENT_BLOCK },
  { "hr",         ELEMENT_BLOCK },
  { "iframe",     ELEMENT_RAW_HIDDEN },
  { "legend",     ELEMENT_BLOCK },
  { "li",         ELEMENT_BLOCK },
  { "main",       ELEMENT_BLOCK },
  { "menu",       ELEMENT_BLOCK },
  { "nav",        ELEMENT_BLOCK },
  { "noembed",    ELEMENT_RAW_HIDDEN },
  { "noframes",   ELEMENT_RAW_HIDDEN },
  { "noscript",   ELEMENT_RAW_HIDDEN },
  { "object",     ELEMENT_HIDDEN },
  { "ol",         ELEMENT_BLOCK },
  { "p",          ELEMENT_BLOCK },
  { "pre",        ELEMENT_PRE },
  { "script",     ELEMENT_RAW_HIDDEN },
  { "section",    ELEMENT_BLOCK },
  { "style",      ELEMENT_RAW_HIDDEN },
  { "summary",    ELEMENT_BLOCK },
  { "svg",        ELEMENT_HIDDEN },
  { "table",      ELEMENT_BLOCK },
  { "td",         ELEMENT_CELL },
  { "template",   ELEMENT_HIDDEN },
  { "th",         ELEMENT_CELL },
  { "tr",         ELEMENT_BLOCK },
  { "ul",         ELEMENT_BLOCK },
  { "video",      ELEMENT_HIDDEN },
};

/* Elements common enough in article markup that "<name>" or "<name attr=" in a text
 * field means it holds HTML.  Sorted by strcmp () for bsearch (). */
static const char * const common_elements[] = {
  "a", "abbr", "address", "article", "aside", "audio", "b", "blockquote", "body", "br",
  "caption", "center", "cite", "code", "dd", "del", "details", "div", "dl", "dt", "em",
  "figcaption", "figure", "font", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "head",
  "header", "hr", "html", "i", "iframe", "img", "ins", "li", "main", "mark", "nav",
  "noscript", "ol", "p", "picture", "pre", "q", "s", "script", "section", "small",
  "source", "span", "strong", "style", "sub", "summary", "sup", "svg", "table", "tbody",
  "td", "tfoot", "th", "thead", "time", "tr", "u", "ul", "video", "wbr",
};

typedef enum
{
  BREAK_NONE,
  BREAK_LINE,
  BREAK_PARAGRAPH,
} BreakKind;

typedef struct
{
  GString   *out;
  /* Spaces and breaks wait until the next visible character, so none ever ends up at the
   * start or end of a paragraph. */
  BreakKind  pending_break;
  gboolean   pending_space;
  guint      pre_depth;
  /* While inside an element whose content is dropped, such as <svg>: its name and how
   * many of it are open, since the same element may nest. */
  char       hidden_name[MAX_TAG_NAME + 1];
  guint      hidden_depth;
} Converter;

typedef struct
{
  char         name[MAX_TAG_NAME + 1];  /* lower case; empty when too long to be known */
  ElementKind  kind;
  gboolean     closing;
  gboolean     self_closing;
} Tag;

static gboolean
is_html_space (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

static gboolean
has_prefix (const char *p,
            const char *end,
            const char *prefix)
{
  gsize len = strlen (prefix);

  return (gsize)(end - p) >= len && memcmp (p, prefix, len) == 0;
}

/* Like memmem (), which is not portable. */
static const char *
find_string (const char *p,
             const char *end,
             const char *needle)
{
  gsize len = strlen (needle);

  while ((gsize)(end - p) >= len)
    {
      const char *hit = memchr (p, needle[0], (end - p) - len + 1);

      if (hit == NULL)
        return NULL;

      if (memcmp (hit, needle, len) == 0)
        return hit;

      p = hit + 1;
    }

  return NULL;
}

/* Character references */

static int
compare_entity (const void *key,
                const void *member)
{
  const NamedEntity *entity = member;

  return strcmp (key, entity->name);
}

static gboolean
lookup_entity (const char *name,
               gunichar   *code)
{
  const NamedEntity *entity;

  entity = bsearch (name, named_entities, G_N_ELEMENTS (named_entities),
                    sizeof (NamedEntity), compare_entity);
  if (entity == NULL)
    return FALSE;

  *code = entity->code;
  return TRUE;
}

static gboolean
is_legacy_entity (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (legacy_entities); i++)
    if (strcmp (name, legacy_entities[i]) == 0)
      return TRUE;

  return FALSE;
}

static gunichar
repair_code_point (guint32 code)
{
  if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
    return 0xFFFD;

  if (code >= 0x80 && code <= 0x9F)
    return windows_1252_c1[code - 0x80];

  return code;
}

/* A no-break space is only a space to a reader of the body form, and a soft hyphen is
 * invisible unless a line breaks there, so it would only get in the way of search. */
static gsize
write_reference_text (gunichar  code,
                      char     *text)
{
  if (code == 0xA0)
    {
      text[0] = ' ';
      return 1;
    }

  if (code == 0xAD)
    return 0;

  return g_unichar_to_utf8 (code, text);
}

static gsize
read_numeric_reference (const char *p,
                        const char *end,
                        char       *text,
                        gsize      *text_len)
{
  const char *q = p + 2;
  const char *digits;
  gboolean hex = FALSE;
  guint32 code = 0;

  if (q < end && (*q == 'x' || *q == 'X'))
    {
      hex = TRUE;
      q++;
    }

  for (digits = q; q < end; q++)
    {
      int value = hex ? g_ascii_xdigit_value (*q) : g_ascii_digit_value (*q);

      if (value < 0)
        break;

      /* Saturate rather than overflow: anything past U+10FFFF is replaced anyway. */
      code = MIN (code * (hex ? 16 : 10) + value, 0x110000);
    }

  if (q == digits)
    return 0;

  /* Browsers accept a missing ';' after a number, and so do we. */
  if (q < end && *q == ';')
    q++;

  *text_len = write_reference_text (repair_code_point (code), text);
  return q - p;
}

static gsize
read_named_reference (const char *p,
                      const char *end,
                      char       *text,
                      gsize      *text_len)
{
  char name[MAX_ENTITY_NAME + 1];
  const char *start = p + 1;
  const char *q = start;
  gunichar code;
  gsize len;

  while (q < end && g_ascii_isalnum (*q) && q - start < MAX_ENTITY_NAME)
    q++;

  len = q - start;
  if (len == 0 || (q < end && g_ascii_isalnum (*q)))
    return 0;

  memcpy (name, start, len);
  name[len] = '\0';

  if (q < end && *q == ';')
    q++;
  else if (!is_legacy_entity (name))
    return 0;

  if (!lookup_entity (name, &code))
    return 0;

  *text_len = write_reference_text (code, text);
  return q - p;
}

/* @p points at an '&'.  Returns the length of the character reference starting there,
 * with its text in @text, or 0 when the '&' is just an ampersand. */
static gsize
read_reference (const char *p,
                const char *end,
                char       *text,
                gsize      *text_len)
{
  if (p + 1 < end && p[1] == '#')
    return read_numeric_reference (p, end, text, text_len);

  return read_named_reference (p, end, text, text_len);
}

/* Elements */

static int
compare_element (const void *key,
                 const void *member)
{
  const Element *element = member;

  return strcmp (key, element->name);
}

static ElementKind
lookup_element_kind (const char *name)
{
  const Element *element;

  element = bsearch (name, elements, G_N_ELEMENTS (elements),
                     sizeof (Element), compare_element);

  return element != NULL ? element->kind : ELEMENT_INLINE;
}

/* @p points just past a tag's name.  Returns the position just past the tag's '>', or
 * NULL when the input ends first.  Quoted values are skipped whole: "a > b" in a title
 * attribute does not end the tag. */
static const char *
skip_attributes (const char *p,
                 const char *end,
                 gboolean   *self_closing)
{
  *self_closing = FALSE;

  while (p < end)
    {
      if (*p == '>')
        return p + 1;

      if (*p == '/' && p + 1 < end && p[1] == '>')
        {
          *self_closing = TRUE;
          return p + 2;
        }

      if (*p != '=')
        {
          p++;
          continue;
        }

      for (p++; p < end && is_html_space (*p); p++)
        ;

      if (p < end && (*p == '"' || *p == '\''))
        {
          const char *quote = memchr (p + 1, *p, end - (p + 1));

          if (quote == NULL)
            return NULL;

          p = quote + 1;
        }
      else
        {
          /* An unquoted value may hold a '/', as in href=/>, which is not "/>". */
          while (p < end && !is_html_space (*p) && *p != '>')
            p++;
        }
    }

  return NULL;
}

/* @p points at a '<' followed by a letter, or by '/' and a letter. */
static const char *
read_tag (const char *p,
          const char *end,
          Tag        *tag)
{
  const char *q = p + 1;
  const char *name;
  gsize len;

  tag->closing = *q == '/';
  if (tag->closing)
    q++;

  for (name = q; q < end && !is_html_space (*q) && *q != '/' && *q != '>'; q++)
    ;

  len = q - name;
  if (len > MAX_TAG_NAME)
    len = 0;

  for (gsize i = 0; i < len; i++)
    tag->name[i] = g_ascii_tolower (name[i]);
  tag->name[len] = '\0';

  tag->kind = lookup_element_kind (tag->name);

  return skip_attributes (q, end, &tag->self_closing);
}

/* @p points just past the start tag of a script, style or the like, whose content is
 * not markup.  Returns the position just past its end tag, or @end. */
static const char *
skip_raw_text (const char *p,
               const char *end,
               const char *name)
{
  gsize len = strlen (name);

  while ((p = memchr (p, '<', end - p)) != NULL)
    {
      if ((gsize)(end - p) >= len + 2 &&
          p[1] == '/' &&
          g_ascii_strncasecmp (p + 2, name, len) == 0)
        {
          const char *after = p + 2 + len;

          if (after == end || is_html_space (*after) || *after == '/' || *after == '>')
            {
              gboolean self_closing;
              const char *next = skip_attributes (after, end, &self_closing);

              return next != NULL ? next : end;
            }
        }

      p++;
    }

  return end;
}

/* @p points at "<!--".  An unterminated comment runs to the end. */
static const char *
skip_comment (const char *p,
              const char *end)
{
  const char *q = p + 4;
  const char *close;

  /* "<!-->" and "<!--->" are whole, empty comments in HTML 5. */
  if (has_prefix (q, end, ">"))
    return q + 1;
  if (has_prefix (q, end, "->"))
    return q + 2;

  close = find_string (q, end, "-->");

  return close != NULL ? close + 3 : end;
}

static const char *
skip_past_gt (const char *p,
              const char *end)
{
  const char *gt = memchr (p, '>', end - p);

  return gt != NULL ? gt + 1 : end;
}

/* Text output */

static void
append_text (Converter  *self,
             const char *text,
             gsize       len)
{
  if (self->out->len > 0)
    {
      if (self->pending_break == BREAK_PARAGRAPH)
        g_string_append_len (self->out, "\n\n", 2);
      else if (self->pending_break == BREAK_LINE)
        g_string_append_c (self->out, '\n');
      else if (self->pending_space)
        g_string_append_c (self->out, ' ');
    }

  self->pending_break = BREAK_NONE;
  self->pending_space = FALSE;
  g_string_append_len (self->out, text, len);
}

/* Two <br> in a row are how many pages separate paragraphs. */
static void
break_line (Converter *self)
{
  if (self->pending_break == BREAK_NONE)
    self->pending_break = BREAK_LINE;
  else
    self->pending_break = BREAK_PARAGRAPH;
}

static void
break_paragraph (Converter *self)
{
  self->pending_break = BREAK_PARAGRAPH;
}

static gboolean
is_plain_byte (char c)
{
  return !is_html_space (c) && c != '\0' && c != '\xC2';
}

/* Adds text in which markup and references have already been dealt with, collapsing its
 * white space.  A no-break space counts as white space here, as &nbsp; does. */
static void
emit_text (Converter  *self,
           const char *text,
           gsize       len)
{
  const char *p = text;
  const char *end = text + len;

  while (p < end)
    {
      const char *run = p;

      while (p < end && is_plain_byte (*p))
        p++;

      if (p > run)
        append_text (self, run, p - run);

      if (p == end)
        break;

      if (*p == '\0')
        p++;
      else if (*p == '\xC2' && p + 1 < end && p[1] == '\xA0')
        {
          self->pending_space = TRUE;
          p += 2;
        }
      else if (*p == '\xC2')
        {
          append_text (self, p, 1);
          p++;
        }
      else if (self->pre_depth > 0 && (*p == '\n' || *p == '\r'))
        {
          if (*p == '\r' && p + 1 < end && p[1] == '\n')
            p++;
          break_line (self);
          p++;
        }
      else
        {
          self->pending_space = TRUE;
          p++;
        }
    }
}

/* Markup */

static void
hide_content (Converter  *self,
              const Tag  *tag)
{
  memcpy (self->hidden_name, tag->name, sizeof (self->hidden_name));
  self->hidden_depth = 1;
}

static void
apply_tag (Converter *self,
           const Tag *tag)
{
  switch (tag->kind)
    {
    case ELEMENT_BLOCK:
      break_paragraph (self);
      break;

    case ELEMENT_PRE:
      break_paragraph (self);
      if (tag->closing)
        self->pre_depth = self->pre_depth > 0 ? self->pre_depth - 1 : 0;
      else if (!tag->self_closing)
        self->pre_depth++;
      break;

    case ELEMENT_BREAK:
      break_line (self);
      break;

    case ELEMENT_CELL:
      self->pending_space = TRUE;
      break;

    case ELEMENT_HIDDEN:
      /* <svg/> is complete, and must not hide the rest of the article. */
      if (!tag->closing && !tag->self_closing)
        hide_content (self, tag);
      break;

    case ELEMENT_RAW_HIDDEN:
    case ELEMENT_INLINE:
    default:
      break;
    }
}

/* </head> is optional in HTML, so the head also ends where the body visibly starts. */
static gboolean
ends_head (const Tag *tag)
{
  if (tag->closing)
    return FALSE;

  return strcmp (tag->name, "body") == 0 ||
         tag->kind == ELEMENT_BLOCK ||
         tag->kind == ELEMENT_PRE ||
         tag->kind == ELEMENT_BREAK;
}

static void
track_hidden_tag (Converter *self,
                  const Tag *tag)
{
  if (strcmp (self->hidden_name, "head") == 0 && ends_head (tag))
    {
      self->hidden_depth = 0;
      apply_tag (self, tag);
      return;
    }

  if (strcmp (tag->name, self->hidden_name) != 0)
    return;

  if (tag->closing)
    self->hidden_depth--;
  else if (!tag->self_closing)
    self->hidden_depth++;
}

static const char *
convert_cdata (Converter  *self,
               const char *p,
               const char *end)
{
  const char *text = p + strlen ("<![CDATA[");
  const char *close = find_string (text, end, "]]>");

  if (self->hidden_depth == 0)
    emit_text (self, text, (close != NULL ? close : end) - text);

  return close != NULL ? close + 3 : end;
}

static const char *
convert_tag (Converter  *self,
             const char *p,
             const char *end)
{
  const char *next;
  Tag tag;

  /* Like a browser, treat a tag still open at the end of the input as all tag. */
  next = read_tag (p, end, &tag);
  if (next == NULL)
    return end;

  if (tag.kind == ELEMENT_RAW_HIDDEN && !tag.closing && !tag.self_closing)
    return skip_raw_text (next, end, tag.name);

  if (self->hidden_depth > 0)
    track_hidden_tag (self, &tag);
  else
    apply_tag (self, &tag);

  return next;
}

/* @p points at a '<'.  Returns where the text resumes. */
static const char *
convert_markup (Converter  *self,
                const char *p,
                const char *end)
{
  char c = p + 1 < end ? p[1] : '\0';
  char after = p + 2 < end ? p[2] : '\0';

  if (has_prefix (p, end, "<!--"))
    return skip_comment (p, end);

  if (has_prefix (p, end, "<![CDATA["))
    return convert_cdata (self, p, end);

  /* A doctype, a processing instruction or a bogus comment such as "</ 3>". */
  if (c == '!' || c == '?' ||
      (c == '/' && after != '\0' && after != '>' && !g_ascii_isalpha (after)))
    return skip_past_gt (p, end);

  if (c == '/' && after == '>')
    return p + 3;

  if (g_ascii_isalpha (c) || (c == '/' && g_ascii_isalpha (after)))
    return convert_tag (self, p, end);

  /* Not markup, as in "a < b". */
  if (self->hidden_depth == 0)
    emit_text (self, "<", 1);

  return p + 1;
}

static const char *
convert_reference (Converter  *self,
                   const char *p,
                   const char *end)
{
  char text[REFERENCE_TEXT_SIZE];
  gsize text_len = 0;
  gsize len;

  len = read_reference (p, end, text, &text_len);
  if (len == 0)
    {
      text[0] = '&';
      text_len = 1;
      len = 1;
    }

  if (self->hidden_depth == 0)
    emit_text (self, text, text_len);

  return p + len;
}

static void
convert (Converter  *self,
         const char *p,
         const char *end)
{
  while (p < end)
    {
      const char *text = p;

      if (*p == '<')
        {
          p = convert_markup (self, p, end);
          continue;
        }

      if (*p == '&')
        {
          p = convert_reference (self, p, end);
          continue;
        }

      while (p < end && *p != '<' && *p != '&')
        p++;

      if (self->hidden_depth == 0)
        emit_text (self, text, p - text);
    }
}

/* Detection */

static int
compare_name (const void *key,
              const void *member)
{
  const char * const *name = member;

  return strcmp (key, *name);
}

static gboolean
is_common_element (const char *name,
                   gsize       len)
{
  char lower[MAX_TAG_NAME + 1];

  if (len > MAX_TAG_NAME)
    return FALSE;

  for (gsize i = 0; i < len; i++)
    lower[i] = g_ascii_tolower (name[i]);
  lower[len] = '\0';

  return bsearch (lower, common_elements, G_N_ELEMENTS (common_elements),
                  sizeof (char *), compare_name) != NULL;
}

static const char *
skip_name (const char *p)
{
  while (g_ascii_isalnum (*p) || *p == '-' || *p == '_' || *p == ':')
    p++;

  return p;
}

static const char *
skip_html_space (const char *p)
{
  while (is_html_space (*p))
    p++;

  return p;
}

/* @p points at a '<' in a NUL-terminated string.  Plain text has its own uses for '<', so
 * only a comment, an end tag "</name>", or a known element followed by '>', "/>" or an
 * attribute with a value counts: "<p>", "<br />", "<a href=", but not "<b and c>". */
static gboolean
starts_tag (const char *p)
{
  const char *name;
  const char *q;

  if (g_str_has_prefix (p, "<!--"))
    return TRUE;

  if (p[1] == '/')
    {
      if (!g_ascii_isalpha (p[2]))
        return FALSE;

      q = skip_html_space (skip_name (p + 2));
      return *q == '>';
    }

  name = p + 1;
  if (!g_ascii_isalpha (*name))
    return FALSE;

  q = skip_name (name);
  if (!is_common_element (name, q - name))
    return FALSE;

  if (*q == '>' || (q[0] == '/' && q[1] == '>'))
    return TRUE;

  if (!is_html_space (*q))
    return FALSE;

  q = skip_html_space (q);
  if (*q == '>' || (q[0] == '/' && q[1] == '>'))
    return TRUE;

  if (!g_ascii_isalpha (*q))
    return FALSE;

  q = skip_html_space (skip_name (q));
  return *q == '=';
}

/* Public API */

/**
 * nd_html_to_text:
 * @html: an HTML fragment, such as a JSON Feed item's content_html
 * @length: the length of @html in bytes, or -1 if it is NUL-terminated
 *
 * Turns HTML into NewsDesk's body form: paragraphs separated by one blank line, each
 * trimmed, with white space collapsed inside them and a <br> kept as a line break.
 * Scripts, styles, comments and the like are dropped and character references decoded.
 *
 * Returns: (transfer full): the text, valid UTF-8 when @html is
 */
char *
nd_html_to_text (const char *html,
                 gssize      length)
{
  Converter converter = { 0 };
  gsize len;

  g_return_val_if_fail (html != NULL || length == 0, NULL);

  if (html == NULL)
    return g_strdup ("");

  len = length < 0 ? strlen (html) : (gsize)length;

  /* Markup rarely takes less than a fifth of an article. */
  converter.out = g_string_sized_new (len - len / 5 + 1);
  convert (&converter, html, html + len);

  return _nd_utf8_finish (converter.out);
}

/**
 * nd_html_decode_entities:
 * @text: text that may hold character references, such as a title
 * @length: the length of @text in bytes, or -1 if it is NUL-terminated
 *
 * Decodes numeric and named character references, and nothing else: tags and white
 * space are left alone.  &nbsp; becomes a plain space and &shy; nothing; unknown names
 * and a lone '&' stay as they are.
 *
 * Returns: (transfer full): the decoded text
 */
char *
nd_html_decode_entities (const char *text,
                         gssize      length)
{
  const char *p;
  const char *end;
  GString *out;

  g_return_val_if_fail (text != NULL || length == 0, NULL);

  if (text == NULL)
    return g_strdup ("");

  end = text + (length < 0 ? strlen (text) : (gsize)length);
  out = g_string_sized_new (end - text);

  for (p = text; p < end;)
    {
      const char *run = p;
      char decoded[REFERENCE_TEXT_SIZE];
      gsize decoded_len = 0;
      gsize len;

      while (p < end && *p != '&' && *p != '\0')
        p++;

      g_string_append_len (out, run, p - run);

      if (p == end)
        break;

      if (*p == '\0')
        {
          p++;
          continue;
        }

      len = read_reference (p, end, decoded, &decoded_len);
      if (len == 0)
        {
          g_string_append_c (out, '&');
          p++;
        }
      else
        {
          g_string_append_len (out, decoded, decoded_len);
          p += len;
        }
    }

  return _nd_utf8_finish (out);
}

/**
 * nd_html_looks_like_html:
 * @text: a NUL-terminated text field
 *
 * Tells whether a field meant for plain text actually holds HTML, by looking for a tag.
 * It errs on the side of plain text: "x < y and y > z" is not HTML.
 *
 * Returns: %TRUE if @text holds an HTML tag or comment
 */
gboolean
nd_html_looks_like_html (const char *text)
{
  g_return_val_if_fail (text != NULL, FALSE);

  for (const char *p = strchr (text, '<'); p != NULL; p = strchr (p + 1, '<'))
    if (starts_tag (p))
      return TRUE;

  return FALSE;
}

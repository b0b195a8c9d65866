/* test-quote-finder.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "quotes/nd-quote-finder-private.h"
#include "quotes/nd-quote-speaker.h"
#include "nd-test-utils.h"

#define MAX_EXPECTED 4

typedef struct
{
  const char *text;
  const char *speaker;
} Expected;

typedef struct
{
  const char *body;
  Expected    expected[MAX_EXPECTED];
} Case;

/* The quotation's offsets point at its text in @body: for a quotation in one paragraph
 * exactly, for one over several from its first words to its last. */
static void
assert_offsets (const char        *body,
                const NdQuotation *quotation)
{
  const char *from = g_utf8_offset_to_pointer (body, quotation->start);
  const char *to = g_utf8_offset_to_pointer (body, quotation->end);
  g_autofree char *slice = g_strndup (from, to - from);
  g_auto(GStrv) lines = g_strsplit (quotation->text, "\n", -1);

  g_assert_cmpuint (quotation->start, <=, quotation->end);
  if (lines[1] == NULL)
    {
      g_assert_cmpstr (slice, ==, quotation->text);
      return;
    }
  g_assert_true (g_str_has_prefix (slice, lines[0]));
  g_assert_true (g_str_has_suffix (slice, lines[g_strv_length (lines) - 1]));
}

static void
check_cases (const Case *cases,
             guint       n_cases)
{
  for (guint i = 0; i < n_cases; i++)
    {
      g_autoptr(GPtrArray) found = nd_quote_finder_find (cases[i].body);
      guint n_expected = 0;

      while (n_expected < MAX_EXPECTED && cases[i].expected[n_expected].text != NULL)
        n_expected++;

      g_test_message ("%s", cases[i].body);
      g_assert_cmpuint (found->len, ==, n_expected);
      for (guint j = 0; j < n_expected; j++)
        {
          const NdQuotation *quotation = g_ptr_array_index (found, j);

          g_assert_cmpstr (quotation->text, ==, cases[i].expected[j].text);
          g_assert_cmpstr (quotation->speaker, ==, cases[i].expected[j].speaker);
          assert_offsets (cases[i].body, quotation);
        }
    }
}

static void
test_marks (void)
{
  static const Case cases[] = {
    { "He said \"yes\" twice.", { { "yes", NULL } } },
    { "“Hello,” Ann Lee said.", { { "Hello,", "Ann Lee" } } },
    { "‘We’re here,’ Ann Lee said.", { { "We’re here,", "Ann Lee" } } },
    { "Les mots «tout va bien» et „alles gut“ und »ja«.",
      { { "tout va bien", NULL }, { "alles gut", NULL }, { "ja", NULL } } },
    { "Il a dit ‚nein‘ und ‹oui›.", { { "nein", NULL }, { "oui", NULL } } },
    /* Mixed marks of one family still pair up. */
    { "She said “so he’s there a lot.\" Then left.", { { "so he’s there a lot.", NULL } } },
    /* A space lost after a sentence: the mark between its end and a capital opens. */
    { "It was seen in the sea.\"My view is that they move,\" said Chris Hughes.\"They go "
      "east,\" said Hughes.",
      { { "My view is that they move,", "Chris Hughes" }, { "They go east,", "Chris Hughes" } } },
    /* Swedish and Finnish: ” on both sides. */
    { "Han sa ”hej” igen.", { { "hej", NULL } } },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_nesting (void)
{
  static const Case cases[] = {
    /* Only the outer quotation is one; the inner marks stay in its text. */
    { "\"People hear 'American company' and worry,\" Dana Kowalczyk said.",
      { { "People hear 'American company' and worry,", "Dana Kowalczyk" } } },
    { "‘The line “Quayside works – for information” hurt,’ Zoë Brennan said.",
      { { "The line “Quayside works – for information” hurt,", "Zoë Brennan" } } },
    { "“They called it ‘future-proof’,” one resident said.",
      { { "They called it ‘future-proof’,", NULL } } },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_apostrophes (void)
{
  static const Case cases[] = {
    { "The ’70s and the ’90s, we’re told, changed the company’s boats’ crews.", { { NULL } } },
    { "In the '90s the firm's rock 'n' roll years began.", { { NULL } } },
    { "Fishermen’s Co-operative and Zoë’s café, the Joneses’ house.", { { NULL } } },
    /* A plural possessive inside a single-quoted quotation does not end it... */
    { "‘The boats’ engines failed,’ said Tom Reed.",
      { { "The boats’ engines failed,", "Tom Reed" } } },
    /* ...but the end of one after an "s" does, when nothing later could. */
    { "He wanted ‘more buses’ and left.", { { "more buses", NULL } } },
    { "‘It’s upstairs,’ she said. ‘We’re in the ’90s.’",
      { { "It’s upstairs,", NULL }, { "We’re in the ’90s.", NULL } } },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_paragraphs (void)
{
  static const Case cases[] = {
    /* Each paragraph reopens, only the last closes. */
    { "Ann Lee said:\n\n“First part.\n\n“Second part.\n\n“Third part.”\n\nThe end.",
      { { "First part.\nSecond part.\nThird part.", "Ann Lee" } } },
    { "Ann Lee said:\n\n'First part.\n\n‘Second part.’",
      { { "First part.\nSecond part.", "Ann Lee" } } },
    /* Unclosed, and the next paragraph does not reopen: not a quotation; the paragraph
     * is read again after the false mark. */
    { "He said “hello and left, “real,” Ann Lee said.\n\nThen nothing.",
      { { "real,", "Ann Lee" } } },
    { "A “stray mark.\n\nThen “real,” Ann Lee said.", { { "real,", "Ann Lee" } } },
    /* A mark reopening after the end of a sentence: a paragraph break was lost. */
    { "Abe said: \"It is a threat. \"We have asked for a meeting.\"",
      { { "It is a threat.", "Abe" }, { "We have asked for a meeting.", "Abe" } } },
    /* Single line breaks end paragraphs too. */
    { "“One\n“two.”", { { "One\ntwo.", NULL } } },
    /* Round 7: a post cut into short paragraphs goes on without a reopening mark when
     * the first double mark after it closes; not when it opens. */
    { "“The deal is done.\n\nWe won!” Ann Lee wrote.", { { "The deal is done.\nWe won!", "Ann Lee" } } },
    { "A “stray mark.\n\nThen nothing at all.\n\n“Real,” Ann Lee said.",
      { { "Real,", "Ann Lee" } } },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_fragments (void)
{
  static const Case cases[] = {
    { "The mayor called it a “game changer” for the town.", { { "game changer", NULL } } },
    { "Mayor Elena Marsh has called the barrier a \"game changer\" for the town.",
      { { "game changer", "Elena Marsh" } } },
    { "Dana Kowalczyk says in a statement that the firm stands \"without reservation\" "
      "behind it.", { { "without reservation", "Dana Kowalczyk" } } },
    /* Names, titles and slogans are nobody's words. */
    { "Many carried placards reading “Save Our Quay” outside.", { { "Save Our Quay", NULL } } },
    { "Tom Reed said he loved “Captain America: Civil War” most.",
      { { "Captain America: Civil War", NULL } } },
    /* An aside between dashes is not the subject's. */
    { "Ann Lee said the finding – that “the model is old” – would be tested.",
      { { "the model is old", NULL } } },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

/* Whether the marks in @body hold a title (NdQuotation.title), for the one quotation
 * found. */
static gboolean
is_title (const char *body)
{
  g_autoptr(GPtrArray) found = nd_quote_finder_find (body);

  g_assert_cmpuint (found->len, ==, 1);

  return ((NdQuotation *)g_ptr_array_index (found, 0))->title;
}

/* Titles, names and single words in marks are found, but marked as not quotations
 * (tests/data/quotes/GUIDE.md), unless someone is said to say them. */
static void
test_titles (void)
{
  g_assert_true (is_title ("He sang “Space Oddity” as the car flew."));
  g_assert_true (is_title ("The album “Man of the Woods,” came out."));
  g_assert_true (is_title ("A witness described the scene as “pandemonium” later."));
  g_assert_true (is_title ("They called it the “Starman.”"));

  /* One word is never a quotation (GUIDE.md), even when someone is said to use it. */
  g_assert_true (is_title ("Mayor Elena Marsh said she was “encouraged” by it."));
  g_assert_true (is_title ("Brolin will be Cable in the forthcoming “Deadpool 2.”"));
  g_assert_false (is_title ("Mayor Elena Marsh said she was “very encouraged” by it."));
  g_assert_false (is_title ("The mayor called it a “game changer” for the town."));
  g_assert_false (is_title ("Apple wrote: “Kneel, Portnow” and left."));
  g_assert_false (is_title ("The sign read “FIRE ONE BACK” in red."));
  g_assert_false (is_title ("“Hello,” Ann Lee said."));

  /* Words that say what follows is a name, a term or a title. */
  g_assert_true (is_title ("This is a phenomenon known as a \"blue moon\" in English."));
  g_assert_true (is_title ("It led to people coining the phrase \"once in a blue moon\"."));
  g_assert_true (is_title ("The cars had the so-called \"defeat device\" software."));
  g_assert_true (is_title ("Tiangong-1, which translates as “heavenly palace”, fell."));
  g_assert_true (is_title ("He came to grips with terms such as \"AdBlue tank\" then."));
  g_assert_true (is_title ("He has the title of \"research assistant professor.\""));
  g_assert_true (is_title ("Inside SpaceX it is nicknamed the \"Big Rocket.\""));
  g_assert_false (is_title ("He said the phenomenon is “a new or full moon, close to Earth.”"));
  g_assert_false (is_title ("Ann Lee said it was “a known risk as it was”."));

  /* A few words in marks between an article and a noun name what the noun is. */
  g_assert_true (is_title ("This is represented by a \"number of lives\" pool for all."));
  g_assert_true (is_title ("He was charged over a \"Nigerian prince\" scam in Slidell."));
  g_assert_false (is_title ("The data is a “holy grail” for cyber conmen."));
  g_assert_false (is_title ("Police described Mr. Lee as a “lone wolf” whose aims grew."));
  g_assert_false (is_title ("The council offered a “ticking fee” giving owners more."));
  g_assert_false (is_title ("She championed it as a ‘once in a generation’ investment."));
  g_assert_false (is_title ("The mayor called it a “game changer” for the town."));

  /* A question in title case is a title; a short one may be asked. */
  g_assert_true (is_title ("She is co-author of “Would You Baptize an Extraterrestrial?” now."));
  g_assert_true (is_title ("Jan. 20 — “How Massive Can Stars Be?” is a talk by Mike Corcoran."));
  g_assert_false (is_title ("“Are You Sure?” Ann Lee asked."));
  g_assert_false (is_title ("So u stop askin, “How’s Michael/How’s Sarah?” Right."));
  g_assert_false (is_title ("Then he asked, “Why did you go?”"));
}

/* One person, one name, across articles. */
static void
test_same_person (void)
{
  static const struct {
    const char *a;
    const char *b;
    gboolean    same;
  } cases[] = {
    { "Warren", "Elizabeth Warren", TRUE },
    { "Senator Warren", "Elizabeth Warren", TRUE },
    { "Ms. Warren", "Elizabeth A. Warren", TRUE },
    { "Sen. Elizabeth Warren", "elizabeth warren", TRUE },
    { "Donald J. Trump", "President Donald Trump", TRUE },
    { "Donald John Trump Jr.", "Donald Trump", TRUE },
    { "José Álvarez", "Jose Alvarez", TRUE },
    { "ZOË BRENNAN", "Zoë Brennan", TRUE },
    { "Dr Anil Rao", "Rao", TRUE },
    { "Prince", "Prince", TRUE },
    { "Elizabeth Warren", "Mark Warren", FALSE },
    { "Elizabeth Warren", "Elizabeth Holmes", FALSE },
    { "Warren", "Warren Buffett", FALSE },
    { "Mr.", "Mr. Smith", FALSE },
    { "", "Warren", FALSE },
    { "Equifax", "Equifax", TRUE },
    { "Equifax", "Experian", FALSE },
    { "Bill O’Brien", "Bill O'Brien", TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("%s ~ %s", cases[i].a, cases[i].b);
      g_assert_cmpint (nd_quote_speaker_same_person (cases[i].a, cases[i].b), ==, cases[i].same);
      g_assert_cmpint (nd_quote_speaker_same_person (cases[i].b, cases[i].a), ==, cases[i].same);
    }
}

static void
test_empty_and_unbalanced (void)
{
  static const Case cases[] = {
    { "", { { NULL } } },
    { "No marks at all.", { { NULL } } },
    { "Empty \"\" and “ ” and ‘…’ and \"...\".", { { NULL } } },
    { "“", { { NULL } } },
    { "”", { { NULL } } },
    { "\"", { { NULL } } },
    { "’’’‘‘‘", { { NULL } } },
    { "“a", { { NULL } } },
    { "a”", { { NULL } } },
    { "The 5\" pipe and a \"real\" one.", { { "real", NULL } } },
    { "« »« ‚ ‘ „ “ ” »", { { NULL } } },
    { "\n\n\n“\n\n“\n\n”", { { NULL } } },
    /* Unicode around and inside: offsets are characters. */
    { "Zoë said “😀 ok” once.", { { "😀 ok", "Zoë" } } },
  };
  g_autoptr(GPtrArray) found = NULL;
  const NdQuotation *quotation;

  check_cases (cases, G_N_ELEMENTS (cases));

  /* Not UTF-8 at all: a stray byte is one character, and nothing is read past the end. */
  found = nd_quote_finder_find ("\xff“a\xfe” \xe2\x80");
  g_assert_cmpuint (found->len, ==, 1);
  quotation = g_ptr_array_index (found, 0);
  g_assert_cmpuint (quotation->start, ==, 2);
  g_assert_cmpuint (quotation->end, ==, 4);
  g_assert_cmpstr (quotation->text, ==, "a\xef\xbf\xbd");
  g_clear_pointer (&found, g_ptr_array_unref);

  found = nd_quote_finder_find ("Zoë said “😀 ok” once.");
  quotation = g_ptr_array_index (found, 0);
  g_assert_cmpuint (quotation->start, ==, 10);
  g_assert_cmpuint (quotation->end, ==, 14);
}

static void
test_speaker_rules (void)
{
  static const Case cases[] = {
    /* "...," X said / said X / X said: / X adds / according to X */
    { "\"Fine,\" said Regina Osei, an analyst.", { { "Fine,", "Regina Osei" } } },
    { "Luis Ortega said: \"We build gates.\"", { { "We build gates.", "Luis Ortega" } } },
    { "\"More,\" Ann Lee added.", { { "More,", "Ann Lee" } } },
    { "The gates are \"the best we built,\" according to chief executive Dana Kowalczyk.",
      { { "the best we built,", "Dana Kowalczyk" } } },
    { "\"Fine,\" said postdoctoral researcher Eduardo Guerras.",
      { { "Fine,", "Eduardo Guerras" } } },
    /* A colon ending the paragraph before. */
    { "Mayor Elena Marsh told reporters:\n\n“We will continue.”",
      { { "We will continue.", "Elena Marsh" } } },
    { "Dana Kowalczyk leads the firm.\n\nKowalczyk's statement reads in part:\n\n"
      "\"We stand by it.\"", { { "We stand by it.", "Dana Kowalczyk" } } },
    /* The same speaker again, in the paragraph and in the next one. */
    { "\"Fine,\" Ann Lee said. \"No.\"", { { "Fine,", "Ann Lee" }, { "No.", "Ann Lee" } } },
    { "\"Fine,\" said Ann Lee.\n\n\"We go on.\"",
      { { "Fine,", "Ann Lee" }, { "We go on.", "Ann Lee" } } },
    /* A quotation that ends its sentence keeps a bare attribution after it. */
    { "“Get a shield!” Black Panther growls.", { { "Get a shield!", "Black Panther" } } },
    { "“It is over.” Ann Lee said she would go.", { { "It is over.", NULL } } },
    /* The name after the verb behind a role, an age, an owner or a comma. */
    { "\"It is a deal,\" said analyst Daniel Ives of GBH Insights.",
      { { "It is a deal,", "Daniel Ives" } } },
    { "\"Next time,\" said 23-year-old Ryosuke Kinoshita.", { { "Next time,", "Ryosuke Kinoshita" } } },
    { "\"I can't wait,\" said the Southwest Research Institute's Alan Stern.",
      { { "I can't wait,", "Alan Stern" } } },
    { "\"It is catchy,\" said Stern while driving.", { { "It is catchy,", "Stern" } } },
    { "\"We never allow it,\" said the spokeswoman, Hua Chunying.",
      { { "We never allow it,", "Hua Chunying" } } },
    { "\"The future is exciting,\" said SpaceX founder Elon Musk in a speech.",
      { { "The future is exciting,", "Elon Musk" } } },
    /* A role between commas after the name, and the rest of a sentence the verb cut. */
    { "\"Israel is doing everything,\" Saeb Erekat, the secretary general of the Palestine "
      "Liberation Organization, said in a statement.",
      { { "Israel is doing everything,", "Saeb Erekat" } } },
    { "\"That's a deal,\" Holst says, \"if it works.\"",
      { { "That's a deal,", "Holst" }, { "if it works.", "Holst" } } },
    /* The person before "of", and before a chain of asides. */
    { "\"The public is fed up,\" Ilan Gilon of the Meretz party said.",
      { { "The public is fed up,", "Ilan Gilon" } } },
    { "Parliament member Bezalel Smotrich of the party Habayit Hayehudi, explained that it went to "
      "\"local authorities every year.\"", { { "local authorities every year.", "Bezalel Smotrich" } } },
    { "Ehud Barak, another former chief, who, as the leader of the Labor Party, served a "
      "term as prime minister, said that \"a fanatic seed has taken over.\"",
      { { "a fanatic seed has taken over.", "Ehud Barak" } } },
    /* A participle after a comma: the sentence's subject, when a person. */
    { "Pat Rooke, 72, described the scene as bad, adding: \"They come around very fast.\"",
      { { "They come around very fast.", "Pat Rooke" } } },
    { "Word of it emerged after Mr. Trump spoke, warning of no \"friendly solution\" soon.",
      { { "friendly solution", NULL } } },
    /* A sentence of quotation after a sentence with a verb of saying. */
    { "Ren said the stance has not changed. \"We are determined to keep the peace.\"",
      { { "We are determined to keep the peace.", "Ren" } } },
    /* An acronym in brackets before the verb; "who said"; a participle after a clause. */
    { "The Rail Accident Investigation Branch (RAIB) said: \"The tram was fast.\"",
      { { "The tram was fast.", "Rail Accident Investigation Branch" } } },
    { "The women took issue with Academy President Neil Portnow, who said women needed to "
      "\"step up\" more.", { { "step up", "Neil Portnow" } } },
    { "A day later, Mr. Portnow walked back his comments, saying he regretted \"not being as "
      "articulate\" as he should.", { { "not being as articulate", "Portnow" } } },
    /* A verb between two quotations of one sentence attributes both. */
    { "Despite saying that Mr. Xi \"treated me better\" than anyone, Mr. Trump said Thursday "
      "that \"they have to help us.\"",
      { { "treated me better", "Trump" }, { "they have to help us.", "Trump" } } },
    /* A pair inside a role is not who speaks. */
    { "\"Sales fell,\" Mike Hawes, chief executive of the Society of Motor Manufacturers and "
      "Traders said.", { { "Sales fell,", "Mike Hawes" } } },
    /* A participle right after a name; a person between commas after an organisation. */
    { "Qualcomm refused, with CEO Steve Mollenkopf arguing there was \"no real path to value.\"",
      { { "no real path to value.", "Steve Mollenkopf" } } },
    { "The head of the Israeli Labor Party, Yitzhak Herzog, voiced opposition, calling it "
      "\"another irresponsible move.\"", { { "another irresponsible move.", "Yitzhak Herzog" } } },
    /* "the statement read"; a news agency that reported the words did not say them. */
    { "\"Beat them,\" a statement released by the Korean Central News Agency read.",
      { { "Beat them,", "Korean Central News Agency" } } },
    { "Moon Jae-in also said dialogue was \"impossible now\", Yonhap news agency reported.",
      { { "impossible now", "Moon Jae-in" } } },
    /* A paper or an agency that reports words inside a sentence passed them on; a
     * sentence of its words it reports is its own. */
    { "The test was acclaimed as an \"incredible accomplishment,\" Reuters reported. \"The "
      "launch went well,\" Reuters reported.",
      { { "incredible accomplishment,", NULL }, { "The launch went well,", "Reuters" } } },
    { "Martin Bamford, a passenger, said the tram sped up and “everyone just went flying,” "
      "the Associated Press reports.", { { "everyone just went flying,", "Martin Bamford" } } },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_speaker_names (void)
{
  static const Case cases[] = {
    /* Surnames, first names and titles: the fullest form used. */
    { "Mayor Elena Marsh spoke first. \"We will act,\" Marsh said.",
      { { "We will act,", "Elena Marsh" } } },
    { "Zoë Brennan runs the café. \"It is home,\" Zoë said.",
      { { "It is home,", "Zoë Brennan" } } },
    { "Japanese Prime Minister Shinzo Abe spoke. \"No,\" Abe said.",
      { { "No,", "Shinzo Abe" } } },
    { "Secretary of State Rex Tillerson said the tests \"only deepen\" its isolation.",
      { { "only deepen", "Rex Tillerson" } } },
    { "Donald J. Trump wrote a tweet. \"Sad!\" Trump said.", { { "Sad!", "Donald J. Trump" } } },
    /* Round 7: a surname alone does not stand for the name with a generation's suffix
     * (tried: father and son are two people). */
    { "President Trump spoke on Monday. His son Donald Trump Jr. met a lawyer in 2016. “It "
      "was nothing,” Trump said.", { { "It was nothing,", "Trump" } } },
    /* Round 7: a department's words after "Secretary of" are the title's. */
    { "Secretary of State Harmon said she “did not know.” Secretary of Homeland Security "
      "Dana Ortiz said it was “a crisis.”", { { "did not know.", "Harmon" },
                                             { "a crisis.", "Dana Ortiz" } } },
    /* Round 7: a surname with its particle. */
    { "Marco de Luna, the head of the city council, announced his run. Mr. de Luna said it "
      "was “a big mistake.”", { { "a big mistake.", "Marco de Luna" } } },
    /* Round 7: "X for Y" is an organisation's name when X is not known as a person's. */
    { "“Today is a sad day,” said Progress for Ohio, one of several groups.",
      { { "Today is a sad day,", "Progress for Ohio" } } },
    /* Round 7: a name after a preposition and role words is an aside. */
    { "Progress for Ohio, the group founded by former Republican presidential candidate Tom "
      "Ward, also said: “Look at this weak deal.”",
      { { "Look at this weak deal.", "Progress for Ohio" } } },
    /* Round 7: after "Asked by", the question is the asker's, not the answerer's. */
    { "Ben Marsh met Ann Lee. Asked by one of Ms. Lee’s aides, “Is this the text you want "
      "to send,” Mr. Marsh replied: “Yes, it is.”",
      { { "Is this the text you want to send,", NULL }, { "Yes, it is.", "Ben Marsh" } } },
    { "Ben Marsh met Ann Lee. Asked by Ann Lee, “Is this the text,” Mr. Marsh replied: "
      "“Yes, it is.”", { { "Is this the text,", "Ann Lee" }, { "Yes, it is.", "Ben Marsh" } } },
    /* Round 7: the verb, a role after "a" or "the", a comma and a name. */
    { "“The memo was leaked,” said a city hall spokesman, Paul Dent.",
      { { "The memo was leaked,", "Paul Dent" } } },
    { "“We are surprised,” said the statement from Ward's lawyer, Sam Kinney. The statement "
      "said Ward “denies everything.”", { { "We are surprised,", "Sam Kinney" },
                                          { "denies everything.", "Sam Kinney" } } },
    /* Round 7: a title in marks nobody says does not break a run of quotations. */
    { "“It is harmful,” Ortiz said Tuesday on WKXT’s the “Morning Desk” show. “It has "
      "always been shared.”", { { "It is harmful,", "Ortiz" }, { "Morning Desk", NULL },
                                { "It has always been shared.", "Ortiz" } } },
    /* Round 7: a number that opens a sentence is no name ("Page Six" is one). */
    { "Ann Lee spoke first. Ten minutes later, Ben Marsh, a deputy adviser, offered his "
      "comments, saying, “We need to settle this.” “It is odd,” Page Six wrote.",
      { { "We need to settle this.", "Ben Marsh" }, { "It is odd,", "Page Six" } } },
    /* Round 7: "complained" and "lamented" are verbs of saying. */
    { "Ann Lee, reading the draft, complained in an e-mail, “These do not resolve my "
      "issues.” “We have lost,” lamented Senator Tom Ross, Republican of Georgia.",
      { { "These do not resolve my issues.", "Ann Lee" }, { "We have lost,", "Tom Ross" } } },
    /* Round 7: lower-case role words before a name that opens a chain of commas. */
    { "“I trust he will keep his word,” independent Sen. Paul Avery of Vermont, who votes "
      "with the Democrats, told reporters.",
      { { "I trust he will keep his word,", "Paul Avery" } } },
    { "“He is the weakest mayor yet,” the columnist Rita Vance, who has urged the mayor to "
      "keep his pledge, wrote on Twitter.", { { "He is the weakest mayor yet,", "Rita Vance" } } },
    /* Round 7: "reporter" is a role in front of a name. */
    { "Tom Brandt was angry. After reporter Lisa Moss finished her report, Brandt walked "
      "back, leaned in and said, “Let me be plain.”", { { "Let me be plain.", "Tom Brandt" } } },
    /* Round 7: "according to a statement from X" is X's. */
    { "“It is dead,” according to a statement from Senate Majority Leader Carl Weston.",
      { { "It is dead,", "Carl Weston" } } },
    { "“It is dead,” according to a statement from a spokesman.", { { "It is dead,", NULL } } },
    /* Round 7: an organisation's name keeps a title's word ("Justice"). */
    { "“He was armed,” the Justice Department said. “We are ready,” said Chief Justice Helen "
      "Park.", { { "He was armed,", "Justice Department" }, { "We are ready,", "Helen Park" } } },
    /* Round 7: "the Trump campaign", "the Obama administration" speak as groups; not
     * after a preposition. */
    { "“It is fake news,” the Trump campaign said. “It is wrong,” said the Obama "
      "administration. Critics of the Trump administration said it was “a disaster.”",
      { { "It is fake news,", "Trump campaign" }, { "It is wrong,", "Obama administration" },
        { "a disaster.", NULL } } },
    /* Round 7: a site's name ("MoveOn.org") ends no sentence after the quotation. */
    { "“This is a bad deal,” VoteNow.org Political Action Executive Director Carla Gomez "
      "said in a statement.", { { "This is a bad deal,", "Carla Gomez" } } },
    /* Round 7: "New" before a name's word is part of the name; who writes "in the"
     * paper explains. */
    { "The new law passed. “It will include wire fraud charges,” The New York Times "
      "reported. Ann Lee in the New York Times today explains why, “It is a contest of "
      "character.”", { { "It will include wire fraud charges,", "New York Times" },
                       { "It is a contest of character.", "Ann Lee" } } },
    /* Round 7: "Sens." and "Reps." are titles, not the end of a sentence. */
    { "Prime Minister David Cohen told Sens. Bill Dunn, of Iowa, and Rosa Diaz, of Texas, "
      "that he regrets the visit.\n\n“I can promise you that my aim was good,” he told the "
      "senators in a letter.", { { "I can promise you that my aim was good,", "David Cohen" } } },
    /* Round 7: an acronym stands for the one name of the article with its initials. */
    { "The National Farmers Union sent a letter. “These rules are vague,” the NFU said.",
      { { "These rules are vague,", "National Farmers Union" } } },
    /* Round 7: a longer setting after the name and verb. */
    { "Maria Lopez spoke. “Have I not been plain about the tax?” Ms. Lopez said at a news "
      "conference with Senator Tom Ross of Ohio, the Republican leader.",
      { { "Have I not been plain about the tax?", "Maria Lopez" } } },
    /* Of two people of one surname, the first one named. */
    { "Zoë Brennan and her mother, Frances Brennan, cook. \"Sit,\" Brennan said.",
      { { "Sit,", "Zoë Brennan" } } },
    /* Pairs. */
    { "\"It is wrong,\" Rao and Collins wrote. Anil Rao and Beatriz Collins are engineers.",
      { { "It is wrong,", "Anil Rao and Beatriz Collins" } } },
    { "Dr Anil Rao, a coastal engineer, and Beatriz Collins, a hydrologist, wrote it. "
      "‘It is wrong,’ the pair said.", { { "It is wrong,", "Anil Rao and Beatriz Collins" } } },
    /* Words glued in front of a name are not part of it: captions, acronyms, roles. */
    { "Equifax Equifax holds data. \"We are sorry,\" Equifax said.",
      { { "We are sorry,", "Equifax" } } },
    { "The union DpolG Rainer Wendt said it sent a \"devastating message.\"",
      { { "devastating message.", "Rainer Wendt" } } },
    { "\"It is wrong,\" MK Tzipi Livni said.", { { "It is wrong,", "Tzipi Livni" } } },
    { "Police Asst Ch Con Robin Smith said it was \"working through the night\" now.",
      { { "working through the night", "Robin Smith" } } },
    { "Physicist David Wright said: \"It could reach Guam.\"",
      { { "It could reach Guam.", "David Wright" } } },
    /* A name that starts with a word that often ends an organisation's, and a middle
     * initial without its full stop. */
    { "Park Soo-hyun, a spokesman, said it was \"a stern measure\" today.",
      { { "a stern measure", "Park Soo-hyun" } } },
    { "\"It is a wake-up call,\" said George A Lopez, a former member.",
      { { "It is a wake-up call,", "George A Lopez" } } },
    /* People of a country, or a group described, are nobody in particular. */
    { "Furious Americans vowed an \"ironclad\" and \"swift response\" to it.",
      { { "ironclad", NULL }, { "swift response", NULL } } },
    { "Investigators said it went at \"a higher speed than permitted\" there.",
      { { "a higher speed than permitted", NULL } } },
    /* An unnamed spokesperson speaks for the organisation, by its name in full. */
    { "A Met spokesman said: \"Police were called at 6.10.\"",
      { { "Police were called at 6.10.", "Met" } } },
    { "The Rail Accident Investigation Branch (RAIB) is looking. An RAIB spokesman said: "
      "\"The tram was fast.\"", { { "The tram was fast.", "Rail Accident Investigation Branch" } } },
    { "Equifax owns Equifax Workforce Solutions. \"It was hacked,\" an Equifax spokesperson "
      "said. Equifax said it was \"in dialogue with regulators.\"",
      { { "It was hacked,", "Equifax" }, { "in dialogue with regulators.", "Equifax" } } },
    /* An unnamed spokesperson after a sentence with an organisation speaking speaks for it,
     * and for nobody after a sentence with a person speaking. */
    { "British Transport Police confirmed there was loss of life.\n\nA spokesman added: "
      "\"It is too early to confirm numbers.\"",
      { { "It is too early to confirm numbers.", "British Transport Police" } } },
    { "Ann Lee confirmed there was loss of life. A spokesman added: \"It is too early.\"",
      { { "It is too early.", NULL } } },
    { "The European Commission said it \"can confirm an inspection.\" It was related to "
      "\"concerns about cartels,\" a statement said.",
      { { "can confirm an inspection.", "European Commission" },
        { "concerns about cartels,", "European Commission" } } },
    { "Ann Lee said it was \"a raid.\" It was related to \"concerns about cartels,\" a "
      "statement said.", { { "a raid.", "Ann Lee" }, { "concerns about cartels,", NULL } } },
    { "The agency KCNA released a report Saturday.\n\n\"Do not expect any change,\" the report "
      "read.", { { "Do not expect any change,", "KCNA" } } },
    /* An adverb in -ly that opens a sentence before an article is no organisation. */
    { "Ann Lee spoke.\n\nPreviously the NAACP issued an advisory.\n\n\"It is bad,\" it said.",
      { { "It is bad,", NULL } } },
    /* "it" for the organisation a quotation before was credited to, past a sentence of
     * its own that names nobody. */
    { "\"Space is our right,\" the Korean Central News Agency said, quoting its director.\n\n"
      "The world will \"clearly see satellites soaring,\" it said.",
      { { "Space is our right,", "Korean Central News Agency" },
        { "clearly see satellites soaring,", "Korean Central News Agency" } } },
    /* An organisation credited by its whole name. */
    { "\"Space is our right,\" the Korean Central News Agency said.",
      { { "Space is our right,", "Korean Central News Agency" } } },
    { "\"Stay away from debris,\" NHK reported.", { { "Stay away from debris,", "NHK" } } },
    /* An organisation by its initials after "the", but not a place's. */
    { "He made threats that would “go down in history,” the FBI said Thursday.",
      { { "go down in history,", "FBI" } } },
    { "The largest firm in the UK has admitted a \"major cybersecurity incident\" today.",
      { { "major cybersecurity incident", NULL } } },
    /* A place and a person noun before a name are a role. */
    { "\"It is quite OK,\" said Harare resident Clinton Mandioper.",
      { { "It is quite OK,", "Clinton Mandioper" } } },
    /* An organisation opening the sentence is a participle's subject. */
    { "The European Commission rejected the claims, saying \"it has no link to the raid.\"",
      { { "it has no link to the raid.", "European Commission" } } },
    /* A subheading repeating someone's words is theirs; three words are often a slogan. */
    { "'The situation is quite OK'\n\n\"The situation is quite OK because they work,\" "
      "said resident Clinton Mandioper.",
      { { "The situation is quite OK", "Clinton Mandioper" },
        { "The situation is quite OK because they work,", "Clinton Mandioper" } } },
    { "Voters chanted \"lock her up\" there.\n\n\"Lock her up for good,\" Ann Lee said.",
      { { "lock her up", NULL }, { "Lock her up for good,", "Ann Lee" } } },
    /* "when asked" after a quotation has no subject of its own; "when he visited" does
     * not stop the search for the verb. */
    { "Later, producer Ken Ehrlich said “there is no way we can deal with everybody” when asked why "
      "Lorde did not perform.", { { "there is no way we can deal with everybody", "Ken Ehrlich" } } },
    { "Despite saying that Mr. Xi “treated me better than anybody” when he visited, Mr. Trump "
      "said it was not enough.", { { "treated me better than anybody", "Trump" } } },
    /* A name after "after" right before its verb opens a clause; after "for" it is an
     * aside. */
    { "Three days after Tillerson said he was \"pleased to see restraint,\" the North fired.",
      { { "pleased to see restraint,", "Tillerson" } } },
    { "A spokesperson for All Nippon said it was \"a rare case\" today.",
      { { "a rare case", NULL } } },
    /* An adverb before a participle; "according to" a site passes the words on. */
    { "Li vowed a shooting, reportedly writing in a text: \"I will make history,\" "
      "according to Cleveland.com.", { { "I will make history,", "Li" } } },
    /* A role between commas whose closing comma is missing; not after an adverb. */
    { "Tong Zhao, a fellow at the Carnegie Center in Beijing told CNN that Kim does \"not "
      "want to appear threatening.\"", { { "not want to appear threatening.", "Tong Zhao" } } },
    { "Nevertheless, the Brit in Brazil said it was \"a good race\" today.",
      { { "a good race", NULL } } },
    /* "repeated" says it again. */
    { "Trump, speaking after a summit, repeated his mantra the “era of strategic patience” "
      "was over.", { { "era of strategic patience", "Trump" } } },
    /* A day or "in a statement" between a subject and its verb. */
    { "BMW in its statement Friday said it wanted \"the clear distinction\" made.",
      { { "the clear distinction", "BMW" } } },
    /* An organisation after "the" and a verb put after the quotation ("reports" only
     * there); "according to" an organisation only passes the words on. */
    { "Ann Lee spoke.\n\n\"It is bad,\" said the European Commission. \"Scams are "
      "polite,\" reports the Federal Trade Commission.",
      { { "It is bad,", "European Commission" }, { "Scams are polite,", "Federal Trade Commission" } } },
    { "Ann Lee spoke.\n\n\"It is bad,\" according to the European Commission.",
      { { "It is bad,", NULL } } },
    /* A person's name after an organisation's, after "of": the head of it speaks. */
    { "Head of the Foreign Affairs Committee Leonid Slutsky said that Pyongyang is playing "
      "a \"dangerous game,\" he said.", { { "dangerous game,", "Leonid Slutsky" } } },
    { "First Deputy Chairman of the Federation Council's Defense and Security Committee Franz "
      "Klintsevich also warned that \"one cannot rein it in.\"",
      { { "one cannot rein it in.", "Franz Klintsevich" } } },
    { "A spokesman for the Foreign Ministry said it was \"a good day\" there.",
      { { "a good day", "Foreign Ministry" } } },
    /* Who "was quoted ... as saying" said the words, not who quoted. */
    { "\"We are worried,\" Kremlin spokesman Dmitry Peskov was quoted by Tass news agency "
      "as saying.", { { "We are worried,", "Dmitry Peskov" } } },
    { "Ann Lee spoke.\n\n\"We are done,\" the paper was quoted as saying.",
      { { "We are done,", NULL } } },
    /* A month or a year after "in" between a subject and its verb. */
    { "Trump in July said he would unleash \"fire and fury\" like never before.",
      { { "fire and fury", "Trump" } } },
    { "China today said tensions have reached \"a tipping point\" there.",
      { { "a tipping point", "China" } } },
    /* A participle after the verb that attributed a quotation goes with that verb. */
    { "“We are working,” Trump said, calling the Pyongyang tests “a threat to the world”.",
      { { "We are working,", "Trump" }, { "a threat to the world", "Trump" } } },
    /* A clause about the words after them does not say who said them. */
    { "BMW said in a statement: \"It is linked to complaints,\" that confirmed the raids.",
      { { "It is linked to complaints,", "BMW" } } },
    /* Words that are not names: a sentence's or heading's first word, party tags. */
    { "Despite Warren's pleas, Senator Ron Wyden, D-Ore., said that \"we will not move.\"",
      { { "we will not move.", "Ron Wyden" } } },
    { "Key Facts Elizabeth Warren spoke.\n\n\"We will win,\" Warren said.",
      { { "We will win,", "Elizabeth Warren" } } },
    /* A name the article puts in marks as a term is what it names, nobody who speaks. */
    { "The center calls it \"Humane Design.\" Humane Design calls for makers to \"protect "
      "our minds\" now.", { { "Humane Design.", NULL }, { "protect our minds", NULL } } },
    /* Credits, bylines, sites and a heading's words are no part of a name. */
    { "Getty Images Massa cries.\n\nMassa said: \"It is hard.\"", { { "It is hard.", "Massa" } } },
    { "\"The button is on my desk,\" Kim said.\n\n(Reporting by Soyoung Kim; Editing by Ann Lee)",
      { { "The button is on my desk,", "Kim" } } },
    { "He wrote \"I will do it\" according to Cleveland.com today.", { { "I will do it", NULL } } },
    { "The cast was fast.\n\nSomeone Please Cast Cristin Milioti Now\n\n\"We were fast,\" "
      "Milioti said.", { { "We were fast,", "Cristin Milioti" } } },
    /* A plural noun that opens a sentence names a group; a surname said again does not. */
    { "Protesters said the plan was \"a disgrace to us.\"", { { "a disgrace to us.", NULL } } },
    { "Sanders said the plan was \"a disgrace to us.\" Then Sanders left.",
      { { "a disgrace to us.", "Sanders" } } },
    /* A name with an apostrophe, as the article writes it. */
    { "Coach Bill O’Brien spoke. “It’s brutal,” O’Brien said. “It's hard,” O'Brien said.",
      { { "It’s brutal,", "Bill O’Brien" }, { "It's hard,", "Bill O’Brien" } } },
    { "“It was a team effort,” Le'Veon Bell said.",
      { { "It was a team effort,", "Le'Veon Bell" } } },
    /* Round 5: more roles in front of a name, more verbs of saying. */
    { "“The crew was warm,” said ESA astronaut Lena Maurer at the time. Prof Ann Cole "
      "emphasized that “more can be done.”",
      { { "The crew was warm,", "Lena Maurer" }, { "more can be done.", "Ann Cole" } } },
    /* Round 5: "X quoted Y as saying" is Y's. */
    { "“The drill is the first step,” the agency quoted Kim Jong Un as saying.",
      { { "The drill is the first step,", "Kim Jong Un" } } },
    /* Round 5: a role phrase, then a name between commas, after the quotation; not a
     * place between commas. */
    { "“We are concerned,” a spokesman for the Foreign Ministry, Geng Shuang, said.",
      { { "We are concerned,", "Geng Shuang" } } },
    { "“It is fine,” a woman who lives near Lake Tahoe, Nevada, said.",
      { { "It is fine,", NULL } } },
    /* Round 5: a possessive role phrase before a name between commas; a name and its
     * organisation's ("of", "at", "from") before the verb, after the quotation. */
    { "“I hope so,” Japan’s Ambassador to the United Nations, Koro Bessho, told reporters.",
      { { "I hope so,", "Koro Bessho" } } },
    { "“It is not clear,” missile expert Dan Wright of the Union of Concerned Scientists "
      "said. “It is new,” Anna Holt of Harvard University said.",
      { { "It is not clear,", "Dan Wright" }, { "It is new,", "Anna Holt" } } },
    { "“It is over,” a spokesperson for All Nippon told reporters.", { { "It is over,", NULL } } },
    /* Round 5: "after" before a titled name and its verb opens a clause. */
    { "They fired missiles after President Ann Lee said they would face “fire and fury”.",
      { { "fire and fury", "Ann Lee" } } },
    /* Round 5: after a quotation that ends its sentence, a name and its verb may add
     * where, when or to whom; not another clause. */
    { "Jeff Ray wished them luck. “Hoping for a nominal flight!” Ray wrote via Twitter.",
      { { "Hoping for a nominal flight!", "Jeff Ray" } } },
    { "Ann Lee spoke first. “We will win.” Smith said on Monday the deal was done.",
      { { "We will win.", "Ann Lee" } } },
    /* Round 5: "quoted him as saying" is whom "him" stands for. */
    { "Rainer Wendt told a daily that the zone was bad. “It is a bad idea,” the newspaper "
      "quoted him as saying.", { { "It is a bad idea,", "Rainer Wendt" } } },
    /* Round 5: an organisation's shorter name is the one longer name of the article that
     * ends with it; of two, neither. */
    { "The United Nations Security Council met on Monday. In a statement, the 15-member "
      "Security Council said it was “deeply concerned” about the test.",
      { { "deeply concerned", "United Nations Security Council" } } },
    { "The Chinese Foreign Ministry and the Japanese Foreign Ministry met in Tokyo. The "
      "Foreign Ministry said it was “very worried” about it.",
      { { "very worried", "Foreign Ministry" } } },
    /* Round 7: a place after "of", then a role between commas, before the verb after
     * the quotation. */
    { "“This is alarming,” Senator Mark Ford of Ohio, the top Republican on the Senate "
      "Banking Committee, said in a post.", { { "This is alarming,", "Mark Ford" } } },
    /* Round 7: a role noun stands for a person named with that title in front of a
     * possessive ("President Dana Holt’s budget"). */
    { "On Monday, President Dana Holt’s budget stalled. Asked how long it would last, the "
      "president replied, “As long as it takes.”", { { "As long as it takes.", "Dana Holt" } } },
    /* Round 7: role words that open the sentence before an aside between commas. */
    { "President Mark Holt met voters. The president, without offering details, said his "
      "rival “misled them often” about it.", { { "misled them often", "Mark Holt" } } },
    { "Governor Mark Holt met voters. The president, without offering details, said his "
      "rival “misled them often” about it.", { { "misled them often", NULL } } },
    /* Round 7: a participle after a clause whose subject has role words in front. */
    { "Holt’s personal lawyer John Reed later said he was the one who wrote that letter, "
      "saying he “did not mean to start a fight.”",
      { { "did not mean to start a fight.", "John Reed" } } },
    /* Round 7: a participle after a clause that a subordinator opens, when the sentence's
     * own subject is no name. */
    { "David Lee spoke. Ortiz’s remarks came as Lee declined an invitation, saying such a "
      "meeting could “deepen the confusion” about his trip.",
      { { "deepen the confusion", "David Lee" } } },
    /* Round 7: a word of saying in a phrase that a preposition opens after the quotation
     * is a noun ("promises"), not the verb of a subject. */
    { "Senator Dana Holt defended her budget, telling critics the cuts were “no shock at "
      "all” given her many promises.", { { "no shock at all", "Dana Holt" } } },
    /* Round 7: after a quotation that ends its sentence, a name and its verb may add the
     * few words of a preposition's object ("in a statement", "in a letter delivered
     * Tuesday"); not a clause. */
    { "Senator Mark Ford met voters on Monday. “This is wrong.” Ford wrote in a letter "
      "delivered Tuesday. “This is bad.” Ford said in a statement. “It is over.” Smith said "
      "in a statement that the deal was done.",
      { { "This is wrong.", "Mark Ford" }, { "This is bad.", "Mark Ford" }, { "It is over.", "Mark Ford" } } },
    /* Round 7: "before", "after" or "while" and a participle after the verb that
     * attributed the quotation before. */
    { "Senator Mark Ford met voters on Monday. “I might sign it,” he said, before adding, "
      "“If the terms are fair, we will.” “They cheated,” Ford said, before again claiming "
      "that Smith “cheated often.”", { { "I might sign it,", "Mark Ford" },
                                       { "If the terms are fair, we will.", "Mark Ford" },
                                       { "They cheated,", "Mark Ford" },
                                       { "cheated often.", "Mark Ford" } } },
    /* Round 7: "the congressman" for a "Rep.", and a hyphenated word among the role
     * words ("the four-term congressman"); not a role nobody named has. */
    { "Rep. Tom Brandt (R-Ohio) is resigning.\n\n“I made mistakes,” the congressman said in "
      "December.\n\n“I was careless,” the four-term congressman said.\n\n“It is odd,” the "
      "first-term governor said.", { { "I made mistakes,", "Tom Brandt" },
                                     { "I was careless,", "Tom Brandt" },
                                     { "It is odd,", NULL } } },
    /* Round 7: a nickname in marks is no fuller form of the surname. */
    { "President Ann Lee said on Thursday that Defense Secretary Jim Ross would retire.\n\n"
      "The department's chief, nicknamed “Iron Ross” as a pilot, backed the budget.\n\nThe "
      "budget grew by 15 percent.\n\nIt was the biggest rise since 2002.\n\n“These moves "
      "are meant to weaken us,” Ross told graduates in June.",
      { { "Iron Ross", NULL }, { "These moves are meant to weaken us,", "Jim Ross" } } },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

/* Round 7: he and she after sentences about the person whose other names only say
 * whose ("his GOP colleagues"). */
static void
test_speaker_pronouns_round7 (void)
{
  static const Case cases[] = {
    { "Rep. Tom Brandt (R-Ohio) is resigning, he announced Friday.\n\nBrandt said in May "
      "that he would not run again. Several of his GOP allies asked him to leave, a call "
      "Brandt has rejected.\n\n“It is time to go,” he said in the statement.",
      { { "It is time to go,", "Tom Brandt" } } },
    /* A name before a word for people ("Cabinet members") is not who he is. */
    { "President Mark Holt said Friday that he will sign a bill.\n\n“I am glad to report an "
      "agreement,” he said to applause from gathered Cabinet members.\n\nHe said the "
      "agreement would keep the parks open.\n\nHe spoke of his veto, calling it a “strong "
      "tool,” but saying he would not use it.",
      { { "I am glad to report an agreement,", "Mark Holt" }, { "strong tool,", "Mark Holt" } } },
    /* A name in an aside between dashes is not who he is. */
    { "Former Senator Ed Marsh said voters cared about other things. The law — the Rural "
      "Water Act, or RWA — is a key issue, he said, but “it is not what wins elections.”",
      { { "it is not what wins elections.", "Ed Marsh" } } },
    /* A sentence that opens with a person's possessive name is about that person: the
     * author of a letter, else nobody can tell (not the person named before). */
    { "Transport Secretary Jim Lee resigned on Thursday.\n\nThe last to quit was Tom Vance in "
      "1980. Mr. Vance left over a rail plan.\n\nMr. Lee’s letter named no single dispute. It "
      "criticized the plan as rash.\n\nHe said the core lay in “standing with our friends,” "
      "and more.\n\nMr. Lee’s exit was a surprise. He said it was “a matter of principle.”",
      { { "standing with our friends,", "Jim Lee" }, { "a matter of principle.", NULL } } },
    /* A connective that opens a sentence is no name, and he looks past it. */
    { "Tom Brandt refused to quit on Monday. Brandt ignored calls to leave. Instead, his team "
      "put out a video in which Brandt speaks to voters.\n\n“I am staying,” he said in the "
      "video.", { { "I am staying,", "Tom Brandt" } } },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_speaker_pronouns (void)
{
  static const Case cases[] = {
    { "Tom Reed said the gates were old. “They are tired,” he said.",
      { { "They are tired,", "Tom Reed" } } },
    /* Round 4: a caption between paragraphs (no full stop) is looked past ... */
    { "Tamika Mallory claims she was scolded by the pilot. She told the pilot that she "
      "planned to complain.\n\n"
      "Memphis coach Glynn Cyprien tweeted that the airline needs 'sensitivity training'\n\n"
      "'I didn't say anything,' she said.",
      { { "sensitivity training", "Glynn Cyprien" },
        { "I didn't say anything,", "Tamika Mallory" } } },
    /* ... a sentence opening with the same pronoun names someone else after it ... */
    { "The bid is the latest move by Hock Tan. He wants Qualcomm for its modem chips, "
      "what he calls a “franchise” of the future.", { { "franchise", NULL } } },
    /* ... "Taking to Instagram," names no person ... */
    { "Singer Rihanna mourned her cousin.\n\nTaking to Instagram, the singer posted four photos. "
      "She concluded her post with \"Rest easy, cousin.\"",
      { { "Rest easy, cousin.", "Rihanna" } } },
    /* ... and a quotation in a caption starts no run of quotations. */
    { "Analyst Avivah Litan said: “This is a 10.”\n\n"
      "Reuters Equifax claimed that they 'had no knowledge that an intrusion'\n\n"
      "“It affects the whole system.”",
      { { "This is a 10.", "Avivah Litan" }, { "had no knowledge that an intrusion", "Equifax" },
        { "It affects the whole system.", NULL } } },
    /* A clause with its own speaker right after a quotation; a colon after a sentence
     * that opens with a person; "Trump Jr." is "Donald Trump Jr.". */
    { "Nancy Pelosi called the tax bill \"Armageddon for the poor,\" while Mitch McConnell "
      "said it was \"a historic achievement\".",
      { { "Armageddon for the poor,", "Nancy Pelosi" }, { "a historic achievement", "Mitch McConnell" } } },
    { "“We need a wall,” Trump said, adding that Mexico would pay. Nancy Pelosi disagreed: "
      "“It is immoral.”", { { "We need a wall,", "Trump" }, { "It is immoral.", "Nancy Pelosi" } } },
    { "Donald Trump Jr. met a lawyer in 2016.\n\n\"I have nothing to hide,\" Trump Jr. said.",
      { { "I have nothing to hide,", "Donald Trump Jr." } } },
    /* A party in front of a person's name is not part of it; a people in front of an
     * organisation's is. */
    { "Republican Mitt Romney said it was \"a disgrace\". American Airlines said the crew "
      "was \"fully trained\".",
      { { "a disgrace", "Mitt Romney" }, { "fully trained", "American Airlines" } } },
    /* A word of saying after an article or a possessive is a noun. */
    { "Dmitry Peskov said the claims were \"utter nonsense\".",
      { { "utter nonsense", "Dmitry Peskov" } } },
    { "House Speaker Paul Ryan, R-Wis., told reporters the vote would come \"soon\".",
      { { "soon", "Paul Ryan" } } },
    /* A surname several people share is the one named in full nearby, when only one is. */
    { "North Korean leader Kim Jong Un fired a missile on Friday.\n\nKim Dong-yup, an "
      "analyst at Kyungnam University, said the launch was \"a message\".\n\n\"It is a "
      "warning,\" Kim said.",
      { { "a message", "Kim Dong-yup" }, { "It is a warning,", "Kim Dong-yup" } } },
    { "Stephen Paddock killed 58 people.\n\nHis brother, Eric Paddock, said the family was "
      "\"dumbfounded\".\n\n\"We have no idea why,\" Paddock said.",
      { { "dumbfounded", "Eric Paddock" }, { "We have no idea why,", "Eric Paddock" } } },
    { "Hillary Clinton and Bill Clinton attended the dinner.\n\n\"It was lovely,\" "
      "Clinton said.", { { "It was lovely,", "Hillary Clinton" } } },
    { "Trump spoke as his ambassador to the United Nations Nikki Haley dismissed the offer. "
      "Ambassador Haley told reporters the talks were \"a band-aid\".",
      { { "a band-aid", "Nikki Haley" } } },
    { "Anil Rao and Beatriz Collins attended. “It went well,” they said.",
      { { "It went well,", "Anil Rao and Beatriz Collins" } } },
    /* The subject of the sentence before, not the last name in it. */
    { "José Álvarez, the co-operative’s chair, watched with his son Mateo. "
      "“A good night,” he said.", { { "A good night,", "José Álvarez" } } },
    /* A common first name before a surname makes a person's name; a name alone between
     * paragraphs is a photo's credit, looked past. */
    { "Mike Schultz was a snowmobile racer.\n\n“I spent 13 days in hospital,” he said.",
      { { "I spent 13 days in hospital,", "Mike Schultz" } } },
    { "Director Toby Haynes read the script.\n\nJonathan Prime\n\n“I had done this before,” he said.",
      { { "I had done this before,", "Toby Haynes" } } },
    /* A paragraph that is only a quotation after a sentence that opens with a person and
     * names no one else is theirs; not after a caption, which has no full stop. */
    { "Director Ann Lee laid out the change in an email to CNET.\n\n\"Heroes will cost less.\"",
      { { "Heroes will cost less.", "Ann Lee" } } },
    { "Director Ann Lee on the crash\n\n\"Heroes will cost less.\"",
      { { "Heroes will cost less.", NULL } } },
    /* A link to another story between paragraphs is looked past. */
    { "Elon Musk has said there is plenty of risk.\n\nMore: Yowza! A bright light stuns "
      "Californians\n\n“It will be in deep space,” he said on Twitter.",
      { { "It will be in deep space,", "Elon Musk" } } },
    /* The same pronoun speaking in the paragraph before stands for the same person. */
    { "Anneika Mercer, a pupil, said she saw glass.\n\nEveryone ran to a class, she said.\n\n"
      "“I feel OK,” she said.", { { "I feel OK,", "Anneika Mercer" } } },
    { "Anneika Mercer, a pupil, said she saw glass.\n\nEveryone ran to a class.\n\n"
      "“I feel OK,” she said.", { { "I feel OK,", NULL } } },
    /* An unnamed person named after a comma is named. */
    { "A resident, Priscilla McBride, told the paper Mr. Paddock roamed the property.\n\n"
      "He moved away, she said. “I thought, it couldn’t be,” she said.",
      { { "I thought, it couldn’t be,", "Priscilla McBride" } } },
    /* They for an organisation that speaks, as British English has it; not for a person. */
    { "A London Fire Brigade spokesman said it had been called.\n\n"
      "\"There are eight fire engines,\" they added.",
      { { "There are eight fire engines,", "London Fire Brigade" } } },
    { "Ann Lee said she had been called.\n\n\"There are eight fire engines,\" they added.",
      { { "There are eight fire engines,", NULL } } },
    /* A description opening the sentence with a role the article gives one person of the
     * pronoun's sex stands for that person. */
    { "Comedian Sarah Silverman and Michael Sheen split.\n\nThe couple met in 2014.\n\n"
      "The comedian even gushed over Sheen in June.\n\n“I am so happy,” she said.",
      { { "I am so happy,", "Sarah Silverman" } } },
    { "Comedian Sarah Silverman split.\n\nThe comedian even gushed in June.\n\n"
      "“I am so happy,” he said.", { { "I am so happy,", NULL } } },
    /* The most recent speaker is unnamed: no speaker rather than a wrong one. */
    { "Tom Reed spoke first. Another resident, a woman who gave no name, held up a photo. "
      "“I want a barrier,” she said.", { { "I want a barrier,", NULL } } },
    /* He is not a woman already called she. */
    { "Ann Lee said she was proud of her son. “He works hard,” he said.",
      { { "He works hard,", NULL } } },
    /* They is not one person. */
    { "Tom Reed said the gates were old. “We know,” they said.", { { "We know,", NULL } } },
    /* The subject, not the place or the company before it. */
    { "From Washington, Susan Rice, the adviser, said it \"represents a violation.\"",
      { { "represents a violation.", "Susan Rice" } } },
    { "Alex Trouteaud, director at the group Demand Abolition, told Newsweek it is a "
      "\"culture of trafficking.\"", { { "culture of trafficking.", "Alex Trouteaud" } } },
    { "A spokesperson for All Nippon told HuffPost the crew \"became aware\" of it.",
      { { "became aware", NULL } } },
    { "Ms. Thurman spoke often. Her father, Robert Thurman, teaches. \"I knew him,\" "
      "Thurman says.", { { "I knew him,", "Thurman" } } },
    { "Tom Reed, who has vowed not to let the company build anything at all that can hit "
      "the mainland United States, said the message was \"loud and clear\".",
      { { "loud and clear", "Tom Reed" } } },
    { "\"(North Korea) thinks so,\" Masao Okonogi, a professor at Keio University, said. "
      "\"That logic is not understood,\" he said.",
      { { "(North Korea) thinks so,", "Masao Okonogi" },
        { "That logic is not understood,", "Masao Okonogi" } } },
    { "Mary Horomanski from Erie, Pennsylvania, said it was \"a shock.\"",
      { { "a shock.", "Mary Horomanski" } } },
    { "Singapore-based Broadcom called the bid its \"best and final offer.\"",
      { { "best and final offer.", "Broadcom" } } },
    { "Trump wrote that Kim had called him “old” and said he would never call Kim names.",
      { { "old", "Kim" } } },
    { "Trump tweeted that Kim had insulted him by calling him “old” and said he would never "
      "call Kim names.", { { "old", NULL } } },
    /* No one named at all. */
    { "“Keep it,” she said.", { { "Keep it,", NULL } } },
    /* Someone known to be of the pronoun's sex before an organisation; never a name in a
     * relative clause. */
    { "For Mr. Tan, who built Broadcom, it is a deal he and his team can close.\n\n"
      "\"We have respect,\" he said.",
      { { "We have respect,", "Tan" } } },
    { "Mr. Moshe Yaalon spoke. Citing the deal, which Mr. Netanyahu opposed, he said, \"There "
      "is no threat.\"", { { "There is no threat.", "Moshe Yaalon" } } },
    /* A photo's credit names nobody; a sentence about one person before a quotation. */
    { "Spokeswoman Hua Chunying spoke in Beijing. (Mark Schiefelbein/AP)\n\n"
      "\"We never allow it,\" she said.", { { "We never allow it,", "Hua Chunying" } } },
    { "Yoshihiro Naito, 77, opposed the idea. \"It has kept Japan safe.\"",
      { { "It has kept Japan safe.", "Yoshihiro Naito" } } },
    /* A role noun for a person named before with that title, and only then. */
    { "President Donald Trump spoke. Later the president replied: \"We will see.\"",
      { { "We will see.", "Donald Trump" } } },
    { "Sen. Elizabeth Warren spoke. \"It is wrong,\" said the senator.",
      { { "It is wrong,", "Elizabeth Warren" } } },
    { "Nobody was named. \"It is wrong,\" the former mayor added.", { { "It is wrong,", NULL } } },
    { "Mayor Ann Lee and Mayor Bo Tan met. \"It is wrong,\" the mayor said.",
      { { "It is wrong,", NULL } } },
    /* A country's adjective in a role must be the person's too. */
    { "North Korean leader Kim Jong Un spoke. \"We will win,\" the North Korean leader said.",
      { { "We will win,", "Kim Jong Un" } } },
    { "North Korean leader Kim Jong Un spoke. \"We will win,\" the South Korean leader said.",
      { { "We will win,", NULL } } },
    /* A role before a name between commas; of two people with it, the one named in this
     * paragraph or the one before when the other is named only further back. */
    { "His brother, Eric Paddock, spoke first.\n\nThen another brother, Patrick Paddock, "
      "spoke.\n\nTheir mother was ill.\n\nEric Paddock said they were shocked. "
      "\"It is wrong,\" the brother said.", { { "It is wrong,", "Eric Paddock" } } },
    { "His brother, Eric Paddock, spoke first. Then another brother, Patrick Paddock, spoke. "
      "\"It is wrong,\" the brother said.", { { "It is wrong,", NULL } } },
    /* A role between commas after a name; the role being resolved is nobody's title. */
    { "Park Soo-hyun, the spokesman for President Moon Jae-in, spoke.\n\n\"It is good,\" the "
      "spokesman said.", { { "It is good,", "Park Soo-hyun" } } },
    { "After Prime Minister Benjamin Netanyahu met rabbis, a source cited by Haaretz, the "
      "prime minister told them \"there is an effort.\"",
      { { "there is an effort.", "Benjamin Netanyahu" } } },
    /* A first name tells he from she; headlines between paragraphs stop the search; a
     * semicolon ends the clause after a quotation; a role between "and" and a name. */
    { "Sarah Mallory, 30, spoke. Mike Smith, 40, spoke too.\n\n\"I sat down,\" she said.",
      { { "I sat down,", "Sarah Mallory" } } },
    { "Michael Sheen spoke in Wales.\n\nMOST READ IN SHOWBIZ: PLATTS RETURNS, CALM DAN Danny "
      "Dyer warns his daughter\n\nHe said, \"It will be a big change.\"",
      { { "It will be a big change.", NULL } } },
    { "Sheen dated Kate Beckinsale. Silverman’s “conscious uncoupling” line is a nod; she "
      "announced it.", { { "conscious uncoupling", NULL } } },
    { "Actor Jon Hamm and filmmaker Jennifer Westfeldt split. \"We are sad,\" the pair said.",
      { { "We are sad,", "Jon Hamm and Jennifer Westfeldt" } } },
    /* Round 5: "the" before the role of the second of a pair. */
    { "Analyst Jane Okafor and the co-author Tom Reyes said the plan was “a dead end”.",
      { { "a dead end", "Jane Okafor and Tom Reyes" } } },
    /* "it said": the organisation a sentence just before is about, never a person. */
    { "Facebook said it is \"a valued part of many lives.\"\n\n\"We can help,\" it said.",
      { { "a valued part of many lives.", "Facebook" }, { "We can help,", "Facebook" } } },
    { "Mr. Smith said it is \"a valued part of many lives.\"\n\n\"We can help,\" it said.",
      { { "a valued part of many lives.", "Smith" }, { "We can help,", NULL } } },
    { "The Center for Human Technology aims high.\n\nIt warns that tech is \"hijacking our minds.\"",
      { { "hijacking our minds.", "Center for Human Technology" } } },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_speaker_unnamed (void)
{
  static const Case cases[] = {
    { "\"Keep it,\" one resident said. \"Please.\"",
      { { "Keep it,", NULL }, { "Please.", NULL } } },
    { "\"Keep it,\" a police statement said.", { { "Keep it,", NULL } } },
    { "'Stop,' Slidell police said in a news release.", { { "Stop,", NULL } } },
    { "“Who are you?” asks Mr. Hemsworth’s Norse god.", { { "Who are you?", NULL } } },
    { "A spokesman said the deadline \"cannot be moved.\"", { { "cannot be moved.", NULL } } },
    /* A verb that attributed one quotation does not attribute the next. */
    { "“It is fine,” Thanos declares, and Disney hopes fans will be “very happy” soon.",
      { { "It is fine,", "Thanos" }, { "very happy", NULL } } },
    /* Round 4: a role after a preposition, a name in a relative clause, and he after
     * someone unnamed speaking are nobody named. */
    { "Chancellor Angela Merkel arrived in Paris.\n\nA source close to the chancellor said "
      "she was \"very optimistic\".", { { "very optimistic", NULL } } },
    { "The star of the show, who has won two Oscars, insisted it was \"the role of a "
      "lifetime\".", { { "the role of a lifetime", NULL } } },
    { "Elon Musk unveiled the rocket.\n\nCritics were unimpressed. \"It is a vanity "
      "project,\" said a former NASA engineer.\n\n\"It will never fly,\" he added.",
      { { "It is a vanity project,", NULL }, { "It will never fly,", NULL } } },
    { "Japan warned its residents to \"duck and cover\" as furious Americans vowed an "
      "\"ironclad\" response.", { { "duck and cover", NULL }, { "ironclad", NULL } } },
    { "The Singapore-based firm said it was ready.\n\nIt also said it would offer a "
      "\"ticking fee\" to shareholders.", { { "ticking fee", NULL } } },
    /* Round 5: a name after a verb is its object, not the subject of the "and said" that
     * follows; a name that opens the sentence is. */
    { "The ministry called Trump a “destroyer of peace,” and said his “reckless remarks” "
      "made it worse.", { { "destroyer of peace,", NULL }, { "reckless remarks", NULL } } },
    { "Trump did not attend the summit but said it was “a great success” for everyone.",
      { { "a great success", "Trump" } } },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_long_input (void)
{
  g_autofree char *words = nd_test_repeat ("word ", 4 * 1024 * 1024);
  g_autofree char *unclosed = g_strconcat ("“", words, NULL);
  g_autofree char *openers = nd_test_repeat ("\"a ", 1024 * 1024);
  g_autofree char *toys = nd_test_repeat ("the boys’ toys ", 100000);
  g_autofree char *possessives = g_strconcat ("‘", toys, "end’", NULL);
  g_autofree char *many = nd_test_repeat ("“a,” Ann Lee said. ", 100000);
  g_autoptr(GPtrArray) found = NULL;

  /* 20 MB without a mark, and with one that never closes. */
  found = nd_quote_finder_find (words);
  g_assert_cmpuint (found->len, ==, 0);
  g_clear_pointer (&found, g_ptr_array_unref);

  found = nd_quote_finder_find (unclosed);
  g_assert_cmpuint (found->len, ==, 0);
  g_clear_pointer (&found, g_ptr_array_unref);

  /* A million marks that each might open: read a bounded number of times. */
  found = nd_quote_finder_find (openers);
  g_assert_cmpuint (found->len, ==, 0);
  g_clear_pointer (&found, g_ptr_array_unref);

  /* A hundred thousand possessives inside one quotation. */
  found = nd_quote_finder_find (possessives);
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_cmpuint (g_utf8_strlen (((NdQuotation *)found->pdata[0])->text, -1), ==,
                    100000 * g_utf8_strlen ("the boys’ toys ", -1) + 3);
  g_clear_pointer (&found, g_ptr_array_unref);

  /* A hundred thousand quotations, each with its speaker. */
  found = nd_quote_finder_find (many);
  g_assert_cmpuint (found->len, ==, 100000);
  g_assert_cmpstr (((NdQuotation *)found->pdata[99999])->speaker, ==, "Ann Lee");
  g_assert_cmpuint (((NdQuotation *)found->pdata[99999])->start, ==, 99999 * 19 + 1);
}

/* Whatever the mix of marks, words and breaks: no crash, and every quotation found lies
 * inside the body with its text where its offsets say. */
static void
test_random_soup (void)
{
  static const char * const pieces[] = {
    "\"", "“", "”", "‘", "’", "'", "„", "«", "»", "‚", "‹", "›", " ", " ", " ", "\n", "\n\n",
    ".", ",", ":", "–", "—", "-", "!", "?", "s", "n", "70s", "word", "Ann", "Lee", "and",
    "said", "says", "he", "she", "they", "the pair", "according to", "Dr", "Mr.", "of",
    "who", "a woman", "J.", "é", "😀", "\t", "(", ")",
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (5);

  for (guint round = 0; round < 3000; round++)
    {
      g_autoptr(GString) body = g_string_new (NULL);
      g_autoptr(GPtrArray) found = NULL;
      guint length = g_rand_int_range (rand, 0, 200);
      glong n_chars;

      for (guint i = 0; i < length; i++)
        g_string_append (body, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);

      n_chars = g_utf8_strlen (body->str, -1);
      found = nd_quote_finder_find (body->str);
      for (guint i = 0; i < found->len; i++)
        {
          const NdQuotation *quotation = g_ptr_array_index (found, i);

          g_assert_cmpuint (quotation->end, <=, n_chars);
          g_assert_cmpstr (quotation->text, !=, "");
          g_assert_true (g_utf8_validate (quotation->text, -1, NULL));
          g_assert_true (quotation->speaker == NULL ||
                         g_utf8_validate (quotation->speaker, -1, NULL));
          assert_offsets (body->str, quotation);
          if (i > 0)
            g_assert_cmpuint (quotation->start, >, ((NdQuotation *)found->pdata[i - 1])->end);
        }
    }
}

static void
test_boxed (void)
{
  g_autoptr(NdQuotation) quotation = nd_quotation_new (3, 8, "words", NULL);
  g_autoptr(NdQuotation) copy = nd_quotation_copy (quotation);

  g_assert_true (G_TYPE_IS_BOXED (ND_TYPE_QUOTATION));
  g_assert_cmpuint (copy->start, ==, 3);
  g_assert_cmpuint (copy->end, ==, 8);
  g_assert_cmpstr (copy->text, ==, "words");
  g_assert_null (copy->speaker);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/quote-finder/marks", test_marks);
  g_test_add_func ("/quote-finder/nesting", test_nesting);
  g_test_add_func ("/quote-finder/apostrophes", test_apostrophes);
  g_test_add_func ("/quote-finder/paragraphs", test_paragraphs);
  g_test_add_func ("/quote-finder/fragments", test_fragments);
  g_test_add_func ("/quote-finder/titles", test_titles);
  g_test_add_func ("/quote-finder/same-person", test_same_person);
  g_test_add_func ("/quote-finder/empty-and-unbalanced", test_empty_and_unbalanced);
  g_test_add_func ("/quote-finder/speaker-rules", test_speaker_rules);
  g_test_add_func ("/quote-finder/speaker-names", test_speaker_names);
  g_test_add_func ("/quote-finder/speaker-pronouns", test_speaker_pronouns);
  g_test_add_func ("/quote-finder/speaker-pronouns-round7", test_speaker_pronouns_round7);
  g_test_add_func ("/quote-finder/speaker-unnamed", test_speaker_unnamed);
  g_test_add_func ("/quote-finder/long-input", test_long_input);
  g_test_add_func ("/quote-finder/random-soup", test_random_soup);
  g_test_add_func ("/quote-finder/boxed", test_boxed);

  return g_test_run ();
}

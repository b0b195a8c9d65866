/* nd-quote-speaker-lexicon.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The words the speaker rules know (verbs of saying, pronouns, titles, role nouns, stop
 * words, ...) and the classes they belong to; see nd-quote-speaker.c. */

#define G_LOG_DOMAIN "nd-quote-speaker"

#include "config.h"

#include <string.h>

#include "quotes/nd-quote-speaker-private.h"

/* The lexicon: an open-addressing table of lower-case ASCII words, looked up by the
 * FNV-1a hash that tokenizing computes anyway. */
#define LEXICON_SIZE 4096

typedef struct
{
  guint32     hash;
  const char *word;
  guint       word_class;
} LexiconEntry;

static LexiconEntry *lexicon;

static const struct {
  const char *words;
  guint       word_class;
} lexicon_entries[] = {
  { "said says say told tells tell added adds wrote writes asked asks explained explains "
    "insisted insists noted notes stated states declared declares warned "
    "warns argued argues recalled recalls replied replies claimed claims admitted admits "
    "acknowledged acknowledges announced announces tweeted tweets posted posts commented "
    "remarked remarks suggested suggests concluded concludes cautioned stressed stresses "
    "growled growls shouted shouts yelled yells exclaimed whispered whispers joked jokes "
    "quipped quips called calls reads captioned testified urged urges responded responds "
    "conceded concedes vowed vows promised promises predicted predicts revealed reveals "
    "emailed texted messaged blogged wrote confirmed confirms reported "
    "maintained maintains boasted boasts reiterated reiterates repeated emphasized "
    "emphasised emphasizes emphasises reaffirmed reaffirms complained complains lamented "
    "laments", WORD_SPEECH },
  /* Verbs that put the subject's own word on something: "She described the sound as
   * “very loud”", "Trump accused China of being caught “red handed”". */
  { "described describes decried dubbed branded labelled labeled termed accused accuses "
    "characterized characterizes characterised characterises", WORD_SPEECH | WORD_TAKES_OBJECT },
  { "described describes decried dubbed branded labelled labeled termed characterized "
    "characterizes characterised characterises", WORD_NAMES_AS },
  { "continued continues read reports", WORD_SPEECH | WORD_TAIL_ONLY },
  { "told tells tell asked asks called calls urged urges warned warns reminded",
    WORD_TAKES_OBJECT },
  { "adding saying telling writing tweeting noting explaining asking calling warning "
    "arguing insisting declaring posting describing stating confirming proclaiming "
    "claiming stressing acknowledging admitting recalling suggesting urging vowing "
    "promising revealing announcing replying responding conceding boasting complaining "
    "lamenting objecting", WORD_PARTICIPLE },
  { "he", WORD_HE | WORD_STOP | WORD_MALE },
  { "she", WORD_SHE | WORD_STOP | WORD_FEMALE },
  { "his him himself", WORD_STOP | WORD_MALE },
  { "her hers herself", WORD_STOP | WORD_FEMALE },
  { "they", WORD_THEY | WORD_STOP },
  { "it", WORD_IT | WORD_STOP },
  { "the this that these those it its we i you our their your my me us them who whom "
    "whose which what where when why how if while as so yet or nor not no all many most "
    "more several each every both either neither other such there here then than also "
    "however meanwhile although though because since until unless whether after before "
    "once only even still just now today yesterday tomorrow tonight last next new "
    "speaking according read follow photo image file close copyright story highlights "
    "mon tue wed thu fri sat sun monday tuesday wednesday thursday friday saturday sunday "
    "january february march april june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec christmas thanksgiving easter halloween "
    "ramadan hanukkah diwali despite amid amidst following including regarding "
    "live updates update key facts breaking watch related advertisement continue reading "
    "skip share embed caption toggle enlarge video getty images earlier", WORD_STOP },
  /* Connectives that open a sentence ("Instead, his campaign released ..."): never a
   * name, so he and she look past them. */
  { "instead indeed moreover furthermore nevertheless nonetheless otherwise likewise "
    "besides thus hence therefore accordingly", WORD_STOP },

  { "and but", WORD_STOP | WORD_CONJUNCTION },
  { "a an one another some", WORD_STOP | WORD_INDEFINITE },
  { "mr mr. sir lord king prince father brother son husband boyfriend", WORD_TITLE | WORD_MALE },
  { "mrs mrs. ms ms. miss dame lady queen princess mother sister daughter wife girlfriend",
    WORD_TITLE | WORD_FEMALE },
  { "dr dr. prof prof. professor mayor councillor cllr councilman councilwoman "
    "councilmember president vice prime minister secretary senator sen. rep. representative "
    "gov. governor judge chancellor sheriff chief col. colonel gen. general lt. lieutenant "
    "capt. captain sgt. sergeant inspector detective det. superintendent commissioner "
    "chairman chairwoman chair director founder spokesman spokeswoman spokesperson pope "
    "rev. reverend bishop archbishop singer actor actress rapper comedian star "
    "harbourmaster harbormaster officer coach ambassador premier chancellor dean "
    "deputy assistant acting former coastal chief executive ceo cfo cto secretary-general "
    "director-general attorney manager analyst adviser advisor asst ch con supt insp "
    "constable commander administrator mk mp mep physicist economist scientist historian "
    "lawyer activist researcher editor correspondent journalist rabbi imam leader "
    "contributor comedienne fellow speaker whip justice congressman congresswoman lawmaker "
    "legislator envoy prosecutor pastor priest cardinal marshal trooper agent candidate "
    "nominee diplomat businessman businesswoman billionaire entrepreneur investor "
    "astronaut astronomer engineer expert strategist consultant author co-author novelist "
    "writer columnist commentator host presenter anchor producer filmmaker designer "
    "architect musician photographer developer surgeon doctor nurse pilot "
    "psychologist psychiatrist biologist geologist chemist meteorologist forecaster "
    "pollster lobbyist campaigner co-founder cofounder sens. reps. reporter", WORD_TITLE },
  /* Who a sentence is about without naming anyone: "Investigators said". */
  { "investigators officials authorities officers witnesses residents experts analysts "
    "critics prosecutors lawmakers sources everyone everybody someone somebody anyone "
    "anybody nobody", WORD_STOP },
  { "american americans british briton britons korean koreans chinese japanese russian "
    "russians german germans french israeli israelis palestinian palestinians iranian "
    "iranians european europeans syrian syrians iraqi iraqis afghan afghans mexican "
    "mexicans canadian canadians australian australians indian indians pakistani "
    "pakistanis turkish ukrainian ukrainians italian italians spanish dutch swedish polish "
    "egyptian egyptians saudi saudis arab arabs asian asians african africans muslim "
    "muslims jewish republican republicans democrat democrats democratic "
    "western", WORD_DEMONYM },
  { "at in on from of to for with by into onto near inside outside across under over "
    "about against between among via per like through during within without toward "
    "towards around behind beyond upon off before after since", WORD_PREPOSITION | WORD_STOP },
  { "also then later again once previously earlier has had have would will never "
    "subsequently repeatedly first only just recently always often did does do could "
    "might may must should shall reportedly", WORD_AUXILIARY },
  { "was were is are be been being", WORD_PASSIVE | WORD_STOP },
  { "resident woman man spokesman spokeswoman spokesperson official fisherman regular "
    "worker witness neighbour neighbor source customer member person student teacher "
    "friend passenger driver employee protester voter insider aide girl boy gentleman "
    "guest visitor shopper diner owner caller reader viewer user local", WORD_PERSON_NOUN },
  { "pair couple duo two", WORD_PAIR_NOUN },
  { "statement tweet post email e-mail message letter note release", WORD_STATEMENT },
  { "university college institute council company capital department ministry agency "
    "news times post party bank group inc inc. ltd ltd. corp corp. foundation association "
    "union committee commission court police service office hospital school museum club "
    "team network press radio television tv review journal gazette ledger street avenue "
    "road square hall centre center airport station co-operative cooperative fund trust "
    "board authority government administration force army navy organisation organization "
    "federation league alliance house palace church mosque temple bridge park river "
    "island city county state states kingdom republic branch division bureau unit "
    "institution solutions services systems technologies holdings brigade nations forces "
    "corps command parliament congress senate assembly", WORD_ORGANISATION },
  /* Titles that end no one's name: "The London Mayor has warned" names nobody. */
  { "mayor president minister secretary senator governor spokesman spokeswoman "
    "spokesperson ambassador chairman chairwoman commissioner ceo secretary-general "
    "director-general", WORD_ROLE_ONLY },
  /* "Reuters Equifax claimed", "Barcroft Media Vladimir Putin": a picture agency's credit
   * run into the next words. */
  { "reuters afp getty yonhap barcroft shutterstock", WORD_AGENCY },
  { "de van von der den da del di du la le bin ibn al el", WORD_NAME_PARTICLE },
  /* Common first names that few people of the other sex have: what he and she may
   * stand for when the article says nothing more. */
  { "john james robert michael william david richard joseph thomas charles christopher "
    "daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george "
    "edward ronald timothy jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry "
    "justin scott brandon benjamin samuel gregory frank alexander raymond patrick jack dennis "
    "jerry tyler aaron jose adam henry nathan douglas zachary peter kyle walter ethan jeremy "
    "harold keith roger noah gerald carl terry sean austin arthur lawrence jesse "
    "dylan bryan joe bruce billy albert willie gabriel logan alan juan wayne roy ralph randy "
    "eugene vincent russell elijah louis bobby philip phillip johnny mike bill tom jim steve "
    "bob dave tony nick chris rex boris vladimir emmanuel xi hassan ali mohammed muhammad "
    "ahmed omar ivan dmitry sergei igor andrei pierre jacques francois hans klaus "
    "giuseppe marco luca carlos miguel luis pedro antonio felipe jorge diego neil ian colin "
    "nigel gordon angus hugh rupert simon oliver harry charlie alfie elon tim jeff shinzo",
    WORD_MALE_NAME },
  { "mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa "
    "betty margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa "
    "deborah stephanie rebecca sharon laura cynthia kathleen amy shirley angela helen anna "
    "brenda pamela nicole emma samantha katherine christine debra rachel catherine carolyn "
    "janet ruth maria heather diane virginia julie joyce victoria olivia kelly christina "
    "lauren joan evelyn judith megan cheryl andrea hannah martha jacqueline frances gloria "
    "ann teresa kathryn sara janice alice madison doris abigail julia judy grace denise "
    "amber marilyn beverly danielle theresa sophia marie diana brittany natalie isabella "
    "charlotte rose alexis kayla hillary theresa angela nikki kirsten sheryl fiona lorde "
    "rihanna beyonce oprah janet whitney kate katie jane lucy sophie chloe ella "
    "claire zoe ellen irene nadia natasha olga svetlana tatiana ingrid ursula angela "
    "hua valeska tzipi zahava ayelet", WORD_FEMALE_NAME },
  { "mr mrs ms dr prof st sen rep gov col gen lt capt sgt det rev jr sr mt ft vs etc "
    "inc ltd corp co no sens reps", WORD_ABBREVIATION },
};

static LexiconEntry *
lexicon_slot (LexiconEntry *table,
              guint32       hash,
              const char   *word)
{
  for (guint i = hash & (LEXICON_SIZE - 1);; i = (i + 1) & (LEXICON_SIZE - 1))
    if (table[i].hash == 0 || (table[i].hash == hash && strcmp (table[i].word, word) == 0))
      return &table[i];
}

static gpointer
build_lexicon (gpointer data)
{
  LexiconEntry *table = g_new0 (LexiconEntry, LEXICON_SIZE);

  for (guint i = 0; i < G_N_ELEMENTS (lexicon_entries); i++)
    {
      char **words = g_strsplit (lexicon_entries[i].words, " ", -1);

      for (guint j = 0; words[j] != NULL; j++)
        {
          guint32 hash = hash_string (words[j]);
          LexiconEntry *entry;

          if (*words[j] == '\0')
            {
              g_free (words[j]);
              continue;
            }

          entry = lexicon_slot (table, hash, words[j]);
          entry->word_class |= lexicon_entries[i].word_class;
          /* The table lives as long as the process and keeps the first copy of each
           * word; the rest go. */
          if (entry->hash == 0)
            {
              entry->hash = hash;
              entry->word = words[j];
            }
          else
            g_free (words[j]);
        }
      g_free (words);
    }

  return table;
}

/* Builds the table on the first call, once for all threads; it is never freed. */
void
_nd_speaker_lexicon_init (void)
{
  static GOnce once = G_ONCE_INIT;

  lexicon = g_once (&once, build_lexicon, NULL);
}

/* The token's letters in lower case when they are ASCII and short, for the lexicon. */
gboolean
_nd_speaker_lower_ascii (const gunichar *chars,
                         guint           start,
                         guint           end,
                         char           *out)
{
  guint n = end - start;

  if (n == 0 || n >= LEXICON_WORD_MAX)
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      gunichar c = chars[start + i];

      if (c == 0x2019)
        c = '\'';
      if (c >= 0x80)
        return FALSE;
      /* g_ascii_tolower() is a call into GLib; this runs for every word of every body. */
      out[i] = (char)(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
    }
  out[n] = '\0';

  return TRUE;
}

/* The lexicon's classes of the word at [start, end); its hash in *@hash, 0 when it is
 * not short ASCII. */
guint
_nd_speaker_classify_word (const gunichar *chars,
                           guint           start,
                           guint           end,
                           guint32        *hash)
{
  char word[LEXICON_WORD_MAX];
  LexiconEntry *entry;

  *hash = 0;
  if (!_nd_speaker_lower_ascii (chars, start, end, word))
    return 0;

  *hash = hash_string (word);
  entry = lexicon_slot (lexicon, *hash, word);
  return entry->word_class;
}

/* The lexicon's classes of @word, a whole word in UTF-8: names are kept as strings once
 * found, and decoding them again to ask about one word cost more than the asking. */
guint
_nd_speaker_classify_utf8 (const char *word)
{
  gunichar chars[LEXICON_WORD_MAX];
  guint32 hash;
  guint n = 0;

  for (const char *p = word; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (n == LEXICON_WORD_MAX)
        return 0;
      chars[n++] = g_utf8_get_char (p);
    }

  return _nd_speaker_classify_word (chars, 0, n, &hash);
}

/* nd-outlet.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* One name per news outlet, whatever a file calls it: "FOX", "Fox News" and "foxnews.com"
 * are all Fox News, and "NYT", "The New York Times" and "www.nytimes.com" The New York
 * Times. Files name their source by hand (NewsDesk's own format, NewsAPI's source.name),
 * by the site's domain (news-please's source_domain) or by a feed's title.
 *
 * A built-in table holds common English-language and major international outlets, each
 * with its usual short forms and its domains. A name is looked up by its key: lower case,
 * letters and digits only, without a leading "the" ("The Guardian" and "guardian" meet).
 * A domain (a word with a dot and no spaces, perhaps a URL) loses its scheme, path and
 * mobile or AMP prefix (www., m., amp., mobile.), and is looked up with its parent domains
 * (edition.cnn.com finds cnn.com); a domain the table does not know becomes a readable
 * name from its main label ("harbour-gazette.co.uk" gives "Harbour Gazette"). Any other
 * name is kept as written, with its blanks tidied. */

#define G_LOG_DOMAIN "nd-outlet"

#include "config.h"

#include <string.h>

#include "model/nd-outlet.h"

typedef struct
{
  const char *name;
  /* Keys of other names, as outlet_key() makes them, separated by spaces. */
  const char *aliases;
  /* Domains, separated by spaces. */
  const char *domains;
} Outlet;

static const Outlet outlets[] = {
  { "ABC News", "abcnews abc", "abcnews.go.com abcnews.com" },
  { "ABC News (Australia)", "abcaustralia abcnewsaustralia", "abc.net.au" },
  { "Al Jazeera", "aljazeera aljazeeraenglish aje", "aljazeera.com aljazeera.net" },
  { "Associated Press", "ap apnews associatedpress theassociatedpress", "apnews.com ap.org" },
  { "Axios", "", "axios.com" },
  { "BBC News", "bbc bbcnews bbconline britishbroadcastingcorporation", "bbc.co.uk bbc.com" },
  { "Bloomberg", "bloombergnews", "bloomberg.com" },
  { "Breitbart", "breitbartnews", "breitbart.com" },
  { "BuzzFeed News", "buzzfeed", "buzzfeednews.com buzzfeed.com" },
  { "CBC News", "cbc", "cbc.ca" },
  { "CBS News", "cbs", "cbsnews.com" },
  { "CNBC", "", "cnbc.com" },
  { "CNN", "cablenewsnetwork cnninternational", "cnn.com" },
  { "Daily Mail", "dailymail mailonline dailymailonline", "dailymail.co.uk" },
  { "Deutsche Welle", "dw dwnews", "dw.com" },
  { "Der Spiegel", "spiegel spiegelonline", "spiegel.de" },
  { "El País", "elpais", "elpais.com" },
  { "Euronews", "", "euronews.com" },
  { "Financial Times", "ft", "ft.com" },
  { "Forbes", "", "forbes.com" },
  { "Fox News", "fox foxnewschannel foxnews", "foxnews.com" },
  { "France 24", "france24", "france24.com" },
  { "Frankfurter Allgemeine Zeitung", "faz", "faz.net" },
  { "HuffPost", "huffingtonpost huffpo", "huffpost.com huffingtonpost.com huffingtonpost.co.uk" },
  { "Le Monde", "lemonde", "lemonde.fr" },
  { "Los Angeles Times", "latimes lat", "latimes.com" },
  { "MSNBC", "", "msnbc.com" },
  { "NBC News", "nbc", "nbcnews.com" },
  { "New York Post", "nypost", "nypost.com" },
  { "Newsweek", "", "newsweek.com" },
  { "NPR", "nationalpublicradio", "npr.org" },
  { "Politico", "", "politico.com politico.eu" },
  { "Reuters", "thomsonreuters reutersnews", "reuters.com" },
  { "RT", "russiatoday", "rt.com" },
  { "Sky News", "sky", "news.sky.com sky.com" },
  { "South China Morning Post", "scmp", "scmp.com" },
  { "Süddeutsche Zeitung", "sz suddeutsche sueddeutsche sueddeutschezeitung", "sueddeutsche.de" },
  { "The Atlantic", "", "theatlantic.com" },
  { "The Economist", "", "economist.com" },
  { "The Globe and Mail", "globeandmail globemail", "theglobeandmail.com" },
  { "The Guardian", "guardian guardiannews theguardianuk", "theguardian.com guardian.co.uk" },
  { "The Hill", "", "thehill.com" },
  { "The Hindu", "", "thehindu.com" },
  { "The Independent", "independent", "independent.co.uk" },
  { "The Irish Times", "irishtimes", "irishtimes.com" },
  { "The Japan Times", "japantimes", "japantimes.co.jp" },
  { "The New York Times", "nyt nytimes newyorktimes", "nytimes.com" },
  { "The New Yorker", "newyorker", "newyorker.com" },
  { "The Sydney Morning Herald", "smh sydneymorningherald", "smh.com.au" },
  { "The Telegraph", "telegraph dailytelegraph", "telegraph.co.uk" },
  { "The Times", "times thetimesuk", "thetimes.co.uk" },
  { "The Times of India", "toi timesofindia", "timesofindia.indiatimes.com" },
  { "The Wall Street Journal", "wsj wallstreetjournal", "wsj.com" },
  { "The Washington Post", "wapo washingtonpost", "washingtonpost.com" },
  { "Time", "timemagazine", "time.com" },
  { "USA Today", "usatoday", "usatoday.com" },
  { "Vox", "", "vox.com" },
  { "Yahoo News", "yahoo", "news.yahoo.com" },
};

/* Prefixes that name a mobile, AMP or plain web version of a site, not another outlet. */
static const char * const host_prefixes[] = { "www.", "www2.", "m.", "amp.", "mobile.", "edition." };

/* Second-level labels under which a country's sites register ("co" in "bbc.co.uk"). */
static const char * const second_levels[] = { "co", "com", "net", "org", "gov", "ac", "ne", "or" };

/* Lower case, letters and digits only (accents dropped), without a leading "the". */
static char *
outlet_key (const char *name)
{
  g_autofree char *folded = g_utf8_casefold (name, -1);
  g_autofree char *plain = g_utf8_normalize (folded, -1, G_NORMALIZE_NFD);
  GString *key = g_string_new (NULL);
  const char *p = plain;

  while (*p == ' ')
    p++;
  if (g_str_has_prefix (p, "the "))
    p += 4;

  for (; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        g_string_append_unichar (key, c);
    }

  return g_string_free (key, FALSE);
}

typedef struct
{
  GHashTable *by_key;     /* key → Outlet */
  GHashTable *by_domain;  /* domain → Outlet */
} Tables;

static void
add_words (GHashTable   *table,
           const char   *list,
           const Outlet *outlet)
{
  g_auto(GStrv) words = g_strsplit (list, " ", -1);

  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0')
      g_hash_table_insert (table, g_strdup (words[i]), (gpointer)outlet);
}

/* Built once, on first use, from any thread: loaders name articles in parallel. */
static const Tables *
get_tables (void)
{
  static Tables *tables;

  if (g_once_init_enter (&tables))
    {
      Tables *built = g_new0 (Tables, 1);

      built->by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      built->by_domain = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint i = 0; i < G_N_ELEMENTS (outlets); i++)
        {
          g_hash_table_insert (built->by_key, outlet_key (outlets[i].name), (gpointer)&outlets[i]);
          add_words (built->by_key, outlets[i].aliases, &outlets[i]);
          add_words (built->by_domain, outlets[i].domains, &outlets[i]);
        }
      g_once_init_leave (&tables, built);
    }

  return tables;
}

static const Outlet *
find_by_key (const char *key)
{
  return g_hash_table_lookup (get_tables ()->by_key, key);
}

/* The domain itself or its closest parent in the table. */
static const Outlet *
find_by_domain (const char *domain)
{
  for (const char *d = domain; strchr (d, '.') != NULL; d = strchr (d, '.') + 1)
    {
      const Outlet *outlet = g_hash_table_lookup (get_tables ()->by_domain, d);

      if (outlet != NULL)
        return outlet;
    }

  return NULL;
}

/* @source as a bare lower-case host name ("www.NYTimes.com/section" gives "nytimes.com"),
 * or NULL when it is not a domain or URL. */
static char *
dup_domain (const char *source)
{
  const char *start = source;
  const char *end;
  g_autofree char *host = NULL;
  const char *scheme = strstr (source, "://");
  gboolean stripped = TRUE;

  if (scheme != NULL)
    start = scheme + 3;
  end = start + strcspn (start, "/?#:");
  if (end == start || memchr (start, '.', (gsize)(end - start)) == NULL)
    return NULL;
  for (const char *p = start; p < end; p++)
    if (!g_ascii_isalnum (*p) && *p != '.' && *p != '-')
      return NULL;

  host = g_ascii_strdown (start, end - start);
  while (stripped)
    {
      stripped = FALSE;
      for (guint i = 0; i < G_N_ELEMENTS (host_prefixes); i++)
        if (g_str_has_prefix (host, host_prefixes[i]) &&
            strchr (host + strlen (host_prefixes[i]), '.') != NULL)
          {
            memmove (host, host + strlen (host_prefixes[i]), strlen (host) - strlen (host_prefixes[i]) + 1);
            stripped = TRUE;
          }
    }

  /* A name like "A.P." or "U.S. News" has dots too, but no label of two letters or more
   * at its end. */
  if (strlen (strrchr (host, '.') + 1) < 2 || host[strlen (host) - 1] == '.')
    return NULL;

  return g_steal_pointer (&host);
}

static gboolean
is_second_level (const char *label,
                 gsize       len)
{
  for (guint i = 0; i < G_N_ELEMENTS (second_levels); i++)
    if (strlen (second_levels[i]) == len && strncmp (label, second_levels[i], len) == 0)
      return TRUE;

  return FALSE;
}

/* "harbour-gazette.co.uk" gives "Harbour Gazette": the label before the public suffix,
 * hyphens as spaces, each word capitalised; a label of three letters at most is an
 * abbreviation, all capitals ("wsb.com": "WSB"). */
static char *
dup_name_from_domain (const char *domain)
{
  g_auto(GStrv) labels = g_strsplit (domain, ".", -1);
  guint n = g_strv_length (labels);
  guint main_label = n >= 2 ? n - 2 : 0;
  GString *name = g_string_new (NULL);
  gboolean word_start = TRUE;

  if (n >= 3 && is_second_level (labels[n - 2], strlen (labels[n - 2])) && strlen (labels[n - 1]) == 2)
    main_label = n - 3;
  if (strlen (labels[main_label]) <= 3)
    {
      g_string_free (name, TRUE);
      return g_ascii_strup (labels[main_label], -1);
    }

  for (const char *p = labels[main_label]; *p != '\0'; p++)
    {
      if (*p == '-' || *p == '_')
        {
          if (!word_start)
            g_string_append_c (name, ' ');
          word_start = TRUE;
          continue;
        }
      g_string_append_c (name, word_start ? g_ascii_toupper (*p) : *p);
      word_start = FALSE;
    }

  return g_string_free (name, FALSE);
}

/* Blanks at the ends dropped, runs of blanks inside made one space. */
static char *
dup_tidy (const char *source)
{
  g_auto(GStrv) words = g_strsplit_set (source, " \t\n\r", -1);
  GString *tidy = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (words[i][0] == '\0')
        continue;
      if (tidy->len > 0)
        g_string_append_c (tidy, ' ');
      g_string_append (tidy, words[i]);
    }

  return g_string_free (tidy, FALSE);
}

/**
 * nd_outlet_dup_name:
 * @source: (nullable): an outlet as a file names it: a name, a short form or a domain
 *
 * The outlet's one name: the built-in table's for a known outlet, a readable name for an
 * unknown domain, else @source itself, tidied.
 *
 * Returns: (transfer full) (nullable): the name, or %NULL when @source is %NULL or blank
 */
char *
nd_outlet_dup_name (const char *source)
{
  g_autofree char *tidy = NULL;
  g_autofree char *domain = NULL;
  g_autofree char *key = NULL;
  const Outlet *outlet;

  if (source == NULL)
    return NULL;

  tidy = dup_tidy (source);
  if (tidy[0] == '\0')
    return NULL;

  domain = strchr (tidy, ' ') == NULL ? dup_domain (tidy) : NULL;
  if (domain != NULL)
    {
      outlet = find_by_domain (domain);
      return outlet != NULL ? g_strdup (outlet->name) : dup_name_from_domain (domain);
    }

  key = outlet_key (tidy);
  outlet = key[0] != '\0' ? find_by_key (key) : NULL;
  if (outlet != NULL)
    return g_strdup (outlet->name);

  return g_steal_pointer (&tidy);
}

/* test-formats-news.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* test-formats on news-please and NewsAPI: real files and fixtures. */

#include "config.h"

#include <string.h>

#include "model/nd-article.h"
#include "formats/nd-formats-private.h"
#include "model/nd-load-error.h"
#include "test-formats-private.h"

/* news-please, real files */

static void
test_news_please_sample (void)
{
  g_autoptr(Parsed) parsed = parse_corpus ("newsplease/newsplease_sample.json");

  assert_format (parsed, ND_FORMAT_NEWS_PLEASE);
  assert_n_articles (parsed, 1);
  assert_problems (parsed, 0, 0);
  assert_article (parsed, 0, &(Expected) {
    .id = "https://www.rt.com/news/203203-ukraine-russia-troops-border/",
    .title = "Moscow to Kiev: Stick to Minsk ceasefire, stop making false ‘invasion’ claims",
    .source = "www.rt.com",
    .url = "https://www.rt.com/news/203203-ukraine-russia-troops-border/",
    .published = "2017-07-17T17:03:00Z",
    .language = "en",
    .body = "Russia has called on Ukraine to stick to the Minsk peace process [news-please "
            "will extract the whole text but in this example file we needed to cut off here "
            "because of copyright laws].",
  });
}

static void
test_news_please_google_news_reuters (void)
{
  g_autoptr(Parsed) parsed = parse_corpus ("newsplease/google_news/29910dc81ae2a9edbbefac61c460f5c007a81f2c5dd6e6f76426d572.json");

  assert_format (parsed, ND_FORMAT_NEWS_PLEASE);
  assert_n_articles (parsed, 1);
  assert_problems (parsed, 0, 0);
  assert_article (parsed, 0, &(Expected) {
    .id = "https://www.reuters.com/article/us-trump-asia-japan/trump-says-japan-would-shoot-north-korean-missiles-out-of-sky-if-it-bought-u-s-weaponry-idUSKBN1D602F",
    .title = "Trump says Japan would shoot North Korean missiles 'out of sky' if it bought U.S. weaponry",
    .source = "www.reuters.com",
    .authors = AUTHORS ("Steve Holland", "Elaine Lies"),
    .url = "https://www.reuters.com/article/us-trump-asia-japan/trump-says-japan-would-shoot-north-korean-missiles-out-of-sky-if-it-bought-u-s-weaponry-idUSKBN1D602F",
    .published = "2017-11-06T22:18:21Z",
    .language = "en",
    .body_prefix = "TOKYO (Reuters) - U.S. President Donald Trump said on Monday that Japan "
                   "would shoot North Korean missiles “out of the sky”",
    .body_contains = "a stance it has avoided until now.\n\nNorth Korea is pursuing",
    .body_suffix = "Beijing and Danang, Vietnam.\n\nTrump's visit to Asia: tmsnrt.rs/2znSb0v",
    .n_paragraphs = 37,
  });
}

/* The first line of `text` is the title: it is dropped. */
static void
test_news_please_google_news_title_repeated (void)
{
  g_autoptr(Parsed) parsed = parse_corpus ("newsplease/google_news/32875daece08f7fe3a7ef738f5f8fca609f7125cd0d04dad8eeb0375.json");

  assert_format (parsed, ND_FORMAT_NEWS_PLEASE);
  assert_n_articles (parsed, 1);
  assert_problems (parsed, 0, 0);
  assert_article (parsed, 0, &(Expected) {
    .id = "http://www.wheels24.co.za/News/Industry_News/eu-raids-automaker-bmw-in-post-dieselgate-cartel-case-20171024",
    .title = "EU raids automaker BMW in post-Dieselgate cartel case",
    .source = "www.wheels24.co.za",
    .url = "http://www.wheels24.co.za/News/Industry_News/eu-raids-automaker-bmw-in-post-dieselgate-cartel-case-20171024",
    .published = "2017-10-24T08:11:27Z",
    .body_prefix = "Brussels - EU antitrust regulators have raided the offices of automaker "
                   "BMW in Munich",
    .body_suffix = "Fellow carmakers Daimler and Volkswagen fell by close to one percent each",
    .n_paragraphs = 23,
  });
}

/* `text` is null: the body is the description. */
static void
test_news_please_google_news_text_null (void)
{
  g_autoptr(Parsed) parsed = parse_corpus ("newsplease/google_news/aa6eb95c6b0f27b26efc73fdb128324c3282f2dc3e4832dcda3a017e.json");

  assert_format (parsed, ND_FORMAT_NEWS_PLEASE);
  assert_n_articles (parsed, 1);
  assert_problems (parsed, 0, 0);
  assert_article (parsed, 0, &(Expected) {
    .id = "http://www.techradar.com/news/the-latest-iphone-x-problem-is-a-bright-green-line-on-the-side-of-the-display",
    .title = "The latest iPhone X problem is a bright green line on the side of the display",
    .source = "www.techradar.com",
    .url = "http://www.techradar.com/news/the-latest-iphone-x-problem-is-a-bright-green-line-on-the-side-of-the-display",
    .published = "2017-11-10T17:02:21Z",
    .language = "en",
    .body = "If a mysterious green line has appeared down the side of your iPhone X screen, "
            "then you're not alone.",
  });
}

/* Title repeated as the first line; a time of 00:00:00 is still a time, not a date. */
static void
test_news_please_cluster_title_repeated (void)
{
  g_autoptr(Parsed) parsed = parse_corpus ("newsplease/news_cluster/0046d5ff09e56287742ed727ac712a7806d4dee16d5d46aafd7632f5.json");

  assert_format (parsed, ND_FORMAT_NEWS_PLEASE);
  assert_n_articles (parsed, 1);
  assert_problems (parsed, 0, 0);
  assert_article (parsed, 0, &(Expected) {
    .id = "http://africa.chinadaily.com.cn/world/2017-09/15/content_32041310.htm",
    .title = "China opposes DPRK's missile launch: FM spokesperson",
    .source = "africa.chinadaily.com.cn",
    .url = "http://africa.chinadaily.com.cn/world/2017-09/15/content_32041310.htm",
    .published = "2017-09-15T00:00:00Z",
    .body_prefix = "Xinhua | Updated: 2017-09-15 17:52\n\nBEIJING -- China on Friday said",
    .body_suffix = "avoid any acts that may escalate tensions,\" Hua said.",
    .n_paragraphs = 5,
  });
}

static void
test_news_please_cluster_authors (void)
{
  g_autoptr(Parsed) parsed = parse_corpus ("newsplease/news_cluster/0302058689a7d4ed34fcc2e78c4addbcf35932b4df5d16c44869da0d.json");

  assert_format (parsed, ND_FORMAT_NEWS_PLEASE);
  assert_n_articles (parsed, 1);
  assert_problems (parsed, 0, 0);
  assert_article (parsed, 0, &(Expected) {
    .id = "http://www.dw.com/en/germany-rhine-cruise-ship-hits-bridge-pylon-causing-injuries/a-41939790",
    .title = "Germany: Rhine cruise ship hits bridge pylon causing injuries",
    .source = "www.dw.com",
    .authors = AUTHORS ("Deutsche Welle", "Carsten Grün"),
    .url = "http://www.dw.com/en/germany-rhine-cruise-ship-hits-bridge-pylon-causing-injuries/a-41939790",
    .published = "2017-12-30T00:00:00Z",
    .language = "en",
    .body_prefix = "The accident happened late Tuesday on the Rhine River near the north-west "
                   "German city of Duisburg.\n\nThere were 129 people",
    .body_suffix = "Author: Carsten Grün / uhe\n\njm/dm (AFP, dpa)",
    .n_paragraphs = 20,
  });
}

/* news-please scrapes the words around a byline: a biography split at its commas, labels
 * and credits, the site's address, links to an author's other stories, two names run
 * together. Only the names are authors. */
static void
test_news_please_scraped_authors (void)
{
  static const char bio[] =
    "{\"title\": \"Bio\", \"url\": \"https://example.com/bio\", \"maintext\": \"Text.\", "
    "\"authors\": [\"An Avid Reader\", \"Writer\", \"Motorcyclist\", "
    "\"Manik Is Intrigued The Ever Evolving Tech Ecosystem. Manik Is Responsible\", "
    "\"You Ll Find Him Fine-Tuning His Bike Or Exploring The Web For Something New.\"]}";
  static const char noise[] =
    "{\"title\": \"Noise\", \"url\": \"https://example.com/noise\", \"maintext\": \"Text.\", "
    "\"authors\": [\"Neil Callanan\", \"Michael J Moore\", \"Neil Callanan Michael J Moore\", "
    "\"More Stories Neil Callanan\", \"Senior Editor\", \"Getty Images\", \"Www.Example.Com\", "
    "\"Garrett M. Graff\", \"Jan\", \"Reuters\", \"2 Min Read\", \"Min Read\"]}";
  g_autoptr(Parsed) with_bio = parse_data ("bio.json", bio, strlen (bio));
  g_autoptr(Parsed) with_noise = parse_data ("noise.json", noise, strlen (noise));
  const char * const *authors;

  assert_format (with_bio, ND_FORMAT_NEWS_PLEASE);
  assert_n_articles (with_bio, 1);
  authors = nd_article_get_authors (g_ptr_array_index (with_bio->articles, 0));
  g_assert_true (authors == NULL || authors[0] == NULL);

  assert_format (with_noise, ND_FORMAT_NEWS_PLEASE);
  assert_n_articles (with_noise, 1);
  g_assert_cmpstrv (nd_article_get_authors (g_ptr_array_index (with_noise->articles, 0)),
                    ((const char * const[]) { "Neil Callanan", "Michael J Moore",
                                              "Garrett M. Graff", "Jan", "Reuters",
                                              "2 Min Read", NULL }));
}

/* The first line starts with the title but says more: it is not a repeat and stays. */
static void
test_news_please_cluster_title_prefix (void)
{
  g_autoptr(Parsed) parsed = parse_corpus ("newsplease/news_cluster/6134ba149dcae1612e7639a2004f94bc6b540a8e08bb7a4b2ad928af.json");

  assert_format (parsed, ND_FORMAT_NEWS_PLEASE);
  assert_n_articles (parsed, 1);
  assert_problems (parsed, 0, 0);
  assert_article (parsed, 0, &(Expected) {
    .id = "http://usa.chinadaily.com.cn/epaper/2016-07/15/content_26104748.htm",
    .title = "Scores killed as truck rams crowd in France",
    .source = "usa.chinadaily.com.cn",
    .url = "http://usa.chinadaily.com.cn/epaper/2016-07/15/content_26104748.htm",
    .published = "2016-07-15T00:00:00Z",
    .body_prefix = "Scores killed as truck rams crowd in France Updated: 2016-07-15 13:14 By "
                   "Agencies(China Daily USA)\n\nNearly 80 people",
    .body_suffix = "(China Daily USA 07/15/2016 page1)",
    .n_paragraphs = 25,
  });
}

/* news-please, fixtures */

static void
test_news_please_fixture_maintext (void)
{
  g_autoptr(Parsed) parsed = parse_fixture ("newsplease.json");

  assert_format (parsed, ND_FORMAT_NEWS_PLEASE);
  assert_n_articles (parsed, 1);
  assert_problems (parsed, 0, 0);
  assert_article (parsed, 0, &(Expected) {
    .id = "https://www.example.it/capodanno",
    .title = "Capodanno a Roma",
    .source = "www.example.it",
    .authors = AUTHORS ("Maria Rossi", "Paolo Bianchi"),
    .url = "https://www.example.it/capodanno",
    .published = "2020-01-01T10:00:00Z",
    .language = "it",
    .body = "Roma, 1 gennaio.\n\nThe second paragraph.\n\nThe third paragraph.",
  });
}

static void
test_news_please_fixture_fallbacks (void)
{
  g_autoptr(Parsed) parsed = parse_fixture ("newsplease-list.json");

  assert_format (parsed, ND_FORMAT_NEWS_PLEASE);
  assert_n_articles (parsed, 3);
  assert_problems (parsed, 0, 0);

  /* title null: title_page; the body's first line repeats it and is dropped. */
  assert_article (parsed, 0, &(Expected) {
    .id = "https://a.example/1",
    .title = "From the page",
    .source = "a.example",
    .url = "https://a.example/1",
    .published = "2018-06-07T08:09:10Z",
    .body = "The actual first paragraph.",
  });
  assert_article (parsed, 1, &(Expected) {
    .id = "newsplease-list.json#2",
    .title = "Only RSS",
    .source = "b.example",
    .body = "Only a description.",
  });
  assert_article (parsed, 2, &(Expected) {
    .id = "https://c.example/3",
    .title = "Keep me",
    .source = "c.example",
    .url = "https://c.example/3",
    .published = "2018-06-08",
    .body = "Keep me too\n\nSecond.",
  });
}

/* NewsAPI, real file */

static void
test_newsapi_sauravkanchan (void)
{
  g_autoptr(Parsed) parsed = parse_corpus ("newsapi/sauravkanchan_data_news.json");

  assert_format (parsed, ND_FORMAT_NEWSAPI);
  assert_n_articles (parsed, 20);
  assert_problems (parsed, 0, 0);

  /* content is null: the description alone. */
  assert_article (parsed, 0, &(Expected) {
    .id = "https://www.dnaindia.com/india/report-centre-releases-information-on-use-of-necessary-medicines-for-covid-19-2821537",
    .title = "Centre releases information on use of necessary medicines for COVID-19 - DNA India",
    .source = "Dnaindia.com",
    .authors = AUTHORS ("DNA Web Team"),
    .url = "https://www.dnaindia.com/india/report-centre-releases-information-on-use-of-necessary-medicines-for-covid-19-2821537",
    .published = "2020-04-18T10:40:24Z",
    .body_prefix = "DNA India has",
    .body_suffix = "transcribed the message in the video released by MoHFW for readers:",
    .n_paragraphs = 1,
  });
  /* content does not start with the description ("--" vs "—"): both are kept. */
  assert_article (parsed, 1, &(Expected) {
    .id = "https://telanganatoday.com/covid-19-striking-more-children-than-expected-study",
    .title = "COVID-19 striking more children than expected: Study - Telangana Today",
    .source = "Telanganatoday.com",
    .authors = AUTHORS ("Telangana Today"),
    .url = "https://telanganatoday.com/covid-19-striking-more-children-than-expected-study",
    .published = "2020-04-18T09:47:00Z",
    .body_prefix = "New York: Contrary to what governments and a school of scientists claim",
    .body_contains = "a hidden detail that could vastly…\n\nNew York: Contrary to what governments",
    .body_suffix = "currently reported — a hidden detail that could vastly …",
    .n_paragraphs = 2,
  });
  /* author null. */
  assert_article (parsed, 2, &(Expected) {
    .id = "https://m.thewire.in/article/government/why-indias-stated-policy-on-hydroxychloroquine-makes-no-sense",
    .title = "Why India’s Stated Policy on Hydroxychloroquine Makes No Sense - The Wire",
    .source = "Thewire.in",
    .url = "https://m.thewire.in/article/government/why-indias-stated-policy-on-hydroxychloroquine-makes-no-sense",
    .published = "2020-04-18T09:40:48Z",
    .body = "The ICMR's reasoning for why it is recommending hydroxychloroquine as "
            "prophylaxis to healthcare workers is just unscientific.\n\n"
            "In a recent video published by ANI, the chief epidemiologist of the Indian "
            "Council of Medical Research (ICMR), Raman Gangakhedkar, made a couple of odd "
            "statements about hydroxychloroquine. He said that because there was so little "
            "evidence of the drug’s effica…",
  });
  /* An author that is a URL stays an author; \r\n lines in content. */
  assert_article (parsed, 3, &(Expected) {
    .id = "https://www.bbc.co.uk/news/health-52301633",
    .title = "Coronavirus: How long does it take to recover? - BBC News",
    .source = "BBC News",
    .authors = AUTHORS ("https://www.facebook.com/bbcnews"),
    .url = "https://www.bbc.co.uk/news/health-52301633",
    .published = "2020-04-18T08:44:02Z",
    .body = "Recovery from Covid-19 can be a lengthy process, depending on how seriously "
            "people get the virus.\n\n"
            "Image copyrightGetty Images\n\n"
            "Covid-19 only emerged at the end of 2019, but already there are signs it may "
            "take a long time for some patients to get back to full health.\n\n"
            "Recovery time will depend on how sick you become in the first place. Some "
            "people will sh…",
  });
  /* description is empty. */
  assert_article (parsed, 10, &(Expected) {
    .id = "http://www.daijiworld.com/news/newsDisplay.aspx?newsID=698096",
    .title = "How Hong Kong managed COVID-19 without complete lockdown - Daijiworld.com",
    .source = "Daijiworld.com",
    .url = "http://www.daijiworld.com/news/newsDisplay.aspx?newsID=698096",
    .published = "2020-04-18T07:11:45Z",
    .body = "Hong Kong, Apr 18 (IANS): With widespread testing, contact tracing and "
            "population behavioural changes Hong Kong appears to have managed to contain the "
            "first wave of COVID-19 without resorting to drastic measures like complete "
            "lockdown which now threaten to da…",
  });
  /* content null, a description with blank lines and trailing spaces. */
  assert_article (parsed, 11, &(Expected) {
    .id = "https://www.skynews.com.au/details/_6150404112001",
    .title = "University of Oxford could have coronavirus vaccine ready 'by spring' - Sky News Australia",
    .source = "Skynews.com.au",
    .url = "https://www.skynews.com.au/details/_6150404112001",
    .published = "2020-04-18T06:29:06Z",
    .body = "Euronews reporter Trent Murray says the University of Oxford could have a "
            "coronavirus vaccine ready early next year.\n\n"
            "The university expected it could have one million doses of the vaccine ready "
            "to distribute by spring in the UK.\n\n"
            "“The government’s very opt…",
  });
  assert_article (parsed, 16, &(Expected) {
    .id = "https://www.bbc.com/news/uk-52335561",
    .title = "Coronavirus: Concern over protective kit guidance change - BBC News",
    .source = "Bbc.com",
    .authors = AUTHORS ("https://www.facebook.com/bbcnews"),
    .url = "https://www.bbc.com/news/uk-52335561",
    .published = "2020-04-18T04:58:20Z",
    .body_prefix = "There are warnings patients could be at risk if NHS staff reuse equipment",
    .body_suffix = "such as plastic aprons with coveralls,…",
    .n_paragraphs = 3,
  });
  assert_article (parsed, 19, &(Expected) {
    .id = "https://www.indiatoday.in/india/story/coronavirus-india-elderly-covid-19-patient-tested-negative-dies-kerala-1668277-2020-04-18",
    .title = "Coronavirus in India: Covid-19 patient who tested negative dies in Kerala - India Today",
    .source = "Indiatoday.in",
    .url = "https://www.indiatoday.in/india/story/coronavirus-india-elderly-covid-19-patient-tested-negative-dies-kerala-1668277-2020-04-18",
    .published = "2020-04-18T04:14:08Z",
    .body_prefix = "An 85-year-old person, who had tested positive for Covid-19 and later "
                   "tested negative twice",
    .body_suffix = "confirmed that the patient tested negative for the third time as we…",
    .n_paragraphs = 3,
  });
}

/* NewsAPI, fixture */

static void
test_newsapi_fixture (void)
{
  g_autoptr(Parsed) parsed = parse_fixture ("newsapi.json");

  assert_format (parsed, ND_FORMAT_NEWSAPI);
  assert_n_articles (parsed, 3);
  assert_problems (parsed, 0, 0);

  /* content starts with the description, so the description is left out. */
  assert_article (parsed, 0, &(Expected) {
    .id = "https://desk.example/storm",
    .title = "Storm hits coast",
    .source = "The Desk",
    .authors = AUTHORS ("Pat Quinn"),
    .url = "https://desk.example/storm",
    .published = "2021-09-13T06:00:00Z",
    .body = "A storm hit the coast on Monday.\n\n"
            "Thousands lost power as winds reached 120 km/h…",
  });
  assert_article (parsed, 1, &(Expected) {
    .id = "https://other.example/2",
    .title = "Second story",
    .source = "Other & Co",
    .authors = AUTHORS ("https://www.facebook.com/other"),
    .url = "https://other.example/2",
    .published = "2021-09-13T05:30:00Z",
    .body = "Description two.\n\nContent two",
  });
  /* Empty author, null description and content. */
  assert_article (parsed, 2, &(Expected) {
    .id = "https://third.example/3",
    .title = "Third story",
    .source = "Third",
    .url = "https://third.example/3",
    .published = "2021-09-12",
  });
}

void
add_formats_news_tests (void)
{
  g_test_add_func ("/nd/formats/news-please/sample", test_news_please_sample);
  g_test_add_func ("/nd/formats/news-please/google-news-reuters",
                   test_news_please_google_news_reuters);
  g_test_add_func ("/nd/formats/news-please/google-news-title-repeated",
                   test_news_please_google_news_title_repeated);
  g_test_add_func ("/nd/formats/news-please/google-news-text-null",
                   test_news_please_google_news_text_null);
  g_test_add_func ("/nd/formats/news-please/cluster-title-repeated",
                   test_news_please_cluster_title_repeated);
  g_test_add_func ("/nd/formats/news-please/cluster-authors", test_news_please_cluster_authors);
  g_test_add_func ("/nd/formats/news-please/scraped-authors", test_news_please_scraped_authors);
  g_test_add_func ("/nd/formats/news-please/cluster-title-prefix",
                   test_news_please_cluster_title_prefix);
  g_test_add_func ("/nd/formats/news-please/fixture-maintext", test_news_please_fixture_maintext);
  g_test_add_func ("/nd/formats/news-please/fixture-fallbacks",
                   test_news_please_fixture_fallbacks);

  g_test_add_func ("/nd/formats/newsapi/sauravkanchan", test_newsapi_sauravkanchan);
  g_test_add_func ("/nd/formats/newsapi/fixture", test_newsapi_fixture);
}

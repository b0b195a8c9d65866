#!/usr/bin/env python3
# compute-offsets.py: turns the hand-written date annotations below into annotations.json.
#
# Every mention, its range and its precision were written by hand from reading the article;
# this script only finds where each chosen text is, counting Unicode characters, so that
# nobody has to count offsets by eye. Each mention names a CONTEXT, a piece of the body that
# occurs exactly once and holds TEXT; the offset is where TEXT starts inside it.
#
# Run from the source root: python3 tests/data/dates/compute-offsets.py
#
# SPDX-License-Identifier: GPL-3.0-or-later

import json
import os
import re
import sys

SAMPLE = 'data/sample/sample-story.json'
CORPUS = '../shared/corpus'

# (context, text, from, to, precision[, n]): N picks the Nth (from 0) of several identical
# contexts, for paragraphs a page repeats.
ANNOTATIONS = [
  ('sample', 'gazette-review-doubts', [
    ('review published yesterday', 'yesterday', '2026-03-03', '2026-03-03', 'day'),
    ('preferred bidder last month', 'last month', '2026-02-01', '2026-02-28', 'month'),
    ('published in January', 'January', '2026-01-01', '2026-01-31', 'month'),
    ('stop in 2011', '2011', '2011-01-01', '2011-12-31', 'year'),
    ('twice since 2014', '2014', '2014-01-01', '2014-12-31', 'year'),
    ('between 1987 and 1995', 'between 1987 and 1995', '1987-01-01', '1995-12-31', 'year'),
    ('inspection last autumn', 'last autumn', '2025-09-01', '2025-11-30', 'approximate'),
    ('flooded in 2014', '2014', '2014-01-01', '2014-12-31', 'year'),
    ('contract on 12 March', '12 March', '2026-03-12', '2026-03-12', 'day'),
  ]),
  ('sample', 'ledger-barrier-review', [
    ('released on Tuesday', 'Tuesday', '2026-03-03', '2026-03-03', 'day'),
    ('twice since 2014', '2014', '2014-01-01', '2014-12-31', 'year'),
    ('three decades ago', 'three decades ago', '1996-01-01', '1996-12-31', 'approximate'),
    ('badly in 2014', '2014', '2014-01-01', '2014-12-31', 'year'),
    ('issued Tuesday evening', 'Tuesday evening', '2026-03-03', '2026-03-03', 'day'),
    ('vote next week', 'next week', '2026-03-09', '2026-03-15', 'week'),
  ]),
  ('sample', 'coastline-public-meeting', [
    ('Kestlehaven yesterday evening', 'yesterday evening', '2026-03-04', '2026-03-04', 'day'),
    ('organised in January', 'January', '2026-01-01', '2026-01-31', 'month'),
    ('publication on Tuesday', 'Tuesday', '2026-03-03', '2026-03-03', 'day'),
    ('in the ’90s', '’90s', '1990-01-01', '1999-12-31', 'decade'),
    ('numbers from 2011', '2011', '2011-01-01', '2011-12-31', 'year'),
    ('votes next week', 'next week', '2026-03-09', '2026-03-15', 'week'),
  ]),
  ('sample', 'gazette-cafe-mirador', [
    ('café in 1999', '1999', '1999-01-01', '1999-12-31', 'year'),
    ('the following year', 'the following year', '2000-01-01', '2000-12-31', 'year'),
    ('retired in 2019', '2019', '2019-01-01', '2019-12-31', 'year'),
    ('before Christmas', 'Christmas', '2025-12-25', '2025-12-25', 'day'),
    ('front door in 2014', '2014', '2014-01-01', '2014-12-31', 'year'),
    ('At Wednesday’s', 'Wednesday', '2026-03-04', '2026-03-04', 'day'),
    ('closed in the ’70s', '’70s', '1970-01-01', '1979-12-31', 'decade'),
    ('until the ’90s', '’90s', '1990-01-01', '1999-12-31', 'decade'),
  ]),
  ('sample', 'northfield-company-statement', [
    ('released Thursday', 'Thursday', '2026-03-05', '2026-03-05', 'day'),
    ('a few weeks ago', 'a few weeks ago', '2026-02-06', '2026-02-20', 'approximate'),
    ('published Tuesday', 'Tuesday', '2026-03-03', '2026-03-03', 'day'),
    ('end in 2011', '2011', '2011-01-01', '2011-12-31', 'year'),
    ('flooded in 2014', '2014', '2014-01-01', '2014-12-31', 'year'),
    ("in the '90s", "'90s", '1990-01-01', '1999-12-31', 'decade'),
    ('Wednesday night', 'Wednesday night', '2026-03-04', '2026-03-04', 'day'),
    ('signed by July 4', 'July 4', '2026-07-04', '2026-07-04', 'day'),
    ('Fourth of July', 'Fourth of July', '2026-07-04', '2026-07-04', 'day'),
    ('email Friday', 'Friday', '2026-03-06', '2026-03-06', 'day'),
    ('contract next week', 'next week', '2026-03-09', '2026-03-15', 'week'),
  ]),
  ('sample', 'ledger-vote-preview', [
    ('votes on March 12', 'March 12', '2026-03-12', '2026-03-12', 'day'),
    ('intensified this month', 'this month', '2026-03-01', '2026-03-31', 'month'),
    ('meeting last week', 'last week', '2026-03-02', '2026-03-08', 'week'),
    ('next Monday', 'next Monday', '2026-03-16', '2026-03-16', 'day'),
    ('by early July', 'early July', '2026-07-01', '2026-07-10', 'approximate'),
  ]),
  ('sample', 'gazette-council-vote', [
    ('voted yesterday', 'yesterday', '2026-03-12', '2026-03-12', 'day'),
    # Said at the meeting the day before publication.
    ('contract tonight', 'tonight', '2026-03-12', '2026-03-12', 'day'),
    ('until the end of May', 'the end of May', '2026-05-21', '2026-05-31', 'approximate'),
    ('signed on 4 July', '4 July', '2026-07-04', '2026-07-04', 'day'),
    ('Co-operative on Monday', 'Monday', '2026-03-16', '2026-03-16', 'day'),
    ('from last week’s meeting', 'last week', '2026-03-02', '2026-03-08', 'week'),
  ]),
  ('sample', 'northfield-plant-jobs', [
    ('their Friday shift', 'Friday', '2026-03-13', '2026-03-13', 'day'),
    ('voted on Thursday', 'Thursday', '2026-03-12', '2026-03-12', 'day'),
    ('signed by July 4', 'July 4', '2026-07-04', '2026-07-04', 'day'),
    ('by the end of May', 'the end of May', '2026-05-21', '2026-05-31', 'approximate'),
    ('statement last week', 'last week', '2026-03-02', '2026-03-08', 'week'),
    ('public meeting last week', 'last week', '2026-03-02', '2026-03-08', 'week'),
    ('layoffs since 2019', '2019', '2019-01-01', '2019-12-31', 'year'),
    ('launched last fall', 'last fall', '2025-09-01', '2025-11-30', 'approximate'),
    ('a July 4 barbecue', 'July 4', '2026-07-04', '2026-07-04', 'day'),
  ]),
  ('sample', 'ledger-talks-monday', [
    ('sat down yesterday', 'yesterday', '2026-03-16', '2026-03-16', 'day'),
    ('voted last week', 'last week', '2026-03-09', '2026-03-15', 'week'),
    ('up to 2025', '2025', '2025-01-01', '2025-12-31', 'year'),
    ('the 2011 data', '2011', '2011-01-01', '2011-12-31', 'year'),
    ('a year ago', 'a year ago', '2025-01-01', '2025-12-31', 'year'),
    ('this time next year', 'next year', '2027-01-01', '2027-12-31', 'year'),
    ('before the end of the month', 'the end of the month', '2026-03-21', '2026-03-31', 'approximate'),
    ('by the end of May', 'the end of May', '2026-05-21', '2026-05-31', 'approximate'),
    ('deadline in early July', 'early July', '2026-07-01', '2026-07-10', 'approximate'),
  ]),
  ('sample', 'coastline-second-review', [
    ('report by the end of May', 'the end of May', '2026-05-21', '2026-05-31', 'approximate'),
    ('appointment this afternoon', 'this afternoon', '2026-03-30', '2026-03-30', 'day'),
    ('voted this month', 'this month', '2026-03-01', '2026-03-31', 'month'),
    ('A few weeks ago', 'A few weeks ago', '2026-03-02', '2026-03-16', 'approximate'),
    ('contract on 12 March', '12 March', '2026-03-12', '2026-03-12', 'day'),
    ('twice since 2014', '2014', '2014-01-01', '2014-12-31', 'year'),
    ('a fortnight ago', 'a fortnight ago', '2026-03-16', '2026-03-16', 'day'),
    ('Today they did', 'Today', '2026-03-30', '2026-03-30', 'day'),
    ('by mid-April', 'mid-April', '2026-04-11', '2026-04-20', 'approximate'),
    ('front this evening', 'this evening', '2026-03-30', '2026-03-30', 'day'),
  ]),
  ('sample', 'gazette-cafe-reprieve', [
    ('confirmed on Tuesday', 'Tuesday', '2026-03-31', '2026-03-31', 'day'),
    ('since the ’70s', '’70s', '1970-01-01', '1979-12-31', 'decade'),
    ('Mirador in 1999', '1999', '1999-01-01', '1999-12-31', 'year'),
    ('voted last month', 'last month', '2026-03-01', '2026-03-31', 'month'),
    ('by the end of May', 'the end of May', '2026-05-21', '2026-05-31', 'approximate'),
    ('three decades ago', 'three decades ago', '1996-01-01', '1996-12-31', 'approximate'),
    ('yesterday afternoon', 'yesterday afternoon', '2026-03-31', '2026-03-31', 'day'),
  ]),

  # ctvnews.ca, published 2018-01-01 (Monday)
  ('newsplease/news_cluster/047dcb1a6c7d4047eed066daf288e66f955e20920b8fc040143c9188.json', None, [
    ('on Dec. 31.', 'Dec. 31', '2017-12-31', '2017-12-31', 'day'),
    ('issued on Monday', 'Monday', '2018-01-01', '2018-01-01', 'day'),
    ('Terrigal on New Year’s Eve', 'New Year’s Eve', '2017-12-31', '2017-12-31', 'day'),
    ('January 1, 2018', 'January 1, 2018', '2018-01-01', '2018-01-01', 'day'),
    ('December 31, 2017', 'December 31, 2017', '2017-12-31', '2017-12-31', 'day'),
  ]),
  # abcnews.go.com, published 2017-12-27 (Wednesday)
  ('newsplease/news_cluster/0cd6c1c92cf1a610cf97c97ddf9bf97fd44b9c6c177dbf6014c3bca2.json', None, [
    ('said Tuesday', 'Tuesday', '2017-12-26', '2017-12-26', 'day'),
    ('South Dakota, Sunday', 'Sunday', '2017-12-24', '2017-12-24', 'day'),
    ('employees last month', 'last month', '2017-11-01', '2017-11-30', 'month'),
    ('in October warning', 'October', '2017-10-01', '2017-10-31', 'month'),
    ('Bulls in 2012', '2012', '2012-01-01', '2012-12-31', 'year'),
  ]),
  # nydailynews.com, published 2018-02-05 (Monday)
  ('newsplease/news_cluster/10dbb299bc256781afa39ba330fb6641d03915808e7a7f723eb7f237.json', None, [
    ('uncoupled over Christmas. I mean, not "over', 'Christmas', '2017-12-25', '2017-12-25', 'day'),
    ('not "over Christmas"', 'Christmas', '2017-12-25', '2017-12-25', 'day'),
    ('uncoupled over Christmas. I mean, not “over', 'Christmas', '2017-12-25', '2017-12-25', 'day'),
    ('not “over Christmas”', 'Christmas', '2017-12-25', '2017-12-25', 'day'),
    ('February 5, 2018', 'February 5, 2018', '2018-02-05', '2018-02-05', 'day'),
    ('dating in 2014', '2014', '2014-01-01', '2014-12-31', 'year'),
    ('she said in 2014', '2014', '2014-01-01', '2014-12-31', 'year'),
    # The show was in June 2017; "gushed" says it was past.
    ('show in June', 'June', '2017-06-01', '2017-06-30', 'month'),
    ('Martin in 2014', '2014', '2014-01-01', '2014-12-31', 'year'),
  ]),
  # cbsnews.com, published 2017-12-30 (Saturday)
  ('newsplease/news_cluster/181393e15a9f62f190149b03d9f3f5c094a4bb117392279921b89110.json', None, [
    ('court Saturday', 'Saturday', '2017-12-30', '2017-12-30', 'day'),
    ('protest in 2013', '2013', '2013-01-01', '2013-12-31', 'year'),
    ('the 2011 uprising', '2011', '2011-01-01', '2011-12-31', 'year'),
    ('overthrow in 2013', '2013', '2013-01-01', '2013-12-31', 'year'),
    ('December 2012', 'December 2012', '2012-12-01', '2012-12-31', 'month'),
    ('late 2013', 'late 2013', '2013-09-01', '2013-12-31', 'approximate'),
  ]),
  # rt.com, published 2018-01-14 (Sunday)
  ('newsplease/news_cluster/965d7456d9ec7568e4df877543dc6c6adbdbc50b8012f1abd15a241c.json', None, [
    ('supermoon of 2018', '2018', '2018-01-01', '2018-12-31', 'year'),
    ('December 3, 2017', 'December 3, 2017', '2017-12-03', '2017-12-03', 'day'),
    ('best this year', 'this year', '2018-01-01', '2018-12-31', 'year'),
    ('place on December 3', 'December 3', '2017-12-03', '2017-12-03', 'day'),
    ('January 31st', 'January 31st', '2018-01-31', '2018-01-31', 'day'),
  ]),
  # foxnews.com, published 2017-12-29 (Friday)
  ('newsplease/news_cluster/2ea0c85e8b8adfd02aa27a7306e4f7b9afba90f6aef8613e5b2fce59.json', None, [
    ('earlier this week', 'this week', '2017-12-25', '2017-12-31', 'week'),
    ("Tuesday's launch", 'Tuesday', '2017-12-26', '2017-12-26', 'day'),
    ('said Friday', 'Friday', '2017-12-29', '2017-12-29', 'day'),
    ('in November', 'November', '2017-11-01', '2017-11-30', 'month'),
    ('said Thursday', 'Thursday', '2017-12-28', '2017-12-28', 'day'),
  ]),
  # nytimes.com, published 2017-12-27 (Wednesday)
  ('newsplease/news_cluster/d65eae9cae0dc897f36f2e5fd18e408f678360fbbd6654a060d56228.json', None, [
    ('police said Wednesday', 'Wednesday', '2017-12-27', '2017-12-27', 'day'),
    ('Tuesday evening', 'Tuesday evening', '2017-12-26', '2017-12-26', 'day'),
    ('Dec. 22', 'Dec. 22', '2017-12-22', '2017-12-22', 'day'),
    ('Wednesday morning', 'Wednesday morning', '2017-12-27', '2017-12-27', 'day'),
    ('checks on Wednesday', 'Wednesday', '2017-12-27', '2017-12-27', 'day'),
  ]),
  # dailymail.co.uk, published 2017-03-17 (Friday)
  ('newsplease/news_cluster/8e26e074fde0ec6183b0f52410e820a7b07c51f5c75f461374fc8454.json', None, [
    ('orbit in 2003, five', '2003', '2003-01-01', '2003-12-31', 'year'),
    ('on Friday', 'Friday', '2017-03-17', '2017-03-17', 'day'),
    ('orbit in 2003 after', '2003', '2003-01-01', '2003-12-31', 'year'),
    ('in 1998', '1998', '1998-01-01', '1998-12-31', 'year'),
    ('just last week', 'last week', '2017-03-06', '2017-03-12', 'week'),
    ('launched in 2011', '2011', '2011-01-01', '2011-12-31', 'year'),
  ]),
  # popularmechanics.com, published 2017-12-31 (Sunday)
  ('newsplease/news_cluster/49971bcf2d28490853b7dc8935fb244f4482dc1f08ab4679ef5eabbe.json', None, [
    ('into 2018', '2018', '2018-01-01', '2018-12-31', 'year'),
    ('January 1st, 2018', 'January 1st, 2018', '2018-01-01', '2018-01-01', 'day'),
    ('December 31st, 2017', 'December 31st, 2017', '2017-12-31', '2017-12-31', 'day'),
    ('Zealand in 2018', '2018', '2018-01-01', '2018-12-31', 'year'),
    ('back in 2017', '2017', '2017-01-01', '2017-12-31', 'year'),
    ('December 31, 2017', 'December 31, 2017', '2017-12-31', '2017-12-31', 'day'),
    ('on Sunday', 'Sunday', '2017-12-31', '2017-12-31', 'day'),
    ("New Year's Eve", "New Year's Eve", '2017-12-31', '2017-12-31', 'day'),
  ]),
  # npr.org, published 2018-01-01 (Monday)
  ('newsplease/news_cluster/566c53aa89d9219d9bb6b418377f9284cac12016065b02629cac7cca.json', None, [
    ('left on Jan. 1, 2018 but', 'Jan. 1, 2018', '2018-01-01', '2018-01-01', 'day'),
    ('Sun. Dec. 31, 2017', 'Sun. Dec. 31, 2017', '2017-12-31', '2017-12-31', 'day'),
    ('left on Jan. 1, 2018. And', 'Jan. 1, 2018', '2018-01-01', '2018-01-01', 'day'),
    ('on Dec. 31, 2017. No', 'Dec. 31, 2017', '2017-12-31', '2017-12-31', 'day'),
  ]),
  # usatoday.com, published 2018-02-06 (Tuesday)
  ('newsplease/news_cluster/b7013f8eb8a9ad8d79a6bfa0a8c58136c38fa412d4e111d6153f230b.json', None, [
    ('(Feb. 6)', 'Feb. 6', '2018-02-06', '2018-02-06', 'day'),
    ('Silverman in 2016', '2016', '2016-01-01', '2016-12-31', 'year'),
    ('tweeted Monday', 'Monday', '2018-02-05', '2018-02-05', 'day'),
    ('February 2014', 'February 2014', '2014-02-01', '2014-02-28', 'month'),
    ('Kimmel last year', 'last year', '2017-01-01', '2017-12-31', 'year'),
    ('between 2002 and 2009', 'between 2002 and 2009', '2002-01-01', '2009-12-31', 'year'),
    ('uncoupled over Christmas', 'Christmas', '2017-12-25', '2017-12-25', 'day'),
    ('not “over Christmas”', 'Christmas', '2017-12-25', '2017-12-25', 'day'),
    ('February 5, 2018', 'February 5, 2018', '2018-02-05', '2018-02-05', 'day'),
  ]),
  # washingtonpost.com, published 2018-01-03 (Wednesday)
  ('newsplease/news_cluster/c68eacdc943322a1bb2c3d73646b705cf0e5c1fd38a4424b91c1980a.json', None, [
    ('Thursday, Dec. 28, 2017', 'Thursday, Dec. 28, 2017', '2017-12-28', '2017-12-28', 'day'),
    ('Saleh on Monday', 'Monday', '2018-01-01', '2018-01-01', 'day'),
    ('charged this week', 'this week', '2018-01-01', '2018-01-07', 'week'),
    ('filmed in December', 'December', '2017-12-01', '2017-12-31', 'month'),
    ('said Wednesday', 'Wednesday', '2018-01-03', '2018-01-03', 'day'),
    # Names a year, as tests/data/quotes/GUIDE.md counts it; added with issue #14.
    ('Copyright 2018 The Associated Press', '2018', '2018-01-01', '2018-12-31', 'year'),
  ]),
  # hawaiinewsnow.com, published 2018-01-01 (Monday)
  ('newsplease/news_cluster/c5d6989b856f6b5a07484a9662baf79d618d490ce1345bfec268b2a9.json', None, [
    ('start of 2018', '2018', '2018-01-01', '2018-12-31', 'year'),
    ("on New Year's Day", "New Year's Day", '2018-01-01', '2018-01-01', 'day'),
    ("on New Year's Eve", "New Year's Eve", '2017-12-31', '2017-12-31', 'day'),
    ('back into 2017', '2017', '2017-01-01', '2017-12-31', 'year'),
    ('p.m. Sunday', 'Sunday', '2017-12-31', '2017-12-31', 'day'),
    ('Zealand in 2018', '2018', '2018-01-01', '2018-12-31', 'year'),
    ('back in 2017', '2017', '2017-01-01', '2017-12-31', 'year'),
    ('December 31, 2017', 'December 31, 2017', '2017-12-31', '2017-12-31', 'day'),
    ('Copyright 2018 Hawaii', '2018', '2018-01-01', '2018-12-31', 'year'),
  ]),
  # africa.chinadaily.com.cn, published 2017-05-09 (Tuesday)
  ('newsplease/news_cluster/a386e5ed27e0877454b373d63dc29d8c2836321db3545f352c1f549a.json', None, [
    ('October 13, 2016', 'October 13, 2016', '2016-10-13', '2016-10-13', 'day'),
    ('Haram in 2014', '2014', '2014-01-01', '2014-12-31', 'year'),
    ('here on Monday', 'Monday', '2017-05-08', '2017-05-08', 'day'),
    ('late Saturday', 'Saturday', '2017-05-06', '2017-05-06', 'day'),
    ('April 14, 2014', 'April 14, 2014', '2014-04-14', '2014-04-14', 'day'),
    ('October 2016', 'October 2016', '2016-10-01', '2016-10-31', 'month'),
    ('insurgency in 2009', '2009', '2009-01-01', '2009-12-31', 'year'),
    ('in January', 'January', '2017-01-01', '2017-01-31', 'month'),
  ]),

  # Five more from google_news, annotated after the resolver was written but before it was
  # run on them.
  # reuters.com, published 2017-11-08 (Wednesday)
  ('newsplease/google_news/3c700ff0b1315116e827aeb3b0223f505a676c8b42e421b50a3c219b.json', None, [
    ('May 5, 2016', 'May 5, 2016', '2016-05-05', '2016-05-05', 'day'),
    ('September 2015', 'September 2015', '2015-09-01', '2015-09-30', 'month'),
    ('late on Monday', 'Monday', '2017-11-06', '2017-11-06', 'day'),
  ]),
  # reviewjournal.com, published 2017-11-14 (Tuesday); its captions repeat, and call
  # 13 November a Tuesday (it was a Monday): the written date counts.
  ('newsplease/google_news/836ccbf8cf741eca0fc8e50bf0548f2775f75d24f977253170438d76.json', None, [
    ('south valley Saturday evening', 'Saturday evening', '2017-11-11', '2017-11-11', 'day', 0),
    ('Saturday, Nov. 11, 2017', 'Saturday, Nov. 11, 2017', '2017-11-11', '2017-11-11', 'day'),
    ('Tuesday, Nov. 13, 2017', 'Tuesday, Nov. 13, 2017', '2017-11-13', '2017-11-13', 'day', 0),
    ('Tuesday, Nov. 13, 2017', 'Tuesday, Nov. 13, 2017', '2017-11-13', '2017-11-13', 'day', 1),
    ('Tuesday, Nov. 13, 2017', 'Tuesday, Nov. 13, 2017', '2017-11-13', '2017-11-13', 'day', 2),
    ('south valley Saturday evening', 'Saturday evening', '2017-11-11', '2017-11-11', 'day', 1),
    ('Saturday’s shooting', 'Saturday', '2017-11-11', '2017-11-11', 'day'),
    ('this year', 'this year', '2017-01-01', '2017-12-31', 'year'),
  ]),
  # newsweek.com, published 2017-11-14 (Tuesday)
  ('newsplease/google_news/8b1da6be5d51e37980f01834b8b80b401232e318c2327f35f6f3abd9.json', None, [
    ('insisted Tuesday', 'Tuesday', '2017-11-14', '2017-11-14', 'day'),
    ('over Japan in September', 'September', '2017-09-01', '2017-09-30', 'month'),
    ('between February and September of this year', 'between February and September of this year',
     '2017-02-01', '2017-09-30', 'month'),
    ('tested last year', 'last year', '2016-01-01', '2016-12-31', 'year'),
    ('sanctions in September', 'September', '2017-09-01', '2017-09-30', 'month'),
    ('Then in October', 'October', '2017-10-01', '2017-10-31', 'month'),
    ('this coming winter', 'this coming winter', '2017-12-01', '2018-02-28', 'approximate'),
    ('questioned Sunday', 'Sunday', '2017-11-12', '2017-11-12', 'day'),
  ]),
  # reuters.com, published 2017-11-17 (Friday)
  ('newsplease/google_news/bc2429c26eb8e0bf08771c0f27e4c0375d2f84c53ad496746830ecfd.json', None, [
    ('agreed on Friday', 'Friday', '2017-11-17', '2017-11-17', 'day'),
    ('April 25, 2017', 'April 25, 2017', '2017-04-25', '2017-04-25', 'day'),
    ('Seoul last week', 'last week', '2017-11-06', '2017-11-12', 'week'),
    ('Sept. 15', 'Sept. 15', '2017-09-15', '2017-09-15', 'day'),
    ('arrived on Friday', 'Friday', '2017-11-17', '2017-11-17', 'day'),
    ('1950-53', '1950-53', '1950-01-01', '1953-12-31', 'year'),
  ]),
  # foxnews.com, published 2017-11-16 (Thursday)
  ('newsplease/google_news/d4a5937064587acec469597042664f90f4c2bdd5b0c2b41bb3ac1b9d.json', None, [
    ('said Thursday', 'Thursday', '2017-11-16', '2017-11-16', 'day'),
    ('custody on Thursday', 'Thursday', '2017-11-16', '2017-11-16', 'day'),
    ('woman Nov. 6', 'Nov. 6', '2017-11-06', '2017-11-06', 'day'),
    ('the Nov. 6 texts', 'Nov. 6', '2017-11-06', '2017-11-06', 'day'),
    ('Nov. 10', 'Nov. 10', '2017-11-10', '2017-11-10', 'day'),
    ('him in 2014', '2014', '2014-01-01', '2014-12-31', 'year'),
    # The first appearance after an arrest that same day.
    ('appearance on Thursday', 'Thursday', '2017-11-16', '2017-11-16', 'day'),
    ('Oct. 1', 'Oct. 1', '2017-10-01', '2017-10-01', 'day'),
    ('Nov. 5', 'Nov. 5', '2017-11-05', '2017-11-05', 'day'),
  ]),
]


def load_body(file, article_id):
  if file == 'sample':
    with open(SAMPLE, encoding='utf-8') as f:
      data = json.load(f)
    articles = data['articles'] if isinstance(data, dict) else data
    article = next(a for a in articles if a['id'] == article_id)
    return article_id, article['body']
  with open(os.path.join(CORPUS, file), encoding='utf-8') as f:
    data = json.load(f)
  body = normalize_paragraphs(data['text'])
  # The loader drops a first paragraph that repeats the title.
  first, _, rest = body.partition('\n\n')
  if first == data.get('title', '').strip():
    body = rest
  return data['url'], body


# As nd_paragraphs_normalize() brings a news-please body to NewsDesk's form: every
# line a paragraph, trimmed, blanks collapsed, empty lines dropped, joined by a blank line.
def normalize_paragraphs(text):
  lines = (re.sub(r'[ \t\r\f\v]+', ' ', line).strip(' ') for line in text.split('\n'))
  return '\n\n'.join(line for line in lines if line)


def main():
  out = []
  for file, article_id, mentions in ANNOTATIONS:
    article_id, body = load_body(file, article_id)
    rows = []
    for context, text, from_, to, precision, *nth in mentions:
      starts = [i for i in range(len(body)) if body.startswith(context, i)]
      if (len(starts) != 1 and not nth) or (nth and nth[0] >= len(starts)):
        sys.exit(f'{file}: context {context!r} occurs {len(starts)} times')
      offset = starts[nth[0] if nth else 0] + context.index(text)
      rows.append({'offset': offset, 'text': text, 'from': from_, 'to': to,
                   'precision': precision})
    rows.sort(key=lambda r: r['offset'])
    out.append({'file': file, 'id': article_id, 'mentions': rows})
  with open('tests/data/dates/annotations.json', 'w', encoding='utf-8') as f:
    json.dump({'articles': out}, f, ensure_ascii=False, indent=1)
    f.write('\n')
  print(sum(len(a['mentions']) for a in out), 'mentions in', len(out), 'articles')


main()

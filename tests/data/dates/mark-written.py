#!/usr/bin/env python3
# mark-written.py: adds `written` to the articles of unseen.json whose relative dates were
# annotated against another day than the file's publication date (see GUIDE.md, "Dates
# mentioned").
#
# The annotation itself says which day that was: every mention that names a day relative to
# the writing ("today", "tonight", "this morning", "yesterday", "last night", "tomorrow", a
# weekday) was resolved against it. An article is marked when some other day explains more
# of those annotated days than the file's date does; `written` is that day (the nearest to
# the file's date when several explain them equally, so a weekday-only article gets the
# latest day its weekdays allow). One article has no such words and is marked by hand.
# Nothing here looks at what NewsDesk finds.
#
# Run from the source root: python3 tests/data/dates/mark-written.py
#
# SPDX-License-Identifier: GPL-3.0-or-later

import datetime
import json
import re

PATH = 'tests/data/dates/unseen.json'
WEEKDAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday'
DAY = datetime.timedelta(days=1)

# Looks ahead to "New Year's Eve" festivities and says "July this year" for July 2017: written
# in late 2017, though the file says 10 January 2018. Any day from August to 30 December 2017
# gives the same dates.
BY_HAND = {
    'https://www.rt.com/news/414587-berlin-women-safety-zone/': '2017-12-29',
}


def explained(mention, written):
    """Whether the annotated day of a day word agrees with writing on WRITTEN; None when
    the mention is not a day word."""
    text = mention['text'].lower()
    if mention['precision'] != 'day':
        return None
    day = datetime.date.fromisoformat(mention['from'])
    if re.match(r'(yesterday|last night)\b', text):
        return day == written - DAY
    if re.match(r'(today|tonight|this (morning|afternoon|evening))\b', text):
        return day == written
    if re.match(r'tomorrow\b', text):
        return day == written + DAY
    if re.match(r'(on )?((last|next|this) )?(' + WEEKDAYS + r')\b', text):
        return abs((day - written).days) < 7
    return None


def written_day(article):
    published = datetime.date.fromisoformat(article['published'][:10])
    words = [m for m in article['mentions'] if explained(m, published) is not None]
    candidates = {published}
    for mention in words:
        day = datetime.date.fromisoformat(mention['from'])
        candidates.update(day + k * DAY for k in range(-8, 9))
    score = {day: sum(explained(m, day) for m in words) for day in candidates}
    best = max(score.values(), default=0)
    if not words or score[published] == best:
        return None
    return min((d for d in score if score[d] == best),
               key=lambda d: (abs((d - published).days), d))


def main():
    with open(PATH, encoding='utf-8') as f:
        data = json.load(f)
    for article in data['articles']:
        article.pop('written', None)
        day = BY_HAND.get(article['id']) or written_day(article)
        if day is not None:
            # Before the mentions, so that it is seen beside `published`.
            mentions = article.pop('mentions')
            article['written'] = str(day)
            article['mentions'] = mentions
    with open(PATH, 'w', encoding='utf-8') as f:
        json.dump(data, f, indent=1)
        f.write('\n')


if __name__ == '__main__':
    main()

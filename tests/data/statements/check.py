#!/usr/bin/env python3
# check.py: checks statements.json against the quotation annotations and prints its counts.
# - every quotation reference (file, id, start, end) resolves to a quotation of
#   ../quotes/unseen-a.json, unseen-b.json or annotations.json, with the same text and speaker;
# - an event holds exactly the articles unseen-split.json (or extra-events.json, fresh-events.json) gives it (the sample story: the 11
#   sample articles), in the half it gives it, and every quotation of those articles is in
#   exactly one statement;
# - speakers (one entry per article carrying the statement) and outlets agree with the
#   quotations; a statement whose articles name two different speakers has a verdict.
# Then it compares the hand-made groups with what propose.py proposed.
#
#   check.py            (exit status 1 on the first problem)

import itertools
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import propose  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
QUOTES = os.path.join(HERE, "..", "quotes")
LETTERS = "ABCDEFGHIJKLMNOP"


def fail(message):
    sys.exit("check.py: " + message)


def main():
    with open(os.path.join(HERE, "statements.json"), encoding="utf-8") as f:
        data = json.load(f)
    split = {str(e["event"]): e for e in propose.load_split()}
    counts = {}
    proposal = {"cross": [0, 0, 0], "split": [0, 0, 0]}  # accepted, rejected, added
    for event in data["events"]:
        key = str(event["event"])
        articles = propose.load_event(key)
        if key != "sample":
            if event["half"] != split[key]["half"]:
                fail("event %s: half %s, unseen-split.json says %s" % (key, event["half"], split[key]["half"]))
            if [a["file"] for a in event["articles"]] != [a["file"] for a in split[key]["articles"]]:
                fail("event %s: articles differ from unseen-split.json" % key)
        tags = {}
        for i, a in enumerate(articles):
            for j, q in enumerate(a["quotations"]):
                tags[(a["file"], a["id"], q["start"], q["end"])] = ("%s%d" % (LETTERS[i], j), a, q)
        seen = set()
        group_of = {}
        c = counts.setdefault(event["half"] or "sample", dict.fromkeys(
            ["events", "articles", "quotations", "statements", "shared", "shared_one_outlet",
             "single", "single_pieces", "differ"], 0))
        c["events"] += 1
        c["articles"] += len(articles)
        c["quotations"] += len(tags)
        for n, st in enumerate(event["statements"]):
            per_article = {}
            for ref in st["quotations"]:
                k = (ref["file"], ref["id"], ref["start"], ref["end"])
                if k not in tags:
                    fail("event %s: %r resolves to no quotation" % (key, k))
                tag, a, q = tags[k]
                if (ref["text"], ref["speaker"]) != (q["text"], q["speaker"]):
                    fail("event %s: %s text or speaker differs from the annotation" % (key, tag))
                if tag in seen:
                    fail("event %s: %s in two statements" % (key, tag))
                seen.add(tag)
                group_of[tag] = n
                per_article.setdefault(a["id"], set()).add(q["speaker"])
            listed = {}
            for s in st["speakers"]:
                listed.setdefault(s["id"], set()).add(s["speaker"])
            if set(listed) != set(per_article):
                fail("event %s statement %d: speakers list other articles" % (key, n))
            for aid, names in per_article.items():
                named = {x for x in names if x is not None} or {None}
                if listed[aid] != named:
                    fail("event %s statement %d: speaker of %s" % (key, n, aid))
            sources = {s["source"] for s in st["speakers"]}
            if st["outlets"] != len(sources):
                fail("event %s statement %d: outlets" % (key, n))
            distinct = {s["speaker"] for s in st["speakers"] if s["speaker"] is not None}
            if len(distinct) > 1 and "speakers_verdict" not in st:
                fail("event %s statement %d: speakers %s and no verdict" % (key, n, sorted(distinct)))
            if st["speakers_differ"] and len(distinct) < 2:
                fail("event %s statement %d: speakers_differ with one speaker" % (key, n))
            c["statements"] += 1
            c["differ"] += st["speakers_differ"]
            if st["outlets"] > 1:
                c["shared"] += 1
            elif len(per_article) > 1:
                c["shared_one_outlet"] += 1
            else:
                c["single"] += 1
                c["single_pieces"] += len(st["quotations"]) > 1
        missing = sorted(set(t for t, _, _ in tags.values()) - seen)
        if missing:
            fail("event %s: quotations in no statement: %s" % (key, " ".join(missing)))

        # What the proposals got right, wrong, and missed.
        same = {frozenset(p) for p in itertools.combinations(seen, 2) if group_of[p[0]] == group_of[p[1]]}
        cross = {p for p in same if len({t[0] for t in p}) == 2}
        within = same - cross
        proposed_cross = {frozenset((a, b)) for a, b, _, _ in propose.proposals(articles)}
        proposed_split = {frozenset((a, b)) for a, b, _ in propose.propose_splits(articles)}
        for kind, proposed, decided in (("cross", proposed_cross, cross), ("split", proposed_split, within)):
            proposal[kind][0] += len(proposed & decided)
            proposal[kind][1] += len(proposed - decided)
            proposal[kind][2] += len(decided - proposed)

    total = dict.fromkeys(next(iter(counts.values())), 0)
    for half, c in counts.items():
        for k, v in c.items():
            total[k] += v
    print("%-7s %6s %8s %10s %10s %6s %9s %7s %6s %6s" % ("", "events", "articles", "quotations", "statements",
                                                          "shared", "1-outlet", "single", "split", "differ"))
    for half, c in list(counts.items()) + [("total", total)]:
        print("%-7s %6d %8d %10d %10d %6d %9d %7d %6d %6d" % (
            half, c["events"], c["articles"], c["quotations"], c["statements"], c["shared"],
            c["shared_one_outlet"], c["single"], c["single_pieces"], c["differ"]))
    print("shared: statements carried by 2+ outlets; 1-outlet: by 2+ articles of one outlet only;"
          " single: by one article (split: of those, pieces of one quotation split by its attribution)")
    print("cross-article pairs proposed by shared words: %d accepted, %d rejected; %d decided pairs not proposed"
          % tuple(proposal["cross"]))
    print("within-article pairs proposed as split quotations: %d accepted, %d rejected; %d decided pairs not proposed"
          % tuple(proposal["split"]))
    print("check.py: all references resolve; every quotation is in exactly one statement")


main()

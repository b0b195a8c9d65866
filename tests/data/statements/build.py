#!/usr/bin/env python3
# build.py: writes statements.json from groups.txt, the statement groups decided by hand.
# It decides nothing: it looks up each quotation named in groups.txt (A3: the fourth
# quotation of the event's first article) in the quotation annotations (with those of
# extra-events.json and fresh-events.json), copies its
# reference, text and speaker, and refuses to write when a quotation is named twice or not
# at all, or when a group names two different speaker strings with no verdict.
#
#   build.py            (reads groups.txt, writes statements.json, next to this script)

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
QUOTES = os.path.join(HERE, "..", "quotes")
SAMPLE = os.path.join(HERE, "..", "..", "..", "data", "sample", "sample-story.json")
LETTERS = "ABCDEFGHIJKLMNOP"

COMMENT = ("Statements across outlets, annotated by hand (tests/data/statements/GUIDE.md): for each "
           "event, every quotation of its articles is in exactly one statement, one utterance as each "
           "article reports it. A quotation is referenced by file, id, start and end exactly as in "
           "../quotes/unseen-a.json, unseen-b.json or annotations.json; text and speaker are copied from "
           "there. speakers gives, for each article carrying the statement, the speaker it names (null "
           "when it names none; two entries when it names two). speakers_differ is true when two articles name different people "
           "or bodies for it. outlets counts the distinct outlets carrying it. Written by build.py from "
           "groups.txt.")


def load_articles():
    articles = {}
    for name in ("unseen-a.json", "unseen-b.json", "annotations.json"):
        with open(os.path.join(QUOTES, name), encoding="utf-8") as f:
            for a in json.load(f)["articles"]:
                articles[(a["file"], a["id"])] = a
    for name in ("extra-events.json", "fresh-events.json"):
        with open(os.path.join(HERE, name), encoding="utf-8") as f:
            for a in json.load(f)["articles"]:
                articles[(a["file"], a["id"])] = a
    return articles


def event_articles(key, articles, split, sample_sources):
    """The articles of one event, in the order their letters are given, each with its outlet."""
    if key == "sample":
        return [dict(a, source=sample_sources[a["id"]]) for (file, _), a in articles.items() if file == "sample"]
    event = next(e for e in split if str(e["event"]) == key)
    out = []
    for listed in event["articles"]:
        a = next(a for (file, _), a in articles.items() if file == listed["file"])
        out.append(dict(a, source=listed["source"]))
    return out


def parse(path):
    """groups.txt as a list of (event key, half, [(members, verdict, why, note)])."""
    events = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("event "):
                words = line.split()
                events.append((words[1], words[2] if len(words) > 2 else None, []))
                continue
            parts = [p.strip() for p in line.split("|")]
            verdict = why = note = None
            for extra in parts[1:]:
                kind, _, text = extra.partition(":")
                if kind in ("same", "differ"):
                    verdict, why = kind, text.strip()
                elif kind == "note":
                    note = text.strip()
                else:
                    sys.exit("groups.txt:%d: unknown %r" % (number, extra))
            members = parts[0].split()
            if members[0] == "single":
                for m in members[1:]:
                    events[-1][2].append(([m], None, None, None, number))
            else:
                events[-1][2].append((members, verdict, why, note, number))
    return events


def surnames_only(names):
    """True when the names are one full name and names it ends with ("Thurman", "Uma
    Thurman"): the one person, as GUIDE.md says. Anything else needs a verdict by hand."""
    longest = max(names, key=len)
    return all(longest == n or longest.endswith(" " + n) for n in names)


def build_statement(members, verdict, why, note, number, arts):
    quotations, per_article = [], {}
    for tag in members:
        a = arts[LETTERS.index(tag[0])]
        q = a["quotations"][int(tag[1:])]
        quotations.append({"file": a["file"], "id": a["id"], "start": q["start"], "end": q["end"],
                           "speaker": q["speaker"], "text": q["text"]})
        per_article.setdefault(a["id"], (a, set()))[1].add(q["speaker"])
    # One entry per article and name it gives the statement (an article may credit a
    # statement to a person in one sentence and to their spokesperson in the next).
    speakers = []
    for a, names in per_article.values():
        for name in sorted(n for n in names if n is not None) or [None]:
            speakers.append({"file": a["file"], "id": a["id"], "source": a["source"], "speaker": name})
    distinct = {s["speaker"] for s in speakers if s["speaker"] is not None}
    if len(distinct) > 1 and verdict is None and surnames_only(distinct):
        verdict, why = "same", "%s: a surname and the full name" % " / ".join(sorted(distinct))
    if len(distinct) > 1 and verdict is None:
        sys.exit("groups.txt:%d: speakers %s need a same/differ verdict" % (number, sorted(distinct)))
    statement = {"quotations": quotations, "speakers": speakers,
                 "outlets": len({s["source"] for s in speakers}),
                 "speakers_differ": verdict == "differ"}
    if why:
        statement["speakers_verdict"] = why
    if note:
        statement["note"] = note
    return statement


def main():
    articles = load_articles()
    with open(os.path.join(QUOTES, "unseen-split.json"), encoding="utf-8") as f:
        split = json.load(f)
    for name in ("extra-events.json", "fresh-events.json"):
        with open(os.path.join(HERE, name), encoding="utf-8") as f:
            split += json.load(f)["events"]
    with open(SAMPLE, encoding="utf-8") as f:
        sample_sources = {a["id"]: a["source"] for a in json.load(f)["articles"]}
    out = {"comment": COMMENT, "events": []}
    for key, half, groups in parse(os.path.join(HERE, "groups.txt")):
        arts = event_articles(key, articles, split, sample_sources)
        if key != "sample":
            listed = next(e for e in split if str(e["event"]) == key)["half"]
            if half != listed:
                sys.exit("event %s is in half %s in unseen-split.json, not %s" % (key, listed, half))
        seen = {}
        for members, _, _, _, number in groups:
            for tag in members:
                i, j = LETTERS.index(tag[0]), int(tag[1:])
                if i >= len(arts) or j >= len(arts[i]["quotations"]):
                    sys.exit("groups.txt:%d: event %s has no quotation %s" % (number, key, tag))
                if tag in seen:
                    sys.exit("groups.txt:%d: %s already in line %d" % (number, tag, seen[tag]))
                seen[tag] = number
        missing = ["%s%d" % (LETTERS[i], j) for i, a in enumerate(arts)
                   for j in range(len(a["quotations"])) if "%s%d" % (LETTERS[i], j) not in seen]
        if missing:
            sys.exit("event %s: quotations in no group: %s" % (key, " ".join(missing)))
        event = {"event": int(key) if key != "sample" else "sample", "half": half,
                 "articles": [{"letter": LETTERS[i], "file": a["file"], "id": a["id"], "source": a["source"]}
                              for i, a in enumerate(arts)],
                 "statements": [build_statement(*g, arts) for g in groups]}
        # Shared statements first, then in the order of their first quotation: easier to read.
        event["statements"].sort(key=lambda s: -len(s["quotations"]) if s["outlets"] > 1 else 0)
        out["events"].append(event)
    text = json.dumps(out, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "statements.json"), "w", encoding="utf-8") as f:
        f.write(text + "\n")


main()

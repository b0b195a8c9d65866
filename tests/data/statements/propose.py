#!/usr/bin/env python3
# propose.py: prints the quotations of one event's articles side by side and PROPOSES
# candidate pairs (quotations of two different outlets that share words). It decides
# nothing: every group in groups.txt was decided by reading the texts. Used only to speed
# up reading.
#
#   propose.py EVENT          (an event number of unseen-split.json, or "sample")

import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
QUOTES = os.path.join(HERE, "..", "quotes")
STOP = set("""a an the and or but of to in on at for with by from as is are was were be been
being it its this that these those i we you he she they them his her our their my your me us
not no so if then than there here have has had do does did will would can could should may
might must shall just also about into over up out what which who whom whose when where why
how all any some more most very s t ll re ve d m said says""".split())


def words(text):
    text = text.lower().replace("’", "'").replace("‘", "'")
    out = []
    for w in re.findall(r"[a-z0-9']+", text):
        w = w.strip("'")
        if w.endswith("'s"):
            w = w[:-2]
        w = re.sub(r"ise$", "ize", w)
        if w and w not in STOP:
            out.append(w)
    return out


def load_extra():
    """The events annotated after the quotation split, with their own quotations: the dev
    half's extra events and the fresh held-out events, in one dict."""
    with open(os.path.join(HERE, "extra-events.json"), encoding="utf-8") as f:
        extra = json.load(f)
    with open(os.path.join(HERE, "fresh-events.json"), encoding="utf-8") as f:
        fresh = json.load(f)
    for key in ("events", "articles", "bodies"):
        extra[key] += fresh[key]
    return extra


def load_split():
    """The events of ../quotes/unseen-split.json, the extra ones and the fresh ones, in that
    order."""
    with open(os.path.join(QUOTES, "unseen-split.json"), encoding="utf-8") as f:
        return json.load(f) + load_extra()["events"]


def load_quotations():
    """Each annotated article by (file, id)."""
    quotes = {}
    for name in ("unseen-a.json", "unseen-b.json", "annotations.json"):
        with open(os.path.join(QUOTES, name), encoding="utf-8") as f:
            for a in json.load(f)["articles"]:
                quotes[(a["file"], a["id"])] = a
    for a in load_extra()["articles"]:
        quotes[(a["file"], a["id"])] = a
    return quotes


def load_event(key):
    quotes = load_quotations()
    if key == "sample":
        return [a for (file, _), a in quotes.items() if file == "sample"]
    event = next(e for e in load_split() if str(e["event"]) == key)
    files = [a["file"] for a in event["articles"]]
    return [next(a for (file, _), a in quotes.items() if file == f) for f in files]


def show_context(articles, tag):
    """Prints a quotation with the 300 characters before it and 150 after, to see who
    the article says spoke."""
    bodies = load_bodies()
    a = articles["ABCDEFGHIJKLMNOP".index(tag[0])]
    q = a["quotations"][int(tag[1:])]
    body = bodies[a["id"]]
    print("--- %s [%s]\n...%s<<%s>>%s..." % (tag, q["speaker"], body[max(0, q["start"] - 300):q["start"]],
                               body[q["start"]:q["end"]], body[q["end"]:q["end"] + 150]))


def proposals(articles):
    """Pairs of quotations of two different articles sharing words: (tag, tag, score, words)."""
    letters = "ABCDEFGHIJKLMNOP"
    items = [("%s%d" % (letters[i], j), i, q) for i, a in enumerate(articles)
             for j, q in enumerate(a["quotations"])]
    out = []
    for x in range(len(items)):
        for y in range(x + 1, len(items)):
            (ta, ia, qa), (tb, ib, qb) = items[x], items[y]
            if ia == ib:
                continue
            wa, wb = words(qa["text"]), words(qb["text"])
            if not wa or not wb:
                continue
            shared = set(wa) & set(wb)
            grams_a = {tuple(wa[k:k + 3]) for k in range(len(wa) - 2)}
            grams_b = {tuple(wb[k:k + 3]) for k in range(len(wb) - 2)}
            score = len(shared) / min(len(set(wa)), len(set(wb)))
            # Short fragments ("a number of factors") share few words: one shared word is
            # enough when it is half of the shorter quotation's words.
            if (score >= 0.5 and (len(shared) >= 2 or min(len(set(wa)), len(set(wb))) <= 2)) \
                    or (len(shared) >= 3 and score >= 0.3) or grams_a & grams_b:
                out.append((ta, tb, score, shared))
    return out


def load_bodies():
    bodies = {b["id"]: b["body"] for b in load_extra()["bodies"]}
    for name in ("bodies-unseen-a.json", "bodies-unseen-b.json"):
        with open(os.path.join(QUOTES, name), encoding="utf-8") as f:
            bodies.update({b["id"]: b["body"] for b in json.load(f)})
    with open(os.path.join(HERE, "..", "..", "..", "data", "sample", "sample-story.json"), encoding="utf-8") as f:
        bodies.update({a["id"]: a["body"] for a in json.load(f)["articles"]})
    return bodies


def propose_splits(articles):
    """Consecutive quotations of one article with only a short stretch of one paragraph
    between them ("...," he said. "...") may be one quotation split by its attribution:
    (tag, tag, the text between them)."""
    bodies = load_bodies()
    letters = "ABCDEFGHIJKLMNOP"
    out = []
    for i, a in enumerate(articles):
        body = bodies[a["id"]]
        qs = a["quotations"]
        for j in range(len(qs) - 1):
            gap = body[qs[j]["end"]:qs[j + 1]["start"]]
            if "\n" not in gap and len(gap) <= 200:
                out.append(("%s%d" % (letters[i], j), "%s%d" % (letters[i], j + 1), gap))
    return out


def main():
    articles = load_event(sys.argv[1])
    if len(sys.argv) > 2:
        for tag in sys.argv[2:]:
            show_context(articles, tag)
        return
    letters = "ABCDEFGHIJKLMNOP"
    items = []
    for i, a in enumerate(articles):
        print("== %s %s %s" % (letters[i], a["id"], a["file"]))
        for j, q in enumerate(a["quotations"]):
            tag = "%s%d" % (letters[i], j)
            items.append((tag, i, q))
            print("%-4s [%s] %s" % (tag, q["speaker"], q["text"]))
    print("== proposals (shared content words, different articles)")
    for ta, tb, score, shared in proposals(articles):
        print("%s ~ %s  %.2f %s" % (ta, tb, score, " ".join(sorted(shared))))
    print("== possible quotations split by their attribution (same paragraph, short gap)")
    for ta, tb, gap in propose_splits(articles):
        print("split? %s+%s  gap: %s" % (ta, tb, gap))


if __name__ == "__main__":
    main()

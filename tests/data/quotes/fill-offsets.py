#!/usr/bin/env python3
# fill-offsets.py: computes "start" and "end" of the hand-written quotations in
# annotations.json. It never decides what is a quotation or who said it: it only looks up
# the text chosen by hand in the body, in body order, and checks that a quotation mark
# stands on each side. BODIES is a JSON array of {"id", "body"} holding each body as
# NewsDesk loads it (news-please text gets blank lines between its paragraphs).
#
#   fill-offsets.py annotations.json BODIES

import json
import re
import sys

OPENING = "“\"‘'«„‚"
CLOSING = "”\"’'»“‘"


def locate(body, text, pos):
    pieces = text.split("\n")
    pattern = re.escape(pieces[0]) + "".join(
        r"\s*\n\s*[" + re.escape(OPENING) + "]" + re.escape(p) for p in pieces[1:])
    for match in re.finditer(pattern, body[pos:]):
        start, end = pos + match.start(), pos + match.end()
        # A mark that reopens in the middle of a paragraph (the paragraph break was lost)
        # ends the quotation before the space in front of it.
        after = body[end:].lstrip(" ")
        if start > 0 and body[start - 1] in OPENING and after != "" and after[0] in CLOSING + OPENING:
            return start, end
    raise SystemExit("not found after %d: %r" % (pos, text))


def main():
    annotations_path, bodies_path = sys.argv[1], sys.argv[2]
    with open(annotations_path, encoding="utf-8") as f:
        annotations = json.load(f)
    with open(bodies_path, encoding="utf-8") as f:
        bodies = {a["id"]: a["body"] for a in json.load(f)}

    for article in annotations["articles"]:
        body = bodies[article["id"]]
        pos = 0
        for quotation in article["quotations"]:
            start, end = locate(body, quotation["text"], pos)
            quotation["start"], quotation["end"] = start, end
            pos = end

    text = json.dumps(annotations, ensure_ascii=False, indent=2)
    # One quotation a line keeps the file readable and its diffs small.
    text = re.sub(r'\{\n\s+"text": (.*),\n\s+"speaker": (.*),\n\s+"start": (\d+),\n\s+"end": (\d+)\n\s+\}',
                  r'{"start": \3, "end": \4, "speaker": \2, "text": \1}', text)
    with open(annotations_path, "w", encoding="utf-8") as f:
        f.write(text + "\n")


main()

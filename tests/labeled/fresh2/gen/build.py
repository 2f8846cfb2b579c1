#!/usr/bin/env python3
"""Build batch `d` of the hand-labeled set: cases/dNNN-*.{txt,md,eml} and labels/d.tsv.

Each batch file (d1.py, d2.py, ...) defines CASES, a list of
C(slug, ext, text, labels, crlf=False, final_newline=True). Each label is
L(rule, text, anchor=None): the line is the one line of the draft holding
`anchor` (default: `text`), which must occur on exactly one line, and `text`
must occur on that line. Case numbers are assigned in order across batches.
"""
import importlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))  # tests/labeled
RULES = ["but-bridge", "scripted-empathy", "conceded-fact",
         "solution-before-acknowledgment", "empathy-without-direction",
         "minimizing-language", "generic-reflection", "pressure-after-empathy",
         "follow-up-cliche"]


class L:
    def __init__(self, rule, text, anchor=None):
        assert rule in RULES, rule
        self.rule, self.text, self.anchor = rule, text, anchor or text


class C:
    def __init__(self, slug, ext, text, labels=(), crlf=False, final_newline=True):
        self.slug, self.ext, self.text, self.labels = slug, ext, text, list(labels)
        self.crlf, self.final_newline = crlf, final_newline


def main():  # noqa: C901 (complexity 13: known debt, issue 14)
    sys.path.insert(0, HERE)
    cases = []
    for b in ["d1", "d2", "d3", "d4", "d5", "d6", "d7", "d8"]:
        if os.path.exists(os.path.join(HERE, b + ".py")):
            cases += importlib.import_module(b).CASES
    os.makedirs(os.path.join(ROOT, "cases"), exist_ok=True)
    for old in os.listdir(os.path.join(ROOT, "cases")):
        if old.startswith("d") and old[1:4].isdigit():
            os.remove(os.path.join(ROOT, "cases", old))
    rows = []
    for n, c in enumerate(cases, 1):
        name = f"d{n:03d}-{c.slug}.{c.ext}"
        body = c.text.lstrip("\n")
        if not c.final_newline:
            body = body.rstrip("\n")
        lines = body.split("\n")
        for lab in c.labels:
            hits = [i for i, line in enumerate(lines) if lab.anchor in line]
            if len(hits) != 1:
                sys.exit(f"{name}: anchor {lab.anchor!r} on {len(hits)} lines")
            if lab.text not in lines[hits[0]]:
                sys.exit(f"{name}: text {lab.text!r} not on anchor line")
            rows.append((name, lab.rule, hits[0] + 1, lab.text))
        data = body.replace("\n", "\r\n") if c.crlf else body
        with open(os.path.join(ROOT, "cases", name), "w", encoding="utf-8", newline="") as f:
            f.write(data)
    rows.sort(key=lambda r: (r[0], r[2], r[1]))
    with open(os.path.join(ROOT, "labels", "d.tsv"), "w", encoding="utf-8", newline="") as f:
        f.write("file\trule\tline\ttext\n")
        for r in rows:
            f.write(f"{r[0]}\t{r[1]}\t{r[2]}\t{r[3]}\n")
    # summary
    from collections import Counter
    cnt = Counter(r[1] for r in rows)
    files = {}
    for r in rows:
        files.setdefault(r[1], set()).add(r[0])
    print(f"{len(cases)} drafts, {len(rows)} rows")
    for rule in RULES:
        print(f"  {rule}: {cnt[rule]} findings in {len(files.get(rule, ()))} drafts")
    labeled = {r[0] for r in rows}
    print(f"  clean drafts: {len(cases) - len(labeled)}")
    multi = sum(1 for f in labeled if len({r[1] for r in rows if r[0] == f}) > 1)
    print(f"  drafts with 2+ rules: {multi}")
    exts = Counter(c.ext for c in cases)
    print("  ", dict(exts))


if __name__ == "__main__":
    main()

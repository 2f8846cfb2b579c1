#!/usr/bin/env python3
"""Build /work/fresh/cases and /work/fresh/labels/c.tsv from the batch files.

Each case: C(slug, ext, text, labels, crlf=False, final_newline=True).
A label is (rule, text) or (rule, text, anchor): the line is the unique line
containing `anchor` (or `text` when no anchor is given); `text` must occur on it.
"""
import glob
import importlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
RULES = {
    "BB": "but-bridge", "SE": "scripted-empathy", "CF": "conceded-fact",
    "SBA": "solution-before-acknowledgment", "EWD": "empathy-without-direction",
    "ML": "minimizing-language", "GR": "generic-reflection",
    "PAE": "pressure-after-empathy", "FUC": "follow-up-cliche",
}


def main():  # noqa: C901 (complexity 12: known debt, issue 14)
    sys.path.insert(0, HERE)
    cases = []
    for mod in ("b1", "b2", "b3", "b4", "b5"):
        if os.path.exists(os.path.join(HERE, mod + ".py")):
            cases += importlib.import_module(mod).CASES
    for old in glob.glob(os.path.join(ROOT, "cases", "*")):
        os.remove(old)
    rows, errors, meta = [], [], []
    for n, case in enumerate(cases, 1):
        slug, ext, text, labels, opts = case
        fname = f"c{n:03d}-{slug}.{ext}"
        body = text.strip("\n") if not text.startswith("\n\n") else text
        body = text.strip("\n")
        lines = body.split("\n")
        nl = "\r\n" if opts.get("crlf") else "\n"
        data = nl.join(lines) + (nl if opts.get("final_newline", True) else "")
        with open(os.path.join(ROOT, "cases", fname), "w", encoding="utf-8", newline="") as f:
            f.write(data)
        for lab in labels:
            rule, ltext = lab[0], lab[1]
            anchor = lab[2] if len(lab) > 2 else ltext
            hits = [i for i, line in enumerate(lines, 1) if anchor in line]
            if len(hits) != 1:
                errors.append(f"{fname}: anchor {anchor!r} on lines {hits}")
                continue
            ln = hits[0]
            if ltext not in lines[ln - 1]:
                errors.append(f"{fname}: text {ltext!r} not on line {ln}")
                continue
            rows.append((fname, RULES[rule], ln, ltext))
        meta.append((fname, [RULES[label[0]] for label in labels], opts))
    rows.sort(key=lambda r: (r[0], r[2], r[1]))
    with open(os.path.join(ROOT, "labels", "c.tsv"), "w", encoding="utf-8", newline="") as f:
        f.write("file\trule\tline\ttext\n")
        for r in rows:
            assert "\t" not in r[3] and "\n" not in r[3]
            f.write(f"{r[0]}\t{r[1]}\t{r[2]}\t{r[3]}\n")
    for e in errors:
        print("ERROR", e)
    counts = {}
    for r in rows:
        counts[r[1]] = counts.get(r[1], 0) + 1
    print(len(cases), "cases;", len(rows), "rows;", sum(1 for m in meta if not m[1]), "clean")
    for k in RULES.values():
        drafts = sum(1 for m in meta if k in m[1])
        print(f"  {k}: {counts.get(k, 0)} findings in {drafts} drafts")
    return 1 if errors else 0


def C(slug, ext, text, labels=(), **opts):
    return (slug, ext, text, list(labels), opts)


if __name__ == "__main__":
    sys.exit(main())

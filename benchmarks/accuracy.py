#!/usr/bin/env python3
"""Per-rule precision and recall of empathy-lint on the hand-labeled drafts, per set.

    python benchmarks/accuracy.py [--set dev|test|fresh|fresh2|all] [--details] [--rule RULE]

The drafts are in tests/labeled/cases/ and the expected findings in
tests/labeled/labels/*.tsv (file, rule, line, text). A finding counts as a
true positive when a label has the same file, rule and line. Four sets,
told apart by the first letter of a case's name:

- dev   (``a*``): the development set; rules may be tuned on it.
- test  (``b*``): frozen; never tuned on (``--details`` refuses it).
- fresh (``c*``): written from the spec alone by someone who never read
  the rules' code, labels frozen before the linter ever ran on it; its
  figures were reported once, untuned (benchmarks/out/accuracy-b2ce3ed.txt,
  commit b2ce3ed). Spent as a held-out set since then: rules may be tuned on it,
  and ``--details`` lists its cases.
- fresh2 (``d*``): a second set written the same way after ``fresh`` was
  spent; reported once, untuned (benchmarks/out/accuracy.txt, commit
  b128ef4). Spent since then too: ``--details`` lists its cases.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import linter  # noqa: E402
from linter.files import read_text  # noqa: E402
from linter.rules import DOCUMENT, REGISTRY, scope  # noqa: E402

LABELED = ROOT / "tests" / "labeled"
SETS = {"dev": "a", "test": "b", "fresh": "c", "fresh2": "d"}
#: Sets whose cases may be listed and tuned on.
TUNABLE = ("dev", "fresh", "fresh2")
#: The rules the labels cover (never ``grammar``, nor a rule that looks across many files).
LABELED_RULES = [r for r, m in REGISTRY.items() if r != "grammar" and scope(m) == DOCUMENT]


def load_labels(prefix: str = "") -> set[tuple[str, str, int]]:
    labels = set()
    for tsv in sorted((LABELED / "labels").glob("*.tsv")):
        with tsv.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                if row["file"].startswith(prefix):
                    labels.add((row["file"], row["rule"], int(row["line"])))
    return labels


def run(prefix: str = "") -> tuple[set, set, list[str]]:
    cases = sorted(p for p in (LABELED / "cases").iterdir() if p.is_file() and p.name.startswith(prefix))
    got = set()
    for path in cases:
        for f in linter.lint_text(read_text(str(path), 10**8), path.name):
            got.add((path.name, f.rule, f.line))
    return got, load_labels(prefix), [p.name for p in cases]


def scores(got, expected, rule):
    g = {x for x in got if x[1] == rule}
    e = {x for x in expected if x[1] == rule}
    tp = len(g & e)
    precision = tp / len(g) if g else 1.0
    recall = tp / len(e) if e else 1.0
    return tp, len(g - e), len(e - g), precision, recall


def table(name: str, prefix: str, rules: list[str], details: bool) -> None:
    got, expected, cases = run(prefix)
    if not cases:
        print(f"## {name}: no drafts ({prefix}*)\n")
        return
    counts = Counter(rule for _, rule, _ in expected)
    print(f"## {name} ({prefix}*): {len(cases)} drafts, {len(expected)} labeled findings\n")
    print(f"{'rule':<32} {'labels':>6} {'TP':>4} {'FP':>4} {'FN':>4} {'precision':>9} {'recall':>7}")
    for rule in rules:
        tp, fp, fn, p, r = scores(got, expected, rule)
        print(f"{rule:<32} {counts[rule]:>6} {tp:>4} {fp:>4} {fn:>4} {p:>9.3f} {r:>7.3f}")
    if details:
        for rule in rules:
            for x in sorted({x for x in got if x[1] == rule} - expected):
                print(f"FP {x[1]} {x[0]}:{x[2]}")
            for x in sorted({x for x in expected if x[1] == rule} - got):
                print(f"FN {x[1]} {x[0]}:{x[2]}")
    print()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", choices=[*SETS, "all"], default="all", help="which labeled set (default: each in turn)")
    ap.add_argument("--details", action="store_true", help="list false positives and misses (not on the frozen test set)")
    ap.add_argument("--rule", help="only this rule")
    args = ap.parse_args(argv)
    names = list(SETS) if args.set == "all" else [args.set]
    if args.details and not set(names) <= set(TUNABLE):
        ap.error("--details lists cases to tune on: only with --set dev or --set fresh (the test set stays unseen)")
    rules = [args.rule] if args.rule else LABELED_RULES
    for name in names:
        table(name, SETS[name], rules, args.details)
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Per-rule precision and recall of empathy-lint on the hand-labeled drafts.

    python benchmarks/accuracy.py [--details] [--rule RULE]

The drafts are in tests/labeled/cases/ and the expected findings in
tests/labeled/labels/*.tsv (file, rule, line, text). A finding counts as a
true positive when a label has the same file, rule and line.
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
from linter.rules import REGISTRY  # noqa: E402

LABELED = ROOT / "tests" / "labeled"


def load_labels() -> set[tuple[str, str, int]]:
    labels = set()
    for tsv in sorted((LABELED / "labels").glob("*.tsv")):
        with tsv.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                labels.add((row["file"], row["rule"], int(row["line"])))
    return labels


def run() -> tuple[set, set, list[str]]:
    cases = sorted(p for p in (LABELED / "cases").iterdir() if p.is_file())
    got = set()
    for path in cases:
        for f in linter.lint_text(read_text(str(path), 10**8), path.name):
            got.add((path.name, f.rule, f.line))
    return got, load_labels(), [p.name for p in cases]


def scores(got, expected, rule):
    g = {x for x in got if x[1] == rule}
    e = {x for x in expected if x[1] == rule}
    tp = len(g & e)
    precision = tp / len(g) if g else 1.0
    recall = tp / len(e) if e else 1.0
    return tp, len(g - e), len(e - g), precision, recall


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--details", action="store_true", help="list false positives and misses")
    ap.add_argument("--rule", help="only this rule")
    args = ap.parse_args(argv)
    got, expected, cases = run()
    counts = Counter(rule for _, rule, _ in expected)
    print(f"{len(cases)} drafts, {len(expected)} labeled findings\n")
    print(f"{'rule':<32} {'labels':>6} {'TP':>4} {'FP':>4} {'FN':>4} {'precision':>9} {'recall':>7}")
    rules = [args.rule] if args.rule else list(REGISTRY)
    for rule in rules:
        tp, fp, fn, p, r = scores(got, expected, rule)
        print(f"{rule:<32} {counts[rule]:>6} {tp:>4} {fp:>4} {fn:>4} {p:>9.3f} {r:>7.3f}")
    missing = sorted(set(counts) - set(REGISTRY))
    if missing and not args.rule:
        print("\nlabeled but not implemented: " + ", ".join(f"{m} ({counts[m]})" for m in missing))
    if args.details:
        for rule in rules:
            for x in sorted({x for x in got if x[1] == rule} - expected):
                print(f"FP {x[1]} {x[0]}:{x[2]}")
            for x in sorted({x for x in expected if x[1] == rule} - got):
                print(f"FN {x[1]} {x[0]}:{x[2]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

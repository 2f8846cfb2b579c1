#!/usr/bin/env python3
"""How often suggestions reuse the buyer's words where those are known, per labeled set.

    python benchmarks/suggestions.py [--set dev|test|fresh|all]

For every finding on a draft whose buyer words are known (a quoted reply, a
script's buyer turns), a suggestion "reuses" them when it shares at least
one content word with them (crude stems, function words aside). Reported:
findings with buyer words, how many have a suggestion, and the share of
those suggestions that reuse the buyer's words; but-bridge (whose
suggestion is the rep's own sentence, swapped) and grammar are left out.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from accuracy import SETS  # noqa: E402  (one list of labeled sets)

from linter import language  # noqa: E402
from linter.config import Config  # noqa: E402
from linter.engine import lint  # noqa: E402
from linter.files import read_text  # noqa: E402
from linter.readers import read  # noqa: E402

SKIP = {"but-bridge", "grammar"}


def measure(prefix: str) -> tuple[int, int, int, int]:
    cases = sorted(p for p in (ROOT / "tests" / "labeled" / "cases").iterdir() if p.is_file() and p.name.startswith(prefix))
    with_buyer = suggested = reused = 0
    for path in cases:
        doc = read(read_text(str(path), 10**8), path.name)
        buyer = "\n".join(s.text for t in doc.turns if t.buyer for s in t.sentences)
        theirs = language.content_words(buyer) if buyer.strip() else frozenset()
        for f in lint(doc, Config(), path.name):
            if f.rule in SKIP or not theirs:
                continue
            with_buyer += 1
            if f.suggestion:
                suggested += 1
                if language.content_words(f.suggestion) & theirs:
                    reused += 1
    return len(cases), with_buyer, suggested, reused


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", choices=[*SETS, "all"], default="all")
    args = ap.parse_args(argv)
    names = list(SETS) if args.set == "all" else [args.set]
    print(f"{'set':<6} {'drafts':>6} {'findings w/ buyer words':>24} {'with suggestion':>16} {'reuse buyer words':>18}")
    for name in names:
        n, with_buyer, suggested, reused = measure(SETS[name])
        share = reused / suggested if suggested else 0.0
        print(f"{name:<6} {n:>6} {with_buyer:>24} {suggested:>16} {reused:>10} ({share:.0%})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

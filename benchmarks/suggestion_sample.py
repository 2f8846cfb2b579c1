#!/usr/bin/env python3
"""Random findings with their suggestions, as a rep would read them, for judging by eye.

    python benchmarks/suggestion_sample.py [--n 20] [--seed 20261206]

Lints every labeled draft in tests/labeled/cases, keeps the findings that
carry a suggestion, and prints a seeded random sample: where, rule, message,
the flagged line of the draft and the suggested line.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "tests" / "labeled" / "cases"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=20, help="how many findings [20]")
    ap.add_argument("--seed", type=int, default=20261206, help="seed of the sample")
    args = ap.parse_args(argv)
    files = sorted(str(p) for p in CASES.iterdir() if p.is_file())
    run = subprocess.run(
        [sys.executable, "-c", "from linter.cli import main; main()", "--format", "json", *files],
        capture_output=True, text=True, cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)), check=False,
    )
    findings = [f for f in json.loads(run.stdout) if f.get("suggestion")]
    random.seed(args.seed)
    for f in random.sample(findings, min(args.n, len(findings))):
        lines = Path(f["path"]).read_text(encoding="utf-8", errors="replace").split("\n")
        print(f"{Path(f['path']).name}:{f['line']}:{f['column']}: {f['rule']} [{f['severity']}] {f['message']}")
        print(f"    line: {lines[f['line'] - 1].strip()[:160]}")
        print(f"    try:  {f['suggestion']}")
        print()
    print(len(findings), "findings with a suggestion in", len(files), "drafts")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Start-up and corpus CPU time of this tree against an earlier commit, side by side.

    python benchmarks/compare.py REV [--runs 15] [--corpus ../shared/corpus/bulk]

Checks REV out into a temporary git worktree and runs both trees' CLI with
the same Python, alternating, so load on a shared machine falls on both:

- start-up: the median wall-clock time of linting one small example;
- corpus: the CPU time (user + system) of ``--jobs 1 --format json`` over
  the corpus, best of two runs each (CPU time, not a deadline: it measures
  the work, not the machine).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUN = "import sys; from linter.cli import main; sys.argv = ['empathy-lint', *sys.argv[1:]]; main()"


def _run(root: Path, args: list[str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one CLI run from ``root``."""
    env = dict(os.environ, PYTHONPATH=str(root))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", RUN, *args], env=env, capture_output=True, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("rev", help="the earlier commit to compare with")
    ap.add_argument("--runs", type=int, default=15, help="start-up runs of each tree [15]")
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus" / "bulk"), help="folder linted for the CPU time")
    args = ap.parse_args(argv)
    small = str(ROOT / "examples" / "cold-email.md")
    with tempfile.TemporaryDirectory() as tmp:
        old = Path(tmp) / "old"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "-q", "--detach", str(old), args.rev], check=True)
        try:
            trees = {"this tree": ROOT, args.rev: old}
            startup = {name: [] for name in trees}
            for _ in range(args.runs):
                for name, root in trees.items():
                    startup[name].append(_run(root, [small])[0])
            corpus = {name: [] for name in trees}
            if Path(args.corpus).is_dir():
                for _ in range(2):
                    for name, root in trees.items():
                        corpus[name].append(_run(root, ["--jobs", "1", "--format", "json", args.corpus])[1])
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(old)], check=False)
    print(f"{'tree':<24} {'start-up (median)':>18} {'corpus CPU (best)':>18}")
    for name in trees:
        cpu = f"{min(corpus[name]):.2f} s" if corpus[name] else "n/a"
        print(f"{name:<24} {statistics.median(startup[name]) * 1000:>15.0f} ms {cpu:>18}")
    if not corpus["this tree"]:
        print(f"(no corpus at {args.corpus}: CPU time left out)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

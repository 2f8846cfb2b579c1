"""The README's sample output is the linter's real output: it cannot go stale."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_readme_sample_output_is_the_real_output():
    readme = (ROOT / "README.md").read_text("utf-8")
    m = re.search(r"\$ empathy-lint (examples/\S+)\n(.*?)\n```", readme, re.S)
    assert m, "README has no sample output block"
    proc = subprocess.run(
        [sys.executable, "-m", "linter.cli", m.group(1)], cwd=ROOT, capture_output=True, text=True,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )
    assert proc.stdout.rstrip("\n") == m.group(2), "README is stale: paste the output of `empathy-lint " + m.group(1) + "`"

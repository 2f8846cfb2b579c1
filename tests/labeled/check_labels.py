#!/usr/bin/env python3
"""Check the hand-labeled evaluation set in tests/labeled/.

For every row of every labels/*.tsv file (or only the files given on the
command line) this verifies that:

* the header is exactly ``file<TAB>rule<TAB>line<TAB>text``;
* the row has four fields, a known rule id and a positive integer line;
* the case file exists in cases/;
* ``text`` occurs on line ``line`` of that file (lines are counted in the
  raw file, headers included, CRLF or LF).  For an .eml file whose body is
  quoted-printable, a row whose text is not found raw is skipped (the text
  is the decoded wording, which may be encoded on disk).

Rows out of order (by file, then line) are reported as warnings.
Use ``--prefix a`` to check only case files whose names start with "a".
Exit status: 0 when no error was found, 1 otherwise.
"""
import argparse
import csv
import glob
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
RULES = {
    "but-bridge", "scripted-empathy", "conceded-fact",
    "solution-before-acknowledgment", "empathy-without-direction",
    "minimizing-language", "generic-reflection", "pressure-after-empathy",
    "follow-up-cliche", "grammar",
}
HEADER = ["file", "rule", "line", "text"]
QP = re.compile(r"^content-transfer-encoding:\s*quoted-printable\s*$", re.I | re.M)


def read_lines(path):
    with open(path, "rb") as f:
        data = f.read().decode("utf-8")
    return data, [ln[:-1] if ln.endswith("\r") else ln for ln in data.split("\n")]


def check_file(tsv, prefix, cache):  # noqa: C901 (complexity 17: known debt, issue 14)
    errors, warnings, checked, skipped = [], [], 0, 0
    with open(tsv, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    name = os.path.basename(tsv)
    if not rows or rows[0] != HEADER:
        errors.append(f"{name}:1: header must be {'<TAB>'.join(HEADER)}")
        return errors, warnings, checked, skipped
    prev = None
    for n, row in enumerate(rows[1:], 2):
        where = f"{name}:{n}"
        if row == [] or row == [""]:
            errors.append(f"{where}: empty row")
            continue
        if len(row) != 4:
            errors.append(f"{where}: expected 4 tab-separated fields, got {len(row)}")
            continue
        fname, rule, line, text = row
        if prefix and not fname.startswith(prefix):
            continue
        if rule not in RULES:
            errors.append(f"{where}: unknown rule {rule!r}")
        if not line.isdigit() or int(line) < 1:
            errors.append(f"{where}: line must be a positive integer, got {line!r}")
            continue
        line = int(line)
        if not text:
            errors.append(f"{where}: empty text")
            continue
        key = (fname, line)
        if prev is not None and key < prev:
            warnings.append(f"{where}: rows not sorted by file then line")
        prev = key
        path = os.path.join(HERE, "cases", fname)
        if fname not in cache:
            if not os.path.isfile(path):
                cache[fname] = None
            else:
                try:
                    cache[fname] = read_lines(path)
                except UnicodeDecodeError as e:
                    cache[fname] = None
                    errors.append(f"{where}: {fname} is not valid UTF-8 ({e})")
                    continue
        if cache[fname] is None:
            errors.append(f"{where}: no such case file cases/{fname}")
            continue
        data, lines = cache[fname]
        if line > len(lines):
            errors.append(f"{where}: {fname} has only {len(lines)} lines, row says {line}")
            continue
        if text in lines[line - 1]:
            checked += 1
        elif fname.endswith(".eml") and QP.search(data) and text not in data:
            skipped += 1
        else:
            errors.append(f"{where}: {text!r} not found on {fname}:{line}: {lines[line - 1]!r}")
    return errors, warnings, checked, skipped


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("tsv", nargs="*", help="label files (default: labels/*.tsv)")
    ap.add_argument("--prefix", default="", help="only check rows whose file starts with this")
    args = ap.parse_args(argv)
    files = args.tsv or sorted(glob.glob(os.path.join(HERE, "labels", "*.tsv")))
    if not files:
        print("no label files found", file=sys.stderr)
        return 1
    cache, all_errors = {}, []
    for tsv in files:
        errors, warnings, checked, skipped = check_file(tsv, args.prefix, cache)
        for w in warnings:
            print(f"warning: {w}", file=sys.stderr)
        for e in errors:
            print(f"error: {e}", file=sys.stderr)
        print(f"{os.path.basename(tsv)}: {checked} rows ok, {skipped} skipped "
              f"(quoted-printable), {len(errors)} errors")
        all_errors += errors
    return 1 if all_errors else 0


if __name__ == "__main__":
    sys.exit(main())

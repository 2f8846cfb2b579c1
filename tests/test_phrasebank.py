"""The phrasebank is data: test it like code (after codespell's test_dictionary).

Lists (``phrasebank/lists/*.txt``): sorted, no duplicates, no stray white
space, lower case, straight apostrophes, well-formed notation, and declared by
a rule (its ``PHRASE_LISTS``; every declared list exists). Playbook tables
(``phrasebank/playbook/*.toml``): load, have their fields, and match the
playbook text word for word.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import phrasebank
from conftest import REPO
from linter.rules import REGISTRY

LISTS = REPO / "phrasebank" / "lists"
LIST_FILES = sorted(LISTS.glob("*.txt"))
LIST_NAMES = [p.stem for p in LIST_FILES]
SEED = REPO.parent / "shared" / "seed" / "active-empathy.txt"

#: The rule ids of the spec (shared/spec/rules.md): a public interface.
SPEC_RULES = {
    "but-bridge", "scripted-empathy", "conceded-fact", "solution-before-acknowledgment", "empathy-without-direction",
    "minimizing-language", "generic-reflection", "pressure-after-empathy", "follow-up-cliche", "grammar",
}


def entries(path: Path) -> list[tuple[int, str]]:
    """(line number, raw line) of every entry: comments and blank lines left out."""
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        out.append((n, line))
    return out


def sort_key(entry: str) -> str:
    """An entry as it reads: without the ``^``/``$`` anchors and the ``{ }`` of alternatives."""
    entry = entry.split("#", 1)[0].strip()
    entry = entry[1:] if entry.startswith("^") else entry
    entry = entry[:-1] if entry.endswith("$") else entry
    return entry.replace("{", "").replace("}", "")


def test_there_are_lists():
    assert len(LIST_FILES) >= 8
    assert sorted(phrasebank.list_names()) == sorted(LIST_NAMES)


@pytest.mark.parametrize("path", LIST_FILES, ids=LIST_NAMES)
def test_list_is_sorted(path):
    keys = [sort_key(e) for _, e in entries(path)]
    out_of_order = [f"{a!r} before {b!r}" for a, b in zip(keys, keys[1:]) if a > b]
    assert not out_of_order, f"{path.name} is not sorted: " + "; ".join(out_of_order[:5])


@pytest.mark.parametrize("path", LIST_FILES, ids=LIST_NAMES)
def test_list_has_no_duplicate_entries(path):
    seen: dict[str, int] = {}
    dups = []
    for n, e in entries(path):
        key = " ".join(e.split()).lower()
        if key in seen:
            dups.append(f"line {n} repeats line {seen[key]}: {e!r}")
        seen.setdefault(key, n)
    assert not dups, dups


@pytest.mark.parametrize("path", LIST_FILES, ids=LIST_NAMES)
def test_list_entries_do_not_expand_to_the_same_phrase_twice(path):
    """Two entries (or one entry's alternatives) that give the same phrase: one of them is dead weight."""
    seen: dict[str, str] = {}
    dups = set()
    for _, e in entries(path):
        for phrase in {p.text for p in phrasebank.expand(e)}:
            if phrase in seen:
                dups.add(phrase)
            seen.setdefault(phrase, e)
    assert not dups, f"{len(dups)} phrases come out twice, e.g. {sorted(dups)[:8]}"


@pytest.mark.parametrize("path", LIST_FILES, ids=LIST_NAMES)
def test_list_has_no_stray_whitespace(path):
    text = path.read_text(encoding="utf-8")
    assert text.endswith("\n") and not text.endswith("\n\n"), "one final newline"
    assert "\r" not in text and "\t" not in text
    bad = []
    for n, line in enumerate(text.split("\n"), 1):
        if line != line.strip() or "  " in line:
            bad.append((n, line))
        if re.search(r"\{ | \}|\| | \|", line.split("#", 1)[0]):
            bad.append((n, line))
    assert not bad, bad


@pytest.mark.parametrize("path", LIST_FILES, ids=LIST_NAMES)
def test_expanded_phrases_have_no_stray_whitespace(path):
    """``{is|'s}`` after a word gives "that 's", which never matches "that's"."""
    bad = set()
    for _, e in entries(path):
        for p in phrasebank.expand(e):
            if re.search(r"\s['’,.;:!?)]|\(\s", p.text) or p.text != p.text.strip():
                bad.add(p.text)
    assert not bad, sorted(bad)[:8]


@pytest.mark.parametrize("path", LIST_FILES, ids=LIST_NAMES)
def test_list_is_lower_case_with_straight_quotes(path):
    bad = [(n, e) for n, e in entries(path) if e != e.lower() or re.search("[\u2018\u2019\u201c\u201d\u00a0]", e)]
    assert not bad, bad


@pytest.mark.parametrize("path", LIST_FILES, ids=LIST_NAMES)
def test_list_notation_is_well_formed(path):
    for n, e in entries(path):
        body = e.split("#", 1)[0].strip()
        assert "^" not in body[1:], (n, e)
        assert "$" not in body[:-1], (n, e)
        depth = 0
        for ch in body:
            depth += {"{": 1, "}": -1}.get(ch, 0)
            assert depth in (0, 1), f"line {n}: nested or unbalanced braces: {e!r}"
        assert depth == 0, f"line {n}: unbalanced braces: {e!r}"
        assert "|" not in re.sub(r"\{[^{}]*\}", "", body), f"line {n}: '|' outside braces: {e!r}"
        assert phrasebank.expand(e), (n, e)


@pytest.mark.parametrize("name", LIST_NAMES)
def test_list_is_used_by_the_linter(name):
    """Some rule declares the list in its ``PHRASE_LISTS`` (which the architecture test holds to its code)."""
    from linter.rules import meta

    users = [rule_id for rule_id, module in REGISTRY.items() if name in meta.phrase_lists(module)]
    assert users, f"phrasebank/lists/{name}.txt is in no rule's PHRASE_LISTS"


@pytest.mark.parametrize("rule_id", list(REGISTRY))
def test_every_declared_list_exists(rule_id):
    from linter.rules import meta

    declared = meta.phrase_lists(REGISTRY[rule_id])
    assert isinstance(declared, tuple) and all(isinstance(n, str) for n in declared), declared
    missing = [n for n in declared if n not in LIST_NAMES]
    assert not missing, f"{rule_id} declares lists that phrasebank/lists does not have: {missing}"
    assert len(set(declared)) == len(declared), f"{rule_id} declares a list twice"
    assert all(phrasebank.phrases(n) for n in declared)


@pytest.mark.parametrize("name", LIST_NAMES)
def test_list_loads(name):
    phrases = phrasebank.phrases(name)
    assert phrases
    assert all(p.text and p.text == " ".join(p.text.split()) for p in phrases)


def test_expand_notation():
    got = [(p.text, p.starts_clause, p.ends_clause) for p in phrasebank.expand("^{i|we} {really|} hear you$")]
    assert got == [
        ("i really hear you", True, True),
        ("i hear you", True, True),
        ("we really hear you", True, True),
        ("we hear you", True, True),
    ]
    assert [p.text for p in phrasebank.expand("frustrat{ed|ing}")] == ["frustrated", "frustrating"]


# --- playbook tables --------------------------------------------------------------------------------

TABLES = {
    "situations": ("situation", {"id", "situation", "prompt_line", "why_it_works", "risk_to_watch", "tags", "cues"}),
    "pitfalls": ("pitfall", {"pitfall", "why_it_backfires", "correction", "rules"}),
    "steps": ("step", {"number", "title", "guidance", "example"}),
    "scripts": ("script", {"id", "title", "lesson", "lines"}),
}


@pytest.mark.parametrize("name", sorted(TABLES))
def test_playbook_table_loads_with_its_fields(name):
    key, fields = TABLES[name]
    rows = phrasebank.table(name)[key]
    assert rows
    for row in rows:
        missing = fields - set(row)
        assert not missing, (name, row, missing)
        for f in fields:
            assert row[f] not in ("", [], None) or (name, f) == ("pitfalls", "rules"), (name, f, row)


def test_situations():
    rows = phrasebank.situations()
    assert [r["situation"] for r in rows] == [
        "Buyer expresses frustration", "Prospect goes silent", "Objection about price", "Negotiation deadlock",
        "Cross-functional meeting",
    ]
    ids = [r["id"] for r in rows]
    assert len(set(ids)) == len(ids)
    for r in rows:
        assert all(isinstance(c, str) and c == c.lower() and c.strip() == c for c in r["cues"]), r["id"]
        assert r["cues"] == sorted(r["cues"]), f"{r['id']}: cues not sorted"
        assert all(isinstance(t, str) for t in r["tags"])


def test_pitfalls_name_spec_rules():
    rows = phrasebank.pitfalls()
    assert len(rows) == 7
    for r in rows:
        assert set(r["rules"]) <= SPEC_RULES, r


def test_steps_are_the_five_steps_in_order():
    assert [(s["number"], s["title"]) for s in phrasebank.steps()] == [
        (1, "Open"), (2, "Reflect"), (3, "Validate"), (4, "Bridge"), (5, "Guide"),
    ]


def test_checklist():
    checklist = phrasebank.checklist()
    assert len(checklist["do"]) == 6 and len(checklist["avoid"]) == 4


def test_scripts_lines_have_a_speaker_and_words():
    for script in phrasebank.scripts():
        assert script["lines"]
        for line in script["lines"]:
            assert set(line) <= {"speaker", "say", "direction", "lead"}, line
            assert line["speaker"] and line["say"]


# --- the tables are the playbook's words ---------------------------------------------------------------

needs_seed = pytest.mark.skipif(
    not SEED.exists(), reason=f"the playbook text is not here ({SEED}: ../shared/seed/active-empathy.txt from the repo)"
)


@pytest.fixture(scope="module")
def seed_lines() -> list[str]:
    return SEED.read_text(encoding="utf-8").splitlines()


@needs_seed
def test_situation_table_matches_the_playbook_word_for_word(seed_lines):
    rows = [ln for ln in seed_lines if ln.startswith("| ") and "“" in ln]
    parsed = []
    for ln in rows:
        cells = [c.strip() for c in ln.strip("|").split("|")]
        parsed.append((cells[0], cells[1].strip("“”"), cells[2], cells[3]))
    assert parsed == [
        (s["situation"], s["prompt_line"], s["why_it_works"], s["risk_to_watch"]) for s in phrasebank.situations()
    ]


@needs_seed
def test_pitfall_table_matches_the_playbook_word_for_word(seed_lines):
    start = seed_lines.index("| Pitfall | Why It Backfires | Correction / Alternative |")
    rows = []
    for ln in seed_lines[start + 2 :]:
        if not ln.startswith("|"):
            break
        rows.append(tuple(c.strip() for c in ln.strip("|").split("|")))
    assert rows == [(p["pitfall"], p["why_it_backfires"], p["correction"]) for p in phrasebank.pitfalls()]


@needs_seed
def test_checklist_matches_the_playbook_word_for_word(seed_lines):
    checklist = phrasebank.checklist()
    assert [ln[2:] for ln in seed_lines if ln.startswith("✅ ")] == checklist["do"]
    assert [ln[2:] for ln in seed_lines if ln.startswith("❌ ")] == checklist["avoid"]


@needs_seed
def test_steps_match_the_playbook_word_for_word(seed_lines):
    start = seed_lines.index("Step-by-Step Playbook")
    body = seed_lines[start + 1 : start + 11]
    assert body == [x for s in phrasebank.steps() for x in (s["guidance"], f"Example: “{s['example']}”")]


@needs_seed
def test_scripts_match_the_playbook_word_for_word(seed_lines):
    seed = "\n".join(seed_lines)
    for script in phrasebank.scripts():
        for field in ("title", "lesson", "setting", "outcome"):
            if field in script:
                assert script[field] in seed, (script["id"], field)
        for line in script["lines"]:
            said = f"“{line['say']}”" + (f" ({line['direction']})" if "direction" in line else "")
            assert said in seed, (script["id"], said)
            if "lead" in line:  # the playbook's line that introduces this one, right before it
                at = seed_lines.index(line["lead"])
                assert seed_lines[at + 1] == said, (script["id"], line["lead"])
    mini = next(s for s in phrasebank.scripts() if s["id"] == "mini-script")
    start = seed_lines.index("Mini-Script Example")
    expected = [
        f"{ln['speaker']}: “{ln['say']}”" + (f" ({ln['direction']})" if "direction" in ln else "") for ln in mini["lines"]
    ]
    assert seed_lines[start + 1 : start + 1 + len(expected)] == expected


def test_lists_and_tables_load_when_the_package_is_inside_a_zip(tmp_path):
    """Plain file reads keep start-up light; a zipped install falls back to importlib.resources."""
    import subprocess
    import sys
    import zipfile

    archive = tmp_path / "phrasebank.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for path in (REPO / "phrasebank").rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts:
                zf.write(path, path.relative_to(REPO).as_posix())
    code = (
        "import phrasebank, sys; assert '.zip' in phrasebank.__file__, phrasebank.__file__; "
        "print(len(phrasebank.list_names()), len(phrasebank.raw_entries('stock-empathy')), len(phrasebank.situations()))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path,
                         env={"PYTHONPATH": str(archive), "PATH": "/usr/bin:/bin"})
    assert out.returncode == 0, out.stderr
    names, stock, situations = map(int, out.stdout.split())
    assert names == len(phrasebank.list_names())
    assert stock == len(phrasebank.raw_entries("stock-empathy"))
    assert situations == len(phrasebank.situations())

"""``--format github`` and ``--format sarif`` (validated against the SARIF 2.1.0 schema)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from linter.cli import main
from linter.formats import FORMATS, render
from linter.formats.github import annotation
from linter.rules import REGISTRY

SCHEMA = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"

BAD = "Hi {{first_name}},\n\nI completely understand, but we need a decision by Friday.\n"
CRLF_BOM = "\ufeffHi Dana,\r\n\r\nThat makes sense, but our price is fixed.\r\n"
OPENER = "I completely understand how frustrating this must be."


@pytest.fixture
def drafts(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "bad.md").write_text(BAD, encoding="utf-8")
    (tmp_path / "templates" / "crlf bom.txt").write_bytes(CRLF_BOM.encode("utf-8"))
    (tmp_path / "templates" / "clean.md").write_text("Hi Dana,\n\nThanks for the call today.\n", encoding="utf-8")
    return tmp_path


def run(*args):
    result = CliRunner().invoke(main, list(args))
    assert "Traceback" not in (result.stderr or ""), result.stderr
    return result


def sarif_validator():
    import jsonschema

    schema = json.loads(SCHEMA.read_text("utf-8"))
    jsonschema.Draft4Validator.check_schema(schema)
    return jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())


def assert_valid_sarif(log: dict) -> None:
    errors = sorted(sarif_validator().iter_errors(log), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors)


def test_formats_offered():
    assert set(FORMATS) >= {"text", "json", "github", "sarif"}


def test_sarif_output_is_valid_sarif_2_1_0(drafts):
    result = run("--format", "sarif", "templates")
    assert result.exit_code == 1, result.output
    log = json.loads(result.stdout)
    assert_valid_sarif(log)
    assert log["version"] == "2.1.0"
    (run_,) = log["runs"]
    assert run_["columnKind"] == "unicodeCodePoints"
    driver = run_["tool"]["driver"]
    assert driver["name"] == "empathy-lint"
    ids = [r["id"] for r in driver["rules"]]
    assert ids[: len(REGISTRY)] == list(REGISTRY) and "library-overuse" in ids
    for rule in driver["rules"]:
        assert rule["help"]["text"].strip() and rule["help"]["markdown"].strip()
        assert rule["helpUri"].startswith("https://") and rule["helpUri"].rstrip("/").endswith(rule["id"])
        assert rule["shortDescription"]["text"]
    results = run_["results"]
    assert {r["ruleId"] for r in results} >= {"scripted-empathy", "but-bridge"}
    for r in results:
        assert driver["rules"][r["ruleIndex"]]["id"] == r["ruleId"]
        assert r["level"] in ("error", "warning", "note")


def test_sarif_regions_are_in_the_original_file(drafts):
    log = json.loads(run("--format", "sarif", "--select", "but-bridge", "templates").stdout)
    regions = {}
    for r in log["runs"][0]["results"]:
        loc = r["locations"][0]["physicalLocation"]
        regions.setdefault(r["ruleId"], []).append((loc["artifactLocation"]["uri"], loc["region"]))
    # "but" on line 3 of both files; the CRLF file has a BOM the columns do not count.
    buts = sorted(regions["but-bridge"], key=lambda x: x[0])
    assert buts == [
        ("templates/bad.md", {"startLine": 3, "startColumn": 26, "endLine": 3, "endColumn": 29}),
        ("templates/crlf%20bom.txt", {"startLine": 3, "startColumn": 19, "endLine": 3, "endColumn": 22}),
    ]
    line = BAD.split("\n")[2]
    assert line[26 - 1 : 29 - 1] == "but"
    line = CRLF_BOM[1:].split("\n")[2]
    assert line[19 - 1 : 22 - 1] == "but"


def test_sarif_with_no_findings_and_with_library_findings_is_valid(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "clean.md").write_text("Thanks for the call today.\n", encoding="utf-8")
    result = run("--format", "sarif", "clean.md")
    assert result.exit_code == 0
    log = json.loads(result.stdout)
    assert_valid_sarif(log)
    assert log["runs"][0]["results"] == []

    lib = tmp_path / "lib"
    lib.mkdir()
    for i in range(10):
        opener = OPENER if i < 4 else f"Thanks for the note about item {i}."
        (lib / f"t{i:02}.md").write_text(f"Hi {{{{first_name}}}},\n\n{opener} Could we talk on Tuesday?\n", encoding="utf-8")
    log = json.loads(run("--format", "sarif", "--select", "but-bridge,library-overuse", str(lib)).stdout)
    assert_valid_sarif(log)
    lib_results = [r for r in log["runs"][0]["results"] if r["ruleId"] == "library-overuse"]
    assert len(lib_results) == 4
    assert all(r["level"] == "note" and len(r["properties"]["files"]) == 4 for r in lib_results)
    abs_uri = lib_results[0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert abs_uri["uri"].startswith("file:///") and "uriBaseId" not in abs_uri


def test_github_annotations(drafts):
    result = run("--format", "github", "--select", "but-bridge,scripted-empathy", "templates")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 3
    assert all(line.startswith(("::warning ", "::error ", "::notice ")) for line in lines)
    assert "::warning file=templates/bad.md,line=3,col=26,endLine=3,endColumn=29,title=empathy-lint but-bridge::" in result.stdout
    assert "file=templates/crlf bom.txt,line=3,col=19," in result.stdout


def test_github_escapes_properties_and_data():
    from linter.finding import Finding

    f = Finding("a,b:c.md", "but-bridge", "info", 1, 2, 1, 5, "100% sure,\nreally", "x: y")
    assert annotation(f) == (
        "::notice file=a%2Cb%3Ac.md,line=1,col=2,endLine=1,endColumn=5,title=empathy-lint but-bridge"
        "::100%25 sure,%0Areally%0ATry: x: y\n"
    )


@pytest.mark.parametrize("fmt", ["json", "github", "sarif", "text"])
def test_every_format_renders_nothing_sensible_for_no_findings(fmt):
    out = render(fmt, [])
    if fmt == "json":
        assert json.loads(out) == []
    elif fmt == "sarif":
        assert json.loads(out)["runs"][0]["results"] == []
    else:
        assert out == ""


def test_unknown_format_is_a_usage_error(drafts):
    result = run("--format", "xml", "templates")
    assert result.exit_code == 2


def test_statistics(drafts):
    result = run("--statistics", "--select", "but-bridge,scripted-empathy", "templates")
    assert result.exit_code == 1
    tail = result.stdout.splitlines()[-3:]
    assert [line.split() for line in tail] == [
        ["2", "but-bridge"],
        ["1", "scripted-empathy"],
        ["3", "findings", "in", "total"],
    ]
    # machine formats keep standard output clean: the counts go to standard error
    result = run("--statistics", "--select", "but-bridge,scripted-empathy", "--format", "json", "templates")
    assert len(json.loads(result.stdout)) == 3
    assert "2  but-bridge" in result.stderr

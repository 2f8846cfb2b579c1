"""The arrows that must never exist (shared/design/architecture.md), checked with ``ast``.

- ``phrasebank/`` imports nothing from ``linter/``;
- ``linter/rules/`` never imports ``cli``, ``formats`` or ``readers``;
- ``linter/readers/`` never imports ``rules``;
- ``linter/formats/`` never imports ``readers`` or rule internals (the registry
  ``linter.rules`` itself is allowed);
- nothing imports ``linter.cli``;
- nothing under ``linter/`` imports ``docs/`` or the site's hook
  (``docs/hooks/``), not even by loading a file of it, and the hook is no
  part of the package;
- ``linter/document.py`` imports no reader: the readers build the Document.

And two rules of the house: a rule that cannot run raises the shared
``linter.finding.Unavailable``, caught by its type, never by a class name;
no two modules under ``linter/`` share a name (the grammar rule and the
LanguageTool adapter are ``rules/grammar.py`` and ``languagetool.py``).

Every import counts, also one inside a function, ``from . import x`` and
``importlib.import_module("...")`` with a literal name.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

from conftest import REPO

PACKAGES = ("linter", "phrasebank")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(REPO).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def python_files(package: str) -> list[Path]:
    return sorted((REPO / package).rglob("*.py"))


ALL_FILES = [p for pkg in PACKAGES for p in python_files(pkg)]


def imports_of(path: Path, source: str | None = None) -> set[str]:
    """Absolute names of every module ``path`` imports (``from a import b`` gives a and a.b)."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    if source is None:
        source = path.read_text(encoding="utf-8")
    tree = ast.parse(source, str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                mod = ".".join(base + ([node.module] if node.module else []))
            else:
                mod = node.module or ""
            found.add(mod)
            found.update(f"{mod}.{alias.name}" for alias in node.names if alias.name != "*")
        elif isinstance(node, ast.Call):
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            if called in ("import_module", "__import__") and node.args and isinstance(node.args[0], ast.Constant):
                found.add(str(node.args[0].value))
    return found


def under(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


def violations(files, forbidden, allowed=()) -> list[str]:
    out = []
    for path in files:
        for imported in sorted(imports_of(path)):
            if any(under(imported, f) for f in forbidden) and imported not in allowed:
                out.append(f"{path.relative_to(REPO)} imports {imported}")
    return out


def test_the_packages_are_where_the_design_says():
    names = {module_name(p) for p in ALL_FILES}
    assert {"linter.cli", "linter.rules", "linter.readers", "linter.formats", "phrasebank"} <= names


def test_import_parser_sees_relative_and_local_imports():
    """The checker itself must not be blind to the forms of import the code uses."""
    source = (
        "def f():\n"
        "    from ..cli import main\n"
        "    from .. import readers\n"
        "    from . import but_bridge\n"
        "    import importlib\n"
        "    importlib.import_module('linter.formats.json')\n"
    )
    names = imports_of(REPO / "linter" / "rules" / "probe.py", source)
    assert {"linter.cli", "linter.readers", "linter.rules.but_bridge", "linter.formats.json"} <= names


def test_phrasebank_imports_nothing_from_linter():
    assert violations(python_files("phrasebank"), ["linter"]) == []


def test_rules_never_import_cli_formats_or_readers():
    files = sorted((REPO / "linter" / "rules").rglob("*.py"))
    assert files
    assert violations(files, ["linter.cli", "linter.formats", "linter.readers"]) == []


def test_readers_never_import_rules():
    files = sorted((REPO / "linter" / "readers").rglob("*.py"))
    assert files
    assert violations(files, ["linter.rules"]) == []


def test_document_imports_no_reader():
    """Speaker turns are split in the readers before the Document is assembled."""
    assert violations([REPO / "linter" / "document.py"], ["linter.readers"]) == []


def test_formats_never_import_readers_or_rule_internals():
    files = sorted((REPO / "linter" / "formats").rglob("*.py"))
    assert files
    # the registry (linter.rules and the names it exports) is the one door to rule metadata
    registry = {"linter.rules"} | {f"linter.rules.{n}" for n in ("REGISTRY", "ALIASES", "get", "summary", "canonical", "UnknownRule")}
    assert violations(files, ["linter.readers", "linter.rules"], allowed=registry) == []


@pytest.mark.parametrize("path", [p for p in ALL_FILES if module_name(p) != "linter.cli"], ids=module_name)
def test_nothing_imports_cli(path):
    assert not [i for i in imports_of(path) if under(i, "linter.cli")]


def test_every_rule_lives_in_its_own_module_named_after_its_id():
    from linter.rules import REGISTRY

    for rule_id, module in REGISTRY.items():
        assert module.__name__ == "linter.rules." + rule_id.replace("-", "_"), rule_id
        assert module.ID == rule_id
        assert module.SEVERITY in ("error", "warning", "info")
        assert (module.__doc__ or "").strip(), f"{rule_id} has no documentation page"


HOOK_MODULES = sorted(p.stem for p in (REPO / "docs" / "hooks").glob("*.py"))


def test_the_site_hook_lives_under_docs_not_in_the_package():
    assert "site_hook" in HOOK_MODULES
    assert not (REPO / "linter" / "site.py").exists()
    assert not [p for p in python_files("linter") if p.stem in HOOK_MODULES]


@pytest.mark.parametrize("path", python_files("linter"), ids=module_name)
def test_nothing_in_the_linter_imports_docs_or_the_site_hook(path):
    assert violations([path], ["docs", "hooks", *HOOK_MODULES]) == []
    assert "docs/hooks" not in path.read_text("utf-8")


def test_the_wheel_holds_the_linter_and_the_phrasebank_only():
    """Package discovery (pyproject.toml) finds no hook: the wheel, and the playground's copy of it, hold none."""
    import tomllib

    from setuptools import find_packages

    find = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]["packages"]["find"]
    packages = find_packages(str(REPO), include=find["include"], exclude=find.get("exclude", ()))
    assert packages and all(under(p, "linter") or under(p, "phrasebank") for p in packages), packages


def test_the_site_hook_uses_the_linters_public_api_only():
    files = sorted((REPO / "docs" / "hooks").glob("*.py"))
    private = [
        f"{path.relative_to(REPO)} imports {name}"
        for path in files
        for name in imports_of(path)
        if under(name, "linter") and any(part.startswith("_") for part in name.split("."))
    ]
    assert private == []


def test_mkdocs_yml_loads_the_hook_from_docs_and_no_linter_module():
    text = (REPO / "mkdocs.yml").read_text("utf-8")
    assert "docs/hooks/site_hook.py" in text
    assert "!!python/name:linter" not in text


# --- nothing under linter/ imports docs/ -------------------------------------------


def docs_module_names() -> set[str]:
    """Names under which code in ``docs/`` could be imported: ``docs`` itself,
    and each module or package in it by its own name (MkDocs puts a hook's
    folder on ``sys.path``). Standard-library names are left out."""
    names = {"docs"}
    for path in (REPO / "docs").rglob("*.py"):
        names.add(path.stem if path.name != "__init__.py" else path.parent.name)
    return {n for n in names if n not in sys.stdlib_module_names}


#: Calls that load Python code from a file path rather than by module name.
FILE_LOADERS = {"spec_from_file_location", "run_path", "SourceFileLoader", "load_source"}


def _own_nodes(scope: ast.AST):
    """The nodes of a module or function, not those of the functions inside it."""
    for child in ast.iter_child_nodes(scope):
        if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        yield child
        yield from _own_nodes(child)


def loads_docs_by_path(path: Path, source: str | None = None) -> list[str]:
    """Functions of ``path`` that load a Python file and name ``docs`` in a path."""
    tree = ast.parse(source if source is not None else path.read_text(encoding="utf-8"), str(path))
    found = []
    for scope in [tree, *(n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)))]:
        nodes = list(_own_nodes(scope))
        calls = {
            (n.func.attr if isinstance(n.func, ast.Attribute) else getattr(n.func, "id", None))
            for n in nodes
            if isinstance(n, ast.Call)
        }
        if not calls & FILE_LOADERS:
            continue
        strings = [n.value for n in nodes if isinstance(n, ast.Constant) and isinstance(n.value, str)]
        if any(s.strip("/") == "docs" or s.startswith("docs/") or "/docs/" in s for s in strings):
            found.append(getattr(scope, "name", "<module>"))
    return found


def test_the_docs_checkers_see_what_they_look_for():
    source = (
        "import importlib.util\n"
        "from pathlib import Path\n"
        "def hook():\n"
        "    spec = importlib.util.spec_from_file_location('h', Path('docs') / 'hooks' / 'site.py')\n"
    )
    assert loads_docs_by_path(REPO / "linter" / "probe.py", source) == ["hook"]
    assert "docs.hooks.site" in imports_of(REPO / "linter" / "probe.py", "from docs.hooks import site\n")


def test_nothing_under_linter_imports_docs():
    files = python_files("linter")
    assert violations(files, sorted(docs_module_names())) == []
    assert {str(p.relative_to(REPO)): loads_docs_by_path(p) for p in files if loads_docs_by_path(p)} == {}


# --- rules of the house ----------------------------------------------------------


def compares_class_names(path: Path, source: str | None = None) -> list[int]:
    """Lines where ``type(x).__name__`` (or ``x.__class__.__name__``) is compared with a string."""
    tree = ast.parse(source if source is not None else path.read_text(encoding="utf-8"), str(path))
    lines = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Compare):
            continue
        sides = [node.left, *node.comparators]
        named = any(isinstance(s, ast.Attribute) and s.attr == "__name__" for s in sides)
        literal = any(isinstance(s, (ast.Constant, ast.Tuple, ast.Set, ast.List)) for s in sides)
        if named and literal:
            lines.append(node.lineno)
    return lines


def test_exceptions_are_caught_by_type_not_by_class_name():
    assert compares_class_names(REPO / "probe.py", "if type(exc).__name__ != 'GrammarUnavailable':\n    raise\n") == [1]
    found = {str(p.relative_to(REPO)): compares_class_names(p) for p in ALL_FILES}
    assert {k: v for k, v in found.items() if v} == {}


def test_an_unavailable_rule_raises_the_shared_exception():
    from linter.finding import Unavailable
    from linter.languagetool import GrammarUnavailable

    assert issubclass(GrammarUnavailable, Unavailable)


def test_no_two_modules_under_linter_share_a_name():
    seen: dict[str, list[str]] = {}
    for path in python_files("linter"):
        if path.name != "__init__.py":
            seen.setdefault(path.stem, []).append(str(path.relative_to(REPO)))
    assert {name: paths for name, paths in seen.items() if len(paths) > 1} == {}


# --- declared rule metadata (linter/rules/meta.py) ------------------------------------------------

#: Not counted as a rule reading a list: the check of a suggestion against
#: every rule's mistakes (``linter.suggestions``), and the phrase matcher's
#: index (``language._required_runs`` reads ``function-words`` to search
#: faster; it finds the same matches without it).
NOT_DECIDING = {("linter.suggestions", None), ("linter.language", "_required_runs")}


def _reach_graph() -> dict[tuple[str, str], tuple[set[str], set[tuple[str, str]]]]:  # noqa: C901 (complexity 18: known debt, issue 14)
    """(module, top-level name) -> (list names it mentions, top-level names it refers to).

    Over ``linter/*.py`` and ``linter/rules/*.py``: a function, class or
    constant refers to another by a bare name (same module or imported with
    ``from .x import name``) or as ``module.name`` (``from .. import vocabulary``).
    """
    lists = {p.stem for p in (REPO / "phrasebank" / "lists").glob("*.txt")}
    files = sorted((REPO / "linter").glob("*.py")) + sorted((REPO / "linter" / "rules").glob("*.py"))
    graph = {}
    for path in files:
        mod = module_name(path)
        package = mod if path.name == "__init__.py" else mod.rpartition(".")[0]
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        modules, names = {}, {}  # local alias -> module; local alias -> (module, name)
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.level:
                base = package.split(".")
                base = ".".join(base[: len(base) - (node.level - 1)] + ([node.module] if node.module else []))
                for alias in node.names:
                    if node.module is None:
                        modules[alias.asname or alias.name] = f"{base}.{alias.name}"
                    else:
                        names[alias.asname or alias.name] = (base, alias.name)
        tops = {}
        for st in tree.body:
            if isinstance(st, (ast.FunctionDef, ast.ClassDef)):
                tops[st.name] = st
            elif isinstance(st, (ast.Assign, ast.AnnAssign)):
                for target in st.targets if isinstance(st, ast.Assign) else [st.target]:
                    if isinstance(target, ast.Name):
                        tops[target.id] = st
        for top, st in tops.items():
            mentions, refs = set(), set()
            for node in ast.walk(st):
                if isinstance(node, ast.Constant) and node.value in lists:
                    mentions.add(node.value)
                elif isinstance(node, ast.Name):
                    if node.id in tops and node.id != top:
                        refs.add((mod, node.id))
                    elif node.id in names:
                        refs.add(names[node.id])
                elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in modules:
                    refs.add((modules[node.value.id], node.attr))
            graph[(mod, top)] = (mentions, refs)
    return graph


def lists_reached(module: str, graph) -> set[str]:
    """The phrase lists the code of ``module`` reaches, through the functions it calls."""
    todo = [k for k in graph if k[0] == module and k[1] not in ("PHRASE_LISTS", "OPTIONS")]
    seen, found = set(), set()
    while todo:
        key = todo.pop()
        if key in seen or key not in graph or key in NOT_DECIDING or (key[0], None) in NOT_DECIDING:
            continue
        seen.add(key)
        mentions, refs = graph[key]
        found |= mentions
        todo.extend(refs)
    return found


def test_reach_graph_sees_lists_through_vocabulary():
    """The checker itself: a rule that calls ``vocabulary.acknowledgment`` reads the lists behind it."""
    graph = _reach_graph()
    reached = lists_reached("linter.rules.empathy_without_direction", graph)
    assert {"acknowledgments", "stock-empathy", "next-steps", "function-words"} <= reached
    assert "follow-up-cliches" not in reached  # only through suggestions' check of a suggestion


def test_each_rule_declares_the_phrase_lists_its_code_reads():
    from linter.rules import REGISTRY, meta

    graph = _reach_graph()
    for rule_id, module in REGISTRY.items():
        declared = set(meta.phrase_lists(module))
        reached = lists_reached(module.__name__, graph)
        assert declared == reached, (
            f"{rule_id}: PHRASE_LISTS should be {sorted(reached)}"
            f" (missing {sorted(reached - declared)}, not read {sorted(declared - reached)})"
        )


def test_each_rule_declares_typed_options_and_documents_them_only_there():
    """Options are :class:`~linter.rules.meta.Option` declarations with a one-line description;
    the rule page's "Options" and "Data" come from them, not from the docstring."""
    from linter.config import TOP_KEYS, Config
    from linter.rules import REGISTRY, meta

    fields = set(Config.__dataclass_fields__)
    for rule_id, module in REGISTRY.items():
        assert isinstance(module.OPTIONS, tuple), rule_id
        assert isinstance(module.PHRASE_LISTS, tuple), rule_id
        for option in meta.options(module):
            assert option.help and "\n" not in option.help and option.help.endswith("."), (rule_id, option.name)
            if option.key:
                assert option.key in TOP_KEYS and option.key_field in fields, (rule_id, option.key)
            if option.flag:
                assert option.flag_field in fields and option.type is meta.BOOLEAN, (rule_id, option.flag)
        headings = [line for line in (module.__doc__ or "").splitlines() if line.startswith("## ")]
        assert "## Options" not in headings and "## Data" not in headings, rule_id

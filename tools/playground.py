"""The "Check a draft" playground: empathy-lint in the browser, with Pyodide.

The site's MkDocs hook (``docs/hooks/site_playground.py``) uses this module for the
``<!-- site:playground -->`` placeholder and, after the build, to copy what
the page loads into ``site/playground/``:

- ``pyodide/``: the Pyodide runtime, taken from the npm package ``pyodide``
  (never from a CDN, never committed): ``pyodide.mjs``, ``pyodide.asm.js``,
  ``pyodide.asm.wasm``, ``python_stdlib.zip`` and ``pyodide-lock.json``;
- ``wheels/``: this project's wheel, built from the working tree at site-build
  time, and the pure-Python wheels of its dependencies (click, markdown-it-py,
  mdurl), downloaded once with pip into ``.cache/playground/`` (gitignored);
- ``manifest.json``: what the page's script loads, with each wheel's size and
  hash (the hash busts the browser cache when a wheel changes).

Where the runtime comes from:

- ``$PYODIDE_DIR`` when set (a folder holding the npm package's files), else
  ``node_modules/pyodide`` at the root of the repository;
- ``EMPATHY_PLAYGROUND=1``: the build installs it when it is missing
  (``npm install --no-save pyodide@PYODIDE_VERSION``) and fails when the
  playground cannot be built; ``EMPATHY_PLAYGROUND=0``: the playground is
  left out even when a runtime is there; unset: the playground is built when
  a runtime is found, and otherwise the page says how to enable it.

Without Node.js and without ``EMPATHY_PLAYGROUND=1`` nothing here needs the
network and ``mkdocs build`` works as before.

On its own::

    python tools/playground.py status           # where the runtime is, or why not
    python tools/playground.py fetch            # npm install --no-save pyodide@PYODIDE_VERSION
    python tools/playground.py build SITE_DIR   # write SITE_DIR/playground/ (runtime, wheels, manifest)
"""

from __future__ import annotations

import hashlib
import html
import importlib.metadata
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

#: The Pyodide release the playground is built and tested with (Python 3.12).
PYODIDE_VERSION = "0.27.7"
#: The files of the npm package the page needs, and nothing else.
RUNTIME_FILES = ("pyodide.mjs", "pyodide.asm.js", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json")
#: The distribution whose wheel is built from the working tree.
PROJECT = "active-empathy"
#: The folder of the built site that holds the runtime, wheels and manifest.
SITE_FOLDER = "playground"
#: What the page lints the draft as, per kind: the file name sets the reader.
KINDS = (
    ("reply.txt", "Email reply",
     "Paste your reply with the buyer's message under it: lines quoted with > and "
     "everything after an “On …, … wrote:” line are the buyer's words and are not linted."),
    ("call.txt", "Call script",
     "One turn per line, each starting with a speaker label: AE:, SDR: or Rep: for you, "
     "Buyer:, Prospect: or CFO: for the buyer. Only your turns are linted; "
     "(stage directions) are not speech."),
    ("draft.txt", "Plain draft",
     "Any text you wrote: every word is linted as yours."),
)

ENABLE_ENV = "EMPATHY_PLAYGROUND"
DIR_ENV = "PYODIDE_DIR"
_ON = {"1", "true", "yes", "on"}
_OFF = {"0", "false", "no", "off"}


class PlaygroundError(Exception):
    """The playground was asked for and cannot be built; the message says why and what to do."""


@dataclass
class Runtime:
    path: Path
    version: str  # Pyodide's
    python: str  # the Python version it runs, e.g. "3.12.7"


# ---------------------------------------------------------------------------
# Finding (and fetching) the runtime
# ---------------------------------------------------------------------------


def mode() -> str:
    """``on``, ``off`` or ``auto``, from ``$EMPATHY_PLAYGROUND``."""
    value = os.environ.get(ENABLE_ENV, "").strip().lower()
    if value in _ON:
        return "on"
    if value in _OFF:
        return "off"
    if value:
        raise PlaygroundError(f"{ENABLE_ENV}={value!r}: use 1 (build the playground) or 0 (leave it out)")
    return "auto"


def runtime_dir(root: Path) -> Path:
    """Where the runtime is looked for: ``$PYODIDE_DIR``, else ``node_modules/pyodide``."""
    explicit = os.environ.get(DIR_ENV, "").strip()
    return Path(explicit).expanduser() if explicit else Path(root) / "node_modules" / "pyodide"


def _shown(folder: Path, root: Path) -> str:
    """``folder`` as the page may show it: relative to the repository, never a machine's path."""
    try:
        return Path(folder).resolve().relative_to(Path(root).resolve()).as_posix()
    except ValueError:
        return f"${DIR_ENV}"


def locate(root: Path) -> tuple[Runtime | None, str]:
    """The runtime, or None and why not (a short phrase, without the machine's paths)."""
    folder = runtime_dir(root)
    where = _shown(folder, root)
    missing = [name for name in RUNTIME_FILES if not (folder / name).is_file()]
    if len(missing) == len(RUNTIME_FILES):
        return None, f"no Pyodide runtime in {where}"
    if missing:
        return None, f"{where} is not the pyodide npm package (it lacks {', '.join(missing)})"
    try:
        info = json.loads((folder / "pyodide-lock.json").read_text("utf-8"))["info"]
        version, python = str(info["version"]), str(info["python"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        return None, f"{where}/pyodide-lock.json cannot be read ({type(exc).__name__})"
    if _version_tuple(python)[:2] < (3, 11):
        return None, f"Pyodide {version} in {where} runs Python {python}; empathy-lint needs 3.11 or newer"
    return Runtime(folder, version, python), ""


def fetch(root: Path) -> None:
    """``npm install --no-save pyodide@PYODIDE_VERSION`` at the root of the repository."""
    npm = shutil.which("npm")
    if npm is None:
        raise PlaygroundError(
            f"{ENABLE_ENV}=1 but npm is not on the PATH: install Node.js (apt-get install npm), "
            f"or put the files of the pyodide npm package in a folder and set {DIR_ENV} to it"
        )
    command = [npm, "install", "--no-save", "--no-audit", "--no-fund", "--loglevel=error", f"pyodide@{PYODIDE_VERSION}"]
    proc = subprocess.run(command, cwd=root, capture_output=True, text=True)
    if proc.returncode != 0:
        raise PlaygroundError(f"{' '.join(command)} failed:\n{proc.stderr.strip() or proc.stdout.strip()}")


def prepare(root: Path) -> tuple[Runtime | None, str]:
    """The runtime to build the playground with, or None and why it is left out.

    Raises :class:`PlaygroundError` when ``EMPATHY_PLAYGROUND=1`` and there is
    no usable runtime even after fetching it.
    """
    root = Path(root)
    wanted = mode()
    if wanted == "off":
        return None, f"{ENABLE_ENV}=0"
    runtime, why = locate(root)
    if runtime is None and wanted == "on":
        if os.environ.get(DIR_ENV, "").strip():
            raise PlaygroundError(f"{ENABLE_ENV}=1 but {why} ({DIR_ENV} is set, so nothing is fetched)")
        fetch(root)
        runtime, why = locate(root)
        if runtime is None:
            raise PlaygroundError(f"{ENABLE_ENV}=1 and npm ran, but {why}")
    return runtime, why


# ---------------------------------------------------------------------------
# Wheels
# ---------------------------------------------------------------------------


def _version_tuple(text: str) -> tuple[int, ...]:
    return tuple(int(p) for p in re.findall(r"\d+", text)[:3])


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "_", name).lower()


def _emscripten_env(python: str) -> dict[str, str]:
    """PEP 508 marker values of Pyodide's interpreter."""
    major_minor = ".".join(python.split(".")[:2])
    return {
        "python_version": major_minor, "python_full_version": python, "implementation_name": "cpython",
        "platform_python_implementation": "CPython", "sys_platform": "emscripten", "os_name": "posix",
        "platform_system": "Emscripten", "platform_machine": "wasm32", "extra": "",
    }


def dependencies(python: str) -> list[tuple[str, str]]:
    """``(name, installed version)`` of every runtime dependency of the project, recursively.

    The installed versions are the ones the CLI runs with here, so the browser
    gives the same findings. Markers are evaluated for Pyodide (a Windows-only
    dependency of click is left out).
    """
    from packaging.requirements import Requirement

    env = _emscripten_env(python)
    found: dict[str, tuple[str, str]] = {}
    queue = [PROJECT]
    while queue:
        dist = queue.pop()
        for line in importlib.metadata.requires(dist) or []:
            req = Requirement(line)
            if req.marker is not None and not req.marker.evaluate(env):
                continue
            key = _norm(req.name)
            if key in found or key == _norm(PROJECT):
                continue
            try:
                version = importlib.metadata.version(req.name)
            except importlib.metadata.PackageNotFoundError as exc:
                raise PlaygroundError(f"{req.name} (needed by {dist}) is not installed: pip install -e '.[site]'") from exc
            if not req.specifier.contains(version, prereleases=True):
                raise PlaygroundError(f"{req.name} {version} is installed, but {dist} needs {req}")
            found[key] = (req.name, version)
            queue.append(req.name)
    return sorted(found.values(), key=lambda nv: _norm(nv[0]))


def _pure(wheel: Path) -> bool:
    tags = wheel.name[: -len(".whl")].split("-")[-3:]
    return tags[1] == "none" and tags[2] == "any" and all(t.startswith("py3") or t == "py2" for t in tags[0].split("."))


def _pip(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    return subprocess.run([sys.executable, "-m", "pip", *args], capture_output=True, text=True, env=env)


def dependency_wheel(name: str, version: str, python: str, cache: Path) -> Path:
    """The pure-Python wheel of ``name==version``, downloaded into ``cache`` once."""
    cache.mkdir(parents=True, exist_ok=True)
    pattern = f"{_norm(name)}-{version}-*.whl"
    hits = [w for w in cache.glob(pattern) if _pure(w)]
    if not hits:
        proc = _pip("download", "--quiet", "--only-binary=:all:", "--no-deps",
                    "--python-version", ".".join(python.split(".")[:2]), "--dest", str(cache), f"{name}=={version}")
        if proc.returncode != 0:
            raise PlaygroundError(
                f"pip could not download the wheel of {name}=={version} into {cache} "
                f"(the playground needs it once; is PyPI reachable?):\n{proc.stderr.strip()}"
            )
        hits = sorted(cache.glob(pattern))
        impure = [w.name for w in hits if not _pure(w)]
        hits = [w for w in hits if _pure(w)]
        if not hits:
            raise PlaygroundError(
                f"{name}=={version} has no pure-Python (py3-none-any) wheel ({', '.join(impure) or 'none'}); "
                "Pyodide can only load pure-Python wheels without micropip"
            )
    return sorted(hits)[-1]


def _source_digest(root: Path) -> str:
    """A hash of what goes into the project's wheel."""
    digest = hashlib.sha256()
    paths = [root / "pyproject.toml", root / "README.md"]
    for package in ("linter", "phrasebank"):
        paths += sorted(p for p in (root / package).rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    for path in paths:
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def _backend_installed(root: Path) -> bool:
    """Whether this interpreter has the build backend ``pyproject.toml`` asks for.

    Then the wheel is built without build isolation, offline; otherwise pip
    installs the backend into an isolated environment (from PyPI, or pip's cache).
    """
    import tomllib

    from packaging.requirements import Requirement

    try:
        requires = tomllib.loads((root / "pyproject.toml").read_text("utf-8"))["build-system"]["requires"]
        for line in requires:
            req = Requirement(line)
            if not req.specifier.contains(importlib.metadata.version(req.name), prereleases=True):
                return False
        import setuptools

        if _version_tuple(setuptools.__version__) < (70, 1):  # bdist_wheel came from the wheel package
            importlib.metadata.version("wheel")
    except (OSError, KeyError, ValueError, ImportError, importlib.metadata.PackageNotFoundError):
        return False
    return True


def project_wheel(root: Path, cache: Path) -> Path:
    """This project's wheel, built from a copy of the working tree (no stale ``build/``).

    Kept in ``cache`` under a hash of its sources: rebuilding the site without
    changing the linter does not rebuild the wheel.
    """
    folder = cache / "project" / _source_digest(root)
    hits = sorted(folder.glob("*.whl"))
    if hits:
        return hits[0]
    with tempfile.TemporaryDirectory(prefix="ae-wheel-") as tmp:
        src = Path(tmp) / "src"
        src.mkdir()
        for name in ("pyproject.toml", "README.md"):
            shutil.copy2(root / name, src / name)
        for package in ("linter", "phrasebank"):
            shutil.copytree(root / package, src / package, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        out = Path(tmp) / "out"
        isolation = ("--no-build-isolation",) if _backend_installed(root) else ()
        proc = _pip("wheel", "--quiet", "--no-deps", *isolation, "--wheel-dir", str(out), str(src))
        wheels = sorted(out.glob("*.whl"))
        if proc.returncode != 0 or len(wheels) != 1 or not _pure(wheels[0]):
            raise PlaygroundError(f"building the {PROJECT} wheel failed:\n{proc.stderr.strip() or proc.stdout.strip()}")
        if folder.parent.is_dir():  # keep one project wheel: the latest
            shutil.rmtree(folder.parent)
        folder.mkdir(parents=True)
        return Path(shutil.copy2(wheels[0], folder / wheels[0].name))


def default_cache(root: Path) -> Path:
    return Path(root) / ".cache" / "playground"


# ---------------------------------------------------------------------------
# The build
# ---------------------------------------------------------------------------


def _file_entry(path: Path, base: Path) -> dict:
    data = path.read_bytes()
    return {"file": path.relative_to(base).as_posix(), "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}


def build(root: Path, site_dir: Path, runtime: Runtime, cache: Path | None = None) -> dict:
    """Write ``site_dir/playground/``: runtime, wheels and ``manifest.json``; returns the manifest."""
    root, site_dir = Path(root), Path(site_dir)
    cache = Path(cache) if cache else default_cache(root)
    out = site_dir / SITE_FOLDER
    for sub in ("pyodide", "wheels"):
        if (out / sub).exists():
            shutil.rmtree(out / sub)
        (out / sub).mkdir(parents=True)
    for name in RUNTIME_FILES:
        shutil.copy2(runtime.path / name, out / "pyodide" / name)
    wheels = [dependency_wheel(name, version, runtime.python, cache / "wheels")
              for name, version in dependencies(runtime.python)]
    wheels.append(project_wheel(root, cache))  # last: its dependencies are in place when it is imported
    for wheel in wheels:
        shutil.copy2(wheel, out / "wheels" / wheel.name)
    manifest = {
        "pyodide": runtime.version,
        "python": runtime.python,
        "runtime": [_file_entry(out / "pyodide" / n, out) for n in RUNTIME_FILES],
        "wheels": [_file_entry(out / "wheels" / w.name, out) for w in wheels],
    }
    manifest["bytes"] = sum(e["size"] for e in manifest["runtime"] + manifest["wheels"])
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n", "utf-8")
    return manifest


# ---------------------------------------------------------------------------
# What the page shows
# ---------------------------------------------------------------------------


PRIVACY = "Your draft stays in your browser: nothing is sent anywhere."


def ui_html(base: str, rules: str, script: str) -> str:
    """The playground's form and result area (one raw-HTML block, no blank line).

    ``base``: the URL of ``playground/`` relative to the page; ``rules``: of
    ``linter/rules/``; ``script``: of ``javascripts/playground.js``.
    """
    e = lambda s: html.escape(s, quote=True)  # noqa: E731
    radios = "".join(
        f'<label class="ae-playground__kind"><input type="radio" name="kind" value="{e(f)}"'
        f'{" checked" if i == 0 else ""} data-hint="{e(hint)}"> {e(label)}</label>'
        for i, (f, label, hint) in enumerate(KINDS)
    )
    parts = [
        f'<div class="ae-playground" id="ae-playground" data-base="{e(base)}" data-rules="{e(rules)}">',
        '<form class="ae-playground__form" novalidate>',
        f'<fieldset class="ae-playground__kinds"><legend>What are you checking?</legend>{radios}</fieldset>',
        f'<p class="ae-playground__hint" id="ae-playground-hint">{e(KINDS[0][2])}</p>',
        '<label class="ae-playground__label" for="ae-playground-text">Your draft</label>',
        '<textarea class="ae-playground__input" id="ae-playground-text" name="draft" rows="12" '
        'spellcheck="true" autocomplete="off" aria-describedby="ae-playground-hint ae-playground-privacy" '
        'placeholder="Paste a draft here"></textarea>',
        '<p class="ae-playground__privacy" id="ae-playground-privacy">'
        '<svg class="ae-playground__lock" viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">'
        f'<path d="M4.5 7V5a3.5 3.5 0 0 1 7 0v2M3 7h10v7H3z"/></svg> {e(PRIVACY)}</p>',
        '<div class="ae-playground__actions">',
        '<button type="submit" class="md-button md-button--primary ae-playground__check">Check</button>',
        '<button type="button" class="md-button ae-playground__example">Try an example</button>',
        '<span class="ae-playground__status" role="status" aria-live="polite"></span>',
        "</div></form>",
        '<section class="ae-playground__result" aria-label="Findings" hidden></section>',
        '<noscript><p class="ae-playground__status">The playground needs JavaScript '
        "(and WebAssembly); the command line gives the same findings.</p></noscript>",
        "</div>",
        f'<script type="module" src="{e(script)}"></script>',
    ]
    return "".join(parts)


def instructions_md(why: str) -> str:
    """What the page says when the site was built without the playground."""
    return "\n".join([
        '!!! note "The playground is not part of this build"',
        "",
        f"    This copy of the site was built without the Pyodide runtime ({why}), so the",
        "    draft checker cannot run here. Until it is enabled, check drafts with the",
        "    command line: `empathy-lint reply.txt` gives the same findings.",
        "",
        "    To enable it, install Node.js (for npm) and build the site with the",
        "    playground switched on; the build fetches the runtime from the npm registry",
        "    into `node_modules/` (never committed) and copies it into the site:",
        "",
        "    ```console",
        "    $ EMPATHY_PLAYGROUND=1 mkdocs build --strict",
        "    ```",
        "",
        "    or fetch it once and build as usual:",
        "",
        "    ```console",
        f"    $ npm install --no-save pyodide@{PYODIDE_VERSION}",
        "    $ mkdocs build --strict",
        "    ```",
        "",
        f"    Without npm, put the files of the `pyodide` npm package ({PYODIDE_VERSION}) in",
        f"    a folder and point `{DIR_ENV}` at it.",
    ])


# ---------------------------------------------------------------------------
# Command line
# ---------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    import argparse

    root = Path(__file__).resolve().parent.parent
    parser = argparse.ArgumentParser(prog="tools/playground.py", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("status", help="where the runtime is, or why the playground is left out")
    sub.add_parser("fetch", help=f"npm install --no-save pyodide@{PYODIDE_VERSION}")
    b = sub.add_parser("build", help="write SITE_DIR/playground/")
    b.add_argument("site_dir", type=Path)
    args = parser.parse_args(argv)
    try:
        if args.command == "fetch":
            fetch(root)
        runtime, why = locate(root) if args.command != "build" else prepare(root)
        if runtime is None:
            print(f"playground: off ({why})", file=sys.stderr)
            return 1
        print(f"playground: Pyodide {runtime.version} (Python {runtime.python}) at {runtime.path}")
        if args.command == "build":
            manifest = build(root, args.site_dir, runtime)
            print(f"wrote {args.site_dir / SITE_FOLDER}: {manifest['bytes']:,} bytes "
                  f"({', '.join(w['file'] for w in manifest['wheels'])})")
    except PlaygroundError as exc:
        print(f"playground: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())

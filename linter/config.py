"""Finding and checking the configuration.

``[tool.empathy-lint]`` in ``pyproject.toml`` or the top level of
``.empathy-lint.toml``, found by walking up from the linted file (or given
with ``--config``). Every key and rule id is checked once; a wrong one is
one clear error naming the file and the key.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace

from .finding import SEVERITIES
from .readers import DEFAULT_EXTENSIONS
from .readers.speakers import DEFAULT_BUYER, DEFAULT_REP, Speakers

CONFIG_FILES = (".empathy-lint.toml", "pyproject.toml")
TOP_KEYS = {
    "select", "ignore", "fail-on", "exclude", "extensions", "speakers", "rules", "severity",
    "max-file-size", "languagetool-url", "library",
}
DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024


class ConfigError(Exception):
    """A configuration problem; the message names the file and the key."""


@dataclass(frozen=True)
class Config:
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    fail_on: str = "warning"
    severity: dict = field(default_factory=dict)
    options: dict = field(default_factory=dict)
    speakers: Speakers = field(default_factory=Speakers.default)
    exclude: tuple[str, ...] = ()  # relative to the config file's folder
    cli_exclude: tuple[str, ...] = ()  # --exclude: relative to the working folder, while walking
    extensions: tuple[str, ...] = DEFAULT_EXTENSIONS
    max_file_size: int = DEFAULT_MAX_FILE_SIZE
    languagetool_url: str | None = None
    library: dict = field(default_factory=dict)
    source: str | None = None  # the file it came from

    def enabled(self) -> list:
        from .rules import REGISTRY

        ids = self.select if self.select is not None else tuple(REGISTRY)
        return [REGISTRY[i] for i in ids if i in REGISTRY and i not in self.ignore]

    def severity_of(self, module) -> str:
        return self.severity.get(module.ID, module.SEVERITY)

    require_grammar: bool = False

    def options_of(self, module) -> dict:
        """The rule's options: its declared defaults, then a top-level key that
        sets one (``languagetool-url``), then the rule's own table, then a
        command-line flag (``--require-grammar``)."""
        from .rules import meta

        declared = meta.options(module)
        opts = meta.defaults(module)
        for option in declared:
            if option.key_field and getattr(self, option.key_field):
                opts[option.name] = getattr(self, option.key_field)
        opts.update(self.options.get(module.ID, {}))
        for option in declared:
            if option.flag_field and getattr(self, option.flag_field):
                opts[option.name] = True
        return opts

    def with_overrides(self, select=None, ignore=(), fail_on=None, exclude=(), require_grammar=False) -> Config:
        return replace(
            self,
            require_grammar=require_grammar or self.require_grammar,
            select=tuple(select) if select else self.select,
            ignore=tuple(dict.fromkeys(self.ignore + tuple(ignore))),
            fail_on=fail_on or self.fail_on,
            cli_exclude=self.cli_exclude + tuple(exclude),
        )


def rule_ids(values, where: str) -> tuple[str, ...]:
    """Check and canonicalize rule ids (comma-separated strings or lists)."""
    from .rules import UnknownRule, canonical

    out = []
    if not isinstance(values, (str, list, tuple)):
        raise ConfigError(f"{where}: expected a rule id or a list of rule ids, got {values!r}")
    items = [values] if isinstance(values, str) else list(values)
    for item in items:
        if not isinstance(item, str):
            raise ConfigError(f"{where}: rule ids must be strings, got {item!r}")
        for part in item.split(","):
            part = part.strip()
            if not part:
                continue
            if part.upper() == "ALL":
                from .rules import REGISTRY

                out.extend(REGISTRY)
                continue
            try:
                out.append(canonical(part))
            except UnknownRule:
                raise ConfigError(f"{where}: unknown rule id '{part}' (see empathy-lint --list-rules)") from None
    return tuple(dict.fromkeys(out))


def _severity(value, where: str) -> str:
    if value not in SEVERITIES:
        raise ConfigError(f"{where}: severity must be one of {', '.join(SEVERITIES)}, got {value!r}")
    return value


def _strings(value, where: str) -> tuple[str, ...]:
    if isinstance(value, str) or not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: expected a list of strings")
    return tuple(value)


def from_table(table: dict, path: str, base: Config | None = None) -> Config:  # noqa: C901 (complexity 30: known debt, issue 14)
    """Build a Config from a ``[tool.empathy-lint]`` table, checking every key
    (a rule's options against the types it declares, :mod:`linter.rules.meta`)."""
    from .rules import REGISTRY, meta

    where = f"{path}: [tool.empathy-lint]" if path.endswith("pyproject.toml") else path
    for key in table:
        if key not in TOP_KEYS:
            raise ConfigError(f"{where}: unknown key '{key}'")
    cfg = base or Config()
    kw: dict = {"source": path}
    if "select" in table:
        kw["select"] = rule_ids(table["select"], f"{where}: select")
    if "ignore" in table:
        kw["ignore"] = rule_ids(table["ignore"], f"{where}: ignore")
    if "fail-on" in table:
        kw["fail_on"] = _severity(table["fail-on"], f"{where}: fail-on")
    if "exclude" in table:
        kw["exclude"] = _strings(table["exclude"], f"{where}: exclude")
    if "extensions" in table:
        exts = _strings(table["extensions"], f"{where}: extensions")
        kw["extensions"] = tuple(e if e.startswith(".") else "." + e for e in exts)
    if "max-file-size" in table:
        v = table["max-file-size"]
        if not isinstance(v, int) or isinstance(v, bool) or v <= 0:
            raise ConfigError(f"{where}: max-file-size must be a positive number of bytes")
        kw["max_file_size"] = v
    for option in (o for m in REGISTRY.values() for o in meta.options(m) if o.key and o.key in table):
        try:  # a top-level key that sets a rule's option (languagetool-url): the option's type
            kw[option.key_field] = option.check(table[option.key])
        except meta.OptionTypeError as exc:
            raise ConfigError(f"{where}: {option.key} {exc}") from None
    if "library" in table:
        v = table["library"]
        if not isinstance(v, dict):
            raise ConfigError(f"{where}: library must be a table")
        kw["library"] = v
    if "speakers" in table:
        sp = table["speakers"]
        if not isinstance(sp, dict):
            raise ConfigError(f"{where}: speakers must be a table with 'rep' and 'buyer' lists")
        for k in sp:
            if k not in ("rep", "buyer"):
                raise ConfigError(f"{where}: unknown key 'speakers.{k}' (expected 'rep' or 'buyer')")
        kw["speakers"] = Speakers(
            _strings(sp["rep"], f"{where}: speakers.rep") if "rep" in sp else DEFAULT_REP,
            _strings(sp["buyer"], f"{where}: speakers.buyer") if "buyer" in sp else DEFAULT_BUYER,
        )
    severity = dict(cfg.severity)
    options = {k: dict(v) for k, v in cfg.options.items()}
    if "severity" in table:
        sev = table["severity"]
        if not isinstance(sev, dict):
            raise ConfigError(f"{where}: severity must be a table of rule id = severity")
        for rid, value in sev.items():
            (rid,) = rule_ids(rid, f"{where}: severity")
            severity[rid] = _severity(value, f"{where}: severity.{rid}")
    if "rules" in table:
        rules = table["rules"]
        if not isinstance(rules, dict):
            raise ConfigError(f"{where}: rules must be a table of rule tables")
        for rid, conf in rules.items():
            (rid,) = rule_ids(rid, f"{where}: rules")
            if not isinstance(conf, dict):
                raise ConfigError(f"{where}: rules.{rid} must be a table")
            module = REGISTRY[rid]
            for key, value in conf.items():
                if key == "severity":
                    severity[rid] = _severity(value, f"{where}: rules.{rid}.severity")
                elif (option := meta.option(module, key)) is not None:
                    try:
                        value = option.check(value)
                    except meta.OptionTypeError as exc:
                        raise ConfigError(f"{where}: rules.{rid}.{key} {exc}") from None
                    options.setdefault(rid, {})[key] = value
                else:
                    known = ", ".join(["severity", *meta.defaults(module)])
                    raise ConfigError(f"{where}: unknown key 'rules.{rid}.{key}' (known: {known})")
    kw["severity"] = severity
    kw["options"] = options
    return replace(cfg, **kw)


#: A config file larger than this is refused (no real one comes close).
MAX_CONFIG_SIZE = 1024 * 1024


def load_file(path: str) -> Config | None:  # noqa: C901 (complexity 15: known debt, issue 14)
    """The config in ``path``; ``None`` for a pyproject.toml without our table.

    Only a regular file is read (``--config /dev/zero`` or a FIFO is one
    error line), and at most :data:`MAX_CONFIG_SIZE` bytes of it.
    """
    from .files import InputError, read_bytes

    try:
        raw = read_bytes(path, MAX_CONFIG_SIZE)
    except InputError as exc:
        message = str(exc).split(": ", 1)[-1].replace(", not read", "").replace(", see max-file-size", "")
        raise ConfigError(f"{path}: cannot read config: {message}") from None
    if os.path.basename(path) == "pyproject.toml" and b"empathy-lint" not in raw:
        return None  # another tool's file: not even parsed
    import tomllib

    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]  # a UTF-8 byte-order mark, as some editors save
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: invalid TOML: not UTF-8") from None
    except RecursionError:
        raise ConfigError(f"{path}: invalid TOML: nested too deeply") from None
    tool = data.get("tool")
    if os.path.basename(path) == "pyproject.toml":
        if not isinstance(tool, dict):
            if "tool" in data:
                raise ConfigError(f"{path}: 'tool' must be a table, got {_kind(tool)}")
            return None
        table = tool.get("empathy-lint")
        if table is None:
            return None
    elif set(data) == {"tool"}:
        if not isinstance(tool, dict):
            raise ConfigError(f"{path}: 'tool' must be a table, got {_kind(tool)}")
        table = tool.get("empathy-lint", data)
        if table is data:
            raise ConfigError(f"{path}: expected [tool.empathy-lint] or top-level keys, found only [tool]")
    else:
        table = data
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [tool.empathy-lint] must be a table, got {_kind(table)}")
    return from_table(table, path)


def _kind(value) -> str:
    if isinstance(value, list):
        return "an array (write [tool.empathy-lint], not [[tool...]])"
    return f"{type(value).__name__} {value!r}"[:80]


class Finder:
    """Finds the config that applies to a file by walking up from it (cached).

    The walk stops at the repository root (a folder holding ``.git``, a
    folder or a file as in a worktree or submodule) and at
    the home folder: a ``.empathy-lint.toml`` in ``/tmp`` or any folder above
    the repository cannot silence the rules or send drafts to a server.
    Iterative, so a file thousands of folders deep is no recursion error.
    """

    def __init__(self, explicit: str | None = None) -> None:
        self._explicit = load_file(explicit) or Config(source=explicit) if explicit else None
        self._cache: dict[str, Config] = {}
        homes = set()
        try:
            home = os.path.expanduser("~")
            homes = {os.path.abspath(home), os.path.realpath(home)} - {os.sep}
        except (OSError, KeyError):
            pass
        self._homes = frozenset(homes)

    def for_path(self, path: str | None) -> Config:
        if self._explicit is not None:
            return self._explicit
        start = os.path.dirname(os.path.abspath(path)) if path else os.getcwd()
        return self._for_dir(start)

    def _for_dir(self, directory: str) -> Config:
        visited = []
        found: Config | None = None
        while True:
            if directory in self._cache:
                found = self._cache[directory]
                break
            visited.append(directory)
            for name in CONFIG_FILES:
                candidate = os.path.join(directory, name)
                if os.path.isfile(candidate):
                    found = load_file(candidate)
                    if found is not None:
                        break
            if found is not None:
                break
            parent = os.path.dirname(directory)
            if parent == directory or directory in self._homes or os.path.lexists(os.path.join(directory, ".git")):
                found = Config()
                break
            directory = parent
        for d in visited:
            self._cache[d] = found
        return found

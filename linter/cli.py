"""The ``empathy-lint`` command: options, config, engine, format, exit code."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from typing import NoReturn

import click

from .finding import SEVERITIES
from .formats import FORMATS

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
SEVERITY_RANK = {severity: rank for rank, severity in enumerate(SEVERITIES)}
PARALLEL_THRESHOLD = 24
PROGRESS_THRESHOLD = 50  # files; a progress bar only on a terminal


def _say(line: str) -> None:
    """One line on standard error, every control character in it escaped."""
    from .escape import terminal

    click.echo(terminal(line), err=True)


def _split_ids(values) -> tuple[str, ...]:
    from .config import rule_ids

    return rule_ids(list(values), "command line") if values else ()


def _list_rules(ctx, _param, value):
    if not value or ctx.resilient_parsing:
        return
    from .rules import REGISTRY, summary

    width = max(len(i) for i in REGISTRY)
    for rid, module in REGISTRY.items():
        click.echo(f"{rid:<{width}}  {module.SEVERITY:<7}  {summary(module)}")
    ctx.exit(0)


def _explain(ctx, _param, value):
    if not value or ctx.resilient_parsing:
        return
    from .rules import UnknownRule, get

    try:
        module = get(value)
    except UnknownRule:
        _say(f"empathy-lint: error: unknown rule id '{value}' (see --list-rules)")
        ctx.exit(EXIT_ERROR)
    from .rules.meta import markdown

    doc, refs, tail = (module.__doc__ or "").strip().partition("\n## References")
    click.echo(f"# {module.ID} (default severity: {module.SEVERITY})\n")
    click.echo(f"{doc.rstrip()}\n\n{markdown(module)}\n{refs}{tail}".rstrip())
    ctx.exit(0)


@dataclass(frozen=True)
class Outcome:
    """What linting (and fixing) one target gave; crosses process boundaries."""

    findings: list = field(default_factory=list)
    error: Exception | None = None  # an InputError: exit status 2
    notice: str | None = None
    collected: dict = field(default_factory=dict)  # what the rules of scope "files" need of it (engine.collect)
    fix: object = None  # linter.fix.FileFix, with --fix / --diff
    fix_error: str | None = None  # a file --fix refused or could not write
    fix_failed: bool = False  # could not write: exit status 2
    unavailable: tuple = ()  # rules that could not run (grammar without its server)
    warnings: tuple = ()  # one line each: an unknown rule id in an inline control comment


def _lint_one(job) -> Outcome:
    """Lint one target (and fix it, with --fix / --diff); runs in a worker process for large batches."""
    path, display, text, config, mode = job
    from .engine import collect, lint
    from .files import InputError, read_text
    from .readers import read

    try:
        if text is None:
            text = read_text(path, config.max_file_size)
        if not text.lstrip("\ufeff").strip():
            return Outcome(notice=f"{display}: empty file, nothing to lint")
        document = read(text, path if path != "-" else display, config.speakers)
        problems: list[str] = []
        warnings: list[str] = []
        found = lint(document, config, display, problems, warnings)
        collected = collect(document, config)
    except InputError as exc:
        return Outcome(error=exc)
    except Exception as exc:  # a reader bug must not hide the other files
        return Outcome(error=InputError(display, f"could not be read as a draft ({type(exc).__name__}: {exc})"))
    if not mode:
        return Outcome(found, collected=collected, unavailable=tuple(problems), warnings=tuple(warnings))
    from .fix import FixError, fix_file

    after: dict = {}

    def relint(new: str) -> list:
        after["document"] = read(new, path, config.speakers)
        after["findings"] = lint(after["document"], config, display)
        return after["findings"]

    try:
        unsafe = mode.endswith("+unsafe")
        fixed = fix_file(path, text, found, write=mode.startswith("fix"), filename=path, relint=relint, unsafe=unsafe)
    except FixError as exc:
        return Outcome(found, collected=collected, fix_error=str(exc), fix_failed=exc.write_failed)
    except Exception as exc:  # a reader bug while checking the fix: nothing was written
        return Outcome(found, collected=collected, fix_error=f"{display}: not fixed ({type(exc).__name__}: {exc})")
    if mode.startswith("fix") and fixed.changed:  # report what is left in the file as written
        found = after["findings"]
        collected = collect(after["document"], config)
    return Outcome(found, collected=collected, fix=fixed, unavailable=tuple(problems), warnings=tuple(warnings))


_PARENT: int | None = None  # in a worker process: the pid of the run that started it
_PPID: int | None = None  # and its own parent then (the run itself, or a fork server)


def _orphan_guard(parent: int) -> None:
    """Worker initializer: stop when the parent run dies (``kill -9`` included).

    On Linux the kernel sends SIGTERM to the worker when its parent dies
    (``prctl(PR_SET_PDEATHSIG)``); everywhere, :func:`_orphaned` is checked
    before each file, so an orphan never fixes another one.
    """
    global _PARENT, _PPID
    _PARENT, _PPID = parent, os.getppid()
    if sys.platform.startswith("linux") and _PPID == parent:
        try:
            import ctypes
            import signal

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, int(signal.SIGTERM), 0, 0, 0)  # 1 = PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
    if _orphaned():  # the run died before the guard was set
        os._exit(1)


def _orphaned() -> bool:
    """True in a worker whose parent run is gone."""
    if _PARENT is None:
        return False
    if os.getppid() != _PPID:
        return True
    if _PPID != _PARENT:  # started by a fork server: ask about the run itself
        try:
            os.kill(_PARENT, 0)
        except ProcessLookupError:
            return True
        except OSError:
            pass
    return False


def _lint_in_worker(job) -> Outcome:
    """:func:`_lint_one` in a worker process, unless the run that asked for it is gone."""
    if _orphaned():
        os._exit(1)
    return _lint_one(job)


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def _stderr_is_terminal() -> bool:
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


class _Progress:
    """A one-line progress bar on standard error (only ever on a terminal)."""

    WIDTH = 30

    def __init__(self, total: int, stream) -> None:
        self.total = total
        self.stream = stream
        self.done = 0
        self._last = -1.0

    def step(self, item):
        import time

        self.done += 1
        now = time.monotonic()
        if now - self._last >= 0.1 or self.done == self.total:
            self._last = now
            filled = self.WIDTH * self.done // self.total
            bar = "#" * filled + "-" * (self.WIDTH - filled)
            self.stream.write(f"\rempathy-lint [{bar}] {self.done}/{self.total} files")
            self.stream.flush()
        return item

    def close(self) -> None:
        self.stream.write("\r\x1b[K")
        self.stream.flush()


def _run(jobs_list, workers: int, progress: _Progress | None) -> list[Outcome]:
    """Outcomes in the order of ``jobs_list``, whether run in parallel or not."""
    step = progress.step if progress else (lambda item: item)
    try:
        if workers > 1 and len(jobs_list) >= PARALLEL_THRESHOLD:
            from concurrent.futures import ProcessPoolExecutor
            from concurrent.futures.process import BrokenProcessPool

            workers = min(workers, len(jobs_list))
            try:
                with ProcessPoolExecutor(max_workers=workers, initializer=_orphan_guard, initargs=(os.getpid(),)) as pool:
                    chunks = max(1, len(jobs_list) // (workers * 8))
                    return [step(r) for r in pool.map(_lint_in_worker, jobs_list, chunksize=chunks)]
            except (OSError, BrokenProcessPool, NotImplementedError):
                if progress:
                    progress.done = 0
                # no worker processes here (a sandbox without semaphores): lint serially;
                # fixes are idempotent, so files a worker already fixed come out the same
        return [step(_lint_one(job)) for job in jobs_list]
    finally:
        if progress:
            progress.close()


@click.command(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.argument("paths", nargs=-1, type=click.Path(readable=False))  # an unreadable path: one line from the reader
@click.option(
    "--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True,
    help="Output format: text, json, github (workflow annotations) or sarif (code scanning).",
)
@click.option(
    "--fail-on", type=click.Choice(SEVERITIES[::-1]), default=None,
    help="Lowest severity that makes the exit status 1 [default: warning].",
)
@click.option("--select", multiple=True, metavar="IDS", help="Only these rules (comma-separated; repeatable).")
@click.option("--ignore", multiple=True, metavar="IDS", help="Skip these rules (comma-separated; repeatable).")
@click.option("--exclude", multiple=True, metavar="GLOB", help="Skip files and folders matching GLOB while walking folders (repeatable).")
@click.option("--config", "config_path", type=click.Path(readable=False), default=None, help="Use this config file instead of searching for one.")
@click.option("--stdin-filename", default=None, metavar="NAME", help="File name for standard input ('-'): picks the reader by extension.")
@click.option("--color/--no-color", default=None, help="Colour and group the text output [default: when writing to a terminal].")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None, help="Lint files in parallel [default: number of cores].")
@click.option(
    "--fix", is_flag=True,
    help="Apply the safe fixes (a 'but' between an acknowledgment and your own position becomes 'and') in place, then report what is left.",
)
@click.option("--unsafe-fixes", is_flag=True, help="With --fix or --diff, also apply the fixes that may change the meaning (marked as such in --diff).")
@click.option("--diff", is_flag=True, help="Print the changes --fix would make as a unified diff on standard output; write nothing.")
@click.option("--statistics", is_flag=True, help="After the findings, print how many each rule has.")
@click.option("--require-grammar", is_flag=True, help="Exit 2 when the grammar check cannot run (no LanguageTool server, or it failed).")
@click.option("--strict", is_flag=True, help="Exit 2 when a file or folder met while walking is skipped (binary, too large, not a regular file, unreadable).")
@click.option("--show-config", is_flag=True, help="Print which config file applies to each path on standard error, then lint.")
@click.option("--list-rules", is_flag=True, expose_value=False, is_eager=True, callback=_list_rules, help="List the rules and exit.")
@click.option("--explain", metavar="RULE", expose_value=False, is_eager=True, callback=_explain, help="Print one rule's documentation and exit.")
@click.version_option(package_name="active-empathy", prog_name="empathy-lint")
def main(
    paths, fmt, fail_on, select, ignore, exclude, config_path, stdin_filename, color,
    jobs, fix, unsafe_fixes, diff, statistics, require_grammar, strict, show_config,
):
    """Lint sales emails and call scripts against the Active Empathy playbook.

    PATHS are files, folders (linted recursively for .md, .markdown, .txt,
    .eml, .html, .htm) or '-' for standard input. Exit status: 0 no finding
    at or above --fail-on, 1 findings, 2 usage, config or input errors.
    """
    from .config import ConfigError
    from .engine import lint_files

    mode = _fix_mode(paths, fix, diff)
    config_for = _config_lookup(config_path, select, ignore, fail_on, exclude, require_grammar)
    try:
        batch = _gather_targets(paths, config_for, exclude, stdin_filename, mode and mode + ("+unsafe" if unsafe_fixes else ""))
        run_config = _config_of_the_run(batch.jobs, config_for)
    except ConfigError as exc:
        _fail(str(exc))
    if show_config:
        _show_config(batch.jobs)
    outcomes = _run(batch.jobs, jobs or _cores(), _progress_bar(len(batch.jobs)))
    report = _Report.of(batch, outcomes)
    if mode != "diff":  # --diff shows fixes only; no rule looks across the files
        report.add_across_files(lint_files(report.collected, run_config), run_config.fail_on)
    use_color = color if color is not None else (fmt == "text" and sys.stdout.isatty())
    _print_findings(report.findings, fmt, mode, use_color, statistics, report.fixes)
    _print_messages(report, mode, unsafe_fixes, strict)
    if use_color and fmt == "text" and mode != "diff":
        _print_summary(report.findings)
    sys.exit(_exit_status(report, require_grammar, strict))


def _fail(message: str) -> NoReturn:
    """An error that stops the run before linting: one line, exit status 2."""
    _error(message)
    sys.exit(EXIT_ERROR)


def _error(message: str) -> None:
    _say(f"empathy-lint: error: {message}")


def _fix_mode(paths, fix: bool, diff: bool) -> str | None:
    """``"diff"``, ``"fix"`` or ``None``; stops the run when there is nothing to lint or fix."""
    if not paths:
        _fail("no paths given (try: empathy-lint drafts/ or empathy-lint - < draft.txt)")
    mode = "diff" if diff else "fix" if fix else None
    if mode and "-" in paths:
        _fail(f"--{mode} works on files, not on standard input ('-')")
    return mode


def _config_lookup(config_path, select, ignore, fail_on, exclude, require_grammar):
    """A function from a path (or ``None``: the working folder) to the config
    that applies there, with the command line's options over it."""
    from .config import ConfigError, Finder

    try:
        cli_select = _split_ids(select)
        cli_ignore = _split_ids(ignore)
        finder = Finder(config_path)
    except ConfigError as exc:
        _fail(str(exc))

    def config_for(path):
        return finder.for_path(path).with_overrides(cli_select or None, cli_ignore, fail_on, exclude, require_grammar)

    return config_for


@dataclass
class _Batch:
    """The files to lint, as jobs for :func:`_lint_one`, and what the walk met besides."""

    jobs: list = field(default_factory=list)  # (path, display, text or None, config, fix mode)
    walked: set = field(default_factory=set)  # paths found in folders, not named on the command line
    errors: list = field(default_factory=list)  # InputError: exit status 2
    notices: list = field(default_factory=list)
    skipped: int = 0  # files and folders met while walking but not linted


def _gather_targets(paths, config_for, exclude, stdin_filename, fix_mode) -> _Batch:
    """Walk ``paths`` into jobs; standard input is read here, once."""
    from .files import InputError, walk

    batch = _Batch()
    for target in walk(paths, config_for, exclude):
        if isinstance(target, str):  # a files.Notice: a folder not walked, or nothing to lint in one
            batch.notices.append(target)
            continue
        if isinstance(target, InputError):
            if target.skippable:  # met while walking: a FIFO, a device, a folder that cannot be read
                batch.notices.append(f"{target} (skipped)")
                batch.skipped += 1
            else:
                batch.errors.append(target)
            continue
        if target.path == "-":
            job = _stdin_job(stdin_filename, config_for, batch.errors)
            if job is not None:
                batch.jobs.append(job)
        else:
            batch.jobs.append((target.path, target.path, None, config_for(target.path), fix_mode))
            if not target.explicit:
                batch.walked.add(target.path)
    return batch


def _stdin_job(stdin_filename, config_for, errors: list):
    """The job for standard input ('-'), or ``None`` with the reason added to ``errors``."""
    from .files import InputError, decode, read_bounded

    display = stdin_filename or "-"
    cfg = config_for(stdin_filename if stdin_filename else None)
    try:
        text = decode(read_bounded(sys.stdin.buffer, display, cfg.max_file_size), display)
    except InputError as exc:
        errors.append(exc)
        return None
    except OSError as exc:
        errors.append(InputError(display, f"cannot read standard input: {exc.strerror or exc}"))
        return None
    return (stdin_filename or "draft.txt", "-", text, cfg, None)


def _config_of_the_run(jobs_list, config_for):
    """The config of the folder that holds every linted file: it sets the rules
    that look across the files. Every config's options for those rules are
    checked here, used or not (raises ConfigError)."""
    from .engine import check_files_settings

    run_config = _common_folder_config(jobs_list, config_for)
    check_files_settings(run_config)
    for cfg in {id(job[3]): job[3] for job in jobs_list}.values():
        check_files_settings(cfg)
    return run_config


def _common_folder_config(jobs_list, config_for):
    """The config that applies in the folder holding every linted file."""
    dirs = [os.path.dirname(os.path.abspath(job[0])) for job in jobs_list if job[1] != "-"]
    if not dirs:
        return config_for(None)
    try:
        common = os.path.commonpath(dirs)
    except ValueError:  # paths on different drives
        return config_for(None)
    return config_for(os.path.join(common, "_"))


def _show_config(jobs_list) -> None:
    """``--show-config``: which config file applies to which paths."""
    seen: dict = {}
    for job in jobs_list:
        seen.setdefault(job[3].source, []).append(job[1])
    for source, shown in seen.items():
        more = f" and {len(shown) - 1} more" if len(shown) > 1 else ""
        _say(f"empathy-lint: config: {source or 'none found (built-in defaults)'} for {shown[0]}{more}")


def _progress_bar(total: int) -> _Progress | None:
    """A progress bar for a long run, and only on a terminal."""
    if total >= PROGRESS_THRESHOLD and _stderr_is_terminal():
        return _Progress(total, sys.stderr)
    return None


@dataclass
class _Report:
    """What the whole run found, fixed and could not do: what is printed, and the exit status."""

    errors: list
    notices: list
    skipped: int
    findings: list = field(default_factory=list)  # each file's (sorted), then those across the files
    collected: list = field(default_factory=list)  # (display, Outcome.collected) per linted file
    fixes: list = field(default_factory=list)  # FileFix objects that change a file
    refusals: list = field(default_factory=list)  # files --fix left alone, with the reason
    write_errors: list = field(default_factory=list)  # fixes that could not be written: exit status 2
    unavailable: list = field(default_factory=list)  # rules that could not run, one message each
    failed: bool = False  # a finding at or above its --fail-on

    @classmethod
    def of(cls, batch: _Batch, outcomes) -> _Report:
        report = cls(list(batch.errors), list(batch.notices), batch.skipped)
        for job, outcome in zip(batch.jobs, outcomes):
            report.add(job, outcome, batch.walked)
        report.findings.sort(key=lambda f: f.sort_key())
        return report

    def add(self, job, outcome: Outcome, walked: set) -> None:
        path, display, _text, cfg, _mode = job
        for message in outcome.unavailable:
            if message not in self.unavailable:
                self.unavailable.append(message)
        if outcome.notice:
            self.notices.append(outcome.notice)
        self.notices.extend(outcome.warnings)
        exc = outcome.error
        if exc is not None:
            if exc.skippable and path in walked:
                self.notices.append(f"{exc} (skipped)")
                self.skipped += 1
            else:
                self.errors.append(exc)
            return
        if outcome.fix_error:
            (self.write_errors if outcome.fix_failed else self.refusals).append(outcome.fix_error)
        if outcome.fix is not None and outcome.fix.changed:
            self.fixes.append(outcome.fix)
        self._count(outcome.findings, cfg.fail_on)
        self.findings.extend(outcome.findings)
        self.collected.append((display, outcome.collected))

    def add_across_files(self, findings: list, fail_on: str) -> None:
        """Findings of the rules that look across the files: after every file's own."""
        self._count(findings, fail_on)
        self.findings.extend(findings)

    def _count(self, findings, fail_on: str) -> None:
        threshold = SEVERITY_RANK[fail_on]
        self.failed = self.failed or any(SEVERITY_RANK[f.severity] >= threshold for f in findings)


def _print_findings(findings, fmt, mode, use_color, statistics, fixes) -> None:
    """Standard output: the findings in ``fmt`` (with --diff, the patch instead), then --statistics."""
    from .formats import render

    if mode == "diff":
        from .fix import unified_diff

        patch = unified_diff(fixes)
        if patch:  # bytes: every CR and every character as in the files
            click.echo(patch.encode("utf-8"), nl=False)
        out = ""
    else:
        out = render(fmt, findings, color=use_color)
    if out:
        click.echo(out, nl=False, color=use_color or None)
    if statistics:
        from .formats import statistics as stats

        click.echo(stats(findings), nl=False, err=fmt != "text" or mode == "diff")


def _plural(n: int, word: str, suffix: str = "s") -> str:
    return f"{n} {word}{suffix if n != 1 else ''}"


def _print_messages(report: _Report, mode, unsafe_fixes: bool, strict: bool) -> None:
    """Standard error, after the output: notices, what was fixed or held back, errors, skips."""
    for notice in report.notices:
        _say(f"empathy-lint: {notice}")
    for message in report.unavailable:
        _say(f"empathy-lint: {message}")
    _print_fix_summary(report, mode, unsafe_fixes)
    for message in report.refusals:
        _say(f"empathy-lint: {message}")
    for message in report.write_errors:
        _error(message)
    for exc in report.errors:
        _error(str(exc))
    skipped = report.skipped
    if skipped > 1 or (strict and skipped):  # one skip: its own notice is the summary
        _say(f"empathy-lint: {skipped} file{'s' if skipped != 1 else ''} or folder{'s' if skipped != 1 else ''} skipped"
             + (" (--strict: exit status 2)" if strict else " (see above; --strict makes this an error)"))


def _print_fix_summary(report: _Report, mode, unsafe_fixes: bool) -> None:
    """With --fix or --diff: how many findings were (or would be) fixed, and how many unsafe fixes wait."""
    fixes = report.fixes
    n = sum(len(fx.applied) for fx in fixes)
    if mode == "fix":
        if n:
            click.echo(f"empathy-lint: fixed {_plural(n, 'finding')} in {_plural(len(fixes), 'file')}", err=True)
    elif mode == "diff" and fixes:
        flag = "--fix --unsafe-fixes" if unsafe_fixes else "--fix"
        click.echo(f"empathy-lint: {flag} would fix {_plural(n, 'finding')} in {_plural(len(fixes), 'file')} (nothing written)", err=True)
    if mode and not unsafe_fixes:
        from .fix import held_back

        hidden = len(held_back(report.findings))
        if hidden:
            click.echo(f"empathy-lint: {_plural(hidden, 'unsafe fix', 'es')} held back (they may change the meaning; --unsafe-fixes applies them)", err=True)


def _print_summary(findings) -> None:
    """On a terminal, after the text output: how many findings in how many files."""
    n = len(findings)
    files = len({f.path for f in findings})
    click.echo(f"{_plural(n, 'finding')} in {_plural(files, 'file')}." if n else "No findings.")


def _exit_status(report: _Report, require_grammar: bool, strict: bool) -> int:
    if report.errors or report.write_errors or (require_grammar and report.unavailable) or (strict and report.skipped):
        return EXIT_ERROR
    return EXIT_FINDINGS if report.failed else EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    main()

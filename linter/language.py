"""The phrase-matching engine: phrasebank lists compiled into matchers over prose.

The definitions the rules share (acknowledgment, concern, pitch, ...) are
in :mod:`linter.vocabulary`; this module only finds phrases, words and
content words. A phrase list's entries are compiled one by one, each the
first time a text has the words it needs.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import phrasebank

CLAUSE_PUNCT = ",;:—–(-\"'\u2026"
LEAD_INS = frozenset(
    "and so oh ok okay yes yeah well honestly look hey first again also really totally "
    "completely but then now hi hello dear".split()
)


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    text: str


_GROUP = re.compile(r"\{([^{}]*)\}")
_ENTRY_WORD = re.compile(r"(?:\{[^{}]*\}|[^\s{}])+")


def _entry_pattern(entry: str) -> str:
    """A phrasebank entry (``{a|b}`` alternatives) as a regular expression.

    Compiled from the entry's structure rather than from its expansion, so
    a list with many alternatives stays a small pattern.
    """
    words = []
    for word in _ENTRY_WORD.findall(entry):
        parts = _GROUP.split(word)
        optional = len(parts) == 3 and not parts[0] and not parts[2] and "" in parts[1].split("|")
        out = []
        for i, part in enumerate(parts):
            if i % 2 == 0:
                out.append(re.escape(part))
            else:
                alts = sorted({a for a in part.split("|") if a}, key=len, reverse=True)
                alt = "|".join(r"\s+".join(re.escape(w) for w in a.split()) for a in alts)
                out.append("(?:" + alt + ")" + ("?" if "" in part.split("|") and not optional else ""))
        words.append(("".join(out), optional))
    pattern = ""
    for i, (w, optional) in enumerate(words):
        sep = r"\s+" if i < len(words) - 1 else ""
        pattern += f"(?:{w}{sep})?" if optional else w + sep
    return pattern


class LazyPattern:
    """A regular expression compiled the first time it is used (keeps start-up light).

    After the first use its ``search``/``match``/``finditer``/... are the
    compiled pattern's own methods, set on the instance.
    """

    def __init__(self, source: str, flags: int = 0) -> None:
        self._source, self._flags = source, flags

    def __getattr__(self, name: str):
        compiled = re.compile(self._source, self._flags)
        for method in ("search", "match", "fullmatch", "finditer", "findall", "sub", "split"):
            setattr(self, method, getattr(compiled, method))
        self.pattern = compiled.pattern
        return getattr(compiled, name)


#: Several rules ask the same list about the same sentence: matches are kept
#: in the document's own cache (the engine lints each document inside
#: :func:`document_scope`), for its short
#: sentences, up to a total length of text kept (then forgotten at once).
#: Rules walk a document's sentences one after the other, so a budget
#: smaller than a long document would be spent again for every rule.
CACHED_TEXT = 2000
CACHED_CHARS = 2_000_000


class PerText(dict):
    """Results per text of the current document, within :data:`CACHED_CHARS` of text."""

    def __init__(self) -> None:
        super().__init__()
        self.chars = 0

    def put(self, text: str, value):
        if self.chars + len(text) > CACHED_CHARS:
            self.clear()
        self[text] = value
        self.chars += len(text)
        return value

    def clear(self) -> None:
        super().clear()
        self.chars = 0


#: Letters that match an ASCII letter when case is ignored but lower-case to something else.
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
_RUN = re.compile(r"\w+")
#: The cache of the document being linted (``Document.caches``); outside
#: any document (a direct call), a loose one, bounded like the others.
_SCOPE: contextvars.ContextVar[dict] = contextvars.ContextVar("empathy_lint_document_caches")
_LOOSE: dict = {}


def per_text(key) -> PerText:
    """The current document's cache named ``key`` (one per phrase list, one for words)."""
    scope = _SCOPE.get(_LOOSE)
    found = scope.get(key)
    if found is None:
        found = scope[key] = PerText()
    return found


def per_document(fn):
    """Memoize ``fn(text)`` in the current document's cache (texts up to :data:`CACHED_TEXT` long)."""

    @functools.wraps(fn)
    def cached(text: str):
        if len(text) > CACHED_TEXT:
            return fn(text)
        cache = per_text(fn)
        found = cache.get(text)
        if found is None:
            found = cache.put(text, fn(text))
        return found

    return cached


@contextlib.contextmanager
def document_scope(caches: dict) -> Iterator[None]:
    """Keep phrase matches and word sets in ``caches`` (a document's own) while linting it."""
    token = _SCOPE.set(caches)
    try:
        yield
    finally:
        _SCOPE.reset(token)


def words_of(text: str) -> frozenset[str]:
    """The lower-cased word runs (``\\w+``) of ``text``; kept per document, as the matches are."""
    cache = per_text("words")
    found = cache.get(text)
    if found is None:
        found = frozenset(_RUN.findall((text if text.isascii() else text.translate(_FOLD)).lower()))
        if len(text) <= CACHED_TEXT:
            cache.put(text, found)
    return found


def _required_runs(entry: str) -> frozenset[str] | None:
    """Word runs (``\\w+``, lower case) one of which every match of ``entry`` contains.

    Of the entry's words that cannot be left out, the one whose ways of
    being written have the least common runs (function words and short
    ones are common); ``None`` when there is none to look for.
    """
    common = function_words()

    def weight(run: str) -> int:
        return 0 if len(run) <= 2 or run in common else len(run)

    best: tuple[int, int] | None = None
    chosen: frozenset[str] | None = None
    for word in _ENTRY_WORD.findall(entry):
        runs = []
        for spelled in phrasebank.spellings(word):
            found = _RUN.findall(spelled.translate(_FOLD).lower())
            if not found:  # this word may be left out, or has no letters: it proves nothing
                runs = None
                break
            runs.append(max(found, key=weight))
        if not runs:
            continue
        score = (min(weight(r) for r in runs), -len(set(runs)))
        if best is None or score > best:
            best, chosen = score, frozenset(runs)
    return chosen


class PhraseMatcher:
    """Finds the phrases of a list (or literal phrases) in prose.

    Each entry is compiled on its own, the first time a text has the words
    it needs; the clause anchors (``^``/``$``) are checked on the match.
    """

    def __init__(self, entries: Iterable[str], literal: bool = False) -> None:
        self._entries: list[tuple[bool, bool]] = []
        self._single: list = []
        needs: list[frozenset[str] | None] = []
        lengths: list[int] = []
        for entry in entries:
            entry = entry.strip()
            if not entry:
                continue
            starts = ends = False
            if literal:
                body = r"\s+".join(re.escape(w) for w in entry.split())
                needs.append(_required_runs(re.sub(r"[{}|]", " ", entry)))
            else:
                starts, ends = entry.startswith("^"), entry.endswith("$")
                inner = entry[1 if starts else 0 : len(entry) - (1 if ends else 0)]
                body = _entry_pattern(inner)
                needs.append(_required_runs(inner))
            self._entries.append((starts, ends))
            lengths.append(len(entry))
            self._single.append(body)
        # Entries are tried longest first, as one alternation would try them.
        # Every match of an entry contains one of a few words (``needs``): a
        # text is only searched for the entries whose words it has (a set
        # lookup on its words, computed once per text), and an entry's
        # pattern is compiled the first time a text might match it.
        order = sorted(range(len(self._single)), key=lambda i: -lengths[i])
        self._rank = {i: r for r, i in enumerate(order)}
        self._always = [i for i in order if needs[i] is None]
        self._by_word: dict[str, list[int]] = {}
        for i in order:
            for word in needs[i] or ():
                self._by_word.setdefault(word, []).append(i)
        self._words = frozenset(self._by_word)

    def _candidates(self, text: str) -> list[int]:
        """The entries that may match ``text``, in the order they are tried."""
        present = self._words.intersection(words_of(text))
        if not present:
            return self._always
        found = set(self._always)
        for word in present:
            found.update(self._by_word[word])
        return sorted(found, key=self._rank.__getitem__)

    def _compiled(self, i: int) -> re.Pattern:
        body = self._single[i]
        if isinstance(body, str):
            body = self._single[i] = re.compile(r"(?<!\w)(?:" + body + r")(?!\w)(?!'\w)", re.IGNORECASE)
        return body

    @classmethod
    def literal(cls, phrases: Iterable[str]) -> PhraseMatcher:
        """Literal phrases; a merge field in one (``[x]``, ``{{name}}``) is masked as the readers mask it in a draft."""
        from .document import OPAQUE
        from .readers.masking import TEMPLATE

        return cls((normalize_phrase(TEMPLATE.sub(OPAQUE, p)) for p in phrases if p.strip()), literal=True)

    def _valid(self, text: str, index: int, start: int, end: int) -> bool:
        starts, ends = self._entries[index]
        if starts and not starts_clause(text, start):
            return False
        return not (ends and not ends_clause(text, end))

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[Match]:
        """The matches in ``text[start:end]``; whole-text results are cached per text."""
        if not self._always and self._words.isdisjoint(words_of(text)):
            return iter(())  # the common case: none of the entries' words
        whole = start == 0 and (end is None or end == len(text)) and len(text) <= CACHED_TEXT
        if whole:
            cache = per_text(id(self))
            found = cache.get(text)
            if found is not None:
                return iter(found)
        candidates = self._candidates(text)
        if not whole:
            return self._scan(text, start, len(text) if end is None else end, candidates) if candidates else iter(())
        found = per_text(id(self)).put(text, tuple(self._scan(text, 0, len(text), candidates)) if candidates else ())
        return iter(found)

    def _scan(self, text: str, start: int, end: int, candidates: list[int]) -> Iterator[Match]:  # noqa: C901 (complexity 11: known debt, issue 14)
        """Leftmost matches, the first entry in order winning at a place (as in one alternation)."""
        upcoming: dict[int, re.Match | None] = {}  # each entry's next match at or after pos
        pos = start
        while pos < end:
            index, m = -1, None
            for i in candidates:
                found = upcoming.get(i, False)
                if found is False or (found is not None and found.start() < pos):
                    found = upcoming[i] = self._compiled(i).search(text, pos, end)
                if found is not None and (m is None or found.start() < m.start()):
                    index, m = i, found
            if m is None:
                return
            a, b = m.start(), m.end()
            if not self._valid(text, index, a, b):
                # Another entry may match here with its anchors satisfied.
                best = None
                for i in candidates:
                    if i == index:
                        continue
                    other = self._compiled(i).match(text, a, end)
                    if other and self._valid(text, i, a, other.end()) and (best is None or other.end() > best):
                        best = other.end()
                if best is None:
                    pos = a + 1
                    continue
                b = best
            yield Match(a, b, text[a:b])
            pos = max(b, a + 1)

    def search(self, text: str, start: int = 0, end: int | None = None) -> Match | None:
        return next(self.finditer(text, start, end), None)


def normalize_phrase(text: str) -> str:
    from .document import normalize

    return normalize(text).lower()


def starts_clause(text: str, pos: int) -> bool:
    """True when ``pos`` begins a clause: sentence start, after , ; : — ( or a lead-in word.

    Looks back over at most four lead-in words ("and honestly, ..."), so the
    cost per call stays constant however long the sentence is.
    """
    i = pos
    for _ in range(5):
        while i > 0 and text[i - 1] in " \n*_":
            i -= 1
        if i == 0 or text[i - 1] in CLAUSE_PUNCT or not (text[i - 1].isalnum() or text[i - 1] in "'’"):
            return True
        j = i
        while j > 0 and i - j < 20 and (text[j - 1].isalnum() or text[j - 1] == "_"):
            j -= 1
        if text[j:i].lower() not in LEAD_INS:
            return False
        i = j
    return False


def ends_clause(text: str, pos: int) -> bool:
    i = pos
    while i < len(text) and text[i] == " ":
        i += 1
    return i >= len(text) or text[i] in ",.;:!?—–-)\"'\n\u2026"


def extra_matcher(options: dict) -> PhraseMatcher | None:
    """A rule's ``extra-phrases`` option as a literal matcher (compiled once per phrase set)."""
    phrases = options.get("extra-phrases")
    return _literal(tuple(phrases)) if phrases else None


@functools.lru_cache(maxsize=64)
def _literal(phrases: tuple[str, ...]) -> PhraseMatcher:
    return PhraseMatcher.literal(phrases)


def with_extra(name: str, options: dict) -> list[PhraseMatcher]:
    """The matcher of list ``name``, plus the rule's ``extra-phrases`` when set."""
    extra = extra_matcher(options)
    return [matcher(name)] + ([extra] if extra else [])


def suggestion_context(doc, turn) -> str:
    """What a suggestion is chosen from: the buyer's words this turn answers, else the turn itself."""
    return doc.buyer_words_just_before(turn) or " ".join(s.text for s in turn.sentences)


_MATCHERS: dict[str, PhraseMatcher] = {}


def matcher(name: str) -> PhraseMatcher:
    """The compiled matcher of one phrasebank list (compiled once, on first use)."""
    found = _MATCHERS.get(name)
    if found is None:
        found = _MATCHERS[name] = PhraseMatcher(phrasebank.raw_entries(name))
    return found


@functools.cache
def _situation_cues() -> list[tuple[re.Pattern, dict]]:
    return [
        (re.compile(r"(?<!\w)(?:" + "|".join(re.escape(c) for c in s.get("cues", ())) + r")(?!\w)", re.IGNORECASE), s)
        for s in phrasebank.situations()
        if s.get("cues")
    ]


def situation_for(text: str, default: str = "frustration") -> dict:
    """The playbook situation whose cues appear in ``text`` (for suggestions)."""
    for pattern, situation in _situation_cues():
        if pattern.search(text):
            return situation
    return next(s for s in phrasebank.situations() if s["id"] == default)


# --- reflections: reusing the buyer's own words ----------------------------------

WORD = re.compile(r"[a-z0-9%$€£][a-z0-9'%$€£-]*", re.IGNORECASE)


@functools.cache
def function_words() -> frozenset[str]:
    return frozenset(p.text for p in phrasebank.phrases("function-words"))


@functools.lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude stem, enough to match "worried"/"worry", "delays"/"delay"."""
    word = word.lower().strip("'-")
    if word.endswith("'s"):
        word = word[:-2]
    for suffix in ("ing", "ied", "ies", "ed", "es", "s", "y"):
        if len(word) > len(suffix) + 2 and word.endswith(suffix):
            word = word[: -len(suffix)]
            break
    if len(word) > 3 and word.endswith("y"):  # "delays" -> "delay" -> "dela", as "delay" does
        word = word[:-1]
    return word.rstrip("e") if len(word) > 3 else word


@functools.lru_cache(maxsize=256)
def content_words(text: str) -> frozenset[str]:
    fw = function_words()
    return frozenset(stem(w) for w in WORD.findall(text.lower()) if w not in fw and len(w) > 2)

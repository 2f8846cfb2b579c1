"""The rules: one module per rule id, listed here explicitly.

Each module has ``ID``, ``SEVERITY``, ``OPTIONS`` (a tuple of
:class:`~linter.rules.meta.Option`: name, type, default, description),
``PHRASE_LISTS`` (the ``phrasebank/lists`` it reads), optional ``ALIASES``,
a Markdown docstring (the rule's page, without its "Options" and "Data":
those come from the declarations, :func:`linter.rules.meta.markdown`) and
a ``SCOPE`` (:data:`DOCUMENT` when not declared):

- ``SCOPE = "document"``: ``check(document, options)`` yields
  :class:`~linter.finding.Hit` for one document;
- ``SCOPE = "files"``: the rule looks across every file linted together.
  ``collect(document)`` gives what it needs of one file (picklable: it
  crosses process boundaries), ``settings(config)`` checks its options
  (raising :class:`~linter.config.ConfigError`), and
  ``report(collected, config)``, given ``[(path, collected), ...]`` in
  linting order, returns its :class:`~linter.finding.Finding` objects.
  The engine runs both kinds (:func:`linter.engine.lint`,
  :func:`linter.engine.lint_files`).
"""

from __future__ import annotations

from . import (
    but_bridge,
    conceded_fact,
    empathy_without_direction,
    follow_up_cliche,
    generic_reflection,
    grammar,
    library_overuse,
    minimizing_language,
    pressure_after_empathy,
    scripted_empathy,
    solution_before_acknowledgment,
)

_MODULES = (
    but_bridge,
    scripted_empathy,
    conceded_fact,
    solution_before_acknowledgment,
    empathy_without_direction,
    minimizing_language,
    generic_reflection,
    pressure_after_empathy,
    follow_up_cliche,
    grammar,
    library_overuse,
)

#: rule id -> module, in documentation order
REGISTRY = {m.ID: m for m in _MODULES}
ALIASES = {alias: m.ID for m in _MODULES for alias in getattr(m, "ALIASES", ())}
#: The scopes a rule may declare: one document at a time, or every file linted together.
DOCUMENT, FILES = "document", "files"


class UnknownRule(KeyError):
    pass


def canonical(rule_id: str) -> str:
    rule_id = rule_id.strip()
    if rule_id in REGISTRY:
        return rule_id
    if rule_id in ALIASES:
        return ALIASES[rule_id]
    raise UnknownRule(rule_id)


def get(rule_id: str):
    return REGISTRY[canonical(rule_id)]


def summary(module) -> str:
    return (module.__doc__ or "").strip().splitlines()[0]


def scope(module) -> str:
    """:data:`DOCUMENT` or :data:`FILES`: what the rule looks at."""
    return getattr(module, "SCOPE", DOCUMENT)

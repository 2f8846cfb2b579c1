"""The spec's shared definitions, one each: every rule asks here.

*Acknowledgment*, *stock empathy*, *agreement*, *negative claim*,
*concern*, *pitch*, *next step*, *reflection*, *pressure* and *minimizing*
are recognised as shapes (a subject, a verb class, an object class; an
agreement marker, a clause about the offer, an evaluative word), with the
phrase lists in ``phrasebank/lists`` as examples of each part rather than as
the whole definition (the spec's "Shapes, not lists"). The phrase-matching
engine lives apart, in :mod:`linter.language`; the *response* (which
sentences a rep says in one go) is :func:`floors` and :func:`spoken`.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

import phrasebank

from . import language
from .document import OPAQUE, Document, Sentence, Turn
from .language import LazyPattern, Match, matcher

# --- words of a class ---------------------------------------------------------


@functools.cache
def word_list(name: str) -> frozenset[str]:
    """A phrasebank list of single words (``negative-words``, ``positive-words``), as a set."""
    return frozenset(p.text for p in phrasebank.phrases(name))


_DOUBLES = LazyPattern(r"^[^aeiou]*[aeiou][bdgmnpt]$")


def _comparatives(words: frozenset[str]) -> frozenset[str]:
    out = set()
    for w in words:
        if "-" in w or len(w) < 3:
            continue
        if _DOUBLES.match(w):  # thin -> thinner, big -> bigger
            out.add(w + w[-1] + "er")
        if w.endswith("y"):
            out.add(w[:-1] + "ier")
        elif w.endswith("e"):
            out.add(w + "r")
        else:
            out.add(w + "er")
    return frozenset(out)


@functools.cache
def negative_words() -> frozenset[str]:
    """Negative evaluative words and their comparatives ("clunky", "clunkier")."""
    base = word_list("negative-words")
    return base | _comparatives(base)


@functools.cache
def positive_words() -> frozenset[str]:
    base = word_list("positive-words")
    return base | _comparatives(base)


_TOKEN = LazyPattern(r"[A-Za-z][A-Za-z'-]*")
_NEGATION = frozenset("not n't never no isn't aren't wasn't weren't doesn't don't didn't hasn't haven't won't can't cannot hardly".split())
_NEGATION_BEFORE = LazyPattern(
    r"(?:\b(?:not|never|no|hardly|isn't|aren't|wasn't|weren't|doesn't|don't|didn't|hasn't|haven't|won't|can't|cannot)|n't)"
    r"(?:\s+(?:really|that|so|very|too|all|as|the|a|an|any|particularly|exactly|quite|remotely|even|been|be|feel|look|seem|had|have|has|seen|got|ever|once|one)){0,3}\s+$",
    re.IGNORECASE,
)


def negated(text: str, pos: int) -> bool:
    """A negation a few words before ``pos`` ("not that slow", "isn't the cheapest")."""
    return bool(_NEGATION_BEFORE.search(text[max(0, pos - 60) : pos]))


# --- stock empathy: subject + verb of understanding + generic object ------------

_ADVERB = (
    r"(?:totally|completely|fully|absolutely|definitely|truly|really|honestly|certainly|genuinely|deeply|entirely|"
    r"perfectly|sincerely|100%|1000%|one\s+hundred\s+percent|so|just|do|can|sure|all|both|always|too|also|100\s+percent)"
)
_AFTER_ADVERB = r"(?:\s+(?:completely|totally|fully|100%|one\s+hundred\s+percent|100\s+percent|entirely|perfectly|exactly|too))?"
_YOU = r"(?:you|ya|y'all|yous)(?:\s+(?:guys|all|folks|both|two|there|loud\s+and\s+clear|on\s+that|on\s+this))?"
_FEELING_NOUN = (
    r"(?:frustrations?|pain|concerns?|worry|worries|feelings?|position|perspective|point\s+of\s+view|situation|struggles?|"
    r"disappointment|annoyance|anger|stress|confusion|hesitations?|hesitancy|reservations|skepticism|scepticism|"
    r"apprehension|predicament|dilemma|point|challenges?|plight|irritation|upset|dissatisfaction|unease|fears?|doubts?)"
)
_GENERIC_OBJECT = (
    rf"(?:{_YOU}"
    rf"|your\s+(?:(?:\w+\s+)?{_FEELING_NOUN})"
    r"|how\s+you\s+(?:must\s+|might\s+)?(?:feel|felt|are\s+feeling|'re\s+feeling|are\s+feeling\s+right\s+now)"
    r"|how\s+(?:[\w-]+\s+){0,2}(?:that|this|it)(?:'s|\s+(?:must|might|can|could|would)(?:\s+have)?)?\s*(?:be|been|feel|feels|is|was|has\s+been)?"
    r"|where\s+you(?:'re|\s+are)\s+coming\s+from"
    r"|what\s+you(?:'re|\s+are)\s+(?:saying|going\s+through|feeling|dealing\s+with|up\s+against)"
    r"|what\s+you\s+mean"
    r"|the\s+(?:frustration|feeling|pain|struggle|concern)"
    r"|it|that|this"
    r"|for\s+you"
    r"|with\s+(?:you|your\s+(?:\w+\s+)?" + _FEELING_NOUN + r"))"
)
_VERB = (
    r"(?:understand|understood|hear|heard|get|got|know|feel|felt|appreciate|relate|sympathi[sz]e|empathi[sz]e|see)"
)
_STOCK_SHAPE = LazyPattern(
    rf"(?<![\w'])(?:i|we)(?:'ve|\s+have)?(?:\s+{_ADVERB}){{0,3}}\s+(?P<verb>{_VERB})(?![\w'])"
    rf"(?:\s+(?P<object>{_GENERIC_OBJECT})(?![\w']))?{_AFTER_ADVERB}",
    re.IGNORECASE,
)
#: What may follow a stock phrase for it to stand as a clause of its own: the
#: end, punctuation, a conjunction, or specifics "on/about" something.
_CLAUSE_GOES_ON = LazyPattern(
    r"\s*(?:$|[,.;:!?\u2014\u2013)\"]|-\s|\s*(?:and|but|however|though|so|on|about|re|regarding|that|there|with|when|if|because|—)\b)",
    re.IGNORECASE,
)
_ENDS = LazyPattern(r"\s*(?:$|[,.;:!?\u2014\u2013])")
_ENDS_OR_JOINS = LazyPattern(r"\s*(?:$|[,.;:!?\u2014\u2013]|(?:and|but|though)\b)", re.IGNORECASE)
_ADVERB_USED = LazyPattern(rf"\s{_ADVERB}\s", re.IGNORECASE)
_APOLOGY_SHAPE = LazyPattern(
    r"(?<![\w'])(?:(?:i|we)(?:'re|'m|\s+are|\s+am)?\s+(?:(?:so|very|truly|deeply|sincerely|really|terribly)\s+)?(?:sorry|apologi[sz]e)"
    r"|(?:(?:my|our)\s+)?(?:sincere(?:st)?\s+)?apologies|so\s+sorry|sorry)"
    r"\s+for\s+(?P<det>any|the|all\s+the|all\s+of\s+the|this|that|an)\s+(?:[\w-]+\s+)?"
    r"(?:inconvenience|inconveniences|hassle|trouble|disruption|frustration|annoyance|headache)"
    r"(?P<caused>\s+(?:this|that|it|we|our\s+\w+)\s+(?:may|might|has|have|could|will|must)?\s*(?:have\s+)?(?:caused|created|brought)(?:\s+you)?"
    r"|\s+(?:caused|created)(?:\s+to\s+you)?)?",
    re.IGNORECASE,
)


#: Without a subject, at the start of a sentence: "Totally get it.", "Completely understand where you're coming from."
_SUBJECTLESS_SHAPE = LazyPattern(
    rf"^[\W_]*(?:(?:oh|yeah|yes|ok|okay|look|hey)[,\s]+)?(?:totally|completely|fully|absolutely|100%|really|truly)\s+(?P<verb>get|understand|understood|hear|feel)(?![\w'])"
    rf"(?:\s+(?P<object>{_GENERIC_OBJECT})(?![\w']))?{_AFTER_ADVERB}",
    re.IGNORECASE,
)


_STOCK_VERBS = frozenset(
    "understand understood hear heard get got know feel felt appreciate relate sympathize sympathise empathize empathise see".split()
)
_APOLOGY_WORDS = frozenset("sorry apologize apologise apologies".split())


@language.per_document
def stock_empathy(text: str) -> tuple[Match, ...]:  # noqa: C901 (complexity 22: known debt, issue 14)
    """Stock empathy phrases in a sentence: the shape, plus the list's examples.

    "I (totally) understand", "I hear you (guys) on ...", "we completely get
    it", "I know how frustrating this must be", "I understand your
    frustration", "sorry for any inconvenience" in any wording. A plain "I
    understand" followed by the buyer's specific situation is not one.
    """
    found: list[Match] = list(matcher("stock-empathy").finditer(text))
    words = language.words_of(text)
    shaped = not _STOCK_VERBS.isdisjoint(words)
    for m in _STOCK_SHAPE.finditer(text) if shaped else ():
        verb = m.group("verb").lower()
        obj = (m.group("object") or "").lower()
        adverb = bool(_ADVERB_USED.search(text[m.start() : m.start("verb") + 1]))
        if not _CLAUSE_GOES_ON.match(text, m.end()):
            continue
        if not language.starts_clause(text, m.start()):
            continue
        if obj in ("it", "that", "this"):
            # "I get it." / "I totally get that." — not "I know that feature".
            if verb not in ("get", "got", "understand", "understood", "feel", "hear") or not _ENDS_OR_JOINS.match(text, m.end()):
                continue
            if verb in ("understand", "understood", "hear") and not adverb:
                continue
        elif obj.startswith("for you"):
            if verb not in ("feel", "felt"):
                continue
        elif obj.startswith("you"):
            if verb in ("know", "see", "appreciate", "relate"):
                continue
        elif not obj:
            # The verb alone: "I totally understand", "I can relate", "I completely empathize".
            if verb in ("relate", "sympathize", "sympathise", "empathize", "empathise"):
                pass
            elif verb in ("understand", "understood", "get", "got", "hear", "feel") and adverb:
                if verb in ("get", "got", "hear", "feel") and not _ENDS.match(text, m.end()):
                    continue
            else:
                continue
        elif obj.startswith(("how", "where", "what", "the ")):
            if verb in ("see",) and not obj.startswith("where"):
                continue
        elif obj.startswith(("your", "with")):
            if verb in ("know", "get", "got", "see"):
                continue
        found.append(Match(m.start(), m.end(), m.group()))
    m = _SUBJECTLESS_SHAPE.match(text) if shaped else None
    if m and _ENDS_OR_JOINS.match(text, m.end()):
        a = m.start("verb")
        a = text.rfind(" ", 0, a - 1) + 1 if a else a
        found.append(Match(a, m.end(), text[a : m.end()]))
    for m in _APOLOGY_SHAPE.finditer(text) if not _APOLOGY_WORDS.isdisjoint(words) else ():
        det = m.group("det").lower()
        if det == "any" or m.group("caused") or _ENDS.match(text, m.end()):
            found.append(Match(m.start(), m.end(), m.group()))
    return tuple(_merge(found))


def _merge(found: list[Match]) -> tuple[Match, ...]:
    found.sort(key=lambda m: (m.start, -m.end))
    out: list[Match] = []
    for m in found:
        if out and m.start < out[-1].end:
            if m.end > out[-1].end:
                out[-1] = Match(out[-1].start, m.end, out[-1].text + m.text[out[-1].end - m.start :])
            continue
        out.append(m)
    return tuple(out)


# --- acknowledgment ---------------------------------------------------------------

#: "I know {{team_name}} has been carrying extra work": a template's
#: acknowledgment of the buyer whose name is a merge field.
_KNOW_MERGE_FIELD = LazyPattern(r"(?<!\w)i\s+(?:know|realize|can\s+see)\s+(?=" + OPAQUE + ")", re.IGNORECASE)


#: "What a frustrating week", "Such a rough quarter": an exclamation that weighs the buyer's situation.
_EXCLAIM = LazyPattern(r"^\W*(?:what|such)\s+an?\s+(?P<words>(?:[\w'-]+\s+){0,2}[\w'-]+)", re.IGNORECASE)


#: "Ugh, that's the worst", "Oh no, that really sucks", "How awful", "That's not great":
#: the buyer's situation weighed in a word, after an optional interjection.
_THAT_IS_BAD = LazyPattern(
    r"^\W*(?:(?:oh\s+no|oh\s+man|oh\s+dear|ugh|oof|ouch|yikes|wow|gosh|geez|man|oh)[,!.\s\u2014\u2013-]+)?"
    r"(?P<that>(?:that|this)(?:'s|\s+is|\s+was|\s+sounds|\s+seems|\s+must\s+be|\s+must\s+have\s+been|\s+really|\s+just)?|how)"
    r"\s+(?P<words>(?:[\w'-]+\s+){0,2}?[\w'-]+)(?=\s*(?:[.!,;]|$|\s+to\s+hear|\s+(?:and|but)\b))",
    re.IGNORECASE,
)
#: "Your doubts about the renewal make sense": the buyer's feeling named and validated.
_YOUR_DOUBTS_MAKE_SENSE = LazyPattern(
    rf"^\W*(?P<your>your\s+(?:[\w-]+\s+)?{_FEELING_NOUN})\b[^.;!?]{{0,60}}?\b(?:make|makes|made)\s+(?:total\s+|complete\s+|perfect\s+)?sense\b",
    re.IGNORECASE,
)
#: "not great", "not ideal": a positive word negated weighs the situation too.
_NOT_GOOD = LazyPattern(r"^not\s+(?:great|good|ideal|okay|ok|fun|nice|acceptable|right|fair)$", re.IGNORECASE)


def _weighs(words: str) -> bool:
    """The last word is a negative evaluation ("the worst", "really sucks"), or a positive one negated."""
    lowered = words.lower().strip()
    if _NOT_GOOD.match(lowered):
        return True
    if lowered.startswith(("not ", "no ", "too ")) or matcher("negative-claims").search(lowered) is not None:
        return False  # "that's too slow", "that's expensive": a claim about the offer, not the buyer's lot
    return lowered.split()[-1] in negative_words()


@language.per_document
def acknowledgments(text: str) -> tuple[Match, ...]:
    """The acknowledgments in a sentence: empathy phrases (stock ones too),
    validations, reflections' openers and apologies for what the buyer went
    through; not the rep's apologies for their own lateness or thanks for
    time ("Sorry for the delay"), nor phrases quoted as examples."""
    found = list(matcher("acknowledgments").finditer(text)) + list(stock_empathy(text))
    exclaim = _EXCLAIM.match(text)
    if exclaim and not negated(text, exclaim.start()) and any(w.lower() in negative_words() for w in exclaim.group("words").split()):
        found.append(Match(exclaim.start(), exclaim.end(), exclaim.group()))
    sense = _YOUR_DOUBTS_MAKE_SENSE.match(text)
    if sense:
        found.append(Match(sense.start("your"), sense.end(), text[sense.start("your") : sense.end()]))
    weighed = _THAT_IS_BAD.match(text)
    if weighed and _weighs(weighed.group("words")):
        found.append(Match(weighed.start("that"), weighed.end(), text[weighed.start("that") : weighed.end()]))
    for m in _KNOW_MERGE_FIELD.finditer(text) if OPAQUE in text else ():
        if language.starts_clause(text, m.start()):
            found.append(Match(m.start(), m.end(), m.group()))
    if not found:
        return ()
    nots = [(m.start, m.end) for m in matcher("not-acknowledgments").finditer(text)]
    kept = [
        m
        for m in found
        if not any(a <= m.start < b or m.start <= a < m.end for a, b in nots) and not quoted_mention(text, m.start, m.end)
    ]
    return tuple(_merge(kept))


#: A sentence about the rep's side ("Our export ...", "We've rebuilt ...") is
#: not a reflection, however many of the buyer's words it reuses.
_REP_SIDE = LazyPattern(
    r"^\W*(?:our|we|we're|we've|we'll|we'd|us|here's|here is|here are|i'll|i will|i can|i could|i've|i have|i'd|let me|let's)\b",
    re.IGNORECASE,
)


def acknowledgment(text: str, buyer_words=frozenset()) -> Match | None:
    """The first acknowledgment of a sentence (the one definition every rule uses).

    An empathy phrase, a validation or an apology for what the buyer went
    through (:func:`acknowledgments`); or, where the buyer's words are known,
    a reflection that reuses them and names the feeling or weight of it
    ("Having reports cut off at 10,000 rows is frustrating when you need the
    full data") and is not itself a pitch, an offer or a question.
    """
    found = acknowledgments(text)
    if found:
        return found[0]
    if not buyer_words:
        return None
    feeling = matcher("feelings").search(text) or _weight(text)
    # A feeling word as the predicate ("An audit like that is draining") needs one of
    # the buyer's words; elsewhere in the sentence, two.
    needed = 1 if feeling is not None and _predicate(text, feeling.start) else 2
    if (
        feeling is not None
        and not is_question(text)
        and not _REP_SIDE.match(text)
        and matcher("pitch-markers").search(text) is None
        and conceded_claim(text) is None
        and pitch(text, numbers=False) is None
    ):
        if len(language.content_words(text) & _their_words(buyer_words)) >= needed:
            start = len(text) - len(text.lstrip())
            return Match(start, feeling.end, text[start : feeling.end])
    return None


#: A copula a few words before a word: "is embarrassing", "must have been a real drain".
_COPULA_BEFORE = LazyPattern(
    r"\b(?:is|was|are|were|be|been|sounds|seems|feels?|felt|looks)\s+(?:[\w'-]+\s+){0,2}$", re.IGNORECASE
)


def _weight(text: str) -> Match | None:
    """The first negative word that weighs the situation as its predicate ("... is
    embarrassing", "must have been a real drain"), not negated; a negative word
    elsewhere ("a hard refresh") weighs nothing."""
    negatives = negative_words()
    for m in _TOKEN.finditer(text):
        if m.group().lower() in negatives and _predicate(text, m.start()) and not negated(text, m.start()):
            return Match(m.start(), m.end(), m.group())
    return None


def _predicate(text: str, pos: int) -> bool:
    """The word at ``pos`` is what a copula says of a subject ("the wait was awful"); not in
    "there is an error" (existence) nor after "if" / "when" (a condition, not the buyer's lot)."""
    copula = _COPULA_BEFORE.search(text, max(0, pos - 40), pos)
    if copula is None:
        return False
    head = text[: copula.start()]
    return not re.search(r"\bthere(?:'s)?\s*$", head, re.IGNORECASE) and not _IF_WHEN.search(head)


_IF_WHEN = LazyPattern(r"\b(?:if|when|whenever|unless|in\s+case)\b", re.IGNORECASE)


def is_thanks(text: str) -> bool:
    """A thank-you ("Thanks for walking me through it"): it acknowledges no concern."""
    return _THANKS.match(text) is not None


_THANKS = LazyPattern(r"^\W*(?:thanks|thank\s+you|many\s+thanks|appreciate\s+(?:you|it))\b", re.IGNORECASE)


def _their_words(buyer_words) -> frozenset[str]:
    return buyer_words if isinstance(buyer_words, frozenset) else language.content_words(buyer_words)


def agreement(text: str, start: int = 0, end: int | None = None) -> Match | None:
    """Agreement ("You're right", "Fair point", "True"): not by itself an acknowledgment."""
    return matcher("agreements").search(text, start, end)


# --- agreement that concedes: marker + clause about the offer + negative claim ------

#: Agreement markers anywhere in a sentence ("Yeah, ...", "..., I won't argue with that").
_AGREEMENT_MARKER = LazyPattern(
    r"(?<![\w'])(?:(?:you're|you\s+are)\s+(?:(?:absolutely|totally|completely|so|quite|100%|dead)\s+)?(?:right|correct|not\s+wrong)"
    r"|(?:that's|that\s+is|it's|it\s+is)\s+(?:(?:totally|completely|absolutely|a|very|so|entirely)\s+)?(?:true|fair|right|correct|fair\s+point|valid\s+point)"
    r"|(?:totally|completely|absolutely|very)\s+(?:fair|true|right)|fair\s+(?:point|enough|criticism|call)|(?:good|great|valid)\s+point"
    r"|point\s+taken|granted|admittedly|agreed|true|yeah|yep|yes|(?:i|we)\s+(?:(?:totally|completely|fully|have\s+to|must|do|can't\s+help\s+but)\s+)?(?:agree|admit|concede|grant)"
    r"|(?:i|we)\s+(?:can't|cannot|won't|will\s+not|couldn't)\s+(?:argue|disagree)(?:\s+(?:with\s+(?:that|you)|there|on\s+that))?"
    r"|no\s+argument(?:\s+(?:there|here|from\s+me))?|guilty\s+as\s+charged|you\s+(?:have|'ve\s+got|got)\s+a\s+point|to\s+be\s+(?:fair|honest))(?![\w'])",
    re.IGNORECASE,
)
#: Who a claim is about: the offer, the vendor, what is sold.
_OFFER_SUBJECT = LazyPattern(
    r"(?:^|(?<=[\s,;:\u2014\u2013(\"]))(?:that\s+)?(?:(?:honestly|yes|yeah|and|but|so|sure|well|okay|ok)[,\s]+){0,2}"
    r"(?:it(?:'s|\s+is|\s+was|\s+has|'s\s+been)?|this(?:\s+(?:one|plan|tier|package|version|release|quote|contract|price|proposal))?|that's|ours"
    r"|we(?:'re|'ve|'d|'ll)?|our\s+(?:[\w-]+\s+){0,2}?[\w-]+|the\s+(?:[\w-]+\s+){0,2}?[\w-]+|[$€£]\s?\d[\d,.]*k?"
    r"|(?:price|prices|pricing|cost|costs|contract|product|platform|tool|onboarding|setup|support|app|docs|documentation|uptime|ui|ux|api|reporting|integration|interface|dashboard|roadmap|implementation|migration|renewal|quote|fee|fees)\b)",
    re.IGNORECASE,
)
#: "the budget", "the timing": the buyer's side, not the offer.
_BUYER_NOUNS = LazyPattern(
    r"(?:that\s+)?the\s+(?:budget|timing|board|quarter|team|deadline|goal|market|economy|year|week|month|situation|last\s+vendor|previous\s+vendor|old\s+system|current\s+system|process\s+on\s+your\s+side)\b",
    re.IGNORECASE,
)
_CLAUSE_STOP = LazyPattern(
    r"[;.!?\u2014\u2013]|,\s*(?:but|and|so|which|though|although|because)\b|\s(?:but|though|although|because|which|so\s+(?:let|i|we))\s", re.IGNORECASE
)
#: Nouns of the buyer's situation: "a rough quarter", "a tough spot" are about the buyer.
_SITUATION_NOUN = LazyPattern(
    r"\s+(?:week|weeks|month|months|quarter|quarters|year|years|time|times|spot|position|situation|day|days|stretch|period|season|ride|call|decision|choice|conversation)\b",
    re.IGNORECASE,
)
_EXCESS = LazyPattern(
    r"(?<![\w'-])(?:too\s+(?:[\w-]+)"
    r"|over(?:priced|complicated|-?engineered|kill|blown|promised|promising|charg\w*|built|wrought|stuffed|loaded|sold)"
    r"|overly\s+\w+|a\s+rip-?off|rip-?off|overkill|more\s+than\s+(?:it's\s+worth|you\s+need|it\s+should)|not\s+worth)",
    re.IGNORECASE,
)
_LOSING = LazyPattern(
    r"(?<![\w'])(?:(?:behind|lag(?:s|ging)?\s+behind|trail(?:s|ing)?|worse\s+than|not\s+as\s+\w+\s+as|less\s+\w+\s+than|outclassed|outpaced|beaten\s+by)"
    r"|(?:more\s+(?:expensive|costly|complicated|complex|limited|rigid))\s+than)(?![\w'])",
    re.IGNORECASE,
)
_SHORTFALL = LazyPattern(
    r"(?<![\w'])(?:(?:doesn't|does\s+not|don't|do\s+not|didn't|did\s+not|can't|cannot|won't|couldn't|isn't|aren't|hasn't|haven't|wasn't|weren't)\s+"
    r"(?:\w+\s+)?(?:handle|support|scale|integrate|cover|work|match|compete|keep\s+up|deliver|measure\s+up|compare|perform|hold\s+up|improve|improved|meet|live\s+up|do\s+(?:that|this|it)\s+well|there\s+yet|up\s+to|enough|good\s+enough|great|ideal|the\s+best|cheap|stable|reliable|ready)"
    r"|(?:hasn't|haven't|didn't|has\s+not|have\s+not)\s+(?:\w+\s+){0,2}enough|lacks?|lacking|without\s+(?:enough|any|much|proper|adequate|sufficient)|falls?\s+short|fell\s+short|missed\s+the\s+mark|dropped\s+the\s+ball|let\s+(?:you|your\s+team|you\s+guys)\s+down"
    r"|(?:does|do|did)\s+take\s+(?:forever|ages|too\s+long|a\s+while)|takes?\s+(?:forever|ages)|(?:messed|screwed|fouled)\s+up|(?:is|are|was|were|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:a\s+)?(?:mess|pain|nightmare|headache|disaster|letdown|let-down|joke))(?![\w'])",
    re.IGNORECASE,
)


def negative_claim(clause: str, buyer_words: str = "") -> Match | None:  # noqa: C901 (complexity 11: known debt, issue 14)
    """A negative claim in ``clause``: a negative judgement of any wording,
    excess, a comparison the offer loses, a shortfall, or the buyer's own
    negative words echoed back ("your X is clunky" → "our X is clunky")."""
    hits: list[Match] = []
    for pattern in (_EXCESS, _LOSING, _SHORTFALL):
        for m in pattern.finditer(clause):
            if pattern is _EXCESS and m.group().lower().startswith("too") and m.group().lower().split()[-1] in ("much", "many", "long"):
                # "too much", "too long" are excess when about the offer
                pass
            if pattern is not _SHORTFALL and negated(clause, m.start()):
                continue
            hits.append(Match(m.start(), m.end(), m.group()))
            break
    listed = matcher("negative-claims").search(clause)
    if listed is not None and not negated(clause, listed.start):
        hits.append(listed)
    negatives, positives = negative_words(), positive_words()
    buyer_negative = _buyer_negative_words(buyer_words) if buyer_words else frozenset()
    for m in _TOKEN.finditer(clause):
        word = m.group().lower().strip("'")
        if word in negatives or word in buyer_negative:
            if negated(clause, m.start()) or _SITUATION_NOUN.match(clause, m.end()):
                continue
            hits.append(Match(m.start(), m.end(), m.group()))
            break
        if word in positives and negated(clause, m.start()):
            hits.append(Match(m.start(), m.end(), m.group()))
            break
    if not hits:
        return None
    return min(hits, key=lambda h: h.start)


@functools.lru_cache(maxsize=64)
def _buyer_negative_words(buyer_words: str) -> frozenset[str]:
    """Words the buyer used to judge the offer negatively ("clunky", "a nightmare")."""
    negatives = negative_words()
    return frozenset(w.lower() for w in _TOKEN.findall(buyer_words) if w.lower() in negatives)


def conceded_claim(text: str, buyer_words: str = "") -> tuple[Match, int] | None:
    """Agreement that concedes a negative claim about the offer: the agreement
    marker and where the claim ends, in one sentence ("Yeah, our price is
    high."; "Fair point, we are slower than Acme"). ``None`` when the
    agreement is with the buyer's goal, feeling or a neutral fact."""
    for marker in agreement_markers(text):
        if quoted_mention(text, marker.start, marker.end):
            continue
        found = claim_about_offer(text, marker.end, buyer_words)
        if found is not None:
            return marker, found
    return None


#: One-word markers: agreement only when they stand as a clause of their own, and too weak to bridge from.
_WEAK_MARKERS = frozenset({"true", "yes", "yeah", "yep", "granted", "agreed", "admittedly"})


#: Every match of ``_AGREEMENT_MARKER`` has one of these words: a sentence without any is not scanned.
_MARKER_WORDS = frozenset(
    "right correct wrong true fair point granted admittedly agreed yeah yep yes agree admit concede grant argue disagree argument guilty honest taken".split()
)


def agreement_markers(text: str, strong_only: bool = False) -> list[Match]:
    """Agreement markers anywhere in a sentence ("you're right", "fair point", "True, ...", "I won't argue with that")."""
    return [m for m in _markers(text) if not (strong_only and m.text.lower() in _WEAK_MARKERS and m.start > 2)]


@language.per_document
def _markers(text: str) -> tuple[Match, ...]:
    if _MARKER_WORDS.isdisjoint(language.words_of(text)):
        found = []
    else:
        found = [Match(m.start(), m.end(), m.group()) for m in _AGREEMENT_MARKER.finditer(text)]
    found += list(matcher("agreements").finditer(text)) + list(matcher("concessions").finditer(text))
    out = []
    for m in _merge(found):
        word = m.text.lower()
        if word in _WEAK_MARKERS and not _stands_alone(text, m):
            continue
        if quoted_mention(text, m.start, m.end):
            continue
        if _HYPHENATED.match(text, m.end):
            continue  # "True-Ups", "yes-man"
        if _CONDITIONAL.search(text, max(0, m.start - 12), m.start):
            continue  # "If that's true for you, ...": a condition, not agreement
        if word in ("to be honest", "to be fair") and not _COMMA_NEXT.match(text, m.end):
            continue
        out.append(m)
    return tuple(out)


_COMMA_NEXT = LazyPattern(r"\s*,")
#: "if", "unless", "whether" right before a marker make it a condition.
_CONDITIONAL = LazyPattern(r"\b(?:if|unless|whether|assuming)\s+$", re.IGNORECASE)
_HYPHENATED = LazyPattern(r"-\w")


def _stands_alone(text: str, m: Match) -> bool:
    """A one-word marker that is a clause of its own ("True, ...", "Yeah — ...")."""
    return language.starts_clause(text, m.start) and language.ends_clause(text, m.end)


#: How far a conceded claim may reach after its agreement marker (keeps long sentences linear).
CLAUSE_REACH = 240


def claim_about_offer(text: str, start: int, buyer_words: str = "") -> int | None:
    """End offset of a negative claim about the offer in the clause after ``start``."""
    limit = min(len(text), start + CLAUSE_REACH)
    stop = _CLAUSE_STOP.search(text, start + 1, limit)
    end = stop.start() if stop else limit
    clause = text[start:end]
    if re.match(r"[\s,;:]*(?:that\s+)?(?:you|your|you're|you've|they|their|i|i'm|my)\b", clause, re.IGNORECASE):
        return None  # about the buyer or the rep's own feelings
    subject = _OFFER_SUBJECT.search(clause)
    if subject is None or subject.start() > 40 or _BUYER_NOUNS.match(clause, subject.start()):
        return None
    if re.match(r"[\s,;:]*(?:that\s+)?(?:it|this|that)\b", clause, re.IGNORECASE) and re.search(
        r"\b(?:for\s+you|on\s+you|on\s+your|your\s+team|your\s+side|hard\s+to\s+hear|tough\s+to\s+hear|frustrating|stressful|disappointing)\b",
        clause,
        re.IGNORECASE,
    ) and not _EXCESS.search(clause):
        return None  # "it's frustrating for your team": a validation, not a claim about the offer
    comma = clause.find(",", subject.end())
    if comma > 0:
        clause = clause[:comma]
    claim = negative_claim(clause[subject.start() :], buyer_words)
    if claim is None:
        return None
    # "It sounds like budget flexibility is limited" is a validation, not a claim.
    if acknowledgments(clause):
        return None
    return start + subject.start() + claim.end


# --- concern -----------------------------------------------------------------

_NEGATED_CUE = LazyPattern(r"\b(?:don't|do\s+not|no|not|never|nothing\s+to|without)\s+(?:\w+\s+){0,3}$", re.IGNORECASE)
#: Price shock, comparisons, sign-off doubts, the status quo, past bad
#: experience, outages and adoption doubts, in shapes rather than words.
_CONCERN_SHAPES = LazyPattern(
    r"(?:\b\d+\s?%\s+(?:higher|more|up|over|above|increase|jump|lower|less|cheaper|under|below)"
    r"|\b(?:went|go|gone|goes|going)\s+up\b|\b(?:jumped|doubled|tripled|spiked|skyrocketed)\b"
    r"|\b(?:fed\s+up|sick\s+of|tired\s+of|furious|angry|unacceptable|ridiculous|drowning|burning\s+out|burnt\s+out|burned\s+out|losing\s+patience"
    r"|(?:not|no\s+longer)\s+confident|lost\s+(?:confidence|trust|faith)|took\s+the\s+heat|without\s+(?:power|heat|water|internet|service|a\s+(?:word|call|reply))"
    r"|nobody\s+(?:from\s+\w+(?:\s+\w+)?\s+)?(?:told|called|answered|replied|came|showed)|no\s+one\s+(?:told|called|answered|replied|came|showed))"
    r"|\b(?:i'm|i\s+am|we're|we\s+are)\s+(?:\w+\s+)?(?:switching|leaving|cancell?ing|moving\s+(?:to|away)|done\s+with|walking\s+away)|(?:higher|more)\s+than\s+(?:we|i|last|our|what)"
    r"|\bover\s+(?:our\s+|the\s+)?budget|out\s+of\s+(?:our\s+)?(?:budget|range|price\s+range)|can't\s+afford|cannot\s+afford"
    r"|\b(?:cheaper|for\s+less|lower\s+price|less\s+money|came\s+in\s+(?:\w+\s+)?(?:lower|under|cheaper)|undercut|same\s+thing\s+(?:from|for)|elsewhere)\b"
    r"|\b(?:won't|will\s+never|would\s+never|never\s+going\s+to|not\s+going\s+to|isn't\s+going\s+to|won't\s+ever)\s+(?:\w+\s+)?(?:sign|approve|go\s+for|agree|fly|pay|buy|happen)"
    r"|\b(?:happy|fine|good|satisfied|content|okay)\s+with\s+(?:our|what\s+we|the\s+current|the\s+tool|the\s+one)|\b(?:it|this|that|ours|what\s+we\s+(?:have|use)|the\s+current\s+\w+|our\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+works\s+(?:fine|well\s+enough)|\bworks\s+for\s+us|not\s+looking\s+to\s+(?:switch|change|move)"
    r"|\b(?:last|previous|prior|old)\s+(?:vendor|provider|tool|time|rollout|implementation|migration|partner|agency|supplier)|\bburn(?:ed|t)\b|\bbeen\s+there\b"
    r"|\b(?:outage|outages|downtime|went\s+down|was\s+down|were\s+down|missed|late|delayed|delays|lost\s+(?:data|orders|a\s+day|hours|days|weeks|customers|money|sales))"
    r"|\b(?:won't|will\s+not|don't|doesn't)\s+(?:\w+\s+)?(?:use|adopt|learn|switch)|learning\s+curve|adoption|not\s+sure|unsure|doubt|skeptic|sceptic|hesita|wary|nervous|worr|concern|risk|afraid|scared)",
    re.IGNORECASE,
)
#: Negative words of a plain bug report or request: they voice no worry on their own.
_TECHNICAL = frozenset(
    "broken crash crashed crashing fail failed failing error errors bug bugs block blocked blocking missing delay delayed cancel cancelled canceled "
    "wrong deny denied defect defective avoid avoided".split()
)


#: Cues of a plain bug report: with nothing else they voice no worry.
_TECHNICAL_CUE = LazyPattern(
    r"^(?:fail|fails|failed|failing|failure|crash|crashes|crashed|crashing|breaks|breaking|broke|broken"
    r"|issue|issues|problem|problems|froze|frozen|error|errors|bug|bugs)$",
    re.IGNORECASE,
)
#: What turns a bug report into frustration: repetition, impact, an exclamation.
_IMPACT = LazyPattern(
    r"\b(?:again|still|twice|three\s+times|every\s+(?:time|day|week)|third\s+time|keeps?|kept|constantly|always|lost|losing|cost\s+us|customers?\s+(?:are|were)|deadline|furious|angry|fed\s+up|sick\s+of|tired\s+of|unacceptable|ridiculous|seriously)\b|!",
    re.IGNORECASE,
)


#: A question that asks for something: "Is there any way to ...", "Can you ...", "How do I ...".
_REQUEST = LazyPattern(
    r"^\W*(?:(?:hi|hey|hello|thanks|quick\s+question)[^?]{0,30}?[,.!:\u2014-]\s*)?"
    r"(?:is\s+there\s+(?:any\s+)?(?:way|chance|option)|are\s+there\s+(?:any\s+)?(?:options|ways)|can\s+(?:you|we|i|someone)|could\s+(?:you|we|i|someone)"
    r"|would\s+you|will\s+you|how\s+(?:do|can|should|would)\s+(?:i|we)|is\s+it\s+possible|do\s+you\s+(?:have|offer|support|know)|what's\s+the\s+best\s+way)\b[^?]*\?\s*$",
    re.IGNORECASE,
)


def _only_requests(text: str) -> bool:
    """Buyer words that only ask for something (each line a request question): a plain request, no concern."""
    parts = [p for p in re.split(r"(?<=\?)\s+|\n+", text) if p.strip()]
    return bool(parts) and all(_REQUEST.match(p) for p in parts)


def voices_concern(text: str) -> bool:
    """Buyer words that voice a worry, frustration, objection, doubt or bad experience.

    A negated cue ("don't worry", "no problem", "not an issue") voices none;
    nor does a plain bug report or feature request ("The export fails on
    Safari"), unless it says it keeps happening or what it costs them.
    """
    if _only_requests(text):
        return False
    technical = False
    for m in matcher("concern-cues").finditer(text):
        if m.text.lower().startswith("not ") or not _NEGATED_CUE.search(text[max(0, m.start - 30) : m.start]):
            if not _TECHNICAL_CUE.match(m.text):
                return True
            technical = True
    for m in _CONCERN_SHAPES.finditer(text):
        if not _NEGATED_CUE.search(text[max(0, m.start() - 30) : m.start()]):
            return True
    negatives = negative_words()
    for m in _TOKEN.finditer(text):
        word = m.group().lower()
        if word in negatives and word not in _TECHNICAL and not negated(text, m.start()):
            return True
    return technical and _IMPACT.search(text) is not None


def refers_to_concern(sentence: str) -> bool:
    """A rep's sentence that refers to a concern the buyer voiced ("You mentioned the rollout worried you")."""
    if sentence.rstrip().endswith("?") or _QUESTION_OR_IF.match(sentence):
        return False
    ref = matcher("concern-references").search(sentence)
    if ref is None:
        return False
    return voices_concern(ref.text) or voices_concern(sentence[ref.end :])


_QUESTION_OR_IF = LazyPattern(r"^\s*(?:if|are you|do you|is your|would you)\b", re.IGNORECASE)


# --- numbers -------------------------------------------------------------------

#: Small counts spelled out ("two more days", "only three seats left"): an
#: alternation for the rules' patterns, the one definition of number words.
NUMBER_WORDS = r"one|two|three|four|five|six|seven|eight|nine|ten"
#: Round numbers spelled out, which a pitch names ("twenty seats", "ninety days").
ROUND_NUMBER_WORDS = r"twelve|fifteen|twenty|thirty|sixty|ninety|hundred"


# --- pitch ---------------------------------------------------------------------

_NUMBER = rf"(?:\d+(?:[.,]\d+)*|{NUMBER_WORDS}|{ROUND_NUMBER_WORDS})"
_MONEY = LazyPattern(
    r"[$€£]\s?\d[\d.,]*|\b\d+(?:\.\d+)?\s?(?:%|percent\b|x\b)"
    rf"|\b{_NUMBER}[\s-]+(?:days?|weeks?|hours?|minutes?|months?|years?|seats?|users?|licen[cs]es?)\b"
    r"|\bv?\d+\.\d+(?:\.\d+)?\b",
    re.IGNORECASE,
)
_ADDRESSED = LazyPattern(r"\b(?:we|we're|we've|we'll|our|us|you|your|you'll|you'd|clients|customers|teams)\b", re.IGNORECASE)
_VERSION = LazyPattern(r"v?\d+\.\d+(?:\.\d+)?", re.IGNORECASE)
#: The offer as the subject of a sentence: "we ...", "our tool ...", "there's a
#: monthly plan", "the Pro tier ...", after a few discourse words.
_OFFER_AS_SUBJECT = LazyPattern(
    r"^[\W_]*(?:(?:so|well|and|also|plus|now|honestly|actually|luckily|fortunately|happily|good\s+news|the\s+good\s+news\s+is(?:\s+that)?|that\s+said|in\s+fact|on\s+top\s+of\s+that|better\s+yet|what's\s+more|the\s+thing\s+is)[,:\s\u2014\u2013-]+){0,3}"
    r"(?P<subject>we(?:'re|'ve|'ll|'d)?|our\s+(?:[\w-]+\s+){0,2}?[\w-]+|there(?:'s|\s+is|\s+are)\s+(?:a|an|also|now)\b|this\s+(?:plan|tier|package|version|release|option|offer|bundle|add-on|upgrade)|the\s+(?:[\w-]+\s+)?(?:plan|tier|package|platform|product|tool|app|release|update|version|bundle|add-on|upgrade|module|feature|integration|edition)s?)\b"
    r"(?P<rest>.{0,60})",
    re.IGNORECASE,
)
#: What "we" do that is not talking up the offer: talking, feeling, failing, meeting.
_NOT_A_CLAIM = LazyPattern(
    r"^\s*(?:(?:really|truly|also|just|all|both|completely|totally|do|did|sincerely|deeply)\s+)*"
    r"(?:spoke|talked|met|discussed|chatted|connected|emailed|understand|hear|heard|get\s+(?:it|that|why|how)|know|see|appreciate|realize|recognize|apologi[sz]e|value|hope|wish|want\s+to\s+(?:make\s+sure|understand|hear|learn|get\s+this\s+right)"
    r"|(?:'d|would)\s+(?:love|like)\s+to\s+(?:hear|understand|learn|know|get)|need\s+to\s+(?:talk|meet|understand)|should\s+(?:talk|meet|chat|connect)"
    r"|(?:could|can|'ll|will)\s+(?:talk|meet|chat|hop|jump|connect|find\s+(?:a\s+)?time|set\s+up\s+(?:a\s+)?(?:call|time|meeting)|walk\s+through\s+(?:it|this|that)\s+together|look\s+into\s+it|dig\s+in)"
    r"|messed|screwed|dropped|missed|failed|fell|let\s+you\s+down|were|was|weren't|wasn't|didn't|haven't|hadn't|are\s+sorry|'re\s+sorry|take\s+(?:this|that|it)\s+seriously|owe\s+you|got\s+(?:this|that|it)\s+wrong"
    r"|(?:'re|are)\s+(?:not|still\s+(?:looking|investigating|working\s+out))|is\s+(?:not|n't))\b",
    re.IGNORECASE,
)
_I_OFFER = LazyPattern(
    r"(?<![\w'])(?:i|we)\s*(?:can|could|'ll|will|'d\s+be\s+(?:happy|glad)\s+to|am\s+able\s+to|'m\s+able\s+to)\s+(?:also\s+)?"
    r"(?:waive|offer|give\s+you|extend|throw\s+in|include|discount|match|beat|comp|upgrade\s+you|credit|refund|get\s+you|set\s+you\s+up|have\s+you\s+(?:live|up)|be\s+live|go\s+live|lock|knock|take\s+\d|drop\s+the\s+price|bring\s+(?:the\s+price|it)\s+down)\b",
    re.IGNORECASE,
)
_OUR_OFFER = LazyPattern(
    r"\bour\s+(?:[\w-]+\s+){0,3}?(?:app|approach|api|customers|clients|discount|dashboards?|engineers?|features?|guarantee|"
    r"implementation|integrations?|library|migration|module|offer|offering|onboarding|package|packages|pilot|plan|plans|"
    r"platform|portal|price|pricing|process|product|release|region|roi|service|services|software|solution|suite|support|"
    r"system|team|tier|tiers|tool|trial|version|flow|connector|queue|sla)\b",
    re.IGNORECASE,
)


def pitch(text: str, buyer_words: str = "", numbers: bool = True) -> int | None:
    """Where the first pitching words of a sentence start, if any.

    A sentence that talks up the offer, whatever its words: a claim with
    "we" / "our …" / the offer as subject, an offer or commitment ("we can
    waive the setup fee", "there's a monthly plan"), a fix already made, a
    lead-in ("let me show you", "here's how"), a price or number. Not a
    question, an apology or an admission ("we dropped the ball"), and not a
    number the buyer used themselves ("a 12% jump", "$200k").
    """
    found = []
    question = is_question(text)
    m = matcher("pitch-markers").search(text)
    if m:
        found.append(m.start)
    if not question:
        found += _news_of_the_offer(text)
    if not question:
        our = _OUR_OFFER.search(text)
        if our and not _admits(text):
            found.append(our.start())
        subject = _OFFER_AS_SUBJECT.match(text)
        if subject and not _NOT_A_CLAIM.match(subject.group("rest")) and not _admits(text) and not acknowledgments(text):
            found.append(subject.start("subject"))
        offer = _I_OFFER.search(text)
        if offer:
            found.append(offer.start())
        lowered = buyer_words.lower()
        addressed = _ADDRESSED.search(text) is not None
        for money in _MONEY.finditer(text) if numbers else ():
            if not addressed and not _VERSION.fullmatch(money.group()):
                continue
            number = re.search(rf"\d[\d.,]*|{_NUMBER}", money.group(), re.IGNORECASE)
            if number and lowered and re.search(
                r"(?<![\w.])" + re.escape(number.group().rstrip(".,").lower()) + r"(?![\d])", lowered
            ):
                continue
            found.append(money.start())
            break
    return min(found) if found else None


#: "The export is fixed in 2.8.3", "We've already replaced the transformer": a fix already made talks up the offer.
_FIX_MADE = LazyPattern(
    r"\b(?:is|was|are|were|'s|has\s+been|have\s+been|'s\s+been)\s+(?:now\s+|already\s+|since\s+been\s+)?(?:fixed|resolved|patched|repaired|restored)\b"
    r"|(?<![\w'])(?:we|i)(?:'ve|\s+have)\s+(?:already\s+|now\s+|just\s+)?(?:replaced|fixed|patched|resolved|repaired|restored|rebuilt|rolled\s+out|released|shipped)\b",
    re.IGNORECASE,
)
#: "Acme Cloud guarantees 99.99% uptime": the product's name as the subject of an offer verb.
_NAMED_OFFER = LazyPattern(
    r"^[\W_]*(?:[A-Z][\w-]*\s+){0,2}(?:[A-Z][\w-]*|v?\d[\w.]*\s+of\s+the\s+\w+)\s+(?:now\s+|also\s+)?"
    r"(?:guarantees|offers|includes|provides|gives\s+you|lets\s+you|comes\s+with|supports|integrates|syncs|handles|automates|covers|generates|cuts|saves|reduces)\b"
)


def _news_of_the_offer(text: str) -> list[int]:
    """Where a fix already made or the product's name as subject starts a pitch."""
    found = []
    fix = _FIX_MADE.search(text)
    if fix:
        found.append(_clause_start(text, fix.start()))
    if _NAMED_OFFER.match(text):
        found.append(len(text) - len(text.lstrip(" \t\n*-_>")))
    return found


def _clause_start(text: str, pos: int) -> int:
    """Where the clause holding ``pos`` starts (after the last comma, semicolon, colon or dash)."""
    cut = max(text.rfind(ch, 0, pos) for ch in ",;:\u2014\u2013")
    start = cut + 1
    while start < pos and text[start].isspace():
        start += 1
    return start


def _admits(text: str) -> bool:
    """A sentence that admits a failure or concedes ("we dropped the ball", "our docs are thin")."""
    return conceded_claim(text) is not None or bool(_SHORTFALL.search(text)) or claim_about_offer(text, 0) is not None


# --- next step -------------------------------------------------------------------

#: A sentence that asks: ends in a question mark (closing quotes, brackets and emphasis aside).
_QUESTION = LazyPattern(r"\?[\"')\]*_\s]*$")

#: A concrete time: the "ideally with a time" of a next step.
TIME = LazyPattern(
    r"""\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri
        |tomorrow|tonight|today|this\s+(?:afternoon|morning|evening|week)
        |(?:within|in)\s+(?:the|an|a|the\s+next|\d+|one|two|a\s+few|a\s+couple\s+of)\s+(?:hour|hours|minutes|days|business\s+days)
        |by\s+(?:noon|midday|lunch)
        |(?:on\s+)?the\s+\d{1,2}(?:st|nd|rd|th)
        |(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?|next\s+(?:week|month|monday|tuesday
        |wednesday|thursday|friday)|end\s+of\s+(?:day|week)|eod|eow
        |\d{1,2}(?::\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}:\d{2})\b""",
    re.IGNORECASE | re.VERBOSE,
)
_OFFER_WORDS = LazyPattern(
    r"\b(?:call|meeting|meet|demo|chat|session|walkthrough|walk-through|slot)\b"
    r"|\b(?:some|a|find|grab|book|set\s+aside|make|free)\s+time\b|\btime\s+(?:to|for)\s+(?:talk|chat|meet|a\s+call)\b",
    re.IGNORECASE,
)
_OFFER_FRAME = LazyPattern(
    r"(?<!\w)(?:(?:i|we)(?:'ll|\s+will|\s+can|\s+could|'d\s+be\s+happy\s+to|'d\s+love\s+to|\s+would\s+love\s+to)|let(?:'s|\s+me|\s+us)|happy\s+to|glad\s+to)\s+(?!(?:know|see|imagine|understand|hear|tell|relate|only|appreciate|totally|completely)\b)\w",
    re.IGNORECASE,
)
_FOR_YOU = LazyPattern(r"\bfor\s+(?:you|your\s+team|you\s+and\s+your\s+team|your\s+\w+)\b", re.IGNORECASE)


def is_question(text: str) -> bool:
    return bool(_QUESTION.search(text))


def proposal(text: str) -> Match | None:
    """The first words of a concrete proposal or offer (to show, send, meet, call, try, introduce)."""
    m = matcher("next-steps").search(text)
    if m is not None:
        return m
    t = TIME.search(text)
    o = _OFFER_WORDS.search(text)
    if t and o:
        a = min(t.start(), o.start())
        return Match(a, max(t.end(), o.end()), text[a : max(t.end(), o.end())])
    frame = _OFFER_FRAME.search(text)
    if frame and language.starts_clause(text, frame.start()) and (t or _FOR_YOU.search(text, frame.end())):
        return Match(frame.start(), len(text), text[frame.start() :])
    return None


#: "We'll leave ten minutes for questions", "I'm going to call the carrier": the rep commits to an
#: action. Verbs of feeling, knowing and being are not actions ("We'll see"); a fix already made
#: ("We've patched the job") is news, not a next step.
_COMMITMENT = LazyPattern(
    r"(?<!\w)(?:i|we)(?:'ll|\s+will|'m\s+going\s+to|\s+am\s+going\s+to|'re\s+going\s+to)"
    r"\s+(?:just\s+|already\s+|now\s+|personally\s+|also\s+)?(?:aim\s+to\s+|make\s+sure\s+to\s+|be\s+sure\s+to\s+)?"
    r"(?!(?:be|been|had|have|heard|hear|seen|see|felt|feel|noticed|notice|understood|understand|known|know|thought|think|learned|learnt"
    r"|realized|realised|struggled|experienced|faced|received|gotten|got|get|missed|miss|lost|lose|tried|hoped|hope|wondered|wonder"
    r"|always|never|not|n't|keep|kept|need|needed|wait|waited|worked|work|done|do|said|say|told|tell|noted|note|found)\b)[a-z]+\b",
    re.IGNORECASE,
)


def commitment(text: str) -> Match | None:
    """The rep commits to an action ("I'll aim to leave ten minutes for questions")."""
    m = _COMMITMENT.search(text)
    if m is None or negated(text, m.start()):
        return None
    return Match(m.start(), m.end(), m.group())


def is_next_step(text: str) -> bool:
    """A question to the buyer, a concrete proposal or offer, or an action the rep commits to.

    "Let me know if you have questions" is not one.
    """
    return is_question(text) or proposal(text) is not None or commitment(text) is not None


# --- reflection ------------------------------------------------------------------


def buyer_content(doc: Document, turn: Turn) -> frozenset[str]:
    """Content words of the buyer's words before ``turn`` in its conversation
    (the whole quoted message in a reply); worked out once per turn."""
    cache = doc.caches.get("buyer_content")
    if cache is None:
        # One pass over the turns (a long script stays linear): a running
        # union per conversation; in an email the whole quoted message.
        cache = doc.caches["buyer_content"] = {}
        whole = doc.kind in ("draft", "reply", "inline-reply")
        running: dict[int, frozenset[str]] = {}
        for t in doc.turns:
            if t.buyer:
                words = language.content_words("\n".join(s.text for s in t.sentences))
                running[t.conversation] = running.get(t.conversation, frozenset()) | words
        if whole:
            for t in doc.turns:
                cache[t.index] = running.get(t.conversation, frozenset())
        else:
            running = {}
            for t in doc.turns:
                cache[t.index] = running.get(t.conversation, frozenset())
                if t.buyer:
                    words = language.content_words("\n".join(s.text for s in t.sentences))
                    running[t.conversation] = cache[t.index] | words
    return cache.get(turn.index, frozenset())


def reflection(sentence: str, buyer_words, minimum: int = 2) -> int | None:
    """Where a sentence that reuses at least ``minimum`` of the buyer's content words starts reusing them."""
    if not buyer_words:
        return None
    theirs = _their_words(buyer_words)
    common = language.function_words()
    shared = [m for m in language.WORD.finditer(sentence) if len(m.group()) > 2 and m.group().lower() not in common and language.stem(m.group()) in theirs]
    if len({language.stem(m.group()) for m in shared}) >= minimum:
        return shared[0].start()
    return None


def empathy_clause(text: str) -> tuple[int, int, str] | None:
    """The sentence's first empathy clause: span and comparison key (the spec's "same phrase").

    The words from the acknowledgment up to the first comma, dash or full
    stop, compared apart from case, punctuation and merge fields.
    """
    found = acknowledgments(text)
    if not found:
        return None
    a, b = first_clause(text, found[0].start)
    key = " ".join(re.findall(r"[\w']+", text[a:b].lower()))
    return (a, b, key) if key else None


def repeated_empathy(doc: Document) -> dict[int, tuple[int, int]]:
    """The spec's "same phrase twice": for each sentence (by its start) that
    repeats an earlier empathy clause of the same conversation, the clause's
    span in it. List items and table cells are alternatives, not one draft's lines."""
    cache = doc.caches.get("repeated_empathy")
    if cache is None:
        cache = doc.caches["repeated_empathy"] = {}
        seen: dict[int, set[str]] = {}
        for turn in doc.rep_turns():
            for s in turn.sentences:
                if s.block.kind in ("item", "cell"):
                    continue
                clause = empathy_clause(s.text)
                if clause is None:
                    continue
                a, b, key = clause
                keys = seen.setdefault(turn.conversation, set())
                if key in keys:
                    cache[s.start] = (a, b)
                keys.add(key)
    return cache


def first_clause(text: str, start: int) -> tuple[int, int]:
    """From ``start`` to the first comma, dash or full stop."""
    m = re.compile(r"[,.;:!?—–]|\s-\s").search(text, start)
    end = m.start() if m else len(text)
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# --- pressure ----------------------------------------------------------------------

_DATE = (
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|tonight|today|eod|eow|cob|midnight|noon|the\s+weekend"
    r"|(?:the\s+)?\d{1,2}(?:st|nd|rd|th)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?"
    r"|(?:the\s+)?end\s+of\s+(?:the\s+)?(?:day|week|month|quarter|year|q[1-4])|(?:the\s+)?(?:quarter|month|year|q[1-4])[-\s]?(?:end|close)"
    r"|this\s+(?:week|weekend|friday|month|quarter)|next\s+(?:week|month|quarter)|\d{1,2}/\d{1,2})"
)
_DEADLINE_VERB = (
    r"(?:sign|signed|commit|decide|decision|book|booked|confirm|pay|paid|payment|lock(?:ed)?(?:\s+(?:it|this|that))?\s+in|close|move\s+forward|order|buy|purchase|renew|upgrade"
    r"|secure|reserve|grab|claim|act|go\s+ahead|get\s+(?:it|this|that|the\s+paperwork|the\s+contract)\s+(?:done|signed|back|in|over\s+the\s+line)|paperwork|signature|contract|po)"
)
_PRESSURE_SHAPES = [
    # "sign by the 15th", "if you can commit before Friday", "we'd need a signature by EOD"
    rf"\b{_DEADLINE_VERB}\b[^.!?;]{{0,40}}?\b(?:by|before|until|no\s+later\s+than)\s+{_DATE}\b",
    # "this rate holds until Monday", "the discount expires Friday", "the offer is only good through the 30th"
    r"\b(?:offer|deal|price|pricing|rate|discount|promo|promotion|quote|terms|special|incentive|credit|bonus|slot|spot|window|savings?)s?\b[^.!?;]{0,30}?"
    r"\b(?:holds?|stands?|lasts?|is\s+(?:only\s+)?(?:good|valid|available|guaranteed|open)|runs?|expires?|ends?|goes\s+away|disappears?|closes?|stays?\s+(?:open|available))"
    rf"(?:\s+(?:only\s+)?(?:until|till|through|thru|on|at|by|for|after)\b)?(?:\s+{_DATE}\b|\s+the\s+(?:end|close)\b|\s+soon\b)",
    r"\b(?:offer|deal|price|pricing|rate|discount|promo|promotion|quote|special|incentive|savings?)\s+(?:\w+\s+){0,2}?(?:expires|ends|goes\s+away|disappears|runs\s+out)\s*[.!]",
    # "before quarter end", "before the end of the quarter"
    r"\bbefore\s+(?:the\s+)?(?:(?:quarter|month|year|q[1-4])[-\s]?(?:end|close)s?|end\s+of\s+(?:the\s+)?(?:quarter|month|year))\b",
    # "next month it jumps to $99", "prices go up 10% in January"
    r"\b(?:price|prices|pricing|rate|rates|cost|costs|fee|fees|subscription|it|this|that|which)\s+(?:\w+\s+){0,2}?(?:jumps?|goes\s+up|go\s+up|increases?|rises?|climbs?|doubles?|will\s+(?:jump|go\s+up|increase|rise|climb|double|be))\s+(?:to\s+[$€£]\s?\d(?:[\d,.]*\d)?k?|by\s+(?:[$€£]\s?)?\d(?:[\d,.]*\d)?\s?%?|\d+\s?%|[$€£]\s?\d(?:[\d,.]*\d)?k?|after|on|in|next|from)",
    # "our supplier raises prices by 8% next month"
    r"\b(?:raises?|raising|will\s+raise|is\s+raising|are\s+raising|hikes?|hiking|increases?|increasing)\s+(?:its\s+|their\s+|our\s+|the\s+)?(?:prices?|pricing|rates?|fees?|costs?)\s+(?:by|to|on|in|next|from|after)\b",
    # "only one slot left in May", "only 3 seats remaining"
    r"\bonly\s+(?:have\s+|has\s+|got\s+)?(?:one|two|three|four|five|a\s+few|a\s+couple(?:\s+of)?|\d+|a\s+handful(?:\s+of)?|a\s+single)\s+(?:[\w-]+\s+){0,3}?(?:spots?|slots?|seats?|licen[cs]es?|places?|openings?|units?|cohorts?|left|remaining|available)\b",
    r"\b(?:one|two|three|a\s+few|\d+)\s+(?:[\w-]+\s+)?(?:spots?|slots?|seats?|openings?|units?)\s+(?:left|remaining)\b",
    # "another buyer is looking at it", "two other teams are interested"
    r"\b(?:another|other|a\s+few\s+other|two\s+other|several\s+other|a\s+couple\s+of\s+other)\s+(?:buyers?|customers?|clients?|companies|teams?|firms?|prospects?|bidders?|parties|people|brokers?|families|tenants?|agencies|schools|hospitals|stores"
    r"|[\w-]+(?:\s+in\s+(?:your|the)\s+(?:area|region|market|city|sector|space))?)\s+"
    r"(?:is|are|has|have|'s|'re)\s+(?:\w+\s+){0,2}?(?:looking|interested|eyeing|considering|asking|circling|lined\s+up|lining\s+up|competing|bidding|waiting|in\s+line|made\s+an\s+offer|put\s+in|after"
    r"|asked|scheduling|scheduled|booking|booked|requested|interviewing|touring|viewing|reserving|reserved|holding)",
    # "the rate drops for new contracts signed after December 31": a better term ends at a date
    rf"\b(?:signed|sign|booked|ordered|placed|started|renewed)\s+(?:after|from|past)\s+{_DATE}\b",
    # "today is the last day it's 30% off"
    r"\b(?:is|'s)\s+(?:the\s+|your\s+)?last\s+(?:day|week|weekend|chance)\b|\blast\s+day\s+(?:to|for)\b",
    r"\b(?:today|tonight|this\s+week(?:end)?)\s+only\b|\bfor\s+(?:today|this\s+week)\s+only\b|\bwon't\s+last\b|\b(?:going|selling)\s+fast\b|\blast\s+(?:chance|one|few|spot|slot|seat)\b",
]


@functools.cache
def _pressure_patterns() -> tuple[re.Pattern, ...]:
    return tuple(re.compile(source, re.IGNORECASE) for source in _PRESSURE_SHAPES)


#: "goes from $14 to $17 per line": a price that rises (the numbers are compared).
_FROM_TO = LazyPattern(
    r"\b(?:goes|going|jumps|moves|rises|climbs|increases|will\s+(?:go|jump|move|rise|climb|increase))\s+from\s+[$€£]?\s?(\d[\d,]*(?:\.\d+)?)\S*\s+to\s+[$€£]?\s?(\d[\d,]*(?:\.\d+)?)",
    re.IGNORECASE,
)
#: "I'll email you her decision by Wednesday": the rep's own commitment, not pressure on the buyer.
_REP_COMMITS = LazyPattern(
    r"\b(?:i|we)(?:'ll|\s+will|'m\s+going\s+to)\s+(?:\w+\s+){0,2}?(?:email|send|call|get\s+back|let\s+you\s+know|share|follow\s+up|update|confirm|have|give)\b[^.!?;]*$",
    re.IGNORECASE,
)


def pressure(text: str) -> list[tuple[int, int]]:
    """Urgency or scarcity of any wording: deadlines, prices that rise, scarcity, competition."""
    spans = []
    for pattern in _pressure_patterns():
        for m in pattern.finditer(text):
            if re.match(r"(?:your|their)\b", text[m.start() :], re.IGNORECASE):
                continue
            if _REP_COMMITS.search(text, max(0, m.start() - 80), m.start()):
                continue
            spans.append((m.start(), m.end()))
    for m in _FROM_TO.finditer(text):
        low, high = (float(g.replace(",", "")) for g in m.groups())
        if high > low:
            spans.append((m.start(), m.end()))
    return sorted(spans)


# --- minimizing ---------------------------------------------------------------------

_SMALL_AMOUNT = LazyPattern(
    r"(?<![\w'])(?<!\bnot\s)(?:only|just|merely|simply)\s+(?:(?:about|around|roughly|maybe|like)\s+)?(?:an?\s+)?(?:extra\s+|additional\s+)?"
    rf"(?:(?:few|couple(?:\s+of)?|little|small|minor|tiny|slight|quick|short|brief|bit(?:\s+of)?|handful\s+of|single|{NUMBER_WORDS}|\d[\d,.]*k?)\b"
    r"(?:[\s-]+[\w%$-]+){0,3}[\s-]+(?:more|extra|delay|delays|wait|increase|hike|bump|fee|fees|outage|downtime|hiccup|glitch|blip|setback|inconvenience|hassle|difference|days?|weeks?|hours?|minutes?|months?|dollars?|bucks|percent|issue|bug|problem|thing|change|adjustment|step|steps|clicks?|cents?|slip|slippage|snag)\b"
    r"|[$€£]\s?\d[\d,.]*k?(?:\s+(?:more|extra|a\s+month|per\s+\w+|difference))?|\d[\d,.]*\s?%(?:\s+(?:more|higher|increase))?)",
    re.IGNORECASE,
)


def small_amounts(text: str) -> list[tuple[int, int]]:
    """ "only" or "just" shrinking what the buyer pays, waits or suffers ("it's only $40 more", "just a two-week delay")."""
    return [(m.start(), m.end()) for m in _SMALL_AMOUNT.finditer(text)]


# --- responses ---------------------------------------------------------------------


@dataclass
class Floor:
    """The rep's turns between two buyer turns (one turn in most scripts): one response."""

    turns: list[Turn] = field(default_factory=list)

    @property
    def sentences(self) -> list[Sentence]:
        return spoken([s for t in self.turns for s in t.sentences])


def spoken(sentences: list[Sentence]) -> list[Sentence]:
    """The sentences a rep says or writes to the buyer: headings are titles and
    table cells are reference material, not speech."""
    return [s for s in sentences if s.block.kind not in ("heading", "cell")]


def floors(doc: Document) -> list[Floor]:
    """The rep's messages, in order (:meth:`Document.messages`): the rep's turns
    between two buyer turns of a script, the whole of an email's reply, one
    talk track of a page about selling."""
    return [Floor(turns) for turns in doc.messages()]


_OUTSIDE_WORD = LazyPattern(r"\w")


def quoted_mention(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` stands in double quotes *inside* other words.

    A phrase quoted as an example ('Avoid clichés like "just checking in"')
    is mentioned, not used. A sentence that is a quotation as a whole is
    still speech.
    """
    opening = text.rfind('"', 0, start)
    if opening < 0 or text.count('"', 0, start) % 2 == 0:
        return False
    closing = text.find('"', end)
    if closing < 0:
        return False
    return bool(_OUTSIDE_WORD.search(text[:opening]) or _OUTSIDE_WORD.search(text[closing + 1 :]))

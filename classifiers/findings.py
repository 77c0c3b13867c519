"""Run the pipeline over a message's passages and collect concept hits with their context.

A :class:`Hit` is one concept found in one sentence, with the contexts negex
set on it (negated, hypothetical, historical, resolved).  Whether a context
cancels the hit is the concept's own ``cancelled_by`` setting in its TOML file,
so the policy sits in the data, next to the patterns it governs.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from .nlp import PASSAGE_SEPARATOR, SPANS_KEY, contexts_of
from .nlp import sentence_starts as starts_of_sentences
from .patterns import Concept
from .text import Passage

# The people signals that carry an age (people.toml): each match is kept, not one per sentence.
AGE_SIGNALS = frozenset({"age_self", "age_other", "birth_year"})
# Passage origins that are the writer's own words: their new text, and their own earlier message quoted below it.
OWN_ORIGINS = frozenset({"new", "quoted_own"})

# Verbs that report someone's words ("Caller says the home said ...").
_REPORTING = re.compile(r"\b(?:says|said|saying|states|stated|told|tells|wrote|writes|replied|replies|reported|claims|"
                        r"claimed|explained|insists|insisted)\b")

_MAX_EVIDENCE = 300
# A single quotation mark that opens (after a space or a bracket, before a letter) or closes (after a letter or a
# full stop, before a space or punctuation); an apostrophe inside a word is neither.
_OPENING_SINGLE = re.compile(r"(?:^|(?<=[\s(\[]))['\u2018](?=\w|$)")
_CLOSING_SINGLE = re.compile(r"(?<=[\w.!?])['\u2019](?=\s|$|[.,;:!?)])")


@dataclass(frozen=True)
class Hit:
    """One concept matched in one sentence."""

    concept: Concept
    span: str  # the words the pattern matched
    sentence: str  # the whole sentence, for evidence
    origin: str
    author: str
    closing: bool
    contexts: frozenset[str]
    passage: int
    sentence_index: int  # unique across the message
    pattern: int  # index of the pattern within the concept
    start_char: int = 0  # offset of the span within its passage
    sentence_start: int = 0  # offset of the (stripped) sentence within its passage

    def overlaps(self, other: "Hit") -> bool:
        """True when the two hits share words: the same passage and overlapping characters."""
        if self.passage != other.passage:
            return False
        return self.start_char < other.start_char + len(other.span) and other.start_char < self.start_char + len(self.span)

    @property
    def before(self) -> str:
        """The words of its sentence before the hit's span."""
        return self.sentence[:max(0, self.start_char - self.sentence_start)]

    @property
    def after(self) -> str:
        """The words of its sentence after the hit's span."""
        return self.sentence[self.start_char - self.sentence_start + len(self.span):]

    @property
    def quoted(self) -> bool:
        """True when the hit's words stand inside quotation marks in its sentence (someone else's words)."""
        before = self.before
        if before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d"):
            return True
        # Single quotes, told from apostrophes ("don't", "Mum's") by where they stand: 'not a complaint matter'.
        return len(_OPENING_SINGLE.findall(before)) > len(_CLOSING_SINGLE.findall(before))

    @property
    def quoted_from_someone_else(self) -> bool:
        """True when the words are quoted, and not from a call note's caller ('Caller said "I don't want to make a
        big complaint"' is the complainant speaking)."""
        if not self.quoted:
            return False
        before = self.before.lower()
        at = before.rfind("caller")
        # 'Caller says the home's written reply said they had "no concerns"': a second reporting verb after the caller
        # gives the quote to someone the caller reports (fresh618).
        return at < 0 or len(_REPORTING.findall(before[at:])) >= 2

    @property
    def active(self) -> bool:
        """True unless one of the concept's cancelling contexts applies."""
        return not (self.contexts & self.concept.cancelled_by)

    @property
    def rule(self) -> str:
        return f"{self.concept.group}.toml:{self.concept.name}[{self.pattern}]"

    @property
    def evidence_text(self) -> str:
        text = " ".join(self.sentence.split())
        if len(text) <= _MAX_EVIDENCE:
            return text
        # keep the matched words in view when the sentence is long
        span = " ".join(self.span.split())
        at = text.find(span)
        start = max(0, min(at - 100, len(text) - _MAX_EVIDENCE)) if at >= 0 else 0
        return ("…" if start else "") + text[start : start + _MAX_EVIDENCE] + "…"


def uncovered(hits: list[Hit], covers: list[Hit]) -> list[Hit]:
    """The hits that share no words with any of ``covers``: a look-alike ("abuse of the parking
    bays", "council tax") excuses only the words it spans, not the rest of its sentence."""
    return [h for h in hits if not any(h.overlaps(c) for c in covers)]


class Findings:
    """All hits for one message, with the queries the field rules need."""

    def __init__(self, hits: list[Hit], passages: list[Passage]):
        self.hits = hits
        self.passages = passages

    def __iter__(self) -> Iterator[Hit]:
        return iter(self.hits)

    def where(
        self,
        *,
        group: str | None = None,
        signal: str | Iterable[str] | None = None,
        active: bool | None = True,
        closing: bool | None = None,
    ) -> list[Hit]:
        """Hits filtered by field group, signal(s), whether active, and closing lines."""
        signals = {signal} if isinstance(signal, str) else set(signal) if signal is not None else None
        out = []
        for hit in self.hits:
            if group is not None and hit.concept.group != group:
                continue
            if signals is not None and hit.concept.signal not in signals:
                continue
            if active is not None and hit.active != active:
                continue
            if closing is not None and hit.closing != closing:
                continue
            out.append(hit)
        return out

    def cancelled_by(self, hits: list[Hit], context: str) -> list[Hit]:
        return [h for h in hits if context in h.contexts and context in h.concept.cancelled_by]


def _applies(concept: Concept, passage: Passage) -> bool:
    if concept.where == "any":
        return True
    return passage.closing == (concept.where == "closing")


def message_text(passages: list[Passage]) -> tuple[str, list[int]]:
    """The passages joined into one text (a blank line between), and where each starts."""
    starts, parts, offset = [], [], 0
    for passage in passages:
        text = " ".join(passage.text.split())  # one line per passage; breaks mark passages
        starts.append(offset)
        parts.append(text)
        offset += len(text) + len(PASSAGE_SEPARATOR)
    return PASSAGE_SEPARATOR.join(parts), starts


def collect_doc(doc: Doc, text: str, passages: list[Passage], starts: list[int],
                concepts: dict[str, Concept]) -> Findings:
    """One hit per (concept, sentence, context) from an analysed message (``text`` is ``doc``'s text:
    slicing it is much quicker than ``Span.text``, which joins the tokens one by one)."""
    hits: list[Hit] = []
    # Sentence bounds from the cached start indexes: building doc.sents cost ~1 ms a message.
    sentence_starts = starts_of_sentences(doc)
    bounds = sentence_starts + [len(doc)]
    texts: dict[int, tuple[str, int]] = {}
    seen: set[tuple[str, int, frozenset[str], tuple[int, int] | int | None]] = set()
    for span in doc.spans.get(SPANS_KEY, []):
        concept = concepts[span.label_]
        number = bisect_right(starts, span.start_char) - 1
        passage = passages[number]
        if not _applies(concept, passage):
            continue
        if span.end_char > starts[number] + len(passage.text) + 1:
            continue  # a gap pattern ran across two passages
        sent_no = bisect_right(sentence_starts, span.start) - 1
        contexts = contexts_of(span)
        pattern = int(span.id_.rsplit("#", 1)[1]) if "#" in span.id_ else 0
        # One hit per concept and sentence is enough evidence; a look-alike needs every span,
        # since each one excuses only the words it covers, and a weak safeguarding sign keeps one
        # hit per pattern, since three different ones count (fields/safeguarding.py).
        detail: tuple[int, int] | int | None = None
        if concept.signal == "lookalike":
            detail = (span.start, span.end)
        elif concept.group == "safeguarding" and concept.strength == "weak":
            detail = pattern
        elif concept.group in ("money", "needs"):
            # every span: a look-alike in these files ("her assessed contribution", who pays) covers only its own
            # words, and the one hit kept for the sentence could be the covered one while "debt recovery letters" in the
            # same sentence went unread (fresh716)
            detail = (span.start, span.end)
        elif concept.signal in AGE_SIGNALS:
            # every age: "I am 81 years of age and I look after my daughter who is 50" names two people
            # (fresh151), and the writer's own age must not hide the other's (fields/people.py)
            detail = (span.start, span.end)
        key = (concept.name, sent_no, contexts, detail)
        if key in seen:
            continue
        seen.add(key)
        if sent_no not in texts:
            texts[sent_no] = _sentence_text(doc, text, bounds, sent_no)
        sentence_text, sentence_offset = texts[sent_no]
        hits.append(
            Hit(
                concept=concept,
                span=text[span.start_char:span.end_char],
                sentence=sentence_text,
                origin=passage.origin,
                author=passage.author,
                closing=passage.closing,
                contexts=contexts,
                passage=number,
                sentence_index=sent_no,
                pattern=pattern,
                start_char=span.start_char - starts[number],
                sentence_start=sentence_offset - starts[number],
            )
        )
    return Findings(hits, passages)


def _sentence_text(doc: Doc, text: str, bounds: list[int], number: int) -> tuple[str, int]:
    """The sentence's words without surrounding space, and where they start in the whole text."""
    sentence = doc[bounds[number]:bounds[number + 1]]
    raw = text[sentence.start_char:sentence.end_char]
    return raw.strip(), sentence.start_char + len(raw) - len(raw.lstrip())


def collect(nlp: Language, passages: list[Passage], concepts: dict[str, Concept]) -> Findings:
    """Analyse one message's passages and return its hits."""
    if not passages:
        return Findings([], passages)
    text, starts = message_text(passages)
    if len(text) >= nlp.max_length:
        # Many long segments: read the passages that fit (spaCy raises E088 beyond max_length).
        keep = max(1, sum(1 for start in starts if start < nlp.max_length // 2))
        passages = passages[:keep]
        text, starts = message_text(passages)
        text = text[: nlp.max_length // 2]
    return collect_doc(nlp(text), text, passages, starts, concepts)

"""Field rules: each module decides one group of the twelve LABELS.md fields from the hits.

Every decision carries its value, a confidence and the evidence (sentence, origin,
rule) that set it, so an officer can see why and confirm what is uncertain.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable

from bot.records import Evidence

from ..findings import Hit


@dataclass
class Decision:
    """The value of one field, how sure we are, and why."""

    value: Any
    confidence: str = "high"  # high, medium, low
    evidence: list[Evidence] = field(default_factory=list)
    # The rules read words that point to this field and explained them away ("nobody has hurt
    # her"); a statistical reading may not overrule that (classifiers/classifier.py).
    excused: bool = False


def evidence(name: str, value: Any, hits: Iterable[Hit], confidence: str, limit: int = 3) -> list[Evidence]:
    """Evidence records for the first ``limit`` hits, in message order."""
    out: list[Evidence] = []
    seen: set[tuple[int, str]] = set()
    for hit in sorted(hits, key=lambda h: h.sentence_index):
        # one record per sentence, or per sentence and statutory category for safeguarding
        key = (hit.sentence_index, hit.concept.category)
        if key in seen:
            continue
        seen.add(key)
        rule = hit.rule
        if hit.concept.category:
            rule = f"{rule} ({hit.concept.category.replace('_', ' ')})"
        if hit.contexts:
            rule = f"{rule} [{', '.join(sorted(hit.contexts))}]"
        out.append(Evidence(name, value, hit.evidence_text, hit.origin, rule, confidence))  # type: ignore[arg-type]
        if len(out) >= limit:
            break
    return out


def note(name: str, value: Any, text: str, rule: str, confidence: str, origin: str = "headers") -> Evidence:
    """Evidence that is not a text hit (a header, a default, a rule combining other fields)."""
    return Evidence(name, value, text, origin, rule, confidence)  # type: ignore[arg-type]


def distinct_sentences(hits: Iterable[Hit]) -> int:
    return len({h.sentence_index for h in hits})


def score(hits: Iterable[Hit]) -> float:
    """Sum of concept weights, counting each concept once per sentence."""
    seen: set[tuple[str, int]] = set()
    total = 0.0
    for hit in hits:
        key = (hit.concept.name, hit.sentence_index)
        if key not in seen:
            seen.add(key)
            total += hit.concept.weight
    return total

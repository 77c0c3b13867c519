"""formality, for complaints only (LABELS.md).

formal: an active request for a formal complaint or investigation, a stage 2
request, a formal complaint already made, or "raised with the provider and not
resolved".  informal: the formal request NEGATED ("I don't want to make a formal
complaint", "for awareness rather than as a formal complaint") or an explicit wish
for an informal fix.  Neither "I want to complain" nor threatening the Ombudsman
is formal on its own; a hypothetical ("if nothing changes I'll make a formal
complaint") is neither.  An active formal request wins over an informal one.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..findings import Findings, Hit
from . import Decision, evidence, note


@dataclass
class FormalitySignals:
    formal: list[Hit]
    informal: list[Hit]
    history: list[Hit]
    raised: list[Hit]
    unresolved: list[Hit]

    @property
    def any_complaint_statement(self) -> bool:
        """Any of these says there is a complaint, formal or not."""
        return bool(self.formal or self.informal or self.history)


def signals(findings: Findings) -> FormalitySignals:
    requests = findings.where(group="formality", signal="formal_request")
    return FormalitySignals(
        formal=[h for h in requests if "negated" not in h.contexts],
        informal=[h for h in requests if "negated" in h.contexts]
        + findings.where(group="formality", signal="informal_request"),
        history=findings.where(group="formality", signal="formal_history"),
        raised=findings.where(group="formality", signal="raised_before"),
        unresolved=findings.where(group="formality", signal="unresolved"),
    )


def decide(kind: str, found: FormalitySignals, stage2: bool) -> Decision:
    if kind != "complaint":
        return Decision(None, "high")
    if found.formal:
        return Decision("formal", "high", evidence("formality", "formal", found.formal, "high"))
    if stage2:
        return Decision("formal", "high", [note("formality", "formal", "stage 2 request (see stage2_request)",
                                                "formality: a stage 2 request is formal (LABELS.md)", "high")])
    if found.history and not found.informal:
        return Decision("formal", "high", evidence("formality", "formal", found.history, "high"))
    if found.informal:
        return Decision("informal", "high", evidence("formality", "informal", found.informal, "high"))
    if found.raised and found.unresolved:
        return Decision("formal", "medium", evidence("formality", "formal", found.raised + found.unresolved, "medium"))
    return Decision("unclear", "medium", [note("formality", "unclear", "no request for a formal or informal route",
                                                "formality: neither stated (LABELS.md: unclear)", "medium", "new")])

"""stage2_request and ombudsman (LABELS.md).

stage2_request needs a complaint response already received: a "stage 2" request
with a sign of that response (or unhappiness with it) is high confidence; a
literal "stage 2" alone is medium; "escalate" alone (e.g. "a named contact to
escalate to") is not enough.  Chasing a late response is not stage 2, nor thanks for a stage 2 review.
ombudsman is any mention in the writer's own text, conditional or not; a response's standard signpost ("If you
remain dissatisfied you may contact the Ombudsman") is not the writer's; named only in a question about the route it
is labelled but makes no complaint on its own (``ombudsman_only_asked_about``).
"""

from __future__ import annotations

import re

from ..findings import Findings, Hit, uncovered
from . import Decision, evidence


# "Thank you so much for the stage 2 review": thanks for a stage already held, just before its words.
_THANKED_FOR = re.compile(r"\bthank(?:s| you)\b(?:\s+\w+){0,3}\s+for\s+(?:the|your|my|our|a|this)?\s*$", re.I)


_STAGE_NAMED = re.compile(r"\b(?:stage|step|level)\s*(?:2|two|ii)\b|\bsecond stage\b", re.I)


def stage2(findings: Findings) -> Decision:
    # (Nor a weak word someone else said, quoted: 'I've been told "it's with the team", "it's been escalated"', fresh438.)
    asks = [h for h in findings.where(group="escalation", signal="stage2_request") if not _THANKED_FOR.search(h.before)
            and not (h.concept.strength == "weak" and h.quoted_from_someone_else)]
    # "It went through stage 1 and stage 2 earlier this year", "the stage 2 letter": a stage held, not asked for;
    # "stage 2 thickened fluids", "a stage 2 pressure ulcer": a stage of something else.
    asks = uncovered(asks, findings.where(group="escalation", signal={"stage2_past", "stage2_other"}))
    strong = [h for h in asks if h.concept.strength == "strong"]
    response = findings.where(group="escalation", signal="response_dissatisfied")
    history = findings.where(group="formality", signal="formal_history")
    waiting = findings.where(group="escalation", signal="no_response")
    # ("I've had no response at all to the formal complaint" holds the words of a response received)
    response = uncovered(response, waiting)
    if asks and waiting and not response and not strong:
        # "Please escalate this, I've had no response to my complaint": chasing a complaint nobody has answered.
        return Decision(False, "low", evidence("stage2_request", False, asks + waiting, "low"))
    if asks and (response or history):
        return Decision(True, "high", evidence("stage2_request", True, (strong or asks) + response, "high"))
    # "I wish to make a formal complaint about the way the assessment was carried out, and I ask that it be looked at again
    # by someone senior" (fresh659): a first complaint that asks for a senior look, in the sentence that makes it, with
    # no response to be dissatisfied with; "stage 2" named in so many words is still read.
    opening = {h.sentence_index for h in findings.where(group="formality", signal="formal_request")
               if "negated" not in h.contexts}
    if strong and all(h.sentence_index in opening and not _STAGE_NAMED.search(h.span) for h in strong):
        return Decision(False, "low", evidence("stage2_request", False, strong, "low"))
    if strong:
        return Decision(True, "medium", evidence("stage2_request", True, strong, "medium"))
    if asks:
        return Decision(False, "low", evidence("stage2_request", False, asks, "low"))
    return Decision(False, "high")


# A response's standard signpost, whoever sent it: "If you remain dissatisfied you may contact the Local Government and
# Social Care Ombudsman" (LABELS.md: such a paragraph is not the writer's statement; fresh207, a care home's reply
# forwarded by a son).  The writer's own "if nothing changes I will go to the Ombudsman" is still read.
_SIGNPOST = re.compile(r"\bif you (?:remain|are still|are not|continue to be)\b.*\byou (?:may|can|could|have the right)\b",
                       re.I)


def _ombudsman_hits(findings: Findings) -> list[Hit]:
    return [h for h in findings.where(group="escalation", signal="ombudsman") if not _SIGNPOST.search(h.sentence)]


def ombudsman(findings: Findings) -> Decision:
    hits = _ombudsman_hits(findings)
    if hits:
        return Decision(True, "high", evidence("ombudsman", True, hits, "high"))
    return Decision(False, "high")


def ombudsman_only_asked_about(findings: Findings) -> bool:
    """True when every mention of the Ombudsman is inside a question about the route ("whether he can go straight to
    the Ombudsman"): the label stands (LABELS.md: any mention), but it is a question, not a threat, so it does not make
    the message a complaint on its own (fresh446, an MP's caseworker asking for advice)."""
    hits = _ombudsman_hits(findings)
    return bool(hits) and all("question" in h.contexts for h in hits)

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

import re
from dataclasses import dataclass, field

from ..findings import Findings, Hit
from . import Decision, evidence, kind, note


# A reply to the council's own message about "your complaint" (an acknowledgement or a
# response): the complaint is already logged, so chasing it is formal (LABELS.md).
_REPLY_TO_COMPLAINT = re.compile(r"^\s*(re|aw|sv|odp)\s*:.*\bcomplaint\b", re.I)


def reply_to_complaint(subject: str) -> bool:
    return bool(_REPLY_TO_COMPLAINT.search(subject or ""))


@dataclass
class FormalitySignals:
    formal: list[Hit]
    informal: list[Hit]
    history: list[Hit]
    raised: list[Hit]
    unresolved: list[Hit]
    not_complaint: list[Hit] = field(default_factory=list)
    reply_to_complaint: bool = False

    @property
    def any_complaint_statement(self) -> bool:
        """Any of these says there is a complaint, formal or not."""
        return bool(self.formal or self.informal or self.history)


# An investigation told as something that happened, not asked for: "Back in 2024 there was an investigation after a carer
# was taking money from residents' rooms" (fresh727, fresh728).  ("historical" alone is too wide: negex gives it to "I want
# a formal investigation into what happened at Lindenholme that week".)
_AN_EVENT_TOLD = re.compile(r"\bthere (?:was|were|has been|had been|have been)\s+\S*\s*$", re.I)


def signals(findings: Findings) -> FormalitySignals:
    # A provider describing its own investigation of someone's complaint ("an investigation
    # has been opened under our complaints procedure") is not a request for one.
    relayed = {h.sentence_index for h in findings.where(group="kind", signal="provider_ack")}
    # (Unless the sentence asks for it: an MP's caseworker, "Sarah ... asks that the council carry out a formal
    # investigation, ... and that Mrs Achebe's concerns are also considered", fresh633.  A relayed wish against one is
    # no request and, below, no wish of the writer's: a home's manager, "He asked that it isn't treated as a formal
    # complaint, so ... I will close it on our side", fresh654.)
    requests = [h for h in findings.where(group="formality", signal="formal_request")
                if h.sentence_index not in relayed or (_ASKED.search(h.before[-100:]) and "negated" not in h.contexts)]
    # (not someone else's words quoted: he "just says 'I don't want to get in trouble'" is his wish, fresh206)
    # (nor a provider relaying the complainant's wish in its own answer)
    wishes = [h for h in findings.where(group="formality", signal="informal_request")
              if not h.quoted_from_someone_else and not _their_reluctance(h) and h.sentence_index not in relayed]
    # "I'm not wanting to make a fuss or put in a formal complaint": the refusal covers the request.
    requests = [h for h in requests if not any(_declined_together(w, h) for w in wishes)]
    # "I said I wanted to put in a formal complaint. I've slept on it and I don't want it to be formal": the writer
    # takes back a request they report having made (fresh347).
    requests = [h for h in requests if not any(_taken_back(h, w) for w in wishes)]
    return FormalitySignals(
        formal=[h for h in requests if "negated" not in h.contexts and not _AN_EVENT_TOLD.search(h.before)],
        # "Caller did not say whether he wants a formal complaint": a negated question asks, it does not decline.
        informal=[h for h in requests if "negated" in h.contexts and "question" not in h.contexts]
        + wishes,
        # (a stage 2 already held, "your stage 2 letter of 9 October", is a formal complaint made: fresh100, fresh17)
        history=findings.where(group="formality", signal="formal_history")
        + findings.where(group="escalation", signal="stage2_past"),
        raised=[h for h in findings.where(group="formality", signal="raised_before") if not _told_to_the_writer(h)],
        unresolved=findings.where(group="formality", signal="unresolved"),
        not_complaint=kind.not_complaining(findings),
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
    if found.reply_to_complaint and not found.informal:
        return Decision("formal", "medium", [note("formality", "formal", "reply to the council's message about the "
                                                  "complaint", "formality: chasing a complaint already made", "medium")])
    if found.informal:
        return Decision("informal", "high", evidence("formality", "informal", found.informal, "high"))
    if found.not_complaint:
        # "Not a complaint as such, but ..." about a problem: the writer wants no formal route.
        return Decision("informal", "medium", evidence("formality", "informal", found.not_complaint, "medium"))
    if found.raised and found.unresolved:
        return Decision("formal", "medium", evidence("formality", "formal", found.raised + found.unresolved, "medium"))
    return Decision("unclear", "medium", [note("formality", "unclear", "no request for a formal or informal route",
                                                "formality: neither stated (LABELS.md: unclear)", "medium", "new")])


# Words that ask for what follows: "asks that the council carry out a formal investigation".
# (and "would be grateful if the council would investigate Mr Halloran's complaint formally", an MP's caseworker, fresh654)
_ASKED = re.compile(r"\b(?:ask|asks|asked|asking|request|requests|requested|requesting|want|wants|would like|grateful)\b"
                    r"[^.?!]*$", re.I)


# Someone asking or telling the writer ("She asked me twice not to tell him", "she tell me the company not paying
# her"): the writer was told, they did not raise anything (fresh219-222).
_TO_THE_WRITER = re.compile(r"\b(?:ask|asks|asked|tell|tells|told|ring|rings|rang|phone|phoned|call|called|email|emailed"
                            r"|text|texted)\s+(?:me|us)\b", re.I)


# A wish in the third person ("She doesn't want a fuss", "June doesn't want to get Lee into trouble"): the verb's
# form says it is someone else's, whoever is named.
_THIRD_PERSON_WISH = re.compile(r"\b(?:doesn['\u2019]?t|does not|wants|isn['\u2019]?t wanting)\b", re.I)
_ABOUT_THE_ROUTE = re.compile(r"formal|official|complain", re.I)


def _their_reluctance(hit: Hit) -> bool:
    """True for the person's reluctance told by the writer ("He doesn't tell anyone because he doesn't want a fuss"):
    the reason the writer writes, not the writer's choice of route (fresh280, fresh282 and fresh286 label these
    unclear).  A wish about the complaint itself ("Mum doesn't want a formal complaint") still counts."""
    if _ABOUT_THE_ROUTE.search(hit.span):
        return False
    near = hit.before[-20:] + hit.span  # (the span may begin inside a word: "does" + "n't want a fuss")
    return bool(_THIRD_PERSON_WISH.search(near))


def _told_to_the_writer(hit: Hit) -> bool:
    """True when the words that read as raising it before are someone asking or telling the writer."""
    return bool(_TO_THE_WRITER.search(hit.span)) and not hit.span.lower().startswith(("i ", "we "))


_FORMAL_ROUTE = re.compile(r"\b(?:formal|formally|official|officially)\b", re.I)  # (not "informal")
# The writer reporting what they asked for before: "I said I wanted", "in my email I asked for".
_REPORTED_REQUEST = re.compile(r"\b(?:i|we)\s+(?:said|wrote|asked|told you|put)\b", re.I)


def _taken_back(request: Hit, wish: Hit) -> bool:
    """A formal request the writer reports having made, with a wish against a formal route told after it in the same
    part of the message."""
    if wish.passage != request.passage or wish.sentence_index <= request.sentence_index:
        return False
    return bool(_REPORTED_REQUEST.search(request.before)) and bool(_FORMAL_ROUTE.search(wish.span)) \
        and "negated" not in wish.contexts


def _declined_together(wish: Hit, request: Hit) -> bool:
    """A formal request listed after "or" (or "than") in the same sentence as a wish not to make one, or
    inside the wish's own words ("not going through your formal complaints procedure")."""
    if wish.passage != request.passage or wish.sentence_index != request.sentence_index:
        return False
    if wish.overlaps(request):
        return True
    wish_end = wish.start_char + len(wish.span)
    if wish_end > request.start_char:
        return False
    between = request.sentence[wish_end - request.sentence_start:request.start_char - request.sentence_start]
    between = between.lower().split()
    # "... or a formal complaint", "... rather than turn it into a formal process" (fresh119)
    return "or" in between or "nor" in between or "than" in between


"""funding and care_charges (LABELS.md).

funding: who pays, when the text says so.  Council signs (direct payments,
personal budget, "arranged by the council", an assessed contribution) against
private signs ("we pay the fees ourselves", "the council isn't involved"); the
side with more sentences wins; a tie is council_funded at low confidence (a tie
that went to the side stated last lost more than it won over the labelled sets,
session 13).  Nothing said (a deferred payment agreement alone says nothing
of who pays): unknown, even for a care home.  Other money in the same words ("a taxi out of my own
pocket") is neither side.
care_charges: what the person is charged for care (invoices, financial
assessment, contributions, debt recovery, top-ups, fee rises).  A reduced or
late direct payment is not a charge, so those words are not charge patterns; rent arrears or
an energy debt are other money, so a charge word inside them does not count.
"""

from __future__ import annotations

import re

from ..findings import Findings, Hit, uncovered
from . import Decision, distinct_sentences, evidence

# A yes/no question ("Is the council paying the same price, or we must pay some top-up?") asks who pays.
_YES_NO = re.compile(r"^\W*(?:is|are|was|were|does|do|did|will|would|can|could|should|has|have)\b.*\?\W*$", re.I | re.S)


def _asked(hit: Hit) -> bool:
    """The hit is asked about, not told: a question context, or a yes/no question."""
    return "question" in hit.contexts or bool(_YES_NO.match(hit.sentence))


def funding(kind: str, findings: Findings) -> Decision:
    if kind in {"auto_reply", "spam"}:
        return Decision("unknown", "high")
    # Other money in the words of who pays ("a taxi out of my own pocket") says nothing of who pays for care.
    other_money = findings.where(group="money", signal="not_funding")
    council = uncovered(findings.where(group="money", signal="council_funded"), other_money)
    private = uncovered(findings.where(group="money", signal="self_funded"), other_money)
    c, p = distinct_sentences(council), distinct_sentences(private)
    if p > c:
        level = "high" if c == 0 else "medium"
        return Decision("self_funded", level, evidence("funding", "self_funded", private, level))
    if c > p:
        level = "high" if p == 0 else "medium"
        return Decision("council_funded", level, evidence("funding", "council_funded", council, level))
    if c and p:
        # "We are not council funded - Dad pays every penny himself - but your brokerage team gave us their name"
        # (fresh220), "the council has never contributed to her place" beside an invoice from the council for
        # equipment (fresh223): the writer who denies council funding has said who pays.
        denied = [h for h in findings.where(group="money", signal="council_funded", active=False)
                  if "negated" in h.contexts and "question" not in h.contexts]
        denied += [h for h in private if h.concept.name == "council_denied_paying"]  # "the council has never paid"
        if denied:
            return Decision("self_funded", "low", evidence("funding", "self_funded", private + denied, "low"))
        # The council's brokerage team also finds care for people who pay for it themselves (Care Act 2014 s18(3)),
        # and a question ("Is the council paying the same price?") tells nothing: beside the writer's word that the
        # person pays, neither says the council pays ("Mum pays her own fees ... Your brokerage team helped us find
        # the place", fresh349; fresh189, fresh433, fresh435).
        if all(h.concept.name == "council_brokerage" or _asked(h) for h in council):
            return Decision("self_funded", "low", evidence("funding", "self_funded", private, "low"))
        # The subject line names a topic ("Mum's savings running low - council funding and top-up fees"); the body
        # says who pays now ("She has paid her own fees since she moved in", fresh357).
        c_body = distinct_sentences([h for h in council if h.origin != "headers"])
        p_body = distinct_sentences([h for h in private if h.origin != "headers"])
        if p_body > c_body:
            return Decision("self_funded", "low", evidence("funding", "self_funded", private, "low"))
        if c_body > p_body:
            return Decision("council_funded", "low", evidence("funding", "council_funded", council, "low"))
        return Decision("council_funded", "low", evidence("funding", "council_funded", council + private, "low"))
    # A deferred payment agreement says nothing of who pays: the council pays the home meanwhile and the
    # person's home repays it later.  Until session 10 it counted as self-funded when nothing else was
    # said; every labelled message where that rule alone decided is labelled unknown (fresh116, fresh122).
    return Decision("unknown", "high")


def care_charges(kind: str, findings: Findings) -> Decision:
    if kind in {"auto_reply", "spam"}:
        return Decision(False, "high")
    hits = findings.where(group="money", signal="charges")
    other_money = findings.where(group="money", signal="not_charges")
    # "rent arrears", "gas debt": the words of a charge about money that is not a care charge.
    hits = uncovered(hits, other_money)
    if not hits:
        return Decision(False, "high")
    level = "high" if distinct_sentences(hits) >= 2 else "medium"
    return Decision(True, level, evidence("care_charges", True, hits, level))

"""Decide what a classified message is to the bot: a new case, part of a case, or nothing to answer.

* The bot's own mail, automatic mail (RFC 3834 signs) and spam are recorded,
  never answered.
* A follow-up (case reference in the subject, or In-Reply-To/References
  pointing at a case's message) joins that case only when its sender is
  already a party to it.  Anyone else quoting a reference opens a new case
  linked to the old one for an officer to decide: adding a stranger to
  someone's case would be a data breach (Zammad's issue 5064).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from .automatic import AutomaticSign, automatic_signs, is_robot_address
from .config import Settings
from .errors import CaseNotFound
from .parse.thread import is_council
from .records import Classification, ParsedMessage, RouteDecision
from .route import Routing
from .store import Store


BACKLOG_REASON = "imported from before the bot was switched on"


@dataclass
class Disposition:
    action: Literal["new_case", "join", "new_linked", "ignore"]
    reason: str
    route: RouteDecision | None = None
    case_ref: str = ""  # the case joined, or the case a new one is linked to
    acknowledge: bool = True
    no_ack_reason: str = ""
    signs: list[AutomaticSign] = field(default_factory=list)


class Triage:
    def __init__(self, settings: Settings, routing: Routing, store: Store):
        self.settings = settings
        self.routing = routing
        self.store = store
        prefix = re.escape(settings.council.reference_prefix)
        self.reference = re.compile(rf"\b{prefix}-\d{{4}}-\d{{5}}\b", re.I)

    def is_own_mail(self, parsed: ParsedMessage) -> bool:
        council = self.settings.council
        if parsed.from_addr == council.complaints_address.lower():
            return True
        prefix = council.reference_prefix.upper()
        return any(parsed.message_id.startswith(f"<{prefix}-") and parsed.message_id.endswith(f"@{d}>")
                   for d in council.domains)

    def is_staff(self, address: str) -> bool:
        """An officer or team address from routing.toml (not merely someone on the council's domain)."""
        address = address.lower()
        return self.routing.is_officer(address) or any(address in t.addresses or address == t.manager
                                                       for t in self.routing.teams.values())

    def decide(self, parsed: ParsedMessage, classification: Classification, *, backlog: bool = False) -> Disposition:
        """``backlog``: the mailbox held this message before the bot was switched on (never acknowledged)."""
        labels = classification.labels
        if self.is_own_mail(parsed):
            return Disposition("ignore", "the bot's own mail", acknowledge=False, no_ack_reason="own mail")
        signs = automatic_signs(parsed)
        if labels.kind in ("auto_reply", "spam"):
            why = "; ".join(s.reason for s in signs) or f"classified as {labels.kind}"
            return Disposition("ignore", f"{labels.kind}: {why}", acknowledge=False,
                               no_ack_reason=labels.kind, signs=signs)

        route = self.routing.route(labels)
        acknowledge, no_ack = True, ""
        if signs and not self.is_form_for_a_person(parsed, signs):
            acknowledge, no_ack = False, "automatic message: " + "; ".join(s.reason for s in signs)
        elif backlog:
            # Switching the bot on must never mail hundreds of old complainants (Zammad's issue 539).
            acknowledge, no_ack = False, BACKLOG_REASON

        case = self._thread_case(parsed)
        if case is not None:
            if self._is_party(case, parsed.from_addr):
                return Disposition("join", f"follow-up to {case['ref']} from a party to it", route,
                                   case["ref"], acknowledge, no_ack, signs)
            return Disposition("new_linked", f"quotes {case['ref']} but the sender is not a party to it",
                               route, case["ref"], acknowledge, no_ack, signs)
        return Disposition("new_case", "new message", route, "", acknowledge, no_ack, signs)

    def is_form_for_a_person(self, parsed: ParsedMessage, signs: list[AutomaticSign]) -> bool:
        """A notice from one of the council's own forms ([council] form_senders) naming the person in Reply-To.

        RFC 3834 bars answering automatic mail to stop loops; here the answer goes to the person who
        filled in the form, not to the machine, and the complaints procedure gives 3 working days to
        acknowledge them.  A bounce or list sign, or a robot or council mailbox in Reply-To, still wins.
        """
        council = self.settings.council
        if parsed.from_addr not in council.form_senders or not parsed.reply_to:
            return False
        if any(s.kind not in ("auto_reply", "robot", "bulk") for s in signs):
            return False
        person = parsed.reply_to[0].lower()
        return person not in (parsed.from_addr, council.complaints_address.lower()) and not is_robot_address(person)

    def _thread_case(self, parsed: ParsedMessage):
        ids = [parsed.in_reply_to, *parsed.references]
        case = self.store.find_case_by_message_id(ids)
        if case is not None:
            return case
        for match in self.reference.findall(parsed.subject):
            try:
                return self.store.get_case(match.upper())
            except CaseNotFound:
                continue  # a reference we never issued (or a typo): treat as a new message
        return None

    def _is_party(self, case: dict, address: str) -> bool:
        address = (address or "").lower()
        if not address:
            return False
        if address in {p.lower() for p in case.get("parties", [])}:
            return True
        return self.is_staff(address) and is_council(address, self.settings.council.domains)

"""Carry out what a triaged message calls for, and record it on the case.

Owed letters are first written onto the case as pending actions (one atomic
store write together with the case itself), then sent through the outbox, then
marked done.  A crash anywhere in between is repaired by ``complete_pending``
on the next run: the outbox recognises a letter it already holds by its
Message-ID, so nobody gets a second acknowledgement.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from ..archive import Archive
from ..errors import ParseError
from ..parse import parse_message
from ..parse.html import sanitise_html
from ..bounces import note_bounce
from ..clock import Clock
from ..config import Settings
from ..records import LABEL_FIELDS, Classification, ParsedMessage, RawMessage
from ..route import Routing
from ..store import Store, audit, iso
from ..triage import Disposition
from . import compose
from .case import message_record, new_case
from .processes import CaseProcesses
from .letters import Letters
from .outbox import Outbox

# At most this many acknowledgements to one address a day: a robot that
# slipped past every automatic-mail check still cannot start a mail loop.
ACKS_PER_ADDRESS_PER_DAY = 5

LANGUAGE_NAMES = {
    "cy": "Welsh", "pl": "Polish", "ro": "Romanian", "ur": "Urdu", "pa": "Punjabi", "bn": "Bengali",
    "gu": "Gujarati", "ar": "Arabic", "so": "Somali", "lt": "Lithuanian", "pt": "Portuguese",
    "es": "Spanish", "fr": "French", "it": "Italian", "tr": "Turkish", "fa": "Farsi", "ku": "Kurdish",
    "zh": "Chinese", "hi": "Hindi", "ta": "Tamil", "bg": "Bulgarian", "hu": "Hungarian", "sk": "Slovak",
    "cs": "Czech", "lv": "Latvian", "ru": "Russian", "uk": "Ukrainian", "de": "German", "nl": "Dutch",
}


@dataclass
class ActResult:
    status: str
    detail: str = ""
    ref: str = ""


class Actor:
    def __init__(self, settings: Settings, clock: Clock, routing: Routing, letters: Letters,
                 outbox: Outbox, store: Store, archive: Archive, processes: CaseProcesses, tokens=None):
        self.settings = settings
        self.council = settings.council
        self.clock = clock
        self.routing = routing
        self.letters = letters
        self.outbox = outbox
        self.store = store
        self.archive = archive
        self.processes = processes
        self.calendar = processes.calendar
        self.tokens = tokens  # signed reply addresses for officer-facing mail (bot.commands.tokens)

    # ---- deciding -----------------------------------------------------------------------------

    def act(self, raw: RawMessage, sha: str, key: str, parsed: ParsedMessage,
            classification: Classification, disposition: Disposition) -> ActResult:
        now = self.clock.now()
        received = now if self.clock.fixed is not None else min(raw.received_at, now)
        if disposition.action == "ignore":
            bounce_of = ""
            if parsed.report_type == "delivery-status":  # our own mail came back: show it on its case
                bounce_of = note_bounce(self.store, raw.data, dsn_id=key, now=now,
                                        prefix=self.council.reference_prefix, council_domains=self.council.domains)
            self.store.record_ignored({
                "key": key, "message_id": parsed.message_id, "sha256": sha, "at": iso(now),
                "received_at": iso(received), "reason": disposition.reason,
                "kind": classification.labels.kind, "signs": [s.kind for s in disposition.signs],
                **({"bounce_of": bounce_of} if bounce_of else {}),
            })
            return ActResult("ignored", disposition.reason, bounce_of)
        record = message_record(key, sha, parsed, received, raw.source)
        if disposition.action == "join":
            return self._join(disposition, record, parsed, classification, now)
        return self._open(disposition, record, parsed, classification, received, now)

    def _open(self, disposition: Disposition, record: dict[str, Any], parsed: ParsedMessage,
              classification: Classification, received: datetime, now: datetime) -> ActResult:
        year = self.calendar.local_date(received).year
        ref = self.store.next_reference(self.council.reference_prefix, year)
        case = new_case(ref=ref, received=received, message=record, parsed=parsed,
                        classification=classification, route=disposition.route,
                        council_domains=self.council.domains, linked_to=disposition.case_ref)
        audit(case, now, "opened", f"{disposition.reason}; shape {case['shape']}")
        if disposition.case_ref:
            audit(case, now, "linked", f"quotes {disposition.case_ref}; an officer should decide whether it belongs there")
        acknowledging = self._plan_acknowledgement(case, disposition, record, "acknowledgement")
        # The acknowledgement goes out now, so the process's acknowledgement step is done now;
        # without one, that step stays pending and is chased (3 working days, reg 13(2)).
        case["processes"], case["dates"] = self.processes.open(
            ref, case["shape"], classification.labels, received, now if acknowledging else None)
        case["wake_at"] = None  # the scheduler computes the first chaser time on its next tick
        for state in case["processes"]:
            audit(case, now, "process opened", state["process"])
        self._plan_forwards(case, record, disposition, "forward")
        self.store.create_case(case)
        self.complete_pending(ref)
        return ActResult("case", disposition.reason, ref)

    def _join(self, disposition: Disposition, record: dict[str, Any], parsed: ParsedMessage,
              classification: Classification, now: datetime) -> ActResult:
        def change(case: dict[str, Any]) -> None:
            case["messages"].append(record)
            audit(case, now, "correspondence", f"message {record['message_id']} from a party joined the case")
            if classification.labels.safeguarding and not case.get("safeguarding"):
                # A later message can raise safeguarding; nothing automatic ever lowers it.
                case["safeguarding"] = True
                case["urgent"] = True
                audit(case, now, "safeguarding raised", "a follow-up message shows a safeguarding signal")
                case["processes"] = self.processes.raise_flag(case["ref"], "safeguarding", case.get("processes", []), now)
                case["wake_at"] = None
                # Route again with the new labels: the urgent teams (safeguarding) are told too.
                decision = self.routing.route(classification.labels)
                urgent = [t for m in decision.matches if m.urgent for t in m.teams]
                current = case["routing"]["teams"]
                case["routing"]["teams"] = ([t for t in urgent if t not in current] + current
                                            + [t for t in decision.teams if t not in current and t not in urgent])
            if disposition.acknowledge and not self.routing.is_officer(parsed.from_addr):
                self._plan_acknowledgement(case, disposition, record, "followup")
            self._plan_forwards(case, record, disposition, "followup-forward", teams=case["routing"]["teams"])

        self.store.update_case(disposition.case_ref, change)
        self.complete_pending(disposition.case_ref)
        return ActResult("followup", disposition.reason, disposition.case_ref)

    def _plan_acknowledgement(self, case: dict[str, Any], disposition: Disposition,
                              record: dict[str, Any], letter: str) -> bool:
        """Queue the letter on the case, or record why it cannot be sent by email; True if queued."""
        address = case["complainant"]["address"]
        reason = ""
        if not disposition.acknowledge:
            reason = disposition.no_ack_reason
        elif not address:
            reason = "no email address for the complainant: acknowledge by phone or post within 3 working days"
        elif self._acks_today(address) >= ACKS_PER_ADDRESS_PER_DAY:
            reason = f"more than {ACKS_PER_ADDRESS_PER_DAY} acknowledgements to this address today (mail loop guard)"
        if reason:
            case["no_acknowledgement"] = reason
            audit(case, self.clock.now(), "not acknowledged", reason)
            return False
        case["actions"].append({
            "id": f"{letter}:{record['sha256'][:16]}", "letter": letter, "to": [address],
            "in_reply_to": record["message_id"], "status": "pending",
        })
        return True

    def _plan_forwards(self, case: dict[str, Any], record: dict[str, Any], disposition: Disposition,
                       letter: str, teams: list[str] | None = None) -> None:
        for team in teams or disposition.route.teams:
            case["actions"].append({
                "id": f"{letter}:{team}:{record['sha256'][:16]}", "letter": letter, "team": team,
                "to": list(self.routing.addresses(team)), "sha256": record["sha256"],
                "in_reply_to": record["message_id"], "status": "pending",
            })

    def _acks_today(self, address: str) -> int:
        since = self.clock.now() - timedelta(days=1)
        count = 0
        for case in self.store.all_cases():
            for sent in case.get("sent", []):
                if sent["to"] == [address] and sent["letter"] in ("acknowledgement", "followup") \
                        and datetime.fromisoformat(sent["at"]) >= since:
                    count += 1
        return count

    def queue_officer_reply(self, ref: str, text: str, *, by: str, when: datetime) -> None:
        """An officer's ``reply`` command: their words go to the complainant on the case's letterhead."""
        def change(case: dict[str, Any]) -> None:
            address = case["complainant"]["address"]
            if not address:
                from ..casework import CaseworkError

                raise CaseworkError("the complainant has no email address: reply by phone or post")
            number = sum(1 for a in case["actions"] if a["letter"] == "officer-reply") + 1
            case["actions"].append({"id": f"officer-reply:{number}", "letter": "officer-reply", "to": [address],
                                    "text": text, "by": by, "status": "pending",
                                    "in_reply_to": case["messages"][0]["message_id"]})
            audit(case, when, "reply queued", f"officer reply {number} to the complainant", by)

        self.store.update_case(ref, change)
        self.complete_pending(ref)

    def queue_transcript(self, ref: str, officer: str, message_id: str, sha: str, outcomes, *, refused: str) -> None:
        """Tell the officer what became of each line of their reply (or why it was refused)."""
        lines = [{"line": o.line, "ok": o.ok, "said": o.said} for o in outcomes]

        def change(case: dict[str, Any]) -> None:
            case["actions"].append({"id": f"commands:{sha[:16]}", "letter": "commands", "to": [officer],
                                    "lines": lines, "refused": refused, "status": "pending",
                                    "in_reply_to": message_id})

        self.store.update_case(ref, change)
        self.complete_pending(ref)

    # ---- doing --------------------------------------------------------------------------------

    def complete_pending(self, ref: str) -> int:
        """Send every pending action of the case through the outbox, then mark them done."""
        case = self.store.get_case(ref)
        pending = [a for a in case.get("actions", []) if a["status"] == "pending"]
        if not pending:
            return 0
        now = self.clock.now()
        done: list[tuple[str, str]] = []
        for action in pending:
            message = self._compose(case, action, now)
            self.outbox.put(message)
            done.append((action["id"], str(message["Message-ID"])))

        def change(stored: dict[str, Any]) -> None:
            by_id = dict(done)
            for action in stored["actions"]:
                if action["id"] in by_id and action["status"] == "pending":
                    action["status"] = "done"
                    stored["sent"].append({"message_id": by_id[action["id"]], "letter": action["letter"],
                                           "to": action["to"], "at": iso(now), "action": action["id"]})
                    audit(stored, now, f"sent {action['letter']}",
                          f"to {action.get('team') or 'complainant'} as {by_id[action['id']]}")

        self.store.update_case(ref, change)
        return len(done)

    def _compose(self, case: dict[str, Any], action: dict[str, Any], now: datetime):
        domain = self.council.domains[0]
        message_id = compose.outgoing_id(case["ref"], action["letter"], action["id"], domain)
        context = self.letter_context(case, action)
        forward = action["letter"] in ("forward", "followup-forward")
        if forward:
            context.update(self._original(action["sha256"]))
        rendered = self.letters.render(action["letter"], **context)
        officer_facing = forward or action["letter"] == "commands"
        reply_to = ""
        if officer_facing and self.tokens is not None:
            team = action.get("team") or self.routing.officers.get(action["to"][0], "")
            if team:
                # Replying to this address is how an officer commands the case (bot/commands/).
                reply_to = self.tokens.address(case["ref"], team, now)
        message = compose.build(
            rendered=rendered,
            sender=(self.council.complaints_name, self.council.complaints_address),
            to=action["to"],
            message_id=message_id,
            when=now,
            auto_submitted=("auto-generated" if officer_facing
                            else "no" if action["letter"] == "officer-reply" else "auto-replied"),
            in_reply_to="" if forward else action.get("in_reply_to", ""),
            references=[] if forward else [action.get("in_reply_to", "")],
            priority_urgent=forward and case.get("urgent", False),
            reply_to=reply_to,
        )
        if forward:
            compose.attach_original(message, self.archive.get(action["sha256"]))
        return message

    # The forward shows the message itself above the attachment, so an officer can read it on a
    # phone; at most this many characters of it (the attachment always has all of it).
    ORIGINAL_SHOWN_CHARS = 20_000

    def _original(self, sha256: str) -> dict[str, str]:
        """The original's text, and its HTML made safe (nh3), for the forward's body."""
        try:
            parsed = parse_message(self.archive.get(sha256), council_domains=self.council.domains)
        except ParseError:
            return {"original_text": "(the message could not be read: see the attachment)", "original_html": ""}
        html = sanitise_html(parsed.html) if parsed.html and len(parsed.html) <= 4 * self.ORIGINAL_SHOWN_CHARS else ""
        return {"original_text": parsed.text[: self.ORIGINAL_SHOWN_CHARS], "original_html": html}

    def letter_context(self, case: dict[str, Any], action: dict[str, Any]) -> dict[str, Any]:
        labels = case["classification"]["labels"]
        language = case["classification"].get("language", "en")
        team = self.routing.teams.get(action.get("team", ""))
        return {
            "council": self.council,
            "case": case,
            "labels": labels,
            "label_rows": [(name, labels.get(name)) for name in LABEL_FIELDS],
            "evidence": case["classification"]["evidence"],
            "needs_confirmation": case["classification"]["needs_confirmation"],
            "dates": case.get("dates", {}),
            "language_name": LANGUAGE_NAMES.get(language, ""),
            "team": team,
            "teams": {k: t.name for k, t in self.routing.teams.items()},
            "action": action,
        }

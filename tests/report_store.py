"""A store of known cases for the report tests, built with the bot's real parts.

Each case is written in the store's real format (the fields ``bot/act/case.py`` writes), its
processes opened by the real process engine, its letters recorded as the outbox records them,
and every officer action (step done, response period, service, close, learning, Ombudsman)
applied by the real command runner at a set time.  The cases, with the reasoning for each date:

March 2026 (Mon 2 to Tue 31 March; clocks go forward on Sunday 29 March):
  M1  complaint, formal, older people, home care.  Received Mon 2 Mar 09:00, acknowledged by
      email 09:05 (5 min).  Response period agreed, 30 working days.  Response sent Fri 20 Mar,
      closed upheld with what changed; referred to the Ombudsman Wed 25 Mar.
  M2  complaint, informal, disability, asks for BSL; no email address.  Received Wed 4 Mar
      14:00; acknowledged by phone, the step marked done Tue 10 Mar 10:00: 3 working days
      after Wed 4 is Mon 9 Mar, so LATE (9,840 min).  Sent to the provider and quality team
      Thu 5 Mar 16:00, so the quality officer's review (5 working days) was due Thu 12 Mar and
      is overdue for the quality team at the end of March.
  M3  complaint, formal, safeguarding, older people, asks for an interpreter.  Received Tue 10
      Mar 16:30, acknowledged 16:31 (1 min), forwarded to the safeguarding team 16:32 (2 min);
      the referral step marked done 16:40.
  M4  enquiry about charges (finance team).  Received Thu 12 Mar 11:00, acknowledged 11:02:
      not a complaint, so not in the acknowledgement figures.
  M5  compliment.  Received Mon 16 Mar 12:00.
  M6  complaint, formal, safeguarding.  Received Fri 27 Mar 15:00 GMT, forwarded to the
      safeguarding team Mon 30 Mar 09:10 BST (3,910 min: not by the end of that working day);
      acknowledged Tue 31 Mar 09:00 BST (5,340 min), within 3 working days (due Wed 1 Apr).
  M7  complaint, informal.  Received Tue 31 Mar 23:30 BST (22:30 UTC): in March and in the
      year.  Not acknowledged; due Tue 7 Apr (Good Friday and Easter Monday), so not yet due
      at the end of March.
  A1  complaint received Wed 1 Apr 2026 00:30 BST, stored as 31 Mar 23:30 UTC: April, and
      the next reporting year.  Counts nowhere below.

Earlier in the year ending 31 March 2026:
  Y1  complaint, formal, disability.  Received Wed 24 Dec 2025 10:00, acknowledged Tue 30 Dec
      11:00: within 3 working days (Christmas Day and Boxing Day skipped: 29, 30, 31 Dec).
      Response sent Tue 20 Jan 2026 (due Mon 26 Jan, 20 working days); closed partly upheld.
  Y2  complaint, formal, older people.  Received Wed 24 Dec 2025 10:05, acknowledged Fri 2 Jan
      2026 09:00: LATE (due Wed 31 Dec; New Year's Day skipped).  Still open.
  Y3  complaint, formal, direct payments.  Received Mon 2 Feb 2026 10:00, acknowledged at once.
      Response due Mon 2 Mar (20 working days), sent Mon 16 Mar: LATE; closed not upheld.
  P1  complaint received Mon 31 Mar 2025 12:00 (the year before), closed not upheld Wed 2 Apr
      2025: decided in the year, though received before it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from bot.act.processes import CaseProcesses
from bot.act.shape import case_shape
from bot.casework import Casework
from bot.commands.execute import CommandRunner
from bot.commands.grammar import parse_command
from bot.config import load_settings
from bot.records import Labels
from bot.route import load_routing
from bot.store import Store, audit, iso

LONDON = ZoneInfo("Europe/London")
OFFICER = "complaints.officer@council.example"


def at(text: str) -> datetime:
    """A UK local time, or an explicit offset when the text has one."""
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=LONDON)


@dataclass
class Known:
    ref: str
    received: str
    labels: dict
    teams: list[str]
    ack: str | None = None  # acknowledgement emailed at
    forwards: dict[str, str] = field(default_factory=dict)  # team -> forwarded at
    address: str = "person@example.org"


CASES = [
    Known("ASC-2026-00001", "2026-03-02T09:00", dict(kind="complaint", formality="formal", client_group="older_people"),
          ["complaints"], ack="2026-03-02T09:05"),
    Known("ASC-2026-00002", "2026-03-04T14:00", dict(kind="complaint", formality="informal", client_group="disability",
                                                     needs=["bsl"]), ["complaints"], address=""),
    Known("ASC-2026-00003", "2026-03-10T16:30", dict(kind="complaint", formality="formal", client_group="older_people",
                                                     safeguarding=True, needs=["interpreter"]),
          ["safeguarding", "complaints"], ack="2026-03-10T16:31", forwards={"safeguarding": "2026-03-10T16:32"}),
    Known("ASC-2026-00004", "2026-03-12T11:00", dict(kind="enquiry", care_charges=True), ["finance"],
          ack="2026-03-12T11:02"),
    Known("ASC-2026-00005", "2026-03-16T12:00", dict(kind="compliment"), ["complaints"]),
    Known("ASC-2026-00006", "2026-03-27T15:00", dict(kind="complaint", formality="formal", safeguarding=True),
          ["safeguarding", "complaints"], ack="2026-03-31T09:00", forwards={"safeguarding": "2026-03-30T09:10"}),
    Known("ASC-2026-00007", "2026-03-31T23:30", dict(kind="complaint", formality="informal"), ["complaints"]),
    Known("ASC-2026-00008", "2026-03-31T23:30+00:00", dict(kind="complaint", formality="formal"), ["complaints"],
          ack="2026-04-01T09:00"),
    Known("ASC-2025-00001", "2025-12-24T10:00", dict(kind="complaint", formality="formal", client_group="disability"),
          ["complaints"], ack="2025-12-30T11:00"),
    Known("ASC-2025-00002", "2025-12-24T10:05", dict(kind="complaint", formality="formal", client_group="older_people"),
          ["complaints"], ack="2026-01-02T09:00"),
    Known("ASC-2026-00009", "2026-02-02T10:00", dict(kind="complaint", formality="formal"), ["complaints"],
          ack="2026-02-02T10:00"),
    Known("ASC-2025-00003", "2025-03-31T12:00", dict(kind="complaint", formality="formal"), ["complaints"],
          ack="2025-03-31T12:00"),
]

# Officer actions, in time order: (when, case, command line) or (when, case, "done PROCESS.STEP").
ACTIONS = [
    ("2025-04-02T10:00", "ASC-2025-00003", "close not upheld"),
    ("2026-01-20T15:00", "ASC-2025-00001", "done statutory_complaint.send_response"),
    ("2026-01-20T15:05", "ASC-2025-00001", "close partly upheld: care plans now reviewed within a week of a hospital stay"),
    ("2026-03-02T12:00", "ASC-2026-00001", "response period 30 working days agreed"),
    ("2026-03-02T12:01", "ASC-2026-00001", "service home care"),
    ("2026-03-05T16:00", "ASC-2026-00002", "done provider_informal.send_to_provider_and_quality"),
    ("2026-03-10T10:00", "ASC-2026-00002", "done provider_informal.acknowledge"),
    ("2026-03-10T16:40", "ASC-2026-00003", "done safeguarding.refer_to_safeguarding"),
    ("2026-03-16T11:00", "ASC-2026-00009", "done statutory_complaint.send_response"),
    ("2026-03-16T11:05", "ASC-2026-00009", "service direct payments"),
    ("2026-03-16T11:10", "ASC-2026-00009", "close not upheld"),
    ("2026-03-20T14:00", "ASC-2026-00001", "done statutory_complaint.send_response"),
    ("2026-03-20T14:05", "ASC-2026-00001", "close upheld: carers' rotas are now sent to families every week"),
    ("2026-03-23T09:00", "ASC-2026-00001", "learning home care providers briefed on missed visits"),
    ("2026-03-25T10:00", "ASC-2026-00001", "ombudsman referred"),
]


def case_record(known: Known, processes: CaseProcesses, calendar) -> dict:
    """One case as ``bot/act/case.py`` writes it, with the letters the outbox sent."""
    received = at(known.received)
    labels = Labels(**known.labels)
    shape = case_shape(labels)
    sha = hashlib.sha256(known.ref.encode()).hexdigest()
    ack = at(known.ack) if known.ack else None
    case = {
        "ref": known.ref, "status": "open", "shape": shape, "opened_at": iso(received), "received_at": iso(received),
        "complainant": {"name": "A Person", "address": known.address, "why": "sender"},
        "parties": [known.address] if known.address else [], "safeguarding": labels.safeguarding,
        "urgent": labels.safeguarding,
        "classification": {"labels": labels.as_dict(), "evidence": [], "confidence": {}, "needs_confirmation": [],
                           "language": "en"},
        "routing": {"teams": list(known.teams), "matches": []},
        "messages": [{"key": f"<{known.ref}@example.org>|{sha}", "message_id": f"<{known.ref}@example.org>",
                      "sha256": sha, "subject": "my mother's care", "from": known.address, "date": "",
                      "received_at": iso(received), "source": "maildir"}],
        "sent": [], "actions": [], "linked_to": [], "audit": [],
    }
    audit(case, received, "opened", f"test case; shape {shape}")
    case["processes"], case["dates"] = processes.open(known.ref, shape, labels, received, ack)
    case["wake_at"] = None
    if not known.address:
        case["no_acknowledgement"] = "no email address for the complainant"
        audit(case, received, "not acknowledged", case["no_acknowledgement"])
    letters = [(ack, "acknowledgement", "acknowledgement", [known.address])] if ack else []
    letters += [(at(when), "forward", f"forward:{team}", [f"{team}@council.example"])
                for team, when in known.forwards.items()]
    for when, letter, action, to in sorted(letters, key=lambda x: x[0]):
        message_id = f"<{known.ref}.{letter}.{action}@council.example>"
        case["sent"].append({"message_id": message_id, "letter": letter, "to": to, "at": iso(when),
                             "action": f"{action}:{sha[:16]}"})
        audit(case, when, f"sent {letter}", f"to {action.partition(':')[2] or 'complainant'} as {message_id}")
    return case


def build_store(home: Path) -> None:
    """Write the known cases into ``home``'s store and apply the officers' actions."""
    settings = load_settings(None, str(home))
    settings.ensure_home()
    calendar = settings.calendar()
    processes = CaseProcesses(calendar)
    store = Store(settings.store_path)
    for known in CASES:
        store.create_case(case_record(known, processes, calendar))
    casework = Casework(store, processes.engine)
    runner = CommandRunner(store, casework, processes, load_routing(settings.routing_path), actor=None)
    for when, ref, line in ACTIONS:
        command = parse_command(line)
        outcome = runner.run(ref, [command], by=OFFICER, when=at(when))[0]
        assert outcome.ok, (ref, line, outcome.said)
    store.close()


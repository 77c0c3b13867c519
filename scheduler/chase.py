"""Send the chasers the deadlines call for, through the same outbox as every other letter.

Sending and recording cannot be separated by a crash in a way that matters:
each chaser's Message-ID derives from its key, so after a crash between the
outbox write and the store write the next tick rebuilds the same message, the
outbox finds it already queued, and only the record is written.  A restart
therefore never sends a chaser twice and never skips one that fell due while
the bot was down (the engine still reports it owed).

Several chasers owed for one step at once (after downtime) are merged into
one message — the most serious — and every key is recorded.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bot.act import compose
from bot.act.letters import Letters
from bot.act.outbox import Outbox
from bot.config import Settings
from bot.route import Routing
from bot.store import Store, audit

from .deadlines import Deadlines, needs_attention
from .process.engine import ProcessEngine
from .process.model import Chaser

log = logging.getLogger("complaints_bot.chasers")


@dataclass
class TickResult:
    messages: int = 0
    keys: int = 0
    cases: int = 0


class ChaserSender:
    def __init__(self, settings: Settings, routing: Routing, letters: Letters, outbox: Outbox, store: Store,
                 engine: ProcessEngine, tokens=None):
        self.settings = settings
        self.routing = routing
        self.letters = letters
        self.outbox = outbox
        self.store = store
        self.engine = engine
        self.tokens = tokens  # signed reply addresses: replying to a chaser can mark the step done
        self.deadlines = Deadlines(engine)

    def recipients(self, chaser: Chaser) -> list[str]:
        addresses: list[str] = []
        for role in chaser.to:
            addresses.extend(self.routing.role_addresses(role))
        if chaser.kind == "escalation":
            # An escalation always reaches the owning team's manager (routing.toml).
            manager = self.routing.teams[self.routing.role_team(chaser.owner)].manager
            if manager:
                addresses.append(manager)
        return list(dict.fromkeys(addresses))

    def tick(self, now: datetime) -> TickResult:
        """Queue every owed chaser, then record them all in one store write."""
        result = TickResult()
        # Only cases whose next chaser time has come (or is unknown) are looked at: with
        # thousands of open cases, recomputing every deadline every 15 minutes is waste.
        candidates = [c for c in self.store.all_cases() if needs_attention(c, now)]
        wakes = {c["ref"]: self.deadlines.next_wake(c, now) for c in candidates}
        stored_wakes = {c["ref"]: c.get("wake_at") for c in candidates}
        records: dict[str, list[tuple[Chaser, list[Chaser], str]]] = {ref: [] for ref in wakes}
        for case, chasers in self.deadlines.owed(candidates, now):
            groups: dict[tuple[str, str], list[Chaser]] = {}
            for chaser in chasers:
                groups.setdefault((chaser.process, chaser.step), []).append(chaser)
            sent: list[tuple[Chaser, list[Chaser], str]] = []
            for group in groups.values():
                main = max(group, key=lambda c: (c.kind == "escalation", c.sequence if c.kind == "escalation" else -c.sequence))
                message = self._message(case, main, len(group), now)
                self.outbox.put(message)
                sent.append((main, group, str(message["Message-ID"])))
            records[case["ref"]] = sent
            result.cases += 1
            result.messages += len(sent)
            result.keys += sum(len(g) for _, g, _ in sent)
        self.store.update_cases({ref: self._recorder(sent, now, wakes[ref]) for ref, sent in records.items()
                                 if sent or stored_wakes[ref] != wakes[ref]})
        if result.messages:
            log.info("chasers: %d messages for %d cases", result.messages, result.cases)
        return result

    def _recorder(self, sent: list[tuple[Chaser, list[Chaser], str]], now: datetime, wake: str):
        def change(case: dict[str, Any]) -> None:
            case["wake_at"] = wake
            recorded = case.setdefault("chasers_sent", [])
            for main, group, message_id in sent:
                recorded.extend(c.key for c in group if c.key not in recorded)
                case.setdefault("sent", []).append({"message_id": message_id, "letter": main.kind,
                                                    "to": self.recipients(main), "at": now.isoformat(timespec="seconds"),
                                                    "action": main.key})
                audit(case, now, f"sent {main.kind}", f"{main.process}.{main.step} due {main.due.isoformat(timespec='minutes')}")

        return change

    def _message(self, case: dict[str, Any], chaser: Chaser, merged: int, now: datetime):
        council = self.settings.council
        definition = self.engine.definition(chaser.process)
        step = definition.step(chaser.step)
        rendered = self.letters.render(chaser.kind, council=council, case=case, chaser=chaser, step=step,
                                       process=definition, merged=merged,
                                       team=self.routing.teams[self.routing.role_team(chaser.owner)])
        return compose.build(
            rendered=rendered,
            sender=(council.complaints_name, council.complaints_address),
            to=self.recipients(chaser),
            message_id=compose.outgoing_id(case["ref"], chaser.kind, chaser.key, council.domains[0]),
            when=now,
            auto_submitted="auto-generated",
            priority_urgent=chaser.urgent or bool(case.get("safeguarding")),
            reply_to=self.tokens.address(case["ref"], self.routing.role_team(chaser.owner), now) if self.tokens else "",
        )

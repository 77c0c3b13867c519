"""The bridge between the case store and the process engine: what is running, what is owed.

Reads process states out of open cases and asks the engine's pure functions
(``scheduler.process.chasers``) what chasers are owed by ``now``, given the
chaser keys each case has already recorded.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Iterable

from .process.chasers import owed_chasers, running_steps
from .process.engine import ProcessEngine
from .process.model import Chaser, DueStep, ProcessState


@dataclass(frozen=True)
class CaseStep:
    """A running step of an open case, with the case's headline facts for people."""

    step: DueStep
    ref: str
    shape: str
    safeguarding: bool
    teams: tuple[str, ...]


def wake_key(moment: datetime) -> str:
    """A wake-up time as stored on a case: UTC ISO text, so plain string comparison orders it."""
    return moment.astimezone(timezone.utc).isoformat(timespec="seconds")


def needs_attention(case: dict[str, Any], now: datetime) -> bool:
    """Whether a tick must look at this case: its next chaser time has come, or is unknown.

    Whatever changes a case's processes sets ``wake_at`` to None, so the next
    tick recomputes it; a case with no running step has ``wake_at`` "never".
    """
    if case.get("status") == "closed" or not case.get("processes"):
        return False
    wake = case.get("wake_at")
    return wake is None or (wake != "never" and wake <= wake_key(now))


def open_states(case: dict[str, Any]) -> list[ProcessState]:
    if case.get("status") == "closed":
        return []
    return [ProcessState.from_dict(p) for p in case.get("processes", [])]


class Deadlines:
    def __init__(self, engine: ProcessEngine):
        self.engine = engine

    def next_wake(self, case: dict[str, Any], now: datetime) -> str:
        moment = self.engine.next_wakeup(open_states(case), now)
        return wake_key(moment) if moment is not None else "never"

    def owed(self, cases: Iterable[dict[str, Any]], now: datetime) -> list[tuple[dict[str, Any], list[Chaser]]]:
        """For each case with chasers owed by ``now`` (and not yet recorded), those chasers."""
        out = []
        for case in cases:
            states = open_states(case)
            if not states:
                continue
            sent = set(case.get("chasers_sent", []))
            chasers = owed_chasers(self.engine.calendar, self.engine.definitions, states, now, sent)
            if chasers:
                out.append((case, chasers))
        return out

    def running(self, cases: Iterable[dict[str, Any]], now: datetime) -> list[CaseStep]:
        rows = []
        for case in cases:
            for step in running_steps(self.engine.definitions, open_states(case), now):
                rows.append(CaseStep(step, case["ref"], case.get("shape", ""), bool(case.get("safeguarding")),
                                     tuple(case.get("routing", {}).get("teams", []))))
        return sorted(rows, key=lambda r: (r.step.due, r.ref, r.step.process, r.step.step))

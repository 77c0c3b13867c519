"""What an officer does to a case's process steps: done, extend, pause, resume.

The CLI (``complaints-bot step …``) and, later, email commands call these same
functions.  Each loads the case, applies the process engine's operation, and
writes the case back with an audit line in one store write.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Callable

from scheduler.process.engine import ProcessEngine, ProcessError
from scheduler.process.model import ProcessState

from .errors import BotError
from .store import Store, audit


class CaseworkError(BotError):
    """An officer's action cannot be applied (unknown step, wrong state …); nothing changed."""


def find_step(case: dict[str, Any], target: str) -> tuple[int, str]:
    """(index of the process, step key) for "process.step", or "step" when only one process has it."""
    process, _, step = target.rpartition(".")
    matches = [
        (i, s["key"]) for i, p in enumerate(case.get("processes", []))
        for s in p["steps"] if s["key"] == step and (not process or p["process"] == process)
    ]
    if not matches:
        known = [f"{p['process']}.{s['key']}" for p in case.get("processes", []) for s in p["steps"]]
        raise CaseworkError(f"case {case['ref']} has no step {target!r}; its steps: {', '.join(known) or 'none'}")
    if len(matches) > 1:
        names = ", ".join(f"{case['processes'][i]['process']}.{k}" for i, k in matches)
        raise CaseworkError(f"step {target!r} is in several processes of {case['ref']}: write one of {names}")
    return matches[0]


class Casework:
    def __init__(self, store: Store, engine: ProcessEngine):
        self.store = store
        self.engine = engine

    def _apply(self, ref: str, target: str, what: str, by: str, when: datetime,
               operation: Callable[[ProcessState, str], ProcessState], detail: str = "") -> dict[str, Any]:
        def change(case: dict[str, Any]) -> None:
            index, step = find_step(case, target)
            state = ProcessState.from_dict(case["processes"][index])
            try:
                new = operation(state, step)
            except (ProcessError, ValueError, KeyError) as exc:
                raise CaseworkError(f"{case['ref']} {state.process}.{step}: {exc}") from exc
            case["processes"][index] = new.to_dict()
            case["wake_at"] = None  # deadlines may have moved: the next tick recomputes the wake-up
            audit(case, when, f"step {what}", f"{state.process}.{step}" + (f": {detail}" if detail else ""), by)

        return self.store.update_case(ref, change)

    def done(self, ref: str, target: str, *, by: str, when: datetime) -> dict[str, Any]:
        return self._apply(ref, target, "done", by, when,
                           lambda st, step: self.engine.mark_done(st, step, when, by=by))

    def extend(self, ref: str, target: str, working_days: int, reason: str, *, by: str, when: datetime) -> dict[str, Any]:
        if not reason.strip():
            raise CaseworkError("an extension needs a reason (it is shown to the complaints manager)")
        return self._apply(ref, target, "extended", by, when,
                           lambda st, step: self.engine.extend(st, step, working_days, reason, when, by=by),
                           f"{working_days} working days because {reason}")

    def pause(self, ref: str, target: str, reason: str, *, by: str, when: datetime) -> dict[str, Any]:
        return self._apply(ref, target, "paused", by, when,
                           lambda st, step: self.engine.pause(st, step, when, reason), reason)

    def resume(self, ref: str, target: str, *, by: str, when: datetime) -> dict[str, Any]:
        return self._apply(ref, target, "resumed", by, when,
                           lambda st, step: self.engine.resume(st, step, when))

    def resume_process(self, ref: str, process: str, *, by: str, when: datetime) -> dict[str, Any]:
        """Resume a whole process (e.g. the complaint, once safeguarding says it is not entwined)."""
        def change(case: dict[str, Any]) -> None:
            for index, stored in enumerate(case.get("processes", [])):
                if stored["process"] == process:
                    state = ProcessState.from_dict(stored)
                    try:
                        case["processes"][index] = self.engine.resume_process(state, when).to_dict()
                        case["wake_at"] = None
                    except (ProcessError, ValueError) as exc:
                        raise CaseworkError(f"{case['ref']} {process}: {exc}") from exc
                    audit(case, when, "process resumed", process, by)
                    return
            raise CaseworkError(f"case {case['ref']} has no process {process!r}")

        return self.store.update_case(ref, change)

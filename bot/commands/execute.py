"""Carry officers' commands out on a case, and say what became of each line.

The email path and the CLI (``complaints-bot case REF …``) both end here, so an
action means the same wherever it was given.  Each command is one store write
with an audit line naming the officer; a command that cannot be applied
changes nothing and says why.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from scheduler.process.engine import ProcessError
from scheduler.process.model import ProcessState

from ..act.processes import CaseProcesses
from ..act.shape import case_shape
from ..casework import Casework, CaseworkError
from ..errors import BotError
from ..records import LABEL_VALUES, Labels
from ..route import Routing
from ..store import Store, audit
from .grammar import Command


@dataclass(frozen=True)
class Outcome:
    line: str
    ok: bool
    said: str


def _label_value(field: str, raw: str) -> Any:
    if field == "needs":
        return sorted({v for v in raw.split(",") if v and v != "none"})
    if isinstance(LABEL_VALUES[field][0], bool):
        return raw in ("true", "yes")
    return None if raw in ("null", "none") else raw


# What an officer may still record on a closed case: notes, and the facts the annual report
# needs that often come after the decision (what changed, an Ombudsman referral, the service).
AFTER_CLOSING = ("note", "learning", "ombudsman referred", "service area")
RESPONSE_PERIOD = "response_period"  # the per-case period of reg 13(7)/(8) (scheduler/process/model.py)


def _add_learning(case: dict[str, Any], text: str, by: str, when: datetime) -> None:
    """What changed as a result of the complaint (reg 18's "action taken to improve services")."""
    case.setdefault("learning", []).append({"at": when.isoformat(timespec="seconds"), "by": by, "text": text})


def _refer_to_ombudsman(case: dict[str, Any], by: str, when: datetime) -> None:
    if case.get("ombudsman_referred_at"):
        raise CaseworkError(f"case {case['ref']} was already recorded as referred to the Ombudsman "
                            f"on {case['ombudsman_referred_at'][:10]}")
    case["ombudsman_referred_at"] = when.isoformat(timespec="seconds")


class CommandRunner:
    def __init__(self, store: Store, casework: Casework, processes: CaseProcesses, routing: Routing, actor):
        self.store = store
        self.casework = casework
        self.processes = processes
        self.engine = processes.engine
        self.routing = routing
        self.actor = actor

    def run(self, ref: str, commands: list[Command], *, by: str, when: datetime, reply_text: str = "") -> list[Outcome]:
        outcomes = []
        for command in commands:
            try:
                said = self._one(ref, command, by=by, when=when, reply_text=reply_text)
            except (CaseworkError, BotError, ValueError) as exc:
                outcomes.append(Outcome(command.line, False, str(exc)))
                continue
            outcomes.append(Outcome(command.line, True, said))
        return outcomes

    # ---- one command ------------------------------------------------------------------------

    def _one(self, ref: str, command: Command, *, by: str, when: datetime, reply_text: str) -> str:
        verb, args = command.verb, command.args
        if verb == "done":
            self.casework.done(ref, args["step"], by=by, when=when)
            return f"{args['step']} marked done"
        if verb == "extend":
            case = self.casework.extend(ref, args["step"], int(args["days"]), args["reason"], by=by, when=when)
            return f"extended: {case['audit'][-1]['detail']}"
        if verb in ("formal", "informal"):
            return self._relabel(ref, "formality", verb, f"officer decided it is {verb}", by, when)
        if verb == "stage2":
            return self._relabel(ref, "stage2_request", "true", "officer opened a senior manager review", by, when)
        if verb == "assign":
            officer = args["officer"].lower()
            if not self.routing.is_officer(officer):
                raise CaseworkError(f"{officer} is not an officer in routing.toml")
            self._change(ref, by, when, "assigned", officer, lambda case: case.__setitem__("assigned_to", officer))
            return f"assigned to {officer}"
        if verb == "pause":
            return self._all_processes(ref, by, when, pause=True, reason=args.get("reason", "paused by an officer"))
        if verb == "resume":
            return self._all_processes(ref, by, when, pause=False)
        if verb == "relabel":
            return self._relabel(ref, args["field"], args["value"], args["reason"], by, when)
        if verb == "note":
            self._change(ref, by, when, "note", args["text"], lambda case: None)
            return "note added"
        if verb == "close":
            return self._close(ref, args["outcome"], by, when, args.get("learning", ""))
        if verb == "learning":
            self._change(ref, by, when, "learning", args["text"], lambda case: _add_learning(case, args["text"], by, when))
            return "recorded what changed as a result"
        if verb == "ombudsman":
            self._change(ref, by, when, "ombudsman referred", "the complainant referred the complaint to the Ombudsman",
                         lambda case: _refer_to_ombudsman(case, by, when))
            return "recorded: referred to the Ombudsman"
        if verb == "service":
            area = " ".join(args["area"].split())
            self._change(ref, by, when, "service area", area, lambda case: case.__setitem__("service_area", area))
            return f"service area: {area}"
        if verb == "period":
            return self._response_period(ref, int(args["days"]), args["basis"], by, when)
        if verb == "reply":
            if not reply_text.strip():
                raise CaseworkError("reply needs the text to send, on the lines after it")
            self.actor.queue_officer_reply(ref, reply_text, by=by, when=when)
            return "sent to the complainant"
        raise CaseworkError(f"unknown command {verb!r}")

    def _change(self, ref: str, by: str, when: datetime, action: str, detail: str, change) -> dict[str, Any]:
        def apply(case: dict[str, Any]) -> None:
            if case.get("status") == "closed" and action not in AFTER_CLOSING:
                raise CaseworkError(f"case {case['ref']} is closed")
            change(case)
            audit(case, when, action, detail, by)

        return self.store.update_case(ref, apply)

    def _all_processes(self, ref: str, by: str, when: datetime, *, pause: bool, reason: str = "") -> str:
        changed = []

        def change(case: dict[str, Any]) -> None:
            states = []
            for stored in case.get("processes", []):
                state = ProcessState.from_dict(stored)
                if not state.closed:
                    if pause and state.paused_at is None:
                        state = self.engine.pause_process(state, when, reason)
                        changed.append(state.process)
                    elif not pause and state.paused_at is not None:
                        state = self.engine.resume_process(state, when)
                        changed.append(state.process)
                states.append(state.to_dict())
            case["processes"] = states
            case["wake_at"] = None

        self._change(ref, by, when, "paused" if pause else "resumed", reason, change)
        if not changed:
            return "nothing to " + ("pause" if pause else "resume")
        return ("paused: " if pause else "resumed: ") + ", ".join(changed)

    def _relabel(self, ref: str, field: str, raw: str, reason: str, by: str, when: datetime) -> str:
        value = _label_value(field, raw)
        opened: list[str] = []

        def change(case: dict[str, Any]) -> None:
            labels = Labels.from_dict(case["classification"]["labels"])
            old = getattr(labels, field)
            setattr(labels, field, value)
            if field == "formality" and labels.kind != "complaint":
                labels.kind = "complaint"
            case["classification"]["labels"] = labels.as_dict()
            case["classification"]["evidence"] = [e for e in case["classification"]["evidence"] if e["field"] != field]
            case["classification"]["evidence"].append({
                "field": field, "value": value, "text": reason, "origin": "officer",
                "rule": f"set by {by}", "confidence": "high"})
            case["classification"]["needs_confirmation"] = [
                f for f in case["classification"].get("needs_confirmation", []) if f != field]
            if field == "safeguarding":
                case["safeguarding"] = bool(value)
            shape = case_shape(labels)
            wanted = self.processes.select(shape, labels)
            have = {p["process"] for p in case.get("processes", [])}
            states = [ProcessState.from_dict(p) for p in case.get("processes", [])]
            for key in wanted:
                if key not in have and self.engine.definition(key).enabled:
                    received = datetime.fromisoformat(case["received_at"])
                    states.append(self.engine.open(key, ref, when if when > received else received))
                    opened.append(key)
                    if self.engine.definition(key).pauses:
                        states = self.engine.apply_pauses(key, states, when)
            # A process the new labels no longer call for is closed, with the reason kept.
            states = [self.engine.close(s, when, f"{field} changed from {old} to {value}")
                      if s.process not in wanted and not s.closed else s for s in states]
            case["processes"] = [s.to_dict() for s in states]
            case["shape"] = shape
            case["wake_at"] = None
            detail = f"{field}: {old} -> {value} because {reason}"
            if opened:
                detail += f"; opened {', '.join(opened)}"
            audit(case, when, "relabelled", detail, by)

        case = self.store.update_case(ref, change)
        return case["audit"][-1]["detail"]

    def _response_period(self, ref: str, days: int, basis: str, by: str, when: datetime) -> str:
        """Record the response period agreed with the complainant (reg 13(7)) or set by the council
        when they declined to discuss it (reg 13(8)); it becomes the response step's deadline."""
        basis_key = "agreed" if basis == "agreed" else "set_by_council"
        changed: list[str] = []

        def change(case: dict[str, Any]) -> None:
            states = []
            for stored in case.get("processes", []):
                state = ProcessState.from_dict(stored)
                definition = self.engine.definition(state.process)
                if not state.closed and any(s.case_period == RESPONSE_PERIOD for s in definition.steps):
                    try:
                        state = self.engine.set_period(state, RESPONSE_PERIOD, basis=basis_key, when=when,
                                                       amount=days, unit="working_days", note=f"by {by}")
                    except (ProcessError, ValueError) as exc:
                        raise CaseworkError(f"{case['ref']} {state.process}: {exc}") from exc
                    changed.append(state.process)
                states.append(state.to_dict())
            if not changed:
                raise CaseworkError(f"case {case['ref']} has no open process with a response period")
            case["processes"] = states
            case["wake_at"] = None

        self._change(ref, by, when, "response period", f"{days} working days {basis} ({basis_key})", change)
        return f"response period: {days} working days, {basis} ({', '.join(changed)})"

    def _close(self, ref: str, outcome: str, by: str, when: datetime, learning: str = "") -> str:
        def change(case: dict[str, Any]) -> None:
            if case.get("status") == "closed":
                raise CaseworkError(f"case {case['ref']} is already closed")
            case["processes"] = [
                self.engine.close(ProcessState.from_dict(p), when, f"case closed: {outcome}").to_dict()
                if not p.get("closed_at") else p for p in case.get("processes", [])]
            case.update(status="closed", outcome=outcome, closed_at=when.isoformat(timespec="seconds"), wake_at="never")
            audit(case, when, "closed", outcome, by)
            if learning:
                _add_learning(case, learning, by, when)
                audit(case, when, "learning", learning, by)

        self.store.update_case(ref, change)
        return f"closed: {outcome}" + ("; recorded what changed as a result" if learning else "")

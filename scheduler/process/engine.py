"""Open processes for a case and move them on: done, events, periods, extend,
pause, resume, cancel, close.

Every function is pure: it takes a ProcessState and returns a new one (the
input is never changed) and does no I/O, so the store decides what to save.
All datetimes must be aware; deadlines come back in Europe/London.
"""

from __future__ import annotations

import copy
from datetime import date, datetime
from typing import Container, Iterable, Mapping

from bot.errors import BotError

from ..calendar import WorkingCalendar
from .chasers import next_chaser_time, owed_chasers, running_steps
from .clock import compute_due, pause_shift
from .model import (
    BASES,
    FINISHED,
    UNITS,
    Chaser,
    DueStep,
    Extension,
    Pause,
    Period,
    ProcessDefinition,
    ProcessState,
    StepDefinition,
    StepState,
)


class ProcessError(BotError):
    """A process operation that the rules do not allow (e.g. extending a finished step)."""


def _aware(moment: datetime, what: str) -> datetime:
    if not isinstance(moment, datetime) or moment.tzinfo is None or moment.utcoffset() is None:
        raise ProcessError(f"{what} {moment!r} has no time zone: pass an aware datetime")
    return moment


class ProcessEngine:
    """The process definitions and the calendar, with the operations on states."""

    def __init__(self, definitions: Mapping[str, ProcessDefinition] | Iterable[ProcessDefinition], calendar: WorkingCalendar):
        items = definitions.values() if isinstance(definitions, Mapping) else definitions
        self.definitions: dict[str, ProcessDefinition] = {d.key: d for d in items}
        self.calendar = calendar

    def definition(self, process: str) -> ProcessDefinition:
        try:
            return self.definitions[process]
        except KeyError:
            raise ProcessError(f"unknown process {process!r}; known: {', '.join(sorted(self.definitions))}") from None

    # ---- opening -------------------------------------------------------------------------

    def open(
        self,
        process: str,
        case_id: str,
        received: datetime,
        *,
        acknowledged: datetime | None = None,
        conditions: Iterable[str] = (),
    ) -> ProcessState:
        """A new process for a case: steps that start from receipt get their deadlines.

        ``acknowledged`` marks the process's acknowledgement step done at that time
        (so steps counted from the acknowledgement start).  ``conditions`` are events
        known at receipt (e.g. "late_matter"): they start the steps that wait for them.
        """
        definition = self.definition(process)
        if not definition.enabled:
            raise ProcessError(f"process {process!r} is switched off (enabled = false in {definition.path})")
        _aware(received, "received")
        state = ProcessState(
            case_id=case_id,
            process=process,
            received=received,
            steps={s.key: StepState(s.key) for s in definition.steps},
            events={name: received for name in conditions},
        )
        self._start_ready(definition, state)
        if acknowledged is not None:
            if definition.acknowledgement_step is None:
                raise ProcessError(f"process {process!r} has no acknowledgement step")
            state = self.mark_done(state, definition.acknowledgement_step, acknowledged)
        return state

    def open_for_case(
        self,
        processes: Iterable[str],
        case_id: str,
        received: datetime,
        *,
        acknowledged: datetime | None = None,
        conditions: Iterable[str] = (),
    ) -> list[ProcessState]:
        """Open several processes for one case (e.g. RouteDecision.processes).

        A process switched off in its file (enabled = false) is skipped.  A
        process that lists others under ``pauses`` (safeguarding) pauses them
        from receipt, until an officer resumes them (practitioner guidance, appendix 2).
        """
        keys = [k for k in dict.fromkeys(processes) if self.definition(k).enabled]
        conditions = tuple(conditions)
        states = []
        for key in keys:
            ack = acknowledged if self.definition(key).acknowledgement_step else None
            states.append(self.open(key, case_id, received, acknowledged=ack, conditions=conditions))
        for key in keys:
            states = self.apply_pauses(key, states, received)
        return states

    def apply_pauses(self, process: str, states: Iterable[ProcessState], when: datetime) -> list[ProcessState]:
        """The case's states with those that ``process`` pauses (its ``pauses`` list) paused at ``when``.

        For a safeguarding concern that arrives while a complaint is already open:
        open the safeguarding process, then pass the case's other states here.
        States already paused or closed are returned unchanged.
        """
        pauser = self.definition(process)
        return [
            self.pause_process(s, when, f"paused by {pauser.key}: {pauser.title}")
            if s.process in pauser.pauses and s.paused_at is None and not s.closed
            else s
            for s in states
        ]

    # ---- moving on -----------------------------------------------------------------------

    def mark_done(self, state: ProcessState, step: str, when: datetime, *, by: str = "") -> ProcessState:
        """The step is done; steps counted from it (and ``done_with`` it) follow."""
        _aware(when, "when")
        definition, new = self._copy(state)
        self._done(definition, new, step, when, by)
        self._start_ready(definition, new)
        return new

    def record_event(self, state: ProcessState, name: str, when: datetime) -> ProcessState:
        """Record a dated event (e.g. "stage2_requested"); steps waiting for it start."""
        _aware(when, "when")
        definition, new = self._copy(state)
        if name in new.events:
            raise ProcessError(f"event {name!r} was already recorded at {new.events[name].isoformat()}")
        new.events[name] = when
        self._start_ready(definition, new)
        return new

    def set_period(
        self,
        state: ProcessState,
        name: str,
        *,
        basis: str,
        when: datetime,
        amount: int | None = None,
        unit: str | None = None,
        until: date | None = None,
        note: str = "",
    ) -> ProcessState:
        """Record a per-case period and move the deadlines of the steps that use it.

        For the response period: basis "agreed" when discussed with the complainant
        (reg 13(7)), "set_by_council" when they declined the discussion (reg 13(8)).
        Give either amount and unit (counted from the step's start) or until (a last day).
        """
        _aware(when, "when")
        if basis not in BASES:
            raise ProcessError(f"basis must be one of {BASES}, not {basis!r}")
        if until is None and (unit not in UNITS or not isinstance(amount, int) or amount < 0):
            raise ProcessError(f"give until=<date>, or amount >= 0 with unit one of {UNITS}")
        definition, new = self._copy(state)
        period = Period(basis=basis, at=when, amount=amount, unit=unit, until=until, note=note)
        users = [s for s in definition.steps if s.case_period == name]
        if not users:
            raise ProcessError(f"no step of {definition.key!r} uses a period called {name!r}")
        for sdef in users:
            st = new.steps[sdef.key]
            if sdef.agree_before_due and st.running and st.due is not None and when > st.due:
                raise ProcessError(
                    f"{sdef.title}: a longer period must be agreed before the current one ends "
                    f"({st.due.isoformat()}); reg 16 now requires a written explanation of the delay"
                )
        new.periods[name] = period
        for sdef in users:
            st = new.steps[sdef.key]
            if st.running:
                self._move_due(sdef, new, st)
        return new

    def extend(self, state: ProcessState, step: str, working_days: int, reason: str, when: datetime, *, by: str = "") -> ProcessState:
        """Move a running step's deadline by whole working days, with the reason recorded."""
        _aware(when, "when")
        if not isinstance(working_days, int) or working_days < 1:
            raise ProcessError("an extension is a whole number of working days, at least 1")
        if not reason or not reason.strip():
            raise ProcessError("an extension needs a reason (it is shown to the complaints manager)")
        definition, new = self._copy(state)
        sdef, st = definition.step(step), new.step(step)
        if not st.running:
            raise ProcessError(f"step {step!r} is {st.status}: only a running step can be extended")
        st.extensions.append(Extension(working_days, reason.strip(), when, by))
        st.extra_working_days += working_days
        self._move_due(sdef, new, st)
        if st.status != "paused":
            st.status = "extended"
        return new

    def pause(self, state: ProcessState, step: str, when: datetime, reason: str) -> ProcessState:
        """Stop one step's clock (see resume for how the deadline moves)."""
        _aware(when, "when")
        definition, new = self._copy(state)
        sdef, st = definition.step(step), new.step(step)
        if st.status not in ("pending", "extended"):
            raise ProcessError(f"step {step!r} is {st.status}: only a running step can be paused")
        if not sdef.pausable:
            raise ProcessError(f"step {step!r} cannot be paused: {sdef.note or 'its deadline is set by law'}")
        self._pause(st, when, reason, by_process=False)
        return new

    def resume(self, state: ProcessState, step: str, when: datetime) -> ProcessState:
        """Restart a paused step's clock; the deadline moves by the days it was stopped.

        Days lost are those after the day of pausing up to and including the day of
        resuming, counted in working days for working-day steps (calendar days
        otherwise), so the owner has the same number of days left as when it stopped.
        """
        _aware(when, "when")
        definition, new = self._copy(state)
        st = new.step(step)
        if st.status != "paused":
            raise ProcessError(f"step {step!r} is {st.status}, not paused")
        self._resume(definition.step(step), new, st, when)
        return new

    def pause_process(self, state: ProcessState, when: datetime, reason: str) -> ProcessState:
        """Pause every running step that may be paused; steps that start later start paused.

        Used where complaint issues are entwined with a safeguarding enquiry
        (practitioner guidance, appendix 2).  Steps marked pausable = false keep
        running: the acknowledgement (reg 13(2)) and the six-month limit (reg 16).
        """
        _aware(when, "when")
        definition, new = self._copy(state)
        if new.paused_at is not None:
            raise ProcessError(f"process {new.process!r} is already paused since {new.paused_at.isoformat()}")
        new.paused_at, new.pause_reason = when, reason
        for sdef in definition.steps:
            st = new.steps[sdef.key]
            if st.status in ("pending", "extended") and sdef.pausable:
                self._pause(st, when, reason, by_process=True)
        return new

    def resume_process(self, state: ProcessState, when: datetime) -> ProcessState:
        """Resume the steps the process pause stopped (not those paused on their own)."""
        _aware(when, "when")
        definition, new = self._copy(state)
        if new.paused_at is None:
            raise ProcessError(f"process {new.process!r} is not paused")
        for sdef in definition.steps:
            st = new.steps[sdef.key]
            if st.status == "paused" and st.pauses and st.pauses[-1].by_process:
                self._resume(sdef, new, st, when)
        new.paused_at, new.pause_reason = None, ""
        return new

    def cancel(self, state: ProcessState, step: str, when: datetime, reason: str) -> ProcessState:
        """The step is no longer needed; steps counted from it are cancelled too."""
        _aware(when, "when")
        if not reason or not reason.strip():
            raise ProcessError("cancelling a step needs a reason")
        definition, new = self._copy(state)
        self._cancel(definition, new, step, reason.strip())
        return new

    def close(self, state: ProcessState, when: datetime, reason: str) -> ProcessState:
        """Close the process (e.g. resolved early): every unfinished step is cancelled."""
        _aware(when, "when")
        definition, new = self._copy(state)
        for st in new.steps.values():
            if st.status not in FINISHED:
                st.status, st.cancelled_reason, st.paused_at = "cancelled", f"process closed: {reason}", None
        new.closed_at, new.close_reason = when, reason
        return new

    def finished(self, state: ProcessState) -> bool:
        """Closed, or nothing running and every step that does not wait for an event finished."""
        if state.closed:
            return True
        definition = self.definition(state.process)
        for sdef in definition.steps:
            st = state.steps[sdef.key]
            if st.running:
                return False
            if st.status == "waiting" and sdef.condition is None:
                return False
        return True

    # ---- what is due ---------------------------------------------------------------------

    def owed_chasers(self, states: Iterable[ProcessState], now: datetime, sent: Container[str] = frozenset()) -> list[Chaser]:
        """Reminders and escalations fallen due by ``now`` and not in ``sent`` (see chasers.py)."""
        _aware(now, "now")
        return owed_chasers(self.calendar, self.definitions, states, now, sent)

    def next_wakeup(self, states: Iterable[ProcessState], after: datetime) -> datetime | None:
        """The next moment after ``after`` when some chaser falls due, for the runner."""
        _aware(after, "after")
        times = []
        for state in states:
            if state.closed:
                continue
            definition = self.definition(state.process)
            for sdef in definition.steps:
                moment = next_chaser_time(self.calendar, definition, state, sdef, after)
                if moment is not None:
                    times.append(moment)
        return min(times) if times else None

    def running_steps(self, states: Iterable[ProcessState], now: datetime) -> list[DueStep]:
        """Steps whose clock is running, soonest deadline first, with an overdue flag."""
        _aware(now, "now")
        return running_steps(self.definitions, [s for s in states if not s.closed], now)

    # ---- internals -----------------------------------------------------------------------

    def _copy(self, state: ProcessState) -> tuple[ProcessDefinition, ProcessState]:
        if state.closed:
            raise ProcessError(f"process {state.process!r} of case {state.case_id!r} is closed")
        definition = self.definition(state.process)
        return definition, copy.deepcopy(state)

    def _anchor_time(self, state: ProcessState, sdef: StepDefinition) -> datetime | None:
        anchor = sdef.timescale.anchor
        if anchor.kind == "receipt":
            return state.received
        if anchor.kind == "step":
            return state.steps[anchor.name].done_at
        return state.events.get(anchor.name)

    def _start_ready(self, definition: ProcessDefinition, state: ProcessState) -> None:
        """Start every waiting step whose anchor has happened and whose condition holds.

        A step waiting for a condition starts at the later of its anchor and the
        condition's event: its clock cannot run before anyone knew it applied.
        """
        for sdef in definition.steps:
            st = state.steps[sdef.key]
            if st.status != "waiting":
                continue
            start = self._anchor_time(state, sdef)
            if start is None:
                continue
            if sdef.condition is not None:
                if sdef.condition not in state.events:
                    continue
                start = max(start, state.events[sdef.condition])
            st.started_at = start
            st.status = "pending"
            st.due = compute_due(self.calendar, sdef, st, state.periods.get(sdef.case_period or ""))
            if state.paused_at is not None and sdef.pausable:
                self._pause(st, max(start, state.paused_at), state.pause_reason, by_process=True)

    def _done(self, definition: ProcessDefinition, state: ProcessState, step: str, when: datetime, by: str) -> None:
        st = state.step(step)
        if st.status in FINISHED:
            raise ProcessError(f"step {step!r} is already {st.status}")
        if st.status == "paused":
            st.pauses[-1].end = when
        st.status, st.done_at, st.done_by, st.paused_at = "done", when, by, None
        for other in definition.steps:
            if other.done_with == step and state.steps[other.key].status not in FINISHED:
                self._done(definition, state, other.key, when, by)

    def _cancel(self, definition: ProcessDefinition, state: ProcessState, step: str, reason: str) -> None:
        st = state.step(step)
        if st.status in FINISHED:
            raise ProcessError(f"step {step!r} is already {st.status}")
        st.status, st.cancelled_reason, st.paused_at = "cancelled", reason, None
        for other in definition.steps:
            anchor = other.timescale.anchor
            if anchor.kind == "step" and anchor.name == step and state.steps[other.key].status not in FINISHED:
                self._cancel(definition, state, other.key, f"{step} was cancelled: {reason}")

    def _pause(self, st: StepState, when: datetime, reason: str, *, by_process: bool) -> None:
        st.status, st.paused_at = "paused", when
        st.pauses.append(Pause(start=when, reason=reason, by_process=by_process))

    def _resume(self, sdef: StepDefinition, state: ProcessState, st: StepState, when: datetime) -> None:
        assert st.paused_at is not None
        period = state.periods.get(sdef.case_period or "")
        working, calendar_days = pause_shift(self.calendar, sdef, period, st.paused_at, when)
        st.extra_working_days += working
        st.extra_calendar_days += calendar_days
        st.pauses[-1].end, st.pauses[-1].shift = when, working or calendar_days
        st.paused_at = None
        st.status = "extended" if st.extensions else "pending"
        self._move_due(sdef, state, st)

    def _move_due(self, sdef: StepDefinition, state: ProcessState, st: StepState) -> None:
        new_due = compute_due(self.calendar, sdef, st, state.periods.get(sdef.case_period or ""))
        if new_due != st.due:
            st.due = new_due
            st.due_version += 1


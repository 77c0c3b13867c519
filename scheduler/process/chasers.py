"""What reminders and escalations are owed, given `now` and the keys already sent.

Idempotent: the answer depends only on the states, `now` and the set of sent
keys, so a restart never sends a chaser twice (its key is recorded) and never
skips one that fell due while the bot was down (it is still owed).

* Reminder: at the start of the working day N working days before the
  deadline (``remind_before``).  Not owed if that moment came before the
  step's clock started (the opening notice serves).  One that fell due while
  the bot was down is still owed after the deadline, marked ``late`` so the
  caller does not word it as "due tomorrow" (it may fold it into the
  escalation message, but records its key).
* Escalation: at the start of the first working day after the deadline, then
  every ``escalate_every`` working days while the step is still open, to the
  owner and the ``escalate_to`` role.  All that fell due are owed; a caller may
  merge several for one step into one message but must record every key.
* A step that is done, paused, cancelled or waiting owes nothing.
* Keys carry the deadline version, so a moved deadline (extension, resume,
  new response period) gets its own reminders and escalations.
"""

from __future__ import annotations

from datetime import datetime
from typing import Container, Iterable

from ..calendar import WorkingCalendar
from .clock import calendar_for
from .model import Chaser, DueStep, ProcessDefinition, ProcessState, StepDefinition, StepState


def chaser_key(case_id: str, process: str, step: str, kind: str, due_version: int, sequence: int) -> str:
    return f"{case_id}/{process}/{step}/{kind}/v{due_version}/{sequence}"


def step_chasers(
    cal: WorkingCalendar, definition: ProcessDefinition, state: ProcessState, sdef: StepDefinition, now: datetime
) -> list[Chaser]:
    """Every chaser of one step that has fallen due by ``now``."""
    st = state.steps[sdef.key]
    if st.status not in ("pending", "extended") or st.due is None or st.started_at is None:
        return []
    c = calendar_for(cal, sdef.timescale)
    due_day = c.local_date(st.due)
    out: list[Chaser] = []
    late = now >= st.due
    for lead in sdef.remind_before:
        at = c.start_of(c.add_working_days(due_day, -lead) if lead else due_day)
        if st.started_at <= at <= now:
            out.append(_chaser(definition, state, sdef, st, "reminder", lead, at, (sdef.owner,), late))
    if not late:
        return out
    day = c.add_working_days(due_day, 1)
    sequence = 1
    while True:
        at = c.start_of(day)
        if at > now:
            break
        out.append(_chaser(definition, state, sdef, st, "escalation", sequence, at, (sdef.owner, sdef.escalate_to), True))
        if sdef.escalate_every == 0:
            break
        day = c.add_working_days(day, sdef.escalate_every)
        sequence += 1
    return out


def next_chaser_time(
    cal: WorkingCalendar, definition: ProcessDefinition, state: ProcessState, sdef: StepDefinition, after: datetime
) -> datetime | None:
    """When this step's next chaser falls due after ``after`` (for the runner's wake-up)."""
    st = state.steps[sdef.key]
    if st.status not in ("pending", "extended") or st.due is None or st.started_at is None:
        return None
    c = calendar_for(cal, sdef.timescale)
    due_day = c.local_date(st.due)
    times = []
    for lead in sdef.remind_before:
        at = c.start_of(c.add_working_days(due_day, -lead) if lead else due_day)
        if at > after and at >= st.started_at and at < st.due:
            times.append(at)
    day = c.add_working_days(due_day, 1)
    while True:
        at = c.start_of(day)
        if at > after:
            times.append(at)
            break
        if sdef.escalate_every == 0:
            break
        day = c.add_working_days(day, sdef.escalate_every)
    return min(times) if times else None


def _chaser(definition, state, sdef, st: StepState, kind, sequence, at, to, late: bool) -> Chaser:
    return Chaser(
        key=chaser_key(state.case_id, state.process, sdef.key, kind, st.due_version, sequence),
        kind=kind,
        case_id=state.case_id,
        process=state.process,
        step=sdef.key,
        title=sdef.title,
        owner=sdef.owner,
        to=tuple(dict.fromkeys(to)),
        at=at,
        due=st.due,
        sequence=sequence,
        urgent=sdef.urgent or definition.urgent,
        late=late,
        note=sdef.note,
    )


def owed_chasers(
    cal: WorkingCalendar,
    definitions: dict[str, ProcessDefinition],
    states: Iterable[ProcessState],
    now: datetime,
    sent: Container[str],
) -> list[Chaser]:
    """Chasers that have fallen due by ``now`` and whose keys are not in ``sent``, oldest first."""
    owed = []
    for state in states:
        if state.closed:
            continue
        definition = definitions[state.process]
        for sdef in definition.steps:
            owed.extend(ch for ch in step_chasers(cal, definition, state, sdef, now) if ch.key not in sent)
    return sorted(owed, key=lambda ch: (ch.at, ch.case_id, ch.process, ch.step, ch.kind, ch.sequence))


def running_steps(definitions: dict[str, ProcessDefinition], states: Iterable[ProcessState], now: datetime) -> list[DueStep]:
    """Steps whose clock is running (paused included), soonest deadline first."""
    rows = []
    for state in states:
        definition = definitions[state.process]
        for sdef in definition.steps:
            st = state.steps[sdef.key]
            if st.running and st.due is not None:
                rows.append(DueStep(state.case_id, state.process, sdef.key, sdef.title, sdef.owner, st.status, st.due, st.due < now))
    return sorted(rows, key=lambda r: (r.due, r.case_id, r.process, r.step))

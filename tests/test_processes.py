"""The process definitions and engine, walked with a settable `now`.

Deadlines are worked out by hand (reasoning beside each row) with the real
`holidays` package.  2026 facts: Good Friday 3 April, Easter Monday 6 April,
May Day 4 May, Spring bank holiday 25 May, August bank holiday 31 August,
Christmas Fri 25 December, Boxing Day substitute Mon 28 December, New Year
Fri 1 January 2027; clocks change Sun 29 March and Sun 25 October.
Council closure used here: Tue 29 - Thu 31 December 2026.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.errors import ConfigError
from scheduler.calendar import WorkingCalendar
from scheduler.process import (
    ProcessEngine,
    ProcessError,
    ProcessState,
    is_late_matter,
    load_process,
    load_processes,
    response_timeliness,
)
from scheduler.process.model import DOCUMENTS

L = ZoneInfo("Europe/London")
UTC = timezone.utc
REPO = Path(__file__).resolve().parents[1]
CLOSURE = [date(2026, 12, 29), date(2026, 12, 30), date(2026, 12, 31)]


def at(y, m, d, hh=9, mm=0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=L)


def end(y, m, d) -> datetime:
    """A deadline: 17:00 London time that day."""
    return datetime(y, m, d, 17, 0, tzinfo=L)


def nine(y, m, d) -> datetime:
    """When chasers fall due: 09:00 London time that day."""
    return datetime(y, m, d, 9, 0, tzinfo=L)


@pytest.fixture(scope="module")
def definitions():
    return load_processes()


@pytest.fixture(scope="module")
def engine(definitions):
    return ProcessEngine(definitions, WorkingCalendar(CLOSURE))


def dues(state: ProcessState) -> dict[str, datetime | None]:
    return {k: s.due for k, s in state.steps.items()}


def keys(chasers) -> list[str]:
    return [c.key for c in chasers]


# ---- the data files ------------------------------------------------------------------------------


def test_every_process_file_loads(definitions):
    assert set(definitions) == {
        "statutory_complaint",
        "provider_formal",
        "provider_informal",
        "senior_manager_review",
        "ombudsman",
        "safeguarding",
        "self_funder",
        "professional_concern",
        "unclear_formality",
    }
    for definition in definitions.values():
        for step in definition.steps:
            assert step.sources, (definition.key, step.key)
            assert step.title and step.owner


def _normalise(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return " ".join(text.replace("**", "").split())


def test_every_quote_is_in_its_document(definitions):
    """Each source quote must appear word for word in the council document it names."""
    docs = REPO.parent / "shared" / "docs"
    if not docs.is_dir():
        pytest.skip("shared/docs is not beside the repository")
    texts = {p.name: _normalise(p.read_text(encoding="utf-8")) for p in docs.glob("*.txt")}
    checked = 0
    for definition in definitions.values():
        for step in definition.steps:
            for source in step.sources:
                if source.document == "SI 2009/309":
                    continue  # the Regulations are not among the shared documents
                assert source.document in texts, source.document
                assert _normalise(source.quote) in texts[source.document], (definition.key, step.key, source.quote)
                checked += 1
    assert checked > 30
    assert set(texts) <= set(DOCUMENTS)


def test_days_without_working_carry_a_recorded_decision(definitions):
    for definition in definitions.values():
        for step in definition.steps:
            quotes = " ".join(s.quote.lower() for s in step.sources)
            if step.timescale.unit == "working_days" and "working day" not in quotes:
                assert step.timescale.decision, (definition.key, step.key)


def test_the_guide_covers_every_process_and_step(definitions):
    """docs/processes.md must describe every step the data files define (no silent drift)."""
    guide = (REPO / "docs" / "processes.md").read_text(encoding="utf-8")
    for definition in definitions.values():
        assert f"(`{definition.key}`)" in guide, definition.key
        for step in definition.steps:
            assert f"{step.title} (`{step.key}`)" in guide, (definition.key, step.key)


# ---- validation errors name the file, the line and the fix ---------------------------------------

MINI = """\
key = "mini"
title = "Mini"

[[steps]]
key = "first"
title = "First"
owner = "complaints_officer"
[steps.timescale]
amount = 3
unit = "working_days"
from = "receipt"
[[steps.sources]]
document = "SI 2009/309"
where = "reg 13(2)"
quote = "not later than 3 working days after the day"

[[steps]]
key = "second"
title = "Second"
owner = "investigating_officer"
[steps.timescale]
amount = 5
unit = "working_days"
from = "step:first"
[[steps.sources]]
document = "practitioner-guidance-adult-social-care-complaints.txt"
where = "para 3.3"
quote = "be sent within five working days of the acknowledgment"
"""


def write(tmp_path: Path, text: str, name: str = "mini") -> Path:
    path = tmp_path / f"{name}.toml"
    path.write_text(text)
    return path


def replace_line(text: str, number: int, new: str | None) -> str:
    lines = text.splitlines()
    if new is None:
        del lines[number - 1]
    else:
        lines[number - 1] = new
    return "\n".join(lines) + "\n"


def test_mini_file_is_valid(tmp_path):
    definition = load_process(write(tmp_path, MINI))
    assert definition.step_keys() == ("first", "second")


@pytest.mark.parametrize(
    "line, new, expected_line, problem, fix",
    [
        (23, 'unit = "fortnights"', 23, "unknown unit 'fortnights'", "working_days"),
        (24, 'from = "step:frist"', 24, "depends on unknown step 'frist'", "step:<key>"),
        (11, 'from = "step:second"', 11, "circle", "receipt or an event"),
        (20, 'owner = "director"', 20, "unknown owner role 'director'", "complaints_officer"),
        (26, 'document = "policy.docx"', 26, "unknown source document 'policy.docx'", "practitioner-guidance"),
        (28, 'quote = "be sent within five days"', 23, "is a decision", "timescale.decision"),
        (22, "amount = -1", 22, "not a whole number", "amount = 3"),
        (1, 'key = "other"', 1, "differs from the file name", 'key = "mini"'),
        (10, "unit = working_days", 10, "TOML syntax error", "double quotes"),
        (19, 'titel = "Second"', 19, "unknown field 'titel'", "title"),
    ],
)
def test_validation_errors(tmp_path, line, new, expected_line, problem, fix):
    path = write(tmp_path, replace_line(MINI, line, new))
    with pytest.raises(ConfigError) as err:
        load_process(path)
    assert err.value.path == str(path)
    assert err.value.line == expected_line, str(err.value)
    assert problem in err.value.problem
    assert fix in err.value.fix
    assert f"{path}:{expected_line}" in str(err.value)


def test_missing_source_names_the_step(tmp_path):
    text = "\n".join(MINI.splitlines()[:24]) + "\n"  # drop the second step's source
    with pytest.raises(ConfigError) as err:
        load_process(write(tmp_path, text))
    assert "step 'second' has no source" in err.value.problem
    assert err.value.line == 17  # its [[steps]] line
    assert "[[steps.sources]]" in err.value.fix


def test_missing_timescale_names_the_step(tmp_path):
    lines = MINI.splitlines()
    text = "\n".join(lines[:20] + lines[24:]) + "\n"  # drop [steps.timescale] of "second"
    with pytest.raises(ConfigError) as err:
        load_process(write(tmp_path, text))
    assert "no timescale" in err.value.problem
    assert err.value.line == 17


def test_unknown_process_in_pauses_is_caught_across_files(tmp_path):
    write(tmp_path, 'pauses = ["statutory_complant"]\n' + MINI)
    with pytest.raises(ConfigError) as err:
        load_processes(tmp_path)
    assert "unknown process 'statutory_complant'" in err.value.problem
    assert err.value.line == 1


def test_empty_directory_is_an_error(tmp_path):
    with pytest.raises(ConfigError, match="no process files"):
        load_processes(tmp_path)


# ---- hand-computed deadlines when a statutory complaint opens ------------------------------------
# acknowledge: 3 working days, Regulations' calendar (closures ignored).
# early_resolution: end of next working day, council calendar.
# send_response: 20 working days from receipt, council calendar.
# six_month_limit: last day of six months commencing on receipt, moved back to a working day.

OPENING = [
    (
        at(2026, 4, 2, 15),
        end(2026, 4, 9), end(2026, 4, 7), end(2026, 5, 5), end(2026, 10, 1),
        "Easter. ack: Tue 7 (1), Wed 8, Thu 9. early: Tue 7. 20 days: 7-10 (1-4), 13-17 (5-9), 20-24 (10-14),"
        " 27-30 (15-18), Fri 1 May (19), Mon 4 May holiday, Tue 5 (20). limit: 2 Oct less a day = Thu 1 Oct",
    ),
    (
        at(2026, 12, 23, 11),
        end(2026, 12, 30), end(2026, 12, 24), end(2027, 1, 28), end(2027, 6, 22),
        "Christmas. ack: Thu 24 (1), Tue 29 (2), Wed 30 (3) - closures do not stop it. early: Thu 24. 20 days:"
        " Thu 24 (1), Jan 4-8 (2-6), 11-15 (7-11), 18-22 (12-16), 25-28 (17-20). limit: 23 June less a day = Tue 22 June",
    ),
    (
        at(2026, 8, 28, 16),
        end(2026, 9, 3), end(2026, 9, 1), end(2026, 9, 28), end(2027, 2, 26),
        "August bank holiday Mon 31. ack: Sep 1, 2, 3. early: Tue 1 Sep. 20 days: Sep 1-4 (1-4) ... Mon 28 (20)."
        " limit: 28 Feb 2027 less a day = Sat 27 Feb, back to Fri 26 Feb",
    ),
    (
        datetime(2026, 3, 27, 10, 0, tzinfo=UTC),
        end(2026, 4, 1), end(2026, 3, 30), end(2026, 4, 28), end(2026, 9, 25),
        "Clocks go forward Sun 29 March: deadlines at 17:00 BST. ack: Mon 30, Tue 31, Wed 1 Apr. 20 days: 30, 31,"
        " 1, 2 (1-4), Easter skipped, 7-10 (5-8), 13-17 (9-13), 20-24 (14-18), 27 (19), 28 (20)."
        " limit: 27 Sep less a day = Sat 26, back to Fri 25",
    ),
    (
        at(2026, 10, 24, 12),
        end(2026, 10, 28), end(2026, 10, 26), end(2026, 11, 20), end(2027, 4, 23),
        "Received Saturday in BST; clocks go back Sun 25. ack: Mon 26, Tue 27, Wed 28 at 17:00 GMT. 20 days:"
        " Oct 26-30 (1-5), Nov 2-6, 9-13, 16-20 (20). limit: 24 April 2027 less a day = Fri 23 April",
    ),
]


@pytest.mark.parametrize("received, ack, early, response, limit, why", OPENING)
def test_statutory_opening_deadlines(engine, received, ack, early, response, limit, why):
    state = engine.open("statutory_complaint", "C", received)
    got = dues(state)
    assert (got["acknowledge"], got["early_resolution"], got["send_response"], got["six_month_limit"]) == (
        ack, early, response, limit,
    ), why
    assert got["offer_discussion"] == ack  # reg 13(7): at the time of acknowledging
    assert state.steps["icap_letter"].status == "waiting"  # counted from the acknowledgement
    assert state.steps["late_matter_decision"].status == "waiting"  # only where flagged


def test_spring_and_autumn_deadlines_in_utc(engine):
    spring = engine.open("statutory_complaint", "C", datetime(2026, 3, 27, 10, 0, tzinfo=UTC))
    assert spring.steps["acknowledge"].due.astimezone(UTC) == datetime(2026, 4, 1, 16, 0, tzinfo=UTC)
    autumn = engine.open("statutory_complaint", "C", at(2026, 10, 24, 12))
    assert autumn.steps["acknowledge"].due.astimezone(UTC) == datetime(2026, 10, 28, 17, 0, tzinfo=UTC)


def test_receipt_cutoff_moves_council_deadlines_only(definitions):
    from datetime import time

    engine = ProcessEngine(definitions, WorkingCalendar(CLOSURE, cutoff=time(16, 0)))
    state = engine.open("statutory_complaint", "C", at(2026, 10, 22, 16, 30))  # Thursday, after cut-off
    # early resolution (council clock): counted as received Fri 23, so Mon 26 rather than Fri 23
    assert state.steps["early_resolution"].due == end(2026, 10, 26)
    # acknowledgement (Regulations' clock): day 0 is still Thu 22: Fri 23, Mon 26, Tue 27
    assert state.steps["acknowledge"].due == end(2026, 10, 27)


# ---- statutory complaint, arrival to closure -----------------------------------------------------


def test_statutory_complaint_walk(engine):
    received = at(2026, 4, 1, 10)  # Wednesday before Easter
    s = engine.open("statutory_complaint", "C1", received)
    assert s.steps["acknowledge"].due == end(2026, 4, 8)  # Thu 2 (1), Tue 7 (2), Wed 8 (3)
    assert s.steps["early_resolution"].due == end(2026, 4, 2)
    assert s.steps["send_response"].due == end(2026, 5, 1)  # Apr 2, 7-10, 13-17, 20-24, 27-30 (19), May 1 (20)
    assert s.steps["six_month_limit"].due == end(2026, 9, 30)  # 1 October less a day
    sent: set[str] = set()

    # Thu 2 April, 08:00: nothing yet.  The early-resolution reminder falls due at 09:00 on its due day.
    assert engine.owed_chasers([s], at(2026, 4, 2, 8), sent) == []
    owed = engine.owed_chasers([s], at(2026, 4, 2, 9, 30), sent)
    assert keys(owed) == ["C1/statutory_complaint/early_resolution/reminder/v0/0"]
    assert owed[0].to == ("investigating_officer",) and owed[0].late is False
    sent.update(keys(owed))
    s = engine.mark_done(s, "early_resolution", at(2026, 4, 2, 16), by="manager")  # tried; not resolved

    # Tue 7 April 09:30: the acknowledgement reminder (1 working day before Wed 8).
    owed = engine.owed_chasers([s], at(2026, 4, 7, 9, 30), sent)
    assert keys(owed) == ["C1/statutory_complaint/acknowledge/reminder/v0/1"]
    sent.update(keys(owed))
    s = engine.mark_done(s, "acknowledge", at(2026, 4, 7, 11))
    assert s.steps["offer_discussion"].status == "done"  # made in the acknowledgement (done_with)
    assert s.steps["acknowledge"].met is True
    # 5 working days from the acknowledgement on Tue 7: 8, 9, 10, 13, 14
    assert s.steps["icap_letter"].due == end(2026, 4, 14)
    assert s.steps["agree_response_period"].due == end(2026, 4, 14)

    # Thu 9 April: response period agreed at 30 working days (reg 13(7)).
    # From Wed 1 Apr: Apr 2 (1), 7-10 (5), 13-17 (10), 20-24 (15), 27-30 (19), May 1 (20),
    # May 4 bank holiday, 5-8 (24), 11-15 (29), Mon 18 (30).
    s = engine.set_period(s, "response_period", basis="agreed", amount=30, unit="working_days", when=at(2026, 4, 9, 10))
    assert s.steps["send_response"].due == end(2026, 5, 18)
    assert s.steps["send_response"].due_version == 1
    s = engine.mark_done(s, "agree_response_period", at(2026, 4, 9, 10))

    # The action plan letter is late and nobody asked since Thu 9.  Mon 20 April 12:00: its reminder
    # (Mon 13, one working day before Tue 14) is still owed, marked late; escalations on Wed 15 (first
    # working day after Tue 14) and Fri 17 (every 2 working days) are owed too.
    owed = engine.owed_chasers([s], at(2026, 4, 20, 12), sent)
    assert keys(owed) == [
        "C1/statutory_complaint/icap_letter/reminder/v0/1",
        "C1/statutory_complaint/icap_letter/escalation/v0/1",
        "C1/statutory_complaint/icap_letter/escalation/v0/2",
    ]
    assert [c.at for c in owed] == [nine(2026, 4, 13), nine(2026, 4, 15), nine(2026, 4, 17)]
    assert [c.late for c in owed] == [True, True, True]
    assert owed[1].to == ("investigating_officer", "senior_manager")
    sent.update(keys(owed))
    assert engine.owed_chasers([s], at(2026, 4, 20, 12), sent) == []  # asked again: nothing new
    assert engine.next_wakeup([s], at(2026, 4, 20, 12)) == nine(2026, 4, 21)
    owed = engine.owed_chasers([s], at(2026, 4, 21, 10), sent)
    assert keys(owed) == ["C1/statutory_complaint/icap_letter/escalation/v0/3"]  # Fri 17 + 2 = Tue 21
    sent.update(keys(owed))
    s = engine.mark_done(s, "icap_letter", at(2026, 4, 21, 14))
    assert s.steps["icap_letter"].met is False

    # Mon 11 May: the response reminder 5 working days before Mon 18 (15, 14, 13, 12, 11).
    owed = engine.owed_chasers([s], at(2026, 5, 11, 10), sent)
    assert keys(owed) == ["C1/statutory_complaint/send_response/reminder/v1/5"]
    sent.update(keys(owed))

    # Fri 15 May: the response is sent; the six-month limit is met with it.
    s = engine.mark_done(s, "send_response", at(2026, 5, 15, 12))
    assert s.steps["six_month_limit"].status == "done"
    timeliness = response_timeliness(s)
    assert timeliness.period_basis == "agreed"
    assert timeliness.within_response_period is True
    assert timeliness.within_outer_limit is True
    assert timeliness.must_explain_delay is False
    assert engine.finished(s)
    assert engine.owed_chasers([s], at(2026, 12, 1), sent) == []
    assert engine.next_wakeup([s], at(2026, 5, 15, 13)) is None


def test_early_resolution_closes_the_complaint(engine):
    s = engine.open("statutory_complaint", "C2", at(2026, 4, 1, 10))
    s = engine.mark_done(s, "early_resolution", at(2026, 4, 1, 15))
    s = engine.close(s, at(2026, 4, 1, 15), "resolved early: desired outcome offered and accepted")
    assert s.closed and engine.finished(s)
    assert {st.status for st in s.steps.values()} == {"done", "cancelled"}
    assert engine.owed_chasers([s], at(2026, 6, 1), set()) == []
    with pytest.raises(ProcessError, match="closed"):
        engine.mark_done(s, "acknowledge", at(2026, 4, 2))


def test_reg_13_8_period_set_by_council_and_late_response(engine):
    s = engine.open("statutory_complaint", "C3", at(2026, 4, 1, 10), acknowledged=at(2026, 4, 2, 10))
    assert s.steps["acknowledge"].status == "done"
    s = engine.set_period(s, "response_period", basis="set_by_council", until=date(2026, 5, 29), when=at(2026, 4, 8))
    assert s.steps["send_response"].due == end(2026, 5, 29)
    s = engine.mark_done(s, "send_response", at(2026, 6, 2, 10))
    t = response_timeliness(s)
    assert t.period_basis == "set_by_council"
    assert t.within_response_period is False
    assert t.within_outer_limit is True
    assert t.must_explain_delay is True  # reg 16: explain the delay in writing


def test_outer_limit_can_only_be_lengthened_before_it_ends(engine):
    s = engine.open("statutory_complaint", "C4", at(2026, 4, 1, 10))
    # Agreed before it ends: eight months commencing 1 April end Mon 30 November.
    longer = engine.set_period(s, "outer_limit", basis="agreed", amount=8, unit="months", when=at(2026, 9, 1))
    assert longer.steps["six_month_limit"].due == end(2026, 11, 30)
    with pytest.raises(ProcessError, match="reg 16"):
        engine.set_period(s, "outer_limit", basis="agreed", amount=8, unit="months", when=at(2026, 10, 1))


def test_late_matter_is_flagged_never_refused(engine):
    cal = engine.calendar
    assert is_late_matter(cal, date(2025, 4, 1), at(2026, 4, 1)) is False  # on the anniversary: in time
    assert is_late_matter(cal, date(2025, 4, 1), at(2026, 4, 2)) is True
    s = engine.open("statutory_complaint", "C5", at(2026, 4, 2, 10), conditions=["late_matter"])
    assert s.steps["late_matter_decision"].due == end(2026, 4, 9)  # Tue 7, Wed 8, Thu 9
    assert s.steps["acknowledge"].status == "pending"  # the complaint goes on regardless
    # Flagged later: the decision's clock starts when the flag is raised (Wed 8): Thu 9, Fri 10, Mon 13.
    s2 = engine.open("statutory_complaint", "C6", at(2026, 4, 2, 10))
    s2 = engine.record_event(s2, "late_matter", at(2026, 4, 8, 10))
    assert s2.steps["late_matter_decision"].due == end(2026, 4, 13)
    with pytest.raises(ProcessError, match="already recorded"):
        engine.record_event(s2, "late_matter", at(2026, 4, 9))


# ---- extend, pause, resume -----------------------------------------------------------------------


def test_extension_moves_the_deadline_and_gets_fresh_chasers(engine):
    s = engine.open("statutory_complaint", "C7", at(2026, 4, 1, 10), acknowledged=at(2026, 4, 7, 11))
    assert s.steps["icap_letter"].due == end(2026, 4, 14)
    sent = set(keys(engine.owed_chasers([s], at(2026, 4, 13, 9, 30), set())))
    assert "C7/statutory_complaint/icap_letter/reminder/v0/1" in sent
    s = engine.extend(s, "icap_letter", 3, "investigating officer on leave", at(2026, 4, 13, 10), by="team manager")
    st = s.steps["icap_letter"]
    assert st.due == end(2026, 4, 17)  # Tue 14 + 3: Wed 15, Thu 16, Fri 17
    assert st.status == "extended" and st.due_version == 1
    assert st.extensions[0].reason == "investigating officer on leave"
    assert engine.owed_chasers([s], at(2026, 4, 13, 10, 5), sent) == []
    owed = engine.owed_chasers([s], at(2026, 4, 16, 9, 30), sent)
    assert "C7/statutory_complaint/icap_letter/reminder/v1/1" in keys(owed)  # Thu 16, 1 day before Fri 17
    with pytest.raises(ProcessError, match="reason"):
        engine.extend(s, "icap_letter", 2, "  ", at(2026, 4, 14))
    with pytest.raises(ProcessError, match="at least 1"):
        engine.extend(s, "icap_letter", 0, "x", at(2026, 4, 14))
    with pytest.raises(ProcessError, match="only a running step"):
        engine.extend(s, "acknowledge", 2, "x", at(2026, 4, 14))


def test_pause_and_resume_one_step(engine):
    s = engine.open("statutory_complaint", "C8", at(2026, 4, 1, 10))
    s = engine.pause(s, "send_response", at(2026, 4, 8, 10), "waiting for the police")
    assert s.steps["send_response"].status == "paused"
    # While paused it owes no chasers, even past its old deadline.
    assert not [c for c in engine.owed_chasers([s], at(2026, 5, 6), set()) if c.step == "send_response"]
    # Resumed Wed 15 April: days lost after Wed 8 up to Wed 15 = 9, 10, 13, 14, 15 = 5 working days.
    # Fri 1 May + 5: Mon 4 May is a bank holiday; 5 (1), 6, 7, 8 (4), Mon 11 (5).
    s = engine.resume(s, "send_response", at(2026, 4, 15, 10))
    st = s.steps["send_response"]
    assert st.due == end(2026, 5, 11)
    assert st.status == "pending" and st.pauses[0].shift == 5 and st.due_version == 1
    # Paused and resumed on the same day loses nothing.
    s = engine.pause(s, "send_response", at(2026, 4, 16, 10), "brief hold")
    s = engine.resume(s, "send_response", at(2026, 4, 16, 15))
    assert s.steps["send_response"].due == end(2026, 5, 11)


def test_statutory_limits_cannot_be_paused(engine):
    s = engine.open("statutory_complaint", "C9", at(2026, 4, 1, 10))
    with pytest.raises(ProcessError, match="cannot be paused"):
        engine.pause(s, "acknowledge", at(2026, 4, 2), "safeguarding")
    with pytest.raises(ProcessError, match="cannot be paused"):
        engine.pause(s, "six_month_limit", at(2026, 4, 2), "safeguarding")
    with pytest.raises(ProcessError, match="not paused"):
        engine.resume(s, "send_response", at(2026, 4, 2))


def test_safeguarding_pauses_the_complaint_until_an_officer_resumes_it(engine):
    received = at(2026, 4, 1, 10)
    complaint, safeguarding = engine.open_for_case(["statutory_complaint", "safeguarding"], "C10", received)
    # Safeguarding: referral by the end of the day it arrived; decision on entwinement by the next working day.
    assert safeguarding.steps["refer_to_safeguarding"].due == end(2026, 4, 1)
    assert safeguarding.steps["decide_if_entwined"].due == end(2026, 4, 2)
    # The complaint is paused from receipt, except what the law sets.
    assert complaint.paused_at == received
    assert complaint.steps["early_resolution"].status == "paused"
    assert complaint.steps["send_response"].status == "paused"
    assert complaint.steps["acknowledge"].status == "pending"
    assert complaint.steps["six_month_limit"].status == "pending"
    # Urgent chasers for the referral: escalation at 09:00 Thu 2 April if not done.
    owed = engine.owed_chasers([complaint, safeguarding], at(2026, 4, 2, 9, 30), set())
    refer = [c for c in owed if c.step == "refer_to_safeguarding"]
    assert refer and refer[0].urgent and refer[0].kind == "escalation"
    assert not [c for c in owed if c.process == "statutory_complaint" and c.step != "acknowledge"]
    safeguarding = engine.mark_done(safeguarding, "refer_to_safeguarding", at(2026, 4, 1, 11))

    # Acknowledged while paused (the law still requires it): the action plan starts paused.
    complaint = engine.mark_done(complaint, "acknowledge", at(2026, 4, 7, 11))
    assert complaint.steps["icap_letter"].status == "paused"
    assert complaint.steps["icap_letter"].paused_at == at(2026, 4, 7, 11)

    # Thu 9 April the officer decides the issues can be divided and resumes the complaint.
    safeguarding = engine.mark_done(safeguarding, "decide_if_entwined", at(2026, 4, 9, 10))
    complaint = engine.resume_process(complaint, at(2026, 4, 9, 10))
    assert complaint.paused_at is None
    # icap: paused Tue 7, resumed Thu 9: lost Wed 8, Thu 9 = 2 days; Tue 14 + 2 = Thu 16.
    assert complaint.steps["icap_letter"].due == end(2026, 4, 16)
    # early resolution: paused Wed 1, resumed Thu 9: lost Apr 2, 7, 8, 9 = 4; Thu 2 + 4 = Fri 10.
    assert complaint.steps["early_resolution"].due == end(2026, 4, 10)
    # response: Fri 1 May + 4: Tue 5, Wed 6, Thu 7, Fri 8 (Mon 4 May is a bank holiday).
    assert complaint.steps["send_response"].due == end(2026, 5, 8)
    assert complaint.steps["six_month_limit"].due == end(2026, 9, 30)  # never moved
    assert engine.finished(safeguarding)


def test_safeguarding_arriving_later_pauses_the_open_complaint(engine):
    complaint = engine.open("statutory_complaint", "C12", at(2026, 4, 1, 10), acknowledged=at(2026, 4, 2, 10))
    safeguarding = engine.open("safeguarding", "C12", at(2026, 4, 8, 10))
    complaint, safeguarding = engine.apply_pauses("safeguarding", [complaint, safeguarding], at(2026, 4, 8, 10))
    assert complaint.paused_at == at(2026, 4, 8, 10)
    assert complaint.steps["icap_letter"].status == "paused"
    assert safeguarding.paused_at is None
    # Resumed Mon 13 April: lost Thu 9, Fri 10, Mon 13 = 3 working days.
    # icap: 5 working days from Thu 2 Apr = Tue 7, 8, 9, 10, Mon 13; plus 3 = 14, 15, Thu 16.
    complaint = engine.resume_process(complaint, at(2026, 4, 13, 10))
    assert complaint.steps["icap_letter"].due == end(2026, 4, 16)


def test_a_process_switched_off_is_skipped(definitions):
    import dataclasses

    switched = dict(definitions)
    switched["senior_manager_review"] = dataclasses.replace(definitions["senior_manager_review"], enabled=False)
    engine = ProcessEngine(switched, WorkingCalendar(CLOSURE))
    states = engine.open_for_case(["senior_manager_review", "ombudsman"], "Z", at(2026, 4, 1, 10))
    assert [s.process for s in states] == ["ombudsman"]
    with pytest.raises(ProcessError, match="switched off"):
        engine.open("senior_manager_review", "Z", at(2026, 4, 1, 10))


def test_process_pause_leaves_separately_paused_steps_alone(engine):
    s = engine.open("statutory_complaint", "C11", at(2026, 4, 1, 10))
    s = engine.pause(s, "send_response", at(2026, 4, 2, 10), "own reason")
    s = engine.pause_process(s, at(2026, 4, 3, 10), "safeguarding")
    with pytest.raises(ProcessError, match="already paused"):
        engine.pause_process(s, at(2026, 4, 3, 11), "again")
    s = engine.resume_process(s, at(2026, 4, 8, 10))
    assert s.steps["send_response"].status == "paused"  # still paused for its own reason
    assert s.steps["early_resolution"].status == "pending"


# ---- provider formal, arrival to closure ---------------------------------------------------------


def test_provider_formal_walk(engine):
    s = engine.open("provider_formal", "P1", at(2026, 8, 24, 9, 30))  # Monday before the bank holiday
    assert s.steps["acknowledge"].due == end(2026, 8, 26)  # Tue 25 (1), Wed 26 (2)
    assert s.steps["contact_complainant"].due == end(2026, 8, 25)
    assert s.steps["send_to_provider"].due == end(2026, 8, 25)
    assert s.steps["provider_stage1_outcome"].status == "waiting"
    s = engine.mark_done(s, "acknowledge", at(2026, 8, 24, 15))
    s = engine.mark_done(s, "contact_complainant", at(2026, 8, 25, 11))
    s = engine.mark_done(s, "send_to_provider", at(2026, 8, 25, 14))
    assert s.steps["start_monitoring"].due == end(2026, 8, 26)
    assert s.steps["provider_confirm_receipt"].due == end(2026, 8, 27)  # Wed 26, Thu 27
    # 20 working days from Tue 25 Aug: 26, 27, 28 (3), Mon 31 holiday, Sep 1-4 (7), 7-11 (12),
    # 14-18 (17), 21 (18), 22 (19), Wed 23 (20).
    assert s.steps["provider_stage1_outcome"].due == end(2026, 9, 23)
    s = engine.mark_done(s, "start_monitoring", at(2026, 8, 26, 10))
    s = engine.mark_done(s, "provider_confirm_receipt", at(2026, 8, 27, 10))
    # 10 working days from Thu 27 Aug: 28 (1), Sep 1-4 (5), 7-11 (10).
    assert s.steps["check_with_quality_officer"].due == end(2026, 9, 11)
    s = engine.mark_done(s, "check_with_quality_officer", at(2026, 9, 10, 10))

    # Mon 21 Sep: the provider's 5-day reminder (16 Sep: 22, 21, 18, 17, 16 counting back) is owed.
    owed = engine.owed_chasers([s], at(2026, 9, 21, 9, 30), set())
    assert keys(owed) == ["P1/provider_formal/provider_stage1_outcome/reminder/v0/5"]
    assert owed[0].at == nine(2026, 9, 16) and owed[0].to == ("provider",)

    s = engine.mark_done(s, "provider_stage1_outcome", at(2026, 9, 22, 15))
    assert s.steps["quality_review_outcome"].due == end(2026, 9, 29)  # 23, 24, 25, 28, 29
    # The quality officer finds the policy was not followed and asks for reasons on Mon 28 Sep:
    # 7 working days: 29, 30, Oct 1, 2, 5, 6, Wed 7.
    s = engine.record_event(s, "stage1_process_concern", at(2026, 9, 28, 10))
    assert s.steps["provider_reasons_stage1"].due == end(2026, 10, 7)
    s = engine.mark_done(s, "quality_review_outcome", at(2026, 9, 28, 10))
    s = engine.mark_done(s, "provider_reasons_stage1", at(2026, 10, 6, 10))

    # Stage 2 requested Tue 20 Oct (BST).  Acknowledge: Wed 21, Thu 22.  Investigate in 20 working
    # days: Oct 21-23 (3), 26-30 (8), Nov 2-6 (13), 9-13 (18), 16 (19), Tue 17 (20) - after the clocks go back.
    s = engine.record_event(s, "stage2_requested", at(2026, 10, 20, 10))
    assert s.steps["provider_ack_stage2"].due == end(2026, 10, 22)
    assert s.steps["provider_ack_stage2"].due.astimezone(UTC).hour == 16
    assert s.steps["provider_stage2_investigation"].due == end(2026, 11, 17)
    assert s.steps["provider_stage2_investigation"].due.astimezone(UTC).hour == 17
    s = engine.mark_done(s, "provider_ack_stage2", at(2026, 10, 21, 10))
    s = engine.mark_done(s, "provider_stage2_investigation", at(2026, 11, 16, 10))

    # Ombudsman's final decision Tue 1 Dec.  Action plan in 4 weeks: Tue 29 Dec is a closure day,
    # moved back past Mon 28 and Fri 25 (holidays) to Thu 24.  Summary in 12 weeks: Tue 23 Feb 2027.
    s = engine.record_event(s, "ombudsman_final_decision", at(2026, 12, 1, 10))
    assert s.steps["ombudsman_action_plan"].due == end(2026, 12, 24)
    assert s.steps["ombudsman_summary"].due == end(2027, 2, 23)
    assert not engine.finished(s)
    s = engine.mark_done(s, "ombudsman_action_plan", at(2026, 12, 22, 10))
    s = engine.mark_done(s, "ombudsman_summary", at(2027, 2, 10, 10))
    assert engine.finished(s)  # the steps for events that never happened do not hold it open
    assert s.steps["stage2_refusal_meeting"].status == "waiting"
    s = engine.close(s, at(2027, 2, 10, 11), "Ombudsman's recommendations complete")
    assert s.steps["stage2_refusal_meeting"].status == "cancelled"


def test_quality_officer_takes_over_stage_2(engine):
    s = engine.open("provider_formal", "P2", at(2026, 10, 1, 10))
    s = engine.record_event(s, "stage2_requested", at(2026, 10, 20, 10))
    s = engine.record_event(s, "stage2_refusal_proposed", at(2026, 10, 21, 10))
    assert s.steps["stage2_refusal_meeting"].due == end(2026, 10, 28)  # 22, 23, 26, 27, 28
    s = engine.record_event(s, "stage2_led_by_quality_officer", at(2026, 10, 28, 16))
    # 20 working days from Wed 28 Oct: 29, 30 (2), Nov 2-6 (7), 9-13 (12), 16-20 (17), 23, 24, Wed 25 (20)
    assert s.steps["quality_officer_stage2_investigation"].due == end(2026, 11, 25)
    s = engine.cancel(s, "provider_stage2_investigation", at(2026, 10, 28, 16), "quality officer leads Stage 2 (step 12.1.2)")
    assert s.steps["provider_stage2_investigation"].status == "cancelled"


def test_cancel_cascades_to_steps_counted_from_it(engine):
    s = engine.open("provider_formal", "P3", at(2026, 8, 24, 9, 30))
    s = engine.cancel(s, "send_to_provider", at(2026, 8, 24, 12), "complainant withdrew")
    for key in ("start_monitoring", "provider_confirm_receipt", "provider_stage1_outcome", "check_with_quality_officer", "quality_review_outcome"):
        assert s.steps[key].status == "cancelled", key


# ---- provider informal ---------------------------------------------------------------------------


def test_provider_informal_walk(engine):
    s = engine.open("provider_informal", "I1", at(2026, 11, 30, 10))  # Monday
    assert s.steps["acknowledge"].due == end(2026, 12, 2)  # Tue 1, Wed 2
    assert s.steps["send_to_provider_and_quality"].due == end(2026, 12, 1)
    s = engine.mark_done(s, "acknowledge", at(2026, 11, 30, 14))
    s = engine.mark_done(s, "send_to_provider_and_quality", at(2026, 12, 1, 12))
    assert s.steps["quality_officer_review"].due == end(2026, 12, 8)  # 2, 3, 4, 7, 8
    # Improvement plan requested Thu 3 Dec: 7 working days: 4, 7, 8, 9, 10, 11, Mon 14.
    s = engine.record_event(s, "improvement_plan_requested", at(2026, 12, 3, 11))
    assert s.steps["provider_improvement_plan"].due == end(2026, 12, 14)
    s = engine.mark_done(s, "quality_officer_review", at(2026, 12, 3, 11))
    s = engine.mark_done(s, "provider_improvement_plan", at(2026, 12, 14, 16))
    # Agree within 7 working days of Mon 14: 15, 16, 17, 18, 21, 22, Wed 23.
    assert s.steps["agree_improvement_plan"].due == end(2026, 12, 23)
    s = engine.mark_done(s, "agree_improvement_plan", at(2026, 12, 22, 10))
    # Monitoring meeting four weeks from Tue 22 Dec: Tue 19 Jan 2027.
    assert s.steps["monitoring_meeting"].due == end(2027, 1, 19)
    s = engine.mark_done(s, "monitoring_meeting", at(2027, 1, 19, 15))
    # Progress poor: second meeting within four weeks of the first: Tue 16 Feb.
    s = engine.record_event(s, "progress_poor", at(2027, 1, 19, 15, 30))
    assert s.steps["second_monitoring_meeting"].due == end(2027, 2, 16)
    s = engine.mark_done(s, "second_monitoring_meeting", at(2027, 2, 16, 11))
    assert engine.finished(s)


# ---- the smaller processes -----------------------------------------------------------------------


def test_senior_manager_review_walk(engine):
    s = engine.open("senior_manager_review", "R1", at(2026, 5, 18, 9))  # Monday
    assert s.steps["acknowledge_review_request"].due == end(2026, 5, 21)  # 19, 20, 21
    # 20 working days: May 19-22 (4), Mon 25 bank holiday, 26-29 (8), Jun 1-5 (13), 8-12 (18), 15, Tue 16.
    assert s.steps["final_response_letter"].due == end(2026, 6, 16)
    s = engine.mark_done(s, "acknowledge_review_request", at(2026, 5, 19, 9))
    s = engine.mark_done(s, "final_response_letter", at(2026, 6, 12, 9), by="head of service")
    assert s.steps["final_response_letter"].met is True
    assert engine.finished(s)


def test_ombudsman_mention_is_urgent(engine):
    s = engine.open("ombudsman", "O1", at(2026, 4, 4, 10))  # Saturday of Easter weekend
    # Same working day, rolled forward past Sun 5 and Easter Monday 6: Tue 7.
    assert s.steps["alert_complaints_team"].due == end(2026, 4, 7)
    assert s.steps["inform_complaints_manager"].due == end(2026, 4, 7)
    owed = engine.owed_chasers([s], at(2026, 4, 8, 9, 5), set())
    assert [c.step for c in owed] == ["alert_complaints_team", "inform_complaints_manager"]
    assert all(c.urgent and c.kind == "escalation" for c in owed)
    assert owed[0].to == ("complaints_officer", "complaints_manager")
    s = engine.mark_done(s, "alert_complaints_team", at(2026, 4, 8, 10))
    s = engine.mark_done(s, "inform_complaints_manager", at(2026, 4, 8, 10))
    assert engine.finished(s)


def test_self_funder_over_christmas_closure(engine):
    s = engine.open("self_funder", "S1", at(2026, 12, 24, 14))
    # Next council working day after Christmas Eve: 25, 28 holidays, 29-31 closed, 1 Jan holiday -> Mon 4 Jan.
    assert s.steps["advise_provider_route"].due == end(2027, 1, 4)
    assert s.steps["inform_commissioning"].due == end(2027, 1, 4)
    owed = engine.owed_chasers([s], at(2027, 1, 4, 9, 1), set())
    assert [c.kind for c in owed] == ["reminder", "reminder"]
    s = engine.mark_done(s, "advise_provider_route", at(2027, 1, 4, 10))
    s = engine.mark_done(s, "inform_commissioning", at(2027, 1, 4, 10))
    assert engine.finished(s)


def test_professional_concern_walk(engine):
    s = engine.open("professional_concern", "Q1", at(2026, 8, 28, 10))  # Friday before the bank holiday
    assert s.steps["refer_to_quality_team"].due == end(2026, 9, 1)
    assert s.steps["acknowledge"].due == end(2026, 9, 2)
    s = engine.mark_done(s, "refer_to_quality_team", at(2026, 9, 1, 11))
    assert s.steps["quality_officer_review"].due == end(2026, 9, 8)  # 2, 3, 4, 7, 8
    s = engine.mark_done(s, "acknowledge", at(2026, 9, 1, 11))
    s = engine.mark_done(s, "quality_officer_review", at(2026, 9, 7, 11))
    assert engine.finished(s)


def test_unclear_formality_then_statutory_from_original_receipt(engine):
    received = at(2026, 4, 2, 11)
    s = engine.open("unclear_formality", "U1", received)
    assert s.steps["clarification_call"].due == end(2026, 4, 7)  # next working day after Easter
    assert s.steps["acknowledge"].due == end(2026, 4, 8)  # Tue 7, Wed 8
    s = engine.mark_done(s, "clarification_call", at(2026, 4, 7, 10))
    s = engine.mark_done(s, "acknowledge", at(2026, 4, 8, 10))
    s = engine.close(s, at(2026, 4, 8, 10), "complainant wants a formal complaint")
    formal = engine.open("statutory_complaint", "U1", received, acknowledged=at(2026, 4, 8, 10))
    assert formal.steps["acknowledge"].due == end(2026, 4, 9)  # from the original receipt
    assert formal.steps["acknowledge"].met is True
    assert formal.steps["icap_letter"].due == end(2026, 4, 15)  # 9, 10, 13, 14, 15


# ---- owed chasers are idempotent -----------------------------------------------------------------


def _run(engine, states, hours, sent):
    delivered = []
    for now in hours:
        owed = engine.owed_chasers(states, now, sent)
        for chaser in owed:
            assert chaser.key not in sent  # never twice
            sent.add(chaser.key)
            delivered.append(chaser.key)
    return delivered


def test_restart_never_sends_twice_and_never_skips(engine):
    states = [
        engine.open("statutory_complaint", "A", at(2026, 4, 1, 10)),
        engine.open("provider_formal", "B", at(2026, 4, 1, 10)),
    ]
    start = at(2026, 4, 1, 10)
    hours = [start + timedelta(hours=h) for h in range(24 * 40)]
    always_up: set[str] = set()
    _run(engine, states, hours, always_up)
    # Down from 3 to 20 April, then back: everything that fell due while down is sent on restart.
    down = (at(2026, 4, 3), at(2026, 4, 20, 12))
    with_outage: set[str] = set()
    _run(engine, states, [h for h in hours if not down[0] <= h < down[1]], with_outage)
    assert with_outage == always_up
    assert any("/escalation/" in k for k in always_up)
    # e.g. the acknowledgement reminder of Tue 7 April fell due while down and was still sent.
    assert "A/statutory_complaint/acknowledge/reminder/v0/1" in with_outage
    # Asking again at the end with everything recorded: nothing owed.
    assert engine.owed_chasers(states, hours[-1], always_up) == []


def test_owed_list_is_stable_for_the_same_input(engine):
    s = engine.open("statutory_complaint", "D", at(2026, 4, 1, 10))
    now = at(2026, 4, 14, 12)
    first = engine.owed_chasers([s], now, set())
    assert first == engine.owed_chasers([s], now, set())
    half = {first[0].key}
    assert engine.owed_chasers([s], now, half) == first[1:]
    assert all(re.fullmatch(r"D/statutory_complaint/[a-z_]+/(reminder|escalation)/v\d+/\d+", c.key) for c in first)


def test_closed_and_done_steps_owe_nothing(engine):
    s = engine.open("statutory_complaint", "E", at(2026, 4, 1, 10))
    s = engine.close(s, at(2026, 4, 1, 12), "withdrawn")
    assert engine.owed_chasers([s], at(2026, 6, 1), set()) == []
    assert engine.running_steps([s], at(2026, 6, 1)) == []


def test_running_steps_lists_due_and_overdue(engine):
    s = engine.open("statutory_complaint", "F", at(2026, 4, 1, 10))
    rows = engine.running_steps([s], at(2026, 4, 3, 12))
    assert rows[0].step == "early_resolution" and rows[0].overdue
    assert [r.due for r in rows] == sorted(r.due for r in rows)


# ---- storage and purity --------------------------------------------------------------------------


def test_state_round_trips_through_json(engine):
    s = engine.open("statutory_complaint", "G", at(2026, 4, 1, 10), conditions=["late_matter"])
    s = engine.mark_done(s, "acknowledge", at(2026, 4, 7, 11))
    s = engine.extend(s, "icap_letter", 2, "complex case", at(2026, 4, 8))
    s = engine.pause(s, "send_response", at(2026, 4, 9), "safeguarding")
    s = engine.set_period(s, "response_period", basis="agreed", amount=25, unit="working_days", when=at(2026, 4, 9))
    stored = json.loads(json.dumps(s.to_dict()))
    back = ProcessState.from_dict(stored)
    assert back == s
    assert engine.resume(back, "send_response", at(2026, 4, 10)).steps["send_response"].status == "pending"


def test_operations_never_change_their_input(engine):
    s = engine.open("statutory_complaint", "H", at(2026, 4, 1, 10))
    before = json.dumps(s.to_dict())
    engine.mark_done(s, "acknowledge", at(2026, 4, 2))
    engine.extend(s, "send_response", 3, "reason", at(2026, 4, 2))
    engine.pause_process(s, at(2026, 4, 2), "safeguarding")
    assert json.dumps(s.to_dict()) == before


def test_misuse_is_refused(engine):
    s = engine.open("statutory_complaint", "K", at(2026, 4, 1, 10))
    with pytest.raises(ProcessError, match="time zone"):
        engine.mark_done(s, "acknowledge", datetime(2026, 4, 2, 10))
    with pytest.raises(ProcessError, match="unknown process"):
        engine.open("no_such_process", "K", at(2026, 4, 1))
    s = engine.mark_done(s, "acknowledge", at(2026, 4, 2))
    with pytest.raises(ProcessError, match="already done"):
        engine.mark_done(s, "acknowledge", at(2026, 4, 3))
    with pytest.raises(ProcessError, match="no step"):
        engine.set_period(s, "no_such_period", basis="agreed", amount=5, unit="working_days", when=at(2026, 4, 3))
    with pytest.raises(ProcessError, match="basis"):
        engine.set_period(s, "response_period", basis="guessed", amount=5, unit="working_days", when=at(2026, 4, 3))
    with pytest.raises(KeyError):
        engine.mark_done(s, "no_such_step", at(2026, 4, 3))

"""The working-day calendar against dates worked out by hand.

Uses the real `holidays` package (no fakes).  2026 facts used below:
  Good Friday Fri 3 April, Easter Monday Mon 6 April; May Day Mon 4 May;
  Spring bank holiday Mon 25 May; August bank holiday Mon 31 August;
  Christmas Day Fri 25 December, Boxing Day Sat 26 December with its substitute
  Mon 28 December; New Year's Day Fri 1 January 2027.
  Clocks go forward Sun 29 March 2026 (GMT -> BST) and back Sun 25 October 2026.
  Council closure in these tests: Tue 29 - Thu 31 December 2026.
"""

from __future__ import annotations

import time as _time
from datetime import date, datetime, time, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.errors import ConfigError
from scheduler.calendar import WorkingCalendar
from scheduler.calendar_config import calendar_from_config, load_calendar

LONDON = ZoneInfo("Europe/London")
UTC = timezone.utc
CLOSURE = [date(2026, 12, 29), date(2026, 12, 30), date(2026, 12, 31)]


@pytest.fixture(scope="module")
def council() -> WorkingCalendar:
    return WorkingCalendar(CLOSURE)


@pytest.fixture(scope="module")
def statutory() -> WorkingCalendar:
    return WorkingCalendar()


def d(text: str) -> date:
    return date.fromisoformat(text)


# ---- which days are working days -------------------------------------------------------------


@pytest.mark.parametrize(
    "day, working, why",
    [
        ("2026-04-02", True, "Thursday before Easter"),
        ("2026-04-03", False, "Good Friday"),
        ("2026-04-06", False, "Easter Monday: only with subdiv='ENG'"),
        ("2026-08-31", False, "August bank holiday: only with subdiv='ENG'"),
        ("2026-05-04", False, "Early May bank holiday"),
        ("2026-12-25", False, "Christmas Day"),
        ("2026-12-28", False, "substitute for Boxing Day (Saturday 26th)"),
        ("2027-01-01", False, "New Year's Day"),
        ("2027-12-27", False, "substitute for Christmas Day 2027 (a Saturday)"),
        ("2027-12-28", False, "substitute for Boxing Day 2027 (a Sunday)"),
        ("2026-03-28", False, "Saturday"),
        ("2026-03-29", False, "Sunday (clocks go forward)"),
        ("2026-12-24", True, "Christmas Eve is a working day"),
        ("2026-12-29", True, "closure day, but a working day under the Regulations"),
    ],
)
def test_statutory_working_days(statutory, day, working, why):
    assert statutory.is_working_day(d(day)) is working, why


def test_closure_days_are_not_council_working_days(council, statutory):
    for day in CLOSURE:
        assert not council.is_working_day(day)
        assert statutory.is_working_day(day)
    assert council.statutory().closures == frozenset()
    assert council.holiday_name(d("2026-04-06")) == "Easter Monday"


# ---- the hand-computed table -----------------------------------------------------------------
# (calendar, start, n, expected, reasoning).  Day 0 is the start; count n working days after it.

ADD_WORKING_DAYS = [
    ("statutory", "2026-04-01", 3, "2026-04-08", "Wed; Thu 2 (1), Good Fri 3 and Easter Mon 6 skipped, Tue 7 (2), Wed 8 (3)"),
    ("statutory", "2026-04-02", 3, "2026-04-09", "Thu; Tue 7 (1), Wed 8 (2), Thu 9 (3)"),
    ("statutory", "2026-04-04", 3, "2026-04-09", "received Saturday: day 0 is Saturday, Tue 7 is day 1 (Mon 6 is Easter Monday)"),
    ("statutory", "2026-04-03", 1, "2026-04-07", "received on Good Friday: Tue 7 is the first working day after"),
    ("statutory", "2026-12-23", 3, "2026-12-30", "Wed; Thu 24 (1), Fri 25 and Mon 28 holidays, Tue 29 (2), Wed 30 (3): closures ignored"),
    ("council", "2026-12-23", 3, "2027-01-05", "Thu 24 (1); 25, 28 holidays, 29-31 closed, 1 Jan holiday; Mon 4 (2), Tue 5 (3)"),
    ("council", "2026-12-24", 1, "2027-01-04", "Christmas Eve: next council working day is Mon 4 January"),
    ("statutory", "2026-12-24", 1, "2026-12-29", "same, Regulations' calendar: Tue 29 December"),
    ("statutory", "2026-08-28", 3, "2026-09-03", "Fri; Mon 31 bank holiday; Tue 1 (1), Wed 2 (2), Thu 3 (3)"),
    ("statutory", "2026-08-28", 20, "2026-09-28", "Sep 1-4 (1-4), 7-11 (5-9), 14-18 (10-14), 21-25 (15-19), Mon 28 (20)"),
    ("statutory", "2026-03-27", 3, "2026-04-01", "Fri before the clocks change: Mon 30 (1), Tue 31 (2), Wed 1 April (3)"),
    ("statutory", "2026-10-23", 1, "2026-10-26", "Fri before the clocks go back: Mon 26"),
    ("statutory", "2026-05-01", 5, "2026-05-11", "Fri; Mon 4 May bank holiday; 5 (1), 6, 7, 8 (4), Mon 11 (5)"),
    ("statutory", "2027-12-24", 1, "2027-12-29", "Fri; 25-26 weekend, 27 and 28 substitute days: Wed 29"),
    ("statutory", "2026-04-04", 0, "2026-04-07", "n = 0 on a non-working day: the next working day"),
    ("statutory", "2026-04-02", 0, "2026-04-02", "n = 0 on a working day: that day"),
    ("statutory", "2026-04-08", -3, "2026-04-01", "counting back: Tue 7 (1), Thu 2 (2), Wed 1 (3)"),
    ("council", "2027-01-04", -1, "2026-12-24", "one working day before Mon 4 January on the council calendar"),
]


@pytest.mark.parametrize("which, start, n, expected, why", ADD_WORKING_DAYS)
def test_add_working_days_table(council, statutory, which, start, n, expected, why):
    cal = council if which == "council" else statutory
    assert cal.add_working_days(d(start), n) == d(expected), why


# (received, expected deadline in UTC, reasoning): 3 working days, deadline 17:00 London time.
ACK_DEADLINES = [
    (datetime(2026, 3, 27, 10, 0, tzinfo=UTC), datetime(2026, 4, 1, 16, 0, tzinfo=UTC),
     "received Fri 27 March in GMT; due Wed 1 April, now BST, so 17:00 local is 16:00 UTC"),
    (datetime(2026, 10, 23, 9, 0, tzinfo=UTC), datetime(2026, 10, 28, 17, 0, tzinfo=UTC),
     "received Fri 23 October in BST; Mon 26 (1), Tue 27 (2), Wed 28 (3) in GMT: 17:00 UTC"),
    (datetime(2026, 6, 30, 23, 30, tzinfo=UTC), datetime(2026, 7, 6, 16, 0, tzinfo=UTC),
     "23:30 UTC on 30 June is 00:30 BST on Wed 1 July: day 0 is 1 July; Thu 2, Fri 3, Mon 6"),
    (datetime(2026, 4, 2, 14, 0, tzinfo=LONDON), datetime(2026, 4, 9, 16, 0, tzinfo=UTC),
     "Thu 2 April across Easter: Tue 7, Wed 8, Thu 9"),
]


@pytest.mark.parametrize("received, expected, why", ACK_DEADLINES)
def test_deadlines_across_clock_changes(statutory, received, expected, why):
    day0 = statutory.receipt_day(received)
    due = statutory.deadline_at(statutory.add_working_days(day0, 3))
    assert due == expected, why
    assert due.tzinfo is not None


def test_deadline_is_end_of_day_local_in_both_seasons(statutory):
    assert statutory.deadline_at(d("2026-03-27")).astimezone(UTC).hour == 17  # GMT
    assert statutory.deadline_at(d("2026-03-30")).astimezone(UTC).hour == 16  # BST
    assert statutory.deadline_at(d("2026-10-26")).astimezone(UTC).hour == 17  # GMT again
    assert statutory.start_of(d("2026-03-30")).astimezone(UTC).hour == 8


def test_configurable_day_end():
    cal = WorkingCalendar(day_end=time(16, 30))
    assert cal.deadline_at(d("2026-04-01")) == datetime(2026, 4, 1, 16, 30, tzinfo=LONDON)


# ---- cut-off ---------------------------------------------------------------------------------


def test_receipt_cutoff_counts_late_messages_from_the_next_day():
    cal = WorkingCalendar(cutoff=time(16, 0))
    late = datetime(2026, 10, 22, 16, 30, tzinfo=LONDON)  # Thursday, after the cut-off
    early = datetime(2026, 10, 22, 15, 59, tzinfo=LONDON)
    assert cal.receipt_day(late) == d("2026-10-23")  # counted as received Friday
    assert cal.receipt_day(early) == d("2026-10-22")
    # "end of next working day": Friday without the cut-off, Monday 26 with it.
    assert cal.add_working_days(cal.receipt_day(early), 1) == d("2026-10-23")
    assert cal.add_working_days(cal.receipt_day(late), 1) == d("2026-10-26")
    # Friday evening and Saturday morning give the same deadline (no jump).
    friday_evening = cal.receipt_day(datetime(2026, 10, 23, 18, 0, tzinfo=LONDON))
    saturday = cal.receipt_day(datetime(2026, 10, 24, 10, 0, tzinfo=LONDON))
    assert cal.add_working_days(friday_evening, 1) == cal.add_working_days(saturday, 1) == d("2026-10-26")
    # Never on the Regulations' calendar.
    assert cal.statutory().cutoff is None
    assert cal.statutory().receipt_day(late) == d("2026-10-22")


def test_naive_datetimes_are_refused(statutory):
    with pytest.raises(ValueError, match="time zone"):
        statutory.receipt_day(datetime(2026, 4, 1, 10, 0))


# ---- calendar days, weeks, months ------------------------------------------------------------

PERIODS = [
    ("add_calendar_days", "2026-04-01", 2, "forward", False, "2026-04-07", "Fri 3 is Good Friday, then weekend, Easter Monday: Tue 7"),
    ("add_calendar_days", "2026-04-01", 2, "backward", False, "2026-04-02", "back from Good Friday to Thu 2"),
    ("add_calendar_days", "2026-04-01", 2, "none", False, "2026-04-03", "no roll: Good Friday itself"),
    ("add_calendar_days", "2026-04-01", 7, "forward", True, "2026-04-07", "7 days commencing Wed 1 end Tue 7"),
    ("add_weeks", "2026-12-01", 4, "none", False, "2026-12-29", "four weeks from Tue 1 December"),
    ("add_weeks", "2026-12-01", 12, "forward", False, "2027-02-23", "twelve weeks: Tue 23 February 2027"),
    ("add_months", "2026-08-31", 6, "none", False, "2027-02-28", "no 31 February: last day of the month"),
    ("add_months", "2026-08-31", 6, "forward", False, "2027-03-01", "28 February 2027 is a Sunday: Mon 1 March"),
    ("add_months", "2026-03-10", 6, "none", True, "2026-09-09", "six months commencing 10 March end 9 September"),
    ("add_months", "2026-03-13", 6, "backward", True, "2026-09-11", "ends Sat 12 September: back to Fri 11"),
    ("add_months", "2026-03-01", 6, "backward", True, "2026-08-28", "ends Mon 31 August, a bank holiday: back to Fri 28"),
    ("add_months", "2026-08-31", 6, "none", True, "2027-02-28", "commencing 31 August: no 30/31 February, ends 28 February"),
    ("add_months", "2026-08-28", 6, "none", True, "2027-02-27", "commencing 28 August: ends the day before 28 February"),
    ("add_months", "2025-04-01", 12, "none", False, "2026-04-01", "twelve months later: the corresponding date"),
]


@pytest.mark.parametrize("method, start, n, roll, start_day_counts, expected, why", PERIODS)
def test_calendar_periods_table(statutory, method, start, n, roll, start_day_counts, expected, why):
    result = getattr(statutory, method)(d(start), n, roll, start_day_counts=start_day_counts)
    assert result == d(expected), why


def test_weeks_landing_on_a_closure_day(council, statutory):
    assert council.add_weeks(d("2026-12-01"), 4) == d("2027-01-04")  # 29 Dec closed: forward to Mon 4 Jan
    assert council.add_weeks(d("2026-12-01"), 4, "backward") == d("2026-12-24")  # back past 28, 25
    assert statutory.add_weeks(d("2026-12-01"), 4) == d("2026-12-29")  # a working day by law


# ---- counting between ------------------------------------------------------------------------


def test_working_days_between(statutory, council):
    assert statutory.working_days_between(d("2026-04-02"), d("2026-04-09")) == 3  # Tue 7, Wed 8, Thu 9
    assert statutory.working_days_between(d("2026-04-09"), d("2026-04-02")) == -3
    assert statutory.working_days_between(d("2026-04-03"), d("2026-04-06")) == 0  # Good Fri to Easter Mon
    assert council.working_days_between(d("2026-12-24"), d("2027-01-04")) == 1  # only Mon 4 January
    assert statutory.working_days_between(d("2026-12-24"), d("2027-01-04")) == 4  # 29, 30, 31 Dec and 4 Jan


def test_between_inverts_add_for_every_day_of_2026(council):
    start = d("2026-01-01")
    for offset in range(365):
        day = date.fromordinal(start.toordinal() + offset)
        for n in (1, 3, 5, 20):
            assert council.working_days_between(day, council.add_working_days(day, n)) == n


def test_fast_enough_for_a_store_of_cases(council):
    began = _time.perf_counter()
    for offset in range(5000):
        council.add_working_days(date.fromordinal(d("2026-01-01").toordinal() + offset % 700), 20)
    assert _time.perf_counter() - began < 2.0


# ---- configuration ---------------------------------------------------------------------------


def test_config_accepts_dates_ranges_and_tables():
    cal = calendar_from_config(
        {
            "day_end": "16:30",
            "receipt_cutoff": "17:00",
            "closures": ["2026-12-29..2026-12-30", date(2026, 12, 31), {"from": date(2027, 4, 1), "reason": "staff day"}],
        }
    )
    assert cal.closures == frozenset(CLOSURE + [d("2027-04-01")])
    assert cal.day_end == time(16, 30)
    assert cal.cutoff == time(17, 0)


def test_example_file_loads():
    path = Path(__file__).resolve().parents[1] / "scheduler" / "calendar.example.toml"
    cal = load_calendar(path)
    assert cal.closures == frozenset(CLOSURE)
    assert cal.add_working_days(d("2026-12-23"), 3) == d("2027-01-05")


@pytest.mark.parametrize(
    "line, problem",
    [
        ('closures = ["2026-12-29..2027-12-31"]', "longer than 31 days"),
        ('closures = ["2026-13-01"]', "is not a date"),
        ('closures = ["2026-12-31..2026-12-29"]', "before it starts"),
        ('closures = [{ from = "2026-12-29" }]', "as dates"),
        ('day_end = "5pm"', "is not a time"),
        ('day_start = "18:00"', "is not before day_end"),
        ('timezone = "Europe/Londn"', "unknown time zone"),
        ("closing_days = []", "unknown setting"),
    ],
)
def test_config_errors_name_file_line_and_fix(tmp_path, line, problem):
    path = tmp_path / "calendar.toml"
    path.write_text(f'# council calendar\ntimezone = "Europe/London"\n{line}\n' if "timezone" not in line else f"# council calendar\n\n{line}\n")
    with pytest.raises(ConfigError) as err:
        load_calendar(path)
    assert problem in err.value.problem
    assert err.value.path == str(path)
    assert err.value.line == 3
    assert err.value.fix
    assert f"{path}:3" in str(err.value)


def test_config_syntax_error_names_the_line(tmp_path):
    path = tmp_path / "calendar.toml"
    path.write_text('timezone = "Europe/London"\nclosures = [2026-12-29,\n  nonsense\n]\n')
    with pytest.raises(ConfigError) as err:
        load_calendar(path)
    assert err.value.line == 3
    assert "syntax" in err.value.problem

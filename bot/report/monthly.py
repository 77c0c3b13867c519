"""The monthly figures: volumes, acknowledgement times, response times against each process's
deadlines, overdue steps by team, safeguarding referrals and how fast they were routed, and the
help people asked for.  docs/reports.md says how each is counted.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta
from typing import Callable, Iterable

from .annual import KINDS
from .facts import ACK_WORKING_DAYS, CaseFacts
from .model import Chart, Figure, Report, Table, median_minutes, percent
from .period import ReportPeriod

NEEDS = (("interpreter", "an interpreter"), ("bsl", "a British Sign Language interpreter"),
         ("advocacy", "an advocate"), ("accessible_format", "letters in another format"))
# Labels counted in "volumes by label" (true/false labels count the cases where they are true).
LABELS = ("formality", "client_group", "funding", "sender_role", "care_charges", "safeguarding", "professional",
          "representative", "stage2_request", "ombudsman")
TEAM_COLUMNS: tuple[tuple[str, Callable[[CaseFacts], bool]], ...] = (
    ("complaints", lambda f: f.kind == "complaint"),
    ("compliments", lambda f: f.kind == "compliment"),
    ("enquiries", lambda f: f.kind == "enquiry"),
    ("formal", lambda f: f.labels.get("formality") == "formal"),
    ("informal", lambda f: f.labels.get("formality") == "informal"),
    ("safeguarding", lambda f: f.safeguarding),
    ("help asked for", lambda f: bool(f.labels.get("needs"))),
)


def monthly_report(facts: Iterable[CaseFacts], period: ReportPeriod, as_at: datetime, calendar,
                   team_of_role: Callable[[str], str], owner_of: Callable[[str, str], str],
                   team_names: dict[str, str], step_titles: dict[tuple[str, str], str]) -> Report:
    """``team_of_role`` maps a process role to its team; ``owner_of(process, step)`` names the step's role."""
    facts = list(facts)
    day = calendar.local_date
    statutory = calendar.statutory()
    contacts = [f for f in facts if period.contains(f.received_day)]
    complaints = [f for f in contacts if f.complaint]

    # Acknowledgements (reg 13(2)): every complaint received in the month whose deadline has passed
    # or that has been acknowledged; one not yet due is left out of the percentage.
    counted = [f for f in complaints if f.acknowledged_at is not None or f.ack_due <= as_at]
    on_time = [f for f in counted if f.acknowledged_at is not None and f.acknowledged_at <= f.ack_due]
    minutes = [m for m in (f.ack_minutes() for f in complaints) if m is not None]

    # Steps done in the month against their deadlines, per process and step.
    done = [(f, s) for f in facts for s in f.steps
            if s.status == "done" and s.done_at is not None and s.due is not None and period.contains(day(s.done_at))
            and s.started_at is not None]
    by_step: dict[tuple[str, str], list[bool]] = {}
    for _, s in done:
        by_step.setdefault((s.process, s.step), []).append(s.done_at <= s.due)
    timeliness_rows = [(f"acknowledgement within {ACK_WORKING_DAYS} working days", "", len(counted), len(on_time),
                        len(counted) - len(on_time), percent(len(on_time), len(counted)))]
    for (process, step), results in sorted(by_step.items()):
        timeliness_rows.append((step_titles.get((process, step), step), f"{process}.{step}", len(results),
                                sum(results), results.count(False), percent(sum(results), len(results))))

    # Steps overdue at the end of the month (or now, if it has not ended), by the team that owns them.
    overdue = sorted(((f, s) for f in facts for s in f.steps if f.received <= as_at and s.overdue_at(as_at)),
                     key=lambda fs: (fs[1].due, fs[0].ref))
    last_day = day(as_at - timedelta(seconds=1))  # the last day the figures cover (as_at itself is excluded)
    team_of = {}
    for f, s in overdue:
        role = owner_of(s.process, s.step)
        team_of[(f.ref, s.process, s.step)] = team_names.get(team_of_role(role), team_of_role(role))
    overdue_rows = tuple(
        (f.ref, f"{s.process}.{s.step}", team_of[(f.ref, s.process, s.step)], calendar.local(s.due).strftime("%Y-%m-%d %H:%M"),
         max(0, statutory.working_days_between(day(s.due), last_day)), "yes" if f.safeguarding else "")
        for f, s in overdue)
    teams = Counter(row[2] for row in overdue_rows)
    safeguarding_teams = Counter(row[2] for row in overdue_rows if row[5])

    # Safeguarding: flagged in the month (on arrival, or raised later), and how fast it reached the team.
    flagged = sorted((f for f in facts if f.safeguarding and f.safeguarding_from is not None
                      and period.contains(day(f.safeguarding_from))), key=lambda f: f.ref)

    def routing_due(f: CaseFacts) -> datetime:
        # "Before you do anything else": by the end of the working day it arrives (safeguarding.toml).
        return f.safeguarding_due or statutory.deadline_at(statutory.roll(statutory.receipt_day(f.safeguarding_from)))

    routed = [f for f in flagged if f.safeguarding_routed_at is not None]
    routed_in_time = [f for f in routed if f.safeguarding_routed_at <= routing_due(f)]
    routed_in_time_refs = {f.ref for f in routed_in_time}
    safeguarding_rows = tuple(
        (f.ref, calendar.local(f.safeguarding_from).strftime("%Y-%m-%d %H:%M"),
         calendar.local(f.safeguarding_routed_at).strftime("%Y-%m-%d %H:%M") if f.safeguarding_routed_at else "not yet",
         "" if f.routing_minutes() is None else round(f.routing_minutes(), 1),
         "yes" if f.ref in routed_in_time_refs else "no")
        for f in flagged)

    # Help asked for (the needs label) and offered (the acknowledgement offers every kind of help).
    needs_rows = []
    for key, name in NEEDS:
        asked = [f for f in contacts if key in (f.labels.get("needs") or [])]
        needs_rows.append((name, len(asked), sum(1 for f in asked if f.acknowledged_by_email),
                           sum(1 for f in asked if not f.acknowledged_by_email)))
    needs_cases = [f for f in contacts if f.labels.get("needs")]

    label_rows = []
    for label in LABELS:
        values = Counter(f.labels.get(label) for f in contacts)
        for value, count in sorted(values.items(), key=lambda vc: str(vc[0])):
            if value is False or value is None:
                continue
            label_rows.append((label, "yes" if value is True else value, count))
    for key, _ in NEEDS:
        label_rows.append(("needs", key, sum(1 for f in contacts if key in (f.labels.get("needs") or []))))

    kinds = Counter(f.kind for f in contacts)
    team_rows = []
    for team in sorted({t for f in contacts for t in f.teams}):
        routed_here = [f for f in contacts if team in f.teams]
        team_rows.append((team_names.get(team, team), *(sum(1 for f in routed_here if test(f)) for _, test in TEAM_COLUMNS)))

    report = Report("monthly", "Adult social care complaints: monthly figures", period, as_at)
    report.figures = [
        Figure("contacts_received", "Contacts received", len(contacts)),
        Figure("complaints_received", "Complaints received", len(complaints)),
        Figure("compliments_received", "Compliments received", kinds["compliment"]),
        Figure("enquiries_received", "Enquiries received", kinds["enquiry"]),
        Figure("acknowledgements_counted", "Complaints due an acknowledgement by the end of the month", len(counted),
               "SI 2009/309 reg 13(2)", "a complaint not yet due is left out"),
        Figure("acknowledged_within_3_days", "Acknowledged within 3 working days", len(on_time), "SI 2009/309 reg 13(2)"),
        Figure("acknowledged_within_3_days_percent", "Acknowledged within 3 working days (%)",
               percent(len(on_time), len(counted)), "SI 2009/309 reg 13(2)", "target 100%"),
        Figure("acknowledgement_target_percent", "Acknowledgement target (%)", 100),
        Figure("acknowledgement_median_minutes", "Median time to acknowledge (minutes)", median_minutes(minutes)),
        Figure("steps_done", "Process steps done in the month", len(done)),
        Figure("steps_done_on_time", "Process steps done by their deadline", sum(1 for _, s in done if s.done_at <= s.due)),
        Figure("steps_overdue", "Process steps overdue at the end of the month", len(overdue_rows)),
        Figure("safeguarding_referrals", "Safeguarding concerns", len(flagged),
               "practitioner-guidance-adult-social-care-complaints.txt para 3.1"),
        Figure("safeguarding_routed", "Safeguarding concerns routed to the safeguarding team", len(routed)),
        Figure("safeguarding_routed_same_day", "Routed by the end of the working day they arrived", len(routed_in_time)),
        Figure("safeguarding_median_minutes", "Median time to route a safeguarding concern (minutes)",
               median_minutes([f.routing_minutes() for f in routed])),
        Figure("needs_requested", "Contacts asking for help to take part (interpreter, BSL, advocacy, format)",
               len(needs_cases), "SI 2009/309 reg 3(2)(d)"),
    ]
    report.tables = [
        Table("volumes_by_day", "Contacts received each day", ("day", *(n for _, n in KINDS), "total"),
              tuple((d.isoformat(), *(sum(1 for f in contacts if f.received_day == d and f.kind == k) for k, _ in KINDS),
                     sum(1 for f in contacts if f.received_day == d)) for d in period.days())),
        Table("volumes_by_label", "Contacts by label", ("label", "value", "contacts"), tuple(label_rows),
              "Labels as they stand now (an officer's correction counts). docs/labels.md explains each."),
        Table("timeliness", "Timeliness against each deadline (target 100%)",
              ("deadline", "step", "counted", "on time", "late", "on time (%)"), tuple(timeliness_rows),
              "The acknowledgement row counts complaints received in the month; the others count steps done in the "
              "month, against their deadline as extended or moved by a pause."),
        Table("overdue_by_team", "Overdue steps by team", ("team", "overdue steps", "of which on safeguarding cases"),
              tuple((team, count, safeguarding_teams[team]) for team, count in sorted(teams.items()))),
        Table("overdue_steps", "Overdue steps", ("case", "step", "team", "due", "working days overdue", "safeguarding"),
              overdue_rows),
        Table("safeguarding", "Safeguarding concerns and how fast they were routed",
              ("case", "flagged", "routed to the safeguarding team", "minutes", "by the end of that working day"),
              safeguarding_rows),
        Table("needs", "Help asked for and offered", ("help asked for", "contacts", "offered in the acknowledgement",
                                                       "not acknowledged by email (offer by phone or post)"),
              tuple(needs_rows)),
        Table("labels_by_team", "Contacts by team and label", ("team", *(n for n, _ in TEAM_COLUMNS)), tuple(team_rows),
              "A contact routed to two teams counts for both."),
    ]
    report.charts = [
        Chart("volumes_by_day", "Contacts received each day", "volumes_by_day", "stacked",
              "Bars show complaints, compliments and enquiries received each day of the month; "
              "the table below has the numbers.", series=tuple(n for _, n in KINDS)),
        Chart("timeliness", "Timeliness against the 100% target", "timeliness", "percent",
              "Bars show the percentage done on time for the acknowledgement and each process step; "
              "the line is the 100% target.", series=("on time (%)",), target=100.0),
        Chart("labels_by_team", "Labels by team", "labels_by_team", "grouped",
              "Horizontal bars show, for each team, how many contacts routed to it had each label.",
              series=tuple(n for n, _ in TEAM_COLUMNS)),
    ]
    return report

"""The figures the statutory annual report needs, for the year ending 31 March.

SI 2009/309 reg 18 asks each year for: the number of complaints received (18(1)(a)); the
number decided to be well-founded (18(1)(b)); the number the council was told had been
referred to the Ombudsman (18(1)(c)); and a summary of their subject matter, matters of
general importance, and action taken or to be taken to improve services (18(1)(d)).
Reg 16's record adds whether each response went out within the period agreed with (or set
for) the complainant.  docs/reports.md says how each figure is counted.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime
from typing import Iterable

from .facts import WELL_FOUNDED, CaseFacts
from .model import Chart, Figure, Report, Table, percent
from .period import ReportPeriod

REG = "SI 2009/309"
OUTCOMES = ("upheld", "partly upheld", "not upheld")
KINDS = (("complaint", "complaints"), ("compliment", "compliments"), ("enquiry", "enquiries"))
BASES = (("agreed", "agreed with the complainant (reg 13(7))"),
         ("set_by_council", "set by the council, complainant declined to discuss (reg 13(8))"),
         ("target", "none recorded: the 20 working day target"))
# Themes read from a complaint's labels (docs/labels.md), for the summary of subject matter.
THEMES = (
    ("care charges or financial assessment", lambda f: bool(f.labels.get("care_charges"))),
    ("safeguarding concern raised", lambda f: f.safeguarding),
    ("self-funded care (provider's own process)", lambda f: f.labels.get("funding") == "self_funded"),
    ("raised by a professional", lambda f: bool(f.labels.get("professional"))),
    ("made by a representative", lambda f: bool(f.labels.get("representative"))),
    ("request for a senior manager review (stage 2)", lambda f: bool(f.labels.get("stage2_request"))),
    ("Ombudsman mentioned", lambda f: bool(f.labels.get("ombudsman"))),
    ("help asked for (interpreter, BSL, advocacy, format)", lambda f: bool(f.labels.get("needs"))),
)
CLIENT_GROUPS = {"older_people": "older people", "disability": "people with a disability", "unknown": "not known"}


def _day(calendar, moment: datetime | None):
    return None if moment is None else calendar.local_date(moment)


def _group_rows(facts: list[CaseFacts], key, received: list[CaseFacts], decided: list[CaseFacts],
                referred: list[CaseFacts]) -> tuple[tuple, ...]:
    groups = sorted({key(f) for f in [*received, *decided, *referred]})
    rows = []
    for group in groups:
        got = [f for f in decided if key(f) == group]
        outcomes = Counter(f.outcome for f in got)
        rows.append((group, sum(1 for f in received if key(f) == group), len(got),
                     sum(outcomes[o] for o in WELL_FOUNDED), *(outcomes[o] for o in OUTCOMES),
                     sum(1 for f in referred if key(f) == group)))
    return tuple(rows)


def annual_report(facts: Iterable[CaseFacts], period: ReportPeriod, as_at: datetime, calendar) -> Report:
    facts = list(facts)
    day = lambda m: _day(calendar, m)  # noqa: E731
    contacts = [f for f in facts if period.contains(f.received_day)]
    received = [f for f in contacts if f.complaint]
    decided = [f for f in facts if f.complaint and f.outcome and period.contains(day(f.closed_at))]
    referred = [f for f in facts if period.contains(day(f.ombudsman_referred_at))]
    responses = [f for f in facts if f.response and f.response.sent_at and period.contains(day(f.response.sent_at))]
    within = [f for f in responses if f.response.within_period]
    acked = [f for f in received if f.acknowledged_at is not None and f.acknowledged_at <= f.ack_due]
    ack_counted = [f for f in received if f.acknowledged_at is not None or f.ack_due <= as_at]
    learning = sorted([((when, f.ref, text), f) for f in facts for when, text in f.learning
                       if period.contains(day(when))], key=lambda item: item[0])
    outcomes = Counter(f.outcome for f in decided)
    acked_refs, counted_refs = {f.ref for f in acked}, {f.ref for f in ack_counted}

    report = Report("annual", "Adult social care complaints: figures for the annual report", period, as_at)
    report.figures = [
        Figure("contacts_received", "Contacts received (complaints, compliments and enquiries)", len(contacts),
               "adult-social-care-complaint-policy.txt", "every contact is recorded"),
        Figure("complaints_received", "Complaints received", len(received), f"{REG} reg 18(1)(a)"),
        Figure("complaints_decided", "Complaints decided in the year", len(decided), f"{REG} reg 18(1)(b)",
               "closed with an outcome, whenever received"),
        Figure("well_founded", "Complaints decided to be well-founded (upheld or partly upheld)",
               sum(outcomes[o] for o in WELL_FOUNDED), f"{REG} reg 18(1)(b)"),
        Figure("upheld", "Upheld", outcomes["upheld"], f"{REG} reg 18(1)(b)"),
        Figure("partly_upheld", "Partly upheld", outcomes["partly upheld"], f"{REG} reg 18(1)(b)"),
        Figure("not_upheld", "Not upheld", outcomes["not upheld"], f"{REG} reg 18(1)(b)"),
        Figure("ombudsman_referrals", "Complaints the council was told were referred to the Ombudsman", len(referred),
               f"{REG} reg 18(1)(c)", "recorded with the officer command `ombudsman referred`"),
        Figure("responses_sent", "Responses sent in the year", len(responses), f"{REG} reg 14(2), reg 16"),
        Figure("responses_within_period", "Responses sent within the response period", len(within),
               f"{REG} reg 16", "the period agreed or set for the complainant, or the 20 working day target"),
        Figure("responses_within_period_percent", "Responses sent within the response period (%)",
               percent(len(within), len(responses)), f"{REG} reg 16"),
        Figure("responses_within_six_months", "Responses sent within six months (or the longer period agreed)",
               sum(1 for f in responses if f.response.within_outer_limit), f"{REG} reg 14(4)"),
        Figure("acknowledged_within_3_days", "Complaints acknowledged within 3 working days", len(acked),
               f"{REG} reg 13(2)"),
        Figure("acknowledged_within_3_days_percent", "Complaints acknowledged within 3 working days (%)",
               percent(len(acked), len(ack_counted)), f"{REG} reg 13(2)", "target 100%"),
        Figure("still_open", "Complaints received in the year still open", sum(1 for f in received if not f.outcome)),
        Figure("learning_recorded", "Changes recorded as a result of complaints", len(learning), f"{REG} reg 18(1)(d)(iii)"),
    ]

    months = period.months()
    volume_rows, timely_rows = [], []
    for first in months:
        in_month = [f for f in contacts if (f.received_day.year, f.received_day.month) == (first.year, first.month)]
        counts = Counter(f.kind for f in in_month)
        volume_rows.append((f"{first:%b %Y}", *(counts[k] for k, _ in KINDS), len(in_month)))
        month_complaints = [f for f in in_month if f.complaint]
        month_acked = [f for f in month_complaints if f.ref in acked_refs]
        month_counted = [f for f in month_complaints if f.ref in counted_refs]
        month_responses = [f for f in responses if (day(f.response.sent_at).year, day(f.response.sent_at).month)
                           == (first.year, first.month)]
        timely_rows.append((f"{first:%b %Y}", percent(len(month_acked), len(month_counted)),
                            percent(sum(1 for f in month_responses if f.response.within_period), len(month_responses))))
    group_columns = ("received", "decided", "well-founded", *OUTCOMES, "referred to the Ombudsman")
    report.tables = [
        Table("volumes_by_month", "Contacts received each month", ("month", *(n for _, n in KINDS), "total"),
              tuple(volume_rows)),
        Table("timeliness_by_month", "Timeliness each month against the 100% target",
              ("month", "acknowledged within 3 working days (%)", "responses within the response period (%)"),
              tuple(timely_rows), "Empty where nothing fell to be counted that month."),
        Table("outcomes_by_service_area", "Complaints by service area", ("service area", *group_columns),
              _group_rows(facts, lambda f: f.service_area, received, decided, referred),
              "Received: complaints received in the year. Decided and outcomes: decided in the year. "
              "Service area as recorded by an officer (`service …`), else the team the complaint was routed to."),
        Table("outcomes_by_client_group", "Complaints by client group", ("client group", *group_columns),
              _group_rows(facts, lambda f: CLIENT_GROUPS.get(f.labels.get("client_group", "unknown"), "not known"),
                          received, decided, referred)),
        Table("responses_by_period", "Responses sent in the year against the response period (reg 16)",
              ("response period", "responses sent", "within the period", "late"),
              tuple((label, sum(1 for f in responses if f.response.basis == key),
                     sum(1 for f in within if f.response.basis == key),
                     sum(1 for f in responses if f.response.basis == key and not f.response.within_period))
                    for key, label in BASES)),
        Table("subject_matter", "Subject matter of the complaints received (reg 18(1)(d)(i))",
              ("subject", "complaints"),
              tuple((name, sum(1 for f in received if test(f))) for name, test in THEMES),
              "A complaint can be counted under more than one subject. See also the service areas."),
        Table("learning", "What changed as a result of complaints (reg 18(1)(d)(iii))",
              ("recorded", "case", "service area", "outcome", "what changed"),
              tuple((calendar.local_date(when).isoformat(), ref, f.service_area, f.outcome or "open", text)
                    for (when, ref, text), f in learning),
              "From the officers' closing notes (`close upheld: …`) and `learning …` commands."),
    ]
    report.charts = [
        Chart("volumes_by_month", "Contacts received each month", "volumes_by_month", "stacked",
              "Bars show complaints, compliments and enquiries received each month; the table below has the numbers.",
              series=tuple(n for _, n in KINDS)),
        Chart("timeliness_by_month", "Timeliness against the 100% target", "timeliness_by_month", "percent",
              "Bars show the percentage of complaints acknowledged within 3 working days and of responses sent "
              "within the response period each month; the line is the 100% target.",
              series=("acknowledged within 3 working days (%)", "responses within the response period (%)"),
              target=100.0),
        Chart("outcomes_by_service_area", "Outcomes by service area", "outcomes_by_service_area", "bars",
              "Horizontal bars show, for each service area, the complaints decided upheld, partly upheld and not upheld.",
              series=OUTCOMES),
    ]
    return report

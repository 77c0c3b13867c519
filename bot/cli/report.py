"""``report annual`` and ``report monthly``: the figures the council must report and learn from.

    complaints-bot report annual --year 2026        1 April 2025 to 31 March 2026 (SI 2009/309 reg 18)
    complaints-bot report monthly --month 2026-03   March 2026

Each writes a self-contained HTML page with charts and a CSV per table (``--out DIR``, default
HOME/reports/annual-2026/ or HOME/reports/monthly-2026-03/) and prints the summary figures
(``--json``: every figure and table).  Figures come from the case store and audit trail only.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ..clock import Clock
from ..config import Settings
from .common import dump, open_store, print_table


def _build(args: argparse.Namespace, settings: Settings):
    from scheduler.process.loader import load_processes

    from ..report.annual import annual_report
    from ..report.facts import case_facts
    from ..report.monthly import monthly_report
    from ..report.period import as_at, calendar_month, year_ending_march
    from ..route import load_routing

    calendar = settings.calendar()
    routing = load_routing(settings.routing_path)
    team_names = {key: team.name for key, team in routing.teams.items()}
    store = open_store(settings)
    try:
        facts = [case_facts(case, calendar, team_names) for case in store.all_cases()]
    finally:
        store.close()
    now = Clock(args.now).now()
    if args.report_command == "annual":
        period = year_ending_march(args.year)
        return annual_report(facts, period, as_at(period, now, calendar.tz), calendar), calendar
    period = calendar_month(args.month)
    definitions = load_processes()

    def owner_of(process: str, step: str) -> str:
        return definitions[process].step(step).owner if process in definitions else ""

    def team_of_role(role: str) -> str:
        return routing.role_team(role) if role in routing.roles else "not assigned"

    titles = {(d.key, s.key): s.title for d in definitions.values() for s in d.steps}
    report = monthly_report(facts, period, as_at(period, now, calendar.tz), calendar, team_of_role, owner_of,
                            team_names, titles)
    return report, calendar


def cmd_report(args: argparse.Namespace, settings: Settings) -> int:
    from ..report.page import write_report

    report, calendar = _build(args, settings)
    folder = Path(args.out) if args.out else settings.home / "reports" / report.period.slug
    written = write_report(report, folder, settings.council, calendar, settings.templates_dir)
    if args.json:
        dump({**report.to_json(), "files": [str(p) for p in written]})
        return 0
    print(f"{report.title}\n{report.period.label}\n")
    print_table([{"figure": f.label, "number": "-" if f.value is None else f.value, "rule": f.source}
                 for f in report.figures], ["figure", "number", "rule"])
    print(f"\nPage and CSV files written to {folder}/ (open {written[0].name} in a browser; it needs no network).")
    return 0


def register(sub, common) -> None:
    report = sub.add_parser("report", help="the annual report's figures, or a month's, as an HTML page with charts and CSV")
    rsub = report.add_subparsers(dest="report_command", required=True, metavar="REPORT")
    annual = rsub.add_parser(
        "annual", parents=[common],
        help="figures for the statutory annual report (SI 2009/309 reg 18) for a year ending 31 March",
        description="Figures for the statutory annual report for the year ending 31 March YEAR "
                    "(SI 2009/309 reg 18: a year is twelve months ending with 31 March). "
                    "--year 2026 covers 1 April 2025 to 31 March 2026 (the year 2025/26).")
    annual.add_argument("--year", type=int, required=True,
                        help="the year the reporting year ENDS in: 2026 = 1 April 2025 to 31 March 2026")
    annual.add_argument("--out", help="folder for index.html and the CSV files (default HOME/reports/annual-YEAR)")
    annual.set_defaults(func=cmd_report)
    monthly = rsub.add_parser("monthly", parents=[common], help="a calendar month's figures",
                              description="Volumes, acknowledgement and response times, overdue steps by team, "
                                          "safeguarding routing and help asked for, for one calendar month.")
    monthly.add_argument("--month", required=True, help="YYYY-MM, e.g. 2026-03")
    monthly.add_argument("--out", help="folder for index.html and the CSV files (default HOME/reports/monthly-YYYY-MM)")
    monthly.set_defaults(func=cmd_report)

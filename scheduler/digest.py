"""The daily digest: each team's morning list of what is overdue, due soon and new.

Sent at 08:00 on working days (the runner's cron job).  Its Message-ID is
derived from the team and the date, so a restart that runs it twice sends it
once, and a bot that was down at 08:00 sends it when it comes back that day.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from bot.act import compose
from bot.act.letters import Letters
from bot.act.outbox import Outbox
from bot.config import Settings
from bot.route import Routing
from bot.store import Store

from .calendar import WorkingCalendar
from .deadlines import CaseStep, Deadlines

SOON_WORKING_DAYS = 5


@dataclass
class Digest:
    team: str
    day: date
    overdue: list[CaseStep] = field(default_factory=list)
    due_today: list[CaseStep] = field(default_factory=list)
    due_soon: list[CaseStep] = field(default_factory=list)
    new_cases: list[dict[str, Any]] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.overdue or self.due_today or self.due_soon or self.new_cases)


class DigestBuilder:
    def __init__(self, settings: Settings, routing: Routing, letters: Letters, outbox: Outbox, store: Store,
                 deadlines: Deadlines, calendar: WorkingCalendar):
        self.settings = settings
        self.routing = routing
        self.letters = letters
        self.outbox = outbox
        self.store = store
        self.deadlines = deadlines
        self.calendar = calendar

    def build_all(self, now: datetime) -> dict[str, Digest]:
        today = self.calendar.local_date(now)
        soon_end = self.calendar.add_working_days(today, SOON_WORKING_DAYS)
        since = self.calendar.start_of(self.calendar.add_working_days(today, -1)) - timedelta(hours=1)
        cases = self.store.all_cases()
        digests = {key: Digest(key, today) for key in self.routing.teams}
        for row in self.deadlines.running(cases, now):
            if row.step.owner not in self.routing.roles:
                continue
            digest = digests[self.routing.role_team(row.step.owner)]
            due_day = self.calendar.local_date(row.step.due)
            if row.step.due < now:
                digest.overdue.append(row)
            elif due_day == today:
                digest.due_today.append(row)
            elif due_day <= soon_end:
                digest.due_soon.append(row)
        for case in cases:
            if datetime.fromisoformat(case["opened_at"]) >= since:
                for team in case["routing"]["teams"]:
                    digests[team].new_cases.append(case)
        return digests

    def send(self, now: datetime, teams: list[str] | None = None) -> list[str]:
        """Queue today's digest for each team (skipping empty ones); returns the teams sent to."""
        if not self.calendar.is_working_day(self.calendar.local_date(now)):
            return []
        council = self.settings.council
        sent = []
        for key, digest in self.build_all(now).items():
            if teams and key not in teams or digest.empty:
                continue
            team = self.routing.teams[key]
            rendered = self.letters.render("digest", council=council, team=team, digest=digest, now=now)
            message = compose.build(
                rendered=rendered,
                sender=(council.complaints_name, council.complaints_address),
                to=list(team.addresses),
                message_id=compose.outgoing_id(f"DIGEST-{key}", "digest", digest.day.isoformat(), council.domains[0]),
                when=now,
                auto_submitted="auto-generated",
            )
            if self.outbox.put(message):
                sent.append(key)
        return sent

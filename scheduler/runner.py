"""The APScheduler runner: drives the bot's periodic work.

* every ``poll_seconds``: read the mailbox;
* every ``chase_minutes``: send the reminders and escalations that fell due;
* 08:00 UK time, Monday to Friday: the daily digest per team (skipped on bank
  holidays and closure days by the digest itself), and once at start-up in case
  the bot was down at 08:00 (the digest's Message-ID makes that harmless).

Jobs never overlap (``max_instances=1``) and missed runs are coalesced into one,
so a slow batch never stacks up work.
"""

from __future__ import annotations

import logging
import signal
from datetime import datetime, timezone
from typing import Callable

from apscheduler.schedulers.blocking import BlockingScheduler

log = logging.getLogger("complaints_bot.scheduler")

CHASE_MINUTES = 15
DIGEST_HOUR = 8


class Runner:
    def __init__(self, bot, *, poll_seconds: float, on_batch: Callable[[dict[str, int]], None] | None = None):
        self.bot = bot
        self.on_batch = on_batch
        self.scheduler = BlockingScheduler(timezone="Europe/London")
        start = datetime.now(timezone.utc)
        self.scheduler.add_job(self.poll, "interval", seconds=poll_seconds, id="poll-mailbox",
                               max_instances=1, coalesce=True, next_run_time=start)
        self.scheduler.add_job(self.chase, "interval", minutes=CHASE_MINUTES, id="chasers",
                               max_instances=1, coalesce=True, next_run_time=start)
        self.scheduler.add_job(self.digest, "cron", day_of_week="mon-fri", hour=DIGEST_HOUR, id="digest",
                               max_instances=1, coalesce=True, misfire_grace_time=6 * 3600)
        if self.bot.calendar.local(start).hour >= DIGEST_HOUR:
            self.scheduler.add_job(self.digest, "date", run_date=start, id="digest-catch-up")

    def poll(self) -> None:
        result = self.bot.process_mailbox()
        self.bot.heartbeat()
        summary = result.summary()
        if summary:
            log.info("batch: %s", ", ".join(f"{k} {v}" for k, v in sorted(summary.items())))
            if self.on_batch:
                self.on_batch(summary)

    def chase(self) -> None:
        self.bot.chasers.tick(self.bot.clock.now())

    def digest(self) -> None:
        teams = self.bot.digests.send(self.bot.clock.now())
        if teams:
            log.info("digest sent to %s", ", ".join(teams))

    def start(self) -> None:
        """Run until SIGTERM or Ctrl-C; the current batch finishes first."""
        def stop(signum, _frame):
            log.info("signal %s: stopping after the current batch", signum)
            self.scheduler.shutdown(wait=False)

        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)
        self.scheduler.start()

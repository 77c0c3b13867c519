"""The APScheduler runner: drives the bot's periodic work.

One job polls the mailbox every ``poll_seconds`` (and flushes the outbox, when
a sending transport is configured).  Jobs never overlap (``max_instances=1``)
and a missed run is coalesced into one, so a slow batch never stacks up work.
"""

from __future__ import annotations

import logging
import signal
from datetime import datetime, timezone
from typing import Callable

from apscheduler.schedulers.blocking import BlockingScheduler

log = logging.getLogger("complaints_bot.scheduler")


class Runner:
    def __init__(self, bot, *, poll_seconds: float, on_batch: Callable[[dict[str, int]], None] | None = None):
        self.bot = bot
        self.on_batch = on_batch
        self.scheduler = BlockingScheduler(timezone="Europe/London")
        self.scheduler.add_job(
            self.poll, "interval", seconds=poll_seconds, id="poll-mailbox", max_instances=1, coalesce=True,
            next_run_time=datetime.now(timezone.utc),
        )

    def poll(self) -> None:
        result = self.bot.process_mailbox()
        self.bot.heartbeat()
        summary = result.summary()
        if summary:
            log.info("batch: %s", ", ".join(f"{k} {v}" for k, v in sorted(summary.items())))
            if self.on_batch:
                self.on_batch(summary)

    def start(self) -> None:
        """Run until SIGTERM or Ctrl-C; the current batch finishes first."""
        def stop(signum, _frame):
            log.info("signal %s: stopping after the current batch", signum)
            self.scheduler.shutdown(wait=False)

        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)
        self.scheduler.start()

"""The APScheduler runner: drives the bot's periodic work.

* ``poll-mailbox`` processes what is waiting every ``poll_seconds`` and then
  flushes the outbox, so an acknowledgement leaves as soon as it is written.
  Where the mailbox can push (IMAP IDLE), a watcher thread wakes this job the
  moment mail arrives; the interval is then only the fallback.
* ``flush-outbox`` (when a sending transport is configured) drains the outbox
  every ``[outbox] flush_seconds`` on its own, so retries happen even when no
  mail comes in.
* ``send-chasers`` queues every reminder and escalation owed, every
  15 minutes and once at start-up, so chasers missed while
  the bot was down go out at once (merged, see scheduler/chase.py).
* ``daily-digest`` queues each team's digest at 08:00 Monday to Friday (the
  digest itself skips bank holidays and closures), and once at start-up when the
  bot starts after 08:00: the digest's Message-ID is the team and the day, so it
  is never sent twice.

Jobs run one at a time on one worker thread: the store is written by one job at
a time, and a job that had to wait still runs (no misfire is dropped).  A missed
run is coalesced into one.  A mailbox or sending server that is down is logged once
per change of reason, not on every poll; the transports back off by themselves.
"""

from __future__ import annotations

import logging
import signal
import threading
from datetime import datetime, timezone
from typing import Callable

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.jobstores.base import JobLookupError
from apscheduler.schedulers.blocking import BlockingScheduler

from bot.errors import BotError, MailboxError, OutboxError

log = logging.getLogger("complaints_bot.scheduler")


class Runner:
    def __init__(self, bot, *, poll_seconds: float, on_batch: Callable[[dict[str, int]], None] | None = None,
                 drainer=None, flush_seconds: float | None = None, chase_minutes: float = 15):
        self.bot = bot
        self.on_batch = on_batch
        if drainer is None:
            from bot.send import open_drainer

            drainer = open_drainer(bot.settings, bot.outbox)
        self.drainer = drainer
        self.stopping = threading.Event()
        self.mail_waiting = threading.Event()  # set by the IDLE watcher; a running poll goes round again
        self._last_problem = ""
        self.watcher: threading.Thread | None = None
        self.scheduler = BlockingScheduler(
            timezone="Europe/London",
            executors={"default": ThreadPoolExecutor(1)},
            job_defaults={"max_instances": 1, "coalesce": True, "misfire_grace_time": None},
        )
        started = datetime.now(timezone.utc)
        self.scheduler.add_job(self.poll, "interval", seconds=poll_seconds, id="poll-mailbox",
                               next_run_time=started)
        if self.drainer is not None:
            every = flush_seconds or float(bot.settings.outbox.get("flush_seconds", 30))
            self.scheduler.add_job(self.flush, "interval", seconds=every, id="flush-outbox")
        self.scheduler.add_job(self.chase, "interval", minutes=chase_minutes, id="send-chasers",
                               next_run_time=started)
        self.scheduler.add_job(self.digest, "cron", day_of_week="mon-fri", hour=8, minute=0, id="daily-digest")
        if bot.clock.now().astimezone(bot.calendar.tz).hour >= 8:
            self.scheduler.add_job(self.digest, "date", run_date=started, id="digest-at-start")

    def poll(self) -> None:
        """Process the mailbox, then send what that queued; again if mail came meanwhile."""
        while not self.stopping.is_set():
            self.mail_waiting.clear()
            try:
                result = self.bot.process_mailbox()
            except MailboxError as exc:
                self._problem(f"mailbox: {exc}")
            else:
                self._problem("")
                self.bot.heartbeat()
                summary = result.summary()
                if summary:
                    log.info("batch: %s", ", ".join(f"{k} {v}" for k, v in sorted(summary.items())))
                    if self.on_batch:
                        self.on_batch(summary)
            self.flush()
            if not self.mail_waiting.is_set():
                break

    def chase(self) -> None:
        """Queue the reminders and escalations owed now, then send them."""
        try:
            self.bot.chasers.tick(self.bot.clock.now())
        except BotError as exc:
            log.error("chasers: %s", exc)
        self.flush()

    def digest(self) -> None:
        """Queue today's digest for every team with something in it (working days only)."""
        try:
            teams = self.bot.digests.send(self.bot.clock.now())
        except BotError as exc:
            log.error("digest: %s", exc)
            return
        if teams:
            log.info("digest queued for %s", ", ".join(teams))
        self.flush()

    def flush(self) -> None:
        if self.drainer is None:
            return
        try:
            self.drainer.flush()
        except OutboxError as exc:
            log.error("outbox: %s", exc)

    def mail_arrived(self) -> None:
        """Called from the IDLE watcher: run the poll now (or again, if one is running)."""
        self.mail_waiting.set()
        try:
            self.scheduler.modify_job("poll-mailbox", next_run_time=datetime.now(timezone.utc))
        except JobLookupError:
            pass  # shutting down

    def _problem(self, text: str) -> None:
        if text and text != self._last_problem:
            log.warning("%s", text)
        elif not text and self._last_problem:
            log.info("mailbox reachable again")
        self._last_problem = text

    def _start_watcher(self) -> None:
        watch = getattr(self.bot.source, "watch", None)
        if watch is None:
            return
        self.watcher = threading.Thread(target=watch, args=(self.mail_arrived, self.stopping),
                                        name="mailbox-idle", daemon=True)
        self.watcher.start()

    def stop(self) -> None:
        self.stopping.set()
        if self.scheduler.running:
            self.scheduler.shutdown(wait=False)

    def start(self, *, install_signals: bool = True) -> None:
        """Run until SIGTERM or Ctrl-C (or ``stop``); the current batch finishes first."""
        def on_signal(signum, _frame):
            log.info("signal %s: stopping after the current batch", signum)
            self.stop()

        if install_signals:
            signal.signal(signal.SIGTERM, on_signal)
            signal.signal(signal.SIGINT, on_signal)
        self._start_watcher()
        try:
            self.scheduler.start()
        finally:
            self.stopping.set()
            if self.watcher is not None:
                self.watcher.join(timeout=5)

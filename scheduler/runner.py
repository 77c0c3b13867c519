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
* ``metrics`` (when ``[observe] http`` serves them) counts the overdue steps
  every minute; the other metrics are updated as the poll and flush go.
* ``watchdog`` (only under systemd with ``WatchdogSec=``) tells systemd the bot
  is alive every half watchdog interval, unless a poll has gone ``stuck_seconds``
  without finishing a message, or no poll has started for that long (another
  job holds the worker): then systemd restarts the hung process (a long
  backlog that keeps moving is not a hang).  A mailbox that is merely down is
  not a hang (the poll returns) and does not restart the bot.  It runs on a
  worker thread of its own, so a long poll never keeps it waiting.

Jobs run one at a time on one worker thread: the store is written by one job at
a time, and a job that had to wait still runs (no misfire is dropped).  A missed
run is coalesced into one.  A mailbox or sending server that is down is logged once
per change of reason, not on every poll; the transports back off by themselves.
An outage longer than ``[observe] alert_after_minutes`` emails the admin once,
and once more when it ends (``bot/observe/outage.py``).
"""

from __future__ import annotations

import logging
import signal
import threading
import time
from datetime import datetime, timezone
from typing import Callable

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.jobstores.base import JobLookupError
from apscheduler.schedulers.blocking import BlockingScheduler

from bot.errors import BotError, MailboxError, OutboxError
from bot.observe import sdnotify

log = logging.getLogger("complaints_bot.scheduler")


class Runner:
    def __init__(self, bot, *, poll_seconds: float, on_batch: Callable[[dict[str, int]], None] | None = None,
                 drainer=None, flush_seconds: float | None = None, chase_minutes: float = 15,
                 stuck_seconds: float = 1800.0, metrics=None, outage=None):
        self.bot = bot
        self.metrics = metrics  # bot.observe.metrics.Metrics, or None
        self.outage = outage  # bot.observe.outage.OutageWatch, or None
        self.stuck_seconds = stuck_seconds
        self.poll_started: float | None = None  # time.monotonic() while a poll runs
        self.poll_ended = time.monotonic()  # when the last poll ended (or the runner was made)
        self.poll_seconds = poll_seconds
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
        if self.drainer is not None and self.metrics is not None:
            self.drainer.on_sent = lambda message_id: self.metrics.acknowledged(message_id, bot.store, bot.clock.now())
        if self.metrics is not None:
            self.scheduler.add_job(self.count_overdue, "interval", seconds=60, id="metrics", next_run_time=started)
        watchdog = sdnotify.watchdog_seconds()
        if watchdog:
            # Its own thread: on the shared worker it would wait behind a long poll and let systemd kill the bot.
            self.scheduler.add_executor(ThreadPoolExecutor(1), "watchdog")
            self.scheduler.add_job(self.watchdog, "interval", seconds=max(watchdog / 2, 0.5), id="watchdog",
                                   executor="watchdog")

    def poll(self) -> None:
        """Process the mailbox, then send what that queued; again if mail came meanwhile."""
        self.poll_started = time.monotonic()
        try:
            self._poll()
        finally:
            self.poll_started = None
            self.poll_ended = time.monotonic()

    def _poll(self) -> None:
        while not self.stopping.is_set():
            self.mail_waiting.clear()
            try:
                result = self.bot.process_mailbox()
            except MailboxError as exc:
                self._problem(f"mailbox: {exc}")
                self._channel("mailbox", str(exc))
            else:
                self._problem("")
                self.bot.heartbeat()
                self._channel("mailbox", "")
                self._count_batch(result.outcomes)
                summary = result.summary()
                if summary:
                    log.info("batch: %s", ", ".join(f"{k} {v}" for k, v in sorted(summary.items())))
                    if self.on_batch:
                        self.on_batch(summary)
            self.flush()
            if not self.mail_waiting.is_set():
                break

    def watchdog(self) -> bool:
        """Tell systemd the bot is alive, unless a poll has stopped moving; returns whether it told."""
        started = self.poll_started
        if started is not None:
            moved = max(started, getattr(self.bot, "progress_at", 0.0))
            if time.monotonic() - moved > self.stuck_seconds:
                log.error("a mailbox poll has handled no message for %.0f s: not telling systemd's watchdog, so it "
                          "restarts the bot", self.stuck_seconds)
                return False
        elif time.monotonic() - self.poll_ended > self.stuck_seconds + self.poll_seconds:
            log.error("no mailbox poll has started for %.0f s (another job holds the worker): not telling systemd's "
                      "watchdog, so it restarts the bot", self.stuck_seconds)
            return False
        return sdnotify.notify("WATCHDOG=1")

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
            result = self.drainer.flush()
        except OutboxError as exc:
            log.error("outbox: %s", exc)
            self._channel("sending", str(exc))
            return
        if result.down:
            self._channel("sending", result.down)
        elif result.sent or result.deferred or result.failed:  # the server answered: it works
            self._channel("sending", "")

    def _channel(self, channel: str, problem: str) -> None:
        """Record that the mailbox or sending works ("" ) or fails (why), for the metrics and the admin alert."""
        if self.metrics is not None:
            self.metrics.up.labels(channel).set(0 if problem else 1)
        if self.outage is None:
            return
        try:
            if problem:
                self.outage.failed(channel, problem)
            else:
                self.outage.works(channel)
        except (OSError, BotError) as exc:  # the disk may be the outage: never let the alert stop the loop
            log.error("could not record or announce the %s outage: %s", channel, exc)

    def _count_batch(self, outcomes) -> None:
        if self.metrics is None:
            return
        self.metrics.batch(outcomes, self.bot.clock.now())
        if self.drainer is not None:
            return  # acknowledgements are counted when the server accepts them (drainer.on_sent)
        for outcome in outcomes:  # a Maildir outbox only collects: an acknowledgement counts when queued
            if outcome.status == "case" and outcome.ref:
                for sent in self.bot.store.get_case(outcome.ref).get("sent", []):
                    if sent.get("letter") == "acknowledgement":
                        self.metrics.acknowledged(sent["message_id"], self.bot.store,
                                                  datetime.fromisoformat(sent["at"]))

    def count_overdue(self) -> int:
        """The overdue-steps gauge: running steps of open cases past their deadline."""
        now = self.bot.clock.now()
        count = sum(1 for row in self.bot.chasers.deadlines.running(self.bot.store.all_cases(), now) if row.step.overdue)
        if self.metrics is not None:
            self.metrics.overdue_steps.set(count)
        return count

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
            sdnotify.notify(f"STATUS={text[:200]}")
        elif not text and self._last_problem:
            log.info("mailbox reachable again")
            sdnotify.notify("STATUS=watching the mailbox")
        self._last_problem = text

    def _start_watcher(self) -> None:
        watch = getattr(self.bot.source, "watch", None)
        if watch is None:
            return
        self.watcher = threading.Thread(target=watch, args=(self.mail_arrived, self.stopping),
                                        name="mailbox-idle", daemon=True)
        self.watcher.start()

    def stop(self) -> None:
        sdnotify.notify("STOPPING=1")
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
        # The bot is built (settings, routing, templates checked, classifier loaded): systemd may call it started.
        sdnotify.notify("READY=1\nSTATUS=watching the mailbox")
        try:
            self.scheduler.start()
        finally:
            self.stopping.set()
            if self.watcher is not None:
                self.watcher.join(timeout=5)

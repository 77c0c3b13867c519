"""One scheduler tick over 10,000 open cases (target: under 1 second).

Builds a store of N open cases (copies of real cases opened by the bot, with
receipt times spread over the previous 60 working days, every chaser owed so far
already recorded as sent), then times:
* ``first_tick``: the first tick after a start, which computes every case's next
  chaser time (none is known yet) and writes them all in one store write;
* ``idle_tick``: the steady state every 15 minutes: nothing new is owed;
* ``next_morning_tick``: the tick at 09:00 the next working day, when the day's
  reminders and escalations fall due, queued in the outbox and recorded;
* ``store_read``: parsing the store file once (after any write, the next tick pays it).
Prints one JSON object.

    .venv/bin/python bench/scheduler.py [--cases 10000]
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.clock import Clock, parse_now  # noqa: E402
from bot.config import load_settings  # noqa: E402
from bot.intake.maildir import deliver_bytes  # noqa: E402
from bot.pipeline import Bot  # noqa: E402


def build_store(bot: Bot, count: int, now) -> None:
    """Open one real case per sample shape, then clone them with shifted receipt times."""
    for path in sorted((ROOT / "tests" / "data" / "samples").glob("*.eml")):
        deliver_bytes(bot.settings.mailbox_dir, path.read_bytes())
    bot.process_mailbox()
    templates = [c for c in bot.store.all_cases() if c.get("processes")]
    calendar = bot.calendar
    cases = []
    for i in range(count):
        template = templates[i % len(templates)]
        received = calendar.start_of(calendar.add_working_days(calendar.local_date(now), -(i % 60))) + timedelta(hours=1)
        states = bot.processes.engine.open_for_case(
            [p["process"] for p in template["processes"]], f"BENCH-{i:05d}", received, acknowledged=received)
        case = copy.deepcopy(dict(template))
        owed = bot.processes.engine.owed_chasers(states, now, set())
        case.update(ref=f"ASC-2025-{i:05d}", opened_at=received.isoformat(), received_at=received.isoformat(),
                    processes=[s.to_dict() for s in states], chasers_sent=[c.key for c in owed], sent=[],
                    wake_at=None)
        cases.append(case)
    bot.store.cases.truncate()
    bot.store.cases.insert_multiple(cases)


def timed(action):
    start = time.perf_counter()
    value = action()
    return value, round(time.perf_counter() - start, 3)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--busy", action="store_true",
                        help="also time the next morning's tick, which queues every chaser due that day (slow: "
                             "the synthetic cases have nothing marked done, so nearly every step is overdue)")
    args = parser.parse_args()
    now = parse_now("2026-11-30T09:30")
    with tempfile.TemporaryDirectory() as home:
        settings = load_settings(str(ROOT / "bot.toml"), home)
        bot = Bot(settings, Clock(now))
        build_store(bot, args.cases, now)
        store_mb = settings.store_path.stat().st_size / 1e6
        bot.close()

        bot = Bot(settings, Clock(now))
        bot.store.db.storage.forget()
        _, read_seconds = timed(bot.store.all_cases)
        first, first_seconds = timed(lambda: bot.chasers.tick(now))
        idle, idle_seconds = timed(lambda: bot.chasers.tick(now + timedelta(minutes=15)))
        busy = after_busy = None
        busy_seconds = after_seconds = 0.0
        if args.busy:
            morning = bot.calendar.start_of(bot.calendar.add_working_days(bot.calendar.local_date(now), 1))
            busy, busy_seconds = timed(lambda: bot.chasers.tick(morning))
            after_busy, after_seconds = timed(lambda: bot.chasers.tick(morning + timedelta(minutes=15)))
        states = sum(len(c.get("processes", [])) for c in bot.store.all_cases())
    print(json.dumps({
        "benchmark": "scheduler_tick",
        "open_cases": args.cases,
        "process_states": states,
        "store_mb": round(store_mb, 1),
        "store_read_seconds": read_seconds,
        "first_tick": {"seconds": first_seconds, "messages": first.messages},
        "idle_tick": {"seconds": idle_seconds, "messages": idle.messages},
        "next_morning_tick": None if busy is None else {
            "seconds": busy_seconds, "messages": busy.messages, "cases": busy.cases,
            "messages_per_second": round(busy.messages / busy_seconds, 1) if busy_seconds else None},
        "tick_after_that": None if after_busy is None else {"seconds": after_seconds, "messages": after_busy.messages},
        "target_seconds": 1.0,
        "meets_target": idle_seconds < 1.0,
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())

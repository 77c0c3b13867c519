"""``run``, ``demo`` and ``health``: the bot itself."""

from __future__ import annotations

import argparse
import signal
import sys
import threading

from ..clock import Clock
from ..config import PROJECT_ROOT, Settings
from ..errors import BotError
from ..pidfile import remove_pid, write_pid
from .common import dump, make_bot

DEMO_SAMPLES = PROJECT_ROOT / "tests" / "data" / "samples"


def cmd_run(args: argparse.Namespace, settings: Settings) -> int:
    bot = make_bot(args, settings)
    if args.once:
        result = bot.process_mailbox()
        summary = result.summary()
        if args.json:
            dump({"summary": summary, "outcomes": [o.__dict__ for o in result.outcomes]})
        else:
            print("processed: " + (", ".join(f"{k} {v}" for k, v in sorted(summary.items())) or "nothing waiting"))
        bot.close()
        return 0
    from scheduler.runner import Runner

    options = getattr(bot.source, "options", None)
    if options is not None:  # IMAP or Exchange
        print(f"Watching the mailbox  {options.where}, folder {options.folder}")
    else:
        print(f"Watching the mailbox  {settings.mailbox_dir}  (new mail goes in its new/ folder)")
    transport = settings.outbox.get("type", "maildir")
    print(f"Outgoing mail goes to {settings.outbox_dir}"
          + ("" if transport == "maildir" else f", then out by {transport.upper()}"))
    print(f"Cases are stored in   {settings.store_path}")
    metrics, server = _observe(settings, bot)
    print("Stop with Ctrl-C.  In another terminal, `make demo` drops the sample emails in.")
    from ..observe.outage import OutageWatch

    outage = OutageWatch(settings, bot.outbox, bot.clock.now)
    sys.stdout.flush()
    runner = Runner(bot, poll_seconds=settings.poll_seconds, metrics=metrics, outage=outage)

    def on_hangup(_signum, _frame):
        # Only flag it here: the poll applies it between two messages.  A thread wakes the
        # poll, because the scheduler's lock may be held by the code this handler interrupted.
        bot.reload_requested.set()
        threading.Thread(target=runner.mail_arrived, name="reload-wake", daemon=True).start()

    signal.signal(signal.SIGHUP, on_hangup)  # before the pid is published: SIGHUP's default is to exit
    write_pid(settings.home)  # `complaints-bot reload` signals this process
    try:
        runner.start()
    finally:
        remove_pid(settings.home)
        if server is not None:
            server.stop()
        bot.close()
    return 0


def _observe(settings: Settings, bot):
    """The metrics and the /healthz + /metrics endpoint, when [observe] http names an address."""
    address = settings.observe.http_address
    if address is None:
        return None, None
    from ..errors import ConfigError
    from ..observe.http import ObserveServer, health_now
    from ..observe.metrics import Metrics

    metrics = Metrics(settings.outbox_dir)
    try:
        server = ObserveServer(address, metrics, health_now(settings, bot.clock)).start()
    except OSError as exc:
        raise ConfigError(settings.config_path or "bot.toml", f"[observe] http = {settings.observe.http!r}: cannot "
                          f"listen there ({exc.strerror})", "choose a free port, or stop what uses it") from exc
    print(f"Health and metrics at http://{settings.observe.http}/healthz and /metrics")
    return metrics, server


def cmd_demo(args: argparse.Namespace, settings: Settings) -> int:
    from ..intake.maildir import deliver_bytes, ensure_maildir

    if not DEMO_SAMPLES.exists():
        raise BotError(f"the demo samples are missing from {DEMO_SAMPLES}")
    ensure_maildir(settings.mailbox_dir)
    files = sorted(DEMO_SAMPLES.glob("*.eml"))
    for path in files:
        deliver_bytes(settings.mailbox_dir, path.read_bytes())
    print(f"Delivered {len(files)} sample emails into {settings.mailbox_dir / 'new'}")
    return 0


def cmd_health(args: argparse.Namespace, settings: Settings) -> int:
    """Exit 0 if the running bot finished a mailbox poll recently (for container health checks)."""
    from ..observe.health import check_health

    health = check_health(settings, Clock(args.now).now())
    print(f"{'healthy' if health.healthy else 'unhealthy'}: {health.text}")
    return 0 if health.healthy else 1


def register(sub, common) -> None:
    run = sub.add_parser("run", parents=[common], help="watch the mailbox and act on every message")
    run.add_argument("--once", action="store_true", help="process what is waiting, then exit")
    run.set_defaults(func=cmd_run)
    sub.add_parser("demo", parents=[common], help="deliver the 80 sample emails into the mailbox").set_defaults(func=cmd_demo)
    sub.add_parser("health", parents=[common], help="exit 0 if the running bot polled its mailbox recently").set_defaults(func=cmd_health)

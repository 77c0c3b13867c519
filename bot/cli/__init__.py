"""``complaints-bot``: the one command for admins, officers, tests and outside tools.

Every command takes ``--home`` (where state lives), ``--config`` (the settings
file), ``--log-format text|json`` and, where time matters, ``--now``.  Tables are for people; ``--json``
gives the same data for scripts.  Each command group lives in its own module
here and adds itself with ``register(subparsers, common)``.
"""

from __future__ import annotations

import argparse
import logging
import sys
from typing import Sequence

from ..clock import parse_now
from ..config import load_settings
from ..errors import BotError, ConfigError
from ..observe import logs
from . import (backup, case, cases, doctor, letters, mailbox, outbox, quarantine, reload, report, retention, routing,
               run, sar, steps)

COMMAND_MODULES = [run, routing, cases, case, quarantine, steps, mailbox, outbox, letters, retention, sar, report,
                   backup, reload, doctor]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="complaints-bot", description=__doc__.splitlines()[0])
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--home", help="folder for all state (default var/, or COMPLAINTS_BOT_HOME)")
    common.add_argument("--config", help="settings file bot.toml (default: HOME/bot.toml, then the project's)")
    common.add_argument("--now", type=parse_now, help="act as if it were this time (ISO date or date-time, UK time)")
    common.add_argument("--json", action="store_true", help="print JSON for scripts instead of tables")
    common.add_argument("-v", "--verbose", action="store_true", help="log every message handled")
    common.add_argument("--log-format", choices=logs.FORMATS,
                        help="text (default) or json: one JSON object per line ([observe] log_format)")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(sub, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    level = logging.INFO if getattr(args, "verbose", False) or args.command == "run" else logging.WARNING
    logs.configure(getattr(args, "log_format", None) or "text", level)
    try:
        if getattr(args, "own_settings", False):  # doctor loads the settings itself, to report what is wrong
            return args.func(args)
        settings = load_settings(getattr(args, "config", None), getattr(args, "home", None))
        if not getattr(args, "log_format", None) and settings.observe.log_format != "text":
            logs.configure(settings.observe.log_format, level)
        return args.func(args, settings)
    except ConfigError as exc:
        print(f"configuration error: {exc}", file=sys.stderr)
        return 2
    except BotError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())

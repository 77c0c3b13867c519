"""``reload``: check routing.toml and the letters, then have the running bot take them up without a restart.

Nothing is signalled when the files fail a check: the errors are printed (file,
line and fix) and the exit code is 2, as for ``routing check``.  See bot/reload.py.
"""

from __future__ import annotations

import argparse
import sys

from ..config import Settings
from ..errors import ConfigError, TemplateError
from .common import dump


def cmd_reload(args: argparse.Namespace, settings: Settings) -> int:
    from ..reload import load_checked, signal_reload

    try:
        routing, _letters = load_checked(settings)
    except (ConfigError, TemplateError) as exc:
        print(f"not reloaded, the running bot keeps its configuration:\n{exc}", file=sys.stderr)
        return 2
    status = signal_reload(settings.home, wait_seconds=args.wait)
    if args.json:
        dump(status.__dict__)
    elif status.ok:
        print(f"reloaded: the bot (pid {status.pid}) now routes by {settings.routing_path} "
              f"({status.teams} teams, {status.rules} rules) with the letters in {settings.templates_dir}")
    else:
        print(f"the bot (pid {status.pid}) refused the reload and keeps its configuration:\n{status.error}",
              file=sys.stderr)
    return 0 if status.ok else 1


def register(sub, common) -> None:
    reload = sub.add_parser("reload", parents=[common],
                            help="check routing.toml and the letters, then load them into the running bot (SIGHUP)")
    reload.add_argument("--wait", type=float, default=30.0, metavar="SECONDS",
                        help="how long to wait for the bot to confirm (default 30)")
    reload.set_defaults(func=cmd_reload)

"""``retention``: list (dry run) or remove closed cases whose retention period has ended."""

from __future__ import annotations

import argparse

from ..clock import Clock
from ..config import Settings
from .common import dump, open_store


def cmd_retention(args: argparse.Namespace, settings: Settings) -> int:
    from ..retention import Retention

    store = open_store(settings)
    report = Retention(settings, store).run(Clock(args.now).now(), apply=args.apply)
    store.close()
    if args.json:
        dump(report.as_dict())
        return 0
    verb = {"delete": "deleted", "anonymise": "anonymised"}[report.action] if report.applied else \
        f"due to be {'deleted' if report.action == 'delete' else 'anonymised'}"
    print(f"{len(report.refs)} closed case(s) older than {report.years_after_closure} years after closure {verb}"
          + (f": {', '.join(report.refs)}" if report.refs else ""))
    print(f"archived messages: {report.archived_messages_removed}, mailbox copies: {report.mailbox_copies_removed}, "
          f"letters: {report.letters_removed} (shared messages kept: {report.archived_messages_kept_shared})")
    if not report.applied and report.refs:
        print("dry run: nothing changed; add --apply to act")
    return 0


def register(sub, common) -> None:
    parser = sub.add_parser("retention", parents=[common],
                            help="closed cases past [retention] years_after_closure: list them, or --apply")
    parser.add_argument("--apply", action="store_true", help="delete or anonymise them (default: a dry run)")
    parser.set_defaults(func=cmd_retention)

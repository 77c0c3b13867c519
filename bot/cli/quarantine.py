"""``quarantine``: messages that could not be processed, why, and putting them back."""

from __future__ import annotations

import argparse

from ..config import Settings
from .common import dump, make_bot, print_table


def _quarantine(settings: Settings):
    from ..quarantine import Quarantine

    return Quarantine(settings.quarantine_dir)


def cmd_quarantine_list(args: argparse.Namespace, settings: Settings) -> int:
    entries = _quarantine(settings).entries()
    rows = [{"id": e.id, "at": e.at, "stage": e.stage, "error": e.error, "reason": e.reason[:70]} for e in entries]
    if args.json:
        dump([e.__dict__ for e in entries])
    else:
        print_table(rows, ["id", "at", "stage", "error", "reason"])
    return 0


def cmd_quarantine_show(args: argparse.Namespace, settings: Settings) -> int:
    entry, data = _quarantine(settings).get(args.id)
    if args.json:
        dump({**entry.__dict__, "headers": data.split(b"\n\n", 1)[0].decode("utf-8", "replace")})
        return 0
    for key, value in entry.__dict__.items():
        print(f"{key:10} {value}")
    print(f"{'file':10} {settings.quarantine_dir / entry.id / 'message.eml'}")
    return 0


def cmd_quarantine_requeue(args: argparse.Namespace, settings: Settings) -> int:
    bot = make_bot(args, settings)
    key = bot.requeue(args.id)
    print(f"Requeued {args.id}: back in the mailbox as {key}; it is processed on the next poll "
          f"(or now with `complaints-bot run --once`).")
    return 0


def register(sub, common) -> None:
    quarantine = sub.add_parser("quarantine", help="messages that could not be processed")
    qsub = quarantine.add_subparsers(dest="quarantine_command", required=True, metavar="ACTION")
    qsub.add_parser("list", parents=[common], help="what is in quarantine and why").set_defaults(func=cmd_quarantine_list)
    qshow = qsub.add_parser("show", parents=[common], help="one entry's reason and file")
    qshow.add_argument("id")
    qshow.set_defaults(func=cmd_quarantine_show)
    requeue = qsub.add_parser("requeue", parents=[common], help="put a message back through the flow")
    requeue.add_argument("id")
    requeue.set_defaults(func=cmd_quarantine_requeue)

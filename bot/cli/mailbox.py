"""``mailbox check``: can the bot reach its mailbox?  Says what is wrong in an IT admin's words."""

from __future__ import annotations

import argparse

from ..config import Settings
from ..errors import MailboxError
from .common import dump


def cmd_check(args: argparse.Namespace, settings: Settings) -> int:
    from ..intake.open import check_mailbox

    try:
        report = check_mailbox(settings)
    except MailboxError as exc:
        if args.json:
            dump({"ok": False, "problem": str(exc)})
        else:
            print(f"cannot use the mailbox: {exc}")
        return 1
    if args.json:
        dump({"ok": True, **report})
        return 0
    print(f"{report['server']}: connected" + (f", TLS ({report['tls']}) verified" if report.get("tls") else "")
          + (f", signed in as {report['username']} ({report['auth']})" if report.get("username") else ""))
    if "idle" in report:
        print(f"  push (IDLE): {'yes' if report['idle'] else 'no: the bot polls every poll_seconds'}"
              f"   MOVE: {'yes' if report['move'] else 'no: handled mail is flagged instead of moved'}")
    print(f"  folders: {', '.join(report['folders'])}")
    print(f"  {report['folder']}: {report['messages']} messages, {report['unseen']} unseen "
          "(the bot reads every message in it, seen or not)")
    for which in ("processed", "quarantine"):
        if f"{which}_folder" in report:
            state = "exists" if report[f"{which}_folder_exists"] else "will be created on first use"
            print(f"  {which} folder {report[f'{which}_folder']!r}: {state}")
    if "first_started" in report:
        if report["first_started"]:
            print(f"  first read on {report['first_started']}: mail that was already there was imported "
                  "without acknowledgements")
        else:
            print("  not started yet: the mail already in the folder when the bot first runs will be imported "
                  "as cases without acknowledgements (backlog_before under [mailbox])")
    return 0


def register(sub, common) -> None:
    mailbox = sub.add_parser("mailbox", help="the mailbox the bot reads")
    msub = mailbox.add_subparsers(dest="mailbox_command", required=True, metavar="ACTION")
    msub.add_parser("check", parents=[common],
                    help="connect, list the folders, count unseen mail, explain any failure").set_defaults(
        func=cmd_check)

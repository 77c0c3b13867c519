"""``outbox``: what the bot has sent, what is waiting or failed, and sending again."""

from __future__ import annotations

import argparse
import email
import email.policy

from ..config import Settings
from ..errors import OutboxError
from .common import dump, print_table


def _drainer(settings: Settings, *, need_sender: bool = False):
    """The drainer for these settings; without a sending transport it can still list and show."""
    from ..act.outbox import Outbox
    from ..send import open_sender
    from ..send.drainer import Drainer, drainer_options

    settings.ensure_home()
    sender = open_sender(settings)
    if sender is None and need_sender:
        raise OutboxError("the outbox only collects mail ([outbox] type = \"maildir\"): nothing sends it; "
                          "see docs/mailboxes.md to set up SMTP or Exchange")
    return Drainer(Outbox(settings.outbox_dir), sender, drainer_options(settings))


def _headers(path) -> dict[str, str]:
    with open(path, "rb") as handle:
        head = handle.read(16384).split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
    message = email.message_from_bytes(head + b"\r\n\r\n", policy=email.policy.default)
    return {k: " ".join(str(message[k] or "").split()) for k in ("To", "Cc", "Subject", "Message-ID", "Date")}


def _row(drainer, state: str, path) -> dict:
    name = path.name.split(":")[0]
    history = drainer.histories.load(name)
    headers = _headers(path)
    last = history.last
    return {"name": name, "state": state, "to": headers["To"], "subject": headers["Subject"][:50],
            "message_id": headers["Message-ID"], "attempts": history.count,
            "next_try": history.next_attempt_at if state == "waiting" else "",
            "last": f"{last.result}: {last.detail}"[:90] if last else ""}


def cmd_list(args: argparse.Namespace, settings: Settings) -> int:
    drainer = _drainer(settings)
    rows = [_row(drainer, "waiting", p) for p in drainer.outbox.pending()]
    rows += [_row(drainer, "failed", p) for p in drainer.failed()]
    if args.sent:
        rows += [_row(drainer, "sent", p) for p in drainer.outbox.sent()]
    if args.json:
        dump(rows)
        return 0
    print_table(rows, ["name", "state", "to", "subject", "attempts", "next_try", "last"])
    if not args.sent:
        print(f"({sum(1 for _ in drainer.outbox.sent())} sent; --sent lists them)")
    return 0


def cmd_show(args: argparse.Namespace, settings: Settings) -> int:
    drainer = _drainer(settings)
    state, path = drainer.find(args.name)
    row = _row(drainer, state, path)
    history = drainer.histories.load(row["name"])
    if args.json:
        dump({**row, "file": str(path), "history": [a.__dict__ for a in history.attempts],
              "refused": history.refused, "alerted": history.alerted})
        return 0
    for key in ("name", "state", "to", "subject", "message_id", "attempts", "next_try"):
        print(f"{key:11} {row[key]}")
    print(f"{'file':11} {path}")
    if history.refused:
        print("refused:")
        for address, answer in history.refused.items():
            print(f"  {address}: {answer}")
    if history.alerted:
        print("the complaints team was told of the failure")
    print("attempts:" if history.attempts else "attempts:   none yet")
    for attempt in history.attempts:
        code = f" [{attempt.code}]" if attempt.code else ""
        print(f"  {attempt.at}  {attempt.result}{code}  {attempt.detail}")
    return 0


def cmd_retry(args: argparse.Namespace, settings: Settings) -> int:
    drainer = _drainer(settings)
    where = drainer.retry(args.name)
    print(f"{args.name}: {'moved back from .Failed and ' if where == 'failed' else ''}queued to be sent at the next "
          "run (the running bot sends it within [outbox] flush_seconds; `complaints-bot outbox flush` sends now)")
    return 0


def cmd_flush(args: argparse.Namespace, settings: Settings) -> int:
    drainer = _drainer(settings, need_sender=True)
    result = drainer.flush(force=True)
    if args.json:
        dump({**result.summary(), "down": result.down})
    else:
        summary = ", ".join(f"{k} {v}" for k, v in result.summary().items())
        print(f"outbox: {summary or 'nothing to send'}")
        if result.down:
            print(f"the sending server could not be used: {result.down}")
    return 1 if result.down else 0


def cmd_check(args: argparse.Namespace, settings: Settings) -> int:
    drainer = _drainer(settings, need_sender=True)
    try:
        report = drainer.sender.check()
    except OutboxError as exc:
        print(f"cannot send: {exc}")
        return 1
    if args.json:
        dump(report)
        return 0
    print(f"{report['server']}: connected, TLS ({report.get('tls', 'https')}) verified, "
          f"signed in as {report['signed_in_as']}")
    for key, value in report.items():
        if key not in ("server", "signed_in_as", "tls"):
            print(f"  {key}: {', '.join(value) if isinstance(value, list) else value}")
    pending = sum(1 for _ in drainer.outbox.pending())
    print(f"waiting in the outbox: {pending}; failed: {len(drainer.failed())}")
    return 0


def register(sub, common) -> None:
    outbox = sub.add_parser("outbox", help="outgoing mail: waiting, failed, sent; send again")
    osub = outbox.add_subparsers(dest="outbox_command", required=True, metavar="ACTION")
    listing = osub.add_parser("list", parents=[common], help="messages waiting or failed, with their attempts")
    listing.add_argument("--sent", action="store_true", help="list the sent messages too")
    listing.set_defaults(func=cmd_list)
    show = osub.add_parser("show", parents=[common], help="one message: headers, state, every attempt")
    show.add_argument("name", help="file name (or its start) or Message-ID, as `outbox list` shows")
    show.set_defaults(func=cmd_show)
    retry = osub.add_parser("retry", parents=[common], help="send a waiting or failed message again")
    retry.add_argument("name")
    retry.set_defaults(func=cmd_retry)
    osub.add_parser("flush", parents=[common], help="send everything waiting now").set_defaults(func=cmd_flush)
    osub.add_parser("check", parents=[common],
                    help="connect and sign in to the sending server, explaining any failure").set_defaults(
        func=cmd_check)

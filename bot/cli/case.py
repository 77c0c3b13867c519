"""``case REF COMMAND …``: the officers' email commands, from the command line.

    complaints-bot case ASC-2026-00042 done statutory_complaint.icap_letter --by jo@council.example
    complaints-bot case ASC-2026-00042 extend send_response 5 working days because records are late
    complaints-bot case ASC-2026-00042 close partly upheld
"""

from __future__ import annotations

import argparse
import sys

from ..config import Settings
from ..errors import BotError
from .common import dump, make_bot


def cmd_case(args: argparse.Namespace, settings: Settings) -> int:
    from ..commands.grammar import CommandSyntaxError, parse_command

    line = " ".join(args.words)
    try:
        command = parse_command(line)
    except CommandSyntaxError as exc:
        raise BotError(f"{line!r}: {exc}") from exc
    reply_text = sys.stdin.read() if command.verb == "reply" and not args.text else (args.text or "")
    bot = make_bot(args, settings)
    outcome = bot.commands.run(args.ref.upper(), [command], by=args.by or "cli", when=bot.clock.now(),
                               reply_text=reply_text)[0]
    bot.close()
    if args.json:
        dump({"ref": args.ref.upper(), "line": outcome.line, "ok": outcome.ok, "said": outcome.said})
    else:
        print(f"{args.ref.upper()}: {'done' if outcome.ok else 'NOT DONE'} - {outcome.said}")
    return 0 if outcome.ok else 1


def register(sub, common) -> None:
    case = sub.add_parser("case", parents=[common], help="act on a case with an officer command (as by email)")
    case.add_argument("ref")
    case.add_argument("words", nargs="+", metavar="COMMAND", help="e.g. done STEP | extend STEP 5 working days because … | close upheld")
    case.add_argument("--by", help="who is acting (recorded in the audit trail)")
    case.add_argument("--text", help="for reply: the text to send (default: read from standard input)")
    case.set_defaults(func=cmd_case)

"""``doctor``: check everything an admin can get wrong and say, one line each, what to do.

Exit status 0 when nothing FAILs (WARNs are allowed), 1 otherwise, so a
deployment script can run it before starting the bot.
"""

from __future__ import annotations

import argparse
import json

from ..clock import Clock


def cmd_doctor(args: argparse.Namespace) -> int:
    from ..doctor import FAIL, run_checks

    findings = run_checks(args.config, args.home, Clock(args.now).now(), connect=not args.offline)
    failed = any(f.status == FAIL for f in findings)
    if args.json:
        print(json.dumps({"ok": not failed, "checks": [f.as_dict() for f in findings]}, indent=2, ensure_ascii=False))
        return 1 if failed else 0
    width = max(len(f.check) for f in findings)
    for finding in findings:
        line = f"{finding.status:<4}  {finding.check:<{width}}  {finding.message}"
        if finding.fix:
            line += f"\n      {'':<{width}}  fix: {finding.fix}"
        print(line)
    counts = {s: sum(1 for f in findings if f.status == s) for s in ("OK", "WARN", "FAIL")}
    print(f"{counts['OK']} OK, {counts['WARN']} WARN, {counts['FAIL']} FAIL")
    return 1 if failed else 0


def register(sub, common) -> None:
    doctor = sub.add_parser("doctor", parents=[common],
                            help="check settings, routing, templates, mailbox, sending, disk and permissions")
    doctor.add_argument("--offline", action="store_true", help="skip the mailbox and sending server sign-ins")
    doctor.set_defaults(func=cmd_doctor, own_settings=True)

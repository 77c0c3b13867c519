"""``cases``: list the cases, or show one with its labels, evidence, routing and timeline."""

from __future__ import annotations

import argparse

from ..config import Settings
from .common import dump, open_store, print_table


def cmd_cases_list(args: argparse.Namespace, settings: Settings) -> int:
    cases = open_store(settings).all_cases()
    rows = [{
        "ref": c["ref"], "opened": c["opened_at"][:16].replace("T", " "), "status": c["status"],
        "shape": c["shape"], "kind": c["classification"]["labels"]["kind"],
        "safeguarding": "YES" if c.get("safeguarding") else "",
        "teams": ",".join(c["routing"]["teams"]), "messages": len(c["messages"]),
    } for c in sorted(cases, key=lambda c: c["ref"])]
    if args.json:
        dump(rows)
    else:
        print_table(rows, ["ref", "opened", "status", "shape", "kind", "safeguarding", "teams", "messages"])
    return 0


def cmd_cases_show(args: argparse.Namespace, settings: Settings) -> int:
    case = open_store(settings).get_case(args.ref)
    if args.json:
        dump(case)
        return 0
    labels = case["classification"]["labels"]
    print(f"Case {case['ref']}  ({case['status']}, {case['shape']}{', SAFEGUARDING' if case.get('safeguarding') else ''})")
    print(f"Opened {case['opened_at']}  complainant: {case['complainant']['name'] or '-'} <{case['complainant']['address'] or 'no email'}>")
    if case.get("no_acknowledgement"):
        print(f"Not acknowledged by email: {case['no_acknowledgement']}")
    if case.get("linked_to"):
        print(f"Linked to: {', '.join(case['linked_to'])}")
    print("\nLabels:")
    for field, value in labels.items():
        print(f"  {field:15} {value}")
        for e in case["classification"]["evidence"]:
            if e["field"] == field:
                print(f"  {'':15}   \"{e['text'][:100]}\" ({e['origin']}, {e['rule']}, {e['confidence']})")
    print("\nRouting:")
    for m in case["routing"]["matches"]:
        print(f"  {m['rule']}: {m['reason']} -> {', '.join(m['teams'])}{' (urgent)' if m['urgent'] else ''}")
    if case.get("dates"):
        print("\nDates:")
        for name, day in case["dates"].items():
            print(f"  {name:15} {day}")
    print("\nTimeline:")
    for entry in case["audit"]:
        print(f"  {entry['at']}  {entry['action']}: {entry['detail']}  [{entry['by']}]")
    return 0


def register(sub, common) -> None:
    cases = sub.add_parser("cases", help="list cases or show one")
    csub = cases.add_subparsers(dest="cases_command", required=True, metavar="ACTION")
    csub.add_parser("list", parents=[common], help="every case, oldest first").set_defaults(func=cmd_cases_list)
    show = csub.add_parser("show", parents=[common], help="labels, evidence, routing and timeline of a case")
    show.add_argument("ref")
    show.set_defaults(func=cmd_cases_show)

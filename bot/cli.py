"""``complaints-bot``: the one command for admins, officers, tests and outside tools.

Every command takes ``--home`` (where state lives), ``--config`` (the settings
file) and, where time matters, ``--now``.  Tables are for people; ``--json``
gives the same data for scripts.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path
from typing import Any, Sequence

from .clock import Clock, parse_now
from .config import PROJECT_ROOT, Settings, load_settings
from .errors import BotError, ConfigError

DEMO_SAMPLES = PROJECT_ROOT / "tests" / "data" / "samples"


def _print_table(rows: list[dict[str, Any]], columns: list[str], out=sys.stdout) -> None:
    if not rows:
        print("(none)", file=out)
        return
    widths = {c: max(len(c), *(len(str(r.get(c, ""))) for r in rows)) for c in columns}
    print("  ".join(c.upper().ljust(widths[c]) for c in columns).rstrip(), file=out)
    for row in rows:
        print("  ".join(str(row.get(c, "")).ljust(widths[c]) for c in columns).rstrip(), file=out)


def _dump(data: Any) -> None:
    print(json.dumps(data, indent=2, ensure_ascii=False, default=str))


def _bot(args: argparse.Namespace, settings: Settings):
    from .pipeline import Bot

    return Bot(settings, Clock(args.now))


# ---- run / demo ---------------------------------------------------------------------------------


def cmd_run(args: argparse.Namespace, settings: Settings) -> int:
    bot = _bot(args, settings)
    if args.once:
        result = bot.process_mailbox()
        summary = result.summary()
        if args.json:
            _dump({"summary": summary, "outcomes": [o.__dict__ for o in result.outcomes]})
        else:
            print("processed: " + (", ".join(f"{k} {v}" for k, v in sorted(summary.items())) or "nothing waiting"))
        bot.close()
        return 0
    from scheduler.runner import Runner

    print(f"Watching the mailbox  {settings.mailbox_dir}  (new mail goes in its new/ folder)")
    print(f"Outgoing mail goes to {settings.outbox_dir}")
    print(f"Cases are stored in   {settings.store_path}")
    print("Stop with Ctrl-C.  In another terminal, `make demo` drops the sample emails in.")
    sys.stdout.flush()
    Runner(bot, poll_seconds=settings.poll_seconds).start()
    bot.close()
    return 0


def cmd_demo(args: argparse.Namespace, settings: Settings) -> int:
    from .intake.maildir import deliver_bytes, ensure_maildir

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
    from datetime import datetime, timedelta

    beat = settings.home / "heartbeat"
    if not beat.exists():
        print(f"unhealthy: no poll has finished yet ({beat} missing)")
        return 1
    last = datetime.fromisoformat(beat.read_text().strip())
    allowed = timedelta(seconds=max(3 * settings.poll_seconds, 120))
    age = Clock(args.now).now() - last
    if age > allowed:
        print(f"unhealthy: last mailbox poll finished {int(age.total_seconds())} s ago (allowed {int(allowed.total_seconds())} s)")
        return 1
    print(f"healthy: last mailbox poll finished {int(age.total_seconds())} s ago")
    return 0


# ---- classify / routing -------------------------------------------------------------------------


def cmd_classify(args: argparse.Namespace, settings: Settings) -> int:
    from classifiers.cli import classify_files

    return classify_files(args.files, sys.stdout, council_domains=settings.council.domains)


def cmd_routing_check(args: argparse.Namespace, settings: Settings) -> int:
    from .act.letters import Letters
    from .route import load_routing

    routing = load_routing(settings.routing_path)
    Letters(settings.templates_dir).check()
    print(f"{settings.routing_path}: OK - {len(routing.teams)} teams, {len(routing.rules)} rules, "
          f"fallback to {', '.join(routing.fallback)}")
    return 0


def cmd_routing_explain(args: argparse.Namespace, settings: Settings) -> int:
    from classifiers import Classifier

    from .parse import parse_message
    from .route import load_routing

    routing = load_routing(settings.routing_path)
    classifier = Classifier(council_domains=settings.council.domains)
    for name in args.files:
        parsed = parse_message(Path(name).read_bytes(), council_domains=settings.council.domains)
        classification = classifier.classify(parsed)
        decision = routing.route(classification.labels)
        if args.json:
            _dump({"file": name, "teams": decision.teams, "urgent": decision.urgent,
                   "matches": [m.__dict__ for m in decision.matches],
                   "labels": classification.labels.as_dict()})
            continue
        print(f"{name}:")
        labels = classification.labels.as_dict()
        print("  labels: " + ", ".join(f"{k}={v}" for k, v in labels.items()))
        for match in decision.matches:
            print(f"  rule {match.rule!r} matched because {match.reason} -> {', '.join(match.teams)}"
                  + (" (urgent)" if match.urgent else ""))
        for team in decision.teams:
            print(f"  send to {team}: {', '.join(routing.addresses(team))}")
    return 0


# ---- cases --------------------------------------------------------------------------------------


def _store(settings: Settings):
    from .store import Store

    settings.ensure_home()
    return Store(settings.store_path)


def cmd_cases_list(args: argparse.Namespace, settings: Settings) -> int:
    cases = _store(settings).all_cases()
    rows = [{
        "ref": c["ref"], "opened": c["opened_at"][:16].replace("T", " "), "status": c["status"],
        "shape": c["shape"], "kind": c["classification"]["labels"]["kind"],
        "safeguarding": "YES" if c.get("safeguarding") else "",
        "teams": ",".join(c["routing"]["teams"]), "messages": len(c["messages"]),
    } for c in sorted(cases, key=lambda c: c["ref"])]
    if args.json:
        _dump(rows)
    else:
        _print_table(rows, ["ref", "opened", "status", "shape", "kind", "safeguarding", "teams", "messages"])
    return 0


def cmd_cases_show(args: argparse.Namespace, settings: Settings) -> int:
    case = _store(settings).get_case(args.ref)
    if args.json:
        _dump(case)
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


# ---- quarantine ---------------------------------------------------------------------------------


def _quarantine(settings: Settings):
    from .quarantine import Quarantine

    return Quarantine(settings.quarantine_dir)


def cmd_quarantine_list(args: argparse.Namespace, settings: Settings) -> int:
    entries = _quarantine(settings).entries()
    rows = [{"id": e.id, "at": e.at, "stage": e.stage, "error": e.error, "reason": e.reason[:70]} for e in entries]
    if args.json:
        _dump([e.__dict__ for e in entries])
    else:
        _print_table(rows, ["id", "at", "stage", "error", "reason"])
    return 0


def cmd_quarantine_show(args: argparse.Namespace, settings: Settings) -> int:
    entry, data = _quarantine(settings).get(args.id)
    if args.json:
        _dump({**entry.__dict__, "headers": data.split(b"\n\n", 1)[0].decode("utf-8", "replace")})
        return 0
    for key, value in entry.__dict__.items():
        print(f"{key:10} {value}")
    print(f"{'file':10} {settings.quarantine_dir / entry.id / 'message.eml'}")
    return 0


def cmd_quarantine_requeue(args: argparse.Namespace, settings: Settings) -> int:
    bot = _bot(args, settings)
    key = bot.requeue(args.id)
    print(f"Requeued {args.id}: back in the mailbox as {key}; it is processed on the next poll "
          f"(or now with `complaints-bot run --once`).")
    return 0


# ---- argument parsing ---------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="complaints-bot", description=__doc__.splitlines()[0])
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--home", help="folder for all state (default var/, or COMPLAINTS_BOT_HOME)")
    common.add_argument("--config", help="settings file bot.toml (default: HOME/bot.toml, then the project's)")
    common.add_argument("--now", type=parse_now, help="act as if it were this time (ISO date or date-time, UK time)")
    common.add_argument("--json", action="store_true", help="print JSON for scripts instead of tables")
    common.add_argument("-v", "--verbose", action="store_true", help="log every message handled")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    run = sub.add_parser("run", parents=[common], help="watch the mailbox and act on every message")
    run.add_argument("--once", action="store_true", help="process what is waiting, then exit")
    run.set_defaults(func=cmd_run)
    sub.add_parser("demo", parents=[common], help="deliver the 80 sample emails into the mailbox").set_defaults(func=cmd_demo)

    sub.add_parser("health", parents=[common], help="exit 0 if the running bot polled its mailbox recently").set_defaults(func=cmd_health)

    classify = sub.add_parser("classify", parents=[common], help="print the twelve labels of .eml files, one JSON line each")
    classify.add_argument("files", nargs="+", metavar="FILE.eml")
    classify.set_defaults(func=cmd_classify)

    routing = sub.add_parser("routing", help="check routing.toml or explain a routing decision")
    rsub = routing.add_subparsers(dest="routing_command", required=True, metavar="ACTION")
    rsub.add_parser("check", parents=[common], help="validate routing.toml and the letter templates").set_defaults(func=cmd_routing_check)
    explain = rsub.add_parser("explain", parents=[common], help="which rules a message matches and why")
    explain.add_argument("files", nargs="+", metavar="FILE.eml")
    explain.set_defaults(func=cmd_routing_explain)

    cases = sub.add_parser("cases", help="list cases or show one")
    csub = cases.add_subparsers(dest="cases_command", required=True, metavar="ACTION")
    csub.add_parser("list", parents=[common], help="every case, newest last").set_defaults(func=cmd_cases_list)
    show = csub.add_parser("show", parents=[common], help="labels, evidence, routing and timeline of a case")
    show.add_argument("ref")
    show.set_defaults(func=cmd_cases_show)

    quarantine = sub.add_parser("quarantine", help="messages that could not be processed")
    qsub = quarantine.add_subparsers(dest="quarantine_command", required=True, metavar="ACTION")
    qsub.add_parser("list", parents=[common], help="what is in quarantine and why").set_defaults(func=cmd_quarantine_list)
    qshow = qsub.add_parser("show", parents=[common], help="one entry's reason and file")
    qshow.add_argument("id")
    qshow.set_defaults(func=cmd_quarantine_show)
    requeue = qsub.add_parser("requeue", parents=[common], help="put a message back through the flow")
    requeue.add_argument("id")
    requeue.set_defaults(func=cmd_quarantine_requeue)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if getattr(args, "verbose", False) or args.command == "run" else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    logging.getLogger("mailparser").setLevel(logging.ERROR)
    try:
        settings = load_settings(getattr(args, "config", None), getattr(args, "home", None))
        return args.func(args, settings)
    except ConfigError as exc:
        print(f"configuration error: {exc}", file=sys.stderr)
        return 2
    except BotError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())

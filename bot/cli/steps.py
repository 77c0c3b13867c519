"""``step``, ``deadlines``, ``calendar``, ``chasers`` and ``digest``: the process deadlines.

Every command accepts ``--now`` so an admin can see what would happen on a date.
"""

from __future__ import annotations

import argparse
from datetime import date

from ..clock import Clock
from ..config import Settings
from ..errors import BotError
from ..act.letters import long_date
from .common import dump, make_bot, print_table


def _by(args: argparse.Namespace) -> str:
    return args.by or "cli"


def cmd_step(args: argparse.Namespace, settings: Settings) -> int:
    bot = make_bot(args, settings)
    when = bot.clock.now()
    work = bot.casework
    if args.action == "done":
        case = work.done(args.ref, args.step, by=_by(args), when=when)
    elif args.action == "extend":
        if args.days is None or not args.reason:
            raise BotError("extend needs a number of working days and --reason")
        case = work.extend(args.ref, args.step, args.days, args.reason, by=_by(args), when=when)
    elif args.action == "pause":
        case = work.pause(args.ref, args.step, args.reason or "paused by an officer", by=_by(args), when=when)
    elif args.action == "resume":
        if "." not in args.step and any(p["process"] == args.step for p in bot.store.get_case(args.ref)["processes"]):
            case = work.resume_process(args.ref, args.step, by=_by(args), when=when)
        else:
            case = work.resume(args.ref, args.step, by=_by(args), when=when)
    last = case["audit"][-1]
    print(f"{case['ref']}: {last['action']} - {last['detail']}")
    bot.close()
    return 0


def cmd_deadlines(args: argparse.Namespace, settings: Settings) -> int:
    bot = make_bot(args, settings)
    now = bot.clock.now()
    rows = bot.chasers.deadlines.running(bot.store.all_cases(), now)
    if args.team:
        rows = [r for r in rows if r.step.owner in bot.routing.roles and bot.routing.role_team(r.step.owner) == args.team]
    owed = bot.chasers.deadlines.owed(bot.store.all_cases(), now)
    table = [{
        "ref": r.ref, "step": f"{r.step.process}.{r.step.step}", "owner": r.step.owner,
        "team": bot.routing.role_team(r.step.owner) if r.step.owner in bot.routing.roles else "",
        "due": bot.calendar.local(r.step.due).strftime("%a %d %b %Y %H:%M"),
        "state": "OVERDUE" if r.step.overdue else r.step.status, "safeguarding": "YES" if r.safeguarding else "",
    } for r in rows]
    if args.json:
        dump({"now": now.isoformat(), "steps": table,
              "chasers_owed": [{"ref": c["ref"], "chasers": [ch.key for ch in chs]} for c, chs in owed]})
    else:
        print(f"As at {bot.calendar.local(now):%A %d %B %Y %H:%M}:")
        print_table(table, ["ref", "step", "team", "due", "state", "safeguarding"])
        count = sum(len(chs) for _, chs in owed)
        print(f"\n{count} chaser(s) owed now; `complaints-bot chasers send` sends them.")
    bot.close()
    return 0


def cmd_calendar_add(args: argparse.Namespace, settings: Settings) -> int:
    calendar = settings.calendar()
    start = date.fromisoformat(args.start) if args.start else Clock(args.now).now().astimezone(calendar.tz).date()
    end = calendar.add_working_days(start, args.n)
    skipped = []
    day = start
    while day < end:
        day = date.fromordinal(day.toordinal() + 1)
        if not calendar.is_working_day(day):
            reason = calendar.holiday_name(day) or ("closure day" if calendar.is_closure(day) else day.strftime("%A"))
            skipped.append({"date": day.isoformat(), "why": reason})
    if args.json:
        dump({"from": start.isoformat(), "working_days": args.n, "result": end.isoformat(),
              "deadline": calendar.deadline_at(end).isoformat(), "skipped": skipped})
        return 0
    print(f"{args.n} working days after {long_date(start)} is {long_date(end)} "
          f"(deadline {calendar.deadline_at(end):%H:%M} UK time).")
    print("The day of receipt is day 0. Days skipped:")
    for item in skipped:
        print(f"  {item['date']}  {item['why']}")
    if not skipped:
        print("  none")
    return 0


def cmd_chasers_send(args: argparse.Namespace, settings: Settings) -> int:
    bot = make_bot(args, settings)
    result = bot.chasers.tick(bot.clock.now())
    if args.json:
        dump(result.__dict__)
    else:
        print(f"queued {result.messages} chaser message(s) for {result.cases} case(s) ({result.keys} due chasers recorded)")
    bot.close()
    return 0


def cmd_digest(args: argparse.Namespace, settings: Settings) -> int:
    bot = make_bot(args, settings)
    now = bot.clock.now()
    if args.send:
        teams = bot.digests.send(now, [args.team] if args.team else None)
        print(f"digest queued for: {', '.join(teams) or 'nobody (not a working day, nothing to report, or already sent)'}")
        bot.close()
        return 0
    digests = bot.digests.build_all(now)
    for key, digest in digests.items():
        if args.team and key != args.team:
            continue
        rendered = bot.letters.render("digest", council=settings.council, team=bot.routing.teams[key],
                                      digest=digest, now=now)
        print(f"== {rendered.subject}\n{rendered.text}")
    bot.close()
    return 0


def register(sub, common) -> None:
    step = sub.add_parser("step", parents=[common], help="mark a process step done, extend, pause or resume it")
    step.add_argument("action", choices=["done", "extend", "pause", "resume"])
    step.add_argument("ref", help="case reference, e.g. ASC-2026-00042")
    step.add_argument("step", help="PROCESS.STEP (or STEP when unique; for resume, a whole PROCESS)")
    step.add_argument("days", nargs="?", type=int, help="for extend: working days to add")
    step.add_argument("--reason", help="why (required for extend)")
    step.add_argument("--by", help="who is acting (recorded in the audit trail)")
    step.set_defaults(func=cmd_step)

    deadlines = sub.add_parser("deadlines", parents=[common], help="running steps, soonest first, and chasers owed")
    deadlines.add_argument("--team", help="only steps owned by this team")
    deadlines.set_defaults(func=cmd_deadlines)

    calendar = sub.add_parser("calendar", help="working-day arithmetic")
    csub = calendar.add_subparsers(dest="calendar_command", required=True, metavar="ACTION")
    add = csub.add_parser("add", parents=[common], help="the date N working days after a date, with the days skipped")
    add.add_argument("n", type=int)
    add.add_argument("--from", dest="start", help="start date (default: today)")
    add.set_defaults(func=cmd_calendar_add)

    chasers = sub.add_parser("chasers", help="reminders and escalations")
    chsub = chasers.add_subparsers(dest="chasers_command", required=True, metavar="ACTION")
    chsub.add_parser("send", parents=[common], help="queue every chaser owed now (the runner does this every 15 minutes)").set_defaults(func=cmd_chasers_send)

    digest = sub.add_parser("digest", parents=[common], help="show (or --send) each team's daily digest")
    digest.add_argument("--team")
    digest.add_argument("--send", action="store_true", help="queue it in the outbox instead of printing it")
    digest.set_defaults(func=cmd_digest)


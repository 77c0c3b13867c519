"""``backup`` and ``restore``: a consistent copy of the home while the bot runs, and bringing it back.

What is copied, in which order and why it is consistent: ``bot/backup.py`` and
docs/backup-and-upgrade.md.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ..clock import Clock
from ..config import Settings
from .common import dump


def cmd_backup(args: argparse.Namespace, settings: Settings) -> int:
    from ..backup import make_backup, prune_backups

    now = Clock(args.now).now()
    result = make_backup(settings, Path(args.dest), now)
    manifest = result.manifest
    removed: list[Path] = []
    if args.keep_days is not None:
        # Pruning runs only after the new backup is complete, so a failed backup never costs an old one.
        removed = prune_backups(result.path.parent, args.keep_days, now, keep=result.path)
    if args.json:
        dump({"path": str(result.path), "schema_version": manifest.schema_version, "counts": manifest.counts,
              "moved_while_copying": result.vanished, "pruned": [str(p) for p in removed]})
    else:
        counts = manifest.counts
        print(f"Backed up {settings.home} to {result.path}")
        print(f"  {counts['cases']} cases, {counts['ignored']} ignored records, {counts['archive']} archived messages, "
              f"{counts['quarantine']} quarantined, {counts['outbox']} letters; {counts['files']} files, "
              f"store schema {manifest.schema_version}")
        print("  The file holds personal data: keep it private (it is written 0600).")
        if args.keep_days is not None:
            print(f"  Removed {len(removed)} dated backup(s) older than {args.keep_days} days from {result.path.parent}")
            for path in removed:
                print(f"    {path.name}")
    return 0


def cmd_restore(args: argparse.Namespace, settings: Settings) -> int:
    from ..backup import restore_backup

    result = restore_backup(Path(args.source), settings.home, force=args.force, now=Clock(args.now).now())
    manifest = result.manifest
    if args.json:
        dump({"home": str(result.home), "made_at": manifest.created_at, "schema_version": manifest.schema_version,
              "counts": manifest.counts, "replaced": str(result.replaced) if result.replaced else None,
              "migrations": result.migrations})
        return 0
    print(f"Restored {args.source} (made {manifest.created_at} by complaints-bot {manifest.bot_version}) "
          f"into {result.home}")
    print(f"  {manifest.counts.get('cases', 0)} cases, {manifest.counts.get('files', 0)} files, every checksum verified")
    if result.replaced:
        print(f"  The home's previous files were moved to {result.replaced}")
    for step in result.migrations:
        print(f"  Store upgraded from schema {step['from']} to {step['to']}; the old file is kept as {step['copy']}")
    return 0


def days(text: str) -> int:
    """--keep-days: a whole number of days, 1 or more (0 would prune the backup just made)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of days") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} would delete every older backup at once: give 1 or more days")
    return value


def register(sub, common) -> None:
    backup = sub.add_parser("backup", parents=[common],
                            help="copy the home (store, archive, quarantine, outbox, state) into one file, "
                                 "safely while the bot runs")
    backup.add_argument("dest", metavar="DEST", help="the backup file to write, or a folder for a dated .tar.gz")
    backup.add_argument("--keep-days", type=days, metavar="N",
                        help="after the backup is written, delete the dated backups in DEST's folder made more than "
                             "N days before it (files you named yourself are never touched)")
    backup.set_defaults(func=cmd_backup)
    restore = sub.add_parser("restore", parents=[common],
                             help="check a backup's checksums and bring it back into --home")
    restore.add_argument("source", metavar="SRC", help="a backup file made by `complaints-bot backup`")
    restore.add_argument("--force", action="store_true",
                         help="restore into a home that holds files (they are moved aside, not deleted)")
    restore.set_defaults(func=cmd_restore)

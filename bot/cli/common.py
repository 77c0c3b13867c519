"""Helpers shared by the command modules: tables for people, JSON for scripts."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from ..clock import Clock
from ..config import Settings


def print_table(rows: list[dict[str, Any]], columns: list[str], out=None) -> None:
    out = out or sys.stdout
    if not rows:
        print("(none)", file=out)
        return
    widths = {c: max(len(c), *(len(str(r.get(c, ""))) for r in rows)) for c in columns}
    print("  ".join(c.upper().ljust(widths[c]) for c in columns).rstrip(), file=out)
    for row in rows:
        print("  ".join(str(row.get(c, "")).ljust(widths[c]) for c in columns).rstrip(), file=out)


def dump(data: Any) -> None:
    print(json.dumps(data, indent=2, ensure_ascii=False, default=str))


def make_bot(args: argparse.Namespace, settings: Settings):
    from ..pipeline import Bot

    return Bot(settings, Clock(args.now))


def open_store(settings: Settings):
    from ..store import Store

    settings.ensure_home()
    return Store(settings.store_path)

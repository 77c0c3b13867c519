"""``sar``: a subject access export of everything held about one email address."""

from __future__ import annotations

import argparse
import hashlib
from pathlib import Path

from ..clock import Clock
from ..config import Settings
from .common import dump, open_store


def cmd_sar(args: argparse.Namespace, settings: Settings) -> int:
    from ..sar import export

    address = args.address.strip().lower()
    default = settings.home / "sar" / (f"{Clock(args.now).now():%Y%m%dT%H%M%S}-"
                                       f"{hashlib.sha256(address.encode()).hexdigest()[:8]}")
    out = Path(args.out) if args.out else default
    store = open_store(settings)
    index = export(settings, store, address, out, as_zip=args.zip)
    store.close()
    if args.json:
        dump({**index, "out": str(index.get("zip", out))})
    else:
        print(f"{len(index['cases'])} case(s), {len(index['messages'])} message(s), {len(index['letters'])} letter(s)"
              f" written to {index.get('zip', out)}")
    return 0


def register(sub, common) -> None:
    parser = sub.add_parser("sar", parents=[common], help="subject access export: everything held about an address")
    parser.add_argument("address", help="the person's email address")
    parser.add_argument("--out", help="folder to create (default HOME/sar/<time>-<hash>)")
    parser.add_argument("--zip", action="store_true", help="write a .zip instead of a folder")
    parser.set_defaults(func=cmd_sar)

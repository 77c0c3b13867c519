"""Subject access: everything the bot holds about one person, gathered into a folder or a zip.

A person is found by email address: cases where they are the complainant or
a party, or sent any of the case's messages; ignored records of their
messages; the exact archived bytes of each such message; and every letter in
the outbox addressed to them (To or Cc).  The export is written private (0700
folders, 0600 files) because it is personal data; ``index.json`` lists what
is in it.
"""

from __future__ import annotations

import email
import email.parser
import email.policy
import json
import shutil
from email.utils import getaddresses
from pathlib import Path
from typing import Any

from .archive import Archive
from .config import Settings
from .errors import BotError
from .fsutil import atomic_write, private_dir
from .store import Store


def _involves(case: dict[str, Any], address: str) -> bool:
    return (case.get("complainant", {}).get("address", "").lower() == address
            or address in [p.lower() for p in case.get("parties", [])]
            or any(m.get("from", "").lower() == address for m in case.get("messages", [])))


def _sender_of(archive: Archive, sha: str) -> str:
    """The From address of an archived message (ignored records keep no address of their own)."""
    if not sha or sha not in archive:
        return ""
    headers = email.parser.BytesHeaderParser(policy=email.policy.compat32).parsebytes(archive.get(sha))
    pairs = getaddresses([str(v) for v in headers.get_all("From", [])])
    return pairs[0][1].lower() if pairs else ""


def _letters_to(settings: Settings, address: str) -> list[Path]:
    found = []
    for sub in ("new", "cur"):
        folder = settings.outbox_dir / sub
        if not folder.exists():
            continue
        for path in sorted(folder.iterdir()):
            message = email.message_from_bytes(path.read_bytes(), policy=email.policy.compat32)
            recipients = getaddresses([str(v) for k in ("To", "Cc") for v in message.get_all(k, [])])
            if any(a.lower() == address for _n, a in recipients):
                found.append(path)
    return found


def export(settings: Settings, store: Store, address: str, out: Path, *, as_zip: bool = False) -> dict[str, Any]:
    """Write the export to ``out`` (a folder, or ``out`` + .zip) and return its index."""
    address = address.strip().lower()
    if "@" not in address:
        raise BotError(f"{address!r} is not an email address")
    if out.exists():
        raise BotError(f"{out} already exists: choose a new folder for the export")
    archive = Archive(settings.archive_dir)
    cases = [c for c in store.all_cases() if _involves(c, address)]
    ignored = [r for r in store.all_ignored() if _sender_of(archive, r.get("sha256", "")) == address]
    private_dir(out)
    hashes = sorted({m["sha256"] for c in cases for m in c.get("messages", []) if m.get("sha256")}
                    | {r["sha256"] for r in ignored if r.get("sha256")})
    messages = []
    for sha in hashes:
        if sha in archive:
            atomic_write(out / "messages" / f"{sha}.eml", archive.get(sha))
            messages.append(f"messages/{sha}.eml")
    letters = []
    for path in _letters_to(settings, address):
        name = path.name.split(":")[0] + ".eml"
        atomic_write(out / "letters" / name, path.read_bytes())
        letters.append(f"letters/{name}")
    atomic_write(out / "cases.json", json.dumps(cases, indent=2, ensure_ascii=False).encode("utf-8"))
    atomic_write(out / "ignored.json", json.dumps(ignored, indent=2, ensure_ascii=False).encode("utf-8"))
    index = {"address": address, "cases": [c["ref"] for c in cases], "ignored_records": len(ignored),
             "messages": messages, "letters": letters}
    atomic_write(out / "index.json", json.dumps(index, indent=2).encode("utf-8"))
    if as_zip:
        archive_path = Path(shutil.make_archive(str(out), "zip", root_dir=out))
        archive_path.chmod(0o600)
        shutil.rmtree(out)
        index["zip"] = str(archive_path)
    return index

"""Retention: closed cases leave the bot's storage a set time after closure.

A case is due when its status is "closed" and ``closed_at`` plus
``[retention] years_after_closure`` (6 by default) has passed.  Removing it
("delete") takes away the case document, its messages' archived bytes, the
copies of those bytes in the mailbox's .Processed folder and the letters in the
outbox; "anonymise" keeps the case document with its reference, dates, shape,
teams and outcome only, and removes the same files.  Archived bytes another
case or an ignored record still uses are kept.

Nothing happens without ``apply``: the plan is a dry run.  Each applied run
appends one entry (time, action, counts, references: never personal data) to
``HOME/retention-log.json``.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from tinydb import Query

from .act.outbox import file_name
from .archive import Archive
from .config import Settings
from .fsutil import atomic_write
from .store import Store, iso

# What an anonymised case keeps: enough to count and audit the council's complaint handling.
KEPT_FIELDS = ("ref", "status", "shape", "opened_at", "received_at", "closed_at", "outcome", "safeguarding",
               "urgent", "linked_to")


@dataclass
class RetentionReport:
    """What a run did or would do: references and counts only."""

    at: str
    action: str
    applied: bool
    years_after_closure: int
    refs: list[str] = field(default_factory=list)
    archived_messages_removed: int = 0
    mailbox_copies_removed: int = 0
    letters_removed: int = 0
    archived_messages_kept_shared: int = 0

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def closure_deadline(closed_at: str, years: int) -> datetime:
    """closed_at plus whole years (29 February counts to 28 February in a common year)."""
    closed = datetime.fromisoformat(closed_at)
    try:
        return closed.replace(year=closed.year + years)
    except ValueError:
        return closed.replace(year=closed.year + years, day=28)


def due_cases(store: Store, now: datetime, years: int) -> list[dict[str, Any]]:
    """Closed cases whose retention period has ended, oldest closure first (anonymised ones are done)."""
    due = []
    for case in store.all_cases():
        if case.get("status") != "closed" or not case.get("closed_at") or case.get("anonymised_at"):
            continue
        deadline = closure_deadline(case["closed_at"], years)
        if deadline.tzinfo is None and now.tzinfo is not None:
            deadline = deadline.replace(tzinfo=now.tzinfo)
        if deadline <= now:
            due.append(case)
    return sorted(due, key=lambda c: c["closed_at"])


def anonymised(case: dict[str, Any], now: datetime) -> dict[str, Any]:
    """The case with everything personal gone: kept fields, team names, counts."""
    kept = {key: case[key] for key in KEPT_FIELDS if key in case}
    kept["routing"] = {"teams": list(case.get("routing", {}).get("teams", []))}
    kept["counts"] = {"messages": len(case.get("messages", [])), "letters": len(case.get("sent", []))}
    kept["anonymised_at"] = iso(now)
    return kept


class Retention:
    """Plan and apply the retention of closed cases over one home."""

    def __init__(self, settings: Settings, store: Store):
        self.settings = settings
        self.store = store
        self.archive = Archive(settings.archive_dir)
        self.log_path = settings.home / "retention-log.json"

    def run(self, now: datetime, *, apply: bool = False) -> RetentionReport:
        policy = self.settings.retention
        report = RetentionReport(iso(now), policy.action, apply, policy.years_after_closure)
        due = due_cases(self.store, now, policy.years_after_closure)
        report.refs = [c["ref"] for c in due]
        if not due:
            return report
        due_refs = set(report.refs)
        still_used = self._hashes_in_use(excluding=due_refs)
        hashes = {m["sha256"] for c in due for m in c.get("messages", []) if m.get("sha256")}
        removable = hashes - still_used
        report.archived_messages_kept_shared = len(hashes & still_used)
        letters = {file_name(s["message_id"]) for c in due for s in c.get("sent", []) if s.get("message_id")}
        if not apply:
            report.archived_messages_removed = sum(1 for h in removable if h in self.archive)
            report.mailbox_copies_removed = len(self._mailbox_copies(removable))
            report.letters_removed = len(self._letter_files(letters))
            return report
        # The store first: once the case is gone nothing points at the files, and a crash after
        # this line leaves only unreferenced files, which the next run's counts do not need.
        with self.store.locked():
            for case in due:
                if policy.action == "anonymise":
                    self.store.cases.update(_replace_with(anonymised(case, now)), Query().ref == case["ref"])
                else:
                    self.store.cases.remove(Query().ref == case["ref"])
        for sha in removable:
            path = self.archive.path_for(sha)
            if path.exists():
                path.unlink()
                report.archived_messages_removed += 1
        for path in self._mailbox_copies(removable):
            path.unlink()
            report.mailbox_copies_removed += 1
        for path in self._letter_files(letters):
            path.unlink()
            report.letters_removed += 1
        self._record(report)
        return report

    def _hashes_in_use(self, excluding: set[str]) -> set[str]:
        used = {m["sha256"] for c in self.store.all_cases() if c["ref"] not in excluding
                for m in c.get("messages", []) if m.get("sha256")}
        used |= {r["sha256"] for r in self.store.all_ignored() if r.get("sha256")}
        return used

    def _mailbox_copies(self, hashes: set[str]) -> list[Path]:
        """Handled messages kept in the Maildir's .Processed folder whose bytes are due to go."""
        if not hashes:
            return []
        folder = self.settings.mailbox_dir / ".Processed" / "cur"
        if not folder.exists():
            return []
        return [p for p in sorted(folder.iterdir())
                if p.is_file() and hashlib.sha256(p.read_bytes()).hexdigest() in hashes]

    def _letter_files(self, names: set[str]) -> list[Path]:
        found = []
        for sub in ("new", "cur"):
            folder = self.settings.outbox_dir / sub
            if folder.exists():
                found += [p for p in sorted(folder.iterdir()) if p.name.split(":")[0] in names]
        return found

    def _record(self, report: RetentionReport) -> None:
        entries = json.loads(self.log_path.read_text(encoding="utf-8")) if self.log_path.exists() else []
        entries.append(report.as_dict())
        atomic_write(self.log_path, json.dumps(entries, indent=2).encode("utf-8"))


def _replace_with(replacement: dict[str, Any]):
    """A TinyDB update that replaces the whole document (update() with a dict only adds or replaces keys)."""
    def transform(document: dict[str, Any]) -> None:
        document.clear()
        document.update(replacement)
    return transform

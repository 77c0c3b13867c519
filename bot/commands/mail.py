"""Officer commands arriving by email: authenticate, run, record, and answer with a transcript."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from ..records import ParsedMessage, RawMessage
from ..store import Store, audit, iso
from .auth import CommandAuth, Verdict
from .execute import CommandRunner, Outcome
from .reply import read_commands


def new_text(parsed: ParsedMessage) -> str:
    """The officer's own words: the top of the reply, never quoted text."""
    return next((s.text for s in parsed.segments if s.origin in ("new", "cover_note")), "")


class MailCommands:
    def __init__(self, auth: CommandAuth, runner: CommandRunner, store: Store, actor):
        self.auth = auth
        self.runner = runner
        self.store = store
        self.actor = actor

    def handle(self, raw: RawMessage, sha: str, key: str, parsed: ParsedMessage, verdict: Verdict,
               now: datetime) -> tuple[str, str, str]:
        """(status, detail, ref) for the pipeline's outcome."""
        sender = parsed.from_addr.lower()
        if not verdict.accepted:
            return self._refuse(sha, key, parsed, verdict, now)
        transcript = read_commands(new_text(parsed))
        outcomes = self.runner.run(verdict.token.ref, transcript.commands, by=sender, when=now,
                                   reply_text=transcript.reply_text)
        outcomes += [Outcome(line, False, why) for line, why in transcript.errors]
        record = {
            "key": key, "message_id": parsed.message_id, "sha256": sha, "subject": parsed.subject,
            "from": sender, "date": iso(parsed.date) if parsed.date else "", "received_at": iso(now),
            "source": raw.source, "command": True,
        }

        def change(case: dict[str, Any]) -> None:
            case["messages"].append(record)
            case.setdefault("commands", []).append({
                "message_id": parsed.message_id, "from": sender, "at": iso(now),
                "lines": [{"line": o.line, "ok": o.ok, "said": o.said} for o in outcomes]})
            if not outcomes:
                audit(case, now, "officer message", "a reply with no commands joined the case", sender)

        self.store.update_case(verdict.token.ref, change)
        self.actor.queue_transcript(verdict.token.ref, sender, parsed.message_id, sha, outcomes, refused="")
        done = sum(1 for o in outcomes if o.ok)
        return "command", f"{done} of {len(outcomes)} command line(s) carried out", verdict.token.ref

    def _refuse(self, sha: str, key: str, parsed: ParsedMessage, verdict: Verdict, now: datetime):
        sender = parsed.from_addr.lower()
        reason = f"command refused: {verdict.reason}"
        self.store.record_ignored({"key": key, "message_id": parsed.message_id, "sha256": sha, "at": iso(now),
                                   "received_at": iso(now), "reason": reason, "kind": "command", "signs": []})
        if verdict.case is not None:
            self.store.update_case(verdict.token.ref, lambda case: audit(
                case, now, "command refused", f"{verdict.reason} (message {parsed.message_id})", sender or "unknown"))
            # Only someone routing.toml knows hears why; a forger learns nothing.
            if sender and self.actor.routing.is_officer(sender):
                self.actor.queue_transcript(verdict.token.ref, sender, parsed.message_id, sha, [], refused=verdict.reason)
        return "refused", reason, verdict.token.ref

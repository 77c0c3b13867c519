"""Typed records passed between the stages of the flow.

Each stage takes one of these and returns the next, so a reader can follow a
message from mailbox to store by following the types:
``RawMessage`` -> ``ParsedMessage`` -> ``Classification`` -> ``RouteDecision``
-> ``Case``.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

# Where a piece of text came from inside a message.  The classifier reads
# "new", "forwarded" and "quoted_own"; it never reads "cover_note" (an
# officer's words above a forward) or "quoted_other" (someone else's text,
# typically the council's own letter quoted back), per LABELS.md.
# "attachment" is a letter attached as a PDF, Word or text file to an email that
# says little itself ("please see attached"): it is read as the writer's words.
Origin = Literal["new", "forwarded", "quoted_own", "quoted_other", "cover_note", "signature", "attachment"]
CLASSIFIED_ORIGINS: tuple[str, ...] = ("new", "forwarded", "quoted_own", "attachment")


@dataclass(frozen=True)
class RawMessage:
    """Bytes exactly as the mailbox gave them, and where they came from."""

    data: bytes
    source: str  # e.g. "maildir", "imap", "exchange", "requeue"
    source_key: str  # the mailbox's own id (Maildir key, IMAP UID ...)
    received_at: datetime  # when the bot took it from the mailbox (aware, UTC)
    # True for mail that was already in the mailbox before the bot was first switched on
    # (older than the backlog cut-off): it becomes a case, but nobody is acknowledged.
    backlog: bool = False


@dataclass(frozen=True)
class Attachment:
    filename: str
    content_type: str
    size: int
    note: str = ""  # e.g. "decoded from winmail.dat"


@dataclass(frozen=True)
class TextSegment:
    """A run of text with its origin, so evidence can say where it was found."""

    text: str
    origin: Origin
    author: str = ""  # address of who wrote it, where known


@dataclass(frozen=True)
class ForwardedMessage:
    """An original message found inside an officer's forward."""

    style: Literal["inline", "rfc822"]
    from_name: str
    from_addr: str
    subject: str
    date: str
    text: str


@dataclass
class ParsedMessage:
    """What the parse stage understood of one message."""

    message_id: str
    subject: str
    from_name: str
    from_addr: str
    to: list[str]
    cc: list[str]
    reply_to: list[str]
    date: datetime | None
    in_reply_to: str
    references: list[str]
    headers: dict[str, str]  # selected headers, lower-case names
    text: str  # whole text body (HTML converted), as the writer sent it
    segments: list[TextSegment]
    attachments: list[Attachment] = field(default_factory=list)
    forwarded: list[ForwardedMessage] = field(default_factory=list)
    content_type: str = "text/plain"
    report_type: str = ""  # multipart/report's report-type, if any
    html_only: bool = False
    defects: list[str] = field(default_factory=list)
    html: str = ""  # the sender's HTML body, UNSANITISED: pass through bot.parse.html.sanitise_html to show it

    def classified_text(self) -> str:
        """The text the classifier reads: the writer's, never a cover note or quoted council text."""
        return "\n\n".join(s.text for s in self.segments if s.origin in CLASSIFIED_ORIGINS)


# ---- classification -------------------------------------------------------------------------

LABEL_FIELDS: tuple[str, ...] = (
    "kind",
    "formality",
    "professional",
    "funding",
    "care_charges",
    "safeguarding",
    "stage2_request",
    "ombudsman",
    "client_group",
    "representative",
    "needs",
    "sender_role",
)

Confidence = Literal["high", "medium", "low"]


@dataclass
class Labels:
    """The twelve fields of LABELS.md, spelled exactly as it spells them."""

    kind: str = "enquiry"  # complaint, compliment, enquiry, auto_reply, spam
    formality: str | None = None  # formal, informal, unclear, None
    professional: bool = False
    funding: str = "unknown"  # self_funded, council_funded, unknown
    care_charges: bool = False
    safeguarding: bool = False
    stage2_request: bool = False
    ombudsman: bool = False
    client_group: str = "unknown"  # older_people, disability, unknown
    representative: bool = False
    needs: list[str] = field(default_factory=list)  # interpreter, bsl, accessible_format, advocacy
    sender_role: str = "public"  # public, professional, provider, officer_forward, system

    def as_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in LABEL_FIELDS}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Labels":
        return cls(**{k: data[k] for k in LABEL_FIELDS if k in data})


@dataclass(frozen=True)
class Evidence:
    """Why one field has its value: the span, where it was, which rule fired."""

    field: str
    value: Any
    text: str
    origin: str  # an Origin, or "headers"
    rule: str
    confidence: Confidence = "high"

    def as_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass
class Classification:
    labels: Labels
    evidence: list[Evidence] = field(default_factory=list)
    language: str = "en"
    confidence: dict[str, Confidence] = field(default_factory=dict)

    def evidence_for(self, name: str) -> list[Evidence]:
        return [e for e in self.evidence if e.field == name]

    def needs_confirmation(self) -> list[str]:
        """Fields an officer should confirm because they were set with low confidence."""
        return sorted(name for name, level in self.confidence.items() if level == "low")


# ---- routing --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Team:
    key: str
    name: str
    addresses: tuple[str, ...]
    manager: str = ""


@dataclass(frozen=True)
class RuleMatch:
    rule: str
    teams: tuple[str, ...]
    reason: str
    urgent: bool = False


@dataclass
class RouteDecision:
    teams: list[str]  # team keys, in order of urgency
    matches: list[RuleMatch]
    urgent: bool = False
    processes: list[str] = field(default_factory=list)  # process keys to open

    def explain(self) -> list[str]:
        return [f"{m.rule}: {m.reason} -> {', '.join(m.teams)}" for m in self.matches]

# The values LABELS.md allows for each field (None means "null").
LABEL_VALUES: dict[str, tuple[Any, ...]] = {
    "kind": ("complaint", "compliment", "enquiry", "auto_reply", "spam"),
    "formality": ("formal", "informal", "unclear", None),
    "professional": (True, False),
    "funding": ("self_funded", "council_funded", "unknown"),
    "care_charges": (True, False),
    "safeguarding": (True, False),
    "stage2_request": (True, False),
    "ombudsman": (True, False),
    "client_group": ("older_people", "disability", "unknown"),
    "representative": (True, False),
    "needs": ("interpreter", "bsl", "accessible_format", "advocacy"),
    "sender_role": ("public", "professional", "provider", "officer_forward", "system"),
}

"""Mailbox sources: where messages come from.  Maildir is the embedded default.

Every source gives :class:`~bot.records.RawMessage` objects and is told, once a
message is safely stored, to move it out of the way (``done``) or into its
quarantine folder (``set_aside``).  A message is only moved after the case
store has it, so a crash at any point leaves it in the mailbox to be read again.
"""

from __future__ import annotations

from typing import Iterator, Protocol

from ..records import RawMessage


class MailboxSource(Protocol):
    name: str

    def fetch(self) -> Iterator[RawMessage]:
        """Messages waiting to be processed, oldest first."""

    def done(self, message: RawMessage) -> None:
        """The message is stored: move it to the processed folder."""

    def set_aside(self, message: RawMessage) -> None:
        """The message is quarantined: move it to the quarantine folder."""

    def deliver(self, data: bytes) -> str:
        """Put bytes into the inbox (used by requeue and the demo); returns the key."""

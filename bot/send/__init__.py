"""Sending what the outbox holds: SMTP (smtplib) or Exchange (EWS), drained with retries.

The pipeline only ever writes complete messages into the durable outbox
(``bot/act/outbox.py``); a :class:`~bot.send.drainer.Drainer` sends them with a
:class:`Sender` and moves each to ``cur/`` once the server has accepted it.
A sender raises :class:`DeliveryError` for a reply about one message
(temporary 4xx or permanent 5xx) and :class:`TransportDown` when the server
cannot be used at all (unreachable, TLS, wrong password): the first affects
that message, the second pauses the whole queue without blaming any message.
"""

from __future__ import annotations

from typing import Protocol

from ..errors import OutboxError


class DeliveryError(OutboxError):
    """The server answered about this message: ``permanent`` (5xx) or temporary (4xx)."""

    def __init__(self, message: str, *, permanent: bool, code: int | None = None):
        super().__init__(message)
        self.permanent = permanent
        self.code = code


class TransportDown(OutboxError):
    """The sending server cannot be used at all just now; no message is to blame."""


class Sender(Protocol):
    name: str

    def send(self, data: bytes, mail_from: str, recipients: list[str]) -> dict[str, tuple[int, str]]:
        """Hand one message over; returns the recipients refused while others were accepted."""

    def close(self) -> None:
        """End the connection (the drainer calls this after each run)."""

    def check(self) -> dict:
        """Connect and sign in without sending, for `complaints-bot outbox check`."""


def open_sender(settings) -> Sender | None:
    """The sender [outbox] names, or None for the embedded default (the outbox is only written)."""
    from ..errors import ConfigError

    kind = settings.outbox.get("type", "maildir")
    if kind == "maildir":
        return None
    if kind == "smtp":
        from .smtp import open_smtp

        return open_smtp(settings)
    if kind == "exchange":
        from .ews import open_ews_sender

        return open_ews_sender(settings)
    raise ConfigError(settings.config_path or "bot.toml", f"outbox type {kind!r} is not known",
                      'use type = "maildir", "smtp" or "exchange" under [outbox] (see docs/mailboxes.md)')


def open_drainer(settings, outbox=None):
    """The outbox drainer for these settings, or None when nothing is configured to send."""
    sender = open_sender(settings)
    if sender is None:
        return None
    from ..act.outbox import Outbox
    from .drainer import Drainer, drainer_options

    return Drainer(outbox or Outbox(settings.outbox_dir), sender, drainer_options(settings))

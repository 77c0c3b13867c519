"""Send through Exchange Web Services: the outbox's MIME handed to Exchange as it is.

Used when the council's mail is Exchange / Microsoft 365 and SMTP submission is
switched off.  The app signs in as for intake (OAuth2 client credentials with
msal, impersonating the complaints mailbox) and creates each message from its
MIME with "send and save a copy", so it also appears in the mailbox's Sent
Items.  The credentials are those of [outbox] when it names its own ``email``,
otherwise those of an Exchange [mailbox].  Exchange reports a bad recipient
either at once (ErrorInvalidRecipients: permanent) or later as a bounce (NDR),
which intake matches back to the case.
"""

from __future__ import annotations

from exchangelib import Message
from exchangelib.errors import (
    ErrorInternalServerTransientError,
    ErrorMailboxStoreUnavailable,
    ErrorServerBusy,
    ErrorTimeoutExpired,
)

from ..config import Settings
from ..errors import ConfigError, MailboxError
from ..intake.exchange import (
    EWS_ERRORS,
    ExchangeSource,
    MsalCredentials,
    exchange_options,
    connection_failure,
    exchange_tokens,
    explain,
)
from . import DeliveryError, TransportDown

# The server's state, not the message's fault: pause the queue and try again later.
BUSY = (ErrorServerBusy, ErrorTimeoutExpired, ErrorInternalServerTransientError, ErrorMailboxStoreUnavailable)


class EwsSender:
    name = "exchange"

    def __init__(self, source: ExchangeSource):
        self.source = source  # reused for its signed-in account and explanations

    def send(self, data: bytes, mail_from: str, recipients: list[str]) -> dict[str, tuple[int, str]]:
        options = self.source.options
        try:
            account = self.source.account()
            Message(account=account, folder=account.sent, mime_content=data).send(save_copy=True,
                                                                                  copy_to_folder=account.sent)
        except BUSY as exc:
            raise TransportDown(f"{options.where} is busy ({exc.__class__.__name__}: {exc})") from exc
        except EWS_ERRORS as exc:
            if connection_failure(exc):
                self.source.close()
                raise TransportDown(explain(exc, options)) from exc
            raise DeliveryError(f"{options.where} refused the message: {exc.__class__.__name__}: {exc}",
                                permanent=True) from exc
        return {}

    def close(self) -> None:
        """Sessions are pooled by exchangelib and kept between runs."""

    def check(self) -> dict:
        options = self.source.options
        try:
            sent = self.source.account().sent
        except EWS_ERRORS as exc:
            raise TransportDown(explain(exc, options)) from exc
        return {"server": options.where, "tls": "https", "signed_in_as": options.email,
                "saved_copies": sent.name}


def open_ews_sender(settings: Settings) -> EwsSender:
    if "email" in settings.outbox:
        table = "outbox"
    elif settings.mailbox.get("type") == "exchange":
        table = "mailbox"
    else:
        raise ConfigError(settings.config_path or "bot.toml", "[outbox] type = \"exchange\" needs an Exchange account",
                          "add email, tenant_id, client_id and client_secret_env under [outbox], "
                          "or use an Exchange [mailbox]")
    try:
        options = exchange_options(settings, table)
        return EwsSender(ExchangeSource(options, MsalCredentials(exchange_tokens(settings, table), options.email),
                                        settings.home / "exchange-send-state.json"))
    except MailboxError as exc:
        raise TransportDown(str(exc)) from exc

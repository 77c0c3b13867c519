"""The council's mailbox in Microsoft Exchange / Microsoft 365, over Exchange Web Services (exchangelib).

The bot signs in as an app registration with OAuth2 client credentials
(``msal``; Microsoft 365 refuses basic authentication) and acts on the shared
mailbox by impersonation.  The semantics are the IMAP source's: every message
in the folder is read (read or unread: an officer opening it in Outlook does
not hide it), the whole MIME is taken, and only after the case store has it is
the item moved to the Processed folder (or the Quarantine folder), or, with
``on_done = "flag"``, given an Outlook category the bot then skips.  A move of
an item already moved is a no-op, so a crash anywhere leaves the message to be
read again and recognised by the store.

Exchange item ids survive restarts and there is no UIDVALIDITY: the folder's
content *is* the queue.  Mail that was already there when the bot first read
the folder (or older than ``backlog_before``) is the backlog: no
acknowledgements.  There is no push here: the runner polls every
``poll_seconds``.
"""

from __future__ import annotations

import functools
import logging
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterator

import requests
from exchangelib import OAUTH2, Account, Configuration, Identity, Message, OAuth2Credentials
from exchangelib.errors import (
    EWSError,
    ErrorAccessDenied,
    ErrorImpersonateUserDenied,
    ErrorItemNotFound,
    ErrorNonExistentMailbox,
    ResponseMessageError,
    TransportError,
    UnauthorizedError,
)
from exchangelib.folders import Folder, FolderCollection
from exchangelib.protocol import BaseProtocol
from exchangelib.version import EXCHANGE_O365, Version
from oauthlib.oauth2 import OAuth2Token

from ..config import Settings, read_secret, table_option, table_path
from ..errors import MailboxError
from ..records import RawMessage
from .backoff import Backoff
from .imap import backlog_cutoff
from .imap_state import ImapState
from .oauth import DEFAULT_AUTHORITY, CAFileAdapter, ClientCredentialsToken, TokenError

log = logging.getLogger("complaints_bot.exchange")

PROCESSED_CATEGORY = "Complaints bot: processed"
QUARANTINE_CATEGORY = "Complaints bot: quarantined"
EWS_SCOPE = "https://outlook.office365.com/.default"


@dataclass(frozen=True)
class ExchangeOptions:
    email: str  # the mailbox's primary SMTP address
    service_endpoint: str = "https://outlook.office365.com/EWS/Exchange.asmx"
    folder: str = "Inbox"  # "Inbox", or a path from the top of the mailbox such as "Inbox/Complaints"
    processed_folder: str = "Processed"
    quarantine_folder: str = "Quarantine"
    on_done: str = "move"  # or "flag": an Outlook category instead of a move
    backlog_before: datetime | None = None
    backlog: bool = True
    batch: int = 25
    timeout: float = 60.0
    ca_file: str = ""
    retry_first_seconds: float = 1.0
    retry_max_seconds: float = 300.0

    @property
    def where(self) -> str:
        return f"Exchange ({self.service_endpoint}, mailbox {self.email})"


def exchange_options(settings: Settings, table: str = "mailbox") -> ExchangeOptions:
    def opt(key: str, default: Any = None, **kw: Any) -> Any:
        return table_option(settings, table, key, default, **kw)

    server = opt("server", "outlook.office365.com", kind=str)
    backlog_before, backlog = backlog_cutoff(settings, opt("backlog_before", "first-start"))
    return ExchangeOptions(
        email=opt("email", kind=str, required=True),
        service_endpoint=opt("service_endpoint", f"https://{server}/EWS/Exchange.asmx", kind=str),
        folder=opt("folder", "Inbox", kind=str),
        processed_folder=opt("processed_folder", "Processed", kind=str),
        quarantine_folder=opt("quarantine_folder", "Quarantine", kind=str),
        on_done=opt("on_done", "move", kind=str, choices=("move", "flag")),
        backlog_before=backlog_before,
        backlog=backlog,
        batch=int(opt("batch", 25, kind=int)),
        timeout=float(opt("timeout", 60, kind=(int, float))),
        ca_file=table_path(settings, table, "ca_file"),
        retry_first_seconds=float(opt("retry_first_seconds", 1, kind=(int, float))),
        retry_max_seconds=float(opt("retry_max_seconds", 300, kind=(int, float))),
    )


def exchange_tokens(settings: Settings, table: str = "mailbox") -> ClientCredentialsToken:
    def opt(key: str, default: Any = None, **kw: Any) -> Any:
        return table_option(settings, table, key, default, **kw)

    tenant = opt("tenant_id", kind=str, required=True)
    return ClientCredentialsToken(
        tenant_id=tenant,
        client_id=opt("client_id", kind=str, required=True),
        client_secret=read_secret(settings, table, "client_secret"),
        scope=opt("scope", EWS_SCOPE, kind=str),
        authority=opt("authority", DEFAULT_AUTHORITY.format(tenant=tenant), kind=str),
        ca_file=table_path(settings, table, "ca_file"),
        timeout=float(opt("timeout", 60, kind=(int, float))),
    )


class MsalCredentials(OAuth2Credentials):
    """exchangelib credentials whose tokens come from msal (client credentials), renewed before expiry.

    exchangelib would otherwise fetch tokens itself with oauthlib; going through msal
    keeps one sign-in path (and its error messages) for IMAP and EWS.
    """

    def __init__(self, tokens: ClientCredentialsToken, email: str):
        super().__init__(client_id=tokens.client_id, client_secret="", tenant_id=tokens.tenant_id,
                         identity=Identity(primary_smtp_address=email))
        self.tokens = tokens

    def _fresh(self) -> OAuth2Token:
        details = self.tokens.token_details()
        expires_in = int(details.get("expires_in", 3600))
        return OAuth2Token({"access_token": details["access_token"], "token_type": "Bearer",
                            "expires_in": expires_in, "expires_at": time.time() + expires_in})

    def session_params(self) -> dict:
        with self.lock:
            token = self.access_token
            if token is None or float(token.get("expires_at", 0)) < time.time() + 300:
                self.access_token = self._fresh()
            return {"token": self.access_token}

    def refresh(self, session) -> None:
        with self.lock:
            self.access_token = self._fresh()


def trust_ca_file(ca_file: str) -> None:
    """Make exchangelib trust a private CA (a council's own, or the tests' responder).

    exchangelib builds its HTTP sessions from one class attribute, so this applies to
    the whole process; Exchange Online's public certificate never needs it.
    """
    if ca_file:
        BaseProtocol.HTTP_ADAPTER_CLS = functools.partial(CAFileAdapter, ca_file)


def explain(exc: BaseException, options: ExchangeOptions) -> str:
    """An EWS failure in words an IT admin can act on."""
    where = options.where
    if isinstance(exc, TokenError):
        return str(exc)
    if isinstance(exc, ErrorImpersonateUserDenied):
        return (f"{where}: the app may not act as {options.email}: grant it the ApplicationImpersonation role "
                "(or full_access_as_app with an application access policy that includes this mailbox)")
    if isinstance(exc, (UnauthorizedError, ErrorAccessDenied)):
        return (f"{where} refused the app's token: check that the app has the Office 365 Exchange Online "
                f"permission full_access_as_app with admin consent ({exc})")
    if isinstance(exc, ErrorNonExistentMailbox):
        return f"{where}: there is no mailbox {options.email}: check email under [mailbox]"
    if isinstance(exc, TransportError) and not isinstance(exc, ResponseMessageError):
        return f"cannot talk to {where}: {exc}"
    if isinstance(exc, requests.exceptions.SSLError):
        return (f"TLS failure talking to {where}: the certificate is not trusted ({exc}); "
                "for a server with the council's own certificate authority set ca_file")
    if isinstance(exc, (requests.RequestException, OSError)):
        return f"cannot talk to {where}: {exc}"
    return f"{where}: {exc.__class__.__name__}: {exc}"


# Everything an EWS call can raise that the bot handles (exchangelib's errors, HTTP, sign-in).
EWS_ERRORS = (EWSError, requests.RequestException, OSError, TokenError)
# Of those, the ones that are about the connection or the sign-in rather than one item.
_SIGN_IN = (UnauthorizedError, ErrorAccessDenied, ErrorImpersonateUserDenied, ErrorNonExistentMailbox, TokenError)


def connection_failure(exc: BaseException) -> bool:
    """True when the server or the sign-in failed (back off and retry), not one request's content.

    exchangelib derives every per-item error (ErrorItemNotFound, ErrorInvalidRecipients ...) from
    TransportError, so "a TransportError that is not a ResponseMessageError" is the network failing.
    """
    if isinstance(exc, (_SIGN_IN, requests.RequestException, OSError)):
        return True
    return isinstance(exc, TransportError) and not isinstance(exc, ResponseMessageError)


class ExchangeSource:
    name = "exchange"

    def __init__(self, options: ExchangeOptions, credentials: MsalCredentials, state_path: Path,
                 *, now: Callable[[], datetime] = lambda: datetime.now(timezone.utc)):
        self.options = options
        self.credentials = credentials
        self.state = ImapState(state_path, f"{options.email}@{options.service_endpoint}/{options.folder}")
        self.now = now
        self.backoff = Backoff(options.retry_first_seconds, options.retry_max_seconds)
        self._account: Account | None = None
        self._folders: dict[str, Folder] = {}
        self._lock = threading.RLock()
        trust_ca_file(options.ca_file)

    # ---- the connection ---------------------------------------------------------------------------

    def account(self) -> Account:
        if self._account is None:
            config = Configuration(service_endpoint=self.options.service_endpoint, credentials=self.credentials,
                                   auth_type=OAUTH2, version=Version(build=EXCHANGE_O365), max_connections=2)
            self._account = Account(primary_smtp_address=self.options.email, config=config, autodiscover=False,
                                    access_type="impersonation")
        return self._account

    def _run(self, op: Callable[[Account], Any]) -> Any:
        with self._lock:
            wait = self.backoff.waiting()
            if wait > 0:
                raise MailboxError(f"{self.backoff.last_error}; next try in {wait:.0f} s")
            try:
                result = op(self.account())
            except MailboxError:
                raise
            except EWS_ERRORS as exc:
                if not connection_failure(exc):
                    raise MailboxError(explain(exc, self.options)) from exc
                self._account = None
                self._folders.clear()
                delay = self.backoff.failed(explain(exc, self.options))
                raise MailboxError(f"{explain(exc, self.options)}; next try in {delay:.0f} s") from exc
            self.backoff.reset()
            return result

    def _folder(self, account: Account, path: str, *, create: bool = False) -> Folder:
        """A folder by path from the top of the mailbox ("Inbox" is the distinguished inbox)."""
        if path in self._folders:
            return self._folders[path]
        parts = [p for p in path.split("/") if p]
        if parts and parts[0].lower() == "inbox":
            folder, parts = account.inbox, parts[1:]
        else:
            folder = account.msg_folder_root
        for name in parts:
            children = [f for f in FolderCollection(account=account, folders=[folder]).find_folders(depth="Shallow")
                        if isinstance(f, Folder)]
            found = next((f for f in children if (f.name or "").lower() == name.lower()), None)
            if found is None:
                if not create:
                    names = ", ".join(sorted(f.name for f in children if f.name))
                    raise MailboxError(f"the folder {path!r} does not exist in {self.options.email} "
                                       f"(under {folder.name!r} there are: {names or 'no folders'})")
                found = Folder(parent=folder, name=name)
                found.save()
                log.info("%s: created folder %s", self.options.where, path)
            folder = found
        self._folders[path] = folder
        return folder

    # ---- MailboxSource --------------------------------------------------------------------------

    def fetch(self) -> Iterator[RawMessage]:
        def listing(account: Account) -> list:
            inbox = self._folder(account, self.options.folder)
            if not self.state.started:
                self.state.start(self.now(), 0, 0)
            items = inbox.all().order_by("datetime_received").only("id", "changekey", "datetime_received",
                                                                   "categories")
            skip = {PROCESSED_CATEGORY, QUARANTINE_CATEGORY}
            return [(i.id, i.changekey) for i in items if isinstance(i, Message) and not skip & set(i.categories or [])]

        ids = self._run(listing)
        for start in range(0, len(ids), self.options.batch):
            chunk = ids[start:start + self.options.batch]
            items = self._run(lambda account: list(account.fetch(ids=chunk, only_fields=["mime_content",
                                                                                            "datetime_received"])))
            for (item_id, _changekey), item in zip(chunk, items):
                if isinstance(item, ErrorItemNotFound):
                    continue  # moved or deleted by someone else meanwhile
                if isinstance(item, Exception):
                    raise MailboxError(f"{self.options.where}: cannot read a message: {item}")
                arrived = item.datetime_received
                # EWSDateTime converts only to EWSTimeZone: go through the timestamp for a plain UTC datetime
                arrived = datetime.fromtimestamp(arrived.timestamp(), timezone.utc) if arrived else self.now()
                yield RawMessage(data=bytes(item.mime_content), source=self.name, source_key=item_id,
                                 received_at=arrived, backlog=self._is_backlog(arrived))

    def _is_backlog(self, arrived: datetime) -> bool:
        if not self.options.backlog:
            return False
        if self.options.backlog_before is not None:
            return arrived < self.options.backlog_before
        started = self.state.first_started_at()
        return started is not None and arrived < started

    def _finish(self, message: RawMessage, folder_path: str, category: str) -> None:
        def op(account: Account) -> None:
            if self.options.on_done == "flag":
                item = next(iter(account.fetch(ids=[(message.source_key, None)], only_fields=["categories"])))
                if isinstance(item, ErrorItemNotFound):
                    return
                if isinstance(item, Exception):
                    raise item
                item.categories = sorted(set(item.categories or []) | {category})
                item.save(update_fields=["categories"])
                return
            target = self._folder(account, folder_path, create=True)
            (result,) = account.bulk_move(ids=[(message.source_key, None)], to_folder=target)
            if isinstance(result, ErrorItemNotFound):
                return  # already moved: moving is idempotent
            if isinstance(result, Exception):
                raise result

        self._run(op)

    def done(self, message: RawMessage) -> None:
        self._finish(message, self.options.processed_folder, PROCESSED_CATEGORY)

    def set_aside(self, message: RawMessage) -> None:
        self._finish(message, self.options.quarantine_folder, QUARANTINE_CATEGORY)

    def deliver(self, data: bytes) -> str:
        def op(account: Account) -> str:
            item = Message(account=account, folder=self._folder(account, self.options.folder), mime_content=data)
            item.save()
            return item.id

        return self._run(op)

    def close(self) -> None:
        with self._lock:
            if self._account is not None:
                self._account.protocol.close()
            self._account = None
            self._folders.clear()

    # ---- for `complaints-bot mailbox check` ---------------------------------------------------------

    def check(self) -> dict[str, Any]:
        def op(account: Account) -> dict[str, Any]:
            inbox = self._folder(account, self.options.folder)
            top = account.msg_folder_root
            names = sorted(f.name for f in FolderCollection(account=account, folders=[top]).find_folders(
                depth="Shallow") if isinstance(f, Folder) and f.name)
            inbox.refresh()
            lower = {n.lower() for n in names}
            return {
                "server": self.options.where, "tls": "https", "auth": "OAuth2 client credentials",
                "username": self.options.email, "folders": names, "folder": self.options.folder,
                "messages": inbox.total_count, "unseen": inbox.unread_count,
                "processed_folder": self.options.processed_folder,
                "processed_folder_exists": self.options.processed_folder.lower() in lower,
                "quarantine_folder": self.options.quarantine_folder,
                "quarantine_folder_exists": self.options.quarantine_folder.lower() in lower,
                "first_started": self.state.folder.first_started,
            }

        return self._run(op)


def open_exchange(settings: Settings) -> ExchangeSource:
    options = exchange_options(settings)
    credentials = MsalCredentials(exchange_tokens(settings), options.email)
    return ExchangeSource(options, credentials, settings.home / "exchange-state.json")

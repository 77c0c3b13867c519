"""The council's mailbox over IMAP (imapclient): TLS, password or OAuth2, IDLE, UIDs only.

How a message travels: ``fetch`` reads it with ``BODY.PEEK[]`` (the \\Seen flag
is never set or read, so an officer opening it in Outlook changes nothing),
the pipeline archives and stores it, and only then ``done`` moves it to the
Processed folder (``set_aside`` to the Quarantine folder), or, on a server
without MOVE, marks it with a keyword the bot searches past.  Every step can
run twice safely: a crash before the move leaves the message in the inbox, it
is read again, the case store knows it, and it is moved without a second case
or a second acknowledgement.

Messages are named by UIDVALIDITY and UID, never by sequence number; the last
UID handled is kept on disk (``imap_state``) so a restart resumes where it
stopped, and a UIDVALIDITY change makes the bot read the folder again from the
start (the store recognises what it has seen).  A dropped connection is
reopened at once, then with exponential back-off.
"""

from __future__ import annotations

import imaplib
import ipaddress
import logging
import re
import socket
import ssl
import threading
import time
from dataclasses import dataclass
from datetime import date, datetime, time as dtime, timezone
from pathlib import Path
from typing import Any, Callable, Iterator

from imapclient import IMAPClient
from imapclient.exceptions import CapabilityError, IMAPClientError, LoginError

from ..config import Settings, read_secret, table_option, table_path
from ..errors import ConfigError, MailboxError
from ..records import RawMessage
from .backoff import Backoff
from .imap_state import ImapState
from .oauth import TokenError, TokenSource, token_source

log = logging.getLogger("complaints_bot.imap")

# Keywords used where the server has no MOVE; an officer's client cannot set them by accident.
PROCESSED_KEYWORD = "$ComplaintsBotProcessed"
QUARANTINE_KEYWORD = "$ComplaintsBotQuarantined"

# The connection itself failed (as opposed to a command being refused): reconnect and retry.
CONNECTION_ERRORS = (OSError, imaplib.IMAP4.abort, EOFError)

DEFAULT_PORTS = {"implicit": 993, "starttls": 143, "none": 143}


@dataclass(frozen=True)
class ImapOptions:
    host: str
    port: int
    tls: str  # "implicit" (IMAPS), "starttls", or "none" (loopback only)
    username: str
    auth: str = "password"  # or "oauth2" (XOAUTH2)
    folder: str = "INBOX"
    processed_folder: str = "Processed"
    quarantine_folder: str = "Quarantine"
    on_done: str = "auto"  # "auto": MOVE when the server has it, else flag; "move"; "flag"
    idle: bool = True
    idle_seconds: float = 600.0  # re-issue IDLE this often (servers drop it after 29-30 minutes)
    timeout: float = 60.0
    ca_file: str = ""
    backlog_before: datetime | None = None  # None: the moment the bot first reads the folder
    backlog: bool = True  # False: no backlog rule at all (every message may be acknowledged)
    batch: int = 25
    retry_first_seconds: float = 1.0
    retry_max_seconds: float = 300.0

    @property
    def where(self) -> str:
        return f"IMAP server {self.host}:{self.port}"

    @property
    def state_key(self) -> str:
        return f"{self.username}@{self.host}:{self.port}/{self.folder}"


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def backlog_cutoff(settings: Settings, value: Any) -> tuple[datetime | None, bool]:
    """``backlog_before``: "first-start" (default), "never", or a TOML date / date-time (UK time if bare)."""
    from ..clock import LONDON

    if value in (None, "first-start"):
        return None, True
    if value == "never":
        return None, False
    if isinstance(value, datetime):
        return (value if value.tzinfo else value.replace(tzinfo=LONDON)).astimezone(timezone.utc), True
    if isinstance(value, date):
        return datetime.combine(value, dtime(0, 0), LONDON).astimezone(timezone.utc), True
    raise ConfigError(settings.config_path or "bot.toml", f"[mailbox] backlog_before = {value!r} is not understood",
                      'use "first-start", "never" or a date such as 2026-11-01T09:00:00')


def imap_options(settings: Settings) -> ImapOptions:
    def opt(key: str, default: Any = None, **kw: Any) -> Any:
        return table_option(settings, "mailbox", key, default, **kw)

    tls = opt("tls", "implicit", kind=str, choices=("implicit", "starttls", "none"))
    host = opt("host", kind=str, required=True)
    if tls == "none" and not _is_loopback(host):
        raise ConfigError(settings.config_path or "bot.toml",
                          f"[mailbox] tls = \"none\" would send the password to {host} unencrypted",
                          'use tls = "implicit" (port 993) or tls = "starttls" (port 143)')
    backlog_before, backlog = backlog_cutoff(settings, opt("backlog_before", "first-start"))
    return ImapOptions(
        host=host,
        port=int(opt("port", DEFAULT_PORTS[tls], kind=int)),
        tls=tls,
        username=opt("username", kind=str, required=True),
        auth=opt("auth", "password", kind=str, choices=("password", "oauth2")),
        folder=opt("folder", "INBOX", kind=str),
        processed_folder=opt("processed_folder", "Processed", kind=str),
        quarantine_folder=opt("quarantine_folder", "Quarantine", kind=str),
        on_done=opt("on_done", "auto", kind=str, choices=("auto", "move", "flag")),
        idle=opt("idle", True, kind=bool),
        idle_seconds=float(opt("idle_seconds", 600, kind=(int, float))),
        timeout=float(opt("timeout", 60, kind=(int, float))),
        ca_file=table_path(settings, "mailbox", "ca_file"),
        backlog_before=backlog_before,
        backlog=backlog,
        batch=int(opt("batch", 25, kind=int)),
        retry_first_seconds=float(opt("retry_first_seconds", 1, kind=(int, float))),
        retry_max_seconds=float(opt("retry_max_seconds", 300, kind=(int, float))),
    )


# ---- signing in ---------------------------------------------------------------------------------


class PasswordLogin:
    def __init__(self, username: str, password: str):
        self.username = username
        self.password = password

    def __call__(self, client: IMAPClient) -> None:
        client.login(self.username, self.password)


class OAuth2Login:
    """XOAUTH2 with a token from Entra ID (msal) or from a file another program refreshes."""

    def __init__(self, username: str, tokens: TokenSource):
        self.username = username
        self.tokens = tokens

    def __call__(self, client: IMAPClient) -> None:
        client.oauth2_login(self.username, self.tokens.token())


def login_for(settings: Settings, options: ImapOptions) -> Callable[[IMAPClient], None]:
    if options.auth == "oauth2":
        return OAuth2Login(options.username, token_source(settings, "mailbox"))
    return PasswordLogin(options.username, read_secret(settings, "mailbox", "password"))


def explain(exc: BaseException, options: ImapOptions) -> str:
    """What went wrong, in words an IT admin can act on."""
    where = options.where
    if isinstance(exc, TokenError):
        return str(exc)
    if isinstance(exc, ssl.SSLCertVerificationError):
        return (f"TLS failure: the certificate of {where} is not trusted ({exc.verify_message}); "
                "if the council uses its own certificate authority, set ca_file under [mailbox]")
    if isinstance(exc, ssl.SSLError):
        return (f"TLS failure talking to {where} ({exc.reason or exc}); check that tls = \"{options.tls}\" "
                "suits that port (993 is normally implicit TLS, 143 STARTTLS)")
    if isinstance(exc, LoginError):
        if options.auth == "oauth2":
            return (f"{where} refused the OAuth2 token for {options.username} ({_text(exc)}); check that the app "
                    "has IMAP.AccessAsApp with admin consent and that its service principal was given access "
                    "to this mailbox (Add-MailboxPermission)")
        return f"{where} refused the username or password for {options.username} ({_text(exc)}): wrong password?"
    if isinstance(exc, CapabilityError) and "STARTTLS" in str(exc).upper():
        return f"{where} does not offer STARTTLS: use tls = \"implicit\" and its IMAPS port (normally 993)"
    if isinstance(exc, socket.gaierror):
        return f"the name {options.host} cannot be found (DNS): check host under [mailbox]"
    if isinstance(exc, ConnectionRefusedError):
        return f"nothing accepts connections at {where}: check host and port, and that the server is running"
    if isinstance(exc, (TimeoutError, socket.timeout)):
        return f"no answer from {where} within {options.timeout:.0f} s: a firewall may be dropping the connection"
    if isinstance(exc, (imaplib.IMAP4.abort, EOFError, ConnectionResetError, BrokenPipeError)):
        return f"{where} closed the connection ({_text(exc) or 'no reason given'})"
    if isinstance(exc, OSError):
        return f"cannot talk to {where}: {exc.strerror or exc}"
    return f"{where}: {_text(exc)}"


def _text(exc: BaseException) -> str:
    text = str(exc)
    return text[2:-1] if text.startswith(("b'", 'b"')) else text


def connect(options: ImapOptions, login: Callable[[IMAPClient], None]) -> IMAPClient:
    """A logged-in connection, TLS verified; raises MailboxError with an explanation."""
    context = ssl.create_default_context(cafile=options.ca_file or None)
    client = None
    try:
        if options.tls == "implicit":
            client = IMAPClient(options.host, port=options.port, ssl=True, ssl_context=context,
                                timeout=options.timeout)
        else:
            client = IMAPClient(options.host, port=options.port, ssl=False, timeout=options.timeout)
            if options.tls == "starttls":
                client.starttls(context)
        client.normalise_times = False  # INTERNALDATE as aware datetimes
        login(client)
        return client
    except (*CONNECTION_ERRORS, IMAPClientError, TokenError) as exc:
        if client is not None:
            _close_quietly(client)
        raise MailboxError(explain(exc, options)) from exc


def _close_quietly(client: IMAPClient) -> None:
    """Drop a connection that may already be dead; its errors no longer matter."""
    try:
        client.shutdown()
    except (*CONNECTION_ERRORS, IMAPClientError):
        pass


def _chunks(items: list[int], size: int) -> Iterator[list[int]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _source_key(validity: int, uid: int) -> str:
    return f"{validity}:{uid}"


def _parse_key(key: str) -> tuple[int, int]:
    validity, uid = key.split(":", 1)
    return int(validity), int(uid)


class ImapSource:
    """One IMAP folder as the bot's mailbox (see the module docstring for the guarantees)."""

    name = "imap"

    def __init__(self, options: ImapOptions, login: Callable[[IMAPClient], None], state_path: Path,
                 *, now: Callable[[], datetime] = lambda: datetime.now(timezone.utc)):
        self.options = options
        self.login = login
        self.state = ImapState(state_path, options.state_key)
        self.now = now
        self.backoff = Backoff(options.retry_first_seconds, options.retry_max_seconds)
        self._client: IMAPClient | None = None
        self._capabilities: frozenset[bytes] = frozenset()
        self._validity: int | None = None
        self._folders_made: set[str] = set()
        self._lock = threading.RLock()

    # ---- the connection ---------------------------------------------------------------------------

    def _session(self) -> IMAPClient:
        if self._client is not None:
            return self._client
        wait = self.backoff.waiting()
        if wait > 0:
            raise MailboxError(f"{self.backoff.last_error}; next try in {wait:.0f} s")
        try:
            client = connect(self.options, self.login)
        except MailboxError as exc:
            delay = self.backoff.failed(str(exc))
            raise MailboxError(f"{exc}; next try in {delay:.0f} s") from exc
        self._client = client
        self._capabilities = frozenset(client.capabilities())
        self._select(client)
        self.backoff.reset()
        return client

    def _drop(self) -> None:
        if self._client is not None:
            _close_quietly(self._client)
        self._client = None
        self._validity = None

    def _run(self, op: Callable[[IMAPClient], Any]) -> Any:
        """Run ``op`` on the connection; if it dropped, reconnect once at once, then back off."""
        with self._lock:
            try:
                return op(self._session())
            except CONNECTION_ERRORS as exc:
                self._drop()
                log.info("%s: connection lost (%s); reconnecting", self.options.where, explain(exc, self.options))
            except IMAPClientError as exc:
                raise MailboxError(explain(exc, self.options)) from exc
            try:
                return op(self._session())
            except CONNECTION_ERRORS as exc:
                self._drop()
                delay = self.backoff.failed(explain(exc, self.options))
                raise MailboxError(f"{explain(exc, self.options)}; next try in {delay:.0f} s") from exc
            except IMAPClientError as exc:
                raise MailboxError(explain(exc, self.options)) from exc

    def _select(self, client: IMAPClient) -> dict:
        try:
            info = client.select_folder(self.options.folder)
        except IMAPClientError as exc:
            if "exist" in str(exc).lower() or "nonexistent" in str(exc).lower():
                raise MailboxError(f"the folder {self.options.folder!r} does not exist on {self.options.where}: "
                                   "check folder under [mailbox] (`complaints-bot mailbox check` lists them)") from exc
            raise
        validity = int(info[b"UIDVALIDITY"])
        if self.state.check_validity(validity):
            log.warning("%s: UIDVALIDITY of %s changed to %s: reading the folder again from the start "
                        "(messages already handled are recognised and not answered twice)",
                        self.options.where, self.options.folder, validity)
        self._validity = validity
        return info

    def _uidnext(self, client: IMAPClient, info: dict) -> int:
        if b"UIDNEXT" in info:
            return int(info[b"UIDNEXT"])
        return int(client.folder_status(self.options.folder, [b"UIDNEXT"])[b"UIDNEXT"])

    def _moves(self) -> bool:
        if self.options.on_done == "flag":
            return False
        has_move = b"MOVE" in self._capabilities
        if self.options.on_done == "move" and not has_move:
            raise MailboxError(f"{self.options.where} has no MOVE command: set on_done = \"flag\" under [mailbox]")
        return has_move

    # ---- MailboxSource --------------------------------------------------------------------------

    def _waiting(self, client: IMAPClient) -> tuple[list[int], int]:
        info = self._select(client)
        validity = self._validity
        if not self.state.started:
            self.state.start(self.now(), validity, self._uidnext(client, info))
        last = self.state.folder.last_uid
        criteria = ["UID", f"{last + 1}:*", "NOT", "KEYWORD", PROCESSED_KEYWORD,
                    "NOT", "KEYWORD", QUARANTINE_KEYWORD]
        # "UID n:*" always matches the newest message, even below n: keep only what is new.
        return sorted(uid for uid in client.search(criteria) if uid > last), validity

    def fetch(self) -> Iterator[RawMessage]:
        uids, validity = self._run(self._waiting)
        for chunk in _chunks(uids, self.options.batch):
            def read(client: IMAPClient, chunk: list[int] = chunk) -> dict | None:
                if self._validity != validity:
                    return None  # UIDVALIDITY changed while reading: the next poll starts again
                return client.fetch(chunk, [b"BODY.PEEK[]", b"INTERNALDATE"])

            items = self._run(read)
            if items is None:
                return
            for uid in chunk:
                item = items.get(uid)
                if not item or b"BODY[]" not in item:
                    continue  # expunged by someone else between SEARCH and FETCH
                arrived = item.get(b"INTERNALDATE")
                arrived = arrived.astimezone(timezone.utc) if isinstance(arrived, datetime) else self.now()
                yield RawMessage(data=bytes(item[b"BODY[]"]), source=self.name,
                                 source_key=_source_key(validity, uid), received_at=arrived,
                                 backlog=self._is_backlog(validity, uid, arrived))

    def _is_backlog(self, validity: int, uid: int, arrived: datetime) -> bool:
        """Was this message in the mailbox before the bot was switched on?"""
        if not self.options.backlog:
            return False
        if self.options.backlog_before is not None:
            return arrived < self.options.backlog_before
        folder = self.state.folder
        if folder.backlog_below_uid is not None and folder.first_uidvalidity == validity:
            return uid < folder.backlog_below_uid  # exact, whatever the clocks say
        started = self.state.first_started_at()
        return started is not None and arrived < started

    def _finish(self, message: RawMessage, folder: str, keyword: str) -> None:
        validity, uid = _parse_key(message.source_key)

        def op(client: IMAPClient) -> bool:
            if self._validity != validity:
                return False  # it will be read again under the new UIDVALIDITY and found to be a duplicate
            if self._moves():
                self._ensure_folder(client, folder)
                client.move([uid], folder)
            else:
                client.add_flags([uid], [keyword], silent=True)
            return True

        if self._run(op):
            self.state.advance(validity, uid)

    def _ensure_folder(self, client: IMAPClient, folder: str) -> None:
        if folder in self._folders_made:
            return
        if not client.folder_exists(folder):
            try:
                client.create_folder(folder)
            except IMAPClientError as exc:
                if "exist" not in str(exc).lower():  # made by another client meanwhile is fine
                    raise MailboxError(f"cannot create the folder {folder!r} on {self.options.where}: {_text(exc)}; "
                                       "create it in the mail client or set another name under [mailbox]") from exc
            log.info("%s: created folder %s", self.options.where, folder)
        self._folders_made.add(folder)

    def done(self, message: RawMessage) -> None:
        self._finish(message, self.options.processed_folder, PROCESSED_KEYWORD)

    def set_aside(self, message: RawMessage) -> None:
        self._finish(message, self.options.quarantine_folder, QUARANTINE_KEYWORD)

    def deliver(self, data: bytes) -> str:
        response = self._run(lambda client: client.append(self.options.folder, data))
        match = re.search(rb"APPENDUID (\d+) (\d+)", response or b"")
        return _source_key(int(match.group(1)), int(match.group(2))) if match else "appended"

    def close(self) -> None:
        with self._lock:
            if self._client is not None:
                try:
                    self._client.logout()
                except (*CONNECTION_ERRORS, IMAPClientError):
                    pass
            self._client = None

    # ---- waiting for mail -----------------------------------------------------------------------

    def watch(self, on_mail: Callable[[], None], stop: threading.Event) -> None:
        """Wait in IDLE on a second connection and call ``on_mail`` when mail arrives, until ``stop``.

        Returns at once if IDLE is switched off or the server lacks it: the runner's
        interval poll is then the only trigger.  A dropped connection is reopened with
        back-off; after every reconnect ``on_mail`` runs, since mail may have come meanwhile.
        """
        if not self.options.idle:
            return
        backoff = Backoff(self.options.retry_first_seconds, self.options.retry_max_seconds)
        while not stop.is_set():
            client = None
            try:
                client = connect(self.options, self.login)
                if b"IDLE" not in client.capabilities():
                    log.info("%s has no IDLE: polling only", self.options.where)
                    _close_quietly(client)
                    return
                client.select_folder(self.options.folder, readonly=True)
                if backoff.failures:
                    log.info("%s: connection back", self.options.where)
                backoff.reset()
                self.backoff.reset()  # the poller may try at once too
                on_mail()
                self._idle(client, on_mail, stop)
            except (MailboxError, *CONNECTION_ERRORS, IMAPClientError) as exc:
                delay = backoff.failed(str(exc))
                text = str(exc) if isinstance(exc, MailboxError) else explain(exc, self.options)
                log.warning("IDLE: %s; reconnecting in %.0f s", text, delay)
                stop.wait(delay)
            finally:
                if client is not None:
                    _close_quietly(client)

    def _idle(self, client: IMAPClient, on_mail: Callable[[], None], stop: threading.Event) -> None:
        while not stop.is_set():
            client.idle()
            renew_at = time.monotonic() + self.options.idle_seconds
            while not stop.is_set() and time.monotonic() < renew_at:
                responses = client.idle_check(timeout=1.0)
                if any(len(r) >= 2 and r[1] in (b"EXISTS", b"RECENT") for r in responses):
                    on_mail()
            client.idle_done()
            client.noop()  # proves the connection is alive before the next IDLE

    # ---- for `complaints-bot mailbox check` ---------------------------------------------------------

    def check(self) -> dict[str, Any]:
        """Connect, list the folders, count what is waiting; raises MailboxError with the reason."""
        client = connect(self.options, self.login)
        try:
            capabilities = {c.decode() for c in client.capabilities()}
            folders = [name for _flags, _delim, name in client.list_folders()]
            if self.options.folder not in folders:
                raise MailboxError(f"the folder {self.options.folder!r} does not exist on {self.options.where}; "
                                   f"it has: {', '.join(folders)}")
            status = client.folder_status(self.options.folder, [b"MESSAGES", b"UNSEEN", b"UIDVALIDITY"])
            return {
                "server": self.options.where,
                "tls": self.options.tls,
                "auth": self.options.auth,
                "username": self.options.username,
                "idle": "IDLE" in capabilities,
                "move": "MOVE" in capabilities,
                "folders": folders,
                "folder": self.options.folder,
                "messages": int(status[b"MESSAGES"]),
                "unseen": int(status[b"UNSEEN"]),
                "processed_folder": self.options.processed_folder,
                "processed_folder_exists": self.options.processed_folder in folders,
                "quarantine_folder": self.options.quarantine_folder,
                "quarantine_folder_exists": self.options.quarantine_folder in folders,
                "first_started": self.state.folder.first_started,
                "last_uid": self.state.folder.last_uid,
            }
        except (*CONNECTION_ERRORS, IMAPClientError) as exc:
            raise MailboxError(explain(exc, self.options)) from exc
        finally:
            _close_quietly(client)


def open_imap(settings: Settings) -> ImapSource:
    options = imap_options(settings)
    return ImapSource(options, login_for(settings, options), settings.home / "imap-state.json")

"""Send over SMTP (smtplib): STARTTLS or implicit TLS, AUTH (password or XOAUTH2), the message's exact bytes.

The bytes in the outbox go out unchanged (Message-ID, threading and
Auto-Submitted headers included).  The server's reply decides what happens
next: 250 is delivery, 4xx is "try again later", 5xx is a permanent refusal;
a connection, TLS or sign-in failure is :class:`TransportDown`, which pauses
the queue without counting against any message.
"""

from __future__ import annotations

import re
import smtplib
import socket
import ssl
from dataclasses import dataclass

from ..config import Settings, read_secret, table_option, table_path
from ..errors import ConfigError
from ..intake.oauth import TokenError, TokenSource, token_source
from . import DeliveryError, TransportDown

DEFAULT_PORTS = {"starttls": 587, "implicit": 465, "none": 25}


@dataclass(frozen=True)
class SmtpOptions:
    host: str
    port: int
    tls: str  # "starttls", "implicit", or "none" (loopback relays only)
    username: str = ""  # empty: no AUTH (a relay that trusts the bot's address)
    auth: str = "password"  # or "oauth2" (XOAUTH2, e.g. Microsoft 365 SMTP AUTH with an app token)
    ca_file: str = ""
    timeout: float = 60.0
    local_hostname: str = ""  # the name given in EHLO

    @property
    def where(self) -> str:
        return f"SMTP server {self.host}:{self.port}"


def smtp_options(settings: Settings) -> SmtpOptions:
    def opt(key, default=None, **kw):
        return table_option(settings, "outbox", key, default, **kw)

    tls = opt("tls", "starttls", kind=str, choices=("starttls", "implicit", "none"))
    host = opt("host", kind=str, required=True)
    if tls == "none" and host not in ("127.0.0.1", "::1", "localhost"):
        raise ConfigError(settings.config_path or "bot.toml",
                          f'[outbox] tls = "none" would send mail (and any password) to {host} unencrypted',
                          'use tls = "starttls" (port 587) or tls = "implicit" (port 465)')
    return SmtpOptions(
        host=host,
        port=int(opt("port", DEFAULT_PORTS[tls], kind=int)),
        tls=tls,
        username=opt("username", "", kind=str),
        auth=opt("auth", "password", kind=str, choices=("password", "oauth2")),
        ca_file=table_path(settings, "outbox", "ca_file"),
        timeout=float(opt("timeout", 60, kind=(int, float))),
        local_hostname=opt("local_hostname", "", kind=str),
    )


def explain(exc: BaseException, options: SmtpOptions) -> str:
    """An SMTP failure in words an IT admin can act on."""
    where = options.where
    if isinstance(exc, TokenError):
        return str(exc)
    if isinstance(exc, smtplib.SMTPAuthenticationError) and options.auth == "oauth2":
        return (f"{where} refused the OAuth2 token for {options.username} ({_reply(exc)}): check that the app "
                "has SMTP.SendAsApp with admin consent, that SMTP AUTH is enabled for the mailbox, and that "
                "the app's service principal has access to it")
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return f"{where} refused the username or password for {options.username}: wrong password? ({_reply(exc)})"
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return f"{where} does not offer STARTTLS: use tls = \"implicit\" and its port (normally 465)"
    if isinstance(exc, ssl.SSLCertVerificationError):
        return (f"TLS failure: the certificate of {where} is not trusted ({exc.verify_message}); "
                "if the council uses its own certificate authority, set ca_file under [outbox]")
    if isinstance(exc, ssl.SSLError):
        return (f"TLS failure talking to {where} ({exc.reason or exc}); check that tls = \"{options.tls}\" "
                "suits that port (587 is normally STARTTLS, 465 implicit TLS)")
    if isinstance(exc, socket.gaierror):
        return f"the name {options.host} cannot be found (DNS): check host under [outbox]"
    if isinstance(exc, ConnectionRefusedError):
        return f"nothing accepts connections at {where}: check host and port, and that the server is running"
    if isinstance(exc, (TimeoutError, socket.timeout)):
        return f"no answer from {where} within {options.timeout:.0f} s: a firewall may be dropping the connection"
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return f"{where} closed the connection ({exc or 'no reason given'})"
    if isinstance(exc, smtplib.SMTPResponseException):
        return f"{where} answered {_reply(exc)}"
    if isinstance(exc, OSError):
        return f"cannot talk to {where}: {exc.strerror or exc}"
    return f"{where}: {exc}"


def _reply(exc: smtplib.SMTPResponseException) -> str:
    text = exc.smtp_error.decode("utf-8", "replace") if isinstance(exc.smtp_error, bytes) else str(exc.smtp_error)
    return f"{exc.smtp_code} {' '.join(text.split())}"


class SmtpSender:
    """One connection per drain run, reused for every message in it."""

    name = "smtp"

    def __init__(self, options: SmtpOptions, password: str = "", tokens: TokenSource | None = None):
        self.options = options
        self.password = password
        self.tokens = tokens
        self._conn: smtplib.SMTP | None = None

    def _connect(self) -> smtplib.SMTP:
        o = self.options
        context = ssl.create_default_context(cafile=o.ca_file or None)
        conn = None
        try:
            if o.tls == "implicit":
                conn = smtplib.SMTP_SSL(o.host, o.port, local_hostname=o.local_hostname or None,
                                        timeout=o.timeout, context=context)
            else:
                conn = smtplib.SMTP(o.host, o.port, local_hostname=o.local_hostname or None, timeout=o.timeout)
                if o.tls == "starttls":
                    conn.starttls(context=context)
            conn.ehlo()
            if o.username and o.auth == "oauth2":
                token = self.tokens.token()
                conn.auth("XOAUTH2", lambda challenge=None: "" if challenge else
                          f"user={o.username}\x01auth=Bearer {token}\x01\x01")
            elif o.username:
                conn.login(o.username, self.password)
            return conn
        except (OSError, smtplib.SMTPException, TokenError) as exc:
            if conn is not None:
                conn.close()
            raise TransportDown(explain(exc, o)) from exc

    def send(self, data: bytes, mail_from: str, recipients: list[str]) -> dict[str, tuple[int, str]]:
        if self._conn is None:
            self._conn = self._connect()
        conn = self._conn
        # SMTP lines end in CRLF; bare LFs are refused by servers hardened against SMTP smuggling.
        data = re.sub(rb"\r?\n", b"\r\n", data)
        options = ["BODY=8BITMIME"] if conn.has_extn("8bitmime") and any(b > 127 for b in data) else []
        try:
            refused = conn.sendmail(mail_from, recipients, data, mail_options=options)
        except smtplib.SMTPRecipientsRefused as exc:
            replies = {r: (code, msg.decode("utf-8", "replace")) for r, (code, msg) in exc.recipients.items()}
            self._forget_if_closed(conn)
            permanent = all(code >= 500 for code, _ in replies.values())
            detail = "; ".join(f"{r}: {code} {' '.join(m.split())}" for r, (code, m) in replies.items())
            raise DeliveryError(f"every recipient was refused ({detail})", permanent=permanent,
                                code=max(code for code, _ in replies.values())) from exc
        except (smtplib.SMTPSenderRefused, smtplib.SMTPDataError) as exc:
            self._forget_if_closed(conn)
            if exc.smtp_code in (421, 530, 535):  # closing, or the session lost its sign-in: not this message
                self.close()
                raise TransportDown(explain(exc, self.options)) from exc
            raise DeliveryError(f"{self.options.where} answered {_reply(exc)}",
                                permanent=exc.smtp_code >= 500, code=exc.smtp_code) from exc
        except (OSError, smtplib.SMTPException) as exc:
            self._drop()
            raise TransportDown(explain(exc, self.options)) from exc
        return {r: (code, msg.decode("utf-8", "replace")) for r, (code, msg) in refused.items()}

    def _forget_if_closed(self, conn: smtplib.SMTP) -> None:
        """smtplib sends RSET after a refusal, or closes the connection on 421: then open a new one."""
        if conn.sock is None:
            self._conn = None

    def _drop(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            except OSError:
                pass
        self._conn = None

    def close(self) -> None:
        if self._conn is not None:
            try:
                self._conn.quit()
            except (OSError, smtplib.SMTPException):
                pass
            self._drop()

    def check(self) -> dict:
        conn = self._connect()
        try:
            features = sorted(conn.esmtp_features)
            size = conn.esmtp_features.get("size", "")
        finally:
            try:
                conn.quit()
            except (OSError, smtplib.SMTPException):
                conn.close()
        return {"server": self.options.where, "tls": self.options.tls,
                "signed_in_as": self.options.username or "(no AUTH)", "extensions": features,
                "max_size": int(size) if str(size).isdigit() else None}


def open_smtp(settings: Settings) -> SmtpSender:
    options = smtp_options(settings)
    if options.username and options.auth == "oauth2":
        return SmtpSender(options, tokens=token_source(settings, "outbox"))
    password = read_secret(settings, "outbox", "password") if options.username else ""
    return SmtpSender(options, password)

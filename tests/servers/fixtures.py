"""Real mail servers for the tests: a throwaway Dovecot (IMAP) and aiosmtpd (SMTP), both with TLS.

Dovecot runs as an unprivileged process from ``dovecot-for-tests.sh`` (next to
this file) on free high ports of 127.0.0.1, with a passwd-file of users and a
Maildir in a short temporary folder under /tmp (its mail processes cannot
reach pytest's 0700 temp folders, and UNIX socket paths must stay short).
Every test gets a mailbox user of its own from a pool made at start, so tests
never see each other's mail.

The SMTP server is aiosmtpd in a thread: STARTTLS with the same self-signed
certificate, AUTH required, and it records every envelope it accepts.  It can
refuse chosen recipients (5xx) or defer them (4xx), and be stopped and started
again on the same port.

A small fake Entra ID (``fake_entra``) issues OAuth2 tokens over HTTPS and
answers Dovecot's token introspection, so XOAUTH2 is tested end to end.
"""

from __future__ import annotations

import os
import shutil
import socket
import ssl
import subprocess
import tempfile
import time
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
SCRIPT = HERE / "dovecot-for-tests.sh"
ADMIN_USER = ("complaints@council.example", "secret")
SMTP_USER = ("bot@council.example", "smtp-secret")
# One mailbox user per test, all made when Dovecot starts.
POOL = [(f"box{n}@council.example", f"pw-box{n}") for n in range(1, 121)]


def free_port() -> int:
    """A currently free TCP port on 127.0.0.1 (tiny race window; fine for tests)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def dovecot_binary() -> str | None:
    return shutil.which("dovecot") or shutil.which("dovecot", path="/usr/sbin:/sbin")


# ---- TLS ------------------------------------------------------------------------------------


@dataclass
class TLSCert:
    cert: Path
    key: Path

    def client_context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=str(self.cert))

    def server_context(self) -> ssl.SSLContext:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(str(self.cert), str(self.key))
        return context


def make_self_signed(folder: Path, name: str = "localhost") -> TLSCert:
    """A self-signed certificate for 127.0.0.1 and localhost, made with the cryptography package."""
    import datetime
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    folder.mkdir(parents=True, exist_ok=True)
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=30))
            .add_extension(x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
            .sign(key, hashes.SHA256()))
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.chmod(0o600)
    cert_path.chmod(0o644)
    return TLSCert(cert_path, key_path)


# ---- Dovecot ----------------------------------------------------------------------------------


@dataclass
class Dovecot:
    dir: Path
    port: int  # plain IMAP with STARTTLS
    tls_port: int  # IMAPS
    tls: TLSCert
    oauth2_url: str = ""
    users: dict[str, str] = field(default_factory=lambda: dict([ADMIN_USER] + POOL))
    host: str = "127.0.0.1"

    def __post_init__(self):
        self._unused = iter([name for name, _ in POOL])

    def _script(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        env = dict(os.environ, DOVECOT_TEST_USERS=" ".join(f"{u}:{p}" for u, p in self.users.items()),
                   DOVECOT_TEST_OAUTH2_URL=self.oauth2_url)
        return subprocess.run(["sh", str(SCRIPT), *args], env=env, check=check, capture_output=True, text=True)

    def start(self) -> None:
        result = self._script("start", str(self.dir), str(self.port), str(self.tls_port), check=False)
        if result.returncode != 0:
            raise RuntimeError(f"dovecot start failed:\n{result.stdout}{result.stderr}")

    def stop(self) -> None:
        self._script("stop", str(self.dir))

    def restart(self) -> None:
        self.stop()
        self.start()

    def running(self) -> bool:
        return self._script("status", str(self.dir), check=False).returncode == 0

    def log(self) -> str:
        path = self.dir / "dovecot.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def doveadm(self, *args: str) -> str:
        doveadm = shutil.which("doveadm") or shutil.which("doveadm", path="/usr/bin:/usr/sbin")
        return subprocess.run([doveadm, "-c", str(self.dir / "dovecot.conf"), *args],
                              capture_output=True, text=True, check=True).stdout

    def add_user(self) -> tuple[str, str]:
        """An unused, empty mailbox user from the pool made at start (Dovecot's passwd-file
        is not reliably re-read when it changes twice within a second)."""
        name = next(self._unused)
        return name, self.users[name]

    def maildir(self, user: str, folder: str = "INBOX") -> Path:
        root = self.dir / "mail" / user / "Maildir"
        return root if folder.upper() == "INBOX" else root / ("." + folder.replace("/", "."))

    def set_uidvalidity(self, user: str, folder: str, value: int) -> None:
        self.doveadm("mailbox", "update", "-u", user, "--uid-validity", str(value), folder)

    def reset_uids(self, user: str, folder: str = "INBOX") -> None:
        """Stop, delete the UID list and indexes, start: same messages, new UIDs and UIDVALIDITY."""
        self.stop()
        path = self.maildir(user, folder)
        for item in [path / "dovecot-uidlist", *path.glob("dovecot.index*")]:
            item.unlink(missing_ok=True)
        self.start()

    def client(self, user: str, *, tls: bool = True):
        """A logged-in IMAPClient for checks from the test side."""
        from imapclient import IMAPClient

        if tls:
            client = IMAPClient(self.host, port=self.tls_port, ssl=True, ssl_context=self.tls.client_context(),
                                timeout=10)
        else:
            client = IMAPClient(self.host, port=self.port, ssl=False, timeout=10)
            client.starttls(self.tls.client_context())
        client.login(user, self.users[user])
        return client

    def append(self, user: str, data: bytes, *, when=None, folder: str = "INBOX") -> None:
        self.append_many(user, [data], when=when, folder=folder)

    def append_many(self, user: str, messages: list[bytes], *, when=None, folder: str = "INBOX") -> None:
        """IMAP APPEND each message, in order, over one connection."""
        client = self.client(user)
        try:
            for data in messages:
                client.append(folder, data, msg_time=when)
        finally:
            client.logout()

    def count(self, user: str, folder: str = "INBOX") -> int:
        client = self.client(user)
        try:
            if not client.folder_exists(folder):
                return 0
            return int(client.folder_status(folder, [b"MESSAGES"])[b"MESSAGES"])
        finally:
            client.logout()


@pytest.fixture(scope="session")
def mail_tmpdir():
    # Not tmp_path_factory: /tmp/pytest-of-root is mode 0700, so Dovecot's unprivileged mail
    # user could not reach the Maildirs, and its long path would overflow UNIX socket names.
    folder = Path(tempfile.mkdtemp(prefix="dovecot-", dir=os.environ.get("DOVECOT_TEST_TMPDIR", "/tmp")))
    folder.chmod(0o755)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def tls_cert(mail_tmpdir) -> TLSCert:
    return make_self_signed(mail_tmpdir / "tls")


@pytest.fixture(scope="session")
def entra(tls_cert):
    """The fake Entra ID: token endpoint over HTTPS, introspection for Dovecot over HTTP."""
    from tests.servers.fake_entra import FakeEntra

    server = FakeEntra(tls_cert)
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def ews(entra):
    """The hand-built EWS responder (tests/servers/ews_responder.py), served by the fake Entra ID."""
    from tests.servers.ews_responder import EWSResponder

    responder = EWSResponder(entra)
    entra.extra_routes["/EWS/"] = responder
    return responder


_ews_numbers = iter(range(1, 10_000))


@pytest.fixture
def exchange_mailbox(ews, entra):
    """A fresh fake Exchange mailbox and an app allowed to use it: (mailbox, client_id, secret)."""
    number = next(_ews_numbers)
    address = f"ews{number}@council.example"
    client_id = f"ews-app-{number}"
    entra.register(client_id, f"secret-{number}", address)
    return ews.mailbox(address), client_id, f"secret-{number}"


def exchange_table(entra, box, client_id: str, secret: str, secrets: Path, **extra) -> dict:
    """[mailbox] (or [outbox]) for a fake Exchange mailbox: OAuth2 client credentials, secret from a file."""
    path = secrets / f"ews-secret-{client_id}"
    path.write_text(secret + "\n")
    path.chmod(0o600)
    table = {"type": "exchange", "email": box.address, "service_endpoint": f"{entra.base_url}/EWS/Exchange.asmx",
             "tenant_id": entra.tenant, "client_id": client_id, "client_secret_file": str(path),
             "authority": entra.authority, "ca_file": str(entra.tls.cert), "retry_first_seconds": 0.2,
             "retry_max_seconds": 2, "backlog_before": "never"}
    table.update(extra)
    return table


@pytest.fixture(scope="session")
def dovecot(mail_tmpdir, tls_cert, entra):
    if not dovecot_binary():
        pytest.skip("Dovecot is not installed: run `make test` as root (it installs dovecot-imapd), "
                    "or `apt-get install -y dovecot-imapd`")
    server = Dovecot(dir=mail_tmpdir, port=free_port(), tls_port=free_port(), tls=tls_cert,
                     oauth2_url=entra.introspection_url)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def mailbox(dovecot):
    """A fresh, empty IMAP user for this test: (address, password)."""
    return dovecot.add_user()


# ---- SMTP -------------------------------------------------------------------------------------


class RecordingHandler:
    """aiosmtpd handler: keeps what it accepts; refuses (5xx) or defers (4xx) chosen recipients."""

    def __init__(self):
        self.messages = []  # aiosmtpd Envelopes: .mail_from, .rcpt_tos, .content
        self.refuse: set[str] = set()
        self.defer: set[str] = set()
        self.defer_data = 0  # answer the next N DATA commands with 451
        self.token_owner = None  # "Bearer TOKEN" -> the mailbox it is good for (the fake Entra ID's)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower() in self.refuse:
            return "550 5.1.1 <%s>: Recipient address rejected: User unknown" % address
        if address.lower() in self.defer:
            return "451 4.3.0 <%s>: Temporary lookup failure" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def auth_XOAUTH2(self, server, args):
        """SASL XOAUTH2: "user=...^Aauth=Bearer TOKEN^A^A", the token checked by ``token_owner``."""
        import base64

        from aiosmtpd.smtp import AuthResult

        if len(args) < 2:
            return AuthResult(success=False, handled=False)
        fields = dict(part.split("=", 1) for part in base64.b64decode(args[1]).decode().split("\x01") if "=" in part)
        owner = self.token_owner(fields.get("auth", "")) if self.token_owner else ""
        ok = bool(owner) and owner.lower() == fields.get("user", "").lower()
        return AuthResult(success=ok, handled=False, auth_data=fields.get("user"))

    async def handle_DATA(self, server, session, envelope):
        if self.defer_data:
            self.defer_data -= 1
            return "451 4.3.0 Mail server temporarily busy"
        self.messages.append(envelope)
        return "250 2.0.0 Message accepted for delivery"

    def wait_for(self, count: int = 1, timeout: float = 10.0):
        end = time.monotonic() + timeout
        while len(self.messages) < count and time.monotonic() < end:
            time.sleep(0.02)
        return self.messages

    def message_ids(self) -> list[str]:
        import email

        return [str(email.message_from_bytes(m.content)["Message-ID"]).strip() for m in self.messages]


def _authenticator(server, session, envelope, mechanism, auth_data):
    from aiosmtpd.smtp import AuthResult, LoginPassword

    ok = (isinstance(auth_data, LoginPassword) and auth_data.login.decode() == SMTP_USER[0]
          and auth_data.password.decode() == SMTP_USER[1])
    return AuthResult(success=ok, handled=False)  # handled=False: aiosmtpd answers 535 itself


class SMTPServer:
    """aiosmtpd in a thread: STARTTLS (or implicit TLS), AUTH required; stoppable and restartable."""

    def __init__(self, tls: TLSCert, *, implicit_tls: bool = False, port: int | None = None):
        self.host = "127.0.0.1"
        self.port = port or free_port()
        self.tls = tls
        self.implicit_tls = implicit_tls
        self.handler = RecordingHandler()
        self.controller = None

    def start(self) -> None:
        from aiosmtpd.controller import Controller

        context = self.tls.server_context()
        # LOGIN is left out: after a refused PLAIN, smtplib tries LOGIN, which aiosmtpd then waits on.
        kwargs = dict(hostname="127.0.0.1", port=self.port, authenticator=_authenticator, auth_required=True,
                      server_hostname="smtp.council.example", auth_exclude_mechanism=["LOGIN"])
        if self.implicit_tls:
            kwargs.update(ssl_context=context, auth_require_tls=False)
        else:
            kwargs.update(tls_context=context, require_starttls=True)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "AUTH without TLS": aiosmtpd cannot see implicit TLS
            self.controller = Controller(self.handler, **kwargs)
        self.controller.start()

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None


@pytest.fixture(scope="session")
def smtp_server(tls_cert):
    server = SMTPServer(tls_cert)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def smtp(smtp_server):
    """The session SMTP server with its record and refusals cleared for this test."""
    handler = smtp_server.handler
    handler.messages.clear()
    handler.refuse.clear()
    handler.defer.clear()
    handler.defer_data = 0
    return smtp_server


# ---- a bot home pointed at the servers ------------------------------------------------------------


def replace_tables(text: str, tables: dict[str, dict]) -> str:
    """bot.toml with its [mailbox] and [outbox] tables replaced by ``tables`` (values as TOML literals)."""
    import re

    for name in tables:
        text = re.sub(rf"(?ms)^\[{name}\]\n.*?(?=^\[|\Z)", "", text)
        text = re.sub(rf"(?m)^# .*\n(?=\[{name}\])", "", text)
    for name, values in tables.items():
        text = text.rstrip("\n") + f"\n\n[{name}]\n"
        for key, value in values.items():
            text += f"{key} = {_toml(value)}\n"
    return text


def _toml(value) -> str:
    import datetime
    import json

    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    return json.dumps(str(value))


def imap_table(dovecot: Dovecot, user: str, secrets: Path, **extra) -> dict:
    """[mailbox] for a test user: IMAPS, the test CA, password from a file."""
    secret = secrets / f"imap-{user.split('@')[0]}"
    secret.write_text(dovecot.users[user] + "\n")
    secret.chmod(0o600)
    table = {"type": "imap", "host": dovecot.host, "port": dovecot.tls_port, "tls": "implicit", "username": user,
             "password_file": str(secret), "ca_file": str(dovecot.tls.cert), "retry_first_seconds": 0.2,
             "retry_max_seconds": 2, "backlog_before": "never", "idle_seconds": 30}
    table.update(extra)
    return table


def smtp_table(smtp: SMTPServer, secrets: Path, **extra) -> dict:
    """[outbox] for the test SMTP server: STARTTLS, the test CA, AUTH with a password file."""
    secret = secrets / "smtp-password"
    secret.write_text(SMTP_USER[1] + "\n")
    secret.chmod(0o600)
    table = {"type": "smtp", "path": "outbox", "host": smtp.host, "port": smtp.port,
             "tls": "implicit" if smtp.implicit_tls else "starttls", "username": SMTP_USER[0],
             "password_file": str(secret), "ca_file": str(smtp.tls.cert), "retry_first_seconds": 0.2,
             "retry_max_seconds": 1, "timeout": 10}
    table.update(extra)
    return table


def write_home(home: Path, **tables: dict) -> Path:
    """A bot home whose bot.toml points at the given [mailbox] / [outbox] tables."""
    from tests.conftest import make_home

    make_home(home)
    path = home / "bot.toml"
    path.write_text(replace_tables(path.read_text(), tables))
    return home


@pytest.fixture(scope="session")
def classifier():
    """The real classifier, loaded once for the session (it takes a few seconds)."""
    from bot.pipeline import shared_classifier

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return shared_classifier(("council.example",))

"""Per-case, per-team reply addresses that only the bot can issue.

An officer-facing message (a forward, a chaser) carries a Reply-To such as
``complaints+ASC-2026-00042.complaints.k4x.7f3kq2m9c1@council.example``: the
case, the team it was sent to, the day it was issued (days since 1970, base 36)
and an HMAC-SHA256 of those under the bot's secret key.  A token is bound to
its case and team, so it cannot command another case, and it expires.
Design after GNU Mailman 3's confirmation tokens and debbugs' control@ address.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
import secrets
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from ..fsutil import atomic_write

EPOCH = date(1970, 1, 1)
TOKEN_CHARS = 16  # 80 bits of base32 HMAC: far beyond guessing by mail


@dataclass(frozen=True)
class ReplyToken:
    ref: str
    team: str
    issued: date
    mac: str


def load_secret(home: Path, env: str = "COMPLAINTS_BOT_SECRET") -> bytes:
    """The signing key: from the environment, else HOME/secret.key (made, private, on first use)."""
    if os.environ.get(env):
        return os.environ[env].encode("utf-8")
    path = home / "secret.key"
    if not path.exists():
        atomic_write(path, secrets.token_hex(32).encode("ascii"))
    return path.read_bytes().strip()


def _b36(number: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        number, rest = divmod(number, 36)
        out = digits[rest] + out
        if not number:
            return out


def _mac(secret: bytes, ref: str, team: str, issued: date) -> str:
    message = f"{ref.upper()}|{team}|{issued.isoformat()}".encode("utf-8")
    digest = hmac.new(secret, message, hashlib.sha256).digest()
    return base64.b32encode(digest).decode("ascii").lower()[:TOKEN_CHARS]


class Tokens:
    def __init__(self, secret: bytes, mailbox_address: str):
        self.secret = secret
        self.local, _, self.domain = mailbox_address.lower().partition("@")
        self._pattern = re.compile(
            rf"^{re.escape(self.local)}\+(?P<ref>[a-z]+-\d{{4}}-\d{{5}})\.(?P<team>[a-z0-9_]+)\."
            rf"(?P<day>[0-9a-z]+)\.(?P<mac>[a-z2-7]{{{TOKEN_CHARS}}})@{re.escape(self.domain)}$",
            re.I,
        )

    def address(self, ref: str, team: str, issued: datetime | date) -> str:
        day = issued.date() if isinstance(issued, datetime) else issued
        mac = _mac(self.secret, ref, team, day)
        return f"{self.local}+{ref.upper()}.{team}.{_b36((day - EPOCH).days)}.{mac}@{self.domain}"

    def find(self, addresses: list[str]) -> ReplyToken | None:
        """The first address that has the shape of a reply token (not yet verified)."""
        for address in addresses:
            match = self._pattern.match(address.strip().lower())
            if match:
                day = EPOCH.fromordinal(EPOCH.toordinal() + int(match["day"], 36))
                return ReplyToken(match["ref"].upper(), match["team"], day, match["mac"])
        return None

    def valid(self, token: ReplyToken) -> bool:
        """Whether only the bot could have issued it (constant-time comparison)."""
        return hmac.compare_digest(token.mac, _mac(self.secret, token.ref, token.team, token.issued))

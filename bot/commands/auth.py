"""May this reply command a case?  Every condition must hold, or nothing changes.

1. it is addressed to a reply token the bot issued (HMAC valid), for an existing case;
2. the sender is an officer of the token's team in routing.toml (exact address);
3. where required, Authentication-Results shows SPF, DKIM or DMARC passing for the
   council's domain (on by default for IMAP and Exchange, off for the Maildir demo);
4. the token has not expired, and this Message-ID has not commanded before (no replay).

A member of the public who replies to their acknowledgement never gets here:
their acknowledgement carries no token, so their words join the case as
correspondence, whatever command words they contain.
"""

from __future__ import annotations

import email.parser
import email.policy
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from ..errors import CaseNotFound
from ..parse.thread import is_council_domain
from ..records import ParsedMessage
from ..route import Routing
from ..store import Store
from .tokens import ReplyToken, Tokens


@dataclass(frozen=True)
class Verdict:
    token: ReplyToken
    accepted: bool
    reason: str = ""
    case: dict[str, Any] | None = None


_RESULT = re.compile(r"\b(spf|dkim|dmarc)=(\w+)([^;]*)", re.I)
_DOMAIN_OF = {
    "dmarc": re.compile(r"header\.from=([\w.-]+)", re.I),
    "dkim": re.compile(r"header\.(?:d|i)=@?([\w.-]+)", re.I),
    "spf": re.compile(r"smtp\.(?:mailfrom|helo)=(?:[^@\s;]*@)?([\w.-]+)", re.I),
}


def authentication_passed(raw: bytes, council_domains: tuple[str, ...], trusted_id: str = "") -> tuple[bool, str]:
    """Whether the receiving server vouched for the council's domain (RFC 8601 results)."""
    headers = email.parser.BytesHeaderParser(policy=email.policy.compat32).parsebytes(raw)
    values = [str(v) for v in headers.get_all("Authentication-Results") or []]
    if trusted_id:
        values = [v for v in values if v.strip().split(";")[0].strip().lower() == trusted_id.lower()]
    else:
        # The topmost header is the one the receiving server added; anything below it
        # came with the message and could have been written by the sender.
        values = values[:1]
    if not values:
        return False, "no Authentication-Results header from the council's mail server"
    for method, result, rest in _RESULT.findall(values[0]):
        method = method.lower()
        found = _DOMAIN_OF[method].search(rest)
        if result.lower() == "pass" and found and is_council_domain(found.group(1), council_domains):
            return True, f"{method}=pass for {found.group(1)}"
    return False, "SPF, DKIM and DMARC did not pass for the council's domain"


class CommandAuth:
    def __init__(self, tokens: Tokens, routing: Routing, store: Store, *, council_domains: tuple[str, ...],
                 token_days: int = 90, require_authentication: bool = True, trusted_authserv_id: str = ""):
        self.tokens = tokens
        self.routing = routing
        self.store = store
        self.council_domains = council_domains
        self.token_days = token_days
        self.require_authentication = require_authentication
        self.trusted_authserv_id = trusted_authserv_id

    def token_of(self, parsed: ParsedMessage) -> ReplyToken | None:
        recipients = [*parsed.to, *parsed.cc]
        for name in ("delivered-to", "x-original-to"):
            if parsed.headers.get(name):
                recipients.append(parsed.headers[name].strip("<> "))
        return self.tokens.find(recipients)

    def check(self, parsed: ParsedMessage, raw: bytes, now: datetime) -> Verdict | None:
        """None when the message is not addressed to a reply token at all."""
        token = self.token_of(parsed)
        if token is None:
            return None

        def refuse(reason: str, case=None) -> Verdict:
            return Verdict(token, False, reason, case)

        if not self.tokens.valid(token):
            return refuse("the reply address was not issued by the bot (forged or altered token)")
        try:
            case = self.store.get_case(token.ref)
        except CaseNotFound:
            return refuse(f"no case {token.ref}")
        team = self.routing.teams.get(token.team)
        if team is None:
            return refuse(f"the token's team {token.team!r} is no longer in routing.toml", case)
        sender = parsed.from_addr.lower()
        allowed = {a.lower() for a in self.routing.officers_of(token.team)}
        if sender not in allowed:
            return refuse(f"the sender is not an officer of {team.name} in routing.toml", case)
        if self.require_authentication:
            passed, why = authentication_passed(raw, self.council_domains, self.trusted_authserv_id)
            if not passed:
                return refuse(f"authentication failed: {why}", case)
        today = now.date()
        if token.issued > today + timedelta(days=1):
            return refuse("the token is dated in the future", case)
        if token.issued + timedelta(days=self.token_days) < today:
            return refuse(f"the token expired (issued {token.issued.isoformat()}, valid {self.token_days} days)", case)
        if parsed.message_id in {c.get("message_id") for c in case.get("commands", [])}:
            return refuse("this message has already been used to command the case (replay)", case)
        return Verdict(token, True, "", case)

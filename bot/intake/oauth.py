"""OAuth2 access tokens for IMAP (XOAUTH2) and Exchange Web Services.

Microsoft 365 no longer accepts passwords for IMAP or EWS.  The bot signs in as
an app registration with the client-credentials grant (msal), which needs an
administrator to grant the app its permission (admin consent) and, for IMAP,
to give the app's service principal access to the mailbox.  A token can also
come from an environment variable or a file kept fresh by another program.
The errors Entra ID returns are turned into sentences an IT admin can act on.
"""

from __future__ import annotations

import functools
import threading
import time
from pathlib import Path
from typing import Protocol

import requests
import requests.adapters

from ..errors import MailboxError

DEFAULT_SCOPE = "https://outlook.office365.com/.default"
DEFAULT_AUTHORITY = "https://login.microsoftonline.com/{tenant}"

# Entra ID's AADSTS codes that an admin meets when setting the bot up, in their words.
AADSTS_ADVICE = {
    "AADSTS65001": "the app registration has no admin consent: in Entra ID open App registrations -> the bot's app "
                   "-> API permissions, add Office 365 Exchange Online (IMAP.AccessAsApp or full_access_as_app) "
                   "and press 'Grant admin consent'",
    "AADSTS650057": "the app registration does not ask for the Office 365 Exchange Online permission: add it under "
                    "API permissions and grant admin consent",
    "AADSTS7000215": "the client secret is wrong: copy the secret's Value (not its ID) from Certificates & secrets",
    "AADSTS7000222": "the client secret has expired: make a new one under Certificates & secrets and update the "
                     "bot's secret file or variable",
    "AADSTS700016": "client_id is not an app registered in this tenant: check client_id and tenant_id",
    "AADSTS90002": "tenant_id is not a Microsoft Entra tenant: use the Directory (tenant) ID from the app's Overview",
    "AADSTS900023": "tenant_id is not valid: use the Directory (tenant) ID from the app's Overview",
    "AADSTS70011": "the scope is not valid for client credentials: use https://outlook.office365.com/.default",
    "AADSTS500011": "the resource (Exchange Online) is not available in this tenant, or the scope is misspelt",
}


class CAFileAdapter(requests.adapters.HTTPAdapter):
    """A requests adapter that trusts exactly one CA file, whatever REQUESTS_CA_BUNDLE says."""

    def __init__(self, ca_file: str, **kwargs):
        self.ca_file = ca_file
        super().__init__(**kwargs)

    def send(self, request, **kwargs):
        kwargs["verify"] = self.ca_file
        return super().send(request, **kwargs)


class TokenError(MailboxError):
    """No access token could be had; the message says why in an admin's words."""


class TokenSource(Protocol):
    def token(self) -> str:
        """A currently valid access token."""


def explain_token_error(result: dict) -> str:
    """Turn msal's error dict into a sentence, keeping Entra ID's own code for a support search."""
    description = str(result.get("error_description", "")).strip()
    code = description.split(":", 1)[0] if description.startswith("AADSTS") else ""
    advice = AADSTS_ADVICE.get(code)
    if advice is None and "consent" in description.lower():
        advice = AADSTS_ADVICE["AADSTS65001"]
    first_line = description.splitlines()[0] if description else str(result.get("error", "unknown error"))
    if advice:
        return f"Microsoft sign-in refused the bot: {advice} ({first_line})"
    return f"Microsoft sign-in refused the bot: {result.get('error', 'error')}: {first_line}"


class ClientCredentialsToken:
    """App-only tokens from Entra ID with msal's client-credentials grant, cached until shortly before expiry."""

    def __init__(self, *, tenant_id: str, client_id: str, client_secret: str, scope: str = DEFAULT_SCOPE,
                 authority: str = "", ca_file: str = "", timeout: float = 30.0):
        self.tenant_id = tenant_id
        self.client_id = client_id
        self.client_secret = client_secret
        self.scope = scope
        self.authority = authority or DEFAULT_AUTHORITY.format(tenant=tenant_id)
        self.ca_file = ca_file
        self.timeout = timeout
        self._app = None
        self._lock = threading.Lock()
        self.expires_at = 0.0

    def _application(self):
        import msal

        if self._app is None:
            custom = not self.authority.startswith("https://login.microsoftonline.com/")
            http_client = None
            if custom and self.ca_file:
                # A private sign-in service (or the tests' fake one) with its own CA; Microsoft's never needs one.
                http_client = requests.Session()
                http_client.mount("https://", CAFileAdapter(self.ca_file))
                http_client.request = functools.partial(http_client.request, timeout=self.timeout)
            try:
                self._app = msal.ConfidentialClientApplication(
                    self.client_id, client_credential=self.client_secret, authority=self.authority,
                    http_client=http_client, timeout=self.timeout, instance_discovery=False if custom else None,
                )
            except ValueError as exc:
                # msal fetches the tenant's OpenID configuration here; a wrong tenant fails at this point
                raise TokenError(f"Microsoft sign-in: the authority {self.authority} is not usable: {exc}; "
                                 "check tenant_id (the Directory (tenant) ID from the app's Overview)") from exc
            except OSError as exc:
                raise TokenError(f"cannot reach Microsoft sign-in at {self.authority}: {exc}") from exc
        return self._app

    def token_details(self) -> dict:
        """msal's whole answer (access_token, expires_in); raises TokenError with advice on refusal."""
        with self._lock:
            try:
                result = self._application().acquire_token_for_client(scopes=[self.scope])
            except requests.RequestException as exc:
                self._app = None
                raise TokenError(f"cannot reach Microsoft sign-in at {self.authority}: {exc}") from exc
        if "access_token" not in result:
            raise TokenError(explain_token_error(result))
        self.expires_at = time.time() + float(result.get("expires_in", 3600))
        return result

    def token(self) -> str:
        return self.token_details()["access_token"]


class StaticToken:
    """A token another program keeps fresh, read from an environment value or a file each time."""

    def __init__(self, *, value: str = "", path: str = ""):
        self.value = value
        self.path = path

    def token(self) -> str:
        if self.path:
            try:
                text = Path(self.path).read_text(encoding="utf-8").strip()
            except OSError as exc:
                raise TokenError(f"cannot read the access token file {self.path}: {exc.strerror}") from exc
            if not text:
                raise TokenError(f"the access token file {self.path} is empty")
            return text
        return self.value


def token_source(settings, table: str) -> TokenSource:
    """The token source the [mailbox] or [outbox] table describes (see docs/mailboxes.md)."""
    from ..config import read_secret, table_option, table_path

    values = getattr(settings, table)
    if "access_token_file" in values:
        return StaticToken(path=table_path(settings, table, "access_token_file"))
    if "access_token_env" in values:
        return StaticToken(value=read_secret(settings, table, "access_token"))
    return ClientCredentialsToken(
        tenant_id=table_option(settings, table, "tenant_id", kind=str, required=True),
        client_id=table_option(settings, table, "client_id", kind=str, required=True),
        client_secret=read_secret(settings, table, "client_secret"),
        scope=table_option(settings, table, "scope", DEFAULT_SCOPE, kind=str),
        authority=table_option(settings, table, "authority", "", kind=str),
        ca_file=table_path(settings, table, "ca_file"),
        timeout=float(table_option(settings, table, "timeout", 30, kind=(int, float))),
    )

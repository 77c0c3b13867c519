"""A fake Microsoft Entra ID for the tests: OAuth2 client-credentials tokens and token introspection.

No Microsoft service can be reached from the tests, so this stands in for
login.microsoftonline.com: msal fetches ``/{tenant}/v2.0/.well-known/openid-configuration``
and posts to ``/{tenant}/oauth2/v2.0/token`` over HTTPS (the test certificate),
and gets the same JSON shapes and AADSTS error codes Entra ID returns.
Dovecot checks the tokens it is given (XOAUTH2) by posting them to
``/introspect`` on a plain-HTTP loopback port (RFC 7662).

Apps are registered with ``register(client_id, secret, username, consent=True)``;
an app without consent is refused with AADSTS65001, a wrong secret with
AADSTS7000215, as Entra ID does.
"""

from __future__ import annotations

import json
import secrets
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

TENANT = "00000000-0000-4000-8000-000000000001"


@dataclass
class App:
    client_id: str
    secret: str
    username: str  # the mailbox this app's tokens are good for
    consent: bool = True


class FakeEntra:
    def __init__(self, tls, *, tenant: str = TENANT):
        self.tls = tls
        self.tenant = tenant
        self.apps: dict[str, App] = {}
        self.tokens: dict[str, tuple[str, float]] = {}  # token -> (username, expires at)
        self.token_requests = 0
        self.extra_routes: dict[str, object] = {}  # path prefix -> handler(request) for other fake services
        self._servers: list[ThreadingHTTPServer] = []

    # ---- set-up -----------------------------------------------------------------------------

    def register(self, client_id: str, secret: str, username: str, *, consent: bool = True) -> App:
        app = App(client_id, secret, username, consent)
        self.apps[client_id] = app
        return app

    @property
    def authority(self) -> str:
        return f"https://127.0.0.1:{self._servers[0].server_address[1]}/{self.tenant}"

    @property
    def base_url(self) -> str:
        return f"https://127.0.0.1:{self._servers[0].server_address[1]}"

    @property
    def introspection_url(self) -> str:
        return f"http://127.0.0.1:{self._servers[1].server_address[1]}/introspect"

    def start(self) -> None:
        https = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        https.socket = self.tls.server_context().wrap_socket(https.socket, server_side=True)
        plain = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._servers = [https, plain]
        for server in self._servers:
            server.daemon_threads = True
            threading.Thread(target=server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        for server in self._servers:
            server.shutdown()
            server.server_close()

    # ---- behaviour --------------------------------------------------------------------------

    def openid_configuration(self) -> dict:
        base = f"{self.authority}"
        return {
            "issuer": f"{base}/v2.0",
            "authorization_endpoint": f"{base}/oauth2/v2.0/authorize",
            "token_endpoint": f"{base}/oauth2/v2.0/token",
            "device_authorization_endpoint": f"{base}/oauth2/v2.0/devicecode",
            "token_endpoint_auth_methods_supported": ["client_secret_post", "private_key_jwt"],
            "response_types_supported": ["code", "id_token", "code id_token"],
            "scopes_supported": ["openid", "profile", "email", "offline_access"],
            "tenant_region_scope": "EU",
        }

    def issue(self, form: dict[str, str]) -> tuple[int, dict]:
        self.token_requests += 1
        app = self.apps.get(form.get("client_id", ""))
        if form.get("grant_type") != "client_credentials":
            return 400, _error("unsupported_grant_type", 70003, "AADSTS70003: The app requested an unsupported grant type.")
        if app is None:
            return 400, _error("unauthorized_client", 700016,
                               f"AADSTS700016: Application with identifier '{form.get('client_id')}' was not found "
                               f"in the directory '{self.tenant}'.")
        if form.get("client_secret") != app.secret:
            return 401, _error("invalid_client", 7000215,
                               "AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the "
                               "request is the client secret value, not the client secret ID.")
        if not app.consent:
            return 400, _error("invalid_grant", 65001,
                               f"AADSTS65001: The user or administrator has not consented to use the application "
                               f"with ID '{app.client_id}'. Send an interactive authorization request for this "
                               "user and resource.")
        token = "eyJ0eXAiOiJKV1Qi." + secrets.token_urlsafe(24)
        self.tokens[token] = (app.username, time.time() + 3599)
        return 200, {"token_type": "Bearer", "expires_in": 3599, "ext_expires_in": 3599, "access_token": token}

    def introspect(self, form: dict[str, str]) -> dict:
        username, expires = self.tokens.get(form.get("token", ""), ("", 0.0))
        if not username or expires < time.time():
            return {"active": "false"}
        return {"active": "true", "username": username}

    def username_for(self, authorization: str) -> str:
        """The mailbox a ``Bearer`` header's token is good for ('' if none)."""
        token = authorization.removeprefix("Bearer ").strip()
        username, expires = self.tokens.get(token, ("", 0.0))
        return username if expires > time.time() else ""

    def _handler_class(self):
        entra = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format, *args):  # noqa: A002 - the base class's signature
                pass

            def _send(self, status: int, body: bytes, content_type: str = "application/json") -> None:
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def _form(self) -> dict[str, str]:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length).decode()
                return {k: v[0] for k, v in parse_qs(raw).items()}

            def do_GET(self):
                if self.path.startswith(f"/{entra.tenant}/v2.0/.well-known/openid-configuration"):
                    return self._send(200, json.dumps(entra.openid_configuration()).encode())
                return self._send(404, b"{}")

            def do_POST(self):
                for prefix, route in entra.extra_routes.items():
                    if self.path.startswith(prefix):
                        length = int(self.headers.get("Content-Length") or 0)
                        status, body, content_type = route(self.path, dict(self.headers), self.rfile.read(length))
                        return self._send(status, body, content_type)
                if self.path.startswith(f"/{entra.tenant}/oauth2/v2.0/token"):
                    status, body = entra.issue(self._form())
                    return self._send(status, json.dumps(body).encode())
                if self.path.startswith("/introspect"):
                    return self._send(200, json.dumps(entra.introspect(self._form())).encode())
                return self._send(404, b"{}")

        return Handler


def _error(error: str, code: int, description: str) -> dict:
    return {"error": error, "error_description": description, "error_codes": [code],
            "timestamp": time.strftime("%Y-%m-%d %H:%M:%SZ", time.gmtime()),
            "trace_id": "00000000-0000-0000-0000-000000000000",
            "correlation_id": "00000000-0000-0000-0000-000000000000"}

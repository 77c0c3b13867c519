"""The small HTTP endpoint: ``/healthz`` for a load balancer or monitor, ``/metrics`` for Prometheus.

Off unless ``[observe] http`` names an address; the settings refuse anything
but a loopback address unless ``allow_remote = true`` (see bot/config.py).
It serves from a daemon thread with the standard library's HTTP server,
answers GET only, and logs nothing per request.
"""

from __future__ import annotations

import threading
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable

from prometheus_client import CONTENT_TYPE_LATEST

from .health import Health
from .metrics import Metrics


class ObserveServer:
    """``/healthz``: 200 when the last mailbox poll is recent, else 503; ``/metrics``: the Prometheus text."""

    def __init__(self, address: tuple[str, int], metrics: Metrics, health: Callable[[], Health]):
        self.metrics = metrics
        self.health = health
        self.httpd = ThreadingHTTPServer(address, self._handler())
        self.httpd.daemon_threads = True
        self.thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        return self.httpd.server_address[1]

    def _handler(self):
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - the standard library's name
                path = self.path.split("?", 1)[0]
                if path == "/healthz":
                    health = server.health()
                    self._send(200 if health.healthy else 503, "text/plain; charset=utf-8",
                               f"{'ok' if health.healthy else 'unhealthy'}: {health.text}\n".encode())
                elif path == "/metrics":
                    self._send(200, CONTENT_TYPE_LATEST, server.metrics.exposition())
                else:
                    self._send(404, "text/plain; charset=utf-8", b"not found: try /healthz or /metrics\n")

            def _send(self, code: int, content_type: str, body: bytes) -> None:
                self.send_response(code)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Cache-Control", "no-store")
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args) -> None:  # noqa: A002 - the standard library's signature
                pass

        return Handler

    def start(self) -> "ObserveServer":
        self.thread = threading.Thread(target=self.httpd.serve_forever, name="observe-http", daemon=True)
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        if self.thread is not None:
            self.thread.join(timeout=5)


def health_now(settings, clock) -> Callable[[], Health]:
    from .health import check_health

    def current() -> Health:
        now: datetime = clock.now()
        return check_health(settings, now)

    return current

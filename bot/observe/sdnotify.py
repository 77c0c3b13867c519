"""systemd's service notifications (sd_notify): READY, WATCHDOG, STATUS and STOPPING.

Under ``Type=notify`` systemd gives the service a datagram socket in
``$NOTIFY_SOCKET`` ("@name" is Linux's abstract namespace).  Each
notification is one datagram of ``KEY=value`` lines.  Outside systemd the
variable is unset and every call does nothing, so the same code runs in a
terminal, a container and the tests.  A dozen lines of socket code rather
than a dependency: the protocol is that small.
"""

from __future__ import annotations

import os
import socket


def notify(state: str, socket_path: str | None = None) -> bool:
    """Send ``state`` (e.g. "READY=1") to systemd; False when not under systemd or the socket is gone."""
    path = socket_path if socket_path is not None else os.environ.get("NOTIFY_SOCKET", "")
    if not path:
        return False
    address = "\0" + path[1:] if path.startswith("@") else path
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as sock:
            sock.connect(address)
            sock.sendall(state.encode("utf-8"))
    except OSError:
        return False  # systemd restarting, or a stale variable: never a reason to stop the bot
    return True


def watchdog_seconds() -> float | None:
    """``WatchdogSec=`` as systemd passes it (``$WATCHDOG_USEC``, for this process only), or None."""
    usec = os.environ.get("WATCHDOG_USEC", "")
    pid = os.environ.get("WATCHDOG_PID", "")
    if not usec.isdigit() or int(usec) == 0 or (pid and pid != str(os.getpid())):
        return None
    return int(usec) / 1_000_000

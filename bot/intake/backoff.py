"""Exponential back-off for reconnecting to a mail server that went away.

After each failure the wait doubles, up to a ceiling, so an outage of the
council's mail server does not turn the bot into a connection storm; the
first success puts it back to the start.
"""

from __future__ import annotations

import time
from typing import Callable


class Backoff:
    def __init__(self, first: float = 1.0, maximum: float = 300.0, clock: Callable[[], float] = time.monotonic):
        self.first = first
        self.maximum = maximum
        self.clock = clock
        self.failures = 0
        self.until = 0.0
        self.last_error = ""

    def failed(self, error: str = "") -> float:
        """Record a failure; returns how many seconds to wait before the next try."""
        self.failures += 1
        self.last_error = error or self.last_error
        delay = min(self.maximum, self.first * 2 ** (self.failures - 1))
        self.until = self.clock() + delay
        return delay

    def waiting(self) -> float:
        """Seconds left before another try is allowed (0 when it may go now)."""
        return max(0.0, self.until - self.clock())

    def reset(self) -> None:
        self.failures = 0
        self.until = 0.0
        self.last_error = ""

"""Content-addressed archive of every message's exact bytes, written before anything else.

The path is the SHA-256 of the bytes, so archiving is idempotent and the
original can always be checked against its hash.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from .fsutil import atomic_write


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class Archive:
    def __init__(self, root: Path):
        self.root = root

    def path_for(self, sha256: str) -> Path:
        return self.root / sha256[:2] / f"{sha256}.eml"

    def put(self, data: bytes) -> str:
        """Store the bytes (once) and return their SHA-256."""
        sha = digest(data)
        path = self.path_for(sha)
        if not path.exists():
            atomic_write(path, data)
        return sha

    def get(self, sha256: str) -> bytes:
        data = self.path_for(sha256).read_bytes()
        if digest(data) != sha256:
            from .errors import StoreError

            raise StoreError(f"archived message {sha256} does not match its hash: the archive is damaged")
        return data

    def __contains__(self, sha256: str) -> bool:
        return self.path_for(sha256).exists()

"""Shared fixtures: a bot home in a temporary folder, the shipped samples, the CLI in-process."""

from __future__ import annotations

import json
import os
import shutil
from email.message import EmailMessage
from pathlib import Path

import pytest
from hypothesis import settings

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "tests" / "data" / "samples"
SHARED = ROOT.parent / "shared"

# Hypothesis (tests/test_fuzz.py, tests/test_classify.py) draws new random inputs on every local run, which is
# how it finds new bugs; under CI=true it draws the same ones every time, so a run on a clean clone passes or
# fails on the code alone, never on luck.  A failure found locally is added as an @example, so CI keeps it.
settings.register_profile("ci", derandomize=True)
if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
    settings.load_profile("ci")

# Real mail servers (Dovecot, aiosmtpd, a fake Entra ID) for the transport tests.
pytest_plugins = ["tests.servers.fixtures"]


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Files with a test marked slow first, then the others by their number of tests (most first).

    `make test` runs the files on two workers (pytest-xdist, --dist loadfile --no-loadscope-reorder), each
    worker taking the next file in this order when it is free.  Handed out last, a four-minute file kept
    one worker busy while the other sat idle; handed out first, the short files fill in beside it.
    """
    files: dict[str, list[pytest.Item]] = {}
    for item in items:
        files.setdefault(item.nodeid.split("::")[0], []).append(item)

    def heaviest_first(name: str) -> tuple[bool, int]:
        return not any(item.get_closest_marker("slow") for item in files[name]), -len(files[name])

    items[:] = [item for name in sorted(files, key=heaviest_first) for item in files[name]]


def sample_labels() -> dict[str, dict]:
    return json.loads((SAMPLES / "labels.json").read_text())


def mail(body: str = "", *, sender: str = "Jo Bloggs <jo.bloggs@example.com>",
         to: str = "complaints@council.example", subject: str = "About my mother's care",
         message_id: str | None = "<test@example.com>", date: str | None = "Mon, 02 Mar 2026 10:00:00 +0000",
         headers: dict[str, str] | None = None) -> EmailMessage:
    """A plain-text message to the complaints mailbox, the one builder every test module shares.

    ``message_id`` or ``date`` set to None leaves that header out; ``headers`` adds others in order.
    """
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    if date is not None:
        msg["Date"] = date
    if message_id is not None:
        msg["Message-ID"] = message_id
    for name, value in (headers or {}).items():
        msg[name] = value
    msg.set_content(body)
    return msg


def line_of(path: Path, needle: str) -> int:
    """The number of the first line of ``path`` that contains ``needle`` (config errors name it)."""
    return next(n for n, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if needle in text)


def make_home(home: Path) -> Path:
    """An empty bot home with the project's settings file copied in (paths point back at the project)."""
    home.mkdir(parents=True, exist_ok=True)
    text = (ROOT / "bot.toml").read_text()
    text = text.replace('routing = "routing.toml"', f'routing = "{ROOT / "routing.toml"}"')
    text = text.replace('templates = "templates/letters"', f'templates = "{ROOT / "templates" / "letters"}"')
    (home / "bot.toml").write_text(text)
    return home


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return make_home(tmp_path / "home")


@pytest.fixture
def cli(home: Path, capsys):
    """Run ``complaints-bot`` in-process against ``home``; returns (exit code, stdout, stderr)."""
    from bot.cli import main

    def run(*args: str):
        code = main([*args, "--home", str(home)])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


@pytest.fixture
def shared() -> Path:
    if not SHARED.exists():
        pytest.skip(f"../shared is absent ({SHARED}); it holds the council documents and corpora")
    return SHARED


def copy_samples(target: Path, names: list[str] | None = None) -> list[Path]:
    from bot.intake.maildir import deliver_bytes

    files = sorted(SAMPLES.glob("*.eml"))
    if names:
        files = [f for f in files if f.stem in names]
    for f in files:
        deliver_bytes(target, f.read_bytes())
    return files


@pytest.fixture
def clean_copy(tmp_path: Path):
    def make(src: Path) -> Path:
        dst = tmp_path / src.name
        shutil.copy(src, dst)
        return dst

    return make

"""The deployment files: the systemd unit, docker-compose.yml and its settings, and sd_notify.

The unit is read with a strict little parser and checked for the hardening the
docs promise, then (where systemd is installed) linted by systemd itself with
``deploy/verify-unit``.  docker-compose.yml is parsed with PyYAML and every
path it names must exist.  sd_notify is tested against a real unix datagram
socket, and the runner's READY and WATCHDOG notifications through it.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import threading
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT

DEPLOY = ROOT / "deploy"
UNIT = DEPLOY / "complaints-bot.service"


def parse_unit(path: Path) -> dict[str, dict[str, list[str]]]:
    """systemd's unit syntax, strictly: [Section] headers, Key=value lines, comments; a key may repeat."""
    sections: dict[str, dict[str, list[str]]] = {}
    current = None
    for number, line in enumerate(path.read_text().splitlines(), 1):
        if not line.strip() or line.lstrip().startswith(("#", ";")):
            continue
        header = re.fullmatch(r"\[([A-Za-z]+)\]", line)
        if header:
            assert header.group(1) not in sections, f"{path}:{number}: section repeated"
            current = sections.setdefault(header.group(1), {})
            continue
        match = re.fullmatch(r"([A-Za-z][A-Za-z0-9]*)=(.*)", line)
        assert match and current is not None, f"{path}:{number}: not Key=value inside a section: {line!r}"
        assert not line.endswith("\\"), f"{path}:{number}: continuation lines are not used here"
        current.setdefault(match.group(1), []).append(match.group(2))
    return sections


def test_unit_is_hardened():
    unit = parse_unit(UNIT)
    service = {key: values[-1] for key, values in unit["Service"].items()}
    assert set(unit) == {"Unit", "Service", "Install"}
    assert service["Type"] == "notify" and service["NotifyAccess"] == "main"
    assert service["User"] not in ("root", "0") and service["Group"] not in ("root", "0")
    assert service["ProtectSystem"] == "strict" and service["ProtectHome"] == "true"
    home = dict(v.split("=", 1) for v in unit["Service"]["Environment"])["COMPLAINTS_BOT_HOME"]
    assert home in service["ReadWritePaths"].split() and service["StateDirectory"] == Path(home).name
    assert service["Restart"] == "on-failure" and int(service["WatchdogSec"]) >= 60
    assert service["UMask"] == "0077" and service["StateDirectoryMode"] == "0700"
    for key in ("NoNewPrivileges", "PrivateTmp", "PrivateDevices", "ProtectKernelTunables", "ProtectKernelModules",
                "ProtectControlGroups", "RestrictSUIDSGID", "LockPersonality", "RestrictNamespaces"):
        assert service[key] == "true", key
    assert service["CapabilityBoundingSet"] == "" and service["AmbientCapabilities"] == ""
    assert service["ExecStart"].split()[1:3] == ["run", "--log-format"]
    assert service["ExecReload"].split()[1:] == ["reload"]  # checks the files, then SIGHUP
    # The watchdog fires after WatchdogSec; the bot pings every half of it, and is given time to load.
    assert int(service["TimeoutStartSec"]) >= 120
    assert unit["Install"]["WantedBy"] == ["multi-user.target"]


def test_systemd_itself_verifies_the_unit():
    if not shutil.which("systemd-analyze"):
        pytest.skip("systemd-analyze is not installed (apt-get install systemd): the unit is checked by "
                    "test_unit_is_hardened only")
    program = shutil.which("complaints-bot") or str(Path(os.sys.executable).parent / "complaints-bot")
    result = subprocess.run(["sh", str(DEPLOY / "verify-unit"), program], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "verify OK" in result.stdout


def test_verify_unit_catches_a_misspelt_directive(tmp_path):
    if not shutil.which("systemd-analyze"):
        pytest.skip("systemd-analyze is not installed")
    (tmp_path / "deploy").mkdir()
    shutil.copy(DEPLOY / "verify-unit", tmp_path / "deploy")
    text = UNIT.read_text().replace("ProtectSystem=strict", "ProtectSytem=strict")
    (tmp_path / "deploy" / "complaints-bot.service").write_text(text)
    program = shutil.which("complaints-bot") or str(Path(os.sys.executable).parent / "complaints-bot")
    result = subprocess.run(["sh", str(tmp_path / "deploy" / "verify-unit"), program], capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 1 and "Unknown key 'ProtectSytem'" in result.stderr


def test_compose_file_builds_the_dockerfile_and_mounts_what_exists():
    yaml = pytest.importorskip("yaml")
    compose = yaml.safe_load((DEPLOY / "docker-compose.yml").read_text())
    [service] = compose["services"].values()
    build = service["build"]
    context = (DEPLOY / build["context"]).resolve()
    assert context == ROOT and (context / build["dockerfile"]).is_file()
    assert service["healthcheck"]["test"] == ["CMD", "complaints-bot", "health"]
    assert service["command"][0] == "run"
    environment = service["environment"]
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert f"COMPLAINTS_BOT_HOME={environment['COMPLAINTS_BOT_HOME']}" in dockerfile
    assert 'CMD ["complaints-bot", "health"]' in dockerfile
    mounts = {}
    for volume in service["volumes"]:
        source, target = volume.split(":")[:2]
        mounts[target] = source
        if source.startswith((".", "/")):
            assert (DEPLOY / source).exists(), f"{volume}: {source} does not exist next to docker-compose.yml"
        else:
            assert source in compose["volumes"], f"{volume}: named volume not declared"
    assert mounts[environment["COMPLAINTS_BOT_HOME"]] in compose["volumes"]  # state in a named volume
    config = Path(environment["COMPLAINTS_BOT_CONFIG"])
    assert (DEPLOY / mounts[str(config.parent)] / config.name).is_file()
    for name in service["secrets"]:
        assert name in compose["secrets"]
    # The published port is the one the settings serve metrics on, and only on the host's loopback.
    [published] = service["ports"]
    host_ip, host_port, container_port = published.split(":")
    assert host_ip == "127.0.0.1" and host_port == container_port


def test_compose_settings_are_valid_and_match_the_compose_file(monkeypatch, tmp_path):
    from bot.config import load_settings
    from bot.send.smtp import smtp_options

    settings = load_settings(str(DEPLOY / "config" / "bot.toml"), str(tmp_path / "home"))
    assert settings.observe.http_address == ("0.0.0.0", 9464) and settings.observe.allow_remote
    assert settings.observe.log_format == "json" and settings.council.admin.endswith("@council.example")
    assert settings.mailbox["password_file"] == "/run/secrets/imap_password"
    assert smtp_options(settings).port == 587
    compose = (DEPLOY / "docker-compose.yml").read_text()
    assert '"127.0.0.1:9464:9464"' in compose


# ---- sd_notify ------------------------------------------------------------------------------------


@pytest.fixture
def notify_socket(tmp_path, monkeypatch):
    """A real unix datagram socket standing in for systemd's; returns a function reading what arrived."""
    path = str(tmp_path / "notify")
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(path)
    sock.settimeout(0.2)
    monkeypatch.setenv("NOTIFY_SOCKET", path)
    received: list[str] = []

    def read(until: str, timeout: float = 5.0) -> list[str]:
        end = time.monotonic() + timeout
        while time.monotonic() < end and not any(until in r for r in received):
            try:
                received.append(sock.recv(4096).decode())
            except socket.timeout:
                pass
        return received

    yield read
    sock.close()


def test_notify_writes_one_datagram(notify_socket):
    from bot.observe.sdnotify import notify

    assert notify("READY=1\nSTATUS=hello")
    assert notify_socket("READY") == ["READY=1\nSTATUS=hello"]


def test_notify_to_an_abstract_socket(monkeypatch):
    from bot.observe.sdnotify import notify

    name = f"complaints-bot-test-{os.getpid()}"
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
        sock.bind("\0" + name)
        sock.settimeout(2)
        monkeypatch.setenv("NOTIFY_SOCKET", "@" + name)
        assert notify("WATCHDOG=1")
        assert sock.recv(100) == b"WATCHDOG=1"


def test_notify_outside_systemd_does_nothing(monkeypatch, tmp_path):
    from bot.observe.sdnotify import notify, watchdog_seconds

    monkeypatch.delenv("NOTIFY_SOCKET", raising=False)
    monkeypatch.delenv("WATCHDOG_USEC", raising=False)
    assert not notify("READY=1") and watchdog_seconds() is None
    monkeypatch.setenv("NOTIFY_SOCKET", str(tmp_path / "gone"))
    assert not notify("READY=1")  # a stale socket never stops the bot
    monkeypatch.setenv("WATCHDOG_USEC", "300000000")
    assert watchdog_seconds() == 300.0
    monkeypatch.setenv("WATCHDOG_PID", str(os.getpid() + 1))
    assert watchdog_seconds() is None  # meant for another process


def test_runner_says_ready_and_feeds_the_watchdog(home, notify_socket, monkeypatch, classifier):
    from bot.config import load_settings
    from bot.pipeline import Bot
    from scheduler.runner import Runner

    monkeypatch.setenv("WATCHDOG_USEC", "600000")  # 0.6 s: pinged every 0.3 s
    bot = Bot(load_settings(None, str(home)), classifier=classifier)
    runner = Runner(bot, poll_seconds=0.2)
    thread = threading.Thread(target=runner.start, kwargs={"install_signals": False}, daemon=True)
    thread.start()
    try:
        received = notify_socket("WATCHDOG=1")
        assert received[0].startswith("READY=1") and "WATCHDOG=1" in received
        # A poll that has handled no message for stuck_seconds: the runner stops feeding the watchdog,
        # so systemd restarts it; one that keeps handling messages (a long backlog) is fed.
        runner.scheduler.pause_job("poll-mailbox")  # no real poll changes poll_started meanwhile
        while runner.poll_started is not None:
            time.sleep(0.01)
        runner.stuck_seconds = 10.0
        runner.poll_started = bot.progress_at = time.monotonic() - 11
        assert runner.watchdog() is False
        bot.progress_at = time.monotonic() - 1
        assert runner.watchdog() is True
        # No poll for longer than that (a chaser run or a flush hung on the one worker thread): not fed either.
        runner.poll_started = None
        runner.poll_ended = time.monotonic() - 11 - runner.poll_seconds
        assert runner.watchdog() is False
        runner.poll_ended = time.monotonic()
        assert runner.watchdog() is True
    finally:
        runner.stop()
        thread.join(timeout=10)
        bot.close()
    assert "STOPPING=1" in notify_socket("STOPPING=1")

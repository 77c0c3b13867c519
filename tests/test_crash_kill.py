"""SIGKILL at random points during a batch: after restarts nothing is lost and nothing is doubled.

A real subprocess ``complaints-bot run --once --home H --now …`` handles a
batch of real .eml files and is killed with ``os.kill(pid, SIGKILL)`` after a
random delay (sometimes while it is still starting, mostly while it moves mail).
Then ``run --once`` runs again until the inbox is empty.  Afterwards:

* the store opens cleanly (checked after every kill, too);
* every delivered message has exactly one entry: in one case's messages, one
  ignored record, or quarantine;
* no action is left pending, and each case's complainant has at most one
  acknowledgement: outbox files are named from the Message-ID, so a letter
  written twice would be two files answering the same original
  (In-Reply-To), or a sent acknowledgement with no file.

bench/soak.py runs 50 trials of 200 messages with the same code.
"""

from __future__ import annotations

import email
import email.policy
import json
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from bot.archive import digest
from bot.parse import parse_message
from bot.store import Store, message_key
from tests.conftest import ROOT, SAMPLES, make_home

NOW = "2026-11-30T10:00"
BOT = [str(ROOT / ".venv" / "bin" / "complaints-bot")] if (ROOT / ".venv" / "bin" / "complaints-bot").exists() \
    else [sys.executable, "-m", "bot.cli"]


def run_bot(home: Path) -> subprocess.Popen:
    return subprocess.Popen([*BOT, "run", "--once", "--home", str(home), "--now", NOW],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)


def inbox(home: Path) -> list[Path]:
    return [p for sub in ("new", "cur") for p in (home / "mailbox" / sub).iterdir()]


def store_opens(home: Path) -> bool:
    """The store file is whole JSON and TinyDB opens it (an absent file is fine before the first write)."""
    path = home / "cases.json"
    if path.exists():
        json.loads(path.read_text(encoding="utf-8"))
    Store(path).close()
    return True


def kill_at_random(home: Path, rng: random.Random) -> dict:
    """Start the bot, wait a random moment (usually until mail is moving), SIGKILL it."""
    processed = home / "mailbox" / ".Processed" / "cur"
    process = run_bot(home)
    early = rng.random() < 0.2
    started = time.monotonic()
    if not early:
        while process.poll() is None and time.monotonic() - started < 120:
            if processed.exists() and any(processed.iterdir()):
                break
            time.sleep(0.02)
    time.sleep(rng.uniform(0, 0.5 if early else 1.5))
    finished = process.poll() is not None
    if not finished:
        os.kill(process.pid, signal.SIGKILL)
    process.wait()
    return {"killed": not finished, "after_seconds": round(time.monotonic() - started, 2)}


def finish(home: Path, max_runs: int = 5) -> int:
    """run --once until the inbox is empty; returns how many runs it took."""
    for attempt in range(1, max_runs + 1):
        process = run_bot(home)
        assert process.wait(timeout=600) == 0
        store_opens(home)
        if not inbox(home):
            return attempt
    return max_runs


def check(home: Path, batch: list[bytes]) -> dict:
    """Count lost and doubled messages and letters after the restarts."""
    store = json.loads((home / "cases.json").read_text(encoding="utf-8"))
    cases = list(store.get("cases", {}).values())
    entries = Counter(m["key"] for c in cases for m in c["messages"])
    entries.update(r["key"] for r in store.get("ignored", {}).values())
    quarantined = Counter(p.name.split("-", 1)[1] for p in (home / "quarantine").iterdir() if not p.name.startswith("."))
    lost = doubled = 0
    for data in batch:
        sha = digest(data)
        key = message_key(parse_message(data).message_id, sha)
        count = entries[key] + quarantined[sha[:12]]
        lost += count == 0
        doubled += count > 1
    answers: Counter = Counter()
    files = set()
    for sub in ("new", "cur"):
        for path in (home / "outbox" / sub).iterdir():
            files.add(path.name.split(":")[0])
            message = email.message_from_bytes(path.read_bytes(), policy=email.policy.compat32)
            if str(message.get("Auto-Submitted", "")) == "auto-replied":
                answers[str(message.get("In-Reply-To", "")).strip()] += 1
    from bot.act.outbox import file_name

    pending = sum(1 for c in cases for a in c.get("actions", []) if a["status"] == "pending")
    acks_per_case = Counter(c["ref"] for c in cases for s in c.get("sent", []) if s["letter"] == "acknowledgement")
    missing_files = sum(1 for c in cases for s in c.get("sent", []) if file_name(s["message_id"]) not in files)
    return {
        "messages": len(batch),
        "lost": lost,
        "duplicated_entries": doubled,
        "duplicate_acknowledgements": sum(n - 1 for n in answers.values() if n > 1)
        + sum(n - 1 for n in acks_per_case.values() if n > 1),
        "pending_actions": pending,
        "sent_letters_without_file": missing_files,
        "cases": len(cases),
    }


def trial(home: Path, batch: list[bytes], seed: int) -> dict:
    """One kill-and-restart trial on a fresh home."""
    from bot.intake.maildir import deliver_bytes

    make_home(home)
    for data in batch:
        deliver_bytes(home / "mailbox", data)
    rng = random.Random(seed)
    kill = kill_at_random(home, rng)
    store_opens(home)
    runs = finish(home)
    result = check(home, batch)
    result.update(kill, seed=seed, restarts=runs, inbox_left=len(inbox(home)))
    return result


def test_sigkill_during_a_batch_loses_and_doubles_nothing(tmp_path):
    batch = [p.read_bytes() for p in sorted(SAMPLES.glob("*.eml"))[:20]]
    results = [trial(tmp_path / f"home{seed}", batch, seed) for seed in (1, 2, 3)]
    assert any(r["killed"] for r in results)
    for r in results:
        assert r["inbox_left"] == 0, r
        assert r["lost"] == 0 and r["duplicated_entries"] == 0, r
        assert r["duplicate_acknowledgements"] == 0 and r["pending_actions"] == 0, r
        assert r["sent_letters_without_file"] == 0, r

"""Store schema versions: an older store is migrated (a copy kept first), a newer one refused.

The older store is a real one: ``tests/data/stores/schema1/cases.json`` was written
by the first released schema (see its README).  The crash test kills a real
process with SIGKILL in the middle of the migration.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from bot import __version__
from bot.errors import StoreTooNew
from bot.store import Store
from bot.store_schema import SCHEMA_VERSION, copy_path
from tests.conftest import ROOT

SCHEMA1 = ROOT / "tests" / "data" / "stores" / "schema1"


def schema1_home(home: Path) -> Path:
    shutil.copy(SCHEMA1 / "cases.json", home / "cases.json")
    return home / "cases.json"


def raw(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def test_a_new_store_records_its_schema_and_release(tmp_path):
    store = Store(tmp_path / "cases.json")
    meta = store.schema()
    store.close()
    assert meta["schema_version"] == SCHEMA_VERSION == 2
    assert meta["bot_version"] == __version__ and meta["created_at"] and meta["migrations"] == []
    assert not list(tmp_path.glob("*.bak"))


def test_the_first_released_schema_is_upgraded_and_its_cases_and_deadlines_kept(home, cli):
    path = schema1_home(home)
    before = raw(path)
    assert before["meta"] == {"1": {"schema_version": 1}}
    code, out, err = cli("deadlines", "--json", "--now", "2026-12-01T10:00")
    assert code == 0, err
    after = raw(path)
    # The copy is the old file, byte for byte, and private.
    copy = copy_path(path, 1)
    assert copy.name == "cases.json.schema1.bak"
    assert copy.read_bytes() == (SCHEMA1 / "cases.json").read_bytes()
    assert copy.stat().st_mode & 0o777 == 0o600
    # Cases and ignored records are untouched; meta says what happened.
    assert after["cases"] == before["cases"] and after["ignored"] == before["ignored"]
    meta = after["meta"]["1"]
    assert meta["schema_version"] == 2 and meta["bot_version"] == __version__ and meta["created_at"] is None
    assert [(m["from"], m["to"], m["copy"]) for m in meta["migrations"]] == [(1, 2, "cases.json.schema1.bak")]
    # The deadlines are those the first release printed for the same store and time.
    expected = json.loads((SCHEMA1 / "deadlines.json").read_text())

    def steps(listing):
        return [(s["ref"], s["step"], s["due"], s["state"]) for s in listing["steps"]]

    assert steps(json.loads(out)) == steps(expected)
    assert len(steps(expected)) >= 5


def test_opening_twice_migrates_once(tmp_path):
    path = schema1_home(tmp_path)
    first = Store(path)
    assert [(m["from"], m["to"]) for m in first.migrations] == [(1, 2)]
    first.close()
    copy = copy_path(path, 1)
    stamp = copy.stat().st_mtime_ns
    migrated = path.read_bytes()
    second = Store(path)
    assert second.migrations == []
    assert len(second.schema()["migrations"]) == 1
    second.close()
    assert path.read_bytes() == migrated and copy.stat().st_mtime_ns == stamp


def test_a_store_from_a_newer_bot_is_refused_and_left_alone(home, cli):
    path = schema1_home(home)
    data = raw(path)
    data["meta"]["1"] = {"schema_version": SCHEMA_VERSION + 1, "bot_version": "9.4.0", "migrations": []}
    path.write_text(json.dumps(data), encoding="utf-8")
    written = path.read_bytes()
    with pytest.raises(StoreTooNew) as caught:
        Store(path)
    message = str(caught.value)
    assert f"schema {SCHEMA_VERSION + 1}" in message and "complaints-bot 9.4.0 or later" in message
    assert f"this is complaints-bot {__version__}" in message
    code, _out, err = cli("cases", "list")
    assert code == 1 and "complaints-bot 9.4.0 or later" in err
    assert path.read_bytes() == written and not list(home.glob("*.bak"))


def test_a_newer_store_without_a_release_name_still_says_what_is_needed(tmp_path):
    path = schema1_home(tmp_path)
    data = raw(path)
    data["meta"]["1"] = {"schema_version": 7}
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(StoreTooNew, match=f"a complaints-bot release newer than {__version__}"):
        Store(path)


CRASH_IN_MIGRATION = """
import os, signal, sys
from pathlib import Path
from bot import store_schema
from bot.store import Store

def dies_half_way(data):
    data["cases"].clear()  # half-done work in memory, never written
    os.kill(os.getpid(), signal.SIGKILL)

store_schema.MIGRATIONS[1] = dies_half_way
Store(Path(sys.argv[1]))
"""


def test_a_crash_during_the_migration_leaves_the_old_store_and_its_copy(tmp_path):
    path = schema1_home(tmp_path)
    original = path.read_bytes()
    process = subprocess.run([sys.executable, "-c", CRASH_IN_MIGRATION, str(path)], cwd=ROOT,
                             env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True, timeout=120)
    assert process.returncode == -signal.SIGKILL, process.stderr.decode()
    assert path.read_bytes() == original  # the old store, whole
    assert copy_path(path, 1).read_bytes() == original  # and the copy, kept
    store = Store(path)  # the next start migrates it
    assert store.schema()["schema_version"] == SCHEMA_VERSION
    assert len(store.all_cases()) == 4
    store.close()
    assert copy_path(path, 1).read_bytes() == original


OPEN_STORE = """
import json, sys
from pathlib import Path
from bot.store import Store
store = Store(Path(sys.argv[1]))
print(json.dumps(store.migrations))
"""


def test_processes_opening_an_old_store_together_migrate_it_once(tmp_path):
    path = schema1_home(tmp_path)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    processes = [subprocess.Popen([sys.executable, "-c", OPEN_STORE, str(path)], cwd=ROOT, env=env,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(4)]
    ran = []
    for process in processes:
        out, err = process.communicate(timeout=120)
        assert process.returncode == 0, err.decode()
        ran.extend(json.loads(out))
    assert [(m["from"], m["to"]) for m in ran] == [(1, 2)]
    assert len(raw(path)["meta"]["1"]["migrations"]) == 1
    assert copy_path(path, 1).read_bytes() == (SCHEMA1 / "cases.json").read_bytes()

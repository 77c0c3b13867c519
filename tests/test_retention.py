"""Retention and subject access through the CLI, on a home filled by the real flow.

Three sample complaints become cases; two are closed (one long ago, one
recently) by writing status and closed_at as the ``close`` command does.
``retention`` is a dry run until ``--apply``; applying removes (or anonymises)
only the case past its period, with its archived bytes, its .Processed copy
and its letters, and logs references and counts, never personal data.  ``sar``
exports one complainant's cases, messages and letters, privately.
"""

from __future__ import annotations

import contextlib
import io
import json
import stat
import zipfile

import pytest

from bot.act.outbox import file_name
from bot.archive import digest
from bot.parse import parse_message
from tests.conftest import SAMPLES, copy_samples, make_home

NOW = "2033-01-10T10:00"
NAMES = ["d001", "d002", "d004"]


def call(home, *args):
    from bot.cli import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main([*args, "--home", str(home)])
    return code, out.getvalue()


@pytest.fixture
def filled(tmp_path, request):
    home = make_home(tmp_path / "home")
    action = getattr(request, "param", "delete")
    text = (home / "bot.toml").read_text().replace('action = "delete"', f'action = "{action}"')
    (home / "bot.toml").write_text(text)
    copy_samples(home / "mailbox", NAMES)
    assert call(home, "run", "--once", "--now", "2026-11-30T10:00")[0] == 0
    store = json.loads((home / "cases.json").read_text())
    cases = sorted(store["cases"].values(), key=lambda c: c["ref"])
    assert len(cases) == 3
    from bot.store import Store

    s = Store(home / "cases.json")
    s.update_case(cases[0]["ref"], lambda c: c.update(status="closed", closed_at="2026-12-01T12:00:00+00:00",
                                                      outcome="upheld"))
    s.update_case(cases[1]["ref"], lambda c: c.update(status="closed", closed_at="2028-06-01T12:00:00+00:00",
                                                      outcome="not upheld"))
    s.close()
    return home, cases


def test_dry_run_changes_nothing(filled):
    home, cases = filled
    before = (home / "cases.json").read_bytes()
    code, out = call(home, "retention", "--now", NOW, "--json")
    report = json.loads(out)
    assert code == 0 and report["refs"] == [cases[0]["ref"]] and not report["applied"]
    assert report["archived_messages_removed"] == 1 and report["letters_removed"] >= 1
    assert (home / "cases.json").read_bytes() == before
    assert not (home / "retention-log.json").exists()


def test_apply_deletes_the_case_its_archive_bytes_mailbox_copy_and_letters(filled):
    home, cases = filled
    old = cases[0]
    sha = old["messages"][0]["sha256"]
    letters = [file_name(s["message_id"]) for s in old["sent"]]
    assert letters
    code, out = call(home, "retention", "--now", NOW, "--apply", "--json")
    report = json.loads(out)
    assert code == 0 and report["refs"] == [old["ref"]] and report["applied"]
    store = json.loads((home / "cases.json").read_text())
    assert old["ref"] not in {c["ref"] for c in store["cases"].values()}
    assert len(store["cases"]) == 2
    assert not list((home / "archive").rglob(f"{sha}.eml"))
    processed = [p.read_bytes() for p in (home / "mailbox" / ".Processed" / "cur").iterdir()]
    assert sha not in {digest(b) for b in processed} and len(processed) == 2
    outbox = {p.name.split(":")[0] for sub in ("new", "cur") for p in (home / "outbox" / sub).iterdir()}
    assert not (set(letters) & outbox) and outbox
    # The log says what was done, with references and counts only.
    log = (home / "retention-log.json").read_text()
    assert old["ref"] in log
    parsed = parse_message((SAMPLES / "d001.eml").read_bytes())
    for personal in (parsed.from_addr, parsed.from_name, old["complainant"]["address"]):
        assert personal and personal not in log
    assert stat.S_IMODE((home / "retention-log.json").stat().st_mode) == 0o600
    # Running again finds nothing more to do.
    assert json.loads(call(home, "retention", "--now", NOW, "--apply", "--json")[1])["refs"] == []


@pytest.mark.parametrize("filled", ["anonymise"], indirect=True)
def test_apply_anonymises_when_configured(filled):
    home, cases = filled
    old = cases[0]
    code, out = call(home, "retention", "--now", NOW, "--apply", "--json")
    assert code == 0 and json.loads(out)["action"] == "anonymise"
    store = json.loads((home / "cases.json").read_text())
    [kept] = [c for c in store["cases"].values() if c["ref"] == old["ref"]]
    assert kept["status"] == "closed" and kept["outcome"] == "upheld" and kept["anonymised_at"]
    text = json.dumps(kept)
    for personal in (old["complainant"]["address"], old["complainant"]["name"], old["messages"][0]["subject"]):
        assert not personal or personal not in text
    assert "messages" not in kept and "audit" not in kept
    assert not list((home / "archive").rglob(f"{old['messages'][0]['sha256']}.eml"))


def test_subject_access_export(filled, tmp_path):
    home, cases = filled
    case = cases[1]
    address = case["complainant"]["address"]
    out = tmp_path / "export"
    code, text = call(home, "sar", address, "--out", str(out), "--json")
    index = json.loads(text)
    assert code == 0 and case["ref"] in index["cases"]
    exported = json.loads((out / "cases.json").read_text())
    assert all(c["complainant"]["address"] == address or address in c["parties"] for c in exported)
    sha = case["messages"][0]["sha256"]
    assert (out / "messages" / f"{sha}.eml").read_bytes() == (home / "archive" / sha[:2] / f"{sha}.eml").read_bytes()
    assert index["letters"]
    for name in index["letters"]:
        assert address.encode() in (out / name).read_bytes()
    for path in [out, *out.rglob("*")]:
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode == (0o700 if path.is_dir() else 0o600), (path, oct(mode))
    code, text = call(home, "sar", address, "--out", str(tmp_path / "export2"), "--zip", "--json")
    with zipfile.ZipFile(json.loads(text)["zip"]) as archive:
        assert "cases.json" in archive.namelist() and f"messages/{sha}.eml" in archive.namelist()
    assert call(home, "sar", "nobody@example.org", "--out", str(tmp_path / "none"), "--json")[0] == 0

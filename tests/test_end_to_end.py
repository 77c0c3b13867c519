"""The whole flow on the embedded default: Maildir in, cases stored, acknowledgements and forwards out.

Real .eml bytes, real files on disk, the real classifier; the clock is set with --now.
"""

from __future__ import annotations

import email
import email.policy
import json
from pathlib import Path

import pytest

from bot.intake.maildir import deliver_bytes
from tests.conftest import SAMPLES, copy_samples, make_home, sample_labels

NOW = "2026-11-30T10:00"


def outbox_messages(home: Path):
    out = []
    for sub in ("new", "cur"):
        for path in sorted((home / "outbox" / sub).glob("*")):
            out.append(email.message_from_bytes(path.read_bytes(), policy=email.policy.default))
    return out


def stored_cases(home: Path) -> list[dict]:
    """The cases in the bot's store (cases.json), in the order it holds them."""
    return list(json.loads((home / "cases.json").read_text())["cases"].values())


def run_once(cli):
    code, out, err = cli("run", "--once", "--now", NOW, "--json")
    assert code == 0, err
    return json.loads(out)


@pytest.fixture(scope="module")
def processed(tmp_path_factory):
    """The 80 samples through `complaints-bot run --once`, shared by the tests below (read-only)."""
    from bot.cli import main

    home = make_home(tmp_path_factory.mktemp("e2e"))
    copy_samples(home / "mailbox")
    import contextlib
    import io

    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        assert main(["run", "--once", "--now", NOW, "--json", "--home", str(home)]) == 0
    result = json.loads(buffer.getvalue())
    cases = json.loads((home / "cases.json").read_text())
    return home, result, cases


def test_every_sample_is_in_a_case_or_recorded_as_needing_none(processed):
    home, result, store = processed
    assert len(result["outcomes"]) == 80
    statuses = {o["status"] for o in result["outcomes"]}
    assert statuses <= {"case", "followup", "ignored"}, result["summary"]
    cases = store["cases"].values()
    ignored = store["ignored"].values()
    keys = {m["message_id"] for c in cases for m in c["messages"]} | {r["message_id"] for r in ignored}
    assert len(keys) == 80
    # The inbox is empty: every message moved to .Processed.
    assert not list((home / "mailbox" / "new").iterdir())
    assert len(list((home / "mailbox" / ".Processed" / "cur").iterdir())) == 80


def test_auto_replies_and_spam_get_no_acknowledgement(processed):
    home, result, store = processed
    labels = sample_labels()
    machine = {name for name, l in labels.items() if l["kind"] in ("auto_reply", "spam")}
    machine_senders = set()
    for name in machine:
        msg = email.message_from_bytes((SAMPLES / name).read_bytes(), policy=email.policy.default)
        machine_senders.add(msg["From"].addresses[0].addr_spec.lower() if msg["From"] and msg["From"].addresses else "")
    acks = [m for m in outbox_messages(home) if m["Auto-Submitted"] == "auto-replied"]
    ack_recipients = {a.addr_spec.lower() for m in acks for a in m["To"].addresses}
    assert not (ack_recipients & machine_senders)
    for record in store["ignored"].values():
        assert record["kind"] in ("auto_reply", "spam") or "own mail" in record["reason"]


def test_complaints_and_enquiries_are_acknowledged_with_reference_and_dates(processed):
    home, result, store = processed
    acks = [m for m in outbox_messages(home) if m["Auto-Submitted"] == "auto-replied"]
    assert len(acks) >= 50
    shapes = {c["ref"]: c["shape"] for c in store["cases"].values()}
    for ack in acks:
        ref = next(r for r in shapes if r in ack["Subject"])
        assert ack["X-Auto-Response-Suppress"] == "All"
        text = ack.get_body(("plain",)).get_content()
        assert "2026" in text
        if shapes[ref] != "compliment":
            assert "advocate" in text and "interpreter" in text and "Braille" in text
        html = ack.get_body(("html",)).get_content()
        assert '<html lang="en-GB">' in html
    # Every case with a public email address got exactly one acknowledgement.
    for case in store["cases"].values():
        sent = [s for s in case["sent"] if s["letter"] == "acknowledgement"]
        if case.get("no_acknowledgement"):
            assert not sent
        else:
            assert len(sent) == 1, case["ref"]


def test_each_routed_team_got_a_forward_with_the_original_attached(processed):
    home, result, store = processed
    forwards = [m for m in outbox_messages(home) if m["Auto-Submitted"] == "auto-generated"]
    by_to: dict[str, list] = {}
    for f in forwards:
        for a in f["To"].addresses:
            by_to.setdefault(a.addr_spec, []).append(f)
    from bot.route import load_routing
    from tests.conftest import ROOT

    routing = load_routing(ROOT / "routing.toml")
    for case in store["cases"].values():
        for team in case["routing"]["teams"]:
            address = routing.addresses(team)[0]
            mine = [f for f in by_to.get(address, []) if case["ref"] in f["Subject"]]
            assert mine, (case["ref"], team)
            attached = [p for p in mine[0].iter_attachments() if p.get_content_type() == "message/rfc822"]
            assert attached


def test_safeguarding_cases_are_urgent_and_go_to_safeguarding_first(processed):
    home, result, store = processed
    labels = sample_labels()
    by_message_id = {}
    for name in labels:
        msg = email.message_from_bytes((SAMPLES / name).read_bytes(), policy=email.policy.compat32)
        by_message_id[msg["Message-ID"].strip()] = name
    flagged = 0
    for case in store["cases"].values():
        name = by_message_id[case["messages"][0]["message_id"]]
        if labels[name]["safeguarding"]:
            assert case["safeguarding"], f"{name} must be flagged"
            assert case["routing"]["teams"][0] == "safeguarding"
            assert case["urgent"]
            flagged += 1
    assert flagged >= 5


def test_safeguarding_acknowledgement_does_not_say_safeguarding(processed):
    home, result, store = processed
    flagged = {c["ref"] for c in store["cases"].values() if c["safeguarding"]}
    checked = 0
    for m in outbox_messages(home):
        if m["Auto-Submitted"] == "auto-replied" and any(ref in m["Subject"] for ref in flagged):
            text = m.get_body(("plain",)).get_content().lower()
            # Never label the person or alarm (or tip off) someone else reading the email.
            assert "safeguarding" not in text and "abuse" not in text
            assert "999" in text
            checked += 1
    assert checked >= 5


def test_cases_list_and_show(processed, capsys):
    from bot.cli import main

    home, result, store = processed
    assert main(["cases", "list", "--home", str(home)]) == 0
    out = capsys.readouterr().out
    assert "ASC-2026-00001" in out and "REF" in out
    assert main(["cases", "list", "--json", "--home", str(home)]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == len(store["cases"])
    assert main(["cases", "show", "ASC-2026-00001", "--home", str(home)]) == 0
    shown = capsys.readouterr().out
    assert "Labels:" in shown and "Timeline:" in shown and "opened" in shown


def test_running_again_sends_nothing_new(tmp_path, home, cli):
    copy_samples(home / "mailbox", ["d001", "d002", "d003", "d021"])
    first = run_once(cli)
    before = sorted(p.name for p in (home / "outbox" / "new").iterdir())
    # Put the same bytes back (as a restart that had not yet moved them would see them).
    copy_samples(home / "mailbox", ["d001", "d002", "d003", "d021"])
    second = run_once(cli)
    after = sorted(p.name for p in (home / "outbox" / "new").iterdir())
    assert before == after
    assert {o["status"] for o in second["outcomes"]} == {"duplicate"}
    assert len(json.loads((home / "cases.json").read_text())["cases"]) == sum(
        1 for o in first["outcomes"] if o["status"] == "case")


def test_crash_after_storing_before_sending_is_repaired_without_duplicates(home, cli, monkeypatch):
    from bot.act import actions

    copy_samples(home / "mailbox", ["d002"])
    real = actions.Actor.complete_pending
    monkeypatch.setattr(actions.Actor, "complete_pending", lambda self, ref: (_ for _ in ()).throw(SystemExit(9)))
    with pytest.raises(SystemExit):
        cli("run", "--once", "--now", NOW)
    monkeypatch.setattr(actions.Actor, "complete_pending", real)
    # The case is stored, nothing sent yet, the message is still in the inbox.
    store = json.loads((home / "cases.json").read_text())
    assert len(store["cases"]) == 1
    assert not list((home / "outbox" / "new").iterdir())
    result = run_once(cli)
    assert [o["status"] for o in result["outcomes"]] == ["duplicate"]
    store = json.loads((home / "cases.json").read_text())
    case = next(iter(store["cases"].values()))
    assert all(a["status"] == "done" for a in case["actions"])
    acks = [m for m in outbox_messages(home) if m["Auto-Submitted"] == "auto-replied"]
    assert len(acks) == 1


def test_broken_message_is_quarantined_with_its_reason_and_requeues(home, cli):
    deliver_bytes(home / "mailbox", b"\r\n\r\n")
    result = run_once(cli)
    assert [o["status"] for o in result["outcomes"]] == ["quarantined"]
    code, out, _ = cli("quarantine", "list", "--json")
    entries = json.loads(out)
    assert len(entries) == 1 and entries[0]["stage"] == "parse" and "empty" in entries[0]["reason"]
    entry_id = entries[0]["id"]
    code, out, _ = cli("quarantine", "show", entry_id)
    assert code == 0 and "parse" in out
    # The bytes are kept exactly.
    assert (home / "quarantine" / entry_id / "message.eml").read_bytes() == b"\r\n\r\n"
    code, out, _ = cli("quarantine", "requeue", entry_id, "--now", NOW)
    assert code == 0 and "Requeued" in out
    assert json.loads(cli("quarantine", "list", "--json")[1]) == []
    # Back through the flow: still broken, so it is quarantined again (never lost).
    result = run_once(cli)
    assert [o["status"] for o in result["outcomes"]] == ["quarantined"]


def test_quarantined_message_that_is_fixed_goes_through_on_requeue(home, cli, monkeypatch):
    from classifiers import Classifier

    copy_samples(home / "mailbox", ["d002"])
    monkeypatch.setattr(Classifier, "classify", lambda self, parsed: (_ for _ in ()).throw(RuntimeError("model exploded")))
    result = run_once(cli)
    assert result["outcomes"][0]["status"] == "quarantined"
    assert "classify" in result["outcomes"][0]["detail"] and "model exploded" in result["outcomes"][0]["detail"]
    monkeypatch.undo()
    entry_id = json.loads(cli("quarantine", "list", "--json")[1])[0]["id"]
    cli("quarantine", "requeue", entry_id)
    result = run_once(cli)
    assert [o["status"] for o in result["outcomes"]] == ["case"]


def test_follow_up_from_the_complainant_joins_the_case(home, cli):
    copy_samples(home / "mailbox", ["d002"])
    run_once(cli)
    store = json.loads((home / "cases.json").read_text())
    case = next(iter(store["cases"].values()))
    ack_id = next(s["message_id"] for s in case["sent"] if s["letter"] == "acknowledgement")
    reply = (
        "From: Marcus Oyelaran <m.oyelaran@example.net>\r\nTo: complaints@council.example\r\n"
        f"Subject: Re: We have received your message - reference {case['ref']}\r\n"
        f"In-Reply-To: {ack_id}\r\nReferences: {ack_id}\r\nMessage-ID: <reply-1@example.net>\r\n"
        "Date: Mon, 30 Nov 2026 11:00:00 +0000\r\n\r\nThank you. I have found the letter they sent me too.\r\n"
    ).encode()
    deliver_bytes(home / "mailbox", reply)
    result = run_once(cli)
    assert [(o["status"], o["ref"]) for o in result["outcomes"]] == [("followup", case["ref"])]
    store = json.loads((home / "cases.json").read_text())
    assert len(store["cases"]) == 1
    case = next(iter(store["cases"].values()))
    assert len(case["messages"]) == 2


def test_stranger_quoting_a_reference_opens_a_new_linked_case(home, cli):
    copy_samples(home / "mailbox", ["d002"])
    run_once(cli)
    ref = stored_cases(home)[0]["ref"]
    stranger = (
        "From: Someone Else <someone@example.org>\r\nTo: complaints@council.example\r\n"
        f"Subject: About {ref}\r\nMessage-ID: <stranger-1@example.org>\r\n"
        "Date: Mon, 30 Nov 2026 11:00:00 +0000\r\n\r\nI want to complain about my own care too, the carers are always late.\r\n"
    ).encode()
    deliver_bytes(home / "mailbox", stranger)
    result = run_once(cli)
    outcome = result["outcomes"][0]
    assert outcome["status"] == "case" and outcome["ref"] != ref
    new = json.loads((home / "cases.json").read_text())
    new_case = next(c for c in new["cases"].values() if c["ref"] == outcome["ref"])
    assert new_case["linked_to"] == [ref]
    old_case = next(c for c in new["cases"].values() if c["ref"] == ref)
    assert len(old_case["messages"]) == 1  # the stranger was not added to someone else's case


def test_the_bots_own_mail_is_recorded_not_answered(home, cli):
    copy_samples(home / "mailbox", ["d002"])
    run_once(cli)
    ack = next((home / "outbox" / "new").iterdir()).read_bytes()
    deliver_bytes(home / "mailbox", ack)
    result = run_once(cli)
    assert result["outcomes"][0]["status"] == "ignored"
    assert "own mail" in result["outcomes"][0]["detail"]


def test_demo_delivers_the_samples(home, cli):
    code, out, _ = cli("demo")
    assert code == 0 and "80" in out
    assert len(list((home / "mailbox" / "new").iterdir())) == 80


def test_a_voicemail_from_the_phone_system_opens_a_case_and_mails_nobody_back(home, cli):
    """fresh168: the council's voicemail-to-email gateway marks its mail auto-generated.  The caller's words
    are a safeguarding concern: a case opens, the safeguarding team gets the forward, and no
    acknowledgement goes to the gateway's no-reply address (the case says to phone instead)."""
    voicemail = (
        "From: Voicemail Service <voicemail-noreply@council.example>\r\nTo: complaints@council.example\r\n"
        "Subject: New voicemail from 07700 900461 (1m 48s)\r\nMessage-ID: <vm-e2e-1@council.example>\r\n"
        "Date: Sun, 29 Nov 2026 22:14:00 +0000\r\nAuto-Submitted: auto-generated\r\n\r\n"
        "You have a new voicemail message.\r\n\r\nFrom: 07700 900461\r\n\r\n"
        "Transcription (automated - may contain errors):\r\n\r\n"
        "hello this is Karen calling about my mum Doreen she's in the care home she's 84 I've just seen her and "
        "she's got bruises all up her arm like finger marks and nobody can tell me how please ring me back\r\n\r\n"
        "To listen to this message open the attached audio file. Please do not reply to this email.\r\n"
    ).encode()
    deliver_bytes(home / "mailbox", voicemail)
    result = run_once(cli)
    assert [o["status"] for o in result["outcomes"]] == ["case"]
    case = stored_cases(home)[0]
    assert case["safeguarding"] and case["urgent"] and case["routing"]["teams"][0] == "safeguarding"
    assert "automatic message" in case["no_acknowledgement"]
    sent = outbox_messages(home)
    assert not [m for m in sent if "voicemail-noreply@council.example" in str(m["To"])]
    assert [m for m in sent if m["Auto-Submitted"] == "auto-generated"]  # the teams' forwards went out


def _form_notice(reply_to: str, message_id: str) -> bytes:
    """The council web form's automatic notice with a daughter's complaint inside and her address in Reply-To."""
    return (
        "From: Council Web Forms <webforms@council.example>\r\nTo: complaints@council.example\r\n"
        f"Reply-To: {reply_to}\r\nSubject: New submission: Adult social care complaint form\r\n"
        f"Message-ID: <{message_id}@forms.council.example>\r\n"
        "Date: Mon, 30 Nov 2026 08:40:00 +0000\r\nAuto-Submitted: auto-generated\r\n\r\n"
        "A new form has been submitted.\r\n\r\nName: Priya Shah\r\nEmail: " + reply_to + "\r\n"
        "Your complaint:\r\nI want to make a formal complaint about the home care agency. The carers have "
        "missed my father's lunchtime visit four times this month and nobody from the agency rang to say.\r\n"
    ).encode()


def _set_form_senders(home: Path, senders: str) -> None:
    path = home / "bot.toml"
    path.write_text(path.read_text().replace("form_senders = []", f"form_senders = {senders}"))


def test_a_web_form_notice_is_not_acknowledged_unless_the_admin_lists_the_form(home, cli):
    """By default a form's notice is automatic mail (RFC 3834): a case opens, nobody is mailed back."""
    deliver_bytes(home / "mailbox", _form_notice("priya.shah@example.com", "form-1"))
    run_once(cli)
    case = stored_cases(home)[0]
    assert "automatic message" in case["no_acknowledgement"]
    assert not [m for m in outbox_messages(home) if "priya.shah@example.com" in str(m["To"])]


def test_a_listed_web_form_gets_the_person_in_reply_to_acknowledged(home, cli):
    """[council] form_senders: the person who filled in the council's own form is acknowledged in time."""
    _set_form_senders(home, '["WebForms@council.example"]')
    deliver_bytes(home / "mailbox", _form_notice("priya.shah@example.com", "form-2"))
    deliver_bytes(home / "mailbox", _form_notice("no-reply@council.example", "form-3"))
    run_once(cli)
    cases = stored_cases(home)
    assert len(cases) == 2
    acked = [m for m in outbox_messages(home) if "priya.shah@example.com" in str(m["To"])]
    assert len(acked) == 1 and acked[0]["In-Reply-To"] == "<form-2@forms.council.example>"
    robot = next(c for c in cases if c["complainant"]["address"] == "no-reply@council.example")
    assert "automatic message" in robot["no_acknowledgement"]  # a robot in Reply-To is never answered


def test_form_senders_must_be_a_list(home, cli):
    _set_form_senders(home, '"webforms@council.example"')
    code, _, err = cli("run", "--once", "--now", NOW, "--json")
    assert code != 0
    assert "form_senders" in err and "bot.toml" in err and "list of strings" in err

"""Officers act by replying by email, and the same commands work from the CLI.

Real .eml replies in Outlook, Gmail and Apple Mail styles go through the real
intake (Maildir) to a case opened from a real sample.  A table of attacks shows
that a forged command never changes a case, with the reason recorded.
"""

from __future__ import annotations

import email
import email.policy
import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from bot.commands.grammar import CommandSyntaxError, parse_command
from bot.commands.reply import read_commands
from bot.commands.tokens import Tokens
from bot.intake.maildir import deliver_bytes
from tests.conftest import copy_samples

NOW = "2026-04-02T10:00"
LATER = "2026-04-03T11:00"
OFFICER = "complaints.officer@council.example"
OTHER_TEAM_OFFICER = "safeguarding.officer@council.example"


# ---- the grammar and the reply reader, on their own ---------------------------------------------


@pytest.mark.parametrize("line,verb", [
    ("done statutory_complaint.icap_letter", "done"), ("DONE icap_letter", "done"),
    ("extend send_response 5 working days because the provider's records are late", "extend"),
    ("extend send_response 3 because waiting", "extend"), ("formal", "formal"), ("Informal", "informal"),
    ("stage 2", "stage2"), ("assign jo@council.example", "assign"), ("pause", "pause"), ("resume", "resume"),
    ("relabel safeguarding=false because this is about an invoice", "relabel"), ("note rang her back", "note"),
    ("close partly upheld", "close"), ("close not  upheld", "close"), ("reply", "reply"),
    ("close upheld: visits are now confirmed by text", "close"), ("learning rotas now go to families", "learning"),
    ("Ombudsman referred", "ombudsman"), ("service home care", "service"), ("service area: day centres", "service"),
    ("response period 30 working days agreed", "period"), ("response period 25 set", "period"),
])
def test_grammar_understands_each_command(line, verb):
    assert parse_command(line).verb == verb


@pytest.mark.parametrize("line,hint", [
    ("extend send_response five days", "extend <step> <n> working days because"),
    ("close maybe", "close upheld"),
    ("relabel colour=red because x", "unknown label"),
    ("relabel safeguarding=perhaps because x", "true or false"),
    ("relabel kind=complain because x", "cannot be"),
    ("ombudsman maybe", "ombudsman referred"),
    ("response period thirty days agreed", "response period <n> working days agreed"),
])
def test_grammar_explains_a_command_word_used_wrongly(line, hint):
    with pytest.raises(CommandSyntaxError, match=hint):
        parse_command(line)


def test_reading_stops_at_prose_thanks_signature_or_quotes():
    t = read_commands("done a\nnote called her\n\nclose upheld\nThanks\nclose not upheld")
    assert [c.verb for c in t.commands] == ["done", "note", "close"]
    t = read_commands("done a\nI will sort the rest tomorrow\nclose upheld")
    assert [c.verb for c in t.commands] == ["done"]
    t = read_commands("done a\n-- \nclose upheld")
    assert [c.verb for c in t.commands] == ["done"]
    t = read_commands("> close upheld\ndone a")
    assert t.commands == []
    t = read_commands("reply\nDear Mrs Jones,\n\nWe have arranged a new carer.\n\n> quoted")
    assert t.commands[0].verb == "reply" and t.reply_text == "Dear Mrs Jones,\n\nWe have arranged a new carer."


def test_tokens_are_bound_to_case_and_team():
    tokens = Tokens(b"k" * 32, "complaints@council.example")
    address = tokens.address("ASC-2026-00001", "complaints", date(2026, 4, 2))
    token = tokens.find([address])
    assert token and tokens.valid(token) and token.ref == "ASC-2026-00001" and token.team == "complaints"
    for other in (address.replace("00001", "00002"), address.replace(".complaints.", ".finance.")):
        forged = tokens.find([other])
        assert forged is not None and not tokens.valid(forged)
    assert tokens.find(["complaints@council.example", "someone@example.com"]) is None


# ---- through the real intake --------------------------------------------------------------------


def outbox(home: Path) -> dict[str, email.message.EmailMessage]:
    found = {}
    for sub in ("new", "cur"):
        for path in (home / "outbox" / sub).glob("*"):
            found[path.name] = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    return found


def case_of(home: Path) -> dict:
    cases = json.loads((home / "cases.json").read_text())["cases"]
    return next(c for c in cases.values() if c["shape"] == "formal" or c.get("messages"))


def step_status(case: dict, step: str) -> str:
    return next(s["status"] for p in case["processes"] for s in p["steps"] if s["key"] == step)


@pytest.fixture
def opened(home, cli):
    """d002 (a formal complaint) processed; returns (case, reply-to token address of the complaints team)."""
    copy_samples(home / "mailbox", ["d002"])
    code, _, err = cli("run", "--once", "--now", NOW)
    assert code == 0, err
    forward = next(m for m in outbox(home).values()
                   if m["Auto-Submitted"] == "auto-generated" and "asc.complaints.team@council.example" in m["To"])
    return case_of(home), forward["Reply-To"].addresses[0].addr_spec, forward


def reply_eml(*, sender: str, to: str, body: str, style: str = "outlook", message_id: str = "<r1@council.example>",
              subject: str = "RE: [ASC-2026-00001] complaint (formal)", extra: str = "", cc: str = "") -> bytes:
    quoted_forward = "Case ASC-2026-00001 - sent to Adult Social Care Complaints Team.\nclose upheld\n"
    if style == "outlook":
        tail = ("\n\nFrom: Adult Social Care Complaints <complaints@council.example>\nSent: 02 April 2026 10:00\n"
                f"To: asc.complaints.team@council.example\nSubject: [ASC-2026-00001] complaint\n\n{quoted_forward}")
    elif style == "gmail":
        tail = ("\n\nOn Thu, 2 Apr 2026 at 10:00, Adult Social Care Complaints <complaints@council.example> wrote:\n"
                + "".join("> " + line + "\n" for line in quoted_forward.splitlines()))
    else:  # Apple Mail
        tail = ("\n\n> On 2 Apr 2026, at 10:00, Adult Social Care Complaints <complaints@council.example> wrote:\n>\n"
                + "".join("> " + line + "\n" for line in quoted_forward.splitlines()))
    headers = (f"From: {sender}\r\nTo: {to}\r\n" + (f"Cc: {cc}\r\n" if cc else "")
               + f"Subject: {subject}\r\nMessage-ID: {message_id}\r\nDate: Fri, 03 Apr 2026 11:00:00 +0100\r\n{extra}")
    return (headers + "\r\n" + (body + tail).replace("\n", "\r\n")).encode("utf-8")


def deliver_and_run(home, cli, raw: bytes, now: str = LATER) -> dict:
    deliver_bytes(home / "mailbox", raw)
    code, out, err = cli("run", "--once", "--now", now, "--json")
    assert code == 0, err
    return json.loads(out)["outcomes"][0]


@pytest.mark.parametrize("style", ["outlook", "gmail", "apple"])
def test_officer_marks_a_step_done_by_reply(opened, home, cli, style):
    case, token_address, _ = opened
    outcome = deliver_and_run(home, cli, reply_eml(sender=f"Jo Officer <{OFFICER}>", to=token_address,
                                                   body="done statutory_complaint.icap_letter\n\nJo", style=style))
    assert outcome["status"] == "command", outcome
    after = case_of(home)
    assert step_status(after, "icap_letter") == "done"
    assert after["status"] == "open"  # the quoted "close upheld" was never read
    assert any(a["action"] == "step done" and a["by"] == OFFICER for a in after["audit"])
    transcripts = [m for m in outbox(home).values() if "Your commands" in m["Subject"]]
    assert transcripts and [a.addr_spec for a in transcripts[0]["To"].addresses] == [OFFICER]
    text = transcripts[0].get_body(("plain",)).get_content()
    assert "done statutory_complaint.icap_letter" in text and "DONE:" in text


def test_several_commands_and_an_unknown_one_get_a_transcript(opened, home, cli):
    case, token_address, _ = opened
    body = ("note rang Mr Oyelaran, he is happy to wait\nextend send_response 5 working days because records are late\n"
            "done make_tea\nassign complaints.manager@council.example\n")
    outcome = deliver_and_run(home, cli, reply_eml(sender=OFFICER, to=token_address, body=body))
    assert outcome["status"] == "command"
    after = case_of(home)
    assert after["assigned_to"] == "complaints.manager@council.example"
    due = next(s["due"] for p in after["processes"] for s in p["steps"] if s["key"] == "send_response")
    assert due == "2026-05-12T17:00:00+01:00"
    transcript = next(m for m in outbox(home).values() if "Your commands" in m["Subject"])
    assert "3 of 4 done" in transcript["Subject"]
    assert "NOT DONE: case ASC-2026-00001 has no step 'make_tea'" in transcript.get_body(("plain",)).get_content()


def test_reply_command_sends_the_officers_words_to_the_complainant(opened, home, cli):
    case, token_address, _ = opened
    body = "reply\nDear Mr Oyelaran,\n\nWe have put the reduction on hold while we look into your complaint.\n"
    deliver_and_run(home, cli, reply_eml(sender=OFFICER, to=token_address, body=body))
    letters = [m for m in outbox(home).values() if m["Subject"] == f"About your case - reference {case['ref']}"]
    assert len(letters) == 1
    assert [a.addr_spec for a in letters[0]["To"].addresses] == ["m.oyelaran@example.net"]
    assert "put the reduction on hold" in letters[0].get_body(("plain",)).get_content()
    assert letters[0]["Auto-Submitted"] == "no"


def test_formal_stage2_pause_resume_relabel_close(opened, home, cli):
    case, token_address, _ = opened
    deliver_and_run(home, cli, reply_eml(sender=OFFICER, to=token_address, message_id="<a@council.example>",
                                         body="relabel safeguarding=true because she told me the carer hit her\n"))
    after = case_of(home)
    assert after["safeguarding"] and "safeguarding" in {p["process"] for p in after["processes"]}
    statutory = next(p for p in after["processes"] if p["process"] == "statutory_complaint")
    assert statutory["paused_at"]
    deliver_and_run(home, cli, reply_eml(sender=OFFICER, to=token_address, message_id="<b@council.example>",
                                         body="resume\nstage 2\n"))
    after = case_of(home)
    assert not next(p for p in after["processes"] if p["process"] == "statutory_complaint")["paused_at"]
    assert "senior_manager_review" in {p["process"] for p in after["processes"]}
    deliver_and_run(home, cli, reply_eml(sender=OFFICER, to=token_address, message_id="<c@council.example>",
                                         body="close partly upheld\n"))
    after = case_of(home)
    assert after["status"] == "closed" and after["outcome"] == "partly upheld"
    assert all(p["closed_at"] for p in after["processes"])


def test_the_same_commands_from_the_cli(opened, home, cli):
    case, _, _ = opened
    code, out, err = cli("case", case["ref"], "done", "icap_letter", "--by", OFFICER, "--now", LATER)
    assert code == 0 and "done" in out, err
    assert step_status(case_of(home), "icap_letter") == "done"
    code, out, _ = cli("case", case["ref"], "close", "maybe", "--now", LATER)
    assert code == 1
    code, out, _ = cli("case", case["ref"], "close", "upheld", "--now", LATER, "--json")
    assert json.loads(out)["ok"] and case_of(home)["status"] == "closed"


def test_what_the_annual_report_needs_is_recorded_on_the_case_and_its_audit_trail(opened, home, cli):
    """The response period (reg 13(7)/(8)), the service area, the decision with what changed,
    later learning and an Ombudsman referral: the last three still work once the case is closed."""
    case, _, _ = opened
    ref = case["ref"]
    code, out, err = cli("case", ref, "response", "period", "30", "working", "days", "agreed", "--by", OFFICER,
                         "--now", LATER)
    assert code == 0, err
    statutory = next(p for p in case_of(home)["processes"] if p["process"] == "statutory_complaint")
    assert statutory["periods"]["response_period"]["basis"] == "agreed"
    # 30 working days from receipt on Thu 2 April 2026 (Easter, Early May and Spring bank holidays skipped).
    assert next(s for s in statutory["steps"] if s["key"] == "send_response")["due"] == "2026-05-19T17:00:00+01:00"
    assert cli("case", ref, "service", "direct", "payments", "--by", OFFICER, "--now", LATER)[0] == 0
    code, out, _ = cli("case", ref, "close", "partly", "upheld:", "payments", "are", "now", "reviewed", "before",
                       "any", "cut", "--by", OFFICER, "--now", LATER)
    assert code == 0 and "what changed" in out
    assert cli("case", ref, "learning", "a", "briefing", "for", "all", "assessors", "--by", OFFICER, "--now", LATER)[0] == 0
    assert cli("case", ref, "ombudsman", "referred", "--by", OFFICER, "--now", LATER)[0] == 0
    code, out, _ = cli("case", ref, "ombudsman", "referred", "--now", LATER)
    assert code == 1 and "already" in out
    assert cli("case", ref, "response", "period", "10", "agreed", "--now", LATER)[0] == 1  # closed: nothing open
    after = case_of(home)
    assert after["outcome"] == "partly upheld" and after["service_area"] == "direct payments"
    assert [x["text"] for x in after["learning"]] == ["payments are now reviewed before any cut",
                                                       "a briefing for all assessors"]
    assert after["ombudsman_referred_at"] == "2026-04-03T11:00:00+01:00"
    actions = [(a["action"], a["by"]) for a in after["audit"]]
    for action in ("response period", "service area", "closed", "learning", "ombudsman referred"):
        assert (action, OFFICER) in actions, action


# ---- attacks: each refused, nothing changes -----------------------------------------------------


def secret_tokens(home: Path) -> Tokens:
    return Tokens((home / "secret.key").read_bytes().strip(), "complaints@council.example")


def mutate(address: str, old: str, new: str) -> str:
    assert old in address
    return address.replace(old, new, 1)


def attacks(home: Path, token_address: str) -> list[tuple[str, dict, str]]:
    """(name, reply_eml arguments, the reason the refusal must give)."""
    local, _, domain = token_address.partition("@")
    ref_part, team, day, mac = local.split("+", 1)[1].split(".")
    tokens = secret_tokens(home)
    old = tokens.address("ASC-2026-00001", "complaints", date(2026, 4, 3) - timedelta(days=120))
    future = tokens.address("ASC-2026-00001", "complaints", date(2026, 4, 3) + timedelta(days=30))
    flipped = mac[:-1] + ("a" if mac[-1] != "a" else "b")
    good = dict(sender=OFFICER, to=token_address, body="close upheld\n")
    fail_ar = "Authentication-Results: mx.council.example; spf=fail smtp.mailfrom=council.example; dkim=fail; dmarc=fail header.from=council.example\r\n"
    return [
        ("member of the public as sender", {**good, "sender": "m.oyelaran@example.net"}, "not an officer"),
        ("council address not in routing", {**good, "sender": "someone.else@council.example"}, "not an officer"),
        ("officer of another team", {**good, "sender": OTHER_TEAM_OFFICER}, "not an officer"),
        ("display name pretends to be the officer", {**good, "sender": f'"{OFFICER}" <evil@example.com>'}, "not an officer"),
        ("spoofed lookalike domain", {**good, "sender": "complaints.officer@council.example.evil.test"}, "not an officer"),
        ("token for another case", {**good, "to": mutate(token_address, ref_part, "ASC-2026-00002")}, "not issued by the bot"),
        ("token moved to another team", {**good, "to": mutate(token_address, f".{team}.", ".safeguarding.")}, "not issued by the bot"),
        ("token's date changed", {**good, "to": mutate(token_address, f".{day}.", ".zzzz.")}, "not issued by the bot"),
        ("one character of the MAC changed", {**good, "to": mutate(token_address, mac, flipped)}, "not issued by the bot"),
        ("MAC of another token pasted", {**good, "to": mutate(token_address, mac, "abcdefghijklmnop")}, "not issued by the bot"),
        ("expired token", {**good, "to": old}, "expired"),
        ("token dated in the future", {**good, "to": future}, "future"),
        ("forged token in Cc, public sender", {**good, "sender": "evil@example.com", "to": "complaints@council.example",
                                               "cc": token_address}, "not an officer"),
        ("upper-cased token address, forged sender", {**good, "sender": "evil@example.com", "to": token_address.upper()},
         "not an officer"),
        ("token for a case that does not exist", {**good, "to": tokens.address("ASC-2026-09999", "complaints", date(2026, 4, 3))},
         "no case"),
    ], fail_ar


def test_at_least_twenty_attacks_are_refused_and_change_nothing(opened, home, cli):
    case, token_address, _ = opened
    table, fail_ar = attacks(home, token_address)
    before = case_of(home)
    results = []
    for index, (name, args, reason) in enumerate(table):
        outcome = deliver_and_run(home, cli, reply_eml(message_id=f"<attack{index}@example.org>", **args))
        results.append((name, outcome, reason))
    # Authentication-Results required (as with IMAP or Exchange): the officer's own address is not enough.
    settings = home / "bot.toml"
    settings.write_text(settings.read_text().replace("[commands]\n", "[commands]\nrequire_authentication_results = true\n"
                                                     "trusted_authserv_id = \"mx.council.example\"\n"))
    auth_attacks = [
        ("no Authentication-Results", {}, "authentication failed"),
        ("SPF, DKIM and DMARC fail", {"extra": fail_ar}, "authentication failed"),
        ("DMARC passes for another domain", {"extra": "Authentication-Results: mx.council.example; dmarc=pass header.from=evil.test\r\n"},
         "authentication failed"),
        ("a pass forged by the sender below the server's fail",
         {"extra": fail_ar + "Authentication-Results: mx.evil.test; dmarc=pass header.from=council.example\r\n"},
         "authentication failed"),
        ("a pass from an untrusted server only",
         {"extra": "Authentication-Results: mx.evil.test; dkim=pass header.d=council.example\r\n"}, "authentication failed"),
    ]
    for index, (name, extra, reason) in enumerate(auth_attacks):
        raw = reply_eml(sender=OFFICER, to=token_address, body="close upheld\n", message_id=f"<auth{index}@council.example>", **extra)
        results.append((name, deliver_and_run(home, cli, raw), reason))
    assert len(results) >= 20
    for name, outcome, reason in results:
        assert outcome["status"] in ("refused", "case", "followup"), (name, outcome)
        if outcome["status"] == "refused":
            assert reason in outcome["detail"], (name, outcome["detail"])
        else:
            # No valid-looking token at all: it went through as ordinary mail, never as a command.
            assert name == "token's date changed" or reason == "not issued by the bot", (name, outcome)
    after = case_of(home)
    assert after["status"] == "open" and after["processes"] == before["processes"]
    # Every refusal is recorded with its reason; those whose token was genuine are also on the case.
    store = json.loads((home / "cases.json").read_text())
    ignored = {r["message_id"]: r["reason"] for r in store["ignored"].values()}
    refused = [o for _, o, _ in results if o["status"] == "refused"]
    for o in refused:
        assert ignored.get(o["message_id"], "").startswith("command refused: "), (o, ignored.get(o["message_id"]))
    genuine = [o for o in refused if "not issued by the bot" not in o["detail"] and "no case" not in o["detail"]]
    audited = [a for a in after["audit"] if a["action"] == "command refused"]
    assert len(audited) == len(genuine) >= 10
    # Why a reply was refused is told only to officers routing.toml lists; a forger hears nothing.
    told = {a.addr_spec for m in outbox(home).values() if "not acted on" in str(m["Subject"]) for a in m["To"].addresses}
    assert told and told <= {OFFICER, OTHER_TEAM_OFFICER}


def test_a_genuine_command_passes_when_authentication_is_required(opened, home, cli):
    case, token_address, _ = opened
    settings = home / "bot.toml"
    settings.write_text(settings.read_text().replace("[commands]\n", "[commands]\nrequire_authentication_results = true\n"
                                                     "trusted_authserv_id = \"mx.council.example\"\n"))
    ok = "Authentication-Results: mx.council.example; spf=pass smtp.mailfrom=council.example; dkim=pass header.d=council.example; dmarc=pass header.from=council.example\r\n"
    outcome = deliver_and_run(home, cli, reply_eml(sender=OFFICER, to=token_address, body="done icap_letter\n", extra=ok))
    assert outcome["status"] == "command", outcome
    assert step_status(case_of(home), "icap_letter") == "done"


def test_replayed_command_is_refused(opened, home, cli):
    case, token_address, _ = opened
    first = reply_eml(sender=OFFICER, to=token_address, body="note first\n", message_id="<once@council.example>")
    assert deliver_and_run(home, cli, first)["status"] == "command"
    replay = first.replace(b"note first", b"close upheld")
    outcome = deliver_and_run(home, cli, replay)
    assert outcome["status"] == "refused" and "replay" in outcome["detail"]
    assert case_of(home)["status"] == "open"


def test_complainant_writing_a_command_word_is_correspondence(opened, home, cli):
    case, _, _ = opened
    ack = next(m for m in outbox(home).values() if m["Auto-Submitted"] == "auto-replied")
    raw = (f"From: Marcus Oyelaran <m.oyelaran@example.net>\r\nTo: complaints@council.example\r\n"
           f"Subject: Re: {ack['Subject']}\r\nIn-Reply-To: {ack['Message-ID']}\r\nMessage-ID: <cw@example.net>\r\n"
           "Date: Fri, 03 Apr 2026 11:00:00 +0100\r\n\r\nclose upheld\r\ndone icap_letter\r\n").encode()
    outcome = deliver_and_run(home, cli, raw)
    assert outcome["status"] == "followup"
    after = case_of(home)
    assert after["status"] == "open" and step_status(after, "icap_letter") != "done"
    assert len(after["messages"]) == 2

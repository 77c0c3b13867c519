"""A broken template stops the bot at start-up with its file and line; `letters check` and
`letters preview` work on the council's own settings."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.act.letters import Letters
from bot.config import PROJECT_ROOT
from bot.errors import TemplateError

TEMPLATES = PROJECT_ROOT / "templates" / "letters"


@pytest.fixture
def templates(tmp_path) -> Path:
    """A copy of the shipped templates to break."""
    copy = tmp_path / "letters"
    shutil.copytree(TEMPLATES, copy)
    return copy


def edit(path: Path, old: str, new: str) -> int:
    """Replace the first ``old`` in the file; returns the line number it was on."""
    text = path.read_text()
    assert old in text, (path, old)
    line = text[: text.index(old)].count("\n") + 1
    path.write_text(text.replace(old, new, 1))
    return line


def test_the_shipped_templates_pass(templates):
    names = Letters(templates).check()
    assert "acknowledgement/formal.j2" in names and "_layout.html.j2" in names


def test_a_syntax_error_names_file_and_line(templates):
    line = edit(templates / "acknowledgement" / "help.j2", "{% endif %}", "{% endiff %}")
    with pytest.raises(TemplateError) as caught:
        Letters(templates).check()
    assert f"{templates / 'acknowledgement' / 'help.j2'}:{line}:" in str(caught.value)
    assert "endiff" in str(caught.value)


def test_an_unknown_variable_names_file_and_line(templates):
    line = edit(templates / "acknowledgement" / "unclear.j2", "council.phone", "councl.phone")
    with pytest.raises(TemplateError) as caught:
        Letters(templates).check()
    assert f"{templates / 'acknowledgement' / 'unclear.j2'}:{line}: unknown variable 'councl'" in str(caught.value)


def test_an_unknown_variable_in_a_branch_no_example_reaches_is_still_found(templates):
    path = templates / "acknowledgement" / "enquiry.j2"
    path.write_text(path.read_text() + '{% if case.shape == "no such shape" %}\n{{ date_of_reply }}\n{% endif %}\n')
    with pytest.raises(TemplateError) as caught:
        Letters(templates).check()
    lines = path.read_text().splitlines()
    assert f"{path}:{lines.index('{{ date_of_reply }}') + 1}: unknown variable 'date_of_reply'" in str(caught.value)


def test_an_unknown_attribute_names_file_and_line_when_rendered(templates):
    line = edit(templates / "acknowledgement" / "formal.j2", "dates.response_by", "dates.reply_by")
    with pytest.raises(TemplateError) as caught:
        Letters(templates).check()
    message = str(caught.value)
    assert f"{templates / 'acknowledgement' / 'formal.j2'}:{line}:" in message and "reply_by" in message


def test_an_unknown_attribute_in_officer_mail_names_file_and_line(templates):
    line = edit(templates / "_chaser.txt.j2", "step.title", "step.name")
    with pytest.raises(TemplateError) as caught:
        Letters(templates).check()
    assert f"{templates / '_chaser.txt.j2'}:{line}:" in str(caught.value)


def test_a_missing_shape_file_is_found_before_a_complainant_is_due_one(templates):
    (templates / "acknowledgement" / "stage2.j2").unlink()
    with pytest.raises(TemplateError) as caught:
        Letters(templates).check()
    assert "acknowledgement/stage2.j2" in str(caught.value)


def home_with(tmp_path: Path, templates: Path) -> Path:
    from tests.conftest import make_home

    home = make_home(tmp_path / "home")
    config = home / "bot.toml"
    text = config.read_text()
    config.write_text(text.replace(f'templates = "{TEMPLATES}"', f'templates = "{templates}"'))
    return home


def test_the_bot_will_not_start_with_a_broken_template(tmp_path, templates, capsys):
    from bot.cli import main

    line = edit(templates / "acknowledgement" / "letter.j2", "dates.received", "dates.recieved")
    home = home_with(tmp_path, templates)
    assert main(["run", "--once", "--home", str(home), "--now", "2026-03-03T10:00"]) == 1
    err = capsys.readouterr().err
    assert f"{templates / 'acknowledgement' / 'letter.j2'}:{line}:" in err and "recieved" in err
    assert main(["letters", "check", "--home", str(home)]) == 1
    assert f"letter.j2:{line}:" in capsys.readouterr().err


def test_letters_check_and_routing_check(cli):
    code, out, err = cli("letters", "check")
    assert code == 0, err
    assert "OK" in out and "example letters rendered" in out
    code, out, err = cli("routing", "check")
    assert code == 0, err


def test_letters_preview_writes_every_letter_and_an_index(cli, home):
    code, out, err = cli("letters", "preview")
    assert code == 0, err
    folder = home / "preview"
    index = (folder / "index.html").read_text()
    pages = sorted(p.stem for p in folder.glob("*.html") if p.name != "index.html")
    letters = {p.split("-")[0] for p in pages}
    assert {"acknowledgement", "followup", "forward", "reminder", "escalation", "digest"} <= letters
    shapes = {"formal", "informal", "unclear", "stage2", "self-funder", "professional-concern", "compliment",
              "enquiry"}
    assert shapes <= {p.split("-", 1)[1].replace("-safeguarding", "").replace("-representative", "")
                      .replace("-pl", "") for p in pages if p.startswith("acknowledgement-")}
    assert any("safeguarding" in p for p in pages) and any(p.endswith("-pl") for p in pages)
    for page in pages:
        assert f'href="{page}.html"' in index and f'href="{page}.txt"' in index
        assert (folder / f"{page}.txt").read_text().startswith("Subject: ")
    code, out, err = cli("letters", "preview", "--all", "--json")
    assert code == 0, err
    import json

    assert len(json.loads(out)["letters"]) > len(pages)

"""The letter markup: one piece of wording, laid out as both the plain-text and the HTML part.

The words of a letter to the public are written once (``templates/letters/<letter>/``)
in a markup small enough to explain on a postcard, so the two parts of the email can
never say different things:

* a blank line starts a new block;
* ``# Title`` is the letter's title, ``## Heading`` a section heading;
* lines starting ``* `` are a bulleted list;
* lines starting ``> `` are a highlighted box (a line with just ``>`` separates its paragraphs);
* any other lines form a paragraph; each line stays a line (addresses, sign-offs);
* ``**words**`` are bold and kept on one line (a reference number);
* web addresses (``https://...``) and email addresses become links.

The text is treated as plain text: everything is escaped before it becomes HTML,
so a complainant's name can never inject markup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import groupby

from markupsafe import Markup, escape

_BOLD = re.compile(r"\*\*(.+?)\*\*")
# A web address (trailing punctuation is not part of it) or an email address.
_LINK = re.compile(r"(?P<url>https?://[^\s<>\"]*[^\s<>\".,;:!?)])|(?P<mail>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)")


@dataclass(frozen=True)
class Block:
    """One block of a letter: ``kind`` is title, heading, list, box or para; ``items`` its lines
    (for a box: its paragraphs, each a tuple of lines)."""

    kind: str
    items: tuple


def _line_kind(line: str) -> str:
    if line.startswith("# "):
        return "title"
    if line.startswith("## "):
        return "heading"
    if line.startswith("* "):
        return "list"
    if line == ">" or line.startswith("> "):
        return "box"
    return "para"


def parse(source: str) -> list[Block]:
    """The blocks of ``source``.  ``str(...)`` first: rendered template output may arrive as
    Markup, and is never trusted as HTML."""
    text = str(source).replace("\r\n", "\n")
    blocks: list[Block] = []
    for chunk in re.split(r"\n[ \t]*\n", text):
        lines = [line.strip() for line in chunk.split("\n") if line.strip()]
        for kind, group in groupby(lines, key=_line_kind):
            run = list(group)
            if kind in ("title", "heading"):
                blocks.extend(Block(kind, (line.partition(" ")[2].strip(),)) for line in run)
            else:
                blocks.append(_block(kind, run))
    return blocks


def _block(kind: str, lines: list[str]) -> Block:
    if kind == "list":
        return Block("list", tuple(line[2:].strip() for line in lines))
    if kind == "box":
        paragraphs: list[tuple[str, ...]] = []
        current: list[str] = []
        for line in lines:
            words = line[1:].strip()
            if words:
                current.append(words)
            elif current:
                paragraphs.append(tuple(current))
                current = []
        if current:
            paragraphs.append(tuple(current))
        return Block("box", tuple(paragraphs))
    return Block("para", tuple(lines))


# ---- plain text -----------------------------------------------------------------------------

def _plain(line: str) -> str:
    return _BOLD.sub(r"\1", line)


def to_text(source: str) -> str:
    """The plain-text part: titles underlined with '=', headings with '-', bullets as '* '."""
    out: list[str] = []
    for block in parse(source):
        if block.kind in ("title", "heading"):
            words = _plain(block.items[0])
            out.append(f"{words}\n{('=' if block.kind == 'title' else '-') * len(words)}")
        elif block.kind == "list":
            out.append("\n".join(f"* {_plain(item)}" for item in block.items))
        elif block.kind == "box":
            out.extend("\n".join(_plain(line) for line in para) for para in block.items)
        else:
            out.append("\n".join(_plain(line) for line in block.items))
    return "\n\n".join(out) + "\n"


# ---- HTML -----------------------------------------------------------------------------------

def inline_html(line: str) -> Markup:
    """One line as HTML: escaped, then bold and links."""
    html = str(escape(str(line)))
    html = _BOLD.sub(r'<strong class="nobreak">\1</strong>', html)

    def link(match: re.Match) -> str:
        if match.group("url"):
            url = match.group("url")
            return f'<a href="{url}">{url}</a>'
        mail = match.group("mail")
        return f'<a href="mailto:{mail}">{mail}</a>'

    return Markup(_LINK.sub(link, html))


def _lines_html(lines: tuple[str, ...]) -> str:
    return "<br>\n".join(inline_html(line) for line in lines)


def to_html(source: str) -> Markup:
    """The HTML part's content: real headings, lists and paragraphs (no tables, no images)."""
    out: list[str] = []
    for block in parse(source):
        if block.kind == "title":
            out.append(f"<h1>{inline_html(block.items[0])}</h1>")
        elif block.kind == "heading":
            out.append(f"<h2>{inline_html(block.items[0])}</h2>")
        elif block.kind == "list":
            items = "\n".join(f"  <li>{inline_html(item)}</li>" for item in block.items)
            out.append(f"<ul>\n{items}\n</ul>")
        elif block.kind == "box":
            paras = "\n".join(f"  <p>{_lines_html(para)}</p>" for para in block.items)
            out.append(f'<div class="important">\n{paras}\n</div>')
        else:
            out.append(f"<p>{_lines_html(block.items)}</p>")
    return Markup("\n".join(out) + "\n")

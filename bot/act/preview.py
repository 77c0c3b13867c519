"""Write every example letter to a folder, with an index page, for people to read.

``complaints-bot letters preview`` calls this after the complaints team changes the
wording: each letter's HTML part (``KEY.html``, exactly as the email carries it) and
plain-text part (``KEY.txt``, with its subject on the first line), and ``index.html``
linking them all.  Nothing in the folder fetches anything from the internet.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from markupsafe import escape

from .examples import Example
from .letters import Letters, Rendered


@dataclass(frozen=True)
class PreviewPage:
    example: Example
    rendered: Rendered
    html: Path
    text: Path


def write_preview(letters: Letters, examples: list[Example], folder: Path) -> Path:
    """Render each example into ``folder`` and return the index page's path."""
    folder.mkdir(parents=True, exist_ok=True)
    pages = []
    for example in examples:
        rendered = letters.render(example.letter, **example.context)
        html, text = folder / f"{example.key}.html", folder / f"{example.key}.txt"
        html.write_text(rendered.html, encoding="utf-8")
        text.write_text(f"Subject: {rendered.subject}\n\n{rendered.text}", encoding="utf-8")
        pages.append(PreviewPage(example, rendered, html, text))
    index = folder / "index.html"
    index.write_text(index_page(pages), encoding="utf-8")
    return index


def _section(title: str, pages: list[PreviewPage]) -> str:
    items = "\n".join(
        f'  <li><a href="{escape(p.html.name)}">{escape(p.example.title)}</a>'
        f' (<a href="{escape(p.text.name)}">plain text</a>)<br>Subject: {escape(p.rendered.subject)}</li>'
        for p in pages)
    return f"<h2>{escape(title)}</h2>\n<ul>\n{items}\n</ul>"


def index_page(pages: list[PreviewPage]) -> str:
    """The index: letters to the public first, then letters to officers."""
    public = [p for p in pages if p.example.public]
    officers = [p for p in pages if not p.example.public]
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>Letter preview</title>
<style>
  body {{ margin: 0; padding: 1rem; font-family: Arial, Helvetica, sans-serif; font-size: 1.1875rem;
         line-height: 1.5; color: #0b0c0c; background: #ffffff; }}
  main {{ max-width: 38rem; margin: 0 auto; }}
  a {{ color: #1d70b8; }}
  li {{ margin-bottom: 0.75rem; }}
  @media (prefers-color-scheme: dark) {{
    body {{ color: #f3f2f1; background: #0b0c0c; }}
    a {{ color: #8cc1f0; }}
  }}
</style>
</head>
<body>
<main>
<h1>Letter preview</h1>
<p>Every letter the bot sends, for invented example cases. The dates come from the real
process rules and working-day calendar. Change the words in templates/letters/ (see
docs/letters.md), then run <code>complaints-bot letters preview</code> again.</p>
{_section("Letters to the public", public)}
{_section("Letters to officers", officers)}
</main>
</body>
</html>
"""

"""The HTML part of every letter: accessible, readable in light and dark mode, and saying the
same as the plain-text part."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from bot.act.examples import all_examples, default_builder
from bot.act.letters import Letters
from bot.config import PROJECT_ROOT

TEMPLATES = PROJECT_ROOT / "templates" / "letters"


@pytest.fixture(scope="module")
def rendered():
    letters = Letters(TEMPLATES)
    return [(e, letters.render(e.letter, **e.context)) for e in all_examples(default_builder())]


class Page(HTMLParser):
    """What a reader meets: the visible text, the headings in order, every tag with its attributes."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.headings: list[int] = []
        self.text: list[str] = []
        self.style = ""
        self._skip = 0
        self._in_style = False
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if re.fullmatch(r"h[1-6]", tag):
            self.headings.append(int(tag[1]))
        if tag in ("head", "script"):
            self._skip += 1
        self._in_style = tag == "style"
        if tag in ("br", "p", "li", "div", "dt", "dd", "tr", "td", "th", "h1", "h2", "h3"):
            self.text.append("\n")

    def handle_endtag(self, tag):
        if tag in ("head", "script"):
            self._skip -= 1
        if tag == "style":
            self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            self.style += data
        elif not self._skip:
            self.text.append(data)

    @property
    def visible(self) -> str:
        return "".join(self.text)


def words(text: str) -> str:
    """Text compared modulo markup, punctuation, case and whitespace."""
    return " ".join(re.sub(r"[^\w@]+", " ", text.lower()).split())


def sentences(text: str) -> list[str]:
    out = []
    for line in text.splitlines():
        if set(line.strip()) <= set("=-"):  # a heading's underline
            continue
        out.extend(s for s in re.split(r"(?<=[.!?])\s+", line) if words(s))
    return out


def test_every_sentence_of_the_text_part_is_in_the_html_part(rendered):
    for example, r in rendered:
        html = words(Page(r.html).visible)
        for sentence in sentences(r.text):
            assert words(sentence) in html, (example.key, sentence)


def test_letters_to_the_public_say_nothing_more_in_html(rendered):
    for example, r in rendered:
        if not example.public:
            continue
        text = words(r.text)
        for sentence in sentences(Page(r.html).visible):
            assert words(sentence) in text, (example.key, sentence)


def test_structure_language_headings_and_no_layout_tables_or_images(rendered):
    for example, r in rendered:
        page = Page(r.html)
        tags = [t for t, _ in page.tags]
        html_tag = dict(page.tags)["html"]
        assert html_tag.get("lang") == "en-GB", example.key
        metas = [a for t, a in page.tags if t == "meta"]
        assert {"name": "viewport", "content": "width=device-width, initial-scale=1"} in metas
        assert any(m.get("name") == "color-scheme" and m.get("content") == "light dark" for m in metas)
        assert page.headings[0] == 1 and page.headings.count(1) == 1, example.key
        for before, after in zip(page.headings, page.headings[1:]):
            assert after <= before + 1, (example.key, page.headings)  # no skipped level
        assert "title" in tags and "main" in tags
        for banned in ("img", "script", "iframe", "object", "embed", "svg", "font", "center"):
            assert banned not in tags, (example.key, banned)
        assert not any("style" in attrs for _, attrs in page.tags), example.key  # colours live in one place
        if example.letter == "digest":
            # Data, not layout: every table has column headers.
            assert tags.count("table") == tags.count("thead") and "th" in tags
            assert all(a.get("scope") == "col" for t, a in page.tags if t == "th")
        else:
            assert "table" not in tags, example.key
        for tag, attrs in page.tags:
            if tag == "a":
                assert re.match(r"(https://|mailto:)", attrs.get("href") or ""), (example.key, attrs)


# ---- colour contrast (WCAG 2.1) ----------------------------------------------------------------

def luminance(colour: str) -> float:
    hex_ = colour.lstrip("#")
    if len(hex_) == 3:
        hex_ = "".join(c * 2 for c in hex_)
    channels = []
    for i in (0, 2, 4):
        c = int(hex_[i:i + 2], 16) / 255
        channels.append(c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4)
    r, g, b = channels
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def colours(css: str) -> dict[str, tuple[set[str], set[str]]]:
    """Text colours and background colours in light mode and in dark mode."""
    dark_at = css.index("@media (prefers-color-scheme: dark)")
    modes = {"light": css[:dark_at], "dark": css[dark_at:]}
    out = {}
    for mode, block in modes.items():
        text = set(re.findall(r"(?<![-\w])color:\s*(#[0-9a-fA-F]{3,6})", block))
        background = set(re.findall(r"background(?:-color)?:\s*(#[0-9a-fA-F]{3,6})", block))
        out[mode] = (text, background)
    # Dark mode starts from the light rules it does not override; its own colours must all be set.
    return out


def test_contrast_of_every_text_colour_on_every_background_in_light_and_dark_mode(rendered):
    css = Page(rendered[0][1].html).style
    modes = colours(css)
    assert modes["light"][0] and modes["light"][1] and modes["dark"][0] and modes["dark"][1]
    for mode, (texts, backgrounds) in modes.items():
        for fg in texts:
            for bg in backgrounds:
                assert contrast(fg, bg) >= 4.5, (mode, fg, bg, round(contrast(fg, bg), 2))
    # Every rule that sets a colour in light mode is given its dark colour, so no dark-on-dark text.
    light_rules = {sel.strip() for sel, body in re.findall(r"([^{}]+)\{([^}]*)\}", css[:css.index("@media")])
                   if re.search(r"(?<![-\w])color:|background", body)}
    dark_rules = {sel.strip() for sel, body in re.findall(r"([^{}]+)\{([^}]*)\}", css[css.index("@media") + 40:])}
    assert light_rules <= dark_rules | {":root"}, light_rules - dark_rules


def test_the_contrast_formula():
    assert round(contrast("#000000", "#ffffff"), 1) == 21.0
    assert round(contrast("#1d70b8", "#ffffff"), 2) == 5.17

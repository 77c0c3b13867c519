"""Charts as inline SVG, drawn by matplotlib (Agg, no display).

The SVG must open offline and the same data must give the same bytes: text is drawn as paths
(``svg.fonttype = "path"``: no font is fetched or needed), ids come from a fixed salt
(``svg.hashsalt``), and the file's date, DOCTYPE, metadata and XML namespaces, which are URLs a
reader might take for links, are left out (an SVG inside HTML needs none of them).
"""

from __future__ import annotations

import io
import re
from typing import Any

from .model import Chart, Table

# Colours that stay apart for the common kinds of colour blindness (Okabe and Ito), darkest first,
# each with a contrast of at least 3:1 on white as WCAG 2.1 asks of chart elements.
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#56B4E9", "#E69F00", "#000000")
TEXT = "#0b0c0c"
RC = {
    "svg.fonttype": "path",
    "svg.hashsalt": "complaints-bot",
    "svg.id": "chart",
    "font.family": "DejaVu Sans",
    "font.size": 10,
    "axes.edgecolor": TEXT,
    "axes.labelcolor": TEXT,
    "xtick.color": TEXT,
    "ytick.color": TEXT,
    "text.color": TEXT,
}


def _numbers(table: Table, column: str) -> list[float]:
    index = table.columns.index(column)
    return [float(row[index]) if isinstance(row[index], (int, float)) else 0.0 for row in table.rows]


def _labels(table: Table) -> list[str]:
    return [str(row[0]) for row in table.rows]


def upright(chart: Chart, table: Table) -> bool:
    """Bars stand up for a time series (short labels: days, months) and lie down for named rows."""
    return chart.kind == "stacked" or (chart.kind == "percent" and all(len(x) <= 10 for x in _labels(table)))


def _draw(chart: Chart, table: Table, ax) -> None:
    labels = _labels(table)
    positions = list(range(len(labels)))
    if chart.kind == "percent" and upright(chart, table):
        width = 0.8 / max(1, len(chart.series))
        for n, (colour, column) in enumerate(zip(PALETTE, chart.series)):
            offset = (n - (len(chart.series) - 1) / 2) * width
            ax.bar([p + offset for p in positions], _numbers(table, column), width=width, color=colour, label=column)
        ax.axhline(chart.target, color=TEXT, linestyle="--", linewidth=1.2, label=f"target {chart.target:g}%")
        ax.set_ylim(0, 105)
        ax.set_ylabel("per cent on time")
        ax.set_xticks(positions, labels, rotation=45, ha="right")
    elif chart.kind == "stacked":
        bottom = [0.0] * len(labels)
        for colour, column in zip(PALETTE, chart.series):
            values = _numbers(table, column)
            ax.bar(positions, values, bottom=bottom, color=colour, label=column, width=0.8)
            bottom = [b + v for b, v in zip(bottom, values)]
        ax.set_ylabel("number received")
        ax.yaxis.get_major_locator().set_params(integer=True)
        step = max(1, len(labels) // 12)
        ax.set_xticks(positions[::step], labels[::step], rotation=45, ha="right")
    elif chart.kind in ("percent", "grouped"):  # horizontal, one bar per series in each group
        height = 0.8 / max(1, len(chart.series))
        for n, (colour, column) in enumerate(zip(PALETTE, chart.series)):
            values = _numbers(table, column)
            offset = (n - (len(chart.series) - 1) / 2) * height
            ax.barh([p + offset for p in positions], values, height=height, color=colour, label=column)
        if chart.target is not None:
            ax.axvline(chart.target, color=TEXT, linestyle="--", linewidth=1.2, label=f"target {chart.target:g}%")
        if chart.kind == "percent":
            ax.set_xlim(0, 105)
            ax.set_xlabel("per cent on time")
        else:
            ax.xaxis.get_major_locator().set_params(integer=True)
            ax.set_xlabel("number")
        ax.set_yticks(positions, [_short(x, 48) for x in labels])
        ax.invert_yaxis()
    else:  # "bars": horizontal, one group per row, stacked by series
        left = [0.0] * len(labels)
        for colour, column in zip(PALETTE, chart.series):
            values = _numbers(table, column)
            ax.barh(positions, values, left=left, color=colour, label=column, height=0.7)
            left = [a + v for a, v in zip(left, values)]
        ax.set_yticks(positions, [_short(x) for x in labels])
        ax.invert_yaxis()
        ax.xaxis.get_major_locator().set_params(integer=True)
        ax.set_xlabel("number")
    ax.spines[["top", "right"]].set_visible(False)
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)


def _short(text: str, limit: int = 34) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def svg(chart: Chart, table: Table) -> str:
    """The chart as an SVG element to put straight into the page (no XML prologue, no URLs)."""
    import matplotlib
    from matplotlib.figure import Figure

    with matplotlib.rc_context(RC):
        rows = max(1, len(table.rows))
        per_row = {"stacked": 0, "bars": 0.45, "percent": 0.3 * len(chart.series), "grouped": 0.18 * len(chart.series)}
        height = 3.6 if upright(chart, table) else max(2.4, (per_row[chart.kind] + 0.15) * rows + 1.2)
        figure = Figure(figsize=(9, height), dpi=96)
        ax = figure.subplots()
        if table.rows:
            _draw(chart, table, ax)
        else:
            ax.set_axis_off()
            ax.text(0.5, 0.5, "Nothing to show for this period", ha="center", va="center")
        figure.tight_layout()
        buffer = io.StringIO()
        figure.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None, "Format": None, "Type": None})
    return clean(buffer.getvalue(), chart)


def clean(text: str, chart: Chart) -> str:
    """Strip what an inline SVG does not need, and give it a role and a title for screen readers."""
    text = re.sub(r"<\?xml[^>]*\?>\s*", "", text)
    text = re.sub(r"<!DOCTYPE[^>]*>\s*", "", text, flags=re.S)
    text = re.sub(r"<metadata>.*?</metadata>\s*", "", text, flags=re.S)
    text = re.sub(r'\s+xmlns(:\w+)?="[^"]*"', "", text)
    text = text.replace("xlink:href=", "href=")
    # Several charts share one page: every id (and every reference to one) gets the chart's name,
    # and the fixed size goes, so the page's CSS can fit the chart to a phone.
    prefix = f"{chart.name}-"
    text = re.sub(r'\bid="([^"]+)"', lambda m: f'id="{prefix}{m.group(1)}"', text)
    text = re.sub(r'href="#([^"]+)"', lambda m: f'href="#{prefix}{m.group(1)}"', text)
    text = re.sub(r"url\(#([^)]+)\)", lambda m: f"url(#{prefix}{m.group(1)})", text)
    text = re.sub(r'(<svg\b[^>]*?)\s+width="[^"]*"\s+height="[^"]*"', r"\1", text, count=1)
    title_id = f"chart-{chart.name}-title"
    text = re.sub(r"<svg\b", f'<svg role="img" aria-labelledby="{title_id}"', text, count=1)
    text = re.sub(r"(<svg\b[^>]*>)", rf'\1<title id="{title_id}">{_escape(chart.title)}. {_escape(chart.summary)}</title>',
                  text, count=1)
    return text.strip()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def all_svgs(charts: list[Chart], tables: dict[str, Table]) -> dict[str, Any]:
    return {c.name: svg(c, tables[c.table]) for c in charts}

"""A small hand-written SVG bar chart (stacked when given several series), rendered on the server: no
script, no library, nothing fetched. Colours come from CSS classes (console.css); every bar has a <title>
(a tooltip), and the page shows the same numbers in a table for screen readers and keyboard users."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from markupsafe import Markup, escape

__all__ = ["FRAME", "Series", "bar_chart"]


@dataclass(frozen=True)
class Series:
    name: str
    css_class: str
    values: Sequence[float]


@dataclass(frozen=True)
class _Frame:
    width: int
    height: int
    left: int
    bottom: int
    top: int = 8
    right: int = 6
    font: int = 12
    x_labels: int = 8


# Drawn at about the size it is shown (three across at 1280 px, one at 390 px), so the text stays readable.
FRAME = _Frame(width=380, height=210, left=50, bottom=24, font=13, x_labels=4)


def bar_chart(days: Sequence[date], series: Sequence[Series], *, label: str, fmt: Callable[[float], str],
              frame: _Frame = FRAME) -> Markup:
    """An SVG bar chart of `series` per day, the series stacked in order."""
    f = frame
    totals = [sum(s.values[i] for s in series) for i in range(len(days))]
    top = _nice_top(max(totals, default=0))
    plot_w, plot_h = f.width - f.left - f.right, f.height - f.top - f.bottom
    n = max(len(days), 1)
    slot = plot_w / n
    bar_w = max(slot * 0.72, 1.0)
    out = [f'<svg class="chart" viewBox="0 0 {f.width} {f.height}" role="img" aria-label="{escape(label)}" '
           f'font-size="{f.font}" preserveAspectRatio="xMidYMid meet">']
    for step in range(5):  # grid lines and y labels at 0, 1/4 ... top
        value = top * step / 4
        y = f.top + plot_h - plot_h * step / 4
        out.append(f'<line class="grid" x1="{f.left}" x2="{f.width - f.right}" y1="{y:.1f}" y2="{y:.1f}"/>')
        out.append(f'<text class="axis" x="{f.left - 6}" y="{y + f.font * 0.35:.1f}" text-anchor="end">'
                   f'{escape(fmt(value))}</text>')
    for i, day in enumerate(days):
        x = f.left + i * slot + (slot - bar_w) / 2
        base = f.top + plot_h
        parts = [f"{s.name} {fmt(s.values[i])}" for s in series]
        out.append(f"<g><title>{escape(day.isoformat())}: {escape(', '.join(parts))}</title>")
        out.append(f'<rect class="hit" x="{f.left + i * slot:.2f}" y="{f.top}" width="{slot:.2f}" '
                   f'height="{plot_h}"/>')
        for s in series:
            h = plot_h * s.values[i] / top if top else 0
            if h > 0:
                base -= h
                out.append(f'<rect class="{s.css_class}" x="{x:.2f}" y="{base:.2f}" width="{bar_w:.2f}" '
                           f'height="{h:.2f}"/>')
        out.append("</g>")
    positions = _label_positions(len(days), f.x_labels)
    for i in positions:  # the outer labels hang inwards, so that none is cut at the edges
        x, anchor = f.left + i * slot + slot / 2, "middle"
        if i == positions[0] and len(positions) > 1:
            x, anchor = f.left + i * slot, "start"
        elif i == positions[-1] and len(positions) > 1:
            x, anchor = f.left + (i + 1) * slot, "end"
        out.append(f'<text class="axis" x="{x:.1f}" y="{f.height - 6}" text-anchor="{anchor}">'
                   f'{escape(days[i].strftime("%b %-d"))}</text>')
    out.append(f'<line class="baseline" x1="{f.left}" x2="{f.width - f.right}" y1="{f.top + plot_h}" '
               f'y2="{f.top + plot_h}"/>')
    out.append("</svg>")
    return Markup("".join(out))


def _nice_top(value: float) -> float:
    """The smallest 1, 2, 2.5 or 5 x 10^k times 4 at or above `value` (four even grid steps)."""
    if value <= 0:
        return 4.0
    step = value / 4
    magnitude = 10 ** math.floor(math.log10(step))
    for m in (1, 2, 2.5, 5, 10):
        if m * magnitude >= step:
            return m * magnitude * 4
    return 40 * magnitude  # unreachable: m = 10 always fits


def _label_positions(n: int, most: int) -> list[int]:
    if n <= 0:
        return []
    if n <= most:
        return list(range(n))
    every = math.ceil((n - 1) / (most - 1))
    positions = list(range(0, n, every))
    if n - 1 - positions[-1] >= every / 2:
        positions.append(n - 1)
    else:
        positions[-1] = n - 1
    return positions

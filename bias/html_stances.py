"""The stances of an article in the HTML view: a small table of who frames whom, and, on
hovering a row, its cue, holder and target highlighted in the text (CSS only: the page runs no
script).

>>> import bias
>>> art = bias.analyze("विपक्ष ने सरकार की कड़ी आलोचना की।")
>>> [(a, b, i) for a, b, i in stance_parts(art)]
[(0, 6, 0), (10, 15, 0), (19, 30, 0)]
>>> "विपक्ष" in stance_table(art) and ".st-0" in stance_css(art)
True
"""

from __future__ import annotations

import html
from typing import Any

#: the chart's frame colours (Okabe–Ito), as in :mod:`bias.html`
FRAME_COLORS = {"praise": "#009E73", "concern": "#D55E00", "neutral": "#BBBBBB"}

__all__ = ["stance_parts", "stance_table", "stance_css", "stance_classes"]


def stance_parts(article: Any) -> list[tuple[int, int, int]]:
    """``(start, end, stance index)`` of the holder, cue and target of every stance, sorted."""
    parts = []
    for i, s in enumerate(article.stances):
        for a, b in (
            (s.holder_start, s.holder_end),
            (s.cue_start, s.cue_end),
            (s.target_start, s.target_end),
        ):
            if a is not None and b is not None and a < b:
                parts.append((a, b, i))
    return sorted(parts)


def stance_classes(parts: list[tuple[int, int, int]], pos: int) -> list[str]:
    """The ``st-<i>`` classes of the stance parts that cover character ``pos`` (an article has
    a few dozen stances at most: a scan is enough)."""
    return [f"st-{i}" for a, b, i in parts if a <= pos < b]


def _who(name: str | None, entity: str | None, article: Any) -> str:
    if name is None:
        return "the reporter"
    e = next((e for e in article.entities if e.id == entity), None)
    if e is None:
        return name
    about = ", ".join(x for x in (e.source_type, e.origin) if x)
    return f"{e.name} ({about})" if about else e.name


def stance_table(article: Any) -> str:
    """A table of the article's stances: holder → frame → target, one row each (nothing when
    the article has none)."""
    if not article.stances:
        return ""
    rows = []
    for i, s in enumerate(article.stances):
        color = FRAME_COLORS.get(s.frame, "#777")
        rows.append(
            f'<tr class="stance-row" data-stance="{i}">'
            f"<td>{html.escape(_who(s.holder, s.holder_entity, article))}</td>"
            f'<td style="color:{color};white-space:nowrap">→ {s.frame} →</td>'
            f"<td>{html.escape(s.target or '—')}</td>"
            f"<td>{html.escape(s.cue)}</td></tr>"
        )
    return (
        '<details class="stances"><summary>Who praises or criticises whom '
        f"({len(rows)} stances; hover a row to see it in the text)</summary>"
        "<table><thead><tr><th>holder</th><th>frame</th><th>target</th><th>cue</th></tr>"
        f"</thead><tbody>{''.join(rows)}</tbody></table></details>"
    )


def stance_css(article: Any) -> str:
    """The hover rules: a row's cue, holder and target are highlighted while the row is."""
    rules = [
        ".bias-article .stances table{border-collapse:collapse;font-size:.85rem;margin:.3rem 0}"
        ".bias-article .stances td,.bias-article .stances th{border:1px solid #ddd;"
        "padding:.1rem .35rem;text-align:left}"
        ".bias-article .stance-row:hover{background:#fff3b0}"
    ]
    for i in range(len(article.stances)):
        rules.append(
            f'.bias-article:has(.stance-row[data-stance="{i}"]:hover) .st-{i}'
            "{background:#ffe066;outline:1px solid #b38f00}"
        )
    return "".join(rules)

"""A self-contained HTML view of an analysed article.

Direct quotations are highlighted per speaker (a tinted background and a
coloured left rule, with the speaker in a tooltip and a legend), term
quotations are in italics with a dotted underline, reported speech has a
dashed underline, narration is plain; praise cues have a solid green
underline and concern cues a wavy vermilion one (shape as well as colour, so
the view does not depend on colour vision; the palette is Okabe–Ito).  A small
inline SVG chart shows the frames of each voice.  No network resources: the
page uses the system's Devanagari fonts and inline CSS; it reflows to a phone
screen.
"""

from __future__ import annotations

import bisect
import html as _html
import re
from operator import itemgetter
from typing import Any

__all__ = ["render_html", "SPEAKER_COLORS"]

#: Okabe–Ito colours, readable for the common colour-vision deficiencies
SPEAKER_COLORS = (
    "#E69F00",
    "#56B4E9",
    "#009E73",
    "#CC79A7",
    "#0072B2",
    "#D55E00",
    "#F0E442",
    "#999999",
)
_FRAME_COLORS = {"praise": "#009E73", "concern": "#D55E00", "neutral": "#BBBBBB"}

_CSS = (
    "\n"
    '.bias-article{font-family:"Noto Sans Devanagari","Noto Sans","Mangal","Lohit Devanagari",'
    '"Nirmala UI",sans-serif;\n'
    "  line-height:1.75;color:#1b1b1b;max-width:46rem;margin:0 auto;padding:1rem;"
    "overflow-wrap:anywhere;box-sizing:border-box}\n"
    ".bias-article *{box-sizing:border-box}\n"
    ".bias-article h1{font-size:1.3rem;margin:0 0 .5rem}\n"
    ".bias-article .bias-text p{margin:0 0 .9rem}\n"
    ".bias-article .quote{background:color-mix(in srgb,var(--c) 22%,white);"
    "border-left:3px solid var(--c);padding:0 .15rem;border-radius:2px}\n"
    ".bias-article .term{font-style:italic;text-decoration:underline dotted #555;"
    "text-underline-offset:3px}\n"
    ".bias-article .reported{text-decoration:underline dashed #0072B2;"
    "text-underline-offset:4px;text-decoration-thickness:1px}\n"
    ".bias-article .cue-praise{text-decoration:underline solid #009E73;"
    "text-decoration-thickness:2px;text-underline-offset:5px}\n"
    ".bias-article .cue-concern{text-decoration:underline wavy #D55E00;"
    "text-decoration-thickness:1.5px;text-underline-offset:5px}\n"
    ".bias-article .headline{font-weight:700}\n"
    ".bias-article .credit{color:#555;font-size:.9em}\n"
    ".bias-article .legend{display:flex;flex-wrap:wrap;gap:.4rem 1rem;font-size:.85rem;"
    "margin:.5rem 0 1rem;padding:.5rem;border:1px solid #ddd;border-radius:4px}\n"
    ".bias-article .legend span{white-space:normal}\n"
    ".bias-article .swatch{display:inline-block;width:.9em;height:.9em;vertical-align:middle;"
    "margin-right:.3em;border-left:3px solid var(--c);"
    "background:color-mix(in srgb,var(--c) 22%,white)}\n"
    ".bias-article svg{width:100%;height:auto;max-width:30rem;display:block;margin:.5rem 0}\n"
    ".bias-article .warn{color:#8a4b00;font-size:.9rem}\n"
)


def _esc(s: str) -> str:
    return _html.escape(s, quote=True)


# ------------------------------------------------------------------------------------ the chart


def _chart(summary: dict[str, Any]) -> str:
    """Stacked bars: frames of each voice, with the voice's share of the article."""
    voices = ("quoted", "reported", "narrated")
    names = {
        "quoted": "उद्धरण / quoted",
        "reported": "कथित / reported",
        "narrated": "वर्णन / narrated",
    }
    w, bar_h, gap, left = 300, 18, 10, 120
    parts = [
        f'<svg role="img" aria-label="frames per voice" '
        f'viewBox="0 0 {left + w + 10} {len(voices) * (bar_h + gap) + 26}" '
        f'xmlns="http://www.w3.org/2000/svg">'
    ]
    for i, v in enumerate(voices):
        y = 4 + i * (bar_h + gap)
        share = summary["voice_share"][v]
        parts.append(f'<text x="0" y="{y + 13}" font-size="11">{_esc(names[v])} {share:.0%}</text>')
        x = left
        for f in ("praise", "concern", "neutral"):
            val = summary["frames"][v][f] if share > 0 else 0.0
            bw = val * w
            if bw > 0:
                parts.append(
                    f'<rect x="{x:.1f}" y="{y}" width="{bw:.1f}" height="{bar_h}" '
                    f'fill="{_FRAME_COLORS[f]}"><title>{v}: {f} {val:.0%}</title></rect>'
                )
            x += bw
        parts.append(
            f'<rect x="{left}" y="{y}" width="{w}" height="{bar_h}" '
            f'fill="none" stroke="#777" stroke-width="0.5"/>'
        )
    y = 4 + len(voices) * (bar_h + gap) + 8
    x = left
    for f in ("praise", "concern", "neutral"):
        parts.append(
            f'<rect x="{x}" y="{y - 8}" width="10" height="10" fill="{_FRAME_COLORS[f]}"/>'
            f'<text x="{x + 13}" y="{y + 1}" font-size="10">{f}</text>'
        )
        x += 80
    parts.append("</svg>")
    return "".join(parts)


# ------------------------------------------------------------------------------------ the text


class _Spans:
    """Spans ``(start, end, ...)`` sorted by start, with the lookup of the one covering a point."""

    def __init__(self, spans: list[tuple]) -> None:
        self.spans = spans
        self.starts = [sp[0] for sp in spans]

    def at(self, pos: int) -> tuple | None:
        """The span that covers ``pos``, or ``None``: bisection, not a scan.

        >>> _Spans([(0, 4, "a"), (6, 9, "b")]).at(7)
        (6, 9, 'b')
        """
        spans = self.spans
        k = bisect.bisect_right(self.starts, pos) - 1
        while k >= 0 and spans[k][0] <= pos:
            if pos < spans[k][1]:
                return spans[k]
            if k == 0 or spans[k - 1][1] <= spans[k][0]:
                break  # earlier spans end before this one starts
            k -= 1
        return None


def _speaker_index(direct: list[Any]) -> dict[str, int]:
    """Each speaker of a direct quotation (``"?"`` if unknown) → its colour index, in order."""
    speakers: dict[str, int] = {}
    for q in direct:
        speakers.setdefault(q.speaker or "?", len(speakers))
    return speakers


def _frame_cues(article: Any) -> list[tuple[int, int, str]]:
    """``(start, end, lexicon)`` of every praise and concern cue, in sentence order."""
    return [
        (c.start, c.end, c.lexicon)
        for s in article.sentences
        for c in s.cues
        if c.lexicon in ("praise", "concern")
    ]


def _cuts(article: Any, cues: list[tuple[int, int, str]]) -> list[int]:
    """Every boundary of a quote, reported span, cue, sentence or line, sorted: the text is
    walked in the pieces between them, each piece inside the same spans throughout."""
    text: str = article.text
    points = {0, len(text)}
    for q in article.quotes:
        points.update((q.start, q.end))
    for r in article.reported:
        points.update((r.start, r.end))
    for a, b, _ in cues:
        points.update((a, b))
    for s in article.sentences:
        points.update((s.start, s.end))
    for m in re.finditer("\n", text):
        points.update((m.start(), m.end()))
    return sorted(p for p in points if 0 <= p <= len(text))


def _quote_open(q: Any, qi: int, speakers: dict[str, int]) -> str:
    """The opening tag of quotation ``qi``: coloured by speaker if direct, a term otherwise."""
    if q.kind != "direct":
        return f'<span class="term" data-quote="{qi}" title="term / title">'
    color = SPEAKER_COLORS[speakers[q.speaker or "?"] % len(SPEAKER_COLORS)]
    tip = f"{q.speaker or 'unknown speaker'} ({q.source_type or 'unknown type'})" + (
        f" — {q.cue}" if q.cue else ""
    )
    return (
        f'<span class="quote" data-quote="{qi}" data-speaker="{_esc(q.speaker or "")}" '
        f'data-source-type="{_esc(q.source_type or "")}" style="--c:{color}" '
        f'title="{_esc(tip)}">'
    )


def _piece(piece: str, a: int, *, in_quote: bool, reported, cues, kinds) -> str:
    """The escaped ``piece`` starting at ``a``, in a span with the classes of what covers it:
    reported speech (outside quotations, with its speaker as tooltip), a cue, a sentence kind."""
    r = None if in_quote else reported.at(a)
    classes = []
    if r is not None:
        classes.append("reported")
    cue = cues.at(a)
    if cue is not None:
        classes.append(f"cue-{cue[2]}")
    k = kinds.at(a)
    if k is not None:
        classes.append(k[2])
    body = _esc(piece)
    if not classes:
        return body
    tip = f' title="reported: {_esc(r[2].speaker or "unnamed source")}"' if r is not None else ""
    return f'<span class="{" ".join(classes)}"{tip}>{body}</span>'


def _text_html(article: Any, speakers: dict[str, int]) -> str:
    """The article's text as paragraphs (one per line), with its spans marked up."""
    text: str = article.text
    cues = _frame_cues(article)
    cuts = _cuts(article, cues)
    quotes = _Spans([(q.start, q.end, i, q) for i, q in enumerate(article.quotes)])
    reported = _Spans(sorted(((r.start, r.end, r) for r in article.reported), key=itemgetter(0)))
    kinds = _Spans([(s.start, s.end, s.kind) for s in article.sentences if s.kind != "sentence"])
    cue_spans = _Spans(sorted(cues))
    out: list[str] = ["<p>"]
    open_quote: int | None = None  # the quotation whose <span> is open
    for a, b in zip(cuts, cuts[1:]):
        piece = text[a:b]
        if not piece:
            continue
        if piece == "\n":
            if open_quote is not None:
                out.append("</span>")
                open_quote = None
            out.append("</p>\n<p>")
            continue
        qs = quotes.at(a)
        qi = qs[2] if qs else None
        if qi != open_quote:
            if open_quote is not None:
                out.append("</span>")
            if qs is not None:
                out.append(_quote_open(qs[3], qi, speakers))
            open_quote = qi
        out.append(
            _piece(
                piece, a, in_quote=qs is not None, reported=reported, cues=cue_spans, kinds=kinds
            )
        )
    if open_quote is not None:
        out.append("</span>")
    out.append("</p>")
    return "".join(out).replace("<p></p>", "")


# ------------------------------------------------------------------------ legend and summary


def _legend(speakers: dict[str, int], direct: list[Any]) -> str:
    """A swatch per speaker (with the source type of its first quotation), then the marks."""
    legend = ['<div class="legend" aria-label="legend">']
    for name, idx in speakers.items():
        color = SPEAKER_COLORS[idx % len(SPEAKER_COLORS)]
        st = next((q.source_type for q in direct if (q.speaker or "?") == name), None)
        legend.append(
            f'<span class="legend-speaker" data-speaker="{_esc(name)}">'
            f'<span class="swatch" style="--c:{color}"></span>{_esc(name)} '
            f"<small>({_esc(st or '?')})</small></span>"
        )
    legend.append('<span><span class="reported">reported speech</span></span>')
    legend.append('<span><span class="term">term / title</span></span>')
    legend.append('<span><span class="cue-praise">praise cue</span></span>')
    legend.append('<span><span class="cue-concern">concern cue</span></span>')
    legend.append("</div>")
    return "".join(legend)


def _stats(summary: dict[str, Any]) -> str:
    """One line: quotations, reported statements and the framing gap."""
    gap = summary.get("framing_gap", {})
    counts = summary["counts"]
    return (
        f'<p class="stats">{counts["quotes"]} quotations, '
        f"{counts['reported']} reported statements, "
        f"framing gap (quoted − narrated): praise {gap.get('praise', 0):+.2f}, "
        f"concern {gap.get('concern', 0):+.2f}</p>"
    )


def render_html(article: Any, *, title: str | None = None, full_page: bool = True) -> str:
    """HTML for an :class:`bias.Article` (a whole page, or a fragment for notebooks).

    >>> import bias
    >>> page = render_html(bias.analyze("किम ने कहा, “हम साथ हैं।”"), title="किम")
    >>> page.startswith("<!DOCTYPE html>") and 'class="quote"' in page
    True
    """
    direct = [q for q in article.quotes if q.kind == "direct"]
    speakers = _speaker_index(direct)
    s = article.summary
    head = f"<h1>{_esc(title)}</h1>" if title else ""
    warn = "".join(f'<p class="warn">⚠ {_esc(w)}</p>' for w in article.warnings)
    fragment = (
        f'<div class="bias-article">{head}{warn}{_chart(s)}{_stats(s)}'
        f"{_legend(speakers, direct)}"
        f'<div class="bias-text" lang="hi">{_text_html(article, speakers)}</div></div>'
    )
    if not full_page:
        return f"<style>{_CSS}</style>{fragment}"
    return (
        '<!DOCTYPE html>\n<html lang="hi"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_esc(title or 'bias article view')}</title>"
        f"<style>body{{margin:0}}{_CSS}</style></head>"
        f"<body>{fragment}</body></html>\n"
    )

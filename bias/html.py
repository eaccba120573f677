"""A self-contained HTML view of an analysed article.

Direct quotations are highlighted per speaker entity (a tinted background and a coloured left
rule; the legend lists each entity with its source type and origin), term quotations are in
italics with a dotted underline, reported speech has a dashed underline, narration is plain.
Frame cues are underlined (praise solid green, concern wavy vermilion) and sentiment cues
overlined (positive dotted blue, negative dotted purple): shape as well as colour, so the view
does not depend on colour vision; the palette is Okabe–Ito.  Every sentence ends with a mark of
its frame (▲ praise, ▼ concern, ○ neutral) and tone (+, −, ·) whose tooltip gives its scores and
the cues that decided them.  Site furniture is greyed.  A small inline SVG chart shows the
frames of each voice.

The page is self-contained: inline CSS, and the package's Devanagari font embedded as a
``data:`` URL (:func:`bias.font.font_face_css`), so Hindi renders on a machine without a
Devanagari font; a content-security policy forbids any network request.  It reflows to a phone
screen.
"""

from __future__ import annotations

import bisect
import html as _html
import re
from operator import itemgetter
from typing import Any

from .font import FONT_FAMILY, font_face_css
from .html_stances import FRAME_COLORS, stance_classes, stance_css, stance_parts, stance_table

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
_SENTIMENT_COLORS = {"positive": "#0072B2", "negative": "#CC79A7", "neutral": "#BBBBBB"}
#: the mark at the end of a sentence: its frame (a shape drawn in SVG: no font has to have it)
FRAME_MARKS = {
    "praise": '<path d="M5 1L9.5 9H.5z"/>',  # ▲
    "concern": '<path d="M5 9L9.5 1H.5z"/>',  # ▼
    "neutral": '<circle cx="5" cy="5" r="3.5" fill="none" stroke-width="1.5"/>',  # ○
}
#: … then its tone
SENTIMENT_MARKS = {"positive": "+", "negative": "−", "neutral": "·"}
#: the content-security policy of a page: nothing is fetched (styles, the font and images are
#: inline) and no script runs
CSP = "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:"

_CSS = (
    "\n"
    '.bias-article{font-family:"' + FONT_FAMILY + '","Noto Sans Devanagari","Noto Sans",'
    '"Mangal","Lohit Devanagari","Nirmala UI",sans-serif;\n'
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
    ".bias-article .cue-positive{text-decoration:overline dotted #0072B2;"
    "text-decoration-thickness:2px}\n"
    ".bias-article .cue-negative{text-decoration:overline dotted #CC79A7;"
    "text-decoration-thickness:2px}\n"
    ".bias-article .mark{font-size:.7em;margin:0 .2em;white-space:nowrap;cursor:help}\n"
    ".bias-article svg.mk{display:inline;width:.8em;height:.8em;margin:0 .1em 0 0;"
    "vertical-align:baseline}\n"
    ".bias-article .headline{font-weight:700}\n"
    ".bias-article .credit{color:#555;font-size:.9em}\n"
    ".bias-article .boilerplate{color:#888;font-size:.9em}\n"
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
                    f'fill="{FRAME_COLORS[f]}"><title>{v}: {f} {val:.0%}</title></rect>'
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
            f'<rect x="{x}" y="{y - 8}" width="10" height="10" fill="{FRAME_COLORS[f]}"/>'
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


class _Speakers:
    """The speakers of an article's direct quotations: each speaker entity (``"?"`` for a
    quotation whose speaker is unknown) with its colour, in order of first quotation.

    >>> import bias
    >>> sp = _Speakers(bias.analyze("पुतिन ने कहा, “हम साथ हैं।”"))
    >>> [(key, sp.label(key)) for key in sp.colors]
    [('e1', 'पुतिन (government_official, RU)')]
    """

    def __init__(self, article: Any) -> None:
        self.entities = {e.id: e for e in article.entities}
        self.colors: dict[str, str] = {}
        for q in article.quotes:
            if q.kind == "direct":
                key = self.key(q)
                n = len(self.colors)
                self.colors.setdefault(key, SPEAKER_COLORS[n % len(SPEAKER_COLORS)])

    def key(self, voice: Any) -> str:
        """The entity id of a quotation's or reported statement's speaker (``"?"``: none)."""
        return voice.entity if voice.entity in self.entities else "?"

    def label(self, key: str, fallback: str | None = None) -> str:
        """``name (source type, origin)`` of a speaker entity; ``fallback`` (a speaker string
        without an entity) or "unknown speaker" for ``"?"``."""
        e = self.entities.get(key)
        if e is None:
            return fallback or "unknown speaker"
        about = ", ".join(x for x in (e.source_type or "?", e.origin) if x)
        return f"{e.name} ({about})"


def _cue_spans(article: Any) -> list[tuple[int, int, str, str]]:
    """``(start, end, class, tooltip)`` of every frame cue (``cue-praise``, ``cue-concern``)
    and sentiment cue (``cue-positive``, ``cue-negative``), sorted; a sentiment cue that
    overlaps a frame cue is left out (the frame cue is shown).

    >>> import bias
    >>> [c[2] for c in _cue_spans(bias.analyze("सरकार की कड़ी निंदा हुई।"))]
    ['cue-concern']
    """
    frame, tone = [], []
    for s in article.sentences:
        for c in s.cues:
            tip = f"{c.lexicon} cue: {c.term} ({c.weight:+.2f})"
            if c.lexicon in ("praise", "concern"):
                frame.append((c.start, c.end, f"cue-{c.lexicon}", tip))
            elif c.lexicon == "sentiment" and c.weight:
                label = "positive" if c.weight > 0 else "negative"
                tone.append((c.start, c.end, f"cue-{label}", tip))
    taken = _Spans(sorted(frame))
    tone = [c for c in tone if not any(taken.at(p) for p in range(c[0], c[1]))]
    return sorted(frame + tone)


def _cuts(article: Any, cues: list[tuple[int, int, str, str]]) -> list[int]:
    """Every boundary of a quote, reported span, cue, sentence or line, sorted: the text is
    walked in the pieces between them, each piece inside the same spans throughout."""
    text: str = article.text
    points = {0, len(text)}
    for q in article.quotes:
        points.update((q.start, q.end))
    for r in article.reported:
        points.update((r.start, r.end))
    for c in cues:
        points.update((c[0], c[1]))
    for a, b, _ in stance_parts(article):
        points.update((a, b))
    for s in article.sentences:
        points.update((s.start, s.end))
    for m in re.finditer("\n", text):
        points.update((m.start(), m.end()))
    return sorted(p for p in points if 0 <= p <= len(text))


def _quote_open(q: Any, qi: int, speakers: _Speakers) -> str:
    """The opening tag of quotation ``qi``: coloured by speaker entity if direct, a term
    otherwise."""
    if q.kind != "direct":
        return f'<span class="term" data-quote="{qi}" title="term / title">'
    key = speakers.key(q)
    tip = speakers.label(key, q.speaker) + (f" — {q.cue}" if q.cue else "")
    return (
        f'<span class="quote" data-quote="{qi}" data-entity="{_esc(key)}" '
        f'data-speaker="{_esc(q.speaker or "")}" '
        f'data-source-type="{_esc(q.source_type or "")}" style="--c:{speakers.colors[key]}" '
        f'title="{_esc(tip)}">'
    )


def _frame_shape(frame: str) -> str:
    """The shape of a frame (:data:`FRAME_MARKS`) as a small inline SVG in its colour."""
    color = FRAME_COLORS[frame]
    return (
        f'<svg class="mk" viewBox="0 0 10 10" aria-label="{frame}" fill="{color}" '
        f'stroke="{color}">{FRAME_MARKS[frame]}</svg>'
    )


def sentence_mark(sentence: Any, index: int) -> str:
    """The mark that ends a sentence in the view: its frame (▲ praise, ▼ concern, ○ neutral)
    and tone (+ positive, − negative, · neutral) in the palette of the chart, with a tooltip
    giving the scores, where the frame came from, and the cues that decided them.

    >>> import bias
    >>> s = bias.analyze("सरकार की कड़ी निंदा हुई।").sentences[0]
    >>> mark = sentence_mark(s, 0)
    >>> 'data-frame="concern"' in mark, 'aria-label="concern"' in mark, "निंदा" in mark
    (True, True, True)
    """
    scores = ", ".join(f"{k} {v:.2f}" for k, v in sentence.frame_scores.items())
    cues = "; ".join(f"{c.lexicon} {c.term} ({c.weight:+.2f})" for c in sentence.cues)
    tip = (
        f"frame: {sentence.frame} ({scores}; from the {sentence.frame_source}) · "
        f"sentiment: {sentence.sentiment} ({sentence.sentiment_score:+.2f}) · "
        f"cues: {cues or 'none'}"
    )
    f, t = sentence.frame, sentence.sentiment
    return (
        f'<sup class="mark" data-sentence="{index}" data-frame="{f}" data-sentiment="{t}" '
        f'title="{_esc(tip)}">{_frame_shape(f)}'
        f'<span style="color:{_SENTIMENT_COLORS[t]}">{SENTIMENT_MARKS[t]}</span></sup>'
    )


def _piece(
    piece: str, a: int, *, in_quote: bool, reported, cues, kinds, speakers, stances=()
) -> str:
    """The escaped ``piece`` starting at ``a``, in a span with the classes of what covers it:
    reported speech (outside quotations, with its speaker as tooltip), a cue, a sentence kind."""
    r = None if in_quote else reported.at(a)
    classes, tips = [], []
    if r is not None:
        classes.append("reported")
        v = r[2]
        tips.append("reported: " + speakers.label(speakers.key(v), v.speaker or "unnamed source"))
    cue = cues.at(a)
    if cue is not None:
        classes.append(cue[2])
        tips.append(cue[3])
    k = kinds.at(a)
    if k is not None:
        classes.append(k[2])
    classes += stance_classes(stances, a)
    body = _esc(piece)
    if not classes:
        return body
    tip = f' title="{_esc(" · ".join(tips))}"' if tips else ""
    return f'<span class="{" ".join(classes)}"{tip}>{body}</span>'


def _text_html(article: Any, speakers: _Speakers) -> str:
    """The article's text as paragraphs (one per line), with its spans marked up and a
    :func:`sentence_mark` after every sentence but furniture."""
    text: str = article.text
    cues = _cue_spans(article)
    cuts = _cuts(article, cues)
    quotes = _Spans([(q.start, q.end, i, q) for i, q in enumerate(article.quotes)])
    reported = _Spans(sorted(((r.start, r.end, r) for r in article.reported), key=itemgetter(0)))
    kinds = _Spans([(s.start, s.end, s.kind) for s in article.sentences if s.kind != "sentence"])
    cue_spans = _Spans(cues)
    parts = stance_parts(article)
    marks: dict[int, list[str]] = {}
    for i, s in enumerate(article.sentences):
        if s.kind in ("sentence", "headline"):
            marks.setdefault(s.end, []).append(sentence_mark(s, i))
    out: list[str] = ["<p>"]
    open_quote: int | None = None  # the quotation whose <span> is open
    for a, b in zip(cuts, cuts[1:]):
        piece = text[a:b]
        if piece == "\n":
            if open_quote is not None:
                out.append("</span>")
                open_quote = None
            out.append("</p>\n<p>")
        elif piece:
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
                    piece,
                    a,
                    in_quote=qs is not None,
                    reported=reported,
                    cues=cue_spans,
                    kinds=kinds,
                    speakers=speakers,
                    stances=parts,
                )
            )
        out.extend(marks.get(b, ()))
    if open_quote is not None:
        out.append("</span>")
    out.append("</p>")
    return "".join(out).replace("<p></p>", "")


# ------------------------------------------------------------------------ legend and summary


def _legend(speakers: _Speakers) -> str:
    """A swatch per speaker entity (name, source type, origin), then the marks."""
    legend = ['<div class="legend" aria-label="legend">']
    for key, color in speakers.colors.items():
        legend.append(
            f'<span class="legend-speaker" data-entity="{_esc(key)}">'
            f'<span class="swatch" style="--c:{color}"></span>{_esc(speakers.label(key))}</span>'
        )
    legend.append('<span><span class="reported">reported speech</span></span>')
    legend.append('<span><span class="term">term / title</span></span>')
    legend.append('<span><span class="cue-praise">praise cue</span></span>')
    legend.append('<span><span class="cue-concern">concern cue</span></span>')
    legend.append('<span><span class="cue-positive">positive word</span></span>')
    legend.append('<span><span class="cue-negative">negative word</span></span>')
    frames = " ".join(f"{_frame_shape(f)}{f}" for f in FRAME_MARKS)
    tones = " ".join(f"{m} {t}" for t, m in SENTIMENT_MARKS.items())
    legend.append(f"<span>after each sentence: frame {frames}; tone {tones}</span>")
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


def render_html(
    article: Any, *, title: str | None = None, full_page: bool = True, embed_font: bool = True
) -> str:
    """HTML for an :class:`bias.Article` (a whole page, or a fragment for notebooks).

    ``embed_font``: embed the package's Devanagari font (about 90 KB; the first page of a
    process takes about 2 s to make it), so Hindi renders without a system font.

    >>> import bias
    >>> page = render_html(bias.analyze("किम ने कहा, “हम साथ हैं।”"), title="किम")
    >>> page.startswith("<!DOCTYPE html>") and 'class="quote"' in page
    True
    """
    speakers = _Speakers(article)
    s = article.summary
    head = f"<h1>{_esc(title)}</h1>" if title else ""
    warn = "".join(f'<p class="warn">⚠ {_esc(w)}</p>' for w in article.warnings)
    fragment = (
        f'<div class="bias-article">{head}{warn}{_chart(s)}{_stats(s)}'
        f"{_legend(speakers)}{stance_table(article)}"
        f'<div class="bias-text" lang="hi">{_text_html(article, speakers)}</div></div>'
    )
    css = (font_face_css() if embed_font else "") + _CSS + stance_css(article)
    if not full_page:
        return f"<style>{css}</style>{fragment}"
    return (
        '<!DOCTYPE html>\n<html lang="hi"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_esc(title or 'bias article view')}</title>"
        f"<style>body{{margin:0}}{css}</style></head>"
        f"<body>{fragment}</body></html>\n"
    )

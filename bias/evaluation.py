"""Scoring predicted quotations against gold annotations.

Conventions (after BBC's Citron): a predicted quotation *exactly* matches a
gold one when both offsets are equal; it *overlaps* when the spans share at
least one character.  Matching is one-to-one (each gold quotation is matched
by at most one prediction, greedily by overlap size).  Precision, recall and
F1 are reported for both criteria.  Among overlap-matched gold **direct**
quotations, *speaker accuracy* counts a predicted speaker as right when its
span overlaps the gold speaker mention or any other mention of the same
entity, or when the two speaker strings are equal or one contains the other
after normalisation, or when they have the same words up to case endings and
genitive particles (तामिर का / के रक्षा मंत्रालय); *source-type accuracy* compares the
labels (and :attr:`QuoteScores.confusion` counts each gold/predicted pair); *origin
accuracy* compares the speaker's country codes where the gold has one; *kind accuracy* compares
direct/term over all overlap-matched quotations.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable, Sequence

from .lexicon import stem, term_key, term_tokens

__all__ = ["GoldQuote", "QuoteScores", "evaluate_quotes"]


@dataclass(frozen=True)
class GoldQuote:
    """A gold quotation: its span (content without the marks), kind, speaker and source type.

    ``speaker_spans`` are every mention of the speaking entity in the text.

    >>> GoldQuote(13, 24, "direct", ((0, 3),), "किम").speaker_text
    'किम'
    """

    start: int
    end: int
    kind: str
    speaker_spans: tuple[tuple[int, int], ...] = ()
    speaker_text: str | None = None
    source_type: str | None = None
    origin: str | None = None  # ISO 3166-1 alpha-2 country (or EU, NATO, UN) of the speaker


@dataclass
class QuoteScores:
    """Counts accumulated over documents; the rates are properties."""

    gold: int = 0
    pred: int = 0
    exact: int = 0
    overlap: int = 0
    speaker_total: int = 0
    speaker_right: int = 0
    type_total: int = 0
    type_right: int = 0
    kind_total: int = 0
    kind_right: int = 0
    origin_total: int = 0
    origin_right: int = 0
    #: (gold source type, predicted source type) -> count, over matched direct quotations
    confusion: dict = field(default_factory=dict)
    errors: list = field(default_factory=list)

    @staticmethod
    def _prf(hit: int, pred: int, gold: int) -> dict[str, float]:
        p = hit / pred if pred else 0.0
        r = hit / gold if gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}

    def as_dict(self) -> dict[str, Any]:
        return {
            "gold": self.gold,
            "predicted": self.pred,
            "exact": self._prf(self.exact, self.pred, self.gold),
            "overlap": self._prf(self.overlap, self.pred, self.gold),
            "speaker_accuracy": round(self.speaker_right / self.speaker_total, 4)
            if self.speaker_total
            else None,
            "speaker_n": self.speaker_total,
            "source_type_accuracy": round(self.type_right / self.type_total, 4)
            if self.type_total
            else None,
            "source_type_n": self.type_total,
            "kind_accuracy": round(self.kind_right / self.kind_total, 4)
            if self.kind_total
            else None,
            "kind_n": self.kind_total,
            "origin_accuracy": round(self.origin_right / self.origin_total, 4)
            if self.origin_total
            else None,
            "origin_n": self.origin_total,
            "source_type_confusion": {
                f"{g} -> {p}": n for (g, p), n in sorted(self.confusion.items(), key=str)
            },
        }


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _same_speaker(text: str, pred_span, pred_text: str | None, gold: GoldQuote) -> bool:
    if pred_span is not None and pred_span[0] is not None:
        for s in gold.speaker_spans:
            if _overlap(pred_span, s) > 0:
                return True
    gold_texts = [text[a:b] for a, b in gold.speaker_spans]
    if gold.speaker_text:
        gold_texts.append(gold.speaker_text)
    if pred_text:
        p = term_key(pred_text)
        p_toks = _content_tokens(pred_text)
        for g in gold_texts:
            gk = term_key(g)
            if gk and (gk == p or gk in p or p in gk):
                return True
            if p_toks and p_toks == _content_tokens(g):
                return True  # same words up to case: तामिर का / के रक्षा मंत्रालय
    return False


def _content_tokens(s: str) -> frozenset:
    return frozenset(stem(k) for k in term_tokens(s) if k not in ("का", "के", "की"))


def _match(
    gold: list[GoldQuote], pred: list[Any]
) -> tuple[list[tuple[GoldQuote, Any]], list[GoldQuote], list[Any]]:
    """One-to-one matching, greedily by overlap size in gold order.

    Returns the (gold, predicted) pairs, the gold quotations left unmatched (missed) and the
    predictions left unmatched (spurious).

    >>> pairs, missed, spurious = _match([GoldQuote(0, 5, "direct")], [])
    >>> missed[0].end
    5
    """
    used: set[int] = set()
    pairs = []
    missed = []
    for g in gold:
        best, best_ov = None, 0
        for pi, q in enumerate(pred):
            if pi in used:
                continue
            ov = _overlap((g.start, g.end), (q.start, q.end))
            if ov > best_ov:
                best, best_ov = pi, ov
        if best is None:
            missed.append(g)
            continue
        used.add(best)
        pairs.append((g, pred[best]))
    spurious = [q for pi, q in enumerate(pred) if pi not in used]
    return pairs, missed, spurious


def _score_pair(sc: QuoteScores, text: str, g: GoldQuote, q: Any, doc: str) -> None:
    """Add one matched pair: boundaries, kind, and for direct quotations speaker and type."""
    sc.overlap += 1
    if (g.start, g.end) == (q.start, q.end):
        sc.exact += 1
    else:
        sc.errors.append(
            {"doc": doc, "error": "boundary", "gold": [g.start, g.end], "pred": [q.start, q.end]}
        )
    sc.kind_total += 1
    sc.kind_right += g.kind == q.kind
    if g.kind != q.kind:
        sc.errors.append(
            {"doc": doc, "error": "kind", "start": g.start, "gold": g.kind, "pred": q.kind}
        )
    if g.kind == "direct" and (g.speaker_spans or g.speaker_text):
        sc.speaker_total += 1
        ok = _same_speaker(text, (q.speaker_start, q.speaker_end), q.speaker, g)
        sc.speaker_right += ok
        if not ok:
            sc.errors.append(
                {
                    "doc": doc,
                    "error": "speaker",
                    "start": g.start,
                    "pred": q.speaker,
                    "pred_span": [q.speaker_start, q.speaker_end],
                }
            )
    if g.kind == "direct" and g.origin:
        sc.origin_total += 1
        pred_origin = getattr(q, "origin", None)
        sc.origin_right += pred_origin == g.origin
        if pred_origin != g.origin:
            sc.errors.append(
                {
                    "doc": doc,
                    "error": "origin",
                    "start": g.start,
                    "gold": g.origin,
                    "pred": pred_origin,
                }
            )
    if g.kind == "direct" and g.source_type:
        key = (g.source_type, q.source_type)
        sc.confusion[key] = sc.confusion.get(key, 0) + 1
        sc.type_total += 1
        sc.type_right += g.source_type == q.source_type
        if g.source_type != q.source_type:
            sc.errors.append(
                {
                    "doc": doc,
                    "error": "source_type",
                    "start": g.start,
                    "gold": g.source_type,
                    "pred": q.source_type,
                }
            )


def evaluate_quotes(
    text: str,
    predicted: Sequence[Any],
    gold: Iterable[GoldQuote],
    *,
    scores: QuoteScores | None = None,
    only: str | None = None,
    doc: str = "",
) -> QuoteScores:
    """Add one document's comparison to ``scores`` (a new one by default).

    ``predicted`` are :class:`bias.Quote` objects of ``bias.analyze(text)``;
    ``only="direct"`` restricts both sides to direct quotations.

    >>> import bias
    >>> text = "किम ने कहा, “हम साथ हैं।”"
    >>> sc = evaluate_quotes(text, bias.analyze(text).quotes, [GoldQuote(13, 24, "direct")])
    >>> sc.as_dict()["exact"]["f1"]
    1.0
    """
    sc = scores if scores is not None else QuoteScores()
    gold = [g for g in gold if only is None or g.kind == only]
    pred = [q for q in predicted if only is None or q.kind == only]
    sc.gold += len(gold)
    sc.pred += len(pred)
    pairs, missed, spurious = _match(gold, pred)
    for g in missed:
        sc.errors.append(
            {"doc": doc, "error": "missed", "start": g.start, "end": g.end, "kind": g.kind}
        )
    for q in spurious:
        sc.errors.append(
            {"doc": doc, "error": "spurious", "start": q.start, "end": q.end, "kind": q.kind}
        )
    for g, q in pairs:
        _score_pair(sc, text, g, q, doc)
    return sc

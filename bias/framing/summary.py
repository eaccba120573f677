"""The article summary: voice shares, frames and sentiment per voice, speakers.

Definitions (``summary[...]``):

* ``voice_share[v]``: the share of the article's characters (sentences,
  headlines, titles; not credits) in voice ``v``, each segment counted by its
  voice shares;
* ``frames[v][f]``: the share of voice ``v``'s characters (white space
  aside) that lie in pieces framed ``f`` (a piece is a run of one voice in a
  segment, see :func:`bias.framing.scores.voice_pieces`);
* ``sentiment[v]``: the character-weighted mean sentiment score of ``v``'s
  pieces;
* ``framing_gap[f] = frames["quoted"][f] - frames["narrated"][f]``;
* ``speakers``: one row per speaker entity of the direct quotations (per speaker
  string and source type for a quotation without an entity): its name, source type,
  origin and bloc, how many quotations were framed praise / concern / neutral (a
  quotation is framed by the cues inside it) and the speaker's frame (the most
  frequent; ``neutral`` among ties that include it, ``mixed`` otherwise);
* ``frames_by_source_type``, ``frames_by_origin``, ``frames_by_bloc``: for the
  direct quotations and reported statements of the speakers of each source type,
  origin (ISO country code) or bloc, the share of their characters framed praise /
  concern / neutral (each span framed by the cues inside it), and ``n``, the number
  of spans.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Any

from .cues import Hit
from .scores import NOT_VOICED, Scored, piece_label, round4

__all__ = ["summarize"]

_FRAMES = ("praise", "concern", "neutral")


def _voice_share(sentences: Sequence, scored: Sequence[Scored]) -> dict[str, float]:
    """The share of the characters of each voice (credits and site furniture aside)."""
    voice_chars: dict[str, float] = {"quoted": 0, "reported": 0, "narrated": 0}
    for s, sc in zip(sentences, scored):
        if s.kind in NOT_VOICED:
            continue
        for v, share in sc.voice_shares.items():
            if share:
                voice_chars[v] += share * (s.end - s.start)
    total = sum(voice_chars.values())
    if not total:
        return {"quoted": 0.0, "reported": 0.0, "narrated": 0.0}
    return {v: round4(chars / total) for v, chars in voice_chars.items()}


def _voice_frames(totals: dict[str, list]) -> tuple[dict, dict]:
    """``frames`` and ``sentiment`` per voice from the piece totals."""
    frames, sentiment = {}, {}
    for v in ("quoted", "reported", "narrated"):
        n, sentiment_sum, by_frame = totals[v]
        if n:
            frames[v] = {f: round4(by_frame[f] / n) for f in _FRAMES}
            sentiment[v] = round4(sentiment_sum / n)
        else:
            frames[v] = {f: 0.0 for f in _FRAMES}
            sentiment[v] = 0.0
    return frames, sentiment


def _quote_frame(quote, cues: Sequence, cue_starts: list[int]) -> str:
    """The frame of a quotation: of the cues that start inside it (``cues``: every cue of the
    article sorted by start, ``cue_starts`` their starts; their rounded weights, all frame
    evidence)."""
    lo = bisect.bisect_left(cue_starts, quote.start)
    hi = bisect.bisect_left(cue_starts, quote.end)
    hits = [Hit(c.term, c.start, c.end, c.lexicon, c.weight, -1, -1, True) for c in cues[lo:hi]]
    return piece_label(hits)[0]


def _speakers(framed: Sequence[tuple[Any, str]], entities: Sequence = ()) -> list[dict[str, Any]]:
    """Who is quoted directly (``framed``: each direct quotation with its frame), how often,
    with which frames: one row per entity."""
    by_id = {e.id: e for e in entities}
    speakers: dict[tuple, dict] = {}
    for q, frame in framed:
        e = by_id.get(q.entity)
        key = (e.id,) if e is not None else (q.speaker, q.source_type)
        if key not in speakers:
            speakers[key] = {
                "entity": e.id if e is not None else None,
                "speaker": e.name if e is not None else q.speaker,
                "source_type": q.source_type,
                "origin": q.origin,
                "bloc": e.bloc if e is not None else None,
                "quotes": 0,
            } | dict.fromkeys(_FRAMES, 0)
        d = speakers[key]
        d["quotes"] += 1
        d[frame] += 1
    for d in speakers.values():
        best = max(d[f] for f in _FRAMES)
        tops = [f for f in _FRAMES if d[f] == best]
        d["frame"] = tops[0] if len(tops) == 1 else ("neutral" if "neutral" in tops else "mixed")
    return list(speakers.values())


def frames_by(key, framed: Sequence[tuple[Any, str]]) -> dict[str, dict[str, float]]:
    """For each value of ``key(span)`` over the ``(span, frame)`` pairs (spans whose key is
    ``None`` left out): the share of the spans' characters framed praise / concern / neutral,
    and ``n`` spans.

    >>> import bias
    >>> art = bias.analyze("पुतिन ने कहा, “हम पूर्ण समर्थन देते हैं।”")
    >>> frames_by(lambda q: q.origin, [(q, "praise") for q in art.quotes])["RU"]
    {'praise': 1.0, 'concern': 0.0, 'neutral': 0.0, 'n': 1}
    """
    chars: dict[str, dict[str, int]] = {}
    for span, frame in framed:
        k = key(span)
        if k is None:
            continue
        acc = chars.setdefault(k, dict.fromkeys(_FRAMES, 0) | {"n": 0})
        acc[frame] += span.end - span.start
        acc["n"] += 1
    out = {}
    for k, acc in chars.items():
        total = sum(acc[f] for f in _FRAMES) or 1
        out[k] = {f: round4(acc[f] / total) for f in _FRAMES} | {"n": acc["n"]}
    return out


def stance_rows(stances: Sequence, entities: Sequence = ()) -> list[dict[str, Any]]:
    """The stances of an article counted per (holder, target): one row each, with the
    holder's and target's entity, source type, origin and bloc (``None`` for the reporter or
    for a holder or target that is not an entity).

    >>> import bias
    >>> art = bias.analyze("विपक्ष ने सरकार की कड़ी आलोचना की।")
    >>> [(r["holder"], r["target"], r["concern"]) for r in art.summary["stances"]]
    [('विपक्ष', 'सरकार', 1)]
    """
    by_id = {e.id: e for e in entities}
    rows: dict[tuple, dict[str, Any]] = {}
    for s in stances:
        holder = by_id.get(s.holder_entity)
        target = by_id.get(s.target_entity)
        key = (s.holder_entity or s.holder, s.target_entity or s.target)
        if key not in rows:
            rows[key] = {
                "holder": holder.name if holder else s.holder,
                "holder_entity": s.holder_entity,
                "holder_type": holder.source_type if holder else None,
                "holder_origin": holder.origin if holder else None,
                "holder_bloc": holder.bloc if holder else None,
                "target": target.name if target else s.target,
                "target_entity": s.target_entity,
                "target_type": target.source_type if target else None,
                "target_origin": target.origin if target else None,
                "praise": 0,
                "concern": 0,
            }
        rows[key][s.frame] += 1
    return list(rows.values())


def framed_entities(stances: Sequence, entities: Sequence = ()) -> dict[str, Any]:
    """How each entity is framed as a target, by the voice of the stance: praise and concern
    counts and the share of praise (``None`` without stances)."""
    out: dict[str, Any] = {}
    names = {e.id: e.name for e in entities}
    for s in stances:
        if s.target_entity is None:
            continue
        d = out.setdefault(s.target_entity, {"name": names.get(s.target_entity), "voices": {}})
        v = d["voices"].setdefault(s.voice, {"praise": 0, "concern": 0})
        v[s.frame] += 1
    for d in out.values():
        for v in d["voices"].values():
            n = v["praise"] + v["concern"]
            v["praise_share"] = round4(v["praise"] / n) if n else None
    return out


def summarize(
    sentences: Sequence,
    scored: Sequence[Scored],
    quotes: Sequence,
    reported: Sequence,
    totals: dict[str, list],
    entities: Sequence = (),
    stances: Sequence = (),
) -> dict[str, Any]:
    """The article summary (see the module doc for the definitions) of an
    article's sentences (:class:`bias.article.Sentence`), their scores,
    quotations, reported spans and speaker entities (:class:`bias.Entity`);
    ``totals`` are the per-voice piece totals that :func:`bias.framing.score_segments`
    added up.

    >>> import bias
    >>> bias.analyze("सरकार ने कहा, “यह ऐतिहासिक उपलब्धि है।”").summary["frames"]["quoted"]
    {'praise': 0.6875, 'concern': 0.0, 'neutral': 0.3125}
    """
    frames, sentiment = _voice_frames(totals)
    quoted, narrated = frames["quoted"], frames["narrated"]
    # the spans of the speakers' voices: direct quotations and reported statements
    # (each framed once, by the cues inside it)
    cues = sorted((c for s in sentences for c in s.cues), key=lambda c: c.start)
    starts = [c.start for c in cues]
    direct = [(q, _quote_frame(q, cues, starts)) for q in quotes if q.kind == "direct"]
    voiced = [(q, f) for q, f in direct if q.source_type is not None] + [
        (r, _quote_frame(r, cues, starts)) for r in reported if r.source_type is not None
    ]
    blocs = {e.id: e.bloc for e in entities}
    counts_by_type: dict[str, int] = {}
    for q in quotes:
        if q.kind == "direct":
            source_type = q.source_type or "unknown"
            counts_by_type[source_type] = counts_by_type.get(source_type, 0) + 1
    return {
        "voice_share": _voice_share(sentences, scored),
        "frames": frames,
        "sentiment": sentiment,
        "framing_gap": {
            "praise": round4(quoted["praise"] - narrated["praise"]),
            "concern": round4(quoted["concern"] - narrated["concern"]),
        },
        "speakers": _speakers(direct, entities),
        "quotes_by_source_type": counts_by_type,
        "frames_by_source_type": frames_by(lambda s: s.source_type, voiced),
        "frames_by_origin": frames_by(lambda s: s.origin, voiced),
        "frames_by_bloc": frames_by(lambda s: blocs.get(s.entity), voiced),
        "stances": stance_rows(stances, entities),
        "framed": framed_entities(stances, entities),
        "counts": {
            "sentences": sum(s.kind == "sentence" for s in sentences),
            "quotes": sum(q.kind == "direct" for q in quotes),
            "terms": sum(q.kind == "term" for q in quotes),
            "reported": len(reported),
        },
    }

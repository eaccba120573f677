"""Growing labels with the tool: a spreadsheet round trip and inter-annotator agreement.

1. :func:`export_rows` turns analysed articles into one row per sentence (or per quotation)
   with its offsets, its text and the analysis's labels twice: as ``pred_<field>`` (what the
   tool said, for the record) and as ``<field>`` (for the annotator to correct).
2. :func:`read_sheet` reads the corrected sheet back, checks every label against the labelling
   guide's values (:data:`FIELDS`) and every offset, and returns the good records *and* the bad
   rows with their line numbers (nothing is dropped silently).  The records, written as JSON
   Lines, are a labelled corpus for ``bias train`` and ``bias evaluate`` (``text`` and one
   column per field).
3. :func:`agreement` compares two annotators' files unit by unit: Cohen's kappa and the
   confusion of every field.

>>> import bias
>>> rows = export_rows([("a.txt", bias.analyze("सरकार की कड़ी निंदा हुई।"))])
>>> rows[0]["unit"], rows[0]["frame"], rows[0]["pred_frame"]
('sentence', 'concern', 'concern')
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from typing import Any, Iterable, Sequence

from .errors import InputError
from .result import SOURCE_TYPES, Article

__all__ = ["FIELDS", "UNITS", "export_rows", "read_sheet", "agreement", "BadRow", "sheet_columns"]

#: the labelled fields of each unit and their allowed values (the labelling guide's)
FIELDS: dict[str, dict[str, tuple[str, ...]]] = {
    "sentence": {
        "voice": ("quoted", "reported", "narrated", "mixed"),
        "frame": ("praise", "concern", "neutral"),
        "sentiment": ("positive", "negative", "neutral"),
    },
    "quote": {
        "kind": ("direct", "term"),
        "source_type": (*SOURCE_TYPES, ""),
    },
}
#: the units a sheet can hold
UNITS = tuple(FIELDS)
_KEYS = ("source", "unit", "index", "start", "end")


def sheet_columns(unit: str) -> list[str]:
    """The columns of a sheet of ``unit`` rows, in order.

    >>> sheet_columns("quote")[5:]
    ['text', 'speaker', 'pred_kind', 'pred_source_type', 'kind', 'source_type']
    """
    fields = list(FIELDS[unit])
    extra = ["speaker"] if unit == "quote" else []
    return [*_KEYS, "text", *extra, *(f"pred_{f}" for f in fields), *fields]


def _sentence_rows(source: str, art: Article) -> list[dict[str, Any]]:
    return [
        {"source": source, "unit": "sentence", "index": i, "start": s.start, "end": s.end}
        | {"text": art.text[s.start : s.end]}
        | {f"pred_{f}": getattr(s, f) for f in FIELDS["sentence"]}
        | {f: getattr(s, f) for f in FIELDS["sentence"]}
        for i, s in enumerate(art.sentences)
        if s.kind in ("sentence", "headline")
    ]


def _quote_rows(source: str, art: Article) -> list[dict[str, Any]]:
    rows = []
    for i, q in enumerate(art.quotes):
        labels = {"kind": q.kind, "source_type": q.source_type or ""}
        rows.append(
            {"source": source, "unit": "quote", "index": i, "start": q.start, "end": q.end}
            | {"text": art.text[q.start : q.end], "speaker": q.speaker or ""}
            | {f"pred_{k}": v for k, v in labels.items()}
            | labels
        )
    return rows


def export_rows(articles: Iterable[tuple[str, Article]], unit: str = "sentence") -> list[dict]:
    """One row per sentence (headlines too; not credits or site furniture) or per quotation of
    every ``(source, article)``, with :func:`sheet_columns`."""
    if unit not in FIELDS:
        raise InputError(f"unit must be one of {', '.join(UNITS)}; got {unit!r}")
    rows_of = _sentence_rows if unit == "sentence" else _quote_rows
    return [row for source, art in articles for row in rows_of(source, art)]


@dataclass(frozen=True)
class BadRow:
    """A row of a sheet that was not taken, and why."""

    line: int  # the line of the sheet (1 is the header)
    reason: str


def _check_row(row: dict[str, str]) -> tuple[dict[str, Any] | None, str | None]:
    """The record of one sheet row, or the reason it is refused."""
    unit = (row.get("unit") or "").strip()
    if unit not in FIELDS:
        return None, f"unit {unit!r} is not one of {', '.join(UNITS)}"
    try:
        start, end, index = int(row["start"]), int(row["end"]), int(row["index"])
    except (KeyError, TypeError, ValueError):
        return None, "start, end and index must be whole numbers"
    if not 0 <= start < end:
        return None, f"offsets {start}–{end} are not a span (0 <= start < end)"
    record: dict[str, Any] = {
        "source": row.get("source") or "",
        "unit": unit,
        "index": index,
        "start": start,
        "end": end,
        "text": row.get("text") or "",
    }
    if record["text"] and len(record["text"]) != end - start:
        return None, f"the text has {len(record['text'])} characters, the offsets {end - start}"
    for field, allowed in FIELDS[unit].items():
        value = (row.get(field) or "").strip()
        if value not in allowed:
            shown = ", ".join(a or '""' for a in allowed)
            return None, f"{field} {value!r} is not one of {shown}"
        record[field] = value
    return record, None


def read_sheet(text: str) -> tuple[list[dict[str, Any]], list[BadRow]]:
    """The records of a corrected sheet (CSV text, as :func:`export_rows` wrote it) and the
    rows refused, each with its line and reason.

    >>> good, bad = read_sheet("source,unit,index,start,end,text,frame,voice,sentiment\\n"
    ...                        "a,sentence,0,0,3,abc,praise,narrated,neutral\\n"
    ...                        "a,sentence,1,4,7,def,happy,narrated,neutral\\n")
    >>> [r["frame"] for r in good], [(b.line, b.reason[:21]) for b in bad]
    (['praise'], [(3, "frame 'happy' is not ")])
    """
    reader = csv.DictReader(io.StringIO(text))
    missing = [c for c in _KEYS if c not in (reader.fieldnames or [])]
    if missing:
        raise InputError(
            f"the sheet has no column {missing} (it has {reader.fieldnames or []}); "
            "export one with `bias annotate export`"
        )
    good, bad = [], []
    for row in reader:
        record, reason = _check_row(row)
        if record is None:
            bad.append(BadRow(reader.line_num, reason or "?"))
        else:
            good.append(record)
    return good, bad


def _unit_key(record: dict[str, Any]) -> tuple:
    return tuple(record[k] for k in _KEYS)


def agreement(a: Sequence[dict[str, Any]], b: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Cohen's kappa, raw agreement and the confusion (rows: ``a``, columns: ``b``) of every
    field, over the units both files label (matched by source, unit, index and offsets).

    >>> a = [{"source": "x", "unit": "quote", "index": i, "start": i, "end": i + 1,
    ...       "kind": k, "source_type": ""} for i, k in enumerate(["direct", "term"] * 5)]
    >>> b = [dict(r, kind="direct") if r["index"] == 1 else r for r in a]
    >>> res = agreement(a, b)
    >>> res["n"], res["fields"]["kind"]["agreement"], round(res["fields"]["kind"]["kappa"], 3)
    (10, 0.9, 0.8)
    """
    from sklearn.metrics import cohen_kappa_score, confusion_matrix

    by_key = {_unit_key(r): r for r in b}
    pairs = [(r, by_key[_unit_key(r)]) for r in a if _unit_key(r) in by_key]
    if not pairs:
        raise InputError("the two files share no unit (same source, unit, index and offsets)")
    units = {r["unit"] for r, _ in pairs}
    out: dict[str, Any] = {
        "n": len(pairs),
        "only_a": len(a) - len(pairs),
        "only_b": len(b) - len(pairs),
        "fields": {},
    }
    for unit in sorted(units):
        for field in FIELDS[unit]:
            ya = [r[field] for r, s in pairs if r["unit"] == unit]
            yb = [s[field] for r, s in pairs if r["unit"] == unit]
            labels = sorted(set(ya) | set(yb))
            same = sum(x == y for x, y in zip(ya, yb)) / len(ya)
            kappa = cohen_kappa_score(ya, yb, labels=labels) if len(labels) > 1 else 1.0
            out["fields"][field] = {
                "n": len(ya),
                "agreement": round(same, 4),
                "kappa": float(kappa),
                "labels": labels,
                "confusion": confusion_matrix(ya, yb, labels=labels).tolist(),
            }
    return out

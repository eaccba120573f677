"""Many articles: :func:`analyze_many`, in input order, in parallel, streaming.

``analyze_many(texts, n_jobs=2)`` runs :func:`bias.analyze` in worker
processes through joblib, batch by batch, and yields the results in input
order as they are ready: the input is consumed lazily and only a bounded
number of batches is in flight, so memory stays flat however long the
corpus.  The same code runs on a Dask cluster — joblib is the seam::

    import joblib
    from dask.distributed import Client
    client = Client("tcp://scheduler:8786")        # or LocalCluster()
    with joblib.parallel_config(backend="dask"):
        for art in bias.analyze_many(texts, n_jobs=-1):
            ...

(the ``dask`` extra installs ``dask[distributed]``).

Sending a whole :class:`~bias.Article` back from a worker costs the main
process about a tenth of what the analysis cost the worker (hundreds of small
objects to unpickle), and on a 2-core machine the main process competes with
the workers for the cores.  When you only need part of each article, pass
``then=``: it runs in the worker and only its (smaller) result comes back::

    rows = list(bias.analyze_many(texts, n_jobs=2, then=bias.score_from_article))
"""

from __future__ import annotations

from collections import deque
from itertools import islice
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence

from .analyzer import analyze
from .errors import InputError
from .result import Article

__all__ = ["analyze_many", "score_frame", "stance_table", "sum_stances", "DEFAULT_BATCH_SIZE"]

#: the columns that name a (holder, target) pair of a stance table
STANCE_KEYS = (
    "holder",
    "holder_type",
    "holder_origin",
    "holder_bloc",
    "target",
    "target_type",
    "target_origin",
)

#: articles per task sent to a worker
DEFAULT_BATCH_SIZE = 32


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    it = iter(items)
    while True:
        chunk = list(islice(it, size))
        if not chunk:
            return
        yield chunk


def _analyze_batch(
    texts: list[str], kwargs: dict[str, Any], then: Callable[[Article], Any] | None = None
) -> list[Any]:
    if then is None:
        return [analyze(t, **kwargs) for t in texts]
    return [then(analyze(t, **kwargs)) for t in texts]


def record_meta(
    record: Mapping[str, Any], index: int, id_col: str | None, keep: Sequence[str]
) -> dict[str, Any]:
    """What of a record goes with its result: ``id`` (the ``id_col`` value, else the record's
    index, 0-based) and the ``keep`` fields (``None`` where the record has none).

    >>> record_meta({"text": "…", "paper": "क"}, 3, None, ["paper", "date"])
    {'id': 3, 'paper': 'क', 'date': None}
    """
    meta = {"id": record.get(id_col) if id_col else index}
    return meta | {k: record.get(k) for k in keep}


def _with_records(
    records: Iterable[Mapping[str, Any]],
    text_col: str,
    id_col: str | None,
    keep: Sequence[str],
    analyse: Callable[[Iterable[str]], Iterator[Any]],
) -> Iterator[tuple[dict[str, Any], Any]]:
    """``(meta, result)`` of every record: only the records in flight are remembered."""
    metas: deque[dict[str, Any]] = deque()

    def texts() -> Iterator[str]:
        for i, rec in enumerate(records):
            if not isinstance(rec, Mapping):
                raise TypeError(f"record {i} is a {type(rec).__name__}, not a mapping")
            if text_col not in rec:
                raise InputError(f"record {i}: no {text_col!r} field (it has {sorted(rec)})")
            metas.append(record_meta(rec, i, id_col, keep))
            yield rec[text_col]

    for result in analyse(texts()):
        yield metas.popleft(), result


def analyze_many(
    texts: Iterable[Any],
    *,
    n_jobs: int | None = 1,
    batch_size: int = DEFAULT_BATCH_SIZE,
    then: Callable[[Article], Any] | None = None,
    text_col: str | None = None,
    id_col: str | None = None,
    keep: Sequence[str] = (),
    **kwargs: Any,
) -> Iterator[Any]:
    """Analyse many texts; yields one :class:`~bias.Article` per text, in input order.

    **Records with metadata**: with ``text_col``, ``id_col`` or ``keep``, ``texts`` are
    mappings (e.g. the rows of a corpus) with the text in ``text_col`` (default ``"text"``),
    and each result comes as ``(meta, article)``: ``meta`` holds ``id`` (the ``id_col`` value,
    else the record's index, 0-based) and the ``keep`` fields, so every result joins back to
    its record without reading the input again.

    ``n_jobs``: 1 (default) analyses in this process; ``-1`` uses every core
    (joblib's ``loky`` processes, or the backend set with
    ``joblib.parallel_config``, e.g. ``"dask"``).  ``batch_size`` texts go to a
    worker at a time.  ``then``, a function of one article (picklable: defined
    at module level), is applied in the worker and its result is yielded
    instead of the article (see the module doc).  Other keyword arguments go
    to :func:`bias.analyze`.  A text that is not a ``str`` raises
    ``TypeError`` as :func:`bias.analyze` does.

    >>> [len(a.quotes) for a in analyze_many(["किम ने कहा, “हम साथ हैं।”", "बारिश हुई।"])]
    [1, 0]
    >>> rows = [{"text": "बारिश हुई।", "paper": "क", "no": "a7"}]
    >>> [(meta, len(a.sentences)) for meta, a in analyze_many(rows, id_col="no", keep=["paper"])]
    [({'id': 'a7', 'paper': 'क'}, 1)]
    """
    if text_col is not None or id_col is not None or keep:
        return _with_records(
            texts,
            text_col or "text",
            id_col,
            list(keep),
            lambda ts: analyze_many(ts, n_jobs=n_jobs, batch_size=batch_size, then=then, **kwargs),
        )
    return _analyze_texts(texts, n_jobs=n_jobs, batch_size=batch_size, then=then, **kwargs)


def _analyze_texts(
    texts: Iterable[str],
    *,
    n_jobs: int | None,
    batch_size: int,
    then: Callable[[Article], Any] | None,
    **kwargs: Any,
) -> Iterator[Any]:
    """:func:`analyze_many` of plain texts."""
    if isinstance(texts, (str, bytes)):
        raise TypeError(
            "analyze_many takes an iterable of texts, not a single str; "
            "use bias.analyze for one text"
        )
    if batch_size < 1:
        raise InputError(f"`batch_size` value = {batch_size!r} is invalid; value must be >= 1")
    if then is not None and not callable(then):
        raise InputError(
            f"`then` value = {then!r} is invalid; value must be a function of one article"
        )
    if n_jobs == 1:
        for t in texts:
            yield analyze(t, **kwargs) if then is None else then(analyze(t, **kwargs))
        return
    from joblib import Parallel, delayed

    parallel = Parallel(n_jobs=n_jobs, return_as="generator", pre_dispatch="8*n_jobs")
    for batch in parallel(
        delayed(_analyze_batch)(chunk, kwargs, then) for chunk in _batches(texts, batch_size)
    ):
        yield from batch


def score_frame(
    texts: Any,
    *,
    n_jobs: int | None = 1,
    batch_size: int = DEFAULT_BATCH_SIZE,
    text_col: str = "text",
    id_col: str | None = None,
    keep: Sequence[str] = (),
    **kwargs: Any,
):
    """A :class:`pandas.DataFrame` with one :func:`bias.score` row per text.

    ``texts`` is any iterable of strings; a :class:`pandas.Series` keeps its index (so the table
    joins back to your corpus).  A :class:`pandas.DataFrame` (or an iterable of mappings) is a
    corpus: the text is its ``text_col``; the rows are indexed by ``id_col`` (default: the
    frame's index, or the record's position) and begin with the ``keep`` columns.  Columns are
    :data:`bias.SCORE_COLUMNS`.  Requires pandas (installed with indic-nlp-library).

    >>> score_frame(["किम ने कहा, “हम साथ हैं।”", "बारिश हुई।"]).shape[0]
    2
    >>> import pandas as pd
    >>> df = pd.DataFrame({"text": ["बारिश हुई।"], "paper": ["क"], "no": ["a7"]})
    >>> row = score_frame(df, id_col="no", keep=["paper"]).loc["a7"]
    >>> row["paper"], int(row["n_sentences"])
    ('क', 1)
    """
    try:
        import pandas as pd
    except ImportError:  # pragma: no cover - pandas comes with indic-nlp-library
        raise ImportError("score_frame needs pandas: pip install pandas") from None
    from .result import SCORE_COLUMNS, score_from_article

    run = dict(n_jobs=n_jobs, batch_size=batch_size, then=score_from_article) | kwargs
    if isinstance(texts, pd.DataFrame) or id_col is not None or keep:
        frame_index = texts.index if isinstance(texts, pd.DataFrame) else None
        records = texts.to_dict("records") if isinstance(texts, pd.DataFrame) else texts
        pairs = list(
            analyze_many(records, text_col=text_col, id_col=id_col, keep=list(keep), **run)
        )
        rows = [{k: m[k] for k in keep} | r for m, r in pairs]
        if id_col is not None:
            index = pd.Index([m["id"] for m, _ in pairs], name=id_col)
        else:
            index = frame_index
        return pd.DataFrame(rows, columns=[*keep, *SCORE_COLUMNS], index=index)
    index = texts.index if isinstance(texts, pd.Series) else None
    values = texts.tolist() if isinstance(texts, pd.Series) else texts
    rows = list(analyze_many(values, **run))
    return pd.DataFrame(rows, columns=list(SCORE_COLUMNS), index=index)


def article_stances(art: Article) -> list[dict[str, Any]]:
    """The stance rows of one article (``summary["stances"]``): a ``then=`` for workers."""
    return art.summary["stances"]


def sum_stances(rows_per_article: Iterable[list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """Stance rows of many articles summed per (holder, target) — by their names, source
    types and origins (:data:`STANCE_KEYS`) — with the number of articles each appears in.

    >>> row = {"holder": "A", "target": "B", "praise": 1, "concern": 0}
    >>> sum_stances([[row], [row]])[0]["articles"]
    2
    """
    table: dict[tuple, dict[str, Any]] = {}
    for rows in rows_per_article:
        seen = set()
        for r in rows:
            key = tuple(r.get(k) for k in STANCE_KEYS)
            d = table.setdefault(
                key, dict(zip(STANCE_KEYS, key)) | {"praise": 0, "concern": 0, "articles": 0}
            )
            d["praise"] += r["praise"]
            d["concern"] += r["concern"]
            if key not in seen:
                d["articles"] += 1
                seen.add(key)
    return sorted(table.values(), key=lambda d: -(d["praise"] + d["concern"]))


def stance_table(texts: Any, *, n_jobs: int | None = 1, **kwargs: Any):
    """Who frames whom over a corpus: a :class:`pandas.DataFrame` of stances summed per
    (holder, target) (:func:`sum_stances`), from texts analysed as :func:`analyze_many`
    does (``n_jobs``, ``analyzer=`` …).

    >>> table = stance_table(["विपक्ष ने सरकार की आलोचना की।"] * 2)
    >>> table[["holder", "target", "concern"]].values.tolist()
    [['विपक्ष', 'सरकार', 2]]
    """
    import pandas as pd

    rows = sum_stances(analyze_many(texts, n_jobs=n_jobs, then=article_stances, **kwargs))
    return pd.DataFrame(rows, columns=[*STANCE_KEYS, "praise", "concern", "articles"])

"""scikit-learn transformers for Hindi news text.

* :class:`HindiNormalizer` — :func:`bias.normalize` as a pipeline step;
* :class:`AnalysisFeatures` — numeric features computed by :func:`bias.analyze`
  (frame scores, sentiment, voice shares, cue counts): the one scoring path,
  so a model sees exactly what the lexicon analysis sees;
* :func:`word_tfidf` / :func:`char_tfidf` — TF-IDF over word and character
  n-grams of the normalised text (scikit-learn's ``TfidfVectorizer`` with
  module-level, picklable analyzers).

All obey the scikit-learn contract: ``__init__`` only stores parameters,
``fit`` returns ``self``, learned state ends in ``_``, they ``clone`` and
pickle, and a bare string where a list of documents is expected is refused
with scikit-learn's own message.
"""

from __future__ import annotations

import functools
from typing import Sequence

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.utils.validation import check_is_fitted

from .errors import InputError
from .text import NUKTA_MODES, normalize, token_kind, token_offsets

__all__ = [
    "HindiNormalizer",
    "AnalysisFeatures",
    "ANALYSIS_GROUPS",
    "word_tfidf",
    "char_tfidf",
    "normalized_text",
    "word_tokens",
]

#: feature groups of :class:`AnalysisFeatures` and the columns each one gives
ANALYSIS_GROUPS: dict[str, tuple[str, ...]] = {
    "frame": ("frame_praise", "frame_concern", "frame_neutral"),
    "sentiment": ("sentiment",),
    "voice": ("voice_quoted", "voice_reported", "voice_narrated", "has_quote", "has_reported"),
    "cues": ("log_praise_cues", "log_concern_cues", "log_positive_words", "log_negative_words"),
}


def _check_documents(X) -> list[str]:
    if isinstance(X, (str, bytes)):
        raise InputError("Iterable over raw text documents expected, string object received.")
    docs = list(X)
    for i, d in enumerate(docs):
        if not isinstance(d, str):
            raise TypeError(f"document {i} is {type(d).__name__}, not str")
    return docs


def normalized_text(doc: str, nukta: str = "canonical") -> str:
    """The normalised form of ``doc`` (a picklable preprocessor).

    >>> normalized_text("ज़रूरी", nukta="remove")
    'जरूरी'
    """
    return normalize(doc, nukta=nukta).text


def word_tokens(doc: str) -> list[str]:
    """Lower-cased word and number tokens of an already normalised ``doc``.

    >>> word_tokens("मंत्री ने कहा: ठीक है।")
    ['मंत्री', 'ने', 'कहा', 'ठीक', 'है']
    """
    strings, _, _ = token_offsets(doc)
    kinds = [token_kind(s) for s in strings]
    return [s.lower() for s, k in zip(strings, kinds) if k != "punct"]


class HindiNormalizer(TransformerMixin, BaseEstimator):
    """:func:`bias.normalize` as a pipeline step: documents in, normalised documents out.

    >>> HindiNormalizer(nukta="remove").fit_transform(["ज़रूरी"])
    ['जरूरी']
    """

    def __init__(self, nukta: str = "canonical"):
        self.nukta = nukta

    def fit(self, X, y=None):
        _check_documents(X)
        if self.nukta not in NUKTA_MODES:
            raise InputError(
                f"`nukta` value = {self.nukta!r} is invalid; "
                f"value must be one of {list(NUKTA_MODES)}"
            )
        self.fitted_ = True
        return self

    def transform(self, X) -> list[str]:
        check_is_fitted(self)
        return [normalize(d, nukta=self.nukta).text for d in _check_documents(X)]

    def get_feature_names_out(self, input_features=None):
        return np.asarray(["text"], dtype=object)


@functools.lru_cache(maxsize=50_000)
def _analysis_row(doc: str, groups: tuple[str, ...]) -> tuple[float, ...]:
    """The features of one document (cached: cross-validation and learning
    curves transform the same documents many times)."""
    return tuple(_analysis_row_uncached(doc, groups))


def _frame_features(art, sents: list, w: np.ndarray) -> list[float]:
    """Length-weighted praise, concern and neutral scores (all neutral without sentences)."""
    if not sents:
        return [0.0, 0.0, 1.0]
    return [
        float(np.dot(w, [s.frame_scores[f] for s in sents]))
        for f in ("praise", "concern", "neutral")
    ]


def _sentiment_features(art, sents: list, w: np.ndarray) -> list[float]:
    """The length-weighted sentiment score (0 without sentences)."""
    return [float(np.dot(w, [s.sentiment_score for s in sents])) if sents else 0.0]


def _voice_features(art, sents: list, w: np.ndarray) -> list[float]:
    """Voice shares of the article, and whether it has a quotation and reported speech."""
    vs = art.summary["voice_share"]
    return [
        vs["quoted"],
        vs["reported"],
        vs["narrated"],
        float(bool(art.quotes)),
        float(bool(art.reported)),
    ]


def _cue_features(art, sents: list, w: np.ndarray) -> list[float]:
    """log(1 + count) of praise cues, concern cues, positive and negative words."""
    hits = [c for s in sents for c in s.cues]
    counts = [
        sum(1 for c in hits if c.lexicon == "praise"),
        sum(1 for c in hits if c.lexicon == "concern"),
        sum(1 for c in hits if c.lexicon == "sentiment" and c.weight > 0),
        sum(1 for c in hits if c.lexicon == "sentiment" and c.weight < 0),
    ]
    return np.log1p(counts).tolist()


#: the function computing each group of :data:`ANALYSIS_GROUPS`, in the same column order
_GROUP_FEATURES = {
    "frame": _frame_features,
    "sentiment": _sentiment_features,
    "voice": _voice_features,
    "cues": _cue_features,
}


def _analysis_row_uncached(doc: str, groups: tuple[str, ...]) -> list[float]:
    """The features of ``groups`` for one document, from one :func:`bias.analyze` call.

    Sentences are weighted by their length; credit lines are left out (unless there is
    nothing else).
    """
    from . import analyze

    art = analyze(doc)
    sents = [s for s in art.sentences if s.kind not in ("credit", "boilerplate")] or list(
        art.sentences
    )
    lengths = np.array([max(1, s.end - s.start) for s in sents], dtype=float)
    w = lengths / lengths.sum() if len(sents) else lengths
    row: list[float] = []
    for g in groups:
        row.extend(_GROUP_FEATURES[g](art, sents, w))
    return row


class AnalysisFeatures(TransformerMixin, BaseEstimator):
    """Dense features from :func:`bias.analyze` for each document.

    ``groups`` picks among :data:`ANALYSIS_GROUPS`: ``frame`` (length-weighted
    praise / concern / neutral scores of the sentences), ``sentiment``
    (length-weighted sentiment score), ``voice`` (voice shares, has a
    quotation, has reported speech), ``cues`` (log counts of praise and concern
    cues and of positive and negative words).

    >>> feats = AnalysisFeatures(groups=["voice"]).fit(["किम ने कहा, “हम साथ हैं।”"])
    >>> feats.get_feature_names_out()[0]
    'analysis__voice_quoted'
    """

    def __init__(self, groups: Sequence[str] = ("frame", "sentiment", "voice", "cues")):
        self.groups = groups

    def fit(self, X, y=None):
        _check_documents(X)
        bad = [g for g in self.groups if g not in ANALYSIS_GROUPS]
        if bad:
            raise InputError(
                f"`groups` value = {bad[0]!r} is invalid; "
                f"value must be one of {list(ANALYSIS_GROUPS)}"
            )
        self.groups_ = tuple(self.groups)
        self.feature_names_ = [c for g in self.groups_ for c in ANALYSIS_GROUPS[g]]
        self.n_features_out_ = len(self.feature_names_)
        return self

    def transform(self, X) -> np.ndarray:
        check_is_fitted(self)
        docs = _check_documents(X)
        out = np.zeros((len(docs), self.n_features_out_), dtype=float)
        for i, d in enumerate(docs):
            out[i] = _analysis_row(d, self.groups_)
        return out

    def get_feature_names_out(self, input_features=None):
        check_is_fitted(self)
        return np.asarray([f"analysis__{n}" for n in self.feature_names_], dtype=object)


def word_tfidf(
    ngram_range: tuple[int, int] = (1, 2),
    *,
    min_df: int | float = 1,
    max_features: int | None = 200_000,
    sublinear_tf: bool = True,
) -> TfidfVectorizer:
    """TF-IDF over word n-grams of text that is already normalised.

    >>> sorted(word_tfidf().fit(["मंत्री ने कहा"]).vocabulary_)
    ['कहा', 'ने', 'ने कहा', 'मंत्री', 'मंत्री ने']
    """
    return TfidfVectorizer(
        analyzer=functools.partial(_word_ngrams, ngram_range=tuple(ngram_range)),
        min_df=min_df,
        max_features=max_features,
        sublinear_tf=sublinear_tf,
        dtype=np.float32,
    )


def _word_ngrams(doc: str, ngram_range: tuple[int, int]) -> list[str]:
    toks = word_tokens(doc)
    lo, hi = ngram_range
    out: list[str] = []
    for n in range(lo, hi + 1):
        if n == 1:
            out.extend(toks)
        else:
            out.extend(" ".join(toks[i : i + n]) for i in range(len(toks) - n + 1))
    return out


def char_tfidf(
    ngram_range: tuple[int, int] = (2, 5),
    *,
    min_df: int | float = 2,
    max_features: int | None = 300_000,
    sublinear_tf: bool = True,
) -> TfidfVectorizer:
    """TF-IDF over character n-grams inside word boundaries (``char_wb``).

    >>> sorted(char_tfidf((2, 3), min_df=1).fit(["कहा"]).vocabulary_)[:3]
    [' क', ' कह', 'कह']
    """
    return TfidfVectorizer(
        analyzer="char_wb",
        ngram_range=tuple(ngram_range),
        lowercase=True,
        min_df=min_df,
        max_features=max_features,
        sublinear_tf=sublinear_tf,
        dtype=np.float32,
    )

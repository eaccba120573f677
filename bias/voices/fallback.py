"""The learned fallback of source types: what world a speaker's sentences talk about.

When no role, title or known name gives an entity its source type, the words around its
mentions usually do: a speaker quoted between फिल्म, किरदार and शूटिंग is a celebrity, one
between शोध and विश्वविद्यालय an expert, one between गांव and परिवार a member of the public.
:func:`context_features` counts the context classes of ``context_words.tsv`` (a team-written
list) in the sentences of the entity's mentions and in the whole article, and the first-person
pronouns of its quoted words (:func:`first_person`: "मैं" for oneself, "हम" for a body);
:class:`TypeFallback` is a multinomial logistic regression over those counts (scikit-learn,
trained by ``scripts/train_type_fallback.py`` on the development split of the team's gold
and stored as plain numbers in ``type_fallback.json``: no pickle, nothing to trust).  It
answers only when it is sure enough (:attr:`TypeFallback.min_probability`); otherwise the
type stays ``other``.
"""

from __future__ import annotations

import json
import math
import os
from importlib import resources
from pathlib import Path
from typing import Sequence

from mypy_extensions import mypyc_attr

from ..errors import LexiconError

__all__ = [
    "CONTEXTS",
    "FIRST_SINGULAR",
    "FIRST_PLURAL",
    "context_features",
    "feature_names",
    "first_person",
    "TypeFallback",
]

#: the context classes of context_words.tsv, in feature order
CONTEXTS = (
    "film",
    "music",
    "sport",
    "science",
    "health",
    "court",
    "police",
    "administration",
    "politics",
    "business",
    "village",
    "family",
    "harm",
    "education",
    "media",
    "religion",
)


#: first-person pronouns in a speaker's own quoted words: the singular (actors, athletes and
#: ordinary people speak for themselves) and the plural (officials and organisations speak for a
#: body). On the dev split's entities the singular outweighs the plural for 65 % of celebrities
#: and 44 % of the public, but for 6 % of officials and 10 % of organisations.
FIRST_SINGULAR = frozenset("मैं मुझे मुझको मुझसे मेरा मेरी मेरे मैंने".split())
FIRST_PLURAL = frozenset("हम हमें हमको हमसे हमारा हमारी हमारे हमने".split())


def first_person(keys: Sequence[str]) -> tuple[int, int]:
    """How many singular and plural first-person pronouns the token ``keys`` hold.

    >>> first_person(["मैं", "खुश", "हूं", "और", "हम", "तैयार"])
    (1, 1)
    """
    singular = sum(1 for k in keys if k in FIRST_SINGULAR)
    plural = sum(1 for k in keys if k in FIRST_PLURAL)
    return singular, plural


def feature_names() -> list[str]:
    """The names of the features of :func:`context_features`, in order.

    >>> feature_names()[:2], len(feature_names()) == 2 * len(CONTEXTS) + 2
    (['near:film', 'near:music'], True)
    """
    return (
        [f"near:{c}" for c in CONTEXTS]
        + [f"article:{c}" for c in CONTEXTS]
        + ["voice:singular", "voice:plural"]
    )


def context_features(
    near: Sequence[float], article: Sequence[float], voice: tuple[int, int] = (0, 0)
) -> list[float]:
    """The shares of each context class (:data:`CONTEXTS` order) among the context words of
    the sentences of an entity's mentions (``near``: counts per class), then among those of
    the whole article (``article``), then how much its quoted words speak in the first person
    singular and plural (``voice``: the counts of :func:`first_person`, each as ``n / (all +
    1)``).

    >>> context_features([2, 0] + [0] * 14, [2, 2] + [0] * 14)[:2], len(feature_names())
    ([1.0, 0.0], 34)
    >>> context_features([0] * 16, [0] * 16, (3, 0))[-2:]
    [0.75, 0.0]
    """
    near_total = sum(near) or 1.0
    all_total = sum(article) or 1.0
    pronouns = voice[0] + voice[1] + 1
    return (
        [x / near_total for x in near]
        + [x / all_total for x in article]
        + [voice[0] / pronouns, voice[1] / pronouns]
    )


# picklable when compiled with mypyc (setup.py says why both flags)
@mypyc_attr(serializable=True, allow_interpreted_subclasses=True)
class TypeFallback:
    """A multinomial logistic regression from :func:`context_features` to a source type.

    >>> fb = TypeFallback(["celebrity", "expert"], feature_names(),
    ...     [[2.0] + [0.0] * 33, [0.0] * 34], [0.0, 0.0], min_probability=0.6)
    >>> fb.predict([1.0] + [0.0] * 33)
    'celebrity'
    >>> fb.predict([0.0] * 34) is None
    True
    """

    def __init__(
        self,
        classes: Sequence[str],
        features: Sequence[str],
        coef: Sequence[Sequence[float]],
        intercept: Sequence[float],
        *,
        min_probability: float = 0.5,
    ) -> None:
        if list(features) != feature_names():
            raise LexiconError("type fallback: its features are not those of this version")
        if len(coef) != len(classes) or any(len(row) != len(features) for row in coef):
            raise LexiconError("type fallback: coefficients do not match classes and features")
        self.classes = list(classes)
        self.coef = [list(map(float, row)) for row in coef]
        self.intercept = list(map(float, intercept))
        self.min_probability = float(min_probability)

    def probabilities(self, x: Sequence[float]) -> list[float]:
        """The probability of each class (softmax of the linear scores)."""
        scores = [
            b + sum(w * v for w, v in zip(row, x)) for row, b in zip(self.coef, self.intercept)
        ]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return [e / total for e in exps]

    def predict(self, x: Sequence[float]) -> str | None:
        """The most probable class when its probability reaches :attr:`min_probability`."""
        if not any(x):
            return None  # no context word at all: nothing to go on
        probs = self.probabilities(x)
        best = max(range(len(probs)), key=probs.__getitem__)
        return self.classes[best] if probs[best] >= self.min_probability else None

    def to_json(self) -> dict:
        return {
            "classes": self.classes,
            "features": feature_names(),
            "coef": self.coef,
            "intercept": self.intercept,
            "min_probability": self.min_probability,
        }

    @classmethod
    def load(cls, path: str | os.PathLike | None = None) -> TypeFallback:
        """The bundled fallback (``type_fallback.json``), or the one at ``path``."""
        try:
            if path is None:
                raw = resources.files("bias.lexicons").joinpath("type_fallback.json").read_text()
            else:
                raw = Path(path).read_text(encoding="utf-8")
            d = json.loads(raw)
            return cls(
                d["classes"],
                d["features"],
                d["coef"],
                d["intercept"],
                min_probability=d.get("min_probability", 0.5),
            )
        except (OSError, ValueError, KeyError, TypeError) as e:
            raise LexiconError(f"type fallback {path or 'type_fallback.json'}: {e}") from None

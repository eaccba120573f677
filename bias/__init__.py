"""bias: measure media bias and framing in Hindi news.

Separate what sources say in quotation marks, what the reporter reports that
they said, and the reporter's own narration; say who spoke and with which
frame (praise / concern) and sentiment.

>>> import bias
>>> art = bias.analyze("किम ने कहा, “हम साथ हैं।”")
>>> art.quotes[0].speaker, art.quotes[0].rule
('किम', 'ne_subject')
"""

from __future__ import annotations

import logging

from . import analyzer as _analyzer_module
from .analyzer import Analyzer, analyze, default_analyzer, score
from .batch import analyze_many, score_frame, stance_table
from .errors import (
    BiasError,
    CorpusError,
    EncodingError,
    InputError,
    InputFileNotFound,
    LexiconError,
    ModelError,
    OutputError,
    UnknownLexiconError,
    UntrustedModelError,
)
from .framing import FramingLexicons
from .lexicon import load_lexicon
from .result import (
    SCHEMA,
    SCORE_COLUMNS,
    SOURCE_TYPES,
    Article,
    CueHit,
    Entity,
    Quote,
    Reported,
    Sentence,
    Stance,
    score_from_article,
)
from .text import Normalized, Segment, Token, normalize, read_text, segment, tokenize

__version__ = "0.1.0"

#: "compiled" when the analysis core was compiled with mypyc at install time (setup.py),
#: "pure" when it runs as Python source
BUILD = "pure" if _analyzer_module.__file__.endswith(".py") else "compiled"

__all__ = [
    "__version__",
    "BUILD",
    "SCHEMA",
    "SCORE_COLUMNS",
    "SOURCE_TYPES",
    "Analyzer",
    "FramingLexicons",
    "analyze",
    "default_analyzer",
    "score",
    "score_from_article",
    "analyze_many",
    "score_frame",
    "stance_table",
    "report",
    "Article",
    "Sentence",
    "Quote",
    "Reported",
    "Entity",
    "Stance",
    "CueHit",
    "normalize",
    "segment",
    "tokenize",
    "read_text",
    "Normalized",
    "Segment",
    "Token",
    "load_lexicon",
    "load_model",
    "BiasModel",
    "BiasError",
    "InputError",
    "EncodingError",
    "InputFileNotFound",
    "CorpusError",
    "LexiconError",
    "UnknownLexiconError",
    "ModelError",
    "OutputError",
    "UntrustedModelError",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())


def __getattr__(name: str):
    # the model API pulls in numpy and scikit-learn: imported on first use, so that
    # `import bias` (and every worker process) stays light
    if name in ("load_model", "BiasModel"):
        from . import models

        return getattr(models, name)
    if name == "report":  # (numpy, for the bootstrap)
        from .study import report

        return report
    raise AttributeError(f"module 'bias' has no attribute {name!r}")

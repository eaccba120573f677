"""Exceptions raised by :mod:`bias`.

Every exception the library raises on purpose is a :class:`BiasError`, and each
one also subclasses the builtin that fits, so ``except ValueError`` keeps
working for callers that do not know about :mod:`bias`:

=========================  ==========================================
exception                  also a
=========================  ==========================================
:class:`InputError`        :class:`ValueError`
:class:`EncodingError`     :class:`UnicodeError` (a ``ValueError``)
:class:`InputFileNotFound` :class:`FileNotFoundError`
:class:`CorpusError`       :class:`ValueError`
:class:`LexiconError`      :class:`ValueError`
:class:`ModelError`        :class:`ValueError`
:class:`UntrustedModelError` :class:`ModelError`
:class:`OutputError`       :class:`OSError`
=========================  ==========================================

Wrong argument *types* raise the builtin :class:`TypeError`.
"""

from __future__ import annotations

__all__ = [
    "BiasError",
    "InputError",
    "EncodingError",
    "InputFileNotFound",
    "CorpusError",
    "LexiconError",
    "UnknownLexiconError",
    "ModelError",
    "UntrustedModelError",
    "OutputError",
]


class BiasError(Exception):
    """Base class of every error raised by :mod:`bias` on purpose."""

    #: exit code used by the command line for this kind of error
    exit_code = 1


class InputError(BiasError, ValueError):
    """A value passed in (an option, a text) is not acceptable."""

    exit_code = 2


class EncodingError(BiasError, UnicodeError):
    """Bytes that are not valid in the expected text encoding.

    ``path`` and ``byte_offset`` say where the first bad byte is.
    """

    exit_code = 3

    def __init__(self, message: str, *, path: str | None = None, byte_offset: int | None = None):
        super().__init__(message)
        self.path = path
        self.byte_offset = byte_offset

    def __str__(self) -> str:  # UnicodeError's own __str__ expects codec arguments
        return str(self.args[0])


class InputFileNotFound(BiasError, FileNotFoundError):
    """A file or folder named on input does not exist."""

    exit_code = 4


class CorpusError(BiasError, ValueError):
    """A corpus file is malformed (bad record, missing column, …)."""

    exit_code = 5


class LexiconError(BiasError, ValueError):
    """A lexicon file is malformed or inconsistent."""

    exit_code = 6


class UnknownLexiconError(LexiconError):
    """A lexicon name that is neither bundled nor a readable file."""


class ModelError(BiasError, ValueError):
    """A saved model cannot be used (missing files, wrong versions, …)."""

    exit_code = 7


class UntrustedModelError(ModelError):
    """A model file whose hash does not match its manifest: it is never unpickled."""

    exit_code = 8


class OutputError(BiasError, OSError):
    """A result cannot be written (folder missing and not creatable, no permission, disk full)."""

    exit_code = 9

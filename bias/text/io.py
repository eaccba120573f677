"""Reading text: files in UTF-8 (with or without BOM) or UTF-16 (with BOM), and
the check that a text argument is a ``str``."""

from __future__ import annotations

import os

from ..errors import EncodingError, InputError, InputFileNotFound

__all__ = ["MAX_FILE_BYTES", "check_str", "decode_bytes", "read_text"]

#: refuse files larger than this by default (bytes)
MAX_FILE_BYTES = 64 * 1024 * 1024


def check_str(text: object, what: str = "text") -> str:
    """``text`` itself if it is a ``str``; otherwise a :class:`TypeError` naming ``what``.

    Bytes get a hint to decode them first.

    >>> check_str("राम")
    'राम'
    """
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray)):
        raise TypeError(
            f"{what} must be str, not {type(text).__name__}; decode it first"
            " (e.g. data.decode('utf-8')) or use bias.text.read_text(path)"
        )
    raise TypeError(f"{what} must be str, not {type(text).__name__}")


def read_text(path: str | os.PathLike, *, max_bytes: int = MAX_FILE_BYTES) -> str:
    """Read a text file: UTF-8 with or without BOM, or UTF-16 with BOM.

    Invalid bytes raise :class:`bias.errors.EncodingError` naming the file,
    the byte offset and the line; a missing file raises
    :class:`bias.errors.InputFileNotFound`; a file larger than ``max_bytes``
    raises :class:`bias.errors.InputError` (nothing is read past the limit).

    >>> read_text("no/such/file.txt")
    Traceback (most recent call last):
    ...
    bias.errors.InputFileNotFound: no/such/file.txt: no such file
    """
    p = os.fspath(path)
    try:
        size = os.path.getsize(p)
    except FileNotFoundError:
        raise InputFileNotFound(f"{p}: no such file") from None
    except OSError as exc:
        raise InputError(f"{p}: cannot read: {exc.strerror}") from None
    if os.path.isdir(p):
        raise InputError(f"{p}: is a folder, not a text file")
    if size > max_bytes:
        raise InputError(
            f"{p}: file is {size} bytes, more than the limit of {max_bytes} bytes (max_bytes)"
        )
    with open(p, "rb") as fh:
        data = fh.read()
    return decode_bytes(data, source=p)


def decode_bytes(data: bytes, *, source: str = "<bytes>") -> str:
    """Decode file bytes as :func:`read_text` does; ``source`` names them in errors.

    >>> decode_bytes(b"\\xef\\xbb\\xbf" + "समाचार".encode("utf-8"))
    'समाचार'
    """
    if data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
        enc, body, skip = "utf-16", data, 0
    elif data.startswith(b"\xef\xbb\xbf"):
        enc, body, skip = "utf-8", data[3:], 3
    else:
        enc, body, skip = "utf-8", data, 0
    try:
        text = body.decode(enc)
    except UnicodeDecodeError as exc:
        off = exc.start + skip
        line = data.count(b"\n", 0, off) + 1
        raise EncodingError(
            f"{source}: invalid {enc.upper()} at byte {off} (line {line}): {data[off : off + 4]!r}",
            path=source,
            byte_offset=off,
        ) from None
    if enc == "utf-16" and text.startswith("\ufeff"):
        text = text[1:]
    return text

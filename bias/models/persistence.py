"""Model folders: :func:`save_model` writes one, :func:`load_model` checks it and loads it.

A model folder holds ``model.joblib`` and ``manifest.json`` (and, by default, the report of
:func:`bias.models.write_report`).  A joblib file is a pickle: loading it runs code, so only load
models from sources you trust.  :func:`load_model` therefore checks, **before** unpickling, in
this order (each check a function below, each failure a :mod:`bias.errors` exception):

1. :func:`read_manifest` — the manifest exists, is JSON, has our schema and the required keys;
2. :func:`_model_path` — the manifest names ``model.joblib`` inside the folder, and it exists;
3. :func:`_check_hash` — the file's sha256 equals the manifest's (and the pinned one, if any);
4. :func:`_check_versions` — scikit-learn and bias have the major.minor version of the save;
5. :func:`_unpickle` — the file loads and is the classifier the manifest describes.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import hashlib
import json
import os
import platform
import shutil
import tempfile
from pathlib import Path
from typing import Any, Iterable, Iterator

import numpy as np

from ..errors import InputError, ModelError, OutputError, UntrustedModelError
from .report import write_report
from .training import TrainResult

__all__ = ["MODEL_SCHEMA", "BiasModel", "save_model", "load_model", "read_manifest"]

#: schema of ``manifest.json``; a breaking change of the folder layout bumps the number
MODEL_SCHEMA = "bias.model/1"
_MODEL_FILE = "model.joblib"
_MANIFEST = "manifest.json"
#: keys :func:`load_model` needs in a manifest
_REQUIRED_KEYS = ("labels", "task", "model_sha256", "versions")
#: libraries whose major.minor version must match the one the model was saved with
_PINNED_LIBRARIES = ("scikit-learn", "bias")


class BiasModel:
    """A loaded (or freshly trained) classifier: raw strings in, labels out.

    >>> model = load_model("models/frame")                     # doctest: +SKIP
    >>> model.predict(["टीम ने शानदार जीत दर्ज की।"])             # doctest: +SKIP
    ['praise']
    """

    def __init__(self, pipeline: Any, manifest: dict[str, Any]) -> None:
        self.pipeline = pipeline
        self.manifest = manifest

    @property
    def labels(self) -> list[str]:
        """The classes, in the order of :meth:`predict_proba`'s columns."""
        return list(self.manifest["labels"])

    @property
    def task(self) -> str:
        """What the model predicts (``frame``, ``sentiment``, … as named at training)."""
        return self.manifest["task"]

    def _docs(self, texts) -> list[str]:
        if isinstance(texts, (str, bytes)):
            raise InputError("Iterable over raw text documents expected, string object received.")
        return list(texts)

    def predict(self, texts: Iterable[str]) -> list[str]:
        """One label per text."""
        return [str(v) for v in self.pipeline.predict(self._docs(texts))]

    def predict_proba(self, texts: Iterable[str]) -> np.ndarray:
        """Probabilities with columns in the order of :attr:`labels`."""
        proba = self.pipeline.predict_proba(self._docs(texts))
        order = [list(self.pipeline.classes_).index(c) for c in self.labels]
        return proba[:, order]

    def __repr__(self) -> str:
        return f"BiasModel(task={self.task!r}, labels={self.labels})"


def _versions() -> dict[str, str]:
    """The versions recorded in a manifest (and compared by :func:`_check_versions`)."""
    import joblib
    import sklearn

    from .. import __version__

    return {
        "bias": __version__,
        "scikit-learn": sklearn.__version__,
        "numpy": np.__version__,
        "joblib": joblib.__version__,
        "python": platform.python_version(),
    }


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


# ------------------------------------------------------------------------------------- saving


def _manifest(
    result: TrainResult,
    model_file: Path,
    *,
    text_col: str,
    label_col: str | None,
    corpus: str | None,
) -> dict[str, Any]:
    """The manifest of a model folder whose pickled pipeline is ``model_file``."""
    return {
        "schema": MODEL_SCHEMA,
        "created": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
        "task": result.task,
        "labels": result.labels,
        "text_col": text_col,
        "label_col": label_col or result.task,
        "corpus": corpus,
        "n_train": result.n_train,
        "training_data_sha256": result.fingerprint,
        "params": result.params,
        "versions": _versions(),
        "metrics": {k: v for k, v in result.metrics.items() if k != "per_class"},
        "model_file": _MODEL_FILE,
        "model_sha256": _sha256(model_file),
    }


def temporary_folder(out: Path) -> Path:
    """A new empty folder next to ``out``, with the permissions of an ordinary folder."""
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.tmp-", dir=out.parent))
    except OSError as exc:
        raise OutputError(f"{out}: cannot write the model folder here ({exc.strerror})") from None
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o777 & ~umask)  # mkdtemp makes it private; the model folder is not
    return tmp


def replace_folder(tmp: Path, out: Path) -> None:
    """Move the finished folder ``tmp`` to ``out``.

    The old folder stays whole until the new one is complete.
    """
    if out.exists():
        old = out.with_name(f".{out.name}.old-{os.getpid()}")
        os.replace(out, old)
        os.replace(tmp, out)
        shutil.rmtree(old, ignore_errors=True)
    else:
        os.replace(tmp, out)


@contextlib.contextmanager
def folder_written_whole(out: Path) -> Iterator[Path]:
    """A temporary folder next to ``out`` to fill; renamed to ``out`` when the block ends
    without an error (:func:`replace_folder`), removed otherwise, so a reader sees the old
    folder or the new one, never a half-written one."""
    tmp = temporary_folder(out)
    try:
        yield tmp
        replace_folder(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def save_model(
    result: TrainResult,
    out_dir: str | os.PathLike,
    *,
    text_col: str = "text",
    label_col: str | None = None,
    corpus: str | None = None,
    report: bool = True,
) -> Path:
    """Write ``out_dir`` with ``model.joblib``, ``manifest.json`` and (by default) the report.

    Everything is written into a temporary folder next to ``out_dir`` and
    renamed into place at the end, so an interrupted run leaves either the old
    folder or the new one, never a half-written one.

    >>> save_model(train(texts, labels), "models/frame")        # doctest: +SKIP
    PosixPath('models/frame')
    """
    import joblib

    out = Path(out_dir)
    with folder_written_whole(out) as tmp:
        joblib.dump(result.pipeline, tmp / _MODEL_FILE, compress=3)
        manifest = _manifest(
            result, tmp / _MODEL_FILE, text_col=text_col, label_col=label_col, corpus=corpus
        )
        (tmp / _MANIFEST).write_text(
            json.dumps(manifest, indent=2, ensure_ascii=False), encoding="utf-8"
        )
        if report:
            write_report(
                tmp,
                result.metrics,
                result.y_true,
                result.y_pred,
                result.proba,
                result.labels,
                learning_curve=result.learning_curve,
                pipeline=result.pipeline,
                title=f"{result.task} model",
            )
    return out


# ------------------------------------------------------------------------------------ loading


def read_manifest(folder: Path) -> dict[str, Any]:
    """The manifest of a model folder, checked for our schema and the keys loading needs.

    Raises :class:`bias.errors.ModelError` when it is missing, not JSON, of another schema, or
    lacks a key.

    >>> read_manifest(Path("models/frame"))["task"]             # doctest: +SKIP
    'frame'
    """
    mpath = folder / _MANIFEST
    if not mpath.exists():
        raise ModelError(f"{folder}: no {_MANIFEST}; not a bias model folder")
    try:
        manifest = json.loads(mpath.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ModelError(f"{mpath}: corrupt manifest ({exc})") from None
    if not isinstance(manifest, dict) or manifest.get("schema") != MODEL_SCHEMA:
        schema = manifest.get("schema") if isinstance(manifest, dict) else None
        raise ModelError(f"{mpath}: schema {schema!r} is not {MODEL_SCHEMA!r}")
    for key in _REQUIRED_KEYS:
        if key not in manifest:
            raise ModelError(f"{mpath}: manifest lacks {key!r}")
    return manifest


def _model_path(folder: Path, manifest: dict[str, Any]) -> Path:
    """The pickled pipeline the manifest names: ``model.joblib`` inside the folder, present.

    Any other name is refused (:class:`UntrustedModelError`): a manifest must not point the
    loader at a file outside the folder it vouches for.
    """
    model_file = folder / manifest.get("model_file", _MODEL_FILE)
    if model_file.name != _MODEL_FILE or model_file.parent != folder:
        raise UntrustedModelError(
            f"{folder / _MANIFEST}: model_file must be {_MODEL_FILE!r} inside the folder"
        )
    if not model_file.exists():
        raise ModelError(f"{folder}: {_MODEL_FILE} is missing")
    return model_file


def _check_hash(model_file: Path, manifest: dict[str, Any], *, expected_sha256: str | None) -> None:
    """Refuse a file whose sha256 is not the manifest's, or not the pinned ``expected_sha256``."""
    digest = _sha256(model_file)
    if digest != manifest["model_sha256"]:
        raise UntrustedModelError(
            f"{model_file}: sha256 {digest[:16]}… does not match the manifest "
            f"({str(manifest['model_sha256'])[:16]}…); "
            "refusing to unpickle a tampered or foreign file"
        )
    if expected_sha256 is not None and digest != expected_sha256.lower():
        raise UntrustedModelError(
            f"{model_file}: sha256 {digest[:16]}… is not the expected {expected_sha256[:16]}…; "
            "refusing to unpickle"
        )


def _same_minor(a: str, b: str) -> bool:
    return a.split(".")[:2] == b.split(".")[:2]


def _check_versions(folder: Path, manifest: dict[str, Any]) -> None:
    """Refuse a model saved with another major.minor version of scikit-learn or bias."""
    now = _versions()
    for lib in _PINNED_LIBRARIES:
        saved = str(manifest["versions"].get(lib, "?"))
        if not _same_minor(saved, now[lib]):
            raise ModelError(
                f"{folder}: saved with {lib} {saved}, this is {lib} {now[lib]}; "
                "retrain, or load with check_versions=False at your own risk"
            )


def _unpickle(model_file: Path, manifest: dict[str, Any]) -> Any:
    """The pipeline in ``model_file``, which must predict the manifest's labels."""
    import joblib

    try:
        pipeline = joblib.load(model_file)
    except Exception as exc:  # noqa: BLE001 - anything a broken pickle raises
        raise ModelError(f"{model_file}: cannot be loaded ({type(exc).__name__}: {exc})") from None
    if not hasattr(pipeline, "predict_proba") or [
        str(c) for c in getattr(pipeline, "classes_", [])
    ] != sorted(manifest["labels"]):
        raise ModelError(f"{model_file}: the object is not the classifier the manifest describes")
    return pipeline


def load_model(
    path: str | os.PathLike, *, expected_sha256: str | None = None, check_versions: bool = True
) -> BiasModel:
    """Load a model folder written by :func:`save_model`, after checking it.

    Before anything is unpickled: the manifest must be valid, the sha256 of
    ``model.joblib`` must equal the manifest's (and ``expected_sha256`` when
    you pin one — the manifest sits next to the file, so pinning the hash you
    got from a trusted source is what protects against a replaced folder), and
    scikit-learn and bias must have the same major.minor version as when the
    model was saved (``check_versions=False`` skips only that check).
    A mismatch raises :class:`bias.errors.UntrustedModelError` (hash) or
    :class:`bias.errors.ModelError` (anything else).

    >>> load_model("models/frame", expected_sha256="9f2c…")    # doctest: +SKIP
    BiasModel(task='frame', labels=['concern', 'neutral', 'praise'])
    """
    folder = Path(path)
    if folder.is_file() and folder.name == _MODEL_FILE:
        folder = folder.parent
    manifest = read_manifest(folder)
    model_file = _model_path(folder, manifest)
    _check_hash(model_file, manifest, expected_sha256=expected_sha256)
    if check_versions:
        _check_versions(folder, manifest)
    return BiasModel(_unpickle(model_file, manifest), manifest)

"""Build `bias`: the analysis core compiled with mypyc, or pure Python.

The modules in :data:`COMPILED` are plain typed Python.  When the package is built (``pip install
.``), mypyc compiles them to C extension modules, as `black` ships its compiled wheels: the same
code, a third less time (docs/performance.md).  Compiling is an optimisation, never a requirement:

* ``BIAS_PURE_PYTHON=1 pip install .`` skips it;
* when mypyc or the C compiler fails, the build says so and installs pure Python;
* the tests run the pure-Python source tree, and ``tests/test_compiled.py`` checks that an
  installed compiled build gives the same results.

The classes that are pickled (an :class:`bias.Analyzer` sent to joblib or Dask workers, and what it
holds; an :class:`bias.Article`) carry ``@mypyc_attr(serializable=True,
allow_interpreted_subclasses=True)``: compiled classes cannot be unpickled without the first flag,
and with it alone mypyc 1.13 no longer runs ``__init__`` when the class is called from
interpreted code (the second flag restores that).  In pure Python the decorator does nothing.

Everything else about the package is in ``pyproject.toml``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from setuptools import Distribution, setup
from setuptools.command.build_ext import build_ext

ROOT = Path(__file__).resolve().parent

#: the stages of `analyze` (text, lexicon, voices, framing, the analyzer and its result types);
#: not the package ``__init__`` files (their relative imports need the interpreter) nor the
#: modules that read files (io.py, lexicon/files.py: no time is spent there)
COMPILED = sorted(
    str(p.relative_to(ROOT))
    for folder in ("text", "lexicon", "voices", "framing")
    for p in (ROOT / "bias" / folder).glob("*.py")
    if p.name not in {"__init__.py", "io.py", "files.py"}
) + ["bias/analyzer.py", "bias/result.py"]


class CompiledBuildExt(build_ext):
    """Compile the core when the extensions are built (not when pip only asks for the build's
    requirements); if mypyc or the C compiler fails, install pure Python."""

    def finalize_options(self) -> None:
        if not self.distribution.ext_modules:
            self.distribution.ext_modules = compiled_modules()
        super().finalize_options()

    def run(self) -> None:
        try:
            super().run()
        except Exception as exc:  # (CompileError, LinkError, a missing compiler, …)
            print(f"bias: compiling failed ({exc}); installing pure Python", file=sys.stderr)
            for path in self.get_outputs():  # (no half-built set of extension modules)
                if os.path.exists(path):
                    os.remove(path)
            self.extensions = []


def pure_python_asked() -> bool:
    """Is ``BIAS_PURE_PYTHON`` set (to anything but ``0``)?"""
    return os.environ.get("BIAS_PURE_PYTHON", "") not in ("", "0")


class Platform(Distribution):
    """A wheel with compiled modules in it is built for one platform."""

    def has_ext_modules(self) -> bool:
        return not pure_python_asked()


def compiled_modules() -> list:
    """The mypyc extension modules, or none (pure Python) when asked or when mypyc fails."""
    if pure_python_asked():
        return []
    try:
        from mypyc.build import mypycify

        # (untyped dependencies are Any; the modules that are not compiled are read, not checked)
        flags = ["--ignore-missing-imports", "--follow-imports=silent"]
        return mypycify([*flags, *COMPILED], opt_level="3")
    except (Exception, SystemExit) as exc:  # (mypyc missing, or a type error it reports)
        print(f"bias: mypyc unavailable or failed ({exc}); installing pure Python", file=sys.stderr)
        return []


setup(distclass=Platform, cmdclass={"build_ext": CompiledBuildExt})

"""The Devanagari font the package ships, for plots and for the HTML view.

The font is Noto Sans Devanagari (SIL Open Font Licence), installed with the
``fontpkg-noto-sans-devanagari`` package as one variable font.  Plots pass its path to
matplotlib; the HTML view embeds it in the page (``@font-face`` with a ``data:`` URL), so that
Hindi renders in a browser that has no Devanagari font of its own:

* :func:`embedded_font` makes the embedded file once per process (about 2.5 s): the regular
  instance of the variable font (weight 400, width 100) with every character it has and every
  layout feature (shaping: conjuncts, half forms, vowel signs), as WOFF (about 80 KB);
* :func:`font_face_css` is the ``@font-face`` rule that names it :data:`FONT_FAMILY`.

>>> FONT_FAMILY
'Bias Noto Sans Devanagari'
"""

from __future__ import annotations

import base64
import functools
import io
from pathlib import Path

__all__ = [
    "FONT_FAMILY",
    "devanagari_font_path",
    "embedded_font",
    "font_face_css",
]

#: the family name the HTML view gives the embedded font (distinct from a system font's)
FONT_FAMILY = "Bias Noto Sans Devanagari"


@functools.lru_cache(maxsize=1)
def devanagari_font_path() -> str:
    """Path of the bundled Noto Sans Devanagari font file (a variable font).

    >>> devanagari_font_path().endswith("tf")
    True
    """
    import fontpkg_noto_sans_devanagari as pkg

    files = sorted((Path(pkg.ROOT) / "files").glob("*.[to]tf"))
    if not files:  # pragma: no cover - a broken font package
        raise FileNotFoundError("fontpkg_noto_sans_devanagari ships no font file")
    return str(files[0])


@functools.lru_cache(maxsize=1)
def embedded_font() -> bytes:
    """The font file the HTML view embeds (WOFF), made once per process.

    >>> embedded_font()[:4]
    b'wOFF'
    """
    from fontTools import subset
    from fontTools.ttLib import TTFont
    from fontTools.varLib import instancer

    font = TTFont(devanagari_font_path())
    characters = list(font.getBestCmap())
    if "fvar" in font:
        axes = {a.axisTag: a.defaultValue for a in font["fvar"].axes}
        axes.update({k: v for k, v in {"wght": 400, "wdth": 100}.items() if k in axes})
        font = instancer.instantiateVariableFont(font, axes)
    options = subset.Options()
    options.layout_features = ["*"]
    options.notdef_outline = True
    options.flavor = "woff"
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=characters)
    subsetter.subset(font)
    out = io.BytesIO()
    font.flavor = "woff"
    font.save(out)
    return out.getvalue()


def font_face_css() -> str:
    """The ``@font-face`` rule of the embedded font, as :data:`FONT_FAMILY`.

    >>> font_face_css().startswith('@font-face{font-family:"Bias Noto Sans Devanagari"')
    True
    """
    data = base64.b64encode(embedded_font()).decode("ascii")
    return (
        f'@font-face{{font-family:"{FONT_FAMILY}";'
        f'src:url(data:font/woff;base64,{data}) format("woff");'
        "font-weight:400;font-display:block}"
    )

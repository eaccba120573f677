"""Matching keys and the light stemmer: how a lexicon term and a word of the text meet.

Terms and tokens are compared through the same key (:func:`term_key`), so spelling variants that
differ only by nukta or chandrabindu match (``ज़रूर`` = ``जरूर``, ``हाँ`` = ``हां``), and so do the
glide spellings of ई / ए (``गयी`` = ``गई``, ``किये`` = ``किए``: :func:`vowel_glide`).  Stemmed
lexicons also compare :func:`stem` forms, so चिंता / चिंताएं / चिंताओं all match ``चिंता``.

>>> term_key("ज़रूर") == term_key("जरूर")
True
>>> stem("चिंताओं")
'चिं'
"""

from __future__ import annotations

import functools
import re

from ..text import normalize, token_spans

__all__ = ["SUFFIXES", "term_key", "token_key", "term_tokens", "stem", "vowel_glide"]

_SPACES = re.compile(r"\s+")
_NUKTA = "\u093c"
_CHANDRABINDU, _ANUSVARA = "\u0901", "\u0902"


def term_key(term: str) -> str:
    """The matching key of a term or token: normalised, nukta removed, chandrabindu as
    anusvara, the glide spellings यी / ये after a vowel as ई / ए (:func:`vowel_glide`), Latin
    lower-cased, single spaces.

    >>> term_key("हाँ  OK")
    'हां ok'
    """
    t = normalize(term, nukta="remove").text.replace(_CHANDRABINDU, _ANUSVARA).lower()
    return vowel_glide(_SPACES.sub(" ", t).strip())


def token_key(token: str) -> str:
    """:func:`term_key` of a token that is already normalised (no spaces, no normalising).

    >>> token_key("ज़रूर"), token_key("जतायी")
    ('जरूर', 'जताई')
    """
    return vowel_glide(token.replace(_NUKTA, "").replace(_CHANDRABINDU, _ANUSVARA).lower())


# य written before ी / े after a letter or vowel sign (not a virama: क्य is a conjunct) is the
# glide spelling of ई / ए: गयी, किये, जायेगा
_GLIDE = re.compile("(?<=[\u0901-\u0939\u093e-\u094c])य([\u0940\u0947])")
_GLIDE_VOWEL = {"\u0940": "\u0908", "\u0947": "\u090f"}  # ी -> ई, े -> ए


def vowel_glide(key: str) -> str:
    """The key with the glide spellings यी / ये written ई / ए, as most Hindi papers write
    them: गयी = गई, किये = किए, जायेगा = जाएगा, जतायी = जताई (one spelling of a word matches the
    other); a word-initial ये (the pronoun) and a य in a conjunct stay.  Both sides of a match
    go through it, so a word with no variant (विजयी) still matches itself.

    >>> vowel_glide("जायेगा"), vowel_glide("गयीं"), vowel_glide("ये"), vowel_glide("क्ये")
    ('जाएगा', 'गईं', 'ये', 'क्ये')
    """
    if "य" not in key:
        return key
    return _GLIDE.sub(lambda m: _GLIDE_VOWEL[m.group(1)], key)


def term_tokens(term: str) -> tuple[str, ...]:
    """The token keys of a lexicon term, as the analysis tokenises text.

    >>> term_tokens("गहरी चिंता")
    ('गहरी', 'चिंता')
    """
    t = normalize(term).text
    return tuple(token_key(t[a:b]) for a, b, _ in token_spans(t))


#: the light stemmer's suffixes (Ramanathan & Rao 2003, "A lightweight stemmer for Hindi")
SUFFIXES: tuple[str, ...] = tuple(
    """ो े ू ु ी ि ा कर ाओ िए ाई ाए ने नी ना ते ीं ती ता ाँ ां ों ें ाकर ाइए ाईं ाया ेगी ेगा ोगी ोगे
    ाने ाना ाते ाती ाता तीं ाओं ाएं ुओं ुएं ुआं ाएगी ाएगा ाओगी ाओगे एंगी ेंगी एंगे ेंगे ूंगी ूंगा ातीं
    नाओं नाएं ताओं ताएं ियाँ ियों ियां ाएंगी ाएंगे ाऊंगी ाऊंगा ाइयाँ ाइयों ाइयां""".split()
)

# the suffixes grouped by length, longest first: a key ends with at most one suffix of each
# length, so the longest suffix is found with one set probe per length
_BY_LENGTH = tuple(
    (n, frozenset(s for s in SUFFIXES if len(s) == n))
    for n in sorted({len(s) for s in SUFFIXES}, reverse=True)
)
#: a stem keeps at least this many characters
MIN_STEM = 2


#: words the light stemmer leaves whole, because their stem is that of an unrelated word (as
#: Snowball stemmers keep exceptional forms): गली "lane" and गले "neck" are not गलती "mistake"
#: (all गल), दोस्त/मित्र "friend" not दोस्ताना/मित्रता "friendly, friendship", सक्रिय "active"
#: (COVID's "सक्रिय मामले") not सक्रियता "activeness", धरती "earth" not धरना "sit-in", ऋण "loan" not
#: ऋणी "grateful", चेतना "consciousness" not चेताया "warned"; in the sentiment lexicon, बरतें
#: ("सावधानी बरतें": take care) is not बरी "acquitted", चोटी "peak" not चोट "injury", दस्ते "squad"
#: and दस्ताने "gloves" not दस्त, उपलब्धता "availability" not उपलब्धि "achievement", and names
#: (झांसी, निर्मला, त्यागी, सिद्धू, वेद …) are not words; among the source types, जानकारी
#: "information" is no जानकार "expert", यात्रा "journey" no यात्री "traveller"; आरोपियों "the
#: accused" is no आरोप "accusation", सलामी (बल्लेबाज: opening batsman) no सलाम "salute" (2026-12-05,
#: from the dev stances that matched no gold one).  Found by listing the
#: words of the EDNIL and COVID texts that reach a cue or a source term only through the stemmer
#: (2026-12-04)
STEM_EXCEPTIONS = frozenset(
    """गली गलियों गलियां गले गला गलने गलाने दोस्त दोस्तों दोस्तो मित्र मित्रों मित्रो मित्रा जायजा
    सक्रिय धरती धरा धरे धर ऋण ऋणों दीव दीवा संवेदी सलामती चेतना फर्ज खिंच बरती बरतें बरतने बरते
    बरता बरतना बरतनी दस्ताने दस्तानों दस्ते दस्तों उपलब्धता चोटी चोटियों चोटियां गुणा गाल गालों
    छलनी झांसी निर्मला त्यागी सिद्धू दयाल विजया मनोरमा वेद कल्याणी जानकारी जानकारियां जानकारियों
    यात्रा यात्राओं अध्यक्षता मजदूरी नागरिकता आरोपियों आरोपियां सलामी""".split()
)


@functools.lru_cache(maxsize=1 << 16)
def stem(key: str) -> str:
    """Strip the longest light-stemmer suffix, keeping a stem of at least two characters
    (the words of :data:`STEM_EXCEPTIONS` stay whole).

    >>> stem("एजेंसियों"), stem("ने"), stem("गली")
    ('एजेंस', 'ने', 'गली')
    """
    if key in STEM_EXCEPTIONS:
        return key
    for n, group in _BY_LENGTH:
        if len(key) - n >= MIN_STEM and key[-n:] in group:
            return key[:-n]
    return key

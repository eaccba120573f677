"""Site furniture: the parts of a scraped page that are not the story.

News pages carry app promotions, "click here" and follow-us lines, "read also" links, slide
prompts and agency-feed notices; scraped into the text they read as narration (or, with
their marks, as quotations) and skew voice shares and frames.  :func:`boilerplate_spans`
finds them with two plain rules:

* a parenthesised group (up to :data:`MAX_GROUP` characters) that holds one of the
  :data:`FURNITURE` words: ``(बीबीसी हिन्दी के एंड्रॉएड ऐप के लिए यहां क्लिक करें …)``;
* a related-story title pasted in brackets: a group that opens onto a new line, or whose
  closing bracket is glued to the next word (``(काका की विदाई)लेकिन …``; not a danda or a
  postposition after it: ``(भाषा)।``, ``(…)से``);
* a line that starts like a link or a prompt (:data:`LINE_STARTS`: ``ये भी पढ़ें``,
  ``पढ़ें:``, ``पढ़िए:``, ``आगे की स्लाइड्स में देखिए``; at most :data:`MAX_LINK_LINE` characters)
  or is a section breadcrumb (``देश /``);
* a "read" link glued after a sentence on the same line (``… थे। पढ़ेंः …``, to the line's
  end: the links that follow it);
* a short line that holds a promotion (:data:`LINE_PROMOS`: ``बने रहें हमारे साथ``), or a
  photo caption that ends with its credit (``… - फोटो : पीटीआई``).  (Agency credit lines,
  ``(भाषा)``, are segmentation's ``credit`` kind.)

Segmentation gives them the kind ``boilerplate``; the analysis leaves them out of voice
shares, frames and quotations.  Related-story titles glued into the body without brackets are
not found (they read like headlines): see the limits in the README.
"""

from __future__ import annotations

import re

__all__ = [
    "FURNITURE",
    "LINE_PROMOS",
    "LINE_STARTS",
    "MAX_GROUP",
    "MAX_LINK_LINE",
    "boilerplate_spans",
]

#: words that make a parenthesised group site furniture
FURNITURE = (
    "क्लिक कर",
    "क्लिक करें",
    "एंड्रॉएड",
    "एंड्रॉयड",
    "ऐप डाउनलोड",
    "फ़ॉलो",
    "फॉलो",
    "ऑटो-अपलोड",
    "एजेंसी फीड",
    "स्लाइड",
    "स्\u200dलाइड",
)
#: how a furniture line starts (after white space)
LINE_STARTS = (
    "ये भी पढ़ें",
    "यह भी पढ़ें",
    "इसे भी पढ़ें",
    "पढ़ें:",
    "पढ़ें :",
    "पढ़िए:",
    "पढ़िए :",
    "ये भी पढ़िए",
    "यह भी पढ़िए",
    "इसे भी पढ़िए",
    "आगे पढ़िए",
    "आगे पढ़ें",
    "आगे की स्लाइड",
    "आगे की स्\u200dलाइड",
    "Posted By",
    "बने रहें हमारे साथ",
    "यहां पढ़ें",
    "फोटो:",
    "फोटो :",
)
#: the longest line read as a link or a prompt (:data:`LINE_STARTS`): a longer one is a link
#: title glued to the story's next sentence ("पढ़िए: … बालनइससे पहले …"), left as it is
MAX_LINK_LINE = 150
#: promotions a short furniture line holds anywhere ("… के लिए बने रहें हमारे साथ"; a long
#: line that ends with one is a story with the promotion glued on, left as it is)
LINE_PROMOS = ("बने रहें हमारे साथ", "यहां देखिए पूरी लिस्ट")
#: the longest parenthesised group read as furniture
MAX_GROUP = 400

_GROUP = re.compile(r"\([^()]{1,%d}\)" % MAX_GROUP)
# a related-story title pasted in brackets: the group opens onto a new line, or its closing
# bracket is glued to the next word ("(फिल्म जगत के 'स्वार्थी रिश्ते')वो मुझे …") — a letter, not
# a danda, and not a postposition that makes the group part of the sentence ("(…)से निपटने")
_PASTED_GROUP = re.compile(
    r"\(\s*\n[^()]{1,%d}\)|\([^()\n]{1,%d}\)(?=[\u0904-\u0939\u0958-\u0961\u0972-\u097fA-Za-z])"
    r"(?!(?:से|में|को|का|की|के|ने|पर|तक)(?![\u0900-\u097f]))" % (MAX_GROUP, MAX_GROUP)
)
_FURNITURE = re.compile("|".join(map(re.escape, FURNITURE)))
# a furniture line needs one of these somewhere in the text
_LINE_HINTS = ("पढ़", "स्लाइड", "स्\u200dलाइड", "Posted By", "बने रहें", " /", "फोटो")
_LINE = re.compile(
    r"(?m)^[ \t\u00a0]*(?:(?:%s)[^\n]{0,%d}|[^\s/\n]{1,20} /[ \t]*)$"
    % ("|".join(map(re.escape, LINE_STARTS)), MAX_LINK_LINE)
)
# a "read" link after a sentence's end on the same line (and what follows it on the line)
_GLUED_LINK = re.compile(r"(?<=[।.?!] )पढ़ें ?[:ः][^\n]*", re.M)
_PROMO_LINE = re.compile(
    r"(?m)^[^\n]{0,80}(?:%s)[^\n]{0,20}$|^[^\n]{0,120}- ?फोटो ?: ?[^\n]{1,30}$"
    % "|".join(map(re.escape, LINE_PROMOS))
)


def boilerplate_spans(text: str) -> list[tuple[int, int]]:
    """The site furniture of ``text``: sorted, non-overlapping ``(start, end)`` spans.

    >>> t = "खबर आई.(बीबीसी हिन्दी के एंड्रॉएड ऐप के लिए यहां क्लिक करें.)\\nये भी पढ़ें: कुछ\\nदेश /"
    >>> [t[a:b] for a, b in boilerplate_spans(t)]
    ['(बीबीसी हिन्दी के एंड्रॉएड ऐप के लिए यहां क्लिक करें.)', 'ये भी पढ़ें: कुछ', 'देश /']
    >>> t = "वे आ चुके थे। पढ़ेंः तूफान की खबर\\nअभियान - फोटो : पीटीआई\\nखबरों के लिए बने रहें हमारे साथ."
    >>> [t[a:b] for a, b in boilerplate_spans(t)]
    ['पढ़ेंः तूफान की खबर', 'अभियान - फोटो : पीटीआई', 'खबरों के लिए बने रहें हमारे साथ.']
    """
    # (whole-text searches first: most texts hold no furniture at all)
    spans = []
    if "(" in text and any(word in text for word in FURNITURE):
        spans = [m.span() for m in _GROUP.finditer(text) if _FURNITURE.search(m.group())]
    if "(" in text:
        spans += [m.span() for m in _PASTED_GROUP.finditer(text)]
    found = list(_LINE.finditer(text)) if any(h in text for h in _LINE_HINTS) else []
    if "पढ़ें" in text:
        found += _GLUED_LINK.finditer(text)
    if "फोटो" in text or any(p in text for p in LINE_PROMOS):
        found += _PROMO_LINE.finditer(text)
    for m in found:
        a, b = m.span()
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            spans.append((a, b))
    spans.sort()
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and a < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out

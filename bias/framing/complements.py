"""The last resorts for a stance's target: the subject of a कि clause, or the bare subject.

"WHO ने चेतावनी दी कि मोबाइल के इस्तेमाल से कैंसर हो सकता है": the warning is about the use of
mobiles, the subject of the clause after कि; so are the fear in "आशंका जताई गई कि …", the hope in
"उम्मीद है कि ये अस्पताल …" and the trust in "विश्वास जताया कि …" (:func:`complement_subject`).
Else the noun phrase right before the cue, with no case marker after it, is what the stance is
about (:func:`bare_subject`: "इस तरह की हरकत बर्दाश्त नहीं की जाएगी", "उनकी क्षमता सवालों के घेरे
में है").  Used by :func:`bias.framing.stances.find_stances` when no rule of
:func:`bias.framing.targets.target_of` finds a target.
"""

from __future__ import annotations

from ..lexicon import TokenTable
from ..lexicon.keys import token_key
from .noun_phrases import char_span, noun_phrase_before
from .targets import CUE_MODIFIERS

__all__ = ["bare_subject", "complement_subject", "SUBJECT_WORDS"]

Span = tuple[int, int]

#: what may stand between a cue and its कि: light verbs, auxiliaries and participles of
#: expressing ("चेतावनी दी है कि", "आशंका जताई जा रही है कि", "चेतावनी देते हुए कहा कि")
BRIDGE = frozenset(
    """दी दिया दिए दे देते देती हुए हुई जताई जताया जताए जताते व्यक्त जाहिर की किया किए करते करती
    है हैं था थी थे गई गया गए जा रही रहा रहे कहा बताया""".split()
)
#: how many tokens the bridge may hold
BRIDGE_REACH = 5
#: words that end the subject noun phrase of the clause: case markers but the genitive (which
#: continues it: "मोबाइल के इस्तेमाल"), copulas, auxiliaries, negation, particles, conjunctions
ENDS_SUBJECT = frozenset(
    """ने को से में पर तक द्वारा लिए साथ है हैं था थे थी हो होगा होगी होंगे रहा रही रहे सकता सकती
    सकते नहीं न भी ही तो और या कि जो""".split()
)
#: how many words the subject spans at most
SUBJECT_WORDS = 6
#: words that open an adverbial clause, not a subject ("… कि अगर …", "… कि जब …")
ADVERBIAL = frozenset("अगर यदि जब तब अब यहां वहां इसलिए क्योंकि".split())


def complement_subject(tk: TokenTable, end: int, sentence_end: int) -> Span | None:
    """The subject of the कि clause that follows a stance cue ending before token ``end``
    (past a bridge of light verbs and auxiliaries, :data:`BRIDGE`): the words from after कि
    to the first word of :data:`ENDS_SUBJECT` or punctuation, at most :data:`SUBJECT_WORDS`;
    ``None`` when no कि follows, or the clause opens with an adverbial (:data:`ADVERBIAL`).

    >>> t = "WHO ने चेतावनी दी कि मोबाइल के इस्तेमाल से कैंसर हो सकता है"
    >>> tk = TokenTable(t)
    >>> t[slice(*complement_subject(tk, 3, len(tk)))]
    'मोबाइल के इस्तेमाल'
    """
    keys, kinds = tk.keys, tk.kinds
    j = end
    while j < sentence_end and j < end + BRIDGE_REACH and keys[j] in BRIDGE:
        j += 1
    if j >= sentence_end or keys[j] != "कि":
        return None
    a = j + 1
    while a < sentence_end and kinds[a] == "punct":
        a += 1  # "कि, ‘‘ …"
    if a >= sentence_end or keys[a] in ADVERBIAL:
        return None
    b = a
    while (
        b < sentence_end
        and b - a < SUBJECT_WORDS
        and kinds[b] != "punct"
        and keys[b] not in ENDS_SUBJECT
    ):
        b += 1
    if b == a or b >= sentence_end:
        return None
    return tk.starts[a], tk.ends[b - 1]


#: words a bare subject's last word (its head) never is: adverbs, conjunctions, quantifiers,
#: possessive pronouns and participles ("इसलिए सवालों के घेरे में", "अपनी कमर कस ली")
NOT_SUBJECT_HEADS = frozenset(
    map(
        token_key,
        """इसलिए फिर अब तब जब अगर यानी लगातार जल्दी अत्यधिक कोई कुछ सब सभी बड़ी बड़ा बड़े अपनी
        अपना अपने इसकी इसका इसके उसकी उसका उसके उनकी उनका उनके हुए हुआ हुई""".split(),
    )
)


def bare_subject(tk: TokenTable, tok: int, end: int, first: int) -> Span | None:
    """The noun phrase right before a cue of several words — a predicate phrase ("सवालों के घेरे
    में", "बर्दाश्त नहीं", "युद्ध स्तर पर"), tokens ``tok`` to ``end`` of the sentence starting
    at token ``first`` — the modifiers of :data:`bias.framing.targets.CUE_MODIFIERS` passed
    over — when it ends in a word
    that is no case marker, postposition or verb (:data:`bias.framing.targets.NP_BREAKS`) nor
    a function word (:data:`NOT_SUBJECT_HEADS`): the subject the cue says something about.
    ``None`` for a cue of one word, whose word before is mostly its modifier ("सबसे बुरा डर").

    >>> t = "इस तरह की हरकत बिल्कुल बर्दाश्त नहीं की जाएगी"
    >>> t[slice(*bare_subject(TokenTable(t), 5, 7, 0))]
    'हरकत'
    >>> bare_subject(TokenTable("उन्होंने सरकार की आलोचना की"), 3, 4, 0) is None
    True
    """
    if end - tok < 2:
        return None
    j = tok
    while j > first and tk.keys[j - 1] in CUE_MODIFIERS:
        j -= 1
    np = noun_phrase_before(tk, j, first)
    if np is None or tk.keys[np[1] - 1] in NOT_SUBJECT_HEADS:
        return None
    return char_span(tk, np)

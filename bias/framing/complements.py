"""The target of a stance whose content is a कि clause: its subject.

"WHO ने चेतावनी दी कि मोबाइल के इस्तेमाल से कैंसर हो सकता है": the warning is about the use of
mobiles, the subject of the clause after कि; so are the fear in "आशंका जताई गई कि …", the hope in
"उम्मीद है कि ये अस्पताल …" and the trust in "विश्वास जताया कि …".  Used by
:func:`bias.framing.targets.target_of` when no other target rule finds one.
"""

from __future__ import annotations

from ..lexicon import TokenTable

__all__ = ["complement_subject", "SUBJECT_WORDS"]

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

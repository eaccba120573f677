"""Who speaks: quotations, their kind, speaker, cue and source type; reported speech.

Works on the normalised text (offsets of :class:`bias.text.Normalized.text`);
:func:`bias.analyze` maps every result back to raw offsets.

Attribution follows Hindi reporting structure.  For each top-level quotation
the first rule that applies gives the speaker:

1. ``X: “…”`` — the noun phrase before a colon that opens the quotation;
2. ``X ने … “…” … कहा / की प्रशंसा की / पेश किया`` — the nearest ``ने`` subject
   before the quotation with a speech verb (or a speech noun + light verb)
   between it and the quotation or right after the quotation, also
   ``X का कहना है कि “…”``; an ``Y के अनुसार`` before that subject becomes ``via``;
3. ``Y के अनुसार / मुताबिक … “…”`` — the according phrase itself;
4. ``“…”, X ने कहा`` / ``“…” उन्होंने कहा`` — a subject and speech verb just after
   the quotation, in the same sentence or in a short next sentence;
5. ``भीड़ … “…” के नारे लगाए`` — with a speech cue but no ``ने``, the nearest noun
   phrase before the quotation that names a kind of source (lexicon) or a
   known speaker;
6. a long quotation with no cue continues the quotation or reported speech
   of the sentence before it (same speaker).

Pronoun speakers (उन्होंने, उनका, वह, वे, …) resolve to the nearest earlier
subject mention in the article that is not a pronoun, preferring people over
media and organisations.

A quotation is a ``term`` (name, title, scare quote) when it is short and has
no speech cue, or when it is short and ends with a naming noun (संधि, योजना,
…), follows a title word (फिल्म, किताब, …) or precedes ``नामक``; otherwise it
is ``direct``.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from typing import NamedTuple, Sequence

from .lexicon import _UNSEEN, Multi, PhraseMatcher, TokenTable, load_table, stem, token_key
from .marks import MarkSpan
from .text import _Cache

__all__ = ["QuoteSpan", "ReportedSpan", "Attributor", "default_attributor"]


class QuoteSpan(NamedTuple):
    """A quotation in normalised offsets (internal; see :class:`bias.Quote`)."""

    start: int
    end: int
    open: int
    close: int
    kind: str
    speaker: tuple[int, int] | None
    pronoun: tuple[int, int] | None
    source_type: str | None
    cue: str | None
    cue_span: tuple[int, int] | None
    via: tuple[int, int] | None
    closed: bool = True


class ReportedSpan(NamedTuple):
    """Indirect speech in normalised offsets (internal; see :class:`bias.Reported`)."""

    start: int
    end: int
    speaker: tuple[int, int] | None
    pronoun: tuple[int, int] | None
    source_type: str | None
    cue: str
    cue_span: tuple[int, int]


#: how many tokens back from a quotation the attribution is looked for (bounds the work per quotation)
_WINDOW = 60
#: a reported clause is cut after this many tokens (a "sentence" longer than that is not prose)
_MAX_CLAUSE = 400

# words that end a noun phrase when reading backwards from ने / का कहना / के अनुसार
_STOP_BACK = frozenset(
    """में से को पर तक लिए दौरान बाद पहले साथ बीच द्वारा ओर तरफ अनुसार मुताबिक बारे कहा कि है हैं था थे थी थीं हो
    गया गई गए किया किए ने भी तो लेकिन परंतु किंतु मगर जबकि जो जिसने जिन्होंने जिनका जिसका यहां वहां आज कल अब फिर
    ही इसके उसके इसकी उसकी इसका उसका इनके उनके उनकी उनका साथ बजे सबसे वाले वाला वाली दिन वर्ष साल रात सुबह शाम हुए हुई हुआ रहा रहे रही
    करने करते करके कर दिया दिए लिया जब तब यदि अगर क्योंकि इसलिए तथा एवं वहीं यहीं नहीं न मगर बल्कि हालांकि
    सोमवार मंगलवार बुधवार गुरुवार शुक्रवार शनिवार रविवार हफ्ते महीने""".split()
)
_GENITIVE = frozenset({"का", "के", "की"})
_AUX = frozenset({"है", "हैं", "था", "थे", "थी", "थीं", "हो", "रहे", "रही", "रहा"})
_PRON_GEN = frozenset(
    {"उनका", "उनकी", "उनके", "उसका", "उसकी", "उसके", "इनका", "इनकी", "इनके", "इसका", "इसकी", "इसके"}
)
# roles whose source type is that of the body they belong to (X के प्रवक्ता)
_AFFILIATION = frozenset(
    {
        "प्रवक्ता",
        "स्पोक्सपर्सन",
        "अध्यक्ष",
        "प्रमुख",
        "निदेशक",
        "डायरेक्टर",
        "प्रबंधक",
        "मैनेजर",
        "महासचिव",
        "सचिव",
        "चेयरमैन",
        "सीईओ",
        "अधिकारी",
        "अधिकारियों",
        "प्रतिनिधि",
    }
)
_LEADING_DROP = frozenset(
    {
        "एक",
        "इस",
        "उस",
        "यह",
        "वह",
        "ये",
        "वे",
        "और",
        "व",
        "तथा",
        "एवं",
        "के",
        "का",
        "की",
        "इन",
        "उन",
        "कई",
        "कुछ",
        "सभी",
        "सब",
    }
)
_RELATIVE = frozenset({"जिन्होंने", "जो", "जिसने", "जिनका", "जिनकी", "जिनके", "जिसका", "जिसकी", "जिसके"})
_NE = "ने"
_PRON_NE = frozenset({"उन्होंने", "उसने", "इन्होंने", "इसने", "मैंने", "हमने", "आपने", "तुमने"})
# words a noun phrase cannot cross when read backwards
_NP_STOP = _STOP_BACK | _PRON_NE
_FIRST_SECOND = frozenset({"मैंने", "हमने", "आपने", "तुमने"})
_PERSON_TYPES = frozenset({"government_official", "politician", "expert", "public", "other", None})
_CONTRAST_CUT = frozenset({"लेकिन", "परंतु", "किंतु", "मगर", "जबकि"})
_TERMINAL = set("।॥?!.")
# signs that a quotation is speech, not a term: final punctuation, or a first or
# second person pronoun as a whole word
_SPEECH_END = re.compile(r"[।?!]")
_SPEECH_WORDS = frozenset("मैं मैंने हम हमने हमारा हमारी हमारे मेरा मेरी मेरे आप हमें मुझे".split())


class Attributor:
    """Finds quotations' kinds and speakers, and reported speech.

    Built from lexicons (bundled by default); pass your own ``source_types``
    and ``known_speakers`` TSV files to extend them — their entries are added
    to (and override) the bundled ones.
    """

    def __init__(self, *, source_types=None, known_speakers=None, cues: str = "cues") -> None:
        rows = list(load_table("source_types").rows)
        for extra in source_types or ():
            rows.extend(load_table(extra).rows)
        known = list(load_table("known_speakers").rows)
        for extra in known_speakers or ():
            known.extend(load_table(extra).rows)
        # matched on stems, so oblique plurals (अधिकारियों, एजेंसियों) find their lemma
        self.source_matcher = PhraseMatcher(
            [(r[0], r[1]) for r in rows] + [(r[0], r[1]) for r in known], stemmed=True
        )
        self.known_matcher = PhraseMatcher([(r[0], r[1]) for r in known], stemmed=True)
        cue_rows = load_table(cues).rows
        by_kind: dict[str, list[str]] = {}
        for term, kind in cue_rows:
            by_kind.setdefault(kind, []).append(term)
        self.verbs = PhraseMatcher([(t, "verb") for t in by_kind.get("verb", [])])
        self.nouns = frozenset(token_key(t) for t in by_kind.get("noun", []))
        self.light = frozenset(token_key(t) for t in by_kind.get("light", []))
        self.according = frozenset(token_key(t) for t in by_kind.get("according", []))
        self.opinion = frozenset(token_key(t) for t in by_kind.get("opinion", []))
        self.impersonal = PhraseMatcher([(t, "impersonal") for t in by_kind.get("impersonal", [])])
        self.pronouns = frozenset(token_key(t) for t in by_kind.get("pronoun", []))
        self.term_head = frozenset(token_key(t) for t in by_kind.get("term_head", []))
        self.term_before = frozenset(token_key(t) for t in by_kind.get("term_before", []))
        self.term_after = frozenset(token_key(t) for t in by_kind.get("term_after", []))
        # tokens that can start something the per-token passes look for (all others are skipped at once)
        # keys that can start a speech cue (a verb phrase, or a noun before a light verb)
        self._cue_firsts = self.verbs.firsts | self.nouns
        self._mention_triggers = frozenset(
            {_NE, "अपने", "अपनी", "अपना", "वर्षीय"}
            | self.opinion
            | self.according
            | self.verbs.firsts
        )
        self._reported_triggers = frozenset(
            {_NE} | _PRON_NE | self.opinion | self.according | self.impersonal.firsts
        )
        # words that end the name after a title (_learn_titles)
        self._name_stop = _STOP_BACK | _GENITIVE | _LEADING_DROP | _PRON_NE | self.pronouns
        # token key -> what the per-token passes look for there (None for most keys)
        self._key_infos = _Cache(self._key_info)
        # (keys, stems) outside which _key_info is None (for bias.lexicon.TokenRows)
        self._row_gate = (
            self._mention_triggers | self._reported_triggers,
            self.source_matcher.firsts | self.known_matcher.firsts,
        )

    def _key_info(self, key: str, key_stem: str | None = None):
        """``(mention trigger, reported trigger, source-term info, known-speaker
        info)`` of a token key (infos as :meth:`PhraseMatcher.info`), or ``None``
        when it is none of these.  ``key_stem``: the key's stem, when the caller knows it."""
        men, rep = key in self._mention_triggers, key in self._reported_triggers
        key_stem = key_stem or stem(key)
        if key_stem not in self.source_matcher.firsts and key_stem not in self.known_matcher.firsts:
            # (most new keys: the matchers' info would be None)
            return (men, rep, None, None) if men or rep else None
        bare = (
            key == key_stem
        )  # (both matchers are stemmed: PhraseMatcher.info, with the stem known)
        info = (
            men,
            rep,
            self.source_matcher.info_of(key_stem, bare),
            self.known_matcher.info_of(key_stem, bare),
        )
        return info if men or rep or info[2] is not None or info[3] is not None else None

    def _scan(self, tk: TokenTable) -> tuple[list[int], list[int]]:
        """One pass over the tokens: the positions of mention and reported-speech
        triggers; the source-term and known-speaker matches go to
        ``tk.matches`` (what :meth:`PhraseMatcher.find_all` would give)."""
        keys, stems = tk.keys, tk.stems
        infos = tk.columns.get(self)  # (from the table's rows, when built with them)
        if infos is None:
            infos = list(map(self._key_infos.__getitem__, keys))
        last = len(keys) - 1
        mention: list[int] = []
        reported: list[int] = []
        source: dict[int, tuple] = {}
        known: dict[int, tuple] = {}
        for i in itertools.compress(range(len(infos)), infos):
            men, rep, src, kn = infos[i]
            if men:
                mention.append(i)
            if rep:
                reported.append(i)
            if src is not None:
                if type(src) is Multi:  # (PhraseMatcher.resolve, written out: the hot path)
                    src = (
                        self.source_matcher.walk(src, stems, i, keys)
                        if i < last and stems[i + 1] in src.seconds
                        else src.single
                    )
                if src is not None:
                    source[i] = src
            if kn is not None:
                if type(kn) is Multi:
                    kn = self.known_matcher.resolve(kn, stems, i, keys)
                if kn is not None:
                    known[i] = kn
        tk.remember(self.source_matcher, source)
        tk.remember(self.known_matcher, known)
        return mention, reported

    # ------------------------------------------------------------------ cues

    def _speech_cue(self, keys: list[str], i: int, stop: int) -> int:
        """Length of a speech cue starting at token ``i`` (0 if none)."""
        k = keys[i]
        if k in self.verbs.firsts:
            m = self.verbs.match_at(keys, i)
            if m is not None:
                return m[0]
        if k in self.nouns:
            # noun + (optional particle) + light verb: प्रशंसा की / की भी प्रशंसा की / चिंता जताई
            for j in range(i + 1, min(i + 3, stop)):
                if keys[j] in self.light:
                    return j - i + 1
                if keys[j] not in ("भी", "ही", "तो", "से", "में"):
                    break
        return 0

    def _find_cue(self, keys: list[str], a: int, b: int) -> tuple[int, int] | None:
        """First speech cue in tokens ``[a, b)`` as a token range."""
        firsts = self._cue_firsts
        for i in range(a, b):
            if keys[i] in firsts:
                L = self._speech_cue(keys, i, b)
                if L:
                    return i, i + L
        return None

    def _find_cue_last(self, keys: list[str], a: int, b: int) -> tuple[int, int] | None:
        firsts = self._cue_firsts
        for i in range(b - 1, a - 1, -1):
            if keys[i] in firsts:
                L = self._speech_cue(keys, i, b)
                if L:
                    return i, i + L
        return None

    # ------------------------------------------------------------- phrases

    def _np_before(self, tk: TokenTable, i: int, lo: int) -> tuple[int, int] | None:
        """Token range of the noun phrase that ends right before token ``i``
        (remembered per text: the rules ask about the same subjects again)."""
        found = tk.memo.get(("np", i, lo), _UNSEEN)
        if found is _UNSEEN:
            found = tk.memo["np", i, lo] = self._find_np_before(tk, i, lo)
        return found

    def _find_np_before(self, tk: TokenTable, i: int, lo: int) -> tuple[int, int] | None:
        keys, kinds = tk.keys, tk.kinds
        j = i - 1
        if j >= lo and keys[j] == ",":
            # X, जिन्होंने …, ने: skip the relative clause back to its comma
            k = j - 1
            floor = max(lo, j - _WINDOW)
            while k >= floor and not (
                keys[k] in _RELATIVE and k - 1 >= floor and keys[k - 1] == ","
            ):
                k -= 1
            if k < floor:
                return None
            j = k - 2
        end = j + 1
        if j >= lo and keys[j] in _GENITIVE:
            return None  # the phrase would end with का / के / की
        floor = max(lo, end - 6)  # at most six tokens
        while j >= floor:
            k = keys[j]
            if k in _NP_STOP or (kinds[j] == "punct" and k != "-"):
                break
            j -= 1
        start = j + 1
        while start < end and (keys[start] in _LEADING_DROP or keys[start] == "-"):
            start += 1
        if start >= end:
            return None
        return start, end

    def _source_type(self, tk: TokenTable, a: int, b: int, context: dict[str, str]) -> str | None:
        """Source type of the noun phrase in tokens ``[a, b)``.

        The lexicon match nearest the head decides, with three refinements:
        an affiliation role (प्रवक्ता, अध्यक्ष, …) takes the type of the body it
        belongs to ("गूगल के प्रवक्ता" is an organisation, "मंत्रालय के प्रवक्ता" an
        official); a former official (पूर्व मंत्री) is a politician; an
        indefinite official ("एक अधिकारी") is anonymous.  Without a match, what the
        article said of this name before (its title) decides.
        """
        keys = tk.keys
        best = None
        best_at = -1
        matches: list[tuple[int, int, str]] = []
        found = tk.matches(self.source_matcher)
        i = a
        while i < b:
            m = found.get(i)
            if m is not None and i + m[0] <= b:
                matches.append((i, i + m[0], m[1]))
                best, best_at = m[1], i
                i += m[0]
            else:
                i += 1
        if best is None:
            for k in range(b - 1, a - 1, -1):
                if keys[k] in context:
                    return context[keys[k]]
            return None
        if keys[best_at] in _AFFILIATION:
            gen = [g for g in range(a, best_at) if keys[g] in _GENITIVE]
            if gen:
                mods = [m for m in matches if m[1] <= gen[-1]]
                if mods:
                    best = mods[-1][2]
                elif any(keys[k] not in context for k in range(a, gen[-1])):
                    best = "organisation"
        if best == "government_official":
            before = keys[a - 1] if a > 0 else ""
            if any(keys[k] == "पूर्व" for k in range(max(0, a - 1), best_at)):
                best = "politician"
            elif before == "एक" and best_at == b - 1 and len(matches) == 1:
                best = "anonymous"
        return best

    def _strip_title(self, tk: TokenTable, a: int, b: int) -> int:
        """Start of the name after the descriptive part of a noun phrase:
        "प्रधानमंत्री नरेंद्र मोदी" → "नरेंद्र मोदी", "शोध संस्थान की अर्थशास्त्री मीनाक्षी
        जोशी" → "मीनाक्षी जोशी".  A phrase that ends with its role ("उत्तर कोरिया
        के सरकारी मीडिया") or is a known name is kept whole.  (Remembered per text.)"""
        start = tk.memo.get(("name", a, b))
        if start is None:
            start = tk.memo["name", a, b] = self._find_name_start(tk, a, b)
        return start

    def _find_name_start(self, tk: TokenTable, a: int, b: int) -> int:
        keys = tk.keys
        known = tk.matches(self.known_matcher)
        found = tk.matches(self.source_matcher)
        start = a
        i = a
        while i < b:
            if i in known:
                return start if start > a else a
            m = found.get(i)
            if m is not None:
                j = i + m[0]
                if j < b and keys[j] not in _GENITIVE:
                    start = j  # a name follows the role
                i = j
            else:
                i += 1
        return start if start < b else a

    # ------------------------------------------------------------------ main

    def attribute(
        self,
        text: str,
        tokens,
        sentences: Sequence[tuple[int, int]],
        spans: Sequence[MarkSpan],
        *,
        token_ranges=None,
    ):
        """Quotations and reported speech of one article (normalised offsets).

        ``tokens`` is the article's :class:`bias.lexicon.TokenTable` (or its
        token spans); ``sentences`` are the (start, end) of the article's
        units in reading order; ``spans`` the top-level quotation spans of
        :func:`bias.marks.pair_quotes`.  ``token_ranges``: the sentences'
        token ranges (:meth:`bias.lexicon.TokenTable.ranges`), when the caller has them.
        """
        tk = tokens if isinstance(tokens, TokenTable) else TokenTable(text, tokens)
        keys = tk.keys
        spans = _merge_adjacent(text, spans)
        sent_starts = [s[0] for s in sentences]
        at = functools.partial(bisect.bisect_left, tk.starts)  # token index at a character position
        sent_tok = tk.ranges(sentences) if token_ranges is None else token_ranges
        in_quote_tok = [False] * len(keys)
        for q in spans:
            qa, qb = at(q.open), at(max(q.close_end, q.close))
            if qb > qa:
                in_quote_tok[qa:qb] = [True] * (qb - qa)

        context: dict[str, str] = {}  # name key -> source type learned from titles
        mentions: list[tuple[int, int, int, str | None]] = []  # token a, b, char pos, type

        trig_pos, reported_pos = self._scan(tk)
        # pass 0: "TITLE NAME" anywhere outside quotations (प्रोफेसर ली क्रोनिन, विदेश मंत्री ली सांग-हो)
        self._learn_titles(tk, in_quote_tok, context)

        def sent_of(pos: int) -> int:
            return max(0, bisect.bisect_right(sent_starts, pos) - 1)

        # pass 1: subject mentions (X ने, X का कहना, X के अनुसार), for pronouns and context
        for ta, tb in sent_tok:
            for i in trig_pos[bisect.bisect_left(trig_pos, ta) : bisect.bisect_left(trig_pos, tb)]:
                if in_quote_tok[i]:
                    continue
                k = keys[i]
                np = None
                if (
                    k == _NE
                    or (k in self.opinion and i > ta and keys[i - 1] in _GENITIVE)
                    or (k in self.according and i > ta and keys[i - 1] in _GENITIVE)
                ):
                    np = self._np_before(tk, i if k == _NE else i - 1, ta)
                elif k in ("अपने", "अपनी", "अपना") and i > ta:
                    np = self._np_before(tk, i, ta)  # the subject stands right before a reflexive
                elif k == "वर्षीय":
                    # "52 वर्षीय सुनैना देवी": a person named with their age (a subject for pronouns)
                    j = i + 1
                    while (
                        j < tb
                        and j < i + 4
                        and tk.kinds[j] == "word"
                        and keys[j] not in _STOP_BACK
                        and keys[j] not in _GENITIVE
                    ):
                        j += 1
                    if j > i + 1:
                        mentions.append((i + 1, j, tk.starts[i + 1], None))
                    continue
                elif (
                    i > ta
                    and k in self.verbs
                    and keys[i - 1] not in (_NE, "कि")
                    and keys[i - 1] not in _PRON_NE
                ):
                    m = self.verbs.match_at(keys, i)
                    if (
                        m is not None
                        and i + m[0] < len(keys)
                        and (keys[i + m[0]] in _AUX or keys[i + m[0]] in (",", ":"))
                    ):
                        np = self._np_before(tk, i, ta)
                if np is None:
                    continue
                a, b = np
                if b - a == 1 and keys[a] in self.pronouns:
                    continue
                st = self._source_type(tk, a, b, context)
                name_start = self._strip_title(tk, a, b)
                if name_start > a and st is not None:
                    for j in range(name_start, b):
                        context.setdefault(keys[j], st)
                mentions.append((a, b, tk.starts[a], st))

        mention_pos = [m[2] for m in mentions]

        def resolve(pos: int) -> tuple[int, int, str | None] | None:
            """Nearest earlier non-pronoun subject mention before char ``pos``."""
            i = bisect.bisect_left(mention_pos, pos) - 1
            fallback = None
            stop = i - _WINDOW
            while i >= 0 and i > stop:
                a, b, _, st = mentions[i]
                if st in _PERSON_TYPES:
                    return a, b, st
                if fallback is None:
                    fallback = (a, b, st)
                i -= 1
            return fallback

        def speaker_of(a: int, b: int):
            """(speaker token range, pronoun token range, source type) for NP tokens a..b."""
            if b - a == 1 and (keys[a] in self.pronouns or keys[a] in _PRON_NE):
                if keys[a] in _FIRST_SECOND:
                    return None
                r = resolve(tk.starts[a])
                if r is None:
                    return (a, b), (a, b), None
                return (self._strip_title(tk, r[0], r[1]), r[1]), (a, b), r[2]
            st = self._source_type(tk, a, b, context)
            name_start = self._strip_title(tk, a, b)
            return (name_start, b), None, st

        quotes: list[QuoteSpan] = []
        prev_speaker: dict[
            int, tuple
        ] = {}  # sentence index -> speaker info of its last quote/reported span

        reported = self._reported(tk, sent_tok, in_quote_tok, speaker_of, text, reported_pos)
        for r in reported:
            prev_speaker[sent_of(r.start)] = (r.speaker, r.pronoun, r.source_type, None)

        def cue_text(i: int, j: int, prefix: str = "") -> str:
            return (prefix + " … " if prefix else "") + text[tk.starts[i] : tk.ends[j - 1]]

        for qi, q in enumerate(spans):
            si = sent_of(q.open)
            ta, tb = sent_tok[si]
            qa, qb = at(q.open), at(max(q.close_end, q.close))
            ca_tok, cb_tok = at(q.start), at(q.end)
            content_keys = keys[ca_tok:cb_tok]
            nwords = len(content_keys) - tk.kinds[ca_tok:cb_tok].count("punct")
            found = None  # (speaker np tokens, cue str, cue token span, via token span)

            # 1. X: “…”
            if qa - 1 >= ta and keys[qa - 1] == ":":
                np = self._np_before(tk, qa - 1, ta)
                if np:
                    found = (np, ":", (qa - 1, qa), None)
            # 1b. X कहते हैं, “…” / वह बोले: “…” (a subject without ने right before the quotation)
            if found is None:
                found = self._verb_before(tk, ta, qa, in_quote_tok)
            # 2. X ने … cue … “…” / X ने “…” cue ; X का कहना है कि “…”
            lo = max(ta, qa - _WINDOW)
            # (rules 2 and 3 look only at the trigger tokens, nearest first: ने, pronouns, opinion and according words)
            triggers = reported_pos[
                bisect.bisect_left(reported_pos, lo) : bisect.bisect_left(reported_pos, qa)
            ][::-1]
            if found is None:
                for i in triggers:
                    if in_quote_tok[i]:
                        continue
                    k = keys[i]
                    is_ne = k == _NE or k in _PRON_NE
                    is_op = (
                        k in self.opinion
                        and i > ta
                        and (keys[i - 1] in _GENITIVE or keys[i - 1] in _PRON_GEN)
                    )
                    if not (is_ne or is_op):
                        continue
                    if is_op:
                        np = (
                            (i - 1, i)
                            if keys[i - 1] in _PRON_GEN
                            else self._np_before(tk, i - 1, ta)
                        )
                        if np:
                            found = (np, cue_text(i - 1, i + 2), (i - 1, i + 2), None)
                        break
                    cue = self._find_cue_outside(keys, i + 1, qa, in_quote_tok)
                    after = None
                    if cue is None:
                        after = self._find_cue_outside(keys, qb, min(tb, qb + 8), in_quote_tok)
                        if after is None and nwords >= 2:
                            # the verb sometimes sits inside the closing mark: …की शपथ ली।”
                            inner = self._find_cue_last(keys, max(qa, qb - 5), qb)
                            after = inner
                    c = cue or after
                    np = (i, i + 1) if k in _PRON_NE else self._np_before(tk, i, ta)
                    if np is None:
                        continue
                    if c is None:
                        # ने without a speech verb: still the subject of a chain "Y के अनुसार X ने “…”"
                        acc = self._according_before(tk, np[0], ta)
                        if acc is not None:
                            found = (np, cue_text(*acc[1]) + " … ने", acc[1], acc[0])
                        break
                    acc = self._according_before(tk, np[0], ta)
                    found = (
                        np,
                        "ने … " + text[tk.starts[c[0]] : tk.ends[c[1] - 1]],
                        c,
                        acc[0] if acc else None,
                    )
                    break
            # 3. Y के अनुसार … “…”
            if found is None:
                for i in triggers:
                    if i <= ta:
                        break
                    if (
                        keys[i] in self.according
                        and keys[i - 1] in _GENITIVE
                        and not in_quote_tok[i]
                    ):
                        np = self._np_before(tk, i - 1, ta)
                        if np:
                            found = (np, cue_text(i - 1, i + 1), (i - 1, i + 1), None)
                        break
            # 4. “…”, X ने कहा / “…” उन्होंने कहा (same sentence or a short next one)
            if found is None:
                found = self._after(tk, qb, tb, in_quote_tok, cue_text)
                if found is None and si + 1 < len(sent_tok) and qb >= tb - 1:
                    na, nb = sent_tok[si + 1]
                    if nb - na <= 10:
                        found = self._after(tk, na, nb, in_quote_tok, cue_text)
            # 4b. X ने … की तारीफ की. “…” — the attribution is the sentence before
            at_start = all(
                tk.kinds[i] == "punct" for i in range(ta, qa)
            )  # stops at the first word: linear overall
            if found is None and si > 0 and at_start:
                pa, pb = sent_tok[si - 1]
                if not any(in_quote_tok[i] for i in range(pa, pb)):
                    found = self._verb_before(tk, pa, pb, in_quote_tok) or self._prev_subject(
                        tk, pa, pb, speech_only=True
                    )
            # 5. a speech cue but no ने: the nearest source noun before the quotation
            if found is None:
                c = self._find_cue_outside(
                    keys, qb, min(tb, qb + 4), in_quote_tok
                ) or self._find_cue_outside(keys, max(ta, qa - 4), qa, in_quote_tok)
                if c is not None:
                    for i in range(qa - 1, lo - 1, -1):
                        if in_quote_tok[i]:
                            continue
                        m = tk.matches(self.source_matcher).get(i)
                        if m is not None or keys[i] in self.pronouns:
                            L = m[0] if m else 1
                            found = ((i, i + L), text[tk.starts[c[0]] : tk.ends[c[1] - 1]], c, None)
                            break

            # kind
            is_term = self._is_term(tk, q, qa, qb, content_keys, nwords, found is not None, text)
            speaker = pron = st = via_span = cue = cue_span = None
            if is_term:
                kind = "term"
            else:
                kind = "direct"
                if found is not None:
                    np, cue, (ca, cb), via = found
                    sp = speaker_of(*np)
                    if sp is not None:
                        (sa, sb), pr, st = sp
                        speaker = (tk.starts[sa], tk.ends[sb - 1])
                        pron = (tk.starts[pr[0]], tk.ends[pr[1] - 1]) if pr else None
                    cue_span = (tk.starts[ca], tk.ends[cb - 1])
                    if via is not None:
                        via_span = (tk.starts[via[0]], tk.ends[via[1] - 1])
                        if st is None:
                            st = self._source_type(tk, *np, context)
                else:
                    # 6. continuation of the previous sentence's speaker
                    prev = prev_speaker.get(si) if qi > 0 else None
                    if prev is None:
                        prev = prev_speaker.get(si - 1)
                    if prev is not None:
                        speaker, pron, st, _ = prev
                        cue = None
                    elif si > 0 and at_start:
                        # 7. “…” after "X ने … किया।": the subject of the sentence before
                        pa, pb = sent_tok[si - 1]
                        f7 = self._prev_subject(tk, pa, pb, speech_only=False)
                        if f7 is not None:
                            sp = speaker_of(*f7[0])
                            if sp is not None:
                                (sa, sb), pr, st = sp
                                speaker = (tk.starts[sa], tk.ends[sb - 1])
                                pron = (tk.starts[pr[0]], tk.ends[pr[1] - 1]) if pr else None
                if speaker is not None and st is None:
                    st = "other"
            qs = QuoteSpan(
                q.start,
                q.end,
                q.open,
                q.close,
                kind,
                speaker,
                pron,
                st,
                cue,
                cue_span,
                via_span,
                q.closed,
            )
            quotes.append(qs)
            if kind == "direct" and speaker is not None:
                prev_speaker[si] = (speaker, pron, st, None)
        return quotes, reported

    def _learn_titles(self, tk: TokenTable, in_quote_tok, context: dict[str, str]) -> None:
        keys, kinds = tk.keys, tk.kinds
        n = len(keys)
        nxt = 0
        found = tk.matches(self.source_matcher)
        # only the tokens where a source term starts are visited
        for i, m in found.items():
            if i < nxt or in_quote_tok[i] or kinds[i] == "punct":
                continue
            j = i + m[0]
            names = []
            while j < n and len(names) < 4 and not in_quote_tok[j]:
                k = keys[j]
                if kinds[j] == "punct":
                    if k == "-" and names and j + 1 < n and kinds[j + 1] == "word":
                        j += 1
                        continue
                    break
                if k in self._name_stop:
                    break
                if j in found or k in self.verbs:
                    break
                names.append(k)
                j += 1
            for k in names:
                context.setdefault(k, m[1])
            nxt = max(j, i + 1)

    def _prev_subject(self, tk: TokenTable, pa: int, pb: int, *, speech_only: bool):
        """The ``ने`` subject of tokens [pa, pb): the first one followed by a speech
        cue, else (when not ``speech_only``) the first one."""
        keys = tk.keys
        first = None
        for i in range(pa, pb):
            if keys[i] == _NE or (keys[i] in _PRON_NE and keys[i] not in _FIRST_SECOND):
                np = (i, i + 1) if keys[i] in _PRON_NE else self._np_before(tk, i, pa)
                if np is None:
                    continue
                c = self._find_cue(keys, i + 1, pb)
                if c is not None:
                    return np, "ने … " + " ".join(keys[c[0] : c[1]]), c, None
                if first is None:
                    first = (np, None, (i, i + 1), None)
        return None if speech_only else first

    def _verb_before(self, tk: TokenTable, ta: int, qa: int, in_quote_tok):
        """``X कहते हैं, “`` — a speech verb (and auxiliaries, punctuation) ending
        right before token ``qa``; the speaker is the noun phrase before the verb."""
        keys = tk.keys
        j = qa - 1
        while j >= ta and (tk.kinds[j] == "punct" and keys[j] in (",", ":", "-", "—")):
            j -= 1
        while j >= ta and keys[j] in _AUX:
            j -= 1
        firsts = self.verbs.firsts
        for L in (2, 1):
            v = j - L + 1
            if v < ta or in_quote_tok[v] or keys[v] not in firsts:
                continue
            m = self.verbs.match_at(keys, v)
            if m is not None and m[0] == L:
                # a ने earlier in the same clause: rule 2 handles "X ने … कहा"
                k = v - 1
                while k >= max(ta, v - _WINDOW) and tk.kinds[k] != "punct":
                    if keys[k] == _NE or keys[k] in _PRON_NE or keys[k] == "कि":
                        return None
                    k -= 1
                np = self._np_before(tk, v, ta)
                if np is None:
                    return None
                return np, " ".join(keys[v : j + 1]), (v, j + 1), None
        return None

    def _find_cue_outside(self, keys, a, b, in_quote_tok):
        firsts = self._cue_firsts
        for i in range(a, b):
            if keys[i] in firsts and not in_quote_tok[i]:
                L = self._speech_cue(keys, i, b)
                if L:
                    return i, i + L
        return None

    def _according_before(self, tk: TokenTable, i: int, lo: int):
        """``Y के अनुसार`` ending right before token ``i``: the NP ``Y`` as ``via``."""
        keys = tk.keys
        j = i - 1
        if j >= lo and keys[j] == ",":
            j -= 1
        if j - 1 >= lo and keys[j] in self.according and keys[j - 1] in _GENITIVE:
            np = self._np_before(tk, j - 1, lo)
            if np:
                return np, (j - 1, j + 1)
        return None

    def _after(self, tk: TokenTable, a: int, b: int, in_quote_tok, cue_text):
        """``, X ने कहा`` / ``उन्होंने कहा`` / ``X का कहना है`` within tokens [a, b)."""
        keys = tk.keys
        i = a
        while i < b and (tk.kinds[i] == "punct" and keys[i] not in ("।",)):
            i += 1
        for j in range(i, min(b, i + 8)):
            if in_quote_tok[j]:
                break
            k = keys[j]
            if k == _NE or k in _PRON_NE:
                c = self._find_cue_outside(keys, j + 1, min(b, j + 6), in_quote_tok)
                if c is None:
                    return None
                np = (j, j + 1) if k in _PRON_NE else self._np_before(tk, j, i)
                if np is None:
                    return None
                return np, "ने … " + " ".join(keys[c[0] : c[1]]), c, None
            if k in self.opinion and j > i and keys[j - 1] in _GENITIVE:
                np = self._np_before(tk, j - 1, i)
                if np:
                    return np, cue_text(j - 1, j + 1), (j - 1, j + 1), None
                return None
            L = self._speech_cue(keys, j, b)
            if L and j > i:
                # वह बोले / मंत्री कहते हैं: a subject without ने
                np = self._np_before(tk, j, i)
                if np:
                    return np, " ".join(keys[j : j + L]), (j, j + L), None
                return None
            if tk.kinds[j] == "punct" and k in _TERMINAL:
                break
        return None

    def _is_term(self, tk, q: MarkSpan, qa, qb, content_keys, nwords, attributed, text) -> bool:
        keys = tk.keys
        content = text[q.start : q.end]
        speechy = _SPEECH_END.search(content) is not None or not _SPEECH_WORDS.isdisjoint(
            content.split()
        )
        if nwords == 0:
            return True
        short = nwords <= 4 and not speechy
        if short and content_keys and content_keys[-1] in self.term_head:
            return True
        if short and qa - 1 >= 0 and keys[qa - 1] in self.term_before:
            return True
        if short and qb < len(keys) and keys[qb] in self.term_after:
            return True
        if not attributed:
            return nwords <= 5 and not speechy
        return False

    # ------------------------------------------------------------- reported

    def _reported(
        self, tk: TokenTable, sent_tok, in_quote_tok, speaker_of, text, trig_pos: list[int]
    ) -> list[ReportedSpan]:
        keys = tk.keys
        out: list[ReportedSpan] = []
        for ta, tb in sent_tok:
            i = ta
            while i < tb:
                # jump to the next token that can start a reporting construction
                x = bisect.bisect_left(trig_pos, i)
                if x >= len(trig_pos) or trig_pos[x] >= tb:
                    break
                i = trig_pos[x]
                k = keys[i]
                if in_quote_tok[i]:
                    i += 1
                    continue
                # impersonal: बताया जाता है कि / सूत्रों के अनुसार
                m = self.impersonal.match_at(keys, i) if k in self.impersonal.firsts else None
                if m is not None:
                    L = m[0]
                    j = i + L
                    cue = (i, j)
                    if j < tb and keys[j] == "कि":
                        j += 1
                    span = self._clause(tk, j, tb, in_quote_tok)
                    if span is not None:
                        sp = None
                        if keys[i].startswith("सूत्र"):
                            sp = (tk.starts[i], tk.ends[i])
                        out.append(
                            ReportedSpan(
                                span[0],
                                span[1],
                                sp,
                                None,
                                "anonymous",
                                text[tk.starts[i] : tk.ends[j - 1]],
                                (tk.starts[i], tk.ends[cue[1] - 1]),
                            )
                        )
                        i = tb
                        continue
                # X के अनुसार / मुताबिक / हवाले से
                if k in self.according and i > ta and keys[i - 1] in _GENITIVE:
                    np = self._np_before(tk, i - 1, ta)
                    j = i + 1
                    if k == "हवाले" and j < tb and keys[j] == "से":
                        j += 1
                    if np is not None:
                        words_after = 0
                        for x in range(j, tb):
                            words_after += tk.kinds[x] != "punct"
                            if words_after >= 3:
                                break
                        if words_after >= 3:
                            span = self._clause(tk, j, tb, in_quote_tok)
                        else:
                            span = self._clause(
                                tk, max(ta, np[0] - _MAX_CLAUSE), np[0], in_quote_tok
                            )
                        if span is not None:
                            self._add(out, span, np, speaker_of, tk, text, np[1], j)
                            i = j
                            continue
                # X का कहना है कि / X का मानना है कि
                if k in self.opinion and i > ta and keys[i - 1] in _GENITIVE:
                    np = self._np_before(tk, i - 1, ta)
                    j = i + 1
                    while j < tb and j < i + 4 and keys[j] != "कि":
                        j += 1
                    if np is not None and j < tb and keys[j] == "कि":
                        span = self._clause(tk, j + 1, tb, in_quote_tok)
                        if span is not None:
                            self._add(out, span, np, speaker_of, tk, text, i - 1, j + 1)
                            i = j + 1
                            continue
                # X ने … कहा कि / उन्होंने कहा, …
                if k == _NE or k in _PRON_NE:
                    c = self._find_cue_outside(keys, i + 1, min(tb, i + 12), in_quote_tok)
                    if c is not None:
                        j = c[1]
                        while (
                            j < tb
                            and j < c[1] + 3
                            and keys[j] in ("है", "था", "थे", "थी", "हैं", "गया", "गई")
                        ):
                            j += 1
                        np = (i, i + 1) if k in _PRON_NE else self._np_before(tk, i, ta)
                        start = None
                        if j < tb and keys[j] == "कि":
                            start = j + 1
                        elif (
                            j < tb
                            and keys[j] in (",", ":", "-")
                            and j + 1 < tb
                            and not in_quote_tok[j + 1]
                        ):
                            start = j + 1
                        if np is not None and start is not None and k not in _FIRST_SECOND:
                            span = self._clause(tk, start, tb, in_quote_tok)
                            if span is not None:
                                self._add(out, span, np, speaker_of, tk, text, i, start)
                                i = start
                                continue
                i += 1
        return out

    def _clause(self, tk: TokenTable, a: int, b: int, in_quote_tok) -> tuple[int, int] | None:
        """Character span of the reported clause in tokens [a, b): cut at a
        contrasting conjunction after a comma, drop final punctuation; ``None``
        when it holds no word outside quotation marks."""
        keys = tk.keys
        b = min(b, a + _MAX_CLAUSE)
        end = b
        # cut before ", लेकिन …": visit the commas only (list.index searches in C)
        c = a
        while True:
            try:
                c = keys.index(",", c, b - 1)
            except ValueError:
                break
            if keys[c + 1] in _CONTRAST_CUT and not in_quote_tok[c + 1]:
                end = c
                break
            c += 1
        while (
            end > a and tk.kinds[end - 1] == "punct" and keys[end - 1] not in ("”", "’", '"', "'")
        ):
            end -= 1
        while a < end and tk.kinds[a] == "punct" and not in_quote_tok[a]:
            a += 1
        if a >= end or not any(
            not in_quote_tok[i] and tk.kinds[i] != "punct" for i in range(a, end)
        ):
            return None
        return tk.starts[a], tk.ends[end - 1]

    def _add(self, out, span, np, speaker_of, tk, text, cue_a, cue_b):
        sp = speaker_of(*np)
        if sp is None:
            return
        (sa, sb), pr, st = sp
        cue = text[tk.starts[cue_a] : tk.ends[cue_b - 1]] if cue_b > cue_a else ""
        out.append(
            ReportedSpan(
                span[0],
                span[1],
                (tk.starts[sa], tk.ends[sb - 1]),
                (tk.starts[pr[0]], tk.ends[pr[1] - 1]) if pr else None,
                st or "other",
                cue,
                (tk.starts[cue_a], tk.ends[cue_b - 1]),
            )
        )


def _merge_adjacent(text: str, spans: Sequence[MarkSpan]) -> list[MarkSpan]:
    """“…” “…” with nothing but spaces between is one quotation closed and reopened."""
    out: list[MarkSpan] = []
    for s in spans:
        if out:
            p = out[-1]
            between = text[p.close_end : s.open]
            if p.closed and s.open > p.close and not between.strip() and "\n" not in between:
                out[-1] = MarkSpan(
                    p.open, s.close, p.start, s.end, p.mark, 0, s.closed, s.close_end
                )
                continue
        out.append(s)
    return out


@functools.lru_cache(maxsize=1)
def default_attributor() -> Attributor:
    """The attributor built from the bundled lexicons (cached)."""
    return Attributor()

"""The hot paths written for speed give the same answers as their plain definitions.

Each test states the definition the fast code must agree with, in the most
direct Python, and compares the two on random text drawn from the characters
that matter (Devanagari, its neighbours, ASCII, punctuation, other scripts).
"""

from __future__ import annotations

import math
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bias.article import _script_share
from bias.framing import _Markers, default_lexicons
from bias.lexicon import TokenRows, TokenTable
from bias.quotes import default_attributor
from bias.text import _LETTER_CLASS, _tokens

# characters around every boundary the fast code relies on
_CHARS = (
    [chr(c) for c in range(0x0900, 0x0980)]
    + [chr(c) for c in range(0x20, 0x7F)]
    + [chr(c) for c in range(0xA8C0, 0xA900)]
    + [chr(c) for c in range(0x2000, 0x2040)]
    + list(
        "\u08ff\u0980\u09e6\u00e9\u00b2\u00bd\u00aa\u0410\u0627\u06f0_\U0001f600\u0964\u0965\u2019\u0970"
    )
)
_TEXT = st.text(alphabet=st.sampled_from(_CHARS), max_size=60)


def _share_by_definition(text: str) -> dict[str, float]:
    deva = sum(
        1
        for ch in text
        if "\u0900" <= ch <= "\u0963" or "\u0966" <= ch <= "\u097f" or "\ua8e0" <= ch <= "\ua8ff"
    )
    latin = sum(1 for ch in text if "A" <= ch <= "Z" or "a" <= ch <= "z")
    other = sum(
        1
        for ch in text
        if (ch.isalnum() or ch == "_")
        and not ch.isdecimal()
        and ch != "_"
        and not ("A" <= ch <= "Z" or "a" <= ch <= "z")
        and not ("\u0900" <= ch <= "\u097f" or "\ua8e0" <= ch <= "\ua8ff")
    )
    total = deva + latin + other
    if not total:
        return {"devanagari": 0.0, "latin": 0.0, "other": 0.0}
    return {
        "devanagari": round(deva / total, 4),
        "latin": round(latin / total, 4),
        "other": round(other / total, 4),
    }


@settings(max_examples=600, deadline=None)
@given(_TEXT)
def test_script_share_counts_by_definition(text):
    assert _script_share(text) == _share_by_definition(text)


def test_script_share_on_the_samples(sample_texts):
    for text in sample_texts.values():
        assert _script_share(text) == _share_by_definition(text)


# the tokeniser as first written: numbers first, greedy quantifiers
_PLAIN_TOKEN = re.compile(
    rf"[0-9\u0966-\u096f]+(?:[.,:][0-9\u0966-\u096f]+)*"
    rf"|[{_LETTER_CLASS}][{_LETTER_CLASS}0-9\u0966-\u096f]*(?:['’][{_LETTER_CLASS}]+)*"
    r"|[^\s]"
)


@settings(max_examples=600, deadline=None)
@given(_TEXT)
def test_tokens_match_the_plain_pattern(text):
    strings, starts, ends, _ = _tokens(text)
    plain = [(m.group(), m.start(), m.end()) for m in _PLAIN_TOKEN.finditer(text)]
    assert list(zip(strings, starts, ends)) == plain


def _cues_by_matching_every_token(tk: TokenTable, lex):
    """The longest match of each cue lexicon at every word token, asking the matchers directly."""
    out = []
    for i in range(len(tk.keys)):
        if tk.kinds[i] == "punct":
            continue
        for li, name in enumerate(("praise", "concern", "sentiment")):
            m = getattr(lex, name).match_at(tk.stems, i, tk.keys)
            if m is not None:
                out.append((i, li, m))
    return out


def _negators_by_matching_every_token(tk: TokenTable, lex):
    neg, priv, post = [], [], []
    for i in range(len(tk.keys)):
        m = lex.negators.match_at(tk.keys, i)
        if m is not None:
            {"privative": priv, "postposed": post}.get(m[1], neg).append(i)
    return neg, priv, post


def test_key_info_gates_find_every_match(sample_texts):
    """The per-key gates skip tokens only where no lexicon entry can match."""
    from bias.text import normalize

    lex = default_lexicons()
    for text in sample_texts.values():
        tk = TokenTable(normalize(text).text)
        mk = _Markers(tk, lex)
        assert mk.cues == _cues_by_matching_every_token(tk, lex)
        assert (mk.neg, mk.priv, mk.post) == _negators_by_matching_every_token(tk, lex)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            "के की से को का पर और नहीं न बहुत चिंता गहरी चिंता खतरा समर्थन पूर्ण समर्थन बिना के बिना कोई बात नहीं , ।".split()
        ),
        max_size=25,
    )
)
def test_key_info_gates_on_random_token_strings(words):
    lex = default_lexicons()
    tk = TokenTable(" ".join(words))
    mk = _Markers(tk, lex)
    assert mk.cues == _cues_by_matching_every_token(tk, lex)
    assert (mk.neg, mk.priv, mk.post) == _negators_by_matching_every_token(tk, lex)


def _match_by_definition(matcher, seq, i, keys=None):
    """The longest entry whose tokens equal seq[i:i+L], where (with ``keys``) a
    bare word of the text only matches a bare entry word; ties keep the entry order."""
    best = None
    for toks, bare, value in matcher._index.get(seq[i], ()):
        L = len(toks)
        if tuple(seq[i : i + L]) != toks:
            continue
        if keys is not None and any(not bare[j] and keys[i + j] == seq[i + j] for j in range(L)):
            continue
        if best is None or L > best[0]:
            best = (L, value)
    return best


def _lexicons_and_tokens(words):
    return default_lexicons(), default_attributor(), TokenTable(" ".join(words))


_WORDS = "के की से को का पर और नहीं न बहुत चिंता चिंताओं गहरी गहरा खतरा समर्थन पूर्ण नेता ने सेना कोई बात बिना उपलब्ध उपलब्धि , ।".split()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=20))
def test_match_at_is_the_longest_entry(words):
    lex, att, tk = _lexicons_and_tokens(words)
    for matcher in (lex.praise, lex.concern, lex.sentiment, lex.resolvers, att.source_matcher):
        for i in range(len(tk.keys)):
            assert matcher.match_at(tk.stems, i, tk.keys) == _match_by_definition(
                matcher, tk.stems, i, tk.keys
            )
            assert matcher.match_at(tk.stems, i) == _match_by_definition(matcher, tk.stems, i)
    for matcher in (lex.negators, lex.contrast, lex.intensifiers, att.verbs):
        for i in range(len(tk.keys)):
            assert matcher.match_at(tk.keys, i) == _match_by_definition(matcher, tk.keys, i)


_INFLECTED_ENTRIES = [
    ("भारी उपलब्धि", "a"),
    ("उपलब्धि हासिल", "b"),
    ("बड़ी उपलब्धि हासिल की", "c"),
    ("भारी", "d"),
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from("भारी भार उपलब्ध उपलब्धि उपलब्धियों हासिल बड़ी बड़ की के ,".split()), max_size=12
    )
)
def test_match_at_keeps_bare_words_off_inflected_entry_words(words):
    # multiword entries whose words the stemmer shortens: a bare word of the text
    # (उपलब्ध, "available") must not match उपलब्धि ("achievement") inside them
    from bias.lexicon import PhraseMatcher

    matcher = PhraseMatcher(_INFLECTED_ENTRIES, stemmed=True)
    tk = TokenTable(" ".join(words))
    for i in range(len(tk.keys)):
        assert matcher.match_at(tk.stems, i, tk.keys) == _match_by_definition(
            matcher, tk.stems, i, tk.keys
        )
        assert matcher.match_at(tk.stems, i) == _match_by_definition(matcher, tk.stems, i)


def test_match_at_inflected_entry_examples():
    from bias.lexicon import PhraseMatcher

    matcher = PhraseMatcher(_INFLECTED_ENTRIES, stemmed=True)
    for text, expected in (
        ("भारी उपलब्धि", (2, "a")),
        ("भारी उपलब्धियों", (2, "a")),
        ("भारी उपलब्ध", (1, "d")),
        ("बड़ी उपलब्धि हासिल की", (4, "c")),
    ):
        tk = TokenTable(text)
        assert matcher.match_at(tk.stems, 0, tk.keys) == expected, text


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=20))
def test_find_all_is_match_at_everywhere(words):
    lex, att, tk = _lexicons_and_tokens(words)
    for matcher in (lex.praise, lex.concern, lex.sentiment, lex.resolvers, att.source_matcher):
        for keys in (tk.keys, None):
            found = {
                i: m
                for i in range(len(tk.keys))
                if (m := matcher.match_at(tk.stems, i, keys)) is not None
            }
            assert matcher.find_all(tk.stems, keys) == found
    for matcher in (lex.negators, lex.contrast, att.verbs):
        found = {
            i: m for i in range(len(tk.keys)) if (m := matcher.match_at(tk.keys, i)) is not None
        }
        assert matcher.find_all(tk.keys) == found


def _scan_by_definition(att, tk: TokenTable):
    return (
        [i for i, k in enumerate(tk.keys) if k in att._mention_triggers],
        [i for i, k in enumerate(tk.keys) if k in att._reported_triggers],
        att.source_matcher.find_all(tk.stems, tk.keys),
        att.known_matcher.find_all(tk.stems, tk.keys),
    )


def _scan(att, tk: TokenTable):
    mention, reported = att._scan(tk)
    return mention, reported, tk.matches(att.source_matcher), tk.matches(att.known_matcher)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            _WORDS + "कहा बताया के अनुसार उन्होंने मंत्री प्रधानमंत्री नरेंद्र मोदी पुलिस सूत्रों".split()
        ),
        max_size=20,
    )
)
def test_attributor_scan_is_one_pass_of_the_plain_searches(words):
    _, att, tk = _lexicons_and_tokens(words)
    assert _scan(att, tk) == _scan_by_definition(att, tk)


def test_attributor_scan_on_the_samples(sample_texts):
    from bias.text import normalize

    att = default_attributor()
    for text in sample_texts.values():
        tk = TokenTable(normalize(text).text)
        assert _scan(att, tk) == _scan_by_definition(att, tk)


def _stem_by_definition(key: str) -> str:
    from bias.lexicon import _SUFFIXES

    for suf in _SUFFIXES:  # longest first
        if key.endswith(suf) and len(key) - len(suf) >= 2:
            return key[: -len(suf)]
    return key


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ोेूुीिाकरएईनतंँॉयगीआबx")), max_size=9))
def test_stem_strips_the_longest_suffix(key):
    from bias.lexicon import stem

    assert stem(key) == _stem_by_definition(key)


@settings(max_examples=1000, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(
            _CHARS
            + list(
                "\u093c\u094d\u0928\u0930\u0933\u0915\u0951\u0952\u0953\u0954\u0958\u0929\u0931\u0934\u00e9e\u0301\u0300"
            )
        ),
        max_size=30,
    )
)
def test_no_suspect_is_the_suspect_search(text):
    from bias.text import _NFC_SUSPECT, _no_suspect

    # a sound shortcut: when it answers True, the pattern cannot match (and the text is NFC)
    if _no_suspect(text):
        assert _NFC_SUSPECT.search(text) is None
    else:
        assert _NFC_SUSPECT.search(text) is not None or any(
            c in text for c in "\u0951\u0952\u0953\u0954"
        )


def test_nfc_suspect_finds_every_non_nfc_pair():
    """Every character outside _NFC_SUSPECT is NFC alone, and every pair of them that
    NFC would change is matched: so a text with no match is NFC."""
    import unicodedata

    from bias.text import _NFC_SUSPECT, _NFC_UNSAFE_CHAR

    safe = [chr(c) for c in range(0x3000) if _NFC_UNSAFE_CHAR.match(chr(c)) is None] + ["\ufeff"]
    assert all(unicodedata.is_normalized("NFC", c) for c in safe)
    missed = [
        a + b
        for a in safe
        for b in safe
        if _NFC_SUSPECT.search(a + b) is None and not unicodedata.is_normalized("NFC", a + b)
    ]
    assert missed == []


_SPEECH_BY_PATTERN = re.compile(
    r"[।?!]|(?:^|\s)(?:मैं|मैंने|हम|हमने|हमारा|हमारी|हमारे|मेरा|मेरी|मेरे|आप|हमें|मुझे)(?:\s|$)"
)


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            "मैं मैंने हम हमने आप मुझे हमेशा आपका मैंनेजर , । ? ! - “ ”".split() + [" ", "\n", "\t", "\u2003"]
        ),
        max_size=12,
    )
)
def test_speech_signs_match_the_pattern(parts):
    from bias.quotes import _SPEECH_END, _SPEECH_WORDS

    content = "".join(parts)
    fast = _SPEECH_END.search(content) is not None or not _SPEECH_WORDS.isdisjoint(content.split())
    assert fast == bool(_SPEECH_BY_PATTERN.search(content))


@settings(max_examples=500, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("कखग ।\n\t\r\u00a0\u2009\u3000\x0b\x1c\u0085“a\ud800😀")),
        max_size=40,
    ),
    st.data(),
)
def test_marked_voice_counts_the_characters_that_are_not_white_space(text, data):
    from bias.framing import _with_spaces

    voice = bytearray(
        data.draw(st.lists(st.integers(0, 2), min_size=len(text), max_size=len(text)))
    )
    marked = _with_spaces(text, voice)
    assert len(marked) == len(text)
    a = data.draw(st.integers(0, len(text)))
    b = data.draw(st.integers(a, len(text)))
    for code in (0, 1, 2):
        assert marked.count(code, a, b) == sum(
            1 for i in range(a, b) if voice[i] == code and not text[i].isspace()
        )
        assert marked.count(code + 4, a, b) == sum(
            1 for i in range(a, b) if voice[i] == code and text[i].isspace()
        )


def test_space_bits_are_every_white_space():
    from bias.framing import _space_bits, _with_spaces

    bits = _space_bits()
    assert {c for c in range(len(bits)) if bits[c]} == {
        c for c in range(0x110000) if chr(c).isspace()
    }
    assert bits[-1] == 0  # (the code points above U+3001 are looked up there)
    every = "".join(map(chr, range(0xD800))) + "".join(map(chr, range(0xE000, 0x110000)))
    marked = _with_spaces(every, bytearray(len(every)))
    assert [i for i, m in enumerate(marked) if m] == [i for i, c in enumerate(every) if c.isspace()]


@settings(max_examples=400, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(
            list("कखग ।\u0958\u0959\u093c\u0915\u200d\u00a0\u2013\u2026|क़ \u0928\u093c\u0929")
        ),
        max_size=25,
    )
)
def test_span_mapper_is_raw_span(text):
    from bias.text import normalize

    norm = normalize(text)
    fast = norm._span_mapper()
    n = len(norm.text)
    for a in range(n + 1):
        for b in range(a, n + 1):
            assert fast(a, b) == norm.raw_span(a, b)


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(
            list("कखग ।\u0958\u0959\u093c\u0915\u200d\u00a0\u2013\u2026|क़ \u0928\u093c\u0929")
        ),
        min_size=1,
        max_size=40,
    ),
    st.data(),
)
def test_raw_span_lists_are_raw_span(text, data):
    # analyze maps the spans of all sentences and cues in one call: one by one for a
    # few, with numpy for many (80 or more)
    from bias.text import normalize

    norm = normalize(text)
    n = len(norm.text)
    spans = data.draw(
        st.lists(st.tuples(st.integers(0, n), st.integers(0, n)).map(sorted), max_size=120)
    )
    starts, ends = [a for a, _ in spans], [b for _, b in spans]
    assert norm._raw_span_lists(starts, ends) == (
        [norm.raw_span(a, b)[0] for a, b in spans],
        [norm.raw_span(a, b)[1] for a, b in spans],
    )


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["praise", "concern", "sentiment"]), st.floats(-4, 4), st.booleans()
        ),
        max_size=8,
    )
)
def test_sums_read_the_hit_fields(rows):
    from bias.framing import SENTIMENT_TO_FRAME, Hit, _sums

    hits = [Hit("x", 0, 1, lexicon, w, 0, 1, framing) for lexicon, w, framing in rows]
    p = sum(h.weight for h in hits if h.lexicon == "praise") + sum(
        SENTIMENT_TO_FRAME * h.weight
        for h in hits
        if h.lexicon == "sentiment" and h.framing and h.weight > 0
    )
    c = sum(h.weight for h in hits if h.lexicon == "concern") - sum(
        SENTIMENT_TO_FRAME * h.weight
        for h in hits
        if h.lexicon == "sentiment" and h.framing and h.weight <= 0
    )
    s = sum(h.weight for h in hits if h.lexicon == "sentiment")
    got = _sums(hits)
    assert got == pytest.approx((max(p, 0.0), max(c, 0.0), s))


def _nfc_edits_word_by_word(text: str) -> list[tuple[int, int, str]]:
    """The NFC edits as first written: every word holding a suspect character
    is cut into chunks at its starters, and every chunk that NFC changes is an edit."""
    import unicodedata

    from bias.text import _NFC_SUSPECT, _second_of_composite

    if unicodedata.is_normalized("NFC", text):
        return []
    seconds = _second_of_composite()
    edits = []
    done = 0
    for m in _NFC_SUSPECT.finditer(text):
        pos = m.start()
        if pos < done:
            continue
        base = pos
        while base > done and not text[base - 1].isspace():
            base -= 1
        wm = re.compile(r"\S+").match(text, pos)
        end = wm.end() if wm else pos + 1
        done = end
        word = text[base:end]
        start = 0
        for i in range(1, len(word) + 1):
            if i < len(word) and (unicodedata.combining(word[i]) or word[i] in seconds):
                continue
            out = unicodedata.normalize("NFC", word[start:i])
            if out != word[start:i]:
                edits.append((base + start, base + i, out))
            start = i
    return edits


_NFC_ALPHABET = list(
    "कनरळ \u093c\u094d\u0951\u0952\u0953\u0954\u093f\u0958\u0959\u095e\u0929\u0931\u0934\u00e9e\u0301\u0300\u0323\u1100\u1161\u11a8\u0041\u030a\u212b\u2126\n\t"
)


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet=st.sampled_from(_NFC_ALPHABET), max_size=30))
def test_nfc_edits_are_the_word_by_word_edits(text):
    import unicodedata

    from bias.text import _nfc_edits, _rewrite

    edits = _nfc_edits(text)
    assert edits == _nfc_edits_word_by_word(text)
    assert _rewrite(text, edits)[0] == unicodedata.normalize("NFC", text)


def test_token_rows_give_keys_stems_kinds_and_the_owners_columns(sample_texts):
    # the rows against their definitions: token_key, stem, the kind of the token
    # spans, and the owners' _key_info called on every key (the rows skip the call
    # outside each owner's gate, which must not change a column)
    from bias.article import _token_rows
    from bias.lexicon import _LONG_TEXT, stem, token_key
    from bias.text import _token_spans, normalize

    lex, att = default_lexicons(), default_attributor()
    long_text = "\n\n".join(
        sample_texts.values()
    )  # (a long text: the rows are transposed by slicing)
    assert len(_token_spans(normalize(long_text).text)) >= _LONG_TEXT
    for text in [*sample_texts.values(), long_text, "", "  \n ", "a", "ज़रूर हाँ ABC ने कहा, ‘सभी’"]:
        t = normalize(text).text
        spans = _token_spans(t)
        keys = [token_key(t[a:b]) for a, b, _ in spans]
        plain, fast = TokenTable(t), TokenTable(t, rows=_token_rows(att, lex))
        for table in (plain, fast):
            assert list(table.keys) == keys
            assert list(table.stems) == [stem(k) for k in keys]
            assert list(table.kinds) == [kind for _, _, kind in spans]
            assert (table.starts, table.ends) == (
                [a for a, _, _ in spans],
                [b for _, b, _ in spans],
            )
        assert list(fast.columns[lex]) == [lex._key_info(k) for k in keys]
        assert list(fast.columns[att]) == [att._key_info(k) for k in keys]
        # an owner given without a gate is asked about every new token
        asked = []
        ungated = TokenTable(
            t, rows=TokenRows([("len", lambda key, key_stem: asked.append(key) or len(key))])
        )
        assert list(ungated.columns["len"]) == [len(k) for k in keys]
        assert len(asked) == len({t[a:b] for a, b, _ in spans}) and set(asked) == set(
            keys
        )  # once per distinct token


def test_instruction_bench_counts_the_steps_of_analyze(sample_texts):
    # scripts/bench_instructions.py --stages counts analyze step by step: its steps must stay analyze's
    import importlib.util
    from pathlib import Path

    from bias import analyze

    path = Path(__file__).resolve().parent.parent / "scripts" / "bench_instructions.py"
    spec = importlib.util.spec_from_file_location("bench_instructions", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    for text in sample_texts.values():
        want = [
            (s.voice, s.frame, s.frame_scores, s.sentiment, s.sentiment_score)
            for s in analyze(text).sentences
        ]
        for stage in (None, *mod.STAGES):
            got = [
                (sc.voice, sc.frame, sc.frame_scores, sc.sentiment, sc.sentiment_score)
                for sc in mod._steps(text, stage)
            ]
            assert got == want


def _totals_by_definition(text, segs, voice, scored):
    """The per-voice totals of score_segments, piece by piece: a segment of one
    voice is one piece with the segment's own scores; otherwise every maximal
    run of one voice is a piece, framed by the hits that start in it."""
    from bias.framing import _VOICE_NAMES, _piece_label, new_totals

    ref = new_totals()
    for (a, b, kind), sc in zip(segs, scored):
        if kind == "credit" or a == b:
            continue
        if all(voice[i] == voice[a] for i in range(a, b)):
            nchars = sum(1 for ch in text[a:b] if not ch.isspace())
            acc = ref[_VOICE_NAMES[voice[a]]]
            acc[0] += nchars
            acc[2][sc.frame] += nchars
            acc[1] += sc.sentiment_score * nchars
            continue
        i = a
        while i < b:
            j = i
            while j < b and voice[j] == voice[i]:
                j += 1
            nchars = sum(1 for ch in text[i:j] if not ch.isspace())
            piece_hits = [h for h in sc.hits if i <= h.start < j]
            acc = ref[_VOICE_NAMES[voice[i]]]
            acc[0] += nchars
            if piece_hits:
                frame, score = _piece_label(piece_hits)
                acc[2][frame] += nchars
                acc[1] += score * nchars
            else:
                acc[2]["neutral"] += nchars
            i = j
    return ref


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_voice_totals_are_the_piece_by_piece_totals(sample_texts, data):
    from bias.framing import new_totals, score_segments
    from bias.marks import pair_quotes
    from bias.text import _segment_normalized, normalize

    raw = data.draw(st.sampled_from(sorted(sample_texts.values())))
    norm = normalize(raw.replace(" ", data.draw(st.sampled_from([" ", " ", "\u00a0", "\t"])), 3))
    text = norm.text
    segs = _segment_normalized(norm, pair_quotes(text))
    # a random voice map made of runs
    voice = bytearray(len(text))
    for _ in range(data.draw(st.integers(0, 30))):
        a = data.draw(st.integers(0, len(text)))
        b = data.draw(st.integers(a, min(len(text), a + 80)))
        voice[a:b] = bytes([data.draw(st.integers(0, 2))]) * (b - a)
    totals = new_totals()
    scored = score_segments(text, TokenTable(text), segs, voice, default_lexicons(), totals)
    assert totals == _totals_by_definition(text, segs, voice, scored)


def test_key_infos_do_not_depend_on_which_inflection_came_first(sample_texts):
    # the per-key infos are memoised by (first token, bare key) and, for the framing
    # lexicons, by (key if an unstemmed lexicon starts with it, stem if a stemmed one
    # does, bare key): every key must get what a fresh instance gives it, whatever
    # keys with the same memo entry were asked before
    import random

    from bias.framing import _INFO_ORDER, FramingLexicons, _Gate
    from bias.lexicon import Multi, stem, token_key
    from bias.quotes import Attributor
    from bias.text import _token_spans, normalize

    keys = set()
    for text in sample_texts.values():
        t = normalize(text).text
        keys.update(token_key(t[a:b]) for a, b, _ in _token_spans(t))
    lex = FramingLexicons.load()
    for matcher in (
        lex.praise,
        lex.concern,
        lex.sentiment,
        lex.negators,
        lex.contrast,
        lex.resolvers,
    ):
        for first in list(matcher.firsts)[:400]:
            # the entry word, bare and inflected, and its stem
            keys.update({first, first + "ों", first + "ाओं", first + "ी", stem(first)})
    keys = sorted(keys)
    answers = []
    for order in (keys, keys[::-1], random.Random(7).sample(keys, len(keys))):
        fresh_lex, fresh_att = FramingLexicons.load(), Attributor()
        got = {k: (fresh_lex._key_info(k), fresh_att._key_info(k)) for k in order}
        answers.append([got[k] for k in keys])
    assert answers[0] == answers[1] == answers[2]
    # and the memos' answers (worked out when the lexicons were built) are the ones
    # worked out for that very key
    matchers = [getattr(lex, name) for name in _INFO_ORDER]
    n_gates = 0
    for k in keys:
        k_stem = stem(k)
        per_key = tuple(
            m._info(k_stem if m.stemmed else k, m.stemmed and k == k_stem)
            if (k_stem if m.stemmed else k) in m.firsts
            else None
            for m in matchers
        )
        info = lex._key_info(k)
        if per_key.count(None) == len(per_key):
            assert info is None
        elif any(x is not None and (type(x) is not Multi or x.single is not None) for x in per_key):
            assert info == per_key
        else:
            # only multiword entries start at k: a gate with the stems that can come next
            assert type(info) is _Gate and info.entries == per_key
            # (an unstemmed lexicon's next keys are compared with the next token's stem)
            assert info.stems == {
                second if m.stemmed else stem(second)
                for m, x in zip(matchers, per_key)
                if x is not None
                for second in x.seconds
            }
            n_gates += 1
        for matcher in matchers + [fresh_att.source_matcher, fresh_att.known_matcher]:
            first = k_stem if matcher.stemmed else k
            if first in matcher.firsts:
                assert matcher.info(k) == matcher._info(first, matcher.stemmed and k == first)
    assert n_gates  # (the gate branch was exercised)


_PLAIN_CHARS = (
    [chr(c) for c in range(0x20, 0x7F)]
    + [chr(c) for c in range(0x0900, 0x0980)]
    + [chr(c) for c in range(0x2002, 0x2040)]
    + list("\n\t\xa0")
)


@settings(max_examples=500, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(_PLAIN_CHARS), max_size=40),
    st.sampled_from(["canonical", "precomposed", "remove"]),
)
def test_a_plain_text_normalises_to_the_usual_case_of_the_script_shares(text, nukta):
    # normalize() scans the raw text once for _NOT_PLAIN; a plain text skips the
    # NFC character scan, the change table's scan and the script shares' own scan
    # of the normalised text
    import unicodedata

    from bias.article import _UNCOMMON
    from bias.text import (
        _NFC_SUSPECT,
        _NOT_PLAIN,
        _change_table,
        _nfc_edits,
        _no_suspect,
        _plain_changes,
        normalize,
    )

    assert _NOT_PLAIN.search(text) is None
    norm = normalize(text, nukta=nukta)
    assert norm._plain
    assert _UNCOMMON.search(norm.text) is None
    assert (
        _script_share(norm.text, plain=True)
        == _script_share(norm.text)
        == _share_by_definition(norm.text)
    )
    assert _nfc_edits(text, plain=True) == _nfc_edits(text)
    if _no_suspect(text, plain=True):
        assert _NFC_SUSPECT.search(text) is None
    # the character rules: the plain path's few tests find a character of the table
    # in the NFC text exactly when the table's pattern does
    pat = _change_table(nukta == "remove")[1]
    nfc = unicodedata.normalize("NFC", text)
    assert any(map(nfc.__contains__, _plain_changes(nukta == "remove"))) == (
        pat.search(nfc) is not None
    )


def test_plain_is_what_the_scan_says():
    from bias.text import normalize

    assert normalize("राम ने कहा, “ठीक है।”")._plain
    assert normalize("\u0958ानून रा\u00a0म")._plain  # (NFC and the character rules change both)
    for text in ("caf\u00e9", "\u2000", "रा\u00adम", "\U0001f600", "\ufeffराम"):
        assert not normalize(text)._plain


_TIES = [k / 10000 + d for k in range(-3, 4) for d in (0.0, 5e-5, -5e-5, 4.999999e-5, 5.000001e-5)]


@settings(max_examples=3000, deadline=None)
@given(
    st.one_of(
        st.floats(allow_nan=True, allow_infinity=True),
        st.floats(-2.0, 2.0),
        st.sampled_from(_TIES),
        st.integers(-(10**6), 10**6).map(lambda k: k / 10000),
    )
)
def test_round4_is_round(x):
    # the fast path must give round(x, 4) bit for bit: the value, the sign of a zero, the type
    from bias.framing import _round4

    got, want = _round4(x), round(x, 4)
    if want != want:  # nan
        assert got != got
    else:
        assert (got, math.copysign(1.0, got), type(got)) == (
            want,
            math.copysign(1.0, want),
            type(want),
        )


def test_round4_edges():
    from bias.framing import _round4

    for x in (
        0,
        0.0,
        -0.0,
        1.0,
        -1.0,
        5e-05,
        -5e-05,
        0.00015,
        0.00025,
        1e-300,
        -1e-300,
        1e9,
        1e300,
        float("inf"),
        -float("inf"),
    ):
        assert repr(_round4(x)) == repr(round(x, 4)), x


def _frame_vocabulary() -> list[str]:
    """Words and phrases that make frame cues touch: lexicon terms (one and several
    words), genitives between them, negators, intensifiers and breaks."""
    from bias.lexicon import load_table

    words = ["के", "की", "का", "और", "नहीं", "बहुत", "लोग", "।", ",", "लेकिन", "सरकार"]
    for name in ("praise", "concern", "sentiment"):
        rows = load_table(name).rows
        words.extend(r[0] for r in rows[:: max(1, len(rows) // 40)])
    return words


_FRAME_WORDS = _frame_vocabulary()


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_FRAME_WORDS), min_size=1, max_size=40))
def test_segment_hits_are_sorted_and_merged(words):
    # _segment_hits sorts and merges only the segments where frame cues touch; every
    # other segment must already be what sorting by (start, lexicon) and merging give
    from bias.framing import _HIT_ORDER, _merge_runs, _segment_hits
    from bias.text import _segment_normalized, normalize

    norm = normalize(" ".join(words))
    text = norm.text
    tk = TokenTable(
        text,
        rows=TokenRows(
            [(default_lexicons(), default_lexicons()._key_info, *default_lexicons()._row_gate)]
        ),
    )
    seg_tok = tk.ranges(_segment_normalized(norm))
    for hits in _segment_hits(text, tk, _Markers(tk, default_lexicons()), seg_tok):
        assert hits == _merge_runs(sorted(hits, key=_HIT_ORDER), tk.keys)


def test_touching_frame_cues_are_merged():
    import bias

    art = bias.analyze("कोरोना वायरस के संक्रमण से लोग परेशान हैं।")
    concern = [c.term for c in art.sentences[0].cues if c.lexicon == "concern"]
    # the noun phrase counts once; its genitive is not part of the term
    assert concern == ["कोरोना वायरस संक्रमण", "परेशान"]


@settings(max_examples=500, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("कखजडफ\u093c\u0958\u095b\u0901\u0902हाँंिABcdÉéΣ-")),
        min_size=1,
        max_size=12,
    )
)
def test_token_key_is_term_key_of_a_normalised_token(token):
    # the fast key of a normalised token is the key lexicon terms get
    from bias.lexicon import term_key, token_key
    from bias.text import normalize

    assert token_key(normalize(token).text) == term_key(token)

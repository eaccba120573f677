from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bias.errors import EncodingError, InputError, InputFileNotFound
from bias.text import Segment, normalize, read_text, segment, tokenize

# --------------------------------------------------------------------------- normalize


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("“हम साथ हैं”", "“हम साथ हैं”"),  # curly double quotes keep their direction
        ("‘जल जीवन मिशन’", "‘जल जीवन मिशन’"),  # curly single quotes too
        ("नोट: यह जरूरी है", "नोट: यह जरूरी है"),  # ':' after a letter is not visarga
        ("अतः", "अतः"),  # a real visarga stays
        ("एक\u00a0दो", "एक दो"),  # NBSP → space
        ("क्\u200dष", "क्ष"),  # ZWJ removed
        ("क्\u200cष", "क्ष"),  # ZWNJ removed
        ("\ufeffनमस्ते", "नमस्ते"),  # BOM removed
        ("सम\u00adझौता", "समझौता"),  # soft hyphen removed
        ("खत्म|", "खत्म।"),  # pipe used as danda
        ("दो—तीन", "दो - तीन"),  # indic-nlp's dash rule
        ("कि\u093c", "कि\u093c"),  # stray nukta after a vowel sign is left alone
        ("", ""),
    ],
)
def test_normalize_table(raw, expected):
    assert normalize(raw).text == expected


@pytest.mark.parametrize(
    "raw, mode, expected",
    [
        ("\u095b\u0930\u0942\u0930", "canonical", "\u091c\u093c\u0930\u0942\u0930"),
        ("\u091c\u093c\u0930\u0942\u0930", "canonical", "\u091c\u093c\u0930\u0942\u0930"),
        ("\u091c\u093c\u0930\u0942\u0930", "precomposed", "\u095b\u0930\u0942\u0930"),
        ("\u095b\u0930\u0942\u0930", "remove", "\u091c\u0930\u0942\u0930"),
        ("\u0921\u093c", "precomposed", "\u095c"),
        ("\u0928\u093c", "canonical", "\u0929"),  # NFC composes ऩ itself
    ],
)
def test_nukta_modes(raw, mode, expected):
    n = normalize(raw, nukta=mode)
    assert n.text == expected
    assert n.raw_span(0, len(n.text)) == (0, len(raw))


def test_nukta_mode_is_validated():
    with pytest.raises(
        InputError,
        match=r"`nukta` value = 'drop' is invalid; "
        r"value must be one of \['canonical', 'precomposed', 'remove'\]",
    ):
        normalize("क", nukta="drop")


@pytest.mark.parametrize("bad", [b"\xe0\xa4\x95", None, 3, ["क"]])
def test_non_str_is_type_error(bad):
    with pytest.raises(TypeError, match=type(bad).__name__):
        normalize(bad)


def test_bytes_error_says_decode():
    with pytest.raises(TypeError, match="decode it first"):
        segment(b"abc")


def test_raw_span_maps_through_deletions_and_expansions():
    raw = "क\u200dम\u00a0—\u0958र"
    n = normalize(raw)
    assert n.text == "कम  - \u0915\u093cर"
    # every character of the output maps into raw and round-trips
    for i in range(len(n.text)):
        a, b = n.raw_span(i, i + 1)
        assert 0 <= a < b <= len(raw)
    # the nukta letter expanded to two chars maps back to the one raw char
    k = n.text.rindex("\u0915")
    assert n.raw_span(k, k + 2) == (5, 6)
    assert n.raw_span(k, k + 1) == (5, 6)
    # the ZWJ is not part of either neighbour's span
    assert n.raw_span(0, 1) == (0, 1)
    assert n.raw_span(1, 2) == (2, 3)
    # NBSP and the dash next to it map separately
    assert n.raw_span(2, 3) == (3, 4)
    assert n.raw_span(3, 6) == (4, 5)


def test_raw_span_rejects_out_of_range():
    with pytest.raises(InputError, match="not inside"):
        normalize("क").raw_span(0, 5)


devanagari = st.sampled_from(list("कखगघचजटडतदनपबमयरलवशसह") + list("ािीुूेैोौंँः़्") + ["\u095b", "\u0958"])
noise = st.sampled_from(
    [
        "\u200d",
        "\u200c",
        "\u00a0",
        "\u00ad",
        "\ufeff",
        "—",
        "…",
        "|",
        ":",
        "“",
        "”",
        "'",
        '"',
        " ",
        "\n",
        "।",
        ".",
    ]
)
hindiish = st.text(alphabet=st.one_of(devanagari, noise, st.characters(codec="utf-8")), max_size=80)


@settings(max_examples=300, deadline=None)
@given(hindiish, st.data())
def test_raw_span_always_ordered_and_inside(raw, data):
    for mode in ("canonical", "precomposed", "remove"):
        n = normalize(raw, nukta=mode)
        a = data.draw(st.integers(0, len(n.text)))
        b = data.draw(st.integers(a, len(n.text)))
        ra, rb = n.raw_span(a, b)
        assert 0 <= ra <= rb <= len(raw)


@settings(max_examples=300, deadline=None)
@given(hindiish)
def test_normalize_is_idempotent(raw):
    once = normalize(raw).text
    assert normalize(once).text == once


# --------------------------------------------------------------------------- tokens


def test_tokens_round_trip_on_raw():
    raw = "डॉ.\u00a0ओ'ब्रायन ने कहा, “3.5 प्रतिशत क़र्ज़ घटा।”"
    toks = tokenize(raw)
    words = [t.text for t in toks]
    assert "ओ'ब्रायन" in words  # apostrophe inside a name is not a quote
    assert "3.5" in words
    for t in toks:
        assert normalize(raw[t.start : t.end]).text == t.text


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("भारत-पाक वार्ता", ["भारत", "-", "पाक", "वार्ता"]),
        ("10:30 बजे", ["10:30", "बजे"]),
        ("“नहीं!”", ["“", "नहीं", "!", "”"]),
        ("किसानों।", ["किसानों", "।"]),
    ],
)
def test_tokenize_table(raw, expected):
    assert [t.text for t in tokenize(raw)] == expected


# --------------------------------------------------------------------------- segments


def _units(raw):
    return [(raw[s.start : s.end], s.kind) for s in segment(raw)]


@pytest.mark.parametrize(
    "raw, expected",
    [
        # closing quote after the danda belongs to the sentence it closes
        (
            "उन्होंने कहा, “हम तैयार हैं।” फिर वे चले गए।",
            [("उन्होंने कहा, “हम तैयार हैं।”", "sentence"), ("फिर वे चले गए।", "sentence")],
        ),
        # never cut inside a quotation, even with several sentences in it
        (
            "मंत्री ने कहा, “काम पूरा हुआ। अब आगे बढ़ेंगे!” सभा खत्म हुई।",
            [("मंत्री ने कहा, “काम पूरा हुआ। अब आगे बढ़ेंगे!”", "sentence"), ("सभा खत्म हुई।", "sentence")],
        ),
        # BBC style full stops, also without a space
        (
            "वह जीत गए थे.लेकिन टीम हार गई. अब क्या होगा?",
            [
                ("वह जीत गए थे.", "sentence"),
                ("लेकिन टीम हार गई.", "sentence"),
                ("अब क्या होगा?", "sentence"),
            ],
        ),
        # abbreviations, initials, decimals, times do not end sentences
        (
            "डॉ. शर्मा और प्रो. वर्मा आए. दर 3.5 प्रतिशत रही.",
            [("डॉ. शर्मा और प्रो. वर्मा आए.", "sentence"), ("दर 3.5 प्रतिशत रही.", "sentence")],
        ),
        ("ए.पी.जे. अब्दुल कलाम 10.30 बजे पहुंचे.", [("ए.पी.जे. अब्दुल कलाम 10.30 बजे पहुंचे.", "sentence")]),
        ("श्री. राम 1947 ई. में जन्मे.", [("श्री. राम 1947 ई. में जन्मे.", "sentence")]),
        ("वह घर आई. फिर सो गई.", [("वह घर आई.", "sentence"), ("फिर सो गई.", "sentence")]),
        (
            "खेल खत्म हुआ था. पी. टी. उषा आईं.",
            [("खेल खत्म हुआ था.", "sentence"), ("पी. टी. उषा आईं.", "sentence")],
        ),
        # URLs and e-mail addresses
        (
            "रिपोर्ट https://example.gov.in/report.pdf पर है. संपर्क info@example.org पर करें.",
            [
                ("रिपोर्ट https://example.gov.in/report.pdf पर है.", "sentence"),
                ("संपर्क info@example.org पर करें.", "sentence"),
            ],
        ),
        # headline, subheading and credit lines
        (
            "बाढ़ से तबाही\nनदी उफान पर है। लोग परेशान हैं।\nराहत कार्य जारी\n(एजेंसी इनपुट्स के साथ)",
            [
                ("बाढ़ से तबाही", "headline"),
                ("नदी उफान पर है।", "sentence"),
                ("लोग परेशान हैं।", "sentence"),
                ("राहत कार्य जारी", "headline"),
                ("(एजेंसी इनपुट्स के साथ)", "credit"),
            ],
        ),
        (
            "खबर यहां है।\n- संवाददाता, पटना",
            [("खबर यहां है।", "sentence"), ("- संवाददाता, पटना", "credit")],
        ),
        # a quotation over two paragraphs with the mark reopened stays one unit
        (
            "उन्होंने कहा, “पहली बात।\n“दूसरी बात।” बस।",
            [("उन्होंने कहा, “पहली बात।\n“दूसरी बात।”", "sentence"), ("बस।", "sentence")],
        ),
        # unbalanced mark: closed at the paragraph end, never a crash
        (
            "उसने कहा “यह गलत है। सब जानते हैं।\nअगला पैरा।",
            [("उसने कहा “यह गलत है। सब जानते हैं।", "sentence"), ("अगला पैरा।", "sentence")],
        ),
        # danda with spaces before it (a corpus artefact)
        (
            "मौत हो गई है  । जांच जारी  ।",
            [("मौत हो गई है  ।", "sentence"), ("जांच जारी  ।", "sentence")],
        ),
        ("", []),
        ("   \n\t ", []),
    ],
)
def test_segment_table(raw, expected):
    assert _units(raw) == expected


def test_segment_offsets_are_raw_after_normalisation():
    raw = "\ufeffज़रूरी\u200d ख़बर\n“यह\u00a0सच है।” उन्होंने कहा।"
    segs = segment(raw)
    assert [s.kind for s in segs] == ["headline", "sentence", "sentence"]
    assert raw[segs[0].start : segs[0].end] == "ज़रूरी\u200d ख़बर"
    assert raw[segs[1].start : segs[1].end] == "“यह\u00a0सच है।”"
    assert raw[segs[2].start : segs[2].end] == "उन्होंने कहा।"


def test_segment_seed_article(seed_article):
    segs = segment(seed_article)
    kinds = [s.kind for s in segs]
    assert kinds.count("sentence") == 14
    assert kinds.count("headline") == 1
    assert kinds.count("credit") == 1
    from bias.text import pair_quotes

    spans = pair_quotes(seed_article).spans
    assert len(spans) == 8
    for q in spans:  # no quotation is cut by a segment boundary
        assert any(s.start <= q.open and q.close < s.end for s in segs)


def test_samples_segments_and_tokens_round_trip(sample_texts, sample_gold):
    assert len(sample_texts) >= 5
    for name, raw in sample_texts.items():
        segs = segment(raw)
        assert segs == sorted(segs)
        gold = sample_gold[name]
        kinds = [s.kind for s in segs]
        assert kinds.count("headline") == gold["headlines"], name
        assert kinds.count("credit") == gold["credits"], name
        assert kinds.count("sentence") == gold["sentences"], name
        for s in segs:
            assert raw[s.start : s.end] == raw[s.start : s.end].strip()
        for t in tokenize(raw):
            assert normalize(raw[t.start : t.end]).text == t.text


# --------------------------------------------------------------------------- files


@pytest.mark.parametrize(
    "data",
    [
        "समाचार\n".encode("utf-8"),
        b"\xef\xbb\xbf" + "समाचार\n".encode("utf-8"),
        "\ufeffसमाचार\n".encode("utf-16-le").replace(b"", b"")[:0]
        + b"\xff\xfe"
        + "समाचार\n".encode("utf-16-le"),
        b"\xfe\xff" + "समाचार\n".encode("utf-16-be"),
    ],
)
def test_read_text_encodings(tmp_path, data):
    p = tmp_path / "a.txt"
    p.write_bytes(data)
    assert read_text(p) == "समाचार\n"


def test_read_text_invalid_utf8_reports_byte_offset(tmp_path):
    p = tmp_path / "bad.txt"
    p.write_bytes("ठीक\n".encode() + b"\xff\xfe\xfd")
    with pytest.raises(EncodingError, match=r"bad.txt: invalid UTF-8 at byte 10 \(line 2\)") as ei:
        read_text(p)
    assert ei.value.byte_offset == 10
    assert isinstance(ei.value, UnicodeError)


def test_read_text_missing_and_too_large(tmp_path):
    with pytest.raises(InputFileNotFound, match="no such file"):
        read_text(tmp_path / "nope.txt")
    p = tmp_path / "big.txt"
    p.write_text("क" * 100, encoding="utf-8")
    with pytest.raises(InputError, match="more than the limit of 10 bytes"):
        read_text(p, max_bytes=10)


def test_segment_namedtuple_is_plain():
    s = Segment(0, 3, "sentence")
    assert s._asdict() == {"start": 0, "end": 3, "kind": "sentence"}


@settings(max_examples=500, deadline=None)
@given(
    st.text(
        alphabet=st.one_of(
            devanagari,
            noise,
            st.sampled_from(["\u0951", "\u0952", "\u0300", "e", "\u094d", "\u093c", "\u0928"]),
            st.characters(),
        ),
        max_size=40,
    )
)
def test_fast_nfc_check_agrees_with_unicodedata(raw):
    import unicodedata

    from bias.text._scan import nfc_suspect_starts

    # no suspect means NFC (the converse need not hold)
    if not nfc_suspect_starts(raw):
        assert unicodedata.is_normalized("NFC", raw)
    assert normalize(raw).text == unicodedata.normalize("NFC", normalize(raw).text)

"""The HTML view (bias.html) as markup: marks, cues, legend, furniture, the embedded font.

How it renders in a real browser is tests/test_browser.py."""

from __future__ import annotations

import io
import re

import pytest

import bias
from bias.font import FONT_FAMILY, embedded_font
from bias.html import _cue_spans, render_html

PROMO = "(बीबीसी हिन्दी के एंड्रॉएड ऐप के लिए यहां क्लिक करें. आप हमें फ़ेसबुक पर फ़ॉलो कर सकते हैं.)"
TEXT = (
    "रक्षा मंत्री ने कहा, “हम इस समझौते का पूरा समर्थन करते हैं।” "
    "विपक्ष ने सरकार की कड़ी आलोचना की। "
    f"बाजार में भीड़ रही।\n{PROMO}\nमंत्री ने कहा कि हालात अच्छे हैं।"
)


@pytest.fixture(scope="module")
def article():
    return bias.analyze(TEXT)


@pytest.fixture(scope="module")
def page(article):
    return render_html(article, title="परीक्षण")


def test_every_sentence_ends_with_a_mark_of_its_frame_and_tone(article, page):
    marks = re.findall(
        r'class="mark" data-sentence="(\d+)" data-frame="(\w+)" '
        r'data-sentiment="(\w+)"',
        page,
    )
    expected = [
        (str(i), s.frame, s.sentiment)
        for i, s in enumerate(article.sentences)
        if s.kind in ("sentence", "headline")
    ]
    assert marks == expected
    assert {"praise", "concern"} <= {f for _, f, _ in marks}


def test_a_framed_sentence_always_has_its_cue_underlined(samples_and_text):
    for text in samples_and_text:
        art = bias.analyze(text)
        cues = _cue_spans(art)
        for s in art.sentences:
            if s.frame in ("praise", "concern") and s.frame_source == "lexicon":
                inside = [c for c in cues if s.start <= c[0] < s.end and c[2] == f"cue-{s.frame}"]
                assert inside, (s.frame, art.text[s.start : s.end])


@pytest.fixture(scope="module")
def samples_and_text(sample_texts):
    return [TEXT, *sample_texts.values()]


def test_sentiment_cues_are_shown_and_frame_cues_win_an_overlap():
    art = bias.analyze("यह बहुत अच्छा और सुंदर दिन है।")
    classes = {c[2] for c in _cue_spans(art)}
    assert "cue-positive" in classes
    spans = _cue_spans(bias.analyze("सरकार की कड़ी निंदा हुई।"))
    assert [c[2] for c in spans] == ["cue-concern"]  # निंदा is concern (and negative in tone)
    assert 'class="cue-positive"' in render_html(art, embed_font=False)


def test_legend_lists_speaker_entities_with_type_and_origin(article, page):
    direct = [q for q in article.quotes if q.kind == "direct"]
    ids = {e.id: e for e in article.entities}
    keys = {q.entity if q.entity in ids else "?" for q in direct}
    legend = dict(
        re.findall(
            r'class="legend-speaker" data-entity="([^"]*)">'
            r'<span class="swatch"[^>]*></span>([^<]*)</span>',
            page,
        )
    )
    assert set(legend) == keys
    for key, label in legend.items():
        if key != "?":
            e = ids[key]
            assert label.startswith(e.name) and (e.source_type or "?") in label
            if e.origin:
                assert e.origin in label


def test_site_furniture_is_greyed_and_unmarked(article, page):
    assert any(s.kind == "boilerplate" for s in article.sentences)
    assert re.search(r'<span class="boilerplate">\(बीबीसी हिन्दी', page)


def test_page_is_self_contained(page):
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert f'@font-face{{font-family:"{FONT_FAMILY}";src:url(data:font/woff;base64,' in page
    # nothing is fetched: no http(s) address in a src, href or url() (the SVG namespace is a name)
    assert not re.search(r"""(src|href)=["']?https?:|url\(["']?https?:""", page)
    plain = render_html(bias.analyze(TEXT), embed_font=False)
    assert "@font-face" not in plain and len(plain) < len(page) - 50_000


def test_notebook_fragment_has_the_font_and_no_page(article):
    frag = article._repr_html_()
    assert frag.startswith("<style>@font-face") and "<html" not in frag


def test_embedded_font_covers_every_character_of_the_samples(sample_texts):
    from fontTools.ttLib import TTFont

    font = TTFont(io.BytesIO(embedded_font()))
    cmap = font.getBestCmap()
    assert "fvar" not in font  # one instance (regular), not the variable font
    assert "GSUB" in font and "GPOS" in font  # shaping of conjuncts and marks is kept
    text = "".join(sample_texts.values()) + TEXT + "−·+"
    missing = {c for c in text if not c.isspace() and ord(c) not in cmap}
    assert missing == set()


def test_stances_are_a_table_and_their_parts_are_marked_in_the_text():
    art = bias.analyze("विपक्ष ने सरकार की कड़ी आलोचना की। मंत्री ने कहा, “हम इस फैसले का स्वागत करते हैं।”")
    page = render_html(art, embed_font=False)
    assert len(art.stances) >= 2
    rows = re.findall(r'<tr class="stance-row" data-stance="(\d+)">', page)
    assert rows == [str(i) for i in range(len(art.stances))]
    for i, s in enumerate(art.stances):
        marked = "".join(
            re.findall(rf'<span class="[^"]*\bst-{i}\b[^"]*"[^>]*>([^<]*)</span>', page)
        )
        assert s.cue.split()[0] in marked
        if s.holder:
            assert s.holder in marked
        assert f'.stance-row[data-stance="{i}"]:hover) .st-{i}' in page
    assert "<details" not in render_html(bias.analyze("बारिश हुई।"), embed_font=False)

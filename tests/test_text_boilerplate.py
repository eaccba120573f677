"""Site furniture (bias.text.boilerplate): found, made its own segments, left out of voices."""

from __future__ import annotations

import pytest

import bias
from bias.text import segment
from bias.text.boilerplate import boilerplate_spans

PROMO = "(बीबीसी हिन्दी के एंड्रॉएड ऐप के लिए यहां क्लिक करें. आप हमें फ़ेसबुक पर फ़ॉलो कर सकते हैं.)"


@pytest.mark.parametrize(
    "text, furniture",
    [
        (f"खबर आई।{PROMO}", [PROMO]),
        ("ये भी पढ़ें: बाढ़ का कहर\nबाकी खबर।", ["ये भी पढ़ें: बाढ़ का कहर"]),
        ("  पढ़ें: आ रहा है तूफान", ["पढ़ें: आ रहा है तूफान"]),
        ("देश /\nखबर।", ["देश /"]),
        ("पढ़िए: पुरानी फ़िल्मों के रीमेक\nखबर।", ["पढ़िए: पुरानी फ़िल्मों के रीमेक"]),
        # a link title glued to the story's next sentence makes a line longer than a link
        # (MAX_LINK_LINE): the story is not taken for furniture
        ("पढ़िए: रीमेक की कहानी" + "उन्होंने कहा कि फ़िल्में बदल गई हैं और दर्शक भी। " * 4, []),
        ("(यह आर्टिकल एजेंसी फीड से ऑटो-अपलोड हुआ है।)", ["(यह आर्टिकल एजेंसी फीड से ऑटो-अपलोड हुआ है।)"]),
        # a parenthesis without a furniture word, and a sentence that only mentions reading
        ("मंत्री (भाजपा) ने कहा कि लोग पढ़ें और सीखें।", []),
        ("उन्होंने कहा कि आगे की योजना तैयार है।", []),
        # "read" links glued after a sentence, two in a row
        ("वे लौट आए। पढ़ेंः तूफान आया पढ़ेंः बहस छिड़ी", ["पढ़ेंः तूफान आया पढ़ेंः बहस छिड़ी"]),
        ("फोटो: सड़कों पर जमा पानी\nखबर।", ["फोटो: सड़कों पर जमा पानी"]),
        ("जागरूकता अभियान - फोटो : पीटीआई\nखबर।", ["जागरूकता अभियान - फोटो : पीटीआई"]),
        ("बड़ी खबरों के लिए बने रहें हमारे साथ.\nखबर।", ["बड़ी खबरों के लिए बने रहें हमारे साथ."]),
        # near misses: a sentence that says पढ़ें, a photo mentioned in a story, a long line with
        # a promotion glued on
        ("छात्र ध्यान से पढ़ें: यह जरूरी है।", []),
        ("उन्होंने बताया कि फोटो : खींचने पर रोक थी और लोग नाराज थे, फिर भी कई लोग वहां पहुंचे।", []),
        (
            "कोरोना पूरी दुनिया में फैल चुका है और भारत में इसकी चपेट में आकर 590 लोगों की मौत हुई "
            "है जबकि हजारों लोग इससे संक्रमित हैं, बने रहें हमारे साथ.",
            [],
        ),
    ],
)
def test_boilerplate_spans(text, furniture):
    assert [text[a:b] for a, b in boilerplate_spans(text)] == furniture


def test_furniture_is_one_segment_of_its_own_kind():
    text = f"खबर आई। {PROMO} फिर बात हुई।"
    kinds = [(text[s.start : s.end], s.kind) for s in segment(text)]
    assert kinds == [("खबर आई।", "sentence"), (PROMO, "boilerplate"), ("फिर बात हुई।", "sentence")]


def test_furniture_has_no_voice_no_quotation():
    story = "मंत्री ने कहा, “हम तैयार हैं।”"
    promo = "\n(ऐप के लिए यहां क्लिक करें: “डाउनलोड”)"
    plain = bias.analyze(story)
    art = bias.analyze(story + promo)
    assert [art.span_text(q) for q in art.quotes] == [plain.span_text(q) for q in plain.quotes]
    assert art.summary["voice_share"] == plain.summary["voice_share"]
    assert [s.kind for s in art.sentences][-1] == "boilerplate"


def test_many_furniture_groups_stay_linear():
    text = "खबर आई। " + "(यहां क्लिक करें) “उद्धरण” " * 3000
    art = bias.analyze(text)
    assert all(s.kind == "boilerplate" for s in art.sentences[1:] if "क्लिक" in art.span_text(s))


@pytest.mark.parametrize(
    "text, furniture",
    [
        # a related-story title pasted in brackets, glued to the next word or opening a line
        ("उन्हें याद किया.(काका की विदाई)लेकिन शाम हो गई.", ["(काका की विदाई)"]),
        (
            "वहीं रहती हैं. (\n\nसबसे बड़ा ख़ान मेरे साथ है: विद्या बालन) इस फ़्लैट की कीमत",
            ["(\n\nसबसे बड़ा ख़ान मेरे साथ है: विद्या बालन)"],
        ),
        # brackets of the sentence itself: an agency credit before a danda, a postposition after
        ("नई दिल्ली (भाषा)। सरकार ने कहा।", []),
        ("इस (कोरोना वायरस)से निपटने को तैयार हैं।", []),
        ("राम (45) ने कहा कि वह ठीक है।", []),
    ],
)
def test_pasted_titles_in_brackets(text, furniture):
    assert [text[a:b] for a, b in boilerplate_spans(text)] == furniture

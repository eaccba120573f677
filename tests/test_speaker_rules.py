"""Each speaker rule, reported-speech rule, term reason and speaker resolution of
:mod:`bias.voices`, on sentences written for the test: what it recognises, and a
near miss it must leave alone."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import bias
from bias.lexicon import TokenTable
from bias.voices import FALLBACKS, SPEAKER_RULES, default_attributor, kinds, reported, rules
from bias.voices import speakers as speakers_module
from bias.voices.cues import positions, scan
from bias.voices.results import NO_SPEAKER, Speaker
from bias.voices.speakers import resolve_pronoun, source_type, speaker_of, strip_title
from bias.voices.words import has_speech_signs


def _context(text: str):
    """The article context of ``text`` (normalised) and the context of its first quotation."""
    art = default_attributor().context(bias.normalize(text).text)
    return art, (art.quote(0) if art.marks else None)


def _said(art, found):
    """(speaker text, cue, rule) of an attribution."""
    span = found.speaker.span
    return (art.text[span[0] : span[1]] if span else None), found.cue, found.rule


# --------------------------------------------------------------------------- speaker rules

# (rule, text, speaker, cue): the rule attributes the first quotation of the text
POSITIVE = [
    (rules.colon_intro, "प्रवक्ता: “हम बातचीत को तैयार हैं।”", "प्रवक्ता", ":"),
    (rules.verb_before, "मंत्री कहते हैं, “हम तैयार हैं।”", "मंत्री", "कहते"),
    (rules.verb_before, 'कोच बोले, "टीम ने शानदार खेल दिखाया."', "कोच", "बोले"),
    # कि between the verb and a quotation that reads as speech; adverbs before the verb
    (rules.verb_before, "जूही कहती हैं कि “मैं खुश हूं।”", "जूही", "कहती"),
    (rules.verb_before, "लिलिपुट फिर भी यही कहते हैं, “मैं खुश हूं।”", "लिलिपुट", "कहते"),
    # the phrase right before the verb is its object or complement, not its subject
    (
        rules.verb_before,
        "डॉ आनंद इस शोध को रोमांचकारी बताते हैं, “यह अच्छा है।”",
        "आनंद",
        "बताते",
    ),
    (rules.verb_before, "थॉमस अपना अनुभव बताते हैं, “मैं खुश हूं।”", "थॉमस", "बताते"),
    (
        rules.verb_before,
        "सोनम अपने इस फ़ैसले का बचाव करते हुए कहती हैं, “मैं खुश हूं।”",
        "सोनम",
        "कहती",
    ),
    # the speaker's own medium between the subject and the verb
    (rules.verb_before, "जॉर्ज अपनी किताब में लिखते हैं, “वह आईं।”", "जॉर्ज", "लिखते"),
    (rules.ne_subject, "मंत्री ने कहा, “हम तैयार हैं।”", "मंत्री", "ने … कहा"),
    (
        rules.ne_subject,
        "विशेषज्ञों का कहना है कि “यह बहुत खतरनाक स्थिति है।”",
        "विशेषज्ञों",
        "का कहना है",
    ),
    (rules.ne_subject, "किसानों ने “हमें न्याय चाहिए” के नारे लगाए।", "किसानों", "ने … नारे लगाए"),
    # "one of them": one of a group just named
    (rules.ne_subject, "कई यूजर्स नाराज हैं। एक ने लिखा, “यह साजिश है।”", "एक", "ने … लिखा"),
    (
        rules.according_to,
        "पुलिस के अनुसार, “हमलावर फरार हैं और तलाश जारी है।”",
        "पुलिस",
        "के अनुसार",
    ),
    # a pronoun with the according phrase: it resolves to the subject named before
    (
        rules.according_to,
        "प्रोफेसर राव ने शोध पूरा किया। उनके अनुसार, “नतीजे साफ हैं।”",
        "राव",
        "उनके अनुसार",
    ),
    (rules.verb_before, "उनकी बहन याद करती हैं, “वह शांत थे।”", "बहन", "याद करती"),
    (rules.verb_before, "वह स्वीकार करते हैं, “गलती हुई।”", "वह", "स्वीकार करते"),
    # a participle of manner between the subject and the verb
    (rules.verb_before, "कोच मुस्कुराते हुए बोले, “हम जीतेंगे।”", "कोच", "बोले"),
    # the हमने of the question is another clause: the one asked answers
    (rules.verb_before, "जब हमने पूछा तो वो बोलीं, “हां ये सच है।”", "वो", "बोलीं"),
    (rules.speaker_after, "“हम तैयार हैं,” मंत्री ने कहा।", "मंत्री", "ने … कहा"),
    (rules.speaker_after, "“हम तैयार हैं,” कोच बोले।", "कोच", "बोले"),
    (
        rules.previous_sentence,
        "मंत्री ने योजना की प्रशंसा की। “यह ऐतिहासिक कदम है।”",
        "मंत्री",
        "ने … प्रशंसा की",
    ),
    (rules.source_noun, "भीड़ “पुतिन जिंदाबाद” के नारे लगाए।", "भीड़", "नारे लगाए"),
    (
        rules.previous_subject,
        "राष्ट्रपति ने मैदान का दौरा किया। “देश आगे बढ़ेगा और हम सब मिलकर काम करेंगे”",
        "राष्ट्रपति",
        None,
    ),
    (
        rules.statement_by,
        "सहारा की ओर से जारी बयान में कहा गया, ‘हम करार खत्म करते हैं।’",
        "सहारा",
        "बयान",
    ),
    (
        rules.statement_by,
        "ब्यूरो द्वारा देर रात जारी अधिसूचना में कहा गया, ‘सभी वीजा रद्द हैं।’",
        "ब्यूरो",
        "अधिसूचना",
    ),
    (
        rules.dash_signature,
        "“सभी इलाकों में जांच जारी है।” -अजय पांडेय, जिलाधिकारी, गाजियाबाद",
        "अजय पांडेय",
        "-",
    ),
    (
        rules.heading_quote,
        "पहली खबर यहां है।\n‘हम दोषियों को नहीं छोड़ेंगे।’\n"
        "बैठक के बाद गृह मंत्री ने कहा कि जांच जारी है और दोषी जल्द पकड़े जाएंगे।",
        "गृह मंत्री",
        "ने … कहा",
    ),
]

# (rule, text): the rule does not attribute the first quotation of the text
NEGATIVE = [
    (rules.colon_intro, "मंत्री ने कहा, “हम तैयार हैं।”"),  # no colon
    (rules.colon_intro, ": “हम तैयार हैं।”"),  # a colon with nothing before it
    (rules.verb_before, "मंत्री ने कहा, “हम तैयार हैं।”"),  # the verb has a ने subject
    (rules.verb_before, "मंत्री आए, “हम तैयार हैं।”"),  # not a speech verb
    (rules.verb_before, "वह बताती हैं कि 'अनकही' उनकी पसंद है।"),  # कि before a title
    (rules.verb_before, "फ़िल्मों की झड़ी लगा दी और बताया, “हम तैयार हैं।”"),  # और: shared
    # someone addressed between the medium and the verb speaks (not the author)
    (rules.verb_before, "अपनी किताब में ऋषि को कहते हुए बताती हैं, “राज आए।”"),
    (rules.verb_before, "जब हमने पूछा तो बोलीं, “हां ये सच है।”"),  # तो not before a pronoun
    (rules.ne_subject, "पुलिस के अनुसार, “हमलावर फरार हैं।”"),  # no ने
    # the nearest ने subject has no speech cue: the rule gives up
    (rules.ne_subject, "मंत्री ने कहा कि राष्ट्रपति ने मैदान का दौरा किया, “देश आगे बढ़ेगा सब साथ हैं”"),
    (rules.according_to, "मंत्री ने कहा, “हम तैयार हैं।”"),
    (rules.according_to, "अनुसार “हम तैयार हैं।”"),  # no genitive: not "X के अनुसार"
    (rules.speaker_after, "मंत्री ने कहा, “हम तैयार हैं।”"),  # nothing after the quotation
    (rules.speaker_after, "“हम तैयार हैं,” मंत्री ने मैदान का दौरा किया।"),  # no speech cue
    # the sentence before has no speech cue
    (rules.previous_sentence, "राष्ट्रपति ने मैदान का दौरा किया। “देश आगे बढ़ेगा और हम सब काम करेंगे”"),
    # the quotation does not open its sentence
    (rules.previous_sentence, "मंत्री ने योजना की प्रशंसा की। फिर “यह ऐतिहासिक कदम है।”"),
    (rules.source_noun, "भीड़ “पुतिन जिंदाबाद” देखती रही।"),  # no speech cue
    (rules.source_noun, "मैदान में “पुतिन जिंदाबाद” के नारे लगाए।"),  # no source term
    (rules.previous_subject, "राष्ट्रपति ने दौरा किया। कल “देश आगे बढ़ेगा और हम सब काम करेंगे”"),
    (rules.previous_subject, "“देश आगे बढ़ेगा और हम सब मिलकर काम करेंगे”"),  # first sentence
    (rules.statement_by, "सहारा ने कहा, ‘हम करार खत्म करते हैं।’"),  # no statement word
    (rules.statement_by, "बयान में कहा गया, ‘हम करार खत्म करते हैं।’"),  # no issuer
    (rules.dash_signature, "“सभी इलाकों में जांच जारी है।” अजय पांडेय ने कहा।"),  # no dash
    # the quotation is not a line of its own
    (
        rules.heading_quote,
        "पहली खबर यहां है। ‘हम दोषियों को नहीं छोड़ेंगे।’ गृह मंत्री ने कहा कि जांच जारी है।",
    ),
]


@pytest.mark.parametrize("rule, text, speaker, cue", POSITIVE)
def test_rule_attributes(rule, text, speaker, cue):
    art, q = _context(text)
    assert _said(art, rule(art, q)) == (speaker, cue, rule.__name__)


@pytest.mark.parametrize("rule, text", NEGATIVE)
def test_rule_leaves_alone(rule, text):
    art, q = _context(text)
    assert rule(art, q) is None


@pytest.mark.parametrize("rule, text, speaker, cue", POSITIVE)
def test_analyze_records_the_rule(rule, text, speaker, cue):
    # the examples are chosen so that no earlier rule applies
    (quote,) = bias.analyze(text).quotes
    assert (quote.speaker, quote.cue, quote.rule) == (speaker, cue, rule.__name__)


def test_every_rule_has_a_positive_and_a_negative_case():
    for rule in SPEAKER_RULES + FALLBACKS:
        if rule is not rules.continuation:  # (needs an earlier speaker: tested below)
            assert any(case[0] is rule for case in POSITIVE), rule.__name__
            assert any(case[0] is rule for case in NEGATIVE), rule.__name__


def test_rule_order():
    assert [r.__name__ for r in SPEAKER_RULES] == [
        "colon_intro",
        "verb_before",
        "ne_subject",
        "according_to",
        "speaker_after",
        "statement_by",
        "dash_signature",
        "previous_sentence",
        "source_noun",
    ]
    assert [r.__name__ for r in FALLBACKS] == ["heading_quote", "continuation", "previous_subject"]


def test_a_verb_after_and_makes_no_subject_mention():
    text = "इसके बाद उन्होंने अपनी फ़िल्मों की झड़ी लगा दी और बताया, “भूतनाथ रिलीज़ हो गई है.”"
    art = default_attributor().context(bias.normalize(text).text)
    assert [art.words(m.first, m.end) for m in art.mentions] == []  # (pronouns are none)


def test_a_quoted_title_in_the_speakers_medium():
    art = bias.analyze("जॉर्ज अपनी किताब 'द लाइफ़ एंड टाइम्स' में लिखते हैं, “वह आईं।”")
    assert [(q.kind, q.speaker, q.rule) for q in art.quotes] == [
        ("term", None, None),
        ("direct", "जॉर्ज", "verb_before"),
    ]


def test_the_first_rule_wins():
    # a colon intro and a speaker after: the colon comes first
    art, q = _context("प्रवक्ता: “हम बातचीत को तैयार हैं,” मंत्री ने कहा।")
    assert rules.speaker_after(art, q) is not None
    assert rules.select(SPEAKER_RULES, art, q).rule == "colon_intro"


def test_ne_subject_via_according():
    text = "सरकारी समाचार एजेंसी के अनुसार मंत्री ने “पूर्ण समर्थन और एकजुटता” की शपथ ली।"
    art, q = _context(text)
    found = rules.ne_subject(art, q)
    assert _said(art, found) == ("मंत्री", "ने … शपथ ली", "ne_subject")
    assert art.text[found.via[0] : found.via[1]] == "सरकारी समाचार एजेंसी"


def test_ne_subject_first_person_has_a_cue_but_no_speaker():
    art, q = _context("हमने कहा, “यह गलत है।”")
    found = rules.ne_subject(art, q)
    assert found.speaker == NO_SPEAKER and found.cue == "ने … कहा"


def test_continuation_takes_the_last_speaker():
    text = "मंत्री ने कहा, “हम तैयार हैं।”\n“हम रुकेंगे नहीं और हम थकेंगे भी नहीं।”"
    art = default_attributor().context(text)
    q = art.quote(1)
    assert rules.continuation(art, q) is None  # nobody has spoken yet
    spoke = Speaker((0, 6), None, "government_official")
    art.last_speaker[q.sentence - 1] = spoke
    assert rules.continuation(art, q) == (spoke, None, None, None, "continuation")
    quotes = bias.analyze(text).quotes
    assert [(q.speaker, q.rule) for q in quotes] == [
        ("मंत्री", "ne_subject"),
        ("मंत्री", "continuation"),
    ]


def test_continuation_of_reported_speech():
    text = "सूत्रों के अनुसार बैठक टल गई है। “इस बैठक का होना अब बहुत मुश्किल लगता है।”"
    (quote,) = bias.analyze(text).quotes
    assert (quote.speaker, quote.source_type, quote.rule) == ("सूत्रों", "anonymous", "continuation")


def test_a_term_and_an_unattributed_quote_have_no_rule():
    art = bias.analyze("“यह देश आगे बढ़ेगा और हम सब काम करेंगे।” सरकार ने ‘जल जीवन मिशन’ शुरू किया।")
    assert [(q.kind, q.speaker, q.rule) for q in art.quotes] == [
        ("direct", None, None),
        ("term", None, None),
    ]
    assert "rule" in art.to_dict()["quotes"][0]


def test_every_result_names_a_rule(sample_texts, seed_article):
    speaker_rules = {r.__name__ for r in SPEAKER_RULES + FALLBACKS}
    reported_rules = {r.__name__ for r in reported.REPORTED_RULES}
    for text in [seed_article, *sample_texts.values()]:
        art = bias.analyze(text)
        for q in art.quotes:
            if q.kind == "term":
                assert q.rule is None
            elif q.rule is None:
                assert (q.speaker, q.cue, q.source_type) == (None, None, None)
            else:
                assert q.rule in speaker_rules
        assert all(r.rule in reported_rules for r in art.reported)


# --------------------------------------------------------------------------- reported speech

# (rule, text, the word the rule is asked at, clause, speaker, source type)
REPORTED_POSITIVE = [
    (
        reported.impersonal,
        "बताया जाता है कि हमले में दस लोग मारे गए।",
        "बताया",
        "हमले में दस लोग मारे गए",
        None,
        "anonymous",
    ),
    (
        reported.impersonal,  # an accusation in the intransitive: someone accuses, unnamed
        "मामले में पुलिस पर लापरवाही बरतने के आरोप लग रहे हैं।",
        "आरोप",
        "मामले में पुलिस पर लापरवाही बरतने के",
        None,
        "anonymous",
    ),
    (reported.impersonal, "सूत्रों के अनुसार बैठक टल गई है।", "सूत्रों", "बैठक टल गई है", "सूत्रों", "anonymous"),
    # a document speaks for the body that issued it (the guide)
    (
        reported.impersonal,
        "पुलिस द्वारा जारी विज्ञप्ति में कहा गया कि आरोपी फरार है।",
        "कहा",
        "आरोपी फरार है",
        "पुलिस",
        "government_official",
    ),
    (
        reported.impersonal,
        "मंत्रालय ने बयान जारी किया। इसमें कहा गया कि सब ठीक है।",
        "कहा",
        "सब ठीक है",
        "मंत्रालय",
        "government_official",
    ),
    # a cue that ends its sentence reports the clause before it
    (
        reported.impersonal,
        "हादसे में दो लोगों के घायल होने की खबर है।",
        "की",
        "हादसे में दो लोगों के घायल होने",
        None,
        "anonymous",
    ),
    # the past of a report of news (session 24's cues)
    (
        reported.impersonal,
        "आग में कई लोगों के मरने की खबर थी।",
        "की",
        "आग में कई लोगों के मरने",
        None,
        "anonymous",
    ),
    (
        reported.speech_act,  # a forecast is a speech act
        "विभाग ने तटीय इलाकों में भारी बारिश होने की भविष्यवाणी की है।",
        "ने",
        "तटीय इलाकों में भारी बारिश होने की भविष्यवाणी की",
        "विभाग",
        "government_official",
    ),
    (
        reported.according_to,
        "पुलिस के मुताबिक, आरोपी को गिरफ्तार कर लिया गया है।",
        "मुताबिक",
        "आरोपी को गिरफ्तार कर लिया गया है",
        "पुलिस",
        "government_official",
    ),
    (
        reported.according_to,
        "आरोपी फरार है, पुलिस के अनुसार।",
        "अनुसार",
        "आरोपी फरार है",
        "पुलिस",
        "government_official",
    ),
    (
        reported.opinion,
        "विश्लेषकों का मानना है कि बाजार में तेजी बनी रहेगी।",
        "मानना",
        "बाजार में तेजी बनी रहेगी",
        "विश्लेषकों",
        "expert",
    ),
    (reported.ne_kaha_ki, "सूत्रों ने बताया कि बैठक टल गई है।", "ने", "बैठक टल गई है", "सूत्रों", "anonymous"),
    # a sentence that opens with कहा कि carries the ने subject that spoke in the sentence before
    (
        reported.subject_carried,
        "जिलाधिकारी ने बताया, “हम तैयार हैं।” साथ ही कहा कि राहत जल्द पहुंचेगी।",
        "कहा",
        "राहत जल्द पहुंचेगी",
        "जिलाधिकारी",
        "government_official",
    ),
    # a judgement in the present, no कि: the subject before the object judges it
    (
        reported.characterises,
        "डॉक्टर राम इस फैसले को गलत बताते हैं।",
        "बताते",
        "इस फैसले को गलत बताते",
        "राम",
        "expert",
    ),
    (
        reported.characterises,
        "विशेषज्ञ इसे बड़ी चूक मानते हैं।",
        "मानते",
        "इसे बड़ी चूक मानते",
        "विशेषज्ञ",
        "expert",
    ),
    # citing a study, the subject speaks: "का हवाला देते हुए कहा कि" chains to the verb
    (
        reported.ne_kaha_ki,
        "मंत्री ने एक अध्ययन का हवाला देते हुए कहा कि खतरा बढ़ा है।",
        "ने",
        "खतरा बढ़ा है",
        "मंत्री",
        "government_official",
    ),
    # a contrast after a comma is still the minister's words
    (
        reported.ne_kaha_ki,
        "मंत्री ने कहा था कि काम जारी है, लेकिन पैसा नहीं है।",
        "ने",
        "काम जारी है, लेकिन पैसा नहीं है",
        "मंत्री",
        "government_official",
    ),
    # a demonstrative between the genitive and the opinion noun; तर्क is an opinion too
    (
        reported.opinion,
        "जानकारों का यह मानना है कि संक्रमण फैल चुका है।",
        "मानना",
        "संक्रमण फैल चुका है",
        "जानकारों",
        "expert",
    ),
    (
        reported.opinion,
        "अधिकारियों का तर्क है कि पाबंदी जरूरी है।",
        "तर्क",
        "पाबंदी जरूरी है",
        "अधिकारियों",
        "anonymous",
    ),
    # a view held or voiced: an accusation, a claim, a complaint is an opinion noun too
    (
        reported.opinion,
        "विपक्ष का आरोप है कि सरकार ने धोखा दिया।",
        "आरोप",
        "सरकार ने धोखा दिया",
        "विपक्ष",
        "politician",
    ),
    (
        reported.opinion,
        "डॉक्टरों का दावा है कि दवा असरदार है।",
        "दावा",
        "दवा असरदार है",
        "डॉक्टरों",
        "expert",
    ),
    # a pronoun's genitive is the source ("उनका कहना है", "उनके मुताबिक")
    (reported.opinion, "उनका कहना है कि काम जारी है।", "कहना", "काम जारी है", "उनका", None),
    (reported.according_to, "उनके मुताबिक घायल घर गए।", "मुताबिक", "घायल घर गए", "उनके", None),
    # a chain of cues: the last one before कि introduces the clause
    (
        reported.ne_kaha_ki,
        "जिलाधिकारी ने पुष्टि करते हुए बताया कि तीनों लौटे थे।",
        "ने",
        "तीनों लौटे थे",
        "जिलाधिकारी",
        "government_official",
    ),
    # की typed for कि after a speech verb
    (reported.ne_kaha_ki, "रमेश ने बताया की आग रात में लगी।", "ने", "आग रात में लगी", "रमेश", None),
    # apprehension expressed is a speech act
    (
        reported.speech_act,
        "राजनयिक ने संख्या बढ़ने की आशंका जाहिर की है।",
        "ने",
        "संख्या बढ़ने की आशंका जाहिर की",
        "राजनयिक",
        "government_official",
    ),
    # a long way from ने to its cue (ne_scope: up to NE_CUE_REACH tokens)
    (
        reported.ne_kaha_ki,
        "बुश ने तूफान से सबसे ज्यादा प्रभावित इन राज्यों के एक दिन के दौरे के दौरान यहां कहा कि"
        " मदद आएगी।",
        "ने",
        "मदद आएगी",
        "बुश",
        "government_official",  # (a known speaker)
    ),
    # a bracketed acronym before ने
    (
        reported.ne_kaha_ki,
        "भारतीय मौसम विभाग (आईएमडी) ने कहा कि बारिश होगी।",
        "ने",
        "बारिश होगी",
        "भारतीय मौसम विभाग",
        "government_official",
    ),
    # information with no named source; with "X से" before it, X is the source
    (
        reported.according_to,
        "अब तक मिली जानकारी के अनुसार आरोपी फरार है।",
        "अनुसार",
        "आरोपी फरार है",
        None,
        "anonymous",
    ),
    (
        reported.according_to,
        "पुलिस से मिली जानकारी के अनुसार आरोपी फरार है।",
        "अनुसार",
        "आरोपी फरार है",
        "पुलिस",
        "government_official",
    ),
    # news and reports as such name no source (bias.voices.information.news_as_such), not
    # even the place a dispatch came from; a report of someone speaks for them
    (
        reported.according_to,
        "पटना से प्राप्त समाचारों के अनुसार दो लोग घायल हुए हैं।",
        "अनुसार",
        "दो लोग घायल हुए हैं",
        None,
        "anonymous",
    ),
    (
        reported.according_to,
        "मीडिया रिपोर्ट्स के मुताबिक हमलावर एक महिला थी।",
        "मुताबिक",
        "हमलावर एक महिला थी",
        None,
        "anonymous",
    ),
    (
        reported.according_to,
        "पुलिस की रिपोर्ट के अनुसार दो लोग घायल हुए हैं।",
        "अनुसार",
        "दो लोग घायल हुए हैं",
        "पुलिस की रिपोर्ट",
        "government_official",
    ),
    (
        reported.speech_act,
        "प्रवक्ता ने हमले की पुष्टि की है।",
        "ने",
        "हमले की पुष्टि की",
        "प्रवक्ता",
        "government_official",
    ),
    (
        reported.impersonal,
        "मंत्रालय के बयान में कहा गया कि जांच होगी।",  # a document speaks for its issuer
        "कहा",
        "जांच होगी",
        "मंत्रालय",  # (the issuer itself, session 16)
        "government_official",
    ),
    (
        reported.says_that,
        "विशेषज्ञ कहते हैं कि हालात चिंताजनक हैं।",  # the present: no ने
        "कहते",
        "हालात चिंताजनक हैं",
        "विशेषज्ञ",
        "expert",
    ),
    (
        reported.speech_act,
        "रेल मंत्री ने शोक जताया है।",  # a speech noun right after ने: the act itself
        "ने",
        "शोक जताया",
        "रेल मंत्री",
        "government_official",
    ),
    (
        reported.fronted_act,  # object first: the noun, then the ने subject, then the light verb
        "इस बात की पुष्टि खुफिया एजेंसियों ने भी की।",
        "ने",
        "इस बात की पुष्टि",
        "खुफिया एजेंसियों",
        "government_official",
    ),
    (
        reported.speech_act,  # a long object: the act stands far from ने
        "अदालत ने आरोपियों से बरामद दस लाख रुपये की पूरी रकम भी जब्त रखने का आदेश दिया।",
        "ने",
        "आरोपियों से बरामद दस लाख रुपये की पूरी रकम भी जब्त रखने का आदेश दिया",
        "अदालत",
        "government_official",
    ),
]

REPORTED_NEGATIVE = [
    (reported.impersonal, "उसने बताया कि बैठक टल गई है।", "बताया"),  # a speaker: not impersonal
    (reported.impersonal, "इन इलाकों को कालाबरजोन कहा जाता है।", "कहा"),  # naming is not speech
    (reported.impersonal, "यह अच्छी खबर है।", "खबर"),  # news, not a report of it (no की)
    (reported.impersonal, "यह उनकी खबर है।", "उनकी"),  # (nor after a pronoun's genitive)
    (reported.according_to, "मुताबिक, आरोपी फरार है।", "मुताबिक"),  # no "X के"
    (reported.opinion, "विश्लेषकों का मानना सही था।", "मानना"),  # no कि clause
    (reported.ne_kaha_ki, "हमने कहा कि बैठक टल गई है।", "हमने"),  # the writer
    (reported.subject_carried, "कहा कि बैठक टल गई है।", "कहा"),  # no sentence before
    (reported.subject_carried, "राम घर गया। कहा कि वह थक गया है।", "कहा"),  # no ने subject there
    # a subject that only acted: the one who speaks next is often someone else
    (reported.subject_carried, "मजदूरों ने आग बुझाई। बताया कि आग फैल गई थी।", "बताया"),
    (reported.ne_kaha_ki, "मंत्री ने मैदान का दौरा किया।", "ने"),  # no speech cue
    (reported.characterises, "हम इसे गलत मानते हैं।", "मानते"),  # the writer's own view
    (reported.characterises, "वे इसे गलत मानते हैं कि नहीं, पता नहीं।", "मानते"),  # goes on
    (reported.characterises, "डॉक्टर राम गलत बताते हैं।", "बताते"),  # no object judged
    # an apprehension nobody expresses is no speech act (आशंका is a speech noun with a light verb)
    (reported.speech_act, "विभाग ने मंदी की आशंका पर बैठक की।", "ने"),
    # the cue of the next ने subject is not this one's
    (reported.ne_kaha_ki, "राम ने खाना खाया और श्याम ने कहा कि ठीक है।", "ने"),
    (reported.speech_act, "प्रवक्ता ने हमले की पुष्टि की और कहा कि जांच होगी।", "ने"),  # goes on
    (reported.speech_act, "“हम तैयार हैं,” मंत्री ने संवाददाताओं से कहा।", "ने"),  # a quotation's
    (reported.speech_act, "मंत्री ने कहा।", "ने"),  # nothing between ने and the cue
    (reported.fronted_act, "मरीजों की देखभाल डॉक्टरों ने की।", "ने"),  # care, no speech noun
    (reported.fronted_act, "इसकी पुष्टि पुलिस ने की और कहा कि जांच होगी।", "ने"),  # goes on
    # another subject's act: the first ने does not own it
    (reported.speech_act, "पुलिस ने दो लोगों को पकड़ा और मंत्री ने इसकी निंदा की।", "ने"),
    (reported.speech_act, "पुलिस ने कहा है।", "ने"),  # (an auxiliary is not content either)
    (reported.says_that, "हम मानते हैं कि यह सही है।", "मानते"),  # the writer's own view
    (reported.says_that, "लोग कहते हैं, “सब ठीक है।”", "कहते"),  # a quotation, not a कि clause
    (reported.says_that, "मंत्री ने कहा कि काम जारी है।", "कहा"),  # the past: ne_kaha_ki's
]


def _reported_at(rule, text, word):
    art = default_attributor().context(bias.normalize(text).text)
    i = art.keys.index(word)
    return art, rule(art, i, art.sentences[art.sentence_of(art.starts[i])])


@pytest.mark.parametrize("rule, text, word, clause, speaker, stype", REPORTED_POSITIVE)
def test_reported_rule_finds(rule, text, word, clause, speaker, stype):
    art, found = _reported_at(rule, text, word)
    r = found.span
    got_speaker = art.text[r.speaker[0] : r.speaker[1]] if r.speaker else None
    assert (art.text[r.start : r.end], got_speaker, r.source_type, r.rule) == (
        clause,
        speaker,
        stype,
        rule.__name__,
    )
    assert [(text[r.start : r.end], r.rule) for r in bias.analyze(text).reported] == [
        (clause, rule.__name__)
    ]


@pytest.mark.parametrize("rule, text, word", REPORTED_NEGATIVE)
def test_reported_rule_leaves_alone(rule, text, word):
    assert _reported_at(rule, text, word)[1] is None


def test_every_reported_rule_has_cases():
    for rule in reported.REPORTED_RULES:
        assert any(case[0] is rule for case in REPORTED_POSITIVE), rule.__name__
        assert any(case[0] is rule for case in REPORTED_NEGATIVE), rule.__name__


# --------------------------------------------------------------------------- speakers


def test_pronoun_resolves_to_the_nearest_person():
    # media (मीडिया) is nearer, but a pronoun prefers a person
    text = "मंत्री अनिल ने दौरा किया। मीडिया ने खबर दी। उन्होंने कहा कि सब ठीक है।"
    art, _ = _context(text)
    m = resolve_pronoun(art, text.index("उन्होंने"))
    assert art.words(m.first, m.end) == "मंत्री अनिल" and m.source_type == "government_official"
    i = art.keys.index("उन्होंने")
    sp = speaker_of(art, i, i + 1)
    assert art.text[sp.span[0] : sp.span[1]] == "अनिल"  # (the title stripped)
    assert art.text[sp.pronoun[0] : sp.pronoun[1]] == "उन्होंने"


def test_pronoun_answering_a_question_is_the_one_asked():
    # "X से पूछा तो वो बोलीं": the one asked is the nearest mention, before the ने subject
    text = "बीबीसी ने अभिनेत्री से बातचीत की। जब हमने ये सवाल मौसमी से पूछा तो वो बोलीं, “हां।”"
    art, _ = _context(text)
    m = resolve_pronoun(art, text.index("वो"))
    assert art.words(m.first, m.end) == "मौसमी"
    assert bias.analyze(text).quotes[0].speaker == "मौसमी"
    # no से before the verb of asking: no mention
    art, _ = _context("जब हमने ये सवाल पूछा तो वो बोलीं, “हां।”")
    assert art.mentions == []


def test_one_of_them_is_a_member_of_the_public():
    (q,) = bias.analyze("कई यूजर्स नाराज हैं। एक ने लिखा, “यह साजिश है।”").quotes
    assert (q.speaker, q.source_type) == ("एक", "public")
    # एक before a noun is a determiner, not the speaker
    (q,) = bias.analyze("एक अधिकारी ने कहा, “जांच जारी है।”").quotes
    assert (q.speaker, q.source_type) == ("अधिकारी", "anonymous")


def test_pronoun_without_antecedent_is_its_own_speaker():
    art, _ = _context("उन्होंने कहा कि सब ठीक है।")
    assert resolve_pronoun(art, 0) is None
    assert speaker_of(art, 0, 1) == Speaker((0, 8), (0, 8), None)


def test_first_and_second_person_are_no_speaker():
    art, _ = _context("हमने कहा कि सब ठीक है।")
    assert speaker_of(art, 0, 1) == NO_SPEAKER


def test_pronoun_speaker_of_a_reported_clause():
    text = "गृह मंत्री अनिल कुमार ने दौरा किया। उन्होंने कहा कि हालात काबू में हैं।"
    (r,) = bias.analyze(text).reported
    assert (r.speaker, r.pronoun, r.source_type, r.rule) == (
        "अनिल कुमार",
        "उन्होंने",
        "government_official",
        "ne_kaha_ki",
    )


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("मंत्री", "government_official"),
        ("गूगल के प्रवक्ता", "organisation"),  # affiliation: an unknown body
        ("मंत्रालय के प्रवक्ता", "government_official"),  # affiliation: the body's type
        ("पूर्व मंत्री", "politician"),  # former official
        ("एक अधिकारी", "anonymous"),  # indefinite official
        ("दो अधिकारी", "government_official"),  # (not indefinite)
        ("एक स्थानीय नेता", "anonymous"),  # an unnamed politician is a vague source too
        ("स्वास्थ्य मंत्री डॉ. हर्ष", "government_official"),  # a title yields to an office
        ("प्रवक्ता प्रोफेसर नोएल", "government_official"),  # (प्रवक्ता alone: an official)
        ("अस्पताल की डॉक्टर शकीला", "expert"),  # a body, not an office: the title decides
        ("डॉ. हर्ष", "expert"),  # a title alone
        ("संस्थापक धवल शाह", "organisation"),  # a namesake of a known शाह is someone else
        ("गृह मंत्री शाह", "government_official"),  # (a title before the surname keeps it)
        # a role in a body before a known full name: the article's description decides
        ("मास्टरकार्ड के चीफ अजय भल्ला", "organisation"),
        ("गृह मंत्रालय के सचिव अजय भल्ला", "government_official"),
        # an office before a film star's name: a namesake (namesake_in_office)
        ("गांव के पटवारी अशोक कुमार", "government_official"),
        ("अभिनेता अशोक कुमार", "celebrity"),
        # a classifying noun before a name decides (classifier_before), and a department
        # of a named body speaks for that body (department_owner)
        ("कंपनी एलजी", "organisation"),
        ("उपराज्यपाल एलजी", "government_official"),
        ("एक संस्था के प्रचार विभाग के प्रमुख", "organisation"),
        ("मौसम विभाग के निदेशक", "government_official"),
        # an office with its area: the area is no villager
        ("एएसपी ग्रामीण डॉ. गौरव", "government_official"),
        # a known one-word name that another name word follows is someone else's first name
        # (namesake, name_goes_on): an office before it decides, or nothing does
        ("एसडीएम भरमौर डा. जितेंद्र कंवर", "government_official"),
        ("जितेंद्र कंवर", None),
        ("जितेंद्र", "celebrity"),
        # a spokesperson of a named office speaks on the record (not indefinite_official)
        ("एक रक्षा प्रवक्ता", "government_official"),
        ("एक प्रवक्ता", "anonymous"),
        # weather services and offices, disaster management and शासन are the government
        ("राष्ट्रीय मौसम सेवा", "government_official"),
        ("मौसम कार्यालय", "government_official"),
        ("सचिव आपदा प्रबंधन अमित नेगी", "government_official"),
        ("शासन", "government_official"),
        ("एनओएए के अधिकारी स्टीव", "government_official"),
        # an armed group speaking as a body is an organisation (the guide)
        ("चरमपंथियों", "organisation"),
        ("एमनेस्टी", "organisation"),
        ("निसान के जनरल मैनेजर गैरेथ", "organisation"),  # (not the military rank जनरल)
        ("WHO चीफ", "organisation"),  # a chief takes its body's type
        ("रिसर्च लैब के चीफ साइंटिस्ट नोल", "expert"),  # (a chief scientist is a scientist)
        # a party's office holder is a politician; the party alone, or its government, is not
        ("मुंबई कांग्रेस प्रमुख संजय", "politician"),
        ("भाजपा के प्रवक्ता", "politician"),
        ("भाजपा सरकार के प्रवक्ता", "government_official"),
        ("कांग्रेस", "organisation"),
        # unnamed officials are anonymous: a plural, alone, or after a body in the genitive
        ("अधिकारियों", "anonymous"),
        ("चुनाव अधिकारियों", "anonymous"),
        ("अधिकारी", "anonymous"),
        ("एयरपोर्ट के अधिकारी", "anonymous"),
        ("श्राइन बोर्ड के अफसरों", "anonymous"),
        ("पुलिस के वरिष्ठ अधिकारी", "anonymous"),  # (past rank words: RANK_WORDS)
        ("राज्य प्रशासन के एक अफसर", "anonymous"),
        ("एक पदाधिकारी", "anonymous"),  # an office-bearer the article does not name
        # (an office title is a person; a named official is named)
        ("मुख्य चिकित्सा अधिकारी", "government_official"),
        ("पुलिस अधिकारी रमेश", "government_official"),
        ("रमेश", None),
    ],
)
def test_source_type_and_its_refinements(phrase, expected):
    art, _ = _context(phrase + " ने कहा")
    first = 1 if phrase.startswith("एक ") else 0  # (एक is not part of the phrase)
    assert source_type(art, first, _n_tokens(art, phrase)) == expected


def _n_tokens(art, phrase: str) -> int:
    """How many tokens of ``art`` the phrase at its start has (डॉ. is two: डॉ and .)."""
    return sum(1 for s in art.starts if s < len(phrase))


def test_titles_teach_a_name_its_type():
    text = "प्रोफेसर ली क्रोनिन ने शोध किया। क्रोनिन ने कहा कि नतीजे अच्छे हैं।"
    art, _ = _context(text)
    assert art.titles["क्रोनिन"] == "expert"
    i = art.keys.index("क्रोनिन", 4)
    assert source_type(art, i, i + 1) == "expert"
    assert strip_title(art, 0, 3) == 1  # प्रोफेसर | ली क्रोनिन


def test_a_relatives_surname_is_not_learnt():
    # the son's kinship role types his given name, not the family's surname
    art, _ = _context("उनके बेटे सरफराज खान नाटक करते हैं। कादर खान ने कहा कि सब ठीक है।")
    assert art.titles["सरफराज"] == "public" and "खान" not in art.titles
    art, _ = _context("इसके अलावा कादर खान ने संवाद लिखे।")
    assert [art.words(m.first, m.end) for m in art.mentions] == ["कादर खान"]  # (not अलावा)


# --------------------------------------------------------------------------- direct or term

# (reason, text, attributed): the reason makes the first quotation a term
TERM_POSITIVE = [
    (kinds.no_words, "अदालत ने “—” लिखा।", False),
    (kinds.naming_noun, "दोनों देशों ने “रणनीतिक साझेदारी संधि” पर हस्ताक्षर किए।", True),
    (kinds.after_title_word, "फिल्म 'वेलकम बैक' सुपरहिट रही.", True),
    (kinds.before_naming_word, "उन्होंने ‘आनंद’ नामक योजना शुरू की।", True),
    (kinds.before_naming_word, "केंद्र ने बताया कि 'विल्मा' तूफान कमजोर पड़ा।", True),  # its class
    (kinds.before_naming_word, "रेलवे ने कहा कि ‘श्रमिक स्पेशल’ ट्रेन चलेगी।", True),  # term_class
    (kinds.before_naming_word, "डॉक्टर ने कहा कि ‘पेरासिटामोल’ जैसी दवाएं काफी हैं।", True),
    (kinds.english_title, "उन्होंने 'द लाइफ़ एंड टाइम्स ऑफ़ नरगिस' में लिखा।", True),
    (kinds.listed, "इसमें 'मधुमती', 'जिस देश में गंगा बहती है' और 'राम और श्याम' शामिल हैं।", False),
    (kinds.unattributed_short, "सरकार ने ‘सख्त’ कदम उठाए।", False),
    (kinds.named_as, "मंत्री ने कहा कि पूरे शहर को ‘रेड जोन’ घोषित किया जाए।", True),
    (kinds.named_as, "वैज्ञानिक बताते हैं कि इसे ‘साइटोकाइन स्टॉर्म’ कहा जाता है।", True),
    (kinds.inside_clause, "मंत्री ने कहा कि ‘रेड जोन’ में सख्ती और बढ़ेगी।", True),
    (kinds.inside_clause, "रेलवे ने बताया कि कोचों को ‘कोविड केंद्र’ के रूप में बदला गया।", True),
    # governed by को before a speech cue: the one spoken to
    (kinds.inside_clause, "मेजर एडम्स ने टीवी चैनल 'सीएनएस' को बताया कि इमारत गिरी।", True),
    (kinds.inside_clause, "हादसे की खबर ‘काठमांडू पोस्ट’ ने दी।", True),  # the speaker
    (kinds.class_predicate, "सुधीर ने कहा कि 'मेहरुनिसा' एक पीरियड फिल्म है.", True),
    (kinds.class_predicate, "वो कहते हैं कि 'जब वी मेट' उनकी सर्वश्रेष्ठ फ़िल्म है.", True),
]
TERM_NEGATIVE = [
    (kinds.no_words, "सरकार ने ‘सख्त’ कदम उठाए।", False),
    (kinds.naming_noun, "उन्होंने कहा, “हमने संधि की।”", True),  # speech: a danda, हमने
    (kinds.after_title_word, "फिल्म 'हम जीतेंगे' सुपरहिट रही.", True),  # हम: speech
    (kinds.before_naming_word, "उन्होंने ‘आनंद’ से बात की।", True),
    (kinds.english_title, "द. अफ्रीका के कप्तान ने कहा, 'हम जीतेंगे।'", True),  # द.: दक्षिण
    (kinds.english_title, "मंत्री ने कहा, 'हम ऑफ सीज़न में भी तैयारी करेंगे और हर मैच जीतने के लिए खेलेंगे।'", True),
    (kinds.listed, "मंत्री ने इसे ‘घबराहट’ और ‘भ्रम’ बताया।", True),  # attributed: the speaker's words
    (kinds.listed, "उन्होंने ‘घबराहट’ के बाद ‘भ्रम’ भी देखा।", False),  # not a list
    (kinds.unattributed_short, "सरकार ने ‘सख्त’ कदम उठाए।", True),  # a rule attributed it
    # a speaker's own characterisation is not a naming verb
    (kinds.named_as, "पुतिन ने किम को ‘घनिष्ठ मित्र’ बताया।", True),
    (kinds.unattributed_short, "वह “हम सब मिलकर आगे बढ़ेंगे और जीतेंगे” कहते रहे।", False),
    # a crosshead in marks on a line of its own quotes the item below it
    (kinds.unattributed_short, "कोरोना के मामले घटे।\n‘घबराने की कोई जरूरत नहीं’\nबाजार खुले।", False),
    # a speech act follows: the quotation is what was said
    (kinds.inside_clause, "पुतिन ने “घनिष्ठ मित्रता” की भी प्रशंसा की।", True),
    # a genitive before it: a quoted characterisation of something
    (kinds.inside_clause, "मीडिया ने इसे दोस्ती की “अजेयता” को दर्शाने वाला बताया।", True),
    (kinds.inside_clause, "मंत्री ने कहा, “हम तैयार हैं” और चले गए।", True),  # speech: हम
    # no class noun before the copula: the speaker's own judgement
    (kinds.class_predicate, "उन्होंने कहा कि यह ‘बहुत मुश्किल’ समय है।", True),
]


@pytest.mark.parametrize("reason, text, attributed", TERM_POSITIVE)
def test_term_reason(reason, text, attributed):
    art, q = _context(text)
    assert reason(art, q, attributed)
    assert kinds.term_reason(art, q, attributed=attributed) == reason.__name__
    assert kinds.quote_kind(art, q, attributed=attributed) == "term"


@pytest.mark.parametrize("reason, text, attributed", TERM_NEGATIVE)
def test_not_this_term_reason(reason, text, attributed):
    art, q = _context(text)
    assert not reason(art, q, attributed)


def test_every_term_reason_has_cases():
    for reason in kinds.TERM_REASONS:
        assert any(case[0] is reason for case in TERM_POSITIVE), reason.__name__
        assert any(case[0] is reason for case in TERM_NEGATIVE), reason.__name__


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
def test_speech_signs_match_their_pattern(parts):
    content = "".join(parts)
    assert has_speech_signs(content) == bool(_SPEECH_BY_PATTERN.search(content))


# --------------------------------------------------------------------------- the one scan

_SCAN_WORDS = (
    "के की से को का पर और नहीं न नेता ने सेना कोई बात कहा बताया जाता है गया कहते हैं के अनुसार "
    "उन्होंने मंत्री प्रधानमंत्री नरेंद्र मोदी पुलिस सूत्रों मुताबिक कहना अपने वर्षीय , ।"
).split()


def _longest(lex_terms, keys, i):
    """The longest term of ``lex_terms`` (token tuples) starting at token ``i``, by definition."""
    best = None
    for toks in lex_terms:
        if tuple(keys[i : i + len(toks)]) == toks and (best is None or len(toks) > best):
            best = len(toks)
    return best


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_SCAN_WORDS), max_size=20))
def test_scan_is_the_plain_searches(words):
    from bias.lexicon import load_table, term_tokens

    lex = default_attributor().lexicon
    tk = TokenTable(" ".join(words))
    found = scan(tk, lex)
    keys = list(tk.keys)
    assert found.mention_triggers == [i for i, k in enumerate(keys) if k in lex.mention_words]
    assert found.speech_triggers == [i for i, k in enumerate(keys) if k in lex.speech_words]
    for kind, got in (("verb", found.verbs), ("impersonal", found.impersonal)):
        terms = [term_tokens(t) for t, k in load_table("cues").rows if k == kind]
        expected = {}
        for i in range(len(keys)):
            length = _longest(terms, keys, i)
            if length:
                expected[i] = (length, kind)
        assert got == expected


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["ने", "कहा", "x", ","]), max_size=30))
def test_positions_is_its_definition(keys):
    words = frozenset({"ने", ","})
    assert positions(keys, words) == [i for i, k in enumerate(keys) if k in words]


@pytest.mark.parametrize(
    "text, speaker, source_type",
    [
        # a title of a body: the name learns the body's type (affiliation), not the title's own
        (
            "एअरलाइंस के महानिदेशक एंड्रेस कोनेसा ने कहा कि उड़ानें बंद हैं। कोनेसा ने कहा, “हम तैयार हैं।”",
            "कोनेसा",
            "organisation",
        ),
        # a former office: the name learns "politician" (former_official)
        (
            "राजस्थान की पूर्व मुख्यमंत्री वसुंधरा राजे ने कहा कि हालात खराब हैं। राजे ने कहा, “हम तैयार हैं।”",
            "राजे",
            "politician",
        ),
        # a body's term right before a role, without के: the body's type
        ("डब्ल्यूएचओ महानिदेशक टेड्रोस ने कहा, “हम तैयार हैं।”", "डब्ल्यूएचओ महानिदेशक टेड्रोस", "organisation"),
        ("भाजपा प्रवक्ता संबित पात्रा ने कहा, “हम तैयार हैं।”", "भाजपा प्रवक्ता संबित पात्रा", "politician"),
        # a named official is not an unnamed (anonymous) one, and a district is a government
        # body: its official is an official
        (
            "एरि जिले के अधिकारी रिचर्ड तोब ने बताया कि सड़कें बंद हैं। तोब ने कहा, “हम तैयार हैं।”",
            "तोब",
            "government_official",
        ),
        # a place before the title is no body: the office stays an official
        (
            "राजस्थान के मुख्यमंत्री अशोक गहलोत ने कहा कि हालात ठीक हैं। गहलोत ने कहा, “हम तैयार हैं।”",
            "गहलोत",
            "government_official",
        ),
    ],
)
def test_a_titled_phrase_teaches_its_names_the_phrases_type(text, speaker, source_type):
    (q,) = [q for q in bias.analyze(text).quotes if q.kind == "direct"]
    assert (q.speaker, q.source_type) == (speaker, source_type)


@pytest.mark.parametrize(
    "text, speaker, expected",
    [
        # a role set off by a comma before the name (apposition)
        ("लखीमपुर के एक किसान, भास्कर गोगोई ने कहा, ‘सब बह गया।’", "भास्कर गोगोई", "public"),
        # a participle phrase: a resident
        ("मेक्सिको सिटी में रहने वाले लुई रॉड्रिग्ज ने कहा, “हम डरे हैं।”", "लुई रॉड्रिग्ज", "public"),
        # the role of a list of names is each one's (listed_name_before)
        ("गांव निवासी प्रवीण, हर्ष कुमार, मंजू व रमेश ने कहा, “घर गिर गया।”", "मंजू व रमेश", "public"),
        # near misses: a known person before the comma is a list, not a role; no role at all
        ("प्रधानमंत्री मोदी, रमेश ने कहा, “हम साथ हैं।”", "रमेश", "other"),
        ("कल रमेश ने कहा, “हम साथ हैं।”", "रमेश", "other"),
    ],
)
def test_role_before_the_name(text, speaker, expected):
    (q,) = bias.Analyzer(type_fallback=False).analyze(text).quotes
    assert (q.speaker, q.source_type) == (speaker, expected)


@pytest.mark.parametrize(
    "text, speaker, pronoun",
    [
        # adverbs between the subject and the speech verb are not the speaker
        ("अभिनेत्री मौसमी चटर्जी ने कहा, “हां ये सच है.” वो आगे कहती हैं, “मुझे रोना आसान था.”",
         "मौसमी चटर्जी", "वो"),
        ("निर्देशक शोएब मंसूर ने कहा, “फ़िल्म पूरी है.” वे सिर्फ़ इतना कहते हैं, “यह त्रासदी है.”",
         "शोएब मंसूर", "वे"),
        ("पहली बात हुई. कोच रमेश भी कहते हैं, “टीम तैयार है.”", "रमेश", None),
    ],
)
def test_speech_adverbs_are_passed_over(text, speaker, pronoun):
    q = bias.analyze(text).quotes[-1]
    assert (q.speaker, q.pronoun, q.rule) == (speaker, pronoun, "verb_before")


@pytest.mark.parametrize(
    "text, speaker",
    [
        # "X को लेकर" (about X) and "बतौर" (as) end a speaker phrase read backwards
        ("वैक्सीन को लेकर WHO ने कहा कि काम तेजी से चल रहा है।", "WHO"),
        ("फिल्म में बतौर निर्देशक रमेश ने कहा कि काम पूरा है।", "रमेश"),
    ],
)
def test_words_that_end_a_speaker_phrase(text, speaker):
    (r,) = bias.analyze(text).reported
    assert r.speaker == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a demonstrative after the name is the verb's object, not part of the speaker
        ("कोच अनिल यह भी मानते हैं, “टीम को आराम चाहिए.”", "अनिल"),
        # the judgement a verb of opinion takes is its complement, not the speaker
        ("इस फैसले को निर्देशक रमेश सही मानते हैं. वो कहते हैं, “लंदन सही जगह है.”", "रमेश"),
        # a verb ends the phrase read backwards (जहां does not: it is a part of names, हसीन
        # जहां)
        ("कल दिल्ली आए रमेश कहते हैं, “काम बाकी है.”", "रमेश"),
    ],
)
def test_speaker_phrase_boundaries(text, speaker):
    assert bias.analyze(text).quotes[-1].speaker == speaker


def test_a_phrase_after_a_reflexive_is_not_a_subject_mention():
    from bias.voices import default_attributor

    art = default_attributor().context("छात्र अपने काम का प्रदर्शन अपने ब्लॉग पर करते हैं।")
    assert [art.words(m.first, m.end) for m in art.mentions] == ["छात्र"]


@pytest.mark.parametrize(
    "text, source",
    [
        ("संसदीय रिपोर्ट में मंगलवार को कहा गया कि आंकड़े कम हैं।", "संसदीय रिपोर्ट"),
        ("सहारा की ओर से जारी बयान में कहा गया कि हम हट रहे हैं।", "सहारा"),  # the issuer
        ("आगे बयान में कहा गया कि सब ठीक है।", "बयान"),  # (आगे: further on, not a name)
        ("घर में कहा गया कि सब ठीक है।", None),  # a place, not a document
        ("रिपोर्ट के बाद शहर में कल देर रात कहा गया कि सब ठीक है।", None),  # too far back
    ],
)
def test_document_source_is_the_document_before_me(text, source):
    art = default_attributor().context(bias.normalize(text).text)
    i = art.keys.index("कहा")
    got = reported.document_source(art, i, 0)
    assert (art.text[art.starts[got[0]] : art.ends[got[1] - 1]] if got else None) == source


@pytest.mark.parametrize(
    "text, source",
    [
        # the report speaks for the commission that issued it (the guide)
        ("आयोग ने अपनी रिपोर्ट सौंपी। इसमें कहा गया कि आंकड़े कम हैं।", "आयोग"),
        ("सर्वे जारी हुआ। इसमें कहा गया कि आंकड़े कम हैं।", "सर्वे"),  # no issuer named
        ("मंत्री कल शहर आए। इसमें कहा गया कि सब ठीक है।", None),  # no document named before
    ],
)
def test_document_of_ismen_is_the_last_document_named(text, source):
    art = default_attributor().context(bias.normalize(text).text)
    first = art.keys.index("इसमें")
    got = reported.document_source(art, art.keys.index("कहा"), first)
    assert (art.text[art.starts[got[0]] : art.ends[got[1] - 1]] if got else None) == source


@pytest.mark.parametrize(
    "text, speakers",
    [
        # a pronoun that points at no one is no speaker; इनका points at the last person
        ("मंत्री राम ने दौरा किया। इसके अनुसार सब ठीक है।", []),
        ("मंत्री राम ने दौरा किया। इनका कहना है कि सब ठीक है।", ["राम"]),
        ("शहर में इस समय कहा जा रहा है कि सब ठीक है।", [None]),  # impersonal: no speaker
    ],
)
def test_what_a_speaker_head_can_be(text, speakers):
    assert [r.speaker for r in bias.analyze(text).reported] == speakers


def test_not_speaker_heads_are_no_role_or_known_name():
    from bias.voices.words import NOT_SPEAKER_HEADS

    lex = default_attributor().lexicon
    roles = set(lex.sources.firsts) | set(lex.known.firsts)
    assert not NOT_SPEAKER_HEADS & roles
    assert not NOT_SPEAKER_HEADS & lex.pronouns


def test_relative_pronouns_end_a_noun_phrase():
    from bias.voices.words import RELATIVE, STOP_BACK

    assert RELATIVE <= STOP_BACK  # "… मानकों से कमतर रहा जिनकी उनसे उम्मीद": no speaker there


def test_a_name_in_quotation_marks_can_be_the_subject():
    # bias.voices.phrases.quoted_name: organisations are often named in marks
    art = bias.analyze("कश्मीरी पंडितों के संगठन 'कश्मीर समिति' ने मांग की है कि सरकार रुख साफ करे।")
    assert [r.speaker for r in art.reported] == ["कश्मीर समिति"]
    art = bias.analyze("‘सहारा’ ने कहा, “हम जांच में सहयोग करेंगे।”")
    assert [q.speaker for q in art.quotes if q.kind == "direct"] == ["सहारा"]


def test_an_outlet_quoting_a_source_is_the_way_not_the_speaker():
    # bias.voices.phrases.quoting_whom: "X ने Y के हवाले से बताया": Y speaks, X is the way
    text = "अखबार ने हवाई अड्डे के एक अधिकारी के हवाले से बताया, “विमान उतर रहा था।”"
    (q,) = [q for q in bias.analyze(text).quotes if q.kind == "direct"]
    assert (q.speaker, q.rule) == ("हवाई अड्डे के एक अधिकारी", "ne_subject")
    assert text[q.via_start : q.via_end] == "अखबार"
    art = bias.analyze("अखबार ने पुलिस के हवाले से बताया कि दो लोग पकड़े गए।")
    assert [r.speaker for r in art.reported] == ["पुलिस"]


def test_the_reader_addressed_is_no_antecedent_of_a_speaker_pronoun():
    # speakers.NOT_THIRD_PERSON: "आप अपनी पहचान …" addresses the reader; the pronoun
    # उन्होंने goes back to the person named before
    text = (
        "निक जोंस ने यह ऐप बनाया है। इस ऐप से आप अपनी पहचान छिपा सकते हैं। "
        "उन्होंने कहा, “यह बिल्कुल नया है।”"
    )
    (q,) = bias.analyze(text).quotes
    assert q.speaker == "निक जोंस"


def test_an_infinitive_heads_no_speaker_phrase():
    # speakers.infinitive: "लॉकडाउन बढ़ाने की मांग" names what is asked, not who asks; the
    # pronoun goes back to the one who asked
    text = "ओडिशा ने लॉकडाउन बढ़ाने की मांग की। उन्होंने कहा, “हम तैयार हैं।”"
    (q,) = bias.analyze(text).quotes
    assert q.speaker == "ओडिशा"
    art = default_attributor().context("लॉकडाउन बढ़ाने की मांग")
    assert not speakers_module.can_be_speaker(art, 0, 2)


def test_a_quotation_from_news_as_such_names_no_speaker():
    # rules.according_to with information.news_as_such: as for reported speech, "मीडिया
    # रिपोर्ट्स के मुताबिक" names no source; "पुलिस के अनुसार" does
    art = bias.analyze("मीडिया रिपोर्ट्स के मुताबिक, “हमलावर एक महिला थी।”")
    (q,) = art.quotes
    assert (q.speaker, q.source_type, q.rule) == (None, "anonymous", "according_to")
    assert art.to_dict()["quotes"][0]["speaker"] is None and not art.entities
    (q,) = bias.analyze("पुलिस के अनुसार, “हमलावर फरार हैं।”").quotes
    assert q.speaker == "पुलिस"


@pytest.mark.parametrize(
    "text, speaker, stype",
    [
        # a surname in -ने is no infinitive when ने or a role shows it is a name (surname_in_ne)
        ("श्री कांकने ने बताया कि तूफान दूर है।", "श्री कांकने", "other"),
        ("मौसम विभाग के निर्देशक आर के कांकने के अनुसार तूफान आ सकता है।", "आर के कांकने",
         "government_official"),
        # निर्देशक takes a known body's type (FILM_ROLES); a film's director is a film-maker
        ("फिल्म के निर्देशक अनुराग कश्यप ने कहा कि फिल्म अच्छी है।", "अनुराग कश्यप", "celebrity"),
    ],
)
def test_surnames_in_ne_and_directors(text, speaker, stype):
    (r,) = bias.Analyzer(type_fallback=False).analyze(text).reported
    assert (r.speaker, r.source_type) == (speaker, stype)


def test_an_infinitive_still_heads_no_speaker():
    art = bias.analyze("लॉकडाउन बढ़ाने की मांग पर सरकार ने कहा कि विचार होगा।")
    assert [r.speaker for r in art.reported] == ["सरकार"]


def test_an_opinion_held_in_the_present_is_reported():
    """cues.tsv: the present of समझना is an opinion verb, as मानना is ("X समझते हैं कि …")."""
    (r,) = bias.analyze("विशेषज्ञ समझते हैं कि हालात चिंताजनक हैं।").reported
    assert (r.speaker, r.rule) == ("विशेषज्ञ", "says_that")


def test_a_carried_subject_also_before_a_clause_without_ki():
    """subject_carried finds its clause as ne_kaha_ki does (clause_start): after कि, a comma,
    or a bare clause of four words or more."""
    text = "अध्यक्ष ने बताया कि बैठक हुई। कहा, राहत सामग्री कल तक पहुंच जाएगी।"
    assert [(r.speaker, r.rule) for r in bias.analyze(text).reported] == [
        ("अध्यक्ष", "ne_kaha_ki"),
        ("अध्यक्ष", "subject_carried"),
    ]


def test_a_personal_pronoun_never_stands_for_a_study_or_a_report():
    """speakers.WRITINGS: "उनके अनुसार" after "शोध के मुताबिक …" is the researcher who spoke
    before, not the study (neither as the last source nor as a subject mention)."""
    text = (
        "प्रोफेसर जॉन वास ने बताया कि शोध नया है। शोध के मुताबिक कैंसर का खतरा कम होता है। "
        "उनके अनुसार, “यह अहम है।”"
    )
    (q,) = bias.analyze(text).quotes
    assert q.speaker == "जॉन वास"


def test_titles_are_not_learnt_after_a_known_name_nor_for_an_owner():
    """learn_titles: the words after a known name are not titled by it, and a name followed by
    a genitive and a role owns the role ("व्यक्ति X का प्रशंसक": the fan is not X)."""
    art = default_attributor().context("शाहिद अफरीदी बांग्लादेश से लौट रहे थे।")
    assert "बांग्लादेश" not in art.titles
    art = default_attributor().context("हमले में शामिल व्यक्ति अफरीदी का प्रशंसक नहीं था।")
    assert "अफरीदी" not in art.titles
    art = default_attributor().context("प्रोफेसर ली क्रोनिन ने कहा।")
    assert art.titles == {"ली": "expert", "क्रोनिन": "expert"}


def test_a_pronoun_stands_for_the_relative_the_sentence_before_introduced():
    text = (
        'नेहा ने कहा, "मैं बहुत खुश हूं।" नेहा की मां संतोष देवी की आंखें नम थीं। '
        'उन्होंने कहा, "बेटी ने नाम रोशन किया।"'
    )
    first, second = bias.analyze(text).quotes
    assert first.speaker == "नेहा"
    assert (second.speaker, second.source_type) == ("संतोष देवी", "public")


def test_a_kinship_word_without_a_name_introduces_no_one():
    text = 'नेहा ने कहा, "मैं बहुत खुश हूं।" उनके पिता खेती करते हैं। उन्होंने कहा, "अच्छा लगा।"'
    assert [q.speaker for q in bias.analyze(text).quotes] == ["नेहा", "नेहा"]


def test_a_relative_named_by_kinship_is_one_of_the_public():
    (q,) = bias.analyze('मृतका के पति मनोज पासवान ने कहा, "डॉक्टर नहीं आए।"').quotes
    assert q.speaker.endswith("मनोज पासवान") and q.source_type == "public"


def test_a_channel_numbered_with_a_hyphen_can_speak():
    text = 'रूस के सरकारी टीवी चैनल रोसिया-1 ने कहा, "यह अभ्यास उकसावा है।"'
    (q,) = bias.analyze(text).quotes
    assert (q.speaker, q.source_type, q.origin) == ("रोसिया-1", "state_media", "RU")


def test_a_pronoun_stands_for_the_spokesperson_of_a_body_before_a_government():
    """pronouns.is_person: an organisation's spokesperson (typed organisation) is a person, so
    "उन्होंने" after "नेटो के प्रवक्ता X ने … ख़ारिज किया" is X, not the officials quoted before."""
    text = (
        "रूसी विदेश मंत्रालय की प्रवक्ता येलेना कोर्साकोवा ने कहा कि मॉस्को नज़र रखे हुए है। "
        "नेटो के प्रवक्ता मार्टिन हॉलग्रेन ने इन आरोपों को ख़ारिज किया। "
        "उन्होंने कहा, “यह अभ्यास किसी देश के ख़िलाफ़ नहीं है।”"
    )
    (q,) = bias.analyze(text).quotes
    assert q.speaker.endswith("मार्टिन हॉलग्रेन") and q.source_type == "organisation"


def test_an_unnamed_party_leader_is_anonymous_a_railway_spokesperson_is_not():
    """source_types.indefinite_official: "पार्टी के एक वरिष्ठ नेता" is a source the article does
    not name; "रेलवे के एक प्रवक्ता" speaks on the record for the railways (the guide)."""
    (q,) = bias.analyze('पार्टी के एक वरिष्ठ नेता ने नाम न छापने की शर्त पर कहा, "हम नाराज़ हैं।"').quotes
    assert q.source_type == "anonymous"
    (q,) = bias.analyze('रेलवे के एक प्रवक्ता ने कहा, "और ट्रेनें चलेंगी।"').quotes
    assert q.source_type == "government_official"


def test_a_statement_speaks_for_whoever_issued_it():
    """speakers.statement_issuer: "बयान में कहा गया" is the party that issued the statement in
    the sentence before, not a speaker called बयान nor the minister quoted earlier."""
    text = (
        'मुख्यमंत्री ने कहा, "हम जीत गए।" विपक्षी जन अधिकार पार्टी ने एक बयान जारी कर कहा कि वह '
        'निराश नहीं है। बयान में कहा गया, "हमारी लड़ाई जारी रहेगी।"'
    )
    first, second = bias.analyze(text).quotes
    assert first.speaker == "मुख्यमंत्री"
    assert second.speaker.endswith("जन अधिकार पार्टी")


def test_the_presenter_of_a_state_channel_speaks_as_state_media():
    """outlets.outlet_of_role: the outlet named just before is the state's when सरकारी stands
    before its name ("सरकारी टीवी चैनल"), though a shorter term (चैनल) ends nearer the role."""
    text = (
        "रूस के सरकारी टीवी चैनल रोसिया-1 ने अभ्यास को उकसावा बताया। "
        'कार्यक्रम के प्रस्तोता ग्रिगोरी वोल्कोव ने कहा, "पश्चिम डर फैला रहा है।"'
    )
    (q,) = bias.analyze(text).quotes
    assert (q.source_type, q.origin) == ("state_media", "RU")


def test_a_pronoun_stands_for_the_resident_the_sentence_before_introduced():
    """relatives.described_person: "रहने वाली X" and "84 साल की X" introduce an ordinary person,
    whom the next sentence's pronoun continues (not the official quoted before)."""
    text = (
        'अधिकारी ने कहा, "नोटिस दिया गया था।" दूसरी मंजिल पर रहने वाली सुनीता मोरे समय रहते '
        'बाहर निकल आईं। उन्होंने बताया, "हम नीचे भागे।"'
    )
    first, second = bias.analyze(text).quotes
    assert second.speaker.startswith("सुनीता मोरे") and second.source_type == "public"
    text = (
        'प्रवक्ता ने कहा, "परीक्षण चल रहा है।" केंद्र में 84 साल की फ़ुमिको सातो हर सुबह गाती हैं। '
        'उन्होंने बताया, "मुझे अच्छा लगता है।"'
    )
    assert bias.analyze(text).quotes[1].speaker.startswith("फ़ुमिको सातो")


def test_a_verb_of_arrival_is_no_part_of_the_speakers_name():
    """words.STOP_BACK: "अस्पताल पहुंचीं त्रिपाठी ने कहा" — the speaker is त्रिपाठी (the DM named
    before), not "पहुंचीं त्रिपाठी"."""
    text = (
        'जिलाधिकारी अनुपमा त्रिपाठी ने जांच के आदेश दिए। देर शाम जिला अस्पताल पहुंचीं त्रिपाठी ने '
        'कहा, “इलाज का खर्च सरकार देगी।”'
    )
    (q,) = bias.analyze(text).quotes
    assert (q.speaker, q.source_type) == ("त्रिपाठी", "government_official")


def test_a_phrase_before_a_reflexive_is_an_object_after_a_ne_subject():
    # "X ने पूरा हादसा अपनी आंखों से देखा": the accident is what X saw, not a speaker
    text = "ढाबा चलाने वाले रामप्रीत मौर्य ने पूरा हादसा अपनी आंखों से देखा। उनके मुताबिक, “ट्रक तेज था।”"
    art = bias.analyze(text)
    assert [q.speaker for q in art.quotes] == ["रामप्रीत मौर्य"]
    # (without a ने subject the phrase before the reflexive is the subject: a mention)
    art, _ = _context("छात्र अपने काम का प्रदर्शन करते हैं। उन्होंने कहा, “यह अच्छा है।”")
    assert [art.words(m.first, m.end) for m in art.mentions] == ["छात्र"]


def test_a_name_opening_a_sentence_is_the_pronouns_antecedent():
    # a feature names its source with a role, quotes someone else, then opens a sentence with
    # the source's first name alone: the next उन्होंने is that source (topics.topic_mentions)
    text = (
        "अभिनेता समर्थ भटनागर ने कहा कि फ़िल्म चलेगी। ट्रेड विश्लेषक हरीश कोठारी ने कहा, “शो कम हैं।” "
        "समर्थ इस दबाव को मानते हैं। उन्होंने कहा, “दर्शक आएंगे।”"
    )
    art = bias.analyze(text)
    assert [q.speaker for q in art.quotes] == ["हरीश कोठारी", "समर्थ"]
    assert art.quotes[1].source_type == "celebrity"
    # a common noun or role opening a sentence is no one in particular
    text = "छात्र नेता ने कहा कि धरना होगा। छात्र आज भी नाराज़ हैं। उन्होंने कहा, “हम लड़ेंगे।”"
    art, _ = _context(text)
    assert [art.words(m.first, m.end) for m in art.mentions] == ["छात्र नेता"]


def test_a_relative_named_by_the_name_lists_is_a_mention_whatever_follows():
    # "उनके पिता बंधन कुजूर खेतिहर मजदूर हैं": no postposition ends the name, the lists know it
    text = (
        'अजय कुजूर ने कहा, "डर निकल गया।" उनके पिता बंधन कुजूर खेतिहर मजदूर हैं। '
        'उन्होंने फोन पर कहा, "गांव खुश है।"'
    )
    art = bias.analyze(text)
    assert [(q.speaker, q.source_type) for q in art.quotes][1] == ("बंधन कुजूर", "public")
    assert art.quotes[0].entity != art.quotes[1].entity


def test_a_school_teacher_is_one_of_the_public_a_professor_an_expert():
    art = bias.analyze('गांव की शिक्षिका सुनीता मौर्य ने कहा, "स्कूल बंद है।"')
    assert art.quotes[0].source_type == "public"
    art = bias.analyze('विश्वविद्यालय के प्रोफ़ेसर अजय खरे ने कहा, "यह शोध अहम है।"')
    assert art.quotes[0].source_type == "expert"


def test_the_spokesperson_of_an_unlisted_company_speaks_for_a_company():
    # the last word of a company's name (लैब्स, लिमिटेड …) types its spokesperson
    art = bias.analyze('क्विलमार्क लैब्स की प्रवक्ता जेनिफ़र आल्डरसन ने कहा, "हम जांच कर रहे हैं।"')
    assert art.quotes[0].source_type == "organisation"

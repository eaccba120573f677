"""Stances (bias.framing.stances): holder → praise/concern → target, per sentence and article."""

from __future__ import annotations

from pathlib import Path

import pytest

import bias
from bias.framing.stances import HOLDER_RULES

SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds"


def _triples(text: str):
    art = bias.analyze(text)
    return [(s.holder, s.frame, s.target, s.rule) for s in art.stances]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a reported speech act (the act ends its sentence: bias.voices.reported.speech_act) is
        # held by its speaker; the genitive names its target
        ("विपक्ष ने सरकार की कड़ी आलोचना की।", [("विपक्ष", "concern", "सरकार", "reported")]),
        # an experiencer: X में चिंता; the subject that raised the worry is what it is about
        (
            "नए कानून ने किसानों में चिंता बढ़ा दी है।",
            [("किसानों", "concern", "नए कानून", "experiencer")],
        ),
        # a raised worry: "X की" is the one who feels it, not its target
        (
            "बढ़ते मामलों ने लोगों की चिंता बढ़ा दी है।",
            [("लोगों", "concern", "बढ़ते मामलों", "experiencer")],
        ),
        # a stance act done while speaking is held by the subject after the participle
        (
            "अमिताभ की तारीफ करते हुए कादर खान कहते हैं कि वे कल मिलेंगे।",
            [("कादर खान", "praise", "अमिताभ", "participle")],
        ),
        # the reporter's epithet: the noun after it is the target
        (
            "खतरनाक कोरोना वायरस ने कई देशों में पैर पसारे।",
            [(None, "concern", "कोरोना वायरस", "narrator")],
        ),
        # "deadly" is a property of the virus (an event word, tone only), no one's stance
        ("घातक कोरोना वायरस ने कई देशों में पैर पसारे।", []),
        # conduct judged in a reported clause: the agent of that clause is the target
        (
            "सरकार ने कहा कि भारत संक्रमण को कम करने में सफल रहा है।",
            [("सरकार", "praise", "भारत", "reported")],
        ),
        # a stance act with its subject between the genitive and the act: the genitive's
        # owner is the target (bias.framing.targets.owner_past_subject)
        (
            "हालांकि ब्लैटर के इस कथन का कई खिलाड़ियों ने विरोध किया है।",
            [("कई खिलाड़ियों", "concern", "ब्लैटर के इस कथन", "subject")],
        ),
        # the cause of a feeling marked by से is its target (targets.feeling_source) ...
        (
            'उन्होंने कहा, "मुझे बॉलीवुड शब्द से परेशानी है।"',
            [("उन्होंने", "concern", "बॉलीवुड शब्द", "quote")],
        ),
        # hope has an experiencer (X को) and an object (X से)
        (
            "लोगों को सरकार से बहुत उम्मीद है।",
            [("लोगों", "praise", "सरकार", "experiencer")],
        ),
        # ... but not a manner ("गंभीर रूप से"): what the worry is about is "X को लेकर"
        (
            "मॉस्को ने कहा कि वह स्थिति को लेकर गंभीर रूप से चिंतित है।",
            [("मॉस्को", "concern", "स्थिति", "reported")],
        ),
        # a genitive pronoun before the cue is its target (the pronoun, as the guide says)
        (
            "डॉक्टरों ने भी उनकी सराहना की।",
            [("डॉक्टरों", "praise", "उनकी", "reported")],
        ),
        # an accusation: the accused is "X पर", past what X is accused of
        (
            "विपक्ष ने सरकार पर आंकड़े छिपाने का आरोप लगाया।",
            [("विपक्ष", "concern", "सरकार", "reported")],
        ),
        # … even when what they are accused of is long (ACCUSED_REACH words)
        (
            "इन पर आईपीएल के मौजूदा सत्र में तीन मैचों की स्पॉट फिक्सिंग का आरोप लगाया गया है।",
            [(None, "concern", "इन", "narrator")],
        ),
        # the speech noun of a reported view ("X का आरोप है कि …") is held by the one whose view
        # it is; what the clause is about is its target, not X
        (
            "विपक्ष का आरोप है कि सरकार ने आंकड़े बदल दिए।",
            [("विपक्ष", "concern", "सरकार", "speech_cue")],
        ),
        (
            "किसानों की शिकायत है कि मंडी में भ्रष्टाचार है।",
            [("किसानों", "concern", "मंडी", "speech_cue")],
        ),
        # inside a quotation, a third person who feels or likes holds that view; the speaker
        # holds their own ("मुझे गर्व है")
        (
            "उन्होंने कहा, “दर्शकों को यह फिल्म पसंद आई।”",
            [("दर्शकों", "praise", "फिल्म", "quoted_experiencer")],
        ),
        ("उन्होंने कहा, “मुझे इस पर गर्व है।”", [("उन्होंने", "praise", "इस", "quote")]),
        # object-first order: the ने subject after the cue holds it, when its light verb ends
        # the sentence; a ने subject with a verb of its own does not
        ("इसकी कड़ी निंदा कई देशों ने की।", [("कई देशों", "concern", "इसकी", "fronted")]),
        ("सरकार की आलोचना के बाद मंत्री ने बैठक की।", [(None, "concern", "सरकार", "narrator")]),
        # the speaker of a quotation holds the stances inside it; के खिलाफ names the target
        (
            "मंत्री ने कहा, “हम आतंकवाद के खिलाफ कड़ी निंदा करते हैं।”",
            [("मंत्री", "concern", "आतंकवाद", "quote")],
        ),
        # a subject that causes a worry does not hold it (the reporter speaks): it is the target
        (
            "पुतिन की यात्रा ने चिंताएं बढ़ा दी हैं।",
            [(None, "concern", "पुतिन की यात्रा", "narrator")],
        ),
        # the reporter's own evaluation has no holder; the predicate's subject is the target
        ("यह फैसला ऐतिहासिक उपलब्धि है।", [(None, "praise", "फैसला", "narrator")]),
        ("उनका रवैया बहुत सहयोगात्मक है।", [(None, "praise", "उनका रवैया", "narrator")]),
        # the agent of a passive or a received stance holds it
        (
            "पत्नी द्वारा शमी पर गंभीर आरोप लगाया गया।",
            [("पत्नी", "concern", "शमी", "agent")],
        ),
        # the subject of the sentence takes the stance (not a speech act); only a feeling has an
        # experiencer: में after a place is no holder
        (
            "कार्यकर्ताओं ने थाणे में विरोध प्रदर्शन किया।",
            [("कार्यकर्ताओं", "concern", None, "subject")],
        ),
        ("इसको लेकर लोगों में काफी डर है।", [("लोगों", "concern", "इसको", "experiencer")]),
        # people in the genitive of a feeling feel it (feeling_owner); a thing there is what the
        # feeling is about
        ("किसानों की नाराजगी बढ़ती जा रही है।", [("किसानों", "concern", None, "experiencer")]),
        ("संक्रमण का डर बना हुआ है।", [(None, "concern", "संक्रमण", "narrator")]),
        # a plain report of an event is no stance
        ("हादसे में पांच लोगों की मौत हो गई।", []),
        # a phrase that names an event or status is no stance of a word in it: a river's danger
        # mark, a charge someone is arrested on
        ("नदी खतरे के निशान से ऊपर बह रही है।", []),
        ("पुलिस ने उसे हत्या के आरोप में गिरफ्तार किया।", []),
        # the object with को is the target; a time with को is not
        (
            "विपक्ष ने हिंसा के लिए प्रशासन को जिम्मेदार ठहराया।",
            [("विपक्ष", "concern", "प्रशासन", "subject")],
        ),
        ("संगठन ने सोमवार को कड़ी चेतावनी दी।", [("संगठन", "concern", None, "reported")]),
        # a feeling expressed (जताई) is held by its subject; के प्रति / पर name its target
        (
            "उन्होंने परिजनों के प्रति चिंता जताई।",
            [("उन्होंने", "concern", "परिजनों", "reported")],
        ),
        (
            "विशेषज्ञों ने इस फैसले पर गहरी चिंता जताई।",
            [("विशेषज्ञों", "concern", "इस फैसले", "reported")],
        ),
        # an appeal's target is the one asked (से), not what is asked for; a warning to no one
        # named is about the danger it warns of (the genitive before it)
        (
            "किसानों ने राज्य सरकार से तत्काल मदद की अपील की।",
            [("किसानों", "concern", "राज्य सरकार", "reported")],
        ),
        (
            "एजेंसियों ने भूस्खलन के खतरे की चेतावनी दी।",
            [("एजेंसियों", "concern", "भूस्खलन", "reported")],
        ),
        # sympathy is with someone; worry is for someone
        (
            "राष्ट्रपति ने मृतकों के परिवारों के साथ संवेदना जताई।",  # (a reported condolence)
            [("राष्ट्रपति", "praise", "मृतकों के परिवारों", "reported")],
        ),
        ("मैं अपने भाई के लिए चिंतित थी।", [(None, "concern", "अपने भाई", "narrator")]),
        # what the stance is about: "X को लेकर", "X के बारे में"
        ("टीके को लेकर लोगों में चिंता है।", [("लोगों", "concern", "टीके", "experiencer")]),
        ("विशेषज्ञों ने टीके के बारे में चिंता जताई।", [("विशेषज्ञों", "concern", "टीके", "reported")]),
        # (a को alone before a feeling marks who feels it, not what it is about)
        ("लोगों को चिंता है।", [("लोगों", "concern", None, "experiencer")]),
        # a dative pronoun holds a feeling too, and so does "X को" past what it is about
        ("उन्हें इस फैसले पर गर्व है।", [("उन्हें", "praise", "इस फैसले", "experiencer")]),
        # (and "X से" before a feeling is its cause: what the feeling is about)
        ("किसानों को सरकार से नाराजगी है।", [("किसानों", "concern", "सरकार", "experiencer")]),
        # (a को of time is not an experiencer: the ने subject expresses the worry)
        ("अदालत ने सोमवार को चिंता जताई।", [("अदालत", "concern", None, "reported")]),
        # a judging adjective before a noun judges that noun, and the judgement is the speaker's
        # (here the reporter's), not the agent's of the clause
        ("उन्होंने कई बेहतरीन फ़िल्में की हैं।", [(None, "praise", "फ़िल्में", "narrator")]),
        # a cue that opens with its case marker ("को सलाम"): the noun phrase before is the target
        ("देश ने वीर जवानों को सलाम किया।", [("देश", "praise", "वीर जवानों", "subject")]),
        # a nominative subject naming people (no ने) holds the stance act or feeling of its
        # clause, and a target never holds its holder (bias.framing.stances.beyond_holder)
        (
            "सोशल मीडिया यूजर्स इस हादसे को साजिश करार दे रहे हैं।",
            [("सोशल मीडिया यूजर्स", "concern", "इस हादसे", "nominative")],
        ),
        ("पहाड़ों में रहने वाले लोग बहुत चिंतित हैं।", [("रहने वाले लोग", "concern", None, "nominative")]),
        # a particle or a time adverb ends the holder's phrase read backwards
        ("इससे पहले किसानों में काफी नाराजगी थी।", [("किसानों", "concern", None, "experiencer")]),
        ("वहां ही किसानों में काफी नाराजगी थी।", [("किसानों", "concern", None, "experiencer")]),
        # not when a case marker follows the people (a target or a place), nor for a quality
        # adjective, whose subject is what it judges
        ("लोगों के घरों पर खतरा मंडरा रहा है।", [(None, "concern", "लोगों के घरों", "narrator")]),
        ("किसानों की यह फसल अच्छी है।", [(None, "praise", "फसल", "narrator")]),
    ],
)
def test_stance_rules(text, expected):
    assert _triples(text) == expected


def test_a_bracketed_short_name_belongs_to_the_holder():
    text = "कृषक मुक्ति संग्राम समिति (केएमएसएस) ने राहत की मांग करते हुए प्रदर्शन किया।"
    (holder, frame, _, rule), *_ = _triples(text)
    assert (holder, frame, rule) == ("कृषक मुक्ति संग्राम समिति (केएमएसएस)", "concern", "subject")


def test_a_pronoun_holder_stands_for_the_entity_named_before_it():
    text = "शरद पवार ने कहा, “हम जांच चाहते हैं।” उन्होंने प्रशासन की कड़ी आलोचना की।"
    art = bias.analyze(text)
    (stance,) = [s for s in art.stances if s.cue.endswith("आलोचना")]
    (entity,) = [e for e in art.entities if e.name == "शरद पवार"]
    # (the act is reported speech: its pronoun speaker is resolved to the entity)
    assert stance.holder_entity == entity.id
    assert art.text[stance.holder_start : stance.holder_end] in ("उन्होंने", "शरद पवार")
    # with no entity named near enough, the pronoun stays unresolved: it is its own entity
    far = "वह आए।" + " खबर आई।" * 80 + " उन्होंने प्रशासन की कड़ी आलोचना की।"
    art = bias.analyze(far)
    names = {e.id: e.name for e in art.entities}
    assert [names.get(s.holder_entity, s.holder) for s in art.stances] == ["उन्होंने"]


def test_every_holder_rule_is_named():
    assert HOLDER_RULES == (
        "quoted_experiencer",
        "quote",
        "reported",
        "speech_cue",
        "headline",
        "experiencer",
        "participle",
        "subject",
        "fronted",
        "agent",
        "nominative",
        "statement",
        "continued",
    )


def test_an_evaluative_sentence_continuing_a_statement_keeps_its_source():
    """The guide: an evaluative sentence that continues a sourced paragraph keeps its source as
    holder (continued_statements); plain narration after another sentence does not."""
    text = (
        "परिवहन मंत्रालय ने बयान जारी कर बताया कि हवाई मार्ग राख से ढक चुका है। ऐसे में हवाई "
        "सफर करना खतरनाक है।"
    )
    (st,) = bias.analyze(text).stances
    assert (st.holder, st.frame, st.rule) == ("परिवहन मंत्रालय", "concern", "continued")
    later = text.replace("। ऐसे में", "। बाली में कल बारिश हुई। ऐसे में")
    (st,) = bias.analyze(later).stances
    assert (st.holder, st.rule) == (None, "narrator")


def test_summary_tables_and_contract():
    art = bias.analyze(
        "मंत्री राम सिंह ने कहा, “हम विपक्ष की आलोचना करते हैं।” विपक्ष ने राम सिंह की निंदा की।"
    )
    rows = art.summary["stances"]
    assert all({"holder", "target", "praise", "concern"} <= set(r) for r in rows)
    assert sum(r["concern"] for r in rows) == 2
    d = art.to_dict()
    assert len(d["stances"]) == len(art.stances) == 2
    for s in art.stances:  # raw offsets point at the words
        assert art.text[s.cue_start : s.cue_end] == s.cue
        if s.holder is not None:
            assert art.text[s.holder_start : s.holder_end] == s.holder
        if s.target is not None:
            assert art.text[s.target_start : s.target_end] == s.target
    # Ram Singh is an entity (he speaks) and a target: framed per voice
    framed = art.summary["framed"]
    assert any(v["name"] and "सिंह" in v["name"] for v in framed.values())


def test_many_stances_stay_linear():
    text = "विपक्ष ने सरकार की कड़ी आलोचना की। " * 2000
    art = bias.analyze(text)
    assert len(art.stances) == 2000


@pytest.mark.skipif(not SEED.exists(), reason="../shared/seeds not present")
def test_seed_state_media_praise_and_western_concern():
    (path,) = sorted(SEED.glob("*.txt"))[:1]
    art = bias.analyze(path.read_text(encoding="utf-8"))
    by_id = {e.id: e for e in art.entities}

    def holder(s):
        return by_id.get(s.holder_entity)

    stances = art.stances
    assert any(
        s.frame == "praise"
        and holder(s)
        and holder(s).source_type == "state_media"
        and holder(s).origin == "KP"
        for s in stances
    )
    assert any(
        s.frame == "praise" and s.holder == "किम" and s.target and "रूस" in s.target for s in stances
    )
    assert any(
        s.frame == "concern" and s.holder == "पुतिन" and s.target and "अमेरिका" in s.target
        for s in stances
    )
    assert any(s.frame == "concern" and s.holder == "पश्चिम" for s in stances)


def test_corpus_table_and_cli(tmp_path, capsys):
    from bias.cli import main

    texts = ["विपक्ष ने सरकार की कड़ी आलोचना की।", "विपक्ष ने सरकार की निंदा की। मौसम अच्छा है।"]
    table = bias.stance_table(texts)
    row = table[(table.holder == "विपक्ष") & (table.target == "सरकार")].iloc[0]
    assert (row.concern, row.praise, row.articles) == (2, 0, 2)
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(f'{{"text": "{t}"}}\n' for t in texts), encoding="utf-8")
    out = tmp_path / "stances.csv"
    assert main(["stances", str(corpus), "--out", str(out)]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("holder,holder_type,holder_origin")
    assert any(line.startswith("विपक्ष,") and line.endswith(",0,2,2") for line in lines[1:])


@pytest.mark.parametrize(
    "text, target",
    [
        # the work a quality adjective judges is the target, without the verb of the deed …
        ("उन्होंने कई बेहतरीन फ़िल्में की हैं।", "फ़िल्में"),
        ("उनकी यह अच्छी फिल्म है।", "फिल्म"),
        # … but a deed (प्रदर्शन, काम, बल्लेबाजी: judges_deed) is judged in whoever did it
        ("उसने फाइनल में अच्छा प्रदर्शन किया।", "उसने"),
    ],
)
def test_the_judged_work_is_the_target(text, target):
    ((_, frame, got, _),) = _triples(text)
    assert (frame, got) == ("praise", target)


@pytest.mark.parametrize(
    "text, expected",
    [
        # "X को Y पसंद आया": X likes Y (the dative is the holder, what stands between the target)
        ("दर्शकों को यह फिल्म बहुत पसंद आई।", ("दर्शकों", "praise", "फिल्म", "experiencer")),
        ("उन्हें यह फिल्म बहुत पसंद है।", ("उन्हें", "praise", "फिल्म", "experiencer")),
        # with करना पसंद is an ordinary verb: subject and object
        ("राम ने फिल्म को पसंद किया।", ("राम", "praise", "फिल्म", "subject")),
    ],
)
def test_liking(text, expected):
    assert _triples(text) == [expected]


@pytest.mark.parametrize(
    "text, target",
    [
        # a degree word between the genitive and the cue: X की काफी सराहना
        ("मंत्री ने इस प्रयोग की काफी सराहना की।", "इस प्रयोग"),
        # a pronoun with को fused in, before लेकर: what the feeling is about
        ("उसको लेकर किसानों में नाराजगी है।", "उसको"),
        # a quotation closed right before the case marker is the target
        ("इस बार फिल्म ‘गुलाब गैंग’ को कड़ी आलोचना झेलनी पड़ी।", "गुलाब गैंग"),
        # the subject of an evaluative predicate in a relative clause is what जो stands for
        ("यह एक फिल्म है, जो काफी उबाऊ है।", "एक फिल्म"),
        # a pronoun is what is judged: the subject of a predicate, the object of a judgement —
        # also of a deed judged by the one who speaks ("X ने इसे … कदम बताया")
        ("उन्होंने कहा, “ये शानदार है।”", "ये"),
        ("वैज्ञानिकों ने इसे क्रांतिकारी क़दम बताया।", "इसे"),
        # (a dative pronoun before a feeling is who feels it, not its target)
        ("उन्हें गर्व है।", None),
        # a warning whose content is a कि clause is about that clause's subject
        ("संगठन ने चेतावनी दी कि मोबाइल के इस्तेमाल से कैंसर हो सकता है।", "मोबाइल के इस्तेमाल"),
        # else the bare subject right before the cue (bare_subject), past degree words and
        # adjectives of intensity — never one followed by a case marker
        ("इस तरह की हरकत बिल्कुल बर्दाश्त नहीं की जाएगी।", "हरकत"),
        ("उनकी रणनीति भी सवालों के घेरे में आ गई है।", "उनकी रणनीति"),
        ("संगठन ने सोमवार को कड़ी चेतावनी दी।", None),
        # a predicate's subject past the cue's modifiers (एक, कई), or the owner of a genitive
        ("राज्यपाल ने कहा कि तूफान अभी भी एक खतरा है।", "तूफान"),
        ("लंबी उम्र के कई खतरे होते हैं।", "लंबी उम्र"),
        # a phrase never opens with a conjunction or adverb of its clause (NOT_NP_OPENERS)
        ("वहीं सरकार की कड़ी आलोचना हुई।", "सरकार"),
        ("अब कोरोना की आलोचना हो रही है।", "कोरोना"),
        # (nor is half of a coordination with the cue a phrase: "स्तब्ध और निराश")
        ("जिससे हम सब स्तब्ध और निराश हैं।", None),
        # (only before a cue of several words: before one word stands its modifier; and never
        # a function word)
        ("अब विश्वव्यापी खतरा बन गया है।", None),
        ("इसलिए सवालों के घेरे में चीन", None),
        # a target takes its owner in the genitive (with_owner): whose bravery is saluted
        ("नेता ने सुरक्षाकर्मियों की बहादुरी को सलाम किया।", "सुरक्षाकर्मियों की बहादुरी"),
    ],
)
def test_target_phrases(text, target):
    (triple,) = _triples(text)
    assert triple[2] == target


@pytest.mark.parametrize(
    "text, expected",
    [
        # a cue that judges what someone did: the one who acted is the target, the reporter
        # (or the speaker) holds the judgement
        ("भारत ने कड़ी मेहनत की।", (None, "praise", "भारत", "narrator")),
        ("पुलिस अब तक उन्हें हटाने में कामयाब रही है।", (None, "praise", "पुलिस", "narrator")),
        ("भारतीय दूतावास हर संभव प्रयास कर रहा है।", (None, "praise", "भारतीय दूतावास", "narrator")),
        ("मंत्री ने कहा कि पुलिस ने कड़ी मेहनत की।", ("मंत्री", "praise", "पुलिस", "reported")),
        # credit: the one credited is the target; its giver holds it
        ("इसका श्रेय टीम को जाता है।", (None, "praise", "टीम", "narrator")),
        ("लोगों द्वारा डॉक्टरों को श्रेय दिया गया।", ("लोगों", "praise", "डॉक्टरों", "agent")),
        # a judging adjective before a deed judges whoever did it (judges_deed)
        ("भज्जी ने बेहतरीन गेंदबाजी की।", (None, "praise", "भज्जी", "narrator")),
        ("मंत्री ने कहा कि सरकार ने अच्छा काम किया है।", ("मंत्री", "praise", "सरकार", "reported")),
        # a century is a deed too; two joined subjects are both credited (coordinated_subject)
        ("रोहित शर्मा ने शानदार दोहरा शतक जड़ा।", (None, "praise", "रोहित शर्मा", "narrator")),
        (
            "स्मिथ और आदित्य तारे ने बहुत अच्छी शुरुआत की।",
            (None, "praise", "स्मिथ और आदित्य तारे", "narrator"),
        ),
        # the doer named after "करने वाले" (doer_after)
        (
            "शानदार गेंदबाज़ी करने वाले हरभजन सिंह को मैन ऑफ़ द मैच चुना गया।",
            (None, "praise", "हरभजन सिंह", "narrator"),
        ),
    ],
)
def test_conduct_is_judged_in_its_agent(text, expected):
    assert _triples(text) == [expected]


def test_no_complement_subject_without_ki_or_after_an_adverbial():
    from bias.framing.complements import complement_subject
    from bias.lexicon import TokenTable

    # no कि after the cue: no clause, no subject
    tk = TokenTable("उन्होंने चेतावनी दी और चले गए")
    assert complement_subject(tk, 2, len(tk)) is None
    # "… कि अगर …" opens a condition, not a subject
    tk = TokenTable("उन्होंने चेतावनी दी कि अगर बारिश हुई तो बाढ़ आएगी")
    assert complement_subject(tk, 2, len(tk)) is None


def test_pleased_with_someone_is_praise_of_them():
    # "X से खुश": approval of X; "X से संतुष्ट नहीं": its negation, concern about X
    assert _triples("मैं सरकार के काम से बहुत खुश हूं।")[0][1:3] == ("praise", "सरकार के काम")
    assert _triples("लोग प्रशासन से संतुष्ट नहीं हैं।")[0][:3] == ("लोग", "concern", "प्रशासन")


def test_a_headline_source_after_a_colon_holds_the_headline():
    # "<statement>: X" (headline_source): X holds the stances of the statement
    assert _triples("हालात चिंताजनक: विशेषज्ञ")[0][::3] == ("विशेषज्ञ", "headline")
    assert _triples("सरकार का फैसला सराहनीय: मुख्यमंत्री केजरीवाल")[0][:2] == (
        "मुख्यमंत्री केजरीवाल",
        "praise",
    )
    # not a number, nor more than SOURCE_WORDS words, nor a phrase with a case marker
    assert _triples("हालात चिंताजनक: 23")[0][3] == "narrator"
    assert _triples("हालात चिंताजनक: राज्य के कई जिलों में")[0][3] == "narrator"


def test_an_apprehension_nobody_holds_is_no_stance():
    # the guide: an impersonal estimate (… की आशंका है) is no stance, also inside a report
    assert _triples("मंदी की आशंका बढ़ गई है।") == []
    assert _triples("मौसम विभाग ने कहा कि भारी बारिश की आशंका है।") == []
    # an experiencer or an expressing verb makes it someone's concern
    assert _triples("अधिकारियों को आशंका है कि नुकसान बढ़ सकता है।")[0][::3] == (
        "अधिकारियों",
        "experiencer",
    )
    assert _triples("विशेषज्ञों ने नुकसान की आशंका जताई।")[0][:2] == ("विशेषज्ञों", "concern")


def test_a_noun_of_choice_is_no_liking():
    # "अपनी पसंद का …" is a choice, not approval (bias.framing.cues.choice_is_no_liking)
    art = bias.analyze("आप अपनी पसंद का गाना चुन सकते हैं।")
    assert not art.stances and art.sentences[0].frame == "neutral"
    assert _triples("दर्शकों को फिल्म बहुत पसंद आई।") == [("दर्शकों", "praise", "फिल्म", "experiencer")]


def test_a_first_person_sentence_after_a_statement_is_its_speakers():
    # a statement printed without quotation marks (bias.framing.statements): the first-person
    # sentences after a reported statement are its speaker's, until plain narration
    text = (
        "टीम के मालिकों ने बयान जारी कर कहा कि जांच में पूरा सहयोग करेंगे। "
        "हम सबसे कठोर कार्रवाई का समर्थन करते हैं। "
        "मैच के बाद खिलाड़ी होटल लौट गए। "
        "हम इस फैसले की निंदा करते हैं।"
    )
    triples = _triples(text)
    held = [(holder, frame, rule) for holder, frame, _, rule in triples]
    assert ("टीम के मालिकों", "praise", "statement") in held
    # after plain narration the statement has ended: the last sentence stays the reporter's
    assert triples[-1][1] == "concern" and triples[-1][3] == "narrator"
    # a writer who speaks in the first person throughout (a column) is no statement
    column = "मैं पिछले साल वहां गई थी। मुझे वहां के लोगों का व्यवहार बहुत अच्छा लगा।"
    assert all(t[3] != "statement" for t in _triples(column))


def test_a_feeling_said_of_someone_in_a_quotation_is_theirs():
    # holders.said_of: "वीना बहुत परेशान हैं" said by her manager is Veena's worry
    text = "उनके मैनेजर कहते हैं, “वीना बहुत ही परेशान हैं।”"
    assert _triples(text)[0][::3] == ("वीना", "quoted_experiencer")
    # the speaker's own feeling stays the speaker's; what a feeling is about is not its
    # subject ("सब उनसे नाराज़ हैं": उनसे is who the anger is about)
    assert _triples("मैनेजर कहते हैं, “मैं बहुत परेशान हूं।”")[0][::3] == ("मैनेजर", "quote")
    assert _triples("मैनेजर कहते हैं, “सब उनसे नाराज़ हैं।”")[0][0] == "मैनेजर"


def test_a_warning_to_no_one_named_is_about_what_it_warns_of():
    # targets.target_of: a demand, appeal or warning targets the one asked ("X से"); with none,
    # what is demanded or warned of (the genitive before it)
    assert _triples("मौसम विभाग ने भारी बारिश की चेतावनी जारी की है।")[0][:3] == (
        "मौसम विभाग",
        "concern",
        "भारी बारिश",
    )
    assert _triples("लोगों ने राज्य सरकार से मदद की अपील की।")[0][2] == "राज्य सरकार"


def test_an_accusation_of_several_words_still_finds_the_accused():
    # targets.target_of: the accusation word may close a cue of several words ("… में शामिल होने
    # का आरोप"); "X पर" before it is the accused
    triples = _triples("उन पर आईपीएल टीमों के साथ गुपचुप सौदों में शामिल होने का आरोप था।")
    assert [(frame, target) for _, frame, target, _ in triples] == [("concern", "उन")]


def test_a_raised_feeling_with_what_it_is_about_targets_that():
    # targets.feeling_cause gives way to "X को लेकर" (ABOUT_MARKS): the subject caused the fear,
    # the fear is about X
    text = "बढ़ते मामलों ने लोगों में हाथ मिलाने को लेकर खौफ पैदा कर दिया है।"
    assert _triples(text)[0][2] == "हाथ मिलाने"
    assert _triples("बढ़ते मामलों ने लोगों की चिंता बढ़ा दी है।")[0][2] == "बढ़ते मामलों"


@pytest.mark.parametrize(
    "text, expected",
    [
        # a feeling felt (महसूस) or acted on (के कारण) is its subject's, as an expressed one is
        ("उन्होंने इस जीत पर गर्व महसूस किया।", ("उन्होंने", "praise", "इस जीत", "subject")),
        ("मजदूरों ने डर के कारण काम छोड़ दिया।", ("मजदूरों", "concern", None, "subject")),
        # residents, travellers, workers … are people who hold views (PEOPLE)
        (
            "द्वीप के निवासी ज्वालामुखी का डर महसूस कर रहे थे।",
            ("निवासी", "concern", "ज्वालामुखी", "nominative"),
        ),
        # a feeling adjective before a noun phrase: that phrase feels it (feeling_before_noun)
        ("निराश खिलाड़ियों ने इनाम लेने से मना कर दिया।", ("खिलाड़ियों", "concern", None, "experiencer")),
        # a subject that raises a feeling in others holds none
        ("बारिश ने लोगों की चिंता बढ़ा दी।", ("लोगों", "concern", "बारिश", "experiencer")),
    ],
)
def test_who_feels_a_feeling(text, expected):
    assert _triples(text) == [expected]


def test_joined_subjects_only_when_a_noun_phrase_stands_before_the_conjunction():
    """coordinated_subject widens "X और Y ने" to both, not "… ने कहा और Y ने …"."""
    (st,) = [s for s in bias.analyze("उन्होंने कहा और तारे ने अच्छी शुरुआत की।").stances]
    assert st.target == "तारे"

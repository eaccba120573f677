"""Where a speaker is from (bias.voices.origins), and the country words of international news."""

from __future__ import annotations

import pytest

import bias
from bias.lexicon import Matcher, Phrases, TokenTable
from bias.voices.origins import chain_owner, mention_origin, owner_chain


def _table(text: str, rows):
    countries = Phrases(rows, label="origins")
    tk = TokenTable(text, matcher=Matcher([countries]))
    return tk, tk.matches(countries)


def test_owner_chain_walks_back_over_genitive_links():
    t = "पाकिस्तान के विदेश मंत्रालय की प्रवक्ता तसनीम ने कहा"
    tk = TokenTable(t)
    # from the role (token 5) or from inside the chain (token 2), back to पाकिस्तान
    assert owner_chain(tk, 5, 0) == 0
    assert owner_chain(tk, 2, 0) == 0
    # no genitive before the token: nothing to follow
    assert owner_chain(tk, 0, 0) == 0
    assert owner_chain(TokenTable("कल मंत्री ने कहा"), 1, 0) == 1
    # the floor stops it, and a break word (ने, में …) ends an owner
    assert owner_chain(tk, 5, 2) == 2
    assert owner_chain(TokenTable("दिल्ली में सरकार के मंत्री"), 4, 0) == 2


def test_a_country_at_the_head_of_a_long_genitive_chain_is_the_speakers():
    t = "पाकिस्तान के विदेश मंत्रालय की प्रवक्ता तसनीम असलम ने कहा"
    tk, found = _table(t, [("पाकिस्तान", "PK")])
    span = (t.index("तसनीम"), t.index(" ने"))
    assert mention_origin(tk, found, span, (0, len(tk))) == "PK"
    # the country must own the chain through a genitive: one named as a place does not
    t2 = "पाकिस्तान में रहने वाले विदेश मंत्रालय की प्रवक्ता तसनीम ने कहा"
    tk2, found2 = _table(t2, [("पाकिस्तान", "PK")])
    assert mention_origin(tk2, found2, (t2.index("तसनीम"), t2.index(" ने")), (0, len(tk2))) is None
    assert chain_owner(tk2, found2, 6, 0) is None


def test_the_chain_does_not_override_a_country_near_the_name():
    t = "ब्रिटेन के विदेश मंत्रालय की भारतीय प्रवक्ता राज ने कहा"
    tk, found = _table(t, [("ब्रिटेन", "GB"), ("भारतीय", "IN")])
    assert mention_origin(tk, found, (t.index("राज"), t.index(" ने")), (0, len(tk))) == "IN"


def test_analyze_gives_the_origin_of_a_spokesperson_of_a_foreign_ministry():
    (q,) = bias.analyze(
        'पाकिस्तान के विदेश मंत्रालय की प्रवक्ता तसनीम असलम ने कहा, "बातचीत होनी चाहिए।"'
    ).quotes
    assert (q.source_type, q.origin) == ("government_official", "PK")


def test_a_known_person_typed_other_is_not_a_country_speaking():
    """country_speaks is for an untyped phrase that is only a country ("फ्रांस ने कहा"); a
    known person the gazetteer types other keeps that type (not government_official)."""
    (q,) = bias.analyze('पोप फ्रांसिस ने कहा, "शांति ज़रूरी है।"').quotes
    assert (q.source_type, q.origin) == ("other", "VA")
    (q,) = bias.analyze('फ्रांस ने कहा, "हम साथ हैं।"').quotes
    assert (q.source_type, q.origin) == ("government_official", "FR")


@pytest.mark.parametrize(
    "text, origin",
    [
        # BBC Hindi's spellings of Israel and Gaza (countries.tsv, session 25)
        ('इसराइली सेना के एक प्रवक्ता ने कहा, "रॉकेट दागे गए।"', "IL"),
        ('ग़ज़ा के एक निवासी ने कहा, "रात भर धमाके होते रहे।"', "PS"),
        ('सेनेगल के राष्ट्रपति ने कहा, "चुनाव समय पर होंगे।"', "SN"),
    ],
)
def test_country_words_of_international_news(text, origin):
    (q,) = bias.analyze(text).quotes
    assert q.origin == origin


def test_an_armed_group_does_not_make_an_indian_story_foreign():
    """लश्कर-ए-तैयबा has no origin in the gazetteer: named in an Indian story, it must not
    make the story (and so its unnamed officials) Pakistani."""
    text = (
        "पुलिस ने बताया कि लश्कर-ए-तैयबा के दो आतंकी पकड़े गए। लश्कर-ए-तैयबा के इस मॉड्यूल की "
        'जांच जारी है। पुलिस अधीक्षक ने कहा, "जांच पूरी होगी।"'
    )
    quotes = bias.analyze(text).quotes
    assert [q.origin for q in quotes] == ["IN"]


def test_a_hyphen_inside_a_name_is_no_word_of_the_phrase():
    """np_before reads at most six words; "बान की-मून" is two, so the body before the role
    ("संयुक्त राष्ट्र महासचिव") stays in the phrase and decides its type."""
    (q,) = bias.analyze('संयुक्त राष्ट्र महासचिव बान की-मून ने कहा, "हिंसा रुकनी चाहिए।"').quotes
    assert (q.source_type, q.origin) == ("organisation", "UN")


def test_a_word_inside_a_longer_entry_gives_no_origin_of_its_own():
    """"अमरीकी कांग्रेस" (the US Congress) is one entry: the कांग्रेस inside it, the Indian
    party, must not govern the phrase as a genitive owner."""
    (q,) = bias.analyze(
        'अमरीकी कांग्रेस के सदस्य जॉन मैक्केन ने कहा, "हमें सख़्त क़दम उठाने चाहिए।"'
    ).quotes
    assert (q.source_type, q.origin) == ("politician", "US")
    (q,) = bias.analyze('कांग्रेस के प्रवक्ता ने कहा, "सरकार नाकाम रही है।"').quotes
    assert q.origin == "IN"


@pytest.mark.parametrize(
    "text, stype",
    [
        # a classifying noun says "an outlet"; the state owns it when the text or the
        # gazetteer says so (state_owned)
        ('चीन के सरकारी अख़बार ग्लोबल टाइम्स ने लिखा, "भारत सावधान रहे।"', "state_media"),
        ('रूस के सरकारी टीवी चैनल आरटी ने कहा, "पश्चिम झूठ बोल रहा है।"', "state_media"),
        ('सरकारी टीवी चैनल एबीसी ने कहा, "सेना तैयार है।"', "state_media"),
        ('पाकिस्तानी अख़बार डॉन ने लिखा, "बैठक बुलाई गई है।"', "media"),
        ('अमरीकी अख़बार न्यूयॉर्क टाइम्स ने लिखा, "दबाव बढ़ रहा है।"', "media"),
    ],
)
def test_an_outlet_named_by_a_classifying_noun(text, stype):
    (q,) = bias.analyze(text).quotes
    assert q.source_type == stype


def test_a_demonym_heading_the_chain_of_a_long_title_is_the_speakers_country():
    """chain_owner: "इसराइली सेना के प्रवक्ता लेफ़्टिनेंट कर्नल X" in a Gaza story is Israeli (the
    window of four words ends at the genitive, the chain reads on); a clause in between
    ("… की चर्चा करते हुए रिपोर्ट में") is no chain."""
    story = "ग़ज़ा में हमले जारी रहे। ग़ज़ा के अस्पताल भरे हुए हैं। "
    (q,) = bias.analyze(
        story + 'इसराइली सेना के प्रवक्ता लेफ़्टिनेंट कर्नल योनातन बार-लेव ने कहा, "हमला जारी रहेगा।"'
    ).quotes
    assert q.origin == "IL"
    tk, found = _table("चीन के साथ रिश्तों की चर्चा करते हुए रिपोर्ट में कहा गया", [("चीन", "CN")])
    at = "चीन के साथ रिश्तों की चर्चा करते हुए रिपोर्ट में कहा गया".index("रिपोर्ट")
    assert mention_origin(tk, found, (at, at + 7), (0, len(tk))) is None


def test_a_researcher_takes_the_country_of_the_institution():
    """institution_country: "लंदन के किंग्स कॉलेज में … की प्रोफ़ेसर X" is British in a story
    about Iran (the guide: a researcher takes the country of the institution)."""
    story = "ईरान और रूस के बीच समझौता हुआ। तेहरान में जश्न मनाया गया। "
    (q,) = bias.analyze(
        story + "लंदन के किंग्स कॉलेज में अंतरराष्ट्रीय संबंधों की प्रोफ़ेसर हेलेन मार्श ने कहा, "
        '"यह समझौता अहम है।"'
    ).quotes
    assert (q.source_type, q.origin) == ("expert", "GB")
    (q,) = bias.analyze(story + 'तेहरान के बाज़ार में एक दुकानदार ने कहा, "हम खुश हैं।"').quotes
    assert q.origin == "IR"


def test_the_chain_reads_from_the_first_genitive_of_the_look_back():
    """"फ़िलीपींस तटरक्षक बल के प्रवक्ता कमोडोर X" in a story about China is Filipino: the
    look-back of four words ends inside the owner, whose country heads it."""
    story = "चीन ने दक्षिण चीन सागर में गश्त बढ़ाई। बीजिंग ने कहा कि यह उसका इलाक़ा है। "
    (q,) = bias.analyze(
        story + 'फ़िलीपींस तटरक्षक बल के प्रवक्ता कमोडोर रेनाल्डो बाउतिस्ता ने कहा, "यह गैरकानूनी है।"'
    ).quotes
    assert (q.source_type, q.origin) == ("government_official", "PH")


def test_a_place_of_work_and_an_abbreviated_title_give_the_country():
    """place_before: "हॉन्ग कॉन्ग में मेडिकल प्रोफ़ेसर X" is of Hong Kong; abbreviation_dot: the
    full stop of "डा." does not end the look-back ("… गॉटिंगेन के डा. X" is German)."""
    story = "ब्रिटेन में एक नया शोध छपा। लंदन के वैज्ञानिकों ने इसे जांचा। "
    (q,) = bias.analyze(
        story + 'हॉन्ग कॉन्ग में मेडिकल प्रोफ़ेसर जोसफ़ सुंग कहते हैं, "सब बीमार थे।"'
    ).quotes
    assert q.origin == "HK"
    (q,) = bias.analyze(
        story + 'यूनिवर्सिटी ऑफ गॉटिंगेन के डा. डेनियल हेवाट्ज ने कहा, "यह शोध अहम है।"'
    ).quotes
    assert q.origin == "DE"


def test_a_foreign_given_name_is_not_taken_for_the_outlets_country():
    # a British scientist in a Hindi outlet's science story: the story names Britain once,
    # which is not enough to outweigh the outlet's own country, but the name is not Indian
    text = (
        "ब्रिटेन की एक प्रयोगशाला में नया प्रिंटर बना है। इसमें दवाएं छापी जा सकेंगी। भारत में भी "
        "इस पर काम हो रहा है। भारत के वैज्ञानिक उत्सुक हैं। शोधकर्ता मार्क सिम्स ने कहा, "
        '"हम दवा छाप सकते हैं।"'
    )
    (q,) = bias.analyze(text).quotes
    assert (q.speaker, q.origin) == ("मार्क सिम्स", "GB")


def test_a_south_asian_given_name_is_not_taken_for_a_faraway_storys_country():
    text = (
        "अमरीका में एक फ़िल्म समारोह हुआ। अमरीका के कई सितारे आए। अमरीकी दर्शकों ने फ़िल्में देखीं। "
        'अभिनेत्री दीप्ति नवल ने कहा, "मुझे यहां आकर अच्छा लगा।"'
    )
    (q,) = bias.analyze(text).quotes
    assert q.origin == "IN"


def test_without_a_listed_given_name_the_story_decides():
    text = (
        "अमरीका में एक फ़िल्म समारोह हुआ। अमरीका के कई सितारे आए। अमरीकी दर्शकों ने फ़िल्में देखीं। "
        'निर्देशक नवल ने कहा, "मुझे यहां आकर अच्छा लगा।"'
    )
    (q,) = bias.analyze(text).quotes
    assert q.origin == "US"


def test_a_south_asian_surname_is_read_when_the_given_name_is_not_listed():
    # a cricket tour abroad: the captain's given name is listed nowhere, his surname is Indian
    text = (
        "दक्षिण अफ्रीका के दौरे पर टीम केपटाउन पहुंची। दक्षिण अफ्रीका में पिच तेज है। "
        'कप्तान चिरायु खरे ने कहा, "हम तैयार हैं।"'
    )
    (q,) = bias.analyze(text).quotes
    assert q.origin == "IN"


def test_a_speaker_takes_the_country_of_the_phrase_that_first_named_them():
    # named with their country before they speak, quoted later by surname in a story about
    # another country (namings.naming_origin before the story's country)
    text = (
        "पाकिस्तान के राष्ट्रपति नवेद अख़्तर क़ुरैशी सोमवार को बीजिंग पहुँचे। चीन ने उनका स्वागत "
        'किया। चीन के अख़बारों ने चीन की तारीफ़ की। क़ुरैशी ने कहा, "यह दोस्ती पुरानी है।"'
    )
    (q,) = bias.analyze(text).quotes
    assert (q.speaker, q.origin) == ("क़ुरैशी", "PK")


def test_an_office_only_india_has_makes_its_holder_indian():
    text = (
        "नेपाल में भारी बारिश हुई। नेपाल से पानी छोड़ा गया। नेपाल के कई इलाके डूबे। "
        'जिलाधिकारी अनुपमा शेखर ने कहा, "राहत शिविर तैयार हैं।"'
    )
    (q,) = bias.analyze(text).quotes
    assert q.origin == "IN"

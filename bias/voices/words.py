"""Closed-class Hindi words the speaker rules read (written by the bias team from Hindi
news reporting conventions, like ``bias/lexicons/cues.tsv``; not derived from any dataset).

The open-class cues (speech verbs, speech nouns, source terms, …) are lexicons; the
words here are grammar: postpositions, auxiliaries, pronouns, conjunctions.
"""

from __future__ import annotations

import re

from ..text import QUOTE_CHARS

#: how many tokens back from a quotation the attribution is looked for (bounds the work
#: per quotation)
WINDOW = 60
#: a reported clause is cut after this many tokens (a "sentence" longer than that is not prose)
MAX_CLAUSE = 400

#: words that end a noun phrase when reading backwards from ने / का कहना / के अनुसार
STOP_BACK = frozenset(
    """में से को पर तक लिए दौरान बाद पहले साथ बीच द्वारा ओर तरफ अनुसार मुताबिक बारे कहा कि है हैं
    था थे थी थीं हो गया गई गए किया किए ने भी तो लेकिन परंतु किंतु मगर जबकि जो जिसने जिन्होंने जिनका
    जिसका यहां वहां आज कल अब फिर ही इसके उसके इसकी उसकी इसका उसका इनके उनके उनकी उनका बजे सबसे वाले
    वाला वाली दिन वर्ष साल रात सुबह शाम हुए हुई हुआ रहा रहे रही करने करते करके कर दिया दिए लिया जब तब
    यदि अगर क्योंकि इसलिए तथा एवं वहीं यहीं नहीं न बल्कि हालांकि सोमवार मंगलवार बुधवार गुरुवार
    शुक्रवार शनिवार रविवार हफ्ते महीने बतौर लेकर अपने अपनी अपना आए आया आई सवाल प्रश्न अलावा
    सिवा सिवाय बजाय जरिए जरिये समेत सहित खिलाफ विरुद्ध बावजूद चुका चुकी चुके जिनकी जिनके जिसकी
    जिसके उनसे इनसे उससे इससे जिनसे जिससे आईं पहुंचे पहुंची पहुंचीं पहुँचे पहुँची पहुँचीं लौटे लौटी लौटीं""".split()
)
#: adverbs between a speaker and the speech verb ("वो आगे कहते हैं", "वे सिर्फ़ इतना कहते हैं"):
#: passed over, they are not the speaker
SPEECH_ADVERBS = frozenset(
    "आगे फिर भी ही तो इतना यही सिर्फ सिर्फ़ केवल बस साफ स्पष्ट दोबारा पुनः".split()
    # the judgement of "X इसे सही/गलत मानते हैं" is the verb's complement, not the speaker
    + "सही गलत ठीक उचित अनुचित जरूरी बेहतर जिम्मेदार दोषी".split()
)
#: the participle of manner between a speaker and the speech verb ("वो मुस्कुराती हुई बोलीं",
#: "हंसते हुए कहा"): a word ending in ते / ती, then one of these
MANNER = frozenset({"हुए", "हुई"})
#: endings of a speech verb in the present ("कहते हैं कि", "मानती हैं कि"): reported speech
#: with no ने (bias.voices.reported.says_that)
PRESENT_ENDINGS = ("ते", "ती", "ता")
GENITIVE = frozenset({"का", "के", "की"})
AUX = frozenset({"है", "हैं", "था", "थे", "थी", "थीं", "हो", "रहे", "रही", "रहा"})
#: auxiliaries that may follow the speech verb of "X ने कहा था कि …"
REPORTING_AUX = frozenset({"है", "था", "थे", "थी", "हैं", "गया", "गई"})
#: genitive pronouns that can own an opinion noun: "उनका कहना है"
PRON_GEN = frozenset("उनका उनकी उनके उसका उसकी उसके इनका इनकी इनके इसका इसकी इसके".split())
#: roles whose source type is that of the body they belong to (X के प्रवक्ता)
AFFILIATION = frozenset(
    """प्रवक्ता स्पोक्सपर्सन अध्यक्ष प्रमुख निदेशक निर्देशक डायरेक्टर प्रबंधक मैनेजर महासचिव सचिव चेयरमैन सीईओ
    अधिकारी अधिकारियों प्रतिनिधि महानिदेशक संस्थापक उपाध्यक्ष चीफ प्रेसिडेंट चेयरपर्सन सलाहकार
    समन्वयक कोऑर्डिनेटर""".split()
)
#: pronouns of a thing or person as a verb's object, alone or with को fused in ("इसे गलत बताया",
#: "इसको लेकर")
OBJECT_PRONOUNS = frozenset("इसे उसे इन्हें उन्हें इसको उसको इनको उनको".split())
#: words dropped from the start of a noun phrase (determiners, conjunctions, quantifiers)
LEADING_DROP = frozenset("एक इस उस यह वह ये वे और व तथा एवं के का की इन उन कई कुछ सभी सब".split())
#: what the last word (the head) of a speaker phrase can never be: conjunctions and particles,
#: first-person and demonstrative pronouns that point at no one ("इसके", "उसी"), quantifiers,
#: and the nouns news writes in a subject's place that name no one — a time, a matter, a
#: need, a law ("कानून के मुताबिक कार्रवाई की": according to the law).  A phrase with such a
#: head is no speaker
#: (bias.voices.speakers.can_be_speaker)
NOT_SPEAKER_HEADS = frozenset(
    """और तथा एवं व या कि शामिल भी ही तो हमें हम मैं मुझे उसी इसी वही यही इसके इसका
    इसकी समय बात बातें स्थिति जरूरत मामले मामला कानून कानूनों नियम नियमों प्रावधान प्रावधानों""".split()
)
#: demonstratives dropped from the end of a noun phrase: the object of the verb that follows,
#: not part of the subject ("अब्बासी यह भी मानते हैं कि …", "प्रतिक ये भी बताते हैं")
TRAILING_DROP = frozenset({"यह", "ये"})
RELATIVE = frozenset("जिन्होंने जो जिसने जिनका जिनकी जिनके जिसका जिसकी जिसके".split())
NE = "ने"
#: pronouns with ने fused in: a subject by themselves
PRON_NE = frozenset("उन्होंने उसने इन्होंने इसने मैंने हमने आपने तुमने".split())
#: first and second person: the writer or the reader, never a quoted source
FIRST_SECOND = frozenset("मैंने हमने आपने तुमने".split())
#: words a noun phrase cannot cross when read backwards
NP_STOP = STOP_BACK | PRON_NE
#: reflexives: the subject stands right before them ("मंत्री अपने बयान में")
REFLEXIVE = frozenset({"अपने", "अपनी", "अपना"})
#: the quotation marks, as tokens (those the mark pairing knows)
QUOTE_MARKS = frozenset(QUOTE_CHARS)
#: "एक ने लिखा, …": one of a group just named (users, residents, women), a member of the public
ONE = "एक"
#: "52 वर्षीय सुनैना देवी": a person named with their age
AGED = "वर्षीय"
#: the words that end a description of an ordinary person before their name: an age in years
#: ("84 साल की फ़ुमिको सातो") and a residence ("दूसरी मंजिल पर रहने वाली सुनीता मोरे";
#: bias.voices.relatives.described_person)
DESCRIBED = frozenset({"साल", "वाले", "वाली", "वाला"})
#: kinship roles: "उनके बेटे सरफराज खान" — the surname is the family's, not the relative's alone
KINSHIP = frozenset(
    """बेटा बेटे बेटी बेटों बेटियों पुत्र पुत्री पत्नी पति भाई बहन मां माँ पिता बाप दादा दादी नाना नानी
    चाचा चाची मामा मामी भतीजा भतीजी भांजा भांजी बहू दामाद ससुर सास""".split()
)
#: verbs of asking: "जब X से पूछा गया तो उन्होंने कहा" — the one asked answers (पुछा: a
#: common misspelling in the papers)
ASK_VERBS = frozenset("पूछा पूछे पूछी पूछने पूछते पूछता पुछा".split())
#: how many words may stand between "X से" and the verb of asking ("X से ये सवाल पूछा")
ASK_REACH = 4
#: particles that may stand between a speech noun and its light verb (की भी प्रशंसा की)
CUE_PARTICLES = frozenset({"भी", "ही", "तो", "से", "में"})
#: source types a pronoun prefers as its antecedent (people, rather than media or bodies)
PERSON_TYPES = frozenset(
    {"government_official", "politician", "expert", "public", "celebrity", "other", None}
)
TERMINAL = frozenset("।॥?!.")
#: the words of "X की ओर/तरफ से": the side something comes from (keys: तरफ़ is तरफ)
SIDES = frozenset({"ओर", "तरफ"})
#: signs that a quotation is speech, not a term: final punctuation, or a first or second
#: person pronoun as a whole word
SPEECH_END = re.compile(r"[।?!]")
SPEECH_WORDS = frozenset("मैं मैंने हम हमने हमारा हमारी हमारे मेरा मेरी मेरे आप हमें मुझे".split())


def has_speech_signs(content: str) -> bool:
    """Whether a quotation's content reads as speech: a ।, ? or ! in it, or one of
    :data:`SPEECH_WORDS` as a whole word.

    >>> has_speech_signs("हम तैयार हैं"), has_speech_signs("जल जीवन मिशन")
    (True, False)
    """
    return SPEECH_END.search(content) is not None or not SPEECH_WORDS.isdisjoint(content.split())


#: words of address that stand before or after a name (श्री रमेश, रमेश जी), not part of it
HONORIFICS = frozenset({"श्री", "श्रीमती", "सुश्री", "जी", "साहब", "डॉ", "डा", "प्रो"})

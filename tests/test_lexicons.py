from __future__ import annotations

import pytest

from bias.errors import LexiconError, UnknownLexiconError
from bias.lexicon import bundled_lexicons, load_lexicon, load_table, stem, term_key

SOURCE_TYPES = {
    "government_official",
    "state_media",
    "politician",
    "expert",
    "organisation",
    "media",
    "public",
    "celebrity",
    "anonymous",
    "other",
}
EXPECTED = {
    "sentiment": ("term", "score", "domain"),
    "praise": ("term", "weight", "category", "role"),
    "concern": ("term", "weight", "category", "role"),
    "negators": ("term", "kind"),
    "intensifiers": ("term", "factor"),
    "diminishers": ("term", "factor"),
    "contrast": ("term", "kind", "before", "after"),
    "source_types": ("term", "source_type", "note"),
    "known_speakers": ("term", "source_type", "origin", "note"),
    "companies": ("term", "source_type", "origin", "note"),
    "cues": ("term", "kind"),
    "countries": ("term", "origin", "note"),
    "blocs": ("origin", "bloc", "note"),
    "context_words": ("term", "context"),
    "parties": ("term", "note"),
    "given_names": ("term", "region"),
    "surnames": ("term", "region"),
}


def test_every_bundled_lexicon_loads_with_provenance():
    assert set(bundled_lexicons()) == set(EXPECTED)
    for name, cols in EXPECTED.items():
        t = load_table(name)
        assert t.columns == cols, name
        assert t.rows, name
        text = " ".join(t.comments).lower()
        assert "bias team" in text and "cc0" in text, (
            f"{name}: header must state authorship and licence"
        )


def test_sizes_and_ranges():
    sent = load_lexicon("sentiment")
    assert len(sent) >= 1500
    assert all(-4 <= v <= 4 and v != 0 for v in sent.values())
    pos = sum(v > 0 for v in sent.values())
    assert 0.35 < pos / len(sent) < 0.65  # roughly balanced
    for name in ("praise", "concern"):
        w = load_lexicon(name)
        assert all(0.5 <= v <= 2.0 for v in w.values()), name
    assert len(load_lexicon("praise")) >= 250 and len(load_lexicon("concern")) >= 350
    assert all(v > 0 for v in load_lexicon("intensifiers").values())
    assert all(0 < v < 1 for v in load_lexicon("diminishers").values())


def test_every_party_is_a_body_the_source_lexicons_know_or_a_generic_word():
    # a party's name types the party itself (an organisation) through source_types.tsv or
    # known_speakers.tsv; parties.tsv only adds that its office holders are politicians
    known = {
        term_key(t)
        for name in ("source_types", "known_speakers")
        for t in load_table(name).column("term")
    }
    parties = [term_key(t) for t in load_table("parties").column("term")]
    assert len(parties) == len(set(parties)) >= 50
    assert sum(p in known for p in parties) >= 15


def test_a_term_of_both_source_lexicons_has_one_type():
    # known_speakers.tsv (names with an origin) and source_types.tsv (roles and bodies) share
    # about a hundred terms (आईसीएमआर, इसरो …); which file a match comes from must not change
    # the type
    def types(name):
        table = load_table(name)
        return dict(zip(map(term_key, table.column("term")), table.column("source_type")))

    roles, names = types("source_types"), types("known_speakers")
    shared = roles.keys() & names.keys()
    assert len(shared) >= 100
    assert {t: (roles[t], names[t]) for t in shared if roles[t] != names[t]} == {}
    # companies.tsv: a company and its head speak for the company; no name is listed twice
    companies = types("companies")
    assert len(companies) >= 250 and set(companies.values()) == {"organisation"}
    shared = companies.keys() & names.keys()
    assert {t: names[t] for t in shared if names[t] != "organisation"} == {}
    origins = set(load_table("companies").column("origin"))
    assert origins <= {o for o in load_table("countries").column("origin") if len(o) == 2} | {"LU"}


def test_praise_and_concern_are_disjoint():
    assert not set(load_lexicon("praise")) & set(load_lexicon("concern"))


def test_categorical_columns_use_the_vocabularies():
    assert set(load_table("source_types").column("source_type")) <= SOURCE_TYPES
    assert set(load_table("known_speakers").column("source_type")) <= SOURCE_TYPES
    assert set(load_table("negators").column("kind")) <= {
        "negator",
        "privative",
        "resolver",
        "counter",
        "decrease",
    }
    assert set(load_table("contrast").column("kind")) <= {"but", "although"}
    assert set(load_table("cues").column("kind")) <= {
        "verb",
        "noun",
        "light",
        "according",
        "opinion",
        "impersonal",
        "pronoun",
        "term_head",
        "term_before",
        "term_after",
        "term_class",
    }
    domains = set(load_table("sentiment").column("domain"))
    assert domains <= {
        "general",
        "politics",
        "conflict",
        "economy",
        "health",
        "disaster",
        "sport",
        "culture",
        "law",
    }


def test_frame_lexicons_cover_the_domains():
    cats = set(load_table("concern").column("category"))
    for c in (
        "worry",
        "threat",
        "criticism",
        "condemnation",
        "sanctions",
        "conflict",
        "disaster",
        "crisis",
        "disease",
    ):
        assert c in cats
    cats = set(load_table("praise").column("category"))
    for c in ("support", "friendship", "solidarity", "celebration", "achievement", "welcome"):
        assert c in cats


def test_lexicon_mapping_is_read_only_and_cached():
    a = load_lexicon("sentiment")
    assert a is load_lexicon("sentiment")
    with pytest.raises(TypeError):
        a["नया"] = 1.0  # type: ignore[index]


@pytest.mark.parametrize("a, b", [("ज़रूर", "जरूर"), ("हाँ", "हां"), ("ख़ुशी", "खुशी")])
def test_term_key_is_nukta_and_chandrabindu_insensitive(a, b):
    assert term_key(a) == term_key(b)


@pytest.mark.parametrize(
    "words", [("चिंता", "चिंताएं", "चिंताओं"), ("प्रशंसा", "प्रशंसाएं"), ("अधिकारी", "अधिकारियों")]
)
def test_stemmer_unifies_inflections(words):
    assert len({stem(term_key(w)) for w in words}) == 1


def test_unknown_lexicon_name_says_the_choices():
    with pytest.raises(
        UnknownLexiconError, match=r"`lexicon` value = 'nope' is invalid; value must be one of \["
    ):
        load_lexicon("nope")


def test_user_lexicon_file(tmp_path):
    f = tmp_path / "mine.tsv"
    f.write_text("# my words\nterm\tscore\nबढ़िया\t2.5\n", encoding="utf-8")
    assert load_lexicon(f)[term_key("बढ़िया")] == 2.5


@pytest.mark.parametrize(
    "content, message",
    [
        ("# x\nword\tscore\nक\t1\n", "header row must start with 'term'"),
        ("# x\nterm\tscore\nक\t1\tz\n", "expected 2 tab-separated columns"),
        ("# x\nterm\tscore\nक\t1\nक\t2\n", "duplicate term"),
        ("# x\nterm\tscore\nक\tbad\n", "is not a number"),
        ("# only comments\n", "no header row"),
    ],
)
def test_broken_user_lexicons_are_refused(tmp_path, content, message):
    f = tmp_path / "bad.tsv"
    f.write_text(content, encoding="utf-8")
    with pytest.raises(LexiconError, match=message):
        load_lexicon(f)


def test_given_names_have_a_region_and_are_no_known_speaker_or_country():
    # a given name is read only as the first word of a speaker's name; it must not also be a
    # name the source or origin lexicons type on their own
    rows = load_table("given_names").rows
    assert len(rows) >= 300
    assert {r[1] for r in rows} == {"south_asian", "foreign"}
    keys = [term_key(r[0]) for r in rows]
    assert len(keys) == len(set(keys))
    countries = {term_key(t) for t in load_table("countries").column("term")}
    assert not countries & set(keys)


def test_surnames_have_a_region_and_do_not_contradict_the_given_names():
    # a surname is read only as the last word of a name whose first word is no listed given name
    rows = load_table("surnames").rows
    assert len(rows) >= 1000
    assert {r[1] for r in rows} == {"south_asian", "foreign"}
    keys = [term_key(r[0]) for r in rows]
    assert len(keys) == len(set(keys)) and all(" " not in r[0] for r in rows)
    given = {term_key(t): r for t, r in load_table("given_names").rows}
    assert not [r[0] for r in rows if given.get(term_key(r[0]), r[1]) != r[1]]
    countries = {term_key(t) for t in load_table("countries").column("term")}
    assert not countries & set(keys)

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

import bias
from bias.framing import FramingLexicons, score_text

HERE = Path(__file__).resolve().parent


def _rows():
    lines = [
        l.rstrip("\n").split("\t")
        for l in (HERE / "data" / "frame_sentences.tsv").read_text(encoding="utf-8").splitlines()
        if not l.startswith("#")
    ]
    return [tuple(r) for r in lines[1:]]


# Known limits of a lexicon scorer, kept visible (strict: the test fails if they start passing)
KNOWN_LIMITS = {
    "मरीजों को बिना इलाज के लौटा दिया गया।": "a negated positive word with no frame cue is only weak concern evidence",
    "हम मिलकर साम्राज्यवादी ताकतों की साजिशों का डटकर मुकाबला करेंगे और अपनी अटूट दोस्ती बनाए रखेंगे।": "sentiment sums cancel; no notion of the dominant emotion",
    "दुश्मन की हर धमकी के खिलाफ दोनों देश पूरी एकजुटता के साथ खड़े हैं।": "the counter-action 'के खिलाफ … खड़े' is discontinuous",
}
ROWS = _rows()


def test_table_is_big_and_varied():
    groups = {r[0] for r in ROWS}
    assert len(ROWS) >= 60
    assert {"negation", "intensifier", "contrast", "mismatch", "inflection"} <= groups
    assert any(
        r[1] != {"positive": "praise", "negative": "concern", "neutral": "neutral"}.get(r[2], r[1])
        for r in ROWS
    )


@pytest.mark.parametrize(
    "group, frame, sentiment, text",
    [
        pytest.param(*r, marks=pytest.mark.xfail(strict=True, reason=KNOWN_LIMITS[r[3]]))
        if r[3] in KNOWN_LIMITS
        else r
        for r in ROWS
    ],
)
def test_frame_table(group, frame, sentiment, text):
    sc = score_text(text)
    assert sc.frame == frame
    if sentiment != "*":
        assert sc.sentiment == sentiment


def test_seed_praise_in_quotes_concern_in_narration(seed_article):
    s = bias.analyze(seed_article).summary
    assert s["frames"]["quoted"]["praise"] > s["frames"]["narrated"]["praise"]
    assert s["frames"]["narrated"]["concern"] > s["frames"]["quoted"]["concern"]
    assert s["framing_gap"]["praise"] > 0 > s["framing_gap"]["concern"]
    who = {(w["speaker"], w["source_type"]): w for w in s["speakers"]}
    assert who[("उत्तर कोरिया के सरकारी मीडिया", "state_media")]["frame"] == "praise"


def test_cue_hits_explain_the_label_with_raw_offsets():
    text = "सरकार ने\u00a0योजना की कड़ी आलोचना की, लेकिन किसानों ने इसका गर्मजोशी से स्वागत किया।"
    art = bias.analyze(text)
    (s,) = art.sentences
    assert s.cues
    for c in s.cues:
        assert bias.normalize(text[c.start : c.end]).text == c.term
    after = [c for c in s.cues if c.start > text.index("लेकिन") and c.lexicon == "praise"]
    before = [c for c in s.cues if c.start < text.index("लेकिन") and c.lexicon == "concern"]
    assert (
        after and before and after[0].weight > before[0].weight
    )  # contrast: the clause after लेकिन weighs more


@pytest.mark.parametrize(
    "plain, modified, relation",
    [
        ("यह अच्छा फैसला है।", "यह बहुत अच्छा फैसला है।", "stronger"),
        ("यह अच्छा फैसला है।", "यह थोड़ा अच्छा फैसला है।", "weaker"),
        ("यह अच्छा फैसला है।", "यह अच्छा फैसला नहीं है।", "flipped"),
    ],
)
def test_intensifiers_diminishers_negation(plain, modified, relation):
    a, b = score_text(plain).sentiment_score, score_text(modified).sentiment_score
    if relation == "stronger":
        assert b > a > 0
    elif relation == "weaker":
        assert 0 < b < a
    else:
        assert b < 0 < a


def test_scores_are_normalised_and_in_range():
    for _, _, _, text in ROWS:
        sc = score_text(text)
        assert -1 <= sc.sentiment_score <= 1
        assert math.isclose(sum(sc.frame_scores.values()), 1.0, abs_tol=1e-3)


def test_summary_frames_are_shares_per_voice(sample_texts):
    for text in sample_texts.values():
        s = bias.analyze(text).summary
        assert math.isclose(sum(s["voice_share"].values()), 1.0, abs_tol=1e-3)
        for v, shares in s["frames"].items():
            if s["voice_share"][v] > 0:
                assert math.isclose(sum(shares.values()), 1.0, abs_tol=1e-3)


def test_score_is_a_flat_json_safe_row(sample_texts):
    rows = [bias.score(t) for t in sample_texts.values()]
    for row in rows:
        assert tuple(row) == bias.SCORE_COLUMNS
        assert all(isinstance(v, (int, float)) for v in row.values())
        json.dumps(row)
    assert sum(r["n_quotes"] for r in rows) > 0


def test_user_framing_lexicon(tmp_path):
    f = tmp_path / "praise.tsv"
    f.write_text("# mine\nterm\tweight\tcategory\nझक्कास\t2.0\tapproval\n", encoding="utf-8")
    text = "फिल्म झक्कास रही।"
    assert score_text(text).frame == "neutral"
    assert score_text(text, lexicons=FramingLexicons.load(praise=f)).frame == "praise"

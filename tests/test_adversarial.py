"""Hostile text: analyze must return a valid result (offsets inside the text and
ordered) or raise a BiasError, in time roughly linear in the length.

Time is not asserted here (scripts/bench_adversarial.py reports seconds per MB);
pytest-timeout only guards against a hang."""

from __future__ import annotations

from pathlib import Path

import pytest

import bias

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = (ROOT / "data" / "samples" / "01_summit.txt").read_text(encoding="utf-8")


def hostile_inputs() -> dict[str, str]:
    """The adversarial inputs (shared with scripts/bench_adversarial.py)."""
    return {
        "empty": "",
        "whitespace": "   \n\t  \u00a0 ",
        "english": 'The minister said, "We are ready." Critics warned of a crisis. ' * 50,
        "urdu": "وزیر اعظم نے کہا کہ ہم تیار ہیں۔ " * 100,
        "control characters": "क\x00ख\x07ग\x1b[31mघ\x7f" * 1000,
        "bidi marks": "\u202eमंत्री ने कहा\u202c “हम\u200f तैयार हैं”। " * 500,
        "lone surrogates": "क\ud800ख\udfffग। " * 1000,
        "thousands of quote marks": "“" * 5000 + "क" + "”" * 3000 + '"' * 2000 + "'" * 2000,
        "unbalanced quotes": "उसने कहा “यह गलत है। सब जानते हैं।\n" * 2000,
        "20,000 dandas": "।" * 20000,
        "dotted run": "क." * 100_000,
        "1 MB single sentence": (
            "मंत्री ने कहा कि सरकार, जो पहले से तैयार थी, लेकिन चिंता नहीं है और " * 20000
        )[:1_000_000],
        "1 MB word without spaces": "a" * 1_000_000,
        "e-mail-like run": ("a" * 50 + "@") * 20000,
        "deeply nested quotes": "“‘«" * 30000,
        "many relative clauses": "राम, जिन्होंने कहा, ने " * 50000,
        "many quotes in one sentence": "उसने कहा “हाँ” और " * 50000,
        # closing marks with their opening marks lost, each after a speech cue (each looks back
        # a bounded distance), and reported speech acts in one long sentence
        "lost opening marks": "उन्होंने बताया कि, यह ठीक है।’ " * 30000,
        "speech acts in one sentence": "मंत्री ने हमले की पुष्टि की, " * 30000 + "।",
        "quotations after cues in one open quotation": '"' + 'उसने कहा, "हम ' * 30000,
        "quotations over many short paragraphs": '"' + ("क\n" * 900 + 'ख." उसने कहा, "') * 300,
        "5 MB article": (SAMPLE + "\n") * (5_000_000 // (len(SAMPLE) + 1)),
    }


CASES = hostile_inputs()


def _check(text: str, art: bias.Article) -> None:
    n = len(text)
    prev_end = 0
    for s in art.sentences:
        assert 0 <= s.start < s.end <= n
        assert s.start >= prev_end  # ordered, not overlapping
        prev_end = s.end
        for c in s.cues:
            assert s.start <= c.start <= c.end <= s.end
        assert s.voice in {"quoted", "reported", "narrated", "mixed"}
        assert s.frame in {"praise", "concern", "neutral"} and -1 <= s.sentiment_score <= 1
    starts = [q.start for q in art.quotes]
    assert starts == sorted(starts)
    for q in art.quotes:
        assert 0 <= q.start <= q.end <= n
        if q.speaker_start is not None:
            assert 0 <= q.speaker_start < q.speaker_end <= n
            assert text[q.speaker_start : q.speaker_end] == q.speaker
    for r in art.reported:
        assert 0 <= r.start < r.end <= n
    shares = art.summary["voice_share"]
    assert all(0 <= v <= 1 for v in shares.values())


@pytest.mark.timeout(120)
@pytest.mark.parametrize("name", list(CASES))
def test_hostile_text_gives_a_valid_result(name):
    text = CASES[name]
    art = bias.analyze(text)
    _check(text, art)


@pytest.mark.parametrize("name", ["english", "urdu"])
def test_non_hindi_is_flagged_not_silently_scored(name):
    art = bias.analyze(CASES[name])
    assert art.summary["script_share"]["devanagari"] < 0.5
    assert any("does not look like Hindi" in w for w in art.warnings)


@pytest.mark.parametrize("name", ["empty", "whitespace"])
def test_empty_input_gives_an_empty_article(name):
    art = bias.analyze(CASES[name])
    assert art.sentences == () and art.quotes == () and art.reported == ()
    assert art.summary["voice_share"] == {"quoted": 0.0, "reported": 0.0, "narrated": 0.0}
    assert len(art.warnings) == 1 and "empty" in art.warnings[0]


def test_deterministic():
    for name in ("bidi marks", "unbalanced quotes", "thousands of quote marks"):
        assert bias.analyze(CASES[name]).to_dict() == bias.analyze(CASES[name]).to_dict()

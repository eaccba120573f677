"""Train the learned fallback of source types (bias.voices.fallback) on the team's gold.

    python scripts/train_type_fallback.py [--data ../shared/data] [--out FILE.json]

Reads the speaker entities of the **dev** split of ``data/gold/quotes_*.jsonl`` (never the test
split), computes :func:`bias.voices.fallback.context_features` for each (the context words of
``context_words.tsv`` around its mentions and in its article), fits a multinomial logistic
regression (scikit-learn) and writes its numbers as JSON.  Prints a 5-fold cross-validation
grouped by article (accuracy of the fallback alone, and how often it is sure enough to answer).
"""

from __future__ import annotations

import argparse
import bisect
import json
import os
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from eval_quotes import load_texts  # noqa: E402

import bias  # noqa: E402
from bias.lexicon import TokenTable  # noqa: E402
from bias.text import normalize, pair_quotes, segment_normalized  # noqa: E402
from bias.voices.entities import SentenceTallies  # noqa: E402
from bias.voices.fallback import TypeFallback, feature_names, first_person  # noqa: E402


def entity_rows(data: Path, split: str = "dev", patterns=("quotes_*.jsonl",)):
    """(features, source type, article key) of every gold entity of ``split`` in the gold files
    matching ``patterns``."""
    an = bias.Analyzer(type_fallback=False)
    contexts = an.attributor.lexicon.contexts
    cache: dict[str, dict] = {}
    paths = sorted(p for pattern in patterns for p in (ROOT / "data" / "gold").glob(pattern))
    for path in paths:
        if "assignment" in path.name:
            continue
        for rec in map(json.loads, path.read_text(encoding="utf-8").splitlines()):
            if rec["split"] != split or not rec["entities"]:
                continue
            ds = rec["dataset"]
            cache.setdefault(ds, load_texts(data, ds))
            key = int(rec["key"]) if ds == "bbc_hindi_news_subset" else rec["key"]
            text = cache[ds][key]
            norm = normalize(text)
            tk = TokenTable(norm.text, matcher=an.matcher)
            raw_starts, _ = norm.raw_spans(tk.starts, tk.ends)
            segs = segment_normalized(norm, pair_quotes(norm.text))
            tallies = SentenceTallies(tk.ranges(segs), {}, tk.matches(contexts))
            for e in rec["entities"]:
                tokens = [max(0, bisect.bisect_right(raw_starts, a) - 1) for a, _ in e["mentions"]]
                said = [
                    first_person(
                        tk.keys[
                            bisect.bisect_left(raw_starts, q["start"]) : bisect.bisect_left(
                                raw_starts, q["end"]
                            )
                        ]
                    )
                    for q in rec.get("quotes", ())
                    if q.get("entity") == e["id"]
                ]
                voice = (sum(s for s, _ in said), sum(p for _, p in said))
                x = tallies.features((tallies.sentence_of(t) for t in tokens), voice)
                yield x, e["source_type"], f"{ds}:{key}"


#: the probability from which the fallback answers: chosen on the dev split with the fallback
#: cross-fitted (eval_quotes.py --crossfit; direct-quote source type 0.781 at 0.5, 0.804 at 0.4,
#: 0.808 at 0.3, 0.816 at 0.2 and below: with nine types, the best one is rarely below 0.2)
MIN_PROBABILITY = 0.2


def fit_fallback(X, y, min_probability: float = MIN_PROBABILITY) -> TypeFallback:
    """A :class:`TypeFallback` fitted on the feature rows ``X`` and source types ``y``."""
    from sklearn.linear_model import LogisticRegression

    m = LogisticRegression(C=2.0, max_iter=2000, random_state=0).fit(X, y)
    return TypeFallback(
        list(m.classes_),
        feature_names(),
        m.coef_.tolist(),
        m.intercept_.tolist(),
        min_probability=min_probability,
    )


def arrays(rows: list) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The features, source types and article keys of :func:`entity_rows` as arrays."""
    X, y, groups = zip(*rows)
    return np.array(X), np.array(y), np.array(groups)


def fold_fallbacks(
    X, y, groups, folds: int = 5, min_probability: float = MIN_PROBABILITY
) -> dict[str, TypeFallback]:
    """For every article key in ``groups``, a fallback fitted on the rows of the *other*
    articles' folds (``GroupKFold`` by article)."""
    from sklearn.model_selection import GroupKFold

    out: dict[str, TypeFallback] = {}
    for train, test in GroupKFold(n_splits=folds).split(X, y, groups):
        fb = fit_fallback(X[train], y[train], min_probability)
        out.update(dict.fromkeys(groups[test].tolist(), fb))
    return out


def cross_fitted(
    data: Path, folds: int = 5, min_probability: float = MIN_PROBABILITY
) -> dict[str, TypeFallback]:
    """For every dev article (``"dataset:key"``), a fallback fitted on the dev entities of the
    other articles (:func:`fold_fallbacks`): scoring the dev split with these keeps the
    fallback from being judged on the entities it was fitted on."""
    return fold_fallbacks(*arrays(list(entity_rows(data))), folds, min_probability)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--data",
        type=Path,
        default=Path(os.environ.get("BIAS_SHARED_DATA", ROOT.parent / "shared" / "data")),
    )
    ap.add_argument("--out", type=Path, default=ROOT / "bias" / "lexicons" / "type_fallback.json")
    ap.add_argument("--min-probability", type=float, default=MIN_PROBABILITY)
    ap.add_argument(
        "--with-reported",
        action="store_true",
        help="also the speaker entities of the reported-speech gold (data/gold/reported_*.jsonl)",
    )
    args = ap.parse_args(argv)
    patterns = ("quotes_*.jsonl", "reported_*.jsonl") if args.with_reported else ("quotes_*.jsonl",)

    rows = list(entity_rows(args.data, patterns=patterns))
    X, y, groups = arrays(rows)
    print(f"{len(rows)} dev entities; types: {dict(zip(*np.unique(y, return_counts=True)))}")

    held_out = fold_fallbacks(X, y, groups, min_probability=args.min_probability)
    right = answered = 0
    for x, t, g in zip(X, y, groups):
        p = held_out[g].predict(x)
        if p is not None:
            answered += 1
            right += p == t
    print(
        f"5-fold CV by article: answers {answered}/{len(rows)} entities, "
        f"right {right}/{answered} ({right / max(1, answered):.3f})"
    )
    fb = fit_fallback(X, y, args.min_probability)
    payload = fb.to_json() | {
        "trained_on": f"dev split of data/gold/{' and '.join(patterns)} "
        "(scripts/train_type_fallback.py)",
        "n_entities": len(rows),
    }
    tmp = args.out.with_suffix(".tmp")
    tmp.write_text(json.dumps(payload, indent=1) + "\n", encoding="utf-8")
    os.replace(tmp, args.out)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The scikit-learn contract, checked by hand (check_estimator skips raw-text estimators)."""

from __future__ import annotations

import pickle

import joblib
import numpy as np
import pytest
from sklearn.base import clone
from sklearn.exceptions import NotFittedError

from bias.errors import InputError
from bias.features import AnalysisFeatures, HindiNormalizer, char_tfidf, word_tfidf
from bias.models import make_pipeline

DOCS = [
    "मंत्री ने कहा, “हम पूरी तरह तैयार हैं।”",
    "बाढ़ से भारी तबाही हुई और कई लोग बेघर हो गए।",
    "टीम की शानदार जीत पर प्रशंसकों ने जश्न मनाया।",
    "बैठक सोमवार को होगी।",
    "विपक्ष ने सरकार की कड़ी आलोचना की।",
    "किसानों ने नई योजना का स्वागत किया।",
]
LABELS = ["praise", "concern", "praise", "neutral", "concern", "praise"]

ESTIMATORS = [
    HindiNormalizer(),
    HindiNormalizer(nukta="remove"),
    AnalysisFeatures(),
    AnalysisFeatures(groups=("frame",)),
]


@pytest.mark.parametrize("est", ESTIMATORS, ids=lambda e: repr(e))
def test_contract(est, tmp_path):
    params = est.get_params()
    c = clone(est)
    assert c.get_params() == params and c is not est
    assert c.set_params(**params) is c
    with pytest.raises(NotFittedError):
        c.transform(DOCS)
    assert c.fit(DOCS) is c
    out = c.transform(DOCS)
    # identical output after pickling and after joblib dump/load
    assert _same(pickle.loads(pickle.dumps(c)).transform(DOCS), out)
    joblib.dump(c, tmp_path / "e.joblib")
    assert _same(joblib.load(tmp_path / "e.joblib").transform(DOCS), out)
    # __init__ stores parameters only: no state ending in _ before fit
    assert not [k for k in vars(clone(est)) if k.endswith("_")]


def _same(a, b):
    if isinstance(a, np.ndarray):
        return np.allclose(a, b)
    return a == b


@pytest.mark.parametrize("est", [HindiNormalizer(), AnalysisFeatures()])
def test_bare_string_is_refused_with_sklearns_message(est):
    with pytest.raises(
        InputError, match="Iterable over raw text documents expected, string object received."
    ):
        est.fit("एक अकेला वाक्य")


def test_invalid_parameters_are_reported_in_fit():
    with pytest.raises(InputError, match=r"`groups` value = 'nope' is invalid"):
        AnalysisFeatures(groups=("nope",)).fit(DOCS)
    with pytest.raises(InputError, match=r"`nukta` value = 'x' is invalid"):
        HindiNormalizer(nukta="x").fit(DOCS)


def test_analysis_features_come_from_analyze():
    import bias

    f = AnalysisFeatures(groups=("frame", "sentiment")).fit(DOCS)
    X = f.transform(DOCS[1:2])
    (s,) = bias.analyze(DOCS[1]).sentences
    assert np.allclose(
        X[0],
        [
            s.frame_scores["praise"],
            s.frame_scores["concern"],
            s.frame_scores["neutral"],
            s.sentiment_score,
        ],
    )
    assert list(f.get_feature_names_out()) == [
        "analysis__frame_praise",
        "analysis__frame_concern",
        "analysis__frame_neutral",
        "analysis__sentiment",
    ]


@pytest.mark.parametrize("vec", [word_tfidf(), char_tfidf(min_df=1)])
def test_tfidf_is_picklable_and_sees_devanagari(vec):
    vec = clone(vec).fit(HindiNormalizer().fit_transform(DOCS))
    names = vec.get_feature_names_out()
    assert any("\u0900" <= ch <= "\u097f" for n in names for ch in n)
    assert pickle.loads(pickle.dumps(vec)).transform(DOCS).shape == vec.transform(DOCS).shape


@pytest.mark.parametrize("model", ["logreg", "svm"])
def test_pipeline_clone_pickle_predict(model):
    pipe = make_pipeline(model=model)
    params = pipe.get_params()
    assert clone(pipe).get_params().keys() == params.keys()
    X = DOCS * 3
    y = LABELS * 3
    pipe.fit(X, y)
    again = pickle.loads(pickle.dumps(pipe))
    assert list(again.predict(DOCS)) == list(pipe.predict(DOCS))
    assert np.allclose(again.predict_proba(DOCS), pipe.predict_proba(DOCS))

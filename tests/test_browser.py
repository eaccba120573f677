"""The HTML view in a real headless Chromium (Debian's /usr/bin/chromium driven by Playwright).

Skipped when Playwright or a Chromium binary is missing; .ci/run installs both."""

from __future__ import annotations

import os
import shutil

import pytest

import bias

pytestmark = pytest.mark.browser

CHROMIUM = (
    os.environ.get("BIAS_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
)
ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def playwright():
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="playwright is not installed (pip install 'bias[browser]')"
    )
    if not CHROMIUM:
        pytest.skip("no chromium binary (apt-get install chromium)")
    with sync_api.sync_playwright() as p:
        yield p


@pytest.fixture(scope="module")
def browser(playwright):
    b = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
    yield b
    b.close()


@pytest.mark.parametrize(
    "viewport",
    [{"width": 390, "height": 844}, {"width": 1280, "height": 800}],
    ids=["phone", "desktop"],
)
def test_html_view_of_every_sample(browser, sample_texts, tmp_path, viewport):
    for name, text in sample_texts.items():
        art = bias.analyze(text)
        page_file = tmp_path / f"{name}.html"
        page_file.write_text(art.to_html(title=name), encoding="utf-8")
        page = browser.new_page(viewport=viewport)
        requests: list[str] = []
        page.on("request", lambda r, seen=requests: seen.append(r.url))
        page.goto(page_file.as_uri())
        page.screenshot(path=str(tmp_path / f"{name}-{viewport['width']}.png"), full_page=True)
        # every direct quotation is an element, with its speaker
        direct = [q for q in art.quotes if q.kind == "direct"]
        ids = page.evaluate(
            "[...new Set([...document.querySelectorAll('.quote')]"
            ".map(e => e.dataset.quote))].length"
        )
        assert ids == len(direct), name
        speakers = set(
            page.evaluate("[...document.querySelectorAll('.quote')].map(e => e.dataset.speaker)")
        )
        assert speakers == {q.speaker or "" for q in direct}, name
        entity_ids = {e.id for e in art.entities}
        keys = {q.entity if q.entity in entity_ids else "?" for q in direct}
        shown_keys = set(
            page.evaluate("[...document.querySelectorAll('.quote')].map(e => e.dataset.entity)")
        )
        legend = set(
            page.evaluate(
                "[...document.querySelectorAll('.legend-speaker')].map(e => e.dataset.entity)"
            )
        )
        assert legend == shown_keys == keys, name
        assert page.evaluate("document.querySelectorAll('svg rect').length") > 0
        # nothing overflows the viewport horizontally, and no network request was made
        assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"], name
        wide = page.evaluate(
            "[...document.querySelectorAll('.bias-article *')]"
            ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 1).length"
        )
        assert wide == 0, name
        assert all(u.startswith("file://") for u in requests), requests
        # the text shown is the article's text
        shown = page.evaluate("document.querySelector('.bias-text').innerText")
        assert shown.split()[:5] == text.split()[:5]
        page.close()


# ---------------------------------------------------- Hindi without a system Devanagari font

MEASURE = """async () => {
  await document.fonts.ready;
  const s = document.createElement('span');
  s.style.fontSize = '100px';
  s.textContent = 'नमक';
  document.querySelector('.bias-text').append(s);
  return s.getBoundingClientRect().width;
}"""


@pytest.fixture(scope="module")
def latin_only_browser(playwright, tmp_path_factory):
    """A Chromium whose fontconfig sees only matplotlib's DejaVu fonts: Latin, no Devanagari
    (the system's Noto Devanagari is hidden, as on a machine without it)."""
    import matplotlib

    fonts = os.path.join(matplotlib.get_data_path(), "fonts", "ttf")
    conf = tmp_path_factory.mktemp("fontconfig") / "fonts.conf"
    conf.write_text(
        f'<?xml version="1.0"?><fontconfig><dir>{fonts}</dir>'
        f"<cachedir>{conf.parent / 'cache'}</cachedir></fontconfig>",
        encoding="utf-8",
    )
    env = dict(os.environ, FONTCONFIG_FILE=str(conf))
    b = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS, env=env)
    yield b
    b.close()


def _width_in_font(word: str, size: float) -> float:
    """The advance width of ``word`` set in the embedded font (its simple letters need no
    shaping), from the font file's own metrics."""
    import io

    from fontTools.ttLib import TTFont

    from bias.font import embedded_font

    font = TTFont(io.BytesIO(embedded_font()))
    cmap, hmtx = font.getBestCmap(), font["hmtx"]
    return sum(hmtx[cmap[ord(c)]][0] for c in word) / font["head"].unitsPerEm * size


def test_hindi_renders_in_the_embedded_font_without_system_fonts(
    latin_only_browser, sample_texts, tmp_path
):
    from bias.html import render_html

    art = bias.analyze(next(iter(sample_texts.values())))
    expected = _width_in_font("नमक", 100)
    widths = {}
    for embed in (True, False):
        f = tmp_path / f"embed-{embed}.html"
        f.write_text(render_html(art, embed_font=embed), encoding="utf-8")
        page = latin_only_browser.new_page()
        requests: list[str] = []
        page.on("request", lambda r, seen=requests: seen.append(r.url))
        page.goto(f.as_uri())
        widths[embed] = page.evaluate(MEASURE)
        fonts = page.evaluate("[...document.fonts].map(f => f.family + ':' + f.status)")
        page.screenshot(path=str(tmp_path / f"embed-{embed}.png"))
        assert all(u.startswith("file://") for u in requests), requests
        page.close()
        if embed:
            assert fonts == ['"Bias Noto Sans Devanagari":loaded'] or fonts == [
                "Bias Noto Sans Devanagari:loaded"
            ], fonts
    # with the font embedded, the Hindi word has the embedded font's metrics ...
    assert widths[True] == pytest.approx(expected, rel=0.02)
    # ... and without it this browser has no Devanagari font (boxes or nothing): the check bites
    assert widths[False] != pytest.approx(expected, rel=0.05)


def test_corpus_report_page_renders_offline(browser, tmp_path):
    from bias.study import report
    from bias.study_files import write_report

    texts = ["मंत्री ने कहा, “काम जारी है।”", "विपक्ष ने सरकार की कड़ी आलोचना की।", "बारिश हुई।"]
    recs = [
        {"text": t, "paper": p, "date": f"2020-03-{d:02d}"}
        for d in range(1, 15)
        for p, t in zip(("क", "ख"), (texts[d % 3], texts[(d + 1) % 3]))
    ]
    paths = write_report(report(recs, by=["paper"], period="week", n_boot=200), tmp_path / "r")
    page = browser.new_page(viewport={"width": 390, "height": 844})
    requests: list[str] = []
    page.on("request", lambda r, seen=requests: seen.append(r.url))
    page.goto(paths["report.html"].as_uri())
    # every plot decoded (a broken data: URL has no natural size), the tables are there
    sizes = page.evaluate("[...document.images].map(i => [i.complete, i.naturalWidth])")
    assert len(sizes) == 3 and all(ok and w > 0 for ok, w in sizes), sizes
    assert page.evaluate("document.querySelectorAll('table').length") >= 2
    assert all(u.startswith("file://") or u.startswith("data:") for u in requests), requests
    page.close()


def test_hovering_a_stance_highlights_its_cue_holder_and_target(browser, tmp_path):
    art = bias.analyze("विपक्ष ने सरकार की कड़ी आलोचना की।")
    f = tmp_path / "s.html"
    f.write_text(art.to_html(), encoding="utf-8")
    page = browser.new_page()
    page.goto(f.as_uri())
    page.click("details.stances summary")
    background = (
        "[...document.querySelectorAll('.st-0')].map(e => getComputedStyle(e).backgroundColor)"
    )
    before = page.evaluate(background)
    page.hover('tr.stance-row[data-stance="0"]')
    after = page.evaluate(background)
    assert len(after) >= 3 and all(c == "rgb(255, 224, 102)" for c in after), after
    assert before != after
    page.close()

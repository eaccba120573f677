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
def browser():
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="playwright is not installed (pip install 'bias[browser]')"
    )
    if not CHROMIUM:
        pytest.skip("no chromium binary (apt-get install chromium)")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
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
        legend = set(
            page.evaluate(
                "[...document.querySelectorAll('.legend-speaker')].map(e => e.dataset.speaker)"
            )
        )
        assert legend == {q.speaker or "?" for q in direct}, name
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

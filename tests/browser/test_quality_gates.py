"""The gates themselves must catch problems, or a green run would mean nothing."""

import pytest

from tests.quality import axe_violations, html_errors

pytestmark = pytest.mark.browser

BROKEN_PAGE = """<!doctype html><html><head><title>x</title></head>
<body><img src="a.png"><p><div>block in a paragraph</div></body></html>"""
GOOD_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Fine</title>
</head><body><main><h1>Fine</h1><p>Nothing wrong here.</p></main></body></html>"""


def test_html_checker_reports_errors_and_passes_valid_pages():
    errors = html_errors({"broken": BROKEN_PAGE, "good": GOOD_PAGE})
    assert any(error.startswith("broken:") and "alt" in error for error in errors)
    assert not [error for error in errors if error.startswith("good:")]


def test_axe_reports_violations_and_passes_clean_pages(browser):
    context = browser.new_context(bypass_csp=True)
    page = context.new_page()
    page.set_content(BROKEN_PAGE)
    broken = axe_violations(page)
    page.set_content(GOOD_PAGE)
    good = axe_violations(page)
    context.close()
    assert any(v.startswith("image-alt") for v in broken)
    assert any(v.startswith("html-has-lang") for v in broken)
    assert good == []

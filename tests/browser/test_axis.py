"""The time axis in Chromium: the keyboard alone, zoom by keys and wheel, axe and the Nu
Html Checker, the embed framed by another origin, and screenshots at 390 and 1280 px."""

import re
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.quality import audit, watch_for_problems

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("seeded_transactional_db")]

AXIS = "/?view=axis"


def window_of(page):
    query = parse_qs(urlsplit(page.url).query)
    return query.get("from", [None])[0], query.get("to", [None])[0]


def focused_label(page):
    return page.evaluate("document.activeElement.getAttribute('aria-label')")


def wait_for_new_axis(page, before):
    """Wait until the axis has been replaced by the one for another window."""
    page.wait_for_function(
        "before => { const f = document.querySelector('[data-axis]');"
        " return f && !f.classList.contains('axis--loading')"
        " && f.dataset.from + f.dataset.to !== before; }",
        arg=before,
    )


def axis_window(page):
    return page.evaluate(
        "() => { const f = document.querySelector('[data-axis]');"
        " return f.dataset.from + f.dataset.to; }"
    )


@pytest.fixture
def watched(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = watch_for_problems(context.new_page())
    yield page
    context.close()


def test_a_keyboard_only_journey_through_the_axis(watched, live_server, artifacts_dir):
    page = watched
    page.goto(live_server.url + AXIS)
    # Tab from the lane choices into the drawing: its marks come in chronological order.
    page.locator(".axis__lanes a").last.focus()
    labels = []
    for _ in range(6):
        page.keyboard.press("Tab")
        labels.append(focused_label(page))
    assert all(labels), "every mark has an accessible name"
    marks = page.locator(".axis__mark, .axis__cluster")
    expected = [marks.nth(i).get_attribute("aria-label") for i in range(6)]
    assert labels == expected
    # The focused mark shows its tooltip and a visible focus.
    tooltip = page.locator(".axis__tooltip")
    assert tooltip.is_visible()
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline == "solid"
    page.locator(".axis__frame").screenshot(path=artifacts_dir / "axis-focus.png")
    # + zooms in, keeping the focus in the axis and the address in step.
    before = axis_window(page)
    page.keyboard.press("+")
    wait_for_new_axis(page, before)
    start, end = window_of(page)
    assert start and end
    assert page.evaluate("document.activeElement.closest('[data-axis]') !== null")
    # → moves later; − zooms out again.
    before = axis_window(page)
    page.keyboard.press("ArrowRight")
    wait_for_new_axis(page, before)
    assert window_of(page)[0] > start
    before = axis_window(page)
    page.keyboard.press("-")
    wait_for_new_axis(page, before)
    # Enter follows the focused mark to its event.
    page.locator(".axis__mark").first.focus()
    name = focused_label(page)
    page.keyboard.press("Enter")
    page.wait_for_url("**/events/**")
    assert page.locator("h1").inner_text() in name
    assert page.problems == []


def test_the_wheel_zooms_around_the_pointer_and_a_drag_moves(watched, live_server):
    page = watched
    page.goto(live_server.url + AXIS + "&from=2000&to=2009")
    svg = page.locator(".axis__svg")
    box = svg.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + 20)
    before = axis_window(page)
    page.mouse.wheel(0, -300)
    wait_for_new_axis(page, before)
    start, end = window_of(page)
    assert start > "2000" and end < "2009-12-31"
    before = axis_window(page)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] / 2 + 200, box["y"] + 20, steps=8)
    page.mouse.up()
    wait_for_new_axis(page, before)
    assert window_of(page)[0] < start  # dragged right: earlier
    assert page.problems == []


def touch(session, kind, points):
    session.send(
        "Input.dispatchTouchEvent",
        {
            "type": kind,
            "touchPoints": [{"x": x, "y": y, "id": i} for i, (x, y) in enumerate(points)],
        },
    )


@pytest.mark.parametrize("spread", [3, 1 / 3], ids=["apart: zoom in", "together: zoom out"])
def test_pinching_zooms_around_the_fingers(browser, live_server, spread):
    context = browser.new_context(viewport={"width": 390, "height": 800}, has_touch=True)
    page = watch_for_problems(context.new_page())
    page.goto(live_server.url + AXIS + "&from=2000&to=2009")
    svg = page.locator(".axis__svg")
    svg.scroll_into_view_if_needed()  # touches land where the fingers are: on screen
    box = svg.bounding_box()
    middle, y = box["x"] + min(box["width"], 390) / 2, box["y"] + 40
    session = context.new_cdp_session(page)
    before = axis_window(page)
    gap = 40 if spread > 1 else 120
    touch(session, "touchStart", [(middle - gap, y), (middle + gap, y)])
    for step in range(1, 9):  # the fingers move apart (or together) in steps, as fingers do
        reach = gap * (1 + (spread - 1) * step / 8)
        touch(session, "touchMove", [(middle - reach, y), (middle + reach, y)])
    touch(session, "touchEnd", [])
    wait_for_new_axis(page, before)
    start, end = window_of(page)
    if spread > 1:
        assert start > "2000" and end < "2009-12-31"
    else:
        assert start < "2000" and end > "2009-12-31"
    assert page.problems == []
    context.close()


def test_links_zoom_and_move_without_javascript(browser, live_server):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server.url + AXIS + "&from=2004&to=2004")
    # A click does not wait for the page it asks for: each step waits for its address.
    page.get_by_role("link", name="Later").click()
    page.wait_for_url(re.compile(r"from=2005&"))
    assert window_of(page) == ("2005", "2005")
    page.get_by_role("link", name="Zoom in").click()
    page.wait_for_url(re.compile(r"from=2005-04"))
    assert window_of(page) == ("2005-04", "2005-09")
    page.get_by_role("link", name="Agreement", exact=True).click()
    page.wait_for_url(re.compile(r"lanes=agreement"))
    assert page.locator(".axis__svg").count() == 1
    context.close()


def test_axis_pages_have_no_axe_violations_and_no_html_errors(browser, live_server):
    context = browser.new_context(bypass_csp=True, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    paths = (
        AXIS,
        AXIS + "&lanes=person&status=occurred",
        AXIS + "&from=2004-13",
        "/embed/axis/?lanes=agreement",
    )
    assert audit(page, live_server.url, {path: path for path in paths}) == ({}, [])
    context.close()


@pytest.fixture
def other_site():
    """Another origin: a server on another port that answers every GET with ``page``."""
    served = {"page": b""}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(served["page"])

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield served, f"http://127.0.0.1:{server.server_port}/article.html"
    server.shutdown()
    thread.join()


def test_the_embed_works_inside_a_frame_on_another_origin(browser, live_server, other_site):
    served, article = other_site
    embed = live_server.url + "/embed/axis/?lanes=event_type"
    timeline = live_server.url + "/"
    served["page"] = (
        "<!doctype html><title>An article</title>"
        f'<iframe id="axis" src="{embed}" title="Axis" width="900" height="700"></iframe>'
        f'<iframe id="page" src="{timeline}" title="Timeline" width="900" height="200"></iframe>'
    ).encode()
    context = browser.new_context()
    page = context.new_page()
    page.goto(article)
    frame = page.frame_locator("#axis")
    frame.locator(".axis__mark").first.wait_for(state="visible")
    # A mark opens its event in the whole window, not inside the frame.
    frame.locator(".axis__mark").first.click()
    page.wait_for_url(live_server.url + "/events/**")
    # Every other page refuses to be framed: Chromium shows its error page instead.
    page.goto(article)
    page.wait_for_load_state("load")
    refused = next(
        f for f in page.frames if f.name == "" and f != page.main_frame and "embed" not in f.url
    )
    assert refused.locator("h1").filter(has_text="NATO–Russia").count() == 0
    context.close()


@pytest.mark.parametrize("width", [390, 1280])
def test_screenshots(browser, live_server, artifacts_dir, width):
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.goto(live_server.url + AXIS + "&lanes=agreement&from=2004-03&to=2004-05")
    page.locator(".axis").screenshot(path=artifacts_dir / f"axis-{width}.png")
    page.screenshot(path=artifacts_dir / f"axis-page-{width}.png", full_page=True)
    # A phone scrolls the drawing inside its frame, never the page sideways.
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    context.close()

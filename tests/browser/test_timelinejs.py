"""The TimelineJS export, loaded by the real TimelineJS3 library in headless Chromium.

The story page is served from another origin, as on Knight Lab's embed, so the
library fetches the export across origins just as it would for a researcher.
"""

import mimetypes
from datetime import date
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse

from events.models import Event
from tests.dataset import EXERCISE, KELLER, TALKS
from tests.factories import make_event

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("dataset_transactional_db")]

# Resolved, as the files served from it are: node_modules may be a symlink (a git worktree's).
TIMELINEJS_DIST = (
    Path(settings.BASE_DIR) / "node_modules" / "@knight-lab" / "timelinejs" / "dist"
).resolve()
# Another origin than the live server's, so the export is fetched across origins.
STORY_ORIGIN = "http://127.0.0.1:9"
STORY_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Story</title>
<link rel="stylesheet" href="/css/timeline.css"><script src="/js/timeline.js"></script>
<style>#timeline-embed { height: 600px; }</style></head>
<body><div id="timeline-embed"></div>
<script>window.timeline = new TL.Timeline("timeline-embed", new URL(location.hash.slice(1)).href);
</script></body></html>"""
# TimelineJS has drawn the title slide, or shows its full-page error message.
DRAWN_OR_FAILED = """() => document.querySelector(".tl-slide-titleslide")
    || /error/i.test(document.querySelector(".tl-message-full")?.textContent)"""


def serve_story_files(page, live_server_url):
    """The story page and TimelineJS from node_modules; the export from the live server."""

    def handle(route):
        url = route.request.url
        if url.startswith(live_server_url):
            return route.continue_()
        if not url.startswith(STORY_ORIGIN):
            return route.abort()  # the machine is offline; fail fast
        path = url.removeprefix(STORY_ORIGIN).split("?")[0].split("#")[0]
        if path == "/story.html":
            return route.fulfill(body=STORY_PAGE, content_type="text/html")
        file = (TIMELINEJS_DIST / path.lstrip("/")).resolve()
        if not file.is_relative_to(TIMELINEJS_DIST) or not file.is_file():
            return route.fulfill(status=404)
        content_type = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
        return route.fulfill(body=file.read_bytes(), content_type=content_type)

    page.route("**/*", handle)


def load_story(page, live_server, query=""):
    """Open the story for the export with ``query``; return the slides' ids once drawn."""
    serve_story_files(page, live_server.url)
    # What a reader grants when a page on one local server reads from another.
    page.context.grant_permissions(["local-network-access"], origin=STORY_ORIGIN)
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    export = f"{live_server.url}{reverse('exports:timelinejs')}{query}"
    page.goto(f"{STORY_ORIGIN}/story.html#{export}")
    page.wait_for_function(DRAWN_OR_FAILED, timeout=20_000)
    assert errors == []
    message = page.locator(".tl-message-full")
    assert message.count() == 0, message.inner_text()
    return page.eval_on_selector_all(".tl-slider-container .tl-slide", "s => s.map(e => e.id)")


def test_whole_timeline_loads_in_timelinejs(page, live_server):
    slides = load_story(page, live_server)
    events = list(Event.objects.published().values_list("slug", flat=True))
    assert len(slides) == 1 + len(events)
    assert slides[1:] == events


def test_filtered_timeline_loads_in_timelinejs(page, live_server):
    slides = load_story(page, live_server, f"?person={KELLER}")
    keller = Event.objects.published().filter(participations__person__slug=KELLER)
    assert 1 < keller.count() < Event.objects.published().count()
    assert len(slides) == 1 + keller.count()


def test_year_and_month_dates_render_as_given(page, live_server):
    circa = make_event(
        start_date=date(2004, 4, 1), date_precision="month", date_qualifier="approximate"
    )
    load_story(page, live_server, "?event_type=exercise&event_type=negotiation&event_type=meeting")

    def shown_date(slug):
        return page.locator(f"[id='{slug}'] .tl-headline-date").first.inner_text()

    assert shown_date(EXERCISE) == "2004"
    assert shown_date(TALKS) == "May 2004"
    assert shown_date(circa.slug) == "c. April 2004"

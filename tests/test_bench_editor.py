"""bench/editor.py, the editor of the load tests, against a live server: its saves land,
and an address that does not show a saved title counts as a miss and fails the run."""

import importlib.util
import json
import sys
import urllib.request
from pathlib import Path

import pytest

from events.models import Event
from tests.admin_helpers import make_editor
from tests.factories import make_event

EDITOR = Path(__file__).resolve().parent.parent / "bench" / "editor.py"


def run_editor(live_server, *args):
    """Its exit status and its report."""
    spec = importlib.util.spec_from_file_location("bench_editor", EDITOR)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    argv = ["editor.py", "--base-url", live_server.url, "--username", "editor"]
    argv += ["--password", "editor-password", "--seconds", "1", "--every", "5", *args]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sys, "argv", argv)
        with pytest.raises(SystemExit) as exit_:
            module.main()
    return exit_.value.code


@pytest.fixture
def behind_proxy(settings):
    """The editor's requests say HTTPS, as the proxy in front of production would."""
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")


@pytest.mark.usefixtures("transactional_db", "behind_proxy")
def test_a_saved_title_shows_on_the_next_request(live_server, capsys):
    make_editor()
    event = make_event(title="Ivanov meets Robertson")
    make_event(title="Another meeting")  # not edited
    # Seen once before the edit, so that the timeline's answer is kept in the cache.
    seen = urllib.request.Request(live_server.url, headers={"X-Forwarded-Proto": "https"})
    assert b"Ivanov meets Robertson" in urllib.request.urlopen(seen).read()

    status = run_editor(live_server, "--event", str(event.pk), "--check", "/")

    report = json.loads(capsys.readouterr().out.partition("EDITOR ")[2])
    assert (status, report["saves"], report["checks"], report["misses"]) == (0, 1, 1, 0)
    assert Event.objects.get(pk=event.pk).title == "Ivanov meets Robertson (edit 1)"


@pytest.mark.usefixtures("transactional_db", "behind_proxy")
def test_an_address_without_the_saved_title_is_a_miss(live_server, capsys):
    make_editor()
    event = make_event(title="Ivanov meets Robertson (edit 4)")  # an earlier run's
    make_event(title="Serdyukov visits Brussels", event_type=Event.Type.VISIT)

    status = run_editor(live_server, "--event", str(event.pk), "--check", "/?event_type=visit")

    report = json.loads(capsys.readouterr().out.partition("EDITOR ")[2])
    assert (status, report["saves"], report["misses"]) == (1, 1, 1)
    assert Event.objects.get(pk=event.pk).title == "Ivanov meets Robertson (edit 1)"

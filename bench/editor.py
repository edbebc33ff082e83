"""An editor saving events through the Django admin while the site is under load.

Logs in, then until ``--seconds`` have passed: opens an event's admin change
form, keeps every field as the browser would send it, changes only the title
and saves, one save every ``--every`` seconds (at once by default). After each
save, the very next anonymous request to each ``--check`` address must show the
new title (a miss otherwise). Afterwards it checks in the database that every
save is there: each event carries the title of its last save, and the admin
history has one change per save. Any standard Django admin change form works:
fields are read from the page, never hard-coded. Run by bench/load_with_edits.sh
and ``bench/bench.py --under-edits``; exits 1 on any refused save, miss or lost edit.
"""

import argparse
import html
import http.client
import json
import os
import re
import statistics
import sys
import time
from html.parser import HTMLParser
from itertools import cycle
from urllib.parse import urlencode, urlsplit

import django

IGNORED_INPUT_TYPES = {"submit", "button", "image", "reset", "file"}


class FormFields(HTMLParser):
    """The fields each ``<form>`` on a page would submit, in document order."""

    def __init__(self):
        super().__init__()
        self.forms = []
        self._select = None
        self._textarea = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.forms.append([])
            return
        if not self.forms or "disabled" in attrs:
            return
        fields = self.forms[-1]
        name = attrs.get("name")
        if tag == "input" and name:
            kind = attrs.get("type", "text").lower()
            if kind in IGNORED_INPUT_TYPES:
                if kind == "submit" and name == "_save":
                    fields.append((name, attrs.get("value", "")))
            elif kind in {"checkbox", "radio"}:
                if "checked" in attrs:
                    fields.append((name, attrs.get("value", "on")))
            else:
                fields.append((name, attrs.get("value", "")))
        elif tag == "select" and name:
            self._select = {"name": name, "multiple": "multiple" in attrs, "options": []}
        elif tag == "option" and self._select is not None:
            self._select["options"].append((attrs.get("value", ""), "selected" in attrs))
        elif tag == "textarea" and name:
            self._textarea = [name, ""]

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "select" and self._select is not None:
            options = self._select["options"]
            chosen = [value for value, selected in options if selected]
            if not chosen and options and not self._select["multiple"]:
                chosen = [options[0][0]]  # a browser sends the first option
            self.forms[-1].extend((self._select["name"], value) for value in chosen)
            self._select = None
        elif tag == "textarea" and self._textarea is not None:
            name, text = self._textarea
            # Browsers drop the newline that may follow <textarea>.
            self.forms[-1].append((name, text.removeprefix("\n")))
            self._textarea = None


class Browser:
    """Just enough of a browser: cookies (Secure ones too) and the proxy's HTTPS header."""

    def __init__(self, base_url):
        parts = urlsplit(base_url)
        self.host, self.port = parts.hostname, parts.port
        self.origin = f"https://{parts.netloc}"
        self.cookies = {}

    def request(self, method, path, fields=None):
        headers = {
            "X-Forwarded-Proto": "https",
            "Origin": self.origin,
            "Referer": self.origin + path,
            "Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items()),
        }
        body = None
        if fields is not None:
            body = urlencode(fields)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        connection = http.client.HTTPConnection(self.host, self.port, timeout=60)
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            content = response.read().decode()
        finally:
            connection.close()
        for header, value in response.getheaders():
            if header.lower() == "set-cookie":
                name, _, rest = value.partition("=")
                self.cookies[name] = rest.split(";", 1)[0]
        return response.status, response.getheader("Location"), content

    def form_on(self, path, containing):
        status, _, page = self.request("GET", path)
        if status != 200:
            raise RuntimeError(f"GET {path} answered {status}")
        parser = FormFields()
        parser.feed(page)
        for fields in parser.forms:
            if any(name == containing for name, _ in fields):
                return fields
        raise RuntimeError(f"No form with a “{containing}” field on {path}")


def log_in(browser, username, password):
    path = "/admin/login/?next=/admin/"
    fields = browser.form_on(path, "username")
    fields = [(name, value) for name, value in fields if name not in {"username", "password"}]
    status, _, _ = browser.request(
        "POST", path, [*fields, ("username", username), ("password", password)]
    )
    if status != 302:
        raise RuntimeError(f"Login failed with status {status}")


def shows(visitor, path, title):
    """Whether the page at ``path`` shows ``title``, as written or HTML-escaped."""
    try:
        status, _, page = visitor.request("GET", path)
    except OSError:
        return False
    return status == 200 and (title in page or html.escape(title) in page)


#: The English title's field on the admin's form (each translated field is one per language).
TITLE_FIELD = "title_en"


def save_title(browser, change_path, title):
    fields = browser.form_on(change_path, TITLE_FIELD)
    fields = [(name, title if name == TITLE_FIELD else value) for name, value in fields]
    status, _, page = browser.request("POST", change_path, fields)
    if status != 302:
        errors = page[page.find("errorlist") : page.find("errorlist") + 300]
        raise RuntimeError(f"Save refused ({status}): {errors}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--username", default="load-editor")
    parser.add_argument("--password", default=os.environ.get("LOAD_EDITOR_PASSWORD"))
    parser.add_argument("--events", type=int, default=5, help="how many events to edit in turn")
    parser.add_argument(
        "--event", type=int, action="append", help="an event to edit (by id) instead"
    )
    parser.add_argument("--every", type=float, default=0, help="seconds from a save to the next")
    parser.add_argument(
        "--check",
        action="append",
        default=[],
        help="a public address showing the edited events, asked after each save",
    )
    args = parser.parse_args()

    django.setup()
    from django.contrib.admin.models import CHANGE, LogEntry

    from events.models import Event

    chosen = Event.objects.published().order_by("pk")
    chosen = chosen.filter(pk__in=args.event) if args.event else chosen[: args.events]
    # Without an earlier run's suffix, so that titles do not grow run after run.
    originals = {
        pk: re.sub(r" \(edit \d+\)$", "", title) for pk, title in chosen.values_list("pk", "title")
    }
    browser = Browser(args.base_url)
    visitor = Browser(args.base_url)  # signed out: answered as the public is
    log_in(browser, args.username, args.password)
    last_title, durations, failures, misses, saves = {}, [], [], [], 0
    history_before = LogEntry.objects.filter(action_flag=CHANGE).count()
    deadline = time.monotonic() + args.seconds
    for pk in cycle(originals):
        if time.monotonic() >= deadline:
            break
        title = f"{originals[pk]} (edit {saves + 1})"
        started = time.monotonic()
        try:
            save_title(browser, f"/admin/events/event/{pk}/change/", title)
        except (RuntimeError, OSError) as error:
            failures.append(str(error))
        else:
            durations.append((time.monotonic() - started) * 1000)
            last_title[pk] = title
            saves += 1
            misses += [
                f"{path} without “{title}”"
                for path in args.check
                if not shows(visitor, path, title)
            ]
        time.sleep(max(0, min(started + args.every, deadline) - time.monotonic()))

    stored = dict(Event.objects.filter(pk__in=last_title).values_list("pk", "title"))
    lost = {pk: title for pk, title in last_title.items() if stored.get(pk) != title}
    logged = LogEntry.objects.filter(action_flag=CHANGE).count() - history_before
    report = {
        "saves": saves,
        "failed_saves": len(failures),
        "checks": saves * len(args.check),
        "misses": len(misses),
        "lost_edits": len(lost),
        "history_entries": logged,
        "save_ms_p50": round(statistics.median(durations), 1) if durations else None,
        "save_ms_p95": round(statistics.quantiles(durations, n=20)[-1], 1)
        if len(durations) >= 2
        else None,
    }
    print("EDITOR " + json.dumps(report))
    for failure in failures[:5] + misses[:5]:
        print("EDITOR failure: " + failure, file=sys.stderr)
    ok = saves > 0 and not failures and not misses and not lost and logged == saves
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()

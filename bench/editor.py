"""An editor saving events through the Django admin while the site is under load.

Logs in, then until ``--seconds`` have passed: opens an event's admin change
form, keeps every field as the browser would send it, changes only the title
and saves. Afterwards it checks in the database that every save is there: each
event carries the title of its last save, and the admin history has one change
per save. Any standard Django admin change form works: fields are read from the
page, never hard-coded. Run by bench/load_with_edits.sh; exits 1 on any lost edit.
"""

import argparse
import http.client
import json
import os
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


def save_title(browser, change_path, title):
    fields = browser.form_on(change_path, "title")
    fields = [(name, title if name == "title" else value) for name, value in fields]
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
    args = parser.parse_args()

    django.setup()
    from django.contrib.admin.models import CHANGE, LogEntry

    from events.models import Event

    originals = dict(
        Event.objects.published().order_by("pk").values_list("pk", "title")[: args.events]
    )
    browser = Browser(args.base_url)
    log_in(browser, args.username, args.password)
    last_title, durations, failures, saves = {}, [], [], 0
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
            continue
        durations.append((time.monotonic() - started) * 1000)
        last_title[pk] = title
        saves += 1

    stored = dict(Event.objects.filter(pk__in=last_title).values_list("pk", "title"))
    lost = {pk: title for pk, title in last_title.items() if stored.get(pk) != title}
    logged = LogEntry.objects.filter(action_flag=CHANGE).count() - history_before
    report = {
        "saves": saves,
        "failed_saves": len(failures),
        "lost_edits": len(lost),
        "history_entries": logged,
        "save_ms_p50": round(statistics.median(durations), 1) if durations else None,
        "save_ms_p95": round(statistics.quantiles(durations, n=20)[-1], 1)
        if len(durations) >= 2
        else None,
    }
    print("EDITOR " + json.dumps(report))
    for failure in failures[:5]:
        print("EDITOR failure: " + failure, file=sys.stderr)
    ok = saves > 0 and not failures and not lost and logged == saves
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()

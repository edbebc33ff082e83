"""The benchmark behind docs/performance.md: this app and Datasette on the same 100,000 events.

Run it through ``bench/run.sh``, which installs wrk and Datasette first. Loopback only;
every server it starts is stopped when it ends.
"""

import argparse
import json
import os
import re
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PORT = int(os.environ.get("BENCH_PORT", "8105"))
BASE = f"http://127.0.0.1:{PORT}"
SQLITE_FILE = Path(os.environ.get("BENCH_SQLITE", "/tmp/natorussia-bench.sqlite3"))
EVENTS = 100_000
SAMPLES, SAMPLE_SECONDS = 40, 20  # one at a time: at most this many, or this long
FRESH = 10  # one at a time, each to an address of its own
AFTER_EDITS = 10  # one at a time, each right after an edit, on the running server
WRK_SECONDS, CONCURRENCY = 8, 8
EDITS_SECONDS, EDIT_EVERY = 60, 5  # --under-edits: wrk's run, and the time between saves
#: What every browser sends, and so every request here, to both servers.
BROWSER_HEADERS = {"Accept-Encoding": "gzip"}
GOALS = {"median_ms": 20, "p95_ms": 50, "api_median_ms": 15, "rps": 120, "rss_mb": 150}


def server_env(database_url, cache_url="locmem://"):
    return {
        **os.environ,
        "DATABASE_URL": database_url,
        "CACHE_URL": cache_url,
        "DJANGO_DEBUG": "",
        # Plain HTTP on loopback: no TLS proxy in front of the benchmark's server.
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        # But the editor's admin requests (--under-edits) say HTTPS, as that proxy would.
        "DJANGO_TRUST_X_FORWARDED_PROTO": "1",
        "DJANGO_SECRET_KEY": "benchmark-only-key",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_LOG_LEVEL": "WARNING",
    }


def manage(database_url, *args):
    subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=server_env(database_url), check=True
    )


def build(database_url, rebuild):
    """Migrate and generate the events, unless the database already holds them."""
    if rebuild and database_url.startswith("sqlite"):
        SQLITE_FILE.unlink(missing_ok=True)
    manage(database_url, "migrate", "--verbosity", "0")
    from events.models import Event

    if Event.objects.count() >= EVENTS and not rebuild:
        print(f"Using the existing {Event.objects.count():,} events.")
        from django.db import connection

        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")  # as generate_demo_data does, after the migrations
        return None
    started = time.monotonic()
    manage(database_url, "generate_demo_data", "--events", str(EVENTS), "--seed", "42")
    return time.monotonic() - started


def sample_event():
    """The event the mix's filter combination finds (and ``--under-edits`` edits)."""
    from events.models import Event

    return (
        Event.objects.published()
        .filter(slug__startswith="demo-", event_type="meeting")
        .order_by("slug")[100]
    )


def mix():
    """The URL mix: (name, our path, Datasette's path or None), values read from the data."""
    from django.db import connection

    from events.models import Agreement, Person

    person = Person.objects.filter(slug__startswith="demo-").order_by("slug")[10]
    agreement = Agreement.objects.filter(slug__startswith="demo-").order_by("slug")[10]
    sample = sample_event()
    sample_person = sample.participations.order_by("pk")[0].person
    sample_place = sample.places.order_by("pk")[0]
    year = sample.start_date.year
    word = sample.title.split()[1]  # "meets"
    combo = urllib.parse.urlencode(
        [
            ("person", sample_person.slug),
            ("place", sample_place.slug),
            ("event_type", "meeting"),
            ("event_type", "visit"),
            ("date_from", f"{year}-01-01"),
            ("date_to", f"{year}-12-31"),
            ("q", word),
        ]
    )
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT start_date, id FROM events_event WHERE published = %s "
            "ORDER BY start_date, id LIMIT 1 OFFSET 4949",
            [True],
        )
        deep_date, deep_id = cursor.fetchone()

    def linked(table, column, pk):
        return f"id in (select event_id from {table} where {column} = {pk})"

    facets = "_facet=event_type&_facet=status&_facet=date_precision"
    table = f"/{SQLITE_FILE.stem}/events_event"
    listing = f"published=1&_sort=start_date&_size=50&{facets}"

    def ds(path_suffix="", json_=False, **where):
        query = listing + "".join(f"&{k}={urllib.parse.quote(v)}" for k, v in where.items())
        return f"{table}{'.json' if json_ else ''}?{query}{path_suffix}"

    combo_ds = (
        "&_where="
        + urllib.parse.quote(linked("events_participation", "person_id", sample_person.pk))
        + "&_where="
        + urllib.parse.quote(linked("events_event_places", "place_id", sample_place.pk))
        + "&event_type__in=meeting,visit"
        + f"&start_date__lte={year}-12-31"
        + "&_where="
        + urllib.parse.quote(f"coalesce(end_date, start_date) >= '{year}-01-01'")
        + f"&title__contains={word}"
    )
    person_ds = {"_where": linked("events_participation", "person_id", person.pk)}
    agreement_ds = {"_where": linked("events_event_agreements", "agreement_id", agreement.pk)}
    return [
        ("timeline", "/", ds()),
        ("timeline by person", f"/?person={person.slug}", ds(**person_ds)),
        ("timeline by agreement", f"/?agreement={agreement.slug}", ds(**agreement_ds)),
        ("timeline, 3 filters + dates + text", f"/?{combo}", ds(combo_ds)),
        ("timeline, page 100", "/?page=100", ds(f"&_next={deep_date},{deep_id}")),
        (
            "person page",
            person.get_absolute_url(),
            f"/{SQLITE_FILE.stem}/events_person/{person.pk}",
        ),
        ("API list, 3 filters + dates + text", f"/api/events/?{combo}", ds(combo_ds, json_=True)),
        ("API list", "/api/events/", ds(json_=True)),
        ("API by person", f"/api/events/?person={person.slug}", ds(json_=True, **person_ds)),
        ("API page 100", "/api/events/?page=100", ds(f"&_next={deep_date},{deep_id}", json_=True)),
    ]


def outside_mix():
    """Filter combinations outside the mix that issue 19 holds to the same bounds, as the
    mix's triples (without a Datasette twin): single filters that match most events or
    half of them (a date range from the middle date, and one whose bounds fall inside
    years), and searches for a word in most events and for a name in a quarter of them."""
    from events.models import Event

    name = sample_event().participations.order_by("pk")[0].person.name.split()[-1]
    published = Event.objects.published().order_by("start_date")
    middle = published.values_list("start_date", flat=True)[published.count() // 2]
    return [
        (f"timeline, {query}", f"/?{query}", None)
        for query in (
            "date_from=0001-01-01",
            f"date_from={middle.isoformat()}",
            f"date_from={middle.year}-06-15&date_to={middle.year + 8}-09-30",
            "event_type=meeting",
            "status=occurred",
            "q=cooperation",
            urllib.parse.urlencode({"q": name}),
        )
    ]


def get(path):
    started = time.perf_counter()
    try:
        request = urllib.request.Request(BASE + path, headers=BROWSER_HEADERS)
        with urllib.request.urlopen(request, timeout=30) as response:
            response.read()
            status = response.status
    except urllib.error.HTTPError as error:
        status = error.code
    except OSError:  # e.g. the worker was killed for running past gunicorn's timeout
        status = 0
    return (time.perf_counter() - started) * 1000, status


def one_at_a_time(path, editable):
    """The first request (to a server just started, right after an edit: nothing cached),
    then the samples; if ``editable``, also requests each right after an edit to the
    running server, as a visitor meets them while editors work."""
    deadline = time.monotonic() + SAMPLE_SECONDS
    first_ms, status = get(path)
    if status == 0:
        timings = ("fresh_ms", "after_edit_ms", "median_ms", "p95_ms")
        return {"first_ms": first_ms, **dict.fromkeys(timings, first_ms), "statuses": [0]}
    times, statuses = [], set()
    while len(times) < SAMPLES and (not times or time.monotonic() < deadline):
        elapsed, status = get(path)
        times.append(elapsed)
        statuses.add(status)
    p95 = statistics.quantiles(times, n=20)[18] if len(times) >= 2 else times[0]
    # Addresses nobody has visited since the edit: rendered, with the counts already cached.
    # A campaign tag is the one parameter every route accepts without it changing anything.
    fresh = []
    for n in range(FRESH):
        elapsed, status = get(f"{path}{'&' if '?' in path else '?'}utm_source=fresh-{n}")
        fresh.append(elapsed)
        statuses.add(status)
    after_edit = []
    for _ in range(AFTER_EDITS if editable else 0):
        edit()
        elapsed, status = get(path)
        after_edit.append(elapsed)
        statuses.add(status)
    return {
        "first_ms": first_ms,
        "fresh_ms": statistics.median(fresh),
        "after_edit_ms": statistics.median(after_edit) if after_edit else None,
        "median_ms": statistics.median(times),
        "p95_ms": p95,
        "statuses": sorted(statuses),
    }


def concurrent(path):
    output = subprocess.run(
        ["wrk", f"-t{2}", f"-c{CONCURRENCY}", f"-d{WRK_SECONDS}s", "--timeout", "30s"]
        + [f"--header={name}: {value}" for name, value in BROWSER_HEADERS.items()]
        + [BASE + path],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    errors = sum(int(n) for n in re.findall(r"Non-2xx or 3xx responses: (\d+)", output))
    socket = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    errors += sum(int(n) for n in socket.groups()) if socket else 0
    return {"rps": rps, "errors": errors}


def rss_mb(parent_pid):
    """Resident memory of each child process of ``parent_pid`` (the gunicorn workers)."""
    sizes = []
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            fields = dict(line.split(":", 1) for line in status.read_text().splitlines())
        except (OSError, ValueError):
            continue
        if fields.get("PPid", "").strip() == str(parent_pid):
            sizes.append(int(fields["VmRSS"].split()[0]) / 1024)
    return sizes


def serve(command, env, ready_path, output=None):
    try:
        urllib.request.urlopen(BASE + "/", timeout=2)
    except urllib.error.HTTPError:
        raise SystemExit(f"Something else is serving {BASE}; stop it first.") from None
    except OSError:
        pass  # free, as it should be
    else:
        raise SystemExit(f"Something else is serving {BASE}; stop it first.")
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=output, stderr=output)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(BASE + ready_path, timeout=30).read()
            return process
        except urllib.error.HTTPError:
            return process
        except OSError:
            time.sleep(0.3)
    process.terminate()
    raise SystemExit(f"{command[0]} did not start on {BASE}.")


@contextmanager
def shared_cache():
    """``BENCH_CACHE_URL``, or else a throwaway Redis on loopback: the cache that app
    instances (and a gunicorn's workers) share in production."""
    if os.environ.get("BENCH_CACHE_URL"):
        yield os.environ["BENCH_CACHE_URL"]
        return
    port = PORT + 1
    command = ["redis-server", "--bind", "127.0.0.1", "--port", str(port), "--save", ""]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise SystemExit("redis-server did not start.") from None
                time.sleep(0.1)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        stop(process)


def edit():
    """An edit, as far as the caches are concerned: a write the database counts (its
    triggers bump the data version), so nothing cached is reused."""
    from django.db.models import F

    from events.models import Event

    Event.objects.filter(pk=Event.objects.values("pk")[:1]).update(title=F("title"))


def measure(paths, label, start_server, editable=True):
    """Each URL on a freshly started server, so that no backlog of slow requests
    from one URL delays the next. Returns the figures and the largest worker RSS.
    ``editable``: whether the server reads the edits (Datasette, immutable, does not)."""
    results, rss = {}, []
    for name, path in paths:
        edit()
        server = start_server()
        try:
            sample = one_at_a_time(path, editable)
            if sample["statuses"] == [0]:  # no answer before the timeout: nothing to load-test
                results[name] = {**sample, "rps": 0.0, "errors": "all"}
            else:
                results[name] = {**sample, **concurrent(path)}
            # Measured after the load, before stopping.
            results[name]["rss_mb"] = max(rss_mb(server.pid), default=0)
            rss.append(results[name]["rss_mb"])
        finally:
            stop(server)
        row = results[name]
        print(
            f"  {label:9} {name:36} first {row['first_ms']:7.1f} ms"
            f"  new address {row['fresh_ms']:7.1f} ms"
            + (f"  after an edit {row['after_edit_ms']:7.1f} ms" if editable else "")
            + f"  median {row['median_ms']:7.1f} ms  p95 {row['p95_ms']:7.1f} ms"
            f"  {row['rps']:7.1f} req/s  errors {row['errors']}  HTTP {row['statuses']}"
            f"  RSS {row['rss_mb']:.0f} MB",
            flush=True,
        )
    return results, rss


def stop(process):
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()


def under_edits(paths, start_server, env):
    """Issue 19's run under edits: wrk cycling the mix's ``paths`` while bench/editor.py
    saves the sample event's title every ``EDIT_EVERY`` seconds, and checks after each
    save that the next request to its page and to the mix's addresses that filter to find
    it shows the new title. True if no request failed and no title was missed."""
    from django.contrib.auth import get_user_model

    password = secrets.token_urlsafe(24)
    editor, _ = get_user_model().objects.update_or_create(
        username="bench-editor", defaults={"is_staff": True, "is_superuser": True}
    )
    editor.set_password(password)
    editor.save()
    sample = sample_event()
    # Its page, and the mix's addresses that find it by its title's word among other filters.
    checked = [sample.get_absolute_url(), *(path for path in paths if "q=" in path)]
    load_before = os.getloadavg()
    with tempfile.NamedTemporaryFile("w", suffix=".paths") as listed:
        listed.write("\n".join(paths) + "\n")
        listed.flush()
        server = start_server()
        try:
            editing = subprocess.Popen(
                [sys.executable, "bench/editor.py", "--base-url", BASE]
                + ["--username", editor.username, "--event", str(sample.pk)]
                + ["--seconds", str(EDITS_SECONDS), "--every", str(EDIT_EVERY)]
                + [f"--check={path}" for path in checked],
                cwd=ROOT,
                # This checkout's code, whichever one the virtualenv was installed from.
                env={**env, "PYTHONPATH": str(ROOT), "LOAD_EDITOR_PASSWORD": password},
                stdout=subprocess.PIPE,
                text=True,
            )
            output = subprocess.run(
                ["wrk", "-t2", f"-c{CONCURRENCY}", f"-d{EDITS_SECONDS}s", "--timeout", "30s"]
                + [f"--header={name}: {value}" for name, value in BROWSER_HEADERS.items()]
                + ["--latency", "--script", "bench/mix.lua", BASE, "--", listed.name],
                cwd=ROOT,
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            editor_output = editing.communicate()[0]
            if "EDITOR " not in editor_output:
                raise SystemExit("bench/editor.py stopped early: its error is above.")
            edits = json.loads(editor_output.partition("EDITOR ")[2])
        finally:
            stop(server)
    # The figures bench/mix.lua's done() prints, such as "p95_ms=12.3".
    wrk = {
        name: float(value)
        for line in output.splitlines()
        if line.startswith(("RESULT ", "LATENCY "))
        for name, value in re.findall(r"(\S+)=([\d.]+)", line)
    }
    errors = sum(int(wrk[name]) for name in ("non_2xx_3xx", "connect", "read", "write", "timeout"))
    print(
        f"Under edits, {EDITS_SECONDS} s at concurrency {CONCURRENCY}, a save every"
        f" {EDIT_EVERY} s; load average {load_before[0]:.2f} before, {os.getloadavg()[0]:.2f}"
        f" after\n  {wrk['requests']:.0f} requests ({wrk['rps']:.0f}/s), p50 / p95 / p99 /"
        f" max {wrk['p50_ms']:.0f} / {wrk['p95_ms']:.0f} / {wrk['p99_ms']:.0f} /"
        f" {wrk['max_ms']:.0f} ms (goals: p95 ≤ 150, p99 ≤ 400), errors {errors}\n"
        f"  saves {edits['saves']} (refused {edits['failed_saves']}, lost"
        f" {edits['lost_edits']}), title checks {edits['checks']} on {checked}, misses"
        f" {edits['misses']}",
        flush=True,
    )
    return errors == 0 and editing.returncode == 0


def report(ours, theirs, rss, build_seconds, label):
    lines = [
        f"### {label}",
        "",
        f"Built in {build_seconds:.1f} s." if build_seconds else "Database reused.",
        f"Largest worker RSS after a URL's load: {max(rss, default=0):.0f} MB.",
        "",
        "| URL | first visit ms | new address ms | after an edit ms | median ms | p95 ms "
        "| req/s (c=8) | errors "
        "| worker RSS MB | Datasette first visit ms | Datasette median ms | Datasette req/s "
        "| our median / Datasette's |",
        "| --- " + "| ---: " * 12 + "|",
    ]
    for name, row in ours.items():
        other = theirs.get(name)
        theirs_cells = (
            f"{other['first_ms']:.0f} | {other['median_ms']:.1f} | {other['rps']:.0f} | "
            f"{row['median_ms'] / other['median_ms']:.3f}"
            if other
            else "– | – | – | –"
        )
        lines.append(
            f"| {name} | {row['first_ms']:.0f} | {row['fresh_ms']:.0f} "
            f"| {row['after_edit_ms']:.0f} "
            f"| {row['median_ms']:.1f} | {row['p95_ms']:.1f} "
            f"| {row['rps']:.0f} "
            f"| {row['errors']} | {row['rss_mb']:.0f} | {theirs_cells} |"
        )
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--datasette", help="the datasette executable (SQLite runs only)")
    parser.add_argument(
        "--rebuild", action="store_true", default=bool(os.environ.get("BENCH_REBUILD"))
    )
    parser.add_argument(
        "--under-edits",
        action="store_true",
        help="only the mix under wrk while an editor saves (writes to the database)",
    )
    options = parser.parse_args()
    database_url = os.environ.get("BENCH_DATABASE_URL", f"sqlite:///{SQLITE_FILE}")
    os.environ.update(server_env(database_url))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "natorussia.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    build_seconds = build(database_url, options.rebuild)
    urls = mix()
    manage(database_url, "collectstatic", "--noinput", "--verbosity", "0")

    def gunicorn(cache_url):
        command = [
            str(Path(sys.executable).with_name("gunicorn")),
            *("--workers", "2", "--bind", f"127.0.0.1:{PORT}", "--graceful-timeout", "5"),
            *("--access-logfile", "-" if os.environ.get("BENCH_ACCESS_LOG") else "/dev/null"),
            *("--log-level", "warning"),
            "natorussia.wsgi",
        ]
        return lambda: serve(command, server_env(database_url, cache_url), "/api/")

    def datasette():
        command = [options.datasette, "serve", "-i", str(SQLITE_FILE)]
        command += ["-h", "127.0.0.1", "-p", str(PORT)]
        # Quiet: uvicorn logs every request. Its errors show as HTTP statuses in the figures.
        return serve(command, os.environ, "/-/versions.json", output=subprocess.DEVNULL)

    if os.environ.get("BENCH_ONLY") == "api":
        urls = [row for row in urls if row[1].startswith("/api/")]
    elif os.environ.get("BENCH_ONLY") == "outside":
        urls = outside_mix()
    if options.under_edits:
        with shared_cache() as cache_url:
            print(f"Under edits: {database_url} on {BASE}, cache {cache_url}", flush=True)
            paths = [path for _, path, _ in urls]
            ok = under_edits(paths, gunicorn(cache_url), server_env(database_url, cache_url))
        sys.exit(0 if ok else 1)
    with shared_cache() as cache_url:
        print(f"Benchmarking {database_url} on {BASE}, cache {cache_url}", flush=True)
        ours, rss = measure([(name, path) for name, path, _ in urls], "ours", gunicorn(cache_url))
    theirs = {}
    if options.datasette and database_url.startswith("sqlite"):
        twins = [(name, ds) for name, _, ds in urls if ds]
        theirs, _ = measure(twins, "Datasette", datasette, editable=False)
    label = "PostgreSQL" if database_url.startswith("postgres") else "SQLite"
    text = report(ours, theirs, rss, build_seconds, f"{label}, {EVENTS:,} events")
    print("\n" + text)
    only = os.environ.get("BENCH_ONLY")
    out = ROOT / "bench" / f"results-{label.lower()}{f'-{only}' if only else ''}.json"
    out.write_text(json.dumps({"ours": ours, "datasette": theirs, "rss_mb": rss}, indent=2))
    print(f"\nRaw figures in {out.relative_to(ROOT)}; goals: {GOALS}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Validate the gold annotations of the importer evaluation set.

Plain script (not a pytest test):  python3 tests/import_eval/check_annotations.py
Exits non-zero when an error is found.  Warnings do not fail the run.
"""

import collections
import datetime as dt
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
ART = HERE / "articles"
KINDS = {"person", "place", "organization", "agreement"}
PRECISIONS = {"day", "month", "year"}
QUALIFIERS = {"exact", "approximate", "by", "not_before", "within"}
STATUSES = {"occurred", "planned", "expected"}
STYLES = {"wire", "press release", "newspaper", "transcript", "analysis", "interview"}
MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
ABBREV = r"(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Adm|Sept|Jan|Feb|Aug|Oct|Nov|Dec|St|U\.S|U\.N|a\.m|p\.m|No)"

errors, warnings = [], []
stats = collections.Counter()
mention_stats = collections.Counter()


def err(where, msg):
    errors.append(f"{where}: {msg}")


def warn(where, msg):
    warnings.append(f"{where}: {msg}")


def parse(d, where, field):
    try:
        return dt.date.fromisoformat(d)
    except Exception:
        err(where, f"{field} {d!r} is not an ISO date")
        return None


def paragraphs(text):
    return [p for p in re.split(r"\n\s*\n", text) if p.strip()]


def sentences(par):
    # crude splitter good enough to locate the sentence around an offset
    out, start = [], 0
    for m in re.finditer(r'[.!?]["\u201d)]?\s+(?=["\u201c(]?[A-Z0-9])', par):
        before = par[: m.start() + 1]
        if re.search(r"\b" + ABBREV + r"\.$", before) or re.search(r"\b[A-Z]\.$", before):
            continue
        out.append((start, m.end()))
        start = m.end()
    out.append((start, len(par)))
    return out


def classify(date_text, fact):
    if date_text is None:
        return ["no own date (by publication)"]
    t = date_text.lower()
    tags = []
    checks = [
        (r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", "weekday"),
        (
            r"^(late |early )?on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
            "weekday with 'on'",
        ),
        (r"^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$", "bare weekday"),
        (r"\btoday\b", "today"),
        (r"\byesterday\b", "yesterday"),
        (r"\btomorrow\b", "tomorrow"),
        (r"\blast week\b", "last week"),
        (r"\bthis week\b", "this week"),
        (r"\bnext week\b", "next week"),
        (r"\blast month\b", "last month"),
        (r"\bnext month\b", "next month"),
        (r"\bearlier this month\b", "earlier this month"),
        (r"\blater this month\b", "later this month"),
        (r"^this month$", "this month"),
        (r"\b(this|last|next) year\b|\b(earlier|later) this year\b", "this/last/next year"),
        (r"\byears? ago\b", "N years ago"),
        (r"\b(days|months) ago\b", "N days/months ago"),
        (r"^since \d{4}", "since YEAR"),
        (r"onwards", "from YEAR onwards"),
        (r"^until ", "until MONTH"),
        (r"[\u2013\u2014]", "range with en dash"),
        (r"\d-\d", "range with hyphen"),
        (r"\d+ and \d+", "range 'N and M'"),
        (r"^between ", "range 'between'"),
        (r"^from .* to ", "range 'from .. to ..'"),
        (r"^(in )?(early |late |mid-)?\d{4}$", "bare year"),
        (rf"^(in )?({MONTHS})$", "month without year"),
        (rf"({MONTHS}) \d{{4}}", "month + year"),
        (rf"\b\d{{1,2}} ({MONTHS})\b", "day month (British)"),
        (r"\b(jan|feb|aug|sept|oct|nov|dec)\.", "abbreviated month"),
        (rf"\b({MONTHS}) \d{{1,2}}\b", "month day (US)"),
        (r"\(", "parenthesised date"),
        (r"\b(about|around|roughly|some time)\b", "approximate wording"),
    ]
    for rx, tag in checks:
        if re.search(rx, t):
            tags.append(tag)
    if re.search(r"\d{4}", t) and fact["precision"] == "day":
        tags.append("explicit full date")
    if re.search(f"({WEEKDAYS})", t) and re.search(r"\d", t):
        tags.append("weekday beside explicit date")
    return tags or ["other"]


def main():
    records = json.loads((HERE / "records.json").read_text(encoding="utf-8"))
    by_slug = {}
    for r in records:
        w = f"records.json[{r.get('slug')}]"
        if r.get("kind") not in KINDS:
            err(w, f"bad kind {r.get('kind')!r}")
        if r["slug"] in by_slug:
            err(w, "duplicate slug")
        by_slug[r["slug"]] = r
        if r["kind"] == "person" and not r.get("role"):
            err(w, "person without role")
        if r["kind"] != "person" and "role" in r:
            err(w, "role on a non-person")
    if not 30 <= len(records) <= 50:
        err("records.json", f"{len(records)} records (want 30-50)")

    txts = sorted(ART.glob("*.txt"))
    total = 0
    total_mentions = 0
    for txt in txts:
        jpath = txt.with_suffix(".json")
        where = txt.stem
        if not jpath.exists():
            err(where, "missing json")
            continue
        text = txt.read_text(encoding="utf-8")
        gold = json.loads(jpath.read_text(encoding="utf-8"))
        words = len(text.split())
        if not 200 <= words <= 700:
            err(where, f"{words} words (want 200-700)")
        for key in ("title", "publisher", "style", "published", "facts"):
            if key not in gold:
                err(where, f"missing key {key}")
        if gold.get("style") not in STYLES:
            err(where, f"bad style {gold.get('style')!r}")
        if gold.get("title") and gold["title"] not in text.splitlines()[0]:
            warn(where, "title differs from the first line")
        pub = parse(gold["published"], where, "published")
        facts = gold["facts"]
        if len(facts) < 5:
            err(where, f"only {len(facts)} facts")
        total += len(facts)
        pars = paragraphs(text)
        for i, f in enumerate(facts):
            w = f"{where} fact {i} ({f.get('sentence', '')[:30]!r})"
            s = f["sentence"]
            n = text.count(s)
            if n != 1:
                err(w, f"sentence occurs {n} times")
                continue
            par = next((p for p in pars if s in p), None)
            if par is None:
                err(w, "sentence spans paragraphs")
                continue
            off = par.index(s)
            sent = next((par[a:b] for a, b in sentences(par) if a <= off < b), par)
            if s not in sent:
                warn(w, "sentence substring crosses a sentence boundary")
            dtxt = f.get("date_text")
            if dtxt is not None:
                if dtxt not in par:
                    err(w, f"date_text {dtxt!r} not in the paragraph")
                elif dtxt not in sent:
                    warn(w, f"date_text {dtxt!r} not in the same (crudely split) sentence")
            if f.get("precision") not in PRECISIONS:
                err(w, f"bad precision {f.get('precision')!r}")
            if f.get("qualifier") not in QUALIFIERS:
                err(w, f"bad qualifier {f.get('qualifier')!r}")
            if f.get("status") not in STATUSES:
                err(w, f"bad status {f.get('status')!r}")
            start = parse(f["start_date"], w, "start_date")
            end = parse(f["end_date"], w, "end_date") if f.get("end_date") else None
            if start and end and not end > start:
                err(w, "end_date not after start_date")
            # What happened happened by the day it was reported ("met this week").
            if f["status"] == "occurred" and f["precision"] == "day" and end and pub and end > pub:
                err(w, "an occurred fact's day span runs past the publication date")
            for d, nm in ((start, "start"), (end, "end")):
                if d is None:
                    continue
                if f["precision"] == "month" and d.day != 1:
                    err(w, f"{nm} not first of month for month precision")
                if f["precision"] == "year" and (d.month, d.day) != (1, 1):
                    err(w, f"{nm} not 1 January for year precision")
            if dtxt is None:
                # Done by the day it was reported; still to come, not before it.
                bound = "by" if f["status"] == "occurred" else "not_before"
                if (
                    f["qualifier"] != bound
                    or f["start_date"] != gold["published"]
                    or f["precision"] != "day"
                ):
                    err(w, f"undated fact must be: publication date, day, {bound}")
            elif f["qualifier"] == "by":
                warn(w, "qualifier 'by' on a fact with its own date_text")
            if f["qualifier"] == "within" and not end:
                warn(w, "'within' without an end date")
            # weekday sanity: a bare weekday must land on that weekday
            m = re.search(f"({WEEKDAYS})", (dtxt or "").lower())
            if (
                m
                and start
                and f["precision"] == "day"
                and not re.search(r"week", dtxt.lower())
                and start.strftime("%A").lower() != m.group(1)
            ):
                err(w, f"{start} is a {start.strftime('%A')}, text says {m.group(1)}")
            if start and pub and f["status"] == "occurred" and start > pub:
                err(w, "occurred fact starts after publication")
            if (
                start
                and pub
                and f["status"] != "occurred"
                and (end or start) < pub
                and f["precision"] == "day"
            ):
                warn(w, "planned/expected fact lies wholly before publication")
            if dtxt is not None and f"({dtxt})" in par:
                stats["date in parentheses"] += 1
            for tag in classify(dtxt, f):
                stats[tag] += 1
            stats[f"status={f['status']}"] += 1
            stats[f"qualifier={f['qualifier']}"] += 1
            stats[f"precision={f['precision']}"] += 1
            for e in f["entities"]:
                total_mentions += 1
                ew = f"{w} entity {e['name']!r}"
                if e.get("kind") not in KINDS:
                    err(ew, f"bad kind {e.get('kind')!r}")
                if e["name"] not in text:
                    err(ew, "name not in article")
                elif e["name"] not in par:
                    err(ew, "name not in the fact's paragraph")
                elif e["name"] not in sent:
                    warn(ew, "name not in the (crudely split) sentence")
                slug = e.get("slug")
                if slug is not None:
                    r = by_slug.get(slug)
                    if r is None:
                        err(ew, f"unknown slug {slug}")
                        continue
                    if r["kind"] != e["kind"]:
                        err(ew, f"kind {e['kind']} but record is {r['kind']}")
                    names = [r["name"]] + r["aliases"]
                    if e["name"] in names:
                        mention_stats["exact name/alias"] += 1
                    elif e["kind"] == "person" and e["name"] == r["name"].split()[-1]:
                        shared = sum(
                            1
                            for o in records
                            if o["kind"] == "person" and o["name"].split()[-1] == e["name"]
                        )
                        mention_stats[
                            "surname only"
                            + (" (surname shared by several records)" if shared > 1 else "")
                        ] += 1
                    elif e["kind"] == "person" and e["name"].startswith(("Mr.", "Mr ")):
                        mention_stats["Mr. + surname"] += 1
                    elif e["kind"] == "person" and (
                        e["name"][:1].islower() or e["name"].lower().startswith("the ")
                    ):
                        mention_stats["title only / descriptive"] += 1
                    else:
                        mention_stats["variant spelling / other form"] += 1
                else:
                    mention_stats["new (no record)"] += 1
                    if any(e["name"] == n for r in records for n in [r["name"]] + r["aliases"]):
                        warn(ew, "marked new but matches an existing record name/alias")
    if total < 75:
        err("total", f"only {total} facts")

    print(f"articles: {len(txts)}  facts: {total}  mentions: {total_mentions}")
    print("\nmention types:")
    for k, v in mention_stats.most_common():
        print(f"  {v:4d}  {k}")
    print("\ndate phenomena:")
    for k, v in sorted(
        stats.items(),
        key=lambda kv: (kv[0].startswith(("status", "qualifier", "precision")), kv[0]),
    ):
        print(f"  {v:4d}  {k}")
    for w in warnings:
        print("WARNING", w)
    for e in errors:
        print("ERROR", e)
    print(f"\n{len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

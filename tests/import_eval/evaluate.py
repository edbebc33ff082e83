"""Score the importer on the annotated articles, beside dateparser on the same sentences.

    make eval-import                       # the project's set, tests/import_eval/articles
    .venv/bin/python -m tests.import_eval.evaluate --articles DIR --verbose
    .venv/bin/python -m tests.import_eval.evaluate --articles tests/import_eval/russian \
        --records tests/import_eval/russian/records.json --language ru

Each article ``NN_name.txt`` has its gold facts in ``NN_name.json``; the records that
exist before the import are in ``records.json``. See docs/import.md for the figures.
"""

import argparse
import json
import os
import re
import time
from collections import Counter
from datetime import date, datetime
from pathlib import Path

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "natorussia.test_settings")
django.setup()

from events.dates import DatePrecision, DateQualifier, PartialDate  # noqa: E402
from events.importing.entities import Gazetteer, Record  # noqa: E402
from events.importing.proposals import propose  # noqa: E402
from events.importing.sentences import split_sentences  # noqa: E402

HERE = Path(__file__).parent
LANGUAGE = "en"  # the articles' language, for dateparser: --language
FINENESS = {DatePrecision.DAY: 0, DatePrecision.MONTH: 1, DatePrecision.YEAR: 2}


def load_gazetteer(path):
    rows = json.loads(path.read_text())
    return Gazetteer(
        Record(
            r["kind"],
            r["slug"],
            r["name"],
            tuple(r.get("aliases", ())),
            r.get("role", ""),
            # Names in Russian, as the models' "<field>_ru" columns give them.
            tuple(n for n in (r.get("name_ru"), *r.get("aliases_ru", ())) if n),
        )
        for r in rows
    )


def gold_date(fact):
    end = fact["end_date"]
    return PartialDate(
        date.fromisoformat(fact["start_date"]),
        fact["precision"],
        date.fromisoformat(end) if end else None,
        fact["qualifier"],
    )


def same_words(a, b):
    a, b = (a or "").lower().strip(), (b or "").lower().strip()
    return bool(a and b) and (a in b or b in a)


def proposal_for(fact, text, proposals):
    """The proposal that stands for an annotated fact: same sentence, same date words."""
    at = text.index(fact["sentence"])
    here = [p for p in proposals if p.start <= at < p.end]
    if not here:
        return None
    if fact["date_text"] is None:
        undated = [p for p in here if p.date_text is None]
        return undated[0] if undated else here[0]
    worded = [p for p in here if same_words(p.date_text, fact["date_text"])]
    return worded[0] if worded else here[0]


def sentence_of(fact, text):
    at = text.index(fact["sentence"])
    return next(text[s:e] for s, e in split_sentences(text) if s <= at < e)


def dateparser_date(fact, text, published):
    """dateparser's reading of the fact's sentence: search_dates, with the precision its
    own parser reports for the words found; no date found means "by" publication, as
    the importer does."""
    from dateparser import DateDataParser
    from dateparser.search import search_dates

    settings = {
        "RELATIVE_BASE": datetime.combine(published, datetime.min.time()),
        "PREFER_DATES_FROM": "past",
        "PREFER_DAY_OF_MONTH": "first",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    found = search_dates(sentence_of(fact, text), languages=[LANGUAGE], settings=settings) or []
    if fact["date_text"]:
        found = [f for f in found if same_words(f[0], fact["date_text"])] or found
    if not found:
        return PartialDate(published, DatePrecision.DAY, None, DateQualifier.NO_LATER_THAN)
    words, moment = found[0]
    period = DateDataParser(languages=[LANGUAGE], settings=settings).get_date_data(words).period
    precision = period if period in FINENESS else DatePrecision.DAY
    start = moment.date()
    if precision == DatePrecision.MONTH:
        start = start.replace(day=1)
    elif precision == DatePrecision.YEAR:
        start = start.replace(month=1, day=1)
    return PartialDate(start, precision)


def compare(got, gold, counts, prefix):
    counts[f"{prefix}facts"] += 1
    if got is None:
        return
    counts[f"{prefix}start"] += got.start == gold.start
    counts[f"{prefix}end"] += got.end == gold.end
    counts[f"{prefix}precision"] += got.precision == gold.precision
    counts[f"{prefix}qualifier"] += got.qualifier == gold.qualifier
    right = (got.start, got.end, got.precision) == (gold.start, gold.end, gold.precision)
    counts[f"{prefix}date_and_precision"] += right
    counts[f"{prefix}all"] += right and got.qualifier == gold.qualifier
    counts[f"{prefix}too_precise"] += FINENESS[got.precision] < FINENESS[gold.precision]


def evaluate(articles_dir, gazetteer, verbose, with_dateparser):
    counts = Counter()
    timings = []
    for gold_path in sorted(articles_dir.glob("[0-9]*.json")):
        annotation = json.loads(gold_path.read_text())
        text = gold_path.with_suffix(".txt").read_text()
        published = date.fromisoformat(annotation["published"])
        began = time.perf_counter()
        proposals = propose(
            text,
            published,
            gazetteer,
            match_events=False,
            language=LANGUAGE,
            title=annotation["title"],
        )
        timings.append((len(text.split()), time.perf_counter() - began))
        counts["proposals"] += len(proposals)
        counts["verbatim"] += sum(text[p.start : p.end] == p.quote for p in proposals)
        matched = set()
        for fact in annotation["facts"]:
            gold = gold_date(fact)
            proposal = proposal_for(fact, text, proposals)
            matched.add(id(proposal))
            compare(proposal.date if proposal else None, gold, counts, "")
            counts["status"] += bool(proposal) and proposal.status == fact["status"]
            if with_dateparser:
                compare(dateparser_date(fact, text, published), gold, counts, "dp_")
            problems = score_entities(fact, proposal, counts)
            wrong_date = proposal is None or proposal.date != gold
            if verbose and (wrong_date or problems):
                print(f"{gold_path.stem}: “{fact['sentence']}” [{fact['date_text']}]")
                if wrong_date:
                    got = proposal.date.display if proposal else "no proposal"
                    print(
                        f"    date: got {got!r} ({proposal and proposal.date_note}),"
                        f" gold {gold.display!r} ({gold.qualifier})"
                    )
                for problem in problems:
                    print(f"    {problem}")
        counts["unannotated"] += sum(id(p) not in matched for p in proposals)
    return counts, timings


def score_entities(fact, proposal, counts):
    problems = []
    for entity in fact["entities"]:
        counts["mentions"] += 1
        # The mention written most nearly as annotated: "NATO", not "NATO-Russia Council";
        # a proposal lists a record once, with its other spellings ("NRC").
        found = sorted(
            (
                (abs(len(w) - len(entity["name"])), index, m)
                for index, m in enumerate(proposal.mentions if proposal else [])
                for w in (m.text, *m.also_written)
                if m.kind == entity["kind"] and same_words(w, entity["name"])
            ),
        )
        found = [m for _gap, _index, m in found]
        if found and found[0].slug == entity["slug"]:
            counts["mentions_right"] += 1
        else:
            got = f"{found[0].text!r} → {found[0].slug}" if found else "not found"
            problems.append(f"{entity['kind']} {entity['name']!r} → {entity['slug']}: got {got}")
    return problems


def percent(part, whole):
    return f"{100 * part / whole:5.1f}%" if whole else "  n/a"


def report(counts, timings, with_dateparser):
    facts = counts["facts"]
    rows = [
        ("start date", "start"),
        ("end date", "end"),
        ("precision", "precision"),
        ("qualifier", "qualifier"),
        ("date and precision", "date_and_precision"),
        ("date, precision and qualifier", "all"),
    ]
    print(f"{facts} annotated facts, {counts['mentions']} entity mentions\n")
    print(f"{'':32}{'importer':>10}{'dateparser':>12}")
    for label, key in rows:
        ours = percent(counts[key], facts)
        theirs = percent(counts[f"dp_{key}"], facts) if with_dateparser else "-"
        print(f"{label:32}{ours:>10}{theirs:>12}")
    theirs = counts["dp_too_precise"] if with_dateparser else "-"
    print(f"{'dates more precise than the text':32}{counts['too_precise']:>10}{theirs:>12}")
    print(f"\nstatus (happened/planned/expected) {percent(counts['status'], facts)}")
    print(
        f"entity mentions matched or proposed new rightly "
        f"{percent(counts['mentions_right'], counts['mentions'])}"
    )
    print(
        f"quotes verbatim {counts['verbatim']} of {counts['proposals']} proposals; "
        f"{counts['unannotated']} proposals beyond the annotated facts"
    )
    words = sum(w for w, _ in timings)
    seconds = sum(s for _, s in timings)
    slowest = max(s / w * 1000 for w, s in timings)
    print(
        f"per article: {seconds / words * 1000:.3f} s per 1,000 words on average, "
        f"{slowest:.3f} s at worst ({len(timings)} articles, {words} words)"
    )


def speed(articles_dir, records, with_dateparser, words=1000):
    """Seconds to propose from the first ``words`` words of the set: the first time in
    the process, reading the records and the place names as an import does, and the best
    of three after; dateparser's search_dates on the same text beside it. Returns the
    records read."""
    texts = [path.read_text() for path in sorted(articles_dir.glob("[0-9]*.txt"))]
    text = "\n\n".join(texts)
    ends = [m.end() for m in re.finditer(r"\S+", text)]
    words = min(words, len(ends))
    cut = ends[words - 1]
    text, published = text[:cut], date(2011, 1, 1)
    timings = []
    began = time.perf_counter()
    gazetteer = load_gazetteer(records)
    for _ in range(4):
        propose(text, published, gazetteer, match_events=False, language=LANGUAGE)
        timings.append(time.perf_counter() - began)
        began = time.perf_counter()
    first, after = timings[0], min(timings[1:])
    line = f"speed, {words} words: {first:.2f} s on the first call, {after:.3f} s after"
    if with_dateparser:
        from dateparser.search import search_dates

        began = time.perf_counter()
        search_dates(text, languages=[LANGUAGE])
        line += f"; dateparser's search_dates on the same text: {time.perf_counter() - began:.2f} s"
    print(line)
    return gazetteer


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=Path, default=HERE / "articles")
    parser.add_argument("--records", type=Path, default=HERE / "records.json")
    parser.add_argument("--verbose", action="store_true", help="print every miss")
    parser.add_argument("--no-dateparser", action="store_true")
    parser.add_argument("--language", default="en", help="the articles' language (en, ru)")
    options = parser.parse_args()
    global LANGUAGE
    LANGUAGE = options.language
    with_dateparser = not options.no_dateparser
    gazetteer = speed(options.articles, options.records, with_dateparser)
    counts, timings = evaluate(options.articles, gazetteer, options.verbose, with_dateparser)
    report(counts, timings, with_dateparser)


if __name__ == "__main__":
    main()

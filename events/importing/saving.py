"""Saving a reviewed import: the source, its draft events, citations and new records.

Everything is written in one transaction, so a failure leaves nothing half-saved, and
nothing is published: accepted proposals become drafts for an editor to check.
"""

from dataclasses import dataclass, field
from datetime import date

from django.db import transaction
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from events.dates import PartialDate
from events.kinds import BY_PARAM
from events.models import (
    Agreement,
    Citation,
    Event,
    Language,
    Organization,
    Participation,
    Place,
    Source,
)
from events.slugs import unique_slug

from .entities import NEWS_NAME_WORDS, Mention
from .proposals import Proposal, is_case_form

NEW = "new"  # the entity choice that creates a record for a mention
DUPLICATE_PROBE = 200  # characters of a text enough to tell it from other sources


class Action:
    CREATE = "create"
    CITE = "cite"  # on an existing event
    MERGE = "merge"  # on the event of an earlier proposal of the same article
    REJECT = "reject"
    CHOICES = [
        (CREATE, _("Create a draft event")),
        (CITE, _("Add the passage to the existing event")),
        (MERGE, _("Add the passage to the event of the earlier proposal it repeats")),
        (REJECT, _("Reject")),
    ]


class DuplicateSourceError(Exception):
    """The text is already a source."""

    def __init__(self, source):
        super().__init__(
            gettext("This text is already the source “%(title)s”.") % {"title": source.title}
        )
        self.source = source


@dataclass
class Article:
    """An article as the editor gave it, with the publication date they confirmed."""

    text: str
    title: str
    publisher: str
    published: date
    published_note: str
    url: str = ""
    language: str = Language.ENGLISH


@dataclass
class Decision:
    """What the editor made of one proposal: its action and its (edited) fields."""

    proposal: Proposal
    action: str
    title: str
    event_type: str
    status: str
    date: PartialDate
    date_note: str
    # Per mention: an existing record's slug, NEW, or None to leave it unlinked.
    entities: list[tuple[Mention, str | None]] = field(default_factory=list)
    event_slug: str | None = None  # the existing event, for Action.CITE

    @classmethod
    def as_proposed(cls, proposal):
        """What "accept all" does: a duplicate is cited on the event it likely reports, a
        repeat on the event of the proposal it repeats, anything else becomes a draft;
        matched records are linked, new ones created, ambiguous mentions left for the
        editor."""
        match = proposal.matched_event
        return cls(
            proposal=proposal,
            action=default_action(proposal),
            title=proposal.title,
            event_type=proposal.event_type,
            status=proposal.status,
            date=proposal.date,
            date_note=proposal.date_note,
            entities=[(mention, default_choice(mention)) for mention in proposal.mentions],
            event_slug=match.slug if match else None,
        )


def default_action(proposal):
    if proposal.matched_event:
        return Action.CITE
    return Action.CREATE if proposal.same_as is None else Action.MERGE


def default_choice(mention):
    if mention.slug:
        return mention.slug
    return None if mention.candidates else NEW


@dataclass
class ImportResult:
    source: Source
    created: list = field(default_factory=list)
    cited: list = field(default_factory=list)
    new_records: list = field(default_factory=list)
    merged: int = 0  # passages added to the event of an earlier proposal they repeat
    rejected: int = 0


def existing_source(text):
    """The source that already holds ``text``, white space around it aside, if any."""
    text = text.strip()
    # The opening narrows the search to a few rows; the comparison itself is exact.
    candidates = Source.objects.filter(text__contains=text[:DUPLICATE_PROBE])
    return next((s for s in candidates.iterator() if s.text.strip() == text), None)


@transaction.atomic
def save_import(article, decisions):
    """Save ``article`` as a source and carry out the ``decisions`` on its proposals."""
    if duplicate := existing_source(article.text):
        raise DuplicateSourceError(duplicate)
    reason = f"Imported from “{article.title}”"[:100]  # the length simple-history keeps
    source = Source(
        slug=unique_slug(Source, article.title),
        title=article.title,
        publisher=article.publisher,
        url=article.url,
        publication_date=article.published,
        publication_date_note=article.published_note,
        language=article.language,
        text=article.text,
    )
    source._change_reason = reason
    source.full_clean()
    source.save()
    result = ImportResult(source)
    records = _RecordMaker(result, reason, article.language)
    # The event each proposal ended on, by its place in the article, for the repeats.
    events = {}
    for index, decision in enumerate(decisions):
        repeated = events.get(decision.proposal.same_as)
        if decision.action == Action.REJECT:
            result.rejected += 1
        elif decision.action == Action.MERGE and repeated:
            _cite(repeated, source, decision)
            result.merged += 1
            events[index] = repeated
        elif decision.action == Action.CITE:
            event = Event.objects.get(slug=decision.event_slug)
            _cite(event, source, decision)
            event._change_reason = f"Cited in “{article.title}” (import)"[:100]
            event.save()  # an added passage is a change to its event, as in the admin
            result.cited.append(event)
            events[index] = event
        else:  # created, and a repeat whose earlier proposal was rejected
            events[index] = _create_event(source, decision, records, reason)
            result.created.append(events[index])
    return result


def in_language(language, **texts):
    """The translated fields ``texts`` of a new record, in the article's ``language``:
    a Russian article's drafts and records get their Russian texts (an editor adds the
    English), an English one's their English (events/translation.py)."""
    return {f"{field}_{language}": text for field, text in texts.items()}


def _create_event(source, decision, records, reason):
    date = decision.date
    event = Event(
        slug=unique_slug(Event, decision.title),
        **in_language(source.language, title=decision.title, summary=decision.proposal.quote),
        event_type=decision.event_type,
        status=decision.status,
        start_date=date.start,
        end_date=date.end,
        date_precision=date.precision,
        date_qualifier=date.qualifier,
        date_note=decision.date_note,
        published=False,
    )
    event._change_reason = reason
    event.full_clean()
    event.save()
    people = {}
    links = {"place": set(), "organization": set(), "agreement": set()}
    for mention, choice in decision.entities:
        record = records.get(mention, choice, decision)
        if record is None:
            continue
        if mention.kind == "person":
            people.setdefault(record.pk, mention.role or "named in the source")
        else:
            links[mention.kind].add(record.pk)
    Participation.objects.bulk_create(
        Participation(event=event, person_id=pk, role=role[:200]) for pk, role in people.items()
    )
    event.places.set(links["place"])
    event.organizations.set(links["organization"])
    event.agreements.set(links["agreement"])
    _cite(event, source, decision)
    return event


def _cite(event, source, decision):
    date = decision.date
    citation = Citation(
        event=event,
        source=source,
        quote=decision.proposal.quote,
        start_offset=decision.proposal.start,
        reported_start_date=date.start,
        reported_end_date=date.end,
        reported_date_precision=date.precision,
        reported_date_qualifier=date.qualifier,
        reported_date_note=decision.date_note,
    )
    citation.full_clean(exclude=["event"])
    citation.save()


class _RecordMaker:
    """Finds the chosen records, and creates each new one once for the whole import."""

    def __init__(self, result, reason, language):
        self.result = result
        self.reason = reason
        self.language = language  # the article's: the new records' names are in it
        self.created = {}

    def get(self, mention, choice, decision):
        model = BY_PARAM[mention.kind].model
        if choice is None:
            return None
        if choice != NEW:
            return model.objects.get(slug=choice)
        name = (mention.proposed_name or mention.text).strip()
        key = (mention.kind, name.casefold())
        fields = _new_fields(mention, name, decision, self.language)
        if key in self.created:
            self._add_names(self.created[key], fields)
        else:
            record = model(slug=unique_slug(model, name), **fields)
            record._change_reason = self.reason
            record.save()
            self.created[key] = record
            self.result.new_records.append(record)
        return self.created[key]

    def _add_names(self, record, fields):
        """The other names a later proposal gives a record this import created ("The BFC
        will meet" after "the Barents Fisheries Council met"): more aliases, or the short name
        an agreement had none of."""
        aliases, short = f"aliases_{self.language}", f"short_name_{self.language}"
        known = getattr(record, aliases, "").splitlines()
        added = [a for a in fields.get(aliases, "").splitlines() if a not in known]
        shortened = bool(fields.get(short)) and not getattr(record, short)
        if added:
            setattr(record, aliases, "\n".join([*known, *added]))
        if shortened:
            setattr(record, short, fields[short])
        if added or shortened:
            record._change_reason = self.reason
            record.save()


ORGANIZATION_KIND_CUES = [
    (("duma", "parliament", "assembly", "senate", "congress"), Organization.Kind.PARLIAMENT),
    (("fleet", "navy", "army", "forces", "air force", "brigade"), Organization.Kind.ARMED_FORCE),
    (("command", "headquarters", "staff"), Organization.Kind.MILITARY_COMMAND),
    (("mission", "office", "embassy", "delegation"), Organization.Kind.MISSION),
    (("programme", "program", "initiative"), Organization.Kind.PROGRAMME),
    (
        ("agency", "news", "newspaper", "television", "radio", "gazeta", "times"),
        Organization.Kind.MEDIA,
    ),
    (("alliance", "nato", "treaty organization"), Organization.Kind.ALLIANCE),
]
SEA_WORDS = ("sea", "ocean", "gulf", "strait", "bay")


def _new_fields(mention, name, decision, language):
    """The fields of a new record, from what the article (in ``language``) says of it."""
    other_names = _other_names(mention, name)
    if mention.kind == "person":
        aliases = "\n".join(other_names)
        return in_language(language, name=name, role=mention.role[:200], aliases=aliases)
    if mention.kind == "place":
        lowered = name.lower()
        kind = Place.Kind.SEA if lowered.endswith(SEA_WORDS) else Place.Kind.CITY
        return {**in_language(language, name=name), "kind": kind}
    if mention.kind == "organization":
        lowered = name.lower()
        kind = next(
            (kind for words, kind in ORGANIZATION_KIND_CUES if any(w in lowered for w in words)),
            Organization.Kind.GOVERNMENT_BODY,
        )
        if NEWS_NAME_WORDS & set(lowered.split()):  # "Kommersant", "Vremya Novostey"
            kind = Organization.Kind.MEDIA
        # "the Arctic Coast Guard Forum (ACGF)": its abbreviation is an alias.
        aliases = "\n".join(other_names)
        return {**in_language(language, name=name, aliases=aliases), "kind": kind}
    signed = decision.event_type == Event.Type.AGREEMENT_SIGNED and decision.status == "occurred"
    # "(the Founding Act)", «(СОФА)»: its short form, an abbreviation rather than words.
    fits = [w for w in other_names if len(w) <= Agreement._meta.get_field("short_name").max_length]
    short = min(fits, key=lambda w: (not _abbreviation(w), len(w)), default="")
    return {
        **in_language(language, name=name, short_name=short),
        "status": Agreement.Status.SIGNED if signed else Agreement.Status.PROPOSED,
        "summary": "",
    }


def _other_names(mention, name):
    """The other names the article gives the record ``name`` it creates for ``mention``:
    "JLO" or "the Liaison Office" it defines in brackets, another spelling ("Rogosin");
    not the name in another case («Соглашения о статусе сил»), nor, for a person, a part
    of the name, which the name itself matches ("Orlov", «Орлова» of «Павел Орлов»)."""
    names = []
    for written in (mention.text, *mention.also_written):
        written = written.strip()
        if any(is_case_form(written, known) for known in (name, *names)):
            continue
        if mention.kind == "person" and _part_of(written, name):
            continue
        names.append(written)
    return names


def _part_of(written, name):
    """Whether each word of ``written`` is one of ``name``'s, in any case."""
    words = name.split()
    return all(any(is_case_form(part, word) for word in words) for part in written.split())


def _abbreviation(written):
    return written.isupper() and " " not in written

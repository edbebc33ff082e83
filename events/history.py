"""Reading the revision history kept by django-simple-history, in editors' terms."""

import dataclasses
import difflib
import re
from os.path import commonprefix

from django.apps import apps
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from simple_history.manager import SIMPLE_HISTORY_REVERSE_ATTR_NAME, HistoryManager
from simple_history.template_utils import HistoricalRecordContextHelper
from simple_history.utils import get_m2m_reverse_field_name

from .quotes import locate_quote


class EditorialChangeHelper(HistoricalRecordContextHelper):
    """simple-history's field-by-field changes, with choices shown as editors chose them,
    and each text in full with the words changed marked (simple-history shortens them)."""

    def prepare_delta_change_value(self, change, value):
        field = self.model._meta.get_field(change.field)
        if field.choices:
            value = dict(field.flatchoices).get(value, value)
        return super().prepare_delta_change_value(change, value)

    def stringify_delta_change_values(self, change, old, new):
        old, new = (
            f"[{', '.join(map(str, value))}]" if isinstance(value, list) else str(value)
            for value in (old, new)
        )
        return word_diff(old, new)


# Words, runs of white space and single other characters: what a change is marked in.
_TOKENS = re.compile(r"\w+|\s+|[^\w\s]")
# Beyond this many pairs of words to compare (old words × new words between the common
# start and end of lines that differ), the words between are marked changed whole:
# comparing them word by word can take seconds, as the same words recur.
WORD_DIFF_LIMIT = 1_000_000


def word_diff(old, new):
    """``old`` and ``new`` in full as HTML, the words only one has marked ``<del>`` in the
    old and ``<ins>`` in the new, everything else escaped.

    Lines are compared first, then the words of the lines that differ: a long text keeps
    its edits apart, however far apart they are.
    """
    old_html, new_html = [], []
    # Lines rarely recur, but blank ones do: those are left out as anchors (autojunk).
    lines = _runs(old.splitlines(keepends=True), new.splitlines(keepends=True), autojunk=True)
    for same_lines, old_lines, new_lines in lines:
        words = (
            [(True, old_lines, new_lines)]
            if same_lines
            else _spaces_joined(
                _runs(_TOKENS.findall(old_lines), _TOKENS.findall(new_lines), limit=WORD_DIFF_LIMIT)
            )
        )
        for same, removed, added in words:
            if same:
                old_html.append(escape(removed))
                new_html.append(escape(added))
                continue
            if removed:
                old_html.append(format_html("<del>{}</del>", removed))
            if added:
                new_html.append(format_html("<ins>{}</ins>", added))
    # Line breaks shown as such: a source's paragraphs would otherwise run together.
    return tuple(mark_safe("".join(html).replace("\n", "<br>\n")) for html in (old_html, new_html))


def _spaces_joined(runs):
    """Two changed runs with only white space between them as one: “<del>says the
    same</del>” rather than “<del>says</del> <del>the</del> …”."""
    joined = []
    for run in runs:
        if not run[0] and len(joined) >= 2 and not joined[-2][0] and joined[-1][0]:
            space = joined[-1]
            if not space[1].strip() and not space[2].strip():
                joined.pop()
                earlier = joined.pop()
                run = (False, earlier[1] + space[1] + run[1], earlier[2] + space[2] + run[2])
        joined.append(run)
    return joined


def _runs(old, new, *, autojunk=False, limit=None):
    """``(same, old text, new text)`` for each run of the parts (lists of strings) that
    both have, or that only one has, in order; past ``limit`` pairs of parts to compare,
    one changed run between the common start and end."""
    # Edits are mostly local: compare only what lies between the common start and end.
    start = len(commonprefix([old, new]))
    end = len(commonprefix([old[start:][::-1], new[start:][::-1]]))
    old_middle, new_middle = old[start : len(old) - end], new[start : len(new) - end]
    if limit is not None and len(old_middle) * len(new_middle) > limit:
        opcodes = [("replace", 0, len(old_middle), 0, len(new_middle))]
    else:
        matcher = difflib.SequenceMatcher(None, old_middle, new_middle, autojunk=autojunk)
        opcodes = matcher.get_opcodes()
    runs = [(True, "".join(old[:start]), "".join(new[:start]))]
    runs += [
        (tag == "equal", "".join(old_middle[i1:i2]), "".join(new_middle[j1:j2]))
        for tag, i1, i2, j1, j2 in opcodes
    ]
    runs.append((True, "".join(old[len(old) - end :]), "".join(new[len(new) - end :])))
    return runs


@dataclasses.dataclass(frozen=True)
class ChangesSince:
    """What happened to a record after a given version: the latest save and what it changed."""

    record: object  # The latest historical record: who saved it (history_user) and when.
    changes: list  # {"field", "old", "new"} for each changed field, ready for a template.


def changes_since(instance, version):
    """The changes made to ``instance`` after ``version``, or None if the history has no record.

    Like simple-history's own History page, this leaves out fields editors do not
    edit (the version, timestamps). A record loaded from fixtures has no history
    until it is first saved or given its first version (``record_first_versions``).
    """
    records = instance.history.all()
    latest, seen = records.first(), records.filter(version=version).first()
    if latest is None:
        return None
    if seen is None or seen.pk == latest.pk:
        return ChangesSince(latest, [])
    delta = latest.diff_against(seen, foreign_keys_are_objs=True)
    helper = EditorialChangeHelper(type(instance), latest)
    changes = helper.context_for_delta_changes(delta)
    if instance._meta.model_name == "event":
        rows = RowHistory(instance.pk)
        changes += row_changes(rows.at(seen), rows.now())
    return ChangesSince(latest, changes)


def record_first_versions():
    """Give every row without a history record its first one, e.g. after loading fixtures."""
    for model in apps.get_app_config("events").get_models():
        history = getattr(model, "history", None)  # Historical models have none of their own.
        if isinstance(history, HistoryManager):
            unrecorded = model._default_manager.exclude(pk__in=history.values("id"))
            history.bulk_history_create(
                list(unrecorded), default_change_reason="Loaded from the seed"
            )


def many_to_many_at(instance):
    """For a copy of a record rebuilt from its history, the linked rows it had then.

    simple-history's revert page starts from such a copy, but its form would show the
    record's current links (places, organizations, …): reverting must restore those too.
    Returns ``{field name: [primary keys]}``, empty for an ordinary record.
    """
    record = getattr(instance, SIMPLE_HISTORY_REVERSE_ATTR_NAME, None)
    if record is None:
        return {}
    return {
        field.name: list(
            getattr(record, field.name).values_list(get_m2m_reverse_field_name(field), flat=True)
        )
        for field in record._history_m2m_fields
    }


# An event's rows (participations, citations) have histories of their own. Saving an
# event in the admin saves the event first and then its rows, so the rows "at" one of the
# event's versions are the rows as they were just before its next version was saved.
ROW_KINDS = ("participations", "citations")


ROW_MODELS = {"participations": "Participation", "citations": "Citation"}


def _row_model(kind):
    return apps.get_model("events", ROW_MODELS[kind])


def _row_values(row):
    """The row's stored values by attribute name, without its id and its event."""
    return {
        field.attname: getattr(row, field.attname)
        for field in _row_model_fields(type(row))
        if field.name not in {"id", "event"}
    }


def _row_model_fields(model):
    original = getattr(model, "instance_type", model)  # Historical models name their original.
    return list(original._meta.concrete_fields)


@dataclasses.dataclass(frozen=True)
class Row:
    """One participation or citation as it was: its values, and a label editors can read."""

    kind: str
    pk: int
    values: dict

    @property
    def verbose_name(self):
        return _row_model(self.kind)._meta.verbose_name

    @property
    def label(self):
        if self.kind == "participations":
            person = apps.get_model("events", "Person")._base_manager.filter(
                pk=self.values["person_id"]
            )
            name = person.values_list("name", flat=True).first() or "a deleted person"
            return f"{name} ({self.values['role']})"
        sources = apps.get_model("events", "Source")._base_manager
        source = sources.filter(pk=self.values["source_id"])
        title = source.values_list("title", flat=True).first() or "a deleted source"
        return f"{title}: “{self.values['quote']}”"

    def compared(self):
        """What an editor sees of the row: not offsets, which follow the source's text."""
        shown = {"person_id", "role"} if self.kind == "participations" else {"source_id", "quote"}
        return {name: value for name, value in self.values.items() if name in shown}


class RowHistory:
    """The participations and citations an event had at each of its versions."""

    def __init__(self, event_id):
        self.event_id = event_id
        self.records = {}
        for kind in ROW_KINDS:
            history = _row_model(kind).history
            ids = history.filter(event_id=event_id).values("id")
            self.records[kind] = list(
                history.filter(id__in=ids).order_by("history_date", "history_id")
            )

    def now(self):
        """The rows as stored now: ``{kind: {pk: Row}}``."""
        return {
            kind: {
                row.pk: Row(kind, row.pk, _row_values(row))
                for row in _row_model(kind).objects.filter(event_id=self.event_id)
            }
            for kind in ROW_KINDS
        }

    def before(self, moment):
        """The rows as they were before ``moment`` (a datetime): ``{kind: {pk: Row}}``."""
        rows = {}
        for kind, records in self.records.items():
            latest = {}
            for record in records:
                if record.history_date < moment:
                    latest[record.id] = record
            rows[kind] = {
                pk: Row(kind, pk, _row_values(record))
                for pk, record in latest.items()
                if record.history_type != "-" and record.event_id == self.event_id
            }
        return rows

    def at(self, record):
        """The rows at the event's historical ``record``: until its next version, or now."""
        following = (
            type(record)
            .objects.filter(id=record.id, history_id__gt=record.history_id)
            .order_by("history_id")
            .values_list("history_date", flat=True)
            .first()
        )
        return self.now() if following is None else self.before(following)


def row_changes(before, after):
    """Each row added, removed or changed between two ``RowHistory`` states, for a template."""
    changes = []
    for kind in ROW_KINDS:
        old_rows, new_rows = before.get(kind, {}), after.get(kind, {})
        for pk in sorted(old_rows.keys() | new_rows.keys()):
            old, new = old_rows.get(pk), new_rows.get(pk)
            if old is not None and new is not None and old.compared() == new.compared():
                continue
            row = new or old
            verb = "added" if old is None else "removed" if new is None else "changed"
            changes.append(
                {
                    "field": f"{row.verbose_name.capitalize()} {verb}",
                    "old": old.label if old else "—",
                    "new": new.label if new else "—",
                }
            )
    return changes


def historical_record(instance):
    """The historical record a copy was rebuilt from (simple-history's revert page), or None."""
    return getattr(instance, SIMPLE_HISTORY_REVERSE_ATTR_NAME, None)


def restore_problems(rows):
    """Why some of ``rows`` (a ``RowHistory`` state) could not be restored now, if they can't."""
    people = apps.get_model("events", "Person")._base_manager
    sources = apps.get_model("events", "Source")._base_manager
    problems = []
    for row in rows["participations"].values():
        if not people.filter(pk=row.values["person_id"]).exists():
            problems.append(
                f"The participant “{row.values['role']}” cannot be restored: that "
                "person has been deleted since."
            )
    for row in rows["citations"].values():
        text = sources.filter(pk=row.values["source_id"]).values_list("text", flat=True).first()
        if text is None:
            problems.append(
                f"The citation “{row.values['quote']}” cannot be restored: its "
                "source has been deleted since."
            )
        elif not locate_quote(text, row.values["quote"]).found:
            problems.append(
                f"The citation {row.label} cannot be restored: its source's text "
                "no longer has that passage."
            )
    return problems


def restore_rows(event, rows):
    """Make the event's participations and citations those in ``rows`` (a ``RowHistory``
    state), each row under its old id where it can be, so that its history continues."""
    for kind in ROW_KINDS:
        model, wanted = _row_model(kind), rows[kind]
        current = {row.pk: row for row in model.objects.filter(event=event)}
        for pk, row in current.items():
            if pk not in wanted:
                row.delete()
        for pk, old in wanted.items():
            row = current.get(pk)
            if row is not None and _row_values(row) == old.values:
                continue
            if row is None:
                reused = model._base_manager.filter(pk=pk).exists()
                row = model(event=event) if reused else model(pk=pk, event=event)
            for name, value in old.values.items():
                setattr(row, name, value)
            row.save()

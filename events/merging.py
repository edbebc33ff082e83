"""A stale admin save merged, field by field and row by row, with what was saved since.

Three versions take part: the one the editor opened (*base*, read from the history),
the one saved since (*theirs*, the record as stored now) and the posted form (*yours*).
For each field, and for each participant and citation row:

- changed on one side only: that side's value is kept;
- changed the same way on both sides: kept;
- changed differently on both sides: a *conflict*. The form keeps yours and shows theirs
  beside it, with a choice per field (or row) that the next save honours.

The merge rewrites the posted data, so the refused page the editor sees again already
holds the merged values: what they save next is what they see. (The form itself still
refuses the stale save and lists what the other editor changed; see
``VersionedModelForm``.)
"""

import dataclasses
import re

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Model, QuerySet
from django.db.models.fields.files import FieldFile

from .dates import PartialDate
from .history import Row, RowHistory

CHOICE_PREFIX = "merge-"
THEIRS, YOURS = "theirs", "yours"
# The inline prefixes whose rows merge: the names of the event's related rows.
ROW_PREFIXES = ("participations", "citations")
ROW_CHOICE = re.compile(rf"{CHOICE_PREFIX}({'|'.join(ROW_PREFIXES)})-(\d+)-(\d+)")


@dataclasses.dataclass(frozen=True)
class Conflict:
    """A field or row both editors changed: the radio's name and both values, readable."""

    name: str
    label: str
    theirs: str
    yours: str


def widget_data(form):
    """What the unbound ``form`` would post if saved unchanged: ``{html name: value}``."""
    data = {}
    for name, field in form.fields.items():
        bound = form[name]
        value, widget = bound.value(), field.widget
        if isinstance(widget, forms.MultiWidget):
            values = value if isinstance(value, list | tuple) else widget.decompress(value)
            for index, part in enumerate(values):
                data[f"{bound.html_name}_{index}"] = "" if part is None else str(part)
        elif value is None or value is False or isinstance(value, FieldFile):
            continue
        elif value is True:
            data[bound.html_name] = "on"
        elif isinstance(value, list | tuple):
            data[bound.html_name] = [str(getattr(item, "pk", item)) for item in value]
        else:
            data[bound.html_name] = str(getattr(value, "pk", value))
    return data


def _plain(value):
    if value is None:
        return ""
    if isinstance(value, str):
        return value.replace("\r\n", "\n")
    return value


def _value(field, data, files, html_name):
    """The field's posted value in ``data``, in one shape for every version, to compare."""
    value = field.widget.value_from_datadict(data, files, html_name)
    if isinstance(field, forms.ModelMultipleChoiceField):
        return tuple(sorted({str(item) for item in value or ()}))
    if isinstance(value, list | tuple):
        return tuple(_plain(item) for item in value)
    return _plain(value)


def _keys(data, html_name):
    pattern = re.compile(rf"{re.escape(html_name)}(_\d+)?")
    return [key for key in list(data.keys()) if pattern.fullmatch(key)]


def _take(data, other, html_name):
    """Replace the field's values in the posted ``data`` with those in ``other``."""
    for key in _keys(data, html_name):
        data.pop(key)
    for key in _keys(other, html_name):
        value = other[key]
        data.setlist(key, value if isinstance(value, list) else [value])


def _shown(field, data, html_name):
    """The field's value in ``data`` as an editor reads it."""
    raw = field.widget.value_from_datadict(data, {}, html_name)
    try:
        value = field.clean(raw)
    except ValidationError:
        return str(raw)
    if isinstance(value, QuerySet):
        return ", ".join(str(item) for item in value) or "(none)"
    if isinstance(value, Model):
        return str(value)
    if isinstance(value, tuple) and len(value) == 2:  # A partial date and its precision.
        return PartialDate(*value).display
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if getattr(field, "choices", None) and value not in (None, ""):
        return str(dict(field.choices).get(value, value))
    return str(value) if value not in (None, "") else "(empty)"


def merge_fields(form_class, base, theirs, data, files):
    """Merge the record's fields into the posted ``data`` (changed in place); the conflicts."""
    base_data = widget_data(form_class(instance=base))
    their_form = form_class(instance=theirs)
    their_data = widget_data(their_form)
    conflicts = []
    for name, field in their_form.fields.items():
        if name == "opened_version" or field.disabled or isinstance(field, forms.FileField):
            continue
        html_name = their_form.add_prefix(name)
        old = _value(field, base_data, {}, html_name)
        new = _value(field, their_data, {}, html_name)
        yours = _value(field, data, files, html_name)
        if new == old or yours == new:
            continue
        if yours == old:
            _take(data, their_data, html_name)
            continue
        conflicts.append(
            Conflict(
                name=CHOICE_PREFIX + html_name,
                label=str(field.label or name),
                theirs=_shown(field, their_data, html_name),
                yours=_shown(field, data, html_name),
            )
        )
    return conflicts


def _row_fields(formset_class):
    """The inline's editable model fields, each with the model attribute it sets. Form-only
    fields (a citation's occurrence number, read from its offset) follow their row."""
    model, fk_name = formset_class.model, formset_class.fk.name
    model_fields = {field.name: field for field in model._meta.concrete_fields}
    return {
        name: model_fields[name].attname
        for name in formset_class.form.base_fields
        if name != fk_name and name in model_fields
    }


def _as_posted(row, fields):
    if row is None:
        return None
    return {name: str(_plain(row.values.get(attname))).strip() for name, attname in fields.items()}


def _posted_rows(data, prefix, fields):
    """The rows in the posted inline: ``({pk: values or None if deleted}, [new rows])``."""
    try:
        total = int(data.get(f"{prefix}-TOTAL_FORMS", ""))
    except ValueError:
        return None
    existing, new = {}, []
    for index in range(min(total, 1000)):
        key = f"{prefix}-{index}-"
        values = {name: str(_plain(data.get(key + name, ""))).strip() for name in fields}
        deleted = forms.CheckboxInput().value_from_datadict(data, {}, key + "DELETE")
        if pk := data.get(key + "id"):
            existing[pk] = None if deleted else values
        elif any(values.values()) and not deleted:
            new.append(values)
    return existing, new


def _row_label(kind, values, fields):
    if values is None:
        return "(removed)"
    return Row(kind, 0, {fields[name]: value for name, value in values.items()}).label


def merge_rows(formset_class, prefix, event, base_rows, their_rows, data):
    """Merge one inline's rows into the posted ``data`` (rewritten in place); the conflicts.

    A row is compared whole: one changed by only one side keeps that side's version;
    one changed, removed or re-added differently by both is a conflict.
    """
    fields = _row_fields(formset_class)
    posted = _posted_rows(data, prefix, fields)
    if posted is None:
        return []
    yours_existing, yours_new = posted
    base = {str(pk): _as_posted(row, fields) for pk, row in base_rows.items()}
    theirs = {str(pk): _as_posted(row, fields) for pk, row in their_rows.items()}
    kept, added, conflicts = [], [], []  # kept: (pk, values, deleted); added: values
    for pk in sorted(base.keys() | theirs.keys() | yours_existing.keys(), key=int):
        old, new = base.get(pk), theirs.get(pk)
        yours = yours_existing.get(pk, old)
        if yours in (old, new):
            result = new
        elif new == old:
            result = yours
        else:
            result = yours
            conflicts.append((pk, old, new, yours))
        if new is not None:
            kept.append((pk, result or new, result is None))
        elif result is not None:
            added.append(result)
    added += yours_new
    for key in [key for key in list(data.keys()) if re.match(rf"{prefix}-\d+-", key)]:
        data.pop(key)
    fk_name = formset_class.fk.name
    rows = [(pk, values, deleted) for pk, values, deleted in kept]
    rows += [("", values, False) for values in added]
    for index, (pk, values, deleted) in enumerate(rows):
        key = f"{prefix}-{index}-"
        data[key + "id"] = pk
        data[key + fk_name] = str(event.pk)
        for name, value in values.items():
            data[key + name] = value
        if deleted:
            data[key + "DELETE"] = "on"
    data[f"{prefix}-TOTAL_FORMS"] = str(len(rows))
    data[f"{prefix}-INITIAL_FORMS"] = str(len(kept))
    verbose = formset_class.model._meta.verbose_name.capitalize()
    return [
        Conflict(
            name=f"{CHOICE_PREFIX}{prefix}-{_index(rows, pk, yours)}-{pk}",
            label=f"{verbose} {_row_label(prefix, old, fields)}",
            theirs=_row_label(prefix, new, fields),
            yours=_row_label(prefix, yours, fields),
        )
        for pk, old, new, yours in conflicts
    ]


def _index(rows, pk, values):
    """Where the conflicting row stands in the rewritten inline: by its id, or (removed
    by the other editor and kept by this one) as the new row with these values."""
    for index, (row_pk, row_values, _deleted) in enumerate(rows):
        if row_pk == pk or (not row_pk and row_values == values):
            return index
    return len(rows)


def apply_choices(form_class, record, row_history, data):
    """Honour the radios of a conflict shown before: "theirs" takes the value saved at
    ``record`` (the version the editor was shown), for a field or a whole row."""
    choices = {key: data[key] for key in list(data.keys()) if key.startswith(CHOICE_PREFIX)}
    for key in choices:
        data.pop(key)
    chosen = [key for key, value in choices.items() if value == THEIRS]
    if not chosen or record is None:
        return
    saved_form = form_class(instance=record.instance)
    saved_data = widget_data(saved_form)
    rows = row_history.at(record) if row_history is not None else {}
    field_names = {saved_form.add_prefix(name) for name in saved_form.fields}
    for key in chosen:
        if match := ROW_CHOICE.fullmatch(key):
            prefix, index, pk = match.groups()
            _take_row(data, f"{prefix}-{index}-", rows.get(prefix, {}).get(int(pk)))
        elif key[len(CHOICE_PREFIX) :] in field_names:
            _take(data, saved_data, key[len(CHOICE_PREFIX) :])


def _take_row(data, key, row):
    names = [name[len(key) :] for name in list(data.keys()) if name.startswith(key)]
    fields = [name for name in names if name not in {"id", "DELETE", "event"}]
    if row is None:
        if data.get(key + "id"):
            data[key + "DELETE"] = "on"
        else:
            for name in fields:
                data[key + name] = ""
        return
    data.pop(key + "DELETE", None)
    for name in fields:
        attname = name if name in row.values else f"{name}_id"
        data[key + name] = str(_plain(row.values.get(attname)))


def merge_stale_post(admin, request, current):
    """Rewrite ``request.POST`` for a save of ``current`` (the stored record): the choices
    made on a conflict shown before, then the merge if the form was opened on an older
    version. Returns the conflicts left for the editor to decide."""
    try:
        opened = int(request.POST.get("opened_version", ""))
    except ValueError:
        return []
    record = current.history.filter(version=opened).first()
    form_class = admin.get_form(request, current, change=True)
    row_history = RowHistory(current.pk) if admin.inlines else None
    data = request.POST.copy()
    apply_choices(form_class, record, row_history, data)
    conflicts = []
    if opened != current.version and record is not None:
        conflicts += merge_fields(form_class, record.instance, current, data, request.FILES)
        if row_history is not None:
            base, theirs = row_history.at(record), row_history.now()
            for formset_class, _inline in admin.get_formsets_with_inlines(request, current):
                prefix = formset_class.get_default_prefix()
                if prefix in ROW_PREFIXES:
                    conflicts += merge_rows(
                        formset_class, prefix, current, base[prefix], theirs[prefix], data
                    )
    request.POST = data
    return conflicts

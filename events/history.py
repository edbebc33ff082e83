"""Reading the revision history kept by django-simple-history, in editors' terms."""

import dataclasses

from django.apps import apps
from simple_history.manager import SIMPLE_HISTORY_REVERSE_ATTR_NAME, HistoryManager
from simple_history.template_utils import HistoricalRecordContextHelper
from simple_history.utils import get_m2m_reverse_field_name


class EditorialChangeHelper(HistoricalRecordContextHelper):
    """simple-history's field-by-field changes, with choices shown as editors chose them."""

    def prepare_delta_change_value(self, change, value):
        field = self.model._meta.get_field(change.field)
        if field.choices:
            value = dict(field.flatchoices).get(value, value)
        return super().prepare_delta_change_value(change, value)


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
    return ChangesSince(latest, helper.context_for_delta_changes(delta))


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

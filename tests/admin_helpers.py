"""Helpers for driving the admin as an editor would: log in, read a form, post it back."""

from importlib import import_module

from django.apps import apps
from django.contrib.auth.models import Group, User
from django.db.models.fields.files import FieldFile
from django.forms import MultiWidget


def editors_group():
    """The group the migration creates, made again by the migration's own code if a
    live-server test has flushed the database since."""
    if not Group.objects.filter(name="Editors").exists():
        migration = import_module("events.migrations.0003_editors_group")
        migration.create_editors_group(apps, schema_editor=None)
    return Group.objects.get(name="Editors")


def make_editor(username="editor"):
    """A staff user whose only rights come from the Editors group."""
    user = User.objects.create_user(username, password="editor-password", is_staff=True)
    user.groups.add(editors_group())
    return user


def _field_data(bound):
    value = bound.value()
    widget = bound.field.widget
    if isinstance(widget, MultiWidget):
        parts = value if isinstance(value, list) else widget.decompress(value)
        return {f"{bound.html_name}_{i}": "" if v is None else str(v) for i, v in enumerate(parts)}
    if value is None or value is False or isinstance(value, FieldFile):
        return {}
    if value is True:
        return {bound.html_name: "on"}
    if isinstance(value, list | tuple):
        return {bound.html_name: [str(getattr(item, "pk", item)) for item in value]}
    return {bound.html_name: str(getattr(value, "pk", value))}


def admin_form_data(response):
    """What the admin page in ``response`` would post if saved unchanged, inlines included."""
    forms = [response.context["adminform"].form]
    for inline in response.context.get("inline_admin_formsets", []):
        forms += [inline.formset.management_form, *inline.formset.forms]
    data = {}
    for form in forms:
        for name in form.fields:
            data.update(_field_data(form[name]))
    return data


def form_errors(response):
    """Every error on the admin page, main form and inlines, as one list of strings."""
    errors = [str(e) for e in response.context["adminform"].form.non_field_errors()]
    errors += [
        f"{name}: {message}"
        for name, messages in response.context["adminform"].form.errors.items()
        for message in messages
    ]
    for inline in response.context.get("inline_admin_formsets", []):
        errors += [str(e) for e in inline.formset.non_form_errors()]
        for form in inline.formset.forms:
            errors += [f"{name}: {m}" for name, ms in form.errors.items() for m in ms]
    return errors

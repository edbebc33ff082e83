"""The "Editors" group: curates the timeline in the admin, but manages no users or permissions.

Editors add, change and view every record. They delete only people and citations
*attached to an event* (the rows of the event page), to correct a mistake; whole
records (events, people, sources, …) are unpublished or corrected instead, and only
superusers delete them, because public pages and citations link to them. They can
view the revision history, and revert through the change permission.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP = "Editors"
CONTENT_MODELS = [
    "source",
    "organization",
    "person",
    "place",
    "agreement",
    "event",
    "participation",
    "citation",
]
DELETABLE_MODELS = ["participation", "citation"]


def editor_permissions():
    for model in CONTENT_MODELS:
        yield from (f"{action}_{model}" for action in ("add", "change", "view"))
        yield f"view_historical{model}"
    yield from (f"delete_{model}" for model in DELETABLE_MODELS)


def create_editors_group(apps, schema_editor):
    # Permissions are normally created after all migrations have run; make them now.
    events = apps.get_app_config("events")
    events.models_module = True
    create_permissions(events, apps=apps, verbosity=0)
    events.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=GROUP)
    group.permissions.set(
        Permission.objects.filter(
            content_type__app_label="events", codename__in=list(editor_permissions())
        )
    )


def delete_editors_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("events", "0002_images_history_and_version"),
    ]

    operations = [migrations.RunPython(create_editors_group, delete_editors_group)]

from django.apps import AppConfig


class EventsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "events"
    verbose_name = "Timeline"

    def ready(self):
        from django.db.models.signals import post_migrate

        from .data_version import connect_request_memo, install_missing_triggers

        connect_request_memo()
        post_migrate.connect(install_missing_triggers, sender=self)

from django.apps import AppConfig


class EventsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "events"
    verbose_name = "Timeline"

    def ready(self):
        from .data_version import connect_request_memo

        connect_request_memo()

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

USERNAME = "admin"


class Command(BaseCommand):
    help = (
        "Development only: say how to log in to the admin, creating a local superuser "
        "with a random password if there is none."
    )

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError(
                "dev_login only runs in development (DJANGO_DEBUG=1). In production, create "
                "an account with: python manage.py createsuperuser"
            )
        User = get_user_model()
        existing = User.objects.filter(is_superuser=True).order_by("pk").first()
        if existing is not None:
            self.stdout.write(
                f"Admin login: http://127.0.0.1:8000/admin/ as “{existing.get_username()}”. "
                f"Forgot the password? python manage.py changepassword "
                f"{existing.get_username()}"
            )
            return
        password = secrets.token_urlsafe(12)
        User.objects.create_superuser(USERNAME, email="", password=password)
        self.stdout.write(
            self.style.SUCCESS(
                f"Created a local admin login: http://127.0.0.1:8000/admin/ user “{USERNAME}”, "
                f"password “{password}”. It is shown only this once."
            )
        )

"""Load demo content: `python manage.py load_demo`. Idempotent: a second run changes nothing.

Each app that has demo content lists a loader in settings.DEMO_CONTENT_LOADERS; loaders run in
that order, each a `load(command)` function that creates only what is missing.
"""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.module_loading import import_string

from accounts.demo import print_credentials


class Command(BaseCommand):
    help = "Create the demo page tree, users and content (only what is missing)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--credentials",
            action="store_true",
            help="Only print the demo sign-in details; change nothing.",
        )
        parser.add_argument(
            "--reset-passwords",
            action="store_true",
            help="Give the demo users new passwords (and print them).",
        )

    def handle(self, *args, **options):
        if options["credentials"]:
            print_credentials(self)
            return
        self.reset_passwords = options["reset_passwords"]
        for dotted in settings.DEMO_CONTENT_LOADERS:
            with transaction.atomic():
                import_string(dotted)(self)
        print_credentials(self)

    def created(self, what):
        self.stdout.write(self.style.SUCCESS(f"  created {what}"))

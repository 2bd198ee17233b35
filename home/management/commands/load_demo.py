"""Load demo content: `python manage.py load_demo`. Idempotent: a second run changes nothing.

The content is files under `demo/` (demo/README.md); home.demo reads them and publishes them
through the same paths an editor's or a member's work takes.
"""

from django.core.management.base import BaseCommand

from home import demo
from home.demo.users import print_credentials


class Command(BaseCommand):
    help = "Create the demo page tree, users and content from demo/ (only what is missing)."

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
        demo.load(self)
        print_credentials(self)

    def created(self, what):
        self.stdout.write(self.style.SUCCESS(f"  created {what}"))

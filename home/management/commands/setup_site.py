"""Create the page tree where it is missing, with no demo users or content: `setup_site`."""

from django.core.management.base import BaseCommand
from django.db import transaction

from home import site_tree


class Command(BaseCommand):
    help = "Create the home page, care model hubs and vanguard directory if they are missing."

    reset_passwords = False

    def handle(self, *args, **options):
        with transaction.atomic():
            site_tree.load(self)
        self.stdout.write("The page tree is in place.")

    def created(self, what):
        self.stdout.write(self.style.SUCCESS(f"  created {what}"))

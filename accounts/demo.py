"""Demo users, with passwords generated on this machine and kept in an untracked local file."""

import os
import secrets

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth.models import Group

from taxonomy.models import Vanguard

from .models import User

DEMO_USERS = [
    {
        "role": "Administrator",
        "email": "admin@demo.nhs.uk",
        "display_name": "Alex Morgan",
        "first_name": "Alex",
        "last_name": "Morgan",
        "job_title": "Platform administrator",
        "organisation": "NHS England",
        "is_superuser": True,
        "groups": [],
    },
    {
        "role": "Editor",
        "email": "editor@demo.nhs.uk",
        "display_name": "Priya Shah",
        "first_name": "Priya",
        "last_name": "Shah",
        "job_title": "Shared learning editor",
        "organisation": "NHS England",
        "groups": ["Editors"],
    },
    {
        "role": "Contributor (Sutton Homes of Care)",
        "email": "contributor@demo.nhs.uk",
        "display_name": "Tom Ellis",
        "first_name": "Tom",
        "last_name": "Ellis",
        "job_title": "Care homes programme lead",
        "organisation": "Sutton Clinical Commissioning Group",
        "vanguard": "sutton-homes-of-care",
        "groups": ["Contributors"],
    },
    {
        "role": "Community member",
        "email": "member@demo.nhs.uk",
        "display_name": "Grace Okafor",
        "first_name": "Grace",
        "last_name": "Okafor",
        "job_title": "Practice nurse",
        "organisation": "Dudley GP practice",
        "vanguard": "dudley-multispecialty-community-provider",
        "groups": [],
    },
    {
        "role": "Community member",
        "email": "member2@demo.nhs.uk",
        "display_name": "Sam Patel",
        "first_name": "Sam",
        "last_name": "Patel",
        "job_title": "Service improvement manager",
        "organisation": "Wakefield Clinical Commissioning Group",
        "groups": [],
    },
]


def load(command):
    fresh = {}
    for spec in DEMO_USERS:
        user = User.objects.filter(email=spec["email"]).first()
        if user is None or command.reset_passwords:
            password = secrets.token_urlsafe(12)
            if user is None:
                user = _create(spec, password)
                command.created(f"user {spec['email']} ({spec['role']})")
            else:
                user.set_password(password)
                user.save(update_fields=["password"])
            fresh[spec["email"]] = password
    if fresh:
        _write_credentials(fresh)


def _create(spec, password):
    vanguard = Vanguard.objects.filter(slug=spec.get("vanguard", "")).first()
    superuser = spec.get("is_superuser", False)
    user = User.objects.create_user(
        email=spec["email"],
        password=password,
        display_name=spec["display_name"],
        first_name=spec["first_name"],
        last_name=spec["last_name"],
        job_title=spec["job_title"],
        organisation=spec["organisation"],
        vanguard=vanguard,
        is_staff=superuser,
        is_superuser=superuser,
    )
    user.groups.set(Group.objects.filter(name__in=spec["groups"]))
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


def _read_credentials():
    path = settings.DEMO_CREDENTIALS_FILE
    if not path.exists():
        return {}
    pairs = (line.split("\t", 1) for line in path.read_text().splitlines() if "\t" in line)
    return dict(pairs)


def _write_credentials(fresh):
    path = settings.DEMO_CREDENTIALS_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    passwords = {**_read_credentials(), **fresh}
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.writelines(f"{email}\t{password}\n" for email, password in passwords.items())


def print_credentials(command):
    passwords = _read_credentials()
    command.stdout.write("\nDemo accounts (passwords generated for this install):")
    missing = False
    for spec in DEMO_USERS:
        password = passwords.get(spec["email"])
        missing = missing or password is None
        shown = password or "(not recorded here)"
        command.stdout.write(f"  {spec['role']:<36} {spec['email']:<26} {shown}")
    if missing:
        command.stdout.write(
            "  Some passwords are not recorded on this machine: "
            "run `python manage.py load_demo --reset-passwords` for new ones."
        )
    command.stdout.write("")

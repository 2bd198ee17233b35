"""Demo people from demo/people.toml. Accounts get passwords generated on this machine and kept
in an untracked local file (settings.DEMO_CREDENTIALS_FILE); voices cannot sign in."""

import os
import secrets

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth.models import Group

from accounts.models import User
from taxonomy.models import Vanguard

from .files import read_toml
from .paths import demo_dir


def people():
    return read_toml(demo_dir("people.toml"))


def accounts():
    return people()["accounts"]


def load(command):
    fresh = {}
    everyone = people()
    for spec in everyone["accounts"]:
        user = User.objects.filter(email=spec["email"]).first()
        if user is None or command.reset_passwords:
            password = secrets.token_urlsafe(12)
            if user is None:
                user = _create_account(spec, password)
                command.created(f"user {spec['email']} ({spec['role']})")
            else:
                user.set_password(password)
                user.save(update_fields=["password"])
            fresh[spec["email"]] = password
    for spec in everyone.get("voices", []):
        if not User.objects.filter(email=spec["email"]).exists():
            _create_voice(spec)
            command.created(f"user {spec['email']} (community member, cannot sign in)")
    if fresh:
        _write_credentials(fresh)


def by_key():
    """{key: User} for everyone in people.toml that exists."""
    everyone = people()
    emails = {
        spec["key"]: spec["email"] for spec in everyone["accounts"] + everyone.get("voices", [])
    }
    found = {user.email: user for user in User.objects.filter(email__in=emails.values())}
    return {key: found[email] for key, email in emails.items() if email in found}


def _create_account(spec, password):
    superuser = spec.get("is_superuser", False)
    user = User.objects.create_user(
        email=spec["email"],
        password=password,
        display_name=spec["display_name"],
        first_name=spec["first_name"],
        last_name=spec["last_name"],
        job_title=spec["job_title"],
        organisation=spec["organisation"],
        vanguard=_vanguard(spec),
        is_staff=superuser,
        is_superuser=superuser,
    )
    user.groups.set(Group.objects.filter(name__in=spec.get("groups", [])))
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


def _create_voice(spec):
    first, _, last = spec["display_name"].partition(" ")
    user = User(
        email=spec["email"],
        display_name=spec["display_name"],
        first_name=first,
        last_name=last,
        job_title=spec["job_title"],
        organisation=spec["organisation"],
        vanguard=_vanguard(spec),
    )
    # Demo voices only: nobody signs in as them.
    user.set_unusable_password()
    user.save()
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


def _vanguard(spec):
    slug = spec.get("vanguard")
    return Vanguard.objects.filter(slug=slug).first() if slug else None


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
    for spec in accounts():
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

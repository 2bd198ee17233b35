from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import models
from django.db.models.functions import Lower


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An e-mail address is required.")
        email = self.normalize_email(email).lower()
        extra_fields.setdefault("display_name", email.split("@")[0])
        user = self.model(email=email, **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)

    def get_by_natural_key(self, email):
        return self.get(email__iexact=email)


class User(AbstractUser):
    """A person who signs in with their e-mail address.

    `display_name` is what others see beside posts; first and last names stay for Wagtail's
    admin, which asks for them.
    """

    username = None
    email = models.EmailField("e-mail address", unique=True)
    display_name = models.CharField(
        max_length=100, help_text="The name other people see, for example on community posts."
    )
    job_title = models.CharField(max_length=150, blank=True)
    organisation = models.CharField(max_length=200, blank=True)
    vanguard = models.ForeignKey(
        "taxonomy.Vanguard",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="members",
        help_text="The vanguard you work for or with, if any.",
    )

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["display_name"]

    objects = UserManager()

    class Meta:
        ordering = ["display_name"]
        # Editors' reports (search terms, content due for review) show what members search for,
        # so they are for editors, not everyone who can open the admin (core.permissions).
        permissions = [("view_editors_reports", "Can see editors' reports")]
        constraints = [
            models.UniqueConstraint(Lower("email"), name="accounts_user_email_case_insensitive")
        ]

    def __str__(self):
        return self.display_name or self.email

    def save(self, *args, **kwargs):
        self.email = (self.email or "").strip().lower()
        if not self.display_name:
            self.display_name = self.get_full_name_from_parts() or self.email.split("@")[0]
        super().save(*args, **kwargs)

    def get_full_name_from_parts(self):
        return f"{self.first_name} {self.last_name}".strip()

    def get_full_name(self):
        return self.display_name or self.get_full_name_from_parts() or self.email

    def get_short_name(self):
        return self.display_name or self.first_name or self.email

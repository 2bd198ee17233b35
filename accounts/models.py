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


class AccessRequest(models.Model):
    """Someone in health and care without an NHS address asks for an account; an editor decides."""

    PENDING, APPROVED, DECLINED = "pending", "approved", "declined"
    STATUS_CHOICES = [(PENDING, "Waiting"), (APPROVED, "Approved"), (DECLINED, "Declined")]

    name = models.CharField(max_length=100)
    email = models.EmailField("e-mail address")
    organisation = models.CharField(max_length=200)
    role = models.CharField(max_length=150)
    reason = models.TextField(max_length=1000)
    status = models.CharField(max_length=10, choices=STATUS_CHOICES, default=PENDING)
    decision_reason = models.TextField(
        blank=True, help_text="Sent to the person in the e-mail telling them the decision."
    )
    decided_by = models.ForeignKey(
        "accounts.User", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "access request"

    def __str__(self):
        return f"{self.name}, {self.organisation}"

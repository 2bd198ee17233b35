"""Practice shared through the front-end form: the author's answers, kept until they submit.

A `Submission` holds the answers step by step as JSON, so an author can stop and come back.
Submitting turns the answers into a draft case study page in the "Editorial review" workflow;
from then on the page and its workflow state are the truth about where the submission stands.
"""

import uuid

from django.conf import settings
from django.db import models
from django.urls import reverse


class Submission(models.Model):
    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="submissions"
    )
    answers = models.JSONField(default=dict, blank=True)
    page = models.OneToOneField(
        "casestudies.CaseStudyPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="submission",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    submitted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-updated_at"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("contributions:detail", args=[self.uid])

    @property
    def title(self):
        return (self.answers.get("about") or {}).get("title") or "Untitled submission"


class Attachment(models.Model):
    """A file the author attached: stored as a Wagtail document or image in their collection."""

    DOCUMENT, IMAGE = "document", "image"

    submission = models.ForeignKey(Submission, on_delete=models.CASCADE, related_name="attachments")
    kind = models.CharField(max_length=10, choices=[(DOCUMENT, "Document"), (IMAGE, "Image")])
    title = models.CharField(max_length=200)
    description = models.CharField(max_length=250, blank=True)
    document = models.ForeignKey(
        "wagtaildocs.Document", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    file_type = models.CharField(max_length=40)
    size = models.PositiveIntegerField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at"]

    def __str__(self):
        return self.title


class PersonalCollection(models.Model):
    """A person's own collection of documents and images, and the group that lets them use it.

    Wagtail grants collection permissions to groups, so each person with one gets a small group
    of their own: add and choose documents and images in this collection only.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="personal_collection"
    )
    collection = models.OneToOneField(
        "wagtailcore.Collection", on_delete=models.CASCADE, related_name="+"
    )
    group = models.OneToOneField("auth.Group", on_delete=models.CASCADE, related_name="+")

    def __str__(self):
        return self.collection.name

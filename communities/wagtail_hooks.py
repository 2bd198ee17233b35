"""Site staff create communities and choose their facilitators in Wagtail's admin."""

import re

from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import services
from .models import Community, Membership, Role


class CommunityAdminForm(WagtailAdminModelForm):
    facilitator_emails = forms.CharField(
        label="Facilitators",
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="E-mail addresses of the people who run this community, one per line. They "
        "must already have an account. Facilitators see the moderation queue, decide requests "
        "to join and can invite people.",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            emails = Membership.objects.filter(
                community=self.instance, role=Role.FACILITATOR
            ).values_list("user__email", flat=True)
            self.initial.setdefault("facilitator_emails", "\n".join(sorted(emails)))

    def clean_facilitator_emails(self):
        raw = self.cleaned_data["facilitator_emails"]
        emails = [e.lower() for e in re.split(r"[\s,;]+", raw) if e]
        users = {u.email: u for u in get_user_model().objects.filter(email__in=emails)}
        missing = [e for e in emails if e not in users]
        if missing:
            raise ValidationError(f"No account has these addresses: {', '.join(missing)}.")
        return [users[e] for e in dict.fromkeys(emails)]

    def save(self, commit=True):
        community = super().save(commit=False)
        if commit:
            services.save_community(
                community,
                facilitators=self.cleaned_data.get("facilitator_emails", []),
                by=getattr(self, "for_user", None),
            )
        return community


class CommunityViewSet(SnippetViewSet):
    model = Community
    icon = "group"
    menu_label = "Communities"
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["name", "visibility", "care_model", "topics_count", "posts_count"]
    list_filter = ["visibility", "care_model"]
    search_fields = ["name", "summary"]
    search_backend_name = None  # plain database filtering: communities are few
    edit_handler = ObjectList(
        [
            FieldPanel("name"),
            FieldPanel("slug"),
            FieldPanel("summary"),
            FieldPanel("description"),
            FieldPanel("care_model"),
            MultiFieldPanel(
                [FieldPanel("visibility"), FieldPanel("first_post_moderation")],
                heading="Who can read and post",
            ),
            FieldPanel("facilitator_emails"),
        ],
        base_form_class=CommunityAdminForm,
    )


register_snippet(CommunityViewSet)

"""The editors' queue of access requests: approve (which makes the account) or decline, with a
reason the person is sent."""

from django import forms
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import EditView
from wagtail.admin.viewsets.model import ModelViewSet

from . import access
from .models import AccessRequest


class AccessDecisionForm(WagtailAdminModelForm):
    decision = forms.ChoiceField(
        label="Decision",
        choices=[
            ("approve", "Approve: make the account and send a set-password link"),
            ("decline", "Decline"),
        ],
        widget=forms.RadioSelect,
    )

    class Meta:
        model = AccessRequest
        fields = ["decision_reason"]
        labels = {"decision_reason": "Reason (required to decline)"}

    def clean(self):
        data = super().clean()
        if self.instance.status != AccessRequest.PENDING:
            raise forms.ValidationError("This request has already been decided.")
        if data.get("decision") == "decline" and not (data.get("decision_reason") or "").strip():
            self.add_error("decision_reason", "Say why, so that the person knows what to do.")
        return data


class DecideView(EditView):
    template_name = "account/admin/decide_access_request.html"

    def save_instance(self):
        instance = self.form.instance
        reason = self.form.cleaned_data.get("decision_reason", "")
        if self.form.cleaned_data["decision"] == "approve":
            access.approve(instance, self.request.user, reason)
            self.decided = "approved: the account is made and a set-password link sent"
        else:
            access.decline(instance, self.request.user, reason)
            self.decided = "declined, and told why"
        return instance

    def get_success_message(self):
        return f"Access request from {self.object.name} {self.decided}."


class AccessRequestViewSet(ModelViewSet):
    model = AccessRequest
    icon = "user"
    menu_label = "Access requests"
    menu_order = 250
    add_to_admin_menu = True
    url_prefix = "access-requests"
    name = "access_requests"
    list_filter = ["status"]
    list_display = [
        "name",
        "organisation",
        "role",
        "email",
        Column("status", label="Status", accessor="get_status_display"),
        Column("created_at", label="Asked"),
    ]
    edit_view_class = DecideView
    form_fields = ["decision_reason"]
    inspect_view_enabled = False
    copy_view_enabled = False

    def get_form_class(self, for_update=False):
        return AccessDecisionForm


@hooks.register("register_admin_viewset")
def register_access_requests():
    return AccessRequestViewSet()

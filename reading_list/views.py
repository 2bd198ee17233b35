"""The reading list: save and remove (POST, works without JavaScript), and the Saved page."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST
from wagtail.models import Page

from alerts import throttle
from communities.models import Topic
from communities.permissions import CommunityAccess

from .models import SavedItem
from .saving import SAVABLE_PAGE_TYPES


def _back(request, fallback):
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return redirect(target)
    return redirect(fallback)


def _toggle(request, fallback, title, **target):
    if not throttle.allow("saved", throttle.who(request)):
        messages.error(request, throttle.message("saved"))
        return _back(request, fallback)
    if request.POST.get("action") == "remove":
        SavedItem.objects.filter(user=request.user, **target).delete()
        messages.success(request, f"Removed “{title}” from your saved pages.")
    else:
        SavedItem.objects.get_or_create(user=request.user, **target)
        messages.success(request, f"Saved “{title}”. Find it on your saved pages.")
    return _back(request, fallback)


@login_required
@require_POST
def save_page(request, page_id):
    page = get_object_or_404(Page.objects.live().public(), pk=page_id)
    if page.specific_class is None or page.specific_class._meta.label_lower not in (
        SAVABLE_PAGE_TYPES
    ):
        raise Http404("Only case studies and learning guides can be saved.")
    return _toggle(request, page.url, page.title, page=page)


@login_required
@require_POST
def save_topic(request, topic_id):
    topic = get_object_or_404(Topic.objects.select_related("community"), pk=topic_id)
    if not CommunityAccess.for_request(request).can_read(topic.community):
        raise Http404("No topic you may read has this address.")
    return _toggle(request, topic.get_absolute_url(), topic.title, topic=topic)


@login_required
def saved(request):
    """Everything this person saved that they may still read, newest first."""
    access = CommunityAccess.for_request(request)
    items = SavedItem.objects.filter(user=request.user).select_related(
        "page", "topic", "topic__community"
    )
    page_ids = [i.page_id for i in items if i.page_id]
    pages = {p.pk: p for p in Page.objects.live().public().filter(pk__in=page_ids).specific()}
    rows = []
    for item in items:
        if item.page_id:
            page = pages.get(item.page_id)
            if page is None:
                continue
            kind = "Case study" if page._meta.model_name == "casestudypage" else "Learning guide"
            summary = getattr(page, "summary", "")
            rows.append(
                {
                    "item": item,
                    "title": page.title,
                    "url": page.url,
                    "kind": kind,
                    "summary": summary,
                    "page": page,
                }
            )
        elif item.topic_id and access.can_read(item.topic.community) and not item.topic.hidden_at:
            rows.append(
                {
                    "item": item,
                    "title": item.topic.title,
                    "url": item.topic.get_absolute_url(),
                    "kind": f"Discussion in {item.topic.community.name}",
                    "summary": "",
                    "topic": item.topic,
                }
            )
    return render(request, "reading_list/saved.html", {"rows": rows})

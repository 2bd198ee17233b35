"""Subscribing to alerts, confirming them, managing them and leaving them."""

import datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from . import scopes, throttle
from .forms import AlertForm, NewAlertForm
from .models import Alert
from .sending import confirm_days
from .tasks import send_confirmation_email

MAX_ALERTS_PER_PERSON = 100


def _scope_and_request(params):
    scope = scopes.SCOPES.get(params.get("scope", "search"))
    if scope is None:
        raise Http404("There is no search of that kind.")
    query = QueryDict(mutable=True)
    for key, values in params.lists():
        if key not in ("scope", "name", "frequency", "email", "csrfmiddlewaretoken"):
            query.setlist(key, values)
    search_request = scopes.read(scope, query.urlencode())
    return scope, search_request


@never_cache
def new(request):
    """‘Get e-mail alerts’ for a search: signed in, the alert starts at once; otherwise we
    e-mail a link to confirm the address first (double opt-in)."""
    params = request.POST if request.method == "POST" else request.GET
    scope, search_request = _scope_and_request(params)
    description = scopes.describe(scope, search_request)
    query_string = scopes.canonical_query(search_request)
    signed_in = request.user.is_authenticated
    form = NewAlertForm(request.POST or None, ask_email=not signed_in)
    status = 200
    if request.method == "POST" and form.is_valid():
        if not throttle.allow("alert-create", throttle.who(request)):
            form.add_error(None, throttle.message("alert-create"))
            status = 429
        elif signed_in and request.user.search_alerts.count() >= MAX_ALERTS_PER_PERSON:
            form.add_error(
                None,
                f"You have {MAX_ALERTS_PER_PERSON} alerts, the most one person can have. "
                "Delete one you no longer need first.",
            )
            status = 400
        else:
            return _create(request, form, scope, query_string, description)
    elif request.method == "POST":
        status = 400
    context = {
        "form": form,
        "scope": scope,
        "description": description,
        "query_string": query_string,
        "results_url": scope.path() + (f"?{query_string}" if query_string else ""),
        "frequency_help": form.fields["frequency"].help_by_value,
    }
    return render(request, "alerts/new.html", context, status=status)


def _create(request, form, scope, query_string, description):
    now = timezone.now()
    name = form.cleaned_data["name"].strip() or description[:120]
    fields = {
        "name": name,
        "scope": scope.name,
        "query_string": query_string,
        "frequency": form.cleaned_data["frequency"],
        "checked_until": now,
    }
    if request.user.is_authenticated:
        Alert.objects.create(user=request.user, confirmed_at=now, **fields)
        messages.success(request, f"Your alert “{name}” is set up.")
        return redirect("alerts:index")
    email = form.cleaned_data["email"].strip().lower()
    existing = Alert.objects.filter(
        user=None, email=email, scope=scope.name, query_string=query_string
    ).first()
    if existing is not None and existing.is_confirmed:
        # Say the same as for a new one: the page must not reveal who has which alert.
        return render(request, "alerts/check_email.html", {"email": email})
    if not throttle.allow("alert-confirm-email", email):
        form.add_error("email", throttle.message("alert-confirm-email"))
        context = {
            "form": form,
            "scope": scope,
            "description": description,
            "query_string": query_string,
            "results_url": scope.path() + (f"?{query_string}" if query_string else ""),
        }
        return render(request, "alerts/new.html", context, status=429)
    if existing is None:
        existing = Alert.objects.create(email=email, **fields)
    else:
        Alert.objects.filter(pk=existing.pk).update(**fields, created_at=now)
    send_confirmation_email.enqueue(existing.pk)
    return render(request, "alerts/check_email.html", {"email": email})


@never_cache
def confirm(request, token):
    """The link in the confirmation e-mail. GET asks (so link scanners confirm nothing);
    POST starts the alert."""
    alert = Alert.objects.filter(confirm_token=token[:64]).first()
    if alert is None:
        return render(request, "alerts/link_invalid.html", status=404)
    if alert.is_confirmed:
        return render(request, "alerts/confirmed.html", {"alert": alert})
    expires = alert.created_at + datetime.timedelta(days=confirm_days())
    if timezone.now() > expires:
        return render(request, "alerts/link_invalid.html", {"expired": True}, status=410)
    if request.method == "POST":
        now = timezone.now()
        Alert.objects.filter(pk=alert.pk, confirmed_at__isnull=True).update(
            confirmed_at=now, checked_until=now, updated_at=now
        )
        alert.refresh_from_db()
        return render(request, "alerts/confirmed.html", {"alert": alert})
    return render(request, "alerts/confirm.html", {"alert": alert})


@csrf_exempt  # the secret token is the credential; mail programs POST here (RFC 8058)
@never_cache
def unsubscribe(request, token):
    """The link in every alert e-mail, for that alert only: works without signing in. GET asks
    to confirm (link scanners cannot unsubscribe anyone); POST deletes the alert."""
    alert = Alert.objects.filter(token=token[:64]).first()
    if alert is None:
        return render(request, "alerts/link_invalid.html", {"unsubscribe": True}, status=404)
    if request.method == "POST":
        name = alert.name
        alert.delete()
        return render(request, "alerts/unsubscribed.html", {"name": name})
    if request.method not in ("GET", "HEAD"):
        raise Http404
    return render(request, "alerts/unsubscribe.html", {"alert": alert})


@login_required
def index(request):
    """Everything this person has asked to be e-mailed about searches."""
    return render(request, "alerts/index.html", {"rows": rows_for(request.user)})


def rows_for(user):
    """Rows for the alerts table: each alert, what it matches in words, and its results."""
    rows = []
    for alert in user.search_alerts.order_by("name", "pk"):
        scope = scopes.SCOPES.get(alert.scope)
        if scope is None:
            continue
        search_request = scopes.read(scope, alert.query_string)
        rows.append(
            {
                "alert": alert,
                "description": scopes.describe(scope, search_request),
                "results_url": scope.path()
                + (f"?{alert.query_string}" if alert.query_string else ""),
            }
        )
    return rows


@login_required
def edit(request, alert_id):
    """Rename an alert or change how often it comes."""
    alert = get_object_or_404(Alert, pk=alert_id, user=request.user)
    form = AlertForm(request.POST or None, instance=alert)
    status = 200
    if request.method == "POST":
        if not throttle.allow("alert-change", throttle.who(request)):
            form.is_valid()
            form.add_error(None, throttle.message("alert-change"))
            status = 429
        elif form.is_valid():
            alert = form.save(commit=False)
            alert.updated_at = timezone.now()
            alert.save()
            messages.success(request, f"Your alert “{alert.name}” is saved.")
            return redirect("alerts:index")
        else:
            status = 400
    scope = scopes.SCOPES.get(alert.scope)
    context = {
        "form": form,
        "alert": alert,
        "description": scopes.describe(scope, scopes.read(scope, alert.query_string))
        if scope
        else "",
        "frequency_help": form.fields["frequency"].help_by_value,
    }
    return render(request, "alerts/edit.html", context, status=status)


@login_required
@require_POST
def pause(request, alert_id):
    """Pause (nothing is sent) or resume (from now: nothing from the pause is sent later)."""
    alert = get_object_or_404(Alert, pk=alert_id, user=request.user)
    if not throttle.allow("alert-change", throttle.who(request)):
        messages.error(request, throttle.message("alert-change"))
        return redirect("alerts:index")
    resume = request.POST.get("paused") == "0"
    now = timezone.now()
    if resume and alert.is_paused:
        Alert.objects.filter(pk=alert.pk).update(is_paused=False, checked_until=now, updated_at=now)
        messages.success(request, f"Your alert “{alert.name}” is on again.")
    elif not resume and not alert.is_paused:
        Alert.objects.filter(pk=alert.pk).update(is_paused=True, updated_at=now)
        messages.success(
            request,
            f"Your alert “{alert.name}” is paused. We will send nothing until you resume it.",
        )
    return redirect("alerts:index")


@login_required
def delete(request, alert_id):
    alert = get_object_or_404(Alert, pk=alert_id, user=request.user)
    if request.method == "POST":
        if not throttle.allow("alert-change", throttle.who(request)):
            messages.error(request, throttle.message("alert-change"))
            return redirect("alerts:index")
        alert.delete()
        messages.success(request, f"Your alert “{alert.name}” is deleted.")
        return redirect("alerts:index")
    return render(request, "alerts/delete.html", {"alert": alert})

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache

from core.throttle import allow, client_ip

from . import access
from .domains import allowed_domains_text
from .forms import AccessRequestForm, ProfileForm


@login_required
def profile(request):
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Your profile has been updated.")
        return redirect("account_profile")
    return render(request, "account/profile.html", {"form": form})


@never_cache
def request_access(request):
    """Anyone in health and care without an NHS address asks an editor for an account."""
    form = AccessRequestForm(request.POST or None)
    status = 200
    if request.method == "POST":
        limit, seconds = getattr(settings, "ACCESS_REQUEST_RATE", (5, 3600))
        if not form.is_valid():
            status = 400
        elif not allow("access-request", client_ip(request), limit=limit, seconds=seconds):
            form.add_error(
                None,
                "Too many requests have come from your network. Try again in an hour: "
                "what you typed is still here.",
            )
            status = 429
        else:
            access.receive(form.cleaned_data)
            request.session["access_requested"] = form.cleaned_data["email"]
            return redirect("account_request_access_done")
    return render(
        request,
        "account/request_access.html",
        {"form": form, "domains": allowed_domains_text()},
        status=status,
    )


@never_cache
def request_access_done(request):
    email = request.session.get("access_requested")
    if not email:
        return redirect("account_request_access")
    return render(request, "account/request_access_done.html", {"email": email})

"""The load test's workload, run by bench/load_test.py (`make bench-load`); not on its own.

MixedWorkload: each simulated person makes, at random, 70% page reads (home, care model hubs,
case studies, guides and their chapters, vanguards, communities and topics), 25% searches with
filters (/search/?q=…&care_model=… and other facets) and 5% replies to an open-community topic.
Reads and searches are anonymous, as most readers arrive from e-mail links; replies go through a
second, signed-in session (one load-test account per simulated person, signed in once through
the allauth form by bench/load_test.py before the clock starts). Every request is checked: a
non-200 answer, or a reply that is not shown afterwards, is a failure.

CachedPage: everyone reads one case study as fast as they can (the anonymous page cache's
throughput), for comparison with the ~100 requests/s the developers' guide gives for Wagtail's
bakerydemo.

The plan (addresses found by crawling the site, topics to reply to, the members' session
cookies) comes from the JSON file named by LOAD_PLAN.
"""

import itertools
import json
import os
import random
import threading
import uuid
from pathlib import Path
from urllib.parse import urlsplit

from locust import HttpUser, between, constant, task
from locust.clients import HttpSession

PLAN = json.loads(Path(os.environ["LOAD_PLAN"]).read_text(encoding="utf-8"))
SEARCH_TERMS = [
    "care homes",
    "red bag",
    "multidisciplinary team",
    "discharge",
    "frailty",
    "evaluation",
    "workforce",
    "A&E",
    "GP",
    "shared records",
    "hospital admissions",
    "medicines review",
]
# Each simulated person replies as a different load-test account, signed in beforehand.
_members = itertools.cycle(PLAN["members"])
_members_lock = threading.Lock()


def expect_ok(response, must_contain=None):
    if response.status_code != 200:
        response.failure(f"{response.status_code} for {response.url}")
    elif must_contain and must_contain not in response.text:
        response.failure(f"{response.url} does not show {must_contain!r}")
    else:
        response.success()


class MixedWorkload(HttpUser):
    # Busy people: a short pause between pages, not a minute of reading.
    wait_time = between(0, 0.5)

    def on_start(self):
        with _members_lock:
            cookies = next(_members)
        self.member = HttpSession(
            base_url=self.host, request_event=self.environment.events.request, user=self
        )
        # As the server's own Set-Cookie would store them, so its later ones replace these.
        host = urlsplit(self.host).hostname
        for name, value in cookies.items():
            self.member.cookies.set(name, value, domain=host, path="/")

    def csrf_token(self):
        return [c.value for c in self.member.cookies if c.name == "csrftoken"][-1]

    @task(70)
    def read(self):
        path = random.choice(PLAN["reads"])
        with self.client.get(path, name="read a page", catch_response=True) as response:
            expect_ok(response)

    @task(25)
    def search(self):
        params = {"q": random.choice(SEARCH_TERMS)}
        facet = random.random()
        if facet < 0.6:
            params["care_model"] = random.choice(PLAN["care_models"])
        elif facet < 0.8:
            params["support_area"] = random.choice(PLAN["support_areas"])
        else:
            params["type"] = random.choice(["case_study", "learning_guide", "topic"])
        if random.random() < 0.2:
            params["sort"] = "newest"
        with self.client.get(
            "/search/", params=params, name="search with filters", catch_response=True
        ) as response:
            expect_ok(response, "Filter")

    @task(5)
    def post(self):
        topic = random.choice(PLAN["topics"])
        text = f"Load test reply {uuid.uuid4().hex[:12]}: we tried this too and it helped."
        with self.member.post(
            f"{topic}reply/",
            {"body": text},
            headers={"X-CSRFToken": self.csrf_token()},
            name="post a reply",
            catch_response=True,
        ) as response:
            expect_ok(response, text)


class CachedPage(HttpUser):
    wait_time = constant(0)

    @task
    def read_cached_case_study(self):
        with self.client.get(
            PLAN["cached_page"], name="cached case study", catch_response=True
        ) as response:
            expect_ok(response)
            if response.headers.get("X-Page-Cache") not in ("hit", "miss"):
                response.failure("not served through the anonymous page cache")

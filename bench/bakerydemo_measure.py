"""Measures bakerydemo's pages the way bench/page_bench.py measures ours; prints JSON.

Run by page_bench.py with bakerydemo's own Python, in its checkout, with its production settings
(bench/bakerydemo_setup.py prepares all three). It imports nothing of our project: only Django,
Wagtail, bakerydemo and bench/render_timing.py, the measuring loop both sides share (standard
library only, loaded by its path). For each page: one request that must answer 200, 3 warm
requests, the SQL queries of one request, then the medians of wall-clock, thread CPU time and
the time off the CPU (waiting for a CPU; blocked) of `--requests` requests through
`django.test.Client`, anonymous (bakerydemo has no signed-in reader pages).
"""

import argparse
import importlib.util
import json
import os
import sys
from pathlib import Path

sys.path[0] = os.getcwd()  # bakerydemo's checkout, not bench/


def shared_loop():
    """bench/render_timing.py, by path: bench/ is not a package bakerydemo's Python can import,
    and putting bench/ on sys.path could shadow bakerydemo's own modules."""
    path = Path(__file__).resolve().with_name("render_timing.py")
    spec = importlib.util.spec_from_file_location("render_timing", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def find_urls():
    from bakerydemo.blog.models import BlogIndexPage, BlogPage

    return {
        "blog post": BlogPage.objects.live().order_by("path").first().url,
        "blog index": BlogIndexPage.objects.live().first().url,
        "search": "/search/?q=bread",
    }


def measure(requests):
    import django

    django.setup()
    import wagtail
    from django.test import Client

    measure_page = shared_loop().measure_page
    client = Client()
    pages = {}
    for name, url in find_urls().items():
        pages[name] = {"url": url, "anonymous": measure_page(client, url, requests)}
    return {
        "pages": pages,
        "versions": {
            "wagtail": wagtail.__version__,
            "django": django.get_version(),
            "python": sys.version.split()[0],
        },
    }


def profile(name, requests):
    """Where the CPU time of one page goes (timers, then a cProfile of `requests` warm renders in
    CPU time), as page_bench.py --profile does for ours (`--profile-bakerydemo "blog post"`)."""
    import django

    django.setup()
    from django.test import Client

    shared_loop().profile(Client(), find_urls()[name], requests, f"bakerydemo {name}, anonymous")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=21)
    parser.add_argument("--profile", choices=["blog post", "blog index", "search"])
    args = parser.parse_args()
    if args.profile:
        profile(args.profile, args.requests)
    else:
        print(json.dumps(measure(args.requests)))

"""Measures bakerydemo's pages the way bench/page_bench.py measures ours; prints JSON.

Run by page_bench.py with bakerydemo's own Python, in its checkout, with its production settings
(bench/bakerydemo_setup.py prepares all three). It imports nothing of ours: only Django, Wagtail
and bakerydemo. For each page: one request that must answer 200, 3 warm requests, the SQL
queries of one request, then the median wall-clock and thread CPU time of `--requests` requests
through `django.test.Client`, anonymous (bakerydemo has no signed-in reader pages).
"""

import argparse
import json
import os
import statistics
import sys
import time

sys.path[0] = os.getcwd()  # bakerydemo's checkout, not bench/


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
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    pages = {}
    for name, url in find_urls().items():
        response = client.get(url)
        if response.status_code != 200:
            pages[name] = {"url": url, "anonymous": {"status": response.status_code}}
            continue
        for _ in range(3):  # warm: template loader, renditions, site root
            client.get(url)
        with CaptureQueriesContext(connection) as queries:
            client.get(url)
        count = len(queries)
        times, cpu = [], []
        for _ in range(requests):
            started, started_cpu = time.perf_counter(), time.thread_time()
            client.get(url)
            times.append((time.perf_counter() - started) * 1000)
            cpu.append((time.thread_time() - started_cpu) * 1000)
        pages[name] = {
            "url": url,
            "anonymous": {
                "status": 200,
                "median_ms": round(statistics.median(times), 1),
                "cpu_ms": round(statistics.median(cpu), 1),
                "queries": count,
                "bytes": len(response.content),
            },
        }
    return {
        "pages": pages,
        "versions": {
            "wagtail": wagtail.__version__,
            "django": django.get_version(),
            "python": sys.version.split()[0],
        },
    }


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=21)
    args = parser.parse_args()
    print(json.dumps(measure(args.requests)))

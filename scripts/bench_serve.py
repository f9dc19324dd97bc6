"""Load on `ump-kg serve`: N concurrent clients (default 50) for S seconds (default 30) on
127.0.0.1, half asking /sparql (library queries), half entity pages (HTML and Turtle); prints
errors, requests per second, p50 and p95 per kind. Then headless Chromium takes screenshots of
the main pages for review.

    python scripts/bench_serve.py [--store DIR] [--clients 50] [--seconds 30] [--shots DIR]

The store must be built (`ump-kg build`). Only 127.0.0.1 is contacted; the run is bounded in
time and stops the server it started."""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import pyoxigraph as ox

QUERIES = ["host-cities", "timeline", "class-counts", "team-meetings-by-year", "sources"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def entity_paths(store: Path, base: str) -> list[str]:
    """Pages of cities, meetings, organisations and people in the store."""
    db = ox.Store.read_only(str(store))
    paths = sorted(
        {
            q.subject.value[len(base) :]
            for q in db.quads_for_pattern(None, ox.NamedNode(RDF_TYPE), None)
            if isinstance(q.subject, ox.NamedNode)
            and q.subject.value.startswith(base + "id/")
            and q.subject.value[len(base) :].split("/")[1]
            in ("city", "meeting", "organisation", "person", "conference")
        }
    )
    del db
    return paths


RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def start_server(
    store: Path, port: int, *extra: str, env: dict[str, str] | None = None
) -> subprocess.Popen[bytes]:
    """`ump-kg serve` on 127.0.0.1:port, once it answers (the tests start theirs this way too)."""
    environment = {**os.environ, "UMP_KG_STORE": str(store), **(env or {})}
    process = subprocess.Popen(
        [sys.executable, "-m", "ump_kg", "serve", "--port", str(port), *extra],
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/sparql", timeout=2).status_code == 200:
                return process
        except httpx.TransportError:
            time.sleep(0.2)
        if process.poll() is not None:
            message = process.stderr.read().decode() if process.stderr else ""
            raise RuntimeError(f"ump-kg serve stopped: {message}")
    process.kill()
    raise RuntimeError("ump-kg serve did not answer within 60 s")


def sparql_text(name: str) -> str:
    from ump_kg.query.library import library

    return library()[name].text


async def client(
    url: str,
    pages: list[str],
    texts: list[str],
    until: float,
    seed: int,
    timings: dict[str, list[float]],
    errors: list[str],
) -> None:
    chooser = random.Random(seed)
    async with httpx.AsyncClient(base_url=url, timeout=30) as http:
        while time.monotonic() < until:
            kind = chooser.choice(["sparql", "html", "turtle"])
            started = time.perf_counter()
            if kind == "sparql":
                response = await http.post(
                    "/sparql",
                    data={"query": chooser.choice(texts)},
                    headers={"Accept": "application/sparql-results+json"},
                )
            else:
                suffix = ".html" if kind == "html" else ".ttl"
                response = await http.get("/" + chooser.choice(pages) + suffix)
            timings[kind].append(time.perf_counter() - started)
            if response.status_code != 200:
                errors.append(f"{kind} {response.status_code}")


async def load(url: str, pages: list[str], clients: int, seconds: float) -> None:
    texts = [sparql_text(n) for n in QUERIES]
    timings: dict[str, list[float]] = {"sparql": [], "html": [], "turtle": []}
    errors: list[str] = []
    until = time.monotonic() + seconds
    await asyncio.gather(
        *(client(url, pages, texts, until, i, timings, errors) for i in range(clients))
    )
    total = sum(len(t) for t in timings.values())
    print(
        f"{clients} clients, {seconds:g} s: {total} requests ({total / seconds:.0f}/s), {len(errors)} errors"
    )
    for kind, values in [*timings.items(), ("all", [v for t in timings.values() for v in t])]:
        if len(values) < 2:
            continue
        cuts = statistics.quantiles(values, n=100)
        print(
            f"  {kind:7} n={len(values):6}  p50 {cuts[49] * 1000:7.1f} ms  p95 {cuts[94] * 1000:7.1f} ms"
        )
    if errors:
        print("  errors:", sorted(set(errors))[:10])


BROWSER_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)


def chromium(*extra: str) -> Any:
    """Debian's chromium through Debian's chromium-driver (same version; nothing downloaded)."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in (*BROWSER_FLAGS, *extra):
        options.add_argument(flag)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def screenshots(url: str, folder: Path) -> None:
    driver = chromium("--window-size=1280,1100")
    folder.mkdir(parents=True, exist_ok=True)
    pages = {
        "home": "/?lang=pl",
        "search": "/search?q=Lublinie",
        "city": "/id/city/lublin.html",
        "query": "/queries/city?run=1&city=Krakowa",
        "timeline": "/timeline",
        "map": "/map",
        "editor": "/editor?lang=en",
        "check": "/check",
        "ontology": "/docs/ontology.en.html",
    }
    try:
        for name, path in pages.items():
            driver.get(url + path)
            time.sleep(1.5 if name == "editor" else 0.3)
            driver.save_screenshot(str(folder / f"{name}.png"))
    finally:
        driver.quit()
    print(f"screenshots: {folder}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    default_store = os.environ.get("UMP_KG_STORE") or str(Path.home() / ".local/share/ump-kg/store")
    parser.add_argument("--store", default=default_store)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--shots", default="/tmp/ump-kg-serve-screenshots")
    args = parser.parse_args()
    from ump_kg.config import base_iri

    store = Path(args.store)
    pages = entity_paths(store, base_iri())
    port = free_port()
    server = start_server(store, port)
    try:
        url = f"http://127.0.0.1:{port}"
        asyncio.run(load(url, pages, args.clients, min(args.seconds, 120.0)))
        screenshots(url, Path(args.shots))
    finally:
        server.terminate()
        server.wait(10)


if __name__ == "__main__":
    main()

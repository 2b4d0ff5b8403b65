#!/usr/bin/env python3
"""dbcloud benchmarks, side by side in one run against local emulators.

    python3 bench/run.py            # builds the release binary, runs everything, writes bench/RESULTS.md
    python3 bench/run.py writes     # only the writes under failure (bench/writes.py: its section of RESULTS.md)

Each figure of issue 13 next to what it is compared with, measured in the same run:
- start-up: `dbcloud --version` against `curl --version` (target: at most 0.5x);
- one request: dbcloud against curl, same request;
- a 10,000-cluster list (20 pages): dbcloud against a curl loop over the same pages kept to the same published
  limit (10 requests a second), and dbcloud's peak memory at 10,000 and 100,000 clusters (target: at most
  32 MiB, and 100,000 no more than 10% above 10,000);
- `dbcloud ls` over 20 (and 200) profiles x 2 clouds, each profile with its own keys, with 100 ms of server
  latency, against its floor, one round trip (curl, same latency) (target: at most 0.3 s wall, 0.08 s CPU);
- the size of the release binary, emulator embedded (target: at most 12 MB).
Times are medians of several runs; CPU is user + system time; peak memory is the largest resident set. Compare
numbers from the same run only. Never run from the test suite.
"""

import base64
import json
import os
import platform
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import writes

ROOT = Path(__file__).resolve().parent.parent
TARGET = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target")) / "release"
# BENCH_BIN: an already built binary (the script then builds nothing), e.g. to try the script itself.
DBCLOUD = Path(os.environ.get("BENCH_BIN", TARGET / "dbcloud"))
CLUSTERS = int(os.environ.get("BENCH_CLUSTERS", 10_000))
BIG = int(os.environ.get("BENCH_BIG", 100_000))
PROFILES = 20
MANY_PROFILES = 200
LATENCY_MS = 100
CRDB_VERSION = "2024-09-16"
MB = 1_000_000
MIB = 1024 * 1024


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run_once(cmd, env, stdout=subprocess.DEVNULL):
    """Wall time (s), CPU time (s) and peak resident set (bytes) of one run. The peak is GNU time's (the
    child's own: a forked Python's pages would count in wait4's); the CPU time is wait4's, finer than time's."""
    with tempfile.NamedTemporaryFile("r") as peak:
        start = time.perf_counter()
        proc = subprocess.Popen(["/usr/bin/time", "-f", "%M", "-o", peak.name] + [str(c) for c in cmd], env=env,
                                stdout=stdout, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        err = proc.stderr.read().decode(errors="replace")
        proc.stderr.close()
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            sys.exit(f"failed ({proc.returncode}): {' '.join(map(str, cmd))}\n{err}")
        kib = int(peak.read().strip().splitlines()[-1])
    return wall, usage.ru_utime + usage.ru_stime, kib * 1024


def measure(cmd, env, runs, out_path=None):
    """Median wall and CPU time (s), largest peak memory (bytes) over `runs` runs; stdout to `out_path`
    (the last run's) or nowhere."""
    results = []
    for _ in range(runs):
        if out_path is None:
            results.append(run_once(cmd, env))
        else:
            with open(out_path, "wb") as out:
                results.append(run_once(cmd, env, out))
    return (statistics.median(r[0] for r in results), statistics.median(r[1] for r in results),
            max(r[2] for r in results))


class Emulator:
    """The embedded emulator (`dbcloud emulator serve`) on a free port, rate limits off."""

    def __init__(self, *args):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc = subprocess.Popen(
            [DBCLOUD, "emulator", "serve", "--addr", f"127.0.0.1:{self.port}", "--rate-limits", "off", "--quiet",
             *map(str, args)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(600):
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.1).close()
                break
            except OSError:
                time.sleep(0.1)
        self.config = self.get("/_emulator/config")

    def call(self, method, path, body=None, headers=None):
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(self.url + path, data=data, method=method, headers=headers or {})
        if data is not None:
            req.add_header("Content-Type", "application/json")
        with urllib.request.urlopen(req, timeout=600) as resp:
            return json.loads(resp.read() or b"null")

    def get(self, path, headers=None):
        return self.call("GET", path, headers=headers)

    def crdb_headers(self, key=None):
        return {"Authorization": f"Bearer {key or self.config['cockroach']['api_key']}", "Cc-Version": CRDB_VERSION}

    def ch_headers(self):
        ch = self.config["clickhouse"]
        token = base64.b64encode(f"{ch['key_id']}:{ch['key_secret']}".encode()).decode()
        return {"Authorization": f"Basic {token}"}

    def env(self, home):
        return dict(os.environ, DBCLOUD_CONFIG=f"{home}/config.toml", CLICKHOUSE_API_URL=self.url,
                    COCKROACH_SERVER=self.url, CLICKHOUSE_CLOUD_API_KEY=self.config["clickhouse"]["key_id"],
                    CLICKHOUSE_CLOUD_API_SECRET=self.config["clickhouse"]["key_secret"],
                    COCKROACH_API_KEY=self.config["cockroach"]["api_key"], CI="1")

    def stop(self):
        self.proc.terminate()
        self.proc.wait()


def curl_request(emu, path):
    headers = emu.crdb_headers()
    cmd = ["curl", "-sf", "-o", "/dev/null"]
    for k, v in headers.items():
        cmd += ["-H", f"{k}: {v}"]
    return cmd + [emu.url + path]


def paced_curl_loop(emu, paths):
    """One curl per page, in order, kept to 10 requests in any second (the limit dbcloud keeps to)."""
    sent = []
    start = time.perf_counter()
    cpu = 0.0
    for path in paths:
        now = time.perf_counter()
        sent = [t for t in sent if now - t < 1.0]
        if len(sent) >= 10:
            time.sleep(1.0 - (now - sent[0]))
        sent.append(time.perf_counter())
        _, c, _ = run_once(curl_request(emu, path), None)
        cpu += c
    return time.perf_counter() - start, cpu


def page_paths(emu, total):
    """The paths of every page of the cluster list, as dbcloud asks for them (500 at a time)."""
    paths, token = [], None
    while True:
        path = "/api/v1/clusters?pagination.limit=500" + (f"&pagination.page={token}" if token else "")
        paths.append(path)
        page = emu.get(path, emu.crdb_headers())
        pagination = page.get("pagination") or {}
        token = pagination.get("next_page") or pagination.get("next")
        if not token or not page.get("clusters"):
            break
    assert sum(1 for _ in paths) >= total // 500, paths
    return paths


def list_memory(total, home):
    """dbcloud's peak memory and time for a `total`-cluster JSON list; checks the output is the whole list."""
    emu = Emulator("--seed-clusters", total)
    try:
        out_path = Path(home) / f"clusters-{total}.json"
        runs = 3 if total <= CLUSTERS else 1
        wall, cpu, peak = measure([DBCLOUD, "crdb", "cluster", "list", "--json"], emu.env(home), runs, out_path)
        last = out_path.read_bytes()
        count = last.count(b'\n    "id": ')
        if count != total or not last.endswith(b"\n]\n"):
            sys.exit(f"the {total}-cluster list printed {count} clusters")
        if total <= CLUSTERS:
            json.loads(last)
        paths = page_paths(emu, total) if total <= CLUSTERS else None
        curl = paced_curl_loop(emu, paths) if paths else None
        out_path.unlink()
        return wall, cpu, peak, curl, (len(paths) if paths else total // 500)
    finally:
        emu.stop()


def fan_out(home, profiles_counts):
    """`dbcloud ls` over many profiles x 2 clouds, each profile its own keys, at LATENCY_MS of server latency."""
    emu = Emulator("--seed-clusters", 3, "--seed-services", 3)
    results = {}
    curl_fan = {}
    try:
        org = emu.get("/v1/organizations", emu.ch_headers())["result"][0]["id"]
        accounts = emu.get("/api/v1/api-keys", emu.crdb_headers())["api_keys"]
        account = accounts[0]["service_account_id"]
        keys = []
        for i in range(max(profiles_counts)):
            ch = emu.call("POST", f"/v1/organizations/{org}/keys", {"name": f"bench-{i}", "roles": ["admin"]},
                          emu.ch_headers())["result"]
            crdb = emu.call("POST", "/api/v1/api-keys", {"name": f"bench-{i}", "service_account_id": account},
                            emu.crdb_headers())
            keys.append((ch["keyId"], ch["keySecret"], crdb["secret"]))
        emu.call("PUT", "/_emulator/faults", {"latency_ms": LATENCY_MS})
        env = {k: v for k, v in emu.env(home).items() if not k.startswith(("COCKROACH_", "CLICKHOUSE_"))}
        floor = measure(curl_request(emu, "/api/v1/organization"), env, 5)
        for count in profiles_counts:
            config = Path(home) / "config.toml"
            with open(config, "w") as f:
                for i, (key_id, secret, crdb_key) in enumerate(keys[:count]):
                    f.write(f"[profiles.p{i}.clickhouse]\nkey_id = \"{key_id}\"\nkey_secret = \"{secret}\"\n"
                            f"organization = \"{org}\"\napi_url = \"{emu.url}\"\n"
                            f"[profiles.p{i}.cockroach]\napi_key = \"{crdb_key}\"\napi_url = \"{emu.url}\"\n")
            config.chmod(0o600)
            out = Path(home) / "ls.json"
            results[count] = measure([DBCLOUD, "ls", "--json"], env, 5, out)
            # The same requests sent by curl at once (`--parallel`), each with its profile's key: what the
            # requests themselves cost on this machine (a connection each, both ends on the same cores).
            curl_config = Path(home) / "fan-out.curl"
            blocks = []
            for key_id, secret, crdb_key in keys[:count]:
                basic = base64.b64encode(f"{key_id}:{secret}".encode()).decode()
                for path in (f"/v1/organizations/{org}/services", f"/v1/organizations/{org}/postgres"):
                    blocks.append(f'url = "{emu.url}{path}"\nheader = "Authorization: Basic {basic}"\n')
                blocks.append(f'url = "{emu.url}/api/v1/clusters"\nheader = "Authorization: Bearer {crdb_key}"\n'
                              f'header = "Cc-Version: {CRDB_VERSION}"\n')
            curl_config.write_text("next\n".join(b + 'output = "/dev/null"\nfail\n' for b in blocks))
            curl_fan[count] = measure(["curl", "-s", "--parallel", "--parallel-max", "1000", "-K", curl_config],
                                      env, 5)
            rows = json.loads(out.read_text())
            expected = count * (3 + 3)
            if len([r for r in rows if r["kind"] in ("service", "cluster")]) != expected:
                sys.exit(f"dbcloud ls over {count} profiles listed {len(rows)} databases, not {expected}")
        return floor, results, curl_fan
    finally:
        emu.stop()


def verdict(ok):
    return "met" if ok else "**not met**"


def main():
    if "BENCH_BIN" not in os.environ:
        subprocess.run(["cargo", "build", "--release", "--bin", "dbcloud", "--quiet"], cwd=ROOT, check=True)
    if sys.argv[1:] == ["writes"]:
        lines = writes.writes_section()
        writes.update_writes_section(lines)
        print("\n".join(lines))
        return
    home = tempfile.mkdtemp()
    size = DBCLOUD.stat().st_size

    emu = Emulator("--seed-services", 50)
    try:
        env = emu.env(home)
        startup = measure([DBCLOUD, "--version"], env, 30)
        curl_version = measure(["curl", "--version"], env, 30)
        one = measure([DBCLOUD, "crdb", "org", "get", "--json"], env, 20)
        curl_one = measure(curl_request(emu, "/api/v1/organization"), env, 20)
    finally:
        emu.stop()

    list10 = list_memory(CLUSTERS, home)
    list100 = list_memory(BIG, home)
    floor, fan, curl_fan = fan_out(home, [PROFILES, MANY_PROFILES])

    ms = lambda s: f"{s * 1000:.1f} ms"
    mib = lambda b: f"{b / MIB:.1f} MiB"
    pages = list10[4]
    limiter_floor = (pages - 1) // 10
    rows = [
        ("start-up: `dbcloud --version`", ms(startup[0]), ms(startup[1]), mib(startup[2]),
         f"{startup[0] / curl_version[0]:.2f}x `curl --version` ({ms(curl_version[0])}): ≤ 0.5x "
         f"{verdict(startup[0] <= 0.5 * curl_version[0])}"),
        ("one request: `dbcloud crdb org get --json`", ms(one[0]), ms(one[1]), mib(one[2]),
         f"{one[0] / curl_one[0]:.2f}x curl"),
        ("one request: `curl` (same request)", ms(curl_one[0]), ms(curl_one[1]), mib(curl_one[2]), ""),
        (f"{CLUSTERS:,} clusters, {pages} pages: `dbcloud crdb cluster list --json`", ms(list10[0]), ms(list10[1]),
         mib(list10[2]), f"{list10[0] / list10[3][0]:.2f}x the curl loop; ≤ 32 MiB {verdict(list10[2] <= 32 * MIB)}"),
        (f"{CLUSTERS:,} clusters: curl loop over the same pages, 10 a second", ms(list10[3][0]), ms(list10[3][1]),
         "", f"the limiter's floor: {limiter_floor} s"),
        (f"{BIG:,} clusters: `dbcloud crdb cluster list --json`", ms(list100[0]), ms(list100[1]), mib(list100[2]),
         f"{list100[2] / list10[2]:.2f}x the memory of {CLUSTERS:,}: ≤ 1.10x "
         f"{verdict(list100[2] <= 1.10 * list10[2])}"),
        (f"floor: one round trip, `curl` at {LATENCY_MS} ms latency", ms(floor[0]), ms(floor[1]), mib(floor[2]), ""),
    ]
    for count in (PROFILES, MANY_PROFILES):
        wall, cpu, peak = fan[count]
        curl_wall, curl_cpu, curl_peak = curl_fan[count]
        requests = count * 3
        if count == PROFILES:
            target = f"≤ 0.3 s wall {verdict(wall <= 0.3)}, ≤ 0.08 s CPU {verdict(cpu <= 0.08)}"
        else:
            target = (f"{wall / floor[0]:.2f}x one round trip; {wall / curl_wall:.2f}x curl's {requests} requests "
                      f"at once: ≤ 1x {verdict(wall <= curl_wall)}")
        rows.append((f"fan-out: `dbcloud ls --json`, {count} profiles x 2 clouds, {LATENCY_MS} ms latency",
                     ms(wall), ms(cpu), mib(peak), target))
        rows.append((f"fan-out: the same {requests} requests by `curl --parallel`", ms(curl_wall), ms(curl_cpu),
                     mib(curl_peak), ""))
    rows.append(("binary: `target/release/dbcloud` (emulator embedded)", "", "", "",
                 f"{size / MB:.1f} MB ({size / MIB:.1f} MiB): ≤ 12 MB {verdict(size <= 12 * MB)}"))

    cpu_name = "unknown"
    try:
        cpu_name = re.search(r"model name\s*:\s*(.*)", Path("/proc/cpuinfo").read_text()).group(1)
    except (OSError, AttributeError):
        pass
    lines = [
        "# Benchmark results",
        "",
        f"Run by `python3 bench/run.py` on {time.strftime('%Y-%m-%d')}, {platform.machine()}, {os.cpu_count()} "
        f"cores ({cpu_name}), release build, against the embedded emulator (`dbcloud emulator serve`) with its "
        "rate limits off. Times are medians; CPU is user + system; peak memory is the largest resident set seen.",
        "",
        "| what | wall | CPU | peak memory | against (target) |",
        "|---|---:|---:|---:|---|",
    ]
    lines += [f"| {' | '.join(row)} |" for row in rows]
    lines += [
        "",
        f"The cluster lists are pages of 500; their time is set by dbcloud's client-side limiter, which keeps to "
        "CockroachDB's published 10 requests per second (the emulator's own limits are off here), so the curl "
        "loop is kept to the same limit. With `-o json` each page is written as it arrives, so memory does not "
        "grow with the list. The fan-out gives each profile its own API keys (the limiter is per key); all its "
        "requests share one HTTP client and go out at once. Each profile asks three lists (ClickHouse services and "
        "Postgres services, CockroachDB clusters), each on its own connection as HTTP/1.1 requires when they go "
        "out at once; at 200 profiles those 600 connections, with the emulator answering them on the same two "
        "cores, cost more than the round trip itself, so the measure of \"one round trip plus parsing\" is curl "
        "sending the same 600 requests at once. Each distinct API host is tried once for reachability (not once "
        "per profile).",
    ]
    lines += ["", *writes.existing_section()]
    results = Path(os.environ.get("BENCH_RESULTS", ROOT / "bench" / "RESULTS.md"))
    results.write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()

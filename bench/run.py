#!/usr/bin/env python3
"""dbcloud benchmarks, side by side in one run against one local emulator.

    python3 bench/run.py            # builds release binaries, runs everything, writes bench/RESULTS.md

Measures: start-up (`dbcloud --version`), one request (dbcloud vs curl), a 10,000-cluster paginated list
(time and peak memory), and a fan-out over many profiles (`dbcloud ls`). Timings are medians of several
runs on this machine; compare numbers from the same run only. Never run from the test suite.
"""

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
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target")) / "release"
DBCLOUD = TARGET / "dbcloud"
EMULATOR = TARGET / "dbcloud-emulator"
CLUSTERS = 10_000
PROFILES = 20


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def timed(cmd, env, runs):
    """Median wall time (ms) and peak RSS (KiB, from /usr/bin/time) over `runs` runs."""
    times, peaks = [], []
    for _ in range(runs):
        start = time.perf_counter()
        out = subprocess.run(["/usr/bin/time", "-f", "%M"] + cmd, env=env, capture_output=True, text=True)
        times.append((time.perf_counter() - start) * 1000)
        if out.returncode != 0:
            sys.exit(f"failed: {' '.join(map(str, cmd))}\n{out.stderr}")
        peaks.append(int(out.stderr.strip().splitlines()[-1]))
    return statistics.median(times), max(peaks)


def main():
    subprocess.run(["cargo", "build", "--release", "--workspace", "--quiet"], cwd=ROOT, check=True)
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    emulator = subprocess.Popen(
        [EMULATOR, "--addr", f"127.0.0.1:{port}", "--seed-clusters", str(CLUSTERS), "--seed-services", "50",
         "--rate-limits", "off", "--quiet"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.1).close()
                break
            except OSError:
                time.sleep(0.1)
        config = json.loads(subprocess.run(["curl", "-s", f"{url}/_emulator/config"], capture_output=True,
                                           text=True, check=True).stdout)
        tmp = tempfile.mkdtemp()
        env = dict(os.environ, DBCLOUD_CONFIG=f"{tmp}/config.toml", CLICKHOUSE_API_URL=url, COCKROACH_SERVER=url,
                   CLICKHOUSE_CLOUD_API_KEY=config["clickhouse"]["key_id"],
                   CLICKHOUSE_CLOUD_API_SECRET=config["clickhouse"]["key_secret"],
                   COCKROACH_API_KEY=config["cockroach"]["api_key"], CI="1")
        crdb_key = config["cockroach"]["api_key"]
        rows = []
        t, m = timed([DBCLOUD, "--version"], env, 30)
        rows.append(("start-up: `dbcloud --version`", t, m))
        t, m = timed([DBCLOUD, "crdb", "org", "get", "--json"], env, 20)
        rows.append(("one request: `dbcloud crdb org get --json`", t, m))
        t, m = timed(["curl", "-s", "-H", f"Authorization: Bearer {crdb_key}",
                      "-H", "Cc-Version: 2024-09-16", f"{url}/api/v1/organization"], env, 20)
        rows.append(("one request: `curl` (same request)", t, m))
        t, m = timed([DBCLOUD, "crdb", "cluster", "list", "--json"], env, 5)
        rows.append((f"{CLUSTERS:,} clusters, every page: `dbcloud crdb cluster list --json`", t, m))
        t, m = timed([DBCLOUD, "ch", "service", "list", "--json"], env, 10)
        rows.append(("50 services: `dbcloud ch service list --json`", t, m))
        with open(f"{tmp}/config.toml", "w") as f:
            for i in range(PROFILES):
                f.write(f"[profiles.p{i}.cockroach]\napi_key = \"{crdb_key}\"\napi_url = \"{url}\"\n")
        fan_env = {k: v for k, v in env.items() if not k.startswith(("COCKROACH_", "CLICKHOUSE_"))}
        t, m = timed([DBCLOUD, "ls", "--provider", "cockroach", "--json"], fan_env, 3)
        rows.append((f"fan-out: `dbcloud ls` over {PROFILES} profiles x {CLUSTERS:,} clusters", t, m))
    finally:
        emulator.terminate()
        emulator.wait()

    cpu = "unknown"
    try:
        cpu = re.search(r"model name\s*:\s*(.*)", Path("/proc/cpuinfo").read_text()).group(1)
    except (OSError, AttributeError):
        pass
    lines = [
        "# Benchmark results",
        "",
        f"Run by `python3 bench/run.py` on {time.strftime('%Y-%m-%d')}, {platform.machine()}, {os.cpu_count()} cores "
        f"({cpu}), release build, against the local emulator with rate limits off. Medians; peak memory is the "
        "largest resident set seen.",
        "",
        "| what | median time | peak memory |",
        "|---|---:|---:|",
    ]
    lines += [f"| {name} | {t:.1f} ms | {m / 1024:.1f} MiB |" for name, t, m in rows]
    lines += [
        "",
        "The 10,000-cluster list is 20 pages of 500; its time is set by dbcloud's client-side limiter, which keeps "
        "to CockroachDB's published 10 requests per second (the emulator's own limits are off here). The fan-out "
        "runs its 20 profiles concurrently, each with its own limiter, so it is bound by parsing 200,000 clusters.",
    ]
    (ROOT / "bench" / "RESULTS.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""dbcloud benchmarks, side by side in one run against one local emulator.

    python3 bench/run.py            # builds release binaries, runs everything, writes bench/RESULTS.md

    python3 bench/run.py writes     # only the writes under failure (its section of RESULTS.md)

Measures: start-up (`dbcloud --version`), one request (dbcloud vs curl), a 10,000-cluster paginated list
(time and peak memory), a fan-out over many profiles (`dbcloud ls`), and writes under failure (issue 12: 30
creates, updates and deletes per cloud against an emulator that fails, resets and loses answers). Timings are
medians of several runs on this machine; compare numbers from the same run only. Never run from the test suite.
"""

import concurrent.futures
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
WRITES = 30
# The bad network: 20% 500/502/503 (not acted on), 10% resets, 10% acted on and the answer lost.
BAD_NETWORK = {"fail_rate": 0.2, "fail_statuses": [500, 502, 503], "reset_rate": 0.1, "lost_answer_rate": 0.1}
WRITES_BEGIN = "<!-- writes under failure: begin -->"
WRITES_END = "<!-- writes under failure: end -->"


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


def start_emulator(args):
    """An emulator on a free port with these extra arguments: (process, url, env for dbcloud, its config)."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    emulator = subprocess.Popen([EMULATOR, "--addr", f"127.0.0.1:{port}", "--quiet"] + args,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.1).close()
            break
        except OSError:
            time.sleep(0.1)
    config = control(url, "GET", "config")
    tmp = tempfile.mkdtemp()
    env = dict(os.environ, DBCLOUD_CONFIG=f"{tmp}/config.toml", CLICKHOUSE_API_URL=url, COCKROACH_SERVER=url,
               CLICKHOUSE_CLOUD_API_KEY=config["clickhouse"]["key_id"],
               CLICKHOUSE_CLOUD_API_SECRET=config["clickhouse"]["key_secret"],
               COCKROACH_API_KEY=config["cockroach"]["api_key"], CI="1")
    return emulator, url, env, config


def control(url, method, what, body=None):
    """A call to the emulator's control API (`/_emulator/...`), its JSON answer."""
    cmd = ["curl", "-s", "-X", method, f"{url}/_emulator/{what}"]
    if body is not None:
        cmd += ["-d", json.dumps(body)]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    return json.loads(out) if out.strip() else None


def write_plan(cloud):
    """(creates, updates, deletes) of WRITES commands each: ClickHouse services, roles and keys in turn;
    CockroachDB clusters, databases, SQL users and allowlist entries (in the cluster m-host) in turn. Each
    command is (arguments, stdin)."""
    plan = ([], [], [])
    for i in range(WRITES):
        name = f"m{i:02}"
        if cloud == "ch":
            kind = i % 3
            steps = [
                (["service", "create", "--name", name, "--provider", "aws", "--region", "us-east-1"],
                 ["service", "update", name, "--add-tag", "measured=yes"],
                 ["service", "delete", name, "--force", "--yes"]),
                (["role", "create", "--name", name, "--permission", "control-plane:organization:view"],
                 ["role", "update", name, "--add-permission", "control-plane:service:view"],
                 ["role", "delete", name, "--yes"]),
                (["key", "create", "--name", name, "--role", "Developer"],
                 ["key", "update", name, "--disable"],
                 ["key", "delete", name, "--yes"]),
            ][kind]
            stdin = None
        else:
            kind = i % 4
            cidr = f"10.{i}.0.0/16"
            steps = [
                (["cluster", "create", name, "--provider", "GCP", "--plan", "basic", "--region", "us-east1",
                  "--wait"],
                 ["cluster", "update", name, "--label", "measured=yes"],
                 ["cluster", "delete", name, "--yes"]),
                (["database", "create", name, "-c", "m-host"],
                 ["database", "rename", name, f"{name}-r", "-c", "m-host"],
                 ["database", "delete", f"{name}-r", "-c", "m-host", "--yes"]),
                (["sql-user", "create", name, "-c", "m-host", "--password-stdin"],
                 ["sql-user", "set-password", name, "-c", "m-host", "--password-stdin", "--yes"],
                 ["sql-user", "delete", name, "-c", "m-host", "--yes"]),
                (["allowlist", "add", cidr, "-c", "m-host", "--name", name],
                 ["allowlist", "update", cidr, "-c", "m-host", "--sql", "false"],
                 ["allowlist", "delete", cidr, "-c", "m-host", "--yes"]),
            ][kind]
            stdin = "Measured-Passw0rd-42" if kind == 2 else None
        for phase, args in zip(plan, steps):
            phase.append(([DBCLOUD, cloud] + args, stdin))
    return plan


def live_names(env, cloud):
    """Names of the measured things (m00...) alive now, with how many of each (duplicates show as > 1)."""
    def listed(args):
        out = subprocess.run([DBCLOUD] + args + ["--json"], env=env, capture_output=True, text=True)
        return json.loads(out.stdout) if out.returncode == 0 else []

    counts = {}
    if cloud == "ch":
        lists = [(k, listed(["ch", k, "list"])) for k in ("service", "role", "key")]
    else:
        lists = [("cluster", listed(["crdb", "cluster", "list"]))]
        lists += [(k, listed(["crdb", k, "list", "-c", "m-host"])) for k in ("database", "sql-user", "allowlist")]
    for kind, items in lists:
        for item in items:
            name, state = item.get("name") or "", str(item.get("state", ""))
            if re.fullmatch(r"m\d\d(-r)?", name) and "delet" not in state.lower() and state != "terminating":
                counts[f"{kind} {name}"] = counts.get(f"{kind} {name}", 0) + 1
    return counts


def writes_run(cloud, faults, retries):
    """One measured run on a fresh emulator: per phase, how many commands exit 0, how long the phase and its
    slowest command take; then the duplicates and leftovers, the faults injected and the confirmations."""
    emulator, url, env, _ = start_emulator(["--rate-limits", "off", "--transition-ms", "300"])
    env = dict(env, DBCLOUD_RETRIES=str(retries))
    try:
        if cloud == "crdb":
            subprocess.run([DBCLOUD, "crdb", "cluster", "create", "m-host", "--provider", "GCP", "--plan", "basic",
                            "--region", "us-east1", "--wait", "-q"], env=env, check=True, capture_output=True)
        control(url, "DELETE", "requests")
        result = {"phases": [], "confirmed": 0}
        for name, phase in zip(("creates", "updates", "deletes"), write_plan(cloud)):
            if faults:
                control(url, "PUT", "faults", faults)

            def one(cmd):
                args, stdin = cmd
                start = time.perf_counter()
                out = subprocess.run(args, env=env, input=stdin, capture_output=True, text=True)
                return out.returncode, time.perf_counter() - start, out.stderr

            start = time.perf_counter()
            with concurrent.futures.ThreadPoolExecutor(15) as pool:
                outs = list(pool.map(one, phase))
            wall = time.perf_counter() - start
            control(url, "DELETE", "faults")
            result["confirmed"] += sum(err.count("the change is confirmed") for _, _, err in outs)
            for (args, _), (code, _, err) in zip(phase, outs):
                if code != 0:
                    last = [line for line in err.splitlines() if line.startswith(("error:", "hint:"))]
                    result.setdefault("failures", []).append(
                        f"`{' '.join(str(a) for a in args[1:3])}`: " + " / ".join(last)[:300])
            result["phases"].append((name, sum(1 for code, _, _ in outs if code == 0), wall,
                                     max(t for _, t, _ in outs)))
            if name == "creates":
                result["duplicates"] = sum(n - 1 for n in live_names(env, cloud).values())
        result["left"] = len(live_names(env, cloud))
        log = control(url, "GET", "requests")
        result["requests"] = len(log)
        result["lost"] = sum(1 for r in log if r.get("fault") == "lost_answer")
        result["faults"] = sum(1 for r in log if r.get("fault"))
        return result
    finally:
        emulator.terminate()
        emulator.wait()


def writes_section():
    """The writes-under-failure section of RESULTS.md (between its markers)."""
    runs = [
        ("ClickHouse", "ch", None, 4),
        ("ClickHouse", "ch", BAD_NETWORK, 4),
        ("ClickHouse", "ch", BAD_NETWORK, 10),
        ("CockroachDB", "crdb", None, 4),
        ("CockroachDB", "crdb", BAD_NETWORK, 10),
    ]
    commit = subprocess.run(["git", "describe", "--always", "--dirty"], cwd=ROOT, capture_output=True,
                            text=True).stdout.strip()
    lines = [
        WRITES_BEGIN,
        "## Writes under failure",
        "",
        f"Run by `python3 bench/run.py writes` on {time.strftime('%Y-%m-%d')} (code at {commit or 'unknown'}). "
        f"{WRITES} creates, then {WRITES} updates, then {WRITES} deletes per cloud (ClickHouse: services, roles, API "
        "keys; CockroachDB: clusters, databases, SQL users, allowlist entries), 15 commands at a time, each "
        "phase on its own. The bad network is the emulator at `--fail-rate 0.2 --fail-status 500,502,503 "
        "--reset-rate 0.1 --lost-answer-rate 0.1` (issue 12); the retry budget is `DBCLOUD_RETRIES`.",
        "",
        "| cloud | network | retries | creates ok | updates ok | deletes ok | duplicates | left over | "
        "requests | faults (lost answers) | confirmed | slowest command | run |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    failures = []
    for label, cloud, faults, retries in runs:
        r = writes_run(cloud, faults, retries)
        failed = [f"- {label}, {'bad' if faults else 'clean'} network, {retries} retries: {f}"
                  for f in r.get("failures", [])]
        failures += failed[:5] + ([f"- ... and {len(failed) - 5} more there"] if len(failed) > 5 else [])
        ok = [f"{n}/{WRITES}" for _, n, _, _ in r["phases"]]
        slowest = max(s for _, _, _, s in r["phases"])
        total = sum(w for _, _, w, _ in r["phases"])
        lines.append(
            f"| {label} | {'bad' if faults else 'clean'} | {retries} | {ok[0]} | {ok[1]} | {ok[2]} | "
            f"{r['duplicates']} | {r['left']} | {r['requests']} | {r['faults']} ({r['lost']}) | {r['confirmed']} | "
            f"{slowest:.1f} s | {total:.1f} s |")
    lines += [
        "",
        "Duplicates are things listed more than once under one name after the creates; left over, things still "
        "there after the deletes. Confirmed counts the lines that say a lost answer's change is confirmed. A "
        "third of all requests fail on this network, reads included, so with the default 4 retries about one "
        "request in 190 fails five times in a row; `DBCLOUD_RETRIES` is the knob for networks this bad "
        "(docs/writes.md). The commands that failed, with their error:",
        "",
        *(failures or ["- none"]),
        WRITES_END,
    ]
    return lines


def update_writes_section(lines):
    """Replaces the writes section of RESULTS.md (or adds it at the end)."""
    path = ROOT / "bench" / "RESULTS.md"
    text = path.read_text() if path.exists() else ""
    block = "\n".join(lines)
    if WRITES_BEGIN in text and WRITES_END in text:
        head, rest = text.split(WRITES_BEGIN, 1)
        text = head + block + rest.split(WRITES_END, 1)[1]
    else:
        text = text.rstrip("\n") + "\n\n" + block + "\n"
    path.write_text(text)


def main():
    subprocess.run(["cargo", "build", "--release", "--workspace", "--quiet"], cwd=ROOT, check=True)
    if sys.argv[1:] == ["writes"]:
        lines = writes_section()
        update_writes_section(lines)
        print("\n".join(lines))
        return
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
    lines += ["", *writes_section()]
    (ROOT / "bench" / "RESULTS.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()

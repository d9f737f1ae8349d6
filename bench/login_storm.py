"""Login storm against a running Signaal: N simultaneous logins while /health is polled.

Usage: python3 bench/login_storm.py BASE_URL SERVER_PID [logins] [password]
Loopback only; every request has a timeout and the whole storm stops after 120 s. A third of the
logins use a demo account's right password, a third a wrong one, a third an unknown e-mail
address. Each login claims its own client address in X-Forwarded-For (a storm from many machines);
a server that does not trust the header (the default) sees them all as 127.0.0.1.
"""
import http.client
import json
import statistics
import sys
import threading
import time
from collections import Counter
from urllib.parse import urlparse

base, pid = sys.argv[1], int(sys.argv[2])
logins = int(sys.argv[3]) if len(sys.argv) > 3 else 300
password = sys.argv[4] if len(sys.argv) > 4 else "signaal-demo-2026"
url = urlparse(base)
assert url.hostname in ("127.0.0.1", "localhost"), "loopback only"
DEMO = ["leerling@demo.signaal.nl", "aandacht@demo.signaal.nl", "trainer@demo.signaal.nl",
        "coordinator@demo.signaal.nl", "admin@demo.signaal.nl"]
DEADLINE = time.monotonic() + 120


def request(method, path, body=None, headers=None, timeout=60.0):
    connection = http.client.HTTPConnection(url.hostname, url.port, timeout=timeout)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        response.read()
        return response.status
    finally:
        connection.close()


def rss_mib():
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


statuses = Counter()
login_ms = []
lock = threading.Lock()
start = threading.Barrier(logins + 1)
storming = threading.Event()
storming.set()


def login(i):
    kind = i % 3
    email = DEMO[i % len(DEMO)] if kind < 2 else f"nobody-{i}@example.org"
    secret = password if kind == 0 else f"wrong password {i}"
    body = json.dumps({"email": email, "password": secret})
    headers = {"Content-Type": "application/json", "X-Forwarded-For": f"10.{i // 250}.{i % 250}.7"}
    start.wait()
    began = time.monotonic()
    try:
        status = request("POST", "/api/auth/login", body, headers, timeout=max(1.0, DEADLINE - began))
    except Exception as e:  # a timeout or a refused connection is a result too
        status = type(e).__name__
    with lock:
        statuses[status] += 1
        login_ms.append((time.monotonic() - began) * 1000)


health_ms, health_failed = [], Counter()


def poll_health():
    while storming.is_set() and time.monotonic() < DEADLINE:
        began = time.monotonic()
        try:
            status = request("GET", "/health", timeout=30)
            if status != 200:
                health_failed[status] += 1
        except Exception as e:
            health_failed[type(e).__name__] += 1
        health_ms.append((time.monotonic() - began) * 1000)
        time.sleep(0.05)


rss = [rss_mib()]


def sample_rss():
    while storming.is_set() and time.monotonic() < DEADLINE:
        try:
            rss.append(rss_mib())
        except OSError:
            return
        time.sleep(0.1)


rss_before = rss[0]
threads = [threading.Thread(target=login, args=(i,), daemon=True) for i in range(logins)]
for thread in threads:
    thread.start()
watchers = [threading.Thread(target=poll_health, daemon=True), threading.Thread(target=sample_rss, daemon=True)]
began = time.monotonic()
start.wait()
for watcher in watchers:
    watcher.start()
for thread in threads:
    thread.join(max(0.0, DEADLINE - time.monotonic()))
storming.clear()
for watcher in watchers:
    watcher.join(31)
took = time.monotonic() - began
with lock:
    unanswered = logins - sum(statuses.values())
    if unanswered:
        statuses["no answer by the 120 s deadline"] += unanswered


def pct(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))] if ordered else float("nan")


print(f"{logins} simultaneous logins done in {took:.1f} s; answers: "
      + ", ".join(f"{k}: {v}" for k, v in sorted(statuses.items(), key=lambda kv: str(kv[0]))))
print(f"login latency: p50 {pct(login_ms, 50):.0f} ms, p99 {pct(login_ms, 99):.0f} ms")
print(f"/health during the storm: {len(health_ms)} polls, p50 {pct(health_ms, 50):.0f} ms, "
      f"p99 {pct(health_ms, 99):.0f} ms, max {max(health_ms, default=float('nan')):.0f} ms"
      + (f", failed: {dict(health_failed)}" if health_failed else ""))
print(f"server RSS: {rss_before:.0f} MiB before, peak {max(rss):.0f} MiB")

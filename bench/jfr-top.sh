#!/usr/bin/env bash
# The hottest methods and packages of a JFR recording (execution samples, top frame and "self + callees" by
# package), e.g. of bench/simulation.sh with SIGNAAL_BENCH_JFR=/tmp/jfr:
#   bench/jfr-top.sh /tmp/jfr/H2.jfr [rows] [only samples whose stack has this text, e.g. RunController.choose]
# Top frame = where the CPU was; "in stack" = share of samples with at least one frame of that package (inclusive).
set -euo pipefail
file=$1
rows=${2:-15}
only=${3:-}
jfr print --stack-depth 256 --events jdk.ExecutionSample "$file" | python3 -c '
import re, sys, collections
rows = int(sys.argv[1])
only = sys.argv[2]
total = 0
samples, top, pkg_top, pkg_in = 0, collections.Counter(), collections.Counter(), collections.Counter()
own, pool = collections.Counter(), collections.Counter()
def package(frame):
    name = frame.split("(")[0]
    parts = name.split(".")
    return ".".join(parts[:3]) if name.startswith(("nl.signaal.",)) else ".".join(parts[:2])
frames = None
for line in sys.stdin:
    line = line.strip()
    if line.startswith("stackTrace = ["):
        frames = []
    elif frames is not None and line.startswith("]"):
        total += 1 if frames else 0
        if frames and (not only or any(only in f for f in frames)):
            samples += 1
            top[frames[0]] += 1
            pkg_top[package(frames[0])] += 1
            for p in {package(f) for f in frames}:
                pkg_in[p] += 1
            mine = [f for f in frames if f.startswith("nl.signaal.")]
            own[mine[0].split("(")[0] if mine else "(no Signaal frame)"] += 1
            if any("HikariPool.getConnection" in f for f in frames):
                pool["borrowing a connection (HikariPool.getConnection, with its isValid check)"] += 1
            if any(f.startswith(("org.h2.", "org.postgresql.")) for f in frames):
                pool["in the JDBC driver (org.h2 / org.postgresql)"] += 1
        frames = None
    elif frames is not None and line and not line.startswith("..."):
        frames.append(re.sub(r"\s+line:.*", "", line))
print(f"{samples} execution samples" + (f" with {only} in the stack, of {total}" if only else ""))
print("-- hottest methods (top frame)")
for frame, n in top.most_common(rows):
    print(f"{100*n/samples:5.1f}%  {frame}")
print("-- innermost Signaal method in the stack")
for frame, n in own.most_common(rows):
    print(f"{100*n/samples:5.1f}%  {frame}")
print("-- database")
for what, n in pool.most_common():
    print(f"{100*n/samples:5.1f}%  {what}")
print("-- packages (top frame)")
for p, n in pkg_top.most_common(rows):
    print(f"{100*n/samples:5.1f}%  {p}")
print("-- packages (anywhere in the stack)")
for p, n in pkg_in.most_common(rows):
    print(f"{100*n/samples:5.1f}%  {p}")
' "$rows" "$only"

#!/usr/bin/env python3
"""Whole-process CPU (user+sys), peak RSS and minor page faults of `argmap check` for
several binaries, run alternately so that a noisy machine affects each alike. Prints
medians. On a busy VM the CPU times move by 20-30 %; the fault counts are stable.

usage: bench/startup_bench.py [-n RUNS] [-m MAP]... BINARY[%NAME=VALUE]...
"BINARY%NAME=VALUE" runs BINARY with one extra environment variable. The figures
come from bench/lib/rusage.c (built into bench/data/ as bench/lib/timing.sh does).
"""
import argparse
import os
import statistics
import subprocess
import tempfile

BENCH = os.path.dirname(os.path.abspath(__file__))
RUSAGE = os.path.join(BENCH, "data", "rusage")
RUSAGE_SOURCE = os.path.join(BENCH, "lib", "rusage.c")


def build_rusage():
    if not os.path.exists(RUSAGE) or os.path.getmtime(RUSAGE) < os.path.getmtime(RUSAGE_SOURCE):
        os.makedirs(os.path.dirname(RUSAGE), exist_ok=True)
        subprocess.run(["cc", "-O2", "-o", RUSAGE, RUSAGE_SOURCE], check=True)


def run_once(spec, args):
    binary, _, var = spec.partition("%")
    env = dict(os.environ)
    if var:
        name, _, value = var.partition("=")
        env[name] = value
    with tempfile.NamedTemporaryFile("r") as out:
        subprocess.run([RUSAGE, "-o", out.name, binary] + args, env=env,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        cpu, kib, _wall, code, faults = out.read().split()
    return float(cpu) * 1000, int(kib) / 1024, int(faults), int(code)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("-n", type=int, default=31)
    parser.add_argument("-m", "--map", action="append")
    parser.add_argument("-c", "--command", default="check")
    parser.add_argument("binaries", nargs="+")
    opts = parser.parse_args()
    build_rusage()
    one_line = os.path.join(tempfile.gettempdir(), "argmap-one-line.argdown")
    if not opts.map:
        with open(one_line, "w") as f:
            f.write("[A]: one.\n")
    for path in opts.map or [one_line]:
        results = {b: [] for b in opts.binaries}
        for _ in range(opts.n):
            for b in opts.binaries:
                results[b].append(run_once(b, [opts.command, path]))
        print(path)
        for b in opts.binaries:
            cpu = statistics.median(r[0] for r in results[b])
            rss = statistics.median(r[1] for r in results[b])
            faults = statistics.median(r[2] for r in results[b])
            codes = sorted({r[3] for r in results[b]})
            print(f"  {b:36s} cpu {cpu:8.2f} ms  rss {rss:7.1f} MB  faults {faults:7.0f}  exit {codes}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Whole-process CPU (user+sys), peak RSS and page faults of `argmap check` for several binaries,
run alternately so that a noisy machine affects each alike. Prints medians.

usage: scripts/startup_bench.py [-n RUNS] [-m MAP]... BINARY[%NAME=VALUE]...
The runner, scripts/rusage_run.c, is compiled to /tmp/rusage_run when missing.
"""
import argparse
import os
import statistics
import subprocess


def run_once(runner, spec, args):
    # "BINARY%NAME=VALUE" runs BINARY with one extra environment variable.
    binary, _, var = spec.partition("%")
    env = dict(os.environ)
    if var:
        name, _, value = var.partition("=")
        env[name] = value
    out = subprocess.run([runner, binary] + args, capture_output=True, text=True, env=env).stdout
    us, kib, faults, code = (int(x) for x in out.split())
    return us / 1000, kib / 1024, faults, code


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("-n", type=int, default=31)
    parser.add_argument("-m", "--map", action="append")
    parser.add_argument("-c", "--command", default="check")
    parser.add_argument("--runner", default="/tmp/rusage_run")
    parser.add_argument("binaries", nargs="+")
    opts = parser.parse_args()
    if not os.path.exists(opts.runner):
        source = os.path.join(os.path.dirname(os.path.abspath(__file__)), "rusage_run.c")
        subprocess.run(["cc", "-O2", "-o", opts.runner, source], check=True)
    for path in opts.map or ["/tmp/one.argdown"]:
        results = {b: [] for b in opts.binaries}
        for _ in range(opts.n):
            for b in opts.binaries:
                results[b].append(run_once(opts.runner, b, [opts.command, path]))
        print(path)
        for b in opts.binaries:
            cpu = statistics.median(r[0] for r in results[b])
            rss = statistics.median(r[1] for r in results[b])
            faults = statistics.median(r[2] for r in results[b])
            codes = sorted({r[3] for r in results[b]})
            print(f"  {b:36s} cpu {cpu:8.2f} ms  rss {rss:7.1f} MB  faults {faults:7.0f}  exit {codes}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Writes a random ICCMA 2023 framework: N arguments, 3N uniform random attacks.

usage: gen_af.py N SEED > FILE   (deterministic for a given N and SEED)
"""
import random
import sys

n, seed = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed)
out = [f"p af {n}", f"# gen_af.py n={n} attacks={3 * n} seed={seed}"]
for _ in range(3 * n):
    out.append(f"{rng.randint(1, n)} {rng.randint(1, n)}")
sys.stdout.write("\n".join(out) + "\n")

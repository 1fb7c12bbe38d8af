#!/usr/bin/env python3
"""Checks a generated map against the peer: `argdown json` must accept it with no
error, and its model must hold exactly the statements, arguments, relations
(type and ends), sections and tags that generate_map.py meant to write.

    bench/validate_with_peer.py --statements 1000 --seed 1
Exit status 0 when everything matches, 1 with a list of differences otherwise.
"""

import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_PEER = "/work/peer/node_modules/.bin/argdown"


def count_sections(sections):
    return sum(1 + count_sections(s.get("children", [])) for s in sections)


def peer_relations(model):
    kinds = {"equivalence-class": "s", "argument": "a", "inference": "a"}
    for r in model["relations"]:
        yield (r["relationType"], kinds[r["fromType"]], r["from"], kinds[r["toType"]], r["to"])


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--statements", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--peer", default=os.environ.get("ARGDOWN", DEFAULT_PEER))
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="argmap-bench-") as tmp:
        map_path = os.path.join(tmp, "map.argdown")
        counts_path = os.path.join(tmp, "counts.json")
        relations_path = os.path.join(tmp, "relations.tsv")
        subprocess.run([sys.executable, os.path.join(HERE, "generate_map.py"),
                        "--statements", str(args.statements), "--seed", str(args.seed),
                        "-o", map_path, "--counts", counts_path,
                        "--relations", relations_path], check=True)
        run = subprocess.run([args.peer, "json", map_path, tmp],
                             capture_output=True, text=True)
        output = run.stdout + run.stderr
        if run.returncode != 0 or "error" in output.lower():
            print(f"peer rejected the map (exit {run.returncode}):\n{output}")
            return 1
        with open(os.path.join(tmp, "map.json"), encoding="utf-8") as f:
            model = json.load(f)
        with open(counts_path, encoding="utf-8") as f:
            counts = json.load(f)
        with open(relations_path, encoding="utf-8") as f:
            expected = collections.Counter(tuple(line.rstrip("\n").split("\t")) for line in f)

    actual = collections.Counter(peer_relations(model))
    by_type = collections.Counter(r[0] for r in actual.elements())
    reconstructed = sum(1 for a in model["arguments"].values()
                        if any("pcs" in m for m in a["members"]))
    untitled = sum(1 for t in model["statements"] if t.startswith("Untitled "))
    checks = [
        ("statements", counts["statements"], len(model["statements"])),
        ("untitled statements", counts["untitled_statements"], untitled),
        ("arguments", counts["arguments"], len(model["arguments"])),
        ("reconstructed arguments", counts["reconstructed_arguments"], reconstructed),
        ("sections", counts["sections"], count_sections(model["sections"])),
        ("tags", counts["tags"], len(model["tags"])),
        ("relations", counts["relations"]["total"], len(model["relations"])),
    ] + [(f"{kind} relations", counts["relations"][kind], by_type[kind])
         for kind in ("support", "attack", "undercut", "contradictory")]
    failed = False
    for name, want, got in checks:
        mark = "ok" if want == got else "MISMATCH"
        failed |= want != got
        print(f"{name:24} expected {want:7}  peer {got:7}  {mark}")
    missing = expected - actual
    extra = actual - expected
    if missing or extra:
        failed = True
        print(f"relation ends differ: {sum(missing.values())} expected but not exported, "
              f"{sum(extra.values())} exported but not expected")
        for r in list(missing.elements())[:10]:
            print("  missing:", r)
        for r in list(extra.elements())[:10]:
            print("  extra:  ", r)
    else:
        print(f"relation ends            all {len(model['relations'])} equal")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

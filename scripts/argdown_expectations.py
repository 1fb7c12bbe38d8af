#!/usr/bin/env python3
"""Turns the Argdown CLI's view of each corpus file into argmap's compact test data.

Called by make-argdown-expectations.sh. For every file under CORPUS it runs
`argdown json` (the peer, never a build dependency) and writes OUT/<relative
path>.json: for accepted files the statements, arguments, relations, sections and
tags the peer exports; for rejected files the positions of the errors it reports.
"""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

ANSI = re.compile(r"\x1b\[[0-9;]*m")
ERROR_AT = re.compile(r"^At (\d+):(\d+)$")
PEER_VERSION = "@argdown/cli 1.7.5"

# The CLI skips files whose name starts with "_" (partials meant for @include);
# this config lets it read them like any other file.
CONFIG = 'module.exports = { ignore: ["**/node_modules/**"] };\n'


def canonical_text(element):
    """Argdown's getCanonicalMember: the last non-reference member (isCanonical wins)."""
    fallback = None
    for member in reversed(element.get("members", [])):
        if member.get("isReference"):
            continue
        if (member.get("data") or {}).get("isCanonical"):
            return member.get("text", "")
        if fallback is None:
            fallback = member.get("text", "")
    return fallback


def kind(peer_type):
    return {"equivalence-class": "statement", "argument": "argument",
            "inference": "inference"}[peer_type]


def pcs_role(role):
    # Argdown says "intermediary"; argmap's model says "intermediate".
    return {"premise": "premise", "intermediary-conclusion": "intermediate-conclusion",
            "main-conclusion": "main-conclusion"}[role]


def flatten_sections(sections, out):
    for s in sections:
        out.append({"id": s["id"], "title": s["title"], "level": s["level"],
                    "parent": s.get("parent")})
        flatten_sections(s.get("children", []), out)
    return out


def accepted(exported):
    statements = [{"title": title, "text": canonical_text(ec), "tags": ec.get("tags", []),
                   "section": ec.get("section")}
                  for title, ec in exported["statements"].items()]
    arguments = []
    for title, a in exported["arguments"].items():
        pcs = []
        for step in a.get("pcs", []):
            entry = {"title": step["title"], "role": pcs_role(step["role"])}
            if "inference" in step:
                entry["rules"] = step["inference"].get("inferenceRules", [])
            pcs.append(entry)
        arguments.append({"title": title, "text": canonical_text(a), "tags": a.get("tags", []),
                          "section": a.get("section"), "pcs": pcs})
    relations = [{"type": r["relationType"], "from": r["from"], "from_kind": kind(r["fromType"]),
                  "to": r["to"], "to_kind": kind(r["toType"])}
                 for r in exported["relations"]]
    return {"accepted": True, "statements": statements, "arguments": arguments,
            "relations": relations, "sections": flatten_sections(exported["sections"], []),
            "tags": list(exported.get("tags", {}).keys())}


def rejected(log, source_text):
    """The error positions the peer prints ("At L:C" then the message)."""
    lines = ANSI.sub("", log).splitlines()
    errors = []
    for i, line in enumerate(lines):
        m = ERROR_AT.match(line.strip())
        if m:
            message = lines[i + 1].strip() if i + 1 < len(lines) else ""
            errors.append({"line": int(m.group(1)), "column": int(m.group(2)),
                           "message": message})
    if errors:
        return {"accepted": False, "errors": errors}
    # A YAML data block the peer cannot read: js-yaml throws with a position
    # relative to the block; find the block in the file to get the line.
    m = re.search(r"YAMLException: (.*)", log)
    buf = re.search(r"buffer: '(.*?)(\\n)?',", log)
    col = re.search(r"^\s*column: (\d+),", log, re.M)
    if m and buf and col:
        block = buf.group(1)
        for number, text in enumerate(source_text.splitlines(), 1):
            if block and block in text:
                return {"accepted": False, "errors": [
                    {"line": number, "column": text.index(block) + 1 + int(col.group(1)),
                     "message": "YAMLException: " + m.group(1)}]}
    # Errors without a position, e.g. "Multiple premise-conclusion-structures ...".
    m = re.search(r"JSON export canceled: (.*)", ANSI.sub("", log))
    return {"accepted": False, "errors": [
        {"line": None, "column": None, "message": m.group(1) if m else log.strip()}]}


def dump(result):
    """JSON with one line per key and one line per list entry: short, diffable."""
    def one(value):
        return json.dumps(value, ensure_ascii=False)
    lines = []
    for key, value in result.items():
        if isinstance(value, list) and value:
            items = ",\n".join("  " + one(v) for v in value)
            lines.append(f" {one(key)}: [\n{items}\n ]")
        else:
            lines.append(f" {one(key)}: {one(value)}")
    return "{\n" + ",\n".join(lines) + "\n}\n"


def run_peer(peer, path, workdir):
    outdir = os.path.join(workdir, "out")
    shutil.rmtree(outdir, ignore_errors=True)
    config = os.path.join(workdir, "argdown.config.js")
    proc = subprocess.run([peer, "json", "--config", config, path, outdir],
                          capture_output=True, text=True, cwd=workdir)
    log = proc.stdout + proc.stderr
    exported = None
    if proc.returncode == 0:
        name = os.path.splitext(os.path.basename(path))[0] + ".json"
        with open(os.path.join(outdir, name), encoding="utf-8") as f:
            exported = json.load(f)
    return proc.returncode, log, exported


def main():
    peer, corpus, out = sys.argv[1:4]
    files = sorted(os.path.relpath(os.path.join(d, f), corpus)
                   for d, _, names in os.walk(corpus) for f in names
                   if f.endswith((".argdown", ".ad")))
    with tempfile.TemporaryDirectory() as workdir:
        with open(os.path.join(workdir, "argdown.config.js"), "w") as f:
            f.write(CONFIG)
        for rel in files:
            path = os.path.join(corpus, rel)
            with open(path, encoding="utf-8", errors="replace") as f:
                source_text = f.read()
            rc, log, exported = run_peer(peer, path, workdir)
            result = {"file": rel, "peer": PEER_VERSION}
            result.update(accepted(exported) if rc == 0 else rejected(log, source_text))
            target = os.path.join(out, rel + ".json")
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, "w", encoding="utf-8") as f:
                f.write(dump(result))
            print(("accepted " if result["accepted"] else "rejected ") + rel)


if __name__ == "__main__":
    main()

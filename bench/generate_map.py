#!/usr/bin/env python3
"""Writes a large, valid Argdown map for benchmarks, deterministic from a seed.

The map has exactly --statements statement equivalence classes (titled and
untitled), arguments, every relation kind, nested sections, tags, data, and
premise-conclusion structures.  It is built to be clean for argmap: the support
graph is acyclic, no pair is related twice, every reference is defined, every
cited source exists, and no title is defined with two texts.  The intended
counts go to --counts (JSON) so that a run of the peer can be checked against
them (see validate_with_peer.py).

    bench/generate_map.py --statements 50000 --seed 1 -o bench/data/map-50k.argdown
"""

import argparse
import json
import random
import sys

WORDS = (
    "policy state market energy price supply demand risk cost benefit tax "
    "trade border city school health water power grid coal solar wind gas "
    "law court vote voter party budget debt bank loan rate growth wage job "
    "worker union firm company owner land farm crop food import export "
    "climate carbon emission target treaty alliance security defence army "
    "border refugee migration labour pension reform plan program project "
    "study report survey data evidence figure trend effect cause outcome "
    "public private local national global regional federal central rural "
    "urban small large higher lower stronger weaker faster slower cheaper "
    "safer better worse reliable fragile stable volatile fair unfair"
).split()
VERBS = (
    "raises lowers reduces increases protects harms supports undermines "
    "improves weakens creates removes requires prevents enables delays "
    "funds limits replaces shapes drives blocks"
).split()
TOPICS = (
    "Energy Trade Health Housing Transport Defence Climate Labour Pensions "
    "Schools Farming Water Banking Media Policing Courts Borders Cities"
).split()
TAGS = (
    "economy ethics law safety environment security fairness cost evidence "
    "feasibility history rights freedom welfare"
).split()
MULTI_TAGS = ["open question", "key claim", "needs source", "empirical claim"]
RULES = ["modus ponens", "generalization", "analogy", "expert opinion", "cause to effect"]
PROPONENTS = ["Government", "Opposition", "Industry", "Unions", "Experts", "Press"]
SOURCE_KEYS = [f"{name}{1990 + i}" for i, name in enumerate(
    "Roberts Smith Chen Garcia Novak Okafor Ivanova Tanaka Muller Rossi "
    "Kowalski Haddad Larsen Silva Moreau Nguyen Jensen Costa Weber Sato".split())]

# Relation symbols: (symbol, direction, kind). direction "up" means the child
# is the relation's source and the parent its target; "down" the reverse.
SUPPORT_UP = ("+", "up", "support")
SUPPORT_UP2 = ("<+", "up", "support")
ATTACK_UP = ("-", "up", "attack")
ATTACK_UP2 = ("<-", "up", "attack")
UNDERCUT_UP = ("_", "up", "undercut")
UNDERCUT_UP2 = ("<_", "up", "undercut")
SUPPORT_DOWN = ("+>", "down", "support")
ATTACK_DOWN = ("->", "down", "attack")
UNDERCUT_DOWN = ("_>", "down", "undercut")
CONTRADICTION = ("><", "down", "contradictory")  # symmetric; Argdown lists it parent first


class Generator:
    def __init__(self, statements, seed):
        self.rng = random.Random(seed)
        self.budget = statements
        self.out = []
        self.statement_titles = []  # every titled statement defined so far
        self.statement_count = 0
        self.untitled_count = 0
        self.arguments = {}  # title -> True once reconstructed (has a PCS)
        self.pending_arguments = []  # defined in a tree, not yet reconstructed
        self.conclusions = {}  # argument title -> main conclusion title
        self.relation_list = []  # (kind, source node, target node); a node is (kind, title)
        self.argument_count = 0
        self.relations = {"support": 0, "attack": 0, "undercut": 0, "contradictory": 0}
        self.sections = 0
        self.tags = set()
        self.citations = 0
        self.pcs = 0
        self.part = 0
        self.chapter = 0
        self.since_chapter = 0

    # ---- text ---------------------------------------------------------------

    def sentence(self, serial):
        """A statement text: unique through its serial number, with inline markup."""
        rng = self.rng
        words = [rng.choice(WORDS) for _ in range(rng.randint(9, 14) + (rng.random() < 0.15))]
        words.insert(rng.randint(2, 4), rng.choice(VERBS))
        words.insert(1, f"no. {serial}")
        roll = rng.random()
        if roll < 0.08:
            i = rng.randrange(len(words))
            words[i] = f"**{words[i]}**"
        elif roll < 0.16:
            i = rng.randrange(len(words))
            words[i] = f"*{words[i]}*"
        elif roll < 0.20:
            i = rng.randrange(len(words))
            words[i] = f"[{words[i]}](https://example.org/{serial})"
        elif roll < 0.24 and self.statement_titles:
            words.append(f"as @[{rng.choice(self.statement_titles)}] says")
        elif roll < 0.26:
            words.append("\\[sic\\]")
        text = " ".join(words)
        text = text[0].upper() + text[1:] + "."
        roll = rng.random()
        if roll < 0.15:
            tag = rng.choice(TAGS)
            self.tags.add(tag)
            text += f" #{tag}"
        elif roll < 0.19:
            tag = rng.choice(MULTI_TAGS)
            self.tags.add(tag)
            text += f" #({tag})"
        roll = rng.random()
        if roll < 0.03:
            # argmap's evidence: a factual basis, which must cite a source.
            text += f" {{kind: evidence, source: {self.next_source()}}}"
        elif roll < 0.07:
            text += f' {{source: {self.next_source()}, page: "{rng.randint(1, 400)}"}}'
        elif roll < 0.11:
            text += f" {{proponent: {rng.choice(PROPONENTS)}}}"
        return text

    def next_source(self):
        """Sources in turn, so that every declared source is cited (no unused-source warning)."""
        self.citations += 1
        return SOURCE_KEYS[self.citations % len(SOURCE_KEYS)]

    def split_lines(self, text, indent):
        """Breaks a long text over two lines now and then (multi-line statements)."""
        if self.rng.random() < 0.05 and "{" not in text:
            words = text.split(" ")
            cut = len(words) // 2
            return " ".join(words[:cut]) + "\n" + indent + " ".join(words[cut:])
        return text

    # ---- elements -----------------------------------------------------------

    def new_statement(self, indent, titled=True):
        """Defines a new statement; returns (line text, title or None)."""
        self.budget -= 1
        self.statement_count += 1
        serial = self.statement_count
        text = self.split_lines(self.sentence(serial), indent)
        if not titled:
            # Argdown numbers untitled statements in document order, as we write them.
            self.untitled_count += 1
            return text, f"Untitled {self.untitled_count}"
        title = f"{self.rng.choice(TOPICS)} {serial}"
        self.statement_titles.append(title)
        return f"[{title}]: {text}", title

    def new_argument(self, indent):
        self.argument_count += 1
        title = f"{self.rng.choice(TOPICS)} argument {self.argument_count}"
        self.arguments[title] = False
        text = self.split_lines(self.sentence(f"A{self.argument_count}"), indent)
        return f"<{title}>: {text}", title

    def relation(self, parent_kind, child_kind, in_pcs):
        options = [SUPPORT_UP, SUPPORT_UP2, ATTACK_UP, ATTACK_UP2, SUPPORT_DOWN, ATTACK_DOWN]
        weights = [4, 2, 3, 2, 2, 2]
        # Undercuts only where Argdown resolves them to the intended argument:
        # never in a conclusion's relation list (Argdown bug: it hits the
        # previous argument there).
        if not in_pcs and parent_kind == "a" and child_kind == "s":
            options += [UNDERCUT_UP, UNDERCUT_UP2]
            weights += [2, 1]
        if not in_pcs and parent_kind == "s" and child_kind == "a":
            options.append(UNDERCUT_DOWN)
            weights.append(2)
        if parent_kind == "s" and child_kind == "s":
            options.append(CONTRADICTION)
            weights.append(1)
        return self.rng.choices(options, weights)[0]

    def add_relation(self, kind, source, target):
        self.relations[kind] += 1
        self.relation_list.append((kind, source, target))

    def children(self, lines, parent, depth, max_depth, in_pcs=False):
        """Writes the relation children of one node (kind, title), recursively."""
        rng = self.rng
        count = rng.choice([1, 1, 2, 2, 2, 3, 3, 4]) if depth == 1 else rng.choice([0, 0, 1, 1, 2, 3])
        indent = "  " * depth
        for _ in range(count):
            if self.budget <= 0:
                return
            # Arguments are a quarter of the nodes; a node deep in the tree
            # is more often a statement.
            if rng.random() < 0.22:
                child_kind = "a"
                text, title = self.new_argument(indent + "   ")
                self.pending_arguments.append(title)
            else:
                child_kind = "s"
                titled = rng.random() < 0.8
                text, title = self.new_statement(indent + "   ", titled=titled)
            child = (child_kind, title)
            symbol, direction, kind = self.relation(parent[0], child_kind, in_pcs)
            if direction == "up":
                self.add_relation(kind, child, parent)
            else:
                self.add_relation(kind, parent, child)
            lines.append(f"{indent}{symbol} {text}")
            # An untitled statement cannot be referred to, so it stays a leaf.
            if depth < max_depth and (child_kind == "a" or titled):
                self.children(lines, child, depth + 1, max_depth, in_pcs)

    # ---- blocks -------------------------------------------------------------

    def tree(self):
        """A relation tree: a new statement, or a reference to an older one, with children."""
        rng = self.rng
        lines = []
        if self.statement_titles and (self.budget < 2 or rng.random() < 0.3):
            title = rng.choice(self.statement_titles)
            lines.append(f"[{title}]")
        else:
            text, title = self.new_statement("", titled=True)
            lines.append(text)
        self.children(lines, ("s", title), 1, rng.choice([2, 3, 3, 4]))
        return lines

    def reconstruction(self, title, header):
        """An argument block followed by its premise-conclusion structure."""
        rng = self.rng
        self.arguments[title] = True
        self.pcs += 1
        lines = [header, ""]
        number = 0
        steps = 2 if rng.random() < 0.25 and self.budget >= 6 else 1
        for step in range(steps):
            # Leave one statement of the budget for the conclusion.
            premises = min(rng.randint(1, 3) if step else rng.randint(2, 3), self.budget - 1)
            for _ in range(premises):
                number += 1
                text, _ = self.new_statement("    ", titled=rng.random() < 0.6)
                lines.append(f"({number}) {text}")
            if rng.random() < 0.5:
                lines.append("----")
            else:
                rules = ", ".join(rng.sample(RULES, rng.randint(1, 2)))
                uses = ", ".join(str(i) for i in range(1, number + 1))
                lines.append(f"-- {rules} {{uses: [{uses}]}} --")
            number += 1
            text, conclusion = self.new_statement("    ", titled=True)
            lines.append(f"({number}) {text}")
        self.conclusions[title] = conclusion
        return lines

    def pcs_of_pending(self):
        """Reconstructs an argument that a tree introduced (its relations move to the conclusion)."""
        index = self.rng.randrange(len(self.pending_arguments))
        title = self.pending_arguments[index]
        self.pending_arguments[index] = self.pending_arguments[-1]
        self.pending_arguments.pop()
        return self.reconstruction(title, f"<{title}>")

    def standalone_argument(self):
        """A new argument with its PCS; its conclusion attaches to an older statement."""
        # The target is older than this PCS: the support graph stays acyclic.
        target = self.rng.choice(self.statement_titles)
        header, title = self.new_argument("")
        lines = self.reconstruction(title, header)
        symbol = self.rng.choice(["+>", "->"])
        conclusion = ("s", self.conclusions[title])
        self.add_relation("support" if symbol == "+>" else "attack", conclusion, ("s", target))
        lines.append(f"  {symbol} [{target}]")
        self.children(lines, conclusion, 1, 2, in_pcs=True)
        return lines

    def heading(self):
        if self.part == 0 or self.chapter >= self.rng.randint(4, 8):
            self.part += 1
            self.chapter = 0
            self.sections += 1
            return [f"# Part {self.part}: {self.rng.choice(TOPICS)} and {self.rng.choice(WORDS)}"]
        self.chapter += 1
        self.sections += 1
        lines = [f"## Chapter {self.part}.{self.chapter}: the {self.rng.choice(WORDS)} question"]
        if self.rng.random() < 0.3:
            self.sections += 1
            lines += ["", f"### Detail {self.part}.{self.chapter}.1 #({self.rng.choice(MULTI_TAGS)})"]
            self.tags.update(t for t in MULTI_TAGS if f"#({t})" in lines[-1])
        return lines

    def frontmatter(self):
        lines = ["===", "title: Generated benchmark map", "author: bench/generate_map.py",
                 "sources:"]
        for i, key in enumerate(SOURCE_KEYS):
            lines.append(f"  {key}: {{author: {key[:-4]}, year: {key[-4:]}, "
                         f'title: "Report number {i + 1}", publisher: Bench Press}}')
        lines.append("proponents:")
        for name in PROPONENTS:
            lines.append(f'  {name}: {{label: "{name}"}}')
        lines.append("===")
        return lines

    def generate(self):
        rng = self.rng
        blocks = [self.frontmatter(),
                  ["// Generated: do not edit. /* not a block comment here */"],
                  ["<!-- statements, arguments, relations, sections, tags, PCS -->"]]
        since_heading = 10**9
        while self.budget > 0:
            if since_heading > rng.randint(15, 40):
                blocks.append(self.heading())
                since_heading = 0
            roll = rng.random()
            if roll < 0.25 and self.pending_arguments and self.budget >= 3:
                blocks.append(self.pcs_of_pending())
            elif roll < 0.32 and self.budget >= 4 and self.statement_titles:
                blocks.append(self.standalone_argument())
            elif roll < 0.34:
                blocks.append(["/* A block comment", "   over two lines. */"])
            else:
                blocks.append(self.tree())
            since_heading += 1
        return "\n\n".join("\n".join(b) for b in blocks) + "\n"

    def counts(self):
        return {
            "statements": self.statement_count,
            "titled_statements": len(self.statement_titles),
            "untitled_statements": self.untitled_count,
            "arguments": self.argument_count,
            "reconstructed_arguments": self.pcs,
            "relations": dict(self.relations, total=sum(self.relations.values())),
            "sections": self.sections,
            "tags": len(self.tags),
        }

    def expected_relations(self):
        """The relations as Argdown exports them: a reconstructed argument's
        outgoing support and attack start at its main conclusion."""
        for kind, source, target in self.relation_list:
            if source[0] == "a" and source[1] in self.conclusions and kind != "undercut":
                source = ("s", self.conclusions[source[1]])
            yield kind, source, target


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--statements", type=int, required=True, help="statements in the map")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("-o", "--output", default="-", help="output file (default: stdout)")
    parser.add_argument("--counts", help="write the intended counts as JSON to this file")
    parser.add_argument("--relations", help="write the intended relations to this file, "
                        "one a line: type, from kind, from title, to kind, to title (tab-separated)")
    args = parser.parse_args()
    if args.statements < 2:
        parser.error("--statements must be at least 2")
    gen = Generator(args.statements, args.seed)
    text = gen.generate()
    if args.output == "-":
        sys.stdout.write(text)
    else:
        with open(args.output, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    counts = dict(gen.counts(), bytes=len(text.encode("utf-8")), seed=args.seed)
    if args.counts:
        with open(args.counts, "w", encoding="utf-8") as f:
            json.dump(counts, f, indent=2)
            f.write("\n")
    if args.relations:
        with open(args.relations, "w", encoding="utf-8") as f:
            for kind, source, target in gen.expected_relations():
                f.write(f"{kind}\t{source[0]}\t{source[1]}\t{target[0]}\t{target[1]}\n")


if __name__ == "__main__":
    main()

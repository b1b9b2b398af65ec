#!/usr/bin/env python3
"""The shape rules of the production code (model/, ui/, app/), checked on every test run:

  * no file over MAX_FILE_LINES lines;
  * no function body over MAX_FUNCTION_LINES lines (a body runs from a line holding only '{' to the next
    line holding only '}' at the same indentation: the house style puts a function's braces, and only
    those, on lines of their own);
  * no include cycle among our own headers (an edge is '#include "model/..."' or '#include "ui/..."');
  * model/ includes nothing from ui/;
  * the value types (model/core/types.h) include no other header of ours.

Usage: check_code_shape.py SOURCE_DIR. Prints every violation with file:line and exits 1 if there is one.
"""
import os
import re
import sys

MAX_FILE_LINES = 400
MAX_FUNCTION_LINES = 60
ROOMS = ("model", "ui", "app")
INCLUDE = re.compile(r'^\s*#\s*include\s+"((?:model|ui)/[^"]+)"')
VALUE_TYPES = "model/core/types.h"


def sources(root):
    for room in ROOMS:
        for folder, _dirs, files in os.walk(os.path.join(root, room)):
            for name in sorted(files):
                if name.endswith((".cpp", ".h")):
                    path = os.path.join(folder, name)
                    yield os.path.relpath(path, root), path


def function_problems(rel, lines):
    problems = []
    start = None
    indent = ""
    for number, line in enumerate(lines, 1):
        text = line.rstrip("\n")
        if start is None and text.strip() == "{":
            start, indent = number, text[: len(text) - 1]
        elif start is not None and text in (indent + "}", indent + "};"):
            length = number - start - 1
            if length > MAX_FUNCTION_LINES:
                problems.append(f"{rel}:{start}: function body of {length} lines (at most {MAX_FUNCTION_LINES})")
            start = None
    return problems


def find_cycles(graph):
    """Returns the include cycles found by a depth-first walk (one per back edge) as lists of headers."""
    WHITE, GREY, BLACK = 0, 1, 2
    colour = {node: WHITE for node in graph}
    stack, cycles = [], []

    def visit(node):
        colour[node] = GREY
        stack.append(node)
        for target in sorted(graph.get(node, ())):
            state = colour.get(target, BLACK)
            if state == GREY:
                cycles.append(stack[stack.index(target):] + [target])
            elif state == WHITE:
                visit(target)
        stack.pop()
        colour[node] = BLACK

    for node in sorted(graph):
        if colour[node] == WHITE:
            visit(node)
    return cycles


def main(root):
    problems = []
    graph = {}
    for rel, path in sources(root):
        with open(path, encoding="utf-8") as handle:
            lines = handle.readlines()
        if len(lines) > MAX_FILE_LINES:
            problems.append(f"{rel}:1: {len(lines)} lines (at most {MAX_FILE_LINES})")
        problems += function_problems(rel, lines)
        includes = []
        for number, line in enumerate(lines, 1):
            match = INCLUDE.match(line)
            if not match:
                continue
            target = match.group(1)
            includes.append(target)
            if rel.startswith("model/") and target.startswith("ui/"):
                problems.append(f"{rel}:{number}: the widget-free library includes {target}")
            if rel == VALUE_TYPES:
                problems.append(f"{rel}:{number}: the value types include {target} (they must stand alone)")
            if not os.path.isfile(os.path.join(root, target)):
                problems.append(f"{rel}:{number}: includes {target}, which does not exist")
        # A .cpp and its own header are one unit: the .cpp's includes count as the header's.
        unit = rel[:-4] + ".h" if rel.endswith(".cpp") else rel
        graph.setdefault(unit, set()).update(t for t in includes if t != unit)
    for cycle in find_cycles(graph):
        problems.append("include cycle: " + " -> ".join(cycle))
    for problem in problems:
        print(problem)
    print(f"code shape: {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..")))

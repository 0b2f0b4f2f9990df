#!/usr/bin/env python3
"""Parse every Kotlin (.kt, .kts) and Swift (.swift) file under the given paths with
tree-sitter and fail on any ERROR or MISSING node. tree-sitter always returns a tree, so
the check walks it; a file that does not parse is reported with line and column.

Known grammar quirk (tree-sitter-kotlin 1.1.0): a class body with members on ONE line,
`interface Foo { fun bar() }`, is reported as an error although it is valid Kotlin; write
class bodies over several lines, as idiomatic Kotlin does anyway."""

import re
import sys
from pathlib import Path

import tree_sitter_kotlin
import tree_sitter_swift
from tree_sitter import Language, Parser

LANGUAGES = {
    ".kt": Language(tree_sitter_kotlin.language()),
    ".kts": Language(tree_sitter_kotlin.language()),
    ".swift": Language(tree_sitter_swift.language()),
}


def problems(tree):
    """Yield (row, column, kind) for every ERROR or MISSING node."""
    stack = [tree.root_node]
    while stack:
        node = stack.pop()
        if node.is_error:
            yield node.start_point.row + 1, node.start_point.column + 1, "syntax error"
        elif node.is_missing:
            yield node.start_point.row + 1, node.start_point.column + 1, f"missing {node.type}"
        if node.has_error or node.is_missing:
            stack.extend(node.children)


# uniffi's generated Swift wraps an attribute in a compiler-version conditional:
#     #if swift(>=5.8)
#     @_documentation(visibility: private)
#     #endif
#     fileprivate struct ...
# valid Swift, but tree-sitter-swift 0.7.4 cannot parse a conditional around an attribute alone.
# The check resolves exactly this conditional as the compiler would (Swift >= 5.8 is
# required by the app anyway); nothing else is rewritten, so real syntax errors still fail.
SWIFT_DOC_CONDITIONAL = re.compile(
    rb"^#if swift\(>=5\.8\)\n([ \t]*@_documentation\(visibility: private\)\n)#endif\n", re.M
)


def source_of(path):
    """The bytes to parse: the file, with the one known grammar gap above resolved."""
    data = path.read_bytes()
    if path.suffix == ".swift":
        data = SWIFT_DOC_CONDITIONAL.sub(rb"\1", data)
    return data


def main(paths):
    files = []
    for root in map(Path, paths):
        if root.is_file():
            files += [root] if root.suffix in LANGUAGES else []
        else:
            files += [p for p in root.rglob("*") if p.suffix in LANGUAGES and "build" not in p.parts]
    if not files:
        print(f"parse-check: no Kotlin or Swift files under {' '.join(paths)}", file=sys.stderr)
        return 1
    failed = 0
    for path in sorted(files):
        parser = Parser(LANGUAGES[path.suffix])
        tree = parser.parse(source_of(path))
        found = sorted(set(problems(tree)))
        if found or tree.root_node.has_error:
            failed += 1
            for row, col, kind in found[:10] or [(1, 1, "syntax error")]:
                print(f"{path}:{row}:{col}: {kind}")
    print(f"parse-check: {len(files)} files, {failed} with errors")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["."]))

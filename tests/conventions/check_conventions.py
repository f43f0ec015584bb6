#!/usr/bin/env python3
"""The layering rules the build does not enforce yet (docs/architecture.md), checked over the source tree:

- SQL is written only in core/storage: no SQL statement in a string literal anywhere else in core/, ui/ or app/;
- the window and the command line include no storage header: they reach the vault through the services.

Prints each violation as path:line: what, and exits 1 when there is any."""
import pathlib
import re
import sys

ROOT = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".").resolve()
SOURCES = ("*.cpp", "*.h")
# A string literal that holds an SQL statement's keywords, upper case as this code base writes SQL.
SQL = re.compile(r'"[^"\n]*\b(SELECT\b.*\bFROM|INSERT INTO|UPDATE \w+ SET|DELETE FROM|PRAGMA \w|CREATE (TABLE|INDEX)'
                 r'|ALTER TABLE|DROP (TABLE|INDEX)|WITH \w+ AS \()')
STORAGE_INCLUDE = re.compile(r'#\s*include\s+"(core/)?storage/')


def files(*folders):
    for folder in folders:
        for pattern in SOURCES:
            yield from sorted((ROOT / folder).rglob(pattern))


def main():
    problems = []
    for path in files("core", "ui", "app"):
        relative = path.relative_to(ROOT).as_posix()
        if relative.startswith("core/storage/"):
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if SQL.search(line):
                problems.append(f"{relative}:{number}: SQL outside core/storage")
            if relative.startswith(("ui/", "app/")) and STORAGE_INCLUDE.search(line):
                problems.append(f"{relative}:{number}: a storage header included above the services")
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} convention problem(s): see docs/architecture.md", file=sys.stderr)
        return 1
    print("conventions: no SQL outside core/storage, no storage header in ui/ or app/")
    return 0


if __name__ == "__main__":
    sys.exit(main())

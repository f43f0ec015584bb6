#!/usr/bin/env python3
"""The layering rules (docs/architecture.md, "Layers"; docs/conventions.md), checked over the source tree. The link
graph already stops a layer from calling code above it; this check names the mistake sooner and also catches what
a link cannot see (a header-only include, an SQL string):

- includes are written from the repository root ("core/storage/Database.h"), so each one says which layer it
  reaches into;
- a folder includes only its own layer and the layers below it (LAYERS below);
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
QUOTED_INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"')

# What each folder may include, by library (core/CMakeLists.txt): its own library and those below it. The keys are
# matched longest first; "core/" alone stands for the root files (Result.h, Clock.h, CoreInit.h, ...).
DOMAIN = ("core/Result.h", "core/Clock.h", "core/domain/", "core/security/", "core/formats/")
STORAGE = DOMAIN + ("core/storage/",)
SERVICES = STORAGE + ("core/vault/", "core/services/", "core/io/", "core/demo/", "core/")
REPORT = SERVICES + ("core/report/",)
ABOVE_STORAGE = tuple(p for p in REPORT if p != "core/storage/")
LAYERS = {
    "core/domain/": DOMAIN,
    "core/security/": DOMAIN,
    "core/formats/": DOMAIN,
    "core/storage/": STORAGE,
    "core/vault/": SERVICES,
    "core/services/": SERVICES,
    "core/io/": SERVICES,
    "core/demo/": SERVICES,
    "core/report/": REPORT,
    "core/": SERVICES,
    "ui/": ABOVE_STORAGE + ("ui/",),
    "app/cli/": ABOVE_STORAGE + ("app/cli/",),
    "app/gui/": ABOVE_STORAGE + ("ui/",),
}


def allowed_includes(relative):
    for folder in sorted(LAYERS, key=len, reverse=True):
        if relative.startswith(folder):
            return LAYERS[folder]
    return ()


def include_problem(relative, target):
    if not target.startswith(("core/", "ui/", "app/")):
        return f'"{target}" is not written from the repository root'
    if not (ROOT / target).exists():
        return f'"{target}" does not exist'
    allowed = allowed_includes(relative)
    # "core/" admits the root files only, not every folder of core/.
    fits = any(target.startswith(p) and (p != "core/" or "/" not in target[len(p):]) for p in allowed)
    if not fits:
        return f'"{target}" is in a layer above this one'
    return None


def files(*folders):
    for folder in folders:
        for pattern in SOURCES:
            yield from sorted((ROOT / folder).rglob(pattern))


def main():
    problems = []
    for path in files("core", "ui", "app"):
        relative = path.relative_to(ROOT).as_posix()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            include = QUOTED_INCLUDE.match(line)
            if include:
                problem = include_problem(relative, include.group(1))
                if problem:
                    problems.append(f"{relative}:{number}: {problem}")
            if relative.startswith("core/storage/"):
                continue
            if SQL.search(line):
                problems.append(f"{relative}:{number}: SQL outside core/storage")
            if relative.startswith(("ui/", "app/")) and STORAGE_INCLUDE.search(line):
                problems.append(f"{relative}:{number}: a storage header included above the services")
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} convention problem(s): see docs/architecture.md", file=sys.stderr)
        return 1
    print("conventions: includes from the root and down the layers only, no SQL outside core/storage")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Runs clang-tidy with the repository's .clang-tidy on every source of the given folders (docs/conventions.md).

    run_clang_tidy.py BUILD_DIR SOURCE_DIR [FOLDER...]     folders: core/ ui/ app/ when none is given

CTest's conventions:tidy runs it on core/ and app/ (about 4 minutes on two cores); scripts/tidy on all three (about 8).

The build's compile_commands.json names GCC's precompiled headers, which clang cannot read, so a copy without them
is written to a temporary folder first. Needs clang-tidy 16 or later (clang-tidy-16 from Debian 12): older ones do
not parse C++20's std::source_location with this libstdc++ nor lambdas capturing structured bindings. Exits 77 (a
skipped CTest test) when there is none, 1 when a check finds something (each finding printed), 0 otherwise."""
import concurrent.futures
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

SKIPPED = 77
DEFAULT_FOLDERS = ("core/", "ui/", "app/")


def clang_tidy():
    for name in ("clang-tidy-16", "clang-tidy-17", "clang-tidy-18", "clang-tidy"):
        path = shutil.which(name)
        if not path:
            continue
        version = subprocess.run([path, "--version"], capture_output=True, text=True).stdout
        match = re.search(r"version (\d+)", version)
        if match and int(match.group(1)) >= 16:
            return path
    return None


def main():
    build, source = pathlib.Path(sys.argv[1]).resolve(), pathlib.Path(sys.argv[2]).resolve()
    folders = tuple(folder.rstrip("/") + "/" for folder in sys.argv[3:]) or DEFAULT_FOLDERS
    tidy = clang_tidy()
    if not tidy:
        print("clang-tidy 16 or later is not installed: skipped (scripts/lib/setup.sh installs clang-tidy-16)")
        return SKIPPED
    commands = json.loads((build / "compile_commands.json").read_text())
    files = []
    for entry in commands:
        relative = pathlib.Path(entry["file"]).resolve().relative_to(source).as_posix() \
            if pathlib.Path(entry["file"]).resolve().is_relative_to(source) else ""
        if not relative.startswith(folders) or not relative.endswith(".cpp"):
            continue
        entry["command"] = re.sub(r" -include \S+cmake_pch\.hxx", "", entry["command"]).replace(" -Winvalid-pch", "")
        files.append(relative)
    with tempfile.TemporaryDirectory() as database:
        (pathlib.Path(database) / "compile_commands.json").write_text(json.dumps(commands))

        def run(relative):
            done = subprocess.run([tidy, "-p", database, "--quiet", relative], cwd=source, capture_output=True,
                                  text=True)
            findings = [line for line in done.stdout.splitlines() if re.search(r": (warning|error): ", line)]
            return relative, done.returncode, findings

        failed = 0
        jobs = os.cpu_count() or 1
        with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
            for relative, code, findings in pool.map(run, sorted(set(files))):
                if code != 0 or findings:
                    failed += 1
                    print(f"{relative}:")
                    for line in findings or ["clang-tidy failed"]:
                        print("  " + line)
    if failed:
        print(f"clang-tidy: findings in {failed} file(s); see .clang-tidy and docs/conventions.md", file=sys.stderr)
        return 1
    print(f"clang-tidy: {len(set(files))} files, no findings")
    return 0


if __name__ == "__main__":
    sys.exit(main())

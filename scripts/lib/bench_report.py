#!/usr/bin/env python3
"""The Markdown table scripts/bench prints: every measurement per scale against its target
(docs/performance.md), then the driver comparison as ratios. Usage: bench_report.py DATA_DIR SCALE..."""
import json
import math
import os
import sys

# name -> (label, target in ms or None, kind)
SERVICES = [
    ("unlock_without_kdf", "Unlock without the KDF", 50),
    ("kdf_default_cost", "KDF at default cost (Argon2id)", None),
    ("dashboard", "Dashboard queries", 50),
    ("request_list_first_page", "Request list: count + first 200 rows", 50),
    ("request_list_filtered", "Request list: filtered search", 50),
    ("match_ranking_cold", "Match ranking with the roster read first (the GUI reads it on a worker after unlocking)", 50),
    ("match_ranking_warm", "Match ranking, roster in memory", 50),
    ("monthly_statistics", "Monthly statistics with disclosure control", 200),
    ("monthly_statistics_by_site", "Monthly statistics by site (three sites), protected together", 1000),
    ("import_10k_requests", "Import of 10 000 CSV rows (background, progress shown)", None),
    ("request_list_all_shared_phone", "All requests with identities, 40 000 more sharing one phone (requests list --json)", 10000),
    ("purge_closed_requests", "Purge of closed requests (background)", None),
]
GUI = [
    ("show_ms", "GUI: show the Requests page with its first rows", 50, "ms"),
    ("all_statuses_ms", "GUI: switch the list to all statuses", 50, "ms"),
    ("scroll_p95_ms", "GUI: scrolling step, 95th percentile", 50, "ms"),
    ("scroll_max_ms", "GUI: longest scrolling stall (wall)", 50, "ms"),
    ("scroll_max_cpu_ms", "GUI: longest scrolling stall (GUI thread's CPU)", 50, "ms"),
    ("peak_memory_mib", "GUI: peak memory", 150, "MiB"),
]
# The encrypted and unencrypted copies are written alike (bench/DriverBench.cpp); the first row runs them with the
# application's page cache (what users feel once the pages they use are cached: at the program scale the whole vault
# fits), the second without one (every page a query touches is read, and decrypted on the encrypted copy).
RATIOS = [
    ("ours-encrypted", "ours-plain", "Encrypted / unencrypted (our driver, the application's page cache)", 1.3),
    ("ours-encrypted-uncached", "ours-plain-uncached",
     "Encrypted / unencrypted (our driver, no page cache: every page read and decrypted)", None),
    ("ours-plain", "qsqlite-plain", "Our driver / Qt QSQLITE (unencrypted)", 1.1),
    ("ours-plain", "raw-sqlcipher-plain", "Our driver / sqlite3 C API (same library)", None),
    ("qsqlite-plain", "raw-system-plain", "QSQLITE / sqlite3 C API (system SQLite)", None),
]


def load(path):
    try:
        with open(path) as f:
            return json.load(f)
    except (OSError, ValueError):
        return None


def to_ms(entry, key="real_time"):
    unit = entry.get("time_unit", "ns")
    factor = {"ns": 1e-6, "us": 1e-3, "ms": 1.0, "s": 1e3}[unit]
    return entry[key] * factor


# The reading operations measured again on a program server (PostgreSQL 15 over loopback TLS; docs/server.md).
SERVER = ["dashboard", "request_list_first_page", "request_list_filtered", "match_ranking_cold", "match_ranking_warm",
          "monthly_statistics", "monthly_statistics_by_site"]


def services(data, scale, kind="services"):
    doc = load(os.path.join(data, f"{scale}-{kind}.json")) or {"benchmarks": []}
    out = {}
    for entry in doc["benchmarks"]:
        name = entry["name"].split("/")[0]
        if entry.get("error_occurred"):
            out[name] = ("error: " + entry.get("error_message", "?"), None)
            continue
        out[name] = (to_ms(entry), entry.get("requests"))
    return out


def mix(data, scale):
    times = {}
    for kind in ("driver", "qsqlite"):
        doc = load(os.path.join(data, f"{scale}-{kind}.json"))
        if not doc:
            continue
        for entry in doc["benchmarks"]:
            if entry.get("aggregate_name", "median") != "median":
                continue
            _, backend, query = entry["run_name"].split("/") if "run_name" in entry else entry["name"].split("/")
            # CPU time: the mix is single-threaded, and CPU time is what another process on the machine disturbs least.
            times.setdefault(backend, {})[query] = to_ms(entry, "cpu_time")
    return times


def fmt(value, unit="ms"):
    if isinstance(value, str):
        return value
    if value is None:
        return "–"
    return f"{value:.1f} {unit}" if value < 100 else f"{value:.0f} {unit}"


def verdict(values, target):
    numbers = [v for v in values if isinstance(v, (int, float))]
    if target is None:
        return ""
    if len(numbers) != len(values) or not numbers:
        return "not measured"
    return "met" if max(numbers) <= target else "**missed**"


def main():
    data, scales = sys.argv[1], sys.argv[2:]
    measured = {scale: services(data, scale) for scale in scales}
    gui = {scale: load(os.path.join(data, f"{scale}-gui.json")) or {} for scale in scales}
    lines = ["| Operation | " + " | ".join(scales) + " | Target | |", "|---|" + "---|" * len(scales) + "---|---|"]
    for name, label, target in SERVICES:
        cells, values = [], []
        for scale in scales:
            value, count = measured[scale].get(name, (None, None))
            values.append(value)
            cell = fmt(value)
            if count is not None:
                cell += f" ({int(count)} requests)"
            cells.append(cell)
        target_text = f"< {target} ms" if target else "–"
        lines.append(f"| {label} | " + " | ".join(cells) + f" | {target_text} | {verdict(values, target)} |")
    for key, label, target, unit in GUI:
        values = [gui[scale].get(key) for scale in scales]
        lines.append(f"| {label} | " + " | ".join(fmt(v, unit) for v in values)
                     + f" | < {target} {unit} | {verdict(values, target)} |")
    rows = [gui[scale].get("rows") for scale in scales]
    lines.append("| GUI: rows in the list | " + " | ".join(str(r) if r is not None else "–" for r in rows) + " | | |")

    server = {scale: services(data, scale, "server") for scale in scales}
    if any(server[scale] for scale in scales):
        lines += ["", "On a program server (PostgreSQL 15 over loopback TLS), with the ratio to the local vault:", ""]
        lines += ["| Operation | " + " | ".join(scales) + " | Target | |", "|---|" + "---|" * len(scales) + "---|---|"]
        labels = {name: (label, target) for name, label, target in SERVICES}
        for name in SERVER:
            label, target = labels[name]
            cells, values = [], []
            for scale in scales:
                value, _ = server[scale].get(name, (None, None))
                local, _ = measured[scale].get(name, (None, None))
                values.append(value)
                cell = fmt(value)
                if isinstance(value, (int, float)) and isinstance(local, (int, float)) and local > 0:
                    cell += f" ({value / local:.1f}×)"
                cells.append(cell)
            lines.append(f"| {label} | " + " | ".join(cells) + f" | < {target} ms | {verdict(values, target)} |")

    lines += ["", "Drivers side by side on the same query mix (ratio of median CPU times; geometric mean over the "
              "queries, worst query in brackets):", ""]
    lines += ["| Ratio | " + " | ".join(scales) + " | Target | |", "|---|" + "---|" * len(scales) + "---|---|"]
    times = {scale: mix(data, scale) for scale in scales}
    for top, bottom, label, target in RATIOS:
        cells, values = [], []
        for scale in scales:
            a, b = times[scale].get(top, {}), times[scale].get(bottom, {})
            ratios = [a[q] / b[q] for q in a if q in b and b[q] > 0]
            if not ratios:
                cells.append("–")
                values.append(None)
                continue
            geo = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
            worst = max(ratios)
            values.append(geo)
            cells.append(f"{geo:.2f}× ({worst:.2f}×)")
        target_text = f"≤ {target}×" if target else "–"
        lines.append(f"| {label} | " + " | ".join(cells) + f" | {target_text} | {verdict(values, target)} |")
    print("\n".join(lines))


if __name__ == "__main__":
    main()

"""Tables and a plot of the finder benchmark's results; no dependencies beyond the standard
library (the plot is an SVG written by hand)."""

import json
from html import escape
from pathlib import Path

AIM_SHARE = 40.0  # each finder page at least 40 % of the floor's throughput
AIM_P95_MS = 150.0

COLUMNS = (
    ("what", "URL", "<"),
    ("rps", "req/s", ">"),
    ("p50", "p50 ms", ">"),
    ("p95", "p95 ms", ">"),
    ("alone", "alone ms", ">"),
    ("errors", "errors", ">"),
    ("share", "% of floor", ">"),
    ("server_cpu", "gunicorn CPU %", ">"),
    ("db_cpu", "PostgreSQL CPU %", ">"),
    ("loadgen_cpu", "wrk CPU %", ">"),
    ("other_cpu", "other CPU %", ">"),
)


def rows(result: dict) -> list[dict]:
    floor = result["floor_rps"]
    table = []
    for run in result["runs"]:
        table.append(
            {
                "what": run["label"],
                "rps": f"{run['rps']:.1f}",
                "p50": f"{run['p50_ms']:.1f}",
                "p95": f"{run['p95_ms']:.1f}",
                "alone": f"{run['alone_ms']:.1f}" if "alone_ms" in run else "–",
                "errors": str(run["errors"]),
                "share": "100" if run["key"] == "floor" else f"{100 * run['rps'] / floor:.0f}",
                "server_cpu": f"{run['server_cpu']:.0f}",
                "db_cpu": f"{run.get('db_cpu', 0):.0f}",
                "loadgen_cpu": f"{run['loadgen_cpu']:.0f}",
                "other_cpu": f"{run.get('other_cpu', 0):.0f}",
            }
        )
    return table


def text_table(result: dict) -> str:
    table = rows(result)
    widths = {key: max(len(title), *(len(row[key]) for row in table)) for key, title, _a in COLUMNS}
    lines = ["  ".join(f"{title:{align}{widths[key]}}" for key, title, align in COLUMNS)]
    lines.append("  ".join("-" * widths[key] for key, _t, _a in COLUMNS))
    lines += [
        "  ".join(f"{row[key]:{align}{widths[key]}}" for key, _t, align in COLUMNS) for row in table
    ]
    return "\n".join(lines)


def markdown_table(result: dict) -> str:
    lines = ["| " + " | ".join(title for _k, title, _a in COLUMNS) + " |"]
    lines.append("|" + "|".join("---" if a == "<" else "---:" for _k, _t, a in COLUMNS) + "|")
    lines += ["| " + " | ".join(row[k] for k, _t, _a in COLUMNS) + " |" for row in rows(result)]
    return "\n".join(lines)


def verdict(result: dict) -> list[str]:
    """Which finder pages meet the aim (≥ 40 % of the floor, p95 < 150 ms) and which miss it."""
    notes = []
    for run in result["runs"]:
        if run["key"] == "floor":
            continue
        share = 100 * run["rps"] / result["floor_rps"]
        met = share >= AIM_SHARE and run["p95_ms"] < AIM_P95_MS and not run["errors"]
        notes.append(
            f"{run['label']}: {share:.0f} % of the floor, p95 {run['p95_ms']:.0f} ms – "
            + ("meets the aim" if met else "misses the aim")
        )
    return notes


def mode(result: dict) -> str:
    """The page cache's state in a run: "cache", "no-cache", or "" for runs from before the
    benchmark could switch it (the finder then had no page cache)."""
    if "cache" not in result["settings"]:
        return ""
    return "cache" if result["settings"]["cache"] else "no-cache"


MODE_TITLES = {
    "cache": "page cache on",
    "no-cache": "page cache off",
    "": "earlier code, no page cache yet",
}


def stem(result: dict) -> str:
    return "-".join(filter(None, ["finder", str(result["settings"]["offerings"]), mode(result)]))


def cache_sentence(result: dict) -> str:
    settings = result["settings"]
    if mode(result) == "cache":
        return (
            f" Page cache on: VERBUND_PUBLIC_CACHE_SECONDS={settings['cache_seconds']}, Redis "
            "shared by the workers (CACHE_URL), emptied before the run, so the warm-up fills it "
            "with the addresses below and the measured seconds mostly read it."
        )
    if mode(result) == "no-cache":
        return (
            " Page cache off (VERBUND_PUBLIC_CACHE_SECONDS=0): every request is rendered, as "
            "every new search is."
        )
    return ""


def markdown(result: dict, plot_name: str) -> str:
    machine, settings = result["machine"], result["settings"]
    offerings = f"{settings['offerings']:,}".replace(",", " ")
    return "\n".join(
        [
            f"## {offerings} offerings, {MODE_TITLES[mode(result)]} – {result['date']}",
            "",
            f"Machine: {machine['cpu']}, {machine['cores']} cores, {machine['memory_gb']} GB; "
            f"{machine['os']}; Python {machine['python']}, Django {machine['django']}, "
            f"gunicorn {machine['gunicorn']}, {machine['postgres']}, {machine['wrk']}. Load "
            f"average before the run: {' '.join(machine.get('load_average', ['?']))}.",
            "",
            f"Settings: {settings['offerings']} published offerings in one network, "
            f"{settings['organisations']} organisations, texts in "
            f"{settings['languages']} languages ({settings['texts']} text rows); gunicorn "
            f"{settings['workers']} sync workers (2 × cores + 1) on the same machine as the load "
            f"generator; wrk with {settings['connections']} connections on "
            f"{settings['threads']} threads, {settings['warmup']} s warm-up and "
            f"{settings['duration']} s measured per URL; floor measured before and after the "
            f"finder pages (throughputs {settings['floor_before']:.0f} and "
            f"{settings['floor_after']:.0f} req/s; the mean is 100 %)." + cache_sentence(result),
            "",
            markdown_table(result),
            "",
            *[f"- {note}" for note in verdict(result)],
            "",
            f"![Throughput and p95 latency]({plot_name})",
            "",
            "alone: median of 20 requests one after the other, without concurrent load. "
            "CPU columns: percent of one core while the URL was measured, for gunicorn (master "
            "and workers), the PostgreSQL backends of the benchmark database, wrk, and everything "
            "else on the machine (other programs competing for the cores).",
            "",
            "URLs (a random one of each list per request):",
            "",
            *[
                f"- {run['label']}: `{run['example']}` "
                f"({run['paths']} address{'es' if run['paths'] != 1 else ''})"
                for run in result["runs"]
            ],
            "",
        ]
    )


def write(result: dict, directory: Path) -> tuple[Path, Path]:
    """Store the run as JSON and SVG and rebuild ``finder.md`` from every stored run."""
    directory.mkdir(parents=True, exist_ok=True)
    name = stem(result)
    (directory / f"{name}.json").write_text(json.dumps(result, indent=2) + "\n")
    (directory / f"{name}.svg").write_text(svg(result))
    order = list(MODE_TITLES)
    runs = sorted(
        (json.loads(path.read_text()) for path in directory.glob("finder-*.json")),
        key=lambda r: (-r["settings"]["offerings"], order.index(mode(r))),
    )
    page = [
        "# Finder benchmark",
        "",
        "Produced by `benchmarks/finder.py` (see `benchmarks/README.md`); one section per data "
        "size and page-cache setting, the latest run of each. Aim (issue 3): each finder page at "
        "least 40 % of the floor's throughput on PostgreSQL, p95 under 150 ms.",
        "",
    ]
    page += [markdown(run, f"{stem(run)}.svg") for run in runs]
    target = directory / "finder.md"
    target.write_text("\n".join(page))
    return target, directory / f"{name}.svg"


def svg(result: dict) -> str:
    """Two bar charts side by side: throughput (with the 40 % line) and p95 (with 150 ms)."""
    runs = list(result["runs"])
    bar, gap, top, label_width, chart = 22, 12, 56, 250, 230
    height = top + len(runs) * (bar + gap) + 40
    width = label_width + 2 * chart + 120
    floor = result["floor_rps"]
    max_rps = max(run["rps"] for run in runs) or 1
    max_p95 = max(max(run["p95_ms"] for run in runs), AIM_P95_MS) * 1.1
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="12">',
        '<rect width="100%" height="100%" fill="white"/>',
        f'<text x="10" y="20" font-size="14" font-weight="bold">Finder benchmark – '
        f"{result['settings']['offerings']} offerings, {MODE_TITLES[mode(result)]}, "
        f"{escape(result['date'])}</text>",
        f'<text x="{label_width}" y="44">requests/s (dashed: 40 % of the floor)</text>',
        f'<text x="{label_width + chart + 60}" y="44">p95 latency, ms (dashed: 150 ms)</text>',
    ]
    for index, run in enumerate(runs):
        y = top + index * (bar + gap)
        colour = "#777" if run["key"] == "floor" else "#1f5fa8"
        rps_width = chart * run["rps"] / max_rps
        p95_width = chart * run["p95_ms"] / max_p95
        late = run["p95_ms"] >= AIM_P95_MS
        parts += [
            f'<text x="{label_width - 8}" y="{y + bar * 0.7}" text-anchor="end">'
            f"{escape(run['label'])}</text>",
            f'<rect x="{label_width}" y="{y}" width="{rps_width:.1f}" height="{bar}" '
            f'fill="{colour}"/>',
            f'<text x="{label_width + rps_width + 4:.1f}" y="{y + bar * 0.7}">'
            f"{run['rps']:.0f}</text>",
            f'<rect x="{label_width + chart + 60}" y="{y}" width="{p95_width:.1f}" '
            f'height="{bar}" fill="{"#b03a2e" if late else colour}"/>',
            f'<text x="{label_width + chart + 64 + p95_width:.1f}" y="{y + bar * 0.7}">'
            f"{run['p95_ms']:.0f}</text>",
        ]
    bottom = top + len(runs) * (bar + gap)
    aim_x = label_width + chart * (floor * AIM_SHARE / 100) / max_rps
    p95_x = label_width + chart + 60 + chart * AIM_P95_MS / max_p95
    for x in (aim_x, p95_x):
        parts.append(
            f'<line x1="{x:.1f}" y1="{top - 6}" x2="{x:.1f}" y2="{bottom}" stroke="#333" '
            'stroke-dasharray="4 3"/>'
        )
    parts.append("</svg>")
    return "\n".join(parts) + "\n"

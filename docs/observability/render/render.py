#!/usr/bin/env python3
"""Draws the dashboard's panels (docs/observability/portside-dashboard.json) from real /prometheus
samples, as one HTML page of SVG charts that headless Chromium turns into a PNG. There is no Grafana
here: each panel computes what its PromQL says (rates between consecutive scrapes, sums by label,
histogram_quantile over the bucket increases), not a picture of Grafana itself.

Usage: render.py SCRAPE_DIR OUT.html
"""
import glob
import html
import re
import sys
from collections import defaultdict

LINE = re.compile(r'^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$')
LABEL = re.compile(r'(\w+)="((?:[^"\\]|\\.)*)"')
COLORS = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"]


def load(directory):
    scrapes = []
    for path in sorted(glob.glob(directory + "/scrape-*.txt")):
        with open(path) as f:
            at = float(f.readline())
            samples = defaultdict(list)
            for line in f:
                m = LINE.match(line.strip())
                if m and not line.startswith("#"):
                    samples[m.group(1)].append((dict(LABEL.findall(m.group(2) or "")), float(m.group(3))))
            scrapes.append((at, samples))
    return scrapes


def summed(samples, name, by, where=lambda labels: True):
    out = defaultdict(float)
    for labels, value in samples.get(name, []):
        if where(labels):
            out[tuple(labels.get(k, "") for k in by)] += value
    return out


def rate(scrapes, name, by, where=lambda labels: True):
    series = defaultdict(list)
    for (t0, s0), (t1, s1) in zip(scrapes, scrapes[1:]):
        before, after = summed(s0, name, by, where), summed(s1, name, by, where)
        for key, value in after.items():
            series[key].append((t1, max(0.0, value - before.get(key, 0.0)) / (t1 - t0)))
    return series


def ratio(a, b):
    out = {}
    for key, points in a.items():
        below = dict(b.get(key, []))
        out[key] = [(t, v / below[t]) for t, v in points if below.get(t)]
    return out


def gauge(scrapes, name, by):
    series = defaultdict(list)
    for t, samples in scrapes:
        for key, value in summed(samples, name, by).items():
            series[key].append((t, value))
    return series


def quantile(q, scrapes, name, by):
    series = defaultdict(list)
    for (t0, s0), (t1, s1) in zip(scrapes, scrapes[1:]):
        before = summed(s0, name, by + ["le"])
        after = summed(s1, name, by + ["le"])
        groups = defaultdict(list)
        for key, value in after.items():
            le = float("inf") if key[-1] == "+Inf" else float(key[-1])
            groups[key[:-1]].append((le, value - before.get(key, 0.0)))
        for key, buckets in groups.items():
            buckets.sort()
            total = buckets[-1][1]
            if total <= 0:
                continue
            rank, previous_le, previous_count = q * total, 0.0, 0.0
            for le, count in buckets:
                if count >= rank:
                    if le == float("inf"):
                        value = previous_le
                    else:
                        value = previous_le + (le - previous_le) * (rank - previous_count) / max(count - previous_count, 1e-9)
                    series[key].append((t1, value))
                    break
                previous_le, previous_count = le, count
    return series


def top(series, n=8):
    ranked = sorted(series.items(), key=lambda item: -sum(v for _, v in item[1]))
    return dict(ranked[:n])


def svg(title, series, unit, t0, t1, width=560, height=230):
    left, right, top_, bottom = 58, 22, 26, 62
    values = [v for points in series.values() for _, v in points]
    vmax = max(values) if values else 1.0
    vmax = vmax * 1.1 if vmax > 0 else 1.0
    def x(t):
        return left + (t - t0) / max(t1 - t0, 1e-9) * (width - left - right)
    def y(v):
        return height - bottom - v / vmax * (height - top_ - bottom)
    def fmt(v):
        if unit == "s":
            if vmax < 0.002:
                return f"{v * 1e6:.0f} µs"
            if v < 0.01:
                return f"{v * 1000:.1f} ms"
            return f"{v * 1000:.0f} ms" if v < 1 else f"{v:.2f} s"
        if unit == "%":
            return f"{v * 100:.0f}%"
        return f"{v:.2f}" if vmax < 10 else f"{v:.0f}"
    parts = [f'<svg width="{width}" height="{height}" xmlns="http://www.w3.org/2000/svg">',
             f'<rect width="100%" height="100%" fill="#181b1f"/>',
             f'<text x="8" y="17" fill="#d8d9da" font-size="13" font-weight="bold">{html.escape(title)}</text>']
    for i in range(5):
        v = vmax * i / 4
        parts.append(f'<line x1="{left}" x2="{width - right}" y1="{y(v):.1f}" y2="{y(v):.1f}" stroke="#2c3235"/>')
        parts.append(f'<text x="{left - 4}" y="{y(v) + 4:.1f}" fill="#8e8e8e" font-size="10" text-anchor="end">{fmt(v)}</text>')
    for i in range(4):
        t = t0 + (t1 - t0) * i / 3
        parts.append(f'<text x="{x(t):.1f}" y="{height - bottom + 14}" fill="#8e8e8e" font-size="10" text-anchor="middle">+{t - t0:.0f}s</text>')
    legend_y = height - bottom + 30
    for n, (key, points) in enumerate(series.items()):
        color = COLORS[n % len(COLORS)]
        if len(points) > 1:
            path = " ".join(f"{x(t):.1f},{y(v):.1f}" for t, v in points)
            parts.append(f'<polyline points="{path}" fill="none" stroke="{color}" stroke-width="1.6"/>')
        elif points:
            parts.append(f'<circle cx="{x(points[0][0]):.1f}" cy="{y(points[0][1]):.1f}" r="2.5" fill="{color}"/>')
        label = " ".join(k for k in key if k) or "total"
        lx = 8 + (n % 3) * ((width - 16) // 3)
        ly = legend_y + (n // 3) * 12
        parts.append(f'<rect x="{lx}" y="{ly - 8}" width="8" height="8" fill="{color}"/>'
                     f'<text x="{lx + 11}" y="{ly}" fill="#d8d9da" font-size="9.5">{html.escape(label[:38])}</text>')
    if not series:
        parts.append(f'<text x="{width / 2}" y="{height / 2}" fill="#8e8e8e" font-size="12" text-anchor="middle">no data in this run</text>')
    parts.append("</svg>")
    return "".join(parts)


def main():
    scrapes = load(sys.argv[1])
    t0, t1 = scrapes[0][0], scrapes[-1][0]
    ok_only = lambda labels: labels.get("outcome") != "ok"
    panels = [
        ("Use cases: throughput (req/s)", top(rate(scrapes, "portside_usecase_seconds_count", ["usecase"])), ""),
        ("Use cases: latency p95", top(quantile(0.95, scrapes, "portside_usecase_seconds_bucket", ["usecase"])), "s"),
        ("Use cases: refusals and failures (req/s)", top(rate(scrapes, "portside_usecase_seconds_count", ["usecase", "outcome", "code"], ok_only)), ""),
        ("Driven ports: mean time per call", top(ratio(rate(scrapes, "portside_port_seconds_sum", ["port", "method"]),
                                                    rate(scrapes, "portside_port_seconds_count", ["port", "method"]))), "s"),
        ("JDBC pool (HikariCP)", {("active",): gauge(scrapes, "hikaricp_connections_active", [])[()],
                                  ("idle",): gauge(scrapes, "hikaricp_connections_idle", [])[()],
                                  ("pending",): gauge(scrapes, "hikaricp_connections_pending", [])[()],
                                  ("max",): gauge(scrapes, "hikaricp_connections_max", [])[()]}, ""),
        ("JDBC pool: mean time to get a connection", {("mean acquire",): ratio(rate(scrapes, "hikaricp_connections_acquire_seconds_sum", []),
                                                                              rate(scrapes, "hikaricp_connections_acquire_seconds_count", [])).get((), [])}, "s"),
        ("Slow statements (per scrape interval)", top({k: [(t, v * 5) for t, v in p] for k, p in rate(scrapes, "portside_storage_slow_total", ["port", "method"]).items()}), ""),
        ("Cache hit ratio", ratio(rate(scrapes, "portside_cache_gets_total", ["cache"], lambda l: l.get("result") == "hit"),
                                  rate(scrapes, "portside_cache_gets_total", ["cache"])), "%"),
        ("Unit-of-work retries and idempotent replays (/s)", {**{("retry " + k[0],): v for k, v in rate(scrapes, "portside_uow_retries_total", ["cause"]).items()},
                                                            ("replays",): rate(scrapes, "portside_idempotency_replays_total", []).get((), [])}, ""),
        ("Cache errors (/s)", rate(scrapes, "portside_cache_errors_total", ["cache"]), ""),
        ("Outbox: events skipped, unknown type (per scrape interval)",
         top({k: [(t, v * 5) for t, v in p] for k, p in rate(scrapes, "portside_outbox_skipped_total", ["backend", "type"]).items()}), ""),
    ]
    body = "".join(f'<div class="p">{svg(title, series, unit, t0, t1)}</div>' for title, series, unit in panels)
    with open(sys.argv[2], "w") as out:
        out.write('<!doctype html><html><head><meta charset="utf-8"><style>'
                  'body{margin:0;background:#111217;font-family:DejaVu Sans,sans-serif;color:#d8d9da}'
                  'h1{font-size:16px;margin:10px 12px 4px}p{font-size:11px;margin:0 12px 8px;color:#8e8e8e}'
                  '.g{display:grid;grid-template-columns:repeat(2,560px);gap:8px;padding:0 12px 12px}'
                  '</style></head><body><h1>Portside: use cases and data layer</h1>'
                  f'<p>{len(scrapes)} scrapes of /prometheus, {t1 - t0:.0f} s, drawn by docs/observability/render/render.py '
                  'with the PromQL of portside-dashboard.json (not Grafana)</p>'
                  f'<div class="g">{body}</div></body></html>')


if __name__ == "__main__":
    main()

"""Draw the Grafana dashboard's panels from a live Prometheus into a PNG (where Grafana cannot run).

    python scripts/render_dashboard.py --prometheus http://127.0.0.1:9090 --out docs/dashboard.png

Reads deploy/grafana/dashboards/sitrep.json (the generated dashboard), runs each panel's own PromQL
against Prometheus over the last --minutes (cropped to where data starts), and lays the panels out by
their gridPos: stats as numbers, time series as lines, bar gauges as bars, the table as a table and the
geomap as points placed by the same gazetteer (no basemap tiles offline). matplotlib is a docs-only
dependency. tests/integration/test_metrics_e2e.py calls this when SITREP_RENDER_DASHBOARD is set.
"""

from __future__ import annotations

import argparse
import json
import re
import time
import urllib.parse
import urllib.request
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.dates as mdates  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib import ticker  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DASHBOARD = ROOT / "deploy/grafana/dashboards/sitrep.json"
GAZETTEER = ROOT / "deploy/grafana/gazetteer/sitrep-regions.json"
THEME = {"page": "#111217", "panel": "#181b1f", "text": "#ccccdc", "muted": "#8e8e9e", "grid": "#2c3235"}
PALETTE = ["#73bf69", "#f2cc0c", "#8ab8ff", "#ff780a", "#f2495c", "#5794f2", "#b877d9", "#fade2a"]
ROW_UNIT = 0.42  # inches per grid row
WIDTH = 24


class Prometheus:
    def __init__(self, url: str):
        self.url = url.rstrip("/")

    def _get(self, path: str, **params) -> dict:
        query = urllib.parse.urlencode(params)
        with urllib.request.urlopen(f"{self.url}/api/v1/{path}?{query}", timeout=30) as response:
            body = json.loads(response.read())
        if body["status"] != "success":
            raise RuntimeError(body)
        return body["data"]

    def instant(self, expr: str, at: float) -> list[dict]:
        return self._get("query", query=expr, time=at)["result"]

    def series(self, expr: str, start: float, end: float, step: float) -> list[dict]:
        return self._get("query_range", query=expr, start=start, end=end, step=step)["result"]


def legend(fmt: str, metric: dict) -> str:
    if not fmt:
        return ",".join(f"{k}={v}" for k, v in metric.items()) or "value"
    return re.sub(r"\{\{\s*(\w+)\s*\}\}", lambda m: metric.get(m.group(1), ""), fmt)


def fmt_value(value: float, unit: str) -> str:
    if value != value:  # NaN: no observations in the window
        return "-"
    if unit == "s":
        return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"
    if unit == "reqps":
        return f"{value:.2f}/s"
    return f"{value:,.0f}" if abs(value - round(value)) < 1e-9 else f"{value:,.2f}"


class Renderer:
    def __init__(self, prometheus: Prometheus, start: float, end: float, step: float, rate_interval: str):
        self.prom, self.start, self.end, self.step = prometheus, start, end, step
        self.macros = {
            "$__rate_interval": rate_interval,
            "$__range": f"{int(end - start)}s",
            "$__interval": "15s",
        }

    def expr(self, target: dict) -> str:
        expr = target["expr"]
        for macro, value in self.macros.items():
            expr = expr.replace(macro, value)
        return expr

    def instant(self, target: dict) -> list[dict]:
        return self.prom.instant(self.expr(target), self.end)

    # one function per panel type ---------------------------------------------------------------

    def stat(self, ax, panel):
        result = self.instant(panel["targets"][0])
        value = float(result[0]["value"][1]) if result else float("nan")
        defaults = panel["fieldConfig"]["defaults"]
        if defaults.get("decimals") is not None and value == value:
            value = round(value, defaults["decimals"])
        ax.axis("off")
        ax.text(
            0.5,
            0.4,
            fmt_value(value, defaults.get("unit", "")),
            ha="center",
            va="center",
            fontsize=26,
            color=PALETTE[0],
            weight="bold",
            transform=ax.transAxes,
        )

    def timeseries(self, ax, panel):
        unit = panel["fieldConfig"]["defaults"].get("unit", "")
        n = 0
        for target in panel["targets"]:
            for series in self.prom.series(self.expr(target), self.start, self.end, self.step):
                points = [
                    (float(t), float(v)) for t, v in series["values"] if v not in ("NaN", "+Inf", "-Inf")
                ]
                if not points:
                    continue
                xs = [t / 86400 for t, _ in points]  # matplotlib dates: days since 1970-01-01
                ys = [v * 1000 if unit == "s" else v for _, v in points]
                ax.plot(
                    xs,
                    ys,
                    color=PALETTE[n % len(PALETTE)],
                    lw=1.6,
                    label=legend(target.get("legendFormat", ""), series["metric"]),
                )
                n += 1
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%H:%M:%S"))
        ax.xaxis.set_major_locator(ticker.MaxNLocator(5))
        ax.set_xlim(self.start / 86400, self.end / 86400)
        ax.set_ylabel({"s": "ms", "reqps": "per second"}.get(unit, ""), color=THEME["muted"], fontsize=8)
        ax.grid(color=THEME["grid"], lw=0.5)
        if n:
            ax.legend(
                loc="upper left",
                fontsize=7,
                facecolor=THEME["panel"],
                edgecolor=THEME["grid"],
                labelcolor=THEME["text"],
                ncol=2,
            )
        else:
            ax.text(0.5, 0.5, "no data", ha="center", color=THEME["muted"], transform=ax.transAxes)

    def bargauge(self, ax, panel):
        target = panel["targets"][0]
        rows = sorted(
            (
                (legend(target.get("legendFormat", ""), r["metric"]), float(r["value"][1]))
                for r in self.instant(target)
            ),
            key=lambda r: r[1],
        )
        labels, values = [r[0] for r in rows], [r[1] for r in rows]
        ax.barh(labels, values, color=PALETTE[3] if "casualt" in panel["title"] else PALETTE[4])
        for y, value in enumerate(values):
            ax.text(value, y, f" {value:,.0f}", va="center", color=THEME["text"], fontsize=8)
        ax.grid(axis="x", color=THEME["grid"], lw=0.5)
        ax.tick_params(axis="y", labelsize=8)

    def table(self, ax, panel):
        rename = next(t["options"]["renameByName"] for t in panel["transformations"] if t["id"] == "organize")
        columns: dict[str, dict[str, float]] = {}
        for target in panel["targets"]:
            name = rename.get(f"Value #{target['refId']}", target["refId"])
            for r in self.instant(target):
                key = (r["metric"].get("location_key", ""), r["metric"].get("country", ""))
                columns.setdefault(key, {})[name] = float(r["value"][1])
        names = [rename[f"Value #{t['refId']}"] for t in panel["targets"]]
        rows = sorted(columns.items(), key=lambda kv: (-kv[1].get(names[0], 0), kv[0]))[:14]
        cells = [
            [key, country] + [f"{values.get(n, 0):,.0f}" for n in names] for (key, country), values in rows
        ]
        ax.axis("off")
        if not cells:
            return
        table = ax.table(
            cellText=cells,
            colLabels=["Location key", "Country", *names],
            loc="upper center",
            cellLoc="right",
            colLoc="right",
        )
        table.auto_set_font_size(False)
        table.set_fontsize(8)
        for cell in table.get_celld().values():
            cell.set_facecolor(THEME["panel"])
            cell.set_edgecolor(THEME["grid"])
            cell.get_text().set_color(THEME["text"])

    def geomap(self, ax, panel):
        gazetteer = {e["key"]: e for e in json.loads(GAZETTEER.read_text())}
        lookup = panel["options"]["layers"][0]["location"]["lookup"]
        points = []
        for r in self.instant(panel["targets"][0]):
            place = gazetteer.get(r["metric"].get(lookup, ""))
            if place:
                points.append((place["longitude"], place["latitude"], float(r["value"][1]), place["key"]))
        ax.grid(color=THEME["grid"], lw=0.5)
        ax.set_xlabel("longitude", color=THEME["muted"], fontsize=8)
        ax.set_ylabel("latitude", color=THEME["muted"], fontsize=8)
        if not points:
            return
        top = max(p[2] for p in points) or 1
        ax.scatter(
            [p[0] for p in points],
            [p[1] for p in points],
            s=[40 + 600 * p[2] / top for p in points],
            c=[p[2] for p in points],
            cmap="YlOrRd",
            alpha=0.75,
            edgecolors="#ffffff",
            linewidths=0.4,
        )
        for lon, lat, value, key in sorted(points, key=lambda p: -p[2])[:10]:  # label the largest only
            ax.annotate(
                f"{key} ({value:.0f})",
                (lon, lat),
                fontsize=7,
                color=THEME["text"],
                xytext=(4, 4),
                textcoords="offset points",
            )
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        pad = 4
        ax.set_xlim(min(xs) - pad, max(xs) + pad)
        ax.set_ylim(min(ys) - pad, max(ys) + pad)
        ax.set_aspect("equal", adjustable="datalim")


def data_range(prometheus: Prometheus, start: float, end: float, step: float) -> tuple[float, float]:
    """When the workers were scraped inside [start, end]: the picture covers that span."""
    result = prometheus.series('sum(up{job=~"sitrep-.*"})', start, end, step)
    times = [float(t) for r in result for t, _ in r["values"]]
    return (min(times), max(times)) if times else (start, end)


def render(
    prometheus: Prometheus,
    out: Path,
    minutes: float,
    step: float,
    rate_interval: str,
    end: float | None = None,
) -> Path:
    board = json.loads(DASHBOARD.read_text())
    end = end or time.time()
    start, end = data_range(prometheus, end - minutes * 60, end, step)
    renderer = Renderer(prometheus, start, end, step, rate_interval)
    bottom = max(p["gridPos"]["y"] + p["gridPos"]["h"] for p in board["panels"])
    height = bottom * ROW_UNIT + 0.8
    fig = plt.figure(figsize=(20, height), facecolor=THEME["page"])
    fig.text(
        0.01,
        1 - 0.35 / height,
        f"{board['title']}  ·  {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime(end))}"
        f"  ·  last {int(end - start)} s, from Prometheus",
        color=THEME["text"],
        fontsize=14,
        va="center",
    )
    top_margin = 0.7 / height
    for panel in board["panels"]:
        grid = panel["gridPos"]
        x0, w = grid["x"] / WIDTH, grid["w"] / WIDTH
        y0 = 1 - top_margin - (grid["y"] + grid["h"]) * ROW_UNIT / height
        h = grid["h"] * ROW_UNIT / height
        if panel["type"] == "row":
            fig.text(
                x0 + 0.005,
                y0 + h / 2,
                panel["title"],
                color=THEME["text"],
                fontsize=13,
                weight="bold",
                va="center",
            )
            continue
        pad_x, pad_top = 0.004, 0.32 / height
        left = 0.08 if panel["type"] == "bargauge" else 0.03  # room for location keys
        ax = fig.add_axes(
            [
                x0 + pad_x + left * w,
                y0 + 0.25 / height,
                w - 2 * pad_x - (left + 0.02) * w,
                h - pad_top - 0.35 / height,
            ]
        )
        frame = plt.Rectangle(
            (x0 + pad_x / 2, y0 + 0.05 / height),
            w - pad_x,
            h - 0.1 / height,
            transform=fig.transFigure,
            facecolor=THEME["panel"],
            edgecolor=THEME["grid"],
            zorder=-1,
        )
        fig.patches.append(frame)
        fig.text(
            x0 + pad_x + 0.004,
            y0 + h - 0.22 / height,
            panel["title"],
            color=THEME["text"],
            fontsize=10,
            weight="bold",
            va="center",
        )
        ax.set_facecolor(THEME["panel"])
        ax.tick_params(colors=THEME["muted"], labelsize=7)
        for spine in ax.spines.values():
            spine.set_color(THEME["grid"])
        getattr(renderer, panel["type"])(ax, panel)
    out.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(out, dpi=80, facecolor=THEME["page"])
    plt.close(fig)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--prometheus", default="http://127.0.0.1:9090", help="Prometheus base URL")
    parser.add_argument("--out", default=str(ROOT / "docs/dashboard.png"), help="PNG to write")
    parser.add_argument("--minutes", type=float, default=15, help="time range (cropped to where data starts)")
    parser.add_argument("--step", type=float, default=2, help="query_range step in seconds")
    parser.add_argument("--rate-interval", default="15s", help="what Grafana's $__rate_interval stands for")
    parser.add_argument("--end", type=float, help="end of the range, Unix seconds (default: now)")
    args = parser.parse_args(argv)
    out = render(
        Prometheus(args.prometheus), Path(args.out), args.minutes, args.step, args.rate_interval, args.end
    )
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

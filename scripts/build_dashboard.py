"""The Sitrep Grafana dashboard as code (grafana-foundation-sdk), written to deploy/grafana/dashboards/.

    python scripts/build_dashboard.py              # writes deploy/grafana/dashboards/sitrep.json
    python scripts/build_dashboard.py --check      # exits 1 if the committed JSON differs
    python scripts/build_dashboard.py --gazetteer  # also rebuilds the geomap's region gazetteer

The JSON is generated: edit this file, never the JSON. Every panel queries the provisioned
Prometheus datasource by its fixed uid. `QUERIES` (title -> PromQL) is what the docs list and what the
tests check with promtool and against a real Prometheus.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from grafana_foundation_sdk.builders import bargauge, common, dashboard, geomap, stat, table, timeseries
from grafana_foundation_sdk.builders import prometheus as prom
from grafana_foundation_sdk.cog.encoder import JSONEncoder
from grafana_foundation_sdk.models import common as common_models
from grafana_foundation_sdk.models import dashboard as models
from grafana_foundation_sdk.models import geomap as geomap_models
from grafana_foundation_sdk.models.prometheus import PromQueryFormat

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "deploy/grafana/dashboards/sitrep.json"
GAZETTEER = ROOT / "deploy/grafana/gazetteer/sitrep-regions.json"
REGION_NAMES = ROOT / "services/sitrep/extraction/data/places/names.tsv"

UID = "sitrep-overview"
DATASOURCE_UID = "sitrep-prometheus"  # deploy/grafana/provisioning/datasources/prometheus.yml
DATASOURCE = models.DataSourceRef(type_val="prometheus", uid=DATASOURCE_UID)
GAZETTEER_URL = "public/gazetteer/sitrep-regions.json"  # where docker-compose mounts GAZETTEER

RATE = "$__rate_interval"
REGION = "max by (location_key, country) ({metric})"  # max: a key's series may linger on two workers
LOCATED = '{location_key!="-"}'  # "-" is an event without a place: in the table, not in tops or the map


def quantile(q: float, histogram: str) -> str:
    return f"histogram_quantile({q}, sum by (le) (rate({histogram}_bucket[{RATE}])))"


def percentiles(histogram: str) -> list:
    """p50, p95 and p99 of a histogram, one query each."""
    return [query(quantile(q, histogram), f"p{int(q * 100)}", ref)
            for ref, q in zip("ABC", (0.5, 0.95, 0.99), strict=True)]


def query(expr: str, legend: str = "", ref: str = "A", instant: bool = False, table_format: bool = False):
    q = prom.Dataquery().expr(expr).ref_id(ref).datasource(DATASOURCE)
    if legend:
        q = q.legend_format(legend)
    if instant:
        q = q.instant()
    else:
        q = q.range()
    if table_format:
        q = q.format(PromQueryFormat.TABLE)
    return q


def legend_table() -> common.VizLegendOptions:
    return (
        common.VizLegendOptions()
        .display_mode(common_models.LegendDisplayMode.TABLE)
        .placement(common_models.LegendPlacement.BOTTOM)
        .show_legend(True)
        .calcs(["lastNotNull", "max"])
    )


def graph(title: str, description: str, unit: str, targets: list, width: int = 12, stacked: bool = False):
    panel = (
        timeseries.Panel()
        .title(title)
        .description(description)
        .datasource(DATASOURCE)
        .unit(unit)
        .targets(targets)
        .height(8)
        .span(width)
        .fill_opacity(10)
        .legend(legend_table())
    )
    if stacked:
        stacking = common.StackingConfig().mode(common_models.StackingMode.NORMAL)
        panel = panel.stacking(stacking).fill_opacity(60)
    return panel


def single(title: str, description: str, expr: str, unit: str = "short"):
    return (
        stat.Panel()
        .title(title)
        .description(description)
        .datasource(DATASOURCE)
        .unit(unit)
        .targets([query(expr, instant=True)])
        .height(4)
        .span(6)
        .graph_mode(common_models.BigValueGraphMode.NONE)
        .decimals(0)
    )


def top(title: str, description: str, expr: str):
    return (
        bargauge.Panel()
        .title(title)
        .description(description)
        .datasource(DATASOURCE)
        .targets([query(expr, legend="{{location_key}}", instant=True)])
        .orientation(common_models.VizOrientation.HORIZONTAL)
        .display_mode(common_models.BarGaugeDisplayMode.GRADIENT)
        .height(10)
        .span(12)
    )


REGION_COLUMNS = {
    "A": ("Attacks", "sitrep_region_attacks"),
    "B": ("Launched", "sitrep_region_launched"),
    "C": ("Intercepted", "sitrep_region_intercepted"),
    "D": ("Killed", "sitrep_region_killed"),
    "E": ("Injured", "sitrep_region_injured"),
}


def regions_table():
    targets = [
        query(REGION.format(metric=metric), ref=ref, instant=True, table_format=True)
        for ref, (_, metric) in REGION_COLUMNS.items()
    ]
    rename = {f"Value #{ref}": name for ref, (name, _) in REGION_COLUMNS.items()}
    rename.update(location_key="Location key", country="Country")
    return (
        table.Panel()
        .title("Regions")
        .description(
            "All-time totals per location key (ISO 3166-2 region, else country): incidents, not reports."
        )
        .datasource(DATASOURCE)
        .targets(targets)
        .with_transformation(models.DataTransformerConfig(id_val="merge", options={}))
        .with_transformation(
            models.DataTransformerConfig(
                id_val="organize", options={"excludeByName": {"Time": True}, "renameByName": rename}
            )
        )
        .sort_by([common.TableSortByFieldState().display_name("Attacks").desc(True)])
        .height(12)
        .span(12)
    )


def regions_map():
    location = (
        common.FrameGeometrySource()
        .mode(common_models.FrameGeometrySourceMode.LOOKUP)
        .lookup("location_key")
        .gazetteer(GAZETTEER_URL)
    )
    markers = (
        common.MapLayerOptions()
        .type("markers")
        .name("Attacks by region")
        .location(location)
        .tooltip(True)
        .config(
            {
                "showLegend": True,
                "style": {
                    "size": {"field": "Value", "min": 4, "max": 30, "fixed": 5},
                    "color": {"field": "Value"},
                    "opacity": 0.6,
                    "symbol": {"mode": "fixed", "fixed": "img/icons/marker/circle.svg"},
                },
            }
        )
    )
    return (
        geomap.Panel()
        .title("Attacks by region (map)")
        .description(
            "Markers sized by all-time attacks per location key, placed by the Sitrep gazetteer "
            "(ISO 3166-2 and country codes -> lat/lon, deploy/grafana/gazetteer/)."
        )
        .datasource(DATASOURCE)
        .targets(
            [query(REGION.format(metric="sitrep_region_attacks" + LOCATED), instant=True, table_format=True)]
        )
        .view(geomap.MapViewConfig().id("coords").lat(45).lon(30).zoom(3))
        .basemap(common.MapLayerOptions().type("default").name("Basemap"))
        .layers([markers])
        .tooltip(geomap.TooltipOptions().mode(geomap_models.TooltipMode.DETAILS))
        .color_scheme(dashboard.FieldColor().mode(models.FieldColorModeId.CONTINUOUS_YL_RD))
        .height(12)
        .span(12)
    )


def panels() -> list[tuple[str | None, list]]:
    """Rows of panels, top to bottom."""
    flow = [
        single(
            "Workers up",
            "Workers Prometheus can scrape (2 = extractor and aggregator).",
            'sum(up{job=~"sitrep-.*"})',
        ),
        single(
            "Articles consumed",
            "Articles read from articles.raw in the dashboard's time range.",
            "sum(increase(sitrep_articles_consumed_total[$__range]))",
        ),
        single(
            "Events emitted",
            "Events published to events.* in the dashboard's time range.",
            "sum(increase(sitrep_events_emitted_total[$__range]))",
        ),
        single(
            "Dead-lettered",
            "Articles sent to articles.dlq in the dashboard's time range.",
            "sum(increase(sitrep_articles_dead_lettered_total[$__range]))",
        ),
        graph(
            "Throughput",
            "Articles read by the extractor and events read by the aggregator, per second.",
            "reqps",
            [
                query(f"sum(rate(sitrep_articles_consumed_total[{RATE}]))", "articles consumed/s"),
                query(f"sum(rate(sitrep_events_consumed_total[{RATE}]))", "events consumed/s", ref="B"),
            ],
        ),
        graph(
            "Consumer lag",
            "Messages not yet processed per worker and source topic (high watermark - committed offset).",
            "short",
            [query("sum by (worker, topic) (sitrep_consumer_lag_messages)", "{{worker}} {{topic}}")],
        ),
        graph(
            "Dead-lettered by reason",
            "Articles sent to articles.dlq per second, by reason (the reason is also a header on the DLQ message).",
            "reqps",
            [query(f"sum by (reason) (rate(sitrep_articles_dead_lettered_total[{RATE}]))", "{{reason}}")],
            stacked=True,
        ),
        graph(
            "Events by type",
            "Events published per second by type; articles without any event for comparison.",
            "reqps",
            [
                query(f"sum by (type) (rate(sitrep_events_emitted_total[{RATE}]))", "{{type}}"),
                query(f"sum(rate(sitrep_articles_no_events_total[{RATE}]))", "articles without events", "B"),
            ],
        ),
    ]
    latency = [
        graph(
            "Extraction duration",
            "Time to extract one article's events (p50, p95, p99 from the histogram).",
            "s",
            percentiles("sitrep_extraction_duration_seconds"),
        ),
        graph(
            "End-to-end latency",
            "From an article's Kafka timestamp to its events being published (p50, p95, p99).",
            "s",
            percentiles("sitrep_end_to_end_latency_seconds"),
        ),
        graph(
            "Table entries",
            "Keys in the aggregator's Faust tables (incidents, regions, ceasefires).",
            "short",
            [query("sum by (table) (sitrep_table_entries)", "{{table}}")],
        ),
        graph(
            "Kafka sends (Faust sensor)",
            "Messages the workers' producers sent per second, and send errors (Faust's own sensor).",
            "reqps",
            [
                query(f"sum by (job) (rate(faust_total_sent_messages_total[{RATE}]))", "{{job}} sent"),
                query(
                    f"sum by (job) (rate(faust_total_error_messages_sent_total[{RATE}]))",
                    "{{job}} errors",
                    "B",
                ),
            ],
        ),
    ]
    regions = [
        top(
            "Top regions by attacks",
            "Location keys with the most attack incidents (all time).",
            "topk(10, " + REGION.format(metric="sitrep_region_attacks" + LOCATED) + ")",
        ),
        top(
            "Top regions by casualties",
            "Location keys with the most people killed or injured (all time).",
            "topk(10, "
            + REGION.format(metric=f"sitrep_region_killed{LOCATED} + sitrep_region_injured{LOCATED}")
            + ")",
        ),
        regions_table(),
        regions_map(),
    ]
    return [(None, flow), ("Latency and state", latency), ("Regions", regions)]


def build() -> dict:
    board = (
        dashboard.Dashboard("Sitrep")
        .uid(UID)
        .description("Articles in, events out, per-region tallies: Sitrep's extractor and aggregator.")
        .tags(["sitrep", "kafka"])
        .refresh("10s")
        .time("now-1h", "now")
        .timezone("utc")
        .editable()
    )
    next_id = 1
    for title, row in panels():
        if title:
            board = board.with_row(dashboard.Row(title).id(next_id))
            next_id += 1
        for panel in row:
            board = board.with_panel(panel.id(next_id))
            next_id += 1
    return json.loads(json.dumps(board.build(), cls=JSONEncoder))


def targets_of(board: dict) -> list[dict]:
    return [t for p in board["panels"] for t in p.get("targets", [])]


def queries(board: dict | None = None) -> dict[str, list[str]]:
    """Panel title -> its PromQL expressions (for docs and tests)."""
    board = board or build()
    return {p["title"]: [t["expr"] for t in p["targets"]] for p in board["panels"] if p.get("targets")}


def render(board: dict) -> str:
    return json.dumps(board, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


# Gazetteer ------------------------------------------------------------------------------------


def build_gazetteer() -> list[dict]:
    """Every location key the extractor can emit (names.tsv) -> lat/lon, in Grafana's worldmap format.

    Coordinates come from countrystatecity-countries (build-time only); a region it lacks falls back
    to its country's point.
    """
    import countrystatecity_countries

    data = Path(countrystatecity_countries.__file__).parent / "data"
    points = {
        c["iso2"]: (c["latitude"], c["longitude"]) for c in json.loads((data / "countries.json").read_text())
    }
    for path in sorted((data / "by-country").glob("*/states.json")):
        for state in json.loads(path.read_text()):
            if state.get("iso3166_2") and state.get("latitude") and state.get("longitude"):
                points[state["iso3166_2"]] = (state["latitude"], state["longitude"])
    entries = []
    for line in REGION_NAMES.read_text(encoding="utf-8").splitlines():
        code, name = line.split("\t")[:2]
        point = points.get(code) or points.get(code.split("-")[0])
        if point and point[0] and point[1]:
            lat, lon = (round(float(v), 4) for v in point)
            entries.append({"key": code, "latitude": lat, "longitude": lon, "name": name})
    return entries


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the committed JSON is not up to date")
    parser.add_argument("--gazetteer", action="store_true", help="also rebuild the region gazetteer")
    args = parser.parse_args(argv)
    text = render(build())
    if args.check:
        if not OUTPUT.exists() or OUTPUT.read_text(encoding="utf-8") != text:
            print(f"{OUTPUT.relative_to(ROOT)} is out of date: run `make dashboard`", file=sys.stderr)
            return 1
        return 0
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(ROOT)}")
    if args.gazetteer:
        GAZETTEER.parent.mkdir(parents=True, exist_ok=True)
        entries = build_gazetteer()
        GAZETTEER.write_text(
            json.dumps(entries, separators=(",", ":"), ensure_ascii=False) + "\n", encoding="utf-8"
        )
        print(f"wrote {GAZETTEER.relative_to(ROOT)} ({len(entries)} keys)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

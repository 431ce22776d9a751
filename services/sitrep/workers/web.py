"""HTTP views of the workers: /metrics on both, the query API on the aggregator.

Query API (JSON, orjson):
  GET /regions[?country=UA&since=YYYY-MM-DD]   all location keys with totals (every worker's share)
  GET /regions/{code}                           totals, daily series and incidents of one key
  GET /ceasefires                               ceasefire proposals
With several aggregator workers each owns some partitions: /regions/{code} and /ceasefires are
routed to the owner (Faust's table router), /regions asks every owner and answers 503 rather than
a partial view when some partition has no owner (during a rebalance) or an owner does not answer.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import re

import faust
import orjson
import pycountry
from faust.web import Request, Response, View

from ..aggregation import ceasefires, regions
from ..settings import Settings
from . import metrics

LOCATION_KEY = re.compile(r"^(-|[A-Z]{2}(-[A-Z0-9]{1,3})?)$")
PEER_TIMEOUT_S = 5.0


def add_metrics_page(app: faust.App, worker: str) -> None:
    metrics.instrument(app, worker)

    @app.page("/metrics")
    class Metrics(View):
        async def get(self, request: Request) -> Response:
            metrics.before_scrape(app, worker)
            body, content_type = metrics.render()
            # aiohttp refuses a charset in content_type=; as a header it passes through unchanged.
            return self.bytes(body, headers={"Content-Type": content_type})


class BadParameter(ValueError):
    pass


def _json(view: View, payload, status: int = 200) -> Response:
    return view.bytes(orjson.dumps(payload), content_type="application/json", status=status)


def parse_filters(query) -> tuple[str | None, str | None]:
    """Validated `country` (ISO alpha-2) and `since` (ISO date) query parameters."""
    country = query.get("country")
    if country is not None:
        country = country.upper()
        if not re.fullmatch(r"[A-Z]{2}", country) or pycountry.countries.get(alpha_2=country) is None:
            raise BadParameter(f"country must be an ISO 3166-1 alpha-2 code, got {query.get('country')!r}")
    since = query.get("since")
    if since is not None:
        try:
            since = dt.date.fromisoformat(since).isoformat()
        except ValueError:
            raise BadParameter(f"since must be a date YYYY-MM-DD, got {since!r}") from None
    return country, since


def local_regions(table, country: str | None, since: str | None) -> list[dict]:
    rows = []
    for raw in table.values():
        region = orjson.loads(raw)
        if country and region["country"] != country:
            continue
        row = regions.describe(region, since)
        if since and not (row["attacks"] or row["casualty_incidents"]):
            continue
        rows.append(row)
    return rows


def owned_partitions(app: faust.App, table) -> dict[str, set[int]]:
    """Worker URL -> changelog partitions of `table` it actively owns (from the group assignment)."""
    topic = table.changelog_topic.get_topic_name()
    return {host: set(topics.get(topic, ())) for host, topics in app.router.table_metadata(table.name).items()}


def add_query_views(app: faust.App, tables: dict, settings: Settings) -> None:
    region_table, incident_table, ceasefire_table = tables["regions"], tables["incidents"], tables["ceasefires"]

    @app.page("/regions")
    class Regions(View):
        async def get(self, request: Request) -> Response:
            try:
                country, since = parse_filters(request.query)
            except BadParameter as error:
                return _json(self, {"error": str(error)}, 400)
            if request.query.get("scope") == "local":
                return _json(self, {"regions": local_regions(region_table, country, since)})
            return await self._gather(request, country, since)

        async def _gather(self, request: Request, country, since) -> Response:
            owners = owned_partitions(app, region_table)
            missing = set(range(settings.partitions)) - set().union(*owners.values())
            if missing:
                return _json(self, {"error": "partitions without an owner (rebalancing); retry",
                                    "partitions": sorted(missing)}, 503)
            query = {k: v for k, v in request.query.items() if k != "scope"} | {"scope": "local"}
            me = str(app.conf.canonical_url).rstrip("/")
            peers = [host for host in owners if host.rstrip("/") != me]
            try:
                shares = await asyncio.gather(*(self._peer(host, query) for host in peers))
            except (TimeoutError, OSError, ValueError) as error:
                return _json(self, {"error": f"a worker did not answer: {error}"}, 503)
            rows = local_regions(region_table, country, since) + [r for share in shares for r in share]
            rows.sort(key=lambda r: r["location_key"])
            return _json(self, {"regions": rows, "count": len(rows), "workers": len(owners)})

        async def _peer(self, host: str, query: dict) -> list[dict]:
            url = f"{host.rstrip('/')}/regions"
            async with app.http_client.get(url, params=query, timeout=PEER_TIMEOUT_S) as response:
                if response.status != 200:
                    raise ValueError(f"{url} answered {response.status}")
                return orjson.loads(await response.read())["regions"]

    @app.page("/regions/{code}")
    class RegionDetail(View):
        @app.table_route(table=region_table, match_info="code")
        async def get(self, request: Request, code: str) -> Response:
            if not LOCATION_KEY.match(code):
                return _json(self, {"error": f"not a location key (ISO 3166-2, alpha-2 or '-'): {code!r}"}, 400)
            raw = region_table.get(code)
            if raw is None:
                return _json(self, {"error": f"no events for {code}"}, 404)
            region = orjson.loads(raw)
            incidents = [orjson.loads(incident_table[k]) for k in sorted(region["ledger"]) if k in incident_table]
            return _json(self, {**regions.describe(region), "daily": regions.daily(region),
                                "incidents": incidents})

    @app.page("/ceasefires")
    class Ceasefires(View):
        @app.table_route(table=ceasefire_table, exact_key="-")
        async def get(self, request: Request) -> Response:
            rows = [ceasefires.describe(orjson.loads(raw)) for _, raw in sorted(ceasefire_table.items())]
            return _json(self, {"ceasefires": rows, "count": len(rows)})

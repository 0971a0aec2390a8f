#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes the two long-series packs of good/ (numbers invented, deterministic):
#   monthly-lower-bounds.figdeck.json: 300 months (2001-01 to 2025-12) of visitors at two sites;
#     Site A states months 61-240 and month 271 as lower bounds ("over N"), the rest exactly;
#     Site B states every month as a lower bound; Site C states January to March of every year as
#     lower bounds (25 short runs).
#   twelve-lines-forty-years.figdeck.json: twelve regions over 40 years (1986-2025) that start
#     far apart and end close together (their last values within 9 of each other).
# Run it here: python3 generate-long-series.py
import json

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def pack(title, source, metrics, figures):
    return {
        "format": "figdeck-report",
        "version": 2,
        "language": "en",
        "title": title,
        "date": "2026-03",
        "sources": [source],
        "metrics": metrics,
        "figures": figures,
        "sections": [],
        "caveats": [{"id": "test-data", "text": "Test data: every number here is invented."}],
    }


def write(name, data):
    with open("good/" + name, "w", encoding="utf-8") as f:
        json.dump(data, f, indent=2, ensure_ascii=False)
        f.write("\n")


def monthly():
    source = {"id": "counter", "title": "Visitor counter", "url": "https://example.org/counter",
              "kind": "dataset", "publisher": "A counter"}
    metrics = []
    ids = {"a": [], "b": [], "c": []}
    for site, name in (("a", "Site A"), ("b", "Site B"), ("c", "Site C")):
        for i in range(300):
            year, month = 2001 + i // 12, i % 12 + 1
            value = {"a": 6000, "b": 4000, "c": 5000}[site] + 10 * i + 100 * ((i * 7) % 5)
            lower = {"a": 60 <= i < 240 or i == 270, "b": True, "c": i % 12 < 3}[site]
            shown = f"{value:,}"
            quote = (f"{name} had over {shown} visitors in {MONTHS[month - 1]} {year}" if lower
                     else f"{name} had {shown} visitors in {MONTHS[month - 1]} {year}")
            mid = f"{site}-{year}-{month:02d}"
            metrics.append({
                "id": mid,
                "label": f"{name} visitors, {year}-{month:02d}",
                "value": value,
                "unit": "count",
                "noun": "visitors",
                "measure": "visitors",
                "period": f"{year}-{month:02d}",
                "date": f"{year}-{month:02d}",
                "qualifier": "more-than" if lower else "exact",
                "origin": "stated",
                "quote": quote,
                "source": "counter",
            })
            ids[site].append(mid)
    figures = [
        {"id": "site-a", "title": "Visitors at Site A by month", "kind": "series", "as": "line",
         "series": [{"label": "Site A", "metrics": ids["a"]}], "findings": [], "caveats": []},
        {"id": "two-sites", "title": "Visitors at two sites by month", "kind": "series",
         "as": "line",
         "series": [{"label": "Site A", "metrics": ids["a"]},
                    {"label": "Site B", "metrics": ids["b"]}],
         "findings": [], "caveats": []},
        {"id": "site-c", "title": "Visitors at Site C by month", "kind": "series", "as": "line",
         "series": [{"label": "Site C", "metrics": ids["c"]}], "findings": [], "caveats": []},
        {"id": "site-a-columns", "title": "Visitors at Site A by month, as columns",
         "kind": "series", "as": "columns",
         "series": [{"label": "Site A", "metrics": ids["a"]}], "findings": [], "caveats": []},
    ]
    write("monthly-lower-bounds.figdeck.json",
          pack("Visitors by month, many lower bounds (test data, invented numbers)", source,
               metrics, figures))


def twelve():
    source = {"id": "survey", "title": "Regional survey", "url": "https://example.org/survey",
              "kind": "dataset", "publisher": "A survey"}
    metrics = []
    series = []
    for r in range(12):
        name = f"Region {chr(ord('A') + r)}"
        start = 20 + 15 * r          # 20 ... 185
        end = 100 + (r * 5) % 9      # 100 ... 108
        ids = []
        for y in range(40):
            year = 1986 + y
            value = round(start + (end - start) * y / 39)
            mid = f"region-{chr(ord('a') + r)}-{year}"
            metrics.append({
                "id": mid,
                "label": f"{name} index, {year}",
                "value": value,
                "unit": "count",
                "noun": "points",
                "measure": "index points",
                "period": str(year),
                "date": str(year),
                "qualifier": "exact",
                "origin": "stated",
                "quote": f"{name} scored {value} in {year}",
                "source": "survey",
            })
            ids.append(mid)
        series.append({"label": name, "metrics": ids})
    figures = [{"id": "regions", "title": "Index by region", "kind": "series", "as": "line",
                "series": series, "findings": [], "caveats": []}]
    write("twelve-lines-forty-years.figdeck.json",
          pack("Twelve regions over forty years (test data, invented numbers)", source, metrics,
               figures))


monthly()
twelve()

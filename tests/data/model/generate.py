# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates bad/*.json and good/unknown-fields.figdeck.json from good/minimal.figdeck.json and
# prints the rows of the badInput() table in tests/model/tst_reportloader.cpp. The expected line
# and column are computed here, in Python, independently of the C++ loader.
# Run from this directory: python3 generate.py
import os
base = open('good/minimal.figdeck.json', encoding='utf-8').read()
out = 'bad'
rows = []

def loc(text, idx, bom=False):
    line = text.count('\n', 0, idx) + 1
    start = text.rfind('\n', 0, idx) + 1
    col = idx - start + 1
    return line, col

def sub(old, new, nth=1):
    assert base.count(old) >= nth, old
    i = -1
    for _ in range(nth):
        i = base.index(old, i + 1)
    return base[:i] + new + base[i + len(old):]

def case(name, text, marker, fragment, path, errors=1, nth=1, delta=0, raw=None, bom=False):
    if marker == 'END':
        idx = len(text)
    else:
        idx = -1
        for _ in range(nth):
            idx = text.index(marker, idx + 1)
            assert idx >= 0, (name, marker)
        idx += delta
    line, col = loc(text, idx, bom)
    data = raw if raw is not None else text.encode('utf-8')
    if bom:
        data = b'\xef\xbb\xbf' + data
    with open(os.path.join(out, name + '.json'), 'wb') as f:
        f.write(data)
    rows.append((name, fragment, line, col, path, errors))

def enclosing(text, anchor):
    """Index of the '{' opening the object that contains `anchor`."""
    i = text.index(anchor)
    depth = 0
    while i > 0:
        i -= 1
        c = text[i]
        if c == '}':
            depth += 1
        elif c == '{':
            if depth == 0:
                return i
            depth -= 1
    return 0

def missing(name, text, anchor, fragment, path, errors=1):
    line, col = loc(text, enclosing(text, anchor))
    with open(os.path.join(out, name + '.json'), 'wb') as f:
        f.write(text.encode('utf-8'))
    rows.append((name, fragment, line, col, path, errors))

# --- syntax -------------------------------------------------------------------------------
t = sub('"version": 1,\n', '"version": 1\n')
case('syntax-missing-comma', t, '"language"', "expected ',' or '}' after an object member", '')
t = sub('"kind": "news-summary"\n  },', '"kind": "news-summary",\n  },')
case('syntax-trailing-comma-object', t, '},\n  "metrics"', "trailing comma before '}'", '')
t = sub('"parts": ["part-a", "part-b"]', '"parts": ["part-a", "part-b",]')
case('syntax-trailing-comma-array', t, ',]', "trailing comma before ']'", '', delta=1)
t = sub('"title": "Minimal report"', '"title": \'Minimal report\'')
case('syntax-single-quotes', t, "'Minimal", 'double quotes', '')
t = sub('"version": 1,\n', '"version": 1,\n  // the format version\n')
case('syntax-comment', t, '//', 'comments are not allowed', '')
t = base[:base.index('"id": "split"') + len('"id": "spl')]
case('truncated', t, 'END', 'truncated', '')
t = base[:base.index('"kind": "tiles"') + len('"kind": "tiles"')]
case('truncated-after-value', t, 'END', 'truncated', '')
case('empty', '  \n', 'END', 'contains no JSON value', '')
t = sub('"title": "Minimal report"', '"title": "Minimal – r\x00port"')
raw = t.encode('utf-8').replace(b'\x00', b'\xff')
case('invalid-utf8', t, '\x00', 'invalid UTF-8 (byte 0xff)', '', raw=raw)
t = sub('"title": "Minimal report"', '"title": "Minimal — report\x00"')
raw = t.encode('utf-8').replace(b'\x00', b'\xe2\x82')  # a cut-off three-byte sequence
case('invalid-utf8-truncated-sequence', t, '\x00', 'invalid UTF-8 (byte 0xe2)', '', raw=raw)
t = sub('"value": 60,', '"value": NaN,')
case('nan', t, 'NaN', 'JSON has no NaN or Infinity', '')
t = sub('"value": 40,', '"value": -Infinity,')
case('infinity', t, '-Infinity', 'JSON has no NaN or Infinity', '')
t = sub('"value": 10,', '"value": 010,')
case('leading-zero', t, '010', 'leading zeros', '')
t = sub('"value": 10,', '"value": 1.,')
case('number-without-fraction', t, '1.,', 'invalid number', '')
t = sub('"text": "A leads."', '"text": "A\tleads."')
case('control-character', t, '\t', 'control character U+0009', '')
t = sub('"text": "B is derived."', '"text": "B is \\x derived."')
case('bad-escape', t, '\\x', 'invalid escape sequence', '')
t = sub('"text": "Something happened."', '"text": "Something \\ud800 happened."')
case('lone-surrogate', t, '\\ud800', 'unpaired UTF-16 surrogate', '')
t = '{"format": "figdeck-report", "version": 1, "deep": ' + '[' * 64 + ']' * 64 + '}\n'
case('too-deep', t, '[', 'nesting deeper than 64 levels', '', nth=64)
t = base + '{}\n'
case('trailing-content', t, '{}\n', 'unexpected content after the end', '', nth=1)
case('bom-then-syntax-error', '{"format": "figdeck-report", "version": 1,}\n', '}', "trailing comma before '}'", '', bom=True)
case('unknown-literal', sub('"complete": true', '"complete": yes'), 'yes', "unknown literal 'yes'", '')

# --- JSON-level checks ----------------------------------------------------------------------
t = sub('"title": "Minimal report",\n', '"title": "Minimal report",\n  "title": "Again",\n')
case('duplicate-key', t, '"title": "Again"', 'duplicate key "title"', 'title')
t = sub('"value": 10,', '"value": 1e16,')
case('huge-number', t, '1e16', 'number out of range', 'metrics[2].value')
t = sub('"value": 40,', '"value": 1e400,')
case('overflow-number', t, '1e400', 'number out of range', 'metrics[1].value')

# --- semantics ------------------------------------------------------------------------------
case('not-an-object', '[1, 2]\n', '[', 'expected an object, found an array', '')
t = sub('"format": "figdeck-report"', '"format": "figdeck-deck"')
case('unknown-format', t, '"figdeck-deck"', 'unknown format "figdeck-deck"', 'format')
t = sub('"version": 1', '"version": 3')
case('unsupported-version', t, '3,', 'unsupported version 3', 'version')
t = sub('"version": 1', '"version": "1"')
case('version-as-string', t, '"1"', 'expected a number, found a string', 'version')
t = sub('  "title": "Minimal report",\n', '')
missing('missing-title', t, '"format"', 'missing required field "title"', 'title')
t = sub(',\n      "quote": "over 10 firms"', '')
missing('missing-quote', t, '"id": "firms"', 'missing required field "quote"', 'metrics[2].quote')
t = sub('      "derivation": "100 - 60",\n', '')
missing('derived-without-derivation', t, '"id": "part-b"', 'a derived metric needs a "derivation"', 'metrics[1].derivation')
t = sub('"origin": "stated",', '"origin": "stated",\n      "derivation": "none",')
case('stated-with-derivation', t, '"none"', 'only a derived metric has a "derivation"', 'metrics[0].derivation')
t = sub('"value": 60,', '"value": "60",')
case('value-as-string', t, '"60"', 'expected a number, found a string', 'metrics[0].value')
t = sub('"quote": "over 10 firms"\n    }\n  ],', '"quote": "over 10 firms"\n    },\n    {"id": "firms", "label": "Firms again", "value": 1, "unit": "count", "qualifier": "exact", "origin": "stated", "quote": "x"}\n  ],')
case('duplicate-metric-id', t, '"firms", "label": "Firms again"', 'duplicate metric id "firms"', 'metrics[3].id')
t = sub('"id": "counts"', '"id": "split"')
case('duplicate-figure-id', t, '"split"', 'duplicate figure id "split"', 'figures[1].id', nth=2)
t = sub('"id": "news"', '"id": "b-derived"')
case('duplicate-caveat-id', t, '"b-derived"', 'duplicate caveat id "b-derived"', 'caveats[0].id', nth=2)
t = sub('"metrics": ["firms"]', '"metrics": ["firm"]')
case('unknown-figure-metric', t, '"firm"]', 'unknown metric id "firm"', 'figures[1].metrics[0]')
t = sub('"text": "A news summary."', '"text": "A news summary.",\n      "metrics": ["nope"]')
case('unknown-caveat-metric', t, '"nope"', 'unknown metric id "nope"', 'caveats[0].metrics[0]')
t = sub('"parts": ["part-a", "part-b"]', '"parts": ["part-a", "part-c"]')
case('unknown-share-part', t, '"part-c"', 'unknown metric id "part-c"', 'figures[0].shares.parts[1]')
t = sub('"quote": "over 10 firms"', '"quote": "over 10 firms",\n      "equivalentOf": "nothing"')
case('unknown-equivalent', t, '"nothing"', 'unknown metric id "nothing"', 'metrics[2].equivalentOf')
t = sub('"quote": "over 10 firms"', '"quote": "over 10 firms",\n      "equivalentOf": "firms"')
case('self-equivalent', t, '"firms"\n', 'cannot be the equivalent of itself', 'metrics[2].equivalentOf', nth=1)
t = sub('"metrics": ["part-a", "part-b"],', '"metrics": ["part-a", "part-b", "part-a"],')
case('figure-metric-listed-twice', t, '"part-a"]', 'listed twice', 'figures[0].metrics[2]')
t = sub('"qualifier": "more-than"', '"qualifier": "over"')
case('unknown-qualifier', t, '"over"', 'unknown value "over"', 'metrics[2].qualifier')
t = sub('"unit": "count"', '"unit": "people"')
case('unknown-unit', t, '"people"', 'unknown value "people" (expected one of: percent, count, CNY, USD)', 'metrics[2].unit')
t = sub('"unit": "percent"', '"unit": "%"')
case('unknown-unit-of-share-part', t, '"%"', 'unknown value "%"', 'metrics[0].unit')
t = sub('"kind": "tiles"', '"kind": "pie"')
case('unknown-kind', t, '"pie"', 'unknown value "pie"', 'figures[1].kind')
t = sub('"origin": "stated",\n      "quote": "over 10 firms"', '"origin": "guessed",\n      "quote": "over 10 firms"')
case('unknown-origin', t, '"guessed"', 'unknown value "guessed"', 'metrics[2].origin')
t = sub('"kind": "news-summary"', '"kind": "blog"')
case('unknown-source-kind', t, '"blog"', 'unknown value "blog"', 'source.kind')
t = sub('"value": 60,', '"value": 120,')
t = t.replace('"value": 40,', '"value": -20,')
case('share-out-of-range', t, '120', 'a share must lie between 0 and 100, found 120', 'metrics[0].value', errors=2)
t = sub('"value": 40,', '"value": 30,')
case('share-sum', t, '["part-a", "part-b"]\n', 'add up to 90, not 100', 'figures[0].shares.parts')
t = sub('"complete": true', '"complete": false').replace('"value": 40,', '"value": 50,')
case('incomplete-shares-exceed-total', t, '["part-a", "part-b"]\n', 'add up to 110, more than the total 100', 'figures[0].shares.parts')
t = sub('"total": 100', '"total": 0')
case('share-total-zero', t, '0,\n        "complete"', 'must lie above 0 and at most 100', 'figures[0].shares.total')
t = sub('"title": "Split"', '"title": ""')
case('empty-figure-title', t, '""', 'must not be empty', 'figures[0].title')
t = sub('"label": "Part B"', '"label": "   "')
case('blank-label', t, '"   "', 'must not be empty', 'metrics[1].label')
t = sub('"text": "Something happened."', '"text": ""')
case('empty-finding-text', t, '""', 'must not be empty', 'sections[0].findings[0].text')
t = sub('"kind": "shares",', '"kind": "shares",\n      "comparable": false,')
case('not-comparable-shares', t, 'false,\n      "metrics"', 'must not share one axis', 'figures[0].comparable')
i0 = base.index('      "shares": {')
i1 = base.index('      "findings": [', i0)
t = base[:i0] + base[i1:]
missing('shares-figure-without-group', t, '"id": "split"', 'needs a "shares" group', 'figures[0].shares')
t = sub('"kind": "tiles",', '"kind": "tiles",\n      "shares": {"whole": "x", "total": 100, "complete": false, "parts": ["firms"]},')
case('tiles-with-share-group', t, '{"whole"', 'only "shares" and "part-whole" figures have a share group', 'figures[1].shares')
t = sub('"metrics": ["part-a", "part-b"],', '"metrics": ["part-a", "part-b", "firms"],').replace('"parts": ["part-a", "part-b"]', '"parts": ["part-a", "part-b", "firms"]')
case('share-part-not-percent', t, '"firms"]\n', 'share parts must be percent metrics', 'figures[0].shares.parts[2]', nth=1)
t = sub('"metrics": ["part-b"]', '"metrics": ["firms"]')
case('caveat-metric-not-in-figure', t, '"firms"]\n        }', "is not one of this figure's metrics", 'figures[0].caveats[0].metrics[0]')
t = sub('"title": {"en": "Counts", "zh-Hans": "数量"}', '"title": {"zh-Hans": "数量"}')
case('text-without-report-language', t, '{"zh-Hans"', 'has no text in the report\'s language "en"', 'figures[1].title')
t = sub('"title": {"en": "Counts", "zh-Hans": "数量"}', '"title": {"en": "Counts", "zh_Hans": "数量"}')
case('bad-language-tag', t, '"zh_Hans"', 'is not a BCP-47 language tag', 'figures[1].title.zh_Hans')
t = sub('"language": "en"', '"language": "English"')
case('bad-report-language', t, '"English"', 'is not a BCP-47 language tag', 'language')
t = sub('"id": "summary"', '"id": "Summary Section"')
case('bad-id', t, '"Summary Section"', 'is not a valid id', 'sections[0].id')
t = sub('"date": "2026-05"', '"date": "2026-13"')
case('bad-date', t, '"2026-13"', 'is not an ISO 8601 date', 'date')
t = sub('"url": "https://example.org/article"', '"url": "ftp://example.org/article"')
case('bad-url', t, '"ftp:', 'is not an http or https URL', 'source.url')
t = sub('"quote": "over 10 firms"', '"quote": {"en": "over 10 firms"}')
case('quote-as-object', t, '{"en": "over', 'expected a string, found an object', 'metrics[2].quote')
t = sub('"value": 10,', '"value": -5,')
case('negative-count', t, '-5', 'a count must be a whole number', 'metrics[2].value')
t = sub('"value": 10,', '"value": 10.5,')
case('fractional-count', t, '10.5', 'a count must be a whole number', 'metrics[2].value')
t = sub('"noun": "firms",', '"noun": "firms",\n      "projected": "yes",')
case('projected-as-string', t, '"yes"', 'expected a boolean, found a string', 'metrics[2].projected')
t = sub('"findings": [\n        {\n          "text": "Something happened."\n        }\n      ]', '"findings": []')
case('section-without-findings', t, '[]\n    }\n  ],\n  "caveats"', 'must not be empty', 'sections[0].findings')
t = '{\n  "format": "figdeck-report",\n  "version": 1,\n  "language": "en",\n  "title": "T",\n  "date": "2026",\n  "source": {"title": "S", "url": "https://example.org/", "kind": "report"},\n  "metrics": {},\n  "figures": [],\n  "sections": [],\n  "caveats": []\n}\n'
case('metrics-not-an-array', t, '{},', 'expected an array, found an object', 'metrics', errors=2)

t = sub('"title": {"en": "Counts", "zh-Hans": "数量"}', '"title": {"en": "Counts", "zh-Hans": "数量", "fr": 5}')
case('translation-not-a-string', t, '5}', 'expected a string, found a number', 'figures[1].title.fr')

# --- several problems in one file: all reported, in file order ------------------------------
t = sub('"title": "Minimal report"', '"title": ""')
t = t.replace('"unit": "count"', '"unit": "people"').replace('"metrics": ["firms"]', '"metrics": ["firm"]')
t = t.replace('"id": "news"', '"id": "News"')
open('bad/multiple-problems.json', 'w', encoding='utf-8').write(t)
for marker, what in [('""', 'title'), ('"people"', 'unit'), ('"firm"]', 'figure metric'), ('"News"', 'caveat id')]:
    print('multi', what, loc(t, t.index(marker)))

# --- unknown fields: warnings only -----------------------------------------------------------
t = sub('"id": "split",', '"id": "split",\n      "colour": "red",')
t = t.replace('"kind": "news-summary"', '"kind": "news-summary",\n    "language": "en"')
open('good/unknown-fields.figdeck.json', 'w', encoding='utf-8').write(t)
for marker in ['"language": "en"\n  }', '"colour"']:
    print('warn', marker, loc(t, t.index(marker)))

# --- version 2: made from good/v2-features.figdeck.json ------------------------------------
base = open('v2/good/v2-features.figdeck.json', encoding='utf-8').read()
# Version-2 packs live in v2/: the version-1 JSON Schema does not describe them.
out = 'v2/bad'
def metric_block(mid):
    i = base.index('"id": "%s"' % mid)
    return i
t = sub('{"label": "Second market", "metrics": ["share-b-2020"]}', '{"label": "Second market", "metrics": ["gap"]}')
case('v2-mixed-units-on-axis', t, '"gap"]}', 'one axis holds one unit', 'figures[1].series[1].metrics[0]')
t = sub('"measure": "share of new-car sales",\n      "period": "2020",\n      "date": "2020",\n      "qualifier": "exact"', '"measure": "share of sales",\n      "period": "2020",\n      "date": "2020",\n      "qualifier": "exact"')
case('v2-mixed-measures-on-axis', t, '"share-b-2020"]}', 'one axis holds one measure', 'figures[1].series[1].metrics[0]', errors=2)
t = sub('"period": "2023",\n      "date": "2023",', '"period": "2023",')
case('v2-series-metric-without-date', t, '"share-2023"]', 'has no "date"', 'figures[0].metrics[1]', errors=2)
t = sub('"date": "2023",', '"date": "2020",')
case('v2-two-values-one-date', t, '"share-2023"]', 'are both dated "2020" in one series', 'figures[0].metrics[1]', errors=2)
t = sub('"metrics": ["change", "gap",', '"metrics": ["share-2023", "share-b-2020", "change", "gap",')
case('v2-bars-not-comparable', t, '"share-b-2020"]}', 'are marked not comparable', 'figures[1].series[1].metrics[0]', errors=2)
t = sub('"value": 2,\n      "unit": "rank"', '"value": 0,\n      "unit": "rank"')
case('v2-rank-zero', t, '0,\n      "unit": "rank"', 'a rank must be a whole number of at least 1', 'metrics[9].value')
t = sub('"value": 6000,', '"value": 6000.5,')
case('v2-fractional-count', t, '6000.5', 'a count must be a whole number', 'metrics[10].value')
t = sub('"unit": "USD"', '"unit": "usd"')
case('v2-currency-code-lowercase', t, '"usd"', 'is not an ISO 4217 currency code', 'metrics[6].unit')
t = sub('"unit": "USD"', '"unit": "US$"')
case('v2-currency-code-form', t, '"US$"', 'is not an ISO 4217 currency code', 'metrics[6].unit')
t = sub('"unit": "multiple"', '"unit": "times"')
case('v2-unknown-unit', t, '"times"', 'unknown unit "times"', 'metrics[8].unit')
t = sub('"date": "2024-Q4"', '"date": "2024-Q5"')
case('v2-bad-metric-date', t, '"2024-Q5"', 'is not an ISO 8601 year, first months of a year, half-year, quarter, months of a year, month or day', 'metrics[4].date')
t = sub('"date": "2024-Q4"', '"date": "2024-H3"')
case('v2-half-year-three', t, '"2024-H3"', '"2024-H3" is not an ISO 8601 year, first months of a year, half-year, quarter, months of a year, month or day (YYYY, YYYY-01/MM, YYYY-Hn, YYYY-Qn, YYYY-MM/MM, YYYY-MM or YYYY-MM-DD)', 'metrics[4].date')
t = sub('"date": "2024-Q4"', '"date": "2024-H0"')
case('v2-half-year-zero', t, '"2024-H0"', '"2024-H0" is not an ISO 8601 year, first months of a year, half-year, quarter, months of a year, month or day (YYYY, YYYY-01/MM, YYYY-Hn, YYYY-Qn, YYYY-MM/MM, YYYY-MM or YYYY-MM-DD)', 'metrics[4].date')
t = sub('"date": "2026-05-14"', '"date": "2026-14"')
case('v2-bad-source-date', t, '"2026-14"', 'is not an ISO 8601 date', 'sources[0].date')
t = sub('"source": "wire"', '"source": "nowhere"')
case('v2-unknown-source', t, '"nowhere"', 'unknown source id "nowhere"', 'metrics[2].source')
t = sub('      "quote": "9% in 2020",\n      "source": "wire"\n', '      "quote": "9% in 2020"\n')
case('v2-missing-source', t, '{\n      "id": "share-b-2020"', 'the pack has 3 sources', 'metrics[2].source')
t = sub('"range": [10e9, 15e9]', '"range": [15e9, 10e9]')
case('v2-range-low-above-high', t, '[15e9', 'the low end of a range must not exceed the high end', 'metrics[5].range')
t = sub('"range": [10e9, 15e9]', '"range": [10e9]')
case('v2-range-one-number', t, '[10e9]', 'a range is exactly two numbers', 'metrics[5].range')
t = sub('"qualifier": "approximate",\n      "status": "projected"', '"qualifier": "more-than",\n      "status": "projected"')
case('v2-range-lower-bound', t, '"more-than",\n      "status": "projected"', 'a range is "exact" or "approximate"', 'metrics[5].qualifier')
t = sub('"range": [10e9, 15e9],', '"range": [10e9, 15e9],\n      "value": 12e9,')
case('v2-value-and-range', t, '[10e9, 15e9]', 'give either "value" or "range"', 'metrics[5].range')
t = sub('"qualifier": "exact",\n      "projected": true,', '"qualifier": "exact",\n      "projected": true,\n      "status": "observed",')
case('v2-projected-contradicts-status', t, 'true,\n      "status": "observed"', '"projected" contradicts "status"', 'metrics[7].projected')
t = sub('"as": "line",', '"as": "bars",')
case('v2-style-of-another-kind', t, '"bars",\n      "metrics"', 'a "series" figure is drawn as one of: columns, line', 'figures[0].as')
t = sub('"order": "value",', '"order": "size",')
case('v2-unknown-order', t, '"size"', 'unknown value "size" (expected one of: pack, value)', 'figures[2].order')
t = sub('"kind": "bars",\n      "order": "value",', '"kind": "tiles",\n      "order": "value",')
case('v2-order-on-tiles', t, '"value",\n      "metrics": ["share-2023"', 'only a "bars" figure has an "order"', 'figures[2].order')
t = sub('"kind": "analysis"', '"kind": "blog"')
case('v2-unknown-source-kind', t, '"blog"', 'unknown value "blog" (expected one of: report, news-summary, dataset, press-release, analysis, other)', 'sources[2].kind')
t = sub('"id": "own"', '"id": "wire"')
case('v2-duplicate-source-id', t, '"wire",\n      "title": "Our own', 'duplicate source id "wire"', 'sources[2].id', errors=2)
t = sub('  "sources": [', '  "source": {"title": "One", "url": "https://example.org/one", "kind": "report"},\n  "sources": [')
case('v2-source-and-sources', t, '{"title": "One"', 'give either "source" or "sources"', 'source')
t = sub('"kind": "tiles",\n      "metrics": ["change"', '"kind": "tiles",\n      "series": [{"label": "x", "metrics": ["change"]}],\n      "metrics": ["change"')
case('v2-series-on-tiles', t, '[{"label": "x"', 'only a "series" figure has "series"', 'figures[3].series')
t = sub('{"label": "Second market", "metrics": ["share-b-2020"]}', '{"label": "Second market", "metrics": ["share-2020"]}')
case('v2-metric-in-two-series', t, '"share-2020"]}', 'is already in another series', 'figures[1].series[1].metrics[0]')
t = sub('"unit": {"symbol": "Wh", "name": "watt-hours", "scale": "si"}', '"unit": {"symbol": "Wh", "scale": "si"}')
case('v2-custom-unit-without-name', t, '{"symbol": "Wh"', 'missing required field "name"', 'metrics[7].unit.name')
t = sub('"equivalentOf": {"metric": "spend", "rate": "1 EUR = 1.07 USD"}', '"equivalentOf": {"metric": "spent", "rate": "1 EUR = 1.07 USD"}')
case('v2-unknown-equivalent', t, '"spent"', 'unknown metric id "spent"', 'metrics[6].equivalentOf.metric')

rows.sort()
for name, fragment, line, col, path, errors in rows:
    esc = fragment.replace('\\', '\\\\').replace('"', '\\"')
    print(f'    row("{name}", u"{esc}"_s, {line}, {col}, u"{path}"_s, {errors});')
print(len(rows), 'rows')

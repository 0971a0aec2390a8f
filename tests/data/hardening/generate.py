#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Hostile but valid report packs (issue 10): texts, titles and lists of a size a user could be
sent. Each loads without an error; the GUI and the exports must stay bounded on them.

  long-text.figdeck.json      a 100,000-character label without a space, a 100,000-character
                              hyphenated subtitle, finding, caveat and source title, in tiles,
                              bars, small multiples, shares and part-whole figures
  many-caveats.figdeck.json   one figure with 10,000 caveats and 10,000 findings (2 MB)
  many-tiles.figdeck.json     one tiles figure of 20,000 metrics (5 MB)
  huge-title.figdeck.json     a report title that makes the pack the largest the loader accepts
                              (16 MiB, 16,777,216 bytes): only with --large

Only long-text is kept in git; the others are written here on demand (.gitignore). The tests in
tests/hardening build packs of the same shapes in memory.

Run from this directory: python3 generate.py [--large]"""
import json
import sys

MAX_PACK_BYTES = 16 * 1024 * 1024


def source():
    return {'id': 'data', 'title': 'A source', 'url': 'https://example.org/data',
            'kind': 'report', 'publisher': 'A publisher', 'date': '2026-01'}


def metric(i, label=None):
    return {'id': 'm%d' % i, 'label': label or 'Metric %d' % i, 'value': (i * 37) % 1000 + 1,
            'unit': 'count', 'noun': 'firms', 'period': '2025', 'qualifier': 'exact',
            'origin': 'stated', 'quote': 'the source states %d' % ((i * 37) % 1000 + 1),
            'source': 'data'}


def pack(title, metrics, figures, caveats=None):
    return {'format': 'figdeck-report', 'version': 2, 'language': 'en', 'title': title,
            'date': '2026-03', 'sources': [source()], 'metrics': metrics, 'figures': figures,
            'sections': [], 'caveats': caveats or [
                {'id': 'test-data', 'text': 'Test data: every number here is invented.'}]}


def figure(fid, kind, metric_ids, **extra):
    f = {'id': fid, 'title': 'Figure %s' % fid, 'kind': kind, 'metrics': metric_ids,
         'findings': [], 'caveats': []}
    f.update(extra)
    return f


def write(name, data):
    text = json.dumps(data, ensure_ascii=False, indent=1) + '\n'
    with open(name, 'w', encoding='utf-8') as f:
        f.write(text)
    return len(text.encode('utf-8'))


def hyphenated(length):
    words = []
    n = 0
    while n < length:
        word = 'word%d' % len(words)
        words.append(word)
        n += len(word) + 1
    return '-'.join(words)[:length]


def long_text():
    unbroken = ('abcdefghij' * 10000)[:100000]
    dashed = hyphenated(100000)
    metrics = [metric(0, unbroken), metric(1), metric(2)]
    for i, (value, label) in enumerate(((60, unbroken), (40, dashed)), start=3):
        share = metric(i, label)
        share.update({'value': value, 'unit': 'percent', 'measure': dashed,
                      'quote': '%d%% of firms' % value})
        del share['noun']
        metrics.append(share)
    figures = [
        figure('tiles', 'tiles', ['m0', 'm1'], subtitle=dashed,
               findings=[{'text': dashed, 'quote': unbroken}],
               caveats=[{'id': 'c-long', 'text': unbroken, 'metrics': ['m0']}]),
        figure('bars', 'bars', ['m0', 'm1', 'm2'], subtitle=unbroken),
        figure('multiples', 'small-multiples', ['m0', 'm1']),
        figure('shares', 'shares', ['m3', 'm4'],
               shares={'whole': dashed, 'total': 100, 'complete': True, 'parts': ['m3', 'm4']}),
        figure('part-whole', 'part-whole', ['m3'],
               shares={'whole': unbroken, 'total': 100, 'complete': False, 'parts': ['m3']}),
    ]
    data = pack(dashed, metrics, figures)
    data['sources'][0]['title'] = unbroken
    return data


def many_caveats():
    metrics = [metric(i) for i in range(3)]
    caveats = [{'id': 'c%d' % i, 'text': 'Caveat %d: this number is not what it seems.' % i,
                'metrics': ['m%d' % (i % 3)]} for i in range(10000)]
    findings = [{'text': 'Finding %d: the numbers say something.' % i} for i in range(10000)]
    figures = [figure('bars', 'bars', ['m0', 'm1', 'm2'], findings=findings, caveats=caveats)]
    return pack('Many caveats', metrics, figures)


def many_tiles():
    count = 20000
    metrics = [metric(i) for i in range(count)]
    figures = [figure('tiles', 'tiles', ['m%d' % i for i in range(count)], comparable=False)]
    return pack('Many tiles', metrics, figures)


def huge_title():
    data = pack('', [metric(0)], [figure('tiles', 'tiles', ['m0'])])
    overhead = len((json.dumps(data, ensure_ascii=False, indent=1) + '\n').encode('utf-8'))
    # Words of ten letters: a title that a layout can break, as long as the loader accepts.
    data['title'] = ('Headline. ' * (MAX_PACK_BYTES // 10))[:MAX_PACK_BYTES - overhead]
    return data


def main():
    print('long-text', write('long-text.figdeck.json', long_text()))
    print('many-caveats', write('many-caveats.figdeck.json', many_caveats()))
    print('many-tiles', write('many-tiles.figdeck.json', many_tiles()))
    if '--large' in sys.argv:
        size = write('huge-title.figdeck.json', huge_title())
        assert size == MAX_PACK_BYTES, size
        print('huge-title', size)


if __name__ == '__main__':
    main()

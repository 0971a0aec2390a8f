#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a report-pack of N figures for `make bench`: the embedded report's figures repeated,
each copy with its own ids (figure, metrics, caveats), its own metrics and its own texts (title,
subtitle, findings, caveats, metric labels), so that the pack grows as a real one would. Texts
shared between copies would let the summary lay a paragraph out once for many figures, which no
real pack allows. Quotes stay as the source has them. Usage: makepack.py N OUT.json [SOURCE.json]"""
import copy
import json
import os
import sys


def own(text, n):
    """text (a string, or a translated text: one per language) made copy n's own."""
    if isinstance(text, dict):
        return {lang: own(t, n) for lang, t in text.items()}
    return '%s (%d)' % (text, n + 1)


def main():
    count = int(sys.argv[1])
    out = sys.argv[2]
    here = os.path.dirname(os.path.abspath(__file__))
    source = sys.argv[3] if len(sys.argv) > 3 else os.path.join(
        here, '..', '..', 'resources', 'reports', 'ai-industry-2026.figdeck.json')
    with open(source, encoding='utf-8') as f:
        report = json.load(f)
    metrics = {m['id']: m for m in report['metrics']}
    templates = report['figures']
    figures, new_metrics = [], []
    for n in range(count):
        template = templates[n % len(templates)]
        suffix = '-%d' % n
        def rename(metric_id):
            return metric_id + suffix
        wanted = list(template['metrics'])
        for metric_id in list(wanted):  # metrics restated in another unit come along
            other = metrics[metric_id].get('equivalentOf')
            if other and other not in wanted:
                wanted.append(other)
        for metric_id in wanted:
            m = copy.deepcopy(metrics[metric_id])
            m['id'] = rename(metric_id)
            if 'equivalentOf' in m:
                m['equivalentOf'] = rename(m['equivalentOf'])
            if 'label' in m:
                m['label'] = own(m['label'], n)
            new_metrics.append(m)
        figure = copy.deepcopy(template)
        figure['id'] = template['id'] + suffix
        figure['title'] = own(template['title'], n)
        if 'subtitle' in figure:
            figure['subtitle'] = own(figure['subtitle'], n)
        for finding in figure.get('findings', []):
            finding['text'] = own(finding['text'], n)
        figure['metrics'] = [rename(i) for i in template['metrics']]
        if 'shares' in figure:
            figure['shares']['parts'] = [rename(i) for i in figure['shares']['parts']]
        for caveat in figure.get('caveats', []):
            caveat['id'] = caveat['id'] + suffix
            caveat['text'] = own(caveat['text'], n)
            caveat['metrics'] = [rename(i) for i in caveat.get('metrics', [])]
        figures.append(figure)
    # report-level caveats point at the original metrics: they stay too
    report['metrics'] = report['metrics'] + new_metrics
    report['figures'] = figures
    with open(out, 'w', encoding='utf-8') as f:
        json.dump(report, f, ensure_ascii=False, indent=1)


if __name__ == '__main__':
    main()

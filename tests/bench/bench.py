#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""`make bench`: every measurement of issue 15 in one table. Each figure is the median of several
runs (min-max beside it) of a whole process, CPU time from the kernel (user + system, which other
helpers' builds on the machine disturb far less than wall time), its baseline and the ratio, and
whether the target is met. Baselines are built here: the bare Qt window (tests/barewindow), the
peers' donut scripts for gnuplot, matplotlib and Veusz (Debian packages, run when installed:
`packaging/install-deps.sh --bench`), and packs of 100, 1,000 and 3,000 figures
(tests/bench/makepack.py). Not a test: it never fails the build.
Usage: bench.py BUILD_DIR [--quick] [--only PART[,PART...]]
(PART: startup, png_encoding, donut, packs, numbers)"""
import json
import math
import os
import resource
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..'))
BUILD = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, 'build'))
QUICK = '--quick' in sys.argv
ONLY = sys.argv[sys.argv.index('--only') + 1].split(',') if '--only' in sys.argv else None
FIGDECK = os.path.join(BUILD, 'figdeck')
WORK = tempfile.mkdtemp(prefix='figdeck-bench-')
ENV = dict(os.environ, QT_QPA_PLATFORM='offscreen', XDG_CONFIG_HOME=os.path.join(WORK, 'config'),
           LC_ALL='C.UTF-8', LANGUAGE='')
ROWS = []


# A child's ru_maxrss includes the high-water RSS of the process it was forked from (Linux
# carries the old address space's into it at exec): a command started from this script, which
# holds a 3,000-figure pack's JSON after reading it, reported this script's 90 MB. GNU time
# forks the command from its own small process and reports the command's peak alone.
TIME = shutil.which('time', path='/usr/bin:/bin')


def run(cmd, runs, own_peak=False):
    """Wall s, CPU s and peak RSS (bytes) of each of `runs` runs of cmd. With own_peak, cmd runs
    under GNU time (when installed) so that its peak RSS is its own (see TIME); CPU and wall
    then include time's own, well under a millisecond."""
    samples = []
    wrapper = TIME if own_peak else None
    with tempfile.NamedTemporaryFile(prefix='figdeck-bench-rss-') as peak:
        for _ in range(runs):
            t0 = time.monotonic()
            full = [wrapper, '-f', '%M', '-o', peak.name] + cmd if wrapper else cmd
            proc = subprocess.Popen(full, env=ENV, stdout=subprocess.DEVNULL,
                                    stderr=subprocess.DEVNULL)
            _, status, usage = os.wait4(proc.pid, 0)
            wall = time.monotonic() - t0
            if os.waitstatus_to_exitcode(status) != 0:
                raise RuntimeError('failed: %s' % ' '.join(cmd))
            rss_kb = usage.ru_maxrss
            if wrapper:
                with open(peak.name, encoding='utf-8') as f:
                    rss_kb = int(f.read().split()[-1])
            samples.append((wall, usage.ru_utime + usage.ru_stime, rss_kb * 1024))
    return samples


def stats(values):
    return statistics.median(values), min(values), max(values)


def fmt(value, unit):
    if unit == 'ms':
        return '%.0f ms' % (value * 1e3)
    if unit == 's':
        return '%.2f s' % value
    if unit == 'MB':
        return '%.1f MB' % (value / 1e6)
    if unit == 'x':
        return '%.2fx' % value
    return '%g' % value


def row(name, values, unit, baseline=None, base_name='', target=None, ratio=None):
    """One line: values (a list), the baseline's median, the ratio and the target check.
    target: (op, limit), op '<=' or '>='; the ratio is value/baseline unless given."""
    med, lo, hi = stats(values)
    if ratio is None and baseline:
        ratio = med / baseline
    verdict = 'info'
    if target is not None and ratio is not None:
        op, limit = target
        ok = ratio <= limit if op == '<=' else ratio >= limit
        verdict = 'met' if ok else 'MISSED'
    ROWS.append((name, fmt(med, unit), '%s-%s' % (fmt(lo, unit), fmt(hi, unit)),
                 ('%s %s' % (base_name, fmt(baseline, unit))).strip() if baseline else base_name,
                 '' if ratio is None else '%.2f' % ratio,
                 '' if target is None else '%s %g' % target, verdict))


def skipped(name, why):
    ROWS.append((name, '-', '-', why, '', '', 'not run'))


def startup():
    bare = os.path.join(BUILD, 'tests', 'barewindow')
    runs = 5 if QUICK else 11
    run([FIGDECK, '--quit-after-first-paint'], 1)  # warm the caches and the settings file
    run([bare], 1)
    app = run([FIGDECK, '--quit-after-first-paint'], runs)
    base = run([bare], runs)
    for i, (what, unit) in enumerate([('CPU', 'ms'), ('wall', 'ms'), ('peak RSS', 'MB')]):
        index = [1, 0, 2][i]
        row('start-up to first paint, %s' % what, [s[index] for s in app], unit,
            statistics.median(s[index] for s in base), 'bare window', ('<=', 1.3))


def png_encoding():
    tool = os.path.join(BUILD, 'tests', 'pngencode')
    for size in ['1920x1080', '3840x2160']:
        out = subprocess.run([tool, size, '3' if QUICK else '5', '--chosen'], env=ENV,
                             capture_output=True, text=True, check=True).stdout.splitlines()
        qt = [line for line in out if line.startswith('QImageWriter')][0].split()
        ours = [line for line in out if line.endswith('<- export')][0].split()
        qt_ms, qt_bytes = float(qt[-4]), int(qt[-2])
        ms_at = ours.index('ms')
        ours_ms, ours_bytes = float(ours[ms_at - 1]), int(ours[ms_at + 1])
        row('PNG encoding %s (4 figures), CPU' % size, [ours_ms / 1e3], 's', qt_ms / 1e3,
            'QImageWriter', ('>=', 3), ratio=qt_ms / ours_ms)
        row('PNG encoding %s, bytes' % size, [ours_bytes / 1e6 * 1e6], 'MB', qt_bytes,
            'QImageWriter', ('<=', 1.0))


def donut_values():
    with open(os.path.join(ROOT, 'resources', 'reports', 'ai-industry-2026.figdeck.json'),
              encoding='utf-8') as f:
        report = json.load(f)
    metrics = {m['id']: m for m in report['metrics']}
    figure = [f for f in report['figures'] if f['kind'] == 'shares'][0]

    def english(text):  # a pack's text is a string or {language: string}
        return text['en'] if isinstance(text, dict) else text

    parts = [(english(metrics[i]['label']), metrics[i]['value'])
             for i in figure['shares']['parts']]
    return figure['id'], english(figure['title']), parts


COLOURS = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9']


def gnuplot_script(title, parts, terminal, out):
    lines = [terminal, 'set output "%s"' % out, 'set title "%s"' % title,
             'unset border', 'unset tics', 'unset key', 'set size ratio -1',
             'set xrange [-2:2]', 'set yrange [-1.2:1.2]', 'set style fill solid 1.0 noborder']
    start = 90.0
    for i, (label, value) in enumerate(parts):
        end = start - value * 3.6
        lines.append('set object %d circle at 0,0 size 1 arc [%g:%g] fc rgb "%s" behind'
                     % (i + 1, end, start, COLOURS[i % len(COLOURS)]))
        mid = math.radians((start + end) / 2)
        lines.append('set label %d "%s %g%%" at %g,%g center' % (
            i + 1, label, value, 1.35 * math.cos(mid), 1.15 * math.sin(mid)))
        start = end
    lines.append('set object %d circle at 0,0 size 0.6 fc rgb "white" front' % (len(parts) + 1))
    lines.append('plot NaN')
    return '\n'.join(lines) + '\n'


def matplotlib_script(title, parts, fmt_, out):
    return '\n'.join([
        'import matplotlib', 'matplotlib.use("Agg")', 'import matplotlib.pyplot as plt',
        'fig, ax = plt.subplots(figsize=(20, 11.25), dpi=96)',
        'ax.pie(%r, labels=%r, colors=%r, startangle=90, counterclock=False, '
        'autopct="%%.0f%%%%", wedgeprops=dict(width=0.4))' % (
            [v for _, v in parts], [l for l, _ in parts], COLOURS[:len(parts)]),
        'ax.set_title(%r)' % title, 'fig.savefig(%r, format=%r, dpi=96)' % (out, fmt_)]) + '\n'


def veusz_document(title, parts):
    cmds = ["Add('page', name='page1', autoadd=False)", "To('page1')",
            "Set('width', '20in')", "Set('height', '11.25in')",
            "Add('graph', name='graph1', autoadd=False)", "To('graph1')",
            "Add('axis', name='x', autoadd=False)", "To('x')", "Set('min', -2.0)",
            "Set('max', 2.0)", "Set('hide', True)", "To('..')",
            "Add('axis', name='y', autoadd=False)", "To('y')", "Set('direction', 'vertical')",
            "Set('min', -1.2)", "Set('max', 1.2)", "Set('hide', True)", "To('..')"]
    start = 90.0
    for i, (label, value) in enumerate(parts):
        end = start - value * 3.6
        steps = max(2, int(value * 2))
        angles = [math.radians(start + (end - start) * k / steps) for k in range(steps + 1)]
        xs = [math.cos(a) for a in angles] + [0.6 * math.cos(a) for a in reversed(angles)]
        ys = [math.sin(a) for a in angles] + [0.6 * math.sin(a) for a in reversed(angles)]
        cmds += ["Add('polygon', name='p%d', autoadd=False)" % i, "To('p%d')" % i,
                 "Set('positioning', 'axes')", "Set('xPos', %r)" % xs, "Set('yPos', %r)" % ys,
                 "Set('Fill/color', '%s')" % COLOURS[i % len(COLOURS)],
                 "Set('Line/hide', True)", "To('..')"]
        mid = math.radians((start + end) / 2)
        cmds += ["Add('label', name='l%d', autoadd=False)" % i, "To('l%d')" % i,
                 "Set('label', %r)" % ('%s %g%%' % (label, value)),
                 "Set('positioning', 'axes')", "Set('xPos', [%g])" % (1.35 * math.cos(mid)),
                 "Set('yPos', [%g])" % (1.15 * math.sin(mid)), "Set('alignHorz', 'centre')",
                 "To('..')"]
        start = end
    cmds += ["To('..')", "Add('label', name='title', autoadd=False)", "To('title')",
             "Set('label', %r)" % title, "Set('xPos', [0.5])", "Set('yPos', [0.95])",
             "Set('alignHorz', 'centre')", "To('..')"]
    return '\n'.join(cmds) + '\n'


def donut():
    figure_id, title, parts = donut_values()
    runs = 3  # matplotlib and Veusz take seconds a run
    for fmt_ in ['png', 'pdf', 'svg']:
        out = os.path.join(WORK, 'donut')
        ours = run([FIGDECK, '--export', out, '--figures', figure_id, '--format', fmt_,
                    '--size', '1920x1080', '--layout', 'chart'], runs)
        ours_wall = [s[0] for s in ours]
        ours_cpu = [s[1] for s in ours]
        peers = []
        if shutil.which('gnuplot'):
            terminal = {'png': 'set terminal pngcairo size 1920,1080 font "DejaVu Sans,18"',
                        'pdf': 'set terminal pdfcairo size 20in,11.25in font "DejaVu Sans,18"',
                        'svg': 'set terminal svg size 1920,1080 font "DejaVu Sans,18"'}[fmt_]
            script = os.path.join(WORK, 'donut-%s.gp' % fmt_)
            with open(script, 'w', encoding='utf-8') as f:
                f.write(gnuplot_script(title, parts, terminal,
                                       os.path.join(WORK, 'gnuplot.' + fmt_)))
            peers.append(('gnuplot', ['gnuplot', script], True))
        else:
            skipped('donut %s vs gnuplot' % fmt_, 'gnuplot not installed')
        python = '/usr/bin/python3'
        if subprocess.run([python, '-c', 'import matplotlib'], capture_output=True).returncode == 0:
            script = os.path.join(WORK, 'donut-%s.py' % fmt_)
            with open(script, 'w', encoding='utf-8') as f:
                f.write(matplotlib_script(title, parts, fmt_,
                                          os.path.join(WORK, 'matplotlib.' + fmt_)))
            peers.append(('matplotlib', [python, script], False))
        else:
            skipped('donut %s vs matplotlib' % fmt_, 'python3-matplotlib not installed')
        if shutil.which('veusz'):
            doc = os.path.join(WORK, 'donut.vsz')
            with open(doc, 'w', encoding='utf-8') as f:
                f.write(veusz_document(title, parts))
            peers.append(('Veusz', ['veusz', '--export=%s' % os.path.join(WORK, 'veusz.' + fmt_),
                                    doc], False))
        else:
            skipped('donut %s vs Veusz' % fmt_, 'veusz not installed')
        for name, cmd, has_target in peers:
            try:
                theirs = run(cmd, runs)
            except RuntimeError:
                skipped('donut %s vs %s' % (fmt_, name), '%s failed' % name)
                continue
            target = ('<=', 1.0) if has_target else None
            row('donut %s 1920x1080, wall' % fmt_, ours_wall, 'ms',
                statistics.median(s[0] for s in theirs), name, target)
            row('donut %s 1920x1080, CPU' % fmt_, ours_cpu, 'ms',
                statistics.median(s[1] for s in theirs), name, target)


def packs():
    sizes = [100, 1000, 3000]
    paths = {}
    for n in sizes:
        paths[n] = os.path.join(WORK, 'pack-%d.json' % n)
        subprocess.run([sys.executable, os.path.join(HERE, 'makepack.py'), str(n), paths[n]],
                       check=True)
    ops = [('validate', lambda p, last: [FIGDECK, '--validate', p]),
           ('list', lambda p, last: [FIGDECK, '--list', p]),
           ('open to first paint', lambda p, last: [FIGDECK, p, '--quit-after-first-paint']),
           ('export the last figure (PNG)',
            lambda p, last: [FIGDECK, p, '--export', os.path.join(WORK, 'one'), '--figures',
                             last, '--format', 'png']),
           ('summary PDF', lambda p, last: [FIGDECK, p, '--summary',
                                            os.path.join(WORK, 'summary.pdf')])]
    # Memory against the pack: what the pack adds to the process, over the same command on the
    # embedded report (a Qt process's own few tens of MB are not the pack's).
    embedded = os.path.join(ROOT, 'resources', 'reports', 'ai-industry-2026.figdeck.json')
    for name, cmd in ops:
        per_figure_100 = None
        floor = None
        if name in ('validate', 'open to first paint', 'summary PDF'):
            floor = statistics.median(s[2] for s in run(cmd(embedded, 'headline'), 1, True))
        for n in sizes:
            with open(paths[n], encoding='utf-8') as f:
                last = json.load(f)['figures'][-1]['id']
            # One run of the 1,000-figure summary; the 3,000-figure one is a target on its
            # own, and one run of it on a shared virtual machine varied by 20% (4.6-5.6 s).
            runs = 1 if (name == 'summary PDF' and n == 1000) or QUICK else 3
            samples = run(cmd(paths[n], last), runs, floor is not None)
            cpu = [s[1] for s in samples]
            if n == sizes[0]:
                per_figure_100 = statistics.median(cpu) / n
                row('%s, %d figures, CPU' % (name, n), cpu, 's')
            else:
                # Linear: the cost per figure does not grow with the pack (the fixed start-up
                # cost makes it shrink).
                row('%s, %d figures, CPU' % (name, n), cpu, 's', per_figure_100 * n,
                    '100-figure cost x%d' % (n // sizes[0]), ('<=', 1.5))
            if name == 'summary PDF' and n == 3000:
                row('summary PDF, 3000 figures, CPU against the target', cpu, 's', 5.0,
                    'target', ('<=', 1.0))
                row('summary PDF, 3000 figures, wall', [s[0] for s in samples], 's', 5.0,
                    'target', ('<=', 1.0))
            if floor is not None:
                size = os.path.getsize(paths[n])
                row('%s, %d figures, peak RSS over the embedded report\'s' % (name, n),
                    [s[2] - floor for s in samples], 'MB', size, 'pack', ('<=', 4.0))
    # A switch near the end of the largest pack costs what one near its start does.
    tool = os.path.join(BUILD, 'tests', 'figureswitch')
    largest = paths[sizes[-1]]
    samples = []
    for _ in range(1 if QUICK else 3):
        out = subprocess.run([tool, largest, '40'], env=ENV, check=True, capture_output=True,
                             text=True).stdout.split()
        samples.append((float(out[0]) / 1e3, float(out[1]) / 1e3))
    row('figure switch near the start, %d figures, CPU' % sizes[-1], [s[0] for s in samples],
        'ms')
    row('figure switch near the end, %d figures, CPU' % sizes[-1], [s[1] for s in samples], 'ms',
        statistics.median(s[0] for s in samples), 'near the start', ('<=', 1.2))


def numbers_text(path, size):
    """About `size` bytes of news-style sentences, each stating several qualified numbers
    (invented; deterministic)."""
    rnd = random.Random(7)
    out, written, i = [], 0, 0
    while written < size:
        i += 1
        line = ('In %d, region %d shipped %s units, up %.1f%% on a year earlier, while revenue '
                'reached about $%.1f billion. More than %d firms took part, and the share of '
                'exports rose to nearly %d%%.\n') % (
            2000 + i % 25, i, format(rnd.randint(1000, 9000000), ','), rnd.random() * 30,
            rnd.random() * 90, rnd.randint(10, 900), rnd.randint(5, 95))
        out.append(line)
        written += len(line.encode())
    with open(path, 'w', encoding='utf-8') as f:
        f.write(''.join(out))


def pdf_pages(path):
    info = subprocess.run(['pdfinfo', path], capture_output=True, text=True).stdout
    for line in info.splitlines():
        if line.startswith('Pages:'):
            return int(line.split()[1])
    return 0


def numbers():
    """figdeck --numbers on 1 MB of text (target under 1 s) and on a PDF of at least 200 pages
    (target under 5 s): the PDF is the summary of a generated pack, so it has running headers,
    page numbers and tables like a real report."""
    runs = 3 if QUICK else 5
    text = os.path.join(WORK, 'numbers-1mb.txt')
    numbers_text(text, 1000000)
    wall = [s[1] for s in run([FIGDECK, '--numbers', text], runs)]  # CPU s
    row('--numbers, 1 MB of text (CPU)', wall, 's', 1.0, 'limit', ('<=', 1.0),
        ratio=statistics.median(wall) / 1.0)
    if shutil.which('pdfinfo') is None:
        skipped('--numbers, 200-page PDF', 'pdfinfo (poppler-utils) not installed')
        return
    pack, pdf = os.path.join(WORK, 'numbers-pack.json'), os.path.join(WORK, 'numbers.pdf')
    figures = 150
    while True:
        subprocess.run([sys.executable, os.path.join(HERE, 'makepack.py'), str(figures), pack],
                       check=True)
        subprocess.run([FIGDECK, pack, '--summary', pdf], env=ENV, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        pages = pdf_pages(pdf)
        if pages >= 200 or figures > 2000:
            break
        figures = int(figures * 220 / max(pages, 1)) + 1
    wall = [s[1] for s in run([FIGDECK, '--numbers', pdf], runs)]  # CPU s
    row('--numbers, %d-page PDF (CPU)' % pages, wall, 's', 5.0, 'limit', ('<=', 1.0),
        ratio=statistics.median(wall) / 5.0)


def main():
    os.makedirs(ENV['XDG_CONFIG_HOME'], exist_ok=True)
    t0 = time.monotonic()
    try:
        for part in (startup, png_encoding, donut, packs, numbers):
            if ONLY is None or part.__name__ in ONLY:
                part()
    finally:
        shutil.rmtree(WORK, ignore_errors=True)
    head = ('measurement', 'median', 'min-max', 'baseline', 'ratio', 'target', 'verdict')
    widths = [max(len(r[i]) for r in ROWS + [head]) for i in range(len(head))]
    line = lambda r: '  '.join(c.ljust(w) for c, w in zip(r, widths)).rstrip()
    print(line(head))
    print(line(['-' * w for w in widths]))
    for r in ROWS:
        print(line(r))
    met = sum(r[-1] == 'met' for r in ROWS)
    missed = sum(r[-1] == 'MISSED' for r in ROWS)
    print('\n%d targets met, %d missed; %.0f s; ratio = figdeck / baseline (PNG encoding: '
          'baseline / figdeck)' % (met, missed, time.monotonic() - t0))


if __name__ == '__main__':
    main()

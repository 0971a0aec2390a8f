// SPDX-License-Identifier: GPL-3.0-or-later
// Stepping through a pack's figures in the window: the CPU time of one switch (select the
// figure, paint the window) near the pack's start and near its end, so that `make bench` can
// tell whether a switch costs the same at any position. Usage: figureswitch PACK [STEPS]
// Prints "START_MS END_MS": the median CPU milliseconds per switch over STEPS switches among the
// first figures and among the last.
#include "benchclock.h"
#include "mainwindow.h"
#include "report.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTextStream>

#include <algorithm>

using namespace Figdeck;
using Figdeck::Bench::cpuMs;

namespace {

// Median CPU ms of a switch to each of ids in turn, each painted before the next.
double perSwitch(MainWindow &window, const QStringList &ids)
{
    QList<double> times;
    for (const QString &id : ids) {
        const double t0 = cpuMs();
        window.selectFigure(id);
        window.repaint();
        QCoreApplication::processEvents();
        times << cpuMs() - t0;
    }
    return Bench::median(times);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // never the user's settings or recent files
    const QStringList args = QCoreApplication::arguments();
    QTextStream err(stderr);
    if (args.size() < 2) {
        err << "usage: figureswitch PACK [STEPS]" << Qt::endl;
        return 2;
    }
    const int steps = args.size() > 2 ? std::max(2, args.at(2).toInt()) : 40;
    MainWindow window({QString(), args.at(1)});
    window.resize(1280, 780);
    window.show();
    QCoreApplication::processEvents();
    QStringList ids;
    for (const Figure &f : window.report().figures)
        ids << f.id;
    if (ids.size() < 2 * steps) {
        err << "figureswitch: the pack has " << ids.size() << " figures; " << 2 * steps << " needed"
            << Qt::endl;
        return 1;
    }
    perSwitch(window, ids.mid(0, 4)); // warm caches: fonts, glyphs, the first layouts
    const double start = perSwitch(window, ids.mid(0, steps));
    const double end = perSwitch(window, ids.mid(ids.size() - steps));
    QTextStream(stdout) << start << ' ' << end << Qt::endl;
    return 0;
}

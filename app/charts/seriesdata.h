// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the bars and series kinds read from a figure beyond its metrics: the order of bars, how
// a series is drawn, and which metrics make up which series. Internal to figdeck_charts.

#include "report.h"

#include <QList>
#include <QString>

namespace Figdeck {

// bars: ranked by value ("order": "value"), or as the pack lists them.
bool rankedByValue(const Figure &figure);
// series: a line ("as": "line"), or columns (the default).
bool drawnAsLine(const Figure &figure);

struct SeriesData
{
    QString label; // empty for the single series of a figure without "series"
    QList<const Metric *> metrics;
};
// The figure's series: those it names, or its metrics as one series.
QList<SeriesData> seriesOf(const Report &report, const Figure &figure, const QString &language);

} // namespace Figdeck

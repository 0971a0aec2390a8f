// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the bars and series kinds read from a figure beyond its metrics: the order of bars, how
// a series is drawn, which metrics make up which series, and the periods they share. The
// charts draw from these and the slide deck's native charts read the same, so a deck shows
// bars and periods in the order the window does.

#include "report.h"
#include "theme.h"

#include <QColor>

#include <QList>
#include <QString>

namespace Figdeck {

class LabelColors;

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

// bars: the figure's metrics top to bottom, as drawn (ranked by value, or as listed).
QList<const Metric *> barsInOrder(const Report &report, const Figure &figure);

// series: every period any series has a value for, in date order, with the whole years,
// half-years or quarters in between that none states (a missing period must not vanish from a time
// axis); metrics without a readable date follow in the order they are listed.
struct SeriesGrid
{
    QList<double> keys;  // per period, its date key (sort order, a line's x)
    QStringList periods; // per period, the text shown
    QList<SeriesData> series;
    // per series, per period: the value's metric, or null for a gap (never a zero)
    QList<QList<const Metric *>> cells;
};
SeriesGrid seriesGrid(const Report &report, const Figure &figure, const QString &language);

// The colour of a figure drawn in one colour: its label's colour when every metric has the
// same label, else the theme's first series colour.
QColor figureSeriesColor(const QList<const Metric *> &metrics, const LabelColors &colors,
                         const Theme &theme, const QString &language);
// A bar's colour: the figure's colour, grey for a derived value or a neutral "Others".
QColor barColor(const Metric &metric, const QColor &single, const Theme &theme,
                const QString &language);

} // namespace Figdeck

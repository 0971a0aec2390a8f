// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the axis-based kinds (bars, series) share: a Qt Charts scene whose axes QChart lays
// out, a value axis with Figdeck's own number labels at nice steps (always including zero),
// and the legend of the mark styles a chart uses. Internal to figdeck_charts.

#include "chartbase.h"
#include "chartscene.h"
#include "honestmarks.h"

#include <QFont>
#include <QList>

class QAbstractSeries;
class QCategoryAxis;

namespace Figdeck {

class AxisChart : public ChartBase
{
public:
    using ChartBase::ChartBase;

protected:
    struct Ticks
    {
        double min = 0;
        double max = 1;
        double step = 1;
    };
    // Steps of 1, 2, 2.5 or 5 times a power of ten from below lo to above hi, zero included:
    // a baseline at zero, so falls read as falls and bars start where their value does.
    static Ticks niceTicks(double lo, double hi, int targetSteps);
    // The nice ticks of five steps, or of fewer when their labels in font, along an axis of
    // extent pixels, would run into each other (a small figure): wider nice steps, never labels
    // left out one by one. Each label needs its own room and a gap of half a line.
    Ticks ticksFitting(double lo, double hi, qreal extent, const QFont &font,
                       Qt::Orientation along) const;

    ChartScene &scene() { return m_scene; }
    // A value as the axis labels it, in the unit and scale of the figure's first metric.
    QString axisLabel(double value) const;
    // A value axis (Qt Charts' category axis with its labels on the values) over ticks.
    QCategoryAxis *createValueAxis(const Ticks &ticks, const QFont &font) const;
    void styleAxis(QCategoryAxis *axis, const Ticks &ticks, const QFont &font) const;

    // Legend entries for the styles values use: projected, estimated, derived, bounds, ranges.
    QList<ChartPaint::LegendEntry> styleEntries(const QList<HonestValue> &values,
                                                const QColor &color) const;
    // The thin zero line across the plot, in the text colour.
    void paintBaseline(QPainter &painter, const QPointF &from, const QPointF &to,
                       const ChartPaint::Scale &scale) const;

    // The colour of a figure with one series: its label's when every metric has the same label
    // ("Huawei" in every quarter), else the first series colour.
    QColor singleSeriesColor() const;
    // What the values measure, for the text alternative: "Share of new cars (percent)".
    QString measureText() const;

private:
    ChartScene m_scene;
};

} // namespace Figdeck

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A Qt Charts QChart in a QGraphicsScene of its own, painted into any QPainter. The chart's
// plot area is placed by the caller, so the caller's own layout (labels, hit regions,
// overlays) and what Qt Charts draws agree exactly. Qt Charts 6.4 lays visible axes out over
// the whole chart even with a fixed plot area, so axes stay hidden (they only set the domain)
// and scales are painted with ChartPaint::paintScale. Internal to figdeck_charts.

#include <QList>
#include <QMargins>
#include <QPointF>
#include <QRectF>

#include <memory>

class QAbstractSeries;
class QChart;
class QHorizontalStackedBarSeries;
class QValueAxis;
class QGraphicsScene;
class QPainter;

namespace Figdeck {

class ChartScene
{
public:
    ChartScene();
    ~ChartScene();
    ChartScene(const ChartScene &) = delete;
    ChartScene &operator=(const ChartScene &) = delete;

    // The chart, created (empty, without animations, shadows, background, legend or margins)
    // on first use, so that building a FigureChart stays cheap.
    QChart *chart();
    bool hasChart() const { return m_chart != nullptr; }

    // Lays the chart out for rect with its plot area at plotArea (both in painter coordinates)
    // and paints it.
    void render(QPainter &painter, const QRectF &rect, const QRectF &plotArea);

    // Horizontal stacked bars filling the plot area's height times barWidth per category:
    // values[i][c] is bar set i's value in category c (category 0 at the bottom). The axes are
    // attached but hidden; the value domain is 0..max (setValueMax).
    QHorizontalStackedBarSeries *addHorizontalBars(const QList<QList<qreal>> &values,
                                                   qreal barWidth);
    void setValueMax(double max);

    // For charts whose axes Qt Charts lays out itself (bars, series): the chart fills rect but
    // for margins (room for Figdeck's own labels beside the plot), QChart places the plot area
    // and the visible axes' labels. Returns the plot area in painter coordinates.
    QRectF layOut(const QRectF &rect, const QMargins &margins);
    // Paints the chart as last laid out into rect.
    void paintLaidOut(QPainter &painter, const QRectF &rect);
    // Where value (in series' axis coordinates) lands, in the painter coordinates of rect, by
    // Qt Charts' own mapping: overlays and hit regions never compute geometry a second time.
    QPointF position(const QRectF &rect, const QPointF &value, QAbstractSeries *series);

private:
    std::unique_ptr<QGraphicsScene> m_scene;
    QChart *m_chart = nullptr;         // owned by m_scene
    QValueAxis *m_valueAxis = nullptr; // owned by m_chart
};

} // namespace Figdeck

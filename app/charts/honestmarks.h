// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a mark must say besides its value, read once from the metric, and the one way every
// chart kind draws it: an open end past a lower bound, an opening towards zero under an upper
// bound, an interval for a range, a lighter fill with a dashed (projected) or dotted
// (estimated) outline, hatching for a derived value, and the legend that explains them.
// Internal to figdeck_charts.

#include "chartpaint.h"
#include "report.h"
#include "theme.h"

#include <QColor>
#include <QHash>
#include <QLineF>
#include <QList>
#include <QPainterPath>
#include <QRectF>
#include <QString>

#include <optional>
#include <utility>

namespace Figdeck {

// How a drawn value relates to the truth.
// Where a mark is open: the truth lies past its end, or anywhere from its end towards zero.
enum class OpenEnd {
    None,
    Beyond,      // more than, at least: a lower bound
    TowardsZero, // less than, at most: an upper bound
};

enum class MarkStatus { Observed, Projected, Estimated };

struct HonestValue
{
    double value = 0;                // where the mark ends
    std::optional<double> low, high; // an interval the source gives ("between 10 and 15")
    OpenEnd open = OpenEnd::None;
    bool approximate = false; // "nearly", "about": said on the mark
    MarkStatus status = MarkStatus::Observed;
    bool derived = false;

    bool isRange() const { return low.has_value() && high.has_value(); }
    bool lighter() const { return status != MarkStatus::Observed; }
};

HonestValue honestValue(const Metric &metric);

// The sort key of a metric's date (ISO year, first months of a year, half-year, quarter, month or
// day; the period text when there is no date): 2023 < 2023-H1 < 2023-Q1 < 2023-02 ...; nullopt when
// neither reads as a date.
std::optional<double> dateKey(const Metric &metric);
// The key of a quarter, as dateKey gives it.
double quarterKey(int year, int quarter);
// The key of a half-year (1 or 2), as dateKey gives it: after its year's, before its first
// quarter's (2023 < 2023-H1 < 2023-Q1).
double halfKey(int year, int half);

// One colour per label across every figure of a report: a label that several figures show
// ("Huawei" in six donuts and a line chart) keeps the colour it gets where it first appears;
// the other labels of a figure take the first colours those leave free, in the figure's order
// (so a report whose labels never repeat looks as it always did). "Others", "rest" are
// neutral grey. Computed once per report.
class LabelColors
{
public:
    LabelColors() = default;
    explicit LabelColors(const Report &report);
    // The palette slots of one figure's labels, in order (Theme::seriesColor and seriesMarker
    // of a slot); -1 for a neutral label.
    QList<int> paletteSlots(const QStringList &labels, const Theme &theme) const;
    // The colours of those slots (the theme's neutral grey for -1).
    QList<QColor> colors(const QStringList &labels, const Theme &theme) const;
    // The palette slots of a share group's parts, in order (sharePartsOf): a stated part takes
    // its label's slot among the group's stated parts; a derived part and a neutral label get
    // -1 (the derived grey, no texture). The one rule for the parts a chart draws and those of
    // a deck's native chart, so both give a part the same colour and texture.
    QList<int> partSlots(const QList<const Metric *> &parts, const Theme &theme,
                         const QString &language = QString()) const;
    static bool isNeutral(const QString &label);

private:
    static QString key(const QString &label);
    QHash<QString, int> m_shared; // labels shown by more than one figure -> colour index
};

// The parts of a shares or part-whole figure in drawing order: its share group's parts, or its
// metrics when it has none (unknown ids skipped).
QList<const Metric *> sharePartsOf(const Report &report, const Figure &figure);

namespace ChartPaint {

// A point marker of that shape filling box (the shapes Qt Charts' scatter series draw: the
// legend's and a derived point's hatching take the outline from here).
QPainterPath markerPath(MarkerShape shape, const QRectF &box);
// How much larger than a circle a marker of that shape is drawn so that it weighs the same
// (a star filling the circle's box looks half its size).
qreal markerSizeFactor(MarkerShape shape);

// The fill of a mark in colour with status: observed solid, projected and estimated lighter.
QColor statusFill(const QColor &color, MarkStatus status, const Theme &theme);
// Pen of a projected (dashed) or estimated (dotted) outline or line; solid when observed.
Qt::PenStyle statusPenStyle(MarkStatus status);

// The outline of a projected or estimated bar (nothing for an observed one).
void paintStatusOutline(QPainter &painter, const QRectF &bar, const QColor &color,
                        MarkStatus status, qreal lineWidth);

// An open end: the mark's end at `end`, the truth lying on in `direction` (a unit vector) —
// a fade of fadeLength across `thickness` and an arrowhead. Used beyond a lower bound's end,
// and back towards zero from an upper bound's end. The fade is color, translucent; the
// arrowhead, the one part that says which way the truth lies, is opaque in
// withNonTextContrast(color, theme) (at 55% of the colour, a legend key's arrowhead was 2.3:1
// on white and 2.5:1 in the muted grey of several series' keys).
void paintOpenEnd(QPainter &painter, const QPointF &end, const QPointF &direction, qreal thickness,
                  qreal fadeLength, const QColor &color, const Theme &theme);

// WCAG 2's contrast ratio of two opaque colours, from 1 (the same) to 21 (black on white).
qreal contrastRatio(const QColor &a, const QColor &b);
// Graphics a reader needs (a key's swatch) keep this contrast with the background (WCAG 2.1,
// 1.4.11 non-text contrast).
constexpr qreal NonTextContrast = 3;
// color mixed towards the theme's text, as little as gives it NonTextContrast against the
// theme's background: the same hue, dark enough on light backgrounds, light enough on dark.
QColor withNonTextContrast(const QColor &color, const Theme &theme);

// The edge of an upper bound's swatch, around box on whole device pixels, lineWidth wide (a
// device pixel at least), in its colour withNonTextContrast: the fade that says "at most" starts
// too faint to see where the swatch begins, and some palette colours (orange, yellow, sky blue)
// are too light on white to show it even at full strength. An exact value's swatch has no edge,
// so the two stay apart.
void paintUpperBoundEdge(QPainter &painter, const QRectF &box, const QColor &color,
                         const Theme &theme, qreal lineWidth);

// A range's interval as a whisker from `from` to `to` with caps across `cap`.
void paintInterval(QPainter &painter, const QPointF &from, const QPointF &to, qreal cap,
                   const QColor &color, qreal lineWidth);

// The legend of what marks mean beyond their value: one entry per style a chart uses.
struct LegendEntry
{
    enum Kind { Swatch, Projected, Estimated, Derived, LowerBound, UpperBound, Range, Line };
    LegendEntry() = default;
    LegendEntry(Kind entryKind, QString entryText, QColor entryColor = {},
                std::optional<MarkerShape> pointMarker = std::nullopt)
        : kind(entryKind)
        , text(std::move(entryText))
        , color(entryColor)
        , marker(pointMarker)
    {
    }
    Kind kind = Swatch;
    QString text;
    QColor color;
    // a Line's point marker; on Projected and Estimated, the entry is drawn as a line's point
    // (a dashed or dotted segment through a hollow marker), not as a column's swatch
    std::optional<MarkerShape> marker;
    FillTexture texture = FillTexture::Solid; // a Swatch's, over its colour
};
// The height a legend of entries takes in width (entries flow into lines).
qreal legendHeight(const QList<LegendEntry> &entries, const QFont &font, qreal width);
// A legend's strip at the top of area and, below it after gap, what is left for the chart
// (all of area when there is no legend).
std::pair<QRectF, QRectF> legendAndChart(const QRectF &area, const QList<LegendEntry> &entries,
                                         const QFont &font, qreal gap);
// Paints the legend into rect's top, entries flowing left to right into lines.
void paintLegend(QPainter &painter, const QRectF &rect, const QList<LegendEntry> &entries,
                 const QFont &font, const Theme &theme);

} // namespace ChartPaint

} // namespace Figdeck

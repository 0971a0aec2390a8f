// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report.h"
#include "theme.h"

#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <iterator>
#include <memory>

class QPainter;

namespace Figdeck {

class LabelColors;

struct ChartOptions
{
    Theme theme = Theme::get(ThemeId::Light);
    bool sharesAsBars = false;          // Shares figures: horizontal bars instead of a donut
    QString language;                   // empty: the report's own
    bool transparentBackground = false; // paint no background (transparent PNG and SVG)
    // The pixel size, in the painter's units, of the running text of whatever frames the chart
    // (a slide's caveat notes, a page's paragraphs). The chart's small print is drawn at that
    // size and the rest of its text in proportion, whatever the shape of the rect it is given,
    // so its labels read as large as the frame's notes. 0 (the window): text scales with the
    // rect.
    qreal frameTextPixelSize = 0;
    // No chart text smaller than this many pixels, however the layout shrinks it to fit (0: the
    // charts' own floor). The window asks for ChartViewMinTextPx.
    qreal minTextPixelSize = 0;
    // The colours the report's labels keep across its figures (reportLabelColors()). Whoever
    // draws many figures of one report (a summary, a batch export, a deck) works them out once
    // and passes them here; null: each chart works them out from the whole report, which costs
    // as much as the report is long.
    std::shared_ptr<const LabelColors> labelColors;
};

// The colours the labels of `report` keep in every figure (a brand in six donuts and a line
// chart), worked out once for the whole report.
std::shared_ptr<const LabelColors> reportLabelColors(const Report &report);

// The one table of the window's chart view limits. Zoom walks these steps (Ctrl++ / Ctrl+-;
// Ctrl+0 is 1): it sizes the chart's text, and the chart lays itself out again for it, so text
// stays crisp and marks give way. The chart's small print is never drawn below
// ChartViewMinTextPx in the window (a small window would otherwise get 7 px labels).
constexpr qreal ChartZoomSteps[] = {0.5, 0.67, 0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0};
constexpr qreal MinChartZoom = ChartZoomSteps[0];
constexpr qreal MaxChartZoom = ChartZoomSteps[std::size(ChartZoomSteps) - 1];
constexpr qreal ChartViewMinTextPx = 11;

// The pixel size of the chart's small print in a rect of size when no frame sets it
// (ChartOptions::frameTextPixelSize 0): what zoom 1 starts from.
qreal naturalTextPixelSize(const QSizeF &size);

// A figure drawn as a chart, painted into any QPainter (a widget, a QImage, a PDF, an SVG).
// This interface is the seam between the app and the chart backend: only the implementations
// behind createFigureChart() know Qt Charts, so the backend can be swapped for Qt Graphs.
// The chart draws the marks, their labels and caveat reference signs; the figure title,
// subtitle and notes belong to whoever frames the chart (window, slide, summary page).
class FigureChart
{
public:
    virtual ~FigureChart() = default;

    // Paints into rect (logical units). Never animates.
    virtual void paint(QPainter &painter, const QRectF &rect) = 0;

    // The metric id of the mark under pos, for a chart painted into rect; empty when none.
    virtual QString markAt(const QRectF &rect, const QPointF &pos) = 0;

    // Marks drawn emphasised (hovered, or pointed at by a selected caveat).
    virtual void setHighlightedMarks(const QStringList &metricIds) = 0;
    virtual QStringList highlightedMarks() const = 0;

    // ChartOptions::frameTextPixelSize, for a frame whose text size changes (a slide that
    // shrinks its notes to leave the chart room).
    virtual void setFrameTextPixelSize(qreal pixelSize) = 0;

    // A text alternative generated from the data (screen readers, alt text of exports).
    virtual QString accessibleDescription() const = 0;

    // A size at which the chart reads well; frames may use more or less.
    virtual QSizeF preferredSize() const { return {800, 500}; }
};

// Whether a shares figure is drawn as bars: when its pack says "as": "bars", or when the user
// asks for bars (View menu, --shares-as bars). Every frame (window, export, deck) asks this.
bool sharesDrawnAsBars(const Figure &figure, bool userAsksBars);

// A chart for figure (of report) in the figure's chart kind. The report and figure are copied.
std::unique_ptr<FigureChart> createFigureChart(const Report &report, const Figure &figure,
                                               const ChartOptions &options = {});

} // namespace Figdeck

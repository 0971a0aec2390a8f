// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The seam between paintFigure() and its callers that already hold the chart (the SVG writer
// needs its description, the summary its size). Internal to figdeck_export.

#include "figurechart.h"
#include "figureexport.h"

class QPainter;

namespace Figdeck {

ChartOptions chartOptionsFor(const ExportOptions &options);

// paintFigure() with a chart made by createFigureChart(report, figure, chartOptionsFor(options)),
// whose frame text size it sets to the layout's.
void paintFigureWith(QPainter &painter, const Report &report, const Figure &figure,
                     const ExportOptions &options, FigureChart &chart);

} // namespace Figdeck

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One FigureChart implementation per ChartKind; createFigureChart() picks among them.
// Internal to figdeck_charts.

#include "figurechart.h"

namespace Figdeck {

std::unique_ptr<FigureChart> createTilesChart(const Report &report, const Figure &figure,
                                              const ChartOptions &options);
std::unique_ptr<FigureChart> createSharesChart(const Report &report, const Figure &figure,
                                               const ChartOptions &options);
std::unique_ptr<FigureChart> createPartWholeChart(const Report &report, const Figure &figure,
                                                  const ChartOptions &options);
std::unique_ptr<FigureChart> createSmallMultiplesChart(const Report &report, const Figure &figure,
                                                       const ChartOptions &options);

std::unique_ptr<FigureChart> createBarsChart(const Report &report, const Figure &figure,
                                             const ChartOptions &options);
std::unique_ptr<FigureChart> createSeriesChart(const Report &report, const Figure &figure,
                                               const ChartOptions &options);

} // namespace Figdeck

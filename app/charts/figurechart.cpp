// SPDX-License-Identifier: GPL-3.0-or-later
#include "figurechart.h"

#include "chartkinds.h"

namespace Figdeck {

std::unique_ptr<FigureChart> createFigureChart(const Report &report, const Figure &figure,
                                               const ChartOptions &options)
{
    switch (figure.kind) {
    case ChartKind::Tiles:
        return createTilesChart(report, figure, options);
    case ChartKind::Shares:
        return createSharesChart(report, figure, options);
    case ChartKind::PartWhole:
        return createPartWholeChart(report, figure, options);
    case ChartKind::SmallMultiples:
    // Until bars and series have charts of their own: each value on its own scale, which
    // claims no comparison.
    case ChartKind::Bars:
    case ChartKind::Series:
        return createSmallMultiplesChart(report, figure, options);
    }
    return createTilesChart(report, figure, options);
}

} // namespace Figdeck

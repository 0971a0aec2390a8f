// SPDX-License-Identifier: GPL-3.0-or-later
#include "figurechart.h"

#include "chartkinds.h"
#include "chartpaint.h"
#include "honestmarks.h"

namespace Figdeck {

bool sharesDrawnAsBars(const Figure &figure, bool userAsksBars)
{
    return figure.kind == ChartKind::Shares &&
           (userAsksBars || figure.effectiveStyle() == FigureStyle::Bars);
}

qreal naturalTextPixelSize(const QSizeF &size)
{
    return ChartPaint::Scale(QRectF(QPointF(0, 0), size))
        .textPx(ChartPaint::Scale::ReferenceSmallPx);
}

std::shared_ptr<const LabelColors> reportLabelColors(const Report &report)
{
    return std::make_shared<const LabelColors>(report);
}

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
        return createSmallMultiplesChart(report, figure, options);
    case ChartKind::Bars:
        return createBarsChart(report, figure, options);
    case ChartKind::Series:
        return createSeriesChart(report, figure, options);
    }
    return createTilesChart(report, figure, options);
}

} // namespace Figdeck

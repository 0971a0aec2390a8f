// SPDX-License-Identifier: GPL-3.0-or-later
#include "seriesdata.h"

namespace Figdeck {

bool rankedByValue(const Figure &figure)
{
    return figure.order == BarOrder::Value;
}

bool drawnAsLine(const Figure &figure)
{
    return figure.effectiveStyle() == FigureStyle::Line;
}

QList<SeriesData> seriesOf(const Report &report, const Figure &figure, const QString &language)
{
    QList<SeriesData> result;
    if (figure.series.isEmpty()) {
        // A single series: the figure's metrics, no legend entry of its own.
        result << SeriesData{QString(), report.metricsOf(figure)};
        return result;
    }
    result.reserve(figure.series.size());
    for (const Series &s : figure.series) {
        SeriesData data{s.label.text(language), {}};
        data.metrics.reserve(s.metricIds.size());
        for (const QString &id : s.metricIds) {
            if (const Metric *m = report.metric(id))
                data.metrics << m;
        }
        result << data;
    }
    return result;
}

} // namespace Figdeck

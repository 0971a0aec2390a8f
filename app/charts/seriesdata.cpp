// SPDX-License-Identifier: GPL-3.0-or-later
#include "seriesdata.h"

#include "honestmarks.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <utility>

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

QList<const Metric *> barsInOrder(const Report &report, const Figure &figure)
{
    QList<const Metric *> metrics = report.metricsOf(figure);
    if (rankedByValue(figure)) {
        std::stable_sort(metrics.begin(), metrics.end(), [](const Metric *a, const Metric *b) {
            return honestValue(*a).value > honestValue(*b).value;
        });
    }
    return metrics;
}

SeriesGrid seriesGrid(const Report &report, const Figure &figure, const QString &language)
{
    SeriesGrid grid;
    grid.series = seriesOf(report, figure, language);
    std::map<double, QString> periods;
    QList<QList<std::pair<double, const Metric *>>> keyed;
    int undated = 0;
    for (const SeriesData &s : std::as_const(grid.series)) {
        QList<std::pair<double, const Metric *>> list;
        for (const Metric *m : s.metrics) {
            const double key = dateKey(*m).value_or(1e6 + undated++);
            periods.emplace(key, m->period.text(language));
            list << std::make_pair(key, m);
        }
        keyed << list;
    }
    if (!periods.empty() && periods.rbegin()->first < 1e6) {
        const bool years = std::all_of(periods.cbegin(), periods.cend(), [](const auto &kv) {
            return kv.first == std::floor(kv.first);
        });
        const bool quarters = std::all_of(periods.cbegin(), periods.cend(), [](const auto &kv) {
            return std::fabs(std::fmod(kv.first * 4, 1.0) - 0.004) < 1e-6;
        });
        const double first = periods.cbegin()->first;
        const double last = periods.rbegin()->first;
        if (years && last - first <= 60) {
            for (double y = first; y < last; y += 1)
                periods.emplace(y, QString::number(int(y)));
        } else if (quarters && (last - first) * 4 <= 80) {
            const int firstYear = int(std::floor(first));
            for (int q = int(std::lround((first - firstYear) * 4 - 0.004));; ++q) {
                const int year = firstYear + q / 4;
                const double key = quarterKey(year, q % 4 + 1);
                if (key >= last - 1e-9)
                    break;
                periods.emplace(key, QStringLiteral("%1-Q%2").arg(year).arg(q % 4 + 1));
            }
        }
    }
    for (const auto &[key, label] : periods) {
        grid.keys << key;
        grid.periods << label;
    }
    for (const auto &list : std::as_const(keyed)) {
        QList<const Metric *> cells(grid.keys.size(), nullptr);
        for (const auto &[key, m] : list) {
            const auto at = std::lower_bound(grid.keys.cbegin(), grid.keys.cend(), key);
            cells[int(at - grid.keys.cbegin())] = m;
        }
        grid.cells << cells;
    }
    return grid;
}

QColor figureSeriesColor(const QList<const Metric *> &metrics, const LabelColors &colors,
                         const Theme &theme, const QString &language)
{
    if (metrics.isEmpty())
        return theme.seriesColor(0);
    const QString label = metrics.constFirst()->label.text(language);
    const bool one = std::all_of(metrics.cbegin(), metrics.cend(),
                                 [&](const Metric *m) { return m->label.text(language) == label; });
    return one ? colors.colors({label}, theme).constFirst() : theme.seriesColor(0);
}

QColor barColor(const Metric &metric, const QColor &single, const Theme &theme,
                const QString &language)
{
    if (metric.origin == Origin::Derived || LabelColors::isNeutral(metric.label.text(language)))
        return theme.derived;
    return single;
}

} // namespace Figdeck

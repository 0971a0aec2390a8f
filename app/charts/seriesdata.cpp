// SPDX-License-Identifier: GPL-3.0-or-later
#include "seriesdata.h"

#include "format.h"
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
    // Periods the figure names without texts are in its language, the report's own for none.
    const QString periodLanguage = language.isEmpty() ? report.language : language;
    const auto named = [&periodLanguage](const QString &iso) {
        const std::optional<PeriodDate> date = PeriodDate::parse(iso);
        return date ? formatPeriodDate(*date, periodLanguage) : iso;
    };
    std::map<double, QString> periods;
    QList<QList<std::pair<double, const Metric *>>> keyed;
    int undated = 0;
    for (const SeriesData &s : std::as_const(grid.series)) {
        QList<std::pair<double, const Metric *>> list;
        for (const Metric *m : s.metrics) {
            const double key = dateKey(*m).value_or(1e6 + undated++);
            // A half-year, a quarter or a year's first months is named by its date, one way along
            // the axis however the texts write it ("first half of 2024", "H2 2024", "2024-H2",
            // "2024 Q3"), never by its code; a date with no period text still names its period. So
            // is a year whose text is its code ("2024", as a draft writes it): "2024年" in Chinese,
            // as the years filled in between read. A year in words of its own ("FY2024") keeps
            // them.
            QString label = periodText(*m, periodLanguage);
            const auto code = PeriodDate::parse(label.trimmed());
            if (m->date && (m->date->precision == PeriodDate::Precision::Half ||
                            m->date->precision == PeriodDate::Precision::Quarter ||
                            m->date->precision == PeriodDate::Precision::FirstMonths ||
                            m->date->precision == PeriodDate::Precision::Months))
                label = formatPeriodDate(*m->date, periodLanguage);
            else if (m->date && (label.isEmpty() || (code && code->iso == m->date->iso)))
                label = formatPeriodDate(*m->date, periodLanguage);
            periods.emplace(key, label);
            list << std::make_pair(key, m);
        }
        keyed << list;
    }
    if (!periods.empty() && periods.rbegin()->first < 1e6) {
        const bool years = std::all_of(periods.cbegin(), periods.cend(), [](const auto &kv) {
            return kv.first == std::floor(kv.first);
        });
        // Keys of quarters and halves: a fixed fraction past each part of a year (dateKey).
        const auto every = [&periods](int perYear, double offset) {
            return std::all_of(periods.cbegin(), periods.cend(), [&](const auto &kv) {
                return std::fabs(std::fmod(kv.first * perYear, 1.0) - offset) < 1e-6;
            });
        };
        const double first = periods.cbegin()->first;
        const double last = periods.rbegin()->first;
        const auto fillIn = [&](int perYear, double offset, const auto &keyOf,
                                const auto &labelOf) {
            const int firstYear = int(std::floor(first));
            for (int i = int(std::lround((first - firstYear) * perYear - offset));; ++i) {
                const int year = firstYear + i / perYear;
                const double key = keyOf(year, i % perYear + 1);
                if (key >= last - 1e-9)
                    break;
                periods.emplace(key, labelOf(year, i % perYear + 1));
            }
        };
        if (years && last - first <= 60) {
            for (double y = first; y < last; y += 1)
                periods.emplace(y, named(QString::number(int(y))));
        } else if (every(4, 0.004) && (last - first) * 4 <= 80) {
            fillIn(4, 0.004, quarterKey, [&](int year, int q) {
                return named(QStringLiteral("%1-Q%2").arg(year).arg(q));
            });
        } else if (every(2, 0.001) && (last - first) * 2 <= 60) {
            fillIn(2, 0.001, halfKey, [&](int year, int h) {
                return named(QStringLiteral("%1-H%2").arg(year).arg(h));
            });
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

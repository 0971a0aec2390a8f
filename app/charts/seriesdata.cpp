// SPDX-License-Identifier: GPL-3.0-or-later
#include "seriesdata.h"

namespace Figdeck {

bool rankedByValue(const Figure &figure)
{
    Q_UNUSED(figure)
    return true;
}

bool drawnAsLine(const Figure &figure)
{
    Q_UNUSED(figure)
    return false;
}

QList<SeriesData> seriesOf(const Report &report, const Figure &figure, const QString &language)
{
    QList<SeriesData> result;
    for (const Metric *m : report.metricsOf(figure)) {
        const QString label = m->label.text(language);
        auto it = std::find_if(result.begin(), result.end(),
                               [&](const SeriesData &s) { return s.label == label; });
        if (it == result.end())
            result << SeriesData{label, {m}};
        else
            it->metrics << m;
    }
    if (result.size() <= 1) {
        for (SeriesData &s : result)
            s.label.clear();
    }
    return result;
}

} // namespace Figdeck

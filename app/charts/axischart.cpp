// SPDX-License-Identifier: GPL-3.0-or-later
#include "axischart.h"

#include "format.h"
#include "seriesdata.h"

#include <QCategoryAxis>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace Figdeck {

AxisChart::Ticks AxisChart::niceTicks(double lo, double hi, int targetSteps)
{
    lo = std::min(lo, 0.0);
    hi = std::max(hi, 0.0);
    if (hi - lo <= 0)
        hi = lo + 1;
    const double raw = (hi - lo) / std::max(1, targetSteps);
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    double step = power * 10;
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (power * m >= raw - 1e-12 * power) {
            step = power * m;
            break;
        }
    }
    Ticks t;
    t.step = step;
    t.min = std::floor(lo / step + 1e-9) * step;
    t.max = std::ceil(hi / step - 1e-9) * step;
    if (t.max <= t.min)
        t.max = t.min + step;
    return t;
}

AxisChart::Ticks AxisChart::ticksFitting(double lo, double hi, qreal extent, const QFont &font,
                                         Qt::Orientation along) const
{
    const ChartPaint::TextMetrics text(font);
    const auto fits = [&](const Ticks &t) {
        const qreal stepPx = extent * t.step / (t.max - t.min);
        if (along == Qt::Vertical)
            return stepPx >= text.height() * 1.5;
        qreal previous = -1;
        for (double v = t.min; v <= t.max + t.step * 1e-6; v += t.step) {
            const qreal width = text.horizontalAdvance(axisLabel(v));
            if (previous >= 0 && stepPx < (previous + width) / 2 + text.height() * 0.5)
                return false;
            previous = width;
        }
        return true;
    };
    for (int target = 5; target > 1; --target) {
        const Ticks t = niceTicks(lo, hi, target);
        if (fits(t))
            return t;
    }
    return niceTicks(lo, hi, 1);
}

QString AxisChart::axisLabel(double value) const
{
    const QList<const Metric *> all = metrics();
    Metric m;
    if (!all.isEmpty())
        m = *all.constFirst();
    m.value = std::abs(value) < 1e-12 ? 0 : value;
    // A tick is one value in the metrics' unit, never their first's range ("40–22").
    m.high.reset();
    m.qualifier = Qualifier::Exact;
    return formatBareValue(m);
}

QCategoryAxis *AxisChart::createValueAxis(const Ticks &ticks, const QFont &font) const
{
    auto *axis = new QCategoryAxis;
    styleAxis(axis, ticks, font);
    return axis;
}

void AxisChart::styleAxis(QCategoryAxis *axis, const Ticks &ticks, const QFont &font) const
{
    for (const QString &label : axis->categoriesLabels())
        axis->remove(label);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    // A little below the first tick: Qt Charts labels a value only past the start value.
    axis->setStartValue(ticks.min - ticks.step * 1e-3);
    axis->setRange(ticks.min - (ticks.min < 0 ? ticks.step * 1e-3 : 0), ticks.max);
    const int steps = int(std::lround((ticks.max - ticks.min) / ticks.step));
    for (int i = 0; i <= steps; ++i) {
        const double v = ticks.min + i * ticks.step;
        // Labels must be unique: a zero-width space keeps two equal texts apart.
        QString label = axisLabel(v);
        while (axis->categoriesLabels().contains(label))
            label += QChar(0x200B);
        axis->append(label, v);
    }
    axis->setLabelsFont(font);
    axis->setLabelsColor(theme().mutedText);
    axis->setGridLineColor(theme().grid);
    axis->setGridLineVisible(true);
    axis->setLineVisible(false);
    axis->setTruncateLabels(false);
}

QList<ChartPaint::LegendEntry> AxisChart::styleEntries(const QList<HonestValue> &values,
                                                       const QColor &color) const
{
    using ChartPaint::LegendEntry;
    auto any = [&](auto pred) { return std::any_of(values.cbegin(), values.cend(), pred); };
    QList<LegendEntry> entries;
    if (any([](const HonestValue &v) { return v.status == MarkStatus::Projected; }))
        entries << LegendEntry{LegendEntry::Projected, Charts::tr("projected"), color};
    if (any([](const HonestValue &v) { return v.status == MarkStatus::Estimated; }))
        entries << LegendEntry{LegendEntry::Estimated, Charts::tr("estimated"), color};
    if (any([](const HonestValue &v) { return v.derived; }))
        entries << LegendEntry{LegendEntry::Derived, Charts::tr("derived from the stated numbers"),
                               color};
    if (any([](const HonestValue &v) { return v.open == OpenEnd::Beyond; }))
        entries << LegendEntry{LegendEntry::LowerBound,
                               Charts::tr("lower bound: the value is higher"), color};
    if (any([](const HonestValue &v) { return v.open == OpenEnd::TowardsZero; }))
        entries << LegendEntry{LegendEntry::UpperBound,
                               Charts::tr("upper bound: the value is at most this"), color};
    if (any([](const HonestValue &v) { return v.isRange(); }))
        entries << LegendEntry{LegendEntry::Range, Charts::tr("range the source gives"), color};
    return entries;
}

QColor AxisChart::singleSeriesColor() const
{
    return figureSeriesColor(metrics(), labelColors(), theme(), options().language);
}

QString AxisChart::measureText() const
{
    const QList<const Metric *> all = metrics();
    if (all.isEmpty())
        return Charts::tr("Values");
    const Metric &m = *all.constFirst();
    QString what = text(m.measure);
    if (what.isEmpty())
        what = text(m.noun);
    if (what.isEmpty())
        what = Charts::tr("Values");
    what[0] = what.at(0).toUpper();
    return what;
}

void AxisChart::paintBaseline(QPainter &painter, const QPointF &from, const QPointF &to,
                              const ChartPaint::Scale &scale) const
{
    painter.save();
    QPen pen(theme().text, std::max<qreal>(1, scale.px(1.5)));
    pen.setCapStyle(Qt::FlatCap);
    painter.setPen(pen);
    painter.drawLine(from, to);
    painter.restore();
}

} // namespace Figdeck

// SPDX-License-Identifier: GPL-3.0-or-later
#include "honestmarks.h"

#include "chartbase.h"

#include <QLinearGradient>
#include <QPainter>
#include <QRegularExpression>
#include <QSet>
#include <QtMath>

#include <algorithm>
#include <cmath>

namespace Figdeck {

HonestValue honestValue(const Metric &metric)
{
    HonestValue v;
    v.value = metric.value;
    switch (metric.qualifier) {
    case Qualifier::MoreThan:
    case Qualifier::AtLeast:
        v.open = OpenEnd::Beyond;
        break;
    case Qualifier::LessThan:
    case Qualifier::AtMost:
        v.open = OpenEnd::TowardsZero;
        break;
    case Qualifier::Approximate:
    case Qualifier::Nearly:
        v.approximate = true;
        break;
    case Qualifier::Exact:
        break;
    }
    if (metric.high) {
        v.low = metric.value;
        v.high = metric.high;
    }
    v.status = metric.status == Status::Projected   ? MarkStatus::Projected
               : metric.status == Status::Estimated ? MarkStatus::Estimated
                                                    : MarkStatus::Observed;
    v.derived = metric.origin == Origin::Derived;
    return v;
}

double quarterKey(int year, int quarter)
{
    return year + (quarter - 1) / 4.0 + 0.001;
}

double halfKey(int year, int half)
{
    return year + (half - 1) / 2.0 + 0.0005;
}

namespace {

std::optional<double> parseDate(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*(\\d{4})(?:-(?:Q([1-4])|H([12])|(\\d{2})(?:-(\\d{2}))?))?\\s*$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const int year = m.captured(1).toInt();
    if (!m.captured(2).isEmpty())
        return quarterKey(year, m.captured(2).toInt());
    if (!m.captured(3).isEmpty())
        return halfKey(year, m.captured(3).toInt());
    double key = year;
    if (!m.captured(4).isEmpty())
        key += (m.captured(4).toInt() - 1) / 12.0 + 0.002 +
               (m.captured(5).isEmpty() ? 0 : (m.captured(5).toInt() - 1) / 400.0);
    return key;
}

} // namespace

std::optional<double> dateKey(const Metric &metric)
{
    if (!metric.date)
        return parseDate(metric.period.text()); // version 1: a period written as a date
    const PeriodDate &d = *metric.date;
    const int year = d.first.year();
    switch (d.precision) {
    case PeriodDate::Precision::Year:
        return double(year);
    case PeriodDate::Precision::FirstMonths:
        // Past its year's key by a fraction no quarter or half takes, so that no whole year is
        // filled in between (Jan–Aug 2023 and Jan–Aug 2025 are no years with 2024 between).
        return year + 0.0002 + d.last.month() / 100000.0;
    case PeriodDate::Precision::Half:
        return halfKey(year, d.first.month() < 7 ? 1 : 2);
    case PeriodDate::Precision::Quarter:
        return quarterKey(year, (d.first.month() - 1) / 3 + 1);
    case PeriodDate::Precision::Months:
        // At its first month, before that month's own key, by its last: Mar–Aug 2024 and Mar–Aug
        // 2025 with no year, quarter or half filled in between.
        return year + (d.first.month() - 1) / 12.0 + 0.0015 + d.last.month() / 100000.0;
    case PeriodDate::Precision::Month:
    case PeriodDate::Precision::Day:
        break;
    }
    double key = year + (d.first.month() - 1) / 12.0 + 0.002;
    if (d.precision == PeriodDate::Precision::Day)
        key += (d.first.day() - 1) / 400.0;
    return key;
}

LabelColors::LabelColors(const Report &report)
{
    QHash<QString, int> figuresShowing;
    QStringList order;
    for (const Figure &figure : report.figures) {
        QSet<QString> seen;
        for (const Metric *m : report.metricsOf(figure)) {
            const QString k = key(m->label.text());
            if (isNeutral(k) || seen.contains(k))
                continue;
            seen.insert(k);
            if (!figuresShowing.contains(k))
                order << k;
            ++figuresShowing[k];
        }
    }
    for (const QString &k : std::as_const(order)) {
        if (figuresShowing.value(k) > 1)
            m_shared.insert(k, int(m_shared.size()));
    }
}

QString LabelColors::key(const QString &label)
{
    return label.trimmed().toCaseFolded();
}

bool LabelColors::isNeutral(const QString &label)
{
    static const QRegularExpression re(
        QStringLiteral("^(others?|other .*|(the )?rest( .*)?|remainder( .*)?|all others?( .*)?)$"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(label.trimmed()).hasMatch();
}

QList<QColor> LabelColors::colors(const QStringList &labels, const Theme &theme) const
{
    QList<QColor> result;
    for (int slot : paletteSlots(labels, theme))
        result << (slot < 0 ? theme.derived : theme.seriesColor(slot));
    return result;
}

QList<int> LabelColors::paletteSlots(const QStringList &labels, const Theme &theme) const
{
    QSet<int> taken;
    for (const QString &label : labels) {
        const auto it = m_shared.constFind(key(label));
        if (it != m_shared.cend())
            taken.insert(*it % int(theme.series.size()));
    }
    QList<int> result;
    QHash<QString, int> own;
    int next = 0;
    for (const QString &label : labels) {
        if (isNeutral(label)) {
            result << -1;
            continue;
        }
        const QString k = key(label);
        const auto shared = m_shared.constFind(k);
        if (shared != m_shared.cend()) {
            result << *shared;
            continue;
        }
        if (!own.contains(k)) {
            while (taken.contains(next % int(theme.series.size())) &&
                   next < int(theme.series.size()) + int(taken.size()))
                ++next;
            own.insert(k, next++);
        }
        result << own.value(k);
    }
    return result;
}

QList<int> LabelColors::partSlots(const QList<const Metric *> &parts, const Theme &theme,
                                  const QString &language) const
{
    // Derived parts take no slot: the stated ones take theirs as if the derived were not there.
    QStringList labels;
    for (const Metric *m : parts) {
        if (m->origin != Origin::Derived)
            labels << m->label.text(language);
    }
    const QList<int> stated = paletteSlots(labels, theme);
    QList<int> result;
    qsizetype next = 0;
    for (const Metric *m : parts)
        result << (m->origin == Origin::Derived ? -1 : stated.at(next++));
    return result;
}

QList<const Metric *> sharePartsOf(const Report &report, const Figure &figure)
{
    if (!figure.shares || figure.shares->partIds.isEmpty())
        return report.metricsOf(figure);
    QList<const Metric *> parts;
    for (const QString &id : figure.shares->partIds) {
        if (const Metric *m = report.metric(id))
            parts << m;
    }
    return parts;
}

namespace ChartPaint {

qreal markerSizeFactor(MarkerShape shape)
{
    switch (shape) {
    case MarkerShape::Circle:
    case MarkerShape::Square:
        return 1;
    case MarkerShape::Diamond:
        return 1.35;
    case MarkerShape::Triangle:
        return 1.3;
    case MarkerShape::Pentagon:
        return 1.2;
    case MarkerShape::Star:
        return 1.6;
    }
    return 1;
}

QPainterPath markerPath(MarkerShape shape, const QRectF &box)
{
    QPainterPath path;
    const QPointF c = box.center();
    const qreal r = std::min(box.width(), box.height()) / 2;
    // A regular polygon of n corners, the first straight up; a star alternates with an inner
    // radius.
    const auto polygon = [&](int n, qreal inner) {
        QPolygonF corners;
        const int points = inner > 0 ? 2 * n : n;
        for (int i = 0; i < points; ++i) {
            const qreal angle = -M_PI / 2 + 2 * M_PI * i / points;
            const qreal radius = inner > 0 && i % 2 ? r * inner : r;
            corners << c + QPointF(std::cos(angle), std::sin(angle)) * radius;
        }
        path.addPolygon(corners);
        path.closeSubpath();
    };
    switch (shape) {
    case MarkerShape::Circle:
        path.addEllipse(c, r, r);
        break;
    case MarkerShape::Square:
        path.addRect(QRectF(c - QPointF(r, r), QSizeF(2 * r, 2 * r)));
        break;
    case MarkerShape::Diamond:
        polygon(4, 0);
        break;
    case MarkerShape::Triangle:
        polygon(3, 0);
        break;
    case MarkerShape::Pentagon:
        polygon(5, 0);
        break;
    case MarkerShape::Star:
        polygon(5, 0.45);
        break;
    }
    return path;
}

QColor statusFill(const QColor &color, MarkStatus status, const Theme &theme)
{
    if (status == MarkStatus::Observed)
        return color;
    // Mixed with the background rather than made transparent: the same on every device.
    const qreal t = status == MarkStatus::Projected ? 0.42 : 0.6;
    const QColor bg = theme.background;
    return QColor::fromRgbF(color.redF() * t + bg.redF() * (1 - t),
                            color.greenF() * t + bg.greenF() * (1 - t),
                            color.blueF() * t + bg.blueF() * (1 - t));
}

Qt::PenStyle statusPenStyle(MarkStatus status)
{
    switch (status) {
    case MarkStatus::Observed:
        return Qt::SolidLine;
    case MarkStatus::Projected:
        return Qt::DashLine;
    case MarkStatus::Estimated:
        return Qt::DotLine;
    }
    return Qt::SolidLine;
}

void paintStatusOutline(QPainter &painter, const QRectF &bar, const QColor &color,
                        MarkStatus status, qreal lineWidth)
{
    if (status == MarkStatus::Observed || bar.isEmpty())
        return;
    painter.save();
    QPen pen(color, lineWidth, statusPenStyle(status));
    pen.setCapStyle(Qt::FlatCap);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(bar.adjusted(lineWidth / 2, lineWidth / 2, -lineWidth / 2, -lineWidth / 2));
    painter.restore();
}

void paintOpenEnd(QPainter &painter, const QPointF &end, const QPointF &direction, qreal thickness,
                  qreal fadeLength, const QColor &color, const Theme &theme)
{
    if (fadeLength <= 0 || thickness <= 0)
        return;
    painter.save();
    painter.translate(end);
    // Drawn along +x, then turned to direction.
    painter.rotate(qRadiansToDegrees(std::atan2(direction.y(), direction.x())));
    const qreal h = thickness;
    const qreal arrow = std::min(h * 0.55, fadeLength * 0.35);
    const QRectF fade(0, -h / 2, std::max<qreal>(0, fadeLength - arrow), h);
    QLinearGradient gradient(fade.topLeft(), fade.topRight());
    QColor start = color;
    start.setAlphaF(0.75);
    QColor stop = color;
    stop.setAlphaF(0.08);
    gradient.setColorAt(0, start);
    gradient.setColorAt(1, stop);
    painter.setPen(Qt::NoPen);
    painter.setBrush(gradient);
    painter.drawRect(fade);
    painter.setBrush(withNonTextContrast(color, theme));
    painter.drawPolygon(
        QPolygonF({QPointF(fade.right(), -h * 0.65), QPointF(fade.right() + arrow, 0),
                   QPointF(fade.right(), h * 0.65)}));
    painter.restore();
}

namespace {

qreal relativeLuminance(const QColor &c)
{
    const auto linear = [](qreal v) {
        return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
}

} // namespace

qreal contrastRatio(const QColor &a, const QColor &b)
{
    const qreal la = relativeLuminance(a);
    const qreal lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor withNonTextContrast(const QColor &color, const Theme &theme)
{
    // A little over the ratio: an anti-aliased edge lands a shade lighter than its pen.
    constexpr qreal Margin = 1.1;
    constexpr int Steps = 20;
    const QColor &ink = theme.text;
    for (int i = 0; i <= Steps; ++i) {
        const qreal t = qreal(i) / Steps;
        const QColor mixed = QColor::fromRgbF(color.redF() * (1 - t) + ink.redF() * t,
                                              color.greenF() * (1 - t) + ink.greenF() * t,
                                              color.blueF() * (1 - t) + ink.blueF() * t);
        if (contrastRatio(mixed, theme.background) >= NonTextContrast * Margin)
            return mixed;
    }
    return ink;
}

void paintUpperBoundEdge(QPainter &painter, const QRectF &box, const QColor &color,
                         const Theme &theme, qreal lineWidth)
{
    if (box.isEmpty())
        return;
    // On whole device pixels, the nearest ones: an edge that falls across two pixels covers each
    // only in part and shows only part of its contrast.
    const QTransform toDevice = painter.deviceTransform();
    bool invertible = false;
    const QTransform fromDevice = toDevice.inverted(&invertible);
    const qreal pixelsPerUnit = std::sqrt(std::abs(toDevice.determinant()));
    if (!invertible || pixelsPerUnit <= 0 || toDevice.isRotating())
        return;
    const QRectF device = toDevice.mapRect(box);
    const QRectF snapped(QPointF(std::round(device.left()), std::round(device.top())),
                         QPointF(std::round(device.right()), std::round(device.bottom())));
    const qreal widest = std::floor(std::min(snapped.width(), snapped.height()) / 4);
    if (widest < 1)
        return;
    const qreal width = std::clamp<qreal>(std::round(lineWidth * pixelsPerUnit), 1, widest);
    const QRectF inner = snapped.adjusted(width / 2, width / 2, -width / 2, -width / 2);
    painter.save();
    QPen pen(withNonTextContrast(color, theme), width / pixelsPerUnit);
    pen.setJoinStyle(Qt::MiterJoin);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(fromDevice.mapRect(inner));
    painter.restore();
}

void paintInterval(QPainter &painter, const QPointF &from, const QPointF &to, qreal cap,
                   const QColor &color, qreal lineWidth)
{
    painter.save();
    QPen pen(color, lineWidth);
    pen.setCapStyle(Qt::FlatCap);
    painter.setPen(pen);
    painter.drawLine(from, to);
    const QLineF line(from, to);
    if (line.length() > 0) {
        const QPointF n = QPointF(-line.dy(), line.dx()) / line.length() * (cap / 2);
        painter.drawLine(from - n, from + n);
        painter.drawLine(to - n, to + n);
    }
    painter.restore();
}

namespace {

constexpr qreal SwatchEm = 1.6; // swatch width in line heights
constexpr qreal EntryGapEm = 1.2;

qreal entryWidth(const LegendEntry &entry, const TextMetrics &metrics)
{
    return metrics.height() * (SwatchEm + 0.4) + metrics.horizontalAdvance(entry.text);
}

} // namespace

std::pair<QRectF, QRectF> legendAndChart(const QRectF &area, const QList<LegendEntry> &entries,
                                         const QFont &font, qreal gap)
{
    const qreal height = legendHeight(entries, font, area.width());
    return {QRectF(area.topLeft(), QSizeF(area.width(), height)),
            area.adjusted(0, height > 0 ? height + gap : 0, 0, 0)};
}

qreal legendHeight(const QList<LegendEntry> &entries, const QFont &font, qreal width)
{
    if (entries.isEmpty())
        return 0;
    const TextMetrics metrics(font);
    int lines = 1;
    qreal x = 0;
    for (const LegendEntry &e : entries) {
        const qreal w = entryWidth(e, metrics);
        if (x > 0 && x + w > width) {
            ++lines;
            x = 0;
        }
        x += w + metrics.height() * EntryGapEm;
    }
    return lines * metrics.lineSpacing() * 1.25;
}

void paintLegend(QPainter &painter, const QRectF &rect, const QList<LegendEntry> &entries,
                 const QFont &font, const Theme &theme)
{
    const TextMetrics metrics(font);
    const qreal lineHeight = metrics.lineSpacing() * 1.25;
    const qreal h = metrics.height();
    const qreal lineWidth = std::max<qreal>(1, h * 0.12);
    qreal x = rect.left();
    qreal y = rect.top();
    for (const LegendEntry &e : entries) {
        const qreal w = entryWidth(e, metrics);
        if (x > rect.left() && x + w > rect.right()) {
            x = rect.left();
            y += lineHeight;
        }
        const QRectF swatch(x, y + (lineHeight - h * 0.7) / 2, h * SwatchEm, h * 0.7);
        const QColor color = e.color.isValid() ? e.color : theme.mutedText;
        painter.save();
        painter.setPen(Qt::NoPen);
        switch (e.kind) {
        case LegendEntry::Swatch: {
            painter.setBrush(color);
            painter.drawRect(swatch);
            QPainterPath area;
            area.addRect(swatch);
            paintTexture(painter, area, e.texture, color, swatch.height() / 3,
                         std::max<qreal>(1, h * 0.08));
            break;
        }
        case LegendEntry::Projected:
        case LegendEntry::Estimated: {
            const MarkStatus s =
                e.kind == LegendEntry::Projected ? MarkStatus::Projected : MarkStatus::Estimated;
            if (e.marker) {
                // As a line draws it: the segment into the point dashed or dotted, the point
                // hollow with an outline of the same style.
                painter.setRenderHint(QPainter::Antialiasing);
                painter.setPen(
                    QPen(color, std::max<qreal>(1.5, h * 0.18), statusPenStyle(s), Qt::FlatCap));
                painter.drawLine(QPointF(swatch.left(), swatch.center().y()),
                                 QPointF(swatch.right(), swatch.center().y()));
                const qreal side = h * 0.62 * markerSizeFactor(*e.marker);
                painter.setPen(QPen(color, std::max<qreal>(1, h * 0.1), statusPenStyle(s)));
                painter.setBrush(theme.background);
                painter.drawPath(
                    markerPath(*e.marker, QRectF(swatch.center() - QPointF(side, side) / 2,
                                                 QSizeF(side, side))));
                break;
            }
            painter.setBrush(statusFill(color, s, theme));
            painter.drawRect(swatch);
            paintStatusOutline(painter, swatch, color, s, lineWidth);
            break;
        }
        case LegendEntry::Derived: {
            painter.setBrush(theme.derived);
            painter.drawRect(swatch);
            QPainterPath area;
            area.addRect(swatch);
            paintHatch(painter, area, theme.mutedText, h * 0.35, std::max<qreal>(1, h * 0.08));
            break;
        }
        case LegendEntry::LowerBound:
            painter.setBrush(color);
            painter.drawRect(
                QRectF(swatch.topLeft(), QSizeF(swatch.width() * 0.4, swatch.height())));
            paintOpenEnd(painter,
                         QPointF(swatch.left() + swatch.width() * 0.4, swatch.center().y()),
                         QPointF(1, 0), swatch.height(), swatch.width() * 0.6, color, theme);
            break;
        case LegendEntry::UpperBound:
            painter.setBrush(color);
            painter.drawRect(QRectF(QPointF(swatch.right() - swatch.width() * 0.25, swatch.top()),
                                    swatch.bottomRight()));
            // The arrowhead inside the swatch: the edge says where the swatch ends.
            painter.save();
            painter.setClipRect(swatch, Qt::IntersectClip);
            paintOpenEnd(painter,
                         QPointF(swatch.right() - swatch.width() * 0.25, swatch.center().y()),
                         QPointF(-1, 0), swatch.height(), swatch.width() * 0.75, color, theme);
            painter.restore();
            paintUpperBoundEdge(painter, swatch, color, theme, std::max<qreal>(1, h * 0.08));
            break;
        case LegendEntry::Range:
            paintInterval(painter, QPointF(swatch.left() + 2, swatch.center().y()),
                          QPointF(swatch.right() - 2, swatch.center().y()), swatch.height(),
                          theme.text, lineWidth * 1.5);
            break;
        case LegendEntry::Line: {
            QPen pen(color, std::max<qreal>(1.5, h * 0.18));
            painter.setPen(pen);
            painter.drawLine(QPointF(swatch.left(), swatch.center().y()),
                             QPointF(swatch.right(), swatch.center().y()));
            if (e.marker) {
                const qreal side = h * 0.62 * markerSizeFactor(*e.marker);
                painter.setPen(Qt::NoPen);
                painter.setBrush(color);
                painter.drawPath(
                    markerPath(*e.marker, QRectF(swatch.center() - QPointF(side, side) / 2,
                                                 QSizeF(side, side))));
            }
            break;
        }
        }
        painter.restore();
        drawFittedText(painter,
                       QRectF(swatch.right() + h * 0.4, y, w - h * (SwatchEm + 0.4), lineHeight),
                       font, theme.text, e.text, Qt::AlignLeft | Qt::AlignVCenter);
        x += w + h * EntryGapEm;
    }
}

} // namespace ChartPaint

} // namespace Figdeck

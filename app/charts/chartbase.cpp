// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartbase.h"

#include "format.h"
#include "textblock.h"

#include <QPainter>

#include <algorithm>

namespace Figdeck {

ChartBase::ChartBase(const Report &report, const Figure &figure, const ChartOptions &options)
    : m_report(report)
    , m_figure(figure)
    , m_options(options)
{
}

void ChartBase::paint(QPainter &painter, const QRectF &rect)
{
    if (rect.isEmpty())
        return;
    // Layouts try several text sizes and grids, measuring the same labels at each.
    const TextBlock::Reuse reuse;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    // Every state the chart paints in names the theme's family (SVG writes it on each group).
    painter.setFont(ChartPaint::themeFont(theme(), 12));
    if (!m_options.transparentBackground)
        painter.fillRect(rect, theme().background);
    paintChart(painter, rect);
    painter.restore();
}

QString ChartBase::markAt(const QRectF &rect, const QPointF &pos)
{
    if (rect.isEmpty() || !rect.contains(pos))
        return {};
    if (rect != m_marksRect || m_marks.isEmpty()) {
        m_marks = marks(rect);
        m_marksRect = rect;
    }
    for (auto it = m_marks.crbegin(); it != m_marks.crend(); ++it) {
        if (it->shape.contains(pos))
            return it->metricId;
    }
    return {};
}

void ChartBase::setHighlightedMarks(const QStringList &metricIds)
{
    m_highlighted = metricIds;
}

QStringList ChartBase::highlightedMarks() const
{
    return m_highlighted;
}

void ChartBase::setFrameTextPixelSize(qreal pixelSize)
{
    if (pixelSize == m_options.frameTextPixelSize)
        return;
    m_options.frameTextPixelSize = pixelSize;
    m_marks.clear(); // laid out for the old text size
}

QString ChartBase::accessibleDescription() const
{
    QStringList lines;
    const QString title = text(m_figure.title);
    const QString intro = descriptionIntro();
    lines << (title.isEmpty() ? intro : Charts::tr("%1. %2").arg(title, intro));
    for (const Metric *m : metrics()) {
        // The drawn form too ("6,000+") where it differs, so text and picture can be matched;
        // signs named as notes, so that "(6)" is never heard as part of the number.
        QString line = describeMetric(*m);
        if (formatValue(*m) != formatBareValue(*m))
            line = Charts::tr("%1, shown as %2").arg(line, formatValue(*m));
        const QStringList signs = caveatSignsFor(m_figure, m->id);
        if (!signs.isEmpty())
            line = Charts::tr("%1 (notes: %2)").arg(line, signs.join(QStringLiteral(", ")));
        lines << line;
    }
    for (int i = 0; i < m_figure.caveats.size(); ++i)
        lines << Charts::tr("Note %1: %2").arg(caveatSign(i), text(m_figure.caveats.at(i).text));
    return lines.join(QLatin1Char('\n'));
}

ChartPaint::SignedText ChartBase::signedValue(const Metric &metric) const
{
    ChartPaint::SignedText value{formatValue(metric), caveatSignsFor(m_figure, metric.id),
                                 theme().mutedText};
    value.minSignsPixelSize = minTextPx();
    return value;
}

QList<const Metric *> ChartBase::metrics() const
{
    return m_report.metricsOf(m_figure);
}

QList<const Metric *> ChartBase::shareParts() const
{
    return sharePartsOf(m_report, m_figure);
}

QString ChartBase::shareWhole() const
{
    return m_figure.shares ? text(m_figure.shares->whole) : QString();
}

double ChartBase::shareTotal() const
{
    return m_figure.shares && m_figure.shares->total > 0 ? m_figure.shares->total : 100.0;
}

QList<ChartBase::Part> ChartBase::parts() const
{
    QList<Part> result;
    const QList<const Metric *> stated = shareParts();
    double sum = 0;
    // Stated parts take their label's colour and texture of the report (derived ones the
    // derived grey), as a deck's native chart does.
    const QList<int> slotOf = labelColors().partSlots(stated, theme(), m_options.language);
    for (qsizetype i = 0; i < stated.size(); ++i) {
        const int slot = slotOf.at(i);
        result << Part{stated.at(i), stated.at(i)->value,
                       slot < 0 ? theme().derived : theme().seriesColor(slot),
                       slot < 0 ? FillTexture::Solid : theme().seriesTexture(slot)};
        sum += stated.at(i)->value;
    }
    const bool complete = !m_figure.shares || m_figure.shares->complete;
    if (!complete && sum < shareTotal())
        result << Part{nullptr, shareTotal() - sum, Qt::transparent, FillTexture::Solid};
    return result;
}

ChartPaint::PartLabel ChartBase::partLabel(const Part &part) const
{
    ChartPaint::PartLabel label;
    label.noteColor = theme().mutedText;
    if (part.metric) {
        label.name = text(part.metric->label);
        label.value = signedValue(*part.metric);
        label.color = theme().text;
        if (part.derived())
            label.note = footnoteOf(*part.metric);
        return label;
    }
    label.name = Charts::tr("Not covered by the source");
    label.value = {percentText(part.value / shareTotal() * 100), {}, {}};
    label.color = theme().mutedText;
    return label;
}

QString ChartBase::wholeText() const
{
    const QString whole = shareWhole();
    QString s =
        whole.isEmpty() ? Charts::tr("Shares of the whole") : Charts::tr("Shares of %1").arg(whole);
    if (m_figure.shares && !m_figure.shares->complete)
        s += QLatin1Char(' ') + Charts::tr("(the stated parts do not cover the whole)");
    return s;
}

void ChartBase::paintDerived(QPainter &painter, const QPainterPath &area,
                             const ChartPaint::Scale &scale) const
{
    ChartPaint::paintHatch(painter, area, theme().mutedText, scale.px(9),
                           std::max<qreal>(1, scale.px(1.5)));
    // The hatch is cut to the area as polygons, which leaves a ragged edge on a curve (a donut
    // slice): an antialiased outline along the area's own curves gives it a clean edge.
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QPen outline(theme().mutedText, std::max<qreal>(1, scale.px(1)));
    outline.setJoinStyle(Qt::RoundJoin);
    painter.setPen(outline);
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(area);
    painter.restore();
}

const LabelColors &ChartBase::labelColors() const
{
    if (m_options.labelColors)
        return *m_options.labelColors;
    if (!m_labelColors)
        m_labelColors.emplace(m_report);
    return *m_labelColors;
}

QString ChartBase::footnoteOf(const Metric &metric, bool withStatus) const
{
    QStringList parts;
    if (withStatus) {
        switch (honestValue(metric).status) {
        case MarkStatus::Observed:
            break;
        case MarkStatus::Projected:
            parts << Charts::tr("projected");
            break;
        case MarkStatus::Estimated:
            parts << Charts::tr("estimated");
            break;
        }
    }
    if (!metric.period.isEmpty())
        parts << periodText(metric, m_options.language);
    if (metric.origin == Origin::Derived)
        parts << Charts::tr("derived: %1").arg(text(metric.derivation));
    return parts.join(QStringLiteral(" · "));
}

QString ChartBase::moreInTheDataTable(int notDrawn)
{
    // A no-break space (U+00A0) after "+" keeps the sign with its count.
    return Charts::tr("+ %Ln more in the data table", nullptr, notDrawn);
}

void ChartBase::paintMoreLine(QPainter &painter, const QRectF &box, const QFont &font,
                              int notDrawn) const
{
    if (notDrawn <= 0)
        return;
    ChartPaint::drawFittedText(painter, box, font, theme().mutedText, moreInTheDataTable(notDrawn),
                               Qt::AlignLeft | Qt::AlignVCenter, minTextPx());
}

QString ChartBase::percentText(double value)
{
    Metric m;
    m.unit = Unit::percent();
    m.value = value;
    return formatBareValue(m);
}

bool ChartBase::isLowerBound(const Metric &metric)
{
    return metric.qualifier == Qualifier::MoreThan || metric.qualifier == Qualifier::AtLeast;
}

} // namespace Figdeck

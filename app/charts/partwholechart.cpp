// SPDX-License-Identifier: GPL-3.0-or-later
// One stated part against the rest of the whole, as a single 100% bar. A derived part (the
// rest, computed as 100 - 75) is drawn in the theme's derived colour, hatched, with how it was
// derived in its label. Only the parts the figure names are drawn: never a split of them.

#include "chartkinds.h"
#include "partschart.h"

#include <QBarSet>
#include <QHorizontalStackedBarSeries>
#include <QPainter>

#include <algorithm>

namespace Figdeck {

namespace {

using namespace ChartPaint;

constexpr qreal LegendGap = 24; // between the legend's entries side by side

class PartWholeChart final : public PartsChart
{
public:
    using PartsChart::PartsChart;

protected:
    void paintChart(QPainter &painter, const QRectF &rect) override;
    QList<Mark> marks(const QRectF &rect) override;
    QString descriptionIntro() const override;

private:
    struct Layout
    {
        PartLabel::Fonts labelFonts;
        QFont caption;
        QFont small;
        QRectF captionBox;
        QRectF bar;
        QList<QRectF> segments;
        QList<QRectF> labels;
        qreal bracketY = 0;
        QRectF legend;
        bool legendInRows = false; // its two entries one under the other
        bool fits = false;
    };

    Layout layout(const QRectF &rect) const;
    Layout layoutAt(const QRectF &rect, const Scale &scale) const;
    // The legend's entries: swatch and text, each as wide as it needs.
    QSizeF legendEntrySize(const QFont &font, const QString &text, const Scale &scale) const;
    static QString statedLegend() { return Charts::tr("stated by the source"); }
    static QString derivedLegend()
    {
        return Charts::tr("derived from the stated numbers, not stated by the source");
    }
    void build();
    bool hasDerived() const;
    // The first stated part, whose look the legend's "stated" swatch shows.
    Part statedPart() const
    {
        for (const Part &p : drawnParts()) {
            if (p.metric && !p.derived())
                return p;
        }
        return Part{nullptr, 0, theme().seriesColor(0), FillTexture::Solid};
    }
    void paintLegend(QPainter &painter, const Layout &l, const Scale &scale) const;

    QHorizontalStackedBarSeries *m_series = nullptr;
};

bool PartWholeChart::hasDerived() const
{
    return std::any_of(drawnParts().cbegin(), drawnParts().cend(),
                       [](const Part &p) { return p.derived(); });
}

void PartWholeChart::build()
{
    if (m_series)
        return;
    QList<QList<qreal>> values;
    for (const Part &part : std::as_const(drawnParts()))
        values << QList<qreal>{part.value};
    m_series = scene().addHorizontalBars(values, 1.0); // the plot area is the bar
}

PartWholeChart::Layout PartWholeChart::layout(const QRectF &rect) const
{
    return layoutFittingText(scaleFor(rect),
                             [&](const Scale &scale) { return layoutAt(rect, scale); });
}

QSizeF PartWholeChart::legendEntrySize(const QFont &font, const QString &text,
                                       const Scale &scale) const
{
    const qreal swatch = TextMetrics(font).height();
    return {swatch * 1.6 + scale.px(6) + textSize(font, text).width(), swatch * 1.4};
}

PartWholeChart::Layout PartWholeChart::layoutAt(const QRectF &rect, const Scale &scale) const
{
    Layout l;
    l.labelFonts = {scale.font(theme(), 16), scale.font(theme(), 30, QFont::Bold),
                    scale.font(theme(), 13)};
    l.caption = scale.font(theme(), 14);
    l.small = scale.font(theme(), 12);

    const qreal pad = scale.px(16);
    const qreal gap = scale.px(14);
    const qreal bracket = scale.px(10);
    const QRectF area = rect.adjusted(pad, pad, -pad, -pad);
    // Three lines at most: a longer caption is elided (a 100,000-character whole took the
    // chart's height and was laid out again at every text size).
    constexpr int CaptionLines = 3;
    const qreal captionHeight =
        commonTextHeight(l.caption, {wholeText()}, area.width(), CaptionLines);
    // The legend's two entries side by side, or one under the other when the width is short.
    qreal legendHeight = 0;
    bool legendFits = true;
    if (hasDerived()) {
        const QSizeF stated = legendEntrySize(l.small, statedLegend(), scale);
        const QSizeF derived = legendEntrySize(l.small, derivedLegend(), scale);
        l.legendInRows = stated.width() + scale.px(LegendGap) + derived.width() > area.width();
        legendHeight = stated.height() * (l.legendInRows ? 2 : 1);
        legendFits = std::max(stated.width(), derived.width()) <= area.width();
    }
    const qreal axisHeight = scaleHeight(l.small, std::max<qreal>(1, scale.px(1.2)));

    // Each label starts over its segment, as wide as its text needs up to the segment's width
    // (a narrow segment's label may take minLabelWidth, reaching over its neighbour). Labels
    // that would touch move apart: each right of the one before, then back from the right
    // edge. Only when the row is too short for them side by side do they narrow (and wrap)
    // to share it, each label giving way to the next but keeping 40 text pixels.
    const qreal total = shareTotal();
    const qreal minLabelWidth = scale.textPx(130);
    const qreal labelGap = scale.px(12);
    QList<qreal> rooms;
    qreal x = area.left();
    for (const Part &part : drawnParts()) {
        const qreal w = area.width() * part.value / total;
        l.segments << QRectF(x, 0, w, 0);
        const qreal room = std::max(minLabelWidth, w - labelGap);
        rooms << room;
        // A pixel more than the text's own width, for the same line breaks when it is painted.
        const qreal needed =
            std::min(room, partLabel(part).size(l.labelFonts, room).width() + scale.px(1));
        l.labels << QRectF(x + scale.px(2), 0, needed, 0);
        x += w;
    }
    for (qsizetype i = 1; i < l.labels.size(); ++i) {
        QRectF &label = l.labels[i];
        label.moveLeft(std::max(label.left(), l.labels.at(i - 1).right() + labelGap));
    }
    if (!l.labels.isEmpty() && l.labels.last().right() > area.right())
        l.labels.last().moveRight(area.right());
    for (qsizetype i = l.labels.size() - 2; i >= 0; --i) {
        QRectF &label = l.labels[i];
        label.moveRight(std::min(label.right(), l.labels.at(i + 1).left() - labelGap));
    }
    if (!l.labels.isEmpty() && l.labels.first().left() < area.left()) {
        for (qsizetype i = 0; i < l.labels.size(); ++i) {
            QRectF &label = l.labels[i];
            label = QRectF(l.segments.at(i).left() + scale.px(2), 0, rooms.at(i), 0);
            if (label.right() > area.right())
                label.moveRight(area.right());
        }
        for (qsizetype i = l.labels.size() - 2; i >= 0; --i) {
            QRectF &label = l.labels[i];
            label.setRight(std::max(label.left() + scale.textPx(40),
                                    std::min(label.right(), l.labels.at(i + 1).left() - labelGap)));
        }
    }
    qreal labelHeight = 0;
    for (int i = 0; i < l.labels.size(); ++i) {
        const QSizeF size =
            partLabel(drawnParts().at(i)).size(l.labelFonts, l.labels.at(i).width());
        labelHeight = std::max(labelHeight, size.height());
    }

    // Caption, labels, bracket, bar, scale and legend as one block, centred vertically.
    const qreal fixed = captionHeight + gap + labelHeight + bracket + gap + axisHeight +
                        (legendHeight > 0 ? gap + legendHeight : 0);
    const qreal minBar = scale.px(16);
    const qreal barHeight = std::max(minBar, std::min(area.height() * 0.24, area.height() - fixed));
    l.fits = legendFits && fixed + minBar <= area.height();
    qreal y = area.top() + std::max<qreal>(0, (area.height() - fixed - barHeight) / 2);
    l.captionBox = QRectF(area.left(), y, area.width(), captionHeight);
    y += captionHeight + gap;
    const qreal labelTop = y;
    y += labelHeight + bracket + gap;
    l.bar = QRectF(area.left(), y, area.width(), barHeight);
    l.bracketY = l.bar.top() - gap * 0.6;
    y += barHeight + axisHeight + gap;
    l.legend = QRectF(area.left(), y, area.width(), legendHeight);

    for (QRectF &segment : l.segments) {
        segment.setTop(l.bar.top());
        segment.setHeight(barHeight);
    }
    for (QRectF &label : l.labels) {
        label.setTop(labelTop);
        label.setHeight(labelHeight);
    }
    return l;
}

void PartWholeChart::paintLegend(QPainter &painter, const Layout &l, const Scale &scale) const
{
    if (l.legend.isEmpty())
        return;
    const qreal swatch = TextMetrics(l.small).height();
    const qreal rowHeight = l.legend.height() / (l.legendInRows ? 2 : 1);
    // One entry: a swatch (hatched for derived) and its text after it; returns its right edge.
    const auto entry = [&](const QPointF &topLeft, const QString &text, bool derived) {
        const QRectF row(topLeft, QSizeF(l.legend.right() - topLeft.x(), rowHeight));
        const QRectF box(row.left(), row.center().y() - swatch / 2, swatch * 1.6, swatch);
        const Part stated = statedPart();
        painter.setPen(Qt::NoPen);
        painter.setBrush(derived ? theme().derived : stated.color);
        painter.drawRect(box);
        QPainterPath area;
        area.addRect(box);
        if (derived)
            paintDerived(painter, area, scale);
        else
            paintPartTexture(painter, area, stated, scale);
        return drawFittedText(painter, row.adjusted(box.width() + scale.px(6), 0, 0, 0), l.small,
                              theme().mutedText, text, Qt::AlignLeft | Qt::AlignVCenter,
                              minTextPx())
            .right();
    };
    const qreal right = entry(l.legend.topLeft(), statedLegend(), false);
    entry(l.legendInRows ? l.legend.topLeft() + QPointF(0, rowHeight)
                         : QPointF(right + scale.px(LegendGap), l.legend.top()),
          derivedLegend(), true);
}

void PartWholeChart::paintChart(QPainter &painter, const QRectF &rect)
{
    build();
    const Scale scale = scaleFor(rect);
    const Layout l = layout(rect);

    const QList<QBarSet *> sets = m_series->barSets();
    for (int i = 0; i < drawnParts().size(); ++i) {
        const Part &part = drawnParts().at(i);
        sets.at(i)->setBrush(part.metric ? part.color : QColor(Qt::transparent));
        sets.at(i)->setPen(QPen(part.metric ? theme().background : theme().mutedText,
                                std::max<qreal>(1, scale.px(part.metric ? 2 : 1)),
                                part.metric ? Qt::SolidLine : Qt::DashLine));
    }
    scene().setValueMax(shareTotal());
    const qreal lineWidth = std::max<qreal>(1, scale.px(1.2));
    scene().render(painter, rect, l.bar);
    const double total = shareTotal();
    paintScale(painter, l.bar, total, total / 4, false, l.small, theme(), lineWidth,
               [total](double v) { return percentText(v / total * 100); });

    drawFittedText(painter, l.captionBox, l.caption, theme().mutedText, wholeText(),
                   Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, minTextPx());
    for (int i = 0; i < drawnParts().size(); ++i) {
        const Part &part = drawnParts().at(i);
        const QRectF &segment = l.segments.at(i);
        QPainterPath shape;
        shape.addRect(segment);
        if (part.metric && part.texture != FillTexture::Solid) {
            // Over the segment Qt Charts filled, then its separating border again (the
            // texture, cut to the segment, would cover the inner half of it).
            paintPartTexture(painter, shape, part, scale);
            painter.strokePath(shape, sets.at(i)->pen());
        }
        if (part.derived())
            paintDerived(painter, shape, scale);
        if (part.openEnded())
            paintBar(painter, QRectF(segment.topRight(), QSizeF(0, segment.height())), part.color,
                     true, openEndLength(std::min(segment.height(), scale.px(30))),
                     readableOn(part.color, theme()));
        // A bracket spans the part, so its label plainly belongs to all of it.
        const qreal inset = scale.px(3);
        const qreal tick = scale.px(6);
        painter.setPen(QPen(theme().mutedText, lineWidth));
        painter.setBrush(Qt::NoBrush);
        painter.drawPolyline(QPolygonF({QPointF(segment.left() + inset, l.bracketY + tick),
                                        QPointF(segment.left() + inset, l.bracketY),
                                        QPointF(segment.right() - inset, l.bracketY),
                                        QPointF(segment.right() - inset, l.bracketY + tick)}));
        partLabel(part).paint(painter, l.labelFonts, l.labels.at(i), Qt::AlignLeft);
        if (part.metric && isHighlighted(part.metric->id))
            paintHighlight(painter, shape, theme(), scale);
    }
    paintLegend(painter, l, scale);
}

QList<ChartBase::Mark> PartWholeChart::marks(const QRectF &rect)
{
    const Layout l = layout(rect);
    QList<Mark> result;
    for (int i = 0; i < drawnParts().size(); ++i) {
        if (!drawnParts().at(i).metric)
            continue;
        QPainterPath shape;
        shape.setFillRule(Qt::WindingFill);
        shape.addRect(l.segments.at(i));
        shape.addRect(l.labels.at(i));
        result << Mark{drawnParts().at(i).metric->id, shape};
    }
    return result;
}

QString PartWholeChart::descriptionIntro() const
{
    const QString intro = Charts::tr("%1, drawn as one bar of 100%.").arg(wholeText());
    if (!hasDerived())
        return intro;
    return intro + QLatin1Char(' ') +
           Charts::tr("Hatched parts are derived, not stated by the source.");
}

} // namespace

std::unique_ptr<FigureChart> createPartWholeChart(const Report &report, const Figure &figure,
                                                  const ChartOptions &options)
{
    return std::make_unique<PartWholeChart>(report, figure, options);
}

} // namespace Figdeck

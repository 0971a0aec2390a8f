// SPDX-License-Identifier: GPL-3.0-or-later
// Parts of a whole: a donut by default, horizontal bars on request. Qt Charts draws the slices
// and bars into a plot area we place ourselves; labels, leader lines, open ends, hatching and
// highlights are painted over it from the same layout, which also serves hit testing.

#include "chartkinds.h"
#include "partschart.h"

#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QtMath>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <utility>

namespace Figdeck {

namespace {

using namespace ChartPaint;

constexpr qreal HoleSize = 0.56;
constexpr qreal BarThickness = 0.62; // of a row

class SharesChart final : public PartsChart
{
public:
    using PartsChart::PartsChart;

protected:
    void paintChart(QPainter &painter, const QRectF &rect) override;
    QList<Mark> marks(const QRectF &rect) override;
    QString descriptionIntro() const override;

private:
    bool asBars() const { return sharesDrawnAsBars(figure(), options().sharesAsBars); }
    struct Fonts
    {
        PartLabel::Fonts label;
        QFont caption;
        QFont whole; // in the donut's hole
        QFont axis;
    };
    struct Label
    {
        QRectF box;
        QPointF anchor; // on the ring
        bool right = true;
    };
    struct DonutLayout
    {
        Fonts fonts;
        bool fits = false; // labels stacked within the rect beside a ring of a fair size
        QRectF plot;
        qreal outer = 0;
        qreal inner = 0;
        QList<QPainterPath> segments; // per part
        QList<Label> labels;          // per part; an empty box: not labelled
        QRectF whole;
        int unlabelled = 0; // parts left without a label, counted in `more` under the donut
        QRectF more;
    };
    struct BarsLayout
    {
        Fonts fonts;
        bool fits = false; // every name and value within its row, the plot of a fair width
        QRectF caption;
        QRectF plot;
        double axisMax = 100;
        double step = 10;
        QList<QRectF> rows;
        QList<QRectF> bars;
        QList<QRectF> names;
        QList<QRectF> values;
    };

    Fonts fonts(const Scale &scale) const;
    static qreal lineWidth(const Scale &scale) { return std::max<qreal>(1, scale.px(1)); }
    QString nameOf(const Part &part) const { return partLabel(part).name; }

    DonutLayout donutLayout(const QRectF &rect);
    // With moreLine, a line under the donut counts the parts whose labels a side cannot hold
    // (the largest parts keep theirs).
    DonutLayout donutLayoutAt(const QRectF &rect, const Scale &scale, bool moreLine = false);
    BarsLayout barsLayout(const QRectF &rect) const;
    BarsLayout barsLayoutAt(const QRectF &rect, const Scale &scale) const;
    void buildPie();
    void buildBars();
    void paintDonut(QPainter &painter, const QRectF &rect);
    void paintBars(QPainter &painter, const QRectF &rect);

    QPieSeries *m_pie = nullptr;
    QHorizontalStackedBarSeries *m_bars = nullptr;
};

// The donut's rotation (degrees clockwise from 12 o'clock) that keeps every slice's middle
// away from straight up and straight down, so that each label sits beside the ring, not above
// or below it; no rotation when that is already so.
qreal donutRotation(const QList<double> &values)
{
    double total = 0;
    for (double v : values)
        total += v;
    if (total <= 0)
        return 0;
    auto worst = [&](qreal rotation) {
        qreal result = 1;
        qreal start = rotation;
        for (double v : values) {
            const qreal span = 360 * v / total;
            result = std::min(result, std::fabs(std::sin(qDegreesToRadians(start + span / 2))));
            start += span;
        }
        return result;
    };
    const qreal good = 0.5; // 30 degrees off the vertical
    if (worst(0) >= good)
        return 0;
    qreal best = 0;
    qreal bestScore = worst(0);
    for (int r = 1; r < 360; ++r) {
        const qreal score = worst(r);
        if (score > bestScore + 1e-9) {
            best = r;
            bestScore = score;
        }
    }
    return best;
}

SharesChart::Fonts SharesChart::fonts(const Scale &scale) const
{
    return {
        {scale.font(theme(), 16), scale.font(theme(), 24, QFont::Bold), scale.font(theme(), 12)},
        scale.font(theme(), 15),
        scale.font(theme(), 19),
        scale.font(theme(), 12)};
}

// --- donut -------------------------------------------------------------------------------

void SharesChart::buildPie()
{
    if (m_pie)
        return;
    m_pie = new QPieSeries;
    m_pie->setHoleSize(HoleSize);
    m_pie->setPieSize(1.0);
    QList<double> values;
    for (const Part &part : std::as_const(drawnParts()))
        values << part.value;
    const qreal rotation = donutRotation(values);
    m_pie->setPieStartAngle(rotation);
    m_pie->setPieEndAngle(rotation + 360);
    for (const Part &part : std::as_const(drawnParts())) {
        QPieSlice *slice = m_pie->append(nameOf(part), part.value);
        slice->setLabelVisible(false);
    }
    scene().chart()->addSeries(m_pie);
}

SharesChart::DonutLayout SharesChart::donutLayout(const QRectF &rect)
{
    buildPie();
    return layoutFittingText(scaleFor(rect),
                             [&](const Scale &scale) { return donutLayoutAt(rect, scale); });
}

SharesChart::DonutLayout SharesChart::donutLayoutAt(const QRectF &rect, const Scale &scale,
                                                    bool moreLine)
{
    DonutLayout l;
    l.fonts = fonts(scale);
    const Fonts &f = l.fonts;
    const qreal pad = scale.px(12);
    const qreal gap = scale.px(30);
    const qreal spacing = scale.px(10);
    QRectF area = rect.adjusted(pad, pad, -pad, -pad);
    if (moreLine) {
        const qreal line = TextMetrics(f.caption).height();
        l.more = QRectF(area.left(), area.bottom() - line, area.width(), line);
        area.setBottom(l.more.top() - spacing);
    }

    // Which side each label goes to follows from the slices' angles; each side's column is
    // as wide as its widest label, and the donut takes the room between the columns.
    const QList<QPieSlice *> slices = m_pie->slices();
    const qreal columnLimit = area.width() * 0.3;
    qreal columns[2] = {0, 0}; // left, right
    QList<qreal> mids;
    for (int i = 0; i < drawnParts().size(); ++i) {
        const qreal mid =
            qDegreesToRadians(slices.at(i)->startAngle() + slices.at(i)->angleSpan() / 2);
        mids << mid;
        qreal &column = columns[std::sin(mid) >= -1e-9 ? 1 : 0];
        column = std::max({column, scale.px(60),
                           partLabel(drawnParts().at(i)).size(f.label, columnLimit).width()});
    }
    const qreal leftRoom = columns[0] > 0 ? columns[0] + gap : 0;
    const qreal rightRoom = columns[1] > 0 ? columns[1] + gap : 0;
    const qreal diameter =
        std::max<qreal>(10, std::min(area.height(), area.width() - leftRoom - rightRoom));
    l.outer = diameter / 2;
    l.inner = l.outer * HoleSize;
    const qreal slack = std::max<qreal>(0, area.width() - leftRoom - rightRoom - diameter);
    const QPointF c(area.left() + slack / 2 + leftRoom + l.outer, area.center().y());
    l.plot = QRectF(c.x() - l.outer, c.y() - l.outer, diameter, diameter);
    // A wide box whose corners stay inside the hole (0.8 and 0.45 make a radius of 0.92).
    l.whole = QRectF(c.x() - l.inner * 0.8, c.y() - l.inner * 0.45, l.inner * 1.6, l.inner * 0.9);

    for (int i = 0; i < drawnParts().size(); ++i) {
        l.segments << ringSegment(c, l.inner, l.outer, slices.at(i)->startAngle(),
                                  slices.at(i)->angleSpan());

        const qreal mid = mids.at(i);
        Label label;
        label.right = std::sin(mid) >= -1e-9;
        label.anchor = c + QPointF(std::sin(mid), -std::cos(mid)) * (l.outer + scale.px(3));
        const qreal column = columns[label.right ? 1 : 0];
        const QSizeF size = partLabel(drawnParts().at(i)).size(f.label, column);
        const qreal x = label.right ? c.x() + l.outer + gap : c.x() - l.outer - gap - column;
        const qreal y = c.y() - std::cos(mid) * (l.outer + gap * 0.3) - size.height() / 2;
        label.box = QRectF(x, y, column, size.height());
        l.labels << label;
    }

    // Labels on each side keep their order by height and never overlap or leave the area.
    l.fits = diameter >= 0.45 * std::min(area.width(), area.height());
    for (const bool right : {true, false}) {
        QList<int> side;
        QList<QRectF> boxes;
        for (int i = 0; i < l.labels.size(); ++i) {
            if (l.labels.at(i).right == right) {
                side << i;
                boxes << l.labels.at(i).box;
            }
        }
        if (stackedHeight(boxes, spacing) > area.height()) {
            // More labels than the side holds at this text size (text shrinks first): past the
            // smallest, the largest parts keep their labels and a line counts the others, so
            // no label is stacked off the chart (hundreds of leaders ran thousands of pixels).
            l.fits = false;
            if (!moreLine)
                return donutLayoutAt(rect, scale, true);
            QList<int> bySize(side.size());
            std::iota(bySize.begin(), bySize.end(), 0);
            std::stable_sort(bySize.begin(), bySize.end(), [&](int a, int b) {
                return drawnParts().at(side.at(a)).value > drawnParts().at(side.at(b)).value;
            });
            QList<bool> kept(side.size(), false);
            qreal stack = 0;
            for (const int k : std::as_const(bySize)) {
                const qreal h = boxes.at(k).height() + (stack > 0 ? spacing : 0);
                if (stack + h <= area.height()) {
                    stack += h;
                    kept[k] = true;
                }
            }
            QList<int> keptSide;
            QList<QRectF> keptBoxes;
            for (int k = 0; k < side.size(); ++k) {
                if (kept.at(k)) {
                    keptSide << side.at(k);
                    keptBoxes << boxes.at(k);
                } else {
                    l.labels[side.at(k)].box = QRectF();
                    ++l.unlabelled;
                }
            }
            side = keptSide;
            boxes = keptBoxes;
        }
        boxes = spreadVertically(boxes, spacing, area.top(), area.bottom());
        for (int k = 0; k < side.size(); ++k)
            l.labels[side.at(k)].box = boxes.at(k);
    }
    return l;
}

void SharesChart::paintDonut(QPainter &painter, const QRectF &rect)
{
    const Scale scale = scaleFor(rect);
    const DonutLayout l = donutLayout(rect);
    const Fonts &f = l.fonts;

    const QList<QPieSlice *> slices = m_pie->slices();
    for (int i = 0; i < drawnParts().size(); ++i) {
        const Part &part = drawnParts().at(i);
        QPieSlice *slice = slices.at(i);
        slice->setBrush(part.color);
        // A derived slice's border is its outline (paintDerived strokes it again over the
        // hatch): no background-coloured sliver between the hatch and the outline.
        const bool separated = part.metric && !part.derived();
        const int border = std::max(1, int(std::lround(scale.px(separated ? 2 : 1))));
        // A sliver a few borders wide would be covered by its own border in the background's
        // colour (a thousand parts made a white ring): its border is its colour instead.
        const bool sliver = qDegreesToRadians(slice->angleSpan()) * l.outer < 3 * border;
        slice->setBorderColor(!separated ? theme().mutedText
                                         : (sliver ? part.color : theme().background));
        slice->setBorderWidth(border);
        if (!part.metric)
            slice->setPen(QPen(theme().mutedText, scale.px(1), Qt::DashLine));
    }
    scene().render(painter, rect, l.plot);
    // Textures over the slices Qt Charts filled, inside a rim of the slice's own colour: lines
    // running up to a slanted edge would fray it into steps against the background.
    for (int i = 0; i < drawnParts().size(); ++i) {
        const Part &part = drawnParts().at(i);
        if (part.texture == FillTexture::Solid)
            continue;
        const qreal rim = slices.at(i)->borderWidth() / 2.0 + scale.px(TextureLinePx);
        paintPartTexture(painter,
                         ringSegment(l.plot.center(), l.inner, l.outer, slices.at(i)->startAngle(),
                                     slices.at(i)->angleSpan(), rim),
                         part, scale);
    }

    const qreal lineWidth = std::max<qreal>(1, scale.px(1.2));
    for (int i = 0; i < drawnParts().size(); ++i) {
        const Part &part = drawnParts().at(i);
        const Label &label = l.labels.at(i);
        if (part.derived())
            paintDerived(painter, l.segments.at(i), scale);
        if (label.box.isEmpty())
            continue; // counted under the donut
        // The leader line: from the ring out, then level into the label.
        const qreal edge =
            label.right ? label.box.left() - scale.px(6) : label.box.right() + scale.px(6);
        const qreal y = label.box.top() + TextMetrics(f.label.name).height() * 0.55;
        const qreal knee = label.right ? edge - scale.px(12) : edge + scale.px(12);
        painter.setPen(QPen(theme().mutedText, lineWidth));
        painter.setBrush(Qt::NoBrush);
        painter.drawPolyline(QPolygonF({label.anchor, QPointF(knee, y), QPointF(edge, y)}));
        partLabel(part).paint(painter, f.label, label.box,
                              label.right ? Qt::AlignLeft : Qt::AlignRight);
    }
    drawFittedText(painter, l.whole, f.whole, theme().mutedText, wholeText(),
                   Qt::AlignCenter | Qt::TextWordWrap, minTextPx());
    paintMoreLine(painter, l.more, f.caption, l.unlabelled);
    for (int i = 0; i < drawnParts().size(); ++i) {
        if (drawnParts().at(i).metric && isHighlighted(drawnParts().at(i).metric->id))
            paintHighlight(painter, l.segments.at(i), theme(), scale);
    }
}

// --- bars --------------------------------------------------------------------------------

void SharesChart::buildBars()
{
    if (m_bars)
        return;
    // One set per part, with its value in its own category only: one colour per bar.
    // Categories count from the bottom; part 0 is drawn on top.
    const int n = int(drawnParts().size());
    QList<QList<qreal>> values;
    for (int i = 0; i < n; ++i) {
        QList<qreal> set(n, 0.0);
        set[n - 1 - i] = drawnParts().at(i).value / shareTotal() * 100;
        values << set;
    }
    m_bars = scene().addHorizontalBars(values, BarThickness);
}

SharesChart::BarsLayout SharesChart::barsLayout(const QRectF &rect) const
{
    return layoutFittingText(scaleFor(rect),
                             [&](const Scale &scale) { return barsLayoutAt(rect, scale); });
}

SharesChart::BarsLayout SharesChart::barsLayoutAt(const QRectF &rect, const Scale &scale) const
{
    BarsLayout l;
    l.fonts = fonts(scale);
    const Fonts &f = l.fonts;
    const qreal pad = scale.px(12);
    const qreal gap = scale.px(14);
    const QRectF area = rect.adjusted(pad, pad, -pad, -pad);
    const QString caption = wholeText();
    l.caption =
        QRectF(area.topLeft(),
               // Three lines at most, the rest elided (as the part-whole caption).
               QSizeF(area.width(), commonTextHeight(f.caption, {caption}, area.width(), 3)));

    double max = 0;
    qreal nameColumn = scale.px(60);
    qreal valueColumn = 0;
    for (const Part &part : drawnParts()) {
        max = std::max(max, part.value / shareTotal() * 100);
        const PartLabel label = partLabel(part);
        nameColumn = std::max(nameColumn, wrappedSizeWithin(f.label.name, label.name,
                                                            {area.width() * 0.3, area.height()})
                                              .width());
        qreal w = label.value.size(f.label.value).width();
        if (part.openEnded())
            w += openEndLength(scale.px(30));
        valueColumn = std::max(valueColumn, w);
    }
    nameColumn = std::min(nameColumn, area.width() * 0.3);
    l.step = max <= 50 ? 10 : 20;
    l.axisMax = std::max(l.step, std::ceil(max / l.step) * l.step);

    const qreal axisHeight = scaleHeight(f.axis, lineWidth(scale));
    l.plot = QRectF(QPointF(area.left() + nameColumn + gap, l.caption.bottom() + gap),
                    QPointF(area.right() - valueColumn - gap, area.bottom() - axisHeight));
    const int n = int(drawnParts().size());
    const qreal rowHeight = l.plot.height() / std::max(1, n);
    l.fits = l.plot.width() >= area.width() * 0.3;
    for (int i = 0; i < n; ++i) {
        const QRectF row(area.left(), l.plot.top() + i * rowHeight, area.width(), rowHeight);
        const qreal thickness = rowHeight * BarThickness;
        const qreal share = drawnParts().at(i).value / shareTotal() * 100;
        const QRectF bar(l.plot.left(), row.center().y() - thickness / 2,
                         l.plot.width() * share / l.axisMax, thickness);
        l.rows << row;
        l.bars << bar;
        l.names << QRectF(area.left(), row.top(), nameColumn, row.height());
        qreal valueLeft = bar.right() + scale.px(8);
        if (drawnParts().at(i).openEnded())
            valueLeft += openEndLength(thickness);
        l.values << QRectF(valueLeft, row.top(), area.right() - valueLeft, row.height());
        PartLabel label = partLabel(drawnParts().at(i));
        const qreal nameHeight =
            wrappedSizeWithin(f.label.name, label.name, {nameColumn, rowHeight}).height();
        label.name.clear();
        l.fits = l.fits && nameHeight <= rowHeight &&
                 label.size(f.label, l.values.last().width()).height() <= rowHeight;
    }
    return l;
}

void SharesChart::paintBars(QPainter &painter, const QRectF &rect)
{
    buildBars();
    const Scale scale = scaleFor(rect);
    const BarsLayout l = barsLayout(rect);
    const Fonts &f = l.fonts;

    const QList<QBarSet *> sets = m_bars->barSets();
    for (int i = 0; i < drawnParts().size(); ++i) {
        sets.at(i)->setBrush(drawnParts().at(i).metric ? drawnParts().at(i).color : theme().grid);
        sets.at(i)->setPen(Qt::NoPen);
    }
    scene().setValueMax(l.axisMax);
    paintScale(painter, l.plot, l.axisMax, l.step, true, f.axis, theme(), lineWidth(scale),
               percentText);
    scene().render(painter, rect, l.plot);

    drawFittedText(painter, l.caption, f.caption, theme().mutedText, wholeText(),
                   Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, minTextPx());
    for (int i = 0; i < drawnParts().size(); ++i) {
        const Part &part = drawnParts().at(i);
        const QRectF &bar = l.bars.at(i);
        QPainterPath barPath;
        barPath.addRect(bar);
        if (part.metric)
            paintPartTexture(painter, barPath, part, scale);
        if (part.derived())
            paintDerived(painter, barPath, scale);
        if (part.openEnded()) {
            // Qt Charts drew the bar up to the value; the open end continues it.
            paintBar(painter, QRectF(bar.topRight(), QSizeF(0, bar.height())), part.color, true,
                     openEndLength(bar.height()), readableOn(part.color, theme()));
        }
        // The name in its column, the value (and how it was derived) after the bar.
        PartLabel label = partLabel(part);
        drawFittedText(painter, l.names.at(i), f.label.name, label.color, label.name,
                       Qt::AlignRight | Qt::AlignVCenter | Qt::TextWordWrap, minTextPx());
        label.name.clear();
        const QSizeF size = label.size(f.label, l.values.at(i).width());
        label.paint(painter, f.label,
                    QRectF(l.values.at(i).left(), l.values.at(i).center().y() - size.height() / 2,
                           l.values.at(i).width(), size.height()),
                    Qt::AlignLeft);
        if (part.metric && isHighlighted(part.metric->id))
            paintHighlight(painter, barPath, theme(), scale);
    }
}

// --- the FigureChart ---------------------------------------------------------------------

void SharesChart::paintChart(QPainter &painter, const QRectF &rect)
{
    if (asBars())
        paintBars(painter, rect);
    else
        paintDonut(painter, rect);
}

QList<ChartBase::Mark> SharesChart::marks(const QRectF &rect)
{
    QList<Mark> result;
    if (asBars()) {
        const BarsLayout l = barsLayout(rect);
        for (int i = 0; i < drawnParts().size(); ++i) {
            if (!drawnParts().at(i).metric)
                continue;
            QPainterPath row;
            row.addRect(l.rows.at(i));
            result << Mark{drawnParts().at(i).metric->id, row};
        }
        return result;
    }
    const DonutLayout l = donutLayout(rect);
    for (int i = 0; i < drawnParts().size(); ++i) {
        if (!drawnParts().at(i).metric)
            continue;
        QPainterPath shape = l.segments.at(i);
        shape.addRect(l.labels.at(i).box);
        shape.setFillRule(Qt::WindingFill);
        result << Mark{drawnParts().at(i).metric->id, shape};
    }
    return result;
}

QString SharesChart::descriptionIntro() const
{
    return asBars() ? Charts::tr("%1, drawn as horizontal bars.").arg(wholeText())
                    : Charts::tr("%1, drawn as a donut.").arg(wholeText());
}

} // namespace

std::unique_ptr<FigureChart> createSharesChart(const Report &report, const Figure &figure,
                                               const ChartOptions &options)
{
    return std::make_unique<SharesChart>(report, figure, options);
}

} // namespace Figdeck

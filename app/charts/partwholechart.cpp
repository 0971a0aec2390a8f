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
constexpr qreal LeaderGap = 4;  // from a leader to its label's text
constexpr qreal LeaderStep = 8; // between a leader and another leader or another label's text

// Of a name of 100,000 characters only the first lines are drawn (PartLabel::MaxLines): their
// words decide how narrow its label may be.
constexpr qsizetype MaxMeasuredChars = 1000;

bool breaksAround(QChar c)
{
    const QChar::Script script = c.script();
    return script == QChar::Script_Han || script == QChar::Script_Hiragana ||
           script == QChar::Script_Katakana;
}

// The widest run of text that no line may break inside: a word between spaces, or a Chinese or
// Japanese character with what follows it up to the next break (a "，" or "%"). Narrower than
// this, TextBlock breaks the word ("Do-ugl-as").
qreal unbreakableWidth(const QFont &font, const QString &text)
{
    if (text.isEmpty())
        return 0;
    const TextMetrics metrics(font);
    const QString shown = text.left(MaxMeasuredChars);
    qreal widest = 0;
    qsizetype start = 0;
    const auto measure = [&](qsizetype end) {
        if (end > start)
            widest = std::max(widest, metrics.horizontalAdvance(shown.mid(start, end - start)));
    };
    for (qsizetype i = 0; i < shown.size(); ++i) {
        if (shown.at(i).isSpace()) {
            measure(i);
            start = i + 1;
        } else if (breaksAround(shown.at(i))) {
            measure(i);
            start = i;
        }
    }
    measure(shown.size());
    return widest;
}

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
        QList<PartLabel> texts; // one per drawn part
        QList<QRectF> labels;
        // When the labels do not fit side by side: one line per label from its part's bracket
        // to its label (empty when they sit in one row over their parts).
        QList<QPolygonF> leaders;
        bool labelsInRows = false; // placeLabels found no room for them side by side
        qreal bracketY = 0;
        QRectF legend;
        bool legendInRows = false; // its two entries one under the other
        bool fits = false;
    };

    Layout layout(const QRectF &rect) const;
    // A label's text and its widest unbreakable runs (unbreakableWidth) in the canonical font,
    // measured once per layout: text sizes scale them.
    struct LabelText
    {
        PartLabel label;
        qreal nameRun = 0;
        qreal noteRun = 0;
    };
    Layout layoutAt(const QRectF &rect, const Scale &scale, const QList<LabelText> &texts) const;
    // Places l.labels (left and width) for labels of widths over l.segments: returns each
    // label's row (0 nearest the bar).
    static QList<int> placeLabels(Layout &l, const QList<qreal> &widths, const QRectF &area,
                                  const Scale &scale);
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
    QList<LabelText> texts;
    const QFont canonical = themeFont(theme(), CanonicalPixelSize);
    for (const Part &part : drawnParts()) {
        LabelText text{partLabel(part)};
        text.nameRun = unbreakableWidth(canonical, text.label.name);
        text.noteRun = unbreakableWidth(canonical, text.label.note);
        texts << text;
    }
    return layoutFittingText(scaleFor(rect),
                             [&](const Scale &scale) { return layoutAt(rect, scale, texts); });
}

QSizeF PartWholeChart::legendEntrySize(const QFont &font, const QString &text,
                                       const Scale &scale) const
{
    const qreal swatch = TextMetrics(font).height();
    return {swatch * 1.6 + scale.px(6) + textSize(font, text).width(), swatch * 1.4};
}

QList<int> PartWholeChart::placeLabels(Layout &l, const QList<qreal> &widths, const QRectF &area,
                                       const Scale &scale)
{
    const int count = int(widths.size());
    // One row: each label starts over its segment. Labels that would touch move apart, each
    // right of the one before, then back from the right edge.
    const qreal labelGap = scale.px(12);
    l.labels.clear();
    for (int i = 0; i < count; ++i)
        l.labels << QRectF(l.segments.at(i).left() + scale.px(2), 0, widths.at(i), 0);
    for (int i = 1; i < count; ++i) {
        QRectF &label = l.labels[i];
        label.moveLeft(std::max(label.left(), l.labels.at(i - 1).right() + labelGap));
    }
    if (count > 0 && l.labels.last().right() > area.right())
        l.labels.last().moveRight(area.right());
    for (int i = count - 2; i >= 0; --i) {
        QRectF &label = l.labels[i];
        label.moveRight(std::min(label.right(), l.labels.at(i + 1).left() - labelGap));
    }
    l.labelsInRows = count > 0 && l.labels.first().left() < area.left();
    if (!l.labelsInRows)
        return QList<int>(count, 0);

    // The row is too short: rows over the bar, each label beside a leader that rises from the
    // middle of its part. From the right, a leader stands over the middle of its part, or as far
    // right as the labels after it leave room (still over its part: no higher row). A label may not
    // cover the leader of a later label in its row or above (that leader runs up past it): it goes
    // up a row, or moves left. As few rows as let every label start inside the area; at worst one
    // label a row, a staircase.
    const qreal gap = scale.px(LeaderGap);
    const qreal step = scale.px(LeaderStep);
    QList<qreal> leaders(count);
    QList<int> rows(count);
    const auto place = [&](int rowCount) {
        for (int j = count - 1; j >= 0; --j) {
            const qreal anchor = l.segments.at(j).center().x();
            // A leader that still stands over its part's bracket needs no row of its own.
            const qreal slack = std::max<qreal>(0, l.segments.at(j).width() / 2 - scale.px(3));
            const qreal extent = gap + widths.at(j);
            qreal limit = area.right() - extent;
            if (j + 1 < count)
                limit = std::min(limit, leaders.at(j + 1) - step);
            rows[j] = -1;
            for (int r = 0; r < rowCount; ++r) {
                qreal room = limit;
                // Leaders grow to the right: the nearest later label in row r or above has the
                // leftmost leader of them.
                for (int k = j + 1; k < count; ++k) {
                    if (rows.at(k) >= r) {
                        room = std::min(room, leaders.at(k) - step - extent);
                        break;
                    }
                }
                if (room >= anchor - slack) {
                    rows[j] = r;
                    leaders[j] = std::min(anchor, room);
                    break;
                }
                if (rows.at(j) < 0 || room > leaders.at(j)) {
                    rows[j] = r;
                    leaders[j] = room;
                }
            }
        }
        return leaders.first() >= area.left();
    };
    bool placed = false;
    for (int rowCount = 2; rowCount <= count && !placed; ++rowCount)
        placed = place(rowCount);
    if (!placed) {
        for (int j = count - 1; j >= 0; --j) {
            rows[j] = count - 1 - j;
            leaders[j] = std::min(l.segments.at(j).center().x(), area.right() - gap - widths.at(j));
            if (j + 1 < count)
                leaders[j] = std::min(leaders.at(j), leaders.at(j + 1) - step);
        }
        for (int j = 0; j < count; ++j)
            leaders[j] = std::max(leaders.at(j), j > 0 ? leaders.at(j - 1) + step : area.left());
    }
    // Rows no label took are left out.
    QList<int> used = rows;
    std::sort(used.begin(), used.end());
    used.erase(std::unique(used.begin(), used.end()), used.end());
    for (int j = 0; j < count; ++j) {
        rows[j] = int(std::lower_bound(used.cbegin(), used.cend(), rows.at(j)) - used.cbegin());
        l.labels[j] = QRectF(leaders.at(j) + gap, 0, widths.at(j), 0);
    }
    return rows;
}

PartWholeChart::Layout PartWholeChart::layoutAt(const QRectF &rect, const Scale &scale,
                                                const QList<LabelText> &texts) const
{
    Layout l;
    for (const LabelText &text : texts)
        l.texts << text.label;
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

    const qreal total = shareTotal();
    const qreal labelGap = scale.px(12);
    const qreal rowGap = scale.px(6);
    // Each label is as wide as its text needs, wrapped to its segment's width but never
    // narrower than minLabelWidth or its widest word: a word is never broken.
    const qreal minLabelWidth = scale.textPx(130);
    const qreal maxLabelWidth = area.width() - scale.px(LeaderGap);
    const qreal nameScale = qreal(l.labelFonts.name.pixelSize()) / CanonicalPixelSize;
    const qreal noteScale = qreal(l.labelFonts.note.pixelSize()) / CanonicalPixelSize;
    QList<qreal> widths;
    qreal x = area.left();
    for (int i = 0; i < int(drawnParts().size()); ++i) {
        const PartLabel &text = l.texts.at(i);
        const qreal w = area.width() * drawnParts().at(i).value / total;
        l.segments << QRectF(x, 0, w, 0);
        const qreal unbreakable =
            std::max({texts.at(i).nameRun * nameScale, text.value.size(l.labelFonts.value).width(),
                      texts.at(i).noteRun * noteScale});
        const qreal room = std::min(
            maxLabelWidth, std::max({minLabelWidth, w - labelGap, unbreakable + scale.px(1)}));
        // A pixel more than the text's own width, for the same line breaks when it is painted.
        widths << std::min(room, text.size(l.labelFonts, room).width() + scale.px(1));
        x += w;
    }
    // One row over the segments when the labels fit side by side, else rows with leaders.
    const QList<int> rows = placeLabels(l, widths, area, scale);
    const int rowCount = rows.isEmpty() ? 0 : *std::max_element(rows.cbegin(), rows.cend()) + 1;
    QList<qreal> rowHeights(rowCount, 0);
    for (int i = 0; i < int(rows.size()); ++i) {
        const QSizeF size = l.texts.at(i).size(l.labelFonts, widths.at(i));
        rowHeights[rows.at(i)] = std::max(rowHeights.at(rows.at(i)), size.height());
    }
    qreal labelHeight = std::max<qreal>(0, rowGap * (rowCount - 1));
    for (const qreal h : std::as_const(rowHeights))
        labelHeight += h;

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
    // Row 0 is nearest the bar, the last row at the top.
    QList<qreal> rowTops(rowCount, labelTop);
    for (int r = rowCount - 2; r >= 0; --r)
        rowTops[r] = rowTops.at(r + 1) + rowHeights.at(r + 1) + rowGap;
    for (int i = 0; i < int(rows.size()); ++i) {
        QRectF &label = l.labels[i];
        label.setTop(rowTops.at(rows.at(i)));
        label.setHeight(rowHeights.at(rows.at(i)));
    }
    if (l.labelsInRows) {
        // A leader rises from the middle of its part's bracket, bends once (in the space over
        // the brackets, where it crosses nothing) and runs up beside its label's text.
        const qreal bendY = labelTop + labelHeight + scale.px(4);
        for (int i = 0; i < int(rows.size()); ++i) {
            const qreal anchor = l.segments.at(i).center().x();
            const qreal leaderX = l.labels.at(i).left() - scale.px(LeaderGap);
            l.leaders << QPolygonF({QPointF(anchor, l.bracketY), QPointF(leaderX, bendY),
                                    QPointF(leaderX, l.labels.at(i).top())});
        }
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
        if (!l.leaders.isEmpty()) {
            painter.setPen(QPen(theme().mutedText, std::max<qreal>(1, scale.px(1))));
            painter.drawPolyline(l.leaders.at(i));
        }
        l.texts.at(i).paint(painter, l.labelFonts, l.labels.at(i), Qt::AlignLeft);
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

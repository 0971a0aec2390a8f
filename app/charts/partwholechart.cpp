// SPDX-License-Identifier: GPL-3.0-or-later
// One stated part against the rest of the whole, as a single 100% bar. A derived part (the
// rest, computed as 100 - 75) is drawn in the theme's derived colour, hatched, with how it was
// derived in its label. Only the parts the figure names are drawn: never a split of them.

#include "chartkinds.h"
#include "honestmarks.h"
#include "partschart.h"

#include <QBarSet>
#include <QHorizontalStackedBarSeries>
#include <QLinearGradient>
#include <QPainter>

#include <algorithm>
#include <limits>
#include <numeric>

namespace Figdeck {

namespace {

using namespace ChartPaint;

constexpr qreal LegendGap = 24; // between the legend's entries side by side
constexpr qreal LeaderGap = 4;  // from a leader to its label's text
constexpr qreal LeaderStep = 8; // between a leader and another leader or another label's text
// More rows of labels than this over the bar (or a name that would be cut short in its label),
// and the parts are named in a key under the bar instead: past three rows, leaders fan out over
// a reader's eye and the bar sinks under its labels.
constexpr int MaxLabelRows = 3;
constexpr int MaxKeyColumns = 4;

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

// "Could be more" inside a lower bound's own part: a chevron at its end pointing on, as the
// label's ">" does, a third of the bar's height at most (heightShare) and half the part's width,
// over a halo of the part's colour so that a texture does not swallow it. The part stops at its
// value like every other: what lies beyond it is the next part or the whole's end, so no length
// drawn past it would be honest. Too narrow a part keeps only its label's sign. The key's swatch
// of the part carries the same chevron, larger for its size (a third of a swatch is a few
// pixels), so that the key says what the chevron means.
constexpr qreal PartChevronShare = 0.34;
constexpr qreal SwatchChevronShare = 0.7;

void paintOpenEndMark(QPainter &painter, const QRectF &part, const QColor &fill, const QColor &ink,
                      const Scale &scale, qreal heightShare = PartChevronShare)
{
    const qreal margin = std::max<qreal>(1.5, std::min(scale.px(6), part.width() * 0.12));
    qreal height = std::min(part.height() * heightShare, scale.px(24));
    qreal width = height * 0.5;
    const qreal stroke = std::max<qreal>(1, height * 0.16);
    const qreal halo = std::max<qreal>(1, scale.px(1.5));
    const qreal room = part.width() * 0.5 - margin - stroke - halo;
    if (width > room) {
        width = room;
        height = width * 2;
    }
    if (width < 2)
        return;
    const qreal tip = part.right() - margin - stroke / 2 - halo;
    const qreal cy = part.center().y();
    const QPolygonF chevron({QPointF(tip - width, cy - height / 2), QPointF(tip, cy),
                             QPointF(tip - width, cy + height / 2)});
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(Qt::NoBrush);
    QPen pen(fill, stroke + 2 * halo);
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    painter.setPen(pen);
    painter.drawPolyline(chevron);
    pen.setColor(ink);
    pen.setWidthF(stroke);
    painter.setPen(pen);
    painter.drawPolyline(chevron);
    painter.restore();
}

// An upper bound ("< 5%", at most): the part could be less, so it fades from its start
// towards its value, as a bar or a column at most so high fades towards zero in the other
// charts; its end, the most it can be, stays full. The fade is the background laid over the
// part as drawn (its colour and texture alike), so that no texture stays sharp where the
// colour fades, and unlike the lower bound's chevron it adds no shape a reader could take for
// a value. A swatch fades the same way.
constexpr qreal UpperBoundFaintest = 0.22; // of the part at its start

bool isUpperBound(const Metric *metric)
{
    return metric && honestValue(*metric).open == OpenEnd::TowardsZero;
}

void paintUpperBoundFade(QPainter &painter, const QRectF &part, const QColor &background)
{
    QLinearGradient fade(part.topLeft(), part.topRight());
    QColor veil = background;
    veil.setAlphaF(1 - UpperBoundFaintest);
    fade.setColorAt(0, veil);
    veil.setAlphaF(0);
    fade.setColorAt(1, veil);
    painter.fillRect(part, fade);
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
        // More than MaxLabelRows rows of labels: the parts are named in a key under the bar
        // (no labels, brackets or leaders over it), in the bar's order down its columns.
        bool keyed = false;
        PartLabel::Fonts keyFonts;
        struct KeyEntry
        {
            QRectF swatch;
            QRectF value; // the value, right-aligned: the entries' values line up
            QRectF name;  // the name, and a derived part's note under it
            QRectF box() const { return swatch.united(value).united(name); }
        };
        QList<KeyEntry> key; // the first parts' entries; the others counted in `more`
        QRectF keyBox;
        int notKeyed = 0;
        QRectF more;
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
    // readableBar: whether a key under the bar must leave it readableBar's height (else its
    // floor, minBar): text shrinks for it only down to the text floor.
    // withLegend: whether the legend of stated and derived is drawn (a chart too small for it
    // leaves it out: the derived part's hatching and its note still say it).
    Layout layoutAt(const QRectF &rect, const Scale &scale, const QList<LabelText> &texts,
                    bool readableBar = false, bool withLegend = true) const;
    // Places l.labels (left and width) for labels of widths over l.segments: returns each
    // label's row (0 nearest the bar).
    static QList<int> placeLabels(Layout &l, const QList<qreal> &widths, const QRectF &area,
                                  const Scale &scale);
    // Places the key's entries (l.key, l.keyBox) of the first `shown` parts in as many columns
    // of width as make it shortest, from (0, 0); returns whether every name fits its column
    // whole.
    static bool placeKey(Layout &l, const QList<LabelText> &texts, qreal width, const Scale &scale,
                         int shown);
    void paintKey(QPainter &painter, const Layout &l, const Scale &scale) const;
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
    // A key that leaves the bar thin gets smaller text, down to its floor; below that the bar
    // takes what is left, as labels over it do.
    const Scale scale = scaleFor(rect);
    bool keyed = false;
    for (int step = 0; step <= Scale::SmallestTextStep; ++step) {
        Layout l = layoutAt(rect, scale.textShrunk(Scale::textRatio(step)), texts, true);
        if (l.fits)
            return l;
        keyed = keyed || l.keyed;
        if (!keyed)
            break; // without a key, the same layouts as below
    }
    Layout l =
        layoutFittingText(scale, [&](const Scale &s) { return layoutAt(rect, s, texts, false); });
    if (l.fits || !hasDerived())
        return l;
    // Too small for all of it at the smallest text: the legend gives way rather than run past
    // the chart's rect (over the notes of an exported figure of 160 x 160).
    return layoutFittingText(
        scale, [&](const Scale &s) { return layoutAt(rect, s, texts, false, false); });
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
    // The labels of a row stand side by side in the area's width: when they are wider together
    // than MaxLabelRows such rows, no search can place them, and the key names the parts
    // (layoutAt). Without this, hundreds of parts took minutes in the search below.
    if (std::accumulate(widths.cbegin(), widths.cend(), qreal(0)) > MaxLabelRows * area.width()) {
        QList<int> staircase(count);
        std::iota(staircase.begin(), staircase.end(), 0);
        return staircase;
    }

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

bool PartWholeChart::placeKey(Layout &l, const QList<LabelText> &texts, qreal width,
                              const Scale &scale, int shown)
{
    const PartLabel::Fonts &f = l.keyFonts;
    const int count = std::min(shown, int(l.texts.size()));
    const qreal lineHeight = TextMetrics(f.name).height();
    const QSizeF swatch(lineHeight * 1.4, lineHeight * 0.8);
    const qreal inner = scale.px(6);
    const qreal columnGap = scale.px(LegendGap);
    const qreal rowGap = scale.px(5);
    qreal valueWidth = 0;
    qreal valueHeight = 0;
    qreal longestWord = 0;
    const qreal nameScale = qreal(f.name.pixelSize()) / CanonicalPixelSize;
    const qreal noteScale = qreal(f.note.pixelSize()) / CanonicalPixelSize;
    for (int i = 0; i < count; ++i) {
        const QSizeF value = l.texts.at(i).value.size(f.value);
        valueWidth = std::max(valueWidth, value.width());
        valueHeight = std::max(valueHeight, value.height());
        longestWord = std::max(
            {longestWord, texts.at(i).nameRun * nameScale, texts.at(i).noteRun * noteScale});
    }
    // A name and its note wrapped to the text column: their height, and whether all was drawn.
    const auto textHeight = [&](const PartLabel &text, qreal textWidth, bool *whole) {
        const ScaledTextBlock name(text.name, f.name, textWidth, Qt::AlignLeft,
                                   PartLabel::MaxLines);
        qreal h = name.height();
        *whole = *whole && !name.isElided();
        if (!text.note.isEmpty()) {
            const ScaledTextBlock note(text.note, f.note, textWidth, Qt::AlignLeft,
                                       PartLabel::MaxLines);
            h += note.height();
            *whole = *whole && !note.isElided();
        }
        return std::max(h, valueHeight);
    };
    // The fewest columns whose key is shortest with every name whole (one column at worst, its
    // words broken: the text then shrinks).
    int bestColumns = 1;
    qreal bestHeight = std::numeric_limits<qreal>::max();
    bool bestWhole = false;
    QList<qreal> bestRows;
    for (int columns = 1; columns <= std::min(count, MaxKeyColumns); ++columns) {
        const qreal columnWidth = (width - columnGap * (columns - 1)) / columns;
        const qreal textWidth = columnWidth - swatch.width() - valueWidth - 2 * inner;
        if (columns > 1 && textWidth < longestWord + scale.px(1))
            break;
        const int rows = (count + columns - 1) / columns;
        QList<qreal> rowHeights(rows, 0);
        bool whole = textWidth >= longestWord;
        for (int i = 0; i < count; ++i)
            rowHeights[i % rows] =
                std::max(rowHeights.at(i % rows), textHeight(l.texts.at(i), textWidth, &whole));
        qreal height = rowGap * (rows - 1);
        for (const qreal h : std::as_const(rowHeights))
            height += h;
        if ((whole && !bestWhole) || (whole == bestWhole && height < bestHeight - 0.5)) {
            bestColumns = columns;
            bestHeight = height;
            bestWhole = whole;
            bestRows = rowHeights;
        }
    }
    const int rows = int(bestRows.size());
    const qreal columnWidth = (width - columnGap * (bestColumns - 1)) / bestColumns;
    const qreal textWidth = columnWidth - swatch.width() - valueWidth - 2 * inner;
    QList<qreal> rowTops(rows, 0);
    for (int r = 1; r < rows; ++r)
        rowTops[r] = rowTops.at(r - 1) + bestRows.at(r - 1) + rowGap;
    l.key.clear();
    for (int i = 0; i < count; ++i) {
        const qreal x = (i / rows) * (columnWidth + columnGap);
        const qreal y = rowTops.at(i % rows);
        const qreal h = bestRows.at(i % rows);
        Layout::KeyEntry entry;
        // The swatch on the first line's middle.
        entry.swatch =
            QRectF(x, y + (lineHeight - swatch.height()) / 2, swatch.width(), swatch.height());
        entry.value = QRectF(entry.swatch.right() + inner, y, valueWidth, h);
        entry.name = QRectF(entry.value.right() + inner, y, textWidth, h);
        l.key << entry;
    }
    l.keyBox = QRectF(0, 0, width, bestRows.isEmpty() ? 0 : bestHeight);
    return bestWhole;
}

PartWholeChart::Layout PartWholeChart::layoutAt(const QRectF &rect, const Scale &scale,
                                                const QList<LabelText> &texts, bool readableBar,
                                                bool withLegend) const
{
    Layout l;
    for (const LabelText &text : texts)
        l.texts << text.label;
    l.labelFonts = {scale.font(theme(), 16), scale.font(theme(), 30, QFont::Bold),
                    scale.font(theme(), 13)};
    l.caption = scale.font(theme(), 14);
    l.small = scale.font(theme(), 12);
    l.keyFonts = {scale.font(theme(), 14), scale.font(theme(), 14, QFont::Bold),
                  scale.font(theme(), 12)};

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
    if (withLegend && hasDerived()) {
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
    // One row over the segments when the labels fit side by side, else rows with leaders; past
    // MaxLabelRows rows, or when a label would cut its name short, a key under the bar.
    const QList<int> rows = placeLabels(l, widths, area, scale);
    const int rowCount = rows.isEmpty() ? 0 : *std::max_element(rows.cbegin(), rows.cend()) + 1;
    l.keyed = rowCount > MaxLabelRows;
    for (int i = 0; i < int(rows.size()) && !l.keyed; ++i) {
        const PartLabel &text = l.texts.at(i);
        l.keyed =
            ScaledTextBlock(text.name, l.labelFonts.name, widths.at(i), Qt::AlignLeft,
                            PartLabel::MaxLines)
                .isElided() ||
            (!text.note.isEmpty() && ScaledTextBlock(text.note, l.labelFonts.note, widths.at(i),
                                                     Qt::AlignLeft, PartLabel::MaxLines)
                                         .isElided());
    }
    qreal labelHeight = 0;
    QList<qreal> rowHeights;
    const qreal minBar = scale.px(16);
    // A key under the bar may leave it no thinner than this (when readableBar): below it the
    // bar is a sliver its key explains (the printed summary's was 8 px under sixteen entries),
    // so the key's text shrinks first. Labels over the bar keep the bar's floor: they stand on
    // its parts.
    const qreal leastBar = l.keyed && readableBar
                               ? std::max(minBar, std::min(area.height() * 0.24, scale.px(56)))
                               : minBar;
    bool keyFits = true;
    if (l.keyed) {
        l.labelsInRows = false;
        // Under the bar the key has room for so many lines, in at most MaxKeyColumns columns:
        // parts past one entry more than that are not laid out at this text size (2,000 parts
        // took 7 s, each laid out in every column count at every text size).
        const qreal keyRoom = area.height() - captionHeight - 2 * gap - axisHeight -
                              (legendHeight > 0 ? gap + legendHeight : 0) - leastBar;
        const qreal keyLine = TextMetrics(l.keyFonts.name).height();
        const qint64 mostRows = std::max<qint64>(1, qint64(keyRoom / keyLine));
        const int mostShown = int(std::min<qint64>(l.texts.size(), mostRows * MaxKeyColumns + 1));
        keyFits = placeKey(l, texts, area.width(), scale, mostShown);
    } else {
        rowHeights.fill(0, rowCount);
        for (int i = 0; i < int(rows.size()); ++i) {
            const QSizeF size = l.texts.at(i).size(l.labelFonts, widths.at(i));
            rowHeights[rows.at(i)] = std::max(rowHeights.at(rows.at(i)), size.height());
        }
        labelHeight = std::max<qreal>(0, rowGap * (rowCount - 1));
        for (const qreal h : std::as_const(rowHeights))
            labelHeight += h;
    }
    qreal keyHeight = l.keyed ? l.keyBox.height() : 0;

    // Caption, labels, bracket, bar, scale, key and legend as one block, centred vertically.
    const qreal over = l.keyed ? 0 : labelHeight + bracket + gap;
    const qreal rest = captionHeight + gap + over + axisHeight + (l.keyed ? gap : 0) +
                       (legendHeight > 0 ? gap + legendHeight : 0);
    qreal fixed = rest + keyHeight;
    if (l.keyed && l.key.size() > 1 &&
        (l.key.size() < l.texts.size() || fixed + leastBar > area.height())) {
        // More entries than the key holds at this text size (text shrinks first): past the
        // smallest, the first parts keep their entries and a line counts the others, so the
        // key never runs into what is under the chart.
        const qreal line = TextMetrics(l.keyFonts.name).height();
        const qreal room = area.height() - rest - leastBar - line - scale.px(5);
        int shown = int(l.key.size());
        while (shown > 1 && l.keyBox.height() > room) {
            shown = std::clamp(int(shown * room / l.keyBox.height()), 1, shown - 1);
            placeKey(l, texts, area.width(), scale, shown);
        }
        l.notKeyed = int(l.texts.size()) - shown;
        l.more = QRectF(0, l.keyBox.height() + scale.px(5), area.width(), line);
        keyHeight = l.more.bottom();
        fixed = rest + keyHeight;
    }
    const qreal barHeight =
        std::max(leastBar, std::min(area.height() * 0.24, area.height() - fixed));
    l.fits = legendFits && keyFits && l.notKeyed == 0 && fixed + leastBar <= area.height();
    qreal y = area.top() + std::max<qreal>(0, (area.height() - fixed - barHeight) / 2);
    l.captionBox = QRectF(area.left(), y, area.width(), captionHeight);
    y += captionHeight + gap;
    const qreal labelTop = y;
    y += over;
    l.bar = QRectF(area.left(), y, area.width(), barHeight);
    l.bracketY = l.bar.top() - gap * 0.6;
    y += barHeight + axisHeight + gap;
    if (l.keyed) {
        const QPointF offset(area.left(), y);
        l.keyBox.translate(offset);
        l.more.translate(offset);
        for (Layout::KeyEntry &entry : l.key) {
            entry.swatch.translate(offset);
            entry.value.translate(offset);
            entry.name.translate(offset);
        }
        y += keyHeight + gap;
    }
    l.legend = QRectF(area.left(), y, area.width(), legendHeight);

    for (QRectF &segment : l.segments) {
        segment.setTop(l.bar.top());
        segment.setHeight(barHeight);
    }
    if (l.keyed) {
        l.labels.clear();
        return l;
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

void PartWholeChart::paintKey(QPainter &painter, const Layout &l, const Scale &scale) const
{
    const PartLabel::Fonts &f = l.keyFonts;
    for (int i = 0; i < int(l.key.size()); ++i) {
        const Part &part = drawnParts().at(i);
        const PartLabel &text = l.texts.at(i);
        const Layout::KeyEntry &entry = l.key.at(i);
        // The swatch as its part is drawn: its colour and texture, hatched when derived, dashed
        // and empty for what the source does not cover.
        QPainterPath area;
        area.addRect(entry.swatch);
        painter.save();
        if (part.metric) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(part.color);
            painter.drawRect(entry.swatch);
            paintPartTexture(painter, area, part, scale);
        } else {
            painter.setPen(QPen(theme().mutedText, std::max<qreal>(1, scale.px(1)), Qt::DashLine));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(entry.swatch);
        }
        painter.restore();
        if (part.derived())
            paintDerived(painter, area, scale);
        if (isUpperBound(part.metric)) {
            paintUpperBoundFade(painter, entry.swatch, theme().background);
            paintUpperBoundEdge(painter, entry.swatch, part.color, theme(),
                                std::max<qreal>(1, scale.px(1)));
        }
        if (part.openEnded())
            paintOpenEndMark(painter, entry.swatch, part.color, readableOn(part.color, theme()),
                             scale, SwatchChevronShare);
        text.value.paint(painter, entry.value, f.value, text.color, Qt::AlignRight | Qt::AlignTop);
        const ScaledTextBlock name(text.name, f.name, entry.name.width(), Qt::AlignLeft,
                                   PartLabel::MaxLines);
        name.draw(painter, entry.name.topLeft(), text.color);
        if (!text.note.isEmpty()) {
            const ScaledTextBlock note(text.note, f.note, entry.name.width(), Qt::AlignLeft,
                                       PartLabel::MaxLines);
            note.draw(painter, entry.name.topLeft() + QPointF(0, name.height()), text.noteColor);
        }
    }
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
    const auto percent = [total](double v) -> QString { return percentText(v / total * 100); };
    // Quarters of the whole, or halves, or the whole alone when their labels would run into
    // each other (a small figure).
    double step = total;
    for (const int parts : {4, 2}) {
        if (scaleLabelsFit(l.bar, total, total / parts, l.small, percent)) {
            step = total / parts;
            break;
        }
    }
    paintScale(painter, l.bar, total, step, false, l.small, theme(), lineWidth, percent);

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
        if (isUpperBound(part.metric)) {
            // Inside the separating border, which stays the background's.
            paintUpperBoundFade(painter, segment, theme().background);
        }
        if (part.openEnded())
            paintOpenEndMark(painter, segment, part.color, readableOn(part.color, theme()), scale);
        if (part.metric && isHighlighted(part.metric->id))
            paintHighlight(painter, shape, theme(), scale);
        if (l.keyed)
            continue;
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
    }
    if (l.keyed)
        paintKey(painter, l, scale);
    paintMoreLine(painter, l.more, l.keyFonts.name, l.notKeyed);
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
        shape.addRect(l.keyed ? l.key.at(i).box() : l.labels.at(i));
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

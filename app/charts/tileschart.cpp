// SPDX-License-Identifier: GPL-3.0-or-later
// Key-figure tiles: one big qualified number each, readable at a glance like a slide.
// Pure QPainter: tiles need nothing from Qt Charts.

#include "chartbase.h"
#include "chartkinds.h"
#include "format.h"

#include <QHash>
#include <QPainter>
#include <QSet>

#include <algorithm>
#include <utility>

namespace Figdeck {

namespace {

using namespace ChartPaint;

constexpr qreal BadgeGap = 6;     // between badges, and before the footnote beside them
constexpr qreal BadgeFontPx = 12; // the badges' text, at the reference size
constexpr qreal Spacing = 6;      // between label, value block and badges
// Tiles drawn at most (a grid of about 8 x 8 on a slide, each still readable). Past that, the
// last cell says how many numbers are not drawn: 20,000 tiles were each a few pixels wide, and
// laying them out cost 20,000 label layouts per grid tried per text size (minutes).
constexpr int MaxTiles = 60;
// The value stays the tile's largest text by this margin over the label's size; in a window
// (a text floor), a figure whose numbers all fit with values a little smaller draws them all
// rather than sending some to the data table.
constexpr qreal ValueToLabel = 1.5;
constexpr qreal SmallerValueToLabel = 1.25;

class TilesChart final : public ChartBase
{
public:
    using ChartBase::ChartBase;
    QSizeF preferredSize() const override { return {960, 540}; }

protected:
    void paintChart(QPainter &painter, const QRectF &rect) override;
    QList<Mark> marks(const QRectF &rect) override;
    QString descriptionIntro() const override;

private:
    struct Badge
    {
        QString text;
        QColor color;
    };
    struct Tile
    {
        const Metric *metric = nullptr;
        QList<const Metric *> equivalents; // restatements shown inside this tile
        QList<Badge> badges;
        QRectF rect;
        QRectF inner;
        QRectF label;
        QRectF value;
        QRectF noun;
        QList<QRectF> equivalentRows;
        QList<QFont> equivalentFonts;
        QRectF badgeRow;
        QList<QRectF> badgeRects; // each badge's place, on one line or wrapped to more
        QRectF footer;
    };
    struct Fonts
    {
        QFont label;
        QFont value;
        QFont noun;
        QFont footer;
        QFont badge;
    };
    struct Layout
    {
        QList<Tile> tiles;
        Fonts fonts;
        qreal radius = 0;
        qreal score = -1;  // how well the grid suits the text: the larger the better
        bool fits = false; // every text at its size, the values clearly the largest
        qreal maxRows = 0; // height of what follows the value in the fullest tile
        int notDrawn = 0;  // numbers past MaxTiles, summed up in the cell `more`
        QRectF more;
    };

    struct Grid
    {
        QList<Tile> tiles; // those drawn
        int notDrawn = 0;  // numbers left for the cell `more`
        QList<int> columns;
        qreal gap = 0;
        QFont fullValue;
        QList<qreal> valueWidths; // each drawn value's width in fullValue
        qreal valueToLabel = ValueToLabel;
    };

    QList<Tile> groupTiles() const;
    QString nounOf(const Metric &metric) const;
    Layout layout(const QRectF &rect) const;
    Grid gridOf(const QList<Tile> &all, int cells, const QRectF &area, const Scale &full) const;
    Layout layoutAt(const Grid &grid, const QRectF &area, const Scale &scale) const;
    static QRectF moreBox(const Layout &l, const Scale &scale);
    static bool moreFits(const Layout &l, const Scale &scale);
    // Everything but the value's place, in cells of a grid; the value's size predicted from
    // valueWidths, each value's width in fonts.value.
    Layout measure(const QList<QRectF> &cells, const Scale &scale, const Fonts &fonts,
                   const QList<Tile> &tiles, const QList<qreal> &valueWidths,
                   qreal valueToLabel) const;
    // The value's size checked, and the value with what follows it placed.
    void place(Layout &l, const Scale &scale) const;
    SignedText equivalentText(const Metric &metric) const;
    QPainterPath tileShape(const Tile &tile, qreal radius) const;
    QPainterPath equivalentShape(const QRectF &row, const Scale &scale) const;
};

// Metrics restating another metric of the figure (equivalentOf) join that metric's tile.
QList<TilesChart::Tile> TilesChart::groupTiles() const
{
    // Restatements found by id, once: comparing every metric with every other was quadratic
    // (20,000 tiles: 4 * 10^8 id comparisons per layout).
    const QList<const Metric *> all = metrics();
    QSet<QString> inFigure;
    for (const Metric *m : all)
        inFigure.insert(m->id);
    QHash<QString, QList<const Metric *>> restatements;
    for (const Metric *m : all) {
        if (!m->equivalentOf.isEmpty())
            restatements[m->equivalentOf] << m;
    }
    QList<Tile> tiles;
    for (const Metric *m : all) {
        if (!m->equivalentOf.isEmpty() && inFigure.contains(m->equivalentOf))
            continue;
        Tile tile;
        tile.metric = m;
        tile.equivalents = restatements.value(m->id);
        if (isLowerBound(*m))
            tile.badges << Badge{Charts::tr("lower bound"), theme().mutedText};
        switch (honestValue(*m).status) {
        case MarkStatus::Observed:
            break;
        case MarkStatus::Projected:
            tile.badges << Badge{Charts::tr("projected"), theme().accent};
            break;
        case MarkStatus::Estimated:
            tile.badges << Badge{Charts::tr("estimated"), theme().accent};
            break;
        }
        if (honestValue(*m).open == OpenEnd::TowardsZero)
            tile.badges << Badge{Charts::tr("upper bound"), theme().mutedText};
        tiles << tile;
    }
    return tiles;
}

QString TilesChart::nounOf(const Metric &metric) const
{
    switch (metric.unit.kind) {
    case UnitKind::Count:
        return text(metric.noun);
    case UnitKind::Currency:
        return {};
    default:
        return text(metric.measure);
    }
}

// The grid is chosen for the text: a frame may give the chart larger text than its rect's
// height alone would (a wide, short slide), so each grid worth trying is laid out and the one
// with the largest values whose labels fit wins. Only when no grid holds the text does the
// text shrink, a step at a time.
// With a text floor (the window's readable minimum), no text goes under the floor: a figure
// draws all its numbers with values a little smaller if that fits, and otherwise fewer tiles,
// the cell count shrinking until a grid fits at the floor, the last cell saying how many
// numbers the data table holds besides. Only a chart area too small for one tile and that
// cell at the floor gets smaller text.
TilesChart::Layout TilesChart::layout(const QRectF &rect) const
{
    const Scale full = scaleFor(rect);
    const QList<Tile> all = groupTiles();
    const QRectF area = rect.adjusted(full.px(10), full.px(10), -full.px(10), -full.px(10));
    int cells = int(std::min<qsizetype>(all.size(), MaxTiles));
    Grid grid = gridOf(all, cells, area, full);
    if (full.hasTextFloor()) {
        const Scale atFloor = full.smallestText();
        const auto fitsAtFloor = [&](const Grid &g) { return layoutAt(g, area, atFloor).fits; };
        bool fits = fitsAtFloor(grid);
        if (!fits && grid.notDrawn == 0) {
            Grid smallerValues = grid;
            smallerValues.valueToLabel = SmallerValueToLabel;
            fits = fitsAtFloor(smallerValues);
            if (fits)
                grid = std::move(smallerValues);
        }
        // Bounded work: a fifth fewer cells at a time, then one at a time from 15.
        constexpr int FewestCells = 2; // one tile and the count of the rest
        while (cells > FewestCells && !fits) {
            cells = cells > 15 ? cells * 4 / 5 : cells - 1;
            grid = gridOf(all, cells, area, full);
            fits = fitsAtFloor(grid);
        }
    }
    return layoutFittingText(full, [&](const Scale &scale) { return layoutAt(grid, area, scale); });
}

// The first cells - 1 tiles and a cell for the rest when all do not fit in cells, the grids
// worth trying for that many cells, and each value's width at the full text size.
TilesChart::Grid TilesChart::gridOf(const QList<Tile> &all, int cells, const QRectF &area,
                                    const Scale &full) const
{
    Grid grid;
    grid.tiles = all;
    if (all.size() > cells) {
        for (qsizetype i = cells - 1; i < all.size(); ++i)
            grid.notDrawn += 1 + int(all.at(i).equivalents.size());
        grid.tiles.resize(cells - 1);
    }
    const int count = int(grid.tiles.size()) + (grid.notDrawn > 0 ? 1 : 0);
    grid.gap = full.px(14);
    // For each row count the fewest columns, as long as the cells have a shape a tile can use.
    for (int columns = 1; columns <= count; ++columns) {
        const int rows = (count + columns - 1) / columns;
        if (columns > 1 && (count + columns - 2) / (columns - 1) == rows)
            continue;
        const QSizeF cell = gridCellSize(area.size(), columns, rows, grid.gap);
        const qreal aspect = cell.height() > 0 ? cell.width() / cell.height() : 0;
        if (aspect >= 0.45 && aspect <= 3.5)
            grid.columns << columns;
    }
    if (grid.columns.isEmpty())
        grid.columns << gridColumns(area.size(), count, grid.gap, 1.45);

    // Each value's width, measured once: it scales with whatever size the grid leaves it.
    grid.fullValue = full.font(theme(), 48, QFont::Bold);
    for (const Tile &t : std::as_const(grid.tiles))
        grid.valueWidths << signedValue(*t.metric).size(grid.fullValue).width();
    return grid;
}

TilesChart::Layout TilesChart::layoutAt(const Grid &grid, const QRectF &area,
                                        const Scale &scale) const
{
    Fonts fonts;
    fonts.label = scale.font(theme(), 15);
    fonts.value = scale.font(theme(), 48, QFont::Bold);
    fonts.noun = scale.font(theme(), 17);
    fonts.footer = scale.font(theme(), 13);
    // Bold, not DemiBold: the theme's family has no semibold face, and DemiBold drew the
    // same Bold glyphs through a font engine of its own.
    fonts.badge = scale.font(theme(), BadgeFontPx, QFont::Bold);
    QList<qreal> valueWidths;
    for (qreal w : std::as_const(grid.valueWidths))
        valueWidths << w * fonts.value.pixelSize() / grid.fullValue.pixelSize();
    const int count = int(grid.tiles.size()) + (grid.notDrawn > 0 ? 1 : 0);
    Layout best;
    for (int columns : std::as_const(grid.columns)) {
        const QList<QRectF> cells = gridCells(area, count, columns, grid.gap);
        Layout l = measure(cells, scale, fonts, grid.tiles, valueWidths, grid.valueToLabel);
        if (grid.notDrawn > 0) {
            l.notDrawn = grid.notDrawn;
            l.more = cells.constLast();
            l.fits = l.fits && moreFits(l, scale);
        }
        // At a floor, where the values of every grid may be capped alike, a grid that fits
        // wins over a grid that does not.
        const bool better = scale.hasTextFloor()
                                ? std::pair(l.fits, l.score) > std::pair(best.fits, best.score)
                                : l.score > best.score;
        if (better)
            best = std::move(l);
    }
    place(best, scale);
    // place() may narrow the value to its tile's width: at a floor, never under it.
    if (scale.hasTextFloor())
        best.fits = best.fits && best.fonts.value.pixelSize() >= scale.minTextPixelSize() - 0.5;
    return best;
}

QRectF TilesChart::moreBox(const Layout &l, const Scale &scale)
{
    const qreal pad = scale.px(16);
    return l.more.adjusted(pad, pad, -pad, -pad);
}

// The cell for the numbers not drawn holds its text whole, in the labels' font: every word on
// a line of its own at most, none broken or cut.
bool TilesChart::moreFits(const Layout &l, const Scale &scale)
{
    const QString more = moreInTheDataTable(l.notDrawn);
    const QRectF box = moreBox(l, scale);
    const TextMetrics metrics(l.fonts.label);
    const QStringList words = more.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const bool wordsFit = std::all_of(words.cbegin(), words.cend(), [&](const QString &word) {
        return metrics.horizontalAdvance(word) <= box.width();
    });
    return wordsFit && wrappedSizeWithin(l.fonts.label, more, box.size()).height() <= box.height();
}

TilesChart::Layout TilesChart::measure(const QList<QRectF> &cells, const Scale &scale,
                                       const Fonts &fonts, const QList<Tile> &tiles,
                                       const QList<qreal> &valueWidths, qreal valueToLabel) const
{
    Layout l;
    l.fonts = fonts;
    l.radius = scale.px(10);
    l.tiles = tiles;
    const TextMetrics nounMetrics(l.fonts.noun);
    const TextMetrics footerMetrics(l.fonts.footer);
    const qreal pad = scale.px(16);
    const qreal spacing = scale.px(Spacing);
    const qreal innerWidth = cells.isEmpty() ? 0 : cells.constFirst().width() - 2 * pad;

    // Every tile gives its label the same room, so values and footers line up across a row.
    QStringList labels;
    for (const Tile &t : std::as_const(l.tiles))
        labels << text(t.metric->label);
    constexpr int LabelLines = 4;
    // A line past LabelLines tells that a label does not fit: no need to lay out the rest.
    const qreal labelsNeed = commonTextHeight(l.fonts.label, labels, innerWidth, LabelLines + 1);
    const qreal labelHeight =
        std::min(labelsNeed, TextMetrics(l.fonts.label).lineSpacing() * LabelLines);
    bool textFits = labelsNeed <= labelHeight + 0.5;
    const qreal badgeHeight = badgeSize(l.fonts.badge, QStringLiteral("x")).height();
    const bool anyBadges = std::any_of(l.tiles.cbegin(), l.tiles.cend(),
                                       [](const Tile &t) { return !t.badges.isEmpty(); });
    // Badges wrap to further lines in a tile too narrow for them on one ("lower bound" and
    // "projected" in a small window); every tile gives them as many lines as the fullest.
    // Badges and footnote share the bottom row when every tile has its badges on one line and
    // the width for both.
    // In proportion to the badges' text, as their padding is, wherever that text is larger than
    // the tile's scale would draw it (a text floor, a small export), so that "lower bound" does
    // not run into the period beside it.
    const qreal badgeGap =
        std::max(scale.px(BadgeGap), BadgeGap * l.fonts.badge.pixelSize() / BadgeFontPx);
    QList<QList<QPointF>> badgeOffsets; // each badge's place from the badge row's top left
    QList<qreal> badgeWidths;           // of the first line, with a gap after it
    int badgeLines = anyBadges ? 1 : 0;
    for (const Tile &t : std::as_const(l.tiles)) {
        QList<QPointF> offsets;
        qreal x = 0;
        int line = 0;
        for (const Badge &b : t.badges) {
            const qreal width = badgeSize(l.fonts.badge, b.text).width();
            textFits = textFits && width <= innerWidth;
            if (x > 0 && x + width > innerWidth) {
                x = 0;
                ++line;
            }
            offsets << QPointF(x, line * (badgeHeight + badgeGap));
            x += width + badgeGap;
        }
        badgeLines = std::max(badgeLines, line + 1);
        badgeOffsets << offsets;
        badgeWidths << (line == 0 ? x : innerWidth);
    }
    bool oneRow = badgeLines <= 1;
    for (int i = 0; oneRow && i < l.tiles.size(); ++i) {
        const QString footnote = footnoteOf(*l.tiles.at(i).metric, false);
        if (!footnote.isEmpty())
            oneRow = badgeWidths.at(i) + textSize(l.fonts.footer, footnote).width() <= innerWidth;
    }
    const qreal bottomRow = oneRow ? std::max(footerMetrics.height(), anyBadges ? badgeHeight : 0)
                                   : footerMetrics.height();
    const qreal badgeBlock =
        badgeLines > 0 ? badgeLines * badgeHeight + (badgeLines - 1) * badgeGap : 0;

    // Everything but the value; the room left decides the common value size.
    qreal valueLineRoom = 1e9;
    const qreal designValuePx = l.fonts.value.pixelSize();
    qreal valuePx = designValuePx;
    for (int i = 0; i < l.tiles.size(); ++i) {
        Tile &t = l.tiles[i];
        t.rect = cells.at(i);
        t.inner = t.rect.adjusted(pad, pad, -pad, -pad);
        t.label = QRectF(t.inner.topLeft(), QSizeF(t.inner.width(), labelHeight));
        t.footer = QRectF(t.inner.left(), t.inner.bottom() - bottomRow, t.inner.width(), bottomRow);
        if (oneRow) {
            t.badgeRow = t.footer;
            t.footer.setLeft(t.footer.left() + badgeWidths.at(i));
        } else {
            t.badgeRow = QRectF(t.inner.left(), t.footer.top() - spacing - badgeBlock,
                                t.inner.width(), badgeBlock);
        }
        // A badge row of one line is centred on the footnote beside it.
        const QPointF origin(t.badgeRow.left(),
                             oneRow ? t.badgeRow.center().y() - badgeHeight / 2 : t.badgeRow.top());
        for (int b = 0; b < t.badges.size(); ++b)
            t.badgeRects << QRectF(origin + badgeOffsets.at(i).at(b),
                                   badgeSize(l.fonts.badge, t.badges.at(b).text));
        const qreal middle = t.badgeRow.top() - t.label.bottom() - 2 * spacing;
        // A long noun ("national-level AI innovation platforms") wraps to two lines.
        const QString noun = nounOf(*t.metric);
        const qreal nounNeeds =
            noun.isEmpty() ? 0 : commonTextHeight(l.fonts.noun, {noun}, t.inner.width(), 3);
        const qreal nounHeight = std::min(nounNeeds, nounMetrics.lineSpacing() * 2);
        textFits = textFits && nounNeeds <= nounHeight + 0.5;
        t.noun = QRectF(t.inner.left(), 0, t.inner.width(), nounHeight);
        const qreal rows = nounHeight + t.equivalents.size() * nounMetrics.lineSpacing();
        valueLineRoom = std::min(valueLineRoom, middle - rows);
        l.maxRows = std::max(l.maxRows, rows);
        if (valueWidths.at(i) > t.inner.width())
            valuePx = std::min(valuePx, designValuePx * t.inner.width() / valueWidths.at(i));
    }
    // One value size for every tile, so no number looks more important than another.
    const qreal heightPerPixel = TextMetrics(l.fonts.value).height() / l.fonts.value.pixelSize();
    valuePx = std::min(valuePx, valueLineRoom / heightPerPixel);
    l.fonts.value.setPixelSize(std::max(Scale::MinPixelSize, int(valuePx)));
    l.score = l.fonts.value.pixelSize() * (textFits ? 1.0 : 0.75);
    // The value must stay the tile's largest text by a clear margin.
    l.fits = textFits && valueLineRoom >= heightPerPixel * l.fonts.label.pixelSize() * valueToLabel;
    return l;
}

void TilesChart::place(Layout &l, const Scale &scale) const
{
    // The value size was predicted from widths at another size: checked at its own.
    for (const Tile &t : std::as_const(l.tiles))
        l.fonts.value = signedValue(*t.metric).fitWidth(l.fonts.value, t.inner.width());

    // Centre the value block between label and badges.
    const qreal spacing = scale.px(Spacing);
    const TextMetrics nounMetrics(l.fonts.noun);
    const qreal valueHeight = TextMetrics(l.fonts.value).height();
    for (Tile &t : l.tiles) {
        const qreal top = t.label.bottom() + spacing;
        const qreal bottom = t.badgeRow.top() - spacing;
        // Values start on one line across tiles; the block sits a little above the middle.
        const qreal maxBlock = valueHeight + l.maxRows;
        qreal y = top + std::max<qreal>(0, (bottom - top - maxBlock) * 0.45);
        t.value = QRectF(t.inner.left(), y, t.inner.width(), valueHeight);
        y += valueHeight;
        t.noun.moveTop(y);
        y += t.noun.height();
        for (const Metric *e : std::as_const(t.equivalents)) {
            const SignedText row = equivalentText(*e);
            const QFont font = row.fitWidth(l.fonts.noun, t.inner.width());
            t.equivalentFonts << font;
            t.equivalentRows << QRectF(t.inner.left(), y, row.size(font).width(),
                                       nounMetrics.lineSpacing());
            y += nounMetrics.lineSpacing();
        }
    }
}

// "(≈ $165 billion)" under the amount it restates.
SignedText TilesChart::equivalentText(const Metric &metric) const
{
    SignedText value = signedValue(metric);
    value.text = Charts::tr("(%1)").arg(value.text);
    return value;
}

QPainterPath TilesChart::tileShape(const Tile &tile, qreal radius) const
{
    QPainterPath path;
    path.addRoundedRect(tile.rect, radius, radius);
    return path;
}

QPainterPath TilesChart::equivalentShape(const QRectF &row, const Scale &scale) const
{
    QPainterPath path;
    const qreal r = scale.px(4);
    path.addRoundedRect(row.adjusted(-scale.px(5), 0, scale.px(5), 0), r, r);
    return path;
}

void TilesChart::paintChart(QPainter &painter, const QRectF &rect)
{
    const Scale scale = scaleFor(rect);
    const Layout l = layout(rect);
    for (const Tile &t : l.tiles) {
        painter.setPen(QPen(theme().grid, std::max<qreal>(1, scale.px(1))));
        painter.setBrush(theme().surface);
        const QPainterPath shape = tileShape(t, l.radius);
        painter.drawPath(shape);

        drawFittedText(painter, t.label, l.fonts.label, theme().mutedText, text(t.metric->label),
                       Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                       std::max(minTextPx(), int(l.fonts.label.pixelSize() * 0.85)));
        signedValue(*t.metric).paint(painter, t.value, l.fonts.value, theme().text,
                                     Qt::AlignLeft | Qt::AlignVCenter);
        if (!t.noun.isEmpty())
            drawFittedText(painter, t.noun, l.fonts.noun, theme().text, nounOf(*t.metric),
                           Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, minTextPx());
        for (int e = 0; e < t.equivalents.size(); ++e) {
            const QRectF rowRect = t.equivalentRows.at(e);
            equivalentText(*t.equivalents.at(e))
                .paint(painter, rowRect, t.equivalentFonts.at(e), theme().text,
                       Qt::AlignLeft | Qt::AlignVCenter);
            if (isHighlighted(t.equivalents.at(e)->id))
                paintHighlight(painter, equivalentShape(rowRect, scale), theme(), scale);
        }
        for (int b = 0; b < t.badges.size(); ++b)
            paintBadge(painter, t.badgeRects.at(b).topLeft(), l.fonts.badge, t.badges.at(b).text,
                       t.badges.at(b).color);
        drawFittedText(painter, t.footer, l.fonts.footer, theme().mutedText,
                       footnoteOf(*t.metric, false), Qt::AlignLeft | Qt::AlignVCenter, minTextPx());
        if (isHighlighted(t.metric->id))
            paintHighlight(painter, shape, theme(), scale);
    }
    if (l.notDrawn > 0)
        drawFittedText(painter, moreBox(l, scale), l.fonts.label, theme().mutedText,
                       moreInTheDataTable(l.notDrawn), Qt::AlignCenter | Qt::TextWordWrap,
                       minTextPx());
}

QList<ChartBase::Mark> TilesChart::marks(const QRectF &rect)
{
    const Scale scale = scaleFor(rect);
    const Layout l = layout(rect);
    QList<Mark> result;
    for (const Tile &t : l.tiles) {
        result << Mark{t.metric->id, tileShape(t, l.radius)};
        for (int e = 0; e < t.equivalents.size(); ++e)
            result << Mark{t.equivalents.at(e)->id, equivalentShape(t.equivalentRows.at(e), scale)};
    }
    return result;
}

QString TilesChart::descriptionIntro() const
{
    return Charts::tr("Key figures, one tile each; an amount restated in another currency is "
                      "shown in the tile of the amount it restates.");
}

} // namespace

std::unique_ptr<FigureChart> createTilesChart(const Report &report, const Figure &figure,
                                              const ChartOptions &options)
{
    return std::make_unique<TilesChart>(report, figure, options);
}

} // namespace Figdeck

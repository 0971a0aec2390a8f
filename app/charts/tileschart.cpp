// SPDX-License-Identifier: GPL-3.0-or-later
// Key-figure tiles: one big qualified number each, readable at a glance like a slide.
// Pure QPainter: tiles need nothing from Qt Charts.

#include "chartbase.h"
#include "chartkinds.h"
#include "format.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <utility>

namespace Figdeck {

namespace {

using namespace ChartPaint;

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
        QRectF badgeRow;
        QRectF footer;
    };
    struct Layout
    {
        QList<Tile> tiles;
        QFont labelFont;
        QFont valueFont;
        QFont nounFont;
        QFont footerFont;
        QFont badgeFont;
        qreal radius = 0;
    };

    QList<Tile> groupTiles() const;
    QString nounOf(const Metric &metric) const;
    Layout layout(const QRectF &rect) const;
    SignedText equivalentText(const Metric &metric) const;
    QPainterPath tileShape(const Tile &tile, qreal radius) const;
    QPainterPath equivalentShape(const QRectF &row, const Scale &scale) const;
};

// Metrics restating another metric of the figure (equivalentOf) join that metric's tile.
QList<TilesChart::Tile> TilesChart::groupTiles() const
{
    const QList<const Metric *> all = metrics();
    auto inFigure = [&](const QString &id) {
        return std::any_of(all.cbegin(), all.cend(), [&](const Metric *m) { return m->id == id; });
    };
    QList<Tile> tiles;
    for (const Metric *m : all) {
        if (!m->equivalentOf.isEmpty() && inFigure(m->equivalentOf))
            continue;
        Tile tile;
        tile.metric = m;
        for (const Metric *e : all) {
            if (e->equivalentOf == m->id)
                tile.equivalents << e;
        }
        if (isLowerBound(*m))
            tile.badges << Badge{Charts::tr("lower bound"), theme().mutedText};
        if (m->projected)
            tile.badges << Badge{Charts::tr("projected"), theme().accent};
        tiles << tile;
    }
    return tiles;
}

QString TilesChart::nounOf(const Metric &metric) const
{
    switch (metric.unit) {
    case Unit::Count:
        return text(metric.noun);
    case Unit::Percent:
        return text(metric.measure);
    case Unit::CurrencyCNY:
    case Unit::CurrencyUSD:
        break;
    }
    return {};
}

TilesChart::Layout TilesChart::layout(const QRectF &rect) const
{
    const Scale scale(rect);
    Layout l;
    l.labelFont = scale.font(theme(), 15);
    l.valueFont = scale.font(theme(), 48, QFont::Bold);
    l.nounFont = scale.font(theme(), 17);
    l.footerFont = scale.font(theme(), 13);
    l.badgeFont = scale.font(theme(), 11, QFont::DemiBold);
    l.radius = scale.px(10);
    l.tiles = groupTiles();

    const QRectF area = rect.adjusted(scale.px(10), scale.px(10), -scale.px(10), -scale.px(10));
    const QList<QRectF> cells = gridCells(area, int(l.tiles.size()), scale.px(14), 1.45);

    const QFontMetricsF nounMetrics(l.nounFont);
    const QFontMetricsF footerMetrics(l.footerFont);
    const qreal pad = scale.px(16);
    const qreal spacing = scale.px(6);

    // Every tile gives its label the same room, so values and footers line up across a row.
    QStringList labels;
    for (const Tile &t : std::as_const(l.tiles))
        labels << text(t.metric->label);
    const qreal labelHeight = commonTextHeight(
        l.labelFont, labels, cells.isEmpty() ? 0 : cells.constFirst().width() - 2 * pad, 3);
    const qreal badgeHeight = badgeSize(l.badgeFont, QStringLiteral("x")).height();
    const bool anyBadges = std::any_of(l.tiles.cbegin(), l.tiles.cend(),
                                       [](const Tile &t) { return !t.badges.isEmpty(); });

    // First pass: everything but the value; the room left decides the common value size.
    qreal valueLineRoom = 1e9;
    qreal maxRows = 0; // height of what follows the value
    for (int i = 0; i < l.tiles.size(); ++i) {
        Tile &t = l.tiles[i];
        t.rect = cells.at(i);
        t.inner = t.rect.adjusted(pad, pad, -pad, -pad);
        t.label = QRectF(t.inner.topLeft(), QSizeF(t.inner.width(), labelHeight));
        t.footer = QRectF(t.inner.left(), t.inner.bottom() - footerMetrics.height(),
                          t.inner.width(), footerMetrics.height());
        t.badgeRow = QRectF(t.inner.left(), t.footer.top() - spacing - badgeHeight, t.inner.width(),
                            anyBadges ? badgeHeight : 0);
        const qreal middle = t.badgeRow.top() - t.label.bottom() - 2 * spacing;
        // A long noun ("national-level AI innovation platforms") wraps to two lines.
        const QString noun = nounOf(*t.metric);
        const qreal nounHeight =
            noun.isEmpty() ? 0 : commonTextHeight(l.nounFont, {noun}, t.inner.width(), 2);
        t.noun = QRectF(t.inner.left(), 0, t.inner.width(), nounHeight);
        const qreal rows = nounHeight + t.equivalents.size() * nounMetrics.lineSpacing();
        valueLineRoom = std::min(valueLineRoom, middle - rows);
        maxRows = std::max(maxRows, rows);
        const QFont fitted = signedValue(*t.metric).fitWidth(l.valueFont, t.inner.width());
        if (fitted.pixelSize() < l.valueFont.pixelSize())
            l.valueFont = fitted;
    }
    // One value size for every tile, so no number looks more important than another.
    const qreal heightPerPixel = QFontMetricsF(l.valueFont).height() / l.valueFont.pixelSize();
    const int byHeight = int(valueLineRoom / heightPerPixel);
    if (byHeight < l.valueFont.pixelSize())
        l.valueFont.setPixelSize(std::max(Scale::MinPixelSize, byHeight));

    // Second pass: centre the value block between label and badges.
    const qreal valueHeight = QFontMetricsF(l.valueFont).height();
    for (Tile &t : l.tiles) {
        const qreal top = t.label.bottom() + spacing;
        const qreal bottom = t.badgeRow.top() - spacing;
        // Values start on one line across tiles; the block sits a little above the middle.
        const qreal maxBlock = valueHeight + maxRows;
        qreal y = top + std::max<qreal>(0, (bottom - top - maxBlock) * 0.45);
        t.value = QRectF(t.inner.left(), y, t.inner.width(), valueHeight);
        y += valueHeight;
        t.noun.moveTop(y);
        y += t.noun.height();
        for (const Metric *e : std::as_const(t.equivalents)) {
            const SignedText row = equivalentText(*e);
            const qreal width = row.size(row.fitWidth(l.nounFont, t.inner.width())).width();
            t.equivalentRows << QRectF(t.inner.left(), y, width, nounMetrics.lineSpacing());
            y += nounMetrics.lineSpacing();
        }
    }
    return l;
}

// "(≈ $165 billion)" under the amount it restates.
SignedText TilesChart::equivalentText(const Metric &metric) const
{
    const SignedText value = signedValue(metric);
    return {Charts::tr("(%1)").arg(value.text), value.signs, value.signsColor};
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
    const Scale scale(rect);
    const Layout l = layout(rect);
    for (const Tile &t : l.tiles) {
        painter.setPen(QPen(theme().grid, std::max<qreal>(1, scale.px(1))));
        painter.setBrush(theme().surface);
        const QPainterPath shape = tileShape(t, l.radius);
        painter.drawPath(shape);

        drawFittedText(painter, t.label, l.labelFont, theme().mutedText, text(t.metric->label),
                       Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                       int(l.labelFont.pixelSize() * 0.85));
        signedValue(*t.metric).paint(painter, t.value, l.valueFont, theme().text,
                                     Qt::AlignLeft | Qt::AlignVCenter);
        if (!t.noun.isEmpty())
            drawFittedText(painter, t.noun, l.nounFont, theme().text, nounOf(*t.metric),
                           Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap);
        for (int e = 0; e < t.equivalents.size(); ++e) {
            const SignedText row = equivalentText(*t.equivalents.at(e));
            const QRectF rowRect = t.equivalentRows.at(e);
            row.paint(painter, rowRect, row.fitWidth(l.nounFont, t.inner.width()), theme().text,
                      Qt::AlignLeft | Qt::AlignVCenter);
            if (isHighlighted(t.equivalents.at(e)->id))
                paintHighlight(painter, equivalentShape(rowRect, scale), theme(), scale);
        }
        qreal x = t.badgeRow.left();
        for (const Badge &b : t.badges) {
            const QRectF r =
                paintBadge(painter, QPointF(x, t.badgeRow.top()), l.badgeFont, b.text, b.color);
            x = r.right() + scale.px(6);
        }
        drawFittedText(painter, t.footer, l.footerFont, theme().mutedText, footnoteOf(*t.metric),
                       Qt::AlignLeft | Qt::AlignVCenter);
        if (isHighlighted(t.metric->id))
            paintHighlight(painter, shape, theme(), scale);
    }
}

QList<ChartBase::Mark> TilesChart::marks(const QRectF &rect)
{
    const Scale scale(rect);
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

// SPDX-License-Identifier: GPL-3.0-or-later
// Comparable values of one measure and unit on one shared axis from zero, as horizontal bars,
// ranked by value or as the pack lists them. Qt Charts draws the bars and lays out the value
// axis; names, value labels, open ends, hatching, intervals and highlights are placed over them
// through the chart's own value-to-position mapping.

#include "axischart.h"
#include "chartkinds.h"
#include "seriesdata.h"

#include <tuple>

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QLinearGradient>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <utility>

namespace Figdeck {

namespace {

using namespace ChartPaint;

constexpr qreal BarWidth = 0.62; // of a category
// A row of a chart with more rows than fit: its name's line and a little space.
constexpr qreal RowLines = 1.15;

class BarsChart final : public AxisChart
{
public:
    BarsChart(const Report &report, const Figure &figure, const ChartOptions &options);
    QSizeF preferredSize() const override { return {960, 540}; }

protected:
    void paintChart(QPainter &painter, const QRectF &rect) override;
    QList<Mark> marks(const QRectF &rect) override;
    QString descriptionIntro() const override;

private:
    struct Row
    {
        const Metric *metric = nullptr;
        QString name; // its label, without the parts every row and the title repeat
        HonestValue value;
        QColor color;
        int set = 0; // the bar set drawing it (one per fill)
    };
    struct Layout
    {
        bool fits = false;
        QFont name;
        QFont value;
        QFont axis;
        QFont legend;
        QRectF legendRect;
        QRectF chartRect;
        QRectF plot;
        QList<QRectF> bars;   // per row, value 0 to the mark's end
        QList<QRectF> rows;   // the whole row: name, bar and label (hit region)
        QList<QRectF> names;  // per row
        QList<QRectF> labels; // per row
        QRectF more;          // "+ 70 more in the data table", when rows are left out
    };

    void build();
    void nameRows();
    Layout layout(const QRectF &rect);
    Layout layoutAt(const QRectF &rect, const Scale &scale);
    QList<LegendEntry> legend() const;
    qreal endRoom(const Row &row, const Scale &scale) const;
    // Draws the first rows only (all: m_rows.size()); the value axis keeps every row's range.
    void showRows(int count);
    // How many rows fit in rect with their text at the smallest step, a line each, and the
    // line that counts the rest.
    int rowsFitting(const QRectF &rect, const Scale &full);
    // Rows count from the top; Qt Charts' categories from the bottom.
    qreal categoryOf(int row) const { return m_rows.size() - 1 - row; }

    QList<Row> m_rows;
    double m_lo = 0; // the range the value axis covers, from zero
    double m_hi = 0;
    Ticks m_ticks;
    QHorizontalStackedBarSeries *m_series = nullptr;
    QBarCategoryAxis *m_categories = nullptr;
    QCategoryAxis *m_valueAxis = nullptr;
    int m_shown = 0; // rows drawn: the first ones in the chart's order
    QList<QColor> m_setFills;
    QList<bool> m_setUpper;
};

BarsChart::BarsChart(const Report &report, const Figure &figure, const ChartOptions &options)
    : AxisChart(report, figure, options)
{
    const QColor single = singleSeriesColor();
    for (const Metric *m : barsInOrder(report, figure)) {
        Row row;
        row.metric = m;
        row.value = honestValue(*m);
        // One measure, one colour; a neutral "Others" stays grey, a derived value its own grey.
        row.color = barColor(*m, single, theme(), options.language);
        m_rows << row;
    }
    double lo = 0;
    double hi = 0;
    for (const Row &r : std::as_const(m_rows)) {
        lo = std::min({lo, r.value.value, r.value.low.value_or(0)});
        hi = std::max({hi, r.value.value, r.value.high.value_or(0)});
    }
    m_lo = lo;
    m_hi = hi;
    m_ticks = niceTicks(lo, hi, 5);
    m_shown = int(m_rows.size());
    nameRows();
}

void BarsChart::nameRows()
{
    // "Electric share of new-car sales, Norway" on every row of a figure titled "Electric share
    // of new-car sales" reads "Norway": a comma-separated part every label starts or ends with
    // goes when the title says it too. The description keeps each full label.
    const QString title = text(figure().title);
    QList<QStringList> parts;
    for (Row &row : m_rows) {
        row.name = text(row.metric->label);
        parts << row.name.split(QStringLiteral(", "));
    }
    if (m_rows.size() < 2)
        return;
    const auto common = [&](bool front) {
        const QString part =
            front ? parts.constFirst().constFirst() : parts.constFirst().constLast();
        for (const QStringList &p : std::as_const(parts)) {
            if (p.size() < 2 || (front ? p.constFirst() : p.constLast()) != part)
                return false;
        }
        return title.contains(part, Qt::CaseInsensitive);
    };
    for (const bool front : {true, false}) {
        if (!common(front))
            continue;
        for (QStringList &p : parts)
            front ? p.removeFirst() : p.removeLast();
    }
    for (int i = 0; i < m_rows.size(); ++i)
        m_rows[i].name = parts.at(i).join(QStringLiteral(", "));
}

void BarsChart::build()
{
    if (m_series)
        return;
    // One bar set per fill (colour and status), each row's value in its own set only: Qt
    // Charts stacks the sets, so every row is one bar in its own style.
    const int n = int(m_rows.size());
    QList<QList<qreal>> values;
    for (Row &row : m_rows) {
        const QColor fill = statusFill(row.color, row.value.status, theme());
        const bool upper = row.value.open == OpenEnd::TowardsZero;
        int set = -1;
        for (int s = 0; s < m_setFills.size(); ++s) {
            if (m_setFills.at(s) == fill && m_setUpper.at(s) == upper)
                set = s;
        }
        if (set < 0) {
            set = int(m_setFills.size());
            m_setFills << fill;
            m_setUpper << upper;
            values << QList<qreal>(n, 0.0);
        }
        row.set = set;
    }
    for (int i = 0; i < n; ++i)
        values[m_rows.at(i).set][int(categoryOf(i))] = m_rows.at(i).value.value;

    QChart *c = scene().chart();
    m_series = new QHorizontalStackedBarSeries;
    m_series->setBarWidth(BarWidth);
    for (int s = 0; s < values.size(); ++s) {
        auto *set = new QBarSet(QString());
        set->append(values.at(s));
        set->setPen(Qt::NoPen);
        if (m_setUpper.at(s)) {
            // An upper bound fades towards zero: the value may be anywhere below the end.
            QLinearGradient g(0, 0, 1, 0);
            g.setCoordinateMode(QGradient::ObjectBoundingMode);
            QColor faint = m_setFills.at(s);
            faint.setAlphaF(0.12);
            g.setColorAt(0, faint);
            g.setColorAt(1, m_setFills.at(s));
            set->setBrush(g);
        } else {
            set->setBrush(m_setFills.at(s));
        }
        m_series->append(set);
    }
    c->addSeries(m_series);
    m_categories = new QBarCategoryAxis;
    for (int i = 0; i < n; ++i)
        m_categories->append(QString::number(i));
    m_categories->setLabelsVisible(false);
    m_categories->setGridLineVisible(false);
    m_categories->setLineVisible(false);
    c->addAxis(m_categories, Qt::AlignLeft);
    m_series->attachAxis(m_categories);
    m_valueAxis = createValueAxis(m_ticks, QFont());
    c->addAxis(m_valueAxis, Qt::AlignBottom);
    m_series->attachAxis(m_valueAxis);
}

qreal BarsChart::endRoom(const Row &row, const Scale &scale) const
{
    return row.value.open == OpenEnd::Beyond ? openEndLength(scale.px(20)) : 0;
}

void BarsChart::showRows(int count)
{
    m_shown = std::clamp(count, 0, int(m_rows.size()));
    if (m_shown == 0)
        return;
    // Rows count from the top, categories from the bottom: the first rows are the last
    // categories.
    m_categories->setRange(QString::number(categoryOf(m_shown - 1)),
                           QString::number(categoryOf(0)));
}

int BarsChart::rowsFitting(const QRectF &rect, const Scale &full)
{
    const Scale smallest = full.smallestText();
    showRows(1);
    const Layout one = layoutAt(rect, smallest);
    const qreal line = TextMetrics(one.name).lineSpacing();
    const qreal row = std::max(line, TextMetrics(one.value).lineSpacing()) * RowLines;
    // The plot, less the line for the rest, holds this many rows of a line each.
    return std::max(1, int(one.plot.height() / row));
}

QList<LegendEntry> BarsChart::legend() const
{
    QList<HonestValue> values;
    for (int i = 0; i < m_shown; ++i)
        values << m_rows.at(i).value;
    return styleEntries(values, singleSeriesColor());
}

BarsChart::Layout BarsChart::layout(const QRectF &rect)
{
    build();
    const Scale full = scaleFor(rect);
    const auto fitting = [&] {
        return layoutFittingText(full, [&](const Scale &scale) { return layoutAt(rect, scale); });
    };
    // More rows than their names and values fit at the smallest text: the first ones (the
    // largest when ranked by value), a line for each, and a line that says how many are left
    // for the data table, rather than text drawn over text. Twice as many rows as lines of
    // the smallest text the whole rect could hold cannot fit at all: they are counted before
    // anything is laid out (5,000 rows would otherwise be laid out at every text step first,
    // on every repaint). Fewer rows are all tried first.
    const qreal leastRow = Scale::MinPixelSize * RowLines;
    if (m_rows.size() > 2 * rect.height() / leastRow) {
        showRows(rowsFitting(rect, full));
        return fitting();
    }
    showRows(int(m_rows.size()));
    Layout l = fitting();
    if (!l.fits && m_rows.size() > 1) {
        const int fit = rowsFitting(rect, full);
        if (fit < m_rows.size()) {
            showRows(fit);
            l = fitting();
        } else {
            showRows(int(m_rows.size()));
        }
    }
    return l;
}

BarsChart::Layout BarsChart::layoutAt(const QRectF &rect, const Scale &scale)
{
    Layout l;
    l.name = scale.font(theme(), 15);
    l.value = scale.font(theme(), 15, QFont::Bold);
    l.axis = scale.font(theme(), 12);
    l.legend = scale.font(theme(), 12);
    const qreal pad = scale.px(10);
    const qreal gap = scale.px(10);
    const QRectF area = rect.adjusted(pad, pad, -pad, -pad);
    std::tie(l.legendRect, l.chartRect) = legendAndChart(area, legend(), l.legend, gap);
    if (m_shown < m_rows.size()) {
        const qreal line = TextMetrics(l.name).lineSpacing() * 1.4;
        l.more = QRectF(l.chartRect.left(), l.chartRect.bottom() - line, l.chartRect.width(), line);
        l.chartRect.setBottom(l.more.top());
    }

    // Names in a column of their own, wrapped, at most 30% of the width.
    const qreal nameLimit = area.width() * 0.3;
    qreal nameColumn = scale.px(40);
    qreal valueColumn = 0;
    for (int i = 0; i < m_shown; ++i) {
        const Row &r = m_rows.at(i);
        nameColumn = std::max(
            nameColumn, wrappedSizeWithin(l.name, r.name, {nameLimit, area.height()}).width());
        valueColumn =
            std::max(valueColumn, signedValue(*r.metric).size(l.value).width() + endRoom(r, scale));
    }
    nameColumn = std::min(nameColumn, nameLimit);
    const QMargins margins(int(std::ceil(nameColumn + gap)), int(std::ceil(scale.px(4))),
                           int(std::ceil(valueColumn + gap + scale.px(6))), 0);
    scene().chart()->setFont(l.axis);
    styleAxis(m_valueAxis, m_ticks, l.axis);
    l.plot = scene().layOut(l.chartRect, margins);
    // Scale labels too wide for their steps (a small figure): wider steps.
    if (const Ticks ticks = ticksFitting(m_lo, m_hi, l.plot.width(), l.axis, Qt::Horizontal);
        ticks.step != m_ticks.step) {
        styleAxis(m_valueAxis, ticks, l.axis);
        l.plot = scene().layOut(l.chartRect, margins);
    }

    const qreal rowHeight = l.plot.height() / std::max(1, m_shown);
    l.fits = l.plot.width() >= area.width() * 0.3;
    if (!l.more.isEmpty())
        l.more.setLeft(l.plot.left());
    for (int i = 0; i < m_shown; ++i) {
        const Row &r = m_rows.at(i);
        const QPointF a =
            scene().position(l.chartRect, QPointF(0, categoryOf(i) - BarWidth / 2), m_series);
        const QPointF b = scene().position(
            l.chartRect, QPointF(r.value.value, categoryOf(i) + BarWidth / 2), m_series);
        const QRectF bar = QRectF(a, b).normalized();
        l.bars << bar;
        const qreal top = bar.center().y() - rowHeight / 2;
        l.rows << QRectF(l.chartRect.left(), top, l.chartRect.width(), rowHeight);
        l.names << QRectF(l.chartRect.left(), top, nameColumn, rowHeight);
        // The value after the bar's end (and its open end); for a fall, right of the zero line.
        const qreal zeroX = a.x();
        qreal left = r.value.value >= 0 ? bar.right() + endRoom(r, scale) : zeroX;
        if (r.value.high)
            left = std::max(
                left,
                scene().position(l.chartRect, QPointF(*r.value.high, categoryOf(i)), m_series).x());
        left += scale.px(6);
        const QSizeF size = signedValue(*r.metric).size(l.value);
        l.labels << QRectF(left, bar.center().y() - size.height() / 2, size.width(), size.height());
        l.fits = l.fits &&
                 wrappedSizeWithin(l.name, r.name, {nameColumn, rowHeight}).height() <= rowHeight &&
                 size.height() <= rowHeight && l.labels.last().right() <= l.chartRect.right() + 1;
    }
    return l;
}

void BarsChart::paintChart(QPainter &painter, const QRectF &rect)
{
    const Scale scale = scaleFor(rect);
    const Layout l = layout(rect);
    paintLegend(painter, l.legendRect, legend(), l.legend, theme());
    scene().paintLaidOut(painter, l.chartRect);
    const qreal lineWidth = std::max<qreal>(1, scale.px(1.5));
    for (int i = 0; i < m_shown; ++i) {
        const Row &r = m_rows.at(i);
        const QRectF &bar = l.bars.at(i);
        QPainterPath path;
        path.addRect(bar);
        if (r.value.derived)
            paintDerived(painter, path, scale);
        paintStatusOutline(painter, bar, r.color, r.value.status, lineWidth);
        const bool fall = r.value.value < 0;
        const QPointF end(fall ? bar.left() : bar.right(), bar.center().y());
        if (r.value.open == OpenEnd::Beyond)
            paintOpenEnd(painter, end, QPointF(fall ? -1 : 1, 0), bar.height(), endRoom(r, scale),
                         r.color, theme());
        if (r.value.isRange()) {
            paintInterval(
                painter,
                scene().position(l.chartRect, QPointF(*r.value.low, categoryOf(i)), m_series),
                scene().position(l.chartRect, QPointF(*r.value.high, categoryOf(i)), m_series),
                bar.height() * 0.6, theme().text, lineWidth);
        }
        drawFittedText(painter, l.names.at(i), l.name, theme().text, r.name,
                       Qt::AlignRight | Qt::AlignVCenter | Qt::TextWordWrap, minTextPx());
        signedValue(*r.metric).paint(painter, l.labels.at(i), l.value, theme().text,
                                     Qt::AlignLeft | Qt::AlignVCenter);
        if (isHighlighted(r.metric->id))
            paintHighlight(painter, path, theme(), scale);
    }
    // The zero line over the bars' bases.
    if (m_shown == 0)
        return;
    const QPointF top =
        scene().position(l.chartRect, QPointF(0, categoryOf(m_shown - 1) - 0.5), m_series);
    const QPointF bottom = scene().position(l.chartRect, QPointF(0, categoryOf(0) + 0.5), m_series);
    paintBaseline(painter, top, bottom, scale);
    if (!l.more.isEmpty())
        paintMoreLine(painter, l.more, l.name, int(m_rows.size()) - m_shown);
}

QList<ChartBase::Mark> BarsChart::marks(const QRectF &rect)
{
    const Layout l = layout(rect);
    QList<Mark> result;
    for (int i = 0; i < m_shown; ++i) {
        QPainterPath row;
        row.addRect(l.rows.at(i));
        result << Mark{m_rows.at(i).metric->id, row};
    }
    return result;
}

QString BarsChart::descriptionIntro() const
{
    const QString what = measureText();
    const QString order = rankedByValue(figure())
                              ? Charts::tr("ranked by value")
                              : Charts::tr("in the order the report lists them");
    return Charts::tr("%1 as horizontal bars on one axis from zero, %2.").arg(what, order);
}

} // namespace

std::unique_ptr<FigureChart> createBarsChart(const Report &report, const Figure &figure,
                                             const ChartOptions &options)
{
    return std::make_unique<BarsChart>(report, figure, options);
}

} // namespace Figdeck

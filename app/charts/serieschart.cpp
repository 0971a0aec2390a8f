// SPDX-License-Identifier: GPL-3.0-or-later
// Values over periods, one measure and unit: columns (the default) or a line, one or several
// series with a legend. Periods are in the order of the metrics' dates; a period without a
// value is a gap, never a zero. Qt Charts draws columns, lines and points and lays out both
// axes; open ends, intervals, status outlines, hatching and labels are placed over them through
// the chart's own value-to-position mapping.

#include "axischart.h"
#include "chartkinds.h"
#include "seriesdata.h"

#include <tuple>

#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QLineF>
#include <QLineSeries>
#include <QPainter>
#include <QPolygonF>
#include <QScatterSeries>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <utility>

namespace Figdeck {

namespace {

using namespace ChartPaint;

constexpr qreal GroupWidth = 0.8; // of a period, for all columns of a period together

QScatterSeries::MarkerShape scatterShape(MarkerShape shape)
{
    switch (shape) {
    case MarkerShape::Circle:
        return QScatterSeries::MarkerShapeCircle;
    case MarkerShape::Square:
        return QScatterSeries::MarkerShapeRectangle;
    case MarkerShape::Diamond:
        return QScatterSeries::MarkerShapeRotatedRectangle;
    case MarkerShape::Triangle:
        return QScatterSeries::MarkerShapeTriangle;
    case MarkerShape::Pentagon:
        return QScatterSeries::MarkerShapePentagon;
    case MarkerShape::Star:
        return QScatterSeries::MarkerShapeStar;
    }
    return QScatterSeries::MarkerShapeCircle;
}

class SeriesChart final : public AxisChart
{
public:
    SeriesChart(const Report &report, const Figure &figure, const ChartOptions &options);
    QSizeF preferredSize() const override { return {960, 540}; }

protected:
    void paintChart(QPainter &painter, const QRectF &rect) override;
    QList<Mark> marks(const QRectF &rect) override;
    QString descriptionIntro() const override;

private:
    struct Point
    {
        const Metric *metric = nullptr; // null: no value for this period (a gap)
        HonestValue value;
    };
    struct Series
    {
        QString label;
        QColor color;
        MarkerShape marker = MarkerShape::Circle; // a line's points
        FillTexture texture = FillTexture::Solid; // a column's, over its colour
        QList<Point> points;                      // per period
    };
    struct Layout
    {
        bool fits = false;
        // A line's observed points are drawn as markers, unless neighbours are too close to
        // tell apart (a series of hundreds of days): the line alone shows them then.
        bool pointsShown = true;
        QFont axis;
        QFont value;
        QFont legend;
        QRectF legendRect;
        QRectF chartRect;
        QRectF plot;
        // per series, per period: the column, or the point's marker box; empty for a gap
        QList<QList<QRectF>> marks;
        QList<QList<QRectF>> labels; // empty: not labelled
        // per series, per period: whether its open end (a bound's) is drawn; a dense line
        // draws a run of bounds as a few open ends spaced along it (openEndsAlong)
        QList<QList<bool>> openEnds;
        // columns: the empty slot of each gap in a period other series have values for, as
        // wide as a column, from the baseline up to a label's height
        QList<QRectF> gapSlots;
        // per series: from its last point to its end label when the label moved off its
        // line's height (null: none)
        QList<QLineF> leaders;
        // The end labels of exact values would have moved too far from their lines' ends to
        // read as theirs (or not fit at all): the legend names the lines instead.
        bool endLabelsDropped = false;
    };

    void build();
    // The period axis, added to the chart: each period's name on its place (a line's date key,
    // a column group's index), the values between neighbours left unnamed.
    QCategoryAxis *addPeriodAxis();
    // The axis' range in values: a line's keys, or column groups' slots, with their margins.
    std::pair<double, double> periodRange() const;
    Layout layout(const QRectF &rect);
    // endLabels: each line's last value labelled right of it (endLabelled); without, only a
    // qualified last value is, and the plot takes the room the others would have taken.
    Layout layoutAt(const QRectF &rect, const Scale &scale, bool endLabels);
    QList<LegendEntry> legend(bool pointsShown) const;
    double xOf(int period) const { return m_line ? m_keys.at(period) : period; }
    // Every how many periods a name fits beside the next at font, the axis drawing
    // pixelsPerValue pixels per value of its range.
    int labelStride(qreal pixelsPerValue, const QFont &font) const;
    // Names every stride-th period from the first (in a series of years with none left out,
    // from the first multiple of the stride: 1990 at five; of months, quarters or halves,
    // from the first start of a year: January, Q1); the others
    // keep their place, unnamed. Only the named ones are the axis' categories (and a line's
    // grid lines): one label item each, however many periods a long series has.
    void labelEvery(int stride);
    // A period's number counted in periods of its kind from year 0 (2001-03: 2001 * 12 + 2),
    // when the series is of years, months, quarters or halves (m_perYear).
    int periodNumber(int period) const
    {
        return int(std::floor(m_keys.at(period) * m_perYear + 1e-6));
    }
    QAbstractSeries *anchorSeries() const;
    // dense: a line whose points are too close for markers (Layout::pointsShown false), or
    // columns too narrow for a qualified label each.
    bool labelled(int s, int p, qreal room, const QFont &font, bool dense) const;
    // Which of series s's bounds draw their open end, its marks laid out: every one; on a dense
    // line, each run of like bounds draws its first and last and others about `spacing` apart
    // between them (an open end on each of 300 neighbouring points was a solid smear).
    QList<bool> openEndsAlong(int s, const QList<QRectF> &marks, bool dense, qreal spacing) const;
    // On a dense line (or crowded columns), labels that would run into one drawn before them
    // (end labels first, then from the left) are left out: the legend says what the open ends
    // mean, the description gives every value.
    void dropOverlappingLabels(Layout &l, qreal spacing) const;
    // Series s's ranges in runs of neighbours closer than minGap apart (hundreds of points a
    // pixel or two apart) painted as one band from their lows to their highs, under the marks:
    // a whisker each was a smear. Returns which points the bands drew (the others draw
    // whiskers).
    QList<bool> paintRangeBands(QPainter &painter, const QRectF &chartRect, int s, qreal minGap);
    // Several lines: each last point's label sits right of it; moved apart, never overlapping.
    bool endLabelled() const { return m_line && m_series.size() > 1; }
    void spreadEndLabels(Layout &l, const Scale &scale) const;
    static qreal openEndRoom(const Scale &scale) { return openEndLength(scale.px(16)); }
    // Between a line's last point and its end label, room for a leader line.
    static qreal endLabelGap(const Scale &scale) { return scale.px(14); }
    // An end label moved further than this many of its own heights off its line's end reads as
    // a neighbour's (twelve lines ending close together drew leaders a third of the plot long).
    static constexpr qreal MostEndLabelShift = 2;
    // Between the open ends a dense line draws along a run of bounds.
    static qreal openEndSpacing(const Scale &scale) { return scale.px(30); }

    bool m_line = false;
    QList<Series> m_series;
    QList<double> m_keys;    // per period, its date key (sort order, line x)
    QStringList m_periods;   // per period, the text shown
    QStringList m_axisNames; // per period, its name made unique (as Qt Charts' labels must be)
    int m_labelStride = 0;   // every how many periods the axis names one (0: none yet)
    double m_leastStep = 1;  // the least distance between neighbouring periods' places, at most 1
    bool m_yearly = false;   // every period a whole year (or undated)
    // Periods a year when every period is a year (1), month (12), quarter (4) or half (2) and
    // none is left out between the first and the last; else 0.
    int m_perYear = 0;
    double m_lo = 0; // the range the value axis covers, from zero
    double m_hi = 0;
    Ticks m_ticks;
    QBarSeries *m_bars = nullptr;
    QList<QLineSeries *> m_lines;
    QList<QScatterSeries *> m_points; // per series, its observed points
    // Projected or estimated points: hollow, outlined dashed or dotted in the series' colour.
    struct HollowPoints
    {
        QScatterSeries *points = nullptr;
        QColor color;
        MarkerShape marker = MarkerShape::Circle;
        MarkStatus status = MarkStatus::Projected;
    };
    QList<HollowPoints> m_hollowPoints;
    QCategoryAxis *m_valueAxis = nullptr;
    QCategoryAxis *m_periodAxis = nullptr;
};

SeriesChart::SeriesChart(const Report &report, const Figure &figure, const ChartOptions &options)
    : AxisChart(report, figure, options)
    , m_line(drawnAsLine(figure))
{
    const SeriesGrid grid = seriesGrid(report, figure, options.language);
    const QList<SeriesData> &data = grid.series;
    m_keys = grid.keys;
    m_periods = grid.periods;
    const bool several = data.size() > 1;
    double lo = 0;
    double hi = 0;
    QStringList labels;
    for (const SeriesData &d : data)
        labels << d.label;
    const QList<QColor> colors = labelColorsFor(labels);
    const QList<int> slotOf = labelColors().paletteSlots(labels, theme());
    for (int i = 0; i < data.size(); ++i) {
        Series s;
        s.label = data.at(i).label;
        s.color = several ? colors.at(i) : singleSeriesColor();
        if (several) {
            s.marker = theme().seriesMarker(std::max(0, slotOf.at(i)));
            s.texture = theme().seriesTexture(slotOf.at(i));
        }
        s.points.resize(m_keys.size());
        for (int p = 0; p < m_keys.size(); ++p) {
            const Metric *m = grid.cells.at(i).at(p);
            if (!m)
                continue; // a gap
            s.points[p] = Point{m, honestValue(*m)};
            const HonestValue &v = s.points[p].value;
            lo = std::min({lo, v.value, v.low.value_or(0)});
            hi = std::max({hi, v.value, v.high.value_or(0)});
        }
        m_series << s;
    }
    // Room above the highest value for the open end of a lower bound.
    const bool lowerAtTop = std::any_of(m_series.cbegin(), m_series.cend(), [&](const Series &s) {
        return std::any_of(s.points.cbegin(), s.points.cend(), [&](const Point &p) {
            return p.metric && p.value.open == OpenEnd::Beyond && p.value.value >= hi * 0.9;
        });
    });
    m_lo = lo;
    m_hi = lowerAtTop ? hi * 1.15 : hi;
    m_ticks = niceTicks(m_lo, m_hi, 5);
    for (int p = 1; p < m_keys.size(); ++p)
        m_leastStep = std::min(m_leastStep, xOf(p) - xOf(p - 1));
    m_yearly = std::all_of(m_keys.cbegin(), m_keys.cend(),
                           [](double key) { return key == std::floor(key); });
    if (m_keys.size() > 1) {
        static const QList<int> years{1};
        static const QList<int> parts{12, 4, 2};
        for (const int perYear : m_yearly ? years : parts) {
            m_perYear = perYear;
            bool contiguous = true;
            for (int p = 1; p < m_keys.size() && contiguous; ++p)
                contiguous = periodNumber(p) == periodNumber(p - 1) + 1;
            if (contiguous)
                break;
            m_perYear = 0;
        }
    }
}

QAbstractSeries *SeriesChart::anchorSeries() const
{
    if (m_bars)
        return m_bars;
    return m_points.isEmpty() ? nullptr : m_points.constFirst();
}

std::pair<double, double> SeriesChart::periodRange() const
{
    // A column group fills its period's slot, a line's first and last points keep room for
    // their markers.
    const double pad = m_line ? m_leastStep * 0.4 : 0.5;
    const double first = m_keys.isEmpty() ? 0 : xOf(0);
    const double last = m_keys.isEmpty() ? 1 : xOf(int(m_keys.size()) - 1);
    return {first - pad, last + pad};
}

QCategoryAxis *SeriesChart::addPeriodAxis()
{
    // A QBarCategoryAxis would hide the first name of a columns chart whenever it reaches left
    // of the plot (the name is wider than its group), and so would leave the chart's start
    // unnamed; names placed on their values are drawn whole.
    auto *periods = new QCategoryAxis;
    periods->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const auto [from, to] = periodRange();
    periods->setRange(from, to);
    periods->setStartValue(from);
    QSet<QString> taken;
    for (int p = 0; p < m_keys.size(); ++p) {
        QString label = m_periods.at(p);
        while (taken.contains(label))
            label += QChar(0x200B);
        taken.insert(label);
        m_axisNames << label;
    }
    m_periodAxis = periods;
    scene().chart()->addAxis(periods, Qt::AlignBottom);
    return periods;
}

void SeriesChart::build()
{
    if (m_bars || !m_points.isEmpty())
        return;
    QChart *c = scene().chart();
    m_valueAxis = createValueAxis(m_ticks, QFont());
    c->addAxis(m_valueAxis, Qt::AlignLeft);
    if (!m_line) {
        m_bars = new QBarSeries;
        m_bars->setBarWidth(GroupWidth);
        for (const Series &s : std::as_const(m_series)) {
            auto *set = new QBarSet(s.label);
            QList<int> lighter;
            for (int p = 0; p < s.points.size(); ++p) {
                // A gap gets no bar at all: a zero-height set value with no outline draws
                // nothing, and no mark or label is placed there.
                set->append(s.points.at(p).metric ? s.points.at(p).value.value : 0.0);
                if (s.points.at(p).metric && s.points.at(p).value.lighter())
                    lighter << p;
            }
            set->setBrush(s.color);
            set->setPen(Qt::NoPen);
            // Projected and estimated columns: Qt Charts' per-bar selection draws them lighter.
            set->setSelectedColor(statusFill(s.color, MarkStatus::Projected, theme()));
            set->selectBars(lighter);
            m_bars->append(set);
        }
        c->addSeries(m_bars);
        m_bars->attachAxis(addPeriodAxis());
        m_bars->attachAxis(m_valueAxis);
    } else {
        QCategoryAxis *periods = addPeriodAxis();
        for (const Series &s : std::as_const(m_series)) {
            // One line per stretch of neighbours drawn alike: a gap ends it, and so does a
            // change of status, so a projected or estimated end draws its segments dashed or
            // dotted (and a series of thousands of days is a few lines, not thousands).
            struct Stretch
            {
                MarkStatus status;
                QList<QPointF> points;
            };
            QList<Stretch> stretches;
            bool joined = false; // the last stretch ends at the previous point
            for (int p = 1; p < s.points.size(); ++p) {
                const Point &a = s.points.at(p - 1);
                const Point &b = s.points.at(p);
                if (!a.metric || !b.metric) {
                    joined = false;
                    continue;
                }
                const MarkStatus status =
                    b.value.status != MarkStatus::Observed ? b.value.status : a.value.status;
                if (!joined || stretches.constLast().status != status)
                    stretches << Stretch{status, {QPointF(xOf(p - 1), a.value.value)}};
                stretches.last().points << QPointF(xOf(p), b.value.value);
                joined = true;
            }
            for (const Stretch &stretch : std::as_const(stretches)) {
                auto *line = new QLineSeries;
                line->append(stretch.points);
                // Qt Charts draws a solid line segment by segment: round caps close the seams
                // between them, which markers no longer cover on a dense line.
                const Qt::PenStyle style = statusPenStyle(stretch.status);
                line->setPen(QPen(s.color, 3, style,
                                  style == Qt::SolidLine ? Qt::RoundCap : Qt::FlatCap,
                                  Qt::RoundJoin));
                c->addSeries(line);
                line->attachAxis(periods);
                line->attachAxis(m_valueAxis);
                m_lines << line;
            }
            const auto addPoints = [&](MarkStatus status) {
                auto *points = new QScatterSeries;
                points->setMarkerShape(scatterShape(s.marker));
                points->setColor(status == MarkStatus::Observed ? s.color : theme().background);
                for (int p = 0; p < s.points.size(); ++p) {
                    const Point &point = s.points.at(p);
                    // A gap has no point, not one at zero.
                    if (point.metric && point.value.status == status)
                        points->append(xOf(p), point.value.value);
                }
                c->addSeries(points);
                points->attachAxis(periods);
                points->attachAxis(m_valueAxis);
                return points;
            };
            m_points << addPoints(MarkStatus::Observed);
            for (MarkStatus status : {MarkStatus::Projected, MarkStatus::Estimated})
                m_hollowPoints << HollowPoints{addPoints(status), s.color, s.marker, status};
        }
    }
}

QList<LegendEntry> SeriesChart::legend(bool pointsShown) const
{
    QList<LegendEntry> entries;
    QList<HonestValue> values;
    if (m_series.size() > 1) {
        for (const Series &s : m_series) {
            entries << LegendEntry{
                m_line ? LegendEntry::Line : LegendEntry::Swatch, s.label, s.color,
                m_line && pointsShown ? std::optional<MarkerShape>(s.marker) : std::nullopt};
            if (!m_line)
                entries.last().texture = s.texture;
        }
    }
    for (const Series &s : m_series) {
        for (const Point &p : s.points) {
            if (p.metric)
                values << p.value;
        }
    }
    const QColor styleColor = m_series.size() > 1 ? theme().mutedText : singleSeriesColor();
    QList<LegendEntry> styles = styleEntries(values, styleColor);
    if (m_line) {
        // A line's projected and estimated points are hollow markers, and so are their keys.
        for (LegendEntry &e : styles) {
            if (e.kind == LegendEntry::Projected || e.kind == LegendEntry::Estimated)
                e.marker = MarkerShape::Circle;
        }
    }
    return entries + styles;
}

bool qualified(const HonestValue &value)
{
    return value.open != OpenEnd::None || value.approximate || value.isRange();
}

// Whether two values are qualified alike: the same bound, both approximate or not, both ranges
// or not.
bool qualifiedAlike(const HonestValue &a, const HonestValue &b)
{
    return a.open == b.open && a.approximate == b.approximate && a.isRange() == b.isRange();
}

bool SeriesChart::labelled(int s, int p, qreal room, const QFont &font, bool dense) const
{
    const QList<Point> &points = m_series.at(s).points;
    const Point &point = points.at(p);
    if (!point.metric)
        return false;
    if (qualified(point.value)) {
        // Every mark whose value is qualified says so in its label, however crowded; on a
        // dense line, a run of values qualified alike says so once, at its last value (its
        // marks and the legend say it along the run).
        if (!dense || room >= 1e9 || p + 1 == points.size())
            return true;
        const Point &next = points.at(p + 1);
        return !next.metric || !qualifiedAlike(next.value, point.value);
    }
    return signedValue(*point.metric).size(font).width() <= room;
}

QList<bool> SeriesChart::openEndsAlong(int s, const QList<QRectF> &marks, bool dense,
                                       qreal spacing) const
{
    const QList<Point> &points = m_series.at(s).points;
    const int count = int(points.size());
    QList<bool> shown(count, false);
    const auto bound = [&](int p) {
        return points.at(p).metric && points.at(p).value.open != OpenEnd::None;
    };
    for (int p = 0; p < count; ++p) {
        if (!bound(p))
            continue;
        if (!dense) {
            shown[p] = true;
            continue;
        }
        int end = p; // the run's last point
        while (end + 1 < count && bound(end + 1) &&
               points.at(end + 1).value.open == points.at(p).value.open)
            ++end;
        const qreal from = marks.at(p).center().x();
        const qreal width = marks.at(end).center().x() - from;
        const int steps = int(width / spacing);
        if (steps == 0)
            shown[end] = true; // a run too short for two: one, where its label is
        int q = p;
        for (int i = 0; i <= steps && steps > 0; ++i) {
            // The point nearest each of steps + 1 places evenly along the run.
            const qreal x = from + width * i / steps;
            while (q < end && marks.at(q + 1).center().x() <= x)
                ++q;
            const bool nextNearer = q < end && std::abs(marks.at(q + 1).center().x() - x) <
                                                   std::abs(marks.at(q).center().x() - x);
            shown[nextNearer ? q + 1 : q] = true;
        }
        p = end;
    }
    return shown;
}

void SeriesChart::dropOverlappingLabels(Layout &l, qreal spacing) const
{
    // The last period's labels are end labels, placed already (spreadEndLabels).
    const int last = endLabelled() ? int(m_keys.size()) - 1 : -1;
    const int periods = int(m_keys.size());
    QList<QRectF> kept;
    const auto clear = [&](const QRectF &box) {
        const QRectF room = box.adjusted(-spacing, -spacing, spacing, spacing);
        return std::none_of(kept.cbegin(), kept.cend(),
                            [&](const QRectF &other) { return other.intersects(room); });
    };
    for (const QList<QRectF> &labels : std::as_const(l.labels)) {
        if (last >= 0 && !labels.at(last).isEmpty())
            kept << labels.at(last);
    }
    for (int p = 0; p < periods; ++p) {
        if (p == last)
            continue;
        for (QList<QRectF> &labels : l.labels) {
            QRectF &box = labels[p];
            if (box.isEmpty())
                continue;
            if (clear(box) && l.chartRect.contains(box))
                kept << box;
            else
                box = QRectF();
        }
    }
}

SeriesChart::Layout SeriesChart::layout(const QRectF &rect)
{
    build();
    return layoutFittingText(scaleFor(rect), [&](const Scale &scale) {
        Layout l = layoutAt(rect, scale, endLabelled());
        if (l.endLabelsDropped)
            l = layoutAt(rect, scale, false);
        return l;
    });
}

SeriesChart::Layout SeriesChart::layoutAt(const QRectF &rect, const Scale &scale, bool endLabels)
{
    Layout l;
    l.axis = scale.font(theme(), 13);
    l.value = scale.font(theme(), 13, QFont::Bold);
    l.legend = scale.font(theme(), 13);
    const qreal pad = scale.px(10);
    const qreal gap = scale.px(10);
    const QRectF area = rect.adjusted(pad, pad, -pad, -pad);
    const qreal marker = std::max<qreal>(5, scale.px(11));
    const auto [from, to] = periodRange();
    // The plot is at most the area's width.
    l.pointsShown = !m_line || m_leastStep * area.width() / (to - from) >= marker * 1.2;
    const bool dense = !l.pointsShown;
    std::tie(l.legendRect, l.chartRect) =
        legendAndChart(area, legend(l.pointsShown), l.legend, gap);

    QChart *c = scene().chart();
    c->setFont(l.axis);
    styleAxis(m_valueAxis, m_ticks, l.axis);
    m_periodAxis->setRange(from, to);
    m_periodAxis->setStartValue(from);
    m_periodAxis->setLabelsFont(l.axis);
    m_periodAxis->setLabelsColor(theme().text);
    m_periodAxis->setGridLineVisible(m_line);
    m_periodAxis->setGridLineColor(theme().grid);
    m_periodAxis->setLinePen(QPen(theme().grid, 1));
    m_periodAxis->setTruncateLabels(false);
    const qreal lineWidth = std::max<qreal>(1.5, scale.px(3));
    for (QLineSeries *line : std::as_const(m_lines)) {
        QPen pen = line->pen();
        pen.setWidthF(lineWidth);
        line->setPen(pen);
    }
    for (int s = 0; s < m_points.size(); ++s) {
        m_points.at(s)->setVisible(l.pointsShown);
        m_points.at(s)->setMarkerSize(marker * markerSizeFactor(m_series.at(s).marker));
        m_points.at(s)->setPen(QPen(theme().background, std::max<qreal>(1, scale.px(1.5))));
    }
    for (const HollowPoints &hollow : std::as_const(m_hollowPoints)) {
        hollow.points->setMarkerSize(marker * markerSizeFactor(hollow.marker));
        hollow.points->setPen(QPen(hollow.color, std::max<qreal>(1, scale.px(1.5)) * 1.3,
                                   statusPenStyle(hollow.status)));
    }
    // Room above for labels over the highest marks, on the right for a line's last labels.
    const qreal labelH = TextMetrics(l.value).height();
    qreal right = m_line ? scale.px(24) : scale.px(6);
    if (endLabelled()) {
        for (const Series &series : std::as_const(m_series)) {
            const Point &last = series.points.constLast();
            if (last.metric && (endLabels || qualified(last.value)))
                right = std::max(right, marker / 2 + endLabelGap(scale) + scale.px(4) +
                                            signedValue(*last.metric).size(l.value).width());
        }
    }
    const QMargins margins(0, int(std::ceil(labelH + scale.px(6))), int(std::ceil(right)), 0);
    // Names that would run into each other (28 quarters on a slide) name every few periods.
    // The plot is narrower than the chart: its stride is at least the chart's, which the axis
    // names before Qt Charts lays it out (a series of thousands of days is never laid out with
    // every name).
    if (const int least = labelStride(l.chartRect.width() / (to - from), l.axis);
        least > m_labelStride)
        labelEvery(least);
    l.plot = scene().layOut(l.chartRect, margins);
    const qreal perValue = (scene().position(l.chartRect, QPointF(to, 0), anchorSeries()).x() -
                            scene().position(l.chartRect, QPointF(from, 0), anchorSeries()).x()) /
                           (to - from);
    if (const int stride = labelStride(perValue, l.axis); stride != m_labelStride) {
        labelEvery(stride);
        l.plot = scene().layOut(l.chartRect, margins);
    }
    // Scale labels too tall for their steps (a small figure): wider steps.
    if (const Ticks ticks = ticksFitting(m_lo, m_hi, l.plot.height(), l.axis, Qt::Vertical);
        ticks.step != m_ticks.step) {
        styleAxis(m_valueAxis, ticks, l.axis);
        l.plot = scene().layOut(l.chartRect, margins);
    }
    // The first period's name, centred on it, reaches left of the plot when it is wider than
    // the room before it (a small figure): it then runs into the value axis's lowest label in
    // the corner. The period axis starts early enough that the name begins at the plot's edge.
    if (!m_keys.isEmpty()) {
        const qreal half = TextMetrics(l.axis).horizontalAdvance(m_periods.constFirst()) / 2;
        const qreal width = l.plot.width();
        const double first = xOf(0);
        if ((first - from) * width / (to - from) < half && width > half) {
            const double start = (first * width - half * to) / (width - half);
            m_periodAxis->setRange(start, to);
            m_periodAxis->setStartValue(start);
            l.plot = scene().layOut(l.chartRect, margins);
            // The longer axis gives each period less room: its names may need a wider stride.
            if (const int stride = labelStride(width / (to - start), l.axis);
                stride > m_labelStride) {
                labelEvery(stride);
                l.plot = scene().layOut(l.chartRect, margins);
            }
        }
    }
    l.fits = l.plot.height() >= area.height() * 0.35 && l.plot.width() >= area.width() * 0.4;

    const int periods = int(m_keys.size());
    const int n = int(m_series.size());
    QAbstractSeries *anchor = anchorSeries();
    // Qt Charts' own layout of a group: the columns of a period side by side. Column s of
    // period p from the baseline to `value`, in the chart's pixels.
    const auto column = [&](int s, int p, double value) {
        const qreal w = GroupWidth / n;
        const qreal left = p - GroupWidth / 2 + s * w;
        return QRectF(scene().position(l.chartRect, QPointF(left, 0), anchor),
                      scene().position(l.chartRect, QPointF(left + w, value), anchor))
            .normalized();
    };
    // Columns too narrow for a qualified label each (hundreds of lower bounds): as on a dense
    // line, a run of values qualified alike is labelled once, at its last, and labels that
    // would run into others are left out; every column still draws its own open end, so each
    // reads as a minimum.
    bool crowded = dense;
    if (!m_line && periods > 1) {
        const qreal slot = column(0, 1, 0).left() - column(0, 0, 0).left();
        for (const Series &series : std::as_const(m_series)) {
            for (const Point &point : series.points) {
                crowded = crowded ||
                          (point.metric && qualified(point.value) &&
                           signedValue(*point.metric).size(l.value).width() + scale.px(4) > slot);
            }
        }
    }
    for (int s = 0; s < n; ++s) {
        QList<QRectF> marks;
        QList<QRectF> labels;
        for (int p = 0; p < periods; ++p) {
            const Point &point = m_series.at(s).points.at(p);
            if (!point.metric) {
                marks << QRectF();
                labels << QRectF();
                const bool othersHaveOne =
                    std::any_of(m_series.cbegin(), m_series.cend(),
                                [&](const Series &other) { return other.points.at(p).metric; });
                if (!m_line && othersHaveOne) // the slot Qt Charts leaves empty
                    l.gapSlots << column(s, p, 0).adjusted(0, -l.plot.height() * 0.4, 0, 0);
                continue;
            }
            QRectF mark;
            qreal room = 0;
            if (!m_line) {
                mark = column(s, p, point.value.value);
                room = mark.width() + scale.px(4);
            } else {
                const QPointF at =
                    scene().position(l.chartRect, QPointF(xOf(p), point.value.value), anchor);
                mark = QRectF(at.x() - marker / 2, at.y() - marker / 2, marker, marker);
                const qreal spacing = periods > 1 ? l.plot.width() / periods : l.plot.width();
                room = n == 1 ? spacing * 0.9 : 0;
                if (endLabels && p == periods - 1)
                    room = 1e9; // the last point of each line says its value
            }
            marks << mark;
            if (!labelled(s, p, room, l.value, crowded)) {
                labels << QRectF();
                continue;
            }
            const QSizeF size = signedValue(*point.metric).size(l.value);
            const bool fall = point.value.value < 0;
            qreal extra = point.value.open == OpenEnd::Beyond ? openEndRoom(scale) : 0;
            if (point.value.high && !fall) {
                const qreal highY =
                    scene().position(l.chartRect, QPointF(xOf(p), *point.value.high), anchor).y();
                extra = std::max(extra, mark.top() - highY);
            }
            if (endLabelled() && p == periods - 1) {
                // At its line's height, right of the point (spreadEndLabels moves it apart).
                labels << QRectF(QPointF(mark.right() + endLabelGap(scale),
                                         mark.center().y() - size.height() / 2),
                                 size);
                continue;
            }
            // Centred over its mark, but right of the value axis's labels (a first point close
            // to the plot's left edge, a label wider than the room before it).
            const qreal x = std::max(mark.center().x() - size.width() / 2, l.plot.left());
            const qreal y = fall ? mark.bottom() + scale.px(3)
                                 : mark.top() - extra - scale.px(3) - size.height();
            labels << QRectF(QPointF(x, y), size);
        }
        l.openEnds << openEndsAlong(s, marks, dense, openEndSpacing(scale));
        l.marks << marks;
        l.labels << labels;
        l.leaders << QLineF();
    }
    if (endLabelled() && periods > 0)
        spreadEndLabels(l, scale);
    if (crowded)
        dropOverlappingLabels(l, scale.px(3));
    return l;
}

int SeriesChart::labelStride(qreal pixelsPerValue, const QFont &font) const
{
    const int periods = int(m_keys.size());
    if (periods < 2)
        return 1;
    const TextMetrics metrics(font);
    qreal slot = std::numeric_limits<qreal>::max();
    qreal widest = 0;
    for (int p = 0; p < periods; ++p) {
        widest = std::max(widest, metrics.horizontalAdvance(m_periods.at(p)));
        if (p > 0)
            slot = std::min(slot, (xOf(p) - xOf(p - 1)) * pixelsPerValue);
    }
    const qreal need = widest + metrics.height() * 0.6;
    // Steps a reader counts in: years in fives, tens and hundreds; months in ones, twos,
    // quarters and halves, quarters in ones and twos, then in years as years are. Periods of
    // other kinds (or with some left out): doublings, so a long series still names periods
    // across the axis.
    static const QList<int> yearSteps{1,   2,   5,   10,   20,   25,   50,   100,
                                      200, 250, 500, 1000, 2000, 2500, 5000, 10000};
    if (m_yearly || m_perYear > 0) {
        const int perYear = m_yearly ? 1 : m_perYear;
        for (const int part : {1, 2, 3, 6}) {
            if (part < perYear && perYear % part == 0 && need <= slot * part)
                return part;
        }
        for (const int years : yearSteps) {
            // Years not cut to the periods' count: with none left out, the names land on its
            // multiples (labelEvery).
            if (need <= slot * years * perYear)
                return m_perYear == 1 ? years : std::min(years * perYear, periods);
        }
        return periods;
    }
    static const QList<int> otherSteps{1, 2, 4, 8, 12, 16, 24, 32, 48, 64, 96};
    for (const int stride : otherSteps) {
        if (need <= slot * stride)
            return stride;
    }
    int stride = 128;
    while (stride < periods && need > slot * stride)
        stride *= 2;
    return std::min(stride, periods);
}

void SeriesChart::labelEvery(int stride)
{
    const QStringList named = m_periodAxis->categoriesLabels();
    for (const QString &label : named)
        m_periodAxis->remove(label);
    int p = 0;
    if (m_perYear > 0 && stride > 1) {
        // Periods a reader counts in: years that are multiples of the stride (1990, 1995, 2000
        // at five), not years counted from the first (1986, 1991); parts of a year the stride
        // divides (Jan, Apr, Jul, Oct at 3), and years of them from the first January (Q1, H1).
        // The first and last years are named only when they are such: a name of its own for
        // the first (1986 before 1990) would break the even count and come closer to the next
        // than a stride, which is all the room a name has; the description says where the
        // series starts and ends.
        const int from = m_perYear == 1 ? stride : std::min(stride, m_perYear);
        while (p < m_axisNames.size() && periodNumber(p) % from != 0)
            ++p;
        if (p == m_axisNames.size())
            p = 0; // no round period within the series: its first is named
    }
    for (; p < m_axisNames.size(); p += stride)
        m_periodAxis->append(m_axisNames.at(p), xOf(p));
    m_labelStride = stride;
}

void SeriesChart::spreadEndLabels(Layout &l, const Scale &scale) const
{
    const int last = int(m_keys.size()) - 1;
    const qreal spacing = scale.px(3);
    const qreal top = l.chartRect.top();
    const qreal bottom = l.plot.bottom();
    QList<int> labelled;
    QList<QRectF> boxes;
    const auto collect = [&] {
        labelled.clear();
        boxes.clear();
        for (int s = 0; s < l.labels.size(); ++s) {
            if (!l.labels.at(s).at(last).isEmpty()) {
                labelled << s;
                boxes << l.labels.at(s).at(last);
            }
        }
    };
    collect();
    // Too many to tell apart, or moved too far from their lines' ends to read as theirs: the
    // legend names the lines, the description gives every value; a qualified value keeps its
    // label.
    bool dropped = stackedHeight(boxes, spacing) > bottom - top;
    if (!dropped) {
        const QList<QRectF> spread = spreadVertically(boxes, spacing, top, bottom);
        for (int k = 0; k < labelled.size() && !dropped; ++k) {
            const int s = labelled.at(k);
            dropped = !qualified(m_series.at(s).points.at(last).value) &&
                      std::abs(spread.at(k).center().y() - boxes.at(k).center().y()) >
                          MostEndLabelShift * boxes.at(k).height();
        }
    }
    if (dropped) {
        for (int s : std::as_const(labelled)) {
            if (!qualified(m_series.at(s).points.at(last).value)) {
                l.labels[s][last] = QRectF();
                l.endLabelsDropped = true;
            }
        }
        collect();
        l.fits = l.fits && stackedHeight(boxes, spacing) <= bottom - top;
    }
    boxes = spreadVertically(boxes, spacing, top, bottom);
    for (int k = 0; k < labelled.size(); ++k) {
        const int s = labelled.at(k);
        const QRectF &box = boxes.at(k);
        const QRectF &mark = l.marks.at(s).at(last);
        l.labels[s][last] = box;
        if (std::abs(box.center().y() - mark.center().y()) > scale.px(2))
            l.leaders[s] = QLineF(mark.right() + scale.px(2), mark.center().y(),
                                  box.left() - scale.px(2), box.center().y());
    }
}

void SeriesChart::paintChart(QPainter &painter, const QRectF &rect)
{
    const Scale scale = scaleFor(rect);
    const Layout l = layout(rect);
    paintLegend(painter, l.legendRect, legend(l.pointsShown), l.legend, theme());
    scene().paintLaidOut(painter, l.chartRect);
    QAbstractSeries *anchor = anchorSeries();
    const qreal lineWidth = std::max<qreal>(1, scale.px(1.5));
    const QPointF zeroLeft = scene().position(l.chartRect, QPointF(m_line ? 0 : -0.5, 0), anchor);
    paintBaseline(painter, QPointF(l.plot.left(), zeroLeft.y()),
                  QPointF(l.plot.right(), zeroLeft.y()), scale);
    // A period no series has a value for says so, so nobody reads the empty slot as zero. A run
    // of such periods too close together to say it each (a small figure) says it once, centred
    // on the run.
    QFont noneFont = l.axis;
    noneFont.setItalic(true);
    const QString none = Charts::tr("no value");
    const QSizeF noneSize = textSize(noneFont, none);
    const auto emptyAt = [&](int p) {
        return std::none_of(m_series.cbegin(), m_series.cend(),
                            [&](const Series &s) { return s.points.at(p).metric; });
    };
    const auto xAt = [&](int p) {
        return scene().position(l.chartRect, QPointF(xOf(p), 0), anchor).x();
    };
    const auto paintNone = [&](qreal x) {
        drawFittedText(painter,
                       QRectF(x - noneSize.width() / 2,
                              zeroLeft.y() - noneSize.height() - scale.px(4), noneSize.width(),
                              noneSize.height()),
                       noneFont, theme().mutedText, none, Qt::AlignCenter, minTextPx());
    };
    const qreal noneRoom = noneSize.width() + noneSize.height() * 0.5;
    for (int p = 0; p < m_keys.size(); ++p) {
        if (!emptyAt(p))
            continue;
        int end = p; // the run's last period
        bool crowded = false;
        while (end + 1 < m_keys.size() && emptyAt(end + 1)) {
            crowded = crowded || xAt(end + 1) - xAt(end) < noneRoom;
            ++end;
        }
        if (crowded) {
            paintNone((xAt(p) + xAt(end)) / 2);
        } else {
            for (int q = p; q <= end; ++q)
                paintNone(xAt(q));
        }
        p = end;
    }
    // A single series' gap among columns: its empty slot says "no value", upright along it.
    for (const QRectF &slot : l.gapSlots) {
        if (noneSize.height() > slot.width() * 1.4)
            continue; // too narrow a slot to say it: the description and the legend still do
        painter.save();
        painter.translate(slot.center().x(), slot.bottom() - scale.px(4));
        painter.rotate(-90);
        drawFittedText(painter,
                       QRectF(0, -noneSize.height() / 2, std::min(noneSize.width(), slot.height()),
                              noneSize.height()),
                       noneFont, theme().mutedText, none, Qt::AlignLeft | Qt::AlignVCenter,
                       minTextPx());
        painter.restore();
    }
    for (int s = 0; s < m_series.size(); ++s) {
        const Series &series = m_series.at(s);
        const QList<bool> banded = paintRangeBands(painter, l.chartRect, s, scale.px(6));
        for (int p = 0; p < series.points.size(); ++p) {
            const Point &point = series.points.at(p);
            if (!point.metric)
                continue;
            const QRectF &mark = l.marks.at(s).at(p);
            const bool fall = point.value.value < 0;
            const QPointF away(0, fall ? 1 : -1);
            QPainterPath path;
            if (m_line)
                path = markerPath(series.marker, mark);
            else
                path.addRect(mark);
            if (!m_line) {
                if (point.value.open == OpenEnd::TowardsZero) {
                    // At most this: the column fades towards zero.
                    QLinearGradient g(fall ? mark.topLeft() : mark.bottomLeft(),
                                      fall ? mark.bottomLeft() : mark.topLeft());
                    QColor faint = statusFill(series.color, point.value.status, theme());
                    faint.setAlphaF(0.12);
                    g.setColorAt(0, faint);
                    g.setColorAt(1, statusFill(series.color, point.value.status, theme()));
                    painter.fillRect(mark, theme().background);
                    painter.fillRect(mark, g);
                }
                paintMarkTexture(painter, path, series.texture,
                                 statusFill(series.color, point.value.status, theme()), scale);
                if (point.value.derived)
                    paintDerived(painter, path, scale);
                paintStatusOutline(painter, mark, series.color, point.value.status, lineWidth);
            }
            const QPointF end = m_line
                                    ? mark.center()
                                    : QPointF(mark.center().x(), fall ? mark.bottom() : mark.top());
            const qreal thickness = m_line ? mark.width() * 0.7 : mark.width();
            const bool openEnd = l.openEnds.at(s).at(p);
            // A line's open end starts at its marker's edge, or at the line's where no markers
            // are drawn (a dense line).
            const qreal start = !m_line ? 0 : l.pointsShown ? mark.height() / 2 : scale.px(1.5);
            if (openEnd && point.value.open == OpenEnd::Beyond)
                paintOpenEnd(painter, end + away * start, away, thickness, openEndRoom(scale),
                             series.color, theme());
            if (m_line && openEnd && point.value.open == OpenEnd::TowardsZero)
                paintOpenEnd(painter, end - away * start, -away, thickness, openEndRoom(scale),
                             series.color, theme());
            if (point.value.isRange() && !banded.at(p)) {
                paintInterval(
                    painter,
                    scene().position(l.chartRect, QPointF(xOf(p), *point.value.low), anchor),
                    scene().position(l.chartRect, QPointF(xOf(p), *point.value.high), anchor),
                    std::min(mark.width(), scale.px(14)), theme().text, lineWidth);
            }
            const QRectF &label = l.labels.at(s).at(p);
            if (!label.isEmpty() && p == series.points.size() - 1 && !l.leaders.at(s).isNull()) {
                painter.save();
                painter.setPen(QPen(series.color, lineWidth));
                painter.drawLine(l.leaders.at(s));
                painter.restore();
            }
            if (!label.isEmpty())
                signedValue(*point.metric)
                    .paint(painter, label, l.value, theme().text, Qt::AlignLeft | Qt::AlignVCenter);
            if (isHighlighted(point.metric->id))
                paintHighlight(painter, path, theme(), scale);
        }
    }
}

QList<bool> SeriesChart::paintRangeBands(QPainter &painter, const QRectF &chartRect, int s,
                                         qreal minGap)
{
    const QList<Point> &points = m_series.at(s).points;
    const int count = int(points.size());
    QList<bool> banded(count, false);
    QAbstractSeries *anchor = anchorSeries();
    const auto at = [&](int p, double value) {
        return scene().position(chartRect, QPointF(xOf(p), value), anchor);
    };
    const auto ranged = [&](int p) { return points.at(p).metric && points.at(p).value.isRange(); };
    for (int p = 0; p < count; ++p) {
        if (!ranged(p))
            continue;
        int end = p; // the run's last point
        while (end + 1 < count && ranged(end + 1) && at(end + 1, 0).x() - at(end, 0).x() < minGap)
            ++end;
        if (end > p) {
            QPolygonF band;
            for (int q = p; q <= end; ++q)
                band << at(q, *points.at(q).value.high);
            for (int q = end; q >= p; --q)
                band << at(q, *points.at(q).value.low);
            QColor fill = m_series.at(s).color;
            fill.setAlphaF(0.3);
            painter.save();
            painter.setPen(Qt::NoPen);
            painter.setBrush(fill);
            painter.drawPolygon(band);
            painter.restore();
            for (int q = p; q <= end; ++q)
                banded[q] = true;
        }
        p = end;
    }
    return banded;
}

QList<ChartBase::Mark> SeriesChart::marks(const QRectF &rect)
{
    const Layout l = layout(rect);
    const Scale scale = scaleFor(rect);
    QList<Mark> result;
    for (int s = 0; s < m_series.size(); ++s) {
        for (int p = 0; p < m_series.at(s).points.size(); ++p) {
            const Point &point = m_series.at(s).points.at(p);
            if (!point.metric)
                continue; // a gap: nothing there to point at
            QRectF r = l.marks.at(s).at(p);
            // Small marks get a little more room to be pointed at, and their label counts.
            const qreal grow = m_line ? scale.px(6) : scale.px(2);
            r.adjust(-grow, -grow, grow, grow);
            QPainterPath path;
            path.addRect(r);
            if (!l.labels.at(s).at(p).isEmpty())
                path.addRect(l.labels.at(s).at(p));
            path.setFillRule(Qt::WindingFill);
            result << Mark{point.metric->id, path};
        }
    }
    return result;
}

QString SeriesChart::descriptionIntro() const
{
    QStringList gaps;
    for (const Series &s : m_series) {
        for (int p = 0; p < s.points.size(); ++p) {
            if (!s.points.at(p).metric)
                gaps << (s.label.isEmpty() ? m_periods.at(p)
                                           : Charts::tr("%1 in %2").arg(s.label, m_periods.at(p)));
        }
    }
    const QString range =
        m_periods.isEmpty()
            ? QString()
            : Charts::tr("from %1 to %2").arg(m_periods.constFirst(), m_periods.constLast());
    QString intro = m_line ? Charts::tr("%1 over time as a line, %2.").arg(measureText(), range)
                           : Charts::tr("%1 over time as columns, %2.").arg(measureText(), range);
    if (m_series.size() > 1) {
        QStringList labels;
        for (const Series &s : m_series)
            labels << s.label;
        intro += QLatin1Char(' ') + Charts::tr("Series: %1.").arg(labels.join(Charts::tr(", ")));
    }
    if (!gaps.isEmpty())
        intro +=
            QLatin1Char(' ') +
            Charts::tr("No value for %1 (a gap, not a zero).").arg(gaps.join(Charts::tr("; ")));
    return intro;
}

} // namespace

std::unique_ptr<FigureChart> createSeriesChart(const Report &report, const Figure &figure,
                                               const ChartOptions &options)
{
    return std::make_unique<SeriesChart>(report, figure, options);
}

} // namespace Figdeck

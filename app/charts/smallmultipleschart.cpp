// SPDX-License-Identifier: GPL-3.0-or-later
// Small multiples: values of different kinds ("task-completion rate", "reduction in
// misdiagnosis rates") each in a panel of its own with its own scale, never on one shared axis.
// Pure QPainter.

#include "chartbase.h"
#include "chartkinds.h"

#include <QLinearGradient>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace Figdeck {

namespace {

using namespace ChartPaint;

class SmallMultiplesChart final : public ChartBase
{
public:
    using ChartBase::ChartBase;
    QSizeF preferredSize() const override { return {960, 480}; }

protected:
    void paintChart(QPainter &painter, const QRectF &rect) override;
    QList<Mark> marks(const QRectF &rect) override;
    QString descriptionIntro() const override;

private:
    struct Panel
    {
        const Metric *metric = nullptr;
        QColor color;
        QRectF rect;
        QRectF heading;
        QRectF context;
        QRectF value;
        QRectF track; // empty when the value has no gauge (not a percentage)
        QRectF scaleLabels;
        QRectF footer;
        double scaleMax = 100;
    };
    struct Layout
    {
        QList<Panel> panels;
        QRectF note;
        QFont headingFont;
        QFont contextFont;
        QFont valueFont;
        QFont smallFont;
        qreal radius = 0;
        bool fits = false; // headings, contexts and note in their lines, values the largest
        bool contexts = true;
        int notDrawn = 0; // panels left out, counted in `more` under the grid
        QRectF more;
    };
    // What a small chart area may give up to keep its text at the floor: the grid's shape, the
    // 0% and 100% under a rate's gauge (the track is the whole scale), the label under each
    // heading. Never a value or its qualifier, never the note.
    struct Variant
    {
        int columns = 0; // 0: the grid whose cells are closest to the panels' shape
        bool scaleLabels = true;
        bool contexts = true;
        int shown = -1; // the first panels drawn (-1: all)
    };

    Layout layout(const QRectF &rect) const;
    // Fewer panels, the first ones, when every variant leaves text too small to read.
    Layout withFewerPanels(const QRectF &rect, const Scale &full) const;
    Layout layoutAt(const QRectF &rect, const Scale &scale, const Variant &variant) const;
    QString headingOf(const Metric &metric) const;
    QString contextOf(const Metric &metric) const;
    QString noteText() const;
    // The figure's metrics, in time order when every one has a date.
    QList<const Metric *> panelMetrics() const;
    // One colour for panels of one series (one label, or one measure over dates), else each
    // label's colour of the report.
    QList<QColor> panelColors(const QList<const Metric *> &panels) const;
    static QPainterPath panelShape(const Panel &panel, qreal radius);
    static double percentScaleMax(const Metric &metric);
};

// Rates end at 100%; a rise beyond it gets a scale of its own, with room for the open end of a
// lower bound. A lower bound at the scale's end ("> 100%") gets the room its open end needs.
double SmallMultiplesChart::percentScaleMax(const Metric &metric)
{
    const bool lower = isLowerBound(metric);
    const double headroom = lower ? 1.25 : 1.0;
    return metric.value < 100 || (metric.value == 100 && !lower)
               ? 100
               : std::ceil(metric.value * headroom / 50) * 50;
}

QString SmallMultiplesChart::headingOf(const Metric &metric) const
{
    QString heading = text(metric.measure);
    if (heading.isEmpty())
        heading = text(metric.unit.is(UnitKind::Count) ? metric.noun : metric.label);
    if (!heading.isEmpty())
        heading[0] = heading.at(0).toUpper();
    return heading;
}

// The metric's label under the heading, unless the heading already is the label.
QString SmallMultiplesChart::contextOf(const Metric &metric) const
{
    const QString label = text(metric.label);
    return headingOf(metric).compare(label, Qt::CaseInsensitive) == 0 ? QString() : label;
}

QString SmallMultiplesChart::noteText() const
{
    if (figure().comparable)
        return {};
    return Charts::tr("Each panel has its own scale: these values measure different things and "
                      "are not comparable.");
}

QList<const Metric *> SmallMultiplesChart::panelMetrics() const
{
    QList<const Metric *> all = metrics();
    const bool dated = std::all_of(all.cbegin(), all.cend(),
                                   [](const Metric *m) { return dateKey(*m).has_value(); });
    if (dated && all.size() > 1) {
        std::stable_sort(all.begin(), all.end(), [](const Metric *a, const Metric *b) {
            return *dateKey(*a) < *dateKey(*b);
        });
    }
    return all;
}

QList<QColor> SmallMultiplesChart::panelColors(const QList<const Metric *> &panels) const
{
    QStringList labels;
    for (const Metric *m : panels)
        labels << text(m->label);
    if (panels.isEmpty())
        return {};
    const Metric &first = *panels.constFirst();
    const bool oneSeries = std::all_of(panels.cbegin(), panels.cend(), [&](const Metric *m) {
        return text(m->label) == labels.constFirst() ||
               (m->unit == first.unit && text(m->measure) == text(first.measure) &&
                !text(first.measure).isEmpty() && dateKey(*m).has_value());
    });
    if (oneSeries)
        return QList<QColor>(panels.size(), labelColorsFor({labels.constFirst()}).constFirst());
    return labelColorsFor(labels);
}

// With a text floor (the window), a chart area too small for every text at the floor draws
// its panels in another grid, then without the scale labels of 0-100% gauges, then without
// the labels under the headings (the data table and the description keep them), before its
// text goes under the floor.
SmallMultiplesChart::Layout SmallMultiplesChart::layout(const QRectF &rect) const
{
    const Scale full = scaleFor(rect);
    if (full.hasTextFloor()) {
        const Scale atFloor = full.smallestText();
        // Every grid shape for a few panels; past that, the usual one only (bounded work).
        constexpr int MostColumnsTried = 6;
        const int panels = int(metrics().size());
        QList<int> columns = {0};
        for (int c = 1; panels <= MostColumnsTried && c <= panels; ++c)
            columns << c;
        for (const bool contexts : {true, false}) {
            for (const bool scaleLabels : {true, false}) {
                if (!contexts && scaleLabels)
                    continue; // the scale labels go before the contexts do
                for (const int c : std::as_const(columns)) {
                    const Variant variant{c, scaleLabels, contexts};
                    if (layoutAt(rect, atFloor, variant).fits)
                        return layoutFittingText(full, [&](const Scale &scale) {
                            return layoutAt(rect, scale, variant);
                        });
                }
            }
        }
    }
    Layout l =
        layoutFittingText(full, [&](const Scale &scale) { return layoutAt(rect, scale, {}); });
    if (!l.fits && l.panels.size() > 2)
        return withFewerPanels(rect, full);
    return l;
}

SmallMultiplesChart::Layout SmallMultiplesChart::withFewerPanels(const QRectF &rect,
                                                                 const Scale &full) const
{
    // Whether a variant fits at some text step, keeping any text floor.
    const auto fits = [&](const Variant &variant) {
        for (int step = 0; step <= Scale::SmallestTextStep; ++step) {
            if (layoutAt(rect, full.textShrunk(Scale::textRatio(step)), variant).fits)
                return true;
        }
        return false;
    };
    // The most of the first panels that fit with the labels under their headings (which say
    // what each value is), by halving: fewer panels never need more room, and the work stays
    // bounded for a pack of thousands. Only when not even one fits, without those labels.
    constexpr int MostPanels = 48;
    for (const bool contexts : {true, false}) {
        Variant best;
        best.contexts = contexts;
        best.scaleLabels = contexts;
        best.shown = 0;
        int lo = 1;
        int hi = std::min(int(metrics().size()) - 1, MostPanels);
        while (lo <= hi) {
            Variant variant = best;
            variant.shown = (lo + hi) / 2;
            if (fits(variant)) {
                best = variant;
                lo = variant.shown + 1;
            } else {
                hi = variant.shown - 1;
            }
        }
        if (best.shown > 0) {
            return layoutFittingText(
                full, [&](const Scale &scale) { return layoutAt(rect, scale, best); });
        }
    }
    Variant one;
    one.shown = 1;
    return layoutFittingText(full, [&](const Scale &scale) { return layoutAt(rect, scale, one); });
}

SmallMultiplesChart::Layout SmallMultiplesChart::layoutAt(const QRectF &rect, const Scale &scale,
                                                          const Variant &variant) const
{
    Layout l;
    l.headingFont = scale.font(theme(), 18, QFont::Bold);
    l.contextFont = scale.font(theme(), 13);
    l.valueFont = scale.font(theme(), 58, QFont::Bold);
    l.smallFont = scale.font(theme(), 12);
    l.radius = scale.px(10);
    l.contexts = variant.contexts;

    QRectF area = rect.adjusted(scale.px(10), scale.px(10), -scale.px(10), -scale.px(10));
    const QString note = noteText();
    const qreal noteHeight =
        note.isEmpty() ? 0 : wrappedSizeWithin(l.contextFont, note, area.size()).height();
    constexpr int NoteLines = 2;
    bool textFits = noteHeight <= TextMetrics(l.contextFont).lineSpacing() * NoteLines + 0.5;
    const qreal noteGap = note.isEmpty() ? 0 : scale.px(10);
    area.setBottom(area.bottom() - noteHeight - noteGap);

    QList<const Metric *> all = panelMetrics();
    QList<QColor> colors = panelColors(all); // of every panel: a panel's colour never changes
    if (variant.shown >= 0 && variant.shown < all.size()) {
        l.notDrawn = int(all.size()) - variant.shown;
        all.resize(variant.shown);
        colors.resize(variant.shown);
        // A line under the panels counts the rest.
        const qreal line = TextMetrics(l.contextFont).lineSpacing() * 1.4;
        l.more = QRectF(area.left(), area.bottom() - line, area.width(), line);
        area.setBottom(l.more.top() - scale.px(6));
    }
    const qreal gap = scale.px(14);
    const int columns =
        variant.columns > 0 ? variant.columns : gridColumns(area.size(), int(all.size()), gap, 0.9);
    QList<QRectF> cells = gridCells(area, int(all.size()), columns, gap, 0.6);
    // Panels kept from stretching are centred together with the note below them.
    if (!cells.isEmpty() && cells.constLast().bottom() < area.bottom() - 1) {
        const qreal shift =
            std::min((noteHeight + noteGap) / 2, area.bottom() - cells.constLast().bottom());
        for (QRectF &cell : cells)
            cell.translate(0, shift);
    }
    const qreal pad = scale.px(16);
    const qreal spacing = scale.px(8);
    const TextMetrics smallMetrics(l.smallFont);
    const qreal trackHeight = scale.px(24);
    const qreal innerWidth = cells.isEmpty() ? 0 : cells.constFirst().width() - 2 * pad;

    // Headings, context lines and footers take the same room in every panel, so the values
    // and gauges line up across the row.
    QStringList headings;
    QStringList contexts;
    bool anyFootnote = false;
    for (const Metric *m : all) {
        headings << headingOf(*m);
        contexts << (variant.contexts ? contextOf(*m) : QString());
        anyFootnote = anyFootnote || !footnoteOf(*m).isEmpty();
        const QFont fitted = signedValue(*m).fitWidth(l.valueFont, innerWidth);
        if (fitted.pixelSize() < l.valueFont.pixelSize())
            l.valueFont = fitted;
    }
    constexpr int HeadingLines = 3;
    constexpr int ContextLines = 4;
    const qreal headingNeeds =
        commonTextHeight(l.headingFont, headings, innerWidth, HeadingLines + 1);
    const qreal contextNeeds =
        commonTextHeight(l.contextFont, contexts, innerWidth, ContextLines + 1);
    const qreal headingHeight =
        std::min(headingNeeds, TextMetrics(l.headingFont).lineSpacing() * HeadingLines);
    const qreal contextHeight =
        std::min(contextNeeds, TextMetrics(l.contextFont).lineSpacing() * ContextLines);
    textFits =
        textFits && headingNeeds <= headingHeight + 0.5 && contextNeeds <= contextHeight + 0.5;
    const qreal footerHeight = anyFootnote ? smallMetrics.height() : 0;
    const qreal scaleLabelsHeight = variant.scaleLabels ? scale.px(4) + smallMetrics.height() : 0;

    for (int i = 0; i < all.size(); ++i) {
        Panel p;
        p.metric = all.at(i);
        p.color = colors.at(i);
        p.rect = cells.at(i);
        const QRectF inner = p.rect.adjusted(pad, pad, -pad, -pad);
        p.heading = QRectF(inner.topLeft(), QSizeF(inner.width(), headingHeight));
        p.context =
            QRectF(inner.left(), p.heading.bottom() + spacing * 0.5, inner.width(), contextHeight);
        p.footer = QRectF(inner.left(), inner.bottom() - footerHeight, inner.width(), footerHeight);
        // The value with its gauge below as one group, a little above the middle of the room.
        const qreal top = p.context.bottom() + spacing;
        const qreal bottom = p.footer.top() - (anyFootnote ? spacing : 0);
        // Only rates on a scale of 0-100% give up their scale labels.
        const bool percent = p.metric->unit.is(UnitKind::Percent);
        const double scaleMax = percent ? percentScaleMax(*p.metric) : 100;
        const qreal labelsHeight =
            percent && scaleMax > 100 ? scale.px(4) + smallMetrics.height() : scaleLabelsHeight;
        const qreal gaugeHeight = trackHeight + labelsHeight;
        const qreal room = std::max<qreal>(0, bottom - top - gaugeHeight - spacing);
        const qreal valueHeight = std::min(room, TextMetrics(l.valueFont).height());
        qreal y = top + std::max<qreal>(0, (room - valueHeight) * 0.45);
        p.value = QRectF(inner.left(), y, inner.width(), valueHeight);
        y = p.value.bottom() + spacing;
        if (percent) {
            p.scaleMax = scaleMax;
            p.track = QRectF(inner.left(), y, inner.width(), trackHeight);
            if (labelsHeight > 0)
                p.scaleLabels = QRectF(inner.left(), p.track.bottom() + scale.px(4), inner.width(),
                                       smallMetrics.height());
        }
        l.panels << p;
    }
    // The count of the panels left out right under the panels (which may be centred, not
    // stretched), and the note under both: the note once went right under the panels, over the
    // count.
    qreal below = cells.isEmpty() ? area.bottom() : cells.constLast().bottom();
    if (!l.more.isEmpty()) {
        l.more.moveTop(below + scale.px(6));
        below = l.more.bottom();
    }
    if (!note.isEmpty() && !cells.isEmpty())
        l.note = QRectF(area.left(), below + noteGap, area.width(), noteHeight);
    // One value size for all panels, small enough for the shortest room: at this layout's text
    // floor, which is below the chart's when the chart gave way (a value kept at the chart's
    // floor in a panel of 160 x 160 figure ran over the label above it).
    for (const Panel &p : std::as_const(l.panels)) {
        const QFont byHeight = fitFont(l.valueFont, signedValue(*p.metric).text, p.value.size(), 0,
                                       int(std::ceil(scale.minTextPixelSize() - 1e-9)));
        if (byHeight.pixelSize() < l.valueFont.pixelSize())
            l.valueFont = byHeight;
    }
    // The value stays the panel's largest text by a clear margin.
    l.fits = textFits && l.valueFont.pixelSize() >= l.headingFont.pixelSize() * 1.5;
    return l;
}

QPainterPath SmallMultiplesChart::panelShape(const Panel &panel, qreal radius)
{
    QPainterPath path;
    path.addRoundedRect(panel.rect, radius, radius);
    return path;
}

void SmallMultiplesChart::paintChart(QPainter &painter, const QRectF &rect)
{
    const Scale scale = scaleFor(rect);
    const Layout l = layout(rect);
    for (const Panel &p : l.panels) {
        const QPainterPath shape = panelShape(p, l.radius);
        painter.setPen(QPen(theme().grid, std::max<qreal>(1, scale.px(1))));
        painter.setBrush(theme().surface);
        painter.drawPath(shape);
        // A strip in the panel's colour ties heading and gauge together.
        painter.setPen(Qt::NoPen);
        painter.setBrush(p.color);
        painter.drawRect(QRectF(p.rect.left() + l.radius, p.rect.top(),
                                p.rect.width() - 2 * l.radius, scale.px(4)));

        drawFittedText(painter, p.heading, l.headingFont, theme().text, headingOf(*p.metric),
                       Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, minTextPx());
        if (l.contexts)
            drawFittedText(painter, p.context, l.contextFont, theme().mutedText,
                           contextOf(*p.metric), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                           minTextPx());
        signedValue(*p.metric).paint(painter, p.value, l.valueFont, theme().text,
                                     Qt::AlignLeft | Qt::AlignVCenter);
        if (!p.track.isEmpty()) {
            // The whole scale as an empty track: the bar shows how much of it the value takes.
            painter.setPen(QPen(theme().grid, std::max<qreal>(1, scale.px(1))));
            painter.setBrush(theme().background);
            painter.drawRect(p.track);
            const qreal x = p.track.left() +
                            p.track.width() * std::clamp(p.metric->value / p.scaleMax, 0.0, 1.0);
            const QRectF bar(p.track.topLeft(), QPointF(x, p.track.bottom()));
            // A rate cannot pass its scale's end: the open end fades out at most up to there.
            const qreal fade = std::min(openEndLength(p.track.height()), p.track.right() - x);
            const HonestValue value = honestValue(*p.metric);
            const QColor fill = statusFill(p.color, value.status, theme());
            if (value.open == OpenEnd::TowardsZero) {
                // At most this: the bar fades towards zero.
                QLinearGradient g(bar.topLeft(), bar.topRight());
                QColor faint = fill;
                faint.setAlphaF(0.12);
                g.setColorAt(0, faint);
                g.setColorAt(1, fill);
                painter.fillRect(bar, g);
            } else {
                paintBar(painter, bar, fill, value.open == OpenEnd::Beyond, fade,
                         readableOn(fill, theme()));
            }
            paintStatusOutline(painter, bar, p.color, value.status,
                               std::max<qreal>(1, scale.px(1.5)));
            if (value.derived) {
                QPainterPath area;
                area.addRect(bar);
                paintDerived(painter, area, scale);
            }
            if (!p.scaleLabels.isEmpty()) {
                drawFittedText(painter, p.scaleLabels, l.smallFont, theme().mutedText,
                               percentText(0), Qt::AlignLeft | Qt::AlignVCenter, minTextPx());
                drawFittedText(painter, p.scaleLabels, l.smallFont, theme().mutedText,
                               percentText(p.scaleMax), Qt::AlignRight | Qt::AlignVCenter,
                               minTextPx());
            }
        }
        drawFittedText(painter, p.footer, l.smallFont, theme().mutedText, footnoteOf(*p.metric),
                       Qt::AlignLeft | Qt::AlignVCenter, minTextPx());
        if (isHighlighted(p.metric->id))
            paintHighlight(painter, shape, theme(), scale);
    }
    if (!l.more.isEmpty())
        paintMoreLine(painter, l.more, l.contextFont, l.notDrawn);
    if (!l.note.isEmpty()) {
        QFont noteFont = l.contextFont;
        noteFont.setItalic(true);
        drawFittedText(painter, l.note, noteFont, theme().mutedText, noteText(),
                       Qt::AlignHCenter | Qt::AlignVCenter | Qt::TextWordWrap, minTextPx());
    }
}

QList<ChartBase::Mark> SmallMultiplesChart::marks(const QRectF &rect)
{
    const Layout l = layout(rect);
    QList<Mark> result;
    for (const Panel &p : l.panels)
        result << Mark{p.metric->id, panelShape(p, l.radius)};
    return result;
}

QString SmallMultiplesChart::descriptionIntro() const
{
    if (figure().comparable)
        return Charts::tr("One panel per value, each on its own scale.");
    return Charts::tr("One panel per value, each on its own scale; the values measure different "
                      "things and are not comparable.");
}

} // namespace

std::unique_ptr<FigureChart> createSmallMultiplesChart(const Report &report, const Figure &figure,
                                                       const ChartOptions &options)
{
    return std::make_unique<SmallMultiplesChart>(report, figure, options);
}

} // namespace Figdeck

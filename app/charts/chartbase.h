// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What every chart kind shares: the copied report and figure, highlighting, the background,
// hit testing over a list of mark shapes, and the generated text alternative. Internal to
// figdeck_charts; the rest of the app sees only FigureChart.

#include "chartpaint.h"
#include "figurechart.h"
#include "honestmarks.h"

#include <QCoreApplication>
#include <QList>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <optional>

namespace Figdeck {

// Translation context of every user-visible string of the charts: "Figdeck::Charts".
class Charts
{
    Q_DECLARE_TR_FUNCTIONS(Figdeck::Charts)
};

class ChartBase : public FigureChart
{
public:
    ChartBase(const Report &report, const Figure &figure, const ChartOptions &options);

    void paint(QPainter &painter, const QRectF &rect) final;
    QString markAt(const QRectF &rect, const QPointF &pos) final;
    void setHighlightedMarks(const QStringList &metricIds) final;
    QStringList highlightedMarks() const final;
    void setFrameTextPixelSize(qreal pixelSize) final;
    QString accessibleDescription() const final;

protected:
    // A hit region of a mark; later marks lie on top of earlier ones.
    struct Mark
    {
        QString metricId;
        QPainterPath shape;
    };

    // Paints the marks into rect; the background is already filled (unless transparent).
    virtual void paintChart(QPainter &painter, const QRectF &rect) = 0;
    // The hit regions for a chart painted into rect, from the same layout paintChart uses.
    virtual QList<Mark> marks(const QRectF &rect) = 0;
    // The first sentence of the text alternative after the title: what is drawn and how.
    virtual QString descriptionIntro() const = 0;

    const Report &report() const { return m_report; }
    const Figure &figure() const { return m_figure; }
    const ChartOptions &options() const { return m_options; }
    const Theme &theme() const { return m_options.theme; }

    // The scale of a chart painted into rect (lengths from the rect, text from the frame).
    ChartPaint::Scale scaleFor(const QRectF &rect) const
    {
        return ChartPaint::Scale(rect, m_options.frameTextPixelSize, m_options.minTextPixelSize);
    }
    // The smallest pixel size text may be fitted down to (ChartOptions::minTextPixelSize).
    int minTextPx() const
    {
        return std::max(ChartPaint::Scale::MinPixelSize,
                        int(std::ceil(m_options.minTextPixelSize - 1e-9)));
    }
    QString text(const Text &t) const { return t.text(m_options.language); }
    ChartPaint::SignedText signedValue(const Metric &metric) const;
    bool isHighlighted(const QString &metricId) const { return m_highlighted.contains(metricId); }

    // The figure's metrics in order (unknown ids skipped).
    QList<const Metric *> metrics() const;
    // The parts of the figure's share group in drawing order, or its metrics without one.
    QList<const Metric *> shareParts() const;
    // What 100% stands for: "companies in the core industry"; empty when unknown.
    QString shareWhole() const;
    double shareTotal() const;

    // The small print under a value: its period and, when derived, how ("end of 2025 ·
    // derived: 100 - 75"); empty when there is neither.
    // With withStatus, a projected or estimated value says so first ("projected · 2030").
    QString footnoteOf(const Metric &metric, bool withStatus = true) const;

    static bool isLowerBound(const Metric &metric);
    // A plain percentage as format.h writes it: "25%".
    static QString percentText(double value);
    // What a chart that leaves numbers out (more than its rect holds) says in their place:
    // "+ 70 more in the data table".
    static QString moreInTheDataTable(int notDrawn);
    // That line, on one line of box in font (nothing when none is left out).
    void paintMoreLine(QPainter &painter, const QRectF &box, const QFont &font, int notDrawn) const;

    // A part of a share group as drawn: stated parts in the colour and texture of their
    // label's palette slot (LabelColors::partSlots), derived ones in the theme's derived colour
    // (and hatched), and what an incomplete group leaves uncovered.
    struct Part
    {
        const Metric *metric = nullptr; // null: the part the source does not cover
        double value = 0;
        QColor color;
        FillTexture texture = FillTexture::Solid; // over its colour, as a column's
        bool derived() const { return metric && metric->origin == Origin::Derived; }
        bool openEnded() const { return metric && isLowerBound(*metric); }
    };
    QList<Part> parts() const;
    ChartPaint::PartLabel partLabel(const Part &part) const;
    // What the parts are shares of: "Shares of companies in the core industry".
    QString wholeText() const;
    void paintDerived(QPainter &painter, const QPainterPath &area,
                      const ChartPaint::Scale &scale) const;
    // A part's texture over the area it was filled in (nothing for a solid one).
    void paintPartTexture(QPainter &painter, const QPainterPath &area, const Part &part,
                          const ChartPaint::Scale &scale) const
    {
        ChartPaint::paintMarkTexture(painter, area, part.texture, part.color, scale);
    }

    // The report's label colours (one colour per label across its figures).
    const LabelColors &labelColors() const;
    QList<QColor> labelColorsFor(const QStringList &labels) const
    {
        return labelColors().colors(labels, theme());
    }

private:
    mutable std::optional<LabelColors> m_labelColors;
    Report m_report;
    Figure m_figure;
    ChartOptions m_options;
    QStringList m_highlighted;
    // Hit regions of the last rect asked about (hover asks many times for one rect).
    QRectF m_marksRect;
    QList<Mark> m_marks;
};

} // namespace Figdeck

// SPDX-License-Identifier: GPL-3.0-or-later
// paintFigure(): the layouts of an exported figure (chart only, slide, narrative).
#include "figurepainter.h"
#include "figureexport.h"

#include "credit.h"
#include "exportstrings.h"
#include "textcolumn.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace Figdeck {

using ExportText::TextColumn;
using ExportText::TextSpec;

QString sourceLine(const Report &report)
{
    return reportCredit(report);
}

QString sourceLine(const Report &report, const Figure &figure)
{
    return figureCredit(report, figure);
}

QString caveatNote(const Figure &figure, int index)
{
    if (index < 0 || index >= figure.caveats.size())
        return {};
    return caveatSign(index) + QLatin1Char(' ') + figure.caveats.at(index).text.text();
}

namespace {

// Every layout is designed on a 1280 x 720 canvas; other sizes scale it uniformly, so a
// 1920 x 1080 figure is exactly a 1280 x 720 one at 1.5 times the size.
constexpr qreal CanvasWidth = 1280;
constexpr qreal CanvasHeight = 720;
constexpr qreal MinCanvasWidth = 900;
// Narrower canvases than this put the narrative's findings under the chart, not beside it.
constexpr qreal SideBySideAspect = 1.3;

// Canvas lengths (at factor 1; the fitting pass may scale text down to MinTextFactor).
constexpr qreal SideMargin = 56;
constexpr qreal TopMargin = 44;
constexpr qreal BottomMargin = 30;
constexpr qreal Gap = 22;
constexpr qreal TitlePx = 40;
constexpr qreal SubtitlePx = 24;
constexpr qreal NotePx = 17;
constexpr qreal SourcePx = 15;
constexpr qreal FindingsHeadingPx = 24;
constexpr qreal FindingPx = 20;
constexpr qreal MinTextFactor = 0.5;
constexpr qreal ChartOnlyPadding = 24;
// The chart keeps at least this share of the canvas height while the frame's text shrinks.
constexpr qreal MinChartShare = 0.42;
// A frame is one canvas: a pack's text beyond what it can hold is elided, and the notes and
// findings past these counts are summed up in one line (the printed summary lists them all).
// Each layout attempt of the frame then costs a bounded number of lines, whatever the pack
// holds (a 10,000-character subtitle and 10,000 caveats took seconds per figure, and left the
// chart no room at all).
constexpr int TitleLines = 3;
constexpr int SubtitleLines = 3;
constexpr int NoteLines = 3;
constexpr int SourceLines = 4;
constexpr int FindingLines = 6;
constexpr int MaxFrameNotes = 12;
constexpr int MaxFrameFindings = 12;

QList<TextSpec> headerSpecs(const Theme &theme, const Figure &figure)
{
    QList<TextSpec> specs;
    TextSpec title;
    title.text = figure.title.text();
    title.pixelSize = TitlePx;
    title.weight = QFont::Bold;
    title.color = theme.text;
    title.spaceAfter = 8;
    title.maxLines = TitleLines;
    specs << title;
    if (!figure.subtitle.isEmpty()) {
        TextSpec subtitle;
        subtitle.text = figure.subtitle.text();
        subtitle.pixelSize = SubtitlePx;
        subtitle.color = theme.mutedText;
        subtitle.maxLines = SubtitleLines;
        specs << subtitle;
    }
    return specs;
}

QList<TextSpec> footerSpecs(const Theme &theme, const Report &report, const Figure &figure)
{
    QList<TextSpec> specs;
    const int notes = int(std::min<qsizetype>(figure.caveats.size(), MaxFrameNotes));
    for (int i = 0; i < notes; ++i) {
        TextSpec note;
        note.marker = caveatSign(i);
        note.text = figure.caveats.at(i).text.text();
        note.pixelSize = NotePx;
        note.color = theme.text;
        note.spaceAfter = 4;
        note.maxLines = NoteLines;
        specs << note;
    }
    if (notes < figure.caveats.size()) {
        TextSpec more;
        more.text = Export::tr("… and %n more caveats (%1 to %2), listed in the printed summary.",
                               nullptr, int(figure.caveats.size() - notes))
                        .arg(caveatSign(notes), caveatSign(int(figure.caveats.size() - 1)));
        more.pixelSize = NotePx;
        more.color = theme.mutedText;
        more.spaceAfter = 4;
        more.maxLines = NoteLines;
        specs << more;
    }
    if (!specs.isEmpty())
        specs.last().spaceAfter = 10;
    // The credit wraps to SourceLines lines (a source's title may be a pack's longest text).
    TextSpec source;
    source.text = sourceLine(report, figure);
    if (source.text.isEmpty()) // a figure without numbers credits no one
        return specs;
    source.pixelSize = SourcePx;
    source.color = theme.mutedText;
    source.maxLines = SourceLines;
    specs << source;
    return specs;
}

QList<TextSpec> findingSpecs(const Theme &theme, const Figure &figure)
{
    QList<TextSpec> specs;
    TextSpec heading;
    heading.text = Export::tr("Key findings");
    heading.pixelSize = FindingsHeadingPx;
    heading.weight = QFont::Bold;
    heading.color = theme.text;
    heading.spaceAfter = 14;
    specs << heading;
    const qsizetype shown = std::min<qsizetype>(figure.findings.size(), MaxFrameFindings);
    for (qsizetype i = 0; i < shown; ++i) {
        TextSpec spec;
        spec.marker = QStringLiteral("•");
        spec.text = figure.findings.at(i).text.text();
        spec.pixelSize = FindingPx;
        spec.color = theme.text;
        spec.spaceAfter = 14;
        spec.maxLines = FindingLines;
        specs << spec;
    }
    if (shown < figure.findings.size()) {
        TextSpec more;
        more.text = Export::tr("… and %n more findings, listed in the printed summary.", nullptr,
                               int(figure.findings.size() - shown));
        more.pixelSize = FindingPx;
        more.color = theme.mutedText;
        more.maxLines = FindingLines;
        specs << more;
    }
    return specs;
}

// Slide and narrative: title and subtitle above, the chart (and findings) in the middle, a
// rule and the footer (caveat notes, source line) below. Text shrinks together, never below
// MinTextFactor, until the chart keeps MinChartShare of the height.
void paintFramed(QPainter &painter, const QRectF &canvas, const Report &report,
                 const Figure &figure, const ExportOptions &options, const Theme &theme,
                 FigureChart &chart)
{
    const qreal width = canvas.width() - 2 * SideMargin;
    const qreal left = canvas.left() + SideMargin;
    const QList<TextSpec> header = headerSpecs(theme, figure);
    const QList<TextSpec> footer = footerSpecs(theme, report, figure);
    const bool withFindings =
        options.layout == ExportLayout::Narrative && !figure.findings.isEmpty();
    const bool beside = canvas.width() >= SideBySideAspect * canvas.height();
    const QList<TextSpec> findingTexts =
        withFindings ? findingSpecs(theme, figure) : QList<TextSpec>();
    constexpr qreal FindingsGap = 40;
    const qreal besideChartWidth = (width - FindingsGap) * 0.58;

    TextColumn headerColumn;
    TextColumn footerColumn;
    TextColumn findings;
    qreal factor = 1;
    QRectF middle;
    QRectF chartRect;
    for (int step = 0;; ++step) {
        factor = std::max(MinTextFactor, 1.0 - 0.05 * step);
        headerColumn = TextColumn(theme, header, width, factor);
        footerColumn = TextColumn(theme, footer, width, factor);
        const qreal middleTop =
            canvas.top() + TopMargin * factor + headerColumn.height() + Gap * factor;
        const qreal middleBottom =
            canvas.bottom() - BottomMargin * factor - footerColumn.height() - 2 * Gap * factor;
        middle = QRectF(left, middleTop, width, std::max(0.0, middleBottom - middleTop));
        chartRect = middle;
        if (withFindings && beside) {
            chartRect.setWidth(besideChartWidth);
        } else if (withFindings) {
            findings = TextColumn(theme, findingTexts, width, factor);
            chartRect.setBottom(
                std::max(middle.top(), middle.bottom() - findings.height() - Gap * factor));
        }
        if (chartRect.height() >= MinChartShare * canvas.height() || factor <= MinTextFactor)
            break;
    }
    headerColumn.draw(painter, QPointF(left, canvas.top() + TopMargin * factor));

    const qreal footerTop = canvas.bottom() - BottomMargin * factor - footerColumn.height();
    painter.save();
    painter.setPen(QPen(theme.grid, std::max(1.0, 1.5 * factor)));
    const qreal ruleY = footerTop - Gap * factor;
    painter.drawLine(QPointF(left, ruleY), QPointF(left + width, ruleY));
    painter.restore();
    footerColumn.draw(painter, QPointF(left, footerTop));

    if (withFindings && beside) {
        // Findings beside the chart, centred against it when shorter; they may shrink further
        // than the frame's text, on their own, to fit the chart's height.
        const qreal findingsWidth = width - FindingsGap - besideChartWidth;
        findings = ExportText::fitColumn(theme, findingTexts, findingsWidth, middle.height(),
                                         MinTextFactor);
        const qreal top = middle.top() + std::max(0.0, (middle.height() - findings.height()) / 2);
        findings.draw(painter, QPointF(left + besideChartWidth + FindingsGap, top));
    } else if (withFindings) {
        findings.draw(painter, QPointF(left, middle.bottom() - findings.height()));
    }
    if (!chartRect.isEmpty()) {
        // The chart's small print as large as the notes, shrunk with them.
        chart.setFrameTextPixelSize(NotePx * factor);
        chart.paint(painter, chartRect);
    }
}

} // namespace

ChartOptions chartOptionsFor(const ExportOptions &options)
{
    ChartOptions chartOptions;
    chartOptions.theme = Theme::get(options.theme);
    chartOptions.sharesAsBars = options.sharesAsBars;
    chartOptions.transparentBackground = options.transparent;
    chartOptions.labelColors = options.labelColors;
    return chartOptions;
}

void paintFigureWith(QPainter &painter, const Report &report, const Figure &figure,
                     const ExportOptions &options, FigureChart &chart)
{
    const QSizeF size(options.size);
    if (size.isEmpty())
        return;
    const Theme theme = Theme::get(options.theme);
    painter.save();
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                           QPainter::SmoothPixmapTransform);
    if (!options.transparent)
        painter.fillRect(QRectF(QPointF(0, 0), size), theme.background);

    // Text scales with the figure's area (so a square figure gets the text of a 16:9 one of
    // the same area), but never so large that the canvas is narrower than MinCanvasWidth.
    const qreal scale =
        std::min(std::sqrt(size.width() * size.height() / (CanvasWidth * CanvasHeight)),
                 size.width() / MinCanvasWidth);
    painter.scale(scale, scale);
    const QRectF canvas(0, 0, size.width() / scale, size.height() / scale);
    switch (options.layout) {
    case ExportLayout::ChartOnly:
        // Text as in the slide: a chart alone goes onto a slide with notes of that size. A
        // little room, so labels at the chart's edge do not touch the slide's edge.
        chart.setFrameTextPixelSize(
            options.chartTextPixelSize > 0 ? options.chartTextPixelSize / scale : NotePx);
        chart.paint(painter, canvas.adjusted(ChartOnlyPadding, ChartOnlyPadding, -ChartOnlyPadding,
                                             -ChartOnlyPadding));
        break;
    case ExportLayout::Slide:
    case ExportLayout::Narrative:
        paintFramed(painter, canvas, report, figure, options, theme, chart);
        break;
    }
    painter.restore();
}

void paintFigure(QPainter &painter, const Report &report, const Figure &figure,
                 const ExportOptions &options)
{
    const std::unique_ptr<FigureChart> chart =
        createFigureChart(report, figure, chartOptionsFor(options));
    paintFigureWith(painter, report, figure, options, *chart);
}

} // namespace Figdeck

// SPDX-License-Identifier: GPL-3.0-or-later
// paintFigure(): the layouts of an exported figure (chart only, slide, narrative).
#include "figurepainter.h"
#include "figureexport.h"

#include "blankdevice.h"
#include "credit.h"
#include "exportstrings.h"
#include "textcolumn.h"

#include <QPainter>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

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
// The chart keeps at least this share of the canvas height while the frame's text shrinks; in
// a figure so small that its notes start at the legible floor (and the chart's text with them),
// the larger share, while the frame cuts its text.
constexpr qreal MinChartShare = 0.42;
constexpr qreal MinChartShareAtFloor = 0.55;
// A title stays this many times the floor, at the last cut less: it is never cut.
constexpr qreal MinTitleOverFloor = 1.4;
constexpr qreal MinTitleOverFloorCut = 1.15;
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

// What of its text a frame keeps. A figure too small for all of it at the legible floor
// (MinFigureTextPx) gives way a cut at a time, lower-priority text first: each note to one line,
// then the first note and a count of the rest, then the source line to one line (elided: the
// printed summary credits in full), the subtitle to one line, no subtitle, a smaller title (never
// a shorter one). The findings of a narrative shorten along; a narrative whose chart still has
// no room leaves them to the printed summary, saying so.
struct FrameText
{
    qreal titleOverFloor = MinTitleOverFloor; // the title's least size, in floors
    int subtitleLines = SubtitleLines;        // 0: no subtitle
    int notes = MaxFrameNotes;
    int noteLines = NoteLines;
    int sourceLines = SourceLines;
    int findings = MaxFrameFindings;
    int findingLines = FindingLines;
};
constexpr int LastCut = 6;

FrameText frameTextAt(int cut)
{
    FrameText t;
    if (cut >= 1) {
        t.noteLines = 1;
        t.findingLines = 3;
    }
    if (cut >= 2)
        t.notes = 1;
    if (cut >= 3) {
        t.sourceLines = 1;
        t.findingLines = 2;
    }
    if (cut >= 4) {
        t.subtitleLines = 1;
        t.findings = 3;
    }
    if (cut >= 5) {
        t.subtitleLines = 0;
        t.findings = 2;
    }
    if (cut >= 6) {
        t.titleOverFloor = MinTitleOverFloorCut;
        t.findingLines = 1;
    }
    return t;
}

// Canvas pixels per figure pixel. Text scales with the figure's area (so a square figure gets
// the text of a 16:9 one of the same area), but never so large that the canvas is narrower than
// MinCanvasWidth.
qreal canvasScale(const QSizeF &size)
{
    return std::min(std::sqrt(size.width() * size.height() / (CanvasWidth * CanvasHeight)),
                    size.width() / MinCanvasWidth);
}

// The legible floor (MinFigureTextPx figure pixels) in canvas pixels, whole ones: text sizes
// are rounded to whole canvas pixels, and a floor rounded down would fall below it.
qreal canvasTextFloor(qreal scale)
{
    return std::ceil(MinFigureTextPx / scale - 1e-6);
}

QList<TextSpec> headerSpecs(const Theme &theme, const Figure &figure, const FrameText &kept,
                            qreal minTextPx)
{
    QList<TextSpec> specs;
    TextSpec title;
    // Above the floor as a title is above the notes, however small the figure.
    title.minPixelSize = minTextPx * kept.titleOverFloor;
    title.text = figure.title.text();
    title.pixelSize = TitlePx;
    title.weight = QFont::Bold;
    title.color = theme.text;
    title.spaceAfter = 8;
    title.maxLines = TitleLines;
    specs << title;
    if (!figure.subtitle.isEmpty() && kept.subtitleLines > 0) {
        TextSpec subtitle;
        subtitle.text = figure.subtitle.text();
        subtitle.pixelSize = SubtitlePx;
        subtitle.color = theme.mutedText;
        subtitle.maxLines = kept.subtitleLines;
        specs << subtitle;
    }
    return specs;
}

// findingsLeftOut: a narrative too small for its findings beside its chart says where they are.
QList<TextSpec> footerSpecs(const Theme &theme, const Report &report, const Figure &figure,
                            const FrameText &kept, int findingsLeftOut)
{
    QList<TextSpec> specs;
    const int notes = int(std::min<qsizetype>(figure.caveats.size(), kept.notes));
    for (int i = 0; i < notes; ++i) {
        TextSpec note;
        note.marker = caveatSign(i);
        note.text = figure.caveats.at(i).text.text();
        note.pixelSize = NotePx;
        note.color = theme.text;
        note.spaceAfter = 4;
        note.maxLines = kept.noteLines;
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
        more.maxLines = kept.noteLines;
        specs << more;
    }
    if (findingsLeftOut > 0) {
        TextSpec findings;
        findings.text =
            Export::tr("%n key findings, listed in the printed summary.", nullptr, findingsLeftOut);
        findings.pixelSize = NotePx;
        findings.color = theme.mutedText;
        findings.spaceAfter = 4;
        findings.maxLines = kept.noteLines;
        specs << findings;
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
    source.maxLines = kept.sourceLines;
    specs << source;
    return specs;
}

QList<TextSpec> findingSpecs(const Theme &theme, const Figure &figure, const FrameText &kept)
{
    QList<TextSpec> specs;
    TextSpec heading;
    heading.text = Export::tr("Key findings");
    heading.pixelSize = FindingsHeadingPx;
    heading.weight = QFont::Bold;
    heading.color = theme.text;
    heading.spaceAfter = 14;
    specs << heading;
    const qsizetype shown = std::min<qsizetype>(figure.findings.size(), kept.findings);
    for (qsizetype i = 0; i < shown; ++i) {
        TextSpec spec;
        spec.marker = QStringLiteral("•");
        spec.text = figure.findings.at(i).text.text();
        spec.pixelSize = FindingPx;
        spec.color = theme.text;
        spec.spaceAfter = 14;
        spec.maxLines = kept.findingLines;
        specs << spec;
    }
    if (shown < figure.findings.size()) {
        TextSpec more;
        more.text = Export::tr("… and %n more findings, listed in the printed summary.", nullptr,
                               int(figure.findings.size() - shown));
        more.pixelSize = FindingPx;
        more.color = theme.mutedText;
        more.maxLines = kept.findingLines;
        specs << more;
    }
    return specs;
}

// A paint device that draws nothing and keeps the size of the smallest text drawn on it, in
// its own pixels: whether a chart kept its text floor in a rect or gave way below it (charts
// do when the rect is too small for their text at the floor).
class TextSizeProbe : public BlankPaintDevice
{
public:
    using BlankPaintDevice::BlankPaintDevice;
    qreal smallest() const { return m_engine.smallest; }
    QPaintEngine *paintEngine() const override { return &m_engine; }

private:
    class Engine : public BlankPaintEngine
    {
    public:
        void drawTextItem(const QPointF &, const QTextItem &textItem) override
        {
            if (!textItem.text().trimmed().isEmpty())
                smallest = std::min(smallest, devicePixelSize(textItem));
        }

        qreal smallest = std::numeric_limits<qreal>::max();
    };
    mutable Engine m_engine;
};

// Whether every text of chart painted into rect (canvas units, scale figure pixels each) is at
// least minTextPx canvas pixels.
bool chartKeepsFloor(FigureChart &chart, const QRectF &rect, qreal scale, qreal minTextPx)
{
    TextSizeProbe probe(
        QSize(int(std::ceil(rect.right() * scale)) + 1, int(std::ceil(rect.bottom() * scale)) + 1));
    QPainter painter(&probe);
    painter.scale(scale, scale);
    chart.paint(painter, rect);
    painter.end();
    // Sizes are whole canvas pixels, scaled: a hundredth of a pixel is rounding.
    return probe.smallest() >= (minTextPx - 0.01) * scale;
}

// One layout of the frame: its text columns at a factor, and the chart's place.
struct FrameLayout
{
    TextColumn header;
    TextColumn footer;
    TextColumn findings; // under the chart (narrow canvases); beside it, fitted when painted
    qreal factor = 1;
    QRectF middle;
    QRectF chartRect;
    FrameText kept;
    bool findingsShown = false;
    bool fits = false; // the chart keeps its share of the height
};

// Slide and narrative: title and subtitle above, the chart (and findings) in the middle, a
// rule and the footer (caveat notes, source line) below. Text shrinks together, never below
// MinTextFactor nor below minTextPx (the legible floor, in canvas pixels), until the chart
// keeps MinChartShare of the height. When the floor stops it first, the frame cuts its text
// (frameTextAt) instead, until the chart has its share and keeps the floor too (a narrative
// leaves its findings to the printed summary last): larger figures, whose text never reaches
// the floor, lay out as they always did.
void paintFramed(QPainter &painter, const QRectF &canvas, const Report &report,
                 const Figure &figure, const ExportOptions &options, const Theme &theme,
                 FigureChart &chart, qreal scale, qreal minTextPx)
{
    const qreal width = canvas.width() - 2 * SideMargin;
    const qreal left = canvas.left() + SideMargin;
    const bool withFindings =
        options.layout == ExportLayout::Narrative && !figure.findings.isEmpty();
    const bool beside = canvas.width() >= SideBySideAspect * canvas.height();
    constexpr qreal FindingsGap = 40;
    const qreal besideChartWidth = (width - FindingsGap) * 0.58;
    // The floor stops the smallest text (the source line) before MinTextFactor does.
    const bool floorBinds = minTextPx > SourcePx * MinTextFactor;
    // A small figure's notes and source line are at the floor from the start (and its chart's
    // text as large as they are): the chart needs a larger share of the height.
    const bool small = minTextPx >= SourcePx;
    const qreal chartShare = small ? MinChartShareAtFloor : MinChartShare;

    const auto layoutAt = [&](int cut, bool findingsShown) {
        FrameLayout l;
        l.kept = frameTextAt(cut);
        l.findingsShown = findingsShown;
        const QList<TextSpec> header = headerSpecs(theme, figure, l.kept, minTextPx);
        const QList<TextSpec> footer =
            footerSpecs(theme, report, figure, l.kept,
                        withFindings && !findingsShown ? int(figure.findings.size()) : 0);
        const QList<TextSpec> findingTexts =
            findingsShown && !beside ? findingSpecs(theme, figure, l.kept) : QList<TextSpec>();
        for (int step = 0;; ++step) {
            l.factor = std::max(MinTextFactor, 1.0 - 0.05 * step);
            l.header = TextColumn(theme, header, width, l.factor, minTextPx);
            l.footer = TextColumn(theme, footer, width, l.factor, minTextPx);
            const qreal middleTop =
                canvas.top() + TopMargin * l.factor + l.header.height() + Gap * l.factor;
            const qreal middleBottom =
                canvas.bottom() - BottomMargin * l.factor - l.footer.height() - 2 * Gap * l.factor;
            l.middle = QRectF(left, middleTop, width, std::max(0.0, middleBottom - middleTop));
            l.chartRect = l.middle;
            if (findingsShown && beside) {
                l.chartRect.setWidth(besideChartWidth);
            } else if (findingsShown) {
                l.findings = TextColumn(theme, findingTexts, width, l.factor, minTextPx);
                l.chartRect.setBottom(std::max(
                    l.middle.top(), l.middle.bottom() - l.findings.height() - Gap * l.factor));
            }
            l.fits = l.chartRect.height() >= chartShare * canvas.height();
            if (l.fits || l.factor <= MinTextFactor)
                return l;
        }
    };
    const auto chartTextPx = [&](const FrameLayout &l) {
        return std::max(NotePx * l.factor, minTextPx);
    };

    FrameLayout l = layoutAt(0, withFindings);
    if (floorBinds) {
        // The first layout that gives the chart its share, unless a later one lets it keep the
        // floor as well; when none gives it its share, the one that cuts the most.
        std::optional<FrameLayout> first;
        std::optional<FrameLayout> accepted;
        for (const bool findingsShown : {true, false}) {
            if (findingsShown && !withFindings)
                continue;
            for (int cut = 0; cut <= LastCut && !accepted; ++cut) {
                FrameLayout attempt = layoutAt(cut, findingsShown);
                if (!attempt.fits) {
                    l = attempt;
                    continue;
                }
                if (!first)
                    first = attempt;
                chart.setFrameTextPixelSize(chartTextPx(attempt));
                if (chartKeepsFloor(chart, attempt.chartRect, scale, minTextPx))
                    accepted = attempt;
            }
        }
        if (accepted)
            l = *accepted;
        else if (first)
            l = *first;
    }
    l.header.draw(painter, QPointF(left, canvas.top() + TopMargin * l.factor));

    const qreal footerTop = canvas.bottom() - BottomMargin * l.factor - l.footer.height();
    painter.save();
    painter.setPen(QPen(theme.grid, std::max(1.0, 1.5 * l.factor)));
    const qreal ruleY = footerTop - Gap * l.factor;
    painter.drawLine(QPointF(left, ruleY), QPointF(left + width, ruleY));
    painter.restore();
    l.footer.draw(painter, QPointF(left, footerTop));

    if (l.findingsShown && beside) {
        // Findings beside the chart, centred against it when shorter; they may shrink further
        // than the frame's text, on their own, to fit the chart's height, and at the floor they
        // shorten further than the frame's cut, on their own too.
        const qreal findingsWidth = width - FindingsGap - besideChartWidth;
        TextColumn findings;
        for (int cut = 0;; ++cut) {
            findings =
                ExportText::fitColumn(theme, findingSpecs(theme, figure, frameTextAt(cut)),
                                      findingsWidth, l.middle.height(), MinTextFactor, minTextPx);
            if (!floorBinds || cut == LastCut || findings.height() <= l.middle.height())
                break;
        }
        const qreal top =
            l.middle.top() + std::max(0.0, (l.middle.height() - findings.height()) / 2);
        findings.draw(painter, QPointF(left + besideChartWidth + FindingsGap, top));
    } else if (l.findingsShown) {
        l.findings.draw(painter, QPointF(left, l.middle.bottom() - l.findings.height()));
    }
    if (!l.chartRect.isEmpty()) {
        // The chart's small print as large as the notes, shrunk with them.
        chart.setFrameTextPixelSize(chartTextPx(l));
        chart.paint(painter, l.chartRect);
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
    // The chart's text floor in its own (canvas) pixels, as the window asks for one in its own.
    const QSizeF size(options.size);
    if (!size.isEmpty())
        chartOptions.minTextPixelSize = canvasTextFloor(canvasScale(size));
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

    const qreal scale = canvasScale(size);
    const qreal minTextPx = canvasTextFloor(scale);
    painter.scale(scale, scale);
    const QRectF canvas(0, 0, size.width() / scale, size.height() / scale);
    switch (options.layout) {
    case ExportLayout::ChartOnly:
        // Text as in the slide: a chart alone goes onto a slide with notes of that size. A
        // little room, so labels at the chart's edge do not touch the slide's edge.
        chart.setFrameTextPixelSize(
            std::max(options.chartTextPixelSize > 0 ? options.chartTextPixelSize / scale : NotePx,
                     minTextPx));
        chart.paint(painter, canvas.adjusted(ChartOnlyPadding, ChartOnlyPadding, -ChartOnlyPadding,
                                             -ChartOnlyPadding));
        break;
    case ExportLayout::Slide:
    case ExportLayout::Narrative:
        paintFramed(painter, canvas, report, figure, options, theme, chart, scale, minTextPx);
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

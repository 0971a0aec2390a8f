// SPDX-License-Identifier: GPL-3.0-or-later
// The printable summary: content as a flow of blocks, paginated once, painted page by page.
#include "summarydocument.h"

#include "credit.h"

#include "deflatelevel.h"
#include "exportstrings.h"
#include "exportwriter.h"
#include "figurepainter.h"
#include "format.h"
#include "pagedmemory.h"
#include "pageflow.h"
#include "textblock.h"

#include <QDate>
#include <QDir>
#include <QHash>
#include <QLocale>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>

namespace Figdeck {

using PageFlow::Block;
using PageFlow::Item;
using PageFlow::ParagraphBlock;

namespace {

// Every length is in points (1/72 inch) of the page; text sizes are pixel sizes in that unit,
// so a 1200-dpi printer and a PDF writer get the same layout.
constexpr qreal SideMargin = 56;
constexpr qreal HeaderTop = 30;
constexpr qreal FooterBottom = 30;
constexpr qreal ChromeGap = 16; // between header or footer and the body
constexpr qreal ChromePx = 8;
constexpr qreal BodyPx = 10;
constexpr qreal SmallPx = 8;
constexpr qreal QuotePx = 8.5;

QString formatDate(const QString &iso)
{
    const QLocale english(QLocale::English);
    if (iso.size() == 10) {
        const QDate date = QDate::fromString(iso, Qt::ISODate);
        if (date.isValid())
            return english.toString(date, QStringLiteral("d MMMM yyyy"));
    } else if (iso.size() == 7) {
        const QDate date = QDate::fromString(iso + QStringLiteral("-01"), Qt::ISODate);
        if (date.isValid())
            return english.toString(date, QStringLiteral("MMMM yyyy"));
    }
    return iso;
}

class RuleBlock : public Block
{
public:
    RuleBlock(qreal width, const QColor &color, qreal lineWidth = 0.75)
        : m_width(width)
        , m_color(color)
        , m_lineWidth(lineWidth)
    {
    }
    qreal height() const override { return m_lineWidth; }
    void paint(QPainter &painter, const QPointF &topLeft) const override
    {
        painter.fillRect(QRectF(topLeft, QSizeF(m_width, m_lineWidth)), m_color);
    }

private:
    qreal m_width;
    QColor m_color;
    qreal m_lineWidth;
};

// A block laid out only when the paginator first needs it: what a section repeats at the top
// of a page it continues on exists for every section, and is needed only where a page break
// falls inside one.
class DeferredBlock : public Block
{
public:
    explicit DeferredBlock(std::function<std::shared_ptr<const Block>()> make)
        : m_make(std::move(make))
    {
    }
    qreal height() const override { return block().height(); }
    qreal minimumHeight() const override { return block().minimumHeight(); }
    void paint(QPainter &painter, const QPointF &topLeft) const override
    {
        block().paint(painter, topLeft);
    }
    std::pair<std::shared_ptr<const Block>, std::shared_ptr<const Block>>
    split(qreal maxHeight) const override
    {
        return block().split(maxHeight);
    }

private:
    const Block &block() const
    {
        if (!m_block)
            m_block = m_make();
        return *m_block;
    }
    std::function<std::shared_ptr<const Block>()> m_make;
    mutable std::shared_ptr<const Block> m_block;
};

// A figure's chart, painted through the chart interface as vectors.
class ChartBlock : public Block
{
public:
    ChartBlock(const Report &report, const Figure &figure, const ChartOptions &options,
               const QRectF &rect)
        : m_report(report)
        , m_figure(figure)
        , m_options(options)
        , m_rect(rect)
    {
    }
    qreal height() const override { return m_rect.bottom(); }
    void paint(QPainter &painter, const QPointF &topLeft) const override
    {
        const std::unique_ptr<FigureChart> chart = createFigureChart(m_report, m_figure, m_options);
        painter.save();
        chart->paint(painter, m_rect.translated(topLeft));
        painter.restore();
    }

private:
    const Report &m_report;
    Figure m_figure;
    ChartOptions m_options;
    QRectF m_rect; // relative to the block's top-left; its bottom is the block's height
};

// One row of a figure's table of numbers: cells side by side, then the source quote across
// the whole width. Never split.
class TableRowBlock : public Block
{
public:
    TableRowBlock(const QList<TextBlock> &cells, const QList<qreal> &lefts, const TextBlock &quote,
                  qreal width, const Theme &theme, bool header, bool shaded)
        : m_cells(cells)
        , m_lefts(lefts)
        , m_quote(quote)
        , m_width(width)
        , m_theme(theme)
        , m_header(header)
        , m_shaded(shaded)
    {
        qreal cellsHeight = 0;
        for (const TextBlock &cell : m_cells)
            cellsHeight = std::max(cellsHeight, cell.height());
        m_quoteTop = Padding + cellsHeight + (m_quote.lineCount() > 0 ? 2 : 0);
        m_height = m_quoteTop + m_quote.height() + Padding;
    }
    qreal height() const override { return m_height; }
    void paint(QPainter &painter, const QPointF &topLeft) const override
    {
        if (m_shaded)
            painter.fillRect(QRectF(topLeft, QSizeF(m_width, m_height)), m_theme.surface);
        for (int i = 0; i < m_cells.size(); ++i)
            m_cells.at(i).draw(painter, topLeft + QPointF(m_lefts.at(i), Padding), m_theme.text);
        m_quote.draw(painter, topLeft + QPointF(QuoteIndent, m_quoteTop), m_theme.mutedText);
        if (m_header)
            painter.fillRect(QRectF(topLeft + QPointF(0, m_height - 0.75), QSizeF(m_width, 0.75)),
                             m_theme.text);
    }

    static constexpr qreal Padding = 4;
    static constexpr qreal QuoteIndent = 14;

private:
    QList<TextBlock> m_cells;
    QList<qreal> m_lefts;
    TextBlock m_quote;
    qreal m_width;
    Theme m_theme;
    bool m_header;
    bool m_shaded;
    qreal m_quoteTop = 0;
    qreal m_height = 0;
};

// One line of the cover's list of sections, with the page its section starts on: known only
// after a first pass has paginated the whole summary (null or absent in that pass, which
// measures the same height). One block per section, so the list of a large pack runs on over
// as many pages as it needs.
class ContentsEntryBlock : public Block
{
public:
    ContentsEntryBlock(const TextBlock &title, int anchor, const QFont &font, qreal width,
                       const Theme &theme, std::shared_ptr<const QMap<int, int>> pages)
        : m_title(title)
        , m_anchor(anchor)
        , m_font(font)
        , m_width(width)
        , m_theme(theme)
        , m_pages(std::move(pages))
    {
    }
    // The gap below the entry is part of it: the list ends with one, as it always has.
    qreal height() const override { return m_title.height() + RowGap; }
    void paint(QPainter &painter, const QPointF &topLeft) const override
    {
        m_title.draw(painter, topLeft, m_theme.text);
        const int page = m_pages ? m_pages->value(m_anchor, -1) : -1;
        if (page >= 0) {
            const TextBlock number(QString::number(page + 1), m_font, NumberWidth, Qt::AlignRight);
            number.draw(painter, topLeft + QPointF(m_width - NumberWidth, 0), m_theme.mutedText);
        }
    }

    static constexpr qreal NumberWidth = 30;
    static constexpr qreal RowGap = 3;

private:
    TextBlock m_title;
    int m_anchor;
    QFont m_font;
    qreal m_width;
    Theme m_theme;
    std::shared_ptr<const QMap<int, int>> m_pages;
};

// Builds the flow of the summary for a content width.
class FlowBuilder
{
public:
    FlowBuilder(const Report &report, const SummaryOptions &options, const QSizeF &page)
        : m_report(report)
        , m_theme(Theme::get(options.theme))
        , m_width(page.width() - 2 * SideMargin)
        , m_labelColors(reportLabelColors(report))
    {
    }

    // Hands the flow to out section by section (the cover's list entry by entry), so only one
    // section's blocks exist at a time. contentsPages: the page of each section, for the
    // cover's list (null when a first pass is finding them out).
    void build(const QList<const Figure *> &figures, qreal bodyHeight,
               const std::shared_ptr<const QMap<int, int>> &contentsPages,
               PageFlow::Paginator &out);

private:
    QFont font(qreal px, QFont::Weight weight = QFont::Normal, bool italic = false) const
    {
        return m_theme.font(px, weight, italic);
    }
    void paragraph(const QString &text, qreal px, const QColor &color, qreal spaceBefore,
                   QFont::Weight weight = QFont::Normal, bool italic = false,
                   bool keepWithNext = false);
    void marked(const QString &marker, const QString &text, qreal px, const QColor &color,
                qreal spaceBefore, qreal indent = 0, bool italic = false);
    void heading(const QString &text, qreal px, qreal spaceBefore, bool pageBreak = false,
                 int anchor = -1);
    void chart(const Figure &figure, qreal maxHeight, qreal spaceBefore);
    void findings(const QList<Finding> &list);
    // A list of notes, each with its marker (caveat sign, bullet).
    void notes(const QList<QPair<QString, QString>> &markedTexts);
    void keepLastTwo(const QList<int> &entryStarts);
    void table(const Figure &figure);

    // What a list or table of the current section repeats at the top of a page it continues on
    // ("Figure 2. Title: caveats (continued)"), so no page starts with notes nobody can place.
    std::shared_ptr<const Block> continuation(const QString &text) const;
    void setContinued(int firstItem, const std::shared_ptr<const Block> &repeat);
    void markContinued(int firstItem);
    // The items built so far go to the paginator (at the end of what may still change them).
    void flush(PageFlow::Paginator &out);

    const Report &m_report;
    Theme m_theme;
    qreal m_width;
    std::shared_ptr<const LabelColors> m_labelColors; // once for every chart of the summary
    QList<Item> m_items;
    QString m_sectionTitle; // "Figure 2. Core-industry companies by layer"
    // A short text in a style at a width: headings, markers and the cells every table repeats
    // ("exact", "stated", "2025").
    TextBlock shortText(const QString &text, qreal px, QFont::Weight weight, bool italic,
                        qreal width);

    // What every section shares, made once for both passes: each chart's height over width,
    // the header row of the tables.
    QHash<const Figure *, qreal> m_aspects;
    std::shared_ptr<const Block> m_tableHeader;
};

std::shared_ptr<const Block> FlowBuilder::continuation(const QString &text) const
{
    return std::make_shared<DeferredBlock>(
        [text, font = font(SmallPx + 1, QFont::Bold), width = m_width,
         color = m_theme.mutedText]() -> std::shared_ptr<const Block> {
            return std::make_shared<ParagraphBlock>(TextBlock(text, font, width), color);
        });
}

void FlowBuilder::markContinued(int firstItem)
{
    // Whatever of the section starts a page says which section it belongs to.
    const auto continued = continuation(Export::tr("%1 (continued)").arg(m_sectionTitle));
    for (int k = firstItem; k < m_items.size(); ++k) {
        if (!m_items.at(k).repeatAtPageTop)
            m_items[k].repeatAtPageTop = continued;
    }
}

TextBlock FlowBuilder::shortText(const QString &text, qreal px, QFont::Weight weight, bool italic,
                                 qreal width)
{
    // Laid out once for every section and both passes: paintSummary reuses layouts.
    return TextBlock(text, font(px, weight, italic), width);
}

void FlowBuilder::flush(PageFlow::Paginator &out)
{
    for (Item &item : m_items)
        out.add(std::move(item));
    m_items.clear();
}

void FlowBuilder::setContinued(int firstItem, const std::shared_ptr<const Block> &repeat)
{
    for (int i = firstItem; i < m_items.size(); ++i)
        m_items[i].repeatAtPageTop = repeat;
}

void FlowBuilder::paragraph(const QString &text, qreal px, const QColor &color, qreal spaceBefore,
                            QFont::Weight weight, bool italic, bool keepWithNext)
{
    Item item;
    item.block =
        std::make_shared<ParagraphBlock>(shortText(text, px, weight, italic, m_width), color);
    item.spaceBefore = spaceBefore;
    item.keepWithNext = keepWithNext;
    m_items << item;
}

void FlowBuilder::marked(const QString &marker, const QString &text, qreal px, const QColor &color,
                         qreal spaceBefore, qreal indent, bool italic)
{
    const QFont f = font(px, QFont::Normal, italic);
    const TextBlock markerBlock =
        marker.isEmpty() ? TextBlock() : shortText(marker, px, QFont::Normal, italic, m_width);
    const qreal hang = std::max(markerBlock.naturalWidth(), px * 0.8) + px * 0.5;
    Item item;
    // The marker hangs in the indent: lines of a wrapped note start under its first word.
    item.block = std::make_shared<ParagraphBlock>(TextBlock(text, f, m_width - indent - hang),
                                                  color, markerBlock, hang);
    item.spaceBefore = spaceBefore;
    if (indent > 0) {
        // An indented paragraph (a finding's quote) is drawn as a block offset inside the flow.
        class Indented : public Block
        {
        public:
            Indented(std::shared_ptr<const Block> inner, qreal dx)
                : m_inner(std::move(inner))
                , m_dx(dx)
            {
            }
            qreal height() const override { return m_inner->height(); }
            qreal minimumHeight() const override { return m_inner->minimumHeight(); }
            void paint(QPainter &painter, const QPointF &topLeft) const override
            {
                m_inner->paint(painter, topLeft + QPointF(m_dx, 0));
            }
            std::pair<std::shared_ptr<const Block>, std::shared_ptr<const Block>>
            split(qreal maxHeight) const override
            {
                const auto [a, b] = m_inner->split(maxHeight);
                if (!a)
                    return {};
                return {std::make_shared<Indented>(a, m_dx), std::make_shared<Indented>(b, m_dx)};
            }

        private:
            std::shared_ptr<const Block> m_inner;
            qreal m_dx;
        };
        item.block = std::make_shared<Indented>(item.block, indent);
    }
    m_items << item;
}

void FlowBuilder::heading(const QString &text, qreal px, qreal spaceBefore, bool pageBreak,
                          int anchor)
{
    paragraph(text, px, m_theme.text, spaceBefore, QFont::Bold, false, true);
    m_items.last().pageBreakBefore = pageBreak;
    m_items.last().anchor = anchor;
}

void FlowBuilder::chart(const Figure &figure, qreal maxHeight, qreal spaceBefore)
{
    ChartOptions options;
    options.theme = m_theme;
    // The chart's small print as large as the page's body text.
    options.frameTextPixelSize = BodyPx;
    options.labelColors = m_labelColors;
    // The chart's shape, asked once per figure (the second pass of the summary reuses it).
    auto known = m_aspects.constFind(&figure);
    if (known == m_aspects.cend()) {
        const QSizeF preferred = createFigureChart(m_report, figure, options)->preferredSize();
        known = m_aspects.insert(
            &figure, preferred.isEmpty()
                         ? 0.625
                         : std::clamp(preferred.height() / preferred.width(), 0.3, 1.2));
    }
    const qreal aspect = *known;
    QSizeF size(m_width, m_width * aspect);
    if (size.height() > maxHeight)
        size = QSizeF(maxHeight / aspect, maxHeight);
    const QRectF rect(QPointF((m_width - size.width()) / 2, 0), size);
    Item item;
    item.block = std::make_shared<ChartBlock>(m_report, figure, options, rect);
    item.spaceBefore = spaceBefore;
    m_items << item;
}

void FlowBuilder::findings(const QList<Finding> &list)
{
    QList<int> starts;
    const int first = int(m_items.size());
    for (const Finding &finding : list) {
        starts << int(m_items.size());
        marked(QStringLiteral("•"), finding.text.text(), BodyPx, m_theme.text, 5);
        if (!finding.quote.isEmpty() && finding.quote != finding.text.text()) {
            m_items.last().keepWithNext = true; // a finding stays with its quote
            marked(QString(), Export::tr("Source: “%1”").arg(finding.quote), QuotePx,
                   m_theme.mutedText, 2, BodyPx * 1.3, true);
        }
    }
    keepLastTwo(starts);
    if (!m_sectionTitle.isEmpty())
        setContinued(first + 1,
                     continuation(Export::tr("%1: findings (continued)").arg(m_sectionTitle)));
}

void FlowBuilder::notes(const QList<QPair<QString, QString>> &markedTexts)
{
    QList<int> starts;
    const int first = int(m_items.size());
    for (const auto &[marker, text] : markedTexts) {
        starts << int(m_items.size());
        marked(marker, text, BodyPx, m_theme.text, 4);
    }
    keepLastTwo(starts);
    // A short list of notes stays whole: a page starting with two stray caveat signs reads as
    // if they belonged to whatever is above them.
    if (starts.size() <= 4) {
        for (int i = first; i + 1 < m_items.size(); ++i)
            m_items[i].keepWithNext = true;
    }
    if (!m_sectionTitle.isEmpty())
        setContinued(first + 1,
                     continuation(Export::tr("%1: notes (continued)").arg(m_sectionTitle)));
}

void FlowBuilder::keepLastTwo(const QList<int> &entryStarts)
{
    // The last entry of a list never goes alone onto a new page.
    if (entryStarts.size() >= 2)
        m_items[entryStarts.last() - 1].keepWithNext = true;
}

void FlowBuilder::table(const Figure &figure)
{
    const QList<qreal> fractions = {0.30, 0.18, 0.15, 0.17, 0.20};
    QList<qreal> lefts;
    QList<qreal> widths;
    qreal x = 0;
    for (qreal f : fractions) {
        lefts << x + 4;
        widths << m_width * f - 8;
        x += m_width * f;
    }
    const auto row = [&](const QStringList &texts, const QString &quote, bool header, bool shaded) {
        const QFont cellFont = font(SmallPx, header ? QFont::Bold : QFont::Normal);
        QList<TextBlock> cells;
        for (int i = 0; i < texts.size(); ++i)
            cells << shortText(texts.at(i), SmallPx, cellFont.weight(), false, widths.at(i));
        const TextBlock quoteBlock = quote.isEmpty()
                                         ? TextBlock()
                                         : TextBlock(quote, font(SmallPx, QFont::Normal, true),
                                                     m_width - TableRowBlock::QuoteIndent - 4);
        return std::make_shared<TableRowBlock>(cells, lefts, quoteBlock, m_width, m_theme, header,
                                               shaded);
    };
    if (!m_tableHeader) {
        m_tableHeader = row({Export::tr("Number"), Export::tr("Value"), Export::tr("Qualifier"),
                             Export::tr("Period"), Export::tr("Stated or derived")},
                            QString(), true, false);
    }
    const std::shared_ptr<const Block> header = m_tableHeader;
    Item headerItem;
    headerItem.block = header;
    headerItem.keepWithNext = true;
    headerItem.spaceBefore = 4;
    m_items << headerItem;
    // On a continuation page the rows say whose they are, above the repeated header row.
    class Stacked : public Block
    {
    public:
        Stacked(std::shared_ptr<const Block> top, std::shared_ptr<const Block> bottom)
            : m_top(std::move(top))
            , m_bottom(std::move(bottom))
        {
        }
        qreal height() const override { return m_top->height() + Gap + m_bottom->height(); }
        void paint(QPainter &painter, const QPointF &topLeft) const override
        {
            m_top->paint(painter, topLeft);
            m_bottom->paint(painter, topLeft + QPointF(0, m_top->height() + Gap));
        }

    private:
        const qreal Gap = 3;
        std::shared_ptr<const Block> m_top;
        std::shared_ptr<const Block> m_bottom;
    };
    const std::shared_ptr<const Block> continuedHeader =
        m_sectionTitle.isEmpty()
            ? header
            : std::make_shared<Stacked>(
                  continuation(Export::tr("%1: numbers (continued)").arg(m_sectionTitle)), header);

    const QList<const Metric *> metrics = m_report.metricsOf(figure);
    for (int i = 0; i < metrics.size(); ++i) {
        const Metric &m = *metrics.at(i);
        const QString value = formatValue(m) + shownCaveatSigns(caveatSignsFor(figure, m.id));
        const QString qualifier =
            m.qualifier == Qualifier::Exact ? Export::tr("exact") : qualifierPhrase(m.qualifier);
        QString period = periodText(m);
        if (m.isProjected())
            period = period.isEmpty() ? Export::tr("projected")
                                      : Export::tr("%1, projected").arg(period);
        // With several sources each number names its own; with one, the page footer does.
        const QString credit = m_report.sources.size() > 1 ? metricCredit(m_report, m) : QString();
        QString quote;
        if (credit.isEmpty())
            quote = m.quote.isEmpty() ? Export::tr("No quote: not stated in the source.")
                                      : Export::tr("Source: “%1”").arg(m.quote);
        else
            quote = m.quote.isEmpty() ? Export::tr("%1. No quote: not stated there.").arg(credit)
                                      : Export::tr("%1: “%2”").arg(credit, m.quote);
        Item item;
        item.block = row({m.label.text(), value, qualifier, period, originText(m)}, quote, false,
                         i % 2 == 0);
        if (i > 0)
            item.repeatAtPageTop = continuedHeader;
        // A short table stays whole; a long one keeps two rows together at either end.
        const int rows = int(metrics.size());
        item.keepWithNext = i + 1 < rows && (rows <= 8 || i == 0 || i == rows - 2);
        m_items << item;
    }
}

void FlowBuilder::build(const QList<const Figure *> &figures, qreal bodyHeight,
                        const std::shared_ptr<const QMap<int, int>> &contentsPages,
                        PageFlow::Paginator &out)
{
    const Report &r = m_report;
    m_items.clear();
    m_sectionTitle.clear();

    // Cover.
    paragraph(Export::tr("Report summary"), 11, m_theme.mutedText, 0, QFont::Bold);
    paragraph(r.title.text(), 22, m_theme.text, 6, QFont::Bold);
    paragraph(r.issuer.isEmpty() ? Export::tr("Issuer: not named in the source")
                                 : Export::tr("Issuer: %1").arg(r.issuer.text()),
              BodyPx + 1, m_theme.text, 14);
    // One sentence per case, so a translator can order its parts; an event whose name holds
    // the year is not followed by the year again.
    const QString event = r.event.text();
    const QString date = formatDate(r.date);
    QString released;
    if (!event.isEmpty() && (date.isEmpty() || event.contains(date)))
        released = Export::tr("Released at the %1.").arg(event);
    else if (!event.isEmpty())
        released = Export::tr("Released at the %1, %2.").arg(event, date);
    else if (!date.isEmpty())
        released = Export::tr("Released: %1.").arg(date);
    if (!released.isEmpty())
        paragraph(released, BodyPx + 1, m_theme.text, 4);
    // The documents the numbers come from; every page's footer credits them.
    paragraph(referenceLine(sourcesOfReport(r)) + QLatin1Char('.'), BodyPx + 1, m_theme.text, 4);
    const bool onlyNews = !r.sources.isEmpty() &&
                          std::all_of(r.sources.cbegin(), r.sources.cend(), [](const Source &s) {
                              return s.kind == SourceKind::NewsSummary;
                          });
    if (onlyNews && r.sources.size() == 1) {
        paragraph(
            Export::tr("This summary is based on a news article that summarises the report, not on "
                       "the report itself. Every number is given as the article states it, with "
                       "its qualifier (“over”, “more than”); numbers marked derived were computed "
                       "from stated ones."),
            BodyPx, m_theme.mutedText, 6, QFont::Normal, true);
    } else if (onlyNews) {
        paragraph(
            Export::tr("This summary is based on news articles, not on what they report on. Every "
                       "number is given as its article states it, with its qualifier (“over”, "
                       "“more than”), and names that article; numbers marked derived were "
                       "computed from stated ones."),
            BodyPx, m_theme.mutedText, 6, QFont::Normal, true);
    }

    const QString contentsTitle = Export::tr("In this summary");
    heading(contentsTitle, 14, 18);
    flush(out);
    const QFont entryFont = font(BodyPx);
    const qreal entryWidth = m_width - ContentsEntryBlock::NumberWidth - 8;
    // A list longer than the cover says what it is on the pages it continues on.
    const auto contentsContinued = continuation(Export::tr("%1 (continued)").arg(contentsTitle));
    const int closingAnchor = int(figures.size());
    for (int i = 0; i <= closingAnchor; ++i) {
        const QString title =
            i < closingAnchor
                ? Export::tr("Figure %1. %2").arg(i + 1).arg(figures.at(i)->title.text())
                : Export::tr("Across the report");
        Item entry;
        entry.block = std::make_shared<ContentsEntryBlock>(
            TextBlock(title, entryFont, entryWidth), i, entryFont, m_width, m_theme, contentsPages);
        entry.spaceBefore = i == 0 ? 6 : 0;
        if (i > 0)
            entry.repeatAtPageTop = contentsContinued;
        m_items << entry;
        flush(out);
    }

    // One section per figure, flowing on from the one before (a figure's heading, subtitle and
    // chart stay together). The cover has no headline block of its own: it would repeat
    // Figure 1, whose notes it cannot show.
    for (int i = 0; i < figures.size(); ++i) {
        const Figure &figure = *figures.at(i);
        m_sectionTitle = Export::tr("Figure %1. %2").arg(i + 1).arg(figure.title.text());
        heading(m_sectionTitle, 16, 30, false, i);
        if (!figure.subtitle.isEmpty()) {
            paragraph(figure.subtitle.text(), BodyPx + 1, m_theme.mutedText, 3, QFont::Normal,
                      false, true);
        }
        // Small enough for chart, findings, caveats and table to share a page most often.
        chart(figure, bodyHeight * 0.36, 10);
        const int afterChart = int(m_items.size());
        if (!figure.findings.isEmpty()) {
            heading(Export::tr("Findings"), 12, 14);
            findings(figure.findings);
        }
        if (!figure.caveats.isEmpty()) {
            heading(Export::tr("Caveats"), 12, 14);
            QList<QPair<QString, QString>> caveats;
            for (int c = 0; c < figure.caveats.size(); ++c)
                caveats.append({caveatSign(c), figure.caveats.at(c).text.text()});
            notes(caveats);
        }
        heading(Export::tr("Every number and its source"), 12, 14);
        table(figure);
        if (r.sources.size() > 1) {             // with one, every page's footer names it
            m_items.last().keepWithNext = true; // the credit stays with the table's last row
            paragraph(figureCredit(r, figure), SmallPx + 1, m_theme.mutedText, 4);
        }
        markContinued(afterChart);
        flush(out);
    }

    // Closing section: what the report says beyond the figures, and its caveats.
    m_sectionTitle = Export::tr("Across the report");
    heading(m_sectionTitle, 16, 30, false, closingAnchor);
    const int closingStart = int(m_items.size());
    for (const Section &section : r.sections) {
        heading(section.title.text(), 12, 12);
        findings(section.findings);
    }
    if (!r.caveats.isEmpty()) {
        heading(Export::tr("Caveats about the report"), 12, 14);
        QList<QPair<QString, QString>> caveats;
        for (const Caveat &caveat : r.caveats)
            caveats.append({QStringLiteral("•"), caveat.text.text()});
        notes(caveats);
    }
    markContinued(closingStart);
    flush(out);
}

// The chrome around the body of every page: one layout for counting and painting.
struct PageChrome
{
    QSizeF page; // points
    Theme theme;
    TextBlock header;
    TextBlock footer;
    qreal footerTop = 0;
    qreal pageNumberWidth = 0;
    QFont pageNumberFont;
    qreal bodyTop = 0;
    qreal bodyBottom = 0;
};

} // namespace

QList<PageSizeChoice> summaryPageSizes()
{
    return {{QStringLiteral("A4"), ExportMessage::tr("A4 (210 × 297 mm)"), QPageSize::A4},
            {QStringLiteral("Letter"), ExportMessage::tr("US Letter (8.5 × 11 in)"),
             QPageSize::Letter}};
}

namespace {

QList<const Figure *> selectedFigures(const Report &report, const SummaryOptions &options)
{
    QList<const Figure *> figures;
    if (options.figureIds.isEmpty()) {
        for (const Figure &figure : report.figures)
            figures << &figure;
    } else {
        for (const QString &id : options.figureIds) {
            if (const Figure *figure = report.figure(id))
                figures << figure;
        }
    }
    return figures;
}

QSizeF portraitPoints(const QPageSize &pageSize)
{
    const QSizeF size = pageSize.size(QPageSize::Point);
    return size.width() > size.height() ? size.transposed() : size;
}

// The chrome of a summary of `pages` pages: room is kept for the widest "Page N of M" (at
// least "Page 999 of 999", so the chrome of every summary up to 999 pages is the same).
PageChrome pageChrome(const Report &report, const SummaryOptions &options, int pages)
{
    PageChrome chrome;
    chrome.page = portraitPoints(options.pageSize);
    chrome.theme = Theme::get(options.theme);
    const qreal width = chrome.page.width() - 2 * SideMargin;
    const QFont font = chrome.theme.font(ChromePx);
    const int widest = std::max(pages, 999);
    chrome.pageNumberFont = font;
    chrome.pageNumberWidth =
        TextBlock(Export::tr("Page %1 of %2").arg(widest).arg(widest), font, width).naturalWidth() +
        4;
    chrome.header = TextBlock(report.title.text(), font, width - chrome.pageNumberWidth - 16);
    chrome.footer = TextBlock(sourceLine(report), font, width);
    chrome.footerTop = chrome.page.height() - FooterBottom - chrome.footer.height();
    chrome.bodyTop = HeaderTop + chrome.header.height() + ChromeGap;
    chrome.bodyBottom = chrome.footerTop - ChromeGap;
    return chrome;
}

// The summary laid out in two passes with the same decisions: the first only counts the
// pages and finds the page of every section (for the cover's list and "Page N of M"), the
// second lays out again and hands each page to paint as soon as it is finished. Only one
// section's text layouts are alive at a time in either pass, whatever the pack's size.
class SummaryFlow
{
public:
    SummaryFlow(const Report &report, const SummaryOptions &options)
        : m_figures(selectedFigures(report, options))
        , m_builder(report, options, portraitPoints(options.pageSize))
    {
        m_chrome = pageChrome(report, options, 0);
        m_pages = measure();
        // Past 999 pages the page number needs more room, which may wrap the header.
        for (int round = 0; round < 3; ++round) {
            PageChrome wider = pageChrome(report, options, m_pages);
            const bool sameBody = qFuzzyCompare(wider.bodyTop, m_chrome.bodyTop);
            m_chrome = std::move(wider);
            if (sameBody)
                break;
            m_pages = measure();
        }
    }

    int pageCount() const { return m_pages; }
    const PageChrome &chrome() const { return m_chrome; }

    // The second pass: every page in order, each given to paint once finished.
    void paint(const std::function<void(const QList<PageFlow::Placed> &page, int index)> &paint)
    {
        PageFlow::Paginator paginator(m_chrome.bodyTop, m_chrome.bodyBottom, paint);
        m_builder.build(m_figures, bodyHeight(), m_sectionPages, paginator);
        const int painted = paginator.finish();
        Q_ASSERT(painted == m_pages);
        Q_UNUSED(painted);
    }

private:
    qreal bodyHeight() const { return m_chrome.bodyBottom - m_chrome.bodyTop; }
    int measure()
    {
        PageFlow::Paginator paginator(m_chrome.bodyTop, m_chrome.bodyBottom,
                                      [](const QList<PageFlow::Placed> &, int) {});
        m_builder.build(m_figures, bodyHeight(), nullptr, paginator);
        const int pages = paginator.finish();
        m_sectionPages = std::make_shared<const QMap<int, int>>(paginator.anchorPages());
        return pages;
    }

    QList<const Figure *> m_figures;
    FlowBuilder m_builder;
    PageChrome m_chrome;
    int m_pages = 0;
    std::shared_ptr<const QMap<int, int>> m_sectionPages;
};

void paintPage(QPainter &painter, const PageChrome &chrome, const QList<PageFlow::Placed> &body,
               int index, int pages)
{
    const Theme &theme = chrome.theme;
    const qreal width = chrome.page.width() - 2 * SideMargin;
    painter.fillRect(QRectF(QPointF(0, 0), chrome.page), theme.background);

    chrome.header.draw(painter, QPointF(SideMargin, HeaderTop), theme.mutedText);
    const qreal headerRule = HeaderTop + chrome.header.height() + 4;
    painter.fillRect(QRectF(SideMargin, headerRule, width, 0.5), theme.grid);

    const qreal footerRule = chrome.footerTop - 5;
    painter.fillRect(QRectF(SideMargin, footerRule, width, 0.5), theme.grid);
    chrome.footer.draw(painter, QPointF(SideMargin, chrome.footerTop), theme.mutedText);
    const TextBlock pageNumber(Export::tr("Page %1 of %2").arg(index + 1).arg(pages),
                               chrome.pageNumberFont, chrome.pageNumberWidth, Qt::AlignRight);
    pageNumber.draw(painter, QPointF(SideMargin + width - chrome.pageNumberWidth, HeaderTop),
                    theme.mutedText);

    for (const PageFlow::Placed &placed : body)
        placed.block->paint(painter, QPointF(SideMargin, placed.y));
}

} // namespace

int summaryPageCount(const Report &report, const SummaryOptions &options)
{
    const TextBlock::Reuse reuse;
    return SummaryFlow(report, options).pageCount();
}

int paintSummary(QPagedPaintDevice &device, const Report &report, const SummaryOptions &options)
{
    // Both passes lay out the same headings, cells and notes, and so do many sections.
    const TextBlock::Reuse reuse;
    const PagedMemory memory;
    const DeflateLevel deflate(DeflateLevel::PdfLevel);
    SummaryFlow flow(report, options);
    // The layout is made for options.pageSize; the device prints on that paper, margins as
    // small as it allows (the summary keeps its own margins).
    device.setPageLayout(QPageLayout(options.pageSize, QPageLayout::Portrait, QMarginsF()));
    device.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Point);

    QPainter painter;
    if (!painter.begin(&device))
        return 0;
    const int pages = flow.pageCount();
    flow.paint([&](const QList<PageFlow::Placed> &body, int index) {
        if (index > 0)
            device.newPage();
        // Page points onto device pixels: the device's origin is its paint rect's corner.
        const QRectF paintRect = device.pageLayout().paintRect(QPageLayout::Point);
        painter.resetTransform();
        painter.scale(device.width() / paintRect.width(), device.height() / paintRect.height());
        painter.translate(-paintRect.topLeft());
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        paintPage(painter, flow.chrome(), body, index, pages);
    });
    painter.end();
    return pages;
}

ExportResult writeSummaryPdf(const Report &report, const SummaryOptions &options,
                             const QString &path)
{
    // Streamed into the file as pages are painted: a summary of thousands of pages is never
    // held in memory whole.
    return writeFileStreamed(path, [&](QIODevice &device) {
        QPdfWriter writer(&device);
        writer.setTitle(Export::tr("Summary: %1").arg(report.title.text()));
        writer.setCreator(QStringLiteral("Figdeck ") + QStringLiteral(FIGDECK_VERSION));
        if (paintSummary(writer, report, options) == 0)
            return ExportMessage::tr("cannot write %1: the summary could not be painted")
                .arg(QDir::toNativeSeparators(path));
        return QString();
    });
}

} // namespace Figdeck

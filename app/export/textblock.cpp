// SPDX-License-Identifier: GPL-3.0-or-later
#include "textblock.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>
#include <QTextOption>

#include <algorithm>

namespace Figdeck::ExportText {

QFont font(const Theme &theme, qreal pixelSize, QFont::Weight weight, bool italic)
{
    QFont f(theme.fontFamily);
    // Whole pixels: QFont has no fractional pixel size. Layout units are fine enough (a
    // 1280-unit figure, points on paper) for the rounding not to show.
    f.setPixelSize(std::max(1, int(pixelSize + 0.5)));
    f.setWeight(weight);
    f.setItalic(italic);
    f.setKerning(true);
    // A letter spacing Qt sees as non-zero turns ligatures off: "fi" stays two letters, so a
    // search in the PDF (and pdftotext) finds "figures", not "ﬁgures".
    f.setLetterSpacing(QFont::AbsoluteSpacing, 1.0 / 32);
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setStyleStrategy(QFont::PreferOutline);
    return f;
}

TextBlock::TextBlock(const QString &text, const QFont &font, qreal width, Qt::Alignment alignment,
                     qreal lineSpacing)
    : m_font(font)
    , m_width(width)
    , m_lineHeight(QFontMetricsF(font).height() * lineSpacing)
{
    QString laidOut = text;
    laidOut.replace(QLatin1Char('\n'), QChar::LineSeparator);
    // Qt breaks lines after hyphens and slashes too; that splits URLs and makes pdftotext read
    // "computing-" "power" as "computingpower". Break at spaces only, unless a word alone is
    // wider than the line: each round moves one such break to the space before the word.
    for (int round = 0; round <= laidOut.size(); ++round) {
        layoutLines(laidOut, alignment);
        const int space = spaceBeforeBrokenWord();
        if (space < 0)
            break;
        laidOut[space] = QChar::LineSeparator;
    }
}

void TextBlock::layoutLines(const QString &text, Qt::Alignment alignment)
{
    m_layout = std::make_shared<QTextLayout>(text, m_font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setAlignment(alignment);
    // Design metrics: the same advances whatever device paints the layout later.
    option.setUseDesignMetrics(true);
    m_layout->setTextOption(option);
    m_layout->setCacheEnabled(true);

    m_lineTops.clear();
    m_naturalWidth = 0;
    m_layout->beginLayout();
    qreal y = 0;
    for (QTextLine line = m_layout->createLine(); line.isValid(); line = m_layout->createLine()) {
        line.setLineWidth(m_width);
        line.setPosition(QPointF(0, y + (m_lineHeight - line.height()) / 2));
        m_lineTops << y;
        m_naturalWidth = std::max(m_naturalWidth, line.naturalTextWidth());
        y += m_lineHeight;
    }
    m_layout->endLayout();
}

int TextBlock::spaceBeforeBrokenWord() const
{
    const QString text = m_layout->text();
    for (int i = 1; i < lineCount(); ++i) {
        const int start = m_layout->lineAt(i).textStart();
        if (start <= 0 || start >= text.size() || text.at(start - 1).isSpace())
            continue;
        int wordStart = start - 1;
        while (wordStart > 0 && !text.at(wordStart - 1).isSpace())
            --wordStart;
        // A word starting its line and still too wide has to break inside.
        if (wordStart > m_layout->lineAt(i - 1).textStart())
            return wordStart - 1;
    }
    return -1;
}

qreal TextBlock::lineTop(int line) const
{
    return line >= 0 && line < lineCount() ? m_lineTops.at(line) : 0;
}

qreal TextBlock::lineBottom(int line) const
{
    return line >= 0 && line < lineCount() ? m_lineTops.at(line) + m_lineHeight : 0;
}

QString TextBlock::text() const
{
    return m_layout ? m_layout->text() : QString();
}

void TextBlock::draw(QPainter &painter, const QPointF &topLeft, const QColor &color, int first,
                     int last) const
{
    if (!m_layout)
        return;
    if (last < 0 || last > lineCount())
        last = lineCount();
    painter.save();
    painter.setPen(color);
    const QPointF origin = topLeft - QPointF(0, lineTop(first));
    for (int i = first; i < last; ++i)
        m_layout->lineAt(i).draw(&painter, origin);
    painter.restore();
}

TextColumn::TextColumn(const Theme &theme, const QList<TextSpec> &specs, qreal width, qreal factor)
    : m_factor(factor)
{
    qreal y = 0;
    for (int i = 0; i < specs.size(); ++i) {
        const TextSpec &spec = specs.at(i);
        const qreal px = spec.pixelSize * factor;
        const QFont f = font(theme, px, spec.weight, spec.italic);
        Paragraph p;
        p.top = y;
        p.color = spec.color.isValid() ? spec.color : theme.text;
        if (!spec.marker.isEmpty()) {
            p.marker = TextBlock(spec.marker, f, width);
            p.indent = std::max(p.marker.naturalWidth(), px * 0.8) + px * 0.45;
        }
        p.text = TextBlock(spec.text, f, std::max(px, width - p.indent));
        y += p.text.height();
        if (i + 1 < specs.size())
            y += spec.spaceAfter * factor;
        m_paragraphs << p;
    }
    m_height = y;
}

void TextColumn::draw(QPainter &painter, const QPointF &topLeft) const
{
    for (const Paragraph &p : m_paragraphs) {
        const QPointF at = topLeft + QPointF(0, p.top);
        p.marker.draw(painter, at, p.color);
        p.text.draw(painter, at + QPointF(p.indent, 0), p.color);
    }
}

TextColumn fitColumn(const Theme &theme, const QList<TextSpec> &specs, qreal width, qreal maxHeight,
                     qreal minFactor)
{
    for (int step = 0;; ++step) {
        const qreal factor = std::max(minFactor, 1.0 - 0.05 * step);
        TextColumn column(theme, specs, width, factor);
        if (column.height() <= maxHeight || factor <= minFactor)
            return column;
    }
}

} // namespace Figdeck::ExportText

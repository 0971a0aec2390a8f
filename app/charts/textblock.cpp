// SPDX-License-Identifier: GPL-3.0-or-later
#include "textblock.h"

#include "textrules.h"

#include <QCache>
#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QTextLayout>
#include <QTextOption>

#include <algorithm>
#include <cmath>

namespace Figdeck {

namespace {

// What a block is made from: equal keys make equal blocks.
struct BlockKey
{
    QString text;
    QFont font;
    qreal width = 0;
    int alignment = 0;
    qreal lineSpacing = 0;
    int maxLines = 0;

    bool operator==(const BlockKey &other) const
    {
        return width == other.width && alignment == other.alignment &&
               lineSpacing == other.lineSpacing && maxLines == other.maxLines &&
               text == other.text && font == other.font;
    }
};

size_t qHash(const BlockKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.text, key.font, key.width, key.alignment, key.lineSpacing,
                      key.maxLines);
}

struct AdvanceKey
{
    QString text;
    QFont font;
    bool operator==(const AdvanceKey &other) const
    {
        return text == other.text && font == other.font;
    }
};

size_t qHash(const AdvanceKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.text, key.font);
}

// Han, Hiragana and Katakana: text set with a break allowed between any two characters.
bool setBetweenCharacters(QChar c)
{
    const QChar::Script script = c.script();
    return script == QChar::Script_Han || script == QChar::Script_Hiragana ||
           script == QChar::Script_Katakana;
}

} // namespace

struct TextBlock::Reuse::Kept
{
    // Costs are characters laid out (plus a little for the layout itself). A kept character
    // holds about 30 bytes of layout, so this is about 1.5 MB however many figures a summary
    // holds: 200,000 took the 100-figure summary to 2.4 MB over the embedded report's, five
    // times its 0.5 MB pack, and a 3,000-figure summary took no less time with a quarter.
    static constexpr qsizetype MostChars = 50000;
    static constexpr qsizetype Overhead = 64;
    // Longer texts are a paragraph of their own: laid out again rather than kept.
    static constexpr qsizetype LongestKept = 4000;
    QCache<BlockKey, TextBlock> blocks{MostChars};
    QHash<AdvanceKey, qreal> advances;
};

namespace {

thread_local TextBlock::Reuse::Kept *reused = nullptr;

} // namespace

TextBlock::Reuse::Reuse()
{
    if (!reused) {
        m_kept = std::make_unique<Kept>();
        reused = m_kept.get();
    }
}

TextBlock::Reuse::~Reuse()
{
    if (m_kept)
        reused = nullptr;
}

qreal TextBlock::Reuse::horizontalAdvance(const QFontMetricsF &metrics, const QFont &font,
                                          const QString &text)
{
    constexpr qsizetype MostAdvances = 20000;
    if (!reused || text.size() > Kept::LongestKept)
        return metrics.horizontalAdvance(text);
    AdvanceKey key{text, font};
    const auto known = reused->advances.constFind(key);
    if (known != reused->advances.cend())
        return *known;
    if (reused->advances.size() >= MostAdvances)
        reused->advances.clear();
    const qreal advance = metrics.horizontalAdvance(text);
    reused->advances.insert(std::move(key), advance);
    return advance;
}

TextBlock::TextBlock(const QString &text, const QFont &font, qreal width, Qt::Alignment alignment,
                     qreal lineSpacing, int maxLines)
{
    // A width that is no number (a degenerate rect's 0 / 0) equals no key, itself included,
    // which a cache cannot find again to let it go.
    const bool keep = reused && text.size() <= Reuse::Kept::LongestKept && std::isfinite(width) &&
                      std::isfinite(lineSpacing);
    BlockKey key;
    if (keep) {
        key = {text, font, width, int(alignment), lineSpacing, maxLines};
        if (const TextBlock *known = reused->blocks.object(key)) {
            *this = *known;
            return;
        }
    }
    m_font = font;
    m_width = width;
    m_lineHeight = QFontMetricsF(font).height() * lineSpacing;
    m_maxLines = std::max(0, maxLines);
    lay(text, alignment);
    if (keep)
        reused->blocks.insert(key, new TextBlock(*this), text.size() + Reuse::Kept::Overhead);
}

void TextBlock::lay(const QString &text, Qt::Alignment alignment)
{
    // Past MaxLaidOutChars a text is elided: a pack's 16 MiB title must not freeze the layout.
    QString laidOut = elidedText(text, MaxLaidOutChars);
    laidOut.replace(QLatin1Char('\n'), QChar::LineSeparator);
    breakLines(laidOut, alignment);
    if (!m_moreText)
        return;
    // Text left past the last line: that line is cut where an ellipsis after it still fits,
    // and the block laid out again from the shortened text (whose lines before are the same).
    const QTextLine last = m_layout->lineAt(lineCount() - 1);
    const QString lastLine = laidOut.mid(last.textStart(), last.textLength());
    const QFontMetricsF metrics(m_font);
    const qreal room = std::max<qreal>(0, m_width - metrics.horizontalAdvance(QChar(0x2026)));
    qsizetype keep = lastLine.size();
    while (keep > 0 && metrics.horizontalAdvance(lastLine.left(keep)) > room * 0.98)
        keep -= std::max<qsizetype>(1, (keep + 7) / 8);
    QString shortened =
        laidOut.left(last.textStart()) + lastLine.left(std::max<qsizetype>(0, keep));
    while (!shortened.isEmpty() &&
           (shortened.back().isSpace() || shortened.back() == QChar::LineSeparator))
        shortened.chop(1);
    shortened += QChar(0x2026);
    breakLines(shortened, alignment);
    m_moreText = false;
    m_elided = true;
}

void TextBlock::breakLines(QString &laidOut, Qt::Alignment alignment)
{
    // Break at spaces only, unless a word alone is wider than the line: each round moves one
    // break Qt made after a hyphen or slash to the space before that word.
    for (int round = 0; round <= laidOut.size(); ++round) {
        layoutLines(laidOut, alignment);
        const int space = spaceBeforeBrokenWord();
        if (space < 0)
            break;
        laidOut[space] = QChar::LineSeparator;
    }
    // A word wider than the line breaks inside, but never without a hyphen ("Enterpri|ses"):
    // a soft hyphen a letter before the break, which Qt draws as "-" where it breaks the line.
    for (int round = 0; round < 12; ++round) {
        const int brokenAt = midWordBreak();
        if (brokenAt < 2)
            break;
        laidOut.insert(brokenAt - 1, QChar::SoftHyphen);
        layoutLines(laidOut, alignment);
    }
}

int TextBlock::midWordBreak() const
{
    const QString text = m_layout->text();
    for (int i = 1; i < lineCount(); ++i) {
        const int start = m_layout->lineAt(i).textStart();
        if (start <= 0 || start >= text.size())
            continue;
        const QChar before = text.at(start - 1);
        if (before.isSpace() || before == QChar::LineSeparator || before == QChar::SoftHyphen ||
            before == QLatin1Char('-') || before == QLatin1Char('/') ||
            !before.isLetterOrNumber() || !text.at(start).isLetterOrNumber())
            continue;
        // Chinese and Japanese break between characters, never with a hyphen: a soft hyphen
        // there was one more each round, and drawn as "-" wherever a line broke at one.
        if (setBetweenCharacters(before) || setBetweenCharacters(text.at(start)))
            continue;
        return start;
    }
    return -1;
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

    ++m_layouts;
    m_lineTops.clear();
    m_naturalWidth = 0;
    m_moreText = false;
    m_layout->beginLayout();
    qreal y = 0;
    for (QTextLine line = m_layout->createLine(); line.isValid(); line = m_layout->createLine()) {
        line.setLineWidth(m_width);
        line.setPosition(QPointF(0, y + (m_lineHeight - line.height()) / 2));
        m_lineTops << y;
        m_naturalWidth = std::max(m_naturalWidth, line.naturalTextWidth());
        y += m_lineHeight;
        if (m_maxLines > 0 && lineCount() == m_maxLines) {
            m_moreText = line.textStart() + line.textLength() < text.size();
            break;
        }
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

QString TextBlock::lineText(int line) const
{
    if (!m_layout || line < 0 || line >= lineCount())
        return {};
    const QTextLine l = m_layout->lineAt(line);
    QString text = m_layout->text().mid(l.textStart(), l.textLength());
    while (!text.isEmpty() && (text.back().isSpace() || text.back() == QChar::LineSeparator))
        text.chop(1);
    // A soft hyphen shows only where the line breaks at it.
    const bool hyphenated = !text.isEmpty() && text.back() == QChar::SoftHyphen;
    text.remove(QChar::SoftHyphen);
    if (hyphenated)
        text += QLatin1Char('-');
    return text;
}

QString TextBlock::text() const
{
    return m_layout ? m_layout->text().remove(QChar::SoftHyphen) : QString();
}

void TextBlock::draw(QPainter &painter, const QPointF &topLeft, const QColor &color, int first,
                     int last) const
{
    if (!m_layout)
        return;
    if (last < 0 || last > lineCount())
        last = lineCount();
    // The pen put back rather than the painter restored: a restore makes a PDF writer repeat
    // its whole graphics state at once (matrix, pen, brush), even with nothing drawn after.
    const QPen pen = painter.pen();
    const bool recolour = pen.style() != Qt::SolidLine || pen.brush() != QBrush(color);
    if (recolour)
        painter.setPen(color);
    const QPointF origin = topLeft - QPointF(0, lineTop(first));
    for (int i = first; i < last; ++i)
        m_layout->lineAt(i).draw(&painter, origin);
    if (recolour)
        painter.setPen(pen);
}

} // namespace Figdeck

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Wrapped text measured once and painted from the same line breaks, so what a layout pass
// measured is exactly what lands on the chart, the figure or the page. Shared by the charts
// and the exports: one line breaker, so text breaks the same way everywhere.

#include <QFont>
#include <QList>
#include <QPointF>
#include <QString>

#include <memory>

class QColor;
class QFontMetricsF;
class QPainter;
class QTextLayout;

namespace Figdeck {

// One paragraph broken into lines for a width, at spaces only: Qt also breaks after hyphens
// and slashes, which splits "agent-assisted" and URLs and makes pdftotext read
// "agentassisted". Never clips: a word longer than the width is broken inside the word, with a
// hyphen.
class TextBlock
{
public:
    // Longest text laid out (about five pages of body text); longer ones end in an ellipsis.
    static constexpr int MaxLaidOutChars = 10000;

    TextBlock() = default;
    // At most maxLines lines (0: as many as the text needs): only those are laid out, and when
    // text is left over the last one ends in an ellipsis (isElided()). Each layout attempt then
    // costs maxLines lines, whatever the text's length.
    TextBlock(const QString &text, const QFont &font, qreal width,
              Qt::Alignment alignment = Qt::AlignLeft, qreal lineSpacing = 1.2, int maxLines = 0);

    qreal width() const { return m_width; }
    qreal height() const { return lineBottom(lineCount() - 1); }
    int lineCount() const { return int(m_lineTops.size()); }
    // Top of line i and bottom of line i, relative to the top of the block.
    qreal lineTop(int line) const;
    qreal lineBottom(int line) const;
    // The text of line i, without the space it was broken at.
    QString lineText(int line) const;
    // Width of the longest line.
    qreal naturalWidth() const { return m_naturalWidth; }
    const QFont &font() const { return m_font; }
    QString text() const;
    // The text did not fit maxLines lines: its last line ends in an ellipsis.
    bool isElided() const { return m_elided; }
    // Full layouts of the text this block needed (each round moves or hyphenates one break).
    int layoutCount() const { return m_layouts; }

    // Lines [first, last) drawn so that line `first` starts at topLeft.
    void draw(QPainter &painter, const QPointF &topLeft, const QColor &color, int first = 0,
              int last = -1) const;

    // While a Reuse lives, a block made on its thread from the same text, font, width and
    // options as one made before is that block again (they share one layout, drawn as it was
    // measured), not a new layout: fitting passes measure the same labels at every text size
    // they try and again to paint them, and a summary lays out the same headings, cells and
    // notes for many figures. Scopes nest (the outermost holds the blocks); the blocks kept
    // are bounded by their text's length, the least recently used going first. Fonts must not
    // change while one lives (no application fonts added), so scopes cover one painting.
    class Reuse
    {
    public:
        Reuse();
        ~Reuse();
        Reuse(const Reuse &) = delete;
        Reuse &operator=(const Reuse &) = delete;

        // The advance of text in font, measured once per Reuse (QFontMetricsF otherwise).
        static qreal horizontalAdvance(const QFontMetricsF &metrics, const QFont &font,
                                       const QString &text);

        struct Kept;

    private:
        std::unique_ptr<Kept> m_kept; // null in a nested scope
    };

private:
    void lay(const QString &text, Qt::Alignment alignment);
    void layoutLines(const QString &text, Qt::Alignment alignment);
    void breakLines(QString &laidOut, Qt::Alignment alignment);
    int spaceBeforeBrokenWord() const;
    // The start of the first line that begins inside a word, or -1.
    int midWordBreak() const;

    std::shared_ptr<QTextLayout> m_layout;
    QFont m_font;
    qreal m_width = 0;
    qreal m_naturalWidth = 0;
    qreal m_lineHeight = 0;
    int m_maxLines = 0;
    int m_layouts = 0;
    bool m_elided = false;
    bool m_moreText = false; // the last layout stopped at m_maxLines with text left
    QList<qreal> m_lineTops;
};

} // namespace Figdeck

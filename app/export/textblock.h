// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Wrapped text measured once and painted from the same line breaks, so what a layout pass
// measured is exactly what lands on the page or the figure. Internal to figdeck_export.

#include "theme.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QPointF>
#include <QString>

#include <memory>

class QPainter;
class QTextLayout;

namespace Figdeck::ExportText {

// The theme's family at a pixel size. Pixel (not point) sizes keep text in proportion on every
// device whatever its resolution; no hinting keeps the advances equal on screen, PDF and SVG.
QFont font(const Theme &theme, qreal pixelSize, QFont::Weight weight = QFont::Normal,
           bool italic = false);

// One paragraph broken into lines for a width, at spaces only. Never clips: a word longer
// than the width is broken inside the word.
class TextBlock
{
public:
    TextBlock() = default;
    TextBlock(const QString &text, const QFont &font, qreal width,
              Qt::Alignment alignment = Qt::AlignLeft, qreal lineSpacing = 1.2);

    qreal width() const { return m_width; }
    qreal height() const { return lineBottom(lineCount() - 1); }
    int lineCount() const { return int(m_lineTops.size()); }
    // Top of line i and bottom of line i, relative to the top of the block.
    qreal lineTop(int line) const;
    qreal lineBottom(int line) const;
    // Width of the longest line.
    qreal naturalWidth() const { return m_naturalWidth; }
    const QFont &font() const { return m_font; }
    QString text() const;

    // Lines [first, last) drawn so that line `first` starts at topLeft.
    void draw(QPainter &painter, const QPointF &topLeft, const QColor &color, int first = 0,
              int last = -1) const;

private:
    void layoutLines(const QString &text, Qt::Alignment alignment);
    int spaceBeforeBrokenWord() const;

    std::shared_ptr<QTextLayout> m_layout;
    QFont m_font;
    qreal m_width = 0;
    qreal m_naturalWidth = 0;
    qreal m_lineHeight = 0;
    QList<qreal> m_lineTops;
};

// A paragraph to fit: text in a style whose pixel size a fitting pass may scale down.
struct TextSpec
{
    QString text;
    qreal pixelSize = 16;
    QColor color;
    QFont::Weight weight = QFont::Normal;
    bool italic = false;
    QString marker;       // a bullet or caveat sign hung left of the text, which is indented
    qreal spaceAfter = 0; // gap below the paragraph, scaled like the text
};

// Paragraphs laid out below each other at factor times their sizes.
class TextColumn
{
public:
    TextColumn() = default;
    TextColumn(const Theme &theme, const QList<TextSpec> &specs, qreal width, qreal factor);

    qreal height() const { return m_height; }
    qreal factor() const { return m_factor; }
    void draw(QPainter &painter, const QPointF &topLeft) const;

private:
    struct Paragraph
    {
        TextBlock marker;
        TextBlock text;
        qreal top = 0;
        qreal indent = 0;
        QColor color;
    };
    QList<Paragraph> m_paragraphs;
    qreal m_factor = 1;
    qreal m_height = 0;
};

// The largest factor in [minFactor, 1] at which specs fit maxHeight when wrapped to width, in
// steps of 5%; minFactor if none fits (then taller than maxHeight: shrunk, never clipped).
TextColumn fitColumn(const Theme &theme, const QList<TextSpec> &specs, qreal width, qreal maxHeight,
                     qreal minFactor);

} // namespace Figdeck::ExportText

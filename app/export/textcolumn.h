// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Paragraphs of a figure's frame (title, notes, findings) that a fitting pass scales down
// together. Internal to figdeck_export.

#include "textblock.h"
#include "theme.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QPointF>
#include <QString>

class QPainter;

namespace Figdeck::ExportText {

// A paragraph to fit: text in a style whose pixel size a fitting pass may scale down.
struct TextSpec
{
    QString text;
    qreal pixelSize = 16;
    QColor color;
    QFont::Weight weight = QFont::Normal;
    bool italic = false;
    QString marker;         // a bullet or caveat sign hung left of the text, which is indented
    qreal spaceAfter = 0;   // gap below the paragraph, scaled like the text
    int maxLines = 0;       // lines at most, the last elided with an ellipsis (0: all)
    qreal minPixelSize = 0; // never scaled below this (a title stays larger than the floor)
};

// Paragraphs laid out below each other at factor times their sizes, none smaller than
// minPixelSize (a frame's legible floor: a small figure's text stops shrinking there).
class TextColumn
{
public:
    TextColumn() = default;
    TextColumn(const Theme &theme, const QList<TextSpec> &specs, qreal width, qreal factor,
               qreal minPixelSize = 0);

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
                     qreal minFactor, qreal minPixelSize = 0);

} // namespace Figdeck::ExportText
